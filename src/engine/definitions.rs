//! Rhai definition files (`.d.rhai`) of the rule language, for editors: the
//! rhai language server reads them to complete and document the helper
//! functions (`setting`, `kategori_in` …) and the keys of `x`.
//!
//! The functions come from the engine rules run on (Rhai's own
//! `Engine::definitions`, from the metadata of every registered function);
//! the keys of `x` from the table "What `x` holds" of `docs/rules.md`, so the
//! editor and the documentation say the same.

use super::{Limits, Lookup, build_engine};
use std::sync::Arc;

/// The rule documentation, whose table of `x` the definitions quote.
const RULES_DOC: &str = include_str!("../../docs/rules.md");

/// Every definition file: `(file name, text)`.
pub(crate) fn definitions(rules: Arc<dyn Lookup>) -> Vec<(String, String)> {
    let engine = build_engine(&Limits::default(), rules);
    let mut files: Vec<(String, String)> = engine.definitions().iter_files().collect();
    files.push(("capaian.d.rhai".to_string(), rule_contract()));
    files
}

/// The three functions a rule may define, with the keys of `x` as their
/// documentation (definitions have no way to type a map's keys).
fn rule_contract() -> String {
    let mut keys = String::new();
    for row in x_table() {
        let names: Vec<String> = row.0.split(", ").map(|k| format!("`x.{k}`")).collect();
        keys.push_str(&format!("/// - {} ({}): {}\n", names.join(", "), row.1, row.2));
    }
    format!(
        "module static;\n\n\
         // The functions a capaian rule may define (docs/rules.md, \"The contract\").\n\
         // Each takes the indicator's data `x` for one period, a map; its keys are\n\
         // listed on each function.\n\n\
         /// The indicator's value: the realisasi, or what a composite index computes\n\
         /// from its components. Absent: `x.realisasi`.\n///\n{keys}\
         fn value(x: Map) -> ?;\n\n\
         /// The capaian, with `x.value` set. Absent: the standard rule for the\n\
         /// indicator's target and polarity (`x.standard_rule`).\n///\n{keys}\
         fn capaian(x: Map) -> ?;\n\n\
         /// The category text, with `x.value` and `x.capaian` set. Absent: the\n\
         /// indicator's scale.\n///\n{keys}\
         fn kategori(x: Map) -> ?;\n",
    )
}

/// The rows of the table "What `x` holds": (key, type, meaning).
fn x_table() -> Vec<(String, String, String)> {
    let Some(start) = RULES_DOC.find("### What `x` holds") else { return Vec::new() };
    RULES_DOC[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .filter_map(|l| {
            let cells: Vec<&str> = l.trim().trim_matches('|').split(" | ").map(str::trim).collect();
            match cells.as_slice() {
                [key, kind, meaning] => Some((key.replace('`', ""), kind.to_string(), meaning.to_string())),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_contract_documents_every_key_of_x_the_docs_list() {
        let rows = x_table();
        let keys: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        for key in ["id, name", "target", "standard_rule", "params", "components", "budget"] {
            assert!(keys.contains(&key), "{key} missing from {keys:?}");
        }
        let text = rule_contract();
        assert!(text.contains("/// - `x.standard_rule` (text): the standard rule"), "{text}");
        assert!(text.contains("fn capaian(x: Map) -> ?;"), "{text}");
    }
}
