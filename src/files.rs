//! Files written by strangers: the one reader (regular files only, with a
//! size cap, UTF-8, optionally confined to a folder) and the one walker over
//! folders (no symlink loops, each file once, links out of the tree refused
//! with a warning). Plans, rule folders and case files all go through here.

use crate::diagnostic::{Diagnostic, Kind, Span};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The largest rule, scale or validation file read: a rule is a page of code.
pub(crate) const RULE_FILE_LIMIT: u64 = 1 << 20;

/// The largest plan or case file read.
pub(crate) const PLAN_FILE_LIMIT: u64 = 64 << 20;

fn unreadable(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(Kind::FileUnreadable { path: path.display().to_string(), reason: e.to_string() })
        .with_span(Span::file(path))
}

fn error(path: &Path, kind: Kind) -> Diagnostic {
    Diagnostic::error(kind).with_span(Span::file(path))
}

/// The text of the regular file `path`, at most `limit` bytes of UTF-8.
/// A folder, pipe or device is refused before it is opened, so a FIFO never
/// blocks and `/dev/zero` is never read.
pub(crate) fn read_text(path: &Path, limit: u64) -> Result<String, Diagnostic> {
    read_as(path, path, limit)
}

/// The bytes of the regular file `path`, at most `limit` of them (a
/// workbook, which is no text), by the same rules as [`read_text`].
pub(crate) fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    read_bytes_as(path, path, limit)
}

/// Reads `real` and names it `shown` in messages.
fn read_as(real: &Path, shown: &Path, limit: u64) -> Result<String, Diagnostic> {
    text_of(shown, read_bytes_as(real, shown, limit)?)
}

/// Bytes as UTF-8 text, or the error naming the first line that is not;
/// `shown` is only a name in the message (a file, or an upload, which is
/// never opened).
pub(crate) fn text_of(shown: &Path, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
        error(shown, Kind::FileNotUtf8 { path: shown.display().to_string(), line: line.to_string() })
    })
}

fn read_bytes_as(real: &Path, shown: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
    let not_regular = || error(shown, Kind::FileNotRegular { path: shown.display().to_string() });
    let meta = std::fs::metadata(real).map_err(|e| unreadable(shown, &e))?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    let file = std::fs::File::open(real).map_err(|e| unreadable(shown, &e))?;
    // What was opened may not be what was looked at a moment ago.
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(not_regular());
    }
    // Room for the size the file had when opened (within the limit), so it
    // is read in one go rather than in doubling chunks; a file that grows
    // meanwhile still stops at the limit.
    let expected = meta.len().min(limit).saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(|e| unreadable(shown, &e))?;
    if bytes.len() as u64 > limit {
        let limit = format!("{} KiB", limit / 1024);
        return Err(error(shown, Kind::FileTooLarge { path: shown.display().to_string(), limit }));
    }
    Ok(bytes)
}

/// The text of a spreadsheet export's bytes: a file that is not UTF-8
/// is what Excel's "CSV (Comma delimited)" writes on Windows, Windows-1252
/// (`m²`, an en dash), and is decoded as such with a warning naming the
/// encoding assumed and the first line it mattered on. `path` is only a name
/// in messages (a file already read, or an upload, which is never opened).
pub(crate) fn export_text(path: &Path, bytes: Vec<u8>) -> (String, Option<Diagnostic>) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(e) => {
            let line = e.as_bytes()[..e.utf8_error().valid_up_to()].iter().filter(|b| **b == b'\n').count() + 1;
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(e.as_bytes());
            let kind = Kind::FileWindows1252 { path: path.display().to_string(), line: line.to_string() };
            (text.into_owned(), Some(Diagnostic::warning(kind).with_span(Span::file(path))))
        }
    }
}

/// Like [`read_text`], for a file that must lie inside `folder` once every
/// symlink is resolved (a rule file, a case's plan).
pub(crate) fn read_inside(path: &Path, folder: &Path, limit: u64) -> Result<String, Diagnostic> {
    let real = std::fs::canonicalize(path).map_err(|e| unreadable(path, &e))?;
    let root = std::fs::canonicalize(folder).map_err(|e| unreadable(folder, &e))?;
    if !real.starts_with(&root) {
        let kind = Kind::FileOutside { path: path.display().to_string(), folder: folder.display().to_string() };
        return Err(error(path, kind));
    }
    read_as(&real, path, limit)
}

/// `path` with `.` and `..` taken away without asking the file system;
/// `None` when `..` climbs above its start (a case's `plan = …`).
#[cfg(any(feature = "cli", test))]
pub(crate) fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    return None;
                }
            }
            other => out.push(other),
        }
    }
    Some(out)
}

/// The folder that searches upward and relative paths stay inside: the
/// project holding `dir` — the nearest folder with `.git` or a
/// `capaian.toml` — else the working folder when `dir` lies in it, else
/// `dir` itself. Never `/` or `/tmp` because a plan happens to lie below
/// them. Only outside a project does the answer depend on where one stands;
/// a `capaian.toml` at the root makes it not. Canonical when `dir` exists.
pub(crate) fn boundary(dir: &Path) -> PathBuf {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if let Some(repo) = dir.ancestors().find(|d| d.join(".git").exists() || d.join("capaian.toml").is_file()) {
        return repo.to_path_buf();
    }
    match std::env::current_dir().ok().and_then(|c| std::fs::canonicalize(c).ok()) {
        Some(cwd) if dir.starts_with(&cwd) => cwd,
        _ => dir,
    }
}

/// Folders no walk enters: hidden ones (`.git`) and build output.
fn never_walked(name: &str) -> bool {
    name.starts_with('.') || name == "target"
}

/// What a walk found.
#[derive(Debug, Default)]
pub(crate) struct Walked {
    /// The files wanted, each once, sorted.
    pub files: Vec<PathBuf>,
    /// Links refused, folders that could not be read.
    pub warnings: Vec<Diagnostic>,
}

/// The files under `root` for which `want` is true, not entering hidden
/// folders, `target` or the folders named in `skip`. Symlinks are not
/// followed into folders (a folder inside the tree is walked where it is;
/// `a -> .` is no loop); a link to a file inside the tree counts once, by
/// where it leads; a link leading out of the tree is refused with a warning.
/// A `root` that is a file is returned as it is.
pub(crate) fn walk(root: &Path, skip: &[&str], want: &dyn Fn(&Path) -> bool) -> Walked {
    let mut walked = Walked::default();
    if !root.is_dir() {
        walked.files.push(root.to_path_buf());
        return walked;
    }
    let top = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let entries = walkdir::WalkDir::new(root).follow_links(false).sort_by_file_name().into_iter().filter_entry(|e| {
        let name = e.file_name().to_string_lossy();
        e.depth() == 0 || !(e.file_type().is_dir() && (never_walked(&name) || skip.contains(&name.as_ref())))
    });
    let (mut files, mut links) = (Vec::new(), Vec::new());
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(root).to_path_buf();
                let io = e.into_io_error().unwrap_or_else(|| std::io::Error::other("loop"));
                walked.warnings.push(unreadable(&path, &io).into_warning());
                continue;
            }
        };
        if entry.depth() == 0 || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.path_is_symlink() {
            links.push(entry.into_path());
        } else if entry.file_type().is_file() && want(entry.path()) {
            files.push(entry.into_path());
        }
    }
    // Files where they are first, so a link to one is the copy left out.
    let mut seen = HashSet::new();
    for path in &files {
        if seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())) {
            walked.files.push(path.clone());
        }
    }
    for path in links {
        let real = std::fs::canonicalize(&path);
        let folder = real.as_ref().is_ok_and(|r| r.is_dir());
        if !folder && !want(&path) {
            continue;
        }
        match real {
            Err(e) => walked.warnings.push(unreadable(&path, &e).into_warning()),
            Ok(real) if !real.starts_with(&top) => {
                let kind =
                    Kind::FileLinkOutside { path: path.display().to_string(), folder: root.display().to_string() };
                walked.warnings.push(Diagnostic::warning(kind).with_span(Span::file(&path)));
            }
            // A folder inside the tree is walked where it is.
            Ok(real) => {
                if real.is_file() && seen.insert(real) {
                    walked.files.push(path);
                }
            }
        }
    }
    walked.files.sort();
    walked
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_stops_at_the_start() {
        assert_eq!(normalize(Path::new("a/./b/../c")), Some(PathBuf::from("a/c")));
        assert_eq!(normalize(Path::new("a/../../c")), None);
        assert_eq!(normalize(Path::new("../c")), None);
    }

    #[test]
    fn only_regular_files_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let d = read_text(dir.path(), 10).unwrap_err();
        assert_eq!(d.code(), "file/not-regular");
        let f = dir.path().join("f");
        std::fs::write(&f, b"ab\n\xff").unwrap();
        assert_eq!(read_text(&f, 2).unwrap_err().code(), "file/too-large");
        let d = read_text(&f, 10).unwrap_err();
        assert_eq!(d.code(), "file/not-utf8");
        assert!(matches!(d.kind, Kind::FileNotUtf8 { ref line, .. } if line == "2"));
        assert_eq!(read_text(Path::new("/dev/zero"), 10).unwrap_err().code(), "file/not-regular");
    }
}
