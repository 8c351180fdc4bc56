"""From Genesys to the events queue: message parsing, the listener, the publisher."""
