"""What every detector sees and returns.

Detectors follow Presidio's recognizer shape, trimmed to what transcripts need: one class per
entity type, the context phrases that announce it (`context_phrases` in the language's
`data/<lang>/lexicon.json`), and two validation methods. `with_context` decides whether a
candidate is this entity when the speaker announced one ("my card number is ...");
`without_context` decides whether a candidate is this entity on its own evidence (a Luhn-valid
16-digit number, a formatted SSN). Keeping the two apart is what lets order numbers, prices and
times survive: they are only touched by strong evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

# Scores: how sure a detector is. Validated patterns beat context, context beats expectation.
SCORE_VALIDATED = 0.95
SCORE_CONTEXT = 0.85
SCORE_EXPECTED = 0.7


@dataclass(slots=True)
class Candidate:
    """A value-shaped piece of canonical text: a number, a date, an e-mail, an IP, an id."""

    kind: str  # number | date | email | ip | alnum | spelled | code
    text: str  # canonical text
    cstart: int
    cend: int
    groups: tuple[int, ...] = ()  # digit-group lengths when typed ("871-84-7206" -> 3, 2, 4)
    plus: bool = False  # typed with a leading "+" (international phone)
    paren: bool = False  # typed with an area code in parentheses
    opens: bool = False  # opens its utterance (only fillers before it): a continuation's place

    @property
    def digits(self) -> str:
        return "".join(ch for ch in self.text if ch.isdigit())


@dataclass(slots=True)
class Finding:
    """One detected entity, in original-text offsets."""

    type: str
    start: int
    end: int
    score: float


class Detector:
    """One entity type: a context-announced check and a self-evident check."""

    entity_type: str = ""

    def with_context(self, cand: Candidate) -> float | None:
        """Score when the conversation announced this entity type; None rejects."""
        return None

    def without_context(self, cand: Candidate) -> float | None:
        """Score on the candidate's own evidence; None rejects."""
        return None


def digit_count_between(cand: Candidate, low: int, high: int) -> bool:
    """True for a number candidate with `low`..`high` digits."""
    return cand.kind == "number" and low <= len(cand.digits) <= high


def typed_date(cand: Candidate) -> bool:
    """"03.05.2024", "2024.05.03", "12 05 2024": a date typed in groups, whatever a trunk
    prefix or an identifier's cue before it suggests."""
    digits, groups = cand.digits, cand.groups
    if groups == (4, 2, 2):
        year, first, second = digits[:4], digits[4:6], digits[6:]
    elif len(groups) == 3 and groups[2] == 4 and groups[0] <= 2 and groups[1] <= 2:
        first, second, year = digits[:groups[0]], digits[groups[0]:-4], digits[-4:]
    else:
        return False
    low, high = sorted((int(first), int(second)))
    return year[:2] in ("19", "20") and 1 <= low <= 12 and high <= 31
