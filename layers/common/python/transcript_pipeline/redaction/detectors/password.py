"""Passwords, passcodes and security answers given to verify a caller.

Anything can be a password ("bluebird twenty twenty"), so neither a shape nor a list finds one.
What marks it is the conversation: the caller says "my password is ...", or the agent asks for
"the password on the account" and the next answer holds it. The detector takes the words after
such a cue, up to the end of the clause, unless the first of them shows that no password
follows ("my password is not working", "hang on, let me find it").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import pairwise

from .. import patterns as rx
from ..lexicon import (
    AFFIRMATIVES,
    ANSWER_PLACE_KINDS,
    ASKING_BACK_WORDS,
    BUSINESS_REFERENCES,
    CHARACTER_WORDS,
    CONTEXT_PHRASES,
    CORRECTION_OPENERS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    EXCLAIMING,
    EXCLAMATIONS,
    FILLERS,
    FUNCTION_WORDS,
    LIFE_FIRSTS,
    LIFE_HISTORY_WORDS,
    MONTHS,
    NON_NAME,
    PAST_TENSE_VERBS,
    PUTTING_OFF_WORDS,
    SAINT_PLACES,
    SIGN_IN_MEANS,
    STREET_KINDS,
    STREET_SUFFIXES,
    TITLE_KINDS,
    VEHICLE_MAKES,
    WEEKDAYS,
)
from ..names import common_word, everyday_word, name_class, place_ranges
from ..normalize import NATO_LETTERS, NUMBER_WORDS, Piece, with_one_as_said
from .person import FAMILY

# Cues after which the password itself follows in the same utterance.
# Words that make "word" a secret's: "the magic word's Blackface 1986", "memorable word is".
_WORD_KINDS = ("security", "memorable", "secret", "magic", "safe", "code", "pass")
_SECRET_NOUNS = ("password", "passcode", "passphrase", "pin", "code", "word", "answer", "pw",
                 "pwd", "token")
_INLINE = (
    ("password's",), ("passcode's",), ("pass", "phrase", "is"), ("pin's",),
    *((noun, *verb) for noun in _SECRET_NOUNS if noun not in ("code", "word", "answer")
      for verb in (("is",), ("was",), ("to",), (":",), ("=",), ("it's",), ("its",),
                   (",", "it's"), (",", "its"), ("which", "is"), (",", "which", "is"),
                   # a hesitation first: "the pin um it's one nine"
                   *((um, it) for um in ("um", "uh", "er", "erm")
                     for it in ("it's", "its", "is")))),
    # what it will be: "my new password will be marmalade 77", "the pin's gonna be 4471"
    *((noun, *verb) for noun in ("password", "passcode", "passphrase", "pin")
      for verb in (("will", "be"), ("would", "be"), ("should", "be"), ("'ll", "be"),
                   ("is", "going", "to", "be"), ("is", "gonna", "be"), ("'s", "gonna", "be"))),
    *((f"{noun}'s", *verb) for noun in ("password", "passcode", "passphrase", "pin")
      for verb in (("gonna", "be"), ("going", "to", "be"))),
    # what it was set to: "my passcode got changed to marmalade", "the pin has been reset to"
    # (see `_set_to_after`: these take nothing but a value set)
    *(_SET_LINKS := (*((noun, *link) for noun in ("password", "passcode", "passphrase", "pin")
                       for link in (("got",), ("has", "been"), ("had", "been"))),
                     *((noun, *link) for noun in ("word", "answer")  # "my memorable word got
                       for link in (("got",), ("was",), ("has", "been"))))),  # changed to ..."
    # what the speaker makes it: "i was going to make the new password xunantunich 2024"
    *(_MAKE_THE_SECRET := tuple(
        ("make", owner, *new, noun) for owner in ("the", "my", "our") for new in ((), ("new",))
        for noun in ("password", "passcode", "passphrase", "pin"))),
    # "a temporary password of kiwi harbour nine one" (not "a token of appreciation")
    *((noun, "of") for noun in ("password", "passcode", "passphrase", "pin")),
    # an issued one: "i'll set a temporary one, 7 1 7 1, and ..." (its digits only)
    *(_TEMPORARY_ONES := with_one_as_said(tuple(
        (adjective, "one", ",") for adjective in ("temp", "temporary")))),
    # an issued one: "i'll give you a temp one, it's harvest lamp forty two"
    *((adjective, "1", *verb) for adjective in ("temp", "temporary", "new")
      for verb in (("it's",), ("its",), (",", "it's"), (",", "its"), ("is",))),
    *((adjective, "one", *verb) for adjective in ("temp", "temporary")  # (the pronoun after
      for verb in (("it's",), ("its",), (",", "it's"), (",", "its"), ("is",))),  # these stays
    *((kind, "word", "is") for kind in _WORD_KINDS), *((kind, "word's") for kind in _WORD_KINDS),
    ("security", "answer", "is"), ("answer", "is"), ("time", "code", "is"),
    ("verification", "code", "is"),
    # every code the lexicon names a secret: "the gate code is two two seven seven", "the
    # access code: 4471"
    *((*phrase.split(), verb) for phrase in CONTEXT_PHRASES["PASSWORD"]
      if (phrase.endswith(" code") or phrase.startswith("code "))
      and NUMBER_WORDS.isdisjoint(phrase.split())
      for verb in ("is", ":")),  # ("the code for the gate is 4471")
)
# Cues that set a secret only where one is spoken of: "I've reset your PIN ... reset it to 4471"
# and not "change it to paperless billing" or "reset to factory settings".
# "I had password Tel-Aviv_1991!": a typed secret right after the word, one token with digits
# or symbols in it (not "my password 2 weeks ago").
_BARE_WORDS = (("password",), ("pw",), ("pwd",))
_SET_IT = tuple((verb, "it", *adverb, to) for verb in ("reset", "set", "changed", "change")
                for adverb in ((), ("now",), ("just",), ("back",), ("today",), ("up",),
                               ("over",))
                for to in ("to", "as"))
_SETTING = (*_SET_IT, ("reset", "to"),
            # "I've set a temporary one: Harbour-Lamp-62" ("one" reaches the detector as the
            # number it also is), "a temporary password, Welcome#4821", and typed notes: "reset
            # AD password for X, temp Winter#2025!", "temp pw given Sunrise!47". These take
            # only a value that looks like a secret (digits or symbols in it): not "Password,
            # MFA and email updated" or "PIN given verbally".
            ("1", ":"), ("one", ":"), ("password", ","), ("passcode", ","), ("pin", ","), ("temp",),
            ("given",), ("temporary",), ("password", "to"), ("passcode", "to"), ("word", "to"),
            ("answer", "to"),
            *(_NEW_ONES := tuple((adjective, *one) for adjective in ("temp", "temporary", "new")
                                 for one in (("one's", "gonna", "be"),  # (longest first)
                                             ("one's", "going", "to", "be"), ("one'll", "be"),
                                             ("1", "will", "be"), ("one", "will", "be"),
                                             ("one's",)))),
            *_BARE_WORDS, *(_MAKE_IT := (("make", "it"), ("make", "that"), *(
                ("make", whose, which, one) for whose in ("the", "my") for which in ("new", "next")
                for one in ("one", "pin", "password", "passcode", "code")))),
            # a secret proposed while one is being set: "Let's do 1974... no wait", "I'll go
            # with Quokka55"
            ("let's", "do"), ("lets", "do"), ("let's", "use"), ("i'll", "use"),
            ("i'll", "go", "with"), ("ill", "go", "with"), ("i'll", "put"), ("ill", "put"))
_ASKED_WORD = (("word", "is"), ("word", "'s"))
_YES = AFFIRMATIVES - {"please"}  # an answer's yes before it, not a request ("Please send ...")
_RESETS = frozenset((*_SET_IT, ("reset", "to")))  # with digits only, a secret where none is named
_SHAPED_ONLY = frozenset(_SETTING) - _RESETS - frozenset(_NEW_ONES)  # ("the new one's
# Kestrel" where a secret is in play)


def _by_first_word(cues: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Most words start no cue: look only where one could start."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in sorted(cues, key=len, reverse=True):  # the longest first: "password is going
        index.setdefault(cue[0], []).append(cue)  # to be ...", not "password is"
    return index


# How an answer read in parts opens each: "first half is k seven r", "second half nine q two".
_CODES_IN_A_LIST = ("one", "code")
_CODE_CHARACTERS_MIN = 3


def _code_characters(pieces: list[Piece], k: int) -> int:
    """How many characters of a code run from piece `k`: digits, letters spelled and single
    letters ("7391-0482", "7 4 K 2", "H B E W"; none in "due friday", one in "seven")."""
    count = 0
    while k < len(pieces) and (pieces[k].kind in ("number", "alnum", "spelled") or (
            pieces[k].kind == "word" and len(pieces[k].text) == 1)):
        count += len(pieces[k].text)
        k += 1
    return count
_PLACES_IN_A_SECRET = ("1st", "2nd", "3rd", "4th", "5th", "6th", "other", "last", "next",
                      "final")
_HALVES_BY_FIRST = _by_first_word((*with_one_as_said(tuple(
    (which, part, *is_) for which in _PLACES_IN_A_SECRET
    for part in ("half", "part", "bit", "three", "four", "group", "set", "block", "chunk", "word",
                 *_CODES_IN_A_LIST)
    for is_ in (("is",), ("'s",), (",",), ("...",), ("…",), ()))), *(
    (part, number, *is_) for part in ("word", "part", "half", "group", "block")
    for number in "123456" for is_ in (("is",), ("'s",), (",",), ()))))
# "First group, R, 7, K, 2.", "(10 backup codes, do you still have those?) ... okay, first one is
# 7391-0482", "Next one... 5520." (a code of digits: "the first one is seven" is a character by
# its place); a passphrase's words: "second word lantern", "word two lantern"


_LISTED_CODES = frozenset(cue for cues in _HALVES_BY_FIRST.values() for cue in cues
                          if cue[0] in _PLACES_IN_A_SECRET
                          and (cue[1] in _CODES_IN_A_LIST or cue[1] == "1"))


def part_named_on(pieces: list[Piece]) -> list[tuple[int, int]]:
    """A secret's next part, named by its place where the turn opens, right after its first
    was given: "Second part 9XMPL.", "and the last bit, seven seven q" (characters only, to
    the sentence's end)."""
    words = [p.text for p in pieces]
    k = 0
    while k < len(words) and (words[k] in FILLERS or words[k] in ("and", "ok", "okay", ",")):
        k += 1
    cue = next((c for c in _HALVES_BY_FIRST.get(words[k], ()) if k < len(words)
                and tuple(words[k:k + len(c)]) == c), None) if k < len(words) else None
    if cue is None:
        return []
    start = k + len(cue) + (words[k + len(cue):k + len(cue) + 1] == [","])
    end = start
    while end < len(words) and pieces[end].kind in ("number", "spelled", "alnum", "word") \
            and (pieces[end].kind != "word" or len(words[end]) == 1
                 or any(ch.isdigit() for ch in words[end])):
        end += 1
    return [(start, end)] if end > start and (end == len(words) or pieces[end].kind == "punct") \
        else []


# A security question's subject written as a form's field, its answer right after it: "first
# pet Briciola,", "memorable word: kestrel". Only where a field starts, and only a short answer
# that punctuation closes.
_SUBJECTS = frozenset((("1st", "pet"), ("pet's", "name"), ("1st", "school"), ("1st", "car"),
                       ("favourite", "teacher"), ("favorite", "teacher"), ("memorable", "word"),
                       ("security", "word"), ("security", "answer"), ("secret", "word"),
                       ("childhood", "nickname"), ("birth", "city"), ("1st", "street")))  # as
# normalised text holds them: "first" is "1st" there
_SUBJECT_ANSWER_WORDS = 2
# "Code is 482917, correct?", "it's asking for a code instead, 502 118": a bare code of digits
# only is a secret (see `_leading_code`).
_BARE_CODES = (("code", "is"), ("code", ","))
# Codes of goods and offers, which a bare "code is" does not make a secret.
_GOODS_CODES = frozenset(("commodity", "tariff", "promo", "promotional", "discount", "coupon",
                          "voucher", "product", "sku", "item", "part", "model", "colour", "color",
                          "style", "size", "hs", "customs", "campaign", "offer", "referral"))
_INLINE_BY_FIRST = _by_first_word((*_INLINE, *_BARE_CODES, *sorted(_SUBJECTS)))
_SETTING_BY_FIRST = _by_first_word(_SETTING)
_RESET_BY_FIRST = _by_first_word(tuple(_RESETS))
_SECRET_WORDS = frozenset(("password", "passcode", "passphrase", "pin", "code", "passwords",
                           "password's", "passcode's", "pin's", "pw", "pwd"))
# First words of an answer that restates its question before the value; so does any
# possessive ("mother's maiden name was ...", "grandad's first dog was ...").
_RESTATING = frozenset(("the", "my", "our", "his", "her", "their"))
_IT_IS = frozenset(("it's", "its", "it", "is", "that's", "thats"))
# Words of a speaker issuing a secret in the same breath as its value.
_ISSUED = frozenset(("issue", "issued", "issuing", "new", "temporary", "temp", "reset", "here's",
                     "generated", "one-off", "one-time"))
# Words that open an answer before the password: "sure, it's ...", "I think it's ...".
_LEADS = frozenset(("it's", "its", "it", "is", "that's", "should", "be", "i", "think",
                    # what someone chose: "she said to use pohutukawa", "let's go with ..."
                    "she", "he", "they", "we", "said", "says", "say", "to", "use", "go", "with",
                    "make",
                    "let's", "lets", "like", "i'd", "id", "want", "wants", "wanted", "going",
                    "believe", "was", "the", "password", "passcode", "reads", "shows",
                    "pin", "code", "new", "one", "temporary", "your", "it'll", "itll", "it'd",
                    "that'll", "that'd", "would", "will", "probably", "guess", "got",
                    # a moment's thought first: "let me think... r, e and n"
                    "let", "me", "see", "hmm", "hm",
                    # another try: "oh maybe i typed it kowhaitree", "try saint marys then"
                    "oh", "maybe", "perhaps", "try", "typed", "type", "put", "then",
                    # a guess between two: "it might be either 4471 or 7144"
                    "might", "either", "possibly"))
# An article before an answer, which is no part of it: "a blue fiesta", "an old mini".
_ARTICLES = frozenset(("a", "an"))
# First words that show no password follows.
_NOT_A_SECRET = NON_NAME | frozenset(
    "hang hold expired locked incorrect invalid working reset changed blocked forgotten "
    "change changing update pick choose keep leave decide think ahead "
    # what happens to it: "your pin stays the same", "it still works"
    "stays stay remains remain still works work worked unchanged "
    # what a code sent did: "ok it's come, it's l p 4492"
    "come came arrived through here gone "
    # a laugh or an apology is no secret: "ha sorry cheers"
    "ha haha hah lol oops whoops sorry apologies "
    "case sensitive same cheers ta lovely cool noted understood brilliant awesome nice done "
    "gotcha fab super sweet wonderful excellent appreciate appreciated "
    # ready for it to be told: "Yes, tell."
    "tell "
    # what happens to it rather than what it is: "it'll be issued within five days"
    "issued sent ready posted emailed texted processed activated active valid given one 1 "
    # the secret's own name: "a temporary password", "temp pw given Sunrise!47"
    "password passcode passphrase pin pw pwd code password's passcode's pin's temp temporary "
    "login logon username "
    # how it would be, not what it is: "no its grand thanks", "I'd rather use the app, it's easier"
    "grand easier quicker simpler faster pointless alright easy "
    # an exclamation: "Ach, the wife set all that up"
    "ach och ooh whoa wow golly crikey blimey heck jeez gosh "
    # when, not what: "let me reset your online banking password first"
    "first again later now today tonight tomorrow anyway though "
    # where, not what: "it has to be somewhere in my emails"
    "somewhere anywhere everywhere nowhere someplace "
    # what the call is, asked back before the secret: "is this call recorded"
    "recorded recording monitored encrypted secure "
    # a reply that opens with who does something: "we'd need it to check the screen"
    "we'd we'll we've we're you'd you'll i'd they'd they'll he'd she'd wed youd theyd".split()
)
_CLAUSE_ENDS = frozenset(("and", "but", "so", "because", "or", "then", "till", "until", "since",
                          "cause", "cos", "coz", "cuz", "when"))
_CODE_DIGITS = 3  # a number this long in an answer to a secret question is the secret
_PIN_DIGITS = 4  # ... and this long after a bare "code is" or "reset it to"
_SHORT_ANSWER = 8  # words and numbers: an answer, not a turn of its own
# Function words that may sit inside a password or answer: "fluffy the cat", "king of spades".
_INSIDE = frozenset(("the", "a", "of"))
_MAX_WORDS = 6
# A transcript (or a chat) may quote the secret: 'it's "marmalade"'. Then the quotes, not the
# words, say where it ends, and even "hello" inside them is the secret.
_QUOTES = frozenset('"“”\'‘’«»')


def quoted(pieces: list[Piece], k: int) -> bool:
    """A word set in quotes of its own, as a title or a secret is written ('Yeah, "Boy".')."""
    return 0 < k < len(pieces) - 1 and pieces[k - 1].text in _QUOTES \
        and pieces[k + 1].text in _QUOTES


def _offered_then_given(pieces: list[Piece], original: str = "") -> list[tuple[int, int]]:
    """A secret offered in a question and given right after it: "Should I give you the
    password? It's capital K, small w, a, m, e, hash, 2, 0...", "is it the pick-up password?
    it's wombat seventy-seven", "do you want the password? it's bluebird." (not "Do you need my
    pin? It's on the back of my card", "is it the error code? it's E13", "do you want the
    password? it's Roblox": a brand's, a thing's)."""
    words = [p.text for p in pieces]
    for k, word in enumerate(words[:-2]):
        asked = words[_sentence_start(words, k):k]
        if word != "?" or words[k + 1] not in ("it's", "its") \
                or _OFFERED_SECRETS.isdisjoint(asked):
            continue
        offered = not _OFFERING.isdisjoint(asked)
        span = _described_secret_after(pieces, k + 2)
        if span is None or not (offered or (
                tuple(asked[:2]) in _IS_IT_THE and not _OWN_SECRETS.isdisjoint(asked))):
            return []
        shaped = _secret_shaped(pieces, span)
        worded = offered and not _OWN_SECRETS.isdisjoint(asked) \
            and span[1] - span[0] <= _OFFERED_WORDS and _clause_closed(pieces, span[1], False) \
            and all(_seldom_said(p) and not original[p.start:p.start + 1].isupper()
                    for p in pieces[span[0]:span[1]])
        return [_spelled_out(pieces, span)] if shaped or worded else []
    return []


_OFFERED_SECRETS = _SECRET_WORDS | {"memorable"}  # "is that the memorable word? it's ..."
# ... of which those that name a secret of the caller's own, not some code ("error code")
_OWN_SECRETS = _OFFERED_SECRETS - {"code"}
_IS_IT_THE = frozenset((("is", "it"), ("is", "that"), ("it's", "the"), ("its", "the")))
_OFFERED_WORDS = 3  # an offered secret given in words: at most this many, closing the sentence


_OFFERING = frozenset(("give", "tell", "read", "spell", "want", "need"))  # (not "Can you reset
# the password? It's Gmail that's locked.")


def _sentence_start(words: list[str], k: int) -> int:
    while k > 0 and words[k - 1] not in (".", "?", "!", "…", "..."):
        k -= 1
    return k


def find_secrets(pieces: list[Piece], expected: bool, spoken_of: bool = False,
                 original: str = "") -> list[tuple[int, int]]:
    """Piece-index ranges [start, end) that hold a password or a security answer.

    `expected`: the other party just asked for one, so the answer may hold it bare.
    `spoken_of`: the speaker spoke of their own secret a turn or two ago ("I forgot my
    password"), so what they say it is or was is it (see `_stated_tokens`; `original` is the
    text the pieces' offsets point into).
    """
    words = [p.text for p in pieces]
    said = [w for w in words if any(ch.isalnum() for ch in w)]
    if expected and len(said) > 1 and set(said) <= _READY_WORDS \
            and not _WRITING_READY.isdisjoint(said) and not _READY_VERBS.isdisjoint(said):
        return []  # "(... a temporary passcode. Ready?) Yep, got a pen.": ready, no value
    spans = []
    setting = expected or not _SECRET_WORDS.isdisjoint(words)
    unmarked = not any(p.kind == "punct" for p in pieces)  # speech-to-text's, no marks
    for i, word in enumerate(words):
        if setting and word == "make" and words[i + 1:i + 3] in (["the", "new"], ["my", "new"]) \
                and _a_pin_alone(pieces, i + 3) and words[i + 3].startswith("1") \
                and _digit_by_digit(original[pieces[i + 3].start:pieces[i + 3].end]):
            spans.append((i + 3, i + 4))  # "can i make the new one two two one eight": the
            continue  # digits ran into the "one" that named the new PIN
        cues = _INLINE_BY_FIRST.get(word, ())
        if setting or (word in _SETTING_OPENERS and any(
                _word_run_into_digits(pieces, k) for k in range(i + 2, min(i + 4, len(pieces))))) \
                or (word == "make" and words[i + 2:i + 3] in (["new"], ["next"])
                    and _a_pin_alone(pieces, i + 4)):  # "Can I make the new one 1984?"
            cues = [*cues, *_SETTING_BY_FIRST.get(word, ())]  # ("can you just set it for
            # me? Make it Medellin2024!": a typed secret's shape, though none is named)
        if expected and word == "word":
            cues = [*cues, *_ASKED_WORD, *_HALVES_BY_FIRST[word]]  # "(your memorable word?)
            # ..., and the word is marigold", "word two lantern"
        elif expected and word in _HALVES_BY_FIRST:
            cues = [*cues, *_HALVES_BY_FIRST[word]]  # "(read it to me in two parts) first
            # half is k seven r" / "mm hm" / "second half nine q two"
        else:  # "i have reset it to one two three four": a PIN, though nobody named one
            cues = [*cues, *_RESET_BY_FIRST.get(word, ())]
        for cue in cues:
            if tuple(words[i:i + len(cue)]) == cue:
                if cue in _BARE_CODES and i > 0 and words[i - 1] in _GOODS_CODES:
                    break  # "the commodity code is 0901 21 00", "promo code is ...": no secret
                    # (but "the transfer code is 552183" is a one-time code)
                after = i + len(cue)
                while after + 1 < len(words) and words[after] == "," \
                        and words[after + 1] in FILLERS:
                    after += 2  # "first school, hmm, st brigid's": a pause, then the value
                if cue in _LISTED_CODES and _code_characters(pieces, after) < _CODE_CHARACTERS_MIN:
                    break  # "next one is due friday", "the first one is seven" (a code, not
                    # a character by its place: "and the last one H B E W")
                if cue[-1] == "to" and after + 1 < len(words) \
                        and words[after + 1] in FUNCTION_WORDS and pieces[after].kind != "number" \
                        and not (_set_before(words, i) and not everyday_word(words[after])):
                    break  # "do you need my passcode to test it": a verb, not the secret (but
                    # "i changed my password to wombat but it doesn't work")
                linked = cue[-1] in _LINKS or cue[-1].endswith("'s")
                span = _set_to_after(pieces, after, cue in _SET_LINKS) if linked \
                    else _described_secret_after(pieces, after)
                if span is not None and _a_length(pieces, span):
                    break  # "the pin should be four digits": how long it is, not what
                if span is not None and cue[-1] in ("is", "was", "were") \
                        and words[span[0]] in _DONE_TO_IT \
                        and words[span[0] + 1:span[0] + 2] != ["to"]:
                    break  # "my pin was stolen yesterday", "my password was hacked": what
                    # was done to it
                if span is not None and cue in _MAKE_THE_SECRET \
                        and not _secret_shaped(pieces, span) and not _rarely_said(pieces[span[0]]):
                    break  # "make the password longer", "make the pin expire": how it is to be
                if span is not None and (cue in _BARE_CODES or cue in _TEMPORARY_ONES
                                         or (cue in _RESETS and not setting)):
                    span = _leading_code(pieces, span)  # a number, not the words after it
                if span is not None and cue in _TEMPORARY_ONES and span[1] < len(pieces) \
                        and pieces[span[1]].kind != "punct":
                    span = None  # "a temporary one, 7 1 7 1, and ...", not "..., 2024 models"
                if span is not None and cue in _BARE_WORDS and not _typed_secret(pieces, span[0]):
                    span = None
                if span is not None and cue in _SUBJECTS and not (
                        (i == 0 or pieces[i - 1].kind == "punct")
                        and _closed_answer(pieces, span, unmarked and expected)):
                    span = None  # a field of a list ("DOB ..., first pet Briciola."), or said
                    # back to the question ("first pet biscuit i think"); not "we sell first
                    # car insurance"
                if span is not None and (cue not in _SHAPED_ONLY or _secret_shaped(pieces, span)
                                         or (cue[-1] == "to" and _set_before(words, i)
                                             and _set_to_a_secret(pieces, span))
                                         or (cue in _MAKE_IT and not _SECRET_WORDS.isdisjoint(
                                             words))):  # "change the passcode? make it X"
                    spans.append(_spelled_out(pieces, span))
                break
    if not spans and not _ISSUED.isdisjoint(words) and not _SECRET_WORDS.isdisjoint(words):
        spans = _issued_when_ready(pieces) or _issued_then_it_s(pieces)  # "a temporary
        # password ... Ready? Capital P, pelican", "... a temporary password. It's crimp 77"
    if not spans and not _OFFERED_SECRETS.isdisjoint(words):
        spans = _offered_then_given(pieces, original)
    if not spans and "code" in words:
        spans = _entry_code(pieces, words)  # "the code for the side gate is 1357"
    inline = bool(spans)  # a cue in the answer named one ("the magic word's Blackface")
    if spoken_of and not spans:
        spans = _stated_tokens(pieces, original)
    if expected and not spans:
        spans = _chosen_instead(pieces)  # "He wants lapwing instead."
    if expected and not spans:
        spans = characters_by_position(pieces)  # "two is r and five is 7"
    if expected and (relayed := _relayed_from(pieces)) is not None \
            and all(b <= relayed for _, b in spans):
        # "He says blue door on the sea road.", "Hang on. Frank! What's the PIN? ... She's
        # saying 3 8": someone beside relays the answer, found as in an answer of its own
        # (after what the turn said first: "... shu el password ... he says jerash and 87")
        relayed_spans = [(a + relayed, b + relayed)
                         for a, b in find_secrets(pieces[relayed:], True, spoken_of, original)]
        if relayed_spans and relayed_spans[0][0] == relayed:
            relayed_spans[0] = (relayed, _placed_phrase_end(pieces, relayed_spans[0][1]))
        if relayed_spans and not spans and relayed > 2:
            # "little bear. he's saying big bear": the speaker's own answer, then the one
            # relayed
            spans = find_secrets(pieces[:relayed - 2], True, spoken_of, original)
        if relayed_spans or (relayed == 2 and not spans):
            return [*spans, *(guess for guess in (*_guesses_taken_back(pieces),
                                                  *_digits_taken_back(pieces, relayed))
                              if not any(a < guess[1] and guess[0] < b for a, b in spans)
                              and guess[1] <= relayed), *relayed_spans]
            # ("it was 1-9-0-7? No. My husband changed it. Andrés! ... He says 0-7-1-9.")
    if expected and not spans and (read := _read_out_from(pieces)) is not None:
        # "Yes, it came. It says K x 9 3 palm 7.": what the text or the screen shows, read out
        # after a sentence about it, found as in an answer of its own (not "It says it expires
        # in ten minutes.", "It says updated, and two devices logged out."; and where it shows
        # no secret, the answer before it is looked for as usual: "Marigold. The app says
        # that's wrong though.")
        shown = [(a + read, b + read) for a, b in find_secrets(pieces[read:], True, spoken_of,
                                                               original)]
        shown = [span for span in shown if span[0] == read and _secret_shaped(pieces, span)
                 and all(p.kind != "punct" for p in pieces[span[0]:span[1]])]
        if shown:
            return shown
    if expected and not spans and (back := _asked_back(pieces)) is not None:
        # "Oh, the street I grew up on? Bellwood.", "my first pet? biscuit": the question said
        # back to be sure of it, then the answer, found as in an answer of its own
        return [(a + back, b + back) for a, b in find_secrets(pieces[back:], True, spoken_of,
                                                              original)]
    if expected and not spans:
        # "I'll issue a new one. It's 4 8 2 9.", "can I just say it? It's buttercup." (not "no
        # worries. It's simple really")
        issued = not _ISSUED.isdisjoint(words)
        current: list[tuple[int, int]] = []  # the one put in place of an old one
        for i in range(1, len(words)):
            said_to_be = 1 if words[i] in ("it's", "its") else 2 if tuple(
                words[i:i + 2]) in _IT_D_BE else 0  # "No, wait, it'd be Garnet, the one by ..."
            put_right = bool(said_to_be) and _put_right(words, i - 1)
            if said_to_be and pieces[i - 1].kind == "punct" \
                    and (issued or pieces[i - 1].text == "?" or put_right) \
                    and (said_to_be == 1 or put_right):
                span = _secret_after(pieces, i + said_to_be)
                if span is not None and _priced(pieces, span):
                    continue  # "(a temporary PIN ...) normally it's 1,000 shillings": a price
                if span is not None:
                    guesses = _guessed(pieces, i) if put_right else []
                    guesses += [g for g in _guesses_taken_back(pieces) if not any(
                        a < g[1] and g[0] < b for a, b in guesses)]
                    if put_right:
                        guesses += [g for g in _digits_taken_back(pieces, i) if not any(
                            a < g[1] and g[0] < b for a, b in guesses)]
                    return [*guesses, span]
            lead = 1 if words[i - 1] in ("it's", "its") else 2 if words[i - 2:i] == ["it", "is"] \
                else 0  # (speech with no marks: "no sorry that is my old one it is 1997")
            if not current and (pieces[i - 1].text in (".", "!", "...", "…") or (
                    unmarked and lead)) and _an_old_one(words, i - max(lead, 1)) \
                    and (span := _secret_after(pieces, i)) is not None \
                    and _secret_shaped(pieces, span):
                # "2-0-0-8? Hmm... no, that's the old one. 0-6-1-1.": the one said before is
                # taken back as out of date, and the current one follows (both redacted)
                current = [*_digits_taken_back(pieces, i), *_guesses_taken_back(pieces), span]
        span = _where_they_met(pieces, words) or _opening_answer(pieces, words)
        if (part := _after_the_part_s_place(pieces)) is not None:
            span = _secret_after(pieces, part)  # "first two are one nine": the digits, not
            # their place
        if span is not None and _names_the_question(words[span[0]:span[1]]):
            # "memorable date... oh gosh... the 9th of": the question said back, then the answer
            rest = _opening_answer(pieces[span[1]:], words[span[1]:])
            span = None if rest is None else (rest[0] + span[1], rest[1] + span[1])
        at = next((i for i, w in enumerate(words) if w not in FILLERS and w != ","
                   and w not in _IT_IS), len(words))  # "its the name of my first dog, rusty"
        if at < len(words) and _restates(words[at]):
            # The answer restates the question, and the value comes after its verb: "the name
            # of my first school was st mary's" (not "hang on, it is written down somewhere").
            copula = max((i for i, w in enumerate(words) if i > at and (
                w in ("was", "is", "were") or (w in _COPULAS and _names_it(words[at:i])))),
                         default=-1)
            start = copula + 1
            while start < len(words) and words[start] in ("a", "an", "the", "called", "named"):
                start += 1
            if copula <= 0:  # "its my first dogs name bolacha", "the name of my first
                start = _after_restated_subject(words, at)  # school st brigids"
            restated = start > at and span is not None and span[0] < start
            told = _secret_after(pieces, start) if start > at else None
            if told is not None and (pieces[told[0]].text in _VAGUE or (
                    told[0] == start and words[start - 1] in ("is", "was", "were")
                    and (words[start] in _DONE_TO_IT or (
                        _participle(words[start]) and everyday_word(words[start]))))):
                told, restated = None, True  # "my delivery ... it was due Friday", "My
                # father-in-law, Wojciech, is picking her up": what is done, no answer
            span = told or (None if restated else span)  # not "The memorable date... so the
            # 3rd of"'s first words: they restate the question
        elif tuple(words[at:at + 2]) in _SUBJECTS:  # "first pet... maybe biscuit": the
            start = at + 2  # question's subject, then the answer
            while start < len(words) and (words[start] in _LEADS or words[start] in FILLERS
                                          or pieces[start].kind == "punct"):
                start += 1
            span = _secret_after(pieces, start) or span
        if span is not None:
            spans.append(_spelled_out(pieces, _letters_listed(pieces, span)))
        spans += [one for one in current if not any(a < one[1] and one[0] < b for a, b in spans)]
    elif expected and inline and (first := _opening_answer(pieces, words)) is not None \
            and first[1] - first[0] <= 3 and _SECRET_WORDS.isdisjoint(words[first[0]:first[1]]) \
            and not _names_the_question(words[first[0]:first[1]]) \
            and any(p.kind == "punct" for p in pieces[first[1]:min(a for a, _ in spans)]):
        spans.append(first)  # "It's, em, thistle... no, that's the old one. The magic word's
        # Blackface 1986": the first answer too
    if expected:
        # "sorry say again oh the text yeah it's 518209": a code after "it's" in a longer
        # answer, with no punctuation to tell where the answer starts; "Fixed-desk members get
        # their own. Yours is 2 6 0 8.": or after the sentence that leads to it
        shaped = any(_secret_shaped(pieces, span) for span in spans)
        spans += [span for i in range(1, len(words)) if (
                      (words[i] in ("it's", "its") and not shaped)
                      or (words[i] == "is" and words[i - 1] in _WHOSE))
                  and (span := _secret_after(pieces, i + 1)) is not None
                  and _code_opens(pieces, span) and not _priced(pieces, span)
                  and not any(a < span[1] and span[0] < b for a, b in spans)]
    if expected:
        # "letter K", "a capital B", "small a", "it's the number 7": a character named as one;
        # "it's \"password\". Literally the word.": a word quoted
        spans += [(k - (words[k - 1] in _CASES), k + 1) for k in range(1, len(pieces))
                  if _marks_a_character(words, k - 1) and _a_character(pieces[k])
                  and (k + 1 == len(pieces) or pieces[k + 1].kind == "punct"
                       or pieces[k + 1].text in _AFTER_A_CHARACTER)
                  and not any(a <= k < b for a, b in spans)]  # (not "a letter a while back")
        spans += [(k + 1, k + 2) for k in range(1, len(pieces) - 2)
                  if words[k] == '"' and words[k + 2] == '"' and words[k - 1] in _IT_IS
                  and pieces[k + 1].kind != "punct"
                  and not any(a <= k + 1 < b for a, b in spans)]  # (not 'tap "Reset"')
    if expected:
        # "that's an N.", "it's a 9.": a character said as what it is; "so T-R-A-N": a word
        # spelled out; "February, 1996.": a memorable date; "i'd have put dublin": what was set
        spans += [_letters_listed(pieces, (k, k + 1)) for k in range(2, len(pieces))
                  if ((words[k - 2] in _IT_IS and words[k - 1] in ("a", "an"))
                      or (words[k - 1] in _IT_IS and pieces[k].kind == "word"
                          and words[k] not in ("a", "i")))  # "So that's G... and then"
                  and _a_character(pieces[k])
                  and (k + 1 == len(pieces) or pieces[k + 1].kind == "punct"
                       or (k + 2 < len(pieces) and words[k + 1] == "and"
                           and _letter(pieces[k + 2])))  # "its anfield so thats f and e"
                  and not any(a <= k < b for a, b in spans)]
        spans += [(k, k + 1) for k, p in enumerate(pieces) if p.kind == "spelled"
                  and len(p.text) >= _SPELLED_LETTERS and _stands_alone(pieces, k, k + 1, True)
                  and not any(a <= k < b for a, b in spans)]
        spans += [span for span in _dates_said(pieces)
                  if not any(a < span[1] and span[0] < b for a, b in spans)]
        spans += [span for k in range(1, len(words) - 1) if words[k] in _SET_VERBS
                  and (words[k - 1] in _WHO_SET or (
                      k > 1 and words[k - 1] in _HEDGES and words[k - 2] in _WHO_SET
                      and words[k] != "used"))  # ("i just put sales", not "i just used paypal")
                  and (span := _up_to_a_small_word(pieces, _described_secret_after(
                      pieces, _past_an_article(words, k + 1)))) is not None
                  and (_closed_answer(pieces, span, unmarked)
                       or (span[1] - span[0] <= _SET_ANSWER_WORDS
                           and _clause_closed(pieces, span[1], False)
                           and _TIMES.isdisjoint(words[span[0]:span[1]])))
                  # (not "I picked Express delivery last time, is that relevant?")
                  and not any(a < span[1] and span[0] < b for a, b in spans)]
    if expected:
        # "i think it's the pet, so that'd be scamp", "I was born in Cork, so Cork.": the
        # answer drawn at the end
        spans += [span for k in range(1, len(words) - 1) if words[k] == "so"
                  and (pieces[k - 1].kind == "punct" or unmarked)
                  and (span := _secret_after(pieces, _past_leads(words, k + 1))) is not None
                  and words[span[0]] not in _SUBJECTS_OF_A_CLAUSE  # (not "so we moved a lot")
                  and _closed_answer(pieces, span, unmarked)
                  and not (unmarked and words[span[0]].endswith(_PARTICIPLES)
                           and name_class(words[span[0]]) == "E")  # not "so it's booked for"
                  and (span[0] > k + 1 or words[span[0]] in words[:k]
                       or (unmarked and name_class(words[span[0]]) != "E"
                           and pieces[span[0]].kind == "word"
                           and words[span[0]] not in _ORDINAL_WORDS))  # "so that'd be
                  # X", "born in Galway, so Galway.", "my nan's village so llanberis so ..."
                  # (not "Ideally the 14th, so Friday.")
                  and not any(a < span[1] and span[0] < b for a, b in spans)]
    if expected:
        # "a little red fiesta, i called her ruby", "we named him biscuit": what the thing
        # asked about was called is the answer too
        spans += [span for k in range(1, len(words) - 1) if words[k] in _NAMED_IT
                  and (span := _secret_after(pieces, k + 2 if words[k + 1] in _IT_NAMED
                                             else k + 1)) is not None
                  and span[1] > span[0] and _closed_answer(pieces, span, unmarked)
                  and not any(a < span[1] and span[0] < b for a, b in spans)]
        # ("we had a goldfish named bubbles but ...": a thing named, the name)
    if expected:
        # "its my cat's name then 22 so biscuit22": a word run into digits, typed as
        # passwords are, wherever the answer puts it
        spans += [(k, k + 1) for k in range(1, len(pieces))
                  if pieces[k - 1].text in _TYPED_AFTER
                  and _typed_with_digits(pieces[k].text, original, pieces[k])
                  and not any(a <= k < b for a, b in spans)]
    if expected and not spans:
        offered = _guess_offered(pieces, words)
        if offered is not None:
            spans = [offered, *_alternatives(pieces, [offered])]
    if expected and not spans:
        # "Oh, that's a sad one. Bramble. Wee tortoiseshell cat, ...": where nothing else is
        # the answer, a word or two said as a sentence of their own among what is said about
        # it (not an exclamation: "Goodness.", "Honestly.")
        spans = _sentences_of_their_own(pieces)
    if expected and (ending := _answered_last(pieces, original)) is not None \
            and not any(a < ending[1] and ending[0] < b for a, b in spans):
        spans.append(ending)  # "... the one by the rink in moncton it was uh cornhill",
        # "... couldn't hear a thing... anyway. It was Cheap Trick."
    if expected and spans:
        spans += [span for span in characters_by_position(pieces) if not any(
            a < span[1] and span[0] < b for a, b in spans)]  # "the pin is 6209 so first six
        # and fourth is nine": characters by their places after the whole
        spans += _alternatives(pieces, spans)
        last = max(end for _, end in spans)
        while (rest := _rest_after_a_hold(pieces, last)) is not None:
            spans.append(rest)  # "It's blue heron... hang on... 44. Yeah, 44."
            last = rest[1]
        if _taken_back(pieces, last):  # "... Skerries? No, hang on. It was the caravan. Rush."
            spans += [span for span in _sentences_of_their_own(pieces) if span[0] > last]
        spans[:0] = [span for span in _guesses_taken_back(pieces)  # (the answer stays last)
                     if not any(a < span[1] and span[0] < b for a, b in spans)]
    if expected and not any(_secret_shaped(pieces, span) for span in spans) \
            and sum(p.kind != "punct" for p in pieces) <= _SHORT_ANSWER:
        # "okay make it two zero one five", "Okay... 6 1 9 9 0 3.": a number in a short answer
        # to a question for a secret is the PIN or the code, wherever it stands (not the
        # "2024" of "your ISA allowance for 2024 has £6,000 left")
        spans += [(k, k + 1) for k, p in enumerate(pieces)
                  if p.kind == "number" and sum(ch.isdigit() for ch in p.text) >= _CODE_DIGITS]
    if expected and not spans:  # guesses where a secret is awaited: "something like tiger and
        spans = _stated_tokens(pieces, original)  # numbers, maybe tiger nine one two or ..."
    return spans


_PAUSE_MARKS = frozenset(("...", "…", ",", "."))
_HOLD_WORDS = frozenset(("wait", "um", "uh", "erm", "er", "hmm"))
_REST_PARTS = 3  # words or numbers at most of the rest said after a hold


def _rest_after_a_hold(pieces: list[Piece], end: int) -> tuple[int, int] | None:
    """The rest of a secret said after the speaker holds at `end` ("blue heron... hang on...
    44."), or the part just said, confirmed ("44. Yeah, 44."): a short chunk its own marks
    close."""
    words = [p.text for p in pieces]
    j = end
    held = False
    while j < len(words) and words[j] in _PAUSE_MARKS:
        held = held or words[j] in ("...", "…")  # a trailing off, not a sentence's end
        j += 1
    if tuple(words[j:j + 2]) in _HOLDING:
        j, held = j + 2, True
    elif j < len(words) and (words[j] in _HOLD_WORDS or words[j] in _YES_AFTER):
        j, held = j + 1, True
    if not held:
        return None
    while j < len(words) and words[j] in _PAUSE_MARKS:
        j += 1
    k = j
    while k < len(words) and k - j < _REST_PARTS and pieces[k].kind != "punct" \
            and (pieces[k].kind == "number" or pieces[k].kind == "spelled"):
        k += 1
    closed = k == len(words) or words[k] in _PAUSE_MARKS or words[k] in ("!", "?")
    return (j, k) if k > j and closed else None


_SPELLED_LETTERS = 3  # letters at least of a word spelled out in an answer ("T-R-A-N")
_SET_ANSWER_WORDS = 4  # words at most of what was set, closing its clause ("little rock academy")
_TIMES = frozenset(("last", "next", "time", "times", "week", "weeks", "month", "months", "year",
                    "years", "ago", "yesterday", "today", "tomorrow"))
_SUBJECTS_OF_A_CLAUSE = frozenset(("i", "we", "you", "he", "she", "they", "it", "i'm", "we're",
                                   "i've", "we've", "i'd", "we'd"))
# What someone set a security answer to: "i'd have put dublin", "i probably chose rex".
_SET_VERBS = frozenset(("put", "picked", "chose", "chosen", "set", "wrote", "used", "typed",
                        "entered", "said", "kept", "gave"))
_WHO_SET = frozenset(("i", "i'd", "id", "have", "probably", "would", "i've", "ive", "we"))
_AFTER_A_CHARACTER = frozenset(("and", "then", "as", "or", "for"))  # "letter K and a capital B"
_CHARACTER_MARKS = frozenset(("letter", "digit", "capital", "small", "lowercase", "uppercase"))


_LENGTH_UNITS = frozenset(("digits", "digit", "characters", "character", "chars", "letters",
                           "numbers", "long", "max", "maximum", "minimum", "min"))


def _a_length(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """A count and what it counts, all the span says: "four digits", "8 characters long"."""
    texts = [p.text for p in pieces[span[0]:span[1]]]
    return len(texts) >= 2 and (pieces[span[0]].kind == "number" or texts[0] in NUMBER_WORDS) \
        and texts[1] in _LENGTH_UNITS and all(t in _LENGTH_UNITS for t in texts[2:])


def _marks_a_character(words: list[str], k: int) -> bool:
    """"letter K", "capital B", "the number 7", "upper case q" (not "confirmation number c x
    5 5", "the number i need")."""
    word, before = words[k], words[k - 1] if k else ""
    return word in _CHARACTER_MARKS or (word == "number" and before in ("the", "a")) or (
        word == "case" and before in ("upper", "lower"))
_NAMED_IT = frozenset(("called", "named", "nicknamed", "christened", "call", "calls"))
# ("we call him browning")
_IT_NAMED = frozenset(("her", "him", "it", "them", "me", "us"))  # ("everyone called me sprout")
_TYPED_AFTER = _IT_IS | {"so", "then", "just", ",", ":"}  # "it's just bluebird22 lowercase"
_TYPED_LETTERS = 4  # letters at least before a password's digits
_TYPED_DIGITS = 4  # digits at most after them
_TYPED_MIN_DIGITS = 2  # and at least ("section4", "page2" are places in a document)


def _typed_with_digits(text: str, original: str, piece: Piece) -> bool:
    """A word run into a few digits ("biscuit22", "krakow1987"), not a unit or an ordinal
    ("22nd", "5pm"), a reference's prefix and serial ("INC0049217", "ab12", "ORDR5521") nor a
    product's version ("windows10", "office365")."""
    letters = text.rstrip("0123456789")
    written = original[piece.start:piece.start + len(letters)] if original else letters
    return len(letters) >= _TYPED_LETTERS and letters.isalpha() and not written.isupper() \
        and _TYPED_MIN_DIGITS <= len(text) - len(letters) <= _TYPED_DIGITS \
        and letters not in _VERSIONED


# Products named with their version, as people say them run together.
_VERSIONED = frozenset(("windows", "office", "xbox", "iphone", "ipad", "pixel", "galaxy",
                        "covid", "room", "case", "order", "ref", "ticket", "android", "ios",
                        "error", "section", "page", "item", "version", "model", "step", "level",
                        "chapter", "part", "table", "row", "gate", "seat", "flight", "unit",
                        "floor", "zone", "code"))
_WHOSE = frozenset(("yours", "mine", "his", "hers", "theirs", "ours", "it", "that", "this"))
# What an answer that restates its question names before the value, with no verb between.
_SUBJECT_NOUNS = frozenset(("name", "names", "name's", "word", "answer", "date"))
_ADVERB_LETTERS = 7  # "obviously", "usually" (not the pet "smelly")
_NOT_AFTER_THE_SUBJECT = frozenset(("plus", "with", "and", "then", "again", "sorry", "though",
                                    "backwards", "reversed", "spelt", "spelled"))


def _names_the_question(words: list[str]) -> bool:
    """Words that only name what was asked for: "memorable date", "first school", "pet's
    name", "the security answer"."""
    said = [w for w in words if any(ch.isalnum() for ch in w) and w not in FUNCTION_WORDS]
    return bool(said) and all(w in _QUESTION_WORDS for w in said)


_QUESTION_WORDS = frozenset(w for phrase in CONTEXT_PHRASES["PASSWORD"]
                            for w in phrase.split() if not w.isdigit()) | _SUBJECT_NOUNS
# (a digit of a phrase, the "2" of "2 step", restates no question: "(the fifth digit?) Two.")


def _after_restated_subject(words: list[str], at: int) -> int:
    """Where the value starts after a restated question with no verb: after its "name",
    "word" or "answer" ("my first dogs name bolacha"), or after the comma that ends what it is
    of ("the name of my first school, st brigids"); -1 when the answer names none."""
    named = next((i for i in range(at, len(words)) if words[i] in _SUBJECT_NOUNS), -1)
    if named < 0:
        return -1
    start = named + 1
    if words[start:start + 1] == ["of"]:  # what it is of runs to a comma: "the name of my
        comma = next((i for i in range(start, len(words)) if words[i] == ","), -1)  # first
        return comma + 1 if comma > 0 else -1  # school, st brigids" (not "... best friend")
    if start < len(words) and (words[start] in _NOT_AFTER_THE_SUBJECT or (
            words[start].endswith("ly") and len(words[start]) >= _ADVERB_LETTERS
            and name_class(words[start]) == "E")):
        return -1  # "my first dogs name obviously", "my nans name plus the year"
    return start


_PUTTING_OFF = frozenset((*((count, wait) for count in ("a", "one", "1")
                             for wait in ("moment", "sec", "second", "2nd", "minute", "tick",
                                          "mo", "min")),
                          ("just", "a"), ("bear", "with")))


def _letters_only_after(pieces: list[Piece], k: int) -> bool:
    """Nothing but single letters, pauses and "and" from `k` on: "A... and T."."""
    return all(p.kind == "punct" or p.text == "and" or (len(p.text) == 1 and p.text.isalpha())
               for p in pieces[k:])


_PARTICIPLES = ("ed", "en", "ing")


def _a_verb_form(word: str) -> bool:
    """A verb's participle, regular or not: "booked", "written", "kept", "left", "held"."""
    return word.endswith(_PARTICIPLES) or word in PAST_TENSE_VERBS


# How a secret is typed, said before it: "all lower case, bluebird then 2019".
_TYPING = frozenset(("lower", "lowercase", "upper", "uppercase", "case", "caps", "capital",
                     "capitals", "word", "spaces", "letters"))
_HOW_TYPED = frozenset(("all", "lower", "lowercase", "upper", "uppercase", "case", "caps",
                        "capital", "capitals", "small", "letters", "one", "1", "word", "no",
                        "spaces", "it's", "its", "in", "okay", "ok", "so"))


def _guess_offered(pieces: list[Piece], words: list[str]) -> tuple[int, int] | None:
    """"Oh Lord. My daughter set it up. Try, um, mango... no, mangotree": a guess offered to
    try (not "try resetting it maybe")."""
    start = next((k + 1 for k in range(len(words) - 1) if words[k] == "try"
                  and (k == 0 or pieces[k - 1].kind == "punct"
                       or words[k - 1] in ("then", "just", "maybe", "so"))), None)
    if start is None:
        return None
    while start < len(words) and (words[start] in FILLERS or words[start] == ","):
        start += 1
    span = _secret_after(pieces, start)
    unmarked = not any(p.kind == "punct" for p in pieces)
    if span is None or not (_closed_answer(pieces, span, unmarked)
                            or (span[1] < len(words) and words[span[1]] in _PUT_RIGHT)):
        return None
    return span


def _taken_back(pieces: list[Piece], k: int) -> bool:
    """What was said before `k` is taken back right after it: "Skerries? No, ..."."""
    while k < len(pieces) and pieces[k].kind == "punct":
        k += 1
    return k < len(pieces) and pieces[k].text in CORRECTION_OPENERS


def _guesses_taken_back(pieces: list[Piece]) -> list[tuple[int, int]]:
    """"what did I put for that... Portrush? No, wait. ... Portstewart.": a word or two asked
    as a sentence of their own, then taken back, were a guess at the secret."""
    found = []
    for q in range(1, len(pieces) - 1):
        if pieces[q].text != "?" or pieces[q + 1].text not in CORRECTION_OPENERS:
            continue
        k = q
        while k > 0 and pieces[k - 1].kind != "punct":
            k -= 1  # the question's sentence
        while k < q and (pieces[k].text in _ASKED_GUESS_LEADS or pieces[k].text in FILLERS):
            k += 1  # "Is it Coming to America? No no, ...", "Like maple syrup? Or ..."
        words = [p for p in pieces[k:q] if p.text not in FUNCTION_WORDS]
        if 0 < q - k <= _MAX_GUESS_WORDS and words and all(p.kind == "word" for p in words) \
                and (any(name_class(p.text) != "E" for p in words) or len(words) >= 2) \
                and not _names_the_question([p.text for p in words]) \
                and not any(p.text in _ASKING_WHICH or p.text in _SUBJECTS_OF_A_CLAUSE
                            for p in words):
            found.append((k, q))  # "bangers and mash? No, ..." (not "Sorry? No, ...",
            # "Really? No, ...", "my first pet? No, ...", "you mean me? No, ...")
    return found


def _digits_taken_back(pieces: list[Piece], end: int) -> list[tuple[int, int]]:
    """A number said as the secret before the answer is put right ("It was either 5-8-5-8
    or... no. It's 5-8-0-8."): a wrong guess at a PIN is most of it (privacy first)."""
    found = []
    for k in range(1, end):
        if pieces[k - 1].text in _TAKEN_BACK_LEADS \
                and (span := _secret_after(pieces, k)) is not None and span[1] <= end:
            stop = span[1]
            while stop > span[0] + 1 and pieces[stop - 1].kind == "punct":
                stop -= 1
            if all(p.kind == "number" or p.text == "-" for p in pieces[span[0]:stop]):
                found.append((span[0], stop))
    return found


_TAKEN_BACK_LEADS = frozenset(("was", "is", "it's", "its", "either", "or"))
# What opens a guess asked as a question: "is it ...?", "was it ...?", "like ...?", "maybe ...?"
_ASKED_GUESS_LEADS = frozenset(("is", "was", "it", "like", "maybe", "or", "perhaps", "um",
                                "uh", "so"))
_MAX_GUESS_WORDS = 4


def _past_leads(words: list[str], k: int) -> int:
    """Where the answer starts after its leads and a pause: "so that'd be... linden"."""
    while k < len(words) and (words[k] in _LEADS or words[k] in ("...", "…")):
        k += 1
    return k


_DAY_RE = rx.compile(r"\d{1,2}(?:st|nd|rd|th)")
_DATE_LEADS = frozenset(("so", "was", "is", "be", "it's", "its", "that's", "thats"))


def _a_day(piece: Piece) -> bool:
    """A day of a month as said or typed: "4", "fourth", "22nd"."""
    return piece.kind in ("number", "ordinal") or _DAY_RE.fullmatch(piece.text) is not None


def _dates_said(pieces: list[Piece]) -> list[tuple[int, int]]:
    """A date in an answer for a secret: "February, 1996.", "the 4th of July 1976" (a
    memorable date)."""
    found = []
    for k, piece in enumerate(pieces):
        if piece.text not in MONTHS:
            continue
        start, end = k, k + 1
        if start >= 1 and _a_day(pieces[start - 1]):
            start -= 1  # "4th July", "4 july"
        elif start >= 2 and pieces[start - 1].text == "of" and _a_day(pieces[start - 2]):
            start -= 2  # "4th of July", "22nd of June"
        j = end + 1 if end < len(pieces) and pieces[end].text in (",", "the") else end
        if j < len(pieces) and pieces[j].kind in ("number", "ordinal") and (
                pieces[end].text != "the" or pieces[j].kind == "ordinal"):
            end = j + 1  # "February, 1996", "July 4", "may the twelfth"
        j = end + 1 if end < len(pieces) and pieces[end].text == "," else end
        dated = start == k < end - 1 and j < len(pieces) and pieces[j - 1].kind == "ordinal" \
            and _A_YEAR_RE.fullmatch(pieces[j].text) is not None
        if dated:
            end = j + 1  # "August 19th, 1991": the year after the day
        whole = start < k < end - 1 or dated  # a day, a month and a year: "we got married on
        # the fifth of November, nineteen sixty-seven, bonfire night"
        said = start - 1 if start < k and start and pieces[start - 1].text == "the" else start
        led = said > 0 and pieces[said - 1].text in _DATE_LEADS \
            and (end == len(pieces) or pieces[end].kind == "punct")
        last = start < k and (end == len(pieces) or (
            end == len(pieces) - 1 and pieces[end].kind == "punct")) \
            and (said == 0 or pieces[said - 1].text not in _WHEN_IT_HAPPENED)  # a day and a
        # month closing the answer: "that'll be when we got the dog twelfth of may" (not
        # "... i only set it up on the 4th of july")
        if end - start > 1 and (whole or led or last
                                or _stands_alone(pieces, said, end, False)):
            # "... so... the 9th of May.", "it's my anniversary so 22nd of June", "it was the
            # 3rd of August" (not "due may 11th", "mailed in January, six", "on 1 june")
            found.append((start, end))  # (not "mailed in January, six digits", "due may 11th")
    return found


_ASKED_OF_ME = frozenset(("it", "me", "them", "us"))
_WHEN_IT_HAPPENED = frozenset(("on", "by", "due", "since", "until", "till", "from", "before",
                               "after", "around", "til"))


def _stands_alone(pieces: list[Piece], start: int, end: int, led: bool) -> bool:
    """Said as a clause of its own ("... at the postie. February, 1996."), or after a lead when
    `led` ("so T-R-A-N,"); not part of a code or a sentence ("ticket i n c 0098177")."""
    before = pieces[start - 1] if start else None
    opens = before is None or before.kind == "punct" or (led and before.text in _LEADS)
    return opens and (end == len(pieces) or pieces[end].kind == "punct")


def _put_right(words: list[str], end: int) -> bool:
    """The clause before `end` only takes back what went before: "is it pineapple? no. it's
    mango", "no, sorry, it's ..." (not "no worries. it's simple really")."""
    start = end
    while start > 0 and words[start - 1] not in (".", "?", "!", ",", "...", "…"):
        start -= 1
    said = words[start:end]
    return all(w in _PUT_RIGHT or w in FILLERS for w in said) \
        and any(w in _PUT_RIGHT and w not in _IT_IS for w in said)


def _an_old_one(words: list[str], end: int) -> bool:
    """The sentence before `end` takes back what was said as out of date: "no, that's the old
    one", "sorry that was my previous pin" (not "no, the old one is fine")."""
    start = end
    while start > 0 and words[start - 1] not in (".", "?", "!", "...", "…"):
        start -= 1
    said = words[start:end]
    return not _PUT_RIGHT.isdisjoint(said) and len(said) <= _OLD_ONE_WORDS and any(
        w in _OUT_OF_DATE and (said[k + 1:k + 2] in (["one"], ["1"]) or (
            k + 1 < len(said) and said[k + 1] in _SECRET_WORDS)
            or (w == "round" and said[k - 1:k] == ["way"]))
        for k, w in enumerate(said))  # (not "no sorry, the old card expired": no secret's)


_OUT_OF_DATE = frozenset(("old", "previous", "last", "wrong", "former", "expired", "round",
                          "around", "backwards", "reversed"))  # ("the other way round")
_OLD_ONE_WORDS = 10  # "sorry, no, that was my old one"


def _guessed(pieces: list[Piece], end: int) -> list[tuple[int, int]]:
    """The guesses asked before an answer put right: "is it pineapple? no. it's mango"."""
    words = [p.text for p in pieces[:end]]
    return [(span[0], span[1] - 1) for k in range(len(words) - 2) if words[k:k + 2] == ["is", "it"]
            and (span := _secret_after(pieces, k + 2)) is not None
            and span[0] + 1 < span[1] < end and words[span[1] - 1] == "?"]


# What follows a verb's participle that says what happened: "booked for", "sorted now".
_WHAT_HAPPENED = frozenset(("for", "on", "by", "at", "in", "now", "already", "yet", "up", "out",
                            "off", "today", "tomorrow", "then", "thanks", "down"))


def _past_thinking_aloud(words: list[str], k: int) -> int:
    """Where the answer goes on after the speaker thinks aloud at `k`: "oh god what did i put
    erm tenby", "let me think... kestrel", "what was it, um, ..."."""
    three = tuple(words[k:k + 3])
    if three in _THINKING_ALOUD:
        return k + len(three)
    for remark in (three, three[:2]):  # "oh that's easy, ngata" (not "that's easy money")
        if remark in _REMARKS and k + len(remark) < len(words) \
                and words[k + len(remark)] in (",", ".", "...", "…", "!", "-", "–"):
            return k + len(remark)
    if three[:2] in _THINKING_ALOUD:  # "go on then, thistle"
        return k + 2
    if three in _WHAT_DID_I and k + 3 < len(words) and words[k + 3] in _CHOSE:
        return k + 4
    return k


_THINKING_ALOUD = frozenset((("let", "me", "think"), ("what", "was", "it"), ("what", "is", "it"),
                             ("let", "me", "see"), ("go", "on", "then"), ("go", "on"),
                             ("here", "goes"), ("here", "we", "go")))
# A remark on the question before a mark and the answer: "oh that's easy, ngata".
_REMARKS = frozenset(with_one_as_said((("that's", "easy"), ("thats", "easy"), ("easy", "one"),
                                       ("i", "know", "this"), ("i", "know", "that"),
                                       ("good", "question"))))
_WHAT_DID_I = frozenset((("what", "did", "i"), ("what", "did", "we"), ("what", "would", "i")))
_CHOSE = frozenset(("put", "pick", "picked", "choose", "chose", "say", "use", "set", "have"))


# Where the speaker lived or grew up or their parents met, the place after it: "we lived on
# harbour road", "they met at the palais".
_PLACE_VERBS = frozenset(("lived", "grew", "stayed", "live", "grow", "met", "raised", "brought"))
_PLACE_PREPOSITIONS = frozenset(("on", "in", "at", "near", "around"))
_SOMEWHERE = frozenset(("somewhere", "anywhere", "here", "there", "around", "in", "on", "at"))
# What invites the question rather than answers it: "go on then, fire away", "here goes, shoot".
_INVITING = frozenset(("fire", "ask", "shoot", "ahead", "go", "away", "tell", "start", "begin",
                       "then", "on", "hit", "test", "hear", "bring", "let's", "lets", "try",
                       "darling", "love", "mate", "dear", "hun", "babe", "sweetheart", "yeah"))
_APOLOGIES = frozenset(("sorry", "soz", "pardon", "apologies"))


def _past_an_apology(pieces: list[Piece], k: int) -> int:
    """Index after an apology at k and what goes with it: more apologies, pauses, how the
    listener is addressed, and a clause about a bad line up to its comma ("sorry you're
    breaking up,")."""
    words = [p.text for p in pieces]
    while k < len(words) and (words[k] in _APOLOGIES or words[k] in FILLERS or words[k] == ","
                              or words[k] in _ADDRESSED):
        k += 1
    comma = words.index(",", k) if "," in words[k:] else -1
    if comma > k and not _BAD_LINE.isdisjoint(words[k:comma]):
        k = comma + 1
    return k


_DIGIT_JOINERS = frozenset(("and", "then", "&", "+", "plus", ","))
_ADDRESSED = frozenset(("ma'am", "maam", "madam", "sir", "po", "love", "mate", "dear", "hun"))


def _only_digits_from(pieces: list[Piece], k: int) -> bool:
    """From k to the clause's end only digits, joined by "and" or "then": "5 7", "3 and 5."."""
    j = k
    while j < len(pieces) and (pieces[j].kind == "number"
                               or (j > k and pieces[j].text in _DIGIT_JOINERS)):
        j += 1
    return j > k and pieces[j - 1].kind == "number" and (
        j == len(pieces) or pieces[j].text in (".", ",", "!", "..."))
_RECOGNISED_ENDS = frozenset((".", "!", "...", "…"))  # the question placed: "oh, that."
_HOW_IT_STARTS = frozenset((("starts", "with"), ("begins", "with"), ("start", "with"),
                            ("begin", "with")))
_MODALS = frozenset(("could", "must", "gotta", "should", "would", "might", "may", "will",
                     "shall", "it'll", "itll", "that'll", "thatll"))


def _opening_answer(pieces: list[Piece], words: list[str]) -> tuple[int, int] | None:
    """The words that open an answer to a question for a secret, after its leads ("sure,
    it's ...", "oh. a blue fiesta", "it's, em, thistle...", "all lower case, bluebird")."""
    comma = words.index(",") if "," in words else 0
    k = comma + 1 if comma and all(w in _HOW_TYPED for w in words[:comma]) \
        and not _TYPING.isdisjoint(words[:comma]) else 0
    k = _past_the_question_named(words, _past_thinking_aloud(words, k))  # "go on then,
    # thistle" (but not "go on then, fire away")
    if _a_part_asked(pieces, words, k):
        return None  # "(i'll need two digits of your security number) the second digit": the
        # part asked for next, no answer
    while k < len(pieces) and (words[k] in FILLERS or words[k] in _LEADS or words[k] == ","
                               or words[k] in _YES  # "Oh ja, it's still ..."
                               or (words[k] in EXCLAMATIONS and k > 0
                                   and words[k - 1] in EXCLAIMING)  # "oh god um daffodil"
                               or _an_exclamation(pieces, k)  # "God, let me think. ..."
                               or (words[k] == "my" and words[k + 1:k + 2] != []
                                   and words[k + 1] in EXCLAMATIONS)  # "oh my goodness, it's"
                               or (pieces[k].kind == "punct" and set(words[k]) <= {".", "…"})
                               or (words[k] == "em" and k + 1 < len(pieces)
                                   and pieces[k + 1].kind == "punct")
                               or (words[k] in _MODALS and words[k + 1:k + 2] == ["be"])
                               or (words[k] in ("has", "have", "got")
                                   and words[k + 1:k + 3] == ["to", "be"])
                               or (words[k] == "to" and words[k + 1:k + 2] == ["be"]
                                   and k and words[k - 1] in ("has", "have", "got"))
                               or ((words[k] in _HEDGES or words[k] in _STANCE_WORDS)
                                   and words[k + 1:k + 2] != [] and words[k + 1] in _IT_IS)
                               # "honestly it's ...", "basically it's ..."
                               or (words[k] in ("honest", "fair") and k >= 2
                                   and words[k - 2:k] == ["to", "be"])  # "to be honest it's"
                               or (words[k].endswith("'s") and words[k][:-2] in FAMILY
                                   and words[k + 1:k + 2] != [] and words[k + 1] in _LEADS)
                               or (words[k] in ("that", "this") and k + 1 < len(words) and (
                                   words[k + 1] in _RECOGNISED_ENDS
                                   or (words[k + 1] in ("1", "one") and words[k + 2:k + 3] != []
                                       and words[k + 2] in _RECOGNISED_ENDS)))
                               # "Oh, that. It's", "Oh, that one. It's"
                               or (words[k] in ("1", "one") and k
                                   and words[k - 1] in ("that", "this")
                                   and words[k + 1:k + 2] != []
                                   and words[k + 1] in _RECOGNISED_ENDS)
                               or (words[k] == "born" and words[k + 1:k + 2] == ["in"])
                               or (words[k] == "in" and k and words[k - 1] == "born")):
        k += 1  # (a pause, "it's, em, thistle", not the letter of "em a and r"; "it could
        # be ...", "then it's gotta be bellevue", not "could you repeat that"; whose it is:
        # "nan's, that'll be trethewey")
        k = _past_thinking_aloud(words, k)
    if k < len(words) and words[k] in _APOLOGIES and "?" not in words:
        j = _past_an_apology(pieces, k)
        if _only_digits_from(pieces, j):
            k = j  # "sorry, 5 7", "sorry sorry, ma'am, 3 9", "sorry you're breaking up, 7 2":
            # an apology, then the digits asked for (not "sorry, 2 minutes", "sorry, 2 and 4?")
    said = k
    while said > 0 and words[said - 1] == ",":
        said -= 1
    if k < len(words) and words[k] in _INVITING and any(
            tuple(words[max(said - len(aloud), 0):said]) == aloud for aloud in _THINKING_ALOUD):
        return None
    if tuple(words[k:k + 2]) in _PUTTING_OFF \
            or (k < len(words) and words[k] in CORRECTION_OPENERS) \
            or (words[k:k + 2] == ["give", "me"] and tuple(words[k + 2:k + 4]) in _PUTTING_OFF) \
            or (words[k:k + 1] == ["gimme"] and tuple(words[k + 1:k + 3]) in _PUTTING_OFF) \
            or (k < len(words) and pieces[k].kind == "number" and words[k].endswith("1")
                and ("1", *words[k + 1:k + 2]) in _PUTTING_OFF):  # "Oh, one sec" ("01 sec")
        return None  # "a moment please, let me find it", "nah, that's fine"
    if k + 1 < len(words) and name_class(words[k]) in ("E", "W") and common_word(words[k]) \
            and words[k + 1] in _ASKED_OF_ME \
            and words[k + 2:k + 3] not in (["is"], ["was"], ["'s"]):
        return None  # "(I can text the code or read it to you) Read it please": a request,
        # the verb and its object (but "marmalade it is")
    if 0 < k < len(words) and _a_verb_form(words[k]) and (
            words[k - 1] == "be" or (words[k - 1] in _IT_IS and name_class(words[k]) == "E"
                                     and words[k + 1:k + 2] != []
                                     and words[k + 1] in _WHAT_HAPPENED)):
        return None  # "it must be written down somewhere", "it's written down", "could be
        # expiring", "so it's booked for tuesday", "it's kept in the safe" (not "It's
        # pudding.", "it's barking")
    if 0 < k < len(words) and words[k - 1] == "be" and (words[k] in _VAGUE
                                                        or words[k] in _SOMEWHERE):
        return None  # "it has to be somewhere in my emails"
    if 0 < k < len(words) and words[k - 1] in ("i", "we") and (
            words[k] in _SET_VERBS or words[k] in _CHOSE):
        if words[k] != "have" and k + 1 < len(words) and pieces[k + 1].kind == "word" \
                and words[k + 1] not in FUNCTION_WORDS and not common_word(words[k + 1]):
            k += 1  # "I choose Kilimanjaro always": what was chosen (not "I have put it")
        else:
            return None  # "the memorable place, i picked that years back"
    if 0 < k < len(words) and words[k - 1] in ("i", "we", "you", "he", "she", "they") \
            and words[k] not in _PLACE_VERBS and name_class(words[k]) == "E" \
            and pieces[k].kind == "word" and words[k] not in _DESCRIBING:
        return None  # "i rang santander a while back": what the speaker did
    if k < len(words) and (k == 0 or words[k - 1] in ("i", "we", "they", "was", "were")) \
            and words[k] in _PLACE_VERBS:  # (or with no subject: "Grew up in Brisbane...")
        j = k + 1 + (words[k + 1:k + 2] == ["up"])  # "grew up on"
        while j < len(words) and words[j] in _PLACE_PREPOSITIONS:
            j += 1
        j += words[j:j + 1] == ["the"]
        if _PLACE_PREPOSITIONS.isdisjoint(words[k + 1:j]):
            return None  # "we lived happily"
        k = j  # "we lived on harbour road till i was six", "i grew up in ballarat", "they met
        # at the palais"
    if k < len(words) and len(words[k]) == 1 and words[k].isalpha() and _letters_only_after(
            pieces, k + 1):
        return k, k + 1  # "A... and T.": characters asked for by their places
    k = _past_a_choice(words, k)  # "right then ill go with harbourlights"
    if tuple(words[k:k + 2]) in _HOW_IT_STARTS:
        k += 2  # "it starts with purple": how it opens, the rest to come
    if k + 1 < len(words) and (words[k] in _MODALS or words[k] in ("can", "do", "shall")) \
            and words[k + 1] in ("i", "we"):
        return None  # "Yes. Shall I spell it?", "Sure, can I read it out?": asked back first
    if k + 1 < len(words) and words[k] == "a" and words[k + 1] in ("that's", "thats"):
        return k, k + 1  # "a that's the last one": the letter asked for, no article
    if k + 1 < len(words) and words[k] in _ARTICLES and pieces[k + 1].kind == "word":
        k += 1  # "a blue fiesta"
    span = _secret_after(pieces, k)
    if span is None and k + 1 < len(words) and words[k] in _DESCRIBING \
            and pieces[k + 1].kind == "word" and (rest := _secret_after(pieces, k + 1)):
        span = k, rest[1]  # "an old lighthouse": a describing word opens the answer
    if span is not None and k and words[k - 1] in _RELAYING and not _clause_closed(
            pieces, span[1], not any(p.kind == "punct" for p in pieces)):
        return None  # "she said Lloyds would send a letter" (but "she says buttercup")
    if span is not None and span[1] - span[0] == 1 and words[span[0]].endswith("ed") \
            and _participle(words[span[0]]) and all(p.kind == "punct" for p in pieces[span[1]:]):
        return None  # "Submitted.", "Entered.": what was done with it, not what it is
    if span is not None and span[1] - span[0] == 1 and span[1] < len(words) and (
            words[span[0]] in WEEKDAYS or (words[span[0]].endswith("ly")
                                           and everyday_word(words[span[0]]))) \
            and (words[span[1]] in _TALK_OPENERS or words[span[1]] == ","):
        return None  # "honestly i never set one up", "let's say friday, i'll ring back": when
        # or how, then talk
    return span
_MET_REACH = 30  # words of the sentence that tells where they met


def _where_they_met(pieces: list[Piece], words: list[str]) -> tuple[int, int] | None:
    """Where the speaker's parents met, told after a remark ("Ah, that is a long story. They
    met at a cousin's wedding in Curepipe, ..."): the place, and the town it was in."""
    for k in range(1, len(words) - 2):
        if words[k] == "met" and words[k - 1] == "they" \
                and (k == 1 or pieces[k - 2].kind == "punct"):
            reach = k - 1 + _MET_REACH
            span = _opening_answer(pieces[k - 1:reach], words[k - 1:reach])
            if span is not None:
                end = span[1] + k - 1
                if end + 1 < len(words) and words[end] in ("in", "at") \
                        and _rarely_said(pieces[end + 1]):
                    end += 2
                return span[0] + k - 1, end
    return None


def _past_a_choice(words: list[str], k: int) -> int:
    """Past the words that say a secret is chosen, opening at k ("go with", "ill go with",
    "i'll use"): what is chosen comes after them, they are no part of it."""
    for at in (k, k + 1):
        if at >= len(words) or (at > k and words[k] not in _WHO_CHOOSES):
            break
        for lead in _CHOOSING.get(words[at], ()):
            if tuple(words[at:at + len(lead)]) == lead:
                return at + len(lead)
    return k


_WHO_CHOOSES = frozenset(("i'll", "ill", "i", "i'd", "id", "we'll", "we", "let's", "lets"))
# Words that offer another guess at a secret after a first: "bluebird? no, try kestrel",
# "either 2209 or 0922", "biscuit, or possibly pickles".
_ALTERNATIVE = frozenset(("or", "try", "either"))
# Words between an alternative's word and the guess, beyond an answer's leads: "or just
# fiesta", "or if not, kestrel", "or maybe I typed it Chiangmai".
_GUESS_LEADS = _LEADS | frozenset(("just", "else", "if", "not", "doesn't", "work", "i", "wrote",
                                   "did", "put",
                                   "spelled", "spelt", "used", "as"))
# ... or the secret put right, nothing but these words before it: "mango... no, mangotree, all
# one word", "springfield no wait shelbyville" (not "no that's my bank card sorry the telvia one")
_PUT_RIGHT = frozenset(("no", "sorry", "wait", "actually", "it's", "its"))
_ASIDES = frozenset(("worries", "problem", "bother", "dunno", "idea", "clue", "sure", "matter",
                     "mind", "way", "thanks"))
_MAX_GUESSES = 4  # a list of guesses longer than this is no answer's


def _alternatives(pieces: list[Piece], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Other guesses at the secret after the first in one answer: every one of them may be it
    (or the next attempt's), so each goes."""
    out: list[tuple[int, int]] = []
    k = max(end for _, end in spans)
    while k < len(pieces) and len(out) < _MAX_GUESSES:
        correcting = pieces[k].text in _PUT_RIGHT and pieces[k].text not in ("it's", "its")
        if pieces[k].text not in _ALTERNATIVE and not correcting:
            k += 1
            continue
        leads = _PUT_RIGHT if correcting else _GUESS_LEADS
        j = k + 1
        while j < len(pieces) and (pieces[j].text in leads or pieces[j].text in FILLERS
                                   or pieces[j].text == ","):
            j += 1
        if correcting and j < len(pieces) and (pieces[j].text in CHARACTER_WORDS
                                               or f"{pieces[j].text}s" in CHARACTER_WORDS):
            k = j  # "its rosebud99 no space": how it is written, no other guess
            continue
        span = _secret_after(pieces, j)
        if correcting and pieces[k].text != "sorry" and not _a_guess(pieces, span):
            span = _said_at_last(pieces, j)  # "is it biscuit no hang on that's the old one
            # it's marmalade", "tenby no wait barmouth it'll be barmouth"
        if span is None or not _a_guess(pieces, span) or (
                correcting and pieces[span[0]].text in _ASIDES):
            k = j  # a guess is a word or two a pause closes: not "try resetting it"; put right
            continue  # ("no, mangotree", "no sorry, marmite toast"), not "no worries"
        out.append(span)
        k = span[1]
    taken = [*spans, *out]
    return out + [guess for span in taken if (guess := _guess_before(pieces, span)) is not None
                  and not any(a < guess[1] and guess[0] < b for a, b in taken)]


def _guess_before(pieces: list[Piece], span: tuple[int, int]) -> tuple[int, int] | None:
    """The guess an "or" puts before the one found: "either rajma chawal or pav bhaji", "the
    Wildcats or the Wolverines" (a word or a few, back to a function word or a pause)."""
    k = span[0] - 1
    while k >= 0 and pieces[k].text in _ARTICLES | {"the"}:
        k -= 1
    if k < 1 or pieces[k].text != "or":
        return None
    end = start = k
    while start > 0 and end - start < _MAX_WORDS and pieces[start - 1].kind != "punct" \
            and pieces[start - 1].text not in FUNCTION_WORDS \
            and pieces[start - 1].text not in FILLERS:
        start -= 1
    return (start, end) if start < end else None


def _described_secret_after(pieces: list[Piece], k: int) -> tuple[int, int] | None:
    """The secret after `k`, a describing word that opens it too: "i set it to little flower
    convent", "i kept as old mill lane"."""
    span = _secret_after(pieces, k)
    if span is None and k + 1 < len(pieces) and pieces[k].text in _DESCRIBING \
            and (rest := _secret_after(pieces, k + 1)) is not None:
        return k, rest[1]
    return span


def _past_an_article(words: list[str], k: int) -> int:
    """Past an article or "as" that opens what was set: "I'm sure I put the Peugeot", "mine
    i kept as little flower convent"."""
    return k + 1 if k + 1 < len(words) and words[k] in ("a", "an", "the", "as") else k


def _up_to_a_small_word(pieces: list[Piece], span: tuple[int, int] | None
                        ) -> tuple[int, int] | None:
    """The span up to its first article or preposition after the first word ("i put o'connell
    the english way": "o'connell"; but "rose and crown" whole)."""
    if span is None:
        return None
    start, end = span
    cut = next((k for k in range(start + 1, end) if pieces[k].text in _CUT_AT), end)
    return start, cut


_CUT_AT = frozenset(("the", "a", "an", "on", "in", "at", "for", "to", "from", "with", "by"))


_PUT_RIGHT_REACH = 10  # words from a correction to what it puts right


def _a_guess(pieces: list[Piece], span: tuple[int, int] | None) -> bool:
    """A guess is a word or two a pause closes (or a made-up token): not "try resetting it"."""
    return span is not None and span[1] > span[0] and (
        _secret_shaped(pieces, span) or span[1] >= len(pieces)
        or pieces[span[1]].kind == "punct")


# Words of a time, which a story about when ends on instead of an answer.
_WHEN_SAID = frozenset(MONTHS) | frozenset(("monday", "tuesday", "wednesday", "thursday", "friday",
                                 "saturday", "sunday", "ago", "years", "months", "weeks", "days",
                                 "today", "yesterday", "tomorrow"))
_A_YEAR_RE = rx.compile(r"(?:19|20)\d\d")
# What a story told in answer to a security question ends on before the answer itself.
_ENDS_ON = ((("it", "was"), ("it's",), ("its",), ("it'll", "be"), ("itll", "be"),
             ("that'd", "be"), ("thatd", "be"), ("must", "be"), ("would", "be")))
_PAUSES = frozenset(("uh", "um", "er", "erm", "em", "hmm", "like", "...", "…", ","))


def _answered_last(pieces: list[Piece], original: str) -> tuple[int, int] | None:
    """The value "it was", "it's" or "that'd be" gives last in an answer, closing its
    sentence, when it is no common word (or is one capitalised there, in a transcript with
    capitals): "... the one by the rink in moncton it was uh cornhill", "... anyway. It was
    Cheap Trick." (not "it was lovely", "it's fine")."""
    words = [p.text for p in pieces]
    for m in range(len(words) - 2, -1, -1):
        cue = next((c for c in _ENDS_ON if tuple(words[m:m + len(c)]) == c), None)
        if cue is None:
            continue
        k = m + len(cue)
        while k < len(words) and words[k] in _PAUSES:
            k += 1
        span = _secret_after(pieces, k)
        if span is None or span[1] <= span[0] or not (
                span[1] == len(pieces) or pieces[span[1]].text in (".", "!", "?")):
            return None
        first = pieces[span[0]]
        told = first.kind != "word" or name_class(first.text) != "E" or (
            original[first.start:first.start + 1].isupper() and original != original.lower())
        if first.text.removesuffix("'s") in NOBODY_IN_PARTICULAR:
            return None  # what it was like, no answer: "i know it was somebody's name"
        said = {p.text for p in pieces[span[0]:span[1]]}
        if not said.isdisjoint(_WHEN_SAID) or (first.kind == "number" and (
                len(first.text) < _CODE_DIGITS or _A_YEAR_RE.fullmatch(first.text))):
            return None  # a time, no answer: "that would be tuesday", "it was 2009", "it must
            # be forty years ago"
        return span if told and not first.text.endswith(_PARTICIPLES) else None
    return None


def _said_at_last(pieces: list[Piece], k: int) -> tuple[int, int] | None:
    """What "it's" or "it'll be" says last in the few words after a guess put right at `k`,
    up to the sentence's end, closing it ("tenby no wait barmouth it'll be barmouth"; not
    "Kestrel. Sorry about the noise, I'm in the car, it's raining.")."""
    words = [p.text for p in pieces]
    reach = min(len(words), k + _PUT_RIGHT_REACH)
    stop = next((m for m in range(k, reach) if words[m] in (".", "?", "!")), reach)
    for m in range(stop - 1, k - 1, -1):
        after = m + 1 if words[m] in ("it's", "its") else m + 2 \
            if words[m:m + 2] in (["it'll", "be"], ["itll", "be"], ["must", "be"]) else None
        if after is not None:
            span = _secret_after(pieces, after)
            return span if span is not None and span[1] > span[0] and not (
                words[span[0]].endswith(_PARTICIPLES) and name_class(words[span[0]]) == "E"
            ) and (
                span[1] == len(pieces) or pieces[span[1]].kind == "punct") else None
    return None


# Words of a secret's description that describe no character themselves.
_CONNECTORS = frozenset((",", "and", "with", "then", "a", "an", "all", "no"))


# Words that open an answer as part of it, which alone say no secret follows: "an old
# lighthouse", "little paws".
_DESCRIBING = frozenset(("old", "little", "new", "big", "young", "dear"))

_CASES = frozenset(("capital", "uppercase", "upper", "lowercase", "lower", "small", "letter"))


def _spelled_out(pieces: list[Piece], span: tuple[int, int]) -> tuple[int, int]:
    """The secret and how its characters are described after it, up to the sentence's end:
    "Winter, capital W, then hash 2024, exclamation mark" is one password."""
    start, end = span
    k = end
    while k < len(pieces):
        if _how_typed(pieces, k):  # "manaia 22, all lower case": how it is typed, none of
            k = _past_description(pieces, k)  # its characters (it goes with the secret only
            continue  # before more of them: "Kereru, all lower case, then 99")
        if pieces[k].text in _TYPED_PARTS and k + 1 < len(pieces) \
                and pieces[k + 1].start == pieces[k].end:
            k = end = _glued_end(pieces, k)  # "Harbour, capital H, then -Violet-83": typed
            continue
        if not (pieces[k].text == "," or pieces[k].text in CHARACTER_WORDS
                or pieces[k].kind in ("number", "spelled")
                or (len(pieces[k].text) == 1 and pieces[k].text.isalpha() and (
                    pieces[k - 1].text in _CASES  # "capital W", "two s"
                    or pieces[k - 1].kind == "number"))):
            break
        k += 1
        if pieces[k - 1].text not in _CONNECTORS:
            end = k  # the description's last character word, not a trailing comma or "and"
    return start, end


def _how_typed(pieces: list[Piece], k: int) -> bool:
    """Piece k opens a description of how the whole secret is typed, up to the next mark:
    ", all lower case", ", no spaces", ", all one word" (not ", capital W")."""
    k += pieces[k].text == ","
    j = _past_description(pieces, k)
    return j > k and all(p.text in _HOW_TYPED for p in pieces[k:j]) \
        and any(p.text in _TYPING for p in pieces[k:j])


def _a_part_asked(pieces: list[Piece], words: list[str], k: int) -> bool:
    """From k, all the turn says is a character's position and its word: "the second digit",
    "and the last character?" (a part asked for, not given)."""
    k += k < len(words) and words[k] in ("the", "and")
    k += k < len(words) and words[k] == "the"
    return k + 1 < len(words) and pieces[k].kind != "number" and a_position(pieces[k]) \
        and words[k + 1] in _PARTS_OF_IT and all(p.kind == "punct" for p in pieces[k + 2:])


def _past_the_question_named(words: list[str], k: int) -> int:
    """Past the caller's check of which question is meant, when the answer follows it: "The
    first pet one? Pudding.", "my mum's one? Okafor" (not "my first school? ... we moved when I
    was six": a question back, the answer still to come)."""
    asked = next((j for j in range(k + 1, min(k + _NAMED_QUESTION_WORDS, len(words)))
                  if words[j] == "?"), None)
    if asked is None or words[asked - 1] not in ("one", "1") or "which" in words[k:asked]:
        return k
    rest = asked + 1
    return rest if rest < len(words) and words[rest] not in _PAUSES_AND_ENDS else k


_NAMED_QUESTION_WORDS = 6


def _past_description(pieces: list[Piece], k: int) -> int:
    """The next mark after `k` (past a comma at `k`)."""
    k += k < len(pieces) and pieces[k].text == ","
    while k < len(pieces) and pieces[k].kind != "punct":
        k += 1
    return k


def _letters_listed(pieces: list[Piece], span: tuple[int, int]) -> tuple[int, int]:
    """Characters of a secret asked for by position ("the second and fourth characters"), said
    as a list: "h and n", "m, a and r" is one answer, not a letter and a word."""
    start, end = span
    if not all(_letter(p) for p in pieces[start:end]):
        return span
    while True:
        k = end + (end + 1 < len(pieces) and pieces[end].text in ("...", "…"))  # "A... and T."
        if not (k + 1 < len(pieces) and pieces[k].text in ("and", ",", "then")
                and _letter(pieces[k + 1])):
            break
        end = k + 2
    return start, end


# Letters said by their names: "em a and r".
_LETTER_NAMES = frozenset("aitch bee cee dee ee ef gee jay kay el em en pee cue ar es tee vee "
                          "ex wye zed zee".split())


def _letter(piece: Piece) -> bool:
    return piece.kind == "spelled" or (piece.kind == "word" and (
        len(piece.text) == 1 or piece.text in _LETTER_NAMES))


def _closed_answer(pieces: list[Piece], span: tuple[int, int], unmarked: bool = False) -> bool:
    """A word or two that a comma, a full stop or the end of the text closes; where the answer
    is drawn or what was set is said, in speech-to-text without marks (`unmarked`), a small
    word or a laugh after it too ("so it's probably twilight haha", "i put o'connell the
    english way"; not "ten dollars a month")."""
    start, end = span
    if end - start > _SUBJECT_ANSWER_WORDS:
        return False
    if end >= len(pieces) or pieces[end].kind == "punct":
        return True
    after = pieces[end].text
    if after in _CLAUSE_OPENERS or (after == "and" and pieces[end + 1:end + 2] != []
                                     and pieces[end + 1].text == "then"):
        return True  # "I probably put Westdale since that's where I started", "a hamster
        # called nibbles and then a dog"
    return unmarked and (after in FUNCTION_WORDS or after in FILLERS or after in _LAUGHS) \
        and after not in _RATES


def _clause_closed(pieces: list[Piece], end: int, unmarked: bool) -> bool:
    """What ends at `end` closes its clause: a mark, the end, a word that opens the next
    clause ("it was sinigang na baboy because ..."), or in speech-to-text without marks a small
    word ("the scary one mrs okafor it'd be ..."); not "Halifax never did this to me."."""
    if end >= len(pieces) or pieces[end].kind == "punct" or pieces[end].text in _CLAUSE_OPENERS \
            or pieces[end].text in ("was", "is", "were"):  # "she says Buttercup was our first"
        return True
    return unmarked and (pieces[end].text in FUNCTION_WORDS or pieces[end].text in FILLERS
                         or pieces[end].text in _YES_AFTER) \
        and pieces[end].text not in _RATES  # (not "i gave barclays a call"; but "he says bata
    # elementary yes bata elementary school")


_YES_AFTER = frozenset(("yes", "yeah", "yep", "yup"))
# Words that open the next clause after a closed answer, marks or none.
_CLAUSE_OPENERS = frozenset(("because", "since", "cause", "'cause", "coz", "cos", "as", "when",
                             "till", "until", "but", "though", "cuz"))
_LAUGHS = frozenset(("haha", "ha", "hah", "lol", "hehe"))
_RATES = frozenset(("a", "an", "per", "each", "every"))  # not "ten dollars a month"


def _leading_code(pieces: list[Piece], span: tuple[int, int]) -> tuple[int, int] | None:
    """The number of four digits or more that opens `span`, if it does: what a bare "code is"
    or "reset it to" announces as a secret (a one-time code, a PIN), where a promo code has
    letters and "change it to paperless billing" no number."""
    start = span[0]
    piece = pieces[start]
    if piece.kind == "number" and sum(ch.isdigit() for ch in piece.text) >= _PIN_DIGITS \
            and piece.text.isdigit():
        return start, start + 1
    return None


def _code_opens(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """The span opens with a number of a code's length."""
    piece = pieces[span[0]]
    return piece.kind == "number" and sum(ch.isdigit() for ch in piece.text) >= _CODE_DIGITS


def _secret_shaped(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """Digits or symbols among the words: a made-up secret, not a sentence."""
    return any(p.kind in ("number", "punct") or any(ch.isdigit() for ch in p.text)
               for p in pieces[span[0]:span[1]])


def _typed_secret(pieces: list[Piece], k: int) -> bool:
    """The pieces glued to each other from `k` are one typed token of four characters or more
    with a digit or a symbol in it: "Tel-Aviv_1991!", "kv8#Rm2pLq"."""
    token = "".join(p.text for p in pieces[k:_glued_end(pieces, k)])
    return len(token) >= 4 and not token.isalpha()


def _priced(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """The span opens with an amount: a number, then its currency ("1,000 shillings")."""
    k = span[0]
    return pieces[k].kind == "number" and k + 1 < len(pieces) \
        and pieces[k + 1].text in CURRENCY_WORDS


def _a_pin_alone(pieces: list[Piece], k: int) -> bool:
    """At `k`, a number of a PIN's length closing its clause: "1984?" (not "20cm wider")."""
    return k < len(pieces) and pieces[k].kind == "number" and pieces[k].text.isdigit() \
        and _PIN_DIGITS <= len(pieces[k].text) <= _LONGEST_PIN \
        and (k + 1 == len(pieces) or pieces[k + 1].kind == "punct")


_LONGEST_PIN = 8


def _word_run_into_digits(pieces: list[Piece], k: int) -> bool:
    """From `k`, one typed token of a word of four letters or more and four digits or more,
    closing its clause: "Medellin2024!", "Kericho2024... is that ok?" (not "10am", "Windows11",
    "Office365", "Model3 in the notes")."""
    end = _glued_end(pieces, k)
    token = "".join(p.text for p in pieces[k:end] if p.kind != "punct")
    return sum(ch.isalpha() for ch in token) >= _TYPED_LETTERS \
        and sum(ch.isdigit() for ch in token) >= _PIN_DIGITS \
        and (end == len(pieces) or pieces[end].kind == "punct" or pieces[end - 1].kind == "punct")


def _glued_end(pieces: list[Piece], k: int) -> int:
    j = k + 1
    while j < len(pieces) and pieces[j].start == pieces[j - 1].end:
        j += 1
    return j


# A typed token shaped like a made-up secret: small letters and digits with a capital or a
# symbol too ("Spring2025!", "Tundra!Moose44", "kv8#Rm2p"). Where the text names a secret at
# all ("wifi pass in voice chat (sunflower1998!)", "admin / Tundra!Moose44 ... login") it is
# one, wherever it stands; a business's references are capitals and digits ("INC-0048812"), a
# login has no symbol ("snakamura97"), an address or a link its own marks.
_SECRET_SYMBOLS = frozenset("!#$%&*?^~+=")
_TYPED_PARTS = _SECRET_SYMBOLS | frozenset("-_@")  # that open a typed rest of a secret
# Words that name a secret for sure, and words that may ("boarding pass", "the login page"): a
# capitalised word and digits ("Summer2024", but also "Windows10") only beside the first.
_SURE_SECRETS = frozenset(("password", "passwords", "passwd", "pw", "pwd", "passcode",
                           "passphrase"))
_NAMED_SECRETS = _SURE_SECRETS | frozenset(("pass", "wifi", "wi-fi", "login", "logon",
                                            "credentials"))
_NOT_IN_A_SECRET = frozenset("@/:")
_SECRET_TOKEN = 6  # characters at least
_POLICY_TOKEN = (8, 40)  # characters where no secret is named (a row of values is longer)
_NEAR_A_NAME = 3  # pieces between a secret's name and the token: "pass is", "pass: "
# ... or digits inside letters, as no word is written: "kernow4eva", "p4ssword1"
_DIGITS_INSIDE_WORDS_RE = rx.compile(r"[a-z]{2,}\d+[a-z]{2,}\d*")  # (not "iPhone15pro")
# ... or one joined by hyphens with a capitalised word in it ("K7-Lotus-42"; a record's
# reference is capitals and digits: "SEC-558213")
_HYPHENED_WORD_AND_DIGITS_RE = rx.compile(
    r"(?=.*\d)(?=.*[A-Z][a-z]{2})[A-Za-z\d]+(?:-[A-Za-z\d]+){2,}")  # (three parts: not "Covid-19")
_WORD_AND_DIGITS_RE = rx.compile(r"[A-Z][a-z]{2,}\d{2,}")
# A record's label and its number, no secret: "Order#55120", "Case#77120", "Store#0412".
_LABEL_NUMBER_RE = rx.compile(r"([A-Za-z]+)#?\d+")  # (and "Order55120", "Case77120")
_LABELS = frozenset(w for phrase in BUSINESS_REFERENCES for w in phrase.split()) | frozenset(
    ("store", "room", "unit", "apt", "no", "ref", "acct", "account", "item", "page", "line",
     "error", "err", "sku", "inc", "code", "model", "promo", "version", "build"))


def shaped_secrets(pieces: list[Piece], original: str,
                   secret_talk: bool = False) -> list[tuple[int, int]]:
    """Piece ranges of typed tokens shaped like a secret, in a text that names one or while
    the call is about one (`secret_talk`: "set a new one with you now" / "Go on then...
    Blackpool1976."); and, in any text, tokens of every kind of character a password policy
    asks for ("I was going to use Spring2025!", "I tried Blue#Horse77"): privacy first,
    nothing else is written so."""
    words = {p.text for p in pieces}
    entered = not _ENTERING.isdisjoint(words)  # "I kept typing Vinaka2024 with a capital V"
    named = secret_talk or entered or not _NAMED_SECRETS.isdisjoint(words)
    if not named and _SECRET_SYMBOLS.isdisjoint(original):
        return []
    sure = secret_talk or not _SURE_SECRETS.isdisjoint(words)
    spans = []
    k = 0
    while k < len(pieces):
        end = _glued_end(pieces, k)
        start = k
        while start < end and pieces[start].text in ("(", "[", '"', "'", "“", "‘"):
            start += 1
        last = end
        while last > start and pieces[last - 1].text in (".", ",", ";", ")", "]", '"', "'", "”",
                                                          "’", "?"):
            last -= 1
        near = any(p.text in _NAMED_SECRETS or p.text in _ENTERING  # "the wifi pass is
                   for p in pieces[max(start - _NEAR_A_NAME, 0):start])  # Summer2024", "pass:"
        token = original[pieces[start].start:pieces[last - 1].end] if start < last else ""
        if not named and token.endswith("!") and _SENTENCE_AFTER_RE.match(
                original, pieces[last - 1].end):
            token = token[:-1]  # "I love my PlayStation5!": the sentence's mark, not the token's
        typed_for = {p.text for p in pieces[last:last + _TYPED_FOR_REACH]}
        elsewhere = entered and not sure and _NAMED_SECRETS.isdisjoint(words) \
            and _SECRET_SYMBOLS.isdisjoint(token) and not _NOT_A_LOGIN.isdisjoint(
                typed_for | {p.text for p in pieces[max(start - _NEAR_A_NAME, 0):start]})
        if token and (_secret_token(token, sure or near) if named else _policy_shaped(token)) \
                and not elsewhere:
            spans.append((start, last))  # (not "I typed Welcome10 at checkout", "I entered
            # the voucher Spring2025")
        k = end
    return spans


_TYPED_FOR_REACH = 4  # pieces after a typed token that say what it was typed into
_NOT_A_LOGIN = frozenset(("search", "checkout", "discount", "promo", "voucher", "coupon"))
# What is done with a secret at a login: the token typed after it is one.
_ENTERING = frozenset(("typing", "typed", "entering", "entered", "keying", "keyed"))


def _secret_token(token: str, sure: bool) -> bool:
    """See `_SECRET_SYMBOLS`: with a symbol, or, where a password is named for `sure`, a
    capitalised word and digits ("Summer2024"); not a product's camel case ("iPhone15",
    "MacBook2020") nor a record's label and number ("Order#55120")."""
    return len(token) >= _SECRET_TOKEN and any(ch.islower() for ch in token) \
        and any(ch.isdigit() for ch in token) and _NOT_IN_A_SECRET.isdisjoint(token) \
        and token[0] not in "$£€₹¥" and not any(ch.isspace() for ch in token) \
        and not ((label := _LABEL_NUMBER_RE.fullmatch(token)) and label[1].lower() in _LABELS) \
        and (not _SECRET_SYMBOLS.isdisjoint(token)
             or (sure and (_WORD_AND_DIGITS_RE.fullmatch(token) is not None
                           or (_HYPHENED_WORD_AND_DIGITS_RE.fullmatch(token) is not None
                               and _leading_word(token) not in _LABELS)
                           or _DIGITS_INSIDE_WORDS_RE.fullmatch(token) is not None)))


def _policy_shaped(token: str) -> bool:
    """Capitals, small letters, digits and a symbol, as a password policy asks for; not a row
    of values ("Desk2,1,Oak#4499") nor a label and its code ("Error#404NotFound")."""
    return _POLICY_TOKEN[0] <= len(token) <= _POLICY_TOKEN[1] and "," not in token \
        and _secret_token(token, False) and any(ch.isupper() for ch in token) \
        and _leading_word(token) not in _LABELS


def _leading_word(token: str) -> str:
    """The letters a token opens with, in lower case ("Error#404NotFound" -> "error")."""
    end = 0
    while end < len(token) and token[end].isascii() and token[end].isalpha():
        end += 1
    return token[:end].lower()


# After a token, the end of its sentence: the end of the text, or a space and a capital.
_SENTENCE_AFTER_RE = rx.compile(r"\s*$|\s+[A-Z]")


# What a secret's owner says it is or was: "I actually remember the old one, it was
# Ganesh2019!", "the one before was kv8#Rm2p".
_SAID_TO_BE = with_one_as_said((("it", "was"), ("it", "is"), ("it's",), ("its",), ("one", "was")))


def _stated_tokens(pieces: list[Piece], original: str) -> list[tuple[int, int]]:
    """Typed tokens shaped like a secret said to be it (see `_stated_token`), and digits read
    one by one. Spoken words ("blue bird eighty eight") cannot be told from the rest of the
    sentence here, so they are left."""
    words = [p.text for p in pieces]
    spans = []
    for i, word in enumerate(words):
        cue = next((c for c in _SAID_TO_BE if c[0] == word and tuple(words[i:i + len(c)]) == c),
                   None)
        k = i + len(cue) if cue else len(words)
        end = _glued_end(pieces, k) if k < len(words) else k
        if k < len(words) and words[k] not in _NOT_A_SECRET \
                and _stated_token(original[pieces[k].start:pieces[end - 1].end]):
            while end > k + 1 and pieces[end - 1].text in (".", ",", "?"):
                end -= 1  # the sentence's own punctuation
            spans.append((k, end))
        elif cue and k + 1 < len(words) and _rarely_said(pieces[k]) \
                and pieces[k + 1].kind == "number" and _A_YEAR_RE.fullmatch(words[k + 1]) \
                and (k + 2 == len(words) or pieces[k + 2].kind == "punct"):
            spans.append((k, k + 2))  # "honestly it's takamaka 1984": a word no one says
            # and a year, as a password is made, spoken (not "it's netgear 7000", a model)
        elif cue and k < len(words) and pieces[k].kind == "number" and pieces[k].text.isdigit() \
                and _PIN_DIGITS <= len(pieces[k].text) <= _LONGEST_PIN \
                and _digit_by_digit(said := original[pieces[k].start:pieces[k].end]) \
                and all(len(w) == 1 or not w.isdigit() for w in said.split()):
            spans.append((k, k + 1))  # "it was two six one one and he watched me punch it
            # in": a PIN its owner spoke of, read digit by digit (not "it was 2016")
    spans += [(k, k + 2) for k in range(len(words) - 1)
              if _a_word_then_its_digits(pieces, k, original)
              and not any(a <= k < b for a, b in spans)]
    return spans


def _a_word_then_its_digits(pieces: list[Piece], k: int, original: str) -> bool:
    """A word and digits read one by one after it, as a password is made: "maybe dragon four
    four seven or dragon seven four four" (not "room four one two", "about two three", "a
    liftmaster eight five five zero": a thing's model, "dash four zero two": a part number's)."""
    word, number = pieces[k], pieces[k + 1]
    said = original[number.start:number.end]
    return word.kind == "word" and len(word.text) >= _RARE_LETTERS and word.text.isalpha() \
        and not (k and pieces[k - 1].text in _ARTICLES_AND_OWNERS) \
        and word.text not in _SYMBOL_NAMES \
        and word.text not in FUNCTION_WORDS and word.text not in FILLERS \
        and word.text not in _NOT_A_SECRET and word.text not in _LABELS \
        and word.text.removesuffix("s") not in _LABELS \
        and word.text not in NUMBER_WORDS and number.kind == "number" \
        and _PIN_DIGITS - 1 <= len(number.text) <= _LONGEST_PIN and _digit_by_digit(said) \
        and all(len(w) == 1 or not w.isdigit() for w in said.split()) and len(said.split()) > 1



def _stated_token(token: str) -> bool:
    """Small letters with digits or symbols, six characters or more: "Ganesh2019!",
    "tide88pool", "myDog2019" (not "10am", "£45.50", "11/26", "INC-0048812"). Said of a secret
    its owner spoke of, "iPhone15" goes too: privacy first."""
    token = token.rstrip(".,?")
    return len(token) >= _SECRET_TOKEN and any(ch.islower() for ch in token) \
        and any(ch.isdigit() or ch in _SECRET_SYMBOLS for ch in token) \
        and _NOT_IN_A_SECRET.isdisjoint(token) and "." not in token


# What joins a question said back to its answer, where the words before it name the
# question: "the street I grew up on, that's bellwood" (not "the direct debit ... it's monzo").
_COPULAS = frozenset(("that's", "thats", "it's", "its", "that'd"))
_ASKED_BACK_WORDS = 8  # words at most of a question said back before its answer
_ASKING_WHICH = frozenset(("which", "what", "whats", "what's", "sorry", "pardon", "where",
                           "who"))
_NOT_RECALLED = frozenset(("remember", "recall", "forget", "forgot", "forgotten", "idea"))
_QUESTION_CONTENT = _QUESTION_WORDS - FUNCTION_WORDS


def _names_it(words: list[str]) -> bool:
    """Words that name the question, among others: "the street i grew up on", "my first pet"."""
    return not _QUESTION_CONTENT.isdisjoint(words)


def _asked_back(pieces: list[Piece]) -> int | None:
    """Where the rest of an answer starts after its opening question ("the street I grew up
    on? Bellwood.", "which one? the pet? rex"): the piece after the question mark, when the
    question is short, asks which or names the question, and more follows it."""
    mark = next((k for k, p in enumerate(pieces[:_ASKED_BACK_WORDS + 3]) if p.text == "?"), -1)
    if mark <= 0 or sum(p.kind != "punct" for p in pieces[:mark]) > _ASKED_BACK_WORDS \
            or any(p.text in (".", "!") or p.kind == "number" for p in pieces[:mark]):
        return None
    said = [p.text for p in pieces[:mark] if p.kind != "punct" and p.text not in FILLERS]
    if not said or not (said[0] in _ASKING_WHICH or _names_it(said)):
        return None  # a guess said as a question: "Poki?", "is it my wedding?"
    rest = [p.text for p in pieces[mark + 1:]]
    if not any(p.kind != "punct" for p in pieces[mark + 1:]) \
            or (rest[-1] == "?" and "or" in rest) or not _NOT_RECALLED.isdisjoint(rest):
        return None  # no answer follows: "which one? primary or secondary?", "my first pet?
        # i honestly cannot remember"
    return mark + 1


def _restates(opening: str) -> bool:
    return opening in _RESTATING or (
        opening.endswith(("'s", "’s")) and opening not in FUNCTION_WORDS)


def _digits_listed(pieces: list[Piece], k: int) -> bool:
    """A number, then "and", "then" or a comma and another number: "1 and 6", "1, 6"."""
    j = k + 1
    while j < len(pieces) and pieces[j].text in _DIGIT_JOINERS:
        j += 1  # "1 and then 6", "1 & 6"
    return pieces[k].kind == "number" and k + 1 < j < len(pieces) \
        and pieces[j].kind == "number" \
        and (j + 1 == len(pieces) or pieces[j + 1].text in (".", ",", "!")) \
        and "?" not in (p.text for p in pieces)  # (not "1 and 2 secs", "1 and 6?")


def _after_the_part_s_place(pieces: list[Piece]) -> int | None:
    """Where the value starts in an answer that opens with the place of the part it gives:
    "first two are one nine", "the last four digits are 8 3 1 2", "and the final one's 7"."""
    k = 0
    while k < len(pieces) and (pieces[k].text in FILLERS or pieces[k].text in ("and", "the",
                                                                                 ",", "then")):
        k += 1
    if k >= len(pieces) or pieces[k].text not in _PART_PLACES:
        return None
    k += 1
    if k < len(pieces) and pieces[k].kind == "number" and len(pieces[k].text) == 1:
        k += 1  # "first two"
    if k < len(pieces) and pieces[k].text in _PART_NOUNS:
        k += 1  # "digits"
    if k < len(pieces) and pieces[k].text in ("are", "is", "'s", "were", "was"):
        return k + 1
    return None


_PART_PLACES = frozenset(("first", "1st", "last", "final", "next", "middle"))
_PART_NOUNS = frozenset(("digits", "numbers", "letters", "characters", "ones", "bit", "part",
                         "half"))


def _secret_after(pieces: list[Piece], k: int) -> tuple[int, int] | None:
    if k < len(pieces) and (pieces[k].text in (",", ":", "–", "—") or (
            pieces[k].text == "-" and k > 0 and pieces[k].start > pieces[k - 1].end)):
        k += 1  # "Password: ...", "Memorable word – lighthouse" (a spaced dash, not a hyphen)
    if k < len(pieces) and pieces[k].kind != "punct" and _how_typed(pieces, k) \
            and (j := _past_description(pieces, k)) + 1 < len(pieces) \
            and pieces[j].text in (",", ":", "-", "–", "—"):
        k = j + 1  # "it's all small letters, m a s a i seven seven": how it is typed first
    elif k < len(pieces) and pieces[k].text in ("all", "lower", "lowercase", "small", "capitals"):
        j = k
        while j < len(pieces) and pieces[j].text in _HOW_TYPED and pieces[j].kind == "word":
            j += 1
        if k < j < len(pieces) and pieces[j].kind != "punct" \
                and not _TYPING.isdisjoint(p.text for p in pieces[k:j]):
            k = j  # ... with no mark after it: "all lower case koru99"
    if k < len(pieces) and pieces[k].text in _QUOTES:
        j = k = k + 1
        while j < len(pieces) and j - k < _MAX_WORDS and pieces[j].text not in _QUOTES:
            j += 1
        return (k, j) if j > k else None
    if k + 1 < len(pieces) and pieces[k].text in _AS_EVER:
        span = _secret_after(pieces, k + 1)  # "it's still Boerbok2019", "my password's just
        # BlueFalcon22": a made-up token (not "it's still valid", "it's just me")
        return span if span is not None and span[1] > span[0] \
            and _secret_shaped(pieces, span) else None
    if k < len(pieces) and _digits_listed(pieces, k):
        j = k + 1
        while j < len(pieces) and (pieces[j].text in _DIGIT_JOINERS or pieces[j].kind == "number"):
            j += 1
        return k, j  # "1 and 6", "1 & 6", "1 plus 6": digits listed
    if k >= len(pieces) or pieces[k].kind == "punct" or (
            pieces[k].text in _NOT_A_SECRET and pieces[k].kind != "spelled"):
        return None  # (letters spelled are letters: "Bravo Echo 42" is "be" "42")
    j = k
    while j < len(pieces) and j - k < _MAX_WORDS:
        piece = pieces[j]
        if piece.kind == "punct":
            if _glued(pieces, j):  # "Falcon-Harbor-47!": punctuation inside the secret
                j += 1
                if piece.text in ("!", "?") and (j == len(pieces) or pieces[j].start > piece.end):
                    break  # ... and ending it: "Make it Medellin2024! Thanks so much"
                continue
            if piece.text == "," and j + 1 < len(pieces) and _spelled_part(pieces[j + 1]) \
                    and _spelled_part(pieces[j - 1]):  # "capital T, r, e, k, seven, ..."
                j += 2
                k_limit = j
                while j < len(pieces) and j - k_limit < 2 and _spelled_part(pieces[j]):
                    j += 1
                continue
            if piece.text == "," and j == k + 1 and _listed_words_end(pieces, j):
                j = _listed_words_end(pieces, j)  # "Maple, otter, sixty-two.": a passphrase
            break
        if piece.kind != "spelled" and (piece.text in _CLAUSE_ENDS or (
                piece.text not in _INSIDE and piece.text in FUNCTION_WORDS)
                or piece.text in _TRAILING or piece.text in _YES_AFTER or tuple(
                    p.text for p in pieces[j:j + 2]) in _HOLDING or (
                    j > k and (piece.text in _WHEN_SET or tuple(
                        p.text for p in pieces[j:j + 2]) in _WHEN_SET_PAIRS))):
            break  # (nor "pepper hang on", "braveheart anyway", "wombat last night")
        j += 1
    return (k, j) if j > k else None  # (not "right cos ...": nothing before the clause's end)


_TRAILING = frozenset(("anyway", "anyhow", "though", "tho"))
_WHEN_SET = frozenset(("yesterday", "today", "tonight", "earlier", "recently", "ago"))
_WHEN_SET_PAIRS = frozenset((when, time) for when in ("last", "this", "on")
                            for time in ("night", "week", "month", "year", "morning",
                                         "afternoon", "evening", "monday", "tuesday",
                                         "wednesday", "thursday", "friday", "saturday", "sunday",
                                         "weekend"))


_AS_EVER = frozenset(("still", "just", "simply", "literally", "always"))
_POSITION_LINKS = frozenset(("is", "'s", "=", "was"))
_LAST_POSITIONS = frozenset(("last", "final", "penultimate"))


_ORDINAL_WORDS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                            "eighth", "ninth", "tenth", "last", "final"))


def asks_for_characters(pieces: list[Piece]) -> bool:
    """A question for characters of a secret by their places: "I need the 3rd and the 6th
    characters of your memorable word", "the first and last digits of your PIN"."""
    return any(p.text in _ASKED_CHARACTERS for p in pieces) \
        and sum(p.kind != "number" and a_position(p) for p in pieces) >= 1


_ASKED_CHARACTERS = frozenset(("characters", "letters", "digits", "character", "letter",
                               "digit"))


def a_position(piece: Piece) -> bool:
    """A character's position: "two", "third", "2nd" as typed, "last"."""
    text = piece.text
    if piece.kind in ("number", "ordinal"):
        return len(text) <= 4
    return text in _LAST_POSITIONS or text in _ORDINAL_WORDS or (
        len(text) <= 4 and text[:-2].isdigit() and text[-2:] in ("st", "nd", "rd", "th"))


def characters_by_position(pieces: list[Piece], going_on: bool = False
                           ) -> list[tuple[int, int]]:
    """The characters of a secret given by their positions, as a question for "characters two
    and five" is answered: "two is r and five is 7", "the third's k, the sixth is, um, 4",
    "the sixth one is m"; one alone where its place opens the answer or a clause ("No, sorry,
    fifth is Z."), or where the answer is `going_on` after the listener's "mm hm" ("and
    seventh is l", "the fourth... is a number, 7"), and one said alone after its place and a
    pause ("Fifth, let me count on my fingers... T.")."""
    spans, opening = [], False
    for k in range(len(pieces) - 1):
        position, link = pieces[k], pieces[k + 1]
        c = k + 2
        if position.text.endswith("'s") and position.text[:-2] in _ORDINAL_WORDS:
            position, link = Piece(position.text[:-2], position.start, position.end - 2,
                                   "word"), Piece("'s", position.end - 2, position.end, "word")
            c = k + 1  # "Second's 5, fourth is 9": the link glued to its place
        elif link.text.endswith("'s") and link.text[:-2] in _CHARACTER_NOUNS:
            link, c = Piece("'s", link.end - 2, link.end, "word"), k + 2  # "first one's f"
        elif link.text in _CHARACTER_NOUNS and k + 2 < len(pieces):
            link, c = pieces[k + 2], k + 3  # "the sixth one is m", "second letter is r"
        if not a_position(position):
            continue
        if position.kind != "number" and c == k + 2 and _a_character(link) \
                and link.text not in _POSITION_LINKS and (
                    c == len(pieces) or pieces[c].text in (",", ".", "and", "!")
                    or a_position(pieces[c])):
            spans.append((k + 1, k + 2))  # "first 6, fourth 9", "so first six and fourth is
            # nine": the place, then its character with no "is" (two at least: see below)
            continue
        if c >= len(pieces):
            continue
        if link.text in ("...", "…") and c + 1 < len(pieces) and pieces[c].text in _POSITION_LINKS:
            link, c = pieces[c], c + 1  # "the fourth... is a number, 7": a pause, then "is"
        while c < len(pieces) - 1 and (pieces[c].text in _BEFORE_A_CHARACTER
                                       or pieces[c].text in FILLERS or (
                pieces[c].text in ("a", "an", "the") and (
                    (len(pieces[c + 1].text) == 1 and pieces[c + 1].kind != "punct")
                    or pieces[c + 1].text in _CASES or pieces[c + 1].text in _CHARACTER_KINDS
                    or _a_symbol(pieces, c + 1)))):
            c += 1  # "third is, um, 9", "2nd is a 6", "fifth is capital Q", "is... x" (but
            # "first is a, third is r")
        cased = c - (c > 0 and pieces[c - 1].text in _CASES)  # "capital Q" is the character
        char = pieces[c]
        after = pieces[c + 1].text if c + 1 < len(pieces) else ""
        if link.text in _POSITION_LINKS and _a_symbol(pieces, c):  # "third is hash",
            # "seventh is the at sign"
            spans.append((c, c + _symbol_length(pieces, c)))
            opening = opening or _opens_a_clause(pieces, k)
        elif (link.text in _POSITION_LINKS or (link.text in ("...", "…") and after in (".", "!")))\
                and (_a_character(char) or (  # ("the sixth is d d for delta": the letter again,
                    char.kind == "spelled" and len(char.text) == 2  # as the normaliser spells
                    and char.text[0] == char.text[1])) and (after in _AFTER_A_PLACED_CHARACTER
                                            or after in CORRECTION_OPENERS
                                            or a_position(pieces[c + 1])
                                            or (after == "the" and c + 2 < len(pieces)
                                                and pieces[c + 2].kind != "number"
                                                and a_position(pieces[c + 2]))):
            # ("the first is 2 the fourth is 9": the next place right after it)
            # (not "1 is a problem"; "fourth is k no hang on", "fourth... 3. Ah no")
            spans.append((cased, c + 1))
            opening = opening or _opens_a_clause(pieces, k)
        elif link.text == "," and (guess := _guessed_character(pieces, c)) is not None:
            spans.append((guess, guess + 1))  # "and the seventh, is it W? No, ...", "the
            # fifth, hang on, is it 3?": a guess
        elif link.text in (",", "...", "…") and position.kind != "number" and (
                _opens_a_clause(pieces, k) or (spans and (
                    pieces[k - 1].text == "and" or [p.text for p in pieces[k - 2:k]] == [
                        "and", "the"]))):
            # "Fifth, let me count on my fingers... T.", "And the sixth... let me count...
            # T.": the character alone, after a pause
            lone = next((j for j in range(k + 2, len(pieces))
                         if (pieces[j - 1].kind == "punct" or pieces[j - 1].text == "is")
                         and _a_character(pieces[j]) and (
                             j + 1 == len(pieces) or pieces[j + 1].text in (".", "!"))), None)
            # (or "Fifth, let me count on my fingers, is R.", "the fifth... one two three four
            # five... n" where the turn ends)
            if lone is not None and not any(
                    a_position(pieces[j]) and not _a_moment(pieces, j) for j in range(k + 1, lone)):
                spans.append((lone, lone + 1))
                opening = True
        elif position.kind != "number" and (lone := _counted_to(
                pieces, k + 1 + (pieces[k + 1].text in _POSITION_LINKS))) is not None \
                and (_opens_a_clause(pieces, k) or (spans and "and" in (
                    pieces[k - 1].text, pieces[k - 2].text if k > 1 else ""))):
            spans.append((lone, lone + 1))  # "and the fourth um let me count on my fingers
            opening = True  # two", "fifth is hang on let me count ... yeah m": speech-to-text's
            # aside, with no marks
    if spans and (len(spans) >= 2 or opening or going_on):
        given = {pieces[a].text for a, b in spans if b == a + 1}
        spans += [(k, k + 1) for k in range(1, len(pieces)) if pieces[k].text in given
                  and (k, k + 1) not in spans and pieces[k - 1].text in _SAID_AGAIN_BEFORE
                  and (k + 1 == len(pieces) or pieces[k + 1].kind == "punct")]
        # ("..., it's 8. Definitely 8.": the character said again to be sure)
        return spans
    return []


def characters_listed_last(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The characters asked for by their places, listed alone to the turn's end after how the
    answer opens: "Okay, the last two... 4 and 8.", "right so, k, then r" (two at least)."""
    if pieces and pieces[-1].text == "?":
        return []  # "sorry, 2 and 4?": the places asked back
    end = len(pieces)
    while end and pieces[end - 1].kind == "punct" and pieces[end - 1].text != ",":
        end -= 1
    spans: list[tuple[int, int]] = []
    k = end - 1
    while k >= 0 and (_a_character(pieces[k]) or pieces[k].text in (",", "and", "then")):
        if _a_character(pieces[k]):
            spans.append((k, k + 1))
        k -= 1
    return spans if len(spans) >= _LISTED_CHARACTERS else []


_LISTED_CHARACTERS = 2


def _counted_to(pieces: list[Piece], j: int) -> int | None:
    """The character that ends the turn after a place and an aside of counting or looking,
    with no marks between ("the fourth um let me count on my fingers two"), or None."""
    last = len(pieces) - 1
    while last > j and pieces[last].kind == "punct":
        last -= 1
    if last - j > _ASIDE_WORDS:
        return None  # (looked at once a place is near the turn's end: a long text has many)
    between = [p.text for p in pieces[j:last]]
    if not (2 <= len(between) <= _ASIDE_WORDS and _a_character(pieces[last])
            and pieces[last].text not in ("a", "i") and not _COUNTING.isdisjoint(between)
            and all(p.kind != "punct" for p in pieces[j:last])):
        return None
    return None if any(a_position(p) and not _a_moment(pieces, k)
                       for k, p in enumerate(pieces[j:last], j)) else last


_ASIDE_WORDS = 12  # "um let me count on my fingers", "hang on let me count it out in my head"
_COUNTING = frozenset(("count", "counting", "check", "checking", "think", "thinking", "see",
                       "look", "looking", "remember"))


def _a_moment(pieces: list[Piece], k: int) -> bool:
    """Either word of "one second", "just a sec": a while, not a place in a secret (as the
    normaliser writes it: "1 2nd")."""
    if pieces[k].text in ("1", "a") and k + 1 < len(pieces):
        k += 1
    return pieces[k].text in _MOMENTS and k > 0 and pieces[k - 1].text in ("1", "a")


_MOMENTS = frozenset(("second", "2nd", "sec", "moment", "minute", "min", "mo", "tick"))


def _guessed_character(pieces: list[Piece], c: int) -> int | None:
    """Index of the character guessed in "is it X?" a few words after a place: "the fifth,
    hang on, is it 3?"."""
    for k in range(c, min(len(pieces) - 3, c + _GUESS_REACH)):
        if pieces[k].text == "is" and pieces[k + 1].text == "it" \
                and _a_character(pieces[k + 2]) and pieces[k + 3].text == "?":
            return k + 2
        if a_position(pieces[k]):
            return None
    return None


_GUESS_REACH = 6  # pieces between a place and its guess: ", hang on,"
_SAID_AGAIN_BEFORE = frozenset((".", "!", ",", "definitely", "yes", "yeah", "so", "sure", "def",
                                "yep", "that's", "thats"))


# What comes between a place and its character ("fifth is capital Q", "eighth is the number
# six", "2nd is... x") and what may follow the character ("second's h fourth is k", "is it W?").
_CHARACTER_KINDS = frozenset(("number", "letter", "digit"))  # "is a number, 7"
_BEFORE_A_CHARACTER = frozenset((",", "...", "…", "capital", "small", "lower", "lowercase",
                                 "upper", "uppercase", "big")) | _CHARACTER_KINDS
_AFTER_A_PLACED_CHARACTER = frozenset(("", ",", ".", "...", "…", "and", "then", "?", "!", "no",
                                       "sorry", "wait", "hang", "actually", "oh", "ah", "um",
                                       "uh", "er", "erm", "hmm", "sir", "madam", "ma'am", "maam",
                                       "mate", "yeah", "only", "i", "for", "as", "it's", "its",
                                       "now"))  # ("the fifth is zero now": changed since)
# ("third is x for x-ray", "m as in mike": the character, then the word that explains it)
def _a_symbol(pieces: list[Piece], k: int) -> bool:
    """A symbol said by its name, as a character of a secret: "hash", "at sign"."""
    return _symbol_length(pieces, k) > 0


def _symbol_length(pieces: list[Piece], k: int) -> int:
    """The words of a symbol's name at piece k: "hash", "at sign", "at the rate" (how Indian
    English says "@"); 0 where none starts."""
    said = tuple(p.text for p in pieces[k:k + 3])
    if said in _SYMBOL_TRIPLES:
        return 3
    if said[:2] in _SYMBOL_PAIRS or (said and said[0] in _SYMBOL_NAMES
                                     and said[1:2] and said[1] in _SYMBOL_NOUNS):
        return 2  # ("the hash symbol", "the pound sign")
    return int(bool(said) and said[0] in _SYMBOL_NAMES)


_SYMBOL_NOUNS = frozenset(("symbol", "sign", "key", "character", "mark"))


# What a character is called between its place and what it is: "the sixth one is m".
_CHARACTER_NOUNS = frozenset(("one", "1", "letter", "character", "digit", "number", "char"))


def _entry_code(pieces: list[Piece], words: list[str]) -> list[tuple[int, int]]:
    """The code that opens a gate, a door or a safe, with words between: "the code for the side
    gate is 1357", "code to open the gate is 9090", "the code for my garage's 4471"."""
    for k, word in enumerate(words):
        if word != "code" or (k and (words[k - 1] in _GOODS_CODES
                                     or words[k - 1] in _NOT_AN_ENTRY_CODE)):
            continue  # (not "the product code for the safe", "the promo code for the shed")
        for m in range(k + 2, min(k + _ENTRY_REACH, len(words))):
            if pieces[m].text in (".", ",", "!", "?", ";"):
                break  # ("the code worked, the door's 900 mm wide")
            entry = words[m].removesuffix("'s")
            if entry in _ENTRIES:
                contracted = entry != words[m]  # "the gate's 4471"
                if contracted or words[m + 1:m + 2] in (["is"], [":"], ["was"]):
                    span = _secret_after(pieces, m + 1 if contracted else m + 2)
                    if span is not None and _code_opens(pieces, span):
                        code = _leading_code(pieces, span)  # the number, not the words after
                        if code is not None and (code[1] == len(words)
                                                 or words[code[1]] not in _MEASURED):
                            return [code]
                    break
    return []


_ENTRIES = frozenset(("gate", "door", "alarm", "garage", "lockbox", "safe", "padlock",
                      "entrance", "building", "shed", "keypad"))
_ENTRY_REACH = 9  # words from "code" to what it opens: "code to get in the gate"
_NOT_AN_ENTRY_CODE = frozenset(("product", "item", "order", "model", "tariff", "promo",
                                "discount", "voucher", "tracking", "postal", "post", "zip",
                                "area", "country", "dress", "error"))
_MEASURED = frozenset(("mm", "cm", "m", "wide", "high", "long", "by", "x", "dollars", "pounds",
                       "euros", "quid", "bucks", "off", "version", "to"))


def corrected_character(pieces: list[Piece]) -> list[tuple[int, int]]:
    """A character said again after a correction, its place left to the answer before: "no
    wait sorry i'm counting on my fingers here it's o the fifth is o"."""
    fixed = next((k for k, p in enumerate(pieces) if p.text in CORRECTION_OPENERS
                  or p.text in _OWN_MISTAKES), None)
    if fixed is None:
        return []
    for k in range(fixed + 1, len(pieces) - 1):
        c = k + 1 + (pieces[k + 1].text in ("an", "a", "actually") and k + 2 < len(pieces))
        closed = c + 1 == len(pieces) or pieces[c + 1].kind == "punct"
        if pieces[k].text in ("it's", "its", "actually") and _a_character(pieces[c]) \
                and pieces[c].text.isalpha() and (pieces[c].text != "i" or closed) \
                and (closed or pieces[c + 1].text in _AFTER_A_CORRECTED_CHARACTER
                     or a_position(pieces[c + 1])):  # a letter (not "it's 8 not 9 o'clock",
            # "actually I like the app")
            return [(c, c + 1)]  # (also "it's an o", "oops it's o not e", "it's o as in
            # oscar", "the fifth is actually o")
    return []


_AFTER_A_CORRECTED_CHARACTER = frozenset(("the", "not", "as", "for", "like"))
_OWN_MISTAKES = frozenset(("sorry", "oops", "whoops", "mistake", "actually"))


def _a_character(piece: Piece) -> bool:
    return len(piece.text) == 1 and piece.kind in ("word", "number", "spelled")


_NOTED = (("i've", "got"), ("ive", "got"), ("i", "have"), ("i've", "put"), ("got",))
_AFTER_NOTED = frozenset(("and", "there", "thanks", "thank", "lovely", "perfect", "great",
                          "then"))


def characters_read_back(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The listener's read-back of characters given by their places, opening its turn and
    confirmed ("L and R, that's perfect", "k and m lovely thank you", "seven and two that's
    correct") or each after its place ("So third R, sixth E?")."""
    k = 0
    while k < len(pieces) and (pieces[k].text in FILLERS or pieces[k].text in (
            "so", ",", "no", "bother", "that's", "thats")  # "so that's l m and a all correct"
                               or (pieces[k].text in _AGREEING and k + 1 < len(pieces)
                                   and pieces[k + 1].text in ("i've", "ive", "i", ","))):
        k += 1
    noted = next((len(lead) for lead in _NOTED if tuple(p.text for p in pieces[k:k + len(lead)])
                  == lead), 0)  # "no bother i've got four and then your memorable word"
    k += noted
    start = end = k
    while end < len(pieces) and (_a_character(pieces[end]) or pieces[end].text in _CASES or (
            end > start and pieces[end].text in ("and", ",", "then")
            and end + 1 < len(pieces) and (_a_character(pieces[end + 1])
                                           or pieces[end + 1].text in _CASES))):
        end += 1
    after = [p.text for p in pieces[end:end + 3] if p.kind != "punct"]
    if after[:1] in (["that's"], ["thats"], ["is"]):
        after = after[1:] if after[1:2] and after[1] in _AGREEING else after  # "that's
        # perfect"
    if end > start and _a_character(pieces[end - 1]) and after and (
            after[0] in _AGREEING or any(tuple(after[:len(c)]) == c for c in _CONFIRMING)):
        return [(start, end)]
    if noted and end > start and _a_character(pieces[end - 1]) and (
            not after or (after[0] in _AFTER_NOTED and not any(
                _a_character(p) for p in pieces[end + 1:end + 3] if p.kind != "punct"))
            or end == len(pieces) or pieces[end].kind == "punct"):
        return [(start, end)]  # what the listener notes down is what was given
    return [(k + 1, k + 2) for k in range(len(pieces) - 1)  # "So third R, sixth E?", "second
            # A, sixth T." (an article has its noun after it, not a mark) (not
            if pieces[k].kind in ("word", "ordinal") and a_position(pieces[k])  # "the 2nd one")
            and _a_character(pieces[k + 1]) and pieces[k + 1].text != "1"
            and not (k and pieces[k - 1].text == "the" and pieces[k + 1].text.isdigit())
            and (k + 2 == len(pieces) or pieces[k + 2].kind == "punct")]  # (nor "and the last
    # three?": how many)


def _opens_a_clause(pieces: list[Piece], k: int) -> bool:
    """pieces[k] opens the answer or a clause of it, maybe after "the", "and" or "no"."""
    j = k - 1
    while j >= 0 and (pieces[j].text in ("the", "and", "then", "no", "sorry", "so", "ok", "okay",
                                         "yes", "yeah", "um", "uh", "er", "erm", "oh", "ah",
                                         "wait", "actually") or (
            pieces[j].text == "on" and j > 0 and pieces[j - 1].text in ("hang", "hold"))):
        j -= 1 + (pieces[j].text == "on")  # ("oh hang on no the sixth is d")
    return j < 0 or pieces[j].kind == "punct"


_OWN_SENTENCE_WORDS = 2
# Words said as a sentence of their own that remark on something, not name it.
_EXCLAMATIONS = frozenset((
    "goodness", "gosh", "blimey", "whatever", "typical", "unbelievable", "pardon", "nevermind",
    "interesting", "tricky", "gutted", "devastated", "nonsense", "wow", "cheers", "brilliant",
    "amazing", "awesome", "cool", "nice", "damn", "dammit", "crikey", "jeez", "bloody",
    "hell", "seriously", "honestly", "finally", "absolutely",
    "classic", "right", "sweet", "bingo", "yikes", "ugh", "hmm", "pfft", "understood",
    "god", "lord", "heavens", "christ", "jesus", "dear"))


def capitalised_answer(pieces: list[Piece], original: str, found: list[tuple[int, int]],
                       place: bool = False) -> list[tuple[int, int]]:
    """In the answer to a question for a secret, in text with its capitals: the words the side
    asked capitalises inside its sentences, names, places and titles, the answer or a guess at
    it ("we had a goldfish, Bubbles, but ...", "it's either Grandma's cottage or, knowing me,
    Llandudno"), besides what other rules `found`. Not a turn that puts the answer off or
    takes something back ("Hold on, it's saved on my Samsung", "No, SAP is separate."), nor a
    brand before what it names ("my Amazon order", "the Reading branch"), a day, a month, an
    acronym or a place after "in". In either, a word not said every day that is no thing's
    kind after its article ("we had a hamster called smudge", "um grease no wait"): privacy
    first, where the answer may be any word, one that is unusual in talk is taken for it.
    Where the question asked for a `place` ("where did your parents meet?", "which outlet
    did you last use the card at?"), a place is the answer: "Ah. In Cluj.", "Bedok Mall"."""
    uncased = original == original.lower() or original == original.upper()
    words = [p.text for p in pieces]
    lead = next((k for k, w in enumerate(words) if w not in FILLERS and w != ","), len(words))
    if (lead < len(words) and words[lead] in CORRECTION_OPENERS
            and not _exclaimed(pieces, lead)) \
            or any(w in PUTTING_OFF_WORDS and not _correcting(words, k)
                   for k, w in enumerate(words)) \
            or any(pair in _PUTTING_OFF for pair in pairwise(words)):
        return []
    covered = {k for a, b in found for k in range(a, b)}  # (a set: long turns stay linear)
    # Not a word of a place's name ("in south korea"), nor a thing's after its article ("the
    # telvia one", "a hamster"); a word merely unusual, not after "in" ("in madurai").
    # A place said as an answer of its own ("Ah. In Cluj."), not one of a story's ("I grew up
    # in Bradford but I was born in ...").
    alone = _in_short_sentences(pieces) if place else set()
    placed = {k for span in place_ranges(words) for k in span}  # ("in south korea")
    plain = [k for k in range(len(pieces)) if k not in covered and k not in placed
             and (k == 0 or words[k - 1] not in ("the", "a", "an"))
             and (uncased or original[pieces[k].start].islower())
             and not (k > 0 and words[k - 1] in _OWNERS and words[k] in FAMILY)  # "my nan"
             and words[k] not in AFFIRMATIVES  # "aye maybe what about ..."
             and not _an_exclamation(pieces, k)  # "Oh, Lord. Maybe I put Portie."
             and words[k] not in _MODALS  # "Yes. Shall I spell it?"
             and ((uncased and _rarely_said(pieces[k])) or (
                 (_seldom_said(pieces[k]) or _rarely_said(pieces[k]))
                 and _where_an_answer_stands(pieces, k, k in alone)))]
    if uncased:  # speech-to-text's: no capitals, but words few people say
        return [(k, k + 1) for k in plain]
    taken = sorted({*plain, *(
        k for k in range(len(pieces)) if k not in covered and not _an_exclamation(pieces, k) and (
            (k > 0 and _capitalised_inside(pieces, k, original, k in alone))
            or (k in alone and _titled(pieces, k, original, opening=True))))})
    if place and not taken and not found:  # "Where they met... at the university, in
        # Tripoli.": where a place was asked and nothing else answers, a place after "in" does
        # (not "The Red Lion in Oxford": the answer's own name comes first)
        named = [k for k in range(1, len(pieces)) if k not in covered
                 and _capitalised_inside(pieces, k, original, True)]
        taken = [k for k in named if pieces[k - 1].text != "in"] or named  # (the place's
        # own name before where it is: "I paid at Shoprite in Accra")
    if place:  # a place said as a sentence of its own is the answer whole: "Ah! KCMC
        # hospital Moshi."
        taken = sorted({*taken, *_whole_short_places(pieces, alone, taken, original)})
    return [(k, k + 1) for k in taken]


_WHEN_OR_HOW = frozenset(("yesterday", "today", "tomorrow", "tonight", "online", "mean",
                          "maybe", "perhaps", "ah", "eh", "oh", "hmm"))  # ("Yesterday
# Shoprite Lekki.", "Online Jumia.": when or how, not where)


def _whole_short_places(pieces: list[Piece], alone: set[int], taken: list[int],
                        original: str) -> set[int]:
    """The other capitalised words of the short sentences (`alone`) a place answer was taken
    in, and the words between them: "KCMC hospital Moshi" (not "I think" of "I think Moshi")."""
    out: set[int] = set()
    for k in taken:
        if k not in alone:
            continue
        a = k
        while a > 0 and a - 1 in alone and pieces[a - 1].kind != "punct":
            a -= 1
        b = k + 1
        while b < len(pieces) and b in alone and pieces[b].kind != "punct":
            b += 1
        named = [j for j in range(a, b) if j == k or (
            original[pieces[j].start].isupper() and pieces[j].text not in FUNCTION_WORDS
            and pieces[j].text not in FILLERS and pieces[j].text not in _WHEN_OR_HOW
            and pieces[j].text not in WEEKDAYS and pieces[j].text not in MONTHS
            and not pieces[j].text.endswith("ly"))]
        if len(named) > 1:
            out.update(j for j in range(named[0], named[-1] + 1)
                       if pieces[j].text not in FUNCTION_WORDS)
    return out


def _digit_by_digit(said: str) -> bool:
    """Digits said one by one ("one two two one eight", "1 2 2 1 8"), not an amount or a time
    read as a number ("one fifteen hundred", "one ten thirty")."""
    return all(w in _SINGLE_DIGITS or w.isdigit() for w in said.lower().replace("-", " ").split())


_SINGLE_DIGITS = frozenset(("zero", "oh", "o", "one", "two", "three", "four", "five", "six",
                            "seven", "eight", "nine", "double", "triple"))


def _chosen_instead(pieces: list[Piece]) -> list[tuple[int, int]]:
    """While a secret is awaited, the one chosen in place of the last, said before "instead":
    "He wants lapwing instead.", "make it heron77 instead", "i'd rather use kestrel instead"
    (not "can I use the app instead": an article's noun)."""
    words = [p.text for p in pieces]
    for k, word in enumerate(words):
        if word != "instead" or (k + 1 < len(pieces) and pieces[k + 1].kind != "punct"):
            continue
        j = k
        while j > 0 and k - j < _INSTEAD_WORDS and pieces[j - 1].kind in ("word", "alnum",
                                                                            "number") \
                and words[j - 1] not in FUNCTION_WORDS and words[j - 1] not in _CHOSEN_BY:
            j -= 1
        if 0 < j < k and words[j - 1] in _CHOSEN_BY and (
                k - j == 1 or (k - j == 2 and pieces[j + 1].kind == "number")) \
                and (_secret_shaped(pieces, (j, k)) or _rarely_said(pieces[j])):
            return [(j, k)]  # (not "I'll try online banking instead", "pick another question
            # instead": a way to sign in, no secret)
    return []


_INSTEAD_WORDS = 3
_CHOSEN_BY = frozenset(("wants", "want", "use", "it", "with", "have", "prefer", "prefers",
                       "pick", "picks", "choose", "chose", "take", "try"))


def _read_out_from(pieces: list[Piece]) -> int | None:
    """Where what a text, an e-mail or a screen shows starts, read out in a later sentence of
    the answer: "Yes, it came. It says ...", "Got it. The message says ...", "ok. the screen
    shows ..." (not in the answer's first sentence: that is an answer of its own)."""
    for k in range(2, len(pieces) - 2):
        if pieces[k - 1].kind != "punct" or pieces[k - 1].text[0] not in ".!…":
            continue
        j = k + (pieces[k].text in ("the", "my"))
        if j + 1 < len(pieces) and pieces[j].text in _WHAT_SHOWS_IT \
                and pieces[j + 1].text in _SHOWS and (j > k or pieces[j].text == "it"):
            return j + 2
    return None


_WHAT_SHOWS_IT = frozenset(("it", "text", "message", "email", "screen", "app", "code", "sms",
                            "letter", "phone"))
_SHOWS = frozenset(("says", "reads", "shows", "said"))


def _in_short_sentences(pieces: list[Piece]) -> set[int]:
    """The pieces of sentences of a few words at most ("Ah.", "In Cluj.", "Bedok Mall?")."""
    out: set[int] = set()
    start = 0
    for k in range(len(pieces) + 1):
        if k == len(pieces) or (pieces[k].kind == "punct" and pieces[k].text[0] in ".!?…"):
            if sum(p.kind != "punct" for p in pieces[start:k]) <= _SHORT_PLACE_WORDS:
                out.update(range(start, k))
            start = k + 1
    return out


_SHORT_PLACE_WORDS = 4


def _an_exclamation(pieces: list[Piece], k: int) -> bool:
    """pieces[k] is "God" of "God, let me think.", "Lord" of "Oh, Lord.", "Ha" of "Ha, The
    Castle.": said as an exclamation or a laugh, alone between marks or after "oh"."""
    return (pieces[k].text in EXCLAMATIONS or pieces[k].text in _LAUGHS) and k + 1 < len(pieces) \
        and pieces[k + 1].text in (",", ".", "!", "…", "...") and (
            k == 0 or pieces[k - 1].kind == "punct" or pieces[k - 1].text in EXCLAIMING)


def _exclaimed(pieces: list[Piece], k: int) -> bool:
    """pieces[k] is the "no" of an "Oh no." said as a sentence of its own: dismay at the
    question, not a correction ("Oh no, Outlook is separate from that")."""
    return 0 < k < len(pieces) - 1 and pieces[k - 1].text == "oh" \
        and pieces[k + 1].kind == "punct" and pieces[k + 1].text[0] in ".!…"


def _correcting(words: list[str], k: int) -> bool:
    """words[k] puts right what was just said, not the answer off: "Balgay Primary? No, hang
    on, ... The first was St Mary's", "no wait hold on"."""
    j = k - 1
    while j >= 0 and words[j] in (",", "wait", "sorry", "oh"):
        j -= 1
    after = next((w for w in words[k + 1:k + 3] if w != ","), "")
    return (j >= 0 and words[j] in CORRECTION_OPENERS) or after in _PUTTING_RIGHT_AFTER


_PUTTING_RIGHT_AFTER = frozenset(("no", "sorry"))  # "Oh wait, no, Sunday I went ..."


def chosen_secret(pieces: list[Piece], found: list[tuple[int, int]],
                  asked: bool = False) -> list[tuple[int, int]]:
    """While a secret is awaited, the one its speaker says they choose: "i'm going with
    chinook arch twenty twenty four all one word", "I'll put Shimla2009, where we went", "the
    new one is harbour lights 2024" (`found`: what other rules found, a part of it maybe);
    where the other side `asked` what it will be ("what would you like the new one to be?"),
    one of words only that ends the clause ("I'll go with marmalade sky")."""
    spans: list[tuple[int, int]] = []
    unmarked = not any(p.kind == "punct" for p in pieces)
    words = [p.text for p in pieces]
    proposed = list(_after_leads(words, _PROPOSING)) if asked else []
    for after in [*_after_leads(words, _CHOOSING), *_after_leads(words, _DOING), *proposed]:
        span = _secret_after(pieces, after)
        if span is None or span[1] <= span[0]:
            continue
        if any(words[k] in CURRENCY_WORDS or words[k] in _INSTALMENTS for k in range(*span)):
            continue  # "I'll do 3 payments of 40 pounds then": a plan, not a secret
        if after in proposed and (words[span[0]] in _LABELS or (
                words[span[0]].endswith("s") and words[span[0]][:-1] in _LABELS)
                or words[span[0]] in _POLICY_WORDS):
            continue  # "what about orders 1044 and 1045": another thing asked about; "can i
            # do spaces", "can i do two words": what a password may hold
        rare = span[1] - span[0] == 1 and _rarely_said(pieces[span[0]]) \
            and _clause_closed(pieces, span[1], unmarked)
        if not rare and (not (
                any(ch.isdigit() for p in pieces[span[0]:span[1]] for ch in p.text)
                or (asked and _clause_closed(pieces, span[1], unmarked)
                    and pieces[span[0]].text not in _ARTICLES
                    and pieces[span[0]].text != "the"))
                or not (_said_as_the_answer(pieces, span[0])
                        or any(ch.isdigit() for ch in pieces[span[0]].text))):
            continue  # (with digits, as a password policy asks, unless asked for or a word
            # English rarely holds: not "i'll use google authenticator", "going with visa";
            # but "going with shimla2009", "Let me use flyingfish.")
        spans.append(span)  # (what another rule found of it is part of it: "harbour lights
        # 2024", not "2024" alone; overlapping findings are merged)
    for after in _after_relays([p.text for p in pieces]):
        span = _secret_after(pieces, after)
        if span is not None and span[1] > span[0] and _said_as_the_answer(pieces, span[0]) \
                and _all_that_is_relayed(pieces, span):
            spans.append(span)  # "he is saying saraswathi miss no wait ..."
    return [span for span in spans if span not in found]


def _after_leads(words: list[str], leads: dict[str, list[tuple[str, ...]]],
                 relayed: bool = False) -> Iterator[int]:
    """Where the words after each lead of `leads` (by its first word) start; how sure the
    speaker is may stand inside a lead ("i just put glenbrook", "she probably said rex");
    where `relayed`, also after what someone beside the speaker is said to think."""
    for k, word in enumerate(words):
        for cue in leads.get(word, ()):
            end = _lead_end(words, k, cue)
            if end:
                yield end
                break
    if relayed:
        yield from _after_relays(words)


def _after_relays(words: list[str]) -> Iterator[int]:
    """Where what someone beside the speaker is said to think starts ("my husband reckons
    bluebell", "my daughter's saying Elmhurst"), or where a relation is from ("my father is
    from roxas city")."""
    for k, word in enumerate(words):
        j = k - 1
        while j > 0 and (words[j] in _HEDGES or (
                words[j] in ("is", "was", "are") and words[j - 1] in _RELAYERS)):
            j -= 1  # "my partner's just said bluebell", "he is saying saraswathi"
        if word in _RELAY_VERBS and j >= 0 and (
                words[j] in _RELAYERS or words[j] in FAMILY or words[j] in _OTHER_HALVES
                or (words[j].endswith("'s") and words[j][:-2] in FAMILY)
                or (words[j].endswith("'s") and word in _RELAYED_NOW)):
            yield k + 1
        if word == "from" and k > 1 and words[k - 1] in ("is", "was") \
                and words[k - 2] in FAMILY:
            yield k + 1


def _lead_end(words: list[str], k: int, cue: tuple[str, ...]) -> int:
    """The index after `cue` matched at k, hedges skipped inside it; 0 where it does not."""
    j = k
    for n, part in enumerate(cue):
        while n and j < len(words) and words[j] in _HEDGES and words[j] != part:
            j += 1
        if j >= len(words) or words[j] != part:
            return 0
        j += 1
    return j


_INSTALMENTS = frozenset(("payments", "instalments", "installments", "months", "weeks"))
# Someone beside the speaker giving the answer: "he reckons bluebell", "she is saying rex".
_RELAY_VERBS = frozenset(("reckons", "reckoned", "thinks", "saying", "sayin", "said", "says"))
# (what "he says" and "she said" relay only needs to close its clause, as before)
_STRICT_RELAYS = _RELAY_VERBS - {"says", "said"}
_RELAYED_NOW = frozenset(("saying", "sayin", "said"))
_OTHER_HALVES = frozenset(("half", "husband", "wife", "partner", "other"))
_RELAYERS = frozenset(("he", "she", "they", "he's", "she's", "they're", "hes", "shes",
                       "theyre"))


_CHOOSING = _by_first_word((
    ("going", "with"), ("go", "with"), ("i'll", "put"), ("ill", "put"), ("i'll", "use"),
    ("ill", "use"), ("i'm", "using"), ("im", "using"), ("new", "one", "is"), ("new", "one's"),
    ("i'll", "make", "it"), ("i", "chose"), ("i've", "chosen"), ("i", "picked"),
    ("gonna", "use"), ("gonna", "put"), ("going", "to", "use"), ("going", "to", "put"),
    ("will", "use"), ("will", "put"), ("will", "go", "with"), ("will", "make", "it"),
    ("let", "me", "use"), ("lemme", "use"), ("can", "i", "use"), ("could", "i", "use"),
    ("i'll", "go", "for"), ("ill", "go", "for"), ("what", "if", "i", "use"),
    ("put", "it", "as"), ("set", "it", "to"), ("make", "it"), ("change", "it", "to"),
    ("switch", "it", "to"), ("reset", "it", "to"),
    *((lets, verb) for lets in ("let's", "lets") for verb in ("have", "use", "do", "try",
                                                              "put"))))  # "Let's have
# Llanberis." (not "let's say tuesday, i'll call back")
# ... and, only where a secret is being chosen, "i'll do": "okay it wants twelve characters
# i'll do tallinn harbour two thousand" (not "I'll do 3 payments of 40 pounds then")
_DOING = _by_first_word((("i'll", "do"), ("ill", "do"), ("i", "will", "do")))
# What a password policy allows, asked about ("can i do spaces?"), not proposed as one.
_POLICY_WORDS = frozenset(("spaces", "space", "symbols", "symbol", "words", "2", "two", "lower",
                           "upper", "lowercase", "uppercase", "capitals", "capital", "numbers",
                           "number", "special", "characters", "letters", "emojis", "emoji",
                           "punctuation", "a", "an", "it", "that", "this", "the", "less",
                           "more", "fewer", "just", "only", "without", "with", "no"))
# ... and, asked what it will be, the one the side proposes: "what about slieve gullion".
_PROPOSING = _by_first_word((("what", "about"), ("how", "about"), ("can", "i", "do"),
                             ("could", "i", "do")))  # "can i do summer heat 2024 no spaces"


def asks_someone_else(pieces: list[Piece]) -> bool:
    """The side asked for a secret ends its turn asking it of someone with them: "frank! what
    did you put for the first pet?", "hang on sam whats the dogs name": the answer is still to
    come (not "... Kartik! What is that film? ... Yes, yes, Mother India.")."""
    words = [p.text for p in pieces]
    end = len(words)
    while end > 0 and (pieces[end - 1].kind == "punct" or words[end - 1] in FILLERS):
        end -= 1
    k = max((k for k, w in enumerate(words) if w in _ASKING_WORDS), default=-1)
    marked = any(p.kind == "punct" for p in pieces)
    return k >= 0 and not _ABOUT_A_SECRET.isdisjoint(words[k:k + _ASKED_REACH]) and (
        "?" in words[end:] if marked else end - k <= _ASKED_REACH)


_ASKING_WORDS = frozenset(("what", "what's", "whats", "which", "where", "who"))
_ABOUT_A_SECRET = _SECRET_WORDS | LIFE_HISTORY_WORDS | LIFE_FIRSTS | frozenset((
    "word", "answer", "dog's", "cat's", "film"))  # (not "where did you put the car keys?";
# "what was my first car?")
_ASKED_REACH = 8  # words after "what" that say what is asked


def taken_back_after(pieces: list[Piece], end: int) -> bool:
    """The answer is taken back or put off after a secret said up to `end`: "448120 no that's
    the old one", "either ginger or pepper hang on", "rex... actually not that": the right one
    is still to come."""
    words = [p.text for p in pieces[end:] if p.kind != "punct"]
    return any((word in _TAKING_BACK_OPENERS and (
        k + 1 == len(words) or words[k + 1] in _TAKING_BACK))
        or (tuple(words[k:k + 2]) in _HOLDING and words[k + 2:k + 3] not in _ABOUT_ONESELF)
        for k, word in enumerate(words))  # (not "hang on, I'm counting on my fingers... E.";
    # privacy first, what is said next may still be chatter: "it's the postman")


_ABOUT_ONESELF = (["i"], ["i'm"], ["im"], ["let"], ["lemme"], ["me"])

_TAKING_BACK_OPENERS = frozenset(("no", "nope", "nah", "actually", "oops", "wrong"))
_TAKING_BACK = frozenset(("wait", "that's", "thats", "that", "sorry", "hang", "hold", "no",
                          "not", "scratch", "ignore", "wrong"))
_HOLDING = frozenset((("hang", "on"), ("hold", "on"), ("let", "me"), ("no", "wait")))


def with_titles(pieces: list[Piece], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A secret that is someone's name, with the title said before it: "mister garza",
    "Madame Comeau" (a teacher's name as the security answer) go whole."""
    return [(start - 1 if start and pieces[start - 1].text in _TITLES_BEFORE else start, end)
            for start, end in spans]


_TITLES_BEFORE = frozenset(("mister", "mr", "missus", "mrs", "miss", "ms", "madame", "madam",
                            "mme", "monsieur", "sister", "brother", "father", "sir", "dr",
                            "doctor", "auntie", "aunty", "aunt", "uncle", "teacher", "coach",
                            "senor", "señor", "senora", "señora", "herr", "frau", "saint",
                            "st"))  # ("at saint paul's": a school or a church by its saint)


def whole_phrases(pieces: list[Piece], spans: list[tuple[int, int]], original: str,
                  where: bool = False) -> list[tuple[int, int]]:
    """A security answer found by one of its words, with the rest of what it is called: a
    street's or a school's kind after its name ("maple street", "towerbank primary"), digits
    typed after a word ("wombat ninety eight with the nine at the front"), the capitalised
    words of a title or a place ("Our Lady of Mercy", "The Quiet Man", "Kookaburra
    Crescent"): a part left beside the tag gives the answer away. Where a place was asked
    for (`where`), "in" says where it is ("The Red Lion in Oxford"), no title's word."""
    cased = original not in (original.lower(), original.upper())
    return [(_phrase_start(pieces, start, original, cased),
             _phrase_end(pieces, end, original, cased, where)) if end > start else (start, end)
            for start, end in spans]


def _phrase_end(pieces: list[Piece], end: int, original: str, cased: bool,
                where: bool = False) -> int:
    while end < len(pieces):
        piece = pieces[end]
        if piece.text in _KINDS_OF_PLACE or (cased and _titled(pieces, end, original)):
            end += 1
        elif cased and piece.text in _TITLE_JOINS and not (
                piece.text in _WHERE_JOINS and (where or not _goes_on_in(pieces[end - 1],
                                                                         original))) \
                and (joined := _joined_title(pieces, end + 1, original)):
            end = joined  # "Our Lady of Mercy", "Marks and Spencer", "Living in Bondage"
        elif _a_number(piece):
            run = end
            while run < len(pieces) and _a_number(pieces[run]):
                run += 1
            after = pieces[run] if run < len(pieces) else None
            if after is not None and after.kind == "word" and after.text not in FUNCTION_WORDS:
                break  # "rex two years ago", "biscuit 3 times": a count, no part of it
            end = run
        else:
            break
    return end


def _goes_on_in(piece: Piece, original: str) -> bool:
    """Whether a title goes on after this word with "in" or "on": a capitalised everyday word
    ("Living in Bondage", "Dancing on Ice"), not a place's kind or name, whose "in" says where
    it is ("Ridge Church School in Accra", "Saint Bride's in Glasgow"), nor a lower-case word
    ("turn on Google Authenticator")."""
    return original[piece.start].isupper() and everyday_word(piece.text) \
        and piece.text not in _KINDS_OF_PLACE


def _joined_title(pieces: list[Piece], k: int, original: str) -> int:
    """Where a title goes on to after a joining word, at piece k: a capitalised word, or "the"
    and one ("of the Rosary"); 0 if it does not."""
    if k < len(pieces) and pieces[k].text == "the":
        k += 1
    return k + 1 if k < len(pieces) and _titled(pieces, k, original) else 0


def _phrase_start(pieces: list[Piece], start: int, original: str, cased: bool) -> int:
    while start > 0:
        if cased and _titled(pieces, start - 1, original, opening=True):
            start -= 1
        elif cased and start > 1 and pieces[start - 1].text in _TITLE_JOINS \
                and _titled(pieces, start - 2, original, opening=True):
            start -= 2
        elif not cased and _rarely_said(pieces[start - 1]):
            start -= 1  # "kookaburra crescent"
        elif pieces[start - 1].text in _MAKERS:
            start -= 1  # "a 2003 pontiac sunfire": the maker with its model (and its year,
            if start > 0 and _MODEL_YEAR_RE.fullmatch(pieces[start - 1].text):  # said before
                start -= 1
        else:
            break
    return start


_MAKERS = frozenset(VEHICLE_MAKES)
_MODEL_YEAR_RE = rx.compile(r"(?:19[5-9]|20[0-4])\d")


def _titled(pieces: list[Piece], k: int, original: str, opening: bool = False) -> bool:
    """Piece k is a capitalised word of a name or a title, not a day, a month, "I", a place
    or a sentence's first word (unless `opening` and it is no everyday or function word: "...
    Kookaburra Crescent?")."""
    piece = pieces[k]
    text = piece.text
    if piece.kind != "word" or not original[piece.start].isupper() or len(text) < 2 \
            or text in WEEKDAYS or text in MONTHS or text.startswith("i'") \
            or text in FILLERS or name_class(text) == "P":
        return False
    first = k == 0 or (pieces[k - 1].kind == "punct" and pieces[k - 1].text[0] in ".!?…:;")
    if first:  # (not "Pardon?", "Dunno.", "Whereabouts?": words everybody says)
        return opening and not everyday_word(text) and text not in FUNCTION_WORDS \
            and text not in _NOT_A_SECRET and text not in _EXCLAMATIONS \
            and text not in ASKING_BACK_WORDS and text not in _NO_ANSWER_ALONE \
            and (not common_word(text) or name_class(text) != "")
    return True  # (a capital inside a sentence marks a name, "Our" of "Our Lady of Lourdes" too)


_NO_ANSWER_ALONE = frozenset(("pardon", "whereabouts", "dunno", "sorry", "huh", "eh", "what",
                              "really", "crikey", "anyway", "um", "erm"))


def _a_number(piece: Piece) -> bool:
    return piece.kind == "number" or (piece.kind == "word" and piece.text in NUMBER_WORDS)


# What a place's or a school's name ends with: "maple street", "towerbank primary".
_KINDS_OF_PLACE = frozenset(STREET_SUFFIXES) | SAINT_PLACES | ANSWER_PLACE_KINDS
_WHERE_JOINS = frozenset(("in", "on"))
_TITLE_JOINS = frozenset(("of", "the", "and", "&", "de", "la", "du", "van", "von")) | _WHERE_JOINS


def characters_said_back(pieces: list[Piece], said: Callable[[str], bool]
                         ) -> list[tuple[int, int]]:
    """The agent saying back the characters just given, as the whole of a sentence or before
    its confirming: "so that's r m and a", "U, U and L, that's all correct" (each one the
    caller said; not "so that's it")."""
    k = 0
    while k < len(pieces) and pieces[k].text in _SAID_BACK_OPENERS:
        k += 1
    start, characters = k, 0
    while k < len(pieces) and (pieces[k].text in ("and", ",") or (
            len(pieces[k].text) == 1 and pieces[k].text.isalnum() and said(pieces[k].text)) or (
            pieces[k].kind == "spelled" and all(said(ch) for ch in pieces[k].text))):
        characters += 0 if pieces[k].text in ("and", ",") else len(pieces[k].text)
        k += 1  # (letters said one by one reach here as one spelled piece: "r m a")
    end = k
    while end > start and pieces[end - 1].text in ("and", ","):
        end -= 1
    confirmed = k < len(pieces) and (
        (pieces[end].text == "," and pieces[k].text in _CONFIRMING_AFTER)  # "U, U and L,
        or pieces[k].text in _CONFIRMING_AFTER)  # that's all correct", "r m a perfect"
    if characters < 2 or not (confirmed or (
            start and (k == len(pieces) or pieces[k].kind == "punct"))):
        return []
    return [(start, end)]


_CONFIRMING_AFTER = frozenset(("that's", "thats", "correct", "perfect", "yes", "yep", "right",
                               "great", "all", "is", "are", "match", "matches"))
_SAID_BACK_OPENERS = frozenset(("so", "that's", "thats", "that", "is", "ok", "okay", "right",
                                "lovely", ",", "perfect", "thanks", "thank", "you", "great",
                                "yes", "yep", "got"))


def confirmed_read_back(pieces: list[Piece], said: Callable[[str], bool], original: str = "",
                        secret: Callable[[str], bool] = lambda word: False,
                        in_quotes: bool = False) -> list[tuple[int, int]]:
    """The agent's turn right after a security answer, opening with words of that answer read
    back and confirmed: "the quiet man, yes, that's it", "Elmhurst Avenue is what we have":
    those words, whether or not the answer itself was caught. `said` tells whether the caller
    said a word in that answer; every word read back that is more than agreement must be one
    (not "Lovely, yes", "Three hundred pounds, yes", "Got it, yes"); `secret` whether a word
    is one of a secret already found ("salt and pepper, that's it"). A word read back in
    quotes is marked as the answer whatever it is ('Just "Boy", yep')."""
    words = [p.text for p in pieces]
    opening = 0
    while opening < len(words) and (words[opening] in FILLERS or words[opening] in (
            ".", ",", "so", "you", "said", "it", "was", "i", "have", "i've", "ive", "got",
            "here", "as", "down", "just", "only")):
        opening += 1  # "Okay. The Quiet Man, yes, ...", "so you said elmhurst yes ...", "i
        # have saint paul's kisumu yes that is correct", 'Just "Boy", yep'
    if opening < len(words) - 2 and quoted(pieces, opening + 1):
        opening += 1  # (the quote opening it)
        in_quotes = True
    if opening:
        return [(a + opening, b + opening) for a, b in confirmed_read_back(
            pieces[opening:], said, original, secret, in_quotes)]
    for end in range(1, min(len(words), _READ_BACK_WORDS + 1)):
        told = end + 1 if in_quotes and words[end] in _QUOTES else end  # ('"Boy", yep')
        after = tuple(words[told:told + 3])
        if not (any(after[:len(c)] == c for c in _CONFIRMING)
                or (words[told] == "," and any(after[1:1 + len(c)] == c for c in _CONFIRMING))):
            continue
        content = [p for p in pieces[:end] if not (
            p.text in FUNCTION_WORDS or p.text in FILLERS or p.text in AFFIRMATIVES
            or p.text in _AGREEING)]
        if any(p.kind == "punct" for p in pieces[:end]) or not content \
                or any(p.kind in ("number", "ordinal") or not said(p.text) for p in content) \
                or not (in_quotes or any(_rarely_said(p) or name_class(p.text) in ("N", "W")
                                         or secret(p.text) for p in content)  # ("jun jun is
                        # correct sir")
                        or (sum(original[p.start:p.start + 1].isupper()
                                for p in pieces[:end]) >= 2
                            and not place_ranges(words[:end]))):
            return []  # (the normaliser's "The 1st 1 is correct"; words of the question said
            # back, "maiden name yes", "driving yes": a read-back holds a rare word, a name or
            # a title's capitals)
        while end > 1 and pieces[end - 1].text in _AGREEING:
            end -= 1  # "daffodil lovely that's correct"
        return [(0, end)]
    return []


_READ_BACK_WORDS = 4
_CONFIRMING = (("yes",), ("yeah",), ("yep",), ("that's", "it"), ("thats", "it"),
               ("that's", "right"), ("thats", "right"), ("that's", "correct"),
               ("thats", "correct"), ("that", "matches"), ("matches",), ("is", "correct"),
               ("is", "right"), ("is", "what"), ("that's", "the", "one"), ("that's", "perfect"),
               ("thats", "perfect"), ("that's", "lovely"), ("thats", "lovely"),
               ("thats", "the", "one"), ("is", "the", "one"), ("correct",), ("perfect",),
               ("all", "correct"), ("all", "right"), ("all", "good"), ("all", "match"))
_AGREEING = frozenset(("lovely", "great", "perfect", "brilliant", "cool", "excellent", "fab",
                       "fantastic", "wonderful", "super", "grand", "champion", "ace", "nice",
                       "thank", "thanks", "cheers", "ta", "sorry", "good", "fine", "spot",
                       "exactly", "indeed", "definitely", "absolutely", "correct", "right",
                       "sweet", "awesome", "marvellous", "splendid", "gotcha", "noted",
                       "understood", "done", "sorted", "verified", "confirmed", "matched",
                       "first", "second", "third", "1st", "2nd", "3rd", "last", "other",
                       "former", "latter", "one", "1",
                       "ones", "same", "old", "new", "previous", "current", "earlier",
                       "original", "latest", "both", "either", "answer", "pin", "password",
                       "word", "code", "number"))  # (nor "The first one is correct")


def guesses_asked(pieces: list[Piece]) -> list[tuple[int, int]]:
    """In an answer to a security question, a word or three asked as a question of their own,
    after the sentence before or "or was it": a guess at the answer ("... in Winnipeg.
    Portage? No, ...", "Mango? Or was it Pickles?", "Um... Titanic? Hang on."); not a question
    back ("Sorry?", "Which one?", "My first school?", "Really?")."""
    words = [p.text for p in pieces]
    spans = []
    start = 0
    for k, word in enumerate(words):
        if word in _SENTENCE_BREAKS:
            if word == "?":
                first = start
                while first < k and (words[first] in _GUESS_OPENERS or words[first] == ","):
                    first += 1
                rest = words[k + 1:]
                if 0 < k - first <= _MAX_GUESS_ASKED and all(
                        p.kind == "word" and p.text not in FUNCTION_WORDS
                        and p.text not in FILLERS and p.text not in AFFIRMATIVES
                        and p.text not in ASKING_BACK_WORDS and p.text not in _VAGUE
                        and p.text not in _BACK_ASKING and p.text not in _AGREEING
                        and p.text.removesuffix("'s") not in rest
                        for p in pieces[first:k]) \
                        and ((rest[:1] != [] and (rest[0] in _DELIBERATING
                                                  or tuple(rest[:2]) in _HOLDING))
                             or (not rest and all(_rarely_said(p) for p in pieces[first:k]))):
                    spans.append((first, k))  # (then "No", "Or was it", "Hang on": a guess
                    # weighed; not "Signal? My signal's bad.", "Locked? Is my account ...")
            start = k + 1
    return spans


_SENTENCE_BREAKS = frozenset((".", "?", "!", "…", "..."))
_GUESS_OPENERS = frozenset(("or", "was", "is", "it", "maybe", "like", "um", "uh", "er", "erm",
                            "hmm", "oh"))
_MAX_GUESS_ASKED = 3
_DELIBERATING = frozenset(("no", "or", "nope", "nah", "maybe", "wait", "hmm", "actually",
                           "possibly", "perhaps", "probably"))
_BACK_ASKING = frozenset(("really", "seriously", "honestly", "sure", "pardon", "hello", "yes",
                          "no", "ok", "okay", "right", "correct", "true", "done", "ready",
                          "there", "here", "again", "now", "today", "anything", "everything",
                          # which secret is meant: "Online? I never use it."
                          "online", "app", "website", "web", "phone", "telephone", "mobile",
                          "card", "account", "email", "banking", "internet", "portal", "laptop",
                          "computer", "text", "sms", "letter", "post", "branch"))


def numbers_said(pieces: list[Piece], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In the caller's answer to a question for a PIN or a code, a number of four digits or
    more that is no amount, besides what other rules `found`: privacy first, the PIN ("och
    it's the year we got married so one nine eight seven")."""
    words = [p.text for p in pieces]
    return [(k, k + 1) for k, piece in enumerate(pieces)
            if piece.kind == "number" and len(piece.text) >= _PIN_DIGITS
            and piece.text.isdigit() and (
                (k > 0 and words[k - 1] in _PIN_TRIED and len(piece.text) <= _LONGEST_PIN)
                or ((k == 0 or words[k - 1] in _PIN_LEADS or words[k - 1] in _PIN_CHOSEN or (
                    words[k - 1] == "is" and len(piece.text) <= _LONGEST_PIN
                    and (k < 2 or words[k - 2] not in _RECORD_NOUNS)))
                    and (k + 1 == len(words) or (pieces[k + 1].kind == "punct" and not (
                        k + 2 < len(words) and pieces[k + 2].kind == "number"))
                         or words[k + 1] in _PIN_ENDS
                         or tuple(words[k + 1:k + 3]) in _PIN_EXPLAINED)))
            and not any(a <= k < b for a, b in found)]  # (said as the answer, ending its
    # clause: not "in 2015 and never used it", "case number is 55123", "a 2018 ford", "by
    # 1800", "paid 2000 yen", "1249.99"; or after a word of trying it, wherever the clause
    # goes on: "i tried 1996 like three times and it kicked me out")


def counted_words(pieces: list[Piece]) -> list[tuple[int, int]]:
    """An answer followed by how many words it is: "it's lough hyne two words", "perogy house,
    two words" (not "i have two words for you")."""
    words = [p.text for p in pieces]
    for k in range(1, len(words) - 1):
        if pieces[k].kind == "number" and words[k] in _FEW and words[k + 1] in ("words", "word") \
                and words[k + 2:k + 3] != ["?"]:  # (not "the surname, two words?")
            end = k - (words[k - 1] == ",")
            start = end
            while start > 0 and pieces[start - 1].kind == "word" \
                    and words[start - 1] not in FUNCTION_WORDS and words[start - 1] not in FILLERS \
                    and words[start - 1] not in _LEADS and words[start - 1] not in _ASKED_KINDS:
                start -= 1
            if 0 < end - start <= int(words[k]) + 1 and (start == 0 or words[start - 1] in _LEADS
                                                          or pieces[start - 1].kind == "punct"):
                return [(start, end)]
    return []


_FEW = frozenset(("1", "2", "3", "4"))


def appended_digits(pieces: list[Piece], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Digits said to go on the end of a secret just given, right after it or after an aside
    about it: "Kirpal, that's my grandfather's name, with 2025", "bluebell, plus the year we
    married, so 1988", "rangi and then 44" (not "bluebell, I set it up with 2 accounts", "with
    20 minutes", "Rainbow, and I want to top up with 30")."""
    out = []
    for _, end in found:
        if dictated_rest(pieces, end) > end:
            continue  # "barra, B-A-R-R-A, then 2 1 5": dictated on, taken whole as it is
        k = end - (end > 0 and pieces[end - 1].text in _APPENDS)  # ("harbour, plus" taken)
        while k < len(pieces) and pieces[k].text in (",", "and"):
            k += 1
        if k < len(pieces) and pieces[k].text in _SAID_OF_IT:  # "that's my grandfather's name,"
            aside = next((j for j in range(k, min(len(pieces), k + _APPENDED_REACH))
                          if pieces[j].text == ","), None)
            k = aside + 1 if aside is not None else len(pieces)
        if k + 1 >= len(pieces) or pieces[k].text not in _APPENDS:
            continue
        j = k + 1 + (pieces[k].text == "followed" and pieces[k + 1].text == "by")
        if [p.text for p in pieces[j:j + 1]] == ["the"] and j + 1 < len(pieces) \
                and pieces[j + 1].text in _DIGITS_SAID:
            while j < len(pieces) and j - k <= _APPENDED_REACH \
                    and pieces[j].kind == "word" and pieces[j].text not in _ENDS:
                j += 1  # "plus the year we married, so 1988"
        while j < len(pieces) and pieces[j].text in (",", "so"):
            j += 1
        if j < len(pieces) and pieces[j].kind == "number" and pieces[j].text.isdigit() \
                and len(pieces[j].text) >= 2 \
                and (j + 1 == len(pieces) or pieces[j + 1].kind == "punct"
                     or pieces[j + 1].kind == "number") \
                and not any(a <= j < b for a, b in found):
            last = j
            while last + 1 < len(pieces) and pieces[last + 1].kind == "number":
                last += 1
            out.append((j, last + 1))
    return out


_SAID_OF_IT = frozenset(("that's", "thats", "which", "it's", "its", "my", "like", "sorry", "as"))
_APPENDED_REACH = 10  # pieces between a secret and what goes on its end
_APPENDS = frozenset(("with", "plus", "+", "then", "followed"))
_DIGITS_SAID = frozenset(("year", "number", "numbers", "digits", "date"))
_ENDS = frozenset((".", "?", "!"))
_ASKED_KINDS = frozenset(("surname", "name", "word", "phrase", "answer", "password"))


def pin_parts(pieces: list[Piece], awaited: bool = False) -> list[tuple[int, int]]:
    """A turn that gives part of a PIN asked for and nothing else, between the listener's
    backchannels: "go on then two" / "mm hm" / "nine" / "five no sorry it's four not five" /
    "then seven"; `awaited`: the rest is still awaited, and may come after an aside."""
    words = [p for p in pieces if p.kind != "punct"]
    numbers = [k for k, p in enumerate(pieces) if p.kind == "number" and len(p.text) <= _PIN_DIGITS
               and not (p.text == "1" and k and pieces[k - 1].kind != "number"
                        and a_position(pieces[k - 1]))]  # (not the "one" of "the second one")
    if not numbers:
        return []
    if len(words) <= _PIN_PART_WORDS and all(
            p.kind == "number" or p.text in FILLERS or p.text in _PIN_PART_LEADS for p in words):
        return [(k, k + 1) for k in numbers]
    opening = next((k for k, p in enumerate(pieces) if not (
        p.kind == "number" or p.text in FILLERS or p.text in _PIN_PART_LEADS)
        or (p.text in _PIN_PART_BREAKS and k > numbers[0])), len(pieces))
    if opening < len(pieces) and pieces[opening].text in _PIN_PART_BREAKS \
            and numbers[0] < opening:
        last = max((k for k, p in enumerate(pieces) if p.kind != "punct"), default=0)
        return [(k, k + 1) for k in numbers if k < opening or (
            awaited and k == last and pieces[k - 1].text not in _NO_PART_AFTER
            and pieces[k - 1].text not in _BEFORE_NO_PART)]  # "0 sorry my daughter's
        # grabbing the phone": the part, then what broke in; and the next part after it
        # ("two sorry the screen dim six")
    line = next((k for k, p in enumerate(pieces) if p.text in _BAD_LINE), None)
    aside = next((k for k, p in enumerate(pieces) if p.text in _ASIDE_OPENERS), None)
    if ((line is not None and numbers[0] > line) or (
            awaited and aside is not None and numbers[0] > aside
            and pieces[numbers[0] - 1].text not in _NO_PART_AFTER)) \
            and pieces[numbers[0] - 1].text not in _BEFORE_NO_PART and all(
            p.kind in ("number", "punct") or p.text in FILLERS or p.text in _PIN_PART_LEADS
            for p in pieces[numbers[0]:]):
        return [(k, k + 1) for k in numbers]  # "then sorry the phone's cutting out one oh",
        # "then sorry my daughter is crying one and seven": the part, after an aside
    said = max((k for k, p in enumerate(pieces) if p.text in ("it's", "its") or (
        k and pieces[k - 1].text == "it" and p.text in _READ_OUT_VERBS)), default=-1)
    # ("hold on i got it wrote down it's two", "ah see it here now okay it say eight")
    if said >= 0 and said < numbers[0] and all(
            p.kind == "number" or p.kind == "punct" or p.text in FILLERS
            or p.text in _PIN_PART_LEADS for p in pieces[said + 1:]):
        return [(k, k + 1) for k in numbers if k > said]  # "hold on i got it wrote down
        # it's two": the first part, said last
    return []


_PIN_PART_WORDS = 10
_READ_OUT_VERBS = frozenset(("says", "say", "shows", "show", "reads"))
_NO_PART_AFTER = frozenset(("digit", "number", "say", "said", "is", "was", "aged", "age",
                            "he's", "she's", "they're", "since", "at", "until", "till"))
_ASIDE_OPENERS = frozenset(("sorry", "hang", "hold", "wait", "oops", "excuse"))
_BAD_LINE = frozenset(("cutting", "breaking", "signal", "reception", "line", "crackly"))
_BEFORE_NO_PART = frozenset(("in", "at", "on", "line", "back", "by", "until", "till", "for"))
_PIN_PART_BREAKS = frozenset(("sorry", "hang", "hold", "wait", "oops", "excuse", ",", "...", "…"))
_PIN_PART_LEADS = frozenset(("go", "on", "then", "next", "and", "no", "sorry", "it's", "its",
                             "is", "not", "last", "first", "1st", "one", "1", "the", "digit",
                             "number", "er",
                             "after", "that", "again", "uh", "um", "erm", "twice", "that's",
                             "thats"))  # "... 8. 2018, that's the one"


def amounts_said(pieces: list[Piece], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """In the caller's answer to what the account last did and for how much ("the amount of
    your last payment"), each amount, with its currency: the answer, and a guess at it ("it's
    usually three eighty nine but ... four hundred even", "£63.20 I think"); not a count of
    time ("two weeks ago", "on the 3rd")."""
    spans = []
    for k, piece in enumerate(pieces):
        if piece.kind != "number" or (k > 0 and pieces[k - 1].kind == "number"):
            continue  # (one taken by other rules is taken whole: "$642.18", not "$[...].18")
        before = pieces[k - 1].text if k > 0 else ""
        if before in _NOT_AN_AMOUNT_BEFORE or before in MONTHS or (
                before in (".", ":") and pieces[k - 1].end == piece.start) or (
                before == "the" and k > 1 and pieces[k - 2].text in _AT_A_PLACE):
            continue  # "order number 55123", "june 12", "5.30", "half 7", "at the seven
            # eleven" (but a sentence's end: "It was through the app. Two hundred pounds")
        opens = before in (".", "!", "?")  # (a number opening a sentence is an amount only
        # with its currency: not "55123 was the reference")
        start = k - (before in CURRENCY_SIGNS)
        end = k + 1
        while end + 1 < len(pieces) and pieces[end].text in (".", ",") \
                and pieces[end + 1].kind == "number" and pieces[end].end == pieces[end + 1].start:
            end += 2  # "63.20", "1,249.99"
        if end < len(pieces) and pieces[end].text in _TIME_COUNTED:
            continue
        if start == k and end + 1 < len(pieces) and pieces[end].text == ":" \
                and pieces[end + 1].kind == "number":
            continue  # a time of day: "about 7:15"
        priced = start < k
        while end < len(pieces) and pieces[end].text in _AMOUNT_ENDS:
            end, priced = end + 1, True
        counted = end < len(pieces) and pieces[end].kind == "word" \
            and pieces[end].text not in FUNCTION_WORDS and pieces[end].text not in _PIN_ENDS \
            and pieces[end].text not in _AGREEING and pieces[end].text not in AFFIRMATIVES \
            and pieces[end].text not in _WHERE_MONEY_WENT \
            and not priced  # "2 tickets", "3 payments" (not "11240 perfect", "fifty across")
        if not counted and not (piece.text == "1" and not priced) and (priced or not opens) \
                and (priced or not (start > 0 and pieces[start - 1].text in _WHEN)):
            spans.append((start, end))  # (not "around seven thirty", "on the 2nd", "the last
            # one i sent")
    for a, b in found:  # a guess other rules took ("was it a hundred and twelve"): its currency
        if 0 < b < len(pieces) and pieces[b - 1].kind == "number" \
                and pieces[b].text in _AMOUNT_ENDS and pieces[b].text not in _NOT_A_CURRENCY:
            spans.append((a, b + 1))
    return spans


_NOT_A_CURRENCY = frozenset(("even", "exactly", "odd"))
_AT_A_PLACE = frozenset(("at", "from", "in", "to"))
_WHERE_MONEY_WENT = frozenset(("across", "over", "in", "into", "out", "back", "through", "off",
                               "extra", "more", "total", "altogether", "ish", "something",
                               "odd"))  # ("eleven hundred and forty something")


_NOT_AN_AMOUNT_BEFORE = frozenset(("number", "order", "ref", "reference", "no", "#", "half",
                                   "quarter", "case", "ticket", "invoice", "account"))
_AMOUNT_ENDS = CURRENCY_WORDS | frozenset(("p", "even", "exactly", "odd", "net", "gross"))
_TIME_COUNTED = frozenset(("days", "day", "weeks", "week", "months", "month", "years", "year",
                           "ago", "minutes", "hours", "o'clock", "am", "pm", "times", "th", "st",
                           "nd", "rd", "percent", "%", "digits", "of", "morning",
                           "afternoon", "evening", "night", "tonight"))
_WHEN = frozenset(("at", "around", "by", "before", "after", "until", "till", "on", "since",
                   "from"))


def said_to_be(pieces: list[Piece], found: list[tuple[int, int]], asked: bool = True,
               original: str = "", phrase: bool = False, named: bool = False
               ) -> list[tuple[int, int]]:
    """In the answer to a question for a secret, what the side asked says it is, was or would
    be, wherever in the answer and however many times ("in school it was Anand, but ...",
    "mine is marigold", "or was it the great escape", "no wait it was sinigang na baboy"):
    privacy first, each is the answer or a guess at it, besides what other rules `found`.
    Where the turn is not the answer right after a question (`asked`), what something is now
    ("it's monzo now", "It's a MacBook Air") is no answer, and what is said must close its
    clause ("it was egusi because ..."). Where a phrase was asked for (`phrase`), it may open
    with a small word ("it has to be up the tribes", "it's over the moon"). Where a name was
    asked for (`named`), what it was said to be "a" or "an" is what the named one was, not
    its name ("it was a guinea pig. Muffin."); nor is "the Lahore one": it points at an answer
    given, it does not say it."""
    words = [p.text for p in pieces]
    unmarked = not any(p.kind == "punct" for p in pieces)
    covered = {k for a, b in found for k in range(a, b)}
    spans: list[tuple[int, int]] = []
    for lead_end in _after_leads(words, _ANSWER_LEADS if asked else _PAST_ANSWER_LEADS,
                                 relayed=True):
        start = lead_end
        hedged: list[str] = []
        while start < len(words) and (words[start] in FILLERS or words[start] in _ARTICLES
                                      or words[start] in ("the", "either", "gotta", "be")
                                      or words[start] in _HEDGES
                                      or (words[start] == "," and hedged)):  # "still, uh, X"
            if words[start] in _HEDGES or words[start] == "either":
                hedged.append(words[start])
            elif hedged and words[start] in _ARTICLES:
                break  # "it's still a mystery", "it's literally a joke": a description
            start += 1  # "it was uh cornhill", "or was it the great escape", "it's still X"
        span = _secret_after(pieces, start)
        if phrase and (span is None or span[1] <= span[0]):
            span = _phrase_after(pieces, start)
        if span is not None and span[0] not in covered \
                and not covered.isdisjoint(range(*span)):
            taken = min(k for k in range(*span) if k in covered)
            span = (span[0], taken) if all(  # "it's copper [kettle nine]": what another rule
                p.kind != "punct" for p in pieces[span[0]:taken]) else None  # took is part of
            # it, the rest goes too (not "its the dogs name, [Pepper]": what it is, then it)
        if span is None or span[1] <= span[0] or not _said_as_the_answer(pieces, span[0]) \
                or words[span[1] - 1] in _ASKED_KINDS \
                or (words[span[1] - 1] in ("one", "1", "ones") and span[1] - span[0] <= 2) \
                or not covered.isdisjoint(range(*span)) \
                or (start < len(words) and words[start] in _ARTICLES and hedged) \
                or (named and words[start - 1] in ("a", "an")) \
                or (("not" in hedged or "either" in hedged)
                    and not _a_name_or_rare(pieces, span[0], original)) \
                or (words[lead_end - 1] in _STRICT_RELAYS and not _all_that_is_relayed(
                    pieces, span)) \
                or ((words[lead_end - 1] in _RELAYING or not asked)
                    and not _clause_closed(pieces, span[1], unmarked)):
            continue  # (what someone beside them says is the answer when it is all they say:
            # "she says buttercup", not "she said Lloyds would send a letter"; so is what is
            # said long after the question: not "I'll say Halifax never did this to me")
        spans.append(span)
        covered.update(range(*span))
    return spans


def named_after_a_kind(pieces: list[Piece], span: tuple[int, int]) -> tuple[int, int] | None:
    """Asked for a name, what the answer says the one named was "a" or "an" may be their kind,
    and a sentence of one or two words right after it their name: "Oh, it was a guinea pig.
    Muffin." (both go: privacy first, the kind may be the name); not a word that says how
    the side says it ("Honestly.", "Sorry."), though a name may end like one ("Wobbly.")."""
    start, end = span
    if not any(pieces[k].text in _ARTICLES for k in range(max(0, start - 2), start)):
        return None  # ("a guinea pig", "a grey mare")
    k = end
    while k < len(pieces) and pieces[k].kind == "punct" and pieces[k].text in _ENDS:
        k += 1
    if k == end:
        return None
    j = k
    while j < len(pieces) and pieces[j].kind == "word" and pieces[j].text not in FUNCTION_WORDS \
            and pieces[j].text not in FILLERS and pieces[j].text not in _NOT_A_SECRET \
            and pieces[j].text not in AFFIRMATIVES and pieces[j].text not in _HEDGES:
        j += 1
    if 0 < j - k <= _NAME_WORDS and (j == len(pieces) or pieces[j].text in _ENDS):
        return k, j
    return None


_NAME_WORDS = 2


def guessed_alone(pieces: list[Piece], original: str) -> list[tuple[int, int]]:
    """A guess said alone as a question after a pause or a sentence, in the answer to a
    security question: "The first one that was really mine... Muffin?", "God, I was probably
    being clever. Jaws?" (one to three words; not "Right?", "You know?")."""
    spans = []
    for end in [k for k, p in enumerate(pieces) if p.text == "?"]:
        start = end
        while start > 0 and end - start < _GUESS_WORDS and pieces[start - 1].kind == "word":
            start -= 1
        if start in (0, end) or pieces[start - 1].text not in _PAUSES_AND_ENDS:
            continue  # (not "Pardon?" alone: a guess comes after thinking aloud)
        words = [p.text for p in pieces[start:end]]
        if not all(original[p.start:p.start + 1].isupper() for p in pieces[start:end]):
            continue  # a guess is a name, typed with its capitals (not "Dogs count?",
            # "Like a nickname?", "Can you repeat?")
        if any(w in _NOT_A_SECRET or w in FILLERS or w in AFFIRMATIVES for w in words[-1:]) \
                or any(w in _BAD_LINE or w in _QUESTION_BACK_WORDS for w in words) \
                or all(w in NON_NAME or w in _NOT_A_SECRET for w in words) \
                or not all(w.replace("'", "").isalpha() for w in words):
            continue
        spans.append((start, end))
    return spans


_GUESS_WORDS = 3
# What a question back is made of, not a guess: "Pardon?", "which one? primary or secondary?".
_QUESTION_BACK_WORDS = frozenset(("pardon", "or", "what", "which", "who", "huh", "eh", "hello",
                               "really", "seriously", "me", "mine"))
_PAUSES_AND_ENDS = frozenset((".", "...", "…", "!", "?"))


def _phrase_after(pieces: list[Piece], k: int) -> tuple[int, int] | None:
    """A phrase of two to five words to its clause's end, one of them no small word ("up the
    tribes"; not "up to me", "over there")."""
    j = k
    while j < len(pieces) and j - k < _PHRASE_WORDS and pieces[j].kind == "word" \
            and pieces[j].text not in _PHRASE_ENDS:
        j += 1
    closed = j == len(pieces) or pieces[j].kind == "punct" or pieces[j].text in _PHRASE_ENDS
    content = [p.text for p in pieces[k:j] if p.text not in NON_NAME and p.text not in FILLERS]
    return (k, j) if closed and j - k >= 2 and content and not any(
        w in _NOT_A_SECRET for w in content) and pieces[k].text not in _WHERE_OR_WHOSE \
        and _WHOSE_WORDS.isdisjoint(p.text for p in pieces[k:j]) else None


_PHRASE_WORDS = 5
# Where the phrase is kept or who knows it, not what it is: "it's in my diary", "it's on the
# fridge", "it's up to my wife", "it's with my solicitor".
_WHERE_OR_WHOSE = frozenset(("in", "on", "under", "with", "from", "by", "at", "inside",
                             "behind", "near", "beside", "somewhere"))
_WHOSE_WORDS = frozenset(("my", "your", "his", "her", "their", "our", "me", "you", "him",
                          "them"))
_PHRASE_ENDS = frozenset(("it", "it's", "its", "i", "that's", "thats", "but", "because", "so",
                          "and", "or", "yeah", "yes", "right", "though"))


_WAYS_OF_WRITING = frozenset(("uppercase", "lowercase", "upper", "lower", "capital", "capitals",
                              "small", "caps", "numbers", "letters", "digits", "symbols"))


def _a_name_or_rare(pieces: list[Piece], k: int, original: str) -> bool:
    """A guess ruled out or one of two candidates is only taken for the answer where it looks
    like one: a name, a word English rarely holds, or a capital mid-sentence ("it's not
    braveheart", "either ginger or pepper"; not "it's not fraud", "either upstairs or ...")."""
    piece = pieces[k]
    return piece.kind == "word" and (
        name_class(piece.text) in ("N", "W", "P") or _rarely_said(piece)
        or (bool(original) and original[piece.start:piece.start + 1].isupper()))


def _all_that_is_relayed(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """What someone beside the speaker is said to think is the answer only when it is a word
    or three ending the sentence ("my husband reckons bluebell."), not a clause of its own
    ("my son thinks Amazon took the money", "my wife reckons Ryanair charged us twice")."""
    return span[1] - span[0] <= _RELAYED_WORDS and (
        span[1] == len(pieces) or pieces[span[1]].kind == "punct"
        or pieces[span[1]].text in _RELAY_CLOSERS)


_RELAY_CLOSERS = frozenset(("no", "wait", "or", "i", "hang", "hold", "but", "apparently",
                            # how it is explained or spelled after it: "she says wherry w h e
                            # r r y like the old sailing boats", "rex as in the dog"
                            "like", "as", "spelt", "spelled", "that's", "thats"))


_RELAYED_WORDS = 3


def alternatives_after(pieces: list[Piece], found: list[tuple[int, int]], original: str = ""
                       ) -> list[tuple[int, int]]:
    """The other candidates right after each secret `found`, joined by "or", or ruled out by
    "not": "it was either ginger or pepper", "Rex or Max", "it was pepper not patch": privacy
    first, each may be it (but not how it is written: "uppercase or lowercase", "capital not
    small")."""
    words = [p.text for p in pieces]
    covered = {k for a, b in found for k in range(a, b)}
    out = []
    for _, end in found:
        if end + 1 < len(words) and words[end] in ("or", "not") \
                and (other := _secret_after(pieces, _past_an_article(words, end + 1))) \
                and _said_as_the_answer(pieces, other[0]) and covered.isdisjoint(range(*other)) \
                and (_a_name_or_rare(pieces, other[0], original)
                     or pieces[end - 1].text not in _WAYS_OF_WRITING) \
                and not (words[end] == "not" and (
                    words[other[0]] in _WAYS_OF_WRITING
                    or words[other[0]].endswith(("ed", "ing")))):  # ("not capitalised")
            out.append(other)
            covered.update(range(*other))
    return out


def _said_as_the_answer(pieces: list[Piece], k: int) -> bool:
    """Not a clause's subject, a vague word, a time or a state: "so it's booked for tuesday",
    "it's embarrassing", "it was something dumb", "that'd be friday", "it's 3pm here", "it was
    ages ago", "it is written down somewhere", "it's kept in the safe" (but "it was frozen but
    mine is ...")."""
    word = pieces[k].text
    after = pieces[k + 1].text if k + 1 < len(pieces) else ""
    return pieces[k].kind in ("word", "alnum") and not any(ch.isdigit() for ch in word) \
        and word not in _SUBJECTS_OF_A_CLAUSE and word.removesuffix("'s") not in _VAGUE \
        and word not in _VAGUE and word not in _WHEN_SAID \
        and not (name_class(word) == "E" and (_participle(word) or (
            (word.endswith("en") or word in PAST_TENSE_VERBS)
            and (after in _WHAT_HAPPENED or after == "down"))))


def _participle(word: str) -> bool:
    """A verb's form in -ed or -ing ("booked", "running", "making"), not a noun that only
    ends so ("pudding", "sterling", "darling"): its stem is a word."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            stem = word[:-len(ending)]
            return any(common_word(form) for form in (
                stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
            ) if form)
    return False


# Nobody in particular: "it was somebody's name" names no one.
NOBODY_IN_PARTICULAR = frozenset(("somebody", "someone", "anybody", "anyone", "everybody",
                                  "everyone", "nobody"))
_VAGUE = NOBODY_IN_PARTICULAR | frozenset((
                    "due", "late", "early", "supposed", "meant", "overdue", "delayed",
                    "something", "nothing", "anything", "everything", "kind", "sort", "one",
                    "ones", "thing", "stuff", "about", "like", "today", "tomorrow", "tonight",
                    "ages", "years", "months", "weeks", "days", "ago", "fine", "easy", "hard",
                    "funny", "silly", "weird", "strange", "tricky", "difficult", "simple",
                    "obvious", "random", "different", "same", "wrong", "right", "correct",
                    "year", "month", "day", "date", "digits", "numbers",
                    # how things are, not what a secret is: "it's still broken", "she's going
                    # bananas", "it's really quiet on your end"
                    "broken", "mad", "wild", "slow", "busy", "sick", "ill", "away", "out", "home",
                    "upstairs", "downstairs", "outside", "asleep", "awake", "blank",
                    "quiet", "loud", "expensive", "cheap", "cold", "hot", "dead", "down", "off",
                    "closed", "open", "empty", "full", "ok", "okay", "alright", "bananas",
                    "spare", "abroad", "mental", "crazy", "nuts", "lies", "stories", "raining",
                    "working", "rubbish", "terrible", "awful", "great", "good", "bad", "born",
                    "raised", "bred"))
def how_things_are(word: str) -> bool:
    """A word saying how something is, not what a secret is: "it's broken", "it's working now",
    "it's locked" (an everyday word ending "-ing" or "-ed", or one of the vague words), where
    an everyday noun ("robin", "sunshine") may well be a memorable word."""
    return word in _VAGUE or word.endswith("ed") or (everyday_word(word)
                                                     and word.endswith("ing"))


# What a PIN said as the answer follows ("so one nine eight seven", "it's 4471", "uh 4471")
# and what may follow it ("... 4471 i think", "4471 no wait").
_PIN_LEADS = frozenset(("so", "it's", "its", "be", "maybe", "think", "guess", "then", "like",
                        "um", "uh", "er", "erm", "try", "oh", "ok", "okay", "say", "says",
                        "said", "backwards", "it", "probably", "hmm"))
_PIN_TRIED = frozenset(("tried", "typed", "entered", "keyed", "punched", "input", "inputted"))
# A new one chosen or put in, the number ending its clause: "I was going to do 71403, is that
# alright?", "Put 6 0 2 1." (not "i do 2000 steps a day", "i make 1500 a month")
_PIN_CHOSEN = frozenset(("do", "use", "using", "pick", "picked", "chose", "choose", "set",
                         "make", "put", "enter", "type", "press", "key"))
_RECORD_NOUNS = frozenset(("number", "reference", "ref", "case", "order", "ticket", "id",
                           "invoice", "account", "booking", "claim", "policy"))
_PIN_EXPLAINED = frozenset((("the", "year"), ("the", "day"), ("the", "date"),
                            ("the", "month"), ("the", "house"), ("the", "number")))  # "is 2005
# the year my son was born"
_PIN_ENDS = frozenset(("i", "no", "or", "maybe", "probably", "but", "right", "yeah", "yes",
                       "then", "though", "hopefully", "innit", "isn't", "is"))
_RELAYED_LEADS = frozenset((("he", "says"), ("she", "says"), ("he", "said"), ("she", "said"),
                            ("they", "say"), ("they", "said"), *(
                                (who, "saying") for who in ("he's", "she's", "hes", "shes",
                                                            "they're", "theyre"))))


def _placed_phrase_end(pieces: list[Piece], end: int) -> int:
    """Where a relayed answer that goes on with where it is ends: "he says muddy paws on the
    porch", "blue door on the sea road." (its clause's end, a few words of place and no
    pronoun or verb: not "he says biscuit but he's not sure")."""
    stop = end
    while stop < len(pieces) and pieces[stop].kind != "punct":
        stop += 1
    said = [p.text for p in pieces[end:stop]]
    if not said or len(said) > _PLACED_WORDS or said[0] not in _PLACING or said == _BY_THE_WAY \
            or any(w in FUNCTION_WORDS and w not in _PLACING for w in said):
        return end
    return stop


_PLACED_WORDS = 5
_BY_THE_WAY = ["by", "the", "way"]
_PLACING = frozenset(("on", "in", "at", "by", "of", "under", "near", "over", "behind", "the",
                      "a", "an", "upon"))


_IT_D_BE = frozenset((("it'd", "be"), ("itd", "be"), ("it", "was"), ("it", "must")))
_SETTING_OPENERS = frozenset(("make", "i'll", "ill", "let's", "lets"))  # cues' first words
_WRITING_READY = frozenset(("pen", "pencil", "paper", "ready", "ahead", "away"))
_READY_VERBS = frozenset(("got", "have", "i've", "ive", "grab", "get", "ready", "go", "fire"))
_READY_WORDS = _WRITING_READY | AFFIRMATIVES | frozenset((
    "got", "a", "i've", "ive", "i", "have", "go", "fire", "yeah", "ok", "okay", "right", "and",
    "some", "here", "now", "all", "set", "one", "sec", "second", "hang", "on", "let", "me",
    "grab", "get", "just", "to", "my", "i'm", "im"))


def _relayed_from(pieces: list[Piece]) -> int | None:
    """Where the answer relayed by someone beside starts: after the last sentence that opens
    with "he says", "she's saying" (the turn's other sentences may ask them for it first), so
    long as something follows it."""
    for k in range(len(pieces) - 3, -1, -1):
        if (pieces[k].text, pieces[k + 1].text) in _RELAYED_LEADS \
                and (k == 0 or pieces[k - 1].kind == "punct"):
            return k + 2
    return None
_RELAYING = frozenset(("says", "said", "saying", "sayin")) | _RELAY_VERBS
# How sure the side is, between "it's" and the answer: "it's still sunflower", "it was
# probably rex", "it'd definitely be the red house".
_HEDGES = frozenset(("still", "probably", "prob", "definitely", "actually", "maybe", "possibly",
                     "perhaps", "likely", "surely", "always", "honestly", "literally", "just",
                     "really", "most", "been", "gonna", "be",
                     "not"))  # (and a guess ruled out: "it's not Braveheart anyway")
# How the speaker puts what follows, before "it's": "basically it's ...", "frankly it's ...".
_STANCE_WORDS = frozenset(("basically", "truthfully", "frankly", "seriously", "obviously",
                           "apparently", "well", "so", "right", "yeah", "ok", "okay"))
_PRESENT_LEADS = frozenset((("it", "is"), ("it's",), ("its",), ("is", "it"),
                            ("he", "is", "from"), ("she", "is", "from"), ("he's", "from"),
                            ("she's", "from"), ("hes", "from"), ("shes", "from"),
                            ("they're", "from")))
_ANSWER_LEADS = _by_first_word((
    ("it", "was"), ("it", "is"), ("it's",), ("its",), ("it'll", "be"), ("itll", "be"),
    ("it'd", "be"), ("itd", "be"), ("it", "would", "be"), ("that'd", "be"), ("thatd", "be"),
    ("that'll", "be"), ("thatll", "be"), ("that", "will", "be"), ("that", "must", "be"),
    ("that", "would", "be"), ("that", "was"), ("mine", "is"), ("mine's",), ("mines",),
    ("mine'd", "be"), ("mine", "was"), ("was", "it"), ("is", "it"), ("it", "must", "be"),
    ("it", "might", "be"), ("it", "could", "be"), ("it", "may", "be"), ("that", "might", "be"),
    ("could've", "been"), ("might've", "been"), ("must've", "been"), ("might", "have", "been"),
    ("may", "have", "been"), ("could", "have", "been"), ("must", "have", "been"),
    ("would've", "been"), ("would", "have", "been"), ("i'll", "say"), ("ill", "say"),
    ("i'd", "say"), ("id", "say"), ("try",), ("probably", "put"), ("i", "put"),
    ("she", "says"), ("he", "says"), ("she", "said"), ("he", "said"), ("she's", "saying"),
    ("he's", "saying"), ("he", "is", "from"), ("she", "is", "from"), ("he", "was", "from"),
    ("she", "was", "from"), ("they", "were", "from"), ("he's", "from"), ("she's", "from"),
    ("hes", "from"), ("shes", "from"), ("they're", "from"), ("he", "came", "from"),
    ("she", "came", "from"), ("was", "born", "in"), ("were", "born", "in"),
    ("might've", "put"), ("must've", "put"), ("would've", "put"), ("could've", "put"),
    ("that", "one", "is"), ("that", "1", "is"), ("should", "be"), ("gonna", "be"),
    ("no", "i", "mean"), ("wait", "i", "mean"), ("has", "to", "be"), ("must", "be"),
    ("sorry", "i", "mean"), ("gotta", "be"), ("got", "to", "be")))  # (someone beside them
# answers: "she says marigold"; where someone is from: "she was from roxas city")
_PAST_ANSWER_LEADS = {first: [lead for lead in leads if lead not in _PRESENT_LEADS]
                      for first, leads in _ANSWER_LEADS.items()}


def _rarely_said(piece: Piece) -> bool:
    """A name, a place, or a word English text rarely holds: in an answer to a security
    question, the answer or a guess at it ("the one by the rink it was uh cornhill")."""
    text = piece.text
    return piece.kind == "word" and len(text) >= _RARE_LETTERS and text.isalpha() \
        and name_class(text) in ("N", "P", "") and not common_word(text) \
        and text not in FUNCTION_WORDS and text not in FILLERS and text not in _NOT_A_SECRET \
        and text not in _SPELLING_WORDS


_RARE_LETTERS = 3


def _seldom_said(piece: Piece) -> bool:
    """A word English speakers do not say every day ("smudge", "shamrock", "kindergarten"),
    that says nothing of how sure, when, or how a secret is typed ("eventually", "sorted",
    "lowercase" are no everyday words either)."""
    text = piece.text
    return piece.kind == "word" and len(text) >= _RARE_LETTERS and text.isalpha() \
        and not everyday_word(text) and text not in FUNCTION_WORDS and text not in FILLERS \
        and text not in _NOT_A_SECRET and text not in _VAGUE and text not in _HEDGES \
        and text not in _SPELLING_WORDS and not text.endswith(("ly", "ed", "ing"))


def _where_an_answer_stands(pieces: list[Piece], k: int, place: bool = False) -> bool:
    """Word k may stand as an answer: not a thing of someone's or something done ("my
    parcel", "he reckons", "my wife reckons", "I have coursework", "i filled petrol", but "we
    called him nibbles", "i typed toffee"), nor what is counted
    ("thirty eight euros"), nor a place ("in madurai"),
    nor what the question asked about ("memorable date...") or a subject that goes on to what
    it does ("the parcel might be late", "coursework due Friday")."""
    before = pieces[k - 1].text if k > 0 else ""
    after = pieces[k + 1].text if k + 1 < len(pieces) else ""
    return (place or before not in _WHERE) and before not in _OWNERS and before not in _HAVING \
        and before not in _TOPIC \
        and before not in _HOW_IT_IS \
        and before not in _SUBJECTS_OF_A_CLAUSE and before not in _THIRD_PERSONS \
        and before not in FAMILY and pieces[k].text not in _ASKED_ABOUT \
        and pieces[k].text not in FAMILY and not (k > 0 and _a_number(pieces[k - 1])) \
        and not (before.endswith("ed") and before not in _NAMING_VERBS
                 and before not in _SET_VERBS) \
        and (after not in _WHAT_IT_DOES or (
            k + 2 < len(pieces) and pieces[k + 2].text == "it"))  # ("smudge was it")


# Before what a call is about: "a missed call from you about arrears", "help with
# cancellations", "a charge for paperless billing", "should i ring ofcom".
_TOPIC = frozenset(("about", "with", "for", "into", "regarding", "re", "ring", "rang", "phone",
                    "phoned", "contact", "contacted", "email", "emailed", "email", "of", "by",
                    "via", "through", "from"))
# Before how something is: "my scooter is being noisy", "it's very grubby".
_HOW_IT_IS = frozenset(("being", "very", "too", "quite", "really", "pretty", "bit", "getting",
                        "so", "more", "less", "most", "least", "rather", "fairly"))
_NAMING_VERBS = frozenset(("called", "named", "nicknamed", "christened", "renamed", "titled"))
_HAVING = frozenset(("have", "has", "had", "got", "having", "need", "needs", "want", "wants",
                     "bought", "buy", "ordered", "paid", "sold", "rented", "hired"))
_THIRD_PERSONS = frozenset(("he", "she", "they", "someone", "somebody", "everyone", "nobody"))
# The question's own words, said back to it: "memorable date... oh gosh", "maiden name is".
_ASKED_ABOUT = frozenset(("memorable", "maiden", "security", "favourite", "favorite",
                          "childhood", "verification", "characters", "character"))
# What a subject goes on to do or be: "the parcel might be late", "coursework due Friday".
_WHAT_IT_DOES = frozenset(("due", "might", "will", "would", "should", "can", "could", "must",
                           "is", "are", "was", "were", "has", "have", "had", "does", "did",
                           "isn't", "wasn't", "won't", "can't", "doesn't", "didn't"))


def _placed(pieces: list[Piece], k: int, original: str) -> bool:
    """Word k is in a run of capitalised words after where something happened, not what it is:
    "we had her when I was a kid in Leeds", "In Moose Jaw"."""
    while k > 0 and pieces[k - 1].kind == "word" and original[pieces[k - 1].start].isupper() \
            and pieces[k - 1].text not in _WHERE:
        k -= 1
    return k > 0 and pieces[k - 1].text in _WHERE


_WHERE = frozenset(("in", "at", "from", "near", "to", "on", "outside", "around", "towards",
                    "toward"))
_OWNERS = frozenset(("my", "our", "your", "his", "her", "their"))


def _capitalised_inside(pieces: list[Piece], k: int, original: str, place: bool = False
                        ) -> bool:
    """A capitalised word inside a sentence of an answer for a secret: a name, a place, a
    title ("we had a goldfish, Bubbles, but ...")."""
    piece, before = pieces[k], pieces[k - 1]
    text = piece.text
    written = original[piece.start:piece.end]
    after = pieces[k + 1] if k + 1 < len(pieces) else None
    return piece.kind == "word" and written[0].isupper() and not written.isupper() \
        and len(text) > 1 \
        and not (before.kind == "punct" and before.text[0] in ".!?…:;") \
        and before.text not in _OWNERS and not (
            after is not None and after.kind == "word" and after.text not in FUNCTION_WORDS
            and after.text not in FILLERS and original[after.start].islower()) \
        and not (_placed(pieces, k, original) and not place) and text not in WEEKDAYS \
        and text not in FUNCTION_WORDS and text not in _NOT_A_SECRET and text not in MONTHS \
        and text not in FILLERS and not text.startswith("i'")


def _sentences_of_their_own(pieces: list[Piece]) -> list[tuple[int, int]]:
    """Sentences of one or two words that are no common word, between full stops (or an
    exclamation, or an ellipsis), not the answer's first: "... sad one. Bramble. Wee ..."."""
    spans = []
    ends = [k for k, p in enumerate(pieces) if p.kind == "punct" and p.text[0] in ".!…"]
    for before, after in pairwise([*ends, len(pieces)]):
        words = pieces[before + 1:after]
        if 0 < len(words) <= _OWN_SENTENCE_WORDS and all(
                p.kind in ("word", "alnum") and p.text not in _NOT_A_SECRET
                and p.text not in FILLERS and p.text not in _EXCLAMATIONS
                and len(p.text) > 1 and not p.text.endswith("ly") for p in words) \
                and not (len(words) == 1 and words[0].text.endswith("ed")
                         and _participle(words[0].text)):
            spans.append((before + 1, after))  # (not "... Submitted.": how it is now)
    return spans


_PASSPHRASE_PARTS = 4


def _listed_words_end(pieces: list[Piece], comma: int) -> int:
    """Where the words of a passphrase read one by one end ("Maple, otter, sixty-two."), from
    the comma after its first: each part one word or number, the last where the sentence
    ends; 0 when the words after the comma are a sentence ("Muthoni, right I've typed it")."""
    j, parts = comma, 1
    while j < len(pieces) and pieces[j].text == "," and parts < _PASSPHRASE_PARTS:
        part = pieces[j + 1] if j + 1 < len(pieces) else None
        if part is None or not (part.kind == "number" or (
                part.kind == "word" and part.text not in FUNCTION_WORDS
                and part.text not in _NOT_A_SECRET)):
            return 0
        j, parts = j + 2, parts + 1
        if j == len(pieces) or pieces[j].text in (".", "!", "?"):
            return j
    return 0


# Words of a secret read out character by character: "capital t", "seven", "exclamation mark".
_SPELLING_WORDS = frozenset(("capital", "lower", "lowercase", "uppercase", "small", "big",
                             "capitalised", "capitalized", "caps", "lowercased", "uppercased",
                             "exclamation", "mark", "hash", "pound", "star", "asterisk",
                             "dollar", "sign", "at", "underscore", "dash", "hyphen", "dot",
                             "percent", "ampersand", "and", "plus", "equals", "question"))


def _spelled_part(piece: Piece) -> bool:
    return piece.kind in ("number", "spelled") or (
        piece.kind == "word" and (len(piece.text) == 1 or piece.text in _SPELLING_WORDS))


def _glued(pieces: list[Piece], j: int) -> bool:
    """Punctuation with no space on its left, inside or at the end of a typed token."""
    return j > 0 and pieces[j].start == pieces[j - 1].end and (
        (j + 1 < len(pieces) and pieces[j + 1].start == pieces[j].end)
        or pieces[j].text not in (".", ","))  # "hunter2&", not the full stop of "It's buttercup."


# Dictating a secret, character by character: what joins the characters, what names one alone
# ("hash", "star", "7", "k") and what names one only with the word after it ("at sign",
# "question mark", "full stop": "then at 3" is a time).
_DICTATION_JOINS = frozenset((",", "-", "then", "and", "a", "an", "the", "with", "followed", "by",
                              "after", "that", "plus", "capital", "small", "lower", "lowercase",
                              "upper", "uppercase", "case", "big", "letter", "number", "digit"))
_SYMBOL_NAMES = frozenset(("hash", "hashtag", "pound", "exclamation", "star", "asterisk",
                           "dollar", "underscore", "dash", "hyphen", "dot", "percent",
                           "ampersand", "tilde", "caret", "slash", "equals", "bang", "plus",
                           "period", "comma", "colon", "semicolon", "apostrophe", "backslash"))
_SYMBOL_PAIRS = frozenset((("at", "sign"), ("at", "symbol"), ("question", "mark"),
                           ("full", "stop"), ("exclamation", "mark"), ("exclamation", "point"),
                           ("pound", "sign"), ("dollar", "sign"), ("plus", "sign"),
                           ("forward", "slash"), ("back", "slash"), ("number", "sign"),
                           ("hash", "sign"), ("percent", "sign"), ("equals", "sign")))
_SYMBOL_TRIPLES = frozenset((("at", "the", "rate"),))
_DICTATION_ENDS = frozenset((".", "!", "?", "...", "…"))


def dictated_rest(pieces: list[Piece], k: int) -> int:
    """The end of a secret's characters dictated from piece `k` on, closed by the sentence's
    end: "then 7 3, then an exclamation point.", "with a capital k then four four then a
    hash"; `k` where anything but characters and what joins them comes before the end ("then
    15 minutes", "then at 3 we close"), so that only a whole dictation is taken."""
    opens = k + (k < len(pieces) and pieces[k].text == ",")
    if opens < len(pieces) and pieces[opens].text == "with" and not any(
            p.text in _CASES for p in pieces[opens + 1:opens + 3]):
        return k  # "pelican7, with a seven": what is said of a character, no more of them
    j, end = k, k
    words, marked = 0, False  # whole words among the characters; a symbol or a case said
    while j < len(pieces) and (pieces[j].text not in _DICTATION_ENDS or (
            pieces[j].text in _ELLIPSES and (end > k or (k > 0 and _spelled_part(pieces[k - 1])))
            and _characters_to_the_end(pieces, j + 1))):
        piece = pieces[j]
        if piece.text in _ELLIPSES:
            j += 1  # "B U L A T H... seven one.": a pause, and the characters go on
        elif (symbol := _symbol_length(pieces, j)) > 1:
            j = end = j + symbol
            marked = True
        elif piece.kind in ("number", "spelled") or piece.text in _SYMBOL_NAMES \
                or piece.text in NATO_LETTERS or (
                piece.kind == "word" and len(piece.text) == 1 and piece.text not in ("a", "i")) \
                or (piece.text in ("a", "i") and j > 0 and pieces[j - 1].text in _CASES):
            marked = marked or piece.text in _SYMBOL_NAMES
            j = end = j + 1  # ("capital a", "small i": the letters, not the article)
        elif piece.text in _DICTATION_JOINS:
            marked = marked or piece.text in _CASES
            j += 1
        elif end > k and (piece.text in _HEARD_CHECKS or _how_typed(pieces, j)
                          or tuple(p.text for p in pieces[j:j + 3]) in _WHERE_IN_IT):
            return end if not words or marked else k  # "... then a hash, have you got
            # that", "..., all lower case"
        elif _a_word_part(pieces, j) and words < _MAX_WORD_PARTS:
            words += 1  # "capital g, then granite, then the at sign, then seven": a whole
            j = end = j + 1  # word between the characters, where a symbol or a case shows
            # a secret is being dictated (not "then 15 minutes", "then at 3 we close")
        else:
            return k
    return end if not words or marked else k



def letters_with_their_cases(pieces: list[Piece], lenient: bool = False
                             ) -> list[tuple[int, int]]:
    """Characters read out with the case of their letters said ("capital T, lowercase r, the
    number 8, lowercase w, dollar sign"): a password or a code being typed or read back,
    whoever says it and whatever was asked before it, since the case of a letter matters to
    nothing else said aloud. The run of characters around two letters so marked or more and
    another character; where a secret is talked of (`lenient`), two letters so marked alone,
    or one and a digit ("capital k seven then ..."; not "a small B and B with 4 rooms", "the
    capital P and the capital Q", "the grades were capital B 2" in other talk)."""
    spans = []
    k = 0
    while k < len(pieces):
        end, marked, digits, count = _characters_from(pieces, k)
        if (marked >= _MARKED_LETTERS and (lenient or count > _MARKED_LETTERS)) \
                or (lenient and marked and digits):
            spans.append((k, end))
        k = max(k + 1, end)
    return spans


_MARKED_LETTERS = 2
_LETTER_CASES = _CASES - {"letter"}


def _characters_from(pieces: list[Piece], k: int) -> tuple[int, int, bool, int]:
    """The end of the characters said from piece `k` on (`k` where none starts there), how
    many of their letters came with their case, whether a digit is among them, and how many
    characters there are (a number that counts the word after it is none: "3 rooms")."""
    j, end, marked, digits, count = k, k, 0, False, 0
    while j < len(pieces):
        piece = pieces[j]
        letter = j + 1 + (j + 1 < len(pieces) and pieces[j + 1].text in ("letter", "case"))
        if piece.text in _LETTER_CASES and letter < len(pieces) \
                and _a_letter(pieces[letter]):
            marked += 1  # "capital T", "small letter a", "lower case m"
            count += 1
            j = end = letter + 1
        elif (symbol := _symbol_length(pieces, j)) > 0:
            count += 1
            j = end = j + symbol
        elif piece.kind in ("number", "spelled") or (
                piece.kind == "word" and len(piece.text) == 1 and piece.text not in ("a", "i")):
            if piece.kind == "number" and j + 1 < len(pieces) and pieces[j + 1].kind == "word" \
                    and len(pieces[j + 1].text) > 1 and pieces[j + 1].text not in _DICTATION_JOINS \
                    and pieces[j + 1].text not in _SYMBOL_NAMES:
                break  # "capital A, small b, 3 rooms left": a count
            digits = digits or piece.kind == "number"
            count += 1
            j = end = j + 1
        elif end > k and piece.text in _DICTATION_JOINS:
            j += 1
        else:
            break
    return end, marked, digits, count


def _a_letter(piece: Piece) -> bool:
    """One letter, said alone or spelled ("T for tango"), or letters spelled, whose first the
    case is said of ("capital j, a c a r a n d a")."""
    return piece.text.isalpha() and (piece.kind == "spelled" or (
        piece.kind == "word" and len(piece.text) == 1))


_MAX_WORD_PARTS = 2
_CONFIRMED_WORDS = 5  # pieces of a short confirmation before the dictation goes on
_THAT_ONE = frozenset((",", "that", "this", "one", "it", "exactly", "correct", "right"))
# Where the last character goes, said after it: "then an exclamation mark at the end."
_WHERE_IN_IT = frozenset((at, "the", place) for at in ("at", "on") for place in ("end", "start"))
_ELLIPSES = frozenset(("...", "…"))


def _characters_to_the_end(pieces: list[Piece], k: int) -> bool:
    """Only characters from piece `k` to the sentence's end (or the turn's)."""
    j = k
    while j < len(pieces) and pieces[j].text not in _DICTATION_ENDS and pieces[j].text != ",":
        if not (pieces[j].kind in ("number", "spelled") or pieces[j].text in NATO_LETTERS
                or (pieces[j].kind == "word" and len(pieces[j].text) == 1)):
            return False
        j += 1
    return j > k


def _a_word_part(pieces: list[Piece], j: int) -> bool:
    """A word said as one part of a dictated secret: between what joins the parts."""
    piece = pieces[j]
    return piece.kind == "word" and len(piece.text) >= 3 and piece.text not in FUNCTION_WORDS \
        and piece.text not in FILLERS and j > 0 and pieces[j - 1].text in (",", "then", "and") \
        and (j + 1 == len(pieces) or pieces[j + 1].text in (",", "then", "and")
             or pieces[j + 1].text in _DICTATION_ENDS)


# What may follow a dictation, no part of it: "then two two okay", "then a hash got it".
_HEARD_CHECKS = frozenset(("okay", "ok", "alright", "right", "got", "have", "yeah", "yep",
                           "cool", "lovely", "great", "ready", "so", "did", "you", "all",
                           "correct", "is", "yes", "that's", "thats", "please", "i"))
# ("... two three correct", "... 7 1, that's it", "... 7 1 I think")


_GOES_ON = frozenset(("then", "followed", "plus"))


def parts_said_on(pieces: list[Piece], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of a secret said on after it in the same sentence: each after "then" up to a
    comma or the sentence's end, and a number between commas: "capital j, a c a r a n d
    a, then the little hat, you know, the one above the six, then two two, and then a curly
    bracket", "it's Kona, capital K, and the year we got her, 2016, then an exclamation
    point" (what is said between them stays; not "..., then I reset it": talk). A run of
    characters opened by a letter's case ("capital j, a c a r a n d a") is a secret's start
    too, and goes with its parts."""
    words = [p.text for p in pieces]
    cased = [(k, end) for k, w in enumerate(words) if w in _LETTER_CASES
             and (end := _characters_from(pieces, k)[0]) - k >= _CASED_RUN]
    out: list[tuple[int, int]] = []
    scanned_to, found = -1, False  # (a sentence is scanned once, from its first anchor)
    for run in sorted({*spans, *cased}):
        if run[1] >= scanned_to:
            parts = _parts_after(pieces, words, run[1])
            scanned_to = max((b for _, b in parts), default=run[1]) + 1
            found = bool(parts)
            out += parts
        if found and run in cased:
            out.append(run)
    return out


_CASED_RUN = 2  # pieces: "capital jacaranda"


def _parts_after(pieces: list[Piece], words: list[str], k: int) -> list[tuple[int, int]]:
    """The parts said on from piece `k` to the sentence's end (see `parts_said_on`)."""
    out = []
    while k < len(words) and words[k] not in _DICTATION_ENDS:
        start = k + 1 + (words[k] == "followed" and words[k + 1:k + 2] == ["by"])
        if words[k] in _GOES_ON and k > 0 and words[k - 1] in (",", "and"):
            end = start
            while end < len(words) and words[end] != "," and words[end] not in _DICTATION_ENDS:
                end += 1
            if end - start <= _PART_WORDS and not any(w in _TALK_OPENERS or w in _OBJECTS
                                                      or _participle(w)
                                                      for w in words[start:end]):
                out.append((start, end))  # (not "then I reset it", "then the printer jammed")
            k = max(end, k + 1)
        elif words[k] == "," and k + 2 < len(words) and pieces[k + 1].kind == "number" \
                and words[k + 2] == ",":
            out.append((k + 1, k + 2))
            k += 2
        else:
            k += 1
    return [(a, b) for a, b in out if b > a]


_PART_WORDS = 4
_ARTICLES_AND_OWNERS = frozenset(("a", "an", "the", "my", "your", "his", "her", "our", "their"))
_OBJECTS = frozenset(("it", "me", "him", "her", "them", "us"))


def dictation_goes_on(pieces: list[Piece], left_open: bool = False) -> tuple[int, int] | None:
    """A turn that goes on with a secret being dictated, right after part of it was said:
    "Then 7 3, then an exclamation point." (the agent issuing a temporary password, after the
    caller's "Pelican, yep."), or, where the last part was cut short (`left_open`: "Kilo,
    Lima, seven..."), "hotel, bravo, nine."; only characters up to the sentence's end."""
    start = 0
    while start < len(pieces) and pieces[start].text in ("...", "…"):
        start += 1  # "...bravo, two.": the pause it was left at
    said = next((k for k, p in enumerate(pieces) if p.text == "."), 0)
    if 0 < said <= _CONFIRMED_WORDS and all(
            p.text in AFFIRMATIVES or p.text in _SYMBOL_NAMES or p.text in _THAT_ONE
            for p in pieces[:said]):
        start = said + 1  # "Yes, hashtag. Then capital T for tango, and 2.": a question about
        # a character answered first
    if start >= len(pieces):
        return None
    lead = start
    while lead < len(pieces) - 1 and pieces[lead].text in ("and", "the"):
        lead += 1  # "And the last one, Z D 6 L N."
    named = next((len(cue) for cue in _HALVES_BY_FIRST.get(pieces[lead].text, ())
                  if tuple(p.text for p in pieces[lead:lead + len(cue)]) == cue), 0)
    start = lead + named if named else start
    # ("first half is k seven r" / "mm hm" / "second half nine q two": the part's name first)
    if start >= len(pieces):
        return None
    if pieces[start].text not in _GOES_ON and not left_open \
            and [p.text for p in pieces[start:start + 2]] != ["and", "then"] \
            and (pieces[start].text not in _CASES
                 or dictated_rest(pieces, start) - start < _READ_BACK_PIECES):
        return None  # (but "small w for whiskey, 9, then the hash symbol": a case said first,
        # and characters to the sentence's end)
    end = dictated_rest(pieces, start)
    if end == start and left_open and all(p.kind != "punct" for p in pieces):
        end = _words_before_talk(pieces, start)  # speech with no marks: "em hook head" /
        # "mm hm" / "lighthouse we were there on our holidays": the rest, then talk of it
    first = next((k for k in range(start, end) if pieces[k].text not in _DICTATION_JOINS), end)
    return (first, end) if first < end else None


def _words_before_talk(pieces: list[Piece], start: int) -> int:
    """The end of the one or two words that open a turn before a clause of talk starts ("i",
    "we", "she" and a verb) or that are all of it, or `start` where the turn does not go on
    so."""
    while start < len(pieces) and pieces[start].text in ("then", "and", "followed", "by"):
        start += 1  # "then garden", "and garden", "followed by garden"
    j = start
    while j < len(pieces) and j - start < _MAX_WORD_PARTS and pieces[j].kind == "word" \
            and pieces[j].text not in FUNCTION_WORDS and pieces[j].text not in FILLERS \
            and pieces[j].text not in _APOLOGIES and pieces[j].text not in EXCLAMATIONS \
            and pieces[j].text not in AFFIRMATIVES and pieces[j].text not in CORRECTION_OPENERS \
            and pieces[j].text not in _TALK_OPENERS and pieces[j].text not in _HEARD_CHECKS \
            and pieces[j].text not in _NOT_A_SECRET and len(pieces[j].text) > 2:
        j += 1
    if start < j < len(pieces) and j - start < _MAX_WORD_PARTS and pieces[j].kind == "number" \
            and len(pieces[j].text) <= _PIN_DIGITS:
        j += 1  # "ladder fourteen": a word of a phrase with its number
    if j > start and j == len(pieces) and not any(
            _participle(p.text) or p.text in _WRAPPING_UP for p in pieces[start:j]):
        return j  # "blue" / "mm hm" / "horizon": the next word, alone (not "finished",
        # "sorted", "typed": how it went)
    return j if j > start and j + 1 < len(pieces) and pieces[j].text in _TALK_OPENERS else start


_WRAPPING_UP = frozenset(("sorted", "complete", "completed", "finished", "ended", "fine",
                          "great", "perfect", "lovely", "brilliant", "grand", "cool", "excellent"))
_TALK_OPENERS = frozenset(("i", "we", "he", "she", "they", "you", "it's", "its", "that's",
                           "thats", "which", "because", "cos", "cause", *(
                               f"{who}{verb}" for who in ("i", "we", "he", "she", "they", "you")
                               for verb in ("'d", "'ll", "'s", "'re", "'m", "'ve"))))


def dictation_read_back(pieces: list[Piece], leads: frozenset[str] | None = None
                        ) -> list[tuple[int, int]]:
    """The listener's read-back of a secret being dictated to them: "so it's capital k seven
    m p exclamation mark r w two" (three characters or more, after "it's", "so", "got", or
    the given `leads`)."""
    leads = _READ_BACK if leads is None else leads
    return [span for k in range(1, len(pieces)) if pieces[k - 1].text in leads
            and (span := (k, dictated_rest(pieces, k)))[1] - k >= _READ_BACK_PIECES]


def dictation_heard_back(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The agent's read-back of the characters the caller was dictating: "let me repeat
    capital s u n r i s e at the rate two three" (not another value named just before: "and
    your case number again is d r two two ...")."""
    words = [p.text for p in pieces]
    return [span for span in dictation_read_back(pieces)
            if _OTHER_VALUES.isdisjoint(words[max(0, span[0] - _OTHER_VALUE_REACH):span[0]])]


_OTHER_VALUE_REACH = 6  # pieces before a read-back where another value may be named


def issued_characters(pieces: list[Piece]) -> list[tuple[int, int]]:
    """Characters an agent dictates in the turn that names the secret they issue, after "it's"
    or a sentence's end: "i've sent a temporary password to your email it's t r seven four
    nine k", "... please write it down. Capital A, small s"."""
    words = [p.text for p in pieces]
    named = [k for k, w in enumerate(words) if w in _ISSUED_SECRETS or (
        w == "code" and k > 0 and words[k - 1] in _SECRET_CODE_KINDS)]
    described = [(j + 1, dictated_rest(pieces, j + 1)) for k in range(1, len(pieces))
                 if pieces[k - 1].text in _ISSUED_LEADS and _how_typed(pieces, k)
                 and (j := _past_description(pieces, k)) < len(pieces) and words[j] == ","]
    # ("... a temp password: all lower case, t-i-g-e-r-9-9": how it is typed, then it)
    return [span for span in dictation_read_back(pieces, _ISSUED_LEADS) + [
        (a, b) for a, b in described if b - a >= 1 and a < len(pieces)
        and pieces[a].kind in ("spelled", "alnum", "number")]
            if any(0 < span[0] - k <= _ISSUED_REACH
                   and not _another_value_named(words, k + 1, span[0]) for k in named)]


def _another_value_named(words: list[str], start: int, end: int) -> bool:
    """Words [start, end) name another value ("... the flight, it's b a 2 4 9"); "case" of
    "case sensitive" names none."""
    return any(w in _OTHER_VALUES and not (w == "case" and (
        words[k + 1:k + 2] == ["sensitive"] or words[k - 1] in ("lower", "upper")))
               for k, w in enumerate(words[start:end], start))  # ("all lower case")


_ISSUED_LEADS = frozenset((".", ":", "?", "it's", "its"))  # (not "your reference is ...")
_ISSUED_SECRETS = frozenset(("password", "passcode", "passphrase", "pin"))
_SECRET_CODE_KINDS = frozenset(("temporary", "temp", "time", "verification", "access", "security",
                                "login", "reset", "sms", "text", "activation"))
_ISSUED_REACH = 12  # pieces from naming the secret to its characters
# Other values an agent reads out in the same turn: "your pin has been reset. the flight, it's
# b a two four nine", "The serial number, it's S N 4 4 9 2 1".
_OTHER_VALUES = frozenset(("flight", "reference", "ref", "serial", "model", "parcel", "tracking",
                           "order", "booking", "claim", "meter", "product", "number", "id",
                           "platform", "platforms", "room", "rooms", "price", "prices", "days",
                           "ticket", "case", "account", "invoice", "policy", "member",
                           "membership", "item", "part", "return", "seat", "gate", "terminal"))


_READ_BACK = frozenset(("it's", "its", "that's", "thats", "so", "is", "got", "repeat", "back",
                        "have", ":"))  # ("let me repeat capital s u n ...", "reading back: ...")
_READ_BACK_PIECES = 3
_READY_LEADS = frozenset(("?", ",", ".", "it's", "its", "it", "is", "so"))


def _issued_then_it_s(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The secret an agent issues, named in one sentence and given in a later one that opens
    with "It's": "I'll give you a temporary password, you change it when you log in. It's
    crimp seven seven, all lowercase, one word.", "i've set a temporary password for you, it's
    falcon 3917 all lower case" (the value up to its description)."""
    named = next((k for k, p in enumerate(pieces) if p.text in _SECRET_WORDS and k > 0
                  and pieces[k - 1].text in _ISSUED_KINDS), len(pieces))
    for k in range(named + 2, len(pieces) - 1):
        if pieces[k].text in ("it's", "its") and pieces[k - 1].text in (".", "!", "?", ",") \
                and (span := _secret_after(pieces, k + 1)) is not None and (
                    _secret_shaped(pieces, span) or _rarely_said(pieces[span[0]])
                    or any(p.kind == "number" for p in pieces[span[0]:span[1]])):
            return [span]  # (not "It's usually there in five days")
    return []


_ISSUED_KINDS = frozenset(("temporary", "temp", "new", "replacement"))  # a secret issued:
# "a temporary password" (not "the PIN pad")


def _issued_when_ready(pieces: list[Piece]) -> list[tuple[int, int]]:
    """The secret an agent issues after checking the caller is ready to take it down, after
    naming it: "I'm gonna give you a temporary password. Ready? Capital P, pelican...", "i'll
    set a temp password ready it's kookaburra with a capital k then four four then a hash"; a
    short sentence after "ready?" is all of it."""
    named = next((k for k, p in enumerate(pieces) if p.text in _SECRET_WORDS), len(pieces))
    ready = next((k for k in range(named + 1, len(pieces)) if pieces[k].text == "ready" and (
        pieces[k - 1].kind == "punct" or pieces[k - 1].text in _SECRET_WORDS
        or pieces[k - 1].text == "you" or any(p.text == "?" for p in pieces[k + 1:k + 6]))),
                 None)
    if ready is None:  # (asked of the listener: not "your new pin will be ready Monday")
        return []
    asked = next((j for j in range(ready + 1, min(ready + 6, len(pieces)))
                  if pieces[j].text == "?"), None)  # "Ready to write it down? Capital F, ..."
    if asked is not None:
        ready = asked - 1
    k = ready + 1
    while k < len(pieces) and pieces[k].text in _READY_LEADS:
        k += 1
    sentence_end = next((j for j in range(k, len(pieces)) if pieces[j].text in _DICTATION_ENDS),
                        len(pieces))
    if k >= len(pieces) or pieces[k].text in FUNCTION_WORDS or pieces[k].text in _NOT_A_SECRET \
            or (pieces[k].text.endswith("ing") and name_class(pieces[k].text) == "E"):
        return []  # "are you ready? I'll read it out.", "Ready? Sending now."
    if pieces[ready + 1].text in ("?", ".") \
            and sum(p.kind != "punct" for p in pieces[k:sentence_end]) <= _MAX_WORDS:
        return [(k, sentence_end)]
    span = _secret_after(pieces, k)
    if span is None or span[1] <= span[0]:
        return []
    return [(span[0], max(span[1], dictated_rest(pieces, span[1])))]


_GUESSING = frozenset(("think", "guess", "maybe", "probably", "reckon", "either", "or", "try",
                       "found", "remember", "remembered"))


def sounds_like_an_answer(pieces: list[Piece]) -> bool:
    """Words of a turn that answers a security question, not chatter while the caller looks
    for it ("We had a tortoise, Methuselah, but I think I put the dog", not "the kids are
    watching Bluey on the telly")."""
    words = [p.text for p in pieces]
    return not _GUESSING.isdisjoint(words) or not _QUESTION_CONTENT.isdisjoint(words) \
        or next(_after_leads(words, _PAST_ANSWER_LEADS, relayed=True), None) is not None \
        or any(words[k] in _SET_VERBS and words[k - 1] in _WHO_SET for k in range(1, len(words)))


def asks_for_a_title(pieces: list[Piece], phrase: bool = True) -> bool:
    """A security question whose answer is a title or (with `phrase`) a phrase of everyday
    words: "your favourite film", "what's your favorite book?", "your memorable phrase?" (not
    "the first line of your address"; a phrase only where it is asked: "I've unlocked your
    passphrase" asks nothing)."""
    words = _last_sentence_words(pieces)
    if not _PARTS_OF_IT.isdisjoint(words):
        return False  # "two characters of your passphrase"
    return any((word in ("favourite", "favorite", "fave", "favourites", "favorites")
                and not TITLE_KINDS.isdisjoint(words[k + 1:k + 3]))
               or (phrase and ((word == "phrase" and k and words[k - 1] in _PHRASE_KINDS)
                               or word == "passphrase"))
               for k, word in enumerate(words))


_PHRASE_KINDS = frozenset(("memorable", "security", "secret", "pass", "verbal", "magic",
                           "verification", "voice", "spoken"))
_PARTS_OF_IT = frozenset(("character", "characters", "letter", "letters", "digit", "digits"))


def _last_sentence_words(pieces: list[Piece]) -> list[str]:
    end = len(pieces)
    while end and pieces[end - 1].kind == "punct":
        end -= 1
    start = max((k + 1 for k in range(end) if pieces[k].text in (".", "!", "?")), default=0)
    return [p.text for p in pieces[start:end] if p.kind != "punct"]


def asks_for_a_phrase(pieces: list[Piece]) -> bool:
    """A security question whose answer is a sentence of its own, said whole: "and the current
    passphrase on the account", "your security phrase please" (not "your favourite film": a
    title; nor "two characters of your passphrase"); or named before a question that asks to
    say it: "you'd have recorded a fallback passphrase. Could you say that for me?"."""
    words = _last_sentence_words(pieces)
    if not _names_a_phrase(words) and not _SAID_BACK_WORDS.isdisjoint(words) \
            and not _THE_ONE_SAID.isdisjoint(words):
        words = [p.text for p in pieces if p.kind != "punct"]
    return _PARTS_OF_IT.isdisjoint(words) and _names_a_phrase(words)


def _names_a_phrase(words: list[str]) -> bool:
    return any((word == "phrase" and k and words[k - 1] in _PHRASE_KINDS) or word == "passphrase"
               for k, word in enumerate(words))


_SAID_BACK_WORDS = frozenset(("say", "read", "tell", "give", "repeat"))
_THE_ONE_SAID = frozenset(("that", "it", "this"))


def _puts_off(pieces: list[Piece], words: list[str]) -> bool:
    """The turn gives no answer yet: a question back, "hold on, it's written down somewhere",
    "say that again?"."""
    return (bool(pieces) and pieces[-1].text == "?") or not _NOT_ANSWERING.isdisjoint(words) \
        or any(w in PUTTING_OFF_WORDS and not _correcting(words, k) for k, w in enumerate(words)) \
        or any(pair in _PUTTING_OFF for pair in pairwise(words))


def phrase_said(pieces: list[Piece], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A passphrase given whole: a sentence is its usual shape ("my garden has twelve tulips",
    "um it's the owl flies at midnight", "my passphrase is the early bird catches the worm"),
    so the answer's first sentence, after a yes, a filler or "it's" and before a hedge ("...
    i think") or a new clause ("..., and the account number is"), is the secret, whatever
    its words, where no other finder found one. Not a turn that puts the answer off or talks
    of it ("i never set one up", "can i call you back with it", "my wife set it up"), nor a
    guess ("it could be X or Y"), nor one word alone: the answer finders judge those."""
    words = [p.text for p in pieces]
    first = next((j + 1 for j, w in enumerate(words) if w in _DICTATION_ENDS), len(words))
    if first < len(words) and _a_moment_taken(words[:first]):
        return [(a + first, b + first) for a, b in phrase_said(
            pieces[first:], [(a - first, b - first) for a, b in found if b > first])]
        # "God, let me think. The heron waits at the canal bridge.": the answer after a moment
    k = 0
    while k < len(words):
        opener = next((len(o) for o in _PHRASE_OPENERS if tuple(words[k:k + len(o)]) == o), 0)
        if opener:
            k += opener
        elif words[k] in FILLERS or words[k] in _YES or words[k] in EXCLAMATIONS \
                or words[k] in _BEFORE_A_TITLE or pieces[k].kind == "punct":
            k += 1
        else:
            break
    last = len(words)
    while last > k and pieces[last - 1].kind == "punct":
        last -= 1
    hedge = next((len(h) for h in _PHRASE_HEDGES if tuple(words[last - len(h):last]) == h), 0)
    last -= hedge  # "my garden has twelve tulips i think", "..., I think?"
    end = k
    while end < last and words[end] not in (".", "!", "?", "...", "…") \
            and not (words[end] in (",", "and") and words[end + 1:end + 2] != []
                     and words[end + 1] in _NEW_CLAUSE):
        end += 1
    while end > k and (pieces[end - 1].kind == "punct" or words[end - 1] in FILLERS):
        end -= 1
    said = words[k:end]
    if _puts_off(pieces[:end] if hedge else pieces, words[:k] + said) \
            or not _HEDGED.isdisjoint(said) or not _TALK_OF_IT.isdisjoint(said) \
            or any(w in _MODALS and said[j + 1:j + 2] == ["be"] for j, w in enumerate(said)):
        return []  # (guesses are the other finders': "it could be either plum tree or ...";
        # and what is said of it: "the phrase it's something about galway", "i never set one
        # up to be honest", "I'd rather not say it out loud, I'm on a train.")
    if sum(p.kind != "punct" for p in pieces[k:end]) < _PASSPHRASE_WORDS \
            or words[k] in _NOT_A_TITLE or words[k] in CORRECTION_OPENERS \
            or all(w in FUNCTION_WORDS for w in said) or any(
                b <= k or (a == k and words[b:b + 1] == [","]) for a, b in found):
        return []  # (nor "it's up to you": no word of a phrase's own; nor where another finder
        # found the answer before it or as the phrase's opening word, described after it:
        # "It's Bramble, like the hedge, all one word...")
    return [(k, end)]


def _a_moment_taken(words: list[str]) -> bool:
    """A sentence that only takes a moment before the answer: "God, let me think.", "Hmm, hang
    on.", "ok one sec."."""
    return not _TAKING_A_MOMENT.isdisjoint(words) and all(
        w in _MOMENT_WORDS or w in FILLERS or w in EXCLAMATIONS or w in _BEFORE_A_TITLE
        or w in _DICTATION_ENDS or w == "," for w in words)


_TAKING_A_MOMENT = _MOMENTS | {"think", "see", "remember", "hang", "hold", "wait"}
_MOMENT_WORDS = _TAKING_A_MOMENT | {"let", "me", "on", "a", "one", "just", "ok", "okay", "right",
                                    "now"}


# What may stand before a passphrase said whole: "it's", "it is", "the phrase is", "mine is",
# "my security phrase is".
_PHRASE_OPENERS = (("it's",), ("its",), ("it", "is"), ("that's",), ("thats",), ("mine", "is"),
                   *((whose, noun, "is") for whose in ("the", "my") for noun in ("phrase",
                                                                                 "passphrase")),
                   *((whose, kind, "phrase", "is") for whose in ("the", "my")
                     for kind in ("security", "memorable", "pass", "secret", "verbal",
                                  "verification", "voice")))
_PHRASE_HEDGES = (("i", "think"), ("i", "believe"), ("i", "reckon"), ("i", "guess"),
                  ("i'm", "pretty", "sure"), ("i'm", "sure"), ("i", "hope"))
_NEW_CLAUSE = frozenset(("the", "can", "could", "can't", "also", "what", "how", "is", "i", "i'm",
                         "i'd", "my", "then"))
_PASSPHRASE_WORDS = 2
_HEDGED = frozenset(("either", "or", "maybe", "possibly", "perhaps", "try"))
# What talk of the phrase holds, not the phrase: who set it, what is not said, the call.
_TALK_OF_IT = frozenset(("phrase", "passphrase", "something", "about", "remember", "think",
                         "set", "never", "not", "don't", "didn't", "can't", "cannot", "rather",
                         "call", "say", "name", "account", "forgot", "forgotten", "know",
                         "updated", "changed", "one", "it", "you",
                         # the speaker's or someone's own doings and wants: "i'd like to speak to
                         # a manager", "we moved house last year", "the line is really bad"
                         "i", "i'd", "i'm", "i've", "i'll", "me", "we", "we've", "we're", "us",
                         "he", "she", "he's", "she's", "they", "they're", "want", "need",
                         "line", "calling", "ringing", "behalf"))


def titles_said(pieces: list[Piece], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Titles given for a favourite film, book or song ("the great escape", "war and peace",
    "things fall apart"): everyday words and "the", "and", "with" make them up, so what an
    answer finder takes for talk is the secret here. The first opens the answer or follows
    "it's", "i put", "i know,"; another only after a correction or an alternative ("no wait,
    it was ...", "or was it ..."); each runs to its clause's end. None in a turn that puts the
    answer off ("hold on, it's written down somewhere", "say that again?")."""
    words = [p.text for p in pieces]
    if _puts_off(pieces, words):
        after = _said_after_a_hold(words)
        return [] if after is None else [(a + after, b + after) for a, b in titles_said(
            pieces[after:], [(a - after, b - after) for a, b in found if b > after])]
        # ("oh god that's a long one hang on it's the prime of miss jean brodie": held, then
        # said)
    spans: list[tuple[int, int]] = []
    for k in range(len(words)):
        if k and not (_title_opener(words, k - 1) or (spans and words[k - 1] in ("one", "1"))):
            continue  # ("... no wait, i put the other african one, the river between")
        if spans and all(words[j] not in _TITLE_CORRECTIONS and words[j] not in CORRECTION_OPENERS
                         for j in range(spans[-1][1], k)):
            continue  # "grease, it was ages ago": one title, then talk
        span = _title_at(pieces, words, k)
        if span is not None and not any(a <= span[0] and span[1] <= b for a, b in found) \
                and not any(a < span[1] and span[0] < b for a, b in spans):
            spans.append(span)  # (over a shorter answer found: "war" of "war and peace")
    return spans


# What is done to a secret, said after it: "my pin was stolen", "... was seen".
_LINKS = frozenset(("is", "was", "were", "'s", "been", "got", "gets"))
_VERB_OBJECTS = _ARTICLES_AND_OWNERS | _OBJECTS | frozenset(("its", "this", "that", "these",
                                                            "those", "some", "any"))
_SET_ADVERBS = frozenset(("back", "over", "today", "now", "again", "recently", "yesterday",
                          "since"))  # "changed back to marmalade"
_SET_TO = frozenset(("changed", "reset", "set", "updated", "switched", "moved", "altered"))


def _set_to_after(pieces: list[Piece], k: int, set_only: bool = False
                  ) -> tuple[int, int] | None:
    """The secret after a link: what it was set to where it was ("my password was changed to
    shortbread", "the pin's been updated to 4471"; not "... changed to stop the hackers");
    `set_only`: nothing else ("my pin got blocked")."""
    words = [p.text for p in pieces]
    at = k
    while at < min(len(words), k + 2) and words[at] in ("been", "got", "just", "now", "since"):
        at += 1  # "my password's just been changed to ..."
    to = at + 1 + (words[at + 1:at + 2] != [] and words[at + 1] in _SET_ADVERBS)
    if not (words[at:at + 1] and words[at] in _SET_TO and words[to:to + 1] in (["to"], ["as"])):
        return None if set_only else _described_secret_after(pieces, k)
    if words[to + 2:to + 3] and words[to + 2] in _VERB_OBJECTS \
            and pieces[to + 1].kind != "number":
        return None  # a verb and its object: "to meet the new rules"
    span = _described_secret_after(pieces, to + 1)
    return span if span is None or _set_to_a_secret(pieces, span) else None


def _set_to_a_secret(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """What something was set to is a secret unless it is a plain everyday word or a way of
    signing in: "changed to marmalade", "reset to 6602" (not "changed to stop fraud", "reset to
    default", "changed to face id", "set to expire every 90 days")."""
    first = pieces[span[0]].text
    return any(p.kind != "word" for p in pieces[span[0]:span[1]]) or not (
        everyday_word(first) or first in SIGN_IN_MEANS or _a_verb_form(first)
        or first in ("expire", "biometric", "biometrics"))


def _set_before(words: list[str], i: int) -> bool:
    """A setting verb opens the clause of the secret's word: "I changed my password to
    shortbread" sets it to a plain word (not "do you need my passcode to test it")."""
    return any(word in _SET_TO or word in ("change", "update", "switch")
               for word in words[max(0, i - 3):i])


_DONE_TO_IT = frozenset(("stolen", "seen", "taken", "shown", "given", "known", "broken",
                         "forgotten", "lost", "found", "written", "done", "overheard", "hacked",
                         "leaked", "compromised", "exposed", "cloned", "skimmed", "blocked",
                         "locked", "changed", "reset", "updated", "deleted", "expired", "used",
                         "shared", "guessed", "cracked", "phished", "spoofed", "disabled",
                         "rejected", "declined", "wrong", "invalid", "incorrect", "entered",
                         "typed", "keyed", "input", "sent", "texted", "emailed", "set", "issued",
                         "verified", "confirmed", "accepted", "recognised", "recognized"))


def _said_after_a_hold(words: list[str]) -> int | None:
    """Where "it's" opens what follows the turn's last word of holding on ("hang on it's
    ..."), or None."""
    held = max((k for k, w in enumerate(words) if w in PUTTING_OFF_WORDS), default=None)
    if held is None or words[-1:] == ["?"]:
        return None
    return next((k for k in range(held + 1, len(words)) if words[k] in ("it's", "its")), None)


def _title_opener(words: list[str], k: int) -> bool:
    """words[k] may come right before a title: "it's", "i put", "or", "i know", "was it"; "was"
    and "is" only after "it" or "that" ("it was jaws", not "my parcel is late")."""
    word, before = words[k], words[k - 1] if k else ""
    if before in _ASKING:
        return False  # "what was the question?"
    if word in ("was", "is"):  # "it was jaws", "my favourite is jaws", "the answer is jaws",
        return before in _TOLD_BEFORE_IS or before in TITLE_KINDS  # "the one i put was jaws"
    if word == "it":
        return before in ("was", "is")  # "or was it the quiet man"
    if word == "be":
        return before in _SURE_MODALS  # "it must be jaws" (not "to be honest", "the line
        # might be bad")
    if word == "with":
        return before == "go"  # "i'll go with the great escape"
    return word in _TITLE_OPENERS


def _title_at(pieces: list[Piece], words: list[str], k: int) -> tuple[int, int] | None:
    said_back = False
    while k < len(words):
        if words[k] in _BEFORE_A_TITLE or words[k] in FILLERS or words[k] in _YES \
                or words[k] in EXCLAMATIONS or pieces[k].kind == "punct":
            k += 1  # "oh god its either ...", "i know, the quiet man"
        elif not said_back and words[k] in ("my", "your", "favourite", "favorite", "fave") \
                and (kind := next((j for j in range(k, min(k + 3, len(words)))
                                   if words[j] in TITLE_KINDS), None)) is not None:
            k, said_back = kind + 1, True  # the question said back first: "right favourite
            # film the wicker man", "my favourite film? the godfather"
        else:
            break
    if k >= len(words) or words[k] in _NOT_A_TITLE or words[k] in CORRECTION_OPENERS \
            or words[k] in _MODALS \
            or (words[k] in FUNCTION_WORDS and words[k] not in _ARTICLES and words[k] != "the") \
            or tuple(words[k:k + 2]) in _HOLDING or tuple(words[k:k + 2]) in _PUTTING_OFF:
        return None
    if words[k] in ("the", "a", "an") and words[k + 1:k + 2] and words[k + 1] in _NOT_A_TITLE:
        return None  # "the question", "the same one"
    j = k
    while j < len(words) and j - k < _MAX_TITLE_WORDS:
        if pieces[j].kind == "punct":
            if not _glued(pieces, j):
                break
        elif words[j] in _TITLE_INSIDE:
            if j + 1 >= len(words) or pieces[j + 1].kind == "punct" \
                    or words[j + 1] in _TITLE_BREAKS or (words[j + 1] in FUNCTION_WORDS
                                                         and words[j + 1] not in _TITLE_INSIDE):
                break  # "dune and i think" (but "war and peace", "gone with the wind")
        elif words[j] in FUNCTION_WORDS or words[j] in _CLAUSE_ENDS or words[j] in _TITLE_BREAKS:
            break
        j += 1
    while j > k and words[j - 1] in _TITLE_INSIDE:
        j -= 1
    if j == len(words) - 1 and j > k and words[j] in FUNCTION_WORDS \
            and words[j] not in _AFTER_A_TITLE and words[j] not in _TITLE_BREAKS:
        j += 1  # the turn's last word ends the title: "the river between"
    if j < len(words) and pieces[j].kind != "punct" and words[j] not in _AFTER_A_TITLE \
            and words[j] not in _TITLE_BREAKS and words[j] not in _CLAUSE_ENDS \
            and words[j] not in CORRECTION_OPENERS and words[j] not in FILLERS:
        return None  # a sentence's subject, not an answer: "problem is the app ...", "it's
        # raining here"
    title = words[k:j]
    if not title or title[-1] in ("one", "1", "ones") or not _CALL_THINGS.isdisjoint(title) \
            or (len(title) == 1 and everyday_word(title[0])) \
            or (title[0] in _ARTICLES and len(title) <= _DESCRIBED):
        return None  # a description, not a title: "it's a good question", "an old one", "it's
        # the card ending four two", "a bad line"
    return (k, j) if any(w not in FUNCTION_WORDS for w in title) else None


# After these a title may be said: "its the great escape", "or was it the quiet man", "i put
# things fall apart", "i know, the quiet man".
_TITLE_OPENERS = frozenset(("it's", "its", "put", "or", "know", "chose", "picked", "wrote",
                            "typed"))  # "I think I wrote coming to america"
# The call's own things, which a title answering a security question does not name.
_CALL_THINGS = frozenset(("question", "story", "line", "card", "account", "number", "phone",
                          "app", "bill", "payment", "order", "email", "address", "password",
                          "ending", "thing"))
_DESCRIBED = 3  # words of "a long story", "a bad line": an article and a described thing
_AFTER_A_TITLE = frozenset(("i", "i'm", "im", "it's", "its", "that's", "thats", "though"))
_TOLD_BEFORE_IS = frozenset(("it", "that", "favourite", "favorite", "answer", "put"))
_SURE_MODALS = frozenset(("must", "would", "could", "should", "gotta", "it'd", "that'd"))
_TITLE_CORRECTIONS = frozenset(("or", "wait", "actually", "either"))
# Words of a turn that gives no answer yet: "say that again, the line is bad", "i've forgotten".
_NOT_ANSWERING = frozenset(("repeat", "pardon", "forgotten", "forgot", "written",
                            "complicated", "ages", "idea"))
_BEFORE_A_TITLE = frozenset(("either", "just", "probably", "maybe", "definitely", "god", "heck",
                             "easy", "simple", "obviously",
                             "gosh", "well", "still", "always"))
_TITLE_INSIDE = frozenset(("the", "a", "an", "of", "and", "with", "in", "on", "to", "for",
                           "from", "at"))
_TITLE_BREAKS = frozenset(("no", "wait", "yeah", "yes", "yep", "correct", "right", "anyway",
                           "though", "innit", "eh", "please", "thanks", "cheers", "sorry", "not",
                           "hang", "hold", "actually", "lovely", "perfect", "sir", "madam",
                           "maam", "love", "mate", "pal", "obviously", "again", "every"))
_NOT_A_TITLE = frozenset(("one", "1", "hang", "hold", "sorry", "cheers", "ta", "lovely", "think",
                          "sure", "ok", "okay", "pardon", "what", "that", "this", "dunno",
                          "say", "fine",
                          "question", "answer", "same", "something", "nothing", "none",
                          "phrase", "passphrase", "password", "word"))  # ("ah, the phrase...")
_MAX_TITLE_WORDS = 7
_ASKING = frozenset(("what", "what's", "whats", "which", "who", "how", "where", "when"))


def streets_said(pieces: list[Piece], found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Streets named in the answer to a question for one ("we flitted to Station Road", "mill
    lane, or was it mill row"): up to three words before a street's kind, none of them a
    function word, since any street may be the one set as the answer."""
    spans: list[tuple[int, int]] = []
    for k, piece in enumerate(pieces):
        if piece.text not in STREET_KINDS or k == 0 or any(a <= k < b for a, b in found):
            continue
        start = k
        while start > max(k - _STREET_NAME_WORDS, 0) and pieces[start - 1].kind == "word" \
                and pieces[start - 1].text not in FUNCTION_WORDS \
                and pieces[start - 1].text not in STREET_SUFFIXES:
            start -= 1
        if start < k and (start == 0 or pieces[start - 1].text not in ("the", "a")):
            spans.append((start, k + 1))  # (not "the main road", "the ring road")
    return spans


_STREET_NAME_WORDS = 3

