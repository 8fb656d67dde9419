#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bagalau-cli publish (§52): the public export of the demo's 2024 results in Kazakh and Russian,
# with a conclusion, a recommendation, an order of the Commission and a value marked confidential.
# The CLI has no command for the marks, so sqlite3 sets them up; everything else goes through the CLI.
set -u
cli="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
check() { # description, then a command that must succeed
    local what="$1"; shift
    if "$@"; then passes=$((passes + 1)); else failures=$((failures + 1)); echo "FAILED: $what"; fi
}
db="$work/demo.db"
q() { sqlite3 "$db" "$@"; }

. "$(dirname "$0")/demo_cache.sh"
demo_db "$cli" "$db"; check "a copy of the demo database" test $? -eq 0
moa=$(q "SELECT id FROM body WHERE code = 'MOA'")
mof=$(q "SELECT id FROM body WHERE code = 'MOF'")
conclusion_of() { # body id, block: the block's own conclusion of 2024
    q "SELECT id FROM conclusion WHERE body_id = $1 AND year = 2024 AND block = $2 AND part = ''"
}
moa1=$(conclusion_of "$moa" 1)
mof2=$(conclusion_of "$mof" 2)
check "the demo has MOA's and MOF's conclusions of 2024" test -n "$moa1" -a -n "$mof2"

# Secrets: MOA's conclusion on block 1 as a whole, one of MOF's recommendations on block 2, an
# order of the Commission to MOF and MOF's first value on block 2.
q "UPDATE conclusion SET summary_kk = 'ҚҰПИЯ-ҚОРЫТЫНДЫ-ӘҒҚ', summary_ru = 'СЕКРЕТНОЕ-ЗАКЛЮЧЕНИЕ-1',
   summary_en = 'SECRET-CONCLUSION-1', confidential = 1 WHERE id = $moa1"
q "INSERT INTO recommendation (body_id, year, block, conclusion_id, source, position, text_kk, text_ru, text_en)
   VALUES ($mof, 2024, 2, $mof2, 'conclusion', 90, 'АШЫҚ-ҰСЫНЫС-ҮҰҚ', 'ОТКРЫТАЯ-РЕКОМЕНДАЦИЯ-2', 'PUBLIC-RECOMMENDATION-2'),
          ($mof, 2024, 2, $mof2, 'conclusion', 91, 'ҚҰПИЯ-ҰСЫНЫС-ҢӨҺ', 'СЕКРЕТНАЯ-РЕКОМЕНДАЦИЯ-2', 'SECRET-RECOMMENDATION-2')"
"$cli" --db "$db" conclusion issue --body MOA --block 1 --year 2024 --reason "marked confidential" >/dev/null
check "MOA's conclusion issued again" test $? -eq 0
"$cli" --db "$db" conclusion issue --body MOF --block 2 --year 2024 --reason "two more recommendations" >/dev/null
check "MOF's conclusion issued again" test $? -eq 0
# Marked after issuing: the publication follows the marks as they are now.
q "UPDATE recommendation SET confidential = 1 WHERE text_en = 'SECRET-RECOMMENDATION-2'"
q "INSERT INTO recommendation (body_id, year, source, is_order, position, text_kk, text_ru, text_en, confidential)
   VALUES ($mof, 2024, 'commission', 1, 1, 'АШЫҚ-ТАПСЫРМА-3', 'ОТКРЫТОЕ-ПОРУЧЕНИЕ-3', 'PUBLIC-ORDER-3', 0),
          ($mof, 2024, 'commission', 1, 2, 'ҚҰПИЯ-ТАПСЫРМА-3', 'СЕКРЕТНОЕ-ПОРУЧЕНИЕ-3', 'SECRET-ORDER-3', 1)"
secret_code=$(q "SELECT json_extract(v.content, '\$.lines[0].code') FROM conclusion_version v
   WHERE v.conclusion_id = $mof2 ORDER BY v.version DESC LIMIT 1")
check "MOF's conclusion has indicator lines" test -n "$secret_code"
q "INSERT INTO confidential_value (year, block, body_id, indicator_code, reason)
   VALUES (2024, 2, $mof, '$secret_code', 'SECRET-REASON-4')"
secrets=(ҚҰПИЯ-ҚОРЫТЫНДЫ-ӘҒҚ СЕКРЕТНОЕ-ЗАКЛЮЧЕНИЕ-1 SECRET-CONCLUSION-1 ҚҰПИЯ-ҰСЫНЫС-ҢӨҺ СЕКРЕТНАЯ-РЕКОМЕНДАЦИЯ-2
    SECRET-RECOMMENDATION-2 ҚҰПИЯ-ТАПСЫРМА-3 СЕКРЕТНОЕ-ПОРУЧЕНИЕ-3 SECRET-ORDER-3 SECRET-REASON-4)
# Every file of an export as text, the workbook unzipped.
export_text() {
    cat "$1/index.html" "$1/results.csv" "$1/indicators.csv"
    unzip -p "$1/results.xlsx"
}
no_secrets() {
    local text
    text=$(export_text "$1")
    for s in "${secrets[@]}"; do
        if grep -qF -- "$s" <<<"$text"; then echo "  found: $s" >&2; return 1; fi
    done
}

# Kazakh.
"$cli" --db "$db" --lang kk publish --year 2024 --out "$work/kk" >"$work/kk.txt" 2>"$work/kk-err.txt"
check "publish --lang kk exits 0" test $? -eq 0
for f in index.html results.csv indicators.csv results.xlsx; do
    check "kk: $f written" test -s "$work/kk/$f"
done
check "kk: nothing else in the folder" test "$(ls -A "$work/kk" | wc -l)" -eq 4
check "kk: nothing left beside the folder" test -z "$(ls -A "$work" | grep -E '^\.kk')"
check "kk: the page is in Kazakh" grep -q '<html lang="kk">' "$work/kk/index.html"
check "kk: Kazakh names" grep -q "Ауыл шаруашылығы министрлігі" "$work/kk/index.html"
check "kk: a public recommendation" grep -q "АШЫҚ-ҰСЫНЫС-ҮҰҚ" "$work/kk/index.html"
check "kk: the Commission's public order" grep -q "АШЫҚ-ТАПСЫРМА-3" "$work/kk/index.html"
check "kk: Kazakh names in the workbook" grep -q "Ауыл шаруашылығы министрлігі" <(unzip -p "$work/kk/results.xlsx" xl/sharedStrings.xml)
check "kk: no confidential text in any file" no_secrets "$work/kk"
check "kk: the printed SHA-256 is the file's" grep -q "$(sha256sum "$work/kk/index.html" | cut -d' ' -f1)" "$work/kk.txt"
check "kk: the CSV files start with a byte order mark" test "$(head -c 3 "$work/kk/results.csv" | od -An -tx1 | tr -d ' ')" = efbbbf
check "kk: the results and lines as the marks allow" python3 - "$work/kk" "$secret_code" <<'PY'
import csv, sys
out, secret = sys.argv[1], sys.argv[2]
results = list(csv.reader(open(out + "/results.csv", encoding="utf-8-sig")))
lines = list(csv.reader(open(out + "/indicators.csv", encoding="utf-8-sig")))
moa1 = [r for r in results[1:] if r[1] == "MOA" and r[3] == "1"]
assert len(moa1) == 1 and moa1[0][5] != "", moa1  # a withheld conclusion keeps its score
mof2 = [r for r in lines[1:] if r[1] == "MOF" and r[3] == "2"]
assert mof2, "MOF's other lines are public"
assert not [r for r in mof2 if r[4] == secret], secret
assert not [r for r in lines[1:] if r[1] == "MOA" and r[3] == "1"], "MOA's block 1 conclusion is withheld"
PY

# The withheld items: printed, logged in the database, not in the export.
count=$(q "SELECT json_array_length(withheld) FROM publication ORDER BY id DESC LIMIT 1")
check "the publication is logged" test "$(q 'SELECT count(*) FROM publication')" = 1
check "the withheld count is printed" grep -qw "$count" "$work/kk.txt"
check "at least the four marks are withheld" test "$count" -ge 4
check "the log lists the four marks" python3 - "$db" "$secret_code" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
row = db.execute("SELECT year, target, files, withheld FROM publication ORDER BY id DESC LIMIT 1").fetchone()
assert row[0] == 2024 and row[1].endswith("/kk"), row
files = json.loads(row[2])
assert sorted(f["name"] for f in files) == ["index.html", "indicators.csv", "results.csv", "results.xlsx"], files
assert all(len(f["sha256"]) == 64 for f in files), files
w = json.loads(row[3])
def has(kind, body, block, what=None):
    return any(x["kind"] == kind and x["body_code"] == body and x["block"] == block and (what is None or x["what"] == what) for x in w)
assert has("conclusion", "MOA", 1), w
assert has("recommendation", "MOF", 2, "recommendation 91"), w
assert has("recommendation", "MOF", 0, "recommendation 2"), w
assert has("value", "MOF", 2, sys.argv[2]), w
assert any(x.get("reason") == "SECRET-REASON-4" for x in w), w
PY
check "the withheld items are listed on the console" grep -q "MOF" "$work/kk.txt"
check "the publication is audited" test "$(q "SELECT count(*) FROM audit WHERE entity = 'publication'")" = 1

# Russian.
"$cli" --db "$db" --lang ru publish --year 2024 --out "$work/ru" >"$work/ru.txt"
check "publish --lang ru exits 0" test $? -eq 0
check "ru: the page is in Russian" grep -q '<html lang="ru">' "$work/ru/index.html"
check "ru: Russian names" grep -q "Министерство сельского хозяйства" "$work/ru/index.html"
check "ru: Russian names in the CSV" grep -q "Министерство сельского хозяйства" "$work/ru/results.csv"
check "ru: a public recommendation" grep -q "ОТКРЫТАЯ-РЕКОМЕНДАЦИЯ-2" "$work/ru/index.html"
check "ru: no confidential text in any file" no_secrets "$work/ru"

# An earlier export is replaced.
"$cli" --db "$db" --lang ru publish --year 2024 --out "$work/kk" >/dev/null
check "publishing over an earlier export exits 0" test $? -eq 0
check "the earlier export was replaced" grep -q '<html lang="ru">' "$work/kk/index.html"
check "three publications logged" test "$(q 'SELECT count(*) FROM publication')" = 3

# Refusals leave the folder untouched and log nothing.
mkdir "$work/mine"
echo "my notes" >"$work/mine/notes.txt"
"$cli" --db "$db" publish --year 2024 --out "$work/mine" >/dev/null 2>"$work/err.txt"
check "a folder with other files is refused (1)" test $? -eq 1
check "the refusal says why" grep -q "other files than an earlier export" "$work/err.txt"
check "the folder is untouched" test "$(ls -A "$work/mine")" = notes.txt -a "$(cat "$work/mine/notes.txt")" = "my notes"
"$cli" --db "$db" publish --year 2024 --out "$db" >/dev/null 2>&1
check "the database file is refused as --out (1)" test $? -eq 1
"$cli" --db "$db" publish --year 2024 --out "$work" >/dev/null 2>&1
check "the database's folder is refused as --out (1)" test $? -eq 1
check "the database is still there" test -s "$db"
check "refusals log no publication" test "$(q 'SELECT count(*) FROM publication')" = 3
"$cli" --db "$db" publish --year 2024 2>/dev/null; check "publish without --out is a usage error (2)" test $? -eq 2
"$cli" --db "$db" publish --out "$work/x" 2>/dev/null; check "publish without --year is a usage error (2)" test $? -eq 2
check "a usage error writes nothing" test ! -e "$work/x"

echo "$passes passed, $failures failed"
test "$failures" -eq 0
