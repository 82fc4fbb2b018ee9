//! Merging collected realisasi into a new plan: which values are new,
//! which the plan already holds, which conflict; and the new plan's text,
//! edited in place so that every comment and every other byte stays.

use super::{Filled, number_text};
use crate::diagnostic::{Diagnostic, Kind, Span, Text};
use crate::model::{Period, Plan};
use crate::number::Convention;
use crate::plan::{column_name, sniff_delimiter};
use rust_decimal::Decimal;
use std::collections::HashMap;
use toml_edit::{DocumentMut, InlineTable, Item, Key, Table, Value};

/// A realisasi to write: new, or replacing another with `--force`.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    /// What was read, and where.
    pub filled: Filled,
}

impl Change {
    /// The value the plan holds now, if any.
    pub(crate) fn old(&self) -> Option<Decimal> {
        self.filled.old.as_ref().map(|o| o.value)
    }
}

/// What a collection would do to the plan.
#[derive(Debug, Default)]
pub(crate) struct Merged {
    /// The values to write, in the order read.
    pub changes: Vec<Change>,
    /// Values equal to the plan's (nothing to write).
    pub same: usize,
    /// Values that differ from the plan's, or from another workbook's:
    /// errors, or warnings with `force` (then the plan's are replaced).
    pub conflicts: Vec<Diagnostic>,
}

/// Sorts what the workbooks hold into changes, values the plan already has,
/// and conflicts. A value different from the plan's replaces it only with
/// `force`; two workbooks giving one row different values is always an
/// error (which one is right is for the planner to say).
pub(crate) fn changes(filled: Vec<Filled>, force: bool) -> Merged {
    let mut out = Merged::default();
    let mut seen: HashMap<(String, Period), (Decimal, Span)> = HashMap::new();
    for f in filled {
        let key = (f.id(), f.period);
        if let Some((value, span)) = seen.get(&key) {
            if *value != f.value {
                let kind = Kind::CollectDuplicate {
                    indicator: f.id(),
                    period: f.period.to_string(),
                    value: number_text(f.value),
                    other: number_text(*value),
                    cell: span.to_string(),
                };
                out.conflicts.push(Diagnostic::error(kind).with_span(f.span.clone()));
            }
            continue;
        }
        seen.insert(key, (f.value, f.span.clone()));
        match &f.old {
            Some(old) if old.value == f.value => out.same += 1,
            Some(old) => {
                let kind = Kind::CollectConflict {
                    indicator: f.id(),
                    period: f.period.to_string(),
                    old: number_text(old.value),
                    new: number_text(f.value),
                    plan: old.span.to_string(),
                };
                let d = Diagnostic::error(kind).with_span(f.span.clone());
                if force {
                    out.conflicts.push(d.into_warning().with_note(Text::CollectReplaced));
                    out.changes.push(Change { filled: f });
                } else {
                    out.conflicts.push(d);
                }
            }
            None => out.changes.push(Change { filled: f }),
        }
    }
    out
}

/// [`merge_plan`], then the new text read back as a plan (named `shown` in
/// messages): a text that does not read is a bug of capaian, reported as
/// such, never written or used. Gives the text and the plans it reads as.
pub(crate) fn merge_checked(
    plan: &Plan,
    text: &str,
    changes: &[Change],
    shown: &std::path::Path,
    lang: crate::lang::Lang,
) -> Result<(String, Vec<Plan>), Diagnostic> {
    let text = merge_plan(plan, text, changes)?;
    let reread = if is_csv(plan) {
        crate::plan::read_csv_plans(shown, &text, plan.numbers).map(|(plans, _)| plans)
    } else {
        crate::plan::read_toml_plan(shown, &text, None).map(|p| vec![p])
    };
    let plans = reread.map_err(|e| {
        let reason = e.diagnostics().iter().map(|d| d.message(lang)).collect::<Vec<_>>().join("; ");
        Diagnostic::error(Kind::CollectMergedInvalid { reason }).with_span(crate::diagnostic::Span::file(shown))
    })?;
    Ok((text, plans))
}

/// Whether the plan was read from CSV (merged cell by cell, read back as CSV).
fn is_csv(plan: &Plan) -> bool {
    plan.path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// The text of the new plan: `text` (the plan read from `plan.path`) with
/// the changes written in: a CSV plan cell by cell (see `merge_csv`). A TOML plan is edited in place with
/// `toml_edit`: only `realisasi` entries are added or replaced, in the
/// shape the plan already uses (an inline table, a `[…realisasi]` table,
/// or one value for the year); comments and layout stay.
pub(crate) fn merge_plan(plan: &Plan, text: &str, changes: &[Change]) -> Result<String, Diagnostic> {
    if is_csv(plan) {
        return merge_csv(plan, text, changes);
    }
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        Diagnostic::error(Kind::TomlSyntax { reason: e.message().to_string() }).with_span(Span::file(&plan.path))
    })?;
    let annual = plan.annual_period();
    for ch in changes {
        let f = &ch.filled;
        let cannot = || {
            Diagnostic::error(Kind::CollectCannotMerge { indicator: f.id(), period: f.period.to_string() })
                .with_span(f.span.clone())
        };
        let table = indicator_table(&mut doc, &f.top, f.component.as_deref()).ok_or_else(cannot)?;
        set_realisasi(table, f.period, f.value, annual).ok_or_else(cannot)?;
    }
    Ok(doc.to_string())
}

/// A CSV plan with the changes written into the `realisasi` cells of the
/// rows of their unit, indicator and period; every other byte stays. The
/// number is written in the row's convention (its `numbers` cell, else the
/// plan's), without thousands separators, quoted where it holds the
/// delimiter (`"97,35"` in a comma-separated file).
fn merge_csv(plan: &Plan, text: &str, changes: &[Change]) -> Result<String, Diagnostic> {
    let delimiter = sniff_delimiter(text);
    let unreadable =
        |e: csv::Error| Diagnostic::error(Kind::CsvRow { reason: e.to_string() }).with_span(Span::file(&plan.path));
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers = reader.headers().map_err(unreadable)?.clone();
    let column = |name: &str| headers.iter().position(|h| column_name(h) == Some(name));
    let (unit, indicator, realisasi) = (column("unit"), column("indicator"), column("realisasi"));
    let (period, numbers) = (column("period"), column("numbers"));
    let (Some(unit), Some(indicator), Some(realisasi)) = (unit, indicator, realisasi) else {
        let missing = Kind::CsvMissingColumn { name: "realisasi".into() };
        return Err(Diagnostic::error(missing).with_span(Span::file(&plan.path)));
    };
    let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let mut done = vec![false; changes.len()];
    for record in reader.records() {
        let record = record.map_err(unreadable)?;
        let cell = |i: usize| record.get(i).map(str::trim).unwrap_or("");
        if cell(unit) != plan.unit.id {
            continue;
        }
        let row_period = match period {
            Some(i) => match Period::parse(cell(i)) {
                Ok(p) => p,
                Err(_) => continue,
            },
            None => Period::Total,
        };
        let found = changes.iter().enumerate().find(|(_, c)| {
            c.filled.component.is_none() && c.filled.top == cell(indicator) && c.filled.period == row_period
        });
        let Some((n, ch)) = found else { continue };
        // The csv crate's offset may point at the line end before the record.
        let Some(mut start) = record.position().map(|p| p.byte() as usize) else { continue };
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let convention = numbers.and_then(|i| Convention::from_name(cell(i))).unwrap_or(plan.numbers);
        let mut value = ch.filled.value.to_string();
        if convention == Convention::Id {
            value = value.replace('.', ",");
        }
        if value.contains(char::from(delimiter)) {
            value = format!("\"{value}\"");
        }
        let Some(range) = field_range(text, start, realisasi, delimiter) else { continue };
        edits.push((range, value));
        done[n] = true;
    }
    if let Some((ch, _)) = changes.iter().zip(&done).find(|(_, d)| !**d) {
        let f = &ch.filled;
        return Err(Diagnostic::error(Kind::CollectCannotMerge { indicator: f.id(), period: f.period.to_string() })
            .with_span(f.span.clone()));
    }
    let mut out = text.to_string();
    edits.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
    for (range, value) in edits {
        out.replace_range(range, &value);
    }
    Ok(out)
}

/// The bytes of field `index` of the CSV record starting at `start`: up to
/// the next delimiter or line end outside quotes.
fn field_range(text: &str, start: usize, index: usize, delimiter: u8) -> Option<std::ops::Range<usize>> {
    let bytes = text.as_bytes();
    let (mut i, mut field, mut from, mut quoted) = (start, 0, start, false);
    loop {
        let b = bytes.get(i).copied();
        let ends = match b {
            None => true,
            Some(b'"') => {
                quoted = !quoted;
                false
            }
            Some(b'\r' | b'\n') => !quoted,
            Some(c) => c == delimiter && !quoted,
        };
        if ends {
            if field == index {
                return Some(from..i);
            }
            if b != Some(delimiter) {
                return None;
            }
            field += 1;
            from = i + 1;
        }
        i += 1;
    }
}

/// The `[[indicator]]` (or its `[[indicator.component]]`) table with that id.
fn indicator_table<'d>(doc: &'d mut DocumentMut, top: &str, component: Option<&str>) -> Option<&'d mut Table> {
    let has_id = |t: &Table, id: &str| t.get("id").and_then(Item::as_str) == Some(id);
    let t = doc.get_mut("indicator")?.as_array_of_tables_mut()?.iter_mut().find(|t| has_id(t, top))?;
    match component {
        None => Some(t),
        Some(c) => t.get_mut("component")?.as_array_of_tables_mut()?.iter_mut().find(|t| has_id(t, c)),
    }
}

/// A realisasi as a TOML number: exact (the plan reader reads a TOML
/// number from its text), and the same in either number convention, so it
/// never reads as something else in a plan of `numbers = "en"`.
fn toml_number(value: Decimal) -> Value {
    let text = value.to_string();
    text.parse::<Value>()
        .ok()
        .filter(|v| v.is_integer() || v.is_float())
        // Beyond a TOML integer: the same digits as a decimal number.
        .unwrap_or_else(|| format!("{text}.0").parse().unwrap_or_else(|_| Value::from(text)))
}

/// Adds or replaces the realisasi of `period` in an indicator's table.
/// `None`: the plan's shape has no place for it (one value for the year,
/// and a month to add).
fn set_realisasi(t: &mut Table, period: Period, value: Decimal, annual: Period) -> Option<()> {
    let new = toml_number(value);
    let key = period_key(period);
    match t.get_mut("realisasi") {
        None if period == annual => {
            t.insert("realisasi", Item::Value(new));
        }
        None => {
            let mut inline = InlineTable::new();
            inline.insert_formatted(&key, new);
            t.insert("realisasi", Item::Value(Value::InlineTable(inline)));
        }
        Some(Item::Value(Value::InlineTable(inline))) => {
            let existing = inline.iter().map(|(k, _)| k.to_string()).find(|k| Period::parse(k) == Ok(period));
            match existing.and_then(|k| inline.get_mut(&k)) {
                Some(old) => replace(old, new),
                None => append(inline, &key, new),
            }
        }
        Some(Item::Table(table)) => {
            let existing = table.iter().map(|(k, _)| k.to_string()).find(|k| Period::parse(k) == Ok(period));
            match existing.and_then(|k| table.get_mut(&k)).and_then(Item::as_value_mut) {
                Some(old) => replace(old, new),
                None => {
                    table.insert_formatted(&key, Item::Value(new));
                }
            }
        }
        Some(Item::Value(old)) if period == annual => replace(old, new),
        Some(_) => return None,
    }
    Some(())
}

/// Appends to an inline table: the blank before its `}` moves from the
/// last value to the new one (`{ "a" = 1, "b" = 2 }`, not `{ "a" = 1 , "b" = 2 }`).
fn append(inline: &mut InlineTable, key: &Key, mut new: Value) {
    if let Some((_, last)) = inline.iter_mut().last() {
        let suffix = last.decor().suffix().cloned();
        if let Some(suffix) = suffix {
            last.decor_mut().set_suffix("");
            new.decor_mut().set_suffix(suffix);
        }
    }
    inline.insert_formatted(key, new);
}

/// A period's key as the plans write it: quoted (`"2024-07"`).
fn period_key(period: Period) -> Key {
    let text = period.to_string();
    Key::parse(&format!("\"{text}\"")).ok().and_then(|mut k| k.pop()).unwrap_or_else(|| Key::new(text))
}

/// Replaces a value keeping the blanks and comments around it.
fn replace(old: &mut Value, mut new: Value) {
    *new.decor_mut() = old.decor().clone();
    *old = new;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn set(text: &str, period: &str, value: &str) -> String {
        let mut doc: DocumentMut = text.parse().unwrap();
        let t = indicator_table(&mut doc, "A", None).unwrap();
        set_realisasi(t, Period::parse(period).unwrap(), Decimal::from_str(value).unwrap(), Period::Year(2024))
            .unwrap();
        doc.to_string()
    }

    #[test]
    fn realisasi_is_written_in_the_shape_the_plan_uses() {
        let head = "[[indicator]]\nid = \"A\" # the id\n";
        for (plan, period, value, expect) in [
            (
                "realisasi = { \"2024-01\" = \"1,5\" } # jan\n",
                "2024-02",
                "2.25",
                "realisasi = { \"2024-01\" = \"1,5\", \"2024-02\" = 2.25 } # jan\n",
            ),
            ("realisasi = { \"2024-01\" = \"1,5\" }\n", "Januari 2024", "3", "realisasi = { \"2024-01\" = 3 }\n"),
            (
                "[indicator.realisasi]\n\"2024-01\" = 1\n",
                "2024-02",
                "2",
                "[indicator.realisasi]\n\"2024-01\" = 1\n\"2024-02\" = 2\n",
            ),
            ("realisasi = \"15\"   # year\n", "2024", "16.50", "realisasi = 16.50   # year\n"),
            ("name = \"x\"\n", "2024-03", "7", "name = \"x\"\nrealisasi = { \"2024-03\" = 7 }\n"),
            ("name = \"x\"\n", "2024", "7", "name = \"x\"\nrealisasi = 7\n"),
        ] {
            let got = set(&format!("{head}{plan}"), period, value);
            assert_eq!(got, format!("{head}{expect}"), "{plan}");
        }
    }

    #[test]
    fn csv_cells_are_filled_and_every_other_byte_stays() {
        let text =
            "unit;indicator;period;target;realisasi\r\nu;A;2024-01;10;\r\nu;A;2024-02;20;\"5\"\r\nu;B;2024-01;1;x\r\n";
        assert_eq!(field_range(text, text.find("u;A;2024-02").unwrap(), 4, b';').map(|r| &text[r]), Some("\"5\""));
        assert_eq!(field_range(text, text.find("u;A;2024-01").unwrap(), 4, b';').map(|r| &text[r]), Some(""));
        assert_eq!(field_range(text, 0, 9, b';'), None);
        let c = "a,\"x,y\",c\n";
        assert_eq!(field_range(c, 0, 2, b',').map(|r| &c[r]), Some("c"));
    }

    #[test]
    fn a_month_cannot_join_a_yearly_value() {
        let mut doc: DocumentMut = "[[indicator]]\nid = \"A\"\nrealisasi = 5\n".parse().unwrap();
        let t = indicator_table(&mut doc, "A", None).unwrap();
        assert!(set_realisasi(t, Period::Month(2024, 1), Decimal::ONE, Period::Year(2024)).is_none());
    }
}
