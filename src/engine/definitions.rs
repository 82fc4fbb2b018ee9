//! Rhai definition files (`.d.rhai`) of the rule language, for editors: the
//! rhai language server reads them to complete and document the helper
//! functions (`setting`, `kategori_in` …) and the keys of `x`.
//!
//! The functions come from the engine rules run on (Rhai's own
//! `Engine::definitions`, from the metadata of every registered function);
//! the keys of `x` from the table "What `x` holds" of `docs/rules.md`, so the
//! editor and the documentation say the same.
//!
//! The files follow the grammar of the language server's definition parser
//! (rhaiscript/lsp, `crates/rhai-rowan`: `RhaiDef` in `rhai.ungram`,
//! `parsers/def.rs`): a `module static;` header, `fn name(p: T, …) -> R;`,
//! `op sym(T, …) -> R;`, `type Name = #{field: T, …};`, types as Rhai names
//! (`decimal`, `int`, `string`, `bool`, `array`, `map`, `?`, `()`, `A | B`,
//! `[T]`). Rhai writes most of that itself, but passes through the Rust type
//! a function was declared with when it has no Rhai name
//! (`Result<Decimal, Box<EvalAltResult>>`, `Range<int>`): the server's lexer
//! reads `>>` as a shift and stops there. [`rhai_type`] rewrites those after
//! the fact, one table for every file, rather than re-registering every
//! function of Rhai's own packages with hand-written parameter types.

use super::{Limits, Lookup, build_engine};
use std::sync::Arc;

/// The rule documentation, whose table of `x` the definitions quote.
const RULES_DOC: &str = include_str!("../../docs/rules.md");

/// Every definition file: `(file name, text)`.
pub(crate) fn definitions(rules: Arc<dyn Lookup>) -> Vec<(String, String)> {
    let engine = build_engine(&Limits::default(), rules);
    let mut files: Vec<(String, String)> =
        engine.definitions().iter_files().map(|(name, text)| (name, rhai_types(&text))).collect();
    files.push(("capaian.d.rhai".to_string(), rule_contract()));
    files
}

/// The type `Indicator`, the shape of `x` (one field per key of the table,
/// its meaning as the field's documentation), and the three functions a rule
/// may define, taking it. The server parses a map type's fields with their
/// doc comments; a rule's own `fn value(x)` declares no type, so whether an
/// editor completes `x.` depends on the server linking the two, which it was
/// not seen doing (docs/rules.md, "Editor support"): the keys are also listed
/// on each function, whose documentation is shown on hover.
fn rule_contract() -> String {
    let (mut fields, mut keys) = (String::new(), String::new());
    for (key, kind, meaning) in x_table() {
        let names: Vec<&str> = key.split(", ").collect();
        let listed: Vec<String> = names.iter().map(|k| format!("`x.{k}`")).collect();
        keys.push_str(&format!("/// - {} ({kind}): {meaning}\n", listed.join(", ")));
        for name in names {
            fields.push_str(&format!("    /// {meaning}\n    {name}: {},\n", field_type(&kind)));
        }
    }
    format!(
        "module static;\n\n\
         // The functions a capaian rule may define (docs/rules.md, \"The contract\").\n\
         // Each takes the indicator's data `x` for one period, a map of the shape\n\
         // `Indicator`; its keys are listed on each function too.\n\n\
         /// The indicator's data for one period, as a rule receives it in `x`.\n\
         type Indicator = #{{\n{fields}}};\n\n\
         /// The indicator's value: the realisasi, or what a composite index computes\n\
         /// from its components. Absent: `x.realisasi`.\n///\n{keys}\
         fn value(x: Indicator) -> ?;\n\n\
         /// The capaian, with `x.value` set. Absent: the standard rule for the\n\
         /// indicator's target and polarity (`x.standard_rule`).\n///\n{keys}\
         fn capaian(x: Indicator) -> ?;\n\n\
         /// The category text, with `x.value` and `x.capaian` set. Absent: the\n\
         /// indicator's scale.\n///\n{keys}\
         fn kategori(x: Indicator) -> ?;\n",
    )
}

/// The Rhai type of a key from the words of the table's "type" column
/// (`number or \`()\``): numbers are decimals, `()` stays a union member.
/// Words the table does not use yet come out as `?` (any), never wrong.
fn field_type(kind: &str) -> String {
    let one = |word: &str| match word.trim().trim_matches('`') {
        "text" => "string",
        "number" => "decimal",
        "bool" => "bool",
        "map" => "map",
        "array of maps" => "[map]",
        "()" => "()",
        _ => "?",
    };
    let types: Vec<&str> = kind.split(" or ").map(one).collect();
    if types.contains(&"?") { "?".to_string() } else { types.join(" | ") }
}

/// Rewrites every `fn`/`op` declaration of a Rhai-written definition file
/// so its types are Rhai type names (see [`rhai_type`]); other lines (doc
/// comments, the module header) are kept as they are.
fn rhai_types(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        out.push_str(&declaration(line).unwrap_or_else(|| line.to_string()));
        out.push('\n');
    }
    out
}

/// `fn name(p: T, …) -> R;` or `op sym(T, …) -> R;` with each type
/// rewritten; `None` for any other line. The parameter list ends at the `)`
/// that closes it, counting `<…>` and `(…)` so that `Result<A, B>` and the
/// unit type `()` do not end it early.
fn declaration(line: &str) -> Option<String> {
    let rest = line.strip_prefix("fn ").or_else(|| line.strip_prefix("op "))?;
    let head = &line[..line.len() - rest.len()];
    let open = rest.find('(')?;
    let (name, list) = (&rest[..open], &rest[open + 1..]);
    let (mut depth, mut close, mut params, mut start) = (0i32, None, Vec::new(), 0);
    for (i, c) in list.char_indices() {
        match c {
            '<' | '(' => depth += 1,
            '>' if depth > 0 => depth -= 1,
            ')' if depth > 0 => depth -= 1,
            ')' => {
                close = Some(i);
                break;
            }
            ',' if depth == 0 => {
                params.push(&list[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let close = close?;
    params.push(&list[start..close]);
    let ret = list[close + 1..].trim().strip_prefix("->")?.trim().strip_suffix(';')?;
    let params: Vec<String> = params
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once(": ") {
            Some((name, ty)) if head == "fn " => format!("{}: {}", parameter_name(name), rhai_type(ty)),
            _ => rhai_type(p),
        })
        .collect();
    Some(format!("{head}{name}({}) -> {};", params.join(", "), rhai_type(ret)))
}

/// The words the language server's lexer reserves (its `KW_VAR` …
/// `KW_NIL`): a parameter may not be named with one there, although Rhai
/// lets a Rust function's parameter be called `default`.
const RESERVED: &str = "var static goto exit match case public protected new use with module package super spawn \
                        thread go sync async await yield default void null nil";

/// A parameter's name, `_value` added to a reserved word (`default` of
/// `setting` becomes `default_value`); the name is only shown, never used.
fn parameter_name(name: &str) -> String {
    let bare = name.strip_prefix("...").unwrap_or(name);
    if RESERVED.split_whitespace().any(|w| w == bare) { format!("{name}_value") } else { name.to_string() }
}

/// The Rhai name of a type Rhai wrote as Rust: what `type_of` says of such
/// a value. A fallible function's `Result<T, …>` is its `T` (the error is a
/// Rhai exception, not a value); the ranges are `range` (`range=`, Rhai's
/// name for an inclusive one, is no identifier); names without generics
/// that Rhai already gives (`int`, `i32`, `Fn`, `BitRange` …) stay.
fn rhai_type(ty: &str) -> String {
    let ty = ty.trim();
    let ty = ty.strip_prefix("&mut ").or_else(|| ty.strip_prefix('&')).unwrap_or(ty).trim();
    if let Some(inner) = ty.strip_prefix("Result<").or_else(|| ty.strip_prefix("RhaiResultOf<")) {
        let mut depth = 0;
        let end = inner
            .char_indices()
            .find(|&(_, c)| {
                match c {
                    '<' => depth += 1,
                    '>' => depth -= 1,
                    _ => {}
                }
                depth < 0 || (depth == 0 && c == ',')
            })
            .map_or(inner.len(), |(i, _)| i);
        return rhai_type(&inner[..end]);
    }
    let base = ty.split('<').next().unwrap_or(ty).trim();
    match base {
        "Decimal" => "decimal",
        "String" | "ImmutableString" | "str" => "string",
        "Array" => "array",
        "Map" => "map",
        "Blob" => "blob",
        "FnPtr" => "Fn",
        "Dynamic" | "RhaiResult" => "?",
        "INT" | "i64" => "int",
        "Range" | "RangeInclusive" | "StepRange" | "range=" => "range",
        _ => base,
    }
    .to_string()
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
        assert!(text.contains("fn capaian(x: Indicator) -> ?;"), "{text}");
        assert!(text.contains("    target: decimal | (),\n"), "{text}");
        assert!(text.contains("    /// the indicator\n    name: string,\n"), "{text}");
        assert!(text.contains("    periods: [map],\n"), "{text}");
    }

    macro_rules! case {
        ($f:ident, $input:expr, $expect:expr) => {
            assert_eq!($f($input), $expect, "{}", $input)
        };
    }

    #[test]
    fn rust_types_become_rhai_type_names() {
        case!(rhai_type, "Result<Decimal, Box<EvalAltResult>>", "decimal");
        case!(rhai_type, "Result<?, Box<EvalAltResult>>", "?");
        case!(rhai_type, "Range<int>", "range");
        case!(rhai_type, "Range<i128 >", "range");
        case!(rhai_type, "RangeInclusive<int>", "range");
        case!(rhai_type, "StepRange<Decimal>", "range");
        case!(rhai_type, "range=", "range");
        case!(rhai_type, "&mut Array", "array");
        case!(rhai_type, "String", "string");
        case!(rhai_type, "FnPtr", "Fn");
        case!(rhai_type, "()", "()");
        case!(rhai_type, "i32", "i32");
    }

    #[test]
    fn declarations_are_rewritten_and_other_lines_kept() {
        case!(
            declaration,
            "op /(decimal, decimal) -> Result<Decimal, Box<EvalAltResult>>;",
            Some("op /(decimal, decimal) -> decimal;".to_string())
        );
        case!(declaration, "op <((), ()) -> bool;", Some("op <((), ()) -> bool;".to_string()));
        case!(declaration, "op >>(int, int) -> int;", Some("op >>(int, int) -> int;".to_string()));
        case!(
            declaration,
            "fn contains(range: range=, value: int) -> bool;",
            Some("fn contains(range: range, value: int) -> bool;".to_string())
        );
        case!(
            declaration,
            "fn round(x: Decimal, n: Result<int, E>) -> ();",
            Some("fn round(x: decimal, n: int) -> ();".to_string())
        );
        case!(
            declaration,
            "fn call(fn_ptr: Fn, ...args: ?) -> ?;",
            Some("fn call(fn_ptr: Fn, ...args: ?) -> ?;".to_string())
        );
        case!(
            declaration,
            "fn setting(params: map, key: string, default: ?) -> ?;",
            Some("fn setting(params: map, key: string, default_value: ?) -> ?;".to_string())
        );
        case!(declaration, "/// fn value(x) is documentation", None);
        case!(declaration, "module static;", None);
    }

    #[test]
    fn table_words_become_field_types() {
        case!(field_type, "number or `()`", "decimal | ()");
        case!(field_type, "text", "string");
        case!(field_type, "array of maps", "[map]");
        case!(field_type, "map or `()`", "map | ()");
        case!(field_type, "a table", "?");
    }
}
