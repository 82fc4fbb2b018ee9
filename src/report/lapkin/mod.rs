//! `capaian report`: chapter III of a LAPKIN (SOP steps 5–6) for one unit
//! and year, as one self-contained HTML file or an XLSX workbook.
//!
//! The plans are evaluated once, as `capaian eval` evaluates them (earlier
//! years' plans given beside feed the comparison); the progression
//! evaluates the reported plan at each period it has targets for, as
//! `capaian eval --period` does. [`Chapter`] holds those results; `html`
//! and `xlsx` lay them out and compute nothing but sums, means and the
//! efficiency, which the chapter states.

mod html;
mod model;
mod svg;
mod xlsx;

pub use model::{
    BudgetGroup, BudgetRow, BudgetSum, Chapter, ProgramBudget, Progression, Provenance, Row, RuleVersion, SasaranGroup,
};

use crate::diagnostic::{Diagnostic, Kind};
use crate::eval::{EvalOptions, Evaluator, Report, RulesFor};
use crate::lang::Lang;
use crate::model::Plan;

/// A chapter and what evaluating it said.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Lapkin {
    /// The chapter.
    pub chapter: Chapter,
    /// The evaluation of every plan given (what `capaian eval` prints).
    pub report: Report,
    /// The evaluator's warnings.
    pub warnings: Vec<Diagnostic>,
}

/// Builds the chapter for `plans` (of one unit): the latest year's latest
/// revision is reported; the other years' plans feed the comparison.
/// `options`' periods are ignored (the plan year is reported); `made` is the
/// time written in the chapter (seconds since 1970, UTC).
pub fn lapkin(
    plans: &[Plan],
    options: &EvalOptions,
    rules_for: RulesFor,
    lang: Lang,
    made: i64,
) -> Result<Lapkin, Diagnostic> {
    let mut units: Vec<&str> = plans.iter().map(|p| p.unit.id.as_str()).collect();
    units.dedup();
    units.sort_unstable();
    units.dedup();
    if units.len() > 1 {
        return Err(Diagnostic::error(Kind::ReportSeveralUnits { units: units.join(", ") }));
    }
    let Some(plan) = model::latest(plans) else {
        return Err(Diagnostic::error(Kind::ReportNoPlan));
    };
    // The reported plan and every plan of an earlier year; other revisions
    // of the reported year are not part of the chapter.
    let used: Vec<Plan> = plans
        .iter()
        .filter(|p| std::ptr::eq(*p, plan) || p.year.zip(plan.year).is_some_and(|(a, b)| a < b))
        .cloned()
        .collect();
    let annual = EvalOptions { period: None, periods: Vec::new(), every: None, ..options.clone() };
    let mut evaluator = Evaluator::with_rules(annual.clone(), rules_for.clone());
    let report = evaluator.evaluate(&used);
    let mut warnings = std::mem::take(&mut evaluator.warnings);
    // The progression: the reported plan at every period it has targets
    // or spending for, in one run, as `eval --period A..B` does.
    let wanted = model::target_periods(plan);
    let mut periods = Vec::new();
    if !wanted.is_empty() {
        let mut e = Evaluator::with_rules(EvalOptions { periods: wanted, ..annual.clone() }, rules_for.clone());
        periods.push(e.evaluate(std::slice::from_ref(plan)));
        warnings.append(&mut e.warnings);
    }
    let provenance = Provenance {
        plan: plan.path.clone(),
        earlier_plans: used.iter().filter(|p| p.path != plan.path).map(|p| p.path.clone()).collect(),
        made,
        ..Provenance::default()
    };
    let chapter = Chapter::build(plan, &report, &periods, provenance, lang);
    Ok(Lapkin { chapter, report, warnings })
}

/// The chapter's stylesheet, which the served page shares so that its
/// tables read as the report's.
#[cfg(feature = "serve")]
pub(crate) fn style() -> &'static str {
    html::STYLE
}

impl Chapter {
    /// The chapter as one HTML file: inline CSS and SVG, no script, nothing
    /// loaded from elsewhere; prints to A4.
    pub fn to_html(&self) -> String {
        html::render(self)
    }

    /// The chapter as an XLSX workbook: one sheet per section, Excel tables,
    /// native charts.
    pub fn to_xlsx(&self) -> Result<Vec<u8>, Diagnostic> {
        xlsx::render(self).map_err(|e| Diagnostic::error(Kind::ReportXlsx { reason: e.to_string() }))
    }
}
