//! A small builder for running the `capaian` binary in tests.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (tests run the binary from there, so paths in output
/// are relative and snapshots need no redaction).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// What a run printed and returned.
#[derive(Debug)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Builder: `Test::new().args(["eval", "x.toml"]).output()`.
pub struct Test {
    args: Vec<String>,
    files: Vec<(String, Vec<u8>)>,
    locale: Option<String>,
    env: Vec<(String, String)>,
}

impl Test {
    pub fn new() -> Test {
        Test { args: Vec::new(), files: Vec::new(), locale: None, env: Vec::new() }
    }

    /// Runs in a fresh temporary folder holding the given files.
    pub fn file(mut self, name: &str, text: &str) -> Test {
        self.files.push((name.to_string(), text.as_bytes().to_vec()));
        self
    }

    /// Like [`Test::file`], for bytes that are not UTF-8 (a Windows export).
    pub fn bytes(mut self, name: &str, bytes: &[u8]) -> Test {
        self.files.push((name.to_string(), bytes.to_vec()));
        self
    }

    /// Runs with `LANG` set to `locale` (otherwise the locale variables are
    /// cleared, so the host's locale never changes what a test sees).
    pub fn locale(mut self, locale: &str) -> Test {
        self.locale = Some(locale.to_string());
        self
    }

    /// Runs with the environment variable `key` set to `value`.
    pub fn env(mut self, key: &str, value: &str) -> Test {
        self.env.push((key.to_string(), value.to_string()));
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<str>>(mut self, args: I) -> Test {
        self.args.extend(args.into_iter().map(|s| s.as_ref().to_string()));
        self
    }

    /// Runs; with files, in a temporary folder returned alongside.
    pub fn run(self) -> (Output, Option<tempfile::TempDir>) {
        let mut dir = root();
        let mut temp = None;
        if !self.files.is_empty() {
            let t = tempfile::tempdir().expect("temp dir");
            for (name, bytes) in &self.files {
                let path = t.path().join(name);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(path, bytes).unwrap();
            }
            dir = t.path().to_path_buf();
            temp = Some(t);
        }
        let mut command = Command::new(env!("CARGO_BIN_EXE_capaian"));
        command.args(&self.args).current_dir(&dir).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
        if let Some(l) = &self.locale {
            command.env("LANG", l);
        }
        for (k, v) in &self.env {
            command.env(k, v);
        }
        let out = command.output().expect("run capaian");
        let o = Output {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).to_string(),
            stderr: String::from_utf8_lossy(&out.stderr).to_string(),
        };
        assert!(!o.stderr.contains("panicked"), "capaian panicked:\n{}", o.stderr);
        (o, temp)
    }

    /// Runs and returns only the output.
    pub fn output(self) -> Output {
        self.run().0
    }
}

/// Every file under `dir` with its bytes (to prove inputs are never modified).
pub fn files_in(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_in(&p));
        } else {
            out.push((p.clone(), std::fs::read(&p).unwrap()));
        }
    }
    out.sort();
    out
}

/// Runs `capaian args` in `dir` (a folder a test prepared itself, with
/// links, pipes or a repository the builder cannot make).
pub fn run_in<I: IntoIterator<Item = S>, S: AsRef<std::ffi::OsStr>>(dir: &Path, args: I) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_capaian"))
        .args(args)
        .current_dir(dir)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .expect("run capaian");
    let o = Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).to_string(),
        stderr: String::from_utf8_lossy(&out.stderr).to_string(),
    };
    assert!(!o.stderr.contains("panicked"), "capaian panicked:\n{}", o.stderr);
    o
}

/// The first ten fields of a CSV line of `capaian eval --format csv` (the
/// columns every version has), written back as CSV; the later columns are
/// checked where they matter.
pub fn first_ten(line: &str) -> String {
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(line.as_bytes());
    let rec = r.records().next().and_then(Result::ok).unwrap_or_default();
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(rec.iter().take(10)).unwrap();
    String::from_utf8(w.into_inner().unwrap()).unwrap().trim_end().to_string()
}

/// Debian's Chromium, when installed (`.ci/run` installs it); browser tests
/// are skipped without it.
pub fn chromium() -> Option<PathBuf> {
    let p = PathBuf::from("/usr/bin/chromium");
    p.exists().then_some(p)
}

/// Runs headless Chromium with a profile of its own and nothing fetched in
/// the background.
pub fn run_chromium(browser: &Path, profile: &Path, args: &[String]) -> std::process::Output {
    std::process::Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .output()
        .expect("run chromium")
}
