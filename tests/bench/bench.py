#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmarks of issue 7, end to end (run through tests/bench/run.sh BUILD_DIR [WORK_DIR]).

Each benchmark measures Bagalau and, where there is one, a baseline in the same run on the same data:
  1. bulk load: generating `national` against the sqlite3 shell loading the same rows from CSV into the
     same schema in one transaction;
  2. scoring a whole year of `stress` (blocks 1-3, every body) against score_year.sql in the sqlite3 shell,
     after checking that both give the same scores;
  3. importing a 5,000-value report package (in process and as a bagalau-cli process);
  4. start-up to an interactive main window on `stress`, and keystroke -> updated table in the registry search;
  5. printing the Commission's report for 300 bodies (`national`) to PDF;
  6. peak memory (RSS) of the GUI with `stress` open, every area visited.
Figures are medians of BENCH_RUNS runs (3), except generating `national` (BENCH_GEN_RUNS, 1) and the GUI
(BENCH_GUI_RUNS, 1). Prints the machine and a Markdown table; also writes it to WORK_DIR/table.md and every
raw figure (with the CPU time of each process) to WORK_DIR/log.txt. Exit status 0 when everything ran
(targets missed are reported, not errors), 1 on an error, 3 when the scores differ.

Environment: STRESS_DB=FILE reuses a `stress` database (else WORK_DIR/stress.db is generated, or reused
when it is there already); BENCH_RUNS=N (3); BENCH_GEN_RUNS=N (1); BENCH_GUI_RUNS=N (1: a run visits every
area of `stress`); BENCH_GUI_TIMEOUT=SECONDS (1800); BENCH_ONLY="load score import gui print" runs only those.
"""
import datetime
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FIXED_NOW = "2025-05-20T09:00:00Z"
# ui::MainWindow::AreaIndex, for the log and the table.
AREAS = ["registry", "calendar", "schedule", "deadlines", "methodologies", "evaluators", "scores", "reports",
         "re-verification", "packages", "conclusions", "commission"]


class BenchError(Exception):
    pass


class Mismatch(Exception):
    pass


def usage():
    print("usage: tests/bench/run.sh BUILD_DIR [WORK_DIR]", file=sys.stderr)
    sys.exit(2)


if len(sys.argv) < 2:
    usage()
BUILD = os.path.abspath(sys.argv[1])
WORK = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(BUILD, "bench-work"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
# Generating `national` takes tens of seconds: once unless asked. A run of the GUI visits every area of
# `stress`: minutes, so once unless asked too.
GEN_RUNS = int(os.environ.get("BENCH_GEN_RUNS", "1"))
GUI_RUNS = int(os.environ.get("BENCH_GUI_RUNS", "1"))
GUI_TIMEOUT = int(os.environ.get("BENCH_GUI_TIMEOUT", "1800"))
ONLY = set(os.environ.get("BENCH_ONLY", "load score import gui print").split())
CLI = os.path.join(BUILD, "app", "bagalau-cli")
GUI = os.path.join(BUILD, "app", "bagalau")
BENCH = os.path.join(BUILD, "tests", "bench", "bagalau-bench")
SQLITE = shutil.which("sqlite3")
os.makedirs(WORK, exist_ok=True)
LOG = open(os.path.join(WORK, "log.txt"), "w", encoding="utf-8")
ENV = dict(os.environ, BAGALAU_NOW=FIXED_NOW, LC_ALL="C.UTF-8",
           QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           XDG_CONFIG_HOME=os.path.join(WORK, "config"), XDG_DATA_HOME=os.path.join(WORK, "data"))


def log(text):
    print(text, file=LOG, flush=True)
    print(text, file=sys.stderr, flush=True)


LAST_CPU = [0.0]


def run(args, stdin=None, stdout=None, what=None, env=ENV):
    """Runs a process, returns (seconds, stdout text, stderr text); BenchError when it fails. The CPU time
    (user + system) of the last run is in LAST_CPU[0]."""
    what = what or " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(args))
    fin = open(stdin, "rb") if stdin else subprocess.DEVNULL
    fout = open(stdout, "wb") if stdout else subprocess.PIPE
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        p = subprocess.run(args, stdin=fin, stdout=fout, stderr=subprocess.PIPE, env=env)
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        LAST_CPU[0] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    finally:
        if stdin:
            fin.close()
        if stdout:
            fout.close()
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode != 0:
        if p.returncode == 3 and "MISMATCH" in err:
            raise Mismatch(f"{what}:\n{err}")
        raise BenchError(f"{what} exited with {p.returncode}:\n{err}")
    text = p.stdout.decode("utf-8", "replace") if p.stdout is not None else ""
    log(f"  {what}: {seconds:.3f} s (CPU {LAST_CPU[0]:.3f} s)")
    return seconds, text, err


def median(values):
    return statistics.median(values)


def sql(db, query):
    return subprocess.run([SQLITE, "-readonly", db, query], check=True, capture_output=True,
                          text=True).stdout.strip()


def remove_db(path):
    for suffix in ("", "-wal", "-shm", "-journal", ".lock"):
        if os.path.exists(path + suffix):
            os.remove(path + suffix)


def copy_db(source, target):
    remove_db(target)
    shutil.copyfile(source, target)
    if os.path.exists(source + "-wal"):
        shutil.copyfile(source + "-wal", target + "-wal")


def generate(db, *options):
    remove_db(db)
    seconds, _, _ = run([CLI, "--db", db, "generate", *options], what=f"generate {' '.join(options)}")
    return seconds


# ---- the rows of the table ----

ROWS = []


def row(name, ours, baseline=None, target=None, unit="s", ratio_of="baseline", note=""):
    """ours/baseline/target in `unit`; ratio to the baseline (benchmarks 1-2) or to the target (3-6)."""
    ROWS.append(dict(name=name, ours=ours, baseline=baseline, target=target, unit=unit, ratio_of=ratio_of,
                     note=note))


def figure(value, unit):
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.0f} ms"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 10 else f"{value:.0f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value} {unit}"


def table():
    lines = ["| benchmark | Bagalau | baseline | ratio (÷ baseline, or ÷ target †) | target | met? |",
             "|---|---|---|---|---|---|"]
    for r in ROWS:
        ours = figure(r["ours"], r["unit"]) + (f" ({r['note']})" if r["note"] else "")
        if r["ratio_of"] == "baseline":
            ratio = r["ours"] / r["baseline"]
            target = f"≤ {r['target']:g}× baseline" if r["target"] else "—"
            met = ("yes" if ratio <= r["target"] else "**no**") if r["target"] else "—"
            ratio_text = f"{ratio:.2f}×"
        else:
            ratio = r["ours"] / r["target"] if r["target"] else None
            target = f"< {figure(r['target'], r['unit'])}" if r["target"] else "—"
            met = ("yes" if ratio < 1 else "**no**") if r["target"] else "—"
            ratio_text = f"{ratio:.2f} †" if ratio is not None else "—"
        lines.append(f"| {r['name']} | {ours} | {figure(r['baseline'], r['unit'])} | {ratio_text} | {target} | {met} |")
    return "\n".join(lines)


# ---- the machine ----

def machine():
    def first(path, pattern):
        try:
            with open(path, encoding="utf-8") as f:
                for line in f:
                    m = re.match(pattern, line)
                    if m:
                        return m.group(1).strip()
        except OSError:
            pass
        return "?"

    def output(args):
        try:
            return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return "?"

    cpu = first("/proc/cpuinfo", r"model name\s*:\s*(.*)")
    cores = os.cpu_count()
    ram = int(first("/proc/meminfo", r"MemTotal:\s*(\d+)") or 0) / 1024 / 1024
    disk = shutil.disk_usage(WORK)
    debian = first("/etc/debian_version", r"(.*)")
    qt = output(["dpkg-query", "-W", "-f", "${Version}", "libqt6core6"])
    sqlite = output([SQLITE, "--version"]).split(" ")[0]
    commit = output(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])
    dirty = output(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"])
    load = os.getloadavg()
    return "\n".join([
        f"- Machine: {cpu}, {cores} cores, {ram:.1f} GiB RAM, {disk.free / 2**30:.0f} GiB free on the disk of {WORK}",
        f"- Software: Debian {debian} ({platform.release()}), Qt {qt}, SQLite {sqlite}, "
        f"build type of {os.path.basename(BUILD)}: {cmake_build_type()}",
        f"- Date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}; commit {commit}"
        + (" with uncommitted changes" if dirty else "")
        + f"; load average at the start {load[0]:.2f}",
        f"- Figures: the median of {RUNS} runs (generating `national`: {GEN_RUNS}; the GUI: {GUI_RUNS})",
    ])


def cmake_build_type():
    try:
        with open(os.path.join(BUILD, "CMakeCache.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("CMAKE_BUILD_TYPE:"):
                    return line.split("=", 1)[1].strip() or "(none)"
    except OSError:
        pass
    return "?"


# ---- 1. bulk load ----

def bench_load(national):
    log("1. bulk load: generating national against the sqlite3 shell loading the same rows from CSV")
    generated, generated_cpu = [], []
    for _ in range(GEN_RUNS):
        generated.append(generate(national, "--preset", "national"))
        generated_cpu.append(LAST_CPU[0])
    ours, ours_cpu = median(generated), median(generated_cpu)
    csv_dir = os.path.join(WORK, "csv")
    shutil.rmtree(csv_dir, ignore_errors=True)
    os.makedirs(csv_dir)
    tables = sql(national, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                           "ESCAPE '\\' ORDER BY rowid").split()
    counts = {}
    # The shell reads an empty CSV field as '' (there is no NULL in CSV), which a few CHECKs on dates refuse:
    # the baseline skips CHECK constraints, which only makes it faster (and foreign keys are off in the
    # shell, where Bagalau's connection checks them).
    load = ["PRAGMA ignore_check_constraints = ON;", "BEGIN;"]
    for t in tables:
        n = int(sql(national, f'SELECT count(*) FROM "{t}"'))
        if n == 0:
            continue
        counts[t] = n
        path = os.path.join(csv_dir, t + ".csv")
        with open(path, "wb") as f:
            subprocess.run([SQLITE, "-readonly", "-csv", national, f'SELECT * FROM "{t}"'], stdout=f, check=True)
        load.append(f".import --csv {path} {t}")
    load.append("COMMIT;")
    load_sql = os.path.join(WORK, "load.sql")
    with open(load_sql, "w", encoding="utf-8") as f:
        f.write("\n".join(load) + "\n")
    schema = sql(national, "SELECT sql || ';' FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite\\_%' "
                           "ESCAPE '\\' ORDER BY rowid")
    schema_sql = os.path.join(WORK, "schema.sql")
    with open(schema_sql, "w", encoding="utf-8") as f:
        f.write(schema + "\n")
    empty = os.path.join(WORK, "baseline-empty.db")
    remove_db(empty)
    run([SQLITE, empty], stdin=schema_sql, what="sqlite3: the empty schema")
    baseline_db = os.path.join(WORK, "baseline.db")
    times, cpu = [], []
    for _ in range(RUNS):
        copy_db(empty, baseline_db)
        seconds, _, err = run([SQLITE, baseline_db], stdin=load_sql, what="sqlite3: .import every table")
        if err.strip():
            raise BenchError(f"the sqlite3 shell's import complained:\n{err[:2000]}")
        times.append(seconds)
        cpu.append(LAST_CPU[0])
    for t, n in counts.items():
        got = int(sql(baseline_db, f'SELECT count(*) FROM "{t}"'))
        if got != n:
            raise BenchError(f"the baseline loaded {got} rows of {t}, not {n}")
    values = counts.get("indicator_value", 0)
    size = os.path.getsize(national) / 2**20
    log(f"  {sum(counts.values())} rows in {len(counts)} tables, {values} values, {size:.0f} MB")
    row("1. bulk load: generate `national`", ours, median(times), 2,
        note=f"{sum(counts.values()) / 1e6:.2f} M rows, {values / 1e6:.2f} M values; CPU {ours_cpu:.1f} s "
             f"against {median(cpu):.1f} s")


# ---- 2. scoring a year ----

def bench_score(stress):
    log("2. scoring a year of stress against score_year.sql in the sqlite3 shell")
    year = int(sql(stress, "SELECT max(year) FROM methodology"))
    script = os.path.join(HERE, "score_year.sql")
    shell = [SQLITE, "-readonly", "-cmd", f".parameter set @year {year}", stress]
    sql_out = os.path.join(WORK, "score-sql.txt")
    run(shell, stdin=script, stdout=sql_out, what="sqlite3 score_year.sql (warm-up, for the check)")
    _, text, _ = run([BENCH, "score", "--db", stress, "--year", str(year), "--check", sql_out, "--strict"],
                     what="bagalau-bench score --check (warm-up)")
    log("  " + text.strip().replace("\n", "\n  "))
    check = re.search(r"check: (\d+) scores compared", text)
    baseline, ours_process, ours_inside, baseline_cpu, ours_cpu = [], [], [], [], []
    for _ in range(RUNS):
        seconds, _, _ = run(shell, stdin=script, stdout=os.devnull, what="sqlite3 score_year.sql")
        baseline.append(seconds)
        baseline_cpu.append(LAST_CPU[0])
        seconds, text, _ = run([BENCH, "score", "--db", stress, "--year", str(year)], what="bagalau-bench score")
        ours_process.append(seconds)
        ours_cpu.append(LAST_CPU[0])
        ours_inside.append(float(re.search(r"score-ms ([\d.]+)", text).group(1)) / 1000)
    note = f"{year}, {check.group(1)} body-block scores, equal to the SQL's"
    row("2. score a year of `stress` (in process)", median(ours_inside), median(baseline), 2, note=note)
    row("2. score a year of `stress` (bagalau-bench process)", median(ours_process), median(baseline), 2,
        note=f"CPU {median(ours_cpu):.2f} s against {median(baseline_cpu):.2f} s")


# ---- 3. importing a report package ----

def bench_import():
    log("3. importing a 5,000-value report package")
    d = os.path.join(WORK, "import")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    analyst = os.path.join(d, "analyst.db")
    generate(analyst, "--bodies", "1", "--indicators", "5000", "--years", "1", "--last-year", "2024")
    _, code, _ = run([BENCH, "prepare-import", "--db", analyst, "--year", "2025"], what="bagalau-bench prepare-import")
    code = code.strip()
    body = sql(analyst, f"SELECT id FROM body WHERE code = '{code}'")
    template = os.path.join(d, "body.tpl")
    run([CLI, "--db", analyst, "package", "template", "--body", code, "--year", "2025", "--out", template])
    ws = os.path.join(d, "workstation.db")
    run([CLI, "--db", ws, "workstation", "init", template])
    csv_path = os.path.join(d, "values.csv")
    rows = subprocess.run(
        [SQLITE, "-readonly", "-csv", analyst,
         # Every indicator of the body's blocks in 2025 with last year's plan and fact; a comment where
         # there is no fact (a fact missing without one is an error).
         "SELECT m.block, i.code, v.plan, v.fact, CASE WHEN v.fact IS NULL THEN 'no data this year' ELSE '' END, '' "
         "FROM body b JOIN methodology m ON m.year = 2025 AND m.approved_on IS NOT NULL "
         "AND CASE m.block WHEN 1 THEN b.block1 WHEN 2 THEN b.block2 ELSE b.block3 END "
         "JOIN criterion c ON c.methodology_id = m.id JOIN indicator i ON i.criterion_id = c.id "
         "LEFT JOIN indicator_value v ON v.body_id = b.id AND v.year = 2024 AND v.block = m.block "
         f"AND v.indicator_code = i.code WHERE b.id = {body} ORDER BY m.block, c.position, i.position"],
        check=True, capture_output=True, text=True).stdout
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write("block,indicator,plan,fact,comment,source_type\n" + rows)
    lines = rows.count("\n")
    run([CLI, "--db", ws, "report", "import-csv", csv_path])
    for block in sorted({int(line.split(",")[0]) for line in rows.splitlines()}):
        run([CLI, "--db", ws, "report", "submit", "--block", str(block)])
    package = os.path.join(d, "report.bagalau")
    run([CLI, "--db", ws, "package", "export", "--out", package])
    _, text, _ = run([BENCH, "import", "--db", analyst, "--package", package, "--runs", str(RUNS), "--work", d],
                     what="bagalau-bench import")
    log("  " + text.strip().replace("\n", "\n  "))
    inside = float(re.search(r"import-median-ms ([\d.]+)", text).group(1)) / 1000
    times = []
    copy = os.path.join(d, "analyst-copy.db")
    for _ in range(RUNS):
        copy_db(analyst, copy)
        seconds, out, _ = run([CLI, "--db", copy, "package", "import", package], what="bagalau-cli package import")
        if "Imported" not in out:
            raise BenchError(f"bagalau-cli package import did not import:\n{out[:2000]}")
        times.append(seconds)
    kb = os.path.getsize(package) / 1024
    row("3. import a report package (in process)", inside, target=0.2, ratio_of="target",
        note=f"{lines} values, {kb:.0f} KB")
    row("3. import a report package (bagalau-cli process)", median(times), target=0.2, ratio_of="target")


# ---- 4 and 6. the GUI ----

def bench_gui(stress):
    log("4, 6. the GUI on stress: start-up, search, memory")
    if not os.path.exists(GUI):
        raise BenchError(f"{GUI} is missing (BAGALAU_GUI=OFF?)")
    startup, inside, search_max, search_mean, rss, area_max = [], [], [], [], [], []
    for _ in range(GUI_RUNS):
        shutil.rmtree(ENV["XDG_CONFIG_HOME"], ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        p = subprocess.Popen([GUI, "--db", stress, "--measure"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             env=ENV, text=True)
        killer = threading.Timer(GUI_TIMEOUT, p.kill)
        killer.start()
        ready = None
        figures = {}
        area = {}
        for line in p.stdout:
            words = line.split()
            if not words:
                continue
            if words[0] == "ready" and ready is None:
                ready = time.perf_counter() - start
            elif words[0] == "area-ms" and len(words) == 3:
                area[int(words[1])] = float(words[2])
            elif len(words) >= 2:
                figures[words[0]] = words[1:]
        err = p.stderr.read()
        code = p.wait()
        killer.cancel()
        seconds = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
        if code != 0 or ready is None:
            raise BenchError(f"bagalau --measure exited with {code} (ready seen: {ready is not None}; killed after "
                             f"{GUI_TIMEOUT} s: {seconds >= GUI_TIMEOUT}):\n{err[-2000:]}")
        areas = ", ".join(f"{AREAS[i] if i < len(AREAS) else i} {ms:.0f}" for i, ms in sorted(area.items()))
        log(f"  bagalau --measure: ready after {ready:.3f} s, {figures}; ms to show each area: {areas}; "
            f"{seconds:.1f} s in all (CPU {cpu:.1f} s)")
        startup.append(ready)
        inside.append(float(figures["startup-internal-ms"][0]) / 1000)
        search_max.append(float(figures["search-ms"][0]))
        search_mean.append(float(figures["search-ms"][1]))
        rss.append(int(figures["rss-peak-kb"][0]) / 1024)
        if area:
            index, ms = max(area.items(), key=lambda a: a[1])
            area_max.append((AREAS[index] if index < len(AREAS) else str(index), ms))
    bodies = sql(stress, "SELECT count(*) FROM body")
    row("4. start-up to an interactive window on `stress`", median(startup), target=1, ratio_of="target",
        note=f"{bodies} bodies; {median(inside) * 1000:.0f} ms inside")
    row("4. registry search: keystroke → updated table (worst)", median(search_max), target=50, unit="ms",
        ratio_of="target", note=f"mean {median(search_mean):.1f} ms")
    slowest = max(area_max, key=lambda a: a[1]) if area_max else (None, 0)
    row("6. GUI peak memory (RSS), `stress` open, every area visited", median(rss), target=300, unit="MB",
        ratio_of="target", note=f"slowest area: {slowest[0]}, {slowest[1] / 1000:.1f} s")


# ---- 5. printing ----

def bench_print(national):
    log("5. printing the Commission's report of national to PDF")
    year = int(sql(national, "SELECT max(year) FROM methodology"))
    pdf = os.path.join(WORK, "commission.pdf")
    times = []
    for _ in range(RUNS):
        if os.path.exists(pdf):
            os.remove(pdf)
        seconds, _, _ = run([CLI, "--db", national, "--lang", "kk", "print", "commission", "--year", str(year),
                             "--out", pdf])
        times.append(seconds)
    with open(pdf, "rb") as f:
        pages = len(re.findall(rb"/Type\s*/Page[^s]", f.read()))
    bodies = sql(national, f"SELECT count(DISTINCT body_id) FROM indicator_value WHERE year = {year}")
    row("5. print the Commission's report to PDF (kk)", median(times), target=5, ratio_of="target",
        note=f"{bodies} bodies, {pages} pages")


def main():
    for tool in (CLI, BENCH):
        if not os.path.exists(tool):
            raise BenchError(f"{tool} is missing: build {BUILD} first")
    if not SQLITE:
        raise BenchError("the sqlite3 command-line shell is missing (apt-get install sqlite3)")
    header = machine()
    log(header)
    national = os.path.join(WORK, "national.db")
    if "load" in ONLY or not os.path.exists(national):
        bench_load(national)
    stress = os.environ.get("STRESS_DB") or os.path.join(WORK, "stress.db")
    if ({"score", "gui"} & ONLY) and not os.path.exists(stress):
        log("generating stress (once; not a benchmark)")
        seconds = generate(stress, "--preset", "stress")
        log(f"  generated stress in {seconds:.0f} s")
    if "score" in ONLY:
        bench_score(stress)
    if "import" in ONLY:
        bench_import()
    if "gui" in ONLY:
        bench_gui(stress)
    if "print" in ONLY:
        bench_print(national)
    text = (header + "\n\n" + table()
            + "\n\n† benchmarks 3-6 have no baseline: the ratio is the figure ÷ the target (below 1 meets it).\n"
            "Reproduce: `bash tests/bench/run.sh BUILD_DIR [WORK_DIR]` (BUILD_DIR configured with "
            "-DCMAKE_BUILD_TYPE=Release).\n")
    with open(os.path.join(WORK, "table.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)


if __name__ == "__main__":
    try:
        main()
    except Mismatch as e:
        log(f"MISMATCH: {e}")
        sys.exit(3)
    except (BenchError, subprocess.CalledProcessError, OSError, AttributeError, KeyError, ValueError) as e:
        log(f"ERROR: {e}")
        sys.exit(1)
