//! Speed goals are measured here, not asserted in tests.
//!
//! - reading and evaluating the bundled examples (what a planner waits for);
//! - evaluating one plan many times with its rules compiled once (the
//!   "compile once, evaluate many" design: no re-parsing per evaluation);
//! - the number reader on seed-document text.

use capaian::load_paths;
use capaian::rules_above_plans;
use capaian::{Convention, parse_number};
use capaian::{EvalOptions, Evaluator};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;

fn examples() -> Vec<PathBuf> {
    vec![PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples")]
}

fn bench_eval(c: &mut Criterion) {
    let plans = load_paths(&examples(), None).expect("examples load").plans;
    let results: usize =
        Evaluator::with_rules(EvalOptions::default(), rules_above_plans(Vec::new())).evaluate(&plans).results.len();
    c.bench_function(&format!("load + evaluate all examples ({results} results, fresh rules)"), |b| {
        b.iter(|| {
            let plans = load_paths(&examples(), None).expect("examples load").plans;
            black_box(Evaluator::with_rules(EvalOptions::default(), rules_above_plans(Vec::new())).evaluate(&plans))
        })
    });
    let mut warm = Evaluator::with_rules(EvalOptions::default(), rules_above_plans(Vec::new()));
    warm.evaluate(&plans);
    c.bench_function(&format!("evaluate all examples again ({results} results, rules compiled once)"), |b| {
        b.iter(|| black_box(warm.evaluate(&plans)))
    });
}

fn bench_numbers(c: &mut Criterion) {
    let cells = ["1.152.699", "0,99", "97,61%", "Rp 2.870.628.000", "15.174", "8356,00%,51%"];
    c.bench_function("parse 6 seed number cells", |b| {
        b.iter(|| {
            for cell in cells {
                let _ = black_box(parse_number(black_box(cell), Convention::Id));
            }
        })
    });
}

criterion_group!(benches, bench_eval, bench_numbers);
criterion_main!(benches);
