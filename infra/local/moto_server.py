"""The moto server, serving one request at a time.

moto's own server handles requests on threads without locking its backends, so two concurrent
UpdateItem calls on one item can lose an update, which real DynamoDB never does. Serving
requests one after another gives every request the atomicity AWS gives it (nothing here uses
long polling, which would block the server).

    python -m infra.local.moto_server PORT
"""

from __future__ import annotations

import sys

from moto.server import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import make_server


def main() -> None:
    port = int(sys.argv[1])
    app = DomainDispatcherApplication(create_backend_app)
    make_server("127.0.0.1", port, app, threaded=False).serve_forever()


if __name__ == "__main__":
    main()
