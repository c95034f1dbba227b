#!/bin/sh
# The demo: Docket's main job, offline, on the sample feeds in feeds/samples/ (fictional
# news and policy items, dated in ISO week 2026-W47). A loopback web server serves them; a
# temporary knowledge base is created with a saved search, updated (fetch → parse → store →
# extract), the high-confidence candidates are confirmed, and the weekly briefing is printed.
# DOCKET=path/to/docket runs another build of Docket (default: .build/release/docket).
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
docket="${DOCKET:-$here/.build/release/docket}"
work=$(mktemp -d "${TMPDIR:-/tmp}/docket-demo.XXXXXX")
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

# A loopback server on a free port, serving feeds/samples/ (Python's standard library).
python3 - "$here/feeds/samples" "$work/port" >"$work/server.log" 2>&1 <<'PY' &
import functools, http.server, sys
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
handler.log_message = lambda *a: None
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
open(sys.argv[2], "w").write(str(server.server_address[1]))
server.serve_forever()
PY
server_pid=$!
for _ in 1 2 3 4 5 6 7 8 9 10; do [ -s "$work/port" ] && break; sleep 0.2; done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"

export DOCKET_KB="$work/kb"
echo "── docket init" >&2
"$docket" init >&2
echo "── docket feeds add (3 sample feeds on $base)" >&2
"$docket" feeds add "$base/technews.rss" --title "Tech News Daily" --tag news >&2
"$docket" feeds add "$base/policywatch.atom" --title "Policy Watch" --tag policy >&2
"$docket" feeds add "$base/wire.rdf" --title "Example Wire" --tag news >&2
echo "── docket watch add distillation 'distillation OR distilling'" >&2
"$docket" watch add distillation 'distillation OR distilling' >&2
echo "── docket update" >&2
"$docket" update >&2
echo "── docket review --accept-above 0.9" >&2
"$docket" review --accept-above 0.9 >&2
echo "── docket brief --week 2026-W47" >&2
echo >&2
"$docket" brief --week 2026-W47 --no-record
