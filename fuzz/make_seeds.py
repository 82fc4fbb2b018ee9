#!/usr/bin/env python3
"""Writes the seed corpora under fuzz/corpus/ from real material.

number: one number cell per distinct shape (each digit -> 9) found in the
        tab-separated tables of the seed documents (shared/seeds/*.txt),
        plus the cells quoted in the project's docs and brief.
csv:    the seed-document CSV fixture (tests/fixtures/*.csv), whole and cut into small pieces.
plan:   the example plans (examples/*/*.toml).

Seed files are named seed-* (the only corpus files git keeps) and carry no
.toml/.csv extension, so no tool that globs the repository for plans takes
them for one.

Usage: python3 fuzz/make_seeds.py [SEEDS_DIR]   (default /work/shared/seeds)
"""
import glob, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
seeds_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds"

def write(target, name, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "seed-" + name), "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)

# number
quoted = ["1.152.699", "0,99", "97,61%", "2,870,628,000", "8356,00%,51%", "100,100,00%0%",
          "Rp 2.870.628.000", "80–90%", "10.000", "97.61 %", "Rp. 893.376.000", "-", "–",
          "80 s.d. 90", "0 s/d 5%", "+7",
          "−1.234,5"]  # U+2212 minus sign, accepted by parse_number (src/number/parse.rs)
cells, shapes = list(quoted), set()
for f in sorted(glob.glob(os.path.join(seeds_dir, "*.txt"))):
    for line in open(f, encoding="utf-8"):
        for c in line.rstrip("\n").split("\t"):
            c = c.strip()
            if not c or len(c) > 40 or not re.search(r"\d", c):
                continue
            if not re.fullmatch(r"(Rp\.?\s?)?[-+−]?[\d.,%\s–—-]+((s\.?d\.?|s/d)\s*[\d.,%]+)?%?", c):
                continue
            shape = re.sub(r"\d", "9", c)
            if shape not in shapes:
                shapes.add(shape)
                cells.append(c)
for i, c in enumerate(dict.fromkeys(cells)):
    write("number", "%03d" % i, c)

# csv
for path in sorted(glob.glob(os.path.join(root, "tests", "fixtures", "*.csv"))):
    text = open(path, encoding="utf-8").read()
    base = os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)[:-len(".csv")]
    write("csv", base, text)
    lines = text.splitlines(keepends=True)
    header = [l for l in lines if not l.startswith("#")][:1]
    body = [l for l in lines if not l.startswith("#")][1:]
    for i in range(0, len(body), 4):
        write("csv", "%s-rows%02d" % (base, i), "".join(header + body[i:i + 4]))
    # The same rows as a tab export and as a comma export (quoted cells).
    import csv, io
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    write("csv", base + "-tab", "\n".join("\t".join(r) for r in rows) + "\n")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    write("csv", base + "-comma", out.getvalue())

# Every column the loader reads, monthly and quarterly periods, a range, a
# dash for "no value" and the rounding columns; cells as the seed documents
# print them (002: cumulative monthly targets of the BKK Jambi index, 0,99;
# 000: 80–90%, Rp amounts; 004: 97,61%).
write("csv", "all-columns", """\
unit;indicator;name;satuan;polarity;period;target;realisasi;rule;decimals;rounding;aggregation
bkk-jambi;IDX;Indeks pengendalian faktor risiko;indeks;naik;2024-01;0,08;0,09;standard/positif;2;half-up;last
bkk-jambi;IDX;Indeks pengendalian faktor risiko;indeks;naik;2024-02;0,16;-;;;;
bkk-jambi;IDX;Indeks pengendalian faktor risiko;indeks;naik;2024-Q1;0,25;0,24;;;;
bkk-jambi;IDX;Indeks pengendalian faktor risiko;indeks;naik;2024;0,99;0,98;;;;
labkesmas-batam;IKK-9;Persentase;%;naik;2024;80–90%;97,61%;standard/rentang;1;down;sum
labkesmas-batam;AGG;Realisasi anggaran;Rp;naik;2024;Rp 2.870.628.000;Rp. 2.801.012.000;;0;half-even;average
labkesmas-batam;NEG;Angka kejadian;kasus;turun;2024;7 s.d. 8;6,5;standard/negatif;;;
""")

# plan: comment lines dropped; the smallest plan whole, and every plan cut
# into its [unit]/[plan] head plus one [[indicator]] or [[table]] block each
# (a table keeps its first rows only), so most seeds are small enough to be
# evaluated by the fuzz target.
def blocks(text):
    lines = [l for l in text.splitlines(keepends=True) if not l.lstrip().startswith("#")]
    head, cur, out = [], None, []
    for l in lines:
        if l.startswith("[[indicator]]") or l.startswith("[[table]]"):
            if cur is not None:
                out.append(cur)
            cur = [l]
        elif cur is None:
            head.append(l)
        else:
            cur.append(l)
    if cur is not None:
        out.append(cur)
    return "".join(head), ["".join(trim_rows(b)) for b in out]

def trim_rows(block, keep=5):
    out, rows = [], 0
    for l in block:
        if l.startswith("[[table.row]]"):
            rows += 1
        if rows <= keep:
            out.append(l)
    return out

plans = sorted(glob.glob(os.path.join(root, "examples", "*", "*.toml")))
for path in plans:
    text = open(path, encoding="utf-8").read()
    base = os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)[:-len(".toml")]
    head, parts = blocks(text)
    for i, part in enumerate(parts):
        write("plan", "%s-%02d" % (base, i), head + part)
smallest = min(plans, key=os.path.getsize)
head, parts = blocks(open(smallest, encoding="utf-8").read())
write("plan", os.path.basename(os.path.dirname(smallest)) + "-" + os.path.basename(smallest)[:-len(".toml")] + "-whole",
      head + "".join(parts))
