//! The columns of a report, one list for the table and the CSV: the fixed
//! ten every report has, then the ones its results call for (satuan,
//! earlier years, budget, the rules' outputs), then the message. A column
//! is a machine name (the CSV header, as JSON's keys), a header in the
//! reader's language and how to write its cell.

use crate::diagnostic::Text;
use crate::eval::{IndicatorResult, OutputValue, Report};
use crate::lang::Lang;
use crate::model::Period;
use crate::model::REPORT_COLUMNS;
use crate::number::{Convention, Target, format_grouped_scaled, write_grouped, write_integer, write_plain};
use rust_decimal::Decimal;
use std::sync::Arc;

/// What a column shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum What {
    Unit,
    Indicator,
    Name,
    Period,
    Target,
    Realisasi,
    Capaian,
    Kategori,
    Status,
    Message,
    Sasaran,
    SasaranId,
    Satuan,
    Polarity,
    Value,
    Rule,
    RuleFile,
    Plan,
    PlanKind,
    PlanYear,
    PlanRevision,
    Pagu,
    RealisasiAnggaran,
    Penyerapan,
    EarlierRealisasi(i32),
    EarlierCapaian(i32),
    Trend,
    RenstraTarget,
    RenstraCapaian,
    Program,
    ProgramKode,
    Output(String),
}

impl What {
    /// Whether capaian writes the cell itself (numbers, periods, names of
    /// its own), so it never holds a control character from a plan or a rule.
    fn is_made_here(&self) -> bool {
        use What::*;
        matches!(
            self,
            Period
                | Target
                | Realisasi
                | Capaian
                | Status
                | Polarity
                | Value
                | PlanKind
                | PlanYear
                | PlanRevision
                | Pagu
                | RealisasiAnggaran
                | Penyerapan
                | EarlierRealisasi(_)
                | EarlierCapaian(_)
                | Trend
                | RenstraTarget
                | RenstraCapaian
        )
    }
}

/// Which of the figures and texts a result may lack some result of a
/// chunk has, one bit each: a column that none of them fills is written as
/// its delimiter alone, without asking each result.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Present(u32);

impl Present {
    const KATEGORI: u32 = 1;
    const SASARAN: u32 = 1 << 1;
    const SASARAN_ID: u32 = 1 << 2;
    const SATUAN: u32 = 1 << 3;
    const PROGRAM: u32 = 1 << 4;
    const PROGRAM_KODE: u32 = 1 << 5;
    const RULE_FILE: u32 = 1 << 6;
    const PLAN_KIND: u32 = 1 << 7;
    const PLAN_YEAR: u32 = 1 << 8;
    const PLAN_REVISION: u32 = 1 << 9;
    const BUDGET: u32 = 1 << 10;
    const TREND: u32 = 1 << 11;
    const RENSTRA: u32 = 1 << 12;
    const EARLIER: u32 = 1 << 13;
    const OUTPUTS: u32 = 1 << 14;

    /// What some result of `results` has.
    pub(super) fn of(results: &[IndicatorResult]) -> Present {
        let bit = |has: bool, bit: u32| if has { bit } else { 0 };
        Present(results.iter().fold(0, |present, r| {
            present
                | bit(r.kategori.is_some(), Self::KATEGORI)
                | bit(r.sasaran.is_some(), Self::SASARAN)
                | bit(r.sasaran_id.is_some(), Self::SASARAN_ID)
                | bit(r.satuan.is_some(), Self::SATUAN)
                | bit(r.program.is_some(), Self::PROGRAM)
                | bit(r.program.as_ref().is_some_and(|p| p.kode.is_some()), Self::PROGRAM_KODE)
                | bit(r.rule_file.is_some(), Self::RULE_FILE)
                | bit(r.plan_info.kind.is_some(), Self::PLAN_KIND)
                | bit(r.plan_info.year.is_some(), Self::PLAN_YEAR)
                | bit(r.plan_info.revision.is_some(), Self::PLAN_REVISION)
                | bit(r.budget.is_some(), Self::BUDGET)
                | bit(r.trend.is_some(), Self::TREND)
                | bit(r.renstra.is_some(), Self::RENSTRA)
                | bit(!r.earlier.is_empty(), Self::EARLIER)
                | bit(!r.outputs.is_empty(), Self::OUTPUTS)
        }))
    }
}

/// How the CSV writes a column's cells, decided once per chunk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CsvCell {
    /// No result of the chunk fills it: every cell is empty.
    Empty,
    /// capaian writes it, and it never holds a delimiter, a quote, a line
    /// break, a control character or a formula's first character: numbers
    /// (a ratio's `1:` too), periods, years and the names of its own.
    Safe,
    /// A text results share with their plan or indicator
    /// ([`Column::shared`]), escaped and quoted as it must be.
    Shared,
    /// Anything else: escaped (`!made_here`), neutralised and quoted as it
    /// must be.
    Checked { made_here: bool },
}

/// One column: its machine name, what it shows, whether it is a number
/// (right-aligned) and whether a narrow table may leave it out.
#[derive(Debug, Clone)]
pub(super) struct Column {
    pub key: String,
    pub what: What,
    pub numeric: bool,
    pub optional: bool,
}

fn col(key: &str, what: What, numeric: bool, optional: bool) -> Column {
    Column { key: key.to_string(), what, numeric, optional }
}

/// The fixed ten columns, in their order (the CSV's first ten).
fn fixed() -> Vec<Column> {
    let whats = [
        What::Unit,
        What::Indicator,
        What::Name,
        What::Period,
        What::Target,
        What::Realisasi,
        What::Capaian,
        What::Kategori,
        What::Status,
        What::Message,
    ];
    REPORT_COLUMNS
        .iter()
        .zip(whats)
        .map(|(k, w)| {
            let numeric = matches!(w, What::Target | What::Realisasi | What::Capaian);
            col(k, w, numeric, false)
        })
        .collect()
}

/// Earlier years present in the results, latest first.
pub(super) fn earlier_years(results: &[IndicatorResult]) -> Vec<i32> {
    let mut years: Vec<i32> = results.iter().flat_map(|r| r.earlier.iter().map(|e| e.year)).collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    years
}

/// The rules' output names, in order of first appearance.
pub(super) fn output_names(results: &[IndicatorResult]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for o in results.iter().flat_map(|r| &r.outputs) {
        if !names.contains(&o.name) {
            names.push(o.name.clone());
        }
    }
    names
}

/// The columns of the CSV: every field of a result, always the same ones
/// in the same order for the fixed part (the ten of earlier versions first,
/// so scripts reading by position still work), then earlier years and
/// outputs as the report has them.
pub(super) fn csv_columns(results: &[IndicatorResult]) -> Vec<Column> {
    csv_columns_for(&earlier_years(results), &output_names(results))
}

/// The columns of a CSV whose results have these earlier `years` (latest
/// first) and output `names` (in order of first appearance).
pub(super) fn csv_columns_for(years: &[i32], names: &[String]) -> Vec<Column> {
    let mut cols = fixed();
    for (key, what, numeric) in [
        ("sasaran", What::Sasaran, false),
        ("sasaran_id", What::SasaranId, false),
        ("satuan", What::Satuan, false),
        ("polarity", What::Polarity, false),
        ("value", What::Value, true),
        ("rule", What::Rule, false),
        ("rule_file", What::RuleFile, false),
        ("plan", What::Plan, false),
        ("plan_kind", What::PlanKind, false),
        ("plan_year", What::PlanYear, false),
        ("plan_revision", What::PlanRevision, false),
        ("pagu", What::Pagu, true),
        ("realisasi_anggaran", What::RealisasiAnggaran, true),
        ("penyerapan", What::Penyerapan, true),
        ("trend", What::Trend, false),
        ("target_renstra", What::RenstraTarget, true),
        ("capaian_renstra", What::RenstraCapaian, true),
        ("program", What::Program, false),
        ("program_kode", What::ProgramKode, false),
    ] {
        cols.push(col(key, what, numeric, true));
    }
    for &y in years {
        cols.push(col(&format!("realisasi_{y}"), What::EarlierRealisasi(y), true, true));
        cols.push(col(&format!("capaian_{y}"), What::EarlierCapaian(y), true, true));
    }
    for name in names {
        cols.push(col(name, What::Output(name.clone()), true, true));
    }
    cols
}

/// The columns of the table: the fixed ones, with the columns the results
/// fill (satuan is in the name's place of mind, so it is left out; budget,
/// earlier years and outputs only when some result has them) before the
/// message, which stays last because it is the one that wraps.
pub(super) fn table_columns(report: &Report) -> Vec<Column> {
    let mut cols = fixed();
    // One unit throughout: a narrow terminal may leave its column out (and
    // says so under the table) before cutting anything else.
    let first_unit = report.results.first().map(|r| &*r.unit);
    cols[0].optional = report.results.iter().all(|r| Some(&*r.unit) == first_unit);
    let message = cols.pop();
    let any = |f: &dyn Fn(&IndicatorResult) -> bool| report.results.iter().any(f);
    for y in earlier_years(&report.results) {
        cols.push(col(&format!("realisasi_{y}"), What::EarlierRealisasi(y), true, true));
        cols.push(col(&format!("capaian_{y}"), What::EarlierCapaian(y), true, true));
    }
    if any(&|r| r.trend.is_some()) {
        cols.push(col("trend", What::Trend, false, true));
    }
    if any(&|r| r.renstra.is_some()) {
        cols.push(col("capaian_renstra", What::RenstraCapaian, true, true));
    }
    for name in output_names(&report.results) {
        cols.push(col(&name, What::Output(name.clone()), true, true));
    }
    if any(&|r| r.budget.is_some()) {
        cols.push(col("pagu", What::Pagu, true, true));
        cols.push(col("realisasi_anggaran", What::RealisasiAnggaran, true, true));
        cols.push(col("penyerapan", What::Penyerapan, true, true));
    }
    cols.extend(message);
    cols
}

impl Column {
    /// The table's header in `lang` (outputs keep their rule's name).
    pub(super) fn header(&self, lang: Lang) -> String {
        let t = match &self.what {
            What::Unit => Text::ColumnUnit,
            What::Indicator => Text::ColumnIndicator,
            What::Name => Text::ColumnName,
            What::Period => Text::ColumnPeriod,
            What::Target => Text::ColumnTarget,
            What::Realisasi => Text::ColumnRealisasi,
            What::Capaian => Text::ColumnCapaian,
            What::Kategori => Text::ColumnKategori,
            What::Status => Text::ColumnStatus,
            What::Message => Text::ColumnMessage,
            What::Satuan => Text::ColumnSatuan,
            What::Pagu => Text::ColumnPagu,
            What::RealisasiAnggaran => Text::ColumnRealisasiAnggaran,
            What::Penyerapan => Text::ColumnPenyerapan,
            What::EarlierRealisasi(y) => Text::ColumnRealisasiYear { year: y.to_string() },
            What::EarlierCapaian(y) => Text::ColumnCapaianYear { year: y.to_string() },
            What::Trend => Text::ColumnTrend,
            What::RenstraCapaian => Text::ColumnCapaianRenstra,
            _ => return self.key.clone(),
        };
        t.message(lang)
    }

    /// Whether capaian writes this column's cells itself (see
    /// [`What::is_made_here`]).
    pub(super) fn is_made_here(&self) -> bool {
        self.what.is_made_here()
    }

    /// How the CSV writes this column's cells when some result of a chunk
    /// has what `present` says.
    pub(super) fn csv_cell(&self, present: Present) -> CsvCell {
        use What::*;
        let needs = match &self.what {
            Kategori => Present::KATEGORI,
            Sasaran => Present::SASARAN,
            SasaranId => Present::SASARAN_ID,
            Satuan => Present::SATUAN,
            Program => Present::PROGRAM,
            ProgramKode => Present::PROGRAM_KODE,
            RuleFile => Present::RULE_FILE,
            PlanKind => Present::PLAN_KIND,
            PlanYear => Present::PLAN_YEAR,
            PlanRevision => Present::PLAN_REVISION,
            Pagu | RealisasiAnggaran | Penyerapan => Present::BUDGET,
            Trend => Present::TREND,
            RenstraTarget | RenstraCapaian => Present::RENSTRA,
            EarlierRealisasi(_) | EarlierCapaian(_) => Present::EARLIER,
            Output(_) => Present::OUTPUTS,
            _ => 0,
        };
        if needs != 0 && present.0 & needs == 0 {
            return CsvCell::Empty;
        }
        match &self.what {
            // A target may be a range (`-10–-5`), an output a rule's text.
            Period | Realisasi | Value | Capaian | Status | Polarity | PlanKind | PlanYear | PlanRevision | Pagu
            | RealisasiAnggaran | Penyerapan | EarlierRealisasi(_) | EarlierCapaian(_) | Trend | RenstraCapaian => {
                CsvCell::Safe
            }
            Unit | Indicator | Name | Rule | Plan | RuleFile | Kategori | Sasaran | SasaranId | Satuan | Program
            | ProgramKode => CsvCell::Shared,
            _ => CsvCell::Checked { made_here: self.is_made_here() },
        }
    }

    /// Where the text of `r`'s cell lies when `r` shares it with its plan
    /// or indicator (`Arc`s made once, `eval/heading.rs`): results with the
    /// same address have the same cell. `None` for a cell made for the row.
    pub(super) fn shared(&self, r: &IndicatorResult) -> Option<usize> {
        fn at<T: ?Sized>(shared: &Arc<T>) -> usize {
            Arc::as_ptr(shared).cast::<u8>().addr()
        }
        match &self.what {
            What::Unit => Some(at(&r.unit)),
            What::Indicator => Some(at(&r.indicator)),
            What::Name => Some(at(&r.name)),
            What::Rule => Some(at(&r.rule)),
            What::Plan => Some(at(&r.plan)),
            What::RuleFile => r.rule_file.as_ref().map(at),
            What::Kategori => r.kategori.as_ref().map(at),
            What::Sasaran => r.sasaran.as_ref().map(at),
            What::SasaranId => r.sasaran_id.as_ref().map(at),
            What::Satuan => r.satuan.as_ref().map(at),
            What::Program | What::ProgramKode => r.program.as_ref().map(at),
            _ => None,
        }
    }

    /// The cell of `r` as the table shows it: its status in `lang`, the
    /// control characters of a plan's or a rule's text written out.
    pub(super) fn cell(&self, r: &IndicatorResult, numbers: Convention, lang: Lang) -> String {
        let mut text = Vec::new();
        self.write(r, numbers, lang, true, &mut text);
        let text = String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        if self.is_made_here() { text } else { crate::diagnostic::escape_controls(&text, false).into_owned() }
    }

    /// Appends the text of `r`'s cell to `out`, as it is (the CSV writer
    /// and [`Column::cell`] escape and quote it). `label` writes the status
    /// in `lang` (the table) rather than its machine name (the CSV).
    ///
    /// A national CSV writes tens of cells for each of millions of rows:
    /// every cell is written straight onto the end of the line, the plan's
    /// text copied from where the result shares it, numbers and periods
    /// written without a `String` of their own.
    pub(super) fn write(&self, r: &IndicatorResult, numbers: Convention, lang: Lang, label: bool, out: &mut Vec<u8>) {
        let mut text = |s: &str| out.extend_from_slice(s.as_bytes());
        let earlier = |y: i32| r.earlier.iter().find(|e| e.year == y);
        match &self.what {
            What::Unit => text(&r.unit),
            What::Indicator => text(&r.indicator),
            What::Name => text(&r.name),
            What::Period => write_period(r.period, out),
            What::Target => write_target(r.target, r.ratio, numbers, out),
            // The table's realisasi column shows the value the capaian
            // comes from (an index's computed value too), as LKjIPs do.
            What::Realisasi if label => write_value(r.value, r.ratio, numbers, out),
            What::Realisasi => write_value(r.realisasi, r.ratio, numbers, out),
            What::Value => write_value(r.value, r.ratio, numbers, out),
            What::Capaian => write_value(r.capaian, false, numbers, out),
            What::Kategori => text(r.kategori.as_deref().unwrap_or_default()),
            What::Status if label => text(&r.status.label(lang)),
            What::Status => text(r.status.name()),
            What::Message => text(&r.message(lang).unwrap_or_default()),
            What::Sasaran => text(r.sasaran.as_deref().unwrap_or_default()),
            What::SasaranId => text(r.sasaran_id.as_deref().unwrap_or_default()),
            What::Program => text(r.program.as_ref().map_or("", |p| &p.nama)),
            What::ProgramKode => text(r.program.as_ref().and_then(|p| p.kode.as_deref()).unwrap_or_default()),
            What::Satuan => text(r.satuan.as_deref().unwrap_or_default()),
            What::Polarity => text(r.polarity.name()),
            What::Rule => text(&r.rule),
            What::RuleFile => text(&r.rule_file.as_deref().map_or("".into(), crate::eval::shown_path)),
            What::Plan => text(&r.plan.to_string_lossy()),
            What::PlanKind => text(r.plan_info.kind.map_or("", |k| k.name())),
            What::PlanYear => {
                if let Some(y) = r.plan_info.year {
                    write_integer(i64::from(y), out);
                }
            }
            What::PlanRevision => text(r.plan_info.revision.map_or("", |v| v.name())),
            What::Pagu => write_value(r.budget.as_ref().and_then(|b| b.pagu), false, numbers, out),
            What::RealisasiAnggaran => write_value(r.budget.as_ref().and_then(|b| b.realisasi), false, numbers, out),
            What::Penyerapan => write_value(r.budget.as_ref().and_then(|b| b.penyerapan), false, numbers, out),
            What::EarlierRealisasi(y) => write_value(earlier(*y).and_then(|e| e.value), r.ratio, numbers, out),
            What::EarlierCapaian(y) => write_value(earlier(*y).and_then(|e| e.capaian), false, numbers, out),
            What::Trend => text(r.trend.map_or("", |t| t.name())),
            What::RenstraTarget => write_target(r.renstra.as_ref().map(|s| s.target), false, numbers, out),
            What::RenstraCapaian => write_value(r.renstra.as_ref().and_then(|s| s.capaian), false, numbers, out),
            What::Output(name) => match r.output(name).map(|o| &o.value) {
                Some(OutputValue::Number(d)) => write_number(*d, numbers, out),
                Some(OutputValue::Text(t)) => text(t),
                Some(OutputValue::None) | None => {}
            },
        }
    }
}

/// A period as `Display` writes it (`2024`, `2024-S1`, `2024-Q2`,
/// `2024-06`, `-` for none).
fn write_period(period: Period, out: &mut Vec<u8>) {
    let (year, mark, n) = match period {
        Period::Total => return out.push(b'-'),
        Period::Year(y) => return write_integer(i64::from(y), out),
        Period::Half(y, h) => (y, &b"-S"[..], h),
        Period::Quarter(y, q) => (y, &b"-Q"[..], q),
        // Months have two digits (`2024-06`).
        Period::Month(y, m) => (y, if m < 10 { &b"-0"[..] } else { &b"-"[..] }, m),
    };
    write_integer(i64::from(year), out);
    out.extend_from_slice(mark);
    write_integer(i64::from(n), out);
}

/// A figure, if there is one; a ratio as reports print it: `1:32`.
fn write_value(value: Option<Decimal>, ratio: bool, numbers: Convention, out: &mut Vec<u8>) {
    if let Some(d) = value {
        if ratio {
            out.extend_from_slice(b"1:");
        }
        write_number(d, numbers, out);
    }
}

/// A target, if there is one (a range as `low–high`); a ratio as `1:32`.
fn write_target(target: Option<Target>, ratio: bool, numbers: Convention, out: &mut Vec<u8>) {
    let Some(t) = target else { return };
    if ratio {
        out.extend_from_slice(b"1:");
    }
    match t {
        Target::Single(v) => write_number(v.normalize(), numbers, out),
        Target::Range(a, b) => {
            write_number(a.normalize(), numbers, out);
            out.extend_from_slice("–".as_bytes());
            write_number(b.normalize(), numbers, out);
        }
    }
}

/// [`number_text`], appended to `out`.
fn write_number(d: Decimal, numbers: Convention, out: &mut Vec<u8>) {
    match numbers {
        Convention::En => write_plain(d, out),
        Convention::Id => write_grouped(d, Convention::Id, out),
    }
}

/// The served page's table (`capaian serve`): the headers (with whether
/// the column is a number) and the cells of `results`, written as the
/// terminal table writes them, for the page to lay out by sasaran.
#[cfg(feature = "serve")]
pub(crate) fn page_cells(
    results: &[&IndicatorResult],
    numbers: Convention,
    lang: Lang,
) -> (Vec<(String, bool)>, Vec<Vec<String>>) {
    let whats = [
        (What::Indicator, false),
        (What::Name, false),
        (What::Satuan, false),
        (What::Period, false),
        (What::Target, true),
        (What::Realisasi, true),
        (What::Capaian, true),
        (What::Kategori, false),
        (What::Status, false),
        (What::Message, false),
    ];
    let cols: Vec<Column> = whats.into_iter().map(|(w, numeric)| col("", w, numeric, false)).collect();
    let headers = cols.iter().map(|c| (c.header(lang), c.numeric)).collect();
    let rows = results.iter().map(|r| cols.iter().map(|c| c.cell(r, numbers, lang)).collect()).collect();
    (headers, rows)
}

/// A number as printed: English by default (`15174`, `151.74`); in the
/// Indonesian convention as the documents print it (`15.174`, `151,74`),
/// keeping its decimals (a capaian rounded to 2 stays `125,00`).
pub(super) fn number_text(d: Decimal, numbers: Convention) -> String {
    match numbers {
        // The default stays plain (`15174`), as scripts reading it expect.
        Convention::En => crate::number::plain_text(d),
        Convention::Id => format_grouped_scaled(d, Convention::Id),
    }
}

pub(super) fn target_text(t: Target, numbers: Convention) -> String {
    match t {
        Target::Single(v) => number_text(v.normalize(), numbers),
        Target::Range(a, b) => {
            format!("{}–{}", number_text(a.normalize(), numbers), number_text(b.normalize(), numbers))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{Status, Trend};
    use crate::model::{PlanKind, Polarity, Revision};
    use crate::output::is_formula;

    /// The names a [`CsvCell::Safe`] column writes are written as they are:
    /// nothing in them is escaped, quoted or neutralised in either CSV.
    #[test]
    fn names_of_safe_columns_need_nothing_done() {
        let names = [Status::names(), Polarity::names(), PlanKind::names(), Revision::names(), Trend::names()];
        for name in names.into_iter().flatten() {
            let bytes = name.as_bytes();
            let plain = bytes.iter().all(|&b| (b' '..=b'~').contains(&b) && !matches!(b, b'"' | b',' | b';'));
            assert!(plain && !bytes.is_empty() && !is_formula(bytes), "{name:?}");
        }
    }

    #[test]
    fn a_column_no_result_fills_is_empty_and_others_are_not() {
        let none = Present::default();
        let cols = csv_columns_for(&[2023], &["skor".to_string()]);
        let kind = |key: &str, present: Present| cols.iter().find(|c| c.key == key).unwrap().csv_cell(present);
        for key in ["kategori", "sasaran", "pagu", "penyerapan", "trend", "capaian_2023", "skor", "program_kode"] {
            assert_eq!(kind(key, none), CsvCell::Empty, "{key}");
            assert_ne!(kind(key, Present(u32::MAX)), CsvCell::Empty, "{key}");
        }
        assert_eq!(kind("pagu", Present(Present::BUDGET)), CsvCell::Safe);
        assert_eq!(kind("skor", Present(Present::OUTPUTS)), CsvCell::Checked { made_here: false });
        assert_eq!(kind("target", none), CsvCell::Checked { made_here: true });
        assert_eq!(kind("message", none), CsvCell::Checked { made_here: false });
        assert_eq!(kind("unit", none), CsvCell::Shared);
        assert_eq!(kind("capaian", none), CsvCell::Safe);
    }
}
