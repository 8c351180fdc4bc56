"""Load on the local stack, ramped until it saturates: concurrent calls at a real speech rate
(one final utterance every 2 s per call) from the Genesys emulator, through the listener,
the FIFO events queue and the Lambdas to the gateway emulator.

Each step doubles the concurrent calls (new calls, so every step starts cold) and prints what
was offered and what came out: utterances/s, p50/p95 spoken-to-forwarded latency, and the CPU
share of the two parts that can saturate on their own: the moto server (one process serving
one request at a time: a core at most) and this process (the event-source runner with the
Lambda handlers it calls, the listener and the emulators, under one GIL: a core at most; the
listener alone carries thousands of events/s, bench/listener.py). The
knee is the first step that falls behind: its backlog not drained within 90 s of the calls'
end, its throughput below 80% of what was offered, or its p95 latency over twice the first
step's (a pipeline that keeps up has flat latency); the part nearest its ceiling there is named as
what saturated. All of it shares one 2-core machine, so the knee says what limits the local
stack, not a deployment (bench/capacity.py models that).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import first_calls  # noqa: E402

from infra.local.embedded_stack import EmbeddedStack  # noqa: E402
from infra.local.emulators.genesys import GenesysEmulator  # noqa: E402
from transcript_pipeline.delivery.gateway_client import new_turns  # noqa: E402
from transcript_pipeline.ingress.listener import Listener, ListenerOptions  # noqa: E402

SPEECH_SECONDS = 2.0  # between one caller's final utterances
FIRST_STEP = int(os.environ.get("LOAD_FIRST_CALLS", "8"))
MAX_STEPS = int(os.environ.get("LOAD_MAX_STEPS", "5"))
DRAIN_SECONDS = 90  # after the calls end, for the backlog; a step that needs more is saturated
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(stat_path: str) -> float:
    """utime + stime of a process or thread, from /proc."""
    with open(stat_path) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


@dataclass
class Step:
    calls: int
    offered: float  # utterances/s while the calls were speaking
    delivered: float  # utterances/s from the first spoken to the last forwarded
    complete: bool
    p50: float
    p95: float
    cpu: dict[str, float]  # share of one core, per part


def run_step(stack: EmbeddedStack, calls: list[list[dict]]) -> Step:
    gateway = stack.gateway
    assert gateway is not None
    total = sum(len(c) for c in calls)
    already = len(gateway.accepted())
    genesys = GenesysEmulator(calls, per_message=1, interval=SPEECH_SECONDS)
    listener = Listener(genesys.api(), stack.event_publisher(),
                        ListenerOptions(queue_ids=[genesys.queue_id]))
    stop = threading.Event()
    thread = threading.Thread(target=listener.run, args=(stop,), daemon=True, name="listener")
    moto = f"/proc/{stack.server._process.pid}/stat"
    before = {"moto": cpu_seconds(moto), "process": time.process_time()}
    started = time.monotonic()
    thread.start()
    longest = max(len(c) for c in calls) * SPEECH_SECONDS
    deadline = started + longest + DRAIN_SECONDS

    def forwarded() -> int:
        return sum(len(new_turns(r.body["messages"])) for r in gateway.accepted()[already:])

    while forwarded() < total and time.monotonic() < deadline:
        time.sleep(0.5)
    elapsed = time.monotonic() - started
    cpu = {"moto server": cpu_seconds(moto) - before["moto"],
           "pipeline process": time.process_time() - before["process"]}
    stop.set()
    thread.join(timeout=30)
    genesys.stop()
    order = {c[0]["conversation_id"]: [r["utterance_id"] for r in c] for c in calls}
    latencies, last = [], started
    for received in gateway.accepted()[already:]:
        first_seq, last_seq = received.seq_range
        last = max(last, received.at)
        for seq in range(first_seq, last_seq + 1):
            sent = genesys.sent_at.get((received.conversation_id,
                                        order[received.conversation_id][seq - 1]))
            if sent is not None:
                latencies.append(received.at - sent)
    spoken = [t for t in genesys.sent_at.values()]
    speaking = (max(spoken) - min(spoken)) if len(spoken) > 1 else 1.0
    q = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 \
        else [float("nan")] * 99
    done = forwarded()
    return Step(calls=len(calls), offered=len(spoken) / max(speaking, 1e-9),
                delivered=done / max(last - min(spoken, default=started), 1e-9),
                complete=done >= total, p50=q[49], p95=q[94],
                cpu={k: v / elapsed for k, v in cpu.items()})


def main() -> None:
    warnings.filterwarnings("ignore")  # Powertools' "no metrics to publish", once per batch
    sizes = [FIRST_STEP * 2 ** n for n in range(MAX_STEPS)]
    pool = first_calls(sum(sizes))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}; one utterance every {SPEECH_SECONDS:.0f} s "
          "per call")
    print(f"  {'calls':>6}{'offered/s':>11}{'delivered/s':>13}{'p50 s':>8}{'p95 s':>8}"
          f"{'moto':>7}{'process':>9}")
    settings = {"FLUSH_SIZE": "6", "MAX_BATCH_AGE_SECONDS": "5", "POWERTOOLS_LOG_LEVEL": "ERROR"}
    steps: list[Step] = []
    knee: Step | None = None
    with EmbeddedStack(name="load", settings=settings) as stack:
        for size in sizes:
            calls, pool = pool[:size], pool[size:]
            if len(calls) < size:
                break
            step = run_step(stack, calls)
            steps.append(step)
            cpu = step.cpu
            print(f"  {step.calls:>6}{step.offered:>11.1f}{step.delivered:>13.1f}"
                  f"{step.p50:>8.2f}{step.p95:>8.2f}{cpu['moto server']:>7.0%}"
                  f"{cpu['pipeline process']:>9.0%}"
                  f"{'' if step.complete else '  (not drained)'}", flush=True)
            if not step.complete or step.delivered < 0.8 * step.offered \
                    or step.p95 > 2 * steps[0].p95:
                knee = step
                break
    if knee is None:
        print(f"knee: not reached up to {steps[-1].calls} calls "
              f"({steps[-1].delivered:.1f} utterances/s); raise LOAD_MAX_STEPS")
        return
    part, share = max(knee.cpu.items(), key=lambda kv: kv[1])
    below = steps[-2] if len(steps) > 1 else knee
    print(f"knee: between {below.calls} and {knee.calls} concurrent calls "
          f"({below.delivered:.1f} -> {knee.delivered:.1f} utterances/s delivered of "
          f"{knee.offered:.1f} offered; p95 {below.p95:.2f} s -> {knee.p95:.2f} s); "
          f"saturated: {part} ({share:.0%} of a core)")


if __name__ == "__main__":
    main()
