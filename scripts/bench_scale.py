#!/usr/bin/env python3
"""Does a warm update cost what changed, or what is stored? The same warm `docket update`
(every one of the peer benchmark's feeds answers 304) into an empty knowledge base and into
one that already holds a million items, side by side.

    python3 scripts/bench_scale.py --big /tmp/kb-1m [--docket .build/release/docket] [--runs 7]

--big is a knowledge base made by scripts/make_kb.py (it is copied, not changed). The feeds
are those of ../shared/bench (its nginx on 127.0.0.1:8089 must be running: start it with
`sh ../shared/bench/start_server.sh`). Each knowledge base imports the benchmark's OPML and
runs one cold update; then warm updates (`update --quiet --force`: all feeds, all 304) are
timed alternately, A B A B, each as a whole process through /usr/bin/time. Prints medians
and the ratio big / empty.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile


def timed(cmd, env):
    with tempfile.NamedTemporaryFile("r") as out:
        p = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", out.name] + cmd, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            sys.exit("bench_scale: %s failed: %s" % (" ".join(cmd), p.stderr.strip()[-300:]))
        wall, rss = out.read().split()[-2:]
        return float(wall), int(rss) / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docket", default=".build/release/docket")
    ap.add_argument("--big", required=True, help="a knowledge base from make_kb.py")
    ap.add_argument("--opml", default="/tmp/docket-bench/feeds.opml")
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    docket = os.path.abspath(a.docket)
    work = tempfile.mkdtemp(prefix="docket-scale-")
    kbs = {"empty": os.path.join(work, "empty"), "1M items": os.path.join(work, "big")}
    subprocess.run([docket, "--kb", kbs["empty"], "init"], check=True, stdout=subprocess.DEVNULL)
    shutil.copytree(a.big, kbs["1M items"])
    for name, kb in kbs.items():
        env = dict(os.environ, DOCKET_KB=kb)
        subprocess.run([docket, "feeds", "import", a.opml], env=env, check=True, stdout=subprocess.DEVNULL)
        wall, _ = timed([docket, "update", "--quiet"], env)
        print("%-9s cold update: %.2f s" % (name, wall))
    results = {name: [] for name in kbs}
    for _ in range(a.runs):
        for name, kb in kbs.items():
            results[name].append(timed([docket, "update", "--quiet", "--force"], dict(os.environ, DOCKET_KB=kb)))
    print("\n| knowledge base | warm update, median of %d (s) | peak RSS (MB) |" % a.runs)
    print("|---|---|---|")
    for name in kbs:
        print("| %s | %.3f | %.1f |" % (name, statistics.median(w for w, _ in results[name]),
                                      statistics.median(r for _, r in results[name])))
    ratio = statistics.median(b[0] / e[0] for b, e in zip(results["1M items"], results["empty"]))
    print("\nwarm update, 1M-item KB / empty KB (median of pairwise ratios): %.2f×" % ratio)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
