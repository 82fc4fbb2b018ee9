//! Collection workbooks (SOP step 2): one per team, sasaran or indicator,
//! the plan's figures filled in and locked, the realisasi cells open with
//! data validation, a sheet of instructions, and a very hidden sheet that
//! names the plan, every row and the fingerprint of the locked cells.

use super::{
    COL_REALISASI, FORMAT, HEADER_ROW, ID_FINGERPRINT, ID_FORMAT, ID_GROUP, ID_PLAN, ID_ROWS, ID_UNIT, ID_YEAR,
    LOCKED_COLUMNS, Line, SHEET_DATA, SHEET_GUIDE, SHEET_ID, fingerprint, lines, target_text,
};
use crate::diagnostic::Text;
use crate::lang::Lang;
use crate::model::{Aggregation, Indicator, Plan, Polarity};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatAlign, FormatBorder,
    ProtectionOptions, Workbook, Worksheet, XlsxError,
};

/// How indicators are grouped into workbooks (`--per`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Per {
    /// One workbook per team (`tim`, penanggung jawab).
    Tim,
    /// One per sasaran.
    Sasaran,
    /// One per indicator.
    Indikator,
}

/// The indicators of one workbook.
#[derive(Debug)]
pub(crate) struct Group<'a> {
    /// The team, sasaran or indicator it is for; `None`: the indicators
    /// without a team (or sasaran).
    pub label: Option<String>,
    /// The file name (`tim-umum.xlsx`): safe on every system, unique.
    pub file: String,
    /// Its indicators, in plan order.
    pub indicators: Vec<&'a Indicator>,
}

/// The plan's indicators grouped `per` team, sasaran or indicator, in the
/// order each group first appears.
pub(crate) fn groups(plan: &Plan, per: Per) -> Vec<Group<'_>> {
    let mut out: Vec<Group<'_>> = Vec::new();
    for ind in &plan.indicators {
        let label = match per {
            Per::Tim => ind.tim.clone(),
            Per::Sasaran => ind.sasaran.clone(),
            Per::Indikator => Some(ind.id.clone()),
        }
        .filter(|l| !l.trim().is_empty());
        match out.iter_mut().find(|g| g.label == label) {
            Some(g) => g.indicators.push(ind),
            None => out.push(Group { label, file: String::new(), indicators: vec![ind] }),
        }
    }
    let mut taken: Vec<String> = Vec::new();
    for g in &mut out {
        let stem = match (&g.label, per) {
            (Some(l), _) => slug(l),
            (None, Per::Sasaran) => "tanpa-sasaran".to_string(),
            (None, _) => "tanpa-tim".to_string(),
        };
        let mut name = stem.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{stem}-{n}");
            n += 1;
        }
        taken.push(name.clone());
        g.file = format!("{name}.xlsx");
    }
    out
}

/// A file name from a team's or sasaran's name: ASCII letters and digits in
/// lower case, anything else a single `-`, at most 60 characters; never a
/// path (`../x` is `x`), never empty.
fn slug(label: &str) -> String {
    let mut s = String::new();
    for c in label.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s: String = s.trim_matches('-').chars().take(60).collect();
    let s = s.trim_end_matches('-').to_string();
    if s.is_empty() { "kelompok".to_string() } else { s }
}

/// The locked cells of data rows, each with its number (No): what the
/// template writes, and what a collection expects to find.
pub(super) fn locked_rows<'a, 'b: 'a>(rows: impl IntoIterator<Item = (usize, &'a Line<'b>)>) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut last_id = String::new();
    let mut last_top = String::new();
    for (n, line) in rows {
        let id = line.id();
        out.push(locked_cells(n, line, id != last_id, line.top.id != last_top, Lang::Id));
        last_top = line.top.id.clone();
        last_id = id;
    }
    out
}

/// The locked cells of one data row: No … Cara mengisi.
fn locked_cells(n: usize, line: &Line<'_>, first: bool, first_of_top: bool, lang: Lang) -> Vec<String> {
    let ind = line.indicator();
    let once = |s: Option<&String>, show: bool| if show { s.cloned().unwrap_or_default() } else { String::new() };
    let polarity = match ind.polarity {
        Polarity::Naik => Text::XlPolarityNaik,
        Polarity::Turun => Text::XlPolarityTurun,
    };
    let how = match (ind.aggregation, line.period.year().is_some() && line.period.granularity() != "year") {
        (_, false) => Text::XlHowYear,
        (Aggregation::Sum, true) => Text::XlHowSum,
        (Aggregation::Last, true) => Text::XlHowLast,
        (Aggregation::Average, true) => Text::XlHowAverage,
    };
    let name = match line.component {
        Some(c) => format!("{} — {}", line.top.name, c.name),
        None => ind.name.clone(),
    };
    vec![
        n.to_string(),
        line.id(),
        once(line.top.sasaran.as_ref(), first_of_top),
        name,
        once(ind.definisi.as_ref().or(line.top.definisi.as_ref().filter(|_| line.component.is_none())), first),
        once(ind.satuan.as_ref(), first),
        if first { polarity.message(lang) } else { String::new() },
        line.period.to_string(),
        target_text(line.target()),
        how.message(lang),
    ]
}

/// The workbook of one group, as bytes. Its text is in Bahasa Indonesia:
/// it goes to the teams, as the plan documents do.
pub(crate) fn workbook_bytes(plan: &Plan, group: &Group<'_>, per: Per) -> Result<Vec<u8>, XlsxError> {
    let lang = Lang::Id;
    let rows: Vec<Line<'_>> = group.indicators.iter().flat_map(|ind| lines(plan, ind)).collect();
    let cells = locked_rows(rows.iter().enumerate().map(|(i, l)| (i + 1, l)));
    let print = fingerprint(cells.iter().map(|r| r.iter().map(String::as_str).collect()));

    let mut book = Workbook::new();
    guide_sheet(book.add_worksheet(), plan, group, per, lang)?;
    data_sheet(book.add_worksheet(), plan, group, per, &rows, &cells, lang)?;
    id_sheet(book.add_worksheet(), plan, group, &rows, &print)?;
    book.save_to_buffer()
}

fn group_line(group: &Group<'_>, per: Per, lang: Lang) -> String {
    let name = group.label.clone().unwrap_or_else(|| Text::XlNoGroup.message(lang));
    match per {
        Per::Tim => Text::XlGroupTim { name },
        Per::Sasaran => Text::XlGroupSasaran { name },
        Per::Indikator => Text::XlGroupIndikator { name },
    }
    .message(lang)
}

fn unit_line(plan: &Plan, lang: Lang) -> String {
    let unit = plan.unit.name.clone().unwrap_or_else(|| plan.unit.id.clone());
    let year = plan.year.map(|y| y.to_string()).unwrap_or_else(|| "-".into());
    Text::XlUnit { unit, year }.message(lang)
}

fn guide_sheet(ws: &mut Worksheet, plan: &Plan, group: &Group<'_>, per: Per, lang: Lang) -> Result<(), XlsxError> {
    ws.set_name(SHEET_GUIDE)?;
    let bold = Format::new().set_bold().set_font_size(14);
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.set_column_width(0, 110)?;
    ws.write_string_with_format(0, 0, Text::XlGuideTitle.message(lang), &bold)?;
    ws.write_string(1, 0, unit_line(plan, lang))?;
    ws.write_string(2, 0, group_line(group, per, lang))?;
    let file = plan.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let steps = [
        Text::XlGuide1 { plan: file },
        Text::XlGuide2,
        Text::XlGuide3,
        Text::XlGuide4,
        Text::XlGuide5,
        Text::XlGuide6,
        Text::XlGuide7,
        Text::XlGuide8,
    ];
    for (i, step) in steps.iter().enumerate() {
        let row = 4 + i as u32;
        ws.write_string_with_format(row, 0, format!("{}. {}", i + 1, step.message(lang)), &wrap)?;
    }
    ws.protect();
    Ok(())
}

fn data_sheet(
    ws: &mut Worksheet,
    plan: &Plan,
    group: &Group<'_>,
    per: Per,
    rows: &[Line<'_>],
    cells: &[Vec<String>],
    lang: Lang,
) -> Result<(), XlsxError> {
    ws.set_name(SHEET_DATA)?;
    let title = Format::new().set_bold().set_font_size(14);
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin)
        .set_background_color(Color::RGB(0xD9E1F2));
    let locked = Format::new().set_text_wrap().set_align(FormatAlign::Top).set_border(FormatBorder::Thin);
    let open = Format::new()
        .set_unlocked()
        .set_align(FormatAlign::Top)
        .set_border(FormatBorder::Thin)
        .set_background_color(Color::RGB(0xFFF2CC));
    let open_text = open.clone().set_text_wrap();
    ws.write_string_with_format(0, 0, Text::XlTitle.message(lang), &title)?;
    ws.write_string(1, 0, unit_line(plan, lang))?;
    ws.write_string(2, 0, group_line(group, per, lang))?;
    let headers = [
        (Text::XlColNo, 5),
        (Text::XlColId, 14),
        (Text::XlColSasaran, 28),
        (Text::XlColIndicator, 40),
        (Text::XlColDefinisi, 48),
        (Text::XlColSatuan, 12),
        (Text::XlColPolarity, 14),
        (Text::XlColPeriod, 10),
        (Text::XlColTarget, 14),
        (Text::XlColHow, 26),
        (Text::XlColRealisasi, 16),
        (Text::XlColNote, 32),
    ];
    for (col, (text, width)) in headers.iter().enumerate() {
        let col = col as u16;
        ws.set_column_width(col, *width)?;
        ws.write_string_with_format(HEADER_ROW, col, text.message(lang), &header)?;
    }
    for (i, (line, row_cells)) in rows.iter().zip(cells).enumerate() {
        let row = HEADER_ROW + 1 + i as u32;
        for (col, text) in row_cells.iter().enumerate() {
            ws.write_string_with_format(row, col as u16, text, &locked)?;
        }
        // A realisasi already in the plan is shown, so the team sees it.
        match line.realisasi() {
            Some(r) if significant_digits(r.value) <= 15 => {
                let v: f64 = r.value.to_string().parse().unwrap_or_default();
                ws.write_number_with_format(row, COL_REALISASI, v, &open)?;
            }
            // More digits than a spreadsheet number keeps: as text.
            Some(r) => {
                ws.write_string_with_format(row, COL_REALISASI, r.value.to_string(), &open)?;
            }
            None => {
                ws.write_blank(row, COL_REALISASI, &open)?;
            }
        }
        ws.write_blank(row, COL_REALISASI + 1, &open_text)?;
        let (rule, prompt) = if line.negative_allowed() {
            (DataValidationRule::Between(-999_999_999_999_999.0, 999_999_999_999_999.0), Text::XlValidAny)
        } else {
            (DataValidationRule::Between(0.0, 999_999_999_999_999.0), Text::XlValidNonNegative)
        };
        let satuan = line.indicator().satuan.clone().unwrap_or_else(|| "-".into());
        let validation = DataValidation::new()
            .allow_decimal_number(rule)
            .set_input_title(clip(&Text::XlValidTitle.message(lang), 32))?
            .set_input_message(clip(&prompt.message(lang), 200))?
            .set_error_title(clip(&Text::XlValidTitle.message(lang), 32))?
            .set_error_message(clip(&Text::XlValidError { satuan }.message(lang), 250))?
            .set_error_style(DataValidationErrorStyle::Stop);
        ws.add_data_validation(row, COL_REALISASI, row, COL_REALISASI, &validation)?;
    }
    ws.set_freeze_panes(HEADER_ROW + 1, 2)?;
    debug_assert_eq!(headers.len(), usize::from(LOCKED_COLUMNS) + 2);
    // Columns and rows may be resized (long definitions); nothing else.
    let options = ProtectionOptions { format_columns: true, format_rows: true, ..ProtectionOptions::new() };
    ws.protect_with_options(&options);
    ws.set_active(true);
    Ok(())
}

fn id_sheet(
    ws: &mut Worksheet,
    plan: &Plan,
    group: &Group<'_>,
    rows: &[Line<'_>],
    print: &str,
) -> Result<(), XlsxError> {
    ws.set_name(SHEET_ID)?;
    let file = plan.path.file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default();
    let year = plan.year.map(|y| y.to_string()).unwrap_or_default();
    let keys = [
        (ID_FORMAT, "format", FORMAT.to_string()),
        (ID_UNIT, "unit", plan.unit.id.clone()),
        (ID_YEAR, "tahun", year),
        (ID_PLAN, "rencana", file),
        (ID_GROUP, "kelompok", group.label.clone().unwrap_or_default()),
        (ID_FINGERPRINT, "sidik", print.to_string()),
    ];
    for (row, key, value) in keys {
        ws.write_string(row, 0, key)?;
        ws.write_string(row, 1, value)?;
    }
    ws.write_string(ID_ROWS - 1, 0, "baris")?;
    ws.write_string(ID_ROWS - 1, 1, "indikator")?;
    ws.write_string(ID_ROWS - 1, 2, "periode")?;
    for (i, line) in rows.iter().enumerate() {
        let row = ID_ROWS + i as u32;
        ws.write_string(row, 0, (HEADER_ROW + 2 + i as u32).to_string())?;
        ws.write_string(row, 1, line.id())?;
        ws.write_string(row, 2, line.period.to_string())?;
    }
    ws.protect();
    ws.set_very_hidden(true);
    Ok(())
}

/// How many significant digits a number has (a spreadsheet keeps 15).
fn significant_digits(d: Decimal) -> usize {
    d.normalize().mantissa().unsigned_abs().to_string().len()
}

/// Excel's limits on validation titles and messages, counted in characters.
fn clip(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn file_names_are_safe() {
        for (label, expect) in [
            ("Tim Kerja Umum", "tim-kerja-umum"),
            ("../../etc/passwd", "etc-passwd"),
            ("Sub Bagian Adm. Umum (ADUM)", "sub-bagian-adm-umum-adum"),
            ("///", "kelompok"),
            ("Tim Surveilans & Karantina", "tim-surveilans-karantina"),
            ("C:\\x", "c-x"),
        ] {
            assert_eq!(slug(label), expect, "{label}");
        }
        assert!(slug(&"a".repeat(200)).len() <= 60);
    }
}
