# multivector — the two commands are `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: setup setup-test model demo test lint clean

# The event classifier (the coder's second opinion), trained from training/ with fixed seeds.
MODEL := src/multivector/coding/classifier/data/event_classifier.npz
TRAINING := training/config.yaml $(wildcard training/events/*.jsonl) \
	$(wildcard benchmarks/news_gold/*/*.gold.jsonl) $(wildcard src/multivector/coding/classifier/*.py)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The demo shows the store, the report and the web application: install their extras too.
$(STAMP): $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e ".[report,web,train,fetch]"
	touch $@

$(MODEL): $(STAMP) $(TRAINING)
	$(BIN)/python -m multivector.coding.classifier.train --data training --out $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PIP) install --quiet -e ".[test]"
	touch $@

setup: $(STAMP) $(MODEL)

model: $(MODEL)

setup-test: $(TEST_STAMP) $(MODEL)

demo: setup
	$(BIN)/multivector demo

test: setup-test
	$(BIN)/python -m pytest -q

lint: setup-test
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
