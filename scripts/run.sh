#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Bagalau needs, builds it and starts the GUI on the demo database in the user's
# data folder (~/.local/share/bagalau/bagalau.db, with the shipped registry and the demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build build/release
db="${XDG_DATA_HOME:-$HOME/.local/share}/bagalau/bagalau.db"
# The demo data loads once; running it again changes nothing and keeps the user's edits.
build/release/app/bagalau-cli --db "$db" init --demo || true   # the GUI reports what went wrong
exec build/release/app/bagalau --db "$db" "$@"
