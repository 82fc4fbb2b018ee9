//! Ranking figures: standard competition ranking (1, 2, 2, 4) on the figure
//! as shown (rounded to 2 decimals), so two units a reader sees as equal
//! share a rank; equal figures are listed by key. Figures without a value
//! are not ranked, and are named.

use super::Figure;
use std::cmp::Ordering;

/// Ranks `figures` within the groups `group` makes (`None`: one group),
/// sorting them best first within each group, groups in order of first
/// appearance; returns the keys of the figures without a value.
pub(crate) fn rank(figures: &mut [Figure], group: impl Fn(&Figure) -> Option<String>) -> Vec<String> {
    let mut groups: Vec<Option<String>> = Vec::new();
    for f in figures.iter() {
        let g = group(f);
        if !groups.contains(&g) {
            groups.push(g);
        }
    }
    let position = |f: &Figure| groups.iter().position(|g| *g == group(f)).unwrap_or(usize::MAX);
    figures.sort_by(|a, b| {
        position(a)
            .cmp(&position(b))
            .then_with(|| match (a.capaian, b.capaian) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            })
            .then_with(|| a.key.cmp(&b.key))
    });
    let snapshot: Vec<(usize, Option<rust_decimal::Decimal>)> =
        figures.iter().map(|f| (position(f), f.capaian)).collect();
    let mut not_ranked = Vec::new();
    for (i, f) in figures.iter_mut().enumerate() {
        let (g, value) = snapshot[i];
        match value {
            Some(v) => {
                let better = snapshot.iter().filter(|(h, w)| *h == g && w.is_some_and(|w| w > v)).count();
                f.rank = Some(better + 1);
            }
            None => {
                f.rank = None;
                not_ranked.push(f.key.clone());
            }
        }
    }
    not_ranked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::RollupMethod;
    use crate::rollup::Level;

    fn f(key: &str, capaian: Option<&str>) -> Figure {
        Figure {
            level: Level::Unit,
            key: key.into(),
            name: None,
            unit: None,
            plan: None,
            period: None,
            method: RollupMethod::Mean,
            capaian: capaian.map(|c| c.parse().unwrap()),
            capaian_raw: None,
            members: Vec::new(),
            left_out: Vec::new(),
            indicators: 0,
            pooled: None,
            weight: None,
            rank: None,
            depth: None,
        }
    }

    #[test]
    fn ties_share_a_rank_and_the_next_is_skipped() {
        let mut fs =
            vec![f("d", Some("90")), f("c", Some("95.5")), f("b", Some("95.50")), f("a", None), f("e", Some("101"))];
        let not_ranked = rank(&mut fs, |_| None);
        let shown: Vec<(&str, Option<usize>)> = fs.iter().map(|f| (f.key.as_str(), f.rank)).collect();
        assert_eq!(shown, [("e", Some(1)), ("b", Some(2)), ("c", Some(2)), ("d", Some(4)), ("a", None)]);
        assert_eq!(not_ranked, ["a"]);
    }

    #[test]
    fn groups_are_ranked_apart() {
        let mut fs = vec![f("x/S1", Some("80")), f("y/S2", Some("70")), f("y/S1", Some("90"))];
        rank(&mut fs, |f| f.key.split_once('/').map(|(_, s)| s.to_string()));
        let shown: Vec<(&str, Option<usize>)> = fs.iter().map(|f| (f.key.as_str(), f.rank)).collect();
        assert_eq!(shown, [("y/S1", Some(1)), ("x/S1", Some(2)), ("y/S2", Some(1))]);
    }
}
