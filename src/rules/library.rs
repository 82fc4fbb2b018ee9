//! One cache over a rule store: each rule compiled once, whether the
//! evaluator calls it or another rule imports it; each scale parsed once,
//! whether a plan names it or a rule calls `kategori_in`; each text kept
//! once, for the spans of errors and the lines of `explain`.

use super::store::{RuleStore, Source, valid_name};
use super::{HOOKS, Rule, Scale, Twin};
use crate::diagnostic::{Diagnostic, Kind, Span, Text, suggest};
use crate::engine::{Lookup, SharedModule};
use rhai::{Engine, EvalAltResult, Module, ParseError, Position, Scope};
use rust_decimal::Decimal;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

/// A rule as first looked up: compiled, unknown or not compiling.
#[derive(Clone)]
enum Compiled {
    Rule(Arc<Rule>),
    /// The rule's diagnostic (as first asked for), and Rhai's parse error
    /// when it exists but does not compile.
    Failed(Box<(Diagnostic, Option<ParseError>)>),
}

/// A scale as first read; `Err(None)`: no such scale.
type ScaleEntry = Result<Arc<Scale>, Option<Diagnostic>>;

/// A rule store with everything read and compiled from it, once.
pub struct Library {
    store: Arc<dyn RuleStore>,
    /// Compiled rules by name: looked up for every indicator-period on
    /// every thread, so readers share the lock.
    rules: RwLock<HashMap<String, Compiled>>,
    modules: Mutex<HashMap<String, SharedModule>>,
    scales: Mutex<HashMap<String, ScaleEntry>>,
    /// Rule texts by the path errors and trace steps name them with.
    texts: Mutex<HashMap<String, Arc<str>>>,
    /// Bytes of a rule file compiled at most (compiling is quadratic in the
    /// number of variables, so a huge file could take minutes).
    max_rule_size: usize,
}

impl Library {
    /// An empty cache over `store`.
    pub fn new(store: Arc<dyn RuleStore>) -> Library {
        Library {
            store,
            rules: RwLock::new(HashMap::new()),
            modules: Mutex::new(HashMap::new()),
            scales: Mutex::new(HashMap::new()),
            texts: Mutex::new(HashMap::new()),
            max_rule_size: crate::engine::Limits::default().max_rule_size,
        }
    }

    /// The same cache with another rule size limit.
    pub fn with_max_rule_size(self, max_rule_size: usize) -> Library {
        Library { max_rule_size, ..self }
    }

    /// The store rules are read from.
    pub fn store(&self) -> &dyn RuleStore {
        self.store.as_ref()
    }

    /// Every rule name available, for suggestions.
    pub fn names(&self) -> Vec<String> {
        self.store.names()
    }

    /// The text of a rule named in an error or a trace step by its path, as
    /// it was compiled.
    pub fn text_of(&self, path: &str) -> Option<Arc<str>> {
        self.texts.lock().ok().and_then(|t| t.get(path).cloned())
    }

    /// The rules of the store that are not built in, with their texts (what
    /// line coverage is measured over); rules in `tests/` folders are fixtures.
    pub fn own_rules(&self) -> Vec<Source> {
        self.store
            .names()
            .iter()
            .filter(|n| !n.split('/').any(|seg| seg == "tests"))
            .filter_map(|n| self.store.rule(n)?.ok())
            .filter(|s| !s.is_builtin())
            .collect()
    }

    /// Compiles (once, with `engine`) and returns a rule; `used_at` is where
    /// the first use names it, for an unknown rule.
    pub fn rule(&self, engine: &Engine, name: &str, used_at: Option<&Span>) -> Result<Arc<Rule>, Diagnostic> {
        match self.compiled(engine, name, used_at) {
            Compiled::Rule(r) => Ok(r),
            Compiled::Failed(f) => Err(f.0),
        }
    }

    fn compiled(&self, engine: &Engine, name: &str, used_at: Option<&Span>) -> Compiled {
        if let Some(c) = self.rules.read().ok().and_then(|m| m.get(name).cloned()) {
            return c;
        }
        // Not under the lock: compiling may import, which comes back here.
        let result = self.compile(engine, name, used_at);
        match self.rules.write() {
            Ok(mut m) => m.entry(name.to_string()).or_insert(result).clone(),
            Err(_) => result,
        }
    }

    fn compile(&self, engine: &Engine, name: &str, used_at: Option<&Span>) -> Compiled {
        let src = match self.store.rule(name) {
            Some(Ok(src)) => src,
            Some(Err(d)) => return Compiled::Failed(Box::new((d, None))),
            None => return Compiled::Failed(Box::new((self.unknown(name, used_at), None))),
        };
        if src.text.len() > self.max_rule_size {
            let (size, max) = (src.text.len().to_string(), self.max_rule_size.to_string());
            let d = Diagnostic::error(Kind::SandboxRuleSize { name: name.to_string(), size, max })
                .with_span(Span::file(&src.path));
            return Compiled::Failed(Box::new((d, None)));
        }
        let text: Arc<str> = src.text.into();
        if let Ok(mut t) = self.texts.lock() {
            t.insert(src.path.to_string_lossy().to_string(), text.clone());
        }
        let mut ast = match engine.compile(&*text) {
            Ok(ast) => ast,
            Err(e) => {
                let (line, col) = (e.1.line().unwrap_or(0), e.1.position().unwrap_or(1));
                let d = Diagnostic::error(Kind::RuleSyntax { name: name.to_string(), reason: e.0.to_string() })
                    .with_span(Span::from_line_col(&src.path, &text, line, col, 1));
                return Compiled::Failed(Box::new((d, Some(e))));
            }
        };
        ast.set_source(src.path.to_string_lossy().to_string());
        let hooks: Vec<&'static str> = HOOKS
            .iter()
            .copied()
            .filter(|h| ast.iter_functions().any(|f| f.name == *h && f.params.len() == 1))
            .collect();
        let twin = Twin::of(name, &text);
        Compiled::Rule(Arc::new(Rule { name: Arc::from(name), path: Arc::from(src.path), ast, hooks, twin }))
    }

    fn unknown(&self, name: &str, used_at: Option<&Span>) -> Diagnostic {
        let at = |d: Diagnostic| match used_at {
            Some(span) => d.with_span(span.clone()),
            None => d,
        };
        if !valid_name(name) {
            // Said as it is: a look-alike letter must not be "corrected" silently.
            return at(Diagnostic::error(Kind::RuleNameInvalid { name: name.to_string() }));
        }
        let names = self.store.names();
        let d = at(Diagnostic::error(Kind::RuleUnknown { name: name.to_string() }));
        let looked = self.store.places();
        let help = match (suggest(name, names.iter().map(String::as_str)), looked.is_empty()) {
            (Some(s), _) => Text::DidYouMean { word: s.to_string() },
            (None, false) => Text::RulesLookedUp { folders: looked.join(", ") },
            (None, true) => Text::RulesNoFolder,
        };
        d.with_help(help)
    }

    /// A warning for each rule compiled so far that hides another of the
    /// same name with a different text (a `rules/standard/positif.rhai` of
    /// its own before the built-in one), naming the file actually used.
    pub fn shadowing(&self) -> Vec<Diagnostic> {
        let mut used: Vec<Arc<Rule>> = match self.rules.read() {
            Ok(m) => m
                .values()
                .filter_map(|c| match c {
                    Compiled::Rule(r) => Some(r.clone()),
                    Compiled::Failed(_) => None,
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        used.sort_by(|a, b| a.name.cmp(&b.name));
        let mut out = Vec::new();
        for rule in used {
            let path = rule.path.to_string_lossy().to_string();
            let Some(text) = self.text_of(&path) else { continue };
            if let Some(hidden) = self.store.hidden(&rule.name).into_iter().find(|h| *h.text != *text) {
                let kind =
                    Kind::RuleShadowed { name: rule.name.to_string(), path, hidden: hidden.path.display().to_string() };
                out.push(Diagnostic::warning(kind).with_span(Span::file(&rule.path)));
            }
        }
        out
    }

    /// Reads (once) a category scale; `Err(None)` when there is none by that name.
    pub fn scale(&self, name: &str) -> ScaleEntry {
        if let Some(s) = self.scales.lock().ok().and_then(|m| m.get(name).cloned()) {
            return s;
        }
        let result = match self.store.scale(name) {
            Some(Ok(src)) => Scale::parse(name, &src.path, &src.text).map(Arc::new).map_err(Some),
            Some(Err(d)) => Err(Some(d)),
            None => Err(None),
        };
        if let Ok(mut m) = self.scales.lock() {
            m.insert(name.to_string(), result.clone());
        }
        result
    }
}

impl Lookup for Library {
    fn module(&self, engine: &Engine, name: &str, pos: Position) -> Result<SharedModule, Box<EvalAltResult>> {
        if let Some(m) = self.modules.lock().ok().and_then(|c| c.get(name).cloned()) {
            return Ok(m);
        }
        let rule = match self.compiled(engine, name, None) {
            Compiled::Rule(r) => r,
            Compiled::Failed(f) => {
                let err = match f.1 {
                    Some(e) => EvalAltResult::ErrorInModule(
                        name.to_string(),
                        EvalAltResult::ErrorParsing(*e.0, e.1).into(),
                        pos,
                    ),
                    None if matches!(f.0.kind, Kind::RuleUnknown { .. }) => {
                        EvalAltResult::ErrorModuleNotFound(name.to_string(), pos)
                    }
                    // The text ends up inside the importing rule's error, which names it.
                    None => EvalAltResult::ErrorInModule(
                        name.to_string(),
                        EvalAltResult::ErrorRuntime(f.0.message(crate::lang::Lang::En).into(), pos).into(),
                        pos,
                    ),
                };
                return Err(err.into());
            }
        };
        let module = Module::eval_ast_as_new(Scope::new(), &rule.ast, engine)
            .map_err(|e| EvalAltResult::ErrorInModule(name.to_string(), e, pos))?;
        let shared: SharedModule = module.into();
        if let Ok(mut c) = self.modules.lock() {
            c.insert(name.to_string(), shared.clone());
        }
        Ok(shared)
    }

    fn kategori(&self, name: &str, value: Decimal) -> Result<Option<String>, String> {
        match self.scale(name) {
            Ok(s) => Ok(s.lookup(value).map(|b| b.kategori.to_string())),
            // The text ends up inside the rule's runtime error, which names the rule.
            Err(Some(d)) => Err(d.message(crate::lang::Lang::En)),
            Err(None) => Err(Kind::ScaleUnknown { name: name.to_string() }.message(crate::lang::Lang::En)),
        }
    }
}
