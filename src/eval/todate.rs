//! Figures "to date": the target and realisasi of an indicator up to a
//! period, according to its aggregation mode and how its targets are stated.
//!
//! Capaian to date compares like with like: cumulative realisasi against the
//! cumulative target of the same period.

use crate::diagnostic::Text;
use crate::model::{Aggregation, Indicator, Located, Period, TargetKind};
use crate::number::Target;
use rust_decimal::Decimal;

/// A target to date, or why there is none.
pub(crate) type TargetToDate = Result<Target, Text>;

/// The target of `ind` for `period`; `annual` is the plan's annual period,
/// which uses the indicator's annual `target`.
pub(crate) fn target_to_date(ind: &Indicator, period: Period, annual: Period) -> TargetToDate {
    // The last month or quarter of the year ends with the year, so without a
    // target of its own the annual target is its target to date: asking for
    // 2025-12 must not give "no target" where 2025 gives a capaian.
    // Without an annual `target` (a CSV of period rows, TOML `targets`
    // only) the year's target is the target to date at its end, so the year
    // and its last quarter or month agree.
    let from_periods = matches!(period, Period::Year(_)) && ind.target.is_none() && !ind.targets.is_empty();
    if !from_periods
        && (period == annual
            || closes_year(ind, period, annual)
            || (matches!(period, Period::Year(_)) && ind.targets.is_empty()))
    {
        return ind.target.as_ref().map(|t| t.value).ok_or(Text::NoAnnualTarget);
    }
    let Some(end) = period.end() else {
        return Err(Text::NoTargetWholePeriod);
    };
    match ind.target_kind {
        TargetKind::Cumulative => ind
            .targets
            .iter()
            .find(|(p, _)| p.end() == Some(end))
            .map(|(_, t)| t.value)
            .ok_or_else(|| missing(ind, period)),
        TargetKind::PerPeriod => {
            let upto: Vec<Target> =
                ind.targets.iter().filter(|(p, _)| p.ends_by(&period)).map(|(_, t)| t.value).collect();
            // A per-period series must reach the asked period exactly, or the
            // sum would silently stop short.
            if !ind.targets.iter().any(|(p, _)| p.end() == Some(end)) {
                return Err(missing(ind, period));
            }
            combine_targets(&upto, ind.aggregation).ok_or_else(|| missing(ind, period))
        }
    }
}

fn missing(ind: &Indicator, period: Period) -> Text {
    if ind.targets.is_empty() {
        Text::OnlyAnnualTarget { period: period.to_string() }
    } else {
        let given: Vec<String> = ind.targets.iter().take(4).map(|(p, _)| p.to_string()).collect();
        let more = if ind.targets.len() > 4 { ", …" } else { "" };
        Text::NoTargetFor { period: period.to_string(), given: format!("{}{more}", given.join(", ")) }
    }
}

fn combine_targets(ts: &[Target], mode: Aggregation) -> Option<Target> {
    let last = ts.last()?;
    let lows: Vec<Decimal> = ts.iter().map(Target::low).collect();
    let highs: Vec<Decimal> = ts.iter().map(Target::high).collect();
    let single = matches!(last, Target::Single(_)) && ts.iter().all(|t| matches!(t, Target::Single(_)));
    let (lo, hi) = match mode {
        Aggregation::Last => return Some(*last),
        Aggregation::Sum => (checked_sum(&lows)?, checked_sum(&highs)?),
        Aggregation::Average => {
            (checked_sum(&lows)? / Decimal::from(ts.len()), checked_sum(&highs)? / Decimal::from(ts.len()))
        }
    };
    Some(if single { Target::Single(lo) } else { Target::Range(lo, hi) })
}

fn checked_sum(xs: &[Decimal]) -> Option<Decimal> {
    xs.iter().try_fold(Decimal::ZERO, |a, b| a.checked_add(*b))
}

impl RealisasiToDate {
    /// The latest period reported, when it ends before `period` does: the
    /// figure is then "so far", not the period's full realisasi.
    pub(crate) fn short_of(&self, period: Period) -> Option<Period> {
        let latest = *self.periods.iter().max_by(|a, b| a.cmp_end(b))?;
        (period.end().is_some() && latest.end() != period.end()).then_some(latest)
    }
}

/// Whether the year's own target applies to `period`: the annual period
/// itself, or the month or quarter that closes the year when it has no
/// target of its own (it is the target to date at the end of the year).
pub(crate) fn closes_year(ind: &Indicator, period: Period, annual: Period) -> bool {
    period != annual
        && period.end().is_some()
        && period.end() == annual.end()
        && !ind.targets.iter().any(|(p, _)| p.end() == period.end())
}

/// The realisasi to date and the entries it was built from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RealisasiToDate {
    /// The aggregated value.
    pub value: Decimal,
    /// The periods that went into it.
    pub periods: Vec<Period>,
}

/// Aggregates the realisasi entries that end by `period`.
pub(crate) fn realisasi_to_date(
    entries: &[(Period, Located<Decimal>)],
    period: Period,
    mode: Aggregation,
) -> Option<RealisasiToDate> {
    let ends_by = |(p, _): &&(Period, Located<Decimal>)| p.ends_by(&period);
    if mode == Aggregation::Last {
        // The latest entry alone, found without collecting: a monthly
        // series is asked for at every month of a national run.
        let last = entries.iter().filter(ends_by).fold(None, |latest: Option<&(Period, Located<Decimal>)>, e| {
            match latest {
                // Of two ending together the later one given wins, as in
                // the sorted series below.
                Some(l) if e.0.cmp_end(&l.0) == std::cmp::Ordering::Less => Some(l),
                _ => Some(e),
            }
        })?;
        return Some(RealisasiToDate { value: last.1.value, periods: vec![last.0] });
    }
    let mut upto: Vec<&(Period, Located<Decimal>)> = entries.iter().filter(ends_by).collect();
    if upto.is_empty() {
        return None;
    }
    upto.sort_by(|a, b| a.0.cmp_end(&b.0));
    let values: Vec<Decimal> = upto.iter().map(|(_, v)| v.value).collect();
    let value = if mode == Aggregation::Average {
        // A mean that fits is computed even when the sum would not.
        let n = Decimal::from(values.len());
        match checked_sum(&values) {
            Some(s) => s / n,
            None => values.iter().try_fold(Decimal::ZERO, |a, v| a.checked_add(*v / n))?,
        }
    } else {
        checked_sum(&values)?
    };
    let periods = upto.iter().map(|(p, _)| *p).collect();
    Some(RealisasiToDate { value, periods })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::diagnostic::Span;
    use std::path::Path;

    /// An exact decimal from its text.
    pub(in crate::eval) fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    /// A value read from nowhere in particular.
    pub(in crate::eval) fn loc<T>(value: T) -> Located<T> {
        Located { value, span: Span::file(Path::new("t")) }
    }

    fn quarterly(kind: TargetKind, mode: Aggregation, targets: &[&str], real: &[&str]) -> Indicator {
        let mut ind = Indicator::new("x", Span::file(Path::new("t")));
        ind.target = Some(loc(Target::Single(d("100"))));
        ind.target_kind = kind;
        ind.aggregation = mode;
        ind.targets = targets
            .iter()
            .enumerate()
            .map(|(i, t)| (Period::Quarter(2024, i as u8 + 1), loc(Target::Single(d(t)))))
            .collect();
        ind.realisasi = real.iter().enumerate().map(|(i, r)| (Period::Quarter(2024, i as u8 + 1), loc(d(r)))).collect();
        ind
    }

    #[test]
    fn domain_example_last_mode_q2() {
        // Quarterly T 25/50/75/100 (cumulative), R 20/45, last mode: Q2 → 45 against 50.
        let ind = quarterly(TargetKind::Cumulative, Aggregation::Last, &["25", "50", "75", "100"], &["20", "45"]);
        let q2 = Period::Quarter(2024, 2);
        assert_eq!(target_to_date(&ind, q2, Period::Year(2024)), Ok(Target::Single(d("50"))));
        assert_eq!(realisasi_to_date(&ind.realisasi, q2, ind.aggregation).unwrap().value, d("45"));
        // Month 6 is the end of Q2.
        assert_eq!(target_to_date(&ind, Period::Month(2024, 6), Period::Year(2024)), Ok(Target::Single(d("50"))));
        assert!(target_to_date(&ind, Period::Month(2024, 5), Period::Year(2024)).is_err());
    }

    #[test]
    fn last_mode_takes_the_later_of_two_entries_ending_together() {
        // March and the first quarter end together; the one given later wins,
        // whichever order they come in.
        let (q1, m3) = (Period::Quarter(2024, 1), Period::Month(2024, 3));
        let entries = [(Period::Month(2024, 1), loc(d("5"))), (q1, loc(d("10"))), (m3, loc(d("20")))];
        let last = realisasi_to_date(&entries, q1, Aggregation::Last).unwrap();
        assert_eq!((last.value, last.periods), (d("20"), vec![m3]));
        let swapped = [entries[2].clone(), entries[1].clone(), entries[0].clone()];
        assert_eq!(realisasi_to_date(&swapped, q1, Aggregation::Last).unwrap().value, d("10"));
        assert!(realisasi_to_date(&entries, Period::Month(2023, 12), Aggregation::Last).is_none());
        assert!(realisasi_to_date(&entries, Period::Month(2023, 12), Aggregation::Sum).is_none());
    }

    #[test]
    fn sum_mode_adds_per_period_values() {
        let ind = quarterly(TargetKind::PerPeriod, Aggregation::Sum, &["25", "25", "25", "25"], &["20", "25", "30"]);
        let q3 = Period::Quarter(2024, 3);
        assert_eq!(target_to_date(&ind, q3, Period::Year(2024)), Ok(Target::Single(d("75"))));
        assert_eq!(realisasi_to_date(&ind.realisasi, q3, Aggregation::Sum).unwrap().value, d("75"));
        assert_eq!(realisasi_to_date(&ind.realisasi, q3, Aggregation::Average).unwrap().value, d("25"));
        // Q4 is not reported yet: the year's figure is Q1–Q3 so far, and says so.
        let year = realisasi_to_date(&ind.realisasi, Period::Year(2024), Aggregation::Sum).unwrap();
        assert_eq!(year.value, d("75"));
        assert_eq!(year.short_of(Period::Year(2024)), Some(Period::Quarter(2024, 3)));
        assert!(realisasi_to_date(&ind.realisasi, Period::Quarter(2023, 4), Aggregation::Sum).is_none());
    }
}
