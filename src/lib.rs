//! capaian computes the performance indicators (capaian kinerja) of
//! Indonesian government units from their plans, with every formula written
//! as a Rhai rule and every number an exact decimal.
//!
//! This page is the whole library API: read plans ([`read_toml_plan`],
//! [`read_csv_plans`], [`load_paths`]), evaluate them with an [`Evaluator`]
//! over a [`RuleStore`] (folders, the built-in library, rules held in
//! memory, or layers of them), compute figure by figure with one rule
//! ([`Evaluator::formula`]), explain a number ([`Evaluator::explain`]),
//! check plans ([`check`]), write a [`Report`] ([`render_with`]), read and
//! round Indonesian number text ([`parse_number`], [`Rounding`]), and
//! handle [`Diagnostic`]s, whose [`Kind`] has a stable code and a message in
//! each [`Lang`]. The command line is the `cli` feature (on by default).
//!
//! ```
//! use capaian::{BuiltinStore, EvalOptions, Evaluator, Lang, Layered, MemoryStore, read_toml_plan};
//! use std::sync::Arc;
//!
//! let text = r#"
//! [unit]
//! id = "contoh"
//! [plan]
//! year = 2024
//! [[indicator]]
//! id = "IKK-2"
//! name = "Jumlah pemeriksaan spesimen klinis dan/atau sampel"
//! target = "10.000"
//! realisasi = "15.174"
//! [[indicator]]
//! id = "X"
//! rule = "unit/kali-dua"
//! target = 10
//! realisasi = 4
//! "#;
//! let plan = read_toml_plan(std::path::Path::new("contoh.toml"), text, None).unwrap();
//! // Rules from memory before the built-in standard rules: a web service
//! // can hold its formulas anywhere.
//! let mine = MemoryStore::new("memory").with_rule("unit/kali-dua", "fn capaian(x) { x.value * 2 }");
//! let store = Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)]);
//! let report = Evaluator::with_store(EvalOptions::default(), Arc::new(store)).evaluate(&[plan]);
//! assert_eq!(report.results[0].capaian.unwrap().to_string(), "151.74");
//! assert_eq!(report.results[1].capaian.unwrap().to_string(), "8.00");
//! assert_eq!(report.results[1].message(Lang::Id), None);
//! // Texts a row shares with its plan and indicator are `Arc<str>`s.
//! assert_eq!(&*report.results[0].indicator, "IKK-2");
//! assert_eq!(report.results[1].rule.as_ref(), "unit/kali-dua");
//! ```

#![deny(missing_docs)]
#![warn(unreachable_pub)]
// Diagnostics carry a location, the source line and hints; they travel only
// on the error path, where their size costs nothing that matters.
#![allow(clippy::result_large_err)]

// Fixture cases and `diff` serve the command line's `test` and `diff`.
#[cfg(feature = "cli")]
mod cases;
mod check;
mod cli;
// Collection workbooks serve the command line's `template` and `collect`.
#[cfg(feature = "cli")]
mod collect;
mod diagnostic;
#[cfg(feature = "cli")]
mod diff;
mod engine;
mod eval;
mod files;
mod lang;
mod model;
mod named;
mod number;
mod output;
mod plan;
mod report;
mod rollup;
mod rules;
// The planner's web page (`capaian serve`), with tokio and axum.
#[cfg(feature = "serve")]
mod serve;
mod tree;

pub use check::{CheckReport, check};
pub use cli::rules::{rules_above_plans, rules_here};
pub use diagnostic::{Diagnostic, Kind, LineIndex, Severity, Span, Subject, Text, codes_reference};
pub use engine::Limits;
pub use eval::explain::Explanation;
pub use eval::{
    BudgetFigures, Earlier, EvalOptions, Evaluator, Formula, FormulaResult, IndicatorResult, Note, Output, OutputValue,
    PlanInfo, Progress, RenstraFigures, Report, ReportJson, ResultJson, RuleNote, RulesFor, SCHEMA_VERSION, Status,
    Trend, result_schema,
};
pub use lang::Lang;
pub use model::{
    Aggregation, Budget, Discrepancy, Granularity, Indicator, Located, Param, Period, PeriodError, Plan, PlanKind,
    Polarity, Program, Revision, RollupMethod, Row, Sasaran, Table, TargetKind, Tujuan, Unit,
};
pub use number::{
    Convention, Garble, MAX_DECIMALS, Number, NumberError, Rounding, RoundingMode, Target, ambiguity, format_grouped,
    is_no_value, parse_number, parse_number_in, parse_optional, parse_target, parse_target_in,
};
pub use plan::{LoadError, Loaded, load_bytes, load_paths, read_csv_plans, read_toml_plan};
pub use report::lapkin::{
    BudgetGroup, BudgetRow, BudgetSum, Chapter, Lapkin, ProgramBudget, Progression, Provenance, Row as ChapterRow,
    RuleVersion, SasaranGroup, lapkin,
};
pub use report::{
    Format, RenderOptions, ReportFile, render, render_opts, render_with, write_report, write_report_bytes,
};
pub use rollup::{
    Figure as RollupFigure, LeftOut, Level as RollupLevel, Member as RollupMember, Pooled, Region, Regions, Rollup,
    RollupFormat, RollupOptions, UnitPlace, Why as LeftOutWhy, rollup,
};
pub use rules::{BuiltinStore, FolderStore, Layered, MemoryStore, RuleStore, Source as RuleSource};
pub use tree::{Pohon, PohonLevel, PohonNode, PohonPlan, pohon};

/// Runs the command line; returns the process exit code.
#[cfg(feature = "cli")]
pub fn run(args: impl IntoIterator<Item = std::ffi::OsString>) -> i32 {
    cli::run(args)
}

/// Rhai definition files (`.d.rhai`: file name, text) of the rule language
/// for editors and the rhai language server: every function a rule can call,
/// with its documentation, and the functions a rule defines with the keys of
/// `x` (`capaian definitions -o DIR`).
pub fn rule_definitions() -> Vec<(String, String)> {
    let builtin = rules::Library::new(std::sync::Arc::new(rules::BuiltinStore));
    engine::definitions(std::sync::Arc::new(builtin))
}

/// The Markdown reference of the helper functions available to rules,
/// generated from the engine's own metadata so it cannot drift.
///
/// In English the text is the functions' doc comments; in Bahasa Indonesia
/// it is the `fn-…` block at the end of `locales/id.ftl` (a function missing
/// there falls back to English, and a test makes sure none is missing).
pub fn functions_reference(lang: Lang) -> String {
    let text = |id: &str, english: &str| -> String {
        if lang == Lang::En {
            english.to_string()
        } else {
            lang.format(id, None, &[]).unwrap_or_else(|| english.into())
        }
    };
    let mut out = format!(
        "# {}\n\n<!-- {} -->\n\n{}\n\n",
        text("fn-heading", "Rule helper functions"),
        text("fn-generated", "Generated by `capaian functions` from the engine's metadata; do not edit."),
        text(
            "fn-intro",
            "Besides these, rules have Rhai's core language, arithmetic on exact decimals, strings, arrays and maps. \
             They have no file, network, clock or `eval`."
        ),
    );
    for f in helper_functions() {
        out.push_str(&format!("## `{}`\n\n", f.signature));
        let description = text(&f.message_id, &f.english);
        if !description.is_empty() {
            out.push_str(&description);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}

/// The catalogue messages of the function reference that belong to no
/// function: its heading, the generated-file note and the intro.
#[cfg(test)]
const FUNCTION_REFERENCE_FRAME: [&str; 3] = ["fn-heading", "fn-generated", "fn-intro"];

/// One helper function as the reference shows it.
struct HelperDoc {
    /// The readable signature, `round(x: number, decimals: number) -> Decimal`.
    signature: String,
    /// Its message in `locales/id.ftl`: `fn-NAME`, and for an overloaded
    /// name `fn-NAME-TYPES` (`fn-not_computable-map`).
    message_id: String,
    /// The doc comment, one line per line, without `///`.
    english: String,
}

/// The helper functions (and `kategori_in`), sorted by name and signature.
fn helper_functions() -> Vec<HelperDoc> {
    use rhai::packages::Package;
    let mut engine = rhai::Engine::new_raw();
    engine.register_global_module(engine::CapaianPackage::new().as_shared_module());
    let builtin = rules::Library::new(std::sync::Arc::new(rules::BuiltinStore));
    engine::register_scale_lookup(&mut engine, std::sync::Arc::new(builtin));
    let json = engine.gen_fn_metadata_to_json(false).unwrap_or_default();
    let meta: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let mut fns: Vec<(String, String, String)> = meta["functions"]
        .as_array()
        .map(|a| a.as_slice())
        .unwrap_or_default()
        .iter()
        .map(|f| {
            let english = f["docComments"]
                .as_array()
                .map(|a| a.as_slice())
                .unwrap_or_default()
                .iter()
                .filter_map(|d| d.as_str())
                .flat_map(str::lines)
                .map(|l| l.trim_start_matches("///").trim_start_matches(' '))
                .collect::<Vec<_>>()
                .join("\n");
            (f["name"].as_str().unwrap_or("").to_string(), f["signature"].as_str().unwrap_or("").to_string(), english)
        })
        .collect();
    // Overloads share a name and come out of the engine in an order that
    // differs from build to build: the signature settles it.
    fns.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    fns.iter()
        .map(|(name, sig, english)| {
            let signature = readable_signature(sig);
            let overloaded = fns.iter().filter(|(n, _, _)| n == name).count() > 1;
            let message_id =
                if overloaded { format!("fn-{name}-{}", parameter_types(&signature)) } else { format!("fn-{name}") };
            HelperDoc { signature, message_id, english: english.clone() }
        })
        .collect()
}

/// The parameter types of a readable signature as a message id part:
/// lower case, joined by `-` (`text`, `map`, `number-number`), `none` for
/// no parameters.
fn parameter_types(signature: &str) -> String {
    let inner = signature.split_once('(').and_then(|(_, rest)| rest.split_once(')')).map_or("", |(p, _)| p);
    let types: Vec<String> = inner
        .split(", ")
        .filter(|p| !p.is_empty())
        .map(|p| {
            let ty = p.rsplit_once(": ").map_or(p, |(_, t)| t);
            ty.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect()
        })
        .collect();
    if types.is_empty() { "none".to_string() } else { types.join("-") }
}

/// Rust types in signatures, in the words of a rule writer.
fn readable_signature(sig: &str) -> String {
    let mut s = sig.replace("rust_decimal::decimal::Decimal", "Decimal").replace("rhai::", "");
    if let Some(i) = s.find("-> Result<") {
        let inner = &s[i + "-> Result<".len()..];
        let ok = inner.split(',').next().unwrap_or("").to_string();
        s = format!("{}-> {ok}", &s[..i]);
    }
    let s = s.replace("&str", "text").replace("ImmutableString", "text");
    // `Dynamic` says nothing to a rule writer: what each of these helpers
    // takes and gives, as their doc comments say.
    let name = s.split('(').next().unwrap_or("");
    let (param, returns) = match name {
        "is_number" | "setting" => ("value", if name == "setting" { "value" } else { "bool" }),
        "number_setting" => ("number", "number or ()"),
        _ => ("number", "text or ()"),
    };
    s.replace(": Dynamic", &format!(": {param}")).replace("-> Dynamic", &format!("-> {returns}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `fn-…` message ids of `locales/id.ftl`.
    fn catalogue_function_ids() -> Vec<&'static str> {
        include_str!("../locales/id.ftl")
            .lines()
            .filter(|l| l.starts_with("fn-"))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
            .collect()
    }

    /// A new helper function cannot ship English-only, and the catalogue
    /// keeps no text for a function that is gone; the code spans of the
    /// English text (examples, names) stay in the Indonesian one.
    #[test]
    fn every_function_has_an_indonesian_entry() {
        let helpers = helper_functions();
        assert!(helpers.len() > 10, "the engine's metadata lists too few functions");
        for f in &helpers {
            assert!(!FUNCTION_REFERENCE_FRAME.contains(&f.message_id.as_str()), "{} is a frame id", f.message_id);
            let Some(id) = Lang::Id.format(&f.message_id, None, &[]) else {
                panic!("locales/id.ftl has no {} for `{}`", f.message_id, f.signature)
            };
            for span in f.english.split('`').skip(1).step_by(2) {
                assert!(id.contains(&format!("`{span}`")), "{}: the Indonesian text lacks `{span}`", f.message_id);
            }
        }
        for id in FUNCTION_REFERENCE_FRAME {
            assert!(Lang::Id.has(id, None), "locales/id.ftl has no {id}");
        }
        for id in catalogue_function_ids() {
            assert!(
                FUNCTION_REFERENCE_FRAME.contains(&id) || helpers.iter().any(|f| f.message_id == id),
                "locales/id.ftl has {id}, which is no helper function"
            );
        }
    }

    #[test]
    fn overloads_are_told_apart_by_parameter_types() {
        assert_eq!(parameter_types("no_data(reason: Map) -> Map"), "map");
        assert_eq!(
            parameter_types("setting(params: Map, key: text, default: number) -> text or ()"),
            "map-text-number"
        );
        assert_eq!(parameter_types("f() -> text or ()"), "none");
        let ids: Vec<String> = helper_functions().into_iter().map(|f| f.message_id).collect();
        assert!(ids.iter().any(|i| i == "fn-not_computable-map"));
        assert!(ids.iter().any(|i| i == "fn-round"));
        let unique: std::collections::HashSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "two functions share a message id: {ids:?}");
    }

    #[test]
    fn english_reference_is_the_doc_comments() {
        let en = functions_reference(Lang::En);
        assert!(en.starts_with("# Rule helper functions\n"));
        assert!(en.contains("Rounds half away from zero"));
        let id = functions_reference(Lang::Id);
        assert!(id.starts_with("# Fungsi bantu aturan\n"));
        assert!(!id.contains("Rounds half away from zero"));
    }
}
