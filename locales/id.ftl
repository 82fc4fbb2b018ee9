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
toml-unknown-key = kunci `{ $key }` tidak dikenal di { $table }
toml-wrong-type = `{ $key }` harus { $expected }, yang tertulis { $found }

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
number-out-of-range = `{ $text }` di luar jangkauan desimal eksak (sekitar ±7,9e28, 28 digit)
number-ambiguous = `{ $text }` dibaca { $value } dalam konvensi { $convention }; dalam konvensi { $other_convention } nilainya { $other_value }
    .help = tulis angkanya tanpa keraguan (10000, atau "10.000" dengan numbers = "id"), atau pastikan konvensinya
number-unknown-convention = konvensi angka `{ $name }` tidak dikenal (seharusnya `id` atau `en`)
period-invalid = `{ $text }` bukan periode: seharusnya tahun (2024), bulan (2024-06) atau triwulan (2024-Q2)

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
    .help = tidak ada fungsi `{ $function }`: aturan tidak dapat memakai berkas, jaringan, jam atau eval; lihat docs/functions.md untuk fungsi bantu
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

plan-no-indicators = rencana tidak mempunyai indikator: tidak ada yang dihitung
plan-indicator-no-id = indikator #{ $index } tidak mempunyai `id`
plan-component-no-id = komponen #{ $index } tidak mempunyai `id`
indicator-not-found = tidak ada indikator `{ $id }` di { $path }
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
case-no-expect = kasus `{ $case }` tidak mempunyai `expect`
case-unknown-status = status `{ $status }` tidak dikenal
    .help = seharusnya ok, no_data, no_target, not_computable atau error
case-decimals = `decimals` harus 0–28, yang tertulis { $found }
case-plan-unreadable = tidak dapat membaca rencana `{ $path }`: { $reason }

## git (capaian diff)

git-failed = tidak dapat menjalankan git: { $reason }
git-no-repository = `capaian diff` memerlukan repositori git
    .help = jalankan di dalam repositori yang menyimpan aturan
git-unknown-revision = revisi git `{ $revision }` tidak dikenal
    .help = sebut cabang, tag atau commit yang ada (git branch -a, git log)

legacy-text = { $message }

## Label

label-error = galat
label-warning = peringatan
label-note = catatan
label-help = saran
label-note-line = catatan
context-indicator = saat menghitung indikator `{ $indicator }`
context-indicator-period = saat menghitung indikator `{ $indicator }`, periode { $period }

## Saran

hint-did-you-mean = maksudnya `{ $word }`?
hint-one-of = seharusnya salah satu dari: { $names }
hint-number-reads-english = `{ $text }` terbaca sebagai angka Inggris: bila berkas ini memakai angka Inggris (97.61; 2,870,628,000), tetapkan `numbers = "en"` atau pakai `--numbers en`
hint-number-reads-indonesian = `{ $text }` terbaca sebagai angka Indonesia: bila berkas ini memakai angka Indonesia (0,99; 1.152.699), tetapkan `numbers = "id"` atau pakai `--numbers id`
hint-number-id-convention = konvensi Indonesia: `.` memisahkan ribuan (1.152.699), `,` menandai desimal (0,99; 97,61%); teks ini bukan angka dalam konvensi mana pun: perbaiki selnya sesuai dokumen sumber
hint-number-en-convention = konvensi Inggris: `,` memisahkan ribuan (1,152,699), `.` menandai desimal (0.99); teks ini bukan angka dalam konvensi mana pun: perbaiki selnya sesuai dokumen sumber
hint-number-write-one = tulis angkanya, atau hapus periode itu bila belum ada nilainya
hint-rules-looked-up = aturan dicari sebagai NAMA.rhai di { $folders } dan di pustaka bawaan
hint-rules-no-folder = tidak ada folder rules/ di samping rencana atau di atasnya, dan pustaka bawaan hanya berisi aturan standard/: pakai --rules FOLDER dengan pustaka aturan
hint-scales-looked-up = skala dicari sebagai scales/NAMA.toml di folder aturan; bawaan: lkjip
hint-param-required-at = aturan `{ $rule }` membaca x.params.{ $param } tanpa nilai bawaan di { $at }; tambahkan `params = {"{"} { $param } = … {"}"}`
hint-limit-operations = aturan berjalan terlalu lama (batas operasi tercapai): cari perulangan yang tidak pernah berhenti
hint-limit-call-depth = aturan memanggil dirinya terlalu dalam: cari fungsi yang memanggil dirinya sendiri tanpa henti
hint-limit-data-size = aturan membuat nilai yang terlalu besar ({ $what }): cari teks atau daftar yang tumbuh tanpa henti
hint-limit-modules = aturan mengimpor terlalu banyak modul
hint-undefined-variable = `{ $variable }` tidak didefinisikan: aturan hanya melihat argumennya `x`, variabelnya sendiri dan fungsi bantu
hint-missing-key = peta itu tidak mempunyai kunci `{ $key }`; pakai `"{ $key }" in map` untuk memeriksanya
hint-unknown-function = tidak ada fungsi `{ $function }`: aturan tidak dapat memakai berkas, jaringan, jam atau eval; lihat docs/functions.md untuk fungsi bantu
hint-rule-returns = lihat docs/rules.md untuk apa yang boleh dikembalikan aturan
hint-scale-add-band = tambahkan band untuknya di berkas skala
hint-validation-rule = aturan validasi `{ $rule }` ({ $file }): { $description }
hint-validation-kinds = seharusnya row, children, cumulative-nondecreasing, cumulative-ends-at-annual atau realisasi-every-past-period
hint-discrepancy-unused = data atau aturannya berubah; hapus [[discrepancy]] ini atau perbaiki table/row/indicator-nya
hint-indicators-are = indikator: { $ids }
note-git-said = git: { $text }
note-more-problems = dan { $count } masalah lain pada indikator ini
note-cell-left-out = sel diabaikan; tidak ada indikator yang memakainya
note-accepted = diterima: { $reason }
legacy-hint = { $message }

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
result-nilai = nilai { $value }
result-rule-note = { $text }

## Status dan kolom

status-ok = ok
status-no-data = belum-ada-data
status-no-target = tanpa-target
status-not-computable = tak-terhitung
status-error = galat
column-unit = unit
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
