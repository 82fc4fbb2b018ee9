//! Tables of figures printed in a plan beside the indicators: budgets by
//! output code, funding by source, Renja tables. They are transcribed as
//! printed, totals included, so validation rules can check that the totals
//! add up.

use super::Located;
use crate::diagnostic::Span;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;

/// One printed table.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// Id used by validation rules.
    pub id: String,
    /// Title as printed.
    pub title: Option<String>,
    /// Where in which document it is printed.
    pub source: Option<String>,
    /// Names of the numeric columns, in order.
    pub columns: Vec<String>,
    /// The number convention its cells are printed in (findings quote figures the same way).
    pub numbers: crate::number::Convention,
    /// The rows, in printed order.
    pub rows: Vec<Row>,
    /// Where the table is declared.
    pub span: Span,
}

/// One row of a table.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// Code (`6993.QAH.001`, `5 03 02 2.04 01`); rows are referred to by it.
    pub kode: Option<String>,
    /// Description as printed.
    pub uraian: Option<String>,
    /// The `kode` of the row this one is a part of.
    pub parent: Option<String>,
    /// Free text cells (lokasi, satuan, keterangan …).
    pub text: BTreeMap<String, String>,
    /// Numeric cells by column name; a cell with no value (blank, `-`, `–`, `—`) is absent.
    pub values: BTreeMap<String, Located<Decimal>>,
    /// Where the row is declared.
    pub span: Span,
}

impl Table {
    /// The rows whose `parent` is `kode`.
    pub fn children<'a>(&'a self, kode: &'a str) -> impl Iterator<Item = &'a Row> + 'a {
        self.rows.iter().filter(move |r| r.parent.as_deref() == Some(kode))
    }
}
