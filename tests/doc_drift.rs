//! Every console block of the docs that quotes `capaian` still matches what
//! it prints.
//!
//! For each `$ capaian …` line in a fenced block of the docs below, the
//! command is run (arguments split as a shell would, double quotes kept
//! together) and the doc's following lines — up to the next `$ ` line or the
//! end of the block — must appear in its output in order: a subsequence of
//! the actual lines, trailing blanks ignored, a line that is only `…` matching
//! anything. `$ echo $?` checks the exit code of the command before it.
//!
//! `CAPAIAN_BLESS_DOCS=1 cargo test doc_drift` rewrites a drifted line with
//! the output line that starts with the same two words (a table row by its
//! unit and indicator, a header by its first columns), for review in
//! `git diff` like a snapshot; lines it cannot match still fail.
//!
//! Commands run in the doc's example folder (`docs/contoh/`, whose
//! `capaian.toml` makes it a project of its own, as a planner's folder is),
//! or in the repository root when an argument names `examples/`.

use crate::support::root;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// How a doc's examples were run.
struct Doc {
    path: &'static str,
    /// The folder commands run in (relative to the repository root) unless an
    /// argument names `examples/`.
    folder: &'static str,
    /// `LANG` for the run; `None` runs with `LC_ALL=C` (English).
    lang: Option<&'static str>,
    /// The doc shows standard output first, then standard error (errors.md
    /// says so); otherwise the two are interleaved as on a terminal.
    stdout_first: bool,
}

const DOCS: &[Doc] = &[
    Doc { path: "docs/panduan.md", folder: "docs/contoh", lang: Some("id_ID.UTF-8"), stdout_first: false },
    Doc { path: "docs/errors.md", folder: "docs/contoh/errors", lang: None, stdout_first: true },
    Doc { path: "README.md", folder: "docs/contoh", lang: None, stdout_first: false },
    Doc { path: "docs/plan-format.md", folder: "docs/contoh", lang: None, stdout_first: false },
    Doc { path: "docs/rules.md", folder: "docs/contoh", lang: None, stdout_first: false },
];

/// Commands that are not run, and why (doc, command as written after `$ `).
/// None today: `echo $?` checks the exit code before it, `-o FILE` runs in a
/// copy of the folder (and the doc's next block must be the file written;
/// `-o DIR`, a folder written, shows none),
/// `diff --base HEAD .` outside any repository (below). A command whose
/// output depends on the machine, the time or an absolute path goes here.
const SKIP: &[(&str, &str, &str)] = &[];

/// Commands run in an empty temporary folder outside any repository.
const OUTSIDE_REPOSITORY: &[(&str, &str, &str)] = &[(
    "docs/errors.md",
    "capaian diff --base HEAD .",
    "shows the error outside a git repository; the docs folder is inside one",
)];

/// Arguments the doc writes for its reader's checkout, and what they are here.
const ARGUMENTS: &[(&str, &str)] = &[
    // The panduan's reader keeps the tool's source folder as `capaian/` next
    // to their plans; here it is the repository root.
    ("capaian/rules", "rules"),
];

/// One `$ ` line of a doc and the lines it shows after it.
struct Example {
    line: usize,
    command: String,
    expected: Vec<(usize, String)>,
    /// The first fenced block after this one (for `-o FILE`: the file's text).
    next_block: Option<Vec<(usize, String)>>,
}

/// Every `$ ` line in a fenced block of `text`.
fn examples(text: &str) -> Vec<Example> {
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks: Vec<(usize, Vec<(usize, String)>)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let fence = lines[i].trim_start();
        if fence.starts_with("```") {
            let indent = lines[i].len() - fence.len();
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() && !lines[i].trim_start().starts_with("```") {
                let l = lines[i];
                let cut = l.len() - l.trim_start().len();
                body.push((i + 1, l[cut.min(indent)..].to_string()));
                i += 1;
            }
            blocks.push((i, body));
        }
        i += 1;
    }
    let mut out = Vec::new();
    for (b, (_, body)) in blocks.iter().enumerate() {
        let next_block = blocks.get(b + 1).map(|(_, lines)| lines.clone());
        let mut current: Option<Example> = None;
        for (n, l) in body {
            if let Some(command) = l.strip_prefix("$ ") {
                out.extend(current.take());
                current = Some(Example {
                    line: *n,
                    command: command.to_string(),
                    expected: Vec::new(),
                    next_block: next_block.clone(),
                });
            } else if let Some(c) = current.as_mut() {
                c.expected.push((*n, l.trim_end().to_string()));
            }
        }
        out.extend(current);
    }
    for e in &mut out {
        while e.expected.last().is_some_and(|(_, l)| l.is_empty()) {
            e.expected.pop();
        }
    }
    out
}

/// Splits a command line as a shell would: spaces separate, double quotes
/// keep spaces.
fn split(command: &str) -> Vec<String> {
    let mut args = Vec::new();
    let mut arg = String::new();
    let (mut quoted, mut started) = (false, false);
    for c in command.chars() {
        match c {
            '"' => (quoted, started) = (!quoted, true),
            ' ' if !quoted => {
                if started {
                    args.push(std::mem::take(&mut arg));
                }
                started = false;
            }
            c => {
                arg.push(c);
                started = true;
            }
        }
    }
    if started {
        args.push(arg);
    }
    args
}

/// Runs `capaian args` in `dir`; returns the exit code and the output lines.
fn run(doc: &Doc, dir: &Path, args: &[String]) -> (i32, Vec<String>) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_capaian"));
    command.args(args).current_dir(dir).env_remove("LC_ALL").env_remove("LC_MESSAGES").env_remove("LANG");
    match doc.lang {
        Some(lang) => command.env("LANG", lang),
        None => command.env("LC_ALL", "C"),
    };
    let (code, text) = if doc.stdout_first {
        let out = command.output().expect("run capaian");
        let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
        text.push_str(&String::from_utf8_lossy(&out.stderr));
        (out.status.code().unwrap_or(-1), text)
    } else {
        // One file for both streams: the order a terminal shows.
        let mut sink = tempfile::tempfile().expect("temp file");
        let both: File = sink.try_clone().unwrap();
        command.stdout(Stdio::from(both.try_clone().unwrap())).stderr(Stdio::from(both));
        let status = command.status().expect("run capaian");
        use std::io::{Read, Seek};
        sink.rewind().unwrap();
        let mut bytes = Vec::new();
        sink.read_to_end(&mut bytes).unwrap();
        (status.code().unwrap_or(-1), String::from_utf8_lossy(&bytes).into_owned())
    };
    assert!(!text.contains("panicked"), "capaian {args:?} panicked:\n{text}");
    (code, text.lines().map(|l| l.trim_end().to_string()).collect())
}

/// The first expected line missing from `actual` (in order), if any.
fn missing<'a>(expected: &'a [(usize, String)], actual: &[String]) -> Option<&'a (usize, String)> {
    let mut at = 0;
    for e in expected {
        if e.1.trim() == "…" {
            continue;
        }
        match actual[at..].iter().position(|a| *a == e.1) {
            Some(p) => at += p + 1,
            None => return Some(e),
        }
    }
    None
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn listed<'a>(list: &'a [(&str, &str, &str)], doc: &str, command: &str) -> Option<&'a str> {
    list.iter().find(|(d, c, _)| *d == doc && *c == command).map(|(_, _, why)| *why)
}

/// The output line that replaces drifted doc line `line`: the unused one
/// starting with the same two words.
fn blessed(line: &str, actual: &[String], used: &mut Vec<usize>) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().take(2).collect();
    if words.is_empty() {
        return None;
    }
    // Of several lines starting alike (`= saran: aturan validasi …`), the
    // one sharing the longest beginning with the old line.
    let common = |a: &str| a.chars().zip(line.chars()).take_while(|(x, y)| x == y).count();
    let best = |n: usize, at_least: usize| {
        (0..actual.len())
            .filter(|i| !used.contains(i) && actual[*i].split_whitespace().take(n).eq(words.iter().take(n).copied()))
            .filter(|i| common(&actual[*i]) >= at_least)
            .max_by_key(|i| (common(&actual[*i]), std::cmp::Reverse(*i)))
    };
    // Else a line whose first word and a long beginning agree (a location
    // `--> file:70:10` whose line number moved).
    let i = best(2, 0).or_else(|| best(1, 12))?;
    used.push(i);
    Some(actual[i].clone())
}

/// Checks one doc; returns its failures and how many commands it ran.
fn check(doc: &Doc) -> (Vec<String>, usize) {
    let text = std::fs::read_to_string(root().join(doc.path)).unwrap();
    let bless = std::env::var_os("CAPAIAN_BLESS_DOCS").is_some();
    // Line number, the doc's line as compared, the output line replacing it.
    let mut rewrites: Vec<(usize, String, String)> = Vec::new();
    let mut failures = Vec::new();
    let mut ran = 0;
    let mut last: Option<i32> = None;
    for e in examples(&text) {
        let at = format!("{}:{}", doc.path, e.line);
        if e.command == "echo $?" {
            let want = e.expected.first().map(|(_, l)| l.trim().to_string());
            match (last, want) {
                (Some(code), Some(want)) if code.to_string() != want => {
                    failures.push(format!("{at}: `echo $?` shows {want}, but the command before exited with {code}"))
                }
                (Some(_), Some(_)) | (None, _) => {}
                (Some(_), None) => failures.push(format!("{at}: `echo $?` shows no code")),
            }
            continue;
        }
        last = None;
        if listed(SKIP, doc.path, &e.command).is_some() {
            continue;
        }
        let Some(rest) = e.command.strip_prefix("capaian ") else {
            failures.push(format!("{at}: `$ {}` is no capaian command: run it here or list it in SKIP", e.command));
            continue;
        };
        let mut args: Vec<String> = split(rest)
            .into_iter()
            .map(|a| {
                ARGUMENTS.iter().find(|(w, _)| *w == a).map_or(a, |(_, here)| root().join(here).display().to_string())
            })
            .collect();
        let names_examples = args.iter().any(|a| a.starts_with("examples/"));
        let writes = args.iter().position(|a| a == "-o" || a == "--output").and_then(|i| args.get(i + 1)).cloned();
        let mut temp = None;
        // A file written from the examples goes to a temporary folder, never
        // into the repository.
        let mut written_at = None;
        if let (true, Some(i)) = (names_examples, args.iter().position(|a| a == "-o" || a == "--output")) {
            let t = tempfile::tempdir().unwrap();
            if let Some(file) = args.get_mut(i + 1) {
                let at = t.path().join(&*file);
                *file = at.display().to_string();
                written_at = Some(at);
            }
            temp = Some(t);
        }
        let dir: PathBuf = if listed(OUTSIDE_REPOSITORY, doc.path, &e.command).is_some() {
            let t = tempfile::tempdir().unwrap();
            let d = t.path().to_path_buf();
            temp = Some(t);
            d
        } else if names_examples {
            root()
        } else if writes.is_some() {
            // Never write into the repository: run in a copy of the folder.
            let t = tempfile::tempdir().unwrap();
            copy_dir(&root().join(doc.folder), t.path());
            let d = t.path().to_path_buf();
            temp = Some(t);
            d
        } else {
            root().join(doc.folder)
        };
        let (code, actual) = run(doc, &dir, &args);
        ran += 1;
        last = Some(code);
        if bless && missing(&e.expected, &actual).is_some() {
            let mut used = Vec::new();
            for (n, l) in &e.expected {
                if l.trim() != "…"
                    && !actual.contains(l)
                    && let Some(new) = blessed(l, &actual, &mut used)
                {
                    rewrites.push((*n, l.clone(), new));
                }
            }
        }
        if let Some((n, l)) = missing(&e.expected, &actual).filter(|(n, _)| !rewrites.iter().any(|(r, _, _)| r == n)) {
            failures.push(format!(
                "{at}: `$ {}`: line {n} of the doc is not in the output:\n    {l}\n  actual output:\n{}",
                e.command,
                actual.iter().map(|a| format!("    {a}")).collect::<Vec<_>>().join("\n")
            ));
        }
        // A folder written (`template -o DIR`) is no file to show.
        if let Some(file) = writes.filter(|w| !dir.join(w).is_dir()) {
            // The doc shows the written file in the next block.
            let written =
                std::fs::read_to_string(written_at.clone().unwrap_or_else(|| dir.join(&file))).unwrap_or_default();
            let written: Vec<String> = written.lines().map(|l| l.trim_end().to_string()).collect();
            let shown: Vec<(usize, String)> = e
                .next_block
                .clone()
                .unwrap_or_default()
                .into_iter()
                .map(|(n, l)| (n, l.trim_end().to_string()))
                .collect();
            if let Some((n, l)) = missing(&shown, &written) {
                failures.push(format!("{at}: `$ {}`: line {n} of the doc is not in {file}:\n    {l}", e.command));
            }
        }
        drop(temp);
    }
    if !rewrites.is_empty() {
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        for (n, was, new) in rewrites {
            // Only the indentation of the code block itself (a block inside
            // a list item) is the doc's; the rest is the output's own.
            let old = lines[n - 1].trim_end();
            let indent = &old[..old.len().saturating_sub(was.len())];
            lines[n - 1] = format!("{indent}{new}");
        }
        let mut out = lines.join("\n");
        out.push('\n');
        std::fs::write(root().join(doc.path), out).unwrap();
    }
    (failures, ran)
}

#[test]
fn docs_quote_the_current_output() {
    let mut failures = Vec::new();
    for doc in DOCS {
        let (f, ran) = check(doc);
        println!("{}: {ran} commands run", doc.path);
        assert!(ran > 0, "{}: no `$ capaian` command found", doc.path);
        failures.extend(f);
    }
    assert!(
        failures.is_empty(),
        "{} doc example(s) drifted from the output:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn command_lines_split_like_a_shell() {
    assert_eq!(split(r#"eval p.csv --period "TW II 2024""#), ["eval", "p.csv", "--period", "TW II 2024"]);
    assert_eq!(split(r#"calc "1 +""#), ["calc", "1 +"]);
    assert_eq!(split("a  b"), ["a", "b"]);
}
