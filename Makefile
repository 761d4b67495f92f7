# Two commands on a fresh machine:
#   make run   - create .venv, install Sentinelle, extract the events of the sample articles in examples/
#                (table), store them in sentinelle.db, list the incidents, then serve the analyst page
#                on http://127.0.0.1:8000 (Ctrl-C to stop; `make run SERVE=0` skips the server)
#   make test  - create .venv, install Sentinelle with its test dependencies (and Debian's chromium for
#                the browser tests, Debian's postgresql for the store tests), run ruff and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
RUN_STAMP  := $(VENV)/.run-installed
TEST_STAMP := $(VENV)/.test-installed

.PHONY: run test install install-test lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(RUN_STAMP)

install: $(RUN_STAMP)
install-test: $(TEST_STAMP)

SERVE ?= 1
DB    ?= sentinelle.db

run: $(RUN_STAMP)
	$(BIN)/sentinelle extract examples/*.txt --manifest examples/published.tsv
	$(BIN)/sentinelle ingest examples/ --db $(DB)
	$(BIN)/sentinelle events --db $(DB)
ifeq ($(SERVE),1)
	$(BIN)/sentinelle serve --db $(DB)
endif

test: $(TEST_STAMP)
	bash web/install-browser.sh
	bash tests/install-postgresql.sh
	$(BIN)/ruff check sentinelle tests benchmarks
	$(BIN)/python -m pytest -q

lint: $(TEST_STAMP)
	$(BIN)/ruff check sentinelle tests benchmarks

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
