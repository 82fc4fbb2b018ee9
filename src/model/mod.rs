//! The plan-data model: units, plans, indicators, periods.
//!
//! The model is what every reader (TOML, CSV) produces and what the evaluator
//! consumes; it knows nothing about file formats or Rhai. Values read from a
//! file keep their [`Span`](crate::diagnostic::Span) so that `explain` and
//! error messages can point back to the line they came from.

mod columns;
mod indicator;
mod period;
mod plan;
mod sasaran;
mod table;

pub(crate) use columns::{REPORT_COLUMNS, is_report};
pub use indicator::{Aggregation, Budget, Indicator, Located, Param, Polarity, Program, TargetKind};
pub use period::{Granularity, Period, PeriodError};
pub use plan::{Discrepancy, Plan, PlanKind, Revision, Unit};
pub use sasaran::{RollupMethod, Sasaran, Tujuan};
pub use table::{Row, Table};
