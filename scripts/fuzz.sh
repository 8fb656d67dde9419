#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzes the package reader (docs/package-format.md) with libFuzzer, AddressSanitizer and
# UndefinedBehaviorSanitizer: builds tests/fuzz/package_fuzzer.cpp with clang 16 and only the core
# files it needs into build/fuzz/, writes a seed corpus with tests/fuzz/make_seeds.cpp, then fuzzes
# for FUZZ_SECONDS (60). Fails on any crash, sanitizer report, leak or broken property.
#
#   FUZZ_SECONDS=600 scripts/fuzz.sh        # longer run
#   FUZZ_JOBS=2 scripts/fuzz.sh             # compile jobs (default 2)
#   scripts/fuzz.sh build/fuzz/crash-…      # re-run one input (after a build)
#
# clang 16 with libstdc++ 12: clang reports __cpp_concepts 201907L, which hides std::expected;
# it implements what <expected> needs, so the macro is raised by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

CXX=${FUZZ_CXX:-clang++-16}
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-2}
out=build/fuzz
command -v "$CXX" >/dev/null || { echo "fuzz.sh: $CXX not found (apt-get install clang-16 libclang-rt-16-dev)" >&2; exit 1; }
launcher=()
command -v ccache >/dev/null && launcher=(ccache)

# The core files Package.cpp pulls in: Stage names live in ScheduleService.cpp, which needs the
# database and the audit log. Nothing else of core is compiled.
sources=(Package Signing Methodology Registry Text3 ScheduleService Calendar AuditLog Database Migrations)

read -r -a pkg_cflags <<<"$(pkg-config --cflags Qt6Core Qt6Sql libsodium muparser sqlite3)"
read -r -a pkg_libs <<<"$(pkg-config --libs Qt6Core Qt6Sql libsodium muparser sqlite3)"
common=(-std=c++2b -Wno-macro-redefined -D__cpp_concepts=202002L -fPIC -g -O1 -fno-omit-frame-pointer
    -fno-sanitize-recover=all -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_KEYWORDS
    -DQT_NO_URL_CAST_FROM_STRING -DQT_DISABLE_DEPRECATED_BEFORE=0x060400 -I. "${pkg_cflags[@]}")
instrumented=-fsanitize=fuzzer-no-link,address,undefined

mkdir -p "$out/obj" "$out/corpus" "$out/seeds"
echo "== compiling ${#sources[@]} core files with $CXX"
export CXX out
export COMMON="${common[*]} $instrumented" LAUNCHER="${launcher[*]}"
# One compiler per file, $jobs at a time; the script runs in a child shell with the name as $1.
# Word splitting of COMMON and LAUNCHER is intended: no flag contains a space.
# shellcheck disable=SC2016
printf '%s\n' "${sources[@]}" tests/fuzz/package_fuzzer tests/fuzz/make_seeds | xargs -P "$jobs" -n 1 bash -c '
    set -euo pipefail
    name=$1; src=core/$name.cpp; obj=$out/obj/$name.o
    case $name in tests/*) src=$name.cpp; obj=$out/obj/$(basename "$name").o ;; esac
    # shellcheck disable=SC2086
    $LAUNCHER "$CXX" $COMMON -c "$src" -o "$obj"' _

core_objs=()
for s in "${sources[@]}"; do core_objs+=("$out/obj/$s.o"); done
echo "== linking"
"$CXX" -fsanitize=fuzzer,address,undefined -o "$out/package_fuzzer" "$out/obj/package_fuzzer.o" "${core_objs[@]}" \
    "${pkg_libs[@]}"
"$CXX" -fsanitize=fuzzer-no-link,address,undefined -o "$out/make_seeds" "$out/obj/make_seeds.o" "${core_objs[@]}" \
    "${pkg_libs[@]}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
if [ $# -gt 0 ]; then
    exec "$out/package_fuzzer" "$@"
fi

echo "== seeds"
"$out/make_seeds" "$out/seeds"
ls -l "$out/seeds"

echo "== fuzzing for ${seconds} s"
# The first folder collects new inputs; the seeds are read only.
"$out/package_fuzzer" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
    -dict=tests/fuzz/package.dict -print_final_stats=1 -artifact_prefix="$out/" \
    "$out/corpus" "$out/seeds"
echo "fuzz.sh: no crash in ${seconds} s"
