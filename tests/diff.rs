//! `capaian diff --base REV`: rules at a git revision against the work tree.

use crate::support::Test;
use std::process::Command;

const PLAN: &str = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
[[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = 8\nrule = \"unit/capped\"\n\
[[indicator]]\nid = \"B\"\ntarget = 10\nrealisasi = 12\nrule = \"unit/capped\"\n\
[[indicator]]\nid = \"C\"\ntarget = 10\nrealisasi = 9\n";

const RULE: &str = "fn capaian(x) {\n    import \"standard/positif\" as p;\n    min(p::capaian(x), 120)\n}\n";

fn git(dir: &std::path::Path, args: &[&str]) {
    let ok = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs")
        .status
        .success();
    assert!(ok, "git {args:?} failed");
}

/// Runs capaian in `dir` (a git work tree made by the test).
fn capaian_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_capaian")).env("LC_ALL", "C").args(args).current_dir(dir).output().unwrap()
}

#[test]
fn lists_results_a_rule_change_moves_and_nothing_else() {
    let (_, dir) = Test::new()
        .file("plans/p.toml", PLAN)
        .file("rules/unit/capped.rhai", RULE)
        .file("rules/unit/tests/capped.toml", "rule = \"unit/capped\"\n[[case]]\nname = \"R 12 of 10\"\nindicator = { target = 10, realisasi = 12 }\nexpect = { capaian = 120 }\n")
        .args(["--version"])
        .run();
    let dir = dir.unwrap();
    let root = dir.path();
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "base"]);

    let unchanged = capaian_in(root, &["diff", "--base", "HEAD", "."]);
    assert_eq!(unchanged.status.code(), Some(0), "{}", String::from_utf8_lossy(&unchanged.stderr));
    assert!(String::from_utf8_lossy(&unchanged.stdout).contains("0 of 4 indicator-period(s) changed against HEAD"));

    // Lower the cap from 120 to 110: only B (120 → 110) and the case move.
    std::fs::write(root.join("rules/unit/capped.rhai"), RULE.replace("120", "110")).unwrap();
    let changed = capaian_in(root, &["diff", "--base", "HEAD", ".", "--format", "md"]);
    let md = String::from_utf8_lossy(&changed.stdout);
    assert_eq!(changed.status.code(), Some(1), "{md}{}", String::from_utf8_lossy(&changed.stderr));
    assert!(md.contains("2 of 4 indicator-period(s) changed."), "{md}");
    assert!(md.contains("### rule `unit/capped`"), "{md}");
    // Shown as results show them, at the indicator's rounding.
    assert!(md.contains("| plans/p.toml | u | B | 2024 | capaian | 120.00 | 110.00 |"), "{md}");
    // An inline case is named by its name, not by the placeholders `case case -`.
    assert!(md.contains("| rules/unit/tests/capped.toml:2 |  | R 12 of 10 |  | capaian | 120.00 | 110.00 |"), "{md}");
    assert!(!md.contains("| A |"), "{md}");
    // --exact: every digit of the raw values.
    let exact = capaian_in(root, &["diff", "--base", "HEAD", ".", "--format", "md", "--exact"]);
    let exact = String::from_utf8_lossy(&exact.stdout);
    assert!(exact.contains("| plans/p.toml | u | B | 2024 | capaian | 120 | 110 |"), "{exact}");
    let text = capaian_in(root, &["diff", "--base", "HEAD", "."]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("  rules/unit/tests/capped.toml:2  R 12 of 10: capaian 120.00 → 110.00\n"), "{text}");
    let json = capaian_in(root, &["diff", "--base", "HEAD", ".", "--format", "json"]);
    assert!(
        String::from_utf8_lossy(&json.stdout).contains("\"case\": \"R 12 of 10\""),
        "{}",
        String::from_utf8_lossy(&json.stdout)
    );

    // The same change makes the fixture case fail.
    let test = capaian_in(root, &["test", "."]);
    assert_eq!(test.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&test.stdout).contains("0 passed, 1 failed"));
}

#[test]
fn an_unknown_revision_is_a_usage_error() {
    let out = Test::new().args(["diff", "--base", "no-such-revision-xyz", "examples"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown git revision `no-such-revision-xyz`"), "{}", out.stderr);
}
