//! What `capaian eval` says beside a number, so it is not misread: invented
//! figures, "so far" realisasi (also for an index built from components),
//! and the annual target at the period that closes the year.

use crate::support::Test;

const INDEX_PLAN: &str = r#"
[unit]
id = "u"
[plan]
year = 2024
[[indicator]]
id = "IDX"
target = "0,99"
rule = "idx"
[[indicator.component]]
id = "a"
target = "10"
realisasi = { "2024-01" = "4", "2024-06" = "5" }
[[indicator.component]]
id = "b"
target = "20"
realisasi = { "2024-03" = "9" }
"#;

const MEAN_RULE: &str = "fn value(x) { let s = 0; for c in x.components { s += c.realisasi; } s / 100 }\n";

/// The message of the index row of `INDEX_PLAN` evaluated with `rule`.
fn index_message(rule: &str, period: Option<&str>) -> String {
    let mut args = vec!["eval", "p.toml", "--format", "json"];
    if let Some(p) = period {
        args.extend(["--period", p]);
    }
    let out = Test::new().file("p.toml", INDEX_PLAN).file("rules/idx.rhai", rule).args(args).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["results"][0]["indicator"], "IDX");
    v["results"][0]["message"].as_str().unwrap_or_default().to_string()
}

#[test]
fn an_index_of_half_a_years_components_says_so_for_the_year() {
    // No component reaches December; the latest reaches June.
    assert_eq!(index_message(MEAN_RULE, None), "realisasi reported up to 2024-06 only");
    // At June component a is complete, but b stopped in March: the index is
    // still a "so far" figure, and the note names the one that lags.
    let june = index_message(MEAN_RULE, Some("2024-06"));
    assert!(june.contains("realisasi of b up to 2024-03 only"), "{june}");
    let march = index_message(MEAN_RULE, Some("2024-03"));
    assert!(march.contains("realisasi of a up to 2024-01 only"), "{march}");
}

#[test]
fn the_rules_own_note_and_the_so_far_warning_are_both_kept() {
    let rule = "fn value(x) { #{ value: 1, note: \"from the rule\" } }\n";
    assert_eq!(index_message(rule, None), "realisasi reported up to 2024-06 only; from the rule");
}

#[test]
fn december_uses_the_annual_target_when_no_monthly_target_is_given() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2025\n[[indicator]]\nid = \"N\"\ntarget = 16\nrealisasi = { \"2025-10\" = 14 }\naggregation = \"last\"\n";
    for period in ["2025-12", "2025-Q4", "2025"] {
        let out =
            Test::new().file("p.toml", plan).args(["eval", "p.toml", "--format", "csv", "--period", period]).output();
        assert_eq!(out.code, 0, "{period}: {}", out.stderr);
        assert!(out.stdout.contains(",16,14,87.50,,ok,"), "{period}: {}", out.stdout);
    }
    let explain =
        Test::new().file("p.toml", plan).args(["explain", "p.toml", "-i", "N", "--period", "2025-12"]).output();
    assert!(
        explain.stdout.contains("(the annual target: 2025-12 closes the year and has no target of its own)"),
        "{}",
        explain.stdout
    );
    // November does not close the year: no target, said plainly.
    let out =
        Test::new().file("p.toml", plan).args(["eval", "p.toml", "--format", "csv", "--period", "2025-11"]).output();
    assert!(out.stdout.contains("no_target"), "{}", out.stdout);
}

#[test]
fn illustrative_figures_are_said_in_every_result() {
    let plan = r#"
[unit]
id = "u"
[plan]
year = 2024
illustrative = "realisasi invented"
[[indicator]]
id = "A"
target = 10
realisasi = 8
[[indicator]]
id = "B"
target = 10
realisasi = 9
illustrative = "B's own reason"
[[indicator]]
id = "C"
target = 10
"#;
    let out = Test::new().file("p.toml", plan).args(["eval", "p.toml", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(v["results"][0]["message"], "illustrative: realisasi invented");
    assert_eq!(v["results"][1]["message"], "illustrative: B's own reason");
    // No realisasi, nothing illustrative to show.
    assert_eq!(v["results"][2]["message"], "no realisasi up to 2024");

    let explain = Test::new().file("p.toml", plan).args(["explain", "p.toml", "-i", "A"]).output();
    assert_eq!(explain.code, 0, "{}", explain.stderr);
    assert!(explain.stdout.contains("illustrative: realisasi invented"), "{}", explain.stdout);
}

#[test]
fn illustrative_must_be_true_or_a_text() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = 8\nillustrative = 3\n";
    let out = Test::new().file("p.toml", plan).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stderr.contains("`illustrative` must be true or a text, found a whole number"), "{}", out.stderr);
    assert!(out.stderr.contains("p.toml:9:16"), "{}", out.stderr);
}

#[test]
fn numbers_can_be_printed_as_the_documents_print_them() {
    let path = "examples/labkesmas-batam/rkt-2024.toml";
    let table = Test::new().args(["eval", path, "--print-numbers", "id"]).output();
    assert_eq!(table.code, 0, "{}", table.stderr);
    let ikk2 = table.stdout.lines().find(|l| l.contains("IKK-2 ")).unwrap();
    assert!(ikk2.contains("10.000     15.174   151,74"), "{ikk2}");
    let csv = Test::new().args(["eval", path, "--print-numbers", "id", "--format", "csv"]).output();
    assert!(csv.stdout.starts_with("unit;indicator;name;period;target;realisasi;capaian;"), "{}", csv.stdout);
    assert!(csv.stdout.contains(";2024;10.000;15.174;151,74;Sangat Baik;ok;"), "{}", csv.stdout);
    // JSON numbers stay JSON numbers.
    let json = Test::new().args(["eval", path, "--print-numbers", "id", "--format", "json"]).output();
    assert!(json.stdout.contains("\"capaian\": 151.74"), "{}", json.stdout);
    // The default is unchanged.
    let en = Test::new().args(["eval", path]).output();
    let ikk2 = en.stdout.lines().find(|l| l.contains("IKK-2 ")).unwrap();
    let cells: Vec<&str> = ikk2.split_whitespace().collect();
    assert!(cells.windows(3).any(|w| w == ["10000", "15174", "151.74"]), "{ikk2}");
}

#[test]
fn an_average_of_periods_is_shown_rounded_and_computed_exactly() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\naggregation = \"average\"\ntarget = 90\n\
                realisasi = { \"2024-Q1\" = \"80,1\", \"2024-Q2\" = \"83,4\", \"2024-Q3\" = 98 }\n";
    let out = Test::new().file("p.toml", plan).args(["eval", "p.toml", "--format", "csv"]).output();
    // 87,1666…/90 × 100 = 96,85 from the exact mean; the mean itself is shown at 4 decimals, not 28.
    assert!(out.stdout.contains("u,A,,2024,90,87.1667,96.85,"), "{}", out.stdout);
}

#[test]
fn a_figure_from_budget_realisasi_to_date_says_so_far_too() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"P\"\nrule = \"kemenkeu/nka\"\n\
                params = { aspek = \"penyerapan\" }\ntarget = 95\n\
                budget = { pagu = 1000, realisasi = { \"2024-Q1\" = 100, \"2024-Q2\" = 300, \"2024-Q3\" = 500 } }\n";
    let rules = crate::support::root().join("rules");
    let out = Test::new()
        .file("p.toml", plan)
        .args(["eval", "p.toml", "--format", "csv", "--rules", rules.to_str().unwrap()])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains(",ok,realisasi reported up to 2024-Q3 only"), "{}", out.stdout);
}
