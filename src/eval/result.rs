//! What evaluating one indicator-period produces.

use super::json::{ReportJson, ResultJson};
use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::lang::Lang;
use crate::model::{Period, PlanKind, Polarity, Program, Revision};
use crate::number::Target;
use rust_decimal::Decimal;
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;

/// The outcome of one indicator-period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Capaian computed.
    Ok,
    /// No realisasi up to the period (not a failure).
    NoData,
    /// No target for the period (not a failure).
    NoTarget,
    /// The formula has no value for these inputs, e.g. target 0 (not a failure).
    NotComputable,
    /// The input or the rule is wrong; the run exits 1.
    Error,
}

crate::named::named!(Status, WhatStatus {
    Ok => "ok",
    NoData => "no_data",
    NoTarget => "no_target",
    NotComputable => "not_computable",
    Error => "error",
});

impl Status {
    /// The label a reader sees in `lang` (the table's status column); the
    /// machine name ([`Status::name`]) stays in JSON, CSV and case files.
    pub fn label(self, lang: Lang) -> String {
        match self {
            Status::Ok => Text::StatusOk,
            Status::NoData => Text::StatusNoData,
            Status::NoTarget => Text::StatusNoTarget,
            Status::NotComputable => Text::StatusNotComputable,
            Status::Error => Text::StatusError,
        }
        .message(lang)
    }
}

/// One note of a result, as data: rendered in the reader's language at
/// output, compared by code in tests and tools.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Note {
    /// A note from the catalogue.
    Text(Text),
    /// The components whose realisasi stops short, with the latest period each reached.
    ComponentsShortOf(Vec<(String, Period)>),
    /// The problem that made the result `error`.
    Problem(Box<Kind>),
    /// Said by the rule itself, in the rule's own words.
    Rule(RuleNote),
}

/// A note in a rule's own words: its text, and the Indonesian text when the
/// rule gives one (`not_computable(#{ en: …, id: … })`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleNote {
    /// The text (English in the library's rules), shown when no translation fits.
    pub text: String,
    /// The Indonesian text, if the rule gives it.
    pub id: Option<String>,
}

impl RuleNote {
    /// The text for `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, &self.id) {
            (Lang::Id, Some(id)) => id.clone(),
            _ => self.text.clone(),
        }
    }
}

impl Note {
    /// The stable code (`result/no-realisasi`; `result/rule-note` for a rule's words).
    pub fn code(&self) -> &'static str {
        match self {
            Note::Text(t) => t.code(),
            Note::ComponentsShortOf(_) => Text::ReportedOf { parts: String::new() }.code(),
            Note::Problem(k) => k.code(),
            Note::Rule(_) => Text::RuleNote { text: String::new() }.code(),
        }
    }

    /// The sentence in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Note::Text(t) => t.message(lang),
            Note::ComponentsShortOf(parts) => {
                let parts: Vec<String> = parts
                    .iter()
                    .map(|(c, p)| Text::ComponentUpTo { component: c.clone(), period: p.to_string() }.message(lang))
                    .collect();
                Text::ReportedOf { parts: parts.join(", ") }.message(lang)
            }
            Note::Problem(k) => k.message(lang),
            Note::Rule(note) => note.message(lang),
        }
    }
}

impl From<Text> for Note {
    fn from(t: Text) -> Note {
        Note::Text(t)
    }
}

/// A figure a rule returned beside its capaian (`outputs: #{ kolom_8: … }`),
/// or its `nilai`: named, typed and exact.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Output {
    /// Its name (`kolom_8`, `nilai`): a column of the CSV, a key of the JSON.
    pub name: String,
    /// Its value, rounded for output.
    pub value: OutputValue,
    /// A number before rounding.
    pub raw: Option<Decimal>,
}

/// The value of an [`Output`].
#[derive(Debug, Clone, PartialEq)]
pub enum OutputValue {
    /// An exact number.
    Number(Decimal),
    /// Text (a predikat, a level's name).
    Text(String),
    /// No value for these inputs (a column that cannot be computed).
    None,
}

impl OutputValue {
    /// The number, if it is one.
    pub fn number(&self) -> Option<Decimal> {
        match self {
            OutputValue::Number(d) => Some(*d),
            _ => None,
        }
    }
}

/// The money beside the performance: pagu, realisasi anggaran to date and
/// penyerapan, "to date" as the performance figures are.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BudgetFigures {
    /// Pagu (alokasi) for the year.
    pub pagu: Option<Decimal>,
    /// Money spent up to the period.
    pub realisasi: Option<Decimal>,
    /// realisasi / pagu × 100, rounded to 2 decimals (half-up).
    pub penyerapan: Option<Decimal>,
    /// The unit the figures are printed in (`ribu rupiah`), when the plan says.
    pub satuan: Option<String>,
    /// The latest period the spending was reported for, when it stops short
    /// of the period evaluated.
    pub reported_up_to: Option<Period>,
}

/// Whether a figure went up, down or stayed the same from one year to the
/// next: the direction of the value (the polarity says whether that is good).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Trend {
    /// Higher than the year before.
    Naik,
    /// Lower than the year before.
    Turun,
    /// The same.
    Tetap,
}

crate::named::named!(Trend, WhatTrend {
    Naik => "naik",
    Turun => "turun",
    Tetap => "tetap",
});

impl Trend {
    /// From last year's value to this year's.
    pub fn between(before: Decimal, now: Decimal) -> Trend {
        match now.cmp(&before) {
            std::cmp::Ordering::Greater => Trend::Naik,
            std::cmp::Ordering::Less => Trend::Turun,
            std::cmp::Ordering::Equal => Trend::Tetap,
        }
    }
}

/// The same indicator in an earlier year's plan, at the same point of the year.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Earlier {
    /// The year.
    pub year: i32,
    /// The period evaluated in that year (the same month or quarter, or the year).
    pub period: Period,
    /// The indicator's id in that year's plan (another when `previous_id` linked them).
    pub indicator: Arc<str>,
    /// Its target.
    pub target: Option<Target>,
    /// Its realisasi (as read).
    pub realisasi: Option<Decimal>,
    /// Its value (realisasi, or the index a rule computed), as shown.
    pub value: Option<Decimal>,
    /// Its capaian.
    pub capaian: Option<Decimal>,
    /// Its status.
    pub status: Status,
    /// The plan it comes from.
    pub plan: Arc<Path>,
}

/// Capaian against the target at the end of the Renstra period.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RenstraFigures {
    /// The Renstra period, first and last year.
    pub period: (i32, i32),
    /// The target at its end.
    pub target: Target,
    /// The value to date against it (by the indicator's capaian rule), rounded.
    pub capaian: Option<Decimal>,
}

/// The plan a result comes from.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlanInfo {
    /// The file (shared by every result of the plan).
    pub path: Arc<Path>,
    /// RKT / PK / Renja.
    pub kind: Option<PlanKind>,
    /// The plan year.
    pub year: Option<i32>,
    /// Awal / revisi / perubahan.
    pub revision: Option<Revision>,
}

impl Default for PlanInfo {
    /// No file, no kind, year or revision.
    fn default() -> PlanInfo {
        PlanInfo { path: Arc::from(Path::new("")), kind: None, year: None, revision: None }
    }
}

/// One row of the report: an indicator at a period and everything behind
/// its capaian. Its JSON is [`ResultJson`], whose schema is
/// `docs/result.schema.json`.
///
/// The texts it shares with its plan and indicator (ids, names, sasaran,
/// satuan, programme, plan path, rule) are `Arc`s made once per plan and
/// indicator: a run of millions of rows bumps a count for each instead of
/// copying every text into every row. Read them as `&str` with `&*r.unit`
/// or `r.unit.as_ref()`, and `r.sasaran.as_deref()` for the optional ones.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IndicatorResult {
    /// Unit id.
    pub unit: Arc<str>,
    /// Indicator id.
    pub indicator: Arc<str>,
    /// Indicator name.
    pub name: Arc<str>,
    /// The goal (sasaran) it measures.
    pub sasaran: Option<Arc<str>>,
    /// The sasaran's id, where the plan gives it.
    pub sasaran_id: Option<Arc<str>>,
    /// The programme (code and name) its budget belongs to, where the plan says.
    pub program: Option<Arc<Program>>,
    /// Unit of measure.
    pub satuan: Option<Arc<str>>,
    /// Whether higher or lower is better.
    pub polarity: Polarity,
    /// The period evaluated (`null` when the input names none).
    pub period: Period,
    /// Target to date.
    pub target: Option<Target>,
    /// The realisasi to date read from the plan (none for an index a rule
    /// computes from its components).
    pub realisasi: Option<Decimal>,
    /// The value the capaian is computed from: the realisasi, or what the
    /// rule computed (an index), shown rounded to at least 4 decimals.
    pub value: Option<Decimal>,
    /// Capaian, rounded per the indicator's setting.
    pub capaian: Option<Decimal>,
    /// Category from the rule or the scale (a scale's band name is shared,
    /// not copied).
    pub kategori: Option<Arc<str>>,
    /// Target and realisasi are ratios (`1:32`): the table and CSV write
    /// them so; JSON keeps the number per one (32).
    pub ratio: bool,
    /// Outcome.
    pub status: Status,
    /// Reasons, notes or the error, in order (the `message` column).
    pub notes: Vec<Note>,
    /// The capaian before rounding.
    pub capaian_raw: Option<Decimal>,
    /// The value before display rounding.
    pub value_raw: Option<Decimal>,
    /// A capped or converted value a rule returned beside the raw capaian
    /// (also among `outputs`, as `nilai`).
    pub nilai: Option<Decimal>,
    /// What the rule returned beside the capaian, by name.
    pub outputs: Vec<Output>,
    /// Pagu, realisasi anggaran and penyerapan, when the plan has a budget.
    pub budget: Option<BudgetFigures>,
    /// The rules that produced value, capaian and kategori.
    pub rule: Arc<str>,
    /// The file of the rule (none for a rule held in memory or built in).
    pub rule_file: Option<Arc<Path>>,
    /// The plan file the indicator comes from.
    pub plan: Arc<Path>,
    /// The plan's kind, year and revision.
    pub plan_info: PlanInfo,
    /// The same indicator in earlier years' plans given in the same run,
    /// latest first.
    pub earlier: Vec<Earlier>,
    /// From the latest earlier year's value to this one.
    pub trend: Option<Trend>,
    /// Capaian against the target at the end of the Renstra.
    pub renstra: Option<RenstraFigures>,
    /// Full diagnostics for errors.
    pub diagnostics: Vec<Diagnostic>,
}

impl IndicatorResult {
    /// The notes as one message in `lang`, `None` when there are none.
    pub fn message(&self, lang: Lang) -> Option<String> {
        (!self.notes.is_empty()).then(|| self.notes.iter().map(|n| n.message(lang)).collect::<Vec<_>>().join("; "))
    }

    /// The output named `name`, if the rule returned it.
    pub fn output(&self, name: &str) -> Option<&Output> {
        self.outputs.iter().find(|o| o.name == name)
    }

    /// The JSON object of `capaian eval --format json` (see [`ResultJson`]).
    pub fn to_json(&self, lang: Lang) -> ResultJson {
        ResultJson::new(self, lang)
    }
}

/// Every result of a run, in input order.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Report {
    /// One entry per indicator-period.
    pub results: Vec<IndicatorResult>,
}

impl Report {
    /// The JSON document of `capaian eval --format json`: `schema_version`
    /// and the results, messages in `lang`, decimals exact.
    pub fn to_json(&self, lang: Lang) -> ReportJson {
        ReportJson::new(self, lang)
    }

    /// Whether any indicator failed (exit code 1).
    pub fn has_errors(&self) -> bool {
        self.results.iter().any(|r| r.status == Status::Error)
    }
}
