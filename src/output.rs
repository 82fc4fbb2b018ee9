//! Writing output files: reports, collection workbooks and merged plans.
//! One writer for all of them: it refuses to replace an input or a rule
//! file, refuses what is not a regular file, and writes atomically keeping
//! the file's mode. A report may be written in pieces as it is computed
//! ([`OutputFile`]); it still appears whole or not at all.

use crate::diagnostic::{Diagnostic, Kind, Span};
use std::borrow::Cow;
use std::io::{BufWriter, Read, Seek, Write};
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
    let mut file = OutputFile::create(path, inputs)?;
    file.write(bytes)?;
    file.commit()
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

/// An output file being written: a temporary file in the target's folder,
/// renamed over the target only by [`OutputFile::commit`], so a run that
/// fails half way (or a full disk) never leaves half a report. Dropped
/// without a commit, the temporary file is removed.
pub(crate) struct OutputFile {
    tmp: BufWriter<tempfile::NamedTempFile>,
    /// The file replaced (a symlink's target).
    target: PathBuf,
    /// The permissions to keep; `None`: a new file's (0666 less the umask).
    mode: Option<std::fs::Permissions>,
    /// The path as given, for messages.
    shown: PathBuf,
}

impl OutputFile {
    /// Starts writing `path`, with the refusals of [`write_output`].
    pub(crate) fn create(path: &Path, inputs: &[PathBuf]) -> Result<OutputFile, Diagnostic> {
        let (target, mode) = output_target(path, inputs)?;
        let tmp = temp_beside(&target, mode.as_ref()).map_err(|e| unwritable(path, &e))?;
        Ok(OutputFile { tmp: BufWriter::new(tmp), target, mode, shown: path.to_path_buf() })
    }

    /// Appends `bytes`.
    pub(crate) fn write(&mut self, bytes: &[u8]) -> Result<(), Diagnostic> {
        self.tmp.write_all(bytes).map_err(|e| unwritable(&self.shown, &e))
    }

    /// Replaces what was written so far by what `rewrite` makes of it
    /// (reading the old text, writing the new), in a second temporary file:
    /// for the rare report whose later rows add columns to the earlier ones.
    pub(crate) fn rewrite(
        &mut self,
        rewrite: impl FnOnce(&mut dyn Read, &mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Diagnostic> {
        let fresh = || -> std::io::Result<BufWriter<tempfile::NamedTempFile>> {
            self.tmp.flush()?;
            let old = self.tmp.get_mut().as_file_mut();
            old.rewind()?;
            let mut new = BufWriter::new(temp_beside(&self.target, self.mode.as_ref())?);
            rewrite(&mut std::io::BufReader::new(old), &mut new)?;
            Ok(new)
        };
        let new = fresh().map_err(|e| unwritable(&self.shown, &e))?;
        self.tmp = new;
        Ok(())
    }

    /// Renames the complete file over the target.
    pub(crate) fn commit(self) -> Result<(), Diagnostic> {
        let shown = self.shown.clone();
        let done = || -> std::io::Result<()> {
            let tmp = self.tmp.into_inner().map_err(std::io::IntoInnerError::into_error)?;
            tmp.as_file().sync_all()?;
            tmp.persist(&self.target).map_err(|e| e.error)?;
            Ok(())
        };
        done().map_err(|e| unwritable(&shown, &e))
    }
}

fn unwritable(path: &Path, e: &std::io::Error) -> Diagnostic {
    let kind = Kind::FileUnwritable { path: path.display().to_string(), reason: e.to_string() };
    Diagnostic::error(kind).with_span(Span::file(path))
}

/// A temporary file in `path`'s folder (so the rename is atomic) with
/// `mode`, or a new file's mode: 0666 less the umask, never 0600.
fn temp_beside(path: &Path, mode: Option<&std::fs::Permissions>) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = builder.prefix(".capaian-").tempfile_in(dir)?;
    if let Some(mode) = mode {
        tmp.as_file().set_permissions(mode.clone())?;
    }
    Ok(tmp)
}

/// A CSV cell a spreadsheet would run as a formula (`=HYPERLINK(…)`,
/// `+cmd|…`, `@SUM(…)`) is written with a leading `'`, as OWASP advises;
/// numbers (`-5`, `+3.2`) are left as they are.
pub(crate) fn neutralise<'a>(cell: impl Into<Cow<'a, str>>) -> Cow<'a, str> {
    let cell = cell.into();
    if is_formula(cell.as_bytes()) { Cow::Owned(format!("'{cell}")) } else { cell }
}

/// Whether a cell's text is what [`neutralise`] writes with a leading `'`:
/// it starts as a formula does and is not a number. Looked at as bytes, so
/// a CSV writer can ask it of a cell already written into its buffer (every
/// character it looks for is ASCII, and no byte of another character is).
pub(crate) fn is_formula(cell: &[u8]) -> bool {
    // A lone `-` (no period) is text to every spreadsheet.
    let risky = matches!(cell.first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r')) && cell != b"-";
    if !risky {
        return false;
    }
    let unsigned = cell.iter().position(|b| !matches!(b, b'+' | b'-')).map_or(&[][..], |at| &cell[at..]);
    let number =
        unsigned.iter().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',')) && cell.iter().any(u8::is_ascii_digit);
    !number
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_are_not() {
        for (cell, shown) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\r", "'\r"),
            ("-minus", "'-minus"),
            ("-10–-5", "'-10–-5"),
            ("+-", "'+-"),
            ("--", "'--"),
            ("-", "-"),
            ("-5", "-5"),
            ("+3.2", "+3.2"),
            ("-1.234,5", "-1.234,5"),
            ("+-7", "+-7"),
            ("", ""),
            ("a=b", "a=b"),
            ("ünï", "ünï"),
        ] {
            assert_eq!(neutralise(cell), shown, "{cell:?}");
        }
    }
}
