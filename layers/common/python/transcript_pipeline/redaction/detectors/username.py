"""Usernames, logins and handles.

A login is whatever its owner chose ("btesfaye", "minh t eighty eight", "paudie.oc68"), so no
shape or list finds one; what marks it is where it stands: after a cue ("my login is ...",
"user=", "log in with ..."), as the answer to a question for one, as a chat handle ("09:02
marg.belanger: morning!", "@nnamdi.o") or joined by an underscore ("teo_dimitrov"), which no
word of prose is. The cue phrases are data (`USERNAME` in the language's lexicon.json); the
engine passes where they end.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from ..lexicon import (
    CONTEXT_PHRASES,
    FILLERS,
    FUNCTION_WORD_NAMES,
    FUNCTION_WORDS,
    GREETING_WORDS,
    NON_NAME,
    PAYMENT_HANDLES,
    PLATFORMS,
    SIGN_IN_MEANS,
    WORD_ONSETS,
)
from ..names import common_word, everyday_word, name_class
from ..normalize import Piece

# Between a cue and the value: "my login is btesfaye", "user=jmorales". A one-word cue needs
# one ("the login came from", "the GX-200 user manual" hold none); "log in with" does not.
_BRIDGE = frozenset(("is", "was", ":", "=", "its", "it's", "as", "-", "still", "now", "it", ","))
_HESITATIONS = frozenset(("um", "uh", "er", "erm", "like"))
# Words that show no username follows: "my login is not working", "the username is wrong",
# and replies that are no value ("cheers", "hang on").
_NOT_A_LOGIN = NON_NAME | frozenset((
    "not", "wrong", "locked", "blocked", "disabled", "working", "incorrect", "invalid", "fine",
    "correct", "right", "same", "different", "new", "old", "email", "e-mail", "here", "there",
    "and", "or", "but", "please", "required", "field", "page", "screen", "details", "cheers",
    "thanks", "thank", "ok", "okay", "sure", "great", "perfect", "lovely", "hang", "hold",
    "sorry", "yes", "no", "yeah", "yep", "nope", "just", "still", "usually", "probably",
))
# After a one-word cue a plain English word is what happens to the user, not their login:
# "the new user is set up", "the login was blocked".
# Spoken and typed joiners inside a handle: "h sasaki underscore s f", "k.obi_77".
SPOKEN_JOINERS = frozenset(("underscore", "dot", "dash", "hyphen"))
_JOINERS = SPOKEN_JOINERS | {"_", ".", "-"}
# Words before the login in an answer: "yes it's ...", "he uses ...".
_LEADS = frozenset(("it's", "its", "it", "is", "yeah", "yes", ",", ":", "he", "she", "they",
                    "i", "we", "uses", "use", "used"))
# What an owner says after a login said as words: it is written as one.
_ONE_WORD = (("all", "1", "word"), ("1", "word"), ("all", "lowercase"),  # "one" is "1" in
             ("all", "lower", "case"), ("no", "spaces"), ("all", "together"),  # normalised
             ("lowercase",), ("lower", "case"))  # text
_SPOKEN_WORDS = 6  # words of a login said before "all one word"
_INSIDE_A_LOGIN = frozenset(("the", "a", "an", "of", "o"))
# Names of platforms before a handle with no "is" between: "discord kacperdoesgames".
_PLATFORMS = frozenset(PLATFORMS)
# What a login is called: an answer may repeat it before the value ("username, tiger lily
# nine nine, all lower case").
_LABELS = frozenset(p for p in CONTEXT_PHRASES["USERNAME"] if " " not in p) - _PLATFORMS
# Sites whose address ends in a person's handle, and the parts of the path before it.
_SOCIAL_SITES = frozenset(("linkedin", "github", "gitlab", "instagram", "facebook", "fb",
                           "twitter", "x", "t", "tiktok", "youtube", "medium", "threads",
                           "bsky", "behance", "dribbble", "twitch", "reddit", "pinterest"))
_PROFILE_PREFIXES = frozenset(("in", "u", "user", "users", "profile", "pub", "channel", "c"))
_NOT_PROFILES = frozenset(("company", "school", "groups", "group", "jobs", "feed", "pages",
                           "events", "hashtag", "explore", "watch", "p", "reel", "reels",
                           "search", "login", "help", "about", "settings", "home", "share"))


def login_form(pieces: list[Piece]) -> str:
    """A username as it is remembered: its letters and digits, however it was joined or said."""
    return "".join(ch for p in pieces if p.text not in SPOKEN_JOINERS
                   for ch in p.text if ch.isalnum())
_MAX_PIECES = 8


def find_usernames(pieces: list[Piece], after_cues: list[tuple[int, bool]], expected: bool,
                   written: str) -> list[tuple[int, int]]:
    """Piece-index ranges [start, end) of usernames.

    `after_cues`: for each username cue of the utterance, the piece index right after it and
    whether it is one word (then "is", ":" or "=" must follow it); `expected`: the other party
    just asked for one, so the answer may hold it bare; `written`: the utterance as it came,
    which the pieces' offsets point into.
    """
    spans = [span for k, one_word in after_cues
             if (span := _value_after(pieces, k, bridged=one_word)) is not None]
    if expected and not spans:
        k = _past_greeting(pieces)
        while k < len(pieces) and (pieces[k].text in FILLERS or pieces[k].text in _LEADS
                                   or pieces[k].text in _LABELS
                                   or pieces[k].text in GOING_ON):
            k += 1
        joiner = k  # "...then underscore, Papa, Alpha, India, Alpha.": the rest, its joiner
        while k < len(pieces) and (pieces[k].text in SPOKEN_JOINERS or (
                k > joiner and pieces[k].text == ",")):
            k += 1  # first
        span = _value_after(pieces, k)
        if span is not None and k > joiner:
            end = span[1]
            digits = False
            while end + 1 < len(pieces) and pieces[end].text == "," and (
                    pieces[end + 1].kind in ("number", "spelled")
                    or pieces[end + 1].text in SPOKEN_JOINERS or (
                        not digits and pieces[end + 1].kind == "word"
                        and pieces[end + 1].text.isalpha()
                        and not everyday_word(pieces[end + 1].text)
                        and pieces[end + 1].text not in FUNCTION_WORDS
                        and pieces[end + 1].text not in _NOT_A_LOGIN)):
                digits = digits or pieces[end + 1].kind == "number"
                end += 2  # "then underscore, mensah, 9, 1": its parts, a comma apart (no
                # everyday word, and no word after its digits: "..., 9, 1, refund")
            span = (joiner, end)
        if span is None:  # "no i changed it, it's skyewalker71": a handle after "it's"
            span = next((found for j in range(k, len(pieces) - 1)
                         if pieces[j].text in ("it's", "its") and _handle_shaped(pieces, j + 1,
                                                                                 True)
                         and (found := _value_after(pieces, j + 1)) is not None), None)
        if span is not None:
            spans.append(_run_on_to_digits(pieces, span))
    spans += _handles(pieces, written)
    return spans


def _run_on_to_digits(pieces: list[Piece], span: tuple[int, int]) -> tuple[int, int]:
    """An answer that goes on in words to digits at its end is one login: "billy pap sixty
    two" (not "jsmith, and my email is ...": a word of a sentence)."""
    end = len(pieces)
    while end > span[1] and pieces[end - 1].kind == "punct":
        end -= 1
    rest = pieces[span[1]:end]
    if 0 < len(rest) <= _RUN_ON_PARTS and rest[-1].kind == "number" and all(
            p.kind == "number" or (p.kind == "word" and p.text.isalpha()
                                   and p.text not in FUNCTION_WORDS and p.text not in FILLERS
                                   and p.text not in _NOT_A_LOGIN
                                   and p.text not in _NOT_A_LOGIN_S_PART) for p in rest):
        return span[0], end
    return span


_RUN_ON_PARTS = 3
_NOT_A_LOGIN_S_PART = frozenset(("press", "option", "aged", "age", "error", "tried", "page",
                                 "room", "code", "times", "attempts", "step"))


def _value_after(pieces: list[Piece], k: int, bridged: bool = False
                 ) -> tuple[int, int] | None:
    bridge = k
    # "(user mwisniewska)": brackets around a one-word cue and its value bridge them too
    bracketed = bridged and k >= 2 and pieces[k - 2].text == "("
    while k < len(pieces) and (pieces[k].text in _BRIDGE or pieces[k].text in _HESITATIONS):
        k += 1
    if k >= len(pieces) or (bridged and not bracketed and k > bridge
                            and not any(p.text in _BRIDGE for p in pieces[bridge:k])):
        return None
    first = pieces[k]
    joined = _glued(pieces, k)  # "a.nowak": not the article "a"
    # "k mensah eighty eight": an initial and a surname, then the rest
    initial = len(first.text) == 1 and first.kind == "word" and k + 1 < len(pieces) \
        and pieces[k + 1].kind == "word" and pieces[k + 1].text not in _NOT_A_LOGIN \
        and pieces[k + 1].text not in FUNCTION_WORDS and pieces[k + 1].text not in _JOINERS
    if first.kind not in ("word", "number", "spelled") or (not joined and (
            first.text in _NOT_A_LOGIN or first.text in FUNCTION_WORDS
            or (bridged and not initial and name_class(first.text) == "E"))):
        return None
    if bridged and k == bridge and not bracketed and not _handle_shaped(
            pieces, k, pieces[k - 1].text not in ("user", "user's")):
        return None  # no bridge: only a handle-shaped word ("discord kacperdoesgames", "steam
        # voidwalker_kp", "user a.nowak"; not "discord server", "the user manual", "user 3")
    if pieces[k - 1].text in ("with", "using") and (first.text in SIGN_IN_MEANS or not (
            any(ch.isdigit() for ch in first.text) or name_class(first.text) == ""
            or _handle_end(pieces, k + 1) > k + 1)):
        return None  # "log on with rkapoor2019", "wanjiru dot m nine"; not "sign in with
        # gmail", "log in using the app"
    nxt = k + 1 + initial
    end = _one_word_end(pieces, _handle_end(pieces, nxt))
    if bracketed and (end >= len(pieces) or pieces[end].text != ")"):
        return None  # "(user manual p. 4)"
    return k, end


GOING_ON = frozenset(("...", "…", "then", "and"))  # a login dictated on after a pause
_HELLOS = GREETING_WORDS | frozenset(("hi", "hello", "hey", "hiya", "heya", "morning",
                                      "afternoon", "evening"))


def _past_greeting(pieces: list[Piece]) -> int:
    """Where an answer starts after greeting the asker by name: "hi dana, it's kowusu7"."""
    k, greeted = 0, False
    while k < len(pieces) and (pieces[k].text in FILLERS or pieces[k].text in _HELLOS):
        greeted = greeted or pieces[k].text in _HELLOS
        k += 1
    if greeted and k + 1 < len(pieces) and pieces[k].kind == "word" \
            and name_class(pieces[k].text) in ("N", "W", "P") and pieces[k + 1].text == ",":
        return k + 2  # a name, not "hello sunflower, that's the one"
    return 0


def _one_word_end(pieces: list[Piece], end: int) -> int:
    """Where a login said as several words ends when its owner says it is one ("vintage vinyl
    vic all one word", "kopi o kosong eighty eight all lowercase"): at that remark."""
    for j in range(end, min(end + _SPOKEN_WORDS, len(pieces))):
        remark = j + (pieces[j].text == ",")  # "tiger lily nine nine, all lower case"
        if any(tuple(p.text for p in pieces[remark:remark + len(m)]) == m for m in _ONE_WORD):
            return j
        if pieces[j].text not in _INSIDE_A_LOGIN and (
                pieces[j].kind == "punct" or pieces[j].text in _NOT_A_LOGIN
                or pieces[j].text in FUNCTION_WORDS):
            return end  # "bjorn the bear seventy two all one word", not "jsmith and the
            # password is all lowercase"
    return end


def _handle_shaped(pieces: list[Piece], k: int, named: bool) -> bool:
    """A word with digits or a joiner glued in: a handle; a number alone is none ("user 3 of
    40"). After a word that names a login or a platform, a word no dictionary holds is one too
    ("username xochi h oh one", "discord kacperdoesgames"), not after "user" ("the user
    onboarding flow"); and after a platform's name, a handle said as words ("steam voidwalker
    underscore kp"), not after "login" ("failed logins at eight forty")."""
    text = pieces[k].text
    return _glued(pieces, k) or (any(ch.isdigit() for ch in text) and not text.isdigit()) \
        or (named and name_class(text) == "") \
        or (pieces[k - 1].text in _PLATFORMS and _handle_end(pieces, k + 1) > k + 1)


def _glued(pieces: list[Piece], k: int) -> bool:
    """Whether a handle's next part is written on to the word: "a.nowak", "jsmith42"."""
    nxt = k + 1
    if nxt >= len(pieces) or pieces[nxt].start != pieces[k].end:
        return False
    if pieces[nxt].kind != "punct":
        return True
    return pieces[nxt].text in _JOINERS and nxt + 1 < len(pieces) \
        and pieces[nxt + 1].start == pieces[nxt].end and pieces[nxt + 1].kind != "punct"


def _handle_end(pieces: list[Piece], j: int) -> int:
    """Index after the rest of a handle that started before `j`: pieces glued to it ("marg" "."
    "belanger"), a spoken joiner and what it joins, letters and numbers read after it."""
    start = j
    while j < len(pieces) and j - start < _MAX_PIECES:
        piece = pieces[j]
        glued = piece.start == pieces[j - 1].end
        if piece.text in _JOINERS and j + 1 < len(pieces) and pieces[j + 1].kind != "punct" \
                and (glued or piece.kind == "word") and (
                    piece.kind == "word" or pieces[j + 1].start == piece.end):
            j += 2
        elif glued and piece.kind != "punct":
            j += 1
        elif piece.kind in ("number", "spelled") or (
                piece.kind == "word" and len(piece.text) == 1 and piece.text not in ("a", "i")):
            j += 1  # "minh t eighty eight"
        else:
            break
    return j


_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=8192)
def initial_and_name(word: str) -> bool:
    """Is the word a login made of an initial and a surname ("jmorales", "hpark",
    "bcastellanos")? Its first two letters begin no word of the language, the word is neither
    a name nor an ordinary word, and what remains after the initial is a name of four letters
    or more with a vowel (not a lower-case acronym: "dvla", "hmrc", "bnpl")."""
    if len(word) < 5 or not word.isascii() or not word.isalpha() or word[0] in _VOWELS \
            or word[1] in _VOWELS or word[:2] in WORD_ONSETS \
            or _VOWELS.isdisjoint(word[1:]) or name_class(word) != "":
        return False
    return name_class(word[1:]) in ("N", "W", "P")


_NAMED_LETTERS = 5  # letters of a login before its digits: fewer are a model's ("xps13")


def _name_and_digits(word: str) -> bool:
    """A login of a name or a word no dictionary holds with digits after it ("snakamura97",
    "pvandermerwe2", "hopeakins1"); not a product's ("iphone15", "windows11": English words
    to the lexicon) nor a word-name's ("summer2024")."""
    letters = word.rstrip("0123456789")
    return letters != word and len(letters) >= _NAMED_LETTERS and letters.isalpha() \
        and name_class(letters) in ("", "N")


def _camel_handle(text: str) -> bool:
    """Words run together, each with its capital, then two to four digits: "ShetlandSniper180",
    "KiwiGamer77" (not "PlayStation5", "XPS13", "iPhone15")."""
    letters = text.rstrip("0123456789")
    capitals = [k for k, ch in enumerate(letters) if ch.isupper()]
    return 2 <= len(text) - len(letters) <= _HANDLE_DIGITS and letters.isalpha() \
        and len(capitals) >= 2 and capitals[0] == 0 \
        and all(k + 1 < len(letters) and letters[k + 1].islower() for k in capitals)


_HANDLE_DIGITS = 4
# What names the author of a post or a private message: "Posted by ...", "PM from ...".
_POSTED_BY = frozenset((("posted", "by"), ("pm", "from"), ("dm", "from"), ("reply", "from"),
                        ("message", "from"), ("replied", "by"), ("written", "by"),
                        ("shared", "by"), ("uploaded", "by"), ("quote", "from"),
                        ("replying", "to"), ("reply", "to")))
_QUOTING = frozenset(("quoting", "quoted"))


def _words_run_together(text: str) -> bool:
    """Words run together with a capital inside, as a handle is typed: "KingstonKaffe",
    "roastmasterRay" (not "Kingston" nor "IKEA")."""
    return text.isalpha() and any(a.islower() and b.isupper() for a, b in pairwise(text))


_HANDLE_CUES = frozenset(("i'm", "im", "am", "me", "as", "gamertag", "tag", "ign", "handle",
                          "username", "user", "@"))


def _handles(pieces: list[Piece], written: str) -> list[tuple[int, int]]:
    """Handles that say what they are by their form: "@nnamdi.o", a word joined to another by
    an underscore, typed or said, a dotted name before a colon at the start of a chat line,
    and an initial joined to a surname written in lower case ("jmorales"; not "DVLA",
    "Kwik Fit": an acronym, a brand)."""
    spans = [(k, k + 1) for k, piece in enumerate(pieces)
             if len(piece.text) > 4 and piece.kind == "word" and (
                 initial_and_name(piece.text) or _name_and_digits(piece.text))
             and written[piece.start:piece.end].islower()]
    spans += [(k, k + 1) for k, piece in enumerate(pieces) if piece.kind == "word"
              and k > 0 and pieces[k - 1].text in _HANDLE_CUES
              and _camel_handle(written[piece.start:piece.end])]
    # "Add me, I'm ShetlandSniper180": words run together in capitals, then digits, where
    # someone says who they are online (not "use code SummerSale20", "PlayStation5")
    spans += [(k, k + 1) for k, piece in enumerate(pieces) if piece.kind == "word"
              and k > 0 and ((pieces[k - 2].text, pieces[k - 1].text) in _POSTED_BY
                             or pieces[k - 1].text in _QUOTING)
              and _words_run_together(written[piece.start:piece.end])]
    # "Posted by KingstonKaffe", "PM from roastmasterRay:", "Quoting SnowdonSlogger:": a
    # forum's or a chat's author
    n = len(pieces)
    # a chat line's handle has only its time before it ("14:05 x.y:"): where its words start
    text_start = next((k for k, p in enumerate(pieces) if p.kind not in ("number", "punct")), n)
    for k in range(n - 1):  # (a handle may end the text: "follow me @natgravelnb")
        piece, joiner = pieces[k], pieces[k + 1]
        nxt = pieces[k + 2] if k + 2 < n else None
        if piece.text == "@" and joiner.start == piece.end and joiner.kind == "word" \
                and (k == 0 or pieces[k - 1].end < piece.start
                     or pieces[k - 1].text in _OPENING_MARKS):  # "– Nat (@natgravelnb)"
            end = _handle_end(pieces, k + 2)
            if end > k + 2 or any(ch.isdigit() for ch in joiner.text) or (
                    (not written or written[joiner.start:joiner.end].islower())
                    and name_class(joiner.text) != "E"):
                spans.append((k, end))  # "@nnamdi.o", "@baodq" typed in lower case; not
                # "@SkyBridgeAir", a company's, nor "@support"
        elif nxt is None:
            continue
        elif joiner.text == "underscore" and piece.kind in ("word", "number") \
                and nxt.kind in ("word", "number") and (
                    piece.text not in FUNCTION_WORDS or (
                        piece.text in FUNCTION_WORD_NAMES and nxt.text not in FUNCTION_WORDS
                        and any(p.kind == "number" for p in pieces[k + 2:_handle_end(
                            pieces, k + 1)]))):
            spans.append((k, _handle_end(pieces, k + 1)))  # "shop underscore kwame twenty
            # two", "will underscore papa 82" (digits in it: not "i will underscore that
            # point"): no prose joins two words with an underscore
        elif piece.text in _SOCIAL_SITES and joiner.text == "." and joiner.start == piece.end:
            path = _profile_path(pieces, k + 2)
            if path is not None:
                spans.append(path)  # "linkedin.com/in/thais-nferreira"
        elif piece.kind in ("word", "number") and joiner.text in ("_", ".", "-") \
                and joiner.start == piece.end and nxt.start == joiner.end \
                and nxt.kind in ("word", "number") and (k == 0 or pieces[k - 1].end < piece.start
                                                        or pieces[k - 1].text in ("=", ":")
                                                        or _bracketed_after_a_contact(pieces, k)
                                                        or _bracketed_after_a_name(
                                                            pieces, k, written)):
            chat_line = k <= text_start
            if joiner.text == "-":  # "9:04 helpdesk-sven: hi" (not "Co-applicant:", "Walk-in")
                if k > 0 and chat_line and k + 3 < n and pieces[k + 3].text == ":":
                    spans.append((k, k + 3))
                continue
            end = _handle_end(pieces, k + 3)
            if joiner.text == "_" or (end < n and pieces[end].text == ":" and chat_line) or (
                    joiner.text == "." and piece.text.isalpha() and len(piece.text) > 1
                    and (any(ch.isdigit() for ch in pieces[end - 1].text)  # "paudie.oc68"
                         or _dotted_name(pieces, k, end, written))):
                spans.append((k, end))
    speaker = _chat_speaker(pieces)
    if speaker is not None:
        spans.append(speaker)
    return spans + _payment_addresses(pieces)


def _a_name_s_part(word: str) -> bool:
    """A name the data holds or a word no dictionary does ("faizal", "sylee"): what a handle
    is made of, not a file's or a setting's word ("report", "max")."""
    return len(word) > 1 and word.isalpha() and word not in FUNCTION_WORDS and (
        name_class(word) in ("N", "W", "P") or (name_class(word) == "" and not common_word(word)))


def _bracketed_after_a_name(pieces: list[Piece], k: int, written: str) -> bool:
    """A handle in brackets right after its owner's name, typed with its capital: "Faizal
    (faizal_rides)" (not "set (max_retries) to 5", "choose (rose_gold)")."""
    return k >= 2 and pieces[k - 1].text in _OPENING_MARKS and _a_name_s_part(pieces[k].text) \
        and pieces[k - 2].kind == "word" and bool(written) \
        and written[pieces[k - 2].start:pieces[k - 2].start + 1].isupper() \
        and name_class(pieces[k - 2].text) in ("N", "W", "P")


def _dotted_name(pieces: list[Piece], k: int, end: int, written: str) -> bool:
    """Words joined by dots, typed in lower case, the first of them a name's ("sylee.hanbit",
    "farai.c", "hoangvy.shop"): a login (not "gmail.com", "report.pdf", "e.g.", "Leeds.Thanks";
    nor, after a name that is a word too, a word: "max.connections", "grace.see you")."""
    return (not written or written[pieces[k].start:pieces[end - 1].end].islower()) \
        and _a_name_s_part(pieces[k].text) and pieces[end - 1].text not in _NOT_HANDLE_ENDS \
        and (len(pieces[end - 1].text) == 1 or not common_word(pieces[end - 1].text)
             or name_class(pieces[k].text) in ("N", "")) \
        and all(p.kind in ("word", "number") or p.text == "." for p in pieces[k:end])


# What ends a web address or a file's name, not a login: "gmail.com", "notes.docx".
_NOT_HANDLE_ENDS = frozenset(("com", "org", "net", "io", "co", "uk", "au", "nz", "ca", "ie", "in",
                              "de", "fr", "es", "it", "nl", "za", "ke", "ng", "gov", "edu", "info",
                              "biz", "app", "dev", "ai", "me", "us", "pdf", "doc", "docx", "xls",
                              "xlsx", "csv", "txt", "jpg", "jpeg", "png", "gif", "zip", "html",
                              "htm", "exe", "py", "js", "json", "xml", "ppt", "pptx", "mp3",
                              "mp4", "mov", "heic", "msg", "eml", "log", "local", "internal",
                              "tv"))


def _bracketed_after_a_contact(pieces: list[Piece], k: int) -> bool:
    """A handle in brackets or quotes right after the words that ask to be reached on it: "PM
    me (nt_wanderer77)", "my insta ('kofi_eats')" (not a file's "(report_final)" or a code's
    "(ERR_404)")."""
    marks = k
    while marks > 0 and k - marks < 2 and pieces[marks - 1].text in _OPENING_MARKS:
        marks -= 1  # "('kofi_eats')"
    return marks < k and marks > 0 and pieces[marks - 1].text in _REACH_ME


_OPENING_MARKS = frozenset(("(", "[", '"', "“", "'", "‘"))
_REACH_ME = frozenset(("me", "insta", "instagram", "ig", "handle", "username", "user", "tag",
                       "snap", "snapchat", "tiktok", "twitter", "discord", "gamertag", "telegram"))

_PAYMENT_ADDRESS_PARTS = 5  # pieces before the "@": "lakshmi v 84 at oksbi"
_BANKS = frozenset(("sbi", "icici", "kotak", "axisbank", "hdfcbank"))  # handles that are banks
_PHONE_HANDLE_DIGITS = 10  # a handle of digits alone is a mobile number: "98765 43210@ybl"


def _payment_addresses(pieces: list[Piece]) -> list[tuple[int, int]]:
    """A payment address, typed or said ("lakshmi.v84@oksbi", "lakshmi v eight four at
    oksbi"): the owner's chosen handle before "@" and the provider's after it. Said, the handle
    is the letters, numbers and names before "at" (not "my account at sbi")."""
    spans = []
    for k, piece in enumerate(pieces):
        if k == 0 or piece.text not in ("@", "at") or k + 1 >= len(pieces) \
                or pieces[k + 1].text not in PAYMENT_HANDLES:
            continue
        if piece.text == "at" and pieces[k + 1].text in _BANKS:
            continue  # "my account at sbi": typed with "@" only
        j = k
        while j > 0 and k - j < _PAYMENT_ADDRESS_PARTS and (
                (piece.text == "@" and pieces[j - 1].end == pieces[j].start)
                or (piece.text == "at" and _handle_part(pieces[j - 1]))):
            j -= 1
        if j < k and any(p.kind == "word" or len(p.text) >= _PHONE_HANDLE_DIGITS
                         for p in pieces[j:k]):
            spans.append((j, k + 2))  # not "i paid 499 at paytm": an amount
    return spans


def _handle_part(piece: Piece) -> bool:
    """A piece a said handle is made of: a number, a letter, a name or a word no list knows."""
    text = piece.text
    return piece.kind == "number" or (piece.kind == "word" and text not in FUNCTION_WORDS and (
        len(text) == 1 or name_class(text) in ("N", "W", "P") or (
            name_class(text) == "" and text.isalnum())))


def _profile_path(pieces: list[Piece], k: int) -> tuple[int, int] | None:
    """The handle in a profile's address after "<site>." ("com/in/thais-nferreira",
    "me/kofi_b", "com/@dallas.rides"): the path's last part, glued on."""
    j = k + 1  # past the top-level domain
    if j >= len(pieces) or pieces[j].text != "/" or pieces[j].start != pieces[k].end:
        return None
    j += 1
    while j + 1 < len(pieces) and pieces[j].text in _PROFILE_PREFIXES \
            and pieces[j + 1].text in ("/", "@") and pieces[j + 1].start == pieces[j].end:
        j += 2
    if j < len(pieces) and pieces[j].text == "@":
        j += 1
    if j >= len(pieces) or pieces[j].kind not in ("word", "number") \
            or pieces[j].start != pieces[j - 1].end or pieces[j].text in _NOT_PROFILES:
        return None  # "linkedin.com/company/acme", "youtube.com/watch?v=...": no one's
    return j, _handle_end(pieces, j + 1)


def _chat_speaker(pieces: list[Piece]) -> tuple[int, int] | None:
    """The name a chat export puts before each message's time: "chelsea 18:02: syd did u
    pay ..." (one or two words, then a clock time and a colon, opening the line)."""
    k = 0
    while k < len(pieces) and k < 2 and pieces[k].kind == "word" \
            and pieces[k].text not in _NOT_A_LOGIN and name_class(pieces[k].text) != "E":
        k += 1  # not "Note 12:30: ..."
    if k > 0 and k + 3 < len(pieces) and pieces[k].kind == "number" \
            and pieces[k + 1].text == ":" and pieces[k + 2].kind == "number" \
            and pieces[k + 3].text == ":":
        return 0, k
    return None
