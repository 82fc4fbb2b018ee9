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

/// A decimal as its `Display` writes it (`-12.50`, `0.0073`, `15174`): the
/// same text, made without the formatting machinery, as a national CSV
/// writes three numbers on each of millions of rows.
pub(crate) fn plain_text(value: Decimal) -> String {
    let scale = value.scale() as usize;
    let mantissa = value.mantissa().unsigned_abs();
    // Digits, least significant first; a mantissa holds at most 29.
    let mut digits = [0u8; 40];
    let mut len = 0;
    let (mut high, mut low) =
        ((mantissa / 10_000_000_000_000_000_000) as u64, (mantissa % 10_000_000_000_000_000_000) as u64);
    loop {
        digits[len] = b'0' + (low % 10) as u8;
        low /= 10;
        len += 1;
        if low == 0 && (high == 0 || len == 19) {
            if high == 0 {
                break;
            }
            // The low part is 19 digits, zeros included, before the high part.
            while len < 19 {
                digits[len] = b'0';
                len += 1;
            }
            low = high;
            high = 0;
        }
    }
    while len <= scale {
        digits[len] = b'0';
        len += 1;
    }
    let mut text = String::with_capacity(len + 2);
    if value.is_sign_negative() {
        text.push('-');
    }
    for i in (0..len).rev() {
        text.push(char::from(digits[i]));
        if i == scale && i > 0 {
            text.push('.');
        }
    }
    text
}

/// Writes a decimal with thousands grouped in a convention, as documents
/// print figures: `893376000` → `893.376.000` (id) or `893,376,000` (en).
pub fn format_grouped(value: Decimal, convention: crate::number::Convention) -> String {
    format_grouped_scaled(value.normalize(), convention)
}

/// Like [`format_grouped`], but keeping the decimal's own digits, so a
/// capaian rounded to 2 decimals prints `125,00`, not `125`.
pub(crate) fn format_grouped_scaled(value: Decimal, convention: crate::number::Convention) -> String {
    let (group, mark) = match convention {
        crate::number::Convention::Id => ('.', ','),
        crate::number::Convention::En => (',', '.'),
    };
    let text = plain_text(value);
    let (sign, digits) = text.strip_prefix('-').map_or(("", text.as_str()), |d| ("-", d));
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(group);
        }
        grouped.push(c);
    }
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{mark}{frac}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn plain_text_is_what_display_writes() {
        let mut values = vec![Decimal::ZERO, Decimal::MAX, Decimal::MIN, Decimal::new(-0, 3), -Decimal::new(0, 2)];
        for scale in 0..=28 {
            for m in [0i64, 1, 7, 10, 99, 100, 101, 12_345, 9_999_999_999_999_999, i64::MAX, -1, -730, i64::MIN + 1] {
                values.push(Decimal::new(m, scale));
            }
            for m in [10_000_000_000_000_000_000i128, 10_000_000_000_000_000_001, (1i128 << 96) - 1, -(1i128 << 90)] {
                values.push(Decimal::from_i128_with_scale(m, scale));
            }
        }
        for v in values {
            assert_eq!(plain_text(v), v.to_string(), "{v:?}");
        }
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
        assert_eq!(format_grouped(d("893376000"), crate::number::Convention::Id), "893.376.000");
        assert_eq!(format_grouped(d("-59532000.5"), crate::number::Convention::En), "-59,532,000.5");
        assert_eq!(format_grouped(d("999"), crate::number::Convention::Id), "999");
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
