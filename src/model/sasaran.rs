//! The goals above a plan's indicators: sasaran and tujuan, the upper
//! levels of the pohon kinerja (tujuan → sasaran → IKU → IKK).
//!
//! A plan may list them as `[[sasaran]]` and `[[tujuan]]` so that an
//! indicator's `sasaran_id` and a sasaran's `parent` name something that
//! exists; without the tables the sasaran an indicator names by
//! `sasaran_id` is still a node of the tree (named by its `sasaran` text).
//!
//! A `[[sasaran]]` also says how its summary figure is rolled up from its
//! indicators (`rollup`); without it the summary is the mean.

use super::Located;
use crate::diagnostic::Span;
use serde::Serialize;

/// How a sasaran's (or a unit's, or a region's) summary figure is made from
/// the capaian under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RollupMethod {
    /// The plain mean of the capaian of the indicators with a capaian, as
    /// LKjIPs report.
    #[default]
    Mean,
    /// The mean weighted by each indicator's `bobot`.
    Weighted,
    /// Ratio indicators pooled: Σ pembilang against Σ of the pembilang the
    /// targets expect, instead of averaging percentages.
    Ratio,
    /// The lowest capaian (a sasaran is as achieved as its weakest indicator).
    Min,
}

crate::named::named!(RollupMethod, WhatRollupMethod {
    Mean => "rata-rata" ("mean") | "mean" | "average" | "rerata",
    Weighted => "tertimbang" ("weighted") | "weighted" | "bobot",
    Ratio => "rasio" ("ratio") | "ratio" | "pooled",
    Min => "terendah" ("min") | "min" | "minimum",
});

/// A sasaran (goal) of a plan: `[[sasaran]]`.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Sasaran {
    /// Its id, which indicators name in `sasaran_id`.
    pub id: String,
    /// Its text as the document prints it.
    pub name: Option<String>,
    /// The tujuan it serves (`parent`, also `induk`), by id.
    pub parent: Option<Located<String>>,
    /// How its summary is computed; `None`: the mean.
    pub rollup: Option<Located<RollupMethod>>,
    /// Where it is declared.
    pub span: Span,
}

/// A tujuan (the goal a sasaran serves): `[[tujuan]]`, the tree's top.
#[derive(Debug, Clone, Serialize)]
pub struct Tujuan {
    /// Its id, which sasaran name in `parent`.
    pub id: String,
    /// Its text as the document prints it.
    pub name: Option<String>,
    /// Where it is declared.
    pub span: Span,
}

impl Sasaran {
    /// A sasaran with only an id and a location; readers fill in the rest.
    pub fn new(id: impl Into<String>, span: Span) -> Sasaran {
        Sasaran { id: id.into(), name: None, parent: None, rollup: None, span }
    }

    /// The method of its summary (the mean unless the plan names another).
    pub fn method(&self) -> RollupMethod {
        self.rollup.as_ref().map(|m| m.value).unwrap_or_default()
    }
}
