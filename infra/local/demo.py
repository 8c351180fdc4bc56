"""`make demo`: a few scripted calls through the whole pipeline on the embedded local stack.

The Genesys emulator replays the calls over its Notifications API; the listener discovers them,
subscribes to their transcripts and puts them on the FIFO events queue; AWS is the moto server
on loopback with the resources of template.yaml; the Lambdas run under the local event-source
runner; the LLM gateway is the local emulator unless LLM_GATEWAY_URL and LLM_API_KEY point at a
real one. At the end: a report, and one call side by side, as spoken and as the gateway
received it. Exit status 0 when every utterance was delivered, 1 otherwise (with the reason).

With GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET and GENESYS_QUEUE_IDS (and GENESYS_REGION,
default mypurecloud.com) the listener listens to that real Genesys Cloud org instead, for
DEMO_SECONDS (default 120), and the report covers whatever calls came in meanwhile.
"""

from __future__ import annotations

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
from transcript_pipeline.ingress.genesys_api import GenesysApi
from transcript_pipeline.ingress.listener import Listener, ListenerOptions

DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
SPEAKERS = {"INTERNAL": "agent", "EXTERNAL": "caller"}
DEMO_CALLS = 3  # from the dev corpus, after the bundled sample call
TIMEOUT = 90
PLACEHOLDER = re.compile(r"\[REDACTED_([A-Z_]+)\]")


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
        cid = received.body["metadata"]["conversation_id"]
        out.setdefault(cid, []).extend(
            m["content"] for m in received.body["messages"] if m["role"] != "system")
    return out


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
    gateway_url = os.environ.get("LLM_GATEWAY_URL")
    print(f"Starting the local stack (moto server, template.yaml resources, "
          f"{'gateway ' + gateway_url if gateway_url else 'gateway emulator'}) ...", flush=True)
    started = time.monotonic()
    settings = {"FLUSH_SIZE": "8", "MAX_BATCH_AGE_SECONDS": "2", "RETRY_BASE_SECONDS": "1",
                "RETRY_MAX_SECONDS": "2",
                "POWERTOOLS_LOG_LEVEL": os.environ.get("DEMO_LOG_LEVEL", "WARNING")}
    with EmbeddedStack(name="demo", settings=settings,
                    gateway_url=gateway_url, gateway_key=os.environ.get("LLM_API_KEY")) as stack:
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
        while time.monotonic() < deadline and not failure:
            if stack.gateway:
                done = sum(len(v) for v in delivered(stack).values())
            if stack.gateway and done != shown:
                print(f"  forwarded {done}/{total or '?'} utterances", flush=True)
                shown = done
            finished = done >= total if not real else False
            if (finished or not stack.gateway) and stack.queue_depth("FlushQueueUrl") == 0 \
                    and stack.queue_depth("EventsQueueUrl") == 0:
                break
            time.sleep(0.5)
        stop.set()
        listening.join(timeout=30)
        if genesys:
            genesys.stop()
        if failure:
            print(f"\nThe listener stopped: {failure[0]}", file=sys.stderr)
            return 1
        return report(stack, calls, total, time.monotonic() - started)


def _listen(listener: Listener, stop: threading.Event, failure: list[Exception]) -> None:
    try:
        listener.run(stop)
    except Exception as exc:  # bad credentials, a missing permission: say so and stop
        failure.append(exc)


def report(stack: EmbeddedStack, calls: list[list[dict]], total: int, elapsed: float) -> int:
    got = delivered(stack)
    entities: Counter[str] = Counter(  # counted in what the gateway received
        m.group(1) for texts in got.values() for text in texts
        for m in PLACEHOLDER.finditer(text))
    received = stack.gateway.received if stack.gateway else []
    retries = sum(1 for r in received if r.outcome.startswith("failed"))
    dlq = {name: stack.queue_depth(name) for name in ("EventsDeadLetterQueueUrl",
                                                      "FlushDeadLetterQueueUrl")}
    forwarded = sum(len(v) for v in got.values())
    print(f"\nReport ({elapsed:.0f} s)")
    print(f"  calls {len(calls)}, utterances {total}, forwarded {forwarded}")
    print("  PII replaced: " + ", ".join(f"{t} {n}" for t, n in sorted(entities.items())))
    print(f"  batches forwarded {len(stack.gateway.accepted()) if stack.gateway else '?'}, "
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
    if not stack.gateway or not calls:
        if not calls and got:  # a real org: what the gateway received, nothing else
            cid, texts = next(iter(got.items()))
            print(f"\nWhat the gateway received for {cid}:")
            for text in texts:
                print(f"  {text}")
        print("\nDone" + ("" if stack.gateway else ": check the gateway's side for what it "
                                                   "received") + ".")
        return 0 if not any(dlq.values()) else 1
    if forwarded != total or any(dlq.values()):
        print(f"\nNOT everything was delivered: {forwarded}/{total} forwarded, "
              f"dead letters {dlq}", file=sys.stderr)
        return 1
    print("\nEvery utterance was delivered once, in order, with personal data replaced.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
