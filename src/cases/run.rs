//! Running cases and comparing results with expectations.

use super::file::{Case, CaseFile, ExpectedOutput, IndicatorRef};
use crate::diagnostic::{Diagnostic, Kind};
use crate::eval::{Evaluator, IndicatorResult, OutputValue, evaluate_with_earlier};
use crate::files::{PLAN_FILE_LIMIT, boundary, read_inside};
use crate::model::{Indicator, Plan, Unit};
use crate::number::{Rounding, RoundingMode, Target};
use crate::plan::read_toml_plan;
use crate::rules::RuleSet;
use rayon::prelude::*;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// One field that came out differently from the expectation.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Mismatch {
    /// The field (`capaian`, `status` …).
    pub field: String,
    /// What the case expects.
    pub expected: String,
    /// What came out.
    pub actual: String,
}

/// The result of one case.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct CaseOutcome {
    /// The case file.
    pub file: PathBuf,
    /// The case's line in it.
    pub line: usize,
    /// The case's name.
    pub name: String,
    /// Whether every expectation held.
    pub passed: bool,
    /// The differences.
    pub mismatches: Vec<Mismatch>,
    /// The case's text (its inputs).
    #[serde(skip)]
    pub text: String,
    /// Diagnostics of the evaluation, when it failed.
    #[serde(skip)]
    pub diagnostics: Vec<Diagnostic>,
    /// The rule(s) that ran.
    pub rule: String,
    /// Where the case's figures come from (the document, table and page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The base indicator the case changes (`file:line`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
}

/// All outcomes of a run.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct TestRun {
    /// One per case, in file order.
    pub cases: Vec<CaseOutcome>,
    /// Case files that could not be read.
    #[serde(skip)]
    pub broken_files: Vec<Diagnostic>,
}

impl TestRun {
    /// Number of passing cases.
    pub(crate) fn passed(&self) -> usize {
        self.cases.iter().filter(|c| c.passed).count()
    }

    /// Number of failing cases (an unreadable case file counts as one).
    pub(crate) fn failed(&self) -> usize {
        self.cases.len() - self.passed() + self.broken_files.len()
    }
}

/// Runs every case of `files` whose file path or name contains `filter`.
///
/// Cases run on every core (each case is independent; `--jobs` of `eval`
/// is not needed here, as a library's cases are small) and their outcomes
/// are collected in file order, exactly what one thread gives. They share
/// one rule set per rule folder (each rule compiled once) and one reading
/// of each plan.
pub(crate) fn run_cases(files: &[CaseFile], filter: Option<&str>, evaluator: &mut Evaluator) -> TestRun {
    run_on(files, filter, evaluator, None)
}

/// [`run_cases`] on `threads` threads (`None`: one per core; `Some(1)`:
/// on this thread alone).
fn run_on(files: &[CaseFile], filter: Option<&str>, evaluator: &mut Evaluator, threads: Option<usize>) -> TestRun {
    let selected: Vec<(&CaseFile, &Case)> = files
        .iter()
        .flat_map(|file| file.cases.iter().map(move |case| (file, case)))
        .filter(|(file, case)| match filter {
            Some(f) => case.name.contains(f) || file.path.to_string_lossy().contains(f),
            None => true,
        })
        .collect();
    let plans = PlanCache::new();
    let sets = RuleSets::new(evaluator);
    let one = |&(file, case): &(&CaseFile, &Case)| run_case(file, case, &plans, &|p| sets.of(p));
    // Threads get the main thread's stack, as `eval`'s do: a rule recursing
    // to the call-depth limit must stop on that limit, not overflow a
    // smaller worker stack. No threads to be had: the same on this one.
    let pool = match threads {
        Some(1) => None,
        _ if selected.len() < 2 => None,
        n => rayon::ThreadPoolBuilder::new()
            .num_threads(n.unwrap_or(0))
            .stack_size(crate::eval::WORKER_STACK)
            .build()
            .ok(),
    };
    let cases = match pool {
        Some(pool) => pool.install(|| selected.par_iter().map(one).collect()),
        None => selected.iter().map(one).collect(),
    };
    TestRun { cases, broken_files: Vec::new() }
}

/// Plans read by cases, each read once by whichever case needs it first
/// (two threads asking at once may both read it; one reading is kept).
#[derive(Default)]
pub(crate) struct PlanCache(Mutex<HashMap<PathBuf, Arc<LoadedPlan>>>);

/// A plan as a case reads it, or why it cannot.
type LoadedPlan = Result<Plan, Vec<Diagnostic>>;

impl PlanCache {
    /// An empty cache.
    pub(crate) fn new() -> PlanCache {
        PlanCache::default()
    }

    /// The plan at `plan`, read on first use; `case` is where an unreadable
    /// plan is named.
    fn get(&self, plan: &Path, case: &Case) -> Arc<LoadedPlan> {
        let lock = || self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(p) = lock().get(plan) {
            return p.clone();
        }
        // Read without the lock, so the other threads go on meanwhile.
        let loaded = Arc::new(read_plan(plan, case));
        lock().entry(plan.to_path_buf()).or_insert(loaded).clone()
    }
}

fn read_plan(plan: &Path, case: &Case) -> LoadedPlan {
    // Read inside the repository: a link there must not lead out of it.
    let dir = plan.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let text = read_inside(plan, &boundary(dir), PLAN_FILE_LIMIT).map_err(|d| match d.kind {
        Kind::FileUnreadable { reason, .. } => vec![
            Diagnostic::error(Kind::CasePlanUnreadable { path: plan.display().to_string(), reason })
                .with_span(case.span.clone()),
        ],
        _ => vec![d],
    })?;
    read_toml_plan(plan, &text, None).map_err(|e| e.diagnostics())
}

/// The evaluator's rule sets for the threads running cases: asked for
/// under a lock, once per plan path (finding a plan's rule folders looks
/// at the folders above it).
struct RuleSets<'a> {
    evaluator: Mutex<(&'a mut Evaluator, HashMap<PathBuf, Arc<RuleSet>>)>,
}

impl<'a> RuleSets<'a> {
    fn new(evaluator: &'a mut Evaluator) -> RuleSets<'a> {
        RuleSets { evaluator: Mutex::new((evaluator, HashMap::new())) }
    }

    fn of(&self, plan: &Plan) -> Arc<RuleSet> {
        let mut guard = self.evaluator.lock().unwrap_or_else(PoisonError::into_inner);
        let (evaluator, by_path) = &mut *guard;
        by_path.entry(plan.path.clone()).or_insert_with(|| evaluator.rule_set(plan)).clone()
    }
}

/// Evaluates the indicator of one case; `Err` says why it could not be
/// evaluated at all (unreadable plan, unknown indicator).
pub(crate) fn evaluate_case(
    file: &CaseFile,
    case: &Case,
    plans: &mut PlanCache,
    evaluator: &mut Evaluator,
) -> Result<IndicatorResult, (Mismatch, Vec<Diagnostic>)> {
    let evaluator = std::cell::RefCell::new(evaluator);
    evaluate_with(file, case, plans, &|plan| evaluator.borrow_mut().rule_set(plan))
}

/// [`evaluate_case`] with the rule set of a plan from `set_of`.
fn evaluate_with(
    file: &CaseFile,
    case: &Case,
    plans: &PlanCache,
    set_of: &dyn Fn(&Plan) -> Arc<RuleSet>,
) -> Result<IndicatorResult, (Mismatch, Vec<Diagnostic>)> {
    let evaluate = |plan: &Plan, ind: &Indicator| {
        let set = set_of(plan);
        let period = case.period.unwrap_or_else(|| plan.annual_period());
        evaluate_with_earlier(&set, plan, ind, period, &case.earlier)
    };
    match &case.indicator {
        IndicatorRef::Inline(ind) => {
            let unit = Unit { id: "case".into(), ..Unit::default() };
            let mut plan = Plan::new(&file.path, unit, Default::default());
            plan.year = case.year;
            plan.indicators = vec![(**ind).clone()];
            Ok(evaluate(&plan, &plan.indicators[0]))
        }
        IndicatorRef::InPlan { plan, id } => match &*plans.get(plan, case) {
            // The plan as read, not a copy holding the one indicator: an
            // indicator's evaluation reads the plan's settings, never its
            // other indicators.
            Ok(p) => match crate::eval::find_indicator(p, id) {
                Some(mut ind) => {
                    // A case's own `rule` replaces the plan's, to try a formula on real data.
                    if let Some(rule) = &case.rule {
                        ind.rule = Some(rule.clone());
                    }
                    Ok(evaluate(p, &ind))
                }
                None => {
                    let m = Mismatch {
                        field: "indicator".into(),
                        expected: id.clone(),
                        actual: "no such indicator in the plan".into(),
                    };
                    Err((m, Vec::new()))
                }
            },
            Err(d) => {
                let m = Mismatch {
                    field: "plan".into(),
                    expected: "a readable plan".into(),
                    actual: "the plan cannot be read".into(),
                };
                Err((m, d.clone()))
            }
        },
    }
}

fn run_case(file: &CaseFile, case: &Case, plans: &PlanCache, set_of: &dyn Fn(&Plan) -> Arc<RuleSet>) -> CaseOutcome {
    let mut outcome = CaseOutcome {
        file: file.path.clone(),
        line: case.span.line,
        name: case.name.clone(),
        passed: false,
        mismatches: Vec::new(),
        text: case.text.clone(),
        diagnostics: Vec::new(),
        rule: String::new(),
        source: case.source.clone(),
        base: case.base.as_ref().map(|s| format!("{}:{}", s.path.display(), s.line)),
    };
    match evaluate_with(file, case, plans, set_of) {
        Ok(r) => {
            outcome.rule = r.rule.to_string();
            outcome.diagnostics = r.diagnostics.clone();
            compare(case, &r, &mut outcome.mismatches);
        }
        Err((m, d)) => {
            outcome.mismatches.push(m);
            outcome.diagnostics = d;
        }
    }
    outcome.passed = outcome.mismatches.is_empty();
    outcome
}

fn compare(case: &Case, r: &IndicatorResult, out: &mut Vec<Mismatch>) {
    let e = &case.expect;
    let show = |d: Option<Decimal>| d.map_or("(none)".to_string(), |d| d.normalize().to_string());
    let mut num = |field: &str, expected: Option<Decimal>, actual: Option<Decimal>, raw: Option<Decimal>| {
        let Some(want) = expected else { return };
        let decimals = e.decimals.of(field);
        let ok = match (decimals, raw.or(actual)) {
            (Some(dp), Some(got)) => {
                let round = Rounding { decimals: dp, mode: RoundingMode::HalfUp };
                round.apply(want) == round.apply(got)
            }
            (None, _) => actual.is_some_and(|a| a == want),
            (Some(_), None) => false,
        };
        if !ok {
            let shown = match (decimals, raw.or(actual)) {
                (Some(dp), Some(got)) => format!(
                    "{} (exact {})",
                    Rounding { decimals: dp, mode: RoundingMode::HalfUp }.apply(got),
                    got.normalize()
                ),
                _ => show(actual),
            };
            out.push(Mismatch { field: field.into(), expected: want.normalize().to_string(), actual: shown });
        }
    };
    num("value", e.value, r.value_raw, None);
    num("capaian", e.capaian, r.capaian, r.capaian_raw);
    num("nilai", e.nilai, r.nilai, None);
    for (name, want) in &e.outputs {
        if let ExpectedOutput::Number(n) = want {
            let got = r.output(name);
            let (shown, raw) = (got.and_then(|o| o.value.number()), got.and_then(|o| o.raw));
            // An output the rule rounds its own way (a document's truncated
            // column) is expected as shown; `decimals` applies otherwise.
            if shown != Some(*n) {
                num(&format!("outputs.{name}"), Some(*n), shown, raw);
            }
        }
    }
    for (name, want) in &e.outputs {
        let ExpectedOutput::Text(t) = want else { continue };
        let actual = match r.output(name).map(|o| &o.value) {
            Some(OutputValue::Text(a)) => a.clone(),
            Some(OutputValue::Number(d)) => d.to_string(),
            Some(OutputValue::None) | None => "(none)".into(),
        };
        if &actual != t {
            out.push(Mismatch { field: format!("outputs.{name}"), expected: t.clone(), actual });
        }
    }
    if let Some(want) = &e.target {
        let same = match (want, &r.target) {
            (Target::Single(a), Some(Target::Single(b))) => a == b,
            (a, Some(b)) => a == b,
            _ => false,
        };
        if !same {
            out.push(Mismatch {
                field: "target".into(),
                expected: want.to_string(),
                actual: r.target.map_or("(none)".into(), |t| t.to_string()),
            });
        }
    }
    if let Some(want) = &e.kategori
        && r.kategori.as_deref() != Some(want.as_str())
    {
        out.push(Mismatch {
            field: "kategori".into(),
            expected: want.clone(),
            actual: r.kategori.as_deref().unwrap_or("(none)").to_string(),
        });
    }
    if r.status.name() != e.status {
        out.push(Mismatch { field: "status".into(), expected: e.status.clone(), actual: r.status.name().into() });
    }
    if let Some(want) = &e.message {
        // Case files are written against the English catalogue, whatever the
        // language of the run, so a translation never fails a case.
        let got = r.message(crate::lang::Lang::En).unwrap_or_default();
        if !got.contains(want.as_str()) {
            out.push(Mismatch { field: "message".into(), expected: format!("containing `{want}`"), actual: got });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cases::{discover, read_case_file};

    /// The examples' cases (plans shared by several cases, failing rules
    /// with diagnostics) give the same outcomes, in the same order, on
    /// three threads as on one.
    #[test]
    fn cases_on_several_threads_give_what_one_thread_gives() {
        let found = discover(Path::new("examples"));
        let files: Vec<CaseFile> = found.files.iter().filter_map(|p| read_case_file(p).ok()).collect();
        assert!(files.len() > 3, "{:?}", found.files);
        let run = |threads| {
            let rules = crate::cli::rules::rules_above_plans(Vec::new());
            let mut evaluator = Evaluator::with_rules(crate::eval::EvalOptions::default(), rules);
            format!("{:#?}", run_on(&files, None, &mut evaluator, Some(threads)).cases)
        };
        let one = run(1);
        assert!(one.matches("passed: true").count() > 50, "{one}");
        assert!(one.matches("CaseOutcome").count() >= 100, "{one}");
        assert_eq!(run(3), one);
    }
}
