//! Reading indicator-periods from a CSV file (spreadsheet exports), and
//! the rows of every file of that shape: a sheet of a workbook is read by
//! the same [`Rows`] (`plan/workbook.rs` only turns its cells into [`Cell`]s).
//!
//! One row is one indicator-period. Rows with the same `unit` and
//! `indicator` form one indicator; rows of the same unit form one plan.
//! Each row's target and realisasi are the values *to date* for its period,
//! because that is what a spreadsheet row of "target / realisasi s.d. bulan
//! ini" holds; a column `aggregation` can say otherwise.

use super::LoadError;
use crate::diagnostic::{Diagnostic, Kind, LineIndex, Span, Text, suggest};
use crate::model::{Aggregation, Indicator, Located, Period, Plan, Program, Unit};
use crate::named::{Named, read_name};
use crate::number::{
    Convention, MAX_DECIMALS, Number, Rounding, Target, is_no_value, parse_optional_in, parse_target_in,
};
use crate::plan::toml_value::number_error;
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::Path;

const REQUIRED: &[&str] = &["unit", "indicator", "target", "realisasi"];
const OPTIONAL: &[&str] = &[
    "name",
    "satuan",
    "polarity",
    "period",
    "rule",
    "decimals",
    "rounding",
    "aggregation",
    "sasaran",
    "sasaran_id",
    "parent",
    "program",
    "program_kode",
    "tim",
    "scale",
    "pagu",
    "realisasi_anggaran",
    "numbers",
    "bobot",
    "pembilang",
    "penyebut",
];

/// A column `param.NAME` sets the rule parameter NAME, as TOML's `params`.
const PARAM_PREFIX: &str = "param.";

/// Column names planners write in Indonesian sheets, read as the English
/// ones: (alias, column). Compared ignoring case, blanks and `_`.
const ALIASES: &[(&str, &str)] = &[
    ("unit kerja", "unit"),
    ("satker", "unit"),
    ("indikator", "indicator"),
    ("kode indikator", "indicator"),
    ("nama", "name"),
    ("nama indikator", "name"),
    ("periode", "period"),
    ("polaritas", "polarity"),
    ("aturan", "rule"),
    ("desimal", "decimals"),
    ("pembulatan", "rounding"),
    ("agregasi", "aggregation"),
    ("skala", "scale"),
    ("penanggung jawab", "tim"),
    ("tim kerja", "tim"),
    ("pagu anggaran", "pagu"),
    ("anggaran", "pagu"),
    ("konvensi angka", "numbers"),
    ("id sasaran", "sasaran_id"),
    ("kode sasaran", "sasaran_id"),
    ("induk", "parent"),
    ("kode program", "program_kode"),
];

/// A header folded for comparing (case, blanks and `_` ignored), without
/// allocating: repeated headers are looked for on every row.
fn fold(s: &str) -> impl Iterator<Item = char> + '_ {
    s.trim().trim_start_matches('\u{feff}').chars().filter(|c| !matches!(c, '_' | ' ')).flat_map(char::to_lowercase)
}

/// Whether `header` names `column`, in English or Indonesian.
fn names_column(header: &str, column: &str) -> bool {
    std::iter::once(column)
        .chain(ALIASES.iter().filter(|(_, c)| *c == column).map(|(a, _)| *a))
        .any(|name| fold(name).eq(fold(header)))
}

/// The column a header names, in English or Indonesian.
pub(crate) fn column_name(header: &str) -> Option<&'static str> {
    REQUIRED
        .iter()
        .chain(OPTIONAL)
        .map(|c| (*c, *c))
        .chain(ALIASES.iter().map(|(a, c)| (*a, *c)))
        .find(|(name, _)| fold(name).eq(fold(header)))
        .map(|(_, c)| c)
}

/// Reads a whole CSV file into one plan per unit.
pub fn read_csv_plans(path: &Path, text: &str, numbers: Convention) -> Result<(Vec<Plan>, Vec<Diagnostic>), LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Invalid(vec![
            Diagnostic::error(Kind::CsvEmpty)
                .with_span(Span::file(path))
                .with_help(Text::CsvFirstLine { columns: REQUIRED.join(",") }),
        ]));
    }
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            LoadError::Invalid(vec![
                Diagnostic::error(Kind::CsvHeader { reason: e.to_string() }).with_span(Span::file(path)),
            ])
        })?
        .clone();
    let lines = LineIndex::new(path, text);
    let header_cells: Vec<String> = headers.iter().map(str::to_string).collect();
    let mut header = read_header(&header_cells, Source::Csv, &|_| lines.at(1, 1, 1))?;
    let mut rows = Rows::new(numbers);
    rows.warnings.append(&mut header.warnings);
    for record in reader.records() {
        // Lines are found from the record's byte offset: the csv crate's own
        // line count is off by one in files with Windows line endings.
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| lines.line_of(skip_line_ends(text, p.byte() as usize)));
            LoadError::Invalid(vec![
                Diagnostic::error(Kind::CsvRow { reason: e.to_string() }).with_span(lines.at(line, 1, 1)),
            ])
        })?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| lines.line_of(skip_line_ends(text, p.byte() as usize)));
        let cell = |i: usize| Cell { text: record.get(i).map(str::trim).unwrap_or("").to_string(), ..Cell::default() };
        let place = Place::Line { lines: &lines, line, fields: field_columns(lines.line_text(line), delimiter) };
        let cells = header.cells(cell, place);
        if rows.repeats_header(&cells) {
            continue;
        }
        // A short or long row means shifted cells (or a quote never closed):
        // reading it by position would put numbers in the wrong columns.
        let mut shifted = None;
        if record.len() != headers.len() {
            let kind = Kind::CsvCellCount { cells: record.len().to_string(), header: headers.len().to_string() };
            let d = Diagnostic::error(kind).with_span(cells.line_span());
            // A quote never closed swallows the rest of the file: nothing after it can be trusted.
            if record.iter().any(|c| c.contains('\n')) {
                return Err(LoadError::Invalid(vec![d.with_help(Text::CsvUnclosedQuote)]));
            }
            shifted = Some(d.with_help(Text::CsvOneCellPerColumn));
        }
        rows.add(&cells, shifted);
    }
    Ok(rows.finish())
}

/// A cell as a file gives it: its text, trimmed, and from a workbook's
/// number cell the exact number it holds (read from the cell, not its text).
#[derive(Debug, Clone, Default)]
pub(super) struct Cell {
    pub(super) text: String,
    pub(super) number: Option<Decimal>,
    /// A number cell formatted as a percentage: stored 0,9761, read 97,61.
    pub(super) percent: bool,
}

/// Where a row's cells are, to point at one.
pub(super) enum Place<'a> {
    /// A line of a CSV file, with where each field starts and how long it is.
    Line { lines: &'a LineIndex<'a>, line: usize, fields: Vec<(usize, usize)> },
    /// A row of a sheet; cell `i` of the row is in column `first_column + i` (1-based, as Excel counts).
    Sheet { path: &'a Path, sheet: &'a str, row: usize, first_column: usize },
}

impl Place<'_> {
    /// Where cell `i` is; the row's start for a cell the row does not have.
    fn span(&self, i: Option<usize>) -> Span {
        match self {
            Place::Line { lines, line, fields } => match i.and_then(|i| fields.get(i)) {
                Some((col, len)) => lines.at(*line, *col, *len),
                None => lines.at(*line, 1, 1),
            },
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

/// What the header cells are in, for messages that name it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Source<'a> {
    Csv,
    /// A sheet of a workbook, by name.
    Sheet(&'a str),
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
    fn add(&mut self, cells: &Cells<'_>, shifted: Option<Diagnostic>) {
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
        let cells = header.cells(|i| row.get(i).cloned().unwrap_or_default(), place);
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
    fn repeats_header(&mut self, cells: &Cells<'_>) -> bool {
        let repeats = is_repeated_header(cells);
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

/// The columns of a CSV file or sheet: the known ones and the rule parameters.
pub(super) struct Header {
    columns: HashMap<&'static str, usize>,
    params: Vec<(String, usize)>,
    pub(super) warnings: Vec<Diagnostic>,
}

impl Header {
    /// The cells of a row by column name, `cell(i)` being the row's cell `i`.
    fn cells<'a>(&'a self, cell: impl Fn(usize) -> Cell, place: Place<'a>) -> Cells<'a> {
        Cells {
            values: self.columns.iter().map(|(k, i)| (*k, cell(*i))).collect(),
            params: self.params.iter().map(|(n, i)| (n.clone(), cell(*i))).collect(),
            columns: &self.columns,
            place,
        }
    }

    /// The position of a known column.
    pub(super) fn column(&self, name: &str) -> Option<usize> {
        self.columns.get(name).copied()
    }

    /// The positions of the columns read (known ones and parameters).
    pub(super) fn used(&self) -> impl Iterator<Item = usize> + '_ {
        self.columns.values().copied().chain(self.params.iter().map(|(_, i)| *i))
    }
}

/// Whether a header cell names a column capaian reads (a sheet whose first
/// row names none is no plan data: instructions, a cover page).
pub(super) fn is_column(header: &str) -> bool {
    header.trim().strip_prefix(PARAM_PREFIX).is_some_and(|p| !p.trim().is_empty()) || column_name(header).is_some()
}

/// Maps the known columns to their positions; a misspelt, doubled or
/// missing required column makes the file unusable, any other column is a
/// warning. `span` places header cell `i` (`None`: the header as a whole).
/// A sheet's blank header cell is a column left empty, not a column.
pub(super) fn read_header(
    headers: &[String],
    source: Source<'_>,
    span: &dyn Fn(Option<usize>) -> Span,
) -> Result<Header, LoadError> {
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let mut params: Vec<(String, usize)> = Vec::new();
    let mut fatal = Vec::new();
    let mut warnings = Vec::new();
    let known: Vec<&'static str> = REQUIRED.iter().chain(OPTIONAL).copied().collect();
    let spellings: Vec<&'static str> = known.iter().copied().chain(ALIASES.iter().map(|(a, _)| *a)).collect();
    for (i, h) in headers.iter().enumerate() {
        if matches!(source, Source::Sheet(_)) && h.trim().is_empty() {
            continue;
        }
        let name = h.trim().trim_start_matches('\u{feff}').to_lowercase();
        if let Some(param) = h.trim().strip_prefix(PARAM_PREFIX).filter(|p| !p.trim().is_empty()) {
            params.push((param.trim().to_string(), i));
            continue;
        }
        match column_name(&name) {
            Some(k) => {
                if columns.insert(k, i).is_some() {
                    let kind = Kind::CsvDuplicateColumn { name: k.to_string() };
                    fatal.push(Diagnostic::error(kind).with_span(span(Some(i))));
                }
            }
            None => match suggest(&name, spellings.iter().copied()) {
                Some(s) => fatal.push(
                    Diagnostic::error(Kind::CsvUnknownColumn { name: h.trim().to_string() })
                        .with_span(span(Some(i)))
                        .with_help(Text::DidYouMean { word: s.to_string() }),
                ),
                None => warnings.push(
                    Diagnostic::warning(Kind::CsvUnusedColumn { name: h.trim().to_string() })
                        .with_span(span(Some(i)))
                        .with_help(Text::CsvColumnsRead { columns: known.join(", ") }),
                ),
            },
        }
    }
    for r in REQUIRED {
        if !columns.contains_key(r) {
            let kind = match source {
                Source::Csv => Kind::CsvMissingColumn { name: r.to_string() },
                Source::Sheet(sheet) => Kind::WorkbookMissingColumn { sheet: sheet.to_string(), name: r.to_string() },
            };
            fatal.push(
                Diagnostic::error(kind)
                    .with_span(span(None))
                    .with_help(Text::CsvRequiredColumns { columns: REQUIRED.join(", ") }),
            );
        }
    }
    if fatal.is_empty() { Ok(Header { columns, params, warnings }) } else { Err(LoadError::Invalid(fatal)) }
}

/// The cells of one row by column name, with where they are.
struct Cells<'a> {
    values: HashMap<&'static str, Cell>,
    /// `param.NAME` cells: (NAME, cell).
    params: Vec<(String, Cell)>,
    columns: &'a HashMap<&'static str, usize>,
    place: Place<'a>,
}

impl Cells<'_> {
    /// A cell's text; `""` for a column the file does not have.
    fn get(&self, column: &str) -> String {
        self.values.get(column).map(|c| c.text.clone()).unwrap_or_default()
    }

    /// The number a workbook's number cell holds (`None` for text).
    fn number(&self, column: &str) -> Option<Decimal> {
        self.values.get(column).and_then(|c| c.number)
    }

    /// Whether the cell is a number formatted as a percentage.
    fn percent(&self, column: &str) -> bool {
        self.values.get(column).is_some_and(|c| c.percent)
    }

    /// Whether the file has this column.
    fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// Where a cell is: under the cell itself (its field by position, so two
    /// cells holding the same text are told apart), the start of the row when
    /// the file has no such column.
    fn span(&self, column: &str) -> Span {
        self.place.span(self.columns.get(column).copied())
    }

    /// The start of the row.
    fn line_span(&self) -> Span {
        self.place.span(None)
    }
}

/// The csv crate places a record after a `\r` of a Windows line ending, on
/// the `\n`: the record starts after both.
fn skip_line_ends(text: &str, mut at: usize) -> usize {
    while matches!(text.as_bytes().get(at), Some(b'\r' | b'\n')) {
        at += 1;
    }
    at
}

/// The character column and length of each field's value on a CSV line
/// (inside quotes, without surrounding blanks). A quoted field spanning
/// lines ends the list at the line's end.
fn field_columns(line: &str, delimiter: u8) -> Vec<(usize, usize)> {
    let delimiter = char::from(delimiter);
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    loop {
        let start = i;
        let mut quoted = false;
        while i < chars.len() && (quoted || chars[i] != delimiter) {
            if chars[i] == '"' {
                quoted = !quoted;
            }
            i += 1;
        }
        let field = &chars[start..i];
        let lead = field.iter().take_while(|c| c.is_whitespace() || **c == '"').count();
        let trail = field[lead..].iter().rev().take_while(|c| c.is_whitespace() || **c == '"').count();
        out.push((start + lead + 1, field.len().saturating_sub(lead + trail)));
        if i >= chars.len() {
            return out;
        }
        i += 1;
    }
}

/// A row that repeats the header (files pasted together): its `unit` and
/// `indicator` cells are those columns' own names.
fn is_repeated_header(cells: &Cells<'_>) -> bool {
    ["unit", "indicator"].iter().all(|c| names_column(&cells.get(c), c))
}

/// Where each unit's plan and each indicator already are, so that a row
/// finds its indicator by a hash lookup: a search through every indicator so
/// far made a sheet of 60 000 rows quadratic.
#[derive(Default)]
struct RowIndex {
    plans: HashMap<String, usize>,
    indicators: HashMap<(usize, String), usize>,
}

/// The indicator a row belongs to, added (with its unit's plan) on its first row.
fn indicator_of<'p>(
    plans: &'p mut Vec<Plan>,
    rows: &mut RowIndex,
    cells: &Cells<'_>,
    numbers: Convention,
) -> &'p mut Indicator {
    let unit_id = cells.get("unit");
    let ind_id = cells.get("indicator");
    let plan_index = *rows.plans.entry(unit_id.clone()).or_insert_with(|| {
        plans.push(Plan::new(cells.place.path(), Unit { id: unit_id.clone(), ..Unit::default() }, numbers));
        plans.len() - 1
    });
    let plan = &mut plans[plan_index];
    // A row without an indicator id is an indicator of its own (`row N`).
    let known = (!ind_id.is_empty()).then(|| rows.indicators.get(&(plan_index, ind_id.clone())).copied()).flatten();
    let index = match known {
        Some(i) => i,
        None => {
            let mut ind = Indicator::new(ind_id.clone(), cells.line_span());
            if ind_id.is_empty() {
                ind.id = format!("row {}", cells.place.row());
                ind.problems.push(Diagnostic::error(Kind::CsvEmptyIndicator).with_span(cells.span("indicator")));
            }
            for column in ["unit", "indicator"] {
                if let Err(d) = super::checks::plain_id(cells.get(column), cells.span(column)) {
                    ind.problems.push(d);
                }
            }
            // A row without its unit cannot be told to belong to any unit's plan.
            if unit_id.is_empty() {
                let kind = Kind::CsvEmptyUnit { row: cells.place.row().to_string() };
                ind.problems.push(Diagnostic::error(kind).with_span(cells.span("unit")));
            }
            plan.indicators.push(ind);
            if !ind_id.is_empty() {
                rows.indicators.insert((plan_index, ind_id.clone()), plan.indicators.len() - 1);
            }
            plan.indicators.len() - 1
        }
    };
    &mut plan.indicators[index]
}

/// One row's settings, period, target and realisasi. A bad figure fails
/// its period only; a bad period or a second row for one period, the indicator.
fn read_row(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, warnings: &mut Vec<Diagnostic>) {
    let first_row = ind.report_periods.is_empty() && ind.targets.is_empty() && ind.target.is_none();
    read_row_settings(ind, first_row, cells, warnings);
    let period = match cells.get("period").as_str() {
        // A file without a `period` column gives figures for the whole plan;
        // a blank cell in a file that has one is a mistake, never dropped.
        "" if !cells.has("period") => Period::Total,
        "" => {
            ind.problems.push(Diagnostic::error(Kind::CsvEmptyPeriod).with_span(cells.span("period")));
            return;
        }
        p => match Period::parse(p) {
            Ok(p) => p,
            Err(e) => {
                // The row is reported on its own, as period `-` (it has no
                // period that can be written otherwise), never under the
                // plan year; the indicator's other rows still compute.
                let d = Diagnostic::error(e).with_span(cells.span("period"));
                if !ind.report_periods.contains(&Period::Total) {
                    ind.report_periods.push(Period::Total);
                }
                ind.period_problems.push((Period::Total, d));
                return;
            }
        },
    };
    if ind.report_periods.contains(&period) {
        ind.problems.push(
            Diagnostic::error(Kind::CsvDuplicatePeriod { indicator: ind.id.clone(), period: period.to_string() })
                .with_span(cells.span("period")),
        );
        return;
    }
    ind.report_periods.push(period);
    // A row may say its own convention (reports pasted together mix
    // `80.00%` and `63,89%`); a row that says it is not second-guessed.
    let declared = cells.get("numbers");
    let numbers = match declared.as_str() {
        "" => numbers,
        name => match read_name::<Convention>(name) {
            Ok(c) => c,
            Err(d) => {
                ind.period_problems.push((period, d.with_span(cells.span("numbers"))));
                return;
            }
        },
    };
    for column in ["target", "realisasi", "pagu", "realisasi_anggaran"] {
        // A workbook's number cell is a number, not text to be read.
        let text = cells.get(column);
        if let Some(msg) =
            crate::number::ambiguity(&text, numbers).filter(|_| declared.is_empty() && cells.number(column).is_none())
        {
            warnings.push(Diagnostic::warning(msg).with_span(cells.span(column)));
        }
    }
    if ["target", "realisasi"].iter().any(|c| cells.get(c).contains(':')) {
        ind.ratio = true;
    }
    read_row_params(ind, cells, numbers);
    read_row_budget(ind, cells, numbers, period);
    read_row_rollup(ind, cells, numbers, period);
    // A cell may end with the row's satuan ("5.500 orang"), nothing else.
    let satuan = cells.get("satuan");
    let satuan = (!satuan.trim().is_empty()).then_some(satuan);
    // A percent-formatted cell says the satuan when the row does not.
    if ind.satuan.is_none() && ["target", "realisasi"].iter().any(|c| cells.percent(c)) {
        ind.satuan = Some("%".to_string());
    }
    let target = match cells.number("target") {
        Some(n) => Ok(Target::Single(n)),
        None => parse_target_in(&cells.get("target"), numbers, satuan.as_deref()),
    };
    match target {
        Ok(t) => {
            let located = Located { value: t, span: cells.span("target") };
            if matches!(period, Period::Total | Period::Year(_)) {
                ind.target = Some(located.clone());
            }
            if period != Period::Total {
                ind.targets.push((period, located));
            }
        }
        Err(e) => ind.period_problems.push((period, cell_number_error(e, cells, "target"))),
    }
    match optional_number(cells, "realisasi", numbers, satuan.as_deref()) {
        Ok(Some(n)) => ind.realisasi.push((period, Located { value: n.value, span: cells.span("realisasi") })),
        Ok(None) => {}
        Err(e) => ind.period_problems.push((period, cell_number_error(e, cells, "realisasi"))),
    }
}

/// `param.NAME` cells: a number where the cell reads as one, else text; the
/// first row that gives a parameter sets it, a later row may not contradict.
fn read_row_params(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention) {
    use crate::model::Param;
    for (name, cell) in &cells.params {
        let text = &cell.text;
        if is_no_value(text) && cell.number.is_none() {
            continue;
        }
        let value = match (cell.number, crate::number::parse_number(text, numbers)) {
            (Some(n), _) | (None, Ok(Number { value: n, .. })) => Param::Number(n),
            (None, Err(_)) => Param::Text(text.clone()),
        };
        match ind.params.get(name) {
            None => {
                ind.params.insert(name.clone(), value);
            }
            Some(old) if *old == value => {}
            Some(old) => {
                let old = match old {
                    Param::Number(d) => d.normalize().to_string(),
                    Param::Text(t) => t.clone(),
                    other => format!("{other:?}"),
                };
                let kind = Kind::CsvConflict {
                    column: format!("{PARAM_PREFIX}{name}"),
                    indicator: ind.id.clone(),
                    new: text.clone(),
                    old,
                };
                ind.problems.push(Diagnostic::error(kind).with_span(cells.line_span()));
            }
        }
    }
}

/// `pagu` (the indicator's budget ceiling, from the first row that gives
/// it) and `realisasi_anggaran` (money spent, per row's period).
fn read_row_budget(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, period: Period) {
    for column in ["pagu", "realisasi_anggaran"] {
        let text = cells.get(column);
        let Some(value) = period_number(ind, cells, column, numbers, period) else { continue };
        let budget = ind.budget.get_or_insert_with(Default::default);
        if column == "pagu" {
            if let Some(d) = keep_first(&mut budget.pagu, value, column, &ind.id, text) {
                ind.problems.push(d);
            }
        } else {
            // A sheet's rows hold figures to date unless the indicator adds
            // each period's own (aggregation sum or average).
            budget.to_date = ind.aggregation == Aggregation::Last;
            budget.realisasi.push((period, value));
        }
    }
}

/// A row's optional number cell, located; a bad one is a problem of the
/// row's period (the indicator's other periods still count).
fn period_number(
    ind: &mut Indicator,
    cells: &Cells<'_>,
    column: &str,
    numbers: Convention,
    period: Period,
) -> Option<Located<Decimal>> {
    match optional_number(cells, column, numbers, None) {
        Ok(n) => n.map(|n| Located { value: n.value, span: cells.span(column) }),
        Err(e) => {
            ind.period_problems.push((period, cell_number_error(e, cells, column)));
            None
        }
    }
}

/// What roll-ups read: `bobot` (per indicator, from the first row that
/// gives it) and `pembilang`/`penyebut` (per row's period, figures to date).
fn read_row_rollup(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, period: Period) {
    for column in ["bobot", "pembilang", "penyebut"] {
        let Some(value) = period_number(ind, cells, column, numbers, period) else { continue };
        match column {
            "bobot" => {
                if let Some(d) = keep_first(&mut ind.bobot, value, column, &ind.id, cells.get(column)) {
                    ind.problems.push(d);
                }
            }
            "pembilang" => ind.pembilang.push((period, value)),
            _ => ind.penyebut.push((period, value)),
        }
    }
}

/// A per-indicator number of a sheet: the first row's value is kept; a
/// later row may repeat it but not contradict it (the conflict returned).
fn keep_first(
    slot: &mut Option<Located<Decimal>>,
    value: Located<Decimal>,
    column: &str,
    indicator: &str,
    text: String,
) -> Option<Diagnostic> {
    match slot {
        None => {
            *slot = Some(value);
            None
        }
        Some(old) if old.value == value.value => None,
        Some(old) => {
            let kind = Kind::CsvConflict {
                column: column.to_string(),
                indicator: indicator.to_string(),
                new: text,
                old: old.value.normalize().to_string(),
            };
            Some(Diagnostic::error(kind).with_span(value.span))
        }
    }
}

/// An optional number cell: a workbook's number as it is, text through the
/// number reader (blank or a dash is no value).
fn optional_number(
    cells: &Cells<'_>,
    column: &str,
    numbers: Convention,
    satuan: Option<&str>,
) -> Result<Option<Number>, crate::number::NumberError> {
    match cells.number(column) {
        Some(value) => Ok(Some(Number { value, percent: cells.percent(column) })),
        None => parse_optional_in(&cells.get(column), numbers, satuan),
    }
}

/// A number cell's error, under the cell, with help that fits a sheet (the
/// TOML help speaks of leaving a period out).
fn cell_number_error(e: crate::number::NumberError, cells: &Cells<'_>, column: &str) -> Diagnostic {
    match e {
        crate::number::NumberError::Empty { .. } => {
            Diagnostic::error(Kind::CsvEmptyCell { column: column.to_string() }).with_span(cells.span(column))
        }
        e => number_error(e, cells.span(column)),
    }
}

/// Checks each indicator's rows as a whole, and takes the plan year from
/// the rows when they agree on one.
fn finish_plan(plan: &mut Plan) {
    for ind in &mut plan.indicators {
        // Figures to be added up must not mix a year row with month rows;
        // figures to date may (the year row holds the annual target), but
        // months and quarters of one indicator never mix: a quarter row and
        // a month row would each be read as the other's figure to date.
        // A row whose period could not be read (`-`) is its own error.
        let to_date = ind.aggregation == Aggregation::Last;
        let compared: Vec<&Period> = ind
            .report_periods
            .iter()
            .filter(|p| **p != Period::Total && !(to_date && matches!(p, Period::Year(_))))
            .collect();
        if compared.windows(2).any(|w| w[0].granularity() != w[1].granularity()) {
            let (indicator, grains) = (ind.id.clone(), ind.report_periods.iter().map(Period::grain).collect());
            let kind = if to_date {
                Kind::CsvMixedToDate { indicator, grains }
            } else {
                Kind::CsvMixedGrains { indicator, grains }
            };
            ind.problems.push(Diagnostic::error(kind).with_span(ind.span.clone()));
        }
    }
    let years: Vec<i32> =
        plan.indicators.iter().flat_map(|i| i.report_periods.iter().filter_map(|p| p.year())).collect();
    if let Some(first) = years.first()
        && years.iter().all(|y| y == first)
    {
        plan.year = Some(*first);
    }
}

/// Name, satuan, polarity, rule and rounding are per indicator: the first
/// row sets them and a later row may repeat them but not contradict them.
fn read_row_settings(ind: &mut Indicator, first_row: bool, cells: &Cells<'_>, warnings: &mut Vec<Diagnostic>) {
    let conflict = |ind: &mut Indicator, column: &str, old: String| {
        let new = cells.get(column);
        if !new.is_empty() && !first_row && old != new {
            ind.problems.push(
                Diagnostic::error(Kind::CsvConflict {
                    column: column.to_string(),
                    indicator: ind.id.clone(),
                    new,
                    old,
                })
                .with_span(cells.span(column)),
            );
            return false;
        }
        !new.is_empty() && first_row
    };
    if conflict(ind, "name", ind.name.clone()) {
        ind.name = cells.get("name");
    }
    if conflict(ind, "sasaran", ind.sasaran.clone().unwrap_or_default()) {
        ind.sasaran = Some(cells.get("sasaran"));
    }
    if conflict(ind, "sasaran_id", ind.sasaran_id.clone().unwrap_or_default()) {
        ind.sasaran_id = Some(cells.get("sasaran_id"));
    }
    // The pohon kinerja's link, as TOML's `parent` (checked over the run).
    if conflict(ind, "parent", ind.parent.as_ref().map(|p| p.value.clone()).unwrap_or_default()) {
        ind.parent = Some(Located { value: cells.get("parent"), span: cells.span("parent") });
    }
    let program = ind.program.clone().unwrap_or(Program { kode: None, nama: String::new() });
    if conflict(ind, "program", program.nama) {
        ind.program = Some(Program { kode: None, nama: cells.get("program") });
    }
    if conflict(ind, "program_kode", program.kode.unwrap_or_default()) {
        match &mut ind.program {
            Some(p) => p.kode = Some(cells.get("program_kode")),
            // A code alone names no programme a reader would recognise.
            None => ind.problems.push(Diagnostic::error(Kind::PlanProgramNoName).with_span(cells.span("program_kode"))),
        }
    }
    if conflict(ind, "tim", ind.tim.clone().unwrap_or_default()) {
        ind.tim = Some(cells.get("tim"));
    }
    if conflict(ind, "scale", ind.scale.clone().unwrap_or_default()) {
        ind.scale = Some(cells.get("scale"));
    }
    if conflict(ind, "satuan", ind.satuan.clone().unwrap_or_default()) {
        ind.satuan = Some(cells.get("satuan"));
    }
    if conflict(ind, "rule", ind.rule.as_ref().map(|r| r.value.clone()).unwrap_or_default()) {
        ind.rule = Some(Located { value: cells.get("rule"), span: cells.span("rule") });
    }
    if first_row {
        let polarity = read_named(ind, cells, "polarity");
        if let Some(p) = polarity {
            ind.polarity = p;
            ind.polarity_given = true;
        }
        if let Some(d) = super::checks::comparison_polarity(ind, polarity, &cells.get("target"), &cells.span("target"))
        {
            // A warning, as in TOML: the polarity given is used.
            warnings.push(d);
        }
        if let Some(a) = read_named(ind, cells, "aggregation") {
            ind.aggregation = a;
            // Rows to be added up (or averaged) hold each period's own
            // figures, targets included; `last` rows hold figures to date.
            if a != Aggregation::Last {
                ind.target_kind = crate::model::TargetKind::PerPeriod;
            }
        }
        let mut rounding = Rounding::default();
        let text = cells.get("decimals");
        if !is_no_value(&text) {
            match text.parse::<u32>() {
                Ok(d) if d <= MAX_DECIMALS => rounding.decimals = d,
                _ => ind.problems.push(
                    Diagnostic::error(Kind::CsvDecimals { max: MAX_DECIMALS.to_string(), found: text.clone() })
                        .with_span(cells.span("decimals")),
                ),
            }
        }
        if let Some(m) = read_named(ind, cells, "rounding") {
            rounding.mode = m;
        }
        ind.rounding = rounding;
    }
}

/// A name of `T` in a cell; an unknown one is a problem of the indicator,
/// a cell with no value says nothing.
fn read_named<T: Named>(ind: &mut Indicator, cells: &Cells<'_>, column: &str) -> Option<T> {
    let text = cells.get(column);
    if is_no_value(&text) {
        return None;
    }
    read_name(&text).map_err(|d| ind.problems.push(d.with_span(cells.span(column)))).ok()
}

/// Spreadsheets in Indonesian locales export with `;` because `,` is the
/// decimal mark; pick whichever separates the header line.
pub(crate) fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c| header.matches(c).count();
    if count(';') > count(',') {
        b';'
    } else if count('\t') > count(',') {
        b'\t'
    } else {
        b','
    }
}
