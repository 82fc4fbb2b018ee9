//! Reading what a rule function returned.
//!
//! A hook returns a number, `()` (no value), or a map with any of `value`,
//! `capaian`, `nilai`, `kategori`, `status`, `note`, `outputs` — the helpers
//! `not_computable(reason)` and `no_data(reason)` build such maps.
//!
//! Named figures go in `outputs` rather than beside `capaian`, so that a
//! misspelt `katgori` is still an error and not a new column.

use super::{OutputValue, RuleNote, Status};
use crate::diagnostic::Text;
use crate::engine::to_decimal;
use crate::number::{Rounding, RoundingMode};
use rhai::Dynamic;
use rust_decimal::Decimal;

const KEYS: &[&str] = &["value", "capaian", "nilai", "kategori", "status", "note", "outputs"];

/// Names an output cannot take: they are columns of every result already.
pub(crate) const RESERVED_OUTPUTS: &[&str] = &[
    "unit",
    "indicator",
    "name",
    "sasaran",
    "sasaran_id",
    "program",
    "program_kode",
    "satuan",
    "polarity",
    "period",
    "target",
    "realisasi",
    "value",
    "capaian",
    "kategori",
    "status",
    "message",
    "notes",
    "rule",
    "rule_file",
    "plan",
    "plan_kind",
    "plan_year",
    "plan_revision",
    "pagu",
    "realisasi_anggaran",
    "penyerapan",
    "trend",
    "ratio",
    "outputs",
    "budget",
    "earlier",
    "renstra",
];

/// A named figure a rule returned, before rounding.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct RawOutput {
    pub name: String,
    pub value: OutputValue,
    /// The rounding the rule asked for (`#{ value: v, decimals: 2, rounding: "down" }`).
    pub rounding: Option<Rounding>,
}

/// A hook's result, decoded.
#[derive(Debug, Default)]
pub(super) struct Outcome {
    /// The main number (`value` for the value hook, `capaian` for the capaian hook).
    pub value: Option<Decimal>,
    /// A capped or converted value kept apart from the raw capaian.
    pub nilai: Option<Decimal>,
    /// A category chosen by the rule.
    pub kategori: Option<String>,
    /// A non-ok status.
    pub status: Option<Status>,
    /// Text for the user, in the rule's words.
    pub note: Option<RuleNote>,
    /// Named figures beside the main number.
    pub outputs: Vec<RawOutput>,
}

impl Outcome {
    /// Decodes the result of hook `hook`; the error text completes
    /// "`hook` of rule `name` …".
    pub(super) fn read(v: Dynamic, hook: &str) -> Result<Outcome, Text> {
        if v.is_unit() {
            return Ok(Outcome::default());
        }
        if let Some(d) = to_decimal(&v) {
            return Ok(Outcome { value: Some(d), ..Outcome::default() });
        }
        let Some(map) = v.clone().try_cast::<rhai::Map>() else {
            return Err(Text::ReturnNotValue { found: v.type_name().to_string(), value: v.to_string() });
        };
        let mut out = Outcome::default();
        for (k, val) in &map {
            let key = k.as_str();
            if !KEYS.contains(&key) {
                return Err(Text::ReturnUnknownKey { key: key.to_string(), allowed: KEYS.join(", ") });
            }
            let number = || {
                to_decimal(val).ok_or_else(|| Text::ReturnNotNumber { key: key.to_string(), value: val.to_string() })
            };
            let text = || {
                val.clone()
                    .into_string()
                    .map_err(|t| Text::ReturnNotText { key: key.to_string(), found: t.to_string() })
            };
            match key {
                "value" | "capaian" if val.is_unit() => {}
                "value" | "capaian" => {
                    if key == hook {
                        out.value = Some(number()?);
                    } else {
                        return Err(Text::ReturnWrongHook { key: key.to_string(), hook: hook.to_string() });
                    }
                }
                "nilai" if !val.is_unit() => out.nilai = Some(number()?),
                "kategori" if !val.is_unit() => out.kategori = Some(text()?),
                "note" if !val.is_unit() => out.note = Some(rule_note(val)?),
                "outputs" if !val.is_unit() => out.outputs = outputs(val)?,
                "status" => {
                    // `error` is for the tool to say: a rule fails by throwing.
                    let name = text()?;
                    out.status = Some(
                        Status::from_name(&name)
                            .filter(|s| *s != Status::Error)
                            .ok_or_else(|| Text::ReturnUnknownStatus { status: name.clone() })?,
                    )
                }
                _ => {}
            }
        }
        if out.status == Some(Status::Ok) {
            out.status = None;
        }
        Ok(out)
    }
}

/// `outputs`: a map of name → number, text, `()` (not computable here), or
/// `#{ value: v, decimals: d, rounding: "down" }` for a figure the
/// document rounds its own way. Names are lower-case identifiers that are
/// not already a result's column; they come out in natural order
/// (`kolom_8` before `kolom_10`).
fn outputs(val: &Dynamic) -> Result<Vec<RawOutput>, Text> {
    let Some(map) = val.clone().try_cast::<rhai::Map>() else {
        return Err(Text::ReturnOutputsNotMap { found: val.type_name().to_string() });
    };
    let mut out = Vec::with_capacity(map.len());
    for (k, v) in &map {
        let name = k.as_str();
        let plain = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !plain || name.len() > 40 {
            return Err(Text::ReturnOutputName { name: name.to_string() });
        }
        if RESERVED_OUTPUTS.contains(&name) {
            return Err(Text::ReturnOutputReserved { name: name.to_string() });
        }
        let (value, rounding) = output_value(name, v)?;
        out.push(RawOutput { name: name.to_string(), value, rounding });
    }
    out.sort_by_key(|o| natural(&o.name));
    Ok(out)
}

fn output_value(name: &str, v: &Dynamic) -> Result<(OutputValue, Option<Rounding>), Text> {
    if v.is_unit() {
        return Ok((OutputValue::None, None));
    }
    if let Some(d) = to_decimal(v) {
        return Ok((OutputValue::Number(d), None));
    }
    if let Ok(text) = v.clone().into_string() {
        return Ok((OutputValue::Text(text), None));
    }
    let bad = || Text::ReturnOutputValue { name: name.to_string(), value: v.to_string() };
    let map = v.clone().try_cast::<rhai::Map>().ok_or_else(bad)?;
    let mut value = OutputValue::None;
    let mut rounding = Rounding::default();
    for (k, x) in &map {
        match k.as_str() {
            "value" if x.is_unit() => {}
            "value" => value = OutputValue::Number(to_decimal(x).ok_or_else(bad)?),
            "decimals" => {
                // A plan's parameter is a decimal even when it is whole.
                let whole = to_decimal(x).filter(|d| d.fract().is_zero()).and_then(|d| u32::try_from(d).ok());
                rounding.decimals = whole
                    .filter(|d| *d <= 10)
                    .ok_or_else(|| Text::ReturnOutputDecimals { name: name.to_string(), value: x.to_string() })?;
            }
            "rounding" => {
                let mode = x.clone().into_string().ok().and_then(|m| RoundingMode::from_name(&m));
                rounding.mode =
                    mode.ok_or_else(|| Text::ReturnOutputRounding { name: name.to_string(), value: x.to_string() })?;
            }
            _ => return Err(bad()),
        }
    }
    Ok((value, Some(rounding)))
}

/// A sort key that orders the digits in a name by their number.
fn natural(name: &str) -> Vec<(String, u64)> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            let mut n = c.to_digit(10).map_or(0, u64::from);
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = n.saturating_mul(10).saturating_add(u64::from(d));
                chars.next();
            }
            parts.push((std::mem::take(&mut text), n));
        } else {
            text.push(c);
        }
    }
    parts.push((text, 0));
    parts
}

/// A rule's note: text, or a map of the same note per language
/// (`#{ en: "target is 0", id: "target 0" }`, `en` required) so a rule can
/// speak to planners in their language too.
fn rule_note(val: &Dynamic) -> Result<RuleNote, Text> {
    if let Ok(text) = val.clone().into_string() {
        return Ok(RuleNote { text, id: None });
    }
    let Some(map) = val.clone().try_cast::<rhai::Map>() else {
        return Err(Text::ReturnNoteType { found: val.type_name().to_string() });
    };
    let mut note = RuleNote::default();
    let mut has_en = false;
    for (k, v) in &map {
        let text = v
            .clone()
            .into_string()
            .map_err(|t| Text::ReturnNotText { key: format!("note.{k}"), found: t.to_string() })?;
        match k.as_str() {
            "en" => (note.text, has_en) = (text, true),
            "id" => note.id = Some(text),
            other => return Err(Text::ReturnNoteLanguage { language: other.to_string() }),
        }
    }
    if !has_en {
        return Err(Text::ReturnNoteNoEn);
    }
    Ok(note)
}
