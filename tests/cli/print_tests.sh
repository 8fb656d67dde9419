#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bagalau-cli print: the printed documents of the demo year as PDF, in Kazakh and Russian, and refusals.
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
if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
    echo "pdftotext/pdfinfo (poppler-utils) are not installed: skipped"
    exit 0
fi
db="$work/demo.db"
. "$(dirname "$0")/demo_cache.sh"
demo_db "$cli" "$db"; check "a copy of the demo database" test $? -eq 0

# The text of a PDF on one line, runs of white space made one space.
text() { pdftotext -enc UTF-8 "$1" - | tr -s ' \n\t\f' '    '; }
pages() { pdfinfo "$1" | sed -n 's/^Pages: *//p'; }
is_pdf() { test "$(head -c 4 "$1")" = "%PDF"; }
contains() { text "$1" | grep -qF -- "$2"; }

# The accepted objection of the demo year: its conclusion has a version corrected by it (§61).
"$cli" --db "$db" appeal list --year 2024 --json >"$work/appeals.json"
read -r appeal body block < <(python3 - "$work/appeals.json" <<'PY'
import json, sys
a = next(a for a in json.load(open(sys.argv[1])) if a["status"] == "accepted")
print(a["id"], a["body"], a["block"])
PY
)
check "the demo has an accepted objection" test -n "${appeal:-}"
"$cli" --db "$db" bodies --on 2024-12-31 --json >"$work/bodies.json"
name() { python3 - "$work/bodies.json" "$1" "$2" <<'PY'
import json, sys
print(next(b for b in json.load(open(sys.argv[1])) if b["code"] == sys.argv[2])["name"][sys.argv[3]])
PY
}

for lang in kk ru; do
    out="$work/conclusion-$lang.pdf"
    "$cli" --db "$db" --lang "$lang" print conclusion --body "$body" --block "$block" --year 2024 --out "$out" \
        >"$work/stdout.txt"
    check "print conclusion --lang $lang exits 0" test $? -eq 0
    check "print conclusion --lang $lang prints the path written" grep -qF "$out" "$work/stdout.txt"
    check "conclusion $lang is a PDF" is_pdf "$out"
    check "conclusion $lang names the body in $lang" contains "$out" "$(name "$body" "$lang")"
    check "conclusion $lang has the page number and the paragraphs" contains "$out" "§46–47"
done
check "the Kazakh conclusion is in Kazakh" contains "$work/conclusion-kk.pdf" "$block-блок"
check "the Kazakh conclusion has Kazakh letters" sh -c "pdftotext -enc UTF-8 '$work/conclusion-kk.pdf' - | grep -q '[әғқңөұүһі]'"
check "the Russian conclusion is in Russian" contains "$work/conclusion-ru.pdf" "Блок $block"
"$cli" --db "$db" --lang ru print conclusion --body "$body" --block "$block" --year 2024 --conclusion-version 1 \
    --out "$work/conclusion-v1.pdf" >/dev/null
check "an earlier version prints" is_pdf "$work/conclusion-v1.pdf"
check "version 1 is not the corrected one" sh -c "! pdftotext -enc UTF-8 '$work/conclusion-v1.pdf' - | grep -q '§61'"
"$cli" --db "$db" --lang ru print conclusion --body "$body" --block "$block" --year 2024 --conclusion-version 99 \
    --out "$work/conclusion-v99.pdf" 2>/dev/null
check "a version that does not exist exits 1" test $? -eq 1
check "and writes no file" test ! -e "$work/conclusion-v99.pdf"
check "the corrected version says so (§61)" contains "$work/conclusion-ru.pdf" "§61"

for lang in kk ru; do
    out="$work/commission-$lang.pdf"
    "$cli" --db "$db" --lang "$lang" print commission --year 2024 --out "$out" >/dev/null
    check "print commission --lang $lang exits 0" test $? -eq 0
    check "commission $lang is a PDF" is_pdf "$out"
    check "commission $lang has more than one page" test "$(pages "$out")" -gt 1
    check "commission $lang is A4 landscape" sh -c "pdfinfo '$out' | grep -Eq 'Page size: +8(42|41\\.89) x 595'"
    "$cli" --db "$db" --lang "$lang" commission result --year 2024 --json >"$work/result-$lang.json"
    text "$out" >"$work/commission-$lang.txt"
    check "commission $lang lists every body by its $lang name and code" python3 - "$work/result-$lang.json" \
        "$work/commission-$lang.txt" <<'PY'
import json, sys
text = open(sys.argv[2], encoding="utf-8").read()
# pdftotext reads a wrapped cell apart from its row at times: the name and the code each, then.
missing = [r["body"] for r in json.load(open(sys.argv[1]))
           if f'({r["body"]})' not in text or r["name"] not in text]
assert not missing, missing
PY
    check "commission $lang lists the §73 alerts" grep -qF "§73" "$work/commission-$lang.txt"
done
check "the Kazakh report is in Kazakh" grep -qF "облысы" "$work/commission-kk.txt"
check "the Russian report is in Russian" grep -qF "област" "$work/commission-ru.txt"

"$cli" --db "$db" --lang kk print appeal --id "$appeal" --out "$work/appeal.pdf" >/dev/null
check "print appeal exits 0" test $? -eq 0
check "the appeal decision is a PDF" is_pdf "$work/appeal.pdf"
check "the appeal decision names the body" contains "$work/appeal.pdf" "$(name "$body" kk)"
check "the appeal decision gives the paragraphs" contains "$work/appeal.pdf" "§57–61"
check "the appeal decision lists the documents by SHA-256" python3 - "$work/appeals.json" "$appeal" \
    "$(text "$work/appeal.pdf")" <<'PY'
import json, sys
a = next(a for a in json.load(open(sys.argv[1])) if a["id"] == int(sys.argv[2]))
assert all(d["sha256"][:16] in sys.argv[3] for d in a["documents"]), a["documents"]
PY

for lang in kk ru; do
    "$cli" --db "$db" --lang "$lang" print schedule --year 2024 --out "$work/schedule-$lang.pdf" >/dev/null
    check "print schedule --lang $lang exits 0" test $? -eq 0
    check "schedule $lang is a one-page PDF" test "$(pages "$work/schedule-$lang.pdf")" -eq 1
done

# Refusals: exit 1 with the reason naming what it is about, and no file.
"$cli" --db "$db" --lang ru print conclusion --body GPO --block 1 --year 2024 --out "$work/none.pdf" \
    2>"$work/err.txt"
check "a body without a conclusion exits 1" test $? -eq 1
check "the refusal names the body" grep -qF "GPO" "$work/err.txt"
check "the refusal writes no file" test ! -e "$work/none.pdf"
"$cli" --db "$db" print conclusion --body NOPE --block 1 --year 2024 --out "$work/nope.pdf" 2>"$work/err.txt"
check "an unknown body exits 1" test $? -eq 1
check "the refusal names the unknown body" grep -qF "NOPE" "$work/err.txt"
check "an unknown body writes no file" test ! -e "$work/nope.pdf"
"$cli" --db "$db" print appeal --id 9999 --out "$work/appeal9999.pdf" 2>/dev/null
check "an unknown appeal exits 1" test $? -eq 1
check "an unknown appeal writes no file" test ! -e "$work/appeal9999.pdf"
before=$(sha256sum "$db")
"$cli" --db "$db" print commission --year 2024 --out "$db" 2>"$work/err.txt"
check "--out equal to the database exits 1" test $? -eq 1
check "the database is left as it was" test "$(sha256sum "$db")" = "$before"
check "the refusal names the file" grep -qF "$db" "$work/err.txt"
"$cli" --db "$db" print commission --year 2024 --out "$work/missing/dir/c.pdf" 2>"$work/err.txt"
check "a folder that does not exist exits 1" test $? -eq 1
check "that refusal names the file" grep -qF "$work/missing/dir/c.pdf" "$work/err.txt"
"$cli" --db "$db" print commission --year 2024 2>/dev/null
check "print without --out is a usage error (2)" test $? -eq 2

echo "$passes passed, $failures failed"
test "$failures" -eq 0
