# AkutDesk — `make help` lists the targets.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.DEFAULT_GOAL := help
.PHONY: help venv run test test-fast bench bench-big bench-pg bench-all i18n screenshots lint dist dist-test clean

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

bench: $(STAMP) ## Every issue-#17 figure beside its floor, 200,000 citizens (store cached); bench/results.json, README
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py

bench-big: $(STAMP) ## The same on a 700,000-citizen store (built once and cached, 15–25 min), with the window's peak RSS
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py --only-big

bench-pg: $(STAMP) ## 30 workstations for 60 s on a throwaway PostgreSQL cluster (initdb/pg_ctl), and the invoice run there
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py --only-pg

bench-all: $(STAMP) ## bench, bench-big and bench-pg in one run
	QT_QPA_PLATFORM=offscreen $(PY) bench/bench.py --big --pg-load

i18n: $(STAMP) ## Update resources/i18n/*.ts from the sources and compile the .qm files
	$(PY) scripts/i18n.py

screenshots: $(STAMP) ## Render the README screenshot offscreen
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

# The bundle is built in its own venv (.venv-dist: AkutDesk and PyInstaller, no test tools),
# so neither the test venv nor CI needs PyInstaller. docs/packaging.md has the details.
DIST_VENV ?= .venv-dist
DIST_STAMP := $(DIST_VENV)/.installed-stamp

$(DIST_STAMP): pyproject.toml scripts/system-deps.sh
	@scripts/system-deps.sh
	@test -x $(DIST_VENV)/bin/python || $(PYTHON) -m venv $(DIST_VENV)
	@$(DIST_VENV)/bin/python -m pip install -q --disable-pip-version-check --only-binary sqlcipher3 -e ".[dist]"
	@touch $(DIST_STAMP)

dist: $(DIST_STAMP) ## Build the one-folder bundle dist/AkutDesk/ (PyInstaller, installer/akutdesk.spec)
	@start=$$(date +%s); \
	$(DIST_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller installer/akutdesk.spec && \
	echo "dist/AkutDesk: $$(du -sh dist/AkutDesk | cut -f1) built in $$(( $$(date +%s) - start )) s"

dist-test: $(STAMP) ## Smoke-test the built bundle: demo store, screenshot, signed invoices
	AKUTDESK_DIST=$(CURDIR)/dist/AkutDesk/AkutDesk $(PY) -m pytest -q tests/unit/test_bundle.py

lint: $(STAMP) ## ruff
	$(VENV)/bin/ruff check app tests

clean: ## Remove the venv and caches (not your data)
	rm -rf $(VENV) $(DIST_VENV) .pytest_cache .coverage .coverage.* build dist *.egg-info
