#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bagalau-cli end to end: exit codes, idempotent init, the registry by date, refusals.
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
db="$work/b.db"

"$cli" --db "$db" init >/dev/null; check "init exits 0" test $? -eq 0
"$cli" --db "$db" init >"$work/second.txt"; check "second init exits 0" test $? -eq 0
check "second init changes nothing" grep -q "nothing to change" "$work/second.txt"
"$cli" --db "$db" init --demo >/dev/null; check "init --demo exits 0" test $? -eq 0
counts='SELECT count(*) FROM body; SELECT count(*) FROM methodology; SELECT count(*) FROM indicator_value; SELECT count(*) FROM audit;'
sqlite3 "$db" "$counts" >"$work/counts1.txt"
"$cli" --db "$db" init --demo >/dev/null
sqlite3 "$db" "$counts" >"$work/counts2.txt"
check "init --demo twice changes nothing" cmp -s "$work/counts1.txt" "$work/counts2.txt"
check "demo methodologies are samples" test "$(sqlite3 "$db" 'SELECT count(*) FROM methodology WHERE sample = 0')" = 0

"$cli" --db "$db" bodies --on 2019-09-01 --json >"$work/2019.json"
check "bodies --json exits 0" test $? -eq 0
check "2019-09-01: 21 central, 17 local, JSON fields" python3 - "$work/2019.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
central = [b for b in d if b["kind"] == "central"]
local = [b for b in d if b["kind"] != "central"]
assert len(central) == 21 and len(local) == 17, (len(central), len(local))
gpo = next(b for b in d if b["code"] == "GPO")
assert gpo["blocks"] == [2] and gpo["results"] is True and gpo["valid_to"] is None, gpo
mes = next(b for b in d if b["code"] == "MES")
assert mes["valid_to"] == "2022-06-10", mes
ast = next(b for b in d if b["code"] == "AST")
assert ast["kind"] == "capital" and ast["name"]["kk"] == "Нұр-Сұлтан қаласы", ast
assert set(ast["name"]) == {"kk", "ru", "en"}
PY
"$cli" --db "$db" bodies --on 2023-01-01 --json >"$work/2023.json"
check "2023-01-01: 20 local bodies, Astana again" python3 - "$work/2023.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len([b for b in d if b["kind"] != "central"]) == 20
ast = next(b for b in d if b["code"] == "AST")
assert ast["name"]["ru"] == "город Астана", ast
PY
"$cli" --db "$db" --lang kk bodies --on 2019-09-01 >"$work/kk.txt"
check "Kazakh text output" grep -q "Әділет министрлігі" "$work/kk.txt"

"$cli" --db "$db" bodies --on 2019-02-30 2>"$work/err.txt"; check "bad date is a usage error (2)" test $? -eq 2
check "bad date message on stderr" grep -q "YYYY-MM-DD" "$work/err.txt"
"$cli" --db "$db" frobnicate 2>/dev/null; check "unknown command exits 2" test $? -eq 2
"$cli" --db "$db" init --on 2020-01-01 2>/dev/null; check "option of another command exits 2" test $? -eq 2
"$cli" --db "$db" --lang de bodies 2>/dev/null; check "unknown language exits 2" test $? -eq 2
"$cli" --db "$work/missing.db" bodies 2>/dev/null; check "missing database exits 1" test $? -eq 1
check "missing database is not created" test ! -e "$work/missing.db"

printf 'not a database at all\n' >"$work/text.db"
cp "$work/text.db" "$work/text.orig"
"$cli" --db "$work/text.db" init 2>"$work/err.txt"; check "non-database refused with 1" test $? -eq 1
check "non-database left untouched" cmp -s "$work/text.db" "$work/text.orig"
check "non-database message" grep -q "not a Bagalau database" "$work/err.txt"

cp "$db" "$work/newer.db"
sqlite3 "$work/newer.db" "PRAGMA user_version = 999;"
cp "$work/newer.db" "$work/newer.orig"
"$cli" --db "$work/newer.db" bodies 2>"$work/err.txt"; check "newer file refused with 1" test $? -eq 1
check "newer file untouched" cmp -s "$work/newer.db" "$work/newer.orig"
check "newer file message" grep -q "newer version" "$work/err.txt"

"$cli" --db "$db" backup --out "$work/copy.db" >/dev/null; check "backup exits 0" test $? -eq 0
check "backup holds the registry" test "$(sqlite3 "$work/copy.db" 'SELECT count(*) FROM body')" = "$(sqlite3 "$db" 'SELECT count(*) FROM body')"
"$cli" --db "$db" backup --out "$work/copy.db" 2>/dev/null; check "backup refuses to overwrite (1)" test $? -eq 1

# The working-day calendar (CALENDAR.md) and term arithmetic (§5)
check "2026-03-24 is a moved day off (Nauryz)" test "$("$cli" --db "$db" calendar is-working 2026-03-24)" = false
check "2026-03-26 is a working day" test "$("$cli" --db "$db" calendar is-working 2026-03-26)" = true
check "2020-05-11 is worked by transfer" test "$("$cli" --db "$db" calendar is-working 2020-05-11)" = true
check "5 working days from Friday 2026-03-20" test "$("$cli" --db "$db" calendar add-working-days 2026-03-20 5)" = 2026-04-01
check "15 calendar days ending on a holiday roll forward" \
    test "$("$cli" --db "$db" calendar add-calendar-days 2026-03-06 15)" = 2026-03-26
"$cli" --db "$db" calendar days 2026 --json >"$work/days.json"
check "calendar days JSON" python3 - "$work/days.json" <<'PY'
import json, sys
d = {x["date"]: x for x in json.load(open(sys.argv[1]))}
assert d["2026-03-25"]["kind"] == "moved" and d["2026-03-25"]["working"] is False
assert d["2026-03-25"]["name"]["kk"] == "Наурыз мейрамы"
assert d["2026-05-27"]["kind"] == "religious"
assert "2026-08-31" not in d  # 30 August is no longer a holiday in 2026
assert all(set(x["name"]) == {"kk", "ru", "en"} for x in d.values())
PY
"$cli" --db "$db" calendar days 2020 --json >"$work/days2020.json"
check "a transfer cancels a moved day off (2020-05-11)" python3 - "$work/days2020.json" <<'PY'
import json, sys
d = {x["date"]: x for x in json.load(open(sys.argv[1]))}
assert d["2020-05-11"]["kind"] == "transfer-work" and d["2020-05-11"]["working"] is True
assert d["2020-05-08"]["kind"] == "transfer-off"
PY
"$cli" --db "$db" calendar is-working 2026-02-30 2>/dev/null; check "bad date exits 2" test $? -eq 2
"$cli" --db "$db" calendar add-working-days 2026-03-20 x 2>/dev/null; check "bad number exits 2" test $? -eq 2

# The schedule (§10–11, §70)
"$cli" --db "$db" schedule set --year 2025 --approved 2025-12-20 --reporting 2026-03-02 >/dev/null
check "schedule set exits 0" test $? -eq 0
"$cli" --db "$db" schedule show --year 2025 --json >"$work/schedule.json"
check "schedule JSON with the late-approval warning" python3 - "$work/schedule.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["approved_on"] == "2025-12-20" and s["stages"]["reporting"] == "2026-03-02"
assert any(w["kind"] == "approved-late" for w in s["warnings"])
PY
"$cli" --db "$db" schedule set --year 2025 --to-president 2026-01-10 2>/dev/null
check "stages out of order are refused (1)" test $? -eq 1
check "refused schedule left unchanged" test "$("$cli" --db "$db" schedule show --year 2025 --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["stages"]["to-president"])')" = None
"$cli" --db "$db" schedule show 2>/dev/null; check "schedule show without --year exits 2" test $? -eq 2

# Who evaluates whom (§24–40) and the scores
"$cli" --db "$db" evaluators --body MOA --year 2019 --json >"$work/moa.json"
check "evaluators exits 0" test $? -eq 0
check "MOA 2019: seven parts, §24 goals with the budget body" python3 - "$work/moa.json" <<'PY'
import json, sys
d = {x["part"]: x for x in json.load(open(sys.argv[1]))}
assert list(d) == ["goals", "public-services", "e-services", "complaints", "openness", "personnel", "it"], list(d)
assert d["goals"] | {"co_evaluators": None} == {"block": 1, "part": "goals", "role": "state-planning", "evaluator": "MNE",
                                                "paragraph": "§24", "conflict": False, "co_evaluators": None}
assert d["goals"]["co_evaluators"] == [{"role": "budget", "evaluator": "MOF", "paragraph": "§24", "conflict": False}]
assert (d["complaints"]["role"], d["complaints"]["evaluator"]) == ("legal-statistics", "KPSSU")
assert (d["it"]["block"], d["it"]["evaluator"], d["it"]["paragraph"]) == (3, "MDDIAI", "§36")
assert not any(x["conflict"] for x in d.values())
PY
"$cli" --db "$db" evaluators --body GPO --year 2019 --json >"$work/gpo.json"
check "GPO 2019: block 2 only, §31, complaints flagged as a conflict" python3 - "$work/gpo.json" <<'PY'
import json, sys
d = {x["part"]: x for x in json.load(open(sys.argv[1]))}
assert list(d) == ["public-services", "e-services", "complaints", "openness"], list(d)
assert (d["public-services"]["role"], d["public-services"]["evaluator"], d["public-services"]["paragraph"]) == ("pa", "PA", "§31")
assert d["complaints"]["conflict"] is True and d["complaints"]["evaluator"] == "KPSSU"
assert d["openness"]["conflict"] is False
PY
"$cli" --db "$db" evaluators --body MCI --year 2023 --json >"$work/mci.json"
check "MCI 2023: the information body itself goes to the PMO (§32)" python3 - "$work/mci.json" <<'PY'
import json, sys
d = {x["part"]: x for x in json.load(open(sys.argv[1]))}
assert (d["openness"]["role"], d["openness"]["evaluator"], d["openness"]["paragraph"]) == ("pmo", "PMO", "§32")
PY
"$cli" --db "$db" evaluators --body NOPE --year 2019 2>"$work/err.txt"; check "unknown body exits 1" test $? -eq 1
check "unknown body is named" grep -q "No body in the registry has the code NOPE" "$work/err.txt"
"$cli" --db "$db" evaluators --year 2019 2>/dev/null; check "evaluators without --body exits 2" test $? -eq 2
"$cli" --db "$db" --lang kk evaluators --body MOA --year 2019 >"$work/moa-kk.txt"
check "evaluators in Kazakh" grep -q "Мемлекеттік жоспарлау жөніндегі уәкілетті орган.*§24" "$work/moa-kk.txt"

"$cli" --db "$db" score --year 2024 --json >"$work/score.json"
check "score exits 0" test $? -eq 0
check "score JSON: every block, contributions add up, statuses" python3 - "$work/score.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert {x["block"] for x in d} == {1, 2, 3}
statuses = set()
for x in d:
    assert set(x) >= {"body", "block", "score", "rating", "indicators"}
    assert x["score"] is None or 0 <= x["score"] <= 100
    for i in x["indicators"]:
        assert set(i) >= {"code", "weight", "plan", "fact", "status", "score", "contribution"}
        statuses.add(i["status"])
    if x["score"] is not None:
        total = sum(i["contribution"] for i in x["indicators"])
        # The contributions add up to the score; over-achievement beyond 100 is limited to 100.
        assert abs(total - x["score"]) < 0.01 or (x["score"] == 100 and total > 100), x["body"]
        assert x["rating"] in ("A", "B", "C", "D")
assert statuses == {"full", "partial", "not-achieved", "not-counted"}, statuses
assert not any(x["body"] == "GPO" and x["block"] == 1 for x in d)  # Appendix 2: block 2 only
assert any(x["alert"] for x in d)  # §73
PY
"$cli" --db "$db" score --year 2024 --body MOA --block 2 --json >"$work/moa-score.json"
check "score --body --block: one object" python3 - "$work/moa-score.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d) == 1 and d[0]["body"] == "MOA" and d[0]["block"] == 2
PY
"$cli" --db "$db" score --year 2024 --body MOA --block 2 >"$work/moa-score.txt"
check "score text has the breakdown" grep -q "contribution\|points" "$work/moa-score.txt"
"$cli" --db "$db" score --year 2024 --block 4 2>/dev/null; check "block 4 is a usage error (2)" test $? -eq 2
"$cli" --db "$db" score 2>/dev/null; check "score without --year exits 2" test $? -eq 2
cp "$db" "$work/before-late.db"
sqlite3 "$db" "UPDATE indicator_value SET fact = NULL WHERE year = 2024 AND block = 2 AND body_id = (SELECT id FROM body WHERE code = 'MOA')"
check "a body without data has no score" python3 - "$cli" "$db" <<'PY'
import json, subprocess, sys
d = json.loads(subprocess.check_output([sys.argv[1], "--db", sys.argv[2], "score", "--year", "2024", "--body", "MOA", "--block", "2", "--json"]))
assert d[0]["score"] is None and all(i["status"] == "not-counted" for i in d[0]["indicators"])
PY
cp "$work/before-late.db" "$db"; rm -f "$db-wal" "$db-shm"

# Issue 5: a body reports offline in its workstation; the analyst imports the signed package.
an="$work/analyst.db"; ws="$work/moa.db"
cp "$db" "$an"; rm -f "$an-wal" "$an-shm"
"$cli" --db "$an" schedule set --year 2025 --approved 2025-12-10 --reporting 2026-02-14 \
    --conclusions-to-bodies 2026-04-01 --conclusions-to-state-planning 2026-05-01 --to-working-body 2026-05-20 \
    --to-president 2026-06-10 >/dev/null
"$cli" --db "$an" package template --body MOA --year 2025 --out "$work/moa.tpl" >"$work/tpl.txt"
check "package template exits 0 and names the key" grep -q "key" "$work/tpl.txt"
"$cli" --db "$an" package template --body NOPE --year 2025 --out "$work/x.tpl" 2>/dev/null
check "template for an unknown body exits 1" test $? -eq 1
"$cli" --db "$an" package template --year 2025 --out "$work/x.tpl" 2>/dev/null
check "template without --body exits 2" test $? -eq 2
"$cli" --db "$ws" workstation init "$work/moa.tpl" >/dev/null; check "workstation init exits 0" test $? -eq 0
check "the workstation holds only its body" test "$(sqlite3 "$ws" 'SELECT group_concat(code) FROM body')" = MOA
"$cli" --db "$ws" workstation init "$work/moa.tpl" 2>/dev/null; check "a second workstation init exits 1" test $? -eq 1
printf 'not a template' >"$work/garbage.tpl"
"$cli" --db "$work/none.db" workstation init "$work/garbage.tpl" 2>/dev/null; check "a file that is not a template exits 1" test $? -eq 1
check "and no database is made for it" test ! -e "$work/none.db"
"$cli" --db "$an" workstation show 2>/dev/null; check "workstation show on the analyst's side exits 1" test $? -eq 1
printf 'block,indicator,plan,fact,comment,source_type\n2,S.1,100,95,,\n2,S.9,,1,,\n2,S.2,,abc,,\n4,S.1,,1,,\n' >"$work/bad.csv"
values='.dump'
sqlite3 "$ws" "$values" >"$work/ws1.txt"
"$cli" --db "$ws" report import-csv "$work/bad.csv" 2>"$work/csv-err.txt"; check "bad CSV exits 1" test $? -eq 1
check "every bad row is named by its line" bash -c "grep -q 'line 3' '$work/csv-err.txt' && grep -q 'line 4' '$work/csv-err.txt' && grep -q 'line 5' '$work/csv-err.txt' && ! grep -q 'line 2' '$work/csv-err.txt'"
sqlite3 "$ws" "$values" >"$work/ws2.txt"
check "a bad CSV writes nothing" cmp -s "$work/ws1.txt" "$work/ws2.txt"
{
    echo "block,indicator,plan,fact,comment,source_type"
    echo '2,S.1,,96.5,"Орындалды, толық",'
    for row in S.2,4 S.3,3 E.1,70 E.2,80 C.1,99 C.2,4 C.3,8 O.1,1 O.2,9 O.3,90; do echo "2,${row%,*},,${row#*,},,"; done
} >"$work/good.csv"
"$cli" --db "$ws" report submit --block 2 2>"$work/submit-err.txt"; check "submitting an unfilled report exits 1" test $? -eq 1
"$cli" --db "$ws" report import-csv "$work/good.csv" >/dev/null; check "good CSV exits 0" test $? -eq 0
"$cli" --db "$ws" report submit --block 2 2>/dev/null; check "a report missing a fact is refused" test $? -eq 1
echo "2,O.4,,95,," >>"$work/good.csv"
"$cli" --db "$ws" report import-csv "$work/good.csv" >/dev/null
"$cli" --db "$ws" report submit --block 2 >/dev/null; check "report submit exits 0" test $? -eq 0
"$cli" --db "$ws" report import-csv "$work/good.csv" 2>/dev/null; check "a submitted report is locked" test $? -eq 1
"$cli" --db "$ws" package export --out "$work/moa-1.bagalau" >/dev/null; check "package export exits 0" test $? -eq 0
"$cli" --db "$an" package verify "$work/moa-1.bagalau" --json >"$work/verify.json"; check "package verify exits 0" test $? -eq 0
check "verify lists the changes without making them" python3 - "$work/verify.json" "$an" <<'PY'
import json, sqlite3, sys
d = json.load(open(sys.argv[1]))
assert d["kind"] == "report" and d["body"] == "MOA" and d["year"] == 2025 and d["blocks"] == [2], d
assert any(c["code"] == "S.1" and c["field"] == "fact" and c["new"] == "96.5" for c in d["changes"])
assert d["imported"] is False and d["already_imported"] is False
n = sqlite3.connect(sys.argv[2]).execute("SELECT count(*) FROM report WHERE year = 2025").fetchone()[0]
assert n == 0, n
PY
sqlite3 "$an" "$values" >"$work/an1.txt"
python3 - "$work/moa-1.bagalau" "$work/tampered.bagalau" <<'PY'
import sys
b = bytearray(open(sys.argv[1], "rb").read())
i = b.find(b"96.5")
b[i + 1] = ord("7")
open(sys.argv[2], "wb").write(b)
PY
"$cli" --db "$an" package import "$work/tampered.bagalau" 2>"$work/tamper-err.txt"; check "a tampered package exits 1" test $? -eq 1
check "the refusal says it was changed" grep -q "changed after it was signed" "$work/tamper-err.txt"
head -c 400 "$work/moa-1.bagalau" >"$work/cut.bagalau"
"$cli" --db "$an" package import "$work/cut.bagalau" 2>"$work/cut-err.txt"; check "a truncated package exits 1" test $? -eq 1
check "the refusal says it is incomplete" grep -q "incomplete" "$work/cut-err.txt"
"$cli" --db "$an" package import "$work/good.csv" 2>"$work/notpkg-err.txt"; check "not a package exits 1" test $? -eq 1
check "the refusal says it is not a package" grep -q "not a Bagalau package" "$work/notpkg-err.txt"
"$cli" --db "$an" package import "$work/moa.tpl" 2>/dev/null; check "a template is not a report" test $? -eq 1
sqlite3 "$an" "$values" >"$work/an2.txt"
check "refusals change nothing" cmp -s "$work/an1.txt" "$work/an2.txt"
"$cli" --db "$an" package import "$work/moa-1.bagalau" >"$work/import.txt"; check "package import exits 0" test $? -eq 0
check "the imported values are in the analyst's forms" test "$(sqlite3 "$an" "SELECT fact FROM indicator_value v JOIN body b ON b.id = v.body_id WHERE b.code = 'MOA' AND v.year = 2025 AND v.indicator_code = 'S.1'")" = 96.5
sqlite3 "$an" "$values" >"$work/an3.txt"
"$cli" --db "$an" package import "$work/moa-1.bagalau" >"$work/again.txt"; check "importing twice exits 0" test $? -eq 0
check "importing twice changes nothing" bash -c "grep -q 'changes nothing' '$work/again.txt' && sqlite3 '$an' '$values' | cmp -s - '$work/an3.txt'"
"$cli" --db "$an" report list --year 2025 --body MOA --json >"$work/reports.json"
check "report list: submitted, late, locked" python3 - "$work/reports.json" <<'PY'
import json, sys
d = {r["block"]: r for r in json.load(open(sys.argv[1]))}
r = d[2]
assert r["state"] == "submitted" and r["locked"] and r["revision"] == 1, r
assert r["deadline"] == "2026-02-14" and r["timeliness"] == "late" and r["days_late"] > 0, r
assert d[1]["state"] == "draft" and d[1]["timeliness"] == "overdue", d[1]
PY
"$cli" --db "$an" package return --body MOA --year 2025 --block 2 --reason "Покажите выписку" --remark "S.1=Откуда 96,5?" \
    --out "$work/moa-return.bagalau" >/dev/null; check "package return exits 0" test $? -eq 0
"$cli" --db "$ws" package import "$work/moa-return.bagalau" >/dev/null; check "the workstation imports the return" test $? -eq 0
check "the remark reaches the body" test "$(sqlite3 "$ws" "SELECT remark FROM report_item WHERE indicator_code = 'S.1'")" = "Откуда 96,5?"
"$cli" --db "$ws" report submit --block 2 2>/dev/null; check "an unanswered remark blocks resubmission" test $? -eq 1
"$cli" --db "$ws" package export --out "$work/x.bagalau" 2>/dev/null; check "nothing submitted to export exits 1" test $? -eq 1
"$cli" --db "$an" --lang kk package import "$work/tampered.bagalau" 2>"$work/kk-err.txt"
check "a Kazakh refusal" grep -q "қол" "$work/kk-err.txt"

# Issue 6: conclusions and appeals (§46–47, §57–61) on the demo database ($db).
"$cli" --db "$db" conclusion list --year 2024 --json >"$work/conclusions.json"; check "conclusion list exits 0" test $? -eq 0
check "the demo year's conclusions are issued and received" python3 - "$work/conclusions.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d) > 100, len(d)
assert all(c["versions"] >= 1 and c["received"] for c in d), [c for c in d if not c["received"]][:1]
assert any(c["versions"] >= 2 for c in d)
PY
"$cli" --db "$db" conclusion issue --body MOH --block 1 --year 2023 >"$work/issue.txt"; check "conclusion issue exits 0" test $? -eq 0
check "version 1 is issued" grep -q "version 1" "$work/issue.txt"
# Received Mon 29 Apr 2024: 1 May is a holiday and Sat 4 May a working day (moved to 8 May): last day Mon 6 May.
"$cli" --db "$db" conclusion receive --body MOH --block 1 --year 2022 --date 2023-04-29 2>/dev/null
check "receiving a conclusion never issued exits 1" test $? -eq 1
"$cli" --db "$db" conclusion receive --body MOH --block 1 --year 2023 --date 2024-04-29 >"$work/receive.txt"
check "conclusion receive exits 0" test $? -eq 0
check "the objection term ends on 6 May 2024" grep -q "2024-05-06" "$work/receive.txt"
code=$(sqlite3 "$db" "SELECT json_extract(v.content, '$.lines[0].code') FROM conclusion_version v JOIN conclusion c ON c.id = v.conclusion_id JOIN body b ON b.id = c.body_id WHERE b.code = 'MOH' AND c.year = 2023 AND c.block = 1")
printf 'Register extract\n' >"$work/extract.txt"
sqlite3 "$db" .dump >"$work/before-appeal.sql"
"$cli" --db "$db" appeal file --body MOH --block 1 --year 2023 --filed 2024-05-07 --text "Не согласны" \
    --document "$work/extract.txt" --item "$code=Выписка показывает 97" 2>"$work/late.txt"
check "a late objection exits 1" test $? -eq 1
check "the refusal shows the dates" grep -q "filed 2024-05-07, last day 2024-05-06" "$work/late.txt"
"$cli" --db "$db" appeal file --body MOH --block 1 --year 2023 --filed 2024-05-06 --text "Не согласны" \
    --item "$code=Выписка показывает 97" 2>"$work/nodoc.txt"
check "an objection without documents exits 1" test $? -eq 1
check "the refusal cites §58" grep -q "§58" "$work/nodoc.txt"
"$cli" --db "$db" appeal file --body MOH --block 1 --year 2023 --filed 2024-05-06 --text "x" \
    --document "$work/missing.pdf" 2>/dev/null; check "a missing document exits 1" test $? -eq 1
sqlite3 "$db" .dump | cmp -s - "$work/before-appeal.sql"; check "refused objections record nothing" test $? -eq 0
"$cli" --db "$db" appeal file --body MOH --block 1 --year 2023 --filed 2024-05-06 --text "Не согласны" \
    --document "$work/extract.txt" --item "$code=Выписка показывает 97" >"$work/filed.txt"
check "appeal file exits 0" test $? -eq 0
"$cli" --db "$db" appeal list --year 2023 --json >"$work/appeals.json"; check "appeal list exits 0" test $? -eq 0
check "appeal list: body, block, filed, deadline, status" python3 - "$work/appeals.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert len(d) == 1, d
a = d[0]
assert a["body"] == "MOH" and a["block"] == 1 and a["filed"] == "2024-05-06", a
assert a["deadline"] == "2024-05-21" and a["status"] == "pending", a
assert a["documents"][0]["name"] == "extract.txt" and len(a["documents"][0]["sha256"]) == 64, a
PY
id=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[0]['id'])" "$work/appeals.json")
"$cli" --db "$db" appeal decide --id "$id" --decision accepted --reason "Документы подтверждают" --date 2024-05-15 \
    --fact "$code=97" 2>"$work/nocommission.txt"
check "no decision without a special commission (§59)" test $? -eq 1
"$cli" --db "$db" appeal commission --authority MNE --year 2023 --date 2024-04-30 \
    --member "Тоқтаров Нұрлан|working body||working-body" --member "Исаева Динара|lawyer|MNE" >/dev/null
check "appeal commission exits 0" test $? -eq 0
"$cli" --db "$db" appeal commission --authority MNE --year 2023 --date 2024-04-30 --member "Исаева Динара|lawyer|MNE" \
    2>/dev/null; check "a commission without the working body exits 1" test $? -eq 1
"$cli" --db "$db" appeal decide --id "$id" --decision accepted --reason "Документы подтверждают" --date 2024-05-15 \
    --fact "$code=97" >"$work/decided.txt"; check "appeal decide exits 0" test $? -eq 0
check "the conclusion was corrected: version 2" grep -q "version 2" "$work/decided.txt"
check "the fact is corrected" test "$(sqlite3 "$db" "SELECT fact FROM indicator_value v JOIN body b ON b.id = v.body_id WHERE b.code = 'MOH' AND v.year = 2023 AND v.block = 1 AND v.indicator_code = '$code'")" = 97.0
"$cli" --db "$db" appeal decide --id "$id" --decision rejected --reason "x" --date 2024-05-16 2>/dev/null
check "a decided appeal is final (§60)" test $? -eq 1
"$cli" --db "$db" commission stage --year 2023 --stage to-working-body --date 2024-05-20 --body MOH 2>"$work/notfinal.txt"
check "§48 waits for every block's conclusion" test $? -eq 1

"$cli" --db "$db" confidential mark --year 2023 --block 1 --body MOH --indicator "$code" --reason "Қызметтік құпия" >/dev/null
check "confidential mark exits 0" test $? -eq 0
"$cli" --db "$db" confidential list --year 2023 --json >"$work/secret.json"
check "the value is listed as confidential" python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d == [{'body':'MOH','block':1,'indicator':sys.argv[2],'reason':'Қызметтік құпия'}], d" "$work/secret.json" "$code"
"$cli" --db "$db" confidential mark --year 2023 --block 1 --body MOH --indicator NOPE 2>/dev/null
check "an unknown indicator cannot be marked" test $? -eq 1
"$cli" --db "$db" confidential clear --year 2023 --block 1 --body MOH --indicator "$code" >/dev/null
check "confidential clear publishes it again" test "$(sqlite3 "$db" "SELECT count(*) FROM confidential_value WHERE year = 2023")" = 0

echo "$passes passed, $failures failed"
test "$failures" -eq 0
