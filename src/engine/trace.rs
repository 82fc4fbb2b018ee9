//! Recording what a rule did, from the engine itself.
//!
//! A tracing engine has Rhai's debugger attached; when an evaluation carries
//! a [`TraceHandle`] as its tag, every statement reached is recorded with its
//! file, line and the scalar variables it changed, and every function return
//! with its value. `explain` shows this trace, `capaian test` turns it into
//! line coverage, and a runtime error without a position is located by the
//! last statement reached. Because the record comes from the evaluator, it
//! cannot drift from what the rule really does.
//!
//! A rule may be hostile, so the record is bounded: values are shown up to
//! [`MAX_SHOWN`] bytes, variables are read in place (never cloned), and a
//! trace keeps at most [`MAX_STEPS`] steps and [`MAX_RECORDED`] bytes of text.
//! Locating an error records nothing but the last line reached.

use rhai::debugger::{DebuggerCommand, DebuggerEvent};
use rhai::{ASTNode, Dynamic, Engine};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

/// What happened at one step.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum StepKind {
    /// A statement is about to run.
    Statement,
    /// A function returned a value.
    Return {
        /// The value, as text.
        value: String,
    },
    /// A function stopped with an error.
    Error {
        /// The error text.
        message: String,
    },
}

/// One recorded step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Step {
    /// The script (rule file path) the step is in.
    pub source: String,
    /// 1-based line (0 when unknown).
    pub line: usize,
    /// 1-based column (0 when unknown).
    pub column: usize,
    /// What happened.
    #[serde(flatten)]
    pub kind: StepKind,
    /// Scalar variables whose value changed since the previous step.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<(String, String)>,
}

/// The record of one evaluation.
#[derive(Debug, Default)]
pub struct Trace {
    /// The steps, in order (not kept by a coverage-only trace).
    pub steps: Vec<Step>,
    /// Every (rule file, line) where a statement ran: line coverage.
    pub lines: std::collections::BTreeSet<(String, usize)>,
    /// Only collect `lines` (for `capaian test --coverage`).
    pub lines_only: bool,
    /// Only keep the last line reached (to locate an error).
    locate_only: bool,
    /// The last statement reached: source, line, column.
    last: Option<(String, usize, usize)>,
    /// Bytes of text in `steps`.
    recorded: usize,
    /// Each variable as last shown, with its length (a change past the shown
    /// part that keeps the length goes unseen).
    seen: HashMap<String, (String, usize)>,
}

/// A shared trace, passed to an evaluation as its tag.
pub(crate) type TraceHandle = Arc<Mutex<Trace>>;

/// Steps recorded at most; a runaway rule is stopped by the operation limit
/// long before, this only bounds memory.
pub(crate) const MAX_STEPS: usize = 100_000;

/// Bytes of text (values, sources) recorded at most in one trace.
pub(crate) const MAX_RECORDED: usize = 16 << 20;

/// Bytes of one value shown at most (longer text ends with `…`).
pub(crate) const MAX_SHOWN: usize = 200;

impl Trace {
    /// A new, empty, shareable trace.
    pub fn handle() -> TraceHandle {
        Arc::new(Mutex::new(Trace::default()))
    }

    /// The last position reached, for locating an error Rhai reported without one.
    pub fn last_position(&self) -> Option<(&str, usize, usize)> {
        self.last.as_ref().map(|(s, l, c)| (s.as_str(), *l, *c))
    }

    /// A trace that only keeps the last statement reached: cheap enough to
    /// run a failing call again to find where it stopped.
    pub fn locator() -> TraceHandle {
        Arc::new(Mutex::new(Trace { locate_only: true, ..Trace::default() }))
    }

    fn reach(&mut self, source: &str, line: usize, column: usize) {
        match &mut self.last {
            Some((s, l, c)) if s == source => (*l, *c) = (line, column),
            last => *last = Some((source.to_string(), line, column)),
        }
    }

    /// Whether the trace has recorded all it may.
    fn full(&self) -> bool {
        self.steps.len() >= MAX_STEPS || self.recorded >= MAX_RECORDED
    }

    /// A trace that only records which lines ran.
    pub fn coverage() -> TraceHandle {
        Arc::new(Mutex::new(Trace { lines_only: true, ..Trace::default() }))
    }

    fn push(&mut self, step: Step) {
        if step.kind == StepKind::Statement && step.line > 0 {
            self.lines.insert((step.source.clone(), step.line));
        }
        if self.lines_only || self.full() {
            return;
        }
        self.recorded += step.source.len() + step.changed.iter().map(|(n, v)| n.len() + v.len()).sum::<usize>();
        if let StepKind::Return { value: text } | StepKind::Error { message: text } = &step.kind {
            self.recorded += text.len();
        }
        self.steps.push(step);
    }
}

/// Shows a value the way `explain` prints it: decimals without trailing
/// zeros, at most [`MAX_SHOWN`] bytes (then `…`).
pub(crate) fn show_value(v: &Dynamic) -> String {
    if let Some(d) = super::to_decimal(v) {
        return d.normalize().to_string();
    }
    if v.is_unit() {
        return "()".into();
    }
    let mut out = Bounded { text: String::new(), cut: false };
    // Formatting stops as soon as the text is full, whatever the value's size.
    let _ = match v.as_immutable_string_ref() {
        Ok(s) => {
            let prefix = &s[..boundary(&s, MAX_SHOWN)];
            out.cut = prefix.len() < s.len();
            write!(out, "{prefix:?}")
        }
        Err(_) => write!(out, "{v}"),
    };
    if out.cut {
        out.text.push('…');
    }
    out.text
}

/// Text that takes at most [`MAX_SHOWN`] bytes and refuses the rest.
struct Bounded {
    text: String,
    cut: bool,
}

impl std::fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let room = MAX_SHOWN.saturating_sub(self.text.len());
        if s.len() <= room {
            self.text.push_str(s);
            return Ok(());
        }
        self.text.push_str(&s[..boundary(s, room)]);
        self.cut = true;
        Err(std::fmt::Error)
    }
}

/// The longest prefix of `s` of at most `max` bytes that ends on a character.
fn boundary(s: &str, max: usize) -> usize {
    (0..=max.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0)
}

/// A value's length, to notice changes beyond the part shown.
fn length(v: &Dynamic) -> usize {
    v.as_immutable_string_ref().map_or(0, |s| s.len())
}

fn is_scalar(v: &Dynamic) -> bool {
    !(v.is_map() || v.is_array())
}

/// Attaches the recording debugger to an engine.
#[allow(deprecated)] // the debugger API is marked volatile, not deprecated
pub(crate) fn attach(engine: &mut Engine) {
    engine.register_debugger(
        |_, debugger| debugger,
        |context, event, node, source, pos| {
            let Some(handle) = context.tag().clone().try_cast::<TraceHandle>() else {
                return Ok(DebuggerCommand::Continue);
            };
            let Ok(mut trace) = handle.lock() else {
                return Ok(DebuggerCommand::Continue);
            };
            let (line, column) = (pos.line().unwrap_or(0), pos.position().unwrap_or(0));
            let reached = matches!(event, DebuggerEvent::Start | DebuggerEvent::Step | DebuggerEvent::BreakPoint(_));
            if reached && line > 0 && matches!(node, ASTNode::Stmt(_)) {
                trace.reach(source.unwrap_or(""), line, column);
            }
            if trace.locate_only {
                return Ok(DebuggerCommand::StepInto);
            }
            let source = source.unwrap_or("").to_string();
            // Coverage counts every line where a statement or an expression ran,
            // so a branch written as an expression (`if c { a } else { b }`) counts.
            if reached && line > 0 {
                trace.lines.insert((source.clone(), line));
            }
            if trace.lines_only || trace.full() {
                return Ok(DebuggerCommand::StepInto);
            }
            let kind = match event {
                DebuggerEvent::Start | DebuggerEvent::Step | DebuggerEvent::BreakPoint(_) => match node {
                    ASTNode::Stmt(_) => Some(StepKind::Statement),
                    _ => None,
                },
                DebuggerEvent::FunctionExitWithValue(v) => Some(StepKind::Return { value: show_value(v) }),
                DebuggerEvent::FunctionExitWithError(e) => Some(StepKind::Error { message: e.to_string() }),
                _ => None,
            };
            let mut changed = Vec::new();
            for (name, _, value) in context.scope().iter_raw() {
                if name == "x" || !is_scalar(value) {
                    continue;
                }
                let shown = (show_value(value), length(value));
                if trace.seen.get(name) != Some(&shown) {
                    changed.push((name.to_string(), shown.0.clone()));
                    trace.seen.insert(name.to_string(), shown);
                }
            }
            // A change seen now was made by the statement recorded before.
            if !changed.is_empty() {
                trace.recorded += changed.iter().map(|(n, v)| n.len() + v.len()).sum::<usize>();
                if let Some(prev) = trace.steps.iter_mut().rev().find(|s| s.kind == StepKind::Statement) {
                    prev.changed.append(&mut changed);
                }
            }
            match kind {
                // `()` results of statements and loops say nothing to an auditor.
                Some(StepKind::Return { value }) if value == "()" => {}
                Some(kind) => trace.push(Step { source, line, column, kind, changed }),
                None => {}
            }
            Ok(DebuggerCommand::StepInto)
        },
    );
}
