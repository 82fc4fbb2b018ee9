//! Reading a plan file in TOML (format: `docs/plan-format.md`).

use super::LoadError;
use super::toml_value::{Source, Value, get, type_name};
use crate::diagnostic::suggest;
use crate::diagnostic::{Diagnostic, Span};
use crate::model::{Budget, Indicator, Period, Plan, Row, Table, Unit};
use crate::number::{Convention, MAX_DECIMALS, Rounding, is_no_value};
use std::collections::BTreeMap;
use std::collections::HashSet;
use std::path::Path;
use toml::de::{DeTable, DeValue};

const TOP_KEYS: &[&str] = &["unit", "plan", "indicator", "table", "discrepancy"];
const DISCREPANCY_KEYS: &[&str] = &["rule", "table", "row", "column", "indicator", "reason"];
const TABLE_KEYS: &[&str] = &["id", "title", "source", "numbers", "columns", "row"];
const ROW_FIXED_KEYS: &[&str] = &["kode", "uraian", "parent"];
const UNIT_KEYS: &[&str] = &["id", "name", "parent"];
const PLAN_KEYS: &[&str] = &["kind", "year", "revision", "source", "numbers", "scale", "illustrative"];
const INDICATOR_KEYS: &[&str] = &[
    "id",
    "name",
    "sasaran",
    "satuan",
    "polarity",
    "target",
    "rule",
    "params",
    "definisi",
    "target_kind",
    "targets",
    "realisasi",
    "aggregation",
    "component",
    "budget",
    "rounding",
    "scale",
    "illustrative",
    "numbers",
];
const COMPONENT_KEYS: &[&str] = &[
    "id",
    "name",
    "satuan",
    "polarity",
    "target",
    "params",
    "definisi",
    "target_kind",
    "targets",
    "realisasi",
    "aggregation",
    "illustrative",
    "numbers",
];
const ROUNDING_KEYS: &[&str] = &["decimals", "mode"];
const BUDGET_KEYS: &[&str] = &["pagu", "realisasi", "numbers", "satuan"];

/// Parses plan text. Problems with the file as a whole (syntax, `[unit]`,
/// `[plan]`) make it unusable; problems inside one indicator are kept on that
/// indicator so the others can still be evaluated.
pub fn read_toml_plan(path: &Path, text: &str, numbers_override: Option<Convention>) -> Result<Plan, LoadError> {
    let src = Source::new(path, text);
    let doc = DeTable::parse(text).map_err(|e| {
        let span = e.span().map_or_else(|| Span::file(path), |r| src.span(r));
        LoadError::Invalid(vec![Diagnostic::error(format!("invalid TOML: {}", e.message().trim())).with_span(span)])
    })?;
    let root = doc.get_ref();
    let mut fatal = src.unknown_keys(root, TOP_KEYS, "the plan file");

    let mut unit = Unit::default();
    match get(root, "unit").map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Table(t))) => {
            fatal.extend(src.unknown_keys(t, UNIT_KEYS, "[unit]"));
            match get(t, "id") {
                Some(v) => {
                    if let Some(s) = collect(&mut fatal, src.text(v, "unit.id")) {
                        unit.id = s;
                    }
                }
                None => fatal.push(
                    Diagnostic::error("[unit] needs an `id`").with_span(src.span(doc.span().start..doc.span().start)),
                ),
            }
            unit.name = opt_text(&src, t, "name", &mut fatal);
            unit.parent = opt_text(&src, t, "parent", &mut fatal);
        }
        Some((v, other)) => fatal.push(src.error_at(v, format!("`unit` must be a table, found {}", type_name(other)))),
        None => fatal.push(
            Diagnostic::error("the plan has no [unit] table")
                .with_span(Span::file(path))
                .with_help("add:\n[unit]\nid = \"labkesmas-batam\"\nname = \"…\""),
        ),
    }

    let mut plan = Plan::new(path, unit, Convention::Id);
    if let Some(v) = get(root, "plan") {
        match v.get_ref() {
            DeValue::Table(t) => read_plan_table(&src, t, &mut plan, &mut fatal),
            other => fatal.push(src.error_at(v, format!("`plan` must be a table, found {}", type_name(other)))),
        }
    }
    if let Some(c) = numbers_override {
        plan.numbers = c;
    }
    if !fatal.is_empty() {
        return Err(LoadError::Invalid(fatal));
    }

    let items: Vec<&Value<'_>> = match get(root, "indicator").map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Array(items))) => items.iter().collect(),
        Some((v, _)) => {
            return Err(LoadError::Invalid(vec![
                src.error_at(v, "`indicator` must be a list of tables: write each as [[indicator]]"),
            ]));
        }
        None => Vec::new(),
    };
    let annual = plan.annual_period();
    let mut seen = HashSet::new();
    for (i, item) in items.into_iter().enumerate() {
        let mut ind = read_indicator(&src, item, i, plan.numbers, annual, false);
        if !seen.insert(ind.id.clone()) {
            ind.problems.push(
                Diagnostic::error(format!("duplicate indicator id `{}`", ind.id))
                    .with_span(ind.span.clone())
                    .with_help("each indicator of a plan needs its own id"),
            );
        }
        ind.report_periods = vec![annual];
        plan.indicators.push(ind);
    }
    if let Some(v) = get(root, "table") {
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut problems = Vec::new();
                for item in items.iter() {
                    if let Some(t) = read_table(&src, item, plan.numbers, &mut problems) {
                        if plan.tables.iter().any(|x| x.id == t.id) {
                            problems.push(
                                Diagnostic::error(format!("duplicate table id `{}`", t.id)).with_span(t.span.clone()),
                            );
                        }
                        plan.tables.push(t);
                    }
                }
                // A bad table cell affects no indicator: it is reported (an error
                // of `capaian check`) and the cell left out, never stopping eval.
                plan.problems.extend(problems);
            }
            _ => {
                return Err(LoadError::Invalid(vec![
                    src.error_at(v, "`table` must be a list of tables: write each as [[table]]"),
                ]));
            }
        }
    }
    if let Some(v) = get(root, "discrepancy") {
        let items: Vec<&Value<'_>> = match v.get_ref() {
            DeValue::Array(a) => a.iter().collect(),
            _ => Vec::new(),
        };
        let mut problems = Vec::new();
        for item in items {
            let DeValue::Table(t) = item.get_ref() else { continue };
            problems.extend(src.unknown_keys(t, DISCREPANCY_KEYS, "[[discrepancy]]"));
            let rule = opt_text(&src, t, "rule", &mut problems);
            let reason = opt_text(&src, t, "reason", &mut problems);
            let (Some(rule), Some(reason)) = (rule, reason) else {
                problems.push(src.error_at(item, "[[discrepancy]] needs `rule` and `reason`"));
                continue;
            };
            plan.discrepancies.push(crate::model::Discrepancy {
                rule,
                table: opt_text(&src, t, "table", &mut problems),
                row: opt_text(&src, t, "row", &mut problems),
                column: opt_text(&src, t, "column", &mut problems),
                indicator: opt_text(&src, t, "indicator", &mut problems),
                reason,
                span: src.span(item.span()),
            });
        }
        if !problems.is_empty() {
            return Err(LoadError::Invalid(problems));
        }
    }
    let mut warnings = src.warnings.take();
    if plan.indicators.is_empty() && plan.tables.is_empty() {
        warnings.push(
            Diagnostic::warning("the plan has no indicators: nothing to evaluate")
                .with_span(Span::file(path))
                .with_help("add [[indicator]] tables (docs/plan-format.md)"),
        );
    }
    plan.warnings = warnings;
    Ok(plan)
}

/// Reads one `[[table]]` with its `[[table.row]]`s. Row keys are `kode`,
/// `uraian`, `parent`, the declared numeric `columns`, and any other text cell.
fn read_table(src: &Source<'_>, item: &Value<'_>, numbers: Convention, p: &mut Vec<Diagnostic>) -> Option<Table> {
    let DeValue::Table(t) = item.get_ref() else {
        p.push(src.error_at(item, "each table must be a table"));
        return None;
    };
    p.extend(src.unknown_keys(t, TABLE_KEYS, "[[table]]"));
    let Some(id) = get(t, "id").and_then(|v| collect(p, src.text(v, "table.id"))) else {
        p.push(src.error_at(item, "[[table]] needs an `id`"));
        return None;
    };
    let numbers = match get(t, "numbers") {
        Some(v) => read_convention(src, v, p).unwrap_or(numbers),
        None => numbers,
    };
    let mut columns = Vec::new();
    match get(t, "columns").map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Array(cols))) => {
            for c in cols.iter() {
                if let Some(name) = collect(p, src.text(c, "columns")) {
                    columns.push(name);
                }
            }
        }
        Some((v, _)) => p.push(src.error_at(v, "`columns` must be a list of column names")),
        None => p.push(src.error_at(item, format!("table `{id}` needs `columns`, the names of its numeric columns"))),
    }
    let mut table = Table {
        id: id.clone(),
        title: opt_text(src, t, "title", p),
        source: opt_text(src, t, "source", p),
        columns,
        numbers,
        rows: Vec::new(),
        span: src.span(item.span()),
    };
    let rows = match get(t, "row").map(|v| v.get_ref()) {
        Some(DeValue::Array(rows)) => rows.iter().collect::<Vec<_>>(),
        Some(_) | None => Vec::new(),
    };
    for row in rows {
        let DeValue::Table(r) = row.get_ref() else {
            p.push(src.error_at(row, "each row must be a table"));
            continue;
        };
        let mut out = Row {
            kode: opt_text(src, r, "kode", p),
            uraian: opt_text(src, r, "uraian", p),
            parent: opt_text(src, r, "parent", p),
            text: BTreeMap::new(),
            values: BTreeMap::new(),
            span: src.span(row.span()),
        };
        for (k, v) in r.iter() {
            let key: &str = k.get_ref().as_ref();
            if ROW_FIXED_KEYS.contains(&key) {
                continue;
            }
            if table.columns.iter().any(|c| c == key) {
                match v.get_ref() {
                    DeValue::String(s) if is_no_value(s) => {}
                    _ => {
                        if let Some(n) = collect(p, src.number(v, key, numbers)) {
                            out.values.insert(key.to_string(), n);
                        }
                    }
                }
            } else if let DeValue::String(s) = v.get_ref() {
                out.text.insert(key.to_string(), s.to_string());
            } else {
                let d = Diagnostic::error(format!(
                    "`{key}` in a row of table `{id}` is a number but not a declared column"
                ))
                .with_span(src.span(k.span()));
                p.push(match suggest(key, table.columns.iter().map(String::as_str)) {
                    Some(s) => d.with_help(format!("did you mean `{s}`?")),
                    None => d.with_help(format!("add it to `columns` (now: {})", table.columns.join(", "))),
                });
            }
        }
        table.rows.push(out);
    }
    // Parents may be printed after their children (a total row at the bottom).
    for row in &table.rows {
        if let Some(parent) = &row.parent {
            if !table.rows.iter().any(|x| x.kode.as_deref() == Some(parent.as_str())) {
                p.push(
                    Diagnostic::error(format!("row's parent `{parent}` is not the `kode` of any row of table `{id}`"))
                        .with_span(row.span.clone()),
                );
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    for row in &table.rows {
        if let Some(k) = &row.kode {
            if !seen.insert(k.as_str()) {
                p.push(Diagnostic::error(format!("duplicate kode `{k}` in table `{id}`")).with_span(row.span.clone()));
            }
        }
    }
    Some(table)
}

fn read_plan_table(src: &Source<'_>, t: &DeTable<'_>, plan: &mut Plan, fatal: &mut Vec<Diagnostic>) {
    fatal.extend(src.unknown_keys(t, PLAN_KEYS, "[plan]"));
    plan.kind = get(t, "kind").and_then(|v| collect(fatal, src.named(v, "plan.kind")));
    if let Some(v) = get(t, "year") {
        if let Some(y) = collect(fatal, src.integer(v, "plan.year")) {
            match i32::try_from(y) {
                Ok(y) if (1900..=2200).contains(&y) => plan.year = Some(y),
                _ => fatal.push(src.error_at(v, format!("`{y}` is not a plausible plan year"))),
            }
        }
    }
    plan.revision = get(t, "revision").and_then(|v| collect(fatal, src.named(v, "plan.revision")));
    plan.source = opt_text(src, t, "source", fatal);
    plan.scale = opt_text(src, t, "scale", fatal);
    plan.illustrative = get(t, "illustrative").and_then(|v| collect(fatal, illustrative(src, v)).flatten());
    if let Some(v) = get(t, "numbers") {
        if let Some(c) = read_convention(src, v, fatal) {
            plan.numbers = c;
        }
    }
}

fn read_convention(src: &Source<'_>, v: &Value<'_>, problems: &mut Vec<Diagnostic>) -> Option<Convention> {
    collect(problems, src.named(v, "numbers"))
}

/// Reads one `[[indicator]]` (or `[[indicator.component]]` when `component`);
/// also used for the inline indicators of fixture cases.
pub fn read_indicator(
    src: &Source<'_>,
    item: &Value<'_>,
    index: usize,
    numbers: Convention,
    annual: Period,
    component: bool,
) -> Indicator {
    let what = if component { "component" } else { "indicator" };
    let header = src.span(item.span());
    let DeValue::Table(t) = item.get_ref() else {
        let mut ind = Indicator::new(format!("#{}", index + 1), header);
        ind.problems.push(src.error_at(item, format!("each {what} must be a table")));
        return ind;
    };
    let mut p = Vec::new();
    let id = match get(t, "id") {
        Some(v) => collect(&mut p, src.text(v, "id")).unwrap_or_else(|| format!("#{}", index + 1)),
        None => {
            p.push(Diagnostic::error(format!("{what} #{} has no `id`", index + 1)).with_span(header.clone()));
            format!("#{}", index + 1)
        }
    };
    let mut ind = Indicator::new(id, header);
    p.extend(src.unknown_keys(
        t,
        if component { COMPONENT_KEYS } else { INDICATOR_KEYS },
        &format!("{what} `{}`", ind.id),
    ));

    let numbers = match get(t, "numbers") {
        Some(v) => read_convention(src, v, &mut p).unwrap_or(numbers),
        None => numbers,
    };
    ind.name = opt_text(src, t, "name", &mut p).unwrap_or_default();
    ind.sasaran = opt_text(src, t, "sasaran", &mut p);
    ind.satuan = opt_text(src, t, "satuan", &mut p);
    ind.definisi = opt_text(src, t, "definisi", &mut p);
    ind.scale = opt_text(src, t, "scale", &mut p);
    ind.illustrative = get(t, "illustrative").and_then(|v| collect(&mut p, illustrative(src, v)).flatten());
    if let Some(x) = get(t, "polarity").and_then(|v| collect(&mut p, src.named(v, "polarity"))) {
        ind.polarity = x;
    }
    if let Some(x) = get(t, "aggregation").and_then(|v| collect(&mut p, src.named(v, "aggregation"))) {
        ind.aggregation = x;
    }
    if let Some(x) = get(t, "target_kind").and_then(|v| collect(&mut p, src.named(v, "target_kind"))) {
        ind.target_kind = x;
    }
    // Target and realisasi text may end with the indicator's satuan.
    let satuan = ind.satuan.clone();
    let satuan = satuan.as_deref();
    if let Some(v) = get(t, "target") {
        ind.target = collect(&mut p, src.target(v, "target", numbers, satuan));
    }
    if let Some(v) = get(t, "rule") {
        ind.rule = collect(&mut p, src.located_text(v, "rule"));
    }
    if let Some(v) = get(t, "params") {
        match v.get_ref() {
            DeValue::Table(pt) => {
                for (k, pv) in pt.iter() {
                    if let Some(x) = collect(&mut p, src.param(pv, k.get_ref(), numbers)) {
                        ind.params.insert(k.get_ref().to_string(), x);
                    }
                }
            }
            other => p.push(src.error_at(v, format!("`params` must be a table, found {}", type_name(other)))),
        }
    }
    if let Some(v) = get(t, "targets") {
        let (targets, problems) = src.period_map(v, "targets", None, |x| src.target(x, "targets", numbers, satuan));
        ind.targets = targets;
        p.extend(problems);
    }
    if let Some(v) = get(t, "realisasi") {
        let (real, problems) =
            src.period_map(v, "realisasi", Some(annual), |x| src.number_in(x, "realisasi", numbers, satuan));
        ind.realisasi = real;
        p.extend(problems);
    }
    if let Some(v) = get(t, "rounding") {
        if let Some(r) = read_rounding(src, v, &mut p) {
            ind.rounding = r;
        }
    }
    if let Some(v) = get(t, "budget") {
        ind.budget = read_budget(src, v, numbers, annual, &mut p);
    }
    if let Some(v) = get(t, "component") {
        match v.get_ref() {
            DeValue::Array(items) => {
                let mut seen = HashSet::new();
                for (i, c) in items.iter().enumerate() {
                    let mut comp = read_indicator(src, c, i, numbers, annual, true);
                    if !seen.insert(comp.id.clone()) {
                        p.push(
                            Diagnostic::error(format!("duplicate component id `{}`", comp.id))
                                .with_span(comp.span.clone()),
                        );
                    }
                    // A broken component breaks its index, not the plan.
                    p.append(&mut comp.problems);
                    ind.components.push(comp);
                }
            }
            _ => p.push(src.error_at(v, "`component` must be a list of tables: write each as [[indicator.component]]")),
        }
    }
    p.extend(check_granularity(&ind));
    ind.problems = p;
    ind
}

/// Mixing months with quarters (or with the whole year) in one series would
/// count the same realisation twice when summed to date.
fn check_granularity(ind: &Indicator) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let series: [(&str, Vec<(Period, &Span)>); 2] = [
        ("targets", ind.targets.iter().map(|(p, l)| (*p, &l.span)).collect()),
        ("realisasi", ind.realisasi.iter().map(|(p, l)| (*p, &l.span)).collect()),
    ];
    for (name, s) in series {
        if let Some((first, _)) = s.first() {
            if let Some((p, span)) = s.iter().find(|(p, _)| p.granularity() != first.granularity()) {
                out.push(
                    Diagnostic::error(format!(
                        "`{name}` of `{}` mixes a {} ({first}) with a {} ({p})",
                        ind.id,
                        first.granularity(),
                        p.granularity()
                    ))
                    .with_span((*span).clone())
                    .with_help(
                        "give every period of a series at the same granularity: all months, all quarters or one year",
                    ),
                );
            }
        }
    }
    out
}

fn read_rounding(src: &Source<'_>, v: &Value<'_>, p: &mut Vec<Diagnostic>) -> Option<Rounding> {
    let DeValue::Table(t) = v.get_ref() else {
        p.push(src.error_at(v, "`rounding` must be a table such as { decimals = 2, mode = \"half-up\" }"));
        return None;
    };
    p.extend(src.unknown_keys(t, ROUNDING_KEYS, "`rounding`"));
    let mut r = Rounding::default();
    if let Some(d) = get(t, "decimals") {
        let n = collect(p, src.integer(d, "rounding.decimals"))?;
        match u32::try_from(n) {
            Ok(n) if n <= MAX_DECIMALS => r.decimals = n,
            _ => {
                p.push(src.error_at(d, format!("`decimals` must be between 0 and {MAX_DECIMALS}, found {n}")));
                return None;
            }
        }
    }
    if let Some(m) = get(t, "mode") {
        r.mode = collect(p, src.named(m, "rounding.mode"))?;
    }
    Some(r)
}

fn read_budget(
    src: &Source<'_>,
    v: &Value<'_>,
    numbers: Convention,
    annual: Period,
    p: &mut Vec<Diagnostic>,
) -> Option<Budget> {
    let DeValue::Table(t) = v.get_ref() else {
        p.push(src.error_at(v, "`budget` must be a table such as { pagu = \"920.021.000\" }"));
        return None;
    };
    p.extend(src.unknown_keys(t, BUDGET_KEYS, "`budget`"));
    // Budget tables are often printed in another convention than the
    // indicator table (2,870,628,000 beside 10.000), hence their own key.
    let numbers = match get(t, "numbers") {
        Some(v) => read_convention(src, v, p).unwrap_or(numbers),
        None => numbers,
    };
    let mut b = Budget { satuan: opt_text(src, t, "satuan", p), ..Budget::default() };
    if let Some(x) = get(t, "pagu") {
        b.pagu = collect(p, src.number(x, "budget.pagu", numbers));
    }
    if let Some(x) = get(t, "realisasi") {
        let (real, problems) =
            src.period_map(x, "budget.realisasi", Some(annual), |y| src.number(y, "budget.realisasi", numbers));
        b.realisasi = real;
        p.extend(problems);
    }
    Some(b)
}

/// `illustrative = true` (the figures are illustrative) or a text saying
/// which are and why; `false` is the same as leaving it out.
fn illustrative(src: &Source<'_>, v: &Value<'_>) -> Result<Option<String>, Diagnostic> {
    match v.get_ref() {
        DeValue::Boolean(true) => Ok(Some("figures not from the source document".to_string())),
        DeValue::Boolean(false) => Ok(None),
        DeValue::String(s) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
        DeValue::String(_) => Err(src.error_at(v, "`illustrative` is empty: say which figures are illustrative")),
        other => Err(src
            .error_at(v, format!("`illustrative` must be true or a text, found {}", type_name(other)))
            .with_help("e.g. illustrative = \"realisasi invented: the RKT prints none\"")),
    }
}

fn opt_text(src: &Source<'_>, t: &DeTable<'_>, key: &str, p: &mut Vec<Diagnostic>) -> Option<String> {
    get(t, key).and_then(|v| collect(p, src.text(v, key)))
}

fn collect<T>(problems: &mut Vec<Diagnostic>, r: Result<T, Diagnostic>) -> Option<T> {
    r.map_err(|d| problems.push(d)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Plan {
        read_toml_plan(Path::new("p.toml"), text, None).unwrap_or_else(|e| panic!("{:?}", e.diagnostics()))
    }

    /// A dash or a blank means "no value" alike in a table row and in an
    /// indicator's periods (an em dash was once an error in a row only).
    #[test]
    fn dashes_and_blanks_are_no_value_in_rows_and_periods() {
        let plan = read(
            "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
             [[indicator]]\nid = \"A\"\ntarget = 1\n\
             realisasi = { \"2024-01\" = \"—\", \"2024-02\" = \"–\", \"2024-03\" = \"-\", \"2024-04\" = \" \", \"2024-05\" = 1 }\n\
             [[table]]\nid = \"t\"\ncolumns = [\"a\", \"b\", \"c\", \"d\", \"e\"]\n\
             [[table.row]]\nkode = \"1\"\na = \"—\"\nb = \"–\"\nc = \"-\"\nd = \" \"\ne = 5\n",
        );
        assert!(plan.problems.is_empty(), "{:?}", plan.problems);
        let ind = &plan.indicators[0];
        assert!(ind.problems.is_empty(), "{:?}", ind.problems);
        assert_eq!(ind.realisasi.iter().map(|(p, _)| p.to_string()).collect::<Vec<_>>(), ["2024-05"]);
        let row = &plan.tables[0].rows[0];
        assert_eq!(row.values.keys().collect::<Vec<_>>(), ["e"]);
    }
}
