//! TOML plan files: `read_toml_plan` must never panic, with or without a
//! number-convention override; neither may rendering its diagnostics. Small
//! plans that load are also evaluated with the built-in rules and the report
//! rendered in every format.
#![no_main]

use capaian::{EvalOptions, Evaluator};
use capaian::Convention;
use capaian::read_toml_plan;
use capaian::{Format, render};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

/// Evaluation builds and runs a Rhai engine, so only plans this small are
/// evaluated (indicators plus their components).
const MAX_EVALUATED_INDICATORS: usize = 8;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // The path only names the plan in messages: an evaluator made with
    // `Evaluator::new` reads the built-in rules and nothing from disk.
    let path = Path::new("plan.toml");
    for numbers in [None, Some(Convention::En)] {
        match read_toml_plan(path, text, numbers) {
            Ok(plan) => {
                for ind in &plan.indicators {
                    for d in ind.problems.iter().chain(ind.components.iter().flat_map(|c| &c.problems)) {
                        std::hint::black_box(d.render());
                    }
                }
                let size: usize = plan.indicators.iter().map(|i| 1 + i.components.len()).sum();
                if numbers.is_none() && size <= MAX_EVALUATED_INDICATORS {
                    let report = Evaluator::new(EvalOptions::default()).evaluate(std::slice::from_ref(&plan));
                    for format in [Format::Table, Format::Json, Format::Csv] {
                        std::hint::black_box(render(&report, format));
                    }
                }
            }
            Err(e) => {
                for d in e.diagnostics() {
                    std::hint::black_box(d.render());
                }
            }
        }
    }
});
