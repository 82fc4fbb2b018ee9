//! Evaluating plans: every indicator at every period asked for, each in
//! isolation so one failing indicator never stops the others.

mod context;
pub(crate) mod explain;
pub(crate) mod figures;
mod outcome;
mod result;
mod stages;
pub(crate) mod todate;

pub use result::{IndicatorResult, Note, Report, ReportJson, ResultJson, RuleNote, Status};

use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::engine::Limits;
use crate::engine::trace::TraceHandle;
use crate::model::{Indicator, Period, Plan};
use crate::rules::{BuiltinStore, RuleSet, RuleStore};
use explain::{Entry, Explanation, Observer, Unobserved, see};
use rayon::prelude::*;
use stages::Stop;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What to evaluate.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// Evaluate at this period; `None` means each indicator's own periods
    /// (the plan year for TOML plans, every row's period for CSV).
    pub period: Option<Period>,
    /// Sandbox limits.
    pub limits: Limits,
}

/// Which rules apply to a plan file: the caller's policy (the command line
/// reads the `--rules` folders, then the `rules/` folders above the plan).
pub type RulesFor = Arc<dyn Fn(&Path) -> Arc<dyn RuleStore> + Send + Sync>;

/// Evaluates plans; keeps one compiled rule set per rule store (stores that
/// look in the same places are one) so every rule is compiled once per run.
pub struct Evaluator {
    options: EvalOptions,
    rules_for: RulesFor,
    sets: HashMap<Vec<String>, Arc<RuleSet>>,
    observer: Option<TraceHandle>,
    jobs: usize,
    progress: Option<Progress>,
    /// Findings that are not results (plans skipped for another year, …).
    pub warnings: Vec<Diagnostic>,
}

impl Evaluator {
    /// A new evaluator with the built-in rules only.
    pub fn new(options: EvalOptions) -> Evaluator {
        Evaluator::with_store(options, Arc::new(BuiltinStore))
    }

    /// A new evaluator reading every plan's rules from `store`.
    ///
    /// ```
    /// use capaian::{BuiltinStore, EvalOptions, Evaluator, Layered, MemoryStore};
    /// use std::sync::Arc;
    ///
    /// let mine = MemoryStore::new("<mine>").with_rule("dua-kali", "fn capaian(x) { x.value / x.target * 200 }");
    /// let store = Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)]);
    /// let text = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"I\"\nname = \"I\"\n\
    ///             rule = \"dua-kali\"\ntarget = \"10\"\nrealisasi = \"5\"\n";
    /// let plan = capaian::read_toml_plan(std::path::Path::new("u.toml"), text, None).unwrap();
    /// let report = Evaluator::with_store(EvalOptions::default(), Arc::new(store)).evaluate(&[plan]);
    /// assert_eq!(report.results[0].capaian.unwrap().to_string(), "100.00");
    /// ```
    pub fn with_store(options: EvalOptions, store: Arc<dyn RuleStore>) -> Evaluator {
        Evaluator::with_rules(options, Arc::new(move |_: &Path| store.clone()))
    }

    /// A new evaluator taking each plan's rules from `rules_for(plan path)`;
    /// plans whose stores look in the same places share one compiled set.
    /// The run's time limit counts from here, for all its rule sets together.
    pub fn with_rules(mut options: EvalOptions, rules_for: RulesFor) -> Evaluator {
        options.limits = options.limits.for_run();
        Evaluator {
            options,
            rules_for,
            sets: HashMap::new(),
            observer: None,
            jobs: 1,
            progress: None,
            warnings: Vec::new(),
        }
    }

    /// Records every later rule call into `trace`: the lines that run, for
    /// line coverage.
    pub fn observe(&mut self, trace: TraceHandle) {
        for set in self.sets.values() {
            set.observe(trace.clone());
        }
        self.observer = Some(trace);
    }

    /// Every rule set used so far (for coverage reports).
    pub fn rule_sets(&self) -> Vec<Arc<RuleSet>> {
        self.sets.values().cloned().collect()
    }

    /// The rule set that applies to a plan.
    pub fn rule_set(&mut self, plan: &Plan) -> Arc<RuleSet> {
        let store = (self.rules_for)(&plan.path);
        let limits = self.options.limits;
        let observer = self.observer.clone();
        self.sets
            .entry(store.places())
            .or_insert_with(|| {
                let set = RuleSet::new(store, &limits);
                if let Some(t) = observer {
                    set.observe(t);
                }
                Arc::new(set)
            })
            .clone()
    }

    /// Explains indicator `id` (or `INDEX/COMPONENT`) of `plan` at each
    /// period it is reported for (or the one asked): its result and the
    /// audit trail behind it. Empty when the plan has no such indicator.
    pub fn explain(&mut self, plan: &Plan, id: &str) -> Vec<(IndicatorResult, explain::Explanation)> {
        let set = self.rule_set(plan);
        let mut out = Vec::new();
        for ind in find_indicator(plan, id).iter() {
            for p in periods_for(plan, ind, self.options.period) {
                out.push(explain_indicator(&set, plan, ind, p));
            }
        }
        out
    }

    /// Evaluates indicators on `jobs` threads (1: on the calling thread, the
    /// default; 0: one per available core). Results come in the same order
    /// whatever the number.
    pub fn with_jobs(mut self, jobs: usize) -> Evaluator {
        self.jobs = match jobs {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        self
    }

    /// Calls `progress(done, total)` as indicator-periods are evaluated
    /// (from any of the threads, in no particular order of calls).
    pub fn with_progress(mut self, progress: Progress) -> Evaluator {
        self.progress = Some(progress);
        self
    }

    /// Evaluates every indicator of every plan.
    pub fn evaluate(&mut self, plans: &[Plan]) -> Report {
        // The work in output order first (rule sets are chosen here, on one
        // thread), then each item on its own: results are collected in that
        // order whichever thread computes them.
        let mut prepared: Vec<Prepared<'_>> = Vec::new();
        for plan in plans {
            if let (Some(asked), Some(year)) = (self.options.period.and_then(|p| p.year()), plan.year) {
                if asked != year {
                    self.warnings.push(Diagnostic::warning(Kind::PlanOtherYear {
                        path: plan.path.display().to_string(),
                        year: year.to_string(),
                        period: self.options.period.map(|p| p.to_string()).unwrap_or_default(),
                    }));
                    continue;
                }
            }
            // Components with targets of their own are reported under their
            // index, with their targets and realisasi to date and the standard
            // capaian. Components without targets (survey unsur, score items)
            // are inputs of the index only.
            let views = plan
                .indicators
                .iter()
                .map(|ind| {
                    let with_targets = ind.components.iter().filter(|c| c.target.is_some() || !c.targets.is_empty());
                    with_targets.map(|c| component_view(ind, c)).collect()
                })
                .collect();
            prepared.push((self.rule_set(plan), plan, views));
        }
        let mut work: Vec<Work<'_>> = Vec::new();
        for (set, plan, views) in &prepared {
            for (ind, components) in plan.indicators.iter().zip(views) {
                for period in periods_for(plan, ind, self.options.period) {
                    work.push((set, plan, ind, period));
                    work.extend(components.iter().map(|c| (&**set, *plan, c, period)));
                }
            }
        }
        let total = work.len();
        let done = AtomicUsize::new(0);
        let progress = self.progress.clone();
        let one = |&(set, plan, ind, period): &Work<'_>| {
            let r = evaluate_indicator(set, plan, ind, period);
            if let Some(p) = &progress {
                p(done.fetch_add(1, Ordering::Relaxed) + 1, total);
            }
            r
        };
        let results = match self.jobs {
            1 => work.iter().map(one).collect(),
            // Threads get the main thread's stack: a rule recursing to the
            // call-depth limit must stop on that limit, not overflow a
            // smaller worker stack.
            jobs => match rayon::ThreadPoolBuilder::new().num_threads(jobs).stack_size(WORKER_STACK).build() {
                Ok(pool) => pool.install(|| work.par_iter().map(one).collect()),
                // No threads to be had: the same results on this one.
                Err(_) => work.iter().map(one).collect(),
            },
        };
        Report { results }
    }
}

/// A plan to evaluate, its rule set and its indicators' components with
/// targets, as indicators of their own (in the order of `plan.indicators`).
type Prepared<'p> = (Arc<RuleSet>, &'p Plan, Vec<Vec<Indicator>>);

/// One indicator-period to evaluate.
type Work<'p> = (&'p RuleSet, &'p Plan, &'p Indicator, Period);

/// The stack of each evaluating thread: the main thread's usual 8 MiB.
const WORKER_STACK: usize = 8 << 20;

/// A progress callback: `(done, total)` indicator-periods.
pub type Progress = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// The periods an indicator is reported at: the one asked for, else its own
/// (the plan year for TOML plans, every row's period for CSV).
pub(crate) fn periods_for(plan: &Plan, ind: &Indicator, asked: Option<Period>) -> Vec<Period> {
    match asked {
        Some(p) => vec![p],
        None if ind.report_periods.is_empty() => vec![plan.annual_period()],
        None => ind.report_periods.clone(),
    }
}

/// A component as an indicator of its own, named `INDEX/COMPONENT`, so it
/// can be reported, explained and tested like any indicator.
pub(crate) fn component_view(index: &Indicator, comp: &Indicator) -> Indicator {
    let mut c = comp.clone();
    c.id = format!("{}/{}", index.id, comp.id);
    c.report_periods = index.report_periods.clone();
    c.rounding = index.rounding;
    c.scale = comp.scale.clone().or_else(|| index.scale.clone());
    c.illustrative = comp.illustrative.clone().or_else(|| index.illustrative.clone());
    c.problems.clear();
    c
}

/// Finds an indicator by id, or a component by `INDEX/COMPONENT`.
pub(crate) fn find_indicator(plan: &Plan, id: &str) -> Option<Indicator> {
    if let Some(ind) = plan.indicators.iter().find(|i| i.id == id) {
        return Some(ind.clone());
    }
    let (index, comp) = id.split_once('/')?;
    let ind = plan.indicators.iter().find(|i| i.id == index)?;
    ind.components.iter().find(|c| c.id == comp).map(|c| component_view(ind, c))
}

/// The standard rule for an indicator that names none, or whose rule does
/// not define `capaian`: range targets use `standard/rentang`, otherwise the
/// polarity decides (`turun` uses the regulation's (2T − R)/T).
pub(crate) fn default_rule(ind: &Indicator) -> &'static str {
    figures::standard_rule(ind, ind.target.as_ref().map(|t| t.value))
}

/// Evaluates one indicator at one period.
pub(crate) fn evaluate_indicator(set: &RuleSet, plan: &Plan, ind: &Indicator, period: Period) -> IndicatorResult {
    observe_indicator(set, plan, ind, period, &mut Unobserved)
}

/// Evaluates one indicator at one period and records how (for `explain`).
pub(crate) fn explain_indicator(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
) -> (IndicatorResult, Explanation) {
    let mut explanation = Explanation::default();
    explanation.read_inputs(ind, period);
    let r = observe_indicator(set, plan, ind, period, &mut explanation);
    (r, explanation)
}

fn empty_result(plan: &Plan, ind: &Indicator, period: Period) -> IndicatorResult {
    IndicatorResult {
        unit: plan.unit.id.clone(),
        indicator: ind.id.clone(),
        name: ind.name.clone(),
        period,
        target: None,
        realisasi: None,
        capaian: None,
        kategori: None,
        ratio: ind.ratio,
        status: Status::Ok,
        notes: Vec::new(),
        capaian_raw: None,
        value_raw: None,
        nilai: None,
        rule: String::new(),
        plan: plan.path.clone(),
        diagnostics: Vec::new(),
    }
}

/// Evaluates one indicator at one period with `obs` watching the stages.
/// A stop becomes the result's status and notes, an error the `error`
/// status with its diagnostic, so the caller always gets a row.
pub(crate) fn observe_indicator(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
    obs: &mut dyn Observer,
) -> IndicatorResult {
    let mut r = empty_result(plan, ind, period);
    match stages::run(set, plan, ind, period, &mut r, obs) {
        Ok(()) => {}
        Err(Stop::Status(status, notes)) => {
            r.status = status;
            r.notes.extend(notes);
        }
        Err(Stop::Error(d, more)) => {
            let d = d.in_indicator(&ind.id, Some(&period.to_string()));
            r.status = Status::Error;
            r.notes.push(Note::Problem(Box::new(d.kind.clone())));
            r.notes.extend(d.notes.iter().cloned().map(Note::Text));
            r.diagnostics.extend(more);
            r.diagnostics.push(d);
        }
    }
    // Invented figures must never pass for the document's: every result
    // computed from them says so, in every output format.
    if let (Some(what), Some(_)) = (illustrative(plan, ind), &r.realisasi) {
        see(obs, || Entry::Illustrative { what: what.to_string() });
        let text = match what {
            "" => Text::IllustrativeFigures,
            what => Text::Illustrative { what: what.to_string() },
        };
        r.notes.insert(0, Note::Text(text));
    }
    r
}

/// What is illustrative about an indicator's figures: its own statement, any
/// of its components', or the plan's.
fn illustrative<'a>(plan: &'a Plan, ind: &'a Indicator) -> Option<&'a str> {
    ind.illustrative
        .as_deref()
        .or_else(|| ind.components.iter().find_map(|c| c.illustrative.as_deref()))
        .or(plan.illustrative.as_deref())
}
