//! What evaluating one indicator-period produces.

use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::lang::Lang;
use crate::model::Period;
use crate::number::Target;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

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

/// One row of the report. Field names are the JSON contract of `capaian eval`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct IndicatorResult {
    /// Unit id.
    pub unit: String,
    /// Indicator id.
    pub indicator: String,
    /// Indicator name.
    pub name: String,
    /// The period evaluated (`null` when the input names none).
    pub period: Period,
    /// Target to date.
    pub target: Option<Target>,
    /// Realisasi to date (or the value a rule computed, for composite indices).
    pub realisasi: Option<Decimal>,
    /// Capaian, rounded per the indicator's setting.
    pub capaian: Option<Decimal>,
    /// Category from the rule or the scale.
    pub kategori: Option<String>,
    /// Target and realisasi are ratios (`1:32`): the table and CSV write
    /// them so; JSON keeps the number per one (32).
    pub ratio: bool,
    /// Outcome.
    pub status: Status,
    /// Reasons, notes or the error, in order (the `message` column).
    pub notes: Vec<Note>,
    /// The capaian before rounding.
    pub capaian_raw: Option<Decimal>,
    /// The value (realisasi or a rule's computed value) before display rounding.
    pub value_raw: Option<Decimal>,
    /// A capped or converted value a rule returned beside the raw capaian.
    pub nilai: Option<Decimal>,
    /// The rules that produced value, capaian and kategori.
    pub rule: String,
    /// The plan file the indicator comes from.
    pub plan: std::path::PathBuf,
    /// Full diagnostics for errors.
    pub diagnostics: Vec<Diagnostic>,
}

impl IndicatorResult {
    /// The notes as one message in `lang`, `None` when there are none.
    pub fn message(&self, lang: Lang) -> Option<String> {
        (!self.notes.is_empty()).then(|| self.notes.iter().map(|n| n.message(lang)).collect::<Vec<_>>().join("; "))
    }

    /// The JSON object of `capaian eval --format json`: the fields above,
    /// `message` in `lang`, and `notes` with their stable codes. It is
    /// serialised directly (never through `serde_json::Value`, whose numbers
    /// are floats unless an embedder's whole build opts into
    /// `arbitrary_precision`), so decimals keep their digits.
    pub fn to_json(&self, lang: Lang) -> ResultJson<'_> {
        ResultJson { result: self, lang }
    }
}

/// A result as `capaian eval --format json` writes it (see [`IndicatorResult::to_json`]).
#[derive(Debug, Clone, Copy)]
pub struct ResultJson<'a> {
    result: &'a IndicatorResult,
    lang: Lang,
}

#[derive(Serialize)]
struct NoteJson {
    code: &'static str,
    text: String,
}

impl Serialize for ResultJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let r = self.result;
        let mut m = s.serialize_struct("IndicatorResult", 11)?;
        m.serialize_field("unit", &r.unit)?;
        m.serialize_field("indicator", &r.indicator)?;
        m.serialize_field("name", &r.name)?;
        m.serialize_field("period", &r.period)?;
        m.serialize_field("target", &r.target.map(target_number))?;
        m.serialize_field("realisasi", &r.realisasi.map(|d| exact(&d.to_string())))?;
        m.serialize_field("capaian", &r.capaian.map(|d| exact(&d.to_string())))?;
        m.serialize_field("kategori", &r.kategori)?;
        m.serialize_field("status", &r.status)?;
        m.serialize_field("message", &r.message(self.lang))?;
        let notes: Vec<NoteJson> =
            r.notes.iter().map(|n| NoteJson { code: n.code(), text: n.message(self.lang) }).collect();
        m.serialize_field("notes", &notes)?;
        m.end()
    }
}

/// A report as `capaian eval --format json` writes it: `{"results": [...]}`.
#[derive(Debug, Clone, Copy)]
pub struct ReportJson<'a> {
    report: &'a Report,
    lang: Lang,
}

impl Serialize for ReportJson<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let results: Vec<ResultJson<'_>> = self.report.results.iter().map(|r| r.to_json(self.lang)).collect();
        let mut m = s.serialize_struct("Report", 1)?;
        m.serialize_field("results", &results)?;
        m.end()
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
    /// `{"results": [...]}` with messages in `lang`, decimals exact.
    pub fn to_json(&self, lang: Lang) -> ReportJson<'_> {
        ReportJson { report: self, lang }
    }

    /// Whether any indicator failed (exit code 1).
    pub fn has_errors(&self) -> bool {
        self.results.iter().any(|r| r.status == Status::Error)
    }
}

/// A decimal as a JSON number with its exact digits (`151.74`, `125.00`),
/// never through a float: the digits are written as they are.
fn exact(text: &str) -> Box<serde_json::value::RawValue> {
    // A Decimal's text is always a valid JSON number; the fallback only
    // keeps the type total.
    serde_json::value::RawValue::from_string(text.to_string())
        .unwrap_or_else(|_| serde_json::value::RawValue::from_string("null".into()).expect("null is JSON"))
}

/// A target in JSON: a single value as an exact number, a range as its
/// text (`80–90`).
#[derive(Serialize)]
#[serde(untagged)]
enum TargetJson {
    Number(Box<serde_json::value::RawValue>),
    Range(String),
}

fn target_number(t: Target) -> TargetJson {
    match t {
        Target::Single(d) => TargetJson::Number(exact(&d.normalize().to_string())),
        Target::Range(..) => TargetJson::Range(t.to_string()),
    }
}
