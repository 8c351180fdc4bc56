# The two commands a newcomer runs: `make demo` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
LITELLM_VENV := .venv-litellm
LITELLM := $(LITELLM_VENV)/.installed

.PHONY: demo test test-unit bench lint setup clean lexicon litellm

$(STAMP): layers/common/requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

# LiteLLM's proxy, the real OpenAI-compatible gateway of the integration tests, in a venv of its own.
$(LITELLM): infra/local/litellm/requirements.txt
	test -x $(LITELLM_VENV)/bin/python || $(PYTHON) -m venv $(LITELLM_VENV)
	$(LITELLM_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(LITELLM_VENV)/bin/python -m pip install --quiet -r infra/local/litellm/requirements.txt
	touch $(LITELLM)

litellm: $(LITELLM)

# make demo GATEWAY=litellm runs the same calls against LiteLLM's proxy instead of the emulator.
demo: $(STAMP) $(if $(filter litellm,$(GATEWAY)),$(LITELLM))
	DEMO_GATEWAY=$(GATEWAY) $(BIN)/python -m infra.local.demo

test: $(STAMP) $(LITELLM)
	$(BIN)/python -m pytest --durations=10

# The fast tier: the engine, the CLI and the delivery core with in-process fakes (seconds).
test-unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit --durations=5

bench: $(STAMP)
	$(BIN)/python bench/redaction.py
	$(BIN)/python bench/ablation.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/listener.py
	$(BIN)/python bench/load.py
	$(BIN)/python bench/capacity.py
	$(BIN)/python bench/context_cost.py

# Rebuilds the redactor's name lexicon from its pinned data sets (see layers/common/lexicon/).
lexicon: $(STAMP)
	test -f /usr/share/dict/american-english || apt-get install -y wamerican
	$(BIN)/python -m pip install --quiet -r layers/common/lexicon/requirements.txt
	$(BIN)/python layers/common/lexicon/build_names.py

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy layers/common/python/transcript_pipeline
	$(BIN)/cfn-lint template.yaml

clean:
	rm -rf $(VENV) $(LITELLM_VENV) .pytest_cache .ruff_cache
