//! Writing a report to a file while it is computed (`eval -o`): each chunk
//! of results is written and let go, so a national run never holds every
//! result and the whole rendered text at once. The file is the one
//! [`render_opts`](super::render_opts) would write, byte for byte, and
//! appears whole or not at all (`output.rs`).
//!
//! JSON and CSV stream. The table stays whole: its column widths depend on
//! every row, so its results are kept until [`ReportFile::finish`]. A CSV
//! whose later rows call for columns the earlier ones did not (an earlier
//! year, a rule's output first returned late) has its earlier lines
//! rewritten once with those columns empty, as the whole report has them.

use super::columns::{self, Column};
use super::csv_writer::CsvWriter;
use super::{Format, RenderOptions, csv_delimiter, csv_header, csv_rows, render_opts};
use crate::diagnostic::Diagnostic;
use crate::eval::{IndicatorResult, Report, ReportJson, SCHEMA_VERSION};
use crate::output::OutputFile;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// CSV rows rendered together on one thread: a CSV line does not depend on
/// its neighbours, so a chunk is cut into parts rendered in parallel.
const RENDER_PART: usize = 128;

/// A report being written to a file, chunk by chunk.
pub struct ReportFile {
    path: PathBuf,
    inputs: Vec<PathBuf>,
    format: Format,
    options: RenderOptions,
    /// Opened at the first chunk, so a refused path is reported where a
    /// whole report's would be: after the evaluation's own warnings.
    file: Option<OutputFile>,
    state: State,
}

/// What the format needs to carry from one chunk to the next.
enum State {
    /// Results written so far (none: the `[` still open, nothing after it).
    Json { written: usize },
    /// Earlier years and output names whose columns are written so far
    /// (`None`: no header yet).
    Csv { columns: Option<(Vec<i32>, Vec<String>)> },
    /// Every result, for the widths.
    Table(Vec<IndicatorResult>),
}

impl ReportFile {
    /// A report in `format` to be written to `path`, refusing what
    /// [`write_report`](super::write_report) refuses (`inputs`: the plans read).
    pub fn new(path: &Path, inputs: Vec<PathBuf>, format: Format, options: RenderOptions) -> ReportFile {
        let state = match format {
            Format::Json => State::Json { written: 0 },
            Format::Csv => State::Csv { columns: None },
            Format::Table => State::Table(Vec::new()),
        };
        ReportFile { path: path.to_path_buf(), inputs, format, options, file: None, state }
    }

    /// Adds plan files read since the report was started (a run read a
    /// batch at a time): the report is not put over any of them either.
    /// `inputs` holds every file given so far, those already known first.
    #[cfg(feature = "cli")]
    pub(crate) fn read_more(&mut self, inputs: &[PathBuf]) {
        if let Some(new) = inputs.get(self.inputs.len()..) {
            self.inputs.extend_from_slice(new);
        }
    }

    /// Writes the next results, in order.
    pub fn write(&mut self, results: Vec<IndicatorResult>) -> Result<(), Diagnostic> {
        let RenderOptions { numbers, lang, .. } = self.options;
        let opened = self.file.is_some();
        if !opened {
            self.file = Some(OutputFile::create(&self.path, &self.inputs)?);
        }
        let Some(file) = self.file.as_mut() else { return Ok(()) };
        match &mut self.state {
            State::Table(all) => {
                all.extend(results);
                Ok(())
            }
            State::Json { written } => {
                let mut text = if opened { String::new() } else { json_frame().0 };
                // Each result is rendered on its own (on the run's threads),
                // then written in order.
                let items: Vec<String> = results
                    .par_iter()
                    .map(|r| {
                        let mut item = String::new();
                        json_item(&mut item, &serde_json::to_string_pretty(&r.to_json(lang)).unwrap_or_default());
                        item
                    })
                    .collect();
                for item in items {
                    text.push_str(if *written == 0 { "\n" } else { ",\n" });
                    *written += 1;
                    text.push_str(&item);
                }
                file.write(text.as_bytes())
            }
            State::Csv { columns } => {
                let (years, names) = columns.take().unwrap_or_default();
                let mut all_years = years.clone();
                all_years.extend(columns::earlier_years(&results));
                all_years.sort_unstable_by(|a, b| b.cmp(a));
                all_years.dedup();
                let mut all_names = names.clone();
                for name in columns::output_names(&results) {
                    if !all_names.contains(&name) {
                        all_names.push(name);
                    }
                }
                let cols = columns::csv_columns_for(&all_years, &all_names);
                if !opened {
                    file.write(&csv_header(&cols, numbers))?;
                } else if (&all_years, &all_names) != (&years, &names) {
                    let old = columns::csv_columns_for(&years, &names);
                    let delimiter = csv_delimiter(numbers);
                    file.rewrite(|from, to| widen_csv(from, to, &old, &cols, delimiter))?;
                }
                let parts: Vec<Vec<u8>> =
                    results.par_chunks(RENDER_PART).map(|part| csv_rows(part, &cols, numbers, lang)).collect();
                for part in parts {
                    file.write(&part)?;
                }
                *columns = Some((all_years, all_names));
                Ok(())
            }
        }
    }

    /// Ends the report and puts it in place.
    pub fn finish(mut self) -> Result<(), Diagnostic> {
        let tail = match std::mem::replace(&mut self.state, State::Json { written: 0 }) {
            State::Table(results) => render_opts(&Report { results }, self.format, self.options),
            State::Json { written: 0 } if self.file.is_none() => {
                render_opts(&Report::default(), Format::Json, self.options)
            }
            State::Json { written: 0 } => format!("]{}", json_frame().1),
            State::Json { .. } => format!("\n  ]{}", json_frame().1),
            State::Csv { columns: None } => render_opts(&Report::default(), Format::Csv, self.options),
            State::Csv { .. } => String::new(),
        };
        let mut file = match self.file.take() {
            // Plans read after the file was started count too.
            Some(file) => crate::output::output_target(&self.path, &self.inputs).map(|_| file)?,
            None => OutputFile::create(&self.path, &self.inputs)?,
        };
        file.write(tail.as_bytes())?;
        file.commit()
    }
}

/// The JSON document around its results, as the whole report is written:
/// what comes before the first result and what follows the closing `]`.
/// Cut from the document of no results (`"results": []`), so it follows
/// [`ReportJson`] wherever that goes.
fn json_frame() -> (String, String) {
    let empty = ReportJson { schema_version: SCHEMA_VERSION, results: Vec::new() };
    let text = serde_json::to_string_pretty(&empty).unwrap_or_default();
    match text.rsplit_once("[]") {
        Some((head, tail)) => (format!("{head}["), format!("{tail}\n")),
        None => (format!("{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"results\": ["), String::from("\n}\n")),
    }
}

/// Appends one result's pretty JSON as an element of the results array:
/// every line indented by two levels (JSON strings hold no raw newline).
fn json_item(out: &mut String, pretty: &str) {
    for (i, line) in pretty.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
}

/// Rewrites CSV lines written under `old` columns for `new` ones (which
/// hold every old one): a cell of a column the old lines did not have is
/// empty, as a result without that figure writes it.
fn widen_csv(
    from: &mut dyn std::io::Read,
    to: &mut dyn std::io::Write,
    old: &[Column],
    new: &[Column],
    delimiter: u8,
) -> std::io::Result<()> {
    let at: Vec<Option<usize>> = new.iter().map(|c| old.iter().position(|o| o.what == c.what)).collect();
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(true).from_reader(from);
    let mut lines = CsvWriter::new(delimiter, 1 << 16);
    lines.record(new.iter().map(|c| c.key.as_bytes()));
    for record in reader.byte_records() {
        let record = record?;
        lines.record(at.iter().map(|i| i.and_then(|i| record.get(i)).unwrap_or_default()));
        if lines.len() >= 1 << 16 {
            to.write_all(&lines.take())?;
        }
    }
    to.write_all(&lines.take())?;
    to.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{EvalOptions, Evaluator};
    use crate::lang::Lang;
    use crate::number::Convention;
    use crate::rules::{BuiltinStore, Layered, MemoryStore};
    use std::sync::Arc;

    /// Two years of a unit; a rule that returns an output only for the
    /// last indicator, so the CSV's later rows add columns.
    fn plans() -> Vec<crate::model::Plan> {
        let plan = |year: i32, extra: &str| {
            let text = format!(
                "[unit]\nid = \"u\"\n[plan]\nyear = {year}\n\
                 [[indicator]]\nid = \"A\"\nname = \"a, \\\"quoted\\\"\"\ntarget = 10\nrealisasi = 5\n\
                 [[indicator]]\nid = \"B\"\ntarget = 0\nrealisasi = 5\n{extra}"
            );
            crate::plan::read_toml_plan(Path::new(&format!("u{year}.toml")), &text, None).unwrap()
        };
        let late = "[[indicator]]\nid = \"C\"\nrule = \"keluar\"\ntarget = 10\nrealisasi = 7\n";
        vec![plan(2023, ""), plan(2024, late)]
    }

    fn evaluator() -> Evaluator {
        let rule = "fn capaian(x) { #{ capaian: x.value / x.target * 100, outputs: #{ kolom_8: 8, teks: \"t\" } } }";
        let mine = MemoryStore::new("<mine>").with_rule("keluar", rule);
        Evaluator::with_store(EvalOptions::default(), Arc::new(Layered(vec![Arc::new(mine), Arc::new(BuiltinStore)])))
    }

    /// What `ReportFile` writes with chunks of `chunk` results.
    fn streamed(format: Format, options: RenderOptions, chunk: usize, plans: &[crate::model::Plan]) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out");
        let mut file = ReportFile::new(&path, Vec::new(), format, options);
        evaluator().evaluate_chunks(plans, chunk, |c| file.write(c)).unwrap();
        file.finish().unwrap();
        std::fs::read_to_string(&path).unwrap()
    }

    #[test]
    fn chunks_write_the_whole_report_byte_for_byte() {
        let plans = plans();
        let whole_report = evaluator().evaluate(&plans);
        assert!(whole_report.results.iter().any(|r| !r.earlier.is_empty()), "an earlier year is joined");
        assert!(whole_report.results.last().unwrap().output("kolom_8").is_some(), "the last row has outputs");
        for options in [RenderOptions::new(Convention::En, Lang::En), RenderOptions::new(Convention::Id, Lang::Id)] {
            for format in [Format::Csv, Format::Json, Format::Table] {
                let whole = render_opts(&whole_report, format, options);
                for chunk in [1, 2, 1024] {
                    assert_eq!(streamed(format, options, chunk, &plans), whole, "{format:?} in chunks of {chunk}");
                }
                let none = render_opts(&Report::default(), format, options);
                assert_eq!(streamed(format, options, 1, &[]), none, "{format:?} of nothing");
            }
        }
        // The CSV's later rows did add columns to the earlier ones.
        let csv = streamed(Format::Csv, RenderOptions::new(Convention::En, Lang::En), 1, &plans);
        assert!(csv.lines().next().unwrap().ends_with(",realisasi_2023,capaian_2023,kolom_8,teks"), "{csv}");
    }

    #[test]
    fn a_refused_file_is_not_written_and_a_failed_run_leaves_none() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("u.toml");
        std::fs::write(&input, "plan").unwrap();
        let options = RenderOptions::new(Convention::En, Lang::En);
        let mut file = ReportFile::new(&input, vec![input.clone()], Format::Csv, options);
        assert_eq!(file.write(Vec::new()).unwrap_err().kind.code(), "output/is-input");
        assert_eq!(std::fs::read_to_string(&input).unwrap(), "plan");
        // Chunks written, then the run stops: no file, no temporary file.
        let out = dir.path().join("out.csv");
        let mut file = ReportFile::new(&out, Vec::new(), Format::Csv, options);
        let stopped = evaluator().evaluate_chunks(&plans(), 1, |c| {
            file.write(c)?;
            Err(Diagnostic::error(crate::diagnostic::Kind::OutputNotRegular { path: String::new() }))
        });
        assert!(stopped.is_err());
        drop(file);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, vec![std::ffi::OsString::from("u.toml")]);
    }
}
