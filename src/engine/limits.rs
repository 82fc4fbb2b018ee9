//! Hard limits that turn runaway scripts into clean errors.

use rhai::Engine;

/// Upper bounds on what one evaluation may do.
///
/// The numbers are generous for real formulas (a composite index over a few
/// hundred components and twelve months uses a few thousand operations) and
/// small enough that `loop {}` stops in well under a second.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Operations per evaluation.
    pub max_operations: u64,
    /// Nested function calls (recursion depth).
    pub max_call_levels: usize,
    /// Expression nesting at global level and inside functions.
    pub max_expr_depth: (usize, usize),
    /// Characters in one string.
    pub max_string_size: usize,
    /// Elements in one array.
    pub max_array_size: usize,
    /// Entries in one map.
    pub max_map_size: usize,
    /// Modules imported in one evaluation.
    pub max_modules: usize,
}

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
        }
    }
}

impl Limits {
    /// Sets the limits on an engine.
    pub fn apply(&self, engine: &mut Engine) {
        engine.set_max_operations(self.max_operations);
        engine.set_max_call_levels(self.max_call_levels);
        engine.set_max_expr_depths(self.max_expr_depth.0, self.max_expr_depth.1);
        engine.set_max_string_size(self.max_string_size);
        engine.set_max_array_size(self.max_array_size);
        engine.set_max_map_size(self.max_map_size);
        engine.set_max_modules(self.max_modules);
    }
}
