"""The listener container's entry point (ECS Fargate): settings, secrets, health, SIGTERM.

    python -m main            (WORKDIR /app, with the shared library on PYTHONPATH)

Environment: GENESYS_REGION (e.g. mypurecloud.com, usw2.pure.cloud, mypurecloud.ie),
GENESYS_QUEUE_IDS (comma-separated), GENESYS_SECRET_NAME (JSON with client_id and
client_secret), EVENTS_QUEUE_URL, EVENTS_DLQ_URL, LISTENER_MODE (notifications | interaction) with
INTERACTION_STREAM_URL, TRANSCRIPT_TEXT_FIELD, FORWARD_INTERIM,
CHANNEL_ROTATE_BEFORE_SECONDS, TOPICS_PER_CHANNEL, MAX_CHANNELS, METRICS_INTERVAL_SECONDS,
HEALTH_PORT (see the README's configuration reference); for the local stack
GENESYS_LOGIN_URL / GENESYS_API_URL and AWS_ENDPOINT_URL.
"""

from __future__ import annotations

import json
import signal
import sys
import threading

from transcript_pipeline.ingress.listener_app import build_listener, configure_logging, serve_health

configure_logging()


def main() -> int:
    listener = build_listener()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    serve_health(listener)
    try:
        listener.run(stop)
    except Exception as exc:  # an operator must act: say what, and exit instead of spinning
        print(json.dumps({"level": "ERROR", "message": str(exc)}), flush=True)
        return 2
    print(json.dumps({"level": "INFO", "message": "listener stopped",
                      "stats": listener.stats.snapshot()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
