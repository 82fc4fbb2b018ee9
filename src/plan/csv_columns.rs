//! The columns of a CSV file or a sheet of plan rows: their names in
//! English and Indonesian, and the header that says where each one is.
//!
//! A known column is a [`Column`], not its name: a row's cell is found by
//! the header's slot for it (an array index), so a file of 100 000 rows
//! hashes no column name per row.

use super::LoadError;
use crate::diagnostic::{Diagnostic, Kind, Span, Text, suggest};

/// A column capaian reads; the order is that of [`COLUMNS`] (the required
/// ones first), the order in which messages list them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Unit,
    Indicator,
    Target,
    Realisasi,
    Name,
    Satuan,
    Polarity,
    Period,
    Rule,
    Decimals,
    Rounding,
    Aggregation,
    Sasaran,
    SasaranId,
    Parent,
    Program,
    ProgramKode,
    Tim,
    Scale,
    Pagu,
    RealisasiAnggaran,
    Numbers,
    Bobot,
    Pembilang,
    Penyebut,
}

/// How many columns capaian reads.
pub(super) const COLUMN_COUNT: usize = 25;

/// Every column and its name, in [`Column`]'s order.
const COLUMNS: [(Column, &str); COLUMN_COUNT] = [
    (Column::Unit, "unit"),
    (Column::Indicator, "indicator"),
    (Column::Target, "target"),
    (Column::Realisasi, "realisasi"),
    (Column::Name, "name"),
    (Column::Satuan, "satuan"),
    (Column::Polarity, "polarity"),
    (Column::Period, "period"),
    (Column::Rule, "rule"),
    (Column::Decimals, "decimals"),
    (Column::Rounding, "rounding"),
    (Column::Aggregation, "aggregation"),
    (Column::Sasaran, "sasaran"),
    (Column::SasaranId, "sasaran_id"),
    (Column::Parent, "parent"),
    (Column::Program, "program"),
    (Column::ProgramKode, "program_kode"),
    (Column::Tim, "tim"),
    (Column::Scale, "scale"),
    (Column::Pagu, "pagu"),
    (Column::RealisasiAnggaran, "realisasi_anggaran"),
    (Column::Numbers, "numbers"),
    (Column::Bobot, "bobot"),
    (Column::Pembilang, "pembilang"),
    (Column::Penyebut, "penyebut"),
];

/// The columns every file must have: the first four of [`COLUMNS`].
const REQUIRED: usize = 4;

impl Column {
    /// The column's English name, as messages and `docs/` write it.
    pub(crate) fn name(self) -> &'static str {
        COLUMNS[self as usize].1
    }

    /// The names of the required columns.
    pub(super) fn required_names() -> impl Iterator<Item = &'static str> {
        COLUMNS[..REQUIRED].iter().map(|(_, n)| *n)
    }

    /// The names of every column read.
    fn all_names() -> impl Iterator<Item = &'static str> {
        COLUMNS.iter().map(|(_, n)| *n)
    }
}

/// A column `param.NAME` sets the rule parameter NAME, as TOML's `params`.
pub(super) const PARAM_PREFIX: &str = "param.";

/// Column names planners write in Indonesian sheets, read as the English
/// ones: (alias, column). Compared ignoring case, blanks and `_`.
const ALIASES: &[(&str, Column)] = &[
    ("unit kerja", Column::Unit),
    ("satker", Column::Unit),
    ("indikator", Column::Indicator),
    ("kode indikator", Column::Indicator),
    ("nama", Column::Name),
    ("nama indikator", Column::Name),
    ("periode", Column::Period),
    ("polaritas", Column::Polarity),
    ("aturan", Column::Rule),
    ("desimal", Column::Decimals),
    ("pembulatan", Column::Rounding),
    ("agregasi", Column::Aggregation),
    ("skala", Column::Scale),
    ("penanggung jawab", Column::Tim),
    ("tim kerja", Column::Tim),
    ("pagu anggaran", Column::Pagu),
    ("anggaran", Column::Pagu),
    ("konvensi angka", Column::Numbers),
    ("id sasaran", Column::SasaranId),
    ("kode sasaran", Column::SasaranId),
    ("induk", Column::Parent),
    ("kode program", Column::ProgramKode),
];

/// A header folded for comparing (case, blanks and `_` ignored), without
/// allocating: repeated headers are looked for on every row.
fn fold(s: &str) -> impl Iterator<Item = char> + '_ {
    s.trim().trim_start_matches('\u{feff}').chars().filter(|c| !matches!(c, '_' | ' ')).flat_map(char::to_lowercase)
}

/// Whether `header` names `column`, in English or Indonesian.
pub(super) fn names_column(header: &str, column: Column) -> bool {
    // Every name is letters, blanks and `_`: any other ASCII character
    // (a digit, `-`, `.`) folds to itself and fits none. Most cells are
    // data, so this answers them before any folding.
    if header.bytes().any(|b| b.is_ascii() && !(b.is_ascii_alphabetic() || b.is_ascii_whitespace() || b == b'_')) {
        return false;
    }
    std::iter::once(column.name())
        .chain(ALIASES.iter().filter(|(_, c)| *c == column).map(|(a, _)| *a))
        .any(|name| fold(name).eq(fold(header)))
}

/// The column a header names, in English or Indonesian.
pub(crate) fn column_of(header: &str) -> Option<Column> {
    COLUMNS
        .iter()
        .map(|(c, name)| (*c, *name))
        .chain(ALIASES.iter().map(|(name, c)| (*c, *name)))
        .find(|(_, name)| fold(name).eq(fold(header)))
        .map(|(c, _)| c)
}

/// The name of the column a header names, in English or Indonesian (for
/// `collect`, which reads a plan's CSV columns by name).
#[cfg(feature = "cli")]
pub(crate) fn column_name(header: &str) -> Option<&'static str> {
    column_of(header).map(Column::name)
}

/// Whether a header cell names a column capaian reads (a sheet whose first
/// row names none is no plan data: instructions, a cover page).
pub(super) fn is_column(header: &str) -> bool {
    header.trim().strip_prefix(PARAM_PREFIX).is_some_and(|p| !p.trim().is_empty()) || column_of(header).is_some()
}

/// What the header cells are in, for messages that name it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Source<'a> {
    Csv,
    /// A sheet of a workbook, by name.
    Sheet(&'a str),
}

/// The columns of a CSV file or sheet: where each known one is and the
/// rule parameters.
pub(super) struct Header {
    /// The position of each known column, indexed by [`Column`].
    slots: [Option<usize>; COLUMN_COUNT],
    /// `param.NAME` columns: (NAME, position).
    pub(super) params: Vec<(String, usize)>,
    pub(super) warnings: Vec<Diagnostic>,
}

impl Header {
    /// The position of a known column.
    pub(super) fn column(&self, column: Column) -> Option<usize> {
        self.slots[column as usize]
    }

    /// The text of each known column of a row, `""` for a column the file
    /// does not have; `text` gives the text at a position.
    pub(super) fn texts<'a>(&self, text: impl Fn(usize) -> &'a str) -> [&'a str; COLUMN_COUNT] {
        let mut texts = [""; COLUMN_COUNT];
        for (c, slot) in self.slots.iter().enumerate() {
            if let Some(i) = slot {
                texts[c] = text(*i);
            }
        }
        texts
    }

    /// The positions of the columns read (known ones and parameters).
    pub(super) fn used(&self) -> impl Iterator<Item = usize> + '_ {
        self.slots.iter().flatten().copied().chain(self.params.iter().map(|(_, i)| *i))
    }
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
    let mut slots = [None; COLUMN_COUNT];
    let mut params: Vec<(String, usize)> = Vec::new();
    let mut fatal = Vec::new();
    let mut warnings = Vec::new();
    let known: Vec<&'static str> = Column::all_names().collect();
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
        match column_of(&name) {
            Some(k) => {
                if slots[k as usize].replace(i).is_some() {
                    let kind = Kind::CsvDuplicateColumn { name: k.name().to_string() };
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
    let required: Vec<&str> = Column::required_names().collect();
    for (column, r) in &COLUMNS[..REQUIRED] {
        if slots[*column as usize].is_none() {
            let kind = match source {
                Source::Csv => Kind::CsvMissingColumn { name: r.to_string() },
                Source::Sheet(sheet) => Kind::WorkbookMissingColumn { sheet: sheet.to_string(), name: r.to_string() },
            };
            fatal.push(
                Diagnostic::error(kind)
                    .with_span(span(None))
                    .with_help(Text::CsvRequiredColumns { columns: required.join(", ") }),
            );
        }
    }
    if fatal.is_empty() { Ok(Header { slots, params, warnings }) } else { Err(LoadError::Invalid(fatal)) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_in_their_enum_order() {
        for (i, (column, _)) in COLUMNS.iter().enumerate() {
            assert_eq!(*column as usize, i, "{column:?}");
        }
    }

    #[test]
    fn names_and_aliases_are_read_folded() {
        assert_eq!(column_of("Realisasi_Anggaran"), Some(Column::RealisasiAnggaran));
        assert_eq!(column_of("\u{feff}Unit Kerja"), Some(Column::Unit));
        assert_eq!(column_of("kode  indikator"), Some(Column::Indicator));
        assert_eq!(column_of("target2"), None);
        assert_eq!(column_of("SATKER").map(Column::name), Some("unit"));
    }

    #[test]
    fn only_a_column_name_repeats_the_header() {
        assert!(names_column("Unit Kerja", Column::Unit));
        assert!(names_column(" INDIKATOR ", Column::Indicator));
        assert!(names_column("kode_indikator", Column::Indicator));
        // The Kelvin sign folds to an ASCII `k`: not every non-ASCII cell is data.
        assert!(names_column("\u{212a}ode indikator", Column::Indicator));
        assert!(!names_column("unit-00001", Column::Unit));
        assert!(!names_column("IKU-1", Column::Indicator));
        assert!(!names_column("unit", Column::Indicator));
        assert!(!names_column("", Column::Unit));
    }
}
