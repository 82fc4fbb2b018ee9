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
#[derive(Debug, Clone, Serialize)]
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
    #[serde(serialize_with = "ser_target")]
    pub target: Option<Target>,
    /// Realisasi to date (or the value a rule computed, for composite indices).
    #[serde(serialize_with = "ser_decimal")]
    pub realisasi: Option<Decimal>,
    /// Capaian, rounded per the indicator's setting.
    #[serde(serialize_with = "ser_decimal")]
    pub capaian: Option<Decimal>,
    /// Category from the rule or the scale.
    pub kategori: Option<String>,
    /// Outcome.
    pub status: Status,
    /// Reasons, notes or the error, in order (the `message` column).
    #[serde(skip)]
    pub notes: Vec<Note>,
    /// The capaian before rounding.
    #[serde(skip)]
    pub capaian_raw: Option<Decimal>,
    /// The value (realisasi or a rule's computed value) before display rounding.
    #[serde(skip)]
    pub value_raw: Option<Decimal>,
    /// A capped or converted value a rule returned beside the raw capaian.
    #[serde(skip)]
    pub nilai: Option<Decimal>,
    /// The rules that produced value, capaian and kategori.
    #[serde(skip)]
    pub rule: String,
    /// The plan file the indicator comes from.
    #[serde(skip)]
    pub plan: std::path::PathBuf,
    /// Full diagnostics for errors.
    #[serde(skip)]
    pub diagnostics: Vec<Diagnostic>,
}

impl IndicatorResult {
    /// The notes as one message in `lang`, `None` when there are none.
    pub fn message(&self, lang: Lang) -> Option<String> {
        (!self.notes.is_empty()).then(|| self.notes.iter().map(|n| n.message(lang)).collect::<Vec<_>>().join("; "))
    }

    /// The JSON object of `capaian eval --format json`: the fields above,
    /// `message` in `lang`, and `notes` with their stable codes.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let serde_json::Value::Object(fields) = serde_json::to_value(self).unwrap_or_default() else {
            return serde_json::Value::Null;
        };
        let mut out = serde_json::Map::new();
        for (k, v) in fields {
            let after_status = k == "status";
            out.insert(k, v);
            if after_status {
                out.insert("message".into(), self.message(lang).map_or(serde_json::Value::Null, Into::into));
                let notes = self.notes.iter().map(|n| serde_json::json!({ "code": n.code(), "text": n.message(lang) }));
                out.insert("notes".into(), notes.collect::<Vec<_>>().into());
            }
        }
        out.into()
    }
}

/// Every result of a run, in input order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// One entry per indicator-period.
    pub results: Vec<IndicatorResult>,
}

impl Report {
    /// `{"results": [...]}` with messages in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({ "results": self.results.iter().map(|r| r.to_json(lang)).collect::<Vec<_>>() })
    }

    /// Whether any indicator failed (exit code 1).
    pub fn has_errors(&self) -> bool {
        self.results.iter().any(|r| r.status == Status::Error)
    }
}

/// Decimals go to JSON as numbers with their exact digits (`151.74`), never
/// through a float.
fn ser_decimal<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(d) => exact_number(&d.to_string(), s),
    }
}

fn ser_target<S: Serializer>(v: &Option<Target>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        None => s.serialize_none(),
        Some(Target::Single(d)) => exact_number(&d.normalize().to_string(), s),
        Some(t) => s.collect_str(t),
    }
}

fn exact_number<S: Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    let n: serde_json::Number = text.parse().map_err(serde::ser::Error::custom)?;
    n.serialize(s)
}
