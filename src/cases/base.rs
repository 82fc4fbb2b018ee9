//! A case file's base indicator and a case's changes to it.
//!
//! Composite cases differ in one or two inputs, so a file may write the
//! indicator once (`[indicator]` at its top) and each case only what
//! differs (format: `docs/ci.md`, "Short case files"). The case's table is
//! laid over the base's before the indicator is read, so what comes out is
//! read, checked and located exactly as if it had been written in full:
//! every value keeps the position it was written at.

use crate::diagnostic::{Diagnostic, Kind};
use crate::plan::toml_value::{Source, Value, get};
use serde_spanned::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

/// Keys of a case's indicator (and of its components) listing keys of the
/// base to leave out.
const UNSET: &str = "unset";
/// The key of a case's indicator listing components of the base to leave out.
const DROP: &str = "drop";

/// `over` laid over `base`: keys given replace the base's, tables (such as
/// `params`) are laid over key by key, and components are matched by `id`
/// — a component of the base is changed key by key, a new one is added
/// after the base's. `unset = ["key", …]` leaves keys of the base out,
/// `drop = ["component id", …]` components; both are applied first, so a
/// dropped component written again is replaced whole.
pub(super) fn overlay<'i>(src: &Source<'_>, base: &Value<'i>, over: &Value<'i>) -> Result<Value<'i>, Vec<Diagnostic>> {
    match (base.get_ref(), over.get_ref()) {
        (DeValue::Table(b), DeValue::Table(o)) => {
            let mut problems = Vec::new();
            let table = overlay_table(src, b, o, true, &mut problems);
            if problems.is_empty() { Ok(Spanned::new(over.span(), DeValue::Table(table))) } else { Err(problems) }
        }
        _ => Ok(over.clone()),
    }
}

/// `over` laid over the table `base`; `indicator` says whether these are
/// an indicator's keys (where `drop` and `component` have their meaning).
fn overlay_table<'i>(
    src: &Source<'_>,
    base: &DeTable<'i>,
    over: &DeTable<'i>,
    indicator: bool,
    problems: &mut Vec<Diagnostic>,
) -> DeTable<'i> {
    let mut out = base.clone();
    for key in names(src, over, UNSET, problems) {
        if remove(&mut out, key.get_ref()).is_none() {
            let kind = Kind::CaseUnsetUnknown { key: key.get_ref().clone() };
            problems.push(Diagnostic::error(kind).with_span(src.span(key.span())));
        }
    }
    if indicator {
        for id in names(src, over, DROP, problems) {
            let dropped = match out.iter_mut().find(|(k, _)| k.get_ref().as_ref() == "component") {
                Some((_, v)) => drop_component(v, id.get_ref()),
                None => false,
            };
            if !dropped {
                let kind = Kind::CaseDropUnknown { id: id.get_ref().clone() };
                problems.push(Diagnostic::error(kind).with_span(src.span(id.span())));
            }
        }
    }
    for (k, v) in over.iter() {
        let key: &str = k.get_ref().as_ref();
        if key == UNSET || (indicator && key == DROP) {
            continue;
        }
        let merged = match (get(&out, key).map(Spanned::get_ref), v.get_ref()) {
            (Some(DeValue::Array(b)), DeValue::Array(o)) if indicator && key == "component" => {
                Spanned::new(v.span(), DeValue::Array(overlay_components(src, b, o, problems)))
            }
            (Some(DeValue::Table(b)), DeValue::Table(o)) => {
                Spanned::new(v.span(), DeValue::Table(overlay_table(src, b, o, false, problems)))
            }
            _ => v.clone(),
        };
        match out.iter_mut().find(|(k, _)| k.get_ref().as_ref() == key) {
            Some((_, slot)) => *slot = merged,
            None => {
                out.insert(k.clone(), merged);
            }
        }
    }
    out
}

/// The base's components with the case's laid over them by `id`.
fn overlay_components<'i>(
    src: &Source<'_>,
    base: &DeArray<'i>,
    over: &DeArray<'i>,
    problems: &mut Vec<Diagnostic>,
) -> DeArray<'i> {
    let mut out: Vec<Value<'i>> = base.iter().cloned().collect();
    for c in over.iter() {
        let same = out.iter().position(|b| component_id(b).is_some_and(|id| Some(id) == component_id(c)));
        match (same, c.get_ref()) {
            (Some(i), DeValue::Table(o)) => {
                if let DeValue::Table(b) = out[i].get_ref() {
                    let t = overlay_table(src, b, o, false, problems);
                    out[i] = Spanned::new(c.span(), DeValue::Table(t));
                }
            }
            _ => out.push(c.clone()),
        }
    }
    let mut array = DeArray::new();
    for c in out {
        array.push(c);
    }
    array
}

/// The `id` of a component table.
fn component_id<'a>(c: &'a Value<'_>) -> Option<&'a str> {
    match c.get_ref() {
        DeValue::Table(t) => match get(t, "id").map(Spanned::get_ref) {
            Some(DeValue::String(s)) => Some(s.as_ref()),
            _ => None,
        },
        _ => None,
    }
}

/// Removes the component `id` from a `component` list; false when it has none.
fn drop_component(components: &mut Value<'_>, id: &str) -> bool {
    let span = components.span();
    let DeValue::Array(a) = components.get_ref() else { return false };
    if !a.iter().any(|c| component_id(c) == Some(id)) {
        return false;
    }
    let mut kept = DeArray::new();
    for c in a.iter().filter(|c| component_id(c) != Some(id)) {
        kept.push(c.clone());
    }
    *components = Spanned::new(span, DeValue::Array(kept));
    true
}

/// Removes `key` from a table, keeping the order of the others.
fn remove<'i>(table: &mut DeTable<'i>, key: &str) -> Option<Value<'i>> {
    let found = table.keys().find(|k| k.get_ref().as_ref() == key)?.clone();
    table.remove(&found)
}

/// The names listed under `key` (`unset`, `drop`), each with where it is
/// written; anything but a list of texts is a problem.
fn names(src: &Source<'_>, table: &DeTable<'_>, key: &str, problems: &mut Vec<Diagnostic>) -> Vec<Spanned<String>> {
    let Some(v) = get(table, key) else { return Vec::new() };
    let not_list = || src.error_at(v, Kind::CaseNotNameList { key: key.to_string() });
    let DeValue::Array(items) = v.get_ref() else {
        problems.push(not_list());
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items.iter() {
        match item.get_ref() {
            DeValue::String(s) => out.push(Spanned::new(item.span(), s.to_string())),
            _ => problems.push(not_list()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use std::path::Path;

    /// A value as compact text, to compare overlays in one line.
    fn show(v: &DeValue<'_>) -> String {
        match v {
            DeValue::String(s) => format!("{s:?}"),
            DeValue::Integer(i) => i.as_str().to_string(),
            DeValue::Float(f) => f.as_str().to_string(),
            DeValue::Boolean(b) => b.to_string(),
            DeValue::Datetime(d) => d.to_string(),
            DeValue::Array(a) => format!("[{}]", a.iter().map(|x| show(x.get_ref())).collect::<Vec<_>>().join(", ")),
            DeValue::Table(t) => format!(
                "{{{}}}",
                t.iter()
                    .map(|(k, x)| format!("{} = {}", k.get_ref(), show(x.get_ref())))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }

    /// The overlay of `over` on `base`, or its messages.
    fn overlaid(base: &str, over: &str) -> String {
        let text = format!("base = {base}\nover = {over}\n");
        let src = Source::new(Path::new("c.toml"), &text);
        let doc = src.parse().map_err(|_| ()).expect("test TOML parses");
        let (b, o) = (get(doc.get_ref(), "base").unwrap(), get(doc.get_ref(), "over").unwrap());
        match overlay(&src, b, o) {
            Ok(v) => show(v.get_ref()),
            Err(d) => d.iter().map(|d| d.message(Lang::En)).collect::<Vec<_>>().join("; "),
        }
    }

    macro_rules! case {
        ($base:expr, $over:expr => $want:expr) => {
            assert_eq!(overlaid($base, $over), $want, "{} over {}", $over, $base)
        };
    }

    #[test]
    fn a_case_changes_only_what_it_writes() {
        let base = r#"{ target = "75", params = { a = 1, b = 2 }, component = [{ id = "x", realisasi = "1" }, { id = "y", realisasi = "2" }] }"#;
        let comps = r#"component = [{id = "x", realisasi = "1"}, {id = "y", realisasi = "2"}]"#;
        case!(base, "{}" => format!(r#"{{target = "75", params = {{a = 1, b = 2}}, {comps}}}"#));
        case!(base, r#"{ target = "80" }"# => format!(r#"{{target = "80", params = {{a = 1, b = 2}}, {comps}}}"#));
        // tables are laid over key by key
        case!(base, "{ params = { b = 3, c = 4 } }" => format!(r#"{{target = "75", params = {{a = 1, b = 3, c = 4}}, {comps}}}"#));
        // components by id: changed in place, new ones after the base's
        case!(base, r#"{ component = [{ id = "y", realisasi = "5" }, { id = "z" }] }"#
            => r#"{target = "75", params = {a = 1, b = 2}, component = [{id = "x", realisasi = "1"}, {id = "y", realisasi = "5"}, {id = "z"}]}"#);
        // unset leaves keys out, at any level; drop leaves components out
        case!(base, r#"{ unset = ["target"], params = { unset = ["a"] } }"# => format!(r#"{{params = {{b = 2}}, {comps}}}"#));
        case!(base, r#"{ component = [{ id = "x", unset = ["realisasi"] }] }"#
            => r#"{target = "75", params = {a = 1, b = 2}, component = [{id = "x"}, {id = "y", realisasi = "2"}]}"#);
        case!(base, r#"{ drop = ["x"] }"# => r#"{target = "75", params = {a = 1, b = 2}, component = [{id = "y", realisasi = "2"}]}"#);
        // a dropped component written again is replaced whole, at the end
        case!(base, r#"{ drop = ["x"], component = [{ id = "x", target = "3" }] }"#
            => r#"{target = "75", params = {a = 1, b = 2}, component = [{id = "y", realisasi = "2"}, {id = "x", target = "3"}]}"#);
        // an id of the plan is not a table to lay over
        case!(base, r#""IKK-1""# => r#""IKK-1""#);
    }

    #[test]
    fn what_the_base_lacks_is_an_error() {
        let base = r#"{ target = "75", component = [{ id = "x" }] }"#;
        case!(base, r#"{ unset = ["rounding"] }"# => "`unset` names `rounding`, which the file's base indicator does not have");
        case!(base, r#"{ drop = ["y"] }"# => "`drop` names component `y`, which the file's base indicator does not have");
        case!(base, r#"{ drop = "x" }"# => r#"`drop` must be a list of texts, e.g. drop = ["a", "b"]"#);
        case!(base, r#"{ component = [{ id = "x", unset = [1] }] }"# => r#"`unset` must be a list of texts, e.g. unset = ["a", "b"]"#);
    }
}
