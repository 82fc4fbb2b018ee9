//! The Rhai engine, configured in exactly one place.
//!
//! Rule scripts are untrusted in the sense that a typo must never hang or
//! crash the tool: the engine is built from `Engine::new_raw()` with only the
//! packages a formula needs (no file, network, clock, `eval` or `sleep`),
//! decimal arithmetic for every number, strict variables, failing map
//! lookups and hard limits on work, time, depth and sizes.

mod definitions;
mod limits;
mod package;
mod resolver;
pub(crate) mod trace;

pub(crate) use definitions::definitions;
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
use std::sync::Arc;

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

fn build(limits: &Limits, rules: Arc<dyn Lookup>, tracing: bool) -> Engine {
    let mut engine = Engine::new_raw();
    // Rhai's `CorePackage` without its language core: that brings `sleep`
    // (a rule could wait without doing operations, past every limit),
    // `exit`, `parse_json` and reflection, none of which a formula needs.
    for package in [
        BasicFnPackage::new().as_shared_module(),
        LogicPackage::new().as_shared_module(),
        ArithmeticPackage::new().as_shared_module(),
        BasicIteratorPackage::new().as_shared_module(),
        BasicStringPackage::new().as_shared_module(),
        MoreStringPackage::new().as_shared_module(),
        BasicArrayPackage::new().as_shared_module(),
        BasicMapPackage::new().as_shared_module(),
        CapaianPackage::new().as_shared_module(),
    ] {
        engine.register_global_module(package);
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

/// `a / b` with as many digits as a decimal holds, truncated toward zero
/// (long division on the mantissas); `None` when it does not fit.
pub(crate) fn exact_div(a: Decimal, b: Decimal) -> Option<Decimal> {
    const MAX: u128 = (1u128 << 96) - 1;
    let negative = a.is_sign_negative() != b.is_sign_negative() && !a.is_zero();
    let (ma, mb) = (a.mantissa().unsigned_abs(), b.mantissa().unsigned_abs());
    let (sa, sb) = (a.scale() as i32, b.scale() as i32);
    if mb == 0 {
        return None;
    }
    // Digits of the numerator `ma × 10^(sb − sa)` as an integer, then
    // fractional digits until the quotient is full or reaches scale 28.
    let shift = sb - sa;
    // The mantissa's digits, least significant first, on the stack: every
    // capaian divides, and a national run makes millions of them.
    let (mut buf, mut len, mut m) = ([0u8; 40], 0, ma);
    loop {
        buf[len] = (m % 10) as u8;
        m /= 10;
        len += 1;
        if m == 0 {
            break;
        }
    }
    let mut scale: i32 = 0;
    let zeros = if shift >= 0 {
        shift as usize
    } else {
        scale = -shift; // the numerator's last -shift digits are fractional
        0
    };
    let (mut q, mut r): (u128, u128) = (0, 0);
    let mut next = buf[..len].iter().rev().copied().chain(std::iter::repeat_n(0, zeros));
    loop {
        let (digit, fractional) = match next.next() {
            Some(d) => (d, false),
            None => (0, true),
        };
        if fractional {
            if r == 0 || scale >= 28 {
                break;
            }
            scale += 1;
        }
        r = r.checked_mul(10)?.checked_add(u128::from(digit))?;
        let d = r / mb;
        r %= mb;
        let grown = q.checked_mul(10)?.checked_add(d)?;
        if grown > MAX {
            // The quotient is full. Past the numerator's digits the digits
            // left are dropped (truncation); before, the plain division
            // (rounded to 28 digits) is the best there is.
            if !fractional {
                return None;
            }
            scale -= 1;
            break;
        }
        q = grown;
    }
    if !(0..=28).contains(&scale) {
        return None;
    }
    let m = i128::try_from(q).ok()?;
    let v = Decimal::try_from_i128_with_scale(if negative { -m } else { m }, scale as u32).ok()?;
    Some(v)
}

#[cfg(any(feature = "cli", test))]
/// Evaluates one expression or script with the standard engine, the
/// methodologist's scratchpad (`capaian calc`).
pub(crate) fn calc(expression: &str, limits: &Limits, rules: Arc<dyn Lookup>) -> Result<Dynamic, Box<EvalAltResult>> {
    let engine = build_engine(&limits.for_run(), rules);
    let ast = engine.compile(expression)?;
    let _clock = CallClock::start(limits.max_call_time);
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
    fn decimal_division_is_truncated_from_the_exact_quotient() {
        let d = |s: &str| Decimal::from_str_exact(s).unwrap();
        assert_eq!(exact_div(d("100"), d("3")).unwrap().to_string(), "33.333333333333333333333333333");
        assert_eq!(exact_div(d("1"), d("3")).unwrap().to_string(), "0.3333333333333333333333333333");
        assert_eq!(exact_div(d("2"), d("3")).unwrap().to_string(), "0.6666666666666666666666666666");
        assert_eq!(exact_div(d("-2"), d("3")).unwrap().to_string(), "-0.6666666666666666666666666666");
        assert_eq!(exact_div(d("15174"), d("10000")).unwrap().to_string(), "1.5174");
        assert_eq!(exact_div(d("0.5"), d("0.25")).unwrap().to_string(), "2");
        assert_eq!(exact_div(d("7.5"), d("2.5")).unwrap().to_string(), "3");
        // 0,0001499…9 × 100 / 3 = 0,00499…967: truncated, it stays below 0,005.
        let q = exact_div(d("0.0149999999999999999999999990"), d("3")).unwrap();
        assert!(q < d("0.005"), "{q}");
        for (a, b) in [("123.456", "7"), ("1", "7"), ("98765.4321", "0.003"), ("79228162514264337593543950335", "7")] {
            let exact = exact_div(d(a), d(b)).unwrap();
            let plain = d(a) / d(b);
            assert!((exact - plain).abs() <= Decimal::new(1, plain.scale()), "{a}/{b}: {exact} vs {plain}");
        }
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

    #[test]
    fn strict_variables_and_missing_keys_fail() {
        assert!(eval("undefined_name + 1").is_err());
        assert!(eval("let m = #{a: 1}; m.b").is_err());
    }
}
