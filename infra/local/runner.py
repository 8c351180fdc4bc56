"""A local stand-in for Lambda's SQS event source mappings and the EventBridge schedule.

It reads each mapping as the stack declared it (batch size, batching window, partial batch
responses), polls the queue on the moto server, calls the handler with the real SQS event
shape, deletes what succeeded and leaves what failed for SQS to deliver again after its
visibility timeout (or the handler's own ChangeMessageVisibility), so redrive to the DLQs
happens exactly as SQS does it. The mappings on the moto server are disabled so that moto does
not try to invoke the functions itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import logging
import random
import sys
import threading
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from aws_lambda_powertools import Metrics

from infra.local.cloudformation import REGION, MotoServer, Stack
from transcript_pipeline.core.aws import client as pipeline_client

ROOT = Path(__file__).resolve().parents[2]
Handler = Callable[[dict[str, Any], Any], Any]
IDLE_POLL_SECONDS = (0.05, 0.2)  # first and longest wait between polls of an empty queue


def load_function(function_dir: str) -> ModuleType:
    """Import functions/<name>/app.py under a unique module name."""
    path = ROOT / "functions" / function_dir / "app.py"
    spec = importlib.util.spec_from_file_location(f"local_{function_dir}_app", path)
    assert spec and spec.loader
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_handler(function_dir: str) -> Handler:
    """The handler of functions/<name>/app.py, as the local stack invokes it."""
    module = load_function(function_dir)
    _follow_stdout(module.logger.registered_handler)
    return _discarding_metrics(module.handler)


class _CurrentStdout:
    """Writes to whatever sys.stdout is when a line is written."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def _follow_stdout(handler: logging.Handler) -> None:
    """Powertools configures a service's logger once per process, with the sys.stdout of that
    moment; a test (or a pytest capture) that replaced sys.stdout since would never see the
    function's log lines. Lambda's stdout is one for the process; here it is the current one.
    (The library's logger shares this handler: copy_config_to_registered_loggers adds it.)"""
    if isinstance(handler, logging.StreamHandler):
        handler.stream = _CurrentStdout()  # not setStream: it flushes the old, closed one


def _discarding_metrics(handler: Handler) -> Handler:
    """The handler, dropping its metrics after each invocation.

    The local stack turns metrics off (POWERTOOLS_METRICS_DISABLED), but Powertools then keeps
    them across invocations and prints a metric's values anyway once it holds a hundred. Lambda
    would have flushed them at the end of each invocation; here they go nowhere.
    """
    def invoke(event: dict[str, Any], context: Any) -> Any:
        try:
            return handler(event, context)
        finally:
            Metrics().clear_metrics()  # the metric set is shared by every Metrics instance

    return invoke


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that Powertools and handlers read."""

    function_name: str
    timeout_seconds: int
    memory_limit_in_mb: int = 512
    aws_request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    function_version: str = "$LATEST"
    log_group_name: str = ""
    log_stream_name: str = "local"
    _deadline: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self._deadline = time.monotonic() + self.timeout_seconds
        self.invoked_function_arn = (
            f"arn:aws:lambda:{REGION}:123456789012:function:{self.function_name}")

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass
class Mapping:
    """One event source mapping, as declared in the stack."""

    function_name: str
    queue_arn: str
    queue_url: str
    batch_size: int
    window: float
    handler: Handler
    timeout: int
    fifo: bool = False
    visibility: int = 30
    invocations: int = 0
    errors: int = 0
    # FIFO messages that failed: (when they become visible again, receipt handle), in order.
    failed: list[tuple[float, str]] = field(default_factory=list)


class InvocationKilled(BaseException):
    """A Lambda invocation dying half-way (time-out, out of memory, host lost): nothing the
    handler can catch, no response; whatever it wrote before stays written."""


class Killer:
    """Kills a share of invocations just before one of their AWS calls (picked at random), so
    that a death falls between any two steps: after a buffer write and before the flush
    request, after the gateway confirmed and before the batch is marked forwarded, ..."""

    SERVICES = ("dynamodb", "sqs", "events", "secretsmanager")

    def __init__(self) -> None:
        self.rate = 0.0
        self.killed = 0
        self._random = random.Random(7)
        self._calls_left = threading.local()  # per runner thread: calls before the death
        for service in self.SERVICES:
            pipeline_client(service).meta.events.register("before-call", self._before_call)

    def arm(self) -> None:
        """A new invocation starts on this thread: will it die, and at which call?"""
        doomed = self.rate and self._random.random() < self.rate
        self._calls_left.n = self._random.randint(0, 5) if doomed else None

    def disarm(self) -> None:
        self._calls_left.n = None

    def _before_call(self, **_: Any) -> None:
        left = getattr(self._calls_left, "n", None)
        if left is None:
            return
        if left == 0:  # it dies here: no call of this invocation goes out any more
            self.killed += 1
            self._calls_left.n = -1
        if left <= 0:
            raise InvocationKilled("injected: the invocation died before this AWS call")
        self._calls_left.n = left - 1


def to_record(message: dict[str, Any], queue_arn: str) -> dict[str, Any]:
    """An SQS message as Lambda hands it to a function."""
    attributes = dict(message.get("Attributes", {}))
    return {
        "messageId": message["MessageId"],
        "receiptHandle": message["ReceiptHandle"],
        "body": message["Body"],
        "attributes": attributes,
        "messageAttributes": {
            name: {"stringValue": v.get("StringValue"), "dataType": v["DataType"],
                   "stringListValues": [], "binaryListValues": []}
            for name, v in message.get("MessageAttributes", {}).items()
        },
        "md5OfBody": hashlib.md5(message["Body"].encode()).hexdigest(),
        "eventSource": "aws:sqs",
        "eventSourceARN": queue_arn,
        "awsRegion": REGION,
    }


class EventSourceRunner:
    """Polls every SQS mapping of the stack in its own thread; fires the schedule."""

    def __init__(self, server: MotoServer, stack: Stack, handlers: dict[str, Handler],
                 schedule_seconds: float | None = None) -> None:
        self.sqs = server.client("sqs")
        lam = server.client("lambda")
        self.mappings: list[Mapping] = []
        functions = {stack.resources[logical]: logical for logical in handlers}
        for esm in lam.list_event_source_mappings()["EventSourceMappings"]:
            function_name = esm["FunctionArn"].rsplit(":", 1)[-1]
            logical = functions.get(function_name)
            if logical is None:
                continue
            lam.update_event_source_mapping(UUID=esm["UUID"], Enabled=False)
            queue_name = esm["EventSourceArn"].rsplit(":", 1)[-1]
            config = lam.get_function_configuration(FunctionName=function_name)
            queue_url = self.sqs.get_queue_url(QueueName=queue_name)["QueueUrl"]
            queue_attrs = self.sqs.get_queue_attributes(
                QueueUrl=queue_url, AttributeNames=["VisibilityTimeout", "FifoQueue"]
            )["Attributes"]
            self.mappings.append(Mapping(
                function_name=function_name,
                queue_arn=esm["EventSourceArn"],
                queue_url=queue_url,
                batch_size=esm.get("BatchSize", 10),
                window=float(esm.get("MaximumBatchingWindowInSeconds", 0) or 0),
                handler=handlers[logical],
                timeout=config.get("Timeout", 30),
                fifo=queue_attrs.get("FifoQueue") == "true",
                visibility=int(queue_attrs.get("VisibilityTimeout", 30)),
            ))
        self.schedule_seconds = schedule_seconds
        self.killer = Killer()
        self.scheduled: list[tuple[Handler, str]] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []

    def add_schedule(self, handler: Handler, function_name: str) -> None:
        self.scheduled.append((handler, function_name))

    def start(self) -> None:
        for mapping in self.mappings:
            self._spawn(self._poll_loop, mapping)
        if self.schedule_seconds:
            self._spawn(self._schedule_loop)

    def _spawn(self, target: Callable[..., None], *args: Any) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=30)

    def _poll_loop(self, mapping: Mapping) -> None:
        """Polls again at once while there is work, and less often the longer a queue stays
        empty (SQS's long polling would block the one-request-at-a-time moto server)."""
        idle = IDLE_POLL_SECONDS[0]
        while not self._stop.is_set():
            if self.poll_once(mapping):
                idle = IDLE_POLL_SECONDS[0]
            else:
                self._stop.wait(idle)
                idle = min(idle * 2, IDLE_POLL_SECONDS[1])

    def poll_once(self, mapping: Mapping) -> int:
        """Receive one batch and hand it to the function; returns how many messages it had."""
        self._release_failed(mapping)
        received_at = time.monotonic()
        messages = self._receive(mapping)
        if not messages:
            return 0
        event = {"Records": [to_record(m, mapping.queue_arn) for m in messages]}
        mapping.invocations += 1
        self.killer.arm()
        try:
            response = mapping.handler(event, LambdaContext(mapping.function_name,
                                                            mapping.timeout))
        except (Exception, InvocationKilled) as exc:  # every message is retried
            mapping.errors += 1
            if not isinstance(exc, InvocationKilled):
                traceback.print_exc()
            self._remember_failed(mapping, messages, received_at)
            return len(messages)
        finally:
            self.killer.disarm()
        failed = {f["itemIdentifier"] for f in (response or {}).get("batchItemFailures", [])}
        self._remember_failed(mapping, [m for m in messages if m["MessageId"] in failed],
                              received_at)
        done = [m for m in messages if m["MessageId"] not in failed]
        for start in range(0, len(done), 10):
            self.sqs.delete_message_batch(QueueUrl=mapping.queue_url, Entries=[
                {"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]}
                for i, m in enumerate(done[start:start + 10])
            ])
        return len(messages)

    def _remember_failed(self, mapping: Mapping, messages: list[dict[str, Any]],
                         received_at: float) -> None:
        if mapping.fifo:
            # Due a little before the server's own timer runs out, so that the release below
            # always comes first.
            due = received_at + mapping.visibility - 0.25
            mapping.failed.extend((due, m["ReceiptHandle"]) for m in messages)

    def _release_failed(self, mapping: Mapping) -> None:
        """Make failed FIFO messages visible once their visibility timeout has passed.

        SQS would do this by itself; the moto server does too, but then hands a message group
        back out of order (the last message first). Releasing the group's messages together,
        when SQS would have, keeps FIFO order as SQS keeps it.
        """
        now = time.monotonic()
        if not mapping.failed or mapping.failed[0][0] > now:
            return
        due = [handle for when, handle in mapping.failed if when <= now]
        mapping.failed = [(when, handle) for when, handle in mapping.failed if when > now]
        for handle in due:
            # Already visible again, or gone: then there is nothing to release.
            with contextlib.suppress(self.sqs.exceptions.ClientError):
                self.sqs.change_message_visibility(QueueUrl=mapping.queue_url,
                                                   ReceiptHandle=handle, VisibilityTimeout=0)

    def _receive(self, mapping: Mapping) -> list[dict[str, Any]]:
        """Up to a batch, waiting at most the batching window for it to fill."""
        messages: list[dict[str, Any]] = []
        deadline = time.monotonic() + mapping.window
        while True:
            response = self.sqs.receive_message(
                QueueUrl=mapping.queue_url,
                MaxNumberOfMessages=min(10, mapping.batch_size - len(messages)),
                AttributeNames=["All"], MessageAttributeNames=["All"], WaitTimeSeconds=0,
            )
            batch = response.get("Messages", [])
            messages.extend(batch)
            if len(messages) >= mapping.batch_size or time.monotonic() >= deadline \
                    or (not messages and not batch):
                return messages
            if not batch:
                time.sleep(0.05)

    def _schedule_loop(self) -> None:
        assert self.schedule_seconds
        while not self._stop.wait(self.schedule_seconds):
            self.fire_schedule()

    def fire_schedule(self) -> None:
        for handler, name in self.scheduled:
            event = {"version": "0", "source": "aws.events", "detail-type": "Scheduled Event",
                     "detail": {}, "resources": [], "region": REGION}
            try:
                handler(event, LambdaContext(name, 60))
            except Exception:
                traceback.print_exc()
