//! Roll-ups (issue 14 item 5): capaian per sasaran, per unit and up a
//! region hierarchy, from results already evaluated — never by evaluating
//! again. Each figure counts what it can, lists what it leaves out and why
//! (no data, not computable, no `bobot` …), and is never an average of
//! zeros standing for "nothing". This module is the one place a sasaran's
//! summary is computed; the LAPKIN chapter calls [`sasaran_figure`].
//!
//! Levels: a sasaran's figure comes from its indicators by the method its
//! `[[sasaran]]` names (the mean by default); a unit's from its sasaran
//! figures; a region's from the figures of every unit beneath it, each
//! unit once whatever the depth. Ratio indicators pool Σ pembilang against
//! what the targets expect, at every level, instead of averaging
//! percentages.

mod explain;
mod figure;
mod method;
mod rank;
mod region;
mod render;

pub use figure::{Figure, LeftOut, Level, Member, Pooled, Why};
pub(crate) use method::round_figure;
pub use region::{Region, Regions, UnitPlace};
pub use render::RollupFormat;

use crate::diagnostic::{Diagnostic, Kind, Span};
use crate::eval::{IndicatorResult, Report, Status};
use crate::model::{Indicator, Plan, Revision, RollupMethod};
use method::combine;
use rust_decimal::Decimal;

/// What to roll up and how.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RollupOptions {
    /// The method of unit and region figures (default: the mean). Sasaran
    /// figures follow their plan's `[[sasaran]] rollup`.
    pub method: Option<RollupMethod>,
    /// The units file, for region figures.
    pub regions: Option<Regions>,
}

impl RollupOptions {
    /// With `method` for units and regions.
    pub fn with_method(mut self, method: Option<RollupMethod>) -> Self {
        self.method = method;
        self
    }

    /// With a units file.
    pub fn with_regions(mut self, regions: Option<Regions>) -> Self {
        self.regions = regions;
        self
    }
}

/// Every roll-up figure of a run.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Rollup {
    /// Per sasaran of each unit, in plan order.
    pub sasaran: Vec<Figure>,
    /// Per unit, in the order plans were given.
    pub units: Vec<Figure>,
    /// Per region of the units file, in file order.
    pub regions: Vec<Figure>,
    /// Problems found (a unit in no region); the figures are still made.
    pub diagnostics: Vec<Diagnostic>,
}

impl Rollup {
    /// The figures of `level`.
    pub fn figures(&self, level: Level) -> &[Figure] {
        match level {
            Level::Sasaran => &self.sasaran,
            Level::Unit => &self.units,
            Level::Region => &self.regions,
        }
    }

    /// The figure with `key`, looked for among sasaran, then units, then regions.
    pub fn find(&self, key: &str) -> Option<&Figure> {
        self.sasaran.iter().chain(&self.units).chain(&self.regions).find(|f| f.key == key)
    }

    /// Every key, for a "did you mean".
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.sasaran.iter().chain(&self.units).chain(&self.regions).map(|f| f.key.as_str())
    }

    /// Ranks the figures of `level` (see [`rank::rank`]); returns the keys
    /// of those left out of the ranking (no figure).
    pub fn rank(&mut self, level: Level) -> Vec<String> {
        match level {
            Level::Sasaran => rank::rank(&mut self.sasaran, |f| f.key.split_once('/').map(|(_, s)| s.to_string())),
            Level::Unit => rank::rank(&mut self.units, |_| None),
            Level::Region => rank::rank(&mut self.regions, |f| f.depth.map(|d| d.to_string())),
        }
    }

    /// The figures of `level` as a table, CSV or JSON; `not_ranked` (the
    /// keys [`Rollup::rank`] returned) when ranked.
    pub fn render(
        &self,
        level: Level,
        format: RollupFormat,
        numbers: crate::number::Convention,
        lang: crate::lang::Lang,
        not_ranked: Option<&[String]>,
    ) -> String {
        render::render(self.figures(level), level, format, numbers, lang, not_ranked)
    }

    /// Whether a problem is an error (exit 1).
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == crate::diagnostic::Severity::Error)
    }
}

/// Rolls up `report` (the evaluation of `plans`). Of several plans of one
/// unit, the latest year's latest revision is the unit's, as in `capaian
/// report`; of several periods of one indicator, the latest.
pub fn rollup(plans: &[Plan], report: &Report, options: &RollupOptions) -> Rollup {
    let mut out = Rollup::default();
    let unit_method = options.method.unwrap_or_default();
    let mut units: Vec<&str> = Vec::new();
    for p in plans {
        if !units.contains(&p.unit.id.as_str()) {
            units.push(&p.unit.id);
        }
    }
    for unit in units {
        let Some(plan) = plans
            .iter()
            .filter(|p| p.unit.id == unit)
            .max_by_key(|p| (p.year.unwrap_or(i32::MIN), Revision::rank(p.revision)))
        else {
            continue;
        };
        let results = latest_results(plan, report);
        let sasaran = sasaran_figures(plan, &results);
        let candidates = sasaran.iter().map(|f| f.as_member().ok_or_else(|| left(&f.key, Why::NoFigure))).collect();
        let c = combine(unit_method, candidates);
        let period = results.iter().map(|r| r.period).max_by(|a, b| a.cmp_end(b));
        let mut f = figure(Level::Unit, unit.to_string(), plan.unit.name.clone(), None, period, unit_method, c);
        f.plan = Some(plan.path.clone());
        out.units.push(f);
        out.sasaran.extend(sasaran);
    }
    if let Some(regions) = &options.regions {
        for u in &out.units {
            if regions.region_of(&u.key).is_none() {
                let kind = Kind::RegionUnitNotPlaced { unit: u.key.clone() };
                out.diagnostics.push(Diagnostic::error(kind).with_span(Span::file(&regions.path)));
            }
        }
        for r in &regions.regions {
            let candidates = regions
                .units_under(&r.id)
                .into_iter()
                .map(|unit| match out.units.iter().find(|f| f.key == unit) {
                    Some(f) => f.as_member().ok_or_else(|| left(unit, Why::NoFigure)),
                    None => Err(left(unit, Why::NoPlan)),
                })
                .collect();
            let c = combine(unit_method, candidates);
            let period = out
                .units
                .iter()
                .filter(|u| c.members.iter().any(|m| m.key == u.key))
                .filter_map(|u| u.period)
                .max_by(|a, b| a.cmp_end(b));
            let mut f = figure(Level::Region, r.id.clone(), r.name.clone(), None, period, unit_method, c);
            f.depth = Some(regions.depth(&r.id));
            out.regions.push(f);
        }
    }
    out
}

/// The results of `plan`'s top-level indicators, each at its latest period.
fn latest_results<'r>(plan: &Plan, report: &'r Report) -> Vec<&'r IndicatorResult> {
    let mine: Vec<&IndicatorResult> = report
        .results
        .iter()
        .filter(|r| *r.plan == *plan.path && plan.indicators.iter().any(|i| *i.id == *r.indicator))
        .collect();
    mine.iter()
        .copied()
        .filter(|r| !mine.iter().any(|o| o.indicator == r.indicator && o.period.cmp_end(&r.period).is_gt()))
        .collect()
}

/// The sasaran figures of one unit: the `[[sasaran]]` of the plan first, in
/// their order, then the sasaran the indicators name, in order of appearance.
fn sasaran_figures(plan: &Plan, results: &[&IndicatorResult]) -> Vec<Figure> {
    // Each group: its key within the unit, its text, its results.
    let mut groups: Vec<(String, Option<String>, Vec<&IndicatorResult>)> =
        plan.sasaran.iter().map(|s| (s.id.clone(), s.name.clone(), Vec::new())).collect();
    let mut unnamed = 0;
    for r in results {
        let key = r.sasaran_id.as_deref().map(str::to_string).or_else(|| {
            groups
                .iter()
                .find(|g| g.2.first().is_some_and(|f| f.sasaran_id.is_none() && f.sasaran == r.sasaran))
                .map(|g| g.0.clone())
        });
        let key = key.unwrap_or_else(|| {
            unnamed += 1;
            format!("#{unnamed}")
        });
        match groups.iter_mut().find(|g| g.0 == key) {
            Some(g) => {
                if g.1.is_none() {
                    g.1 = r.sasaran.as_deref().map(str::to_string);
                }
                g.2.push(r);
            }
            None => groups.push((key, r.sasaran.as_deref().map(str::to_string), vec![r])),
        }
    }
    groups
        .into_iter()
        .map(|(key, name, rs)| {
            let mut f = sasaran_figure(plan, Some(&key), &rs);
            f.key = format!("{}/{key}", plan.unit.id);
            f.name = name;
            f
        })
        .collect()
}

/// The summary figure of one sasaran of `plan` from its indicators'
/// `results` (components are not counted), by the method its `[[sasaran]]`
/// names, else the mean. The one place a sasaran's summary is computed.
pub(crate) fn sasaran_figure(plan: &Plan, sasaran_id: Option<&str>, results: &[&IndicatorResult]) -> Figure {
    let declared = sasaran_id.and_then(|id| plan.sasaran.iter().find(|s| s.id == id));
    let method = declared.map(|s| s.method()).unwrap_or_default();
    let candidates = results
        .iter()
        .filter_map(|r| plan.indicators.iter().find(|i| *i.id == *r.indicator).map(|i| indicator_member(i, r)))
        .collect();
    let period = results.iter().map(|r| r.period).max_by(|a, b| a.cmp_end(b));
    let key = sasaran_id.unwrap_or_default().to_string();
    let name = declared
        .and_then(|s| s.name.clone())
        .or_else(|| results.first().and_then(|r| r.sasaran.as_deref().map(str::to_string)));
    let mut f =
        figure(Level::Sasaran, key, name, Some(plan.unit.id.clone()), period, method, combine(method, candidates));
    f.plan = Some(plan.path.clone());
    f
}

/// One indicator's result as a member of its sasaran, or why it is left out.
fn indicator_member(ind: &Indicator, r: &IndicatorResult) -> Result<Member, LeftOut> {
    let capaian = match (r.status, r.capaian) {
        (Status::Ok, Some(c)) => c,
        (Status::Ok, None) => return Err(left(&r.indicator, Why::Status(Status::NotComputable))),
        (s, _) => return Err(left(&r.indicator, Why::Status(s))),
    };
    Ok(Member {
        key: r.indicator.to_string(),
        name: Some(r.name.to_string()),
        capaian,
        weight: ind.bobot.as_ref().map(|b| b.value),
        pooled: pooled(ind, r),
        indicators: 1,
    })
}

/// The ratio sums of one indicator at its result's period: pembilang and
/// penyebut given for exactly that period, and one target.
fn pooled(ind: &Indicator, r: &IndicatorResult) -> Option<Pooled> {
    let at = |series: &[(crate::model::Period, crate::model::Located<Decimal>)]| {
        series.iter().find(|(p, _)| *p == r.period).map(|(_, v)| v.value)
    };
    let (p, q) = (at(&ind.pembilang)?, at(&ind.penyebut)?);
    let target = match r.target? {
        crate::number::Target::Single(t) => t,
        crate::number::Target::Range(..) => return None,
    };
    // Realisasi = pembilang ÷ penyebut, × 100 when the satuan is a percentage.
    let scale = if crate::plan::is_percent(r.satuan.as_deref()) { Decimal::ONE_HUNDRED } else { Decimal::ONE };
    Some(Pooled { pembilang: p.checked_mul(scale)?, expected: q.checked_mul(target)?, polarity: r.polarity })
}

fn left(key: &str, why: Why) -> LeftOut {
    LeftOut { key: key.to_string(), why }
}

fn figure(
    level: Level,
    key: String,
    name: Option<String>,
    unit: Option<String>,
    period: Option<crate::model::Period>,
    method: RollupMethod,
    c: method::Computed,
) -> Figure {
    Figure {
        level,
        key,
        name,
        unit,
        plan: None,
        period,
        method,
        capaian: c.capaian,
        capaian_raw: c.raw,
        members: c.members,
        left_out: c.left_out,
        indicators: c.indicators,
        pooled: c.pooled,
        weight: c.weight,
        rank: None,
        depth: None,
    }
}

/// The static checks of `capaian check` on what roll-ups need: indicators
/// naming a sasaran the plan does not declare, and indicators of a weighted
/// or ratio sasaran without `bobot` or `pembilang`/`penyebut`.
pub(crate) fn check_plan(plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for ind in &plan.indicators {
        if let Some(b) = &ind.bobot
            && b.value.is_sign_negative()
        {
            let kind = Kind::RollupBobotNegative { indicator: ind.id.clone(), bobot: b.value.to_string() };
            out.push(Diagnostic::error(kind).with_span(b.span.clone()));
        }
        if ind.pembilang.is_empty() != ind.penyebut.is_empty() {
            let kind = Kind::RollupRatioHalf { indicator: ind.id.clone() };
            out.push(Diagnostic::warning(kind).with_span(ind.span.clone()));
        }
        out.extend(ratio_mismatches(ind));
        if plan.sasaran.is_empty() {
            continue;
        }
        if let Some(id) = &ind.sasaran_id
            && !plan.sasaran.iter().any(|s| &s.id == id)
        {
            let kind = Kind::RollupUnknownSasaran { indicator: ind.id.clone(), sasaran: id.clone() };
            out.push(Diagnostic::warning(kind).with_span(ind.span.clone()));
        }
    }
    for s in &plan.sasaran {
        let Some(m) = &s.rollup else { continue };
        let mine = plan.indicators.iter().filter(|i| i.sasaran_id.as_deref() == Some(s.id.as_str()));
        let lacking: Vec<&str> = match m.value {
            RollupMethod::Weighted => mine.filter(|i| i.bobot.is_none()).map(|i| i.id.as_str()).collect(),
            RollupMethod::Ratio => {
                mine.filter(|i| i.pembilang.is_empty() || i.penyebut.is_empty()).map(|i| i.id.as_str()).collect()
            }
            _ => Vec::new(),
        };
        if !lacking.is_empty() {
            let kind = Kind::RollupMethodLacking {
                sasaran: s.id.clone(),
                method: m.value.name().to_string(),
                indicators: lacking.join(", "),
            };
            out.push(Diagnostic::warning(kind).with_span(m.span.clone()));
        }
    }
    out
}

/// Periods where an indicator's realisasi is not its pembilang ÷ penyebut
/// (× 100 for a percentage) at the realisasi's own decimals: a ratio roll-up
/// would pool figures the indicator's capaian did not come from. Only for
/// rates and positions (`aggregation` last), whose realisasi is to date as
/// pembilang and penyebut are.
fn ratio_mismatches(ind: &Indicator) -> Vec<Diagnostic> {
    if ind.aggregation != crate::model::Aggregation::Last {
        return Vec::new();
    }
    let scale = if crate::plan::is_percent(ind.satuan.as_deref()) { Decimal::ONE_HUNDRED } else { Decimal::ONE };
    let mut out = Vec::new();
    for (period, r) in &ind.realisasi {
        let at = |s: &[(crate::model::Period, crate::model::Located<Decimal>)]| {
            s.iter().find(|(p, _)| p == period).map(|(_, v)| v.value)
        };
        let (Some(p), Some(q)) = (at(&ind.pembilang), at(&ind.penyebut)) else { continue };
        let Some(ratio) = p.checked_mul(scale).and_then(|x| x.checked_div(q)) else { continue };
        let shown = ratio.round_dp_with_strategy(r.value.scale(), rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        if shown != r.value {
            let kind = Kind::RollupRatioMismatch {
                indicator: ind.id.clone(),
                period: period.to_string(),
                realisasi: r.value.to_string(),
                computed: ratio.normalize().to_string(),
            };
            out.push(Diagnostic::warning(kind).with_span(r.span.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(text: &str) -> Plan {
        crate::plan::read_toml_plan(std::path::Path::new("p.toml"), text, None).unwrap()
    }

    #[test]
    fn a_realisasi_that_is_not_pembilang_over_penyebut_is_named() {
        let head = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\nsatuan = \"%\"\ntarget = 90\n";
        let codes = |rest: &str| -> Vec<&'static str> {
            check_plan(&plan(&format!("{head}{rest}"))).iter().map(|d| d.kind.code()).collect()
        };
        assert!(codes("realisasi = 45\npembilang = 18\npenyebut = 40\n").is_empty());
        assert!(codes("realisasi = 45.00\npembilang = 18\npenyebut = 40\n").is_empty(), "at its decimals");
        assert_eq!(codes("realisasi = 46\npembilang = 18\npenyebut = 40\n"), ["rollup/ratio-mismatch"]);
        assert_eq!(codes("realisasi = 45\npembilang = 18\n"), ["rollup/ratio-half"]);
        assert_eq!(codes("bobot = -1\n"), ["rollup/bobot-negative"]);
    }
}
