//! The records of a CSV text, read by `csv_core` straight from the text
//! into one reused buffer.
//!
//! The `csv` crate's reader built its parser for every file: about 273 000
//! instructions, a second of a national run of 20 560 files. Each thread
//! keeps the parsers it built, one per delimiter, and resets one for the
//! next file (`csv_core`'s `Clone` does not copy a built parser).
//! The records are those the `csv` crate's reader gives, with `flexible`
//! and headers read first: the same parser, fed the same bytes, a leading
//! UTF-8 BOM dropped, each record placed where the `csv` crate placed it.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};
use std::cell::RefCell;
use std::ops::Range;

thread_local! {
    /// The parsers this thread built and is not using, by delimiter.
    static PARSERS: RefCell<Vec<(u8, Reader)>> = const { RefCell::new(Vec::new()) };
}

/// A parser reading `delimiter`-separated records as a fresh `csv` reader
/// does (double quotes, no escape character, no comments): one this thread
/// built before, reset, or a new one.
fn take_parser(delimiter: u8) -> Reader {
    let kept = PARSERS.with(|p| {
        let mut parsers = p.borrow_mut();
        let at = parsers.iter().position(|(d, _)| *d == delimiter)?;
        Some(parsers.swap_remove(at).1)
    });
    match kept {
        Some(mut parser) => {
            parser.reset();
            parser
        }
        None => ReaderBuilder::new().delimiter(delimiter).build(),
    }
}

/// Keeps a parser for this thread's next file.
fn keep_parser(delimiter: u8, parser: Reader) {
    PARSERS.with(|p| p.borrow_mut().push((delimiter, parser)));
}

/// One record: its fields unescaped, one after another, and where each ends.
#[derive(Clone, Copy)]
pub(super) struct Record<'a> {
    fields: &'a str,
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    /// How many fields the record has.
    pub(super) fn len(self) -> usize {
        self.ends.len()
    }

    /// Field `i`, unescaped.
    #[inline]
    pub(super) fn get(self, i: usize) -> Option<&'a str> {
        self.range(i).and_then(|r| self.fields.get(r))
    }

    /// Where field `i` lies in [`Record::as_slice`].
    #[inline]
    pub(super) fn range(self, i: usize) -> Option<Range<usize>> {
        let end = *self.ends.get(i)?;
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p]);
        Some(start..end)
    }

    /// Every field, one after another.
    pub(super) fn as_slice(self) -> &'a str {
        self.fields
    }

    /// The fields in order.
    pub(super) fn iter(self) -> impl Iterator<Item = &'a str> {
        (0..self.len()).map(move |i| self.get(i).unwrap_or(""))
    }
}

/// The records of a text, one at a time, each in the reader's buffer until
/// the next is read.
pub(super) struct Records<'t> {
    text: &'t [u8],
    /// The bytes of `text` read so far.
    at: usize,
    delimiter: u8,
    /// Given back to the thread when the records are dropped.
    parser: Option<Reader>,
    fields: Vec<u8>,
    ends: Vec<usize>,
    done: bool,
}

impl<'t> Records<'t> {
    /// The records of `text`, fields separated by `delimiter`.
    pub(super) fn new(text: &'t str, delimiter: u8) -> Records<'t> {
        Records {
            text: text.as_bytes(),
            at: 0,
            delimiter,
            parser: Some(take_parser(delimiter)),
            fields: vec![0; 1024],
            ends: vec![0; 32],
            done: false,
        }
    }

    /// Reads the next record; `Ok(None)` after the last. The byte it is
    /// placed at is [`Records::start`]. A record that is not UTF-8 (which a
    /// text cannot hold: only ASCII quotes are taken out of it) is an error.
    pub(super) fn read(&mut self) -> Result<Option<Record<'_>>, std::str::Utf8Error> {
        let Some(parser) = self.parser.as_mut().filter(|_| !self.done) else { return Ok(None) };
        let (mut outlen, mut endlen) = (0, 0);
        loop {
            let input = self.text.get(self.at..).unwrap_or_default();
            let (res, nin, nout, nend) =
                parser.read_record(input, &mut self.fields[outlen..], &mut self.ends[endlen..]);
            self.at += nin;
            outlen += nout;
            endlen += nend;
            match res {
                ReadRecordResult::InputEmpty => {}
                ReadRecordResult::OutputFull => self.fields.resize(self.fields.len().saturating_mul(2).max(4), 0),
                ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len().saturating_mul(2).max(4), 0),
                ReadRecordResult::Record => break,
                ReadRecordResult::End => {
                    self.done = true;
                    return Ok(None);
                }
            }
        }
        let fields = std::str::from_utf8(&self.fields[..outlen])?;
        Ok(Some(Record { fields, ends: &self.ends[..endlen] }))
    }

    /// The byte the next record is read from: where the `csv` crate places
    /// it, after the line ending of the record before (on its `\n` when the
    /// ending is `\r\n`) and before blank lines.
    pub(super) fn start(&self) -> usize {
        self.at
    }
}

impl Drop for Records<'_> {
    fn drop(&mut self) {
        if let Some(parser) = self.parser.take() {
            keep_parser(self.delimiter, parser);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record and its place, as the `csv` crate's reader gives them.
    fn with_csv(text: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut record = csv::StringRecord::new();
        let mut out = Vec::new();
        while reader.read_record(&mut record).unwrap() {
            let at = record.position().unwrap().byte() as usize;
            out.push((at, record.iter().map(str::to_string).collect()));
        }
        out
    }

    fn with_records(text: &str, delimiter: u8) -> Vec<(usize, Vec<String>)> {
        let mut records = Records::new(text, delimiter);
        let mut out = Vec::new();
        loop {
            let at = records.start();
            let Some(record) = records.read().unwrap() else { break };
            assert_eq!(record.as_slice().len(), record.range(record.len().saturating_sub(1)).map_or(0, |r| r.end));
            out.push((at, record.iter().map(str::to_string).collect()));
        }
        out
    }

    #[test]
    fn records_and_places_are_the_csv_crates() {
        let long = format!("u;{};x\n", "é".repeat(3000));
        let many = format!("{}\n", ";".repeat(100));
        let texts = [
            "",
            "\n\n",
            "\u{feff}unit;indicator\nu;IKU-1\n",
            "a;b\r\nc;d\r\n\r\ne;f",
            "a;b\rc;d\r\r",
            "a;\"b;\"\"c\"\"\nd\";e\nf;\"g\"h;\"i\n",
            "a;\"never closed\nb;c\n",
            "  \n;;\n ü ; – \n",
            long.as_str(),
            many.as_str(),
            "a,b;c\td\n",
        ];
        for text in texts {
            for delimiter in [b';', b',', b'\t'] {
                assert_eq!(with_records(text, delimiter), with_csv(text, delimiter), "{text:?}");
            }
        }
    }
}
