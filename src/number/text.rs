//! Numbers written as text: plain (`-12.50`, as `Decimal`'s `Display`),
//! grouped as documents print them (`893.376.000`), and integers.
//!
//! A national CSV writes numbers in millions of rows, so each is also
//! written straight onto the end of a byte buffer (`write_…`), without the
//! formatting machinery or a `String` per number; the `String` forms are
//! the same bytes.

use crate::number::Convention;
use rust_decimal::Decimal;

/// Two decimal digits of every number below 100, for writing two at a time.
const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
                            2021222324252627282930313233343536373839\
                            4041424344454647484950515253545556575859\
                            6061626364656667686970717273747576777879\
                            8081828384858687888990919293949596979899";

/// Writes `value`'s decimal digits so that they end at `end` in `text`,
/// two at a time (half the divisions); returns where they start.
fn write_u64(mut value: u64, text: &mut [u8], mut end: usize) -> usize {
    while value >= 100 {
        let pair = (value % 100) as usize * 2;
        value /= 100;
        end -= 2;
        text[end..end + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if value >= 10 {
        let pair = value as usize * 2;
        end -= 2;
        text[end..end + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        end -= 1;
        text[end] = b'0' + value as u8;
    }
    end
}

/// The digits of a decimal's mantissa, most significant first, at the end
/// of the array, with zeros before them up to one more than its scale (so
/// `0.05` has its leading `0`): the digits and where they start. A mantissa
/// holds at most 29 digits and a scale is at most 28.
fn digits(value: Decimal) -> ([u8; 40], usize) {
    const END: usize = 40;
    let scale = value.scale() as usize;
    let mantissa = value.mantissa().unsigned_abs();
    let mut digits = [b'0'; END];
    // Most mantissas fit in 64 bits, and dividing those needs no 128-bit
    // division (a call of its own).
    let start = match u64::try_from(mantissa) {
        Ok(low) => write_u64(low, &mut digits, END),
        Err(_) => {
            // The low 19 digits, zeros included, after the high part.
            let high = (mantissa / 10_000_000_000_000_000_000) as u64;
            write_u64((mantissa % 10_000_000_000_000_000_000) as u64, &mut digits, END);
            write_u64(high, &mut digits, END - 19)
        }
    };
    (digits, start.min(END - 1 - scale))
}

/// Appends a decimal as its `Display` writes it (`-12.50`, `0.0073`,
/// `15174`).
pub(crate) fn write_plain(value: Decimal, out: &mut Vec<u8>) {
    let scale = value.scale() as usize;
    let (digits, start) = digits(value);
    if value.is_sign_negative() {
        out.push(b'-');
    }
    // `digits` is padded past the scale, so the integer part has a digit.
    let point = digits.len() - scale;
    out.extend_from_slice(&digits[start..point]);
    if scale > 0 {
        out.push(b'.');
        out.extend_from_slice(&digits[point..]);
    }
}

/// A decimal as its `Display` writes it: [`write_plain`]'s text.
pub(crate) fn plain_text(value: Decimal) -> String {
    let mut out = Vec::with_capacity(32);
    write_plain(value, &mut out);
    ascii(out)
}

/// Appends a decimal with its thousands grouped in `convention` and its own
/// decimals kept: `125,00`, `893.376.000` (id); `893,376,000.5` (en).
pub(crate) fn write_grouped(value: Decimal, convention: Convention, out: &mut Vec<u8>) {
    let (group, mark) = match convention {
        Convention::Id => (b'.', b','),
        Convention::En => (b',', b'.'),
    };
    let scale = value.scale() as usize;
    let (digits, start) = digits(value);
    let point = digits.len() - scale;
    out.reserve(point - start + (point - start) / 3 + scale + 2);
    if value.is_sign_negative() {
        out.push(b'-');
    }
    // `digits` is padded past the scale, so the integer part has a digit.
    for (i, &digit) in digits[start..point].iter().enumerate() {
        if i > 0 && (point - start - i).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    if scale > 0 {
        out.push(mark);
        out.extend_from_slice(&digits[point..]);
    }
}

/// Writes a decimal with thousands grouped in a convention, as documents
/// print figures: `893376000` → `893.376.000` (id) or `893,376,000` (en).
pub fn format_grouped(value: Decimal, convention: Convention) -> String {
    format_grouped_scaled(value.normalize(), convention)
}

/// Like [`format_grouped`], but keeping the decimal's own digits, so a
/// capaian rounded to 2 decimals prints `125,00`, not `125`.
pub(crate) fn format_grouped_scaled(value: Decimal, convention: Convention) -> String {
    let mut out = Vec::with_capacity(40);
    write_grouped(value, convention, &mut out);
    ascii(out)
}

/// Appends an integer as `Display` writes it (`2024`, `-7`).
pub(crate) fn write_integer(value: i64, out: &mut Vec<u8>) {
    // Filled from the end, then appended at once.
    let mut text = [0u8; 20];
    let at = write_u64(value.unsigned_abs(), &mut text, 20);
    if value < 0 {
        out.push(b'-');
    }
    out.extend_from_slice(&text[at..]);
}

/// The text of bytes the writers above made: ASCII only, so never lossy.
fn ascii(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    /// Ordinary, zero, negative, padded and extreme decimals at every scale.
    fn values() -> Vec<Decimal> {
        let mut values = vec![Decimal::ZERO, Decimal::MAX, Decimal::MIN, Decimal::new(-0, 3), -Decimal::new(0, 2)];
        for scale in 0..=28 {
            for m in [0i64, 1, 7, 10, 99, 100, 101, 12_345, 9_999_999_999_999_999, i64::MAX, -1, -730, i64::MIN + 1] {
                values.push(Decimal::new(m, scale));
            }
            for m in [10_000_000_000_000_000_000i128, 10_000_000_000_000_000_001, (1i128 << 96) - 1, -(1i128 << 90)] {
                values.push(Decimal::from_i128_with_scale(m, scale));
            }
        }
        values
    }

    #[test]
    fn plain_text_is_what_display_writes() {
        for v in values() {
            assert_eq!(plain_text(v), v.to_string(), "{v:?}");
        }
    }

    /// Grouping as it was done on `Display`'s text, character by character.
    fn grouped_from_display(value: Decimal, group: char, mark: char) -> String {
        let text = value.to_string();
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

    #[test]
    fn grouped_text_groups_what_display_writes() {
        for v in values() {
            assert_eq!(format_grouped_scaled(v, Convention::Id), grouped_from_display(v, '.', ','), "{v:?}");
            assert_eq!(format_grouped_scaled(v, Convention::En), grouped_from_display(v, ',', '.'), "{v:?}");
        }
        assert_eq!(format_grouped(d("893376000"), Convention::Id), "893.376.000");
        assert_eq!(format_grouped(d("-59532000.5"), Convention::En), "-59,532,000.5");
        assert_eq!(format_grouped(d("999"), Convention::Id), "999");
        assert_eq!(format_grouped_scaled(d("125.00"), Convention::Id), "125,00");
        assert_eq!(format_grouped_scaled(d("-0.05"), Convention::Id), "-0,05");
    }

    #[test]
    fn integers_are_what_display_writes() {
        for v in
            [0i64, 1, 9, 10, 11, 99, 100, 101, 999, 1000, 2024, -1, -2024, 99_999, i64::MAX, i64::MIN, i64::MIN + 1]
        {
            let mut out = b"x".to_vec();
            write_integer(v, &mut out);
            assert_eq!(out, format!("x{v}").into_bytes());
        }
    }
}
