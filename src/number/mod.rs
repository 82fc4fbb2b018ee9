//! Exact numbers: reading Indonesian and English number text, rounding,
//! and writing them as text.
//!
//! Nothing here uses binary floating point: a value is read from its text
//! straight into a [`rust_decimal::Decimal`] and rounded only for output.

mod parse;
mod rounding;
mod text;

pub(crate) use parse::{Comparison, comparison, parse_optional_in};
pub use parse::{
    Convention, Garble, Number, NumberError, Target, ambiguity, is_no_value, parse_number, parse_number_in,
    parse_optional, parse_target, parse_target_in,
};
pub use rounding::{MAX_DECIMALS, Rounding, RoundingMode};
pub use text::format_grouped;
pub(crate) use text::{format_grouped_scaled, plain_text, write_grouped, write_integer, write_plain};
