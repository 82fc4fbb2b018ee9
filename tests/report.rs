//! `capaian report`: the LAPKIN chapter of the bundled units as HTML
//! (snapshots, time fixed) and XLSX (read back), every figure equal to
//! `eval --format json`'s, plan text escaped, inputs never replaced, and the
//! HTML rendered by a real browser when one is installed.

use crate::support::{Test, chromium, root, run_chromium};
use std::io::Read;
use std::path::Path;

/// A fixed time for reproducible reports (2025-12-03 06:30 UTC).
const MADE: &str = "1764743400";

/// The three bundled units, as a planner would run them, and the made-up
/// plans of the budget section.
const UNITS: &[(&str, &[&str])] = &[
    ("labkesmas", &["examples/labkesmas-batam/rkt-2024.toml", "examples/labkesmas-batam/rkt-2025-revisi.toml"]),
    ("bkk-jambi", &["examples/bkk-jambi"]),
    ("bkpsdm", &["examples/bkpsdm-batam/renja-2024.toml"]),
    ("anggaran", &["tests/fixtures/report/anggaran-2024.toml"]),
    ("program", &["tests/fixtures/report/program-2024.toml"]),
];

/// Runs `capaian report PATHS -o DIR/NAME` and returns the file's bytes.
fn report(paths: &[&str], dir: &Path, name: &str) -> Vec<u8> {
    let out_path = dir.join(name);
    let mut args = vec!["report".to_string()];
    args.extend(paths.iter().map(|p| p.to_string()));
    args.extend(["-o".to_string(), out_path.display().to_string()]);
    let out = Test::new().env("SOURCE_DATE_EPOCH", MADE).args(&args).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    std::fs::read(&out_path).unwrap()
}

/// The rule versions depend on the checkout (commit, uncommitted changes,
/// or no repository at all).
fn redact_commits(html: &str) -> String {
    let (start, end) = ("<dt>Versi aturan</dt>", "\n<dt>Dibuat</dt>");
    match (html.find(start), html.find(end)) {
        (Some(a), Some(b)) if a < b => format!("{}{start}[rule versions]{}", &html[..a], &html[b..]),
        _ => html.to_string(),
    }
}

#[test]
fn html_of_every_unit_is_pinned() {
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in UNITS {
        let html = String::from_utf8(report(paths, dir.path(), &format!("{name}.html"))).unwrap();
        insta::assert_snapshot!(format!("report_html_{name}"), redact_commits(&html));
    }
}

/// The text of every cell of every row of the table with `class`.
fn table_rows(html: &str, class: &str) -> Vec<Vec<String>> {
    let start = html.find(&format!("<table class=\"{class}\">")).unwrap_or_else(|| panic!("no table {class}"));
    let end = start + html[start..].find("</table>").unwrap();
    html[start..end]
        .split("<tr")
        .skip(1)
        .map(|row| {
            row.split("<td")
                .skip(1)
                .map(|cell| {
                    let open = cell.find('>').unwrap() + 1;
                    let close = cell.find("</td>").unwrap();
                    cell[open..close].to_string()
                })
                .collect::<Vec<_>>()
        })
        .filter(|cells| !cells.is_empty())
        .collect()
}

/// An exact JSON number (`1152699`, `97.61`) as Indonesian documents print it.
fn id_number(text: &str) -> String {
    let (sign, digits) = text.strip_prefix('-').map_or(("", text), |d| ("-", d));
    let (int, frac) = digits.split_once('.').map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push('.');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped},{f}"),
        None => format!("{sign}{grouped}"),
    }
}

fn json_cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "-".into(),
        serde_json::Value::String(s) => s.replace('.', ","),
        n => id_number(&n.to_string()),
    }
}

/// The results of `eval --format json` on `paths` for the plan reported
/// (the latest), by indicator id.
fn eval_results(paths: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["eval", "--format", "json"];
    args.extend(paths);
    let out = Test::new().args(&args).output();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let results = v["results"].as_array().unwrap().clone();
    let latest = results
        .iter()
        .map(|r| (r["plan"]["year"].as_i64().unwrap_or(0), r["plan"]["path"].as_str().unwrap().to_string()))
        .max()
        .unwrap()
        .1;
    results.into_iter().filter(|r| r["plan"]["path"] == latest.as_str()).collect()
}

#[test]
fn every_html_figure_is_evals() {
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in UNITS {
        let html = String::from_utf8(report(paths, dir.path(), &format!("{name}.html"))).unwrap();
        let rows = table_rows(&html, "measure");
        let results = eval_results(paths);
        // Data rows have 9 cells; the sasaran means have 3.
        let data: Vec<&Vec<String>> = rows.iter().filter(|r| r.len() == 9).collect();
        assert_eq!(data.len(), results.len(), "{name}: one row per eval result");
        for (row, r) in data.iter().zip(&results) {
            assert_eq!(row[1], r["indicator"].as_str().unwrap(), "{name}");
            let want = [json_cell(&r["target"]), json_cell(&r["value"]), json_cell(&r["capaian"])];
            assert_eq!([row[4].clone(), row[5].clone(), row[6].clone()], want, "{name} {}", row[1]);
            assert_eq!(row[7], r["kategori"].as_str().unwrap_or(""), "{name} {}", row[1]);
        }
    }
}

#[test]
fn sasaran_mean_counts_only_ok_indicators() {
    let dir = tempfile::tempdir().unwrap();
    let html = String::from_utf8(report(UNITS[0].1, dir.path(), "l.html")).unwrap();
    let sums: Vec<Vec<String>> = table_rows(&html, "measure").into_iter().filter(|r| r.len() == 3).collect();
    // Labkesmas 2025 revisi, first sasaran: IKK-1 87,50, IKK-4 80,00, IKK-5 90,00 are ok; the rest have no data.
    assert_eq!(sums[0][1], "85,83");
    assert!(sums[0][2].contains("IKK-2, IKK-3, IKK-6, IKK-7"), "{:?}", sums[0]);
    // Second sasaran: nothing ok, so no mean (never 0).
    assert_eq!(sums[1][1], "-");
}

#[test]
fn budget_sums_penyerapan_and_efisiensi() {
    let dir = tempfile::tempdir().unwrap();
    let html = String::from_utf8(report(UNITS[3].1, dir.path(), "a.html")).unwrap();
    let rows = table_rows(&html, "budget");
    let cells = |i: usize| rows[i][3..].to_vec();
    // IKK-1: pagu 1.000.000, spent 450.000 (45,00 %), capaian 50,83:
    // (1 − 450.000 × 100 ÷ (1.000.000 × 50,83)) × 100 = 11,47.
    assert_eq!(cells(0), ["1.000.000", "450.000", "45,00", "50,83", "11,47"]);
    assert_eq!(cells(1), ["500.000", "250.000", "50,00", "95,00", "47,37"]);
    // The sasaran: Σ pagu, Σ realisasi, 700.000 ÷ 1.500.000, Σ(pagu × capaian) against Σ realisasi.
    assert_eq!(cells(2), ["1.500.000", "700.000", "46,67", "", "28,81"]);
    assert_eq!(rows.last().unwrap()[0], "Jumlah seluruhnya");
    assert!(html.contains("Penyerapan anggaran per periode"), "absorption chart");
}

#[test]
fn budget_groups_by_program_with_subtotals() {
    let dir = tempfile::tempdir().unwrap();
    let html = String::from_utf8(report(UNITS[4].1, dir.path(), "p.html")).unwrap();
    let start = html.find("<table class=\"budget\">").unwrap();
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    let headings: Vec<&str> = table
        .split("<tr class=\"program\"><th colspan=\"8\">")
        .skip(1)
        .map(|h| &h[..h.find("</th>").unwrap()])
        .collect();
    assert_eq!(
        headings,
        ["Program: P.01 Program Layanan Laboratorium", "Program: Dukungan Manajemen", "Program: (tanpa program)"]
    );
    let rows = table_rows(&html, "budget");
    let cells = |i: usize| rows[i][3..].to_vec();
    // P.01 over two sasaran of one row each: no sasaran sums, its subtotal:
    // 1.300.000 ÷ 1.500.000 = 86,67 %; Σ(pagu × capaian) = 1.000.000 × 80 +
    // 500.000 × 100 against Σ realisasi 1.300.000 × 100: efisiensi 0,00 (every
    // figure of the table with its two decimals).
    assert_eq!(cells(0), ["1.000.000", "900.000", "90,00", "80,00", "-12,50"]);
    assert_eq!(rows[2][0], "Jumlah program");
    assert_eq!(cells(2), ["1.500.000", "1.300.000", "86,67", "", "0,00"]);
    // Dukungan Manajemen: one sasaran, so only the programme's subtotal.
    assert_eq!(rows[5][0], "Jumlah program");
    assert_eq!(cells(5), ["500.000", "440.000", "88,00", "", "12,00"]);
    // No programme: one row, no subtotal; then the grand total.
    assert_eq!(rows[6][0], "IKK-5");
    assert_eq!(rows[7][0], "Jumlah seluruhnya");
    assert_eq!(cells(7), ["2.100.000", "1.740.000", "87,00", "", "3,33"]);
    assert_eq!(rows.len(), 8);
    // The workbook: a programme column and the subtotals below the table.
    let text = workbook_text(&report(UNITS[4].1, dir.path(), "p.xlsx"));
    assert!(text.contains("Program | Sasaran | Kode |"), "{text}");
    assert!(
        text.contains("Jumlah program — P.01 Program Layanan Laboratorium |  |  | 1500000 | 1300000 | 86.67 |  | 0\n"),
        "{text}"
    );
    assert!(text.contains("Jumlah program — Dukungan Manajemen |  |  | 500000 | 440000 | 88 |  | 12\n"), "{text}");
}

fn zip_names(bytes: &[u8]) -> Vec<String> {
    let zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    zip.file_names().filter_map(Result::ok).map(|n| n.to_string()).collect()
}

fn zip_text(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn xlsx_holds_evals_figures_tables_and_charts() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in UNITS {
        let bytes = report(paths, dir.path(), &format!("{name}.xlsx"));
        let names = zip_names(&bytes);
        assert!(names.iter().any(|n| n == "xl/charts/chart1.xml"), "{name}: {names:?}");
        assert!(names.iter().any(|n| n == "xl/tables/table1.xml"), "{name}: {names:?}");
        assert!(zip_text(&bytes, "xl/styles.xml").contains("#,##0.00"), "{name}: number formats");
        let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).unwrap();
        assert_eq!(
            wb.sheet_names(),
            ["Pengukuran", "Sasaran", "Perbandingan", "Anggaran", "Perkembangan", "Catatan", "Grafik", "Sumber"]
        );
        let range = wb.worksheet_range("Pengukuran").unwrap();
        let results = eval_results(paths);
        let rows: Vec<&[Data]> =
            range.rows().skip_while(|r| r.get(2) != Some(&Data::String("Kode".into()))).skip(1).collect();
        assert_eq!(rows.len(), results.len(), "{name}");
        let cell = |d: &Data| match d {
            Data::Empty => "-".to_string(),
            Data::Float(f) => format!("{f}"),
            Data::Int(i) => i.to_string(),
            Data::String(s) => s.clone(),
            other => format!("{other:?}"),
        };
        // An exact JSON number without its trailing zeros, as a float prints.
        let plain = |v: &serde_json::Value| match v {
            serde_json::Value::Null => "-".to_string(),
            serde_json::Value::String(s) => s.clone(),
            n => {
                let t = n.to_string();
                if t.contains('.') { t.trim_end_matches('0').trim_end_matches('.').to_string() } else { t }
            }
        };
        for (row, r) in rows.iter().zip(&results) {
            assert_eq!(cell(&row[2]), r["indicator"].as_str().unwrap(), "{name}");
            let got = [cell(&row[5]), cell(&row[6]), cell(&row[7])];
            let target = match &r["target"] {
                serde_json::Value::String(s) => s.replace('.', ","),
                t => plain(t),
            };
            assert_eq!(got, [target, plain(&r["value"]), plain(&r["capaian"])], "{name} {}", r["indicator"]);
        }
    }
}

#[test]
fn plan_text_is_escaped_and_nothing_is_loaded() {
    let plan = "[unit]\nid = \"u\"\nname = \"<b>Unit</b>\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"I-1\"\n\
                name = \"<script>alert('x')</script>\"\nsasaran = \"\\\"><img src=https://example.org/x.png>\"\n\
                target = \"10\"\nrealisasi = \"5\"\n";
    let (out, dir) = Test::new()
        .file("p.toml", plan)
        .env("SOURCE_DATE_EPOCH", MADE)
        .args(["report", "p.toml", "-o", "r.html"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(dir.unwrap().path().join("r.html")).unwrap();
    assert!(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "{html}");
    assert!(html.contains("&lt;img src=https://example.org/x.png&gt;"));
    assert!(!html.to_lowercase().contains("<script"), "no script");
    assert!(!html.contains("<img"), "no element from plan text");
    assert_no_outside_addresses(&html);
}

/// No `src`/`href` attribute, `url(` or `@import` that could fetch anything.
fn assert_no_outside_addresses(html: &str) {
    let lower = html.to_lowercase();
    for bad in [" src=\"", " href=\"", " src='", " href='", "url(", "@import", "<link", "<iframe", "<object"] {
        assert!(!lower.contains(bad), "found {bad}");
    }
}

#[test]
fn bundled_reports_load_nothing() {
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in UNITS {
        let html = String::from_utf8(report(paths, dir.path(), &format!("{name}.html"))).unwrap();
        assert!(!html.contains("<script"), "{name}");
        assert_no_outside_addresses(&html);
        for section in ["pengukuran", "perbandingan", "renstra", "anggaran", "perkembangan", "catatan", "sumber"] {
            assert!(html.contains(&format!("<section id=\"{section}\">")), "{name}: {section}");
        }
    }
}

#[test]
fn report_never_replaces_a_plan() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"I\"\nname = \"I\"\ntarget = \"10\"\n";
    let (out, dir) = Test::new().file("p.toml", plan).args(["report", "p.toml", "-o", "p.toml"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("output/is-input") || out.stderr.contains("is one of the inputs"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(dir.unwrap().path().join("p.toml")).unwrap(), plan);
}

#[test]
fn report_is_for_one_unit() {
    let out = Test::new()
        .args(["report", "examples/bkk-jambi", "examples/bkpsdm-batam", "-o", "/nonexistent/x.html"])
        .output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("bkk-jambi, bkpsdm-batam"), "{}", out.stderr);
    assert!(out.stderr.contains("report/several-units"), "{}", out.stderr);
}

/// Debian's Chromium, when installed (`.ci/run` installs it when it can).
#[test]
fn chromium_renders_and_prints_to_a4() {
    let Some(browser) = chromium() else {
        eprintln!("note: /usr/bin/chromium is not installed; the browser test is skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    report(UNITS[1].1, dir.path(), "bkk.html");
    let page = format!("file://{}", dir.path().join("bkk.html").display());
    let png = dir.path().join("bkk.png");
    let out = run_chromium(
        &browser,
        &dir.path().join("profile"),
        &[format!("--screenshot={}", png.display()), "--window-size=1240,1754".into(), page.clone()],
    );
    let shot =
        std::fs::read(&png).unwrap_or_else(|_| panic!("no screenshot: {}", String::from_utf8_lossy(&out.stderr)));
    assert!(shot.starts_with(b"\x89PNG") && shot.len() > 20_000, "screenshot of {} bytes", shot.len());
    let pdf = dir.path().join("bkk.pdf");
    run_chromium(
        &browser,
        &dir.path().join("profile"),
        &["--no-pdf-header-footer".into(), format!("--print-to-pdf={}", pdf.display()), page.clone()],
    );
    let pdf = std::fs::read(&pdf).expect("a PDF");
    assert!(pdf.starts_with(b"%PDF"));
    // A4 is 595 × 842 points.
    let text = String::from_utf8_lossy(&pdf);
    assert!(text.contains("/MediaBox [0 0 594.") || text.contains("/MediaBox [0 0 595"), "not A4");
    let dom = run_chromium(&browser, &dir.path().join("profile"), &["--dump-dom".into(), page]);
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert!(dom.contains("<table class=\"measure\">") && dom.contains("<svg"), "tables and charts rendered");
    if std::env::var_os("CAPAIAN_KEEP_SCREENSHOT").is_some() {
        std::fs::copy(&png, root().join("target/report-bkk.png")).unwrap();
    }
}

#[test]
fn comparison_figures_are_evals_earlier_years() {
    let dir = tempfile::tempdir().unwrap();
    let html = String::from_utf8(report(UNITS[0].1, dir.path(), "l.html")).unwrap();
    let rows = table_rows(&html, "comparison");
    let results = eval_results(UNITS[0].1);
    assert!(!rows.is_empty(), "Labkesmas 2025 is compared with 2024");
    for row in rows {
        let r = results.iter().find(|r| r["indicator"] == row[0].as_str()).unwrap();
        let before = &r["earlier"][0];
        assert_eq!(before["year"], 2024);
        assert_eq!([row[2].clone(), row[3].clone()], [json_cell(&before["value"]), json_cell(&before["capaian"])]);
        assert_eq!([row[4].clone(), row[5].clone()], [json_cell(&r["value"]), json_cell(&r["capaian"])]);
        assert_eq!(row[6], r["trend"].as_str().unwrap_or("-"), "{}", row[0]);
    }
}

#[test]
fn progression_and_budget_figures_are_evals() {
    let dir = tempfile::tempdir().unwrap();
    for (name, paths, range) in [("bkk", UNITS[1].1, "2024-01..2024-12"), ("anggaran", UNITS[3].1, "2024-Q1..2024-Q4")]
    {
        let html = String::from_utf8(report(paths, dir.path(), &format!("{name}.html"))).unwrap();
        let mut args = vec!["eval", "--format", "json", "--period", range];
        args.extend(paths);
        let out = Test::new().args(&args).output();
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
        let results = v["results"].as_array().unwrap();
        let section = &html[html.find("<section id=\"perkembangan\">").unwrap()..];
        let section = &section[..section.find("</section>").unwrap()];
        let mut checked = 0;
        for chunk in section.split("<h3>").skip(1) {
            let id = chunk.split(" — ").next().unwrap();
            for row in table_rows(chunk, "progression") {
                let r = results
                    .iter()
                    .find(|r| r["indicator"] == id && r["period"] == row[0].as_str())
                    .unwrap_or_else(|| panic!("{name}: no eval result for {id} {}", row[0]));
                let want = [json_cell(&r["target"]), json_cell(&r["value"]), json_cell(&r["capaian"])];
                assert_eq!([row[1].clone(), row[2].clone(), row[3].clone()], want, "{name} {id} {}", row[0]);
                checked += 1;
            }
        }
        assert!(checked >= 4, "{name}: {checked} progression rows");
        // Budget rows: pagu, realisasi anggaran and penyerapan are eval's.
        let annual = eval_results(paths);
        for row in table_rows(&html, "budget").iter().filter(|r| r.len() == 8 && !r[0].is_empty()) {
            let Some(r) = annual.iter().find(|r| r["indicator"] == row[0].as_str()) else { continue };
            let b = &r["budget"];
            assert_eq!(
                [row[3].clone(), row[4].clone(), row[5].clone()],
                [json_cell(&b["pagu"]), json_cell(&b["realisasi"]), json_cell(&b["penyerapan"])],
                "{name} {}",
                row[0]
            );
        }
    }
}

/// Every sheet of a workbook as text, one line per row, cells separated by
/// ` | ` (numbers as the float Excel holds).
fn workbook_text(bytes: &[u8]) -> String {
    use calamine::{Data, Reader, Xlsx};
    let mut wb: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut out = String::new();
    for name in wb.sheet_names() {
        out.push_str(&format!("## {name}\n"));
        let range = wb.worksheet_range(&name).unwrap();
        for row in range.rows() {
            let cells: Vec<String> = row
                .iter()
                .map(|d| match d {
                    Data::Empty => String::new(),
                    Data::Float(f) => format!("{f}"),
                    Data::String(s) => s.clone(),
                    other => format!("{other:?}"),
                })
                .collect();
            out.push_str(cells.join(" | ").trim_end());
            out.push('\n');
        }
    }
    out
}

#[test]
fn xlsx_of_every_unit_is_pinned() {
    let dir = tempfile::tempdir().unwrap();
    for (name, paths) in UNITS {
        let text = workbook_text(&report(paths, dir.path(), &format!("{name}.xlsx")));
        // The rule versions depend on the checkout.
        let text: Vec<String> = text
            .lines()
            .map(|l| {
                if l.starts_with("Versi aturan | ") {
                    "Versi aturan | [rule versions]".to_string()
                } else {
                    l.to_string()
                }
            })
            .collect();
        insta::assert_snapshot!(format!("report_xlsx_{name}"), text.join("\n"));
    }
}

#[test]
fn workbook_keeps_formula_like_plan_text_as_text() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"=A1\"\nname = \"=SUM(1,2)\"\n\
                target = \"10\"\ntargets = { \"2024-06\" = \"5\", \"2024-12\" = \"10\" }\nrealisasi = { \"2024-06\" = \"4\" }\n";
    let (out, dir) = Test::new().file("p.toml", plan).args(["report", "p.toml", "-o", "r.xlsx"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let bytes = std::fs::read(dir.unwrap().path().join("r.xlsx")).unwrap();
    let text = workbook_text(&bytes);
    assert!(text.contains("| =A1 | =SUM(1,2) |"), "{text}");
    let sheet = zip_text(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<f>"), "no formula cells: {sheet}");
}

#[test]
fn english_headings_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("en.html");
    let out = Test::new()
        .args(["report", "examples/bkk-jambi", "--lang", "en", "-o", &out_path.display().to_string()])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(out_path).unwrap();
    assert!(html.contains("<h2>A. Performance measurement table</h2>") && html.contains("<html lang=\"en\">"));
    // Without --lang the report is Indonesian, whatever the locale.
    let id = String::from_utf8(report(UNITS[1].1, dir.path(), "id.html")).unwrap();
    assert!(id.contains("<h2>A. Tabel Pengukuran Kinerja</h2>"));
}

#[test]
fn a_csv_of_periods_is_reported_at_its_latest_period() {
    let csv = "unit,indicator,name,period,target,realisasi\nu,I-1,Satu,2024-03,10,5\nu,I-1,Satu,2024-06,20,12\n";
    let (out, dir) = Test::new().file("p.csv", csv).args(["report", "p.csv", "-o", "r.html"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(dir.unwrap().path().join("r.html")).unwrap();
    let rows: Vec<Vec<String>> = table_rows(&html, "measure").into_iter().filter(|r| r.len() == 9).collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!([rows[0][4].as_str(), rows[0][5].as_str(), rows[0][6].as_str()], ["20", "12", "60,00"]);
    let progression = table_rows(&html, "progression");
    let periods: Vec<&str> = progression.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(periods, ["2024-03", "2024-06"]);
}

#[test]
fn figures_at_the_end_of_the_decimal_range_fail_their_indicator_not_the_report() {
    let plan = "[unit]\nid = \"m\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"M\"\n\
                targets = { \"2024-01\" = \"1\", \"2024-12\" = \"2\" }\n\
                realisasi = { \"2024-01\" = \"79.228.162.514.264.337.593.543.950.335\" }\n";
    for out in ["r.html", "r.xlsx"] {
        let o = Test::new().file("p.toml", plan).args(["report", "p.toml", "-o", out]).output();
        assert!(!o.stderr.contains("panicked"), "{}", o.stderr);
        assert_eq!(o.code, 1, "{}", o.stderr);
        assert!(o.stderr.contains("error[rule/failed]"), "{}", o.stderr);
    }
}

#[test]
fn invented_and_so_far_figures_are_said_in_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let html = String::from_utf8(report(&["examples/bkk-jambi/rkt-2024.toml"], dir.path(), "bkk.html")).unwrap();
    // BKK Jambi's realisasi are illustrative and reach June only: every ok
    // row that rests on them is listed with what eval says of it.
    assert!(html.contains("ilustratif: realisasi invented (seed 002 prints none)"), "{html}");
    assert!(html.contains("realisasi baru dilaporkan s.d. 2024-06"), "{html}");
}
