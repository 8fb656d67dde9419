#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Bagalau needs, checks the formatting and the desktop files, builds it once with
# warnings as errors under AddressSanitizer and UndefinedBehaviorSanitizer, runs every test in that
# build, then fuzzes the package reader for a bounded time. Fails if any step fails or if ctest ran
# no test. One sanitized build instead of a plain and a sanitized one keeps CI well under 20 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

run_ctest() { # build dir
    local log
    log=$(mktemp)
    ctest --test-dir "$1" --output-on-failure -j2 | tee "$log"
    local total
    total=$(sed -n 's/.*tests passed, [0-9]* tests failed out of \([0-9]*\).*/\1/p' "$log" | tail -n1)
    rm -f "$log"
    if [ -z "$total" ] || [ "$total" -eq 0 ]; then
        echo "test.sh: ctest ran no test in $1" >&2
        exit 1
    fi
}

echo "== formatting"
clang-format --dry-run --Werror $(git ls-files '*.cpp' '*.h')

echo "== desktop entry and AppStream metadata"
desktop-file-validate resources/kz.bagalau.Bagalau.desktop
appstreamcli validate --no-net resources/kz.bagalau.Bagalau.metainfo.xml

echo "== build (warnings are errors, AddressSanitizer + UndefinedBehaviorSanitizer) and tests"
cmake -S . -B build/ci -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBAGALAU_WERROR=ON \
    "-DBAGALAU_SANITIZE=address;undefined" "${launcher[@]}"
cmake --build build/ci
ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
    UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 run_ctest build/ci

echo "== fuzzing the package reader (libFuzzer, ${FUZZ_SECONDS:-30} s)"
FUZZ_SECONDS="${FUZZ_SECONDS:-30}" bash scripts/fuzz.sh
echo "test.sh: all green"
