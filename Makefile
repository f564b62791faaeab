# Two commands for a fresh Linux machine with Python 3.11+: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format forms translations screenshots dist icons bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	@touch $(STAMP)

run: $(STAMP)
	@$(BIN)/python packaging/check_system.py
	$(BIN)/nfg-desktop

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest: keine Tests gefunden"; exit 0; fi; exit $$rc

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf build dist .pytest_cache .ruff_cache .mypy_cache

# The one-folder program in dist/nfg-desktop/ (PyInstaller; on Windows also see packaging/build.py).
dist: $(STAMP)
	$(BIN)/python packaging/build.py

# Redraw the PNG sizes and the .ico after changing resources/icons/nfg-desktop.svg.
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/icons.py

translations: $(STAMP)
	$(BIN)/python packaging/translations.py all

forms: $(STAMP)
	$(BIN)/python packaging/forms.py

# The README's pictures: every view and dialog at three sizes, and page 1 of two printouts
# (the printouts need pdftoppm from poppler-utils).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/make_screenshots.py
	$(BIN)/python docs/screenshots/make_report_screenshots.py

# The speed targets on the large demo network (minutes; run on a quiet machine).
# benchmarks/report_speed.py compares with LibreOffice and needs soffice: run it by hand.
bench: $(STAMP)
	$(BIN)/python benchmarks/demo_speed.py
	$(BIN)/python benchmarks/transfer_speed.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/gui_speed.py
