"""Replacement text for a redacted span: the type, or a pseudonym coherent within the call.

A pseudonym tags a *referent*, not a string: the model reading the call must see that
"[PERSON_1]" in one turn is the caller of another, and that the card read back is the card given.

* A person is known by each of their name words: "priya raghunathan", then "priya", then
  "ms raghunathan", then "p r i y a" spelled are one `PERSON_1`. A full name whose first name
  differs from the one a tag already has is someone else ("tunde adeyemi" after "grace
  adeyemi"); a surname alone goes to whoever has it.
* A value is known by its digits (or, without digits, its letters): the same value said again,
  whatever type the engine gave it the second time, gets the same tag. A value read in parts is
  one tag: the part that continues a cut-off number takes the tag of the part before.

Only keyed hashes go into the session state: the tags survive the Lambda process (the state is
stored with the session), the values never leave the utterance.
"""

from __future__ import annotations

import hashlib

from .lexicon import NAME_PARTICLES, TITLES
from .normalize import normalize
from .state import MAX_PSEUDONYMS, SessionState

# Short tags for pseudonyms, as the gateway's prompt reads them: [EMAIL_2], [PHONE_1].
SHORT_TAGS = {"EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "STREET_ADDRESS": "ADDRESS"}
# Words of a name span that say nothing about who it is.
_NOT_IDENTIFYING = TITLES | NAME_PARTICLES


def keyed_hash(key: bytes, value: str) -> str:
    """A short keyed hash: equal values match, the value itself cannot be recovered."""
    return hashlib.blake2b(value.encode(), key=key[:64], digest_size=8).hexdigest()


def type_placeholder(entity_type: str) -> str:
    return f"[REDACTED_{entity_type}]"


class Pseudonyms:
    """Hands out the tags of one conversation; all it keeps is in `state.pseudonyms`: keyed
    hashes of name words and values -> their tag, of a type -> the tag its last value got, and
    of a person's tag -> the keyed hash of their first name."""

    def __init__(self, key: bytes, state: SessionState) -> None:
        self.key = key
        self.state = state

    def person(self, text: str) -> str:
        """The tag of the person a name span refers to."""
        words, joined = _name_words(text)
        book = self.state.pseudonyms
        digests = [self._hash("PERSON", w) for w in words]
        whole = self._hash("PERSON", "".join(joined))
        tag = book.get(whole) or next((book[d] for d in digests if d in book), None)
        if tag is not None and len(words) > 1 and digests[0] not in book:
            first = book.get(self._hash("FIRST", tag))
            if first is not None and first != digests[0]:
                tag = None  # "tunde adeyemi" after "grace adeyemi": another adeyemi
        if tag is None:
            tag = self._new_tag("PERSON")
            if tag is None:
                return type_placeholder("PERSON")
        if len(words) > 1:
            book.setdefault(self._hash("FIRST", tag), digests[0])
        # Each word, and the name's tail run together as it is spelled ("d-e l-o-s s-a-n-t-o-s").
        # A surname heard alone before goes over to the full name it turns out to belong to.
        tails = [self._hash("PERSON", "".join(joined[k:])) for k in range(len(joined))]
        for digest in [*digests, *tails]:
            if len(book) < MAX_PSEUDONYMS - 2:
                owner = book.setdefault(digest, tag)
                if owner != tag and len(words) > 1 and digest != digests[0] \
                        and self._hash("FIRST", owner) not in book:
                    book[digest] = tag
        return f"[{tag}]"

    def alias(self, text: str, tag: str) -> str:
        """A nickname given for the person of `tag` ("... but everyone calls me Tilly"): its
        words are that person's from now on."""
        words, _ = _name_words(text)
        book = self.state.pseudonyms
        for word in words:
            if len(book) < MAX_PSEUDONYMS - 2:
                book[self._hash("PERSON", word)] = tag
        return f"[{tag}]"

    def value(self, entity_type: str, text: str, continues: bool = False) -> str:
        """The tag of a value; `continues`: the rest of the value whose part came last."""
        book = self.state.pseudonyms
        canonical = normalize(text).canonical  # "oh three four three" is 0343 too
        digits = "".join(ch for ch in canonical if ch.isdigit())
        digest = self._hash("VALUE", digits if len(digits) >= 4 else
                            entity_type + ":" + "".join(ch for ch in canonical if ch.isalnum()))
        last = self._hash("LAST", entity_type)
        tag = book.get(digest) or (book.get(last) if continues else None) \
            or self._read_in_parts(digits)
        if tag is None:
            tag = self._new_tag(entity_type)
            if tag is None:
                return type_placeholder(entity_type)  # never give two values one tag
        if len(book) < MAX_PSEUDONYMS - 1:
            book.setdefault(digest, tag)
            book[last] = tag
        return f"[{tag}]"

    def _read_in_parts(self, digits: str) -> str | None:
        """The tag of a value given earlier in parts, now said whole ("4539 1488" and "0343 6467",
        then "so that's 4539 1488 0343 6467"): the digits split into known parts of one tag."""
        if len(digits) < 8:
            return None
        book = self.state.pseudonyms
        tags: dict[int, str] = {0: ""}  # digits consumed -> the tag of the parts so far
        for start in range(len(digits) - 3):
            if start not in tags:
                continue
            for end in range(start + 4, len(digits) + 1):
                tag = book.get(self._hash("VALUE", digits[start:end]))
                if tag is not None and tags[start] in ("", tag):
                    tags.setdefault(end, tag)
        return tags.get(len(digits)) or None

    def _hash(self, kind: str, value: str) -> str:
        return keyed_hash(self.key, f"{kind}:{value}")

    def _new_tag(self, entity_type: str) -> str | None:
        if len(self.state.pseudonyms) >= MAX_PSEUDONYMS - 2:
            return None
        prefix = SHORT_TAGS.get(entity_type, entity_type)
        used = {t for t in self.state.pseudonyms.values() if t.rsplit("_", 1)[0] == prefix}
        return f"{prefix}_{len(used) + 1}"


def _name_words(text: str) -> tuple[list[str], list[str]]:
    """The identifying words of a name as spoken or spelled ("Mrs. O'Brien" and "o b r i e n"
    both yield "obrien"; titles and particles are left out), and all its words but the titles
    (particles kept, as a spelled surname has them: "de los santos")."""
    pieces = [p.text.removesuffix("'s").replace("'", "") for p in normalize(text).pieces
              if p.kind in ("word", "spelled") and p.text not in TITLES]
    words = [w for w in pieces if w not in NAME_PARTICLES]
    return (words or [text.lower()]), (pieces or [text.lower()])
