//! Reading plans from workbooks (`.xlsx`, `.xlsm`, `.ods`; `.xls` is named
//! and refused): each sheet whose header row (below a title, if any) names
//! the CSV columns is read row by row by the CSV reader's own [`Rows`], so
//! every check of a CSV row applies to a sheet's, and every message names
//! the sheet and cell (`Data!D14`).
//!
//! Here only cells become [`Cell`]s (a merged cell on every row it covers):
//! a number cell is taken exactly from
//! its shortest round-trip text (never kept as a float), a percent-formatted
//! one is multiplied by 100, text goes through the number reader as in a
//! CSV, a formula gives its stored result and a formula without one is an
//! error. The workbook is unpacked once, counting, before it is read, so a
//! zip bomb is refused by its size; a sheet is read cell by cell, never laid
//! out as one dense grid, so a cell at `XFD1048576` costs one cell.

use super::LoadError;
use super::csv_columns::{Column, Source, is_column, read_header};
use super::rows::{Cell, Place, Rows};
use crate::diagnostic::{Diagnostic, Kind, Span};
use crate::model::Plan;
use crate::number::Convention;
use calamine::{Data, Reader, Style, Xlsx, XlsxError};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashSet};
use std::io::{Cursor, Read};
use std::path::Path;

/// The most a workbook may unpack to: a plan of 60 000 rows is a few MiB.
const UNPACKED_LIMIT: u64 = 256 << 20;

/// The most parts a workbook's archive may hold.
const PART_LIMIT: usize = 10_000;

/// The most cells with a value read from one workbook.
const CELL_LIMIT: usize = 2_000_000;

/// Digits a float keeps exactly (Excel shows 15).
const FLOAT_DIGITS: usize = 15;

/// A cell as the workbook holds it, before it is text.
#[derive(Debug)]
enum Raw {
    /// A value (a formula's stored result included); `percent` when its
    /// number format shows it as a percentage.
    Value { data: Data, percent: bool },
    /// A formula whose result is not stored.
    NoResult { formula: String },
}

/// One sheet's cells: 0-based row → (0-based column, cell), by column.
struct Sheet {
    name: String,
    rows: BTreeMap<u32, Vec<(u32, Raw)>>,
}

/// Reads a workbook's bytes into one plan per unit, as a CSV file is read;
/// `path` names it in messages and tells its format by its extension (a
/// file already read, or an upload, which is never opened).
pub(super) fn read_workbook(
    path: &Path,
    bytes: &[u8],
    numbers: Convention,
) -> Result<(Vec<Plan>, Vec<Diagnostic>), LoadError> {
    let fail = |d: Diagnostic| LoadError::Invalid(vec![d]);
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    // The readers may fail on data nobody foresaw: a panic there is a
    // workbook that cannot be read, never a crash.
    let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match ext.as_str() {
        // calamine reads `.xls` values but not their number formats: a
        // percent cell could not be told from a fraction.
        "xls" => Err(error(path, Kind::WorkbookXls { path: path.display().to_string() })),
        "ods" => {
            let parts = unpack(path, bytes)?;
            if parts.ods_percent {
                return Err(error(path, Kind::WorkbookOdsPercent { path: path.display().to_string() }));
            }
            read_sheets::<calamine::Ods<_>>(path, bytes)
        }
        _ => {
            let parts = unpack(path, bytes)?;
            read_xlsx(path, bytes, parts.recalculate)
        }
    }));
    let sheets = match read {
        Ok(sheets) => sheets.map_err(fail)?,
        Err(panic) => {
            let reason = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            return Err(fail(unreadable(path, reason)));
        }
    };
    plans_of(path, &sheets, numbers)
}

fn error(path: &Path, kind: Kind) -> Diagnostic {
    Diagnostic::error(kind).with_span(Span::file(path))
}

fn unreadable(path: &Path, reason: impl std::fmt::Display) -> Diagnostic {
    error(path, Kind::WorkbookUnreadable { path: path.display().to_string(), reason: reason.to_string() })
}

fn too_large(path: &Path, limit: String) -> Diagnostic {
    error(path, Kind::WorkbookTooLarge { path: path.display().to_string(), limit })
}

/// What unpacking a workbook found beside its size.
struct Parts {
    /// The workbook asks to be recalculated when opened (`fullCalcOnLoad`):
    /// the results its formulas store are placeholders of the program that
    /// wrote it, not results.
    recalculate: bool,
    /// An ODS percentage cell, which the reader gives as a bare fraction.
    ods_percent: bool,
}

/// Unpacks every part of a zipped workbook into nothing, counting, so that
/// one that unpacks to more than [`UNPACKED_LIMIT`] is refused before a
/// reader holds any of it; whatever its headers claim, the bytes are counted.
fn unpack(path: &Path, bytes: &[u8]) -> Result<Parts, Diagnostic> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| unreadable(path, e))?;
    let limit = || too_large(path, format!("{} MiB", UNPACKED_LIMIT >> 20));
    if zip.len() > PART_LIMIT {
        return Err(limit());
    }
    let mut parts = Parts { recalculate: false, ods_percent: false };
    let mut total = 0u64;
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(|e| unreadable(path, e))?;
        let name = part.name().map_err(|e| unreadable(path, e))?.to_string();
        let mut take = (&mut part).take(UNPACKED_LIMIT - total + 1);
        let read = if name == "xl/workbook.xml" || name == "content.xml" {
            let mut text = Vec::new();
            let n = take.read_to_end(&mut text).map_err(|e| unreadable(path, e))?;
            let has = |needle: &[u8]| text.windows(needle.len()).any(|w| w == needle);
            parts.recalculate |= has(b"fullCalcOnLoad=\"1\"") || has(b"fullCalcOnLoad=\"true\"");
            parts.ods_percent |= has(b"office:value-type=\"percentage\"");
            n as u64
        } else {
            std::io::copy(&mut take, &mut std::io::sink()).map_err(|e| unreadable(path, e))?
        };
        total += read;
        if total > UNPACKED_LIMIT {
            return Err(limit());
        }
    }
    Ok(parts)
}

/// Counts cells against [`CELL_LIMIT`].
struct Count<'a> {
    path: &'a Path,
    cells: usize,
}

impl Count<'_> {
    fn one(&mut self) -> Result<(), Diagnostic> {
        self.cells += 1;
        if self.cells > CELL_LIMIT {
            return Err(too_large(self.path, format!("{CELL_LIMIT} cells")));
        }
        Ok(())
    }
}

/// An `.xlsx`/`.xlsm` workbook, read cell by cell: values with their
/// number formats, then formulas (to find those without a stored result).
fn read_xlsx(path: &Path, bytes: &[u8], recalculate: bool) -> Result<Vec<Sheet>, Diagnostic> {
    let err = |e: XlsxError| unreadable(path, e);
    let mut book: Xlsx<_> = Reader::new(Cursor::new(bytes)).map_err(err)?;
    let mut count = Count { path, cells: 0 };
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let mut cells: BTreeMap<(u32, u32), Raw> = BTreeMap::new();
        let mut reader = match book.worksheet_cells_reader(&name) {
            Ok(r) => r,
            // A chart sheet holds no cells.
            Err(XlsxError::NotAWorksheet(_)) => continue,
            Err(e) => return Err(err(e)),
        };
        let percent: Vec<bool> = reader.styles().iter().map(is_percent).collect();
        while let Some((cell, style)) = reader.next_cell_with_style_id().map_err(err)? {
            let data = Data::from(cell.get_value().clone());
            if data != Data::Empty {
                count.one()?;
                let percent = percent.get(style).copied().unwrap_or(false);
                cells.insert(cell.get_position(), Raw::Value { data, percent });
            }
        }
        drop(reader);
        let mut reader = book.worksheet_cells_reader(&name).map_err(err)?;
        while let Some(record) = reader.next_cell_with_formula().map_err(err)? {
            let Some(formula) = record.formula else { continue };
            // No `<v>` at all is no result; an empty text (`=IF(C2="";"";…)`)
            // is one, read as a blank cell, unless every result is a placeholder.
            if matches!(Data::from(record.value), Data::Empty) || recalculate {
                if !cells.contains_key(&record.pos) {
                    count.one()?;
                }
                cells.insert(record.pos, Raw::NoResult { formula: as_written(&formula) });
            }
        }
        drop(reader);
        let merged = book.merge_cells_by_sheet_name(&name).map_err(err)?;
        fill_merged(&mut cells, &merged, &mut count)?;
        sheets.push(by_rows(name, cells));
    }
    Ok(sheets)
}

/// Merged cells as the sheet shows them: a unit, indicator or sasaran typed
/// once and merged down over its twelve month rows reads on every row, as
/// the planner sees it, not on the first alone with the rest blank. Only
/// down its first column: a heading merged across two columns names one.
fn fill_merged(
    cells: &mut BTreeMap<(u32, u32), Raw>,
    merged: &[calamine::Dimensions],
    count: &mut Count<'_>,
) -> Result<(), Diagnostic> {
    for region in merged {
        let Some(Raw::Value { data, percent }) = cells.get(&region.start) else { continue };
        let (data, percent) = (data.clone(), *percent);
        for row in region.start.0 + 1..=region.end.0 {
            if let std::collections::btree_map::Entry::Vacant(cell) = cells.entry((row, region.start.1)) {
                count.one()?;
                cell.insert(Raw::Value { data: data.clone(), percent });
            }
        }
    }
    Ok(())
}

/// An `.ods` workbook, through calamine's common reader (it lays each sheet
/// out whole, capping what it lays out; the unpacked size is checked first).
fn read_sheets<'b, R>(path: &Path, bytes: &'b [u8]) -> Result<Vec<Sheet>, Diagnostic>
where
    R: Reader<Cursor<&'b [u8]>>,
    R::Error: std::fmt::Display,
{
    let mut book = R::new(Cursor::new(bytes)).map_err(|e| unreadable(path, e))?;
    let mut count = Count { path, cells: 0 };
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| unreadable(path, e))?;
        let formulas = book.worksheet_formula(&name).unwrap_or_default();
        let mut cells: BTreeMap<(u32, u32), Raw> = BTreeMap::new();
        let (top, left) = range.start().unwrap_or((0, 0));
        for (r, c, data) in range.used_cells() {
            count.one()?;
            let pos = (top + r as u32, left + c as u32);
            cells.insert(pos, Raw::Value { data: data.clone(), percent: false });
        }
        let (ftop, fleft) = formulas.start().unwrap_or((0, 0));
        for (r, c, formula) in formulas.used_cells() {
            let pos = (ftop + r as u32, fleft + c as u32);
            if !cells.contains_key(&pos) && !formula.is_empty() {
                count.one()?;
                cells.insert(pos, Raw::NoResult { formula: as_written(formula) });
            }
        }
        sheets.push(by_rows(name, cells));
    }
    Ok(sheets)
}

/// A formula as the user typed it: `=` first, without ODF's `of:` namespace.
fn as_written(formula: &str) -> String {
    let formula = formula.strip_prefix("of:").unwrap_or(formula);
    format!("={}", formula.strip_prefix('=').unwrap_or(formula))
}

fn by_rows(name: String, cells: BTreeMap<(u32, u32), Raw>) -> Sheet {
    let mut rows: BTreeMap<u32, Vec<(u32, Raw)>> = BTreeMap::new();
    for ((r, c), raw) in cells {
        rows.entry(r).or_default().push((c, raw));
    }
    Sheet { name, rows }
}

/// The cells of sheet `name` whose number format shows a percentage, by
/// 0-based (row, column): a collection workbook's cell formatted `0,0%`
/// holds 0,975 for the 97,5% the team typed, as in a workbook plan.
#[cfg(feature = "cli")]
pub(crate) fn percent_cells<R: std::io::Read + std::io::Seek>(
    book: &mut Xlsx<R>,
    name: &str,
) -> std::collections::HashSet<(u32, u32)> {
    let mut out = std::collections::HashSet::new();
    let Ok(mut reader) = book.worksheet_cells_reader(name) else { return out };
    let percent: Vec<bool> = reader.styles().iter().map(is_percent).collect();
    while let Ok(Some((cell, style))) = reader.next_cell_with_style_id() {
        if percent.get(style).copied().unwrap_or(false) {
            out.insert(cell.get_position());
        }
    }
    out
}

/// Whether a cell style's number format shows a percentage: a `%` in its
/// first section, outside quotes and escapes (`0.00%`, `0%`, built-ins 9 and 10).
fn is_percent(style: &Style) -> bool {
    let Some(format) = &style.number_format else { return false };
    if matches!(format.format_id, Some(9 | 10)) {
        return true;
    }
    let (mut quoted, mut escaped) = (false, false);
    for c in format.format_code.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' | '_' | '*' => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => return false,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// The plans of a workbook's sheets of data; a sheet without a header row
/// is skipped with a warning, an empty one in silence.
fn plans_of(path: &Path, sheets: &[Sheet], numbers: Convention) -> Result<(Vec<Plan>, Vec<Diagnostic>), LoadError> {
    let mut rows = Rows::new(numbers);
    let mut fatal = Vec::new();
    let mut data_sheets = 0;
    for sheet in sheets {
        let name = sheet.name.as_str();
        if sheet.rows.is_empty() {
            continue;
        }
        let Some((header_row, texts)) = header_of(sheet) else {
            rows.warnings.push(
                Diagnostic::warning(Kind::WorkbookSheetSkipped { sheet: name.to_string() })
                    .with_span(Span::sheet(path, name)),
            );
            continue;
        };
        data_sheets += 1;
        let (first, last) = (texts[0].0, texts[texts.len() - 1].0);
        let mut header = vec![String::new(); (last - first + 1) as usize];
        for (c, t) in texts {
            header[(c - first) as usize] = t;
        }
        let at =
            |i: Option<usize>| Span::cell(path, name, header_row as usize + 1, (first as usize) + 1 + i.unwrap_or(0));
        let mut header = match read_header(&header, Source::Sheet(name), &at) {
            Ok(h) => h,
            Err(LoadError::Invalid(d)) => {
                fatal.extend(d);
                continue;
            }
            Err(e) => return Err(e),
        };
        rows.warnings.append(&mut header.warnings);
        let used: HashSet<usize> = header.used().collect();
        let period = header.column(Column::Period);
        for (&row, cells) in sheet.rows.range(header_row + 1..) {
            let mut line = vec![Cell::default(); (last - first + 1) as usize];
            // A cell that cannot be read fails the indicator of its row,
            // not the workbook: the other indicators are still evaluated.
            let mut bad = Vec::new();
            for (c, raw) in cells {
                let Some(i) = c.checked_sub(first).map(|i| i as usize).filter(|i| used.contains(i)) else {
                    continue;
                };
                let span = Span::cell(path, name, row as usize + 1, *c as usize + 1);
                match cell_of(raw, period == Some(i), &span) {
                    Ok((cell, warning)) => {
                        line[i] = cell;
                        rows.warnings.extend(warning);
                    }
                    Err(d) => bad.push(d),
                }
            }
            if bad.is_empty() && line.iter().all(|c| c.number.is_none() && c.text.trim().is_empty()) {
                continue;
            }
            let place = Place::Sheet { path, sheet: name, row: row as usize + 1, first_column: first as usize + 1 };
            rows.add_sheet_row(&header, &line, place, bad);
        }
    }
    if !fatal.is_empty() {
        return Err(LoadError::Invalid(fatal));
    }
    if data_sheets == 0 {
        let names: Vec<String> = sheets.iter().map(|s| format!("`{}`", s.name)).collect();
        let kind = Kind::WorkbookNoData { path: path.display().to_string(), sheets: names.join(", ") };
        return Err(LoadError::Invalid(vec![error(path, kind)]));
    }
    Ok(rows.finish())
}

/// How many non-empty rows from the top may hold a sheet's title before its
/// header row (`RENCANA KERJA TAHUNAN 2024`, the unit's name, a blank line).
const TITLE_ROWS: usize = 10;

/// The header row of a sheet of data and its non-blank cells: the first of
/// its top rows that names two columns or more (a one-cell title such as
/// `Indikator Kinerja` is no header). `None`: the sheet is no data.
fn header_of(sheet: &Sheet) -> Option<(u32, Vec<(u32, String)>)> {
    sheet.rows.iter().take(TITLE_ROWS + 1).find_map(|(&row, cells)| {
        let texts: Vec<(u32, String)> =
            cells.iter().map(|(c, raw)| (*c, header_text(raw))).filter(|(_, t)| !t.trim().is_empty()).collect();
        (texts.iter().filter(|(_, t)| is_column(t)).count() >= 2).then_some((row, texts))
    })
}

/// A header cell's text (a number as written: a year heading `2024`).
fn header_text(raw: &Raw) -> String {
    match raw {
        Raw::Value { data: Data::String(s), .. } => s.trim().to_string(),
        Raw::Value { data, .. } => data.to_string(),
        Raw::NoResult { .. } => String::new(),
    }
}

/// A data cell as the row reader takes it, with a warning for a float that
/// kept too few digits; a formula without a result is an error.
fn cell_of(raw: &Raw, period: bool, span: &Span) -> Result<(Cell, Option<Diagnostic>), Diagnostic> {
    let (data, percent) = match raw {
        Raw::Value { data, percent } => (data, *percent),
        Raw::NoResult { formula } => {
            let kind = Kind::WorkbookFormulaNoValue { formula: formula.clone() };
            return Err(Diagnostic::error(kind).with_span(span.clone()));
        }
    };
    let text = |t: String| Cell { text: t.trim().to_string(), ..Cell::default() };
    let cell = match data {
        Data::Int(i) => number(Decimal::from(*i), percent, span)?,
        Data::Float(f) if f.is_finite() => {
            let (value, warning) = float_value(*f, percent, span)?;
            return Ok((Cell { text: value.normalize().to_string(), number: Some(value), percent }, warning));
        }
        Data::Float(f) => text(f.to_string()),
        Data::String(s) => text(s.clone()),
        Data::Bool(b) => text(if *b { "TRUE" } else { "FALSE" }.to_string()),
        Data::DateTime(d) if d.is_datetime() => {
            let (y, m, day, h, min, s, ms) = d.to_ymd_hms_milli();
            text(date_text(i32::from(y), u32::from(m), u32::from(day), (h, min, s, ms) == (0, 0, 0, 0), period))
        }
        Data::DateTime(d) => text(d.as_f64().to_string()),
        Data::DateTimeIso(s) => text(iso_date(s, period).unwrap_or_else(|| s.clone())),
        Data::DurationIso(s) => text(s.clone()),
        // `#DIV/0!` and its kind read as text: the number reader says it is no number, under the cell.
        Data::Error(e) => text(e.to_string()),
        Data::Empty => Cell::default(),
    };
    Ok((cell, None))
}

/// A number cell's value; a percent-formatted one as the percentage it shows.
fn number(value: Decimal, percent: bool, span: &Span) -> Result<Cell, Diagnostic> {
    let value = shown_value(value, percent, span)?;
    Ok(Cell { text: value.normalize().to_string(), number: Some(value), percent })
}

/// The value a cell shows: a percent-formatted cell holds the fraction
/// (0,9761 for the 97,61% it shows), and the percentage is what was typed.
fn shown_value(value: Decimal, percent: bool, span: &Span) -> Result<Decimal, Diagnostic> {
    if !percent {
        return Ok(value);
    }
    value
        .checked_mul(Decimal::ONE_HUNDRED)
        .ok_or_else(|| Diagnostic::error(Kind::NumberOutOfRange { text: format!("{value}%") }).with_span(span.clone()))
}

/// A spreadsheet's number cell as an exact decimal, for a workbook plan and
/// a filled collection workbook alike: Rust writes a float as the shortest
/// text that reads back as the same float — the number the cell shows, not
/// its binary tail — and that text is read exactly, never kept as a float.
/// More than 15 significant digits is a warning: the spreadsheet has already
/// lost some (typed as text it would not have).
pub(crate) fn float_value(f: f64, percent: bool, span: &Span) -> Result<(Decimal, Option<Diagnostic>), Diagnostic> {
    let written = format!("{f}");
    let value = Decimal::from_str_exact(&written)
        .map_err(|_| Diagnostic::error(Kind::NumberOutOfRange { text: written.clone() }).with_span(span.clone()))?;
    let digits = significant_digits(&written);
    let warning = (digits > FLOAT_DIGITS).then(|| {
        Diagnostic::warning(Kind::WorkbookFloatDigits { text: written.clone(), digits: digits.to_string() })
            .with_span(span.clone())
    });
    Ok((shown_value(value, percent, span)?, warning))
}

/// Digits from the first non-zero one to the last non-zero one
/// (`0.30000000000000004` has 17, `1152699` has 7, `1500000` has 2).
fn significant_digits(text: &str) -> usize {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// A date cell: in the period column the month it names when it is the
/// month's first or last day at midnight (how a sheet types `Jun 2024`),
/// else the date, which the period reader refuses under the cell.
fn date_text(year: i32, month: u32, day: u32, midnight: bool, period: bool) -> String {
    let last = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if period && midnight && (day == 1 || day == last) {
        format!("{year:04}-{month:02}")
    } else {
        format!("{year:04}-{month:02}-{day:02}")
    }
}

/// An ISO date of an `.ods` cell (`2024-06-01`, `2024-06-01T00:00:00`).
fn iso_date(text: &str, period: bool) -> Option<String> {
    let (date, time) = text.split_once('T').unwrap_or((text, ""));
    let mut parts = date.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    let midnight = time.trim_start_matches(['0', ':', '.']).is_empty();
    Some(date_text(year, month, day, midnight, period))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn significant_digits_ignore_leading_and_trailing_zeros() {
        assert_eq!(significant_digits("0.30000000000000004"), 17);
        assert_eq!(significant_digits("1152699"), 7);
        assert_eq!(significant_digits("1500000"), 2);
        assert_eq!(significant_digits("-0.9761"), 4);
        assert_eq!(significant_digits("0"), 0);
    }

    #[test]
    fn a_month_in_the_period_column_is_its_first_or_last_day() {
        assert_eq!(date_text(2024, 6, 1, true, true), "2024-06");
        assert_eq!(date_text(2024, 2, 29, true, true), "2024-02");
        assert_eq!(date_text(2023, 2, 28, true, true), "2023-02");
        assert_eq!(date_text(2024, 6, 15, true, true), "2024-06-15");
        assert_eq!(date_text(2024, 6, 1, false, true), "2024-06-01");
        assert_eq!(date_text(2024, 6, 1, true, false), "2024-06-01");
        assert_eq!(iso_date("2024-06-30T00:00:00", true).as_deref(), Some("2024-06"));
        assert_eq!(iso_date("junk", true), None);
    }
}
