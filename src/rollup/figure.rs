//! What a roll-up produces: one [`Figure`] per sasaran, unit or region,
//! with everything that went into it and everything left out, so a figure
//! is never an average of zeros nobody sees.

use crate::diagnostic::Text;
use crate::eval::Status;
use crate::lang::Lang;
use crate::model::{Period, Polarity, RollupMethod};
use rust_decimal::Decimal;
use serde::Serialize;

/// What a figure sums up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A sasaran of one unit, from its indicators.
    Sasaran,
    /// A unit, from its sasaran.
    Unit,
    /// A region of the units file, from the units beneath it.
    Region,
}

crate::named::named!(Level, WhatRollupLevel {
    Sasaran => "sasaran",
    Unit => "unit" | "satker" | "upt",
    Region => "wilayah" ("region") | "region",
});

/// The sums behind a pooled (ratio) figure: they are added up again, never
/// averaged, when the figure is itself rolled up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Pooled {
    /// Σ pembilang, each in the unit of its target (× 100 for a percentage).
    pub pembilang: Decimal,
    /// Σ penyebut × target: the pembilang the targets expect, same unit.
    pub expected: Decimal,
    /// The polarity every pooled indicator shares.
    pub polarity: Polarity,
}

impl Pooled {
    /// The capaian of the sums: Σ pembilang ÷ Σ expected × 100, or
    /// (2 − that ratio) × 100 when lower is better (the regulation's
    /// "kondisi khusus"); `None` when nothing was expected.
    pub fn capaian(&self) -> Option<Decimal> {
        if self.expected.is_zero() {
            return None;
        }
        let ratio = self.pembilang.checked_div(self.expected)?;
        let ratio = match self.polarity {
            Polarity::Naik => ratio,
            Polarity::Turun => Decimal::TWO.checked_sub(ratio)?,
        };
        ratio.checked_mul(Decimal::ONE_HUNDRED)
    }

    /// Both sums added.
    pub(crate) fn add(self, other: Pooled) -> Option<Pooled> {
        Some(Pooled {
            pembilang: self.pembilang.checked_add(other.pembilang)?,
            expected: self.expected.checked_add(other.expected)?,
            polarity: self.polarity,
        })
    }
}

/// One thing counted in a figure: an indicator's capaian, or the figure of
/// a sasaran or unit beneath.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Member {
    /// Its key (indicator id, `UNIT/SASARAN`, unit id).
    pub key: String,
    /// Its name.
    pub name: Option<String>,
    /// The capaian counted, as shown (rounded as its result or figure is).
    pub capaian: Decimal,
    /// Its weight (`bobot`), for a weighted figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<Decimal>,
    /// Its sums, for a pooled figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pooled: Option<Pooled>,
    /// How many indicators are behind it (1 for an indicator).
    pub indicators: usize,
}

/// Why something was left out of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "why", content = "status")]
#[non_exhaustive]
pub enum Why {
    /// The indicator has no capaian: its status says why (no data, no
    /// target, not computable, error).
    Status(Status),
    /// A weighted figure, and it has no `bobot`.
    NoBobot,
    /// A pooled figure, and it has no `pembilang`/`penyebut` for the period
    /// (or a sasaran or unit beneath was not pooled).
    NoRatio,
    /// A pooled figure, and its polarity differs from the others'.
    OtherPolarity,
    /// A sasaran or unit beneath has no figure itself.
    NoFigure,
    /// A unit of the units file with no plan among those given.
    NoPlan,
}

impl Why {
    /// The reason in `lang`.
    pub fn message(self, lang: Lang) -> String {
        match self {
            Why::Status(s) => Text::RollupWhyStatus { status: s.label(lang) }.message(lang),
            Why::NoBobot => Text::RollupWhyNoBobot.message(lang),
            Why::NoRatio => Text::RollupWhyNoRatio.message(lang),
            Why::OtherPolarity => Text::RollupWhyOtherPolarity.message(lang),
            Why::NoFigure => Text::RollupWhyNoFigure.message(lang),
            Why::NoPlan => Text::RollupWhyNoPlan.message(lang),
        }
    }
}

/// Something left out of a figure, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LeftOut {
    /// Its key.
    pub key: String,
    /// Why.
    pub why: Why,
}

/// One roll-up figure.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Figure {
    /// What it sums up.
    pub level: Level,
    /// `UNIT/SASARAN` for a sasaran, the unit id, or the region id: what
    /// `capaian explain --rollup` takes.
    pub key: String,
    /// The sasaran text, unit or region name.
    pub name: Option<String>,
    /// The unit, for a sasaran.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The plan behind it, for a sasaran or a unit (the unit's latest).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<std::path::PathBuf>,
    /// The period of the results behind it (the latest, when they differ).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// How it was computed.
    pub method: RollupMethod,
    /// The figure, rounded half-up to 2 decimals; `None` when nothing
    /// could be counted (never 0 for "nothing").
    pub capaian: Option<Decimal>,
    /// The figure before rounding.
    pub capaian_raw: Option<Decimal>,
    /// What was counted.
    pub members: Vec<Member>,
    /// What was left out, and why.
    pub left_out: Vec<LeftOut>,
    /// How many indicators the counted members stand for.
    pub indicators: usize,
    /// The sums of a pooled figure, to pool further up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pooled: Option<Pooled>,
    /// Σ bobot of what was counted, to weigh it further up.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub weight: Option<Decimal>,
    /// Its rank among figures of its kind (`--rank`), 1 the best.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<usize>,
    /// The region's depth below the top (0), for regions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub depth: Option<usize>,
}

impl Figure {
    /// This figure as a member of the one above it; `None` when it has no figure.
    pub(crate) fn as_member(&self) -> Option<Member> {
        Some(Member {
            key: self.key.clone(),
            name: self.name.clone(),
            capaian: self.capaian?,
            weight: self.weight,
            pooled: self.pooled,
            indicators: self.indicators,
        })
    }
}
