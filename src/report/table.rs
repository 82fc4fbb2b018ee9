//! The report as a table for a terminal: one row per indicator-period, or a
//! matrix of indicators × periods when several periods were asked for; cut
//! to the terminal's width when there is one (names shortened, the message
//! wrapped, optional columns left out and named), whole otherwise.

use super::columns::{Column, What, number_text, table_columns, target_text};
use crate::diagnostic::Text;
use crate::eval::{IndicatorResult, Report, Status};
use crate::lang::Lang;
use crate::model::Period;
use crate::number::Convention;
use std::path::Path;

/// Names are long in the documents; the table shortens them, JSON and CSV
/// keep them whole.
const NAME_WIDTH: usize = 44;
/// The narrowest a wrapped message column gets before columns are dropped.
const MESSAGE_MIN: usize = 24;
/// The narrowest it gets when no column is left to leave out.
const MESSAGE_LAST: usize = 12;
/// The narrowest names get on a narrow terminal.
const NAME_LAST: usize = 10;
const GAP: &str = "  ";
/// How far a message put under its row is indented.
const BELOW_INDENT: &str = "    ";

fn width_of(s: &str) -> usize {
    s.chars().count()
}

fn cut(s: &str, width: usize) -> String {
    if width_of(s) <= width {
        return s.to_string();
    }
    s.chars().take(width.saturating_sub(1)).collect::<String>() + "…"
}

/// Breaks `text` into lines of at most `width` characters at spaces (a
/// word longer than the line is cut where it must be).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        while width_of(&word) > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            lines.push(head);
        }
        let extra = if line.is_empty() { 0 } else { 1 };
        if width_of(&line) + extra + width_of(&word) > width {
            lines.push(std::mem::take(&mut line));
        } else if extra == 1 {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The table of `report`. `width`: the terminal's, to fit; `None` (a pipe,
/// a file, `--wide`) writes every column whole, names shortened only.
pub(super) fn table(report: &Report, numbers: Convention, lang: Lang, width: Option<usize>) -> String {
    let mut cols = table_columns(report);
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut breaks = Vec::new();
    // Several plans of one unit (awal and revisi, two years) would print rows
    // that look alike: a line naming the plan file separates them.
    let mut plans: Vec<&Path> = report.results.iter().map(|r| &*r.plan).collect();
    plans.dedup();
    let headed = plans.len() > 1;
    let mut last: Option<&Path> = None;
    for r in &report.results {
        if headed && last != Some(&*r.plan) {
            breaks.push((rows.len(), format!("# {}", r.plan.display())));
            last = Some(&*r.plan);
        }
        rows.push(cols.iter().map(|c| c.cell(r, numbers, lang)).collect());
    }
    let mut name_width = NAME_WIDTH;
    let mut hidden = Vec::new();
    let mut message_width = None;
    let mut below: Option<(usize, Vec<String>)> = None;
    if let Some(width) = width {
        // A message column no row fills would be a header alone past the
        // table's right edge.
        let last = cols.len().saturating_sub(1);
        if cols.get(last).is_some_and(|c| c.what == What::Message) && rows.iter().all(|r| r[last].is_empty()) {
            cols.pop();
            rows.iter_mut().for_each(|r| {
                r.pop();
            });
        }
        // Leave columns out from the right (before the message) until the
        // rest fits with a message column of at least MESSAGE_MIN.
        loop {
            let widths = widths(&cols, &rows, lang, name_width);
            let fixed: usize = widths.iter().take(widths.len() - 1).map(|w| w + GAP.len()).sum();
            if fixed + widths[widths.len() - 1] <= width {
                break;
            }
            if fixed + MESSAGE_MIN <= width {
                message_width = Some(width - fixed);
                break;
            }
            if name_width > 20 {
                name_width = 20;
                continue;
            }
            let Some(i) = cols.iter().rposition(|c| c.optional) else {
                // Nothing left to leave out: names give way first, down to
                // NAME_LAST (the id beside them still says which indicator).
                let over = (fixed + MESSAGE_LAST.min(widths[widths.len() - 1])).saturating_sub(width);
                let name = cols.iter().position(|c| c.what == What::Name);
                if let (true, Some(i)) = (over > 0, name) {
                    if name_width > NAME_LAST {
                        name_width = name_width.saturating_sub(over).max(NAME_LAST);
                    } else {
                        // Even a short name does not fit: the id stands alone.
                        hidden.insert(0, cols.remove(i).header(lang));
                        rows.iter_mut().for_each(|r| {
                            r.remove(i);
                        });
                    }
                    continue;
                }
                // Then the message goes under its row, across the width,
                // when even a narrow column beside the figures does not fit.
                let last = cols.len() - 1;
                if fixed + MESSAGE_LAST > width && cols[last].what == What::Message {
                    cols.pop();
                    below = Some((width, rows.iter_mut().map(|r| r.pop().unwrap_or_default()).collect()));
                    break;
                }
                // Else the message takes what remains, down to a narrow
                // column rather than none.
                message_width = Some(width.saturating_sub(fixed).max(MESSAGE_LAST));
                break;
            };
            hidden.insert(0, cols.remove(i).header(lang));
            for row in &mut rows {
                row.remove(i);
            }
        }
    }
    let widths = widths(&cols, &rows, lang, name_width);
    let mut out = String::new();
    let header: Vec<String> = cols.iter().map(|c| c.header(lang)).collect();
    for (i, row) in std::iter::once(&header).chain(rows.iter()).enumerate() {
        for (_, title) in breaks.iter().filter(|(at, _)| *at + 1 == i) {
            out.push_str(title);
            out.push('\n');
        }
        write_row(&mut out, &cols, row, &widths, name_width, message_width);
        if let (Some((width, messages)), Some(k)) = (&below, i.checked_sub(1)) {
            let text = messages.get(k).map_or("", String::as_str);
            for line in wrap(text, width.saturating_sub(BELOW_INDENT.len())).iter().filter(|_| !text.is_empty()) {
                out.push_str(BELOW_INDENT);
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    if !hidden.is_empty() {
        let note = Text::TableColumnsHidden { columns: hidden.join(", ") }.message(lang);
        for line in wrap(&note, width.unwrap_or(usize::MAX)) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

fn widths(cols: &[Column], rows: &[Vec<String>], lang: Lang, name_width: usize) -> Vec<usize> {
    cols.iter()
        .enumerate()
        .map(|(i, c)| {
            let cells = rows.iter().map(|r| width_of(&r[i]));
            let w = cells.chain(std::iter::once(width_of(&c.header(lang)))).max().unwrap_or(0);
            if c.what == What::Name { w.min(name_width) } else { w }
        })
        .collect()
}

fn write_row(
    out: &mut String,
    cols: &[Column],
    row: &[String],
    widths: &[usize],
    name_width: usize,
    message: Option<usize>,
) {
    let mut line = String::new();
    let mut wrapped = Vec::new();
    for (i, (c, cell)) in cols.iter().zip(row).enumerate() {
        if i > 0 {
            line.push_str(GAP);
        }
        let mut cell = if c.what == What::Name { cut(cell, name_width) } else { cell.clone() };
        if let (What::Message, Some(w)) = (&c.what, message) {
            let mut lines = wrap(&cell, w);
            cell = lines.remove(0);
            wrapped = lines;
        }
        let pad = " ".repeat(widths[i].saturating_sub(width_of(&cell)));
        if c.numeric {
            line.push_str(&pad);
            line.push_str(&cell);
        } else {
            line.push_str(&cell);
            line.push_str(&pad);
        }
    }
    out.push_str(line.trim_end());
    out.push('\n');
    let indent: usize = widths.iter().take(widths.len().saturating_sub(1)).map(|w| w + GAP.len()).sum();
    for more in wrapped {
        out.push_str(&" ".repeat(indent));
        out.push_str(&more);
        out.push('\n');
    }
}

/// Whether the report holds several periods of one indicator of one plan,
/// which a matrix shows best.
pub(super) fn has_several_periods(report: &Report) -> bool {
    let mut seen: Vec<(&Path, &str, Period)> = Vec::new();
    for r in &report.results {
        if seen.iter().any(|(p, i, per)| *p == &*r.plan && *i == &*r.indicator && *per != r.period) {
            return true;
        }
        seen.push((&*r.plan, &r.indicator, r.period));
    }
    false
}

/// The matrix: one row per indicator, one column per period, each cell
/// `target / realisasi / capaian` (a status label where there is no
/// capaian), and the notes of every cell below, so none is lost. `None`
/// when it does not fit `width`.
pub(super) fn matrix(report: &Report, numbers: Convention, lang: Lang, width: Option<usize>) -> Option<String> {
    let mut periods: Vec<Period> = Vec::new();
    let mut keys: Vec<(&Path, &str)> = Vec::new();
    for r in &report.results {
        if !periods.contains(&r.period) {
            periods.push(r.period);
        }
        if !keys.contains(&(&*r.plan, &*r.indicator)) {
            keys.push((&*r.plan, &*r.indicator));
        }
    }
    periods.sort_by(|a, b| a.cmp_end(b));
    let find = |k: &(&Path, &str), p: Period| {
        report.results.iter().find(|r| &*r.plan == k.0 && *r.indicator == *k.1 && r.period == p)
    };
    let mut header = vec![Text::ColumnIndicator.message(lang), Text::ColumnName.message(lang)];
    header.extend(periods.iter().map(ToString::to_string));
    let mut rows = vec![header];
    let mut notes = Vec::new();
    for k in &keys {
        let first = periods.iter().find_map(|p| find(k, *p))?;
        let mut row = vec![first.indicator.to_string(), cut(&first.name, 30)];
        // One line per distinct note of the indicator, naming its periods.
        let mut said: Vec<(String, Vec<String>)> = Vec::new();
        for p in &periods {
            row.push(find(k, *p).map(|r| cell(r, numbers, lang)).unwrap_or_default());
            if let Some(m) = find(k, *p).and_then(|r| r.message(lang)) {
                match said.iter_mut().find(|(text, _)| *text == m) {
                    Some((_, ps)) => ps.push(p.to_string()),
                    None => said.push((m, vec![p.to_string()])),
                }
            }
        }
        notes.extend(said.into_iter().map(|(m, ps)| format!("{} {}: {m}", first.indicator, ps.join(", "))));
        rows.push(row);
    }
    let mut widths = vec![0usize; rows[0].len()];
    for row in &rows {
        for (i, c) in row.iter().enumerate() {
            widths[i] = widths[i].max(width_of(c));
        }
    }
    let total: usize = widths.iter().sum::<usize>() + GAP.len() * (widths.len() - 1);
    if width.is_some_and(|w| total > w) {
        return None;
    }
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (i, c) in row.iter().enumerate() {
            if i > 0 {
                line.push_str(GAP);
            }
            let pad = " ".repeat(widths[i] - width_of(c));
            if i >= 2 {
                line.push_str(&pad);
                line.push_str(c);
            } else {
                line.push_str(c);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str(&format!("({})\n", Text::MatrixLegend.message(lang)));
    for n in notes {
        out.push_str(&crate::diagnostic::escape_controls(&n, false));
        out.push('\n');
    }
    Some(out)
}

fn cell(r: &IndicatorResult, numbers: Convention, lang: Lang) -> String {
    let ratio = |t: String| if r.ratio && !t.is_empty() { format!("1:{t}") } else { t };
    let t = ratio(r.target.map(|t| target_text(t, numbers)).unwrap_or_else(|| "-".into()));
    let v = ratio(r.value.map(|d| number_text(d, numbers)).unwrap_or_else(|| "-".into()));
    let c = match (r.capaian, r.status) {
        (Some(c), _) => number_text(c, numbers),
        (None, Status::Ok) => "-".into(),
        (None, s) => s.label(lang),
    };
    crate::diagnostic::escape_controls(&format!("{t} / {v} / {c}"), false).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_cuts_long_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("", 5), [""]);
    }

    #[test]
    fn cuts_with_an_ellipsis() {
        assert_eq!(cut("abcdef", 4), "abc…");
        assert_eq!(cut("abc", 4), "abc");
    }
}
