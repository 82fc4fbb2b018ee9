//! Collecting realisasi from the teams (SOP Penyusunan LAPKIN, steps 2–4):
//! a collection workbook per team made from the plan (`template`), the
//! filled workbooks read back and checked cell by cell (`workbook`), and
//! the realisations merged into a new plan (`merge`).
//!
//! The layout here is shared by the writer and the reader: the same
//! [`lines`] of a plan give the rows a template writes and the rows a
//! collection expects, so a workbook is matched to its plan row by row.

mod merge;
mod template;
mod workbook;

pub(crate) use merge::{changes, merge_checked};
pub(crate) use template::{Per, groups, workbook_bytes};
pub(crate) use workbook::{Filled, read_workbook};
#[cfg(feature = "serve")]
pub(crate) use workbook::{is_filled, read_filled};

use crate::model::{Indicator, Located, Period, Plan};
use crate::number::{Convention, Target, format_grouped_scaled};
use rust_decimal::Decimal;

/// The sheet the team fills in.
pub(crate) const SHEET_DATA: &str = "Realisasi";
/// The sheet explaining how to fill it in.
pub(crate) const SHEET_GUIDE: &str = "Petunjuk";
/// The very hidden sheet naming the plan, the rows and the fingerprint of
/// the locked cells.
pub(crate) const SHEET_ID: &str = "capaian";
/// What the first cell of the hidden sheet holds: the layout's version.
pub(crate) const FORMAT: &str = "capaian-pengumpulan-1";

/// The columns of the data sheet, 0-based. Every column before
/// [`COL_REALISASI`] is locked and filled from the plan.
pub(crate) const COL_ID: u16 = 1;
pub(crate) const COL_REALISASI: u16 = 10;
/// The number of locked columns (No … Cara mengisi).
pub(crate) const LOCKED_COLUMNS: u16 = 10;
/// The 0-based row of the headers; data rows follow.
pub(crate) const HEADER_ROW: u32 = 4;

/// The rows of the hidden sheet: keys in column A, values in column B.
pub(crate) const ID_FORMAT: u32 = 0;
pub(crate) const ID_UNIT: u32 = 1;
pub(crate) const ID_YEAR: u32 = 2;
pub(crate) const ID_PLAN: u32 = 3;
pub(crate) const ID_GROUP: u32 = 4;
pub(crate) const ID_FINGERPRINT: u32 = 5;
/// The first row listing the data rows (sheet row, indicator, period).
pub(crate) const ID_ROWS: u32 = 8;

/// One row to report: an indicator (or a component of an index) at one
/// period.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// The indicator of the plan.
    pub top: &'a Indicator,
    /// The component, for a row of an index's component.
    pub component: Option<&'a Indicator>,
    /// The period to report.
    pub period: Period,
}

impl<'a> Line<'a> {
    /// What is reported: the component, else the indicator.
    pub(crate) fn indicator(&self) -> &'a Indicator {
        self.component.unwrap_or(self.top)
    }

    /// The id as results name it: `IKK-2`, `IKK-1/orang`.
    pub(crate) fn id(&self) -> String {
        match self.component {
            Some(c) => format!("{}/{}", self.top.id, c.id),
            None => self.top.id.clone(),
        }
    }

    /// The target of the row's period: its period target, or the annual
    /// target on the plan year's row.
    pub(crate) fn target(&self) -> Option<Target> {
        let ind = self.indicator();
        ind.targets
            .iter()
            .find(|(p, _)| *p == self.period)
            .map(|(_, t)| t.value)
            .or_else(|| (ind.targets.is_empty()).then(|| ind.target.as_ref().map(|t| t.value)).flatten())
    }

    /// The realisasi the plan already holds for the row's period.
    pub(crate) fn realisasi(&self) -> Option<&'a Located<Decimal>> {
        self.indicator().realisasi.iter().find(|(p, _)| *p == self.period).map(|(_, r)| r)
    }

    /// Whether a negative realisasi makes sense: only where the plan itself
    /// has a negative figure for it (a growth rate below zero). Counts,
    /// percentages, indices and scores cannot be negative.
    pub(crate) fn negative_allowed(&self) -> bool {
        let ind = self.indicator();
        ind.target.iter().any(|t| t.value.low().is_sign_negative())
            || ind.targets.iter().any(|(_, t)| t.value.low().is_sign_negative())
            || ind.realisasi.iter().any(|(_, r)| r.value.is_sign_negative())
    }
}

/// The rows to report of one indicator: each component of an index (the
/// index itself is computed from them, unless the plan gives it realisasi
/// of its own), at each period with a target or a realisasi (the plan year
/// when there are none).
pub(crate) fn lines<'a>(plan: &Plan, top: &'a Indicator) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    if top.components.is_empty() || !top.realisasi.is_empty() {
        out.extend(periods(plan, top).into_iter().map(|period| Line { top, component: None, period }));
    }
    for c in &top.components {
        out.extend(periods(plan, c).into_iter().map(|period| Line { top, component: Some(c), period }));
    }
    out
}

/// The periods of an indicator's targets and realisasi, in order; the plan
/// year when it has none.
fn periods(plan: &Plan, ind: &Indicator) -> Vec<Period> {
    let mut ps: Vec<Period> = ind.targets.iter().map(|(p, _)| *p).collect();
    for (p, _) in &ind.realisasi {
        if !ps.contains(p) {
            ps.push(*p);
        }
    }
    if ps.is_empty() {
        ps.push(plan.annual_period());
    }
    ps.sort_by(|a, b| a.cmp_end(b));
    ps
}

/// A number as the workbook shows it, in the Indonesian convention.
pub(crate) fn number_text(d: Decimal) -> String {
    format_grouped_scaled(d.normalize(), Convention::Id)
}

/// A target as the workbook shows it (`0,99`, `1.152.699`, `80–90`).
pub(crate) fn target_text(t: Option<Target>) -> String {
    match t {
        Some(Target::Single(v)) => number_text(v),
        Some(Target::Range(a, b)) => format!("{}–{}", number_text(a), number_text(b)),
        None => "-".to_string(),
    }
}

/// The fingerprint of the locked cells (FNV-1a, 64 bits, in hex): a cell
/// changed after the sheet's protection was lifted changes it. Not a
/// secret: it tells an edited workbook from a plan changed since.
pub(crate) fn fingerprint<'s>(rows: impl IntoIterator<Item = Vec<&'s str>>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    for row in rows {
        for cell in row {
            cell.bytes().for_each(&mut feed);
            feed(0x1f);
        }
        feed(0x1e);
    }
    format!("{h:016x}")
}
