"""Stand-ins for the remote parties: Genesys Cloud and the LLM gateway."""
