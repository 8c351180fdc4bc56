"""The local stack for integration tests: moto server, gateway emulator, event-source runner,
all on loopback. One moto server serves the whole session; each test gets a fresh stack on it
(moto's state is reset first) with its own settings. The gateway is LiteLLM's proxy unless a
test asks for the emulator."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from infra.local.cloudformation import MotoServer
from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.genesys import GenesysEmulator, calls_from_rows
from infra.local.litellm_proxy import LiteLLMProxy

from .helpers import load_rows

FAST = {  # seconds stay small so that retries and age checks happen within a test
    "MAX_BATCH_AGE_SECONDS": "1",
    "RETRY_BASE_SECONDS": "1",
    "RETRY_MAX_SECONDS": "2",
    "LEASE_SECONDS": "10",
}


STACK_NUMBERS = itertools.count(1)
USER_MODEL = "contact-centre-assist"  # a model name of the user's, not the template default


@pytest.fixture(scope="session")
def litellm() -> Iterator[LiteLLMProxy]:
    """LiteLLM's proxy on loopback, the real OpenAI-compatible gateway: one per test session
    (it takes seconds to start); tests read only the requests made after they started."""
    with LiteLLMProxy(models=[USER_MODEL]) as proxy:
        yield proxy


@pytest.fixture(scope="session")
def moto_server() -> Iterator[MotoServer]:
    """One moto server process for the session: starting one and importing its backends costs
    seconds; a reset costs milliseconds."""
    server = MotoServer()
    yield server
    server.stop()


@pytest.fixture
def make_stack(moto_server: MotoServer,
               request: pytest.FixtureRequest) -> Iterator[Callable[..., EmbeddedStack]]:
    """A stack whose gateway is LiteLLM's proxy, or with `emulator=True` the gateway emulator
    (for the failures LiteLLM cannot produce on command)."""
    started: list[EmbeddedStack] = []

    def start(settings: dict[str, str] | None = None, emulator: bool = False,
              **kwargs: Any) -> EmbeddedStack:
        assert not started, "one stack per test: the next one would reset the server under it"
        if not emulator and "gateway_url" not in kwargs:
            kwargs["litellm"] = request.getfixturevalue("litellm")
        # A name of its own: anything a failed test left running writes into resources no
        # later test uses.
        stack = EmbeddedStack(name=f"test{next(STACK_NUMBERS)}",
                              settings={**FAST, **(settings or {})}, server=moto_server,
                              **kwargs).__enter__()
        started.append(stack)
        return stack

    yield start
    for stack in started:
        stack.__exit__(None, None, None)


@pytest.fixture
def genesys(dev_corpus_path: Path) -> Iterator[Callable[..., tuple[GenesysEmulator, list]]]:
    """Start a Genesys emulator playing the first `calls` calls of the dev corpus (all: None)."""
    started: list[GenesysEmulator] = []

    def start(calls: int | None = 3, **kwargs: Any) -> tuple[GenesysEmulator, list]:
        rows = load_rows(dev_corpus_path, conversations=calls)
        emulator = GenesysEmulator(calls_from_rows(rows), **kwargs)
        started.append(emulator)
        return emulator, rows

    yield start
    for emulator in started:
        emulator.stop()
