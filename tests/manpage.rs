//! `capaian manpage`: the roff pages render, one per command.

use crate::support::Test;

/// Renders roff with `man -l` where man is installed (None elsewhere, so
/// the roff checks below still run on a machine without it).
fn rendered(page: &std::path::Path) -> Option<String> {
    let out = std::process::Command::new("man").arg("-l").arg(page).env("MANWIDTH", "100").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).to_string())
}

#[test]
fn the_main_page_goes_to_standard_output() {
    let out = Test::new().args(["manpage"]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with(".ie \\n(.g .ds Aq"), "{}", out.stdout);
    assert!(out.stdout.contains(".TH capaian 1"), "{}", out.stdout);
    assert!(out.stdout.contains(".SH SUBCOMMANDS") && out.stdout.contains("capaian\\-eval(1)"), "{}", out.stdout);
}

#[test]
fn with_o_every_command_gets_a_page_that_man_renders() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("man1");
    let out = Test::new().args(["--lang", "id", "manpage", "-o", out_dir.to_str().unwrap()]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("capaian-eval.1") && out.stderr.contains("ditulis ke"), "{}", out.stderr);
    let help = Test::new().args(["--help"]).output().stdout;
    // Every command the help lists has its page, with NAME and SYNOPSIS.
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 15, "{commands:?}");
    for c in commands {
        let page = out_dir.join(format!("capaian-{c}.1"));
        let roff = std::fs::read_to_string(&page).unwrap_or_else(|e| panic!("{}: {e}", page.display()));
        assert!(roff.contains(".SH NAME") && roff.contains(".SH SYNOPSIS"), "{c}: {roff}");
        assert!(roff.contains(&format!("capaian {c}")), "{c}: {roff}");
        if let Some(text) = rendered(&page) {
            // man justifies lines, so the synopsis may read "capaian  eval".
            assert!(text.contains("SYNOPSIS") && text.contains(&format!("capaian-{c}(1)")), "{c}: {text}");
        }
    }
    // The Indonesian help is in the page, as in `--help`.
    let eval = std::fs::read_to_string(out_dir.join("capaian-eval.1")).unwrap();
    assert!(eval.contains("Hitung target, realisasi, capaian dan kategori"), "{eval}");
    // A second run replaces the pages.
    let again = Test::new().args(["manpage", "-o", out_dir.to_str().unwrap()]).output();
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(std::fs::read_to_string(out_dir.join("capaian-eval.1")).unwrap().contains("Compute target"));
}
