# AkutDesk — `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help venv run test test-fast bench i18n screenshots lint clean

help: ## List the targets
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml scripts/system-deps.sh
	@scripts/system-deps.sh
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install -q --disable-pip-version-check --only-binary sqlcipher3 -e ".[test]"
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv and install AkutDesk with its test tools

run: $(STAMP) ## Start AkutDesk on the SQLite store in your user data folder
	$(VENV)/bin/akutdesk

test: $(STAMP) ## The whole suite (PostgreSQL too with AKUTDESK_TEST_PG_URL), coverage; rule modules 100 %
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q --cov --cov-report=term-missing:skip-covered --rule-coverage

test-fast: $(STAMP) ## Unit tests on SQLite only: no GUI, fuzz, slow tests or coverage
	$(PY) -m pytest -q tests/unit -m "not slow and not postgres"

bench: $(STAMP) ## Benchmarks on the synthetic store (200,000 citizens; built once, cached)
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py

i18n: $(STAMP) ## Update resources/i18n/*.ts from the sources and compile the .qm files
	$(PY) scripts/i18n.py

screenshots: $(STAMP) ## Render the README screenshot offscreen
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

lint: $(STAMP) ## ruff
	$(VENV)/bin/ruff check app tests

clean: ## Remove the venv and caches (not your data)
	rm -rf $(VENV) .pytest_cache .coverage .coverage.* build *.egg-info
