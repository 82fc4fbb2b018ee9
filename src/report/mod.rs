//! Writing a [`Report`](crate::eval::Report) as a table, JSON or CSV, and
//! the LAPKIN chapter (`lapkin/`) as HTML or XLSX.

mod columns;
mod csv_writer;
#[cfg(feature = "serve")]
pub(crate) use columns::page_cells;
pub(crate) mod lapkin;
mod stream;
mod table;

pub use stream::ReportFile;

use crate::diagnostic::Diagnostic;
use crate::eval::{IndicatorResult, Report};
use crate::lang::Lang;
use crate::number::Convention;
use csv_writer::CsvWriter;
use std::ops::Range;
use std::path::Path;

/// Output formats of `capaian eval`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Aligned columns for a terminal.
    #[default]
    Table,
    /// `{"schema_version": 1, "results": [...]}` with exact decimals.
    Json,
    /// One row per indicator-period.
    Csv,
}

/// How a report is written beyond its format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct RenderOptions {
    /// The number convention of table and CSV cells.
    pub numbers: Convention,
    /// The language of messages, statuses and headers.
    pub lang: Lang,
    /// The terminal's width: the table is fitted to it (names shortened,
    /// messages wrapped, optional columns left out and named). `None`
    /// writes every column whole (a pipe, a file, `--wide`).
    pub width: Option<usize>,
    /// Several periods were asked for: the table is a matrix of indicators
    /// × periods when it fits.
    pub matrix: bool,
}

impl RenderOptions {
    /// Options for `numbers` and `lang`, no width limit.
    pub fn new(numbers: Convention, lang: Lang) -> RenderOptions {
        RenderOptions { numbers, lang, width: None, matrix: false }
    }

    /// The same, as a matrix of indicators × periods when `matrix`.
    pub fn with_matrix(mut self, matrix: bool) -> RenderOptions {
        self.matrix = matrix;
        self
    }

    /// The same, fitted to `width` columns.
    pub fn with_width(mut self, width: Option<usize>) -> RenderOptions {
        self.width = width;
        self
    }
}

/// Renders the report in `format`, numbers in English style, messages in English.
pub fn render(report: &Report, format: Format) -> String {
    render_with(report, format, Convention::En, Lang::En)
}

/// Renders the report in `format`, with the numbers of the table and CSV
/// written in `numbers`' convention and messages, statuses and headers in
/// `lang`. Indonesian CSV is separated by `;`, as spreadsheets set to
/// Indonesian expect (the comma is the decimal mark). JSON numbers are JSON
/// numbers in every convention; JSON and CSV keep machine names (status,
/// columns) in every language.
pub fn render_with(report: &Report, format: Format, numbers: Convention, lang: Lang) -> String {
    render_opts(report, format, RenderOptions::new(numbers, lang))
}

/// Renders the report in `format` with `options`. Asked for as a matrix, a
/// report holding several periods of an indicator is a table of indicators
/// × periods when it fits; JSON and CSV stay one row per indicator-period.
pub fn render_opts(report: &Report, format: Format, options: RenderOptions) -> String {
    let RenderOptions { numbers, lang, width, matrix } = options;
    match format {
        Format::Json => {
            let mut s = serde_json::to_string_pretty(&report.to_json(lang))
                .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
            s.push('\n');
            s
        }
        Format::Csv => {
            let cols = columns::csv_columns(&report.results);
            let mut bytes = csv_header(&cols, numbers);
            bytes.extend(csv_rows(&report.results, &cols, numbers, lang));
            String::from_utf8(bytes).unwrap_or_default()
        }
        Format::Table if matrix && table::has_several_periods(report) => {
            table::matrix(report, numbers, lang, width).unwrap_or_else(|| table::table(report, numbers, lang, width))
        }
        Format::Table => table::table(report, numbers, lang, width),
    }
}

/// The CSV's field separator: `;` in the Indonesian convention, where the
/// comma is the decimal mark.
fn csv_delimiter(numbers: Convention) -> u8 {
    if numbers == Convention::Id { b';' } else { b',' }
}

/// The CSV's header line: the columns' machine names.
fn csv_header(cols: &[columns::Column], numbers: Convention) -> Vec<u8> {
    let mut w = CsvWriter::new(csv_delimiter(numbers), 1024);
    w.record(cols.iter().map(|c| c.key.as_bytes()));
    w.into_bytes()
}

/// The text a column last wrote that results share (its address, see
/// `Column::shared`) and where its cell lies in the writer's buffer.
type LastShared = Option<(usize, Range<usize>)>;

/// One step of writing a CSV line: how a column's cells are written
/// ([`columns::CsvCell`]), consecutive empty columns taken together.
enum Step<'c> {
    /// This many columns no result of the chunk fills.
    Empty(usize),
    Safe(&'c columns::Column),
    /// With the shared text the column last wrote.
    Shared(&'c columns::Column, LastShared),
    Checked(&'c columns::Column, bool),
}

/// The steps of a line of `results` under `cols`, decided once.
fn csv_steps<'c>(results: &[IndicatorResult], cols: &'c [columns::Column]) -> Vec<Step<'c>> {
    let present = columns::Present::of(results);
    let mut steps: Vec<Step<'c>> = Vec::with_capacity(cols.len());
    for c in cols {
        match (c.csv_cell(present), steps.last_mut()) {
            (columns::CsvCell::Empty, Some(Step::Empty(n))) => *n += 1,
            (columns::CsvCell::Empty, _) => steps.push(Step::Empty(1)),
            (columns::CsvCell::Safe, _) => steps.push(Step::Safe(c)),
            (columns::CsvCell::Shared, _) => steps.push(Step::Shared(c, None)),
            (columns::CsvCell::Checked { made_here }, _) => steps.push(Step::Checked(c, made_here)),
        }
    }
    steps
}

/// The CSV lines of `results` under `cols`.
///
/// Most cells of a national report are empty or repeat the row before, so
/// what each column needs is decided once for the results
/// ([`csv_steps`]): columns none of them fills are delimiters only;
/// numbers, periods and capaian's own names are written without being
/// looked at again; a text results share with their plan or indicator (its
/// path, rule file, an indicator's name …) is written once and copied
/// while consecutive results point at the same one.
fn csv_rows(results: &[IndicatorResult], cols: &[columns::Column], numbers: Convention, lang: Lang) -> Vec<u8> {
    let mut steps = csv_steps(results, cols);
    let mut w = CsvWriter::new(csv_delimiter(numbers), results.len() * (160 + 4 * cols.len()));
    for r in results {
        for step in &mut steps {
            match step {
                Step::Empty(n) => w.empty(*n),
                Step::Safe(c) => w.safe(|out| c.write(r, numbers, lang, false, out)),
                Step::Shared(c, last) => {
                    let shared = c.shared(r);
                    match (shared, &last) {
                        (Some(text), Some((was, at))) if text == *was => w.repeat(at.clone()),
                        _ => {
                            let at = w.cell(false, |out| c.write(r, numbers, lang, false, out));
                            *last = shared.map(|text| (text, at));
                        }
                    }
                }
                Step::Checked(c, made_here) => {
                    w.cell(*made_here, |out| c.write(r, numbers, lang, false, out));
                }
            }
        }
        w.end_line();
    }
    w.into_bytes()
}

/// Writes a report to `path` (`eval -o`): see [`crate::output::write_output`]
/// for what is refused and how it is written.
pub fn write_report(path: &Path, text: &str, inputs: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    crate::output::write_output(path, text.as_bytes(), inputs)
}

/// [`write_report`] for any bytes (a workbook), with the same refusals.
pub fn write_report_bytes(path: &Path, bytes: &[u8], inputs: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    crate::output::write_output(path, bytes, inputs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{EvalOptions, Evaluator};

    fn report() -> Report {
        let text = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n\
                    [[indicator]]\nid = \"A\"\nname = \"Persentase realisasi anggaran terhadap pagu yang ditetapkan\"\n\
                    target = 10\nrealisasi = { \"2024-06\" = 4 }\nbudget = { pagu = 1000, realisasi = { \"2024-06\" = 400 } }\n\
                    [[indicator]]\nid = \"B\"\ntarget = 10\n";
        let plan = crate::plan::read_toml_plan(Path::new("u.toml"), text, None).unwrap();
        Evaluator::new(EvalOptions::default()).evaluate(&[plan])
    }

    #[test]
    fn a_table_fits_the_terminal_and_names_what_it_leaves_out() {
        let r = report();
        let whole = render_opts(&r, Format::Table, RenderOptions::new(Convention::En, Lang::En));
        assert!(whole.lines().next().unwrap().contains("penyerapan %"), "{whole}");
        assert!(whole.lines().any(|l| l.chars().count() > 100), "{whole}");
        let fitted = render_opts(&r, Format::Table, RenderOptions::new(Convention::En, Lang::En).with_width(Some(110)));
        for line in fitted.lines() {
            assert!(line.chars().count() <= 110, "{} > 110: {line}\n{fitted}", line.chars().count());
        }
        assert!(
            fitted.contains("not shown at this terminal width: unit, pagu, realisasi anggaran, penyerapan %"),
            "{fitted}"
        );
        // The message is wrapped, not lost.
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words(&fitted).contains("realisasi reported up to 2024-06 only"), "{fitted}");
        let wide = render_opts(&r, Format::Table, RenderOptions::new(Convention::En, Lang::En).with_width(None));
        assert_eq!(wide, whole);
        // An 80-column terminal: names give way once nothing else can, and
        // the message still wraps inside the width.
        let narrow = render_opts(&r, Format::Table, RenderOptions::new(Convention::En, Lang::En).with_width(Some(80)));
        for line in narrow.lines() {
            assert!(line.chars().count() <= 80, "{} > 80: {line}\n{narrow}", line.chars().count());
        }
        assert!(words(&narrow).contains("realisasi reported up to 2024-06 only"), "{narrow}");
    }

    #[test]
    fn a_message_column_nobody_fills_is_left_out_of_a_fitted_table() {
        let text = "[unit]\nid = \"u\"\n[plan]\nyear = 2024\n[[indicator]]\nid = \"A\"\nname = \"Jumlah pemeriksaan spesimen klinis dan/atau sampel\"\ntarget = 10\nrealisasi = 9\n";
        let plan = crate::plan::read_toml_plan(Path::new("u.toml"), text, None).unwrap();
        let r = Evaluator::new(EvalOptions::default()).evaluate(&[plan]);
        let fitted = render_opts(&r, Format::Table, RenderOptions::new(Convention::En, Lang::En).with_width(Some(80)));
        let header = fitted.lines().next().unwrap();
        assert!(!header.contains("message") && header.chars().count() <= 80, "{fitted}");
        assert!(fitted.contains("90.00"), "{fitted}");
        // Too narrow for a message column beside the figures: each message
        // goes under its row, whole.
        let r = report();
        let tight = render_opts(&r, Format::Table, RenderOptions::new(Convention::En, Lang::En).with_width(Some(70)));
        for line in tight.lines() {
            assert!(line.chars().count() <= 70, "{} > 70: {line}\n{tight}", line.chars().count());
        }
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words(&tight).contains("realisasi reported up to 2024-06 only"), "{tight}");
        assert!(tight.lines().any(|l| l.starts_with("    no realisasi")), "{tight}");
    }

    /// The CSV lines of `results` with every cell looked at as any text
    /// is (escaped, neutralised, quoted): what [`csv_rows`] writes.
    fn every_cell_checked(results: &[IndicatorResult], cols: &[columns::Column], numbers: Convention) -> Vec<u8> {
        let mut w = CsvWriter::new(csv_delimiter(numbers), 0);
        for r in results {
            for c in cols {
                w.cell(c.is_made_here(), |out| c.write(r, numbers, Lang::En, false, out));
            }
            w.end_line();
        }
        w.into_bytes()
    }

    #[test]
    fn csv_lines_are_those_of_every_cell_checked() {
        // Awkward texts, a negative range, a ratio, a budget, a programme
        // with its code, and indicators without any of them; then every
        // example.
        let text = r#"
[unit]
id = "=u,1"
[plan]
year = 2024
kind = "RKT"
[[indicator]]
id = "-A"
name = "a, \"b\"\nc"
satuan = "%;x"
target = "-10 - -5"
realisasi = { "2024-06" = -7 }
polarity = "turun"
program = { kode = "5 03", nama = "@Prog" }
budget = { pagu = 1000, realisasi = { "2024-06" = 400 } }
[[indicator]]
id = "B"
target = 10
[[indicator]]
id = "C"
satuan = "rasio"
target = "1:32"
realisasi = 30
sasaran = "S\u0007"
"#;
        let plan = crate::plan::read_toml_plan(Path::new("u.toml"), text, None).unwrap();
        let mut reports = vec![Evaluator::new(EvalOptions::default()).evaluate(&[plan])];
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for entry in std::fs::read_dir(examples).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                let loaded = crate::plan::load_paths(&[path], None).unwrap();
                reports.push(Evaluator::new(EvalOptions::default()).evaluate(&loaded.plans));
            }
        }
        let mut cells = 0;
        for report in &reports {
            let cols = columns::csv_columns(&report.results);
            for numbers in [Convention::En, Convention::Id] {
                // Whole, and in parts of three (what some parts lack, others have).
                let whole = every_cell_checked(&report.results, &cols, numbers);
                let lines = String::from_utf8_lossy(&whole);
                assert_eq!(String::from_utf8_lossy(&csv_rows(&report.results, &cols, numbers, Lang::En)), lines);
                let parts: Vec<u8> =
                    report.results.chunks(3).flat_map(|part| csv_rows(part, &cols, numbers, Lang::En)).collect();
                assert_eq!(String::from_utf8_lossy(&parts), lines);
                cells += report.results.len() * cols.len();
            }
        }
        assert!(reports[0].results.len() == 3 && cells > 1000, "{cells} cells");
        let first = render(&reports[0], Format::Csv);
        assert!(first.contains("'=u,1") && first.contains("'-10–-5") && first.contains("1:32"), "{first}");
    }

    #[test]
    fn budget_figures_are_in_every_format() {
        let r = report();
        let csv = render(&r, Format::Csv);
        assert!(csv.lines().next().unwrap().contains(",pagu,realisasi_anggaran,penyerapan,"), "{csv}");
        assert!(csv.contains(",1000,400,40.00,"), "{csv}");
        let json = render(&r, Format::Json);
        assert!(json.contains("\"penyerapan\": 40.00"), "{json}");
        let table = render(&r, Format::Table);
        assert!(table.lines().nth(1).unwrap().contains("  1000                 400         40.00"), "{table}");
    }
}
