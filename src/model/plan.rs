//! A unit and its yearly plan.

use super::{Indicator, Period, Sasaran, Table, Tujuan};
use crate::number::Convention;
use serde::Serialize;
use std::path::PathBuf;

/// The government unit a plan belongs to (UPT, satker, OPD).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Unit {
    /// Short stable id, used in reports.
    pub id: String,
    /// Full name.
    pub name: Option<String>,
    /// Parent organisation (eselon I, pemda).
    pub parent: Option<String>,
}

/// The kind of planning document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum PlanKind {
    /// Rencana Kinerja Tahunan.
    #[serde(rename = "RKT")]
    Rkt,
    /// Perjanjian Kinerja.
    #[serde(rename = "PK")]
    Pk,
    /// Rencana Kerja (local government).
    #[serde(rename = "Renja")]
    Renja,
}

crate::named::named!(PlanKind, WhatPlanKind {
    Rkt => "RKT",
    Pk => "PK",
    Renja => "Renja",
});

/// Whether the plan is the initial one or a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Revision {
    /// The plan as first signed.
    Awal,
    /// A revised plan.
    Revisi,
    /// A plan changed mid-year (Renja Perubahan, PK perubahan).
    Perubahan,
}

crate::named::named!(Revision, WhatRevision {
    Awal => "awal",
    Revisi => "revisi",
    Perubahan => "perubahan",
});

impl Revision {
    /// Which of several plans of one year is the latest word: a revision
    /// over the first plan, a mid-year change over both.
    pub fn rank(revision: Option<Revision>) -> u8 {
        match revision {
            None => 0,
            Some(Revision::Awal) => 1,
            Some(Revision::Revisi) => 2,
            Some(Revision::Perubahan) => 3,
        }
    }
}

/// One plan file, read into the model.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// The file it was read from.
    pub path: PathBuf,
    /// The unit.
    pub unit: Unit,
    /// RKT / PK / Renja, when stated.
    pub kind: Option<PlanKind>,
    /// The plan year, when stated.
    pub year: Option<i32>,
    /// Awal / revisi / perubahan, when stated.
    pub revision: Option<Revision>,
    /// The Renstra period the plan belongs to (first and last year), when
    /// stated: its indicators' `target_renstra` is the target at its end.
    pub renstra: Option<(i32, i32)>,
    /// Where the figures come from, free text.
    pub source: Option<String>,
    /// The number convention of the file's text values.
    pub numbers: Convention,
    /// The category scale used when an indicator names none.
    pub scale: Option<String>,
    /// What is illustrative in the plan's figures (invented where the
    /// document has no value), said in every result.
    pub illustrative: Option<String>,
    /// The indicators, in file order.
    pub indicators: Vec<Indicator>,
    /// The sasaran the plan lists (`[[sasaran]]`), in file order (none: the
    /// indicators' `sasaran` texts group them, each summed up by the mean).
    pub sasaran: Vec<Sasaran>,
    /// The tujuan the plan lists (`[[tujuan]]`), in file order.
    pub tujuan: Vec<Tujuan>,
    /// Tables of figures transcribed beside the indicators.
    pub tables: Vec<Table>,
    /// Discrepancies of the source document that are known and kept as printed.
    pub discrepancies: Vec<Discrepancy>,
    /// Problems that affect no indicator (a garbled table cell): reported,
    /// never stopping the evaluation.
    pub problems: Vec<crate::diagnostic::Diagnostic>,
    /// Findings that stop nothing (number text that reads differently in the
    /// other convention).
    pub warnings: Vec<crate::diagnostic::Diagnostic>,
}

/// A finding of `capaian check` that is known and accepted: the document
/// prints it so, and the example keeps it as printed.
#[derive(Debug, Clone, Serialize)]
pub struct Discrepancy {
    /// The validation rule id.
    pub rule: String,
    /// The table id, for table rules.
    pub table: Option<String>,
    /// The row's `kode` (or its `uraian` when it has no kode).
    pub row: Option<String>,
    /// The column, when one row has several findings.
    pub column: Option<String>,
    /// The indicator id, for indicator rules.
    pub indicator: Option<String>,
    /// Why it is accepted.
    pub reason: String,
    /// Where it is declared.
    pub span: crate::diagnostic::Span,
}

impl Plan {
    /// An empty plan of `unit` read from `path`; readers fill in the rest.
    pub fn new(path: &std::path::Path, unit: Unit, numbers: Convention) -> Plan {
        Plan {
            path: path.to_path_buf(),
            unit,
            kind: None,
            year: None,
            revision: None,
            renstra: None,
            source: None,
            numbers,
            scale: None,
            illustrative: None,
            indicators: Vec::new(),
            sasaran: Vec::new(),
            tujuan: Vec::new(),
            tables: Vec::new(),
            discrepancies: Vec::new(),
            problems: Vec::new(),
            warnings: Vec::new(),
        }
    }

    /// The period an annual figure is reported for.
    pub fn annual_period(&self) -> Period {
        self.year.map_or(Period::Total, Period::Year)
    }
}
