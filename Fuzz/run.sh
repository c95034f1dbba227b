#!/bin/sh
# Builds a seed corpus from the test fixtures and runs one libFuzzer target for a bounded time.
#
#   sh Fuzz/run.sh TARGET [libFuzzer options…]      TARGET: feed-parser | query-parser
#
# Environment: FUZZ_DIR (work folder, default .build-fuzz), FUZZ_BUILD (the build's scratch path,
# default FUZZ_DIR/build), FUZZ_SECONDS (default 120; 0 for no limit, e.g. with -runs=N),
# FUZZ_MAX_LEN, FUZZ_RSS_MB (default 1024: ASan alone holds 500 MB after a while), SHARED
# (../shared: feedparser's own test documents join the feed seeds when present). Run from the
# repository root after building (see Makefile, `make fuzz`).
#
# Layout under FUZZ_DIR:
#   build/                            the Fuzz package's build with ASan (swift build --scratch-path)
#   build-fuzzer/                     the same without ASan (-sanitize=fuzzer only), for long runs
#   seeds/TARGET/                     rebuilt from the fixtures on every run (read-only input)
#   corpus/TARGET/                    what the fuzzer found interesting; kept between runs
#   artifacts/TARGET/                 crash-*, timeout-*, oom-*, leak-*: inputs that failed
set -eu

target=${1:?usage: sh Fuzz/run.sh feed-parser|query-parser [libFuzzer options]}
shift
dir=${FUZZ_DIR:-.build-fuzz}
seconds=${FUZZ_SECONDS:-120}
shared=${SHARED:-../shared}
binary=${FUZZ_BUILD:-$dir/build}/release/fuzz-$target

[ -x "$binary" ] || { echo "run.sh: $binary is missing: build it first (make fuzz)" >&2; exit 1; }

seeds=$dir/seeds/$target
corpus=$dir/corpus/$target
artifacts=$dir/artifacts/$target
rm -rf "$seeds"
mkdir -p "$seeds" "$corpus" "$artifacts"

# Copies every file under $1 into the seeds, its path flattened into its name. With $3 = settings,
# each seed gets the feed target's settings byte in front (see FuzzFeedParser.swift), 0 to 39 in
# turn: every way of pushing, markup kept or not, and each Content-Type, across the fixtures.
add_seeds() {
    [ -d "$1" ] || return 0
    find "$1" -type f | sort | {
        n=0
        while IFS= read -r f; do
            name=$(printf '%s' "${f#"$1"/}" | tr '/' '_')
            if [ "${3:-}" = settings ]; then
                { printf "\\$(printf '%03o' $((n % 40)))"; cat "$f"; } > "$seeds/$2$name"
            else
                cp "$f" "$seeds/$2$name"
            fi
            n=$((n + 1))
        done
    }
}

case $target in
feed-parser)
    add_seeds Tests/DocketFeedsTests/Fixtures/feeds fixture_ settings
    add_seeds "$shared/conformance/feedparser/tests" feedparser_ settings
    dict=Fuzz/Dictionaries/feed.dict
    # Bigger inputs cost more per run than they find (time grows with the length, and libFuzzer
    # keeps mutating the big ones). libFuzzer cuts longer seeds to this too: the 70 KB nesting
    # fixture is past the depth limit (256) within 4 KB; the 80 KB quadratic-blowup one is not
    # (its entity alone is 50 KB), which the safety tests cover, and 4 KB is room enough for the
    # fuzzer to build its own entity references from the DTD seeds.
    max_len=${FUZZ_MAX_LEN:-4096}
    ;;
query-parser)
    add_seeds Fuzz/Seeds/query-parser seed_
    dict=Fuzz/Dictionaries/query.dict
    max_len=${FUZZ_MAX_LEN:-256}
    ;;
*)
    echo "run.sh: unknown target '$target' (feed-parser or query-parser)" >&2
    exit 2
    ;;
esac

# Swift's own crash backtracer reads the stack from a second thread, which ASan reports as a
# stack-buffer-underflow of its own: let libFuzzer and ASan report crashes alone.
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}

echo "fuzz-$target: $(ls "$seeds" | wc -l) seeds, $(ls "$corpus" | wc -l) in the corpus, ${seconds}s" >&2
exec "$binary" "$corpus" "$seeds" \
    -dict="$dict" -max_len="$max_len" -max_total_time="$seconds" \
    -rss_limit_mb="${FUZZ_RSS_MB:-1024}" -timeout=5 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$@"
