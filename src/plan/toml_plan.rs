//! Reading a plan file in TOML (format: `docs/plan-format.md`).
//!
//! Each table is read through [`Fields`]: the keys a reader asks for are the
//! keys of the format, and any other key is reported as unknown.

use super::LoadError;
use super::checks::{comparison_polarity, plain_id};
use super::fields::Fields;
use super::toml_value::{Source, Value, type_name};
use crate::diagnostic::suggest;
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::model::{Budget, Discrepancy, Indicator, Period, Plan, Program, Row, Table, Unit};
use crate::number::{Convention, MAX_DECIMALS, Rounding, is_no_value};
use std::collections::BTreeMap;
use std::collections::HashSet;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// Parses plan text. Problems with the file as a whole (syntax, `[unit]`,
/// `[plan]`) make it unusable; problems inside one indicator are kept on that
/// indicator so the others can still be evaluated.
pub fn read_toml_plan(path: &Path, text: &str, numbers_override: Option<Convention>) -> Result<Plan, LoadError> {
    let src = Source::new(path, text);
    let doc = src.parse()?;
    let root = Fields::new(&src, doc.get_ref());
    let (unit, header) = (root.get("unit"), root.get("plan"));
    let (indicators, tables, discrepancies) = (root.get("indicator"), root.get("table"), root.get("discrepancy"));
    let (sasaran, tujuan) = (root.get("sasaran"), root.get("tujuan"));
    let mut fatal = root.finish(Text::PlacePlanFile);

    let unit = read_unit(&src, unit, doc.span().start, &mut fatal);
    let mut plan = Plan::new(path, unit, Convention::Id);
    if let Some(t) = header.and_then(|v| src.table(v, "plan").map_err(|d| fatal.push(d)).ok()) {
        fatal.extend(read_plan_table(&src, t, &mut plan));
    }
    // The command line's --numbers is a guess about many files, not the
    // file's own word: ambiguous text under it still gets its warning.
    if let Some(c) = numbers_override {
        // Reading a file against its own declaration is exactly when
        // ambiguous text must be pointed out.
        if c != plan.numbers {
            src.undeclare_numbers();
        }
        plan.numbers = c;
    }
    if !fatal.is_empty() {
        return Err(LoadError::Invalid(fatal));
    }
    plan.indicators = read_indicators(&src, indicators, plan.numbers, plan.annual_period())?;
    if let Some(v) = tables {
        let (tables, problems) = read_tables(&src, v, plan.numbers)?;
        plan.tables = tables;
        // A bad table cell affects no indicator: it is reported (an error
        // of `capaian check`) and the cell left out, never stopping eval.
        plan.problems.extend(problems);
    }
    if let Some(v) = discrepancies {
        plan.discrepancies = read_discrepancies(&src, v).map_err(LoadError::Invalid)?;
    }
    if let Some(v) = sasaran {
        plan.sasaran = super::toml_goals::read_sasaran(&src, v).map_err(LoadError::Invalid)?;
    }
    if let Some(v) = tujuan {
        plan.tujuan = super::toml_goals::read_tujuan(&src, v).map_err(LoadError::Invalid)?;
    }
    let mut warnings = src.warnings.take();
    if plan.indicators.is_empty() && plan.tables.is_empty() {
        warnings.push(Diagnostic::warning(Kind::PlanNoIndicators).with_span(Span::file(path)));
    }
    plan.warnings = warnings;
    Ok(plan)
}

/// Reads `[unit]`; `doc_start` is where a missing `id` is reported.
fn read_unit(src: &Source<'_>, v: Option<&Value<'_>>, doc_start: usize, fatal: &mut Vec<Diagnostic>) -> Unit {
    let Some(v) = v else {
        fatal.push(Diagnostic::error(Kind::PlanNoUnit).with_span(Span::file(src.path)));
        return Unit::default();
    };
    let t = match src.table(v, "unit") {
        Ok(t) => t,
        Err(d) => {
            fatal.push(d);
            return Unit::default();
        }
    };
    let f = Fields::new(src, t);
    let id = f.get("id");
    if id.is_none() {
        f.report(Diagnostic::error(Kind::PlanUnitNoId).with_span(src.span(doc_start..doc_start)));
    }
    let id = id
        .and_then(|v| f.keep(src.text(v, "unit.id").and_then(|id| plain_id(id, src.span(v.span())))))
        .unwrap_or_default();
    let unit = Unit { id, name: f.text("name"), parent: f.text("parent") };
    fatal.extend(f.finish(Text::PlaceKey { key: "[unit]".into() }));
    unit
}

fn read_plan_table(src: &Source<'_>, t: &DeTable<'_>, plan: &mut Plan) -> Vec<Diagnostic> {
    let f = Fields::new(src, t);
    plan.kind = f.named("kind", "plan.kind");
    if let Some(v) = f.get("year")
        && let Some(y) = f.keep(src.integer(v, "plan.year"))
    {
        match i32::try_from(y) {
            Ok(y) if (1900..=2200).contains(&y) => plan.year = Some(y),
            _ => f.report(src.error_at(v, Kind::PlanYear { year: y.to_string() })),
        }
    }
    plan.revision = f.named("revision", "plan.revision");
    plan.renstra = f.read("renstra", |v| renstra_period(src, v));
    plan.source = f.text("source");
    plan.scale = f.text("scale");
    plan.illustrative = f.read("illustrative", |v| illustrative(src, v)).flatten();
    if let Some(numbers) = f.named("numbers", "numbers") {
        plan.numbers = numbers;
        src.declare_numbers();
    }
    f.finish(Text::PlaceKey { key: "[plan]".into() })
}

/// The Renstra period, `"2021-2026"` (a dash or an en dash): five years as
/// a rule, never more than ten, the first before the last.
fn renstra_period(src: &Source<'_>, v: &Value<'_>) -> Result<(i32, i32), Diagnostic> {
    let text = src.text(v, "plan.renstra")?;
    let years = text.split_once(['-', '–']).and_then(|(a, b)| Some((a.trim().parse().ok()?, b.trim().parse().ok()?)));
    match years {
        Some((a, b)) if (1900..=2200).contains(&a) && a < b && b - a <= 10 => Ok((a, b)),
        _ => Err(src.error_at(v, Kind::PlanRenstra { text })),
    }
}

/// Reads every `[[indicator]]`; each keeps its own problems.
fn read_indicators(
    src: &Source<'_>,
    v: Option<&Value<'_>>,
    numbers: Convention,
    annual: Period,
) -> Result<Vec<Indicator>, LoadError> {
    let items = match v.map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Array(items))) => items.iter().collect(),
        Some((v, _)) => {
            return Err(LoadError::Invalid(vec![
                src.error_at(v, Kind::NotListOfTables { key: "indicator".into(), header: "[[indicator]]".into() }),
            ]));
        }
        None => Vec::new(),
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let mut ind = read_indicator(src, item, i, numbers, annual, Place::Plan);
        if !seen.insert(ind.id.clone()) {
            ind.problems.push(
                Diagnostic::error(Kind::PlanDuplicateIndicator { id: ind.id.clone() }).with_span(ind.span.clone()),
            );
        }
        ind.report_periods = vec![annual];
        out.push(ind);
    }
    Ok(out)
}

/// Reads every `[[table]]`: the tables, and the problems of their cells.
fn read_tables(
    src: &Source<'_>,
    v: &Value<'_>,
    numbers: Convention,
) -> Result<(Vec<Table>, Vec<Diagnostic>), LoadError> {
    let DeValue::Array(items) = v.get_ref() else {
        return Err(LoadError::Invalid(vec![
            src.error_at(v, Kind::NotListOfTables { key: "table".into(), header: "[[table]]".into() }),
        ]));
    };
    let mut tables: Vec<Table> = Vec::new();
    let mut problems = Vec::new();
    for item in items.iter() {
        if let Some(t) = read_table(src, item, numbers, &mut problems) {
            if tables.iter().any(|x| x.id == t.id) {
                let kind = Kind::TableDuplicate { id: t.id.clone() };
                problems.push(Diagnostic::error(kind).with_span(t.span.clone()));
            }
            tables.push(t);
        }
    }
    Ok((tables, problems))
}

/// Reads the `[[discrepancy]]` list; any problem makes the plan unusable.
fn read_discrepancies(src: &Source<'_>, v: &Value<'_>) -> Result<Vec<Discrepancy>, Vec<Diagnostic>> {
    let items: Vec<&Value<'_>> = match v.get_ref() {
        DeValue::Array(a) => a.iter().collect(),
        _ => Vec::new(),
    };
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for item in items {
        let DeValue::Table(t) = item.get_ref() else { continue };
        let f = Fields::new(src, t);
        let (rule, reason) = (f.text("rule"), f.text("reason"));
        let (table, row, column, indicator) = (f.text("table"), f.text("row"), f.text("column"), f.text("indicator"));
        match (rule, reason) {
            (Some(rule), Some(reason)) => {
                out.push(Discrepancy { rule, table, row, column, indicator, reason, span: src.span(item.span()) })
            }
            _ => f.report(src.error_at(item, Kind::PlanDiscrepancyFields)),
        }
        problems.extend(f.finish(Text::PlaceKey { key: "[[discrepancy]]".into() }));
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// Reads one `[[table]]` with its `[[table.row]]`s. Row keys are `kode`,
/// `uraian`, `parent`, the declared numeric `columns`, and any other text cell.
fn read_table(src: &Source<'_>, item: &Value<'_>, numbers: Convention, p: &mut Vec<Diagnostic>) -> Option<Table> {
    let DeValue::Table(t) = item.get_ref() else {
        p.push(src.error_at(item, Kind::TableNotTable));
        return None;
    };
    let f = Fields::new(src, t);
    let id = f.read("id", |v| src.text(v, "table.id"));
    let numbers = f.named("numbers", "numbers").unwrap_or(numbers);
    let columns = f.get("columns");
    let (title, source, rows) = (f.text("title"), f.text("source"), f.get("row"));
    p.extend(f.finish(Text::PlaceKey { key: "[[table]]".into() }));
    let Some(id) = id else {
        p.push(src.error_at(item, Kind::TableNoId));
        return None;
    };
    let columns = match columns.map(|v| (v, v.get_ref())) {
        Some((_, DeValue::Array(cols))) => {
            cols.iter().filter_map(|c| src.text(c, "columns").map_err(|d| p.push(d)).ok()).collect()
        }
        Some((v, _)) => {
            p.push(src.error_at(v, Kind::TableColumnsNotList));
            Vec::new()
        }
        None => {
            p.push(src.error_at(item, Kind::TableNoColumns { id: id.clone() }));
            Vec::new()
        }
    };
    let mut table = Table { id, title, source, columns, numbers, rows: Vec::new(), span: src.span(item.span()) };
    let rows = match rows.map(|v| v.get_ref()) {
        Some(DeValue::Array(rows)) => rows.iter().collect::<Vec<_>>(),
        Some(_) | None => Vec::new(),
    };
    for row in rows {
        match row.get_ref() {
            DeValue::Table(r) => {
                let row = read_row(src, r, row, &table, p);
                table.rows.push(row);
            }
            _ => p.push(src.error_at(row, Kind::TableRowNotTable)),
        }
    }
    check_rows(&table, p);
    Some(table)
}

/// Reads one `[[table.row]]`: its fixed keys, then every other key as a
/// numeric cell of a declared column or a text cell.
fn read_row(src: &Source<'_>, r: &DeTable<'_>, item: &Value<'_>, table: &Table, p: &mut Vec<Diagnostic>) -> Row {
    let f = Fields::new(src, r);
    let mut out = Row {
        kode: f.text("kode"),
        uraian: f.text("uraian"),
        parent: f.text("parent"),
        text: BTreeMap::new(),
        values: BTreeMap::new(),
        span: src.span(item.span()),
    };
    let (cells, problems) = f.rest();
    p.extend(problems);
    for (key, key_span, v) in cells {
        if table.columns.iter().any(|c| c == key) {
            match v.get_ref() {
                DeValue::String(s) if is_no_value(s) => {}
                _ => {
                    if let Ok(n) = src.number(v, key, table.numbers).map_err(|d| p.push(d)) {
                        out.values.insert(key.to_string(), n);
                    }
                }
            }
        } else if let DeValue::String(s) = v.get_ref() {
            out.text.insert(key.to_string(), s.to_string());
        } else {
            let d = Diagnostic::error(Kind::TableUndeclaredColumn { key: key.to_string(), table: table.id.clone() })
                .with_span(key_span);
            p.push(match suggest(key, table.columns.iter().map(String::as_str)) {
                Some(s) => d.with_help(Text::DidYouMean { word: s.to_string() }),
                None => d.with_help(Text::TableAddColumn { columns: table.columns.join(", ") }),
            });
        }
    }
    out
}

/// Every `parent` names a row's `kode`, and no `kode` is used twice.
fn check_rows(table: &Table, p: &mut Vec<Diagnostic>) {
    let id = &table.id;
    // Parents may be printed after their children (a total row at the bottom).
    for row in &table.rows {
        if let Some(parent) = &row.parent
            && !table.rows.iter().any(|x| x.kode.as_deref() == Some(parent.as_str()))
        {
            p.push(
                Diagnostic::error(Kind::TableUnknownParent { parent: parent.clone(), table: id.clone() })
                    .with_span(row.span.clone()),
            );
        }
    }
    let mut seen = HashSet::new();
    for row in &table.rows {
        if let Some(k) = &row.kode
            && !seen.insert(k.as_str())
        {
            let kind = Kind::TableDuplicateKode { kode: k.clone(), table: id.clone() };
            p.push(Diagnostic::error(kind).with_span(row.span.clone()));
        }
    }
}

/// Where an indicator table is written, which decides the keys it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Place {
    /// An `[[indicator]]` of a plan.
    Plan,
    /// An `[[indicator.component]]` of a composite index: no rule, budget,
    /// rounding, scale, sasaran or components of its own.
    Component,
    /// The inline indicator of a fixture case, whose `id` may be left out.
    Case,
}

/// Reads one `[[indicator]]`, `[[indicator.component]]` or the inline
/// indicator of a fixture case.
pub(crate) fn read_indicator(
    src: &Source<'_>,
    item: &Value<'_>,
    index: usize,
    numbers: Convention,
    annual: Period,
    place: Place,
) -> Indicator {
    let header = src.span(item.span());
    let numbered = || format!("#{}", index + 1);
    let DeValue::Table(t) = item.get_ref() else {
        let mut ind = Indicator::new(numbered(), header);
        let kind = if place == Place::Component { Kind::PlanComponentNotTable } else { Kind::PlanIndicatorNotTable };
        ind.problems.push(src.error_at(item, kind));
        return ind;
    };
    let f = Fields::new(src, t);
    // A missing id comes first: the results name the indicator by number.
    let mut problems = Vec::new();
    let id = match f.get("id") {
        Some(v) => f.keep(src.text(v, "id").and_then(|id| plain_id(id, src.span(v.span())))).unwrap_or_else(numbered),
        None if place == Place::Case => "case".to_string(),
        None => {
            let index = (index + 1).to_string();
            let kind =
                if place == Place::Component { Kind::ComponentNoId { index } } else { Kind::IndicatorNoId { index } };
            problems.push(Diagnostic::error(kind).with_span(header.clone()));
            numbered()
        }
    };
    let mut ind = Indicator::new(id, header);
    let numbers = f.named("numbers", "numbers").unwrap_or(numbers);
    ind.name = f.text("name").unwrap_or_default();
    ind.satuan = f.text("satuan");
    ind.definisi = f.text("definisi");
    ind.illustrative = f.read("illustrative", |v| illustrative(src, v)).flatten();
    let polarity = f.named("polarity", "polarity");
    ind.polarity = polarity.unwrap_or(ind.polarity);
    ind.polarity_given = polarity.is_some();
    ind.aggregation = f.named("aggregation", "aggregation").unwrap_or(ind.aggregation);
    ind.target_kind = f.named("target_kind", "target_kind").unwrap_or(ind.target_kind);
    // Target and realisasi text may end with the indicator's satuan.
    let satuan = ind.satuan.clone();
    let satuan = satuan.as_deref();
    ind.target = f.read("target", |v| src.target(v, "target", numbers, satuan));
    ind.ratio = ["target", "realisasi"]
        .iter()
        .any(|k| matches!(f.get(k).map(|v| v.get_ref()), Some(DeValue::String(s)) if s.contains(':')));
    let target_span = ind.target.as_ref().map(|t| t.span.clone());
    if let (Some(DeValue::String(text)), Some(span)) = (f.get("target").map(|v| v.get_ref()), target_span)
        && let Some(d) = comparison_polarity(&mut ind, polarity, text, &span)
    {
        src.warnings.borrow_mut().push(d);
    }
    if let Some(pt) = f.read("params", |v| src.table(v, "params")) {
        for (k, pv) in pt.iter() {
            if let Some(x) = f.keep(src.param(pv, k.get_ref(), numbers)) {
                ind.params.insert(k.get_ref().to_string(), x);
            }
        }
    }
    ind.targets = f.periods("targets", "targets", None, |x| src.target(x, "targets", numbers, satuan));
    ind.realisasi =
        f.periods("realisasi", "realisasi", Some(annual), |x| src.number_in(x, "realisasi", numbers, satuan));
    if place != Place::Component {
        ind.sasaran = f.text("sasaran");
        ind.sasaran_id = f.text("sasaran_id");
        ind.parent = super::toml_goals::parent_key(src, &f);
        ind.program = f.get("program").and_then(|v| read_program(src, v, &f));
        ind.target_renstra = f.read("target_renstra", |v| src.target(v, "target_renstra", numbers, satuan));
        ind.previous_ids = f.read("previous_id", |v| previous_ids(src, v)).unwrap_or_default();
        // The SOP's "penanggung jawab" is the team: one key, two names.
        ind.tim = match (f.text("tim"), f.get("penanggung_jawab")) {
            (Some(t), Some(v)) => {
                f.report(src.error_at(v, Kind::PlanTimTwice));
                Some(t)
            }
            (Some(t), None) => Some(t),
            (None, _) => f.text("penanggung_jawab"),
        };
        ind.scale = f.text("scale");
        ind.rule = f.read("rule", |v| src.located_text(v, "rule"));
        ind.rounding = f.get("rounding").and_then(|v| read_rounding(src, v, &f)).unwrap_or_default();
        ind.budget = f.get("budget").and_then(|v| read_budget(src, v, numbers, annual, &f));
        // What a roll-up of its sasaran needs (docs/plan-format.md, "Roll-up").
        ind.bobot = f.read("bobot", |v| src.number(v, "bobot", numbers));
        ind.pembilang = f.periods("pembilang", "pembilang", Some(annual), |x| src.number(x, "pembilang", numbers));
        ind.penyebut = f.periods("penyebut", "penyebut", Some(annual), |x| src.number(x, "penyebut", numbers));
        if let Some(v) = f.get("component") {
            ind.components = read_components(src, v, numbers, annual, &f);
        }
    }
    let id = ind.id.clone();
    problems.extend(f.finish(if place == Place::Component {
        Text::PlaceComponent { id }
    } else {
        Text::PlaceIndicator { id }
    }));
    problems.extend(check_granularity(&ind));
    problems.extend(check_year(&ind, annual));
    ind.problems = problems;
    ind
}

/// `previous_id`: the id (or ids) the indicator had in earlier years' plans.
fn previous_ids(src: &Source<'_>, v: &Value<'_>) -> Result<Vec<String>, Diagnostic> {
    match v.get_ref() {
        DeValue::Array(items) => items.iter().map(|i| src.text(i, "previous_id")).collect(),
        _ => Ok(vec![src.text(v, "previous_id")?]),
    }
}

/// A plan is a year's: a target or realisasi of another year would be left
/// out of every figure to date without a word, so it is an error.
fn check_year(ind: &Indicator, annual: Period) -> Vec<Diagnostic> {
    let Some(year) = annual.year() else { return Vec::new() };
    let budget = ind.budget.iter().flat_map(|b| b.realisasi.iter().map(|(p, l)| ("budget.realisasi", *p, &l.span)));
    ind.targets
        .iter()
        .map(|(p, l)| ("targets", *p, &l.span))
        .chain(ind.realisasi.iter().map(|(p, l)| ("realisasi", *p, &l.span)))
        .chain(budget)
        .filter(|(_, p, _)| p.year().is_some_and(|y| y != year))
        .map(|(series, p, span)| {
            let kind =
                Kind::PlanPeriodOutsideYear { series: series.into(), period: p.to_string(), year: year.to_string() };
            Diagnostic::error(kind).with_span(span.clone())
        })
        .collect()
}

/// Reads the components of a composite index; their problems are the
/// index's (a broken component breaks its index, not the plan).
fn read_components(
    src: &Source<'_>,
    v: &Value<'_>,
    numbers: Convention,
    annual: Period,
    f: &Fields<'_, '_>,
) -> Vec<Indicator> {
    let DeValue::Array(items) = v.get_ref() else {
        f.report(
            src.error_at(
                v,
                Kind::NotListOfTables { key: "component".into(), header: "[[indicator.component]]".into() },
            ),
        );
        return Vec::new();
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (i, c) in items.iter().enumerate() {
        let mut comp = read_indicator(src, c, i, numbers, annual, Place::Component);
        if !seen.insert(comp.id.clone()) {
            let kind = Kind::PlanDuplicateComponent { id: comp.id.clone() };
            f.report(Diagnostic::error(kind).with_span(comp.span.clone()));
        }
        f.report_all(std::mem::take(&mut comp.problems));
        out.push(comp);
    }
    out
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
        if let Some((first, _)) = s.first()
            && let Some((p, span)) = s.iter().find(|(p, _)| p.granularity() != first.granularity())
        {
            out.push(
                Diagnostic::error(Kind::PlanMixedGrains {
                    series: name.to_string(),
                    indicator: ind.id.clone(),
                    first: first.grain(),
                    first_period: first.to_string(),
                    other: p.grain(),
                    other_period: p.to_string(),
                })
                .with_span((*span).clone()),
            );
        }
    }
    out
}

fn read_rounding(src: &Source<'_>, v: &Value<'_>, parent: &Fields<'_, '_>) -> Option<Rounding> {
    let DeValue::Table(t) = v.get_ref() else {
        parent.report(src.error_at(v, Kind::PlanRoundingNotTable));
        return None;
    };
    let f = Fields::new(src, t);
    let decimals = f.read("decimals", |d| {
        let n = src.integer(d, "rounding.decimals")?;
        u32::try_from(n)
            .ok()
            .filter(|n| *n <= MAX_DECIMALS)
            .ok_or_else(|| src.error_at(d, Kind::PlanDecimals { max: MAX_DECIMALS.to_string(), found: n.to_string() }))
    });
    let mode = f.named("mode", "rounding.mode");
    let default = Rounding::default();
    let r = Rounding { decimals: decimals.unwrap_or(default.decimals), mode: mode.unwrap_or(default.mode) };
    parent.report_all(f.finish(Text::PlaceKey { key: "`rounding`".into() }));
    Some(r)
}

/// `program = "Dukungan Manajemen"` (an RKT prints the name only) or
/// `program = { kode = "5 03 02", nama = "PROGRAM KEPEGAWAIAN DAERAH" }`
/// (a Renja prints the code before the name).
fn read_program(src: &Source<'_>, v: &Value<'_>, parent: &Fields<'_, '_>) -> Option<Program> {
    let t = match v.get_ref() {
        DeValue::String(s) if !s.trim().is_empty() => return Some(Program { kode: None, nama: s.trim().to_string() }),
        DeValue::String(_) => {
            parent.report(src.error_at(v, Kind::PlanProgramNoName));
            return None;
        }
        DeValue::Table(t) => t,
        other => {
            parent.report(src.error_at(v, Kind::PlanProgramType { found: type_name(other) }));
            return None;
        }
    };
    let f = Fields::new(src, t);
    let kode = f.text("kode").map(|k| k.trim().to_string()).filter(|k| !k.is_empty());
    let nama = f.text("nama").map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    // A `nama` of another type has said so already.
    if nama.is_none() && matches!(f.get("nama").map(|n| n.get_ref()), None | Some(DeValue::String(_))) {
        f.report(src.error_at(v, Kind::PlanProgramNoName));
    }
    parent.report_all(f.finish(Text::PlaceKey { key: "`program`".into() }));
    Some(Program { kode, nama: nama? })
}

fn read_budget(
    src: &Source<'_>,
    v: &Value<'_>,
    numbers: Convention,
    annual: Period,
    parent: &Fields<'_, '_>,
) -> Option<Budget> {
    let DeValue::Table(t) = v.get_ref() else {
        parent.report(src.error_at(v, Kind::PlanBudgetNotTable));
        return None;
    };
    let f = Fields::new(src, t);
    // Budget tables are often printed in another convention than the
    // indicator table (2,870,628,000 beside 10.000), hence their own key.
    let numbers = f.named("numbers", "numbers").unwrap_or(numbers);
    let b = Budget {
        satuan: f.text("satuan"),
        pagu: f.read("pagu", |x| src.number(x, "budget.pagu", numbers)),
        realisasi: f
            .periods("realisasi", "budget.realisasi", Some(annual), |y| src.number(y, "budget.realisasi", numbers)),
        to_date: false,
    };
    parent.report_all(f.finish(Text::PlaceKey { key: "`budget`".into() }));
    Some(b)
}

/// `illustrative = true` (the figures are illustrative) or a text saying
/// which are and why; `false` is the same as leaving it out.
fn illustrative(src: &Source<'_>, v: &Value<'_>) -> Result<Option<String>, Diagnostic> {
    match v.get_ref() {
        // Said in the reader's language at output (an empty statement).
        DeValue::Boolean(true) => Ok(Some(String::new())),
        DeValue::Boolean(false) => Ok(None),
        DeValue::String(s) if !s.trim().is_empty() => Ok(Some(s.trim().to_string())),
        DeValue::String(_) => Err(src.error_at(v, Kind::PlanIllustrativeEmpty)),
        other => Err(src.error_at(v, Kind::PlanIllustrativeType { found: type_name(other) })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Plan {
        read_toml_plan(Path::new("p.toml"), text, None).unwrap_or_else(|e| panic!("{:?}", e.diagnostics()))
    }

    /// The SOP's "penanggung jawab" is the team: one key with two names,
    /// never both.
    #[test]
    fn tim_is_also_written_penanggung_jawab() {
        let head = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = 1\n";
        let plan = read(&format!("{head}penanggung_jawab = \"Tim Kerja Umum\"\n"));
        assert_eq!(plan.indicators[0].tim.as_deref(), Some("Tim Kerja Umum"));
        let plan = read(&format!("{head}tim = \"A\"\npenanggung_jawab = \"B\"\n"));
        let codes: Vec<&str> = plan.indicators[0].problems.iter().map(|d| d.code()).collect();
        assert_eq!(codes, ["plan/tim-twice"]);
        assert_eq!(plan.indicators[0].tim.as_deref(), Some("A"));
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
