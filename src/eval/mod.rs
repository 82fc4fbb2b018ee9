//! Evaluating plans: every indicator at every period asked for, each in
//! isolation so one failing indicator never stops the others.

mod context;
pub mod explain;
mod outcome;
mod result;
pub mod todate;

pub use result::{IndicatorResult, Note, Report, RuleNote, Status};

use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::engine::Limits;
use crate::engine::trace::{Trace, TraceHandle};
use crate::model::{Indicator, Period, Plan, Polarity};
use crate::number::Target;
use crate::rules::{BuiltinStore, Rule, RuleSet, RuleStore};
use explain::{Explanation, TracedStep};
use outcome::Outcome;
use rhai::{Dynamic, Map};
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

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
    /// use capaian::eval::{EvalOptions, Evaluator};
    /// use capaian::rules::{BuiltinStore, Layered, MemoryStore};
    /// use std::sync::Arc;
    ///
    /// let mine = MemoryStore::new("<mine>").with_rule("dua-kali", "fn capaian(x) { x.value / x.target * 200 }");
    /// let store = Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)]);
    /// let text = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"I\"\nname = \"I\"\n\
    ///             rule = \"dua-kali\"\ntarget = \"10\"\nrealisasi = \"5\"\n";
    /// let plan = capaian::plan::read_toml_plan(std::path::Path::new("u.toml"), text, None).unwrap();
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
        Evaluator { options, rules_for, sets: HashMap::new(), observer: None, warnings: Vec::new() }
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

    /// Evaluates every indicator of every plan.
    pub fn evaluate(&mut self, plans: &[Plan]) -> Report {
        let mut report = Report::default();
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
            let set = self.rule_set(plan);
            for ind in &plan.indicators {
                for period in periods_for(plan, ind, self.options.period) {
                    report.results.push(evaluate_indicator(&set, plan, ind, period));
                    // Components with targets of their own are reported under their
                    // index, with their targets and realisasi to date and the standard
                    // capaian. Components without targets (survey unsur, score items)
                    // are inputs of the index only.
                    let with_targets = ind.components.iter().filter(|c| c.target.is_some() || !c.targets.is_empty());
                    for comp in with_targets.map(|c| component_view(ind, c)) {
                        report.results.push(evaluate_indicator(&set, plan, &comp, period));
                    }
                }
            }
        }
        report
    }
}

/// The periods an indicator is reported at: the one asked for, else its own
/// (the plan year for TOML plans, every row's period for CSV).
pub fn periods_for(plan: &Plan, ind: &Indicator, asked: Option<Period>) -> Vec<Period> {
    match asked {
        Some(p) => vec![p],
        None if ind.report_periods.is_empty() => vec![plan.annual_period()],
        None => ind.report_periods.clone(),
    }
}

/// A component as an indicator of its own, named `INDEX/COMPONENT`, so it
/// can be reported, explained and tested like any indicator.
pub fn component_view(index: &Indicator, comp: &Indicator) -> Indicator {
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
pub fn find_indicator(plan: &Plan, id: &str) -> Option<Indicator> {
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
pub fn default_rule(ind: &Indicator) -> &'static str {
    default_rule_for(ind, ind.target.as_ref().map(|t| t.value))
}

/// The standard rule for the target that applies at a period: a period's
/// target may be a range where the annual one is not (or is missing).
fn default_rule_for(ind: &Indicator, target: Option<Target>) -> &'static str {
    let range = matches!(target, Some(Target::Range(..)))
        || ind.targets.iter().any(|(_, t)| matches!(t.value, Target::Range(..)));
    match (range, ind.polarity) {
        (true, _) => "standard/rentang",
        (_, Polarity::Naik) => "standard/positif",
        (_, Polarity::Turun) => "standard/negatif",
    }
}

/// Evaluates one indicator at one period.
pub fn evaluate_indicator(set: &RuleSet, plan: &Plan, ind: &Indicator, period: Period) -> IndicatorResult {
    evaluate_with(set, plan, ind, period, &mut None)
}

/// Evaluates one indicator at one period and records how (for `explain`).
pub fn explain_indicator(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
) -> (IndicatorResult, Explanation) {
    let mut explanation = Explanation::default();
    explanation.read_inputs(ind, period, "");
    let mut ex = Some(explanation);
    let r = evaluate_with(set, plan, ind, period, &mut ex);
    (r, ex.unwrap_or_default())
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

/// Runs the evaluation; an error becomes the result's `error` status with
/// its diagnostic, so the caller always gets a row.
fn evaluate_with(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
    ex: &mut Option<Explanation>,
) -> IndicatorResult {
    let mut r = empty_result(plan, ind, period);
    if let Err(d) = run(set, plan, ind, period, &mut r, ex) {
        let d = d.in_indicator(&ind.id, Some(&period.to_string()));
        r.status = Status::Error;
        r.notes.push(Note::Problem(d.kind.clone()));
        r.notes.extend(d.notes.iter().cloned().map(Note::Text));
        r.diagnostics.push(d);
    }
    // Invented figures must never pass for the document's: every result
    // computed from them says so, in every output format.
    if let (Some(what), Some(_)) = (illustrative(plan, ind), &r.realisasi) {
        let text = match what {
            "" => Text::IllustrativeFigures,
            what => Text::Illustrative { what: what.to_string() },
        };
        note(ex, || text.message(crate::lang::Lang::En));
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

fn run(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
    r: &mut IndicatorResult,
    ex: &mut Option<Explanation>,
) -> Result<(), Diagnostic> {
    if let Some(first) = ind.problems.first() {
        r.diagnostics.extend(ind.problems.iter().skip(1).cloned());
        let more = ind.problems.len() - 1;
        let mut d = first.clone();
        if more > 0 {
            d.notes.push(Text::MoreProblems { count: more.to_string() });
        }
        return Err(d);
    }
    // A bad cell of one period fails that period, and the later periods
    // whose figures to date add it up; the others still compute.
    let poisoned = ind.period_problems.iter().find(|(p, _)| {
        *p == period || (ind.aggregation != crate::model::Aggregation::Last && p.ends_by(&period) && *p != period)
    });
    if let Some((_, d)) = poisoned {
        return Err(d.clone());
    }
    let annual = plan.annual_period();
    let target = todate_target(ind, period, annual);
    r.target = target.as_ref().ok().copied();
    let standard = default_rule_for(ind, target.as_ref().ok().copied());
    let rule = match &ind.rule {
        Some(name) => set.rule(&name.value, Some(&name.span))?,
        None => set.rule(standard, None)?,
    };
    r.rule = rule.name.clone();
    note(ex, || match &target {
        Ok(t) if period == annual => format!("target for {period}: {t} (the annual target)"),
        Ok(t) if todate::closes_year(ind, period, annual) => {
            format!(
                "target to date for {period}: {t} (the annual target: {period} closes the year and has no target of its own)"
            )
        }
        Ok(t) => format!(
            "target to date for {period}: {t} ({} targets, aggregation {})",
            kind_name(ind),
            ind.aggregation.name()
        ),
        Err(reason) => format!("no target: {}", reason.message(crate::lang::Lang::En)),
    });

    let mut x = context::build(ind, period, annual);
    // Rules that add to the standard capaian (IKI conversion, ZI verdict)
    // call the same standard rule the tool would, not a copy of this choice.
    x.insert("standard_rule".into(), standard.into());
    // Realisasi reported only up to an earlier period is used, and said so:
    // a silent "so far" figure reads like the whole period's.
    let short_note = todate::reported_short_of(ind, period);
    let mut value_notes: Vec<Note> = short_note.into_iter().collect();
    let value = if rule.defines("value") {
        let out =
            Outcome::read(call(set, &rule, "value", &x, ex)?, "value").map_err(|m| rule_error(&rule, "value", m))?;
        if let Some(status) = out.status {
            r.status = status;
            r.notes.extend(out.note.map(Note::Rule));
            return Ok(());
        }
        // The rule's own note explains the value; the "so far" warning
        // still applies to it, so neither replaces the other.
        value_notes.extend(out.note.map(Note::Rule));
        out.value
    } else {
        let v = context::decimal_field(&x, "realisasi");
        note(ex, || match (&v, todate::realisasi_to_date(&ind.realisasi, period, ind.aggregation)) {
            (Some(v), Some(r)) => format!(
                "value: rule `{}` defines no value(x), so value = realisasi to date = {} ({} of {})",
                rule.name,
                v.normalize(),
                ind.aggregation.name(),
                r.periods.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            ),
            _ => format!("value: no realisasi up to {period}"),
        });
        v
    };
    let Some(value) = value else {
        r.status = Status::NoData;
        r.notes.push(Note::Text(Text::NoRealisasi { period: period.to_string() }));
        return Ok(());
    };
    // A value a rule computed (an index) is shown rounded, to at least four
    // decimals so an index of 0,9774 does not read as 0,98 beside a capaian
    // computed from the exact value; a realisasi read from the plan is shown
    // exactly as read.
    r.value_raw = Some(value);
    let shown = crate::number::Rounding { decimals: ind.rounding.decimals.max(4), mode: ind.rounding.mode };
    r.realisasi = Some(if rule.defines("value") { shown.apply(value).normalize() } else { value.normalize() });
    x.insert("value".into(), value.into());
    if let Err(reason) = target {
        r.status = Status::NoTarget;
        // The realisasi is still shown, so what is said of it stays.
        r.notes.push(Note::Text(reason));
        r.notes.extend(value_notes);
        return Ok(());
    }

    let capaian_rule = if rule.defines("capaian") { rule.clone() } else { set.rule(standard, None)? };
    if capaian_rule.name != rule.name {
        r.rule = format!("{} + {}", rule.name, capaian_rule.name);
    }
    if capaian_rule.name != rule.name {
        note(ex, || {
            format!(
                "capaian: rule `{}` defines no capaian(x); the standard rule `{}` applies",
                rule.name, capaian_rule.name
            )
        });
    }
    let out = Outcome::read(call(set, &capaian_rule, "capaian", &x, ex)?, "capaian")
        .map_err(|m| rule_error(&capaian_rule, "capaian", m))?;
    if let Some(status) = out.status {
        r.status = status;
        r.notes.extend(out.note.map(Note::Rule));
        return Ok(());
    }
    let Some(raw) = out.value else {
        return Err(Diagnostic::error(Kind::RuleNoCapaian { name: capaian_rule.name.clone() })
            .with_span(crate::diagnostic::Span::file(&capaian_rule.path)));
    };
    r.capaian_raw = Some(raw);
    r.capaian = Some(ind.rounding.apply(raw));
    if let Some(e) = ex.as_mut() {
        e.entries.push(explain::Entry::Rounding {
            decimals: ind.rounding.decimals,
            mode: ind.rounding.mode.name().into(),
            raw: raw.normalize().to_string(),
            rounded: ind.rounding.apply(raw).to_string(),
        });
    }
    r.nilai = out.nilai;
    r.notes.extend(value_notes);
    r.notes.extend(out.note.map(Note::Rule));
    if let Some(n) = out.nilai {
        r.notes.push(Note::Text(Text::Nilai { value: ind.rounding.apply(n).to_string() }));
    }
    x.insert("capaian".into(), raw.into());

    r.kategori = if let Some(k) = out.kategori {
        Some(k)
    } else if rule.defines("kategori") {
        let v = call(set, &rule, "kategori", &x, ex)?;
        if v.is_unit() {
            None
        } else {
            Some(v.into_string().map_err(|t| {
                Diagnostic::error(Kind::RuleBadKategori { name: rule.name.clone(), found: t.to_string() })
                    .with_span(crate::diagnostic::Span::file(&rule.path))
            })?)
        }
    } else if let Some(name) = ind.scale.as_ref().or(plan.scale.as_ref()) {
        let scale = set.scale(name)?;
        match scale.lookup(raw) {
            Some(b) => {
                if let Some(e) = ex.as_mut() {
                    e.entries.push(explain::Entry::Kategori {
                        scale: name.clone(),
                        title: scale.title.clone(),
                        value: raw.normalize().to_string(),
                        band: format!("{} {}", b.kategori, b.edges()),
                    });
                }
                Some(b.kategori.clone())
            }
            None => {
                return Err(Diagnostic::error(Kind::ScaleNoBand { capaian: raw.to_string(), scale: name.clone() }));
            }
        }
    } else {
        None
    };
    Ok(())
}

fn todate_target(ind: &Indicator, period: Period, annual: Period) -> Result<Target, Text> {
    todate::target_to_date(ind, period, annual)
}

/// Calls a rule function; when explaining, records its steps from the engine.
fn call(set: &RuleSet, rule: &Rule, hook: &str, x: &Map, ex: &mut Option<Explanation>) -> Result<Dynamic, Diagnostic> {
    let Some(e) = ex.as_mut() else {
        return set.call(rule, hook, x, None);
    };
    let trace = Trace::handle();
    let result = set.call(rule, hook, x, Some(&trace));
    let steps = trace.lock().map(|t| t.steps.clone()).unwrap_or_default();
    let traced = steps
        .into_iter()
        .map(|step| {
            let code = set
                .sources
                .text_of(&step.source)
                .and_then(|t| t.lines().nth(step.line.saturating_sub(1)).map(str::to_string))
                .unwrap_or_default();
            TracedStep { step, code }
        })
        .collect();
    e.entries.push(explain::Entry::Rule {
        function: hook.into(),
        rule: rule.name.clone(),
        file: rule.path.display().to_string(),
        trace: traced,
        result: match &result {
            Ok(v) => crate::engine::trace::show_value(v),
            Err(d) => format!("error: {}", d.message(crate::lang::Lang::En)),
        },
    });
    result
}

fn note(ex: &mut Option<Explanation>, text: impl FnOnce() -> String) {
    if let Some(e) = ex.as_mut() {
        e.note(text());
    }
}

fn kind_name(ind: &Indicator) -> &'static str {
    match ind.target_kind {
        crate::model::TargetKind::Cumulative => "cumulative",
        crate::model::TargetKind::PerPeriod => "per-period",
    }
}

fn rule_error(rule: &Rule, hook: &str, found: String) -> Diagnostic {
    Diagnostic::error(Kind::RuleBadReturn { name: rule.name.clone(), hook: hook.to_string(), found })
        .with_span(crate::diagnostic::Span::file(&rule.path))
}
