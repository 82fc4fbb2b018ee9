//! `capaian check`: everything knowable without evaluating an indicator —
//! plan schema and types, rule references and compilation, missing rule
//! parameters, duplicate ids, category scales — and the validation rules on
//! plan data (totals add up, cumulative targets behave, realisations exist).

mod params;
pub(crate) mod validation;

use crate::diagnostic::{Diagnostic, Kind, Severity, Span, Subject, Text};
use crate::eval::{Evaluator, default_rule};
use crate::lang::Lang;
use crate::model::{Period, Plan};
use crate::rules::RuleSet;
use std::collections::HashSet;

/// Findings of a check run.
#[derive(Debug, Default)]
pub struct CheckReport {
    /// Every finding, errors and warnings, in plan order.
    pub findings: Vec<Diagnostic>,
}

impl CheckReport {
    /// Number of errors.
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// Number of warnings.
    pub fn warnings(&self) -> usize {
        self.findings.iter().filter(|d| d.severity == Severity::Warning).count()
    }

    /// `{"findings": [...]}` with messages in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::json!({ "findings": self.findings.iter().map(|d| d.to_json(lang)).collect::<Vec<_>>() })
    }

    /// Number of accepted, known discrepancies.
    pub fn notes(&self) -> usize {
        self.findings.iter().filter(|d| d.severity == Severity::Note).count()
    }
}

/// Checks plans. `as_of` is the period up to which realisations are due
/// (default: the latest period with any realisasi in each plan).
pub fn check(plans: &[Plan], evaluator: &mut Evaluator, as_of: Option<Period>) -> CheckReport {
    let mut report = CheckReport::default();
    let mut compiled = HashSet::new();
    for plan in plans {
        let set = evaluator.rule_set(plan);
        for ind in &plan.indicators {
            report.findings.extend(ind.problems.iter().cloned().map(|d| d.in_indicator(&ind.id, None)));
            report
                .findings
                .extend(ind.period_problems.iter().map(|(p, d)| d.clone().in_indicator(&ind.id, Some(&p.to_string()))));
            check_rule_use(&set, plan, ind, &mut report.findings);
            check_range_polarity(ind, &mut report.findings);
        }
        // What roll-ups need: declared sasaran, bobot, pembilang and penyebut.
        report.findings.extend(crate::rollup::check_plan(plan));
        // Every rule file in the folders this plan uses must compile, used or not.
        if compiled.insert(set.sources.store().places()) {
            for name in set.sources.names() {
                if let Err(d) = set.rule(&name, None)
                    && !matches!(d.kind, Kind::RuleUnknown { .. })
                {
                    report.findings.push(d);
                }
            }
        }
        report.findings.extend(plan.problems.iter().cloned());
        match validation::rules_for(set.sources.store()) {
            Ok(rules) => {
                let mut found = validation::validate(plan, &rules, &set.engine, as_of);
                accept_known(plan, &mut found);
                report.findings.extend(found);
            }
            Err(d) => report.findings.extend(d),
        }
    }
    // The pohon kinerja links plans to each other: checked over all of them.
    report.findings.extend(crate::tree::check_cascade(plans));
    dedup(&mut report.findings);
    report
}

/// A range target says where the target lies, not which way is better: a
/// "7 – 8 bulan" time to finish is lower-is-better, yet without `polarity`
/// the default `naik` applies and R above the range scores above 100.
fn check_range_polarity(ind: &crate::model::Indicator, out: &mut Vec<Diagnostic>) {
    use crate::number::Target;
    let range = ind
        .target
        .iter()
        .map(|t| &t.value)
        .chain(ind.targets.iter().map(|(_, t)| &t.value))
        .any(|t| matches!(t, Target::Range(..)));
    if range && !ind.polarity_given {
        let d = Diagnostic::warning(Kind::RangeNoPolarity { indicator: ind.id.clone() })
            .with_span(ind.span.clone())
            .about(Subject::Indicator { id: ind.id.clone(), component: None, period: None });
        out.push(d);
    }
}

fn check_rule_use(set: &RuleSet, plan: &Plan, ind: &crate::model::Indicator, out: &mut Vec<Diagnostic>) {
    let name = ind.rule.as_ref().map_or(default_rule(ind), |r| r.value.as_str());
    let rule = match set.rule(name, ind.rule.as_ref().map(|r| &r.span)) {
        Ok(r) => r,
        Err(d) => {
            out.push(d.in_indicator(&ind.id, None));
            return;
        }
    };
    if let Some(text) = set.sources.text_of(&rule.path.to_string_lossy()) {
        for (param, line) in params::required(&text) {
            if !ind.params.contains_key(&param) {
                let at = Span::from_line_col(&rule.path, &text, line, 1, 1);
                let (rule, at) = (name.to_string(), at.to_string());
                out.push(
                    Diagnostic::error(Kind::RuleMissingParam {
                        indicator: ind.id.clone(),
                        param: param.clone(),
                        rule: rule.clone(),
                    })
                    .with_span(ind.span.clone())
                    .about(Subject::Indicator { id: ind.id.clone(), component: None, period: None })
                    .with_help(Text::ParamRequiredAt { rule, param, at }),
                );
            }
        }
    }
    if let Some(scale) = ind.scale.as_ref().or(plan.scale.as_ref())
        && let Err(d) = set.scale(scale)
    {
        out.push(d.with_span(ind.span.clone()).in_indicator(&ind.id, None));
    }
}

/// Turns findings the plan lists as known discrepancies of its source
/// document into notes, and warns about listed discrepancies that no longer
/// occur (so the list cannot silently outlive a correction).
fn accept_known(plan: &Plan, found: &mut Vec<Diagnostic>) {
    let mut used = vec![false; plan.discrepancies.len()];
    for d in found.iter_mut() {
        let (Some(check), Some(subject)) = (&d.check, &d.subject) else { continue };
        let hit = plan.discrepancies.iter().position(|k| {
            k.rule == *check
                && match (subject, &k.indicator, &k.table, &k.row) {
                    // A discrepancy named for an indicator covers its components too.
                    (Subject::Indicator { id, .. }, Some(ind), _, _) => id == ind,
                    (Subject::Cell { table, row, column }, None, Some(t), Some(r)) => {
                        table == t && row == r && (k.column.is_none() || k.column == *column)
                    }
                    _ => false,
                }
        });
        if let Some(i) = hit {
            used[i] = true;
            d.severity = Severity::Note;
            d.notes.push(Text::Accepted { reason: plan.discrepancies[i].reason.clone() });
        }
    }
    for (k, used) in plan.discrepancies.iter().zip(used) {
        if !used {
            found.push(Diagnostic::warning(Kind::DiscrepancyUnused { rule: k.rule.clone() }).with_span(k.span.clone()));
        }
    }
}

/// The same finding reached twice (a rule used by several indicators, a
/// file read by two plans) is reported once; findings are equal when their
/// kind, place, subject and severity are.
fn dedup(findings: &mut Vec<Diagnostic>) {
    let mut seen = HashSet::new();
    findings.retain(|d| seen.insert((d.kind.clone(), d.span.clone(), d.subject.clone(), d.severity, d.notes.clone())));
}
