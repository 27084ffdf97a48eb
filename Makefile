# The build. `make` installs what it needs (npm ci from the lockfile) and rebuilds output/ when an article, a
# sidecar, the code, the schemas or the reference data changed; per-article results are cached under
# build/cache, so only changed articles are processed again. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := all

TSX := node_modules/.bin/tsx
RAW := $(shell find raw -type f ! -name '.*' 2>/dev/null | LC_ALL=C sort)
CODE := $(shell find pipeline -type f -name '*.ts' -o -name '*.mjs' 2>/dev/null | LC_ALL=C sort)
DATA := $(wildcard reference/*.yaml) $(wildcard schemas/*.json) $(wildcard schemas/reference/*.json)
TABLES := sources cleaning-log actors mentions actor-merges statements events event-merges
OUTPUTS := $(foreach t,$(TABLES),output/$(t).jsonl output/$(t).csv) output/build-report.json output/reference-usage.json

.PHONY: all test format validate clean help types docs eval eval-polnear bench bench-clean

all: $(OUTPUTS) ## Build every dataset in output/ (the default)

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# One command writes every output together (a grouped target): atomically, or not at all.
$(OUTPUTS) &: node_modules/.installed $(RAW) $(CODE) $(DATA)
	$(TSX) pipeline/cli/build.ts

test: node_modules/.installed ## Run the tests (format check, lint, typecheck, then vitest)
	node_modules/.bin/prettier --check --log-level warn .
	node_modules/.bin/eslint .
	node_modules/.bin/tsc --noEmit -p .
	node_modules/.bin/vitest run

format: node_modules/.installed ## Format the code (Prettier) and apply the linter's fixes (ESLint)
	node_modules/.bin/prettier --write --log-level warn .
	node_modules/.bin/eslint --fix .

validate: node_modules/.installed ## Check contributed records or a reference file: make validate FILE=path [SCHEMA=name]
	@test -n "$(FILE)" || { echo "usage: make validate FILE=path/to/records.jsonl|.csv|reference/file.yaml [SCHEMA=sources]" >&2; exit 2; }
	@$(TSX) pipeline/cli/validate.ts "$(FILE)" $(if $(SCHEMA),--schema "$(SCHEMA)")

types: node_modules/.installed ## Regenerate pipeline/types/generated.ts from schemas/
	$(TSX) pipeline/cli/gen-types.ts

docs: node_modules/.installed ## Regenerate the data dictionary in README.md from schemas/
	$(TSX) pipeline/cli/gen-docs.ts

bench: node_modules/.installed ## Measure build throughput and memory: make bench [ARTICLES=2000]
	$(TSX) pipeline/cli/bench-build.ts --articles $(or $(ARTICLES),2000)

eval: node_modules/.installed ## Print the quality figures against test/eval/ (and PolNeAR when a copy is present); fails below test/eval/floors.json
	@status=0; \
	$(TSX) pipeline/cli/eval-actors.ts || status=1; \
	$(TSX) pipeline/cli/eval-statements.ts || status=1; \
	$(TSX) pipeline/cli/eval-events.ts || status=1; \
	$(TSX) pipeline/cli/eval-news-events.ts || status=1; \
	$(TSX) pipeline/cli/eval-polnear.ts || status=1; \
	if [ $$status -ne 0 ]; then echo "make eval: a figure fell below its floor (test/eval/floors.json); see above" >&2; fi; \
	exit $$status

eval-polnear: node_modules/.installed ## Score statements on PolNeAR train and dev (needs a local copy; see README)
	$(TSX) pipeline/cli/eval-polnear.ts $(if $(LIMIT),--limit $(LIMIT))

bench-clean: node_modules/.installed ## Score the cleaners on ../shared/benchmarks/article-extraction
	$(TSX) pipeline/cli/bench-clean.ts

clean: ## Remove intermediates (build/); output/ is committed and stays
	rm -rf build

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z-]+):.*## (.*)/\1\t\2/' | expand -t 14
