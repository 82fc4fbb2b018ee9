//! Native twins of the built-in standard rules, for the fast path only.
//!
//! The Rhai source in `rules/standard/` stays the definition: `explain`,
//! coverage, `diff` and every case the twin does not cover (a target of 0
//! or below, a number past what a decimal holds) run the script. A twin
//! applies only to a rule whose text is the built-in one byte for byte, so
//! a `rules/standard/positif.rhai` of a user's own always runs as written.
//! `tests/properties.rs` runs script and twin over the property-test space
//! and requires the same results.

use crate::engine::exact_div;
use rust_decimal::Decimal;

/// A standard rule with a native twin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Twin {
    /// `standard/positif`: R / T × 100.
    Positif,
    /// `standard/negatif`: (2T − R) / T × 100.
    Negatif,
}

impl Twin {
    /// The twin of rule `name` compiled from `text`, if it is a built-in
    /// standard rule with one and the text is the built-in text.
    pub(crate) fn of(name: &str, text: &str) -> Option<Twin> {
        let twin = match name {
            "standard/positif" => Twin::Positif,
            "standard/negatif" => Twin::Negatif,
            _ => return None,
        };
        (super::store::builtin_text(name) == Some(text)).then_some(twin)
    }

    /// The capaian the rule's `capaian(x)` returns for a realisasi (`x.value`)
    /// and a single target (`x.target`), or `None` where only the script
    /// decides: a target of 0 or below (the script's notes and settings), or
    /// an overflow (the script's error). Each step is the engine's operator:
    /// `/` truncates the exact quotient, `*`, `-` are checked.
    pub fn capaian(self, value: Decimal, target: Decimal) -> Option<Decimal> {
        if target <= Decimal::ZERO {
            return None;
        }
        let hundred = Decimal::ONE_HUNDRED;
        let numerator = match self {
            Twin::Positif => value,
            Twin::Negatif => Decimal::TWO.checked_mul(target)?.checked_sub(value)?,
        };
        divide(numerator, target)?.checked_mul(hundred)
    }
}

/// The engine's decimal `/` (see `engine::build`).
fn divide(a: Decimal, b: Decimal) -> Option<Decimal> {
    exact_div(a, b).or_else(|| a.checked_div(b))
}
