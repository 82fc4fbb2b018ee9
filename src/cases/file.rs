//! Reading case files.

use crate::diagnostic::{Diagnostic, Span};
use crate::eval::Status;
use crate::model::{Indicator, Period};
use crate::number::Convention;
use crate::plan::toml_value::{Source, get};
use crate::plan::{LoadError, read_indicator};
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

const FILE_KEYS: &[&str] = &["rule", "numbers", "plan", "year", "case"];
const CASE_KEYS: &[&str] = &["name", "source", "rule", "plan", "year", "period", "indicator", "expect"];
const EXPECT_KEYS: &[&str] =
    &["value", "realisasi", "target", "capaian", "nilai", "kategori", "status", "message", "decimals"];

/// One case file.
#[derive(Debug, Clone)]
pub struct CaseFile {
    /// The file.
    pub path: PathBuf,
    /// Its cases, in file order.
    pub cases: Vec<Case>,
}

/// Which indicator a case evaluates.
#[derive(Debug, Clone)]
pub enum IndicatorRef {
    /// An indicator written in the case itself.
    Inline(Box<Indicator>),
    /// An indicator of a plan file, by id.
    InPlan {
        /// The plan file (resolved against the case file's folder).
        plan: PathBuf,
        /// The indicator id.
        id: String,
    },
}

/// One case.
#[derive(Debug, Clone)]
pub struct Case {
    /// The case's name.
    pub name: String,
    /// Where the expected figures come from.
    pub source: Option<String>,
    /// The indicator.
    pub indicator: IndicatorRef,
    /// The plan year for inline indicators.
    pub year: Option<i32>,
    /// The period evaluated.
    pub period: Option<Period>,
    /// A rule that replaces the plan indicator's rule (`rule` of the case or file).
    pub rule: Option<crate::model::Located<String>>,
    /// What must come out.
    pub expect: Expect,
    /// Where the case is written (its whole `[[case]]` text).
    pub span: Span,
    /// The case's text, shown with failures.
    pub text: String,
}

/// Expected results; `None` fields are not checked.
#[derive(Debug, Clone, Default)]
pub struct Expect {
    /// Expected value / realisasi.
    pub value: Option<rust_decimal::Decimal>,
    /// Expected target (text as written, compared as a number when single).
    pub target: Option<crate::number::Target>,
    /// Expected capaian.
    pub capaian: Option<rust_decimal::Decimal>,
    /// Expected nilai.
    pub nilai: Option<rust_decimal::Decimal>,
    /// Expected kategori.
    pub kategori: Option<String>,
    /// Expected status name (default `ok`).
    pub status: String,
    /// Text the message must contain.
    pub message: Option<String>,
    /// Compare numbers after rounding both sides half-up to this many decimals.
    pub decimals: Option<u32>,
}

/// Finds case files under `root`: `*.toml` files in folders named `tests`
/// that contain `[[case]]` (other TOML files there, such as bad-input
/// fixtures, are not cases).
pub fn discover(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if root.is_file() {
        out.push(root.to_path_buf());
        return out;
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().to_string();
            if p.is_dir() {
                if !name.starts_with('.') && name != "target" {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "toml")
                && dir.file_name().is_some_and(|d| d == "tests")
                && std::fs::read_to_string(&p).is_ok_and(|t| t.contains("[[case]]") || t.contains("case = ["))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out.into_iter().map(|p| crate::plan::tidy(&p)).collect()
}

/// Reads one case file.
pub fn read_case_file(path: &Path) -> Result<CaseFile, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io { path: path.to_path_buf(), source })?;
    let src = Source::new(path, &text);
    let doc = DeTable::parse(&text).map_err(|e| {
        let span = e.span().map_or_else(|| Span::file(path), |r| src.span(r));
        LoadError::Invalid(vec![Diagnostic::error(format!("invalid TOML: {}", e.message().trim())).with_span(span)])
    })?;
    let root = doc.get_ref();
    let mut problems = src.unknown_keys(root, FILE_KEYS, "a case file");
    let numbers = get(root, "numbers")
        .and_then(|v| src.named(v, "numbers").map_err(|d| problems.push(d)).ok())
        .unwrap_or_default();
    let file_rule = get(root, "rule").and_then(|v| src.located_text(v, "rule").map_err(|d| problems.push(d)).ok());
    let file_plan = get(root, "plan").and_then(|v| src.text(v, "plan").map_err(|d| problems.push(d)).ok());
    let file_year = get(root, "year").and_then(|v| src.integer(v, "year").map_err(|d| problems.push(d)).ok());
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut cases = Vec::new();
    let items: Vec<_> = match get(root, "case").map(|v| v.get_ref()) {
        Some(DeValue::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    };
    let starts: Vec<usize> = items.iter().map(|i| i.span().start).collect();
    for (i, item) in items.into_iter().enumerate() {
        let DeValue::Table(t) = item.get_ref() else {
            problems.push(src.error_at(item, "each case must be a table"));
            continue;
        };
        problems.extend(src.unknown_keys(t, CASE_KEYS, "a case"));
        let name = get(t, "name").and_then(|v| src.text(v, "name").ok()).unwrap_or_else(|| format!("case {}", i + 1));
        let year = get(t, "year").and_then(|v| src.integer(v, "year").map_err(|d| problems.push(d)).ok()).or(file_year);
        let year = year.and_then(|y| i32::try_from(y).ok());
        let period = match get(t, "period").map(|v| (v, src.text(v, "period"))) {
            Some((v, Ok(s))) => match Period::parse(&s) {
                Ok(p) => Some(p),
                Err(e) => {
                    problems.push(src.error_at(v, e.to_string()));
                    None
                }
            },
            Some((_, Err(d))) => {
                problems.push(d);
                None
            }
            None => None,
        };
        let plan = get(t, "plan").and_then(|v| src.text(v, "plan").ok()).or_else(|| file_plan.clone());
        let own_rule = get(t, "rule").and_then(|v| src.located_text(v, "rule").map_err(|d| problems.push(d)).ok());
        let case_rule = own_rule.clone().or_else(|| file_rule.clone());
        let indicator = match get(t, "indicator") {
            Some(v) => match (v.get_ref(), &plan) {
                (DeValue::String(id), Some(plan)) => IndicatorRef::InPlan { plan: dir.join(plan), id: id.to_string() },
                (DeValue::String(_), None) => {
                    problems.push(src.error_at(v, "an indicator given by id needs `plan = \"path/to/plan.toml\"`"));
                    continue;
                }
                (DeValue::Table(_), _) => {
                    let annual = year.map_or(Period::Total, Period::Year);
                    let mut ind = read_indicator(&src, v, i, numbers, annual, false);
                    if let DeValue::Table(it) = v.get_ref() {
                        if get(it, "id").is_none() {
                            ind.problems.retain(|d| !d.message.contains("has no `id`"));
                            ind.id = "case".into();
                        }
                    }
                    if ind.rule.is_none() {
                        ind.rule = case_rule.clone();
                    }
                    ind.report_periods = vec![annual];
                    IndicatorRef::Inline(Box::new(ind))
                }
                _ => {
                    problems.push(
                        src.error_at(v, "`indicator` must be an inline table or the id of an indicator of `plan`"),
                    );
                    continue;
                }
            },
            None => {
                problems.push(src.error_at(item, format!("case `{name}` has no `indicator`")));
                continue;
            }
        };
        let expect = match get(t, "expect") {
            Some(v) => match read_expect(&src, v, numbers) {
                Ok(e) => e,
                Err(mut d) => {
                    problems.append(&mut d);
                    continue;
                }
            },
            None => {
                problems.push(src.error_at(item, format!("case `{name}` has no `expect`")));
                continue;
            }
        };
        // A `[[case]]` item's span covers its header; the case runs to the next one.
        let range = item.span().start..starts.get(i + 1).copied().unwrap_or(text.len());
        cases.push(Case {
            name,
            source: get(t, "source").and_then(|v| src.text(v, "source").ok()),
            indicator,
            year,
            period,
            rule: own_rule,
            expect,
            span: src.span(range.clone()),
            text: case_text(&text, range),
        });
    }
    if problems.is_empty() {
        Ok(CaseFile { path: path.to_path_buf(), cases })
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// The lines of the file a case spans, for showing its inputs.
fn case_text(text: &str, range: std::ops::Range<usize>) -> String {
    let start = text[..range.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let end = range.end.min(text.len());
    let body = text[start..end].trim_end();
    // Drop the header of the next case if the range reached into it.
    body.strip_suffix("[[case]]").unwrap_or(body).trim_end().to_string()
}

fn read_expect(
    src: &Source<'_>,
    v: &crate::plan::toml_value::Value<'_>,
    numbers: Convention,
) -> Result<Expect, Vec<Diagnostic>> {
    let DeValue::Table(t) = v.get_ref() else {
        return Err(vec![src.error_at(v, "`expect` must be a table")]);
    };
    let mut p = src.unknown_keys(t, EXPECT_KEYS, "`expect`");
    let mut e = Expect { status: "ok".into(), ..Expect::default() };
    let num = |key: &str, p: &mut Vec<Diagnostic>| {
        get(t, key).and_then(|x| src.number(x, key, numbers).map_err(|d| p.push(d)).ok()).map(|l| l.value)
    };
    e.value = num("value", &mut p).or_else(|| num("realisasi", &mut p));
    e.capaian = num("capaian", &mut p);
    e.nilai = num("nilai", &mut p);
    e.target = get(t, "target")
        .and_then(|x| src.target(x, "target", numbers, None).map_err(|d| p.push(d)).ok())
        .map(|l| l.value);
    e.kategori = get(t, "kategori").and_then(|x| src.text(x, "kategori").map_err(|d| p.push(d)).ok());
    e.message = get(t, "message").and_then(|x| src.text(x, "message").map_err(|d| p.push(d)).ok());
    if let Some(x) = get(t, "status") {
        match src.named::<Status>(x, "status") {
            Ok(s) => e.status = s.name().to_string(),
            Err(d) => p.push(d),
        }
    }
    if let Some(x) = get(t, "decimals") {
        match src.integer(x, "decimals") {
            Ok(d) if (0..=28).contains(&d) => e.decimals = Some(d as u32),
            Ok(d) => p.push(src.error_at(x, format!("`decimals` must be 0–28, found {d}"))),
            Err(d) => p.push(d),
        }
    }
    if p.is_empty() { Ok(e) } else { Err(p) }
}
