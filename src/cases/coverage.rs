//! Line coverage of rule files by the fixture cases: which lines of each
//! `.rhai` ran, recorded by the engine's debugger while the cases run.

use crate::rules::{RuleSet, Source};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::Arc;

/// Coverage of one rule file.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct FileCoverage {
    /// The rule file.
    pub file: String,
    /// Lines that hold code.
    pub lines: usize,
    /// Of those, lines that ran.
    pub covered: usize,
    /// Lines that never ran.
    pub missed: Vec<usize>,
}

impl FileCoverage {
    /// Percent of code lines that ran (100 for a file without code).
    pub(crate) fn percent(&self) -> rust_decimal::Decimal {
        if self.lines == 0 {
            return rust_decimal::Decimal::ONE_HUNDRED;
        }
        rust_decimal::Decimal::from(self.covered * 100) / rust_decimal::Decimal::from(self.lines)
    }
}

/// Lines that hold code: not blank, not only a comment, not only braces,
/// and not a constant entry of a literal spread over lines (`key: 10,`),
/// which the engine folds into one constant and never steps on.
fn code_lines(text: &str) -> BTreeSet<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| {
            let t = l.split("//").next().unwrap_or("").trim();
            !(t.is_empty()
                || t.chars().all(|c| matches!(c, '{' | '}' | ';' | ')' | ']' | ',' | '#' | ' '))
                || t == "} else {"
                || is_constant_entry(t))
        })
        .map(|(i, _)| i + 1)
        .collect()
}

fn is_constant_entry(t: &str) -> bool {
    let t = t.trim_end_matches(',');
    let value = match t.split_once(':') {
        Some((key, value)) if key.trim().chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '"')) => value.trim(),
        _ => t,
    };
    let literal = |v: &str| {
        v.parse::<f64>().is_ok()
            || (v.starts_with('"') && v.ends_with('"') && v.len() >= 2)
            || v == "true"
            || v == "false"
    };
    literal(value) && t.len() > value.len() || (t.starts_with('"') && literal(t))
}

/// The rule files the rule sets read from their stores, not the built-in
/// ones nor those in `tests/` folders, each once, by path.
pub(crate) fn rule_files(sets: &[Arc<RuleSet>]) -> Vec<Source> {
    let mut out: Vec<Source> = sets.iter().flat_map(|s| s.sources.own_rules()).collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup_by(|a, b| a.path == b.path);
    out
}

/// The rule files under one of `paths` (a case file given by name stands
/// for the folder its `tests/` folder is in): what a run on those paths is
/// answerable for. `test rules/dinkes` counts the unit's rules, not the
/// library's `standard/` rules its cases happen to call.
pub(crate) fn under(files: Vec<Source>, paths: &[std::path::PathBuf]) -> Vec<Source> {
    let roots: Vec<std::path::PathBuf> = paths
        .iter()
        .map(|p| {
            let dir = if p.is_file() { p.parent().unwrap_or(p) } else { p.as_path() };
            let dir = if dir.file_name().is_some_and(|n| n == "tests") { dir.parent().unwrap_or(dir) } else { dir };
            let dir = if dir.as_os_str().is_empty() { std::path::Path::new(".") } else { dir };
            std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
        })
        .collect();
    files
        .into_iter()
        .filter(|f| {
            let path = std::fs::canonicalize(&f.path).unwrap_or_else(|_| f.path.clone());
            roots.iter().any(|r| path.starts_with(r))
        })
        .collect()
}

/// Coverage of each file from the executed (file, line) pairs.
pub(crate) fn coverage(files: &[Source], executed: &BTreeSet<(String, usize)>) -> Vec<FileCoverage> {
    files
        .iter()
        .map(|f| {
            let name = f.path.to_string_lossy().to_string();
            let ran: BTreeSet<usize> = executed.iter().filter(|(s, _)| *s == name).map(|(_, l)| *l).collect();
            let lines: BTreeSet<usize> = code_lines(&f.text).union(&ran).copied().collect();
            let missed: Vec<usize> = lines.difference(&ran).copied().collect();
            FileCoverage { file: name, lines: lines.len(), covered: lines.len() - missed.len(), missed }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_code_lines_count() {
        let text = "//! doc\n\n/// f\nfn capaian(x) {\n    if x.target == 0 {\n        return 1;\n    }\n    x.value\n}\nfn w() {\n    #{\n        revisi_dipa: 10,\n        a: \"x\"\n    }\n}\n";
        assert_eq!(code_lines(text).into_iter().collect::<Vec<_>>(), [4, 5, 6, 8, 10]);
    }
}
