//! Evaluating on several threads gives byte for byte what one thread gives:
//! the bundled examples and a generated multi-unit data set (standard rules,
//! a rule of its own, ranges, zero targets, missing and garbled cells).

use crate::support::Test;

/// `units` units × 25 indicators × 12 months, one CSV per unit, and a rule
/// of their own for some indicators.
fn data_set(units: usize) -> Test {
    let mut t = Test::new().file("rules/sendiri/setengah.rhai", "fn capaian(x) { x.value / x.target * 50 }\n");
    for u in 0..units {
        let mut csv = String::from("unit;indicator;name;polarity;rule;period;target;realisasi\n");
        for i in 0..25 {
            let polarity = if i % 5 == 4 { "turun" } else { "naik" };
            let rule = if i % 7 == 6 { "sendiri/setengah" } else { "" };
            for m in 1..=12 {
                let target = match i {
                    3 => "80–90".to_string(),
                    8 => "0".to_string(),
                    _ => ((i + 1) * 10 * m).to_string(),
                };
                let realisasi = match (i, m) {
                    (11, 5) => String::new(),
                    (12, 7) => "12,5%,3".to_string(),
                    _ => format!("{},{}", (i + 1) * 9 * m + (u * 7 + m) % 23, (u + i + m) % 100),
                };
                csv.push_str(&format!(
                    "unit-{u:03};IKK-{i};Indikator {i};{polarity};{rule};2024-{m:02};{target};{realisasi}\n"
                ));
            }
        }
        t = t.file(&format!("data/u{u:03}.csv"), &csv);
    }
    t
}

#[test]
fn two_threads_write_what_one_writes_on_the_examples() {
    let run = |jobs: &str| Test::new().args(["eval", "examples", "--format", "json", "--jobs", jobs]).output();
    let (one, two) = (run("1"), run("2"));
    assert_eq!(one.code, two.code);
    assert!(one.stdout.contains("\"results\""), "{}", one.stderr);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(one.stderr, two.stderr);
}

#[test]
fn two_threads_write_what_one_writes_on_many_units() {
    for format in ["json", "csv"] {
        let run = |jobs: &str| {
            let args = ["eval", "data", "--rules", "rules", "--format", format, "--jobs", jobs];
            data_set(8).args(args).output()
        };
        let (one, two, three) = (run("1"), run("2"), run("3"));
        assert!(one.stdout.lines().count() > 8 * 25 * 12, "{}", one.stderr);
        assert_eq!(one.code, two.code);
        assert_eq!(one.stdout, two.stdout, "--format {format}");
        assert_eq!(one.stdout, three.stdout, "--format {format}");
        assert_eq!(one.stderr, two.stderr);
    }
}

#[test]
fn zero_jobs_is_a_usage_error() {
    let out = Test::new().args(["eval", "examples", "--jobs", "0"]).output();
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// `-o FILE` writes the report chunk by chunk as it is computed (`eval`
/// evaluates 1 024 indicator-periods at a time): the file is what standard
/// output gets whole, on one thread or two, with the same messages and
/// exit code.
#[test]
fn a_report_written_in_chunks_is_the_whole_report() {
    for format in ["json", "csv", "table"] {
        let (whole, dir) = data_set(8).args(["eval", "data", "--rules", "rules", "--format", format]).run();
        let dir = dir.expect("temp dir");
        assert!(whole.stdout.lines().count() > 8 * 25 * 12, "{}", whole.stderr);
        for jobs in ["1", "2"] {
            let args = ["eval", "data", "--rules", "rules", "--format", format, "--jobs", jobs, "-o", "out"];
            let streamed = crate::support::run_in(dir.path(), args);
            let file = std::fs::read_to_string(dir.path().join("out")).expect("report written");
            assert_eq!(file, whole.stdout, "--format {format} --jobs {jobs}");
            assert_eq!((streamed.code, &streamed.stderr), (whole.code, &whole.stderr), "--format {format}");
        }
    }
}

/// `eval -o` of CSV or JSON reads its plans a batch of files at a time
/// (8 MiB of files; `CAPAIAN_EVAL_BATCH_BYTES` sets it): a file per batch
/// gives the whole report, with the same messages and exit code, on
/// generated units and on the examples, whose Labkesmas plans of 2024 and
/// 2025 are in different files (read together again, so the years join).
#[test]
fn a_report_read_a_file_at_a_time_is_the_whole_report() {
    for format in ["json", "csv"] {
        let args = ["eval", "data", "--rules", "rules", "--format", format];
        let whole = data_set(4).args(args).output();
        let (batched, dir) = data_set(4).env("CAPAIAN_EVAL_BATCH_BYTES", "1").args(args).args(["-o", "out"]).run();
        let file = std::fs::read_to_string(dir.expect("temp dir").path().join("out")).expect("report written");
        assert!(whole.stdout.lines().count() > 4 * 25 * 12, "{}", whole.stderr);
        assert_eq!(file, whole.stdout, "--format {format}");
        assert_eq!((batched.code, &batched.stderr), (whole.code, &whole.stderr), "--format {format}");

        let out = tempfile::tempdir().expect("temp dir");
        let path = out.path().join("out");
        let whole = Test::new().args(["eval", "examples", "--format", format]).output();
        let batched = Test::new()
            .env("CAPAIAN_EVAL_BATCH_BYTES", "1")
            .args(["eval", "examples", "--format", format, "-o", path.to_str().expect("utf-8 path")])
            .output();
        // 2025's rows carry 2024's figures.
        let joined = if format == "csv" { "capaian_2024" } else { "\"earlier\": [\n" };
        assert!(whole.stdout.contains(joined), "{}", whole.stderr);
        assert_eq!(std::fs::read_to_string(&path).expect("report written"), whole.stdout, "--format {format}");
        assert_eq!((batched.code, &batched.stderr), (whole.code, &whole.stderr), "--format {format}");
    }
}

/// A file named on the command line that cannot be read stops a run read a
/// batch at a time as it stops a whole one, even after earlier batches were
/// evaluated: exit 2, the same messages, and no report left behind.
#[test]
fn an_unreadable_input_stops_a_run_read_a_batch_at_a_time() {
    let bad = "[unit\nid = \"u\"\n";
    for last in [vec!["bad.toml"], vec!["nothere"]] {
        let mut args = vec!["eval", "data", "--rules", "rules", "--format", "csv"];
        args.extend(&last);
        let whole = data_set(2).file("bad.toml", bad).args(&args).output();
        let (batched, dir) = data_set(2)
            .file("bad.toml", bad)
            .env("CAPAIAN_EVAL_BATCH_BYTES", "1")
            .args(&args)
            .args(["-o", "out"])
            .run();
        assert_eq!(whole.code, 2, "{}", whole.stderr);
        assert_eq!((batched.code, &batched.stderr), (whole.code, &whole.stderr), "{last:?}");
        assert!(!dir.expect("temp dir").path().join("out").exists(), "{last:?}");
    }
}
