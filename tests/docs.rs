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
    assert!(contract.contains("fn value(x: Indicator) -> ?;"), "{contract}");
    assert!(contract.contains("type Indicator = #{\n"), "{contract}");
    assert!(contract.contains("    target: decimal | (),\n"), "{contract}");
    // docs/rules.md, "Editor support", names every file written and the
    // forms they use (its console block is checked by doc_drift).
    let doc = std::fs::read_to_string(root().join("docs/rules.md")).unwrap();
    let section = &doc[doc.find("## Editor support").expect("no Editor support section")..];
    for entry in std::fs::read_dir(&out_dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(section.contains(&format!("`{name}`")), "docs/rules.md does not name {name}");
    }
    for form in
        ["`module static;`", "`type Indicator = #{…}`", "`op /(decimal, decimal) -> decimal;`", "`default_value`"]
    {
        assert!(section.contains(form), "docs/rules.md does not say {form}");
        let code = form.trim_matches('`').trim_end_matches("#{…}");
        assert!(
            helpers.contains(code) || contract.contains(code) || read("__builtin-operators__.d.rhai").contains(code),
            "{code} not generated"
        );
    }
    assert!(contract.contains("`x.target` (number or `()`)"), "{contract}");
}

/// The rhai language server could not be installed here (docs/rules.md,
/// "Editor support"), so the definition files are checked as far as rhai
/// itself can: every `fn` declaration has the shape `fn name(p: T, …) -> R;`,
/// a call of every name with as many arguments compiles with Rhai's own
/// parser, and every parameter name compiles as a Rhai variable (`default`
/// of `setting`, a word Rhai reserves, is written `default_value`).
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
    assert!(reserved.is_empty(), "parameters named with a word Rhai reserves: {reserved:?}");
}

/// The grammar of the rhai language server's definition files, as read in
/// its parser (rhaiscript/lsp, `crates/rhai-rowan/src/ast/rhai.ungram`,
/// `DefFn`, `DefOp`, `TypedParam`, `Type`, and `parsers/def.rs`), for one
/// declaration line: `fn [get|set] name(p: T, ...rest: T) -> T;` and
/// `op sym(T, T) -> T;` (the `-> T` optional), a type being `?`, `()`, a name, `[T]` or `A | B`.
/// Generics are left out on purpose: the server's lexer reads `>>` as a
/// shift, and they are Rust, not Rhai.
mod lsp_grammar {
    fn ident(s: &str) -> Option<&str> {
        let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
        let first = s.chars().next()?;
        (end > 0 && !first.is_ascii_digit()).then(|| &s[end..])
    }

    /// The rest after one type, or `None`.
    pub(super) fn ty(s: &str) -> Option<&str> {
        let rest = if let Some(r) = s.strip_prefix('?') {
            r
        } else if let Some(r) = s.strip_prefix("()") {
            r
        } else if let Some(r) = s.strip_prefix('[') {
            ty(r)?.strip_prefix(']')?
        } else {
            ident(s)?
        };
        match rest.strip_prefix(" | ") {
            Some(more) => ty(more),
            None => Some(rest),
        }
    }

    /// A comma-separated list up to `)`, each item read by `item`; the rest
    /// after the `)`.
    fn list<'a>(mut s: &'a str, item: impl Fn(&'a str) -> Option<&'a str>) -> Option<&'a str> {
        if let Some(rest) = s.strip_prefix(')') {
            return Some(rest);
        }
        loop {
            s = item(s)?;
            if let Some(rest) = s.strip_prefix(')') {
                return Some(rest);
            }
            s = s.strip_prefix(", ")?;
        }
    }

    fn typed_param(s: &str) -> Option<&str> {
        let s = s.strip_prefix("...").unwrap_or(s);
        let rest = ident(s)?;
        // The server's lexer reserves the words Rhai reserves (`KW_VAR` …
        // `KW_NIL`): no parameter may be called so.
        let name = &s[..s.len() - rest.len()];
        if rhai::Engine::new_raw().compile(format!("let {name} = 0;")).is_err() {
            return None;
        }
        ty(rest.strip_prefix(": ")?)
    }

    /// The operators `DefOp` accepts besides a name: every token with an
    /// infix or prefix binding power in the server (`SyntaxKind::
    /// infix_binding_power`, `prefix_binding_power`), longest first.
    const OPS: [&str; 38] = [
        "**=", "<<=", ">>=", "..=", "+=", "&=", "/=", "%=", "*=", "|=", "-=", "^=", "||", "&&", "==", "!=", "<=", ">=",
        "??", "..", "**", "<<", ">>", "?.", "=", "|", "^", "&", "<", ">", "+", "-", "*", "/", "%", ".", "!", "in",
    ];

    /// Whether `line` is a declaration the server's parser reads whole.
    pub(super) fn declaration(line: &str) -> bool {
        let params = if let Some(rest) = line.strip_prefix("fn ") {
            let rest = rest.strip_prefix("get ").or_else(|| rest.strip_prefix("set ")).unwrap_or(rest);
            ident(rest).and_then(|r| r.strip_prefix('(')).and_then(|r| list(r, typed_param))
        } else if let Some(rest) = line.strip_prefix("op ") {
            let sym = OPS.iter().find_map(|op| rest.strip_prefix(op)).or_else(|| ident(rest));
            sym.and_then(|r| r.strip_prefix('(')).and_then(|r| list(r, ty))
        } else {
            None
        };
        // The return type is optional (`op +=(int, int);`).
        params.and_then(|r| r.strip_prefix(" -> ").map_or(Some(r), ty)) == Some(";")
    }

    #[test]
    fn the_grammar_check_can_fail() {
        assert!(declaration("fn setting(params: map, key: string, default_value: ?) -> ?;"));
        assert!(declaration("op /(decimal, decimal) -> decimal;"));
        assert!(declaration("op <((), ()) -> bool;"));
        assert!(declaration("fn call(fn_ptr: Fn, ...args: ?) -> ?;"));
        assert!(declaration("fn get bits(x: int) -> [int] | ();"));
        assert!(declaration("op /=(int, int);"));
        assert!(declaration("op ..=(int, int) -> range;"));
        assert!(declaration("op !(bool) -> bool;"));
        assert!(!declaration("fn setting(params: map, key: string, default: ?) -> ?;"));
        assert!(!declaration("op @(int, int) -> int;"));
        assert!(!declaration("op /(decimal, decimal) -> EvalAltResult>>;"));
        assert!(!declaration("fn f(x: Result<Decimal, Box<EvalAltResult>>) -> ?;"));
        assert!(!declaration("fn f(x: range=) -> ?;"));
        assert!(!declaration("fn f(x) -> ?;"));
        assert!(!declaration("fn f(x: int): int;"));
    }
}

/// Every declaration of every generated file is one the rhai language
/// server's parser reads (see `lsp_grammar`), each file opens with the
/// header it expects (`module static;`), the decimal `/` is declared
/// in Rhai's type names, and the shape of `x` is a map type.
#[test]
fn every_definition_follows_the_language_servers_grammar() {
    let dir = tempfile::tempdir().unwrap();
    let out = Test::new().args(["definitions", "-o", dir.path().to_str().unwrap()]).output();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (mut bad, mut checked) = (Vec::new(), 0);
    let mut all = String::new();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let first = text.lines().find(|l| !l.trim().is_empty() && !l.starts_with("//"));
        assert_eq!(first, Some("module static;"), "{}", path.display());
        for line in text.lines().filter(|l| l.starts_with("fn ") || l.starts_with("op ")) {
            checked += 1;
            if !lsp_grammar::declaration(line) {
                bad.push(format!("{}: {line}", path.file_name().unwrap().to_string_lossy()));
            }
        }
        all.push_str(&text);
    }
    assert!(bad.is_empty(), "{} declarations the server would not read:\n{}", bad.len(), bad.join("\n"));
    assert!(checked > 800, "only {checked} declarations");
    // capaian's own `/` (in `__static__`; Rhai's built-in ones are in
    // `__builtin-operators__`) once came out as `-> EvalAltResult>>;`.
    let helpers = std::fs::read_to_string(dir.path().join("__static__.d.rhai")).unwrap();
    for decl in ["op /(decimal, decimal) -> decimal;", "op /(int, int) -> decimal;"] {
        assert!(helpers.contains(decl), "{decl} missing");
    }
    assert!(!all.contains("EvalAltResult") && all.contains("fn value(x: Indicator) -> ?;"));
    // The shape of `x`: `type Indicator = #{ /// doc, key: T, … };`.
    let start = all.find("type Indicator = #{\n").expect("no type Indicator");
    let end = start + all[start..].find("\n};").expect("unclosed type Indicator");
    let mut keys = Vec::new();
    for field in all[start..end].lines().skip(1).filter(|l| !l.trim_start().starts_with("///")) {
        let (key, ty) = field.trim().strip_suffix(',').and_then(|f| f.split_once(": ")).expect(field);
        assert_eq!(lsp_grammar::ty(ty), Some(""), "{field}");
        keys.push(key);
    }
    for key in ["target", "realisasi", "value", "params", "periods", "budget", "earlier", "year", "components"] {
        assert!(keys.contains(&key), "x.{key} missing from {keys:?}");
    }
}

/// The definitions go through the atomic writer: written again over
/// themselves they are replaced, and a rule file is never replaced.
#[test]
fn definitions_are_rewritten_in_place_but_never_over_a_rule() {
    let dir = tempfile::tempdir().unwrap();
    let defs = dir.path().join("defs");
    for _ in 0..2 {
        let out = Test::new().args(["definitions", "-o", defs.to_str().unwrap()]).output();
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    assert_eq!(std::fs::read_dir(&defs).unwrap().count(), 4, "a temporary file was left");
    let rules = dir.path().join("rules");
    std::fs::create_dir(&rules).unwrap();
    std::fs::write(rules.join("capaian.d.rhai"), "fn value(x) { 1 }").unwrap();
    let out = Test::new().args(["definitions", "-o", rules.to_str().unwrap()]).output();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("capaian.d.rhai"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(rules.join("capaian.d.rhai")).unwrap(), "fn value(x) { 1 }");
}
