//! Category scales (kategori) as data, with explicit band edges.

use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::number::Convention;
use crate::plan::fields::Fields;
use crate::plan::toml_value::{Source, Value};
use rust_decimal::Decimal;
use std::path::Path;
use std::sync::Arc;
use toml::de::{DeTable, DeValue};

/// One band: `min ≤ v < max` by default; either edge may be open (absent)
/// and either inclusivity may be changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    /// The category name, shared with every result in the band.
    pub kategori: Arc<str>,
    /// Lower edge; `None` is unbounded.
    pub min: Option<Decimal>,
    /// Whether `min` itself belongs to the band (default true).
    pub min_inclusive: bool,
    /// Upper edge; `None` is unbounded.
    pub max: Option<Decimal>,
    /// Whether `max` itself belongs to the band (default false).
    pub max_inclusive: bool,
}

impl Band {
    /// Whether `v` falls in the band.
    pub fn contains(&self, v: Decimal) -> bool {
        let above = match self.min {
            None => true,
            Some(m) => v > m || (self.min_inclusive && v == m),
        };
        let below = match self.max {
            None => true,
            Some(m) => v < m || (self.max_inclusive && v == m),
        };
        above && below
    }

    /// The band edges as text, `[91, ∞)` style.
    pub fn edges(&self) -> String {
        let lo = self.min.map_or("-∞".to_string(), |m| m.normalize().to_string());
        let hi = self.max.map_or("∞".to_string(), |m| m.normalize().to_string());
        let open = if self.min.is_some() && self.min_inclusive { '[' } else { '(' };
        let close = if self.max.is_some() && self.max_inclusive { ']' } else { ')' };
        format!("{open}{lo}, {hi}{close}")
    }
}

/// A named list of bands.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    /// The name it is referred by.
    pub name: String,
    /// Human title.
    pub title: String,
    /// The bands, in file order.
    pub bands: Vec<Band>,
}

impl Scale {
    /// The band containing `v`, if any.
    pub fn lookup(&self, v: Decimal) -> Option<&Band> {
        self.bands.iter().find(|b| b.contains(v))
    }

    /// Reads a scale file and checks that no two bands overlap.
    pub fn parse(name: &str, path: &Path, text: &str) -> Result<Scale, Diagnostic> {
        let src = Source::new(path, text);
        let doc = DeTable::parse(text).map_err(|e| {
            let span = e.span().map_or_else(|| Span::file(path), |r| src.span(r));
            Diagnostic::error(Kind::ScaleSyntax { reason: e.message().trim().to_string() }).with_span(span)
        })?;
        let f = Fields::new(&src, doc.get_ref());
        let title = f.text("name").unwrap_or_else(|| name.to_string());
        f.get("source"); // where the scale comes from: for readers, not used
        let items = f.get("band");
        first(f.finish(Text::PlaceScaleFile))?;
        let mut bands = Vec::new();
        let Some(DeValue::Array(items)) = items.map(|v| v.get_ref()) else {
            return Err(Diagnostic::error(Kind::ScaleNoBands { name: name.to_string() }).with_span(Span::file(path)));
        };
        for item in items.iter() {
            let DeValue::Table(t) = item.get_ref() else {
                return Err(src.error_at(item, Kind::ScaleBandNotTable));
            };
            let f = Fields::new(&src, t);
            let kategori = f.text("kategori");
            let num = |key| f.read(key, |v| src.number(v, key, Convention::Id).map(|l| l.value));
            let flag = |key: &'static str, default| {
                let read = |v: &Value<'_>| match v.get_ref() {
                    DeValue::Boolean(b) => Ok(*b),
                    _ => Err(src.error_at(v, Kind::NotBool { key: key.to_string() })),
                };
                f.read(key, read).unwrap_or(default)
            };
            let (min, min_inclusive) = (num("min"), flag("min_inclusive", true));
            let (max, max_inclusive) = (num("max"), flag("max_inclusive", false));
            first(f.finish(Text::PlaceBand))?;
            let Some(kategori) = kategori else {
                return Err(src.error_at(item, Kind::ScaleBandNoKategori));
            };
            let band = Band { kategori: kategori.into(), min, min_inclusive, max, max_inclusive };
            if let (Some(lo), Some(hi)) = (band.min, band.max)
                && lo > hi
            {
                return Err(src.error_at(item, Kind::ScaleBandReversed { kategori: band.kategori.to_string() }));
            }
            if let Some(other) = bands.iter().find(|b: &&Band| overlaps(b, &band)) {
                let first = format!("{} {}", band.kategori, band.edges());
                let second = format!("{} {}", other.kategori, other.edges());
                return Err(src.error_at(item, Kind::ScaleBandsOverlap { first, second }));
            }
            bands.push(band);
        }
        Ok(Scale { name: name.to_string(), title, bands })
    }
}

/// A scale file stops at its first problem.
fn first(problems: Vec<Diagnostic>) -> Result<(), Diagnostic> {
    problems.into_iter().next().map_or(Ok(()), Err)
}

fn overlaps(a: &Band, b: &Band) -> bool {
    // a lies entirely below b, or b entirely below a.
    let below = |x: &Band, y: &Band| match (x.max, y.min) {
        (Some(hi), Some(lo)) => hi < lo || (hi == lo && !(x.max_inclusive && y.min_inclusive)),
        _ => false,
    };
    !(below(a, b) || below(b, a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    #[test]
    fn lkjip_scale_has_no_gaps_or_overlaps() {
        let text = include_str!("../../rules/scales/lkjip.toml");
        let s = Scale::parse("lkjip", Path::new("lkjip.toml"), text).unwrap();
        let k = |v: &str| s.lookup(d(v)).map(|b| b.kategori.to_string()).unwrap();
        assert_eq!(k("151.74"), "Sangat Baik");
        assert_eq!(k("91"), "Sangat Baik");
        assert_eq!(k("90.99"), "Baik");
        assert_eq!(k("76"), "Baik");
        assert_eq!(k("75.5"), "Cukup");
        assert_eq!(k("51"), "Kurang");
        assert_eq!(k("50.5"), "Sangat Kurang");
        assert_eq!(k("-3"), "Sangat Kurang");
    }

    #[test]
    fn overlapping_bands_are_rejected() {
        let text = "[[band]]\nkategori = \"A\"\nmin = 80\n[[band]]\nkategori = \"B\"\nmin = 70\nmax = 80\nmax_inclusive = true\n";
        let err = Scale::parse("x", Path::new("x.toml"), text).unwrap_err();
        assert_eq!(err.code(), "scale/bands-overlap", "{err}");
        assert!(err.message(crate::lang::Lang::En).contains("overlap"), "{err}");
    }

    #[test]
    fn a_band_stops_at_its_first_problem() {
        let cases = [
            ("[[band]]\nkategori = \"A\"\nmaks = 1\n", "unknown key `maks` in a band"),
            ("[[band]]\nkategori = \"A\"\nmin_inclusive = 1\n", "`min_inclusive` must be true or false"),
            ("[[band]]\nmin = 1\n", "a band needs `kategori`"),
            ("nama = \"x\"\n[[band]]\nkategori = \"A\"\n", "unknown key `nama` in a scale file"),
        ];
        for (text, want) in cases {
            let err = Scale::parse("x", Path::new("x.toml"), text).unwrap_err();
            assert_eq!(err.message(crate::lang::Lang::En), want);
        }
    }
}
