# The two commands a newcomer needs: `make serve` and `make test` (see README.md).
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install serve test bench

$(VENV)/.installed: pyproject.toml
	bash scripts/install-system.sh
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# Cytoscape.js for the interactive graph, served by the app itself (no CDN).
webui/static/node_modules/.package-lock.json: webui/static/package-lock.json
	npm ci --prefix webui/static --no-audit --no-fund --silent

install: $(VENV)/.installed webui/static/node_modules/.package-lock.json

serve: install
	$(VENV)/bin/plankg serve

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/run_all.py
