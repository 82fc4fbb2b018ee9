//! The language a run speaks: Bahasa Indonesia or English.
//!
//! Every user-facing sentence lives in a Fluent catalogue (`locales/id.ftl`,
//! `locales/en.ftl`) under the stable code of what it says, so a translator
//! edits one text file per language and code never branches on wording.
//! Parameters are passed as text, never as Fluent numbers: Fluent would turn
//! them into floats, and every figure here is an exact decimal already
//! written the way the run prints numbers.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentMessage, FluentResource, FluentValue};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;
use std::sync::{OnceLock, PoisonError, RwLock};

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

    /// The run's catalogue in this language, indexed on first use; the
    /// other language's is never read.
    fn catalogue(self) -> &'static Catalogue {
        static CATALOGUES: [OnceLock<Catalogue>; 2] = [OnceLock::new(), OnceLock::new()];
        let i = Lang::ALL.iter().position(|l| *l == self).unwrap_or(0);
        CATALOGUES[i].get_or_init(|| Catalogue::new(self))
    }

    /// The message `id` (or its attribute `attr`) with `args`, or `None` when
    /// the catalogue lacks it (a test makes sure it never does for a code).
    pub fn format(self, id: &str, attr: Option<&str>, args: &[(&str, &str)]) -> Option<String> {
        self.catalogue().with_message(id, |bundle, message| {
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
        })
    }

    /// Whether the catalogue has message `id` (and attribute `attr`).
    pub fn has(self, id: &str, attr: Option<&str>) -> bool {
        self.catalogue()
            .with_message(id, |_, m| match attr {
                Some(a) => m.get_attribute(a).map(|_| ()),
                None => m.value().map(|_| ()),
            })
            .is_some()
    }
}

/// One language's catalogue, parsed message by message as messages are
/// first asked for: a run prints a handful of the catalogue's hundreds of
/// messages, and parsing all of them was a sixth of a one-unit `eval`.
/// Fluent entries start at the beginning of a line, and the catalogues use
/// no terms or message references, so a message parsed from its own lines
/// is the message parsed from the whole file (a test compares every one).
struct Catalogue {
    source: &'static str,
    /// Where each message's lines start and end in `source`.
    index: Index<'static>,
    bundle: RwLock<FluentBundle<FluentResource>>,
}

impl Catalogue {
    fn new(lang: Lang) -> Catalogue {
        let tag = lang.name().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Isolation marks (U+2068/U+2069) around parameters would end up in
        // terminals, CSV cells and snapshot files.
        bundle.set_use_isolating(false);
        Catalogue { source: lang.source(), index: message_lines(lang.source()), bundle: RwLock::new(bundle) }
    }

    /// Calls `f` with the bundle and message `id`, parsing the message
    /// first if this is its first use; `None` when there is no such message.
    fn with_message<T>(
        &self,
        id: &str,
        f: impl Fn(&FluentBundle<FluentResource>, &FluentMessage) -> Option<T>,
    ) -> Option<T> {
        // A poisoned lock still holds whole messages: a panic elsewhere
        // must not silence every later message.
        let read = || self.bundle.read().unwrap_or_else(PoisonError::into_inner);
        {
            let bundle = read();
            if let Some(m) = bundle.get_message(id) {
                return f(&bundle, &m);
            }
        }
        let lines = self.index.get(id)?.clone();
        {
            let mut bundle = self.bundle.write().unwrap_or_else(PoisonError::into_inner);
            if !bundle.has_message(id) {
                // A message that does not parse is a build defect caught by
                // the catalogue tests; at run time what did parse is used.
                let text = self.source[lines].to_string();
                let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
            }
        }
        let bundle = read();
        let m = bundle.get_message(id)?;
        f(&bundle, &m)
    }
}

/// Message ids to their lines in the source.
type Index<'s> = HashMap<&'s str, Range<usize>, BuildHasherDefault<Fnv>>;

/// FNV-1a: the index is built at the first message of every run, and its
/// keys are short trusted ids, for which SipHash's strength was a third of
/// the cost of building it.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// The lines of each message of a Fluent source: from the line that starts
/// with its id to the next line that starts an entry or a comment.
fn message_lines(source: &str) -> Index<'_> {
    // A message every 85–95 bytes in both catalogues: room for all at once.
    let mut index = Index::with_capacity_and_hasher(source.len() / 80, BuildHasherDefault::default());
    let mut open: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        let first = line.bytes().next().unwrap_or(b' ');
        if first.is_ascii_alphabetic() || first == b'#' || first == b'-' {
            if let Some((id, start)) = open.take() {
                index.insert(id, start..at);
            }
            if first.is_ascii_alphabetic() {
                let end = line
                    .bytes()
                    .position(|b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                    .unwrap_or(line.len());
                open = Some((&line[..end], at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = open {
        index.insert(id, start..at);
    }
    index
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

    /// Every message parsed from its own lines (as a run parses it) is the
    /// message parsed from the whole catalogue, value and attributes, and
    /// none is left out of the index.
    #[test]
    fn a_message_parsed_alone_is_the_message_of_the_whole_catalogue() {
        for lang in Lang::ALL {
            let whole = FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(r, _)| r);
            let mut full = FluentBundle::new_concurrent(vec![lang.name().parse().unwrap()]);
            full.set_use_isolating(false);
            let messages = whole.entries().filter(|e| format!("{e:?}").starts_with("Message")).count();
            let _ = full.add_resource(whole);
            let catalogue = Catalogue::new(lang);
            assert_eq!(catalogue.index.len(), messages, "locales/{}.ftl", lang.name());
            assert!(messages > 100);
            for id in catalogue.index.keys() {
                let expected = full.get_message(id).unwrap_or_else(|| panic!("{id} is no message"));
                let shape = |m: &FluentMessage| {
                    let attrs: Vec<String> = m.attributes().map(|a| format!("{} {:?}", a.id(), a.value())).collect();
                    format!("{:?} {attrs:?}", m.value())
                };
                let got = catalogue.with_message(id, |_, m| Some(shape(m)));
                assert_eq!(got, Some(shape(&expected)), "{id} in locales/{}.ftl", lang.name());
            }
        }
        assert_eq!(Lang::En.format("no-such-message", None, &[]), None);
        assert!(!Lang::Id.has("no-such-message", None));
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
