//! The Rhai engine, configured in exactly one place.
//!
//! Rule scripts are untrusted in the sense that a typo must never hang or
//! crash the tool: the engine is built from `Engine::new_raw()` with only the
//! packages a formula needs (no file, network, clock, `eval` or `sleep`),
//! decimal arithmetic for every number, strict variables, failing map
//! lookups and hard limits on work, time, depth and sizes.

mod definitions;
mod division;
mod limits;
mod package;
mod resolver;
pub(crate) mod trace;

pub(crate) use definitions::definitions;
pub(crate) use division::exact_div;
pub use limits::Limits;
pub(crate) use limits::{CallClock, Stop, seconds};
pub(crate) use package::{CapaianPackage, to_decimal};
pub(crate) use resolver::{Lookup, SharedModule};

use rhai::packages::{
    ArithmeticPackage, BasicArrayPackage, BasicFnPackage, BasicIteratorPackage, BasicMapPackage, BasicStringPackage,
    LogicPackage, MoreStringPackage, Package,
};
use rhai::{Dynamic, Engine, EvalAltResult, INT, Position};
use rust_decimal::Decimal;
use std::sync::{Arc, OnceLock};

/// Builds the engine every rule, `calc` and test runs on.
///
/// `rules` resolves `import "standard/positif" as p;` to rules (and
/// `kategori_in` to scales), never to arbitrary paths.
pub(crate) fn build_engine(limits: &Limits, rules: Arc<dyn Lookup>) -> Engine {
    build(limits, rules, false)
}

/// The same engine with the recording debugger attached (see [`trace`]):
/// slower, used by `explain`, coverage and to locate errors.
pub(crate) fn build_tracing_engine(limits: &Limits, rules: Arc<dyn Lookup>) -> Engine {
    build(limits, rules, true)
}

/// The packages every engine registers, built once per process and shared:
/// building them registers some hundreds of functions, most of the cost of
/// an engine, and a run may build several (one per rule folder, a tracing one).
///
/// Rhai's `CorePackage` without its language core: that brings `sleep`
/// (a rule could wait without doing operations, past every limit),
/// `exit`, `parse_json` and reflection, none of which a formula needs.
fn packages() -> &'static [SharedModule] {
    static PACKAGES: OnceLock<Vec<SharedModule>> = OnceLock::new();
    PACKAGES.get_or_init(|| {
        vec![
            BasicFnPackage::new().as_shared_module(),
            LogicPackage::new().as_shared_module(),
            ArithmeticPackage::new().as_shared_module(),
            BasicIteratorPackage::new().as_shared_module(),
            BasicStringPackage::new().as_shared_module(),
            MoreStringPackage::new().as_shared_module(),
            BasicArrayPackage::new().as_shared_module(),
            BasicMapPackage::new().as_shared_module(),
            CapaianPackage::new().as_shared_module(),
        ]
    })
}

fn build(limits: &Limits, rules: Arc<dyn Lookup>, tracing: bool) -> Engine {
    let mut engine = Engine::new_raw();
    for package in packages() {
        engine.register_global_module(package.clone());
    }

    // Integer division must not truncate: `1/3` is a third, not 0. With fast
    // operators off, this registration wins over the built-in INT `/`.
    engine.set_fast_operators(false);
    // Both `/` are registered with their types in Rhai's words: from the
    // closures' own types the definition files (definitions.rs) would get
    // the return type cut to `EvalAltResult>>`.
    rhai::FuncRegistration::new("/").with_params_info(["a: int", "b: int", "decimal"]).register_into_engine(
        &mut engine,
        |a: INT, b: INT| -> Result<Decimal, Box<EvalAltResult>> {
            if b == 0 {
                return Err(
                    EvalAltResult::ErrorArithmetic(format!("Division by zero: {a} / {b}"), Position::NONE).into()
                );
            }
            Ok(Decimal::from(a) / Decimal::from(b))
        },
    );

    // Decimal division keeps every digit 96 bits hold and truncates the
    // rest, so that the one rounding a result gets (the indicator's
    // decimals) is made from the exact quotient's own digits: rounding the
    // quotient to 28 digits first could carry 0,00499…9|67 up to 0,005.
    rhai::FuncRegistration::new("/").with_params_info(["a: decimal", "b: decimal", "decimal"]).register_into_engine(
        &mut engine,
        |a: Decimal, b: Decimal| -> Result<Decimal, Box<EvalAltResult>> {
            if b.is_zero() {
                return Err(
                    EvalAltResult::ErrorArithmetic(format!("Division by zero: {a} / {b}"), Position::NONE).into()
                );
            }
            exact_div(a, b).or_else(|| a.checked_div(b)).ok_or_else(|| {
                EvalAltResult::ErrorArithmetic(format!("Division overflow: {a} / {b}"), Position::NONE).into()
            })
        },
    );

    engine.set_strict_variables(true);
    engine.set_fail_on_invalid_map_property(true);
    engine.disable_symbol("eval");
    limits.apply(&mut engine);
    // Rules have no console: `print`/`debug` output is dropped rather than
    // mixed into reports (the explain trace shows values instead).
    engine.on_print(|_| {});
    engine.on_debug(|_, _, _| {});
    register_scale_lookup(&mut engine, rules.clone());
    engine.set_module_resolver(resolver::Resolver(rules));
    if tracing {
        trace::attach(&mut engine);
    }
    engine
}

/// `kategori_in(scale, value)`: the category of `value` in a scale file
/// (`rules/scales/NAME.toml`), so a rule that must choose a category itself
/// reads the same bands as data instead of repeating them in code.
pub(crate) fn register_scale_lookup(engine: &mut Engine, rules: Arc<dyn Lookup>) {
    rhai::FuncRegistration::new("kategori_in")
        .with_params_info(["scale: &str", "value: Dynamic", "Result<Dynamic, Box<EvalAltResult>>"])
        .with_comments([
            "/// The category of `value` in the scale `rules/scales/NAME.toml` (the same",
            "/// file `scale = \"NAME\"` uses), or `()` when no band contains it. Lets a",
            "/// rule that chooses its own category read the bands as data:",
            "/// `fn kategori(x) { kategori_in(\"ikm-mutu\", x.value) }`.",
        ])
        .register_into_engine(engine, move |name: &str, value: Dynamic| -> Result<Dynamic, Box<EvalAltResult>> {
            let fail =
                |m: String| -> Box<EvalAltResult> { EvalAltResult::ErrorRuntime(m.into(), Position::NONE).into() };
            let v = to_decimal(&value).ok_or_else(|| {
                crate::rules::helper_error(crate::diagnostic::Text::HelperKategoriNotNumber {
                    found: value.type_name().to_string(),
                })
            })?;
            let kategori = rules.kategori(name, v).map_err(fail)?;
            Ok(kategori.map_or(Dynamic::UNIT, Into::into))
        });
}

#[cfg(any(feature = "cli", test))]
/// Evaluates one expression or script with the standard engine, the
/// methodologist's scratchpad (`capaian calc`).
pub(crate) fn calc(expression: &str, limits: &Limits, rules: Arc<dyn Lookup>) -> Result<Dynamic, Box<EvalAltResult>> {
    let limits = limits.clone().for_run();
    let engine = build_engine(&limits, rules);
    let ast = engine.compile(expression)?;
    let _clock = CallClock::start(limits.max_call_time, limits.run.as_ref());
    engine.eval_ast::<Dynamic>(&ast)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No rules and no scales: the engine alone.
    struct Nothing;

    impl Lookup for Nothing {
        fn module(&self, _: &Engine, name: &str, pos: Position) -> Result<SharedModule, Box<EvalAltResult>> {
            Err(EvalAltResult::ErrorModuleNotFound(name.to_string(), pos).into())
        }

        fn kategori(&self, name: &str, _: Decimal) -> Result<Option<String>, String> {
            Err(format!("no scale {name}"))
        }
    }

    fn eval(src: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        calc(src, &Limits::default(), Arc::new(Nothing))
    }

    fn dec(src: &str) -> String {
        let v = eval(src).unwrap_or_else(|e| panic!("{src}: {e}"));
        to_decimal(&v).unwrap().normalize().to_string()
    }

    #[test]
    fn arithmetic_is_exact_decimal() {
        assert_eq!(dec("1/3 * 3"), "0.9999999999999999999999999999");
        assert_eq!(dec("15174 / 10000 * 100"), "151.74");
        assert_eq!(dec("0.1 + 0.2"), "0.3");
        assert_eq!(dec("(2 * 10 - 8) / 10 * 100"), "120");
        assert_eq!(dec("7 + 0.5"), "7.5");
        assert!(eval("0.1 + 0.2 == 0.3").unwrap().as_bool().unwrap());
    }

    #[test]
    fn division_by_zero_is_an_error() {
        assert!(eval("1/0").is_err());
        assert!(eval("1.0/0.0").is_err());
    }

    #[test]
    fn sandbox_has_no_eval_file_or_clock() {
        assert!(eval("eval(\"1\")").is_err());
        assert!(eval("timestamp()").is_err());
        assert!(eval("sleep(1)").is_err());
        assert!(eval("call(Fn(\"sleep\"), 1)").is_err());
        assert!(eval("parse_json(\"{}\")").is_err());
        assert!(eval("open_file(\"/etc/passwd\")").is_err());
        assert!(eval("import \"/etc/passwd\" as p; 1").is_err());
    }

    #[test]
    fn settings_default_merge_and_reject_the_wrong_kind() {
        assert_eq!(dec("setting(#{}, \"min\", 75)"), "75");
        assert_eq!(dec("setting(#{min: 70}, \"min\", 75)"), "70");
        assert_eq!(dec("setting(#{min: 70.5}, \"min\", 75)"), "70.5");
        assert_eq!(dec("setting(#{w: #{b: 5}}, \"w\", #{a: 1, b: 2}).a"), "1");
        assert_eq!(dec("setting(#{w: #{b: 5}}, \"w\", #{a: 1, b: 2}).b"), "5");
        let why = |src: &str| crate::rules::reason(&eval(src).unwrap_err()).message(crate::lang::Lang::En);
        let text = why("setting(#{min: \"50\"}, \"min\", 75)");
        assert_eq!(text, "params.min must be a number, found text \"50\": write the number without quotes");
        let nested = why("setting(#{w: #{p: #{t: \"1\"}}}, \"w\", #{p: #{t: 2}})");
        assert!(nested.contains("params.w.p.t must be a number"), "{nested}");
        assert!(eval("setting(#{mode: 3}, \"mode\", \"per4\")").is_err());
        assert!(eval("setting(#{on: \"yes\"}, \"on\", true)").is_err());
        assert!(eval("number_setting(#{}, \"cap\") == ()").unwrap().as_bool().unwrap());
        assert_eq!(dec("number_setting(#{cap: 100}, \"cap\")"), "100");
        assert!(eval("number_setting(#{cap: \"100\"}, \"cap\")").is_err());
    }

    #[test]
    fn every_path_that_grows_a_value_meets_its_limit() {
        let grow = [
            "let m = #{}; let i = 0; loop { m[`k${i}`] = i; i += 1; }",
            "let m = #{}; let i = 0; loop { m[`k${i}`] = #{}; i += 1; }",
            "let m = #{a: #{}}; let i = 0; loop { m.a[`k${i}`] = i; i += 1; }",
            "let m = #{a: [#{}]}; let i = 0; loop { m.a[0][`k${i}`] = i; i += 1; }",
            "let m = #{}; let i = 0; loop { let n = #{}; n[`k${i}`] = i; m += n; i += 1; }",
            "let m = #{}; let i = 0; loop { let n = #{}; n[`k${i}`] = i; m.mixin(n); i += 1; }",
            "let a = []; loop { a.push(1); }",
            "let a = []; loop { a += [1, 2, 3]; }",
            "let a = []; loop { a.append([1]); }",
            "let a = []; loop { a.insert(0, 1); }",
            "let a = [[]]; loop { a[0].push(1); }",
            "let a = []; a.pad(2000, 1); a.len()",
            "let s = \"ab\"; loop { s += s; }",
            "let s = \"\"; s.pad(20000, \"a\"); s.len()",
            "let s = \"\"; s.pad(6000, \"a\"); let a = []; loop { a.push(s); }",
            "let s = \"\"; s.pad(6000, \"a\"); let m = #{}; let i = 0; loop { m[`k${i}`] = s; i += 1; }",
        ];
        // Small limits, so that paths that copy the value each time (`m += n`)
        // reach them quickly in a debug build too.
        let small = Limits { max_array_size: 1000, max_map_size: 1000, max_string_size: 10_000, ..Limits::default() };
        for script in grow {
            match calc(script, &small, Arc::new(Nothing)).map_err(|e| *e) {
                Err(EvalAltResult::ErrorDataTooLarge(..)) => {}
                other => panic!("{script}: {other:?}"),
            }
        }
    }

    #[test]
    fn calls_and_runs_stop_on_time() {
        let quick = Limits { max_call_time: std::time::Duration::from_millis(200), ..Limits::default() };
        let spin = "let a = []; a.pad(10000, 1); loop { a.contains(2); }";
        let started = std::time::Instant::now();
        let err = calc(spin, &quick, Arc::new(Nothing)).unwrap_err();
        assert_eq!(Stop::of(&err), Some(Stop::CallTime(quick.max_call_time)), "{err}");
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        let over = Limits { max_run_time: std::time::Duration::ZERO, ..Limits::default() }.for_run();
        assert!(over.run_is_over());
        let err = calc("loop {}", &over, Arc::new(Nothing)).unwrap_err();
        assert_eq!(Stop::of(&err), Some(Stop::RunTime(std::time::Duration::ZERO)), "{err}");
        assert_eq!(seconds(std::time::Duration::from_millis(2500)), "2.5");
    }

    /// A national run reads and writes for minutes; only its rule calls
    /// spend the run's time limit.
    #[test]
    fn the_run_limit_counts_the_calls_time_not_the_time_between_them() {
        let ms = std::time::Duration::from_millis;
        let run = Limits { max_run_time: ms(300), ..Limits::default() }.for_run();
        std::thread::sleep(ms(400));
        assert!(!run.run_is_over());
        assert!(calc("1 + 1", &run, Arc::new(Nothing)).is_ok());
        // Calls of about 100 ms each: the fourth at the latest finds the time spent.
        let slow = "let a = []; a.pad(10000, 1); let i = 0; while i < 1000000 { a.contains(2); i += 1; }";
        let short = Limits { max_call_time: ms(100), ..run.clone() };
        let mut stopped = None;
        for _ in 0..20 {
            match calc(slow, &short, Arc::new(Nothing)).map_err(|e| Stop::of(&e)) {
                Err(Some(Stop::RunTime(_))) => {
                    stopped = Some(());
                    break;
                }
                Err(Some(Stop::CallTime(_))) => {}
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(stopped, Some(()));
        assert!(run.run_is_over());
    }

    #[test]
    fn strict_variables_and_missing_keys_fail() {
        assert!(eval("undefined_name + 1").is_err());
        assert!(eval("let m = #{a: 1}; m.b").is_err());
    }
}
