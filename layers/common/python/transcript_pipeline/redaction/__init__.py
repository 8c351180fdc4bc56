"""Transcript-aware PII redaction: `Redactor` for configuration, `RedactionSession` per call."""

from .detectors import ENTITY_TYPES
from .engine import RedactionResult, RedactionSession, Redactor
from .policy import RedactionPolicy
from .state import SessionState

__all__ = [
    "ENTITY_TYPES", "RedactionPolicy", "RedactionResult", "RedactionSession", "Redactor",
    "SessionState",
]
