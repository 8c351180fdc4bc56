"""From the session buffer to the LLM gateway: the flusher and the gateway client."""
