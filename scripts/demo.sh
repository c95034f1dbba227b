#!/bin/sh
# The demo: Docket's main job, offline, on the sample feeds bundled in feeds/samples/.
# (Until the knowledge base and briefings land, it parses and prints each sample feed.)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
docket="$here/.build/release/docket"
for feed in "$here"/feeds/samples/*.rss "$here"/feeds/samples/*.atom "$here"/feeds/samples/*.rdf; do
    echo "════ $(basename "$feed")"
    "$docket" parse "$feed"
    echo
done
