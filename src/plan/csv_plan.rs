//! Reading indicator-periods from a CSV file (spreadsheet exports).
//!
//! One row is one indicator-period. Rows with the same `unit` and
//! `indicator` form one indicator; rows of the same unit form one plan.
//! Each row's target and realisasi are the values *to date* for its period,
//! because that is what a spreadsheet row of "target / realisasi s.d. bulan
//! ini" holds; a column `aggregation` can say otherwise.

use super::LoadError;
use crate::diagnostic::{Diagnostic, Kind, Span, Text, suggest};
use crate::model::{Aggregation, Indicator, Located, Period, Plan, Unit};
use crate::named::{Named, read_name};
use crate::number::{Convention, MAX_DECIMALS, Rounding, is_no_value, parse_optional_in, parse_target_in};
use crate::plan::toml_value::number_error;
use std::collections::HashMap;
use std::path::Path;

const REQUIRED: &[&str] = &["unit", "indicator", "target", "realisasi"];
const OPTIONAL: &[&str] = &["name", "satuan", "polarity", "period", "rule", "decimals", "rounding", "aggregation"];

/// Reads a whole CSV file into one plan per unit.
pub fn read_csv_plans(path: &Path, text: &str, numbers: Convention) -> Result<(Vec<Plan>, Vec<Diagnostic>), LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Invalid(vec![
            Diagnostic::error(Kind::CsvEmpty)
                .with_span(Span::file(path))
                .with_help(Text::CsvFirstLine { columns: REQUIRED.join(",") }),
        ]));
    }
    let delimiter = sniff_delimiter(text);
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| {
            LoadError::Invalid(vec![
                Diagnostic::error(Kind::CsvHeader { reason: e.to_string() }).with_span(Span::file(path)),
            ])
        })?
        .clone();
    let (columns, mut warnings) = read_header(path, text, &headers)?;

    let mut plans: Vec<Plan> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            LoadError::Invalid(vec![
                Diagnostic::error(Kind::CsvRow { reason: e.to_string() })
                    .with_span(Span::from_line_col(path, text, line, 1, 1)),
            ])
        })?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells = Cells {
            values: columns
                .iter()
                .map(|(k, i)| (*k, record.get(*i).map(str::trim).unwrap_or("").to_string()))
                .collect(),
            line: record.position().map_or(0, |p| p.line() as usize),
            path,
            text,
        };
        // A short or long row means shifted cells (or a quote never closed):
        // reading it by position would put numbers in the wrong columns.
        let mut shifted = None;
        if record.len() != headers.len() {
            let kind = Kind::CsvCellCount { cells: record.len().to_string(), header: headers.len().to_string() };
            let d = Diagnostic::error(kind).with_span(cells.line_span());
            // A quote never closed swallows the rest of the file: nothing after it can be trusted.
            if record.iter().any(|c| c.contains('\n')) {
                return Err(LoadError::Invalid(vec![d.with_help(Text::CsvUnclosedQuote)]));
            }
            shifted = Some(d.with_help(Text::CsvOneCellPerColumn));
        }
        let ind = indicator_of(&mut plans, &cells, numbers);
        match shifted {
            Some(d) => ind.problems.push(d),
            None => read_row(ind, &cells, numbers, &mut warnings),
        }
    }
    for plan in &mut plans {
        finish_plan(plan);
    }
    Ok((plans, warnings))
}

/// Maps the known columns to their positions; a misspelt, doubled or
/// missing required column makes the file unusable, any other column is a
/// warning.
fn read_header(
    path: &Path,
    text: &str,
    headers: &csv::StringRecord,
) -> Result<(HashMap<&'static str, usize>, Vec<Diagnostic>), LoadError> {
    let header_span = || Span::from_line_col(path, text, 1, 1, 1);
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    let mut fatal = Vec::new();
    let mut warnings = Vec::new();
    let known: Vec<&'static str> = REQUIRED.iter().chain(OPTIONAL).copied().collect();
    for (i, h) in headers.iter().enumerate() {
        let name = h.trim().trim_start_matches('\u{feff}').to_ascii_lowercase();
        match known.iter().find(|k| **k == name) {
            Some(k) => {
                if columns.insert(k, i).is_some() {
                    let kind = Kind::CsvDuplicateColumn { name: name.clone() };
                    fatal.push(Diagnostic::error(kind).with_span(header_span()));
                }
            }
            None => match suggest(&name, known.iter().copied()) {
                Some(s) => fatal.push(
                    Diagnostic::error(Kind::CsvUnknownColumn { name: h.trim().to_string() })
                        .with_span(header_span())
                        .with_help(Text::DidYouMean { word: s.to_string() }),
                ),
                None => warnings.push(
                    Diagnostic::warning(Kind::CsvUnusedColumn { name: h.trim().to_string() })
                        .with_span(header_span())
                        .with_help(Text::CsvColumnsRead { columns: known.join(", ") }),
                ),
            },
        }
    }
    for r in REQUIRED {
        if !columns.contains_key(r) {
            fatal.push(
                Diagnostic::error(Kind::CsvMissingColumn { name: r.to_string() })
                    .with_span(header_span())
                    .with_help(Text::CsvRequiredColumns { columns: REQUIRED.join(", ") }),
            );
        }
    }
    if fatal.is_empty() { Ok((columns, warnings)) } else { Err(LoadError::Invalid(fatal)) }
}

/// The cells of one row by column name, trimmed, with where they are.
struct Cells<'a> {
    values: HashMap<&'static str, String>,
    line: usize,
    path: &'a Path,
    text: &'a str,
}

impl Cells<'_> {
    /// A cell's text; `""` for a column the file does not have.
    fn get(&self, column: &str) -> String {
        self.values.get(column).cloned().unwrap_or_default()
    }

    /// Where a cell is: its text found on the row's line (column 1 if not).
    fn span(&self, column: &str) -> Span {
        let value = self.get(column);
        let row = self.text.lines().nth(self.line.saturating_sub(1)).unwrap_or("");
        let col = if value.is_empty() { None } else { row.find(&value) }.map_or(1, |b| row[..b].chars().count() + 1);
        Span::from_line_col(self.path, self.text, self.line, col, value.chars().count())
    }

    /// The start of the row.
    fn line_span(&self) -> Span {
        Span::from_line_col(self.path, self.text, self.line, 1, 1)
    }
}

/// The indicator a row belongs to, added (with its unit's plan) on its first row.
fn indicator_of<'p>(plans: &'p mut Vec<Plan>, cells: &Cells<'_>, numbers: Convention) -> &'p mut Indicator {
    let unit_id = cells.get("unit");
    let ind_id = cells.get("indicator");
    let plan_index = match plans.iter().position(|p| p.unit.id == unit_id) {
        Some(i) => i,
        None => {
            plans.push(Plan::new(cells.path, Unit { id: unit_id, ..Unit::default() }, numbers));
            plans.len() - 1
        }
    };
    let plan = &mut plans[plan_index];
    let index = match plan.indicators.iter().position(|i| i.id == ind_id) {
        Some(i) => i,
        None => {
            let mut ind = Indicator::new(ind_id.clone(), cells.line_span());
            if ind_id.is_empty() {
                ind.id = format!("row {}", cells.line);
                ind.problems.push(Diagnostic::error(Kind::CsvEmptyIndicator).with_span(cells.span("indicator")));
            }
            plan.indicators.push(ind);
            plan.indicators.len() - 1
        }
    };
    &mut plan.indicators[index]
}

/// One row's settings, period, target and realisasi. A bad figure fails
/// its period only; a bad period or a second row for one period, the indicator.
fn read_row(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, warnings: &mut Vec<Diagnostic>) {
    let first_row = ind.report_periods.is_empty() && ind.targets.is_empty() && ind.target.is_none();
    read_row_settings(ind, first_row, cells);
    let period = match cells.get("period").as_str() {
        "" => Period::Total,
        p => match Period::parse(p) {
            Ok(p) => p,
            Err(e) => {
                ind.problems.push(Diagnostic::error(e).with_span(cells.span("period")));
                return;
            }
        },
    };
    if ind.report_periods.contains(&period) {
        ind.problems.push(
            Diagnostic::error(Kind::CsvDuplicatePeriod { indicator: ind.id.clone(), period: period.to_string() })
                .with_span(cells.span("period")),
        );
        return;
    }
    ind.report_periods.push(period);
    for column in ["target", "realisasi"] {
        if let Some(msg) = crate::number::ambiguity(&cells.get(column), numbers) {
            warnings.push(Diagnostic::warning(msg).with_span(cells.span(column)));
        }
    }
    // A cell may end with the row's satuan ("5.500 orang"), nothing else.
    let satuan = cells.get("satuan");
    let satuan = (!satuan.trim().is_empty()).then_some(satuan);
    match parse_target_in(&cells.get("target"), numbers, satuan.as_deref()) {
        Ok(t) => {
            let located = Located { value: t, span: cells.span("target") };
            if matches!(period, Period::Total | Period::Year(_)) {
                ind.target = Some(located.clone());
            }
            if period != Period::Total {
                ind.targets.push((period, located));
            }
        }
        Err(e) => ind.period_problems.push((period, number_error(e, cells.span("target")))),
    }
    match parse_optional_in(&cells.get("realisasi"), numbers, satuan.as_deref()) {
        Ok(Some(n)) => ind.realisasi.push((period, Located { value: n.value, span: cells.span("realisasi") })),
        Ok(None) => {}
        Err(e) => ind.period_problems.push((period, number_error(e, cells.span("realisasi")))),
    }
}

/// Checks each indicator's rows as a whole, and takes the plan year from
/// the rows when they agree on one.
fn finish_plan(plan: &mut Plan) {
    for ind in &mut plan.indicators {
        // Figures to be added up must not mix a year row with month rows.
        if ind.aggregation != Aggregation::Last {
            let grains: Vec<&str> = ind.report_periods.iter().map(|p| p.granularity()).collect();
            if grains.windows(2).any(|w| w[0] != w[1]) {
                ind.problems.push(
                    Diagnostic::error(Kind::CsvMixedGrains {
                        indicator: ind.id.clone(),
                        grains: ind.report_periods.iter().map(Period::grain).collect(),
                    })
                    .with_span(ind.span.clone()),
                );
            }
        }
    }
    let years: Vec<i32> =
        plan.indicators.iter().flat_map(|i| i.report_periods.iter().filter_map(|p| p.year())).collect();
    if let Some(first) = years.first() {
        if years.iter().all(|y| y == first) {
            plan.year = Some(*first);
        }
    }
}

/// Name, satuan, polarity, rule and rounding are per indicator: the first
/// row sets them and a later row may repeat them but not contradict them.
fn read_row_settings(ind: &mut Indicator, first_row: bool, cells: &Cells<'_>) {
    let conflict = |ind: &mut Indicator, column: &str, old: String| {
        let new = cells.get(column);
        if !new.is_empty() && !first_row && old != new {
            ind.problems.push(
                Diagnostic::error(Kind::CsvConflict {
                    column: column.to_string(),
                    indicator: ind.id.clone(),
                    new,
                    old,
                })
                .with_span(cells.span(column)),
            );
            return false;
        }
        !new.is_empty() && first_row
    };
    if conflict(ind, "name", ind.name.clone()) {
        ind.name = cells.get("name");
    }
    if conflict(ind, "satuan", ind.satuan.clone().unwrap_or_default()) {
        ind.satuan = Some(cells.get("satuan"));
    }
    if conflict(ind, "rule", ind.rule.as_ref().map(|r| r.value.clone()).unwrap_or_default()) {
        ind.rule = Some(Located { value: cells.get("rule"), span: cells.span("rule") });
    }
    if first_row {
        if let Some(p) = read_named(ind, cells, "polarity") {
            ind.polarity = p;
        }
        if let Some(a) = read_named(ind, cells, "aggregation") {
            ind.aggregation = a;
            // Rows to be added up (or averaged) hold each period's own
            // figures, targets included; `last` rows hold figures to date.
            if a != Aggregation::Last {
                ind.target_kind = crate::model::TargetKind::PerPeriod;
            }
        }
        let mut rounding = Rounding::default();
        let text = cells.get("decimals");
        if !is_no_value(&text) {
            match text.parse::<u32>() {
                Ok(d) if d <= MAX_DECIMALS => rounding.decimals = d,
                _ => ind.problems.push(
                    Diagnostic::error(Kind::CsvDecimals { max: MAX_DECIMALS.to_string(), found: text.clone() })
                        .with_span(cells.span("decimals")),
                ),
            }
        }
        if let Some(m) = read_named(ind, cells, "rounding") {
            rounding.mode = m;
        }
        ind.rounding = rounding;
    }
}

/// A name of `T` in a cell; an unknown one is a problem of the indicator,
/// a cell with no value says nothing.
fn read_named<T: Named>(ind: &mut Indicator, cells: &Cells<'_>, column: &str) -> Option<T> {
    let text = cells.get(column);
    if is_no_value(&text) {
        return None;
    }
    read_name(&text).map_err(|d| ind.problems.push(d.with_span(cells.span(column)))).ok()
}

/// Spreadsheets in Indonesian locales export with `;` because `,` is the
/// decimal mark; pick whichever separates the header line.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let count = |c| header.matches(c).count();
    if count(';') > count(',') {
        b';'
    } else if count('\t') > count(',') {
        b'\t'
    } else {
        b','
    }
}
