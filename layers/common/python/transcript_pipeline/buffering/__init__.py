"""The redact step and the per-conversation session buffer it writes to."""
