//! Results as data across periods and years: several periods in one run
//! (a range, every quarter), earlier years joined by indicator id (or
//! `previous_id`), the trend, the Renstra's end target, and what a rule
//! reads of earlier years (`x.earlier`).

use crate::support::Test;

fn json(out: &crate::support::Output) -> serde_json::Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}\n{}", out.stdout, out.stderr))
}

#[test]
fn every_quarter_of_bkk_jambi_is_a_matrix_in_the_table_and_rows_in_json() {
    let out = Test::new().args(["eval", "examples/bkk-jambi/rkt-2024.toml", "--periods", "quarters"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let header = out.stdout.lines().next().unwrap();
    assert!(header.contains("2024-Q1") && header.contains("2024-Q4"), "{header}");
    // IKK-8 (realisasi anggaran), cumulative targets 15/40/60/96 of seed 002.
    let ikk8 = out.stdout.lines().find(|l| l.starts_with("IKK-8 ")).unwrap();
    let cells: Vec<&str> = ikk8.split("  ").map(str::trim).filter(|c| c.contains(" / ")).collect();
    assert_eq!(cells, ["15 / 16.4 / 109.33", "40 / 38.71 / 96.78", "60 / 38.71 / 64.52", "96 / 38.71 / 40.32"]);
    assert!(out.stdout.contains("(each cell: target / realisasi / capaian)"), "{}", out.stdout);
    let j = json(
        &Test::new()
            .args(["eval", "examples/bkk-jambi/rkt-2024.toml", "--periods", "triwulan", "--format", "json"])
            .output(),
    );
    let periods: Vec<&str> = j["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["indicator"] == "IKK-8")
        .map(|r| r["period"].as_str().unwrap())
        .collect();
    assert_eq!(periods, ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
}

#[test]
fn a_range_of_months_gives_each_month_to_date() {
    let out = Test::new()
        .args(["eval", "examples/bkk-jambi/rkt-2024.toml", "--period", "2024-01..2024-03", "--format", "csv"])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let ikk8: Vec<String> =
        out.stdout.lines().filter(|l| l.contains(",IKK-8,")).map(crate::support::first_ten).collect();
    assert_eq!(ikk8.len(), 3, "{}", out.stdout);
    assert!(ikk8[0].contains(",2024-01,") && ikk8[2].contains(",2024-03,"), "{ikk8:?}");
    let bad = Test::new().args(["eval", "examples/bkk-jambi/rkt-2024.toml", "--period", "2024-Q3..2024-Q1"]).output();
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("error[period/invalid]"), "{}", bad.stderr);
    let grain = Test::new().args(["eval", "examples/bkk-jambi/rkt-2024.toml", "--periods", "weeks"]).output();
    assert_eq!(grain.code, 2);
    assert!(grain.stderr.contains("months") && grain.stderr.contains("quarters"), "{}", grain.stderr);
}

#[test]
fn labkesmas_2025_carries_2024_realisasi_capaian_and_trend() {
    let out = Test::new()
        .args([
            "eval",
            "examples/labkesmas-batam/rkt-2024.toml",
            "examples/labkesmas-batam/rkt-2025-revisi.toml",
            "--format",
            "json",
        ])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let j = json(&out);
    let r2025 = |id: &str| {
        j["results"].as_array().unwrap().iter().find(|r| r["indicator"] == id && r["period"] == "2025").unwrap().clone()
    };
    // IKK-1: 2024 realisasi 15 (capaian 125.00), 2025 so far 14: down.
    let ikk1 = r2025("IKK-1");
    assert_eq!(ikk1["earlier"][0]["year"], 2024);
    assert_eq!(ikk1["earlier"][0]["value"].to_string(), "15");
    assert_eq!(ikk1["earlier"][0]["capaian"].to_string(), "125.00");
    assert_eq!(ikk1["trend"], "turun");
    assert_eq!(ikk1["plan"]["revision"], "revisi");
    assert_eq!(r2025("IKK-4")["trend"], "naik");
    assert_eq!(r2025("IKK-5")["trend"], "tetap");
    // No 2025 realisasi: the 2024 figures are still there, no trend.
    assert_eq!(r2025("IKK-2")["earlier"][0]["value"].to_string(), "15174");
    assert_eq!(r2025("IKK-2")["trend"], serde_json::Value::Null);
    // New in 2025: listed, not dropped.
    assert!(r2025("IKK-12")["earlier"].as_array().unwrap().is_empty());
    assert!(out.stderr.contains("warning[plan/years-unmatched]"), "{}", out.stderr);
    assert!(out.stderr.contains("IKK-12, IKK-13, IKK-14"), "{}", out.stderr);
    // `--compare` chooses the years; a year not given joins nothing.
    let none = Test::new()
        .args([
            "eval",
            "examples/labkesmas-batam/rkt-2024.toml",
            "examples/labkesmas-batam/rkt-2025-revisi.toml",
            "--compare",
            "2023",
            "--format",
            "json",
        ])
        .output();
    assert!(json(&none)["results"].as_array().unwrap().iter().all(|r| r["earlier"].as_array().unwrap().is_empty()));
}

#[test]
fn awal_and_revisi_rows_are_told_apart_and_the_table_shows_the_years_side_by_side() {
    let out = Test::new().args(["eval", "examples/labkesmas-batam", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let header: Vec<&str> = out.stdout.lines().next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<String>> = out
        .stdout
        .lines()
        .skip(1)
        .map(|l| {
            let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(l.as_bytes());
            r.records().next().unwrap().unwrap().iter().map(str::to_string).collect()
        })
        .collect();
    let ikk1: Vec<(&str, &str, &str)> = rows
        .iter()
        .filter(|r| r[1] == "IKK-1")
        .map(|r| (r[col("plan_year")].as_str(), r[col("plan_revision")].as_str(), r[col("target")].as_str()))
        .collect();
    // The folder holds the 2024 figures twice: the RKT and a workbook.
    assert_eq!(ikk1, [("2024", "", "12"), ("2024", "awal", "12"), ("2025", "awal", "12"), ("2025", "revisi", "16")]);
    // Both 2025 plans carry 2024's realisasi.
    let r2024 = col("realisasi_2024");
    assert_eq!(rows.iter().filter(|r| r[1] == "IKK-1" && r[r2024] == "15").count(), 2);
    let table = Test::new()
        .args(["eval", "examples/labkesmas-batam/rkt-2024.toml", "examples/labkesmas-batam/rkt-2025-revisi.toml"])
        .output();
    let header = table.stdout.lines().next().unwrap();
    assert!(header.contains("realisasi 2024") && header.contains("capaian 2024") && header.contains("trend"));
}

const YEARS: &[(&str, &str)] = &[
    (
        "u-2023.toml",
        "[unit]\nid = \"u\"\n[plan]\nyear = 2023\nrenstra = \"2021-2026\"\n\
         [[indicator]]\nid = \"OLD-ID\"\ntarget = 90\nrealisasi = 85\n",
    ),
    (
        "u-2024.toml",
        "[unit]\nid = \"u\"\n[plan]\nyear = 2024\nrenstra = \"2021-2026\"\n\
         [[indicator]]\nid = \"IKU-1\"\nprevious_id = \"OLD-ID\"\ntarget = 92\ntarget_renstra = 100\n\
         realisasi = { \"2024-06\" = 60, \"2024-12\" = 95 }\n\
         [[indicator]]\nid = \"SEEN\"\nrule = \"lihat\"\ntarget = 10\nrealisasi = 5\n",
    ),
];

#[test]
fn previous_id_joins_a_renamed_indicator_and_the_renstra_end_target_is_measured() {
    let mut t = Test::new();
    for (name, text) in YEARS {
        t = t.file(name, text);
    }
    let out = t
        .file("rules/lihat.rhai", "fn value(x) { x.earlier.len() * 100 + x.realisasi }\n")
        .args(["eval", "u-2023.toml", "u-2024.toml", "--format", "json"])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let j = json(&out);
    let iku = j["results"].as_array().unwrap().iter().find(|r| r["indicator"] == "IKU-1").unwrap();
    assert_eq!(iku["earlier"][0]["indicator"], "OLD-ID");
    assert_eq!(iku["earlier"][0]["value"].to_string(), "85");
    assert_eq!(iku["trend"], "naik");
    assert_eq!(iku["renstra"]["period"], "2021-2026");
    assert_eq!(iku["renstra"]["capaian"].to_string(), "95.00");
    // A rule reads the earlier years: SEEN has none in 2023, so 0 × 100 + 5.
    let seen = j["results"].as_array().unwrap().iter().find(|r| r["indicator"] == "SEEN").unwrap();
    assert_eq!(seen["value"].to_string(), "5");
    assert!(out.stderr.contains("indicators of 2024 with no indicator in 2023: SEEN"), "{}", out.stderr);
    // At June the Renstra capaian uses the realisasi up to June.
    let june = Test::new()
        .file(YEARS[0].0, YEARS[0].1)
        .file(YEARS[1].0, YEARS[1].1)
        .file("rules/lihat.rhai", "fn value(x) { x.realisasi }\n")
        .args(["eval", "u-2024.toml", "--period", "2024-06", "--format", "json"])
        .output();
    let j = json(&june);
    assert_eq!(j["results"][0]["renstra"]["capaian"].to_string(), "60.00");
    let bad = Test::new()
        .file("p.toml", "[unit]\nid = \"u\"\n[plan]\nyear = 2024\nrenstra = \"2026-2021\"\n[[indicator]]\nid = \"A\"\n")
        .args(["eval", "p.toml"])
        .output();
    assert!(bad.stderr.contains("error[plan/renstra]"), "{}", bad.stderr);
}

#[test]
fn a_rule_reads_earlier_years_through_x_earlier() {
    let out = Test::new()
        .file(YEARS[0].0, YEARS[0].1)
        .file(YEARS[1].0, YEARS[1].1)
        .file(
            "rules/lihat.rhai",
            "fn value(x) { let e = x.earlier; if e.len() == 0 { return x.realisasi; } e[0].realisasi + e[0].target * 0 + e[0].year - 2023 }\n",
        )
        .file(
            "u-2024.toml",
            "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"OLD-ID\"\nrule = \"lihat\"\ntarget = 10\nrealisasi = 5\n",
        )
        .args(["eval", "u-2023.toml", "u-2024.toml", "--format", "json"])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let j = json(&out);
    let r = j["results"].as_array().unwrap().iter().find(|r| r["plan"]["year"] == 2024).unwrap();
    // 2023's realisasi 85, read by the rule.
    assert_eq!(r["value"].to_string(), "85");
}

/// BKPSDM's plans for 2021-2023 with illustrative figures (the seeds print
/// none): T-C.29's columns 5, 6, 7 and 9 of the 2024 Renja come from them.
fn bkpsdm_year(year: i32, target: &str, realisasi: &str) -> String {
    format!(
        "[unit]\nid = \"bkpsdm-batam\"\n[plan]\nkind = \"Renja\"\nyear = {year}\n\
         illustrative = \"targets and realisasi invented for a test: seed 004 prints none for {year}\"\n\
         [[indicator]]\nid = \"TC29-01\"\naggregation = \"last\"\ntarget = \"{target}\"\nrealisasi = \"{realisasi}\"\n"
    )
}

#[test]
fn renja_tc29_columns_come_from_the_earlier_years_plans() {
    let renja = std::fs::read_to_string(crate::support::root().join("examples/bkpsdm-batam/renja-2024.toml")).unwrap();
    let rules = crate::support::root().join("rules").display().to_string();
    let alone = Test::new()
        .file("renja-2024.toml", &renja)
        .args(["eval", "renja-2024.toml", "--format", "json", "--rules", &rules])
        .output();
    let j = json(&alone);
    let tc29 = |j: &serde_json::Value| {
        j["results"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["indicator"] == "TC29-01" && r["plan"]["year"] == 2024)
            .cloned()
            .unwrap()
    };
    assert_eq!(tc29(&j)["status"], "no_data", "{}", tc29(&j));
    let out = Test::new()
        .file("renja-2024.toml", &renja)
        .file("renja-2021.toml", &bkpsdm_year(2021, "100", "96"))
        .file("renja-2022.toml", &bkpsdm_year(2022, "100", "98,5"))
        .file("renja-2023.toml", &bkpsdm_year(2023, "99", "97"))
        .args(["eval", "renja-2021.toml", "renja-2022.toml", "renja-2023.toml", "renja-2024.toml", "--format", "json"])
        .args(["--rules", &rules])
        .output();
    let r = tc29(&json(&out));
    assert_eq!(r["status"], "ok", "{r}");
    let o = &r["outputs"];
    // n = 2023: kolom 9 = target 2023, kolom 6/7 = 2022, kolom 5 = realisasi 2021 (last).
    assert_eq!(o["kolom_4"].to_string(), "100.00");
    assert_eq!(o["kolom_5"].to_string(), "96.00");
    assert_eq!(o["kolom_6"].to_string(), "100.00");
    assert_eq!(o["kolom_7"].to_string(), "98.50");
    assert_eq!(o["kolom_8"].to_string(), "98.50");
    assert_eq!(o["kolom_9"].to_string(), "99.00");
    assert_eq!(o["kolom_10"].to_string(), "99.00");
    assert_eq!(o["kolom_11"].to_string(), "99.00");
    assert_eq!(r["capaian"].to_string(), "99.00");
}

#[test]
fn periods_and_compare_years_no_plan_has_are_said() {
    let out = Test::new()
        .args(["eval", "examples/labkesmas-batam/rkt-2024.toml", "--period", "2024-Q3..2025-Q2", "--format", "csv"])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("warning[plan/periods-without-plan]: no plan given is for 2025-Q1, 2025-Q2"),
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout.lines().filter(|l| l.contains(",IKK-1,")).count(), 2, "{}", out.stdout);
    let out = Test::new()
        .args(["eval", "examples/labkesmas-batam/rkt-2024.toml", "--compare", "2030", "--lang", "id"])
        .output();
    assert!(
        out.stderr.contains("peringatan[plan/compare-without-plan]: tidak ada rencana yang diberikan untuk 2030"),
        "{}",
        out.stderr
    );
}
