# make test        installs what the tests need (Debian's Dovecot, a venv) and runs them
# make test-quick  everything that needs no server and is not a reliability run (~1 min)
# make lint   ruff and mypy
# make bench  runs every benchmark and prints its JSON figures
#
# The venv may already exist from README command 1 (careerlog installed without the
# test extras): each target depends on a stamp of its own, so `make test` after
# command 1 still installs pytest and the rest.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DEV     = $(VENV)/.careerlog-dev-installed

.PHONY: test test-quick lint check bench servers

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $@

servers:
	./scripts/install-test-servers.sh

test: servers $(DEV)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

test-quick: $(DEV)
	$(BIN)/python -m pytest -m "not servers and not reliability" $(PYTEST_ARGS)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

# Each benchmark runs as a module (python -m bench.intake) so it imports the test
# servers and the daemon harness from the tests package.
BENCHES = $(patsubst bench/%.py,bench.%,$(filter-out bench/__init__.py,$(wildcard bench/*.py)))

bench: servers $(DEV)
	@for b in $(BENCHES); do echo "== $$b"; $(BIN)/python -m $$b || exit 1; done
