"""Operator tools: the command line, dead-letter queues and the redaction evaluation."""
