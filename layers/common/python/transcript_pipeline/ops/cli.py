"""The `transcript-pipeline` command line.

Sub-commands read JSON Lines on stdin and write JSON Lines on stdout. A bad line is reported on
stderr with its line number, without its content (it may hold personal data), and the run goes
on; the exit status is 1 if any line was bad.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from pydantic import ValidationError

from transcript_pipeline.core.errors import describe_validation_error
from transcript_pipeline.core.models import Utterance
from transcript_pipeline.redaction import RedactionPolicy, RedactionSession, Redactor

HASH_KEY_ENV = "REDACTION_HASH_KEY"
GENESYS_KEYS = {"conversation_id", "utterance_id", "channel", "is_final", "offset_ms",
                "duration_ms", "confidence", "text", "language"}


def _policy(args: argparse.Namespace) -> RedactionPolicy:
    settings: dict[str, object] = {"placeholder": args.placeholder}
    if args.entities:
        settings["entities"] = args.entities
    if os.environ.get(HASH_KEY_ENV):
        settings["hash_key"] = os.environ[HASH_KEY_ENV]
    return RedactionPolicy.model_validate(settings)


def _for_each_line(
    lines: Iterable[str], out: TextIO, err: TextIO, handle: Callable[[str], list[dict]]
) -> int:
    """Apply `handle` to each non-blank line; report bad lines by number and keep going."""
    bad = 0
    dumps = json.dumps
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records = handle(line)
        except json.JSONDecodeError as exc:
            bad += 1
            err.write(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})\n")
            continue
        except ValidationError as exc:
            bad += 1
            err.write(f"line {number}: {describe_validation_error(exc)}\n")
            continue
        except ValueError as exc:
            bad += 1
            err.write(f"line {number}: {exc}\n")
            continue
        for record in records:
            out.write(dumps(record, ensure_ascii=False))
            out.write("\n")
    return 1 if bad else 0


def cmd_redact(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    redactor = Redactor(_policy(args))
    sessions: dict[str, RedactionSession] = {}

    def handle(line: str) -> list[dict]:
        utterance = Utterance.model_validate_json(line)
        session = sessions.get(utterance.conversation_id)
        if session is None:
            session = sessions[utterance.conversation_id] = redactor.session()
        result = session.redact(utterance.text, utterance.channel)
        record = utterance.model_dump()
        record["text"] = result.text
        record["entities"] = [
            {"type": f.type, "start": f.start, "end": f.end, "score": f.score}
            for f in result.entities
        ]
        return [record]

    return _for_each_line(stdin, stdout, stderr, handle)


def cmd_eval(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from .evaluation import evaluate

    try:
        with open(args.corpus, encoding="utf-8") as corpus:
            report = evaluate(corpus, Redactor(_policy(args)))
    except OSError as exc:
        stderr.write(f"cannot read corpus {args.corpus}: {exc.strerror}\n")
        return 2
    except (json.JSONDecodeError, KeyError) as exc:
        stderr.write(f"corpus {args.corpus} is not in the labelled format: {exc!r}\n")
        return 2
    if args.json:
        stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        stdout.write(report.render() + "\n")
    return 0


def cmd_genesys_parse(
    args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO
) -> int:
    from transcript_pipeline.core.models import SessionEndedEvent
    from transcript_pipeline.ingress.genesys_messages import parse_message

    def handle(line: str) -> list[dict]:
        records: list[dict] = []
        for event in parse_message(line, args.text_field):
            if isinstance(event, SessionEndedEvent):
                records.append({"conversation_id": event.conversation_id,
                                "event": "session_ended"})
            else:
                records.append(event.model_dump(include=GENESYS_KEYS))
        return records

    return _for_each_line(stdin, stdout, stderr, handle)


def cmd_dlq(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from transcript_pipeline.core.aws import client

    from .dlq import list_dead_letters, redrive

    sqs = client("sqs")
    if args.action == "list":
        letters = list_dead_letters(sqs, args.queue_url, limit=args.limit)
        rows = [{"message_id": d.message_id, "conversation_id": d.conversation_id,
                 "reason": d.reason, "attempts": d.attempts, "status": d.status,
                 "failed_at": d.failed_at, "bytes": d.size} for d in letters]
        if args.json:
            stdout.write(json.dumps(rows, indent=2) + "\n")
        else:
            for row in rows:
                stdout.write("{message_id}  {conversation_id}  attempts={attempts}  "
                             "status={status}  {bytes}B  {reason}\n".format(**row))
            stdout.write(f"{len(rows)} message(s)\n")
        return 0
    if not args.to:
        stderr.write("redrive needs --to QUEUE_URL (the queue the messages came from)\n")
        return 2
    moved = redrive(sqs, args.queue_url, args.to, limit=args.limit)
    stdout.write(f"redrove {moved} message(s) to {args.to}\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="transcript-pipeline",
        description="Redact personal data from call transcripts; operate the pipeline.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def redaction_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--entities", help="comma-separated entity types to redact (default: all)")
        p.add_argument("--placeholder", choices=["type", "pseudonym"], default="type",
                       help="[REDACTED_TYPE] (default) or stable per-call tags like [PERSON_1]")

    p = sub.add_parser("redact", help="redact JSON Lines utterances from stdin to stdout")
    redaction_options(p)
    p.set_defaults(func=cmd_redact)

    p = sub.add_parser("eval", help="score the redactor on a labelled corpus")
    p.add_argument("corpus", help="JSON Lines with pii and keep spans")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    redaction_options(p)
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("genesys-parse",
                       help="Genesys messages (JSON Lines on stdin) -> transcript events")
    p.add_argument("--text-field", choices=["transcript", "decoratedTranscript"],
                   default="transcript", help="which rendering of the utterance to take")
    p.set_defaults(func=cmd_genesys_parse)

    p = sub.add_parser("dlq", help="list a dead-letter queue (ids and reasons) or redrive it")
    p.add_argument("action", choices=["list", "redrive"])
    p.add_argument("queue_url", help="URL of the dead-letter queue")
    p.add_argument("--to", help="redrive: URL of the queue to send the messages back to")
    p.add_argument("--limit", type=int, default=100, help="at most this many messages")
    p.add_argument("--json", action="store_true", help="list: machine-readable output")
    p.set_defaults(func=cmd_dlq)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args, sys.stdin, sys.stdout, sys.stderr)
    except ValidationError as exc:
        parser.error(describe_validation_error(exc))
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
