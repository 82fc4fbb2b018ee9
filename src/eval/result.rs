//! What evaluating one indicator-period produces.

use crate::diagnostic::Diagnostic;
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

crate::named::named!(Status, "status" {
    Ok => "ok",
    NoData => "no_data",
    NoTarget => "no_target",
    NotComputable => "not_computable",
    Error => "error",
});

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
    /// Reason, note or error text.
    pub message: Option<String>,
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

/// Every result of a run, in input order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    /// One entry per indicator-period.
    pub results: Vec<IndicatorResult>,
}

impl Report {
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
