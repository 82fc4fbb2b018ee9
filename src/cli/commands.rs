//! The subcommands: turn arguments into library calls and print results.

use super::args::{
    CalcArgs, CheckArgs, CheckFormat, Cli, Command, DiffArgs, DiffFormat, EvalArgs, ExplainArgs, ExplainFormat,
    FormatArg, LangArg, NumbersArg, ReportArgs, ReportFormat, TestArgs, TestFormat, TreeArgs, TreeFormat,
};
use super::{EXIT_FAILED, EXIT_OK, EXIT_UNUSABLE};
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::engine::{Limits, calc};
use crate::eval::{BatchStop, EvalOptions, Evaluator};
use crate::lang::Lang;
use crate::model::{Granularity, Period};
use crate::number::Convention;
use crate::plan::load_paths;
use crate::report::{Format, RenderOptions, ReportFile, render_opts, write_report_bytes};
use crate::rules::{Library, describe, limit_help};
use std::io::Write;
use std::path::Path;

/// Whether diagnostics go to stderr as JSON lines (`--errors json`).
static ERRORS_JSON: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The language of this run (`--lang`, else the locale), set once at start.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

pub(super) fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

pub(super) fn dispatch(cli: Cli) -> i32 {
    ERRORS_JSON.store(cli.errors == super::args::ErrorsFormat::Json, std::sync::atomic::Ordering::Relaxed);
    let _ = LANG.set(match cli.lang {
        Some(LangArg::Id) => Lang::Id,
        Some(LangArg::En) => Lang::En,
        None => Lang::from_env(),
    });
    let paths: Vec<std::path::PathBuf> = match &cli.command {
        Command::Eval(a) => a.paths.clone(),
        Command::Test(a) => a.paths.clone(),
        Command::Check(a) => a.paths.clone(),
        Command::Report(a) => a.paths.clone(),
        Command::Tree(a) => a.paths.clone(),
        Command::Explain(a) => vec![a.path.clone()],
        Command::Rollup(a) => a.paths.clone(),
        Command::Diff(a) => vec![a.path.clone()],
        Command::Calc(_) => vec![".".into()],
        Command::Template(a) => vec![a.plan.clone()],
        Command::Collect(a) => vec![a.plan.clone()],
        #[cfg(feature = "serve")]
        Command::Serve(_) => Vec::new(),
        Command::Functions
        | Command::Codes
        | Command::Schema
        | Command::Completions { .. }
        | Command::Manpage { .. }
        | Command::Definitions { .. } => Vec::new(),
    };
    let config = super::rules::check_projects(&paths);
    if !config.is_empty() {
        eprint_all(&config);
        return EXIT_UNUSABLE;
    }
    match cli.command {
        Command::Eval(a) => eval(a),
        Command::Calc(a) => calc_cmd(a),
        Command::Test(a) => test_cmd(a),
        Command::Explain(a) if a.rollup.is_some() => {
            super::rollup::explain(a, if cli.lang == Some(LangArg::En) { Lang::En } else { Lang::Id })
        }
        Command::Explain(a) => explain_cmd(a),
        // Roll-ups are for planners: Indonesian unless English is asked for.
        Command::Rollup(a) => super::rollup::rollup(a, if cli.lang == Some(LangArg::En) { Lang::En } else { Lang::Id }),
        // The report is for planners: Indonesian unless English is asked for.
        Command::Report(a) => report_cmd(a, if cli.lang == Some(LangArg::En) { Lang::En } else { Lang::Id }),
        Command::Check(a) => check_cmd(a),
        // The tree is for planners, as the report: Indonesian unless English is asked for.
        Command::Tree(a) => tree_cmd(a, if cli.lang == Some(LangArg::En) { Lang::En } else { Lang::Id }),
        Command::Diff(a) => diff_cmd(a),
        Command::Template(a) => super::collect::template(a),
        Command::Collect(a) => super::collect::collect(a),
        // The page is for planners: Indonesian unless English is asked for.
        #[cfg(feature = "serve")]
        Command::Serve(a) => serve_cmd(a, if cli.lang == Some(LangArg::En) { Lang::En } else { Lang::Id }),
        Command::Functions => {
            print_out(&crate::functions_reference(lang()));
            EXIT_OK
        }
        Command::Schema => {
            print_out(&crate::eval::result_schema());
            EXIT_OK
        }
        Command::Codes => {
            print_out(&crate::diagnostic::codes_reference());
            EXIT_OK
        }
        Command::Definitions { output } => definitions_cmd(&output),
        Command::Manpage { output } => super::manpage::manpage_cmd(output.as_deref(), lang()),
        Command::Completions { shell } => {
            // From the command line as it is defined, so completions never
            // lag behind a new option.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut super::help::command(lang()), "capaian", &mut script);
            print_out(&String::from_utf8_lossy(&script));
            EXIT_OK
        }
    }
}

/// `capaian serve`: the web page until the process is stopped.
#[cfg(feature = "serve")]
fn serve_cmd(a: super::args::ServeArgs, page_lang: Lang) -> i32 {
    let config = crate::serve::Config { listen: a.listen, token: a.token, rules: a.rules, lang: page_lang };
    match crate::serve::serve(config, &mut |line| print_out(&format!("{line}\n"))) {
        Ok(()) => EXIT_OK,
        Err(d) => {
            eprint_all(&[d]);
            EXIT_UNUSABLE
        }
    }
}

/// `capaian definitions -o DIR`: the rule language's definition files,
/// each through the atomic writer (src/output.rs), so a file is never left
/// half written and an existing rule file is never replaced.
fn definitions_cmd(dir: &Path) -> i32 {
    let files = crate::rule_definitions();
    if let Err(e) = std::fs::create_dir_all(dir) {
        let kind = Kind::FileUnwritable { path: dir.display().to_string(), reason: e.to_string() };
        eprint_all(&[Diagnostic::error(kind).with_span(Span::file(dir))]);
        return EXIT_UNUSABLE;
    }
    let failed: Vec<Diagnostic> = files
        .iter()
        .filter_map(|(name, text)| crate::output::write_output(&dir.join(name), text.as_bytes(), &[]).err())
        .collect();
    if !failed.is_empty() {
        eprint_all(&failed);
        return EXIT_UNUSABLE;
    }
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let text = Text::DefinitionsWritten { dir: dir.display().to_string(), files: names.join(", ") };
    eprintln!("{}", text.message(lang()));
    EXIT_OK
}

pub(super) fn eprint_all(diags: &[Diagnostic]) {
    let json = ERRORS_JSON.load(std::sync::atomic::Ordering::Relaxed);
    let mut err = std::io::stderr().lock();
    for d in diags {
        let _ = if json { writeln!(err, "{}", d.to_json(lang())) } else { write!(err, "{}", d.render(lang())) };
    }
}

/// Reads `--period`/`--as-of`; a bad value is reported and is a usage error.
pub(super) fn parse_period(text: Option<&str>) -> Result<Option<Period>, ()> {
    text.map(Period::parse).transpose().map_err(|e| eprint_all(&[Diagnostic::error(e)]))
}

/// Loads plans; input that cannot be read is reported (exit 2 for the caller).
pub(super) fn load(paths: &[std::path::PathBuf], numbers: Option<Convention>) -> Result<crate::plan::Loaded, ()> {
    load_paths(paths, numbers).and_then(crate::plan::Loaded::strict).map_err(|e| eprint_all(&e.diagnostics()))
}

/// Runs `f` on a pool of `jobs` threads (0: one per core), so the files it
/// reads in parallel use that many; on the current thread if none can start.
fn with_jobs<T: Send>(jobs: usize, f: impl FnOnce() -> T + Send) -> T {
    if jobs == 1 {
        return f();
    }
    match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(pool) => pool.install(f),
        Err(_) => f(),
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
pub(super) fn print_out(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

/// `--period` (one period or a range) and `--periods GRAIN`.
fn eval_periods(a: &EvalArgs) -> Result<EvalOptions, ()> {
    let mut options = EvalOptions::default();
    if let Some(text) = &a.period {
        let ps = Period::parse_many(text).map_err(|e| eprint_all(&[Diagnostic::error(e)]))?;
        match ps.as_slice() {
            [one] => options.period = Some(*one),
            _ => options.periods = ps,
        }
    }
    if let Some(grain) = &a.periods {
        options.every =
            Some(crate::named::read_option::<Granularity>("--periods", grain).map_err(|d| eprint_all(&[d]))?);
    }
    options.compare = a.compare.clone();
    Ok(options)
}

/// The terminal's width when standard output is one and `--wide` is not
/// given: the table is fitted to it. A pipe or a file gets every column.
fn table_width(wide: bool) -> Option<usize> {
    use std::io::IsTerminal;
    if wide || !std::io::stdout().is_terminal() {
        return None;
    }
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok());
    columns.or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0))).filter(|w| *w >= 40)
}

fn eval(a: EvalArgs) -> i32 {
    let progress = super::progress::Bar::new();
    let Ok(mut options) = eval_periods(&a) else {
        return EXIT_UNUSABLE;
    };
    let numbers = convention(a.input.numbers);
    let jobs = a.jobs.map_or(0, usize::from);
    let mut limits = Limits::default();
    if let Some(seconds) = a.time_limit {
        limits.max_run_time = std::time::Duration::from_secs(seconds);
    }
    options.limits = limits;
    let matrix = options.several_periods();
    let mut evaluator = Evaluator::with_rules(options, super::rules::rules_above_plans(a.input.rules.clone()))
        .with_jobs(jobs)
        .with_progress(progress.callback());
    let format = match a.format {
        FormatArg::Table => Format::Table,
        FormatArg::Json => Format::Json,
        FormatArg::Csv => Format::Csv,
    };
    let render = RenderOptions::new(convention(a.print_numbers).unwrap_or(Convention::En), lang())
        .with_matrix(matrix)
        .with_width(if a.output.is_some() { None } else { table_width(a.wide) });
    // A file of CSV or JSON is written as the results come, its plans read
    // a batch at a time; standard output and the table once they are all there.
    let mut run = Run::default();
    let written = match &a.output {
        Some(path) if format != Format::Table => {
            let streamed = with_jobs(jobs, || {
                let mut file = ReportFile::new(path, Vec::new(), format, render);
                let inputs = crate::plan::inputs(&a.paths);
                evaluator
                    .evaluate_batched(inputs, numbers, batch_bytes(), EVAL_CHUNK, |chunk, read| {
                        run.note(&chunk);
                        file.read_more(read);
                        file.write(chunk)
                    })
                    .map(|read| (read, file))
            });
            match streamed {
                Ok((read, file)) => {
                    run.report_read(read.failed, read.warnings, read.problems);
                    file.finish().map(|()| None).map_err(Some)
                }
                Err(BatchStop::Load(e)) => {
                    eprint_all(&e.diagnostics());
                    Err(None)
                }
                Err(BatchStop::Sink(d)) => Err(Some(d)),
                // A unit's years in different batches: read whole.
                Err(BatchStop::Joined) => {
                    run = Run::default();
                    eval_whole(&a, &mut evaluator, &mut run, format, render, jobs, numbers)
                }
            }
        }
        _ => eval_whole(&a, &mut evaluator, &mut run, format, render, jobs, numbers),
    };
    progress.finish();
    // Input that could not be read was said, and nothing else counts.
    if let Err(None) = written {
        return EXIT_UNUSABLE;
    }
    eprint_all(&evaluator.warnings);
    eprint_all(&shadowing(&evaluator));
    // Standard output after the run's warnings, as a reader of both sees them.
    match written {
        Ok(Some(text)) => print_out(&text),
        Ok(None) => {}
        Err(d) => {
            eprint_all(d.as_slice());
            return EXIT_UNUSABLE;
        }
    }
    eprint_all(&run.failed);
    if run.has_errors || run.unread { EXIT_FAILED } else { EXIT_OK }
}

/// What an `eval` run found besides its results, reported at its end.
#[derive(Default)]
struct Run {
    /// The diagnostics of failed results.
    failed: Vec<Diagnostic>,
    has_errors: bool,
    /// A file of a folder could not be read.
    unread: bool,
}

impl Run {
    fn note(&mut self, chunk: &[crate::eval::IndicatorResult]) {
        self.failed.extend(chunk.iter().flat_map(|r| r.diagnostics.iter().cloned()));
        self.has_errors |= chunk.iter().any(|r| r.status == crate::eval::Status::Error);
    }

    /// Reports what reading found: files left out, warnings, and bad table
    /// cells (which affect no indicator; `capaian check` reports them as errors).
    fn report_read(&mut self, failed: Vec<Diagnostic>, warnings: Vec<Diagnostic>, problems: Vec<Diagnostic>) {
        eprint_all(&failed);
        eprint_all(&warnings);
        let problems: Vec<Diagnostic> =
            problems.into_iter().map(|d| d.into_warning().with_note(Text::CellLeftOut)).collect();
        eprint_all(&problems);
        self.unread |= !failed.is_empty();
    }
}

/// `eval` reading every plan first: the table, standard output, and a run
/// whose units' years are in different batches. `Err(None)`: the input
/// could not be read (said already); `Err(Some(d))`: the report could not
/// be written.
#[allow(clippy::too_many_arguments)]
fn eval_whole(
    a: &EvalArgs,
    evaluator: &mut Evaluator,
    run: &mut Run,
    format: Format,
    render: RenderOptions,
    jobs: usize,
    numbers: Option<Convention>,
) -> Result<Option<String>, Option<Diagnostic>> {
    // A file of a folder that cannot be read is reported and left out: the
    // others are evaluated, and the exit code says something failed.
    // One file is read on this thread: a pool would only cost its start.
    let one_file = matches!(a.paths.as_slice(), [p] if p.is_file());
    let loaded = with_jobs(if one_file { 1 } else { jobs }, || load_paths(&a.paths, numbers)).map_err(|e| {
        eprint_all(&e.diagnostics());
        None
    })?;
    let problems = loaded.plans.iter().flat_map(|p| p.problems.iter().cloned()).collect();
    run.report_read(loaded.failed, loaded.warnings, problems);
    match &a.output {
        Some(path) => {
            let inputs: Vec<std::path::PathBuf> = loaded.plans.iter().map(|p| p.path.clone()).collect();
            let mut file = ReportFile::new(path, inputs, format, render);
            evaluator
                .evaluate_chunks(&loaded.plans, EVAL_CHUNK, |chunk| {
                    run.note(&chunk);
                    file.write(chunk)
                })
                .and_then(|()| file.finish())
                .map(|()| None)
                .map_err(Some)
        }
        None => {
            let report = evaluator.evaluate(&loaded.plans);
            run.note(&report.results);
            Ok(Some(render_opts(&report, format, render)))
        }
    }
}

/// Writes `text` to `-o PATH` (atomically, never over one of `plans`) or
/// to standard output; a file that cannot be written is reported.
fn write_or_print(output: Option<&Path>, text: &str, plans: &[crate::model::Plan]) -> Result<(), ()> {
    match output {
        Some(path) => {
            let inputs: Vec<std::path::PathBuf> = plans.iter().map(|p| p.path.clone()).collect();
            crate::report::write_report(path, text, &inputs).map_err(|d| eprint_all(&[d]))
        }
        None => {
            print_out(text);
            Ok(())
        }
    }
}

/// Indicator-periods evaluated and written at a time by `eval -o`: enough
/// to keep both cores busy, few enough that a chunk's results are small.
const EVAL_CHUNK: usize = 1024;

/// Plan files read at a time by `eval -o` of CSV or JSON: a national run
/// holds this much input's plans, not all of it (a CSV row read is about
/// ten times its text in memory).
const EVAL_BATCH_BYTES: u64 = 8 << 20;

/// [`EVAL_BATCH_BYTES`], or `CAPAIAN_EVAL_BATCH_BYTES` when set: tests read
/// a file per batch, and a machine short of memory may want less.
fn batch_bytes() -> u64 {
    let set = std::env::var("CAPAIAN_EVAL_BATCH_BYTES").ok().and_then(|v| v.trim().parse().ok());
    set.filter(|b| *b > 0).unwrap_or(EVAL_BATCH_BYTES)
}

/// The time a report says it was made: `SOURCE_DATE_EPOCH` when set (for
/// reproducible files and snapshots), else now.
fn made_at() -> i64 {
    let fixed = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse::<i64>().ok());
    fixed.unwrap_or_else(|| {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
    })
}

fn report_cmd(a: ReportArgs, report_lang: Lang) -> i32 {
    let Ok(loaded) = load(&a.paths, convention(a.input.numbers)) else {
        return EXIT_UNUSABLE;
    };
    eprint_all(&loaded.warnings);
    let xlsx_name = a.output.extension().is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let format = a.format.unwrap_or(if xlsx_name { ReportFormat::Xlsx } else { ReportFormat::Html });
    let rules = super::rules::rules_above_plans(a.input.rules.clone());
    let made =
        match crate::report::lapkin::lapkin(&loaded.plans, &EvalOptions::default(), rules, report_lang, made_at()) {
            Ok(l) => l,
            Err(d) => {
                eprint_all(&[d]);
                return EXIT_UNUSABLE;
            }
        };
    eprint_all(&made.warnings);
    let bytes = match format {
        ReportFormat::Html => made.chapter.to_html().into_bytes(),
        ReportFormat::Xlsx => match made.chapter.to_xlsx() {
            Ok(b) => b,
            Err(d) => {
                eprint_all(&[d]);
                return EXIT_UNUSABLE;
            }
        },
    };
    let inputs: Vec<std::path::PathBuf> = loaded.plans.iter().map(|p| p.path.clone()).collect();
    if let Err(d) = write_report_bytes(&a.output, &bytes, &inputs) {
        eprint_all(&[d]);
        return EXIT_UNUSABLE;
    }
    let failed: Vec<Diagnostic> = made.report.results.iter().flat_map(|r| r.diagnostics.iter().cloned()).collect();
    eprint_all(&failed);
    if made.report.has_errors() { EXIT_FAILED } else { EXIT_OK }
}

/// `capaian tree`: the pohon kinerja with each indicator's result at the
/// period; the cascade's findings on standard error.
fn tree_cmd(a: TreeArgs, tree_lang: Lang) -> i32 {
    let Ok(period) = parse_period(a.period.as_deref()) else {
        return EXIT_UNUSABLE;
    };
    let Ok(loaded) = load(&a.paths, convention(a.input.numbers)) else {
        return EXIT_UNUSABLE;
    };
    eprint_all(&loaded.warnings);
    let options = EvalOptions { period, ..EvalOptions::default() };
    let mut evaluator = Evaluator::with_rules(options, super::rules::rules_above_plans(a.input.rules.clone()));
    let report = evaluator.evaluate(&loaded.plans);
    eprint_all(&evaluator.warnings);
    let tree = crate::tree::pohon(&loaded.plans, Some(&report));
    let text = match a.format {
        TreeFormat::Table => tree.to_table(tree_lang),
        TreeFormat::Json => tree.to_json(tree_lang),
    };
    if write_or_print(a.output.as_deref(), &text, &loaded.plans).is_err() {
        return EXIT_UNUSABLE;
    }
    eprint_all(&tree.findings);
    let broken = tree.findings.iter().any(|d| d.severity == crate::diagnostic::Severity::Error);
    if broken || report.has_errors() { EXIT_FAILED } else { EXIT_OK }
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
            let syntax = matches!(*e, rhai::EvalAltResult::ErrorParsing(..));
            let mut d = Diagnostic::error(if syntax {
                Kind::CalcSyntax { reason: describe(&e) }
            } else {
                Kind::CalcFailed { reason: crate::rules::reason(&e) }
            });
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

/// A warning for each local rule used that hides another of its name, once
/// per rule name (issue 9 §5).
fn shadowing(evaluator: &Evaluator) -> Vec<Diagnostic> {
    let mut seen = std::collections::BTreeSet::new();
    evaluator
        .rule_sets()
        .iter()
        .flat_map(|s| s.sources.shadowing())
        .filter(|d| match &d.kind {
            Kind::RuleShadowed { name, .. } => seen.insert(name.clone()),
            _ => true,
        })
        .collect()
}

fn test_cmd(a: TestArgs) -> i32 {
    let mut files = Vec::new();
    let mut broken = Vec::new();
    for path in &a.paths {
        if let Err(source) = std::fs::metadata(path) {
            eprint_all(&crate::plan::LoadError::Io { path: path.clone(), source }.diagnostics());
            return EXIT_UNUSABLE;
        }
    }
    for root in &a.paths {
        let found = crate::cases::discover(root);
        eprint_all(&found.warnings);
        for path in found.files {
            // A file reached from two of the paths is run once.
            if files.iter().any(|f: &crate::cases::CaseFile| f.path == path) {
                continue;
            }
            match crate::cases::read_case_file(&path) {
                Ok(f) => files.push(f),
                Err(e) => broken.extend(e.diagnostics()),
            }
        }
    }
    let want_coverage = a.coverage || a.coverage_min.is_some();
    let trace = want_coverage.then(crate::engine::trace::Trace::coverage);
    let mut evaluator = Evaluator::with_rules(EvalOptions::default(), super::rules::rules_above_plans(a.rules.clone()));
    if let Some(t) = &trace {
        evaluator.observe(t.clone());
    }
    let mut run = crate::cases::run_cases(&files, a.filter.as_deref(), &mut evaluator);
    // Nothing run is not a pass: a typo in the path or the filter must not turn a gate green.
    let empty = run.cases.is_empty() && broken.is_empty();
    if empty {
        let d = match (&a.filter, files.is_empty()) {
            (Some(filter), false) => Diagnostic::warning(Kind::TestNoMatch { filter: filter.clone() }),
            _ => {
                let shown: Vec<String> = a.paths.iter().map(|p| p.display().to_string()).collect();
                let d = Diagnostic::warning(Kind::TestNoCases { path: shown.join(", ") });
                match a.paths.as_slice() {
                    [one] => d.with_span(Span::file(one)),
                    _ => d,
                }
            }
        };
        eprint_all(&[d]);
    }
    run.broken_files = broken;
    let coverage = trace.map(|t| {
        let executed = t.lock().map(|t| t.lines.clone()).unwrap_or_default();
        let rules = crate::cases::coverage::rule_files(&evaluator.rule_sets());
        crate::cases::coverage::coverage(&crate::cases::coverage::under(rules, &a.paths), &executed)
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
                let label = |t: Text| t.message(lang());
                let (expected, actual) = (label(Text::TestExpected), label(Text::TestActual));
                let width = expected.chars().count().max(actual.chars().count());
                text.push_str(&format!("{} {}:{}  {}\n", label(Text::TestFail), c.file.display(), c.line, c.name));
                for m in &c.mismatches {
                    text.push_str(&format!(
                        "  {:<9} {expected:<width$} {}\n  {:<9} {actual:<width$} {}\n",
                        m.field, m.expected, "", m.actual
                    ));
                }
                if !c.rule.is_empty() {
                    text.push_str(&format!("  {:<9} {}\n", label(Text::TestRule), c.rule));
                }
                if let Some(source) = &c.source {
                    text.push_str(&format!("  {:<9} {source}\n", label(Text::TestSource)));
                }
                text.push_str(&format!("  {}:\n", label(Text::TestInputs)));
                for l in c.text.lines() {
                    text.push_str(&format!("    {l}\n"));
                }
                if let Some(place) = &c.base {
                    text.push_str(&format!("    ({})\n", label(Text::TestBase { place: place.clone() })));
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
        let mut text = format!("{}\n", Text::CoverageHeading.message(lang()));
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
                    let more = if f.missed.len() > 12 { ", …" } else { "" };
                    format!(
                        "  ({})",
                        Text::CoverageNotRun { lines: format!("{}{more}", missed.join(", ")) }.message(lang())
                    )
                }
            ));
        }
        if let Some(min) = a.coverage_min {
            for f in &below {
                let below = Text::CoverageBelow {
                    file: f.file.clone(),
                    percent: f.percent().round_dp(1).to_string(),
                    min: min.to_string(),
                };
                text.push_str(&format!("{}\n", below.message(lang())));
            }
        }
        print_out(&text);
    }
    if let (Some(cov), TestFormat::Json) = (&coverage, a.format) {
        print_out(&format!("{}\n", serde_json::json!({ "coverage": cov })));
    }
    // The closing line CI systems read, on stdout after any report.
    if !matches!(a.format, TestFormat::Json | TestFormat::Junit) {
        let summary = Text::TestSummary { passed: run.passed().to_string(), failed: run.failed().to_string() };
        print_out(&format!("{}\n", summary.message(lang())));
    }
    if run.failed() > 0 || !below.is_empty() || empty { EXIT_FAILED } else { EXIT_OK }
}

pub(super) fn convention(n: Option<NumbersArg>) -> Option<Convention> {
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
    // What eval warns about the plan, explain says too.
    eprint_all(&loaded.warnings);
    let mut evaluator = Evaluator::with_rules(
        EvalOptions { period, ..EvalOptions::default() },
        super::rules::rules_above_plans(a.input.rules.clone()),
    );
    let mut found = Vec::new();
    for plan in &loaded.plans {
        found.extend(evaluator.explain(plan, &id).into_iter().map(|(r, ex)| (plan.path.clone(), r, ex)));
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
            // Serialised as structs, not through serde_json::Value, so the
            // result's decimals keep their digits.
            #[derive(serde::Serialize)]
            struct Item<'a> {
                plan: String,
                result: crate::eval::ResultJson,
                rule: &'a str,
                capaian_raw: Option<String>,
                inputs: serde_json::Value,
                steps: serde_json::Value,
            }
            #[derive(serde::Serialize)]
            struct Explanations<'a> {
                explanations: Vec<Item<'a>>,
            }
            let explanations = found
                .iter()
                .map(|(path, r, ex)| {
                    let (inputs, steps) = ex.to_json(lang());
                    Item {
                        plan: path.display().to_string(),
                        result: r.to_json(lang()),
                        rule: &r.rule,
                        capaian_raw: r.capaian_raw.map(|d| d.normalize().to_string()),
                        inputs,
                        steps,
                    }
                })
                .collect();
            print_out(&format!(
                "{}\n",
                serde_json::to_string_pretty(&Explanations { explanations }).unwrap_or_default()
            ));
        }
        ExplainFormat::Text => {
            for (path, r, ex) in &found {
                print_out(&ex.render_result(path, r, lang()));
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
    let loaded = match load_paths(&a.paths, convention(a.input.numbers)).and_then(crate::plan::Loaded::strict) {
        Ok(l) => l,
        Err(e) => {
            // A file that cannot be read is itself a finding of `check`.
            let d = e.diagnostics();
            match a.format {
                CheckFormat::Json => {
                    let d: Vec<serde_json::Value> = d.iter().map(|d| d.to_json(lang())).collect();
                    print_out(&format!("{}\n", serde_json::json!({ "findings": d })));
                }
                CheckFormat::Text => eprint_all(&d),
            }
            return EXIT_UNUSABLE;
        }
    };
    let mut evaluator =
        Evaluator::with_rules(EvalOptions::default(), super::rules::rules_above_plans(a.input.rules.clone()));
    let mut report = crate::check::check(&loaded.plans, &mut evaluator, as_of);
    report.findings.splice(0..0, loaded.warnings);
    report.findings.extend(shadowing(&evaluator));
    match a.format {
        CheckFormat::Json => {
            print_out(&format!("{}\n", serde_json::to_string_pretty(&report.to_json(lang())).unwrap_or_default()));
        }
        CheckFormat::Text => {
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
    let found = crate::cases::discover(&a.path);
    eprint_all(&found.warnings);
    for path in found.files {
        match crate::cases::read_case_file(&path) {
            Ok(f) => cases.push(f),
            Err(e) => eprint_all(&e.diagnostics()),
        }
    }
    let snapshot = crate::diff::RulesSnapshot { repo_root: root, tree: tree.path().to_path_buf() };
    let (base, work) = (super::rules::rules_at(snapshot, a.rules.clone()), super::rules::rules_above_plans(a.rules));
    let report = crate::diff::diff(&loaded.plans, &cases, &a.base, base, work, a.exact);
    match a.format {
        DiffFormat::Json => print_out(&format!("{}\n", serde_json::to_string_pretty(&report).unwrap_or_default())),
        DiffFormat::Md => print_out(&report.markdown(lang())),
        DiffFormat::Text => print_out(&report.text(lang())),
    }
    if report.changed() > 0 { EXIT_FAILED } else { EXIT_OK }
}
