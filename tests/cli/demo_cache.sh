# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the command-line tests: demo_db CLI FILE copies a demo database, made once per build of
# the tool (init --demo takes seconds, a minute under the sanitizers), to FILE. The cache is keyed by
# the tool's path, size and time, so a rebuild makes it anew; flock keeps parallel tests apart.
demo_db() {
    local cli="$1" dest="$2" dir key cached
    dir="${TMPDIR:-/tmp}/bagalau-test-cache"
    mkdir -p "$dir"
    key=$(stat -c '%n %s %Y' "$(command -v "$cli" || echo "$cli")" | sha1sum | cut -c1-16)
    cached="$dir/cli-demo-$key.db"
    (
        flock 9
        if [ ! -f "$cached" ]; then
            rm -f "$dir"/cli-demo-*.db "$cached.part"
            "$cli" --db "$cached.part" init --demo >/dev/null && mv "$cached.part" "$cached"
        fi
    ) 9>"$dir/cli-demo.lock"
    [ -f "$cached" ] && cp "$cached" "$dest"
}
