//! Generated documentation stays in step with the engine.

use crate::support::{Test, root};

#[test]
fn function_reference_is_current() {
    let out = Test::new().args(["functions"]).output();
    assert_eq!(out.code, 0);
    let file = std::fs::read_to_string(root().join("docs/functions.md")).unwrap();
    assert!(file == out.stdout, "docs/functions.md is out of date: run `cargo run -- functions > docs/functions.md`");
}
