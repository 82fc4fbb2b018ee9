//! The columns of a report (CSV and the table), and how a plans folder
//! tells a report written into it from a plan, so `eval DIR -o DIR/x.csv`
//! does not read its own output back on the next run.

use crate::diagnostic::Text;
use crate::lang::Lang;

/// Column names of CSV output: machine names in every language, like JSON's,
/// so scripts reading them work whatever the reader's locale.
pub(crate) const REPORT_COLUMNS: [&str; 10] =
    ["unit", "indicator", "name", "period", "target", "realisasi", "capaian", "kategori", "status", "message"];

/// The table's headers, in the reader's language.
pub(crate) fn report_headers(lang: Lang) -> [String; 10] {
    [
        Text::ColumnUnit,
        Text::ColumnIndicator,
        Text::ColumnName,
        Text::ColumnPeriod,
        Text::ColumnTarget,
        Text::ColumnRealisasi,
        Text::ColumnCapaian,
        Text::ColumnKategori,
        Text::ColumnStatus,
        Text::ColumnMessage,
    ]
    .map(|t| t.message(lang))
}

/// Whether `text` is a report of `capaian eval` in any format and language:
/// a CSV whose header is the report's columns, a table whose first line is
/// its headers, or a JSON object of results. No plan starts like these.
pub(crate) fn is_report(text: &str) -> bool {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim_start().starts_with('{') {
        return text.contains("\"results\"");
    }
    let first = text.lines().next().unwrap_or("").trim();
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    // Reports add columns after the first ten as results call for them.
    let csv = |sep: char| first.split(sep).map(str::trim).take(REPORT_COLUMNS.len()).eq(REPORT_COLUMNS);
    let table = |l: &Lang| words(first).starts_with(&report_headers(*l)[..9].join(" "));
    csv(',') || csv(';') || [Lang::En, Lang::Id].iter().any(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_are_told_from_plans() {
        assert!(is_report("unit,indicator,name,period,target,realisasi,capaian,kategori,status,message\n"));
        assert!(is_report("unit;indicator;name;period;target;realisasi;capaian;kategori;status;message\r\n"));
        assert!(is_report("unit  indicator  name  period  target  realisasi  capaian  kategori  status  message\n"));
        assert!(is_report("{\n  \"results\": []\n}\n"));
        assert!(!is_report("unit,indicator,period,target,realisasi\n"));
        assert!(!is_report("[unit]\nid = \"u\"\n"));
    }
}
