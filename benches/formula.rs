//! One formula, `realisasi / target × 100` on exact decimals, the same
//! inputs for every contender: native Rust, GoRules ZEN's `zen-expression`
//! (compiled once, a context per call), capaian's [`Formula`] of the
//! standard rule (found and compiled once, a target and a realisasi per
//! call: the like of ZEN's), and capaian evaluating whole indicators of a
//! plan with the standard rule (its native twin, the default path) and with
//! the same rule as a script of the user's own (the Rhai path). Prints
//! throughput and the ratios the goals name (`docs/performance.md`).
//!
//! `cargo bench --bench formula`

use capaian::{BuiltinStore, EvalOptions, Evaluator, Formula, Layered, MemoryStore, Plan, Status, read_toml_plan};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rust_decimal::Decimal;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use zen_expression::Isolate;
use zen_expression::variable::Variable;

/// Indicators per batch.
const N: usize = 1000;

/// The same (target, realisasi) pairs for everyone: targets 10…, realisasi
/// around them with two decimals.
fn inputs() -> Vec<(Decimal, Decimal)> {
    (0..N)
        .map(|i| {
            let t = Decimal::from(10 + (i % 97) * 13);
            let r = Decimal::new(((10 + (i % 97) * 13) * 100 + (i * 37 % 1500)) as i64 - 700, 2);
            (t, r)
        })
        .collect()
}

fn native(inputs: &[(Decimal, Decimal)]) -> Decimal {
    inputs.iter().fold(Decimal::ZERO, |acc, (t, r)| acc + black_box(*r / *t * Decimal::ONE_HUNDRED))
}

/// ZEN: the expression compiled once, a context of the two figures per call
/// (as capaian builds its own per indicator).
fn zen_batch() -> impl FnMut(&[(Decimal, Decimal)]) -> usize {
    let mut isolate = Isolate::new();
    let expression = isolate.compile_standard("realisasi / target * 100").expect("zen compiles");
    let mut vm = zen_expression::vm::VM::new();
    move |inputs| {
        let mut n = 0;
        for (t, r) in inputs {
            let context = Variable::empty_object();
            context.dot_insert("target", Variable::Number(*t));
            context.dot_insert("realisasi", Variable::Number(*r));
            if let Ok(Variable::Number(_)) = expression.evaluate_with(context, &mut vm) {
                n += 1;
            }
        }
        n
    }
}

/// capaian's formula of the standard rule over every pair; counts the
/// capaian computed.
fn formula(f: &Formula, inputs: &[(Decimal, Decimal)]) -> usize {
    inputs.iter().filter(|(t, r)| black_box(f.capaian(*t, *r)).status == Status::Ok).count()
}

/// A plan of `N` indicators with these figures, naming `rule`.
fn plan(inputs: &[(Decimal, Decimal)], rule: &str) -> Plan {
    let mut text = String::from("[unit]\nid = \"bench\"\n[plan]\nyear = 2024\nnumbers = \"en\"\n");
    for (i, (t, r)) in inputs.iter().enumerate() {
        text.push_str(&format!(
            "[[indicator]]\nid = \"I{i}\"\nname = \"I{i}\"\nrule = \"{rule}\"\ntarget = \"{t}\"\nrealisasi = \"{r}\"\n"
        ));
    }
    read_toml_plan(Path::new("bench.toml"), &text, None).expect("bench plan reads")
}

/// An evaluator whose store has the standard rule under a name of its own
/// (`sendiri/positif`, the same text): always run as a script.
fn scripted() -> Evaluator {
    let text = include_str!("../rules/standard/positif.rhai");
    let mine = MemoryStore::new("<mine>").with_rule("sendiri/positif", text);
    Evaluator::with_store(EvalOptions::default(), Arc::new(Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)])))
}

/// Best time per item over repeated batches for about `for_how_long`.
fn per_item(mut batch: impl FnMut(), for_how_long: Duration) -> Duration {
    let (started, mut best) = (Instant::now(), Duration::MAX);
    while started.elapsed() < for_how_long {
        let t = Instant::now();
        batch();
        best = best.min(t.elapsed());
    }
    best / N as u32
}

fn bench_formula(c: &mut Criterion) {
    let inputs = inputs();
    let standard = plan(&inputs, "standard/positif");
    let own = plan(&inputs, "sendiri/positif");
    let mut fast = Evaluator::new(EvalOptions::default());
    let mut script = scripted();
    let mut zen = zen_batch();
    let standard_formula = fast.formula("standard/positif").expect("the standard rule is built in");
    assert_eq!(formula(&standard_formula, &inputs), N, "the formula computes every input");
    assert_eq!(fast.evaluate(std::slice::from_ref(&standard)).results.len(), N);
    assert_eq!(zen(&inputs), N, "zen evaluates every input");

    let mut g = c.benchmark_group("R / T × 100");
    g.throughput(Throughput::Elements(N as u64));
    g.bench_function("native rust_decimal", |b| b.iter(|| native(black_box(&inputs))));
    g.bench_function("zen-expression", |b| b.iter(|| zen(black_box(&inputs))));
    g.bench_function("capaian formula, standard/positif", |b| {
        b.iter(|| formula(&standard_formula, black_box(&inputs)))
    });
    g.bench_function("capaian eval, standard/positif", |b| b.iter(|| fast.evaluate(std::slice::from_ref(&standard))));
    g.bench_function("capaian eval, the same rule as a script", |b| {
        b.iter(|| script.evaluate(std::slice::from_ref(&own)))
    });
    g.finish();

    // The ratios, from best-of batches (criterion's own figures above).
    let time = Duration::from_secs(2);
    let native_t = per_item(
        || {
            black_box(native(&inputs));
        },
        time,
    );
    let zen_t = per_item(
        || {
            black_box(zen(&inputs));
        },
        time,
    );
    let formula_t = per_item(
        || {
            black_box(formula(&standard_formula, &inputs));
        },
        time,
    );
    let fast_t = per_item(
        || {
            black_box(fast.evaluate(std::slice::from_ref(&standard)));
        },
        time,
    );
    let script_t = per_item(
        || {
            black_box(script.evaluate(std::slice::from_ref(&own)));
        },
        time,
    );
    let rate = |d: Duration| 1e9 / d.as_nanos().max(1) as f64 / 1e6;
    println!("\nper item (best batch of {N}):");
    for (name, t) in [
        ("native", native_t),
        ("zen-expression", zen_t),
        ("capaian standard formula", formula_t),
        ("capaian indicator (eval)", fast_t),
        ("capaian rule as script", script_t),
    ] {
        println!("  {name:<24} {:>9.1} ns  {:>7.2} M/s", t.as_nanos() as f64, rate(t));
    }
    let ratio = |a: Duration, b: Duration| a.as_nanos() as f64 / b.as_nanos().max(1) as f64;
    println!("  capaian formula vs zen:     {:.2}× zen's throughput (goal ≥ 2)", ratio(zen_t, formula_t));
    println!("  capaian formula vs native:  {:.2}× native's time (goal ≤ 3)", ratio(formula_t, native_t));
    println!("  capaian indicator vs zen:   {:.2}× zen's throughput", ratio(zen_t, fast_t));
    println!("  capaian indicator vs native: {:.2}× native's time", ratio(fast_t, native_t));
    println!("  capaian script vs zen:      {:.2}× zen's throughput", ratio(zen_t, script_t));
}

criterion_group!(benches, bench_formula);
criterion_main!(benches);
