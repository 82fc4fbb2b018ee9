//! Reading case files.

use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::eval::Status;
use crate::files::{PLAN_FILE_LIMIT, Walked, boundary, normalize, read_text, walk};
use crate::model::{Indicator, Located, Period};
use crate::number::{Convention, MAX_DECIMALS};
use crate::plan::fields::Fields;
use crate::plan::toml_value::{Source, Value};
use crate::plan::{LoadError, Place, read_indicator};
use std::path::{Path, PathBuf};
use toml::de::DeValue;

/// One case file.
#[derive(Debug, Clone)]
pub(crate) struct CaseFile {
    /// The file.
    pub path: PathBuf,
    /// Its cases, in file order.
    pub cases: Vec<Case>,
}

/// Which indicator a case evaluates.
#[derive(Debug, Clone)]
pub(crate) enum IndicatorRef {
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
pub(crate) struct Case {
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
pub(crate) struct Expect {
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
    /// Expected outputs of the rule, by name: a number, or text.
    pub outputs: Vec<(String, ExpectedOutput)>,
}

/// An expected output: a number (compared as numbers are) or text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ExpectedOutput {
    Number(rust_decimal::Decimal),
    Text(String),
}

/// Finds case files under `root`: `*.toml` files in folders named `tests`
/// that contain `[[case]]` (other TOML files there, such as bad-input
/// fixtures, are not cases); a file given by name is taken as it is. The
/// warnings are links the walk refused.
pub(crate) fn discover(root: &Path) -> Walked {
    let is_case = |p: &Path| {
        p.extension().is_some_and(|x| x == "toml")
            && p.parent().and_then(Path::file_name).is_some_and(|d| d == "tests")
            && read_text(p, PLAN_FILE_LIMIT).is_ok_and(|t| t.contains("[[case]]") || t.contains("case = ["))
    };
    let mut walked = walk(root, &[], &is_case);
    walked.files = walked.files.iter().map(|p| crate::plan::tidy(p)).collect();
    walked
}

/// Reads one case file.
pub(crate) fn read_case_file(path: &Path) -> Result<CaseFile, LoadError> {
    let text = read_text(path, PLAN_FILE_LIMIT).map_err(|d| LoadError::Invalid(vec![d]))?;
    let src = Source::new(path, &text);
    let doc = src.parse()?;
    let f = Fields::new(&src, doc.get_ref());
    let file = FileDefaults {
        numbers: f.named("numbers", "numbers").unwrap_or_default(),
        rule: f.read("rule", |v| src.located_text(v, "rule")),
        plan: f.text("plan"),
        year: f.read("year", |v| src.integer(v, "year")),
        dir: path.parent().unwrap_or(Path::new(".")),
    };
    let items: Vec<_> = match f.get("case").map(|v| v.get_ref()) {
        Some(DeValue::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    };
    let mut problems = f.finish(Text::PlaceCaseFile);
    let starts: Vec<usize> = items.iter().map(|i| i.span().start).collect();
    let mut cases = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        // A `[[case]]` item's span covers its header; the case runs to the next one.
        let range = item.span().start..starts.get(i + 1).copied().unwrap_or(text.len());
        match read_case(&src, item, i, &file, range) {
            Ok(case) => cases.push(case),
            Err(mut d) => problems.append(&mut d),
        }
    }
    if problems.is_empty() {
        Ok(CaseFile { path: path.to_path_buf(), cases })
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// What the top of a case file sets for all its cases.
struct FileDefaults<'a> {
    numbers: Convention,
    rule: Option<Located<String>>,
    plan: Option<String>,
    year: Option<i64>,
    dir: &'a Path,
}

/// Reads one `[[case]]`, written in `range` of the file; any problem is
/// returned instead of the case.
fn read_case(
    src: &Source<'_>,
    item: &Value<'_>,
    i: usize,
    file: &FileDefaults<'_>,
    range: std::ops::Range<usize>,
) -> Result<Case, Vec<Diagnostic>> {
    let DeValue::Table(t) = item.get_ref() else {
        return Err(vec![src.error_at(item, Kind::CaseNotTable)]);
    };
    let f = Fields::new(src, t);
    let name = f.text("name").unwrap_or_else(|| format!("case {}", i + 1));
    let source = f.text("source");
    let year = f.read("year", |v| src.integer(v, "year")).or(file.year).and_then(|y| i32::try_from(y).ok());
    let period = f.read("period", |v| Period::parse(&src.text(v, "period")?).map_err(|e| src.error_at(v, e)));
    let plan = f.text("plan").or_else(|| file.plan.clone());
    let rule = f.read("rule", |v| src.located_text(v, "rule"));
    let indicator = match f.get("indicator") {
        Some(v) => {
            let rule = rule.clone().or_else(|| file.rule.clone());
            f.keep(read_case_indicator(src, v, i, year, plan, rule, file))
        }
        None => {
            f.report(src.error_at(item, Kind::CaseNoIndicator { case: name.clone() }));
            None
        }
    };
    let expect = match f.get("expect") {
        Some(v) => read_expect(src, v, file.numbers).map_err(|d| f.report_all(d)).ok(),
        None => {
            f.report(src.error_at(item, Kind::CaseNoExpect { case: name.clone() }));
            None
        }
    };
    let problems = f.finish(Text::PlaceCase);
    match (indicator, expect) {
        (Some(indicator), Some(expect)) if problems.is_empty() => Ok(Case {
            name,
            source,
            indicator,
            year,
            period,
            rule,
            expect,
            span: src.span(range.clone()),
            text: case_text(src.text, range),
        }),
        _ => Err(problems),
    }
}

/// A case's indicator: the id of an indicator of `plan`, or one written
/// inline (whose `rule` defaults to the case's).
fn read_case_indicator(
    src: &Source<'_>,
    v: &Value<'_>,
    i: usize,
    year: Option<i32>,
    plan: Option<String>,
    rule: Option<Located<String>>,
    file: &FileDefaults<'_>,
) -> Result<IndicatorRef, Diagnostic> {
    match (v.get_ref(), plan) {
        (DeValue::String(id), Some(plan)) => {
            Ok(IndicatorRef::InPlan { plan: plan_inside(src, v, file.dir, &plan)?, id: id.to_string() })
        }
        (DeValue::String(_), None) => Err(src.error_at(v, Kind::CaseIndicatorNeedsPlan)),
        (DeValue::Table(_), _) => {
            let annual = year.map_or(Period::Total, Period::Year);
            let mut ind = read_indicator(src, v, i, file.numbers, annual, Place::Case);
            if ind.rule.is_none() {
                ind.rule = rule;
            }
            ind.report_periods = vec![annual];
            Ok(IndicatorRef::Inline(Box::new(ind)))
        }
        _ => Err(src.error_at(v, Kind::CaseIndicatorType)),
    }
}

/// A case's `plan`, relative to the case file's folder: not an absolute
/// path, and no `..` out of the repository (see [`boundary`]), so a case
/// file from elsewhere cannot make `capaian test` read any file it names.
fn plan_inside(src: &Source<'_>, at: &Value<'_>, dir: &Path, plan: &str) -> Result<PathBuf, Diagnostic> {
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    let root = boundary(dir);
    let inside = std::fs::canonicalize(dir)
        .ok()
        .filter(|_| !Path::new(plan).has_root())
        .and_then(|d| normalize(&d.join(plan)))
        .is_some_and(|p| p.starts_with(&root));
    if inside {
        Ok(dir.join(plan))
    } else {
        Err(src.error_at(at, Kind::CasePlanOutside { plan: plan.to_string(), root: root.display().to_string() }))
    }
}

/// `expect.outputs = { kolom_8 = 102.95, predikat = "BB" }`: a TOML number
/// or a number in text is a number (as the other expectations are read);
/// other text is text.
fn expected_outputs(
    src: &Source<'_>,
    v: &Value<'_>,
    numbers: Convention,
) -> Result<Vec<(String, ExpectedOutput)>, Diagnostic> {
    let t = src.table(v, "expect.outputs")?;
    let mut out = Vec::new();
    for (k, x) in t.iter() {
        let name = k.get_ref().to_string();
        let expected = match x.get_ref() {
            DeValue::String(s) => match src.number(x, "expect.outputs", numbers) {
                Ok(n) => ExpectedOutput::Number(n.value),
                Err(_) => ExpectedOutput::Text(s.to_string()),
            },
            _ => ExpectedOutput::Number(src.number(x, "expect.outputs", numbers)?.value),
        };
        out.push((name, expected));
    }
    Ok(out)
}

/// The lines of the file a case spans, for showing its inputs.
fn case_text(text: &str, range: std::ops::Range<usize>) -> String {
    let start = text[..range.start.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let end = range.end.min(text.len());
    let body = text[start..end].trim_end();
    // Drop the header of the next case if the range reached into it.
    body.strip_suffix("[[case]]").unwrap_or(body).trim_end().to_string()
}

fn read_expect(src: &Source<'_>, v: &Value<'_>, numbers: Convention) -> Result<Expect, Vec<Diagnostic>> {
    let DeValue::Table(t) = v.get_ref() else {
        return Err(vec![src.error_at(v, Kind::CaseExpectNotTable)]);
    };
    let f = Fields::new(src, t);
    let num = |key: &'static str| f.read(key, |x| src.number(x, key, numbers)).map(|l| l.value);
    let (value, realisasi) = (num("value"), num("realisasi"));
    let e = Expect {
        value: value.or(realisasi),
        capaian: num("capaian"),
        nilai: num("nilai"),
        target: f.read("target", |x| src.target(x, "target", numbers, None)).map(|l| l.value),
        kategori: f.text("kategori"),
        message: f.text("message"),
        status: f.named::<Status>("status", "status").unwrap_or(Status::Ok).name().to_string(),
        outputs: f.read("outputs", |x| expected_outputs(src, x, numbers)).unwrap_or_default(),
        decimals: f.read("decimals", |x| {
            let d = src.integer(x, "decimals")?;
            u32::try_from(d).ok().filter(|d| *d <= MAX_DECIMALS).ok_or_else(|| {
                src.error_at(x, Kind::CaseDecimals { max: MAX_DECIMALS.to_string(), found: d.to_string() })
            })
        }),
    };
    let p = f.finish(Text::PlaceKey { key: "`expect`".into() });
    if p.is_empty() { Ok(e) } else { Err(p) }
}
