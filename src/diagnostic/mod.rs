//! One diagnostic type and one renderer for every user-facing error.
//!
//! Every stage (plan reading, number text, rule compilation, evaluation)
//! reports problems as [`Diagnostic`]s: a [`Kind`] with a stable code and its
//! parameters, a severity, a location and a typed [`Subject`]. Nothing
//! downstream reads the sentence: control flow compares kinds, codes and
//! subjects, and the sentence is made only when rendering, in the run's
//! [`Lang`], from the catalogues in `locales/`.

#[macro_use]
pub(crate) mod catalogue;
mod kind;
mod text;

pub use kind::Kind;
pub use text::Text;

use crate::lang::Lang;
use serde::Serialize;
use std::cell::RefCell;
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;

/// A position in a user file (plan, CSV, rule script). Lines and columns
/// start at 1, as editors show them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Span {
    /// The file the position is in: one copy per file read, shared by its
    /// spans (a CSV of 60 000 rows has a few hundred thousand).
    #[serde(serialize_with = "serialize_path")]
    pub path: Arc<Path>,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// How many characters the marker underlines (at least 1).
    #[serde(skip)]
    pub len: usize,
    /// The text of the line, kept so the renderer never re-reads a file that
    /// may have changed since; shared by the spans of one line (the cells of
    /// a CSV row), not copied for each.
    #[serde(skip)]
    pub source_line: Option<Arc<str>>,
    /// In a workbook: the sheet, with `line` the 1-based row and `column`
    /// the 1-based column, shown as Excel names a cell (`Sheet1!D14`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

impl Span {
    /// A span for a whole file, when no finer position is known.
    pub fn file(path: &Path) -> Span {
        Span { path: Arc::from(path), line: 0, column: 0, len: 0, source_line: None, sheet: None }
    }

    /// A cell of a workbook: `row` and `column` 1-based, as Excel counts.
    pub fn cell(path: &Path, sheet: &str, row: usize, column: usize) -> Span {
        Span { path: Arc::from(path), line: row, column, len: 1, source_line: None, sheet: Some(sheet.to_string()) }
    }

    /// A whole sheet of a workbook.
    pub fn sheet(path: &Path, sheet: &str) -> Span {
        Span { sheet: Some(sheet.to_string()), ..Span::file(path) }
    }

    /// The cell's name (`D14`) when the span is a workbook cell.
    pub fn cell_name(&self) -> Option<String> {
        (self.sheet.is_some() && self.line > 0 && self.column > 0)
            .then(|| format!("{}{}", column_letters(self.column), self.line))
    }

    /// A span for a 1-based line and column, without source text.
    pub fn at(path: &Path, line: usize, column: usize) -> Span {
        Span { path: Arc::from(path), line, column, len: 1, source_line: None, sheet: None }
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
            path: Arc::from(path),
            line,
            column,
            len,
            source_line: Some(source[line_start..line_end].trim_end_matches('\r').into()),
            sheet: None,
        }
    }

    /// Builds a span for a 1-based line and column, taking the line text from `source`.
    pub fn from_line_col(path: &Path, source: &str, line: usize, column: usize, len: usize) -> Span {
        let text = source.lines().nth(line.saturating_sub(1)).map(Arc::from);
        Span { path: Arc::from(path), line, column, len: len.max(1), source_line: text, sheet: None }
    }
}

/// Where each line of a text starts, built once per file so that every span
/// costs a binary search instead of a scan from the top (a file of 60 000
/// rows would otherwise take minutes to report on). A line ends at `\n`; a
/// `\r` before it belongs to no line's text, so Windows files point where
/// Unix files do.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    path: &'a Path,
    /// The path its spans share.
    shared_path: Arc<Path>,
    text: &'a str,
    starts: Vec<usize>,
    /// The last line whose text a span took, shared by the next spans on it.
    last: RefCell<Option<(usize, Arc<str>)>>,
}

impl<'a> LineIndex<'a> {
    /// Indexes `text`, read from `path`.
    pub fn new(path: &'a Path, text: &'a str) -> LineIndex<'a> {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { path, shared_path: Arc::from(path), text, starts, last: RefCell::new(None) }
    }

    /// The file indexed.
    pub fn path(&self) -> &'a Path {
        self.path
    }

    /// The 1-based line holding byte `at`.
    pub fn line_of(&self, at: usize) -> usize {
        self.starts.partition_point(|s| *s <= at.min(self.text.len())).max(1)
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(start) = line.checked_sub(1).and_then(|i| self.starts.get(i)).copied() else { return "" };
        let end = self.starts.get(line).map_or(self.text.len(), |e| e.saturating_sub(1));
        self.text.get(start..end.max(start)).unwrap_or("").trim_end_matches('\r')
    }

    /// The text of 1-based `line` for a span: one shared copy for the spans
    /// of a line in a row (the cells of a CSV row ask one after another).
    fn shared_line(&self, line: usize) -> Arc<str> {
        let mut last = self.last.borrow_mut();
        match &*last {
            Some((l, text)) if *l == line => text.clone(),
            _ => {
                let text: Arc<str> = self.line_text(line).into();
                *last = Some((line, text.clone()));
                text
            }
        }
    }

    /// The byte where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        line.checked_sub(1).and_then(|i| self.starts.get(i)).copied().unwrap_or(self.text.len())
    }

    /// The span of a byte range, as [`Span::from_range`] gives it.
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        let start = floor_char_boundary(self.text, range.start.min(self.text.len()));
        let line = self.line_of(start);
        let line_start = self.line_start(line);
        let text = self.line_text(line);
        let column = self.text[line_start..start].chars().count() + 1;
        let end = floor_char_boundary(self.text, range.end.min(self.text.len())).max(start);
        let marked_end = end.min(line_start + text.len()).max(start);
        let len = self.text[start..marked_end].chars().count().max(1);
        Span {
            path: self.shared_path.clone(),
            line,
            column,
            len,
            source_line: Some(self.shared_line(line)),
            sheet: None,
        }
    }

    /// The span of a 1-based line and column, `len` characters long.
    pub fn at(&self, line: usize, column: usize, len: usize) -> Span {
        let text = (line >= 1 && line <= self.starts.len()).then(|| self.shared_line(line));
        Span { path: self.shared_path.clone(), line, column, len: len.max(1), source_line: text, sheet: None }
    }
}

fn serialize_path<S: serde::Serializer>(path: &Arc<Path>, s: S) -> Result<S::Ok, S::Error> {
    path.as_ref().serialize(s)
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A 1-based column number as Excel names it: 1 → `A`, 27 → `AA`.
pub(crate) fn column_letters(mut column: usize) -> String {
    let mut letters = Vec::new();
    while column > 0 {
        let rem = (column - 1) % 26;
        letters.push(b'A' + rem as u8);
        column = (column - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(sheet) = &self.sheet {
            // `plan.xlsx: Sheet1!D14`, as Excel names a cell.
            return match self.cell_name() {
                Some(cell) => write!(f, "{}: {sheet}!{cell}", self.path.display()),
                None => write!(f, "{}: {sheet}", self.path.display()),
            };
        }
        if self.line == 0 {
            write!(f, "{}", self.path.display())
        } else {
            write!(f, "{}:{}:{}", self.path.display(), self.line, self.column)
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The input cannot be used as it is.
    Error,
    /// The input is usable but probably not what the author meant.
    Warning,
    /// Known and accepted (a document's printed error kept as printed).
    Note,
}

impl Severity {
    fn label(self) -> Text {
        match self {
            Severity::Error => Text::SeverityError,
            Severity::Warning => Text::SeverityWarning,
            Severity::Note => Text::SeverityNote,
        }
    }
}

/// What a diagnostic is about, as data: accepted discrepancies and tools
/// compare these, never the sentence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Subject {
    /// An indicator, one of its components, at a period.
    Indicator {
        /// Indicator id.
        id: String,
        /// Component id, for a finding about a component (`A / orang`).
        #[serde(skip_serializing_if = "Option::is_none")]
        component: Option<String>,
        /// The period being evaluated.
        #[serde(skip_serializing_if = "Option::is_none")]
        period: Option<String>,
    },
    /// A cell of a printed table: table id, row (kode or uraian), column.
    Cell {
        /// Table id.
        table: String,
        /// Row kode (or uraian when the row has no kode).
        row: String,
        /// Column name(s), `a+b` for a finding about several.
        #[serde(skip_serializing_if = "Option::is_none")]
        column: Option<String>,
    },
    /// A rule script.
    Rule {
        /// The rule name (`standard/positif`) or validation rule id.
        name: String,
    },
}

/// A user-facing problem: what (a [`Kind`]), how serious, where and about what.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// What is wrong, with its parameters; its code is stable.
    pub kind: Kind,
    /// Error, warning or accepted note.
    pub severity: Severity,
    /// Where, when known.
    pub span: Option<Span>,
    /// What it is about, when known.
    pub subject: Option<Subject>,
    /// How to fix it, when the kind's own help does not fit.
    pub help: Option<Text>,
    /// Further facts ("and 2 more problems", "accepted: …").
    pub notes: Vec<Text>,
    /// The validation rule (`rules/validation/*.toml` id) that found it.
    pub check: Option<String>,
}

impl Diagnostic {
    /// An error of `kind`, with no location yet.
    pub fn error(kind: impl Into<Kind>) -> Diagnostic {
        Diagnostic {
            kind: kind.into(),
            severity: Severity::Error,
            span: None,
            subject: None,
            help: None,
            notes: Vec::new(),
            check: None,
        }
    }

    /// A warning of `kind`, with no location yet.
    pub fn warning(kind: impl Into<Kind>) -> Diagnostic {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(kind) }
    }

    /// The same finding as a warning: what stops nothing here (a table cell
    /// no indicator uses, a link a walk skips, a workbook in a folder).
    pub(crate) fn into_warning(mut self) -> Diagnostic {
        self.severity = Severity::Warning;
        self
    }

    /// The stable code of its kind (`number/garbled`).
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// Attaches a location.
    pub fn with_span(mut self, span: Span) -> Diagnostic {
        self.span = Some(span);
        self
    }

    /// Attaches a hint, replacing the kind's own.
    pub fn with_help(mut self, help: impl Into<Text>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Adds a note.
    pub fn with_note(mut self, note: Text) -> Diagnostic {
        self.notes.push(note);
        self
    }

    /// Says what it is about.
    pub fn about(mut self, subject: Subject) -> Diagnostic {
        self.subject = Some(subject);
        self
    }

    /// Names the indicator and period being evaluated (keeping a component
    /// already named).
    pub fn in_indicator(mut self, indicator: &str, period: Option<&str>) -> Diagnostic {
        let component = match &self.subject {
            Some(Subject::Indicator { component, .. }) => component.clone(),
            _ => None,
        };
        self.subject =
            Some(Subject::Indicator { id: indicator.to_string(), component, period: period.map(str::to_string) });
        self
    }

    /// The one-sentence message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.kind.message(lang)
    }

    /// The hint in `lang`: the explicit one, else the kind's own, if any.
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        match &self.help {
            Some(h) => Some(h.message(lang)),
            None => self.kind.help(lang),
        }
    }

    /// Renders the diagnostic the way compilers do, for a terminal:
    /// `error[code]: message`, the location with a caret, then what it is
    /// about, notes and help.
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}[{}]: {}", self.severity.label().message(lang), self.code(), self.message(lang));
        if let Some(span) = &self.span {
            let _ = writeln!(out, "  --> {span}");
            if let Some(text) = &span.source_line {
                let number = span.line.to_string();
                let pad = " ".repeat(number.len());
                let _ = writeln!(out, " {pad} |");
                let _ = writeln!(out, " {number} | {}", escape_controls(text, true));
                let before: String = text
                    .chars()
                    .take(span.column.saturating_sub(1))
                    .map(|c| if c == '\t' { '\t' } else { ' ' })
                    .collect();
                let _ = writeln!(out, " {pad} | {before}{}", "^".repeat(span.len.max(1)));
            }
        }
        if let Some(Subject::Indicator { id, component, period }) = &self.subject {
            let id = match component {
                Some(c) => format!("{id} / {c}"),
                None => id.clone(),
            };
            let context = match period {
                Some(p) => Text::WhileEvaluatingAt { indicator: id, period: p.clone() },
                None => Text::WhileEvaluating { indicator: id },
            };
            let _ = writeln!(out, "  = {}", context.message(lang));
        }
        for note in &self.notes {
            let _ = writeln!(out, "  = {}: {}", Text::LabelNote.message(lang), note.message(lang));
        }
        if let Some(help) = self.help_text(lang) {
            let _ = writeln!(out, "  = {}: {help}", Text::LabelHelp.message(lang));
        }
        out
    }

    /// The machine-readable form: the stable code and parameters beside the
    /// sentence in `lang`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let mut v = serde_json::json!({
            "code": self.code(),
            "severity": self.severity,
            "message": self.message(lang),
        });
        let params: serde_json::Map<String, serde_json::Value> =
            self.kind.args(lang).into_iter().map(|(k, v)| (k.to_string(), v.into())).collect();
        if !params.is_empty() {
            v["params"] = params.into();
        }
        if let Some(span) = &self.span {
            v["span"] = serde_json::to_value(span).unwrap_or_default();
        }
        if let Some(subject) = &self.subject {
            v["subject"] = serde_json::to_value(subject).unwrap_or_default();
        }
        if let Some(help) = self.help_text(lang) {
            v["help"] = help.into();
        }
        if !self.notes.is_empty() {
            v["notes"] = self.notes.iter().map(|n| n.message(lang)).collect::<Vec<_>>().into();
        }
        if let Some(check) = &self.check {
            v["check"] = check.clone().into();
        }
        v
    }
}

/// Serialised the way `--errors json` writes it, in English; use
/// [`Diagnostic::to_json`] for another language.
impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.to_json(Lang::En).serialize(s)
    }
}

impl std::fmt::Display for Diagnostic {
    /// English, for logs and panics; users get [`Diagnostic::render`] in their language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The Markdown table of every diagnostic code with its message in each
/// language, parameters shown as `‹name›`: the list in `docs/errors.md` is
/// this text, and a test keeps it so.
pub fn codes_reference() -> String {
    let mut out = String::from("| code | English | Bahasa Indonesia |\n|---|---|---|\n");
    for (code, params) in Kind::ENTRIES {
        let placeholders: Vec<String> = params.iter().map(|p| format!("‹{p}›")).collect();
        let args: Vec<(&str, &str)> = params.iter().copied().zip(placeholders.iter().map(String::as_str)).collect();
        let id = crate::lang::message_id(code);
        let cell =
            |lang: Lang| lang.format(&id, None, &args).unwrap_or_default().replace('|', "\\|").replace('\n', " ");
        out.push_str(&format!("| `{code}` | {} | {} |\n", cell(Lang::En), cell(Lang::Id)));
    }
    out
}

/// Text from a file as a terminal, a table or a spreadsheet may show it:
/// control characters (an escape sequence that colours the terminal, a
/// newline that forges a table row) written out as `\u{1b}`, `\n`. Tabs stay
/// only where `keep_tabs` says so (source lines).
pub(crate) fn escape_controls(text: &str, keep_tabs: bool) -> std::borrow::Cow<'_, str> {
    // Printable ASCII, most cells of a report, is looked at a byte at a time.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b))
        || !text.chars().any(|c| (c.is_control() || is_invisible(c)) && !(keep_tabs && c == '\t'))
    {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' if keep_tabs => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || is_invisible(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Characters that change how text reads without showing: bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C)
/// that reverse the rest of a line, and zero-width characters (U+200B–U+200D,
/// U+2060, U+FEFF) that make two ids look the same.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// Suggests the closest of `candidates` to `word`, for "did you mean" hints.
pub(crate) fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
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
    use crate::lang::message_id;

    #[test]
    fn names_workbook_cells_as_excel_does() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(4), "D");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(703), "AAA");
        let span = Span::cell(Path::new("isi.xlsx"), "Sheet1", 14, 4);
        assert_eq!(span.to_string(), "isi.xlsx: Sheet1!D14");
        assert_eq!(Span::sheet(Path::new("isi.xlsx"), "Data").to_string(), "isi.xlsx: Data");
    }

    #[test]
    fn renders_caret_under_the_span() {
        let src = "a = 1\ntarget = \"8356,00%,51%\"\n";
        let span = Span::from_range(Path::new("p.toml"), src, 15..29);
        let kind = Kind::NumberUnexpectedCharacter {
            text: "8356,00%,51%".into(),
            convention: "id".into(),
            character: "%".into(),
        };
        let d = Diagnostic::error(kind).with_span(span).with_help(Text::NumberIdConvention);
        let text = d.render(Lang::En);
        assert!(text.starts_with("error[number/unexpected-character]: `8356,00%,51%` is not a number"), "{text}");
        assert!(text.contains("--> p.toml:2:10"), "{text}");
        assert!(text.contains(" 2 | target = \"8356,00%,51%\""), "{text}");
        assert!(text.contains("         ^^^^^^^^^^^^^^"), "{text}");
        assert!(text.contains("= help: Indonesian convention"), "{text}");
        let id = d.render(Lang::Id);
        assert!(id.starts_with("galat[number/unexpected-character]: `8356,00%,51%` bukan angka"), "{id}");
        assert!(id.contains("= saran: konvensi Indonesia"), "{id}");
    }

    /// Every code of every catalogue enum has a message in every language,
    /// with each parameter it declares and no other, and the catalogues
    /// hold nothing that is no code.
    #[test]
    fn every_code_has_a_message_in_every_language() {
        let entries: Vec<(&str, &[&str])> = Kind::ENTRIES.iter().chain(Text::ENTRIES).copied().collect();
        let mut codes = std::collections::HashSet::new();
        for (code, params) in &entries {
            assert!(codes.insert(*code), "code {code} is declared twice");
            let id = message_id(code);
            let args: Vec<(&str, &str)> = params.iter().map(|p| (*p, "\u{1}")).collect();
            for lang in Lang::ALL {
                let text = lang.format(&id, None, &args);
                let Some(text) = text else {
                    panic!("locales/{}.ftl has no message {id} (or a parameter is misspelt)", lang.name())
                };
                for p in params.iter() {
                    assert!(
                        text.contains('\u{1}')
                            || lang.format(&id, Some("help"), &args).is_some_and(|h| h.contains('\u{1}')),
                        "locales/{}.ftl: {id} uses none of its parameters ({p})",
                        lang.name()
                    );
                }
            }
        }
        for lang in Lang::ALL {
            let source = match lang {
                Lang::Id => include_str!("../../locales/id.ftl"),
                _ => include_str!("../../locales/en.ftl"),
            };
            for line in source.lines() {
                let Some((id, _)) = line.split_once(" = ") else { continue };
                // `cli-…` is the command line's own help (src/cli/help.rs checks it),
                // `fn-…` the function reference (src/lib.rs checks it).
                if line.starts_with([' ', '#']) || id == "cli" || id.starts_with("cli-") || id.starts_with("fn-") {
                    continue;
                }
                assert!(
                    entries.iter().any(|(c, _)| message_id(c) == id),
                    "locales/{}.ftl has message {id}, which is no code",
                    lang.name()
                );
            }
        }
    }

    #[test]
    fn the_line_index_agrees_with_a_scan_and_ignores_carriage_returns() {
        let lf = "a = 1\nb = \"x\"\n\nlast";
        let index = LineIndex::new(Path::new("f"), lf);
        for start in 0..lf.len() {
            assert_eq!(index.span(start..start + 1), Span::from_range(Path::new("f"), lf, start..start + 1), "{start}");
        }
        let crlf = "h1,h2\r\nu,A\r\nu,B\r\n";
        let index = LineIndex::new(Path::new("f"), crlf);
        assert_eq!(index.line_of(crlf.find("u,B").unwrap()), 3);
        assert_eq!(index.line_text(3), "u,B");
        assert_eq!(index.span(crlf.find("B").unwrap()..crlf.find("B").unwrap() + 1).column, 3);
    }

    #[test]
    fn suggests_close_words_only() {
        assert_eq!(suggest("realisai", ["realisasi", "target"]), Some("realisasi"));
        assert_eq!(suggest("zzz", ["realisasi", "target"]), None);
    }
}
