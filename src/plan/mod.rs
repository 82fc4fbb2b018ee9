//! Reading plan files (TOML) and indicator tables (CSV) into the model.

mod csv_plan;
pub(crate) mod fields;
mod toml_plan;
pub(crate) mod toml_value;

pub use csv_plan::read_csv_plans;
pub use toml_plan::read_toml_plan;
#[cfg(feature = "cli")]
pub(crate) use toml_plan::{Place, read_indicator};

use crate::diagnostic::{Diagnostic, Kind, Span};
use crate::model::Plan;
use crate::number::Convention;
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
}

/// Reads a plan file, a CSV file, or every `*.toml`/`*.csv` plan in a folder
/// (not descending into `rules/` or `tests/` folders, which hold rules and
/// fixture cases, not plans).
pub fn load_paths(paths: &[PathBuf], numbers: Option<Convention>) -> Result<Loaded, LoadError> {
    let mut loaded = Loaded::default();
    for path in paths {
        for file in plan_files(path)? {
            load_file(&file, numbers, &mut loaded)?;
        }
    }
    Ok(loaded)
}

fn load_file(path: &Path, numbers: Option<Convention>, loaded: &mut Loaded) -> Result<(), LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io { path: path.to_path_buf(), source })?;
    match extension(path).as_str() {
        "csv" | "tsv" => {
            let (plans, warnings) = read_csv_plans(path, &text, numbers.unwrap_or_default())?;
            loaded.plans.extend(plans);
            loaded.warnings.extend(warnings);
        }
        _ => {
            let plan = read_toml_plan(path, &text, numbers)?;
            loaded.warnings.extend(plan.warnings.iter().cloned());
            loaded.plans.push(plan);
        }
    }
    Ok(())
}

fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

/// Folders that hold rules, cases, sources or build output, never plans.
const SKIPPED_DIRS: &[&str] = &["rules", "tests", "scales", "target", "src", "docs", "benches", "fuzz"];

/// Configuration files of other tools that live beside plans in a repository.
const TOOL_CONFIGS: &[&str] =
    &["Cargo.toml", "rustfmt.toml", "clippy.toml", "deny.toml", "rust-toolchain.toml", "taplo.toml", "typos.toml"];

/// The plan files a path stands for, sorted so output order is stable.
pub(crate) fn plan_files(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let meta = std::fs::metadata(path).map_err(|source| LoadError::Io { path: path.to_path_buf(), source })?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![path.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|source| LoadError::Io { path: dir.clone(), source })?;
        for entry in entries {
            let entry = entry.map_err(|source| LoadError::Io { path: dir.clone(), source })?;
            let p = entry.path();
            let name = entry.file_name().to_string_lossy().to_string();
            if p.is_dir() {
                if !SKIPPED_DIRS.contains(&name.as_str()) && !name.starts_with('.') {
                    stack.push(p);
                }
            } else if matches!(extension(&p).as_str(), "toml" | "csv")
                && !name.starts_with('.')
                && !TOOL_CONFIGS.contains(&name.as_str())
            {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out.into_iter().map(|p| tidy(&p)).collect())
}

/// Drops a leading `./`, so `capaian eval .` names files as `examples/x.toml`.
pub(crate) fn tidy(path: &Path) -> PathBuf {
    path.strip_prefix(".").map_or_else(|_| path.to_path_buf(), Path::to_path_buf)
}
