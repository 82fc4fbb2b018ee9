//! Generated documentation stays in step with the engine.

use crate::support::{Test, root};

#[test]
fn function_reference_is_current() {
    let out = Test::new().args(["functions"]).output();
    assert_eq!(out.code, 0);
    let file = std::fs::read_to_string(root().join("docs/functions.md")).unwrap();
    assert!(file == out.stdout, "docs/functions.md is out of date: run `cargo run -- functions > docs/functions.md`");
}

#[test]
fn indonesian_function_reference_is_current() {
    let out = Test::new().args(["functions", "--lang", "id"]).output();
    assert_eq!(out.code, 0);
    let file = std::fs::read_to_string(root().join("docs/functions.id.md")).unwrap();
    assert!(
        file == out.stdout,
        "docs/functions.id.md is out of date: run `cargo run -- functions --lang id > docs/functions.id.md`"
    );
}

#[test]
fn error_codes_in_the_docs_are_current() {
    let file = std::fs::read_to_string(root().join("docs/errors.md")).unwrap();
    let (start, end) = ("<!-- codes:start -->\n", "<!-- codes:end -->");
    let (Some(a), Some(b)) = (file.find(start), file.find(end)) else {
        panic!("docs/errors.md has no {start:?} … {end:?} section");
    };
    let listed = &file[a + start.len()..b];
    assert!(
        listed == capaian::codes_reference(),
        "docs/errors.md's code list is out of date: replace the part between the markers with `capaian codes`"
    );
}

#[test]
fn completions_for_every_shell_come_from_the_command_line_itself() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = Test::new().args(["completions", shell]).output();
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        for word in ["capaian", "eval", "explain", "period", "lang", "completions"] {
            assert!(out.stdout.contains(word), "{shell} completions lack {word}");
        }
    }
    assert_eq!(Test::new().args(["completions", "cmd"]).output().code, 2);
}

/// A plan file as the JSON a schema validator reads.
fn plan_as_json(path: &std::path::Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::to_value(value).unwrap()
}

#[test]
fn the_plan_schema_accepts_every_example_plan_and_rejects_a_misspelt_key() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("docs/plan.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the schema is valid JSON Schema");
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            if path.extension().is_none_or(|e| e != "toml") || path.ends_with("capaian.toml") {
                continue;
            }
            let plan = plan_as_json(&path);
            let errors: Vec<String> =
                validator.iter_errors(&plan).map(|e| format!("{} at {}", e, e.instance_path())).collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 6, "only {checked} example plans found");
    // The plans of the guide that `capaian check` accepts are valid too.
    for name in [
        "rkt-2024.toml",
        "agregasi.toml",
        "kumulatif.toml",
        "triwulanan.toml",
        "rumus.toml",
        "wilayah/rkt-2024-uptd-b.toml",
        "wilayah/rkt-2024-uptd-d.toml",
    ] {
        let plan = plan_as_json(&root().join("docs/contoh").join(name));
        assert!(validator.is_valid(&plan), "docs/contoh/{name}");
    }
    let misspelt: serde_json::Value = serde_json::json!({
        "unit": { "id": "u" },
        "indicator": [{ "id": "A", "polarty": "naik", "target": "10" }]
    });
    assert!(!validator.is_valid(&misspelt));
    let wrong_polarity = serde_json::json!({ "unit": { "id": "u" }, "indicator": [{ "id": "A", "polarity": "up" }] });
    assert!(!validator.is_valid(&wrong_polarity));
}

#[test]
fn definitions_for_editors_cover_the_helpers_and_the_keys_of_x() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("defs");
    let out = Test::new().args(["definitions", "-o", out_dir.to_str().unwrap()]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("capaian.d.rhai"), "{}", out.stderr);
    let read = |name: &str| std::fs::read_to_string(out_dir.join(name)).unwrap();
    let helpers = read("__static__.d.rhai");
    for f in ["fn setting(", "fn number_setting(", "fn kategori_in(", "fn not_computable(", "fn no_target("] {
        assert!(helpers.contains(f), "{f} missing");
    }
    let contract = read("capaian.d.rhai");
    assert!(contract.contains("fn value(x: Map) -> ?;"), "{contract}");
    assert!(contract.contains("`x.target` (number or `()`)"), "{contract}");
}

/// The rhai language server could not be installed here (docs/rules.md,
/// "Editor support"), so the definition files are checked as far as rhai
/// itself can: every `fn` declaration has the shape `fn name(p: T, …) -> R;`,
/// a call of every name with as many arguments compiles with Rhai's own
/// parser, and every parameter name compiles as a Rhai variable. The one parameter that does not, `default` of `setting` (a word
/// Rhai reserves), is pinned: a new one fails here.
#[test]
fn every_definition_is_well_formed_and_its_names_compile_in_rhai() {
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new().args(["definitions", "-o", dir.path().to_str().unwrap()]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let engine = rhai::Engine::new_raw();
    let (mut checked, mut reserved) = (0, Vec::new());
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("module static;"), "{}", path.display());
        for line in text.lines().filter(|l| l.starts_with("fn ")) {
            let decl = line.strip_prefix("fn ").unwrap();
            let (name, rest) = decl.split_once('(').unwrap_or_else(|| panic!("no parameters: {line}"));
            // A type may be `()`, so the list ends at the last `) -> ` (or `);`).
            let params = match rest.rsplit_once(") -> ") {
                Some((params, ret)) => {
                    assert!(ret.ends_with(';') && ret.len() > 1, "bad return type: {line}");
                    params
                }
                None => rest.strip_suffix(");").unwrap_or_else(|| panic!("unclosed: {line}")),
            };
            let names: Vec<&str> = params
                .split(", ")
                .filter(|p| !p.is_empty())
                .map(|p| p.split_once(": ").unwrap_or_else(|| panic!("untyped parameter in {line}")).0)
                .collect();
            for p in &names {
                // `...args`: Rhai's own variadic builtins (`call`, `curry`).
                let p = p.strip_prefix("...").unwrap_or(p);
                if engine.compile(format!("let {p} = 0;")).is_err() {
                    reserved.push(format!("{name}: {p}"));
                }
            }
            // Property accessors (`get bits`, `set x`) are not called by name.
            if name.starts_with("get ") || name.starts_with("set ") {
                continue;
            }
            let call = format!("{name}({})", vec!["()"; names.len()].join(", "));
            if let Err(e) = engine.compile(&call) {
                panic!("{}: {line}\ncall {call}: {e}", path.display());
            }
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} declarations");
    reserved.sort();
    reserved.dedup();
    assert_eq!(reserved, ["setting: default"], "parameters named with a word Rhai reserves");
}
