//! Fixture cases: formula behaviour pinned in plain TOML files next to the
//! rules and examples they test (format: `docs/ci.md`), and the runner behind
//! `capaian test`.

pub mod coverage;
mod file;
mod junit;
mod run;

pub use file::{Case, CaseFile, Expect, IndicatorRef, discover, read_case_file};
pub use junit::junit_xml;
pub use run::{CaseOutcome, Mismatch, PlanCache, TestRun, evaluate_case, evaluator, run_cases};
