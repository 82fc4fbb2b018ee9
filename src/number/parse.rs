//! Reading number text as people type it in Indonesian planning documents.
//!
//! The documents mix conventions (`1.152.699` and `2,870,628,000` in the same
//! report), so the convention is declared per file and anything that does not
//! fit it is rejected instead of guessed: `97.61` read as Indonesian would be
//! either a thousands group that is too short or a decimal point in the wrong
//! convention, and a wrong guess silently changes a result by a factor of 1000.

use rust_decimal::Decimal;
use serde::Serialize;
use std::str::FromStr;

/// Which characters group thousands and which mark decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Convention {
    /// `1.152.699`, `0,99`, `97,61%` — the default.
    #[default]
    Id,
    /// `1,152,699`, `0.99`, `97.61 %`.
    En,
}

impl Convention {
    /// Parses `id`/`en` (and the long names).
    pub fn from_name(name: &str) -> Option<Convention> {
        match name.trim().to_ascii_lowercase().as_str() {
            "id" | "indonesian" | "indonesia" => Some(Convention::Id),
            "en" | "english" => Some(Convention::En),
            _ => None,
        }
    }

    fn separators(self) -> (char, char) {
        match self {
            Convention::Id => ('.', ','),
            Convention::En => (',', '.'),
        }
    }

    /// The name used in files and messages.
    pub fn name(self) -> &'static str {
        match self {
            Convention::Id => "id",
            Convention::En => "en",
        }
    }
}

/// A number read from text, remembering whether it carried a `%`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number {
    /// The value as written: `97,61%` is 97.61, not 0.9761.
    pub value: Decimal,
    /// Whether the text ended in `%`.
    pub percent: bool,
}

/// A target: one value, or a range such as `80–90%`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// One value.
    Single(Decimal),
    /// An inclusive range, low ≤ high.
    Range(Decimal, Decimal),
}

impl Target {
    /// Lower bound (the value itself for a single target).
    pub fn low(&self) -> Decimal {
        match *self {
            Target::Single(v) | Target::Range(v, _) => v,
        }
    }

    /// Upper bound (the value itself for a single target).
    pub fn high(&self) -> Decimal {
        match *self {
            Target::Single(v) | Target::Range(_, v) => v,
        }
    }
}

impl Serialize for Target {
    /// A single target is an exact JSON number; a range is its text `80–90`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Target::Single(v) => Serialize::serialize(&v.normalize(), s),
            Target::Range(..) => s.collect_str(self),
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Single(v) => write!(f, "{}", v.normalize()),
            Target::Range(a, b) => write!(f, "{}–{}", a.normalize(), b.normalize()),
        }
    }
}

/// Why a text is not a number.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumberError {
    /// Nothing but blanks, or a dash standing for "no value" where a value is required.
    #[error("expected a number, found an empty value `{text}`")]
    Empty {
        /// The raw text.
        text: String,
    },
    /// Characters or separators that fit no number in the declared convention.
    #[error("`{text}` is not a number in the {} convention: {reason}", convention.name())]
    Garbled {
        /// The raw text.
        text: String,
        /// The convention it was read in.
        convention: Convention,
        /// What exactly does not fit.
        reason: String,
    },
    /// A number too large or with too many digits for a 96-bit decimal.
    #[error("`{text}` is beyond the range of exact decimals (about ±7.9e28, 28 digits)")]
    OutOfRange {
        /// The raw text.
        text: String,
    },
}

impl NumberError {
    /// A hint for the user, when one helps.
    pub fn help(&self) -> Option<String> {
        match self {
            NumberError::Garbled { text, convention, .. } => {
                let other = match convention {
                    Convention::Id => Convention::En,
                    Convention::En => Convention::Id,
                };
                // Suggest the other convention only when the text is a number in it.
                let switch = parse_number(text, other).is_ok();
                Some(match (convention, switch) {
                    (Convention::Id, true) => format!(
                        "`{text}` reads as an English number: if this file uses English numbers (97.61; 2,870,628,000), \
                         set `numbers = \"en\"` or pass `--numbers en`"
                    ),
                    (Convention::En, true) => format!(
                        "`{text}` reads as an Indonesian number: if this file uses Indonesian numbers (0,99; 1.152.699), \
                         set `numbers = \"id\"` or pass `--numbers id`"
                    ),
                    (Convention::Id, false) => "Indonesian convention: `.` groups thousands (1.152.699), `,` marks decimals \
                         (0,99; 97,61%); this text is a number in no convention: correct the cell from the source document"
                        .to_string(),
                    (Convention::En, false) => "English convention: `,` groups thousands (1,152,699), `.` marks decimals \
                         (0.99); this text is a number in no convention: correct the cell from the source document"
                        .to_string(),
                })
            }
            NumberError::Empty { .. } => {
                Some("write a number, or leave the period out if there is no value yet".into())
            }
            NumberError::OutOfRange { .. } => None,
        }
    }
}

/// Reads one number: optional `Rp`, sign, digits with thousands groups, an
/// optional decimal part, an optional trailing `%` and optional unit words
/// (`7 bulan`, `5.500 orang`, `2 kali siklus PME`).
pub fn parse_number(text: &str, convention: Convention) -> Result<Number, NumberError> {
    let garbled =
        |reason: &str| NumberError::Garbled { text: text.to_string(), convention, reason: reason.to_string() };
    let mut s = text.trim_matches(is_blank);
    if s.is_empty() || is_dash(s) {
        return Err(NumberError::Empty { text: text.to_string() });
    }
    if let Some(rest) = strip_prefix_ci(s, "rp") {
        s = rest.strip_prefix('.').unwrap_or(rest).trim_start_matches(is_blank);
    }
    if let Some(word) = multiplier_word(s) {
        return Err(garbled(&format!(
            "`{word}` multiplies the number, it is not a unit: write the figure in full (or as printed in a table whose unit is said once)"
        )));
    }
    s = strip_unit_words(s);
    let mut percent = false;
    if let Some(rest) = s.strip_suffix('%') {
        percent = true;
        s = rest.trim_end_matches(is_blank);
    }
    let (negative, body) = match s.chars().next() {
        Some('-') | Some('−') => (true, &s[s.chars().next().map_or(0, char::len_utf8)..]),
        Some('+') => (false, &s[1..]),
        _ => (false, s),
    };
    if body.is_empty() {
        return Err(garbled("there are no digits"));
    }
    if let Some(bad) = body.chars().find(|c| !c.is_ascii_digit() && *c != '.' && *c != ',') {
        return Err(garbled(&format!("unexpected character `{bad}`")));
    }
    let (group, decimal) = convention.separators();
    let mut parts = body.split(decimal);
    let int_part = parts.next().unwrap_or("");
    let frac_part = parts.next();
    if parts.next().is_some() {
        return Err(garbled(&format!("more than one decimal mark `{decimal}`")));
    }
    if int_part.is_empty() {
        return Err(garbled("there are no digits before the decimal mark"));
    }
    let mut digits = String::with_capacity(body.len() + 2);
    if negative {
        digits.push('-');
    }
    if int_part.contains(group) {
        for (i, g) in int_part.split(group).enumerate() {
            let ok = if i == 0 { (1..=3).contains(&g.len()) } else { g.len() == 3 };
            if !ok {
                return Err(garbled(&format!(
                    "`{group}` groups thousands here, so every group after the first needs exactly 3 digits (found `{g}`)"
                )));
            }
            digits.push_str(g);
        }
    } else {
        digits.push_str(int_part);
    }
    if let Some(frac) = frac_part {
        if frac.is_empty() || frac.contains(group) {
            return Err(garbled(&format!("the digits after the decimal mark `{decimal}` are missing or grouped")));
        }
        digits.push('.');
        digits.push_str(frac);
    }
    let value = Decimal::from_str_exact(&digits).map_err(|_| NumberError::OutOfRange { text: text.to_string() })?;
    Ok(Number { value, percent })
}

/// Text that is a valid number in `convention` but reads differently in the
/// other one: `10.000` is ten in English and ten thousand in Indonesian;
/// `1,152` the reverse. Such a cell is read as declared, with a warning,
/// since a file that mixes conventions gets one of them wrong silently.
pub fn ambiguity(text: &str, convention: Convention) -> Option<String> {
    if multiplier_word(text.trim()).is_some() {
        return None;
    }
    let t = strip_unit_words(text.trim()).trim_end_matches('%').trim();
    let t = t.strip_prefix('-').unwrap_or(t);
    let (int, frac) = match convention {
        Convention::En => t.split_once('.')?,
        Convention::Id => t.split_once(',')?,
    };
    let plain = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !(plain(int) && int.len() <= 3 && int != "0" && frac.len() == 3 && plain(frac)) {
        return None;
    }
    let (as_read, other) = match convention {
        Convention::En => (parse_number(text, Convention::En).ok()?, parse_number(text, Convention::Id).ok()?),
        Convention::Id => (parse_number(text, Convention::Id).ok()?, parse_number(text, Convention::En).ok()?),
    };
    Some(format!(
        "`{text}` is read as {} in the {} convention; in the {} convention it would be {}",
        as_read.value.normalize(),
        convention.name(),
        match convention {
            Convention::En => "id",
            Convention::Id => "en",
        },
        other.value.normalize()
    ))
}

/// Like [`parse_number`], but blank text and a lone dash (how the documents
/// print "no value") read as `None`.
pub fn parse_optional(text: &str, convention: Convention) -> Result<Option<Number>, NumberError> {
    let s = text.trim_matches(is_blank);
    if s.is_empty() || is_dash(s) { Ok(None) } else { parse_number(text, convention).map(Some) }
}

/// Reads a target: a number, or a range `low–high` written with an en dash,
/// an em dash, a hyphen or `s.d.`/`s/d`. A `%` on either bound applies to both.
pub fn parse_target(text: &str, convention: Convention) -> Result<Target, NumberError> {
    let Some((left, right)) = split_range(text) else {
        return parse_number(text, convention).map(|n| Target::Single(n.value));
    };
    let low = parse_number(left, convention)?;
    let high = parse_number(right, convention)?;
    if low.value > high.value {
        return Err(NumberError::Garbled {
            text: text.to_string(),
            convention,
            reason: format!("the range starts above where it ends ({} > {})", low.value, high.value),
        });
    }
    Ok(Target::Range(low.value, high.value))
}

fn split_range(text: &str) -> Option<(&str, &str)> {
    let s = text.trim_matches(is_blank);
    for sep in ["–", "—", " s.d. ", " s.d ", " s/d ", " sd "] {
        if let Some(i) = s.find(sep) {
            return Some((&s[..i], &s[i + sep.len()..]));
        }
    }
    // A hyphen is a range only between two numbers, never a leading minus
    // sign. Walk characters, not bytes: the text may hold `−` or other
    // multi-byte characters, and slicing inside one would panic.
    s.char_indices().skip(1).find_map(|(i, c)| {
        let prev = s[..i].trim_end_matches(is_blank).chars().last()?;
        (c == '-' && (prev.is_ascii_digit() || prev == '%')).then(|| (&s[..i], &s[i + 1..]))
    })
}

/// The number part of text printed with its unit, as the documents print
/// targets ("7 – 8 bulan", "5.500 orang"): the unit is the words after the
/// first blank, when they are letters only. Anything else is left for the
/// number reader to judge, so `12a`, `1 000`, `1 dari 2` or `7 sd %` stay
/// errors, and no unit holds the word `sd` (a range's "sampai dengan").
fn strip_unit_words(s: &str) -> &str {
    let Some(i) = s.find(is_blank) else { return s };
    let tail = s[i..].trim_start_matches(is_blank);
    let unit = !tail.is_empty()
        && tail.chars().all(|c| c.is_alphabetic() || is_blank(c))
        && !tail.split(is_blank).any(|w| w.eq_ignore_ascii_case("sd"));
    if unit { s[..i].trim_end_matches(is_blank) } else { s }
}

/// Words that scale a number ("Rp 2,87 miliar"): dropping them as a unit
/// would change the value a thousandfold or more, so they are refused.
const MULTIPLIERS: &[&str] =
    &["ribu", "rb", "juta", "jt", "miliar", "milyar", "m", "triliun", "t", "ribuan", "jutaan", "puluh", "ratus"];

/// The first word after the number that is a multiplier, if any.
fn multiplier_word(s: &str) -> Option<&str> {
    let i = s.find(is_blank)?;
    s[i..].split(is_blank).find(|w| MULTIPLIERS.iter().any(|m| w.trim_end_matches('.').eq_ignore_ascii_case(m)))
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

fn is_dash(s: &str) -> bool {
    matches!(s, "-" | "–" | "—")
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

impl FromStr for Convention {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Convention::from_name(s).ok_or_else(|| format!("unknown number convention `{s}` (expected `id` or `en`)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Convention::{En, Id};

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    macro_rules! reads {
        ($($text:expr, $conv:expr => $value:expr, $pct:expr;)*) => {$(
            let n = parse_number($text, $conv).unwrap_or_else(|e| panic!("{}: {e}", $text));
            assert_eq!((n.value, n.percent), (d($value), $pct), "{}", $text);
        )*};
    }

    macro_rules! rejects {
        ($($text:expr, $conv:expr;)*) => {$(
            assert!(matches!(parse_number($text, $conv), Err(NumberError::Garbled { .. })), "{} should be rejected", $text);
        )*};
    }

    #[test]
    fn reads_indonesian_text_from_the_seeds() {
        reads! {
            "1.152.699", Id => "1152699", false;
            "0,99", Id => "0.99", false;
            "97,61%", Id => "97.61", true;
            "Rp 2.870.628.000", Id => "2870628000", false;
            "Rp. 1.000", Id => "1000", false;
            "10.000", Id => "10000", false;
            "15.174", Id => "15174", false;
            "3,95", Id => "3.95", false;
            "100%", Id => "100", true;
            "  12 ", Id => "12", false;
            "-5,5", Id => "-5.5", false;
            "0", Id => "0", false;
            "5.500 orang", Id => "5500", false;
            "7 bulan", Id => "7", false;
            "2 kali siklus PME", Id => "2", false;
            "85 Labkesmas", Id => "85", false;
        }
    }

    #[test]
    fn reads_english_text_when_declared() {
        reads! {
            "2,870,628,000", En => "2870628000", false;
            "97.61 %", En => "97.61", true;
            "181.82%", En => "181.82", true;
            "0.99", En => "0.99", false;
            "80.10", En => "80.10", false;
        }
    }

    #[test]
    fn rejects_garbled_and_wrong_convention_text() {
        rejects! {
            "8356,00%,51%", Id;
            "100,100,00%0%", Id;
            "97.61", Id;
            "2,870,628,000", Id;
            "0,99", En;
            "1.2.3", Id;
            "12a", Id;
            "1..000", Id;
            ",5", Id;
            "5,", Id;
            "%", Id;
            "Rp", Id;
            "12 bulan3", Id;
            "1 000", Id;
            "1 dari 2", Id;
            "bulan", Id;
            "7bulan", Id;
            "7,6 sd %", Id;
            "7,6 sd x", Id;
            "4 s sd  s s", Id;
            "7 kali/tahun", Id;
            "Rp 1.000 juta", Id;
            "2,87 miliar", Id;
            "10 ribu", Id;
            "5 jt", Id;
            "3 M", Id;
        }
    }

    #[test]
    fn empty_and_dash_are_no_value_only_where_optional() {
        assert!(matches!(parse_number("", Id), Err(NumberError::Empty { .. })));
        assert!(matches!(parse_number("-", Id), Err(NumberError::Empty { .. })));
        assert_eq!(parse_optional("-", Id), Ok(None));
        assert_eq!(parse_optional(" ", Id), Ok(None));
    }

    #[test]
    fn out_of_range_is_its_own_error() {
        assert!(matches!(parse_number("99999999999999999999999999999999", Id), Err(NumberError::OutOfRange { .. })));
    }

    #[test]
    fn flags_text_that_reads_differently_in_the_other_convention() {
        assert!(ambiguity("10.000", En).unwrap().contains("read as 10 in the en convention"));
        assert!(ambiguity("1,152", Id).unwrap().contains("in the en convention it would be 1152"));
        assert_eq!(ambiguity("10.000", Id), None);
        assert_eq!(ambiguity("0.990", En), None);
        assert_eq!(ambiguity("97.61", En), None);
        assert_eq!(ambiguity("1.152.699", Id), None);
        assert_eq!(ambiguity("10.000 juta", En), None);
    }

    #[test]
    fn multi_byte_text_never_panics() {
        // Found by the fuzzer (fuzz/regressions/number): a minus sign U+2212
        // made the range splitter slice inside a character.
        for text in ["−", "−.", "−1.", "−1.234,5", "1–−2", "é-1", "1-é"] {
            let _ = parse_target(text, Id);
            let _ = parse_target(text, En);
        }
        assert_eq!(parse_target("−1.234,5", Id), Ok(Target::Single(d("-1234.5"))));
    }

    #[test]
    fn reads_ranges() {
        assert_eq!(parse_target("80–90%", Id), Ok(Target::Range(d("80"), d("90"))));
        assert_eq!(parse_target("80 - 90 %", Id), Ok(Target::Range(d("80"), d("90"))));
        assert_eq!(parse_target("7 s.d. 8", Id), Ok(Target::Range(d("7"), d("8"))));
        // PermenPANRB 6/2022's own example prints the unit with the range.
        assert_eq!(parse_target("7 – 8 bulan", Id), Ok(Target::Range(d("7"), d("8"))));
        assert_eq!(parse_target("7 bulan s.d. 8 bulan", Id), Ok(Target::Range(d("7"), d("8"))));
        assert_eq!(parse_target("6,5-8", Id), Ok(Target::Range(d("6.5"), d("8"))));
        assert_eq!(parse_target("-5", Id), Ok(Target::Single(d("-5"))));
        assert_eq!(parse_target("0,99", Id), Ok(Target::Single(d("0.99"))));
        assert!(parse_target("90–80", Id).is_err());
        assert!(parse_target("80–x", Id).is_err());
    }
}
