#!/usr/bin/env python3
"""Crash safety, measured: kill `docket update` with SIGKILL at random moments and check the
knowledge base after every kill.

    python3 scripts/crash_test.py [--docket .build/release/docket] [--feeds 200] [--kills 25]

Serves --feeds generated RSS feeds from a loopback HTTP server (standard library only),
creates a knowledge base in a temporary folder, and then --kills times: adds fresh items to
every feed, starts `docket update --force`, kills it with SIGKILL after a random delay, and
checks that (1) `docket kb verify` passes and (2) every item stored before the kill is still
stored. A final update runs to completion and is checked the same way. Prints one line per
kill and a summary: kills, corrupt, lost. Exit 1 if anything was corrupt or lost.
"""
import argparse
import http.server
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

WORDS = ("policy model regulator lawsuit distillation privacy copyright antitrust chip export "
         "safety agency court ruling fine probe bill act rule order consultation framework").split()


def write_feeds(folder, feeds, generation, rng):
    """Each feed gets 30 items; generation g shifts the window by 10, so 10 are new each time."""
    for f in range(feeds):
        items = []
        for k in range(generation * 10, generation * 10 + 30):
            title = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize()
            items.append(
                "<item><title>%s %d-%d</title><link>http://127.0.0.1/feed%d/item%d</link>"
                "<guid isPermaLink=\"false\">feed%d-item%d</guid>"
                "<pubDate>Mon, %02d Nov 2026 %02d:%02d:00 GMT</pubDate>"
                "<description>&lt;p&gt;%s&lt;/p&gt;</description></item>"
                % (title, f, k, f, k, f, k, 1 + k % 28, k % 24, k % 60, " ".join(rng.choice(WORDS) for _ in range(60))))
        body = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed %d</title>'
                '<link>http://127.0.0.1/feed%d</link>%s</channel></rss>' % (f, f, "".join(items)))
        path = os.path.join(folder, "feed%d.xml" % f)
        with open(path, "w") as out:
            out.write(body)
        # Last-Modified has one-second resolution: move it clearly forward, or a quick
        # rewrite would be answered 304 and the new items never seen.
        stamp = time.time() + generation * 10
        os.utime(path, (stamp, stamp))


def serve(folder):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=folder, **k)

        def log_message(self, *a):
            pass

    class Server(http.server.ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # a killed client leaves broken pipes behind: expected here

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stored_ids(kb):
    ids = set()
    items = os.path.join(kb, "items")
    for name in sorted(os.listdir(items)):
        if not name.endswith(".jsonl"):
            continue
        with open(os.path.join(items, name), "rb") as f:
            for line in f:
                if not line.endswith(b"\n"):
                    break  # a torn last line was never stored
                start = line.find(b'"id":"')
                if start >= 0:
                    end = line.find(b'"', start + 6)
                    ids.add(line[start + 6:end].decode())
    return ids


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docket", default=".build/release/docket")
    ap.add_argument("--feeds", type=int, default=200)
    ap.add_argument("--kills", type=int, default=25, help="kills that interrupt a running update")
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--max-delay", type=float, default=0, help="longest wait before the kill, seconds "
                    "(default: 90%% of how long a whole update takes here)")
    a = ap.parse_args()
    docket = os.path.abspath(a.docket)
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix="docket-crash-")
    www, kb = os.path.join(work, "www"), os.path.join(work, "kb")
    os.makedirs(www)
    server = serve(www)
    port = server.server_address[1]
    env = dict(os.environ, DOCKET_KB=kb)

    def run(*args, check=True):
        p = subprocess.run([docket, *args], env=env, capture_output=True, text=True)
        if check and p.returncode != 0:
            sys.exit("docket %s failed (%d): %s" % (" ".join(args), p.returncode, p.stderr.strip()))
        return p

    run("init")
    with open(os.path.join(work, "feeds.opml"), "w") as f:
        f.write('<?xml version="1.0"?><opml version="2.0"><head><title>crash</title></head><body>')
        for i in range(a.feeds):
            f.write('<outline type="rss" text="Feed %d" xmlUrl="http://127.0.0.1:%d/feed%d.xml"/>' % (i, port, i))
        f.write("</body></opml>")
    run("feeds", "import", os.path.join(work, "feeds.opml"))

    # How long does a whole update take here? Kills are spread over that time.
    write_feeds(www, a.feeds, 1, rng)
    started = time.monotonic()
    run("update", "--force", "--quiet")
    duration = time.monotonic() - started
    max_delay = a.max_delay or max(0.1, 0.9 * duration)
    print("a whole update of %d feeds takes %.2fs here; kills at random in [0.02, %.2f]s" % (a.feeds, duration, max_delay))

    corrupt = lost = 0
    killed_mid_run = attempts = 0
    generation = 1
    while killed_mid_run < a.kills and attempts < 3 * a.kills:
        attempts += 1
        generation += 1
        write_feeds(www, a.feeds, generation, rng)
        before = stored_ids(kb)
        delay = rng.uniform(0.02, max_delay)
        # Small batches: many writes per run, so kills land during them too.
        p = subprocess.Popen([docket, "update", "--force", "--quiet", "--batch-items", "300"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        finished = p.poll() is not None
        if not finished:
            p.send_signal(signal.SIGKILL)
            killed_mid_run += 1
        p.wait()
        verify = run("kb", "verify", check=False)
        after = stored_ids(kb)
        missing = before - after
        corrupt += verify.returncode != 0
        lost += len(missing)
        print("run %2d: %s after %.2fs: verify %s, items %d -> %d, lost %d"
              % (attempts, "finished before the kill" if finished else "KILLED", delay,
                 "ok" if verify.returncode == 0 else "FAILED: " + verify.stdout.strip()[:200],
                 len(before), len(after), len(missing)))
    # A last, complete run must succeed on whatever the kills left behind.
    write_feeds(www, a.feeds, generation + 1, rng)
    before = stored_ids(kb)
    final = run("update", "--force", "--quiet", check=False)
    verify = run("kb", "verify", check=False)
    after = stored_ids(kb)
    corrupt += verify.returncode != 0
    lost += len(before - after)
    print("final update: exit %d, verify %s, items %d -> %d"
          % (final.returncode, "ok" if verify.returncode == 0 else "FAILED", len(before), len(after)))
    print("summary: %d SIGKILLs during an update (%d runs), %d feeds, %d corrupt, %d lost"
          % (killed_mid_run, attempts, a.feeds, corrupt, lost))
    server.shutdown()
    shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if corrupt or lost or final.returncode != 0 or killed_mid_run < a.kills else 0)


if __name__ == "__main__":
    main()
