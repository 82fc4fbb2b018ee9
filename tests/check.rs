//! `capaian check`: schema, rules and validation rules without evaluating.

use crate::support::Test;

const PLAN: &str = r#"
[unit]
id = "u"
[plan]
year = 2024

[[indicator]]
id = "SPESIMEN"
aggregation = "sum"
target = "10.000"
targets = { "2024-03" = "2.500", "2024-06" = "2.400", "2024-12" = "9.000" }
realisasi = { "2024-03" = "2.710" }

[[table]]
id = "sumber-pendanaan"
numbers = "en"
columns = ["rupiah", "pnbp", "phln", "jumlah"]

[[table.row]]
uraian = "Pemeliharaan Alat Kesehatan Laboratorium Kesehatan Masyarakat"
rupiah = "893,376,000"
jumlah = "833,844,000"

[[table.row]]
uraian = "Layanan deteksi dini"
rupiah = "893,376,000"
pnbp = "18,900,000"
jumlah = "912,276,000"

[[table]]
id = "anggaran"
columns = ["alokasi"]

[[table.row]]
kode = "P"
uraian = "Program"
alokasi = "1.000"

[[table.row]]
kode = "P.1"
parent = "P"
alokasi = "600"

[[table.row]]
kode = "P.2"
parent = "P"
alokasi = "300"
"#;

#[test]
fn finds_totals_that_do_not_add_up_with_file_line_and_numbers() {
    let out = Test::new().file("p.toml", PLAN).args(["check", "p.toml"]).output();
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    let text = out.stdout;
    for expected in [
        // The row of seed 000's "B. Sumber Pendanaan" that does not add up.
        "jumlah = 833,844,000 but rupiah + pnbp + phln = 893,376,000 (difference -59,532,000)",
        "--> p.toml:22:10",
        "`Program` alokasi = 1.000 but the sum of its 2 children is 900 (difference 100)",
        "cumulative target 2400 for 2024-06 is below 2500 for 2024-03",
        "cumulative target for 2024-12 is 9000 but the annual target is 10000",
        "1 plan(s) checked: 4 error(s), 0 warning(s), 0 accepted discrepancy(ies)",
    ] {
        assert!(text.contains(expected), "missing `{expected}` in:\n{text}");
    }
    // The row that adds up is not reported.
    assert!(!text.contains("Layanan deteksi dini"), "{text}");
}

#[test]
fn missing_realisasi_is_a_warning_that_fails_only_when_strict() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\naggregation = \"sum\"\ntarget = 4\ntargets = { \"2024-Q1\" = 1, \"2024-Q2\" = 2, \"2024-Q3\" = 3, \"2024-Q4\" = 4 }\nrealisasi = { \"2024-Q1\" = 1, \"2024-Q3\" = 1 }\n";
    let out = Test::new().file("p.toml", plan).args(["check", "p.toml"]).output();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout.contains(
            "warning[check/realisasi-missing]: `A`: no realisasi for 2024-Q2 (periods up to 2024-Q3 have passed)"
        ),
        "{}",
        out.stdout
    );
    let strict = Test::new().file("p.toml", plan).args(["check", "p.toml", "--strict"]).output();
    assert_eq!(strict.code, 1);
}

#[test]
fn rule_problems_are_found_without_evaluating() {
    let plan = "[unit]\nid = \"u\"\n[[indicator]]\nid = \"A\"\ntarget = 1\nrealisasi = 1\nrule = \"capped\"\n[[indicator]]\nid = \"B\"\ntarget = 1\nrealisasi = 1\nrule = \"broken\"\n";
    let out = Test::new()
        .file("p.toml", plan)
        .file("rules/capped.rhai", "fn capaian(x) {\n    min(x.value / x.target * 100, x.params.cap)\n}\n")
        .file("rules/broken.rhai", "fn capaian(x) {\n    x.value +\n}\n")
        .args(["check", "p.toml"])
        .output();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("indicator `A` does not set parameter `cap`, which rule `capped` requires"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("rule `broken` does not compile"), "{}", out.stdout);
    assert!(out.stdout.contains("--> rules/broken.rhai:"), "{}", out.stdout);
}

#[test]
fn a_unit_can_extend_and_override_validation_rules() {
    let extra = "[[rule]]\nid = \"induk-sama-dengan-jumlah-anak\"\ndescription = \"children may sum below the parent\"\nkind = \"children\"\noperator = \">=\"\nimportance = \"warning\"\n\n[[rule]]\nid = \"alokasi-positif\"\ndescription = \"alokasi is positive\"\nkind = \"row\"\nleft = \"alokasi\"\noperator = \">\"\nright = \"0\"\n";
    let plan = PLAN.replace("alokasi = \"300\"", "alokasi = \"-300\"");
    let out =
        Test::new().file("p.toml", &plan).file("rules/validation/unit.toml", extra).args(["check", "p.toml"]).output();
    assert!(!out.stdout.contains("sum of its 2 children"), "{}", out.stdout);
    assert!(out.stdout.contains("alokasi = -300 but 0 = 0"), "{}", out.stdout);
}

#[test]
fn the_seed_documents_inconsistent_totals_are_found_in_the_examples() {
    let out = Test::new().args(["check", "examples"]).output();
    // Seed 000, B. Sumber Pendanaan: Pemeliharaan Alat Kesehatan row.
    assert!(out.stdout.contains("jumlah = 833,844,000 but rupiah + pnbp + phln = 893,376,000"), "{}", out.stdout);
    // Seed 000, TARGET INDIKATOR KINERJA TAHUN 2025: the printed Total.
    assert!(out.stdout.contains("`Total` alokasi_awal = 17,859,827,000"), "{}", out.stdout);
}

#[test]
fn missing_realisasi_is_found_for_every_kind_of_indicator() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
        [[indicator]]\nid = \"S\"\naggregation = \"sum\"\ntarget = 100\nrealisasi = { \"2024-Q1\" = 10, \"2024-Q2\" = 20, \"2024-Q3\" = 30 }\n\
        [[indicator]]\nid = \"P\"\nrule = \"kemenkeu/nka\"\nparams = { aspek = \"penyerapan\" }\ntarget = 95\n\
        targets = { \"2024-Q1\" = 20, \"2024-Q2\" = 45, \"2024-Q3\" = 70 }\n\
        budget = { pagu = 1000, realisasi = { \"2024-Q1\" = 100, \"2024-Q2\" = 300, \"2024-Q3\" = 500 } }\n\
        [[indicator]]\nid = \"T\"\ntarget = 1\nrealisasi = { \"2024-12\" = 1 }\n";
    let rules = crate::support::root().join("rules");
    let out = Test::new().file("p.toml", plan).args(["check", "p.toml", "--rules", rules.to_str().unwrap()]).output();
    // A quarterly sum without quarterly targets still owes Q4.
    assert!(
        out.stdout.contains(
            "warning[check/realisasi-missing]: `S`: no realisasi for 2024-Q4 (periods up to 2024-12 have passed)"
        ),
        "{}",
        out.stdout
    );
    // Money spent is the realisasi of a penyerapan indicator: Q1–Q3 are there.
    assert!(!out.stdout.contains("`P`: no realisasi"), "{}", out.stdout);
    // A figure to date reported for December owes no earlier month.
    assert!(!out.stdout.contains("`T`: no realisasi"), "{}", out.stdout);
}

#[test]
fn a_range_target_without_a_polarity_is_warned() {
    let plan = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"T\"\nname = \"Lama penyelesaian\"\ntarget = \"7 – 8 bulan\"\nsatuan = \"bulan\"\nrealisasi = 9\n\
                [[indicator]]\nid = \"S\"\npolarity = \"turun\"\ntarget = \"7 – 8\"\nrealisasi = 9\n";
    let out = Test::new().file("p.toml", plan).args(["check", "p.toml"]).output();
    assert!(
        out.stdout.contains("warning[plan/range-polarity]: `T` has a range target but no `polarity`"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("`S` has a range target"), "{}", out.stdout);
}
