//! Where `import "…"` and rule names find their scripts.
//!
//! A rule name such as `standard/positif` is looked up in the rule folders
//! that apply to a plan (`--rules` folders first, then the plan's own
//! `rules/` folder and every `rules/` folder above it) and finally in the copy of the
//! standard library built into the binary. Scripts never see file paths, so
//! an import cannot read anything but a rule.

use rhai::module_resolvers::ModuleResolver;
use rhai::{Engine, EvalAltResult, Module, Position, Scope, Shared};

type SharedModule = Shared<Module>;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// The standard rules, compiled into the binary so `capaian` works outside a
/// checkout. A `rules/` folder on disk with the same names takes precedence.
const BUILTIN: &[(&str, &str)] = &[
    ("standard/positif", include_str!("../../rules/standard/positif.rhai")),
    ("standard/negatif", include_str!("../../rules/standard/negatif.rhai")),
    ("standard/negatif-rasio", include_str!("../../rules/standard/negatif-rasio.rhai")),
    ("standard/rentang", include_str!("../../rules/standard/rentang.rhai")),
];

/// Category scales built into the binary, overridable by `rules/scales/*.toml`.
const BUILTIN_SCALES: &[(&str, &str)] = &[("lkjip", include_str!("../../rules/scales/lkjip.toml"))];

/// The text of one rule and where it came from.
#[derive(Debug, Clone)]
pub struct RuleSource {
    /// The rule name (`standard/positif`).
    pub name: String,
    /// The file, or `<builtin>/name.rhai` for the built-in copy.
    pub path: PathBuf,
    /// The script.
    pub text: String,
}

/// The ordered list of rule folders.
#[derive(Debug, Clone, Default)]
pub struct RuleSources {
    dirs: Vec<PathBuf>,
}

impl RuleSources {
    /// Only the built-in standard library.
    pub fn builtin_only() -> RuleSources {
        RuleSources { dirs: Vec::new() }
    }

    /// Looks in `dirs` (in order), then in the built-in library.
    pub fn new(dirs: Vec<PathBuf>) -> RuleSources {
        RuleSources { dirs }
    }

    /// The folders searched, in order.
    pub fn dirs(&self) -> &[PathBuf] {
        &self.dirs
    }

    /// Finds a rule by name.
    pub fn find(&self, name: &str) -> Option<RuleSource> {
        if !valid_name(name) {
            return None;
        }
        for dir in &self.dirs {
            let path = dir.join(format!("{name}.rhai"));
            if let Ok(text) = std::fs::read_to_string(&path) {
                return Some(RuleSource { name: name.to_string(), path, text });
            }
        }
        BUILTIN.iter().find(|(n, _)| *n == name).map(|(n, text)| RuleSource {
            name: n.to_string(),
            path: PathBuf::from(format!("<builtin>/rules/{n}.rhai")),
            text: text.to_string(),
        })
    }

    /// Finds a category scale (`rules/scales/NAME.toml`) by name.
    pub fn find_scale(&self, name: &str) -> Option<RuleSource> {
        if !valid_name(name) {
            return None;
        }
        for dir in &self.dirs {
            let path = dir.join("scales").join(format!("{name}.toml"));
            if let Ok(text) = std::fs::read_to_string(&path) {
                return Some(RuleSource { name: name.to_string(), path, text });
            }
        }
        BUILTIN_SCALES.iter().find(|(n, _)| *n == name).map(|(n, text)| RuleSource {
            name: n.to_string(),
            path: PathBuf::from(format!("<builtin>/rules/scales/{n}.toml")),
            text: text.to_string(),
        })
    }

    /// The text of a rule file named in an error (`<builtin>/…` included).
    pub fn text_of(&self, path: &str) -> Option<String> {
        if let Some(name) = path.strip_prefix("<builtin>/rules/").and_then(|n| n.strip_suffix(".rhai")) {
            return BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, t)| t.to_string());
        }
        std::fs::read_to_string(path).ok()
    }

    /// Every rule name available, for suggestions.
    pub fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = BUILTIN.iter().map(|(n, _)| n.to_string()).collect();
        for dir in &self.dirs {
            collect_names(dir, dir, &mut names);
        }
        names.sort();
        names.dedup();
        names
    }
}

fn collect_names(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect_names(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "rhai") {
            if let Ok(rel) = p.strip_prefix(root) {
                out.push(rel.with_extension("").to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// Rule names are relative paths of plain segments: no `..`, no absolute
/// paths, no extension, so a name cannot escape the rule folders.
fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.split('/').all(|seg| {
            !seg.is_empty()
                && seg != "."
                && seg != ".."
                && seg.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
        })
        && !name.ends_with(".rhai")
}

/// The engine's module resolver: rule names to compiled modules, cached.
pub(super) struct Resolver {
    sources: Arc<RuleSources>,
    cache: Mutex<HashMap<String, SharedModule>>,
}

impl Resolver {
    pub(super) fn new(sources: Arc<RuleSources>) -> Resolver {
        Resolver { sources, cache: Mutex::new(HashMap::new()) }
    }
}

impl ModuleResolver for Resolver {
    fn resolve(
        &self,
        engine: &Engine,
        _source: Option<&str>,
        path: &str,
        pos: Position,
    ) -> Result<SharedModule, Box<EvalAltResult>> {
        if let Some(m) = self.cache.lock().ok().and_then(|c| c.get(path).cloned()) {
            return Ok(m);
        }
        let Some(rule) = self.sources.find(path) else {
            return Err(EvalAltResult::ErrorModuleNotFound(path.to_string(), pos).into());
        };
        let mut ast = engine.compile(&rule.text).map_err(|e| {
            EvalAltResult::ErrorInModule(path.to_string(), EvalAltResult::ErrorParsing(*e.0, e.1).into(), pos)
        })?;
        ast.set_source(rule.path.to_string_lossy().to_string());
        let module = Module::eval_ast_as_new(Scope::new(), &ast, engine)
            .map_err(|e| EvalAltResult::ErrorInModule(path.to_string(), e, pos))?;
        let shared: SharedModule = module.into();
        if let Ok(mut c) = self.cache.lock() {
            c.insert(path.to_string(), shared.clone());
        }
        Ok(shared)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape_the_rule_folders() {
        for bad in ["../secret", "/etc/passwd", "a//b", "standard/positif.rhai", "", "a/./b"] {
            assert!(!valid_name(bad), "{bad}");
        }
        assert!(valid_name("standard/negatif-rasio"));
        assert!(RuleSources::builtin_only().find("standard/positif").is_some());
    }
}
