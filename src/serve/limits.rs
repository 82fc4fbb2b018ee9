//! How much one upload may hold, and reading the upload form within it.
//! The whole request is capped before it is read ([`MAX_BODY`], enforced by
//! the router's body limit), then the number of files, each file's name and
//! format, and after reading the number of rows. Files stay in memory; a
//! file's name is only a label, cut to its last component.

use crate::diagnostic::{Diagnostic, Kind};
use crate::model::{Indicator, Plan};
use axum::extract::Multipart;

/// The most bytes one upload request may carry: a plan of a few thousand
/// rows with its workbooks is well under it.
pub(crate) const MAX_BODY: usize = 8 << 20;

/// The most files one upload may hold.
pub(crate) const MAX_FILES: usize = 20;

/// The most rows (an indicator or component at one period) one upload's
/// plans may hold together.
pub(crate) const MAX_ROWS: usize = 20_000;

/// The longest file name kept, in characters.
const MAX_NAME: usize = 100;

/// The formats a file may have: plans and workbooks (`.xls` is let through
/// so that the plan reader names it and says why it is not read).
const EXTENSIONS: &[&str] = &["toml", "csv", "tsv", "xlsx", "xlsm", "xls", "ods"];

/// What the upload form sent.
#[derive(Debug, Default)]
pub(crate) struct Form {
    /// Each file: its label (unique within the upload) and its bytes.
    pub files: Vec<(String, Vec<u8>)>,
    /// The period chosen (`""`: the plan year; `q1`…`q4`, `m01`…`m12`,
    /// `every-quarter`).
    pub period: String,
    /// Earlier years to compare, as typed (`2023, 2022`).
    pub compare: String,
}

/// Reads the multipart form: files under `files`, the fields `period` and
/// `compare`; anything past a limit or malformed is the error shown.
pub(crate) async fn read_form(mut multipart: Multipart) -> Result<Form, Diagnostic> {
    let mut form = Form::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => return Err(multipart_error(&e)),
        };
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let bytes = field.bytes().await.map_err(|e| multipart_error(&e))?;
        match (name.as_str(), file_name) {
            // A browser sends an empty part when no file was chosen.
            ("files", Some(f)) if f.is_empty() && bytes.is_empty() => {}
            ("files", Some(f)) => {
                if form.files.len() == MAX_FILES {
                    return Err(Diagnostic::error(Kind::UploadTooManyFiles { max: MAX_FILES.to_string() }));
                }
                let label = unique(&form.files, &label(&f));
                let ext = label.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
                if !EXTENSIONS.contains(&ext.as_str()) {
                    return Err(Diagnostic::error(Kind::UploadFormat { name: label, formats: EXTENSIONS.join(", ") }));
                }
                form.files.push((label, bytes.to_vec()));
            }
            ("period", None) => form.period = String::from_utf8_lossy(&bytes).trim().to_string(),
            ("compare", None) => form.compare = String::from_utf8_lossy(&bytes).trim().to_string(),
            _ => {}
        }
    }
    if form.files.is_empty() {
        return Err(Diagnostic::error(Kind::UploadNoFile));
    }
    Ok(form)
}

fn multipart_error(e: &axum::extract::multipart::MultipartError) -> Diagnostic {
    if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        Diagnostic::error(Kind::UploadTooLarge { limit: format!("{} MiB", MAX_BODY >> 20) })
    } else {
        Diagnostic::error(Kind::UploadMalformed { reason: e.body_text() })
    }
}

/// A file name as a label: its last component (a browser may send a path),
/// without control characters, at most [`MAX_NAME`] characters.
pub(crate) fn label(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = last.chars().filter(|c| !c.is_control()).collect();
    let clean = clean.trim();
    let kept: String = if clean.chars().count() > MAX_NAME {
        // Keep the extension, which says the format.
        let ext = clean.rsplit_once('.').map_or(String::new(), |(_, e)| format!(".{e}"));
        clean.chars().take(MAX_NAME.saturating_sub(ext.chars().count())).chain(ext.chars()).collect()
    } else {
        clean.to_string()
    };
    if kept.is_empty() || kept == "." || kept == ".." { "upload".to_string() } else { kept }
}

/// `label`, or `label (2)` before its extension when another file has it:
/// results and explanations name their plan by it.
fn unique(files: &[(String, Vec<u8>)], label: &str) -> String {
    let taken = |l: &str| files.iter().any(|(n, _)| n == l);
    if !taken(label) {
        return label.to_string();
    }
    let (stem, ext) = label.rsplit_once('.').map_or((label, String::new()), |(s, e)| (s, format!(".{e}")));
    (2..).map(|n| format!("{stem} ({n}){ext}")).find(|l| !taken(l)).unwrap_or_default()
}

/// The rows an upload's plans hold: each indicator and component at each
/// period it has a figure for (at least one).
pub(crate) fn rows(plans: &[Plan]) -> usize {
    fn of(ind: &Indicator) -> usize {
        (ind.targets.len() + ind.realisasi.len()).max(1) + ind.components.iter().map(of).sum::<usize>()
    }
    plans.iter().flat_map(|p| &p.indicators).map(of).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_a_label_never_a_path() {
        assert_eq!(label("../../etc/passwd.toml"), "passwd.toml");
        assert_eq!(label("C:\\Users\\x\\rkt.xlsx"), "rkt.xlsx");
        assert_eq!(label("a\u{0}b\n.csv"), "ab.csv");
        assert_eq!(label(".."), "upload");
        let long = format!("{}.xlsx", "x".repeat(300));
        assert_eq!(label(&long).chars().count(), MAX_NAME);
        assert!(label(&long).ends_with(".xlsx"));
    }

    #[test]
    fn equal_names_are_told_apart() {
        let files = vec![("a.toml".to_string(), Vec::new()), ("a (2).toml".to_string(), Vec::new())];
        assert_eq!(unique(&files, "a.toml"), "a (3).toml");
        assert_eq!(unique(&files, "b.toml"), "b.toml");
    }
}
