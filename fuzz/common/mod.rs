//! Shared by the fuzz targets: the filter for a crash already recorded under
//! `fuzz/regressions/`, so a long run can look past it.
//!
//! By default nothing is filtered and the fuzzers stop at the known crash. Set
//! `CAPAIAN_FUZZ_SKIP_KNOWN=1` to skip inputs that reach it. The predicate
//! below replays `split_range` of `src/number/parse.rs` step by step up to
//! the slice `s[..i]` that panics when `i` falls inside a multi-byte
//! character, so it skips exactly the inputs that panic there and no others.
//! Delete it once the bug is fixed in `src/`.

#![allow(dead_code)]

use std::sync::OnceLock;

/// Whether inputs that reach an already-recorded crash are skipped.
pub fn skip_known() -> bool {
    static SKIP: OnceLock<bool> = OnceLock::new();
    *SKIP.get_or_init(|| std::env::var_os("CAPAIAN_FUZZ_SKIP_KNOWN").is_some_and(|v| v != "0"))
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Known crash 1 (`regressions/number/split-range-char-boundary`):
/// `parse_target` panics with "byte index N is not a char boundary" when
/// the text has no range separator and the hyphen scan reaches a byte inside
/// a multi-byte character. True exactly when `parse_target(text, _)` would
/// panic there (the convention plays no part before that point).
pub fn split_range_would_panic(text: &str) -> bool {
    let s = text.trim_matches(is_blank);
    for sep in ["–", "—", " s.d. ", " s.d ", " s/d ", " sd "] {
        if s.contains(sep) {
            return false;
        }
    }
    let bytes = s.as_bytes();
    for i in 1..bytes.len() {
        if !s.is_char_boundary(i) {
            return true;
        }
        if let Some(prev) = s[..i].trim_end_matches(is_blank).chars().last() {
            if bytes[i] == b'-' && (prev.is_ascii_digit() || prev == '%') {
                return false;
            }
        }
    }
    false
}

/// Every field of a CSV text, read as `read_csv_plans` reads it (same
/// delimiter sniffing, flexible rows, cells trimmed). A superset of the cells
/// the loader passes to `parse_target`.
pub fn csv_fields(text: &str) -> Vec<String> {
    let header = text.lines().next().unwrap_or("");
    let count = |c| header.matches(c).count();
    let delimiter = if count(';') > count(',') {
        b';'
    } else if count('\t') > count(',') {
        b'\t'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let mut out = Vec::new();
    if let Ok(h) = reader.headers() {
        out.extend(h.iter().map(|f| f.trim().to_string()));
    }
    for record in reader.records() {
        match record {
            Ok(r) => out.extend(r.iter().map(|f| f.trim().to_string())),
            Err(_) => break,
        }
    }
    out
}

/// Every string value of a TOML text (keys left out: the loader reads no key
/// as a number). A superset of the strings the loader passes to `parse_target`.
pub fn toml_strings(text: &str) -> Vec<String> {
    use toml::de::{DeTable, DeValue};
    fn walk(v: &DeValue<'_>, out: &mut Vec<String>) {
        match v {
            DeValue::String(s) => out.push(s.to_string()),
            DeValue::Array(a) => a.iter().for_each(|x| walk(x.get_ref(), out)),
            DeValue::Table(t) => t.values().for_each(|x| walk(x.get_ref(), out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(doc) = DeTable::parse(text) {
        doc.get_ref().values().for_each(|x| walk(x.get_ref(), &mut out));
    }
    out
}
