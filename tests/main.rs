//! Integration tests: one binary, one module per feature.

mod support;

mod bad_input;
mod calc;
mod cases;
mod check;
mod collect;
mod csv_input;
mod diff;
mod doc_drift;
mod docs;
mod eval_notes;
mod examples;
mod explain;
mod formula_repo;
mod hostile;
mod jobs;
mod lang;
mod manpage;
mod properties;
mod report;
mod rollup;
mod schema;
mod serve;
mod tree;
mod workbook;
mod years;
