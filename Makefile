# The README's two commands are `make demo` and `make test`; both install what they need.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP_RUN  := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
SAMPLES := $(sort $(wildcard samples/*.apk))

.PHONY: demo test lint reformat golden docs catalogs samples bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# An editable install is not byte-compiled; compileall does it once, so that a run does not
# compile every module again where bytecode is not written (PYTHONDONTWRITEBYTECODE).
$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q analyzer >/dev/null
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q analyzer >/dev/null
	touch $@ $(STAMP_RUN)

## demo: scan every bundled sample, print the table, write out/demo.json
demo: $(STAMP_RUN)
	@mkdir -p out
	$(BIN)/permaudit scan $(SAMPLES) --fail-on none
	$(BIN)/permaudit scan $(SAMPLES) --fail-on none --format json --output out/demo.json
	@echo "wrote out/demo.json"

## test: lint, type-check and run the test suite
test: $(STAMP_TEST)
	$(BIN)/ruff check analyzer tests samples/build.py scripts
	$(BIN)/ruff format --check analyzer tests samples/build.py scripts
	$(BIN)/mypy
	@$(BIN)/pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; \
	exit $$status

lint: $(STAMP_TEST)
	$(BIN)/ruff check analyzer tests samples/build.py scripts
	$(BIN)/mypy

reformat: $(STAMP_TEST)
	$(BIN)/ruff check --fix analyzer tests samples/build.py scripts
	$(BIN)/ruff format analyzer tests samples/build.py scripts

golden: $(STAMP_TEST)
	$(BIN)/pytest tests/golden --update-golden -q

## samples: rebuild samples/*.apk from samples/src (needs Debian's apktool and apksigner)
samples: $(STAMP_RUN)
	$(BIN)/python samples/build.py

## docs: regenerate docs/rules.md from the rule registry
docs: $(STAMP_RUN)
	$(BIN)/python -m analyzer.rules > docs/rules.md

## catalogs: extract messages (Babel), merge them into the .po files, compile the .mo files
catalogs: $(STAMP_TEST)
	$(BIN)/python scripts/catalogs.py

bench: $(STAMP_TEST)
	$(BIN)/python tests/benchmarks/manifest.py

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
