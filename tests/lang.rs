//! Messages in Bahasa Indonesia and English: `--lang`, the locale, and what
//! stays the same in both (codes, JSON and CSV machine names).

use crate::support::Test;

const PLAN: &str = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
    [[indicator]]\nid = \"A\"\nname = \"Jumlah pemeriksaan\"\ntarget = \"10.000\"\nrealisasi = \"15.174\"\n\
    [[indicator]]\nid = \"Z\"\ntarget = 0\nrealisasi = 5\n\
    [[indicator]]\nid = \"N\"\ntarget = 10\n\
    [[indicator]]\nid = \"G\"\ntarget = \"8356,00%,51%\"\nrealisasi = 1\n";

#[test]
fn lang_id_speaks_indonesian_everywhere_a_planner_reads() {
    let out = Test::new().file("p.toml", PLAN).args(["eval", "p.toml", "--lang", "id"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    let header = out.stdout.lines().next().unwrap();
    for h in ["indikator", "nama", "periode", "keterangan"] {
        assert!(header.contains(h), "{header}");
    }
    let row = |id: &str| out.stdout.lines().find(|l| l.starts_with(&format!("u     {id} "))).unwrap_or_default();
    let words = |id: &str| row(id).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words("Z").ends_with("tak-terhitung target 0, jadi R / T tidak terdefinisi"), "{}", out.stdout);
    assert!(words("N").ends_with("belum-ada-data belum ada realisasi s.d. 2024"), "{}", out.stdout);
    assert!(words("G").contains(" galat "), "{}", out.stdout);
    assert!(
        out.stderr.contains("galat[number/unexpected-character]: `8356,00%,51%` bukan angka dalam konvensi id"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("= saat menghitung indikator `G`"), "{}", out.stderr);
    assert!(out.stderr.contains("= saran: konvensi Indonesia"), "{}", out.stderr);
    assert!(!out.stderr.contains("error") && !out.stderr.contains("help:"), "{}", out.stderr);
}

#[test]
fn lang_en_is_english_and_the_codes_are_the_same() {
    let out = Test::new().file("p.toml", PLAN).args(["eval", "p.toml", "--lang", "en"]).output();
    assert!(out.stdout.contains("not_computable  target is 0, so R / T is undefined"), "{}", out.stdout);
    assert!(
        out.stderr.contains("error[number/unexpected-character]: `8356,00%,51%` is not a number"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_locale_chooses_the_language_and_lang_overrides_it() {
    let id = Test::new().file("p.toml", PLAN).locale("id_ID.UTF-8").args(["eval", "p.toml"]).output();
    assert!(id.stdout.contains("belum ada realisasi s.d. 2024"), "{}", id.stdout);
    let en = Test::new().file("p.toml", PLAN).locale("id_ID.UTF-8").args(["eval", "p.toml", "--lang", "en"]).output();
    assert!(en.stdout.contains("no realisasi up to 2024"), "{}", en.stdout);
    let other = Test::new().file("p.toml", PLAN).locale("fr_FR.UTF-8").args(["eval", "p.toml"]).output();
    assert!(other.stdout.contains("no realisasi up to 2024"), "{}", other.stdout);
}

#[test]
fn json_and_csv_keep_machine_names_in_every_language() {
    let json = Test::new().file("p.toml", PLAN).args(["eval", "p.toml", "--lang", "id", "--format", "json"]).output();
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let z = &v["results"][1];
    assert_eq!(z["status"], "not_computable");
    assert_eq!(z["message"], "target 0, jadi R / T tidak terdefinisi");
    assert_eq!(z["notes"][0]["code"], "result/rule-note");
    assert_eq!(v["results"][2]["notes"][0]["code"], "result/no-realisasi");
    assert_eq!(v["results"][3]["notes"][0]["code"], "number/unexpected-character");
    let csv = Test::new().file("p.toml", PLAN).args(["eval", "p.toml", "--lang", "id", "--format", "csv"]).output();
    assert!(csv.stdout.starts_with("unit,indicator,name,period,target,realisasi,capaian,kategori,status,message,"));
    assert!(csv.stdout.contains(",no_data,belum ada realisasi s.d. 2024"), "{}", csv.stdout);
}

#[test]
fn errors_json_carries_the_code_and_the_subject() {
    let out = Test::new().file("p.toml", PLAN).args(["eval", "p.toml", "--errors", "json", "--lang", "id"]).output();
    let line = out.stderr.lines().next().unwrap();
    let d: serde_json::Value = serde_json::from_str(line).unwrap();
    assert_eq!(d["code"], "number/unexpected-character");
    assert_eq!(d["params"]["text"], "8356,00%,51%");
    assert_eq!(d["subject"]["type"], "indicator");
    assert_eq!(d["subject"]["id"], "G");
    assert_eq!(d["span"]["line"], 19);
}

#[test]
fn check_summary_in_indonesian() {
    let out = Test::new().file("p.toml", PLAN).args(["check", "p.toml", "--lang", "id"]).output();
    assert!(
        out.stdout.contains("1 rencana diperiksa: 1 galat, 0 peringatan, 0 selisih yang diterima"),
        "{}",
        out.stdout
    );
}

#[test]
fn help_is_in_the_readers_language() {
    let id = Test::new().locale("id_ID.UTF-8").args(["eval", "--help"]).output();
    assert_eq!(id.code, 0);
    assert!(id.stdout.contains("Pemakaian: capaian eval"), "{}", id.stdout);
    assert!(id.stdout.contains("Periode yang dihitung"), "{}", id.stdout);
    assert!(!id.stdout.contains("Options:"), "{}", id.stdout);
    let en = Test::new().locale("id_ID.UTF-8").args(["--lang", "en", "eval", "--help"]).output();
    assert!(en.stdout.contains("Usage: capaian eval"), "{}", en.stdout);
    assert!(en.stdout.contains("The period to evaluate"), "{}", en.stdout);
}

/// A command line that parses is parsed without building the localised
/// help; one that does not is answered in the reader's language still.
#[test]
fn usage_errors_are_in_the_readers_language() {
    let none = Test::new().locale("id_ID.UTF-8").args(Vec::<&str>::new()).output();
    assert_eq!(none.code, 2);
    let shown = format!("{}{}", none.stdout, none.stderr);
    assert!(shown.contains("Pemakaian: capaian [OPTIONS] <COMMAND>") && shown.contains("Perintah:"), "{shown}");
    let version = Test::new().locale("id_ID.UTF-8").args(["-V"]).output();
    assert_eq!((version.code, version.stdout), (0, format!("capaian {}\n", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn test_and_its_failures_speak_indonesian() {
    let case = "[[case]]\nname = \"dua kali\"\nindicator = { target = 10, realisasi = 5 }\nexpect = { capaian = 60 }\n";
    let out = Test::new().file("rules/tests/c.toml", case).args(["test", ".", "--lang", "id"]).output();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("GAGAL rules/tests/c.toml:1  dua kali"), "{}", out.stdout);
    assert!(out.stdout.contains("capaian   diharapkan 60"), "{}", out.stdout);
    assert!(out.stdout.contains("didapat    50\n"), "{}", out.stdout);
    assert!(out.stdout.contains("  aturan    standard/positif\n  masukan:\n"), "{}", out.stdout);
    assert!(out.stdout.ends_with("0 lulus, 1 gagal\n"), "{}", out.stdout);
}
