//! Hard limits that turn runaway scripts into clean errors.
//!
//! Rhai counts operations, call depth and expression depth itself. Time and
//! sizes need help: Rhai has no clock, and it checks sizes only on some of
//! the paths that grow a value (`m[k] = v` adds keys to a map unchecked).
//! So the engine's progress callback also watches the clock of the call and
//! of the run, and every read of a variable checks the size of its value.

use rhai::{Dynamic, Engine, EvalAltResult, EvalContext, Position};
use rust_decimal::Decimal;
use std::cell::Cell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// Upper bounds on what one evaluation may do.
///
/// The numbers are generous for real formulas (a composite index over a few
/// hundred components and twelve months uses a few thousand operations) and
/// small enough that `loop {}` stops in well under a second.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// Operations per evaluation.
    pub max_operations: u64,
    /// Nested function calls (recursion depth).
    pub max_call_levels: usize,
    /// Expression nesting at global level and inside functions.
    pub max_expr_depth: (usize, usize),
    /// Bytes of text in one value (all its strings together).
    pub max_string_size: usize,
    /// Elements in one array (nested arrays included).
    pub max_array_size: usize,
    /// Entries in one map (nested maps included).
    pub max_map_size: usize,
    /// Modules imported in one evaluation.
    pub max_modules: usize,
    /// Wall-clock time of one call of a rule function.
    pub max_call_time: Duration,
    /// Wall-clock time of all the calls of one run together (reading,
    /// writing and native twins do not count: a national run of standard
    /// rules may take longer than this and still be within it).
    pub max_run_time: Duration,
    /// Bytes of one rule file (compiling is quadratic in its variables).
    pub max_rule_size: usize,
    /// The time the run's calls have taken so far: set by
    /// [`Limits::for_run`], shared by every call made with these limits.
    pub run: Option<Arc<RunClock>>,
}

/// The time the calls of one run have taken together, added up by every
/// engine and thread of the run as each (outermost) call ends.
#[derive(Debug, Default)]
pub struct RunClock {
    spent_nanos: AtomicU64,
}

impl RunClock {
    /// The calls' time so far.
    pub fn spent(&self) -> Duration {
        Duration::from_nanos(self.spent_nanos.load(Ordering::Relaxed))
    }

    fn add(&self, d: Duration) {
        let nanos = u64::try_from(d.as_nanos()).unwrap_or(u64::MAX);
        let _ = self.spent_nanos.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |s| Some(s.saturating_add(nanos)));
    }
}

/// Two runs' clocks are the same only when they are one clock.
impl PartialEq for RunClock {
    fn eq(&self, other: &RunClock) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for RunClock {}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_operations: 1_000_000,
            max_call_levels: 64,
            max_expr_depth: (64, 64),
            max_string_size: 100_000,
            max_array_size: 10_000,
            max_map_size: 10_000,
            max_modules: 64,
            max_call_time: Duration::from_secs(5),
            max_run_time: Duration::from_secs(120),
            max_rule_size: 100_000,
            run: None,
        }
    }
}

/// Why the progress callback stopped a call; the token of Rhai's
/// `ErrorTerminated`, carrying the limit that was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// One call ran longer than this.
    CallTime(Duration),
    /// The run ran longer than this.
    RunTime(Duration),
}

impl Stop {
    /// The stop behind a Rhai error, if our callback caused it.
    pub(crate) fn of(err: &EvalAltResult) -> Option<Stop> {
        match err {
            EvalAltResult::ErrorTerminated(token, _) => token.clone().try_cast::<Stop>(),
            _ => None,
        }
    }
}

/// A duration as seconds for messages ("5", "0.25"), without floats.
pub(crate) fn seconds(d: Duration) -> String {
    (Decimal::from(d.as_millis()) / Decimal::from(1000)).normalize().to_string()
}

/// Full (nested) size checks may visit at most this many values per
/// operation, plus [`WALK_BASE`]: enough to check every value at every read
/// in ordinary rules, and linear in the work of a rule that reads a large
/// value in a loop.
const WALK_PER_OPERATION: u64 = 16;
const WALK_BASE: u64 = 65_536;

/// Nesting the size walk follows; deeper parts can only be reached (and
/// grown) through an expression deeper than the expression depth limit.
const MAX_WALK_DEPTH: usize = 128;

/// The state of the call running on this thread.
#[derive(Debug, Clone, Copy)]
struct CallState {
    /// When the call started.
    started: Option<Instant>,
    /// When the call must end.
    until: Option<Instant>,
    operations: u64,
    walked: u64,
}

thread_local! {
    static CALL: Cell<CallState> =
        const { Cell::new(CallState { started: None, until: None, operations: 0, walked: 0 }) };
}

/// Times one call on this thread: while it lives, the engine stops the call
/// once `limit` has passed (normally [`Limits::max_call_time`]); when it
/// ends, its time is added to the run's. Nested clocks keep the outer
/// one's end and add nothing (the outer call's time holds theirs).
#[must_use = "the call is timed while the clock lives"]
pub(crate) struct CallClock {
    previous: CallState,
    /// The run's clock, for the outermost call.
    run: Option<(Arc<RunClock>, Instant)>,
}

impl CallClock {
    /// Starts the clock of a call that may take `limit`, in `run`.
    pub(crate) fn start(limit: Duration, run: Option<&Arc<RunClock>>) -> CallClock {
        let previous = CALL.with(Cell::get);
        let mut mine = None;
        if previous.until.is_none() {
            let now = Instant::now();
            let until = now.checked_add(limit);
            CALL.with(|c| c.set(CallState { started: Some(now), until, operations: 0, walked: 0 }));
            mine = run.map(|r| (r.clone(), now));
        }
        CallClock { previous, run: mine }
    }
}

impl Drop for CallClock {
    fn drop(&mut self) {
        CALL.with(|c| c.set(self.previous));
        if let Some((run, started)) = &self.run {
            run.add(started.elapsed());
        }
    }
}

impl Limits {
    /// These limits with a clock of the run's calls (kept if already set).
    pub fn for_run(self) -> Limits {
        Limits { run: self.run.clone().or_else(|| Some(Arc::new(RunClock::default()))), ..self }
    }

    /// Whether the run's calls have taken their time.
    pub fn run_is_over(&self) -> bool {
        self.run.as_ref().is_some_and(|r| r.spent() >= self.max_run_time)
    }

    /// Sets the limits on an engine.
    #[allow(deprecated)] // `on_var` is marked volatile, not deprecated
    pub fn apply(&self, engine: &mut Engine) {
        engine.set_max_operations(self.max_operations);
        engine.set_max_call_levels(self.max_call_levels);
        engine.set_max_expr_depths(self.max_expr_depth.0, self.max_expr_depth.1);
        engine.set_max_string_size(self.max_string_size);
        engine.set_max_array_size(self.max_array_size);
        engine.set_max_map_size(self.max_map_size);
        engine.set_max_modules(self.max_modules);
        let (run, call_time, run_time) = (self.run.clone(), self.max_call_time, self.max_run_time);
        // The clock is read at every operation: one operation may take long
        // (`contains` on a large array compares every element), so reading it
        // less often would let a call overrun by thousands of them.
        engine.on_progress(move |operations| {
            let (started, until) = CALL.with(|c| {
                let mut state = c.get();
                state.operations = operations;
                c.set(state);
                (state.started, state.until)
            });
            let now = Instant::now();
            // The run's calls so far and this one's time to now.
            let this_call = started.map_or(Duration::ZERO, |s| now.saturating_duration_since(s));
            if run.as_ref().is_some_and(|r| r.spent() + this_call >= run_time) {
                return Some(Dynamic::from(Stop::RunTime(run_time)));
            }
            if until.is_some_and(|u| now >= u) {
                return Some(Dynamic::from(Stop::CallTime(call_time)));
            }
            None
        });
        let sizes = Sizes { strings: self.max_string_size, arrays: self.max_array_size, maps: self.max_map_size };
        engine.on_var(move |name, _, context: EvalContext| match context.scope().get(name) {
            Some(value) => sizes.check(value).map(|()| None),
            None => Ok(None),
        });
    }
}

/// The size limits, checked whenever a rule reads a variable: every path
/// that grows a value (index assignment included) is followed by a read of
/// it before it can grow again.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    strings: usize,
    arrays: usize,
    maps: usize,
}

/// Totals of a value as Rhai counts them: (array elements, map entries,
/// bytes of text), nested values included.
#[derive(Debug, Default)]
struct Totals {
    arrays: usize,
    maps: usize,
    strings: usize,
}

impl Sizes {
    fn check(&self, value: &Dynamic) -> Result<(), Box<EvalAltResult>> {
        // The outer size is free to read; check it on every read.
        let mut totals = Totals::default();
        if value.is_map()
            && let Ok(m) = value.as_map_ref()
        {
            totals.maps = m.len();
        } else if value.is_array()
            && let Ok(a) = value.as_array_ref()
        {
            totals.arrays = a.len();
        } else if value.is_string()
            && let Ok(s) = value.as_immutable_string_ref()
        {
            totals.strings = s.len();
        } else {
            return Ok(());
        }
        self.within(&totals)?;
        let outer = totals.arrays + totals.maps;
        if outer == 0 {
            return Ok(());
        }
        // Nested values cost a walk; walks are paid for by operations, so
        // reading a large value in a loop stays linear.
        let mut budget = CALL.with(|c| {
            let state = c.get();
            (state.operations * WALK_PER_OPERATION + WALK_BASE).saturating_sub(state.walked)
        });
        if budget < outer as u64 {
            return Ok(());
        }
        let before = budget;
        let mut totals = Totals::default();
        self.walk(value, 0, &mut totals, &mut budget);
        CALL.with(|c| {
            let mut state = c.get();
            state.walked += before - budget;
            c.set(state);
        });
        // Totals of an unfinished walk are lower bounds: past a limit is past it.
        self.within(&totals)
    }

    /// Adds up `value`'s nested sizes; false when the walk stopped early (a
    /// limit passed, the budget spent, or nesting deeper than any expression
    /// can reach to grow it).
    fn walk(&self, value: &Dynamic, depth: usize, totals: &mut Totals, budget: &mut u64) -> bool {
        if *budget == 0 || depth > MAX_WALK_DEPTH {
            return false;
        }
        *budget -= 1;
        // Most values walked are numbers: the `is_…` tests tell them apart
        // without a lock, where a failed `as_…_ref` took one and named the
        // type for its error, three times per number (a fifth of `capaian
        // test`'s instructions).
        if value.is_map() {
            let Ok(m) = value.as_map_ref() else { return true };
            totals.maps += m.len();
            m.values().all(|v| self.walk(v, depth + 1, totals, budget) && self.within(totals).is_ok())
        } else if value.is_array() {
            let Ok(a) = value.as_array_ref() else { return true };
            totals.arrays += a.len();
            a.iter().all(|v| self.walk(v, depth + 1, totals, budget) && self.within(totals).is_ok())
        } else if value.is_string() {
            let Ok(s) = value.as_immutable_string_ref() else { return true };
            totals.strings += s.len();
            true
        } else {
            true
        }
    }

    fn within(&self, totals: &Totals) -> Result<(), Box<EvalAltResult>> {
        let what = if totals.strings > self.strings {
            "Length of string"
        } else if totals.arrays > self.arrays {
            "Size of array/BLOB"
        } else if totals.maps > self.maps {
            "Size of object map"
        } else {
            return Ok(());
        };
        Err(EvalAltResult::ErrorDataTooLarge(what.into(), Position::NONE).into())
    }
}
