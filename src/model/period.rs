//! Reporting periods: a year, a half-year (semester), a quarter (triwulan)
//! or a month, written as files write them (`2024-Q2`) or as Indonesian
//! reports do (`TW II 2024`, `Semester I 2024`, `Juni 2024`).

use serde::Serialize;
use std::cmp::Ordering;

/// A reporting period. `Total` stands for "the whole reporting period" when a
/// file names no date at all (a CSV without a `period` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// No date given: the one reporting period of the file.
    Total,
    /// A calendar year.
    Year(i32),
    /// A half-year (semester), 1–2.
    Half(i32, u8),
    /// A quarter, 1–4.
    Quarter(i32, u8),
    /// A month, 1–12.
    Month(i32, u8),
}

/// Why a period text was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::diagnostic::Kind::PeriodInvalid { text: self.text.clone() }.message(crate::lang::Lang::En))]
pub struct PeriodError {
    /// The raw text.
    pub text: String,
}

impl From<PeriodError> for crate::diagnostic::Kind {
    fn from(e: PeriodError) -> Self {
        crate::diagnostic::Kind::PeriodInvalid { text: e.text }
    }
}

/// Every period of a year at one grain (`--periods quarters`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Granularity {
    /// January … December.
    Months,
    /// TW I … TW IV.
    Quarters,
    /// Semester I and II.
    Semesters,
}

crate::named::named!(Granularity, WhatGranularity {
    Months => "months" ("bulan") | "bulan" | "bulanan" | "monthly",
    Quarters => "quarters" ("triwulan") | "triwulan" | "triwulanan" | "tw" | "quarterly",
    Semesters => "semesters" ("semester") | "semester" | "semesteran" | "half-years",
});

/// The most periods one range may name: ten years of months.
const MAX_RANGE: usize = 120;

impl Period {
    /// Every period of `year` at grain `g`, in order.
    pub fn every(year: i32, g: Granularity) -> Vec<Period> {
        match g {
            Granularity::Months => (1..=12).map(|m| Period::Month(year, m)).collect(),
            Granularity::Quarters => (1..=4).map(|q| Period::Quarter(year, q)).collect(),
            Granularity::Semesters => (1..=2).map(|h| Period::Half(year, h)).collect(),
        }
    }

    /// The period after this one at the same grain.
    pub fn next(&self) -> Option<Period> {
        Some(match *self {
            Period::Total => return None,
            Period::Year(y) => Period::Year(y.checked_add(1)?),
            Period::Half(y, 2) => Period::Half(y.checked_add(1)?, 1),
            Period::Half(y, h) => Period::Half(y, h + 1),
            Period::Quarter(y, 4) => Period::Quarter(y.checked_add(1)?, 1),
            Period::Quarter(y, q) => Period::Quarter(y, q + 1),
            Period::Month(y, 12) => Period::Month(y.checked_add(1)?, 1),
            Period::Month(y, m) => Period::Month(y, m + 1),
        })
    }

    /// Reads one period, or a range `FROM..TO` of periods of one grain
    /// (`2024-Q1..2024-Q4`, `2024-01..2024-06`), every period from the first
    /// to the last; at most ten years of months.
    pub fn parse_many(text: &str) -> Result<Vec<Period>, PeriodError> {
        let err = || PeriodError { text: text.to_string() };
        let Some((a, b)) = text.split_once("..") else {
            return Ok(vec![Period::parse(text)?]);
        };
        let (from, to) = (Period::parse(a)?, Period::parse(b)?);
        if from.granularity() != to.granularity() || from.cmp_end(&to) == Ordering::Greater {
            return Err(err());
        }
        let mut out = vec![from];
        while out.last() != Some(&to) {
            let next = out.last().and_then(Period::next).ok_or_else(err)?;
            out.push(next);
            if out.len() > MAX_RANGE {
                return Err(err());
            }
        }
        Ok(out)
    }

    /// Reads `2024`, `2024-06`, `2024-6`, `2024-Q2`, `2024-S1` (any case),
    /// and the Indonesian forms of reports: `TW II 2024`, `Triwulan 2 2024`,
    /// `Semester I 2024`, `Juni 2024`, `Jun 2024`.
    pub fn parse(text: &str) -> Result<Period, PeriodError> {
        let err = || PeriodError { text: text.to_string() };
        let t = text.trim();
        if t.contains(char::is_alphabetic) && t.contains(char::is_whitespace) {
            return parse_words(t).ok_or_else(err);
        }
        let (year, rest) = match t.split_once('-') {
            Some((y, r)) => (y, Some(r)),
            None => (t, None),
        };
        if year.len() != 4 || !year.chars().all(|c| c.is_ascii_digit()) {
            return Err(err());
        }
        let year: i32 = year.parse().map_err(|_| err())?;
        match rest {
            None => Ok(Period::Year(year)),
            Some(r) if r.len() == 2 && (r.starts_with('Q') || r.starts_with('q')) => {
                let q: u8 = r[1..].parse().map_err(|_| err())?;
                if (1..=4).contains(&q) { Ok(Period::Quarter(year, q)) } else { Err(err()) }
            }
            Some(r) if r.len() == 2 && r[..1].eq_ignore_ascii_case("s") => {
                let h: u8 = r[1..].parse().map_err(|_| err())?;
                if (1..=2).contains(&h) { Ok(Period::Half(year, h)) } else { Err(err()) }
            }
            Some(r) if (1..=2).contains(&r.len()) && r.chars().all(|c| c.is_ascii_digit()) => {
                let m: u8 = r.parse().map_err(|_| err())?;
                if (1..=12).contains(&m) { Ok(Period::Month(year, m)) } else { Err(err()) }
            }
            Some(_) => Err(err()),
        }
    }

    /// The year, when the period has one.
    pub fn year(&self) -> Option<i32> {
        match *self {
            Period::Total => None,
            Period::Year(y) | Period::Half(y, _) | Period::Quarter(y, _) | Period::Month(y, _) => Some(y),
        }
    }

    /// The last month the period covers, as (year, month); `None` for `Total`.
    pub fn end(&self) -> Option<(i32, u8)> {
        match *self {
            Period::Total => None,
            Period::Year(y) => Some((y, 12)),
            Period::Half(y, h) => Some((y, h * 6)),
            Period::Quarter(y, q) => Some((y, q * 3)),
            Period::Month(y, m) => Some((y, m)),
        }
    }

    /// Whether data for `self` counts toward a figure "up to `upto`": it ends
    /// no later than `upto` ends (and in the same year, since plans are yearly).
    pub fn ends_by(&self, upto: &Period) -> bool {
        match (self.end(), upto.end()) {
            (_, None) => true,
            (None, Some(_)) => false,
            (Some((y1, m1)), Some((y2, m2))) => y1 == y2 && m1 <= m2,
        }
    }

    /// A rank for granularity: months are finer than quarters, quarters than years.
    pub fn granularity(&self) -> &'static str {
        match self {
            Period::Total => "total",
            Period::Year(_) => "year",
            Period::Half(..) => "half",
            Period::Quarter(..) => "quarter",
            Period::Month(..) => "month",
        }
    }

    /// Its length as a reader's word (`month`, `bulan`).
    pub fn grain(&self) -> crate::diagnostic::Text {
        use crate::diagnostic::Text;
        match self {
            Period::Total => Text::GrainTotal,
            Period::Year(_) => Text::GrainYear,
            Period::Half(..) => Text::GrainHalf,
            Period::Quarter(..) => Text::GrainQuarter,
            Period::Month(..) => Text::GrainMonth,
        }
    }

    /// Compares by end date, for sorting.
    pub fn cmp_end(&self, other: &Period) -> Ordering {
        self.end().cmp(&other.end())
    }
}

/// Indonesian month names and their short forms, January first.
const MONTHS: [(&str, &str); 12] = [
    ("januari", "jan"),
    ("februari", "feb"),
    ("maret", "mar"),
    ("april", "apr"),
    ("mei", "mei"),
    ("juni", "jun"),
    ("juli", "jul"),
    ("agustus", "agu"),
    ("september", "sep"),
    ("oktober", "okt"),
    ("november", "nov"),
    ("desember", "des"),
];

/// `TW II 2024`, `Triwulan 2 2024`, `Semester I 2024`, `Juni 2024`: a kind
/// word (or a month), a number in Roman or Arabic digits, a year.
fn parse_words(t: &str) -> Option<Period> {
    let words: Vec<String> = t.split_whitespace().map(|w| w.trim_end_matches('.').to_lowercase()).collect();
    let year: i32 = match words.last()?.as_str() {
        y if y.len() == 4 && y.chars().all(|c| c.is_ascii_digit()) => y.parse().ok()?,
        _ => return None,
    };
    let number = |w: &str| -> Option<u8> {
        match w {
            "i" => Some(1),
            "ii" => Some(2),
            "iii" => Some(3),
            "iv" => Some(4),
            w => w.parse().ok(),
        }
    };
    match words.as_slice() {
        [month, _] => {
            let m = MONTHS.iter().position(|(full, short)| month == full || month == short)?;
            Some(Period::Month(year, m as u8 + 1))
        }
        [kind, n, _] => {
            let n = number(n)?;
            match kind.as_str() {
                "tw" | "triwulan" | "trw" => (1..=4).contains(&n).then_some(Period::Quarter(year, n)),
                "semester" | "smt" | "sm" => (1..=2).contains(&n).then_some(Period::Half(year, n)),
                _ => None,
            }
        }
        _ => None,
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Period::Total => f.write_str("-"),
            Period::Year(y) => write!(f, "{y}"),
            Period::Half(y, h) => write!(f, "{y}-S{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Period::Total => s.serialize_none(),
            p => s.collect_str(p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_name_every_period_between() {
        let q = Period::parse_many("2024-Q1..2024-Q4").unwrap();
        assert_eq!(q, Period::every(2024, Granularity::Quarters));
        let m = Period::parse_many("2024-11..2025-02").unwrap();
        let names: Vec<String> = m.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["2024-11", "2024-12", "2025-01", "2025-02"]);
        assert_eq!(Period::parse_many("TW I 2024..TW II 2024").unwrap().len(), 2);
        assert_eq!(Period::parse_many("2024-06").unwrap(), [Period::Month(2024, 6)]);
        for bad in ["2024-Q3..2024-Q1", "2024-Q1..2024-06", "2000-01..2030-01", "2024..x"] {
            assert!(Period::parse_many(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parses_and_prints() {
        for (text, shown) in [("2024", "2024"), ("2024-06", "2024-06"), ("2024-6", "2024-06"), ("2024-q2", "2024-Q2")] {
            assert_eq!(Period::parse(text).unwrap().to_string(), shown);
        }
        let words = [
            ("TW II 2024", "2024-Q2"),
            ("tw 4 2024", "2024-Q4"),
            ("Triwulan III 2024", "2024-Q3"),
            ("Semester I 2024", "2024-S1"),
            ("2024-s2", "2024-S2"),
            ("Januari 2024", "2024-01"),
            ("Jun 2024", "2024-06"),
            ("Des. 2024", "2024-12"),
        ];
        for (text, shown) in words {
            assert_eq!(Period::parse(text).map(|p| p.to_string()), Ok(shown.to_string()), "{text}");
        }
        assert_eq!(Period::Half(2024, 1).end(), Some((2024, 6)));
        assert!(Period::Quarter(2024, 2).ends_by(&Period::Half(2024, 1)));
        for bad in
            ["24", "2024-13", "2024-Q5", "2024-00", "2024-06-01", "juni", "TW V 2024", "Semester 3 2024", "Juno 2024"]
        {
            assert!(Period::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn to_date_inclusion() {
        let june = Period::Month(2024, 6);
        assert!(Period::Month(2024, 6).ends_by(&june));
        assert!(Period::Quarter(2024, 2).ends_by(&june));
        assert!(!Period::Month(2024, 7).ends_by(&june));
        assert!(!Period::Year(2024).ends_by(&june));
        assert!(Period::Year(2024).ends_by(&Period::Year(2024)));
        assert!(!Period::Month(2023, 1).ends_by(&june));
    }
}
