//! Several years of one unit in one run: plans of the same unit for
//! different years are joined by indicator id (or the `previous_id` a later
//! plan names), so each result can carry the earlier years' figures, the
//! trend, and a rule can read them (`x.earlier`, for the Renja's T-C.29).
//! Of several plans of one year (awal, revisi, perubahan) the latest word
//! speaks for that year.

use super::{Earlier, IndicatorResult, Trend, find_indicator, todate};
use crate::diagnostic::{Diagnostic, Kind};
use crate::model::{Indicator, Period, Plan, Revision};
use crate::number::Target;
use rust_decimal::Decimal;

/// What a rule sees of the same indicator in an earlier year (`x.earlier`):
/// the plan's own figures, before any rule runs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct EarlierFigures {
    /// The year.
    pub year: i32,
    /// The annual target.
    pub target: Option<Target>,
    /// The realisasi of the year to date (by the indicator's aggregation).
    pub realisasi: Option<Decimal>,
}

/// The plans of the same unit as `me` for earlier years, one per year (the
/// latest revision), latest year first; only `compare`'s years when given.
/// `candidates` are the run's plans of that unit, found once by the
/// evaluator's index rather than by scanning every plan for every plan.
pub(crate) fn earlier_among<'a>(
    me: &Plan,
    candidates: impl Iterator<Item = &'a Plan>,
    compare: Option<&[i32]>,
) -> Vec<&'a Plan> {
    let Some(year) = me.year else { return Vec::new() };
    let mut out: Vec<&Plan> = Vec::new();
    for p in candidates.filter(|p| p.unit.id == me.unit.id) {
        let Some(y) = p.year.filter(|y| *y < year && compare.is_none_or(|c| c.contains(y))) else { continue };
        match out.iter_mut().find(|q| q.year == Some(y)) {
            Some(q) if Revision::rank(p.revision) >= Revision::rank(q.revision) => *q = p,
            Some(_) => {}
            None => out.push(p),
        }
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.year));
    out
}

/// The indicator of `earlier` that `ind` continues: the same id, else one
/// of the ids `ind` names as its `previous_id`.
pub(crate) fn predecessor(earlier: &Plan, ind: &Indicator) -> Option<Indicator> {
    std::iter::once(&ind.id).chain(&ind.previous_ids).find_map(|id| find_indicator(earlier, id))
}

/// The same point of another year: June 2024 → June 2023; a year → that year.
pub(crate) fn same_point(period: Period, year: i32) -> Period {
    match period {
        Period::Total => Period::Total,
        Period::Year(_) => Period::Year(year),
        Period::Half(_, h) => Period::Half(year, h),
        Period::Quarter(_, q) => Period::Quarter(year, q),
        Period::Month(_, m) => Period::Month(year, m),
    }
}

/// The earlier years' plan figures of `ind`, for `x.earlier`.
pub(crate) fn earlier_figures(earlier: &[&Plan], ind: &Indicator) -> Vec<EarlierFigures> {
    earlier
        .iter()
        .filter_map(|p| {
            let year = p.year?;
            let old = predecessor(p, ind)?;
            let realisasi = todate::realisasi_to_date(&old.realisasi, Period::Year(year), old.aggregation);
            Some(EarlierFigures {
                year,
                target: old.target.as_ref().map(|t| t.value),
                realisasi: realisasi.map(|r| r.value),
            })
        })
        .collect()
}

/// An earlier year's result as the later result carries it.
pub(crate) fn earlier_entry(year: i32, r: &IndicatorResult) -> Earlier {
    Earlier {
        year,
        period: r.period,
        indicator: r.indicator.clone(),
        target: r.target,
        realisasi: r.realisasi,
        value: r.value,
        capaian: r.capaian,
        status: r.status,
        plan: r.plan.clone(),
    }
}

/// The trend from the latest earlier year with a value to this result's value.
pub(crate) fn trend(r: &IndicatorResult) -> Option<Trend> {
    let now = r.value_raw.or(r.value)?;
    let before = r.earlier.iter().find_map(|e| e.value)?;
    Some(Trend::between(before, now))
}

/// Indicators that join no year: those of `plan` without a predecessor in
/// `earlier`, and those of `earlier` no indicator of `plan` continues —
/// listed so a renamed indicator is linked with `previous_id`, never dropped
/// in silence.
pub(crate) fn unmatched(plan: &Plan, earlier: &Plan) -> Option<Diagnostic> {
    let new: Vec<&str> =
        plan.indicators.iter().filter(|i| predecessor(earlier, i).is_none()).map(|i| i.id.as_str()).collect();
    let continued =
        |old: &Indicator| plan.indicators.iter().any(|i| predecessor(earlier, i).is_some_and(|p| p.id == old.id));
    let gone: Vec<&str> = earlier.indicators.iter().filter(|o| !continued(o)).map(|o| o.id.as_str()).collect();
    if new.is_empty() && gone.is_empty() {
        return None;
    }
    let none = || "-".to_string();
    Some(Diagnostic::warning(Kind::YearsUnmatched {
        unit: plan.unit.id.clone(),
        year: plan.year.map_or_else(none, |y| y.to_string()),
        earlier: earlier.year.map_or_else(none, |y| y.to_string()),
        new: if new.is_empty() { none() } else { new.join(", ") },
        gone: if gone.is_empty() { none() } else { gone.join(", ") },
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`earlier_among`] every plan of `plans`.
    fn earlier_plans<'a>(plans: &'a [Plan], at: usize, compare: Option<&[i32]>) -> Vec<&'a Plan> {
        earlier_among(&plans[at], plans.iter(), compare)
    }
    use crate::plan::read_toml_plan;
    use std::path::Path;

    fn plan(year: i32, revision: &str, ids: &[(&str, &str)]) -> Plan {
        let mut text = format!("[unit]\nid = \"u\"\n[plan]\nyear = {year}\nrevision = \"{revision}\"\n");
        for (id, prev) in ids {
            text.push_str(&format!("[[indicator]]\nid = \"{id}\"\ntarget = 10\nrealisasi = 5\n"));
            if !prev.is_empty() {
                text.push_str(&format!("previous_id = \"{prev}\"\n"));
            }
        }
        read_toml_plan(Path::new("u.toml"), &text, None).unwrap()
    }

    #[test]
    fn the_latest_revision_speaks_for_its_year_latest_year_first() {
        let plans = vec![
            plan(2023, "revisi", &[("A", "")]),
            plan(2023, "awal", &[("A", "")]),
            plan(2022, "awal", &[("A", "")]),
            plan(2024, "awal", &[("A", "")]),
        ];
        let got: Vec<(Option<i32>, Option<Revision>)> =
            earlier_plans(&plans, 3, None).iter().map(|p| (p.year, p.revision)).collect();
        assert_eq!(got, [(Some(2023), Some(Revision::Revisi)), (Some(2022), Some(Revision::Awal))]);
        assert_eq!(earlier_plans(&plans, 3, Some(&[2022])).len(), 1);
        assert!(earlier_plans(&plans, 2, None).is_empty());
    }

    #[test]
    fn a_renamed_indicator_joins_by_its_previous_id_and_the_rest_is_listed() {
        let old = plan(2023, "awal", &[("A", ""), ("OLD", ""), ("GONE", "")]);
        let new = plan(2024, "awal", &[("A", ""), ("B", "OLD"), ("NEW", "")]);
        assert_eq!(predecessor(&old, &new.indicators[1]).map(|i| i.id), Some("OLD".to_string()));
        let d = unmatched(&new, &old).unwrap();
        assert!(matches!(&d.kind, Kind::YearsUnmatched { new, gone, .. } if new == "NEW" && gone == "GONE"), "{d:?}");
        assert_eq!(same_point(Period::Month(2024, 6), 2023), Period::Month(2023, 6));
    }
}
