#!/usr/bin/env bash
# Membuat ulang gambar bab "Dari format pengumpulan data sampai Bab III LAPKIN"
# di docs/panduan.md dengan perintah alat ini sendiri (jalankan dari folder
# sumber setelah `cargo build`). Perlu Chromium (Debian: apt-get install
# chromium) untuk laporan HTML, dan LibreOffice Calc serta pdftoppm
# (apt-get install libreoffice-calc poppler-utils) untuk buku kerja.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/img
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export SOURCE_DATE_EPOCH=1764743400   # waktu tetap, agar gambar terulang
capaian=./target/debug/capaian
$capaian report examples/bkk-jambi -o "$tmp/bab3-bkk.html"
$capaian report examples/bkk-jambi -o "$tmp/bab3-bkk.xlsx"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$tmp/profil" --hide-scrollbars --window-size=900,1200 \
  --screenshot="$out/laporan-html.png" "file://$tmp/bab3-bkk.html"
if command -v soffice > /dev/null && command -v pdftoppm > /dev/null; then
  soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/bab3-bkk.xlsx" > /dev/null
  pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$tmp/bab3-bkk.pdf" "$out/laporan-xlsx"
else
  echo "LibreOffice atau pdftoppm tidak terpasang: gambar buku kerja tidak dibuat" >&2
fi
