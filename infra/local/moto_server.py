"""The moto server, serving one request at a time.

moto's own server handles requests on threads without locking its backends, so two concurrent
UpdateItem calls on one item can lose an update, which real DynamoDB never does. Serving
requests one after another gives every request the atomicity AWS gives it (nothing here uses
long polling, which would block the server). The speed-ups below change no behaviour: each
returns what moto's own code returns, or raises what it raises.

    python -m infra.local.moto_server PORT   (0: a free port, printed on the first line)
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import time

from moto import backends
from moto.core import serialize
from moto.core.utils import MISSING, get_value, unix_time
from moto.dynamodb.parsing import ast_nodes, validators
from moto.dynamodb.parsing.expressions import UpdateExpressionParser
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

# A send builds the queue's whole attribute dictionary three times per message only to read
# ContentBasedDeduplication; the three message counts in it scan the queue each time. While a
# send runs, the counts (which nothing on that path reads) are not computed, and attribute
# names are converted once. GetQueueAttributes still counts for real.
_sending = threading.local()


def _not_while_sending(count: property) -> property:
    def getter(queue: sqs_models.Queue) -> int:
        return 0 if getattr(_sending, "active", False) else count.fget(queue)  # type: ignore[misc]
    return property(getter)


def _sending_path(send):  # type: ignore[no-untyped-def]
    @functools.wraps(send)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        outer = getattr(_sending, "active", False)
        _sending.active = True
        try:
            return send(*args, **kwargs)
        finally:
            _sending.active = outer
    return wrapper


for _name in ("approximate_number_of_messages", "approximate_number_of_messages_delayed",
              "approximate_number_of_messages_not_visible"):
    setattr(sqs_models.Queue, _name, _not_while_sending(getattr(sqs_models.Queue, _name)))
for _name in ("send_message", "send_message_batch"):
    setattr(sqs_models.SQSBackend, _name, _sending_path(getattr(sqs_models.SQSBackend, _name)))
sqs_models.camelcase_to_underscores = functools.lru_cache(maxsize=None)(
    sqs_models.camelcase_to_underscores)


# DynamoDB's UpdateItem parses its expression twice per request, and its validator walks the
# tree once per node to count clauses; the pipeline sends the same few expressions thousands of
# times. A parsed expression is kept (every caller only reads it: the validator works on a deep
# copy); the clause count is checked once at the root, falling back to moto's own walk when it
# would fail (a subtree never holds more clauses than the whole), so the same error is raised.
_parse = UpdateExpressionParser.make.__func__  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=512)
def _parsed(expression: str) -> object:
    return _parse(UpdateExpressionParser, expression)


UpdateExpressionParser.make = classmethod(lambda cls, expression_str: _parsed(expression_str))

_count_clauses = validators.ActionCountValidator.traverse
_CLAUSES = (ast_nodes.UpdateExpressionAddClause, ast_nodes.UpdateExpressionRemoveClause,
            ast_nodes.UpdateExpressionSetClause)


def _count_at_root(self, node):  # type: ignore[no-untyped-def]
    if all(len(node.find_clauses([kind])) <= 1 for kind in _CLAUSES):
        return node
    return _count_clauses(self, node)


validators.ActionCountValidator.traverse = _count_at_root

# Every traverser rebuilds the tuple of node types it handles for every node it visits; the
# types are the keys of a mapping each class writes as a literal.
_handled: dict[type, tuple[type, ...]] = {}


def _nodes_to_be_processed(self):  # type: ignore[no-untyped-def]
    kind = type(self)
    if kind not in _handled:
        _handled[kind] = tuple(self._processing_map())
    return _handled[kind]


ast_nodes.DepthFirstTraverser.nodes_to_be_processed = _nodes_to_be_processed

# Every request asks which services exist by listing moto's package folder (a directory listing
# and a stat per entry); the folder does not change while the server runs.
backends.list_of_moto_modules = functools.lru_cache(maxsize=None)(  # type: ignore[assignment]
    lambda _list=backends.list_of_moto_modules: tuple(_list()))

# The response serializer asks, for every member of every structure it writes, which names the
# value could have (the member's name, its snake_case form, aliases from the model), building a
# context object and several alias providers each time: for a DynamoDB item that is every
# attribute's ten possible types. For a plain dict (DynamoDB's results are dicts) the answer
# depends only on the member's shape, its parent structure and the key, so it is kept; the
# value is then looked up exactly as moto's picker does.
_serializer_get_value = serialize.ResponseSerializer.get_value
_possible_keys: dict[tuple[object, ...], tuple[str, ...]] = {}


def _get_member_value(self, value, key, shape):  # type: ignore[no-untyped-def]
    picker = self._value_picker
    if type(value) is not dict or type(picker) is not serialize.XFormedAttributePicker \
            or picker.response_transformers:
        return _serializer_get_value(self, value, key, shape)
    memo = (tuple(picker.alias_providers), shape, getattr(shape, "parent", None), key)
    keys = _possible_keys.get(memo)
    if keys is None:
        context = serialize.AttributePickerContext(obj=value, key=key, shape=shape)
        keys = _possible_keys[memo] = tuple(picker.get_possible_keys(context))
    for possible_key in keys:
        found = get_value(value, possible_key, MISSING)
        if found is not MISSING:
            return found
    return None


serialize.ResponseSerializer.get_value = _get_member_value


def main() -> None:
    """Serves on the port given, or on a free one (0), whose number is the first line out:
    a port picked before the server binds it could be taken by another process meanwhile."""
    app = DomainDispatcherApplication(create_backend_app)
    server = make_server("127.0.0.1", int(sys.argv[1]), app, threaded=False)
    print(server.port, flush=True)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # nothing reads on after the port
    server.serve_forever()


if __name__ == "__main__":
    main()
