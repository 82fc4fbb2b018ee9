//! Exact numbers: reading Indonesian and English number text, and rounding.
//!
//! Nothing here uses binary floating point: a value is read from its text
//! straight into a [`rust_decimal::Decimal`] and rounded only for output.

mod parse;
mod rounding;

pub(crate) use parse::{Comparison, comparison, parse_optional_in};
pub use parse::{
    Convention, Garble, Number, NumberError, Target, ambiguity, is_no_value, parse_number, parse_number_in,
    parse_optional, parse_target, parse_target_in,
};
pub use rounding::{MAX_DECIMALS, Rounding, RoundingMode, format_grouped};
pub(crate) use rounding::{format_grouped_scaled, plain_text};
