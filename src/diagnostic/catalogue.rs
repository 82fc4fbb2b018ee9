//! The macro behind [`Kind`](super::Kind) and [`Text`](super::Text): one
//! declaration gives each entry its variant, stable code and parameter
//! names, so the code list, the catalogue check and `docs/errors.md` all
//! come from the same place.

/// Declares a catalogue enum. Each entry is
/// `Variant { param, … } = "area/name"`; every parameter is text, already
/// written as the output shows it.
macro_rules! catalogue {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident $({ $($field:ident),* $(,)? })? = $code:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        $vis enum $name {
            $( $(#[$vmeta])* $variant $({ $( #[allow(missing_docs)] $field: String ),* })?, )*
        }

        impl $name {
            /// Every entry's code and parameter names, in declaration order.
            pub const ENTRIES: &'static [(&'static str, &'static [&'static str])] =
                &[ $( ($code, &[ $($( stringify!($field) ),*)? ]) ),* ];

            /// The stable code, e.g. `number/garbled`.
            pub fn code(&self) -> &'static str {
                match self { $( Self::$variant { .. } => $code, )* }
            }

            /// The parameters by name, as the catalogue receives them.
            pub fn args(&self) -> Vec<(&'static str, &str)> {
                match self {
                    $( Self::$variant $({ $($field),* })? => vec![ $($( (stringify!($field), $field.as_str()) ),*)? ], )*
                }
            }

            /// The sentence in `lang`. A catalogue gap (which the tests
            /// forbid) falls back to English, then to the code itself.
            pub fn message(&self, lang: $crate::lang::Lang) -> String {
                let id = $crate::lang::message_id(self.code());
                let args = self.args();
                lang.format(&id, None, &args)
                    .or_else(|| $crate::lang::Lang::En.format(&id, None, &args))
                    .unwrap_or_else(|| {
                        let shown: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                        format!("{} {}", self.code(), shown.join(" "))
                    })
            }

            /// The entry's own hint (the catalogue's `.help` attribute), if it has one.
            pub fn help(&self, lang: $crate::lang::Lang) -> Option<String> {
                lang.format(&$crate::lang::message_id(self.code()), Some("help"), &self.args())
            }
        }
    };
}
