//! Reading a TOML table key by key.
//!
//! A reader asks a [`Fields`] for each key its format has; whatever the
//! table holds beyond those is an unknown key, reported with a suggestion
//! among the keys asked. So the keys a format accepts are the keys its
//! reader reads, and no list of them is kept in step by hand.

use super::toml_value::{Source, Value, get};
use crate::diagnostic::{Diagnostic, Span, Text};
use crate::model::Period;
use crate::named::Named;
use std::cell::RefCell;
use toml::de::DeTable;

/// One TOML table being read: the keys asked so far and the problems found.
pub(crate) struct Fields<'a, 'i> {
    src: &'a Source<'a>,
    table: &'a DeTable<'i>,
    asked: RefCell<Vec<&'static str>>,
    problems: RefCell<Vec<Diagnostic>>,
}

impl<'a, 'i> Fields<'a, 'i> {
    /// Starts reading `table` of `src`.
    pub(crate) fn new(src: &'a Source<'a>, table: &'a DeTable<'i>) -> Fields<'a, 'i> {
        Fields { src, table, asked: RefCell::new(Vec::new()), problems: RefCell::new(Vec::new()) }
    }

    /// The value of `key`, if the table has it; `key` is one of the format's.
    pub(crate) fn get(&self, key: &'static str) -> Option<&'a Value<'i>> {
        let mut asked = self.asked.borrow_mut();
        if !asked.contains(&key) {
            asked.push(key);
        }
        get(self.table, key)
    }

    /// Reads `key` with `read`, keeping its error as a problem of the table.
    pub(crate) fn read<T>(
        &self,
        key: &'static str,
        read: impl FnOnce(&'a Value<'i>) -> Result<T, Diagnostic>,
    ) -> Option<T> {
        self.get(key).and_then(|v| self.keep(read(v)))
    }

    /// Reads `key` as text.
    pub(crate) fn text(&self, key: &'static str) -> Option<String> {
        self.read(key, |v| self.src.text(v, key))
    }

    /// Reads `key` as a name of `T` (a polarity, a rounding mode …).
    pub(crate) fn named<T: Named>(&self, key: &'static str, label: &str) -> Option<T> {
        self.read(key, |v| self.src.named(v, label))
    }

    /// Reads `key` as a table of period → value (see [`Source::period_map`]);
    /// `label` names it in messages.
    pub(crate) fn periods<T>(
        &self,
        key: &'static str,
        label: &str,
        default_period: Option<Period>,
        read: impl FnMut(&Value<'_>) -> Result<T, Diagnostic>,
    ) -> Vec<(Period, T)> {
        let Some(v) = self.get(key) else { return Vec::new() };
        let (out, problems) = self.src.period_map(v, label, default_period, read);
        self.report_all(problems);
        out
    }

    /// The value of a result, or `None` with its error kept as a problem.
    pub(crate) fn keep<T>(&self, r: Result<T, Diagnostic>) -> Option<T> {
        r.map_err(|d| self.report(d)).ok()
    }

    /// Keeps a problem found while reading the table.
    pub(crate) fn report(&self, d: Diagnostic) {
        self.problems.borrow_mut().push(d);
    }

    /// Keeps problems found while reading the table.
    pub(crate) fn report_all(&self, ds: impl IntoIterator<Item = Diagnostic>) {
        self.problems.borrow_mut().extend(ds);
    }

    /// Ends reading a table whose other keys are open (a table row's
    /// cells): the keys not asked for, with where each is written, and the
    /// problems found.
    pub(crate) fn rest(self) -> (Vec<(&'a str, Span, &'a Value<'i>)>, Vec<Diagnostic>) {
        let asked = self.asked.into_inner();
        let rest = self
            .table
            .iter()
            .map(|(k, v)| (k.get_ref().as_ref(), k.span(), v))
            .filter(|(k, _, _)| !asked.contains(k))
            .map(|(k, span, v)| (k, self.src.span(span), v))
            .collect();
        (rest, self.problems.into_inner())
    }

    /// Ends reading: every key not asked for is an unknown key of `what`
    /// (`[plan]`, ``indicator `A` ``), reported first since a misspelt key
    /// explains a missing one; then the problems in reading order.
    pub(crate) fn finish(self, place: Text) -> Vec<Diagnostic> {
        let mut out = self.src.unknown_keys(self.table, &self.asked.borrow(), &place);
        out.append(&mut self.problems.borrow_mut());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Polarity;
    use std::path::Path;

    #[test]
    fn keys_not_asked_are_unknown_with_a_suggestion_among_those_asked() {
        let text = "name = \"A\"\npolarty = \"naik\"\nextra = 1\nnumbers = \"xx\"\n";
        let src = Source::new(Path::new("p.toml"), text);
        let doc = DeTable::parse(text).unwrap();
        let f = Fields::new(&src, doc.get_ref());
        assert_eq!(f.text("name").as_deref(), Some("A"));
        assert_eq!(f.named::<Polarity>("polarity", "polarity"), None);
        assert_eq!(f.named::<crate::number::Convention>("numbers", "numbers"), None);
        let problems: Vec<(String, Option<String>)> = f
            .finish(Text::PlaceKey { key: "[x]".into() })
            .into_iter()
            .map(|d| (d.message(crate::lang::Lang::En), d.help_text(crate::lang::Lang::En)))
            .collect();
        let help = |s: &str| Some(s.to_string());
        assert_eq!(
            problems,
            [
                ("unknown key `polarty` in [x]".into(), help("did you mean `polarity`?")),
                ("unknown key `extra` in [x]".into(), help("expected one of: name, polarity, numbers")),
                (
                    "unknown number convention `xx`".into(),
                    help("expected `id` (1.152.699; 0,99) or `en` (1,152,699; 0.99)")
                ),
            ]
        );
    }
}
