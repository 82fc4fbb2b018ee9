//! Finding, compiling and caching rule scripts and category scales.
//!
//! Each rule is compiled once per run and its AST reused for every
//! indicator-period; a rule that fails to compile is reported once, with its
//! file and line, for every indicator that uses it.

pub use crate::plan::{Band, Scale};

use crate::diagnostic::{Diagnostic, Kind, Span, Subject, Text, suggest};
use crate::engine::trace::{Trace, TraceHandle};
use crate::engine::{Limits, RuleSources, build_engine, build_tracing_engine};
use rhai::{AST, CallFnOptions, Dynamic, Engine, EvalAltResult, Map, Scope};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

/// The functions a rule may define; anything it leaves out comes from the
/// standard rules.
pub const HOOKS: &[&str] = &["value", "capaian", "kategori"];

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    /// Its name (`standard/positif`, `bkk/indeks-deteksi`).
    pub name: String,
    /// The file it came from.
    pub path: PathBuf,
    /// The compiled script.
    pub ast: AST,
    /// Which of [`HOOKS`] it defines (each taking one argument).
    pub hooks: Vec<&'static str>,
}

impl Rule {
    /// Whether the rule defines `hook(x)`.
    pub fn defines(&self, hook: &str) -> bool {
        self.hooks.contains(&hook)
    }
}

/// Rules and scales for one set of rule folders, with one engine.
pub struct RuleSet {
    /// Where rules are looked up.
    pub sources: Arc<RuleSources>,
    /// The engine all rules of this set run on.
    pub engine: Engine,
    tracing: OnceLock<Engine>,
    coverage: Mutex<Option<TraceHandle>>,
    limits: Limits,
    rules: Mutex<HashMap<String, Result<Arc<Rule>, Diagnostic>>>,
    scales: Mutex<HashMap<String, Result<Arc<Scale>, Diagnostic>>>,
}

impl RuleSet {
    /// A rule set over `sources` with the given limits.
    pub fn new(sources: RuleSources, limits: &Limits) -> RuleSet {
        let sources = Arc::new(sources);
        RuleSet {
            engine: build_engine(limits, sources.clone()),
            tracing: OnceLock::new(),
            coverage: Mutex::new(None),
            limits: *limits,
            sources,
            rules: Mutex::new(HashMap::new()),
            scales: Mutex::new(HashMap::new()),
        }
    }

    /// The rule folders that apply to a plan file: `--rules` folders first,
    /// then every `rules/` folder from the plan's folder upward, nearest first.
    pub fn dirs_for(plan_path: &Path, extra: &[PathBuf]) -> Vec<PathBuf> {
        let mut dirs: Vec<PathBuf> = extra.to_vec();
        let start = std::fs::canonicalize(plan_path).unwrap_or_else(|_| plan_path.to_path_buf());
        // Paths under the working folder stay relative, so messages and
        // snapshots read the same in every checkout.
        let cwd = std::env::current_dir().ok().and_then(|d| std::fs::canonicalize(d).ok());
        for dir in start.ancestors().skip(1) {
            let candidate = dir.join("rules");
            if candidate.is_dir() {
                let shown = cwd
                    .as_ref()
                    .and_then(|c| candidate.strip_prefix(c).ok())
                    .map_or_else(|| candidate.clone(), Path::to_path_buf);
                if !dirs.contains(&shown) {
                    dirs.push(shown);
                }
            }
        }
        dirs
    }

    /// Compiles (once) and returns a rule.
    pub fn rule(&self, name: &str, used_at: Option<&Span>) -> Result<Arc<Rule>, Diagnostic> {
        if let Some(r) = self.rules.lock().ok().and_then(|m| m.get(name).cloned()) {
            return r;
        }
        let result = self.compile(name, used_at);
        if let Ok(mut m) = self.rules.lock() {
            m.insert(name.to_string(), result.clone());
        }
        result
    }

    fn compile(&self, name: &str, used_at: Option<&Span>) -> Result<Arc<Rule>, Diagnostic> {
        let Some(src) = self.sources.find(name) else {
            let names = self.sources.names();
            let mut d = Diagnostic::error(Kind::RuleUnknown { name: name.to_string() });
            if let Some(span) = used_at {
                d = d.with_span(span.clone());
            }
            let looked: Vec<String> = self.sources.dirs().iter().map(|p| p.display().to_string()).collect();
            let help = match (suggest(name, names.iter().map(String::as_str)), looked.is_empty()) {
                (Some(s), _) => Text::DidYouMean { word: s.to_string() },
                (None, false) => Text::RulesLookedUp { folders: looked.join(", ") },
                (None, true) => Text::RulesNoFolder,
            };
            return Err(d.with_help(help));
        };
        let mut ast = self.engine.compile(&src.text).map_err(|e| {
            let (line, col) = (e.1.line().unwrap_or(0), e.1.position().unwrap_or(1));
            Diagnostic::error(Kind::RuleSyntax { name: name.to_string(), reason: e.0.to_string() })
                .with_span(Span::from_line_col(&src.path, &src.text, line, col, 1))
        })?;
        ast.set_source(src.path.to_string_lossy().to_string());
        let hooks: Vec<&'static str> = HOOKS
            .iter()
            .copied()
            .filter(|h| ast.iter_functions().any(|f| f.name == *h && f.params.len() == 1))
            .collect();
        Ok(Arc::new(Rule { name: name.to_string(), path: src.path, ast, hooks }))
    }

    /// Loads (once) and returns a category scale.
    pub fn scale(&self, name: &str) -> Result<Arc<Scale>, Diagnostic> {
        if let Some(s) = self.scales.lock().ok().and_then(|m| m.get(name).cloned()) {
            return s;
        }
        let result = match self.sources.find_scale(name) {
            Some(src) => Scale::parse(name, &src.path, &src.text).map(Arc::new),
            None => Err(Diagnostic::error(Kind::ScaleUnknown { name: name.to_string() })),
        };
        if let Ok(mut m) = self.scales.lock() {
            m.insert(name.to_string(), result.clone());
        }
        result
    }

    /// Records which rule lines run in every later call (`capaian test --coverage`).
    pub fn record_coverage(&self, handle: TraceHandle) {
        if let Ok(mut c) = self.coverage.lock() {
            *c = Some(handle);
        }
    }

    /// Calls `hook(x)` of a rule. With a trace, the call runs on the tracing
    /// engine and records every step into it.
    pub fn call(&self, rule: &Rule, hook: &str, x: &Map, trace: Option<&TraceHandle>) -> Result<Dynamic, Diagnostic> {
        let coverage = self.coverage.lock().ok().and_then(|c| c.clone());
        let trace = trace.or(coverage.as_ref());
        let arg = (Dynamic::from_map(x.clone()),);
        let result = match trace {
            None => self.engine.call_fn_with_options::<Dynamic>(
                Self::options(None),
                &mut Scope::new(),
                &rule.ast,
                hook,
                arg,
            ),
            Some(t) => self.tracing_engine().call_fn_with_options::<Dynamic>(
                Self::options(Some(t)),
                &mut Scope::new(),
                &rule.ast,
                hook,
                arg,
            ),
        };
        result.map_err(|e| {
            // Limits hit inside a function come back without a position; run
            // the call again with the recorder to find the last line reached.
            let located = if innermost(&e, None).0.position().is_none() {
                let t = Trace::handle();
                let again = Dynamic::from_map(x.clone());
                let _ = self.tracing_engine().call_fn_with_options::<Dynamic>(
                    Self::options(Some(&t)),
                    &mut Scope::new(),
                    &rule.ast,
                    hook,
                    (again,),
                );
                t.lock().ok().and_then(|t| t.last_position().map(|(s, l, c)| (s.to_string(), l, c)))
            } else {
                None
            };
            self.runtime_diagnostic(rule, &e, located)
        })
    }

    fn options(trace: Option<&TraceHandle>) -> CallFnOptions<'static> {
        let options = CallFnOptions::new().eval_ast(false).rewind_scope(true);
        match trace {
            Some(t) => options.with_tag(Dynamic::from(t.clone())),
            None => options,
        }
    }

    /// The engine with the recording debugger, built on first use.
    pub fn tracing_engine(&self) -> &Engine {
        self.tracing.get_or_init(|| build_tracing_engine(&self.limits, self.sources.clone()))
    }

    /// Turns a Rhai runtime error into a diagnostic pointing at the rule line
    /// where it happened (inside imported rules too); `fallback` is used when
    /// the error carries no position.
    pub fn runtime_diagnostic(
        &self,
        rule: &Rule,
        err: &EvalAltResult,
        fallback: Option<(String, usize, usize)>,
    ) -> Diagnostic {
        let (inner, source) = innermost(err, None);
        let pos = inner.position();
        let (path, line, column) = match (pos.line(), fallback) {
            (Some(line), _) => {
                (source.unwrap_or_else(|| rule.path.to_string_lossy().to_string()), line, pos.position().unwrap_or(1))
            }
            (None, Some((s, l, c))) => (if s.is_empty() { rule.path.to_string_lossy().to_string() } else { s }, l, c),
            (None, None) => (rule.path.to_string_lossy().to_string(), 0, 0),
        };
        let mut d = Diagnostic::error(runtime_kind(&rule.name, inner)).about(Subject::Rule { name: rule.name.clone() });
        if let (true, Some(text)) = (line > 0, self.sources.text_of(&path)) {
            d = d.with_span(Span::from_line_col(Path::new(&path), &text, line, column.max(1), 1));
        }
        d
    }
}

/// Follows function-call and module wrappers down to the error that
/// actually happened, remembering the script it happened in.
fn innermost(err: &EvalAltResult, source: Option<String>) -> (&EvalAltResult, Option<String>) {
    match err {
        EvalAltResult::ErrorInFunctionCall(_, src, inner, _) => {
            innermost(inner, if src.is_empty() { source } else { Some(src.clone()) })
        }
        EvalAltResult::ErrorInModule(_, inner, _) => innermost(inner, source),
        other => (other, source),
    }
}

/// Rhai's message without its trailing position (we show the span instead).
pub fn describe(err: &EvalAltResult) -> String {
    let text = err.to_string();
    match text.rfind(" (line ") {
        Some(i) if text.ends_with(')') => text[..i].to_string(),
        _ => text,
    }
}

/// The kind of a rule's runtime error: sandbox limits and the usual
/// mistakes get kinds (and hints) of their own.
fn runtime_kind(rule: &str, err: &EvalAltResult) -> Kind {
    let (name, reason) = (rule.to_string(), describe(err));
    match err {
        EvalAltResult::ErrorTooManyOperations(_) => Kind::SandboxOperations { name, reason },
        EvalAltResult::ErrorStackOverflow(_) => Kind::SandboxCallDepth { name, reason },
        EvalAltResult::ErrorDataTooLarge(what, _) => Kind::SandboxDataSize { name, reason, what: what.to_string() },
        EvalAltResult::ErrorTooManyModules(_) => Kind::SandboxModules { name, reason },
        EvalAltResult::ErrorVariableNotFound(v, _) => {
            Kind::RuleUndefinedVariable { name, reason, variable: v.to_string() }
        }
        EvalAltResult::ErrorPropertyNotFound(k, _) => Kind::RuleMissingKey { name, reason, key: k.to_string() },
        EvalAltResult::ErrorFunctionNotFound(f, _) => {
            Kind::RuleUnknownFunction { name, reason, function: f.to_string() }
        }
        _ => Kind::RuleFailed { name, reason },
    }
}

/// Explains sandbox limits in the user's terms (for errors outside a rule,
/// such as `capaian calc`).
pub fn limit_help(err: &EvalAltResult) -> Option<Text> {
    Some(match err {
        EvalAltResult::ErrorTooManyOperations(_) => Text::LimitOperations,
        EvalAltResult::ErrorStackOverflow(_) => Text::LimitCallDepth,
        EvalAltResult::ErrorDataTooLarge(what, _) => Text::LimitDataSize { what: what.to_string() },
        EvalAltResult::ErrorTooManyModules(_) => Text::LimitModules,
        EvalAltResult::ErrorVariableNotFound(name, _) => Text::UndefinedVariable { variable: name.to_string() },
        EvalAltResult::ErrorPropertyNotFound(name, _) => Text::MissingKey { key: name.to_string() },
        EvalAltResult::ErrorFunctionNotFound(sig, _) => Text::UnknownFunction { function: sig.to_string() },
        _ => return None,
    })
}
