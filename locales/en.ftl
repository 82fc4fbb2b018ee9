# capaian's messages in English.
#
# Each message id is a stable code with `/` written as `-` (code
# `number/empty` is message `number-empty`); `.help` is the hint shown under
# a diagnostic. Parameters ({ $text }) arrive already formatted. Keep every
# id of id.ftl here too: a test fails when either catalogue lacks one.

## Files and TOML

file-unreadable = cannot read `{ $path }`: { $reason }
file-unwritable = cannot write `{ $path }`: { $reason }
file-temp-folder = cannot create a temporary folder: { $reason }
toml-syntax = invalid TOML: { $reason }
scale-syntax = invalid scale file: { $reason }
toml-unknown-key = unknown key `{ $key }` in { $place }
toml-not-a-table = `{ $key }` must be a table, found { $found }
toml-not-text = `{ $key }` must be text, found { $found }
toml-not-integer = `{ $key }` must be a whole number, found { $found }
toml-integer-too-large = `{ $key }` is too large
toml-not-number = `{ $key }` must be a number, found { $found }
toml-not-target = `{ $key }` must be a number or a range such as "80–90%", found { $found }
toml-not-bool = `{ $key }` must be true or false
toml-not-base-10 = `{ $key }`: write numbers in base 10
toml-not-finite = `{ $key }` = { $text } is not a finite number within the range of exact decimals
toml-period-key = in `{ $key }`: `{ $text }` is not a period: expected a year (2024), a month (2024-06 or Juni 2024), a quarter (2024-Q2 or TW II 2024) or a half-year (2024-S1 or Semester I 2024)
toml-not-period-table = `{ $key }` must be a table of periods, such as {"{"} "2024-01" = 5 {"}"}
    .help = a single value needs the plan year: set `year` in [plan]
toml-date-parameter = `{ $key }`: dates are not supported as parameters
toml-not-list-of-tables = `{ $key }` must be a list of tables: write each as { $header }
toml-unknown-name = unknown { $what } `{ $name }`
option-unknown-name = `{ $option }` does not take `{ $name }`

## CSV files

csv-empty = the CSV file is empty
csv-header = cannot read the CSV header: { $reason }
csv-row = cannot read CSV row: { $reason }
csv-cell-count = row has { $cells } cells but the header has { $header }
csv-unclosed-quote = a quote `"` opened on this line is never closed: the file ends inside it
csv-duplicate-column = column `{ $name }` appears twice
csv-unknown-column = unknown column `{ $name }`
csv-unused-column = column `{ $name }` is not used by capaian and is ignored
csv-missing-column = the CSV has no `{ $name }` column
csv-empty-indicator = the `indicator` cell is empty
csv-duplicate-period = indicator `{ $indicator }` has two rows for period { $period }
csv-mixed-grains = indicator `{ $indicator }` adds up rows of different period lengths ({ $grains })
    .help = with aggregation sum or average give all rows as months, or all as quarters
csv-mixed-to-date = indicator `{ $indicator }` mixes rows of different period lengths ({ $grains })
    .help = give an indicator's rows to date as months or as quarters, not both; a year row for the annual figures may stand beside them
csv-empty-cell = the `{ $column }` cell is empty
    .help = write the number of this row's period in column `{ $column }` (a realisasi not yet known may stay empty)
csv-conflict = `{ $column }` of indicator `{ $indicator }` is `{ $new }` here but `{ $old }` on an earlier row
csv-repeated-header = this row repeats the header and is skipped
    .help = files pasted together repeat their header; delete the line to silence this
csv-empty-unit = row { $row } has no `unit`
    .help = write the unit (satker, OPD) the row belongs to in column `unit`
csv-empty-period = the `period` cell is empty
    .help = write the period this row reports: a year (2024), a month (2024-06) or a quarter (2024-Q2)
csv-decimals = `decimals` must be a whole number from 0 to { $max }, found `{ $found }`


## Workbooks (.xlsx, .xlsm, .xls, .ods)

workbook-unreadable = cannot read the workbook `{ $path }`: { $reason }
    .help = open it in Excel or LibreOffice and save it again as .xlsx (a file that is encrypted or only named .xlsx cannot be read)
workbook-too-large = the workbook `{ $path }` is larger than capaian reads ({ $limit })
    .help = split it, or save the sheet of indicators alone as .xlsx or .csv
workbook-no-data = the workbook `{ $path }` has no sheet of plan data (sheets: { $sheets })
    .help = give one sheet a first row of column names: unit, indicator, target, realisasi (or unit kerja, indikator, target, realisasi)
workbook-sheet-skipped = sheet `{ $sheet }` is skipped: no row at its top names the plan's columns
    .help = a sheet of data has a row of column names (unit, indicator, target, realisasi, …) at its top, below its title if it has one
workbook-missing-column = sheet `{ $sheet }` has no `{ $name }` column
workbook-formula-no-value = the formula `{ $formula }` has no stored result
    .help = open the workbook in Excel or LibreOffice and save it, so the results of its formulas are stored; capaian reads results, it does not compute formulas
workbook-float-digits = the number { $text } has { $digits } significant digits; a number cell keeps only 15 exactly
    .help = type a number this long as text (start it with an apostrophe: '1234567890123456789)
workbook-xls = `{ $path }` is an Excel 97–2003 workbook (.xls), which capaian does not read: its percent cells cannot be told from fractions
    .help = open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)"
workbook-ods-percent = `{ $path }` has percentage cells, which capaian cannot read from .ods exactly (it would see 0,9761 for 97,61%)
    .help = save the workbook as .xlsx, or type percentages as text (97,61%)

## Numbers and periods

number-empty = expected a number, found an empty value `{ $text }`
    .help = write a number, or leave the period out if there is no value yet
number-unexpected-character = `{ $text }` is not a number in the { $convention } convention: unexpected character `{ $character }`
number-bad-group = `{ $text }` is not a number in the { $convention } convention: `{ $group }` groups thousands here, so every group after the first needs exactly 3 digits (found `{ $found }`)
number-two-decimal-marks = `{ $text }` is not a number in the { $convention } convention: more than one decimal mark `{ $mark }`
number-no-digits = `{ $text }` is not a number in the { $convention } convention: there are no digits
number-no-integer-digits = `{ $text }` is not a number in the { $convention } convention: there are no digits before the decimal mark
number-bad-fraction = `{ $text }` is not a number in the { $convention } convention: the digits after the decimal mark `{ $mark }` are missing or grouped
number-words-not-satuan = `{ $text }` is not a number in the { $convention } convention: `{ $words }` after the number is not the indicator's satuan (`{ $satuan }`): write the number alone
number-words = `{ $text }` is not a number in the { $convention } convention: `{ $words }` after the number: write the number alone, and its unit in `satuan`
number-range-reversed = `{ $text }` is not a number in the { $convention } convention: the range starts above where it ends ({ $low } > { $high })
number-scientific = `{ $text }` is a spreadsheet's scientific format, not the figure: its digits are already lost
    .help = format the column as Number in the spreadsheet (no scientific format) and export again, so the cell holds every digit
number-ratio = `{ $text }` is not a ratio: its first number must be a number other than 0, neither side a percentage
    .help = write a ratio as reports print it: 1:32, 1 : 17,9
number-sum-overflow = the realisasi of `{ $indicator }` up to { $period } add up beyond the range of exact decimals (about 7.9e28)
    .help = check the figures' units: a total this large is almost always a unit slip (rupiah written as sen, a figure repeated)
number-out-of-range = `{ $text }` is beyond the range of exact decimals (about ±7.9e28, 28 digits)
number-ambiguous = `{ $text }` is read as { $value } in the { $convention } convention; in the { $other_convention } convention it would be { $other_value }
    .help = write the number unambiguously (10000 or "10.000" with numbers = "id"), or confirm the convention
period-invalid = `{ $text }` is not a period: expected a year (2024), a month (2024-06 or Juni 2024), a quarter (2024-Q2 or TW II 2024) or a half-year (2024-S1 or Semester I 2024)

## Rules and the sandbox

rule-unknown = unknown rule `{ $name }`
rule-syntax = rule `{ $name }` does not compile: { $reason }
rule-failed = rule `{ $name }` failed: { $reason }
sandbox-operations = rule `{ $name }` failed: { $reason }
    .help = the rule ran too long (operation limit reached): look for a loop that never ends
sandbox-call-depth = rule `{ $name }` failed: { $reason }
    .help = the rule recursed too deeply: look for a function that calls itself without end
sandbox-data-size = rule `{ $name }` failed: { $reason }
    .help = the rule built a value that is too large ({ $what }): look for a string or list that grows without end
sandbox-modules = rule `{ $name }` failed: { $reason }
    .help = the rule imports too many modules
rule-undefined-variable = rule `{ $name }` failed: { $reason }
    .help = `{ $variable }` is not defined: rules see only their argument `x`, their own variables and the helper functions
rule-missing-key = rule `{ $name }` failed: { $reason }
    .help = the map has no key `{ $key }`; use `"{ $key }" in map` to test for it
rule-unknown-function = rule `{ $name }` failed: { $reason }
    .help = no function `{ $function }`: rules cannot use files, network, clock or eval; see docs/functions.md for the helpers
rule-bad-return = `{ $hook }` of rule `{ $name }` { $found }
    .help = see docs/rules.md for what a rule may return
rule-no-capaian = `capaian` of rule `{ $name }` returned no value; return a number or not_computable(reason)
    .help = see docs/rules.md for what a rule may return
rule-bad-kategori = `kategori` of rule `{ $name }` returned { $found }, expected text
    .help = see docs/rules.md for what a rule may return
rule-missing-parameter = indicator `{ $indicator }` does not set parameter `{ $param }`, which rule `{ $rule }` requires
calc-failed = { $reason }
calc-syntax = { $reason }

## Category scales

scale-unknown = unknown category scale `{ $name }`
    .help = scales are looked up as scales/NAME.toml in the rule folders; built in: lkjip
scale-no-bands = scale `{ $name }` has no [[band]]
scale-band-not-table = each band must be a table
scale-band-no-kategori = a band needs `kategori`
scale-band-reversed = band `{ $kategori }` starts above where it ends
scale-bands-overlap = band `{ $first }` overlaps band `{ $second }`
scale-no-band = capaian { $capaian } falls in no band of scale `{ $scale }`
    .help = add a band for it to the scale file

## Plans and indicators

plan-no-unit = the plan has no [unit] table
    .help = add:
        {"["}unit]
        id = "labkesmas-batam"
        name = "…"
plan-unit-no-id = [unit] needs an `id`
plan-year = `{ $year }` is not a plausible plan year
plan-renstra = `{ $text }` is not a Renstra period; write its first and last year, e.g. "2021-2026"
plan-duplicate-indicator = duplicate indicator id `{ $id }`
    .help = each indicator of a plan needs its own id
plan-duplicate-component = duplicate component id `{ $id }`
plan-indicator-not-a-table = each indicator must be a table
plan-component-not-a-table = each component must be a table
plan-discrepancy-fields = [[discrepancy]] needs `rule` and `reason`
plan-mixed-grains = `{ $series }` of `{ $indicator }` mixes a { $first } ({ $first_period }) with a { $other } ({ $other_period })
    .help = give every period of a series at the same granularity: all months, all quarters or one year
plan-period-outside-year = `{ $series }` gives { $period }, outside the plan year { $year }
    .help = a plan holds one year: move the figure to that year's plan, or correct the period
file-windows-1252 = `{ $path }` is not UTF-8 (first at line { $line }): read as Windows-1252, the encoding Excel's "CSV (Comma delimited)" uses
    .help = check the names with accents or symbols (m², –); save the sheet as "CSV UTF-8" to be sure
number-percent-fraction = `{ $indicator }`: realisasi { $value } for { $period } against a target of { $target } (satuan %): is it { $value }% or { $scaled }%?
    .help = write both sides the same way: percentages as percentages (93 or 93%) or fractions as fractions (0,93 against 0,95)
plan-comparison-polarity = `{ $indicator }`: target `{ $target }` says { $implied }, but the indicator's polarity is { $polarity }
    .help = the capaian follows the polarity; correct the word or the polarity (≤, maks., kurang dari: turun; ≥, minimal, paling sedikit: naik)
plan-range-polarity = `{ $indicator }` has a range target but no `polarity`: it is read as naik (higher is better)
    .help = say which way is better: polarity = "naik" (a share, a count) or "turun" (a time to finish, a rate of cases)
plan-rounding-not-table = `rounding` must be a table such as {"{"} decimals = 2, mode = "half-up" {"}"}
plan-decimals = `decimals` must be between 0 and { $max }, found { $found }
plan-budget-not-table = `budget` must be a table such as {"{"} pagu = "920.021.000" {"}"}
plan-program-type = `program` must be its name or a table such as {"{"} kode = "5 03 02", nama = "PROGRAM KEPEGAWAIAN DAERAH" {"}"}, found { $found }
plan-program-no-name = `program` has no `nama`: write the programme's name as the document prints it
budget-pagu-not-positive = the pagu of `{ $indicator }` is { $pagu }: a budget ceiling is above zero, so no penyerapan or efisiensi can be read from it
    .help = check the pagu against the DIPA or the document's allocation column
budget-realisasi-negative = realisasi anggaran of `{ $indicator }` at { $period } is { $value }: money spent is never below zero
    .help = check the sign; a refund is reported as lower spending, not as a negative entry
budget-above-pagu = realisasi anggaran of `{ $indicator }` to { $period } is { $value }, above its pagu { $pagu } (penyerapan over 100%)
    .help = check the figures against the pagu after revision; spending above the ceiling is rare
budget-decreasing = realisasi anggaran of `{ $indicator }` to { $period } is { $value }, lower than { $previous } to { $previous_period }: money spent to date does not go down
    .help = rows give money spent up to their period (s.d.): check for a month's own spending typed as the total
plan-illustrative-empty = `illustrative` is empty: say which figures are illustrative
plan-illustrative-type = `illustrative` must be true or a text, found { $found }
    .help = e.g. illustrative = "realisasi invented: the RKT prints none"
table-duplicate = duplicate table id `{ $id }`
table-not-a-table = each table must be a table
table-row-not-a-table = each row must be a table
table-no-id = [[table]] needs an `id`
table-columns-not-list = `columns` must be a list of column names
table-no-columns = table `{ $id }` needs `columns`, the names of its numeric columns
table-undeclared-column = `{ $key }` in a row of table `{ $table }` is a number but not a declared column
table-unknown-parent = row's parent `{ $parent }` is not the `kode` of any row of table `{ $table }`
table-duplicate-kode = duplicate kode `{ $kode }` in table `{ $table }`
plan-id-control = the id `{ $id }` holds a control or invisible character
    .help = ids name rows of every report: write it with letters, digits and punctuation only
plan-no-indicators = the plan has no indicators: nothing to evaluate
plan-indicator-no-id = indicator #{ $index } has no `id`
plan-component-no-id = component #{ $index } has no `id`
indicator-not-found = no indicator `{ $id }` in { $path }
plan-periods-without-plan = no plan given is for { $periods }: nothing is reported for them
    .help = give the plan of that year too, or a range within the plan year
plan-compare-without-plan = no plan given is for { $years }: there is nothing to compare with
    .help = give that year's plan beside this one (e.g. `capaian eval rkt-2023.toml rkt-2024.toml`)
plan-years-unmatched = { $unit }: indicators of { $year } with no indicator in { $earlier }: { $new }; indicators of { $earlier } that no indicator of { $year } continues: { $gone }
    .help = an indicator whose id changed names its earlier id with `previous_id = "…"`, so the years join
plan-other-year = { $path } is a { $year } plan; nothing to report for { $period }

## Validation rules and check findings

validation-no-id = a validation rule needs an `id`
validation-not-a-list = `{ $key }` must be a list of names
validation-missing-columns = rule `{ $rule }`: missing_columns must be `skip` or `zero`, found `{ $found }`
validation-row-sides = rule `{ $rule }` of kind row needs `left` and `right`
validation-unknown-kind = rule `{ $rule }`: unknown kind `{ $found }`
    .help = expected row, children, cumulative-nondecreasing, cumulative-ends-at-annual or realisasi-every-past-period
validation-unknown-operator = rule `{ $rule }`: unknown operator `{ $found }`
    .help = expected ==, !=, <, <=, > or >=
validation-importance = rule `{ $rule }`: importance must be `error` or `warning`, found `{ $found }`
validation-expression = rule `{ $rule }` has an expression that does not compile
check-row = table `{ $table }`, row `{ $row }`: { $left } = { $left_value } but { $right } = { $right_value } (difference { $difference }); { $cells }
check-children = table `{ $table }`, `{ $row }` { $column } = { $value } but the sum of its { $count } children is { $sum } (difference { $difference })
check-children-overflow = table `{ $table }`, `{ $row }` { $column }: the sum of its children is beyond the range of exact decimals
check-cumulative-decreases = `{ $indicator }`: cumulative target { $target } for { $period } is below { $previous } for { $previous_period }
check-cumulative-annual = `{ $indicator }`: cumulative target for { $period } is { $target } but the annual target is { $annual }
check-realisasi-missing = `{ $indicator }`: no realisasi for { $periods } (periods up to { $as_of } have passed)
check-discrepancy-unused = accepted discrepancy `{ $rule }` is no longer found
    .help = the data or the rule changed; remove this [[discrepancy]] or correct its table/row/indicator

## Fixture cases

case-not-a-table = each case must be a table
case-indicator-needs-plan = an indicator given by id needs `plan = "path/to/plan.toml"`
case-indicator-type = `indicator` must be an inline table or the id of an indicator of `plan`
case-expect-not-a-table = `expect` must be a table
case-no-indicator = case `{ $case }` has no `indicator`
case-earlier-no-year = an `earlier` entry needs its `year`
    .help = write e.g. `earlier = [{"{"} year = 2023, target = 99, realisasi = 97 {"}"}]`
case-no-expect = case `{ $case }` has no `expect`
case-decimals = `decimals` must be 0–{ $max }, found { $found }
case-plan-unreadable = cannot read plan `{ $path }`: { $reason }
case-unset-unknown = `unset` names `{ $key }`, which the file's base indicator does not have
case-drop-unknown = `drop` names component `{ $id }`, which the file's base indicator does not have
case-not-a-list = `{ $key }` must be a list of texts, e.g. { $key } = ["a", "b"]
case-unknown-base = the case file has no base `[base.{ $name }]`

## git (capaian diff)

git-failed = cannot run git: { $reason }
git-no-repository = `capaian diff` needs a git repository
    .help = run it inside the repository that holds the rules
git-unknown-revision = unknown git revision `{ $revision }`
    .help = name a branch, tag or commit that exists (git branch -a, git log)

## Labels

label-error = error
label-warning = warning
label-note = note
label-help = help
label-note-line = note
context-indicator = while evaluating indicator `{ $indicator }`
context-indicator-period = while evaluating indicator `{ $indicator }`, period { $period }

## Hints

type-text = text
type-integer = a whole number
type-decimal = a decimal number
type-bool = true/false
type-date = a date
type-list = a list
type-table = a table
grain-total = total
grain-year = year
grain-half = half-year
grain-quarter = quarter
grain-month = month
place-key = { $key }
place-plan-file = the plan file
place-case-file = a case file
place-case = a case
place-scale-file = a scale file
place-band = a band
place-validation-file = a validation file
place-validation-rule = a validation rule
place-indicator = indicator `{ $id }`
place-component = component `{ $id }`
what-polarity = polarity
what-aggregation = aggregation
what-target-kind = target_kind
what-plan-kind = plan kind
what-revision = revision
what-rounding-mode = rounding mode
what-number-convention = number convention
what-status = status
what-granularity = granularity
what-trend = trend
hint-expected-names = expected { $names } or { $last }
hint-expected-name = expected { $name }
hint-csv-first-line = the first line names the columns: { $columns }
hint-csv-unclosed-quote = a quote `"` opened in this row is never closed, so the rest of the file is read as one cell: close the quote, or remove it
hint-csv-one-cell-per-column = every row needs one cell per column; quote cells that contain the delimiter
hint-csv-columns-read = columns read: { $columns }
hint-csv-required-columns = required columns: { $columns }
test-fail = FAIL
test-expected = expected
test-actual = actual
test-rule = rule
test-source = source
test-inputs = inputs
test-base = laid over the base indicator at { $place }
test-summary = { $passed } passed, { $failed } failed
coverage-heading = line coverage of rule files by the cases:
coverage-not-run = not run: { $lines }
coverage-below = coverage of { $file } is { $percent }%, below the minimum { $min }%
diff-heading = capaian diff against `{ $base }`
diff-rule = rule `{ $rule }`
diff-changed-of = { $changed } of { $compared } indicator-period(s) changed.
diff-changed = { $changed } of { $compared } indicator-period(s) changed against { $base }
diff-columns = where | unit | indicator | period | field | old | new
definitions-written = wrote { $files } to { $dir }
manpage-written = wrote { $files } to { $dir }
hint-toml-quote-inside = a text with a double quote inside: write it between single quotes ('Jumlah "Posyandu" aktif') or escape each inner quote as \"
hint-toml-inline-extended = a table written inline (`key = {"{"} … {"}"}`) is complete where its braces close: a later `[key.sub]` or `[[key.sub]]` header cannot add to it. Write the table with a header instead (`[case.indicator]`, then its keys and `[[case.indicator.component]]`), or put the list inside the braces (`component = [{"{"} id = "a", realisasi = "1" {"}"}]`)
hint-table-add-column = add it to `columns` (now: { $columns })
hint-did-you-mean = did you mean `{ $word }`?
hint-one-of = expected one of: { $names }
hint-number-reads-english = `{ $text }` reads as an English number: if this file uses English numbers (97.61; 2,870,628,000), set `numbers = "en"` or pass `--numbers en`
hint-number-reads-indonesian = `{ $text }` reads as an Indonesian number: if this file uses Indonesian numbers (0,99; 1.152.699), set `numbers = "id"` or pass `--numbers id`
hint-number-id-convention = Indonesian convention: `.` groups thousands (1.152.699), `,` marks decimals (0,99; 97,61%); this text is a number in no convention: correct the cell from the source document
hint-number-en-convention = English convention: `,` groups thousands (1,152,699), `.` marks decimals (0.99); this text is a number in no convention: correct the cell from the source document
hint-number-write-one = write a number, or leave the period out if there is no value yet
hint-rules-looked-up = rules are looked up as NAME.rhai in { $folders } and in the built-in library
hint-rules-no-folder = no rules/ folder was found next to the plan or above it, and the built-in library has only the standard/ rules: pass --rules DIR with the rule library
hint-param-required-at = rule `{ $rule }` reads x.params.{ $param } without a default at { $at }; add `params = {"{"} { $param } = … {"}"}`
hint-limit-operations = the rule ran too long (operation limit reached): look for a loop that never ends
hint-limit-call-depth = the rule recursed too deeply: look for a function that calls itself without end
hint-limit-data-size = the rule built a value that is too large ({ $what }): look for a string or list that grows without end
hint-limit-modules = the rule imports too many modules
hint-undefined-variable = `{ $variable }` is not defined: rules see only their argument `x`, their own variables and the helper functions
hint-missing-key = the map has no key `{ $key }`; use `"{ $key }" in map` to test for it
hint-unknown-function = no function `{ $function }`: rules cannot use files, network, clock or eval; see docs/functions.md for the helpers
hint-validation-rule = validation rule `{ $rule }` ({ $file }): { $description }
hint-indicators-are = indicators: { $ids }
note-git-said = git: { $text }
note-more-problems = and { $count } more problem(s) of this indicator
note-cell-left-out = cell left out; no indicator uses it
note-accepted = accepted: { $reason }

## Notes of results

result-no-realisasi = no realisasi up to { $period }
result-no-annual-target = the indicator has no annual `target`
result-no-target-whole-period = no target for the whole period
result-only-annual-target = the plan gives only an annual target, none for { $period }
result-no-target-for = no target for { $period } (targets are given for { $given })
result-reported-up-to = realisasi reported up to { $period } only
result-reported-of = realisasi of { $parts } only
result-component-up-to = { $component } up to { $period }
result-illustrative = illustrative: { $what }
result-illustrative-figures = illustrative: figures not from the source document
result-rule-note = { $text }

## Statuses and columns

status-ok = ok
status-no-data = no_data
status-no-target = no_target
status-not-computable = not_computable
status-error = error
column-unit = unit
column-pagu = pagu
column-realisasi-anggaran = realisasi anggaran
column-penyerapan = penyerapan %
column-realisasi-year = realisasi { $year }
column-capaian-year = capaian { $year }
column-trend = trend
column-capaian-renstra = capaian renstra
column-satuan = satuan
table-columns-hidden = (not shown at this terminal width: { $columns }; --wide shows every column)
table-matrix-legend = each cell: target / realisasi / capaian
column-indicator = indicator
column-name = name
column-period = period
column-target = target
column-realisasi = realisasi
column-capaian = capaian
column-kategori = kategori
column-status = status
column-message = message
summary-check = { $plans } plan(s) checked: { $errors } error(s), { $warnings } warning(s), { $notes } accepted discrepancy(ies)

## Explanations (capaian explain)

explain-target-annual = target for { $period }: { $target } (the annual target)
explain-target-closes-year = target to date for { $period }: { $target } (the annual target: { $period } closes the year and has no target of its own)
explain-target-cumulative = target to date for { $period }: { $target } (cumulative targets, aggregation { $aggregation })
explain-target-per-period = target to date for { $period }: { $target } (per-period targets, aggregation { $aggregation })
explain-no-target = no target: { $reason }
explain-value-realisasi = value: rule `{ $rule }` defines no value(x), so value = realisasi to date = { $value } ({ $aggregation } of { $periods })
explain-value-none = value: no realisasi up to { $period }
explain-standard-capaian = capaian: rule `{ $rule }` defines no capaian(x); the standard rule `{ $standard }` applies
explain-rule = rule `{ $rule }`, fn { $function }(x)  ({ $file })
explain-in-file = in { $file }:
explain-rounding = rounding: { $decimals } decimals, { $mode }: { $raw } → { $rounded }
explain-output = output { $name } = { $shown }
explain-output-rounded = output { $name } = { $raw } → { $shown }
explain-kategori = kategori: scale `{ $scale }` ({ $title }): { $value } falls in { $band }
explain-inputs = inputs read from the plan:
explain-read-at = ← { $text } at { $at }
explain-indicator-at = indicator at { $at }
explain-input-annual-target = target (annual)
explain-input-target-cumulative = target { $period } (cumulative)
explain-input-target-per-period = target { $period } (per period)
explain-input-realisasi = realisasi { $period }
explain-input-rule = rule
explain-input-budget-pagu = budget pagu
explain-input-budget-realisasi = budget realisasi { $period }
explain-input-component = component { $component }: { $label }
explain-header = { $unit } / { $indicator } "{ $name }", period { $period }  ({ $path })
explain-result = result: target { $target }, realisasi { $realisasi }, capaian { $capaian }, kategori { $kategori }, status { $status }
explain-result-noted = result: target { $target }, realisasi { $realisasi }, capaian { $capaian }, kategori { $kategori }, status { $status } ({ $message })
## Hostile input (issue 9): files from strangers, outputs, tests, git

file-not-regular = `{ $path }` is not a regular file (a folder, pipe or device)
    .help = capaian reads only ordinary files; name the file itself
file-too-large = `{ $path }` is larger than capaian reads ({ $limit })
    .help = rule, scale and validation files are small; check that this is the file you meant
file-not-utf8 = `{ $path }` is not UTF-8 text (first bad byte on line { $line })
    .help = save the file as UTF-8 (in most editors: Save As, encoding UTF-8)
file-outside-folder = `{ $path }` leads outside `{ $folder }`
    .help = rule files are read only inside the rule folders; copy the file into the folder instead of linking to it
file-link-outside = `{ $path }` links outside `{ $folder }` and is not read
    .help = copy the file into the folder instead of linking to it
file-is-report = `{ $path }` is a report written by capaian, not a plan; skipped
    .help = write reports outside the plans folder (`-o ../report.csv`)
output-is-input = `-o { $path }` is one of the inputs; it is left as it is
    .help = write the report to another file
output-not-regular = `-o { $path }` is not a regular file (a folder, pipe or device)
    .help = write the report to an ordinary file, or leave out -o to print it
rule-invalid-name = `{ $name }` is not a valid rule name
    .help = rule names are ASCII letters, digits, `-`, `_` and `/` between folders (`standard/positif`); retype the name, a letter may be a look-alike from another alphabet
rule-shadowed = rule `{ $name }` is read from `{ $path }`, which hides `{ $hidden }`
    .help = rename the local rule if it is a different formula, or delete it to use the one it hides
case-plan-outside = the case's plan `{ $plan }` lies outside `{ $root }`
config-rules-not-a-list = `rules` in capaian.toml must be a list of rule folders, relative to the file, e.g. rules = ["../capaian/rules"]
config-rules-not-a-folder = capaian.toml names the rule folder `{ $folder }`, which is not a folder (relative to capaian.toml)
    .help = write the plan's path relative to the case file, inside the repository (`plan = "../rkt-2024.toml"`)
test-no-cases = no case files under `{ $path }`
    .help = case files are `*.toml` files with `[[case]]` in folders named `tests`
test-no-match = no case matches `--filter { $filter }`
    .help = the filter is matched against case names and case file paths
git-not-a-commit = `{ $revision }` is not a commit
    .help = name a branch, tag or commit (`HEAD~1`, `main`); a tree such as `HEAD:rules` holds no revision of the rules
## Time and size limits of the sandbox (issue 9)

sandbox-call-time = rule `{ $name }` stopped after { $seconds } s, the time limit of one call
    .help = the rule ran too long: look for a loop that never ends, or work repeated on a large value
sandbox-run-time = rule `{ $name }` not run to the end: the run is past its time limit of { $seconds } s
    .help = the rules of this run together took too long, and every later call fails the same way: make the slow rule cheaper, or allow more time with `capaian eval --time-limit SECONDS`
sandbox-rule-size = rule `{ $name }` is not compiled: it has { $size } bytes, the limit is { $max }
    .help = split the rule into smaller rules and `import` them
hint-limit-call-time = the script ran longer than { $seconds } s: look for a loop that never ends
hint-limit-run-time = the run took longer than { $seconds } s

# capaian report (LAPKIN chapter III)
lapkin-title = Chapter III — Performance accountability: { $unit }
lapkin-subtitle = Performance achievement of { $year }
lapkin-measurement = A. Performance measurement table
lapkin-sasaran = Goal
lapkin-no-sasaran = (no goal given)
lapkin-program = Programme
lapkin-no-program = (no programme given)
lapkin-program-total = Programme total
lapkin-summary = Summary per goal
lapkin-average-rule = The goal's capaian is the mean capaian of its indicators with status ok, as LKjIPs report; an indicator without a capaian is left out and listed, never counted as 0.
lapkin-comparison = B. Comparison with earlier years
lapkin-no-earlier = No data of earlier years: give the plans of earlier years in the same run to compare.
lapkin-renstra = C. Against the Renstra's final target
lapkin-no-renstra = The plans give no Renstra final target.
lapkin-budget = D. Budget realisation
lapkin-no-budget = The plan gives no budget.
lapkin-efisiensi-rule = Efficiency = (1 − absorption ÷ capaian) × 100 (PMK 214/2017), where both exist; a goal's or programme's sums its indicators' pagu × capaian and realisation.
lapkin-progression = E. Progress over the periods
lapkin-no-progression = No indicator has monthly or quarterly targets.
lapkin-progression-rule = Target and realisasi up to each period (cumulative where the indicator says so), evaluated at each period as `capaian eval --period` does.
lapkin-notes = F. Notes: indicators not ok, invented figures, figures reported only part of the period
lapkin-no-notes = Every indicator has status ok.
lapkin-charts = G. Charts
lapkin-chart-capaian = Capaian per indicator (%)
lapkin-chart-progress = Target and realisasi of { $indicator }
lapkin-chart-budget = Budget absorption per period (%)
lapkin-no-chart = No figures to chart.
lapkin-provenance = Sources
lapkin-plans = Plan files
lapkin-rules = Rule versions
lapkin-made = Made
lapkin-builtin = rules built into capaian { $version }
lapkin-not-git = not a git repository
lapkin-uncommitted = with uncommitted changes
lapkin-earlier-plans = Plans of earlier years (comparison)
lapkin-numbers-note = Numbers are stored as numbers where they are exact; Excel shows their thousands and decimal marks in the language your Excel or LibreOffice is set to. A number with more digits than Excel keeps is written as text.
lapkin-grand-total = Grand total
lapkin-total = Total
lapkin-legend-target = Target
lapkin-legend-realisasi = Realisasi
lapkin-col-no = No
lapkin-col-kode = Code
lapkin-col-indikator = Performance indicator
lapkin-col-satuan = Unit
lapkin-col-target = Target
lapkin-col-realisasi = Realisasi
lapkin-col-capaian = Capaian (%)
lapkin-col-kategori = Category
lapkin-col-status = Status
lapkin-col-periode = Period
lapkin-col-realisasi-year = Realisasi { $year }
lapkin-col-capaian-year = Capaian { $year } (%)
lapkin-col-trend = Trend
lapkin-col-target-renstra = Renstra final target
lapkin-col-renstra-period = Renstra period
lapkin-col-capaian-renstra = Capaian against Renstra (%)
lapkin-col-pagu = Pagu
lapkin-col-realisasi-anggaran = Budget realisation
lapkin-col-penyerapan = Absorption (%)
lapkin-col-efisiensi = Efficiency (%)
lapkin-col-satuan-anggaran = Money unit
lapkin-col-catatan = Notes
lapkin-col-target-sd = Target to date
lapkin-col-realisasi-sd = Realisasi to date
lapkin-col-average = Mean capaian (%)
lapkin-col-counted = Indicators counted
lapkin-col-left-out = Left out (no capaian)
lapkin-col-item = Item
lapkin-col-value = Value
lapkin-sheet-measurement = Measurement
lapkin-sheet-summary = Goals
lapkin-sheet-comparison = Comparison
lapkin-sheet-budget = Budget
lapkin-sheet-progression = Progress
lapkin-sheet-notes = Notes
lapkin-sheet-charts = Charts
lapkin-sheet-sources = Sources
report-several-units = the plans are of several units ({ $units }); a report is for one unit
    .help = run `capaian report` once per unit
report-no-plan = no plan to report on
report-xlsx = the workbook could not be written: { $reason }
## Collecting realisasi from the teams (capaian template, capaian collect)
plan-tim-twice = the indicator gives both `tim` and `penanggung_jawab`
    .help = they are one key with two names: keep one
collect-one-plan = this needs exactly one plan; the input holds { $count }
    .help = name one plan file (a CSV of several units gives one plan per unit)
collect-unreadable = cannot read the workbook `{ $path }`: { $reason }
    .help = collect reads the .xlsx workbooks made by `capaian template`, saved as .xlsx
collect-missing-sheet = the workbook has no sheet `{ $sheet }` (its sheets: { $sheets })
    .help = collect reads the workbooks made by `capaian template` from this plan; a sheet renamed or deleted cannot be read: ask for the workbook again or make a new one
collect-not-template = the workbook was not made by `capaian template`, or its hidden sheet was edited (found `{ $found }`)
    .help = make the collection workbooks with `capaian template PLAN -o FOLDER`
collect-other-plan = the workbook is for unit `{ $unit }`, year { $year }; the plan is unit `{ $plan_unit }`, year { $plan_year }
    .help = collect each workbook into the plan it was made from
collect-unknown-row = the workbook has a row for `{ $indicator }` at { $period }, which the plan does not have
    .help = the plan changed since the workbook was made: make new workbooks with `capaian template`, or collect into the plan it was made from
collect-locked-changed = a locked cell was changed: the plan says `{ $expected }`, the workbook has `{ $found }`
    .help = cells filled from the plan are locked and are not read as data; restore the cell, or report the mistake to the planner, who corrects the plan and makes new workbooks
collect-plan-changed = the plan now says `{ $plan }` where the workbook, made from an earlier version, says `{ $found }`
    .help = the plan changed since the workbook was made: check that the realisasi still fits, then make new workbooks with `capaian template`
collect-not-number = the realisasi cell holds { $found }, not a number
collect-stray-value = `{ $value }` is on a row the workbook was not made with: it belongs to no indicator
    .help = rows cannot be added to a collection form: write the value on the row of its indicator and period, or ask the planner to add the indicator to the plan
collect-formula-no-value = the realisasi cell holds a formula with no saved value
    .help = open the workbook in a spreadsheet, let it compute, and save it again; or type the number
collect-negative = realisasi { $value } of `{ $indicator }` at { $period } is negative; this indicator cannot be
    .help = a count, percentage, index or score is never below zero: check the sign
collect-duplicate = two workbooks give `{ $indicator }` at { $period } different realisasi: { $value } here, { $other } in { $cell }
    .help = keep the right value in one workbook and leave the cell empty in the other
collect-conflict = realisasi of `{ $indicator }` at { $period } would change from { $old } (the plan, { $plan }) to { $new }
    .help = nothing was written: correct the workbook or the plan, or run again with --force to replace the plan's values
collect-cannot-merge = the plan has no place for the realisasi of `{ $indicator }` at { $period }
    .help = the plan gives this indicator one realisasi for the whole year: write its realisasi per period in the plan first
collect-merged-invalid = the merged plan does not read back: { $reason }
    .help = this is a bug of capaian: nothing was written; please report it with the plan
template-not-folder = `-o { $path }` is not a folder
    .help = name a folder for the workbooks (it is made when missing)
template-exists = `{ $path }` exists already; it is left as it is
    .help = a filled workbook is never overwritten: write the new workbooks to another folder, or remove the old ones first
hint-collect-date = the spreadsheet read the value as a date: type a plain number (format the cell as Number)
type-cell-error = the error { $error }
note-collect-replaced = replaced (--force)
collect-change = { $indicator } { $period }: { $old } → { $new } ({ $cell })
collect-summary = { $new } new, { $replaced } replaced, { $same } unchanged
collect-written = new plan written to { $path }
collect-dry-run = dry run: nothing written
template-wrote = { $file }: { $indicators } indicators, { $rows } rows
template-no-tim = { $count } indicators have no `tim` and are in { $file }; give them a `tim` in the plan to send them to their team
xl-title = Performance data collection form
xl-unit = Unit: { $unit } — year { $year }
xl-group-tim = Team: { $name }
xl-group-sasaran = Sasaran: { $name }
xl-group-indikator = Indicator: { $name }
xl-no-group = (none)
xl-polarity-naik = up (higher is better)
xl-polarity-turun = down (lower is better)
xl-how-year = the year's figure
xl-how-sum = this period's figure only (added up)
xl-how-last = the figure up to this period (cumulative)
xl-how-average = this period's figure (averaged)
xl-col-no = No
xl-col-id = Indicator id
xl-col-sasaran = Sasaran
xl-col-indicator = Indicator
xl-col-definisi = Operational definition
xl-col-satuan = Unit of measure
xl-col-polarity = Polarity
xl-col-period = Period
xl-col-target = Target
xl-col-how = How to fill in
xl-col-realisasi = Realisasi
xl-col-note = Notes (not read)
xl-valid-title = Numbers only
xl-valid-any = Type the realisasi as a number. Leave empty when there is no data yet.
xl-valid-non-negative = Type the realisasi as a number, not negative. Leave empty when there is no data yet.
xl-valid-error = The realisasi must be a number (satuan: { $satuan }), without the unit or %.
xl-guide-title = How to fill in this form
xl-guide-1 = This form was made by capaian from the plan { $plan }. Fill in only the sheet "Realisasi".
xl-guide-2 = Each row is one indicator at one period. The columns from No to "How to fill in" come from the plan and are locked: do not change them. If something is wrong, tell the planner.
xl-guide-3 = Type the realisasi as a number only, without the unit and without %: 97,35 for 97,35%.
xl-guide-4 = Read "How to fill in": "up to this period" is the cumulative figure up to the end of the period; "this period only" is the period's own figure, which capaian adds up.
xl-guide-5 = Leave a cell empty when there is no data yet. A realisasi the plan already holds is shown; change it only when it is wrong, and say why in the notes.
xl-guide-6 = The notes column is free text; capaian does not read it.
xl-guide-7 = Do not add, delete or move rows or sheets. Save as .xlsx and send it back to the planner.
xl-guide-8 = The planner gathers every form with `capaian collect`: each cell is checked, and a wrong one is named with its sheet and cell (for example Realisasi!K6).
rhai-division-by-zero = division by zero: { $expression }
rhai-overflow = the result does not fit in a decimal number: { $expression }
rhai-wrong-type = a value of the wrong type: { $found } (expected { $expected })
rhai-list-index = list index { $index } is out of range: the list has { $len } elements
rhai-text-index = text index { $index } is out of range: the text has { $len } characters
rhai-not-indexable = { $found } cannot be indexed
rhai-no-such-index = no index { $index }
rhai-no-variable = variable `{ $variable }` is not defined
rhai-no-key = the map has no key `{ $key }`
rhai-no-function = no function { $function }
rhai-no-such-rule = no rule `{ $module }` to import
rhai-constant = `{ $name }` is a constant and cannot be changed
rhai-for-needs-list = a `for` loop needs a list or a range
rhai-operations = too many operations
rhai-call-depth = calls nested too deep
rhai-modules = too many rules imported
rhai-too-large = { $what } too large
rhai-stopped = stopped
rhai-thrown = the rule stopped the calculation: { $message }
rhai-thrown-nothing = the rule stopped the calculation
rhai-other = { $text }
helper-not-number = { $what } must be a number, found { $found }
helper-decimals = decimals must be a whole number from 0 to 28, found { $found }
helper-overflow = the result of { $function } does not fit in a decimal number
helper-empty-list = { $function } of an empty list
helper-geomean-positive = geomean needs positive numbers, found { $found }
helper-sqrt-negative = sqrt of a negative number ({ $found })
helper-power-overflow = { $value } to the power { $power } does not fit in a decimal number
helper-kategori-not-number = kategori_in needs a number, found { $found }
helper-param-kind = { $key } must be { $expected }, found { $found } `{ $value }`
helper-param-quoted = { $key } must be a number, found text "{ $value }": write the number without quotes
type-value = a value
return-not-value = returned { $found } `{ $value }`, expected a number, () or a map
return-unknown-key = returned a map with unknown key `{ $key }` (allowed: { $allowed })
return-not-number = returned `{ $key }` = `{ $value }`, expected a number
return-not-text = returned `{ $key }` of type { $found }, expected text
return-wrong-hook = returned `{ $key }`, but the `{ $hook }` hook returns `{ $hook }`
return-unknown-status = returned unknown status `{ $status }` (use ok, no_data, no_target or not_computable)
return-outputs-not-map = returned `outputs` of type { $found }, expected a map of name → value
return-output-name = returned output `{ $name }`: names are lower-case letters, digits and `_` (kolom_8)
return-output-reserved = returned output `{ $name }`, which is already a column of every result
return-output-value = returned output `{ $name }` = `{ $value }`: expected a number, text, () or #{"{"} value, decimals, rounding {"}"}
return-output-decimals = returned output `{ $name }` with decimals `{ $value }`: expected a whole number 0–10
return-output-rounding = returned output `{ $name }` with rounding `{ $value }`: expected half-up, down or half-even
return-note-type = returned `note` of type { $found }, expected text or #{"{"} en: …, id: … {"}"}
return-note-language = returned `note.{ $language }`: a note's languages are `en` and `id`
return-note-no-en = returned a `note` map without `en`
size-text = length of text
size-list = size of a list
size-map = size of a map
size-other = { $what }
data-bilingual = { $en }

## The planner's web page (issue 16): capaian serve
serve-listen = cannot listen on { $listen }: { $reason }
serve-token-needed = { $listen } is reachable from other machines: the page needs a token
    .help = start again with --token { $token } (or a secret of your own, at least 16 characters), or listen on 127.0.0.1
serve-token-short = the token is too short: give at least { $min } characters
serve-forbidden = this page needs its token: open the address `capaian serve` printed
serve-not-found = no such page
serve-upload-gone = this upload is no longer kept: upload the files again
serve-failed = the request failed: { $reason }
upload-too-large = the upload is larger than { $limit }
    .help = upload fewer or smaller files
upload-too-many-files = an upload may hold at most { $max } files
upload-too-many-rows = the plans hold { $rows } rows; an upload may hold at most { $max }
    .help = evaluate a plan this large with `capaian eval`
upload-no-file = no file was chosen
upload-format = { $name } is not a plan or workbook capaian reads ({ $formats })
upload-malformed = the upload could not be read: { $reason }
upload-compare-invalid = “{ $text }” is not a list of years (for example 2023, 2022)
serve-listening = capaian serve: open { $url } (Ctrl+C stops)
serve-nav-upload = Upload
serve-nav-rules = Rules
serve-nav-downloads = Downloads
serve-upload-title = Upload plans
serve-upload-intro = Choose one or several plans (TOML, CSV, XLSX or ODS) of one or several years, and filled collection workbooks with the plan they were made from. The files are read in memory and not kept on disk.
serve-upload-files = Files
serve-upload-limits = At most { $files } files, { $size } in all, { $rows } rows.
serve-upload-period = Period
serve-period-year = The plan year
serve-period-every-quarter = Every quarter (TW I–IV)
serve-period-quarter = Quarter { $n }
serve-period-month = { $month ->
    [m1] January
    [m2] February
    [m3] March
    [m4] April
    [m5] May
    [m6] June
    [m7] July
    [m8] August
    [m9] September
    [m10] October
    [m11] November
    [m12] December
   *[other] { $month }
}
serve-upload-compare = Earlier years to compare (empty: every earlier year uploaded):
serve-upload-submit = Compute
serve-back = Back to the upload
serve-back-to-results = Back to the results
serve-problem-title = Problems
serve-col-severity = Kind
serve-col-file = File
serve-col-sheet = Sheet
serve-col-place = Cell or line
serve-col-problem = Problem
serve-results-title = Results
serve-results-of = Results of { $files }.
serve-filter-status = Status
serve-filter-kategori = Kategori
serve-filter-all = all
serve-filter-apply = Filter
serve-no-results = No result matches the filter.
serve-explain-link = explanation
serve-summary-sasaran = Summary per sasaran (mean capaian of the indicators with status ok)
serve-summary-unit = Summary per unit
serve-col-counted = Indicators counted
serve-col-mean = Mean capaian (%)
serve-col-results = Results
serve-problems = Problems
serve-explain-title = Explanation
serve-downloads-title = Downloads
serve-download-report = Chapter III report (LAPKIN)
serve-download-results = Results (as capaian eval writes them)
serve-download-templates = Collection workbooks per team
serve-download-templates-note = Send each team its workbook; upload the filled workbooks with the plan to see their figures.
serve-rules-title = Rule library
serve-rules-intro = The rules uploads are evaluated with, read-only: the folders given with --rules, then the built-in library.
serve-rule-doc = Documentation
serve-rule-source = Source

## The pohon kinerja (capaian tree; `parent`, `[[sasaran]]`, `[[tujuan]]`)
tree-parent-twice = both `parent` and `induk` are given
    .help = they are one key with two names: keep one
tree-no-id = an entry of { $table } has no `id`
    .help = indicators and sasaran name it by its id: give it one
tree-duplicate-id = the id `{ $id }` is used twice in { $table }
    .help = a parent naming it would be ambiguous: give each its own id
tree-orphan = the parent `{ $parent }` of indicator `{ $indicator }` names no indicator, sasaran or tujuan of its plan
    .help = a parent is an indicator id of the plan, a sasaran or tujuan id, or `UNIT/ID` for an indicator of another unit's plan
tree-orphan-sasaran = the parent `{ $parent }` of sasaran `{ $sasaran }` names no tujuan of its plan
    .help = a sasaran's parent is the id of a `[[tujuan]]` of the same plan
tree-not-in-plan = the parent `{ $parent }` of indicator `{ $indicator }`: the plan of unit `{ $unit }` ({ $path }) has no indicator `{ $id }`
tree-missing-plan = the parent `{ $parent }` of indicator `{ $indicator }` is in a plan of unit `{ $unit }` ({ $year }), which is not in this run
    .help = give that plan too to check the link; `check --strict` fails on this warning
tree-cycle = indicators are each other's parents, round a loop: { $cycle }
    .help = a parent is the node above: break the loop by giving one of them another parent, or none
tree-sasaran-mismatch = indicator `{ $indicator }` measures sasaran `{ $sasaran }`, but its parent `{ $parent }` measures sasaran `{ $parent_sasaran }`
    .help = an indicator under another of its plan serves the same sasaran: correct the `sasaran_id` or the `parent`
tree-undeclared-sasaran = indicator `{ $indicator }` names sasaran `{ $sasaran }`, which the plan's `[[sasaran]]` do not list
    .help = list it as a `[[sasaran]]`, or correct the `sasaran_id`
tree-plan = { $unit } · { $year } · { $path }
tree-tujuan = tujuan
tree-sasaran = sasaran
tree-indicator = indicator
tree-depth = depth { $depth }
tree-in-cycle = in a loop of parents
tree-parents-are = ids of the plan: { $ids }
tree-give-plan = give the plan of unit `{ $unit }` in the same run
tree-col-node = node
tree-col-level = level

## Roll-ups (capaian rollup, explain --rollup)
rollup-bobot-negative = indicator `{ $indicator }` has a negative `bobot` ({ $bobot })
    .help = a weight is 0 or more
rollup-ratio-half = indicator `{ $indicator }` gives only one of `pembilang` and `penyebut`
    .help = a ratio roll-up needs both, for the same periods
rollup-unknown-sasaran = indicator `{ $indicator }` names sasaran `{ $sasaran }`, which no `[[sasaran]]` declares
    .help = its sasaran is summed up by the mean; declare it to name another method
rollup-method-lacking = sasaran `{ $sasaran }` is rolled up by `{ $method }`; these indicators lack what it needs (`bobot`, or `pembilang` and `penyebut`): { $indicators }
    .help = they are left out of its figure and listed there
rollup-needs-units = roll-up by region needs a units file (`--units FILE`)
rollup-unknown-key = no roll-up figure has the key `{ $key }`
    .help = keys are `UNIT/SASARAN` for a sasaran, the unit id, or a region id; `capaian rollup` lists them
rollup-region-no-id = a `[[wilayah]]` or `[[unit]]` without `id`
rollup-region-duplicate = region `{ $id }` is declared twice
rollup-unit-duplicate = unit `{ $unit }` is placed twice
rollup-unit-no-region = unit `{ $unit }` has no `wilayah`
rollup-unknown-region = `{ $at }` names region `{ $name }`, which the units file does not declare
rollup-region-cycle = regions contain themselves: { $regions }
    .help = follow `parent` from each region: it must reach a region without one
rollup-unit-not-placed = unit `{ $unit }` of the plans is in no region of the units file
    .help = add `[[unit]]` with `id = "{ $unit }"` and its `wilayah`; it is left out of every region figure
what-rollup-method = roll-up method
what-rollup-level = roll-up level
place-units-file = the units file
rollup-col-key = Key
rollup-col-name = Name
rollup-col-period = Period
rollup-col-method = Method
rollup-col-capaian = Capaian
rollup-col-indicators = Indicators
rollup-col-left-out = Left out
rollup-col-rank = Rank
rollup-not-ranked = Not ranked (no figure): { $keys }
rollup-why-status = { $status }
rollup-why-no-bobot = no bobot
rollup-why-no-ratio = no pembilang/penyebut for the period, or a target that is not one number
rollup-why-other-polarity = polarity differs from the others pooled
rollup-why-no-figure = no figure
rollup-why-no-plan = no plan given
rollup-explain-head = Roll-up { $level } { $key }: { $name }
rollup-explain-period = Period: { $period }
rollup-explain-method = Method: { $method }
rollup-explain-member = + { $key }: capaian { $capaian }{ $extra } ({ $indicators } indicator(s))
rollup-explain-weight = , bobot { $weight }
rollup-explain-sums = , pembilang { $pembilang } against { $expected } expected
rollup-explain-mean = Mean: ({ $sum }) ÷ { $n } = { $raw }
rollup-explain-weighted = Weighted mean: ({ $sum }) ÷ { $weight } = { $raw }
rollup-explain-ratio = Pooled: Σ pembilang { $pembilang } ÷ Σ expected { $expected } × 100 = { $raw }
rollup-explain-ratio-lower = Pooled, lower is better: (2 − Σ pembilang { $pembilang } ÷ Σ expected { $expected }) × 100 = { $raw }
rollup-explain-min = Lowest of { $values } = { $raw }
rollup-explain-none = No figure: nothing could be counted (not 0)
rollup-explain-rounded = Rounded half-up to 2 decimals: { $value }
rollup-explain-left-out = - { $key } left out: { $why }
rollup-explain-count = { $indicators } indicator(s) behind the figure; { $counted } counted, { $left_out } left out
rollup-explain-rank = Rank: { $rank }
lapkin-col-rollup = Capaian of the sasaran, { $method } (%)
rollup-explain-plan = Plan: { $plan }
rollup-ratio-mismatch = indicator `{ $indicator }` at { $period }: realisasi { $realisasi } is not pembilang ÷ penyebut ({ $computed })
    .help = a ratio roll-up pools pembilang and penyebut; they must be the figures the realisasi comes from
lapkin-rollup-rule = A sasaran whose plan names another method is summed up by it: tertimbang, by the indicators' bobot; rasio, pembilang and penyebut added up rather than percentages averaged; terendah, the lowest capaian.
upload-merge-needs-text = a filled collection workbook is merged into a TOML or CSV plan, and the plan uploaded with it is a workbook
    .help = upload the plan as TOML or CSV (the file the collection workbooks were made from) together with the filled workbooks
