//! An indicator (or a component of a composite index) with its targets,
//! realisations, budget and settings.

use super::Period;
use crate::diagnostic::{Diagnostic, Span};
use crate::number::{Rounding, Target};
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// A value together with where it was read, so any number can be traced to
/// its file and line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where it was read.
    pub span: Span,
}

/// Whether a higher realisasi is better (`naik`) or a lower one (`turun`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Maximise (positif).
    #[default]
    Naik,
    /// Minimise (negatif).
    Turun,
}

crate::named::named!(Polarity, WhatPolarity {
    Naik => "naik" ("positif") | "positif" | "positive" | "maximize" | "max",
    Turun => "turun" ("negatif") | "negatif" | "negative" | "minimize" | "min",
});

/// How values of several periods combine into a figure "to date"
/// (Kemenkeu's jenis konsolidasi).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Aggregation {
    /// Counts and flows: add the periods up.
    Sum,
    /// Positions and rates: the latest filled period.
    #[default]
    Last,
    /// The mean of the filled periods.
    Average,
}

crate::named::named!(Aggregation, WhatAggregation {
    Sum => "sum" | "jumlah",
    Last => "last" | "terakhir",
    Average => "average" | "mean" | "rata-rata",
});

/// Whether period targets are stated "up to this period" (s.d.) or per period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetKind {
    /// Each period's target is the target to date (target kumulatif).
    #[default]
    Cumulative,
    /// Each period's target is for that period alone.
    PerPeriod,
}

crate::named::named!(TargetKind, WhatTargetKind {
    Cumulative => "cumulative" | "kumulatif",
    PerPeriod => "per-period" | "periodic",
});

/// A rule parameter, as written in the plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Param {
    /// A number (exact).
    Number(Decimal),
    /// Text.
    Text(String),
    /// A flag.
    Bool(bool),
    /// A list.
    List(Vec<Param>),
    /// A table.
    Table(BTreeMap<String, Param>),
}

/// Budget of an indicator: the ceiling and the money spent per period.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Budget {
    /// Pagu (alokasi).
    pub pagu: Option<Located<Decimal>>,
    /// Realisasi anggaran per period.
    pub realisasi: Vec<(Period, Located<Decimal>)>,
    /// The unit the figures are printed in (`"ribu rupiah"` for a table
    /// "dalam ribuan"), shown beside them; the figures are kept as printed.
    pub satuan: Option<String>,
    /// Whether `realisasi` holds money spent to date (a CSV of rows "s.d."
    /// the period) rather than each period's own spending (TOML).
    pub to_date: bool,
}

/// The programme an indicator's budget belongs to, as the documents print
/// it: the Renja (Permendagri 86/2017) gives a code and a name (`5 03 02`,
/// `PROGRAM KEPEGAWAIAN DAERAH`), the ministries' RKT a name only
/// (`Dukungan Manajemen`). The LAPKIN's budget section groups by it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Program {
    /// The programme's code, where the document prints one.
    pub kode: Option<String>,
    /// Its name, as printed.
    pub nama: String,
}

impl std::fmt::Display for Program {
    /// `5 03 02 PROGRAM KEPEGAWAIAN DAERAH`, or the name alone.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kode {
            Some(k) => write!(f, "{k} {}", self.nama),
            None => f.write_str(&self.nama),
        }
    }
}

/// One indicator of a plan, or one component of a composite index.
#[derive(Debug, Clone, Serialize)]
pub struct Indicator {
    /// Id, unique in the plan (within its parent, for a component).
    pub id: String,
    /// Name as printed in the document.
    pub name: String,
    /// The goal (sasaran) it measures.
    pub sasaran: Option<String>,
    /// The sasaran's id in the document (`SK-1`, `S.2`), where given.
    pub sasaran_id: Option<String>,
    /// The node above it in the pohon kinerja (`parent`, also `induk`): an
    /// indicator of the plan (an IKK under its IKU), a sasaran id, or an
    /// indicator of another plan as `UNIT/ID`.
    pub parent: Option<Located<String>>,
    /// The programme its budget belongs to, where the plan says.
    pub program: Option<Program>,
    /// The target at the end of the Renstra period (target akhir Renstra).
    pub target_renstra: Option<Located<Target>>,
    /// The ids this indicator had in earlier years' plans, so years join
    /// when an id changed.
    pub previous_ids: Vec<String>,
    /// The team (tim kerja, penanggung jawab) that reports its realisasi;
    /// `capaian template --per tim` makes one workbook per team.
    pub tim: Option<String>,
    /// Unit of measure.
    pub satuan: Option<String>,
    /// Its figures are written as ratios (`1:32`): reports show them so.
    pub ratio: bool,
    /// Higher or lower is better.
    pub polarity: Polarity,
    /// Whether the plan said the polarity (or a comparison target implied
    /// it), rather than the default `naik` applying.
    pub polarity_given: bool,
    /// The annual target.
    pub target: Option<Located<Target>>,
    /// The rule that computes it; `None` means the standard rule for its polarity.
    pub rule: Option<Located<String>>,
    /// Parameters passed to the rule.
    pub params: BTreeMap<String, Param>,
    /// The definisi operasional text.
    pub definisi: Option<String>,
    /// How the period targets are stated.
    pub target_kind: TargetKind,
    /// Monthly or quarterly targets.
    pub targets: Vec<(Period, Located<Target>)>,
    /// Realisasi per period.
    pub realisasi: Vec<(Period, Located<Decimal>)>,
    /// How periods combine to date.
    pub aggregation: Aggregation,
    /// Sub-indicators of a composite index.
    pub components: Vec<Indicator>,
    /// Pagu and realisasi anggaran.
    pub budget: Option<Budget>,
    /// Its weight in a weighted roll-up of its sasaran (`bobot`).
    pub bobot: Option<Located<Decimal>>,
    /// The numerator of a ratio indicator to date, per period (`pembilang`):
    /// a ratio roll-up adds these up instead of averaging percentages.
    pub pembilang: Vec<(Period, Located<Decimal>)>,
    /// The denominator to date, per period (`penyebut`).
    pub penyebut: Vec<(Period, Located<Decimal>)>,
    /// How capaian is rounded for output.
    pub rounding: Rounding,
    /// The category scale; `None` uses the plan's.
    pub scale: Option<String>,
    /// What is illustrative about its figures (not from the source
    /// document), carried into every result; `None` inherits the plan's.
    pub illustrative: Option<String>,
    /// The periods reported when no `--period` is asked for.
    pub report_periods: Vec<Period>,
    /// Where the indicator is declared.
    pub span: Span,
    /// Problems found while reading it; a non-empty list makes the
    /// indicator fail alone while the others are still evaluated.
    pub problems: Vec<Diagnostic>,
    /// Problems of one period's data only (a bad CSV cell): they fail that
    /// period, and later ones that add it up, not the whole indicator.
    pub period_problems: Vec<(Period, Diagnostic)>,
}

impl Indicator {
    /// An indicator with only an id and a location; readers fill in the rest.
    pub fn new(id: impl Into<String>, span: Span) -> Indicator {
        Indicator {
            id: id.into(),
            name: String::new(),
            sasaran: None,
            sasaran_id: None,
            parent: None,
            program: None,
            target_renstra: None,
            previous_ids: Vec::new(),
            tim: None,
            satuan: None,
            ratio: false,
            polarity_given: false,
            polarity: Polarity::Naik,
            target: None,
            rule: None,
            params: BTreeMap::new(),
            definisi: None,
            target_kind: TargetKind::Cumulative,
            targets: Vec::new(),
            realisasi: Vec::new(),
            aggregation: Aggregation::Last,
            components: Vec::new(),
            budget: None,
            bobot: None,
            pembilang: Vec::new(),
            penyebut: Vec::new(),
            rounding: Rounding::default(),
            scale: None,
            illustrative: None,
            report_periods: Vec::new(),
            span,
            problems: Vec::new(),
            period_problems: Vec::new(),
        }
    }
}
