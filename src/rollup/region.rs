//! The units file: which region each unit is in and how regions nest
//! (unit → kabupaten/kota → provinsi → nasional, or any depth), read from
//! TOML with every problem at its file and line.
//!
//! ```toml
//! [[wilayah]]
//! id = "kepri"
//! name = "Provinsi Kepulauan Riau"
//! tingkat = "provinsi"        # free text, shown
//! parent = "nasional"         # another wilayah; none at the top
//!
//! [[unit]]
//! id = "labkesmas-batam"      # the plan's [unit] id
//! wilayah = "kota-batam"
//! ```

use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::plan::fields::Fields;
use crate::plan::toml_value::{Source, Value, type_name};
use std::path::{Path, PathBuf};
use toml::de::DeValue;

/// One region.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Region {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Option<String>,
    /// Its level's name (`kabupaten/kota`, `provinsi`), as written.
    pub tingkat: Option<String>,
    /// The region it is part of; `None` at the top.
    pub parent: Option<String>,
    /// Where it is declared.
    pub span: Span,
}

/// A unit's place in the regions.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct UnitPlace {
    /// The unit's id (its plans' `[unit] id`).
    pub unit: String,
    /// The region it is in.
    pub region: String,
    /// Where it is declared.
    pub span: Span,
}

/// A units file, read and checked: every parent known, no cycle.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Regions {
    /// The file.
    pub path: PathBuf,
    /// The regions, in file order.
    pub regions: Vec<Region>,
    /// The units, in file order.
    pub units: Vec<UnitPlace>,
}

impl Regions {
    /// Reads the units file at `path`.
    pub fn read(path: &Path) -> Result<Regions, Vec<Diagnostic>> {
        let text = crate::files::read_text(path, crate::files::PLAN_FILE_LIMIT).map_err(|d| vec![d])?;
        Regions::parse(path, &text)
    }

    /// Reads units-file text; all problems are returned at once.
    pub fn parse(path: &Path, text: &str) -> Result<Regions, Vec<Diagnostic>> {
        let src = Source::new(path, text);
        let doc = src.parse().map_err(|e| e.diagnostics())?;
        let root = Fields::new(&src, doc.get_ref());
        let (wilayah, units) = (root.get("wilayah"), root.get("unit"));
        let mut problems = root.finish(Text::PlaceUnitsFile);
        let mut out = Regions { path: path.to_path_buf(), ..Regions::default() };
        for (t, span) in tables(&src, wilayah, "wilayah", &mut problems) {
            let f = Fields::new(&src, t);
            let id = required_id(&src, &f, "wilayah.id", &span);
            let region = Region {
                id: id.clone().unwrap_or_default(),
                name: f.text("name"),
                tingkat: f.text("tingkat"),
                parent: f.text("parent"),
                span: span.clone(),
            };
            if let Some(id) = &id
                && out.regions.iter().any(|r| &r.id == id)
            {
                f.report(Diagnostic::error(Kind::RegionDuplicate { id: id.clone() }).with_span(span));
            }
            problems.extend(f.finish(Text::PlaceKey { key: "[[wilayah]]".into() }));
            if id.is_some() {
                out.regions.push(region);
            }
        }
        for (t, span) in tables(&src, units, "unit", &mut problems) {
            let f = Fields::new(&src, t);
            let id = required_id(&src, &f, "unit.id", &span);
            let region = f.text("wilayah");
            if region.is_none() {
                f.report(
                    Diagnostic::error(Kind::RegionUnitNoRegion { unit: id.clone().unwrap_or_default() })
                        .with_span(span.clone()),
                );
            }
            if let Some(id) = &id
                && out.units.iter().any(|u| &u.unit == id)
            {
                f.report(Diagnostic::error(Kind::RegionDuplicateUnit { unit: id.clone() }).with_span(span.clone()));
            }
            problems.extend(f.finish(Text::PlaceKey { key: "[[unit]]".into() }));
            if let (Some(unit), Some(region)) = (id, region) {
                out.units.push(UnitPlace { unit, region, span });
            }
        }
        problems.extend(out.check());
        if problems.is_empty() { Ok(out) } else { Err(problems) }
    }

    /// Unknown parents and regions, and cycles.
    fn check(&self) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        for r in &self.regions {
            if let Some(p) = &r.parent
                && self.region(p).is_none()
            {
                let kind = Kind::RegionUnknown { name: p.clone(), at: r.id.clone() };
                out.push(with_suggestion(Diagnostic::error(kind).with_span(r.span.clone()), p, self));
            }
        }
        for u in &self.units {
            if self.region(&u.region).is_none() {
                let kind = Kind::RegionUnknown { name: u.region.clone(), at: u.unit.clone() };
                out.push(with_suggestion(Diagnostic::error(kind).with_span(u.span.clone()), &u.region, self));
            }
        }
        // A cycle is reported once, at its first region in file order.
        let mut reported: Vec<&str> = Vec::new();
        for r in &self.regions {
            let mut path: Vec<&str> = vec![r.id.as_str()];
            let mut at = r;
            while let Some(p) = at.parent.as_deref().and_then(|p| self.region(p)) {
                if let Some(i) = path.iter().position(|x| *x == p.id) {
                    let cycle = &path[i..];
                    if !cycle.iter().any(|c| reported.contains(c)) {
                        reported.extend(cycle.iter().copied());
                        let shown =
                            cycle.iter().chain(std::iter::once(&cycle[0])).copied().collect::<Vec<_>>().join(" → ");
                        let first = self.region(cycle[0]).map_or_else(|| r.span.clone(), |c| c.span.clone());
                        out.push(Diagnostic::error(Kind::RegionCycle { regions: shown }).with_span(first));
                    }
                    break;
                }
                path.push(&p.id);
                at = p;
            }
        }
        out
    }

    /// The region `id`.
    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    /// The region a unit is in, if the file places it.
    pub fn region_of(&self, unit: &str) -> Option<&str> {
        self.units.iter().find(|u| u.unit == unit).map(|u| u.region.as_str())
    }

    /// `region` and the regions above it, nearest first (the file has no cycle).
    pub fn chain(&self, region: &str) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        let mut at = self.region(region);
        while let Some(r) = at {
            if out.contains(&r.id.as_str()) {
                break;
            }
            out.push(&r.id);
            at = r.parent.as_deref().and_then(|p| self.region(p));
        }
        out
    }

    /// The units in `region` or any region beneath it, in file order.
    pub fn units_under(&self, region: &str) -> Vec<&str> {
        self.units.iter().filter(|u| self.chain(&u.region).contains(&region)).map(|u| u.unit.as_str()).collect()
    }

    /// How many regions are above `region` (0 at the top).
    pub fn depth(&self, region: &str) -> usize {
        self.chain(region).len().saturating_sub(1)
    }
}

/// The tables of a `[[key]]` list, with where each is.
fn tables<'a, 'i>(
    src: &Source<'_>,
    v: Option<&'a Value<'i>>,
    key: &str,
    problems: &mut Vec<Diagnostic>,
) -> Vec<(&'a toml::de::DeTable<'i>, Span)> {
    let Some(v) = v else { return Vec::new() };
    let DeValue::Array(items) = v.get_ref() else {
        let kind = Kind::NotListOfTables { key: key.into(), header: format!("[[{key}]]") };
        problems.push(src.error_at(v, kind));
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items.iter() {
        match item.get_ref() {
            DeValue::Table(t) => out.push((t, src.span(item.span()))),
            other => problems.push(src.error_at(item, Kind::NotATable { key: key.into(), found: type_name(other) })),
        }
    }
    out
}

/// A table's `id`, reported when missing.
fn required_id(src: &Source<'_>, f: &Fields<'_, '_>, label: &str, span: &Span) -> Option<String> {
    match f.get("id") {
        Some(v) => f.keep(src.text(v, label)),
        None => {
            f.report(Diagnostic::error(Kind::RegionNoId).with_span(span.clone()));
            None
        }
    }
}

/// "did you mean" among the regions' ids.
fn with_suggestion(d: Diagnostic, name: &str, regions: &Regions) -> Diagnostic {
    let ids: Vec<&str> = regions.regions.iter().map(|r| r.id.as_str()).collect();
    match crate::diagnostic::suggest(name, ids) {
        Some(s) => d.with_help(Text::DidYouMean { word: s.to_string() }),
        None => d,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Regions, Vec<(String, usize)>> {
        Regions::parse(Path::new("units.toml"), text).map_err(|ds| {
            ds.iter().map(|d| (d.kind.code().to_string(), d.span.as_ref().map_or(0, |s| s.line))).collect()
        })
    }

    const OK: &str = r#"
[[wilayah]]
id = "nasional"
[[wilayah]]
id = "kepri"
parent = "nasional"
[[wilayah]]
id = "batam"
parent = "kepri"
[[wilayah]]
id = "bintan"
parent = "kepri"
[[unit]]
id = "u1"
wilayah = "batam"
[[unit]]
id = "u2"
wilayah = "bintan"
[[unit]]
id = "u3"
wilayah = "nasional"
"#;

    #[test]
    fn units_are_under_every_region_above_them() {
        let r = parse(OK).unwrap();
        assert_eq!(r.units_under("kepri"), ["u1", "u2"]);
        assert_eq!(r.units_under("nasional"), ["u1", "u2", "u3"]);
        assert_eq!(r.units_under("batam"), ["u1"]);
        assert_eq!(r.chain("batam"), ["batam", "kepri", "nasional"]);
        assert_eq!(r.depth("batam"), 2);
        assert_eq!(r.region_of("u2"), Some("bintan"));
    }

    #[test]
    fn unknown_regions_and_cycles_are_errors_at_their_line() {
        let e =
            parse("[[wilayah]]\nid = \"a\"\nparent = \"b\"\n[[wilayah]]\nid = \"b\"\nparent = \"a\"\n").unwrap_err();
        assert_eq!(e, [("rollup/region-cycle".to_string(), 1)]);
        let e = parse("[[wilayah]]\nid = \"kepri\"\n[[unit]]\nid = \"u\"\nwilayah = \"kepr\"\n").unwrap_err();
        assert_eq!(e, [("rollup/unknown-region".to_string(), 3)]);
        let e = parse("[[wilayah]]\nid = \"a\"\nparent = \"a\"\n").unwrap_err();
        assert_eq!(e, [("rollup/region-cycle".to_string(), 1)]);
    }

    #[test]
    fn missing_and_duplicate_ids_are_errors() {
        let e = parse(
            "[[wilayah]]\nname = \"x\"\n[[unit]]\nid = \"u\"\n[[wilayah]]\nid = \"a\"\n[[wilayah]]\nid = \"a\"\n",
        )
        .unwrap_err();
        let codes: Vec<&str> = e.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(codes, ["rollup/region-no-id", "rollup/region-duplicate", "rollup/unit-no-region"]);
    }
}
