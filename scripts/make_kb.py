#!/usr/bin/env python3
"""A synthetic knowledge base for scale benchmarks: N items over 12 months, written in the
store's own line format, then indexed by `docket kb reindex`.

    python3 scripts/make_kb.py --out /tmp/kb-1m --items 1000000 [--docket .build/release/docket]

Titles (6-14 words) and summaries (25-70 words) draw from a Zipf-like vocabulary of 40,000
generated words mixed with real policy and industry words, company names and categories,
so that common and rare terms, phrases and filters all have realistic selectivity.
Items whose title or summary names one of the companies list it in `companies`, as
extraction would (so `company:` filters have realistic selectivity; no extra randomness, so a
given seed gives the same text as before). Deterministic for a given --seed. Standard library
only.
"""
import argparse
import bisect
import hashlib
import itertools
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timedelta, timezone

REAL = ("policy regulation regulator lawsuit court ruling fine probe investigation complaint bill act rule order "
        "consultation framework agency commission parliament senate congress minister government privacy data "
        "protection copyright infringement antitrust competition merger export controls chips semiconductor model "
        "training distillation scraping safety security breach deception consumer labour union strike tariff "
        "election misinformation deepfake child safety transparency audit disclosure license open source").split()
COMPANIES = ["anthropic", "openai", "google", "meta", "microsoft", "alibaba", "deepseek", "baidu", "tencent",
             "bytedance", "nvidia", "apple", "amazon", "mistral", "xai", "samsung", "huawei", "ibm", "intel", "oracle"]
COMPANY_SET = frozenset(COMPANIES)
CATEGORIES = ["distillation", "scraping", "copyright", "privacy", "safety", "security", "antitrust", "deception",
              "export-controls", "labor"]


def vocabulary(rng, size):
    syllables = ["ka", "ri", "to", "me", "sa", "lo", "ne", "vi", "pu", "ra", "den", "mor", "tal", "ser", "qui",
                 "bal", "cor", "fen", "gar", "hul", "jin", "kel", "lum", "nor", "pex", "rud", "sil", "tov", "ux", "zen"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return REAL + COMPANIES + sorted(words)


def zipf_sampler(rng, n, s=1.07):
    weights = [1.0 / (k ** s) for k in range(1, n + 1)]
    cum = list(itertools.accumulate(weights))
    total = cum[-1]
    return lambda: bisect.bisect_left(cum, rng.random() * total)


def stable_id(*parts):
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def normalised(title):
    out, word = [], []
    for c in title.lower():
        if c.isascii() and c.isalnum():
            word.append(c)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return " ".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--items", type=int, default=1_000_000)
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--docket", default=".build/release/docket")
    ap.add_argument("--no-index", action="store_true", help="leave index/ to be built by the first write")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    words = vocabulary(rng, 40_000)
    pick = zipf_sampler(rng, len(words))
    docket = os.path.abspath(a.docket)
    if os.path.exists(os.path.join(a.out, "docket.json")):
        sys.exit("make_kb: %s already holds a knowledge base" % a.out)
    env = dict(os.environ, DOCKET_KB=a.out)
    subprocess.run([docket, "init"], env=env, check=True, stdout=subprocess.DEVNULL)

    start = datetime(2025, 12, 1, tzinfo=timezone.utc)
    span = timedelta(days=30 * a.months).total_seconds()
    created = "2026-11-26T00:00:00Z"
    feeds = []
    for f in range(a.feeds):
        # Marked removed: their items stay (with their source) but no update ever fetches them.
        feeds.append({"added": created, "id": "synthetic-%04d" % f, "removed": created,
                      "state": {"consecutive_failures": 0, "gone": False,
                      "items": 0, "last_success": created, "last_status": 200},
                      "tags": ["synthetic"], "title": "Synthetic feed %d" % f,
                      "url": "http://127.0.0.1:9/synthetic/%04d.xml" % f})
    # Items in time order, so each month file is written in one pass.
    files = {}
    per_feed = [0] * a.feeds
    for n in range(a.items):
        when = start + timedelta(seconds=span * n / a.items)
        month = when.strftime("%Y-%m")
        if month not in files:
            files[month] = open(os.path.join(a.out, "items", month + ".jsonl"), "w", encoding="utf-8")
        f = rng.randrange(a.feeds)
        per_feed[f] += 1
        feed = feeds[f]["id"]
        title_words = [words[pick()] for _ in range(rng.randint(6, 14))]
        if rng.random() < 0.05:
            title_words.insert(rng.randrange(len(title_words)), rng.choice(COMPANIES).capitalize())
        title = " ".join(title_words).capitalize()
        summary = " ".join(words[pick()] for _ in range(rng.randint(25, 70))).capitalize() + "."
        guid = "urn:synthetic:%s:%d" % (feed, n)
        published = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        record = {
            "backlog": False,
            "categories": [rng.choice(CATEGORIES)] if rng.random() < 0.3 else [],
            "feed": feed,
            "fetched": published,
            "guid": guid,
            "hash": stable_id("title-day", normalised(title), published[:10]),
            "id": stable_id(feed, "guid", guid),
            "link": "https://news%d.example/%s/%d" % (f % 97, month, n),
            "published": published,
            "summary": summary,
            "title": title,
        }
        if not record["categories"]:
            del record["categories"]
        mentioned = sorted(COMPANY_SET.intersection(title.lower().split() + summary.lower().rstrip(".").split()))
        if mentioned:
            record["companies"] = mentioned
        files[month].write(json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
        if n % 100_000 == 0 and n:
            print("make_kb: %d items" % n, file=sys.stderr)
    for fh in files.values():
        fh.close()
    for f, feed in enumerate(feeds):
        feed["state"]["items"] = per_feed[f]
    with open(os.path.join(a.out, "feeds.json"), "w", encoding="utf-8") as fh:
        json.dump(feeds, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    if not a.no_index:
        subprocess.run([docket, "kb", "reindex"], env=env, check=True, stdout=subprocess.DEVNULL)
    size = sum(os.path.getsize(os.path.join(a.out, "items", m + ".jsonl")) for m in files)
    print("make_kb: %s: %d items in %d months, %.0f MB of JSONL" % (a.out, a.items, len(files), size / 1e6))


if __name__ == "__main__":
    main()
