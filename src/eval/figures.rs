//! The figures of one indicator at one period, computed once: the target to
//! date (or why there is none) and on what it rests, the realisasi to date
//! with the periods that went in, whether that realisasi stops short, the
//! standard rule, and the same for every component. The rule context, the
//! result and the explanation all read these; nothing recomputes them.

use super::todate::{self, RealisasiToDate, TargetToDate};
use super::{BudgetFigures, Note};
use crate::diagnostic::Text;
use crate::model::{Aggregation, Indicator, Period, Polarity, TargetKind};
use crate::number::{Rounding, Target};
use rust_decimal::Decimal;
use serde::Serialize;

/// On what a target to date rests (what the explanation says of it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetBasis {
    /// The period is the plan year: the annual target.
    Annual,
    /// The month or quarter that closes the year, without a target of its
    /// own: the annual target.
    ClosesYear,
    /// The period's targets, by how they are stated and aggregated.
    ToDate {
        /// Cumulative or per-period targets.
        kind: TargetKind,
        /// How the periods add up.
        aggregation: Aggregation,
    },
}

/// One earlier period of the series, for rules that look at it (`x.periods`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SeriesPoint {
    /// The period.
    pub period: Period,
    /// Its target to date, if it has one.
    pub target: Option<Target>,
    /// Its own realisasi (not to date), if reported.
    pub realisasi: Option<Decimal>,
}

/// Everything evaluation needs to know of an indicator at a period before
/// any rule runs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figures {
    /// The period evaluated.
    pub period: Period,
    /// The plan's annual period.
    pub annual: Period,
    /// The target to date, or why there is none.
    pub target: TargetToDate,
    /// On what the target rests.
    pub basis: TargetBasis,
    /// The realisasi to date and the periods that went in.
    pub realisasi: Option<RealisasiToDate>,
    /// The budget spent to date (summed), if the indicator has a budget.
    pub budget_spent: Option<Decimal>,
    /// The realisasi up to the period exists but adds up beyond exact decimals.
    pub overflow: bool,
    /// "Reported up to … only": the realisasi stops short of the period.
    pub short_of: Option<Note>,
    /// The standard rule for this target (`standard/positif`, …).
    pub standard: &'static str,
    /// The components' figures, in order.
    pub components: Vec<Figures>,
}

impl Figures {
    /// Computes the figures of `ind` at `period`; `annual` is the plan's year.
    pub(crate) fn compute(ind: &Indicator, period: Period, annual: Period) -> Figures {
        let target = todate::target_to_date(ind, period, annual);
        let basis = if period == annual {
            TargetBasis::Annual
        } else if todate::closes_year(ind, period, annual) {
            TargetBasis::ClosesYear
        } else {
            TargetBasis::ToDate { kind: ind.target_kind, aggregation: ind.aggregation }
        };
        let realisasi = todate::realisasi_to_date(&ind.realisasi, period, ind.aggregation);
        // Figures to date that exist but do not add up within exact
        // decimals are an error of the indicator, never "no data".
        let realisasi_none = realisasi.is_none();
        let budget = ind.budget.as_ref().and_then(|b| {
            let mode = if b.to_date { Aggregation::Last } else { Aggregation::Sum };
            todate::realisasi_to_date(&b.realisasi, period, mode)
        });
        let budget_spent = budget.as_ref().map(|r| r.value);
        let components: Vec<Figures> = ind.components.iter().map(|c| Figures::compute(c, period, annual)).collect();
        let short_of = short_of(ind, period, realisasi.as_ref(), budget.as_ref(), &components);
        Figures {
            period,
            annual,
            standard: standard_rule(ind, target.as_ref().ok().copied()),
            target,
            basis,
            realisasi,
            budget_spent,
            overflow: realisasi_none && ind.realisasi.iter().any(|(p, _)| p.ends_by(&period)),
            short_of,
            components,
        }
    }

    /// The realisasi to date as a number.
    pub(crate) fn realisasi_value(&self) -> Option<Decimal> {
        self.realisasi.as_ref().map(|r| r.value)
    }
}

/// The budget beside the performance at `period`: pagu, money spent to date
/// (each period's spending added up, or the latest "s.d." figure of a CSV),
/// penyerapan = realisasi / pagu × 100 at 2 decimals half-up (none when the
/// pagu is 0 or missing), and where the spending stops short of the period.
pub(crate) fn budget_figures(ind: &Indicator, period: Period) -> Option<BudgetFigures> {
    let b = ind.budget.as_ref()?;
    let mode = if b.to_date { Aggregation::Last } else { Aggregation::Sum };
    let spent = todate::realisasi_to_date(&b.realisasi, period, mode);
    let pagu = b.pagu.as_ref().map(|p| p.value);
    let realisasi = spent.as_ref().map(|s| s.value);
    let penyerapan = realisasi.zip(pagu).and_then(|(r, p)| penyerapan(r, p));
    Some(BudgetFigures {
        pagu,
        realisasi,
        penyerapan,
        satuan: b.satuan.clone(),
        reported_up_to: spent.and_then(|s| s.short_of(period)),
    })
}

/// The standard rule for the target that applies at a period: range targets
/// use `standard/rentang` (a period's target may be a range where the annual
/// one is not, or is missing), otherwise the polarity decides (`turun` uses
/// the regulation's (2T − R)/T).
pub(crate) fn standard_rule(ind: &Indicator, target: Option<Target>) -> &'static str {
    let range = matches!(target, Some(Target::Range(..)))
        || ind.targets.iter().any(|(_, t)| matches!(t.value, Target::Range(..)));
    match (range, ind.polarity) {
        (true, _) => "standard/rentang",
        (_, Polarity::Naik) => "standard/positif",
        (_, Polarity::Turun) => "standard/negatif",
    }
}

/// Every period of the indicator's series up to `period`, with its target
/// to date and its own realisasi (computed only for a rule's `x.periods`).
pub(crate) fn series(ind: &Indicator, period: Period, annual: Period) -> Vec<SeriesPoint> {
    let mut ps: Vec<Period> =
        ind.targets.iter().map(|(p, _)| *p).chain(ind.realisasi.iter().map(|(p, _)| *p)).collect();
    ps.sort_by(|a, b| a.cmp_end(b));
    ps.dedup();
    ps.into_iter()
        .filter(|p| p.ends_by(&period))
        .map(|p| SeriesPoint {
            period: p,
            target: todate::target_to_date(ind, p, annual).ok(),
            realisasi: ind.realisasi.iter().find(|(q, _)| *q == p).map(|(_, v)| v.value),
        })
        .collect()
}

/// Says so when the realisasi used for `period` stops short of it: "so far"
/// figures must not read like the period's. For an indicator built from
/// components every component with data counts — an index of half a year of
/// one component's data is no more the year's index than a half-year count
/// is the year's count — and the ones that stop short are named when others
/// reach further.
/// Money spent counts like any figure to date: a penyerapan computed from
/// budget realisasi up to Q3 is a "so far" figure too.
fn short_of(
    ind: &Indicator,
    period: Period,
    own: Option<&RealisasiToDate>,
    budget: Option<&RealisasiToDate>,
    components: &[Figures],
) -> Option<Note> {
    // Counted and searched in place, not listed: this is asked at every
    // period of every indicator of a national run.
    let parts = ind.components.iter().zip(components).map(|(c, f)| (c.id.as_str(), f.realisasi.as_ref()));
    let reached = || {
        std::iter::once((ind.id.as_str(), own))
            .chain(std::iter::once(("budget.realisasi", budget)))
            .chain(parts.clone())
            .filter_map(|(id, r)| r.map(|r| (id, r.short_of(period))))
    };
    // How many reached a figure, how many stop short, and the latest they
    // reach (of two ending together, the later given, as `max_by` picks).
    let (mut reached_count, mut short_count, mut latest) = (0, 0, None::<Period>);
    for (_, short) in reached() {
        reached_count += 1;
        if let Some(p) = short {
            short_count += 1;
            if latest.is_none_or(|l| p.cmp_end(&l) != std::cmp::Ordering::Less) {
                latest = Some(p);
            }
        }
    }
    if short_count == 0 {
        return None;
    }
    if short_count == reached_count {
        return latest.map(|p| Note::Text(Text::ReportedUpTo { period: p.to_string() }));
    }
    let short = reached().filter_map(|(id, s)| s.map(|p| (id.to_string(), p)));
    Some(Note::ComponentsShortOf(short.collect()))
}

/// Realisasi anggaran as a share of the pagu, in percent, to 2 decimals
/// half-up (as capaian are); `None` for a pagu of 0. One formula for an
/// indicator's penyerapan and a report's subtotals.
pub(crate) fn penyerapan(realisasi: Decimal, pagu: Decimal) -> Option<Decimal> {
    if pagu.is_zero() {
        return None;
    }
    realisasi.checked_mul(Decimal::ONE_HUNDRED).and_then(|x| x.checked_div(pagu)).map(|x| Rounding::default().apply(x))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Span;
    use crate::eval::todate::tests::{d, loc};
    use std::path::Path;

    fn quarterly(real: &[&str]) -> Indicator {
        let mut ind = Indicator::new("x", Span::file(Path::new("t")));
        ind.target = Some(loc(Target::Single(d("100"))));
        ind.aggregation = Aggregation::Sum;
        ind.target_kind = TargetKind::PerPeriod;
        ind.targets = (1..=4).map(|q| (Period::Quarter(2024, q), loc(Target::Single(d("25"))))).collect();
        ind.realisasi = real.iter().enumerate().map(|(i, r)| (Period::Quarter(2024, i as u8 + 1), loc(d(r)))).collect();
        ind
    }

    #[test]
    fn the_year_so_far_says_where_it_stops() {
        let f = Figures::compute(&quarterly(&["20", "25", "30"]), Period::Year(2024), Period::Year(2024));
        assert_eq!(f.basis, TargetBasis::Annual);
        assert_eq!(f.target, Ok(Target::Single(d("100"))));
        assert_eq!(f.realisasi_value(), Some(d("75")));
        assert_eq!(f.short_of, Some(Note::Text(Text::ReportedUpTo { period: "2024-Q3".into() })));
        assert_eq!(f.standard, "standard/positif");
        assert_eq!(series(&quarterly(&["20", "25", "30"]), f.period, f.annual).len(), 4);
    }

    #[test]
    fn a_quarter_rests_on_its_targets_to_date() {
        let f = Figures::compute(&quarterly(&["20", "25"]), Period::Quarter(2024, 2), Period::Year(2024));
        assert_eq!(f.basis, TargetBasis::ToDate { kind: TargetKind::PerPeriod, aggregation: Aggregation::Sum });
        assert_eq!(f.target, Ok(Target::Single(d("50"))));
        assert_eq!(f.realisasi.map(|r| r.periods.len()), Some(2));
        assert_eq!(f.short_of, None);
    }

    #[test]
    fn the_last_quarter_without_its_own_target_closes_the_year() {
        let mut ind = quarterly(&["20"]);
        ind.targets.truncate(3);
        let f = Figures::compute(&ind, Period::Quarter(2024, 4), Period::Year(2024));
        assert_eq!(f.basis, TargetBasis::ClosesYear);
        assert_eq!(f.target, Ok(Target::Single(d("100"))));
        assert_eq!(f.short_of, Some(Note::Text(Text::ReportedUpTo { period: "2024-Q1".into() })));
    }
}
