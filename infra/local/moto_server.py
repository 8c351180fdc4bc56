"""The moto server, serving one request at a time.

moto's own server handles requests on threads without locking its backends, so two concurrent
UpdateItem calls on one item can lose an update, which real DynamoDB never does. Serving
requests one after another gives every request the atomicity AWS gives it (nothing here uses
long polling, which would block the server). One speed-up, below, changes no behaviour.

    python -m infra.local.moto_server PORT
"""

from __future__ import annotations

import sys
import time

from moto.core.utils import unix_time
from moto.server import DomainDispatcherApplication, create_backend_app
from moto.sqs import models as sqs_models
from werkzeug.serving import make_server


def _fast_unix_time(dt: object = None) -> float:
    return time.time() if dt is None else unix_time(dt)  # type: ignore[arg-type]


def _fast_unix_time_millis(dt: object = None) -> float:
    return _fast_unix_time(dt) * 1000.0


# moto's SQS asks the clock for every message in the queue on every send (to count visible and
# delayed messages), through datetime arithmetic; the same value from time.time() keeps a queue
# of a few thousand messages usable (a FIFO send of ten: ~120 ms -> a few ms).
sqs_models.unix_time = _fast_unix_time
sqs_models.unix_time_millis = _fast_unix_time_millis


def main() -> None:
    port = int(sys.argv[1])
    app = DomainDispatcherApplication(create_backend_app)
    make_server("127.0.0.1", port, app, threaded=False).serve_forever()


if __name__ == "__main__":
    main()
