//! The published schema of `eval --format json` is the code's, and every
//! output the bundled examples give conforms to it.

use crate::support::{Test, root};

fn schema() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("docs/result.schema.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

#[test]
fn the_published_schema_is_current() {
    let out = Test::new().args(["schema"]).output();
    assert_eq!(out.code, 0);
    let file = std::fs::read_to_string(root().join("docs/result.schema.json")).unwrap();
    assert!(
        file == out.stdout,
        "docs/result.schema.json is out of date: run `cargo run -- schema > docs/result.schema.json`"
    );
}

/// Validates `args`' JSON output against the schema, and checks that every
/// key of every result is one the schema documents.
fn conforms(args: &[&str]) -> serde_json::Value {
    let out = Test::new().args(args).output();
    assert!(out.code <= 1, "{args:?}: {}", out.stderr);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{args:?} does not conform:\n{}", errors.join("\n"));
    let documented = schema["$defs"]["ResultJson"]["properties"].as_object().unwrap();
    for r in doc["results"].as_array().unwrap() {
        for key in r.as_object().unwrap().keys() {
            assert!(documented.contains_key(key), "{args:?}: `{key}` is not in the schema");
        }
    }
    assert_eq!(doc["schema_version"], 1);
    doc
}

#[test]
fn every_example_conforms() {
    let mut plans = Vec::new();
    for dir in std::fs::read_dir(root().join("examples")).unwrap().flatten() {
        for f in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
            let p = f.path();
            // A formula repository's capaian.toml is its configuration, not a plan.
            let config = p.file_name().is_some_and(|n| n == "capaian.toml");
            if !config && matches!(p.extension().and_then(|e| e.to_str()), Some("toml" | "csv" | "xlsx")) {
                plans.push(p.strip_prefix(root()).unwrap().display().to_string());
            }
        }
    }
    assert!(plans.len() >= 5, "{plans:?}");
    for plan in &plans {
        conforms(&["eval", plan, "--format", "json"]);
    }
    // All together, which joins the years of one unit.
    conforms(&["eval", "examples", "--format", "json"]);
}

#[test]
fn a_schema_violation_is_caught() {
    // The check above can fail: a result without its status does not conform.
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut doc = conforms(&["eval", "examples/labkesmas-batam/rkt-2024.toml", "--format", "json"]);
    doc["results"][0].as_object_mut().unwrap().remove("status");
    assert!(!validator.is_valid(&doc));
}
