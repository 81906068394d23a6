# make test   installs what the tests need (Debian's Dovecot, a venv) and runs them
# make lint   ruff and mypy
# make bench  runs every benchmark and prints its JSON figures

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: test lint check bench servers

$(BIN)/careerlog: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $@

servers:
	./scripts/install-test-servers.sh

test: servers $(BIN)/careerlog
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(BIN)/careerlog
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

bench: servers $(BIN)/careerlog
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python -P $$b || exit 1; done
