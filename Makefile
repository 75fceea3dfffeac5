# dialoguewatch — build, test, demo, bench.
#
# Needs Go and gcc (cgo for SQLite). FTS5 is compiled in with the build tag
# below, for every go command, so tests and binaries see the same SQLite.

export CGO_ENABLED := 1
export GOFLAGS := -tags=sqlite_fts5
BIN := bin/dialoguewatch
CORPUS ?= ../shared/corpus
FUZZTIME ?= 60s

.PHONY: all build test vet demo eval fuzz bench clean

all: build

build:
	go build -o $(BIN) ./cmd/dialoguewatch

vet:
	go vet ./...
	@unformatted=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt needed:"; echo "$$unformatted"; exit 1; fi

# Every test, race detector on. Tests reach only loopback.
test: vet build
	go test -race -count=1 -timeout 20m ./...

# Serve the bundled replica on 127.0.0.1:8089 and run the whole pipeline on
# it once into ./data-demo. Run it twice: the second run finds nothing new.
demo: build
	./$(BIN) -log-level warn demo --data data-demo

# Score the extractor on a gold corpus (default ../shared/corpus).
eval: build
	./$(BIN) eval --gold $(CORPUS)/gold.jsonl --pages $(CORPUS)/pages

# Minimising a new input may take 60 s by default, during which nothing
# is fuzzed; 5 s keeps FUZZTIME spent on fuzzing.
fuzz:
	go test -run '^$$' -fuzz '^FuzzDates$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./extractor/
	go test -run '^$$' -fuzz '^FuzzPartners$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./extractor/
	go test -run '^$$' -fuzz '^FuzzEvents$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 5s ./extractor/

# Measure the pipeline against a bare Colly crawl and a Colly + trafilatura
# script on a synthetic site of BENCH_PAGES articles served on loopback
# (baselines, pipeline, recrawl, stages alone); prints a table and writes
# bench/results.json. Long: not part of `make test` (a 200-page smoke run is).
# PROFILE=1 also writes pprof CPU and heap profiles to bench/out/profiles/.
BENCH_PAGES ?= 5000
bench: build
	go build -o bin/dwbench ./bench/cmd/dwbench
	./bin/dwbench -pages $(BENCH_PAGES) -bin $(BIN) -out bench/results.json $(if $(PROFILE),-profile bench/out/profiles)

clean:
	rm -rf bin data-demo
