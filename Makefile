# The two commands: `make run` (set up and serve) and `make test` (lint and the whole suite).
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
# Django 6 needs Python >= 3.12; .python-version asks pyenv for 3.13, and any 3.12+ on PATH will do.
PYTHON ?= $(shell for p in python3.13 python3.12 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	&& echo $$p && break; done)
LANGS := -l kk -l ru -l en
# Catalogue tools need settings but no secret or database: they run with the test settings.
I18N := DJANGO_SETTINGS_MODULE=tests.settings $(MANAGE)

.PHONY: run serve superuser test lint format messages compile seed migrate bench loadcheck scaleout edge edge-check clean

$(PY):
	@test -n "$(PYTHON)" || { echo "No Python >= 3.12 found (try: pyenv install 3.13)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.runtime: requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: requirements-dev.txt requirements.txt | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.runtime

compile: $(VENV)/.runtime
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install gettext (apt-get install gettext)"; exit 1; }
	$(I18N) check_catalogues
	$(I18N) compilemessages --ignore=.venv --verbosity 0

migrate: $(VENV)/.runtime
	$(MANAGE) migrate --no-input --verbosity 0

seed: migrate
	$(MANAGE) load_seed_content
	$(MANAGE) rebuild_search_index

# The first staff account, on the database `make run` uses (DEBUG as `make run` has it, so no SECRET_KEY is
# needed locally); `make superuser ARGS="--noinput --username chief --email chief@example.org"` with
# DJANGO_SUPERUSER_PASSWORD set asks nothing.
superuser: export DEBUG ?= true
superuser: migrate
	$(MANAGE) createsuperuser $(ARGS)

# Links the portal builds ("View on site", previews, feeds, sitemap) name SITE_DOMAIN: the port served, unless given.
run: export DEBUG ?= true
run: export SITE_DOMAIN ?= 127.0.0.1:$(PORT)
run: compile seed
	@echo "SITE_DOMAIN=$(SITE_DOMAIN)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Production-like: DEBUG off, hashed and compressed static files, gunicorn. A throwaway SECRET_KEY is made
# for the session when none is set; production sets its own.
serve: export DEBUG = false
serve: export ALLOWED_HOSTS ?= 127.0.0.1,localhost
serve: export SECURE_SSL_REDIRECT ?= false
serve: export SESSION_COOKIE_SECURE ?= false
serve: export CSRF_COOKIE_SECURE ?= false
serve: export LANGUAGE_COOKIE_SECURE ?= false
serve: export SITE_DOMAIN ?= 127.0.0.1:$(PORT)
# The workers share one page cache (and its invalidation) through Redis when a local one answers.
serve: export REDIS_URL ?= $(shell redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 && echo redis://127.0.0.1:6379/1)
serve: $(VENV)/.runtime
	@export SECRET_KEY="$${SECRET_KEY:-$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(50))')}"; \
	$(MAKE) --no-print-directory compile seed && \
	$(MANAGE) collectstatic --no-input --verbosity 0 && \
	$(VENV)/bin/gunicorn portal.wsgi --config python:portal.gunicorn --bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-3} \
		--access-logfile - --forwarded-allow-ips "$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

lint: $(VENV)/.dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The Nu Html Checker for tests/test_html_validity.py, from the npm registry (it runs with Java). Without npm
# the test skips and says why; CI (REQUIRE_HTML_CHECKER=1) fails instead.
VNU := node_modules/vnu-jar/build/dist/vnu.jar
$(VNU): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --ignore-scripts --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the HTML check will be skipped (apt-get install npm default-jre-headless)"; fi

# Python may keep compiled modules (and pytest its rewritten tests) between runs, even where the environment
# says otherwise: each of the suite's processes would compile everything again.
test: export PYTHONDONTWRITEBYTECODE =
test: lint compile $(VNU)
	$(VENV)/bin/pytest

# Extract every translatable string into locale/ (kk, ru, en), each with the files it appears in and the
# translators' notes (Rosetta shows both), and compile the catalogues.
messages: $(VENV)/.dev
	$(I18N) makemessages $(LANGS) --ignore=.venv --ignore=staticfiles --ignore=node_modules --add-location=file --no-obsolete
	$(I18N) makemessages -d djangojs $(LANGS) --ignore=.venv --ignore=staticfiles --ignore=node_modules --add-location=file --no-obsolete
	$(MAKE) --no-print-directory compile

# Benchmarks, not tests: pages against a bare Django view (wrk, gunicorn), then search latency on PostgreSQL
# with 10,000 generated articles. `make loadcheck`: 60 s at 64 connections, failing on any error.
bench: $(VENV)/.dev compile
	$(PY) -m bench.pages
	$(PY) -m bench.search
	$(PY) -m bench.scale
	$(PY) -m bench.admin_entry

loadcheck: $(VENV)/.dev compile
	$(PY) -m bench.pages --load-check

# Two app servers sharing PostgreSQL and Redis: an admin edit through one is seen through the other.
scaleout: $(VENV)/.dev compile
	$(PY) -m bench.scaleout

# An HTTP cache in front: `make serve` on APP_PORT behind Varnish (deploy/varnish/portal.vcl) on EDGE_PORT,
# which the app tells to drop every page when content changes. Ctrl-C stops both.
EDGE_PORT ?= 8080
APP_PORT ?= 8001
VARNISHD := $(or $(shell command -v varnishd 2>/dev/null),/usr/sbin/varnishd)
edge: SHELL := /bin/bash
edge: export SITE_DOMAIN ?= 127.0.0.1:$(EDGE_PORT)
edge: $(VENV)/.runtime
	@[ -x "$(VARNISHD)" ] || { echo "installing: varnish"; apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends varnish >/dev/null; }
	@set -m; work=$$(mktemp -d); chmod 755 $$work; \
	sed 's/"8001"/"$(APP_PORT)"/' deploy/varnish/backend.vcl > $$work/backend.vcl; \
	HTTP_CACHE_PURGE_URLS=http://127.0.0.1:$(EDGE_PORT)/ $(MAKE) --no-print-directory serve PORT=$(APP_PORT) & app=$$!; \
	$(VARNISHD) -F -j none -n $$work/varnish -a 127.0.0.1:$(EDGE_PORT) -s malloc,256m -p vcl_path=$$work:$(CURDIR)/deploy/varnish \
		-f $(CURDIR)/deploy/varnish/portal.vcl & edge=$$!; \
	trap 'kill -- -$$app -$$edge 2>/dev/null; wait; rm -rf $$work' EXIT; trap 'exit 130' INT TERM; \
	echo "Varnish on http://127.0.0.1:$(EDGE_PORT)/ in front of the app on $(APP_PORT); Ctrl-C stops both"; \
	wait -n

# Varnish in front of gunicorn, each on a port of its own with a throwaway SQLite database: a page is served
# from Varnish, an edit shows through it at once, it answers while gunicorn is down, signed-in staff pass.
edge-check: $(VENV)/.dev compile
	@[ -x "$(VARNISHD)" ] || { echo "installing: varnish"; apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends varnish >/dev/null; }
	$(PY) -m bench.edge_check

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache .ruff_cache node_modules
	find locale -name '*.mo' -delete
