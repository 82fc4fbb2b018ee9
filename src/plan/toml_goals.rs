//! The goals of a TOML plan: `[[sasaran]]` and `[[tujuan]]`, and the
//! `parent` (`induk`) key that links a sasaran to its tujuan and an
//! indicator to the node above it in the pohon kinerja.
//!
//! Whether a parent names anything is decided later, over every plan of a
//! run (`tree/cascade.rs`): a parent may be in another plan.

use super::checks::plain_id;
use super::fields::Fields;
use super::toml_value::{Source, Value};
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::model::{Located, Sasaran, Tujuan};
use std::collections::HashSet;
use toml::de::DeValue;

/// `parent`, or its Indonesian name `induk` (planners write both): one key,
/// two names, never both.
pub(crate) fn parent_key(src: &Source<'_>, f: &Fields<'_, '_>) -> Option<Located<String>> {
    let parent = f.read("parent", |v| src.located_text(v, "parent"));
    let induk = f.read("induk", |v| src.located_text(v, "induk"));
    match (parent, induk) {
        (Some(p), Some(i)) => {
            f.report(Diagnostic::error(Kind::TreeParentTwice).with_span(i.span));
            Some(p)
        }
        (p, i) => p.or(i),
    }
}

/// Reads `[[sasaran]]`; any problem makes the plan unusable, as a misspelt
/// key of `[[discrepancy]]` does: the tree of the plan would be wrong.
pub(super) fn read_sasaran(src: &Source<'_>, v: &Value<'_>) -> Result<Vec<Sasaran>, Vec<Diagnostic>> {
    read_goals(src, v, "sasaran", |f, id, span| {
        let mut s = Sasaran::new(id, span);
        (s.name, s.parent) = (f.text("name"), parent_key(src, f));
        s.rollup = f.get("rollup").and_then(|v| {
            f.keep(src.named(v, "sasaran.rollup").map(|m| Located { value: m, span: src.span(v.span()) }))
        });
        s
    })
}

/// Reads `[[tujuan]]`, as `[[sasaran]]`.
pub(super) fn read_tujuan(src: &Source<'_>, v: &Value<'_>) -> Result<Vec<Tujuan>, Vec<Diagnostic>> {
    read_goals(src, v, "tujuan", |f, id, span| Tujuan { id, name: f.text("name"), span })
}

/// A goal of the tree: its id and where it is declared.
trait Goal {
    fn id(&self) -> &String;
    fn span(&self) -> &Span;
}

impl Goal for Sasaran {
    fn id(&self) -> &String {
        &self.id
    }
    fn span(&self) -> &Span {
        &self.span
    }
}

impl Goal for Tujuan {
    fn id(&self) -> &String {
        &self.id
    }
    fn span(&self) -> &Span {
        &self.span
    }
}

/// Reads the list of tables `[[key]]`: each one's `id` (required, unique),
/// then its other keys with `rest`.
fn read_goals<T: Goal>(
    src: &Source<'_>,
    v: &Value<'_>,
    key: &str,
    rest: impl Fn(&Fields<'_, '_>, String, Span) -> T,
) -> Result<Vec<T>, Vec<Diagnostic>> {
    let header = format!("[[{key}]]");
    let mut problems = Vec::new();
    let mut out: Vec<T> = Vec::new();
    for (item, t) in items(src, v, key, &mut problems) {
        let f = Fields::new(src, t);
        let id = f.read("id", |v| src.text(v, "id").and_then(|id| plain_id(id, src.span(v.span()))));
        // The other keys are read even without an id, so that they are
        // not also reported as unknown.
        let goal = rest(&f, id.clone().unwrap_or_default(), src.span(item.span()));
        problems.extend(f.finish(Text::PlaceKey { key: header.clone() }));
        match id {
            Some(_) => out.push(goal),
            None => problems.push(src.error_at(item, Kind::TreeNoId { table: header.clone() })),
        }
    }
    let mut seen = HashSet::new();
    for g in &out {
        if !seen.insert(g.id()) {
            let kind = Kind::TreeDuplicateId { id: g.id().clone(), table: header.clone() };
            problems.push(Diagnostic::error(kind).with_span(g.span().clone()));
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

type Item<'a, 'i> = (&'a Value<'i>, &'a toml::de::DeTable<'i>);

/// The tables of a list of tables `[[key]]`; anything else is a problem.
fn items<'a, 'i>(src: &Source<'_>, v: &'a Value<'i>, key: &str, problems: &mut Vec<Diagnostic>) -> Vec<Item<'a, 'i>> {
    let header = format!("[[{key}]]");
    let DeValue::Array(list) = v.get_ref() else {
        problems.push(src.error_at(v, Kind::NotListOfTables { key: key.into(), header }));
        return Vec::new();
    };
    list.iter()
        .filter_map(|item| match item.get_ref() {
            DeValue::Table(t) => Some((item, t)),
            _ => {
                problems.push(src.error_at(item, Kind::NotListOfTables { key: key.into(), header: header.clone() }));
                None
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::diagnostic::Diagnostic;
    use crate::model::Plan;
    use std::path::Path;

    fn read(text: &str) -> Result<Plan, Vec<Diagnostic>> {
        let head = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n";
        crate::plan::read_toml_plan(Path::new("p.toml"), &format!("{head}{text}"), None).map_err(|e| e.diagnostics())
    }

    fn codes(ds: &[Diagnostic]) -> Vec<&'static str> {
        ds.iter().map(Diagnostic::code).collect()
    }

    #[test]
    fn sasaran_and_tujuan_are_read_with_parent_or_induk() {
        let plan = read(
            "[[tujuan]]\nid = \"T-1\"\nname = \"Tujuan\"\n\
             [[sasaran]]\nid = \"SK-1\"\nname = \"Sasaran\"\ninduk = \"T-1\"\nrollup = \"rata-rata\"\n\
             [[sasaran]]\nid = \"SK-2\"\nparent = \"T-1\"\n\
             [[indicator]]\nid = \"A\"\ntarget = 1\nsasaran_id = \"SK-1\"\n\
             [[indicator]]\nid = \"B\"\ntarget = 1\ninduk = \"A\"\n",
        )
        .unwrap();
        assert_eq!(plan.tujuan[0].id, "T-1");
        let s: Vec<_> =
            plan.sasaran.iter().map(|s| (s.id.as_str(), s.parent.as_ref().map(|p| p.value.as_str()))).collect();
        assert_eq!(s, [("SK-1", Some("T-1")), ("SK-2", Some("T-1"))]);
        assert_eq!(plan.sasaran[0].method(), crate::model::RollupMethod::Mean);
        assert_eq!(plan.indicators[1].parent.as_ref().map(|p| p.value.as_str()), Some("A"));
        assert_eq!(plan.indicators[1].parent.as_ref().map(|p| p.span.line), Some(23));
    }

    #[test]
    fn parent_and_induk_together_are_an_error_of_the_indicator() {
        let plan = read("[[indicator]]\nid = \"A\"\ntarget = 1\nparent = \"X\"\ninduk = \"Y\"\n").unwrap();
        assert_eq!(codes(&plan.indicators[0].problems), ["tree/parent-twice"]);
        assert_eq!(plan.indicators[0].parent.as_ref().map(|p| p.value.as_str()), Some("X"));
    }

    #[test]
    fn bad_goal_tables_make_the_plan_unusable() {
        let e =
            read("[[sasaran]]\nname = \"no id\"\n[[sasaran]]\nid = \"S\"\n[[sasaran]]\nid = \"S\"\nparnt = \"T\"\n")
                .unwrap_err();
        assert_eq!(codes(&e), ["tree/no-id", "toml/unknown-key", "tree/duplicate-id"]);
        let top = "sasaran = \"S\"\n[unit]\nid = \"u\"\n";
        let e = crate::plan::read_toml_plan(Path::new("p.toml"), top, None).unwrap_err().diagnostics();
        assert_eq!(codes(&e), ["toml/not-list-of-tables"]);
        let e = read("[[tujuan]]\nid = \"T\"\n[[tujuan]]\nid = \"T\"\n").unwrap_err();
        assert_eq!(codes(&e), ["tree/duplicate-id"]);
    }
}
