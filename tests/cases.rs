//! The fixture cases of the rule library and the examples all pass, and a
//! wrong expectation is reported as a failure (the runner can fail).

use crate::support::Test;

#[test]
fn every_fixture_case_in_the_repository_passes() {
    let out = Test::new().args(["test", "."]).output();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(out.stdout.trim_end().ends_with(" 0 failed"), "{}", out.stdout);
}

#[test]
fn a_wrong_expectation_fails_with_expected_and_actual() {
    let case = r#"
rule = "standard/negatif"
[[case]]
name = "T 12, R 13 with (2T − R)/T is 91,67, not the T/R figure"
indicator = { polarity = "turun", target = "12", realisasi = "13" }
expect = { capaian = "92,31", decimals = 2 }
"#;
    let out = Test::new().file("tests/c.toml", case).args(["test", "."]).output();
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("expected 92.31"), "{}", out.stdout);
    assert!(out.stdout.contains("actual   91.67"), "{}", out.stdout);
    assert!(out.stdout.contains("0 passed, 1 failed"), "{}", out.stdout);
}
