//! Reading case files.

use super::base::overlay;
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::eval::Status;
use crate::files::{PLAN_FILE_LIMIT, Walked, boundary, normalize, read_text, walk};
use crate::model::{Indicator, Located, Period};
use crate::number::{Convention, MAX_DECIMALS};
use crate::plan::fields::Fields;
use crate::plan::toml_value::{Source, Value};
use crate::plan::{LoadError, Place, read_indicator};
use serde_spanned::Spanned;
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use toml::de::{DeString, DeValue};

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
    /// The indicator in earlier years' plans, as a rule reads it
    /// (`x.earlier`): `earlier = [{ year = 2023, target = 99, realisasi = 97 }]`.
    pub earlier: Vec<crate::eval::EarlierFigures>,
    /// What must come out.
    pub expect: Expect,
    /// Where the case is written (its whole `[[case]]` text).
    pub span: Span,
    /// Where the base indicator it changes is written, if it has one.
    pub base: Option<Span>,
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
    pub decimals: Decimals,
    /// Expected outputs of the rule, by name: a number, or text.
    pub outputs: Vec<(String, ExpectedOutput)>,
}

/// An expected output: a number (compared as numbers are) or text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ExpectedOutput {
    Number(rust_decimal::Decimal),
    Text(String),
}

/// The decimals numbers are compared at: one for every number of a case,
/// or one per field (`decimals = { value = 4, capaian = 2 }`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Decimals {
    /// For every field not named.
    pub all: Option<u32>,
    /// By field (`value`, `capaian`, `nilai`).
    pub by_field: Vec<(&'static str, u32)>,
}

impl Decimals {
    /// The decimals of `field`; `None`: compared exactly.
    pub(crate) fn of(&self, field: &str) -> Option<u32> {
        self.by_field.iter().find(|(f, _)| *f == field).map(|(_, d)| *d).or(self.all)
    }
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
        indicator: f.get("indicator"),
        bases: f.read("base", |v| src.table(v, "base")).map(|t| t.iter().collect()).unwrap_or_default(),
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
struct FileDefaults<'a, 'i> {
    numbers: Convention,
    rule: Option<Located<String>>,
    plan: Option<String>,
    year: Option<i64>,
    /// The base indicator every case's `indicator` is laid over (see [`overlay`]).
    indicator: Option<&'a Value<'i>>,
    /// Named bases (`[base.NAME]`), which a case chooses with `base = "NAME"`.
    bases: Vec<(&'a Spanned<DeString<'i>>, &'a Value<'i>)>,
    dir: &'a Path,
}

/// Reads one `[[case]]`, written in `range` of the file; any problem is
/// returned instead of the case.
fn read_case(
    src: &Source<'_>,
    item: &Value<'_>,
    i: usize,
    file: &FileDefaults<'_, '_>,
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
    let earlier = f.read("earlier", |v| read_earlier(src, v, file.numbers)).unwrap_or_default();
    let base = match f.get("base") {
        Some(v) => f.keep(named_base(src, v, file)),
        None => file.indicator,
    };
    let base_span = base
        .filter(|_| !matches!(f.get("indicator").map(|v| v.get_ref()), Some(DeValue::String(_))))
        .map(|b| src.span(b.span()));
    let given = match (f.get("indicator"), base) {
        (Some(over), Some(base)) => overlay(src, base, over).map_err(|d| f.report_all(d)).ok().map(Cow::Owned),
        (Some(v), None) | (None, Some(v)) => Some(Cow::Borrowed(v)),
        (None, None) => None,
    };
    let indicator = match given {
        Some(v) => {
            let rule = rule.clone().or_else(|| file.rule.clone());
            f.keep(read_case_indicator(src, &v, i, year, plan, rule, file))
        }
        None if f.get("indicator").is_some() => None,
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
            earlier,
            expect,
            span: src.span(range.clone()),
            base: base_span,
            text: case_text(src.text, range),
        }),
        _ => Err(problems),
    }
}

/// `earlier = [{ year = 2023, target = "99", realisasi = "97" }, …]`: the
/// indicator's figures in earlier years' plans, latest first as a run gives
/// them (`target` and `realisasi` may be left out).
fn read_earlier(
    src: &Source<'_>,
    v: &Value<'_>,
    numbers: Convention,
) -> Result<Vec<crate::eval::EarlierFigures>, Diagnostic> {
    let DeValue::Array(items) = v.get_ref() else {
        return Err(src.error_at(v, Kind::NotListOfTables { key: "earlier".into(), header: "earlier".into() }));
    };
    let mut out = Vec::new();
    for item in items {
        let t = src.table(item, "earlier")?;
        let g = Fields::new(src, t);
        let year = g.read("year", |x| src.integer(x, "earlier.year")).and_then(|y| i32::try_from(y).ok());
        let target = g.read("target", |x| src.target(x, "earlier.target", numbers, None)).map(|l| l.value);
        let realisasi = g.read("realisasi", |x| src.number(x, "earlier.realisasi", numbers)).map(|l| l.value);
        if let Some(d) = g.finish(Text::PlaceKey { key: "`earlier`".into() }).into_iter().next() {
            return Err(d);
        }
        let Some(year) = year else {
            return Err(src.error_at(item, Kind::CaseEarlierNoYear));
        };
        out.push(crate::eval::EarlierFigures { year, target, realisasi });
    }
    out.sort_by_key(|e| std::cmp::Reverse(e.year));
    Ok(out)
}

/// The base a case names with `base = "NAME"`: `[base.NAME]` of its file.
fn named_base<'a, 'i>(
    src: &Source<'_>,
    v: &Value<'_>,
    file: &FileDefaults<'a, 'i>,
) -> Result<&'a Value<'i>, Diagnostic> {
    let name = src.text(v, "base")?;
    file.bases.iter().find(|(k, _)| k.get_ref().as_ref() == name).map(|(_, b)| *b).ok_or_else(|| {
        let names: Vec<&str> = file.bases.iter().map(|(k, _)| k.get_ref().as_ref()).collect();
        let d = src.error_at(v, Kind::CaseUnknownBase { name: name.clone() });
        match crate::diagnostic::suggest(&name, names.iter().copied()) {
            Some(s) => d.with_help(Text::DidYouMean { word: s.to_string() }),
            None => d.with_help(Text::OneOf { names: names.join(", ") }),
        }
    })
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
    file: &FileDefaults<'_, '_>,
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
        decimals: f.get("decimals").map(|x| read_decimals(src, x, &f)).unwrap_or_default(),
    };
    let p = f.finish(Text::PlaceKey { key: "`expect`".into() });
    if p.is_empty() { Ok(e) } else { Err(p) }
}

/// `decimals`: a whole number for every number of the case, or a table of
/// one per field.
fn read_decimals(src: &Source<'_>, v: &Value<'_>, outer: &Fields<'_, '_>) -> Decimals {
    let one = |x: &Value<'_>| {
        let d = src.integer(x, "decimals")?;
        u32::try_from(d)
            .ok()
            .filter(|d| *d <= MAX_DECIMALS)
            .ok_or_else(|| src.error_at(x, Kind::CaseDecimals { max: MAX_DECIMALS.to_string(), found: d.to_string() }))
    };
    let DeValue::Table(t) = v.get_ref() else {
        return Decimals { all: outer.keep(one(v)), by_field: Vec::new() };
    };
    let f = Fields::new(src, t);
    let mut by_field = Vec::new();
    for (key, field) in [("value", "value"), ("realisasi", "value"), ("capaian", "capaian"), ("nilai", "nilai")] {
        if let Some(d) = f.read(key, one) {
            by_field.push((field, d));
        }
    }
    outer.report_all(f.finish(Text::PlaceKey { key: "`expect.decimals`".into() }));
    Decimals { all: None, by_field }
}
