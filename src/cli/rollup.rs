//! `capaian rollup` and `capaian explain --rollup`: read the plans (and the
//! units file), evaluate once, roll up, print.

use super::args::{ExplainArgs, ExplainFormat, FormatArg, RollupArgs};
use super::commands::{convention, eprint_all, load, parse_period, print_out};
use super::{EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE};
use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::eval::{EvalOptions, Evaluator};
use crate::lang::Lang;
use crate::model::RollupMethod;
use crate::number::Convention;
use crate::rollup::{Level, Regions, Rollup, RollupFormat, RollupOptions};
use std::path::{Path, PathBuf};

/// Everything a roll-up run needs, read and evaluated.
struct Ran {
    rollup: Rollup,
    inputs: Vec<PathBuf>,
    failed: Vec<Diagnostic>,
}

/// Loads, evaluates at `period` and rolls up; `Err` is an exit code.
fn run(
    paths: &[PathBuf],
    input: &super::args::InputArgs,
    period: Option<&str>,
    units: Option<&Path>,
    method: Option<RollupMethod>,
) -> Result<Ran, i32> {
    let period = parse_period(period).map_err(|()| EXIT_UNUSABLE)?;
    let regions = match units.map(Regions::read).transpose() {
        Ok(r) => r,
        Err(ds) => {
            eprint_all(&ds);
            return Err(EXIT_UNUSABLE);
        }
    };
    let loaded = load(paths, convention(input.numbers)).map_err(|()| EXIT_UNUSABLE)?;
    eprint_all(&loaded.warnings);
    let options = EvalOptions::at(period);
    let mut evaluator = Evaluator::with_rules(options, super::rules::rules_above_plans(input.rules.clone()));
    let report = evaluator.evaluate(&loaded.plans);
    eprint_all(&evaluator.warnings);
    let failed = report.results.iter().flat_map(|r| r.diagnostics.iter().cloned()).collect();
    let options = RollupOptions::default().with_method(method).with_regions(regions);
    let rollup = crate::rollup::rollup(&loaded.plans, &report, &options);
    let inputs = loaded.plans.iter().map(|p| p.path.clone()).collect();
    Ok(Ran { rollup, inputs, failed })
}

/// Reads a name of `T` given on the command line; a bad one is reported.
fn name<T: crate::named::Named>(text: Option<&str>) -> Result<Option<T>, i32> {
    text.map(crate::named::read_name::<T>).transpose().map_err(|d| {
        eprint_all(&[d]);
        EXIT_UNUSABLE
    })
}

/// `capaian rollup`.
pub(super) fn rollup(a: RollupArgs, out_lang: Lang) -> i32 {
    let Ok(Some(level)) = name::<Level>(Some(&a.by)) else { return EXIT_UNUSABLE };
    let Ok(method) = name::<RollupMethod>(a.method.as_deref()) else { return EXIT_UNUSABLE };
    if level == Level::Region && a.units.is_none() {
        eprint_all(&[Diagnostic::error(Kind::RollupNeedsUnits)]);
        return EXIT_UNUSABLE;
    }
    let mut ran = match run(&a.paths, &a.input, a.period.as_deref(), a.units.as_deref(), method) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let not_ranked = a.rank.then(|| ran.rollup.rank(level));
    let format = match a.format {
        FormatArg::Table => RollupFormat::Table,
        FormatArg::Json => RollupFormat::Json,
        FormatArg::Csv => RollupFormat::Csv,
    };
    let numbers = convention(a.print_numbers).unwrap_or(Convention::En);
    let text = ran.rollup.render(level, format, numbers, out_lang, not_ranked.as_deref());
    match &a.output {
        Some(path) => {
            if let Err(d) = crate::report::write_report(path, &text, &ran.inputs) {
                eprint_all(&[d]);
                return EXIT_UNUSABLE;
            }
        }
        None => print_out(&text),
    }
    eprint_all(&ran.failed);
    eprint_all(&ran.rollup.diagnostics);
    if ran.failed.is_empty() && !ran.rollup.has_errors() { EXIT_OK } else { EXIT_FAILED }
}

/// `capaian explain --rollup KEY PATH`.
pub(super) fn explain(a: ExplainArgs, out_lang: Lang) -> i32 {
    let key = a.rollup.clone().unwrap_or_default();
    let mut ran = match run(std::slice::from_ref(&a.path), &a.input, a.period.as_deref(), a.units.as_deref(), None) {
        Ok(r) => r,
        Err(code) => return code,
    };
    // The rank is part of what a figure is: rank every level first.
    for level in [Level::Sasaran, Level::Unit, Level::Region] {
        ran.rollup.rank(level);
    }
    let Some(figure) = ran.rollup.find(&key) else {
        let mut d = Diagnostic::error(Kind::RollupUnknownKey { key: key.clone() });
        if let Some(s) = crate::diagnostic::suggest(&key, ran.rollup.keys()) {
            d = d.with_help(Text::DidYouMean { word: s.to_string() });
        }
        eprint_all(&[d]);
        return EXIT_UNUSABLE;
    };
    match a.format {
        ExplainFormat::Text => print_out(&ran.rollup.explain(&key, out_lang).unwrap_or_default()),
        ExplainFormat::Json => {
            print_out(&format!("{}\n", serde_json::to_string_pretty(figure).unwrap_or_default()));
        }
    }
    eprint_all(&ran.rollup.diagnostics);
    if ran.rollup.has_errors() { EXIT_FAILED } else { EXIT_OK }
}
