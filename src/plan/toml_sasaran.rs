//! Reading a plan's `[[sasaran]]` list: each sasaran's id, name, the tujuan
//! it serves and the method of its summary (format: `docs/plan-format.md`,
//! "Sasaran and roll-up").
//!
//! The list is the plan's structure, like `[unit]`: a problem in it makes
//! the plan unusable rather than summing a sasaran up by a method the plan
//! did not name.

use super::checks::plain_id;
use super::fields::Fields;
use super::toml_value::{Source, Value, type_name};
use crate::diagnostic::{Diagnostic, Kind, Text};
use crate::model::{Located, Sasaran};
use toml::de::DeValue;

/// Reads `[[sasaran]]`; any problem is returned, all of them at once.
pub(super) fn read_sasaran(src: &Source<'_>, v: &Value<'_>) -> Result<Vec<Sasaran>, Vec<Diagnostic>> {
    let DeValue::Array(items) = v.get_ref() else {
        let kind = Kind::NotListOfTables { key: "sasaran".into(), header: "[[sasaran]]".into() };
        return Err(vec![src.error_at(v, kind)]);
    };
    let mut out: Vec<Sasaran> = Vec::new();
    let mut problems = Vec::new();
    for item in items.iter() {
        let DeValue::Table(t) = item.get_ref() else {
            problems
                .push(src.error_at(item, Kind::NotATable { key: "sasaran".into(), found: type_name(item.get_ref()) }));
            continue;
        };
        let f = Fields::new(src, t);
        let span = src.span(item.span());
        let id = match f.get("id") {
            Some(v) => f.keep(src.text(v, "sasaran.id").and_then(|id| plain_id(id, src.span(v.span())))),
            None => {
                f.report(Diagnostic::error(Kind::PlanSasaranNoId).with_span(span.clone()));
                None
            }
        };
        let mut s = Sasaran::new(id.clone().unwrap_or_default(), span.clone());
        s.name = f.text("name");
        s.parent = f.text("parent");
        s.rollup = f.get("rollup").and_then(|v| {
            f.keep(src.named(v, "sasaran.rollup").map(|m| Located { value: m, span: src.span(v.span()) }))
        });
        if let Some(id) = &id
            && out.iter().any(|o| &o.id == id)
        {
            f.report(Diagnostic::error(Kind::PlanDuplicateSasaran { id: id.clone() }).with_span(span));
        }
        problems.extend(f.finish(Text::PlaceKey { key: "[[sasaran]]".into() }));
        if id.is_some() {
            out.push(s);
        }
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

#[cfg(test)]
mod tests {
    use crate::model::RollupMethod;
    use std::path::Path;

    fn read(text: &str) -> Result<crate::model::Plan, Vec<String>> {
        crate::plan::read_toml_plan(Path::new("p.toml"), text, None)
            .map_err(|e| e.diagnostics().iter().map(|d| d.kind.code().to_string()).collect())
    }

    const HEAD: &str = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n";

    #[test]
    fn sasaran_with_a_method_is_read() {
        let plan =
            read(&format!("{HEAD}[[sasaran]]\nid = \"S1\"\nname = \"Meningkatnya\"\nrollup = \"tertimbang\"\n[[sasaran]]\nid = \"S2\"\n"))
                .unwrap();
        assert_eq!(plan.sasaran.len(), 2);
        assert_eq!(plan.sasaran[0].method(), RollupMethod::Weighted);
        assert_eq!(plan.sasaran[0].name.as_deref(), Some("Meningkatnya"));
        assert_eq!(plan.sasaran[1].method(), RollupMethod::Mean);
    }

    #[test]
    fn bad_sasaran_tables_make_the_plan_unusable() {
        assert_eq!(read(&format!("{HEAD}[[sasaran]]\nname = \"x\"\n")).unwrap_err(), ["plan/sasaran-no-id"]);
        assert_eq!(
            read(&format!("{HEAD}[[sasaran]]\nid = \"S1\"\n[[sasaran]]\nid = \"S1\"\n")).unwrap_err(),
            ["plan/duplicate-sasaran"]
        );
        assert_eq!(
            read(&format!("{HEAD}[[sasaran]]\nid = \"S1\"\nrollup = \"median\"\n")).unwrap_err(),
            ["toml/unknown-name"]
        );
        assert_eq!(read(&format!("sasaran = 3\n{HEAD}")).unwrap_err(), ["toml/not-list-of-tables"]);
    }

    #[test]
    fn bobot_pembilang_and_penyebut_are_indicator_keys() {
        let plan = read(&format!(
            "{HEAD}[[indicator]]\nid = \"A\"\ntarget = 90\nrealisasi = 45\nbobot = 2\npembilang = {{ \"2024-06\" = 9 }}\npenyebut = 20\n"
        ))
        .unwrap();
        let a = &plan.indicators[0];
        assert!(a.problems.is_empty(), "{:?}", a.problems);
        assert_eq!(a.bobot.as_ref().map(|b| b.value), Some(2.into()));
        assert_eq!(a.pembilang.len(), 1);
        assert_eq!(a.penyebut[0].0, crate::model::Period::Year(2024));
    }
}
