//! Explicit, reproducible rounding.
//!
//! Documents round differently from table to table; the tool keeps exact
//! values and rounds only for output, with the digits and the mode stated.
//! Note that `Decimal::round_dp` alone is banker's rounding, which is not
//! what Indonesian spreadsheets do, so the mode is never left implicit.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

/// How a value is brought to a number of decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoundingMode {
    /// Half away from zero: 2,345 → 2,35 (spreadsheets' ROUND).
    #[default]
    HalfUp,
    /// Toward zero, truncation: 2,349 → 2,34 (ROUNDDOWN).
    Down,
    /// Half to even, banker's rounding: 2,345 → 2,34.
    HalfEven,
}

crate::named::named!(RoundingMode, WhatRoundingMode {
    HalfUp => "half-up",
    Down => "down" | "truncate",
    HalfEven => "half-even",
});

impl RoundingMode {
    fn strategy(self) -> RoundingStrategy {
        match self {
            RoundingMode::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            RoundingMode::Down => RoundingStrategy::ToZero,
            RoundingMode::HalfEven => RoundingStrategy::MidpointNearestEven,
        }
    }
}

/// Decimals and mode, as declared by an indicator (default 2, half-up).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rounding {
    /// Digits after the decimal mark.
    pub decimals: u32,
    /// The rounding mode.
    pub mode: RoundingMode,
}

impl Default for Rounding {
    fn default() -> Self {
        Rounding { decimals: 2, mode: RoundingMode::HalfUp }
    }
}

/// The most decimals a `Decimal` can carry.
pub const MAX_DECIMALS: u32 = 28;

impl Rounding {
    /// Rounds and pads to exactly `decimals` digits, so `100` prints as `100.00`.
    pub fn apply(&self, value: Decimal) -> Decimal {
        let mut r = value.normalize().round_dp_with_strategy(self.decimals, self.mode.strategy());
        // Zeros are written up to the decimals asked (125 → 125,00) only
        // where they are known: a quotient that fills all 28 digits a
        // decimal holds (100/3 = 33,33…3) has no known 27th decimal, and a
        // padded 0 there would be a digit made up.
        let digits = r.mantissa().unsigned_abs().checked_ilog10().map_or(1, |d| d + 1);
        if digits < 28 {
            let keep = self.decimals.min(r.scale() + (28 - digits));
            r.rescale(keep.max(r.scale()));
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn each_mode_follows_its_definition() {
        let cases = [
            ("2.345", RoundingMode::HalfUp, "2.35"),
            ("2.345", RoundingMode::HalfEven, "2.34"),
            ("2.355", RoundingMode::HalfEven, "2.36"),
            ("2.349", RoundingMode::Down, "2.34"),
            ("-2.345", RoundingMode::HalfUp, "-2.35"),
            ("-2.349", RoundingMode::Down, "-2.34"),
            ("100", RoundingMode::HalfUp, "100.00"),
            ("181.818181", RoundingMode::HalfUp, "181.82"),
        ];
        for (input, mode, expected) in cases {
            let r = Rounding { decimals: 2, mode }.apply(d(input));
            assert_eq!(r.to_string(), expected, "{input} {mode:?}");
        }
    }

    #[test]
    fn zero_decimals_and_names() {
        assert_eq!(Rounding { decimals: 0, mode: RoundingMode::HalfUp }.apply(d("92.5")).to_string(), "93");
        assert_eq!(RoundingMode::from_name("HALF_EVEN"), Some(RoundingMode::HalfEven));
        assert_eq!(RoundingMode::from_name("up"), None);
    }

    #[test]
    fn no_digit_is_made_up_by_padding() {
        // 1/3 × 100 as a rule computes it: the product ends in a zero that
        // is the truncated quotient's, not the third's.
        let third = Decimal::from_str_exact("0.3333333333333333333333333333").unwrap() * Decimal::ONE_HUNDRED;
        let r = Rounding { decimals: 27, mode: RoundingMode::HalfUp }.apply(third);
        assert!(!r.to_string().ends_with('0'), "{r}");
        assert_eq!(Rounding { decimals: 2, mode: RoundingMode::HalfUp }.apply(d("125")).to_string(), "125.00");
        assert_eq!(Rounding { decimals: 4, mode: RoundingMode::HalfUp }.apply(d("0.5")).to_string(), "0.5000");
    }
}
