#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Bagalau needs, builds it and starts the GUI on the demo database in the user's
# data folder (~/.local/share/bagalau/bagalau.db, created with the shipped registry on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build build/release
db="${XDG_DATA_HOME:-$HOME/.local/share}/bagalau/bagalau.db"
[ -e "$db" ] || build/release/app/bagalau-cli --db "$db" init --demo
exec build/release/app/bagalau --db "$db" "$@"
