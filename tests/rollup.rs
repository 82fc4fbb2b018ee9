//! `capaian rollup` and `explain --rollup` (issue 14 item 5): figures per
//! sasaran, unit and region checked against hand computations, on the
//! bundled examples and on the guide's multi-unit data set
//! (`docs/contoh/wilayah/`, every figure invented), with ties, left-out
//! lists, pooled ratios and broken units files.

use crate::support::{Test, files_in, root};
use serde_json::Value;

const WILAYAH: &str = "docs/contoh/wilayah";
const UNITS: &str = "docs/contoh/wilayah/units.toml";

fn json(args: &[&str]) -> Value {
    let mut all = vec!["rollup", "--format", "json"];
    all.extend_from_slice(args);
    let out = Test::new().args(&all).output();
    assert!(out.code == 0 || out.code == 1, "{}", out.stderr);
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stdout))
}

/// `key → (capaian as text, or "-")` of a JSON roll-up.
fn figures(doc: &Value) -> Vec<(String, String)> {
    doc["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["key"].as_str().unwrap().to_string(), f["capaian"].as_str().unwrap_or("-").to_string()))
        .collect()
}

fn figure<'a>(doc: &'a Value, key: &str) -> &'a Value {
    doc["figures"].as_array().unwrap().iter().find(|f| f["key"] == key).unwrap_or_else(|| panic!("no {key}"))
}

fn left_out(f: &Value) -> Vec<(String, String)> {
    f["left_out"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let why = l["why"]["why"].as_str().unwrap().to_string();
            let why = match l["why"]["status"].as_str() {
                Some(s) => format!("{why}:{s}"),
                None => why,
            };
            (l["key"].as_str().unwrap().to_string(), why)
        })
        .collect()
}

fn pairs(xs: &[(&str, &str)]) -> Vec<(String, String)> {
    xs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn sasaran_figures_follow_the_method_each_plan_names() {
    let doc = json(&[WILAYAH]);
    // By hand (docs/contoh/wilayah): S1 pools IKU-1 and IKU-2,
    // Σ pembilang × 100 ÷ Σ penyebut × target; S2 weighs IKU-3 ×3, IKU-4 ×1.
    //   a: 18500 ÷ 18500 = 100; (3 × 100 + 75) ÷ 4 = 93.75
    //   b: (1800 + 38000) ÷ (3600 + 38000) = 95.673… → 95.67; (3 × 90 + 100) ÷ 4 = 92.5
    //   d: no realisasi for S1; S2 counts IKU-3 only (IKU-4 has no bobot): 75
    let expected = [
        ("uptd-a/S1", "100"),
        ("uptd-a/S2", "93.75"),
        ("uptd-b/S1", "95.67"),
        ("uptd-b/S2", "92.5"),
        ("uptd-c/S1", "100"),
        ("uptd-c/S2", "93.75"),
        ("uptd-d/S1", "-"),
        ("uptd-d/S2", "75"),
    ];
    let normal = |v: String| v.parse::<rust_decimal::Decimal>().map_or(v, |d| d.normalize().to_string());
    let got: Vec<(String, String)> = figures(&doc).into_iter().map(|(k, v)| (k, normal(v))).collect();
    assert_eq!(got, pairs(&expected));
    assert_eq!(left_out(figure(&doc, "uptd-d/S1")), pairs(&[("IKU-1", "status:no_data"), ("IKU-2", "status:no_data")]));
    assert_eq!(left_out(figure(&doc, "uptd-d/S2")), pairs(&[("IKU-4", "no_bobot")]));
    assert_eq!(figure(&doc, "uptd-d/S1")["indicators"], 0);
    assert!(figure(&doc, "uptd-d/S1")["capaian"].is_null(), "nothing counted is no figure, never 0");
}

#[test]
fn a_pooled_ratio_differs_from_the_mean_of_percentages() {
    let doc = json(&[WILAYAH]);
    let b = figure(&doc, "uptd-b/S1");
    let members: Vec<&str> = b["members"].as_array().unwrap().iter().map(|m| m["capaian"].as_str().unwrap()).collect();
    // The indicators' capaian are 50 and 100: their mean would be 75.
    assert_eq!(members, ["50.00", "100.00"]);
    assert_eq!(b["capaian"], "95.67");
    assert_eq!(b["pooled"]["pembilang"], "39800");
    assert_eq!(b["pooled"]["expected"], "41600");
    // Up the regions too: pooling units' sums, not averaging their figures.
    let pooled = json(&[WILAYAH, "--by", "wilayah", "--units", UNITS, "--method", "rasio"]);
    // kab-utara: (18500 + 39800) ÷ (18500 + 41600) = 97.004…; the mean of
    // the two units' pooled figures would be (100 + 95.67) ÷ 2 = 97.835.
    assert_eq!(figure(&pooled, "kab-utara")["capaian"], "97.00");
    // nasional: (18500 + 39800 + 37000) ÷ (18500 + 41600 + 37000) = 98.146…
    assert_eq!(figure(&pooled, "nasional")["capaian"], "98.15");
    assert_eq!(left_out(figure(&pooled, "nasional")), pairs(&[("uptd-d", "no_figure"), ("uptd-e", "no_plan")]));
}

#[test]
fn units_are_ranked_with_ties_and_the_unranked_named() {
    let out = Test::new().args(["rollup", WILAYAH, "--by", "unit", "--rank"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // a and c: (100 + 93.75) ÷ 2 = 96.875 → 96.88, a tie; b: (95.67 + 92.5) ÷ 2 = 94.085 → 94.09; d: 75.
    let expected = "\
Kunci   Nama              Periode  Metode     Capaian  Indikator  Tidak dihitung           Peringkat
uptd-a  UPTD Puskesmas A  2024     rata-rata    96.88          4                                   1
uptd-c  UPTD Puskesmas C  2024     rata-rata    96.88          4                                   1
uptd-b  UPTD Puskesmas B  2024     rata-rata    94.09          4                                   3
uptd-d  UPTD Puskesmas D  2024     rata-rata    75.00          1  uptd-d/S1 (tanpa angka)          4
";
    assert_eq!(out.stdout, expected);
    // A sasaran nobody has a figure for is not ranked, and is named.
    let doc = json(&[WILAYAH, "--rank"]);
    assert_eq!(doc["not_ranked"], serde_json::json!(["uptd-d/S1"]));
    assert_eq!(figure(&doc, "uptd-b/S1")["rank"], 3);
    assert_eq!(figure(&doc, "uptd-a/S1")["rank"], 1);
    assert_eq!(figure(&doc, "uptd-c/S1")["rank"], 1);
}

#[test]
fn regions_count_every_unit_beneath_once() {
    let doc = json(&[WILAYAH, "--by", "wilayah", "--units", UNITS]);
    // kab-utara (a, b): (96.88 + 94.09) ÷ 2 = 95.485 → 95.49;
    // kota-selatan (c, d): (96.88 + 75) ÷ 2 = 85.94;
    // prov-contoh and nasional (a–d; e has no plan): 362.85 ÷ 4 = 90.7125 → 90.71.
    assert_eq!(
        figures(&doc),
        pairs(&[("nasional", "90.71"), ("prov-contoh", "90.71"), ("kab-utara", "95.49"), ("kota-selatan", "85.94")])
    );
    assert_eq!(figure(&doc, "prov-contoh")["indicators"], 13);
    assert_eq!(left_out(figure(&doc, "prov-contoh")), pairs(&[("uptd-e", "no_plan")]));
}

#[test]
fn explain_lists_what_went_into_a_figure() {
    let out = Test::new().args(["explain", "--rollup", "uptd-d/S2", WILAYAH]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let expected = "\
Roll-up sasaran uptd-d/S2: Meningkatnya mutu layanan
Rencana: docs/contoh/wilayah/rkt-2024-uptd-d.toml
Periode: 2024
Metode: tertimbang
  + IKU-3: capaian 75.00, bobot 3 (1 indikator)
Rata-rata tertimbang: (3 × 75) ÷ 3 = 75
Dibulatkan setengah ke atas ke 2 desimal: 75.00
  - IKU-4 tidak dihitung: tanpa bobot
1 indikator di balik angka ini; 1 dihitung, 1 tidak dihitung
Peringkat: 4
";
    assert_eq!(out.stdout, expected);
    let out = Test::new().args(["explain", "--rollup", "kab-utar", WILAYAH, "--units", UNITS]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("rollup/unknown-key") && out.stderr.contains("`kab-utara`"), "{}", out.stderr);
}

#[test]
fn the_bundled_examples_roll_up_as_their_lapkin_averages() {
    // bkk-jambi, sasaran 1: IKK-1 48.92, IKK-2 100.36, IKK-3 49.67 → 198.95 ÷ 3 = 66.3166… → 66.32.
    let doc = json(&["examples/bkk-jambi/rkt-2024.toml"]);
    assert_eq!(figure(&doc, "bkk-jambi/#1")["capaian"], "66.32");
    assert_eq!(figure(&doc, "bkk-jambi/#1")["indicators"], 3);
    for example in ["examples/bkk-jambi", "examples/labkesmas-batam", "examples/bkpsdm-batam"] {
        let eval = Test::new().args(["eval", example, "--format", "json"]).output();
        let eval: Value = serde_json::from_str(&eval.stdout).unwrap();
        let doc = json(&[example]);
        let list = doc["figures"].as_array().unwrap();
        assert!(!list.is_empty(), "{example}");
        for f in list {
            // Each member's capaian is the one eval printed for that indicator.
            for m in f["members"].as_array().unwrap() {
                let r = eval["results"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|r| {
                        r["indicator"] == m["key"]
                            && r["plan"]["path"] == f["plan"]
                            && r["period"] == f["period"]
                            && r["status"] == "ok"
                    })
                    .unwrap_or_else(|| panic!("{example}: {}", m["key"]));
                assert_eq!(r["capaian"].to_string().trim_matches('"'), m["capaian"].as_str().unwrap(), "{example}");
            }
            // Counted and left out together are every indicator of the sasaran.
            let n = f["members"].as_array().unwrap().len() + f["left_out"].as_array().unwrap().len();
            assert!(n > 0, "{example} {}", f["key"]);
        }
    }
}

#[test]
fn the_lapkin_sasaran_summary_is_the_roll_up() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("b.html");
    let plan = root().join(WILAYAH).join("rkt-2024-uptd-b.toml");
    let out = Test::new().args(["report", plan.to_str().unwrap(), "-o", html.to_str().unwrap()]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains("Capaian sasaran, rasio (%)"), "the method is named");
    assert!(html.contains("pembilang dan penyebut dijumlahkan"), "and explained");
    assert!(html.contains("95.67") || html.contains("95,67"), "the pooled figure, not the mean 75");
    assert!(!html.contains(">75.00<") && !html.contains(">75,00<"));
}

const UNITS_OK: &str = "[[wilayah]]\nid = \"prov\"\n[[unit]]\nid = \"u1\"\nwilayah = \"prov\"\n";
const PLAN: &str = "[unit]\nid = \"u1\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = 8\n";

#[test]
fn broken_units_files_are_errors_at_their_line() {
    let cases = [
        (
            "[[wilayah]]\nid = \"a\"\nparent = \"b\"\n[[wilayah]]\nid = \"b\"\nparent = \"a\"\n",
            "units.toml:1:1",
            "rollup/region-cycle",
        ),
        (
            "[[wilayah]]\nid = \"prov\"\n[[unit]]\nid = \"u1\"\nwilayah = \"prof\"\n",
            "units.toml:3:1",
            "rollup/unknown-region",
        ),
        ("[[wilayah]]\nid = \"prov\"\nparnt = \"x\"\n", "units.toml:3:1", "toml/unknown-key"),
    ];
    for (units, at, code) in cases {
        let out = Test::new()
            .file("plan.toml", PLAN)
            .file("units.toml", units)
            .args(["rollup", "plan.toml", "--by", "wilayah", "--units", "units.toml"])
            .output();
        assert_eq!(out.code, 2, "{code}: {}", out.stderr);
        assert!(out.stderr.contains(code) && out.stderr.contains(at), "{code} {at}: {}", out.stderr);
    }
    // A unit of the plans in no region: named, an error (exit 1), the rest still computed.
    let out = Test::new()
        .file("plan.toml", PLAN)
        .file("other.toml", &PLAN.replace("\"u1\"", "\"u2\""))
        .file("units.toml", UNITS_OK)
        .args(["rollup", "plan.toml", "other.toml", "--by", "wilayah", "--units", "units.toml"])
        .output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("rollup/unit-not-placed") && out.stderr.contains("`u2`"), "{}", out.stderr);
    assert!(out.stdout.contains("prov") && out.stdout.contains("80.00"), "{}", out.stdout);
    // --by wilayah needs the file.
    let out = Test::new().file("plan.toml", PLAN).args(["rollup", "plan.toml", "--by", "wilayah"]).output();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("rollup/needs-units"), "{}", out.stderr);
}

#[test]
fn rollup_writes_csv_atomically_and_leaves_inputs_alone() {
    let before = files_in(&root().join(WILAYAH));
    let (out, dir) = Test::new()
        .file("x", "")
        .args([
            "rollup",
            root().join(WILAYAH).to_str().unwrap(),
            "--by",
            "unit",
            "--format",
            "csv",
            "--print-numbers",
            "id",
            "-o",
            "units.csv",
        ])
        .run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let csv = std::fs::read_to_string(dir.unwrap().path().join("units.csv")).unwrap();
    assert_eq!(csv.lines().next(), Some("key;name;period;method;capaian;indicators;left_out"));
    assert!(csv.contains("uptd-b;UPTD Puskesmas B;2024;rata-rata;94,09;4;"), "{csv}");
    assert_eq!(files_in(&root().join(WILAYAH)), before);
}

#[test]
fn check_names_what_a_method_lacks() {
    let out = Test::new().args(["check", "docs/contoh/wilayah/rkt-2024-uptd-d.toml"]).output();
    assert!(out.stderr.contains("rollup/method-lacking") || out.stdout.contains("rollup/method-lacking"));
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(all.contains("IKU-4") && all.contains("rkt-2024-uptd-d.toml:23:"), "{all}");
}

#[test]
fn csv_columns_give_pembilang_penyebut_and_bobot() {
    let csv = "unit,indicator,sasaran,satuan,period,target,realisasi,pembilang,penyebut,bobot\n\
               u1,A,Sasaran satu,%,2024,90,45,18,40,1\n\
               u1,B,Sasaran satu,%,2024,95,95,380,400,3\n";
    let run = |method: &str| {
        let out = Test::new()
            .file("plan.csv", csv)
            .args(["rollup", "plan.csv", "--by", "unit", "--method", method, "--format", "json"])
            .output();
        assert_eq!(out.code, 0, "{}", out.stderr);
        let doc: Value = serde_json::from_str(&out.stdout).unwrap();
        figure(&doc, "u1")["capaian"].as_str().unwrap().to_string()
    };
    // The sasaran is the mean of 50 and 100 (75); pooled up to the unit:
    // (1800 + 38000) ÷ (3600 + 38000) × 100 = 95.67.
    assert_eq!(run("rata-rata"), "75.00");
    assert_eq!(run("rasio"), "95.67");
    // The sasaran's weight is Σ bobot of its counted indicators, so a
    // weighted unit of one sasaran is that sasaran's figure.
    assert_eq!(run("tertimbang"), "75.00");
    // bobot is per indicator: a later row may not contradict it.
    let quarters = "unit,indicator,period,target,realisasi,bobot\nu1,A,2024-Q1,10,5,1\nu1,A,2024-Q2,10,8,2\n";
    let out = Test::new().file("plan.csv", quarters).args(["rollup", "plan.csv", "--by", "unit"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("csv/conflict") && out.stderr.contains("bobot"), "{}", out.stderr);
}
