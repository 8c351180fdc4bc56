"""Replacement text for a redacted span: the type, or a stable per-conversation pseudonym."""

from __future__ import annotations

import hashlib

from .state import MAX_PSEUDONYMS, SessionState

# Short tags for pseudonyms, as the gateway's prompt reads them: [EMAIL_2], [PHONE_1].
SHORT_TAGS = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "STREET_ADDRESS": "ADDRESS"}


def keyed_hash(key: bytes, value: str) -> str:
    """A short keyed hash: equal values match, the value itself cannot be recovered."""
    return hashlib.blake2b(value.encode(), key=key[:64], digest_size=8).hexdigest()


def type_placeholder(entity_type: str) -> str:
    return f"[REDACTED_{entity_type}]"


def pseudonym(entity_type: str, value: str, key: bytes, state: SessionState) -> str:
    """The tag this value got earlier in the conversation, or the next free one."""
    digest = keyed_hash(key, f"{entity_type}:{value}")
    tag = state.pseudonyms.get(digest)
    if tag is None:
        if len(state.pseudonyms) >= MAX_PSEUDONYMS:
            return type_placeholder(entity_type)  # never give two values one tag
        prefix = SHORT_TAGS.get(entity_type, entity_type)
        used = sum(1 for t in state.pseudonyms.values() if t.rsplit("_", 1)[0] == prefix)
        tag = f"{prefix}_{used + 1}"
        state.pseudonyms[digest] = tag
    return f"[{tag}]"
