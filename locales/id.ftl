# Pesan capaian dalam Bahasa Indonesia.
#
# Setiap id pesan adalah kode tetap dengan `/` ditulis `-` (kode
# `number/empty` menjadi pesan `number-empty`); `.help` adalah saran yang
# tampil di bawah pesan. Parameter ({ $text }) datang sudah berformat.
# Setiap id di en.ftl harus ada juga di sini: uji gagal bila salah satu
# katalog tidak memilikinya.

## Berkas dan TOML

file-unreadable = tidak dapat membaca `{ $path }`: { $reason }
file-unwritable = tidak dapat menulis `{ $path }`: { $reason }
file-temp-folder = tidak dapat membuat folder sementara: { $reason }
toml-syntax = TOML tidak sah: { $reason }
scale-syntax = berkas skala tidak sah: { $reason }
toml-unknown-key = kunci `{ $key }` tidak dikenal di { $place }
toml-not-a-table = `{ $key }` harus berupa tabel, yang tertulis { $found }
toml-not-text = `{ $key }` harus berupa teks, yang tertulis { $found }
toml-not-integer = `{ $key }` harus bilangan bulat, yang tertulis { $found }
toml-integer-too-large = `{ $key }` terlalu besar
toml-not-number = `{ $key }` harus angka, yang tertulis { $found }
toml-not-target = `{ $key }` harus angka atau rentang seperti "80–90%", yang tertulis { $found }
toml-not-bool = `{ $key }` harus true atau false
toml-not-base-10 = `{ $key }`: tulis angka dalam basis 10
toml-not-finite = `{ $key }` = { $text } bukan angka terhingga dalam jangkauan desimal eksak
toml-period-key = di `{ $key }`: `{ $text }` bukan periode: seharusnya tahun (2024), bulan (2024-06 atau Juni 2024), triwulan (2024-Q2 atau TW II 2024) atau semester (2024-S1 atau Semester I 2024)
toml-not-period-table = `{ $key }` harus berupa tabel periode, seperti {"{"} "2024-01" = 5 {"}"}
    .help = satu nilai saja memerlukan tahun rencana: tetapkan `year` di [plan]
toml-date-parameter = `{ $key }`: tanggal tidak didukung sebagai parameter
toml-not-list-of-tables = `{ $key }` harus berupa daftar tabel: tulis masing-masing sebagai { $header }
toml-unknown-name = { $what } `{ $name }` tidak dikenal
option-unknown-name = `{ $option }` tidak menerima `{ $name }`

## Berkas CSV

csv-empty = berkas CSV kosong
csv-header = tidak dapat membaca kepala CSV: { $reason }
csv-row = tidak dapat membaca baris CSV: { $reason }
csv-cell-count = baris ini mempunyai { $cells } sel tetapi kepalanya { $header }
csv-unclosed-quote = tanda kutip `"` yang dibuka di baris ini tidak pernah ditutup: berkas berakhir di dalamnya
csv-duplicate-column = kolom `{ $name }` muncul dua kali
csv-unknown-column = kolom `{ $name }` tidak dikenal
csv-unused-column = kolom `{ $name }` tidak dipakai capaian dan diabaikan
csv-missing-column = CSV tidak mempunyai kolom `{ $name }`
csv-empty-indicator = sel `indicator` kosong
csv-duplicate-period = indikator `{ $indicator }` mempunyai dua baris untuk periode { $period }
csv-mixed-grains = indikator `{ $indicator }` menjumlahkan baris dengan panjang periode berbeda ({ $grains })
    .help = dengan agregasi sum atau average, tulis semua baris sebagai bulan, atau semua sebagai triwulan
csv-mixed-to-date = indikator `{ $indicator }` mencampur baris dengan panjang periode berbeda ({ $grains })
    .help = tulis baris s.d. periode suatu indikator sebagai bulan atau sebagai triwulan, jangan keduanya; baris tahun untuk angka tahunan boleh ada di sampingnya
csv-empty-cell = sel `{ $column }` kosong
    .help = tulis angka periode baris ini di kolom `{ $column }` (realisasi yang belum diketahui boleh kosong)
csv-conflict = `{ $column }` indikator `{ $indicator }` di sini `{ $new }` tetapi `{ $old }` di baris sebelumnya
csv-repeated-header = baris ini mengulang kepala kolom dan dilewati
    .help = berkas yang digabung mengulang kepala kolomnya; hapus baris ini agar peringatan hilang
csv-empty-unit = baris { $row } tidak mempunyai `unit`
    .help = tulis unit (satker, OPD) pemilik baris ini di kolom `unit`
csv-empty-period = sel `period` kosong
    .help = tulis periode yang dilaporkan baris ini: tahun (2024), bulan (2024-06) atau triwulan (2024-Q2)
csv-decimals = `decimals` harus bilangan bulat 0 sampai { $max }, yang tertulis `{ $found }`


## Buku kerja (.xlsx, .xlsm, .xls, .ods)

workbook-unreadable = tidak dapat membaca buku kerja `{ $path }`: { $reason }
    .help = buka di Excel atau LibreOffice lalu simpan lagi sebagai .xlsx (berkas yang disandi atau yang hanya bernama .xlsx tidak dapat dibaca)
workbook-too-large = buku kerja `{ $path }` lebih besar daripada yang dibaca capaian ({ $limit })
    .help = pecah buku kerja itu, atau simpan lembar indikatornya saja sebagai .xlsx atau .csv
workbook-no-data = buku kerja `{ $path }` tidak mempunyai lembar data rencana (lembar: { $sheets })
    .help = beri satu lembar baris pertama berisi nama kolom: unit, indicator, target, realisasi (atau unit kerja, indikator, target, realisasi)
workbook-sheet-skipped = lembar `{ $sheet }` dilewati: tidak ada baris di bagian atasnya yang menyebut kolom rencana
    .help = lembar data mempunyai baris nama kolom (unit, indicator, target, realisasi, …) di bagian atas, di bawah judulnya bila ada
workbook-missing-column = lembar `{ $sheet }` tidak mempunyai kolom `{ $name }`
workbook-formula-no-value = rumus `{ $formula }` tidak menyimpan hasilnya
    .help = buka buku kerja di Excel atau LibreOffice lalu simpan, agar hasil rumusnya tersimpan; capaian membaca hasil, tidak menghitung rumus
workbook-float-digits = angka { $text } mempunyai { $digits } angka penting; sel angka hanya menyimpan 15 dengan tepat
    .help = ketik angka sepanjang ini sebagai teks (awali dengan apostrof: '1234567890123456789)
workbook-xls = `{ $path }` adalah buku kerja Excel 97–2003 (.xls), yang tidak dibaca capaian: sel persennya tidak dapat dibedakan dari pecahan
    .help = buka di Excel atau LibreOffice lalu simpan sebagai "Excel Workbook (.xlsx)"
workbook-ods-percent = `{ $path }` mempunyai sel persen, yang tidak dapat dibaca capaian dengan tepat dari .ods (terbaca 0,9761 untuk 97,61%)
    .help = simpan buku kerja sebagai .xlsx, atau ketik persen sebagai teks (97,61%)

## Angka dan periode

number-empty = seharusnya angka, tetapi isinya kosong `{ $text }`
    .help = tulis angkanya, atau hapus periode itu bila belum ada nilainya
number-unexpected-character = `{ $text }` bukan angka dalam konvensi { $convention }: ada karakter `{ $character }` yang tidak semestinya
number-bad-group = `{ $text }` bukan angka dalam konvensi { $convention }: `{ $group }` di sini pemisah ribuan, jadi setiap kelompok sesudah yang pertama harus tepat 3 angka (tertulis `{ $found }`)
number-two-decimal-marks = `{ $text }` bukan angka dalam konvensi { $convention }: tanda desimal `{ $mark }` muncul lebih dari sekali
number-no-digits = `{ $text }` bukan angka dalam konvensi { $convention }: tidak ada angkanya
number-no-integer-digits = `{ $text }` bukan angka dalam konvensi { $convention }: tidak ada angka sebelum tanda desimal
number-bad-fraction = `{ $text }` bukan angka dalam konvensi { $convention }: angka sesudah tanda desimal `{ $mark }` tidak ada atau dikelompokkan
number-words-not-satuan = `{ $text }` bukan angka dalam konvensi { $convention }: `{ $words }` sesudah angka bukan satuan indikator (`{ $satuan }`): tulis angkanya saja
number-words = `{ $text }` bukan angka dalam konvensi { $convention }: ada `{ $words }` sesudah angka: tulis angkanya saja, dan satuannya di `satuan`
number-range-reversed = `{ $text }` bukan angka dalam konvensi { $convention }: rentang dimulai di atas ujungnya ({ $low } > { $high })
number-scientific = `{ $text }` adalah format ilmiah lembar kerja, bukan angkanya: sebagian digitnya sudah hilang
    .help = format kolomnya sebagai Angka (Number) di lembar kerja, bukan format ilmiah, lalu ekspor lagi agar sel memuat semua digit
number-ratio = `{ $text }` bukan rasio: angka pertamanya harus angka selain 0, dan tidak ada sisi yang berupa persen
    .help = tulis rasio seperti yang dicetak laporan: 1:32, 1 : 17,9
number-sum-overflow = jumlah realisasi `{ $indicator }` s.d. { $period } melampaui jangkauan desimal eksak (sekitar 7,9e28)
    .help = periksa satuan angkanya: jumlah sebesar ini hampir selalu salah satuan (rupiah ditulis sebagai sen, angka terulang)
number-out-of-range = `{ $text }` di luar jangkauan desimal eksak (sekitar ±7,9e28, 28 digit)
number-ambiguous = `{ $text }` dibaca { $value } dalam konvensi { $convention }; dalam konvensi { $other_convention } nilainya { $other_value }
    .help = tulis angkanya tanpa keraguan (10000, atau "10.000" dengan numbers = "id"), atau pastikan konvensinya
period-invalid = `{ $text }` bukan periode: seharusnya tahun (2024), bulan (2024-06 atau Juni 2024), triwulan (2024-Q2 atau TW II 2024) atau semester (2024-S1 atau Semester I 2024)

## Aturan dan kotak pasir

rule-unknown = aturan `{ $name }` tidak dikenal
rule-syntax = aturan `{ $name }` tidak dapat dikompilasi: { $reason }
rule-failed = aturan `{ $name }` gagal: { $reason }
sandbox-operations = aturan `{ $name }` gagal: { $reason }
    .help = aturan berjalan terlalu lama (batas operasi tercapai): cari perulangan yang tidak pernah berhenti
sandbox-call-depth = aturan `{ $name }` gagal: { $reason }
    .help = aturan memanggil dirinya terlalu dalam: cari fungsi yang memanggil dirinya sendiri tanpa henti
sandbox-data-size = aturan `{ $name }` gagal: { $reason }
    .help = aturan membuat nilai yang terlalu besar ({ $what }): cari teks atau daftar yang tumbuh tanpa henti
sandbox-modules = aturan `{ $name }` gagal: { $reason }
    .help = aturan mengimpor terlalu banyak modul
rule-undefined-variable = aturan `{ $name }` gagal: { $reason }
    .help = `{ $variable }` tidak didefinisikan: aturan hanya melihat argumennya `x`, variabelnya sendiri dan fungsi bantu
rule-missing-key = aturan `{ $name }` gagal: { $reason }
    .help = peta itu tidak mempunyai kunci `{ $key }`; pakai `"{ $key }" in map` untuk memeriksanya
rule-unknown-function = aturan `{ $name }` gagal: { $reason }
    .help = tidak ada fungsi `{ $function }`: aturan tidak dapat memakai berkas, jaringan, jam atau eval; lihat docs/functions.id.md untuk fungsi bantu
rule-bad-return = `{ $hook }` dari aturan `{ $name }` { $found }
    .help = lihat docs/rules.md untuk apa yang boleh dikembalikan aturan
rule-no-capaian = `capaian` dari aturan `{ $name }` tidak mengembalikan nilai; kembalikan angka atau not_computable(alasan)
    .help = lihat docs/rules.md untuk apa yang boleh dikembalikan aturan
rule-bad-kategori = `kategori` dari aturan `{ $name }` mengembalikan { $found }, seharusnya teks
    .help = lihat docs/rules.md untuk apa yang boleh dikembalikan aturan
rule-missing-parameter = indikator `{ $indicator }` tidak menetapkan parameter `{ $param }` yang diperlukan aturan `{ $rule }`
calc-failed = { $reason }
calc-syntax = { $reason }

## Skala kategori

scale-unknown = skala kategori `{ $name }` tidak dikenal
    .help = skala dicari sebagai scales/NAMA.toml di folder aturan; bawaan: lkjip
scale-no-bands = skala `{ $name }` tidak mempunyai [[band]]
scale-band-not-table = setiap band harus berupa tabel
scale-band-no-kategori = band memerlukan `kategori`
scale-band-reversed = band `{ $kategori }` dimulai di atas ujungnya
scale-bands-overlap = band `{ $first }` bertumpang tindih dengan band `{ $second }`
scale-no-band = capaian { $capaian } tidak masuk band mana pun dari skala `{ $scale }`
    .help = tambahkan band untuknya di berkas skala

## Rencana dan indikator

plan-no-unit = rencana tidak mempunyai tabel [unit]
    .help = tambahkan:
        {"["}unit]
        id = "labkesmas-batam"
        name = "…"
plan-unit-no-id = [unit] memerlukan `id`
plan-year = `{ $year }` bukan tahun rencana yang masuk akal
plan-renstra = `{ $text }` bukan periode Renstra; tulis tahun pertama dan terakhirnya, mis. "2021-2026"
plan-duplicate-indicator = id indikator `{ $id }` dipakai dua kali
    .help = setiap indikator dalam satu rencana memerlukan id sendiri
plan-duplicate-component = id komponen `{ $id }` dipakai dua kali
plan-indicator-not-a-table = setiap indikator harus berupa tabel
plan-component-not-a-table = setiap komponen harus berupa tabel
plan-discrepancy-fields = [[discrepancy]] memerlukan `rule` dan `reason`
plan-mixed-grains = `{ $series }` dari `{ $indicator }` mencampur { $first } ({ $first_period }) dengan { $other } ({ $other_period })
    .help = tulis setiap periode dalam satu deret dengan panjang yang sama: semua bulan, semua triwulan atau satu tahun
plan-period-outside-year = `{ $series }` memuat { $period }, di luar tahun rencana { $year }
    .help = satu rencana memuat satu tahun: pindahkan angka itu ke rencana tahunnya, atau perbaiki periodenya
file-windows-1252 = `{ $path }` bukan UTF-8 (mulai baris { $line }): dibaca sebagai Windows-1252, pengodean yang dipakai Excel untuk "CSV (Comma delimited)"
    .help = periksa nama yang memuat aksen atau simbol (m², –); simpan lembar kerja sebagai "CSV UTF-8" agar pasti
number-percent-fraction = `{ $indicator }`: realisasi { $value } untuk { $period } terhadap target { $target } (satuan %): { $value }% atau { $scaled }%?
    .help = tulis kedua sisi dengan cara yang sama: persen sebagai persen (93 atau 93%) atau pecahan sebagai pecahan (0,93 terhadap 0,95)
plan-comparison-polarity = `{ $indicator }`: target `{ $target }` berarti { $implied }, tetapi polaritas indikator { $polarity }
    .help = capaian mengikuti polaritas; perbaiki kata atau polaritasnya (≤, maks., kurang dari: turun; ≥, minimal, paling sedikit: naik)
plan-range-polarity = `{ $indicator }` bertarget rentang tetapi tanpa `polarity`: dibaca naik (makin besar makin baik)
    .help = nyatakan arah yang lebih baik: polarity = "naik" (persentase, jumlah) atau "turun" (lama penyelesaian, angka kasus)
plan-rounding-not-table = `rounding` harus berupa tabel seperti {"{"} decimals = 2, mode = "half-up" {"}"}
plan-decimals = `decimals` harus antara 0 dan { $max }, yang tertulis { $found }
plan-budget-not-table = `budget` harus berupa tabel seperti {"{"} pagu = "920.021.000" {"}"}
plan-program-type = `program` harus berupa nama program atau tabel seperti {"{"} kode = "5 03 02", nama = "PROGRAM KEPEGAWAIAN DAERAH" {"}"}, yang tertulis { $found }
plan-program-no-name = `program` tanpa `nama`: tulis nama program seperti tercetak di dokumen
budget-pagu-not-positive = pagu `{ $indicator }` tertulis { $pagu }: pagu anggaran selalu di atas nol, sehingga penyerapan dan efisiensi tidak dapat dihitung darinya
    .help = periksa pagu terhadap DIPA atau kolom alokasi dokumen
budget-realisasi-negative = realisasi anggaran `{ $indicator }` pada { $period } tertulis { $value }: uang yang dibelanjakan tidak pernah di bawah nol
    .help = periksa tandanya; pengembalian dilaporkan sebagai belanja yang lebih kecil, bukan angka negatif
budget-above-pagu = realisasi anggaran `{ $indicator }` s.d. { $period } sebesar { $value }, melebihi pagunya { $pagu } (penyerapan di atas 100%)
    .help = periksa angkanya terhadap pagu setelah revisi; belanja melebihi pagu jarang terjadi
budget-decreasing = realisasi anggaran `{ $indicator }` s.d. { $period } sebesar { $value }, lebih kecil daripada { $previous } s.d. { $previous_period }: belanja s.d. suatu periode tidak mungkin turun
    .help = setiap baris memuat belanja s.d. periodenya: periksa apakah belanja satu bulan saja tertulis sebagai jumlah s.d.
plan-illustrative-empty = `illustrative` kosong: sebutkan angka mana yang ilustratif
plan-illustrative-type = `illustrative` harus true atau teks, yang tertulis { $found }
    .help = misalnya illustrative = "realisasi rekaan: RKT tidak mencetaknya"
table-duplicate = id tabel `{ $id }` dipakai dua kali
table-not-a-table = setiap tabel harus berupa tabel
table-row-not-a-table = setiap baris harus berupa tabel
table-no-id = [[table]] memerlukan `id`
table-columns-not-list = `columns` harus berupa daftar nama kolom
table-no-columns = tabel `{ $id }` memerlukan `columns`, nama kolom-kolom angkanya
table-undeclared-column = `{ $key }` di baris tabel `{ $table }` berisi angka tetapi bukan kolom yang dinyatakan
table-unknown-parent = induk baris `{ $parent }` bukan `kode` baris mana pun di tabel `{ $table }`
table-duplicate-kode = kode `{ $kode }` dipakai dua kali di tabel `{ $table }`
plan-id-control = id `{ $id }` memuat karakter kendali atau karakter tak terlihat
    .help = id menamai baris setiap laporan: tulis dengan huruf, angka dan tanda baca saja
plan-no-indicators = rencana tidak mempunyai indikator: tidak ada yang dihitung
plan-indicator-no-id = indikator #{ $index } tidak mempunyai `id`
plan-component-no-id = komponen #{ $index } tidak mempunyai `id`
indicator-not-found = tidak ada indikator `{ $id }` di { $path }
plan-periods-without-plan = tidak ada rencana yang diberikan untuk { $periods }: tidak ada yang dilaporkan untuknya
    .help = berikan juga rencana tahun itu, atau rentang di dalam tahun rencana
plan-compare-without-plan = tidak ada rencana yang diberikan untuk { $years }: tidak ada pembanding
    .help = berikan rencana tahun itu di samping rencana ini (mis. `capaian eval rkt-2023.toml rkt-2024.toml`)
plan-years-unmatched = { $unit }: indikator { $year } tanpa pasangan di { $earlier }: { $new }; indikator { $earlier } yang tidak dilanjutkan di { $year }: { $gone }
    .help = indikator yang id-nya berubah menyebut id lamanya dengan `previous_id = "…"`, agar kedua tahun tersambung
plan-other-year = { $path } adalah rencana tahun { $year }; tidak ada yang dilaporkan untuk { $period }

## Aturan validasi dan temuan pemeriksaan

validation-no-id = aturan validasi memerlukan `id`
validation-not-a-list = `{ $key }` harus berupa daftar nama
validation-missing-columns = aturan `{ $rule }`: missing_columns harus `skip` atau `zero`, yang tertulis `{ $found }`
validation-row-sides = aturan `{ $rule }` berjenis row memerlukan `left` dan `right`
validation-unknown-kind = aturan `{ $rule }`: jenis `{ $found }` tidak dikenal
    .help = seharusnya row, children, cumulative-nondecreasing, cumulative-ends-at-annual atau realisasi-every-past-period
validation-unknown-operator = aturan `{ $rule }`: operator `{ $found }` tidak dikenal
    .help = seharusnya ==, !=, <, <=, > atau >=
validation-importance = aturan `{ $rule }`: importance harus `error` atau `warning`, yang tertulis `{ $found }`
validation-expression = aturan `{ $rule }` mempunyai ekspresi yang tidak dapat dikompilasi
check-row = tabel `{ $table }`, baris `{ $row }`: { $left } = { $left_value } tetapi { $right } = { $right_value } (selisih { $difference }); { $cells }
check-children = tabel `{ $table }`, `{ $row }` { $column } = { $value } tetapi jumlah { $count } baris rinciannya { $sum } (selisih { $difference })
check-children-overflow = tabel `{ $table }`, `{ $row }` { $column }: jumlah baris rinciannya di luar jangkauan desimal eksak
check-cumulative-decreases = `{ $indicator }`: target kumulatif { $target } untuk { $period } lebih kecil dari { $previous } untuk { $previous_period }
check-cumulative-annual = `{ $indicator }`: target kumulatif untuk { $period } adalah { $target } tetapi target tahunannya { $annual }
check-realisasi-missing = `{ $indicator }`: tidak ada realisasi untuk { $periods } (periode s.d. { $as_of } sudah lewat)
check-discrepancy-unused = selisih yang diterima `{ $rule }` tidak ditemukan lagi
    .help = data atau aturannya berubah; hapus [[discrepancy]] ini atau perbaiki table/row/indicator-nya

## Kasus uji

case-not-a-table = setiap kasus harus berupa tabel
case-indicator-needs-plan = indikator yang disebut dengan id memerlukan `plan = "path/ke/rencana.toml"`
case-indicator-type = `indicator` harus berupa tabel sebaris atau id indikator dari `plan`
case-expect-not-a-table = `expect` harus berupa tabel
case-no-indicator = kasus `{ $case }` tidak mempunyai `indicator`
case-earlier-no-year = entri `earlier` memerlukan `year`-nya
    .help = tulis mis. `earlier = [{"{"} year = 2023, target = 99, realisasi = 97 {"}"}]`
case-no-expect = kasus `{ $case }` tidak mempunyai `expect`
case-decimals = `decimals` harus 0–{ $max }, yang tertulis { $found }
case-plan-unreadable = tidak dapat membaca rencana `{ $path }`: { $reason }
case-unset-unknown = `unset` menyebut `{ $key }`, yang tidak ada pada indikator dasar berkas ini
case-drop-unknown = `drop` menyebut komponen `{ $id }`, yang tidak ada pada indikator dasar berkas ini
case-not-a-list = `{ $key }` harus berupa daftar teks, misalnya { $key } = ["a", "b"]
case-unknown-base = berkas kasus tidak mempunyai dasar `[base.{ $name }]`

## git (capaian diff)

git-failed = tidak dapat menjalankan git: { $reason }
git-no-repository = `capaian diff` memerlukan repositori git
    .help = jalankan di dalam repositori yang menyimpan aturan
git-unknown-revision = revisi git `{ $revision }` tidak dikenal
    .help = sebut cabang, tag atau commit yang ada (git branch -a, git log)

## Label

label-error = galat
label-warning = peringatan
label-note = catatan
label-help = saran
label-note-line = catatan
context-indicator = saat menghitung indikator `{ $indicator }`
context-indicator-period = saat menghitung indikator `{ $indicator }`, periode { $period }

## Saran

type-text = teks
type-integer = bilangan bulat
type-decimal = bilangan desimal
type-bool = true/false
type-date = tanggal
type-list = daftar
type-table = tabel
grain-total = total
grain-year = tahun
grain-half = semester
grain-quarter = triwulan
grain-month = bulan
place-key = { $key }
place-plan-file = berkas rencana
place-case-file = berkas kasus
place-case = kasus
place-scale-file = berkas skala
place-band = band
place-validation-file = berkas validasi
place-validation-rule = aturan validasi
place-indicator = indikator `{ $id }`
place-component = komponen `{ $id }`
what-polarity = polaritas
what-aggregation = agregasi
what-target-kind = target_kind
what-plan-kind = jenis rencana
what-revision = revisi
what-rounding-mode = mode pembulatan
what-number-convention = konvensi angka
what-status = status
what-granularity = satuan periode
what-trend = tren
hint-expected-names = seharusnya { $names } atau { $last }
hint-expected-name = seharusnya { $name }
hint-csv-first-line = baris pertama menamai kolom: { $columns }
hint-csv-unclosed-quote = tanda kutip `"` yang dibuka di baris ini tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel: tutup tanda kutipnya, atau hapus
hint-csv-one-cell-per-column = setiap baris memerlukan satu sel per kolom; beri tanda kutip pada sel yang memuat pemisah
hint-csv-columns-read = kolom yang dibaca: { $columns }
hint-csv-required-columns = kolom wajib: { $columns }
test-fail = GAGAL
test-expected = diharapkan
test-actual = didapat
test-rule = aturan
test-source = sumber
test-inputs = masukan
test-base = mengubah indikator dasar di { $place }
test-summary = { $passed } lulus, { $failed } gagal
coverage-heading = cakupan baris berkas aturan oleh kasus uji:
coverage-not-run = tidak dijalankan: { $lines }
coverage-below = cakupan { $file } { $percent }%, di bawah batas minimum { $min }%
diff-heading = capaian diff terhadap `{ $base }`
diff-rule = aturan `{ $rule }`
diff-changed-of = { $changed } dari { $compared } indikator-periode berubah.
diff-changed = { $changed } dari { $compared } indikator-periode berubah terhadap { $base }
diff-columns = letak | unit | indikator | periode | kolom | lama | baru
definitions-written = { $files } ditulis ke { $dir }
manpage-written = { $files } ditulis ke { $dir }
cli-definitions = Tulis berkas definisi Rhai (.d.rhai) bahasa aturan untuk editor: fungsi bantu dan kunci-kunci x
cli-definitions-output = Folder tujuan penulisan (dibuat bila belum ada)
hint-toml-quote-inside = teks yang memuat tanda kutip ganda: tulis di antara kutip tunggal ('Jumlah "Posyandu" aktif') atau tulis setiap kutip di dalamnya sebagai \"
hint-toml-inline-extended = tabel yang ditulis sebaris (`kunci = {"{"} … {"}"}`) selesai di kurung kurawal penutupnya: header `[kunci.sub]` atau `[[kunci.sub]]` sesudahnya tidak dapat menambahinya. Tulis tabel itu dengan header (`[case.indicator]`, lalu kunci-kuncinya dan `[[case.indicator.component]]`), atau taruh daftarnya di dalam kurung kurawal (`component = [{"{"} id = "a", realisasi = "1" {"}"}]`)
hint-table-add-column = tambahkan ke `columns` (sekarang: { $columns })
hint-did-you-mean = maksudnya `{ $word }`?
hint-one-of = seharusnya salah satu dari: { $names }
hint-number-reads-english = `{ $text }` terbaca sebagai angka Inggris: bila berkas ini memakai angka Inggris (97.61; 2,870,628,000), tetapkan `numbers = "en"` atau pakai `--numbers en`
hint-number-reads-indonesian = `{ $text }` terbaca sebagai angka Indonesia: bila berkas ini memakai angka Indonesia (0,99; 1.152.699), tetapkan `numbers = "id"` atau pakai `--numbers id`
hint-number-id-convention = konvensi Indonesia: `.` memisahkan ribuan (1.152.699), `,` menandai desimal (0,99; 97,61%); teks ini bukan angka dalam konvensi mana pun: perbaiki selnya sesuai dokumen sumber
hint-number-en-convention = konvensi Inggris: `,` memisahkan ribuan (1,152,699), `.` menandai desimal (0.99); teks ini bukan angka dalam konvensi mana pun: perbaiki selnya sesuai dokumen sumber
hint-number-write-one = tulis angkanya, atau hapus periode itu bila belum ada nilainya
hint-rules-looked-up = aturan dicari sebagai NAMA.rhai di { $folders } dan di pustaka bawaan
hint-rules-no-folder = tidak ada folder rules/ di samping rencana atau di atasnya, dan pustaka bawaan hanya berisi aturan standard/: pakai --rules FOLDER dengan pustaka aturan
hint-param-required-at = aturan `{ $rule }` membaca x.params.{ $param } tanpa nilai bawaan di { $at }; tambahkan `params = {"{"} { $param } = … {"}"}`
hint-limit-operations = aturan berjalan terlalu lama (batas operasi tercapai): cari perulangan yang tidak pernah berhenti
hint-limit-call-depth = aturan memanggil dirinya terlalu dalam: cari fungsi yang memanggil dirinya sendiri tanpa henti
hint-limit-data-size = aturan membuat nilai yang terlalu besar ({ $what }): cari teks atau daftar yang tumbuh tanpa henti
hint-limit-modules = aturan mengimpor terlalu banyak modul
hint-undefined-variable = `{ $variable }` tidak didefinisikan: aturan hanya melihat argumennya `x`, variabelnya sendiri dan fungsi bantu
hint-missing-key = peta itu tidak mempunyai kunci `{ $key }`; pakai `"{ $key }" in map` untuk memeriksanya
hint-unknown-function = tidak ada fungsi `{ $function }`: aturan tidak dapat memakai berkas, jaringan, jam atau eval; lihat docs/functions.id.md untuk fungsi bantu
hint-validation-rule = aturan validasi `{ $rule }` ({ $file }): { $description }
hint-indicators-are = indikator: { $ids }
note-git-said = git: { $text }
note-more-problems = dan { $count } masalah lain pada indikator ini
note-cell-left-out = sel diabaikan; tidak ada indikator yang memakainya
note-accepted = diterima: { $reason }

## Keterangan hasil

result-no-realisasi = belum ada realisasi s.d. { $period }
result-no-annual-target = indikator tidak mempunyai `target` tahunan
result-no-target-whole-period = tidak ada target untuk seluruh periode
result-only-annual-target = rencana hanya memuat target tahunan, tidak ada untuk { $period }
result-no-target-for = tidak ada target untuk { $period } (target ada untuk { $given })
result-reported-up-to = realisasi baru dilaporkan s.d. { $period }
result-reported-of = realisasi { $parts } saja
result-component-up-to = { $component } s.d. { $period }
result-illustrative = ilustratif: { $what }
result-illustrative-figures = ilustratif: angka bukan dari dokumen sumber
result-rule-note = { $text }

## Status dan kolom

status-ok = ok
status-no-data = belum-ada-data
status-no-target = tanpa-target
status-not-computable = tak-terhitung
status-error = galat
column-unit = unit
column-pagu = pagu
column-realisasi-anggaran = realisasi anggaran
column-penyerapan = penyerapan %
column-realisasi-year = realisasi { $year }
column-capaian-year = capaian { $year }
column-trend = tren
column-capaian-renstra = capaian renstra
column-satuan = satuan
table-columns-hidden = (tidak ditampilkan pada lebar terminal ini: { $columns }; --wide menampilkan semua kolom)
table-matrix-legend = setiap sel: target / realisasi / capaian
column-indicator = indikator
column-name = nama
column-period = periode
column-target = target
column-realisasi = realisasi
column-capaian = capaian
column-kategori = kategori
column-status = status
column-message = keterangan
summary-check = { $plans } rencana diperiksa: { $errors } galat, { $warnings } peringatan, { $notes } selisih yang diterima

## Bantuan baris perintah (`capaian --help`). Bahasa Inggrisnya ada di
## komentar dokumentasi src/cli/args.rs; nilai yang diterima dan nilai
## bawaan ditulis di teksnya sendiri.

cli = Indikator kinerja (capaian kinerja) unit pemerintah Indonesia, dengan rumus sebagai kode
cli-usage = Pemakaian
cli-heading-commands = Perintah
cli-heading-options = Opsi
cli-heading-arguments = Argumen
cli-help = Tampilkan bantuan
cli-version = Tampilkan versi
cli-errors = Cara galat dan peringatan ditulis ke standard error: text (teks dengan baris sumbernya, bawaan) atau json (satu objek JSON per baris, untuk mesin)
cli-lang = Bahasa pesan, bantuan dan judul kolom: id (Bahasa Indonesia) atau en (Inggris). Bawaan: dari LC_ALL / LC_MESSAGES / LANG (id_* berarti id), selain itu en
cli-input-numbers = Konvensi angka dalam teks: id (1.152.699; 0,99) atau en (1,152,699; 0.99)
cli-input-rules = Folder aturan tambahan, dicari sebelum folder rules/ di samping rencana
cli-report = Tulis Bab III LAPKIN (pengukuran per sasaran, perbandingan, anggaran, perkembangan, catatan, grafik) sebagai HTML atau XLSX
cli-report-paths = Berkas rencana atau folder satu unit: tahun terakhir (revisi terakhirnya) dilaporkan, tahun-tahun sebelumnya dibandingkan
cli-report-format = html (satu berkas mandiri yang dapat dicetak ke A4) atau xlsx (buku kerja dengan tabel Excel dan grafik); bawaan: dari ekstensi berkas -o, selain itu html
cli-report-output = Berkas yang ditulis (secara atomik; tidak pernah salah satu berkas rencana)
cli-tree = Cetak pohon kinerja (tujuan → sasaran → IKU → IKK) dari rencana, tiap indikator dengan capaian dan kategorinya
cli-tree-paths = Berkas rencana, berkas CSV, buku kerja, atau folder berisi rencana; berikan rencana setiap unit yang ditautkan pohon (IKK Labkesmas di bawah IKU Ditjen)
cli-tree-period = Periode yang capaiannya ditampilkan, seperti pada eval (bawaan: tahun rencana)
cli-tree-format = Bentuk keluaran: table (tabel berjenjang, bawaan) atau json (simpul setiap rencana dengan kedalaman dan induknya)
cli-tree-output = Tulis pohon ke berkas ini (secara atomik), bukan ke standard output
cli-eval = Hitung target, realisasi, capaian dan kategori setiap indikator
cli-eval-paths = Berkas rencana (.toml), berkas CSV, buku kerja (.xlsx, .ods), atau folder berisi rencana
cli-eval-period = Periode yang dihitung: tahun (2024), bulan (2024-06, Juni 2024), triwulan (2024-Q2, TW II 2024) atau semester (2024-S1, Semester I 2024); atau rentang satu jenis periode, 2024-Q1..2024-Q4, 2024-01..2024-06
cli-eval-periods = Hitung setiap periode tahun rencana pada jenis ini: months, quarters atau semesters (bulan, triwulan, semester), setiap angka s.d. periodenya
cli-eval-compare = Tahun-tahun sebelumnya yang ditampilkan di samping setiap hasil, mis. 2023,2022 (bawaan: setiap tahun sebelumnya dari unit yang sama di antara rencana yang diberikan)
cli-eval-wide = Tampilkan setiap kolom tabel utuh, selebar apa pun terminalnya (keluaran ke pipe atau berkas selalu utuh)
cli-eval-format = Bentuk keluaran: table (kolom rata, bawaan; matriks indikator × periode bila beberapa periode), json (skemanya docs/result.schema.json) atau csv (satu baris per indikator-periode)
cli-eval-output = Tulis laporan ke berkas ini (secara atomik), bukan ke standard output; CSV dan JSON lalu ditulis sambil dihitung, rencana dibaca beberapa berkas sekaligus (untuk proses skala nasional)
cli-eval-print_numbers = Tulis angka tabel dan CSV sebagai id (15.174; 151,74; CSV dipisah `;`) atau en (15174; 151.74, bawaan). JSON tidak terpengaruh
cli-calc = Hitung satu ekspresi dengan mesin aturan dan cetak hasil eksaknya
cli-calc-expression = Ekspresi atau skrip, misalnya "15174 / 10000 * 100"
cli-calc-rules = Folder aturan tambahan untuk `import` (folder rules/ di folder kerja dan di atasnya tetap ditemukan)
cli-explain = Tunjukkan cara angka satu indikator dihitung: masukan, baris aturan, pembulatan, kategori
cli-explain-path = Berkas rencana, berkas CSV, buku kerja atau folder
cli-explain-indicator = Id indikator (`IKK-2`, atau `INDEKS/KOMPONEN`); boleh juga dengan -i
cli-explain-indicator_flag = Id indikator
cli-explain-period = Periode (bawaan: tahun rencana, atau periode setiap baris CSV)
cli-explain-format = Bentuk keluaran: text (jejak yang mudah dibaca, bawaan) atau json
cli-check = Periksa rencana tanpa menghitung: skema, aturan, parameter, dan aturan validasi (total yang harus cocok …)
cli-check-paths = Berkas rencana, berkas CSV, buku kerja, atau folder berisi rencana
cli-check-strict = Gagal juga bila ada peringatan
cli-check-as_of = Realisasi wajib ada untuk setiap periode s.d. periode ini (bawaan: periode terakhir yang mempunyai realisasi)
cli-check-format = Bentuk keluaran: text (bawaan) atau json
cli-diff = Daftar hasil yang berubah karena perubahan aturan: aturan pada revisi git REV dibandingkan dengan work tree
cli-diff-base = Revisi git pembanding aturan (HEAD, main, sebuah commit)
cli-diff-path = Folder (atau berkas rencana) yang rencana dan kasus ujinya dihitung (bawaan: .)
cli-diff-format = Bentuk keluaran: text (bawaan), json atau md (Markdown, untuk komentar pull request)
cli-diff-exact = Tampilkan nilai yang berubah dengan semua digitnya, bukan menurut pembulatan setiap indikator
cli-diff-rules = Folder aturan tambahan (dipakai apa adanya di kedua sisi)
cli-test = Jalankan kasus uji di bawah setiap PATH (rules/**/tests, examples/*/tests)
cli-test-paths = Folder (atau berkas kasus) tempat mencari kasus (bawaan: .); cakupan menghitung berkas aturan di bawahnya
cli-test-filter = Jalankan hanya kasus yang nama atau path berkasnya memuat teks ini
cli-test-format = Bentuk keluaran: text (kegagalan dengan nilai yang diharapkan dan yang didapat, lalu `N passed, N failed`; bawaan), json atau junit (XML JUnit)
cli-test-rules = Folder aturan tambahan (pustaka yang dipakai kasus), dicari sebelum folder rules/ di samping kasus
cli-test-coverage = Laporkan baris mana dari setiap berkas aturan di bawah PATH yang dijalankan kasus
cli-test-coverage_min = Gagal bila cakupan baris suatu berkas aturan di bawah PATH kurang dari persen ini (sekaligus berarti --coverage)
cli-functions = Cetak rujukan fungsi bantu yang dapat dipanggil aturan (Markdown)
cli-completions = Cetak skrip pelengkapan perintah (completion) untuk bash, zsh, fish, powershell atau elvish
cli-completions-shell = Shell-nya: bash, zsh, fish, powershell atau elvish
cli-manpage = Cetak halaman manual (roff) capaian; dengan -o DIR, tulis satu halaman per subperintah
cli-manpage-output = Folder tujuan halaman manual capaian.1, capaian-eval.1, … (dibuat bila belum ada); tanpa opsi ini halaman utama dicetak ke keluaran standar
cli-schema = Cetak JSON Schema keluaran `eval --format json` (docs/result.schema.json)
cli-codes = Cetak setiap kode galat dan peringatan dengan pesannya dalam setiap bahasa (Markdown)

## Penjelasan (capaian explain)

explain-target-annual = target untuk { $period }: { $target } (target tahunan)
explain-target-closes-year = target s.d. { $period }: { $target } (target tahunan: { $period } menutup tahun dan tidak mempunyai target sendiri)
explain-target-cumulative = target s.d. { $period }: { $target } (target kumulatif, agregasi { $aggregation })
explain-target-per-period = target s.d. { $period }: { $target } (target per periode, agregasi { $aggregation })
explain-no-target = tidak ada target: { $reason }
explain-value-realisasi = value: aturan `{ $rule }` tidak mendefinisikan value(x), maka value = realisasi s.d. periode = { $value } ({ $aggregation } dari { $periods })
explain-value-none = value: belum ada realisasi s.d. { $period }
explain-standard-capaian = capaian: aturan `{ $rule }` tidak mendefinisikan capaian(x); berlaku aturan standar `{ $standard }`
explain-rule = aturan `{ $rule }`, fn { $function }(x)  ({ $file })
explain-in-file = di { $file }:
explain-rounding = pembulatan: { $decimals } desimal, { $mode }: { $raw } → { $rounded }
explain-output = keluaran { $name } = { $shown }
explain-output-rounded = keluaran { $name } = { $raw } → { $shown }
explain-kategori = kategori: skala `{ $scale }` ({ $title }): { $value } masuk { $band }
explain-inputs = masukan yang dibaca dari rencana:
explain-read-at = ← { $text } di { $at }
explain-indicator-at = indikator di { $at }
explain-input-annual-target = target (tahunan)
explain-input-target-cumulative = target { $period } (kumulatif)
explain-input-target-per-period = target { $period } (per periode)
explain-input-realisasi = realisasi { $period }
explain-input-rule = aturan
explain-input-budget-pagu = pagu anggaran
explain-input-budget-realisasi = realisasi anggaran { $period }
explain-input-component = komponen { $component }: { $label }
explain-header = { $unit } / { $indicator } "{ $name }", periode { $period }  ({ $path })
explain-result = hasil: target { $target }, realisasi { $realisasi }, capaian { $capaian }, kategori { $kategori }, status { $status }
explain-result-noted = hasil: target { $target }, realisasi { $realisasi }, capaian { $capaian }, kategori { $kategori }, status { $status } ({ $message })
## Masukan berbahaya (issue 9): berkas dari pihak lain, keluaran, uji, git

file-not-regular = `{ $path }` bukan berkas biasa (melainkan folder, pipa atau perangkat)
    .help = capaian hanya membaca berkas biasa; sebut berkasnya sendiri
file-too-large = `{ $path }` lebih besar daripada batas baca capaian ({ $limit })
    .help = berkas aturan, skala dan validasi berukuran kecil; periksa apakah ini berkas yang dimaksud
file-not-utf8 = `{ $path }` bukan teks UTF-8 (bita rusak pertama pada baris { $line })
    .help = simpan berkas sebagai UTF-8 (di kebanyakan penyunting: Simpan Sebagai, pengodean UTF-8)
file-outside-folder = `{ $path }` mengarah ke luar `{ $folder }`
    .help = berkas aturan hanya dibaca di dalam folder aturan; salin berkasnya ke folder itu alih-alih menautkannya
file-link-outside = `{ $path }` menaut ke luar `{ $folder }` dan tidak dibaca
    .help = salin berkasnya ke folder itu alih-alih menautkannya
file-is-report = `{ $path }` adalah laporan keluaran capaian, bukan rencana; dilewati
    .help = tulis laporan di luar folder rencana (`-o ../laporan.csv`)
output-is-input = `-o { $path }` adalah salah satu berkas masukan; berkas itu dibiarkan apa adanya
    .help = tulis laporan ke berkas lain
output-not-regular = `-o { $path }` bukan berkas biasa (melainkan folder, pipa atau perangkat)
    .help = tulis laporan ke berkas biasa, atau hilangkan -o untuk mencetaknya
rule-invalid-name = `{ $name }` bukan nama aturan yang sah
    .help = nama aturan terdiri atas huruf ASCII, angka, `-`, `_` dan `/` di antara folder (`standard/positif`); ketik ulang namanya, mungkin ada huruf mirip dari abjad lain
rule-shadowed = aturan `{ $name }` dibaca dari `{ $path }`, yang menutupi `{ $hidden }`
    .help = ganti nama aturan lokal ini bila rumusnya memang berbeda, atau hapus agar aturan yang tertutup yang dipakai
case-plan-outside = rencana kasus `{ $plan }` berada di luar `{ $root }`
config-rules-not-a-list = `rules` di capaian.toml harus berupa daftar folder aturan, relatif terhadap berkas itu, misalnya rules = ["../capaian/rules"]
config-rules-not-a-folder = capaian.toml menyebut folder aturan `{ $folder }`, yang bukan folder (relatif terhadap capaian.toml)
    .help = tulis path rencana relatif terhadap berkas kasus, di dalam repositori (`plan = "../rkt-2024.toml"`)
test-no-cases = tidak ada berkas kasus di bawah `{ $path }`
    .help = berkas kasus adalah berkas `*.toml` berisi `[[case]]` di dalam folder bernama `tests`
test-no-match = tidak ada kasus yang cocok dengan `--filter { $filter }`
    .help = penyaring dicocokkan dengan nama kasus dan path berkas kasus
git-not-a-commit = `{ $revision }` bukan commit
    .help = sebut cabang, tag atau commit (`HEAD~1`, `main`); tree seperti `HEAD:rules` bukan revisi aturan

## Rujukan fungsi bantu (capaian functions --lang id)
##
## Teks `capaian functions --lang id` dan docs/functions.id.md. Bahasa
## Inggrisnya adalah komentar dokumentasi di src/engine/package.rs (dan
## `kategori_in` di src/engine/mod.rs); en.ftl tidak memuat blok ini.
## Id pesan:
##   fn-heading, fn-generated, fn-intro: judul, catatan berkas hasil dan
##     paragraf pembuka;
##   fn-NAMA: fungsi yang namanya hanya punya satu tanda tangan (fn-round);
##   fn-NAMA-TIPE: fungsi yang namanya punya beberapa tanda tangan
##     (overload), dengan tipe parameternya seperti tertulis di rujukan,
##     berhuruf kecil dan disambung `-`: fn-no_data-text, fn-no_data-map;
##     dua parameter menjadi fn-NAMA-map-text, tanpa parameter fn-NAMA-none.
## Uji gagal bila ada fungsi tanpa pesan di sini atau pesan fn- tanpa
## fungsi. Contoh kode di antara tanda ` ditulis persis seperti kodenya
## (angka tetap 2.35, bukan 2,35); `{` dan `}` ditulis {"{"} dan {"}"}.

fn-heading = Fungsi bantu aturan
fn-generated = Dihasilkan oleh `capaian functions --lang id` dari metadata mesin aturan; jangan disunting.
fn-intro = Selain fungsi-fungsi ini, aturan dapat memakai bahasa inti Rhai, aritmetika desimal eksak, teks, daftar, dan peta. Aturan tidak dapat memakai berkas, jaringan, jam, maupun `eval`.
fn-abs = Nilai mutlak.
fn-decimal = Mengubah bilangan bulat menjadi desimal (bilangan desimal diteruskan tanpa perubahan).
fn-geomean =
    Rata-rata geometrik dari daftar bilangan positif (dipakai oleh NKA, PMK
    22/2021). Dihitung sebagai exp(mean(ln x)) sampai 28 angka penting, jadi
    hasilnya tidak eksak: bulatkan dulu sebelum membandingkannya.
fn-is_number =
    `true` bila nilainya bilangan (bulat atau desimal), `false` untuk `()`,
    teks, daftar, dan peta.
fn-kategori_in =
    Kategori untuk `value` menurut skala `rules/scales/NAME.toml` (berkas yang sama
    dengan yang dipakai `scale = "NAME"`), atau `()` bila tidak ada band yang
    memuatnya. Dengan fungsi ini, aturan yang memilih kategorinya sendiri
    membaca band sebagai data:
    `fn kategori(x) {"{"} kategori_in("ikm-mutu", x.value) {"}"}`.
fn-max = Bilangan yang lebih besar di antara dua bilangan.
fn-mean = Rata-rata aritmetika dari daftar bilangan; galat bila daftarnya kosong.
fn-min = Bilangan yang lebih kecil di antara dua bilangan.
fn-no_data-text =
    Mengembalikan hasil yang menyatakan bahwa data yang diperlukan belum ada.

    `if x.realisasi == () {"{"} return no_data("no realisasi reported"); {"}"}`
fn-no_data-map = `no_data` dengan alasan dalam setiap bahasa, seperti pada `not_computable`.
fn-no_target-text =
    Mengembalikan hasil yang menyatakan bahwa periode itu tidak mempunyai target
    sebagai pembanding (aturan yang mendapati targetnya sendiri tidak ada).

    `if x.params.target_khusus == () {"{"} return no_target("no target_khusus set"); {"}"}`
fn-no_target-map = `no_target` dengan alasan dalam setiap bahasa, seperti pada `not_computable`.
fn-not_computable-text =
    Mengembalikan hasil yang menyatakan bahwa capaian tidak dapat dihitung,
    dengan alasan yang ditampilkan kepada pengguna (misalnya bila targetnya
    0). Pakai fungsi ini alih-alih membagi dengan nol.

    `if x.target == 0 {"{"} return not_computable("target is 0"); {"}"}`
fn-not_computable-map =
    `not_computable` dengan alasan dalam setiap bahasa yang dipakai aturan:
    `#{"{"} en: "target is 0", id: "target 0" {"}"}` (`en` wajib; perencana
    yang menjalankan capaian dengan `--lang id` membaca `id`).
fn-number_setting =
    Pengaturan angka tanpa nilai bawaan: `()` bila rencana tidak memberikan
    `params[key]`, angka itu bila rencana memberikannya, dan galat bila yang
    diberikan bukan angka.

    `let cap = number_setting(x.params, "batas_capaian");`
fn-pow = `x` dipangkatkan dengan bilangan bulat (hasilnya eksak).
fn-output_name =
    Id sebagai nama keluaran (huruf kecil, angka dan `_`, paling banyak 32
    karakter), untuk menamai keluaran menurut komponen:
    `outputs[output_name("nrr", c.id)] = v` menamai `U-1` menjadi `nrr_u_1`.
fn-round =
    Membulatkan sampai `decimals` angka desimal, dengan nilai tepat setengah
    dibulatkan menjauhi nol (ROUND pada lembar kerja): `round(2.345, 2)`
    hasilnya 2.35.
fn-round_down = Membulatkan ke arah nol, yakni memotong (ROUNDDOWN): `round_down(2.349, 2)` hasilnya 2.34.
fn-round_half_even =
    Membulatkan dengan nilai tepat setengah dibulatkan ke angka genap
    (pembulatan bankir): `round_half_even(2.345, 2)` hasilnya 2.34.
fn-setting =
    Pengaturan sebuah aturan: `params[key]` bila rencana memberikannya, dan
    `default` bila tidak. Nilai dari rencana harus sejenis dengan nilai bawaan:
    angka untuk angka (`min_total = "75"`, yang berupa teks, adalah galat,
    bukan perbandingan yang diam-diam bernilai salah), teks untuk teks, tabel
    untuk tabel. Tabel dilapiskan di atas nilai bawaan entri demi entri, dan
    setiap entri diperiksa dengan cara yang sama.

    `let min_total = setting(x.params, "min_total_wbk", 75);`
fn-sqrt = Akar kuadrat dari bilangan yang tidak negatif (28 angka penting).
fn-sum = Jumlah dari daftar bilangan (0 untuk daftar kosong).
## Batas waktu dan ukuran sandbox (isu 9)

sandbox-call-time = aturan `{ $name }` dihentikan setelah { $seconds } detik, batas waktu satu panggilan
    .help = aturan berjalan terlalu lama: cari perulangan yang tidak pernah berhenti, atau pekerjaan yang diulang pada nilai yang besar
sandbox-run-time = aturan `{ $name }` tidak dijalankan sampai selesai: proses ini sudah melewati batas waktunya, { $seconds } detik
    .help = aturan-aturan dalam proses ini bersama-sama berjalan terlalu lama, dan setiap panggilan berikutnya gagal dengan cara yang sama: percepat aturan yang lambat, atau beri waktu lebih dengan `capaian eval --time-limit DETIK`
sandbox-rule-size = aturan `{ $name }` tidak dikompilasi: ukurannya { $size } bita, batasnya { $max }
    .help = pecah aturan menjadi beberapa aturan yang lebih kecil, lalu gunakan dengan `import`
hint-limit-call-time = skrip berjalan lebih dari { $seconds } detik: cari perulangan yang tidak pernah berhenti
hint-limit-run-time = proses berjalan lebih dari { $seconds } detik
cli-eval-jobs = Hitung dengan sebanyak ini utas (bawaan: satu per inti prosesor yang tersedia); keluarannya sama berapa pun jumlahnya
cli-eval-time_limit = Waktu yang boleh dipakai semua panggilan aturan dalam proses ini bersama-sama, dalam detik (bawaan: 120); setelah habis, setiap panggilan aturan berikutnya gagal dengan sandbox/run-time

# capaian report (LAPKIN chapter III)
lapkin-title = Bab III — Akuntabilitas Kinerja: { $unit }
lapkin-subtitle = Capaian kinerja tahun { $year }
lapkin-measurement = A. Tabel Pengukuran Kinerja
lapkin-sasaran = Sasaran
lapkin-no-sasaran = (tanpa sasaran)
lapkin-program = Program
lapkin-no-program = (tanpa program)
lapkin-program-total = Jumlah program
lapkin-summary = Ringkasan per sasaran
lapkin-average-rule = Capaian sasaran adalah rata-rata capaian indikatornya yang berstatus ok, seperti pada LKjIP; indikator tanpa capaian tidak dihitung dan disebutkan, tidak dianggap 0.
lapkin-comparison = B. Perbandingan dengan tahun sebelumnya
lapkin-no-earlier = Tidak ada data tahun sebelumnya: sertakan rencana tahun-tahun sebelumnya dalam perintah yang sama untuk membandingkan.
lapkin-renstra = C. Perbandingan terhadap target akhir Renstra
lapkin-no-renstra = Rencana tidak memuat target akhir Renstra.
lapkin-budget = D. Realisasi anggaran
lapkin-no-budget = Rencana tidak memuat anggaran.
lapkin-efisiensi-rule = Efisiensi = (1 − penyerapan ÷ capaian) × 100 (PMK 214/2017), bila keduanya ada; untuk sasaran dan program dijumlahkan pagu × capaian dan realisasi indikatornya.
lapkin-progression = E. Perkembangan per periode
lapkin-no-progression = Tidak ada indikator dengan target bulanan atau triwulanan.
lapkin-progression-rule = Target dan realisasi s.d. setiap periode (kumulatif bila indikator menyatakannya), dihitung pada setiap periode seperti `capaian eval --period`.
lapkin-notes = F. Catatan: indikator yang tidak berstatus ok, angka ilustratif, angka yang baru dilaporkan sebagian periode
lapkin-no-notes = Semua indikator berstatus ok.
lapkin-charts = G. Grafik
lapkin-chart-capaian = Capaian per indikator (%)
lapkin-chart-progress = Target dan realisasi { $indicator }
lapkin-chart-budget = Penyerapan anggaran per periode (%)
lapkin-no-chart = Tidak ada angka untuk digrafikkan.
lapkin-provenance = Sumber data
lapkin-plans = Berkas rencana
lapkin-rules = Versi aturan
lapkin-made = Dibuat
lapkin-builtin = aturan bawaan capaian { $version }
lapkin-not-git = bukan repositori git
lapkin-uncommitted = dengan perubahan yang belum di-commit
lapkin-earlier-plans = Rencana tahun sebelumnya (perbandingan)
lapkin-numbers-note = Angka disimpan sebagai angka bila tepat; Excel menampilkan pemisah ribuan dan desimalnya sesuai bahasa pengaturan Excel atau LibreOffice Anda. Angka dengan digit lebih banyak dari yang disimpan Excel ditulis sebagai teks.
lapkin-grand-total = Jumlah seluruhnya
lapkin-total = Jumlah
lapkin-legend-target = Target
lapkin-legend-realisasi = Realisasi
lapkin-col-no = No
lapkin-col-kode = Kode
lapkin-col-indikator = Indikator Kinerja
lapkin-col-satuan = Satuan
lapkin-col-target = Target
lapkin-col-realisasi = Realisasi
lapkin-col-capaian = Capaian (%)
lapkin-col-kategori = Kategori
lapkin-col-status = Status
lapkin-col-periode = Periode
lapkin-col-realisasi-year = Realisasi { $year }
lapkin-col-capaian-year = Capaian { $year } (%)
lapkin-col-trend = Tren
lapkin-col-target-renstra = Target akhir Renstra
lapkin-col-renstra-period = Periode Renstra
lapkin-col-capaian-renstra = Capaian terhadap Renstra (%)
lapkin-col-pagu = Pagu
lapkin-col-realisasi-anggaran = Realisasi anggaran
lapkin-col-penyerapan = Penyerapan (%)
lapkin-col-efisiensi = Efisiensi (%)
lapkin-col-satuan-anggaran = Satuan anggaran
lapkin-col-catatan = Catatan
lapkin-col-target-sd = Target s.d. periode
lapkin-col-realisasi-sd = Realisasi s.d. periode
lapkin-col-average = Rata-rata capaian (%)
lapkin-col-counted = Indikator dihitung
lapkin-col-left-out = Tidak dihitung (tanpa capaian)
lapkin-col-item = Uraian
lapkin-col-value = Keterangan
lapkin-sheet-measurement = Pengukuran
lapkin-sheet-summary = Sasaran
lapkin-sheet-comparison = Perbandingan
lapkin-sheet-budget = Anggaran
lapkin-sheet-progression = Perkembangan
lapkin-sheet-notes = Catatan
lapkin-sheet-charts = Grafik
lapkin-sheet-sources = Sumber
report-several-units = rencana yang diberikan berasal dari beberapa unit ({ $units }); satu laporan untuk satu unit
    .help = jalankan `capaian report` sekali untuk setiap unit
report-no-plan = tidak ada rencana yang dapat dilaporkan
report-xlsx = buku kerja tidak dapat ditulis: { $reason }
## Menghimpun realisasi dari tim kerja (capaian template, capaian collect)
plan-tim-twice = indikator memberi `tim` dan `penanggung_jawab` sekaligus
    .help = keduanya kunci yang sama dengan dua nama: pakai salah satu
collect-one-plan = perintah ini memerlukan tepat satu rencana; masukan berisi { $count }
    .help = sebut satu berkas rencana (CSV berisi beberapa unit menjadi satu rencana per unit)
collect-unreadable = buku kerja `{ $path }` tidak dapat dibaca: { $reason }
    .help = collect membaca buku kerja .xlsx buatan `capaian template`, disimpan sebagai .xlsx
collect-missing-sheet = buku kerja tidak mempunyai lembar `{ $sheet }` (lembarnya: { $sheets })
    .help = collect membaca buku kerja buatan `capaian template` dari rencana ini; lembar yang diganti namanya atau dihapus tidak dapat dibaca: minta kembali buku kerjanya atau buat yang baru
collect-not-template = buku kerja ini bukan buatan `capaian template`, atau lembar tersembunyinya diubah (berisi `{ $found }`)
    .help = buat format pengumpulan data dengan `capaian template RENCANA -o FOLDER`
collect-other-plan = buku kerja ini untuk unit `{ $unit }`, tahun { $year }; rencananya unit `{ $plan_unit }`, tahun { $plan_year }
    .help = himpun setiap buku kerja ke rencana asal buku kerja itu dibuat
collect-unknown-row = buku kerja mempunyai baris `{ $indicator }` periode { $period }, yang tidak ada dalam rencana
    .help = rencana berubah sejak buku kerja dibuat: buat buku kerja baru dengan `capaian template`, atau himpun ke rencana asalnya
collect-locked-changed = sel terkunci diubah: rencana berisi `{ $expected }`, buku kerja berisi `{ $found }`
    .help = sel yang diisi dari rencana dikunci dan tidak dibaca sebagai data; kembalikan isinya, atau laporkan kekeliruannya kepada penyusun, yang memperbaiki rencana dan membuat buku kerja baru
collect-plan-changed = rencana kini berisi `{ $plan }`, sedangkan buku kerja, yang dibuat dari versi sebelumnya, berisi `{ $found }`
    .help = rencana berubah sejak buku kerja dibuat: periksa apakah realisasinya masih sesuai, lalu buat buku kerja baru dengan `capaian template`
collect-not-number = sel realisasi berisi { $found }, bukan angka
collect-stray-value = `{ $value }` ada di baris yang tidak dibuat bersama buku kerja ini: nilai itu bukan milik indikator mana pun
    .help = baris tidak dapat ditambahkan ke format pengumpulan data: tulis nilainya di baris indikator dan periodenya, atau minta penyusun menambahkan indikatornya ke rencana
collect-formula-no-value = sel realisasi berisi rumus tanpa nilai tersimpan
    .help = buka buku kerja di aplikasi lembar kerja, biarkan rumusnya dihitung, lalu simpan lagi; atau ketik angkanya
collect-negative = realisasi { $value } untuk `{ $indicator }` periode { $period } negatif; indikator ini tidak mungkin negatif
    .help = jumlah, persentase, indeks atau nilai tidak pernah di bawah nol: periksa tandanya
collect-duplicate = dua buku kerja memberi `{ $indicator }` periode { $period } realisasi berbeda: { $value } di sini, { $other } di { $cell }
    .help = simpan nilai yang benar di satu buku kerja dan kosongkan sel di buku kerja lain
collect-conflict = realisasi `{ $indicator }` periode { $period } akan berubah dari { $old } (rencana, { $plan }) menjadi { $new }
    .help = tidak ada yang ditulis: perbaiki buku kerja atau rencananya, atau jalankan lagi dengan --force untuk mengganti nilai rencana
collect-cannot-merge = rencana tidak mempunyai tempat untuk realisasi `{ $indicator }` periode { $period }
    .help = rencana memberi indikator ini satu realisasi untuk setahun: tulis dulu realisasinya per periode di rencana
collect-merged-invalid = rencana hasil penggabungan tidak terbaca kembali: { $reason }
    .help = ini kesalahan capaian: tidak ada yang ditulis; laporkan bersama rencananya
template-not-folder = `-o { $path }` bukan folder
    .help = sebut folder untuk buku kerja (dibuat bila belum ada)
template-exists = `{ $path }` sudah ada; berkas itu dibiarkan apa adanya
    .help = buku kerja yang sudah diisi tidak pernah ditimpa: tulis buku kerja baru ke folder lain, atau hapus dulu yang lama
hint-collect-date = lembar kerja membaca nilainya sebagai tanggal: ketik angka biasa (format sel sebagai Number/Angka)
type-cell-error = galat { $error }
note-collect-replaced = diganti (--force)
collect-change = { $indicator } { $period }: { $old } → { $new } ({ $cell })
collect-summary = { $new } baru, { $replaced } diganti, { $same } tidak berubah
collect-written = rencana baru ditulis ke { $path }
collect-dry-run = uji coba: tidak ada yang ditulis
template-wrote = { $file }: { $indicators } indikator, { $rows } baris
template-no-tim = { $count } indikator tidak mempunyai `tim` dan ada di { $file }; beri `tim` di rencana agar terkirim ke timnya
xl-title = Format Pengumpulan Data dan Informasi Kinerja
xl-unit = Unit kerja: { $unit } — tahun { $year }
xl-group-tim = Tim kerja: { $name }
xl-group-sasaran = Sasaran: { $name }
xl-group-indikator = Indikator: { $name }
xl-no-group = (tanpa tim)
xl-polarity-naik = naik (makin tinggi makin baik)
xl-polarity-turun = turun (makin rendah makin baik)
xl-how-year = angka tahun ini
xl-how-sum = angka periode ini saja (dijumlahkan)
xl-how-last = angka s.d. periode ini (kumulatif)
xl-how-average = angka periode ini (dirata-ratakan)
xl-col-no = No
xl-col-id = Kode indikator
xl-col-sasaran = Sasaran
xl-col-indicator = Indikator
xl-col-definisi = Definisi operasional
xl-col-satuan = Satuan
xl-col-polarity = Polaritas
xl-col-period = Periode
xl-col-target = Target
xl-col-how = Cara mengisi
xl-col-realisasi = Realisasi
xl-col-note = Keterangan (tidak dibaca)
xl-valid-title = Hanya angka
xl-valid-any = Isi realisasi dengan angka. Kosongkan bila datanya belum ada.
xl-valid-non-negative = Isi realisasi dengan angka, tidak negatif. Kosongkan bila datanya belum ada.
xl-valid-error = Realisasi harus berupa angka (satuan: { $satuan }), tanpa satuan dan tanpa tanda %.
xl-guide-title = Petunjuk pengisian
xl-guide-1 = Format ini dibuat oleh capaian dari rencana kinerja { $plan }. Isi hanya lembar "Realisasi".
xl-guide-2 = Setiap baris adalah satu indikator pada satu periode. Kolom No sampai "Cara mengisi" diisi dari rencana dan dikunci: jangan diubah. Bila ada yang keliru, beri tahu penyusun LAPKIN.
xl-guide-3 = Isi kolom "Realisasi" dengan angka saja, tanpa satuan dan tanpa tanda %: 97,35 untuk 97,35%.
xl-guide-4 = Perhatikan kolom "Cara mengisi": "s.d. periode ini" berarti angka kumulatif sampai akhir periode itu; "periode ini saja" berarti angka periode itu sendiri, yang dijumlahkan oleh capaian.
xl-guide-5 = Kosongkan sel bila datanya belum ada. Realisasi yang sudah tercatat dalam rencana sudah terisi; ubah hanya bila memang keliru, dan tulis alasannya di kolom Keterangan.
xl-guide-6 = Kolom Keterangan bebas diisi (penjelasan, sumber data); capaian tidak membacanya.
xl-guide-7 = Jangan menambah, menghapus, atau memindahkan baris maupun lembar. Simpan sebagai .xlsx lalu kirim kembali kepada penyusun LAPKIN.
xl-guide-8 = Penyusun LAPKIN menghimpun semua format dengan `capaian collect`: setiap sel diperiksa, dan sel yang keliru disebut dengan nama lembar dan selnya (misalnya Realisasi!K6).
cli-template = Buat format pengumpulan data (buku kerja .xlsx) dari rencana, satu per tim kerja (langkah 2-3 SOP): angka rencana dikunci, sel realisasi terbuka
cli-template-plan = Berkas rencana (.toml atau .csv)
cli-template-per = Satu buku kerja per tim (tim, bawaan), per sasaran (sasaran) atau per indikator (indikator)
cli-template-output = Folder tujuan buku kerja (dibuat bila belum ada); buku kerja yang sudah ada tidak pernah ditimpa
cli-collect = Baca format pengumpulan data yang sudah diisi dan tulis rencana baru berisi realisasinya (langkah 4 SOP)
cli-collect-plan = Berkas rencana asal buku kerja dibuat
cli-collect-workbooks = Buku kerja yang sudah diisi (.xlsx)
cli-collect-output = Tulis rencana baru ke berkas ini (secara atomik); tidak boleh rencana itu sendiri atau buku kerja
cli-collect-dry_run = Tampilkan yang akan berubah (indikator, periode, nilai lama dan baru, sel) tanpa menulis apa pun
cli-collect-force = Ganti realisasi rencana dengan nilai buku kerja yang berbeda; tanpa ini, konflik seperti itu membuat tidak ada yang ditulis dan kode keluar 1
rhai-division-by-zero = pembagian dengan nol: { $expression }
rhai-overflow = hasilnya tidak muat dalam bilangan desimal: { $expression }
rhai-wrong-type = jenis nilai salah: { $found } (seharusnya { $expected })
rhai-list-index = indeks daftar { $index } di luar jangkauan: daftar berisi { $len } elemen
rhai-text-index = indeks teks { $index } di luar jangkauan: teks berisi { $len } karakter
rhai-not-indexable = { $found } tidak dapat diindeks
rhai-no-such-index = tidak ada indeks { $index }
rhai-no-variable = variabel `{ $variable }` tidak didefinisikan
rhai-no-key = peta itu tidak mempunyai kunci `{ $key }`
rhai-no-function = tidak ada fungsi { $function }
rhai-no-such-rule = tidak ada aturan `{ $module }` untuk di-import
rhai-constant = `{ $name }` adalah konstanta dan tidak dapat diubah
rhai-for-needs-list = perulangan `for` memerlukan daftar atau rentang
rhai-operations = terlalu banyak operasi
rhai-call-depth = pemanggilan bersarang terlalu dalam
rhai-modules = terlalu banyak aturan di-import
rhai-too-large = { $what } terlalu besar
rhai-stopped = dihentikan
rhai-thrown = aturan menghentikan perhitungan: { $message }
rhai-thrown-nothing = aturan menghentikan perhitungan
rhai-other = { $text }
helper-not-number = { $what } harus berupa angka, bukan { $found }
helper-decimals = jumlah desimal harus bilangan bulat 0 sampai 28, bukan { $found }
helper-overflow = hasil { $function } tidak muat dalam bilangan desimal
helper-empty-list = { $function } dari daftar kosong
helper-geomean-positive = geomean memerlukan angka positif, bukan { $found }
helper-sqrt-negative = akar kuadrat dari bilangan negatif ({ $found })
helper-power-overflow = { $value } pangkat { $power } tidak muat dalam bilangan desimal
helper-kategori-not-number = kategori_in memerlukan angka, bukan { $found }
helper-param-kind = { $key } harus { $expected }, bukan { $found } `{ $value }`
helper-param-quoted = { $key } harus angka, bukan teks "{ $value }": tulis angkanya tanpa tanda kutip
type-value = sebuah nilai
return-not-value = mengembalikan { $found } `{ $value }`, seharusnya angka, () atau peta
return-unknown-key = mengembalikan peta dengan kunci tak dikenal `{ $key }` (yang diterima: { $allowed })
return-not-number = mengembalikan `{ $key }` = `{ $value }`, seharusnya angka
return-not-text = mengembalikan `{ $key }` berjenis { $found }, seharusnya teks
return-wrong-hook = mengembalikan `{ $key }`, padahal fungsi `{ $hook }` mengembalikan `{ $hook }`
return-unknown-status = mengembalikan status tak dikenal `{ $status }` (pakai ok, no_data, no_target atau not_computable)
return-outputs-not-map = mengembalikan `outputs` berjenis { $found }, seharusnya peta nama → nilai
return-output-name = mengembalikan keluaran `{ $name }`: nama hanya huruf kecil, angka dan `_` (kolom_8)
return-output-reserved = mengembalikan keluaran `{ $name }`, yang sudah menjadi kolom setiap hasil
return-output-value = mengembalikan keluaran `{ $name }` = `{ $value }`: seharusnya angka, teks, () atau #{"{"} value, decimals, rounding {"}"}
return-output-decimals = mengembalikan keluaran `{ $name }` dengan decimals `{ $value }`: seharusnya bilangan bulat 0–10
return-output-rounding = mengembalikan keluaran `{ $name }` dengan rounding `{ $value }`: seharusnya half-up, down atau half-even
return-note-type = mengembalikan `note` berjenis { $found }, seharusnya teks atau #{"{"} en: …, id: … {"}"}
return-note-language = mengembalikan `note.{ $language }`: bahasa catatan adalah `en` dan `id`
return-note-no-en = mengembalikan peta `note` tanpa `en`
size-text = panjang teks
size-list = ukuran daftar
size-map = ukuran peta
size-other = { $what }
data-bilingual = { $id }
cli-serve = Sajikan halaman web penyusun: unggah rencana, lihat hasil, penjelasan dan unduhan (Bahasa Indonesia kecuali --lang en)
cli-serve-listen = Alamat yang didengarkan; alamat yang bukan milik mesin ini sendiri (loopback) memerlukan --token
cli-serve-token = Rahasia yang harus dibawa setiap permintaan (?token=…, lalu cookie); wajib untuk mendengarkan di luar mesin ini
cli-serve-rules = Folder aturan, dicari berurutan sebelum pustaka bawaan; unggahan tidak pernah membawa aturan

## Halaman web penyusun (issue 16): capaian serve
serve-listen = tidak dapat mendengarkan di { $listen }: { $reason }
serve-token-needed = { $listen } dapat dijangkau dari mesin lain: halaman memerlukan token
    .help = jalankan lagi dengan --token { $token } (atau rahasia Anda sendiri, paling sedikit 16 karakter), atau dengarkan di 127.0.0.1
serve-token-short = token terlalu pendek: berikan paling sedikit { $min } karakter
serve-forbidden = halaman ini memerlukan tokennya: buka alamat yang dicetak `capaian serve`
serve-not-found = halaman tidak ada
serve-upload-gone = unggahan ini tidak disimpan lagi: unggah berkasnya kembali
serve-failed = permintaan gagal: { $reason }
upload-too-large = unggahan lebih besar dari { $limit }
    .help = unggah lebih sedikit berkas atau berkas yang lebih kecil
upload-too-many-files = satu unggahan paling banyak { $max } berkas
upload-too-many-rows = rencana berisi { $rows } baris; satu unggahan paling banyak { $max }
    .help = hitung rencana sebesar ini dengan `capaian eval`
upload-no-file = tidak ada berkas yang dipilih
upload-format = { $name } bukan rencana atau buku kerja yang dibaca capaian ({ $formats })
upload-malformed = unggahan tidak dapat dibaca: { $reason }
upload-compare-invalid = “{ $text }” bukan daftar tahun (misalnya 2023, 2022)
serve-listening = capaian serve: buka { $url } (Ctrl+C untuk berhenti)
serve-nav-upload = Unggah
serve-nav-rules = Aturan
serve-nav-downloads = Unduh
serve-upload-title = Unggah rencana
serve-upload-intro = Pilih satu atau beberapa rencana (TOML, CSV, XLSX atau ODS) dari satu atau beberapa tahun, serta format pengumpulan data yang sudah diisi bersama rencana asalnya. Berkas dibaca di memori dan tidak disimpan di disk.
serve-upload-files = Berkas
serve-upload-limits = Paling banyak { $files } berkas, { $size } seluruhnya, { $rows } baris.
serve-upload-period = Periode
serve-period-year = Tahun rencana
serve-period-every-quarter = Setiap triwulan (TW I–IV)
serve-period-quarter = TW { $n }
serve-period-month = { $month ->
    [m1] Januari
    [m2] Februari
    [m3] Maret
    [m4] April
    [m5] Mei
    [m6] Juni
    [m7] Juli
    [m8] Agustus
    [m9] September
    [m10] Oktober
    [m11] November
    [m12] Desember
   *[other] { $month }
}
serve-upload-compare = Tahun sebelumnya yang dibandingkan (kosong: setiap tahun sebelumnya yang diunggah):
serve-upload-submit = Hitung
serve-back = Kembali ke unggah
serve-back-to-results = Kembali ke hasil
serve-problem-title = Masalah
serve-col-severity = Jenis
serve-col-file = Berkas
serve-col-sheet = Lembar
serve-col-place = Sel atau baris
serve-col-problem = Masalah
serve-results-title = Hasil
serve-results-of = Hasil dari { $files }.
serve-filter-status = Status
serve-filter-kategori = Kategori
serve-filter-all = semua
serve-filter-apply = Saring
serve-no-results = Tidak ada hasil yang cocok dengan saringan.
serve-explain-link = penjelasan
serve-summary-sasaran = Ringkasan per sasaran (rata-rata capaian indikator berstatus ok)
serve-summary-unit = Ringkasan per unit
serve-col-counted = Indikator dihitung
serve-col-mean = Rata-rata capaian (%)
serve-col-results = Hasil
serve-problems = Masalah
serve-explain-title = Penjelasan
serve-downloads-title = Unduh
serve-download-report = Laporan Bab III (LAPKIN)
serve-download-results = Hasil (seperti ditulis capaian eval)
serve-download-templates = Format pengumpulan data per tim
serve-download-templates-note = Kirim setiap tim buku kerjanya; unggah buku kerja yang sudah diisi bersama rencananya untuk melihat angkanya.
serve-rules-title = Pustaka aturan
serve-rules-intro = Aturan yang dipakai menghitung unggahan, hanya-baca: folder yang diberikan dengan --rules, lalu pustaka bawaan.
serve-rule-doc = Dokumentasi
serve-rule-source = Sumber

## Pohon kinerja (capaian tree; `parent`, `[[sasaran]]`, `[[tujuan]]`)
tree-parent-twice = `parent` dan `induk` diberikan sekaligus
    .help = keduanya kunci yang sama dengan dua nama: pakai salah satu
tree-no-id = satu entri { $table } tidak mempunyai `id`
    .help = indikator dan sasaran menyebutnya dengan id-nya: beri id
tree-duplicate-id = id `{ $id }` dipakai dua kali di { $table }
    .help = induk yang menyebutnya menjadi rancu: beri masing-masing id sendiri
tree-orphan = induk `{ $parent }` dari indikator `{ $indicator }` tidak menyebut indikator, sasaran, atau tujuan mana pun di rencananya
    .help = induk adalah id indikator rencana itu, id sasaran atau tujuan, atau `UNIT/ID` untuk indikator rencana unit lain
tree-orphan-sasaran = induk `{ $parent }` dari sasaran `{ $sasaran }` tidak menyebut tujuan mana pun di rencananya
    .help = induk sebuah sasaran adalah id `[[tujuan]]` di rencana yang sama
tree-not-in-plan = induk `{ $parent }` dari indikator `{ $indicator }`: rencana unit `{ $unit }` ({ $path }) tidak mempunyai indikator `{ $id }`
tree-missing-plan = induk `{ $parent }` dari indikator `{ $indicator }` ada di rencana unit `{ $unit }` ({ $year }), yang tidak ikut dalam perintah ini
    .help = berikan juga rencana itu agar tautannya diperiksa; `check --strict` gagal karena peringatan ini
tree-cycle = indikator saling menjadi induk, berputar: { $cycle }
    .help = induk adalah simpul di atasnya: putus putaran dengan memberi salah satunya induk lain, atau tanpa induk
tree-sasaran-mismatch = indikator `{ $indicator }` mengukur sasaran `{ $sasaran }`, tetapi induknya `{ $parent }` mengukur sasaran `{ $parent_sasaran }`
    .help = indikator di bawah indikator lain rencananya melayani sasaran yang sama: perbaiki `sasaran_id` atau `parent`
tree-undeclared-sasaran = indikator `{ $indicator }` menyebut sasaran `{ $sasaran }`, yang tidak ada di `[[sasaran]]` rencana itu
    .help = tambahkan sebagai `[[sasaran]]`, atau perbaiki `sasaran_id`
tree-plan = { $unit } · { $year } · { $path }
tree-tujuan = tujuan
tree-sasaran = sasaran
tree-indicator = indikator
tree-depth = kedalaman { $depth }
tree-in-cycle = dalam putaran induk
tree-parents-are = id di rencana ini: { $ids }
tree-give-plan = berikan rencana unit `{ $unit }` dalam perintah yang sama
tree-col-node = simpul
tree-col-level = tingkat

## Roll-up (capaian rollup, explain --rollup)
rollup-bobot-negative = indikator `{ $indicator }` mempunyai `bobot` negatif ({ $bobot })
    .help = bobot bernilai 0 atau lebih
rollup-ratio-half = indikator `{ $indicator }` hanya memberi salah satu dari `pembilang` dan `penyebut`
    .help = roll-up rasio memerlukan keduanya, untuk periode yang sama
rollup-unknown-sasaran = indikator `{ $indicator }` menyebut sasaran `{ $sasaran }`, yang tidak dideklarasikan `[[sasaran]]` mana pun
    .help = sasarannya diringkas dengan rata-rata; deklarasikan untuk memakai metode lain
rollup-method-lacking = sasaran `{ $sasaran }` diringkas dengan `{ $method }`; indikator berikut tidak mempunyai yang diperlukan (`bobot`, atau `pembilang` dan `penyebut`): { $indicators }
    .help = indikator itu tidak dihitung dalam angka sasarannya dan didaftar di sana
rollup-needs-units = roll-up per wilayah memerlukan berkas unit (`--units BERKAS`)
rollup-unknown-key = tidak ada angka roll-up dengan kunci `{ $key }`
    .help = kuncinya `UNIT/SASARAN` untuk sasaran, id unit, atau id wilayah; `capaian rollup` mendaftarnya
rollup-region-no-id = `[[wilayah]]` atau `[[unit]]` tanpa `id`
rollup-region-duplicate = wilayah `{ $id }` dideklarasikan dua kali
rollup-unit-duplicate = unit `{ $unit }` ditempatkan dua kali
rollup-unit-no-region = unit `{ $unit }` tidak mempunyai `wilayah`
rollup-unknown-region = `{ $at }` menyebut wilayah `{ $name }`, yang tidak dideklarasikan berkas unit
rollup-region-cycle = wilayah memuat dirinya sendiri: { $regions }
    .help = ikuti `parent` dari setiap wilayah: harus sampai ke wilayah tanpa `parent`
rollup-unit-not-placed = unit `{ $unit }` dari rencana tidak berada di wilayah mana pun dalam berkas unit
    .help = tambahkan `[[unit]]` dengan `id = "{ $unit }"` dan `wilayah`-nya; unit ini tidak dihitung di angka wilayah mana pun
what-rollup-method = metode roll-up
what-rollup-level = tingkat roll-up
place-units-file = berkas unit
rollup-col-key = Kunci
rollup-col-name = Nama
rollup-col-period = Periode
rollup-col-method = Metode
rollup-col-capaian = Capaian
rollup-col-indicators = Indikator
rollup-col-left-out = Tidak dihitung
rollup-col-rank = Peringkat
rollup-not-ranked = Tidak diperingkat (tanpa angka): { $keys }
rollup-why-status = { $status }
rollup-why-no-bobot = tanpa bobot
rollup-why-no-ratio = tanpa pembilang/penyebut untuk periodenya, atau target yang bukan satu angka
rollup-why-other-polarity = polaritasnya berbeda dari yang lain yang dijumlahkan
rollup-why-no-figure = tanpa angka
rollup-why-no-plan = rencananya tidak diberikan
rollup-explain-head = Roll-up { $level } { $key }: { $name }
rollup-explain-period = Periode: { $period }
rollup-explain-method = Metode: { $method }
rollup-explain-member = + { $key }: capaian { $capaian }{ $extra } ({ $indicators } indikator)
rollup-explain-weight = , bobot { $weight }
rollup-explain-sums = , pembilang { $pembilang } terhadap { $expected } yang diharapkan
rollup-explain-mean = Rata-rata: ({ $sum }) ÷ { $n } = { $raw }
rollup-explain-weighted = Rata-rata tertimbang: ({ $sum }) ÷ { $weight } = { $raw }
rollup-explain-ratio = Rasio gabungan: Σ pembilang { $pembilang } ÷ Σ yang diharapkan { $expected } × 100 = { $raw }
rollup-explain-ratio-lower = Rasio gabungan, makin rendah makin baik: (2 − Σ pembilang { $pembilang } ÷ Σ yang diharapkan { $expected }) × 100 = { $raw }
rollup-explain-min = Terendah dari { $values } = { $raw }
rollup-explain-none = Tanpa angka: tidak ada yang dapat dihitung (bukan 0)
rollup-explain-rounded = Dibulatkan setengah ke atas ke 2 desimal: { $value }
rollup-explain-left-out = - { $key } tidak dihitung: { $why }
rollup-explain-count = { $indicators } indikator di balik angka ini; { $counted } dihitung, { $left_out } tidak dihitung
rollup-explain-rank = Peringkat: { $rank }
cli-rollup = Ringkas capaian per sasaran, per unit atau per wilayah (berkas unit), dengan apa yang dihitung dan yang tidak dihitung setiap angka
cli-rollup-paths = Berkas rencana, berkas CSV, buku kerja, atau folder berisi rencana; dari beberapa rencana satu unit dipakai tahun terakhir (revisi terakhirnya)
cli-rollup-by = Tingkat ringkasan: sasaran (bawaan), unit atau wilayah (perlu --units)
cli-rollup-units = Berkas unit (TOML): `[[wilayah]]` dengan id, name, tingkat, parent, dan `[[unit]]` dengan id dan wilayah
cli-rollup-method = Metode angka unit dan wilayah: rata-rata (bawaan), tertimbang, rasio atau terendah; angka sasaran mengikuti `rollup` di `[[sasaran]]` rencananya
cli-rollup-rank = Beri peringkat (1, 2, 2, 4; yang sama diurutkan menurut kunci) dan sebutkan yang tidak diperingkat
cli-rollup-period = Periode yang dihitung (seperti eval --period; bawaan: tahun rencana)
cli-rollup-format = Bentuk keluaran: table (bawaan), json atau csv
cli-rollup-output = Tulis ke berkas ini (secara atomik), bukan ke standard output
cli-rollup-print_numbers = Tulis angka tabel dan CSV sebagai id (90,01; CSV dipisah `;`) atau en (90.01, bawaan). JSON tidak terpengaruh
cli-explain-rollup = Jelaskan satu angka roll-up, bukan indikator: kuncinya `UNIT/SASARAN`, id unit, atau id wilayah (dengan --units)
cli-explain-units = Berkas unit untuk angka wilayah (lihat capaian rollup --units)
lapkin-col-rollup = Capaian sasaran, { $method } (%)
rollup-explain-plan = Rencana: { $plan }
rollup-ratio-mismatch = indikator `{ $indicator }` pada { $period }: realisasi { $realisasi } bukan pembilang ÷ penyebut ({ $computed })
    .help = roll-up rasio menjumlahkan pembilang dan penyebut; keduanya harus angka asal realisasi itu
lapkin-rollup-rule = Sasaran yang rencananya menyebut cara lain diringkas dengan cara itu: tertimbang, menurut bobot indikatornya; rasio, pembilang dan penyebut dijumlahkan, bukan persentasenya dirata-ratakan; terendah, capaian yang paling rendah.
upload-merge-needs-text = format pengumpulan data yang sudah diisi digabungkan ke rencana TOML atau CSV, sedangkan rencana yang diunggah bersamanya berupa buku kerja
    .help = unggah rencananya sebagai TOML atau CSV (berkas asal format pengumpulan dibuat) bersama format yang sudah diisi
