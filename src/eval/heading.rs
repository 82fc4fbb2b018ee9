//! What every result of one indicator shares with its plan and indicator:
//! unit, ids, name, sasaran, satuan, programme, the plan's path and kind.
//!
//! These texts are made into `Arc`s once per plan and once per indicator,
//! before its periods are evaluated, and each result row takes a reference
//! (a count bumped) instead of a copy of each: a national run has millions
//! of rows but only a few texts per indicator, and a copy per row was a
//! malloc and a memcpy per text on the hot path. The model itself keeps
//! plain `String`s, which its readers build and edit freely; only the rows,
//! of which there are many, share.

use super::{IndicatorResult, PlanInfo, Status};
use crate::model::{Indicator, Period, Plan, Program};
use std::sync::Arc;

/// What the results of one plan share: its unit's id and where it comes from.
#[derive(Debug, Clone)]
pub(crate) struct PlanHeading {
    unit: Arc<str>,
    info: PlanInfo,
    /// The rule of a row before one is chosen (an `Arc` of `""` is an
    /// allocation too).
    no_rule: Arc<str>,
}

impl PlanHeading {
    /// The plan's shared texts, made once.
    pub(crate) fn new(plan: &Plan) -> PlanHeading {
        PlanHeading {
            unit: Arc::from(plan.unit.id.as_str()),
            info: PlanInfo {
                path: Arc::from(plan.path.as_path()),
                kind: plan.kind,
                year: plan.year,
                revision: plan.revision,
            },
            no_rule: Arc::from(""),
        }
    }
}

/// What the results of one indicator (or component view) share.
#[derive(Debug, Clone)]
pub(crate) struct Heading {
    unit: Arc<str>,
    indicator: Arc<str>,
    name: Arc<str>,
    sasaran: Option<Arc<str>>,
    sasaran_id: Option<Arc<str>>,
    program: Option<Arc<Program>>,
    satuan: Option<Arc<str>>,
    plan_info: PlanInfo,
    no_rule: Arc<str>,
}

impl Heading {
    /// The indicator's shared texts under its plan's, made once for all its
    /// periods.
    pub(crate) fn new(plan: &PlanHeading, ind: &Indicator) -> Heading {
        let text = |t: &Option<String>| t.as_deref().map(Arc::from);
        Heading {
            unit: plan.unit.clone(),
            indicator: Arc::from(ind.id.as_str()),
            name: Arc::from(ind.name.as_str()),
            sasaran: text(&ind.sasaran),
            sasaran_id: text(&ind.sasaran_id),
            program: ind.program.clone().map(Arc::new),
            satuan: text(&ind.satuan),
            plan_info: plan.info.clone(),
            no_rule: plan.no_rule.clone(),
        }
    }

    /// For one evaluation on its own (explain, a case, an earlier year, a
    /// diff): made on the spot, as the row would have copied them anyway.
    pub(crate) fn of(plan: &Plan, ind: &Indicator) -> Heading {
        Heading::new(&PlanHeading::new(plan), ind)
    }

    /// A result row of `ind` at `period` with nothing computed yet: status
    /// `ok`, no figures, the shared texts referenced.
    pub(crate) fn result(&self, ind: &Indicator, period: Period) -> IndicatorResult {
        IndicatorResult {
            unit: self.unit.clone(),
            indicator: self.indicator.clone(),
            name: self.name.clone(),
            sasaran: self.sasaran.clone(),
            sasaran_id: self.sasaran_id.clone(),
            program: self.program.clone(),
            satuan: self.satuan.clone(),
            polarity: ind.polarity,
            period,
            target: None,
            realisasi: None,
            value: None,
            capaian: None,
            kategori: None,
            ratio: ind.ratio,
            status: Status::Ok,
            notes: Vec::new(),
            capaian_raw: None,
            value_raw: None,
            nilai: None,
            outputs: Vec::new(),
            budget: None,
            rule: self.no_rule.clone(),
            rule_file: None,
            plan: self.plan_info.path.clone(),
            plan_info: self.plan_info.clone(),
            earlier: Vec::new(),
            trend: None,
            renstra: None,
            diagnostics: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_period_of_an_indicator_shares_its_texts() {
        let text = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\nname = \"Nama\"\n\
                    sasaran = \"S\"\nsatuan = \"%\"\ntarget = 10\n";
        let plan = crate::plan::read_toml_plan(std::path::Path::new("u.toml"), text, None).unwrap();
        let head = Heading::of(&plan, &plan.indicators[0]);
        let (a, b) = (
            head.result(&plan.indicators[0], Period::Year(2024)),
            head.result(&plan.indicators[0], Period::Year(2024)),
        );
        assert_eq!(
            (&*a.unit, &*a.indicator, &*a.name, a.sasaran.as_deref(), a.satuan.as_deref()),
            ("u", "A", "Nama", Some("S"), Some("%"))
        );
        assert!(
            Arc::ptr_eq(&a.name, &b.name) && Arc::ptr_eq(&a.plan, &b.plan) && Arc::ptr_eq(&a.plan, &b.plan_info.path)
        );
        assert!(Arc::ptr_eq(a.sasaran.as_ref().unwrap(), b.sasaran.as_ref().unwrap()));
    }
}
