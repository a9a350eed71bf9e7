# multivector — the two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: setup setup-test demo test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The demo shows the store, the report and the web application: install their extras too.
$(STAMP): $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e ".[report,web]"
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PIP) install --quiet -e ".[test]"
	touch $@

setup: $(STAMP)

setup-test: $(TEST_STAMP)

demo: setup
	$(BIN)/multivector demo

test: setup-test
	$(BIN)/python -m pytest -q

lint: setup-test
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
