//! Enums written by name in files: one name table per enum, read the same
//! way by TOML plans, CSV columns, case files and rule outcomes.
//!
//! A table lists each value's name (what files and reports write), an
//! optional gloss shown beside it in help texts, and other accepted
//! spellings. Names are compared ignoring case, surrounding blanks, and `_`
//! against `-`, so `HALF_EVEN` reads as `half-even` and `no-data` as `no_data`.

use crate::diagnostic::{Diagnostic, Kind, Text};

/// An enum whose values are written by name.
pub(crate) trait Named: Copy + Sized + 'static {
    /// What the names name, for messages: "unknown {WHAT} `x`".
    const WHAT: Text;
    /// Each value's name with the gloss shown beside it in help (or "").
    const LISTED: &'static [(&'static str, &'static str)];
    /// Every accepted spelling and the value it reads as.
    const SPELLINGS: &'static [(&'static str, Self)];

    /// Reads a name, ignoring case, surrounding blanks, and `_` against `-`.
    fn from_name(text: &str) -> Option<Self> {
        let key = fold(text);
        Self::SPELLINGS.iter().find(|(s, _)| fold(s) == key).map(|(_, v)| *v)
    }

    /// The accepted names, as a help text: "expected `a`, `b` or `c`".
    fn help() -> Text {
        let listed: Vec<String> = Self::LISTED
            .iter()
            .map(|(name, gloss)| if gloss.is_empty() { format!("`{name}`") } else { format!("`{name}` ({gloss})") })
            .collect();
        match listed.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                Text::ExpectedNames { names: rest.join(", "), last: last.clone() }
            }
            _ => Text::ExpectedName { name: listed.join("") },
        }
    }
}

fn fold(text: &str) -> String {
    text.trim().to_lowercase().replace('_', "-")
}

/// The one diagnostic for a name that is not in `T`'s table; the caller
/// adds where it was written.
pub(crate) fn unknown_name<T: Named>(text: &str) -> Diagnostic {
    Diagnostic::error(Kind::UnknownName { what: T::WHAT, name: text.to_string() }).with_help(T::help())
}

/// Reads a name of `T` given to a command-line option (`--periods weeks`):
/// the message names the option, not a TOML key, and lists the names.
#[cfg(feature = "cli")]
pub(crate) fn read_option<T: Named>(option: &str, text: &str) -> Result<T, Diagnostic> {
    T::from_name(text).ok_or_else(|| {
        Diagnostic::error(Kind::OptionUnknownName { option: option.to_string(), name: text.to_string() })
            .with_help(T::help())
    })
}

/// Reads a name of `T`, or says which names there are.
pub(crate) fn read_name<T: Named>(text: &str) -> Result<T, Diagnostic> {
    T::from_name(text).ok_or_else(|| unknown_name::<T>(text))
}

/// Declares an enum's name table: `Type, "what" { Variant => "name"
/// ("gloss") | "alias" …, … }`. Generates the [`Named`] impl and the
/// inherent `from_name`, `name` and `names`, so callers need no import.
macro_rules! named {
    ($ty:ident, $what:ident { $($var:ident => $name:literal $(($gloss:literal))? $(| $alias:literal)*),+ $(,)? }) => {
        impl $crate::named::Named for $ty {
            const WHAT: $crate::diagnostic::Text = $crate::diagnostic::Text::$what;
            const LISTED: &'static [(&'static str, &'static str)] = &[$(($name, concat!("" $(, $gloss)?))),+];
            const SPELLINGS: &'static [(&'static str, Self)] = &[$(($name, $ty::$var), $(($alias, $ty::$var),)*)+];
        }

        impl $ty {
            /// Reads a name as files write it (see `crate::named`).
            pub fn from_name(text: &str) -> Option<$ty> {
                <$ty as $crate::named::Named>::from_name(text)
            }

            /// The name files and reports use.
            pub fn name(self) -> &'static str {
                match self {
                    $($ty::$var => $name,)+
                }
            }

            /// Every value's name, in order.
            pub fn names() -> &'static [&'static str] {
                &[$($name),+]
            }
        }
    };
}
pub(crate) use named;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::Status;
    use crate::model::{Aggregation, PlanKind, Polarity, Revision, TargetKind};
    use crate::number::{Convention, RoundingMode};

    /// Each value reads back from its own name, so the tables cannot drift.
    fn round_trips<T: Named + PartialEq + std::fmt::Debug>(name: fn(T) -> &'static str) {
        for (_, v) in T::SPELLINGS {
            assert_eq!(T::from_name(name(*v)), Some(*v), "{:?}", T::WHAT);
        }
        assert_eq!(T::from_name("zzz"), None);
    }

    #[test]
    fn every_name_reads_back() {
        round_trips(Polarity::name);
        round_trips(Aggregation::name);
        round_trips(TargetKind::name);
        round_trips(PlanKind::name);
        round_trips(Revision::name);
        round_trips(RoundingMode::name);
        round_trips(Convention::name);
        round_trips(Status::name);
    }

    #[test]
    fn other_spellings_read_as_the_name() {
        fn read<T: Named>(text: &str, name: fn(T) -> &'static str) -> Option<&'static str> {
            T::from_name(text).map(name)
        }
        let cases = [
            (read(" Positif ", Polarity::name), "naik"),
            (read("rata-rata", Aggregation::name), "average"),
            (read("HALF_EVEN", RoundingMode::name), "half-even"),
            (read("per_period", TargetKind::name), "per-period"),
            (read("renja", PlanKind::name), "Renja"),
            (read("no-data", Status::name), "no_data"),
            (read("english", Convention::name), "en"),
        ];
        for (got, want) in cases {
            assert_eq!(got, Some(want));
        }
    }

    #[test]
    fn an_unknown_name_lists_the_names_with_their_glosses() {
        let en = crate::lang::Lang::En;
        assert_eq!(Polarity::help().message(en), "expected `naik` (positif) or `turun` (negatif)");
        assert_eq!(Aggregation::help().message(en), "expected `sum`, `last` or `average`");
        let d = unknown_name::<RoundingMode>("up");
        assert_eq!(d.code(), "toml/unknown-name");
        assert_eq!(d.message(en), "unknown rounding mode `up`");
        assert_eq!(d.help_text(en).as_deref(), Some("expected `half-up`, `down` or `half-even`"));
        let id = crate::lang::Lang::Id;
        assert_eq!(d.message(id), "mode pembulatan `up` tidak dikenal");
        assert_eq!(d.help_text(id).as_deref(), Some("seharusnya `half-up`, `down` atau `half-even`"));
        assert_eq!(Status::names(), ["ok", "no_data", "no_target", "not_computable", "error"]);
    }
}
