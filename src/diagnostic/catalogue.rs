//! The macro behind [`Kind`](super::Kind) and [`Text`](super::Text): one
//! declaration gives each entry its variant, stable code and parameter
//! names, so the code list, the catalogue check and `docs/errors.md` all
//! come from the same place.

use crate::lang::Lang;

/// A parameter of a catalogue entry: text already formatted, or a
/// [`Text`](super::Text) that is itself translated (where a message names a
/// place such as "the plan file").
pub(crate) trait Param {
    /// The parameter as the message in `lang` shows it.
    fn render(&self, lang: Lang) -> String;
}

impl Param for String {
    fn render(&self, _: Lang) -> String {
        self.clone()
    }
}

impl Param for super::Text {
    fn render(&self, lang: Lang) -> String {
        self.message(lang)
    }
}

/// A translated word inside another text (boxed: a text cannot hold itself).
impl Param for Box<super::Text> {
    fn render(&self, lang: Lang) -> String {
        self.message(lang)
    }
}

/// A list of translated words (`month, quarter`).
impl Param for Vec<super::Text> {
    fn render(&self, lang: Lang) -> String {
        self.iter().map(|t| t.message(lang)).collect::<Vec<_>>().join(", ")
    }
}

/// A parameter's type: text unless the entry says otherwise.
macro_rules! param_type {
    () => {
        String
    };
    ($t:ty) => {
        $t
    };
}

/// Declares a catalogue enum. Each entry is
/// `Variant { param, other: Text, … } = "area/name"`; a parameter is text,
/// already written as the output shows it, unless it names its type.
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $({ $($field:ident $(: $fty:ty)?),* $(,)? })? = $code:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $({ $( #[allow(missing_docs)] $field: param_type!($($fty)?) ),* })?, )*
        }

        impl $name {
            /// Every entry's code and parameter names, in declaration order.
            pub const ENTRIES: &'static [(&'static str, &'static [&'static str])] =
                &[ $( ($code, &[ $($( stringify!($field) ),*)? ]) ),* ];

            /// The stable code, e.g. `number/garbled`.
            pub fn code(&self) -> &'static str {
                match self { $( Self::$variant { .. } => $code, )* }
            }

            /// The parameters by name, as the catalogue of `lang` receives them.
            pub fn args(&self, lang: $crate::lang::Lang) -> Vec<(&'static str, String)> {
                #[allow(unused_imports)]
                use $crate::diagnostic::catalogue::Param as _;
                match self {
                    $( Self::$variant $({ $($field),* })? => vec![ $($( (stringify!($field), $field.render(lang)) ),*)? ], )*
                }
            }

            /// The sentence in `lang`. A catalogue gap (which the tests
            /// forbid) falls back to English, then to the code itself.
            pub fn message(&self, lang: $crate::lang::Lang) -> String {
                let id = $crate::lang::message_id(self.code());
                // Parameters come from files: their control characters
                // never reach a terminal or a report as such.
                let owned: Vec<(&'static str, String)> = self
                    .args(lang)
                    .into_iter()
                    .map(|(k, v)| (k, $crate::diagnostic::escape_controls(&v, false).into_owned()))
                    .collect();
                let args: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
                lang.format(&id, None, &args)
                    .or_else(|| $crate::lang::Lang::En.format(&id, None, &args))
                    .unwrap_or_else(|| {
                        let shown: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                        format!("{} {}", self.code(), shown.join(" "))
                    })
            }

            /// The entry's own hint (the catalogue's `.help` attribute), if it has one.
            pub fn help(&self, lang: $crate::lang::Lang) -> Option<String> {
                let owned = self.args(lang);
                let args: Vec<(&str, &str)> = owned.iter().map(|(k, v)| (*k, v.as_str())).collect();
                lang.format(&$crate::lang::message_id(self.code()), Some("help"), &args)
            }
        }
    };
}
