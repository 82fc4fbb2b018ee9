//! The national shape: units × 25 indicators × 12 months, one CSV per unit
//! (514 regencies × ~40 agencies is 20 560 units, 6,17 M indicator-periods),
//! evaluated by the `capaian` binary with the standard rules. Reports rows/s,
//! time per row and peak memory (`/usr/bin/time`'s maximum resident size
//! when it is there) for each size, and how the time per row grows.
//!
//! `CAPAIAN_SCALE_ROWS=10000,100000,1000000 cargo bench --bench scale`
//! (default 10000,100000; rows are rounded to whole units of 300 rows).
//! `CAPAIAN_SCALE_JOBS` sets `--jobs` (default: every core).

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

const ROWS_PER_UNIT: usize = 25 * 12;

/// Writes `units` CSV files of 300 rows into `dir`: cumulative monthly
/// targets and realisasi to date, every fifth indicator `turun`.
fn generate(dir: &Path, units: usize) -> std::io::Result<()> {
    for u in 0..units {
        let mut f = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("u{u:05}.csv")))?);
        writeln!(f, "unit;indicator;name;satuan;polarity;period;target;realisasi")?;
        for i in 0..25 {
            let polarity = if i % 5 == 4 { "turun" } else { "naik" };
            for m in 1..=12 {
                let t = (i + 1) * 10 * m;
                let r = t * 100 * (70 + (u * 31 + i * 7 + m * 3) % 50) / 100;
                writeln!(
                    f,
                    "unit-{u:05};IKK-{i};Indikator {i};%;{polarity};2024-{m:02};{t};{},{:02}",
                    r / 100,
                    r % 100
                )?;
            }
        }
    }
    Ok(())
}

/// One run: (seconds, peak KiB if known).
fn run(dir: &Path, jobs: &str) -> (f64, Option<u64>) {
    let bin = env!("CARGO_BIN_EXE_capaian");
    let out = dir.join("out.csv");
    let args = ["eval", "data", "--format", "csv", "--jobs", jobs, "-o"];
    let timed = Path::new("/usr/bin/time").exists();
    let mut cmd = if timed {
        let mut c = Command::new("/usr/bin/time");
        c.args(["-f", "%M"]).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(args).arg(&out).current_dir(dir);
    let started = Instant::now();
    let output = cmd.output().expect("capaian runs");
    let seconds = started.elapsed().as_secs_f64();
    assert!(output.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&output.stderr));
    let peak = timed.then(|| String::from_utf8_lossy(&output.stderr).lines().last()?.trim().parse().ok()).flatten();
    (seconds, peak)
}

fn main() {
    // `cargo bench` passes `--bench`; anything else (`cargo test --benches`) only checks it runs.
    let benching = std::env::args().any(|a| a == "--bench");
    let sizes = std::env::var("CAPAIAN_SCALE_ROWS").unwrap_or_else(|_| "10000,100000".into());
    let sizes: Vec<usize> =
        if benching { sizes.split(',').filter_map(|s| s.trim().parse().ok()).collect() } else { vec![300] };
    let jobs = std::env::var("CAPAIAN_SCALE_JOBS").unwrap_or_else(|_| "0".into());
    let jobs = if jobs == "0" { std::thread::available_parallelism().map_or(1, |n| n.get()).to_string() } else { jobs };
    let mut first: Option<f64> = None;
    println!("{:>10} {:>9} {:>12} {:>10} {:>10}", "rows", "seconds", "rows/s", "µs/row", "peak MiB");
    for rows in sizes {
        let units = rows.div_ceil(ROWS_PER_UNIT).max(1);
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("data")).expect("data dir");
        generate(&dir.path().join("data"), units).expect("data written");
        let rows = units * ROWS_PER_UNIT;
        let (seconds, peak) = run(dir.path(), &jobs);
        let per_row = seconds * 1e6 / rows as f64;
        let peak = peak.map_or("?".into(), |k| format!("{:.0}", k as f64 / 1024.0));
        println!("{rows:>10} {seconds:>9.2} {:>12.0} {per_row:>10.2} {peak:>10}", rows as f64 / seconds);
        let base = *first.get_or_insert(per_row);
        if base != per_row {
            println!("{:>10} time per row {:.2}× that of the smallest size (goal ≤ 1,5)", "", per_row / base);
        }
    }
}
