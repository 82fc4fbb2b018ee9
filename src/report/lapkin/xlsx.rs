//! The chapter as an XLSX workbook (rust_xlsxwriter): one sheet per
//! section, each table an Excel table, charts native to Excel.
//!
//! Excel keeps numbers as binary floats. A decimal is written as a number
//! only when the float's shortest text is the decimal's own (true up to 15
//! significant digits), with a number format showing the decimal's places;
//! otherwise it is written as text, so no figure changes on its way into
//! the workbook. Thousands and decimal marks are the reader's Excel
//! locale's business (an Indonesian Excel shows `1.152.699` and `97,61`).

use super::model::{BudgetSum, Chapter};
use crate::diagnostic::Text;
use crate::eval::IndicatorResult;
use crate::number::Target;
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartLine, ChartLineDashType, ChartType, Format, Table, TableColumn, TableStyle, Workbook, Worksheet,
    XlsxError,
};
use std::collections::HashMap;

/// Excel's limit on a cell's text.
const MAX_TEXT: usize = 32_000;
/// Line charts drawn at most (one per indicator with period targets).
const MAX_LINE_CHARTS: usize = 24;

/// A cell's content.
enum Cell {
    Empty,
    Text(String),
    /// An exact number, and whether it is a ratio (shown `1:N`).
    Number(Decimal, bool),
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn number(d: Option<Decimal>) -> Cell {
    d.map_or(Cell::Empty, |d| Cell::Number(d, false))
}

fn value(r: &IndicatorResult, d: Option<Decimal>) -> Cell {
    d.map_or(Cell::Empty, |d| Cell::Number(d, r.ratio))
}

fn target(r: &IndicatorResult, t: Option<Target>) -> Cell {
    match t {
        Some(Target::Single(d)) => Cell::Number(d.normalize(), r.ratio),
        Some(t) => text(super::super::columns::target_text(t, crate::number::Convention::Id)),
        None => Cell::Empty,
    }
}

/// The float of `d` when it reads back as the same decimal.
fn exact_float(d: Decimal) -> Option<f64> {
    let normal = d.normalize().to_string();
    let f: f64 = normal.parse().ok()?;
    (f.is_finite() && format!("{f}") == normal).then_some(f)
}

/// Writes cells, keeping one number format per (decimal places, ratio).
struct Writer {
    formats: HashMap<(u32, bool), Format>,
    bold: Format,
    wrap: Format,
}

impl Writer {
    fn new() -> Writer {
        Writer { formats: HashMap::new(), bold: Format::new().set_bold(), wrap: Format::new().set_text_wrap() }
    }

    fn format(&mut self, scale: u32, ratio: bool) -> &Format {
        self.formats.entry((scale, ratio)).or_insert_with(|| {
            let places = if scale == 0 { String::new() } else { format!(".{}", "0".repeat(scale as usize)) };
            let prefix = if ratio { "\"1:\"" } else { "" };
            Format::new().set_num_format(format!("{prefix}#,##0{places}"))
        })
    }

    fn put(&mut self, ws: &mut Worksheet, row: u32, col: u16, cell: &Cell) -> Result<(), XlsxError> {
        match cell {
            Cell::Empty => {}
            Cell::Text(s) => {
                let s = crate::diagnostic::escape_controls(s, false);
                let s: String = s.chars().take(MAX_TEXT).collect();
                ws.write_string(row, col, s)?;
            }
            Cell::Number(d, ratio) => match exact_float(*d) {
                Some(f) => {
                    let format = self.format(d.scale(), *ratio).clone();
                    ws.write_number_with_format(row, col, f, &format)?;
                }
                None => {
                    let shown = if *ratio { format!("1:{d}") } else { d.to_string() };
                    ws.write_string(row, col, shown)?;
                }
            },
        }
        Ok(())
    }

    fn title(&mut self, ws: &mut Worksheet, row: u32, s: &str) -> Result<(), XlsxError> {
        let bold = self.bold.clone();
        ws.write_string_with_format(row, 0, s, &bold)?;
        Ok(())
    }

    /// An Excel table at `row` (headers, then `rows`), named `name`;
    /// returns the row after it.
    fn table(
        &mut self,
        ws: &mut Worksheet,
        row: u32,
        name: &str,
        headers: &[String],
        rows: &[Vec<Cell>],
    ) -> Result<u32, XlsxError> {
        for (c, h) in headers.iter().enumerate() {
            let bold = self.bold.clone();
            ws.write_string_with_format(row, c as u16, h, &bold)?;
        }
        for (i, cells) in rows.iter().enumerate() {
            for (c, cell) in cells.iter().enumerate() {
                self.put(ws, row + 1 + i as u32, c as u16, cell)?;
            }
        }
        if !rows.is_empty() {
            let columns: Vec<TableColumn> = headers.iter().map(|h| TableColumn::new().set_header(h)).collect();
            let table = Table::new().set_name(name).set_style(TableStyle::Medium2).set_columns(&columns);
            ws.add_table(row, 0, row + rows.len() as u32, headers.len() as u16 - 1, &table)?;
        }
        Ok(row + rows.len() as u32 + 2)
    }
}

fn widths(ws: &mut Worksheet, widths: &[f64]) -> Result<(), XlsxError> {
    for (i, w) in widths.iter().enumerate() {
        ws.set_column_width(i as u16, *w)?;
    }
    ws.set_paper_size(9); // A4
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

fn sum_row(label: String, s: &BudgetSum) -> Vec<Cell> {
    vec![
        Cell::Empty,
        text(label),
        Cell::Empty,
        text(s.satuan.clone().unwrap_or_default()),
        number(s.pagu),
        number(s.realisasi),
        number(s.penyerapan),
        Cell::Empty,
        number(s.efisiensi),
    ]
}

/// The workbook's bytes.
pub(super) fn render(ch: &Chapter) -> Result<Vec<u8>, XlsxError> {
    let lang = ch.lang;
    let t = |t: Text| t.message(lang);
    let mut w = Writer::new();
    let mut wb = Workbook::new();
    let sheet_measure = t(Text::LapkinSheetMeasurement);
    let sheet_progress = t(Text::LapkinSheetProgression);
    let sheet_charts = t(Text::LapkinSheetCharts);
    let title = Text::LapkinTitle { unit: ch.unit_name.clone().unwrap_or_else(|| ch.unit.clone()) }.message(lang);
    let subtitle = ch.year.map(|y| Text::LapkinSubtitle { year: y.to_string() }.message(lang)).unwrap_or_default();

    // A. Pengukuran.
    {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet_measure)?;
        w.title(ws, 0, &title)?;
        ws.write_string(1, 0, &subtitle)?;
        w.title(ws, 2, &t(Text::LapkinMeasurement))?;
        let headers: Vec<String> = [
            Text::LapkinColNo,
            Text::LapkinSasaran,
            Text::LapkinColKode,
            Text::LapkinColIndikator,
            Text::LapkinColSatuan,
            Text::LapkinColTarget,
            Text::LapkinColRealisasi,
            Text::LapkinColCapaian,
            Text::LapkinColKategori,
            Text::LapkinColStatus,
        ]
        .map(t)
        .to_vec();
        let mut rows = Vec::new();
        for g in &ch.groups {
            for row in &g.rows {
                let r = &row.result;
                rows.push(vec![
                    row.no.map_or(Cell::Empty, |n| Cell::Number(Decimal::from(n), false)),
                    text(g.sasaran.clone().unwrap_or_else(|| t(Text::LapkinNoSasaran))),
                    text(r.indicator.to_string()),
                    text(r.name.to_string()),
                    text(r.satuan.as_deref().unwrap_or_default().to_string()),
                    target(r, r.target),
                    value(r, r.value),
                    number(r.capaian),
                    text(r.kategori.as_deref().unwrap_or_default().to_string()),
                    text(r.status.label(lang)),
                ]);
            }
        }
        w.table(ws, 3, "Pengukuran", &headers, &rows)?;
        widths(ws, &[5.0, 30.0, 12.0, 50.0, 12.0, 12.0, 12.0, 12.0, 14.0, 16.0])?;
    }

    // Sasaran summary.
    {
        let ws = wb.add_worksheet();
        ws.set_name(t(Text::LapkinSheetSummary))?;
        w.title(ws, 0, &t(Text::LapkinSummary))?;
        let headers: Vec<String> =
            [Text::LapkinSasaran, Text::LapkinColAverage, Text::LapkinColCounted, Text::LapkinColLeftOut]
                .map(t)
                .to_vec();
        let rows: Vec<Vec<Cell>> = ch
            .groups
            .iter()
            .map(|g| {
                vec![
                    text({
                        let sasaran = g.sasaran.clone().unwrap_or_else(|| t(Text::LapkinNoSasaran));
                        // The column is the mean; another method the plan names is said.
                        if g.method == crate::model::RollupMethod::Mean {
                            sasaran
                        } else {
                            format!("{sasaran} ({})", t(Text::LapkinColRollup { method: g.method.name().into() }))
                        }
                    }),
                    number(g.average),
                    Cell::Number(Decimal::from(g.counted), false),
                    text(g.left_out.join(", ")),
                ]
            })
            .collect();
        let next = w.table(ws, 1, "Sasaran", &headers, &rows)?;
        ws.write_string(next, 0, t(Text::LapkinAverageRule))?;
        widths(ws, &[60.0, 18.0, 16.0, 40.0])?;
    }

    // B, C. Perbandingan.
    {
        let ws = wb.add_worksheet();
        ws.set_name(t(Text::LapkinSheetComparison))?;
        w.title(ws, 0, &t(Text::LapkinComparison))?;
        let rows: Vec<&IndicatorResult> = ch.comparison.iter().collect();
        if rows.is_empty() {
            ws.write_string(1, 0, t(Text::LapkinNoEarlier))?;
            ws.write_string(2, 0, t(Text::LapkinNoRenstra))?;
        } else {
            let year = ch.year.map(|y| y.to_string()).unwrap_or_default();
            let mut headers = vec![t(Text::LapkinColKode), t(Text::LapkinColIndikator)];
            for y in ch.earlier_years.iter().rev() {
                headers.push(Text::LapkinColRealisasiYear { year: y.to_string() }.message(lang));
                headers.push(Text::LapkinColCapaianYear { year: y.to_string() }.message(lang));
            }
            headers.push(Text::LapkinColRealisasiYear { year: year.clone() }.message(lang));
            headers.push(Text::LapkinColCapaianYear { year }.message(lang));
            headers.push(t(Text::LapkinColTrend));
            headers.push(t(Text::LapkinColRenstraPeriod));
            headers.push(t(Text::LapkinColTargetRenstra));
            headers.push(t(Text::LapkinColCapaianRenstra));
            let cells: Vec<Vec<Cell>> = rows
                .iter()
                .map(|r| {
                    let mut c = vec![text(r.indicator.to_string()), text(r.name.to_string())];
                    for y in ch.earlier_years.iter().rev() {
                        let e = r.earlier.iter().find(|e| e.year == *y);
                        c.push(value(r, e.and_then(|e| e.value)));
                        c.push(number(e.and_then(|e| e.capaian)));
                    }
                    c.push(value(r, r.value));
                    c.push(number(r.capaian));
                    c.push(r.trend.map_or(Cell::Empty, |tr| text(tr.name())));
                    match &r.renstra {
                        Some(s) => {
                            c.push(text(format!("{}–{}", s.period.0, s.period.1)));
                            c.push(target(r, Some(s.target)));
                            c.push(number(s.capaian));
                        }
                        None => c.extend([Cell::Empty, Cell::Empty, Cell::Empty]),
                    }
                    c
                })
                .collect();
            w.table(ws, 1, "Perbandingan", &headers, &cells)?;
            let mut wd = vec![12.0, 50.0];
            wd.extend(std::iter::repeat_n(14.0, headers.len() - 2));
            widths(ws, &wd)?;
        }
    }

    // D. Anggaran.
    {
        let ws = wb.add_worksheet();
        ws.set_name(t(Text::LapkinSheetBudget))?;
        w.title(ws, 0, &t(Text::LapkinBudget))?;
        if ch.budget.is_empty() {
            ws.write_string(1, 0, t(Text::LapkinNoBudget))?;
        } else {
            // A programme column first, when the plan names programmes.
            let by_program = !ch.programs.is_empty();
            let program_name = |p: &Option<crate::model::Program>| {
                p.as_ref().map(|p| p.to_string()).unwrap_or_else(|| t(Text::LapkinNoProgram))
            };
            let mut headers: Vec<String> = [
                Text::LapkinSasaran,
                Text::LapkinColKode,
                Text::LapkinColIndikator,
                Text::LapkinColSatuanAnggaran,
                Text::LapkinColPagu,
                Text::LapkinColRealisasiAnggaran,
                Text::LapkinColPenyerapan,
                Text::LapkinColCapaian,
                Text::LapkinColEfisiensi,
            ]
            .map(t)
            .to_vec();
            if by_program {
                headers.insert(0, t(Text::LapkinProgram));
            }
            let mut rows = Vec::new();
            for g in &ch.budget {
                for b in &g.rows {
                    let r = &b.result;
                    let m = r.budget.as_ref();
                    let mut row = vec![
                        text(g.sasaran.clone().unwrap_or_else(|| t(Text::LapkinNoSasaran))),
                        text(r.indicator.to_string()),
                        text(r.name.to_string()),
                        text(m.and_then(|m| m.satuan.clone()).unwrap_or_default()),
                        number(m.and_then(|m| m.pagu)),
                        number(m.and_then(|m| m.realisasi)),
                        number(m.and_then(|m| m.penyerapan)),
                        number(r.capaian),
                        number(b.efisiensi),
                    ];
                    if by_program {
                        row.insert(0, text(program_name(&g.program)));
                    }
                    rows.push(row);
                }
            }
            let mut next = w.table(ws, 1, "Anggaran", &headers, &rows)?;
            // Sums below the table: per sasaran (unless it is its
            // programme's only one), per programme, then the total.
            let mut sums: Vec<Vec<Cell>> = Vec::new();
            let only_one =
                |g: &super::model::BudgetGroup| ch.programs.iter().any(|p| p.program == g.program && p.groups == 1);
            for g in ch.budget.iter().filter(|g| g.rows.len() > 1 && !only_one(g)) {
                if let Some(s) = &g.sum {
                    let label = format!("{} — {}", t(Text::LapkinTotal), g.sasaran.clone().unwrap_or_default());
                    sums.push(sum_row(label, s));
                }
            }
            for p in ch.programs.iter().filter(|p| p.rows > 1) {
                if let Some(s) = &p.sum {
                    let label = format!("{} — {}", t(Text::LapkinProgramTotal), program_name(&p.program));
                    sums.push(sum_row(label, s));
                }
            }
            if let Some(s) = &ch.budget_total {
                sums.push(sum_row(t(Text::LapkinGrandTotal), s));
            }
            // Figures under their columns, the label in the code column.
            let skip = if by_program { 0 } else { 1 };
            for row in &sums {
                for (c, cell) in row.iter().skip(skip).enumerate() {
                    w.put(ws, next, c as u16 + 1, cell)?;
                }
                next += 1;
            }
            ws.write_string(next + 1, 0, t(Text::LapkinEfisiensiRule))?;
            let mut wd = vec![40.0, 12.0, 50.0, 14.0, 16.0, 16.0, 14.0, 12.0, 12.0];
            if by_program {
                wd.insert(0, 40.0);
            }
            widths(ws, &wd)?;
        }
    }

    // E. Perkembangan. Remember each indicator's rows for its chart.
    let mut progress_ranges: Vec<(String, u32, u32)> = Vec::new();
    {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet_progress)?;
        w.title(ws, 0, &t(Text::LapkinProgression))?;
        if ch.progression.is_empty() {
            ws.write_string(1, 0, t(Text::LapkinNoProgression))?;
        } else {
            let headers: Vec<String> = [
                Text::LapkinColKode,
                Text::LapkinColIndikator,
                Text::LapkinColPeriode,
                Text::LapkinColTargetSd,
                Text::LapkinColRealisasiSd,
                Text::LapkinColCapaian,
                Text::LapkinColStatus,
            ]
            .map(t)
            .to_vec();
            let mut rows = Vec::new();
            for p in &ch.progression {
                let first = 2 + rows.len() as u32;
                for r in &p.points {
                    rows.push(vec![
                        text(p.indicator.clone()),
                        text(p.name.clone()),
                        text(r.period.to_string()),
                        target(r, r.target),
                        value(r, r.value),
                        number(r.capaian),
                        text(r.status.label(lang)),
                    ]);
                }
                progress_ranges.push((p.indicator.clone(), first, 1 + rows.len() as u32));
            }
            let next = w.table(ws, 1, "Perkembangan", &headers, &rows)?;
            ws.write_string(next, 0, t(Text::LapkinProgressionRule))?;
            widths(ws, &[12.0, 50.0, 10.0, 16.0, 16.0, 12.0, 16.0])?;
        }
    }

    // F. Catatan.
    {
        let ws = wb.add_worksheet();
        ws.set_name(t(Text::LapkinSheetNotes))?;
        w.title(ws, 0, &t(Text::LapkinNotes))?;
        if ch.notes.is_empty() {
            ws.write_string(1, 0, t(Text::LapkinNoNotes))?;
        } else {
            let headers: Vec<String> =
                [Text::LapkinColKode, Text::LapkinColIndikator, Text::LapkinColStatus, Text::LapkinColCatatan]
                    .map(t)
                    .to_vec();
            let rows: Vec<Vec<Cell>> = ch
                .notes
                .iter()
                .map(|r| {
                    vec![
                        text(r.indicator.to_string()),
                        text(r.name.to_string()),
                        text(r.status.label(lang)),
                        text(r.message(lang).unwrap_or_default()),
                    ]
                })
                .collect();
            w.table(ws, 1, "Catatan", &headers, &rows)?;
            widths(ws, &[14.0, 50.0, 16.0, 80.0])?;
            let wrap = w.wrap.clone();
            ws.set_column_format(3, &wrap)?;
        }
    }

    // G. Grafik: the capaian bars (data beside them), the progression lines
    // (data on the progression sheet) and the absorption per period.
    {
        let ws = wb.add_worksheet();
        ws.set_name(&sheet_charts)?;
        w.title(ws, 0, &t(Text::LapkinCharts))?;
        let indicators: Vec<&IndicatorResult> = ch.indicators().collect();
        let headers = vec![t(Text::LapkinColKode), t(Text::LapkinColCapaian), "100%".to_string()];
        let rows: Vec<Vec<Cell>> = indicators
            .iter()
            .map(|r| vec![text(r.indicator.to_string()), number(r.capaian), Cell::Number(Decimal::ONE_HUNDRED, false)])
            .collect();
        let mut next = w.table(ws, 1, "GrafikCapaian", &headers, &rows)?;
        let mut chart_row = 1;
        if !rows.is_empty() {
            let (first, last) = (2, 1 + rows.len() as u32);
            let mut bars = Chart::new(ChartType::Column);
            bars.title().set_name(&t(Text::LapkinChartCapaian));
            bars.add_series()
                .set_name(&t(Text::LapkinColCapaian))
                .set_categories((sheet_charts.as_str(), first, 0, last, 0))
                .set_values((sheet_charts.as_str(), first, 1, last, 1));
            let mut hundred = Chart::new(ChartType::Line);
            hundred
                .add_series()
                .set_name("100%")
                .set_categories((sheet_charts.as_str(), first, 0, last, 0))
                .set_values((sheet_charts.as_str(), first, 2, last, 2))
                .set_format(ChartLine::new().set_color("#000000").set_dash_type(ChartLineDashType::Dash));
            bars.combine(&hundred);
            bars.set_width(720).set_height(360);
            ws.insert_chart(chart_row, 5, &bars)?;
            chart_row += 20;
        }
        for (indicator, first, last) in progress_ranges.iter().take(MAX_LINE_CHARTS) {
            let mut line = Chart::new(ChartType::Line);
            // A title starting with `=` would be read as a cell reference:
            // an id from a plan never is.
            let title = Text::LapkinChartProgress { indicator: indicator.clone() }.message(lang);
            let title = if title.starts_with('=') { format!(" {title}") } else { title };
            line.title().set_name(&title);
            line.add_series()
                .set_name(&t(Text::LapkinLegendTarget))
                .set_categories((sheet_progress.as_str(), *first, 2, *last, 2))
                .set_values((sheet_progress.as_str(), *first, 3, *last, 3))
                .set_format(ChartLine::new().set_color("#888888").set_dash_type(ChartLineDashType::Dash));
            line.add_series()
                .set_name(&t(Text::LapkinLegendRealisasi))
                .set_categories((sheet_progress.as_str(), *first, 2, *last, 2))
                .set_values((sheet_progress.as_str(), *first, 4, *last, 4));
            line.set_width(720).set_height(300);
            ws.insert_chart(chart_row, 5, &line)?;
            chart_row += 16;
        }
        if !ch.absorption.is_empty() {
            let headers = vec![t(Text::LapkinColPeriode), t(Text::LapkinColPenyerapan)];
            let rows: Vec<Vec<Cell>> =
                ch.absorption.iter().map(|(p, v)| vec![text(p.to_string()), number(Some(*v))]).collect();
            let at = next;
            next = w.table(ws, at, "GrafikPenyerapan", &headers, &rows)?;
            let mut line = Chart::new(ChartType::Line);
            line.title().set_name(&t(Text::LapkinChartBudget));
            line.add_series()
                .set_name(&t(Text::LapkinColPenyerapan))
                .set_categories((sheet_charts.as_str(), at + 1, 0, at + rows.len() as u32, 0))
                .set_values((sheet_charts.as_str(), at + 1, 1, at + rows.len() as u32, 1));
            line.set_width(720).set_height(300);
            ws.insert_chart(chart_row, 5, &line)?;
        }
        let _ = next;
        widths(ws, &[14.0, 14.0, 8.0])?;
    }

    // Sumber.
    {
        let ws = wb.add_worksheet();
        ws.set_name(t(Text::LapkinSheetSources))?;
        w.title(ws, 0, &t(Text::LapkinProvenance))?;
        let p = &ch.provenance;
        let mut rows: Vec<Vec<Cell>> = vec![vec![text(t(Text::LapkinPlans)), text(p.plan.display().to_string())]];
        for e in &p.earlier_plans {
            rows.push(vec![text(t(Text::LapkinEarlierPlans)), text(e.display().to_string())]);
        }
        for v in &p.rules {
            let version = match &v.commit {
                Some(c) if v.dirty => format!("{}: {c} ({})", v.place, t(Text::LapkinUncommitted)),
                Some(c) => format!("{}: {c}", v.place),
                None => format!("{}: {}", v.place, t(Text::LapkinNotGit)),
            };
            rows.push(vec![text(t(Text::LapkinRules)), text(version)]);
        }
        if p.builtin {
            let builtin = Text::LapkinBuiltin { version: env!("CARGO_PKG_VERSION").to_string() }.message(lang);
            rows.push(vec![text(t(Text::LapkinRules)), text(builtin)]);
        }
        rows.push(vec![text(t(Text::LapkinMade)), text(ch.made_text())]);
        rows.push(vec![text(t(Text::LapkinColCatatan)), text(t(Text::LapkinNumbersNote))]);
        let headers = vec![t(Text::LapkinColItem), t(Text::LapkinColValue)];
        w.table(ws, 1, "Sumber", &headers, &rows)?;
        widths(ws, &[28.0, 100.0])?;
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_only_where_they_keep_the_decimal() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(exact_float(d("97.61")), Some(97.61));
        assert_eq!(exact_float(d("125.00")), Some(125.0));
        assert_eq!(exact_float(d("1152699")), Some(1_152_699.0));
        assert_eq!(exact_float(d("0.1234567890123456789")), None);
        assert_eq!(exact_float(d("12345678901234567890")), None);
    }
}
