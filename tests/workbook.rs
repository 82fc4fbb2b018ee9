//! Workbooks in (issue 13, item 1): `.xlsx`, `.xlsm`, `.xls` and `.ods`
//! plans read as the CSV columns on one sheet or one sheet per unit, every
//! message naming workbook, sheet and cell. The workbooks are made here with
//! rust_xlsxwriter, as a planner's Excel saves them.

use crate::support::{Test, files_in, root};
use rust_xlsxwriter::{CalculationMode, DocProperties, ExcelDateTime, Format, Formula, Workbook, Worksheet};

/// A cell of a test sheet, typed as Excel would hold it.
#[derive(Clone)]
enum C<'a> {
    T(&'a str),
    N(f64),
    /// A number shown as a percentage (stored 0,9761, shown 97,61%).
    P(f64),
    /// A formula and its stored result (`None`: an empty one, as Excel
    /// stores empty text; in an [`uncalculated`] workbook, a placeholder).
    F(&'a str, Option<&'a str>),
    /// A date cell (year, month, day) shown as `mmm yyyy`.
    D(u16, u8, u8),
    /// Rupiah: a number shown as `Rp 2.870.628.000`.
    R(f64),
    E,
}

fn write_row(sheet: &mut Worksheet, row: u32, cells: &[C<'_>]) {
    let percent = Format::new().set_num_format("0.00%");
    let month = Format::new().set_num_format("mmm yyyy");
    let rupiah = Format::new().set_num_format("\"Rp \"#,##0");
    for (col, cell) in cells.iter().enumerate() {
        let col = col as u16;
        match cell {
            C::T(t) => drop(sheet.write_string(row, col, *t).unwrap()),
            C::N(n) => drop(sheet.write_number(row, col, *n).unwrap()),
            C::P(n) => drop(sheet.write_number_with_format(row, col, *n, &percent).unwrap()),
            C::R(n) => drop(sheet.write_number_with_format(row, col, *n, &rupiah).unwrap()),
            C::F(f, Some(r)) => drop(sheet.write_formula(row, col, Formula::new(*f).set_result(*r)).unwrap()),
            C::F(f, None) => {
                sheet.set_formula_result_default("");
                sheet.write_formula(row, col, *f).unwrap();
            }
            C::D(y, m, d) => {
                let date = ExcelDateTime::from_ymd(*y, *m, *d).unwrap();
                sheet.write_datetime_with_format(row, col, &date, &month).unwrap();
            }
            C::E => {}
        }
    }
}

/// A workbook of named sheets, each a list of rows; formulas' stored
/// results are kept (manual calculation: no "recalculate on open" flag).
fn workbook(sheets: &[(&str, Vec<Vec<C<'_>>>)]) -> Vec<u8> {
    workbook_in(CalculationMode::Manual, sheets)
}

/// A workbook as programs that write formulas without computing them make
/// it: every stored result a placeholder, "recalculate on open" set.
fn uncalculated(sheets: &[(&str, Vec<Vec<C<'_>>>)]) -> Vec<u8> {
    workbook_in(CalculationMode::Automatic, sheets)
}

fn workbook_in(mode: CalculationMode, sheets: &[(&str, Vec<Vec<C<'_>>>)]) -> Vec<u8> {
    let mut book = Workbook::new();
    book.set_calculation_mode(mode);
    // A fixed creation time: a workbook written anew is the same bytes.
    let made = ExcelDateTime::from_ymd(2024, 1, 1).unwrap();
    book.set_properties(&DocProperties::new().set_creation_datetime(&made));
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap();
        for (r, cells) in rows.iter().enumerate() {
            write_row(sheet, r as u32, cells);
        }
    }
    book.save_to_buffer().unwrap()
}

fn header() -> Vec<C<'static>> {
    ["unit", "indicator", "name", "satuan", "period", "target", "realisasi"].into_iter().map(C::T).collect()
}

/// A CSV of the panduan (`;`, Indonesian numbers) as a planner's workbook:
/// plain numbers as number cells, `97,61%` as a percent cell, `Rp 1.000` as
/// a number, months (`2024-06`) as date cells, the rest as text.
fn workbook_from_csv(csv: &str) -> Vec<u8> {
    let number = |t: &str| -> Option<f64> {
        let t = t.trim().strip_prefix("Rp ").unwrap_or(t.trim());
        let plain = t.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') && !t.is_empty();
        plain.then(|| t.replace('.', "").replace(',', ".").parse().ok()).flatten()
    };
    let rows: Vec<Vec<String>> = csv.lines().map(|l| l.split(';').map(str::to_string).collect()).collect();
    let cells: Vec<Vec<C<'_>>> = rows
        .iter()
        .enumerate()
        .map(|(r, row)| {
            row.iter()
                .map(|t| {
                    let month = t.len() == 7 && t.as_bytes()[4] == b'-' && r > 0;
                    if t.is_empty() {
                        C::E
                    } else if month {
                        C::D(t[..4].parse().unwrap(), t[5..].parse().unwrap(), 1)
                    } else if let Some(p) = t.strip_suffix('%').and_then(number) {
                        C::P(p / 100.0)
                    } else if let Some(n) = number(t).filter(|_| r > 0) {
                        C::N(n)
                    } else {
                        C::T(t)
                    }
                })
                .collect()
        })
        .collect();
    workbook(&[("Realisasi 2024", cells)])
}

#[test]
fn a_workbook_of_the_csv_evaluates_as_the_csv_does() {
    let csv = std::fs::read_to_string(root().join("docs/contoh/realisasi-2024.csv")).unwrap();
    let book = workbook_from_csv(&csv);
    for format in ["table", "csv", "json"] {
        let (from_csv, _d) = Test::new().file("r.csv", &csv).args(["eval", "r.csv", "--format", format]).run();
        let (from_book, _d) = Test::new().bytes("r.xlsx", &book).args(["eval", "r.xlsx", "--format", format]).run();
        assert_eq!(from_book.code, 0, "{}", from_book.stderr);
        assert_eq!(from_book.stdout.replace("r.xlsx", "r.csv"), from_csv.stdout, "{format}");
        assert_eq!(from_book.stderr, from_csv.stderr);
    }
}

/// The bundled example workbook: Labkesmas Batam's 2024 targets and
/// realisasi (`examples/labkesmas-batam/rkt-2024.toml`, as printed) on a
/// planner's sheet with Indonesian headers, numbers as number cells,
/// percentages as percent cells and the pagu in rupiah.
/// `CAPAIAN_WRITE_EXAMPLES=1 cargo test workbook` writes it anew.
fn labkesmas_workbook() -> Vec<u8> {
    let text = std::fs::read_to_string(root().join("examples/labkesmas-batam/rkt-2024.toml")).unwrap();
    let plan: toml::Table = text.parse().unwrap();
    let s = |v: &toml::Value, key: &str| v.get(key).and_then(|t| t.as_str()).unwrap_or("").to_string();
    let unit = s(&plan["unit"], "id");
    let (year, scale) = (plan["plan"]["year"].to_string(), s(&plan["plan"], "scale"));
    let mut table: Vec<Vec<String>> = Vec::new();
    let mut numbers: Vec<[Option<(f64, bool)>; 3]> = Vec::new();
    for ind in plan["indicator"].as_array().unwrap() {
        let convention = ind.get("numbers").or(plan["plan"].get("numbers")).and_then(|v| v.as_str()).unwrap();
        let convention: capaian::Convention = convention.parse().unwrap();
        let percent = s(ind, "satuan") == "%";
        let number = |text: String| {
            (!text.is_empty()).then(|| {
                let n = capaian::parse_number_in(&text, convention, Some(&s(ind, "satuan"))).unwrap();
                let value: f64 = n.value.to_string().parse().unwrap();
                (if percent { value / 100.0 } else { value }, percent)
            })
        };
        let budget = ind.get("budget");
        let pagu = budget.map(|b| s(b, "pagu")).unwrap_or_default();
        let pagu = (!pagu.is_empty()).then(|| {
            let own = budget.map(|b| s(b, "numbers")).filter(|n| !n.is_empty());
            let n = capaian::parse_number(&pagu, own.map_or(convention, |n| n.parse().unwrap())).unwrap();
            (n.value.to_string().parse().unwrap(), false)
        });
        numbers.push([number(s(ind, "target")), number(s(ind, "realisasi")), pagu]);
        let fields = ["id", "name", "sasaran", "sasaran_id", "program", "satuan", "polarity", "aggregation"];
        let mut row: Vec<String> = std::iter::once(unit.clone()).chain(fields.iter().map(|k| s(ind, k))).collect();
        row.extend([scale.clone(), year.clone()]);
        table.push(row);
    }
    let head = [
        "Unit Kerja",
        "Indikator",
        "Nama Indikator",
        "Sasaran",
        "Kode Sasaran",
        "Program",
        "Satuan",
        "Polaritas",
        "Agregasi",
        "Skala",
        "Periode",
        "Target",
        "Realisasi",
        "Pagu Anggaran",
    ];
    let mut rows: Vec<Vec<C<'_>>> = vec![head.into_iter().map(C::T).collect()];
    for (row, figures) in table.iter().zip(&numbers) {
        let mut cells: Vec<C<'_>> = row.iter().map(|t| C::T(t)).collect();
        for (i, figure) in figures.iter().enumerate() {
            cells.push(match figure {
                Some((n, true)) => C::P(*n),
                Some((n, false)) if i == 2 => C::R(*n),
                Some((n, false)) => C::N(*n),
                None => C::E,
            });
        }
        rows.push(cells);
    }
    workbook(&[("Capaian 2024", rows)])
}

#[test]
fn the_example_workbook_holds_the_plan_figures() {
    let example = "examples/labkesmas-batam/capaian-2024.xlsx";
    if std::env::var_os("CAPAIAN_WRITE_EXAMPLES").is_some() {
        std::fs::write(root().join(example), labkesmas_workbook()).unwrap();
    }
    let book = Test::new().args(["eval", example, "--format", "csv"]).output();
    let plan = Test::new().args(["eval", "examples/labkesmas-batam/rkt-2024.toml", "--format", "csv"]).output();
    assert_eq!(book.code, 0, "{}", book.stderr);
    assert_eq!(book.stderr, "");
    // Every figure is the plan's; only the columns naming the plan file
    // (its path, kind and revision, which a workbook does not state) differ.
    let figures = |csv: &str| -> Vec<Vec<String>> {
        let mut r = csv::Reader::from_reader(csv.as_bytes());
        let header = r.headers().unwrap().clone();
        let keep: Vec<usize> =
            (0..header.len()).filter(|i| !["plan", "plan_kind", "plan_revision"].contains(&&header[*i])).collect();
        r.records().map(|rec| keep.iter().map(|i| rec.as_ref().unwrap()[*i].to_string()).collect()).collect()
    };
    assert_eq!(figures(&book.stdout), figures(&plan.stdout));
    assert!(book.stdout.contains(",examples/labkesmas-batam/capaian-2024.xlsx,,2024,,"), "{}", book.stdout);
}

#[test]
fn numbers_are_read_exactly_and_percent_cells_as_percentages() {
    let book = workbook(&[(
        "Data",
        vec![
            header(),
            vec![C::T("u"), C::T("A"), C::T("Persen"), C::E, C::T("2024"), C::P(0.95), C::P(0.9761)],
            vec![C::T("u"), C::T("B"), C::T("Jumlah"), C::T("orang"), C::N(2024.0), C::N(1152699.0), C::T("1.152.700")],
            vec![C::T("u"), C::T("C"), C::T("Rasio"), C::E, C::T("2024"), C::N(0.1), C::N(0.30000000000000004)],
        ],
    )]);
    let (out, _d) = Test::new().bytes("p.xlsx", &book).args(["eval", "p.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,Persen,2024,95,97.61,102.75,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,B,Jumlah,2024,1152699,1152700,100.00,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,C,Rasio,2024,0.1,0.30000000000000004,"), "{}", out.stdout);
    assert_eq!(
        out.stderr,
        "warning[workbook/float-digits]: the number 0.30000000000000004 has 17 significant digits; a number cell keeps only 15 exactly\n  \
         --> p.xlsx: Data!G4\n  \
         = help: type a number this long as text (start it with an apostrophe: '1234567890123456789)\n"
    );
    // A percent cell gives the indicator its satuan `%`: a realisasi typed
    // as a fraction beside it is the mix-up a percentage's satuan warns of.
    let book = workbook(&[(
        "Data",
        vec![header(), vec![C::T("u"), C::T("A"), C::T("Persen"), C::E, C::T("2024"), C::P(0.95), C::N(0.93)]],
    )]);
    let (out, _d) = Test::new().bytes("p.xlsx", &book).args(["eval", "p.xlsx"]).run();
    assert!(
        out.stderr.starts_with(
            "warning[number/percent-fraction]: `A`: realisasi 0.93 for 2024 against a target of 95 (satuan %)"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn text_in_a_number_cell_is_an_error_naming_sheet_and_cell() {
    let book = workbook(&[(
        "Sheet1",
        vec![header(), vec![C::T("u"), C::T("A"), C::T("Jumlah"), C::E, C::T("2024"), C::N(10.0), C::T("lima")]],
    )]);
    let (out, _d) = Test::new().bytes("isi.xlsx", &book).args(["eval", "isi.xlsx"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("  --> isi.xlsx: Sheet1!G2\n"), "{}", out.stderr);
    assert!(out.stderr.contains("`lima`"), "{}", out.stderr);
}

#[test]
fn a_formula_gives_its_stored_result_and_one_without_is_an_error() {
    let row =
        |realisasi: C<'static>| vec![C::T("u"), C::T("A"), C::T("Jumlah"), C::E, C::T("2024"), C::N(10.0), realisasi];
    let stored = workbook(&[("Sheet1", vec![header(), row(C::F("=F2/2", Some("5")))])]);
    let (out, _d) = Test::new().bytes("f.xlsx", &stored).args(["eval", "f.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,Jumlah,2024,10,5,50.00,"), "{}", out.stdout);

    // An empty text result (`=IF(…;"";…)`, stored as Excel stores it: an
    // empty `str` value) is a blank cell: no realisasi yet.
    let blank = workbook(&[("Sheet1", vec![header(), row(C::F("=IF(F2>0,\"\",1)", None))])]);
    let (out, _d) = Test::new().bytes("f.xlsx", &blank).args(["eval", "f.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,Jumlah,2024,10,,,,no_data,"), "{}", out.stdout);

    // A cell without a result fails its indicator, named by workbook, sheet
    // and cell; the other indicators of the workbook are still evaluated.
    let other = vec![C::T("u"), C::T("B"), C::T("Lain"), C::E, C::T("2024"), C::N(10.0), C::N(8.0)];
    let missing = uncalculated(&[("Sheet1", vec![header(), vec![], row(C::F("=F2/2", None)), other.clone()])]);
    let (out, _d) = Test::new().bytes("f.xlsx", &missing).args(["eval", "f.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(
        out.stderr,
        "error[workbook/formula-no-value]: the formula `=F2/2` has no stored result\n  \
         --> f.xlsx: Sheet1!G3\n  \
         = while evaluating indicator `A`, period 2024\n  \
         = help: open the workbook in Excel or LibreOffice and save it, so the results of its formulas are stored; capaian reads results, it does not compute formulas\n"
    );
    assert!(out.stdout.contains("u,A,,2024,,,,,error,the formula `=F2/2` has no stored result,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,B,Lain,2024,10,8,80.00,"), "{}", out.stdout);

    // A program that writes formulas without computing them stores a
    // placeholder and asks to be recalculated on opening: not a result.
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    write_row(sheet, 0, &header());
    write_row(sheet, 1, &row(C::F("=F2/2", Some("0"))));
    write_row(sheet, 2, &other);
    let (out, _d) = Test::new().bytes("f.xlsx", &book.save_to_buffer().unwrap()).args(["eval", "f.xlsx"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("error[workbook/formula-no-value]"), "{}", out.stderr);
    assert!(out.stderr.contains("--> f.xlsx: Sheet1!G2"), "{}", out.stderr);
}

#[test]
fn sheets_in_indonesian_one_per_unit_and_instructions_skipped() {
    let head = || -> Vec<C<'static>> {
        ["Unit Kerja", "Indikator", "Nama Indikator", "Periode", "Target", "Realisasi"].into_iter().map(C::T).collect()
    };
    let book = workbook(&[
        ("Petunjuk", vec![vec![C::T("Isi kolom Realisasi setiap bulan.")]]),
        ("Kosong", vec![]),
        (
            "Bidang A",
            vec![head(), vec![C::T("bid-a"), C::T("IKU-1"), C::T("Jumlah"), C::D(2024, 6, 1), C::N(4.0), C::N(5.0)]],
        ),
        (
            "Bidang B",
            vec![
                vec![C::T("RENCANA KINERJA BIDANG B TAHUN 2024")],
                vec![C::E, C::T("Indikator Kinerja")],
                [C::E, C::E].into_iter().chain(head()).collect(),
                [C::E, C::E, C::T("bid-b"), C::T("IKU-1"), C::T("Jumlah"), C::T("Juni 2024"), C::T("4"), C::T("2")]
                    .into_iter()
                    .collect(),
            ],
        ),
    ]);
    let (out, _d) = Test::new().bytes("tim.xlsx", &book).args(["eval", "tim.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("bid-a,IKU-1,Jumlah,2024-06,4,5,125.00,"), "{}", out.stdout);
    assert!(out.stdout.contains("bid-b,IKU-1,Jumlah,2024-06,4,2,50.00,"), "{}", out.stdout);
    assert_eq!(
        out.stderr,
        "warning[workbook/sheet-skipped]: sheet `Petunjuk` is skipped: no row at its top names the plan's columns\n  \
         --> tim.xlsx: Petunjuk\n  \
         = help: a sheet of data has a row of column names (unit, indicator, target, realisasi, …) at its top, below its title if it has one\n"
    );
}

#[test]
fn a_sheet_without_a_required_column_and_a_workbook_without_data_are_errors() {
    let book = workbook(&[(
        "Data",
        vec![vec![C::T("unit"), C::T("indicator"), C::T("target")], vec![C::T("u"), C::T("A"), C::N(1.0)]],
    )]);
    let (out, _d) = Test::new().bytes("d.xlsx", &book).args(["check", "d.xlsx"]).run();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error[workbook/missing-column]: sheet `Data` has no `realisasi` column\n  \
         --> d.xlsx: Data!A1\n  \
         = help: required columns: unit, indicator, target, realisasi\n"
    );
    let book = workbook(&[("Petunjuk", vec![vec![C::T("Isi lembar ini")]])]);
    let (out, _d) = Test::new().bytes("d.xlsx", &book).args(["check", "d.xlsx", "--lang", "id"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains(
            "galat[workbook/no-data]: buku kerja `d.xlsx` tidak mempunyai lembar data rencana (lembar: `Petunjuk`)"
        ),
        "{}",
        out.stderr
    );
    // A misspelt column points at its header cell.
    let book = workbook(&[(
        "Data",
        vec![
            ["unit", "indicator", "target", "realisai"].into_iter().map(C::T).collect(),
            vec![C::T("u"), C::T("A"), C::N(1.0), C::N(1.0)],
        ],
    )]);
    let (out, _d) = Test::new().bytes("d.xlsx", &book).args(["check", "d.xlsx"]).run();
    assert!(
        out.stderr.contains("error[csv/unknown-column]: unknown column `realisai`\n  --> d.xlsx: Data!D1\n"),
        "{}",
        out.stderr
    );
}

#[test]
fn corrupt_and_oversized_workbooks_are_errors_naming_the_file_and_inputs_stay_untouched() {
    let (out, dir) = Test::new().bytes("rusak.xlsx", b"PK\x03\x04 not really").args(["eval", "rusak.xlsx"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error[workbook/unreadable]: cannot read the workbook `rusak.xlsx`: "),
        "{}",
        out.stderr
    );
    let after = files_in(dir.as_ref().unwrap().path());
    assert_eq!(after.len(), 1);
    assert_eq!(after[0].1, b"PK\x03\x04 not really");
    let out = Test::new().bytes("lama.xls", b"\xd0\xcf\x11\xe0").args(["eval", "lama.xls"]).output();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error[workbook/xls]: `lama.xls` is an Excel 97–2003 workbook (.xls)"),
        "{}",
        out.stderr
    );
    for name in ["x.ods", "x.xlsm"] {
        let out = Test::new().bytes(name, b"\xd0\xcf\x11\xe0 garbage").args(["eval", name]).output();
        assert_eq!(out.code, 2, "{name}");
        assert!(out.stderr.starts_with("error[workbook/unreadable]"), "{name}: {}", out.stderr);
    }
    // A zip bomb: one part of 300 MiB of zeros packs into a few hundred KiB.
    let mut bomb = Vec::new();
    {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bomb));
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("xl/worksheets/sheet1.xml", options).unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..300 {
            zip.write_all(&zeros).unwrap();
        }
        zip.finish().unwrap();
    }
    let out = Test::new().bytes("bom.xlsx", &bomb).args(["eval", "bom.xlsx"]).output();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .starts_with("error[workbook/too-large]: the workbook `bom.xlsx` is larger than capaian reads (256 MiB)"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_cell_far_away_costs_one_cell_not_a_grid() {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    write_row(sheet, 0, &header());
    write_row(sheet, 1, &[C::T("u"), C::T("A"), C::T("n"), C::E, C::T("2024"), C::N(4.0), C::N(2.0)]);
    sheet.write_string(1_048_575, 16_383, "jauh").unwrap();
    let (out, _d) =
        Test::new().bytes("g.xlsx", &book.save_to_buffer().unwrap()).args(["eval", "g.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,n,2024,4,2,50.00,"), "{}", out.stdout);
}

#[test]
fn a_folder_reads_its_workbooks_beside_its_csv_files() {
    let book = workbook(&[(
        "Data",
        vec![header(), vec![C::T("w"), C::T("A"), C::T("n"), C::E, C::T("2024"), C::N(4.0), C::N(2.0)]],
    )]);
    let (out, _d) = Test::new()
        .bytes("a.xlsx", &book)
        .file("b.csv", "unit,indicator,target,realisasi\nc,A,4,4\n")
        .args(["eval", ".", "--format", "csv"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("w,A,n,2024,4,2,50.00,"), "{}", out.stdout);
    assert!(out.stdout.contains("c,A,"), "{}", out.stdout);
}

/// The panduan's workbooks (`docs/contoh/`): the CSV of section 3.2 as a
/// workbook, and two with the mistakes section 3.3 shows.
/// `CAPAIAN_WRITE_EXAMPLES=1 cargo test workbook` writes them anew.
#[test]
fn the_panduan_workbooks() {
    let head = || -> Vec<C<'static>> {
        ["Unit Kerja", "Indikator", "Nama Indikator", "Satuan", "Periode", "Target", "Realisasi"]
            .into_iter()
            .map(C::T)
            .collect()
    };
    let row = |id, name, satuan, target, realisasi| {
        vec![C::T("upt-contoh"), C::T(id), C::T(name), satuan, C::D(2024, 6, 1), target, realisasi]
    };
    let petunjuk = vec![vec![C::T("Isi kolom Realisasi dengan angka s.d. bulan ini.")]];
    let wrong = workbook(&[
        ("Petunjuk", petunjuk.clone()),
        (
            "Realisasi",
            vec![
                head(),
                row("IKK-1", "Jumlah pemeriksaan spesimen", C::T("spesimen"), C::N(5000.0), C::T("sekitar 5.400")),
                row("IKK-2", "Persentase realisasi anggaran", C::E, C::P(0.4), C::P(0.3871)),
            ],
        ),
    ]);
    let formula = uncalculated(&[(
        "Realisasi",
        vec![
            head(),
            row("IKK-1", "Jumlah pemeriksaan spesimen", C::T("spesimen"), C::N(5000.0), C::F("=SUM(J2:O2)", None)),
        ],
    )]);
    let csv = std::fs::read_to_string(root().join("docs/contoh/realisasi-2024.csv")).unwrap();
    let files = [
        ("realisasi-2024.xlsx", workbook_from_csv(&csv)),
        ("buku-kerja-salah.xlsx", wrong),
        ("rumus-tanpa-hasil.xlsx", formula),
    ];
    for (name, bytes) in &files {
        let path = root().join("docs/contoh").join(name);
        if std::env::var_os("CAPAIAN_WRITE_EXAMPLES").is_some() {
            std::fs::write(&path, bytes).unwrap();
        }
        assert!(path.is_file(), "{name}: write it with CAPAIAN_WRITE_EXAMPLES=1 cargo test workbook");
    }
    let book = Test::new().args(["eval", "docs/contoh/realisasi-2024.xlsx"]).output();
    let text = Test::new().args(["eval", "docs/contoh/realisasi-2024.csv"]).output();
    assert_eq!((book.code, &book.stdout, &book.stderr), (text.code, &text.stdout, &text.stderr));
}

/// A LibreOffice `.ods` file as its content holds it: cells of `kind`
/// (`string`, `float`, `percentage`) and, for a formula, `=…` with no value.
fn ods(rows: &[&[(&str, &str)]]) -> Vec<u8> {
    use std::io::Write;
    let mut table = String::new();
    for row in rows {
        table.push_str("<table:table-row>");
        for (kind, value) in *row {
            let cell = match *kind {
                "string" => format!(
                    r#"<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>"#
                ),
                "formula" => format!(r#"<table:table-cell table:formula="of:{value}"/>"#),
                _ => format!(
                    r#"<table:table-cell office:value-type="{kind}" office:value="{value}"><text:p>{value}</text:p></table:table-cell>"#
                ),
            };
            table.push_str(&cell);
        }
        table.push_str("</table:table-row>");
    }
    let content = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Lembar1">{table}</table:table></office:spreadsheet></office:body></office:document-content>"#
    );
    let mut bytes = Vec::new();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    bytes
}

#[test]
fn ods_files_are_read_and_their_percent_cells_refused() {
    let head: &[(&str, &str)] =
        &[("string", "Unit Kerja"), ("string", "Indikator"), ("string", "Target"), ("string", "Realisasi")];
    let book = ods(&[head, &[("string", "u"), ("string", "A"), ("float", "4"), ("float", "0.1")]]);
    let (out, _d) = Test::new().bytes("l.ods", &book).args(["eval", "l.ods", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,,-,4,0.1,2.50,"), "{}", out.stdout);

    let book = ods(&[head, &[("string", "u"), ("string", "A"), ("float", "4"), ("percentage", "0.5")]]);
    let (out, _d) = Test::new().bytes("l.ods", &book).args(["eval", "l.ods"]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error[workbook/ods-percent]: `l.ods` has percentage cells"), "{}", out.stderr);

    // A formula without a result fails its indicator only.
    let book = ods(&[head, &[("string", "u"), ("string", "A"), ("float", "4"), ("formula", "=[.C2]*2")]]);
    let (out, _d) = Test::new().bytes("l.ods", &book).args(["eval", "l.ods"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "error[workbook/formula-no-value]: the formula `=[.C2]*2` has no stored result\n  --> l.ods: Lembar1!D2\n"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn a_date_that_is_no_month_and_an_old_xls_in_a_folder() {
    let book = workbook(&[(
        "Data",
        vec![header(), vec![C::T("u"), C::T("A"), C::T("n"), C::E, C::D(2024, 6, 15), C::N(4.0), C::N(2.0)]],
    )]);
    let (out, _d) = Test::new().bytes("t.xlsx", &book).args(["eval", "t.xlsx"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("`2024-06-15`"), "{}", out.stderr);
    assert!(out.stderr.contains("  --> t.xlsx: Data!E2\n"), "{}", out.stderr);
    // An .xls beside other plans is named with a warning; the others still count.
    let (out, _d) = Test::new()
        .bytes("lama.xls", b"\xd0\xcf\x11\xe0")
        .file("b.csv", "unit,indicator,target,realisasi\nc,A,4,4\n")
        .args(["eval", ".", "--format", "csv"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("c,A,"), "{}", out.stdout);
    assert!(out.stderr.starts_with("warning[workbook/xls]: `lama.xls` is an Excel 97–2003 workbook"), "{}", out.stderr);
}

#[test]
fn a_merged_cell_reads_on_every_row_it_covers() {
    let mut book = Workbook::new();
    book.set_calculation_mode(CalculationMode::Manual);
    let sheet = book.add_worksheet();
    write_row(sheet, 0, &header());
    for (r, (month, realisasi)) in [(3u8, 2.0), (6, 5.0)].into_iter().enumerate() {
        let r = r as u32 + 1;
        write_row(sheet, r, &[C::E, C::E, C::E, C::E, C::D(2024, month, 1), C::N(f64::from(month)), C::N(realisasi)]);
    }
    let plain = Format::new();
    sheet.merge_range(1, 0, 2, 0, "u", &plain).unwrap();
    sheet.merge_range(1, 1, 2, 1, "IKK-1", &plain).unwrap();
    sheet.merge_range(1, 2, 2, 3, "Jumlah kegiatan", &plain).unwrap();
    // A heading merged across two columns names the first.
    sheet.merge_range(0, 7, 0, 8, "keterangan", &plain).unwrap();
    let (out, _d) =
        Test::new().bytes("m.xlsx", &book.save_to_buffer().unwrap()).args(["eval", "m.xlsx", "--format", "csv"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,IKK-1,Jumlah kegiatan,2024-03,3,2,66.67,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,IKK-1,Jumlah kegiatan,2024-06,6,5,83.33,"), "{}", out.stdout);
    assert!(out.stderr.starts_with("warning[csv/unused-column]: column `keterangan` is not used by capaian and is ignored\n  --> m.xlsx: Sheet1!H1\n"), "{}", out.stderr);
}
