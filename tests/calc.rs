//! `capaian calc`: exact results, and runaway scripts stop cleanly.

use crate::support::Test;
use std::time::{Duration, Instant};

#[test]
fn one_third_is_exact() {
    let out = Test::new().args(["calc", "1/3"]).output();
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout.trim(), "0.3333333333333333333333333333");
    let out = Test::new().args(["calc", "15174 / 10000 * 100"]).output();
    assert_eq!(out.stdout.trim(), "151.74");
}

#[test]
fn runaway_scripts_stop_with_a_clear_error() {
    let cases = [
        ("loop {}", "operation limit"),
        ("fn f(n) { f(n + 1) } f(0)", "recursed too deeply"),
        ("let s = \"ab\"; loop { s += s; }", "too large"),
        ("let a = []; loop { a.push(1); }", "too large"),
        // Rhai does not size-check index assignment on maps; our read check
        // stops it at the map size limit, long before the operation limit.
        ("let m = #{}; let i = 0; loop { m[`k${i}`] = i; i += 1; }", "too large (size of a map)"),
        ("let m = #{a: #{}}; let i = 0; loop { m.a[`k${i}`] = i; i += 1; }", "too large (size of a map)"),
        ("let s = \"\"; s.pad(60000, \"a\"); let m = #{}; let i = 0; loop { m[`k${i}`] = s; i += 1; }", "too large"),
        ("sleep(1000)", "no function `sleep"),
    ];
    for (script, hint) in cases {
        let start = Instant::now();
        let out = Test::new().args(["calc", script]).output();
        // A generous bound for a debug build on a loaded CI machine; the
        // point is that it ends, not how fast (speed is measured in benches/).
        assert!(start.elapsed() < Duration::from_secs(10), "{script} took {:?}", start.elapsed());
        assert_eq!(out.code, 1, "{script}: {}", out.stderr);
        assert!(out.stderr.contains("error[calc/failed]:"), "{script}: {}", out.stderr);
        assert!(out.stderr.contains(hint), "{script}: {}", out.stderr);
        assert!(out.stderr.contains("<expression>:1:"), "{script}: {}", out.stderr);
    }
}

#[test]
fn forbidden_functions_are_not_there() {
    for script in ["eval(\"1\")", "timestamp()", "open(\"/etc/passwd\")", "import \"../../etc/passwd\" as p; 1"] {
        let out = Test::new().args(["calc", script]).output();
        assert_ne!(out.code, 0, "{script}");
        assert!(out.stderr.contains("error[calc/"), "{script}: {}", out.stderr);
    }
}

#[test]
fn syntax_errors_are_usage_errors() {
    let out = Test::new().args(["calc", "1 +"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("<expression>:1:"), "{}", out.stderr);
}

#[test]
fn a_rule_can_say_its_period_has_no_target() {
    let out = Test::new().args(["calc", "no_target(#{ en: \"no target\", id: \"tanpa target\" })"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("\"status\": \"no_target\""), "{}", out.stdout);
    let rule = "fn capaian(x) { no_target(#{ en: \"the special target is not set\", id: \"target khusus belum ditetapkan\" }) }";
    let plan =
        "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\nrule = \"r\"\ntarget = 1\nrealisasi = 1\n";
    let out =
        Test::new().file("rules/r.rhai", rule).file("p.toml", plan).args(["eval", "p.toml", "--lang", "id"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("tanpa-target  target khusus belum ditetapkan"), "{}", out.stdout);
}
