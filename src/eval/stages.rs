//! One indicator at one period, in stages: gate (the indicator's problems,
//! bad cells) → figures → rule → value → capaian → kategori. Each stage
//! either hands its output on or stops with a status and typed notes (or an
//! error); the observer (the explanation) receives typed entries as they
//! happen.

use super::explain::{Entry, Observer, TracedStep, ValueFrom, see};
use super::figures::Figures;
use super::outcome::{Outcome, RawOutput};
use super::years::EarlierFigures;
use super::{IndicatorResult, Note, Output, OutputValue, Status, context};
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::engine::trace::Trace;
use crate::model::{Aggregation, Indicator, Period, Plan};
use crate::number::Rounding;
use crate::rules::{Rule, RuleSet};
use rhai::{Dynamic, Map};
use rust_decimal::Decimal;
use std::sync::Arc;

/// Why a stage stopped the evaluation.
#[derive(Debug)]
pub(super) enum Stop {
    /// Not a failure: the result has this status and these notes.
    Status(Status, Vec<Note>),
    /// The input or a rule is wrong: the result is `error`, with the first
    /// problem and any further ones.
    Error(Box<Diagnostic>, Vec<Diagnostic>),
}

impl From<Diagnostic> for Stop {
    fn from(d: Diagnostic) -> Stop {
        Stop::Error(Box::new(d), Vec::new())
    }
}

/// What the stages share: the rules, the indicator, its figures and whoever
/// watches.
struct Stages<'a> {
    set: &'a RuleSet,
    plan: &'a Plan,
    ind: &'a Indicator,
    figures: Figures,
    obs: &'a mut dyn Observer,
    /// The same indicator in earlier years' plans (`x.earlier`).
    earlier: &'a [EarlierFigures],
    /// The rule's `x`, built on the first call of a script (a standard rule
    /// run by its native twin needs none).
    x: Option<Map>,
    /// `x.value` and `x.capaian` once known, for an `x` built later.
    value: Option<Decimal>,
    capaian: Option<Decimal>,
}

/// The value a rule computed or the realisasi to date, with what is said of it.
struct Value {
    value: Decimal,
    /// Whether a rule computed it (an index) rather than the plan giving it.
    computed: bool,
    notes: Vec<Note>,
    outputs: Vec<RawOutput>,
}

/// A capaian and what its rule returned beside it.
struct Capaian {
    raw: Decimal,
    nilai: Option<Decimal>,
    kategori: Option<String>,
    note: Option<Note>,
    outputs: Vec<RawOutput>,
}

/// Runs the stages, filling `r` as each completes (so a later stop still
/// shows what came before it).
pub(super) fn run(
    set: &RuleSet,
    plan: &Plan,
    ind: &Indicator,
    period: Period,
    earlier: &[EarlierFigures],
    r: &mut IndicatorResult,
    obs: &mut dyn Observer,
) -> Result<(), Stop> {
    gate(ind, period)?;
    let figures = Figures::compute(ind, period, plan.annual_period());
    r.target = figures.target.as_ref().ok().copied();
    let mut s = Stages { set, plan, ind, figures, obs, earlier, x: None, value: None, capaian: None };
    let rule = s.choose_rule()?;
    r.rule = rule.name.clone();
    r.rule_file = Some(rule.path.clone());
    s.see_target();
    let value = s.value(&rule)?;
    r.value_raw = Some(value.value);
    r.value = Some(shown_value(&value, ind.rounding));
    // The realisasi is the plan's figure to date; an index its rule
    // computes from components has none of its own.
    r.realisasi = if rule.defines("value") { s.figures.realisasi_value().map(|d| d.normalize()) } else { r.value };
    r.outputs = rounded_outputs(&value.outputs, ind.rounding);
    s.set_x("value", value.value);
    if let Err(reason) = &s.figures.target {
        // The realisasi is still shown, so what is said of it stays.
        let notes = std::iter::once(Note::Text(reason.clone())).chain(value.notes).collect();
        return Err(Stop::Status(Status::NoTarget, notes));
    }
    let (capaian_rule, cap) = s.capaian(&rule)?;
    if *capaian_rule != *rule.name {
        r.rule = format!("{} + {capaian_rule}", rule.name).into();
    }
    r.capaian_raw = Some(cap.raw);
    r.capaian = Some(s.rounded(cap.raw));
    r.nilai = cap.nilai;
    r.notes.extend(value.notes);
    r.notes.extend(cap.note);
    // `nilai` first, then the outputs of value and capaian, each name once
    // (the capaian hook's word is the later one).
    let nilai = cap.nilai.map(|n| RawOutput { name: "nilai".into(), value: OutputValue::Number(n), rounding: None });
    let mut outputs: Vec<RawOutput> = nilai.into_iter().chain(cap.outputs).collect();
    let from_value: Vec<RawOutput> =
        value.outputs.into_iter().filter(|v| !outputs.iter().any(|o| o.name == v.name)).collect();
    outputs.extend(from_value);
    r.outputs = rounded_outputs(&outputs, ind.rounding);
    s.see_outputs(&r.outputs);
    s.set_x("capaian", cap.raw);
    r.kategori = s.kategori(&rule, cap.kategori, cap.raw)?;
    Ok(())
}

/// The indicator's own problems fail every period; a bad cell of one period
/// fails that period, and the later periods whose figures to date add it up.
fn gate(ind: &Indicator, period: Period) -> Result<(), Stop> {
    if let Some((first, more)) = ind.problems.split_first() {
        let mut d = first.clone();
        if !more.is_empty() {
            d.notes.push(Text::MoreProblems { count: more.len().to_string() });
        }
        return Err(Stop::Error(Box::new(d), more.to_vec()));
    }
    let poisoned = ind
        .period_problems
        .iter()
        .find(|(p, _)| *p == period || (ind.aggregation != Aggregation::Last && p.ends_by(&period)));
    match poisoned {
        Some((_, d)) => Err(d.clone().into()),
        None => Ok(()),
    }
}

/// Outputs rounded for the result: by the rounding the rule asked for, else
/// the indicator's.
fn rounded_outputs(raw: &[RawOutput], rounding: Rounding) -> Vec<Output> {
    raw.iter()
        .map(|o| {
            let value = match &o.value {
                OutputValue::Number(d) => OutputValue::Number(o.rounding.unwrap_or(rounding).apply(*d)),
                other => other.clone(),
            };
            Output { name: o.name.clone(), value, raw: o.value.number() }
        })
        .collect()
}

/// A value a rule computed (an index) or an average of periods is shown
/// rounded, to at least four decimals so an index of 0,9774 does not read as
/// 0,98 beside a capaian computed from the exact value; a realisasi read
/// from the plan (or a sum of them) is shown exactly as read.
fn shown_value(v: &Value, rounding: Rounding) -> Decimal {
    if v.computed {
        Rounding { decimals: rounding.decimals.max(4), mode: rounding.mode }.apply(v.value).normalize()
    } else {
        v.value.normalize()
    }
}

impl Stages<'_> {
    /// Sets `x.value` or `x.capaian`, in `x` if it is built already.
    fn set_x(&mut self, key: &'static str, v: Decimal) {
        match key {
            "value" => self.value = Some(v),
            _ => self.capaian = Some(v),
        }
        if let Some(x) = &mut self.x {
            x.insert(key.into(), v.into());
        }
    }

    /// Runs `f` with `x`, building it on first use.
    fn with_x<T>(&mut self, f: impl FnOnce(&mut Self, &Map) -> T) -> T {
        let x = match self.x.take() {
            Some(x) => x,
            None => {
                let mut x = context::build(self.ind, &self.figures);
                x.insert("earlier".into(), context::earlier(self.earlier).into());
                // Rules that add to the standard capaian (IKI conversion, ZI
                // verdict) call the same standard rule the tool would, not a
                // copy of this choice.
                x.insert("standard_rule".into(), self.figures.standard.into());
                for (key, v) in [("value", self.value), ("capaian", self.capaian)] {
                    if let Some(v) = v {
                        x.insert(key.into(), v.into());
                    }
                }
                x
            }
        };
        let out = f(self, &x);
        self.x = Some(x);
        out
    }

    /// The capaian of a standard rule by its native twin, when nobody
    /// watches the script run and the twin covers the case.
    fn twin(&self, rule: &Rule) -> Option<Decimal> {
        if self.obs.observing() {
            return None;
        }
        let target = match self.figures.target {
            Ok(crate::number::Target::Single(t)) => t,
            _ => return None,
        };
        self.set.by_twin(rule, self.value?, target)
    }

    /// The rule the indicator names, else the standard rule for its target.
    fn choose_rule(&self) -> Result<Arc<Rule>, Diagnostic> {
        match &self.ind.rule {
            Some(name) => self.set.rule(&name.value, Some(&name.span)),
            None => self.set.rule(self.figures.standard, None),
        }
    }

    fn see_target(&mut self) {
        let f = &self.figures;
        see(self.obs, || match &f.target {
            Ok(t) => Entry::Target { period: f.period, target: *t, basis: f.basis },
            Err(reason) => Entry::NoTarget { reason: reason.clone() },
        });
    }

    /// The value: the rule's `value(x)` if it defines one, else the
    /// realisasi to date. Realisasi reported only up to an earlier period is
    /// used, and said so: a silent "so far" figure reads like the whole
    /// period's.
    fn value(&mut self, rule: &Rule) -> Result<Value, Stop> {
        let mut notes: Vec<Note> = self.figures.short_of.iter().cloned().collect();
        let mut outputs = Vec::new();
        // An average of several periods is computed too: 80,1 / 83,4 / 98
        // average to 87,1666… with 28 digits, which no report prints.
        let computed = rule.defines("value") || self.ind.aggregation == Aggregation::Average;
        let value = if rule.defines("value") {
            let out = self.with_x(|s, x| s.outcome(rule, "value", x))?;
            if let Some(status) = out.status {
                return Err(Stop::Status(status, out.note.map(Note::Rule).into_iter().collect()));
            }
            // The rule's own note explains the value; the "so far" warning
            // still applies to it, so neither replaces the other.
            notes.extend(out.note.map(Note::Rule));
            outputs = out.outputs;
            out.value
        } else {
            self.see_realisasi(rule);
            self.figures.realisasi_value()
        };
        match value {
            Some(value) => Ok(Value { value, computed, notes, outputs }),
            None if self.figures.overflow => Err(Diagnostic::error(Kind::RealisasiOverflow {
                indicator: self.ind.id.clone(),
                period: self.figures.period.to_string(),
            })
            .into()),
            None => Err(Stop::Status(
                Status::NoData,
                vec![Note::Text(Text::NoRealisasi { period: self.figures.period.to_string() })],
            )),
        }
    }

    fn see_realisasi(&mut self, rule: &Rule) {
        let f = &self.figures;
        see(self.obs, || Entry::Value {
            from: match &f.realisasi {
                Some(r) => ValueFrom::Realisasi {
                    rule: rule.name.to_string(),
                    value: r.value,
                    aggregation: self.ind.aggregation,
                    periods: r.periods.clone(),
                },
                None => ValueFrom::NoRealisasi { period: f.period },
            },
        });
    }

    /// The capaian: the rule's `capaian(x)`, or the standard rule's when it
    /// defines none. Returns the name of the rule that computed it.
    fn capaian(&mut self, rule: &Arc<Rule>) -> Result<(Arc<str>, Capaian), Stop> {
        let capaian_rule =
            if rule.defines("capaian") { rule.clone() } else { self.set.rule(self.figures.standard, None)? };
        if capaian_rule.name != rule.name {
            see(self.obs, || Entry::StandardCapaian {
                rule: rule.name.to_string(),
                standard: capaian_rule.name.to_string(),
            });
        }
        let out = match self.twin(&capaian_rule) {
            Some(capaian) => Outcome { value: Some(capaian), ..Outcome::default() },
            None => self.with_x(|s, x| s.outcome(&capaian_rule, "capaian", x))?,
        };
        if let Some(status) = out.status {
            return Err(Stop::Status(status, out.note.map(Note::Rule).into_iter().collect()));
        }
        let Some(raw) = out.value else {
            let kind = Kind::RuleNoCapaian { name: capaian_rule.name.to_string() };
            return Err(Diagnostic::error(kind).with_span(Span::file(&capaian_rule.path)).into());
        };
        let cap = Capaian {
            raw,
            nilai: out.nilai,
            kategori: out.kategori,
            note: out.note.map(Note::Rule),
            outputs: out.outputs,
        };
        Ok((capaian_rule.name.clone(), cap))
    }

    /// The outputs as the explanation shows them.
    fn see_outputs(&mut self, outputs: &[Output]) {
        for o in outputs {
            see(self.obs, || Entry::Output {
                name: o.name.clone(),
                raw: o.raw.map(|d| d.normalize().to_string()),
                shown: match &o.value {
                    OutputValue::Number(d) => d.to_string(),
                    OutputValue::Text(t) => t.clone(),
                    OutputValue::None => "-".into(),
                },
            });
        }
    }

    /// The capaian rounded for output, as the explanation shows it.
    fn rounded(&mut self, raw: Decimal) -> Decimal {
        let rounding = self.ind.rounding;
        let rounded = rounding.apply(raw);
        see(self.obs, || Entry::Rounding {
            decimals: rounding.decimals,
            mode: rounding.mode.name().into(),
            raw: raw.normalize().to_string(),
            rounded: rounded.to_string(),
        });
        rounded
    }

    /// The kategori, chosen one way: the one the capaian hook returned, else
    /// the rule's `kategori(x)`, else the band of the indicator's (or the
    /// plan's) scale, else none.
    fn kategori(&mut self, rule: &Rule, chosen: Option<String>, raw: Decimal) -> Result<Option<Arc<str>>, Stop> {
        if let Some(chosen) = chosen {
            return Ok(Some(chosen.into()));
        }
        if rule.defines("kategori") {
            let v = self.with_x(|s, x| s.call(rule, "kategori", x))?;
            if v.is_unit() {
                return Ok(None);
            }
            let text = v.into_string().map_err(|t| {
                Diagnostic::error(Kind::RuleBadKategori { name: rule.name.to_string(), found: t.to_string() })
                    .with_span(Span::file(&rule.path))
            })?;
            return Ok(Some(text.into()));
        }
        let Some(name) = self.ind.scale.as_ref().or(self.plan.scale.as_ref()) else {
            return Ok(None);
        };
        let scale = self.set.scale(name)?;
        let Some(band) = scale.lookup(raw) else {
            return Err(Diagnostic::error(Kind::ScaleNoBand { capaian: raw.to_string(), scale: name.clone() }).into());
        };
        see(self.obs, || Entry::Kategori {
            scale: name.clone(),
            title: scale.title.clone(),
            value: raw.normalize().to_string(),
            band: format!("{} {}", band.kategori, band.edges()),
        });
        Ok(Some(band.kategori.clone()))
    }

    /// Calls hook `hook` of `rule` and decodes what it returned.
    fn outcome(&mut self, rule: &Rule, hook: &str, x: &Map) -> Result<Outcome, Diagnostic> {
        let v = self.call(rule, hook, x)?;
        Outcome::read(v, hook).map_err(|found| {
            Diagnostic::error(Kind::RuleBadReturn { name: rule.name.to_string(), hook: hook.to_string(), found })
                .with_span(Span::file(&rule.path))
        })
    }

    /// Calls a rule function; when observed, records its steps from the engine.
    fn call(&mut self, rule: &Rule, hook: &str, x: &Map) -> Result<Dynamic, Diagnostic> {
        if !self.obs.observing() {
            return self.set.call(rule, hook, x, None);
        }
        let trace = Trace::handle();
        let result = self.set.call(rule, hook, x, Some(&trace));
        let steps = trace.lock().map(|t| t.steps.clone()).unwrap_or_default();
        let sources = &self.set.sources;
        let traced = steps
            .into_iter()
            .map(|step| {
                let line = |t: &str| t.lines().nth(step.line.saturating_sub(1)).map(str::to_string);
                let code = sources.text_of(&step.source).and_then(|t| line(&t)).unwrap_or_default();
                TracedStep { step, code }
            })
            .collect();
        self.obs.entry(Entry::Rule {
            function: hook.into(),
            rule: rule.name.to_string(),
            file: rule.path.display().to_string(),
            trace: traced,
            result: match &result {
                Ok(v) => crate::engine::trace::show_value(v),
                Err(d) => format!("error: {}", d.message(crate::lang::Lang::En)),
            },
        });
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Limits;
    use crate::eval::explain::Explanation;
    use crate::rules::{BuiltinStore, Layered, MemoryStore};

    const RULE: &str = "fn capaian(x) { #{ capaian: 50, kategori: \"from capaian\" } }\n\
                        fn kategori(x) { \"from hook\" }\n";

    fn plan(indicator: &str) -> Plan {
        let text = format!("[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"I\"\n{indicator}");
        crate::plan::read_toml_plan(std::path::Path::new("u.toml"), &text, None).unwrap()
    }

    /// Runs the stages of the plan's only indicator, watched by an explanation.
    fn stages(plan: &Plan, period: Period) -> (Result<(), Stop>, IndicatorResult, Vec<Entry>) {
        let mine = MemoryStore::new("<mine>").with_rule("k", RULE).with_rule("bare", "fn kategori(x) { () }");
        let set = RuleSet::new(Arc::new(Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)])), &Limits::default());
        let ind = &plan.indicators[0];
        let mut r = super::super::heading::Heading::of(plan, ind).result(ind, period);
        let mut ex = Explanation::default();
        let out = run(&set, plan, ind, period, &[], &mut r, &mut ex);
        (out, r, ex.entries)
    }

    fn status(out: &Result<(), Stop>) -> Option<(Status, Vec<&'static str>)> {
        match out {
            Err(Stop::Status(s, notes)) => Some((*s, notes.iter().map(Note::code).collect())),
            _ => None,
        }
    }

    #[test]
    fn no_realisasi_stops_at_the_value_with_a_typed_note() {
        let (out, r, entries) = stages(&plan("target = 10\n"), Period::Year(2024));
        assert_eq!(status(&out), Some((Status::NoData, vec!["result/no-realisasi"])));
        assert_eq!(r.realisasi, None);
        assert!(matches!(entries[0], Entry::Target { .. }), "{entries:?}");
        assert!(matches!(entries[1], Entry::Value { from: ValueFrom::NoRealisasi { .. } }), "{entries:?}");
    }

    #[test]
    fn no_target_keeps_the_value_and_says_why_and_so_far() {
        let p = plan("target = 10\nrealisasi = { \"2024-Q1\" = 3 }\n");
        let (out, r, entries) = stages(&p, Period::Quarter(2024, 2));
        let notes = vec!["result/only-annual-target", "result/reported-up-to"];
        assert_eq!(status(&out), Some((Status::NoTarget, notes)));
        assert_eq!(r.realisasi.map(|d| d.to_string()), Some("3".into()));
        assert!(matches!(&entries[0], Entry::NoTarget { reason: Text::OnlyAnnualTarget { .. } }), "{entries:?}");
    }

    #[test]
    fn kategori_from_the_capaian_hook_wins_over_the_kategori_hook() {
        let (out, r, _) = stages(&plan("rule = \"k\"\ntarget = 10\nrealisasi = 5\n"), Period::Year(2024));
        assert!(out.is_ok());
        assert_eq!(r.kategori.as_deref(), Some("from capaian"));
        assert_eq!(&*r.rule, "k");
    }

    #[test]
    fn a_rule_without_capaian_borrows_the_standard_one_and_says_so() {
        let (out, r, entries) = stages(&plan("rule = \"bare\"\ntarget = 10\nrealisasi = 5\n"), Period::Year(2024));
        assert!(out.is_ok());
        assert_eq!(&*r.rule, "bare + standard/positif");
        assert_eq!(r.kategori, None);
        let standard = entries
            .iter()
            .any(|e| matches!(e, Entry::StandardCapaian { standard, .. } if standard == "standard/positif"));
        assert!(standard, "{entries:?}");
    }

    #[test]
    fn the_gate_stops_on_the_indicators_problems_and_counts_the_rest() {
        let mut p = plan("target = 10\nrealisasi = 5\n");
        let problem = Diagnostic::error(Kind::RuleUnknown { name: "x".into() });
        p.indicators[0].problems = vec![problem.clone(), problem];
        let (out, _, _) = stages(&p, Period::Year(2024));
        let Err(Stop::Error(first, more)) = out else { panic!("{out:?}") };
        assert_eq!(more.len(), 1);
        assert_eq!(first.notes, vec![Text::MoreProblems { count: "1".into() }]);
    }
}
