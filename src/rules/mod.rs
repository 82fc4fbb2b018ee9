//! Finding, compiling and caching rule scripts and category scales.
//!
//! Rules come from a [`RuleStore`] (folders, the built-in library, memory,
//! a git revision); a [`Library`] compiles each rule once per run and its
//! AST is reused for every indicator-period and every `import`; a rule that
//! fails to compile is reported once, with its file and line, for every
//! indicator that uses it.

mod library;
mod reason;
mod scale;
pub(crate) mod store;
mod twin;

pub(crate) use library::Library;
pub(crate) use reason::{helper_error, reason, size_what};
pub(crate) use scale::Scale;
#[cfg(test)]
pub(crate) use store::builtin_text;
pub use store::{BuiltinStore, FolderStore, Layered, MemoryStore, RuleStore, Source};
pub(crate) use twin::Twin;

use crate::diagnostic::{Diagnostic, Kind, Span, Subject};
use crate::engine::trace::{Trace, TraceHandle};
use crate::engine::{CallClock, Limits, Stop, build_engine, build_tracing_engine, seconds};
use rhai::{AST, CallFnOptions, Dynamic, Engine, EvalAltResult, Map, Scope};
use rust_decimal::Decimal;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Locating an error runs the call again for at most this many times as
/// long as it first took, plus [`LOCATE_SLACK`].
const LOCATE_TIMES: u32 = 4;
const LOCATE_SLACK: Duration = Duration::from_millis(100);

/// The functions a rule may define; anything it leaves out comes from the
/// standard rules.
pub(crate) const HOOKS: &[&str] = &["value", "capaian", "kategori"];

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    /// Its name (`standard/positif`, `bkk/indeks-deteksi`), shared with
    /// every result it computes.
    pub name: Arc<str>,
    /// The file it came from, shared with every result it computes.
    pub path: Arc<Path>,
    /// The compiled script.
    pub ast: AST,
    /// Which of [`HOOKS`] it defines (each taking one argument).
    pub hooks: Vec<&'static str>,
    /// The native twin of its `capaian(x)`, when it is a built-in standard
    /// rule with one (see [`Twin`]).
    pub twin: Option<Twin>,
}

impl Rule {
    /// Whether the rule defines `hook(x)`.
    pub fn defines(&self, hook: &str) -> bool {
        self.hooks.contains(&hook)
    }
}

/// The rules of one store, compiled once, with the engine they run on.
pub struct RuleSet {
    /// The store and everything compiled from it.
    pub sources: Arc<Library>,
    /// The engine all rules of this set run on.
    pub engine: Engine,
    tracing: OnceLock<Engine>,
    observer: Mutex<Option<TraceHandle>>,
    /// Whether `observer` is set: asked for every indicator on every
    /// thread, so a flag rather than a shared lock.
    observed: AtomicBool,
    limits: Limits,
}

impl RuleSet {
    /// A rule set over `store` with the given limits; the run's time limit
    /// counts from here unless `limits` already carry a deadline.
    pub fn new(store: Arc<dyn RuleStore>, limits: &Limits) -> RuleSet {
        let limits = limits.clone().for_run();
        let sources = Arc::new(Library::new(store).with_max_rule_size(limits.max_rule_size));
        RuleSet {
            engine: build_engine(&limits, sources.clone()),
            tracing: OnceLock::new(),
            observer: Mutex::new(None),
            observed: AtomicBool::new(false),
            limits,
            sources,
        }
    }

    /// Compiles (once) and returns a rule.
    pub fn rule(&self, name: &str, used_at: Option<&Span>) -> Result<Arc<Rule>, Diagnostic> {
        self.sources.rule(&self.engine, name, used_at)
    }

    /// The capaian of `rule` by its native twin, where the twin stands for
    /// the script: nobody records the script's lines and the run is not
    /// past its time limit (then every call must fail as the script's
    /// would). `None`: run the script.
    pub(crate) fn by_twin(&self, rule: &Rule, value: Decimal, target: Decimal) -> Option<Decimal> {
        let twin = rule.twin?;
        if self.observed() || self.run_is_over() {
            return None;
        }
        twin.capaian(value, target)
    }

    /// Loads (once) and returns a category scale.
    pub fn scale(&self, name: &str) -> Result<Arc<Scale>, Diagnostic> {
        self.sources
            .scale(name)
            .map_err(|d| d.unwrap_or_else(|| Diagnostic::error(Kind::ScaleUnknown { name: name.to_string() })))
    }

    /// Whether calls are recorded for coverage (then every call runs the script).
    pub fn observed(&self) -> bool {
        self.observed.load(Ordering::Acquire)
    }

    /// Whether the run is past its time limit (then every call fails).
    pub fn run_is_over(&self) -> bool {
        self.limits.run_is_over()
    }

    /// Records every later call into `trace`, as an observer: the lines
    /// that run (`capaian test --coverage`).
    pub fn observe(&self, trace: TraceHandle) {
        if let Ok(mut o) = self.observer.lock() {
            *o = Some(trace);
            self.observed.store(true, Ordering::Release);
        }
    }

    /// Calls `hook(x)` of a rule. With a trace, the call runs on the tracing
    /// engine and records every step into it. Once the run is past its time
    /// limit, every call fails at once.
    pub fn call(&self, rule: &Rule, hook: &str, x: &Map, trace: Option<&TraceHandle>) -> Result<Dynamic, Diagnostic> {
        if self.limits.run_is_over() {
            let kind = Kind::SandboxRunTime { name: rule.name.to_string(), seconds: seconds(self.limits.max_run_time) };
            return Err(Diagnostic::error(kind).about(Subject::Rule { name: rule.name.to_string() }));
        }
        let observer = if self.observed() { self.observer.lock().ok().and_then(|o| o.clone()) } else { None };
        let trace = trace.or(observer.as_ref());
        let started = Instant::now();
        let result = self.run(rule, hook, x, trace, self.limits.max_call_time);
        result.map_err(|e| {
            // Limits hit inside a function come back without a position; run
            // the call again with a recorder that keeps only the last line
            // reached, and no longer than a few times the failing call (on
            // the tracing engine an operation costs more, so a cut-short run
            // names a line reached earlier, still one the call ran).
            let (inner, _) = innermost(&e, None);
            let located = if inner.position().is_none() && !matches!(Stop::of(inner), Some(Stop::RunTime(_))) {
                let t = Trace::locator();
                let budget = (started.elapsed() * LOCATE_TIMES + LOCATE_SLACK).min(self.limits.max_call_time);
                let _ = self.run(rule, hook, x, Some(&t), budget);
                t.lock().ok().and_then(|t| t.last_position().map(|(s, l, c)| (s.to_string(), l, c)))
            } else {
                None
            };
            self.runtime_diagnostic(rule, &e, located)
        })
    }

    /// One call that may take `limit`, on the tracing engine when there is a trace.
    fn run(
        &self,
        rule: &Rule,
        hook: &str,
        x: &Map,
        trace: Option<&TraceHandle>,
        limit: Duration,
    ) -> Result<Dynamic, Box<EvalAltResult>> {
        let engine = if trace.is_some() { self.tracing_engine() } else { &self.engine };
        let arg = (Dynamic::from_map(x.clone()),);
        let _clock = CallClock::start(limit, self.limits.run.as_ref());
        engine.call_fn_with_options::<Dynamic>(Self::options(trace), &mut Scope::new(), &rule.ast, hook, arg)
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
        let mut d =
            Diagnostic::error(runtime_kind(&rule.name, inner)).about(Subject::Rule { name: rule.name.to_string() });
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
pub(crate) fn describe(err: &EvalAltResult) -> String {
    let text = err.to_string();
    match text.rfind(" (line ") {
        Some(i) if text.ends_with(')') => text[..i].to_string(),
        _ => text,
    }
}

/// The kind of a rule's runtime error: sandbox limits and the usual
/// mistakes get kinds (and hints) of their own.
fn runtime_kind(rule: &str, err: &EvalAltResult) -> Kind {
    let (name, reason) = (rule.to_string(), reason(err));
    match err {
        EvalAltResult::ErrorTooManyOperations(_) => Kind::SandboxOperations { name, reason },
        EvalAltResult::ErrorStackOverflow(_) => Kind::SandboxCallDepth { name, reason },
        EvalAltResult::ErrorDataTooLarge(what, _) => Kind::SandboxDataSize { name, reason, what: size_what(what) },
        EvalAltResult::ErrorTooManyModules(_) => Kind::SandboxModules { name, reason },
        EvalAltResult::ErrorTerminated(..) => match Stop::of(err) {
            Some(Stop::CallTime(limit)) => Kind::SandboxCallTime { name, seconds: seconds(limit) },
            Some(Stop::RunTime(limit)) => Kind::SandboxRunTime { name, seconds: seconds(limit) },
            None => Kind::RuleFailed { name, reason },
        },
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

#[cfg(feature = "cli")]
/// Explains sandbox limits in the user's terms (for errors outside a rule,
/// such as `capaian calc`).
pub(crate) fn limit_help(err: &EvalAltResult) -> Option<crate::diagnostic::Text> {
    use crate::diagnostic::Text;
    Some(match err {
        EvalAltResult::ErrorTooManyOperations(_) => Text::LimitOperations,
        EvalAltResult::ErrorStackOverflow(_) => Text::LimitCallDepth,
        EvalAltResult::ErrorDataTooLarge(what, _) => Text::LimitDataSize { what: Box::new(size_what(what)) },
        EvalAltResult::ErrorTooManyModules(_) => Text::LimitModules,
        EvalAltResult::ErrorTerminated(..) => match Stop::of(err)? {
            Stop::CallTime(limit) => Text::LimitCallTime { seconds: seconds(limit) },
            Stop::RunTime(limit) => Text::LimitRunTime { seconds: seconds(limit) },
        },
        EvalAltResult::ErrorVariableNotFound(name, _) => Text::UndefinedVariable { variable: name.to_string() },
        EvalAltResult::ErrorPropertyNotFound(name, _) => Text::MissingKey { key: name.to_string() },
        EvalAltResult::ErrorFunctionNotFound(sig, _) => Text::UnknownFunction { function: sig.to_string() },
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Lookup, calc};

    fn eval(src: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        calc(src, &Limits::default(), Arc::new(Library::new(Arc::new(BuiltinStore))))
    }

    #[test]
    fn scales_are_read_as_data_by_rules() {
        assert_eq!(eval("kategori_in(\"lkjip\", 90.5)").unwrap().into_string().unwrap(), "Baik");
        assert_eq!(eval("kategori_in(\"lkjip\", 91)").unwrap().into_string().unwrap(), "Sangat Baik");
        assert!(eval("kategori_in(\"no-such-scale\", 1)").is_err());
        assert!(eval("import \"/etc/passwd\" as p; 1").is_err());
    }

    #[test]
    fn a_rule_is_compiled_once_for_calls_and_imports() {
        let mine = MemoryStore::default().with_rule("mine", "fn capaian(x) { import \"standard/positif\" as p; 2 }");
        let set = RuleSet::new(Arc::new(Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)])), &Limits::default());
        let direct = set.rule("standard/positif", None).unwrap();
        assert!(Arc::ptr_eq(&direct, &set.rule("standard/positif", None).unwrap()));
        let first = set.sources.module(&set.engine, "standard/positif", rhai::Position::NONE).unwrap();
        let again = set.sources.module(set.tracing_engine(), "standard/positif", rhai::Position::NONE).unwrap();
        assert!(rhai::Shared::ptr_eq(&first, &again));
        let rule = set.rule("mine", None).unwrap();
        assert_eq!(&*rule.path, Path::new("<memory>/rules/mine.rhai"));
        assert!(set.sources.text_of("<memory>/rules/mine.rhai").is_some_and(|t| t.contains("import")));
        let v = set.call(&rule, "capaian", &Map::new(), None).unwrap();
        assert_eq!(crate::engine::to_decimal(&v).map(|d| d.to_string()).as_deref(), Some("2"));
        // Only the built-in rules are not the store's own.
        assert_eq!(set.sources.own_rules().iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["mine"]);
    }

    #[test]
    fn unknown_rules_and_scales_are_diagnostics() {
        let set = RuleSet::new(Arc::new(BuiltinStore), &Limits::default());
        let d = set.rule("standard/positf", None).unwrap_err();
        assert_eq!(d.kind, Kind::RuleUnknown { name: "standard/positf".into() });
        assert_eq!(d.message(crate::lang::Lang::En), "unknown rule `standard/positf`");
        let scale = set.scale("nope").unwrap_err();
        assert_eq!(scale.code(), "scale/unknown");
        assert!(scale.message(crate::lang::Lang::En).contains("unknown category scale `nope`"));
        assert_eq!(set.scale("lkjip").unwrap().title, set.scale("lkjip").unwrap().title);
    }
}
