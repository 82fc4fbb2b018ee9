//! `CsvWriter`: the lines of a CSV report, written into one growing byte
//! buffer.
//!
//! The CSV of a national run is millions of lines of some thirty cells, most
//! of them short or empty. The csv crate's writer takes each field through
//! its general state machine (4,4 k instructions a line of 29 fields); here a cell is
//! written in place, where it ends up, and looked at once: a cell of
//! printable ASCII without the delimiter or a quote, nearly every cell, is
//! done after that one look. Anything else takes the general way.
//!
//! The bytes are the csv crate's, with its defaults (`QuoteStyle::Necessary`,
//! `\n` between records, quotes doubled): a field is quoted when it holds the
//! delimiter, a quote, CR or LF, and only then (spaces at either end are
//! not quoted); a line of nothing (one empty field) is written `""`. A unit
//! test compares the two on awkward fields.

use crate::diagnostic::escape_controls;
use crate::output::{is_formula, neutralise};
use std::ops::Range;

/// CSV lines being written.
pub(super) struct CsvWriter {
    out: Vec<u8>,
    delimiter: u8,
    /// The bytes a cell may hold and be written as it is: printable ASCII
    /// but the delimiter and the quote.
    plain: [bool; 256],
    /// Where the current line starts in `out`.
    line_start: usize,
    /// Whether a field of the current line is written (the next one needs a
    /// delimiter before it).
    in_line: bool,
}

impl CsvWriter {
    /// A writer of fields separated by `delimiter`, with room for about
    /// `capacity` bytes.
    pub(super) fn new(delimiter: u8, capacity: usize) -> CsvWriter {
        let mut plain = [false; 256];
        for b in b' '..=b'~' {
            plain[usize::from(b)] = b != b'"' && b != delimiter;
        }
        CsvWriter { out: Vec::with_capacity(capacity), delimiter, plain, line_start: 0, in_line: false }
    }

    /// A field as it is: quoted if it must be, nothing else (a header's
    /// names, cells of lines already written).
    pub(super) fn field(&mut self, text: &[u8]) {
        self.separate();
        self.write_quoted(text);
    }

    /// A line of fields as they are ([`CsvWriter::field`]).
    pub(super) fn record<'a>(&mut self, fields: impl IntoIterator<Item = &'a [u8]>) {
        for field in fields {
            self.field(field);
        }
        self.end_line();
    }

    /// A cell of a report, which `write` appends to the buffer it is given,
    /// and then shown as the report shows cells: text from a plan or a rule
    /// (`!made_here`) with its control characters written out
    /// ([`escape_controls`]), a formula neutralised ([`neutralise`]), and
    /// quoted if it must be. Returns where the cell's bytes lie in the
    /// buffer, for [`CsvWriter::repeat`].
    pub(super) fn cell(&mut self, made_here: bool, write: impl FnOnce(&mut Vec<u8>)) -> Range<usize> {
        self.separate();
        let start = self.out.len();
        write(&mut self.out);
        // Most cells of a national report are empty.
        if self.out.len() == start {
            return start..start;
        }
        let cell = &self.out[start..];
        // Printable ASCII has no control character to escape, and without
        // the delimiter or a quote (CR and LF are not printable) it is not
        // quoted: only a formula's `'` can be left to add.
        if self.is_plain(cell) {
            if is_formula(cell) {
                self.out.insert(start, b'\'');
            }
            return start..self.out.len();
        }
        let text = String::from_utf8_lossy(cell).into_owned();
        self.out.truncate(start);
        let shown = if made_here { neutralise(text.as_str()) } else { neutralise(escape_controls(&text, false)) };
        self.write_quoted(shown.as_bytes());
        start..self.out.len()
    }

    /// A cell capaian writes itself that can hold nothing to escape, quote
    /// or neutralise (a number, a period, one of its own names): `write`
    /// appends it and that is all.
    pub(super) fn safe(&mut self, write: impl FnOnce(&mut Vec<u8>)) {
        self.separate();
        write(&mut self.out);
    }

    /// `n` empty cells: their delimiters only.
    pub(super) fn empty(&mut self, n: usize) {
        if n == 0 {
            return;
        }
        let delimiters = n - usize::from(!self.in_line);
        self.out.resize(self.out.len() + delimiters, self.delimiter);
        self.in_line = true;
    }

    /// A cell whose bytes are those of a cell written before on a line not
    /// yet taken (`earlier`, as [`CsvWriter::cell`] returned it): a text the
    /// results share, written once and copied.
    pub(super) fn repeat(&mut self, earlier: Range<usize>) {
        self.separate();
        self.out.extend_from_within(earlier);
    }

    /// Ends the line.
    pub(super) fn end_line(&mut self) {
        // The csv crate writes a line of nothing as one empty quoted field,
        // so that it is read back as a record.
        if self.out.len() == self.line_start {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out.push(b'\n');
        self.line_start = self.out.len();
        self.in_line = false;
    }

    /// The bytes of the lines ended so far, leaving the writer empty.
    pub(super) fn take(&mut self) -> Vec<u8> {
        let rest = self.out.split_off(self.line_start);
        self.line_start = 0;
        std::mem::replace(&mut self.out, rest)
    }

    /// How many bytes are written.
    pub(super) fn len(&self) -> usize {
        self.out.len()
    }

    /// The lines written.
    pub(super) fn into_bytes(self) -> Vec<u8> {
        self.out
    }

    /// Whether every byte of `cell` is in `plain`: eight bytes at a time
    /// while there are eight (a byte below the space, at or above DEL, a
    /// quote or the delimiter among them sends the cell the general way),
    /// then by the table.
    fn is_plain(&self, cell: &[u8]) -> bool {
        const ONES: u64 = u64::from_ne_bytes([1; 8]);
        const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
        // Some byte of `x` is zero (exactly, for the whole word).
        let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
        let mut words = cell.chunks_exact(8);
        for word in &mut words {
            let mut bytes = [0; 8];
            bytes.copy_from_slice(word);
            let x = u64::from_ne_bytes(bytes);
            // Below the space, or with the high bit set.
            let outside = (x.wrapping_sub(ONES * 0x20) | x) & HIGHS;
            let special = zero(x ^ (ONES * 0x7f))
                | zero(x ^ (ONES * u64::from(b'"')))
                | zero(x ^ (ONES * u64::from(self.delimiter)));
            if outside | special != 0 {
                return false;
            }
        }
        words.remainder().iter().all(|&b| self.plain[usize::from(b)])
    }

    fn separate(&mut self) {
        if self.in_line {
            self.out.push(self.delimiter);
        }
        self.in_line = true;
    }

    /// Appends `text`, in quotes (its own doubled) if it holds the
    /// delimiter, a quote, CR or LF.
    fn write_quoted(&mut self, text: &[u8]) {
        let delimiter = self.delimiter;
        if !text.iter().any(|&b| b == delimiter || matches!(b, b'"' | b'\r' | b'\n')) {
            self.out.extend_from_slice(text);
            return;
        }
        self.out.reserve(text.len() + 2);
        self.out.push(b'"');
        for part in text.split_inclusive(|&b| b == b'"') {
            self.out.extend_from_slice(part);
            if part.ends_with(b"\"") {
                self.out.push(b'"');
            }
        }
        self.out.push(b'"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fields the csv crate quotes, doubles, leaves alone or writes as `""`.
    const AWKWARD: &[&str] = &[
        "",
        "plain",
        "a,b",
        "a;b",
        "say \"hi\"",
        "\"",
        "\"\"",
        "line1\nline2",
        "cr\rx",
        "crlf\r\nx",
        " lead",
        "trail ",
        " ",
        "tab\tx",
        "ctl\u{1}x",
        "del\u{7f}",
        "ünïcode, “quoted”",
        "bidi\u{202e}x",
        "=1+1",
        "-",
        "'",
        "#comment",
    ];

    /// What the csv crate writes for these lines.
    fn csv_crate(delimiter: u8, lines: &[Vec<&str>]) -> Vec<u8> {
        let mut w = csv::WriterBuilder::new().delimiter(delimiter).flexible(true).from_writer(Vec::new());
        for line in lines {
            w.write_record(line).unwrap();
        }
        w.into_inner().unwrap()
    }

    fn ours(delimiter: u8, lines: &[Vec<&str>]) -> Vec<u8> {
        let mut w = CsvWriter::new(delimiter, 0);
        for line in lines {
            w.record(line.iter().map(|f| f.as_bytes()));
        }
        w.into_bytes()
    }

    #[test]
    fn fields_are_written_as_the_csv_crate_writes_them() {
        for delimiter in [b',', b';', b'\t'] {
            // Each field alone (a line of one empty field included), each
            // beside another, and all of them on one line.
            let mut lines: Vec<Vec<&str>> = AWKWARD.iter().map(|f| vec![*f]).collect();
            lines.extend(AWKWARD.iter().map(|f| vec![*f, ""]));
            lines.extend(AWKWARD.iter().map(|f| vec!["", *f]));
            lines.push(AWKWARD.to_vec());
            lines.push(vec!["", ""]);
            let expected = csv_crate(delimiter, &lines);
            assert_eq!(
                String::from_utf8_lossy(&ours(delimiter, &lines)),
                String::from_utf8_lossy(&expected),
                "delimiter {:?}",
                char::from(delimiter)
            );
        }
    }

    /// A cell as the report wrote it before this writer: escaped (plan
    /// text), neutralised, then through the csv crate.
    fn cell_before(text: &str, made_here: bool) -> Vec<u8> {
        let escaped = if made_here { text.into() } else { escape_controls(text, false) };
        let mut w = csv::WriterBuilder::new().delimiter(b',').from_writer(Vec::new());
        w.write_record(["x", &*neutralise(escaped), "y"]).unwrap();
        w.into_inner().unwrap()
    }

    #[test]
    fn cells_are_escaped_neutralised_and_quoted_as_before() {
        let mut cells = AWKWARD.to_vec();
        cells.extend([
            "=HYPERLINK(\"x\")",
            "+cmd|x",
            "@SUM(A1)",
            "-minus",
            "-5",
            "+3.2",
            "-10–-5",
            "=a,b",
            "\tx",
            "\rx",
        ]);
        for made_here in [false, true] {
            for text in &cells {
                let mut w = CsvWriter::new(b',', 0);
                w.field(b"x");
                w.cell(made_here, |out| out.extend_from_slice(text.as_bytes()));
                w.field(b"y");
                w.end_line();
                assert_eq!(
                    String::from_utf8_lossy(&w.into_bytes()),
                    String::from_utf8_lossy(&cell_before(text, made_here)),
                    "{text:?}, made here: {made_here}"
                );
            }
        }
    }

    #[test]
    fn plain_cells_are_found_eight_bytes_at_a_time_as_byte_by_byte() {
        for delimiter in [b',', b';'] {
            let w = CsvWriter::new(delimiter, 0);
            for b in 0..=255u8 {
                for len in 1..20 {
                    for at in 0..len {
                        let mut cell = vec![b'a'; len];
                        cell[at] = b;
                        let expected = cell.iter().all(|&c| (b' '..=b'~').contains(&c) && c != b'"' && c != delimiter);
                        assert_eq!(w.is_plain(&cell), expected, "{b:#x} at {at} of {len}");
                    }
                }
            }
        }
    }

    #[test]
    fn taking_keeps_the_line_being_written() {
        let mut w = CsvWriter::new(b',', 0);
        w.field(b"a");
        w.end_line();
        w.field(b"b");
        assert_eq!(w.take(), b"a\n");
        w.field(b"c");
        w.end_line();
        assert_eq!(w.len(), 4);
        assert_eq!(w.into_bytes(), b"b,c\n");
    }
}
