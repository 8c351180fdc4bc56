# The two commands a newcomer runs: `make demo` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LITELLM_VENV := .venv-litellm
LITELLM := $(LITELLM_VENV)/.installed
LINT_VENV := .venv-lint
LINTERS := $(LINT_VENV)/.installed

.PHONY: demo test test-unit bench lint setup clean lexicon patterns litellm listener-image layer

$(STAMP): layers/common/requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# The redactor's patterns compiled for this Python, as the layer build compiles them for the
# runtime's (layers/common/python/transcript_pipeline/redaction/patterns.py says why).
COMPILED_PATTERNS := $(VENV)/.patterns
$(COMPILED_PATTERNS): $(STAMP) layers/common/patterns/patterns.json layers/common/patterns/compile.py
	$(BIN)/python layers/common/patterns/compile.py layers/common/patterns/patterns.json layers/common/python
	touch $(COMPILED_PATTERNS)

setup: $(STAMP) $(COMPILED_PATTERNS)

# LiteLLM's proxy, the real OpenAI-compatible gateway of the integration tests, in a venv of its own.
$(LITELLM): infra/local/litellm/requirements.txt
	test -x $(LITELLM_VENV)/bin/python || $(PYTHON) -m venv $(LITELLM_VENV)
	$(LITELLM_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LITELLM_VENV)/bin/python -m pip install --quiet -r infra/local/litellm/requirements.txt
	touch $(LITELLM)

litellm: $(LITELLM)

$(LINTERS): infra/lint/requirements.txt
	test -x $(LINT_VENV)/bin/python || $(PYTHON) -m venv $(LINT_VENV)
	$(LINT_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LINT_VENV)/bin/python -m pip install --quiet -r infra/lint/requirements.txt
	touch $(LINTERS)

# make demo GATEWAY=litellm runs the same calls against LiteLLM's proxy instead of the emulator.
demo: $(STAMP) $(COMPILED_PATTERNS) $(if $(filter litellm,$(GATEWAY)),$(LITELLM))
	DEMO_GATEWAY=$(GATEWAY) $(BIN)/python -m infra.local.demo

# Two workers: most integration tests wait on queues and clocks rather than on the CPU.
test: $(STAMP) $(COMPILED_PATTERNS) $(LITELLM)
	$(BIN)/python -m pytest -n 2 --dist worksteal --durations=10

# The fast tier: the engine, the CLI and the delivery core with in-process fakes (seconds).
test-unit: $(STAMP) $(COMPILED_PATTERNS)
	$(BIN)/python -m pytest tests/unit --durations=5

bench: $(STAMP) $(COMPILED_PATTERNS)
	$(BIN)/python bench/redaction.py
	$(BIN)/python bench/ablation.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/listener.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/capacity.py
	$(BIN)/python bench/context_cost.py
	$(BIN)/python bench/layer.py

# Rebuilds the redactor's name lexicon from its pinned data sets (see layers/common/lexicon/).
lexicon: $(STAMP)
	test -f /usr/share/dict/american-english || apt-get install -y wamerican
	$(BIN)/python -m pip install --quiet -r layers/common/lexicon/requirements.txt
	$(BIN)/python layers/common/lexicon/build_names.py

# Lists the patterns the redactor compiles at import, after a change to one of them (the unit
# tests say when the list is out of date): the layer build compiles what it lists.
patterns: $(STAMP)
	$(BIN)/python layers/common/patterns/record.py

# ruff, mypy, cfn-lint with its informational checks, checkov on the template and on the
# listener's Dockerfile, hadolint on the Dockerfile (no Docker engine needed for any of them).
lint: $(STAMP) $(LINTERS)
	$(BIN)/ruff check .
	$(BIN)/mypy layers/common/python/transcript_pipeline
	$(BIN)/cfn-lint --include-checks I -- template.yaml
	$(LINT_VENV)/bin/checkov --quiet --compact --skip-download --framework cloudformation -f template.yaml
	$(LINT_VENV)/bin/checkov --quiet --compact --skip-download --framework dockerfile -f functions/listener/Dockerfile
	$(LINT_VENV)/bin/hadolint functions/listener/Dockerfile

# The Lambda layer as `sam build` makes it (arm64, Python 3.12, with 3.12's bytecode), in
# build/layer; needs a Python 3.12 (PYTHON312=/path/to/python3.12 when it is not on PATH).
layer:
	rm -rf build/layer
	$(MAKE) -C layers/common build-CommonLayer ARTIFACTS_DIR=$(CURDIR)/build/layer \
		$(if $(PYTHON312),PYTHON312=$(PYTHON312))

# The listener's image for Fargate (linux/arm64), pushed to the stack's ECR repository (the
# ListenerRepositoryUri output) or any REPOSITORY given; then deploy with
# ListenerImageUri=$(REPOSITORY):$(TAG). Needs Docker with buildx and the AWS CLI.
REPOSITORY ?=
TAG ?= $(shell git rev-parse --short HEAD)
listener-image:
	test -n "$(REPOSITORY)" || { echo "REPOSITORY=<account>.dkr.ecr.<region>.amazonaws.com/<name> is required"; exit 2; }
	aws ecr get-login-password | docker login --username AWS --password-stdin $(firstword $(subst /, ,$(REPOSITORY)))
	docker buildx build --platform linux/arm64 -f functions/listener/Dockerfile -t $(REPOSITORY):$(TAG) --push .
	@echo "pushed $(REPOSITORY):$(TAG): deploy with ListenerImageUri=$(REPOSITORY):$(TAG)"

clean:
	rm -rf $(VENV) $(LITELLM_VENV) $(LINT_VENV) build .pytest_cache .ruff_cache
	rm -f layers/common/python/transcript_pipeline/redaction/data/patterns-*.marshal
