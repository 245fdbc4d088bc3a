# opl-studio — every install step lives here and in scripts/.
#   make play   set everything up and start the terminal playground on examples/drive
#   make test   set everything up and run the whole test suite
# Both work on a fresh clone (Debian 12, Python 3.11, Node 20); as root they
# also install the Debian packages the end-to-end tests need.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python

.PHONY: setup setup-e2e play test test-python test-e2e lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

# Debian packages, npm packages, code-server, the playground build: see scripts/setup.d/
setup-e2e: setup
	scripts/setup-e2e.sh

play: setup
	$(VENV)/bin/opl play examples/drive

test: setup setup-e2e
	$(PY) -m pytest

# the Python suite alone (no browsers, editors or VS Code)
test-python: setup
	$(PY) -m pytest -m "not e2e"

test-e2e: setup setup-e2e
	$(PY) -m pytest -m e2e

# benchmarks are run by hand; figures go to docs/performance.md (see bench/README.md)
bench: setup
	$(VENV)/bin/pip install --quiet -e '.[bench]'
	$(PY) bench/parse_bench.py
	$(PY) bench/engine_bench.py
	$(PY) bench/lsp_bench.py
	$(PY) bench/tui_bench.py
	$(PY) bench/playground_bench.py

clean:
	rm -rf $(VENV) .cache build dist *.egg-info .pytest_cache
