#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash safety: kills bagalau-cli with SIGKILL at random moments of an import, a scoring and a migration,
# then checks that the database is intact (integrity_check, foreign_key_check) and holds exactly the
# state before or the state after the operation, that a finished migration backup is a whole copy, and
# that the tool opens the file again and finishes the work.
#
# Usage: crash_harness.sh CLI RUNS [SEED]
#   Runs cycle through import, scoring and migration; the kill comes after a delay drawn uniformly from
#   [0, 1.2 x the operation's measured duration] (half the migration runs: from the moment its backup is
#   in place, so that kills land inside the migration itself). The same SEED draws the same delays.
#   CRASH_KEEP=DIR keeps the files of every run that fails. Needs the sqlite3 shell.
set -u
if [ $# -lt 2 ]; then
    echo "usage: $0 CLI RUNS [SEED]" >&2
    exit 2
fi
cli=$(realpath "$1")
runs=$2
seed=${3:-$$}
RANDOM=$seed
export BAGALAU_NOW=2025-05-20T09:00:00Z # the same data from the same command, audit times included
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
S="$work/setup"
mkdir -p "$S"

die() {
    echo "crash harness: $*" >&2
    exit 1
}
now_ms() { echo $(($(date +%s%N) / 1000000)); }
# The logical content: every schema object and row in a stable order, and the schema version.
canon() { # db
    sqlite3 "$1" .dump && sqlite3 "$1" 'PRAGMA user_version'
}
# "ok", or what is wrong with the file.
intact() { # db
    sqlite3 "$1" 'PRAGMA integrity_check; PRAGMA foreign_key_check;' 2>&1 | head -5 | tr '\n' ' ' | sed 's/ $//'
}
backups_of() { # dir: the finished migration backups in it
    compgen -G "$1/backups/*.db" || true
}

# --- Setup ----------------------------------------------------------------------------------------
t0=$(now_ms)
# The analyst's database: generated; MOA's reports of 2025 removed so that its package is a first
# receipt (the generator accepts every body's reports), then MOA's workstation template issued.
"$cli" --db "$S/analyst.db" generate --bodies 45 --years 1 --last-year 2025 --seed 1 >/dev/null ||
    die "generate failed"
sqlite3 "$S/analyst.db" "PRAGMA foreign_keys = ON;
    DELETE FROM report WHERE year = 2025 AND body_id = (SELECT id FROM body WHERE code = 'MOA');" ||
    die "could not remove MOA's reports"
"$cli" --db "$S/analyst.db" package template --body MOA --year 2025 --out "$S/moa.tpl" >/dev/null ||
    die "package template failed"
# MOA's workstation fills every indicator of every block, with a comment, submits and exports.
"$cli" --db "$S/ws.db" workstation init "$S/moa.tpl" >/dev/null || die "workstation init failed"
{
    echo "block,indicator,plan,fact,comment,source_type"
    sqlite3 -separator ' ' "$S/ws.db" "SELECT m.block, i.code, i.scoring, CAST(coalesce(i.plan, 100) AS INTEGER)
        FROM indicator i JOIN criterion c ON c.id = i.criterion_id JOIN methodology m ON m.id = c.methodology_id
        ORDER BY m.block, c.position, i.position" |
        while read -r block code scoring plan; do
            if [ "$scoring" = yes-no ]; then fact=1; else fact=$((plan * 9 / 10 + 1)); fi
            echo "$block,$code,,$fact,\"$code: ведомстволық статистика, тексерілді / проверено\","
        done
} >"$S/report.csv"
"$cli" --db "$S/ws.db" report import-csv "$S/report.csv" >/dev/null || die "report import-csv failed"
for block in $(sqlite3 "$S/ws.db" 'SELECT DISTINCT block FROM methodology ORDER BY block'); do
    "$cli" --db "$S/ws.db" report submit --block "$block" >/dev/null || die "report submit --block $block failed"
done
"$cli" --db "$S/ws.db" package export --out "$S/moa.bagalau" >/dev/null || die "package export failed"
package_values=$(($(wc -l <"$S/report.csv") - 1))

# An old database (schema version 3, the golden fixture) made larger, so that its backup takes a while.
fixture="$(dirname "$0")/../data/db/v3.sql"
sqlite3 "$S/old.db" <"$fixture" || die "cannot load $fixture"
sqlite3 "$S/old.db" "BEGIN;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000)
    INSERT INTO audit (at, user_name, action, entity, entity_id, body_id, field, old_value, new_value, reason)
        SELECT '2024-03-01T10:00:00.000Z', 'Әсел', 'update', 'indicator_value', i, (SELECT min(id) FROM body),
               'fact', printf('%d.5', i), printf('%d.25', i + 1), 'Түзету / исправление / correction ' || i FROM n;
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
    INSERT INTO indicator_value (year, block, indicator_code, body_id, plan, fact, source_type, sample)
        SELECT 2010 + i % 10, 1 + i % 3, printf('Z.%d', i), (SELECT min(id) FROM body), i, i * 0.9, i % 10, 0 FROM n;
    COMMIT;" || die "cannot enlarge the old database"
[ "$(sqlite3 "$S/old.db" 'PRAGMA user_version')" = 3 ] || die "the fixture is not at schema version 3"

# The operations: name, starting database, arguments (after --db FILE), and the command that a user
# would run after a crash (re-running an import or a migration must reach the same "after").
ops=(import issue recheck migration)
declare -A base args retry retry_to_after
base[import]=analyst.db
args[import]="package import $S/moa.bagalau"
retry[import]="package import $S/moa.bagalau"
retry_to_after[import]=1
base[issue]=analyst.db
args[issue]="conclusion issue --body MOH --block 1 --year 2025 --reason Recount"
retry[issue]="bodies"
retry_to_after[issue]=0
base[recheck]=analyst.db
args[recheck]="recheck select --year 2025 --block 1"
retry[recheck]="bodies"
retry_to_after[recheck]=0
base[migration]=old.db
args[migration]="bodies"
retry[migration]="bodies"
retry_to_after[migration]=1

fresh_copy() { # op dir: a fresh directory holding a copy of the op's starting database
    rm -rf "$2"
    mkdir -p "$2"
    cp "$S/${base[$1]}" "$2/db.db"
    [ ! -e "$S/${base[$1]}-wal" ] || cp "$S/${base[$1]}-wal" "$2/db.db-wal"
}
run_cli() { # dir args...: the tool on dir/db.db, quietly
    local dir=$1
    shift
    "$cli" --db "$dir/db.db" "$@" >/dev/null 2>>"$dir/stderr"
}

# References: "before" is the starting database, "after" an uninterrupted run under the fixed clock.
# Two uninterrupted runs must give the same content (nothing may differ between them); the faster one
# is the operation's duration.
declare -A duration backup_at
for op in "${ops[@]}"; do
    ref="$S/ref-$op"
    [ -e "$S/before-${base[$op]}.sql" ] || canon "$S/${base[$op]}" >"$S/before-${base[$op]}.sql"
    [ "$(intact "$S/${base[$op]}")" = ok ] || die "$op: the starting database is not intact"
    for take in 1 2; do
        fresh_copy "$op" "$ref"
        start=$(now_ms)
        # shellcheck disable=SC2086
        "$cli" --db "$ref/db.db" ${args[$op]} >/dev/null 2>>"$ref/stderr" &
        pid=$!
        at=
        while kill -0 "$pid" 2>/dev/null; do
            if [ "$op" = migration ] && [ -z "$at" ] && [ -n "$(backups_of "$ref")" ]; then
                at=$(($(now_ms) - start))
            fi
            sleep 0.002
        done
        wait "$pid" || die "$op: the uninterrupted run failed: $(cat "$ref/stderr")"
        took=$(($(now_ms) - start))
        if [ "$take" = 1 ] || [ "$took" -lt "${duration[$op]}" ]; then
            duration[$op]=$took
            backup_at[$op]=${at:-0}
        fi
        [ "$(intact "$ref/db.db")" = ok ] || die "$op: the uninterrupted run left a damaged database"
        canon "$ref/db.db" >"$S/after-$op-$take.sql"
    done
    mv "$S/after-$op-1.sql" "$S/after-$op.sql"
    cmp -s "$S/after-$op.sql" "$S/before-${base[$op]}.sql" && die "$op: the operation changes nothing"
    cmp -s "$S/after-$op.sql" "$S/after-$op-2.sql" ||
        die "$op: two uninterrupted runs differ: $(diff "$S/after-$op.sql" "$S/after-$op-2.sql" | head -5)"
done
[ "${backup_at[migration]}" -gt 0 ] || die "migration: no backup was made"
echo "crash harness: setup in $(($(now_ms) - t0)) ms (seed $seed; package of $package_values values);" \
    "uninterrupted: import ${duration[import]} ms, issue ${duration[issue]} ms, recheck ${duration[recheck]} ms," \
    "migration ${duration[migration]} ms (backup in place at ${backup_at[migration]} ms)"

# --- Runs -----------------------------------------------------------------------------------------
declare -A n_runs n_before n_after n_finished n_part n_wal
for op in "${ops[@]}"; do
    n_runs[$op]=0 n_before[$op]=0 n_after[$op]=0 n_finished[$op]=0 n_part[$op]=0 n_wal[$op]=0
done
corrupted=0 half=0 unrecovered=0 targeted=0
failed_run() { # dir what
    echo "  run $i ($op, ${mode}kill after $delay ms): $2"
    if [ -n "${CRASH_KEEP:-}" ]; then
        mkdir -p "$CRASH_KEEP"
        cp -r "$1" "$CRASH_KEEP/run-$i-$op"
    fi
}
random_ms() { # max: uniform in [0, max]
    echo $((((RANDOM << 15) | RANDOM) % ($1 + 1)))
}
t1=$(now_ms)
scoring_turn=0
for ((i = 1; i <= runs; i++)); do
    case $((i % 3)) in
    1) op=import ;;
    2) if ((scoring_turn++ % 2 == 0)); then op=issue; else op=recheck; fi ;;
    0) op=migration ;;
    esac
    n_runs[$op]=$((n_runs[$op] + 1))
    mode=
    if [ "$op" = migration ] && ((n_runs[$op] % 2 == 0)); then
        mode="backup in place, then " # the rest of the operation: the migration and the file's closing
        targeted=$((targeted + 1))
        delay=$(random_ms $(((duration[$op] - backup_at[$op]) * 12 / 10)))
    else
        delay=$(random_ms $((duration[$op] * 12 / 10)))
    fi
    dir="$work/run"
    fresh_copy "$op" "$dir"
    # The tool itself in the background (not a subshell around it): $! is the process to kill.
    # shellcheck disable=SC2086
    "$cli" --db "$dir/db.db" ${args[$op]} >/dev/null 2>>"$dir/stderr" &
    pid=$!
    if [ -n "$mode" ]; then
        while kill -0 "$pid" 2>/dev/null && [ -z "$(backups_of "$dir")" ]; do sleep 0.001; done
    fi
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    kill -KILL "$pid" 2>/dev/null
    { wait "$pid"; } 2>/dev/null # without bash's "Killed" notice
    status=$?
    [ "$status" -eq 137 ] || n_finished[$op]=$((n_finished[$op] + 1)) # it ended before the kill
    if [ "$status" -ne 137 ] && [ "$status" -ne 0 ]; then
        failed_run "$dir" "the tool failed on its own (exit $status): $(head -c 300 "$dir/stderr")"
        unrecovered=$((unrecovered + 1))
        continue
    fi

    # Killed with frames in the write-ahead log: SQLite must replay (a commit) or ignore (no commit) them.
    [ "$status" -eq 137 ] && [ -s "$dir/db.db-wal" ] && n_wal[$op]=$((n_wal[$op] + 1))
    check=$(intact "$dir/db.db")
    if [ "$check" != ok ]; then
        failed_run "$dir" "CORRUPTED: $check"
        corrupted=$((corrupted + 1))
        continue
    fi
    canon "$dir/db.db" >"$dir/now.sql"
    if cmp -s "$dir/now.sql" "$S/before-${base[$op]}.sql"; then
        state=before
        n_before[$op]=$((n_before[$op] + 1))
    elif cmp -s "$dir/now.sql" "$S/after-$op.sql"; then
        state=after
        n_after[$op]=$((n_after[$op] + 1))
    else
        failed_run "$dir" "HALF-WRITTEN: neither before nor after; against after:
$(diff "$S/after-$op.sql" "$dir/now.sql" | head -8)"
        half=$((half + 1))
        continue
    fi
    # A migration backup is written to "<name>.part" and renamed when whole: a leftover .part is
    # allowed, a finished copy must be the database as it was before.
    if [ "$op" = migration ]; then
        compgen -G "$dir/backups/*.part" >/dev/null && n_part[$op]=$((n_part[$op] + 1))
        bad=
        for copy in $(backups_of "$dir"); do
            check=$(intact "$copy")
            if [ "$check" != ok ]; then
                bad="a finished backup is damaged: $check"
            elif ! canon "$copy" | cmp -s - "$S/before-${base[$op]}.sql"; then
                bad="a finished backup is not the database as it was"
            fi
        done
        if [ "$state" = after ] && [ -z "$(backups_of "$dir")" ]; then
            bad="migrated without a finished backup"
        fi
        if [ -n "$bad" ]; then
            failed_run "$dir" "CORRUPTED: $bad"
            corrupted=$((corrupted + 1))
            continue
        fi
    fi
    # The tool opens the file again (its lock is stale, SQLite recovers the journal) and finishes the work.
    # shellcheck disable=SC2086
    if ! run_cli "$dir" ${retry[$op]}; then
        failed_run "$dir" "NOT RECOVERED: '${retry[$op]}' fails afterwards: $(head -c 300 "$dir/stderr")"
        unrecovered=$((unrecovered + 1))
        continue
    fi
    if [ "${retry_to_after[$op]}" = 1 ]; then expected="$S/after-$op.sql"; else expected="$dir/now.sql"; fi
    if ! canon "$dir/db.db" | cmp -s - "$expected"; then
        failed_run "$dir" "NOT RECOVERED: '${retry[$op]}' afterwards does not give the expected state"
        unrecovered=$((unrecovered + 1))
    fi
done
elapsed=$(($(now_ms) - t1))

before=0 after=0
for op in "${ops[@]}"; do
    before=$((before + n_before[$op]))
    after=$((after + n_after[$op]))
    echo "  $op: ${n_runs[$op]} runs, before ${n_before[$op]}, after ${n_after[$op]}" \
        "(of which ${n_finished[$op]} finished before the kill); ${n_wal[$op]} killed with a -wal to recover$([ "$op" = migration ] &&
            echo ", $targeted killed after the backup was in place, ${n_part[$op]} left a .part backup")"
done
summary="crash harness: $runs runs (import ${n_runs[import]}, scoring $((n_runs[issue] + n_runs[recheck]))"
summary+=", migration ${n_runs[migration]}): $corrupted corrupted, $half half-written, before $before, after $after"
[ "$unrecovered" -eq 0 ] || summary+=", $unrecovered not recovered"
echo "$summary ($((elapsed / 1000)).$((elapsed % 1000 / 100)) s)"
[ "$corrupted" -eq 0 ] && [ "$half" -eq 0 ] && [ "$unrecovered" -eq 0 ]
