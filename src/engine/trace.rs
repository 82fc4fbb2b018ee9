//! Recording what a rule did, from the engine itself.
//!
//! A tracing engine has Rhai's debugger attached; when an evaluation carries
//! a [`TraceHandle`] as its tag, every statement reached is recorded with its
//! file, line and the scalar variables it changed, and every function return
//! with its value. `explain` shows this trace, `capaian test` turns it into
//! line coverage, and a runtime error without a position is located by the
//! last statement reached. Because the record comes from the evaluator, it
//! cannot drift from what the rule really does.

use rhai::debugger::{DebuggerCommand, DebuggerEvent};
use rhai::{ASTNode, Dynamic, Engine};
use serde::Serialize;
use std::collections::HashMap;
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
    seen: HashMap<String, String>,
}

/// A shared trace, passed to an evaluation as its tag.
pub(crate) type TraceHandle = Arc<Mutex<Trace>>;

/// Steps recorded at most; a runaway rule is stopped by the operation limit
/// long before, this only bounds memory.
const MAX_STEPS: usize = 100_000;

impl Trace {
    /// A new, empty, shareable trace.
    pub fn handle() -> TraceHandle {
        Arc::new(Mutex::new(Trace::default()))
    }

    /// The last position reached, for locating an error Rhai reported without one.
    pub fn last_position(&self) -> Option<(&str, usize, usize)> {
        self.steps
            .iter()
            .rev()
            .find(|s| s.line > 0 && s.kind == StepKind::Statement)
            .map(|s| (s.source.as_str(), s.line, s.column))
    }

    /// A trace that only records which lines ran.
    pub fn coverage() -> TraceHandle {
        Arc::new(Mutex::new(Trace { lines_only: true, ..Trace::default() }))
    }

    fn push(&mut self, step: Step) {
        if step.kind == StepKind::Statement && step.line > 0 {
            self.lines.insert((step.source.clone(), step.line));
        }
        if self.lines_only {
            return;
        }
        if self.steps.len() < MAX_STEPS {
            self.steps.push(step);
        }
    }
}

/// Shows a value the way `explain` prints it: decimals without trailing zeros.
pub(crate) fn show_value(v: &Dynamic) -> String {
    if let Some(d) = super::to_decimal(v) {
        return d.normalize().to_string();
    }
    if v.is_unit() {
        return "()".into();
    }
    if v.is_string() {
        return format!("{v:?}");
    }
    v.to_string()
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
            let source = source.unwrap_or("").to_string();
            let (line, column) = (pos.line().unwrap_or(0), pos.position().unwrap_or(0));
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
            // Coverage counts every line where a statement or an expression ran,
            // so a branch written as an expression (`if c { a } else { b }`) counts.
            let reached = matches!(event, DebuggerEvent::Start | DebuggerEvent::Step | DebuggerEvent::BreakPoint(_));
            if reached && line > 0 {
                trace.lines.insert((source.clone(), line));
            }
            if trace.lines_only {
                return Ok(DebuggerCommand::StepInto);
            }
            for (name, _, value) in context.scope().iter() {
                if name == "x" || !is_scalar(&value) {
                    continue;
                }
                let shown = show_value(&value);
                if trace.seen.get(name) != Some(&shown) {
                    trace.seen.insert(name.to_string(), shown.clone());
                    changed.push((name.to_string(), shown));
                }
            }
            // A change seen now was made by the statement recorded before.
            if !changed.is_empty() {
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
