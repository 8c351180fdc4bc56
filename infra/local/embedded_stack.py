"""The embedded local stack: AWS (moto server) with the template's resources, the gateway
emulator, the Lambdas run by the local event-source runner. All on loopback, no Docker.

    with EmbeddedStack() as stack:
        stack.send_events([...])
        stack.wait_until(lambda: ...)
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections.abc import Callable, Iterable
from typing import Any

from infra.local.cloudformation import MotoServer, Stack, create_stack
from infra.local.emulators.gateway import GatewayEmulator
from infra.local.litellm_proxy import MASTER_KEY, LiteLLMProxy
from infra.local.runner import EventSourceRunner, load_handler
from transcript_pipeline.ingress.publisher import EventPublisher

GATEWAY_KEY = "local-gateway-key"


def _resolve(value: Any, stack: Stack, parameters: dict[str, str], secrets: dict[str, str]) -> str:
    """A function environment value from the translated template, with Refs resolved."""
    if isinstance(value, dict) and "Fn::GetAtt" in value:
        logical, attribute = value["Fn::GetAtt"]
        if attribute == "Name":  # an event bus, named in the template (moto loses its id)
            declared = stack.translated["Resources"][logical]["Properties"]["Name"]
            return declared["Fn::Sub"].replace("${AWS::StackName}", stack.name)
    if isinstance(value, dict) and "Ref" in value:
        ref = value["Ref"]
        if ref in parameters:
            return parameters[ref]
        if ref in secrets:
            return secrets[ref]
        return stack.resources[ref]
    return str(value)


class EmbeddedStack:
    """Starts everything in `__enter__`, stops it in `__exit__`."""

    def __init__(self, name: str = "local", settings: dict[str, str] | None = None,
                 gateway_url: str | None = None, gateway_key: str | None = None,
                 schedule_seconds: float | None = 2.0,
                 visibility_seconds: dict[str, int] | None = None,
                 server: MotoServer | None = None,
                 litellm: LiteLLMProxy | None = None) -> None:
        self.name = name
        # LiteLLM's proxy as the gateway (its master key); without it and without gateway_url,
        # the gateway emulator. Only the requests made after the stack started are its own.
        self.litellm = litellm
        if litellm is not None:
            gateway_url, gateway_key = litellm.url, MASTER_KEY
        # A server of the caller's (one per test session) is reset to nothing and kept running
        # at the end; without one, the stack starts its own and stops it.
        self.shared_server = server
        self.overrides = settings or {}
        self.external_gateway = gateway_url
        self.gateway_key = gateway_key or GATEWAY_KEY
        self.schedule_seconds = schedule_seconds
        # Tests shorten queues' visibility timeouts (output name -> seconds; 180 s and 360 s in
        # the template) so that a failed record comes back within the test; SQS semantics are
        # otherwise unchanged.
        self.visibility_seconds = visibility_seconds or {}
        self.gateway: GatewayEmulator | None = None

    def __enter__(self) -> EmbeddedStack:
        for noisy in ("werkzeug", "moto"):
            logging.getLogger(noisy).setLevel(logging.ERROR)
        warnings.filterwarnings("ignore", module="moto")
        if self.shared_server is not None:
            self.server = self.shared_server
            self.server.reset()
        else:
            self.server = MotoServer()
        if self.external_gateway is None:
            self.gateway = GatewayEmulator(self.gateway_key)
        url = self.external_gateway or self.gateway.url  # type: ignore[union-attr]
        parameters = {"GatewayUrl": url.replace("http://", "https://", 1),
                      "GatewayApiKey": self.gateway_key}
        self.stack = create_stack(self.server, self.name, parameters)
        self.secrets = secrets = self._create_secrets()  # logical id -> secret name
        self._configure(parameters, secrets, url)
        self.sqs = self.server.client("sqs")
        for output, seconds in self.visibility_seconds.items():
            self.sqs.set_queue_attributes(QueueUrl=self.stack.outputs[output],
                                          Attributes={"VisibilityTimeout": str(seconds)})
        if "FLUSH_MAX_RECEIVE_COUNT" in self.overrides:  # as the template ties them: SQS moves
            # a request one receive after the function would have dead-lettered it with a reason
            flush_queue = self.stack.outputs["FlushQueueUrl"]
            policy = json.loads(self.sqs.get_queue_attributes(
                QueueUrl=flush_queue, AttributeNames=["RedrivePolicy"])["Attributes"][
                    "RedrivePolicy"])
            policy["maxReceiveCount"] = int(self.overrides["FLUSH_MAX_RECEIVE_COUNT"]) + 1
            self.sqs.set_queue_attributes(QueueUrl=flush_queue,
                                          Attributes={"RedrivePolicy": json.dumps(policy)})
        self.handlers = handlers = {"RedactFunction": load_handler("redact"),
                                    "FlushFunction": load_handler("flush")}
        self.runner = EventSourceRunner(self.server, self.stack, handlers,
                                        schedule_seconds=self.schedule_seconds)
        self.runner.add_schedule(handlers["FlushFunction"], self.stack.resources["FlushFunction"])
        self.ddb = self.server.client("dynamodb")
        self.runner.start()
        self._litellm_since = len(self.litellm.requests()) if self.litellm else 0
        return self

    def __exit__(self, *exc: object) -> None:
        self.runner.stop()
        for name, value in self._environ_before.items():  # as it was: later code in this
            if value is None:  # process (a CLI test, a subprocess) must not find this stack
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        if self.gateway:
            self.gateway.stop()
        if self.shared_server is None:
            self.server.stop()
        else:  # nothing of this stack's is left for the next one to meet
            self.server.reset()

    def _create_secrets(self) -> dict[str, str]:
        """Secrets moto's CloudFormation skips, created from the template's own declarations."""
        sm = self.server.client("secretsmanager")
        values = {"GatewayApiKeySecret": self.gateway_key,
                  "RedactionKeySecret": os.urandom(24).hex(),
                  "GenesysCredentialsSecret": json.dumps({"client_id": "", "client_secret": ""})}
        names = {}
        for logical, value in values.items():
            name = self.stack.translated["Resources"][logical]["Properties"]["Name"]["Fn::Sub"]
            name = name.replace("${AWS::StackName}", self.name)
            sm.create_secret(Name=name, SecretString=value)
            names[logical] = name
        return names

    def _configure(self, parameters: dict[str, str], secrets: dict[str, str], url: str) -> None:
        """The functions' environment, read from the translated template."""
        from transcript_pipeline import lambdas

        defaults = {name: str(p["Default"]) for name, p in
                    self.stack.translated.get("Parameters", {}).items() if "Default" in p}
        parameters = {**defaults, **parameters}
        env: dict[str, str] = {}
        for resource in self.stack.translated["Resources"].values():
            if resource["Type"] == "AWS::Lambda::Function":
                variables = resource["Properties"].get("Environment", {}).get("Variables", {})
                for key, value in variables.items():
                    env[key] = _resolve(value, self.stack, parameters, secrets)
        env.pop("POWERTOOLS_SERVICE_NAME", None)
        env["GATEWAY_URL"] = url  # the emulator speaks plain HTTP on loopback
        env["AWS_ENDPOINT_URL"] = self.server.endpoint
        env["POWERTOOLS_METRICS_DISABLED"] = "true"
        env.update(self.overrides)
        self._environ_before = {name: os.environ.get(name) for name in env}
        os.environ.update(env)
        self.env = env
        lambdas.reset()

    # -- driving it ---------------------------------------------------------------------------

    @property
    def events_queue(self) -> str:
        return self.stack.outputs["EventsQueueUrl"]

    def event_publisher(self) -> EventPublisher:
        """What a listener publishes with: the events queue, and its DLQ for bad input."""
        return EventPublisher(self.sqs, self.events_queue,
                              dlq_url=self.stack.outputs["EventsDeadLetterQueueUrl"])

    def send_events(self, bodies: Iterable[tuple[str, str, str]]) -> None:
        """(conversation id, deduplication id, body) triples onto the FIFO events queue."""
        batch: list[dict[str, str]] = []
        for cid, dedup, body in bodies:
            batch.append({"Id": str(len(batch)), "MessageBody": body, "MessageGroupId": cid,
                          "MessageDeduplicationId": dedup})
            if len(batch) == 10:
                self._send_batch(batch)
                batch = []
        if batch:
            self._send_batch(batch)

    def _send_batch(self, entries: list[dict[str, str]]) -> None:
        response = self.sqs.send_message_batch(QueueUrl=self.events_queue, Entries=entries)
        if response.get("Failed"):
            raise RuntimeError(f"events not accepted: {response['Failed']}")

    def gateway_bodies(self, every: bool = False) -> list[dict[str, Any]]:
        """The request bodies the gateway took from this stack, once each: the emulator's
        accepted ones, or those LiteLLM's proxy answered with 2xx (first per idempotency key).
        `every`: every body it received, refused and repeated ones too (what left us)."""
        if self.litellm is not None:
            if every:
                return [r["body"] for r in self.litellm.requests()[self._litellm_since:]]
            return self.litellm.confirmed(self._litellm_since)
        if self.gateway is not None:
            return [r.body for r in (self.gateway.received if every else self.gateway.accepted())]
        raise RuntimeError("the gateway is outside the local stack: it keeps no record")

    def queue_depth(self, output: str) -> int:
        attrs = self.sqs.get_queue_attributes(
            QueueUrl=self.stack.outputs[output],
            AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible",
                            "ApproximateNumberOfMessagesDelayed"],
        )["Attributes"]
        return sum(int(v) for v in attrs.values())

    def wait_until_quiet(self, timeout: float = 60.0, polls: int = 5) -> None:
        """Until the pipeline's queues have been empty, and no conversation has held a segment
        not yet forwarded (but those held for an operator), `polls` times in a row: whatever was
        still to happen (a duplicate forwarded, a retry) has happened, however busy the machine,
        without a sleep sized for a quiet one."""
        quiet = 0
        table = self.stack.outputs["SessionTableName"]

        def settled() -> bool:
            nonlocal quiet
            empty = all(self.queue_depth(q) == 0 for q in ("EventsQueueUrl", "FlushQueueUrl"))
            items = (item for page in self.ddb.get_paginator("scan").paginate(TableName=table)
                     for item in page["Items"])
            empty = empty and all(item.get("seg_count") == item.get("fwd_seq") for item in items
                                  if "seg_count" in item and "needs_operator" not in item)
            quiet = quiet + 1 if empty else 0
            return quiet >= polls

        self.wait_until(settled, timeout,
                        f"the queues empty and every call forwarded, {polls} times in a row")

    def wait_until(self, condition: Callable[[], bool], timeout: float = 60.0,
                   what: str = "condition") -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.1)
        raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}")
