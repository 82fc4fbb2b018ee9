//! Writing roll-up figures: an aligned table, CSV (one row per figure) or
//! JSON (the figures with every member and left-out entry, decimals exact
//! as strings). Headers and reasons are in the reader's language; method
//! and level names stay the names files use.

use super::{Figure, Level};
use crate::diagnostic::Text;
use crate::lang::Lang;
use crate::number::Convention;
use rust_decimal::Decimal;

/// The output formats of `capaian rollup`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RollupFormat {
    /// Aligned columns, then the figures left out of the ranking.
    Table,
    /// One row per figure.
    Csv,
    /// `{"schema_version", "level", "figures": [...]}`.
    Json,
}

/// A number as printed: English plain by default, or as Indonesian
/// documents print it (`90,01`), keeping its 2 decimals.
fn number(mut d: Decimal, numbers: Convention) -> String {
    // Figures are rounded to 2 decimals; all of them are written (`100.00`).
    d.rescale(2);
    match numbers {
        Convention::En => d.to_string(),
        Convention::Id => crate::number::format_grouped_scaled(d, Convention::Id),
    }
}

/// The left-out list of a figure: `IKK-3 (tidak ada data), …`.
pub(super) fn left_out_text(f: &Figure, lang: Lang) -> String {
    f.left_out.iter().map(|l| format!("{} ({})", l.key, l.why.message(lang))).collect::<Vec<_>>().join("; ")
}

/// The cells of one figure, in column order.
fn cells(f: &Figure, numbers: Convention, lang: Lang, ranked: bool) -> Vec<String> {
    let mut row = vec![
        f.key.clone(),
        f.name.clone().unwrap_or_default(),
        f.period.map(|p| p.to_string()).unwrap_or_default(),
        f.method.name().to_string(),
        f.capaian.map(|c| number(c, numbers)).unwrap_or_else(|| "-".into()),
        f.indicators.to_string(),
        left_out_text(f, lang),
    ];
    if ranked {
        row.push(f.rank.map(|r| r.to_string()).unwrap_or_else(|| "-".into()));
    }
    row
}

fn headers(lang: Lang, ranked: bool) -> Vec<String> {
    let mut h: Vec<String> = [
        Text::RollupColKey,
        Text::RollupColName,
        Text::RollupColPeriod,
        Text::RollupColMethod,
        Text::RollupColCapaian,
        Text::RollupColIndicators,
        Text::RollupColLeftOut,
    ]
    .into_iter()
    .map(|t| t.message(lang))
    .collect();
    if ranked {
        h.push(Text::RollupColRank.message(lang));
    }
    h
}

/// `figures` of `level` in `format`; `not_ranked` (when ranking) is named under the table.
pub(crate) fn render(
    figures: &[Figure],
    level: Level,
    format: RollupFormat,
    numbers: Convention,
    lang: Lang,
    not_ranked: Option<&[String]>,
) -> String {
    let ranked = not_ranked.is_some();
    match format {
        RollupFormat::Json => {
            let doc = serde_json::json!({
                "schema_version": 1,
                "level": level.name(),
                "figures": figures,
                "not_ranked": not_ranked,
            });
            format!("{}\n", serde_json::to_string_pretty(&doc).unwrap_or_default())
        }
        RollupFormat::Csv => {
            let sep = if numbers == Convention::Id { b';' } else { b',' };
            let mut w = csv::WriterBuilder::new().delimiter(sep).from_writer(Vec::new());
            // Machine names in the header, as `eval --format csv` has.
            let mut head = vec!["key", "name", "period", "method", "capaian", "indicators", "left_out"];
            if ranked {
                head.push("rank");
            }
            let _ = w.write_record(&head);
            for f in figures {
                let _ = w.write_record(
                    cells(f, numbers, lang, ranked).into_iter().map(|c| crate::output::neutralise(c).into_owned()),
                );
            }
            String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
        }
        RollupFormat::Table => {
            let rows: Vec<Vec<String>> = std::iter::once(headers(lang, ranked))
                .chain(figures.iter().map(|f| cells(f, numbers, lang, ranked)))
                .map(|r| r.iter().map(|c| crate::diagnostic::escape_controls(c, false).into_owned()).collect())
                .collect();
            let widths: Vec<usize> =
                (0..rows[0].len()).map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0)).collect();
            let mut out = String::new();
            for r in &rows {
                let line: Vec<String> = r
                    .iter()
                    .zip(&widths)
                    .enumerate()
                    .map(|(i, (c, w))| {
                        // Numbers right-aligned: capaian, indicators, rank.
                        if matches!(i, 4 | 5 | 7) { format!("{c:>w$}") } else { format!("{c:<w$}") }
                    })
                    .collect();
                out.push_str(line.join("  ").trim_end());
                out.push('\n');
            }
            if let Some(keys) = not_ranked.filter(|k| !k.is_empty()) {
                out.push_str(&Text::RollupNotRanked { keys: keys.join(", ") }.message(lang));
                out.push('\n');
            }
            out
        }
    }
}
