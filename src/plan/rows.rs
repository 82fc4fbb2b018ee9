//! Plans built row by row from a CSV file or a sheet of a workbook: one row
//! is one indicator-period; rows with the same `unit` and `indicator` form
//! one indicator, rows of the same unit one plan. Each row's target and
//! realisasi are the values *to date* for its period, because that is what
//! a spreadsheet row of "target / realisasi s.d. bulan ini" holds; a column
//! `aggregation` can say otherwise.
//!
//! A row is read where it lies: its cells are borrowed from the reader's
//! record (or the sheet's cells), found through the header's slots, and a
//! cell's [`Span`] is made only when a value is kept or a problem named.
//! Loading 100 000 rows was most of an `eval`'s time when every row copied
//! its cells into a map and placed each of them.

use super::csv_columns::{COLUMN_COUNT, Column, Header, names_column};
use super::csv_records::Record;
use super::row_values::{finish_plan, read_row};
use crate::diagnostic::{Diagnostic, Kind, LineIndex, Span};
use crate::model::{Indicator, Plan, Unit};
use crate::number::Convention;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::Path;

/// A cell of a sheet as the workbook gives it: its text, trimmed, and from
/// a number cell the exact number it holds (read from the cell, not its text).
#[derive(Debug, Clone, Default)]
pub(super) struct Cell {
    pub(super) text: String,
    pub(super) number: Option<Decimal>,
    /// A number cell formatted as a percentage: stored 0,9761, read 97,61.
    pub(super) percent: bool,
}

/// The cells of a row, where they already are.
#[derive(Clone, Copy)]
pub(super) enum RowCells<'a> {
    /// A CSV record: each cell is text, read trimmed.
    Record(Record<'a>),
    /// A row of a sheet, cell `i` under header cell `i`.
    Sheet(&'a [Cell]),
}

impl<'a> RowCells<'a> {
    #[inline]
    fn text(self, i: usize) -> &'a str {
        match self {
            RowCells::Record(r) => r.get(i).map_or("", trim),
            RowCells::Sheet(cells) => cells.get(i).map_or("", |c| c.text.as_str()),
        }
    }

    fn sheet_cell(self, i: usize) -> Option<&'a Cell> {
        match self {
            RowCells::Record(_) => None,
            RowCells::Sheet(cells) => cells.get(i),
        }
    }
}

/// `str::trim`, answering at once for text that neither starts nor ends
/// with a blank (ASCII letters, digits and signs are none): most cells.
#[inline]
fn trim(text: &str) -> &str {
    match (text.as_bytes().first(), text.as_bytes().last()) {
        (Some(first), Some(last)) if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// Where a row's cells are, to point at one.
pub(super) enum Place<'a> {
    /// A line of a CSV file and the record read from it; where a field is
    /// on the line is found when asked. `plain`: the line is the record's
    /// fields as they are (ASCII, no quotes), so a field's column is its byte.
    Line { lines: &'a LineIndex<'a>, line: usize, delimiter: u8, record: Record<'a>, plain: bool },
    /// A row of a sheet; cell `i` of the row is in column `first_column + i` (1-based, as Excel counts).
    Sheet { path: &'a Path, sheet: &'a str, row: usize, first_column: usize },
}

impl Place<'_> {
    /// Where cell `i` is; the row's start for a cell the row does not have.
    fn span(&self, i: Option<usize>) -> Span {
        match self {
            Place::Line { lines, line, delimiter, record, plain } => {
                let place = |i| match plain {
                    true => super::csv_plan::plain_field_column(*record, i),
                    false => super::csv_plan::record_field_column(lines.line_text(*line), *delimiter, *record, i),
                };
                match i.and_then(place) {
                    Some((col, len)) => lines.at(*line, col, len),
                    None => lines.at(*line, 1, 1),
                }
            }
            Place::Sheet { path, sheet, row, first_column } => {
                Span::cell(path, sheet, *row, first_column + i.unwrap_or(0))
            }
        }
    }

    /// The row's number as the file's reader numbers it (line, sheet row).
    fn row(&self) -> usize {
        match self {
            Place::Line { line, .. } => *line,
            Place::Sheet { row, .. } => *row,
        }
    }

    fn path(&self) -> &Path {
        match self {
            Place::Line { lines, .. } => lines.path(),
            Place::Sheet { path, .. } => path,
        }
    }
}

/// The cells of one row by column, with where they are.
pub(super) struct Cells<'a> {
    header: &'a Header,
    row: RowCells<'a>,
    place: Place<'a>,
    /// Each known column's text, trimmed once: a row asks some twice.
    texts: [&'a str; COLUMN_COUNT],
}

impl<'a> Cells<'a> {
    /// The row `row` under `header`, at `place`.
    pub(super) fn new(header: &'a Header, row: RowCells<'a>, place: Place<'a>) -> Cells<'a> {
        Cells { header, row, place, texts: header.texts(|i| row.text(i)) }
    }

    /// A cell's text; `""` for a column the file does not have.
    pub(super) fn get(&self, column: Column) -> &'a str {
        self.texts[column as usize]
    }

    /// The number a workbook's number cell holds (`None` for text).
    pub(super) fn number(&self, column: Column) -> Option<Decimal> {
        self.header.column(column).and_then(|i| self.row.sheet_cell(i)).and_then(|c| c.number)
    }

    /// Whether the cell is a number formatted as a percentage.
    pub(super) fn percent(&self, column: Column) -> bool {
        self.header.column(column).and_then(|i| self.row.sheet_cell(i)).is_some_and(|c| c.percent)
    }

    /// Whether the file has this column.
    pub(super) fn has(&self, column: Column) -> bool {
        self.header.column(column).is_some()
    }

    /// `param.NAME` cells: NAME, the text, a workbook's number.
    pub(super) fn params(&self) -> impl Iterator<Item = (&'a str, &'a str, Option<Decimal>)> + '_ {
        let row = self.row;
        self.header
            .params
            .iter()
            .map(move |(name, i)| (name.as_str(), row.text(*i), row.sheet_cell(*i).and_then(|c| c.number)))
    }

    /// Where a cell is: under the cell itself (its field by position, so two
    /// cells holding the same text are told apart), the start of the row when
    /// the file has no such column.
    pub(super) fn span(&self, column: Column) -> Span {
        self.place.span(self.header.column(column))
    }

    /// The start of the row.
    pub(super) fn line_span(&self) -> Span {
        self.place.span(None)
    }

    /// Whether the row repeats the header (files pasted together): its
    /// `unit` and `indicator` cells are those columns' own names.
    fn repeat_header(&self) -> bool {
        [Column::Unit, Column::Indicator].iter().all(|c| names_column(self.get(*c), *c))
    }
}

/// Plans built row by row, whichever file the rows come from: every check
/// of a row is made here, once, for CSV files and sheets alike.
pub(super) struct Rows {
    numbers: Convention,
    plans: Vec<Plan>,
    index: RowIndex,
    pub(super) warnings: Vec<Diagnostic>,
}

impl Rows {
    pub(super) fn new(numbers: Convention) -> Rows {
        Rows { numbers, plans: Vec::new(), index: RowIndex::default(), warnings: Vec::new() }
    }

    /// Reads one row into its unit's plan; `shifted` says why its cells
    /// cannot be read by position (the row's problem, not the file's).
    pub(super) fn add(&mut self, cells: &Cells<'_>, shifted: Option<Diagnostic>) {
        let ind = indicator_of(&mut self.plans, &mut self.index, cells, self.numbers);
        match shifted {
            Some(d) => ind.problems.push(d),
            None => read_row(ind, cells, self.numbers, &mut self.warnings),
        }
    }

    /// Reads a row of a sheet (cell `i` of `row` under header cell `i`);
    /// `bad` are its cells that could not be read, which fail the row's
    /// indicator instead of being read.
    pub(super) fn add_sheet_row(&mut self, header: &Header, row: &[Cell], place: Place<'_>, bad: Vec<Diagnostic>) {
        let cells = Cells::new(header, RowCells::Sheet(row), place);
        if bad.is_empty() {
            if !self.repeats_header(&cells) {
                self.add(&cells, None);
            }
            return;
        }
        let ind = indicator_of(&mut self.plans, &mut self.index, &cells, self.numbers);
        ind.problems.extend(bad);
    }

    /// Whether a row repeats the header (files or sheets pasted together),
    /// to be skipped with a warning.
    pub(super) fn repeats_header(&mut self, cells: &Cells<'_>) -> bool {
        let repeats = cells.repeat_header();
        if repeats {
            self.warnings.push(Diagnostic::warning(Kind::CsvRepeatedHeader).with_span(cells.line_span()));
        }
        repeats
    }

    /// The plans, each checked as a whole, and the warnings.
    pub(super) fn finish(mut self) -> (Vec<Plan>, Vec<Diagnostic>) {
        for plan in &mut self.plans {
            finish_plan(plan);
        }
        (self.plans, self.warnings)
    }
}

/// Where each unit's plan and each indicator already are, so that a row
/// finds its indicator by a hash lookup: a search through every indicator so
/// far made a sheet of 60 000 rows quadratic. The last row's indicator is
/// asked first: an indicator's rows usually follow one another.
#[derive(Default)]
struct RowIndex {
    plans: HashMap<String, usize>,
    indicators: HashMap<(usize, String), usize>,
    /// The last row's unit and indicator ids and where that indicator is.
    last: Option<(String, String, usize, usize)>,
}

/// The most rows of an indicator room is made for before they are read.
const MAX_RESERVED: usize = 64;

/// The indicator a row belongs to, added (with its unit's plan) on its first row.
fn indicator_of<'p>(
    plans: &'p mut Vec<Plan>,
    rows: &mut RowIndex,
    cells: &Cells<'_>,
    numbers: Convention,
) -> &'p mut Indicator {
    let unit_id = cells.get(Column::Unit);
    let ind_id = cells.get(Column::Indicator);
    if let Some((unit, ind, p, i)) = &rows.last
        && !ind_id.is_empty()
        && unit == unit_id
        && ind == ind_id
    {
        return &mut plans[*p].indicators[*i];
    }
    let plan_index = match rows.plans.get(unit_id) {
        Some(p) => *p,
        None => {
            plans.push(Plan::new(cells.place.path(), Unit { id: unit_id.to_string(), ..Unit::default() }, numbers));
            rows.plans.insert(unit_id.to_string(), plans.len() - 1);
            plans.len() - 1
        }
    };
    let room = rows.last.as_ref().map_or((0, 0, 0), |(_, _, p, i)| {
        let last = &plans[*p].indicators[*i];
        let room = |n: usize| n.min(MAX_RESERVED);
        (room(last.report_periods.len()), room(last.targets.len()), room(last.realisasi.len()))
    });
    let plan = &mut plans[plan_index];
    // A row without an indicator id is an indicator of its own (`row N`).
    let known = (!ind_id.is_empty()).then(|| rows.indicators.get(&(plan_index, ind_id.to_string())).copied()).flatten();
    let index = match known {
        Some(i) => i,
        None => {
            let mut ind = Indicator::new(ind_id, cells.line_span());
            // A file's indicators usually have as many rows each: room for
            // as many as the last one's, not grown row by row.
            ind.report_periods.reserve_exact(room.0);
            ind.targets.reserve_exact(room.1);
            ind.realisasi.reserve_exact(room.2);
            if ind_id.is_empty() {
                ind.id = format!("row {}", cells.place.row());
                ind.problems.push(Diagnostic::error(Kind::CsvEmptyIndicator).with_span(cells.span(Column::Indicator)));
            }
            for column in [Column::Unit, Column::Indicator] {
                if let Err(d) = super::checks::plain_id(cells.get(column).to_string(), cells.span(column)) {
                    ind.problems.push(d);
                }
            }
            // A row without its unit cannot be told to belong to any unit's plan.
            if unit_id.is_empty() {
                let kind = Kind::CsvEmptyUnit { row: cells.place.row().to_string() };
                ind.problems.push(Diagnostic::error(kind).with_span(cells.span(Column::Unit)));
            }
            plan.indicators.push(ind);
            if !ind_id.is_empty() {
                rows.indicators.insert((plan_index, ind_id.to_string()), plan.indicators.len() - 1);
            }
            plan.indicators.len() - 1
        }
    };
    if !ind_id.is_empty() {
        let (unit, ind, p, i) = rows.last.get_or_insert_with(Default::default);
        unit.clear();
        unit.push_str(unit_id);
        ind.clear();
        ind.push_str(ind_id);
        (*p, *i) = (plan_index, index);
    }
    &mut plan.indicators[index]
}
