#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks of issue 7 against raw SQLite and the targets, in one run:
#   bash tests/bench/run.sh BUILD_DIR [WORK_DIR]
# BUILD_DIR: a Release build (cmake -DCMAKE_BUILD_TYPE=Release) with bagalau, bagalau-cli and
# bagalau-bench built; WORK_DIR (default BUILD_DIR/bench-work) receives the generated databases (about
# 0.2 GB for `national`, 1.6 GB for `stress`), table.md and log.txt.
# STRESS_DB=FILE reuses a `stress` database; BENCH_RUNS=N (3); BENCH_GEN_RUNS=N (1: generating `national`);
# BENCH_GUI_RUNS=N (1: a run visits every area of `stress`, minutes); BENCH_ONLY="load score import gui print"
# runs only some.
# Prints the machine and a Markdown table; exit status 0 when every benchmark ran (missed targets are
# reported in the table), 1 on an error, 3 when Bagalau's scores differ from the SQL baseline's.
set -euo pipefail
if [ $# -lt 1 ]; then
    echo "usage: bash tests/bench/run.sh BUILD_DIR [WORK_DIR]" >&2
    exit 2
fi
exec python3 "$(dirname "$0")/bench.py" "$@"
