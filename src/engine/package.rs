//! The helper functions every rule can call.
//!
//! Each function's doc comment is the text of the generated function
//! reference (`capaian functions`, `docs/functions.md`), so document here and
//! nowhere else.

use crate::diagnostic::Text;
use crate::rules::helper_error;
use rhai::plugin::*;
use rhai::{Array, Dynamic, EvalAltResult, INT, Map};
use rust_decimal::{Decimal, MathematicalOps};

rhai::def_package! {
    /// capaian's helpers: status results, explicit rounding, exact aggregates.
    pub CapaianPackage(module) {
        combine_with_exported_module!(module, "capaian", helpers);
    }
}

/// Reads an INT or a decimal as a `Decimal`; anything else is `None`.
pub(crate) fn to_decimal(value: &Dynamic) -> Option<Decimal> {
    if let Ok(d) = value.as_decimal() { Some(d) } else { value.as_int().ok().map(Decimal::from) }
}

fn num(value: &Dynamic, what: &str) -> Result<Decimal, Box<EvalAltResult>> {
    to_decimal(value).ok_or_else(|| {
        helper_error(Text::HelperNotNumber { what: what.to_string(), found: value.type_name().to_string() })
    })
}

fn numbers(values: &Array, what: &str) -> Result<Vec<Decimal>, Box<EvalAltResult>> {
    values.iter().map(|v| num(v, what)).collect()
}

/// A digit count: a whole number, or a decimal with no fraction (parameters
/// from a plan arrive as decimals).
fn dp(decimals: &Dynamic) -> Result<u32, Box<EvalAltResult>> {
    to_decimal(decimals)
        .filter(|d| d.fract().is_zero() && *d >= Decimal::ZERO && *d <= Decimal::from(28))
        .and_then(|d| u32::try_from(d.mantissa() / 10i128.pow(d.scale())).ok())
        .ok_or_else(|| helper_error(Text::HelperDecimals { found: decimals.to_string() }))
}

/// What kind of setting a value is, in words for an error.
fn kind_of(value: &Dynamic) -> Text {
    if to_decimal(value).is_some() {
        Text::TypeDecimal
    } else if value.is_string() {
        Text::TypeText
    } else if value.is_bool() {
        Text::TypeBool
    } else if value.is_map() {
        Text::TypeTable
    } else if value.is_array() {
        Text::TypeList
    } else {
        Text::TypeValue
    }
}

/// Checks that `value` has the kind of `default` (recursively into tables:
/// an entry the default has must match it, a new entry must match the
/// default's first entry), naming the offending key.
fn conforms(value: &Dynamic, default: &Dynamic, key: &str) -> Result<(), Box<EvalAltResult>> {
    let wrong = || -> Box<EvalAltResult> {
        let (expected, found, value) = (kind_of(default), kind_of(value), value.to_string());
        let key = format!("params.{key}");
        helper_error(if found == Text::TypeText && expected == Text::TypeDecimal {
            Text::HelperParamQuoted { key, value }
        } else {
            Text::HelperParamKind { key, expected: Box::new(expected), found: Box::new(found), value }
        })
    };
    if to_decimal(default).is_some() {
        return if to_decimal(value).is_some() { Ok(()) } else { Err(wrong()) };
    }
    if default.is_string() && !value.is_string()
        || default.is_bool() && !value.is_bool()
        || default.is_array() && !value.is_array()
    {
        return Err(wrong());
    }
    if let Some(d) = default.read_lock::<Map>() {
        let Some(v) = value.read_lock::<Map>() else { return Err(wrong()) };
        for (k, entry) in v.iter() {
            if let Some(template) = d.get(k).or_else(|| d.values().next()) {
                conforms(entry, template, &format!("{key}.{k}"))?;
            }
        }
    }
    Ok(())
}

fn status(kind: &str, reason: impl Into<Dynamic>) -> Map {
    let mut m = Map::new();
    m.insert("status".into(), kind.into());
    m.insert("note".into(), reason.into());
    m
}

#[export_module]
mod helpers {
    use super::*;

    /// Returns a result that says the capaian cannot be computed, with the
    /// reason shown to the user (for example a target of 0). Use it instead of
    /// dividing by zero.
    ///
    /// `if x.target == 0 { return not_computable("target is 0"); }`
    pub(super) fn not_computable(reason: &str) -> Map {
        status("not_computable", reason)
    }

    /// `not_computable` with the reason in each language the rule speaks:
    /// `#{ en: "target is 0", id: "target 0" }` (`en` required; planners
    /// running with `--lang id` read `id`).
    #[rhai_fn(name = "not_computable")]
    pub(super) fn not_computable_in(reason: Map) -> Map {
        status("not_computable", reason)
    }

    /// `no_data` with the reason in each language, as for `not_computable`.
    #[rhai_fn(name = "no_data")]
    pub(super) fn no_data_in(reason: Map) -> Map {
        status("no_data", reason)
    }

    /// Returns a result that says the period has no target to measure
    /// against (a rule that finds its own target missing).
    ///
    /// `if x.params.target_khusus == () { return no_target("no target_khusus set"); }`
    pub(super) fn no_target(reason: &str) -> Map {
        status("no_target", reason)
    }

    /// `no_target` with the reason in each language, as for `not_computable`.
    #[rhai_fn(name = "no_target")]
    pub(super) fn no_target_in(reason: Map) -> Map {
        status("no_target", reason)
    }

    /// An id as an output's name (lower-case letters, digits and `_`, at
    /// most 32 characters), to name outputs after components:
    /// `outputs[output_name("nrr", c.id)] = v` names `U-1`'s `nrr_u_1`.
    pub(super) fn output_name(prefix: &str, id: &str) -> String {
        let plain: String =
            id.chars().take(32).map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' }).collect();
        format!("{prefix}_{plain}")
    }

    /// Returns a result that says the data needed is not there yet.
    ///
    /// `if x.realisasi == () { return no_data("no realisasi reported"); }`
    pub(super) fn no_data(reason: &str) -> Map {
        status("no_data", reason)
    }

    /// Rounds half away from zero to `decimals` digits (spreadsheets' ROUND):
    /// `round(2.345, 2)` is 2.35.
    #[rhai_fn(return_raw)]
    pub(super) fn round(x: Dynamic, decimals: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        Ok(num(&x, "round")?
            .round_dp_with_strategy(dp(&decimals)?, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
    }

    /// Rounds toward zero, truncating (ROUNDDOWN): `round_down(2.349, 2)` is 2.34.
    #[rhai_fn(return_raw)]
    pub(super) fn round_down(x: Dynamic, decimals: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        Ok(num(&x, "round_down")?.round_dp_with_strategy(dp(&decimals)?, rust_decimal::RoundingStrategy::ToZero))
    }

    /// Rounds half to even (banker's rounding): `round_half_even(2.345, 2)` is 2.34.
    #[rhai_fn(return_raw)]
    pub(super) fn round_half_even(x: Dynamic, decimals: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        Ok(num(&x, "round_half_even")?
            .round_dp_with_strategy(dp(&decimals)?, rust_decimal::RoundingStrategy::MidpointNearestEven))
    }

    /// Converts a whole number to a decimal (decimals pass through unchanged).
    #[rhai_fn(return_raw)]
    pub(super) fn decimal(x: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        num(&x, "decimal")
    }

    /// A rule's setting: `params[key]` when the plan gives it, else
    /// `default`. The plan's value must be of the default's kind — a number
    /// for a number (`min_total = "75"`, text, is an error, not a comparison
    /// that is silently false), text for text, a table for a table. A table
    /// is laid over the default entry by entry, and each entry is checked the
    /// same way.
    ///
    /// `let min_total = setting(x.params, "min_total_wbk", 75);`
    #[rhai_fn(return_raw)]
    pub(super) fn setting(params: Map, key: &str, default: Dynamic) -> Result<Dynamic, Box<EvalAltResult>> {
        let Some(value) = params.get(key) else { return Ok(default) };
        conforms(value, &default, key)?;
        let Some(d) = default.read_lock::<Map>().map(|m| m.clone()) else { return Ok(value.clone()) };
        let mut merged = d;
        if let Some(v) = value.read_lock::<Map>() {
            for (k, entry) in v.iter() {
                merged.insert(k.clone(), entry.clone());
            }
        }
        Ok(merged.into())
    }

    /// A number setting with no default: `()` when the plan does not give
    /// `params[key]`, the number when it does, an error when it gives
    /// anything else.
    ///
    /// `let cap = number_setting(x.params, "batas_capaian");`
    #[rhai_fn(return_raw)]
    pub(super) fn number_setting(params: Map, key: &str) -> Result<Dynamic, Box<EvalAltResult>> {
        match params.get(key) {
            None => Ok(Dynamic::UNIT),
            Some(v) => {
                conforms(v, &Dynamic::from(Decimal::ZERO), key)?;
                Ok(v.clone())
            }
        }
    }

    /// True when the value is a number (whole or decimal), false for `()`,
    /// text, lists and maps.
    pub(super) fn is_number(x: Dynamic) -> bool {
        to_decimal(&x).is_some()
    }

    /// The absolute value.
    #[rhai_fn(return_raw, name = "abs")]
    pub(super) fn abs_any(x: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        Ok(num(&x, "abs")?.abs())
    }

    /// The smaller of two numbers.
    #[rhai_fn(return_raw, name = "min")]
    pub(super) fn min_any(a: Dynamic, b: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        Ok(num(&a, "min")?.min(num(&b, "min")?))
    }

    /// The larger of two numbers.
    #[rhai_fn(return_raw, name = "max")]
    pub(super) fn max_any(a: Dynamic, b: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        Ok(num(&a, "max")?.max(num(&b, "max")?))
    }

    /// The sum of a list of numbers (0 for an empty list).
    #[rhai_fn(return_raw)]
    pub(super) fn sum(values: Array) -> Result<Decimal, Box<EvalAltResult>> {
        numbers(&values, "sum")?
            .into_iter()
            .try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
            .ok_or_else(|| helper_error(Text::HelperOverflow { function: "sum".into() }))
    }

    /// The arithmetic mean of a list of numbers; an error for an empty list.
    #[rhai_fn(return_raw)]
    pub(super) fn mean(values: Array) -> Result<Decimal, Box<EvalAltResult>> {
        let n = values.len();
        if n == 0 {
            return Err(helper_error(Text::HelperEmptyList { function: "mean".into() }));
        }
        let total = sum(values)?;
        Ok(total / Decimal::from(n))
    }

    /// The geometric mean of a list of positive numbers (used by NKA, PMK
    /// 22/2021). Computed as exp(mean(ln x)) to 28 significant digits, so it is
    /// not exact: round it before comparing.
    #[rhai_fn(return_raw)]
    pub(super) fn geomean(values: Array) -> Result<Decimal, Box<EvalAltResult>> {
        let xs = numbers(&values, "geomean")?;
        if xs.is_empty() {
            return Err(helper_error(Text::HelperEmptyList { function: "geomean".into() }));
        }
        if let Some(bad) = xs.iter().find(|x| **x <= Decimal::ZERO) {
            return Err(helper_error(Text::HelperGeomeanPositive { found: bad.to_string() }));
        }
        let mut total = Decimal::ZERO;
        for x in &xs {
            total += x.checked_ln().ok_or_else(|| helper_error(Text::HelperOverflow { function: "geomean".into() }))?;
        }
        let m = total / Decimal::from(xs.len());
        m.checked_exp().ok_or_else(|| helper_error(Text::HelperOverflow { function: "geomean".into() }))
    }

    /// The square root of a non-negative number (28 significant digits).
    #[rhai_fn(return_raw)]
    pub(super) fn sqrt(x: Dynamic) -> Result<Decimal, Box<EvalAltResult>> {
        let v = num(&x, "sqrt")?;
        v.sqrt().ok_or_else(|| helper_error(Text::HelperSqrtNegative { found: v.to_string() }))
    }

    /// `x` raised to a whole power (exact).
    #[rhai_fn(return_raw)]
    pub(super) fn pow(x: Dynamic, n: INT) -> Result<Decimal, Box<EvalAltResult>> {
        let v = num(&x, "pow")?;
        v.checked_powi(n)
            .ok_or_else(|| helper_error(Text::HelperPowerOverflow { value: v.to_string(), power: n.to_string() }))
    }
}
