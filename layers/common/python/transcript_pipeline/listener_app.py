"""Wiring the listener from the environment and Secrets Manager, and its health endpoint."""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from pydantic import BaseModel, SecretStr

from .aws import client
from .genesys_api import GenesysApi
from .listener import Listener, ListenerOptions
from .publisher import EventPublisher
from .secrets import get_secret


class ListenerSettings(BaseModel):
    genesys_region: str = "mypurecloud.com"
    genesys_queue_ids: str
    genesys_secret_name: str = "transcript-pipeline/genesys-client"
    genesys_login_url: str | None = None
    genesys_api_url: str | None = None
    events_queue_url: str
    transcript_text_field: str = "transcript"
    forward_interim: bool = False
    health_port: int = 8080

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
                               settings.forward_interim)
    options = ListenerOptions(
        queue_ids=[q.strip() for q in settings.genesys_queue_ids.split(",") if q.strip()],
        text_field=settings.transcript_text_field,  # type: ignore[arg-type]
    )
    return Listener(api, publisher, options)


def serve_health(listener: Listener, port: int | None = None) -> ThreadingHTTPServer:
    """GET /health: 200 while the WebSocket is connected, 503 otherwise (the ECS check)."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:
            ok = listener.connected.is_set()
            body = json.dumps({"connected": ok, **listener.stats.counts}).encode()
            self.send_response(200 if ok else 503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("0.0.0.0", port or int(os.environ.get("HEALTH_PORT", 8080))),
                                 Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
