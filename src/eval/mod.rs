//! Evaluating plans: every indicator at every period asked for, each in
//! isolation so one failing indicator never stops the others.

#[cfg(feature = "cli")]
mod batch;
#[cfg(feature = "cli")]
pub(crate) use batch::BatchStop;
mod context;
pub(crate) mod explain;
pub(crate) mod figures;
mod formula;
mod heading;
mod json;
mod outcome;
mod result;
mod stages;
pub(crate) mod todate;
mod years;

#[cfg(feature = "cli")]
pub(crate) use years::EarlierFigures;

pub use formula::{Formula, FormulaResult};
pub(crate) use json::shown_path;
pub use json::{ReportJson, ResultJson, SCHEMA_VERSION, result_schema};
pub use result::{
    BudgetFigures, Earlier, IndicatorResult, Note, Output, OutputValue, PlanInfo, RenstraFigures, Report, RuleNote,
    Status, Trend,
};

use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::engine::Limits;
use crate::engine::trace::TraceHandle;
use crate::model::{Granularity, Indicator, Period, Plan};
use crate::rules::{BuiltinStore, RuleSet, RuleStore};
use explain::{Entry, Explanation, Observer, Unobserved, see};
use heading::{Heading, PlanHeading};
use rayon::prelude::*;
use stages::Stop;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// What to evaluate.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct EvalOptions {
    /// Evaluate at this period; `None` means each indicator's own periods
    /// (the plan year for TOML plans, every row's period for CSV).
    pub period: Option<Period>,
    /// Evaluate at each of these periods (`--period 2024-Q1..2024-Q4`);
    /// each plan at those of its year. Overrides `period` when not empty.
    pub periods: Vec<Period>,
    /// Evaluate at every period of each plan's year at this grain
    /// (`--periods quarters`), each figure to date as at a single period.
    pub every: Option<Granularity>,
    /// Earlier years whose figures results carry (`--compare 2023,2022`);
    /// `None`: every earlier year of the unit given in the run.
    pub compare: Option<Vec<i32>>,
    /// Sandbox limits.
    pub limits: Limits,
}

impl EvalOptions {
    /// Options evaluating at `period` (each indicator's own when `None`).
    pub fn at(period: Option<Period>) -> EvalOptions {
        EvalOptions { period, ..EvalOptions::default() }
    }

    /// The periods asked of a plan of `year`; `None` when none were asked
    /// (each indicator's own apply). Empty when none is in that year.
    fn asked(&self, year: Option<i32>) -> Option<Vec<Period>> {
        if let Some(g) = self.every {
            return Some(year.map(|y| Period::every(y, g)).unwrap_or_default());
        }
        if !self.periods.is_empty() {
            let mine = |p: &&Period| year.is_none() || p.year().is_none() || p.year() == year;
            return Some(self.periods.iter().filter(mine).copied().collect());
        }
        self.period.map(|p| vec![p])
    }

    /// Whether several periods were asked for (the table is then a matrix).
    pub fn several_periods(&self) -> bool {
        self.every.is_some() || self.periods.len() > 1
    }
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
    /// The evaluating threads, started on the first run that needs them and
    /// kept: a run read a batch at a time evaluates once per batch.
    pool: Option<Arc<rayon::ThreadPool>>,
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
            pool: None,
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

    /// Rule `name` as a formula of one target and one realisasi, found and
    /// compiled once, with the rules that apply in the working folder.
    pub fn formula(&mut self, name: &str) -> Result<Formula, Diagnostic> {
        let here = Plan::new(Path::new("<formula>"), crate::model::Unit::default(), crate::number::Convention::En);
        Formula::new(self.rule_set(&here), name)
    }

    /// The rule set that applies to a plan.
    pub fn rule_set(&mut self, plan: &Plan) -> Arc<RuleSet> {
        let store = (self.rules_for)(&plan.path);
        let limits = self.options.limits.clone();
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
        let asked = self.options.asked(plan.year);
        for ind in find_indicator(plan, id).iter() {
            for p in periods_for(plan, ind, asked.as_deref()) {
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
        self.pool = None;
        self
    }

    /// Calls `progress(done, total)` as indicator-periods are evaluated
    /// (from any of the threads, in no particular order of calls).
    pub fn with_progress(mut self, progress: Progress) -> Evaluator {
        self.progress = Some(progress);
        self
    }

    /// Evaluates every indicator of every plan. Plans of one unit for
    /// different years are joined: each result carries the earlier years'
    /// figures at the same point of the year and the trend.
    pub fn evaluate(&mut self, plans: &[Plan]) -> Report {
        let mut results = Vec::new();
        let all: Result<(), std::convert::Infallible> = self.evaluate_chunks(plans, usize::MAX, |chunk| {
            // One chunk of every result: taken, not copied row by row.
            if results.is_empty() {
                results = chunk;
            } else {
                results.extend(chunk);
            }
            Ok(())
        });
        let Ok(()) = all;
        Report { results }
    }

    /// Evaluates as [`Evaluator::evaluate`] does, handing the results to
    /// `sink` in chunks of at most `chunk` rows, in the same order, so a
    /// writer can write each chunk and let it go instead of holding every
    /// result of a national run. The first error `sink` returns stops the
    /// run and is returned.
    ///
    /// ```
    /// use capaian::{EvalOptions, Evaluator};
    ///
    /// let text = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = 5\n\
    ///             [[indicator]]\nid = \"B\"\ntarget = 10\nrealisasi = 20\n";
    /// let plan = capaian::read_toml_plan(std::path::Path::new("u.toml"), text, None).unwrap();
    /// let mut sizes = Vec::new();
    /// let run: Result<(), ()> = Evaluator::new(EvalOptions::default()).evaluate_chunks(&[plan], 1, |chunk| {
    ///     sizes.push(chunk.len());
    ///     Ok(())
    /// });
    /// assert_eq!((run, sizes), (Ok(()), vec![1, 1]));
    /// ```
    pub fn evaluate_chunks<E>(
        &mut self,
        plans: &[Plan],
        chunk: usize,
        sink: impl FnMut(Vec<IndicatorResult>) -> Result<(), E>,
    ) -> Result<(), E> {
        self.evaluate_part(plans, chunk, sink)?;
        let years: Vec<i32> = plans.iter().filter_map(|p| p.year).collect();
        self.warn_unused_asks(&years);
        Ok(())
    }

    /// [`Evaluator::evaluate_chunks`] but for the warnings about what the
    /// whole run lacks (periods and years asked that no plan has): a run
    /// read a batch at a time gives them once, at its end.
    pub(crate) fn evaluate_part<E>(
        &mut self,
        plans: &[Plan],
        chunk: usize,
        sink: impl FnMut(Vec<IndicatorResult>) -> Result<(), E>,
    ) -> Result<(), E> {
        let prepared = self.prepare(plans);
        let work = work_of(&prepared);
        let pool = self.pool(work.len());
        Run::new(work.len(), self.progress.clone()).in_turn(&work, chunk, pool.as_deref(), sink)
    }

    /// Each plan to evaluate, with its rule set, the shared texts of its
    /// results and its earlier years, in output order; rule sets are chosen
    /// here, on one thread. Plans of a year not asked for are warned about.
    fn prepare<'p>(&mut self, plans: &'p [Plan]) -> Vec<Prepared<'p>> {
        // Each unit's plans found once: a national run has tens of
        // thousands of plans, and scanning them all for each would be quadratic.
        let mut by_unit: HashMap<&str, Vec<&Plan>> = HashMap::new();
        for plan in plans {
            by_unit.entry(plan.unit.id.as_str()).or_default().push(plan);
        }
        let mut prepared: Vec<Prepared<'_>> = Vec::new();
        for plan in plans {
            let asked = self.options.asked(plan.year);
            if asked.as_ref().is_some_and(Vec::is_empty) || self.other_year(plan) {
                self.warnings.push(Diagnostic::warning(Kind::PlanOtherYear {
                    path: plan.path.display().to_string(),
                    year: plan.year.map(|y| y.to_string()).unwrap_or_default(),
                    period: self.asked_text(),
                }));
                continue;
            }
            let unit = by_unit.get(plan.unit.id.as_str()).into_iter().flatten().copied();
            let earlier: Vec<(&Plan, Arc<RuleSet>)> = years::earlier_among(plan, unit, self.options.compare.as_deref())
                .into_iter()
                .map(|e| (e, self.rule_set(e)))
                .collect();
            self.warnings.extend(earlier.iter().filter_map(|(e, _)| years::unmatched(plan, e)));
            // Components with targets of their own are reported under their
            // index, with their targets and realisasi to date and the standard
            // capaian. Components without targets (survey unsur, score items)
            // are inputs of the index only.
            let shared = PlanHeading::new(plan);
            let heads = plan.indicators.iter().map(|ind| Heading::new(&shared, ind)).collect();
            let views = plan
                .indicators
                .iter()
                .map(|ind| {
                    let with_targets = ind.components.iter().filter(|c| c.target.is_some() || !c.targets.is_empty());
                    with_targets
                        .map(|c| {
                            let view = component_view(ind, c);
                            let head = Heading::new(&shared, &view);
                            (view, head)
                        })
                        .collect()
                })
                .collect();
            prepared.push(Prepared { set: self.rule_set(plan), plan, heads, views, asked, earlier });
        }
        prepared
    }

    /// The evaluating threads for a run of `total` indicator-periods, if it
    /// has more than one job and enough work for them.
    pub(crate) fn pool(&mut self, total: usize) -> Option<Arc<rayon::ThreadPool>> {
        if self.jobs < 2 || total < FEW_FOR_THREADS {
            return None;
        }
        if self.pool.is_none() {
            let threads = rayon::ThreadPoolBuilder::new().num_threads(self.jobs).stack_size(WORKER_STACK);
            self.pool = threads.build().ok().map(Arc::new);
        }
        self.pool.clone()
    }

    /// Periods of a range, and `--compare` years, that no plan given has:
    /// said, never dropped in silence.
    pub(crate) fn warn_unused_asks(&mut self, years: &[i32]) {
        let outside: Vec<String> = self
            .options
            .periods
            .iter()
            .filter(|p| p.year().is_some_and(|y| !years.contains(&y)))
            .map(ToString::to_string)
            .collect();
        if self.options.periods.len() > 1 && !outside.is_empty() {
            self.warnings.push(Diagnostic::warning(Kind::PeriodsWithoutPlan { periods: outside.join(", ") }));
        }
        let missing: Vec<String> =
            self.options.compare.iter().flatten().filter(|y| !years.contains(y)).map(ToString::to_string).collect();
        if !missing.is_empty() {
            self.warnings.push(Diagnostic::warning(Kind::CompareYearWithoutPlan { years: missing.join(", ") }));
        }
    }

    /// A single `--period` of another year than the plan's.
    fn other_year(&self, plan: &Plan) -> bool {
        let single = self.options.periods.is_empty() && self.options.every.is_none();
        single && matches!((self.options.period.and_then(|p| p.year()), plan.year), (Some(a), Some(y)) if a != y)
    }

    fn asked_text(&self) -> String {
        match (&self.options.every, self.options.periods.as_slice()) {
            (Some(g), _) => g.name().to_string(),
            (None, [first, .., last]) => format!("{first}..{last}"),
            _ => self.options.period.map(|p| p.to_string()).unwrap_or_default(),
        }
    }
}

/// One indicator-period of a prepared plan: an indicator of the plan
/// (`own`: with the earlier years' figures its rule may read, and its
/// Renstra capaian) or a component reported under its index; with the
/// earlier years' results and the trend.
fn evaluate_work(p: &Prepared<'_>, ind: &Indicator, head: &Heading, period: Period, own: bool) -> IndicatorResult {
    let mut r = if own {
        let before = years::earlier_figures(&p.earlier.iter().map(|(e, _)| *e).collect::<Vec<_>>(), ind);
        let mut r = observe_indicator(&p.set, p.plan, ind, head, period, &before, &mut Unobserved);
        r.renstra = renstra(&p.set, p.plan, ind, head, period);
        r
    } else {
        observe_indicator(&p.set, p.plan, ind, head, period, &[], &mut Unobserved)
    };
    for (e, set) in &p.earlier {
        let (Some(year), Some(old)) = (e.year, years::predecessor(e, ind)) else { continue };
        let old_result = evaluate_indicator(set, e, &old, years::same_point(period, year));
        r.earlier.push(years::earlier_entry(year, &old_result));
    }
    r.trend = years::trend(&r);
    r
}

/// Capaian against the target at the end of the Renstra: the indicator's
/// own rule with the Renstra's end target, over the realisasi up to the
/// period, as at the plan year.
fn renstra(set: &RuleSet, plan: &Plan, ind: &Indicator, head: &Heading, period: Period) -> Option<RenstraFigures> {
    let (span, target) = (plan.renstra?, ind.target_renstra.as_ref()?);
    let mut view = ind.clone();
    view.target = Some(target.clone());
    view.targets.clear();
    let upto = |v: &mut Indicator| v.realisasi.retain(|(p, _)| p.ends_by(&period));
    upto(&mut view);
    view.components.iter_mut().for_each(upto);
    let r = observe_indicator(set, plan, &view, head, plan.annual_period(), &[], &mut Unobserved);
    Some(RenstraFigures { period: span, target: target.value, capaian: r.capaian })
}

/// A plan to evaluate: its rule set, the shared texts of its indicators'
/// results (in the order of `plan.indicators`), its indicators' components
/// with targets as indicators of their own with theirs (in the same order),
/// the periods asked of it, and the earlier years' plans of its unit with
/// their rule sets.
struct Prepared<'p> {
    set: Arc<RuleSet>,
    plan: &'p Plan,
    heads: Vec<Heading>,
    views: Vec<Vec<(Indicator, Heading)>>,
    asked: Option<Vec<Period>>,
    earlier: Vec<(&'p Plan, Arc<RuleSet>)>,
}

/// One indicator-period to evaluate, with its results' shared texts; `true`:
/// an indicator of the plan, not a component view.
type Work<'p> = (&'p Prepared<'p>, &'p Indicator, &'p Heading, Period, bool);

/// Every indicator-period of the prepared plans, in output order.
fn work_of<'p>(prepared: &'p [Prepared<'p>]) -> Vec<Work<'p>> {
    let mut work: Vec<Work<'_>> = Vec::new();
    for p in prepared {
        for ((ind, head), components) in p.plan.indicators.iter().zip(&p.heads).zip(&p.views) {
            for period in periods_for(p.plan, ind, p.asked.as_deref()) {
                work.push((p, ind, head, period, true));
                work.extend(components.iter().map(|(c, head)| (p, c, head, period, false)));
            }
        }
    }
    work
}

/// Evaluating the work of a run part by part, counting what is done for
/// the progress callback.
struct Run {
    total: usize,
    done: AtomicUsize,
    progress: Option<Progress>,
}

impl Run {
    fn new(total: usize, progress: Option<Progress>) -> Run {
        Run { total, done: AtomicUsize::new(0), progress }
    }

    /// The results of `part`, in its order whichever thread computes them:
    /// `parallel` on the threads of the current pool. Threads get the main
    /// thread's stack ([`WORKER_STACK`]): a rule recursing to the call-depth
    /// limit must stop on that limit, not overflow a smaller worker stack.
    fn part(&self, part: &[Work<'_>], parallel: bool) -> Vec<IndicatorResult> {
        let one = |&(p, ind, head, period, own): &Work<'_>| {
            let r = evaluate_work(p, ind, head, period, own);
            if let Some(progress) = &self.progress {
                progress(self.done.fetch_add(1, Ordering::Relaxed) + 1, self.total);
            }
            r
        };
        match parallel {
            true => part.par_iter().map(one).collect(),
            false => part.iter().map(one).collect(),
        }
    }

    /// Evaluates `work` a chunk at a time (on `pool`'s threads if any),
    /// each chunk handed to `sink` before the next is evaluated.
    fn in_turn<E>(
        &self,
        work: &[Work<'_>],
        chunk: usize,
        pool: Option<&rayon::ThreadPool>,
        mut sink: impl FnMut(Vec<IndicatorResult>) -> Result<(), E>,
    ) -> Result<(), E> {
        work.chunks(chunk.max(1)).try_for_each(|part| {
            sink(match pool {
                Some(pool) => pool.install(|| self.part(part, true)),
                None => self.part(part, false),
            })
        })
    }
}

/// Indicator-periods below which a run is evaluated on the calling thread:
/// starting a pool costs more than it saves (a unit's plan is a few hundred).
const FEW_FOR_THREADS: usize = 256;

/// The stack of each evaluating thread: the main thread's usual 8 MiB.
pub(crate) const WORKER_STACK: usize = 8 << 20;

/// A progress callback: `(done, total)` indicator-periods.
pub type Progress = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// The periods an indicator is reported at: the ones asked for, else its own
/// (the plan year for TOML plans, every row's period for CSV).
pub(crate) fn periods_for(plan: &Plan, ind: &Indicator, asked: Option<&[Period]>) -> Vec<Period> {
    match asked {
        Some(ps) => ps.to_vec(),
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
    observe_indicator(set, plan, ind, &Heading::of(plan, ind), period, &[], &mut Unobserved)
}

/// Evaluates one indicator at one period with the figures of its earlier
/// years a rule reads as `x.earlier` (a fixture case gives them).
#[cfg(feature = "cli")]
pub(crate) fn evaluate_with_earlier(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
    earlier: &[EarlierFigures],
) -> IndicatorResult {
    observe_indicator(set, plan, ind, &Heading::of(plan, ind), period, earlier, &mut Unobserved)
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
    let r = observe_indicator(set, plan, ind, &Heading::of(plan, ind), period, &[], &mut explanation);
    (r, explanation)
}

/// Evaluates one indicator at one period with `obs` watching the stages,
/// into a row headed by `head` (the texts its results share).
/// A stop becomes the result's status and notes, an error the `error`
/// status with its diagnostic, so the caller always gets a row.
fn observe_indicator(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    head: &Heading,
    period: Period,
    earlier: &[years::EarlierFigures],
    obs: &mut dyn Observer,
) -> IndicatorResult {
    let mut r = head.result(ind, period);
    r.budget = figures::budget_figures(ind, period);
    match stages::run(set, plan, ind, period, earlier, &mut r, obs) {
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
    if let (Some(what), Some(_)) = (illustrative(plan, ind), &r.value) {
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
