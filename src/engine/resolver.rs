//! What a rule may look up while it runs: another rule (`import "…"`) and a
//! category scale (`kategori_in`).
//!
//! The engine does not know where these come from: it asks a [`Lookup`],
//! which the rule library implements over its store and its one cache of
//! compiled rules. Scripts never see file paths, so an import cannot read
//! anything but a rule.

use rhai::module_resolvers::ModuleResolver;
use rhai::{Engine, EvalAltResult, Module, Position, Shared};
use rust_decimal::Decimal;
use std::sync::Arc;

/// A compiled rule as a module, shared by every import of it.
pub(crate) type SharedModule = Shared<Module>;

/// The rules and scales a running rule may reach.
pub(crate) trait Lookup: Send + Sync {
    /// The rule `name` as a module, for `import "name" as m;` at `pos`
    /// (`ErrorModuleNotFound` when there is no such rule).
    fn module(&self, engine: &Engine, name: &str, pos: Position) -> Result<SharedModule, Box<EvalAltResult>>;

    /// The category of `value` in the scale `name`: `None` when no band
    /// contains it, an error text when the scale is unknown or broken.
    fn kategori(&self, name: &str, value: Decimal) -> Result<Option<String>, String>;
}

/// The engine's module resolver: rule names to modules, from a [`Lookup`].
pub(super) struct Resolver(pub(super) Arc<dyn Lookup>);

impl ModuleResolver for Resolver {
    fn resolve(
        &self,
        engine: &Engine,
        _source: Option<&str>,
        path: &str,
        pos: Position,
    ) -> Result<SharedModule, Box<EvalAltResult>> {
        self.0.module(engine, path, pos)
    }
}
