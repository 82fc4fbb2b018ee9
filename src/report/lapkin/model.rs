//! The chapter as data: what `capaian report` writes, built from one
//! evaluation of the plans (the same as `capaian eval`'s) and, for the
//! progression, from evaluations at each period the indicators have targets
//! for (the same as `capaian eval --period`). HTML and XLSX only lay it out;
//! every figure they print is a field of a result here.

use crate::eval::{IndicatorResult, Report, Status};
use crate::lang::Lang;
use crate::model::{Period, Plan, Program, Revision};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};

/// Chapter III of a LAPKIN for one unit and year.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Chapter {
    /// The language of headings and notes.
    pub lang: Lang,
    /// The unit's id.
    pub unit: String,
    /// The unit's full name, when the plan gives it.
    pub unit_name: Option<String>,
    /// The plan year.
    pub year: Option<i32>,
    /// The measurement table, one group per sasaran in plan order.
    pub groups: Vec<SasaranGroup>,
    /// Earlier years present in any result, latest first.
    pub earlier_years: Vec<i32>,
    /// Every top-level indicator with earlier figures or a Renstra target.
    pub comparison: Vec<IndicatorResult>,
    /// Budget rows per programme and sasaran (indicators with a budget):
    /// the groups of one programme follow each other, in the order the
    /// programmes first appear.
    pub budget: Vec<BudgetGroup>,
    /// Each programme's subtotal, in the order of `budget` (empty when the
    /// plan names no programme).
    pub programs: Vec<ProgramBudget>,
    /// The grand total of the budget, when every row has the same money unit.
    pub budget_total: Option<BudgetSum>,
    /// Indicators with period targets, evaluated at each period.
    pub progression: Vec<Progression>,
    /// The unit's absorption at each period, where spending is reported.
    pub absorption: Vec<(Period, Decimal)>,
    /// Every result that is not `ok` or has notes, in table order.
    pub notes: Vec<IndicatorResult>,
    /// Where the figures come from.
    pub provenance: Provenance,
}

/// The indicators of one sasaran and the sasaran's capaian.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct SasaranGroup {
    /// The sasaran's text (`None`: indicators the plan gives no sasaran).
    pub sasaran: Option<String>,
    /// Its id in the plan.
    pub sasaran_id: Option<String>,
    /// Its indicators and their components (components follow their index).
    pub rows: Vec<Row>,
    /// Its summary capaian from its indicators with status `ok` (components
    /// not counted) by `method`, rounded half-up to 2 decimals: computed by
    /// the roll-up module, the one place sasaran summaries are made.
    pub average: Option<Decimal>,
    /// How `average` was computed: the mean unless the plan's `[[sasaran]]`
    /// names another method.
    pub method: crate::model::RollupMethod,
    /// How many indicators the mean counts.
    pub counted: usize,
    /// The indicators left out of the mean (no capaian), by id.
    pub left_out: Vec<String>,
}

/// One row of the measurement table.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Row {
    /// The number printed in the table (components have none).
    pub no: Option<usize>,
    /// Whether it is a component of an index.
    pub component: bool,
    /// The result, as `eval` gives it.
    pub result: IndicatorResult,
}

/// The budget rows of one sasaran (of one programme) and their sums.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BudgetGroup {
    /// The programme, where the plan names one.
    pub program: Option<Program>,
    /// The sasaran's text.
    pub sasaran: Option<String>,
    /// Indicators with a budget.
    pub rows: Vec<BudgetRow>,
    /// The sums, when every row has the same money unit.
    pub sum: Option<BudgetSum>,
}

/// The money of one programme over its sasaran: Renja and LKjIP tables
/// give a subtotal per programme.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ProgramBudget {
    /// The programme (`None`: the rows whose plan names none, beside others
    /// that do).
    pub program: Option<Program>,
    /// How many indicators with a budget it has.
    pub rows: usize,
    /// How many sasaran groups it spans.
    pub groups: usize,
    /// The sums, when every row has the same money unit.
    pub sum: Option<BudgetSum>,
}

/// One indicator's money.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct BudgetRow {
    /// The result (its `budget` holds pagu, realisasi and penyerapan).
    pub result: IndicatorResult,
    /// (1 − penyerapan ÷ capaian) × 100, when both exist.
    pub efisiensi: Option<Decimal>,
}

/// Summed money of several indicators.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BudgetSum {
    /// Σ pagu.
    pub pagu: Option<Decimal>,
    /// Σ realisasi (of the indicators that report one).
    pub realisasi: Option<Decimal>,
    /// Σ realisasi ÷ Σ pagu of those indicators × 100.
    pub penyerapan: Option<Decimal>,
    /// Σ(pagu × capaian) against Σ realisasi (PMK 214/2017).
    pub efisiensi: Option<Decimal>,
    /// The money unit.
    pub satuan: Option<String>,
}

/// One indicator at each of its periods.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Progression {
    /// Indicator id.
    pub indicator: String,
    /// Its name.
    pub name: String,
    /// Its results at each period, in period order.
    pub points: Vec<IndicatorResult>,
}

/// The files and rules behind the chapter, and when it was made.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Provenance {
    /// The plan reported on.
    pub plan: PathBuf,
    /// Plans of earlier years given for the comparison.
    pub earlier_plans: Vec<PathBuf>,
    /// The rule folders used, each with its git commit (`None`: not in a
    /// repository), and whether it has uncommitted changes.
    pub rules: Vec<RuleVersion>,
    /// Built-in rules were used.
    pub builtin: bool,
    /// When the report was made (seconds since 1970, UTC).
    pub made: i64,
}

/// The version of the rules in one place.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuleVersion {
    /// The folder (the repository's top when in one), as shown.
    pub place: String,
    /// `git rev-parse HEAD` there.
    pub commit: Option<String>,
    /// `git status` lists changes under it.
    pub dirty: bool,
}

/// The plan a report is for among `plans` of one unit: the latest year,
/// and of that year the latest revision (perubahan > revisi > awal).
pub(super) fn latest(plans: &[Plan]) -> Option<&Plan> {
    plans.iter().max_by_key(|p| (p.year.unwrap_or(i32::MIN), Revision::rank(p.revision)))
}

/// Whether `r` is a component row (`INDEX/COMPONENT`) of `plan`.
fn is_component(plan: &Plan, r: &IndicatorResult) -> bool {
    !plan.indicators.iter().any(|i| *i.id == *r.indicator)
}

/// (1 − realisasi ÷ (pagu × capaian/100)) × 100: PMK 214/2017's efficiency
/// of one indicator, from the capaian as shown.
fn efisiensi(r: &IndicatorResult) -> Option<Decimal> {
    let b = r.budget.as_ref()?;
    let (pagu, spent, capaian) = (b.pagu?, b.realisasi?, r.capaian?);
    efisiensi_of(pagu.checked_mul(capaian)?, spent)
}

/// Efficiency from Σ(pagu × capaian) and Σ realisasi (capaian in percent).
fn efisiensi_of(pagu_capaian: Decimal, spent: Decimal) -> Option<Decimal> {
    if pagu_capaian <= Decimal::ZERO {
        return None;
    }
    let ratio = spent.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(pagu_capaian)?;
    Decimal::ONE.checked_sub(ratio)?.checked_mul(Decimal::ONE_HUNDRED).map(crate::rollup::round_figure)
}

/// Σ of decimals; `None` on overflow.
fn add(mut it: impl Iterator<Item = Decimal>) -> Option<Decimal> {
    it.try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
}

/// Sums of a group's budget rows; `None` when their money units differ.
fn budget_sum(rows: &[BudgetRow]) -> Option<BudgetSum> {
    let satuan = rows.first()?.result.budget.as_ref()?.satuan.clone();
    if rows.iter().any(|r| r.result.budget.as_ref().map(|b| &b.satuan) != Some(&satuan)) {
        return None;
    }
    let budgets: Vec<_> = rows.iter().filter_map(|r| r.result.budget.as_ref().map(|b| (b, r.result.capaian))).collect();
    let pagu = add(budgets.iter().filter_map(|(b, _)| b.pagu));
    let reported: Vec<_> = budgets.iter().filter(|(b, _)| b.pagu.is_some() && b.realisasi.is_some()).collect();
    let (realisasi, penyerapan) = if reported.is_empty() {
        (None, None)
    } else {
        let spent = add(reported.iter().filter_map(|(b, _)| b.realisasi));
        let of = add(reported.iter().filter_map(|(b, _)| b.pagu));
        let pct = match (spent, of) {
            (Some(s), Some(p)) if p > Decimal::ZERO => crate::eval::figures::penyerapan(s, p),
            _ => None,
        };
        (spent, pct)
    };
    let both: Vec<_> = budgets.iter().filter_map(|(b, c)| Some((b.pagu?.checked_mul((*c)?)?, b.realisasi?))).collect();
    let efisiensi = if both.is_empty() {
        None
    } else {
        let pc = add(both.iter().map(|(p, _)| *p));
        let sp = add(both.iter().map(|(_, s)| *s));
        pc.zip(sp).and_then(|(pc, sp)| efisiensi_of(pc, sp))
    };
    Some(BudgetSum { pagu, realisasi, penyerapan, efisiensi, satuan })
}

/// The budget rows of `top` by programme, then sasaran, each in order of
/// first appearance, with their sums; and each programme's subtotal when
/// any row names a programme.
fn budget_groups(top: &[&IndicatorResult]) -> (Vec<BudgetGroup>, Vec<ProgramBudget>) {
    let mut order: Vec<Option<Program>> = Vec::new();
    let mut budget: Vec<BudgetGroup> = Vec::new();
    for r in top.iter().filter(|r| r.budget.is_some()) {
        let row = BudgetRow { result: (*r).clone(), efisiensi: efisiensi(r) };
        let program = r.program.as_deref().cloned();
        if !order.contains(&program) {
            order.push(program.clone());
        }
        match budget.iter_mut().find(|g| g.program == program && g.sasaran.as_deref() == r.sasaran.as_deref()) {
            Some(g) => g.rows.push(row),
            None => budget.push(BudgetGroup {
                program,
                sasaran: r.sasaran.as_deref().map(str::to_string),
                rows: vec![row],
                sum: None,
            }),
        }
    }
    // A stable sort keeps the sasaran order within each programme.
    budget.sort_by_key(|g| order.iter().position(|p| *p == g.program));
    for g in &mut budget {
        g.sum = budget_sum(&g.rows);
    }
    if order.iter().all(Option::is_none) {
        return (budget, Vec::new());
    }
    let programs = order
        .into_iter()
        .map(|program| {
            let mine: Vec<&BudgetGroup> = budget.iter().filter(|g| g.program == program).collect();
            let rows: Vec<BudgetRow> = mine.iter().flat_map(|g| g.rows.iter().cloned()).collect();
            ProgramBudget { program, rows: rows.len(), groups: mine.len(), sum: budget_sum(&rows) }
        })
        .collect();
    (budget, programs)
}

impl Chapter {
    /// Builds the chapter of `plan` from `report` (the evaluation of every
    /// plan given, `plan` among them) and `periods` (the evaluations of
    /// `plan` at each period with targets).
    pub(super) fn build(
        plan: &Plan,
        report: &Report,
        periods: &[Report],
        mut provenance: Provenance,
        lang: Lang,
    ) -> Chapter {
        // One row per indicator: a plan whose rows carry periods (a CSV)
        // is reported at each indicator's latest period; the others are
        // its progression.
        let mine: Vec<&IndicatorResult> = report.results.iter().filter(|r| *r.plan == *plan.path).collect();
        let results: Vec<&IndicatorResult> = mine
            .iter()
            .copied()
            .filter(|r| !mine.iter().any(|o| o.indicator == r.indicator && o.period.cmp_end(&r.period).is_gt()))
            .collect();
        // Groups in the order their sasaran first appears.
        let mut groups: Vec<SasaranGroup> = Vec::new();
        let mut no = 0;
        let mut last_top: Option<usize> = None;
        for r in &results {
            let component = is_component(plan, r);
            if !component {
                no += 1;
            }
            let row = Row { no: (!component).then_some(no), component, result: (*r).clone() };
            // A component follows its index, whatever sasaran it names.
            let at = if component {
                last_top
            } else {
                groups.iter().position(|g| g.sasaran.as_deref() == r.sasaran.as_deref())
            };
            match at {
                Some(i) => {
                    groups[i].rows.push(row);
                    if !component {
                        last_top = Some(i);
                    }
                }
                None => {
                    if !component {
                        last_top = Some(groups.len());
                    }
                    groups.push(SasaranGroup {
                        sasaran: r.sasaran.as_deref().map(str::to_string),
                        sasaran_id: r.sasaran_id.as_deref().map(str::to_string),
                        rows: vec![row],
                        average: None,
                        method: crate::model::RollupMethod::Mean,
                        counted: 0,
                        left_out: Vec::new(),
                    });
                }
            }
        }
        for g in &mut groups {
            let top: Vec<&IndicatorResult> = g.rows.iter().filter(|r| !r.component).map(|r| &r.result).collect();
            let f = crate::rollup::sasaran_figure(plan, g.sasaran_id.as_deref(), &top);
            g.average = f.capaian;
            g.method = f.method;
            g.counted = f.members.len();
            g.left_out = f.left_out.into_iter().map(|l| l.key).collect();
        }
        let top: Vec<&IndicatorResult> = results.iter().copied().filter(|r| !is_component(plan, r)).collect();
        let mut earlier_years: Vec<i32> = top.iter().flat_map(|r| r.earlier.iter().map(|e| e.year)).collect();
        earlier_years.sort_unstable_by(|a, b| b.cmp(a));
        earlier_years.dedup();
        let comparison =
            top.iter().filter(|r| !r.earlier.is_empty() || r.renstra.is_some()).map(|r| (*r).clone()).collect();
        let (budget, programs) = budget_groups(&top);
        let all: Vec<BudgetRow> = budget.iter().flat_map(|g| g.rows.iter().cloned()).collect();
        let budget_total = if budget.len() > 1 { budget_sum(&all) } else { None };
        let progression = progression(plan, periods);
        let absorption = absorption(plan, periods);
        // Every result that says something: not ok, and also ok figures that
        // are invented (illustrative) or reported only up to an earlier
        // period, which must never pass for the document's.
        let notes =
            results.iter().filter(|r| r.status != Status::Ok || !r.notes.is_empty()).map(|r| (*r).clone()).collect();
        let mut rule_files: Vec<PathBuf> = report
            .results
            .iter()
            .chain(periods.iter().flat_map(|p| &p.results))
            .filter_map(|r| r.rule_file.as_deref().map(Path::to_path_buf))
            .collect();
        rule_files.sort();
        rule_files.dedup();
        provenance.rules = rule_versions(&rule_files);
        provenance.builtin =
            report.results.iter().any(|r| r.rule_file.is_none() && r.status != Status::Error && !r.rule.is_empty());
        Chapter {
            lang,
            unit: plan.unit.id.clone(),
            unit_name: plan.unit.name.clone(),
            year: plan.year,
            groups,
            earlier_years,
            comparison,
            budget,
            programs,
            budget_total,
            progression,
            absorption,
            notes,
            provenance,
        }
    }

    /// Every top-level indicator row, in table order.
    pub fn indicators(&self) -> impl Iterator<Item = &IndicatorResult> {
        self.groups.iter().flat_map(|g| g.rows.iter().filter(|r| !r.component).map(|r| &r.result))
    }

    /// The time made, `2026-12-03 06:40 UTC`.
    pub fn made_text(&self) -> String {
        utc_text(self.provenance.made)
    }
}

/// The periods (months, quarters, halves of the plan year) `plan` has
/// targets or spending for, in order.
pub(super) fn target_periods(plan: &Plan) -> Vec<Period> {
    let mut periods: Vec<Period> = Vec::new();
    for ind in &plan.indicators {
        let spent = ind.budget.iter().flat_map(|b| b.realisasi.iter().map(|(p, _)| *p));
        for p in ind.targets.iter().map(|(p, _)| *p).chain(spent) {
            let sub_year = matches!(p, Period::Month(..) | Period::Quarter(..) | Period::Half(..));
            if sub_year && (plan.year.is_none() || p.year() == plan.year) && !periods.contains(&p) {
                periods.push(p);
            }
        }
    }
    periods.sort_by(|a, b| a.cmp_end(b).then_with(|| a.granularity().cmp(b.granularity())));
    periods
}

fn progression(plan: &Plan, periods: &[Report]) -> Vec<Progression> {
    let mut out = Vec::new();
    for ind in plan.indicators.iter().filter(|i| !i.targets.is_empty()) {
        let mut points: Vec<IndicatorResult> = periods
            .iter()
            .flat_map(|rep| &rep.results)
            .filter(|r| *r.indicator == *ind.id && *r.plan == *plan.path)
            .filter(|r| ind.targets.iter().any(|(p, _)| *p == r.period))
            .cloned()
            .collect();
        points.sort_by(|a, b| a.period.cmp_end(&b.period));
        if !points.is_empty() {
            out.push(Progression { indicator: ind.id.clone(), name: ind.name.clone(), points });
        }
    }
    out
}

/// Σ realisasi ÷ Σ pagu × 100 of the indicators with spending, at each
/// period, when they share a money unit.
fn absorption(plan: &Plan, periods: &[Report]) -> Vec<(Period, Decimal)> {
    let spending: Vec<&str> = plan
        .indicators
        .iter()
        .filter(|i| i.budget.as_ref().is_some_and(|b| !b.realisasi.is_empty()))
        .map(|i| i.id.as_str())
        .collect();
    if spending.is_empty() {
        return Vec::new();
    }
    let mut at: Vec<Period> = Vec::new();
    for r in periods.iter().flat_map(|rep| &rep.results) {
        if !at.contains(&r.period) {
            at.push(r.period);
        }
    }
    let mut out = Vec::new();
    for period in at {
        let rows: Vec<BudgetRow> = periods
            .iter()
            .flat_map(|rep| &rep.results)
            .filter(|r| r.period == period && spending.contains(&&*r.indicator) && *r.plan == *plan.path)
            .map(|r| BudgetRow { result: r.clone(), efisiensi: None })
            .collect();
        if let Some(p) = budget_sum(&rows).and_then(|s| s.penyerapan) {
            out.push((period, p));
        }
    }
    out.sort_by(|a, b| a.0.cmp_end(&b.0));
    out
}

/// The git commit of each rule file's repository (once per repository),
/// or the file's folder when it is in none. git runs without a shell, with
/// fixed arguments; a failure means "not a repository".
fn rule_versions(files: &[PathBuf]) -> Vec<RuleVersion> {
    let git = |dir: &std::path::Path, args: &[&str]| -> Option<String> {
        let out = std::process::Command::new("git").args(args).current_dir(dir).output().ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
    };
    let mut out: Vec<RuleVersion> = Vec::new();
    for f in files {
        let Some(dir) = f.parent() else { continue };
        let root = git(dir, &["rev-parse", "--show-toplevel"]);
        let place_path = root.as_ref().map(PathBuf::from).unwrap_or_else(|| dir.to_path_buf());
        let place = crate::eval::shown_path(&place_path);
        let place = if place.is_empty() { ".".to_string() } else { place.into_owned() };
        if out.iter().any(|v| v.place == place) {
            continue;
        }
        let commit = root.as_ref().and_then(|_| git(dir, &["rev-parse", "--verify", "HEAD"]));
        let dirty = commit.is_some() && git(dir, &["status", "--porcelain", "--", "."]).is_some_and(|s| !s.is_empty());
        out.push(RuleVersion { place, commit, dirty });
    }
    out
}

/// `secs` since 1970 as `YYYY-MM-DD HH:MM UTC` (civil-from-days, proleptic Gregorian).
pub(super) fn utc_text(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02} {:02}:{:02} UTC", rem / 3600, rem % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_text_of_known_times() {
        assert_eq!(utc_text(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_text(1_709_164_800), "2024-02-29 00:00 UTC");
        assert_eq!(utc_text(1_764_743_400), "2025-12-03 06:30 UTC");
    }

    #[test]
    fn efficiency_follows_pmk_214() {
        // pagu 100, capaian 100 %, spent 90 → 10 % efficient.
        assert_eq!(efisiensi_of(Decimal::from(10_000), Decimal::from(90)), Some(Decimal::new(1000, 2)));
        assert_eq!(efisiensi_of(Decimal::ZERO, Decimal::from(90)), None);
    }
}
