//! Every other sentence and label a user reads: hints, notes of results,
//! the lines of an explanation, statuses and column headers. Like
//! [`Kind`](super::Kind), each has a stable code and a message in every
//! catalogue of `locales/`.

catalogue! {
    /// A hint, note or label, translated at output.
    pub enum Text {
        /// `error` before a diagnostic.
        SeverityError = "label/error",
        /// `warning` before a diagnostic.
        SeverityWarning = "label/warning",
        /// `note` before an accepted finding.
        SeverityNote = "label/note",
        /// `help` before a hint.
        LabelHelp = "label/help",
        /// `note` before a note line.
        LabelNote = "label/note-line",
        /// Which indicator a runtime error belongs to.
        WhileEvaluating { indicator } = "context/indicator",
        /// Which indicator and period a runtime error belongs to.
        WhileEvaluatingAt { indicator, period } = "context/indicator-period",

        /// A TOML type: text.
        TypeText = "type/text",
        /// A TOML type: whole number.
        TypeInteger = "type/integer",
        /// A TOML type: decimal number.
        TypeDecimal = "type/decimal",
        /// A TOML type: true/false.
        TypeBool = "type/bool",
        /// A TOML type: date.
        TypeDate = "type/date",
        /// A TOML type: list.
        TypeList = "type/list",
        /// A TOML type: table.
        TypeTable = "type/table",
        /// A period length.
        GrainTotal = "grain/total",
        /// A period length.
        GrainYear = "grain/year",
        /// A period length.
        GrainHalf = "grain/half",
        /// A period length.
        GrainQuarter = "grain/quarter",
        /// A period length.
        GrainMonth = "grain/month",
        /// A place in a file: a table header or key as written (`[plan]`).
        PlaceKey { key } = "place/key",
        /// The top of a plan file.
        PlacePlanFile = "place/plan-file",
        /// The top of a case file.
        PlaceCaseFile = "place/case-file",
        /// A case.
        PlaceCase = "place/case",
        /// The top of a scale file.
        PlaceScaleFile = "place/scale-file",
        /// A band of a scale.
        PlaceBand = "place/band",
        /// The top of a validation file.
        PlaceValidationFile = "place/validation-file",
        /// A validation rule.
        PlaceValidationRule = "place/validation-rule",
        /// An indicator.
        PlaceIndicator { id } = "place/indicator",
        /// A component.
        PlaceComponent { id } = "place/component",
        /// What a name names.
        WhatPolarity = "what/polarity",
        /// What a name names.
        WhatAggregation = "what/aggregation",
        /// What a name names.
        WhatTargetKind = "what/target-kind",
        /// What a name names.
        WhatPlanKind = "what/plan-kind",
        /// What a name names.
        WhatRevision = "what/revision",
        /// What a name names.
        WhatRoundingMode = "what/rounding-mode",
        /// What a name names.
        WhatNumberConvention = "what/number-convention",
        /// What a name names.
        WhatStatus = "what/status",
        /// "trend", for unknown-name messages.
        WhatTrend = "what/trend",
        /// "granularity", for unknown-name messages.
        WhatGranularity = "what/granularity",
        /// The accepted names.
        ExpectedNames { names, last } = "hint/expected-names",
        /// The one accepted name.
        ExpectedName { name } = "hint/expected-name",
        /// What a CSV's first line holds.
        CsvFirstLine { columns } = "hint/csv-first-line",
        /// An unclosed quote.
        CsvUnclosedQuote = "hint/csv-unclosed-quote",
        /// One cell per column.
        CsvOneCellPerColumn = "hint/csv-one-cell-per-column",
        /// The columns read.
        CsvColumnsRead { columns } = "hint/csv-columns-read",
        /// The required columns.
        CsvRequiredColumns { columns } = "hint/csv-required-columns",
        /// `test`: a failing case.
        TestFail = "test/fail",
        /// `test`: what a case expected.
        TestExpected = "test/expected",
        /// `test`: what it got.
        TestActual = "test/actual",
        /// `test`: the rule that ran.
        TestRule = "test/rule",
        /// `test`: where the figures come from.
        TestSource = "test/source",
        /// `test`: the case's inputs.
        TestInputs = "test/inputs",
        /// `test`: the base indicator the case changes (`file:line`).
        TestBase { place } = "test/base",
        /// `test`: the closing line.
        TestSummary { passed, failed } = "test/summary",
        /// `test --coverage`: heading.
        CoverageHeading = "coverage/heading",
        /// `test --coverage`: lines not run.
        CoverageNotRun { lines } = "coverage/not-run",
        /// `test --coverage-min`: a file below the gate.
        CoverageBelow { file, percent, min } = "coverage/below",
        /// `diff`: heading.
        DiffHeading { base } = "diff/heading",
        /// `diff`: a rule's changes.
        DiffRule { rule } = "diff/rule",
        /// `diff --format md`: the count.
        DiffChangedOf { changed, compared } = "diff/changed-of",
        /// `diff`: the closing line.
        DiffChanged { changed, compared, base } = "diff/changed",
        /// `diff --format md`: the columns.
        DiffColumns = "diff/columns",
        /// A double quote inside a TOML text.
        TomlQuoteInside = "hint/toml-quote-inside",
        /// What `capaian definitions` wrote.
        DefinitionsWritten { dir, files } = "definitions/written",
        /// What `capaian manpage -o DIR` wrote.
        ManpagesWritten { dir, files } = "manpage/written",
        /// An inline table extended by a later `[header]`.
        TomlInlineExtended = "hint/toml-inline-extended",
        /// Add a column to `columns`.
        TableAddColumn { columns } = "hint/table-add-column",
        /// Did-you-mean.
        DidYouMean { word } = "hint/did-you-mean",
        /// The accepted names.
        OneOf { names } = "hint/one-of",
        /// A garbled number that is an English one.
        NumberReadsEnglish { text } = "hint/number-reads-english",
        /// A garbled number that is an Indonesian one.
        NumberReadsIndonesian { text } = "hint/number-reads-indonesian",
        /// What the Indonesian convention is.
        NumberIdConvention = "hint/number-id-convention",
        /// What the English convention is.
        NumberEnConvention = "hint/number-en-convention",
        /// How to write no value.
        NumberWriteOne = "hint/number-write-one",
        /// Where rules are looked up.
        RulesLookedUp { folders } = "hint/rules-looked-up",
        /// No rule folder was found.
        RulesNoFolder = "hint/rules-no-folder",
        /// Where a rule reads the parameter it requires.
        ParamRequiredAt { rule, param, at } = "hint/param-required-at",
        /// Operation limit.
        LimitOperations = "hint/limit-operations",
        /// Call depth.
        LimitCallDepth = "hint/limit-call-depth",
        /// Value size.
        LimitDataSize { what: Box<Text> } = "hint/limit-data-size",
        /// Modules.
        LimitModules = "hint/limit-modules",
        /// Variable not defined.
        UndefinedVariable { variable } = "hint/undefined-variable",
        /// Map key missing.
        MissingKey { key } = "hint/missing-key",
        /// Function missing.
        UnknownFunction { function } = "hint/unknown-function",
        /// The validation rule behind a finding.
        ValidationRule { rule, file, description: Box<Text> } = "hint/validation-rule",
        /// The indicators of a plan.
        IndicatorsAre { ids } = "hint/indicators-are",
        /// What git printed.
        GitSaid { text } = "note/git-said",
        /// More problems of one indicator.
        MoreProblems { count } = "note/more-problems",
        /// A bad table cell in eval.
        CellLeftOut = "note/cell-left-out",
        /// An accepted discrepancy.
        Accepted { reason } = "note/accepted",

        /// No realisasi to date.
        NoRealisasi { period } = "result/no-realisasi",
        /// No annual target.
        NoAnnualTarget = "result/no-annual-target",
        /// No period to find a target for.
        NoTargetWholePeriod = "result/no-target-whole-period",
        /// Only an annual target.
        OnlyAnnualTarget { period } = "result/only-annual-target",
        /// No target for a period, with those given.
        NoTargetFor { period, given } = "result/no-target-for",
        /// Realisasi stops short.
        ReportedUpTo { period } = "result/reported-up-to",
        /// Components stop short.
        ReportedOf { parts } = "result/reported-of",
        /// One component's latest period.
        ComponentUpTo { component, period } = "result/component-up-to",
        /// Invented figures.
        Illustrative { what } = "result/illustrative",
        /// Invented figures, without saying which.
        IllustrativeFigures = "result/illustrative-figures",
        /// A note in the rule's own words.
        RuleNote { text } = "result/rule-note",

        /// Status ok.
        StatusOk = "status/ok",
        /// Status no_data.
        StatusNoData = "status/no-data",
        /// Status no_target.
        StatusNoTarget = "status/no-target",
        /// Status not_computable.
        StatusNotComputable = "status/not-computable",
        /// Status error.
        StatusError = "status/error",

        /// Column header.
        ColumnPagu = "column/pagu",
        /// Column header.
        ColumnRealisasiAnggaran = "column/realisasi-anggaran",
        /// Column header.
        ColumnPenyerapan = "column/penyerapan",
        /// Column header: an earlier year's realisasi.
        ColumnRealisasiYear { year } = "column/realisasi-year",
        /// Column header: an earlier year's capaian.
        ColumnCapaianYear { year } = "column/capaian-year",
        /// Column header.
        ColumnTrend = "column/trend",
        /// Column header.
        ColumnCapaianRenstra = "column/capaian-renstra",
        /// Column header.
        ColumnSatuan = "column/satuan",
        /// Under a table cut to the terminal's width: the columns left out.
        TableColumnsHidden { columns } = "table/columns-hidden",
        /// The matrix's cell legend.
        MatrixLegend = "table/matrix-legend",
        /// Column header.
        ColumnUnit = "column/unit",
        /// Column header.
        ColumnIndicator = "column/indicator",
        /// Column header.
        ColumnName = "column/name",
        /// Column header.
        ColumnPeriod = "column/period",
        /// Column header.
        ColumnTarget = "column/target",
        /// Column header.
        ColumnRealisasi = "column/realisasi",
        /// Column header.
        ColumnCapaian = "column/capaian",
        /// Column header.
        ColumnKategori = "column/kategori",
        /// Column header.
        ColumnStatus = "column/status",
        /// Column header.
        ColumnMessage = "column/message",

        /// `check`'s closing line.
        CheckSummary { plans, errors, warnings, notes } = "summary/check",

        /// The annual target of the annual period.
        ExplainTargetAnnual { period, target } = "explain/target-annual",
        /// The annual target of the period that closes the year.
        ExplainTargetClosesYear { period, target } = "explain/target-closes-year",
        /// A target to date from cumulative targets.
        ExplainTargetCumulative { period, target, aggregation } = "explain/target-cumulative",
        /// A target to date from per-period targets.
        ExplainTargetPerPeriod { period, target, aggregation } = "explain/target-per-period",
        /// No target, and why.
        ExplainNoTarget { reason } = "explain/no-target",
        /// The value is the realisasi to date.
        ExplainValueRealisasi { rule, value, aggregation, periods } = "explain/value-realisasi",
        /// No realisasi for the value.
        ExplainValueNone { period } = "explain/value-none",
        /// The standard rule computes the capaian.
        ExplainStandardCapaian { rule, standard } = "explain/standard-capaian",
        /// A rule function ran.
        ExplainRule { rule, function, file } = "explain/rule",
        /// Steps in an imported rule's file.
        ExplainInFile { file } = "explain/in-file",
        /// The output rounding.
        ExplainRounding { decimals, mode, raw, rounded } = "explain/rounding",
        /// An output of the rule, as shown.
        ExplainOutput { name, shown } = "explain/output",
        /// An output of the rule, rounded.
        ExplainOutputRounded { name, raw, shown } = "explain/output-rounded",
        /// The band of a scale.
        ExplainKategori { scale, title, value, band } = "explain/kategori",
        /// Heading of the plan values read.
        ExplainInputs = "explain/inputs",
        /// A value's text and place.
        ExplainReadAt { text, at } = "explain/read-at",
        /// A parameter's place: its indicator.
        ExplainIndicatorAt { at } = "explain/indicator-at",
        /// Input label.
        ExplainInputAnnualTarget = "explain/input-annual-target",
        /// Input label.
        ExplainInputTargetCumulative { period } = "explain/input-target-cumulative",
        /// Input label.
        ExplainInputTargetPerPeriod { period } = "explain/input-target-per-period",
        /// Input label.
        ExplainInputRealisasi { period } = "explain/input-realisasi",
        /// Input label.
        ExplainInputRule = "explain/input-rule",
        /// Input label.
        ExplainInputBudgetPagu = "explain/input-budget-pagu",
        /// Input label.
        ExplainInputBudgetRealisasi { period } = "explain/input-budget-realisasi",
        /// Input label of a component's value.
        ExplainInputComponent { component, label } = "explain/input-component",
        /// The first line of an explanation.
        ExplainHeader { unit, indicator, name, period, path } = "explain/header",
        /// The last line of an explanation.
        ExplainResult { target, realisasi, capaian, kategori, status } = "explain/result",
        /// The last line of an explanation, with the result's notes.
        ExplainResultNoted { target, realisasi, capaian, kategori, status, message } = "explain/result-noted",
        /// Time limit of one call.
        LimitCallTime { seconds } = "hint/limit-call-time",
        /// Time limit of the run.
        LimitRunTime { seconds } = "hint/limit-run-time",

        /// LAPKIN report: Chapter III — Performance accountability: { $unit }.
        LapkinTitle { unit } = "lapkin/title",
        /// LAPKIN report: Performance achievement of { $year }.
        LapkinSubtitle { year } = "lapkin/subtitle",
        /// LAPKIN report: A.
        LapkinMeasurement = "lapkin/measurement",
        /// LAPKIN report: Goal.
        LapkinSasaran = "lapkin/sasaran",
        /// LAPKIN report: (no goal given).
        LapkinNoSasaran = "lapkin/no-sasaran",
        /// The programme a budget's rows belong to (its heading and column).
        LapkinProgram = "lapkin/program",
        /// Budget rows whose plan names no programme, beside others that do.
        LapkinNoProgram = "lapkin/no-program",
        /// A programme's subtotal.
        LapkinProgramTotal = "lapkin/program-total",
        /// LAPKIN report: Summary per goal.
        LapkinSummary = "lapkin/summary",
        /// LAPKIN report: The goal's capaian is the mean capaian of its indicators wit.
        LapkinAverageRule = "lapkin/average-rule",
        /// LAPKIN report: B.
        LapkinComparison = "lapkin/comparison",
        /// LAPKIN report: No data of earlier years: give the plans of earlier years in.
        LapkinNoEarlier = "lapkin/no-earlier",
        /// LAPKIN report: C.
        LapkinRenstra = "lapkin/renstra",
        /// LAPKIN report: The plans give no Renstra final target.
        LapkinNoRenstra = "lapkin/no-renstra",
        /// LAPKIN report: D.
        LapkinBudget = "lapkin/budget",
        /// LAPKIN report: The plan gives no budget.
        LapkinNoBudget = "lapkin/no-budget",
        /// LAPKIN report: Efficiency = (1 − absorption ÷ capaian) × 100 (PMK 214/2017).
        LapkinEfisiensiRule = "lapkin/efisiensi-rule",
        /// LAPKIN report: E.
        LapkinProgression = "lapkin/progression",
        /// LAPKIN report: No indicator has monthly or quarterly targets.
        LapkinNoProgression = "lapkin/no-progression",
        /// LAPKIN report: Target and realisasi up to each period (cumulative where the.
        LapkinProgressionRule = "lapkin/progression-rule",
        /// LAPKIN report: F.
        LapkinNotes = "lapkin/notes",
        /// LAPKIN report: Every indicator has status ok.
        LapkinNoNotes = "lapkin/no-notes",
        /// LAPKIN report: G.
        LapkinCharts = "lapkin/charts",
        /// LAPKIN report: Capaian per indicator (%).
        LapkinChartCapaian = "lapkin/chart-capaian",
        /// LAPKIN report: Target and realisasi of { $indicator }.
        LapkinChartProgress { indicator } = "lapkin/chart-progress",
        /// LAPKIN report: Budget absorption per period (%).
        LapkinChartBudget = "lapkin/chart-budget",
        /// LAPKIN report: No figures to chart.
        LapkinNoChart = "lapkin/no-chart",
        /// LAPKIN report: Sources.
        LapkinProvenance = "lapkin/provenance",
        /// LAPKIN report: Plan files.
        LapkinPlans = "lapkin/plans",
        /// LAPKIN report: Rule versions.
        LapkinRules = "lapkin/rules",
        /// LAPKIN report: Made.
        LapkinMade = "lapkin/made",
        /// LAPKIN report: rules built into capaian { $version }.
        LapkinBuiltin { version } = "lapkin/builtin",
        /// LAPKIN report: not a git repository.
        LapkinNotGit = "lapkin/not-git",
        /// LAPKIN report: with uncommitted changes.
        LapkinUncommitted = "lapkin/uncommitted",
        /// LAPKIN report: Plans of earlier years (comparison).
        LapkinEarlierPlans = "lapkin/earlier-plans",
        /// LAPKIN report: Numbers are stored as numbers where they are exact; Excel sh.
        LapkinNumbersNote = "lapkin/numbers-note",
        /// LAPKIN report: Total.
        LapkinTotal = "lapkin/total",
        /// LAPKIN report: the sum of every sasaran.
        LapkinGrandTotal = "lapkin/grand-total",
        /// LAPKIN report: Target.
        LapkinLegendTarget = "lapkin/legend-target",
        /// LAPKIN report: Realisasi.
        LapkinLegendRealisasi = "lapkin/legend-realisasi",
        /// LAPKIN report: No.
        LapkinColNo = "lapkin/col-no",
        /// LAPKIN report: Code.
        LapkinColKode = "lapkin/col-kode",
        /// LAPKIN report: Performance indicator.
        LapkinColIndikator = "lapkin/col-indikator",
        /// LAPKIN report: Unit.
        LapkinColSatuan = "lapkin/col-satuan",
        /// LAPKIN report: Target.
        LapkinColTarget = "lapkin/col-target",
        /// LAPKIN report: Realisasi.
        LapkinColRealisasi = "lapkin/col-realisasi",
        /// LAPKIN report: Capaian (%).
        LapkinColCapaian = "lapkin/col-capaian",
        /// LAPKIN report: Category.
        LapkinColKategori = "lapkin/col-kategori",
        /// LAPKIN report: Status.
        LapkinColStatus = "lapkin/col-status",
        /// LAPKIN report: Period.
        LapkinColPeriode = "lapkin/col-periode",
        /// LAPKIN report: Realisasi { $year }.
        LapkinColRealisasiYear { year } = "lapkin/col-realisasi-year",
        /// LAPKIN report: Capaian { $year } (%).
        LapkinColCapaianYear { year } = "lapkin/col-capaian-year",
        /// LAPKIN report: Trend.
        LapkinColTrend = "lapkin/col-trend",
        /// LAPKIN report: Renstra final target.
        LapkinColTargetRenstra = "lapkin/col-target-renstra",
        /// LAPKIN report: Renstra period.
        LapkinColRenstraPeriod = "lapkin/col-renstra-period",
        /// LAPKIN report: Capaian against Renstra (%).
        LapkinColCapaianRenstra = "lapkin/col-capaian-renstra",
        /// LAPKIN report: Pagu.
        LapkinColPagu = "lapkin/col-pagu",
        /// LAPKIN report: Budget realisation.
        LapkinColRealisasiAnggaran = "lapkin/col-realisasi-anggaran",
        /// LAPKIN report: Absorption (%).
        LapkinColPenyerapan = "lapkin/col-penyerapan",
        /// LAPKIN report: Efficiency (%).
        LapkinColEfisiensi = "lapkin/col-efisiensi",
        /// LAPKIN report: Money unit.
        LapkinColSatuanAnggaran = "lapkin/col-satuan-anggaran",
        /// LAPKIN report: Notes.
        LapkinColCatatan = "lapkin/col-catatan",
        /// LAPKIN report: Target to date.
        LapkinColTargetSd = "lapkin/col-target-sd",
        /// LAPKIN report: Realisasi to date.
        LapkinColRealisasiSd = "lapkin/col-realisasi-sd",
        /// LAPKIN report: Mean capaian (%).
        LapkinColAverage = "lapkin/col-average",
        /// LAPKIN report: Indicators counted.
        LapkinColCounted = "lapkin/col-counted",
        /// LAPKIN report: Left out (no capaian).
        LapkinColLeftOut = "lapkin/col-left-out",
        /// LAPKIN report: Item.
        LapkinColItem = "lapkin/col-item",
        /// LAPKIN report: Value.
        LapkinColValue = "lapkin/col-value",
        /// LAPKIN report: Measurement.
        LapkinSheetMeasurement = "lapkin/sheet-measurement",
        /// LAPKIN report: Goals.
        LapkinSheetSummary = "lapkin/sheet-summary",
        /// LAPKIN report: Comparison.
        LapkinSheetComparison = "lapkin/sheet-comparison",
        /// LAPKIN report: Budget.
        LapkinSheetBudget = "lapkin/sheet-budget",
        /// LAPKIN report: Progress.
        LapkinSheetProgression = "lapkin/sheet-progression",
        /// LAPKIN report: Notes.
        LapkinSheetNotes = "lapkin/sheet-notes",
        /// LAPKIN report: Charts.
        LapkinSheetCharts = "lapkin/sheet-charts",
        /// LAPKIN report: Sources.
        LapkinSheetSources = "lapkin/sheet-sources",
        /// Hint: a date in a realisasi cell.
        CollectDateHelp = "hint/collect-date",
        /// What a cell holds: an error value (`#DIV/0!`).
        CollectCellError { error } = "type/cell-error",
        /// Note: a conflict replaced with --force.
        CollectReplaced = "note/collect-replaced",
        /// One change of `collect`.
        CollectChange { indicator, period, old, new, cell } = "collect/change",
        /// What `collect` found, counted.
        CollectSummary { new, replaced, same } = "collect/summary",
        /// `collect` wrote the new plan.
        CollectWritten { path } = "collect/written",
        /// `collect --dry-run` wrote nothing.
        CollectDryRun = "collect/dry-run",
        /// `template` wrote a workbook.
        TemplateWrote { file, indicators, rows } = "template/wrote",
        /// `template`: indicators without a team.
        TemplateNoTim { file, count } = "template/no-tim",
        /// Workbook: the data sheet's title.
        XlTitle = "xl/title",
        /// Workbook: unit and year.
        XlUnit { unit, year } = "xl/unit",
        /// Workbook: the team.
        XlGroupTim { name } = "xl/group-tim",
        /// Workbook: the sasaran.
        XlGroupSasaran { name } = "xl/group-sasaran",
        /// Workbook: the indicator.
        XlGroupIndikator { name } = "xl/group-indikator",
        /// Workbook: indicators without a team or sasaran.
        XlNoGroup = "xl/no-group",
        /// Workbook: polarity.
        XlPolarityNaik = "xl/polarity-naik",
        /// Workbook: polarity.
        XlPolarityTurun = "xl/polarity-turun",
        /// Workbook: how to fill in a yearly row.
        XlHowYear = "xl/how-year",
        /// Workbook: how to fill in a row added up.
        XlHowSum = "xl/how-sum",
        /// Workbook: how to fill in a row to date.
        XlHowLast = "xl/how-last",
        /// Workbook: how to fill in a row averaged.
        XlHowAverage = "xl/how-average",
        /// Workbook column.
        XlColNo = "xl/col-no",
        /// Workbook column.
        XlColId = "xl/col-id",
        /// Workbook column.
        XlColSasaran = "xl/col-sasaran",
        /// Workbook column.
        XlColIndicator = "xl/col-indicator",
        /// Workbook column.
        XlColDefinisi = "xl/col-definisi",
        /// Workbook column.
        XlColSatuan = "xl/col-satuan",
        /// Workbook column.
        XlColPolarity = "xl/col-polarity",
        /// Workbook column.
        XlColPeriod = "xl/col-period",
        /// Workbook column.
        XlColTarget = "xl/col-target",
        /// Workbook column.
        XlColHow = "xl/col-how",
        /// Workbook column.
        XlColRealisasi = "xl/col-realisasi",
        /// Workbook column.
        XlColNote = "xl/col-note",
        /// Workbook: the validation's title.
        XlValidTitle = "xl/valid-title",
        /// Workbook: prompt of a realisasi that may be negative.
        XlValidAny = "xl/valid-any",
        /// Workbook: prompt of a realisasi that may not be negative.
        XlValidNonNegative = "xl/valid-non-negative",
        /// Workbook: a value the validation refuses.
        XlValidError { satuan } = "xl/valid-error",
        /// Workbook: the instructions' title.
        XlGuideTitle = "xl/guide-title",
        /// Workbook: instruction.
        XlGuide1 { plan } = "xl/guide-1",
        /// Workbook: instruction.
        XlGuide2 = "xl/guide-2",
        /// Workbook: instruction.
        XlGuide3 = "xl/guide-3",
        /// Workbook: instruction.
        XlGuide4 = "xl/guide-4",
        /// Workbook: instruction.
        XlGuide5 = "xl/guide-5",
        /// Workbook: instruction.
        XlGuide6 = "xl/guide-6",
        /// Workbook: instruction.
        XlGuide7 = "xl/guide-7",
        /// Workbook: instruction.
        XlGuide8 = "xl/guide-8",

        /// Why a rule stopped: a division by zero.
        RhaiDivisionByZero { expression } = "rhai/division-by-zero",
        /// Why a rule stopped: a result beyond a decimal.
        RhaiOverflow { expression } = "rhai/overflow",
        /// Why a rule stopped: a value of the wrong type.
        RhaiWrongType { found, expected } = "rhai/wrong-type",
        /// Why a rule stopped: a list index out of range.
        RhaiListIndex { index, len } = "rhai/list-index",
        /// Why a rule stopped: a text index out of range.
        RhaiTextIndex { index, len } = "rhai/text-index",
        /// Why a rule stopped: indexing a value that has no index.
        RhaiNotIndexable { found } = "rhai/not-indexable",
        /// Why a rule stopped: an index a map or list does not have.
        RhaiNoSuchIndex { index } = "rhai/no-such-index",
        /// Why a rule stopped: a variable never defined.
        RhaiNoVariable { variable } = "rhai/no-variable",
        /// Why a rule stopped: a map key that is not there.
        RhaiNoKey { key } = "rhai/no-key",
        /// Why a rule stopped: a function that does not exist.
        RhaiNoFunction { function } = "rhai/no-function",
        /// Why a rule stopped: an imported rule that does not exist.
        RhaiNoSuchRule { module } = "rhai/no-such-rule",
        /// Why a rule stopped: changing a constant.
        RhaiConstant { name } = "rhai/constant",
        /// Why a rule stopped: `for` over something not a list.
        RhaiForNeedsList = "rhai/for-needs-list",
        /// Why a rule stopped: the operation limit.
        RhaiOperations = "rhai/operations",
        /// Why a rule stopped: the call depth limit.
        RhaiCallDepth = "rhai/call-depth",
        /// Why a rule stopped: the import limit.
        RhaiModules = "rhai/modules",
        /// Why a rule stopped: a value past the size limit.
        RhaiTooLarge { what: Box<Text> } = "rhai/too-large",
        /// What grew too large: a text.
        SizeText = "size/text",
        /// What grew too large: a list.
        SizeList = "size/list",
        /// What grew too large: a map.
        SizeMap = "size/map",
        /// What grew too large, in Rhai's words.
        SizeOther { what } = "size/other",
        /// Why a rule stopped: stopped from outside (time limit).
        RhaiStopped = "rhai/stopped",
        /// Why a rule stopped: its own `throw`.
        RhaiThrown { message } = "rhai/thrown",
        /// Why a rule stopped: a `throw` without words.
        RhaiThrownNothing = "rhai/thrown-nothing",
        /// Why a rule stopped, in Rhai's own (English) words.
        RhaiOther { text } = "rhai/other",
        /// A hook's return: neither number, () nor map.
        ReturnNotValue { found, value } = "return/not-value",
        /// A hook's return: a map key nobody reads.
        ReturnUnknownKey { key, allowed } = "return/unknown-key",
        /// A hook's return: a key that should be a number.
        ReturnNotNumber { key, value } = "return/not-number",
        /// A hook's return: a key that should be text.
        ReturnNotText { key, found } = "return/not-text",
        /// A hook's return: the other hook's key.
        ReturnWrongHook { key, hook } = "return/wrong-hook",
        /// A hook's return: an unknown status.
        ReturnUnknownStatus { status } = "return/unknown-status",
        /// A hook's return: `outputs` that is no map.
        ReturnOutputsNotMap { found } = "return/outputs-not-map",
        /// A hook's return: an output name that is no identifier.
        ReturnOutputName { name } = "return/output-name",
        /// A hook's return: an output named like a result column.
        ReturnOutputReserved { name } = "return/output-reserved",
        /// A hook's return: an output value of no known shape.
        ReturnOutputValue { name, value } = "return/output-value",
        /// A hook's return: an output's decimals out of range.
        ReturnOutputDecimals { name, value } = "return/output-decimals",
        /// A hook's return: an output's unknown rounding.
        ReturnOutputRounding { name, value } = "return/output-rounding",
        /// A hook's return: `note` of no known shape.
        ReturnNoteType { found } = "return/note-type",
        /// A hook's return: a note language other than en/id.
        ReturnNoteLanguage { language } = "return/note-language",
        /// A hook's return: a note map without `en`.
        ReturnNoteNoEn = "return/note-no-en",
        /// A text a data file gives in both languages (`description` and
        /// `description_id`): each catalogue shows its own.
        Bilingual { en, id } = "data/bilingual",
        /// A rule parameter of another kind than its default.
        HelperParamKind { key, expected: Box<Text>, found: Box<Text>, value } = "helper/param-kind",
        /// A number parameter written in quotes.
        HelperParamQuoted { key, value } = "helper/param-quoted",
        /// Some other value (in `kind_of`).
        TypeValue = "type/value",
        /// A helper's argument that is not a number.
        HelperNotNumber { what, found } = "helper/not-number",
        /// A helper's digit count out of range.
        HelperDecimals { found } = "helper/decimals",
        /// A helper's result too large.
        HelperOverflow { function } = "helper/overflow",
        /// A helper given an empty list.
        HelperEmptyList { function } = "helper/empty-list",
        /// geomean of a number not above 0.
        HelperGeomeanPositive { found } = "helper/geomean-positive",
        /// sqrt of a negative number.
        HelperSqrtNegative { found } = "helper/sqrt-negative",
        /// A power too large.
        HelperPowerOverflow { value, power } = "helper/power-overflow",
        /// `kategori_in` of a value that is no number.
        HelperKategoriNotNumber { found } = "helper/kategori-not-number",
        /// The line telling where the page is.
        ServeListening { url } = "serve/listening",
        /// Page navigation.
        ServeNavUpload = "serve/nav-upload",
        /// Page navigation.
        ServeNavRules = "serve/nav-rules",
        /// Page navigation.
        ServeNavDownloads = "serve/nav-downloads",
        /// Page title.
        ServeUploadTitle = "serve/upload-title",
        /// Upload page.
        ServeUploadIntro = "serve/upload-intro",
        /// Upload page.
        ServeUploadFiles = "serve/upload-files",
        /// Upload page.
        ServeUploadLimits { files, size, rows } = "serve/upload-limits",
        /// Upload page.
        ServeUploadPeriod = "serve/upload-period",
        /// Upload page.
        ServePeriodYear = "serve/period-year",
        /// Upload page.
        ServePeriodEveryQuarter = "serve/period-every-quarter",
        /// Upload page.
        ServePeriodQuarter { n } = "serve/period-quarter",
        /// Upload page.
        ServePeriodMonth { month } = "serve/period-month",
        /// Upload page.
        ServeUploadCompare = "serve/upload-compare",
        /// Upload page.
        ServeUploadSubmit = "serve/upload-submit",
        /// Link back.
        ServeBack = "serve/back",
        /// Link back.
        ServeBackToResults = "serve/back-to-results",
        /// Page title.
        ServeProblemTitle = "serve/problem-title",
        /// Problems table.
        ServeColSeverity = "serve/col-severity",
        /// Problems table.
        ServeColFile = "serve/col-file",
        /// Problems table.
        ServeColSheet = "serve/col-sheet",
        /// Problems table.
        ServeColPlace = "serve/col-place",
        /// Problems table.
        ServeColProblem = "serve/col-problem",
        /// Page title.
        ServeResultsTitle = "serve/results-title",
        /// Results page.
        ServeResultsOf { files } = "serve/results-of",
        /// Results filter.
        ServeFilterStatus = "serve/filter-status",
        /// Results filter.
        ServeFilterKategori = "serve/filter-kategori",
        /// Results filter.
        ServeFilterAll = "serve/filter-all",
        /// Results filter.
        ServeFilterApply = "serve/filter-apply",
        /// Results page.
        ServeNoResults = "serve/no-results",
        /// Results page.
        ServeExplainLink = "serve/explain-link",
        /// Results page.
        ServeSummarySasaran = "serve/summary-sasaran",
        /// Results page.
        ServeSummaryUnit = "serve/summary-unit",
        /// Summary table.
        ServeColCounted = "serve/col-counted",
        /// Summary table.
        ServeColMean = "serve/col-mean",
        /// Summary table.
        ServeColResults = "serve/col-results",
        /// Results page.
        ServeProblems = "serve/problems",
        /// Page title.
        ServeExplainTitle = "serve/explain-title",
        /// Page title.
        ServeDownloadsTitle = "serve/downloads-title",
        /// Downloads page.
        ServeDownloadReport = "serve/download-report",
        /// Downloads page.
        ServeDownloadResults = "serve/download-results",
        /// Downloads page.
        ServeDownloadTemplates = "serve/download-templates",
        /// Downloads page.
        ServeDownloadTemplatesNote = "serve/download-templates-note",
        /// Page title.
        ServeRulesTitle = "serve/rules-title",
        /// Rules page.
        ServeRulesIntro = "serve/rules-intro",
        /// Rule page.
        ServeRuleDoc = "serve/rule-doc",
        /// Rule page.
        ServeRuleSource = "serve/rule-source",
        /// `tree`: a plan's heading.
        TreePlan { unit, year, path } = "tree/plan",
        /// `tree`: column header.
        TreeColNode = "tree/col-node",
        /// `tree`: column header.
        TreeColLevel = "tree/col-level",
        /// `tree`: the level of a node.
        TreeTujuan = "tree/tujuan",
        /// `tree`: the level of a node.
        TreeSasaran = "tree/sasaran",
        /// `tree`: the level of a node.
        TreeIndicator = "tree/indicator",
        /// `tree`: a node deeper than the indentation shows.
        TreeDepth { depth } = "tree/depth",
        /// `tree`: a node of a loop of parents, shown at the top.
        TreeInCycle = "tree/in-cycle",
        /// Hint: the ids a parent may name.
        TreeParentsAre { ids } = "tree/parents-are",
        /// Hint: give the other plan too.
        TreeGivePlan { unit } = "tree/give-plan",
        // Roll-ups (capaian rollup, explain --rollup).
        /// The LAPKIN's note on sasaran summed up by another method than the mean.
        LapkinRollupRule = "lapkin/rollup-rule",
        /// The LAPKIN's sasaran summary row by a method other than the mean.
        LapkinColRollup { method } = "lapkin/col-rollup",
        /// What a name names.
        WhatRollupMethod = "what/rollup-method",
        /// What a name names.
        WhatRollupLevel = "what/rollup-level",
        /// The top of a units file.
        PlaceUnitsFile = "place/units-file",
        /// Column header.
        RollupColKey = "rollup/col-key",
        /// Column header.
        RollupColName = "rollup/col-name",
        /// Column header.
        RollupColPeriod = "rollup/col-period",
        /// Column header.
        RollupColMethod = "rollup/col-method",
        /// Column header.
        RollupColCapaian = "rollup/col-capaian",
        /// Column header.
        RollupColIndicators = "rollup/col-indicators",
        /// Column header.
        RollupColLeftOut = "rollup/col-left-out",
        /// Column header.
        RollupColRank = "rollup/col-rank",
        /// Under a ranked table: who has no rank.
        RollupNotRanked { keys } = "rollup/not-ranked",
        /// Why left out: the indicator's status.
        RollupWhyStatus { status } = "rollup/why-status",
        /// Why left out: no bobot.
        RollupWhyNoBobot = "rollup/why-no-bobot",
        /// Why left out: no pembilang/penyebut.
        RollupWhyNoRatio = "rollup/why-no-ratio",
        /// Why left out: another polarity.
        RollupWhyOtherPolarity = "rollup/why-other-polarity",
        /// Why left out: no figure beneath.
        RollupWhyNoFigure = "rollup/why-no-figure",
        /// Why left out: a unit without plan.
        RollupWhyNoPlan = "rollup/why-no-plan",
        /// Explanation: the first line.
        RollupExplainHead { level, key, name } = "rollup/explain-head",
        /// Explanation: the plan.
        RollupExplainPlan { plan } = "rollup/explain-plan",
        /// Explanation: the period.
        RollupExplainPeriod { period } = "rollup/explain-period",
        /// Explanation: the method.
        RollupExplainMethod { method } = "rollup/explain-method",
        /// Explanation: one member.
        RollupExplainMember { key, capaian, extra, indicators } = "rollup/explain-member",
        /// Explanation: a member's weight.
        RollupExplainWeight { weight } = "rollup/explain-weight",
        /// Explanation: a member's sums.
        RollupExplainSums { pembilang, expected } = "rollup/explain-sums",
        /// Explanation: the mean.
        RollupExplainMean { sum, n, raw } = "rollup/explain-mean",
        /// Explanation: the weighted mean.
        RollupExplainWeighted { sum, weight, raw } = "rollup/explain-weighted",
        /// Explanation: pooled ratios.
        RollupExplainRatio { pembilang, expected, raw } = "rollup/explain-ratio",
        /// Explanation: pooled ratios, lower is better.
        RollupExplainRatioLower { pembilang, expected, raw } = "rollup/explain-ratio-lower",
        /// Explanation: the lowest.
        RollupExplainMin { values, raw } = "rollup/explain-min",
        /// Explanation: no figure.
        RollupExplainNone = "rollup/explain-none",
        /// Explanation: the rounding.
        RollupExplainRounded { value } = "rollup/explain-rounded",
        /// Explanation: one left out.
        RollupExplainLeftOut { key, why } = "rollup/explain-left-out",
        /// Explanation: the counts.
        RollupExplainCount { indicators, counted, left_out } = "rollup/explain-count",
        /// Explanation: the rank.
        RollupExplainRank { rank } = "rollup/explain-rank",
    }
}
