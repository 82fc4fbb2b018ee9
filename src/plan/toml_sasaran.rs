//! Tests of the `[[sasaran]]` keys the roll-up reads (`rollup`) and of the
//! indicator keys `bobot`, `pembilang` and `penyebut`; `[[sasaran]]` itself
//! is read with the other goals in `toml_goals`.

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
        assert_eq!(read(&format!("{HEAD}[[sasaran]]\nname = \"x\"\n")).unwrap_err(), ["tree/no-id"]);
        assert_eq!(
            read(&format!("{HEAD}[[sasaran]]\nid = \"S1\"\n[[sasaran]]\nid = \"S1\"\n")).unwrap_err(),
            ["tree/duplicate-id"]
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
