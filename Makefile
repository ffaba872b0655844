# Every target creates .venv itself on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The main job, offline, on the bundled defaults: leaves ./vnpolicy-demo.db
demo: $(STAMP)
	$(BIN)/vnpolicy demo --db vnpolicy-demo.db

# Unit, integration and end-to-end tests, then the extraction quality gate.
test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/vnpolicy eval --gate

# Precision and recall per language and fact type on the gold files.
eval: $(STAMP)
	$(BIN)/vnpolicy eval

# Slow, large-scale measurements; results go to bench/results/.
bench: $(STAMP)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) *.egg-info vnpolicy-demo.db
