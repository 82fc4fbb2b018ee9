//! Reading what a rule function returned.
//!
//! A hook returns a number, `()` (no value), or a map with any of `value`,
//! `capaian`, `nilai`, `kategori`, `status`, `note` — the helpers
//! `not_computable(reason)` and `no_data(reason)` build such maps.

use super::{RuleNote, Status};
use crate::engine::to_decimal;
use rhai::Dynamic;
use rust_decimal::Decimal;

const KEYS: &[&str] = &["value", "capaian", "nilai", "kategori", "status", "note"];

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
}

impl Outcome {
    /// Decodes the result of hook `hook`; the error text completes
    /// "`hook` of rule `name` …".
    pub(super) fn read(v: Dynamic, hook: &str) -> Result<Outcome, String> {
        if v.is_unit() {
            return Ok(Outcome::default());
        }
        if let Some(d) = to_decimal(&v) {
            return Ok(Outcome { value: Some(d), ..Outcome::default() });
        }
        let Some(map) = v.clone().try_cast::<rhai::Map>() else {
            return Err(format!("returned {} `{v}`, expected a number, () or a map", v.type_name()));
        };
        let mut out = Outcome::default();
        for (k, val) in &map {
            let key = k.as_str();
            if !KEYS.contains(&key) {
                return Err(format!("returned a map with unknown key `{key}` (allowed: {})", KEYS.join(", ")));
            }
            let number = || to_decimal(val).ok_or_else(|| format!("returned `{key}` = `{val}`, expected a number"));
            let text = || val.clone().into_string().map_err(|t| format!("returned `{key}` of type {t}, expected text"));
            match key {
                "value" | "capaian" if val.is_unit() => {}
                "value" | "capaian" => {
                    if key == hook {
                        out.value = Some(number()?);
                    } else {
                        return Err(format!("returned `{key}`, but the `{hook}` hook returns `{hook}`"));
                    }
                }
                "nilai" if !val.is_unit() => out.nilai = Some(number()?),
                "kategori" if !val.is_unit() => out.kategori = Some(text()?),
                "note" if !val.is_unit() => out.note = Some(rule_note(val)?),
                "status" => {
                    // `error` is for the tool to say: a rule fails by throwing.
                    let name = text()?;
                    out.status = Some(Status::from_name(&name).filter(|s| *s != Status::Error).ok_or_else(|| {
                        format!("returned unknown status `{name}` (use ok, no_data, no_target or not_computable)")
                    })?)
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

/// A rule's note: text, or a map of the same note per language
/// (`#{ en: "target is 0", id: "target 0" }`, `en` required) so a rule can
/// speak to planners in their language too.
fn rule_note(val: &Dynamic) -> Result<RuleNote, String> {
    if let Ok(text) = val.clone().into_string() {
        return Ok(RuleNote { text, id: None });
    }
    let Some(map) = val.clone().try_cast::<rhai::Map>() else {
        return Err(format!("returned `note` of type {}, expected text or #{{ en: …, id: … }}", val.type_name()));
    };
    let mut note = RuleNote::default();
    let mut has_en = false;
    for (k, v) in &map {
        let text = v.clone().into_string().map_err(|t| format!("returned `note.{k}` of type {t}, expected text"))?;
        match k.as_str() {
            "en" => (note.text, has_en) = (text, true),
            "id" => note.id = Some(text),
            other => return Err(format!("returned `note.{other}`: a note's languages are `en` and `id`")),
        }
    }
    if !has_en {
        return Err("returned a `note` map without `en`".into());
    }
    Ok(note)
}
