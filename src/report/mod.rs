//! Writing a [`Report`](crate::eval::Report) as a table, JSON or CSV.

use crate::diagnostic::Diagnostic;
use crate::eval::{IndicatorResult, Report};
use crate::lang::Lang;
use crate::model::{REPORT_COLUMNS, report_headers};
use crate::number::{Convention, Target, format_grouped_scaled};
use rust_decimal::Decimal;
use std::path::Path;

/// Output formats of `capaian eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Aligned columns for a terminal.
    #[default]
    Table,
    /// `{"results": [...]}` with exact decimals.
    Json,
    /// One row per indicator-period.
    Csv,
}

/// A number as printed: English by default (`15174`, `151.74`); in the
/// Indonesian convention as the documents print it (`15.174`, `151,74`),
/// keeping its decimals (a capaian rounded to 2 stays `125,00`).
fn number_text(d: Decimal, numbers: Convention) -> String {
    match numbers {
        // The default stays plain (`15174`), as scripts reading it expect.
        Convention::En => d.to_string(),
        Convention::Id => format_grouped_scaled(d, Convention::Id),
    }
}

fn target_text(t: Target, numbers: Convention) -> String {
    match t {
        Target::Single(v) => number_text(v.normalize(), numbers),
        Target::Range(a, b) => {
            format!("{}–{}", number_text(a.normalize(), numbers), number_text(b.normalize(), numbers))
        }
    }
}

/// One row's cells; `status` is the label in `lang` for the table, the
/// machine name for CSV (`None`).
fn cells(r: &IndicatorResult, numbers: Convention, lang: Lang, status_label: bool) -> [String; 10] {
    let opt = |d: Option<Decimal>| d.map(|d| number_text(d, numbers)).unwrap_or_default();
    // A ratio is written as reports print it: 1:32.
    let as_printed = |text: String| if r.ratio && !text.is_empty() { format!("1:{text}") } else { text };
    let cells = [
        r.unit.clone(),
        r.indicator.clone(),
        r.name.clone(),
        r.period.to_string(),
        as_printed(r.target.map(|t| target_text(t, numbers)).unwrap_or_default()),
        as_printed(opt(r.realisasi)),
        opt(r.capaian),
        r.kategori.clone().unwrap_or_default(),
        if status_label { r.status.label(lang) } else { r.status.name().to_string() },
        r.message(lang).unwrap_or_default(),
    ];
    cells.map(|c| crate::diagnostic::escape_controls(&c, false).into_owned())
}

/// A CSV cell a spreadsheet would run as a formula (`=HYPERLINK(…)`,
/// `+cmd|…`, `@SUM(…)`) is written with a leading `'`, as OWASP advises;
/// numbers (`-5`, `+3.2`) are left as they are.
fn neutralise(cell: String) -> String {
    // A lone `-` (no period) is text to every spreadsheet.
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell != "-";
    let number = cell.trim_start_matches(['+', '-']).chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && cell.chars().any(|c| c.is_ascii_digit());
    if risky && !number { format!("'{cell}") } else { cell }
}

/// Renders the report in `format`, numbers in English style, messages in English.
pub fn render(report: &Report, format: Format) -> String {
    render_with(report, format, Convention::En, Lang::En)
}

/// Renders the report in `format`, with the numbers of the table and CSV
/// written in `numbers`' convention and messages, statuses and headers in
/// `lang`. Indonesian CSV is separated by `;`, as spreadsheets set to
/// Indonesian expect (the comma is the decimal mark). JSON numbers are JSON
/// numbers in every convention; JSON and CSV keep machine names (status,
/// columns) in every language.
pub fn render_with(report: &Report, format: Format, numbers: Convention, lang: Lang) -> String {
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report.to_json(lang))
                .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
            s.push('\n');
            s
        }
        Format::Csv => {
            let delimiter = if numbers == Convention::Id { b';' } else { b',' };
            let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(Vec::new());
            let _ = w.write_record(REPORT_COLUMNS);
            for r in &report.results {
                let _ = w.write_record(cells(r, numbers, lang, false).map(neutralise));
            }
            String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
        }
        Format::Table => table(report, numbers, lang),
    }
}

/// Names are long in the documents; the table shortens them, JSON and CSV
/// keep them whole.
const NAME_WIDTH: usize = 44;

fn table(report: &Report, numbers: Convention, lang: Lang) -> String {
    let mut rows: Vec<[String; 10]> = vec![report_headers(lang)];
    // Several plans of one unit (awal and revisi, two years) would print rows
    // that look alike: a line naming the plan file separates them.
    let mut plans: Vec<&std::path::Path> = report.results.iter().map(|r| r.plan.as_path()).collect();
    plans.dedup();
    let headed = plans.len() > 1;
    let mut breaks = Vec::new();
    let mut last: Option<&std::path::Path> = None;
    for r in &report.results {
        if headed && last != Some(r.plan.as_path()) {
            breaks.push((rows.len(), format!("# {}", r.plan.display())));
            last = Some(r.plan.as_path());
        }
        let mut c = cells(r, numbers, lang, true);
        if c[2].chars().count() > NAME_WIDTH {
            c[2] = c[2].chars().take(NAME_WIDTH - 1).collect::<String>() + "…";
        }
        rows.push(c);
    }
    let mut widths = [0usize; 10];
    for row in &rows {
        for (i, c) in row.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let numeric = [false, false, false, false, true, true, true, false, false, false];
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        for (_, title) in breaks.iter().filter(|(at, _)| *at == i) {
            out.push_str(title);
            out.push('\n');
        }
        let mut line = String::new();
        for (i, c) in row.iter().enumerate() {
            let pad = widths[i] - c.chars().count();
            if i > 0 {
                line.push_str("  ");
            }
            if numeric[i] {
                line.push_str(&" ".repeat(pad));
                line.push_str(c);
            } else {
                line.push_str(c);
                if i + 1 < row.len() {
                    line.push_str(&" ".repeat(pad));
                }
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Writes a report to `path` (`eval -o`): see [`crate::output::write_output`]
/// for what is refused and how it is written.
pub fn write_report(path: &Path, text: &str, inputs: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    crate::output::write_output(path, text.as_bytes(), inputs)
}
