# Docket: the two commands a new machine needs are `make demo` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
DOCKET := .build/release/docket

.PHONY: all deps build release test demo bench crash-test conformance clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	$(SWIFT) build

# Statically linked Swift runtime: starts in a few milliseconds instead of tens.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product docket

test: deps
	$(SWIFT) test

demo: release
	@sh scripts/demo.sh

# Parse throughput against xmllint --stream and feedparser, then updates of 500 feeds against
# newsboat and a feedparser script (see ../shared/bench/README.md). Peers are installed by setup.sh.
bench: release
	@sh $(SHARED)/bench/setup.sh >/dev/null
	python3 $(SHARED)/bench/parse_bench.py --docket $(DOCKET)
	python3 $(SHARED)/bench/bench.py --tools newsboat,feedparser,docket --baseline docket --feeds 500 --docket $(DOCKET)

# Crash safety: SIGKILL `docket update` at random moments, check the knowledge base each time.
crash-test: release
	python3 scripts/crash_test.py --docket $(DOCKET) --feeds 200 --kills 25

# feedparser's own test suite and date table, through `docket parse --json`.
conformance: release
	python3 $(SHARED)/conformance/run.py --docket $(DOCKET)
	python3 $(SHARED)/conformance/dates.py --docket $(DOCKET)

clean:
	rm -rf .build
