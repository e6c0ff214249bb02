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

# `make serve PORT=8000 HOME=/srv/plankg-data` (docs/deployment.md): the port, and the build folder (PLANKG_HOME=
# works too). A HOME given here names the build folder only: it is not exported, so pip, npm and plankg find the
# user's real home in the password database, as they do when HOME is unset.
PORT ?= 7860
HOST ?= 127.0.0.1
ifeq ($(origin HOME),command line)
PLANKG_HOME := $(HOME)
unexport HOME
endif

serve: install
	$(VENV)/bin/plankg serve --host $(HOST) --port $(PORT) $(if $(PLANKG_HOME),--build-dir '$(PLANKG_HOME)')

test: install
	$(PY) -m pytest -q

bench: install
	$(PY) bench/run_all.py
