#!/usr/bin/env python3
"""Search at scale: Docket's index against SQLite FTS5 and grep on the same synthetic corpus.

    python3 scripts/bench_search.py --docket .build/release/docket [--items 1000000] [--work DIR]
                                    [--kb PATH] [--runs 20] [--json FILE]

1. A knowledge base of --items items over 12 months (scripts/make_kb.py: Zipf-like vocabulary,
   realistic title and summary lengths, companies and categories), generated once into --work
   and reused while its item count matches (or --kb PATH, whose index/ this script rewrites).
2. Index build: `docket kb reindex` (dedupe and search index), wall time and peak memory
   (/usr/bin/time -v); index/search/ size against the JSONL size.
3. Search latency inside the process: `docket search --bench-queries FILE --bench-runs N`
   times each query of the fixed set N times (parse, open the index, rank, read and highlight
   the top 20); p50 and p99 over all runs, and each query's median; wall time and CPU time
   (the CPU time is what a query costs when it need not wait for a core: on a loaded machine
   the wall time is several times larger, for FTS5 as for Docket).
4. Whole processes: `docket search QUERY --json` start to exit (wall time), peak memory.
5. The same queries on SQLite FTS5 (Python's sqlite3, porter + unicode61 without diacritics,
   bm25(title 3, body 1), snippet(), ORDER BY rank, LIMIT 20) built from the same JSONL, and
   with `grep` over the JSONL (finds lines only: no ranking, filters approximated).

Prints a Markdown report (and --json FILE the figures) with the targets of issue 5:
p50 <= 10 ms, p99 <= 50 ms, no slower than FTS5, index <= 1/2 the JSONL, peak memory
<= 100 MB, a whole `docket search` under 50 ms. Standard library only.
"""
import argparse
import glob
import json
import os
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# The fixed query set: (Docket query, FTS5 MATCH or None, extra SQL condition, its parameters,
# grep pipeline over the JSONL files ("F" stands for the files)). Words are picked by their
# rank in make_kb's vocabulary (seed 20261126): "policy" is in nearly every item, "misinformation"
# in ~10%, "balritov" (rank 1,000) in ~0.4%, "kamelo" (rank 10,000) in ~0.04%, "zenvinor" is
# the rarest.
QUERIES = [
    ("policy", "policy", "", [], "grep -ciwF policy F"),
    ("regulation court", "regulation AND court", "", [], "grep -iwF regulation F | grep -ciwF court"),
    ("misinformation", "misinformation", "", [], "grep -ciwF misinformation F"),
    ("balritov", "balritov", "", [], "grep -ciwF balritov F"),
    ("kamelo", "kamelo", "", [], "grep -ciwF kamelo F"),
    ("zenvinor", "zenvinor", "", [], "grep -ciwF zenvinor F"),
    ("policy kamelo", "policy AND kamelo", "", [], "grep -iwF kamelo F | grep -ciwF policy"),
    ('"data protection"', '"data protection"', "", [], "grep -ciF 'data protection' F"),
    ('"export controls"', '"export controls"', "", [], "grep -ciF 'export controls' F"),
    ('"balritov kamelo"', '"balritov kamelo"', "", [], "grep -ciF 'balritov kamelo' F"),
    ("antitrust OR competition", "antitrust OR competition", "", [], "grep -ciwE 'antitrust|competition' F"),
    ("kamelo OR nortovux", "kamelo OR nortovux", "", [], "grep -ciwE 'kamelo|nortovux' F"),
    ("lawsuit -court", "lawsuit NOT court", "", [], "grep -iwF lawsuit F | grep -civwF court"),
    ("company:alibaba", "companies:alibaba", "", [], "grep -cF '\"alibaba\"' F"),
    ("company:alibaba distillation", "companies:alibaba AND distillation", "", [],
     "grep -F '\"alibaba\"' F | grep -ciwF distillation"),
    ("category:privacy safety", "categories:privacy AND safety", "", [],
     "grep -F '\"categories\":[\"privacy\"]' F | grep -ciwF safety"),
    ("feed:synthetic-0042", 'feed:"synthetic 0042"', "", [], "grep -cF '\"feed\":\"synthetic-0042\"' F"),
    ("breach since:2026-06-01 until:2026-06-30", "breach", "AND published >= ? AND published < ?",
     ["2026-06-01", "2026-07-01"], "grep -F '\"published\":\"2026-06-' F | grep -ciwF breach"),
    ("since:2026-09", None, "published >= ?", ["2026-09-01"], "grep -cF '\"published\":\"2026-09-' F"),
    ("(chips OR semiconductor) export -tariff since:2026-03", "(chips OR semiconductor) AND export NOT tariff",
     "AND published >= ?", ["2026-03-01"], "grep -iwE 'chips|semiconductor' F | grep -iwF export | grep -civwF tariff"),
    ("Alibaba's allegations", "alibaba AND allegations", "", [], "grep -iwF alibaba F | grep -ciw allegations"),
    ('"open source" license company:meta', '"open source" AND license AND companies:meta', "", [],
     "grep -iF 'open source' F | grep -iwF license | grep -cF '\"meta\"'"),
]

TARGETS = {"p50_ms": 10, "p99_ms": 50, "index_ratio": 0.5, "peak_mb": 100, "process_ms": 50}


def log(*a):
    print("bench_search:", *a, file=sys.stderr, flush=True)


def percentile(values, p):
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


def timed_v(cmd, env=None, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time -v: (wall seconds, peak RSS in MB, completed process)."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    if p.returncode != 0:
        sys.exit("bench_search: %s failed (%d):\n%s" % (" ".join(cmd), p.returncode, p.stderr[-2000:]))
    return wall, (int(m.group(1)) / 1024.0 if m else float("nan")), p


def cpu_of(stderr):
    """User + system CPU milliseconds from /usr/bin/time -v output."""
    user = re.search(r"User time \(seconds\): ([0-9.]+)", stderr)
    system = re.search(r"System time \(seconds\): ([0-9.]+)", stderr)
    return (float(user.group(1)) + float(system.group(1))) * 1000 if user and system else float("nan")


def size_of(paths):
    return sum(os.path.getsize(p) for p in paths if os.path.isfile(p))


def kb_items(kb):
    return sorted(glob.glob(os.path.join(kb, "items", "*.jsonl")))


def prepare_kb(a):
    if a.kb:
        return os.path.abspath(a.kb)
    kb = os.path.join(os.path.abspath(a.work), "kb-%d" % a.items)
    stamp = os.path.join(kb, ".bench-items")
    if os.path.exists(stamp) and open(stamp).read().strip() == str(a.items):
        log("reusing", kb)
        return kb
    shutil.rmtree(kb, ignore_errors=True)
    os.makedirs(os.path.dirname(kb), exist_ok=True)
    log("generating %d items into %s" % (a.items, kb))
    subprocess.run([sys.executable, os.path.join(HERE, "make_kb.py"), "--out", kb, "--items", str(a.items),
                    "--docket", a.docket, "--no-index"], check=True)
    with open(stamp, "w") as fh:
        fh.write(str(a.items))
    return kb


def fts_db(kb, work, items):
    """Builds (once) an FTS5 database of the kept items; returns (path, build seconds or None)."""
    path = os.path.join(os.path.abspath(work), "fts5-%d.sqlite" % items)
    if os.path.exists(path):
        return path, None
    tmp = path + ".tmp"
    if os.path.exists(tmp):
        os.remove(tmp)
    log("building FTS5 database", path)
    start = time.perf_counter()
    db = sqlite3.connect(tmp)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    db.execute("CREATE VIRTUAL TABLE items USING fts5(title, body, companies, categories, feed, "
               "published UNINDEXED, id UNINDEXED, link UNINDEXED, "
               "tokenize = 'porter unicode61 remove_diacritics 2')")
    batch = []
    for f in kb_items(kb):
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                if r.get("duplicate_of"):
                    continue
                body = " ".join(x for x in (r.get("summary"), r.get("content")) if x)
                batch.append((r.get("title", ""), body, " ".join(r.get("companies", [])),
                              " ".join(r.get("categories", [])), r.get("feed", ""),
                              r.get("published") or r.get("fetched") or "", r["id"], r.get("link", "")))
                if len(batch) == 20000:
                    db.executemany("INSERT INTO items VALUES (?,?,?,?,?,?,?,?)", batch)
                    batch = []
    if batch:
        db.executemany("INSERT INTO items VALUES (?,?,?,?,?,?,?,?)", batch)
    db.execute("INSERT INTO items(items) VALUES ('optimize')")
    db.commit()
    db.close()
    os.rename(tmp, path)
    return path, time.perf_counter() - start


def fts_latencies(path, runs):
    db = sqlite3.connect(path)
    out = []
    for q, match, cond, params, _ in QUERIES:
        if match is not None:
            sql = ("SELECT id, title, snippet(items, 1, '[', ']', '…', 24), bm25(items, 3.0, 1.0) AS score, published "
                   "FROM items WHERE items MATCH ? %s ORDER BY score, published DESC LIMIT 20" % cond)
            args = [match] + params
            count_sql = "SELECT count(*) FROM items WHERE items MATCH ? %s" % cond
        else:
            sql = ("SELECT id, title, substr(body, 1, 200), 0.0, published FROM items WHERE %s "
                   "ORDER BY published DESC LIMIT 20" % cond)
            args = params
            count_sql = "SELECT count(*) FROM items WHERE %s" % cond
        timings, cpu = [], []
        for _ in range(runs):
            start, cpu_start = time.perf_counter(), time.thread_time()
            db.execute(sql, args).fetchall()
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - cpu_start) * 1000)
        matched = db.execute(count_sql, args).fetchone()[0]
        out.append({"query": q, "ms": timings, "cpu_ms": cpu, "matched": matched})
    db.close()
    return out


def grep_latencies(kb, runs):
    files = " ".join("'%s'" % f for f in kb_items(kb))
    out = []
    for q, _, _, _, pipeline in QUERIES:
        cmd = pipeline.replace(" F", " " + files, 1)
        timings = []
        count = None
        for _ in range(runs):
            start = time.perf_counter()
            p = subprocess.run(["bash", "-c", "set -o pipefail; " + cmd + " | awk -F: '{s+=$NF} END {print s+0}'"],
                               env=dict(os.environ, LC_ALL="C"), stdout=subprocess.PIPE, text=True)
            timings.append((time.perf_counter() - start) * 1000)
            count = p.stdout.strip()
        out.append({"query": q, "ms": timings, "matched": count})
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docket", default=".build/release/docket")
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--work", default=os.path.join(tempfile.gettempdir(), "docket-bench-search"))
    ap.add_argument("--kb", help="an existing knowledge base to use (its index/ is rebuilt)")
    ap.add_argument("--runs", type=int, default=20, help="runs of each query in the process")
    ap.add_argument("--process-runs", type=int, default=5, help="whole `docket search` processes per query")
    ap.add_argument("--grep-runs", type=int, default=1)
    ap.add_argument("--skip-fts", action="store_true")
    ap.add_argument("--skip-grep", action="store_true")
    ap.add_argument("--skip-reindex", action="store_true", help="keep the index the knowledge base has")
    ap.add_argument("--json", help="also write the figures to this file")
    a = ap.parse_args()
    a.docket = os.path.abspath(a.docket)
    if not os.access(a.docket, os.X_OK):
        sys.exit("bench_search: no docket binary at %s (make release)" % a.docket)
    os.makedirs(a.work, exist_ok=True)
    kb = prepare_kb(a)
    env = dict(os.environ, DOCKET_KB=kb, NO_COLOR="1")
    figures = {"items": a.items, "kb": kb}

    jsonl = size_of(kb_items(kb))
    if not a.skip_reindex:
        log("docket kb reindex")
        wall, peak, done = timed_v([a.docket, "kb", "reindex"], env=env)
        figures["build_s"], figures["build_peak_mb"] = wall, peak
        figures["build_cpu_s"] = cpu_of(done.stderr) / 1000
    index = size_of(glob.glob(os.path.join(kb, "index", "search", "*")))
    figures.update(jsonl_bytes=jsonl, index_bytes=index, index_ratio=index / jsonl if jsonl else float("nan"))

    # In-process latency.
    qfile = os.path.join(a.work, "queries.txt")
    with open(qfile, "w", encoding="utf-8") as fh:
        fh.write("\n".join(q for q, *_ in QUERIES) + "\n")
    log("in-process latency, %d runs per query" % a.runs)
    _, bench_peak, p = timed_v([a.docket, "search", "--bench-queries", qfile, "--bench-runs", str(a.runs)], env=env,
                               stdout=subprocess.PIPE)
    docket = [json.loads(l) for l in p.stdout.splitlines() if l.strip()]
    all_ms = [t for r in docket for t in r["ms"]]
    all_cpu = [t for r in docket for t in r.get("cpu_ms", [])]
    figures.update(p50_ms=percentile(all_ms, 50), p99_ms=percentile(all_ms, 99), max_ms=max(all_ms),
                   cpu_p50_ms=percentile(all_cpu, 50), cpu_p99_ms=percentile(all_cpu, 99),
                   bench_process_peak_mb=bench_peak, load_average=os.getloadavg()[0])

    # Whole processes.
    log("whole processes, %d per query" % a.process_runs)
    process = []
    for q, *_ in QUERIES:
        walls, peaks, cpus = [], [], []
        for _ in range(a.process_runs):
            wall, peak, done = timed_v([a.docket, "search", "--json", q], env=env)
            walls.append(wall * 1000)
            peaks.append(peak)
            cpus.append(cpu_of(done.stderr))
        process.append({"query": q, "ms": walls, "cpu_ms": cpus, "peak_mb": max(peaks)})
    proc_ms = [t for r in process for t in r["ms"]]
    proc_cpu = [t for r in process for t in r["cpu_ms"]]
    figures.update(process_cpu_p50_ms=percentile(proc_cpu, 50), process_cpu_max_ms=max(proc_cpu),
                   process_p50_ms=percentile(proc_ms, 50), process_max_ms=max(proc_ms),
                   process_p99_ms=percentile(proc_ms, 99), peak_mb=max(r["peak_mb"] for r in process))

    fts = grep = None
    if not a.skip_fts:
        path, built = fts_db(kb, a.work, a.items)
        if built is not None:
            figures["fts_build_s"] = built
        figures["fts_bytes"] = os.path.getsize(path)
        log("FTS5 latency")
        fts = fts_latencies(path, a.runs)
        fts_ms = [t for r in fts for t in r["ms"]]
        fts_cpu = [t for r in fts for t in r["cpu_ms"]]
        figures.update(fts_p50_ms=percentile(fts_ms, 50), fts_p99_ms=percentile(fts_ms, 99),
                       fts_cpu_p50_ms=percentile(fts_cpu, 50), fts_cpu_p99_ms=percentile(fts_cpu, 99))
    if not a.skip_grep:
        log("grep latency")
        grep = grep_latencies(kb, a.grep_runs)
        grep_ms = [t for r in grep for t in r["ms"]]
        figures.update(grep_p50_ms=percentile(grep_ms, 50), grep_p99_ms=percentile(grep_ms, 99))

    # Report.
    def ok(value, limit):
        return "yes" if value <= limit else "**no**"

    print("## Search at %d items (%s)\n" % (a.items, kb))
    print("| figure | Docket | SQLite FTS5 | grep | target | met |")
    print("|---|---|---|---|---|---|")
    if "build_s" in figures:
        print("| index build | %.1f s wall, %.1f s CPU (kb reindex: dedupe + search), peak %.0f MB | %s | none | | |" % (
            figures["build_s"], figures["build_cpu_s"], figures["build_peak_mb"],
            "%.1f s (Python, incl. JSON parsing)" % figures["fts_build_s"] if "fts_build_s" in figures else "built earlier"))
    print("| index size | %.0f MB = %.1f%% of %.0f MB JSONL | %s | 0 | <= 50%% | %s |" % (
        index / 1e6, 100 * figures["index_ratio"], jsonl / 1e6,
        "%.0f MB (with its own copy of the text)" % (figures["fts_bytes"] / 1e6) if "fts_bytes" in figures else "-",
        ok(figures["index_ratio"], TARGETS["index_ratio"])))
    fp50 = "%.2f ms" % figures["fts_p50_ms"] if fts else "-"
    fp99 = "%.2f ms" % figures["fts_p99_ms"] if fts else "-"
    gp50 = "%.0f ms" % figures["grep_p50_ms"] if grep else "-"
    gp99 = "%.0f ms" % figures["grep_p99_ms"] if grep else "-"
    print("| latency p50 (in process) | %.2f ms | %s | %s | <= 10 ms, <= FTS5 | %s |" % (
        figures["p50_ms"], fp50, gp50,
        ok(figures["p50_ms"], TARGETS["p50_ms"]) + ("" if not fts else "/" + ok(figures["p50_ms"], figures["fts_p50_ms"]))))
    print("| latency p99 (in process) | %.2f ms | %s | %s | <= 50 ms, <= FTS5 | %s |" % (
        figures["p99_ms"], fp99, gp99,
        ok(figures["p99_ms"], TARGETS["p99_ms"]) + ("" if not fts else "/" + ok(figures["p99_ms"], figures["fts_p99_ms"]))))
    if fts:
        print("| CPU time p50 / p99 (in process) | %.2f / %.2f ms | %.2f / %.2f ms | | (wall time above waits for a core: "
              "load average %.1f) | %s |" % (
                  figures["cpu_p50_ms"], figures["cpu_p99_ms"], figures["fts_cpu_p50_ms"], figures["fts_cpu_p99_ms"],
                  figures["load_average"], ok(figures["cpu_p50_ms"], figures["fts_cpu_p50_ms"]) + "/" +
                  ok(figures["cpu_p99_ms"], figures["fts_cpu_p99_ms"])))
    print("| whole `docket search` process | p50 %.1f ms, p99 %.1f ms, max %.1f ms | | | < 50 ms | %s |" % (
        figures["process_p50_ms"], figures["process_p99_ms"], figures["process_max_ms"],
        ok(figures["process_max_ms"], TARGETS["process_ms"])))
    print("| whole process, CPU (user + system, 10 ms resolution) | p50 %.0f ms, max %.0f ms | | | < 50 ms | %s |" % (
        figures["process_cpu_p50_ms"], figures["process_cpu_max_ms"],
        ok(figures["process_cpu_max_ms"], TARGETS["process_ms"])))
    print("| peak memory of `docket search` | %.1f MB (max over the queries) | | | <= 100 MB | %s |" % (
        figures["peak_mb"], ok(figures["peak_mb"], TARGETS["peak_mb"])))
    print("\nPer query (medians; Docket over %d runs in one process, whole process over %d runs):\n" % (
        a.runs, a.process_runs))
    print("| query | matches | Docket | Docket CPU | process | peak MB | FTS5 | FTS5 CPU | FTS5 matches | grep | grep lines |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for i, (q, *_) in enumerate(QUERIES):
        d, pr = docket[i], process[i]
        f = fts[i] if fts else None
        g = grep[i] if grep else None
        print("| `%s` | %s | %.2f ms | %s | %.1f ms | %.1f | %s | %s | %s | %s | %s |" % (
            q.replace("|", "\\|"), d["matched"], statistics.median(d["ms"]),
            "%.2f ms" % statistics.median(d["cpu_ms"]) if d.get("cpu_ms") else "-",
            statistics.median(pr["ms"]), pr["peak_mb"],
            "%.2f ms" % statistics.median(f["ms"]) if f else "-",
            "%.2f ms" % statistics.median(f["cpu_ms"]) if f else "-", f["matched"] if f else "-",
            "%.0f ms" % statistics.median(g["ms"]) if g else "-", g["matched"] if g else "-"))
    print("\nDocket's match counts are over all kinds; grep counts lines (duplicates and approximate filters "
          "included); FTS5 uses the porter stemmer, so its counts differ slightly where stemming does.")
    if a.json:
        figures["per_query"] = {"docket": docket, "process": process, "fts5": fts, "grep": grep}
        with open(a.json, "w") as fh:
            json.dump(figures, fh, indent=2)


if __name__ == "__main__":
    main()
