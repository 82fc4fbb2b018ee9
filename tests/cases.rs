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

#[test]
fn coverage_shows_the_rule_lines_no_case_ran_and_gates_on_a_minimum() {
    let rule = "fn capaian(x) {\n    if x.target == 0 {\n        return not_computable(\"target 0\");\n    }\n    x.value / x.target * 100\n}\n";
    let case = "rule = \"mine\"\n[[case]]\nname = \"ordinary\"\nindicator = { target = 10, realisasi = 5 }\nexpect = { capaian = 50 }\n";
    let out = Test::new()
        .file("rules/mine.rhai", rule)
        .file("rules/tests/mine.toml", case)
        .args(["test", ".", "--coverage-min", "90"])
        .output();
    assert_eq!(out.code, 1, "{}", out.stdout);
    // Line 3 (the target-0 branch) never ran: 3 of 4 code lines.
    assert!(out.stdout.contains("75%    3/4    rules/mine.rhai  (not run: 3)"), "{}", out.stdout);
    assert!(out.stdout.contains("coverage of rules/mine.rhai is 75%, below the minimum 90%"), "{}", out.stdout);
    assert!(out.stdout.contains("1 passed, 0 failed"), "{}", out.stdout);

    let both = format!(
        "{case}[[case]]\nname = \"zero\"\nindicator = {{ target = 0, realisasi = 5 }}\nexpect = {{ status = \"not_computable\" }}\n"
    );
    let out = Test::new()
        .file("rules/mine.rhai", rule)
        .file("rules/tests/mine.toml", &both)
        .args(["test", ".", "--coverage-min", "90"])
        .output();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(out.stdout.contains("100%    4/4    rules/mine.rhai"), "{}", out.stdout);
}

#[test]
fn a_formula_repository_of_its_own_reaches_the_library_with_rules() {
    let rule =
        "fn capaian(x) {\n    import \"permenpanrb/nilai-capaian-iki\" as iki;\n    x.value / x.target * 100\n}\n";
    let case = "rule = \"dinkes/ikm-ku\"\n[[case]]\nname = \"dua\"\nindicator = { target = 10, realisasi = 5 }\nexpect = { capaian = 50 }\n";
    let run = |extra: &[&str]| {
        let mut args = vec!["test", "."];
        args.extend_from_slice(extra);
        Test::new()
            .file("capaian.toml", "")
            .file("rules/dinkes/ikm-ku.rhai", rule)
            .file("rules/dinkes/tests/c.toml", case)
            .args(args)
            .output()
    };
    let alone = run(&[]);
    assert_eq!(alone.code, 1, "without the library the import fails: {}", alone.stdout);
    let library = crate::support::root().join("rules");
    let with = run(&["--rules", library.to_str().unwrap()]);
    assert_eq!(with.code, 0, "{}{}", with.stdout, with.stderr);
    assert!(with.stdout.ends_with("1 passed, 0 failed\n"), "{}", with.stdout);
}

#[test]
fn a_base_indicator_with_changes_per_case_and_decimals_per_field() {
    let cases = r#"
rule = "standard/positif"

[indicator]
target = "30"
rounding = { decimals = 4 }
component = [{ id = "a", realisasi = "1" }]
realisasi = "29,3793"

[[case]]
name = "the base as it is: 97,931 at 4 decimals, capaian at 2"
expect = { value = "29,3793", capaian = "97,93", decimals = { capaian = 2 } }

[[case]]
name = "only what differs: another realisasi"
indicator.realisasi = "15"
expect = { capaian = "50" }

[[case]]
name = "a key left out"
indicator.unset = ["realisasi"]
expect = { status = "no_data" }

[[case]]
name = "wrong at its field's decimals"
expect = { capaian = "97,94", decimals = { capaian = 2 } }
"#;
    let out = Test::new().file("tests/c.toml", cases).args(["test", "."]).output();
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("3 passed, 1 failed"), "{}", out.stdout);
    assert!(
        out.stdout.contains("capaian   expected 97.94\n            actual   97.93 (exact 97.931"),
        "{}",
        out.stdout
    );
    // A failure says which base its case changes.
    assert!(out.stdout.contains("(laid over the base indicator at "), "{}", out.stdout);
    assert!(out.stdout.contains("tests/c.toml:4)"), "{}", out.stdout);
}

#[test]
fn test_takes_several_paths_and_coverage_counts_only_the_rule_files_under_them() {
    let rule = "fn capaian(x) {\n    import \"standard/positif\" as p;\n    p::capaian(x)\n}\n";
    let case = |n: &str| {
        format!(
            "rule = \"{n}/r\"\n[[case]]\nname = \"{n} case\"\nindicator = {{ target = 10, realisasi = 5 }}\nexpect = {{ capaian = 50 }}\n"
        )
    };
    let run = |args: &[&str]| {
        Test::new()
            .file("capaian.toml", "")
            .file("rules/dinkes/r.rhai", rule)
            .file("rules/dinkes/tests/c.toml", &case("dinkes"))
            .file("rules/dishub/r.rhai", rule)
            .file("rules/dishub/tests/c.toml", &case("dishub"))
            .file(
                "rules/standard/positif.rhai",
                "fn capaian(x) {\n    if x.target == 0 {\n        return 0;\n    }\n    x.value / x.target * 100\n}\n",
            )
            .args(args)
            .output()
    };
    // The cases reach rules/standard/positif.rhai (whose target-0 line no
    // case runs), but only the unit's own rules are gated.
    let one = run(&["test", "rules/dinkes", "--coverage-min", "80"]);
    assert_eq!(one.code, 0, "{}{}", one.stdout, one.stderr);
    assert!(one.stdout.contains("rules/dinkes/r.rhai"), "{}", one.stdout);
    assert!(!one.stdout.contains("rules/standard/positif.rhai"), "{}", one.stdout);
    assert!(one.stdout.contains("1 passed, 0 failed"), "{}", one.stdout);
    let two = run(&["test", "rules/dinkes", "rules/dishub/tests/c.toml", "--coverage-min", "80"]);
    assert_eq!(two.code, 0, "{}{}", two.stdout, two.stderr);
    assert!(two.stdout.contains("rules/dishub/r.rhai"), "{}", two.stdout);
    assert!(two.stdout.contains("2 passed, 0 failed"), "{}", two.stdout);
    let all = run(&["test", ".", "--coverage-min", "80"]);
    assert_eq!(all.code, 1, "positif.rhai is under `.`: {}", all.stdout);
    assert!(all.stdout.contains("coverage of rules/standard/positif.rhai is 75%"), "{}", all.stdout);
    // JSON names each case by its name.
    let json = run(&["test", "rules", "--format", "json"]);
    assert!(json.stdout.contains("\"name\": \"dinkes case\""), "{}", json.stdout);
}
