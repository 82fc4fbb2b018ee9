//! The command line's own help in the reader's language.
//!
//! clap's derive takes help from doc comments, which are English. For
//! another language every command and argument gets its text from the
//! catalogue (`cli-…` messages of `locales/id.ftl`), with the accepted values
//! and the default written into that text, since clap prints its own
//! "possible values" and "default" labels in English. A test makes sure no
//! command or argument lacks a translation.

use super::args::Cli;
use crate::lang::Lang;
use clap::CommandFactory;

/// The command-line definition with its help in `lang`.
pub(super) fn command(lang: Lang) -> clap::Command {
    let command = Cli::command();
    if lang == Lang::En {
        return command;
    }
    let template = format!(
        "{{about-with-newline}}\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        text(lang, "cli-usage").unwrap_or_else(|| "Usage".into())
    );
    localize(command, lang, "cli", &template)
}

fn text(lang: Lang, id: &str) -> Option<String> {
    lang.format(id, None, &[])
}

/// An argument's help: its own (`cli-eval-period`), else that of the
/// options every plan-reading command shares (`cli-input-numbers`), as the
/// English comes from one shared definition.
fn arg_text(lang: Lang, path: &str, id: &str) -> Option<String> {
    text(lang, &format!("{path}-{id}")).or_else(|| text(lang, &format!("cli-input-{id}")))
}

fn localize(mut command: clap::Command, lang: Lang, path: &str, template: &str) -> clap::Command {
    if let Some(about) = text(lang, path) {
        command = command.about(about.clone()).long_about(about);
    }
    command = command.help_template(template.to_string());
    // clap adds -h and -V while building, too late to reword them: they are
    // declared here instead, with the same behaviour.
    command = command
        .disable_help_flag(true)
        .arg(clap::Arg::new("help").short('h').long("help").action(clap::ArgAction::Help));
    if path == "cli" {
        command = command
            .disable_version_flag(true)
            .arg(clap::Arg::new("version").short('V').long("version").action(clap::ArgAction::Version));
    }
    if let Some(h) = text(lang, "cli-heading-commands") {
        command = command.subcommand_help_heading(h);
    }
    let ids: Vec<String> = command.get_arguments().map(|a| a.get_id().to_string()).collect();
    for id in ids {
        let help = match id.as_str() {
            "help" => text(lang, "cli-help"),
            "version" => text(lang, "cli-version"),
            _ => arg_text(lang, path, &id),
        };
        let (options, arguments) = (text(lang, "cli-heading-options"), text(lang, "cli-heading-arguments"));
        command = command.mut_arg(id.as_str(), |a| {
            let a = match help {
                Some(h) if a.get_action().takes_values() => {
                    a.help(h.clone()).long_help(h).hide_possible_values(true).hide_default_value(true)
                }
                Some(h) => a.help(h.clone()).long_help(h),
                None => a,
            };
            match if a.is_positional() { arguments } else { options } {
                Some(h) => a.help_heading(h),
                None => a,
            }
        });
    }
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_string()).collect();
    for name in names {
        let sub_path = format!("{path}-{name}");
        command = command.mut_subcommand(name.as_str(), |s| localize(s, lang, &sub_path, template));
    }
    command
}

/// The language asked for on the command line (`--lang id`, `--lang=en`),
/// read before parsing so that `--help` and usage errors are in it too.
pub(super) fn lang_in_args(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut it = args.iter().filter_map(|a| a.to_str());
    while let Some(a) = it.next() {
        if a == "--lang" {
            return it.next().and_then(Lang::from_name);
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::from_name(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
        if !Lang::Id.has(path, None) {
            missing.push(path.to_string());
        }
        for a in command.get_arguments() {
            let id = a.get_id().as_str();
            if id != "help" && id != "version" && arg_text(Lang::Id, path, id).is_none() {
                missing.push(format!("{path}-{id}"));
            }
        }
        for s in command.get_subcommands() {
            walk(s, &format!("{path}-{}", s.get_name()), missing);
        }
    }

    #[test]
    fn every_command_and_argument_has_indonesian_help() {
        let mut missing = Vec::new();
        walk(&Cli::command(), "cli", &mut missing);
        assert!(missing.is_empty(), "locales/id.ftl lacks: {missing:?}");
    }

    #[test]
    fn indonesian_help_renders() {
        let mut c = command(Lang::Id);
        let help = c.render_long_help().to_string();
        assert!(help.contains("Pemakaian: capaian"), "{help}");
        assert!(help.contains("Perintah:"), "{help}");
        assert!(!help.contains("Print help") && !help.contains("Options:"), "{help}");
        let mut eval = command(Lang::Id);
        let eval = eval.find_subcommand_mut("eval").unwrap().render_long_help().to_string();
        assert!(eval.contains("Argumen:") && eval.contains("Opsi:") && eval.contains("Tampilkan bantuan"), "{eval}");
    }

    #[test]
    fn lang_is_read_before_parsing() {
        let args = |v: &[&str]| v.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_in_args(&args(&["capaian", "eval", "--lang", "id", "x"])), Some(Lang::Id));
        assert_eq!(lang_in_args(&args(&["capaian", "--lang=en", "eval"])), Some(Lang::En));
        assert_eq!(lang_in_args(&args(&["capaian", "eval"])), None);
    }
}
