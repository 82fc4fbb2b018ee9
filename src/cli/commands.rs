//! The subcommands: turn arguments into library calls and print results.

use super::args::{
    CalcArgs, CheckArgs, Cli, Command, DiffArgs, DiffFormat, EvalArgs, ExplainArgs, ExplainFormat, FormatArg, LangArg,
    NumbersArg, TestArgs, TestFormat,
};
use super::{EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE};
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::engine::{Limits, calc};
use crate::eval::{EvalOptions, Evaluator};
use crate::lang::Lang;
use crate::model::Period;
use crate::number::Convention;
use crate::plan::load_paths;
use crate::report::{Format, render_with, write_atomic};
use crate::rules::{Library, describe, limit_help};
use std::io::Write;
use std::path::Path;

/// Whether diagnostics go to stderr as JSON lines (`--errors json`).
static ERRORS_JSON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The language of this run (`--lang`, else the locale), set once at start.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

pub(super) fn dispatch(cli: Cli) -> i32 {
    ERRORS_JSON.store(cli.errors == super::args::ErrorsFormat::Json, std::sync::atomic::Ordering::Relaxed);
    let _ = LANG.set(match cli.lang {
        Some(LangArg::Id) => Lang::Id,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    });
    match cli.command {
        Command::Eval(a) => eval(a),
        Command::Calc(a) => calc_cmd(a),
        Command::Test(a) => test_cmd(a),
        Command::Explain(a) => explain_cmd(a),
        Command::Check(a) => check_cmd(a),
        Command::Diff(a) => diff_cmd(a),
        Command::Functions => {
            print_out(&crate::functions_reference());
            EXIT_OK
        }
        Command::Codes => {
            print_out(&crate::diagnostic::codes_reference());
            EXIT_OK
        }
    }
}

fn eprint_all(diags: &[Diagnostic]) {
    let json = ERRORS_JSON.load(std::sync::atomic::Ordering::Relaxed);
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = if json { writeln!(err, "{}", d.to_json(lang())) } else { write!(err, "{}", d.render(lang())) };
    }
}

/// Reads `--period`/`--as-of`; a bad value is reported and is a usage error.
fn parse_period(text: Option<&str>) -> Result<Option<Period>, ()> {
    text.map(Period::parse).transpose().map_err(|e| eprint_all(&[Diagnostic::error(e)]))
}

/// Loads plans; input that cannot be read is reported (exit 2 for the caller).
fn load(paths: &[std::path::PathBuf], numbers: Option<Convention>) -> Result<crate::plan::Loaded, ()> {
    load_paths(paths, numbers).map_err(|e| eprint_all(&e.diagnostics()))
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
fn print_out(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn eval(a: EvalArgs) -> i32 {
    let Ok(period) = parse_period(a.period.as_deref()) else {
        return EXIT_UNUSABLE;
    };
    let numbers = convention(a.input.numbers);
    let Ok(loaded) = load(&a.paths, numbers) else {
        return EXIT_UNUSABLE;
    };
    eprint_all(&loaded.warnings);
    // Bad table cells affect no indicator; `capaian check` reports them as errors.
    let table_problems: Vec<Diagnostic> = loaded
        .plans
        .iter()
        .flat_map(|p| p.problems.iter().cloned())
        .map(|mut d| {
            d.severity = crate::diagnostic::Severity::Warning;
            d.with_note(Text::CellLeftOut)
        })
        .collect();
    eprint_all(&table_problems);
    let mut limits = Limits::default();
    if let Some(seconds) = a.time_limit {
        limits.max_run_time = std::time::Duration::from_secs(seconds);
    }
    let mut evaluator =
        Evaluator::with_rules(EvalOptions { period, limits }, super::rules::rules_above_plans(a.input.rules.clone()));
    let report = evaluator.evaluate(&loaded.plans);
    eprint_all(&evaluator.warnings);
    let failed: Vec<Diagnostic> = report.results.iter().flat_map(|r| r.diagnostics.iter().cloned()).collect();
    let format = match a.format {
        FormatArg::Table => Format::Table,
        FormatArg::Json => Format::Json,
        FormatArg::Csv => Format::Csv,
    };
    let text = render_with(&report, format, convention(a.print_numbers).unwrap_or(Convention::En), lang());
    match &a.output {
        Some(path) => {
            if let Err(e) = write_atomic(path, &text) {
                let kind = Kind::FileUnwritable { path: path.display().to_string(), reason: e.to_string() };
                eprint_all(&[Diagnostic::error(kind).with_span(Span::file(path))]);
                return EXIT_UNUSABLE;
            }
        }
        None => print_out(&text),
    }
    eprint_all(&failed);
    if report.has_errors() { EXIT_FAILED } else { EXIT_OK }
}

fn calc_cmd(a: CalcArgs) -> i32 {
    // The scratchpad sees the rule folders a plan in the working folder would.
    let rules = std::sync::Arc::new(Library::new(super::rules::rules_here(&a.rules)));
    match calc(&a.expression, &Limits::default(), rules) {
        Ok(v) => {
            print_out(&format!("{}\n", show(&v)));
            EXIT_OK
        }
        Err(e) => {
            let pos = e.position();
            let reason = describe(&e);
            let syntax = matches!(*e, rhai::EvalAltResult::ErrorParsing(..));
            let mut d =
                Diagnostic::error(if syntax { Kind::CalcSyntax { reason } } else { Kind::CalcFailed { reason } });
            if let Some(line) = pos.line() {
                d = d.with_span(Span::from_line_col(
                    Path::new("<expression>"),
                    &a.expression,
                    line,
                    pos.position().unwrap_or(1),
                    1,
                ));
            }
            if let Some(h) = limit_help(&e) {
                d = d.with_help(h);
            }
            eprint_all(&[d]);
            if syntax { EXIT_UNUSABLE } else { EXIT_FAILED }
        }
    }
}

/// Prints a value exactly: decimals without trailing zeros, `()` as `()`.
fn show(v: &rhai::Dynamic) -> String {
    if let Some(d) = crate::engine::to_decimal(v) {
        return d.normalize().to_string();
    }
    v.to_string()
}

fn test_cmd(a: TestArgs) -> i32 {
    let mut files = Vec::new();
    let mut broken = Vec::new();
    for path in crate::cases::discover(&a.path) {
        match crate::cases::read_case_file(&path) {
            Ok(f) => files.push(f),
            Err(e) => broken.extend(e.diagnostics()),
        }
    }
    let want_coverage = a.coverage || a.coverage_min.is_some();
    let trace = want_coverage.then(crate::engine::trace::Trace::coverage);
    let mut evaluator = Evaluator::with_rules(EvalOptions::default(), super::rules::rules_above_plans(Vec::new()));
    if let Some(t) = &trace {
        evaluator.observe(t.clone());
    }
    let mut run = crate::cases::run_cases(&files, a.filter.as_deref(), &mut evaluator);
    run.broken_files = broken;
    let coverage = trace.map(|t| {
        let executed = t.lock().map(|t| t.lines.clone()).unwrap_or_default();
        crate::cases::coverage::coverage(&crate::cases::coverage::rule_files(&evaluator.rule_sets()), &executed)
    });
    let below: Vec<&crate::cases::coverage::FileCoverage> = match (&coverage, a.coverage_min) {
        (Some(c), Some(min)) => c.iter().filter(|f| f.percent() < min).collect(),
        _ => Vec::new(),
    };
    match a.format {
        TestFormat::Json => print_out(&format!("{}\n", serde_json::to_string_pretty(&run).unwrap_or_default())),
        TestFormat::Junit => print_out(&crate::cases::junit_xml(&run)),
        TestFormat::Text => {
            let mut text = String::new();
            for c in run.cases.iter().filter(|c| !c.passed) {
                text.push_str(&format!("FAIL {}:{}  {}\n", c.file.display(), c.line, c.name));
                for m in &c.mismatches {
                    text.push_str(&format!(
                        "  {:<9} expected {}\n  {:<9} actual   {}\n",
                        m.field, m.expected, "", m.actual
                    ));
                }
                if !c.rule.is_empty() {
                    text.push_str(&format!("  rule      {}\n", c.rule));
                }
                text.push_str("  inputs:\n");
                for l in c.text.lines() {
                    text.push_str(&format!("    {l}\n"));
                }
                for d in &c.diagnostics {
                    for l in d.render(lang()).lines() {
                        text.push_str(&format!("    {l}\n"));
                    }
                }
                text.push('\n');
            }
            print_out(&text);
            eprint_all(&run.broken_files);
        }
    }
    if let (Some(cov), TestFormat::Text) = (&coverage, a.format) {
        let mut text = String::from("line coverage of rule files by the cases:\n");
        for f in cov {
            let missed: Vec<String> = f.missed.iter().take(12).map(ToString::to_string).collect();
            text.push_str(&format!(
                "  {:>6}%  {:>3}/{:<3}  {}{}\n",
                f.percent().round_dp(1),
                f.covered,
                f.lines,
                f.file,
                if missed.is_empty() {
                    String::new()
                } else {
                    format!("  (not run: {}{})", missed.join(", "), if f.missed.len() > 12 { ", …" } else { "" })
                }
            ));
        }
        if let Some(min) = a.coverage_min {
            for f in &below {
                text.push_str(&format!(
                    "coverage of {} is {}%, below the minimum {min}%\n",
                    f.file,
                    f.percent().round_dp(1)
                ));
            }
        }
        print_out(&text);
    }
    if let (Some(cov), TestFormat::Json) = (&coverage, a.format) {
        print_out(&format!("{}\n", serde_json::json!({ "coverage": cov })));
    }
    // The closing line CI systems read, on stdout after any report.
    if !matches!(a.format, TestFormat::Json | TestFormat::Junit) {
        print_out(&format!("{} passed, {} failed\n", run.passed(), run.failed()));
    }
    if run.failed() > 0 || !below.is_empty() { EXIT_FAILED } else { EXIT_OK }
}

fn convention(n: Option<NumbersArg>) -> Option<Convention> {
    n.map(|n| match n {
        NumbersArg::Id => Convention::Id,
        NumbersArg::En => Convention::En,
    })
}

fn explain_cmd(a: ExplainArgs) -> i32 {
    let Ok(period) = parse_period(a.period.as_deref()) else {
        return EXIT_UNUSABLE;
    };
    // clap requires exactly one of the two spellings.
    let id = a.indicator.clone().or_else(|| a.indicator_flag.clone()).unwrap_or_default();
    let Ok(loaded) = load(std::slice::from_ref(&a.path), convention(a.input.numbers)) else {
        return EXIT_UNUSABLE;
    };
    let mut evaluator = Evaluator::with_rules(
        EvalOptions { period, ..EvalOptions::default() },
        super::rules::rules_above_plans(a.input.rules.clone()),
    );
    let mut found = Vec::new();
    for plan in &loaded.plans {
        let set = evaluator.rule_set(plan);
        for ind in crate::eval::find_indicator(plan, &id).iter() {
            for p in crate::eval::periods_for(plan, ind, period) {
                let (r, ex) = crate::eval::explain_indicator(&set, plan, ind, p);
                found.push((plan.path.clone(), r, ex));
            }
        }
    }
    if found.is_empty() {
        let ids: Vec<&str> = loaded.plans.iter().flat_map(|p| p.indicators.iter().map(|i| i.id.as_str())).collect();
        let mut d = Diagnostic::error(Kind::IndicatorNotFound { id: id.clone(), path: a.path.display().to_string() });
        d = match crate::diagnostic::suggest(&id, ids.iter().copied()) {
            Some(s) => d.with_help(Text::DidYouMean { word: s.to_string() }),
            None => d.with_help(Text::IndicatorsAre { ids: ids.join(", ") }),
        };
        eprint_all(&[d]);
        return EXIT_UNUSABLE;
    }
    let failed = found.iter().any(|(_, r, _)| r.status == crate::eval::Status::Error);
    match a.format {
        ExplainFormat::Json => {
            let items: Vec<serde_json::Value> = found
                .iter()
                .map(|(path, r, ex)| {
                    serde_json::json!({
                        "plan": path.display().to_string(),
                        "result": r.to_json(lang()),
                        "rule": r.rule,
                        "capaian_raw": r.capaian_raw.map(|d| d.normalize().to_string()),
                        "inputs": ex.inputs,
                        "steps": ex.entries,
                    })
                })
                .collect();
            print_out(&format!(
                "{}\n",
                serde_json::to_string_pretty(&serde_json::json!({ "explanations": items })).unwrap_or_default()
            ));
        }
        ExplainFormat::Text => {
            for (path, r, ex) in &found {
                let header =
                    format!("{} / {} \"{}\", period {}  ({})", r.unit, r.indicator, r.name, r.period, path.display());
                let show = |d: Option<rust_decimal::Decimal>| d.map_or("-".to_string(), |d| d.to_string());
                let result = format!(
                    "target {}, realisasi {}, capaian {}, kategori {}, status {}{}",
                    r.target.map_or("-".into(), |t| t.to_string()),
                    show(r.realisasi),
                    show(r.capaian),
                    r.kategori.as_deref().unwrap_or("-"),
                    r.status.name(),
                    r.message(lang()).map(|m| format!(" ({m})")).unwrap_or_default()
                );
                print_out(&ex.render(&header, &result));
                eprint_all(&r.diagnostics);
            }
        }
    }
    if failed { EXIT_FAILED } else { EXIT_OK }
}

fn check_cmd(a: CheckArgs) -> i32 {
    let Ok(as_of) = parse_period(a.as_of.as_deref()) else {
        return EXIT_UNUSABLE;
    };
    let loaded = match load_paths(&a.paths, convention(a.input.numbers)) {
        Ok(l) => l,
        Err(e) => {
            // A file that cannot be read is itself a finding of `check`.
            let d = e.diagnostics();
            match a.format {
                ExplainFormat::Json => {
                    let d: Vec<serde_json::Value> = d.iter().map(|d| d.to_json(lang())).collect();
                    print_out(&format!("{}\n", serde_json::json!({ "findings": d })));
                }
                ExplainFormat::Text => eprint_all(&d),
            }
            return EXIT_UNUSABLE;
        }
    };
    let mut evaluator =
        Evaluator::with_rules(EvalOptions::default(), super::rules::rules_above_plans(a.input.rules.clone()));
    let mut report = crate::check::check(&loaded.plans, &mut evaluator, as_of);
    report.findings.splice(0..0, loaded.warnings);
    match a.format {
        ExplainFormat::Json => {
            print_out(&format!("{}\n", serde_json::to_string_pretty(&report.to_json(lang())).unwrap_or_default()));
        }
        ExplainFormat::Text => {
            let text: String = report.findings.iter().map(|d| d.render(lang()) + "\n").collect();
            print_out(&text);
            let summary = Text::CheckSummary {
                plans: loaded.plans.len().to_string(),
                errors: report.errors().to_string(),
                warnings: report.warnings().to_string(),
                notes: report.notes().to_string(),
            };
            print_out(&format!("{}\n", summary.message(lang())));
        }
    }
    if report.errors() > 0 || (a.strict && report.warnings() > 0) { EXIT_FAILED } else { EXIT_OK }
}

fn diff_cmd(a: DiffArgs) -> i32 {
    let start =
        if a.path.is_dir() { a.path.clone() } else { a.path.parent().map_or_else(|| ".".into(), Path::to_path_buf) };
    let start = if start.as_os_str().is_empty() { std::path::PathBuf::from(".") } else { start };
    let root = match crate::diff::repo_root(&start) {
        Ok(r) => r,
        Err(d) => {
            eprint_all(&[d]);
            return EXIT_UNUSABLE;
        }
    };
    let tree = match tempfile::tempdir() {
        Ok(t) => t,
        Err(e) => {
            eprint_all(&[Diagnostic::error(Kind::TempFolder { reason: e.to_string() })]);
            return EXIT_UNUSABLE;
        }
    };
    if let Err(d) = crate::diff::materialize_rules(&root, &a.base, tree.path()) {
        eprint_all(&[d]);
        return EXIT_UNUSABLE;
    }
    // Plans: every plan under the path (TOML and CSV); cases: every case file.
    let Ok(loaded) = load(std::slice::from_ref(&a.path), None) else {
        return EXIT_UNUSABLE;
    };
    let mut cases = Vec::new();
    for path in crate::cases::discover(&a.path) {
        match crate::cases::read_case_file(&path) {
            Ok(f) => cases.push(f),
            Err(e) => eprint_all(&e.diagnostics()),
        }
    }
    let snapshot = crate::diff::RulesSnapshot { repo_root: root, tree: tree.path().to_path_buf() };
    let (base, work) = (super::rules::rules_at(snapshot, a.rules.clone()), super::rules::rules_above_plans(a.rules));
    let report = crate::diff::diff(&loaded.plans, &cases, &a.base, base, work);
    match a.format {
        DiffFormat::Json => print_out(&format!("{}\n", serde_json::to_string_pretty(&report).unwrap_or_default())),
        DiffFormat::Md => print_out(&report.markdown()),
        DiffFormat::Text => print_out(&report.text()),
    }
    if report.changed() > 0 { EXIT_FAILED } else { EXIT_OK }
}
