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
    assert!(out.stderr.contains("error[toml/syntax]: invalid TOML"), "{}", out.stderr);
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
    assert!(out.stderr.contains("rule `loop` failed: too many operations"), "{}", out.stderr);
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

#[test]
fn wrong_types_name_the_key_and_what_was_expected() {
    let text = GOOD.replace("target = \"10.000\"", "target = true");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("`target` must be a number or a range such as \"80–90%\", found true/false"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--> p.toml:9:10"), "{}", out.stderr);
    let text = GOOD.replace("year = 2024", "year = \"2024\"");
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("`plan.year` must be a whole number, found text"), "{}", out.stderr);
}

#[test]
fn an_empty_plan_is_a_warning_not_a_failure() {
    let out = Test::new().file("p.toml", "[unit]\nid = \"u\"\n").args(["eval", "p.toml", "--format", "json"]).output();
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout.trim(), "{\n  \"schema_version\": 1,\n  \"results\": []\n}");
    assert!(out.stderr.contains("warning[plan/no-indicators]: the plan has no indicators"), "{}", out.stderr);
}

#[test]
fn empty_and_broken_csv_files() {
    let out = Test::new().file("e.csv", "").args(["eval", "e.csv"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("the CSV file is empty"), "{}", out.stderr);
    let out =
        Test::new().file("q.csv", "unit,indicator,target,realisasi\nu,A,\"10,5\n").args(["eval", "q.csv"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("a quote `\"` opened in this row is never closed"), "{}", out.stderr);
    // In the last row the reader would end the quote at the end of the
    // file and read `"5` as 5; it is garbled, and named where it opens.
    let out =
        Test::new().file("q.csv", "unit;indicator;target;realisasi\nu;A;10;\"5\n").args(["eval", "q.csv"]).output();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[csv/unclosed-quote]: a quote `\"` opened on this line is never closed"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("q.csv:2:8"), "{}", out.stderr);
    // A quoted field closed at the end, or a quote inside a field, is no such thing.
    let out = Test::new()
        .file("q.csv", "unit;indicator;target;realisasi\nu;\"A \"\"x\"\"\";10;\"5\"")
        .args(["eval", "q.csv"])
        .output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = Test::new()
        .file("s.csv", "unit,indicator,target,realisasi\nu,A,10\nu,B,10,5\n")
        .args(["eval", "s.csv"])
        .output();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("u     B                -           10          5    50.00            ok"),
        "{}",
        out.stdout
    );
    assert!(out.stderr.contains("row has 3 cells but the header has 4"), "{}", out.stderr);
}

#[test]
fn zero_negative_and_missing_figures_give_statuses_not_crashes() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
        [[indicator]]\nid = \"ZERO\"\ntarget = 0\nrealisasi = 3\n\
        [[indicator]]\nid = \"NEG\"\ntarget = \"-5\"\nrealisasi = \"-4\"\n\
        [[indicator]]\nid = \"NODATA\"\ntarget = 10\n\
        [[indicator]]\nid = \"NOTARGET\"\nrealisasi = 10\n\
        [[indicator]]\nid = \"RZERO\"\npolarity = \"turun\"\nrule = \"standard/negatif-rasio\"\ntarget = 10\nrealisasi = 0\n";
    let out = Test::new().file("p.toml", plan).args(["eval", "p.toml", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The first ten columns are the report's of every version; more follow.
    let lines: Vec<String> = out.stdout.lines().skip(1).map(crate::support::first_ten).collect();
    assert_eq!(lines[0], "u,ZERO,,2024,0,3,,,not_computable,\"target is 0, so R / T is undefined\"");
    assert!(lines[1].starts_with("u,NEG,,2024,-5,-4,,,not_computable,\"target is negative"), "{}", lines[1]);
    assert_eq!(lines[2], "u,NODATA,,2024,10,,,,no_data,no realisasi up to 2024");
    assert_eq!(lines[3], "u,NOTARGET,,2024,,10,,,no_target,the indicator has no annual `target`");
    assert_eq!(lines[4], "u,RZERO,,2024,10,0,,,not_computable,\"realisasi is 0, so T / R is undefined\"");
}

#[test]
fn ambiguous_number_text_is_read_as_declared_with_a_warning() {
    let out = Test::new()
        .file("a.csv", "unit,indicator,target,realisasi\nu,A,10.000,9.500\n")
        .args(["eval", "a.csv", "--numbers", "en"])
        .output();
    assert_eq!(out.code, 0);
    assert!(
        out.stderr
            .contains("warning[number/ambiguous]: `10.000` is read as 10 in the en convention; in the id convention it would be 10000"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--> a.csv:2:5"), "{}", out.stderr);
}

#[test]
fn rules_that_recurse_allocate_or_reach_outside_fail_their_indicator_only() {
    let plan = format!(
        "{GOOD}\n[[indicator]]\nid = \"R\"\ntarget = 1\nrealisasi = 1\nrule = \"recurse\"\n\
         [[indicator]]\nid = \"M\"\ntarget = 1\nrealisasi = 1\nrule = \"grow\"\n\
         [[indicator]]\nid = \"F\"\ntarget = 1\nrealisasi = 1\nrule = \"file\"\n"
    );
    let out = Test::new()
        .file("p.toml", &plan)
        .file("rules/recurse.rhai", "fn deeper(n) { deeper(n + 1) }\nfn value(x) { deeper(0) }\n")
        .file("rules/grow.rhai", "fn value(x) {\n    let s = \"ab\";\n    loop { s += s; }\n}\n")
        .file("rules/file.rhai", "fn value(x) {\n    open_file(\"/etc/passwd\")\n}\n")
        .args(["eval", "p.toml", "--format", "json"])
        .output();
    assert_eq!(out.code, 1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let status: Vec<&str> = v["results"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["ok", "error", "error", "error"]);
    assert!(out.stderr.contains("recursed too deeply"), "{}", out.stderr);
    assert!(out.stderr.contains("too large (length of text)"), "{}", out.stderr);
    assert!(out.stderr.contains("no function open_file"), "{}", out.stderr);
    assert!(out.stderr.contains("rules cannot use files, network, clock or eval"), "{}", out.stderr);
}

#[test]
fn errors_can_be_written_as_json_lines_for_machines() {
    let out = Test::new().file("p.toml", "[unit\n").args(["eval", "p.toml", "--errors", "json"]).output();
    assert_eq!(out.code, 2);
    let first: serde_json::Value = serde_json::from_str(out.stderr.lines().next().unwrap()).unwrap();
    assert_eq!(first["severity"], "error");
    assert_eq!(first["span"]["path"], "p.toml");
    assert_eq!(first["span"]["line"], 1);
}

#[test]
fn totals_at_the_edge_of_decimal_range_do_not_overflow_the_check() {
    let max = "79228162514264337593543950335";
    let plan = format!(
        "[unit]\nid = \"u\"\n[[table]]\nid = \"t\"\ncolumns = [\"a\"]\n[[table.row]]\nkode = \"P\"\na = {max}\n[[table.row]]\nkode = \"C1\"\nparent = \"P\"\na = {max}\n[[table.row]]\nkode = \"C2\"\nparent = \"P\"\na = {max}\n"
    );
    let out = Test::new().file("p.toml", &plan).args(["check", "p.toml"]).output();
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("the sum of its children is beyond the range of exact decimals"), "{}", out.stdout);
}

#[test]
fn non_ascii_number_text_is_read_or_rejected_never_a_crash() {
    // Inputs the fuzzer found crashing the range splitter (fuzz/regressions/).
    let csv = "unit,indicator,target,realisasi\nu,MINUS,−5,−4\nu,NBSP,80\u{a0}%,70%\nu,ACCENT,é,1\n";
    let out = Test::new().file("n.csv", csv).args(["eval", "n.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("u,MINUS,,-,-5,-4,,,not_computable,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,NBSP,,-,80,70,87.50,,ok,"), "{}", out.stdout);
    assert!(out.stderr.contains("`é` is not a number in the id convention"), "{}", out.stderr);
}

#[test]
fn seed_garbled_cells() {
    // Real garbled cells of seed 004 (T-C.29) beside valid rows: the valid
    // rows compute, each garbled one is rejected with its file, line and text.
    let out = Test::new().args(["eval", "tests/fixtures/bkpsdm-garbled-cells.csv"]).output();
    let text = format!("exit: {}\n--- stdout\n{}--- stderr\n{}", out.code, out.stdout, out.stderr);
    insta::assert_snapshot!(text);
}

/// A plan of `n` indicators, all computed by rule `r`.
fn plan_of(n: usize) -> String {
    let mut plan = String::from("[unit]\nid = \"u\"\n[plan]\nyear = 2024\n");
    for i in 0..n {
        plan.push_str(&format!("[[indicator]]\nid = \"I{i}\"\ntarget = 10\nrealisasi = 5\nrule = \"r\"\n"));
    }
    plan
}

/// Runs `eval` of `plan_of(n)` with rule `r`; returns the output and how long it took.
fn eval_rule(n: usize, rule: &str, args: &[&str]) -> (crate::support::Output, std::time::Duration) {
    let started = std::time::Instant::now();
    let out = Test::new()
        .file("p.toml", &plan_of(n))
        .file("rules/r.rhai", rule)
        .args(["eval", "p.toml"].iter().chain(args))
        .output();
    (out, started.elapsed())
}

// Generous bounds: a debug build on a loaded machine; they prove the run
// ends, not how fast (issue 9).
const ENDS: std::time::Duration = std::time::Duration::from_secs(60);

#[test]
fn a_run_past_its_time_limit_fails_every_later_call_at_once() {
    // About 850 000 operations per call: each call is within the limits,
    // the run is not.
    let rule = "fn capaian(x) {\n    let i = 0;\n    while i < 120000 { i += 1; }\n    100\n}\n";
    let (out, took) = eval_rule(400, rule, &["--time-limit", "1"]);
    assert!(took < ENDS, "took {took:?}");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error[sandbox/run-time]: rule `r` not run to the end: the run is past its time limit of 1 s"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("while evaluating indicator `I399`, period 2024"), "{}", out.stderr);
}

#[test]
fn a_call_past_its_time_limit_names_rule_indicator_and_period() {
    // Few operations, each one slow: the clock stops it, not the count.
    let rule = "fn capaian(x) {\n    let a = [];\n    a.pad(10000, 1);\n    loop { a.contains(2); }\n}\n";
    let (out, took) = eval_rule(1, rule, &[]);
    assert!(took < ENDS, "took {took:?}");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[sandbox/call-time]: rule `r` stopped after 5 s, the time limit of one call"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--> rules/r.rhai:4:"), "{}", out.stderr);
    assert!(out.stderr.contains("while evaluating indicator `I0`, period 2024"), "{}", out.stderr);
}

#[test]
fn rules_cannot_wait() {
    let (out, took) = eval_rule(1, "fn capaian(x) {\n    sleep(1000);\n    100\n}\n", &[]);
    assert!(took < ENDS, "took {took:?}");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("error[rule/unknown-function]: rule `r` failed: no function sleep"), "{}", out.stderr);
}

#[test]
fn locating_an_error_costs_about_the_failing_call() {
    // Both fail on the operation limit without a position, so the call runs
    // again to find the line; that run must neither clone the big map at
    // every step nor keep every version of the long text.
    let map = "fn capaian(x) {\n    let m = #{};\n    for i in 0..9000 { m[`k${i}`] = i; }\n    loop { }\n}\n";
    let text = "fn capaian(x) {\n    let a = \"\"; a.pad(60000, \"a\");\n    let b = \"\"; b.pad(60000, \"b\");\n    let s = a;\n    loop {\n        if s == a { s = b; } else { s = a; }\n    }\n}\n";
    for (rule, line) in [(map, "--> rules/r.rhai:4:"), (text, "--> rules/r.rhai:6:")] {
        let (out, took) = eval_rule(1, rule, &[]);
        assert!(took < ENDS, "took {took:?}");
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(
            out.stderr.contains("error[sandbox/operations]: rule `r` failed: too many operations"),
            "{}",
            out.stderr
        );
        assert!(out.stderr.contains(line), "{}", out.stderr);
    }
    // explain records the text run too, within its bounds.
    let started = std::time::Instant::now();
    let out =
        Test::new().file("p.toml", &plan_of(1)).file("rules/r.rhai", text).args(["explain", "p.toml", "I0"]).output();
    assert!(started.elapsed() < ENDS, "took {:?}", started.elapsed());
    assert!(out.stdout.len() + out.stderr.len() < 64 << 20, "{} bytes of output", out.stdout.len());
}

#[test]
fn a_map_grown_by_index_stops_at_the_map_size_limit() {
    let rule = "fn capaian(x){ let m=#{}; let i=0; loop { m[`k${i}`]=i; i+=1; } }\n";
    let (out, took) = eval_rule(1, rule, &[]);
    assert!(took < ENDS, "took {took:?}");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[sandbox/data-size]: rule `r` failed: size of a map too large"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--> rules/r.rhai:1:"), "{}", out.stderr);
}

#[test]
fn a_rule_too_large_to_compile_is_rejected_at_once() {
    let lets: String = (0..47_000).map(|i| format!("let v{i} = {i};\n")).collect();
    let (out, took) = eval_rule(1, &format!("{lets}fn capaian(x) {{ 100 }}\n"), &[]);
    assert!(took < ENDS, "took {took:?}");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("error[sandbox/rule-size]: rule `r` is not compiled: it has 917802 bytes, the limit is 100000"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--> rules/r.rhai"), "{}", out.stderr);
}

#[test]
fn a_quote_inside_a_toml_text_says_how_to_write_it() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\nname = \"Jumlah \"Posyandu\" aktif\"\ntarget = 1\n";
    let out = Test::new().file("q.toml", plan).args(["eval", "q.toml"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("error[toml/syntax]"), "{}", out.stderr);
    assert!(out.stderr.contains("write it between single quotes ('Jumlah \"Posyandu\" aktif')"), "{}", out.stderr);
}

#[test]
fn rupiah_dashes_no_value_words_and_scientific_cells() {
    let csv = "unit;indicator;period;target;realisasi\nu;A;2024;Rp 65.040.000,-;Rp 60.000.000,-\nu;B;2024;10;n/a\nu;C;2024;2E+12;1\n";
    let out = Test::new().file("r.csv", csv).args(["eval", "r.csv", "--format", "csv"]).output();
    assert!(out.stdout.contains("u,A,,2024,65040000,60000000,92.25,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,B,,2024,10,,,,no_data,"), "{}", out.stdout);
    assert!(
        out.stderr.contains("error[number/scientific]: `2E+12` is a spreadsheet's scientific format"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("format the column as Number"), "{}", out.stderr);
}

#[test]
fn a_period_outside_the_plan_year_is_an_error_not_dropped() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = { \"2024-01\" = 1, \"2023-06\" = 5 }\n";
    let out = Test::new().file("y.toml", plan).args(["check", "--strict", "y.toml"]).output();
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(
        out.stdout.contains("error[plan/period-outside-year]: `realisasi` gives 2023-06, outside the plan year 2024"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_percentage_against_a_fraction_is_warned_with_both_readings() {
    let csv = "unit;indicator;satuan;period;target;realisasi\nu;A;%;2024;95%;0,93\n";
    let eval = Test::new().file("p.csv", csv).args(["eval", "p.csv"]).output();
    assert!(eval.stderr.contains("warning[number/percent-fraction]: `A`: realisasi 0.93 for 2024 against a target of 95 (satuan %): is it 0.93% or 93%?"), "{}", eval.stderr);
    let check = Test::new().file("p.csv", csv).args(["check", "--strict", "p.csv"]).output();
    assert_eq!(check.code, 1, "{}", check.stdout);
    assert!(check.stdout.contains("number/percent-fraction"), "{}", check.stdout);
}

#[test]
fn windows_1252_exports_are_decoded_and_workbooks_are_named() {
    let (out, _dir) = Test::new()
        .file("w.csv", "unit,indicator,name,period,target,realisasi\nu,A,Luas \u{fffd},2024,10,5\n")
        .args(["eval", "w.csv", "--format", "csv"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let folder = || {
        Test::new()
            .bytes("w.csv", b"unit,indicator,name,period,target,realisasi\nu,A,Luas m\xb2 \x96 area,2024,10,5\n")
            .bytes("b.xlsx", b"PK\x03\x04")
    };
    let out = folder().args(["eval", "w.csv", "--format", "csv"]).output();
    let (stdout, stderr) = (&out.stdout, &out.stderr);
    assert_eq!(out.code, 0, "{stderr}");
    assert!(stdout.contains("u,A,Luas m² – area,2024,10,5,50.00,"), "{stdout}");
    assert!(stderr.contains("warning[file/windows-1252]: `w.csv` is not UTF-8 (first at line 2)"), "{stderr}");
    // A workbook is read (tests/workbook.rs); one that is not what its
    // name says is named, in a folder as given alone, never skipped: given
    // alone it is unusable input, in a folder the other plans still count.
    for (args, code) in [(["eval", "."], 1), (["eval", "b.xlsx"], 2)] {
        let out = folder().args(args).output();
        assert_eq!(out.code, code);
        assert!(out.stderr.contains("error[workbook/unreadable]: cannot read the workbook `b.xlsx`"), "{}", out.stderr);
    }
}

#[test]
fn a_plan_that_declares_its_numbers_is_not_second_guessed() {
    let plan = |numbers: &str| {
        format!(
            "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n{numbers}[[indicator]]\nid = \"A\"\ntarget = \"4\"\nrealisasi = \"3,532\"\n"
        )
    };
    let silent = Test::new().file("p.toml", &plan("numbers = \"id\"\n")).args(["eval", "p.toml"]).output();
    assert!(!silent.stderr.contains("number/ambiguous"), "{}", silent.stderr);
    let warned = Test::new().file("p.toml", &plan("")).args(["eval", "p.toml"]).output();
    assert!(warned.stderr.contains("warning[number/ambiguous]: `3,532` is read as 3.532"), "{}", warned.stderr);
}

#[test]
fn comparison_targets_set_the_polarity_or_warn_against_it() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = \"< 0,49\"\nrealisasi = \"0,4\"\n\
                [[indicator]]\nid = \"B\"\npolarity = \"naik\"\ntarget = \"maks. 5\"\nrealisasi = 4\n\
                [[indicator]]\nid = \"C\"\ntarget = \"paling sedikit 90%\"\nrealisasi = \"95%\"\n";
    let out = Test::new().file("c.toml", plan).args(["eval", "c.toml", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // `< 0,49` is a ceiling: polarity turun, (2T − R) / T = 118,37.
    assert!(out.stdout.contains("u,A,,2024,0.49,0.4,118.37,"), "{}", out.stdout);
    assert!(out.stdout.contains("u,C,,2024,90,95,105.56,"), "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "warning[plan/comparison-polarity]: `B`: target `maks. 5` says turun, but the indicator's polarity is naik"
        ),
        "{}",
        out.stderr
    );
    let csv = "unit;indicator;period;target;realisasi\nu;A;2024;≤ 5;4\n";
    let out = Test::new().file("c.csv", csv).args(["eval", "c.csv", "--format", "csv"]).output();
    assert!(out.stdout.contains("u,A,,2024,5,4,120.00,"), "{}", out.stdout);
}

#[test]
fn a_sum_beyond_exact_decimals_is_an_error_and_a_mean_that_fits_is_computed() {
    let months: Vec<String> = (1..=12).map(|m| format!("\"2024-{m:02}\" = \"9000000000000000000000000000\"")).collect();
    let m = months.join(", ");
    let plan = format!(
        "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"S\"\naggregation = \"sum\"\ntarget = 1\nrealisasi = {{ {m} }}\n\
         [[indicator]]\nid = \"A\"\naggregation = \"average\"\ntarget = \"9000000000000000000000000000\"\nrealisasi = {{ {m} }}\n"
    );
    let out = Test::new().file("o.toml", &plan).args(["eval", "o.toml", "--format", "csv"]).output();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("u,S,,2024,1,,,,error,the realisasi of `S` up to 2024 add up beyond"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("u,A,,2024,9000000000000000000000000000,9000000000000000000000000000,100.00,"),
        "{}",
        out.stdout
    );
}

#[test]
fn reading_a_file_against_its_declared_convention_keeps_the_warning() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\nnumbers = \"id\"\n[[indicator]]\nid = \"A\"\ntarget = \"10.000\"\nrealisasi = \"9.500\"\n";
    let out = Test::new().file("p.toml", plan).args(["eval", "p.toml", "--numbers", "en"]).output();
    assert!(
        out.stderr.contains("warning[number/ambiguous]: `10.000` is read as 10 in the en convention"),
        "{}",
        out.stderr
    );
}

#[test]
fn control_characters_never_reach_the_terminal_and_csv_cells_never_run() {
    let csv = "unit,indicator,name,period,target,realisasi\nu,A,\"=HYPERLINK(\"\"http://x\"\")\",2024,10,5\nu,B,\"Nama \u{1b}[31mmerah\nu,X,palsu\",2024,-5,-4\nu,\"C\u{1b}[2J\",ok,2024,1,1\n";
    let out = Test::new().file("c.csv", csv).args(["eval", "c.csv", "--format", "csv"]).output();
    assert!(!out.stdout.contains('\u{1b}') && !out.stderr.contains('\u{1b}'), "{:?} {:?}", out.stdout, out.stderr);
    // A formula is written as text; numbers stay numbers.
    assert!(out.stdout.contains("u,A,\"'=HYPERLINK("), "{}", out.stdout);
    assert!(out.stdout.contains("u,B,\"Nama \\u{1b}[31mmerah\\nu,X,palsu\",2024,-5,-4,"), "{}", out.stdout);
    // A control character in an id is an error naming it, escaped.
    assert!(
        out.stderr.contains("error[plan/id-control]: the id `C\\u{1b}[2J` holds a control or invisible character"),
        "{}",
        out.stderr
    );
    let table = Test::new().file("c.csv", csv).args(["eval", "c.csv"]).output();
    assert!(!table.stdout.contains('\u{1b}'), "{:?}", table.stdout);
    assert_eq!(table.stdout.lines().count(), 4, "no forged row: {}", table.stdout);
}

#[test]
fn a_capaian_is_rounded_once_from_the_exact_quotient() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\nnumbers = \"en\"\n\
                [[indicator]]\nid = \"D\"\ntarget = 3\nrealisasi = 1\nrounding = { decimals = 27 }\n\
                [[indicator]]\nid = \"H\"\ntarget = 3\nrealisasi = \"0.0001499999999999999999999999\"\n";
    let out = Test::new().file("d.toml", plan).args(["eval", "d.toml", "--format", "csv"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // No made-up last digit: every 3 printed is the third's.
    assert!(out.stdout.contains("u,D,,2024,3,1,33.33333333333333333333333333,"), "{}", out.stdout);
    // 0,00499…967 rounds half-up to 0,00, not (via 0,005) to 0,01.
    assert!(out.stdout.contains("u,H,,2024,3,0.0001499999999999999999999999,0.00,"), "{}", out.stdout);
}

#[test]
fn invisible_characters_in_ids_are_errors_and_never_printed_raw() {
    let csv = "unit,indicator,name,period,target,realisasi\nu,I-1\u{202e},nama,2024,100,90\nu\u{200b},I-2,x,2024,1,1\nu,I-3,Target \u{202e}00.051,2024,1,1\n";
    let out = Test::new().file("b.csv", csv).args(["eval", "b.csv", "--format", "csv"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[plan/id-control]: the id `I-1\\u{202e}` holds a control or invisible character"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("the id `u\\u{200b}`"), "{}", out.stderr);
    for c in ['\u{202e}', '\u{200b}'] {
        assert!(!out.stdout.contains(c) && !out.stderr.contains(c), "{:?}", out.stdout);
    }
    assert!(out.stdout.contains("Target \\u{202e}00.051"), "{}", out.stdout);
}

#[test]
fn a_report_never_replaces_a_rule_file() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\nrule = \"x/r\"\ntarget = 1\nrealisasi = 1\n";
    let rule = "fn capaian(x) { 100 }\n";
    let (out, dir) = Test::new()
        .file("p.toml", plan)
        .file("rules/x/r.rhai", rule)
        .args(["eval", "p.toml", "-o", "rules/x/r.rhai"])
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("error[output/is-input]"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(dir.unwrap().path().join("rules/x/r.rhai")).unwrap(), rule);
}

#[test]
fn a_bad_program_fails_its_indicator_only() {
    let text = format!(
        "{GOOD}program = {{ kode = \"5 03 02\", nama = \"PROGRAM KEPEGAWAIAN DAERAH\" }}\n\n\
         [[indicator]]\nid = \"B\"\ntarget = 1\nrealisasi = 1\nprogram = 5\n\n\
         [[indicator]]\nid = \"C\"\ntarget = 1\nrealisasi = 1\nprogram = {{ kode = \"5 03 01\", name = \"x\" }}\n"
    );
    let out = Test::new().file("p.toml", &text).args(["eval", "p.toml", "--format", "json"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let status: Vec<&str> = v["results"].as_array().unwrap().iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["ok", "error", "error"]);
    assert_eq!(v["results"][0]["program"]["kode"], "5 03 02");
    assert!(out.stderr.contains("error[plan/program-type]"), "{}", out.stderr);
    assert!(out.stderr.contains("error[plan/program-no-name]"), "{}", out.stderr);
    assert!(out.stderr.contains("unknown key `name` in `program`"), "{}", out.stderr);
}

#[test]
fn an_unreadable_file_of_a_folder_is_named_and_the_others_are_evaluated() {
    let (out, _dir) = Test::new()
        .file("plans/a.toml", GOOD)
        .bytes("plans/b.toml", b"[unit]\nid = \"\xff\xfe\"\n")
        .file("plans/c.toml", "[unit\n")
        .args(["eval", "plans", "--format", "csv"])
        .run();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("u,A,,2024,10000,15174,151.74,"), "{}", out.stdout);
    assert!(out.stderr.contains("plans/b.toml"), "{}", out.stderr);
    assert!(out.stderr.contains("error[toml/syntax]"), "{}", out.stderr);
    assert!(out.stderr.contains("--> plans/c.toml:1:"), "{}", out.stderr);
    // A file named on its own is still unusable input, and a report wants
    // every plan of its folder.
    let (out, _dir) = Test::new().bytes("b.toml", b"\xff").args(["eval", "b.toml"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn budget_figures_that_cannot_be_right_are_warned_about() {
    let toml = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
                [[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = 5\nbudget = { pagu = \"0\" }\n\
                [[indicator]]\nid = \"B\"\ntarget = 10\nrealisasi = 5\n\
                budget = { pagu = \"100\", realisasi = { \"2024-01\" = \"60\", \"2024-02\" = \"-5\", \"2024-03\" = \"50\" } }\n";
    let csv = "unit,indicator,period,target,realisasi,pagu,realisasi_anggaran\n\
               v,C,2024-01,10,5,100,40\nv,C,2024-02,10,6,,30\nv,C,2024-03,10,7,,120\n";
    let out = Test::new().file("p.toml", toml).file("p.csv", csv).args(["eval", "p.toml", "p.csv"]).output();
    assert_eq!(out.code, 0, "warnings only: {}", out.stderr);
    let codes: Vec<&str> =
        out.stderr.lines().filter_map(|l| l.strip_prefix("warning[")).filter_map(|l| l.split(']').next()).collect();
    let want =
        "budget/pagu-not-positive budget/realisasi-negative budget/above-pagu budget/decreasing budget/above-pagu";
    assert_eq!(codes.join(" "), want);
    assert!(out.stderr.contains("realisasi anggaran of `B` to 2024-03 is 105, above its pagu 100"), "{}", out.stderr);
    assert!(out.stderr.contains("`C` to 2024-02 is 30, lower than 40 to 2024-01"), "{}", out.stderr);
    assert!(out.stderr.contains("--> p.csv:3:19"), "{}", out.stderr);
}

#[test]
fn an_unknown_periods_grain_is_an_option_error_listing_the_names() {
    let out = Test::new().file("p.toml", GOOD).args(["eval", "p.toml", "--periods", "weeks"]).output();
    assert_eq!(out.code, 2);
    assert_eq!(
        out.stderr,
        "error[option/unknown-name]: `--periods` does not take `weeks`\n  \
         = help: expected `months` (bulan), `quarters` (triwulan) or `semesters` (semester)\n"
    );
}
