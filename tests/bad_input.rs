//! Bad plan input: clear errors with file and line, the right exit code, the
//! other indicators still computed, inputs never modified.

use crate::support::{Test, files_in};

const GOOD: &str = r#"
[unit]
id = "u"
[plan]
year = 2024

[[indicator]]
id = "A"
target = "10.000"
realisasi = "15.174"
"#;

#[test]
fn malformed_toml_is_unusable_with_position() {
    let out = Test::new().file("p.toml", "[unit\nid = 1\n").args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("error: invalid TOML"), "{}", out.stderr);
    assert!(out.stderr.contains("--> p.toml:1:"), "{}", out.stderr);
}

#[test]
fn missing_file_is_unusable() {
    let out = Test::new().args(["eval", "no/such/plan.toml"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("cannot read `no/such/plan.toml`"), "{}", out.stderr);
}

#[test]
fn unknown_plan_key_suggests_the_right_one() {
    let text = GOOD.replace("year = 2024", "yaer = 2024");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown key `yaer` in [plan]"), "{}", out.stderr);
    assert!(out.stderr.contains("did you mean `year`?"), "{}", out.stderr);
    assert!(out.stderr.contains("--> p.toml:5:1"), "{}", out.stderr);
}

#[test]
fn one_bad_indicator_does_not_stop_the_others() {
    let text = format!(
        "{GOOD}\n[[indicator]]\nid = \"B\"\ntarget = \"100%\"\nrealisasi = \"100,100,00%0%\"\n\n[[indicator]]\nid = \"C\"\ntraget = 5\nrealisasi = 5\n\n[[indicator]]\nid = \"A\"\ntarget = 1\nrealisasi = 1\n"
    );
    let (out, dir) = Test::new().file("p.toml", &text).args(["eval", "p.toml", "--format", "json"]).run();
    let before = files_in(dir.as_ref().unwrap().path());
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let status: Vec<&str> = v["results"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["ok", "error", "error", "error"]);
    assert_eq!(v["results"][0]["capaian"].to_string(), "151.74");
    assert!(out.stderr.contains("`100,100,00%0%` is not a number"), "{}", out.stderr);
    assert!(out.stderr.contains("unknown key `traget` in indicator `C`"), "{}", out.stderr);
    assert!(out.stderr.contains("did you mean `target`?"), "{}", out.stderr);
    assert!(out.stderr.contains("duplicate indicator id `A`"), "{}", out.stderr);
    assert_eq!(before, files_in(dir.as_ref().unwrap().path()), "input files changed");
}

#[test]
fn numbers_beyond_decimal_range_are_errors_not_panics() {
    let text = GOOD.replace("\"15.174\"", "\"99.999.999.999.999.999.999.999.999.999\"");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("beyond the range of exact decimals"), "{}", out.stderr);
    let text = GOOD.replace("\"15.174\"", "1e40");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("not a finite number"), "{}", out.stderr);
}

#[test]
fn toml_floats_are_read_exactly() {
    let text = GOOD.replace("\"10.000\"", "0.3").replace("\"15.174\"", "0.1");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // 0.1 / 0.3 × 100 = 33.333… → 33.33, from exact decimals.
    assert!(out.stdout.contains("u,A,,2024,0.3,0.1,33.33,,ok,"), "{}", out.stdout);
}

#[test]
fn unknown_rule_is_an_indicator_error_with_suggestion() {
    let text = GOOD.replace("realisasi = \"15.174\"", "realisasi = \"15.174\"\nrule = \"standard/positf\"");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("unknown rule `standard/positf`"), "{}", out.stderr);
    assert!(out.stderr.contains("did you mean `standard/positif`?"), "{}", out.stderr);
}

#[test]
fn runaway_rule_fails_its_indicator_only() {
    let text = format!("{GOOD}\n[[indicator]]\nid = \"L\"\ntarget = 1\nrealisasi = 1\nrule = \"loop\"\n");
    let out = Test::new()
        .file("p.toml", &text)
        .file("rules/loop.rhai", "fn value(x) {\n    loop { }\n}\n")
        .args(["eval", "p.toml"])
        .output();
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("151.74"), "{}", out.stdout);
    assert!(out.stderr.contains("rule `loop` failed: Too many operations"), "{}", out.stderr);
    assert!(out.stderr.contains("rules/loop.rhai:2:"), "{}", out.stderr);
    assert!(out.stderr.contains("while evaluating indicator `L`, period 2024"), "{}", out.stderr);
}

#[test]
fn output_file_is_written_whole() {
    let (out, dir) =
        Test::new().file("p.toml", GOOD).args(["eval", "p.toml", "--format", "json", "--output", "out.json"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    let written = std::fs::read_to_string(dir.unwrap().path().join("out.json")).unwrap();
    assert!(written.contains("\"capaian\": 151.74"), "{written}");
}
