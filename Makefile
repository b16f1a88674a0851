# cudo-async: every task a developer or CI runs. `make test` and `make demo` are all a fresh machine with the
# README's prerequisites needs (Python 3.11+, Node.js/npm, make, git, CUDO's published specs beside the
# clone); .ci/run adds the wheel on other Pythons.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SRC    ?= ../shared/upstream/cudo-openapi.json
LINT_DIRS := $(wildcard src tests tools examples bench)
# The generator lives in its own venv: it needs httpx, and the SDK's venv holds httpx2 only.
GEN_VENV := .venv-gen
GEN_BIN  := $(GEN_VENV)/bin
# Builds the package from openapi.yaml into the directory given after it (generator/generate.py build).
GEN_CMD = $(GEN_BIN)/python generator/generate.py build

PRISM_VERSION := 5.16.0
PRISM := .prism/node_modules/.bin/prism

.PHONY: venv gen-venv versions preflight test lint typecheck pytest pytest-aiohttp pytest-aip193 spec generate check-generated demo bench soak clean

# Created, or refreshed whenever pyproject.toml changes.
# Development needs Python 3.11+ (the Redis server of the limiter tests comes from a package that
# does); the SDK itself supports 3.10, which `make versions` checks.
$(BIN)/.installed: pyproject.toml requirements-dev.txt
	@test -x $(BIN)/python || $(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "make: development needs Python 3.11+ ($(PYTHON) is $$($(PYTHON) -V 2>&1)); run: make PYTHON=python3.11 ..." >&2; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements-dev.txt
	touch $@

venv: $(BIN)/.installed

$(GEN_BIN)/.installed: generator/requirements.txt
	test -x $(GEN_BIN)/python || $(PYTHON) -m venv $(GEN_VENV)
	$(GEN_BIN)/python -m pip install -q -r generator/requirements.txt
	touch $@

gen-venv: $(GEN_BIN)/.installed

# What make test needs beside the repository, said in one line when missing (the phases would
# only fail for it): CUDO's published spec at the path openapi.source.yaml records, January's
# beside it (the regeneration test imports it), and git (the regeneration tests commit scratch copies).
JANUARY_SPEC := cudo-openapi-2026-01.json
preflight:
	@src=$$(sed -n 's/^source: *//p' openapi.source.yaml); missing=""; why=""; \
	for f in "$$src" "$$(dirname "$$src")/$(JANUARY_SPEC)"; do [ -f "$$f" ] || missing="$$missing $$f"; done; \
	[ -z "$$missing" ] || why="CUDO's published specs, at the path openapi.source.yaml records: put them, or link ../shared, there"; \
	command -v git >/dev/null 2>&1 || { missing="$$missing git"; why="$${why:+$$why; }install git"; }; \
	if [ -n "$$missing" ]; then echo "make test: missing$$missing ($$why; see the README's Set up)" >&2; exit 1; fi

# Every phase runs, whichever failed before it; a summary line per phase ends the run, and it
# fails when any phase did.
TEST_PHASES := lint typecheck check-generated pytest pytest-aiohttp pytest-aip193
test: preflight venv gen-venv $(PRISM)
	@failed=0; summary=""; \
	for phase in $(TEST_PHASES); do \
	  start=$$(date +%s); \
	  if $(MAKE) --no-print-directory $$phase; then result=ok; else result=FAILED; failed=1; fi; \
	  summary="$$summary$$(printf '  %-16s %-7s %5ss' $$phase $$result $$(( $$(date +%s) - start )))\n"; \
	done; \
	printf '\nmake test, phase by phase:\n%b' "$$summary"; \
	if [ $$failed -ne 0 ]; then echo "make test: FAILED" >&2; exit 1; fi; echo "make test: all phases ok"

lint: venv
	$(BIN)/ruff check $(LINT_DIRS)
	$(BIN)/ruff format --check $(LINT_DIRS)

typecheck: venv
	$(BIN)/mypy --strict
	$(BIN)/mypy --strict tests/typing/surface.py examples

# Prism (npm) mocks openapi.yaml for the contract tests.
$(PRISM):
	npm install --prefix .prism --no-audit --no-fund --loglevel=error @stoplight/prism-cli@$(PRISM_VERSION)

# The whole suite (the emulator speaking as CUDO's gateway does), the suites that exercise the
# wire again on the aiohttp transport, and the emulator-backed ones again on the AIP-193 form.
pytest: venv $(PRISM)
	PRISM_BIN="$(CURDIR)/$(PRISM)" $(BIN)/python -m pytest -q

pytest-aiohttp: venv $(PRISM)
	CUDO_TEST_TRANSPORT=aiohttp PRISM_BIN="$(CURDIR)/$(PRISM)" $(BIN)/python -m pytest -q \
	  tests/test_contract_prism.py tests/reliability tests/test_hostile.py tests/test_emulator.py tests/test_client.py \
	  tests/test_sync.py tests/test_sync_hostile.py tests/test_call_options.py tests/test_tracing.py tests/test_rotation.py \
	  -k "not fleet_of_100"  # (it never uses the transport under test)

pytest-aip193: venv
	CUDO_EMULATOR_WIRE=aip193 $(BIN)/python -m pytest -q tests/test_emulator.py tests/test_pagination.py \
	  tests/test_fastapi.py tests/test_fleet.py tests/plugin tests/reliability/test_soak.py \
	  tests/reliability/test_secrets_and_cancellation.py tests/test_fastapi_handlers.py tests/test_rotation.py \
	  tests/test_rotation_reports.py tests/test_emulator_robust.py

# The built wheel on every other supported Python (pyenv's interpreters): the emulator flow of
# make demo and a decode check, each in a fresh venv with only what a user installs. Not part of
# `make test` (it needs those interpreters); .ci/run runs it after `make test`.
OTHER_PYTHONS ?= 3.10 3.12 3.13
versions: venv
	@rm -rf build/wheels build/pyvenvs && mkdir -p build/wheels build/pyvenvs
	@# The sdist and the wheel, as a release builds them: any warning fails the build.
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m build -o build/wheels . > build/wheels/build.log 2>&1 \
	  || { cat build/wheels/build.log; exit 1; }
	@if grep -i "warning" build/wheels/build.log; then echo "python -m build printed warnings" >&2; exit 1; fi
	@set -e; root=$$(pyenv root 2>/dev/null || echo "$$HOME/.pyenv"); \
	for v in $(OTHER_PYTHONS); do \
	  py=$$(ls -d "$$root"/versions/$$v.*/bin/python3 2>/dev/null | sort -V | tail -n 1); \
	  if [ -z "$$py" ]; then echo "Python $$v not found under $$root/versions (pyenv install $$v)" >&2; exit 1; fi; \
	  "$$py" -m venv build/pyvenvs/$$v; \
	  build/pyvenvs/$$v/bin/python -m pip install -q --disable-pip-version-check "$$(ls build/wheels/cudo_async-*.whl)[testing]" trio; \
	  build/pyvenvs/$$v/bin/python examples/quickstart.py --emulator > build/pyvenvs/$$v/demo.log 2>&1 \
	    || { cat build/pyvenvs/$$v/demo.log; exit 1; }; \
	  build/pyvenvs/$$v/bin/python tools/wheel_smoke.py; \
	done

# Refused (one line each: what and why, no file changed) when the new spec cannot be generated.
spec: venv gen-venv
	$(BIN)/python tools/import_spec.py "$(SRC)" --out openapi.yaml

# Built beside generated/, checked (every module compiles and imports; mypy --strict on it and on
# src/, which uses it), and swapped in only when all of that held: a failed run changes no file and
# says in one line what failed (the full output stays in build/generate.log). The same run writes
# api.md, the reference, which is swapped in with the package.
generate: venv gen-venv
	@mkdir -p build && tmp=$$(mktemp -d "$(CURDIR)/generated/.new-XXXXXX") && trap 'rm -rf "$$tmp"' EXIT && \
	if { $(GEN_CMD) "$$tmp/cudo_async_api" && $(BIN)/python generator/verify.py "$$tmp/cudo_async_api"; } > build/generate.log 2>&1; \
	then grep -h "^make generate: warning" build/generate.log >&2 || true; \
	else why=$$(grep -h "^FAILED: " build/generate.log | tail -n 1 | cut -c 9-); \
	  echo "make generate: failed ($${why:-see build/generate.log}); generated/ is unchanged (full output: build/generate.log)" >&2; exit 1; fi && \
	rm -rf generated/.old && { [ ! -d generated/cudo_async_api ] || mv generated/cudo_async_api generated/.old; } && \
	mv "$$tmp/cudo_async_api" generated/cudo_async_api && mv "$$tmp/api.md" api.md && \
	rm -rf generated/.old && echo "generated/cudo_async_api and api.md: regenerated from openapi.yaml"

check-generated: gen-venv
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GEN_CMD) "$$tmp/cudo_async_api" >/dev/null 2>"$$tmp/log" || { tail -n 1 "$$tmp/log" >&2; exit 1; } && \
	if diff -r -x __pycache__ "$$tmp/cudo_async_api" generated/cudo_async_api && diff "$$tmp/api.md" api.md; \
	then echo "generated/ and api.md are up to date"; \
	else echo "generated/ or api.md differs from 'make generate' output: run make generate" >&2; exit 1; fi

demo: venv
	$(BIN)/python examples/quickstart.py --emulator

# The long reliability run: 10,000-call fault soak, 10,000 examples per fuzz target; writes tests/reliability/RESULTS.md.
# Then Schemathesis over openapi.yaml against the emulator for 15 minutes instead of one.
soak: venv
	CUDO_RELIABILITY=long $(BIN)/python -m pytest -q tests/reliability
	CUDO_RELIABILITY=long $(BIN)/python -m pytest -q -s tests/test_emulator_fuzz.py

bench: venv
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(GEN_VENV) .prism build *.egg-info src/*.egg-info
