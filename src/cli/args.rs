//! Argument definitions (clap derive).

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Performance indicators (capaian kinerja) of Indonesian government units,
/// with formulas as code.
#[derive(Debug, Parser)]
#[command(name = "capaian", version, about)]
pub(super) struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
    /// How errors and warnings are written to standard error: text with the
    /// source line, or one JSON object per line for machines.
    #[arg(long, global = true, value_enum, default_value_t = ErrorsFormat::Text)]
    pub errors: ErrorsFormat,
    /// The language of messages, help and table headers: id (Bahasa
    /// Indonesia) or en. Default: from LC_ALL / LC_MESSAGES / LANG (id_* gives id), else en.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum LangArg {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

/// `--errors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ErrorsFormat {
    /// `error[code]: …`, `--> file:line:col`, the source line and a caret.
    Text,
    /// One JSON object per diagnostic and line (JSON Lines).
    Json,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub(super) enum Command {
    /// Compute target, realisasi, capaian and kategori of every indicator.
    Eval(EvalArgs),
    /// Evaluate one expression with the rule engine and print the exact result.
    Calc(CalcArgs),
    /// Show how one indicator's figures were computed: inputs, rule lines, rounding, kategori.
    Explain(ExplainArgs),
    /// Roll capaian up per sasaran, per unit or per region (units file), with what each figure counts and leaves out.
    Rollup(RollupArgs),
    /// Check plans without evaluating: schema, rules, parameters, and validation rules (totals add up …).
    Check(CheckArgs),
    /// Print the pohon kinerja (tujuan → sasaran → IKU → IKK) of the plans, each indicator with its capaian and kategori.
    Tree(TreeArgs),
    /// Write chapter III of the LAPKIN (measurement by sasaran, comparison, budget, progression, notes, charts) as HTML or XLSX.
    Report(ReportArgs),
    /// List the results a rule change moves: rules at git revision REV against the work tree.
    Diff(DiffArgs),
    /// Run the fixture cases under each PATH (rules/**/tests, examples/*/tests).
    Test(TestArgs),
    /// Make the data collection workbooks of a plan, one per team (SOP steps 2-3): the plan's figures locked, the realisasi cells open.
    Template(TemplateArgs),
    /// Read the filled collection workbooks and write a new plan with their realisasi merged (SOP step 4).
    Collect(CollectArgs),
    /// Serve the planner's web page: upload plans, see results, explanations and downloads (Bahasa Indonesia unless --lang en).
    #[cfg(feature = "serve")]
    Serve(ServeArgs),
    /// Print the reference of the helper functions rules can call (Markdown).
    Functions,
    /// Print every error and warning code with its message in each language (Markdown).
    Codes,
    /// Print the JSON Schema of `eval --format json` (docs/result.schema.json).
    Schema,
    /// Write Rhai definition files (.d.rhai) of the rule language for editors: helper functions and the keys of x.
    Definitions {
        /// The folder to write them to (created if needed).
        #[arg(long, short, value_name = "DIR")]
        output: PathBuf,
    },
    /// Print the manual page (roff) of capaian; with -o DIR, write one page per subcommand.
    Manpage {
        /// The folder to write capaian.1, capaian-eval.1, … to (created if needed); without it the main page goes to standard output.
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// Print the shell completion script (bash, zsh, fish, powershell or elvish).
    Completions {
        /// The shell: bash, zsh, fish, powershell or elvish.
        shell: clap_complete::Shell,
    },
}

/// `capaian eval`.
#[derive(Debug, clap::Args)]
pub(super) struct EvalArgs {
    /// Plan files (.toml), CSV files, workbooks (.xlsx, .ods), or folders of plans.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The period to evaluate: a year (2024), a month (2024-06, Juni 2024), a quarter (2024-Q2, TW II 2024) or a half-year (2024-S1, Semester I 2024); or a range of one grain, 2024-Q1..2024-Q4, 2024-01..2024-06.
    #[arg(long)]
    pub period: Option<String>,
    /// Evaluate every period of each plan's year at this grain: months, quarters or semesters (bulan, triwulan, semester), each figure to date.
    #[arg(long, value_name = "GRAIN", conflicts_with = "period")]
    pub periods: Option<String>,
    /// Earlier years to show beside each result, e.g. 2023,2022 (default: every earlier year of the unit among the plans given).
    #[arg(long, value_name = "YEARS", value_delimiter = ',')]
    pub compare: Option<Vec<i32>>,
    /// Show every column of the table whole, however wide the terminal (output to a pipe or file always is).
    #[arg(long)]
    pub wide: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// How plans are read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Write the report to this file (atomically) instead of standard
    /// output; CSV and JSON are then written as they are computed, the plans
    /// read a batch of files at a time (for national runs).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Write the numbers of the table and CSV as id (15.174; 151,74; CSV
    /// separated by `;`) or en (15174; 151.74), the default. JSON is not
    /// affected.
    #[arg(long, value_enum, value_name = "CONVENTION")]
    pub print_numbers: Option<NumbersArg>,
    /// Time the run's rule calls may take together, in seconds (default:
    /// 120); once spent, every further rule call fails with sandbox/run-time.
    #[arg(long, value_name = "SECONDS")]
    pub time_limit: Option<u64>,
    /// Evaluate on this many threads (default: one per available core); the
    /// output is the same whatever the number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

/// `capaian tree`.
#[derive(Debug, clap::Args)]
pub(super) struct TreeArgs {
    /// Plan files, CSV files, workbooks, or folders of plans; give the plans of every unit the tree links (a Labkesmas IKK under a Ditjen IKU).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The period whose capaian is shown, as for eval (default: the plan year).
    #[arg(long)]
    pub period: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TreeFormat::Table)]
    pub format: TreeFormat,
    /// How plans are read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Write the tree to this file (atomically) instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// `capaian tree --format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum TreeFormat {
    /// An indented table.
    Table,
    /// JSON: the nodes of each plan with depth and parent.
    Json,
}

/// `capaian report`.
#[derive(Debug, clap::Args)]
pub(super) struct ReportArgs {
    /// Plan files or folders of one unit: the latest year (its latest revision) is reported, earlier years are compared.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// html (one self-contained file that prints to A4) or xlsx (a workbook with Excel tables and charts); default: from the -o file's extension, else html.
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// The file to write (atomically; never one of the plans).
    #[arg(long, short, required = true)]
    pub output: PathBuf,
    /// How plans are read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `capaian report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(super) enum ReportFormat {
    /// One HTML file: inline CSS and SVG charts, no script, prints to A4.
    Html,
    /// An Excel workbook: one sheet per section, Excel tables, native charts.
    Xlsx,
}

/// Options shared by the commands that read plans.
#[derive(Debug, clap::Args)]
pub(super) struct InputArgs {
    /// Number convention of text values: id (1.152.699; 0,99) or en (1,152,699; 0.99).
    #[arg(long, value_enum)]
    pub numbers: Option<NumbersArg>,
    /// Extra folder of rules, searched before the rules/ folders next to the plans.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
}

/// `capaian check`.
#[derive(Debug, clap::Args)]
pub(super) struct CheckArgs {
    /// Plan files, CSV files, workbooks, or folders of plans.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Fail on warnings too.
    #[arg(long)]
    pub strict: bool,
    /// Realisations are due for every period up to this one (default: the latest period with any realisasi).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// How plans are read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `capaian check --format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum CheckFormat {
    /// Each finding with its file, line and source text, then a summary.
    Text,
    /// JSON `{"findings": [...]}`.
    Json,
}

/// `capaian diff`.
#[derive(Debug, clap::Args)]
pub(super) struct DiffArgs {
    /// The git revision to compare the rules with (HEAD, main, a commit).
    #[arg(long)]
    pub base: String,
    /// Folder (or plan file) whose plans and fixture cases are evaluated.
    #[arg(default_value = ".")]
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Extra folder of rules (taken as is on both sides).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Show moved values with every digit, not at each indicator's rounding.
    #[arg(long)]
    pub exact: bool,
}

/// `capaian diff --format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum DiffFormat {
    /// Plain text.
    Text,
    /// JSON.
    Json,
    /// Markdown, for a pull-request comment.
    Md,
}

/// `capaian rollup`.
#[derive(Debug, clap::Args)]
pub(super) struct RollupArgs {
    /// Plan files, CSV files, workbooks, or folders of plans; of several plans of one unit the latest year (its latest revision) is used.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// What to sum up: sasaran (the default), unit, or wilayah (needs --units).
    #[arg(long, value_name = "LEVEL", default_value = "sasaran")]
    pub by: String,
    /// The units file (TOML): `[[wilayah]]` with id, name, tingkat, parent, and `[[unit]]` with id and wilayah.
    #[arg(long, value_name = "FILE")]
    pub units: Option<PathBuf>,
    /// The method of unit and region figures: rata-rata (the default), tertimbang, rasio or terendah; sasaran figures follow their plan's `[[sasaran]] rollup`.
    #[arg(long, value_name = "METHOD")]
    pub method: Option<String>,
    /// Rank the figures (1, 2, 2, 4; equal figures ordered by key) and name those not ranked.
    #[arg(long)]
    pub rank: bool,
    /// The period to evaluate (as eval --period; default: the plan year).
    #[arg(long)]
    pub period: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Table)]
    pub format: FormatArg,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Write the numbers of the table and CSV as id (90,01; CSV separated by `;`) or en (90.01), the default. JSON is not affected.
    #[arg(long, value_enum, value_name = "CONVENTION")]
    pub print_numbers: Option<NumbersArg>,
    /// How plans are read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `capaian explain`.
#[derive(Debug, clap::Args)]
pub(super) struct ExplainArgs {
    /// Plan file, CSV file, workbook or folder.
    pub path: PathBuf,
    /// The indicator id (`IKK-2`, or `INDEX/COMPONENT`); also accepted as `-i`.
    #[arg(
        value_name = "INDICATOR",
        required_unless_present_any = ["indicator_flag", "rollup"],
        conflicts_with_all = ["indicator_flag", "rollup"]
    )]
    pub indicator: Option<String>,
    /// Explain a roll-up figure instead of an indicator: its key, `UNIT/SASARAN`, a unit id, or a region id (with --units).
    #[arg(long, value_name = "KEY", conflicts_with = "indicator_flag")]
    pub rollup: Option<String>,
    /// The units file, for region figures (see rollup --units).
    #[arg(long, value_name = "FILE", requires = "rollup")]
    pub units: Option<PathBuf>,
    /// The indicator id.
    #[arg(long = "indicator", short = 'i', value_name = "INDICATOR")]
    pub indicator_flag: Option<String>,
    /// The period (default: the plan year, or each CSV row's period).
    #[arg(long)]
    pub period: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    pub format: ExplainFormat,
    /// How plans are read.
    #[command(flatten)]
    pub input: InputArgs,
}

/// `capaian explain --format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum ExplainFormat {
    /// A readable trace.
    Text,
    /// JSON.
    Json,
}

/// `capaian test`.
#[derive(Debug, clap::Args)]
pub(super) struct TestArgs {
    /// Folders (or case files) to search for cases; coverage counts the rule files under them.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Run only cases whose name or file path contains this text.
    #[arg(long)]
    pub filter: Option<String>,
    /// Extra folder of rules (a library the cases use), searched before the rules/ folders next to the cases.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TestFormat::Text)]
    pub format: TestFormat,
    /// Report which lines of each rule file under the PATHs the cases ran.
    #[arg(long)]
    pub coverage: bool,
    /// Fail when any rule file under the PATHs has line coverage below this percent (implies --coverage).
    #[arg(long, value_name = "P")]
    pub coverage_min: Option<rust_decimal::Decimal>,
}

/// `capaian test --format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum TestFormat {
    /// Failures with expected and actual, then `N passed, N failed`.
    Text,
    /// JSON.
    Json,
    /// JUnit XML.
    Junit,
}

/// `capaian calc`.
#[derive(Debug, clap::Args)]
pub(super) struct CalcArgs {
    /// The expression or script, e.g. "15174 / 10000 * 100".
    pub expression: String,
    /// Extra folder of rules for `import` (the rules/ folders of the working folder and above are found anyway).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
}

/// `--format`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum FormatArg {
    /// Aligned columns.
    Table,
    /// JSON: `schema_version` and the results (docs/results.md).
    Json,
    /// CSV.
    Csv,
}

/// `--numbers`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum NumbersArg {
    /// Indonesian: `.` groups thousands, `,` marks decimals.
    Id,
    /// English: `.` marks decimals (thousands grouped by `,` when read, not grouped when printed).
    En,
}

/// `capaian template`.
#[derive(Debug, clap::Args)]
pub(super) struct TemplateArgs {
    /// The plan file (.toml or .csv).
    pub plan: PathBuf,
    /// One workbook per team (tim, the default), per sasaran or per indicator (indikator).
    #[arg(long, value_enum, default_value_t = PerArg::Tim)]
    pub per: PerArg,
    /// The folder the workbooks are written to (made when missing); an existing workbook is never overwritten.
    #[arg(long, short, value_name = "DIR")]
    pub output: PathBuf,
}

/// `capaian template --per`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub(super) enum PerArg {
    /// One workbook per team (the indicators' `tim`).
    Tim,
    /// One workbook per sasaran.
    Sasaran,
    /// One workbook per indicator.
    Indikator,
}

/// `capaian collect`.
#[derive(Debug, clap::Args)]
pub(super) struct CollectArgs {
    /// The plan file the workbooks were made from.
    pub plan: PathBuf,
    /// The filled workbooks (.xlsx).
    #[arg(required = true, value_name = "WORKBOOK")]
    pub workbooks: Vec<PathBuf>,
    /// Write the new plan to this file (atomically); never the plan itself nor a workbook.
    #[arg(long, short, value_name = "NEW_PLAN", required_unless_present = "dry_run")]
    pub output: Option<PathBuf>,
    /// Show what would change (indicator, period, old and new value, cell) and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Replace realisasi the plan holds by different values of the workbooks; without it such a conflict writes nothing and exits 1.
    #[arg(long)]
    pub force: bool,
}

/// `capaian serve`.
#[cfg(feature = "serve")]
#[derive(Debug, clap::Args)]
pub(super) struct ServeArgs {
    /// The address to listen on; one that is not this machine's own (loopback) needs --token.
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1:8080")]
    pub listen: String,
    /// A secret every request must carry (?token=…, then a cookie); required to listen beyond this machine.
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,
    /// Rule folders, searched in order before the built-in library; uploads never bring rules.
    #[arg(long, value_name = "DIR", num_args = 1..)]
    pub rules: Vec<PathBuf>,
}
