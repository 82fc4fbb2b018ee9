//! One rule as a formula of a target and a realisasi, for an embedder that
//! computes capaian figure by figure (a form, a spreadsheet add-in, a
//! service) rather than from a plan.
//!
//! The rule is found and compiled once, when the formula is made; each call
//! then computes one capaian. A built-in standard rule with a native twin
//! (`standard/positif`, `standard/negatif`) is computed by the twin where it
//! covers the case, exactly as `eval` does; everything else (a rule of one's
//! own, a target of 0 or below, a run past its time limit, an observed rule
//! set) goes through the same stages as an indicator of a plan, so a
//! formula's result is always the one `eval` gives for an indicator with
//! that rule, target and realisasi (a test holds them equal).

use super::{IndicatorResult, Note, Status, evaluate_indicator};
use crate::diagnostic::{Diagnostic, Span};
use crate::model::{Indicator, Located, Plan, Unit};
use crate::number::{Convention, Target};
use crate::rules::{Rule, RuleSet};
use rust_decimal::Decimal;
use std::path::Path;
use std::sync::Arc;

/// A rule ready to compute capaian from one target and one realisasi; see
/// [`super::Evaluator::formula`].
pub struct Formula {
    set: Arc<RuleSet>,
    rule: Arc<Rule>,
    /// A plan of one indicator naming the rule, whose figures each call
    /// that the twin does not cover fills in.
    plan: Plan,
}

/// What a formula computed: the capaian as the rule returned it (not yet
/// rounded), or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub struct FormulaResult {
    /// The capaian, exact as the rule computed it; `None` unless `status`
    /// is [`Status::Ok`]. Round it for display with the indicator's
    /// [`crate::Rounding`].
    pub capaian: Option<Decimal>,
    /// `ok`, or why there is no capaian (`tidak dapat dihitung`, `error`…).
    pub status: Status,
    /// What the rule or the evaluation said about it.
    pub notes: Vec<Note>,
    /// The errors behind an `error` status.
    pub diagnostics: Vec<Diagnostic>,
}

impl Formula {
    /// The formula of rule `rule` in `set`.
    pub(crate) fn new(set: Arc<RuleSet>, name: &str) -> Result<Formula, Diagnostic> {
        let rule = set.rule(name, None)?;
        let path = Path::new("<formula>");
        let span = Span::file(path);
        let mut ind = Indicator::new("formula", span.clone());
        ind.rule = Some(Located { value: name.to_string(), span });
        let mut plan = Plan::new(path, Unit { id: "formula".into(), ..Unit::default() }, Convention::En);
        plan.indicators.push(ind);
        Ok(Formula { set, rule, plan })
    }

    /// The rule's name.
    pub fn rule(&self) -> &str {
        &self.rule.name
    }

    /// The capaian of `realisasi` against `target`.
    ///
    /// ```
    /// use capaian::{EvalOptions, Evaluator, Status};
    /// use rust_decimal::Decimal;
    ///
    /// let formula = Evaluator::new(EvalOptions::default()).formula("standard/negatif").unwrap();
    /// let c = formula.capaian(Decimal::new(20, 0), Decimal::new(15, 0));
    /// assert_eq!((c.capaian, c.status), (Some(Decimal::new(125, 0)), Status::Ok));
    /// assert_eq!(formula.capaian(Decimal::ZERO, Decimal::ONE).status, Status::NotComputable);
    /// ```
    pub fn capaian(&self, target: Decimal, realisasi: Decimal) -> FormulaResult {
        if let Some(capaian) = self.set.by_twin(&self.rule, realisasi, target) {
            return FormulaResult {
                capaian: Some(capaian),
                status: Status::Ok,
                notes: Vec::new(),
                diagnostics: Vec::new(),
            };
        }
        let r = self.evaluate(target, realisasi);
        FormulaResult { capaian: r.capaian_raw, status: r.status, notes: r.notes, diagnostics: r.diagnostics }
    }

    /// The whole evaluation of an indicator with these figures.
    fn evaluate(&self, target: Decimal, realisasi: Decimal) -> IndicatorResult {
        let period = self.plan.annual_period();
        let mut ind = self.plan.indicators[0].clone();
        ind.target = Some(Located { value: Target::Single(target), span: ind.span.clone() });
        ind.realisasi = vec![(period, Located { value: realisasi, span: ind.span.clone() })];
        evaluate_indicator(&self.set, &self.plan, &ind, period)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EvalOptions, Evaluator, MemoryStore};
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    /// The standard rule and its script under a name of its own, which
    /// always runs as written.
    fn both(standard: &str) -> (Formula, Formula) {
        let text = crate::rules::builtin_text(standard).unwrap();
        let mine = MemoryStore::new("<mine>").with_rule("sendiri/rule", text);
        let store = crate::Layered(vec![Arc::new(mine), Arc::new(crate::BuiltinStore)]);
        let mut e = Evaluator::with_store(EvalOptions::default(), Arc::new(store));
        (e.formula(standard).unwrap(), e.formula("sendiri/rule").unwrap())
    }

    fn agree(standard: &str, target: Decimal, realisasi: Decimal) {
        let (twin, script) = both(standard);
        assert!(twin.rule.twin.is_some() && script.rule.twin.is_none());
        let (a, b) = (twin.capaian(target, realisasi), script.capaian(target, realisasi));
        // An error names the rule that failed, which differs by name only.
        let notes = |n: &[Note]| format!("{n:?}").replace("sendiri/rule", standard);
        assert_eq!(
            (a.capaian, a.status, notes(&a.notes)),
            (b.capaian, b.status, notes(&b.notes)),
            "{standard} {target} {realisasi}"
        );
    }

    #[test]
    fn the_twin_and_the_script_agree_at_the_edges() {
        let figures = ["0", "1", "-1", "100", "0.0000000000000000000000000001", "79228162514264337593543950335", "3"];
        for standard in ["standard/positif", "standard/negatif"] {
            for t in figures {
                for r in figures {
                    agree(standard, d(t), d(r));
                }
            }
        }
    }

    #[test]
    fn a_formula_gives_what_eval_gives_for_the_same_indicator() {
        let (formula, _) = both("standard/positif");
        let c = formula.capaian(d("80"), d("100"));
        assert_eq!((c.capaian, c.status), (Some(d("125")), Status::Ok));
        let plan = crate::read_toml_plan(
            Path::new("u.toml"),
            "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = 0\nrealisasi = 5\n",
            None,
        )
        .unwrap();
        let from_eval = Evaluator::new(EvalOptions::default()).evaluate(&[plan]).results.remove(0);
        let c = formula.capaian(d("0"), d("5"));
        assert_eq!((c.capaian, c.status, c.notes), (None, from_eval.status, from_eval.notes));
    }

    #[test]
    fn a_runaway_formula_stops_with_the_sandbox_error() {
        let mine = MemoryStore::new("<mine>").with_rule("sendiri/loop", "fn capaian(x) { loop { } }");
        let mut e = Evaluator::with_store(EvalOptions::default(), Arc::new(mine));
        let c = e.formula("sendiri/loop").unwrap().capaian(d("10"), d("5"));
        assert_eq!((c.capaian, c.status), (None, Status::Error));
        assert!(c.diagnostics.iter().any(|d| d.code().starts_with("sandbox/")), "{:?}", c.diagnostics);
    }

    #[test]
    fn a_formula_is_shared_between_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Formula>();
    }

    #[test]
    fn an_unknown_rule_is_an_error_when_the_formula_is_made() {
        let e = Evaluator::new(EvalOptions::default()).formula("tidak/ada");
        assert!(e.is_err());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn the_twin_and_the_script_agree(
            t in -1_000_000_000i64..1_000_000_000, ts in 0u32..6, r in -1_000_000_000i64..1_000_000_000, rs in 0u32..6,
            negatif in any::<bool>(),
        ) {
            let standard = if negatif { "standard/negatif" } else { "standard/positif" };
            agree(standard, Decimal::new(t, ts), Decimal::new(r, rs));
        }
    }
}
