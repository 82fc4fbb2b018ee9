//! Every example's full `eval` output is pinned: adding a plan under
//! `examples/` adds a snapshot. Review changes with `cargo insta review`.

use crate::support::{Test, root};

#[test]
fn eval_every_example_plan() {
    insta::glob!("../examples", "*/*.{toml,csv,xlsx}", |path| {
        // A formula repository's capaian.toml is its configuration, not a plan.
        if path.file_name().is_some_and(|n| n == "capaian.toml") {
            return;
        }
        let rel = path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
        let out = Test::new().args(["eval", &rel]).output();
        let text = format!("exit: {}\n--- stdout\n{}--- stderr\n{}", out.code, out.stdout, out.stderr);
        insta::assert_snapshot!(text);
    });
}

#[test]
fn every_example_evaluates_cleanly() {
    let out = Test::new().args(["eval", "examples"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("error:"), "{}", out.stderr);
}

#[test]
fn labkesmas_2024_capaian_match_the_documents() {
    // Realisasi from seed 000 "Capaian Tahun 2024", targets from seed 001;
    // capaian = R/T × 100, rounded half-up to 2 decimals.
    let out = Test::new().args(["eval", "examples/labkesmas-batam/rkt-2024.toml", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let got: Vec<(String, String)> = v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["indicator"].as_str().unwrap().to_string(), r["capaian"].to_string()))
        .collect();
    let want = [
        ("IKK-1", "125.00"),
        ("IKK-2", "151.74"),
        ("IKK-3", "181.82"),
        ("IKK-4", "100.00"),
        ("IKK-5", "180.00"),
        ("IKK-6", "103.70"),
        ("IKK-7", "105.88"),
        ("IKK-8", "101.68"),
        ("IKK-9", "103.83"),
        ("IKK-10", "107.24"),
        ("IKK-11", "122.60"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn eval_json_has_exactly_the_documented_fields() {
    let out = Test::new().args(["eval", "examples/labkesmas-batam/rkt-2024.toml", "--format", "json"]).output();
    let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let first = v["results"][0].as_object().unwrap();
    let keys: Vec<&str> = first.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "unit",
            "indicator",
            "name",
            "sasaran",
            "sasaran_id",
            "program",
            "satuan",
            "polarity",
            "period",
            "target",
            "realisasi",
            "value",
            "capaian",
            "kategori",
            "ratio",
            "status",
            "message",
            "notes",
            "outputs",
            "budget",
            "rule",
            "rule_file",
            "plan",
            "earlier",
            "trend",
            "renstra"
        ]
    );
    // Decimals are written exactly, as JSON numbers with their digits.
    assert!(out.stdout.contains("\"capaian\": 151.74"), "{}", out.stdout);
    assert!(out.stdout.contains("\"capaian\": 100.00"), "{}", out.stdout);
}
