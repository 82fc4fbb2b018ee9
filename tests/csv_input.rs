//! Hand-written CSVs: Indonesian number text, negative and range targets,
//! zero targets, missing realisasi and garbled cells.

use crate::support::Test;

const MIXED: &str = "\
unit,indicator,name,satuan,polarity,period,target,realisasi
bkk-jambi,IDX,Indeks pengendalian faktor risiko,indeks,naik,2022,\"0,95\",\"0,98\"
contoh,NEG-1,Angka kejadian (kondisi khusus),kasus,turun,2024,10,8
contoh,NEG-2,Angka kejadian,kasus,negatif,2024,10,12
contoh,RNG-1,Persentase dalam rentang,%,naik,2024,80–90%,70%
contoh,RNG-2,Lama proses,bulan,turun,2024,7–8,\"6,5\"
contoh,RNG-3,Lama proses,bulan,turun,2024,7 - 8,9
contoh,RNG-4,Dalam rentang,%,naik,2024,80–90%,\"85,5%\"
contoh,ZERO,Target nol,kasus,naik,2024,0,5
contoh,NODATA,Belum ada data,%,naik,2024,100%,
contoh,GARBLED,Sel rusak dari seed 004,%,naik,2024,100%,\"8356,00%,51%\"
contoh,RP,Realisasi anggaran,Rp,naik,2024,Rp 2.870.628.000,Rp 2.801.012.000
";

#[test]
fn every_row_reports_and_bad_cells_name_file_line_and_text() {
    let (out, _dir) = Test::new().file("data.csv", MIXED).args(["eval", "data.csv", "--format", "json"]).run();
    assert_eq!(out.code, 1, "a garbled cell fails its indicator: {}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let rows: Vec<(String, String, String)> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (r["indicator"].as_str().unwrap().into(), r["capaian"].to_string(), r["status"].as_str().unwrap().into())
        })
        .collect();
    let want = [
        ("IDX", "103.16", "ok"),   // 0,98 / 0,95 (domain reference, LAKIP 2022)
        ("NEG-1", "120.00", "ok"), // (2·10 − 8)/10
        ("NEG-2", "80.00", "ok"),  // (2·10 − 12)/10
        ("RNG-1", "87.50", "ok"),  // below 80–90 → 70/80
        ("RNG-2", "107.14", "ok"), // negative, below 7–8 → (14 − 6,5)/7
        ("RNG-3", "87.50", "ok"),  // negative, above → (16 − 9)/8
        ("RNG-4", "100.00", "ok"), // inside the range
        ("ZERO", "null", "not_computable"),
        ("NODATA", "null", "no_data"),
        ("GARBLED", "null", "error"),
        ("RP", "97.57", "ok"), // 2.801.012.000 / 2.870.628.000
    ];
    let want: Vec<(String, String, String)> =
        want.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect();
    assert_eq!(rows, want);
    assert!(out.stderr.contains("`8356,00%,51%` is not a number in the id convention"), "{}", out.stderr);
    assert!(out.stderr.contains("--> data.csv:11:"), "{}", out.stderr);
    let zero = &v["results"][7];
    assert!(zero["message"].as_str().unwrap().contains("target is 0"), "{zero}");
    assert_eq!(v["results"][0]["target"].to_string(), "0.95");
    assert_eq!(v["results"][0]["period"], "2022");
}

#[test]
fn semicolon_csv_from_an_indonesian_spreadsheet_with_monthly_rows() {
    let csv = "Unit;Indicator;Period;Target;Realisasi;Decimals;Rounding\n\
               u;SERAPAN;2024-01;8%;\"7,5%\";1;down\n\
               u;SERAPAN;2024-02;16%;\"15,99%\";1;down\n";
    let out = Test::new().file("s.csv", csv).args(["eval", "s.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines: Vec<String> = out.stdout.lines().map(crate::support::first_ten).collect();
    assert_eq!(lines[0], "unit,indicator,name,period,target,realisasi,capaian,kategori,status,message");
    // 7,5/8 = 93,75 → 93,7 (down); 15,99/16 = 99,9375 → 99,9
    assert_eq!(lines[1], "u,SERAPAN,,2024-01,8,7.5,93.7,,ok,");
    assert_eq!(lines[2], "u,SERAPAN,,2024-02,16,15.99,99.9,,ok,");
    let june =
        Test::new().file("s.csv", csv).args(["eval", "s.csv", "--period", "2024-02", "--format", "csv"]).output();
    assert_eq!(june.stdout.lines().count(), 2, "{}", june.stdout);
}

#[test]
fn english_convention_is_declared_not_guessed() {
    let csv = "unit,indicator,target,realisasi\nu,A,96%,97.61 %\n";
    let id = Test::new().file("e.csv", csv).args(["eval", "e.csv"]).output();
    assert_eq!(id.code, 1);
    assert!(id.stderr.contains("`97.61 %` is not a number in the id convention"), "{}", id.stderr);
    assert!(id.stderr.contains("--numbers en"), "{}", id.stderr);
    let en = Test::new().file("e.csv", csv).args(["eval", "e.csv", "--numbers", "en", "--format", "csv"]).output();
    assert_eq!(en.code, 0, "{}", en.stderr);
    assert!(en.stdout.contains("u,A,,-,96,97.61,101.68,,ok,"), "{}", en.stdout);
}

#[test]
fn missing_required_column_is_unusable_input() {
    let out = Test::new().file("m.csv", "unit,indicator,target\nu,A,1\n").args(["eval", "m.csv"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("the CSV has no `realisasi` column"), "{}", out.stderr);
}

#[test]
fn misspelt_column_gets_a_suggestion() {
    let out = Test::new().file("m.csv", "unit,indicator,target,realisai\nu,A,1,1\n").args(["eval", "m.csv"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("did you mean `realisasi`?"), "{}", out.stderr);
}

#[test]
fn monthly_range_targets_use_the_range_rule() {
    let csv = "unit,indicator,period,target,realisasi\nc,R1,2024-06,80–90%,70%\nc,R1,2024-12,80–90%,85%\n";
    let out = Test::new().file("r.csv", csv).args(["eval", "r.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("c,R1,,2024-06,80–90,70,87.50,,ok,"), "{}", out.stdout);
    assert!(out.stdout.contains("c,R1,,2024-12,80–90,85,100.00,,ok,"), "{}", out.stdout);
}

#[test]
fn rows_to_add_up_hold_each_periods_own_figures() {
    // aggregation sum: May and June rows are monthly figures, targets included.
    let csv =
        "unit,indicator,period,target,realisasi,aggregation\nc,S,2024-05,2500,2710,sum\nc,S,2024-06,2500,2692,sum\n";
    let out = Test::new().file("s.csv", csv).args(["eval", "s.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("c,S,,2024-06,5000,5402,108.04,,ok,"), "{}", out.stdout);
    let mixed = format!("{csv}c,S,2024,10000,13514,sum\n");
    let out = Test::new().file("s.csv", &mixed).args(["eval", "s.csv"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("adds up rows of different period lengths (month, month, year)"), "{}", out.stderr);
}

#[test]
fn check_reports_garbled_csv_cells() {
    let out = Test::new().args(["check", "tests/fixtures/bkpsdm-garbled-cells.csv"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("`8356,00%,51%` is not a number"), "{}", out.stdout);
    assert!(out.stdout.contains("1 plan(s) checked: 4 error(s)"), "{}", out.stdout);
}

#[test]
fn unknown_names_in_a_csv_get_the_same_help_as_in_toml() {
    let csv = "unit,indicator,polarity,rounding,period,target,realisasi\nu,A,naikk,HALF_EVEN,2024,10,8\n";
    let (out, _dir) = Test::new().file("d.csv", csv).args(["eval", "d.csv"]).run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("unknown polarity `naikk`"), "{}", out.stderr);
    assert!(out.stderr.contains("help: expected `naik` (positif) or `turun` (negatif)"), "{}", out.stderr);
    assert!(!out.stderr.contains("rounding"), "HALF_EVEN reads as half-even: {}", out.stderr);
}

/// Issue: careless input — each of these mistakes used to give a number (or
/// nothing) with exit 0, or point at the wrong line.
#[test]
fn windows_line_endings_point_at_the_right_row_and_cell() {
    let csv = "unit,indicator,period,target,realisasi\r\nu,A,2024,10,5\r\nu,B,2024,1x0,5\r\n";
    let out = Test::new().file("crlf.csv", csv).args(["eval", "crlf.csv"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("--> crlf.csv:3:10"), "{}", out.stderr);
    assert!(out.stderr.contains(" 3 | u,B,2024,1x0,5\n"), "{}", out.stderr);
}

#[test]
fn the_caret_is_under_the_cell_even_when_another_cell_holds_the_same_text() {
    let csv = "unit,indicator,period,target,realisasi\nu,A,2024,5,5x\n";
    let out = Test::new().file("d.csv", csv).args(["eval", "d.csv"]).output();
    assert!(out.stderr.contains("--> d.csv:2:12"), "{}", out.stderr);
}

#[test]
fn blank_period_unit_and_target_cells_are_errors_naming_the_cell() {
    let csv = "unit;indicator;period;target;realisasi\nu;E;;100;85\n;F;2024;5;5\nu;G;2024;;5\n";
    let out = Test::new().file("b.csv", csv).args(["eval", "b.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[csv/empty-period]: the `period` cell is empty\n  --> b.csv:2:5"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("error[csv/empty-unit]: row 3 has no `unit`\n  --> b.csv:3:1"), "{}", out.stderr);
    assert!(
        out.stderr.contains("error[csv/empty-cell]: the `target` cell is empty\n  --> b.csv:4:10"),
        "{}",
        out.stderr
    );
    assert!(!out.stdout.contains(",ok,"), "no row may pass: {}", out.stdout);
}

#[test]
fn months_and_quarters_of_one_indicator_do_not_mix() {
    let csv = "unit,indicator,period,target,realisasi\nu,A,2024,20,\nu,A,2024-06,10,9\nu,A,2024-Q2,10,9\n";
    let out = Test::new().file("m.csv", csv).args(["eval", "m.csv"]).output();
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("error[csv/mixed-to-date]: indicator `A` mixes rows of different period lengths"),
        "{}",
        out.stderr
    );
    // A year row beside quarter rows is the usual sheet: still fine.
    let ok = "unit,indicator,period,target,realisasi\nu,A,2024,20,\nu,A,2024-Q1,5,4\nu,A,2024-Q2,10,9\n";
    assert_eq!(Test::new().file("ok.csv", ok).args(["eval", "ok.csv"]).output().code, 0);
}

#[test]
fn a_repeated_header_row_is_skipped_with_a_warning() {
    let csv = "unit,indicator,period,target,realisasi\nu,A,2024,10,5\nunit,indicator,period,target,realisasi\nu,B,2024,10,5\n";
    let out = Test::new().file("h.csv", csv).args(["eval", "h.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning[csv/repeated-header]"), "{}", out.stderr);
    assert!(out.stderr.contains("--> h.csv:3:1"), "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 3, "header, A and B only: {}", out.stdout);
}

#[test]
fn indonesian_column_names_are_read() {
    let csv = "Unit Kerja;Indikator;Nama Indikator;Periode;Target;Realisasi;Polaritas;Satuan\nu;A;Angka kasus;2024;10;8;turun;kasus\n";
    let out = Test::new().file("i.csv", csv).args(["eval", "i.csv", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["results"][0]["name"], "Angka kasus");
    // turun: (2T − R) / T = 120
    assert_eq!(v["results"][0]["capaian"].to_string(), "120.00");
    let typo = Test::new().file("t.csv", "unit;indikatr;target;realisasi\nu;A;1;1\n").args(["eval", "t.csv"]).output();
    assert!(typo.stderr.contains("did you mean `indikator`?"), "{}", typo.stderr);
}

#[test]
fn periods_as_indonesian_reports_write_them() {
    let csv = "unit;indikator;periode;target;realisasi\nu;A;TW I 2024;5;4\nu;A;TW II 2024;10;9\nu;B;Semester I 2024;50;40\nu;C;Juni 2024;6;6\n";
    let out = Test::new().file("p.csv", csv).args(["eval", "p.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,,2024-Q2,10,9,90.00,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,B,,2024-S1,50,40,80.00,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,C,,2024-06,6,6,100.00,"), "{}", out.stdout);
    let half = Test::new()
        .file("p.csv", csv)
        .args(["eval", "p.csv", "--period", "Semester I 2024", "--format", "csv"])
        .output();
    assert!(
        half.stdout.contains("u,A,,2024-S1,10,9,90.00,"),
        "a quarter's figures to date count for the half-year: {}",
        half.stdout
    );
}

#[test]
fn the_year_and_its_last_quarter_agree_without_an_annual_row() {
    for aggregation in ["last", "sum", "average"] {
        let (t, r) = if aggregation == "last" {
            (["20", "45", "70", "95"], ["15", "30", "50", "69"])
        } else {
            (["20", "25", "25", "25"], ["15", "15", "20", "19"])
        };
        let mut csv = String::from("unit,indicator,period,target,realisasi,aggregation\n");
        for q in 0..4 {
            csv.push_str(&format!("u,A,2024-Q{},{},{},{aggregation}\n", q + 1, t[q], r[q]));
        }
        let row = |period: &str| {
            let out =
                Test::new().file("q.csv", &csv).args(["eval", "q.csv", "--period", period, "--format", "csv"]).output();
            assert_eq!(out.code, 0, "{aggregation} {period}: {}", out.stderr);
            out.stdout.lines().nth(1).unwrap().split(',').skip(4).take(3).collect::<Vec<_>>().join(",")
        };
        assert_eq!(row("2024"), row("2024-Q4"), "{aggregation}");
        assert_eq!(row("2024"), row("2024-12"), "{aggregation}");
        assert!(!row("2024").is_empty() && !row("2024").starts_with(','), "{aggregation}: {}", row("2024"));
    }
}

#[test]
fn a_csv_carries_what_toml_carries_params_scale_budget_and_a_convention_per_row() {
    let csv = "unit;indicator;period;target;realisasi;param.target_nol;skala;pagu;realisasi_anggaran;numbers\n\
               u;Z;2024;0;0;100;lkjip;;;\n\
               u;A;2024;80%;63,89%;;lkjip;Rp 1.000.000;Rp 900.000,-;id\n\
               u;B;2024;80.00%;72.00%;;;;;en\n";
    let out = Test::new().file("c.csv", csv).args(["eval", "c.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // target_nol set from the sheet: 0 of 0 is 100.
    assert!(out.stdout.contains("u,Z,,2024,0,0,100.00,Sangat Baik,ok,"), "{}", out.stdout);
    // `63,89%` read in id, `80.00%` in en, in one file.
    assert!(out.stdout.contains("u,A,,2024,80,63.89,79.86,Baik,ok,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,B,,2024,80,72,90.00,,ok,"), "{}", out.stdout);
    // A row that names its convention is not warned about it.
    assert!(!out.stderr.contains("number/ambiguous"), "{}", out.stderr);
    let explain = Test::new().file("c.csv", csv).args(["explain", "c.csv", "-i", "A"]).output();
    assert!(explain.stdout.contains("1000000"), "the pagu is read: {}", explain.stdout);
}

#[test]
fn a_row_with_a_bad_period_is_reported_as_itself_and_the_others_compute() {
    let csv = "unit,indicator,period,target,realisasi,aggregation\nu,A,2024-11,10,9,sum\nu,A,2024-13,10,9,sum\nu,A,2024-12,10,9,sum\n";
    let out = Test::new().file("p.csv", csv).args(["eval", "p.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("u,A,,2024-12,20,18,90.00,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,A,,-,,,,,error,\"`2024-13` is not a period"), "{}", out.stdout);
    assert!(!out.stdout.contains("mixes") && !out.stdout.contains("adds up"), "{}", out.stdout);
    assert!(out.stderr.contains("--> p.csv:3:5"), "{}", out.stderr);
}

#[test]
fn money_spent_in_a_sheet_of_figures_to_date_is_not_added_up_twice() {
    let csv = "unit;indicator;period;target;realisasi;rule;param.aspek;pagu;realisasi_anggaran\n\
               u;P;TW I 2024;95;;kemenkeu/nka;penyerapan;1.000.000;200.000\n\
               u;P;TW II 2024;95;;kemenkeu/nka;penyerapan;;500.000\n";
    let rules = crate::support::root().join("rules");
    let out = Test::new()
        .file("b.csv", csv)
        .args(["eval", "b.csv", "--period", "2024-Q2", "--format", "csv", "--rules", rules.to_str().unwrap()])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // 500.000 spent by TW II of 1.000.000 is 50 %, not (200.000 + 500.000) 70 %.
    // The value is the rule's (penyerapan), not a realisasi of the plan.
    let row = crate::support::first_ten(out.stdout.lines().nth(1).unwrap());
    assert!(row.starts_with("u,P,,2024-Q2,95,,52.63,"), "{}", out.stdout);
    assert!(out.stdout.contains(",naik,50,kemenkeu/nka + standard/positif,"), "{}", out.stdout);
    assert!(out.stdout.contains(",1000000,500000,50.00,"), "{}", out.stdout);
}

#[test]
fn ratios_are_computed_as_a_number_and_shown_as_printed() {
    let csv = "unit;indicator;period;target;realisasi;polaritas\nu;R;2024;1:32;1 : 28;turun\n";
    let out = Test::new().file("r.csv", csv).args(["eval", "r.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // (2 × 32 − 28) / 32 × 100 = 112,50, shown with the ratios as written.
    assert!(out.stdout.contains("u,R,,2024,1:32,1:28,112.50,"), "{}", out.stdout);
    let json = Test::new().file("r.csv", csv).args(["eval", "r.csv", "--format", "json"]).output();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(v["results"][0]["realisasi"].to_string(), "28");
}

#[test]
fn a_comparison_target_against_the_polarity_is_a_warning_in_csv_too() {
    let csv = "Satker;Indikator;Periode;Target;Realisasi;Polaritas\nupt;C;2024;maks. 5;4;naik\n";
    let out = Test::new().file("c.csv", csv).args(["eval", "c.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("upt,C,,2024,5,4,80.00,,ok,"), "{}", out.stdout);
    assert!(out.stderr.contains("warning[plan/comparison-polarity]"), "{}", out.stderr);
}

#[test]
fn program_columns_carry_code_and_name_into_results() {
    let csv = "\
unit,indicator,sasaran,program,kode program,target,realisasi,pagu
u,A,S1,PROGRAM KEPEGAWAIAN DAERAH,5 03 02,10,5,100
u,B,S1,Dukungan Manajemen,,10,5,100
u,C,S1,,,10,5,100
u,D,S1,,5 03 01,10,5,100
";
    let (out, _dir) = Test::new().file("p.csv", csv).args(["eval", "p.csv", "--format", "json"]).run();
    assert_eq!(out.code, 1, "a code without a name fails its indicator: {}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let programs: Vec<String> = v["results"].as_array().unwrap().iter().map(|r| r["program"].to_string()).collect();
    assert_eq!(
        programs,
        [
            r#"{"kode":"5 03 02","nama":"PROGRAM KEPEGAWAIAN DAERAH"}"#,
            r#"{"kode":null,"nama":"Dukungan Manajemen"}"#,
            "null",
            "null",
        ]
    );
    assert_eq!(v["results"][3]["status"], "error");
    assert!(out.stderr.contains("error[plan/program-no-name]"), "{}", out.stderr);
    assert!(out.stderr.contains("--> p.csv:5:"), "{}", out.stderr);
    // The CSV output appends the two columns after the existing ones.
    let out = Test::new().file("p.csv", csv).args(["eval", "p.csv", "--format", "csv"]).output();
    let header = out.stdout.lines().next().unwrap();
    assert!(header.ends_with(",target_renstra,capaian_renstra,program,program_kode"), "{header}");
    assert!(out.stdout.contains(",PROGRAM KEPEGAWAIAN DAERAH,5 03 02"), "{}", out.stdout);
}
