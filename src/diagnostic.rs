//! One diagnostic type and one renderer for every user-facing error.
//!
//! Every stage (plan reading, number text, rule compilation, evaluation)
//! reports problems as [`Diagnostic`]s so that a planner always sees the same
//! shape: `error: …`, `--> file:line:col`, the source line with a caret, and a
//! hint. The same value serialises to JSON for machines.

use serde::Serialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A position in a user file (plan, CSV, rule script). Lines and columns
/// start at 1, as editors show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// The file the position is in.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// How many characters the marker underlines (at least 1).
    #[serde(skip)]
    pub len: usize,
    /// The text of the line, kept so the renderer never re-reads a file that
    /// may have changed since.
    #[serde(skip)]
    pub source_line: Option<String>,
}

impl Span {
    /// A span for a whole file, when no finer position is known.
    pub fn file(path: &Path) -> Span {
        Span { path: path.to_path_buf(), line: 0, column: 0, len: 0, source_line: None }
    }

    /// A span for a 1-based line and column, without source text.
    pub fn at(path: &Path, line: usize, column: usize) -> Span {
        Span { path: path.to_path_buf(), line, column, len: 1, source_line: None }
    }

    /// Builds a span from a byte range into `source`.
    pub fn from_range(path: &Path, source: &str, range: std::ops::Range<usize>) -> Span {
        let start = floor_char_boundary(source, range.start.min(source.len()));
        let end = floor_char_boundary(source, range.end.min(source.len())).max(start);
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..].find('\n').map_or(source.len(), |i| start + i);
        let line = source[..start].matches('\n').count() + 1;
        let column = source[line_start..start].chars().count() + 1;
        let marked_end = end.min(line_end);
        let len = source[start..marked_end].chars().count().max(1);
        Span {
            path: path.to_path_buf(),
            line,
            column,
            len,
            source_line: Some(source[line_start..line_end].trim_end_matches('\r').to_string()),
        }
    }

    /// Builds a span for a 1-based line and column, taking the line text from `source`.
    pub fn from_line_col(path: &Path, source: &str, line: usize, column: usize, len: usize) -> Span {
        let text = source.lines().nth(line.saturating_sub(1)).map(str::to_string);
        Span { path: path.to_path_buf(), line, column, len: len.max(1), source_line: text }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.path.display())
        } else {
            write!(f, "{}:{}:{}", self.path.display(), self.line, self.column)
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input cannot be used as it is.
    Error,
    /// The input is usable but probably not what the author meant.
    Warning,
    /// Known and accepted (a document's printed error kept as printed).
    Note,
}

/// A user-facing message with its location and a hint.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// Where, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
    /// What was expected, or how to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The indicator being evaluated, for runtime errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    /// The period being evaluated, for runtime errors.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The check that produced it (a validation rule id), for machines and
    /// for accepting known discrepancies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// What it is about, as `table/row/column` or `indicator ID`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

impl Diagnostic {
    /// An error with no location yet.
    pub fn error(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            span: None,
            help: None,
            indicator: None,
            period: None,
            code: None,
            about: None,
        }
    }

    /// A warning with no location yet.
    pub fn warning(message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(message) }
    }

    /// Attaches a location.
    pub fn with_span(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }

    /// Attaches a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Names the indicator and period being evaluated.
    pub fn in_indicator(mut self, indicator: &str, period: Option<&str>) -> Diagnostic {
        self.indicator = Some(indicator.to_string());
        self.period = period.map(str::to_string);
        self
    }

    /// Renders the diagnostic the way compilers do, for a terminal.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        let _ = writeln!(out, "{label}: {}", self.message);
        if let Some(span) = &self.span {
            let _ = writeln!(out, "  --> {span}");
            if let Some(text) = &span.source_line {
                let number = span.line.to_string();
                let pad = " ".repeat(number.len());
                let _ = writeln!(out, " {pad} |");
                let _ = writeln!(out, " {number} | {text}");
                let before: String = text
                    .chars()
                    .take(span.column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(out, " {pad} | {before}{}", "^".repeat(span.len.max(1)));
            }
        }
        if let Some(indicator) = &self.indicator {
            match &self.period {
                Some(p) => {
                    let _ = writeln!(out, "  = while evaluating indicator `{indicator}`, period {p}");
                }
                None => {
                    let _ = writeln!(out, "  = while evaluating indicator `{indicator}`");
                }
            }
        }
        if let Some(help) = &self.help {
            let _ = writeln!(out, "  = help: {help}");
        }
        out
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

/// Suggests the closest of `candidates` to `word`, for "did you mean" hints.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&word.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(d, c)| *d <= 2.max(c.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_caret_under_the_span() {
        let src = "a = 1\ntarget = \"8356,00%,51%\"\n";
        let span = Span::from_range(Path::new("p.toml"), src, 15..29);
        let d = Diagnostic::error("garbled number").with_span(span).with_help("write one number");
        let text = d.render();
        assert!(text.contains("--> p.toml:2:10"), "{text}");
        assert!(text.contains(" 2 | target = \"8356,00%,51%\""), "{text}");
        assert!(text.contains("         ^^^^^^^^^^^^^^"), "{text}");
    }

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(suggest("realisai", ["realisasi", "target"]), Some("realisasi"));
        assert_eq!(suggest("zzz", ["realisasi", "target"]), None);
    }
}
