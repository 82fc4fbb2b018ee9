//! `capaian manpage`: manual pages in roff, made by `clap_mangen` from the
//! same clap definition as `--help` and the completions, so a new option
//! reaches the page without anyone writing it twice. The page is in the
//! run's language the way `--help` is (`help::command`): the descriptions
//! come from the catalogue, the section headings (NAME, SYNOPSIS …) stay
//! those of every manual page.
//!
//! Without `-o` the main page goes to standard output (`capaian manpage |
//! man -l -`); with `-o DIR` one page per command, `capaian.1` and
//! `capaian-eval.1` …, each written atomically through `output.rs`.

use super::commands::{eprint_all, print_out};
use super::{EXIT_OK, EXIT_UNUSABLE, help};
use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::lang::Lang;
use std::path::Path;

/// Runs `capaian manpage [-o DIR]`.
pub(super) fn manpage_cmd(dir: Option<&Path>, lang: Lang) -> i32 {
    let pages = match pages(lang) {
        Ok(p) => p,
        Err(e) => return unwritable("-", &e),
    };
    let Some(dir) = dir else {
        // The first page is the main one; the others only go to files.
        print_out(&String::from_utf8_lossy(&pages[0].1));
        return EXIT_OK;
    };
    if let Err(e) = std::fs::create_dir_all(dir) {
        return unwritable(&dir.display().to_string(), &e);
    }
    for (name, roff) in &pages {
        if let Err(d) = crate::output::write_output(&dir.join(name), roff, &[]) {
            eprint_all(&[d]);
            return EXIT_UNUSABLE;
        }
    }
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    let text = Text::ManpagesWritten { dir: dir.display().to_string(), files: names.join(", ") };
    eprintln!("{}", text.message(lang));
    EXIT_OK
}

fn unwritable(path: &str, e: &std::io::Error) -> i32 {
    eprint_all(&[Diagnostic::error(Kind::FileUnwritable { path: path.to_string(), reason: e.to_string() })]);
    EXIT_UNUSABLE
}

/// Every page as `(file name, roff)`: the main page first, then one per
/// subcommand, named `capaian-NAME.1` as `clap_mangen::generate_to` names
/// them (its own writer is not used: it writes in place, not atomically).
pub(super) fn pages(lang: Lang) -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut command = help::command(lang).disable_help_subcommand(true);
    command.build();
    let mut pages = vec![render(command.clone())?];
    for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        pages.push(render(sub.clone())?);
    }
    Ok(pages)
}

fn render(command: clap::Command) -> std::io::Result<(String, Vec<u8>)> {
    let man = clap_mangen::Man::new(command);
    let mut roff = Vec::new();
    man.render(&mut roff)?;
    Ok((man.get_filename(), roff))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subcommand_has_a_page_with_name_and_synopsis() {
        let pages = pages(Lang::En).unwrap();
        let names: Vec<&str> = pages.iter().map(|p| p.0.as_str()).collect();
        assert_eq!(names[0], "capaian.1");
        for sub in ["capaian-eval.1", "capaian-report.1", "capaian-definitions.1", "capaian-manpage.1"] {
            assert!(names.contains(&sub), "{sub} missing from {names:?}");
        }
        for (name, roff) in &pages {
            let roff = String::from_utf8_lossy(roff);
            assert!(roff.starts_with(".ie \\n(.g .ds Aq"), "{name}: {roff}");
            assert!(roff.contains(".SH NAME") && roff.contains(".SH SYNOPSIS"), "{name}: {roff}");
        }
    }

    #[test]
    fn the_indonesian_page_carries_the_indonesian_help() {
        let pages = pages(Lang::Id).unwrap();
        let eval = pages.iter().find(|p| p.0 == "capaian-eval.1").unwrap();
        let roff = String::from_utf8_lossy(&eval.1);
        assert!(roff.contains("Tampilkan bantuan"), "{roff}");
        assert!(!roff.contains("Print help"), "{roff}");
    }
}
