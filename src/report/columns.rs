//! The columns of a report, one list for the table and the CSV: the fixed
//! ten every report has, then the ones its results call for (satuan,
//! earlier years, budget, the rules' outputs), then the message. A column
//! is a machine name (the CSV header, as JSON's keys), a header in the
//! reader's language and how to write its cell.

use crate::diagnostic::Text;
use crate::eval::{IndicatorResult, OutputValue, Report};
use crate::lang::Lang;
use crate::model::REPORT_COLUMNS;
use crate::number::{Convention, Target, format_grouped_scaled};
use rust_decimal::Decimal;
use std::borrow::Cow;
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

    /// The cell of `r`; `label` writes the status in `lang` (the table)
    /// rather than its machine name (the CSV).
    pub(super) fn cell<'r>(
        &self,
        r: &'r IndicatorResult,
        numbers: Convention,
        lang: Lang,
        label: bool,
    ) -> Cow<'r, str> {
        // A national CSV writes tens of cells for each of millions of rows:
        // the plan's text is borrowed, not copied, and only numbers are made.
        let num = |d: Option<Decimal>| Cow::Owned(d.map(|d| number_text(d, numbers)).unwrap_or_default());
        // A ratio is written as reports print it: 1:32.
        let as_printed =
            |text: Cow<'r, str>| if r.ratio && !text.is_empty() { Cow::Owned(format!("1:{text}")) } else { text };
        let text = |s: &'r Option<Arc<str>>| Cow::Borrowed(s.as_deref().unwrap_or_default());
        let owned = |s: String| Cow::Owned(s);
        let fixed = |s: &'static str| Cow::Borrowed(s);
        let earlier = |y: i32| r.earlier.iter().find(|e| e.year == y);
        let cell: Cow<'r, str> = match &self.what {
            What::Unit => Cow::Borrowed(&*r.unit),
            What::Indicator => Cow::Borrowed(&*r.indicator),
            What::Name => Cow::Borrowed(&*r.name),
            What::Period => owned(r.period.to_string()),
            What::Target => as_printed(owned(r.target.map(|t| target_text(t, numbers)).unwrap_or_default())),
            // The table's realisasi column shows the value the capaian
            // comes from (an index's computed value too), as LKjIPs do.
            What::Realisasi if label => as_printed(num(r.value)),
            What::Realisasi => as_printed(num(r.realisasi)),
            What::Value => as_printed(num(r.value)),
            What::Capaian => num(r.capaian),
            What::Kategori => text(&r.kategori),
            What::Status if label => owned(r.status.label(lang)),
            What::Status => fixed(r.status.name()),
            What::Message => owned(r.message(lang).unwrap_or_default()),
            What::Sasaran => text(&r.sasaran),
            What::SasaranId => text(&r.sasaran_id),
            What::Program => Cow::Borrowed(r.program.as_ref().map_or("", |p| &p.nama)),
            What::ProgramKode => Cow::Borrowed(r.program.as_ref().and_then(|p| p.kode.as_deref()).unwrap_or_default()),
            What::Satuan => text(&r.satuan),
            What::Polarity => fixed(r.polarity.name()),
            What::Rule => Cow::Borrowed(&*r.rule),
            What::RuleFile => r.rule_file.as_deref().map_or(fixed(""), crate::eval::shown_path),
            What::Plan => r.plan.to_string_lossy(),
            What::PlanKind => fixed(r.plan_info.kind.map_or("", |k| k.name())),
            What::PlanYear => owned(r.plan_info.year.map(|y| y.to_string()).unwrap_or_default()),
            What::PlanRevision => fixed(r.plan_info.revision.map_or("", |v| v.name())),
            What::Pagu => num(r.budget.as_ref().and_then(|b| b.pagu)),
            What::RealisasiAnggaran => num(r.budget.as_ref().and_then(|b| b.realisasi)),
            What::Penyerapan => num(r.budget.as_ref().and_then(|b| b.penyerapan)),
            What::EarlierRealisasi(y) => as_printed(num(earlier(*y).and_then(|e| e.value))),
            What::EarlierCapaian(y) => num(earlier(*y).and_then(|e| e.capaian)),
            What::Trend => fixed(r.trend.map_or("", |t| t.name())),
            What::RenstraTarget => {
                owned(r.renstra.as_ref().map(|s| target_text(s.target, numbers)).unwrap_or_default())
            }
            What::RenstraCapaian => num(r.renstra.as_ref().and_then(|s| s.capaian)),
            What::Output(name) => match r.output(name).map(|o| &o.value) {
                Some(OutputValue::Number(d)) => owned(number_text(*d, numbers)),
                Some(OutputValue::Text(t)) => Cow::Borrowed(t),
                Some(OutputValue::None) | None => fixed(""),
            },
        };
        if self.what.is_made_here() {
            return cell;
        }
        match cell {
            Cow::Borrowed(text) => crate::diagnostic::escape_controls(text, false),
            Cow::Owned(text) => Cow::Owned(crate::diagnostic::escape_controls(&text, false).into_owned()),
        }
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
    let rows =
        results.iter().map(|r| cols.iter().map(|c| c.cell(r, numbers, lang, true).into_owned()).collect()).collect();
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
