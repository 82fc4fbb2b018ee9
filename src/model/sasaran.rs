//! The goals above a plan's indicators: sasaran and tujuan, the upper
//! levels of the pohon kinerja (tujuan → sasaran → IKU → IKK).
//!
//! A plan may list them as `[[sasaran]]` and `[[tujuan]]` so that an
//! indicator's `sasaran_id` and a sasaran's `parent` name something that
//! exists; without the tables the sasaran an indicator names by
//! `sasaran_id` is still a node of the tree (named by its `sasaran` text).

use super::Located;
use crate::diagnostic::Span;
use serde::Serialize;

/// A sasaran (goal) of a plan: `[[sasaran]]`.
#[derive(Debug, Clone, Serialize)]
pub struct Sasaran {
    /// Its id, which indicators name in `sasaran_id`.
    pub id: String,
    /// Its text as the document prints it.
    pub name: Option<String>,
    /// The tujuan it serves (`parent`, also `induk`), by id.
    pub parent: Option<Located<String>>,
    /// How its indicators' capaian sum up to the sasaran's (the roll-up's
    /// method name); kept as written, validated by the roll-up.
    pub rollup: Option<String>,
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
