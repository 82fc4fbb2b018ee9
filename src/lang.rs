//! The language a run speaks: Bahasa Indonesia or English.
//!
//! Every user-facing sentence lives in a Fluent catalogue (`locales/id.ftl`,
//! `locales/en.ftl`) under the stable code of what it says, so a translator
//! edits one text file per language and code never branches on wording.
//! Parameters are passed as text, never as Fluent numbers: Fluent would turn
//! them into floats, and every figure here is an exact decimal already
//! written the way the run prints numbers.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::sync::OnceLock;

/// A language of messages, help, labels and report headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// Bahasa Indonesia, what planners read.
    Id,
    /// English, the default outside an Indonesian locale.
    #[default]
    En,
}

impl Lang {
    /// Every language, in the order catalogues are checked.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// `id` or `en`.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Reads `id`/`en` (and locale-style `id_ID.UTF-8`, `en-US`).
    pub fn from_name(text: &str) -> Option<Lang> {
        let primary = text.split(['_', '-', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match primary.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the environment asks for, by POSIX precedence: the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty;
    /// an Indonesian locale (`id_*`) gives Indonesian, anything else English.
    pub fn from_env() -> Lang {
        Self::from_vars(|k| std::env::var(k).ok())
    }

    fn from_vars(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| get(k).filter(|v| !v.is_empty()))
            .and_then(|v| Lang::from_name(&v))
            .unwrap_or_default()
    }

    fn source(self) -> &'static str {
        match self {
            Lang::Id => include_str!("../locales/id.ftl"),
            Lang::En => include_str!("../locales/en.ftl"),
        }
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: OnceLock<[FluentBundle<FluentResource>; 2]> = OnceLock::new();
        let all = BUNDLES.get_or_init(|| Lang::ALL.map(build_bundle));
        &all[Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)]
    }

    /// The message `id` (or its attribute `attr`) with `args`, or `None` when
    /// the catalogue lacks it (a test makes sure it never does for a code).
    pub fn format(self, id: &str, attr: Option<&str>, args: &[(&str, &str)]) -> Option<String> {
        let bundle = self.bundle();
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, FluentValue::from(*v));
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }

    /// Whether the catalogue has message `id` (and attribute `attr`).
    pub fn has(self, id: &str, attr: Option<&str>) -> bool {
        let Some(m) = self.bundle().get_message(id) else { return false };
        match attr {
            Some(a) => m.get_attribute(a).is_some(),
            None => m.value().is_some(),
        }
    }
}

fn build_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let tag = lang.name().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // Isolation marks (U+2068/U+2069) around parameters would end up in
    // terminals, CSV cells and snapshot files.
    bundle.set_use_isolating(false);
    // A catalogue that does not parse is a build defect caught by the
    // catalogue tests; at run time the parts that did parse are still used.
    let resource = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(partial, _)| partial);
    let _ = bundle.add_resource(resource);
    bundle
}

/// A code (`number/garbled`) as a Fluent message id (`number-garbled`).
pub(crate) fn message_id(code: &str) -> String {
    code.replace('/', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogues_parse() {
        for lang in Lang::ALL {
            if let Err((_, errors)) = FluentResource::try_new(lang.source().to_string()) {
                panic!("locales/{}.ftl does not parse: {errors:?}", lang.name());
            }
        }
    }

    #[test]
    fn locale_names() {
        assert_eq!(Lang::from_name("id_ID.UTF-8"), Some(Lang::Id));
        assert_eq!(Lang::from_name("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_name("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_name("fr_FR"), None);
    }

    #[test]
    fn environment_precedence() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(Lang::from_vars(env(&[("LANG", "id_ID.UTF-8")])), Lang::Id);
        assert_eq!(Lang::from_vars(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "id_ID.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_vars(env(&[("LC_ALL", ""), ("LANG", "id_ID.UTF-8")])), Lang::Id);
        assert_eq!(Lang::from_vars(env(&[])), Lang::En);
    }
}
