//! `capaian explain`: the inputs with file and line, the rule lines that ran
//! (recorded by the engine), rounding, kategori and the result.

use crate::support::Test;

#[test]
fn explains_a_standard_indicator_step_by_step() {
    let out = Test::new().args(["explain", "examples/labkesmas-batam/rkt-2024.toml", "--indicator", "IKK-2"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    for expected in [
        "target (annual)",
        "← \"10.000\" at examples/labkesmas-batam/rkt-2024.toml:",
        "realisasi 2024",
        "← \"15.174\" at examples/labkesmas-batam/rkt-2024.toml:",
        "rule `standard/positif`, fn capaian(x)",
        "|     x.value / x.target * 100",
        "= 1.5174",
        "rounding: 2 decimals, half-up: 151.74 → 151.74",
        "kategori: scale `lkjip`",
        "151.74 falls in Sangat Baik [91, ∞)",
        "result: target 10000, realisasi 15174, capaian 151.74, kategori Sangat Baik, status ok",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
}

#[test]
fn explains_a_branch_taken_for_target_zero() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"Z\"\ntarget = 0\nrealisasi = 5\n";
    let out = Test::new().file("p.toml", plan).args(["explain", "p.toml", "-i", "Z", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let e = &v["explanations"][0];
    assert_eq!(e["result"]["status"], "not_computable");
    let steps = e["steps"].to_string();
    assert!(steps.contains("not_computable(#{ en: \\\"target is 0"), "{steps}");
    assert_eq!(e["inputs"][0]["at"], "p.toml:7:10");
}

#[test]
fn unknown_indicator_suggests_one() {
    let out = Test::new().args(["explain", "examples/labkesmas-batam/rkt-2024.toml", "-i", "IKK-22"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no indicator `IKK-22`"), "{}", out.stderr);
    assert!(out.stderr.contains("did you mean `IKK-2`?"), "{}", out.stderr);
}

#[test]
fn the_indicator_may_follow_the_path_without_a_flag() {
    let path = "examples/labkesmas-batam/rkt-2024.toml";
    let positional = Test::new().args(["explain", path, "IKK-2"]).output();
    let flagged = Test::new().args(["explain", path, "-i", "IKK-2"]).output();
    assert_eq!(positional.code, 0, "{}", positional.stderr);
    assert_eq!(positional.stdout, flagged.stdout);
    let both = Test::new().args(["explain", path, "IKK-2", "-i", "IKK-3"]).output();
    assert_eq!(both.code, 2, "{}", both.stderr);
}

#[test]
fn a_budget_printed_in_thousands_says_so() {
    let out = Test::new().args(["explain", "examples/bkk-jambi/rkt-2024.toml", "IKK-1"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("684671 (ribu rupiah)"), "{}", out.stdout);
}

#[test]
fn lang_id_explains_in_indonesian() {
    let out =
        Test::new().args(["explain", "examples/labkesmas-batam/rkt-2024.toml", "-i", "IKK-2", "--lang", "id"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = out.stdout;
    for expected in [
        "\"Jumlah pemeriksaan spesimen klinis dan/atau sampel\", periode 2024",
        "masukan yang dibaca dari rencana:",
        "target (tahunan)",
        "← \"10.000\" di examples/labkesmas-batam/rkt-2024.toml:",
        "pagu anggaran",
        "target untuk 2024: 10000 (target tahunan)",
        "value: aturan `standard/positif` tidak mendefinisikan value(x), maka value = realisasi s.d. periode = 15174",
        "aturan `standard/positif`, fn capaian(x)",
        "pembulatan: 2 desimal, half-up: 151.74 → 151.74",
        "kategori: skala `lkjip` (Skala interval LKjIP): 151.74 masuk Sangat Baik [91, ∞)",
        "hasil: target 10000, realisasi 15174, capaian 151.74, kategori Sangat Baik, status ok",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
    for english in ["inputs read", "the annual target", "defines no", "rounding:", "falls in", "result:"] {
        assert!(!text.contains(english), "English `{english}` in:\n{text}");
    }
}

#[test]
fn lang_id_explains_a_missing_target_and_the_json_keeps_codes() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"Q\"\ntarget = 10\n\
                realisasi = { \"2024-Q1\" = 3 }\n";
    let args = ["explain", "p.toml", "-i", "Q", "--period", "2024-Q1", "--lang", "id"];
    let out = Test::new().file("p.toml", plan).args(args).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("tidak ada target: rencana hanya memuat target tahunan, tidak ada untuk 2024-Q1"),
        "{}",
        out.stdout
    );
    let json = Test::new().file("p.toml", plan).args(args).args(["--format", "json"]).output();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let step = &v["explanations"][0]["steps"][0];
    assert_eq!(step["step"], "no_target");
    assert_eq!(step["reason"]["code"], "result/only-annual-target");
    assert_eq!(step["reason"]["params"]["period"], "2024-Q1");
    assert!(step["text"].as_str().unwrap_or("").starts_with("tidak ada target"), "{step}");
    assert_eq!(v["explanations"][0]["inputs"][0]["label"], "target (tahunan)");
}
