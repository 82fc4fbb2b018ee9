//! The command line: clap types stay here; each subcommand turns its
//! arguments into library calls. Only the policy of which rule folders
//! apply (`rules`) is built without the `cli` feature, for embedders that
//! want the command line's choice without clap.

#[cfg(feature = "cli")]
mod args;
#[cfg(feature = "cli")]
mod collect;
#[cfg(feature = "cli")]
mod commands;
#[cfg(feature = "cli")]
mod help;
#[cfg(feature = "cli")]
mod manpage;
#[cfg(feature = "cli")]
mod progress;
#[cfg(feature = "cli")]
mod rollup;
pub(crate) mod rules;

#[cfg(feature = "cli")]
use args::Cli;
#[cfg(feature = "cli")]
use clap::FromArgMatches;
#[cfg(feature = "cli")]
use std::ffi::OsString;

/// Exit code: everything computed.
#[cfg(feature = "cli")]
pub(crate) const EXIT_OK: i32 = 0;
/// Exit code: some indicator failed (the others are still reported).
#[cfg(feature = "cli")]
pub(crate) const EXIT_FAILED: i32 = 1;
/// Exit code: the input could not be read at all, or wrong usage.
#[cfg(feature = "cli")]
pub(crate) const EXIT_UNUSABLE: i32 = 2;

/// Runs the tool on command-line arguments and returns the exit code.
#[cfg(feature = "cli")]
pub(crate) fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    let args: Vec<OsString> = args.into_iter().collect();
    let lang = help::lang_in_args(&args).unwrap_or_else(crate::lang::Lang::from_env);
    // Help texts do not change what arguments mean: a command line that
    // parses is parsed on the plain definition, and the one in the reader's
    // language (every command's help looked up in the catalogue, a tenth of
    // a one-unit `eval` in Indonesian) is built only to print help, the
    // version or a usage error.
    let parse = |command: clap::Command| command.try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m));
    let parsed = match parse(<Cli as clap::CommandFactory>::command()) {
        Err(_) if lang != crate::lang::Lang::En => parse(help::command(lang)),
        plain => plain,
    };
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_UNUSABLE } else { EXIT_OK };
            let _ = e.print();
            return code;
        }
    };
    commands::dispatch(cli)
}
