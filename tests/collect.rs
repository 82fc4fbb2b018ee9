//! The collection round of the SOP Penyusunan LAPKIN (issue 13 items 2–3):
//! `capaian template` makes the workbooks from BKK Jambi's plan, the test
//! fills cells as a team would (editing the sheet's XML in the .xlsx), and
//! `capaian collect` merges them into a new plan that `eval` computes.
//! Bad workbooks give errors naming workbook, sheet and cell.

use crate::support::{files_in, root, run_in};
use calamine::{Data, Reader, Xlsx, open_workbook};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

pub(crate) const PLAN: &str = "rkt-2024.toml";

/// A folder holding a copy of BKK Jambi's plan, and its workbooks made
/// `--per sasaran` in `forms/`.
pub(crate) fn setup() -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("examples/bkk-jambi").join(PLAN), dir.path().join(PLAN)).unwrap();
    let out = run_in(dir.path(), ["template", PLAN, "--per", "sasaran", "-o", "forms"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut forms: Vec<PathBuf> = std::fs::read_dir(dir.path().join("forms"))
        .unwrap()
        .map(|e| e.unwrap().path().strip_prefix(dir.path()).unwrap().to_path_buf())
        .collect();
    forms.sort();
    (dir, forms)
}

pub(crate) fn form<'a>(forms: &'a [PathBuf], start: &str) -> &'a Path {
    forms.iter().find(|f| f.file_name().unwrap().to_string_lossy().starts_with(start)).unwrap()
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Empty => String::new(),
        other => format!("{other:?}"),
    }
}

/// The name (`K12`) of the realisasi cell of `id` at `period`.
pub(crate) fn realisasi_cell(path: &Path, id: &str, period: &str) -> String {
    let mut book: Xlsx<_> = open_workbook(path).unwrap();
    let range = book.worksheet_range("Realisasi").unwrap();
    for (r, row) in range.rows().enumerate() {
        if row.len() > 7 && cell_text(&row[1]) == id && cell_text(&row[7]) == period {
            return format!("K{}", r as u32 + range.start().unwrap().0 + 1);
        }
    }
    panic!("no row {id} {period} in {}", path.display());
}

/// Rewrites one part of an .xlsx (a zip) through `edit`.
fn edit_part(path: &Path, part: &str, edit: impl Fn(String) -> String) {
    let bytes = std::fs::read(path).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut found = false;
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut data = Vec::new();
        f.read_to_end(&mut data).unwrap();
        if name == part {
            data = edit(String::from_utf8(data).unwrap()).into_bytes();
            found = true;
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&data).unwrap();
    }
    assert!(found, "no part {part}");
    std::fs::write(path, out.finish().unwrap().into_inner()).unwrap();
}

/// What a team types into a cell.
pub(crate) enum Typed<'a> {
    Number(&'a str),
    Text(&'a str),
}

/// Sets cell `cell` of the data sheet (the workbook's second sheet), as a
/// spreadsheet saves what was typed, keeping the cell's style.
pub(crate) fn type_into(path: &Path, cell: &str, value: Typed<'_>) {
    let cell = cell.to_string();
    let value = match value {
        Typed::Number(n) => format!("><v>{n}</v></c>"),
        Typed::Text(t) => format!(" t=\"inlineStr\"><is><t>{t}</t></is></c>"),
    };
    edit_part(path, "xl/worksheets/sheet2.xml", |xml| {
        let start = xml.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("no cell {cell}"));
        let rest = &xml[start..];
        let open_end = rest.find('>').unwrap();
        let end = if rest.as_bytes()[open_end - 1] == b'/' { open_end + 1 } else { rest.find("</c>").unwrap() + 4 };
        let style = rest[..open_end].split(' ').find(|a| a.starts_with("s=")).unwrap_or("").trim_end_matches('/');
        format!("{}<c r=\"{cell}\" {style}{value}{}", &xml[..start], &rest[end..])
    });
}

pub(crate) fn eval_json(dir: &Path, plan: &str, period: &str) -> serde_json::Value {
    let rules = root().join("examples/bkk-jambi/rules");
    let out = run_in(
        dir,
        ["eval", plan, "--period", period, "--format", "json", "--rules", rules.to_str().unwrap()].map(String::from),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap()
}

fn capaian(report: &serde_json::Value, id: &str) -> String {
    let r = report["results"].as_array().unwrap().iter().find(|r| r["indicator"] == id).unwrap();
    r["capaian"].to_string()
}

#[test]
fn template_writes_locked_workbooks_with_validation_and_instructions() {
    let (dir, forms) = setup();
    assert_eq!(forms.len(), 2, "{forms:?}");
    let path = dir.path().join(form(&forms, "meningkatnya-dukungan"));
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["Petunjuk", "Realisasi", "capaian"]);
    let data = book.worksheet_range("Realisasi").unwrap();
    let header: Vec<String> = data.rows().nth(4).unwrap().iter().map(cell_text).collect();
    assert_eq!(
        header,
        [
            "No",
            "Kode indikator",
            "Sasaran",
            "Indikator",
            "Definisi operasional",
            "Satuan",
            "Polaritas",
            "Periode",
            "Target",
            "Cara mengisi",
            "Realisasi",
            "Keterangan (tidak dibaca)"
        ]
    );
    // IKK-4 January: target 10, realisasi 9,85 already in the plan.
    let jan: Vec<String> = data.rows().nth(5).unwrap().iter().map(cell_text).collect();
    assert_eq!(&jan[..2], ["1", "IKK-4"]);
    assert_eq!(
        &jan[5..11],
        ["nilai", "naik (makin tinggi makin baik)", "2024-01", "10", "angka s.d. periode ini (kumulatif)", "9.85"]
    );
    let guide = book.worksheet_range("Petunjuk").unwrap();
    assert_eq!(cell_text(guide.get_value((0, 0)).unwrap()), "Petunjuk pengisian");
    let ids = book.worksheet_range("capaian").unwrap();
    assert_eq!(cell_text(ids.get_value((1, 1)).unwrap()), "bkk-jambi");

    // Protection, unlocked realisasi cells and validation, as written.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut workbook = String::new();
    zip.by_name("xl/workbook.xml").unwrap().read_to_string(&mut workbook).unwrap();
    assert!(workbook.contains("<sheet name=\"capaian\" sheetId=\"3\" state=\"veryHidden\""), "{workbook}");
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet2.xml").unwrap().read_to_string(&mut sheet).unwrap();
    assert!(sheet.contains("<sheetProtection sheet=\"1\""), "the data sheet is protected");
    assert!(sheet.contains("<dataValidation type=\"decimal\""), "realisasi cells are validated");
    assert!(sheet.contains("sqref=\"K6\""), "{sheet}");
    let mut styles = String::new();
    zip.by_name("xl/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
    assert!(styles.contains("<protection locked=\"0\"/>"), "realisasi cells are unlocked");

    // BKK Jambi names no teams: --per tim gives one workbook, and says so.
    let out = run_in(dir.path(), ["template", PLAN, "-o", "tim"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "tim/tanpa-tim.xlsx: 8 indicators, 249 rows\n  \
         8 indicators have no `tim` and are in tanpa-tim.xlsx; give them a `tim` in the plan to send them to their team\n"
    );
    // A second run never replaces a workbook a team may have filled.
    let before = files_in(&dir.path().join("tim"));
    let out = run_in(dir.path(), ["template", PLAN, "-o", "tim"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error[template/exists]: `tim/tanpa-tim.xlsx` exists already; it is left as it is\n  \
         --> tim/tanpa-tim.xlsx\n  \
         = help: a filled workbook is never overwritten: write the new workbooks to another folder, or remove the old ones first\n"
    );
    assert_eq!(files_in(&dir.path().join("tim")), before);
}

#[test]
fn filled_workbooks_merge_into_a_new_plan_that_evaluates() {
    let (dir, forms) = setup();
    let d = dir.path();
    let teknis = d.join(form(&forms, "meningkatnya-pelayanan"));
    let manajemen = d.join(form(&forms, "meningkatnya-dukungan"));
    // July, as the teams report it: counts of the month, percentages and
    // scores to date, typed as numbers or as Indonesian text.
    let filled = [
        (&manajemen, "IKK-4", Typed::Number("61.2")),
        (&manajemen, "IKK-8", Typed::Text("44,1")),
        (&teknis, "IKK-2", Typed::Text("97,5%")),
        (&teknis, "IKK-1/orang", Typed::Number("106183")),
    ];
    let mut cells = Vec::new();
    for (path, id, value) in filled {
        let cell = realisasi_cell(path, id, "2024-07");
        type_into(path, &cell, value);
        cells.push(cell);
    }
    let before = files_in(d);
    let forms_arg: Vec<String> = forms.iter().map(|f| f.display().to_string()).collect();
    let mut args = vec!["collect".to_string(), PLAN.into()];
    args.extend(forms_arg.clone());
    args.push("--dry-run".into());
    let out = run_in(d, &args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (m, t) = (forms_arg[0].clone(), forms_arg[1].clone());
    assert_eq!(
        out.stdout,
        format!(
            "IKK-4 2024-07: — → 61,2 ({m}: Realisasi!{})\n\
             IKK-8 2024-07: — → 44,1 ({m}: Realisasi!{})\n\
             IKK-1/orang 2024-07: — → 106.183 ({t}: Realisasi!{})\n\
             IKK-2 2024-07: — → 97,5 ({t}: Realisasi!{})\n\
             4 new, 0 replaced, 123 unchanged\n\
             dry run: nothing written\n",
            cells[0], cells[1], cells[3], cells[2]
        )
    );
    assert_eq!(files_in(d), before, "a dry run writes nothing");

    args.pop();
    args.extend(["-o".into(), "rkt-2024-juli.toml".into()]);
    let out = run_in(d, &args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.ends_with("new plan written to rkt-2024-juli.toml\n"), "{}", out.stdout);
    // Neither the plan nor a workbook changed.
    let after: Vec<_> = files_in(d).into_iter().filter(|(p, _)| !p.ends_with("rkt-2024-juli.toml")).collect();
    assert_eq!(after, before);

    // Comments and layout stay; only realisasi entries are added.
    let old = std::fs::read_to_string(d.join(PLAN)).unwrap();
    let new = std::fs::read_to_string(d.join("rkt-2024-juli.toml")).unwrap();
    assert!(new.contains("# ILLUSTRATIVE (invented, not in seed 002): monthly persons examined"));
    assert!(new.contains(r#""2024-06" = "97220", "2024-07" = 106183 }"#), "{new}");
    assert!(new.contains(r#""2024-06" = "48,75", "2024-07" = 61.2 }"#), "{new}");
    assert_eq!(new.lines().count(), old.lines().count());
    let changed = old.lines().zip(new.lines()).filter(|(a, b)| a != b).count();
    assert_eq!(changed, 4);

    // The new plan evaluates: July's capaian from the collected figures.
    let report = eval_json(d, "rkt-2024-juli.toml", "2024-07");
    assert_eq!(capaian(&report, "IKK-4"), "102.00"); // 61,2 / 60
    assert_eq!(capaian(&report, "IKK-8"), "98.00"); // 44,1 / 45
    assert_eq!(capaian(&report, "IKK-2"), "100.52"); // 97,5 / 97
    assert_eq!(capaian(&report, "IKK-1/orang"), "100.00"); // 574.158 + 106.183 = 680.341, the target to July
    // Collecting the same workbooks into the new plan changes nothing.
    let mut again = vec!["collect".to_string(), "rkt-2024-juli.toml".into()];
    again.extend(forms_arg);
    again.push("--dry-run".into());
    let out = run_in(d, &again);
    assert_eq!(out.stdout, "0 new, 0 replaced, 127 unchanged\ndry run: nothing written\n", "{}", out.stderr);
}

/// Runs `collect` on one workbook edited by `edit` and returns its exit
/// code and standard error.
fn collect_edited(start: &str, edit: impl Fn(&Path), extra: &[&str]) -> (i32, String, tempfile::TempDir) {
    let (dir, forms) = setup();
    let form = form(&forms, start).to_path_buf();
    edit(&dir.path().join(&form));
    let mut args =
        vec!["collect".to_string(), PLAN.into(), form.display().to_string(), "-o".into(), "baru.toml".into()];
    args.extend(extra.iter().map(|s| s.to_string()));
    let out = run_in(dir.path(), &args);
    assert!(!dir.path().join("baru.toml").exists() || out.code != 2, "nothing is written on errors");
    (out.code, out.stderr, dir)
}

const M: &str = "forms/meningkatnya-dukungan-manajemen-dan-pelaksanaan-tugas-teknis.xlsx";

#[test]
fn text_in_a_number_cell_names_workbook_sheet_and_cell() {
    let edit = |p: &Path| type_into(p, "K12", Typed::Text("lihat lampiran"));
    let (code, stderr, _d) = collect_edited("meningkatnya-dukungan", edit, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        format!(
            "error[number/words-not-satuan]: `lihat lampiran` is not a number in the id convention: \
             `lampiran` after the number is not the indicator's satuan (`nilai`): write the number alone\n  \
             --> {M}: Realisasi!K12\n"
        )
    );
}

#[test]
fn a_bad_cell_rejects_its_indicator_and_the_others_are_merged() {
    let edit = |p: &Path| {
        type_into(p, "K12", Typed::Text("lihat lampiran"));
        type_into(p, &realisasi_cell(p, "IKK-8", "2024-07"), Typed::Text("44,1"));
    };
    let (code, stderr, dir) = collect_edited("meningkatnya-dukungan", edit, &[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains(&format!("--> {M}: Realisasi!K12\n")), "{stderr}");
    let realisasi = |plan: &str, id: &str| {
        let july = eval_json(dir.path(), plan, "2024-07");
        let r = july["results"].as_array().unwrap().iter().find(|r| r["indicator"] == id).unwrap().clone();
        r["realisasi"].to_string()
    };
    assert_eq!(realisasi("baru.toml", "IKK-8"), "44.1");
    assert_ne!(realisasi(PLAN, "IKK-8"), "44.1");
    // IKK-4's values of the workbook are rejected: the plan's stay.
    assert_eq!(realisasi("baru.toml", "IKK-4"), realisasi(PLAN, "IKK-4"));
}

#[test]
fn a_missing_sheet_is_named() {
    let rename = |p: &Path| edit_part(p, "xl/workbook.xml", |x| x.replace("name=\"Realisasi\"", "name=\"Data\""));
    let (code, stderr, _d) = collect_edited("meningkatnya-dukungan", rename, &[]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error[collect/missing-sheet]: the workbook has no sheet `Realisasi` (its sheets: Petunjuk, Data, capaian)\n  \
             --> {M}: Realisasi\n  \
             = help: collect reads the workbooks made by `capaian template` from this plan; a sheet renamed or deleted cannot be read: ask for the workbook again or make a new one\n"
        )
    );
}

#[test]
fn a_changed_target_or_indicator_id_is_a_locked_cell_changed() {
    let edit = |p: &Path| {
        type_into(p, "I12", Typed::Text("50"));
        type_into(p, "B13", Typed::Text("IKK-9"));
    };
    let (code, stderr, _d) = collect_edited("meningkatnya-dukungan", edit, &[]);
    assert_eq!(code, 2);
    let help = "  = help: cells filled from the plan are locked and are not read as data; restore the cell, or report the mistake to the planner, who corrects the plan and makes new workbooks\n";
    assert_eq!(
        stderr,
        format!(
            "error[collect/locked-changed]: a locked cell was changed: the plan says `60`, the workbook has `50`\n  \
             --> {M}: Realisasi!I12\n{help}\
             error[collect/locked-changed]: a locked cell was changed: the plan says `IKK-4`, the workbook has `IKK-9`\n  \
             --> {M}: Realisasi!B13\n{help}"
        )
    );
}

#[test]
fn a_workbook_of_another_plan_is_refused() {
    let (dir, _forms) = setup();
    let plan = root().join("examples/labkesmas-batam/rkt-2025-awal.toml");
    let out = run_in(dir.path(), ["template".as_ref(), plan.as_os_str(), "-o".as_ref(), "lain".as_ref()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run_in(dir.path(), ["collect", PLAN, "lain/tanpa-tim.xlsx", "--dry-run"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error[collect/other-plan]: the workbook is for unit `labkesmas-batam`, year 2025; the plan is unit `bkk-jambi`, year 2024\n  \
         --> lain/tanpa-tim.xlsx: capaian!B2\n  \
         = help: collect each workbook into the plan it was made from\n"
    );
}

#[test]
fn a_different_realisasi_is_a_conflict_unless_forced() {
    let edit = |p: &Path| type_into(p, "K6", Typed::Number("10"));
    let (code, stderr, dir) = collect_edited("meningkatnya-dukungan", edit, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        format!(
            "error[collect/conflict]: realisasi of `IKK-4` at 2024-01 would change from 9,85 (the plan, rkt-2024.toml:318:27) to 10\n  \
             --> {M}: Realisasi!K6\n  \
             = help: nothing was written: correct the workbook or the plan, or run again with --force to replace the plan's values\n"
        )
    );
    assert!(!dir.path().join("baru.toml").exists());
    let (code, stderr, dir) = collect_edited("meningkatnya-dukungan", edit, &["--force"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.starts_with("warning[collect/conflict]"), "{stderr}");
    let new = std::fs::read_to_string(dir.path().join("baru.toml")).unwrap();
    assert!(new.contains(r#"realisasi = { "2024-01" = 10, "2024-02" = "15,2""#), "{new}");
}

#[test]
fn a_negative_count_or_percentage_is_refused() {
    let (code, stderr, _d) = collect_edited("meningkatnya-dukungan", |p| type_into(p, "K12", Typed::Number("-5")), &[]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        format!(
            "error[collect/negative]: realisasi -5 of `IKK-4` at 2024-07 is negative; this indicator cannot be\n  \
             --> {M}: Realisasi!K12\n  \
             = help: a count, percentage, index or score is never below zero: check the sign\n"
        )
    );
}

#[test]
fn the_new_plan_is_never_the_plan_or_a_workbook() {
    let (dir, forms) = setup();
    for target in [PLAN.to_string(), forms[0].display().to_string()] {
        let out = run_in(dir.path(), ["collect", PLAN, &forms[0].display().to_string(), "-o", &target]);
        assert_eq!(out.code, 2);
        assert!(
            out.stderr.starts_with(&format!("error[output/is-input]: `-o {target}` is one of the inputs")),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn a_csv_plan_gets_its_realisasi_cells_filled_and_nothing_else() {
    let csv = "unit;indikator;nama;tim;satuan;periode;target;realisasi\r\n\
               upt;IKU-1;Persentase sampel;Tim Lab;%;TW I 2024;25;26,5\r\n\
               upt;IKU-1;Persentase sampel;Tim Lab;%;TW II 2024;50;\r\n\
               upt;IKU-2;Jumlah alat angkut;Tim Karantina;alat angkut;TW I 2024;400;410\r\n\
               upt;IKU-2;Jumlah alat angkut;Tim Karantina;alat angkut;TW II 2024;800;-\r\n";
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("rencana.csv"), csv).unwrap();
    let out = run_in(d, ["template", "rencana.csv", "-o", "format"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "format/tim-lab.xlsx: 1 indicators, 2 rows\nformat/tim-karantina.xlsx: 1 indicators, 2 rows\n"
    );
    type_into(&d.join("format/tim-lab.xlsx"), "K7", Typed::Number("51.5"));
    type_into(&d.join("format/tim-karantina.xlsx"), "K7", Typed::Text("805"));
    let out =
        run_in(d, ["collect", "rencana.csv", "format/tim-lab.xlsx", "format/tim-karantina.xlsx", "-o", "baru.csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let new = std::fs::read_to_string(d.join("baru.csv")).unwrap();
    assert_eq!(
        new,
        csv.replace("TW II 2024;50;\r", "TW II 2024;50;51,5\r").replace("TW II 2024;800;-", "TW II 2024;800;805")
    );
    let out = run_in(d, ["eval", "baru.csv", "--period", "2024-Q2", "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(capaian(&report, "IKU-1"), "103.00");
    assert_eq!(capaian(&report, "IKU-2"), "100.63");
}

#[test]
fn a_plan_changed_since_the_workbook_was_made_is_named_cell_by_cell() {
    let (dir, forms) = setup();
    let plan = dir.path().join(PLAN);
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(&plan, text.replacen(r#""2024-07" = "60""#, r#""2024-07" = "62""#, 1)).unwrap();
    let m = form(&forms, "meningkatnya-dukungan").display().to_string();
    let out = run_in(dir.path(), ["collect", PLAN, &m, "--dry-run"]);
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        format!(
            "error[collect/plan-changed]: the plan now says `62` where the workbook, made from an earlier version, says `60`\n  \
             --> {M}: Realisasi!I12\n  \
             = help: the plan changed since the workbook was made: check that the realisasi still fits, then make new workbooks with `capaian template`\n"
        )
    );
}

#[test]
fn two_workbooks_giving_one_row_different_values_is_an_error() {
    let (dir, forms) = setup();
    let m = dir.path().join(form(&forms, "meningkatnya-dukungan"));
    let copy = dir.path().join("forms/salinan.xlsx");
    std::fs::copy(&m, &copy).unwrap();
    type_into(&m, "K12", Typed::Number("61"));
    type_into(&copy, "K12", Typed::Number("62"));
    let out = run_in(dir.path(), ["collect", PLAN, M, "forms/salinan.xlsx", "-o", "baru.toml"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout,
        "IKK-4 2024-07: — → 61 (forms/meningkatnya-dukungan-manajemen-dan-pelaksanaan-tugas-teknis.xlsx: Realisasi!K12)\n1 new, 0 replaced, 30 unchanged\n"
    );
    assert_eq!(
        out.stderr,
        format!(
            "error[collect/duplicate]: two workbooks give `IKK-4` at 2024-07 different realisasi: 62 here, 61 in {M}: Realisasi!K12\n  \
             --> forms/salinan.xlsx: Realisasi!K12\n  \
             = help: keep the right value in one workbook and leave the cell empty in the other\n"
        )
    );
    assert!(!dir.path().join("baru.toml").exists());
}

#[test]
fn a_fraction_against_a_percentage_target_is_a_warning_naming_both_readings() {
    let edit = |p: &Path| {
        let cell = realisasi_cell(p, "IKK-8", "2024-07");
        type_into(p, &cell, Typed::Number("0.441"));
    };
    let (code, stderr, _d) = collect_edited("meningkatnya-dukungan", edit, &[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stderr,
        format!(
            "warning[number/percent-fraction]: `IKK-8`: realisasi 0.441 for 2024-07 against a target of 45 (satuan %): is it 0.441% or 44.1%?\n  \
             --> {M}: Realisasi!K60\n  \
             = help: write both sides the same way: percentages as percentages (93 or 93%) or fractions as fractions (0,93 against 0,95)\n"
        )
    );
}

#[test]
fn a_value_on_a_row_added_to_the_sheet_is_never_dropped() {
    let add_row = |p: &Path| {
        edit_part(p, "xl/worksheets/sheet2.xml", |x| {
            x.replace("</sheetData>", "<row r=\"70\"><c r=\"B70\" t=\"inlineStr\"><is><t>IKK-9</t></is></c><c r=\"K70\"><v>5</v></c></row></sheetData>")
        })
    };
    let (code, stderr, _d) = collect_edited("meningkatnya-dukungan", add_row, &[]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        format!(
            "error[collect/stray-value]: `5` is on a row the workbook was not made with: it belongs to no indicator\n  \
             --> {M}: Realisasi!K70\n  \
             = help: rows cannot be added to a collection form: write the value on the row of its indicator and period, or ask the planner to add the indicator to the plan\n"
        )
    );
}

#[test]
fn a_csv_without_periods_collects_the_whole_plan_s_figure() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("p.csv"), "unit,indicator,target,realisasi,tim\nu,A,10,,Tim A\nu,B,5,4,Tim B\n").unwrap();
    assert_eq!(run_in(d, ["template", "p.csv", "-o", "f"]).code, 0);
    type_into(&d.join("f/tim-a.xlsx"), "K6", Typed::Number("9.5"));
    let out = run_in(d, ["collect", "p.csv", "f/tim-a.xlsx", "f/tim-b.xlsx", "-o", "n.csv"]);
    assert_eq!(
        out.stdout,
        "A -: — → 9,5 (f/tim-a.xlsx: Realisasi!K6)\n1 new, 0 replaced, 1 unchanged\nnew plan written to n.csv\n",
        "{}",
        out.stderr
    );
    // The comma-separated file gets the Indonesian decimal quoted.
    let new = std::fs::read_to_string(d.join("n.csv")).unwrap();
    assert_eq!(new, "unit,indicator,target,realisasi,tim\nu,A,10,\"9,5\",Tim A\nu,B,5,4,Tim B\n");
}

#[test]
fn forcing_onto_the_plan_itself_is_refused_before_anything_is_said_replaced() {
    let (dir, forms) = setup();
    type_into(&dir.path().join(&forms[0]), "K6", Typed::Number("10"));
    let before = files_in(dir.path());
    let out = run_in(dir.path(), ["collect", PLAN, &forms[0].display().to_string(), "--force", "-o", PLAN]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "", "nothing is said replaced");
    assert!(
        out.stderr.starts_with(&format!("error[output/is-input]: `-o {PLAN}` is one of the inputs")),
        "{}",
        out.stderr
    );
    assert_eq!(files_in(dir.path()), before, "the plan is unchanged");
}
