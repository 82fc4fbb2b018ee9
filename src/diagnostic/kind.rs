//! Every kind of diagnostic capaian reports, one variant each, with its
//! stable code. The sentences are in `locales/*.ftl` under the same code;
//! `docs/errors.md` lists every code (a test keeps the three in step).

use super::Text;

catalogue! {
    /// What a [`Diagnostic`](super::Diagnostic) says is wrong. The code
    /// (`area/name`) is stable across versions and languages; the
    /// parameters are already formatted text.
    pub enum Kind {
        /// A file that cannot be read at all.
        FileUnreadable { path, reason } = "file/unreadable",
        /// An output file that cannot be written.
        FileUnwritable { path, reason } = "file/unwritable",
        /// A temporary folder that cannot be made.
        TempFolder { reason } = "file/temp-folder",
        /// TOML syntax error.
        TomlSyntax { reason } = "toml/syntax",
        /// A scale file's TOML syntax error.
        ScaleSyntax { reason } = "scale/syntax",
        /// A key nobody reads.
        UnknownKey { key, place: Text } = "toml/unknown-key",
        /// A value that should be a table.
        NotATable { key, found: Text } = "toml/not-a-table",
        /// A value that should be text.
        NotText { key, found: Text } = "toml/not-text",
        /// A value that should be a whole number.
        NotInteger { key, found: Text } = "toml/not-integer",
        /// A whole number too large.
        IntegerTooLarge { key } = "toml/integer-too-large",
        /// A value that should be a number.
        NotNumber { key, found: Text } = "toml/not-number",
        /// A value that should be a number or a range.
        NotTarget { key, found: Text } = "toml/not-target",
        /// A value that should be true or false.
        NotBool { key } = "toml/not-bool",
        /// A number not in base 10.
        NotBase10 { key } = "toml/not-base-10",
        /// A TOML number beyond exact decimals (inf, nan, 1e99).
        NotFinite { key, text } = "toml/not-finite",
        /// A key of a period table that is no period.
        PeriodKeyInvalid { key, text } = "toml/period-key",
        /// A single value where periods are needed and no plan year.
        NotPeriodTable { key } = "toml/not-period-table",
        /// A date as a rule parameter.
        DateParameter { key } = "toml/date-parameter",
        /// A list of tables written otherwise.
        NotListOfTables { key, header } = "toml/not-list-of-tables",
        /// A name not in an enum's table (polarity, aggregation …).
        UnknownName { what: Text, name } = "toml/unknown-name",

        /// An empty CSV file.
        CsvEmpty = "csv/empty",
        /// A header that cannot be read.
        CsvHeader { reason } = "csv/header",
        /// A row that cannot be read.
        CsvRow { reason } = "csv/row",
        /// A row with another cell count than the header.
        CsvCellCount { cells, header } = "csv/cell-count",
        /// A quote opened in the last row and never closed.
        CsvUnclosedQuote = "csv/unclosed-quote",
        /// A column named twice.
        CsvDuplicateColumn { name } = "csv/duplicate-column",
        /// A column that looks like a known one, misspelt.
        CsvUnknownColumn { name } = "csv/unknown-column",
        /// A column capaian does not read.
        CsvUnusedColumn { name } = "csv/unused-column",
        /// A required column missing.
        CsvMissingColumn { name } = "csv/missing-column",
        /// A row without indicator.
        CsvEmptyIndicator = "csv/empty-indicator",
        /// Two rows of one indicator and period.
        CsvDuplicatePeriod { indicator, period } = "csv/duplicate-period",
        /// Rows of different lengths to be added up.
        CsvMixedGrains { indicator, grains: Vec<Text> } = "csv/mixed-grains",
        /// A per-indicator cell that contradicts an earlier row.
        CsvConflict { column, indicator, new, old } = "csv/conflict",
        /// Month and quarter rows of one indicator's figures to date.
        CsvMixedToDate { indicator, grains: Vec<Text> } = "csv/mixed-to-date",
        /// A blank number cell.
        CsvEmptyCell { column } = "csv/empty-cell",
        /// A row repeating the header.
        CsvRepeatedHeader = "csv/repeated-header",
        /// A row without unit.
        CsvEmptyUnit { row } = "csv/empty-unit",
        /// A blank period cell in a file with a period column.
        CsvEmptyPeriod = "csv/empty-period",
        /// `decimals` out of range (CSV).
        CsvDecimals { max, found } = "csv/decimals",

        /// Nothing where a number is due.
        NumberEmpty { text } = "number/empty",
        /// A character no number has.
        NumberUnexpectedCharacter { text, convention, character } = "number/unexpected-character",
        /// Thousands groups of the wrong size.
        NumberBadGroup { text, convention, group, found } = "number/bad-group",
        /// Two decimal marks.
        NumberTwoDecimalMarks { text, convention, mark } = "number/two-decimal-marks",
        /// A sign or `Rp` with no digits.
        NumberNoDigits { text, convention } = "number/no-digits",
        /// A decimal mark with nothing before it.
        NumberNoIntegerDigits { text, convention } = "number/no-integer-digits",
        /// A decimal mark with nothing (or groups) after it.
        NumberBadFraction { text, convention, mark } = "number/bad-fraction",
        /// Words after a number that are not the satuan.
        NumberWordsNotSatuan { text, convention, words, satuan } = "number/words-not-satuan",
        /// Words after a number, and no satuan.
        NumberWords { text, convention, words } = "number/words",
        /// A range written high to low.
        NumberRangeReversed { text, convention, low, high } = "number/range-reversed",
        /// A spreadsheet's scientific format.
        NumberScientific { text } = "number/scientific",
        /// A ratio that is none.
        NumberRatio { text } = "number/ratio",
        /// Realisasi that add up beyond exact decimals.
        RealisasiOverflow { indicator, period } = "number/sum-overflow",
        /// Beyond 28 digits.
        NumberOutOfRange { text } = "number/out-of-range",
        /// A number that reads differently in the other convention.
        NumberAmbiguous { text, value, convention, other_convention, other_value } = "number/ambiguous",
        /// Text that is no period.
        PeriodInvalid { text } = "period/invalid",
        /// A value a command-line option does not take (`--periods weeks`).
        OptionUnknownName { option, name } = "option/unknown-name",

        /// A rule name nothing defines.
        RuleUnknown { name } = "rule/unknown",
        /// A rule with a syntax error.
        RuleSyntax { name, reason } = "rule/syntax",
        /// A rule that failed while running.
        RuleFailed { name, reason: Text } = "rule/failed",
        /// A rule that ran past the operation limit.
        SandboxOperations { name, reason: Text } = "sandbox/operations",
        /// A rule that recursed past the call depth.
        SandboxCallDepth { name, reason: Text } = "sandbox/call-depth",
        /// A rule that built a value past the size limits.
        SandboxDataSize { name, reason: Text, what: Text } = "sandbox/data-size",
        /// A rule that imports past the module limit.
        SandboxModules { name, reason: Text } = "sandbox/modules",
        /// A rule reading a variable that does not exist.
        RuleUndefinedVariable { name, reason: Text, variable } = "rule/undefined-variable",
        /// A rule reading a map key that does not exist.
        RuleMissingKey { name, reason: Text, key } = "rule/missing-key",
        /// A rule calling a function that does not exist (files, network, clock, eval).
        RuleUnknownFunction { name, reason: Text, function } = "rule/unknown-function",
        /// A rule hook returned something it may not.
        RuleBadReturn { name, hook, found: Text } = "rule/bad-return",
        /// `capaian` returned no value.
        RuleNoCapaian { name } = "rule/no-capaian",
        /// `kategori` returned something other than text.
        RuleBadKategori { name, found } = "rule/bad-kategori",
        /// A plan does not set a parameter a rule requires.
        RuleMissingParam { indicator, param, rule } = "rule/missing-parameter",
        /// An expression for `capaian calc` that failed.
        CalcFailed { reason: Text } = "calc/failed",
        /// An expression for `capaian calc` that does not parse.
        CalcSyntax { reason } = "calc/syntax",

        /// A scale name nothing defines.
        ScaleUnknown { name } = "scale/unknown",
        /// A scale file with no bands.
        ScaleNoBands { name } = "scale/no-bands",
        /// A band that is not a table.
        ScaleBandNotTable = "scale/band-not-table",
        /// A band without kategori.
        ScaleBandNoKategori = "scale/band-no-kategori",
        /// A band whose lower edge is above its upper edge.
        ScaleBandReversed { kategori } = "scale/band-reversed",
        /// Two bands that share values.
        ScaleBandsOverlap { first, second } = "scale/bands-overlap",
        /// A capaian outside every band.
        ScaleNoBand { capaian, scale } = "scale/no-band",

        /// A plan without [unit].
        PlanNoUnit = "plan/no-unit",
        /// [unit] without id.
        PlanUnitNoId = "plan/unit-no-id",
        /// A year that cannot be a plan's.
        PlanYear { year } = "plan/year",
        /// A Renstra period that is not `2021-2026`.
        PlanRenstra { text } = "plan/renstra",
        /// Two indicators with one id.
        PlanDuplicateIndicator { id } = "plan/duplicate-indicator",
        /// Two components with one id.
        PlanDuplicateComponent { id } = "plan/duplicate-component",
        /// An indicator that is not a table.
        PlanIndicatorNotTable = "plan/indicator-not-a-table",
        /// A component that is not a table.
        PlanComponentNotTable = "plan/component-not-a-table",
        /// A discrepancy without rule or reason.
        PlanDiscrepancyFields = "plan/discrepancy-fields",
        /// A series mixing months, quarters or years.
        PlanMixedGrains { series, indicator, first: Text, first_period, other: Text, other_period } = "plan/mixed-grains",
        /// A period of another year than the plan's.
        PlanPeriodOutsideYear { series, period, year } = "plan/period-outside-year",
        /// A CSV in Windows-1252 (Excel's "CSV (Comma delimited)").
        FileWindows1252 { path, line } = "file/windows-1252",
        /// A workbook that cannot be opened (corrupt, encrypted, not what its name says).
        WorkbookUnreadable { path, reason } = "workbook/unreadable",
        /// A workbook that unpacks to more than capaian reads (a zip bomb), or holds too many cells.
        WorkbookTooLarge { path, limit } = "workbook/too-large",
        /// A workbook without a sheet of plan data.
        WorkbookNoData { path, sheets } = "workbook/no-data",
        /// A sheet without a header row naming the plan's columns (instructions, a cover), skipped.
        WorkbookSheetSkipped { sheet } = "workbook/sheet-skipped",
        /// A sheet of data without a required column.
        WorkbookMissingColumn { sheet, name } = "workbook/missing-column",
        /// A formula whose result the workbook does not store.
        WorkbookFormulaNoValue { formula } = "workbook/formula-no-value",
        /// A number cell with more significant digits than a float keeps.
        WorkbookFloatDigits { text, digits } = "workbook/float-digits",
        /// An Excel 97–2003 `.xls` workbook, whose percent cells cannot be told from fractions.
        WorkbookXls { path } = "workbook/xls",
        /// An ODS percentage cell, which the reader gives as its stored fraction.
        WorkbookOdsPercent { path } = "workbook/ods-percent",
        /// A percentage against a fraction.
        PercentFraction { indicator, period, value, scaled, target } = "number/percent-fraction",
        /// A comparison target against the indicator's polarity.
        ComparisonPolarity { indicator, target, implied, polarity } = "plan/comparison-polarity",
        /// A range target without a polarity.
        RangeNoPolarity { indicator } = "plan/range-polarity",
        /// `rounding` that is not a table.
        PlanRoundingNotTable = "plan/rounding-not-table",
        /// `decimals` out of range.
        PlanDecimals { max, found } = "plan/decimals",
        /// `budget` that is not a table.
        PlanBudgetNotTable = "plan/budget-not-table",
        /// `program` neither text nor a table of `kode` and `nama`.
        PlanProgramType { found: Text } = "plan/program-type",
        /// A `program` table without `nama`.
        PlanProgramNoName = "plan/program-no-name",
        /// A pagu of zero or below.
        BudgetPaguNotPositive { indicator, pagu } = "budget/pagu-not-positive",
        /// Money spent below zero.
        BudgetRealisasiNegative { indicator, period, value } = "budget/realisasi-negative",
        /// Money spent to date above the pagu (penyerapan over 100%).
        BudgetAbovePagu { indicator, period, value, pagu } = "budget/above-pagu",
        /// Money spent to date lower than at an earlier period.
        BudgetDecreasing { indicator, period, value, previous_period, previous } = "budget/decreasing",
        /// `illustrative` empty.
        PlanIllustrativeEmpty = "plan/illustrative-empty",
        /// `illustrative` of another type.
        PlanIllustrativeType { found: Text } = "plan/illustrative-type",
        /// Two tables with one id.
        TableDuplicate { id } = "table/duplicate",
        /// A table item that is not a table.
        TableNotTable = "table/not-a-table",
        /// A row that is not a table.
        TableRowNotTable = "table/row-not-a-table",
        /// A table without id.
        TableNoId = "table/no-id",
        /// `columns` that is not a list.
        TableColumnsNotList = "table/columns-not-list",
        /// A table without columns.
        TableNoColumns { id } = "table/no-columns",
        /// A number in a row under an undeclared column.
        TableUndeclaredColumn { key, table } = "table/undeclared-column",
        /// A parent that is no row's kode.
        TableUnknownParent { parent, table } = "table/unknown-parent",
        /// A kode used twice.
        TableDuplicateKode { kode, table } = "table/duplicate-kode",
        /// An id with a control character.
        IdControl { id } = "plan/id-control",
        /// A plan without indicators.
        PlanNoIndicators = "plan/no-indicators",
        /// An indicator without `id`.
        IndicatorNoId { index } = "plan/indicator-no-id",
        /// A component without `id`.
        ComponentNoId { index } = "plan/component-no-id",
        /// An indicator id not in the plan (explain).
        IndicatorNotFound { id, path } = "indicator/not-found",
        /// A plan for another year than the one asked.
        PlanOtherYear { path, year, period } = "plan/other-year",
        /// Periods of a range no plan given is for.
        PeriodsWithoutPlan { periods } = "plan/periods-without-plan",
        /// `--compare` years no plan given is for.
        CompareYearWithoutPlan { years } = "plan/compare-without-plan",
        /// Indicators of two years of one unit that join no indicator of the other.
        YearsUnmatched { unit, year, earlier, new, gone } = "plan/years-unmatched",

        /// A validation rule file entry without an id.
        ValidationNoId = "validation/no-id",
        /// A validation rule list that is not a list.
        ValidationNotList { key } = "validation/not-a-list",
        /// `missing_columns` neither skip nor zero.
        ValidationMissingColumns { rule, found } = "validation/missing-columns",
        /// A row rule without left or right.
        ValidationRowSides { rule } = "validation/row-sides",
        /// An unknown validation kind.
        ValidationUnknownKind { rule, found } = "validation/unknown-kind",
        /// An unknown comparison operator.
        ValidationUnknownOperator { rule, found } = "validation/unknown-operator",
        /// An unknown importance.
        ValidationImportance { rule, found } = "validation/importance",
        /// A row rule expression that does not compile.
        ValidationExpression { rule } = "validation/expression",
        /// A row whose columns do not satisfy a rule.
        CheckRow { table, row, left, left_value, right, right_value, difference, cells } = "check/row",
        /// A parent row that is not the sum of its children.
        CheckChildren { table, row, column, value, count, sum, difference } = "check/children",
        /// A sum of children beyond exact decimals.
        CheckChildrenOverflow { table, row, column } = "check/children-overflow",
        /// A cumulative target that goes down.
        CheckCumulativeDecreases { indicator, target, period, previous, previous_period } = "check/cumulative-decreases",
        /// The last cumulative target differs from the annual one.
        CheckCumulativeAnnual { indicator, period, target, annual } = "check/cumulative-annual",
        /// Past periods without realisasi.
        CheckRealisasiMissing { indicator, periods, as_of } = "check/realisasi-missing",
        /// An accepted discrepancy that no longer occurs.
        DiscrepancyUnused { rule } = "check/discrepancy-unused",

        /// A `[[case]]` that is not a table.
        CaseNotTable = "case/not-a-table",
        /// An indicator id without a plan.
        CaseIndicatorNeedsPlan = "case/indicator-needs-plan",
        /// An indicator that is neither id nor table.
        CaseIndicatorType = "case/indicator-type",
        /// `expect` that is not a table.
        CaseExpectNotTable = "case/expect-not-a-table",
        /// A case with no indicator.
        CaseNoIndicator { case } = "case/no-indicator",
        /// A case with no expectation.
        CaseNoExpect { case } = "case/no-expect",
        /// An `earlier` entry of a case without its year.
        CaseEarlierNoYear = "case/earlier-no-year",
        /// `decimals` out of range in a case.
        CaseDecimals { max, found } = "case/decimals",
        /// A case's plan that cannot be read.
        CasePlanUnreadable { path, reason } = "case/plan-unreadable",
        /// `unset` names a key the base indicator does not have.
        CaseUnsetUnknown { key } = "case/unset-unknown",
        /// `drop` names a component the base indicator does not have.
        CaseDropUnknown { id } = "case/drop-unknown",
        /// `unset` or `drop` that is not a list of texts.
        CaseNotNameList { key } = "case/not-a-list",
        /// `base` names no `[base.NAME]` of the file.
        CaseUnknownBase { name } = "case/unknown-base",

        /// git could not run.
        GitFailed { reason } = "git/failed",
        /// Not inside a git repository.
        GitNoRepository = "git/no-repository",
        /// An unknown revision.
        GitUnknownRevision { revision } = "git/unknown-revision",

        // Hostile input (issue 9): files from strangers, outputs, tests, git.
        /// A folder, pipe or device where a file is read.
        FileNotRegular { path } = "file/not-regular",
        /// A file larger than capaian reads.
        FileTooLarge { path, limit } = "file/too-large",
        /// A file that is not UTF-8 text.
        FileNotUtf8 { path, line } = "file/not-utf8",
        /// A file that lies outside the folder it must be read from.
        FileOutside { path, folder } = "file/outside-folder",
        /// A link in a walked folder that leads out of it (skipped).
        FileLinkOutside { path, folder } = "file/link-outside",
        /// A capaian report in a plans folder (skipped).
        FileIsReport { path } = "file/is-report",
        /// `-o` names one of the inputs.
        OutputIsInput { path } = "output/is-input",
        /// `-o` names a pipe, device or folder.
        OutputNotRegular { path } = "output/not-regular",
        /// A rule name with characters other than ASCII letters, digits, `-`, `_`, `/`.
        RuleNameInvalid { name } = "rule/invalid-name",
        /// A local rule that hides a library or built-in rule of the same name.
        RuleShadowed { name, path, hidden } = "rule/shadowed",
        /// A case's `plan` outside the repository.
        CasePlanOutside { plan, root } = "case/plan-outside",
        /// `rules` of `capaian.toml` that is not a list of folders.
        ConfigRulesNotList = "config/rules-not-a-list",
        /// A folder `capaian.toml` names that is not there.
        ConfigRulesNotFolder { folder } = "config/rules-not-a-folder",
        /// `capaian test` found no case file.
        TestNoCases { path } = "test/no-cases",
        /// `capaian test --filter` matched no case.
        TestNoMatch { filter } = "test/no-match",
        /// A revision that is not a commit (`HEAD:rules`).
        GitNotCommit { revision } = "git/not-a-commit",

        /// A rule call that ran past the time limit of one call.
        SandboxCallTime { name, seconds } = "sandbox/call-time",
        /// A rule call stopped or not made because the run is past its time limit.
        SandboxRunTime { name, seconds } = "sandbox/run-time",
        /// A rule file beyond the size limit, not compiled.
        SandboxRuleSize { name, size, max } = "sandbox/rule-size",

        /// `capaian report` was given plans of several units.
        ReportSeveralUnits { units } = "report/several-units",
        /// `capaian report` found no plan.
        ReportNoPlan = "report/no-plan",
        /// The workbook could not be made.
        ReportXlsx { reason } = "report/xlsx",
        // Collecting realisasi from the teams (issue 13): capaian template, capaian collect.
        /// An indicator given both `tim` and `penanggung_jawab`.
        PlanTimTwice = "plan/tim-twice",
        /// `template` or `collect` on input holding no plan or several.
        CollectOnePlan { count } = "collect/one-plan",
        /// A filled collection workbook uploaded with a workbook plan.
        UploadMergeNeedsText = "upload/merge-needs-text",
        /// A workbook that cannot be opened as xlsx.
        CollectUnreadable { path, reason } = "collect/unreadable",
        /// A sheet of the collection layout missing.
        CollectMissingSheet { sheet, sheets } = "collect/missing-sheet",
        /// A workbook not made by `capaian template` (or its hidden sheet edited).
        CollectNotTemplate { found } = "collect/not-template",
        /// A workbook made from another unit's or year's plan.
        CollectOtherPlan { unit, year, plan_unit, plan_year } = "collect/other-plan",
        /// A workbook row the plan no longer has.
        CollectUnknownRow { indicator, period } = "collect/unknown-row",
        /// A locked cell edited in the workbook.
        CollectLockedChanged { expected, found } = "collect/locked-changed",
        /// A locked cell the plan has changed since the workbook was made.
        CollectPlanChanged { plan, found } = "collect/plan-changed",
        /// A value on a row the template did not write.
        CollectStrayValue { value } = "collect/stray-value",
        /// A realisasi cell that holds no number (a date, true/false, an error).
        CollectNotNumber { found: Text } = "collect/not-number",
        /// A realisasi cell with a formula and no saved value.
        CollectFormulaNoValue = "collect/formula-no-value",
        /// A negative realisasi of an indicator that cannot be negative.
        CollectNegative { indicator, period, value } = "collect/negative",
        /// Two workbooks giving one row different values.
        CollectDuplicate { indicator, period, value, other, cell } = "collect/duplicate",
        /// A realisasi different from the one the plan holds.
        CollectConflict { indicator, period, old, new, plan } = "collect/conflict",
        /// A realisasi the plan's layout has no place for.
        CollectCannotMerge { indicator, period } = "collect/cannot-merge",
        /// The merged plan does not read back (a bug of capaian).
        CollectMergedInvalid { reason } = "collect/merged-invalid",
        /// `template -o` names something that is not a folder.
        TemplateNotFolder { path } = "template/not-folder",
        /// A workbook `template` would write exists already.
        TemplateExists { path } = "template/exists",
        // The planner's web page (issue 16): capaian serve.
        /// The page cannot listen on `listen`.
        ServeListen { listen, reason } = "serve/listen",
        /// Listening beyond this machine without `--token`.
        ServeTokenNeeded { listen, token } = "serve/token-needed",
        /// A `--token` too short to guard the page.
        ServeTokenShort { min } = "serve/token-short",
        /// A request without the token, or naming another host.
        ServeForbidden = "serve/forbidden",
        /// An address the page does not have.
        ServeNotFound = "serve/not-found",
        /// An upload no longer kept (or never made).
        ServeUploadGone = "serve/upload-gone",
        /// A request that failed inside capaian (the server goes on).
        ServeFailed { reason } = "serve/failed",
        /// An upload beyond the size limit.
        UploadTooLarge { limit } = "upload/too-large",
        /// An upload of too many files.
        UploadTooManyFiles { max } = "upload/too-many-files",
        /// An upload whose plans hold too many rows.
        UploadTooManyRows { rows, max } = "upload/too-many-rows",
        /// An upload without a file.
        UploadNoFile = "upload/no-file",
        /// An uploaded file of a format not read.
        UploadFormat { name, formats } = "upload/format",
        /// A request that is not a well-formed upload form.
        UploadMalformed { reason } = "upload/malformed",
        /// Earlier years to compare that are not years.
        UploadCompareInvalid { text } = "upload/compare-invalid",
        // The pohon kinerja (issue 14 item 6): `parent`, `[[sasaran]]`, `[[tujuan]]`, capaian tree.
        /// An indicator or sasaran given both `parent` and `induk`.
        TreeParentTwice = "tree/parent-twice",
        /// A `[[sasaran]]` or `[[tujuan]]` without id.
        TreeNoId { table } = "tree/no-id",
        /// Two sasaran (or tujuan) of one plan with one id.
        TreeDuplicateId { id, table } = "tree/duplicate-id",
        /// An indicator's parent that names no indicator or sasaran of its plan.
        TreeOrphan { indicator, parent } = "tree/orphan",
        /// A sasaran's parent that names no tujuan of its plan.
        TreeOrphanSasaran { sasaran, parent } = "tree/orphan-sasaran",
        /// A parent `UNIT/ID` whose unit's plan is given but has no indicator ID.
        TreeNotInPlan { indicator, parent, id, unit, path } = "tree/not-in-plan",
        /// A parent `UNIT/ID` whose unit has no plan in the run.
        TreeMissingPlan { indicator, parent, unit, year } = "tree/missing-plan",
        /// Indicators that are each other's parents, round a loop.
        TreeCycle { cycle } = "tree/cycle",
        /// An indicator under a parent indicator of its plan that measures another sasaran.
        TreeSasaranMismatch { indicator, sasaran, parent, parent_sasaran } = "tree/sasaran-mismatch",
        /// An indicator's `sasaran_id` that the plan's `[[sasaran]]` do not list.
        TreeUndeclaredSasaran { indicator, sasaran } = "tree/undeclared-sasaran",
        // Roll-ups (issue 14 item 5): [[sasaran]], bobot, pembilang/penyebut, the units file.
        /// A negative `bobot`.
        RollupBobotNegative { indicator, bobot } = "rollup/bobot-negative",
        /// `pembilang` without `penyebut` or the other way round.
        RollupRatioHalf { indicator } = "rollup/ratio-half",
        /// A realisasi that is not pembilang ÷ penyebut.
        RollupRatioMismatch { indicator, period, realisasi, computed } = "rollup/ratio-mismatch",
        /// An indicator's `sasaran_id` that no `[[sasaran]]` declares.
        RollupUnknownSasaran { indicator, sasaran } = "rollup/unknown-sasaran",
        /// A weighted or ratio sasaran whose indicators lack what the method needs.
        RollupMethodLacking { sasaran, method, indicators } = "rollup/method-lacking",
        /// `--by wilayah` without `--units`.
        RollupNeedsUnits = "rollup/needs-units",
        /// `explain --rollup` with a key no figure has.
        RollupUnknownKey { key } = "rollup/unknown-key",
        /// A `[[wilayah]]` or `[[unit]]` of the units file without `id`.
        RegionNoId = "rollup/region-no-id",
        /// Two regions with one id.
        RegionDuplicate { id } = "rollup/region-duplicate",
        /// A unit placed twice.
        RegionDuplicateUnit { unit } = "rollup/unit-duplicate",
        /// A `[[unit]]` without `wilayah`.
        RegionUnitNoRegion { unit } = "rollup/unit-no-region",
        /// A parent or a unit's region that the file does not declare.
        RegionUnknown { name, at } = "rollup/unknown-region",
        /// Regions that contain themselves.
        RegionCycle { regions } = "rollup/region-cycle",
        /// A unit of the plans that the units file places nowhere.
        RegionUnitNotPlaced { unit } = "rollup/unit-not-placed",
    }
}
