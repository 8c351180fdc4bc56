"""Redacts Genesys Cloud Agent Assist transcripts before they reach an external LLM gateway."""

__version__ = "0.1.0"
