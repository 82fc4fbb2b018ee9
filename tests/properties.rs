//! Property-based tests: the standard rules against their formulas, range
//! targets against single targets at the bounds, the rounding modes against
//! their decimal definitions, and number text in both conventions.
//!
//! Plans are built in memory with several indicators each, so one evaluation
//! runs many rule calls; the case counts are kept modest because every case
//! builds a Rhai engine.

use capaian::read_toml_plan;
use capaian::{Convention, NumberError, Rounding, RoundingMode, Target, format_grouped, parse_number, parse_target};
use capaian::{EvalOptions, Evaluator, IndicatorResult, Status};
use proptest::prelude::*;
use proptest::test_runner::Config;
use rust_decimal::Decimal;
use std::path::Path;

/// A config with `cases` cases that writes no regression files (the
/// minimal failing input is printed in the failure message instead).
fn config(cases: u32) -> Config {
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// A positive decimal with up to 3 decimals: 0.001 … 9 999 999.
fn positive() -> impl Strategy<Value = Decimal> {
    (1i64..10_000_000, 0u32..4).prop_map(|(m, s)| Decimal::new(m, s))
}

/// One indicator of a generated plan.
struct Ind<'a> {
    polarity: &'a str,
    rule: Option<&'a str>,
    target: String,
    realisasi: String,
}

impl<'a> Ind<'a> {
    fn new(polarity: &'a str, rule: Option<&'a str>, target: impl ToString, realisasi: impl ToString) -> Ind<'a> {
        Ind { polarity, rule, target: target.to_string(), realisasi: realisasi.to_string() }
    }
}

/// One plan (English number text) holding the indicators, in order.
fn plan_of(inds: &[Ind]) -> capaian::Plan {
    let mut text = String::from("[unit]\nid = \"prop\"\n[plan]\nyear = 2024\nnumbers = \"en\"\n");
    for (i, ind) in inds.iter().enumerate() {
        text.push_str(&format!(
            "[[indicator]]\nid = \"I{i}\"\nname = \"I{i}\"\npolarity = \"{}\"\ntarget = \"{}\"\nrealisasi = \"{}\"\n",
            ind.polarity, ind.target, ind.realisasi
        ));
        if let Some(rule) = ind.rule {
            text.push_str(&format!("rule = \"{rule}\"\n"));
        }
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/properties.toml");
    read_toml_plan(&path, &text, None).unwrap_or_else(|e| panic!("{e:?}\n{text}"))
}

/// Evaluates one plan holding the indicators, in order, with the built-in
/// standard rules.
fn evaluate(inds: &[Ind]) -> Vec<IndicatorResult> {
    let report = Evaluator::new(EvalOptions::default()).evaluate(&[plan_of(inds)]);
    assert_eq!(report.results.len(), inds.len());
    report.results
}

/// The raw capaian of a result that must be `ok`, checking that the
/// reported capaian is the raw one rounded by the default rounding.
fn raw(r: &IndicatorResult) -> Decimal {
    assert_eq!(r.status, Status::Ok, "{}: {:?}", r.indicator, r.message(capaian::Lang::En));
    let raw = r.capaian_raw.unwrap_or_else(|| panic!("{}: no raw capaian", r.indicator));
    assert_eq!(r.capaian, Some(Rounding::default().apply(raw)), "{}: rounded capaian", r.indicator);
    raw
}

fn hundred() -> Decimal {
    Decimal::ONE_HUNDRED
}

/// `num / den × 100` as the engine divides: the quotient keeps every digit
/// a decimal holds and is truncated, never rounded (so one rounding, the
/// indicator's, is made from the exact quotient's digits). It is at most
/// the rounded quotient rust_decimal gives, by less than one last digit.
fn assert_percent(c: Decimal, num: Decimal, den: Decimal) -> Result<(), TestCaseError> {
    let rounded = num / den;
    let ulp = Decimal::new(1, rounded.scale());
    let truncated = c / hundred();
    prop_assert!(
        truncated.abs() <= rounded.abs() && (rounded - truncated).abs() <= ulp,
        "{num} / {den}: {truncated} against {rounded}"
    );
    Ok(())
}

/// Sorted, without duplicates (at least one value remains).
fn ascending(mut v: Vec<Decimal>) -> Vec<Decimal> {
    v.sort();
    v.dedup();
    v
}

proptest! {
    #![proptest_config(config(64))]

    /// Positive polarity: R / T × 100, rising strictly with R; where R / T is
    /// exact, capaian × T / 100 gives R back.
    #[test]
    fn positif_is_r_over_t_and_rises_with_r(t in positive(), rs in prop::collection::vec(positive(), 2..8)) {
        let rs = ascending(rs);
        let inds: Vec<Ind> = rs.iter().map(|r| Ind::new("naik", None, t, r)).collect();
        let results = evaluate(&inds);
        let caps: Vec<Decimal> = results.iter().map(raw).collect();
        for (r, c) in rs.iter().zip(&caps) {
            assert_percent(*c, *r, t)?;
            // An exact quotient (truncation and rounding agree, and it
            // multiplies back) gives R back.
            if (*r / t) * t == *r && *c / hundred() == *r / t {
                prop_assert_eq!(*c * t / hundred(), *r, "R {} T {}", r, t);
            }
        }
        for w in caps.windows(2) {
            prop_assert!(w[0] < w[1], "capaian must rise with R: {:?} for R {:?}, T {}", caps, rs, t);
        }
        let rounded: Vec<Decimal> = results.iter().map(|r| r.capaian.unwrap()).collect();
        prop_assert!(rounded.windows(2).all(|w| w[0] <= w[1]), "rounded capaian must not fall: {:?}", rounded);
    }

    /// Negative polarity, default rule (standard/negatif): (2T − R) / T × 100,
    /// falling strictly as R rises, and exactly 100 at R = T.
    #[test]
    fn negatif_is_two_t_minus_r_over_t_and_falls_with_r(
        t in positive(),
        rs in prop::collection::vec(positive(), 2..8),
    ) {
        let rs = ascending(rs);
        let mut inds: Vec<Ind> = rs.iter().map(|r| Ind::new("turun", None, t, r)).collect();
        inds.push(Ind::new("turun", None, t, t));
        let results = evaluate(&inds);
        let caps: Vec<Decimal> = results.iter().map(raw).collect();
        for (r, c) in rs.iter().zip(&caps) {
            assert_percent(*c, Decimal::TWO * t - *r, t)?;
        }
        let (at_target, caps) = caps.split_last().unwrap();
        prop_assert_eq!(*at_target, hundred(), "R = T = {}", t);
        prop_assert_eq!(results.last().unwrap().capaian.unwrap().to_string(), "100.00");
        for w in caps.windows(2) {
            prop_assert!(w[0] > w[1], "capaian must fall as R rises: {:?} for R {:?}, T {}", caps, rs, t);
        }
        prop_assert!(results.iter().all(|r| &*r.rule == "standard/negatif"), "default rule for turun");
    }

    /// Negative polarity with standard/negatif-rasio: T / R × 100, falling
    /// strictly as R rises, 100 at R = T.
    #[test]
    fn negatif_rasio_is_t_over_r_and_falls_with_r(
        t in positive(),
        rs in prop::collection::vec(positive(), 2..8),
    ) {
        let rs = ascending(rs);
        let rule = Some("standard/negatif-rasio");
        let mut inds: Vec<Ind> = rs.iter().map(|r| Ind::new("turun", rule, t, r)).collect();
        inds.push(Ind::new("turun", rule, t, t));
        let results = evaluate(&inds);
        let caps: Vec<Decimal> = results.iter().map(raw).collect();
        for (r, c) in rs.iter().zip(&caps) {
            assert_percent(*c, t, *r)?;
        }
        let (at_target, caps) = caps.split_last().unwrap();
        prop_assert_eq!(*at_target, hundred(), "R = T = {}", t);
        for w in caps.windows(2) {
            prop_assert!(w[0] > w[1], "capaian must fall as R rises: {:?} for R {:?}, T {}", caps, rs, t);
        }
    }

    /// A range L–H agrees with the single target L below it and H above it
    /// (same polarity), and gives 100 inside it, bounds included.
    #[test]
    fn range_agrees_with_single_targets_at_its_bounds(
        v in prop::collection::btree_set(positive(), 4),
        sep in prop::sample::select(vec!["–", "—", " - ", "-", " s.d. "]),
    ) {
        let v: Vec<Decimal> = v.into_iter().collect();
        let (a, l, h, b) = (v[0], v[1], v[2], v[3]); // a < l < h < b
        let range = format!("{l}{sep}{h}");
        let wide = format!("{a}{sep}{b}");
        let mut inds = Vec::new();
        for pol in ["naik", "turun"] {
            inds.push(Ind::new(pol, None, &range, a)); // below
            inds.push(Ind::new(pol, None, l, a));
            inds.push(Ind::new(pol, None, &range, b)); // above
            inds.push(Ind::new(pol, None, h, b));
            for inside in [a, l, h, b] {
                inds.push(Ind::new(pol, None, &wide, inside));
            }
            inds.push(Ind::new(pol, None, &range, l));
            inds.push(Ind::new(pol, None, &range, h));
        }
        let results = evaluate(&inds);
        for (pol, rs) in ["naik", "turun"].iter().zip(results.chunks(10)) {
            let caps: Vec<Decimal> = rs.iter().map(raw).collect();
            prop_assert_eq!(&*rs[0].rule, "standard/rentang");
            prop_assert_eq!(caps[0], caps[1], "{} below {}: R {}", pol, range, a);
            prop_assert_eq!(caps[2], caps[3], "{} above {}: R {}", pol, range, b);
            for (c, r) in caps[4..8].iter().zip([a, l, h, b]) {
                prop_assert_eq!(*c, hundred(), "{} inside {}: R {}", pol, wide, r);
            }
            prop_assert_eq!(caps[8], hundred(), "{} at the low bound of {}", pol, range);
            prop_assert_eq!(caps[9], hundred(), "{} at the high bound of {}", pol, range);
        }
    }

    /// A zero target (written with any number of decimals) is not
    /// computable for positif and negatif, whatever the realisasi: no number,
    /// no error, no panic. So is a range 0–0 with a realisasi above it.
    #[test]
    fn zero_target_is_not_computable(scale in 0u32..4, r in (0i64..10_000_000, 0u32..4)) {
        let zero = Decimal::new(0, scale);
        let r = Decimal::new(r.0, r.1);
        let mut inds = vec![
            Ind::new("naik", None, zero, r),
            Ind::new("turun", None, zero, r),
            Ind::new("naik", Some("standard/positif"), zero, r),
            Ind::new("turun", Some("standard/negatif"), zero, r),
        ];
        if r > Decimal::ZERO {
            inds.push(Ind::new("naik", None, format!("{zero}–{zero}"), r));
            inds.push(Ind::new("turun", None, format!("{zero}–{zero}"), r));
        }
        for res in evaluate(&inds) {
            prop_assert_eq!(res.status, Status::NotComputable, "{} T {} R {}: {:?}", &res.indicator, zero, r, &res.message(capaian::Lang::En));
            prop_assert_eq!(res.capaian, None);
            prop_assert_eq!(res.capaian_raw, None);
            prop_assert!(res.message(capaian::Lang::En).as_deref().unwrap_or("").contains("target is 0"), "{:?}", res.message(capaian::Lang::En));
        }
    }
}

// ---------------------------------------------------------------------------
// Rounding: each mode against its definition on the scaled integer.

/// 10^n as an integer.
fn pow10(n: u32) -> i128 {
    10i128.pow(n)
}

/// `x` (mantissa `m`, scale `s`) brought to `d` decimals by integer
/// arithmetic: the mantissa at scale `d`, computed independently of
/// rust_decimal's rounding.
fn reference(m: i128, s: u32, d: u32, mode: RoundingMode) -> i128 {
    if s <= d {
        return m * pow10(d - s);
    }
    let div = pow10(s - d);
    let (q, rem) = (m / div, m % div); // both truncated toward zero
    let away = q + m.signum();
    let twice = 2 * rem.abs();
    match mode {
        RoundingMode::Down => q,
        RoundingMode::HalfUp => {
            if twice >= div {
                away
            } else {
                q
            }
        }
        RoundingMode::HalfEven => {
            if twice > div || (twice == div && q % 2 != 0) {
                away
            } else {
                q
            }
        }
    }
}

/// A decimal as (mantissa, scale): mostly arbitrary, often an exact
/// midpoint or a near-midpoint at the digit `d` being rounded to, so the
/// tie rules are exercised.
fn to_round() -> impl Strategy<Value = (i128, u32, u32)> {
    let arbitrary = (-(10i128.pow(22))..10i128.pow(22), 0u32..=28, 0u32..=6).prop_map(|(m, s, d)| (m, s, d));
    let near_half = (-1_000_000_000i64..1_000_000_000, 0u32..=6, 1u32..=8, -2i128..=2).prop_map(|(q, d, e, off)| {
        // q.5 at digit d, then ± a unit in the last place
        let s = d + e;
        let half = 5 * pow10(e - 1);
        let base = i128::from(q) * pow10(e);
        let m = if q < 0 { base - half } else { base + half };
        (m + off, s, d)
    });
    prop_oneof![arbitrary, near_half]
}

proptest! {
    #![proptest_config(config(2048))]

    #[test]
    fn rounding_modes_follow_their_definitions((m, s, d) in to_round()) {
        let x = Decimal::from_i128_with_scale(m, s);
        let half_unit = Decimal::new(5, d + 1);
        for mode in [RoundingMode::HalfUp, RoundingMode::Down, RoundingMode::HalfEven] {
            let got = Rounding { decimals: d, mode }.apply(x);
            let want = Decimal::from_i128_with_scale(reference(m, s, d, mode), d);
            prop_assert_eq!(got, want, "{} to {} decimals, {:?}", x, d, mode);
            prop_assert_eq!(got.scale(), d, "{} to {} decimals, {:?}: {}", x, d, mode, got);
            prop_assert_eq!(got.to_string(), want.to_string());
            if mode == RoundingMode::Down {
                // truncation: toward zero, by less than one unit of the last digit
                prop_assert!(got.abs() <= x.abs(), "down moves toward zero: {} → {}", x, got);
                prop_assert!((x - got).abs() < half_unit * Decimal::TWO, "{} → {}", x, got);
            } else {
                prop_assert!((x - got).abs() <= half_unit, "{} to {} decimals, {:?}: {}", x, d, mode, got);
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Number text in the two conventions.

/// Groups the digits of a whole number by three with `sep`.
fn group(int: &str, sep: char) -> String {
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number as text parts: sign, whole digits (no leading zeros), decimal
/// digits (possibly with trailing zeros, possibly none).
fn number_parts() -> impl Strategy<Value = (bool, u64, String)> {
    (any::<bool>(), prop_oneof![0u64..1000, 0u64..1_000_000_000_000_000], "[0-9]{0,8}")
}

/// A whole part with at least one thousands group of the wrong length: a
/// first group of 4+ digits, or a later group of 1, 2, 4 or 5 digits.
fn bad_groups() -> impl Strategy<Value = Vec<String>> {
    let first_ok = "[1-9][0-9]{0,2}";
    let later_ok = "[0-9]{3}";
    let later_bad = prop_oneof!["[0-9]{1,2}", "[0-9]{4,5}"];
    prop_oneof![
        // bad first group, good later groups
        ("[1-9][0-9]{3,5}", prop::collection::vec(later_ok, 1..3)).prop_map(|(f, rest)| {
            let mut v = vec![f];
            v.extend(rest);
            v
        }),
        // good first group, a bad later group among good ones
        (first_ok, prop::collection::vec(later_ok, 0..3), later_bad, prop::collection::vec(later_ok, 0..3)).prop_map(
            |(f, before, bad, after)| {
                let mut v = vec![f];
                v.extend(before);
                v.push(bad);
                v.extend(after);
                v
            }
        ),
    ]
}

proptest! {
    #![proptest_config(config(1024))]

    /// Text written with the convention's grouping and decimal mark reads
    /// back as the same value (scale included), with or without `%`/`Rp`.
    #[test]
    fn grouped_text_round_trips((neg, int, frac) in number_parts(), percent in any::<bool>(), rp in any::<bool>()) {
        let plain = if frac.is_empty() { int.to_string() } else { format!("{int}.{frac}") };
        let value = Decimal::from_str_exact(&format!("{}{plain}", if neg { "-" } else { "" })).unwrap();
        for (conv, sep, mark) in [(Convention::Id, '.', ','), (Convention::En, ',', '.')] {
            let mut text = group(&int.to_string(), sep);
            if !frac.is_empty() {
                text.push(mark);
                text.push_str(&frac);
            }
            if neg {
                text.insert(0, '-');
            }
            if percent {
                text.push('%');
            }
            if rp {
                text.insert_str(0, "Rp ");
            }
            let n = parse_number(&text, conv);
            prop_assert!(n.is_ok(), "{} in {:?}: {:?}", text, conv, n);
            let n = n.unwrap();
            prop_assert_eq!(n.value, value, "{} in {:?}", text, conv);
            prop_assert_eq!(n.value.scale(), value.scale(), "{} in {:?}", text, conv);
            prop_assert_eq!(n.percent, percent, "{}", text);
            // the tool's own grouping reads back too
            let own = format_grouped(value, conv);
            prop_assert_eq!(parse_number(&own, conv).map(|n| n.value), Ok(value), "{} in {:?}", own, conv);
        }
    }

    /// A thousands group of any length but 3 (after the first, which has
    /// 1–3 digits) is rejected in both conventions, with or without decimals.
    #[test]
    fn wrong_thousands_groups_are_rejected(groups in bad_groups(), frac in "[0-9]{0,3}", neg in any::<bool>()) {
        for (conv, sep, mark) in [(Convention::Id, ".", ','), (Convention::En, ",", '.')] {
            let mut text = groups.join(sep);
            if !frac.is_empty() {
                text.push(mark);
                text.push_str(&frac);
            }
            if neg {
                text.insert(0, '-');
            }
            let n = parse_number(&text, conv);
            prop_assert!(matches!(n, Err(NumberError::Garbled { .. })), "{} in {:?} should be rejected: {:?}", text, conv, n);
            let t = parse_target(&text, conv);
            prop_assert!(t.is_err(), "{} in {:?} should be rejected as a target: {:?}", text, conv, t);
        }
    }

    /// A range written with any separator reads as its two bounds.
    #[test]
    fn range_text_reads_as_its_bounds(
        lh in prop::collection::btree_set(positive(), 2),
        sep in prop::sample::select(vec!["–", "—", " - ", "-", " s.d. ", " s/d "]),
    ) {
        let lh: Vec<Decimal> = lh.into_iter().collect();
        let (l, h) = (lh[0], lh[1]);
        let en = format!("{l}{sep}{h}");
        prop_assert_eq!(parse_target(&en, Convention::En), Ok(Target::Range(l, h)), "{}", en);
        let id = format!(
            "{}{sep}{}",
            format_grouped(l, Convention::Id),
            format_grouped(h, Convention::Id)
        );
        prop_assert_eq!(parse_target(&id, Convention::Id), Ok(Target::Range(l, h)), "{}", id);
    }
}

// ---------------------------------------------------------------------------
// The native twins of standard/positif and standard/negatif against their
// Rhai source: `eval` takes the twin where it applies, `explain` always runs
// the script; every result must be the same (value, status, notes, errors).

/// Any decimal a plan may hold: ordinary, zero, negative, tiny and near the
/// largest a decimal holds (where the formulas overflow).
fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => positive(),
        1 => (0u32..4).prop_map(|s| Decimal::new(0, s)),
        1 => positive().prop_map(|d| -d),
        1 => (1i64..1000, 10u32..28).prop_map(|(m, s)| Decimal::new(m, s)),
        1 => (1i128..79_228_162_514_264_337_593_543_950_335, 0u32..4)
            .prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s)),
    ]
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn standard_twins_give_the_scripts_results(
        cases in prop::collection::vec((any::<bool>(), 0u8..3, any_decimal(), any_decimal()), 1..8),
    ) {
        let rules = [None, Some("standard/positif"), Some("standard/negatif")];
        let inds: Vec<Ind> = cases
            .iter()
            .map(|(naik, rule, t, r)| Ind::new(if *naik { "naik" } else { "turun" }, rules[*rule as usize], t, r))
            .collect();
        let plan = plan_of(&inds);
        let mut evaluator = Evaluator::new(EvalOptions::default());
        let fast = evaluator.evaluate(std::slice::from_ref(&plan)).results;
        for (i, r) in fast.iter().enumerate() {
            let scripted = evaluator.explain(&plan, &format!("I{i}"));
            prop_assert_eq!(scripted.len(), 1);
            prop_assert_eq!(format!("{:?}", scripted[0].0), format!("{r:?}"), "T {} R {}", &inds[i].target, &inds[i].realisasi);
        }
    }
}
