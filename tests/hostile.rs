//! Hostile input (issue 9): rule files and case plans from strangers,
//! look-alike and shadowing rules, symlink loops, outputs onto inputs or
//! devices, empty test selections, option-like git revisions.

use crate::support::{Output, run_in};
use std::os::unix::fs::{FileTypeExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::Command;

const PLAN: &str =
    "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\n[[indicator]]\nid = \"A\"\ntarget = 100\nrealisasi = 80\n";

fn plan_with_rule(rule: &str) -> String {
    format!("{PLAN}\n[[indicator]]\nid = \"B\"\ntarget = 100\nrealisasi = 80\nrule = \"{rule}\"\n")
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

fn eval(dir: &Path, rule: &str) -> Output {
    write(dir, "p.toml", plan_with_rule(rule));
    run_in(dir, ["eval", "p.toml", "--format", "csv"])
}

#[test]
fn rule_files_are_read_only_when_regular_utf8_small_and_inside_the_folder() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "secret.rhai", "SECRET-LINE let x = 1;\n");
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    std::fs::create_dir_all(dir.join("rules")).unwrap();
    symlink(outside.path().join("secret.rhai"), dir.join("rules/secret.rhai")).unwrap();
    symlink("/dev/zero", dir.join("rules/zero.rhai")).unwrap();
    mkfifo(&dir.join("rules/fifo.rhai"));
    write(dir, "rules/latin.rhai", b"// caf\xe9\nfn capaian(x) { 1 }\n");
    write(dir, "rules/big.rhai", vec![b' '; 2 << 20]);

    let out = eval(dir, "secret");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[file/outside-folder]: `rules/secret.rhai` leads outside `rules`"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("SECRET-LINE"), "{}", out.stderr);
    let out = eval(dir, "zero");
    assert!(out.stderr.contains("error[file/outside-folder]"), "{}", out.stderr);
    let out = eval(dir, "fifo");
    assert!(out.stderr.contains("error[file/not-regular]: `rules/fifo.rhai` is not a regular file"), "{}", out.stderr);
    let out = eval(dir, "latin");
    assert!(
        out.stderr.contains("error[file/not-utf8]: `rules/latin.rhai` is not UTF-8 text (first bad byte on line 1)"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("did you mean"), "{}", out.stderr);
    let out = eval(dir, "big");
    assert!(
        out.stderr.contains("error[file/too-large]: `rules/big.rhai` is larger than capaian reads (1024 KiB)"),
        "{}",
        out.stderr
    );
    // The good indicator is still computed each time.
    assert!(out.stdout.contains("u,A,,2024,100,80,80.00,"), "{}", out.stdout);
}

#[test]
fn a_case_plan_stays_inside_the_repository() {
    let t = tempfile::tempdir().unwrap();
    let repo = t.path().join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    write(t.path(), "outside.toml", PLAN);
    write(&repo, "p.toml", PLAN);
    let case = |plan: &str| format!("plan = \"{plan}\"\n[[case]]\nindicator = \"A\"\nexpect = {{ capaian = 80 }}\n");
    write(&repo, "tests/ok.toml", case("../p.toml"));
    let out = run_in(&repo, ["test", "."]);
    assert_eq!((out.code, out.stdout.as_str()), (0, "1 passed, 0 failed\n"), "{}", out.stderr);
    for plan in ["../../outside.toml", "/etc/passwd"] {
        write(&repo, "tests/ok.toml", case(plan));
        let out = run_in(&repo, ["test", "."]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        let expected = format!("error[case/plan-outside]: the case's plan `{plan}` lies outside `");
        assert!(out.stderr.contains(&expected), "{}", out.stderr);
        assert!(out.stderr.contains("--> tests/ok.toml:3:13"), "{}", out.stderr);
    }
}

#[test]
fn look_alike_names_and_rule_folders_above_the_repository_are_not_rules() {
    let t = tempfile::tempdir().unwrap();
    // A stranger's rules/ two folders above the plan, outside any repository.
    write(t.path(), "rules/standard/positif.rhai", "fn capaian(x) { 999 }\n");
    let dir = t.path().join("a/b");
    std::fs::create_dir_all(&dir).unwrap();
    let out = eval(&dir, "standard/positif");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("u,B,,2024,100,80,80.00,"), "{}", out.stdout);
    // `standard/pоsitif` with a Cyrillic `о`, beside the real one.
    write(&dir, "rules/standard/p\u{43e}sitif.rhai", "fn capaian(x) { 999 }\n");
    let out = eval(&dir, "standard/p\u{43e}sitif");
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[rule/invalid-name]: `standard/p\u{43e}sitif` is not a valid rule name"),
        "{}",
        out.stderr
    );
    assert!(!out.stdout.contains("999"), "{}", out.stdout);
}

#[test]
fn a_local_rule_that_hides_the_library_is_a_warning_once() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    write(dir, "rules/standard/positif.rhai", "fn capaian(x) { 999 }\n");
    write(dir, "p.toml", plan_with_rule("standard/positif"));
    let expected = "warning[rule/shadowed]: rule `standard/positif` is read from `rules/standard/positif.rhai`, which hides `<builtin>/rules/standard/positif.rhai`";
    let out = run_in(dir, ["eval", "p.toml"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr.matches(expected).count(), 1, "{}", out.stderr);
    let out = run_in(dir, ["check", "p.toml"]);
    assert_eq!(out.stdout.matches(expected).count(), 1, "{}", out.stdout);
    assert_eq!(run_in(dir, ["check", "--strict", "p.toml"]).code, 1);
    let out = run_in(dir, ["explain", "p.toml", "B"]);
    assert!(out.stdout.contains("rules/standard/positif.rhai"), "{}", out.stdout);
}

#[test]
fn one_walker_no_loops_each_plan_once_links_out_refused() {
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "stranger.toml", PLAN.replace("id = \"u\"", "id = \"stranger\""));
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    write(dir, "plans/p.toml", PLAN);
    symlink(".", dir.join("plans/a")).unwrap();
    symlink(".", dir.join("plans/b")).unwrap();
    symlink("p.toml", dir.join("plans/same.toml")).unwrap();
    symlink(outside.path(), dir.join("plans/ext")).unwrap();
    let out = run_in(dir, ["eval", "plans", "--format", "csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    assert!(
        out.stderr.contains("warning[file/link-outside]: `plans/ext` links outside `plans` and is not read"),
        "{}",
        out.stderr
    );
    assert!(!out.stdout.contains("stranger"), "{}", out.stdout);
    // Case discovery walks the same way.
    let out = run_in(dir, ["test", "plans"]);
    assert!(out.stderr.contains("test/no-cases"), "{}", out.stderr);
}

#[test]
fn outputs_never_replace_inputs_links_or_devices() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    write(dir, "plans/p.toml", PLAN);
    // Onto the plan itself.
    let out = run_in(dir, ["eval", "plans/p.toml", "-o", "plans/p.toml"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("error[output/is-input]: `-o plans/p.toml` is one of the inputs"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("plans/p.toml")).unwrap(), PLAN);
    // Onto a pipe.
    mkfifo(&dir.join("fifo"));
    let out = run_in(dir, ["eval", "plans/p.toml", "-o", "fifo"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("error[output/not-regular]: `-o fifo` is not a regular file"), "{}", out.stderr);
    assert!(std::fs::symlink_metadata(dir.join("fifo")).unwrap().file_type().is_fifo());
    // Through a link: the file it leads to is written, the link stays.
    write(dir, "real.csv", "old");
    std::fs::set_permissions(dir.join("real.csv"), std::fs::Permissions::from_mode(0o640)).unwrap();
    symlink("real.csv", dir.join("link.csv")).unwrap();
    let out = run_in(dir, ["eval", "plans/p.toml", "--format", "csv", "-o", "link.csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(std::fs::symlink_metadata(dir.join("link.csv")).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(dir.join("real.csv")).unwrap().starts_with("unit,indicator"));
    assert_eq!(std::fs::metadata(dir.join("real.csv")).unwrap().permissions().mode() & 0o777, 0o640);
    // A new report gets a new file's mode, not the temporary file's 0600.
    write(dir, "ordinary", "");
    let ordinary = std::fs::metadata(dir.join("ordinary")).unwrap().permissions().mode();
    let out = run_in(dir, ["eval", "plans/p.toml", "--format", "csv", "-o", "plans/report.csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(std::fs::metadata(dir.join("plans/report.csv")).unwrap().permissions().mode(), ordinary);
    // No temporary file is left behind, whatever happened.
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("plans")).unwrap())
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".capaian-"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
    // The report in the plans folder is not read back as a plan.
    let out = run_in(dir, ["eval", "plans", "--format", "csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 2, "{}", out.stdout);
    assert!(
        out.stderr.contains(
            "warning[file/is-report]: `plans/report.csv` is a report written by capaian, not a plan; skipped"
        ),
        "{}",
        out.stderr
    );
}

#[test]
fn test_with_a_missing_path_or_nothing_selected_fails() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    let out = run_in(dir, ["test", "no/such", "--coverage-min", "100"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("error[file/unreadable]: cannot read `no/such`"), "{}", out.stderr);
    let out = run_in(dir, ["test", ".", "--coverage-min", "100"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("warning[test/no-cases]: no case files under `.`"), "{}", out.stderr);
    write(
        dir,
        "tests/c.toml",
        "[[case]]\nname = \"one\"\nindicator = { target = 10, realisasi = 8 }\nexpect = { capaian = 80 }\n",
    );
    let out = run_in(dir, ["test", ".", "--filter", "nothing-like-it"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("warning[test/no-match]: no case matches `--filter nothing-like-it`"),
        "{}",
        out.stderr
    );
    assert_eq!(run_in(dir, ["test", "."]).code, 0);
}

#[test]
fn git_revisions_are_never_options_and_must_be_commits() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path();
    write(dir, "p.toml", PLAN);
    write(dir, "rules/x.rhai", "fn capaian(x) { 1 }\n");
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"])
            .args(args)
            .current_dir(dir)
            .status()
            .unwrap()
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let out = run_in(dir, ["diff", "--base=--output=written-by-git", "."]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("error[git/unknown-revision]: unknown git revision `--output=written-by-git`"),
        "{}",
        out.stderr
    );
    assert!(!dir.join("written-by-git").exists());
    let out = run_in(dir, ["diff", "--base", "HEAD:rules", "."]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("error[git/not-a-commit]: `HEAD:rules` is not a commit"), "{}", out.stderr);
    assert_eq!(run_in(dir, ["diff", "--base", "HEAD", "."]).code, 0);
}
