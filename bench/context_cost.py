"""What the call-so-far context costs: input tokens per 1,000 utterances sent to the gateway,
for context budgets of 0, 20 turns (the default, `CONTEXT_TURNS`) and 40.

The dev corpus is redacted as the pipeline does (pseudonyms), cut into batches of `FLUSH_SIZE`
(10) per call, and each request is built by `build_request` exactly as the flush function
builds it. Tokens are estimated at four characters a token plus four a message (OpenAI's rule
of thumb for English; a tokenizer such as tiktoken would need a download this bench avoids).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from transcript_pipeline.core.config import Settings  # noqa: E402
from transcript_pipeline.core.models import RedactedSegment  # noqa: E402
from transcript_pipeline.delivery.gateway_client import build_request  # noqa: E402
from transcript_pipeline.redaction import RedactionPolicy, Redactor  # noqa: E402

FLUSH_SIZE = 10
BUDGETS = (0, Settings().context_turns, 40)


def calls() -> dict[str, list[RedactedSegment]]:
    redactor = Redactor(RedactionPolicy(placeholder="pseudonym"))
    sessions, out = {}, {}
    for line in (ROOT / "tests" / "data" / "dev_corpus.jsonl").read_text().splitlines():
        row = json.loads(line)
        cid = row["conversation_id"]
        session = sessions.setdefault(cid, redactor.session())
        segments = out.setdefault(cid, [])
        segments.append(RedactedSegment(
            conversation_id=cid, seq=len(segments) + 1, utterance_id=row["utterance_id"],
            channel=row["channel"], offset_ms=0, duration_ms=0,
            text=session.redact(row["text"], row["channel"]).text))
    return out


def tokens(budget: int, corpus: dict[str, list[RedactedSegment]]) -> float:
    prompt = Settings().system_prompt
    total = utterances = 0
    for cid, segments in corpus.items():
        for start in range(0, len(segments), FLUSH_SIZE):
            batch = segments[start:start + FLUSH_SIZE]
            context = segments[max(0, start - budget):start] if budget else []
            request = build_request("m", prompt, cid, batch, "k", context=context)
            total += sum(len(m.content or "") / 4 + 4 for m in request.messages)
            utterances += len(batch)
    return total / utterances * 1000


def main() -> None:
    corpus = calls()
    base = tokens(0, corpus)
    for budget in BUDGETS:
        figure = tokens(budget, corpus)
        label = f"{budget} turns" + (" (default)" if budget == Settings().context_turns else "")
        print(f"context {label:<20} {figure:>9,.0f} input tokens per 1,000 utterances "
              f"({figure / base:.1f}x no context)")


if __name__ == "__main__":
    main()
