"""`make demo`: a few scripted calls through the whole pipeline on the embedded local stack.

The Genesys emulator replays the calls over its Notifications API; the listener discovers them,
subscribes to their transcripts and puts them on the FIFO events queue; AWS is the moto server
on loopback with the resources of template.yaml; the Lambdas run under the local event-source
runner; the LLM gateway is the local emulator, LiteLLM's proxy on loopback with
DEMO_GATEWAY=litellm (`make demo GATEWAY=litellm`), or the gateway LLM_GATEWAY_URL and
LLM_API_KEY name. Delivery is counted from our side (the segments the gateway confirmed, in the
session table), so the report and the exit status are true for any gateway: 0 when every
utterance was delivered, 1 otherwise, with the reason. A gateway that refuses the requests (a
wrong key, a wrong URL) ends the demo at its first dead letter, with the reason on one line.
With the emulator, one call is shown side by side, as spoken and as the gateway received it.

With GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET and GENESYS_QUEUE_IDS (and GENESYS_REGION,
default mypurecloud.com) the listener listens to that real Genesys Cloud org instead, for
DEMO_SECONDS (default 120), and the report covers whatever calls came in meanwhile.

The gateway settings a user sets in the environment (`GATEWAY_MODEL`, `GATEWAY_TEMPERATURE`,
`GATEWAY_MAX_TOKENS`, `GATEWAY_RESPONSE_FORMAT`, `GATEWAY_STORE`, `SYSTEM_PROMPT`,
`CONTEXT_TURNS`, `PLACEHOLDER`) are the ones the stack's functions use, over the template's
defaults; LiteLLM's proxy serves a `GATEWAY_MODEL` of any name.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import threading
import time
import warnings
from collections import Counter
from pathlib import Path

from pydantic import SecretStr

from infra.local.embedded_stack import EmbeddedStack
from infra.local.emulators.gateway import Failure
from infra.local.emulators.genesys import GenesysEmulator
from infra.local.litellm_proxy import MASTER_KEY, LiteLLMProxy
from transcript_pipeline.buffering.session_buffer import SessionBuffer
from transcript_pipeline.delivery.gateway_client import new_turns
from transcript_pipeline.ingress.genesys_api import GenesysApi
from transcript_pipeline.ingress.listener import Listener, ListenerOptions
from transcript_pipeline.ops.dlq import list_dead_letters

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SPEAKERS = {"INTERNAL": "agent", "EXTERNAL": "caller"}
DEMO_CALLS = 3  # from the dev corpus, after the bundled sample call
TIMEOUT = 90
USER_SETTINGS = ("GATEWAY_MODEL", "GATEWAY_TEMPERATURE", "GATEWAY_MAX_TOKENS",
                 "GATEWAY_RESPONSE_FORMAT", "GATEWAY_STORE", "SYSTEM_PROMPT", "CONTEXT_TURNS",
                 "PLACEHOLDER")
PLACEHOLDER = re.compile(r"\[(?:REDACTED_)?([A-Z][A-Z_]*?)(?:_\d+)?\]")  # either placeholder


def load_calls() -> list[list[dict]]:
    calls: dict[str, list[dict]] = {}
    for path, limit in ((DATA / "sample_call.jsonl", None), (DATA / "dev_corpus.jsonl",
                                                                DEMO_CALLS)):
        found: dict[str, list[dict]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if limit is not None and row["conversation_id"] not in found \
                    and len(found) >= limit:
                continue
            found.setdefault(row["conversation_id"], []).append(row)
        calls.update(found)
    return list(calls.values())


def delivered(stack: EmbeddedStack) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for received in stack.gateway.accepted() if stack.gateway else []:
        cid = received.conversation_id
        out.setdefault(cid, []).extend(
            new_turns(received.body["messages"]))
    return out


def confirmed(stack: EmbeddedStack, conversation_ids: list[str]) -> int:
    """Segments the gateway confirmed, read from the session table: true for any gateway."""
    buffer = SessionBuffer(stack.ddb, stack.stack.outputs["SessionTableName"])
    return sum(buffer.get_session(cid).fwd_seq for cid in conversation_ids)


def first_dead_letter(stack: EmbeddedStack) -> str | None:
    """The reason of the first message in the flush DLQ, if there is one (left in place)."""
    if stack.queue_depth("FlushDeadLetterQueueUrl") == 0:
        return None
    letters = list_dead_letters(stack.sqs, stack.stack.outputs["FlushDeadLetterQueueUrl"],
                                limit=1, visibility=0)
    return letters[0].reason if letters else "a flush request was dead-lettered"


def real_genesys() -> tuple[GenesysApi, list[str]] | None:
    """The real org named by the environment, if any: its API client and queue ids."""
    client_id, secret = os.environ.get("GENESYS_CLIENT_ID"), os.environ.get("GENESYS_CLIENT_SECRET")
    if not (client_id and secret):
        return None
    queues = [q.strip() for q in os.environ.get("GENESYS_QUEUE_IDS", "").split(",") if q.strip()]
    if not queues:
        raise SystemExit("GENESYS_QUEUE_IDS is required with a real Genesys org")
    region = os.environ.get("GENESYS_REGION", "mypurecloud.com")
    return GenesysApi(region, client_id, SecretStr(secret)), queues


def main() -> int:
    warnings.filterwarnings("ignore")
    real = real_genesys()
    calls = [] if real else load_calls()
    total = sum(len(c) for c in calls)
    timeout = float(os.environ.get("DEMO_SECONDS", 120)) if real else TIMEOUT
    with contextlib.ExitStack() as resources:
        gateway_url, gateway_key = os.environ.get("LLM_GATEWAY_URL"), os.environ.get("LLM_API_KEY")
        if os.environ.get("DEMO_GATEWAY") == "litellm":
            print("Starting LiteLLM's proxy on loopback ...", flush=True)
            model = os.environ.get("GATEWAY_MODEL")
            proxy = resources.enter_context(LiteLLMProxy(models=[model] if model else []))
            gateway_url, gateway_key = proxy.url, MASTER_KEY
        return _run(calls, total, timeout, real, gateway_url, gateway_key)
    return 1  # not reached: the block returns


def _run(calls: list[list[dict]], total: int, timeout: float,
         real: tuple[GenesysApi, list[str]] | None, gateway_url: str | None,
         gateway_key: str | None) -> int:
    print(f"Starting the local stack (moto server, template.yaml resources, "
          f"{'gateway ' + gateway_url if gateway_url else 'gateway emulator'}) ...", flush=True)
    started = time.monotonic()
    settings = {"FLUSH_SIZE": "8", "MAX_BATCH_AGE_SECONDS": "2", "RETRY_BASE_SECONDS": "1",
                "RETRY_MAX_SECONDS": "2",
                "POWERTOOLS_LOG_LEVEL": os.environ.get("DEMO_LOG_LEVEL", "WARNING"),
                **{name: os.environ[name] for name in USER_SETTINGS if name in os.environ}}
    conversation_ids = [c[0]["conversation_id"] for c in calls]
    with EmbeddedStack(name="demo", settings=settings,
                       gateway_url=gateway_url, gateway_key=gateway_key) as stack:
        if stack.gateway:  # show a retry: the gateway says "too many requests" once
            stack.gateway.fail_next(Failure(status=429, retry_after="1"))
        genesys = None if real else GenesysEmulator(calls)
        if real:
            api, queues = real
            print(f"Listening to Genesys Cloud ({api.api_url}) for {timeout:.0f} s ...")
        else:
            assert genesys is not None
            api = genesys.api()
            queues = [genesys.queue_id]
            print(f"Genesys emulator playing {len(calls)} calls ({total} utterances); "
                  "the listener is subscribing.", flush=True)
        listener = Listener(api, stack.event_publisher(), ListenerOptions(queue_ids=queues))
        stop, failure = threading.Event(), []
        listening = threading.Thread(target=_listen, args=(listener, stop, failure),
                                     daemon=True)
        listening.start()
        deadline = time.monotonic() + timeout
        done = shown = -1
        refused = None
        while time.monotonic() < deadline and not failure:
            done = confirmed(stack, conversation_ids)
            if done != shown:
                print(f"  forwarded {done}/{total or '?'} utterances", flush=True)
                shown = done
            refused = first_dead_letter(stack)
            if refused is not None or (not real and done >= total):
                break
            time.sleep(0.5)
        stop.set()
        listening.join(timeout=30)
        if genesys:
            genesys.stop()
        if failure:
            print(f"\nThe listener stopped: {failure[0]}", file=sys.stderr)
            return 1
        if refused is not None:
            print(f"\nThe gateway refused the batches: {refused}", file=sys.stderr)
            return 1
        return report(stack, calls, total, done, time.monotonic() - started)


def _listen(listener: Listener, stop: threading.Event, failure: list[Exception]) -> None:
    try:
        listener.run(stop)
    except Exception as exc:  # bad credentials, a missing permission: say so and stop
        failure.append(exc)


def report(stack: EmbeddedStack, calls: list[list[dict]], total: int, forwarded: int,
           elapsed: float) -> int:
    got = delivered(stack)
    entities: Counter[str] = Counter(  # counted in what the gateway received
        m.group(1) for texts in got.values() for text in texts
        for m in PLACEHOLDER.finditer(text))
    received = stack.gateway.received if stack.gateway else []
    retries = sum(1 for r in received if r.outcome.startswith("failed"))
    dlq = {name: stack.queue_depth(name) for name in ("EventsDeadLetterQueueUrl",
                                                      "FlushDeadLetterQueueUrl")}
    print(f"\nReport ({elapsed:.0f} s)")
    print(f"  calls {len(calls)}, utterances {total}, forwarded and confirmed {forwarded}")
    if entities:
        print("  PII replaced: " + ", ".join(f"{t} {n}" for t, n in sorted(entities.items())))
    if stack.gateway:  # what only our own emulator can tell
        print(f"  batches forwarded {len(stack.gateway.accepted())}, "
              f"gateway failures retried {retries}")
    print(f"  dead letters: events {dlq['EventsDeadLetterQueueUrl']}, "
          f"flush {dlq['FlushDeadLetterQueueUrl']}")
    if stack.gateway and got and calls:
        call = calls[0]
        sent = got.get(call[0]["conversation_id"], [])
        print(f"\nOne call side by side ({call[0]['conversation_id']}):")
        for row, text in zip(call, sent, strict=False):
            speaker = SPEAKERS.get(row["channel"], "?")
            print(f"  {speaker:>6} said   : {row['text']}")
            print(f"  {'':>6} gateway: {text}")
    if not calls:  # a real org: whatever came in meanwhile
        print("\nDone.")
        return 0 if not any(dlq.values()) else 1
    if forwarded != total or any(dlq.values()):
        print(f"\nNOT everything was delivered: {forwarded}/{total} forwarded, "
              f"dead letters {dlq}", file=sys.stderr)
        return 1
    print("\nEvery utterance was delivered once, in order, with personal data replaced.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
