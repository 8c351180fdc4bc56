"""Person names, of the caller and of the agent.

Transcripts are lower-case more often than not, and callers come from every country, so neither
capitalisation nor a list of names is a reliable signal. What is reliable is how people
introduce themselves on a call: "my name is ...", "this is ... with customer care", "it's ..."
in answer to "who am I speaking with", a name spelled letter by letter after "can you spell
that". The detector takes the name-shaped words that follow such a cue and stops at the first
word that is not a name (see `lexicon.NON_NAME`). Where a transcript does come in mixed case,
a capital letter settles the cues that are too weak alone ("my husband is Rajesh", "my
brother, Anders").
"""

from __future__ import annotations

from ..lexicon import (
    FILLERS,
    FUNCTION_WORDS,
    MONTHS,
    NAME_CLOSERS,
    NAME_PARTICLES,
    NON_NAME,
)
from ..normalize import Piece

# Cues after which a name follows whatever the rest of the utterance looks like.
_STRONG = (
    ("my", "name", "is"), ("my", "name's"), ("name", "is"), ("name's",), ("the", "name", "is"),
    ("last", "name", "is"), ("surname", "is"), ("call", "me"),
    ("mr",), ("mrs",), ("ms",), ("miss",), ("mister",), ("doctor",), ("dr", "."),
    ("prof", "."),
    ("speaking", "with"),
    ("speaking", "to"), ("talking", "to"), ("talking", "with"), ("ask", "for"),
)
# Family and other relations: a name may follow ("my wife chiamaka"), but so may anything
# ("my son wanted"), so the first word must not be a common word. After "my son is" anything
# may follow ("sick", "away"): there only a capitalised word in mixed-case text is a name.
_RELATIONS = frozenset((
    "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad",
    "partner", "brother", "sister", "grandmother", "grandfather", "colleague", "friend",
    "boss", "manager", "neighbour", "neighbor", "fiance", "fiancee"))
_POSSESSIVES = ("my", "her", "his", "their", "our")
_RELATION: tuple[tuple[str, ...], ...] = (
    *((p, r) for p in _POSSESSIVES for r in sorted(_RELATIONS)),
    ("account", "is", "under"), ("under", "the", "name"), ("in", "the", "name", "of"),
    ("holder", "is"), ("cardholder", "is"), ("authorized", "user", "is"),
    ("authorised", "user", "is"), ("speak", "with"), ("speak", "to"), ("talk", "to"),
    ("talk", "with"), ("he's", "called"), ("she's", "called"), ("he", "is", "called"),
    ("she", "is", "called"), ("he's", "named"), ("she's", "named"),
)
# "he's Tomás Ruiz": anything may follow ("he's sick"), so only a capitalised word in
# mixed-case text (not title case) is a name.
_PRONOUN = (("he's",), ("she's",), ("he", "is"), ("she", "is"))
_TITLES = frozenset(("dr", "doctor", "mr", "mrs", "ms", "miss", "mister", "prof",
                     "professor", "sir", "madam"))
# Cues that introduce a name only at the start of an answer or when a name was asked for.
_WEAK = (
    ("this", "is"), ("it's",), ("its",), ("it", "is"), ("i'm",), ("im",), ("i", "am"),
    ("thanks",), ("thank", "you"), ("hi",), ("hello",), ("hey",),
)
# Words after a name that make "<cue> <words> <closer>" an introduction wherever it stands:
# "billing, this is Kwame Mensah speaking".
_INTRO_CLOSERS = frozenset(("speaking", "calling", "here", "with", "from"))
# An agent's greeting before "this is" or "i'm" makes it an introduction mid-utterance:
# "thank you for calling fabrikam bank this is marcus how may i help".
_AGENT_GREETINGS = (("for", "calling"), ("you've", "reached"), ("have", "reached"),
                    ("welcome", "to"), ("through", "to"))
_GREETING_REACH = 8  # words between the greeting and the cue: the company's name
_SELF_CUES = frozenset((("this", "is"), ("i'm",), ("im",), ("i", "am")))
_CUES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _kind, _group in (("strong", _STRONG), ("weak", _WEAK), ("relation", _RELATION),
                      ("pronoun", _PRONOUN)):
    for _cue in _group:
        _CUES.setdefault(_cue[0], []).append((_cue, _kind))
_MAX_NAME_WORDS = 4
_GREETINGS = frozenset(("hi", "hello", "hey", "morning", "afternoon", "evening", "thanks"))
_NAMING = frozenset(("named", "called"))  # "my daughter named ..."
_SPELLING = frozenset(("name", "spell", "spelled", "spelt", "spelling"))


def _is_name_word(piece: Piece, excluded: frozenset[str] = NON_NAME) -> bool:
    if piece.kind == "spelled":
        return True
    text = piece.text
    return piece.kind == "word" and text.replace("'", "").isalpha() and text not in excluded \
        and len(text) > 1


def _name_end(pieces: list[Piece], k: int, sure: bool = False) -> int:
    """Index after the name that starts at `k` (k itself when there is none).

    When a name is `sure` to follow (after "my name is", or in answer to "who am I speaking
    with"), its first word only has to be no function word: "this is long", "it's will".
    """
    k = _skip_titles(pieces, k)  # "this is dr. amara nwosu"
    j = _skip_initials(pieces, k, FUNCTION_WORDS if sure else NON_NAME)  # "j r martinez"
    words = 0
    while j < len(pieces) and words < _MAX_NAME_WORDS:
        excluded = FUNCTION_WORDS if sure and words == 0 else NON_NAME
        if not _is_name_word(pieces[j], excluded) or _date_starts(pieces, j):
            break
        j += 1
        words += 1
        # "jean-pierre", "al-hassan": a hyphen glued between two name words.
        if j + 1 < len(pieces) and pieces[j].text == "-" and _is_name_word(pieces[j + 1]):
            j += 1
    while j > k and pieces[j - 1].text in NAME_PARTICLES:
        j -= 1  # "maria de" then a stop word: the particle is not part of the name
    if j > k and pieces[k].text in NAME_PARTICLES \
            and not (sure and any(p.text not in NAME_PARTICLES for p in pieces[k:j])):
        return k  # a surname may open with one ("my name is de la cruz"), a guess may not
    return j


def _date_starts(pieces: list[Piece], j: int) -> bool:
    """A month and a number: "abigail nakamura march second ..." ends the name before it."""
    return pieces[j].text in MONTHS and j + 1 < len(pieces) \
        and pieces[j + 1].kind in ("number", "ordinal")


def find_name_end(pieces: list[Piece], k: int) -> int:
    """Index after the name words that start at `k` (at most two, and what a hyphen glues to
    them: "adebayo-williams"; k when there are none)."""
    j = k
    words = 0
    while j < len(pieces) and words < 2 and pieces[j].kind == "word" \
            and _is_name_word(pieces[j]):
        j += 1
        words += 1
        if j + 1 < len(pieces) and pieces[j].text == "-" and _is_name_word(pieces[j + 1]):
            j += 2
    return j


def find_name_start(pieces: list[Piece], k: int, cased: str) -> int:
    """Index of what belongs to the name at `k` from before it: particles ("de la cruz"), an
    initial ("k asante", "J. Okafor") or, in mixed-case text and not at its very start,
    capitalised given names ("Grace Adebayo", "Thi Hoa Nguyen"); k when there is none."""
    while k > 0 and pieces[k - 1].text in NAME_PARTICLES:
        k -= 1  # "de la cruz", "van der berg"
    before = k - 2 if k > 1 and pieces[k - 1].text == "." else k - 1
    if before >= 0 and _is_initial(pieces[before]):
        return before
    start = k
    while start > 0 and k - start < _MAX_NAME_WORDS - 1 and pieces[start - 1].start > 0 \
            and pieces[start - 1].kind == "word" and capitalised(pieces[start - 1], cased) \
            and _is_name_word(pieces[start - 1]):
        start -= 1
    return start


def _skip_initials(pieces: list[Piece], k: int, excluded: frozenset[str]) -> int:
    """Index after the initials at `k` ("j r", "J. R.", read as one spelled piece "jr") when a
    name word follows them."""
    j = k
    while j < len(pieces) and (_is_initial(pieces[j])
                               or (pieces[j].kind == "spelled" and len(pieces[j].text) <= 3)):
        j += 1
        if j < len(pieces) and pieces[j].text == ".":
            j += 1
    return j if j < len(pieces) and _is_name_word(pieces[j], excluded) else k


def _is_initial(piece: Piece) -> bool:
    return piece.kind == "word" and len(piece.text) == 1 and piece.text.isalpha() \
        and piece.text not in ("a", "i")


def _closed(pieces: list[Piece], j: int) -> bool:
    """True when the name ending before `j` is followed by what ends an introduction."""
    if j + 1 < len(pieces) and pieces[j].text == "-" and pieces[j + 1].kind == "number":
        return False  # "plx-4471-9920": a code, not a name
    return j >= len(pieces) or pieces[j].kind == "punct" or pieces[j].text in NAME_CLOSERS \
        or pieces[j].text in FUNCTION_WORDS or _date_starts(pieces, j)


def _at_start(words: list[str], i: int) -> bool:
    """True when only fillers, or a greeting and the name greeted ("hi priya"), come before."""
    before = [w for w in words[:i] if w != ","]
    if all(w in FILLERS or w == "you" for w in before):
        return True
    return len(before) <= 2 and before[0] in _GREETINGS


def _after_agent_greeting(words: list[str], i: int) -> bool:
    """True when an agent's greeting ("thanks for calling ...") shortly precedes word i."""
    before = words[max(i - _GREETING_REACH - 2, 0):i]
    return any(tuple(before[g:g + 2]) in _AGENT_GREETINGS for g in range(len(before) - 1))


def find_names(
    pieces: list[Piece], name_expected: bool, original: str = ""
) -> list[tuple[int, int]]:
    """Piece-index ranges [start, end) that hold a person's name.

    `original` is the utterance as transcribed: where it has mixed case, a capital letter is
    one more hint.
    """
    words = [p.text for p in pieces]
    spans: list[tuple[int, int]] = []
    spelling = name_expected or not _SPELLING.isdisjoint(words)
    cased = mixed_case(original)
    i = 0
    n = len(pieces)
    while i < n:
        piece = pieces[i]
        if piece.kind == "spelled" and spelling:
            spans.append((i, i + 1))
            i += 1
            continue
        cues = _CUES.get(piece.text)
        if cues:
            end = _after_cue(pieces, words, i, cues, name_expected, cased)
            if end is not None:
                start, stop = end
                spans.append((start, stop))
                i = stop
                continue
        i += 1
    spans.extend(_self_announced(pieces, words))
    spans.extend(_appositions(pieces, words, cased))
    if name_expected and not any(p.kind != "spelled" for p in (pieces[a] for a, _ in spans)):
        spans.extend(_bare_answer(pieces, words))
    return spans


def _bare_answer(pieces: list[Piece], words: list[str]) -> list[tuple[int, int]]:
    """An answer that is just the name: "Andrea Davidson", "yeah, Priya here", and its
    parts after commas when they end the answer or the next comma ("siobhan, s i o b h a n,
    murphy"; not "priya, hang on")."""
    n = len(pieces)
    k = 0
    while k < n and (words[k] in FILLERS or words[k] == ","):
        k += 1
    j = _name_end(pieces, k)
    if j <= k or not _closed(pieces, j):
        return []
    while j + 1 < n and words[j] == ",":
        nxt = _name_end(pieces, j + 1)
        if nxt == j + 1 or (nxt < n and pieces[nxt].kind != "punct"):
            break
        j = nxt
    return [(k, j)]


def _appositions(pieces: list[Piece], words: list[str], cased: str) -> list[tuple[int, int]]:
    """"my husband, Rajesh", "Nkechi's dad, Olumide": a relation, a comma, capitalised names.

    Only in mixed-case text: "my husband, unfortunately, ..." must survive.
    """
    found = []
    for i in range(len(words) - 2):
        if words[i] in _RELATIONS and words[i + 1] == ",":
            k = j = i + 2
            while j < len(pieces) and j - k < _MAX_NAME_WORDS and capitalised(pieces[j], cased) \
                    and _is_name_word(pieces[j]):
                j += 1
            if j > k:
                found.append((k, j))
    return found


def _self_announced(pieces: list[Piece], words: list[str]) -> list[tuple[int, int]]:
    """"Good afternoon, Dmitri speaking": a name, then "speaking" or "here", at the start."""
    found = []
    for i, word in enumerate(words):
        if word not in ("speaking", "here") or i == 0:
            continue
        k = i
        while k > 0 and i - k < _MAX_NAME_WORDS and _is_name_word(pieces[k - 1]):
            k -= 1
        if k < i and _at_start(words, k):
            found.append((k, i))
    return found


def _after_cue(
    pieces: list[Piece],
    words: list[str],
    i: int,
    cues: list[tuple[tuple[str, ...], str]],
    name_expected: bool,
    cased: str,
) -> tuple[int, int] | None:
    following = words[i + 1] if i + 1 < len(words) else ""
    for cue, kind in cues:
        if (len(cue) > 1 and cue[1] != following) or tuple(words[i:i + len(cue)]) != cue:
            continue
        if cue[0] in ("dr", "prof") and any(p.kind == "number" for p in pieces[max(i - 4, 0):i]):
            return None  # "42 elm dr. boston": a street, not a doctor
        # A title is skipped with the full stop after it ("Mrs. Adaeze Okonkwo-Bright").
        k = i if len(cue) == 1 and cue[0] in _TITLES else i + len(cue)
        sure = kind == "strong" or name_expected
        if kind == "weak" and name_expected and words[k:k + 1] == ["under"]:
            k += 1  # "it's under (the name (of)) ..."
            if words[k:k + 2] == ["the", "name"]:
                k += 3 if words[k + 2:k + 3] == ["of"] else 2
        if kind == "pronoun" and (k >= len(words) or not capitalised(pieces[k], cased)
                                  or _title_case(pieces, cased)):
            continue  # and a common word is still none: "She's Happy with it"
        if kind == "relation" and k + 1 < len(words):
            if words[k] in _NAMING:
                k, sure = k + 1, True  # "my daughter named leilani"
            elif words[k] == "is" and capitalised(pieces[k + 1], cased) \
                    and not capitalised(pieces[k], cased):  # "My Son Is Going": title case
                k, sure = k + 1, True  # "my husband is Rajesh"
        j = _name_end(pieces, k, sure=sure)
        if j > k:
            j = _capitalised_tail(pieces, k, j, cased)
        titled = _skip_titles(pieces, k) > k  # "this is dr. amara nwosu": a title, a name
        k = _skip_titles(pieces, k)
        if kind == "relation" and cue[0] in _POSSESSIVES:
            j = min(j, _relation_name_end(pieces, k, cased))
        if j <= k:
            return None
        if kind in ("strong", "relation", "pronoun") or name_expected or titled \
                or ((_at_start(words, i) or (cue in _SELF_CUES and _after_agent_greeting(words, i)))
                    and _closed(pieces, j)) \
                or (j < len(words) and words[j] in _INTRO_CLOSERS):
            return k, j
        return None
    return None


def _capitalised_tail(pieces: list[Piece], k: int, j: int, cased: str) -> int:
    """Extend the name [k, j) over capitalised words that are common words too ("this is
    Kevin Love and ..."): in mixed-case text mid-sentence capitals say more than the word
    list. Not in title case ("This Is Kevin Calling About ..."), where every word has one."""
    if not cased or _title_case(pieces, cased):
        return j
    while j < len(pieces) and j - k < _MAX_NAME_WORDS and capitalised(pieces[j], cased) \
            and _is_name_word(pieces[j], FUNCTION_WORDS):
        j += 1
    return j


def _title_case(pieces: list[Piece], cased: str) -> bool:
    """True when most words are capitalised: then a capital says nothing about a name."""
    words = [p for p in pieces if p.kind == "word"]
    return 2 * sum(capitalised(p, cased) for p in words) > len(words)


def mixed_case(original: str) -> str:
    """The text if its case carries information (neither all lower nor all upper), else ""."""
    return original if original != original.lower() and original != original.upper() else ""


def capitalised(piece: Piece, cased: str) -> bool:
    """True when the piece starts with a capital in text that `mixed_case` kept."""
    return bool(cased) and cased[piece.start].isupper()


def _relation_name_end(pieces: list[Piece], k: int, cased: str) -> int:
    """After "my wife" only one word is surely a name ("my wife chiamaka handles ..."); in
    mixed-case text, so is every capitalised word that follows ("my son Kofi Boateng")."""
    j = k + (3 if k + 1 < len(pieces) and pieces[k + 1].text == "-" else 1)
    while j < len(pieces) and capitalised(pieces[j], cased) and _is_name_word(pieces[j]):
        j += 1
    return j


def _skip_titles(pieces: list[Piece], k: int) -> int:
    while k < len(pieces) and pieces[k].text in _TITLES:
        k += 1
        if k < len(pieces) and pieces[k].text == ".":
            k += 1
    return k
