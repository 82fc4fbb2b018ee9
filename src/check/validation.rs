//! Validation rules on plan data, as data (`rules/validation/*.toml`).

use crate::diagnostic::{Diagnostic, Kind, Severity, Span, Subject, Text};
use crate::model::{Aggregation, Indicator, Period, Plan, Table, TargetKind};
use crate::number::{Convention, Target};
use crate::plan::toml_value::{Source, get};
use crate::rules::RuleStore;
use rhai::{Engine, Scope};
use rust_decimal::Decimal;
use std::path::{Path, PathBuf};
use toml::de::{DeTable, DeValue};

/// What a validation rule checks.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RuleKind {
    /// `left op right` over the columns of each table row.
    Row {
        /// Left expression.
        left: String,
        /// Right expression.
        right: String,
        /// Apply to tables that lack some right-side columns, counting them
        /// as 0 (a funding table printed without a PHLN column).
        missing_as_zero: bool,
    },
    /// A parent row against the sum of its children.
    Children {
        /// Columns checked; empty means all.
        columns: Vec<String>,
    },
    /// Cumulative targets never decrease.
    CumulativeNondecreasing,
    /// Cumulative targets end at the annual target.
    CumulativeEndsAtAnnual,
    /// Every past period has a realisasi.
    RealisasiEveryPastPeriod,
}

/// A comparison of a validation rule. Only these six are accepted, so an
/// unknown operator is an error, never a silent `>=`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Operator {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl Operator {
    const NAMES: [(&'static str, Operator); 6] = [
        ("==", Operator::Eq),
        ("!=", Operator::Ne),
        ("<", Operator::Lt),
        ("<=", Operator::Le),
        (">", Operator::Gt),
        (">=", Operator::Ge),
    ];

    /// Reads `==`, `!=`, `<`, `<=`, `>`, `>=`.
    pub(crate) fn from_name(text: &str) -> Option<Operator> {
        Self::NAMES.iter().find(|(n, _)| *n == text).map(|(_, o)| *o)
    }

    fn holds(self, left: Decimal, right: Decimal) -> bool {
        match self {
            Operator::Eq => left == right,
            Operator::Ne => left != right,
            Operator::Lt => left < right,
            Operator::Le => left <= right,
            Operator::Gt => left > right,
            Operator::Ge => left >= right,
        }
    }
}

/// One validation rule.
#[derive(Debug, Clone)]
pub(crate) struct ValidationRule {
    /// Id; a unit's rule with the same id replaces a library rule.
    pub id: String,
    /// What it means.
    pub description: String,
    /// What it means, in Bahasa Indonesia (`description_id`), for the
    /// planner who reads `check --lang id`.
    pub description_id: Option<String>,
    /// What it checks.
    pub kind: RuleKind,
    /// How left and right compare when the rule holds.
    pub operator: Operator,
    /// Error or warning.
    pub importance: Severity,
    /// Restrict to these table ids (empty: all).
    pub tables: Vec<String>,
    /// Where it is defined.
    pub file: PathBuf,
}

const RULE_KEYS: &[&str] = &[
    "id",
    "description",
    "description_id",
    "kind",
    "left",
    "operator",
    "right",
    "importance",
    "columns",
    "tables",
    "missing_columns",
];

/// Reads the validation rules for a plan: every `validation/*.toml` of its
/// rule store (nearest first wins on equal ids); the built-in set only when
/// no rule folder has its own `validation/standard.toml`.
pub(crate) fn rules_for(store: &dyn RuleStore) -> Result<Vec<ValidationRule>, Vec<Diagnostic>> {
    let mut out: Vec<ValidationRule> = Vec::new();
    let mut problems = Vec::new();
    let mut have_standard = false;
    for file in store.validation() {
        match file {
            Ok(f) if f.is_builtin() && have_standard => {}
            Ok(f) => {
                have_standard |= f.name == "standard";
                match parse(&f.path, &f.text) {
                    Ok(rules) => add(&mut out, rules),
                    Err(mut d) => problems.append(&mut d),
                }
            }
            Err(d) => problems.push(d),
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

fn add(out: &mut Vec<ValidationRule>, rules: Vec<ValidationRule>) {
    for r in rules {
        if !out.iter().any(|x| x.id == r.id) {
            out.push(r);
        }
    }
}

/// Parses a validation rule file.
pub(crate) fn parse(path: &Path, text: &str) -> Result<Vec<ValidationRule>, Vec<Diagnostic>> {
    let src = Source::new(path, text);
    let doc = DeTable::parse(text).map_err(|e| {
        let span = e.span().map_or_else(|| Span::file(path), |r| src.span(r));
        vec![Diagnostic::error(Kind::TomlSyntax { reason: e.message().trim().to_string() }).with_span(span)]
    })?;
    let root = doc.get_ref();
    let mut p = src.unknown_keys(root, &["rule"], &Text::PlaceValidationFile);
    let mut out = Vec::new();
    let items: Vec<_> = match get(root, "rule").map(|v| v.get_ref()) {
        Some(DeValue::Array(a)) => a.iter().collect(),
        _ => Vec::new(),
    };
    for item in items {
        let DeValue::Table(t) = item.get_ref() else { continue };
        p.extend(src.unknown_keys(t, RULE_KEYS, &Text::PlaceValidationRule));
        let text =
            |k: &str, p: &mut Vec<Diagnostic>| get(t, k).and_then(|v| src.text(v, k).map_err(|d| p.push(d)).ok());
        let list = |k: &str, p: &mut Vec<Diagnostic>| match get(t, k).map(|v| (v, v.get_ref())) {
            Some((_, DeValue::Array(a))) => {
                a.iter().filter_map(|v| src.text(v, k).map_err(|d| p.push(d)).ok()).collect()
            }
            Some((v, _)) => {
                p.push(src.error_at(v, Kind::ValidationNotList { key: k.to_string() }));
                Vec::new()
            }
            None => Vec::new(),
        };
        let Some(id) = text("id", &mut p) else {
            p.push(src.error_at(item, Kind::ValidationNoId));
            continue;
        };
        let kind_name = text("kind", &mut p).unwrap_or_default();
        let kind = match kind_name.as_str() {
            "row" => match (text("left", &mut p), text("right", &mut p)) {
                (Some(left), Some(right)) => {
                    let missing_as_zero = match text("missing_columns", &mut p).as_deref() {
                        None | Some("skip") => false,
                        Some("zero") => true,
                        Some(other) => {
                            let (rule, found) = (id.clone(), other.to_string());
                            p.push(src.error_at(item, Kind::ValidationMissingColumns { rule, found }));
                            continue;
                        }
                    };
                    RuleKind::Row { left, right, missing_as_zero }
                }
                _ => {
                    p.push(src.error_at(item, Kind::ValidationRowSides { rule: id.clone() }));
                    continue;
                }
            },
            "children" => RuleKind::Children { columns: list("columns", &mut p) },
            "cumulative-nondecreasing" => RuleKind::CumulativeNondecreasing,
            "cumulative-ends-at-annual" => RuleKind::CumulativeEndsAtAnnual,
            "realisasi-every-past-period" => RuleKind::RealisasiEveryPastPeriod,
            other => {
                p.push(src.error_at(item, Kind::ValidationUnknownKind { rule: id.clone(), found: other.to_string() }));
                continue;
            }
        };
        let operator_text = text("operator", &mut p).unwrap_or_else(|| "==".into());
        let Some(operator) = Operator::from_name(&operator_text) else {
            p.push(src.error_at(item, Kind::ValidationUnknownOperator { rule: id.clone(), found: operator_text }));
            continue;
        };
        let importance = match text("importance", &mut p).as_deref() {
            None | Some("error") => Severity::Error,
            Some("warning") => Severity::Warning,
            Some(other) => {
                let (rule, found) = (id.clone(), other.to_string());
                p.push(src.error_at(item, Kind::ValidationImportance { rule, found }));
                continue;
            }
        };
        out.push(ValidationRule {
            id,
            description: text("description", &mut p).unwrap_or_default(),
            description_id: text("description_id", &mut p),
            kind,
            operator,
            importance,
            tables: list("tables", &mut p),
            file: path.to_path_buf(),
        });
    }
    if p.is_empty() { Ok(out) } else { Err(p) }
}

/// Identifiers an expression reads (function names excluded).
fn identifiers(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = expr.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_alphabetic() || chars[i] == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if j >= chars.len() || chars[j] != '(' {
                out.push(word);
            }
        } else {
            i += 1;
        }
    }
    out.dedup();
    out
}

/// Applies every rule to a plan; findings are diagnostics with the rule's importance.
pub(crate) fn validate(
    plan: &Plan,
    rules: &[ValidationRule],
    engine: &Engine,
    as_of: Option<Period>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in rules {
        match &rule.kind {
            RuleKind::Row { left, right, missing_as_zero } => {
                for table in plan.tables.iter().filter(|t| applies(rule, t)) {
                    check_rows(rule, table, (left, right), *missing_as_zero, engine, &mut out);
                }
            }
            RuleKind::Children { columns } => {
                for table in plan.tables.iter().filter(|t| applies(rule, t)) {
                    check_children(rule, table, columns, &mut out);
                }
            }
            RuleKind::CumulativeNondecreasing
            | RuleKind::CumulativeEndsAtAnnual
            | RuleKind::RealisasiEveryPastPeriod => {
                let as_of = as_of.or_else(|| latest_realisasi(plan));
                for ind in &plan.indicators {
                    check_indicator(rule, ind, &ind.id, as_of, &mut out);
                }
            }
        }
    }
    out
}

fn applies(rule: &ValidationRule, table: &Table) -> bool {
    rule.tables.is_empty() || rule.tables.contains(&table.id)
}

fn finding(rule: &ValidationRule, about: Subject, kind: Kind, span: Span) -> Diagnostic {
    let mut d = match rule.importance {
        Severity::Warning => Diagnostic::warning(kind),
        _ => Diagnostic::error(kind),
    };
    d.check = Some(rule.id.clone());
    d.about(about).with_span(span).with_help(Text::ValidationRule {
        rule: rule.id.clone(),
        file: rule.file.display().to_string(),
        description: Box::new(Text::Bilingual {
            en: rule.description.clone(),
            id: rule.description_id.clone().unwrap_or_else(|| rule.description.clone()),
        }),
    })
}

/// A table cell (or several columns of one row) as a finding's subject.
fn cell(table: &Table, row: &crate::model::Row, column: String) -> Subject {
    Subject::Cell { table: table.id.clone(), row: row_key(row), column: Some(column) }
}

/// An indicator, or a component of it, as a finding's subject.
fn indicator(id: &str, component: Option<&str>) -> Subject {
    Subject::Indicator { id: id.to_string(), component: component.map(str::to_string), period: None }
}

/// How a row is named in findings and in accepted discrepancies: its kode,
/// else its uraian.
fn row_key(row: &crate::model::Row) -> String {
    row.kode.clone().or_else(|| row.uraian.clone()).unwrap_or_default()
}

fn show_in(d: Decimal, convention: Convention) -> String {
    crate::number::format_grouped(d, convention)
}

fn check_rows(
    rule: &ValidationRule,
    table: &Table,
    (left, right): (&str, &str),
    missing_as_zero: bool,
    engine: &Engine,
    out: &mut Vec<Diagnostic>,
) {
    let names: Vec<String> = identifiers(left).into_iter().chain(identifiers(right)).collect();
    let has = |n: &String| table.columns.contains(n);
    let applies = if missing_as_zero {
        identifiers(left).iter().all(has) && identifiers(right).iter().any(has)
    } else {
        names.iter().all(has)
    };
    if !applies {
        return;
    }
    let mut declared = Scope::new();
    for n in &names {
        declared.push(n.as_str(), Decimal::ZERO);
    }
    let (Ok(l_ast), Ok(r_ast)) =
        (engine.compile_expression_with_scope(&declared, left), engine.compile_expression_with_scope(&declared, right))
    else {
        out.push(finding(
            rule,
            Subject::Rule { name: rule.id.clone() },
            Kind::ValidationExpression { rule: rule.id.clone() },
            Span::file(&rule.file),
        ));
        return;
    };
    for row in &table.rows {
        if names.iter().all(|n| !row.values.contains_key(n)) {
            continue;
        }
        let mut scope = Scope::new();
        for n in &names {
            scope.push(n.as_str(), row.values.get(n).map_or(Decimal::ZERO, |v| v.value));
        }
        let eval = |ast| {
            engine
                .eval_ast_with_scope::<rhai::Dynamic>(&mut scope.clone(), ast)
                .ok()
                .and_then(|v| crate::engine::to_decimal(&v))
        };
        let (Some(l), Some(r)) = (eval(&l_ast), eval(&r_ast)) else { continue };
        if !rule.operator.holds(l, r) {
            let cells: Vec<String> = names
                .iter()
                .map(|n| format!("{n} {}", row.values.get(n).map_or("-".into(), |v| show_in(v.value, table.numbers))))
                .collect();
            let span =
                names.iter().find_map(|n| row.values.get(n)).map_or_else(|| row.span.clone(), |v| v.span.clone());
            let what = row.uraian.clone().or_else(|| row.kode.clone()).unwrap_or_default();
            let kind = Kind::CheckRow {
                table: table.id.clone(),
                row: what,
                left: left.to_string(),
                left_value: show_in(l, table.numbers),
                right: right.to_string(),
                right_value: show_in(r, table.numbers),
                difference: l.checked_sub(r).map_or_else(|| "beyond range".into(), |d| show_in(d, table.numbers)),
                cells: cells.join(", "),
            };
            out.push(finding(rule, cell(table, row, identifiers(left).join("+")), kind, span));
        }
    }
}

fn check_children(rule: &ValidationRule, table: &Table, columns: &[String], out: &mut Vec<Diagnostic>) {
    let cols: Vec<&String> = if columns.is_empty() { table.columns.iter().collect() } else { columns.iter().collect() };
    for parent in &table.rows {
        let Some(kode) = &parent.kode else { continue };
        let children: Vec<_> = table.children(kode).collect();
        if children.is_empty() {
            continue;
        }
        for col in &cols {
            let Some(pv) = parent.values.get(*col) else { continue };
            let vals: Vec<Decimal> = children.iter().filter_map(|c| c.values.get(*col)).map(|v| v.value).collect();
            if vals.is_empty() {
                continue;
            }
            // Figures near the decimal limit must not overflow the check itself.
            let Some(sum) = vals.iter().try_fold(Decimal::ZERO, |a, b| a.checked_add(*b)) else {
                let kind =
                    Kind::CheckChildrenOverflow { table: table.id.clone(), row: kode.clone(), column: col.to_string() };
                out.push(finding(rule, cell(table, parent, col.to_string()), kind, pv.span.clone()));
                continue;
            };
            if !rule.operator.holds(pv.value, sum) {
                let kind = Kind::CheckChildren {
                    table: table.id.clone(),
                    row: parent.uraian.as_deref().unwrap_or(kode).to_string(),
                    column: col.to_string(),
                    value: show_in(pv.value, table.numbers),
                    count: vals.len().to_string(),
                    sum: show_in(sum, table.numbers),
                    difference: pv
                        .value
                        .checked_sub(sum)
                        .map_or_else(|| "beyond range".into(), |d| show_in(d, table.numbers)),
                };
                out.push(finding(rule, cell(table, parent, col.to_string()), kind, pv.span.clone()));
            }
        }
    }
}

fn latest_realisasi(plan: &Plan) -> Option<Period> {
    fn walk(ind: &Indicator, best: &mut Option<Period>) {
        for (p, _) in &ind.realisasi {
            if best.is_none_or(|b| p.cmp_end(&b).is_gt()) && !matches!(p, Period::Year(_) | Period::Total) {
                *best = Some(*p);
            }
        }
        for c in &ind.components {
            walk(c, best);
        }
    }
    let mut best = None;
    for ind in &plan.indicators {
        walk(ind, &mut best);
    }
    best
}

fn check_indicator(
    rule: &ValidationRule,
    ind: &Indicator,
    path: &str,
    as_of: Option<Period>,
    out: &mut Vec<Diagnostic>,
) {
    let mut targets: Vec<&(Period, crate::model::Located<Target>)> = ind.targets.iter().collect();
    targets.sort_by(|a, b| a.0.cmp_end(&b.0));
    let subject = || match path.split_once(" / ") {
        Some((id, component)) => indicator(id, Some(component)),
        None => indicator(path, None),
    };
    match rule.kind {
        RuleKind::CumulativeNondecreasing
            if ind.target_kind == TargetKind::Cumulative && ind.aggregation == Aggregation::Sum =>
        {
            for w in targets.windows(2) {
                if w[1].1.value.low() < w[0].1.value.low() {
                    let kind = Kind::CheckCumulativeDecreases {
                        indicator: path.to_string(),
                        target: w[1].1.value.to_string(),
                        period: w[1].0.to_string(),
                        previous: w[0].1.value.to_string(),
                        previous_period: w[0].0.to_string(),
                    };
                    out.push(finding(rule, subject(), kind, w[1].1.span.clone()));
                }
            }
        }
        RuleKind::CumulativeEndsAtAnnual if ind.target_kind == TargetKind::Cumulative => {
            if let (Some(last), Some(annual)) = (targets.last(), &ind.target)
                && last.0.end().is_some_and(|(_, m)| m == 12)
                && last.1.value != annual.value
            {
                let kind = Kind::CheckCumulativeAnnual {
                    indicator: path.to_string(),
                    period: last.0.to_string(),
                    target: last.1.value.to_string(),
                    annual: annual.value.to_string(),
                };
                out.push(finding(rule, subject(), kind, last.1.span.clone()));
            }
        }
        // A composite index's value comes from its components, which are checked themselves.
        RuleKind::RealisasiEveryPastPeriod if ind.components.is_empty() => {
            if let Some(as_of) = as_of {
                let missing: Vec<String> =
                    due_periods(ind, as_of).iter().filter(|p| !reported(ind, p)).map(ToString::to_string).collect();
                if !missing.is_empty() {
                    let kind = Kind::CheckRealisasiMissing {
                        indicator: path.to_string(),
                        periods: missing.join(", "),
                        as_of: as_of.to_string(),
                    };
                    out.push(finding(rule, subject(), kind, ind.span.clone()));
                }
            }
        }
        _ => {}
    }
    for c in &ind.components {
        check_indicator(rule, c, &format!("{path} / {}", c.id), as_of, out);
    }
}

/// The periods whose realisasi is due by `as_of`: those with a target, and,
/// for a series of each period's own figures (`sum`, `average`) reported by
/// month, quarter or half-year, every such period of the year up to `as_of`
/// (a quarterly indicator without quarterly targets still owes Q4: its year
/// total would silently lack it). Figures to date (`last`) need no period
/// before their latest.
fn due_periods(ind: &Indicator, as_of: Period) -> Vec<Period> {
    let mut due: Vec<Period> = ind.targets.iter().map(|(p, _)| *p).filter(|p| p.ends_by(&as_of)).collect();
    if ind.aggregation == Aggregation::Last {
        return due;
    }
    let series = ind.realisasi.iter().chain(ind.budget.iter().flat_map(|b| b.realisasi.iter())).map(|(p, _)| *p);
    let grain = series
        .filter(|p| p.year() == as_of.year())
        .find(|p| matches!(p, Period::Month(..) | Period::Quarter(..) | Period::Half(..)));
    if let (Some(grain), Some(year)) = (grain, as_of.year()) {
        let all: Vec<Period> = match grain {
            Period::Month(..) => (1..=12).map(|m| Period::Month(year, m)).collect(),
            Period::Quarter(..) => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
            _ => (1..=2).map(|h| Period::Half(year, h)).collect(),
        };
        // The series starts where its first target or figure is: a month
        // the plan prints "-" for (nothing planned yet) owes nothing.
        let first = ind
            .targets
            .iter()
            .map(|(p, _)| *p)
            .chain(ind.realisasi.iter().chain(ind.budget.iter().flat_map(|b| b.realisasi.iter())).map(|(p, _)| *p))
            .filter(|p| p.granularity() == grain.granularity())
            .min_by(|a, b| a.cmp_end(b));
        due.extend(all.into_iter().filter(|p| p.ends_by(&as_of) && first.is_some_and(|f| f.cmp_end(p).is_le())));
    }
    due.sort_by(|a, b| a.cmp_end(b).then(a.granularity().cmp(b.granularity())));
    due.dedup();
    due
}

/// Whether the indicator reports realisasi for `p`: its own, or, for an
/// indicator computed from its budget (penyerapan), money spent.
fn reported(ind: &Indicator, p: &Period) -> bool {
    ind.realisasi.iter().chain(ind.budget.iter().flat_map(|b| b.realisasi.iter())).any(|(q, _)| q == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_skip_functions() {
        assert_eq!(identifiers("rupiah + pnbp + phln"), ["rupiah", "pnbp", "phln"]);
        assert_eq!(identifiers("sum(a) + b"), ["a", "b"]);
    }

    #[test]
    fn builtin_rules_parse() {
        let rules = parse(Path::new("standard.toml"), crate::rules::store::BUILTIN_VALIDATION).unwrap();
        assert!(rules.iter().any(|r| r.id == "jumlah-sumber-dana"));
    }
}
