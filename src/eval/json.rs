//! The JSON document of `capaian eval --format json`, and its schema.
//!
//! These types are the contract: they serialise the output and, through
//! `schemars`, generate `docs/result.schema.json` (`capaian schema`), so the
//! published schema is the code's and cannot drift from it. Decimals are
//! written with their exact digits through `RawValue` (never a float, and
//! without asking an embedder's build for `arbitrary_precision`). Adding a
//! field is not a breaking change; renaming or removing one is, and raises
//! [`SCHEMA_VERSION`].

use super::result::{Earlier, IndicatorResult, OutputValue, Report};
use crate::lang::Lang;
use crate::model::{Period, Polarity};
use crate::number::Target;
use rust_decimal::Decimal;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;
use std::borrow::Cow;
use std::sync::Arc;

/// The version of the result document; raised only when a field is renamed
/// or removed, never when one is added.
pub const SCHEMA_VERSION: u32 = 1;

/// A decimal as a JSON number with its exact digits (`151.74`, `125.00`).
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Exact(Box<serde_json::value::RawValue>);

impl Exact {
    fn new(d: Decimal) -> Exact {
        Exact::text(&d.to_string())
    }

    fn text(text: &str) -> Exact {
        // A Decimal's text is always a valid JSON number; the fallback only
        // keeps the type total.
        Exact(
            serde_json::value::RawValue::from_string(text.to_string())
                .unwrap_or_else(|_| serde_json::value::RawValue::from_string("null".into()).expect("null is JSON")),
        )
    }
}

impl JsonSchema for Exact {
    fn schema_name() -> Cow<'static, str> {
        "ExactNumber".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "description": "An exact decimal, written with every digit it has (125.00 keeps its zeros); read it as a decimal, not a float."
        })
    }
}

fn exact(d: Option<Decimal>) -> Option<Exact> {
    d.map(Exact::new)
}

/// A target: a single value as an exact number, a range as its text (`80–90`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum TargetJson {
    /// A single target.
    Number(Exact),
    /// A range target, `LOW–HIGH`.
    Range(String),
}

fn target(t: Option<Target>) -> Option<TargetJson> {
    t.map(|t| match t {
        Target::Single(d) => TargetJson::Number(Exact::text(&d.normalize().to_string())),
        Target::Range(..) => TargetJson::Range(t.to_string()),
    })
}

/// A value a rule returned beside the capaian: a number, text, or null
/// when it cannot be computed for these inputs.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum OutputJson {
    /// An exact number.
    Number(Exact),
    /// Text.
    Text(String),
}

/// One note of a result.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct NoteJson {
    /// Stable code (`result/no-realisasi`).
    pub code: &'static str,
    /// The sentence in the run's language.
    pub text: String,
}

/// The plan a result comes from.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PlanJson {
    /// The file, as given on the command line.
    pub path: String,
    /// `RKT`, `PK` or `Renja`.
    pub kind: Option<&'static str>,
    /// The plan year.
    pub year: Option<i32>,
    /// `awal`, `revisi` or `perubahan`.
    pub revision: Option<&'static str>,
}

/// Pagu, realisasi anggaran to date and penyerapan (%).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BudgetJson {
    /// Pagu (alokasi) for the year.
    pub pagu: Option<Exact>,
    /// Money spent up to the period.
    pub realisasi: Option<Exact>,
    /// realisasi / pagu × 100, 2 decimals half-up.
    pub penyerapan: Option<Exact>,
    /// The unit the money is printed in (`ribu rupiah`).
    pub satuan: Option<String>,
    /// The latest period spending was reported for, when it stops short.
    pub reported_up_to: Option<String>,
}

/// The same indicator in an earlier year.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct EarlierJson {
    /// The year.
    pub year: i32,
    /// The period evaluated in that year.
    pub period: String,
    /// The indicator's id that year.
    pub indicator: Arc<str>,
    /// Its target.
    pub target: Option<TargetJson>,
    /// Its realisasi as read.
    pub realisasi: Option<Exact>,
    /// Its value (realisasi, or the index a rule computed).
    pub value: Option<Exact>,
    /// Its capaian.
    pub capaian: Option<Exact>,
    /// Its status.
    pub status: &'static str,
    /// The plan file.
    pub plan: String,
}

/// Capaian against the target at the end of the Renstra.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RenstraJson {
    /// The Renstra period, `2021-2026`.
    pub period: String,
    /// The target at its end.
    pub target: TargetJson,
    /// The value to date against it.
    pub capaian: Option<Exact>,
}

/// A programme as the plan names it.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ProgramJson {
    /// Its code (`5 03 02`), where the document prints one.
    pub kode: Option<String>,
    /// Its name.
    pub nama: String,
}

/// One indicator at one period: `capaian eval --format json`'s `results[]`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ResultJson {
    /// Unit id.
    pub unit: Arc<str>,
    /// Indicator id (`INDEX/COMPONENT` for a component).
    pub indicator: Arc<str>,
    /// Indicator name.
    pub name: Arc<str>,
    /// The goal (sasaran) it measures.
    pub sasaran: Option<Arc<str>>,
    /// The sasaran's id in the plan.
    pub sasaran_id: Option<Arc<str>>,
    /// The programme its budget belongs to, where the plan says.
    pub program: Option<ProgramJson>,
    /// Unit of measure.
    pub satuan: Option<Arc<str>>,
    /// `naik` (higher is better) or `turun`.
    pub polarity: Polarity,
    /// The period evaluated (`2024`, `2024-Q2`, `2024-06`, `2024-S1`), or null.
    pub period: Option<String>,
    /// Target to date.
    pub target: Option<TargetJson>,
    /// Realisasi to date as read from the plan (null for an index computed by its rule).
    pub realisasi: Option<Exact>,
    /// The value the capaian is computed from: the realisasi, or the value the rule computed.
    pub value: Option<Exact>,
    /// Capaian, rounded as the indicator says.
    pub capaian: Option<Exact>,
    /// Kategori from the rule or the scale.
    pub kategori: Option<Arc<str>>,
    /// Target and realisasi are ratios `1:N`; the numbers are N.
    pub ratio: bool,
    /// `ok`, `no_data`, `no_target`, `not_computable` or `error`.
    pub status: &'static str,
    /// The notes joined, in the run's language.
    pub message: Option<String>,
    /// The notes, each with its stable code.
    pub notes: Vec<NoteJson>,
    /// Figures the rule returned beside the capaian, by name (`nilai`, `kolom_8`); null where not computable.
    pub outputs: OutputsJson,
    /// Pagu, realisasi anggaran and penyerapan, when the plan has a budget.
    pub budget: Option<BudgetJson>,
    /// The rules that computed value, capaian and kategori.
    pub rule: Arc<str>,
    /// The rule's file, when it is a file.
    pub rule_file: Option<String>,
    /// The plan.
    pub plan: PlanJson,
    /// The same indicator in earlier years given in the same run, latest first.
    pub earlier: Vec<EarlierJson>,
    /// `naik`, `turun` or `tetap` from the latest earlier year's value.
    pub trend: Option<&'static str>,
    /// Capaian against the Renstra's end target.
    pub renstra: Option<RenstraJson>,
}

/// Output name → value (null when not computable), in the result's order:
/// written as a JSON object by hand, since an embedder's serde_json may not
/// preserve the order of a map.
#[derive(Debug, Clone, Default)]
pub struct OutputsJson(pub Vec<(String, Option<OutputJson>)>);

impl Serialize for OutputsJson {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

impl JsonSchema for OutputsJson {
    fn schema_name() -> Cow<'static, str> {
        "Outputs".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<Option<OutputJson>>();
        json_schema!({ "type": "object", "additionalProperties": value })
    }
}

impl ResultJson {
    /// The JSON of `r`, messages in `lang`.
    pub fn new(r: &IndicatorResult, lang: Lang) -> ResultJson {
        let outputs = r
            .outputs
            .iter()
            .map(|o| {
                let v = match &o.value {
                    OutputValue::Number(d) => Some(OutputJson::Number(Exact::new(*d))),
                    OutputValue::Text(t) => Some(OutputJson::Text(t.clone())),
                    OutputValue::None => None,
                };
                (o.name.clone(), v)
            })
            .collect();
        ResultJson {
            unit: r.unit.clone(),
            indicator: r.indicator.clone(),
            name: r.name.clone(),
            sasaran: r.sasaran.clone(),
            sasaran_id: r.sasaran_id.clone(),
            program: r.program.as_ref().map(|p| ProgramJson { kode: p.kode.clone(), nama: p.nama.clone() }),
            satuan: r.satuan.clone(),
            polarity: r.polarity,
            period: period(r.period),
            target: target(r.target),
            realisasi: exact(r.realisasi),
            value: exact(r.value),
            capaian: exact(r.capaian),
            kategori: r.kategori.clone(),
            ratio: r.ratio,
            status: r.status.name(),
            message: r.message(lang),
            notes: r.notes.iter().map(|n| NoteJson { code: n.code(), text: n.message(lang) }).collect(),
            outputs: OutputsJson(outputs),
            budget: r.budget.as_ref().map(|b| BudgetJson {
                pagu: exact(b.pagu),
                realisasi: exact(b.realisasi),
                penyerapan: exact(b.penyerapan),
                satuan: b.satuan.clone(),
                reported_up_to: b.reported_up_to.map(|p| p.to_string()),
            }),
            rule: r.rule.clone(),
            rule_file: r.rule_file.as_deref().map(|p| shown_path(p).into_owned()),
            plan: PlanJson {
                path: r.plan.display().to_string(),
                kind: r.plan_info.kind.map(|k| k.name()),
                year: r.plan_info.year,
                revision: r.plan_info.revision.map(|v| v.name()),
            },
            earlier: r.earlier.iter().map(earlier).collect(),
            trend: r.trend.map(|t| t.name()),
            renstra: r.renstra.as_ref().map(|s| RenstraJson {
                period: format!("{}-{}", s.period.0, s.period.1),
                target: target(Some(s.target)).unwrap_or(TargetJson::Range(String::new())),
                capaian: exact(s.capaian),
            }),
        }
    }
}

/// A rule file as shown: relative to the working folder when it is inside
/// it (rules are found from the plan's absolute path; a report should not
/// carry the machine's folders when it need not), as it is otherwise.
pub(crate) fn shown_path(p: &std::path::Path) -> std::borrow::Cow<'_, str> {
    // Asked once: every row of a national report names its rule file.
    static HERE: std::sync::OnceLock<Option<std::path::PathBuf>> = std::sync::OnceLock::new();
    let here = HERE.get_or_init(|| std::env::current_dir().ok());
    // A relative path (a built-in rule's `<builtin>/…`) is never under the
    // working folder's absolute path: no need to compare their parts.
    let relative = here.as_deref().filter(|_| p.is_absolute()).and_then(|h| p.strip_prefix(h).ok());
    relative.unwrap_or(p).to_string_lossy()
}

fn period(p: Period) -> Option<String> {
    (p != Period::Total).then(|| p.to_string())
}

fn earlier(e: &Earlier) -> EarlierJson {
    EarlierJson {
        year: e.year,
        period: e.period.to_string(),
        indicator: e.indicator.clone(),
        target: target(e.target),
        realisasi: exact(e.realisasi),
        value: exact(e.value),
        capaian: exact(e.capaian),
        status: e.status.name(),
        plan: e.plan.display().to_string(),
    }
}

/// The document of `capaian eval --format json`.
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[schemars(title = "capaian eval results")]
pub struct ReportJson {
    /// The version of this document's schema; raised only when a field is
    /// renamed or removed.
    pub schema_version: u32,
    /// One entry per indicator-period, in input order.
    pub results: Vec<ResultJson>,
}

impl ReportJson {
    /// The document of `report`, messages in `lang`.
    pub fn new(report: &Report, lang: Lang) -> ReportJson {
        ReportJson {
            schema_version: SCHEMA_VERSION,
            results: report.results.iter().map(|r| ResultJson::new(r, lang)).collect(),
        }
    }
}

/// The JSON Schema of [`ReportJson`], as published in `docs/result.schema.json`.
pub fn result_schema() -> String {
    let schema = schemars::schema_for!(ReportJson);
    let mut s = serde_json::to_string_pretty(&schema).unwrap_or_default();
    s.push('\n');
    s
}
