//! Writing output files: reports, collection workbooks and merged plans.
//! One writer for all of them: it refuses to replace an input or a rule
//! file, refuses what is not a regular file, and writes atomically keeping
//! the file's mode.

use crate::diagnostic::{Diagnostic, Kind, Span};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path`. Refused: a path that is one of the `inputs`
/// (a plan replaced by its own report, a workbook by the merged plan) or a
/// rule file (every file under a `rules/` folder, every `.rhai` but a
/// definition file `.d.rhai`), and
/// anything that is not a regular file (a pipe, a device, a folder). A
/// symlink is written through: the file it leads to is replaced, the link
/// stays. The file keeps its mode, or gets the mode a new file gets
/// (umask), never the temporary file's 0600.
pub(crate) fn write_output(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), Diagnostic> {
    let (target, mode) = output_target(path, inputs)?;
    let unwritable = |e: std::io::Error| {
        Diagnostic::error(Kind::FileUnwritable { path: path.display().to_string(), reason: e.to_string() })
            .with_span(Span::file(path))
    };
    write_atomic(&target, bytes, mode).map_err(unwritable)
}

/// The file `path` names (through a symlink) and the mode it keeps, or why
/// [`write_output`] refuses it: a command that reports what it will write
/// asks this first, so a refusal comes before any "replaced".
pub(crate) fn output_target(
    path: &Path,
    inputs: &[PathBuf],
) -> Result<(PathBuf, Option<std::fs::Permissions>), Diagnostic> {
    let shown = path.display().to_string();
    let fail = |kind: Kind| Diagnostic::error(kind).with_span(Span::file(path));
    let unwritable = |e: std::io::Error| fail(Kind::FileUnwritable { path: shown.clone(), reason: e.to_string() });
    let existing = std::fs::symlink_metadata(path).is_ok();
    let target = if existing { std::fs::canonicalize(path).map_err(unwritable)? } else { path.to_path_buf() };
    let mode = if existing {
        let meta = std::fs::metadata(&target).map_err(unwritable)?;
        if !meta.is_file() {
            return Err(fail(Kind::OutputNotRegular { path: shown.clone() }));
        }
        // A definition file (`capaian definitions`) is output, not a rule,
        // unless it lies where rules are read.
        let definition = target.to_string_lossy().ends_with(".d.rhai");
        let rule_file = (target.extension().is_some_and(|e| e == "rhai") && !definition)
            || target.components().any(|c| c.as_os_str() == "rules");
        if rule_file || inputs.iter().any(|i| std::fs::canonicalize(i).is_ok_and(|i| i == target)) {
            return Err(fail(Kind::OutputIsInput { path: shown.clone() }));
        }
        Some(meta.permissions())
    } else {
        None
    };
    Ok((target, mode))
}

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// folder, renamed over the target only once complete, so a crash or a full
/// disk never leaves half a file. The temporary file is removed on every
/// error (dropping it removes it). `mode`: the permissions to keep; without
/// it a new file's (0666 less the umask).
fn write_atomic(path: &Path, bytes: &[u8], mode: Option<std::fs::Permissions>) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.prefix(".capaian-").tempfile_in(dir)?;
    if let Some(mode) = mode {
        tmp.as_file().set_permissions(mode)?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

/// A CSV cell a spreadsheet would run as a formula (`=HYPERLINK(…)`,
/// `+cmd|…`, `@SUM(…)`) is written with a leading `'`, as OWASP advises;
/// numbers (`-5`, `+3.2`) are left as they are.
pub(crate) fn neutralise(cell: String) -> String {
    // A lone `-` (no period) is text to every spreadsheet.
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell != "-";
    let number = cell.trim_start_matches(['+', '-']).chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && cell.chars().any(|c| c.is_ascii_digit());
    if risky && !number { format!("'{cell}") } else { cell }
}
