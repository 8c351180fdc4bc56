"""What a conversation carries from one utterance to the next.

Stored in DynamoDB between Lambda invocations, so it must be small and must not hold personal
data: it holds entity *types* the conversation is waiting for (a question was asked, or a number
was cut off at the end of an utterance), keyed hashes of names already heard, and pseudonym tags
keyed by hashes of the values they stand for.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

MAX_NAMES = 16
MAX_PSEUDONYMS = 256


class SessionState(BaseModel):
    expect: dict[str, int] = Field(
        default_factory=dict,
        description="entity type -> utterances left during which an answer is expected",
    )
    names: list[str] = Field(
        default_factory=list, description="keyed hashes of name words heard in this call"
    )
    pseudonyms: dict[str, str] = Field(
        default_factory=dict, description="keyed hash of a value -> its pseudonym tag"
    )
