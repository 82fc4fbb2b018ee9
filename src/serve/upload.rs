//! An upload evaluated: its files read as plans from memory (a file that
//! cannot be read is a problem listed beside the others' results), filled
//! collection workbooks merged into the plan they were made from as
//! `capaian collect` merges them, the period and earlier years chosen, and
//! the plans evaluated as `capaian eval` evaluates them.

use super::limits::{Form, MAX_ROWS, rows};
use super::session::Session;
use crate::collect::{changes, is_filled, merge_checked, read_filled};
use crate::diagnostic::{Diagnostic, Kind, Severity, Span, Text};
use crate::eval::{EvalOptions, Evaluator, RulesFor};
use crate::lang::Lang;
use crate::model::{Granularity, Period, Plan};
use crate::plan::load_bytes;
use crate::report::lapkin::{Chapter, lapkin};
use crate::rules::RuleStore;
use std::path::Path;
use std::sync::Arc;

/// Reads and evaluates an upload; `Err` when nothing in it can be
/// evaluated (every file unreadable, or a limit passed).
pub(crate) fn evaluate(form: Form, rules: Arc<dyn RuleStore>, lang: Lang) -> Result<Session, Vec<Diagnostic>> {
    let mut problems = Vec::new();
    let mut plans: Vec<Plan> = Vec::new();
    // The plan files' texts, for merging filled workbooks into them.
    let mut texts: Vec<(usize, String)> = Vec::new();
    let files: Vec<String> = form.files.iter().map(|(name, _)| name.clone()).collect();
    let (filled, plan_files): (Vec<_>, Vec<_>) = form
        .files
        .into_iter()
        .partition(|(name, bytes)| name.to_ascii_lowercase().ends_with(".xlsx") && is_filled(bytes));
    for (name, bytes) in plan_files {
        let text = std::str::from_utf8(&bytes).ok().map(str::to_string);
        match load_bytes(&name, bytes, None) {
            Ok(loaded) => {
                problems.extend(loaded.warnings);
                if let (Some(text), [_]) = (text, loaded.plans.as_slice()) {
                    texts.push((plans.len(), text));
                }
                plans.extend(loaded.plans);
            }
            Err(e) => problems.extend(e.diagnostics()),
        }
    }
    if !filled.is_empty() {
        merge_filled(&mut plans, &texts, filled, lang, &mut problems);
    }
    if plans.is_empty() {
        return Err(problems);
    }
    let count = rows(&plans);
    if count > MAX_ROWS {
        let kind = Kind::UploadTooManyRows { rows: count.to_string(), max: MAX_ROWS.to_string() };
        return Err(vec![Diagnostic::error(kind)]);
    }
    let options = options(&form.period, &form.compare, &plans).map_err(|d| vec![d])?;
    // Bad table cells affect no indicator; they are listed as `eval` warns.
    problems.extend(
        plans.iter().flat_map(|p| p.problems.iter().cloned()).map(|d| d.into_warning().with_note(Text::CellLeftOut)),
    );
    let rules_for: RulesFor = Arc::new(move |_: &Path| rules.clone());
    let mut evaluator = Evaluator::with_rules(options.clone(), rules_for.clone());
    let report = evaluator.evaluate(&plans);
    problems.append(&mut evaluator.warnings);
    problems.extend(report.results.iter().flat_map(|r| r.diagnostics.iter().cloned()));
    let chapters = chapters(&plans, &rules_for, lang);
    Ok(Session { files, plans, options, report, chapters, problems })
}

/// Chapter III of each unit uploaded, as `capaian report` makes it (the
/// latest year reported, earlier years compared), in upload order.
fn chapters(plans: &[Plan], rules_for: &RulesFor, lang: Lang) -> Vec<Chapter> {
    let mut units: Vec<&str> = Vec::new();
    for p in plans {
        if !units.contains(&p.unit.id.as_str()) {
            units.push(&p.unit.id);
        }
    }
    let made = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    units
        .iter()
        .filter_map(|u| {
            let of: Vec<Plan> = plans.iter().filter(|p| p.unit.id == *u).cloned().collect();
            lapkin(&of, &EvalOptions::default(), rules_for.clone(), lang, made).ok().map(|l| l.chapter)
        })
        .collect()
}

/// Merges filled collection workbooks into the one plan uploaded with
/// them, as `capaian collect` does; conflicts and unreadable cells are
/// problems and leave the plan as it was.
fn merge_filled(
    plans: &mut [Plan],
    texts: &[(usize, String)],
    filled: Vec<(String, Vec<u8>)>,
    lang: Lang,
    problems: &mut Vec<Diagnostic>,
) {
    let (at, text) = match (plans.len(), texts) {
        (1, [(at, text)]) => (*at, text),
        // A workbook plan has no text to write the realisasi into.
        (1, []) => {
            problems.push(Diagnostic::error(Kind::UploadMergeNeedsText));
            return;
        }
        (count, _) => {
            problems.push(Diagnostic::error(Kind::CollectOnePlan { count: count.to_string() }));
            return;
        }
    };
    let mut values = Vec::new();
    let mut found = Vec::new();
    for (name, bytes) in filled {
        let read = read_filled(Path::new(&name), bytes, &plans[at]);
        values.extend(read.filled);
        found.extend(read.problems);
        // A cell that is no realisasi rejects its indicator only, as in
        // `capaian collect`.
        problems.extend(read.rejected);
    }
    let failed = found.iter().any(|d| d.severity == Severity::Error);
    problems.append(&mut found);
    if failed {
        return;
    }
    let merged = changes(values, false);
    let conflicted = merged.conflicts.iter().any(|d| d.severity == Severity::Error);
    problems.extend(merged.conflicts.iter().cloned());
    if conflicted || merged.changes.is_empty() {
        return;
    }
    let shown = plans[at].path.clone();
    match merge_checked(&plans[at], text, &merged.changes, &shown, lang) {
        Ok((_, mut new)) if new.len() == 1 => plans[at] = new.remove(0),
        Ok(_) => {}
        Err(d) => problems.push(d.with_span(Span::file(&shown))),
    }
}

/// The evaluation options the form asks for: the plan year (empty), a
/// quarter or month of each plan's year, or every quarter; and the earlier
/// years to compare (empty: every earlier year uploaded).
pub(crate) fn options(period: &str, compare: &str, plans: &[Plan]) -> Result<EvalOptions, Diagnostic> {
    let mut options = EvalOptions::default();
    let mut years: Vec<i32> = plans.iter().filter_map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let invalid = || Diagnostic::error(Kind::PeriodInvalid { text: period.to_string() });
    let number = |s: &str, max: u8| s.parse::<u8>().ok().filter(|n| (1..=max).contains(n)).ok_or_else(invalid);
    match period {
        "" => {}
        "every-quarter" => options.every = Some(Granularity::Quarters),
        p if p.starts_with('q') => {
            let q = number(&p[1..], 4)?;
            options.periods = years.iter().map(|y| Period::Quarter(*y, q)).collect();
        }
        p if p.starts_with('m') => {
            let m = number(&p[1..], 12)?;
            options.periods = years.iter().map(|y| Period::Month(*y, m)).collect();
        }
        _ => return Err(invalid()),
    }
    if !compare.is_empty() {
        let parsed: Result<Vec<i32>, _> =
            compare.split([',', ' ', ';']).filter(|s| !s.is_empty()).map(str::parse::<i32>).collect();
        let years = parsed.map_err(|_| Diagnostic::error(Kind::UploadCompareInvalid { text: compare.to_string() }))?;
        options.compare = Some(years);
    }
    Ok(options)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(year: i32) -> Plan {
        let text = format!("[unit]\nid = \"u\"\n[plan]\nyear = {year}\n");
        crate::plan::read_toml_plan(Path::new("p.toml"), &text, None).unwrap()
    }

    #[test]
    fn the_form_period_is_one_of_each_plan_year() {
        let plans = [plan(2024), plan(2023)];
        let o = options("q2", "", &plans).unwrap();
        assert_eq!(o.periods, vec![Period::Quarter(2023, 2), Period::Quarter(2024, 2)]);
        assert_eq!(options("m06", "", &plans).unwrap().periods[1], Period::Month(2024, 6));
        assert_eq!(options("every-quarter", "", &plans).unwrap().every, Some(Granularity::Quarters));
        assert_eq!(options("", "2023, 2022", &plans).unwrap().compare, Some(vec![2023, 2022]));
        for bad in ["q5", "m13", "x", "q"] {
            assert!(matches!(options(bad, "", &plans).unwrap_err().kind, Kind::PeriodInvalid { .. }), "{bad}");
        }
        assert!(matches!(options("", "dua ribu", &plans).unwrap_err().kind, Kind::UploadCompareInvalid { .. }));
    }
}
