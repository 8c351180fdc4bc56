"""Error messages that name what was wrong and where, and never quote transcript text."""

from __future__ import annotations

from pydantic import ValidationError


def describe_validation_error(exc: ValidationError) -> str:
    """'field: problem' for each error, without the offending input value."""
    parts = []
    for err in exc.errors(include_input=False, include_url=False):
        if err["type"] == "json_invalid":
            parts.append(f"not valid JSON ({err['ctx'].get('error', err['msg'])})")
            continue
        where = ".".join(str(p) for p in err["loc"]) or "(document)"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)
