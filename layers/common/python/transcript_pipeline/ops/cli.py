"""The `transcript-pipeline` command line.

Sub-commands read JSON Lines on stdin and write JSON Lines on stdout. Input is read as bytes and
decoded line by line, so one line of invalid UTF-8 is one bad line whatever the locale, and a
line longer than `--max-line-bytes` (64 KB, the Lambda path's own limit) is skipped before any
work is spent on it. A bad line is reported on stderr with its line number in the file, without
its content (it may hold personal data), and the run goes on; the exit status is 1 if any line
was bad.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO, TextIO

from botocore.exceptions import BotoCoreError, ClientError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from transcript_pipeline.core.errors import describe_validation_error
from transcript_pipeline.redaction import RedactionPolicy, RedactionSession, Redactor

HASH_KEY_ENV = "REDACTION_HASH_KEY"
MAX_LINE_BYTES = 64 * 1024
# "... at line 1 column 5" in a JSON error is the parser's, inside one input line.
_JSON_POSITION = re.compile(r"\bline \d+ column (\d+)")
GENESYS_KEYS = {"conversation_id", "utterance_id", "channel", "is_final", "offset_ms",
                "duration_ms", "confidence", "text", "language"}


class Utterance(BaseModel):
    """One line of `transcript-pipeline redact` input (holds raw text); unknown fields pass
    through untouched."""

    model_config = ConfigDict(extra="allow")

    conversation_id: str = Field(min_length=1)
    utterance_id: str = Field(min_length=1)
    channel: str = Field(min_length=1)
    text: str


def _policy(args: argparse.Namespace) -> RedactionPolicy:
    settings: dict[str, object] = {"placeholder": args.placeholder}
    if args.entities:
        settings["entities"] = args.entities
    if os.environ.get(HASH_KEY_ENV):
        settings["hash_key"] = os.environ[HASH_KEY_ENV]
    return RedactionPolicy.model_validate(settings)


def _for_each_line(
    lines: Iterable[bytes], out: TextIO, err: TextIO, handle: Callable[[str], list[dict]],
    max_line_bytes: int = MAX_LINE_BYTES,
) -> int:
    """Apply `handle` to each non-blank line; report bad lines by number and keep going."""
    bad = 0
    dumps = json.dumps

    def report(number: int, problem: str) -> None:
        nonlocal bad
        bad += 1
        err.write(f"line {number}: {problem}\n")

    for number, raw in enumerate(lines, start=1):
        if len(raw) > max_line_bytes:
            report(number, f"longer than {max_line_bytes:,} bytes ({len(raw):,}); skipped")
            continue
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            report(number, f"not valid UTF-8 (byte {exc.start + 1})")
            continue
        if not line.strip():
            continue
        try:
            records = handle(line)
        except json.JSONDecodeError as exc:
            report(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except ValidationError as exc:
            report(number, _JSON_POSITION.sub(r"column \1", describe_validation_error(exc)))
            continue
        except ValueError as exc:
            report(number, str(exc))
            continue
        for record in records:
            out.write(dumps(record, ensure_ascii=False))
            out.write("\n")
    return 1 if bad else 0


def cmd_redact(args: argparse.Namespace, stdin: BinaryIO, stdout: TextIO, stderr: TextIO) -> int:
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

    return _for_each_line(stdin, stdout, stderr, handle, args.max_line_bytes)


def cmd_eval(args: argparse.Namespace, stdin: BinaryIO, stdout: TextIO, stderr: TextIO) -> int:
    from .evaluation import CorpusError, evaluate

    try:
        with open(args.corpus, encoding="utf-8") as corpus:
            report = evaluate(corpus, Redactor(_policy(args)))
    except OSError as exc:
        stderr.write(f"cannot read corpus {args.corpus}: {exc.strerror}\n")
        return 2
    except UnicodeDecodeError as exc:
        stderr.write(f"corpus {args.corpus} is not valid UTF-8 (byte {exc.start + 1})\n")
        return 2
    except CorpusError as exc:
        stderr.write(f"corpus {args.corpus} {exc}\n")
        return 2
    if not sum(report.as_dict()["count_by_type"].values()):
        stderr.write(f"corpus {args.corpus} has no labelled entity: nothing to score\n")
        return 2
    if args.json:
        stdout.write(json.dumps(report.as_dict(), indent=2) + "\n")
    else:
        stdout.write(report.render() + "\n")
    return 0


def cmd_genesys_parse(
    args: argparse.Namespace, stdin: BinaryIO, stdout: TextIO, stderr: TextIO
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

    return _for_each_line(stdin, stdout, stderr, handle, args.max_line_bytes)


def cmd_dlq(args: argparse.Namespace, stdin: BinaryIO, stdout: TextIO, stderr: TextIO) -> int:
    from transcript_pipeline.core.aws import client

    from .dlq import list_dead_letters, redrive

    try:
        return _dlq(args, client("sqs"), list_dead_letters, redrive, stdout, stderr)
    except (BotoCoreError, ClientError, ValueError) as exc:  # ValueError: botocore, no region
        # No region, no credentials, an endpoint that does not answer, access denied: one line.
        stderr.write(f"dlq {args.action}: {_aws_problem(exc)}\n")
        return 2


def _aws_problem(exc: Exception) -> str:
    """One line, whatever answered: a proxy or a wrong endpoint may send a whole HTML page."""
    if isinstance(exc, ClientError):
        error = exc.response.get("Error", {})
        problem = f"AWS refused the request: {error.get('Code', '?')} ({error.get('Message', '')})"
    elif isinstance(exc, ValueError):  # botocore builds "https://sqs..amazonaws.com" without one
        problem = f"no usable AWS region or endpoint ({exc}); set AWS_REGION"
    else:
        problem = str(exc)
    problem = " ".join(problem.split())
    return problem if len(problem) <= 300 else problem[:297] + "..."


def _dlq(args: argparse.Namespace, sqs: object, list_dead_letters: Callable[..., list],
         redrive: Callable[..., int], stdout: TextIO, stderr: TextIO) -> int:
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

    def command(name: str, help_text: str, example: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text,
                              epilog=f"example:\n  {example}",
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    def line_limit(p: argparse.ArgumentParser) -> None:
        p.add_argument("--max-line-bytes", type=int, default=MAX_LINE_BYTES,
                       help="skip (and report) longer lines (default: 65536, as the Lambda)")

    p = command("redact", "redact JSON Lines utterances from stdin to stdout",
                ".venv/bin/transcript-pipeline redact < tests/data/sample_call.jsonl")
    redaction_options(p)
    line_limit(p)
    p.set_defaults(func=cmd_redact)

    p = command("eval", "score the redactor on a labelled corpus",
                ".venv/bin/transcript-pipeline eval tests/data/handwritten.jsonl --json")
    p.add_argument("corpus", help="JSON Lines with pii and keep spans")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    redaction_options(p)
    p.set_defaults(func=cmd_eval)

    p = command("genesys-parse", "Genesys messages (JSON Lines on stdin) -> transcript events",
                ".venv/bin/transcript-pipeline genesys-parse < tests/data/genesys/"
                "ws_transcription.json")
    line_limit(p)
    p.add_argument("--text-field", choices=["transcript", "decoratedTranscript"],
                   default="transcript", help="which rendering of the utterance to take")
    p.set_defaults(func=cmd_genesys_parse)

    p = command("dlq", "list a dead-letter queue (ids and reasons) or redrive it",
                "AWS_REGION=eu-west-1 .venv/bin/transcript-pipeline dlq list "
                "https://sqs.eu-west-1.amazonaws.com/123456789012/transcripts-flush-dlq.fifo")
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
        return args.func(args, sys.stdin.buffer, sys.stdout, sys.stderr)
    except ValidationError as exc:
        parser.error(describe_validation_error(exc))
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
