//! `capaian tree` and the cascade checks of `capaian check`: on the bundled
//! examples, and on a multi-unit data set generated here (a Ditjen plan
//! with its tujuan, sasaran and IKU, and UPT plans in TOML and CSV whose
//! IKK name an IKU of the Ditjen as `ditjen/IKU-n`).

use crate::support::Test;
use serde_json::Value;

/// The nodes of one plan of `tree --format json` as `depth unit/id capaian`.
fn nodes(v: &Value, plan: usize) -> Vec<String> {
    v["plans"][plan]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            let capaian = n["capaian"].as_str().unwrap_or("-");
            format!("{} {}/{} {capaian}", n["depth"], n["unit"].as_str().unwrap(), n["id"].as_str().unwrap())
        })
        .collect()
}

fn json(out: &crate::support::Output) -> Value {
    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}{}", out.stdout, out.stderr))
}

#[test]
fn labkesmas_2024_groups_its_indicators_under_the_two_sasaran_with_their_capaian() {
    let out = Test::new().args(["tree", "examples/labkesmas-batam/rkt-2024.toml", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out);
    let got = nodes(&v, 0);
    let u = "labkesmas-batam";
    let want: Vec<String> = [
        "0 SK-1 -",
        "1 IKK-1 125.00",
        "1 IKK-2 151.74",
        "1 IKK-3 181.82",
        "1 IKK-4 100.00",
        "1 IKK-5 180.00",
        "1 IKK-6 103.70",
        "1 IKK-7 105.88",
        "0 SK-2 -",
        "1 IKK-8 101.68",
        "1 IKK-9 103.83",
        "1 IKK-10 107.24",
        "1 IKK-11 122.60",
    ]
    .iter()
    .map(|s| s.replacen(' ', &format!(" {u}/"), 1))
    .collect();
    assert_eq!(got, want);
    assert_eq!(v["plans"][0]["nodes"][1]["kategori"], "Sangat Baik");
    assert_eq!(v["plans"][0]["nodes"][1]["parent"], "SK-1");
}

#[test]
fn bkpsdm_prints_tujuan_sasaran_iku_and_kegiatan_under_their_programme_in_indonesian() {
    let out = Test::new().args(["tree", "examples/bkpsdm-batam/renja-2024.toml"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let head: Vec<&str> = out.stdout.lines().take(10).map(str::trim_end).collect();
    assert_eq!(
        head,
        [
            "# bkpsdm-batam · 2024 · examples/bkpsdm-batam/renja-2024.toml",
            "simpul      tingkat    nama                                                          capaian  kategori  status",
            "T-1         tujuan     Meningkatkan Profesionalitas Aparatur Sipil Negara            -        -         -",
            "  S-1       sasaran    Meningkatkan Kualitas Pelayanan Kepegawaian                   -        -         -",
            "    IKU-2   indikator  Persentase Penyelesaian Pelayanan Informasi Kepegawaian       -        -         belum-ada-data",
            "  S-2       sasaran    Meningkatnya Kinerja dan Kedisiplinan ASN dalam Menunjang P…  -        -         -",
            "    IKU-3   indikator  Persentase Peningkatan Kinerja dan Disiplin ASN               -        -         belum-ada-data",
            "  S-3       sasaran    Meningkatnya Kapasitas, Kompetensi, dan Kapabilitas ASN dal…  -        -         -",
            "    IKU-4   indikator  Persentase ASN yang Memenuhi Kualifikasi dan Kompetensi       -        -         belum-ada-data",
            "  IKU-1     indikator  Indeks Profesionalitas Aparatur Sipil Negara (IP ASN)         -        -         belum-ada-data",
        ]
    );
    assert!(out.stdout.contains("\nRENJA-08    indikator"), "{}", out.stdout);
    assert!(out.stdout.contains("\n  RENJA-10  indikator"), "{}", out.stdout);
}

#[test]
fn every_example_is_a_tree_without_findings() {
    let out = Test::new().args(["tree", "examples", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out);
    assert_eq!(v["findings"], Value::Array(vec![]));
    let check = Test::new().args(["check", "examples", "--format", "json"]).output();
    assert!(!check.stdout.contains("\"tree/"), "{}", check.stdout);
}

/// Units of the generated set: a Ditjen and `n` UPTs, half in TOML, half in
/// CSV, every UPT with one IKK under each of the Ditjen's three IKU.
fn generated(n: usize) -> Test {
    let mut t = Test::new().file(
        "plans/ditjen.toml",
        "[unit]\nid = \"ditjen\"\n[plan]\nyear = 2025\n\
         [[tujuan]]\nid = \"T-1\"\nname = \"Meningkatnya derajat kesehatan masyarakat\"\n\
         [[sasaran]]\nid = \"SP-1\"\nname = \"Meningkatnya akses dan mutu layanan laboratorium\"\ninduk = \"T-1\"\n\
         [[sasaran]]\nid = \"SP-2\"\nname = \"Meningkatnya tata kelola\"\nparent = \"T-1\"\n\
         [[indicator]]\nid = \"IKU-1\"\nname = \"Persentase labkesmas terakreditasi\"\nsasaran_id = \"SP-1\"\ntarget = 80\nrealisasi = 72\n\
         [[indicator]]\nid = \"IKU-2\"\nname = \"Jumlah pemeriksaan spesimen\"\nsasaran_id = \"SP-1\"\ntarget = 1000\nrealisasi = 1100\n\
         [[indicator]]\nid = \"IKU-3\"\nname = \"Nilai kinerja anggaran\"\nsasaran_id = \"SP-2\"\ntarget = 90\nrealisasi = 90\n",
    );
    for u in 1..=n {
        let unit = format!("upt-{u:02}");
        if u % 2 == 0 {
            let mut csv = String::from("unit;indikator;nama;periode;target;realisasi;induk\n");
            for k in 1..=3 {
                csv.push_str(&format!("{unit};IKK-{k};Indikator {k} {unit};2025;100;{};ditjen/IKU-{k}\n", 90 + u + k));
            }
            t = t.file(&format!("plans/{unit}.csv"), &csv);
        } else {
            let mut toml = format!("[unit]\nid = \"{unit}\"\n[plan]\nyear = 2025\n");
            for k in 1..=3 {
                toml.push_str(&format!(
                    "[[indicator]]\nid = \"IKK-{k}\"\nname = \"Indikator {k} {unit}\"\nparent = \"ditjen/IKU-{k}\"\ntarget = 100\nrealisasi = {}\n",
                    90 + u + k
                ));
            }
            t = t.file(&format!("plans/{unit}.toml"), &toml);
        }
    }
    t
}

#[test]
fn a_generated_multi_unit_set_hangs_every_upt_ikk_under_its_ditjen_iku() {
    const N: usize = 12;
    let out = generated(N).args(["tree", "plans", "--format", "json", "--period", "2025"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let v = json(&out);
    assert_eq!(v["findings"], Value::Array(vec![]));
    let plans = v["plans"].as_array().unwrap();
    let ditjen = plans.iter().position(|p| p["unit"] == "ditjen").unwrap();
    let got = nodes(&v, ditjen);
    // tujuan, two sasaran, three IKU and N IKK under each IKU.
    assert_eq!(got.len(), 1 + 2 + 3 + 3 * N);
    assert_eq!(got[..3], ["0 ditjen/T-1 -", "1 ditjen/SP-1 -", "2 ditjen/IKU-1 90.00"]);
    // The UPTs' IKK follow their IKU in the order of the plans (upt-01 …).
    let under_iku1: Vec<&String> = got[3..3 + N].iter().collect();
    assert!(under_iku1.iter().all(|s| s.starts_with("3 upt-")), "{got:#?}");
    assert_eq!(under_iku1[0], "3 upt-01/IKK-1 92.00");
    assert_eq!(under_iku1[1], "3 upt-02/IKK-1 93.00");
    assert!(got.contains(&"2 ditjen/IKU-3 100.00".to_string()), "{got:#?}");
    assert!(got.contains(&"3 upt-12/IKK-3 105.00".to_string()), "{got:#?}");
    // UPT plans have nothing of their own at the top.
    assert!(plans.iter().filter(|p| p["unit"] != "ditjen").all(|p| p["nodes"] == Value::Array(vec![])));
    // Deterministic: a second run prints the same bytes.
    let again = generated(N).args(["tree", "plans", "--format", "json", "--period", "2025"]).output();
    assert_eq!(again.stdout, out.stdout);
}

#[test]
fn without_the_ditjen_plan_check_warns_which_unit_is_missing_and_strict_fails() {
    let t = generated(2);
    let out = t.args(["check", "plans/upt-01.toml", "--lang", "en"]).output();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains(
            "warning[tree/missing-plan]: the parent `ditjen/IKU-1` of indicator `IKK-1` is in a plan of unit `ditjen` (2025), which is not in this run\n"
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("  --> plans/upt-01.toml:8:10\n"), "{}", out.stdout);
    assert!(out.stdout.contains("help: give the plan of unit `ditjen` in the same run"), "{}", out.stdout);
    let strict = generated(2).args(["check", "plans/upt-01.toml", "--strict"]).output();
    assert_eq!(strict.code, 1);
}

#[test]
fn check_names_a_whole_loop_and_an_orphan_with_their_lines() {
    let out = Test::new()
        .file(
            "p.toml",
            "[unit]\nid = \"u\"\n[plan]\nyear = 2025\n\
             [[indicator]]\nid = \"A\"\ntarget = 1\nparent = \"C\"\n\
             [[indicator]]\nid = \"B\"\ntarget = 1\nparent = \"A\"\n\
             [[indicator]]\nid = \"C\"\ntarget = 1\ninduk = \"B\"\n\
             [[indicator]]\nid = \"D\"\ntarget = 1\nparent = \"SK-9\"\n",
        )
        .args(["check", "p.toml", "--lang", "en"])
        .output();
    assert_eq!(out.code, 1, "{}", out.stdout);
    let want_orphan =
        "error[tree/orphan]: the parent `SK-9` of indicator `D` names no indicator, sasaran or tujuan of its plan
  --> p.toml:20:10
    |
 20 | parent = \"SK-9\"
    |          ^^^^^^
  = help: ids of the plan: A, B, C, D
";
    let want_cycle = "error[tree/cycle]: indicators are each other's parents, round a loop: A → C → B → A
  --> p.toml:8:10
   |
 8 | parent = \"C\"
   |          ^^^
  = help: a parent is the node above: break the loop by giving one of them another parent, or none
";
    assert!(out.stdout.contains(want_orphan), "{}", out.stdout);
    assert!(out.stdout.contains(want_cycle), "{}", out.stdout);
    // The tree still prints, the loop cut at its first indicator.
    let tree = Test::new()
        .file("p.toml", "[unit]\nid = \"u\"\n[[indicator]]\nid = \"A\"\ntarget = 1\nparent = \"A\"\n")
        .args(["tree", "p.toml", "--lang", "en"])
        .output();
    assert_eq!(tree.code, 1);
    assert!(tree.stdout.contains("A     indicator (in a loop of parents)"), "{}", tree.stdout);
    assert!(tree.stderr.contains("error[tree/cycle]"), "{}", tree.stderr);
}
