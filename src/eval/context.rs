//! The map a rule receives as `x`: the indicator's data for one period.
//!
//! Documented field by field in `docs/rules.md`; keep the two in step.

use super::todate::{realisasi_to_date, target_to_date};
use crate::model::{Indicator, Param, Period};
use crate::number::Target;
use rhai::{Array, Dynamic, Map};
use rust_decimal::Decimal;

/// Builds `x` for `ind` at `period`. `target` is the target to date (or an
/// explanation why there is none).
pub fn build(ind: &Indicator, period: Period, annual: Period) -> Map {
    let mut x = Map::new();
    let target = target_to_date(ind, period, annual);
    let real = realisasi_to_date(&ind.realisasi, period, ind.aggregation);
    x.insert("id".into(), ind.id.clone().into());
    x.insert("name".into(), ind.name.clone().into());
    x.insert("satuan".into(), opt_text(&ind.satuan));
    x.insert("polarity".into(), ind.polarity.name().into());
    x.insert("aggregation".into(), ind.aggregation.name().into());
    x.insert("period".into(), period.to_string().into());
    insert_target(&mut x, target.as_ref().ok());
    x.insert(
        "annual_target".into(),
        ind.target.as_ref().map_or(Dynamic::UNIT, |t| match t.value {
            Target::Single(v) => v.into(),
            Target::Range(..) => Dynamic::UNIT,
        }),
    );
    x.insert("realisasi".into(), real.as_ref().map_or(Dynamic::UNIT, |r| r.value.into()));
    x.insert("params".into(), params(&ind.params).into());
    x.insert("periods".into(), periods(ind, period, annual).into());
    let components: Array = ind.components.iter().map(|c| Dynamic::from_map(build(c, period, annual))).collect();
    x.insert("components".into(), components.into());
    if let Some(b) = &ind.budget {
        let mut m = Map::new();
        m.insert("pagu".into(), b.pagu.as_ref().map_or(Dynamic::UNIT, |p| p.value.into()));
        let spent = realisasi_to_date(&b.realisasi, period, crate::model::Aggregation::Sum);
        m.insert("realisasi".into(), spent.map_or(Dynamic::UNIT, |r| r.value.into()));
        m.insert("satuan".into(), b.satuan.clone().map_or(Dynamic::UNIT, Dynamic::from));
        x.insert("budget".into(), m.into());
    } else {
        x.insert("budget".into(), Dynamic::UNIT);
    }
    x
}

fn insert_target(x: &mut Map, target: Option<&Target>) {
    let (t, lo, hi, range) = match target {
        None => (Dynamic::UNIT, Dynamic::UNIT, Dynamic::UNIT, false),
        Some(Target::Single(v)) => ((*v).into(), (*v).into(), (*v).into(), false),
        Some(Target::Range(a, b)) => (Dynamic::UNIT, (*a).into(), (*b).into(), true),
    };
    x.insert("target".into(), t);
    x.insert("target_low".into(), lo);
    x.insert("target_high".into(), hi);
    x.insert("is_range".into(), range.into());
}

/// Every period of the indicator's series up to `period`, with the target to
/// date and that period's own realisasi, for rules that look at the series.
fn periods(ind: &Indicator, period: Period, annual: Period) -> Array {
    let mut ps: Vec<Period> =
        ind.targets.iter().map(|(p, _)| *p).chain(ind.realisasi.iter().map(|(p, _)| *p)).collect();
    ps.sort_by(|a, b| a.cmp_end(b));
    ps.dedup();
    ps.into_iter()
        .filter(|p| p.ends_by(&period))
        .map(|p| {
            let mut m = Map::new();
            m.insert("period".into(), p.to_string().into());
            let mut t = Map::new();
            insert_target(&mut t, target_to_date(ind, p, annual).ok().as_ref());
            m.insert("target".into(), t.get("target").cloned().unwrap_or(Dynamic::UNIT));
            let own = ind.realisasi.iter().find(|(q, _)| *q == p).map_or(Dynamic::UNIT, |(_, v)| v.value.into());
            m.insert("realisasi".into(), own);
            Dynamic::from_map(m)
        })
        .collect()
}

fn opt_text(s: &Option<String>) -> Dynamic {
    s.as_ref().map_or(Dynamic::UNIT, |s| s.clone().into())
}

fn params(ps: &std::collections::BTreeMap<String, Param>) -> Map {
    ps.iter().map(|(k, v)| (k.as_str().into(), param(v))).collect()
}

fn param(p: &Param) -> Dynamic {
    match p {
        Param::Number(d) => Dynamic::from_decimal(*d),
        Param::Text(s) => s.clone().into(),
        Param::Bool(b) => (*b).into(),
        Param::List(xs) => xs.iter().map(param).collect::<Array>().into(),
        Param::Table(t) => params(t).into(),
    }
}

/// Reads a decimal field back out of a map (`()` and non-numbers are `None`).
pub fn decimal_field(x: &Map, key: &str) -> Option<Decimal> {
    x.get(key).and_then(crate::engine::to_decimal)
}
