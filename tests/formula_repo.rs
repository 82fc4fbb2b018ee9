//! A formula repository of its own (examples/formula-repo): its
//! capaian.toml names the library, and `test`, `check` and `diff` run in it
//! as a unit's CI would run them.

use crate::support::root;
use std::path::Path;
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn run(dir: &Path, program: &str, args: &[&str]) -> (i32, String, String) {
    let program = if program == "capaian" { env!("CARGO_BIN_EXE_capaian") } else { program };
    let out = Command::new(program)
        .args(args)
        .env("LC_ALL", "C")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_example_formula_repository_runs_test_check_and_diff_with_the_library_its_config_names() {
    // The example and the library at the same places relative to each
    // other (capaian.toml says `rules = ["../../rules"]`), in a git
    // repository of their own.
    let temp = tempfile::tempdir().unwrap();
    let top = temp.path();
    copy_dir(&root().join("examples/formula-repo"), &top.join("examples/formula-repo"));
    copy_dir(&root().join("rules"), &top.join("rules"));
    let repo = top.join("examples/formula-repo");
    let git = |args: &[&str]| {
        let mut all = vec!["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"];
        all.extend_from_slice(args);
        let (code, _, err) = run(top, "git", &all);
        assert_eq!(code, 0, "git {args:?}: {err}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);

    let (code, out, err) = run(&repo, "capaian", &["test", ".", "--coverage-min", "80"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.ends_with("9 passed, 0 failed\n"), "{out}");
    // Only the repository's own rules are gated, not the library's.
    assert!(out.contains("rules/satker/capaian-dibatasi.rhai"), "{out}");
    assert!(!out.contains("kemenkeu/nka.rhai"), "{out}");

    let (code, out, err) = run(&repo, "capaian", &["check", "--strict", "."]);
    assert_eq!(code, 0, "{out}{err}");

    let (code, out, err) = run(&repo, "capaian", &["diff", "--base", "HEAD", "."]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 of 12 indicator-period(s) changed against HEAD"), "{out}");

    // A change to the unit's rule is listed, by case name too.
    let rule = repo.join("rules/satker/capaian-dibatasi.rhai");
    let text = std::fs::read_to_string(&rule).unwrap();
    std::fs::write(&rule, text.replace("#{ capaian: c,", "#{ capaian: min(c, batas),")).unwrap();
    let (code, out, err) = run(&repo, "capaian", &["diff", "--base", "HEAD", "."]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("rule satker/capaian-dibatasi"), "{out}");
    assert!(out.contains("R 100 of T 80 → capaian 125, nilai held at 120: capaian 125.00 → 120.00"), "{out}");

    // Without the config the library is out of reach.
    std::fs::remove_file(repo.join("capaian.toml")).unwrap();
    std::fs::write(repo.join("capaian.toml"), "").unwrap();
    let (code, out, _) = run(&repo, "capaian", &["test", "."]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("unknown rule `kemenkeu/nka`"), "{out}");
}

#[test]
fn a_config_naming_a_missing_folder_is_a_usage_error_at_its_line() {
    let temp = tempfile::tempdir().unwrap();
    std::fs::write(temp.path().join("capaian.toml"), "rules = [\"../nowhere\"]\n").unwrap();
    let (code, _, err) = run(temp.path(), "capaian", &["test", "."]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("error[config/rules-not-a-folder]: capaian.toml names the rule folder `../nowhere`"), "{err}");
    assert!(err.contains("capaian.toml:1:10"), "{err}");
    std::fs::write(temp.path().join("capaian.toml"), "rules = \"../lib\"\nrulez = 1\n").unwrap();
    let (code, _, err) = run(temp.path(), "capaian", &["check", "."]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("unknown key `rulez` in capaian.toml"), "{err}");
    assert!(err.contains("`rules` in capaian.toml must be a list of rule folders"), "{err}");
}
