//! Generated documentation stays in step with the engine.

use crate::support::{Test, root};

#[test]
fn function_reference_is_current() {
    let out = Test::new().args(["functions"]).output();
    assert_eq!(out.code, 0);
    let file = std::fs::read_to_string(root().join("docs/functions.md")).unwrap();
    assert!(file == out.stdout, "docs/functions.md is out of date: run `cargo run -- functions > docs/functions.md`");
}

#[test]
fn indonesian_function_reference_is_current() {
    let out = Test::new().args(["functions", "--lang", "id"]).output();
    assert_eq!(out.code, 0);
    let file = std::fs::read_to_string(root().join("docs/functions.id.md")).unwrap();
    assert!(
        file == out.stdout,
        "docs/functions.id.md is out of date: run `cargo run -- functions --lang id > docs/functions.id.md`"
    );
}

#[test]
fn error_codes_in_the_docs_are_current() {
    let file = std::fs::read_to_string(root().join("docs/errors.md")).unwrap();
    let (start, end) = ("<!-- codes:start -->\n", "<!-- codes:end -->");
    let (Some(a), Some(b)) = (file.find(start), file.find(end)) else {
        panic!("docs/errors.md has no {start:?} … {end:?} section");
    };
    let listed = &file[a + start.len()..b];
    assert!(
        listed == capaian::codes_reference(),
        "docs/errors.md's code list is out of date: replace the part between the markers with `capaian codes`"
    );
}

#[test]
fn completions_for_every_shell_come_from_the_command_line_itself() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = Test::new().args(["completions", shell]).output();
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        for word in ["capaian", "eval", "explain", "period", "lang", "completions"] {
            assert!(out.stdout.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(Test::new().args(["completions", "cmd"]).output().code, 2);
}
