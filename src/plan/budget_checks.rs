//! Sanity warnings on an indicator's budget, whatever the format it was
//! read from: money a planner mistyped (a pagu of 0, a minus sign, a
//! realisasi typed into the wrong month) gives a penyerapan and an
//! efisiensi that look like figures. They are warnings, not errors: the
//! documents themselves print some of these (a spending above its pagu after
//! a revision), and the figures are still computed as written.

use crate::diagnostic::{Diagnostic, Kind};
use crate::model::{Budget, Indicator, Plan};
use rust_decimal::Decimal;

/// The warnings of every indicator's budget of `plan`.
pub(super) fn budget_warnings(plan: &Plan) -> Vec<Diagnostic> {
    plan.indicators.iter().filter_map(|ind| Some((ind, ind.budget.as_ref()?))).flat_map(|(i, b)| of(i, b)).collect()
}

fn of(ind: &Indicator, b: &Budget) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let indicator = || ind.id.clone();
    if let Some(pagu) = &b.pagu
        && pagu.value <= Decimal::ZERO
    {
        let kind = Kind::BudgetPaguNotPositive { indicator: indicator(), pagu: pagu.value.to_string() };
        out.push(Diagnostic::warning(kind).with_span(pagu.span.clone()));
    }
    let mut spent: Vec<_> = b.realisasi.iter().collect();
    spent.sort_by(|x, y| x.0.cmp_end(&y.0));
    for (period, l) in spent.iter().filter(|(_, l)| l.value < Decimal::ZERO) {
        let kind = Kind::BudgetRealisasiNegative {
            indicator: indicator(),
            period: period.to_string(),
            value: l.value.to_string(),
        };
        out.push(Diagnostic::warning(kind).with_span(l.span.clone()));
    }
    // Money spent to date at each period: as written for rows "s.d." the
    // period, else each period's own spending added up.
    let mut total = Decimal::ZERO;
    let mut previous: Option<(String, Decimal)> = None;
    let mut above = false;
    for (period, l) in &spent {
        let to_date = if b.to_date { l.value } else { total.checked_add(l.value).unwrap_or(total) };
        total = to_date;
        if b.to_date
            && let Some((before, was)) = &previous
            && to_date < *was
        {
            let kind = Kind::BudgetDecreasing {
                indicator: indicator(),
                period: period.to_string(),
                value: to_date.to_string(),
                previous_period: before.clone(),
                previous: was.to_string(),
            };
            out.push(Diagnostic::warning(kind).with_span(l.span.clone()));
        }
        previous = Some((period.to_string(), to_date));
        if let Some(pagu) = b.pagu.as_ref().filter(|p| p.value > Decimal::ZERO)
            && to_date > pagu.value
            && !above
        {
            above = true;
            let kind = Kind::BudgetAbovePagu {
                indicator: indicator(),
                period: period.to_string(),
                value: to_date.to_string(),
                pagu: pagu.value.to_string(),
            };
            out.push(Diagnostic::warning(kind).with_span(l.span.clone()));
        }
    }
    out
}
