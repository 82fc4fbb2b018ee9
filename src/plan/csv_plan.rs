//! Reading indicator-periods from a CSV file (spreadsheet exports): the
//! delimiter, the header, each record into [`Rows`] (which a sheet of a
//! workbook goes through too), and where a field lies on its line.
//!
//! One record is read into one reused buffer and its cells stay there:
//! nothing of a row is copied unless the row's indicator keeps it.

use super::LoadError;
use super::csv_columns::{Column, Source, read_header};
use super::csv_records::{Record, Records};
use super::rows::{Cells, Place, RowCells, Rows};
use crate::diagnostic::{Diagnostic, Kind, LineIndex, Span, Text};
use crate::model::Plan;
use crate::number::Convention;
use std::path::Path;

/// Reads a whole CSV file into one plan per unit.
pub fn read_csv_plans(path: &Path, text: &str, numbers: Convention) -> Result<(Vec<Plan>, Vec<Diagnostic>), LoadError> {
    if text.trim().is_empty() {
        let columns = Column::required_names().collect::<Vec<_>>().join(",");
        return Err(LoadError::Invalid(vec![
            Diagnostic::error(Kind::CsvEmpty).with_span(Span::file(path)).with_help(Text::CsvFirstLine { columns }),
        ]));
    }
    let delimiter = sniff_delimiter(text);
    let lines = LineIndex::new(path, text);
    let mut records = Records::new(text, delimiter);
    // A record is placed at the byte it is read from; only a text that is
    // not UTF-8 could fail, which a `str` never is.
    let row_error = |e: std::str::Utf8Error, at: usize| {
        let line = lines.line_of(skip_line_ends(text, at));
        LoadError::Invalid(vec![
            Diagnostic::error(Kind::CsvRow { reason: e.to_string() }).with_span(lines.at(line, 1, 1)),
        ])
    };
    let header_cells: Vec<String> = match records.read() {
        Ok(header) => header.map(|h| h.iter().map(str::to_string).collect()).unwrap_or_default(),
        Err(e) => {
            return Err(LoadError::Invalid(vec![
                Diagnostic::error(Kind::CsvHeader { reason: e.to_string() }).with_span(Span::file(path)),
            ]));
        }
    };
    let mut header = read_header(&header_cells, Source::Csv, &|_| lines.at(1, 1, 1))?;
    let mut rows = Rows::new(numbers);
    rows.warnings.append(&mut header.warnings);
    let mut last_start = None;
    loop {
        // Lines are found from the record's byte offset: the csv crate's own
        // line count is off by one in files with Windows line endings.
        let start = records.start();
        let record = match records.read() {
            Ok(Some(record)) => record,
            Ok(None) => break,
            Err(e) => return Err(row_error(e, start)),
        };
        last_start = Some(start);
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = lines.line_of(skip_line_ends(text, start));
        let plain = is_plain(lines.line_text(line), record);
        let place = Place::Line { lines: &lines, line, delimiter, record, plain };
        let cells = Cells::new(&header, RowCells::Record(record), place);
        if rows.repeats_header(&cells) {
            continue;
        }
        // A short or long row means shifted cells: reading it by position
        // would put numbers in the wrong columns. (A quote never closed
        // makes one too, in the last row; the file is refused below.)
        let mut shifted = None;
        if record.len() != header_cells.len() {
            let kind = Kind::CsvCellCount { cells: record.len().to_string(), header: header_cells.len().to_string() };
            shifted = Some(Diagnostic::error(kind).with_span(cells.line_span()).with_help(Text::CsvOneCellPerColumn));
        }
        rows.add(&cells, shifted);
    }
    // A quote never closed swallows the rest of the file into one field of
    // the last record, which the csv crate ends at the end of the file
    // (`…;"5` is read as 5): nothing after the quote can be trusted.
    if let Some(at) = last_start.and_then(|start| unclosed_quote(text, skip_line_ends(text, start), delimiter)) {
        let line = lines.line_of(at);
        let column =
            lines.line_text(line).get(..at.saturating_sub(lines.line_start(line))).map_or(1, |s| s.chars().count() + 1);
        return Err(LoadError::Invalid(vec![
            Diagnostic::error(Kind::CsvUnclosedQuote)
                .with_span(lines.at(line, column, 1))
                .with_help(Text::CsvUnclosedQuote),
        ]));
    }
    Ok(rows.finish())
}

/// Where the quote opening a field of the record starting at `start` is,
/// when the text ends inside it. A quote opens a field only as its first
/// character; inside, `""` is a quote and `"` closes it.
fn unclosed_quote(text: &str, start: usize, delimiter: u8) -> Option<usize> {
    let bytes = text.as_bytes();
    let (mut open, mut field_start, mut at) = (None, true, start);
    while let Some(&b) = bytes.get(at) {
        match open {
            Some(_) if b == b'"' && bytes.get(at + 1) == Some(&b'"') => at += 1,
            Some(_) if b == b'"' => {
                open = None;
                field_start = false;
            }
            Some(_) => {}
            None if b == b'"' && field_start => open = Some(at),
            None => field_start = b == delimiter || b == b'\n' || b == b'\r',
        }
        at += 1;
    }
    open
}

/// The csv crate places a record after a `\r` of a Windows line ending, on
/// the `\n`: the record starts after both.
fn skip_line_ends(text: &str, mut at: usize) -> usize {
    while matches!(text.as_bytes().get(at), Some(b'\r' | b'\n')) {
        at += 1;
    }
    at
}

/// Where field `index` of `record` lies on its `line`: a line without
/// quotes that the record holds whole has its fields there verbatim, one
/// delimiter apart, so the reader's own ranges place them without walking
/// the line; any other line is walked ([`field_column`]).
pub(super) fn record_field_column(
    line: &str,
    delimiter: u8,
    record: Record<'_>,
    index: usize,
) -> Option<(usize, usize)> {
    let whole = record.as_slice().len() + record.len().saturating_sub(1) == line.len();
    if whole && !line.as_bytes().contains(&b'"') {
        return record.range(index).map(|r| measure_field(line, r.start + index, r.end + index));
    }
    field_column(line, delimiter, index)
}

/// The character column (1-based) and length of field `index`'s value on
/// a CSV line (inside quotes, without surrounding blanks); `None` past the
/// line's last field, as for a quoted field spanning lines, which ends the
/// line. Found only for a cell a span is made for, most never are. The
/// delimiter is ASCII (`sniff_delimiter`), as `"` is, so the line is walked
/// by bytes: in UTF-8 no byte of another character equals either.
fn field_column(line: &str, delimiter: u8, index: usize) -> Option<(usize, usize)> {
    // Most lines quote nothing: their fields lie between delimiters.
    let bytes = line.as_bytes();
    if !bytes.contains(&b'"') {
        let next = |from: usize| bytes[from..].iter().position(|b| *b == delimiter).map(|at| from + at);
        let mut start = 0;
        for _ in 0..index {
            start = next(start)? + 1;
        }
        return Some(measure_field(line, start, next(start).unwrap_or(bytes.len())));
    }
    let (mut field, mut start, mut quoted) = (0, 0, false);
    for (at, b) in line.bytes().enumerate() {
        if b == delimiter && !quoted {
            if field == index {
                return Some(measure_field(line, start, at));
            }
            (field, start, quoted) = (field + 1, at + 1, false);
        } else if b == b'"' {
            quoted = !quoted;
        }
    }
    (field == index).then(|| measure_field(line, start, line.len()))
}

/// Whether `line` is `record`'s fields as they are, one delimiter apart:
/// ASCII and without quotes, so that a field's place is found from the
/// record alone ([`plain_field_column`]).
pub(super) fn is_plain(line: &str, record: Record<'_>) -> bool {
    record.as_slice().len() + record.len().saturating_sub(1) == line.len()
        && line.bytes().all(|b| b.is_ascii() && b != b'"')
}

/// [`record_field_column`] on a line [`is_plain`]: a character is a byte,
/// and field `index` starts `index` delimiters after its start in the record.
pub(super) fn plain_field_column(record: Record<'_>, index: usize) -> Option<(usize, usize)> {
    let field = record.get(index)?.as_bytes();
    // The blanks of `char::is_whitespace` that are ASCII.
    let blank = |b: &&u8| matches!(**b, b'\t'..=b'\r' | b' ');
    let lead = field.iter().take_while(blank).count();
    let trail = field[lead..].iter().rev().take_while(blank).count();
    let start = record.range(index)?.start + index;
    Some((start + lead + 1, field.len() - lead - trail))
}

/// The column and length of the value of the field at bytes `start..end`.
fn measure_field(line: &str, start: usize, end: usize) -> (usize, usize) {
    let field = &line[start..end];
    let edge = |c: char| c.is_whitespace() || c == '"';
    let rest = field.trim_start_matches(edge);
    let lead = field[..field.len() - rest.len()].chars().count();
    let trail = rest.chars().rev().take_while(|c| edge(*c)).count();
    let column = line[..start].chars().count() + lead + 1;
    (column, field.chars().count().saturating_sub(lead + trail))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field's place at once, as rows were once placed: the oracle
    /// [`field_column`] must agree with.
    fn all_fields(line: &str, delimiter: u8) -> Vec<(usize, usize)> {
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

    #[test]
    fn each_field_is_placed_as_all_fields_at_once_place_it() {
        let lines = [
            "",
            "u;IKU-1;Nama;%;naik;2024-01;10;7,30",
            "u;IKU-1;;",
            ";",
            "  u ; \" IKU 1 \" ;x",
            "u;\"a;b\";c",
            "u;\"never closed;x;y",
            "ünit;ïndikator;  – ;97,61 %",
            "\"\";\"\"\"\";  ",
            "u,IKU,\"1.152.699\",\"0,99\"",
            "u\tIKU\t 5 ",
        ];
        for line in lines {
            for delimiter in [b';', b',', b'\t'] {
                let all = all_fields(line, delimiter);
                for i in 0..all.len() + 2 {
                    assert_eq!(field_column(line, delimiter, i), all.get(i).copied(), "{line:?} field {i}");
                }
            }
        }
    }

    #[test]
    fn fields_are_placed_from_the_record_as_on_the_line() {
        let text =
            "u;IKU-1;Nama;%;naik;2024-01;10;7,30\n  u ; IKU 1 ;x;\nu;\"a;b\";c\nü;ï; – ;97,61 %\r\na;b\rc;d\n;;\n";
        let lines = LineIndex::new(Path::new("f.csv"), text);
        let mut records = Records::new(text, b';');
        let (mut checked, mut plain) = (0, 0);
        loop {
            let start = records.start();
            let Some(record) = records.read().unwrap() else { break };
            let line = lines.line_text(lines.line_of(skip_line_ends(text, start)));
            for i in 0..record.len() + 2 {
                let walked = field_column(line, b';', i);
                assert_eq!(record_field_column(line, b';', record, i), walked, "{line:?} field {i}");
                if is_plain(line, record) {
                    assert_eq!(plain_field_column(record, i), walked, "{line:?} field {i}");
                    plain += 1;
                }
                checked += usize::from(walked.is_some());
            }
        }
        assert!(checked > 20 && plain > 10, "{checked} {plain}");
    }

    #[test]
    fn the_delimiter_is_the_one_separating_the_header() {
        assert_eq!(sniff_delimiter("unit;indicator;target,x\n"), b';');
        assert_eq!(sniff_delimiter("unit\tindicator\ttarget\n"), b'\t');
        assert_eq!(sniff_delimiter("unit,indicator;x\n"), b',');
    }
}
