"""E-mail addresses, typed or spoken ("john dot smith at gmail dot com").

The normaliser has already turned spoken addresses into typed ones, so this detector only
confirms the shape of what it was handed.
"""

from __future__ import annotations

from .. import patterns as rx
from ..lexicon import FREE_MAIL_DOMAINS, ROLE_MAILBOXES
from .base import SCORE_CONTEXT, SCORE_VALIDATED, Candidate, Detector

_LOCAL_PARTS = rx.compile(r"[._+-]")


def role_mailbox(address: str) -> bool:
    """A business's shared mailbox ("claims@sunwayrental.com", "baggage.claims@..."): no
    person's address, where an agent tells a caller what to write to (the engine keeps it
    unless an address was asked for or someone calls it theirs). A name anywhere in the
    local part ("j.smith.claims@") makes it someone's, and so does a personal provider
    ("info@gmail.com")."""
    local, _, domain = address.partition("@")
    return bool(local) and domain.split(".")[0] not in FREE_MAIL_DOMAINS \
        and all(part in ROLE_MAILBOXES for part in _LOCAL_PARTS.split(local))


class EmailDetector(Detector):
    entity_type = "EMAIL_ADDRESS"

    def with_context(self, cand: Candidate) -> float | None:
        if cand.kind == "email":
            return SCORE_VALIDATED
        # "my email is j smith seventy" with no domain: the spelled or alphanumeric handle.
        return SCORE_CONTEXT if cand.kind in ("alnum", "spelled") else None

    def without_context(self, cand: Candidate) -> float | None:
        return SCORE_VALIDATED if cand.kind == "email" else None
