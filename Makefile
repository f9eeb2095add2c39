# sitrep: `make demo` runs the pipeline on the seeds; `make test` runs every test.
# Everything is installed into .venv from pinned versions, so a fresh machine needs nothing else.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install system-deps demo test test-fast lint typecheck schemas bench soak lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP) system-deps ## create .venv with the pinned dependencies and sitrep itself, plus system tools

# Debian's docker-compose (compose validation) and prometheus (promtool, and a real server in a test).
system-deps: ## install docker-compose and prometheus from Debian when they are missing
	@missing=""; for tool in docker-compose promtool prometheus; do \
	  command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages for:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose prometheus >/dev/null; \
	  else \
	    echo "missing:$$missing -- run: sudo apt-get install --no-install-recommends docker-compose prometheus"; exit 1; \
	  fi; \
	fi

demo: $(STAMP) ## embedded broker + every service + replay seeds/ + print what the store holds
	$(BIN)/sitrep demo seeds

test: $(STAMP) system-deps ## lint, types, schema drift, unit, agent, deployment and integration tests
	$(BIN)/ruff check .
	$(BIN)/mypy shared services
	$(BIN)/python -m pytest

test-fast: $(STAMP) ## unit and agent tests only
	$(BIN)/python -m pytest -m "not integration"

lint: $(STAMP) ## ruff
	$(BIN)/ruff check .

typecheck: $(STAMP) ## mypy --strict
	$(BIN)/mypy shared services

schemas: $(STAMP) ## regenerate schemas/ from the message models
	$(BIN)/sitrep schemas

bench: $(STAMP) ## benchmark: NLP limit, transport, whole pipeline, scaling (writes bench-results/latest.json)
	$(BIN)/sitrep bench --articles 1000 --json bench-results/latest.json

soak: $(STAMP) ## memory over a long run (10,000 articles)
	$(BIN)/sitrep bench --soak 10000 --every 1000 --json bench-results/soak.json

lock: ## recompile requirements.lock (exact versions and hashes) from requirements.in
	$(PYTHON) -m venv .lockenv && .lockenv/bin/pip install --quiet pip-tools
	.lockenv/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras -o requirements.lock requirements.in
	rm -rf .lockenv

clean: ## remove the venv and local state
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
