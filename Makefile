# The two commands a newcomer runs: `make demo` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench lint setup clean lexicon

$(STAMP): layers/common/requirements.txt requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m infra.local.demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/redaction.py
	$(BIN)/python bench/ablation.py
	$(BIN)/python bench/pipeline.py
	$(BIN)/python bench/listener.py
	$(BIN)/python bench/load.py

# Rebuilds the redactor's name lexicon from its pinned data sets (see layers/common/lexicon/).
lexicon: $(STAMP)
	test -f /usr/share/dict/american-english || apt-get install -y wamerican
	$(BIN)/python -m pip install --quiet -r layers/common/lexicon/requirements.txt
	$(BIN)/python layers/common/lexicon/build_names.py

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
