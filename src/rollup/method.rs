//! The arithmetic of a roll-up: from members to one figure, by the mean,
//! the weighted mean, pooled ratios or the lowest capaian. Every step is an
//! exact decimal; only the figure is rounded, half-up to 2 decimals, as
//! capaian are.

use super::figure::{LeftOut, Member, Pooled, Why};
use crate::model::RollupMethod;
use rust_decimal::Decimal;

/// A figure's numbers before it gets a name.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Computed {
    /// Before rounding.
    pub raw: Option<Decimal>,
    /// Rounded half-up to 2 decimals.
    pub capaian: Option<Decimal>,
    /// What was counted.
    pub members: Vec<Member>,
    /// What was left out, the candidates' own reasons first.
    pub left_out: Vec<LeftOut>,
    /// The sums of the counted members, when every one has them.
    pub pooled: Option<Pooled>,
    /// Σ weight of the counted members, when every one has one.
    pub weight: Option<Decimal>,
    /// Indicators behind the counted members.
    pub indicators: usize,
}

/// Rounds a figure as capaian are: half-up (away from zero) to 2 decimals,
/// padded (88 → 88,00) so every figure of a table shows the same digits.
pub(crate) fn round_figure(d: Decimal) -> Decimal {
    crate::number::Rounding::default().apply(d)
}

/// Combines `candidates` (members, or what is already left out) by `method`.
pub(crate) fn combine(method: RollupMethod, candidates: Vec<Result<Member, LeftOut>>) -> Computed {
    let mut out = Computed::default();
    let mut members = Vec::new();
    for c in candidates {
        match c {
            Ok(m) => members.push(m),
            Err(l) => out.left_out.push(l),
        }
    }
    // Members the method cannot use are left out with the method's reason.
    let polarity = members.iter().find_map(|m| m.pooled.map(|p| p.polarity));
    for m in members {
        let why = match method {
            RollupMethod::Weighted if m.weight.is_none_or(|w| w.is_sign_negative()) => Some(Why::NoBobot),
            RollupMethod::Ratio => match m.pooled {
                None => Some(Why::NoRatio),
                Some(p) if Some(p.polarity) != polarity => Some(Why::OtherPolarity),
                Some(_) => None,
            },
            _ => None,
        };
        match why {
            Some(why) => out.left_out.push(LeftOut { key: m.key, why }),
            None => out.members.push(m),
        }
    }
    let ms = &out.members;
    out.indicators = ms.iter().map(|m| m.indicators).sum();
    out.pooled = ms.iter().map(|m| m.pooled).collect::<Option<Vec<Pooled>>>().and_then(|ps| {
        let (first, rest) = ps.split_first()?;
        rest.iter().try_fold(*first, |a, p| if p.polarity == a.polarity { a.add(*p) } else { None })
    });
    out.weight = ms.iter().map(|m| m.weight).collect::<Option<Vec<Decimal>>>().and_then(|ws| sum(ws.into_iter()));
    out.raw = if ms.is_empty() {
        None
    } else {
        match method {
            RollupMethod::Mean => {
                sum(ms.iter().map(|m| m.capaian)).and_then(|s| s.checked_div(Decimal::from(ms.len())))
            }
            RollupMethod::Weighted => {
                let products: Option<Vec<Decimal>> =
                    ms.iter().map(|m| m.weight.and_then(|w| w.checked_mul(m.capaian))).collect();
                match (products.and_then(|p| sum(p.into_iter())), out.weight) {
                    (Some(s), Some(w)) if w > Decimal::ZERO => s.checked_div(w),
                    _ => None,
                }
            }
            RollupMethod::Ratio => out.pooled.and_then(|p| p.capaian()),
            RollupMethod::Min => ms.iter().map(|m| m.capaian).min(),
        }
    };
    out.capaian = out.raw.map(round_figure);
    out
}

/// Σ of decimals; `None` on overflow.
fn sum(mut it: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    it.try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Polarity;

    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn m(
        key: &str,
        capaian: Decimal,
        weight: Option<Decimal>,
        pooled: Option<(Decimal, Decimal)>,
    ) -> Result<Member, LeftOut> {
        let pooled = pooled.map(|(p, e)| Pooled { pembilang: p, expected: e, polarity: Polarity::Naik });
        Ok(Member { key: key.into(), name: None, capaian, weight, pooled, indicators: 1 })
    }

    fn out(key: &str, why: Why) -> Result<Member, LeftOut> {
        Err(LeftOut { key: key.into(), why })
    }

    #[test]
    fn the_mean_counts_only_what_has_a_capaian() {
        let c = combine(
            RollupMethod::Mean,
            vec![
                m("A", d("100"), None, None),
                out("B", Why::Status(crate::eval::Status::NoData)),
                m("C", d("80.01"), None, None),
            ],
        );
        assert_eq!(c.raw, Some(d("90.005")));
        assert_eq!(c.capaian, Some(d("90.01")), "half-up");
        assert_eq!(c.indicators, 2);
        assert_eq!(c.left_out, [LeftOut { key: "B".into(), why: Why::Status(crate::eval::Status::NoData) }]);
    }

    #[test]
    fn nothing_counted_is_no_figure_not_zero() {
        for method in [RollupMethod::Mean, RollupMethod::Weighted, RollupMethod::Ratio, RollupMethod::Min] {
            let c = combine(method, vec![out("A", Why::Status(crate::eval::Status::NotComputable))]);
            assert_eq!(c.capaian, None, "{method:?}");
            assert_eq!(c.left_out.len(), 1);
        }
    }

    #[test]
    fn weighted_by_bobot_leaves_out_who_has_none() {
        let c = combine(
            RollupMethod::Weighted,
            vec![
                m("A", d("100"), Some(d("3")), None),
                m("B", d("60"), Some(d("1")), None),
                m("C", d("10"), None, None),
            ],
        );
        // (3 × 100 + 1 × 60) / 4 = 90
        assert_eq!(c.capaian, Some(d("90.00")));
        assert_eq!(c.weight, Some(d("4")));
        assert_eq!(c.left_out, [LeftOut { key: "C".into(), why: Why::NoBobot }]);
    }

    #[test]
    fn pooled_ratios_differ_from_the_mean_of_percentages() {
        // A: 9 of 10 against 90 % → capaian 100; B: 50 of 100 against 90 % → 55,56.
        // Mean 77,78; pooled (900 + 5000) / (900 + 9000) × 100 = 59,60.
        let a = m("A", d("100"), None, Some((d("900"), d("900"))));
        let b = m("B", d("55.56"), None, Some((d("5000"), d("9000"))));
        assert_eq!(combine(RollupMethod::Mean, vec![a.clone(), b.clone()]).capaian, Some(d("77.78")));
        let pooled = combine(RollupMethod::Ratio, vec![a, b, m("C", d("99"), None, None)]);
        assert_eq!(pooled.capaian, Some(d("59.60")));
        assert_eq!(pooled.left_out, [LeftOut { key: "C".into(), why: Why::NoRatio }]);
    }

    #[test]
    fn lower_is_better_pools_as_two_minus_the_ratio() {
        let p = Pooled { pembilang: d("12"), expected: d("10"), polarity: Polarity::Turun };
        assert_eq!(p.capaian(), Some(d("80")));
        assert_eq!(Pooled { expected: Decimal::ZERO, ..p }.capaian(), None);
    }

    #[test]
    fn the_lowest_is_the_minimum() {
        let c = combine(RollupMethod::Min, vec![m("A", d("101.5"), None, None), m("B", d("87.25"), None, None)]);
        assert_eq!(c.capaian, Some(d("87.25")));
    }
}
