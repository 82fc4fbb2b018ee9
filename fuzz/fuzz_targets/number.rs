//! Number text: `parse_number`, `parse_optional`, `parse_target` and
//! `ambiguity` in both conventions must never panic, and must agree with each
//! other and with the formatter (see the properties below).
#![no_main]

use capaian::{
    Convention, Number, NumberError, Target, ambiguity, format_grouped, parse_number, parse_optional, parse_target,
};
use libfuzzer_sys::fuzz_target;

fn same_kind(a: &Result<Number, NumberError>, b: &Result<Number, NumberError>) -> bool {
    match (a, b) {
        (Ok(x), Ok(y)) => x == y,
        (Err(x), Err(y)) => std::mem::discriminant(x) == std::mem::discriminant(y),
        _ => false,
    }
}

fn swap_separators(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '.' => ',',
            ',' => '.',
            c => c,
        })
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for convention in [Convention::Id, Convention::En] {
        let number = parse_number(text, convention);

        // P1. Formatting a value with the convention's grouping and reading it
        // back gives the same value (Decimal equality is numeric, so scale
        // differences such as 1,50 vs 1,5 do not count), without a `%`.
        if let Ok(n) = &number {
            let shown = format_grouped(n.value, convention);
            match parse_number(&shown, convention) {
                Ok(back) => {
                    assert_eq!(back.value, n.value, "{text:?} -> {shown:?} read back differently");
                    assert!(!back.percent);
                }
                Err(e) => panic!("{text:?} read as {} but its formatted form {shown:?} is rejected: {e}", n.value),
            }
        }

        // P2. parse_optional is parse_number with blank/dash read as None.
        let optional = parse_optional(text, convention);
        match &number {
            Err(NumberError::Empty { .. }) => assert_eq!(optional, Ok(None), "{text:?}"),
            other => assert_eq!(optional, other.clone().map(Some), "{text:?}"),
        }

        // P3. A text that is one number is a single target of that value; a
        // range is ordered.
        let target = parse_target(text, convention);
        if let Ok(n) = &number {
            assert_eq!(target, Ok(Target::Single(n.value)), "{text:?}");
        }
        if let Ok(Target::Range(low, high)) = target {
            assert!(low <= high, "{text:?}");
        }

        // P5. A cell flagged as ambiguous reads in both conventions, and the
        // warning names its value as read.
        if let Some(warning) = ambiguity(text, convention) {
            let n = number.as_ref().unwrap_or_else(|e| panic!("{text:?} flagged ambiguous but unreadable: {e}"));
            assert!(warning.contains(&n.value.normalize().to_string()), "{text:?}: {warning}");
        }
    }

    // P4. The two conventions differ only in which of `.` and `,` groups and
    // which marks decimals: swapping the two characters and the convention
    // gives the same number or the same kind of error. The one exception is
    // the abbreviation `Rp.`, whose dot is not a separator, so texts starting
    // with `rp` (any case, after blanks) are left out.
    let head = text.trim_matches(|c: char| c.is_whitespace() || c == '\u{a0}');
    if !head.get(..2).is_some_and(|h| h.eq_ignore_ascii_case("rp")) {
        let id = parse_number(text, Convention::Id);
        let en = parse_number(&swap_separators(text), Convention::En);
        assert!(same_kind(&id, &en), "{text:?}: id {id:?} vs en {en:?}");
    }
});
