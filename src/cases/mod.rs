//! Fixture cases: formula behaviour pinned in plain TOML files next to the
//! rules and examples they test (format: `docs/ci.md`), and the runner behind
//! `capaian test`.

mod base;
pub(crate) mod coverage;
mod file;
mod junit;
mod run;

pub(crate) use file::{CaseFile, IndicatorRef, discover, read_case_file};
pub(crate) use junit::junit_xml;
pub(crate) use run::{PlanCache, TestRun, evaluate_case, run_cases};
