//! `capaian diff --base REV`: which results a rule change moves.
//!
//! Every plan and fixture case is evaluated twice, with the rule files as
//! they were at a git revision and as they are in the work tree; every
//! indicator-period whose value, capaian, kategori or status differs is
//! listed, grouped by rule.

use crate::cases::{CaseFile, PlanCache, evaluate_case};
use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::eval::{EvalOptions, Evaluator, IndicatorResult, RulesFor, evaluate_indicator};
use crate::lang::Lang;
use crate::model::{Period, Plan};
use crate::rules::Layered;
use rust_decimal::Decimal;
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// One changed field.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub(crate) struct FieldChange {
    /// `value`, `capaian`, `kategori` or `status`.
    pub field: String,
    /// At the base revision.
    pub old: String,
    /// In the work tree.
    pub new: String,
}

/// One indicator-period whose results changed.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Change {
    /// The plan file, or the case file and line.
    #[serde(rename = "where")]
    pub location: String,
    /// Unit id.
    pub unit: String,
    /// Indicator id.
    pub indicator: String,
    /// Period.
    pub period: Period,
    /// The rule(s) in the work tree.
    pub rule: String,
    /// The fixture case's name, for a change found by a case.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub case: Option<String>,
    /// Whether the case's indicator is written in the case (its unit,
    /// indicator and period are then placeholders, and the name says it all).
    #[serde(skip)]
    pub inline: bool,
    /// What changed.
    pub changes: Vec<FieldChange>,
}

impl Change {
    /// What changed, for a reader: unit, indicator and period, the case's
    /// name first for a case, and only the name for an inline case (whose
    /// unit and indicator are `case` and which has no period).
    fn subject(&self) -> String {
        let place = format!("{} {} {}", self.unit, self.indicator, self.period);
        match &self.case {
            Some(name) if self.inline => name.clone(),
            Some(name) => format!("{name} ({place})"),
            None => place,
        }
    }
}

/// The whole comparison.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DiffReport {
    /// The base revision as given.
    pub base: String,
    /// Indicator-periods compared.
    pub compared: usize,
    /// Changes grouped by rule.
    pub by_rule: BTreeMap<String, Vec<Change>>,
}

impl DiffReport {
    /// Number of changed indicator-periods.
    pub(crate) fn changed(&self) -> usize {
        self.by_rule.values().map(Vec::len).sum()
    }

    /// Markdown, for posting on a pull request.
    pub(crate) fn markdown(&self, lang: Lang) -> String {
        let (changed, compared, base) = (self.changed().to_string(), self.compared.to_string(), self.base.clone());
        let mut out = format!(
            "## {}\n\n{}\n",
            Text::DiffHeading { base }.message(lang),
            Text::DiffChangedOf { changed, compared }.message(lang)
        );
        for (rule, changes) in &self.by_rule {
            out.push_str(&format!(
                "\n### {}\n\n| {} |\n|---|---|---|---|---|---|---|\n",
                Text::DiffRule { rule: rule.clone() }.message(lang),
                Text::DiffColumns.message(lang)
            ));
            for c in changes {
                let (unit, indicator, period) = match &c.case {
                    Some(name) if c.inline => (String::new(), name.clone(), String::new()),
                    _ => (c.unit.clone(), c.indicator.clone(), c.period.to_string()),
                };
                for f in &c.changes {
                    out.push_str(&format!(
                        "| {} | {unit} | {} | {period} | {} | {} | {} |\n",
                        c.location,
                        indicator.replace('|', "\\|"),
                        f.field,
                        f.old,
                        f.new
                    ));
                }
            }
        }
        out
    }

    /// Plain text for a terminal.
    pub(crate) fn text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for (rule, changes) in &self.by_rule {
            out.push_str(&format!("{}\n", Text::DiffRule { rule: rule.clone() }.message(lang).replace('`', "")));
            for c in changes {
                let what: Vec<String> =
                    c.changes.iter().map(|f| format!("{} {} → {}", f.field, f.old, f.new)).collect();
                out.push_str(&format!("  {}  {}: {}\n", c.location, c.subject(), what.join(", ")));
            }
        }
        let (changed, compared, base) = (self.changed().to_string(), self.compared.to_string(), self.base.clone());
        out.push_str(&format!("{}\n", Text::DiffChanged { changed, compared, base }.message(lang)));
        out
    }
}

fn unwritable(path: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(Kind::FileUnwritable { path: path.display().to_string(), reason: e.to_string() })
}

/// Rule folders of a repository as they were at another revision: the
/// rule files extracted into `tree` at their paths in the repository.
#[derive(Debug, Clone)]
pub(crate) struct RulesSnapshot {
    /// The repository's root (canonical).
    pub repo_root: PathBuf,
    /// A folder holding the revision's rule files at the same relative paths.
    pub tree: PathBuf,
}

impl RulesSnapshot {
    /// The store of rule folders `dirs` at the revision: a folder inside the
    /// repository is read from the extracted tree (and left out when the
    /// revision has none), a folder outside it as it is, then the built-in
    /// library.
    pub(crate) fn store(&self, dirs: &[PathBuf]) -> Layered {
        let dirs: Vec<PathBuf> = dirs
            .iter()
            .filter_map(|d| {
                let abs = std::fs::canonicalize(d).ok()?;
                match abs.strip_prefix(&self.repo_root) {
                    Ok(rel) => Some(self.tree.join(rel)).filter(|p| p.is_dir()),
                    Err(_) => Some(d.clone()),
                }
            })
            .collect();
        Layered::folders(&dirs)
    }
}

/// The repository root of `dir`.
pub(crate) fn repo_root(dir: &Path) -> Result<PathBuf, Diagnostic> {
    let out = Command::new("git")
        .args(["rev-parse", "--show-toplevel"])
        .current_dir(dir)
        .output()
        .map_err(|e| Diagnostic::error(Kind::GitFailed { reason: e.to_string() }))?;
    if !out.status.success() {
        return Err(Diagnostic::error(Kind::GitNoRepository)
            .with_note(Text::GitSaid { text: String::from_utf8_lossy(&out.stderr).trim().to_string() }));
    }
    let root = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    Ok(std::fs::canonicalize(&root).unwrap_or(root))
}

/// Writes the rule files (`.rhai` and `.toml` under any `rules/` folder) of
/// revision `rev` into `tree`, at their paths relative to the repository.
pub(crate) fn materialize_rules(root: &Path, rev: &str, tree: &Path) -> Result<usize, Diagnostic> {
    let git = |args: &[&str]| Command::new("git").args(args).current_dir(root).output();
    let commit = commit_of(root, rev)?;
    // `commit` is a hash git verified, never an option (ls-tree lists
    // nothing after `--end-of-options`).
    let listed = git(&["ls-tree", "-r", "-z", "--name-only", &commit, "--"])
        .map_err(|e| Diagnostic::error(Kind::GitFailed { reason: e.to_string() }))?;
    if !listed.status.success() {
        return Err(Diagnostic::error(Kind::GitUnknownRevision { revision: rev.to_string() })
            .with_note(Text::GitSaid { text: String::from_utf8_lossy(&listed.stderr).trim().to_string() }));
    }
    let mut count = 0;
    for path in listed.stdout.split(|b| *b == 0).filter(|p| !p.is_empty()) {
        let path = String::from_utf8_lossy(path).to_string();
        let in_rules = path.split('/').rev().skip(1).any(|seg| seg == "rules");
        if !in_rules || !(path.ends_with(".rhai") || path.ends_with(".toml")) {
            continue;
        }
        let blob = git(&["show", "--end-of-options", &format!("{commit}:{path}")])
            .map_err(|e| Diagnostic::error(Kind::GitFailed { reason: e.to_string() }))?;
        if !blob.status.success() {
            continue;
        }
        let dest = tree.join(&path);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| unwritable(parent, &e))?;
        }
        std::fs::write(&dest, &blob.stdout).map_err(|e| unwritable(&dest, &e))?;
        count += 1;
    }
    Ok(count)
}

/// The commit `rev` names, as a hash. The revision is passed after
/// `--end-of-options`, so `--output=…` is a (bad) revision, never an option
/// of git; a tree or blob (`HEAD:rules`) is refused, since only a commit
/// holds every rule folder at their paths.
fn commit_of(root: &Path, rev: &str) -> Result<String, Diagnostic> {
    let verify = |spec: &str| {
        Command::new("git")
            .args(["rev-parse", "--verify", "--quiet", "--end-of-options", spec])
            .current_dir(root)
            .output()
            .map_err(|e| Diagnostic::error(Kind::GitFailed { reason: e.to_string() }))
    };
    let commit = verify(&format!("{rev}^{{commit}}"))?;
    if commit.status.success() {
        return Ok(String::from_utf8_lossy(&commit.stdout).trim().to_string());
    }
    let revision = rev.to_string();
    if verify(rev)?.status.success() {
        Err(Diagnostic::error(Kind::GitNotCommit { revision }))
    } else {
        Err(Diagnostic::error(Kind::GitUnknownRevision { revision }))
    }
}

/// The periods compared for an indicator: its report periods and every
/// period of its target series.
fn periods(plan: &Plan, ind: &crate::model::Indicator) -> Vec<Period> {
    let mut ps = crate::eval::periods_for(plan, ind, None);
    for (p, _) in &ind.targets {
        if !ps.contains(p) {
            ps.push(*p);
        }
    }
    ps
}

/// Compares results with the base revision's rules (`old`, a
/// [`RulesSnapshot`]) and the work tree's (`new`).
pub(crate) fn diff(
    plans: &[Plan],
    cases: &[CaseFile],
    base: &str,
    old: RulesFor,
    new: RulesFor,
    exact: bool,
) -> DiffReport {
    let mut old_eval = Evaluator::with_rules(EvalOptions::default(), old);
    let mut new_eval = Evaluator::with_rules(EvalOptions::default(), new);
    let mut report = DiffReport { base: base.to_string(), compared: 0, by_rule: BTreeMap::new() };
    for plan in plans {
        let (old_set, new_set) = (old_eval.rule_set(plan), new_eval.rule_set(plan));
        for ind in &plan.indicators {
            for p in periods(plan, ind) {
                let old = evaluate_indicator(&old_set, plan, ind, p);
                let new = evaluate_indicator(&new_set, plan, ind, p);
                record(&mut report, plan.path.display().to_string(), None, &old, &new, exact);
            }
        }
    }
    let (mut old_plans, mut new_plans) = (PlanCache::new(), PlanCache::new());
    for file in cases {
        for case in &file.cases {
            let old = evaluate_case(file, case, &mut old_plans, &mut old_eval);
            let new = evaluate_case(file, case, &mut new_plans, &mut new_eval);
            if let (Ok(old), Ok(new)) = (old, new) {
                let location = format!("{}:{}", file.path.display(), case.span.line);
                let inline = matches!(case.indicator, crate::cases::IndicatorRef::Inline(_));
                record(&mut report, location, Some((&case.name, inline)), &old, &new, exact);
            }
        }
    }
    report
}

/// A change is found on the exact values (a move in the tenth digit is a
/// move) and shown as results show it, at the indicator's rounding — with
/// every digit when `exact`, or when the rounded figures read the same.
fn record(
    report: &mut DiffReport,
    location: String,
    case: Option<(&str, bool)>,
    old: &IndicatorResult,
    new: &IndicatorResult,
    exact: bool,
) {
    report.compared += 1;
    type Pair = (Option<Decimal>, Option<Decimal>);
    let text = |d: Option<Decimal>| d.map_or("-".to_string(), |d| d.to_string());
    // A number moved when its exact value did; it is shown rounded unless
    // the rounded figures read the same (or every digit is asked for).
    let number = |raw: Pair, shown: Pair| {
        let exact_digits = (raw.0.map(|d| d.normalize()), raw.1.map(|d| d.normalize()));
        let (a, b) = if exact || shown.0 == shown.1 { exact_digits } else { shown };
        (exact_digits.0 != exact_digits.1).then(|| (text(a), text(b)))
    };
    let label = |a: Option<&str>, b: Option<&str>| {
        (a != b).then(|| (a.unwrap_or("-").to_string(), b.unwrap_or("-").to_string()))
    };
    let changes: Vec<FieldChange> = [
        ("value", number((old.value_raw, new.value_raw), (old.realisasi, new.realisasi))),
        ("capaian", number((old.capaian_raw, new.capaian_raw), (old.capaian, new.capaian))),
        ("kategori", label(old.kategori.as_deref(), new.kategori.as_deref())),
        ("status", label(Some(old.status.name()), Some(new.status.name()))),
    ]
    .into_iter()
    .filter_map(|(field, moved)| moved.map(|(old, new)| FieldChange { field: field.into(), old, new }))
    .collect();
    if changes.is_empty() {
        return;
    }
    let rule = if new.rule.is_empty() { old.rule.to_string() } else { new.rule.to_string() };
    report.by_rule.entry(rule.clone()).or_default().push(Change {
        location,
        unit: new.unit.to_string(),
        indicator: new.indicator.to_string(),
        period: new.period,
        rule,
        case: case.map(|(name, _)| name.to_string()),
        inline: case.is_some_and(|(_, inline)| inline),
        changes,
    });
}
