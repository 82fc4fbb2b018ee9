//! The engine's decimal `/`: every digit 96 bits hold, truncated.
//!
//! `rust_decimal`'s own division rounds the quotient to 28 digits, so a
//! quotient of 0,00499…9|67 could carry up to 0,005 before the indicator's
//! one rounding is made. Rules divide with [`exact_div`] instead, which keeps
//! the exact quotient's own digits and drops the rest.
//!
//! Every capaian divides, and a national run makes millions of divisions,
//! so the quotient is built several digits at a time: one 128-bit division
//! per nine digits instead of one per digit. The digit-at-a-time long
//! division ([`long_div`]) stays as the definition: it handles numerators
//! past 128 bits, and a property test requires both to agree.

use rust_decimal::Decimal;

/// The largest mantissa a decimal holds.
const MAX: u128 = (1u128 << 96) - 1;

/// The most digits after the point a decimal holds.
const MAX_SCALE: u32 = 28;

/// 10⁰ … 10²⁸.
const POW10: [u128; 29] = {
    let mut p = [1u128; 29];
    let mut i = 1;
    while i < 29 {
        p[i] = p[i - 1] * 10;
        i += 1;
    }
    p
};

/// `a / b` with as many digits as a decimal holds, truncated toward zero,
/// with no trailing zeros past the numerator's own scale; `None` when the
/// integer part does not fit or `b` is 0.
pub(crate) fn exact_div(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (ma, mb) = (a.mantissa().unsigned_abs(), b.mantissa().unsigned_abs());
    if mb == 0 {
        return None;
    }
    // a / b = (ma × 10^sb) / (mb × 10^sa): the numerator as an integer at
    // scale max(sa − sb, 0).
    let shift = b.scale() as i32 - a.scale() as i32;
    let mut scale = (-shift).max(0) as u32;
    let Some(numerator) = ma.checked_mul(POW10[shift.max(0) as usize]) else {
        return long_div(a, b);
    };
    let (mut q, mut r) = (numerator / mb, numerator % mb);
    if q > MAX {
        return None;
    }
    // Fractional digits, up to nine at a time (r < 2⁹⁶ and 10⁹ < 2³⁰, so
    // r × 10⁹ fits), until the quotient is exact, full or at scale 28.
    while r != 0 && scale < MAX_SCALE {
        let k = (MAX_SCALE - scale).min(9);
        let (d, rest) = ((r * POW10[k as usize]) / mb, (r * POW10[k as usize]) % mb);
        match q.checked_mul(POW10[k as usize]).map(|g| g + d).filter(|g| *g <= MAX) {
            Some(grown) => {
                let from = scale;
                (q, r, scale) = (grown, rest, scale + k);
                if r == 0 {
                    // Exact within these digits: the last nonzero one ends
                    // it (the digit that makes a quotient exact is never 0).
                    while scale > from && q % 10 == 0 {
                        (q, scale) = (q / 10, scale - 1);
                    }
                }
            }
            // Fewer than k more digits fit: the rest one at a time.
            None => {
                while r != 0 && scale < MAX_SCALE {
                    let grown = q * 10 + (r * 10) / mb;
                    if grown > MAX {
                        break;
                    }
                    (q, r, scale) = (grown, (r * 10) % mb, scale + 1);
                }
                break;
            }
        }
    }
    decimal(q, scale, negative(a, b))
}

/// Whether `a / b` is below zero (0 / −b is 0, not −0).
fn negative(a: Decimal, b: Decimal) -> bool {
    a.is_sign_negative() != b.is_sign_negative() && !a.is_zero()
}

fn decimal(q: u128, scale: u32, negative: bool) -> Option<Decimal> {
    if scale > MAX_SCALE {
        return None;
    }
    let m = i128::try_from(q).ok()?;
    Decimal::try_from_i128_with_scale(if negative { -m } else { m }, scale).ok()
}

/// [`exact_div`] a digit at a time: long division on the mantissas.
pub(crate) fn long_div(a: Decimal, b: Decimal) -> Option<Decimal> {
    let (ma, mb) = (a.mantissa().unsigned_abs(), b.mantissa().unsigned_abs());
    let (sa, sb) = (a.scale() as i32, b.scale() as i32);
    if mb == 0 {
        return None;
    }
    // Digits of the numerator `ma × 10^(sb − sa)` as an integer, then
    // fractional digits until the quotient is full or reaches scale 28.
    let shift = sb - sa;
    let (mut buf, mut len, mut m) = ([0u8; 40], 0, ma);
    loop {
        buf[len] = (m % 10) as u8;
        m /= 10;
        len += 1;
        if m == 0 {
            break;
        }
    }
    let mut scale: i32 = 0;
    let zeros = if shift >= 0 {
        shift as usize
    } else {
        scale = -shift; // the numerator's last -shift digits are fractional
        0
    };
    let (mut q, mut r): (u128, u128) = (0, 0);
    let mut next = buf[..len].iter().rev().copied().chain(std::iter::repeat_n(0, zeros));
    loop {
        let (digit, fractional) = match next.next() {
            Some(d) => (d, false),
            None => (0, true),
        };
        if fractional {
            if r == 0 || scale >= MAX_SCALE as i32 {
                break;
            }
            scale += 1;
        }
        r = r.checked_mul(10)?.checked_add(u128::from(digit))?;
        let d = r / mb;
        r %= mb;
        let grown = q.checked_mul(10)?.checked_add(d)?;
        if grown > MAX {
            // The quotient is full. Past the numerator's digits the digits
            // left are dropped (truncation); before, the plain division
            // (rounded to 28 digits) is the best there is.
            if !fractional {
                return None;
            }
            scale -= 1;
            break;
        }
        q = grown;
    }
    decimal(q, u32::try_from(scale).ok()?, negative(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn decimal_division_is_truncated_from_the_exact_quotient() {
        assert_eq!(exact_div(d("100"), d("3")).unwrap().to_string(), "33.333333333333333333333333333");
        assert_eq!(exact_div(d("1"), d("3")).unwrap().to_string(), "0.3333333333333333333333333333");
        assert_eq!(exact_div(d("2"), d("3")).unwrap().to_string(), "0.6666666666666666666666666666");
        assert_eq!(exact_div(d("-2"), d("3")).unwrap().to_string(), "-0.6666666666666666666666666666");
        assert_eq!(exact_div(d("15174"), d("10000")).unwrap().to_string(), "1.5174");
        assert_eq!(exact_div(d("0.5"), d("0.25")).unwrap().to_string(), "2");
        assert_eq!(exact_div(d("7.5"), d("2.5")).unwrap().to_string(), "3");
        // 0,0001499…9 × 100 / 3 = 0,00499…967: truncated, it stays below 0,005.
        let q = exact_div(d("0.0149999999999999999999999990"), d("3")).unwrap();
        assert!(q < d("0.005"), "{q}");
        for (a, b) in [("123.456", "7"), ("1", "7"), ("98765.4321", "0.003"), ("79228162514264337593543950335", "7")] {
            let exact = exact_div(d(a), d(b)).unwrap();
            let plain = d(a) / d(b);
            assert!((exact - plain).abs() <= Decimal::new(1, plain.scale()), "{a}/{b}: {exact} vs {plain}");
        }
    }

    /// Same value and the same scale (so the same text) as the long division.
    fn same(a: Decimal, b: Decimal) {
        let (fast, long) = (exact_div(a, b), long_div(a, b));
        assert_eq!(fast.map(|q| (q, q.scale())), long.map(|q| (q, q.scale())), "{a} / {b}");
    }

    #[test]
    fn chunks_agree_with_the_long_division_at_the_edges() {
        let edges = [
            "0",
            "1",
            "-1",
            "3",
            "7",
            "0.003",
            "100",
            "10000",
            "0.25",
            "2.5",
            "1.5174",
            "123.456",
            "98765.4321",
            "79228162514264337593543950335",
            "-79228162514264337593543950335",
            "0.0000000000000000000000000001",
            "7.9228162514264337593543950335",
            "999999999",
            "1000000000",
            "0.1",
            "4294967296",
            "18446744073709551616",
        ];
        for a in edges {
            for b in edges {
                same(d(a), d(b));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn chunks_agree_with_the_long_division(
            ma in any::<i128>(), sa in 0u32..=28, mb in any::<i128>(), sb in 0u32..=28, small in any::<bool>(),
        ) {
            // Half the cases are of the size plans hold (mantissas below 10¹²).
            let cut = |m: i128| if small { m % 1_000_000_000_000 } else { m % (MAX as i128 + 1) };
            let a = Decimal::from_i128_with_scale(cut(ma), sa);
            let b = Decimal::from_i128_with_scale(cut(mb), sb);
            same(a, b);
        }

        /// Quotients that end after the point (divisors 2ⁱ × 5ʲ): where the
        /// trailing zeros a chunk leaves past the exact digit must go.
        #[test]
        fn ending_quotients_agree_with_the_long_division(
            i in 0u32..16, j in 0u32..16, sb in 0u32..=12, ma in -1_000_000_000_000i64..1_000_000_000_000, sa in 0u32..=12,
        ) {
            let b = Decimal::new(2i64.pow(i) * 5i64.pow(j), sb);
            same(Decimal::new(ma, sa), b);
        }
    }
}
