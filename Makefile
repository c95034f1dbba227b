# Docket: the two commands a new machine needs are `make demo` and `make test`.
SWIFT ?= swift
SHARED ?= ../shared
DOCKET := .build/release/docket

.PHONY: all deps build release test demo bench conformance clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) test

demo: release
	@sh scripts/demo.sh

# Parse throughput against xmllint --stream and feedparser (see ../shared/bench/README.md).
bench: release
	@sh $(SHARED)/bench/setup.sh >/dev/null
	python3 $(SHARED)/bench/parse_bench.py --docket $(DOCKET)

# feedparser's own test suite and date table, through `docket parse --json`.
conformance: release
	python3 $(SHARED)/conformance/run.py --docket $(DOCKET)
	python3 $(SHARED)/conformance/dates.py --docket $(DOCKET)

clean:
	rm -rf .build
