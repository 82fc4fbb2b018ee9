//! Embedding capaian in another program (a ministry's web service, a batch
//! job): plans from text, formulas from memory, results and explanations as
//! data, messages in the reader's language. No files, no command line:
//! build it with `default-features = false` and clap stays out.
//!
//! `cargo run --example embed`

use capaian::{BuiltinStore, EvalOptions, Evaluator, Format, Lang, Layered, MemoryStore, read_toml_plan, render_with};
use std::sync::Arc;

/// A unit's plan as a web form would post it (figures from Labkesmas
/// Batam's RKT 2024; IKK-X's realisasi is illustrative).
const PLAN: &str = r#"
[unit]
id = "labkesmas-batam"
[plan]
year = 2024
[[indicator]]
id = "IKK-2"
name = "Jumlah pemeriksaan spesimen klinis dan/atau sampel"
target = "10.000"
realisasi = "15.174"
[[indicator]]
id = "IKK-X"
name = "Indikator dengan rumus unit sendiri"
rule = "unit/dibatasi-120"
target = 10
realisasi = 14
illustrative = "realisasi rekaan untuk contoh"
"#;

/// The unit's own formula, held in memory (a database row, say).
const RULE: &str = "fn capaian(x) { min(x.value / x.target * 100, 120) }";

fn main() {
    let plan = match read_toml_plan(std::path::Path::new("form.toml"), PLAN, None) {
        Ok(plan) => plan,
        Err(e) => {
            for d in e.diagnostics() {
                eprint!("{}", d.render(Lang::Id));
            }
            std::process::exit(2);
        }
    };
    let mine = MemoryStore::new("<database>").with_rule("unit/dibatasi-120", RULE);
    let store = Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)]);
    let mut evaluator = Evaluator::with_store(EvalOptions::default(), Arc::new(store));
    let report = evaluator.evaluate(std::slice::from_ref(&plan));

    // Results as data …
    for r in &report.results {
        println!("{} {}: capaian {:?} ({})", r.indicator, r.period, r.capaian, r.status.label(Lang::Id));
    }
    // … as a table in Indonesian, and as exact JSON.
    print!("{}", render_with(&report, Format::Table, capaian::Convention::Id, Lang::Id));
    print!("{}", render_with(&report, Format::Json, capaian::Convention::En, Lang::Id));
    // The explanation of one number.
    for (_, explanation) in evaluator.explain(&plan, "IKK-X") {
        print!("{}", explanation.render("IKK-X", "", Lang::Id));
    }
    // A formula figure by figure (a form field, a spreadsheet cell): the
    // rule found and compiled once, a target and a realisasi per call.
    match evaluator.formula("unit/dibatasi-120") {
        Ok(formula) => {
            for (target, realisasi) in [(10, 11), (10, 14), (0, 3)] {
                let c = formula.capaian(target.into(), realisasi.into());
                let why = c.diagnostics.first().map(|d| d.message(Lang::Id)).unwrap_or_default();
                println!("{target} → {realisasi}: {:?} ({}) {why}", c.capaian, c.status.label(Lang::Id));
            }
        }
        Err(d) => eprint!("{}", d.render(Lang::Id)),
    }
}
