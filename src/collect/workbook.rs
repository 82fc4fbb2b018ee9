//! Reading a filled collection workbook back (SOP step 4): which plan it is
//! for, whether its locked cells are still what the plan says, and every
//! realisasi cell as an exact number.
//!
//! Read with `calamine`: pure Rust, maintained, and it gives a formula
//! cell's cached value. A numeric cell comes as a binary float; it is
//! turned into an exact decimal at once through its shortest round-trip
//! text (`97.35`, never `97.349999…`), and no float is kept.

use super::template::locked_rows;
use super::{
    COL_ID, COL_REALISASI, FORMAT, HEADER_ROW, ID_FINGERPRINT, ID_FORMAT, ID_ROWS, ID_UNIT, ID_YEAR, LOCKED_COLUMNS,
    Line, SHEET_DATA, SHEET_ID, fingerprint, lines,
};
use crate::diagnostic::{Diagnostic, Kind, Severity, Span, Text};
use crate::files::{PLAN_FILE_LIMIT, read_bytes};
use crate::model::{Located, Period, Plan};
use crate::number::{Convention, ambiguity, is_no_value, parse_number_in};
use crate::plan::is_percent;
use crate::plan::toml_value::number_error;
use calamine::{Data, Range, Reader, Xlsx, open_workbook_from_rs};
use rust_decimal::Decimal;
use std::io::Cursor;
use std::path::Path;

/// One realisasi read from a workbook.
#[derive(Debug, Clone)]
pub(crate) struct Filled {
    /// The indicator of the plan.
    pub top: String,
    /// The component, for a component's row.
    pub component: Option<String>,
    /// The period.
    pub period: Period,
    /// The value, exact.
    pub value: Decimal,
    /// The realisasi the plan holds for this row, if any.
    pub old: Option<Located<Decimal>>,
    /// The cell it was read from.
    pub span: Span,
}

impl Filled {
    /// The id as results name it: `IKK-2`, `IKK-1/orang`.
    pub(crate) fn id(&self) -> String {
        match &self.component {
            Some(c) => format!("{}/{c}", self.top),
            None => self.top.clone(),
        }
    }
}

/// A cell's text as the workbook shows it: text as is, a number through its
/// shortest round-trip text, anything else empty.
fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match range.get_value((row, col)) {
        Some(Data::String(s)) => s.clone(),
        Some(Data::Float(f)) => format!("{f}"),
        Some(Data::Int(i)) => i.to_string(),
        Some(Data::Bool(b)) => b.to_string(),
        _ => String::new(),
    }
}

/// What one filled workbook holds.
#[derive(Debug, Default)]
pub(crate) struct Read {
    /// The realisasi read, but none of a rejected indicator.
    pub filled: Vec<Filled>,
    /// Problems of the workbook (errors mean the caller merges nothing of
    /// it) and warnings.
    pub problems: Vec<Diagnostic>,
    /// Cells that are no realisasi: each rejects its indicator's values of
    /// this workbook, the others are merged.
    pub rejected: Vec<Diagnostic>,
}

impl Read {
    fn failed(problems: Vec<Diagnostic>) -> Read {
        Read { problems, ..Read::default() }
    }
}

/// Reads the realisasi of one filled workbook made by `capaian template`
/// from `plan`. Every problem is reported with the workbook, sheet and cell.
pub(crate) fn read_workbook(path: &Path, plan: &Plan) -> Read {
    match read_bytes(path, PLAN_FILE_LIMIT) {
        Ok(bytes) => read_filled(path, bytes, plan),
        Err(d) => Read::failed(vec![d]),
    }
}

/// Whether `bytes` are a workbook made by `capaian template` (it has the
/// identification sheet), to be merged into a plan rather than read as one.
#[cfg(feature = "serve")]
pub(crate) fn is_filled(bytes: &[u8]) -> bool {
    let book: Result<Xlsx<_>, _> = open_workbook_from_rs(Cursor::new(bytes));
    book.is_ok_and(|b| b.sheet_names().iter().any(|n| n == SHEET_ID))
}

/// [`read_workbook`] of bytes already read (an upload): `path` only names
/// the workbook in messages, it is never opened.
pub(crate) fn read_filled(path: &Path, bytes: Vec<u8>, plan: &Plan) -> Read {
    let mut problems = Vec::new();
    let mut book: Xlsx<_> = match open_workbook_from_rs(Cursor::new(bytes)) {
        Ok(b) => b,
        Err(e) => {
            let kind = Kind::CollectUnreadable { path: path.display().to_string(), reason: e.to_string() };
            return Read::failed(vec![Diagnostic::error(kind).with_span(Span::file(path))]);
        }
    };
    let names = book.sheet_names();
    for sheet in [SHEET_DATA, SHEET_ID] {
        if !names.iter().any(|n| n == sheet) {
            let kind = Kind::CollectMissingSheet { sheet: sheet.to_string(), sheets: names.join(", ") };
            problems.push(Diagnostic::error(kind).with_span(Span::sheet(path, sheet)));
        }
    }
    if !problems.is_empty() {
        return Read::failed(problems);
    }
    let (ids, data) = match (book.worksheet_range(SHEET_ID), book.worksheet_range(SHEET_DATA)) {
        (Ok(i), Ok(d)) => (i, d),
        (Err(e), _) | (_, Err(e)) => {
            let kind = Kind::CollectUnreadable { path: path.display().to_string(), reason: e.to_string() };
            return Read::failed(vec![Diagnostic::error(kind).with_span(Span::file(path))]);
        }
    };
    let formulas = book.worksheet_formula(SHEET_DATA).unwrap_or_default();
    let percent = crate::plan::percent_cells(&mut book, SHEET_DATA);
    let id_cell = |row: u32, col: u32| Span::cell(path, SHEET_ID, row as usize + 1, col as usize + 1);
    let data_cell = |row: u32, col: u32| Span::cell(path, SHEET_DATA, row as usize + 1, col as usize + 1);

    // Which plan and layout the workbook was made for.
    let format = text(&ids, ID_FORMAT, 1);
    if format != FORMAT {
        let kind = Kind::CollectNotTemplate { found: format };
        return Read::failed(vec![Diagnostic::error(kind).with_span(id_cell(ID_FORMAT, 1))]);
    }
    let (unit, year) = (text(&ids, ID_UNIT, 1), text(&ids, ID_YEAR, 1));
    let plan_year = plan.year.map(|y| y.to_string()).unwrap_or_default();
    if unit != plan.unit.id || year != plan_year {
        let at = if unit != plan.unit.id { ID_UNIT } else { ID_YEAR };
        let kind = Kind::CollectOtherPlan { unit, year, plan_unit: plan.unit.id.clone(), plan_year };
        return Read::failed(vec![Diagnostic::error(kind).with_span(id_cell(at, 1))]);
    }

    // The rows it lists, each found in the plan.
    let all: Vec<Line<'_>> = plan.indicators.iter().flat_map(|ind| lines(plan, ind)).collect();
    let mut rows: Vec<(u32, usize, Line<'_>)> = Vec::new();
    let mut listed: Vec<u32> = Vec::new();
    for (i, r) in (ID_ROWS..).enumerate() {
        let (sheet_row, id, period) = (text(&ids, r, 0), text(&ids, r, 1), text(&ids, r, 2));
        if sheet_row.is_empty() && id.is_empty() {
            break;
        }
        let Some(row) = sheet_row.parse::<u32>().ok().and_then(|r| r.checked_sub(1)) else {
            let kind = Kind::CollectNotTemplate { found: format!("{sheet_row} {id} {period}") };
            problems.push(Diagnostic::error(kind).with_span(id_cell(r, 0)));
            continue;
        };
        listed.push(row);
        // The period as the template wrote it (`2024-07`; `-` for a CSV
        // without periods).
        match all.iter().find(|l| l.id() == id && l.period.to_string() == period) {
            Some(line) => rows.push((row, i + 1, line.clone())),
            None => {
                let kind = Kind::CollectUnknownRow { indicator: id, period };
                problems.push(Diagnostic::error(kind).with_span(data_cell(row, u32::from(COL_ID))));
            }
        }
    }

    // The locked cells: what the template wrote from the plan, and whether
    // they were edited (the fingerprint) or the plan changed since.
    let found: Vec<Vec<String>> =
        listed.iter().map(|r| (0..u32::from(LOCKED_COLUMNS)).map(|c| text(&data, *r, c)).collect()).collect();
    let edited =
        fingerprint(found.iter().map(|r| r.iter().map(String::as_str).collect())) != text(&ids, ID_FINGERPRINT, 1);
    let expected = locked_rows(rows.iter().map(|(_, n, l)| (*n, l)));
    for ((row, _, _), cells) in rows.iter().zip(&expected) {
        for (col, want) in cells.iter().enumerate() {
            let got = text(&data, *row, col as u32);
            if got.trim() != want.trim() {
                let kind = if edited {
                    Kind::CollectLockedChanged { expected: want.clone(), found: got }
                } else {
                    Kind::CollectPlanChanged { plan: want.clone(), found: got }
                };
                problems.push(Diagnostic::error(kind).with_span(data_cell(*row, col as u32)));
            }
        }
    }

    // A value on a row the template did not write (rows added after the
    // protection was lifted) belongs to no indicator: never dropped silently.
    let last = data.end().map_or(0, |(r, _)| r);
    for r in (HEADER_ROW + 1..=last).filter(|r| !listed.contains(r)) {
        if !text(&data, r, u32::from(COL_REALISASI)).trim().is_empty() {
            let kind = Kind::CollectStrayValue { value: text(&data, r, u32::from(COL_REALISASI)) };
            problems.push(Diagnostic::error(kind).with_span(data_cell(r, u32::from(COL_REALISASI))));
        }
    }

    let mut out = Vec::new();
    let mut rejected: Vec<(String, Diagnostic)> = Vec::new();
    for (row, _, line) in &rows {
        let span = data_cell(*row, u32::from(COL_REALISASI));
        let formula = formulas.get_value((*row, u32::from(COL_REALISASI))).is_some_and(|f| !f.is_empty());
        let at = (*row, u32::from(COL_REALISASI));
        let mut found = Vec::new();
        let value = cell_value(data.get_value(at), line, &span, (formula, percent.contains(&at)), &mut found);
        // A cell that is no realisasi rejects its indicator's values of this
        // workbook, not the workbook: the other indicators are still merged.
        let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
            found.into_iter().partition(|d| d.severity == Severity::Error);
        problems.extend(warnings);
        if !errors.is_empty() {
            rejected.extend(errors.into_iter().map(|d| (line.top.id.clone(), d)));
            continue;
        }
        match value {
            Some(value) if value.is_sign_negative() && !value.is_zero() && !line.negative_allowed() => {
                let kind = Kind::CollectNegative {
                    indicator: line.id(),
                    period: line.period.to_string(),
                    value: value.to_string(),
                };
                rejected.push((line.top.id.clone(), Diagnostic::error(kind).with_span(span)));
            }
            Some(value) => {
                if let Some(d) = percent_fraction(line, value, &span) {
                    problems.push(d);
                }
                out.push(Filled {
                    top: line.top.id.clone(),
                    component: line.component.map(|c| c.id.clone()),
                    period: line.period,
                    value,
                    old: line.realisasi().cloned(),
                    span,
                })
            }
            None => {}
        }
    }
    out.retain(|f| !rejected.iter().any(|(top, _)| *top == f.top));
    Read { filled: out, problems, rejected: rejected.into_iter().map(|(_, d)| d).collect() }
}

/// The exact number of a realisasi cell; `None` when it is empty (not
/// reported yet) or not a number (reported in `problems`).
fn cell_value(
    cell: Option<&Data>,
    line: &Line<'_>,
    span: &Span,
    (formula, percent): (bool, bool),
    problems: &mut Vec<Diagnostic>,
) -> Option<Decimal> {
    let not_number = |found: Text| Diagnostic::error(Kind::CollectNotNumber { found }).with_span(span.clone());
    match cell {
        None | Some(Data::Empty) if formula => {
            problems.push(Diagnostic::error(Kind::CollectFormulaNoValue).with_span(span.clone()));
            None
        }
        None | Some(Data::Empty) => None,
        Some(Data::String(s)) if s.trim().is_empty() || is_no_value(s) => None,
        // Text goes through the number reader, in the convention of an
        // Indonesian spreadsheet (`1.152.699`, `0,99`).
        Some(Data::String(s)) => {
            if let Some(kind) = ambiguity(s, Convention::Id) {
                problems.push(Diagnostic::warning(kind).with_span(span.clone()));
            }
            let satuan = line.indicator().satuan.as_deref();
            parse_number_in(s, Convention::Id, satuan)
                .map(|n| n.value)
                .map_err(|e| problems.push(number_error(e, span.clone())))
                .ok()
        }
        Some(Data::Float(f)) => match crate::plan::float_value(*f, percent, span) {
            Ok((value, warning)) => {
                problems.extend(warning);
                Some(value.normalize())
            }
            Err(d) => {
                problems.push(d);
                None
            }
        },
        Some(Data::Int(i)) => Some(Decimal::from(*i)),
        Some(Data::Bool(_)) => {
            problems.push(not_number(Text::TypeBool));
            None
        }
        Some(Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_)) => {
            problems.push(not_number(Text::TypeDate).with_help(Text::CollectDateHelp));
            None
        }
        Some(Data::Error(e)) => {
            problems.push(not_number(Text::CollectCellError { error: e.to_string() }));
            None
        }
    }
}

/// A fraction against a percentage target (0,9735 where 97,35 is meant: a
/// cell formatted as % stores the fraction): a warning naming both readings,
/// as `check` gives for the plan.
fn percent_fraction(line: &Line<'_>, value: Decimal, span: &Span) -> Option<Diagnostic> {
    let target = line.target()?.high();
    let fraction = value > Decimal::ZERO && value <= Decimal::ONE;
    (is_percent(line.indicator().satuan.as_deref()) && target > Decimal::ONE && fraction).then(|| {
        let kind = Kind::PercentFraction {
            indicator: line.id(),
            period: line.period.to_string(),
            value: value.normalize().to_string(),
            scaled: (value * Decimal::ONE_HUNDRED).normalize().to_string(),
            target: target.normalize().to_string(),
        };
        Diagnostic::warning(kind).with_span(span.clone())
    })
}
