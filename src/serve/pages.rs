//! The pages, as HTML built with maud, which escapes every value it
//! inserts: a hostile file name, indicator name or message cannot add
//! markup. Every word is a catalogue entry in the page's language; the
//! table's cells and numbers are the terminal table's (Indonesian number
//! style); the stylesheet is the chapter report's plus a few lines.
//! No script: the upload is a plain multipart form, the filters a GET form.

use super::session::Session;
use crate::diagnostic::{Diagnostic, Severity, Text};
use crate::eval::{IndicatorResult, Status};
use crate::lang::Lang;
use crate::number::Convention;
use crate::report::lapkin::Chapter;
use axum::response::Html;
use maud::{DOCTYPE, Markup, html};

/// The page's own lines after the report's stylesheet (screen, not A4).
const PAGE_STYLE: &str = "
body { max-width: 60rem; padding: 0 1rem 2rem; font-size: 11pt; }
nav { display: flex; gap: 1.2rem; padding: .6rem 0; border-bottom: 2px solid #2f6c9f; margin-bottom: 1rem; }
nav a { color: #2f6c9f; text-decoration: none; font-weight: bold; }
nav .brand { color: #111; }
form.upload fieldset { margin: 0 0 1rem; border: 1px solid #999; }
form.upload label { display: block; margin: .4rem 0; }
button { padding: .3rem 1rem; font-size: 11pt; }
.problems td.error { color: #8a1c1c; font-weight: bold; }
.problems td.warning { color: #8a5a00; }
form.filter { margin: .5rem 0; }
pre.explain { background: #f6f6f6; border: 1px solid #ccc; padding: .8rem; overflow-x: auto; font-size: 9.5pt; }
ul.downloads li { margin: .3rem 0; }
";

/// The stylesheet served at `/style.css`.
pub(crate) fn stylesheet() -> String {
    format!("{}{PAGE_STYLE}", crate::report::lapkin::style())
}

fn t(lang: Lang, text: Text) -> String {
    text.message(lang)
}

/// Every page's frame: title, navigation, content.
fn layout(lang: Lang, title: &str, body: Markup) -> Html<String> {
    let page = html! {
        (DOCTYPE)
        html lang=(lang.name()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " — capaian" }
                link rel="stylesheet" href="/style.css";
            }
            body {
                nav {
                    a.brand href="/" { "capaian" }
                    a href="/" { (t(lang, Text::ServeNavUpload)) }
                    a href="/aturan" { (t(lang, Text::ServeNavRules)) }
                }
                main { h1 { (title) } (body) }
            }
        }
    };
    Html(page.into_string())
}

/// The upload form, with the problems of a refused upload above it.
pub(crate) fn upload(lang: Lang, problems: &[Diagnostic]) -> Html<String> {
    let quarters = (1..=4).map(|q| (format!("q{q}"), t(lang, Text::ServePeriodQuarter { n: roman(q) })));
    let months = (1..=12).map(|m| (format!("m{m:02}"), t(lang, Text::ServePeriodMonth { month: format!("m{m}") })));
    let body = html! {
        @if !problems.is_empty() { (problem_table(lang, problems)) }
        p { (t(lang, Text::ServeUploadIntro)) }
        form.upload method="post" action="/unggah" enctype="multipart/form-data" {
            fieldset {
                legend { (t(lang, Text::ServeUploadFiles)) }
                input type="file" name="files" multiple accept=".toml,.csv,.tsv,.xlsx,.xlsm,.ods";
                p.note { (t(lang, Text::ServeUploadLimits {
                    files: super::limits::MAX_FILES.to_string(),
                    size: format!("{} MiB", super::limits::MAX_BODY >> 20),
                    rows: super::limits::MAX_ROWS.to_string(),
                })) }
            }
            fieldset {
                legend { (t(lang, Text::ServeUploadPeriod)) }
                label {
                    select name="period" {
                        option value="" selected { (t(lang, Text::ServePeriodYear)) }
                        option value="every-quarter" { (t(lang, Text::ServePeriodEveryQuarter)) }
                        @for (value, label) in quarters.chain(months) { option value=(value) { (label) } }
                    }
                }
                label {
                    (t(lang, Text::ServeUploadCompare)) " "
                    input type="text" name="compare" placeholder="2023, 2022" size="16";
                }
            }
            button type="submit" { (t(lang, Text::ServeUploadSubmit)) }
        }
    };
    layout(lang, &t(lang, Text::ServeUploadTitle), body)
}

fn roman(n: u8) -> String {
    ["I", "II", "III", "IV"].get(usize::from(n).saturating_sub(1)).unwrap_or(&"").to_string()
}

/// A page for a request that failed: its problems, and the way back.
pub(crate) fn problem(lang: Lang, problems: &[Diagnostic]) -> Html<String> {
    let body = html! {
        (problem_table(lang, problems))
        p { a href="/" { (t(lang, Text::ServeBack)) } }
    };
    layout(lang, &t(lang, Text::ServeProblemTitle), body)
}

/// Problems with the workbook, sheet and cell (or line) they point at.
fn problem_table(lang: Lang, problems: &[Diagnostic]) -> Markup {
    html! {
        table.problems {
            thead { tr {
                th { (t(lang, Text::ServeColSeverity)) }
                th { (t(lang, Text::ServeColFile)) }
                th { (t(lang, Text::ServeColSheet)) }
                th { (t(lang, Text::ServeColPlace)) }
                th { (t(lang, Text::ServeColProblem)) }
            } }
            tbody {
                @for d in problems {
                    @let (class, label) = match d.severity {
                        Severity::Error => ("error", Text::SeverityError),
                        Severity::Warning => ("warning", Text::SeverityWarning),
                        _ => ("note", Text::SeverityNote),
                    };
                    @let span = d.span.as_ref();
                    tr {
                        td class=(class) { (t(lang, label)) " " code { (d.code()) } }
                        td { (span.map(|s| s.path.display().to_string()).unwrap_or_default()) }
                        td { (span.and_then(|s| s.sheet.clone()).unwrap_or_default()) }
                        td { (span.map(place).unwrap_or_default()) }
                        td {
                            (d.message(lang))
                            @if let Some(help) = d.help_text(lang) { br; small { (help) } }
                        }
                    }
                }
            }
        }
    }
}

/// A cell name in a workbook, `line:column` in a text file.
fn place(span: &crate::diagnostic::Span) -> String {
    match span.cell_name() {
        Some(cell) => cell,
        None if span.line > 0 => format!("{}:{}", span.line, span.column),
        None => String::new(),
    }
}

/// The results page's filters (GET parameters).
#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct Filter {
    /// A status name (`ok`, `no_data`, …); empty: all.
    #[serde(default)]
    pub status: String,
    /// A kategori as the results write it; empty: all.
    #[serde(default)]
    pub kategori: String,
}

/// The results grouped by sasaran, the summaries, and the problems.
pub(crate) fn results(lang: Lang, id: &str, session: &Session, filter: &Filter) -> Html<String> {
    let all = &session.report.results;
    let shown: Vec<(usize, &IndicatorResult)> = all
        .iter()
        .enumerate()
        .filter(|(_, r)| filter.status.is_empty() || r.status.name() == filter.status)
        .filter(|(_, r)| filter.kategori.is_empty() || r.kategori.as_deref() == Some(filter.kategori.as_str()))
        .collect();
    let mut kategori: Vec<&str> = all.iter().filter_map(|r| r.kategori.as_deref()).collect();
    kategori.sort_unstable();
    kategori.dedup();
    // Groups by plan, unit and sasaran, in the order they first appear.
    type Key<'a> = (&'a std::path::Path, &'a str, Option<&'a str>);
    let mut groups: Vec<(Key<'_>, Vec<(usize, &IndicatorResult)>)> = Vec::new();
    for (i, r) in &shown {
        let key = (&*r.plan, &*r.unit, r.sasaran.as_deref());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, rows)) => rows.push((*i, r)),
            None => groups.push((key, vec![(*i, r)])),
        }
    }
    let body = html! {
        p {
            (t(lang, Text::ServeResultsOf { files: session.files.join(", ") })) " "
            a href={ "/unduh/" (id) } { (t(lang, Text::ServeNavDownloads)) }
        }
        form.filter method="get" {
            label { (t(lang, Text::ServeFilterStatus)) " "
                select name="status" {
                    option value="" { (t(lang, Text::ServeFilterAll)) }
                    @for s in [Status::Ok, Status::NoData, Status::NoTarget, Status::NotComputable, Status::Error] {
                        option value=(s.name()) selected[filter.status == s.name()] { (s.label(lang)) }
                    }
                }
            }
            " "
            label { (t(lang, Text::ServeFilterKategori)) " "
                select name="kategori" {
                    option value="" { (t(lang, Text::ServeFilterAll)) }
                    @for k in &kategori { option value=(k) selected[filter.kategori == *k] { (k) } }
                }
            }
            " " button type="submit" { (t(lang, Text::ServeFilterApply)) }
        }
        @if groups.is_empty() { p { (t(lang, Text::ServeNoResults)) } }
        @for ((plan, unit, sasaran), rows) in &groups {
            @let refs: Vec<&IndicatorResult> = rows.iter().map(|(_, r)| *r).collect();
            @let (headers, cells) = crate::report::page_cells(&refs, Convention::Id, lang);
            h2 { (sasaran.map_or_else(|| t(lang, Text::LapkinNoSasaran), str::to_string)) }
            p.sub { (unit) " · " (plan.display().to_string()) }
            table.results {
                thead { tr { @for (h, _) in &headers { th { (h) } } th {} } }
                tbody {
                    @for ((i, _), row) in rows.iter().zip(&cells) {
                        tr {
                            @for ((_, numeric), cell) in headers.iter().zip(row) {
                                td class=[numeric.then_some("n")] { (cell) }
                            }
                            td { a href={ "/penjelasan/" (id) "/" (i) } { (t(lang, Text::ServeExplainLink)) } }
                        }
                    }
                }
            }
        }
        h2 { (t(lang, Text::ServeSummarySasaran)) }
        @for c in &session.chapters { (summary(lang, c)) }
        h2 { (t(lang, Text::ServeSummaryUnit)) }
        (unit_summary(lang, all))
        @if !session.problems.is_empty() {
            h2 { (t(lang, Text::ServeProblems)) }
            (problem_table(lang, &session.problems))
        }
    };
    layout(lang, &t(lang, Text::ServeResultsTitle), body)
}

/// One unit's sasaran with the chapter's mean capaian (the LKjIP rule).
fn summary(lang: Lang, chapter: &Chapter) -> Markup {
    let num = |d: rust_decimal::Decimal| crate::number::format_grouped(d, Convention::Id);
    html! {
        table.summary {
            thead { tr {
                th { (t(lang, Text::ColumnUnit)) }
                th { (t(lang, Text::LapkinSasaran)) }
                th { (t(lang, Text::ServeColCounted)) }
                th { (t(lang, Text::ServeColMean)) }
            } }
            tbody {
                @for g in &chapter.groups {
                    tr {
                        td { (chapter.unit) }
                        td { (g.sasaran.clone().unwrap_or_else(|| t(lang, Text::LapkinNoSasaran))) }
                        td.n { (g.counted) }
                        td.n { (g.average.map(num).unwrap_or_default()) }
                    }
                }
            }
        }
    }
}

/// Each unit's results counted by status.
fn unit_summary(lang: Lang, results: &[IndicatorResult]) -> Markup {
    let statuses = [Status::Ok, Status::NoData, Status::NoTarget, Status::NotComputable, Status::Error];
    let mut units: Vec<&str> = Vec::new();
    for r in results {
        if !units.contains(&&*r.unit) {
            units.push(&r.unit);
        }
    }
    html! {
        table.summary {
            thead { tr {
                th { (t(lang, Text::ColumnUnit)) }
                th { (t(lang, Text::ServeColResults)) }
                @for s in statuses { th { (s.label(lang)) } }
            } }
            tbody {
                @for u in &units {
                    @let of: Vec<&IndicatorResult> = results.iter().filter(|r| *r.unit == **u).collect();
                    tr {
                        td { (u) }
                        td.n { (of.len()) }
                        @for s in statuses { td.n { (of.iter().filter(|r| r.status == s).count()) } }
                    }
                }
            }
        }
    }
}

/// One result's explanation: the same text as `capaian explain`.
pub(crate) fn explanation(lang: Lang, id: &str, r: &IndicatorResult, text: &str) -> Html<String> {
    let body = html! {
        p { a href={ "/hasil/" (id) } { (t(lang, Text::ServeBackToResults)) } }
        h2 { (r.indicator) " — " (r.name) " (" (r.period.to_string()) ")" }
        pre.explain { (text) }
    };
    layout(lang, &t(lang, Text::ServeExplainTitle), body)
}

/// The downloads of an upload: per unit the report, the results, and each
/// plan's collection workbooks.
pub(crate) fn downloads(lang: Lang, id: &str, templates: &[(usize, Vec<String>)], session: &Session) -> Html<String> {
    let body = html! {
        p { a href={ "/hasil/" (id) } { (t(lang, Text::ServeBackToResults)) } }
        h2 { (t(lang, Text::ServeDownloadReport)) }
        ul.downloads {
            @for c in &session.chapters {
                li { (c.unit) ": "
                    a href={ "/unduh/" (id) "/laporan/" (c.unit) "/xlsx" } { "XLSX" } " · "
                    a href={ "/unduh/" (id) "/laporan/" (c.unit) "/html" } { "HTML" }
                }
            }
        }
        h2 { (t(lang, Text::ServeDownloadResults)) }
        ul.downloads {
            li { a href={ "/unduh/" (id) "/hasil.csv" } { "CSV" } " · " a href={ "/unduh/" (id) "/hasil.json" } { "JSON" } }
        }
        h2 { (t(lang, Text::ServeDownloadTemplates)) }
        p.note { (t(lang, Text::ServeDownloadTemplatesNote)) }
        @for (plan, files) in templates {
            h3 { (session.plans[*plan].path.display().to_string()) }
            ul.downloads {
                @for (n, f) in files.iter().enumerate() {
                    li { a href={ "/unduh/" (id) "/template/" (plan) "/" (n) } { (f) } }
                }
            }
        }
    };
    layout(lang, &t(lang, Text::ServeDownloadsTitle), body)
}

/// The rule library in use: every rule by name, with where it comes from.
pub(crate) fn rules(lang: Lang, places: &[String], names: &[String]) -> Html<String> {
    let body = html! {
        p { (t(lang, Text::ServeRulesIntro)) }
        ul { @for p in places { li { code { (p) } } } }
        ul {
            @for n in names { li { a href={ "/aturan/" (n) } { code { (n) } } } }
        }
    };
    layout(lang, &t(lang, Text::ServeRulesTitle), body)
}

/// One rule: its documentation (the leading comments) and its source.
pub(crate) fn rule(lang: Lang, name: &str, path: &str, source: &str) -> Html<String> {
    let doc: Vec<&str> = source
        .lines()
        .take_while(|l| l.trim_start().starts_with("//") || l.trim().is_empty())
        .map(|l| l.trim_start().trim_start_matches('/').trim_start_matches('!').trim())
        .collect();
    let body = html! {
        p { a href="/aturan" { (t(lang, Text::ServeNavRules)) } " · " code { (path) } }
        h2 { (t(lang, Text::ServeRuleDoc)) }
        p { (doc.join(" ").trim()) }
        h2 { (t(lang, Text::ServeRuleSource)) }
        pre.explain { (source) }
    };
    layout(lang, name, body)
}
