//! Typed access to a parsed TOML document that keeps positions and exact
//! number text.
//!
//! We walk `toml::de::DeTable` by hand instead of deriving `Deserialize`
//! because serde would turn `0.99` into an `f64` before we could see its
//! text, and because we want every unknown key reported with a suggestion
//! and every value error with its line.

use super::LoadError;
use crate::diagnostic::{Diagnostic, Kind, LineIndex, Span, Text, suggest};
use crate::model::{Located, Param, Period};
use crate::named::{Named, read_name};
use crate::number::{Convention, NumberError, Target, is_no_value, parse_number_in, parse_target_in};
use rust_decimal::Decimal;
use serde_spanned::Spanned;
use std::collections::BTreeMap;
use std::path::Path;
use toml::de::{DeTable, DeValue};

/// A TOML value with its byte range.
pub(crate) type Value<'i> = Spanned<DeValue<'i>>;

/// The file being read, for turning byte ranges into spans.
pub(crate) struct Source<'s> {
    /// Path of the file.
    pub path: &'s Path,
    /// Its text.
    pub text: &'s str,
    /// Warnings collected while reading (ambiguous number text).
    pub warnings: std::cell::RefCell<Vec<Diagnostic>>,
    lines: LineIndex<'s>,
    declared: std::cell::Cell<bool>,
}

impl<'s> Source<'s> {
    /// A source for `text` read from `path`.
    pub(crate) fn new(path: &'s Path, text: &'s str) -> Source<'s> {
        Source {
            path,
            text,
            warnings: std::cell::RefCell::new(Vec::new()),
            lines: LineIndex::new(path, text),
            declared: std::cell::Cell::new(false),
        }
    }

    /// The file (or the command line) says which convention its numbers
    /// are in: text that would read differently in the other one is then
    /// read as declared without a warning.
    pub(crate) fn declare_numbers(&self) {
        self.declared.set(true);
    }

    /// The declaration no longer holds (the command line reads the file in
    /// another convention than it declares).
    pub(crate) fn undeclare_numbers(&self) {
        self.declared.set(false);
    }

    fn check_ambiguity(&self, text: &str, convention: Convention, span: &Span) {
        if self.declared.get() {
            return;
        }
        if let Some(msg) = crate::number::ambiguity(text, convention) {
            self.warnings.borrow_mut().push(Diagnostic::warning(msg).with_span(span.clone()));
        }
    }
}

impl<'s> Source<'s> {
    /// The span of a byte range.
    pub(crate) fn span(&self, range: std::ops::Range<usize>) -> Span {
        self.lines.span(range)
    }

    /// An error located at a value.
    pub(crate) fn error_at(&self, value: &Value<'_>, message: impl Into<crate::diagnostic::Kind>) -> Diagnostic {
        Diagnostic::error(message).with_span(self.span(value.span()))
    }

    /// Reports every key of `table` not in `allowed`, with a suggestion.
    pub(crate) fn unknown_keys(&self, table: &DeTable<'_>, allowed: &[&str], place: &Text) -> Vec<Diagnostic> {
        table
            .iter()
            .filter(|(k, _)| !allowed.contains(&k.get_ref().as_ref()))
            .map(|(k, _)| {
                let key: &str = k.get_ref().as_ref();
                let d = Diagnostic::error(Kind::UnknownKey { key: key.to_string(), place: place.clone() })
                    .with_span(self.span(k.span()));
                match suggest(key, allowed.iter().copied()) {
                    Some(s) => d.with_help(Text::DidYouMean { word: s.to_string() }),
                    None => d.with_help(Text::OneOf { names: allowed.join(", ") }),
                }
            })
            .collect()
    }

    /// Parses the text as TOML; a syntax error makes the file unusable.
    pub(crate) fn parse(&self) -> Result<Spanned<DeTable<'s>>, LoadError> {
        DeTable::parse(self.text).map_err(|e| {
            let span = e.span().map_or_else(|| Span::file(self.path), |r| self.span(r));
            let kind = Kind::TomlSyntax { reason: e.message().trim().to_string() };
            // `name = "Jumlah "Posyandu" aktif"`: a quote inside a text is the
            // usual cause, and TOML's own message does not say so.
            let quotes =
                span.source_line.as_deref().and_then(|l| l.split_once('=')).map(|(_, v)| v.matches('"').count());
            let d = Diagnostic::error(kind).with_span(span);
            let d = if quotes.is_some_and(|n| n > 2) { d.with_help(Text::TomlQuoteInside) } else { d };
            // `indicator = { … }` then `[[case.indicator.component]]`: TOML
            // closes an inline table where it ends.
            let inline = e.message().contains("inline table");
            let d = if inline { d.with_help(Text::TomlInlineExtended) } else { d };
            LoadError::Invalid(vec![d])
        })
    }

    /// Reads a table value.
    pub(crate) fn table<'a, 'i>(&self, value: &'a Value<'i>, key: &str) -> Result<&'a DeTable<'i>, Diagnostic> {
        match value.get_ref() {
            DeValue::Table(t) => Ok(t),
            other => Err(self.error_at(value, Kind::NotATable { key: key.to_string(), found: type_name(other) })),
        }
    }

    /// Reads a string value.
    pub(crate) fn text(&self, value: &Value<'_>, key: &str) -> Result<String, Diagnostic> {
        match value.get_ref() {
            DeValue::String(s) => Ok(s.to_string()),
            other => Err(self.error_at(value, Kind::NotText { key: key.to_string(), found: type_name(other) })),
        }
    }

    /// Reads the name of a value of `T` (a polarity, a rounding mode …).
    pub(crate) fn named<T: Named>(&self, value: &Value<'_>, key: &str) -> Result<T, Diagnostic> {
        read_name(&self.text(value, key)?).map_err(|d| d.with_span(self.span(value.span())))
    }

    /// Reads a string value, keeping its location.
    pub(crate) fn located_text(&self, value: &Value<'_>, key: &str) -> Result<Located<String>, Diagnostic> {
        Ok(Located { value: self.text(value, key)?, span: self.span(value.span()) })
    }

    /// Reads an integer value.
    pub(crate) fn integer(&self, value: &Value<'_>, key: &str) -> Result<i64, Diagnostic> {
        match value.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => {
                let too_large = || self.error_at(value, Kind::IntegerTooLarge { key: key.to_string() });
                i.as_str().replace('_', "").parse().map_err(|_| too_large())
            }
            other => Err(self.error_at(value, Kind::NotInteger { key: key.to_string(), found: type_name(other) })),
        }
    }

    /// Reads a number: a TOML number (its exact text) or number text in the
    /// declared convention.
    pub(crate) fn number(
        &self,
        value: &Value<'_>,
        key: &str,
        convention: Convention,
    ) -> Result<Located<Decimal>, Diagnostic> {
        self.number_in(value, key, convention, None)
    }

    /// Reads a number of an indicator, whose text may end with its `satuan`.
    pub(crate) fn number_in(
        &self,
        value: &Value<'_>,
        key: &str,
        convention: Convention,
        satuan: Option<&str>,
    ) -> Result<Located<Decimal>, Diagnostic> {
        let span = self.span(value.span());
        let parsed = match value.get_ref() {
            DeValue::String(s) => {
                self.check_ambiguity(s, convention, &span);
                parse_number_in(s, convention, satuan).map(|n| n.value).map_err(|e| number_error(e, span.clone()))
            }
            DeValue::Integer(_) | DeValue::Float(_) => self.toml_number(value, key),
            other => Err(Diagnostic::error(Kind::NotNumber { key: key.to_string(), found: type_name(other) })
                .with_span(span.clone())),
        }?;
        Ok(Located { value: parsed, span })
    }

    /// Reads a target: a number or a range text.
    pub(crate) fn target(
        &self,
        value: &Value<'_>,
        key: &str,
        convention: Convention,
        satuan: Option<&str>,
    ) -> Result<Located<Target>, Diagnostic> {
        let span = self.span(value.span());
        let parsed = match value.get_ref() {
            DeValue::String(s) => {
                self.check_ambiguity(s, convention, &span);
                parse_target_in(s, convention, satuan).map_err(|e| number_error(e, span.clone()))
            }
            DeValue::Integer(_) | DeValue::Float(_) => self.toml_number(value, key).map(Target::Single),
            other => Err(Diagnostic::error(Kind::NotTarget { key: key.to_string(), found: type_name(other) })
                .with_span(span.clone())),
        }?;
        Ok(Located { value: parsed, span })
    }

    fn toml_number(&self, value: &Value<'_>, key: &str) -> Result<Decimal, Diagnostic> {
        let text = match value.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => i.as_str().replace('_', ""),
            DeValue::Integer(_) => return Err(self.error_at(value, Kind::NotBase10 { key: key.to_string() })),
            DeValue::Float(f) => f.as_str().replace('_', ""),
            _ => unreachable!("only called for numbers"),
        };
        let parsed = if text.contains(['e', 'E']) {
            Decimal::from_scientific(&text).ok()
        } else {
            Decimal::from_str_exact(&text).ok()
        };
        parsed.ok_or_else(|| self.error_at(value, Kind::NotFinite { key: key.to_string(), text: text.clone() }))
    }

    /// Reads a table of period → value (`{ "2024-01" = 3, "2024-02" = 5 }`).
    /// A plain value stands for `default_period` when one is given.
    pub(crate) fn period_map<T>(
        &self,
        value: &Value<'_>,
        key: &str,
        default_period: Option<Period>,
        mut read: impl FnMut(&Value<'_>) -> Result<T, Diagnostic>,
    ) -> (Vec<(Period, T)>, Vec<Diagnostic>) {
        let mut out = Vec::new();
        let mut problems = Vec::new();
        match value.get_ref() {
            DeValue::Table(t) => {
                for (k, v) in t.iter() {
                    let ktext: &str = k.get_ref().as_ref();
                    let period = match Period::parse(ktext) {
                        Ok(p) => p,
                        Err(e) => {
                            let kind = Kind::PeriodKeyInvalid { key: key.to_string(), text: e.text };
                            problems.push(Diagnostic::error(kind).with_span(self.span(k.span())));
                            continue;
                        }
                    };
                    // Tables print "-" for "nothing for this period".
                    if matches!(v.get_ref(), DeValue::String(s) if is_no_value(s)) {
                        continue;
                    }
                    match read(v) {
                        Ok(x) => out.push((period, x)),
                        Err(d) => problems.push(d),
                    }
                }
            }
            _ => match default_period {
                Some(p) => match read(value) {
                    Ok(x) => out.push((p, x)),
                    Err(d) => problems.push(d),
                },
                None => problems.push(self.error_at(value, Kind::NotPeriodTable { key: key.to_string() })),
            },
        }
        (out, problems)
    }

    /// Reads a rule parameter (any TOML value; numbers stay exact).
    pub(crate) fn param(&self, value: &Value<'_>, key: &str, convention: Convention) -> Result<Param, Diagnostic> {
        Ok(match value.get_ref() {
            DeValue::String(s) => Param::Text(s.to_string()),
            DeValue::Integer(_) | DeValue::Float(_) => Param::Number(self.number(value, key, convention)?.value),
            DeValue::Boolean(b) => Param::Bool(*b),
            DeValue::Array(items) => {
                Param::List(items.iter().map(|v| self.param(v, key, convention)).collect::<Result<_, _>>()?)
            }
            DeValue::Table(t) => Param::Table(
                t.iter()
                    .map(|(k, v)| Ok((k.get_ref().to_string(), self.param(v, k.get_ref(), convention)?)))
                    .collect::<Result<BTreeMap<_, _>, Diagnostic>>()?,
            ),
            DeValue::Datetime(_) => {
                return Err(self.error_at(value, Kind::DateParameter { key: key.to_string() }));
            }
        })
    }
}

/// Finds a key in a table.
pub(crate) fn get<'a, 'i>(table: &'a DeTable<'i>, key: &str) -> Option<&'a Value<'i>> {
    table.iter().find(|(k, _)| k.get_ref().as_ref() == key).map(|(_, v)| v)
}

/// Turns a number-reading error into a located diagnostic.
pub(crate) fn number_error(e: NumberError, span: Span) -> Diagnostic {
    let help = e.help();
    let d = Diagnostic::error(e.kind()).with_span(span);
    match help {
        Some(h) => d.with_help(h),
        None => d,
    }
}

/// A readable name for a TOML value's type.
pub(crate) fn type_name(v: &DeValue<'_>) -> Text {
    match v {
        DeValue::String(_) => Text::TypeText,
        DeValue::Integer(_) => Text::TypeInteger,
        DeValue::Float(_) => Text::TypeDecimal,
        DeValue::Boolean(_) => Text::TypeBool,
        DeValue::Datetime(_) => Text::TypeDate,
        DeValue::Array(_) => Text::TypeList,
        DeValue::Table(_) => Text::TypeTable,
    }
}
