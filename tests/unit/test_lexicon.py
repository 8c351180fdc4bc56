"""The redactor's word lists come from a data file per language, and read as the code expects."""

from __future__ import annotations

import pytest

from transcript_pipeline.redaction import lexicon


@pytest.mark.parametrize("tag, pack", [("en", "en"), ("en-GB", "en"), ("EN_us", "en"),
                                       (None, "en"), ("fr-CA", "en"), ("zz", "en")])
def test_a_language_tag_reads_its_pack_or_the_default(tag: str | None, pack: str) -> None:
    # Only English has a pack today: another language still gets English cues, never none.
    assert lexicon.language_pack(tag) == pack


def test_the_english_pack_is_lower_case_and_every_list_is_filled() -> None:
    data = lexicon.load("en")
    lists = [v for k, v in data.items() if isinstance(v, list)]
    lists += list(data["context_phrases"].values())
    assert lists and all(lists)
    words = [w for items in lists for w in items]
    assert all(w == w.lower() and w == w.strip() for w in words)
    assert set(lexicon.CONTEXT_PHRASES) >= {"CREDIT_CARD", "PASSWORD", "MEMBER_ID", "KEEP"}


def test_owners_and_heads_combine_on_their_own_side() -> None:
    # "policy number" announces a person's identifier; "order number" the business's own.
    assert "policy number" in lexicon.CONTEXT_PHRASES["MEMBER_ID"]
    assert "order number" in lexicon.CONTEXT_PHRASES["KEEP"]
    assert "order number" not in lexicon.CONTEXT_PHRASES["MEMBER_ID"]


def test_phrases_are_held_in_the_canonical_form_they_are_matched_in() -> None:
    # The phrase tables split the data's phrases on spaces at every cold start instead of
    # normalising each one: "first pet", "numéro de compte" or "mob." would never match the
    # canonical "1st pet", "numero de compte", "mob ." of a transcript.
    from transcript_pipeline.redaction.normalize import normalize

    phrases = {p for items in lexicon.CONTEXT_PHRASES.values() for p in items}
    phrases |= {*lexicon.NAME_REQUESTS, *lexicon.PEOPLE_LABELS, *lexicon.PEOPLE_LISTS}
    stray = {p: " ".join(piece.text for piece in normalize(p).pieces) for p in phrases}
    assert {p: c for p, c in stray.items() if c != p} == {}
