//! Where rule scripts, category scales and validation rules come from.
//!
//! The library asks a [`RuleStore`] for a rule or a scale by name and never
//! looks at folders itself: a folder on disk, the standard library built into
//! the binary, a map in memory (tests, fuzzing, embedding) and a git revision
//! (`capaian diff`) are all stores, and [`Layered`] puts several in order.
//! Which folders apply to a plan is the caller's choice (the command line
//! looks in `--rules` folders and the `rules/` folders above the plan).
//!
//! Names are relative paths of plain segments, so a name never reads
//! anything but a rule.

use crate::diagnostic::Diagnostic;
use crate::files::{RULE_FILE_LIMIT, read_inside, walk};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The standard rules, compiled into the binary so `capaian` works outside a
/// checkout. A `rules/` folder on disk with the same names takes precedence.
const BUILTIN: &[(&str, &str)] = &[
    ("standard/positif", include_str!("../../rules/standard/positif.rhai")),
    ("standard/negatif", include_str!("../../rules/standard/negatif.rhai")),
    ("standard/negatif-rasio", include_str!("../../rules/standard/negatif-rasio.rhai")),
    ("standard/rentang", include_str!("../../rules/standard/rentang.rhai")),
    ("standard/indeks-tertimbang", include_str!("../../rules/standard/indeks-tertimbang.rhai")),
];

/// Category scales built into the binary, overridable by `rules/scales/*.toml`.
const BUILTIN_SCALES: &[(&str, &str)] = &[("lkjip", include_str!("../../rules/scales/lkjip.toml"))];

/// The built-in validation rules, used when no rule folder has `validation/standard.toml`.
pub(crate) const BUILTIN_VALIDATION: &str = include_str!("../../rules/validation/standard.toml");

/// The text of one rule, scale or validation file and where it came from.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name it is looked up by (`standard/positif`, `lkjip`, `standard` for
    /// `validation/standard.toml`).
    pub name: String,
    /// The file, or `<builtin>/rules/…` and `<memory>/rules/…` for texts not on disk.
    pub path: PathBuf,
    /// The text.
    pub text: String,
}

impl Source {
    /// Whether the text is the copy built into the binary.
    pub fn is_builtin(&self) -> bool {
        self.path.starts_with("<builtin>")
    }
}

/// What a store holds under a name: nothing, the text, or a file that is
/// there but may not be read (not UTF-8, too large, a pipe, a link out of
/// the folder), which is an error rather than "unknown".
pub(crate) type Found = Option<Result<Source, Diagnostic>>;

/// A place rules, scales and validation rules are looked up in.
pub trait RuleStore: Send + Sync {
    /// The rule `name` (`standard/positif` is `standard/positif.rhai`).
    fn rule(&self, name: &str) -> Found;
    /// The category scale `name` (`scales/NAME.toml`).
    fn scale(&self, name: &str) -> Found;
    /// Every rule name it holds, for suggestions and `check`.
    fn names(&self) -> Vec<String>;
    /// The folders it looks in, for "looked up in …" help; empty for texts
    /// not on disk. Stores describing the same places hold the same rules.
    fn places(&self) -> Vec<String>;
    /// Its validation rule files (`validation/*.toml`), in file-name order;
    /// a file that cannot be read is an error in place.
    fn validation(&self) -> Vec<Result<Source, Diagnostic>>;
    /// The rules of the same name that `rule(name)` hides (later layers).
    fn hidden(&self, _name: &str) -> Vec<Source> {
        Vec::new()
    }
}

/// Rule names are relative paths of plain segments of ASCII letters, digits,
/// `-` and `_`: no `..`, no absolute paths, no extension, so a name cannot
/// escape the rule folders, and no look-alike letters of other alphabets
/// (`standard/pоsitif` with a Cyrillic `о`) can pass for another rule.
pub(crate) fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .split('/')
            .all(|seg| !seg.is_empty() && seg.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_')))
}

/// A rule folder on disk: `NAME.rhai`, `scales/NAME.toml`, `validation/*.toml`.
#[derive(Debug, Clone)]
pub struct FolderStore {
    dir: PathBuf,
}

impl FolderStore {
    /// The folder `dir`, shown in messages as given.
    pub fn new(dir: impl Into<PathBuf>) -> FolderStore {
        FolderStore { dir: dir.into() }
    }

    /// The file `path` of `name`: nothing when the name is not valid or no
    /// file (nor link) is there; an error when it may not be read.
    fn read(&self, name: &str, path: PathBuf) -> Found {
        if !valid_name(name) || std::fs::symlink_metadata(&path).is_err() {
            return None;
        }
        Some(read_inside(&path, &self.dir, RULE_FILE_LIMIT).map(|text| Source { name: name.to_string(), path, text }))
    }
}

impl RuleStore for FolderStore {
    fn rule(&self, name: &str) -> Found {
        self.read(name, self.dir.join(format!("{name}.rhai")))
    }

    fn scale(&self, name: &str) -> Found {
        self.read(name, self.dir.join("scales").join(format!("{name}.toml")))
    }

    fn names(&self) -> Vec<String> {
        if !self.dir.is_dir() {
            return Vec::new();
        }
        let rhai = |p: &Path| p.extension().is_some_and(|x| x == "rhai");
        let mut names: Vec<String> = walk(&self.dir, &[], &rhai)
            .files
            .iter()
            .filter_map(|p| p.strip_prefix(&self.dir).ok())
            .map(|rel| rel.with_extension("").to_string_lossy().replace('\\', "/"))
            .filter(|n| valid_name(n))
            .collect();
        names.sort();
        names
    }

    fn places(&self) -> Vec<String> {
        vec![self.dir.display().to_string()]
    }

    fn validation(&self) -> Vec<Result<Source, Diagnostic>> {
        let folder = self.dir.join("validation");
        if !folder.is_dir() {
            return Vec::new();
        }
        let direct = |p: &Path| p.parent() == Some(folder.as_path()) && p.extension().is_some_and(|x| x == "toml");
        walk(&folder, &[], &direct)
            .files
            .into_iter()
            .map(|f| {
                let text = read_inside(&f, &self.dir, RULE_FILE_LIMIT)?;
                let name = f.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
                Ok(Source { name, path: f, text })
            })
            .collect()
    }
}

/// Rules and scales kept in memory under a label (`<memory>` by default):
/// for tests, fuzzing and programs that embed the library. The label is
/// its place: give different stores in one run different labels.
#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    label: String,
    rules: BTreeMap<String, String>,
    scales: BTreeMap<String, String>,
    validation: BTreeMap<String, String>,
}

impl MemoryStore {
    /// An empty store labelled `label` (shown as `LABEL/rules/NAME.rhai`).
    pub fn new(label: impl Into<String>) -> MemoryStore {
        MemoryStore { label: label.into(), ..MemoryStore::default() }
    }

    /// Adds (or replaces) the rule `name`.
    pub fn with_rule(mut self, name: &str, text: &str) -> MemoryStore {
        self.rules.insert(name.to_string(), text.to_string());
        self
    }

    /// Adds (or replaces) the category scale `name`.
    pub fn with_scale(mut self, name: &str, text: &str) -> MemoryStore {
        self.scales.insert(name.to_string(), text.to_string());
        self
    }

    /// Adds (or replaces) the validation rule file `validation/NAME.toml`.
    pub fn with_validation(mut self, name: &str, text: &str) -> MemoryStore {
        self.validation.insert(name.to_string(), text.to_string());
        self
    }

    fn label(&self) -> &str {
        if self.label.is_empty() { "<memory>" } else { &self.label }
    }

    fn source(&self, name: &str, file: String, text: &str) -> Source {
        Source {
            name: name.to_string(),
            path: PathBuf::from(format!("{}/rules/{file}", self.label())),
            text: text.into(),
        }
    }
}

impl RuleStore for MemoryStore {
    fn rule(&self, name: &str) -> Found {
        self.rules.get(name).map(|t| Ok(self.source(name, format!("{name}.rhai"), t)))
    }

    fn scale(&self, name: &str) -> Found {
        self.scales.get(name).map(|t| Ok(self.source(name, format!("scales/{name}.toml"), t)))
    }

    fn names(&self) -> Vec<String> {
        self.rules.keys().cloned().collect()
    }

    fn places(&self) -> Vec<String> {
        vec![self.label().to_string()]
    }

    fn validation(&self) -> Vec<Result<Source, Diagnostic>> {
        self.validation.iter().map(|(n, t)| Ok(self.source(n, format!("validation/{n}.toml"), t))).collect()
    }
}

/// The standard library built into the binary (`<builtin>/rules/…`).
#[derive(Debug, Clone, Copy, Default)]
pub struct BuiltinStore;

impl BuiltinStore {
    fn memory() -> &'static MemoryStore {
        static STORE: std::sync::OnceLock<MemoryStore> = std::sync::OnceLock::new();
        STORE.get_or_init(|| {
            let mut m = MemoryStore::new("<builtin>").with_validation("standard", BUILTIN_VALIDATION);
            for (name, text) in BUILTIN {
                m = m.with_rule(name, text);
            }
            for (name, text) in BUILTIN_SCALES {
                m = m.with_scale(name, text);
            }
            m
        })
    }
}

impl RuleStore for BuiltinStore {
    fn rule(&self, name: &str) -> Found {
        Self::memory().rule(name)
    }

    fn scale(&self, name: &str) -> Found {
        Self::memory().scale(name)
    }

    fn names(&self) -> Vec<String> {
        Self::memory().names()
    }

    fn places(&self) -> Vec<String> {
        Vec::new()
    }

    fn validation(&self) -> Vec<Result<Source, Diagnostic>> {
        Self::memory().validation()
    }
}

/// Several stores in order: the first that has a name wins.
#[derive(Clone, Default)]
pub struct Layered(pub Vec<Arc<dyn RuleStore>>);

impl Layered {
    /// The folders `dirs` in order, then the built-in library: what a plan's
    /// rules are read from on the command line.
    pub fn folders(dirs: &[PathBuf]) -> Layered {
        let mut stores: Vec<Arc<dyn RuleStore>> =
            dirs.iter().map(|d| Arc::new(FolderStore::new(d)) as Arc<dyn RuleStore>).collect();
        stores.push(Arc::new(BuiltinStore));
        Layered(stores)
    }
}

impl RuleStore for Layered {
    fn rule(&self, name: &str) -> Found {
        self.0.iter().find_map(|s| s.rule(name))
    }

    fn scale(&self, name: &str) -> Found {
        self.0.iter().find_map(|s| s.scale(name))
    }

    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = self.0.iter().flat_map(|s| s.names()).collect();
        names.sort();
        names.dedup();
        names
    }

    fn places(&self) -> Vec<String> {
        self.0.iter().flat_map(|s| s.places()).collect()
    }

    fn validation(&self) -> Vec<Result<Source, Diagnostic>> {
        self.0.iter().flat_map(|s| s.validation()).collect()
    }

    fn hidden(&self, name: &str) -> Vec<Source> {
        let mut found = self.0.iter().filter_map(|s| s.rule(name)?.ok());
        found.next();
        found.collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_cannot_escape_the_rule_folders() {
        for bad in ["../secret", "/etc/passwd", "a//b", "standard/positif.rhai", "", "a/./b"] {
            assert!(!valid_name(bad), "{bad}");
            assert!(FolderStore::new("rules").rule(bad).is_none(), "{bad}");
        }
        assert!(valid_name("standard/negatif-rasio"));
        assert!(BuiltinStore.rule("standard/positif").is_some());
        assert!(!valid_name("standard/p\u{43e}sitif") && !valid_name("a.b"));
    }

    #[test]
    fn memory_store_serves_what_it_was_given() {
        let m = MemoryStore::default().with_rule("a/b", "fn capaian(x) { 1 }").with_scale("s", "[[band]]");
        let rule = m.rule("a/b").unwrap().unwrap();
        assert_eq!(rule.path, PathBuf::from("<memory>/rules/a/b.rhai"));
        assert_eq!(rule.text, "fn capaian(x) { 1 }");
        assert_eq!(m.scale("s").unwrap().unwrap().path, PathBuf::from("<memory>/rules/scales/s.toml"));
        assert!(m.rule("s").is_none() && m.scale("a/b").is_none());
        assert_eq!(m.names(), ["a/b"]);
        assert_eq!(m.places(), ["<memory>"]);
        assert!(!rule.is_builtin() && BuiltinStore.places().is_empty());
    }

    #[test]
    fn the_first_layer_that_has_a_name_wins() {
        let mine = MemoryStore::new("mine").with_rule("standard/positif", "mine").with_rule("x", "x");
        let layered = Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)]);
        assert_eq!(layered.rule("standard/positif").unwrap().unwrap().text, "mine");
        assert_eq!(layered.rule("x").unwrap().unwrap().path, PathBuf::from("mine/rules/x.rhai"));
        // Names not overridden fall back to the built-in library.
        let rentang = layered.rule("standard/rentang").unwrap().unwrap();
        assert!(rentang.is_builtin(), "{}", rentang.path.display());
        assert_eq!(layered.scale("lkjip").unwrap().unwrap().path, PathBuf::from("<builtin>/rules/scales/lkjip.toml"));
        assert!(layered.rule("nowhere").is_none());
        let names = layered.names();
        assert_eq!(names.iter().filter(|n| *n == "standard/positif").count(), 1);
        assert!(names.contains(&"x".to_string()));
    }

    #[test]
    fn folders_come_before_the_builtin_library() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("standard")).unwrap();
        std::fs::write(dir.path().join("standard/positif.rhai"), "// mine").unwrap();
        let store = Layered::folders(&[dir.path().to_path_buf()]);
        assert_eq!(store.rule("standard/positif").unwrap().unwrap().text, "// mine");
        assert!(store.rule("standard/negatif").unwrap().unwrap().is_builtin());
        assert_eq!(store.places(), [dir.path().display().to_string()]);
        let validation = store.validation();
        assert_eq!(validation.len(), 1);
        assert!(validation[0].as_ref().is_ok_and(Source::is_builtin));
    }
}
