//! Reading plan files (TOML), indicator tables (CSV) and workbooks into the model.

mod budget_checks;
mod checks;
mod csv_columns;
mod csv_plan;
mod csv_records;
pub(crate) mod fields;
mod row_values;
mod rows;
mod toml_goals;
mod toml_plan;
#[cfg(test)]
mod toml_sasaran;
pub(crate) mod toml_value;
mod workbook;

pub(crate) use checks::is_percent;
#[cfg(feature = "cli")]
pub(crate) use csv_columns::column_name;
pub use csv_plan::read_csv_plans;
#[cfg(feature = "cli")]
pub(crate) use csv_plan::sniff_delimiter;
pub use toml_plan::read_toml_plan;
#[cfg(feature = "cli")]
pub(crate) use toml_plan::{Place, read_indicator};
#[cfg(feature = "cli")]
pub(crate) use workbook::{float_value, percent_cells};

use crate::diagnostic::{Diagnostic, Kind, Span};
use crate::files::{PLAN_FILE_LIMIT, Walked, export_text, read_bytes, text_of, walk};
use crate::model::{Plan, is_report};
use crate::number::Convention;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Why input could not be read at all (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file does not exist or cannot be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is readable but not a usable plan.
    #[error("{} problem(s) in the input", .0.len())]
    Invalid(Vec<Diagnostic>),
}

impl LoadError {
    /// The diagnostics to show the user.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            LoadError::Io { path, source } => {
                vec![
                    Diagnostic::error(Kind::FileUnreadable {
                        path: path.display().to_string(),
                        reason: source.to_string(),
                    })
                    .with_span(Span::file(path)),
                ]
            }
            LoadError::Invalid(d) => d.clone(),
        }
    }
}

/// Plans read from the paths given, with warnings that did not stop reading.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The plans, in path order.
    pub plans: Vec<Plan>,
    /// Non-fatal findings (ignored CSV columns, …).
    pub warnings: Vec<Diagnostic>,
    /// The errors of files of a folder that could not be read (each names
    /// its file): they are left out and the folder's other plans are read,
    /// so one bad file does not stop the others.
    pub failed: Vec<Diagnostic>,
}

impl Loaded {
    /// Every file read, or the errors of those that were not: for callers
    /// that must see all of their input (a report, a template).
    pub fn strict(self) -> Result<Loaded, LoadError> {
        if self.failed.is_empty() { Ok(self) } else { Err(LoadError::Invalid(self.failed)) }
    }
}

/// Reads a plan file, a CSV file, a workbook, or every plan (`*.toml`,
/// `*.csv`, `*.xlsx`, `*.xlsm`, `*.xls`, `*.ods`) in a folder
/// (not descending into `rules/` or `tests/` folders, which hold rules and
/// fixture cases, not plans). In a folder, a report `capaian eval` wrote
/// there is skipped with a warning, not read as a plan; a file of a folder
/// that cannot be read is left out with its errors in [`Loaded::failed`].
pub fn load_paths(paths: &[PathBuf], numbers: Option<Convention>) -> Result<Loaded, LoadError> {
    load_inputs(inputs(paths), numbers)
}

/// One step of reading the paths given, in order: a file to read (found in
/// a folder or named itself), what walking a folder found, or a path that
/// does not exist. A national run reads its inputs a batch at a time
/// (`eval::batch`); every batch is read as [`load_paths`] reads them all.
#[derive(Debug)]
pub(crate) enum Input {
    /// A file, its size, and whether it was found in a folder: a bad file
    /// of a folder is left out and named, a bad file named itself stops the run.
    File { path: PathBuf, in_folder: bool, size: u64 },
    /// Links refused, folders that could not be read.
    Warnings(Vec<Diagnostic>),
    /// A path that cannot be read.
    Missing(LoadError),
}

impl Input {
    /// The bytes a batch counts for this step.
    #[cfg_attr(not(feature = "cli"), allow(dead_code))]
    pub(crate) fn size(&self) -> u64 {
        match self {
            Input::File { size, .. } => *size,
            _ => 0,
        }
    }
}

/// The steps of reading `paths`: each path walked, in order.
pub(crate) fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for path in paths {
        match plan_files(path) {
            Ok(walked) => {
                if !walked.warnings.is_empty() {
                    out.push(Input::Warnings(walked.warnings));
                }
                let in_folder = path.is_dir();
                out.extend(walked.files.into_iter().map(|path| {
                    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
                    Input::File { path, in_folder, size }
                }));
            }
            Err(e) => out.push(Input::Missing(e)),
        }
    }
    out
}

/// Reads the files of `inputs`: the plans, warnings and failed files of a
/// folder in input order, or the first error that stops the run.
pub(crate) fn load_inputs(inputs: Vec<Input>, numbers: Option<Convention>) -> Result<Loaded, LoadError> {
    // Files are read on the threads of the current rayon pool (the
    // command line's `--jobs`), each into its own part, and the parts are
    // joined in input order: the same plans, warnings and first error as
    // reading them one after another.
    let read = |input| match input {
        Input::File { path, in_folder, .. } => {
            let mut part = Loaded::default();
            load_file(&path, numbers, in_folder, &mut part).map(|()| part).map_err(|e| (e, in_folder))
        }
        Input::Warnings(warnings) => Ok(Loaded { warnings, ..Loaded::default() }),
        Input::Missing(e) => Err((e, false)),
    };
    // One input is read on this thread: even asking rayon how many threads
    // it has starts its global pool, which a one-unit run only pays for.
    let parts: Vec<Result<Loaded, (LoadError, bool)>> = match inputs.len() {
        0 | 1 => inputs.into_iter().map(read).collect(),
        _ => inputs.into_par_iter().map(read).collect(),
    };
    let mut loaded = Loaded::default();
    for part in parts {
        match part {
            Ok(part) => {
                loaded.plans.extend(part.plans);
                loaded.warnings.extend(part.warnings);
            }
            Err((e, true)) => loaded.failed.extend(e.diagnostics()),
            Err((e, false)) => return Err(e),
        }
    }
    Ok(loaded)
}

fn load_file(path: &Path, numbers: Option<Convention>, in_folder: bool, loaded: &mut Loaded) -> Result<(), LoadError> {
    let bytes = read_bytes(path, PLAN_FILE_LIMIT).map_err(|d| LoadError::Invalid(vec![d]))?;
    load_content(path, bytes, numbers, in_folder, loaded)
}

/// Reads one file held in memory, a plan (TOML), a CSV file or a workbook,
/// as [`load_paths`] reads a file: an upload to `capaian serve`. `name` is
/// shown in messages and its extension tells the format; it is never opened
/// (only its last component is kept, so `../x.toml` names `x.toml`).
pub fn load_bytes(name: &str, bytes: Vec<u8>, numbers: Option<Convention>) -> Result<Loaded, LoadError> {
    let shown = Path::new(name.rsplit(['/', '\\']).next().unwrap_or(name));
    let mut loaded = Loaded::default();
    load_content(shown, bytes, numbers, false, &mut loaded)?;
    Ok(loaded)
}

/// The one reading of a file's content, whether it came from a path or an
/// upload: `path` names it and tells its format, and is not opened here.
fn load_content(
    path: &Path,
    bytes: Vec<u8>,
    numbers: Option<Convention>,
    in_folder: bool,
    loaded: &mut Loaded,
) -> Result<(), LoadError> {
    let invalid = |d| LoadError::Invalid(vec![d]);
    if is_workbook(path) {
        let (plans, warnings) = match workbook::read_workbook(path, &bytes, numbers.unwrap_or_default()) {
            // A format not read is said, in a folder as a warning (the
            // folder's other plans still count), never skipped in silence.
            Err(LoadError::Invalid(d))
                if in_folder && matches!(&d[..], [d] if matches!(d.kind, Kind::WorkbookXls { .. })) =>
            {
                loaded.warnings.extend(d.into_iter().map(Diagnostic::into_warning));
                return Ok(());
            }
            read => read?,
        };
        add_tables(plans, warnings, loaded);
        return Ok(());
    }
    let text = if matches!(extension(path).as_str(), "csv" | "tsv") {
        let (text, decoded) = export_text(path, bytes);
        loaded.warnings.extend(decoded);
        text
    } else {
        text_of(path, bytes).map_err(invalid)?
    };
    // A units file (`capaian rollup --units`) is capaian's own, like
    // capaian.toml: it lives beside the plans it places and is not one.
    if in_folder && is_units_file(&text) {
        return Ok(());
    }
    if in_folder && is_report(&text) {
        let kind = Kind::FileIsReport { path: path.display().to_string() };
        loaded.warnings.push(Diagnostic::warning(kind).with_span(Span::file(path)));
        return Ok(());
    }
    match extension(path).as_str() {
        "csv" | "tsv" => {
            let (plans, warnings) = read_csv_plans(path, &text, numbers.unwrap_or_default())?;
            add_tables(plans, warnings, loaded);
        }
        _ => {
            let plan = read_toml_plan(path, &text, numbers)?;
            loaded.warnings.extend(plan.warnings.iter().cloned());
            loaded.warnings.extend(checks::percent_mixups(&plan));
            loaded.warnings.extend(budget_checks::budget_warnings(&plan));
            loaded.plans.push(plan);
        }
    }
    Ok(())
}

/// Whether TOML text is a units file: it declares `[[wilayah]]` and no `[unit]`.
fn is_units_file(text: &str) -> bool {
    let headers = || text.lines().map(str::trim);
    headers().any(|l| l.starts_with("[[wilayah]]")) && !headers().any(|l| l.starts_with("[unit]"))
}

/// Plans read from a table (CSV or a workbook's sheets), with their warnings.
fn add_tables(plans: Vec<Plan>, warnings: Vec<Diagnostic>, loaded: &mut Loaded) {
    loaded.warnings.extend(warnings);
    loaded.warnings.extend(plans.iter().flat_map(checks::percent_mixups));
    loaded.warnings.extend(plans.iter().flat_map(budget_checks::budget_warnings));
    loaded.plans.extend(plans);
}

/// Workbooks: Excel's (`.xlsx`, macro-enabled `.xlsm`) and LibreOffice's
/// `.ods` are read; the old `.xls` is listed so that it is named and refused.
fn is_workbook(path: &Path) -> bool {
    matches!(extension(path).as_str(), "xlsx" | "xlsm" | "xls" | "ods")
}

fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

/// Folders that hold rules, cases, sources or build output, never plans.
const SKIPPED_DIRS: &[&str] = &["rules", "tests", "scales", "target", "src", "docs", "benches", "fuzz"];

/// Configuration files of other tools that live beside plans in a repository.
const TOOL_CONFIGS: &[&str] = &[
    "Cargo.toml",
    "rustfmt.toml",
    "clippy.toml",
    "deny.toml",
    "rust-toolchain.toml",
    "taplo.toml",
    "typos.toml",
    "capaian.toml",
];

/// The plan files a path stands for, sorted so output order is stable, with
/// the links the walk refused; a path that does not exist is an error.
pub(crate) fn plan_files(path: &Path) -> Result<Walked, LoadError> {
    std::fs::metadata(path).map_err(|source| LoadError::Io { path: path.to_path_buf(), source })?;
    let is_plan = |p: &Path| {
        let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        (matches!(extension(p).as_str(), "toml" | "csv") || is_workbook(p))
            && !TOOL_CONFIGS.contains(&name.as_str())
            && !name.starts_with("~$")
    };
    let mut walked = walk(path, SKIPPED_DIRS, &is_plan);
    walked.files = walked.files.iter().map(|p| tidy(p)).collect();
    Ok(walked)
}

/// Drops a leading `./`, so `capaian eval .` names files as `examples/x.toml`.
pub(crate) fn tidy(path: &Path) -> PathBuf {
    path.strip_prefix(".").map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}
