//! What one row of a CSV file or sheet says of its indicator: settings
//! (name, satuan, polarity, rule, rounding …, set by the first row and
//! repeated, never contradicted, by the others), its period, target and
//! realisasi, budget, roll-up figures and rule parameters.
//!
//! Cells are read as borrowed text; a value is copied only when it is kept
//! (the first row's settings, a parameter) and a cell's span made only for
//! a value kept with its place or a problem named.

use super::csv_columns::{Column, PARAM_PREFIX};
use super::rows::Cells;
use crate::diagnostic::{Diagnostic, Kind};
use crate::model::{Aggregation, Indicator, Located, Period, Plan, Program};
use crate::named::{Named, read_name};
use crate::number::{
    Convention, MAX_DECIMALS, Number, NumberError, Rounding, Target, is_no_value, parse_optional_in, parse_target_in,
};
use crate::plan::toml_value::number_error;
use rust_decimal::Decimal;

/// One row's settings, period, target and realisasi. A bad figure fails
/// its period only; a bad period or a second row for one period, the indicator.
pub(super) fn read_row(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, warnings: &mut Vec<Diagnostic>) {
    let first_row = ind.report_periods.is_empty() && ind.targets.is_empty() && ind.target.is_none();
    read_row_settings(ind, first_row, cells, warnings);
    let period = match cells.get(Column::Period) {
        // A file without a `period` column gives figures for the whole plan;
        // a blank cell in a file that has one is a mistake, never dropped.
        "" if !cells.has(Column::Period) => Period::Total,
        "" => {
            ind.problems.push(Diagnostic::error(Kind::CsvEmptyPeriod).with_span(cells.span(Column::Period)));
            return;
        }
        p => match read_period(p) {
            Ok(p) => p,
            Err(e) => {
                // The row is reported on its own, as period `-` (it has no
                // period that can be written otherwise), never under the
                // plan year; the indicator's other rows still compute.
                let d = Diagnostic::error(e).with_span(cells.span(Column::Period));
                if !ind.report_periods.contains(&Period::Total) {
                    ind.report_periods.push(Period::Total);
                }
                ind.period_problems.push((Period::Total, d));
                return;
            }
        },
    };
    if ind.report_periods.contains(&period) {
        ind.problems.push(
            Diagnostic::error(Kind::CsvDuplicatePeriod { indicator: ind.id.clone(), period: period.to_string() })
                .with_span(cells.span(Column::Period)),
        );
        return;
    }
    ind.report_periods.push(period);
    // A row may say its own convention (reports pasted together mix
    // `80.00%` and `63,89%`); a row that says it is not second-guessed.
    let declared = cells.get(Column::Numbers);
    let numbers = match declared {
        "" => numbers,
        name => match read_name::<Convention>(name) {
            Ok(c) => c,
            Err(d) => {
                ind.period_problems.push((period, d.with_span(cells.span(Column::Numbers))));
                return;
            }
        },
    };
    for column in [Column::Target, Column::Realisasi, Column::Pagu, Column::RealisasiAnggaran] {
        // A workbook's number cell is a number, not text to be read.
        let text = cells.get(column);
        if text.is_empty() {
            continue;
        }
        if let Some(msg) =
            crate::number::ambiguity(text, numbers).filter(|_| declared.is_empty() && cells.number(column).is_none())
        {
            warnings.push(Diagnostic::warning(msg).with_span(cells.span(column)));
        }
    }
    if [Column::Target, Column::Realisasi].iter().any(|c| cells.get(*c).contains(':')) {
        ind.ratio = true;
    }
    read_row_params(ind, cells, numbers);
    read_row_budget(ind, cells, numbers, period);
    read_row_rollup(ind, cells, numbers, period);
    // A cell may end with the row's satuan ("5.500 orang"), nothing else.
    let satuan = cells.get(Column::Satuan);
    let satuan = (!satuan.trim().is_empty()).then_some(satuan);
    // A percent-formatted cell says the satuan when the row does not.
    if ind.satuan.is_none() && [Column::Target, Column::Realisasi].iter().any(|c| cells.percent(*c)) {
        ind.satuan = Some("%".to_string());
    }
    let target = match cells.number(Column::Target) {
        Some(n) => Ok(Target::Single(n)),
        None => parse_target_in(cells.get(Column::Target), numbers, satuan),
    };
    match target {
        Ok(t) => {
            let located = Located { value: t, span: cells.span(Column::Target) };
            if matches!(period, Period::Total | Period::Year(_)) {
                ind.target = Some(located.clone());
            }
            if period != Period::Total {
                ind.targets.push((period, located));
            }
        }
        Err(e) => ind.period_problems.push((period, cell_number_error(e, cells, Column::Target))),
    }
    match optional_number(cells, Column::Realisasi, numbers, satuan) {
        Ok(Some(n)) => ind.realisasi.push((period, Located { value: n.value, span: cells.span(Column::Realisasi) })),
        Ok(None) => {}
        Err(e) => ind.period_problems.push((period, cell_number_error(e, cells, Column::Realisasi))),
    }
}

/// A row's period: `2024` and `2024-06`, what most rows hold, read here,
/// any other text by [`Period::parse`] (which reads these the same).
fn read_period(text: &str) -> Result<Period, crate::model::PeriodError> {
    let b = text.as_bytes();
    let digits = |s: &[u8]| s.iter().fold(0, |n, d| n * 10 + i32::from(d - b'0'));
    if b.len() >= 4 && b[..4].iter().all(u8::is_ascii_digit) {
        match &b[4..] {
            [] => return Ok(Period::Year(digits(b))),
            [b'-', m @ ..] if (1..=2).contains(&m.len()) && m.iter().all(u8::is_ascii_digit) => {
                if let Ok(month @ 1..=12) = u8::try_from(digits(m)) {
                    return Ok(Period::Month(digits(&b[..4]), month));
                }
            }
            _ => {}
        }
    }
    Period::parse(text)
}

/// `param.NAME` cells: a number where the cell reads as one, else text; the
/// first row that gives a parameter sets it, a later row may not contradict.
fn read_row_params(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention) {
    use crate::model::Param;
    for (name, text, number) in cells.params() {
        if is_no_value(text) && number.is_none() {
            continue;
        }
        let value = match (number, crate::number::parse_number(text, numbers)) {
            (Some(n), _) | (None, Ok(Number { value: n, .. })) => Param::Number(n),
            (None, Err(_)) => Param::Text(text.to_string()),
        };
        match ind.params.get(name) {
            None => {
                ind.params.insert(name.to_string(), value);
            }
            Some(old) if *old == value => {}
            Some(old) => {
                let old = match old {
                    Param::Number(d) => d.normalize().to_string(),
                    Param::Text(t) => t.clone(),
                    other => format!("{other:?}"),
                };
                let kind = Kind::CsvConflict {
                    column: format!("{PARAM_PREFIX}{name}"),
                    indicator: ind.id.clone(),
                    new: text.to_string(),
                    old,
                };
                ind.problems.push(Diagnostic::error(kind).with_span(cells.line_span()));
            }
        }
    }
}

/// `pagu` (the indicator's budget ceiling, from the first row that gives
/// it) and `realisasi_anggaran` (money spent, per row's period).
fn read_row_budget(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, period: Period) {
    for column in [Column::Pagu, Column::RealisasiAnggaran] {
        let Some(value) = period_number(ind, cells, column, numbers, period) else { continue };
        let budget = ind.budget.get_or_insert_with(Default::default);
        if column == Column::Pagu {
            if let Some(d) = keep_first(&mut budget.pagu, value, column, &ind.id, cells.get(column)) {
                ind.problems.push(d);
            }
        } else {
            // A sheet's rows hold figures to date unless the indicator adds
            // each period's own (aggregation sum or average).
            budget.to_date = ind.aggregation == Aggregation::Last;
            budget.realisasi.push((period, value));
        }
    }
}

/// A row's optional number cell, located; a bad one is a problem of the
/// row's period (the indicator's other periods still count).
fn period_number(
    ind: &mut Indicator,
    cells: &Cells<'_>,
    column: Column,
    numbers: Convention,
    period: Period,
) -> Option<Located<Decimal>> {
    match optional_number(cells, column, numbers, None) {
        Ok(n) => n.map(|n| Located { value: n.value, span: cells.span(column) }),
        Err(e) => {
            ind.period_problems.push((period, cell_number_error(e, cells, column)));
            None
        }
    }
}

/// What roll-ups read: `bobot` (per indicator, from the first row that
/// gives it) and `pembilang`/`penyebut` (per row's period, figures to date).
fn read_row_rollup(ind: &mut Indicator, cells: &Cells<'_>, numbers: Convention, period: Period) {
    for column in [Column::Bobot, Column::Pembilang, Column::Penyebut] {
        let Some(value) = period_number(ind, cells, column, numbers, period) else { continue };
        match column {
            Column::Bobot => {
                if let Some(d) = keep_first(&mut ind.bobot, value, column, &ind.id, cells.get(column)) {
                    ind.problems.push(d);
                }
            }
            Column::Pembilang => ind.pembilang.push((period, value)),
            _ => ind.penyebut.push((period, value)),
        }
    }
}

/// A per-indicator number of a sheet: the first row's value is kept; a
/// later row may repeat it but not contradict it (the conflict returned).
fn keep_first(
    slot: &mut Option<Located<Decimal>>,
    value: Located<Decimal>,
    column: Column,
    indicator: &str,
    text: &str,
) -> Option<Diagnostic> {
    match slot {
        None => {
            *slot = Some(value);
            None
        }
        Some(old) if old.value == value.value => None,
        Some(old) => {
            let kind = Kind::CsvConflict {
                column: column.name().to_string(),
                indicator: indicator.to_string(),
                new: text.to_string(),
                old: old.value.normalize().to_string(),
            };
            Some(Diagnostic::error(kind).with_span(value.span))
        }
    }
}

/// An optional number cell: a workbook's number as it is, text through the
/// number reader (blank or a dash is no value).
fn optional_number(
    cells: &Cells<'_>,
    column: Column,
    numbers: Convention,
    satuan: Option<&str>,
) -> Result<Option<Number>, NumberError> {
    match cells.number(column) {
        Some(value) => Ok(Some(Number { value, percent: cells.percent(column) })),
        // A column the file lacks is no value, as a blank cell is.
        None if !cells.has(column) => Ok(None),
        None => parse_optional_in(cells.get(column), numbers, satuan),
    }
}

/// A number cell's error, under the cell, with help that fits a sheet (the
/// TOML help speaks of leaving a period out).
fn cell_number_error(e: NumberError, cells: &Cells<'_>, column: Column) -> Diagnostic {
    match e {
        NumberError::Empty { .. } => {
            Diagnostic::error(Kind::CsvEmptyCell { column: column.name().to_string() }).with_span(cells.span(column))
        }
        e => number_error(e, cells.span(column)),
    }
}

/// Checks each indicator's rows as a whole, and takes the plan year from
/// the rows when they agree on one.
pub(super) fn finish_plan(plan: &mut Plan) {
    for ind in &mut plan.indicators {
        // Figures to be added up must not mix a year row with month rows;
        // figures to date may (the year row holds the annual target), but
        // months and quarters of one indicator never mix: a quarter row and
        // a month row would each be read as the other's figure to date.
        // A row whose period could not be read (`-`) is its own error.
        let to_date = ind.aggregation == Aggregation::Last;
        let compared: Vec<&Period> = ind
            .report_periods
            .iter()
            .filter(|p| **p != Period::Total && !(to_date && matches!(p, Period::Year(_))))
            .collect();
        if compared.windows(2).any(|w| w[0].granularity() != w[1].granularity()) {
            let (indicator, grains) = (ind.id.clone(), ind.report_periods.iter().map(Period::grain).collect());
            let kind = if to_date {
                Kind::CsvMixedToDate { indicator, grains }
            } else {
                Kind::CsvMixedGrains { indicator, grains }
            };
            ind.problems.push(Diagnostic::error(kind).with_span(ind.span.clone()));
        }
    }
    let years: Vec<i32> =
        plan.indicators.iter().flat_map(|i| i.report_periods.iter().filter_map(|p| p.year())).collect();
    if let Some(first) = years.first()
        && years.iter().all(|y| y == first)
    {
        plan.year = Some(*first);
    }
}

/// A per-indicator setting in a row's cell: on the first row, the cell's
/// text when it has one; on a later row nothing, or the conflict when the
/// cell says other than `old` (a blank cell repeats it).
#[inline]
fn setting<'a>(
    first_row: bool,
    cells: &Cells<'a>,
    column: Column,
    indicator: &str,
    old: &str,
) -> Result<Option<&'a str>, Diagnostic> {
    let new = cells.get(column);
    if !new.is_empty() && !first_row && old != new {
        let kind = Kind::CsvConflict {
            column: column.name().to_string(),
            indicator: indicator.to_string(),
            new: new.to_string(),
            old: old.to_string(),
        };
        return Err(Diagnostic::error(kind).with_span(cells.span(column)));
    }
    Ok((!new.is_empty() && first_row).then_some(new))
}

/// The value a [`setting`] sets, its conflict recorded as a problem.
#[inline]
fn kept<'a>(problems: &mut Vec<Diagnostic>, set: Result<Option<&'a str>, Diagnostic>) -> Option<&'a str> {
    set.unwrap_or_else(|d| {
        problems.push(d);
        None
    })
}

/// Name, satuan, polarity, rule and rounding are per indicator: the first
/// row sets them and a later row may repeat them but not contradict them.
/// The old values are compared where they are: a later row copies nothing.
fn read_row_settings(ind: &mut Indicator, first_row: bool, cells: &Cells<'_>, warnings: &mut Vec<Diagnostic>) {
    let set = |column: Column, id: &str, old: Option<&str>| setting(first_row, cells, column, id, old.unwrap_or(""));
    if let Some(v) = kept(&mut ind.problems, set(Column::Name, &ind.id, Some(&ind.name))) {
        ind.name = v.to_string();
    }
    for (column, slot) in [(Column::Sasaran, &mut ind.sasaran), (Column::SasaranId, &mut ind.sasaran_id)] {
        if let Some(v) = kept(&mut ind.problems, set(column, &ind.id, slot.as_deref())) {
            *slot = Some(v.to_string());
        }
    }
    // The pohon kinerja's link, as TOML's `parent` (checked over the run).
    let parent = ind.parent.as_ref().map(|p| p.value.as_str());
    if let Some(v) = kept(&mut ind.problems, set(Column::Parent, &ind.id, parent)) {
        ind.parent = Some(Located { value: v.to_string(), span: cells.span(Column::Parent) });
    }
    let program = ind.program.as_ref().map(|p| p.nama.as_str());
    if let Some(v) = kept(&mut ind.problems, set(Column::Program, &ind.id, program)) {
        ind.program = Some(Program { kode: None, nama: v.to_string() });
    }
    let kode = ind.program.as_ref().and_then(|p| p.kode.as_deref());
    if let Some(v) = kept(&mut ind.problems, set(Column::ProgramKode, &ind.id, kode)) {
        match &mut ind.program {
            Some(p) => p.kode = Some(v.to_string()),
            // A code alone names no programme a reader would recognise.
            None => {
                ind.problems.push(Diagnostic::error(Kind::PlanProgramNoName).with_span(cells.span(Column::ProgramKode)))
            }
        }
    }
    for (column, slot) in
        [(Column::Tim, &mut ind.tim), (Column::Scale, &mut ind.scale), (Column::Satuan, &mut ind.satuan)]
    {
        if let Some(v) = kept(&mut ind.problems, set(column, &ind.id, slot.as_deref())) {
            *slot = Some(v.to_string());
        }
    }
    let rule = ind.rule.as_ref().map(|r| r.value.as_str());
    if let Some(v) = kept(&mut ind.problems, set(Column::Rule, &ind.id, rule)) {
        ind.rule = Some(Located { value: v.to_string(), span: cells.span(Column::Rule) });
    }
    if first_row {
        read_first_row(ind, cells, warnings);
    }
}

/// The settings only a first row reads: polarity, aggregation, rounding.
fn read_first_row(ind: &mut Indicator, cells: &Cells<'_>, warnings: &mut Vec<Diagnostic>) {
    let polarity = read_named(ind, cells, Column::Polarity);
    if let Some(p) = polarity {
        ind.polarity = p;
        ind.polarity_given = true;
    }
    let target = cells.get(Column::Target);
    if let Some(d) = super::checks::comparison_polarity(ind, polarity, target, &cells.span(Column::Target)) {
        // A warning, as in TOML: the polarity given is used.
        warnings.push(d);
    }
    if let Some(a) = read_named(ind, cells, Column::Aggregation) {
        ind.aggregation = a;
        // Rows to be added up (or averaged) hold each period's own
        // figures, targets included; `last` rows hold figures to date.
        if a != Aggregation::Last {
            ind.target_kind = crate::model::TargetKind::PerPeriod;
        }
    }
    let mut rounding = Rounding::default();
    let text = cells.get(Column::Decimals);
    if !is_no_value(text) {
        match text.parse::<u32>() {
            Ok(d) if d <= MAX_DECIMALS => rounding.decimals = d,
            _ => ind.problems.push(
                Diagnostic::error(Kind::CsvDecimals { max: MAX_DECIMALS.to_string(), found: text.to_string() })
                    .with_span(cells.span(Column::Decimals)),
            ),
        }
    }
    if let Some(m) = read_named(ind, cells, Column::Rounding) {
        rounding.mode = m;
    }
    ind.rounding = rounding;
}

/// A name of `T` in a cell; an unknown one is a problem of the indicator,
/// a cell with no value says nothing.
fn read_named<T: Named>(ind: &mut Indicator, cells: &Cells<'_>, column: Column) -> Option<T> {
    let text = cells.get(column);
    if is_no_value(text) {
        return None;
    }
    read_name(text).map_err(|d| ind.problems.push(d.with_span(cells.span(column)))).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_read_as_period_parse_reads_them() {
        let texts = [
            "2024",
            "2024-01",
            "2024-6",
            "2024-12",
            "2024-13",
            "2024-00",
            "2024-0",
            "2024-001",
            "0000",
            "9999-09",
            "2024-Q2",
            "2024-s1",
            "202",
            "20245",
            "2024-",
            "-2024",
            "2024-1a",
            "Juni 2024",
            "TW II 2024",
            "٢٠٢٤",
            "2024-१",
            "",
            " 2024",
            "2024 ",
        ];
        for text in texts {
            assert_eq!(read_period(text).ok(), Period::parse(text).ok(), "{text:?}");
        }
    }
}
