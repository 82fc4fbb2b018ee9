//! The map a rule receives as `x`: the indicator's data for one period.
//!
//! Documented field by field in `docs/rules.md`; keep the two in step.

use super::figures::Figures;
use crate::model::{Indicator, Param};
use crate::number::Target;
use rhai::{Array, Dynamic, Map};

/// Builds `x` for `ind` from its figures at the period evaluated.
pub(super) fn build(ind: &Indicator, f: &Figures) -> Map {
    let mut x = Map::new();
    x.insert("id".into(), ind.id.clone().into());
    x.insert("name".into(), ind.name.clone().into());
    x.insert("satuan".into(), opt_text(&ind.satuan));
    x.insert("polarity".into(), ind.polarity.name().into());
    x.insert("aggregation".into(), ind.aggregation.name().into());
    x.insert("period".into(), f.period.to_string().into());
    x.insert("year".into(), f.annual.year().map_or(Dynamic::UNIT, |y| Dynamic::from_int(y.into())));
    insert_target(&mut x, f.target.as_ref().ok());
    x.insert(
        "annual_target".into(),
        ind.target.as_ref().map_or(Dynamic::UNIT, |t| match t.value {
            Target::Single(v) => v.into(),
            Target::Range(..) => Dynamic::UNIT,
        }),
    );
    x.insert("realisasi".into(), f.realisasi_value().map_or(Dynamic::UNIT, Dynamic::from_decimal));
    x.insert("params".into(), params(&ind.params).into());
    x.insert("periods".into(), periods(f).into());
    let components: Array =
        ind.components.iter().zip(&f.components).map(|(c, cf)| Dynamic::from_map(build(c, cf))).collect();
    x.insert("components".into(), components.into());
    if let Some(b) = &ind.budget {
        let mut m = Map::new();
        m.insert("pagu".into(), b.pagu.as_ref().map_or(Dynamic::UNIT, |p| p.value.into()));
        m.insert("realisasi".into(), f.budget_spent.map_or(Dynamic::UNIT, Dynamic::from_decimal));
        m.insert("satuan".into(), b.satuan.clone().map_or(Dynamic::UNIT, Dynamic::from));
        x.insert("budget".into(), m.into());
    } else {
        x.insert("budget".into(), Dynamic::UNIT);
    }
    x
}

/// `x.earlier`: the same indicator in earlier years' plans given in the
/// run, latest year first: `#{ year, target, realisasi }` (the plan's
/// figures; `()` where it has none).
pub(super) fn earlier(years: &[super::years::EarlierFigures]) -> Array {
    years
        .iter()
        .map(|e| {
            let mut m = Map::new();
            m.insert("year".into(), Dynamic::from_int(e.year.into()));
            insert_target(&mut m, e.target.as_ref());
            m.insert("realisasi".into(), e.realisasi.map_or(Dynamic::UNIT, Dynamic::from_decimal));
            Dynamic::from_map(m)
        })
        .collect()
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

/// Every period of the indicator's series up to the period, with the target
/// to date and that period's own realisasi, for rules that look at the series.
fn periods(f: &Figures) -> Array {
    f.series
        .iter()
        .map(|p| {
            let mut m = Map::new();
            m.insert("period".into(), p.period.to_string().into());
            let mut t = Map::new();
            insert_target(&mut t, p.target.as_ref());
            m.insert("target".into(), t.get("target").cloned().unwrap_or(Dynamic::UNIT));
            m.insert("realisasi".into(), p.realisasi.map_or(Dynamic::UNIT, Dynamic::from_decimal));
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
