//! The pohon kinerja (performance tree) of a run's plans: tujuan → sasaran
//! → IKU → IKK, each indicator with its capaian and kategori at the
//! evaluated period (`capaian tree`), and the cascade's checks
//! (`capaian check`).
//!
//! The tree is built from the model (`cascade.rs`) and the evaluation's
//! results; it is written as rows in pre-order, one per node with its depth,
//! so printing it — as a table or as JSON — is a loop, however deep.

pub(crate) mod cascade;
mod render;

use crate::diagnostic::Diagnostic;
use crate::eval::{IndicatorResult, Report, Status};
use crate::model::Plan;
use cascade::{Cascade, Level};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::path::PathBuf;

/// A run's pohon kinerja: one section per plan, the nodes of each in
/// pre-order, and the findings of the cascade.
#[derive(Debug, Clone)]
pub struct Pohon {
    /// One section per plan, in the run's order.
    pub plans: Vec<PohonPlan>,
    /// What is wrong with the links (orphans, loops, plans not given).
    pub findings: Vec<Diagnostic>,
}

/// The part of the tree rooted in one plan (an indicator of another plan
/// under one of its indicators is printed here, with its unit).
#[derive(Debug, Clone)]
pub struct PohonPlan {
    /// The plan file.
    pub path: PathBuf,
    /// Its unit.
    pub unit: String,
    /// Its year.
    pub year: Option<i32>,
    /// Its nodes in pre-order: each node, then its children.
    pub nodes: Vec<PohonNode>,
}

/// The level of a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PohonLevel {
    /// A tujuan (`[[tujuan]]`).
    Tujuan,
    /// A sasaran (`[[sasaran]]`, or named by `sasaran_id`).
    Sasaran,
    /// An indicator (IKU, IKK).
    Indicator,
}

impl PohonLevel {
    /// The name JSON uses.
    pub fn name(self) -> &'static str {
        match self {
            PohonLevel::Tujuan => "tujuan",
            PohonLevel::Sasaran => "sasaran",
            PohonLevel::Indicator => "indicator",
        }
    }

    /// The label a reader sees in `lang`.
    pub fn label(self, lang: crate::lang::Lang) -> String {
        match self {
            PohonLevel::Tujuan => crate::diagnostic::Text::TreeTujuan,
            PohonLevel::Sasaran => crate::diagnostic::Text::TreeSasaran,
            PohonLevel::Indicator => crate::diagnostic::Text::TreeIndicator,
        }
        .message(lang)
    }
}

/// One node of the tree.
#[derive(Debug, Clone)]
pub struct PohonNode {
    /// How far below the section's top (0 for a top node).
    pub depth: usize,
    /// Tujuan, sasaran or indicator.
    pub level: PohonLevel,
    /// The unit whose plan declares it.
    pub unit: String,
    /// Its id.
    pub id: String,
    /// Its text.
    pub name: Option<String>,
    /// The node above, as `(unit, id)`.
    pub parent: Option<(String, String)>,
    /// An indicator's result at the period, when it was evaluated.
    pub capaian: Option<Decimal>,
    /// Its kategori.
    pub kategori: Option<String>,
    /// Its status.
    pub status: Option<Status>,
    /// Whether it is where a loop of parents was cut (its parent is left out).
    pub in_cycle: bool,
}

/// The pohon kinerja of `plans` with the results of `report` (the latest
/// period of each indicator's results; `None`: no figures).
pub fn pohon(plans: &[Plan], report: Option<&Report>) -> Pohon {
    let cascade = Cascade::new(plans);
    let mut results: HashMap<(&std::path::Path, &str), &IndicatorResult> = HashMap::new();
    for r in report.iter().flat_map(|r| r.results.iter()) {
        // Results come in period order: the last is the period asked for.
        results.insert((&*r.plan, &*r.indicator), r);
    }
    let children = cascade.children();
    let mut out: Vec<PohonPlan> = plans
        .iter()
        .map(|p| PohonPlan { path: p.path.clone(), unit: p.unit.id.clone(), year: p.year, nodes: Vec::new() })
        .collect();
    let mut stack = Vec::new();
    for root in (0..cascade.nodes.len()).filter(|n| cascade.parent[*n].is_none()) {
        let section = cascade.nodes[root].plan;
        stack.push((root, 0));
        while let Some((n, depth)) = stack.pop() {
            let node = &cascade.nodes[n];
            let plan = &plans[node.plan];
            let result = match node.level {
                Level::Indicator(_) => results.get(&(plan.path.as_path(), node.id.as_str())).copied(),
                _ => None,
            };
            let parent = cascade.parent[n].map(|p| {
                let above = &cascade.nodes[p];
                (plans[above.plan].unit.id.clone(), above.id.clone())
            });
            out[section].nodes.push(PohonNode {
                depth,
                level: match node.level {
                    Level::Tujuan => PohonLevel::Tujuan,
                    Level::Sasaran => PohonLevel::Sasaran,
                    Level::Indicator(_) => PohonLevel::Indicator,
                },
                unit: plan.unit.id.clone(),
                id: node.id.clone(),
                name: node.name.clone(),
                parent,
                capaian: result.and_then(|r| r.capaian),
                kategori: result.and_then(|r| r.kategori.as_deref().map(str::to_string)),
                status: result.map(|r| r.status),
                in_cycle: cascade.cut[n],
            });
            stack.extend(children[n].iter().rev().map(|c| (*c, depth + 1)));
        }
    }
    Pohon { plans: out, findings: cascade.diagnostics }
}

/// The findings of the cascade of `plans` (for `capaian check`).
pub(crate) fn check_cascade(plans: &[Plan]) -> Vec<Diagnostic> {
    Cascade::new(plans).diagnostics
}

#[cfg(test)]
mod tests;
