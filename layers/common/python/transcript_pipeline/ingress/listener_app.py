"""Wiring the listener from the environment and Secrets Manager, and its health endpoint."""

from __future__ import annotations

import json
import logging
import os
import random
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal, TextIO
from urllib.parse import urlparse

from pydantic import BaseModel, Field, SecretStr, model_validator

from transcript_pipeline.core.aws import client
from transcript_pipeline.core.secrets import get_secret
from transcript_pipeline.ingress.genesys_messages import TextField

from .genesys_api import GenesysApi
from .listener import Listener, ListenerOptions
from .publisher import EventPublisher

GENESYS_CHANNELS_PER_CLIENT = 20


class ListenerSettings(BaseModel):
    genesys_region: str = "mypurecloud.com"
    genesys_queue_ids: str = ""
    genesys_secret_name: str = "transcript-pipeline/genesys-client"
    genesys_login_url: str | None = None
    genesys_api_url: str | None = None
    events_queue_url: str
    events_dlq_url: str | None = None  # messages the listener cannot understand go here
    listener_mode: Literal["notifications", "interaction"] = "notifications"
    interaction_stream_url: str | None = None
    transcript_text_field: TextField = "transcript"
    forward_interim: bool = False
    channel_rotate_before_seconds: float = 600.0
    # Each task moves to a fresh channel at a random point of this window before the usual
    # margin, so tasks started together by a deploy never rotate together.
    channel_rotate_stagger_seconds: float = Field(3600.0, ge=0, le=36_000)
    topics_per_channel: int = Field(1000, ge=1, le=1000)
    # Tasks sharing the OAuth client (the service's desired count): Genesys allows 20 channels
    # per client and evicts the oldest past that, which could be another task's.
    listener_tasks: int = Field(1, ge=1, le=10)
    max_channels: int | None = Field(None, ge=1, le=19)
    metrics_interval_seconds: float = 60.0
    health_port: int = 8080

    @model_validator(mode="after")
    def _mode_has_its_input(self) -> ListenerSettings:
        if self.listener_mode == "notifications" and not self.genesys_queue_ids.strip():
            raise ValueError("GENESYS_QUEUE_IDS is required in notifications mode")
        if self.listener_mode == "interaction" and not self.interaction_stream_url:
            raise ValueError("INTERACTION_STREAM_URL is required in interaction mode")
        if self.channel_budget() < 1 or self.channel_budget() * self.listener_tasks \
                + self.listener_tasks > GENESYS_CHANNELS_PER_CLIENT:
            raise ValueError(
                f"{self.listener_tasks} listener tasks x {self.channel_budget()} channels (and "
                f"one more each while rotating) exceed the {GENESYS_CHANNELS_PER_CLIENT} "
                "channels Genesys allows an OAuth client: lower MAX_CHANNELS or LISTENER_TASKS")
        url = urlparse(self.interaction_stream_url or "")
        if url.scheme == "ws" and url.hostname not in ("127.0.0.1", "localhost", "::1"):
            # The stream carries the OAuth bearer token and raw transcripts: TLS or nothing.
            raise ValueError("INTERACTION_STREAM_URL must be wss:// (ws:// only on loopback)")
        return self

    def channel_budget(self) -> int:
        """Channels one task may hold: its share of the client's 20, less one for rotating
        (a fresh channel is live before the old one is left)."""
        if self.max_channels is not None:
            return self.max_channels
        return GENESYS_CHANNELS_PER_CLIENT // self.listener_tasks - 1

    @classmethod
    def from_env(cls) -> ListenerSettings:
        values = {n: os.environ[n.upper()] for n in cls.model_fields if n.upper() in os.environ}
        return cls.model_validate(values)


def build_listener(settings: ListenerSettings | None = None) -> Listener:
    settings = settings or ListenerSettings.from_env()
    credentials = json.loads(get_secret(settings.genesys_secret_name).get_secret_value())
    api = GenesysApi(settings.genesys_region, credentials["client_id"],
                     SecretStr(credentials["client_secret"]),
                     login_url=settings.genesys_login_url, api_url=settings.genesys_api_url)
    publisher = EventPublisher(client("sqs"), settings.events_queue_url,
                               settings.forward_interim, settings.events_dlq_url)
    options = ListenerOptions(
        queue_ids=[q.strip() for q in settings.genesys_queue_ids.split(",") if q.strip()],
        mode=settings.listener_mode,
        interaction_url=settings.interaction_stream_url,
        text_field=settings.transcript_text_field,
        forward_interim=settings.forward_interim,
        rotate_before=settings.channel_rotate_before_seconds
        + random.uniform(0, settings.channel_rotate_stagger_seconds),
        topics_per_channel=settings.topics_per_channel,
        max_channels=settings.channel_budget(),
        metrics_interval=settings.metrics_interval_seconds,
    )
    return Listener(api, publisher, options)


def serve_health(listener: Listener, port: int | None = None) -> ThreadingHTTPServer:
    """GET /health: 200 while the WebSocket is connected, 503 otherwise (the ECS check)."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:
            ok = listener.connected.is_set()
            body = json.dumps({"connected": ok, **listener.stats.snapshot()}).encode()
            self.send_response(200 if ok else 503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("0.0.0.0", port or int(os.environ.get("HEALTH_PORT", 8080))),
                                 Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def configure_logging(stream: TextIO | None = None) -> None:
    """JSON log lines with their `extra` fields, as the Lambdas write them (Powertools).

    The ids and reasons a dropped or dead-lettered event is logged with are what the alarms
    send an operator to look for; a plain format string would drop them.
    """
    from aws_lambda_powertools import Logger
    from aws_lambda_powertools.logging.utils import copy_config_to_registered_loggers

    logger = Logger(service="genesys-listener", logger_handler=logging.StreamHandler(
        stream or sys.stdout))
    copy_config_to_registered_loggers(source_logger=logger, include={"transcript_pipeline"})
