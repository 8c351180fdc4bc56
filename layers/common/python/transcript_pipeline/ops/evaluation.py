"""Scores the redactor on a labelled corpus (the format of tests/data/dev_corpus.jsonl).

Each line is an utterance with `pii` spans that must go and `keep` spans that must stay. An
entity counts as leaked when its text, or any run of at least half of it (and at least four
characters), survives in the redacted utterance, case and spacing folded. An entity whose id
appears in several utterances (a card read out in two parts) is caught only if every part is.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from math import ceil
from typing import Any

from transcript_pipeline.redaction import RedactionResult, RedactionSession, Redactor

# Our own placeholders are not surviving text: "[REDACTED_PERSON]" must not count as a leak of
# "Anderson" because both contain "erso".
_PLACEHOLDER_RE = re.compile(r"\[[A-Z][A-Z0-9_]*\]")


def fold(text: str) -> str:
    """Lower-case with all whitespace removed, as the leak rule compares text."""
    return "".join(text.lower().split())


def leaked(secret: str, redacted: str) -> bool:
    """True when `secret`, or a long enough run of it, survives in `redacted` (both folded)."""
    if not secret:
        return False
    run = len(secret) if len(secret) < 4 else max(ceil(len(secret) / 2), 4)
    return any(secret[i:i + run] in redacted for i in range(len(secret) - run + 1))


@dataclass
class Report:
    """Evaluation figures; `as_dict` is the `--json` output."""

    utterances: int = 0
    entities: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    keep: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    predicted: int = 0
    predicted_correct: int = 0
    outside_words: int = 0
    outside_words_kept: int = 0
    same_referent: list[int] = field(default_factory=lambda: [0, 0])  # same tag, pairs
    other_referent: list[int] = field(default_factory=lambda: [0, 0])  # other tag, pairs

    @staticmethod
    def _ratio(pair: list[int]) -> float:
        return pair[0] / pair[1] if pair[1] else 1.0

    def as_dict(self) -> dict[str, Any]:
        caught = [sum(v[0] for v in self.entities.values()),
                  sum(v[1] for v in self.entities.values())]
        kept = [sum(v[0] for v in self.keep.values()), sum(v[1] for v in self.keep.values())]
        return {
            "utterances": self.utterances,
            "recall": self._ratio(caught),
            "entities": caught[1],
            "recall_by_type": {t: self._ratio(v) for t, v in sorted(self.entities.items())},
            "count_by_type": {t: v[1] for t, v in sorted(self.entities.items())},
            "keep_survival": self._ratio(kept),
            "keep_by_type": {t: self._ratio(v) for t, v in sorted(self.keep.items())},
            "precision": self._ratio([self.predicted_correct, self.predicted]),
            "outside_words_kept": self._ratio([self.outside_words_kept, self.outside_words]),
            "coherence_same_referent": self._ratio(self.same_referent),
            "coherence_other_referent": self._ratio(self.other_referent),
            "coherence_pairs": [self.same_referent[1], self.other_referent[1]],
        }

    def render(self) -> str:
        d = self.as_dict()
        lines = [f"utterances {d['utterances']}, entities {d['entities']}",
                 f"{'type':<22}{'count':>7}{'recall':>9}"]
        for t, r in d["recall_by_type"].items():
            lines.append(f"{t:<22}{d['count_by_type'][t]:>7}{r:>9.3f}")
        lines.append(f"{'overall recall':<29}{d['recall']:>9.3f}")
        for t, r in d["keep_by_type"].items():
            lines.append(f"keep {t:<24}{r:>9.3f}")
        lines.append(f"{'keep survival':<29}{d['keep_survival']:>9.3f}")
        lines.append(f"{'precision (predicted spans)':<29}{d['precision']:>9.3f}")
        lines.append(f"{'words outside spans kept':<29}{d['outside_words_kept']:>9.3f}")
        if self.same_referent[1] or self.other_referent[1]:
            lines.append(f"{'same referent, same tag':<29}{d['coherence_same_referent']:>9.3f}"
                         f"  ({self.same_referent[1]} pairs)")
            lines.append(f"{'other referent, other tag':<29}"
                         f"{d['coherence_other_referent']:>9.3f}  ({self.other_referent[1]} pairs)")
        return "\n".join(lines)


class CorpusError(ValueError):
    """A corpus line that is not in the labelled format; the message names the line."""


def _row(line: str, number: int) -> dict:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise CorpusError(f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
                          ) from None
    missing = [k for k in ("conversation_id", "utterance_id", "text") if not isinstance(
        row, dict) or not isinstance(row.get(k), str)]
    if missing:
        raise CorpusError(f"line {number}: not in the labelled format (needs {', '.join(missing)})")
    return row


def evaluate(lines: Iterable[str], redactor: Redactor | None = None) -> Report:
    """Run the redactor over a labelled corpus, one session per conversation, in file order.

    Raises CorpusError naming the file line of the first line that is not a labelled utterance.
    """
    redactor = redactor or Redactor()
    sessions: dict[str, RedactionSession] = {}
    report = Report()
    parts_caught: dict[tuple[str, str], bool] = {}
    tagged: dict[str, list[tuple[str, str]]] = {}  # conversation -> (referent, tag) per mention
    pseudonyms = redactor.policy.placeholder == "pseudonym"
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        row = _row(line, number)
        text = row["text"]
        session = sessions.get(row["conversation_id"])
        if session is None:
            session = sessions[row["conversation_id"]] = redactor.session()
        result = session.redact(text, row.get("channel"))
        redacted = fold(_PLACEHOLDER_RE.sub("|", result.text))
        report.utterances += 1
        for span in row.get("pii", []):
            key = (span["type"], span.get("id") or f"{row['utterance_id']}:{span['start']}")
            caught = not leaked(fold(text[span["start"]:span["end"]]), redacted)
            parts_caught[key] = parts_caught.get(key, True) and caught
            if pseudonyms and caught and span.get("entity"):
                tag = _tag_of(result, span["start"], span["end"])
                if tag is not None:
                    tagged.setdefault(row["conversation_id"], []).append((span["entity"], tag))
        for span in row.get("keep", []):
            pair = report.keep[span["type"]]
            pair[1] += 1
            pair[0] += fold(text[span["start"]:span["end"]]) in redacted
        labelled = [(s["start"], s["end"]) for s in row.get("pii", []) + row.get("keep", [])]
        for f in result.entities:
            report.predicted += 1
            report.predicted_correct += any(
                f.start < e and s < f.end for s, e in
                ((p["start"], p["end"]) for p in row.get("pii", []))
            )
        _count_outside_words(report, text, labelled, [(f.start, f.end) for f in result.entities])
    for (entity_type, _), caught in parts_caught.items():
        pair = report.entities[entity_type]
        pair[1] += 1
        pair[0] += caught
    for mentions in tagged.values():
        for (referent, tag), (other, other_tag) in combinations(mentions, 2):
            pair = report.same_referent if referent == other else report.other_referent
            pair[1] += 1
            pair[0] += (tag == other_tag) == (referent == other)
    return report


def _tag_of(result: RedactionResult, start: int, end: int) -> str | None:
    """The placeholder of the finding that covers most of [start, end)."""
    best, tag = 0, None
    for finding, placeholder in zip(result.entities, result.placeholders, strict=True):
        overlap = min(end, finding.end) - max(start, finding.start)
        if overlap > best:
            best, tag = overlap, placeholder
    return tag


def _count_outside_words(
    report: Report, text: str, labelled: list[tuple[int, int]], redacted: list[tuple[int, int]]
) -> None:
    start = None
    for i, ch in enumerate(text + " "):
        if not ch.isspace():
            if start is None:
                start = i
            continue
        if start is not None:
            if not any(start < e and s < i for s, e in labelled):
                report.outside_words += 1
                report.outside_words_kept += not any(start < e and s < i for s, e in redacted)
            start = None
