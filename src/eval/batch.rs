//! A national run a batch of files at a time (`eval -o` of a CSV or JSON
//! report): read a batch, evaluate it, hand its results on and let it go,
//! so memory holds one batch's plans, not twenty thousand units'.
//!
//! The results are those of reading every file first: files are read in
//! the same order, plans evaluated in the same order, the warnings about
//! what the whole run lacks given once at the end. The one thing a batch
//! cannot see is another batch: a unit whose plans of different years are
//! in different batches joins its years only when they are read together,
//! so the run says so ([`BatchStop::Joined`]) and the caller reads it whole.

use super::{Evaluator, IndicatorResult, Run, work_of};
use crate::diagnostic::Diagnostic;
use crate::number::Convention;
use crate::plan::{Input, LoadError, load_inputs};
use std::collections::HashMap;
use std::path::PathBuf;

/// What a batched run read besides its results: what [`crate::plan::Loaded`]
/// holds of a whole run, in the same order.
#[derive(Debug, Default)]
pub(crate) struct BatchRead {
    /// Files of a folder that could not be read.
    pub failed: Vec<Diagnostic>,
    /// Warnings of reading.
    pub warnings: Vec<Diagnostic>,
    /// Problems of table cells (each plan's `problems`).
    pub problems: Vec<Diagnostic>,
    /// The files plans were read from.
    pub plan_paths: Vec<PathBuf>,
}

/// Why a batched run stopped.
#[derive(Debug)]
pub(crate) enum BatchStop<E> {
    /// A file could not be read: the run stops as a whole one would.
    Load(LoadError),
    /// The sink refused a chunk.
    Sink(E),
    /// A unit has plans of different years in different batches: only a
    /// run that reads them together joins its years.
    Joined,
}

/// The units seen so far and the years of their plans.
#[derive(Default)]
struct Units(HashMap<String, (usize, Vec<i32>)>);

impl Units {
    /// Records the plans of batch `at`; false when a unit of it had a plan
    /// of another year in an earlier batch (or the reverse).
    fn add(&mut self, at: usize, plans: &[crate::model::Plan]) -> bool {
        for plan in plans {
            let (first, years) = self.0.entry(plan.unit.id.clone()).or_insert_with(|| (at, Vec::new()));
            if let Some(y) = plan.year
                && !years.contains(&y)
            {
                years.push(y);
            }
            if *first != at && years.len() > 1 {
                return false;
            }
        }
        true
    }
}

impl Evaluator {
    /// Reads and evaluates `inputs` about `batch_bytes` of files at a time,
    /// handing results to `sink` in chunks of at most `chunk` rows, in the
    /// order a whole run gives them, with the files plans were read from so
    /// far (a report must not be written over one of them). On [`BatchStop::Joined`] nothing of the
    /// run counts: its warnings are taken back, and the caller runs whole.
    pub(crate) fn evaluate_batched<E>(
        &mut self,
        inputs: Vec<Input>,
        numbers: Option<Convention>,
        batch_bytes: u64,
        chunk: usize,
        mut sink: impl FnMut(Vec<IndicatorResult>, &[PathBuf]) -> Result<(), E> + Send,
    ) -> Result<BatchRead, BatchStop<E>>
    where
        E: Send,
    {
        let warned = self.warnings.len();
        let progress = self.progress.take();
        let files = inputs.iter().filter(|i| matches!(i, Input::File { .. })).count();
        let mut done = 0;
        let mut out = BatchRead::default();
        let mut units = Units::default();
        let mut years: Vec<i32> = Vec::new();
        let count = |b: &[Input]| b.iter().filter(|i| matches!(i, Input::File { .. })).count();
        let cut = batches(inputs, batch_bytes);
        // Reading, evaluating and writing all run on the evaluator's
        // threads, so work-stealing shares both cores between the batch
        // being read and the one being evaluated; two pools of their own
        // each kept a thread waiting on the other's work.
        let pool = if cut.len() > 1 { self.pool(usize::MAX) } else { None };
        let run = || {
            let mut cut = cut.into_iter().enumerate();
            let mut next = cut.next().map(|(at, b)| (at, count(&b), load_inputs(b, numbers)));
            let mut previous: Option<crate::plan::Loaded> = None;
            while let Some((at, in_batch, loaded)) = next.take() {
                done += in_batch;
                let mut loaded = loaded.map_err(BatchStop::Load)?;
                if !units.add(at, &loaded.plans) {
                    return Err(BatchStop::Joined);
                }
                years.extend(loaded.plans.iter().filter_map(|p| p.year));
                out.failed.append(&mut loaded.failed);
                out.warnings.append(&mut loaded.warnings);
                out.problems.extend(loaded.plans.iter().flat_map(|p| p.problems.iter().cloned()));
                out.plan_paths.extend(loaded.plans.iter().map(|p| p.path.clone()));
                // The next batch is read, and the one before let go, while
                // this one is evaluated and written: what either does on one
                // thread (preparing the work, writing, freeing) overlaps the other.
                let (paths, plans, this, sink) = (&out.plan_paths, &loaded.plans, &mut *self, &mut sink);
                let (following, old) = (cut.next(), previous.take());
                let (evaluated, read) = rayon::join(
                    move || this.evaluate_overlapped(plans, chunk, |c| sink(c, paths)),
                    move || {
                        drop(old);
                        following.map(|(at, b)| (at, count(&b), load_inputs(b, numbers)))
                    },
                );
                evaluated.map_err(BatchStop::Sink)?;
                next = read;
                previous = Some(loaded);
                if let Some(p) = &progress {
                    p(done, files);
                }
            }
            Ok(())
        };
        let run = match pool {
            Some(pool) => pool.install(run),
            None => run(),
        };
        self.progress = progress;
        match run {
            Ok(()) => {
                self.warn_unused_asks(&years);
                Ok(out)
            }
            Err(e) => {
                self.warnings.truncate(warned);
                Err(e)
            }
        }
    }

    /// [`Evaluator::evaluate_part`], with each chunk handed to `sink` (the
    /// report rendered and written) while the next chunk is evaluated: one
    /// after the other, the writing left a core idle.
    fn evaluate_overlapped<E: Send>(
        &mut self,
        plans: &[crate::model::Plan],
        chunk: usize,
        mut sink: impl FnMut(Vec<IndicatorResult>) -> Result<(), E> + Send,
    ) -> Result<(), E> {
        let prepared = self.prepare(plans);
        let work = work_of(&prepared);
        let run = Run::new(work.len(), self.progress.clone());
        let Some(pool) = self.pool(work.len()) else {
            return run.in_turn(&work, chunk, None, sink);
        };
        let mut ready: Option<Vec<IndicatorResult>> = None;
        for part in work.chunks(chunk.max(1)) {
            let (sunk, results) =
                pool.install(|| rayon::join(|| ready.take().map_or(Ok(()), &mut sink), || run.part(part, true)));
            sunk?;
            ready = Some(results);
        }
        ready.map_or(Ok(()), sink)
    }
}

/// `inputs` cut into batches of at least `bytes` of files each (the last
/// may hold less), in order.
fn batches(inputs: Vec<Input>, bytes: u64) -> Vec<Vec<Input>> {
    let mut out = vec![Vec::new()];
    let mut size = 0;
    for input in inputs {
        if size >= bytes {
            out.push(Vec::new());
            size = 0;
        }
        size += input.size();
        if let Some(b) = out.last_mut() {
            b.push(input);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::EvalOptions;
    use crate::report::{Format, RenderOptions, render_opts};
    use std::path::Path;

    fn write(dir: &Path, name: &str, unit: &str, year: i32, realisasi: u32) {
        let text = format!(
            "[unit]\nid = \"{unit}\"\n[plan]\nyear = {year}\n\
             [[indicator]]\nid = \"A\"\ntarget = 10\nrealisasi = {realisasi}\n\
             [[indicator]]\nid = \"B\"\ntarget = 0\nrealisasi = 5\n"
        );
        std::fs::write(dir.join(name), text).unwrap();
    }

    /// The CSV of a batched run with `bytes` per batch and its warnings.
    fn batched(dir: &Path, bytes: u64, options: EvalOptions) -> Result<(String, Vec<String>), &'static str> {
        let mut ev = Evaluator::new(options);
        let mut results = Vec::new();
        let inputs = crate::plan::inputs(&[dir.to_path_buf()]);
        let run = ev.evaluate_batched(inputs, None, bytes, 1, |chunk, _| {
            results.extend(chunk);
            Ok::<(), ()>(())
        });
        let warnings = ev.warnings.iter().map(|d| d.kind.code().to_string()).collect();
        match run {
            Ok(_) => {
                let report = crate::eval::Report { results };
                Ok((render_opts(&report, Format::Csv, RenderOptions::default()), warnings))
            }
            Err(BatchStop::Joined) if warnings.is_empty() => Err("joined"),
            Err(_) => Err("other"),
        }
    }

    fn whole(dir: &Path, options: EvalOptions) -> (String, Vec<String>) {
        let loaded = crate::plan::load_paths(&[dir.to_path_buf()], None).unwrap();
        let mut ev = Evaluator::new(options);
        let report = ev.evaluate(&loaded.plans);
        let warnings = ev.warnings.iter().map(|d| d.kind.code().to_string()).collect();
        (render_opts(&report, Format::Csv, RenderOptions::default()), warnings)
    }

    #[test]
    fn a_run_read_a_file_at_a_time_gives_what_a_whole_run_gives() {
        let dir = tempfile::tempdir().unwrap();
        for (i, unit) in ["a", "b", "c", "d"].iter().enumerate() {
            write(dir.path(), &format!("{unit}.toml"), unit, 2024, 3 + i as u32);
        }
        // A period of a year no plan has: the warning about it comes once.
        let options =
            || EvalOptions { periods: crate::model::Period::parse_many("2024..2025").unwrap(), ..Default::default() };
        let all = whole(dir.path(), options());
        assert!(all.1.iter().any(|c| c == "plan/periods-without-plan"), "{:?}", all.1);
        for bytes in [1, 200, u64::MAX] {
            assert_eq!(batched(dir.path(), bytes, options()), Ok(all.clone()), "batches of {bytes} bytes");
        }
    }

    #[test]
    fn a_unit_whose_years_are_in_different_batches_asks_for_a_whole_run() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "a-2023.toml", "a", 2023, 4);
        write(dir.path(), "a-2024.toml", "a", 2024, 6);
        write(dir.path(), "b-2024.toml", "b", 2024, 6);
        assert_eq!(batched(dir.path(), 1, EvalOptions::default()), Err("joined"));
        // Read together, the years join: 2024's rows carry 2023's figures.
        let all = whole(dir.path(), EvalOptions::default());
        assert!(all.0.lines().next().unwrap().contains("2023"), "{}", all.0);
        assert_eq!(batched(dir.path(), u64::MAX, EvalOptions::default()), Ok(all));
        // The unit's two years in the first batch, the other unit in the
        // second: nothing to join across them.
        let first = std::fs::metadata(dir.path().join("a-2023.toml")).unwrap().len() + 1;
        assert_eq!(batched(dir.path(), first, EvalOptions::default()), Ok(whole(dir.path(), EvalOptions::default())));
    }

    #[test]
    fn batches_hold_at_least_their_size_and_keep_the_order() {
        let file = |n: u64| Input::File { path: PathBuf::from(n.to_string()), in_folder: true, size: n };
        let cut = batches(vec![file(3), file(4), Input::Warnings(Vec::new()), file(1), file(9), file(2)], 5);
        let sizes: Vec<Vec<u64>> = cut.iter().map(|b| b.iter().map(Input::size).collect()).collect();
        assert_eq!(sizes, vec![vec![3, 4], vec![0, 1, 9], vec![2]]);
    }
}
