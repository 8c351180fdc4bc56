"""Which entity types to redact, and how to replace them: configuration, validated once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal, cast

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from .detectors import ENTITY_TYPES


class RedactionPolicy(BaseModel):
    """Redaction settings. `hash_key` keys the hashes kept in session state and pseudonyms.

    Without a `hash_key` a random one is drawn per process: safe, but names remembered in a
    stored session then stop matching after a restart. Deployments set it from Secrets Manager.
    """

    model_config = ConfigDict(frozen=True)

    entities: frozenset[str] = Field(default=frozenset(ENTITY_TYPES))
    placeholder: Literal["type", "pseudonym"] = "type"
    hash_key: SecretStr | None = None

    @field_validator("entities", mode="before")
    @classmethod
    def _known_types(cls, value: object) -> object:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        unknown = sorted(set(cast(Iterable[str], value)) - set(ENTITY_TYPES))
        if unknown:
            raise ValueError(
                f"unknown entity types {unknown}; known: {', '.join(ENTITY_TYPES)}"
            )
        return value
