//! Reading number text as people type it in Indonesian planning documents.
//!
//! The documents mix conventions (`1.152.699` and `2,870,628,000` in the same
//! report), so the convention is declared per file and anything that does not
//! fit it is rejected instead of guessed: `97.61` read as Indonesian would be
//! either a thousands group that is too short or a decimal point in the wrong
//! convention, and a wrong guess silently changes a result by a factor of 1000.

use crate::diagnostic::{Kind, Text};
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

crate::named::named!(Convention, WhatNumberConvention {
    Id => "id" ("1.152.699; 0,99") | "indonesian" | "indonesia",
    En => "en" ("1,152,699; 0.99") | "english",
});

impl Convention {
    fn separators(self) -> (char, char) {
        match self {
            Convention::Id => ('.', ','),
            Convention::En => (',', '.'),
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
#[non_exhaustive]
pub enum NumberError {
    /// Nothing but blanks, or a dash standing for "no value" where a value is required.
    #[error("{}", self.kind().message(crate::lang::Lang::En))]
    Empty {
        /// The raw text.
        text: String,
    },
    /// Characters or separators that fit no number in the declared convention.
    #[error("{}", self.kind().message(crate::lang::Lang::En))]
    Garbled {
        /// The raw text.
        text: String,
        /// The convention it was read in.
        convention: Convention,
        /// What exactly does not fit.
        reason: Garble,
    },
    /// A number too large or with too many digits for a 96-bit decimal.
    #[error("{}", self.kind().message(crate::lang::Lang::En))]
    OutOfRange {
        /// The raw text.
        text: String,
    },
}

/// What exactly makes a text no number.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Garble {
    /// A character no number has.
    UnexpectedCharacter(char),
    /// A thousands group that is not 3 digits.
    BadGroup {
        /// The group separator.
        group: char,
        /// The group found.
        found: String,
    },
    /// More than one decimal mark.
    TwoDecimalMarks(char),
    /// No digits at all.
    NoDigits,
    /// No digits before the decimal mark.
    NoIntegerDigits,
    /// Nothing, or groups, after the decimal mark.
    BadFraction(char),
    /// Words after the number that are not the satuan.
    WordsNotSatuan {
        /// The words.
        words: String,
        /// The indicator's satuan.
        satuan: String,
    },
    /// Words after the number, and no satuan to compare.
    Words(String),
    /// A range whose low end is above its high end.
    RangeReversed(Decimal, Decimal),
    /// A spreadsheet's scientific format (`2E+12`), digits lost.
    Scientific,
    /// A ratio whose first number is 0 or a percentage.
    Ratio,
}

impl NumberError {
    /// The diagnostic kind, with the text and its reading as parameters.
    pub fn kind(&self) -> Kind {
        match self {
            NumberError::Empty { text } => Kind::NumberEmpty { text: text.clone() },
            NumberError::OutOfRange { text } => Kind::NumberOutOfRange { text: text.clone() },
            NumberError::Garbled { text, convention, reason } => {
                let (text, convention) = (text.clone(), convention.name().to_string());
                match reason {
                    Garble::UnexpectedCharacter(c) => {
                        Kind::NumberUnexpectedCharacter { text, convention, character: c.to_string() }
                    }
                    Garble::BadGroup { group, found } => {
                        Kind::NumberBadGroup { text, convention, group: group.to_string(), found: found.clone() }
                    }
                    Garble::TwoDecimalMarks(m) => Kind::NumberTwoDecimalMarks { text, convention, mark: m.to_string() },
                    Garble::NoDigits => Kind::NumberNoDigits { text, convention },
                    Garble::NoIntegerDigits => Kind::NumberNoIntegerDigits { text, convention },
                    Garble::BadFraction(m) => Kind::NumberBadFraction { text, convention, mark: m.to_string() },
                    Garble::WordsNotSatuan { words, satuan } => {
                        Kind::NumberWordsNotSatuan { text, convention, words: words.clone(), satuan: satuan.clone() }
                    }
                    Garble::Words(words) => Kind::NumberWords { text, convention, words: words.clone() },
                    Garble::Scientific => Kind::NumberScientific { text },
                    Garble::Ratio => Kind::NumberRatio { text },
                    Garble::RangeReversed(low, high) => {
                        Kind::NumberRangeReversed { text, convention, low: low.to_string(), high: high.to_string() }
                    }
                }
            }
        }
    }

    /// A hint for the user, when one helps beyond the kind's own.
    pub fn help(&self) -> Option<Text> {
        match self {
            // The message already says what to do with words after a
            // number, and a scientific cell has its own help.
            NumberError::Garbled {
                reason: Garble::Words(_) | Garble::WordsNotSatuan { .. } | Garble::Scientific | Garble::Ratio,
                ..
            } => None,
            NumberError::Garbled { text, convention, .. } => {
                let other = match convention {
                    Convention::Id => Convention::En,
                    Convention::En => Convention::Id,
                };
                // Suggest the other convention only when the text is a number in it.
                let switch = parse_number(text, other).is_ok();
                Some(match (convention, switch) {
                    (Convention::Id, true) => Text::NumberReadsEnglish { text: text.clone() },
                    (Convention::En, true) => Text::NumberReadsIndonesian { text: text.clone() },
                    (Convention::Id, false) => Text::NumberIdConvention,
                    (Convention::En, false) => Text::NumberEnConvention,
                })
            }
            NumberError::Empty { .. } => Some(Text::NumberWriteOne),
            NumberError::OutOfRange { .. } => None,
        }
    }
}

/// Reads one number: optional `Rp`, sign, digits with thousands groups, an
/// optional decimal part and an optional trailing `%`. Words after the
/// number are an error here; [`parse_number_in`] accepts the indicator's
/// `satuan` there.
pub fn parse_number(text: &str, convention: Convention) -> Result<Number, NumberError> {
    parse_number_in(text, convention, None)
}

/// Like [`parse_number`], but the number may be followed by its unit as the
/// documents print it (`"7 bulan"`, `"5.500 orang"`) when those words are the
/// indicator's `satuan` (or its first words: `kali` for `kali (siklus
/// PME)`). Any other words are an error naming them, never dropped: `"Rp
/// 1.000 juta"` would otherwise read as a thousandth of its value.
pub fn parse_number_in(text: &str, convention: Convention, satuan: Option<&str>) -> Result<Number, NumberError> {
    match plain_decimal(text, convention) {
        Some(value) => Ok(Number { value, percent: false }),
        None => read_number(text, convention, satuan),
    }
}

/// [`parse_number_in`] for any text, plain or not.
fn read_number(text: &str, convention: Convention, satuan: Option<&str>) -> Result<Number, NumberError> {
    let garbled = |reason: Garble| NumberError::Garbled { text: text.to_string(), convention, reason };
    if is_no_value(text) {
        return Err(NumberError::Empty { text: text.to_string() });
    }
    let mut s = text.trim_matches(is_blank);
    if let Some(rest) = strip_prefix_ci(s, "rp") {
        s = rest.strip_prefix('.').unwrap_or(rest).trim_start_matches(is_blank);
    }
    // Rupiah amounts end with ",-" (no sen): `Rp 65.040.000,-`.
    let (_, decimal) = convention.separators();
    for dash in ["-", "--", "—", "–"] {
        if let Some(rest) = s.strip_suffix(dash).and_then(|r| r.strip_suffix(decimal))
            && rest.ends_with(|c: char| c.is_ascii_digit())
        {
            s = rest;
            break;
        }
    }
    if is_scientific(s) {
        return Err(garbled(Garble::Scientific));
    }
    // A ratio as reports print it (`1:32` pupils per teacher, `1 : 17,9`):
    // its value is the second number per one of the first.
    if let Some((left, right)) = s.split_once(':') {
        let (l, r) = (parse_number_in(left, convention, None)?, parse_number_in(right, convention, satuan)?);
        if l.value.is_zero() || l.percent || r.percent {
            return Err(garbled(Garble::Ratio));
        }
        let value = r.value.checked_div(l.value).ok_or_else(|| NumberError::OutOfRange { text: text.to_string() })?;
        return Ok(Number { value: value.normalize(), percent: false });
    }
    if let Some((number, words)) = unit_words(s) {
        match satuan {
            Some(u) if is_satuan(words, u) => s = number,
            Some(u) => {
                return Err(garbled(Garble::WordsNotSatuan { words: words.to_string(), satuan: u.to_string() }));
            }
            None => {
                return Err(garbled(Garble::Words(words.to_string())));
            }
        }
    }
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
        return Err(garbled(Garble::NoDigits));
    }
    if let Some(bad) = body.chars().find(|c| !c.is_ascii_digit() && *c != '.' && *c != ',') {
        return Err(garbled(Garble::UnexpectedCharacter(bad)));
    }
    let (group, decimal) = convention.separators();
    let mut parts = body.split(decimal);
    let int_part = parts.next().unwrap_or("");
    let frac_part = parts.next();
    if parts.next().is_some() {
        return Err(garbled(Garble::TwoDecimalMarks(decimal)));
    }
    if int_part.is_empty() {
        return Err(garbled(Garble::NoIntegerDigits));
    }
    let mut digits = String::with_capacity(body.len() + 2);
    if negative {
        digits.push('-');
    }
    if int_part.contains(group) {
        for (i, g) in int_part.split(group).enumerate() {
            let ok = if i == 0 { (1..=3).contains(&g.len()) } else { g.len() == 3 };
            if !ok {
                return Err(garbled(Garble::BadGroup { group, found: g.to_string() }));
            }
            digits.push_str(g);
        }
    } else {
        digits.push_str(int_part);
    }
    if let Some(frac) = frac_part {
        if frac.is_empty() || frac.contains(group) {
            return Err(garbled(Garble::BadFraction(decimal)));
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
pub fn ambiguity(text: &str, convention: Convention) -> Option<Kind> {
    // Without the convention's decimal mark there is nothing to split on
    // below: most cells (`10`, `2024`) are answered here.
    let (_, mark) = convention.separators();
    let at = text.bytes().position(|b| char::from(b) == mark)?;
    // Plain digits around the mark are split there below: ambiguous only
    // with three decimals (`7,30` is not, `1,152` is).
    if text.bytes().all(|b| b.is_ascii_digit() || char::from(b) == mark) && text.len() - at - 1 != 3 {
        return None;
    }
    let t = text.trim().trim_end_matches('%').trim();
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
    Some(Kind::NumberAmbiguous {
        text: text.to_string(),
        value: as_read.value.normalize().to_string(),
        convention: convention.name().to_string(),
        other_convention: match convention {
            Convention::En => "id",
            Convention::Id => "en",
        }
        .to_string(),
        other_value: other.value.normalize().to_string(),
    })
}

/// Which way a comparison target points: a ceiling (`≤ 5`, `maks. 5`,
/// `kurang dari 49`) or a floor (`≥ 95%`, `minimal 80`, `paling sedikit 90`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Comparison {
    /// At most the bound: lower is better (polarity `turun`).
    AtMost,
    /// At least the bound: higher is better (polarity `naik`).
    AtLeast,
}

/// The comparison a target text starts with, and the text after it.
pub(crate) fn comparison(text: &str) -> Option<(Comparison, &str)> {
    const WORDS: [(&str, Comparison); 18] = [
        ("<=", Comparison::AtMost),
        ("≤", Comparison::AtMost),
        ("<", Comparison::AtMost),
        ("maksimal", Comparison::AtMost),
        ("maksimum", Comparison::AtMost),
        ("maks.", Comparison::AtMost),
        ("maks", Comparison::AtMost),
        ("kurang dari", Comparison::AtMost),
        ("paling banyak", Comparison::AtMost),
        ("tidak lebih dari", Comparison::AtMost),
        (">=", Comparison::AtLeast),
        ("≥", Comparison::AtLeast),
        (">", Comparison::AtLeast),
        ("minimal", Comparison::AtLeast),
        ("minimum", Comparison::AtLeast),
        ("min.", Comparison::AtLeast),
        ("paling sedikit", Comparison::AtLeast),
        ("lebih dari", Comparison::AtLeast),
    ];
    let t = text.trim_start_matches(is_blank);
    WORDS.iter().find_map(|(w, c)| {
        let head = t.get(..w.len())?;
        let rest = &t[w.len()..];
        // A word must end before the number (`minimal80` is not `min al80`).
        let ends = w.ends_with(|c: char| !c.is_alphabetic()) || rest.starts_with(is_blank);
        (head.eq_ignore_ascii_case(w)
            && ends
            && rest.trim_start_matches(is_blank).starts_with(|c: char| c.is_ascii_digit()))
        .then(|| (*c, rest.trim_start_matches(is_blank)))
    })
}

/// Like [`parse_number`], but blank text and a lone dash (how the documents
/// print "no value") read as `None`.
pub fn parse_optional(text: &str, convention: Convention) -> Result<Option<Number>, NumberError> {
    parse_optional_in(text, convention, None)
}

/// [`parse_optional`] with the indicator's `satuan` allowed after the number.
pub(crate) fn parse_optional_in(
    text: &str,
    convention: Convention,
    satuan: Option<&str>,
) -> Result<Option<Number>, NumberError> {
    if let Some(value) = plain_decimal(text, convention) {
        return Ok(Some(Number { value, percent: false }));
    }
    if is_no_value(text) { Ok(None) } else { parse_number_in(text, convention, satuan).map(Some) }
}

/// Plain decimal text: ASCII digits with at most one decimal mark of the
/// convention between them (`10`, `7,30` in `id`, `7.30` in `en`), nothing
/// else. Most cells of a sheet are such, and read here without looking for
/// words, ranges, ratios or groups: to the value (scale included) the whole
/// reader gives them. `None` sends any other text to the whole reader.
fn plain_decimal(text: &str, convention: Convention) -> Option<Decimal> {
    let (_, mark) = convention.separators();
    let bytes = text.as_bytes();
    // 19 digits always fit a u64: a longer text goes the long way.
    if bytes.is_empty() || bytes.len() > 19 {
        return None;
    }
    let (mut mantissa, mut scale) = (0u64, None);
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'0'..=b'9' => mantissa = mantissa * 10 + u64::from(b - b'0'),
            _ if char::from(*b) == mark && scale.is_none() && i > 0 && i + 1 < bytes.len() => {
                scale = Some(bytes.len() - i - 1);
            }
            _ => return None,
        }
    }
    let scale = u32::try_from(scale.unwrap_or(0)).ok()?;
    Decimal::try_from_i128_with_scale(i128::from(mantissa), scale).ok()
}

/// Reads a target: a number, or a range `low–high` written with an en dash,
/// an em dash, a hyphen or `s.d.`/`s/d`. A `%` on either bound applies to both.
pub fn parse_target(text: &str, convention: Convention) -> Result<Target, NumberError> {
    parse_target_in(text, convention, None)
}

/// [`parse_target`] with the indicator's `satuan` allowed after either bound
/// (`"7 – 8 bulan"`, as PermenPANRB 8/2021's example prints it).
pub fn parse_target_in(text: &str, convention: Convention, satuan: Option<&str>) -> Result<Target, NumberError> {
    if let Some(value) = plain_decimal(text, convention) {
        return Ok(Target::Single(value));
    }
    // `≤ 5`, `maks. 5`, `paling sedikit 90`: the bound is the target; the
    // word's direction is the reader's to check against the polarity.
    let text = comparison(text).map_or(text, |(_, rest)| rest);
    let Some((left, right)) = split_range(text) else {
        return parse_number_in(text, convention, satuan).map(|n| Target::Single(n.value));
    };
    let low = parse_number_in(left, convention, satuan)?;
    let high = parse_number_in(right, convention, satuan)?;
    if low.value > high.value {
        return Err(NumberError::Garbled {
            text: text.to_string(),
            convention,
            reason: Garble::RangeReversed(low.value, high.value),
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

/// Splits text printed with words after its number ("7 bulan") into the
/// number and the words, when the words are letters only and none is `sd`
/// (a range's "sampai dengan"). Other trailing text (`12a`, `1 000`,
/// `7 sd %`) is left whole for the number reader to reject.
fn unit_words(s: &str) -> Option<(&str, &str)> {
    let i = s.find(is_blank)?;
    let tail = s[i..].trim_matches(is_blank);
    let words = !tail.is_empty()
        && tail.chars().all(|c| c.is_alphabetic() || is_blank(c))
        && !tail.split(is_blank).any(|w| w.eq_ignore_ascii_case("sd"));
    words.then(|| (s[..i].trim_end_matches(is_blank), tail))
}

/// Whether `words` are the satuan, or its first words, ignoring case and
/// punctuation: `kali` and `kali siklus PME` are `kali (siklus PME)`.
fn is_satuan(words: &str, satuan: &str) -> bool {
    let norm = |t: &str| -> Vec<String> {
        t.split(is_blank)
            .map(|w| w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let (w, u) = (norm(words), norm(satuan));
    !w.is_empty() && u.starts_with(&w)
}

/// `2E+12`, `1,5E-3`: how a spreadsheet shows a number too wide for its
/// column, with digits already lost.
fn is_scientific(s: &str) -> bool {
    let Some((mantissa, exponent)) = s.split_once(['e', 'E']) else { return false };
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    !mantissa.is_empty()
        && mantissa.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',' || c == '-')
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && !exponent.is_empty()
        && exponent.chars().all(|c| c.is_ascii_digit())
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Whether text says "no value": nothing but blanks, a lone hyphen, en
/// dash or em dash, as documents print an empty cell, or the words reports
/// use for it (`n/a`, `tidak ada data`, `belum ada data`). The one test for
/// every reader: an indicator's period, a table cell and a CSV cell agree.
pub fn is_no_value(text: &str) -> bool {
    let t = text.trim_matches(is_blank);
    matches!(t, "" | "-" | "–" | "—") || ["n/a", "tidak ada data", "belum ada data"].iter().any(|w| same_words(t, w))
}

/// Whether `text` is the words of `words` (separated by one space), ignoring
/// ASCII case and how blanks separate them; without allocating, as every
/// cell of a CSV asks.
fn same_words(text: &str, words: &str) -> bool {
    let (mut a, mut b) = (text.split_whitespace(), words.split(' '));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) => {}
            _ => return false,
        }
    }
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

    #[test]
    fn plain_decimals_read_as_the_whole_reader_reads_them() {
        let alphabet = ['0', '1', '9', '.', ',', '-', ' ', '%'];
        let mut texts: Vec<String> = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> =
                texts.iter().flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}"))).collect();
            texts.extend(longer);
        }
        texts.sort();
        texts.dedup();
        let long = ["9999999999999999999", "99999999999999999999", "1234567890,12345678", "0000000000000000001,5"];
        texts.extend(long.iter().map(|t| t.to_string()));
        let mut plain = 0;
        for text in &texts {
            for convention in [Id, En] {
                let Some(fast) = plain_decimal(text, convention) else { continue };
                plain += 1;
                let whole = read_number(text, convention, None).unwrap_or_else(|e| panic!("{text:?}: {e}"));
                assert!(!whole.percent, "{text:?}");
                let (a, b) = ((fast.mantissa(), fast.scale()), (whole.value.mantissa(), whole.value.scale()));
                assert_eq!(a, b, "{text:?} in {convention:?}");
            }
        }
        // The sweep did reach the plain texts, not only the others.
        assert!(plain > 1000, "{plain}");
        for text in ["1.152.699", "97,61%", "", "7,", ",5", "1,2,3", "-5", "12a", "1 000"] {
            assert_eq!(plain_decimal(text, Id), None, "{text}");
        }
        assert_eq!(plain_decimal("0,99", Id), Some(d("0.99")));
        assert_eq!(plain_decimal("0.99", En), Some(d("0.99")));
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
            "7 bulan", Id;
            "5.500 orang", Id;
            "Rp 1.000 juta", Id;
        }
    }

    #[test]
    fn reads_the_indicators_satuan_after_the_number() {
        let n = |t: &str, u: &str| parse_number_in(t, Id, Some(u)).map(|n| n.value);
        assert_eq!(n("5.500 orang", "orang"), Ok(d("5500")));
        assert_eq!(n("7 Bulan", "bulan"), Ok(d("7")));
        assert_eq!(n("2 kali", "kali (siklus PME)"), Ok(d("2")));
        assert_eq!(n("2 kali siklus PME", "kali (siklus PME)"), Ok(d("2")));
        assert_eq!(n("85 Labkesmas", "Labkesmas"), Ok(d("85")));
        // PermenPANRB 8/2021's own example prints the unit with the range.
        assert_eq!(parse_target_in("7 – 8 bulan", Id, Some("bulan")), Ok(Target::Range(d("7"), d("8"))));
        assert_eq!(parse_target_in("7 bulan s.d. 8 bulan", Id, Some("bulan")), Ok(Target::Range(d("7"), d("8"))));
        // Words that are not the satuan are never dropped.
        for (text, satuan) in [
            ("Rp 1.000 juta", "Rupiah"),
            ("2,87 miliar", "rupiah"),
            ("10 ribu", "orang"),
            ("5 K", "dokumen"),
            ("1 setengah", "bulan"),
            ("7 bulan", "orang"),
            ("12 bulan3", "bulan"),
            ("7,6 sd %", "sd"),
            ("4 s sd  s s", "s"),
            ("7 kali/tahun", "kali"),
            ("7bulan", "bulan"),
        ] {
            assert!(matches!(parse_number_in(text, Id, Some(satuan)), Err(NumberError::Garbled { .. })), "{text}");
        }
        let e = parse_number_in("Rp 1.000 juta", Id, Some("Rupiah")).unwrap_err().to_string();
        assert!(e.contains("`juta` after the number is not the indicator's satuan (`Rupiah`)"), "{e}");
    }

    #[test]
    fn empty_and_dash_are_no_value_only_where_optional() {
        assert!(matches!(parse_number("", Id), Err(NumberError::Empty { .. })));
        assert!(matches!(parse_number("-", Id), Err(NumberError::Empty { .. })));
        assert_eq!(parse_optional("-", Id), Ok(None));
        assert_eq!(parse_optional(" ", Id), Ok(None));
        for (text, none) in [("", true), (" \u{a0}", true), ("-", true), (" – ", true), ("—", true), ("0", false)] {
            assert_eq!(is_no_value(text), none, "{text:?}");
        }
        // `n/a` reads as no value since planners write it so (issue: careless input).
        for text in ["--", "−", "n/b", "-1"] {
            assert!(!is_no_value(text), "{text:?}");
        }
    }

    #[test]
    fn out_of_range_is_its_own_error() {
        assert!(matches!(parse_number("99999999999999999999999999999999", Id), Err(NumberError::OutOfRange { .. })));
    }

    #[test]
    fn flags_text_that_reads_differently_in_the_other_convention() {
        let en = |k: Kind| k.message(crate::lang::Lang::En);
        assert!(en(ambiguity("10.000", En).unwrap()).contains("read as 10 in the en convention"));
        assert!(en(ambiguity("1,152", Id).unwrap()).contains("in the en convention it would be 1152"));
        assert_eq!(ambiguity("10.000", Id), None);
        assert_eq!(ambiguity("0.990", En), None);
        assert_eq!(ambiguity("97.61", En), None);
        assert_eq!(ambiguity("1.152.699", Id), None);
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
        assert!(parse_target("7 – 8 bulan", Id).is_err());
        assert_eq!(parse_target("6,5-8", Id), Ok(Target::Range(d("6.5"), d("8"))));
        assert_eq!(parse_target("-5", Id), Ok(Target::Single(d("-5"))));
        assert_eq!(parse_target("0,99", Id), Ok(Target::Single(d("0.99"))));
        assert!(parse_target("90–80", Id).is_err());
        assert!(parse_target("80–x", Id).is_err());
    }

    #[test]
    fn the_planners_own_words() {
        // No-value words, as reports print an empty cell.
        for t in ["n/a", "N/A", " tidak ada data ", "Tidak  Ada Data", "belum ada data", "—"] {
            assert!(is_no_value(t), "{t}");
            assert!(matches!(parse_optional(t, Id), Ok(None)), "{t}");
        }
        assert!(!is_no_value("ada"));
        // The rupiah's ",-".
        assert_eq!(parse_number("Rp 65.040.000,-", Id).unwrap().value, Decimal::from(65_040_000));
        assert_eq!(parse_number("65.040.000,-", Id).unwrap().value, Decimal::from(65_040_000));
        assert_eq!(parse_number("Rp 65,040,000.-", En).unwrap().value, Decimal::from(65_040_000));
        // A spreadsheet's scientific format is its own error, with its own help.
        let e = parse_number("2E+12", Id).unwrap_err();
        assert_eq!(e.kind().code(), "number/scientific");
        assert_eq!(e.help(), None);
        assert!(e.kind().help(crate::lang::Lang::En).unwrap().contains("format the column as Number"));
        // Words after a number: the message says what to do, no contradicting hint.
        let e = parse_number_in("8 bln", Id, Some("bulan")).unwrap_err();
        assert_eq!(e.kind().code(), "number/words-not-satuan");
        assert_eq!(e.help(), None);
    }

    #[test]
    fn comparison_targets() {
        for (text, dir, value) in [
            ("< 0,49", Comparison::AtMost, "0.49"),
            ("≤ 5", Comparison::AtMost, "5"),
            ("maks. 5", Comparison::AtMost, "5"),
            ("kurang dari 49", Comparison::AtMost, "49"),
            ("≥ 95%", Comparison::AtLeast, "95"),
            ("minimal 80", Comparison::AtLeast, "80"),
            ("paling sedikit 90", Comparison::AtLeast, "90"),
        ] {
            assert_eq!(comparison(text).map(|c| c.0), Some(dir), "{text}");
            assert_eq!(parse_target(text, Id).unwrap().to_string(), value, "{text}");
        }
        assert_eq!(comparison("80"), None);
        assert_eq!(comparison("-5"), None);
        assert_eq!(comparison("minimalis"), None);
    }

    #[test]
    fn ratios_read_as_the_second_number_per_one_of_the_first() {
        assert_eq!(parse_number("1:32", Id).unwrap().value, Decimal::from(32));
        assert_eq!(parse_number("1 : 17,9", Id).unwrap().value.to_string(), "17.9");
        assert_eq!(parse_number("2:5", Id).unwrap().value.to_string(), "2.5");
        assert_eq!(parse_number("0:5", Id).unwrap_err().kind().code(), "number/ratio");
        assert!(parse_number("1:x", Id).is_err());
    }
}
