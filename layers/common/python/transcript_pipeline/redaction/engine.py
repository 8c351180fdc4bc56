"""The redaction engine: normalise, find candidates, weigh context, redact.

`Redactor` holds configuration and the detector registry and is built once per process.
`RedactionSession` redacts one conversation's utterances in call order and carries a small
`SessionState` between them, so that an answer is read with its question ("it's 7993" after
"the last four of your social") and a card number read out over two utterances is caught in both.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise, takewhile

from . import patterns as rx
from .detectors import Candidate, Detector, Finding, default_detectors
from .detectors.address import (
    STREET_RE,
    answered_street,
    county_after,
    find_streets,
    labelled_address,
    postcode_line,
    postcode_shaped,
    street_name_said,
    street_word_alone,
)
from .detectors.bank import find_ibans
from .detectors.base import SCORE_CONTEXT, SCORE_EXPECTED, SCORE_VALIDATED, typed_date
from .detectors.email import role_mailbox
from .detectors.ids import near_a_vehicle, plates_after_vehicles
from .detectors.password import (
    NOBODY_IN_PARTICULAR,
    a_position,
    alternatives_after,
    amounts_said,
    appended_digits,
    asks_for_a_phrase,
    asks_for_a_title,
    asks_for_characters,
    asks_someone_else,
    capitalised_answer,
    characters_by_position,
    characters_listed_last,
    characters_read_back,
    characters_said_back,
    chosen_secret,
    confirmed_read_back,
    corrected_character,
    counted_words,
    dictated_rest,
    dictation_goes_on,
    dictation_heard_back,
    dictation_read_back,
    find_secrets,
    guessed_alone,
    guesses_asked,
    how_things_are,
    issued_characters,
    letters_with_their_cases,
    named_after_a_kind,
    numbers_said,
    part_named_on,
    parts_said_on,
    phrase_said,
    pin_parts,
    quoted,
    said_to_be,
    shaped_secrets,
    sounds_like_an_answer,
    streets_said,
    taken_back_after,
    titles_said,
    whole_phrases,
    with_titles,
)
from .detectors.person import (
    ADDRESSING,
    FAMILY,
    OWNERS,
    RECORD_SEPARATORS,
    ROLES,
    LexiconNames,
    a_dated_month,
    asr_possessive,
    capitalised,
    chat_senders,
    find_name_end,
    find_name_start,
    find_names,
    is_record,
    labelled_name,
    may_be_record,
    mixed_case,
    opens_a_letter,
    place_spans,
    role_labelled_name,
    signature_line,
    signed_off,
    signers_after_a_closing,
    with_hyphenated_parts,
    with_rare_neighbours,
)
from .detectors.phone import national_phone_valid
from .detectors.username import GOING_ON, SPOKEN_JOINERS, find_usernames, login_form
from .lexicon import (
    ACCOUNT_MOVEMENTS,
    AFFIRMATIVES,
    AMOUNT_WORDS,
    ASKING_BACK_WORDS,
    BARE_IDENTIFIER_OWNERS,
    BUSINESS_FUNCTIONS,
    BUSINESS_REFERENCES,
    CARD_COMPANION_WORDS,
    CHARACTER_WORDS,
    CODE_LABELS,
    CONTEXT_PHRASES,
    CONTRAST_WORDS,
    CORRECTION_OPENERS,
    CURRENCY_WORDS,
    DATED_NOUNS,
    DWELLING_WORDS,
    ENDEARMENTS,
    FILLERS,
    FREE_MAIL_DOMAINS,
    FUNCTION_WORD_NAMES,
    FUNCTION_WORDS,
    HOLIDAYS,
    IDENTIFIER_HEADS,
    IDENTIFIER_OWNERS,
    JOURNEY_WORDS,
    LABELLING_NOUNS,
    LENGTH_WORDS,
    LIFE_FIRSTS,
    LIFE_HISTORY_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NAME_REQUESTS,
    NON_NAME,
    NOT_LIFE_FIRSTS,
    NUMBER_INTRODUCERS,
    ORG_SUFFIXES,
    PEOPLE_LABELS,
    PEOPLE_LISTS,
    PLACE_PREPOSITIONS,
    PUTTING_OFF_WORDS,
    READ_BACK_WORDS,
    RECORDED_AS,
    REFERENCE_QUALIFIERS,
    REQUESTING_WORDS,
    SECURITY_QUESTION_PHRASES,
    SPEAKER_ROLES,
    STATED_OWNERS,
    STREET_LINE_SUFFIXES,
    TITLES,
    UNIT_WORDS,
    VEHICLE_WORDS,
    VERIFIED_WORDS,
    VERIFYING_PHRASES,
    WEEKDAYS,
    WHOLE_VALUE_WORDS,
    WORKER_LABELS,
)
from .names import common_word, everyday_word, name_class, other_calendar_words
from .normalize import (
    NATO_LETTERS,
    NUMBER_WORDS,
    PAUSES,
    Normalized,
    Piece,
    is_tld,
    normalize,
    with_one_as_said,
)
from .phrases import PhraseTable
from .placeholders import Pseudonyms, keyed_hash, type_placeholder
from .policy import RedactionPolicy
from .readout import (
    Covered,
    SpanIndex,
    false_starts,
    kept_forms,
    named_by_business,
    one_word_each,
    read_one_by_one,
    read_out_runs,
    spelled_name,
)
from .state import (
    MAX_NAMES,
    MAX_SHAPES,
    MAX_VALUES,
    MIN_PART_DIGITS,
    MIN_VALUE_DIGITS,
    Expectation,
    SessionState,
)
from .unicode import fold_chars

KEEP = "KEEP"
# Expected after a street address: a bare ZIP code in the next utterance is one. Not an entity
# type, so no detector's context rules apply ("on the second" is no ZIP code).
ZIP_AFTER_STREET = "ZIP_AFTER_STREET"
STREET_AFTER_NUMBER = "STREET_AFTER_NUMBER"  # a house's number was all the last turn said
STREET_WORD_NEXT = "STREET_WORD_NEXT"  # ... then a street's name without its street word
# A question for something of someone's ("give me your BVN", "what's his UCAS personal id")
# that no cue phrase knows: privacy first, an identifier-shaped answer is redacted as a
# personal identifier unless the question named the business's own kind of reference.
ANY_IDENTIFIER = "ANY_IDENTIFIER"
# A name being spelled out when the utterance ended ("m i n" / "mhm" / "dash j u n g"): the
# same speaker's next letters go on with it.
SPELLING_ON = "SPELLING_ON"
_ANY_IDENTIFIER_DIGITS = 5  # an answer with fewer digits is a time, a quantity, a choice
# Privacy first: a number this long that is all a turn says, that nothing announces and no
# question asked for as the business's own, is someone's ("Is that the one that starts with
# 1 1?" / "That's it." / "1 1 0 0 4 8 8 2 7 3 4.").
_UNANNOUNCED_DIGITS = 8
# ... but not an amount in round thousands or a date written as one number ("20231115").
_ROUND_OR_DATED_RE = rx.compile(r"\d+0000|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:[0-2]\d|3[01])")
_OWNERS_ASKED = frozenset(("your", "his", "her", "their", "yours"))
_YOURS = _OWNERS_ASKED | {"you"}  # "do you have an applicant id": the listener's
# After a street: five digits (and ZIP+4), six (India, Nigeria, Singapore), or four that are
# no recent year (Australia, New Zealand, much of Europe: "That's right, 6160.", "Sydney 2150")
_BARE_ZIP_RE = rx.compile(
    r"\b(?:\d{5}(?:-\d{4})?|\d{6}|(?!19[5-9]\d|20[0-3]\d)\d{4})\b(?![:.,]\d)")
PRE_WINDOW = 32  # canonical characters between a context phrase and the value it announces
POST_WINDOW = 20  # ... or between a value and a phrase after it ("... still a good number")
EXPECT_UTTERANCES = 2  # how long an unanswered question stays open
# Phrases that label a value in the same utterance but ask for nothing: "the address on the
# account" is no request for an account number.
INLINE_ONLY_PHRASES = frozenset({"account", "code", "the code", "number", "numbers", "id", "i d",
                                "#", "no."})
# ... and phrases that tell where someone went or a parcel goes: "we moved to Faisalabad later"
# awaits no address ("ok, how many people live there?" / "four of us"); "where have you moved
# to?" does, and so does a cue cut off at the turn's end ("we've just moved to...").
_TOLD_DESTINATIONS = frozenset(("moved to", "deliver to", "delivering to", "delivered to",
                                "ship it to", "shipping to"))
# Identifiers read out as letters and digits in groups ("K 1 2 3 4", "QQ 12 34 56 C"): a finding
# of these types takes in the code-like pieces around it.
CODE_TYPES = frozenset(
    {"DRIVER_LICENSE", "PASSPORT", "MEMBER_ID", "ZIP_CODE", "IBAN", "BANK_ACCOUNT", "NATIONAL_ID",
     "VEHICLE_PLATE"}
)
# Types often read out over two utterances, and how many digits make them whole.
SPLIT_LENGTHS = {"CREDIT_CARD": 15, "US_SSN": 9, "PHONE_NUMBER": 10, "ROUTING_NUMBER": 9}
# A date this close after a name, with only these words between, is the person's birth date.
_NAME_TO_DATE = 12  # characters
_NAME_DATE_GLUE = frozenset(("is", "was", "born", "-", "—", "'s", "dob", "d.o.b."))
_DESTINATIONS = frozenset(("PHONE_NUMBER", "EMAIL_ADDRESS"))  # where a code is sent
# Words of an agent about to issue a secret ("I'll issue a new PIN"): the value may follow from
# the same speaker, not only from the other side.
_ISSUING = frozenset(("temporary", "temp", "new", "reset", "issue", "issued", "issuing",
                      "generate", "generated", "generating", "sent", "send", "sending", "texted",
                      "text", "texting", "one-time"))
_SENDING = frozenset(("send", "sending", "sent", "text", "texting", "texted", "email",
                      "emailing", "emailed", "resend", "resending", "resent", "sms"))
_ENTERING = frozenset(("enter", "type", "key", "use", "put", "press", "dial", "punch"))
_AFTER_ENTERED = frozenset(("on", "and", "then", "to", "into", "when", "followed", "as"))


def _entered_at(pieces: list[Piece], k: int) -> bool:
    """Piece k is a number the listener is told to enter ("enter 1974 on the remote", "key in
    1974", "enter it as 1974."), ending its clause or going on a device (not "use 3000 points",
    "enter 2023 in the year field")."""
    if pieces[k].kind != "number" or not pieces[k].text.isdigit():
        return False
    j = k - 1
    if j > 0 and pieces[j].text == "in":
        j -= 1
    elif j > 1 and pieces[j].text == "as" and pieces[j - 1].text == "it":
        j -= 2
    return j >= 0 and pieces[j].text in _ENTERING and (
        k + 1 == len(pieces) or pieces[k + 1].kind == "punct"
        or pieces[k + 1].text in _AFTER_ENTERED)
_PIN_LENGTHS = (4, 8)  # digits of a PIN or a temporary code
_NO_CODE_SENT = frozenset(("link", "links", "url", "form", "letter", "app"))  # ("I'll send you
# a reset link": nothing to read out)
_SENT_IT = frozenset((("sending", "it"), ("sent", "it"), ("texted", "it"), ("texting", "it"),
                      ("emailed", "it"), ("resent", "it"), ("resending", "it"),
                      ("sending", "that"), ("sent", "that"), ("sending", "now"),
                      ("sent", "now")))  # (not "your refund is on its way", "you should get
# it thursday": anything is sent)
_SENT_CODES = frozenset(("PASSWORD", "CARD_SECURITY_CODE"))  # ("I'm going to text you a security
# code. First, can you confirm your postcode?")
_CODE_COMING_TURNS = 3  # the business's turns a code it spoke of sending may still be sent in


def _sends_it(pieces: list[Piece]) -> bool:
    """The business says the secret it spoke of is sent: "yep sending it now", "it's on its
    way", "you should have it now"."""
    return not _SENT_IT.isdisjoint(pairwise(p.text for p in pieces if p.kind != "punct"))


# Who issues it, or a verb that says it was issued: "I've sent a code", "we'll text you one",
# "here's your new pin", "a new one has been generated".
_ISSUERS = frozenset(("i", "i've", "ive", "i'll", "ill", "i'm", "im", "we", "we've", "weve",
                      "we'll", "we're", "here's", "heres", "me", "us", "been", "has", "is", "was",
                      "will"))
# A speaker asking to choose a secret anew: "can i change my pin while i'm on", "i'd like to
# update my passcode" (not "asked him to change it"); the new one may come from either side.
_CHOOSING = frozenset((*((modal, "i", verb) for modal in ("can", "could", "may")
                         for verb in ("change", "update", "choose", "pick", "reset")),
                       *((wish, "to", verb) for wish in ("want", "like", "need", "love")
                         for verb in ("change", "update", "choose", "pick", "reset"))))
_OFFER_VERBS = ("give", "read", "tell", "send", "spell")
_OFFERS = frozenset((who, verb) for who in ("i", "i'll", "me", "we", "we'll")
                    for verb in _OFFER_VERBS)
_OFFER_TRIPLES = frozenset((who, will, verb) for who in ("i", "we") for will in ("will", "can")
                           for verb in _OFFER_VERBS)  # "okay i will give you her aadhaar"
# A cue and "is" that end a statement: the speaker was cut off before the value.
_CUT_AFTER_CUE = rx.compile(r"\s(?:is|was|will be)\s?[.,:…-]*\s*$")
# Identifiers with no one length: read out in parts too ("one seven two oh" ... "three nine
# five four"), continued by the same speaker's next utterance when it opens with digits.
OPEN_LENGTH_TYPES = frozenset({"BANK_ACCOUNT", "MEMBER_ID", "NATIONAL_ID", "IBAN", "PASSPORT",
                               "DRIVER_LICENSE", "PASSWORD", "VEHICLE_PLATE"})
OPEN_LENGTH_MAX = 34  # digits: the longest IBAN
# What an address's own lines answer: a postcode line is no answer to a question for another
# value.
_ADDRESS_TYPES = frozenset(("STREET_ADDRESS", "ZIP_CODE"))
# Types whose announced or expected value is redacted even when it fails the detector's own
# checks (a six-digit sort code asked for as a routing number, a short member id): privacy
# first, the question said what it is.
IDENTIFIER_TYPES = frozenset({"CREDIT_CARD", "US_SSN", "PHONE_NUMBER", "ROUTING_NUMBER",
                              "BANK_ACCOUNT", "MEMBER_ID", "NATIONAL_ID", "IBAN", "PASSPORT",
                              "DRIVER_LICENSE", "ZIP_CODE"})
ANNOUNCED_TYPES = IDENTIFIER_TYPES | {"PASSWORD"}
# Values an answer that trails off begins, however short ("It's one nine one..."): a plate too.
_TRAILING_TYPES = IDENTIFIER_TYPES | {"VEHICLE_PLATE"}
# Types whose values are digits: asked for together, their digits may run into one number.
DIGIT_TYPES = IDENTIFIER_TYPES | {"CARD_EXPIRY", "CARD_SECURITY_CODE", "DATE_OF_BIRTH"}
# Long values read back by their first six or last four digits alone: "087 245... was it
# 9913?", "the card ending 4471".
_READ_BACK_BY_ITS_ENDS = frozenset(("PHONE_NUMBER", "CREDIT_CARD", "BANK_ACCOUNT", "IBAN",
                                    "MEMBER_ID", "NATIONAL_ID", "US_SSN"))
_LONG_VALUE = 8  # digits
_YEAR_LIKE_RE = rx.compile(r"(?:19|20)\d\d")
# Where part of a value is read back to be checked: a question or a pause after it, or "was
# it", "ending", "at the end" around it ("Sorry, 087 245... was it 9913?").
_READ_BACK_BEFORE_RE = rx.compile(r"(?:was it|is it|ending(?: in)?|ends? in|finishing(?: in)?|"
                                  r"\.\.\.|…) ?$")
_READ_BACK_AFTER_RE = rx.compile(r" ?(?:\?|\.\.\.|…| at the end\b)")


def _read_back_part(canon: str, cand: Candidate) -> bool:
    """The number stands where a read-back puts part of a value to be checked."""
    return _READ_BACK_BEFORE_RE.search(canon, max(0, cand.cstart - 16), cand.cstart) is not None \
        or _READ_BACK_AFTER_RE.match(canon, cand.cend) is not None
_HEAD, _TAIL = 6, 4
_PIECE = 3  # characters of a code with letters (a postcode's district, a plate's letters)


def _code_ends(canonical: str) -> list[tuple[str, str]]:
    """A code's first and last parts as they may be read back alone: its own groups where it
    was said in groups ("ls6" and "2rd" of "ls6 2rd"), else its first and last three
    characters ("hxp" of "h x p p for peter"); only those with a letter."""
    groups = [_alnum(g) for g in canonical.split()]
    groups = [g for g in groups if g]
    if len(groups) >= 2 and all(len(g) >= 2 for g in (groups[0], groups[-1])):
        ends = [("head", groups[0]), ("tail", groups[-1])]
    else:
        compact = "".join(groups)
        if len(compact) <= _PIECE:
            return []
        ends = [("head", compact[:_PIECE]), ("tail", compact[-_PIECE:])]
    return [(end, piece) for end, piece in ends
            if _PIECE <= len(piece) <= _PIECE + 1 and not piece.isdigit()]


_CONTEXT = PhraseTable(CONTEXT_PHRASES)
CONTEXT_WORDS = frozenset(w for phrases in CONTEXT_PHRASES.values() for p in phrases
                          for w in p.split())
_NAME_REQUESTS = PhraseTable({"PERSON": NAME_REQUESTS})
_VERIFYING = PhraseTable({"CHECK": VERIFYING_PHRASES})
_SECURITY_QUESTIONS = PhraseTable({"CHECK": SECURITY_QUESTION_PHRASES})
_CALL_RECORDED = frozenset(("recorded", "monitored", "recording", "monitoring"))
_CALL_RECORDED_REACH = 30  # characters before a check's words where a recording is spoken of
_NAME_LABELS = PhraseTable({"ONE": NAME_REQUESTS + PEOPLE_LABELS, "LIST": PEOPLE_LISTS,
                            "ROLE": SPEAKER_ROLES + WORKER_LABELS})
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_ORD = r"(?:st|nd|rd|th)?"
_HOLIDAY = "(?:" + "|".join(h.replace(" ", r"\s") for h in HOLIDAYS) + ")"  # for re.VERBOSE
# A letter of a code in any alphabet ("register no. УБ89041512"), but not of the scripts
# written without spaces, where a code's letters cannot be told from the words around it.
_LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
_CANDIDATE_RE = rx.compile(
    rf"""(?P<email>[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\.[a-z]{{2,}})?)
    |(?P<ip>\b\d{{1,3}}(?:\.\d{{1,3}}){{3}}\b(?!\.\d)|\b[0-9a-f]{{0,4}}(?::[0-9a-f]{{0,4}}){{2,7}}\b)
    |(?P<date>\b(?:{_MONTH}\s(?:of\s)?(?:the\s)?\d{{1,2}}{_ORD}(?:,?\s\d{{4}}|,?\s\d{{2}}(?![:.]\d))?
        |(?:the\s)?\d{{1,2}}(?:st|nd|rd|th)\sof\sthe\s\d{{1,2}}(?:st|nd|rd|th)(?:,?\s\d{{2,4}})?
        |{_MONTH}(?:\sof)?,?\s\d{{3,8}}
        |{_MONTH},?\s['’]\d{{2}}\b
        |(?:the\s)?\d{{1,2}}{_ORD}\s(?:of\s)?{_MONTH}(?:,?\s\d{{2,4}})?
        |(?:the\s)?\d{{1,2}}{_ORD}\sof\s\d{{2,4}}
        |\d{{1,2}}/(?:19|20)\d{{2}}
        |\d{{1,4}}(?:[/-]|\s/\s)\d{{1,2}}(?:(?:[/-]|\s/\s)\d{{2,4}})?
        |(?:(?:the\s)?day\s(?:before|after)\s)?{_HOLIDAY}(?:,?\s\d{{2,4}})?
        |\d{{4}}\s?年\s?\d{{1,2}}\s?月\s?\d{{1,2}}\s?日)\b)
    |(?P<keep>[$£€₹¥₩₦₱]\s?\d[\d,]*(?:\.\d+)?|\b\d{{1,2}}:\d{{2}}(?:[ap]m)?\b|\b\d+\.\d+\b(?!\.\d))
    |(?P<grouped>\b\d+(?:\.\d+){{2,}}\b)
    |(?P<alnum>\b(?=(?:{_LETTER}|-)*\d)(?=[\d-]*{_LETTER})(?:{_LETTER}|\d)(?:{_LETTER}|\d|-)*(?:{_LETTER}|\d)\b)
    |(?P<number>\+?\b\d+\b)""",
    re.VERBOSE,
)


_IP_PART_RE = rx.compile(r"(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){1,2}")
_NEW_SENTENCE_RE = rx.compile(r"\?|[.!]\s+[^\W\d_]")
_LONG_WORD_RE = rx.compile(r"[a-z]{3,}")
# What follows a labelling noun that names a value: "dispute FD-40318", "job #5521", "quote
# q 4471" (its letters, then its digits, and no more than that).
_LABELLED_VALUE_RE = rx.compile(r" ?[#:]? ?(?:([a-z]{1,4})[ -]?)?(\d+(?:[ -]\d+)*)(?![a-z\d])")
_LABELLED_MAX_DIGITS = 8  # a reference longer than this is a phone's or an account's shape
# What says a value after a business noun is someone's: "complaint 44120991 is my account".
_SOMEONES_AFTER_RE = rx.compile(r",? (?:is|was|that's|thats|it's) (?:my|his|her|their|our|your)\b"
                                r"|,? (?:[a-z]+ )?(?:january|february|march|april|may|june|july"
                                r"|august|september|october|november|december)\b"
                                r"| ?\d[a-z]{2}\b| [a-z]\b")  # a month (a date), a postcode's
# inward part, a national number's last letter ("report QQ 12 34 56 C")
_CONTRAST_RE = rx.compile(r"\b(?:but|whereas|while)\b")
# A phrase that goes on to its own value: "but my account number is 88120345".
_OWN_VALUE_AFTER_RE = rx.compile(r"(?: (?:is|was|it's|its|'s))?:? ?[a-z]{0,2} ?\d")
_LABELS_THE_NEXT_RE = rx.compile(r":? ?(?:[a-z]{1,6} ?)?\d")
_CLAUSE_BREAK_RE = rx.compile(r"[,;]\s|\s[(—–]")  # (a dash too: "on 3 May — the name of")
_NEW_PHRASE_RE = rx.compile(r"\band (?:your|my|his|her|our|their) ")
_SENTENCE_END_RE = rx.compile(r"[.?!](?:\s|$)")
_FULL_STOP_RE = rx.compile(r"[.?!]\s")  # ... with more after it (not "r$ 1.249,90")
_CLAUSE_AFTER_RE = rx.compile(r" (?:it's|its|it is|i|i'm|we|we're|you|you're|they|they're|"
                              r"he|he's|she|she's|then)\b")  # a subject: a clause goes on
# "That's (still) my number.": a value just read out owned, with nothing asked after it.
_OWNS_WHAT_WAS_SAID_RE = rx.compile(
    r"(?:^|[.,!?] |yes |yeah |yep )(?:that's|thats|that is|that was|those are)"
    r"(?: \S+)? $")
_SENTENCE_ENDS_RE = rx.compile(r" ?(?:[.!…]|$)")
# Words before another name of the person just named: a nickname ("... but everyone calls me
# Tilly") or the other part of the name ("adebayo, first name oluwaseun").
_SAME_PERSON_BEFORE = rx.compile(
    r"(?:calls? (?:me|him|her|them)|goes by|go by|(?:everyone|everybody|people|they) says?"
    r"|known as|nickname(?:'s| is)?|prefers?|short for"
    r"|(?:first|1st|given|middle|last|family|sur) ?names?(?:'s| is| was)?)\W*$", re.IGNORECASE)


_OTHER_PERSON = rx.compile(
    r"\b(?:my|his|her|their|your|our|whose)\b|'s\b|\b(?:and|with|plus)\b", re.IGNORECASE)
_SAME_PERSON_REACH = 40  # characters between the name and the other name of the same person


def _same_person(text: str, start: int, end: int) -> bool:
    """Do the words between the last name (ending at `start`) and the next (at `end`) give
    another name of the same person? Not when they speak of someone else ("my wife's first
    name is", "his son, known as", "and her surname")."""
    if end - start > _SAME_PERSON_REACH:
        return False
    m = _SAME_PERSON_BEFORE.search(text, start, end)
    return m is not None and _OTHER_PERSON.search(text, start, end) is None
# Every candidate the regular expression above can find holds a digit, an "@" or a ":".
_VALUE_HINT_RE = rx.compile(r"[\d@:]")
# "one" as a pronoun, which the normaliser writes as a digit: "is it the long 1 on the card".
_ONE_PRONOUN_RE = rx.compile(r"\b(the|that|this|long|short|new|old|other|same|big) 1\b(?! ?\d)")
# A number, then words of three letters or more up to the next value: "1450 kr by swish from ".
_LONG_NUMBER_DIGITS = 7
_OWN_VALUE_THEN_WORDS_RE = rx.compile(r"\d[^\d\s]*(?: [a-z']+)*(?: [a-z']{3,}){2} $")


@dataclass(slots=True)
class RedactionResult:
    """Redacted text and the findings, with offsets into the input text."""

    text: str
    entities: list[Finding]
    placeholders: list[str]  # what stands in the text for each finding, in order


# Between a business's record and its number: "a case, the number's ...", "a ticket, its ID".
_ITS_OWN_RE = rx.compile(r",? (?:the|its|and the|and its) ")
# ... where the business has just made the record, in the same sentence.
_RECORD_OPENED_RE = rx.compile(r"\b(?:opened|raised|logged|created|set up|booked|issued|filed|"
                               r"lodged|generated|submitted|reopened|put in)\b[^.?!]*$")
_OPENED_REACH = 48  # characters before the record's noun
# ... but a number a phone's length is no record's: "I've raised a claim, the number's 0412 ..."
_PHONE_SHAPED_RE = rx.compile(r"\D{0,8}(?:\+|0)\d{9,}")


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    label: str
    answered: bool = False
    generic: bool = False  # "number", "id", "#": someone's value, of no type in particular


_LISTED_NAME_WORDS = 2  # words of a name after "and" before the next birth date of a list


class Redactor:
    """Configuration plus detector registry; thread-safe, built once per process."""

    def __init__(
        self, policy: RedactionPolicy | None = None, detectors: dict[str, Detector] | None = None
    ) -> None:
        self.policy = policy or RedactionPolicy()
        self.detectors = detectors if detectors is not None else default_detectors()
        secret = self.policy.hash_key
        self._key = secret.get_secret_value().encode() if secret else os.urandom(32)

    def session(self, state: SessionState | None = None) -> RedactionSession:
        """A session for one conversation, resumed from `state` when given."""
        return RedactionSession(self, state or SessionState())

    def redact_text(self, text: str) -> RedactionResult:
        """Redact one stand-alone text, with no conversation context."""
        return self.session().redact(text)


class RedactionSession:
    """Redacts one conversation's utterances in call order."""

    def __init__(self, redactor: Redactor, state: SessionState) -> None:
        self.redactor = redactor
        self.state = state
        self._continuing: frozenset[str] = frozenset()  # types whose value this utterance goes on
        self._only_continuing: frozenset[str] = frozenset()  # see `_analyze`
        self._date_parts_end = -1  # where the parts of a birth date this utterance said end
        self._street_named = False  # a street's name said without its street word
        self._tentative_secret = False  # only capitals guessed at a secret (see `_secrets`)
        self._kept_here = False  # a value of the business's kept in this utterance
        self._value_said = False  # `state.last_value` was set by this utterance
        self._after_an_answer = False  # the last turn answered a question for a secret
        self._asked_before = ""  # what the last turn left asked for (see `SessionState`)
        self._read_back_before: tuple[str | None, str | None] = (None, None)  # ... and the
        # value it said and who (`SessionState.read_back`)

    def redact(self, text: str, speaker: str | None = None) -> RedactionResult:
        """Redact one utterance and advance the conversation state.

        `speaker` (the Genesys channel, say) lets an answer be read with the other party's
        question and a cut-off number with the same speaker's continuation.
        """
        findings = self._analyze(text, speaker)
        policy = self.redactor.policy
        findings = [f for f in findings if f.type in policy.entities]
        if not findings:
            return RedactionResult(text, [], [])
        parts, placeholders = [], []
        pos = 0
        book = Pseudonyms(self.redactor._key, self.state)
        continuing = set(self._continuing)  # the first value of such a type goes on the last
        person, person_end = None, 0  # this utterance's last person so far, and where it ends
        for f in findings:
            parts.append(text[pos:f.start])
            value = text[f.start:f.end]
            if policy.placeholder == "type":
                placeholders.append(type_placeholder(f.type))
            elif f.type == "PERSON":
                if person is not None and _same_person(text, person_end, f.start):
                    # "alejandro ramirez garza but everyone says alex", "chen, first name
                    # ivy": one person, one tag
                    placeholders.append(book.alias(value, person))
                else:
                    placeholders.append(book.person(value))
                # out of tags ("[REDACTED_PERSON]"): no tag for another name to join
                tagged = placeholders[-1] != type_placeholder("PERSON")
                person, person_end = (placeholders[-1][1:-1] if tagged else None), f.end
            else:
                placeholders.append(book.value(f.type, value, f.type in continuing))
                continuing.discard(f.type)
            parts.append(placeholders[-1])
            pos = f.end
        parts.append(text[pos:])
        return RedactionResult("".join(parts), findings, placeholders)

    # -- analysis -----------------------------------------------------------------------------

    def _analyze(self, text: str, speaker: str | None) -> list[Finding]:
        self._tentative_secret = False
        self._kept_here = False  # a value of the business's was kept (`_remember_kept`)
        self._value_said = False  # `state.last_value` was set by this utterance
        self._after_an_answer = bool(self.state.answer_words)
        self._asked_before = self.state.asked_for or ""
        self._read_back_before = (self.state.read_back, self.state.read_back_by)
        norm = normalize(text)
        canon = norm.canonical
        if _is_backchannel(norm) and not self._names_known_in(norm):
            self._hold(speaker)  # "mm hm", "go on": the conversation waits on
            if speaker == BUSINESS_SIDE and self.state.verifying and not self.state.passed \
                    and self.state.last_value == "PASSWORD" and _only_waits(norm):
                # "take your time maam" after the caller's guesses: the agent's question
                # stands (and what someone beside the caller says: "he says bata elementary";
                # not after "hang on a sec" alone: "the kids have Peppa on the telly")
                self.state.expect = [e for e in self.state.expect if e.type != "PASSWORD"] + [
                    Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES, speaker=speaker,
                                questioned=True)]
            return []
        if any(e.type == "PASSWORD" for e in self.state.expect) and _still_coming(norm):
            self._hold(speaker)  # "okay waiting", "nothing yet you know", "it can take up to a
            return []  # minute sometimes": the code sent is still to come, and read out later
        if (echoed := self._echoed(norm, speaker)) is not None:
            self._hold(speaker)  # "it's j t" / "j t" / "five two": the listener says the part
            # back and the reader goes on
            pieces = [p for p in norm.pieces if p.kind != "punct"]
            return [Finding(echoed, pieces[0].start, pieces[-1].end, SCORE_EXPECTED)]
        has_values = _VALUE_HINT_RE.search(canon) is not None
        candidates = _candidates(norm, has_values, ip_parts=any(
            e.type == "IP_ADDRESS" and e.applies_to(speaker) for e in self.state.expect),
            letter_goes_on=any(e.same_speaker and e.digits and e.type in OPEN_LENGTH_TYPES
                               and e.applies_to(speaker) for e in self.state.expect))
        by_start = sorted(candidates, key=lambda c: c.cstart)
        starts = [c.cstart for c in by_start]
        hits: list[_Hit] = []
        lacking: list[_Hit] = []  # cues of what something has none of: "no account pin"
        asked_for_id = any(e.type in IDENTIFIER_TYPES and e.applies_to(speaker)
                           for e in self.state.expect)
        awaited = any(e.applies_to(speaker) and e.speaker not in (None, speaker)  # asked of it
                      for e in self.state.expect)
        question: list[bool] = []


        def is_question() -> bool:
            if not question:
                question.append(_is_question(norm))
            return question[0]
        for start, end, label in _CONTEXT.find(norm):
            if label == KEEP and canon.startswith("case", start) \
                    and canon[max(0, start - 6):start].split()[-1:] in (["lower"], ["upper"]):
                continue  # "all lower case": how letters are typed, no case's number
            if label == KEEP and asked_for_id \
                    and _WHERE_WRITTEN_RE.search(canon, max(0, start - 24), start):
                continue  # "whats your customer number" / "its on the invoice c v 4417": where
                # the asked value is written, not what it is
            phrase = canon[start:end]
            if phrase == "since" and _CLAUSE_AFTER_RE.match(canon, end):
                continue  # "we've changed it since it's s k 22 b n f now": a clause's "since"
            if label == "VEHICLE_PLATE" and phrase.endswith("'s") \
                    and phrase[:-2] in _VEHICLES and not _PLATE_SHAPED_RE.match(canon, end):
                continue  # "the car's a v w golf", "the car's f150": what it is, no plate
                # (but "the truck's c k z m 412")
            if label == "VEHICLE_PLATE" and (phrase.startswith(_OWNERS_OF_VEHICLES)
                                             or phrase.endswith("'s")) \
                    and (after := _NEXT_WORD_RE.match(canon, end)) is not None \
                    and everyday_word(after[1]) and after[1] not in ("is", "was"):
                continue  # "my truck payment", "the van's engine": whose vehicle, then no
                # plate but what of it
            if label == "PHONE_NUMBER" and phrase in _MEDIUMS \
                    and canon[max(0, start - 10):start].endswith(_BY_MEDIUM):
                continue  # "i do need you to read it out on the phone", "over the phone": how,
                # not which number
            if label == KEEP and phrase == "case" and canon.endswith("in ", 0, start) and (
                    (after := _NEXT_WORD_RE.match(canon, end)) is None
                    or after[1] in FUNCTION_WORDS or not canon[end:end + 1].isspace()):
                continue  # "Waterford X91 K2D8 in case your records ...", "my cell in case:
                # 082 ...", "just in case, ...": no case's number
            if label == KEEP and phrase == "order" and canon.endswith(("in ", "of "), 0, start) \
                    and not any(ch.isdigit() for ch in canon[end:end + 3]):
                continue  # "enter them in order", "out of order": no order's number
            if label == KEEP and phrase in ("part", "parts") \
                    and canon[max(0, start - 12):start].rsplit(None, 1)[-1:] in _PLACES_IN_A_VALUE:
                continue  # "no sorry the last part is 087 not 3": where in the value, no part
            if _labelling_noun(phrase) and (awaited or not _labels_a_value(canon, end)):
                continue  # "opened dispute FD-40318", not "I'll add it to the shipment" nor,
                # with a postcode asked for, "the job's at M14 5RQ"
            if phrase in _BARE_OWNERS and _spelled_into_digits(norm, start):
                continue  # "the new confirmation c i f seven seven two ...": the value's own
                # letters, spelled, no owner's cue
            if (phrase in _BARE_OWNERS or (phrase.endswith("s") and phrase[:-1] in _BARE_OWNERS)) \
                    and not _owner_s_identifier(
                    by_start, starts, canon, end):
                continue  # "a member since 2009", "a client call at nine thirty"; but "my
                # frequent flyer is QF 8812 4409", "Medicare is 2953 81742 1"
            if label == KEEP and _someones_reference(norm, start) and (
                    is_question() or not _REQUESTING.isdisjoint(norm.texts)):
                label = "MEMBER_ID"  # "can i take your tenancy reference?", "... please"
            if label == "MEMBER_ID" and phrase in ("number", "numbers") \
                    and _CONTACTED_ON_RE.match(canon, end):
                label = "PHONE_NUMBER"  # "which number should we call when it's ready", "the
                # number you want us to text"
            owned_only = canon[start:end] in OWNED_ONLY_PHRASES and label != "PHONE_NUMBER"
            after_cue = owned_only and hits and canon[hits[-1].end:start].isspace()
            if after_cue and label == "MEMBER_ID" and hits[-1].label != KEEP:
                hits[-1].end = end  # "driver's license" + "number": the first names it
            elif after_cue and hits[-1].label == KEEP and not _possessed(norm, start):
                continue  # "room number?": so does a business word, unless it is someone's
            elif label == "MEMBER_ID" and (owned_only or phrase not in _MEMBER_PHRASES) \
                    and speaker in (BUSINESS_SIDE, None) and hits and hits[-1].label == KEEP \
                    and not _PHONE_SHAPED_RE.match(canon, end) \
                    and canon[hits[-1].start:hits[-1].end] in BUSINESS_REFERENCES \
                    and _ITS_OWN_RE.fullmatch(canon, hits[-1].end, start) \
                    and _RECORD_OPENED_RE.search(canon, max(0, hits[-1].start - _OPENED_REACH),
                                                 hits[-1].start):
                continue  # "I've opened a leak allowance case, the number's LA-22907" (not
                # "for the refund, the number is 07700 900461", nor the caller's "my bank
                # opened a case, the number's ...")
            elif label == "MEMBER_ID" and speaker == BUSINESS_SIDE and phrase in _HEAD_WORDS \
                    and not _PHONE_SHAPED_RE.match(canon, end) and _made_just_now(canon, start):
                continue  # "I'll put a hold on the bill ... your hold number is h 5 5 2 1 9":
                # the record the agent has just made, whatever the business calls it
            elif label != KEEP and _NONE_OF_IT_RE.search(canon, max(0, start - 24), start):
                lacking.append(_Hit(start, end, label))  # "there's no account pin on this
                # one, so ... what's the address": what the account lacks, if something else
                # is asked for after it
            elif not owned_only or _owned(norm, start, is_question) \
                    or (_INVITED_OR_OFFERED_RE.search(canon, max(0, start - 48), start)
                        and not canon.startswith(" of", end)):
                # ("go ahead with the id whenever you're ready": the one asked for; "I will
                # tell you the number, you note it": the one offered)
                hits.append(_Hit(start, end, label, generic=label == "MEMBER_ID" and (
                    # a bare "number", or a reference made someone's above
                    owned_only or canon[start:end] not in _MEMBER_PHRASES)))
        if lacking and not any(h.start > lacking[0].end and h.label != KEEP
                               and _ASKED_AFTER_RE.search(canon, lacking[0].end, h.start)
                               for h in hits):
            hits = sorted(hits + lacking, key=lambda h: h.start)  # (but "there's no password
            # on the account yet, would you like to set one?": that is what is asked)
        if _FAVOURITE_RE.search(canon) and is_question():
            hits = _favourites_asked(canon, hits)
        hit_starts = [h.start for h in hits]  # phrases are found left to right, never overlapping
        hit_ends = [h.end for h in hits]

        def context_for(cand: Candidate) -> _Hit | None:
            return _context_for(hits, hit_starts, hit_ends, cand, canon)
        applying = [e for e in self.state.expect if e.applies_to(speaker)]
        active = [e.type for e in applying]
        expected = [t for t in active if t in self.redactor.detectors]
        # A number cut off at the end of the last utterance: type -> its digits heard so far.
        continued = {e.type: e.digits for e in applying
                     if e.same_speaker
                     and e.type not in (SPELLING_ON, STREET_AFTER_NUMBER, STREET_WORD_NEXT)}
        if "PASSWORD" in continued:  # a secret the speaker's last turn left unfinished goes
            # on: its letters are no e-mail's or login's ("so it's capital B" / "Mm-hmm." /
            # "then i s c u i t", after "the email always goes to junk")
            expected = [t for t in expected if t not in _SPELLED_LIKE_A_SECRET]
        self._continuing = frozenset(continued)
        self._street_named = False
        # ... of which those only a value cut off (not a cue cut off: "... the account number
        # is") waits for, that nobody asked for either
        self._only_continuing = frozenset(
            e.type for e in applying if e.same_speaker and e.digits
            and e.type != SPELLING_ON) - {
            e.type for e in applying if not e.same_speaker}
        found: list[tuple[Finding, int]] = []  # finding, canonical end
        added: set[str] = set()  # the types `add` found

        def add(entity_type: str, cstart: int, cend: int, score: float) -> None:
            start, end = norm.to_original(cstart, cend)
            found.append((Finding(entity_type, start, end, score), cend))
            added.add(entity_type)
            self._remember_value(entity_type, canon[cstart:cend])
            if entity_type in DIGIT_TYPES or entity_type in _ASKED_AGAIN:
                self.state.last_value = entity_type
                self._value_said = True

        # Most utterances hold no digits at all: skip the scans, unless the utterance ends
        # with a street type (a typed address line: "Ballyvaughan Road").
        vetoed: list[tuple[int, int, _Hit]] = []  # postcodes a business word seemed to name
        if has_values or _STREET_WORDS.intersection(norm.texts[-2:]) \
                or not _DWELLINGS.isdisjoint(norm.texts) \
                or (", co" in canon and county_after(canon)):  # "it's apartment b now",
            # "Main Street, Tuam, Co. Galway"
            for cstart, cend in find_ibans(canon):
                add("IBAN", cstart, cend, SCORE_VALIDATED)
            for cstart, cend in plates_after_vehicles(canon):
                add("VEHICLE_PLATE", cstart, cend, SCORE_CONTEXT)
            addresses = find_streets(canon) + _zips_after_a_typed_state(norm)
            streets = [(s, e) for t, s, e in addresses if t == "STREET_ADDRESS"]
            for entity_type, cstart, cend in addresses:
                first = norm.piece_at(cstart)
                if first.kind == "spelled" and first.text in UNIT_WORDS:
                    continue  # a unit's word is not spelled out: "id a p t six six three ..."
                if entity_type == "ZIP_CODE" and "ZIP_CODE" not in active \
                        and context_for(Candidate("code", "", cstart, cend)) is None \
                        and _a_model_s_case(norm, cstart, cend):
                    continue
                near = context_for(Candidate("code", "", cstart, cend)) \
                    if entity_type == "ZIP_CODE" else None
                if near is None or near.label != KEEP or any(
                        s <= near.start < e or (near.start < s and e <= cstart and (
                            not canon[cstart:cend].isdigit() or (
                                canon[e:cstart] == ", " and canon[cend:cend + 1] == " "
                                and canon[cend + 1:cend + 2].isalpha())))
                        for s, e in streets):
                    # "part x7b 2c9": a postcode's shape; but "1208 case avenue, saint paul,
                    # 55106": a business word in the street's name names nothing, nor one
                    # before the street ("the options pack to 14 glen street, pa2 8lh",
                    # "invoice to lindenstraße 7, 20099 hamburg")
                    add(entity_type, cstart, cend, SCORE_CONTEXT)
                else:
                    vetoed.append((cstart, cend, near))
            # an address block's line, where no other value was asked for (privacy first: a
            # line such as "Kitchen 12345" goes too, nothing tells a town from a word)
            line = postcode_line(canon) if _ADDRESS_TYPES.issuperset(expected) else None
            if line is not None and all(p.kind != "spelled" for p in norm.pieces) \
                    and context_for(Candidate("code", "", *line)) is None:
                add("ZIP_CODE", *line, SCORE_CONTEXT)  # "80331 München", not "i n v l m 14427"
            if ":" in canon:  # a form's address line: its label says what every part is
                for entity_type, cstart, cend in labelled_address(canon):
                    add(entity_type, cstart, cend, SCORE_CONTEXT)
            if ZIP_AFTER_STREET in active:  # five digits with no context of their own
                for m in _BARE_ZIP_RE.finditer(canon):
                    if context_for(Candidate("number", m[0], *m.span())) is None \
                            and (len(m[0]) != 4 or _typed_alone(norm, *m.span())
                                 or (_one_word_each(norm, *m.span())
                                     and not _among_letters(norm, *m.span()))):
                        # "yep oh six one oh", not "twelve thirty" or "h g 8245 q 2"
                        add("ZIP_CODE", *m.span(), SCORE_CONTEXT)
        if ("STREET_ADDRESS" in expected or STREET_AFTER_NUMBER in active) \
                and (street := answered_street(canon)) is not None:
            add("STREET_ADDRESS", *street, SCORE_EXPECTED)  # "the old manse croft road"
        elif STREET_AFTER_NUMBER in active and (street := street_name_said(canon)) is not None:
            add("STREET_ADDRESS", *street, SCORE_EXPECTED)  # "forty one" / "yep" / "wattle
            self._street_named = True  # like the tree": the name, its street word to come
        elif STREET_WORD_NEXT in active and (street := street_word_alone(canon)) is not None:
            add("STREET_ADDRESS", *street, SCORE_EXPECTED)  # ... / "mm hm" / "crescent"
        unclaimed: list[tuple[Candidate, _Hit | None]] = []
        kept_by_the_business: list[Candidate] = []
        any_identifier = ANY_IDENTIFIER in active
        business_asked = set(active) == {KEEP}  # a business's reference, nothing of someone's
        # "It's J K..." / "mm hm" / "...58 15...": an answer that trails off is the first part
        # of the value asked for, however short, and the rest is to come.
        trailing_end = len(canon.rstrip(" .…-—")) \
            if norm.original.rstrip().endswith(_TRAILING_OFF) else -1
        asked_ids = [t for t in expected if t in _TRAILING_TYPES]
        resumed = bool(continued) and norm.original.lstrip().startswith(_TRAILING_OFF)
        if trailing_end >= 0 and asked_ids:
            candidates += _edge_run(norm, at_start=False)
        elif awaited and asked_ids and (run := _edge_run(norm, at_start=False)) \
                and not continued and _opens_an_answer(
                norm, run[0], any(t in _DIGITS_ONLY for t in asked_ids),
                told_how_it_starts=speaker != BUSINESS_SIDE):
            candidates += run  # "it's yankee bravo" / "mm hm" / "six eight": letters and
            # digits that end an answer after its "it's" are its first part
            trailing_end = run[0].cend
        if resumed:
            candidates += _edge_run(norm, at_start=True)
        answered: tuple[str, int] | None = None  # the type and length of this answer's value
        # a row of someone's values ("Dean Mills,dmills@...,1979-02-11"): most texts have none
        this_year = date.today().year if has_values and may_be_record(canon) \
            and is_record(norm.pieces) else None
        listed: Candidate | None = None  # a business's value a list may go on with
        said_end = _tail(norm) if candidates else 0  # once: it reads the whole text
        given: set[str] = set()
        # once per utterance, not per candidate (a long text has many): where a read-back's
        # value opens, and whether the turn confirms one
        reading_back = _ReadBack(_confirming(norm), _read_back_opening(norm))
        for cand in candidates:
            hit = context_for(cand)
            if hit is None and listed is not None and _next_in_list(canon, listed, cand):
                hit = _Hit(cand.cstart, cand.cstart, KEEP)  # "two orders, 114-2290871-5530 and
                # 114-2290913-0042": the second of the list is the business's too
            alone = _all_it_says(canon, cand.cstart, cand.cend)
            if hit is not None and hit.label == KEEP and hit.end + 1 == cand.cstart \
                    and hit.end - hit.start <= _CODE_PREFIX_LETTERS \
                    and not IDENTIFIER_TYPES.isdisjoint(expected) \
                    and _written_as_a_code_prefix(norm, hit, cand):
                hit = None  # "(your driver's license number?) Yeah, it's RS 482910": capitals
                # that name a currency elsewhere ("Rs", "KES") open the code asked for (not
                # "THB 28,000", "r m a six six two")
            if hit is not None and hit.label == KEEP and hit.start >= cand.cend \
                    and _WHERE_IT_IS_WRITTEN_RE.match(canon, cand.cend, hit.start + 1):
                hit = None  # "we've got 07981 223 604 on the ticket": where it is written,
                # not what it is (its own shape says that)
            if hit is not None and hit.label == KEEP and hit.end < cand.cstart \
                    and cand.kind == "date" and not _DATE_TYPES.isdisjoint(expected) \
                    and _UNIT_OF_A_NUMBER_RE.search(canon, max(0, hit.start - _UNIT_REACH),
                                                    hit.start + 1) \
                    and _WORD_RE.search(canon, hit.end, cand.cstart):
                hit = None  # "(when does the card expire?) in 2 years i think, 09/27": the unit
                # says what the number before it is, not what the date after its clause is
                # (but "it's been 2 months, the bill went from 80 to 140": amounts)
            if hit is not None and hit.label == KEEP and hit.end < cand.cstart \
                    and _reached_on(norm, cand):
                hit = None  # "still charged a month on 0711 902 447": where someone is reached,
                # whatever was said of money before it
            if "IBAN" in continued and not cand.opens and hit is None \
                    and _after_a_bank_code(norm, cand):
                cand.opens = True  # "gb29" / "mhm" / "nwbk 6016 1331 ...": the IBAN goes on
            if continued and not cand.opens and hit is None and (
                    (starts[0] == cand.cstart and _after_an_aside(norm, cand))
                    or _the_rest_after_an_aside(norm, cand)):
                cand.opens = True  # the rest read out after an aside: "sorry the light in
                # here, two two six oh, that's it" (the first value said: not a correction);
                # "it's gone to the lock screen, one sec... and then 073" (the turn's last)
            # Values asked for together ("the expiry and the three digits on the back?") are
            # given in turn: one already given here is the last this one may be ("11/27, 604")
            waiting = sorted(expected, key=given.__contains__) if given else expected
            result = self._classify(cand, hit, waiting, continued, resumed, alone,
                                    trailing=0 <= trailing_end <= cand.cend
                                    or _cut_after_its_cue(norm, cand, hit, said_end)
                                    or _a_part_named(canon, cand, hit, self.state.last_value))
            if result is not None and len(expected) > 1 and result[0] in expected:
                given.add(result[0])
            if result is not None and result[0] == "CARD_EXPIRY" and hit is not None \
                    and "CARD_EXPIRY" not in expected and _DAY_OF_MONTH_RE.search(cand.text):
                result = None  # "a seat expiring on the 14th of may": a card has no day (asked
                # for, it goes all the same)
            if result is not None and result[0] == "EMAIL_ADDRESS" and speaker == BUSINESS_SIDE \
                    and "EMAIL_ADDRESS" not in expected and role_mailbox(cand.text) \
                    and _SENT_TO_RE.search(canon[max(cand.cstart - _OWNER_CHARS, 0):cand.cstart]) \
                    and not _WE_SEND_RE.search(canon[max(cand.cstart - _OWNER_CHARS, 0):
                                                     cand.cstart]):
                continue  # the agent's "email the photos to claims@atlasairways.com": where
                # to write, the business's mailbox (not "i've got your email as info@...",
                # "the account is registered to admin@...")
            if result is not None and hit is None and result[0] == "ROUTING_NUMBER" \
                    and cand.kind == "alnum" and named_by_business(norm, cand):
                result = None  # "I logged it as RITM0048821": a ticket shaped like an IFSC
            labelled = False  # a form's field: its own value, answering nothing before it
            read_out = False  # a code read out unasked: it answers nothing either
            if result is None and hit is not None and hit.label == "CARD_SECURITY_CODE" \
                    and cand.kind == "number" and canon[hit.start:hit.end] in _BARE_CODE_CUES \
                    and _ONE_TIME_DIGITS[0] <= len(cand.digits) <= _ONE_TIME_DIGITS[1]:
                result = "PASSWORD", SCORE_CONTEXT  # "it's asking for a code instead, 502
                # 118": a code too long for a card's is one sent to verify someone
            if result is None and hit is not None and hit.label == "CARD_SECURITY_CODE" \
                    and canon[hit.start:hit.end] in _BARE_CODE_CUES \
                    and "CARD_SECURITY_CODE" in expected and _a_lettered_code(cand):
                result = "PASSWORD", SCORE_CONTEXT  # "(what's the code on the letter?) the
                # code is b 7 q 4 r 2": a code asked for, with letters, is no card's
            if result is None and (hit is None or hit.label != KEEP) \
                    and cand.kind in ("number", "alnum") and len(cand.digits) >= 4 \
                    and _AS_A_SECRET_RE.match(canon, cand.cend):
                result = "PASSWORD", SCORE_CONTEXT  # "use 418552 as your one-time passcode"
            if result is None and hit is not None and hit.label != KEEP \
                    and cand.cstart >= hit.end and _form_identifier(norm, cand):
                # announced as a value its detector does not take ("Registration No.:
                # 780514-2038417"): privacy first, someone's number all the same
                result = "MEMBER_ID", SCORE_CONTEXT
            if result is not None and result[0] == "PASSWORD" and hit is not None \
                    and hit.label == "PASSWORD" and _sent_to(norm, cand):
                result = "PHONE_NUMBER", SCORE_CONTEXT  # "you'll get an OTP on 0501 234 567":
                # where the code goes, and the code is still to come
            if result is None and hit is not None and hit.label == "VEHICLE_PLATE" \
                    and _plate_digits(canon, hit, cand):
                result = "VEHICLE_PLATE", SCORE_CONTEXT  # "the plate is four five two uh ..."
            if result is None and hit is None and cand.kind == "number" \
                    and len(cand.digits) >= _CALLED_ON_DIGITS \
                    and _CALL_ME_RE.search(canon, max(0, cand.cstart - _CALL_ME_REACH),
                                           cand.cstart):
                result = "PHONE_NUMBER", SCORE_CONTEXT  # "call me 5912 0387": where to ring
            if result is None and hit is None and _identifier_shaped(cand):
                labelled = _after_label(norm, cand) or _owned_acronym_before(norm, cand)
                if labelled:
                    if _form_identifier(norm, cand):
                        result = "MEMBER_ID", SCORE_EXPECTED
                elif answered is not None and abs(len(cand.digits) - answered[1]) <= 2:
                    # "2906. Oh wait, no, that's my bank one. It's 8153.": a correction, or the
                    # second of two such values, is what the first one was
                    result = answered[0], SCORE_EXPECTED
                elif (any_identifier and len(cand.digits) >= _ANY_IDENTIFIER_DIGITS
                      and not _approximate(norm, cand)) or (
                        cand.kind == "number" and KEEP not in active and not continued
                        and len(cand.digits) >= _UNANNOUNCED_DIGITS
                        and not _ROUND_OR_DATED_RE.fullmatch(cand.digits)
                        and _read_alone(norm, cand) and not self._known_value(cand)):
                    result = "MEMBER_ID", SCORE_EXPECTED
                elif KEEP not in active and not continued and read_one_by_one(norm, cand) \
                        and not self._known_value(cand) and not self._the_business_s(norm, cand):
                    result, read_out = ("MEMBER_ID", SCORE_EXPECTED), True
            if result is None and hit is None and this_year is not None \
                    and _birth_date_in_record(norm, cand, this_year):
                result = "DATE_OF_BIRTH", SCORE_CONTEXT
            if result is None and hit is None and cand.kind in ("date", "number") \
                    and _SOMEONES_DATE_RE.search(canon, max(cand.cstart - _THEIRS_REACH, 0),
                                                 cand.cstart) \
                    and _adult_s_birth_year(cand, date.today().year):
                result = "DATE_OF_BIRTH", SCORE_EXPECTED  # "Maria Delgado, and mine's
                # 11/02/1982": someone's full date from before they could be a customer
            if result is None and hit is None and asked_ids \
                    and cand.kind in ("number", "spelled", "alnum", "code") and (
                        (cand.cend >= trailing_end >= 0 and len(cand.text) >= 2)
                        or (alone and len(cand.text) == 1)) and not (  # not "on page 2..."
                        asked_ids[0] == "VEHICLE_PLATE" and _no_plate_opening(norm, cand)):
                # ... and so is a single character that is all the answer says: "eight" /
                # "uh huh" / "kilo x-ray four two two"
                result = asked_ids[0], SCORE_EXPECTED
            if result is not None and result[1] < SCORE_VALIDATED and (
                    _a_count(canon, cand) or (
                        result[0] not in _DATE_TYPES and cand.kind == "number"
                        and _YEAR_RE.fullmatch(cand.text) is not None
                        and _a_year(canon, cand, awaited_only=not added.issuperset(expected))
                    ) or (  # (all it awaited given first: "... and the zip is 43604, I moved to
                        # Columbus in 2021 though")
                        (result[0] in IDENTIFIER_TYPES or result[0] in _MEASURED_NOT)
                        and cand.kind == "number" and _MEASURE_AFTER_RE.match(canon, cand.cend)
                        and _an_amount(norm, cand))):
                result = None  # "the address on file in five to seven business days": a count;
                # "(passport?) the fee is twenty thousand rupees": an amount
            if result is not None and result[1] < SCORE_VALIDATED \
                    and result[0] in _PRICED_NOT and _priced(norm, cand):
                result = None  # "a charge on my card ... for three eighty nine ninety nine":
                # a price said as one, after what it is for, no card's digits
            if result is not None and result[0] == "DATE_OF_BIRTH" \
                    and result[1] < SCORE_VALIDATED and "DATE_OF_BIRTH" not in expected \
                    and (hit is None or hit.label != "DATE_OF_BIRTH") \
                    and _no_birth_date(canon, cand):
                result = None  # "booked with Priya Thu 27/02", "paid 3/4/2025": a day of the
                # week's date, or one too recent to be a birth date (a birthday's date stays
                # one: "40th birthday, Saturday 16 August 2025" tells the year of birth)
            if result is not None and result[0] == "ZIP_CODE" and hit is None \
                    and "ZIP_CODE" not in active and _a_model_s_case(norm, cand.cstart, cand.cend):
                result = None
            if result is not None and result[1] < SCORE_VALIDATED and self.state.kept \
                    and (hit is None or not 0 <= cand.cstart - hit.end <= _RIGHT_AFTER) \
                    and self._kept(cand):
                result = None  # "I've logged job WO-7719045" ... "texts quoting WO-7719045":
                # the business's reference again, unless a cue right before it names it
            said_before = result is None and not _a_word_and_a_number(norm, cand) and (
                self._known_value(cand, reading_back.confirming, _read_back_part(canon, cand),
                                  _read_alone(norm, cand),
                                  paired=reading_back.whole(norm, cand))
                or self._known_shape(cand, hit, norm))
            if said_before:  # a value redacted earlier in the call, said again: just that,
                # with the letters said after it ("..., version KM")
                tail = _LETTER_TAIL_RE.match(canon, cand.cend) \
                    if said_before in CODE_TYPES else None
                add(said_before, cand.cstart, tail.end() if tail else cand.cend, SCORE_EXPECTED)
            elif result is None and self.state.kept and self._kept(cand):
                continue  # the business's reference again: no later rule claims it either
            elif result is None:
                unclaimed.append((cand, hit))
                if (hit is not None and hit.label == KEEP) or (
                        len(cand.digits) >= MIN_VALUE_DIGITS and named_by_business(norm, cand)):
                    listed = cand
                if (len(cand.digits) >= MIN_VALUE_DIGITS or spelled_name(cand.text)) and (
                        (hit is not None and hit.label == KEEP
                         and _a_business_reference(canon, hit))
                        or (hit is None and business_asked and not continued)
                        or named_by_business(norm, cand) or _made_just_now(canon, cand.cstart)):
                    self._remember_kept(cand)  # "your case number is ...", "I've logged job
                    # WO-7719045", an answer to "the ticket number?", "opened a dispute for
                    # $369.99, number DSP-30982": read back, it stays
                elif hit is not None and hit.label == KEEP and speaker == BUSINESS_SIDE \
                        and len(cand.digits) >= MIN_VALUE_DIGITS \
                        and 0 <= cand.cstart - hit.end <= _ANNOUNCED_REACH \
                        and canon[hit.start:hit.end].removesuffix(" is").rsplit(" ", 1)[-1] \
                        in _A_REFERENCE_S_NOUNS:
                    kept_by_the_business.append(cand)  # the agent's "your reference is f z
                    # 7731": kept if nothing else here takes it, and when the caller reads it
            else:
                if hit is None and not labelled and not read_out \
                        and result[0] in ANNOUNCED_TYPES \
                        and (result[0] in expected or result[0] == "MEMBER_ID"):
                    answered = result[0], len(cand.digits)
                cstart, cend = cand.cstart, cand.cend
                if labelled:  # "r.c. 935611/4827": the parts after a slash are the same number
                    tail = _SLASH_PARTS_RE.match(canon, cend)
                    cend = tail.end() if tail else cend
                elif result[0] in CODE_TYPES:
                    cstart, cend = _extend_code(norm, cstart, cend, result[0])
                elif cand.paren:  # "(206) 283-4600": the bracket goes with the area code
                    cstart -= 1
                add(result[0], cstart, cend, result[1])
                if hit is not None and not (hit.start >= cand.cend and _SENTENCE_END_RE.search(
                        canon, cand.cend, hit.start)) and not (
                        result[0] in _DESTINATIONS and hit.label != result[0]
                        and not hit.generic):
                    hit.answered = True  # but "G 441 8293. And your date of birth?" asks on,
                    # and "I've sent a code to 0438 227 619, can you read it out?" waits for
                    # the code: the number is where it went (a bare "number" it answers: "my
                    # wife's number is best for that, 306 773 9152")
        if has_values:
            _goes_on(norm, found, unclaimed, continued, add)
            _last_letter(norm, found, add)
            self._codes_read_out(norm, expected, hits, add)
        _letters_explained(norm, expected, found, add)
        self._date_parts_end = -1
        if "DATE_OF_BIRTH" in expected and all(f.type != "DATE_OF_BIRTH" for f, _ in found) \
                and (parts := _birth_date_parts(norm)) is not None:
            add("DATE_OF_BIRTH", *parts, SCORE_EXPECTED)
            self._date_parts_end = parts[1]
        # "Pardon?", "I'm sorry, what?": a question back to "your name?" names no one; the name
        # waits for the next turn (see `_advance`)
        name_expected = "PERSON" in active and not _only_asks_back(norm)
        if speaker == BUSINESS_SIDE and any(h.label == "PASSWORD" for h in hits):  # what the
            # caller's answers may be a number for, until the agent names another secret
            if not _PIN_WORDS.isdisjoint(p.text for p in norm.pieces):
                self.state.asked_for = "pin"
            elif self.state.asked_for == "pin":  # (a place or an amount asked in this turn
                self.state.asked_for = ""  # stays: see `_security_question`)
        # Secrets first: a bare answer to "your security word" is that, not a name.
        secrets = self._secrets(norm, "PASSWORD" in active
                                and ("PASSWORD" not in self._only_continuing
                                     or _a_rare_word_alone(norm)
                                     or _opens_with_a_code_group(norm)
                                     or _a_word_then_a_pause(norm)), hits,
                                spoken_of=speaker is not None and not applying and any(
                                    e.type == "PASSWORD" and e.speaker == speaker
                                    for e in self.state.expect),
                                answering=speaker not in (None, BUSINESS_SIDE) and any(
                                    e.type == "PASSWORD" and e.questioned
                                    and e.speaker not in (None, speaker)
                                    and e.utterances == EXPECT_UTTERANCES for e in applying),
                                asked_of=speaker not in (None, BUSINESS_SIDE) and any(
                                    e.type == "PASSWORD" and e.speaker == BUSINESS_SIDE
                                    and not e.same_speaker for e in applying),
                                given_only=speaker == BUSINESS_SIDE
                                and _only_spoken_of_by_the_caller(applying),
                                issuing=speaker == BUSINESS_SIDE,
                                confirming=speaker == BUSINESS_SIDE)
        found.extend(secrets)
        if speaker == BUSINESS_SIDE and asks_for_characters(norm.pieces) and (
                any(h.label == "PASSWORD" for h in hits)
                or (any(h.label != KEEP for h in hits) and _places_asked(norm.pieces))):
            self.state.asked_for = "characters"  # answered by their places, maybe after a
            # false start ("S, T, R, A... no, that's the old one"); of any value named ("from
            # your security number can i have the second digit and the fifth digit")
        for _, secret_end in secrets[-1:] if speaker != BUSINESS_SIDE else []:  # "2906. Oh
            # wait, that's my bank one. It's 8153." (not the agent's "that's right, 486.12 ...
            # so I see the 2022 F-150")
            length = sum(ch.isdigit() for ch in norm.piece_at(secret_end - 1).text)
            for cand, hit in list(unclaimed):
                if (hit is None or hit.label != KEEP) and cand.cstart >= secret_end \
                        and length and _identifier_shaped(cand) \
                        and abs(len(cand.digits) - length) <= 2 \
                        and not canon.endswith(_AT_A_PLACE_S, 0, cand.cstart):  # "... that's my
                    # birth year, it's 6602": a cue whose value this is not (but "2000 at the
                    # seven eleven": a shop's name)
                    add("PASSWORD", cand.cstart, cand.cend, SCORE_EXPECTED)
                    unclaimed.remove((cand, hit))
        if "EMAIL_ADDRESS" in expected and "@" not in canon \
                and norm.original.rstrip().endswith(_TRAILING_OFF) \
                and (opening := _opening_end(norm)) < (trailed := len(canon.rstrip(" .…-—"))) \
                and _handle_said(norm, opening, trailed):
            add("EMAIL_ADDRESS", opening, trailed, SCORE_EXPECTED)  # "(an email?) d moriarty
            # 77..." / "yep" / "...at gmail dot com": the address's first part, trailing off
        if "EMAIL_ADDRESS" in active and "PASSWORD" not in continued:  # (not the rest of a
            # secret being said: "so it's capital B" / "Mm-hmm." / "then i s c u i t")
            if piece := _EMAIL_PIECE_RE.match(canon) or _EMAIL_NAME_RE.match(canon):
                add("EMAIL_ADDRESS", *piece.span(1), SCORE_EXPECTED)  # "... / mm hm / at yahoo
                # dot co dot uk": the rest of an address asked for, read out in parts; or its
                # first part, however it ends ("priya dot n seventy two")
            for domain in _EMAIL_DOMAIN_RE.finditer(canon):  # "X as in x-ray, ..., then
                if is_tld(domain[2]):  # ..., at outlook dot com" (not "at least dot com is")
                    add("EMAIL_ADDRESS", *domain.span(1), SCORE_EXPECTED)
            named = _TYPED_EMAIL_NAME_RE.search(canon)  # "lan.nguyen at... I think it's
            if named is not None:  # gmail.com": a dotted name before "at", its domain after
                add("EMAIL_ADDRESS", *named.span(1), SCORE_EXPECTED)
                for part in _TYPED_DOMAIN_RE.finditer(canon, named.end()):
                    if is_tld(part[2]):
                        add("EMAIL_ADDRESS", *part.span(1), SCORE_EXPECTED)
        found.extend(self._usernames(norm, "USERNAME" in active and (
            "USERNAME" not in self._only_continuing or _goes_on_spelling(norm)), hits))
        names = self._names(norm, name_expected,
                            SPELLING_ON in active and _goes_on_spelling(norm), speaker)
        found.extend(names)
        for cstart, cend, near in vetoed:  # "Marisol Price, M14 5RQ": the word is a name's
            start, end = norm.to_original(near.start, near.end)
            if any(f.start < end and start < f.end for f, _ in names):
                add("ZIP_CODE", cstart, cend, SCORE_CONTEXT)
        self._dates_of_people(norm, unclaimed, [f for f, _ in names], add)
        self._next_of_a_list_of_birthdays(norm, unclaimed, [f for f, _ in names], add)
        _birthdays(norm, unclaimed, add)
        _ids_of_people(norm, unclaimed, [f for f, _ in names], add)
        _phones_of_people(norm, unclaimed, [f for f, _ in names], add)
        _plates_of_vehicles(norm, unclaimed, [h for h in hits if h.label == KEEP], add)
        _card_companions(norm, found, unclaimed, add)
        _theirs_too(norm, found, unclaimed, add)
        self._another_one(norm, unclaimed, add)
        if has_values and (self.state.last_value in DIGIT_TYPES
                           or self.state.last_value == "PASSWORD"):
            for k in _digit_choice(norm):  # "sorry was that 971 or 917", "was the end 5820 or
                # 5802?": the value's parts
                cstart = norm.cstarts[k]
                add(self.state.last_value, cstart, cstart + len(norm.texts[k]), SCORE_EXPECTED)
        self._corrections(norm, unclaimed, found, add, speaker)
        _spelled_again(norm, found, add)
        _said_again_at_once(norm, found, add)
        secret = "PASSWORD" in active or self.state.last_value == "PASSWORD"
        _spelled_after_itself(norm, add, "PASSWORD" if secret else "PERSON")
        _opening_letters(norm, found, add)
        for cstart, cend, entity_type in false_starts(
                norm, [f for f, _ in found if f.type in _RESTARTED]):
            add(entity_type, cstart, cend, SCORE_EXPECTED)
        if KEEP not in active:  # privacy first, what is read out and nothing claimed
            self._read_out_turn(norm, found, active, add)
            self._spelled_out(norm, unclaimed, found, add, speaker)
            self._long_numbers(norm, unclaimed, found)
            self._codes_after_names(norm, unclaimed, found)
            _rest_after_a_hold(norm, unclaimed, found)
        _contrasted_values(norm, found, unclaimed)
        _handles_with_digits(norm, found)
        _names_inside_handles(norm.original, found)
        found = _towns_kept(norm.original, found)
        found += _contact_names(norm, found)
        findings = _merge([_with_keys(norm.original, _before_a_field(norm.original, f))
                           for f, _ in found])
        if self._kept_here and not findings:
            self.state.last_value = None  # "(the reference for today's call is b e 7 7 2 0 1)
            # say that again": the business's value is the last said, no secret of before
        if self._value_said:
            self.state.last_value_by = speaker
        for cand in kept_by_the_business:
            start, end = norm.to_original(cand.cstart, cand.cend)
            if not any(f.start < end and start < f.end for f in findings):
                self._remember_kept(cand)
        self._advance(norm, hits, found, speaker, continued)
        return findings

    def _another_one(self, norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
                     add: Callable[[str, int, int, float], None]) -> None:
        """"oh and the old one was 87 65 43 21", "my other one is ...": another of the kind of
        value given last in the call."""
        last = self.state.last_value
        if last is None or (last not in DIGIT_TYPES and last != "PASSWORD"):
            return  # (a code too: "the new code is 6 0 3 8 ... The old one, 2 2 9 1, is dead")
        canon = norm.canonical
        taken = [k for k, (cand, hit) in enumerate(unclaimed)
                 if hit is None and len(cand.digits) >= _ANOTHER_ONE_DIGITS
                 and cand.kind in ("number", "alnum", "code", "grouped")
                 and not _YEAR_RE.fullmatch(cand.text)
                 and _UNIT_AFTER_RE.match(canon, cand.cend) is None
                 and _ANOTHER_ONE_RE.search(canon, max(cand.cstart - _ANOTHER_ONE_REACH, 0),
                                            cand.cstart)
                 and (last not in ("PASSWORD", "CARD_SECURITY_CODE") or _read_as_digits(
                     norm.original[slice(*norm.to_original(cand.cstart, cand.cend))]))]
        # (a code's digits read one by one, not an amount: "the current one is one fourteen
        # twelve")
        for k in taken:
            add(last, unclaimed[k][0].cstart, unclaimed[k][0].cend, SCORE_EXPECTED)
        _drop(unclaimed, taken)

    def _long_numbers(self, norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
                      found: list[tuple[Finding, int]]) -> None:
        """Privacy first: a number too long to count or price anything, that no cue announces
        and no business noun names ("okay, it's 22184730596 if you need it"), is someone's. It
        is whole: nothing said next is taken for its rest (no canonical end is given)."""
        covered = Covered(norm, found)
        for cand, hit in list(unclaimed):
            if hit is None and cand.kind == "number" and len(cand.digits) >= _LONG_DIGITS \
                    and not covered.overlaps(cand.cstart, cand.cend) \
                    and _MEASURE_AFTER_RE.match(norm.canonical, cand.cend) is None \
                    and len(cand.digits.rstrip("0")) > _ROUND_DIGITS \
                    and _AMOUNT_RE.fullmatch(norm.original, *norm.to_original(
                        cand.cstart, cand.cend)) is None \
                    and not self._the_business_s(norm, cand):
                start, end = norm.to_original(cand.cstart, cand.cend)
                found.append((Finding("MEMBER_ID", start, end, SCORE_EXPECTED), 0))
                self._remember_value("MEMBER_ID", cand.text)

    def _codes_after_names(self, norm: Normalized,
                           unclaimed: list[tuple[Candidate, _Hit | None]],
                           found: list[tuple[Finding, int]]) -> None:
        """Privacy first: a code of a few letters and digits typed right after someone's full
        name or after a dash, that no cue announces and no business noun names ("Salote Waqa
        AF-20417, Dawn Prasad AF-20988", "Tomasz Nowak – B07731842, DOB ..."), is that
        person's (a member's, a student's, a passport's number); not a business's reference
        ("Priya Shah, CASE-20931": a comma between, a business noun in it)."""
        ends = {finding.end for finding, _ in found if finding.type == "PERSON"
                and " " in norm.original[finding.start:finding.end].strip()}
        if not ends:
            return
        covered = Covered(norm, found)
        for cand, hit in unclaimed:
            start, end = norm.to_original(cand.cstart, cand.cend)
            if hit is None and cand.kind in ("alnum", "code") \
                    and _NAMED_CODE_RE.fullmatch(cand.text) \
                    and any(start - gap in ends and _NAME_TO_CODE_RE.fullmatch(
                        norm.original, start - gap, start) for gap in range(1, 4)) \
                    and not covered.contains(cand.cstart, cand.cend) \
                    and _code_letters(cand.text) not in BUSINESS_REFERENCES \
                    and _code_letters(cand.text) not in _BUSINESS_CODE_PREFIXES \
                    and not self._the_business_s(norm, cand):
                found.append((Finding("MEMBER_ID", start, end, SCORE_EXPECTED), 0))
                self._remember_value("MEMBER_ID", cand.text)

    def _codes_read_out(self, norm: Normalized, expected: list[str], hits: list[_Hit],
                        add: Callable[[str, int, int, float], None]) -> None:
        """A code read out in groups ("F-Q-K, three, C, one, seven"), where such a code was asked
        for, said before (known by all its characters, not its digits alone) or announced right
        before it ("rego one H X, seven W Q")."""
        code_types = [t for t in expected if t in CODE_TYPES]
        cues = {hit.end: hit.label for hit in hits if hit.label in CODE_TYPES}
        for cand in _read_out_groups(norm):
            read_type = self._joined(cand.text) or self._known_shape(cand, None, norm) or (
                code_types[0] if code_types else None) or next(
                (cues[end] for end in range(cand.cstart - 1, cand.cstart - _ANNOUNCES_MAX, -1)
                 if end in cues and _ANNOUNCES_RE.fullmatch(norm.canonical, end, cand.cstart)),
                None)
            if read_type is not None:
                add(read_type, cand.cstart, cand.cend, SCORE_EXPECTED)

    def _corrections(
        self, norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
        found: list[tuple[Finding, int]], add: Callable[[str, int, int, float], None],
        speaker: str | None,
    ) -> None:
        """"No, the end is 56, not 65.", "no it ends 9-1-6": the parts of the value just read
        back (or just said, in the same breath) that a correction puts right are that value's;
        then what this utterance said is what the next may correct."""
        given = [(f, cend) for f, cend in found if f.type in DIGIT_TYPES]
        if given:  # "one eight zero three seven two nine oh sorry the end is seven two six":
            # the speaker puts right the value they have just said
            value, cend = max(given, key=lambda item: item[1])
            rest = _words(norm.pieces[norm.piece_index(cend - 1) + 1:])
            before_digits = list(takewhile(lambda w: not w[:1].isdigit(), rest))
            after = [(cand, hit) for cand, hit in unclaimed if cand.cstart >= cend
                     and len(cand.digits) >= 2][:1]  # (not the count: "the last two are 64")
            if after and _names_a_part(before_digits) \
                    and len(after[0][0].digits) < sum(
                        ch.isdigit() for p in norm.pieces if value.start <= p.start < value.end
                        for ch in p.text) \
                    and (_puts_right(rest, to_first_digit=True) or (rest[:1] and (
                        rest[0] in _BEFORE_PUTTING_RIGHT or rest[0] in CORRECTION_OPENERS))):
                # (a part, put right: not "not 40 yet"; "oh wait the last two are 82")
                _put_right(norm, after, add, len(norm.original), value.type)
        read_back = self.state.read_back
        other_side = read_back is not None and self.state.read_back_by not in (None, speaker)
        if read_back is not None and (_corrects(norm) or (other_side and _sorry_corrects(norm))):
            _put_right(norm, unclaimed, add, len(norm.original), read_back)
        elif other_side and read_back is not None and _changed_since(norm):
            for cand, hit in unclaimed:  # "I changed that. It's 4477 now."
                if hit is None and len(cand.digits) >= 2 and _said_as_it_now(norm, cand):
                    add(read_back, cand.cstart, cand.cend, SCORE_EXPECTED)
        elif other_side and speaker is not None and read_back is not None:
            # "11/26?", "Sorry, 803.", "Reading back, 80-22-60, account ...", "Got it, 3rd of
            # March.": the other side reads it back, right or wrong
            opening = _read_back_opening(norm)
            opened = [cend for f, cend in found if opening < len(norm.pieces)
                      and f.start == norm.pieces[opening].start]
            for cand, hit in unclaimed:
                if hit is None and (len(cand.digits) >= 2 or cand.kind == "date") and (
                        _read_back_clause(norm, cand, opening)
                        or (opened and _LISTED_NEXT_RE.fullmatch(norm.canonical, opened[0],
                                                                  cand.cstart)
                            and _only_read_back_after(norm, cand))):
                    # ("11/27 and 604.": the values read back in the order given)
                    add(read_back, cand.cstart, cand.cend, SCORE_EXPECTED)
            sentence = _first_sentence(norm)
            first = _words(sentence)
            if _puts_right(first, to_first_digit=True) or _sorry_puts_right(first):
                # "Oh, sorry, no, the end's 904. I always get that wrong, it's a new phone.";
                # "No sorry, it's a 6 at the end, not a 9. 704 2281 6.": the whole of it again
                _put_right(norm, unclaimed, add, _value_said_after(norm, sentence), read_back)
        if self.state.read_back is not None and not _corrects(norm) \
                and _goes_on_from_before(norm):
            for cand, hit in unclaimed:  # "lima kilo two one" read back, "yeah, then b z x"
                if hit is None and len(cand.text) >= 2 \
                        and _UNIT_AFTER_RE.match(norm.canonical, cand.cend) is None \
                        and _TIME_AFTER_RE.match(norm.canonical, cand.cend) is None and (
                        cand.kind != "date" or self.state.read_back == "DATE_OF_BIRTH"):
                    add(self.state.read_back, cand.cstart, cand.cend, SCORE_EXPECTED)
        values = sorted((f for f, _ in found if f.type in _CORRIGIBLE or f.type == "PASSWORD"),
                        key=lambda f: f.end) if unclaimed else []
        value_ends = [f.end for f in values]
        for cand, hit in unclaimed if values else ():
            start, stop = norm.to_original(cand.cstart, cand.cend)
            k = bisect_right(value_ends, start) - 1
            if k < 0:
                continue
            value = values[k]  # "it shows 4 June 2007 but it's 14 June 2006": set against it
            aside = norm.original[value.end:start]
            if value.type in IDENTIFIER_TYPES and hit is None and cand.kind == "number" \
                    and 0 < start - value.end <= _ASIDE_REACH \
                    and aside.rstrip().endswith(("...", "…")) and "?" not in aside \
                    and not _PAUSING.isdisjoint(w.removesuffix("'s")
                                                for w in _WORD_RE.findall(aside.lower())) \
                    and not norm.original[stop:].strip(" .!"):
                add(value.type, cand.cstart, cand.cend, SCORE_EXPECTED)  # "it's 4471 0392 88,
                continue  # hang on, I need my glasses... 01.": its last digits after an aside
            if hit is not None and hit.label == KEEP \
                    and norm.to_original(hit.start, hit.end)[1] > value.start:
                continue  # a business's cue of its own; but one before the value set against
                # ("the passport on the booking should be P438 not P483") names neither
            if start - value.end > _CONTRAST_REACH:
                continue  # too far to be set against it (and the text between never read)
            between = [w for w in _WORD_RE.findall(norm.original[value.end:start].lower())
                       if w not in FILLERS]  # ("B3J 1Y6... oh no wait, B3H, sorry.")
            # "... it's 0412 at the start not four eight": the digits it is not were read as its
            not_it = between[-1:] == ["not"] and len(cand.digits) >= 2 \
                and value.type not in _DATE_TYPES  # not "3rd May 1980, not 40 yet"
            detector = self.redactor.detectors.get(value.type)
            # a code of letters is compared by its letters: "u h w, no sorry u h v"
            lettered = value.type in CODE_TYPES and (cand.kind == "spelled" or (
                cand.kind == "alnum" and value.type == "ZIP_CODE"))  # "B3J 1Y6... no, B3H"
            if between[-1:] == ["then"] and len(between) <= _CONTRAST_GAP \
                    and len(cand.digits) >= _NEXT_PART_DIGITS and value.type in CODE_TYPES \
                    and not _WORD_AFTER_RE.match(norm.canonical, cand.cend) \
                    and not _SENTENCE_END_RE.search(norm.original, value.end, start) \
                    and not _COUNT_OF_RE.match(norm.canonical, cand.cend) \
                    and _UNIT_AFTER_RE.match(norm.canonical, cand.cend) is None \
                    and _TIME_AFTER_RE.match(norm.canonical, cand.cend) is None:
                add(value.type, cand.cstart, cand.cend, SCORE_EXPECTED)  # its next part after
                continue  # an aside: "m e z n like meezan bank, then 0001 1002"
            # "2093. Wait, no, 2039.": nothing but a correction between, across a full stop
            put_right = bool(between) and not _PUTTING_RIGHT.isdisjoint(between) \
                and all(w in _CORRECTING for w in between)
            if value.type == "PASSWORD":
                if put_right and cand.digits and len(between) <= _CONTRAST_GAP:
                    add("PASSWORD", cand.cstart, cand.cend, SCORE_EXPECTED)  # "zero one no
                continue  # wait sorry zero seven": a secret's digits put right are the secret
            if len(between) <= _CONTRAST_GAP and (put_right or (
                    not CONTRAST_WORDS.isdisjoint(between)
                    and not _SENTENCE_END_RE.search(norm.original, value.end, start))) \
                    and detector is not None \
                    and (lettered or _identifier_shaped(cand) or not_it
                         or detector.with_context(cand) is not None):
                said = _characters_within(norm, value, lettered)
                again = cand.text if lettered else cand.digits
                # a copy put right, whole or its end only ("... 9164 sorry 9146"), or any
                # part of it after nothing but the words of a correction ("... no sorry 449660")
                if _near_copy(said, again) or _near_copy(said[-len(again):], again) or (
                        lettered and _near_copy(said[:len(again)], again)) or (
                        len(again) <= _full_length(value.type) and _identifier_shaped(cand)
                        and all(w in _CORRECTING for w in between)) or not_it:
                    add(value.type, cand.cstart, cand.cend, SCORE_EXPECTED)
                    if len(again) < len(said):  # the value as it stands now, for a read-back
                        self._remember_value(value.type, said[:-len(again)] + again)
        last = next(((f.type, cend) for f, cend in reversed(found) if f.type in _CORRIGIBLE),
                    None)
        digit_secrets = [(f, cend) for f, cend in found if f.type == "PASSWORD"
                         and _has_digits(norm.original[f.start:f.end])]
        alone = SpanIndex([(g.start, g.end) for g, _ in found if g.type != "PASSWORD"]) \
            if digit_secrets else None
        pin = max(((f.type, cend) for f, cend in digit_secrets
                   if alone is not None and not alone.overlaps(f.start, f.end)),
                  key=lambda t: t[1], default=None)
        if pin is not None and (last is None or pin[1] > last[1]):
            last = pin  # a PIN's too: "0, 9." / "Let me read that back, 4709?"
        read_back = None if last is None or any(  # "no problem, 63 Toller Lane. your reference
            hit is not None and hit.label == KEEP and cand.cstart >= last[1]  # is BRV 2044719"
            for cand, hit in unclaimed) else last[0]  # / "BRV 2044719.": the business's value
        if read_back is not None:
            self.state.read_back, self.state.read_back_by = read_back, speaker
        elif not _corrects(norm):  # but "So that's 13 May?" / "No, March, the third month." /
            self.state.read_back = self.state.read_back_by = None  # "Got it, 3rd of March."
        else:
            self.state.read_back_by = speaker

    def _classify(
        self, cand: Candidate, hit: _Hit | None, expected: list[str],
        continued: dict[str, int], resumed: bool = False, alone: bool = False,
        trailing: bool = False,
    ) -> tuple[str, float] | None:
        """The type of a candidate, and how sure; `alone`: it is all the utterance says;
        `trailing`: it ends an answer that trails off, the first part of the value asked."""
        detectors = self.redactor.detectors
        if hit is not None and hit.label in IDENTIFIER_TYPES and cand.kind == "number" \
                and typed_date(cand):
            hit = None  # "I lost my id card on the 12 05 2024 trip": a date, no identifier
        if hit is not None and hit.label == KEEP and expected and hit.start >= cand.cend:
            hit = None  # "0328 will you charge it now": the answer came before the business word
        if cand.opens and (hit is None or hit.start >= cand.cend):
            for entity_type, digits in continued.items():  # the rest of a number read in parts,
                # its last digit too where that is all the turn says ("... 5678912" / "3")
                least = 1 if alone else 2  # digits of a part; its last may be one alone
                if cand.kind == "number" and digits and least <= len(cand.digits) <= \
                        _full_length(entity_type) - digits:
                    return entity_type, SCORE_EXPECTED
                if (resumed or entity_type == "IBAN" or (alone and len(cand.text) == 1)) \
                        and entity_type in OPEN_LENGTH_TYPES \
                        and cand.kind in ("spelled", "alnum", "code"):
                    return entity_type, SCORE_EXPECTED  # "...C.", "NWBK 6016": letters of an
                    # identifier, and an IBAN's groups whatever they hold
                if entity_type == "ZIP_CODE" and cand.kind in ("code", "alnum", "number") \
                        and len(cand.text.replace(" ", "")) <= 4:
                    return entity_type, SCORE_EXPECTED  # "nine q x": a postcode's other half
        # A value cut off at the end of the last turn goes on only where this one opens:
        # "policy number 7ABC123" / "I parked at bay 14" / "expires on 2 May 2025" after a
        # postcode is a new value, with a cue of its own before it.
        if hit is None or (hit.start < cand.cstart and not hit.generic):
            expected = [t for t in expected if cand.opens or t not in self._only_continuing]
        if hit is not None and hit.generic:
            # A bare "number" or "id" says a value is someone's, not what it is: the question
            # before it ("and the account at BDO?" / "number 0412 ...") or the value's own
            # evidence (a Luhn-valid card) names it better.
            for entity_type in expected:
                score = detectors[entity_type].with_context(cand)
                if score is not None:
                    return entity_type, min(score, SCORE_EXPECTED)
            for entity_type, detector in detectors.items():
                score = detector.without_context(cand)
                if score is not None and score >= SCORE_VALIDATED:
                    return entity_type, score
        if hit is not None and hit.label != KEEP:
            score = detectors[hit.label].with_context(cand) if hit.label in detectors else None
            if score is not None:
                return hit.label, score
            named = hit.start < cand.cstart and hit.label in IDENTIFIER_TYPES \
                and (_identifier_shaped(cand) or (trailing and len(cand.text) >= 2)) \
                and not (hit.label in _DIGITS_ONLY and not cand.digits) \
                and not _lettered_for(hit.label, cand, cand.cstart - hit.end) \
                and not _a_code_after_a_phone_s_cue(hit.label, cand)  # (letters
            # after "ending in" are no card's: "ending in an O here. S-A-V-E-L-U-G-O?"; a
            # code or a date after a phone's cue no phone: "prefers WhatsApp. Raised as
            # MOB-318", "Phone donation taken 4 Dec 15:40")
            # "(dob?) my nhs number as well, it's 485 ...", "account number three eight":
            # the cue said what it is, and its detector only finds it short (a first part)
            for entity_type in expected:  # "11/29. The code is ...": the cue names the next
                score = detectors[entity_type].with_context(cand)  # value; the question, this
                if score is not None and (not named or score >= SCORE_VALIDATED):
                    return entity_type, min(score, SCORE_EXPECTED)
            if named:
                return hit.label, SCORE_EXPECTED
        if hit is None:
            for entity_type in expected:
                score = detectors[entity_type].with_context(cand)
                if score is not None:
                    return entity_type, min(score, SCORE_EXPECTED)
                if continued.get(entity_type) and cand.kind == "number" and 2 <= len(
                        cand.digits) <= _full_length(entity_type) - continued[entity_type]:
                    return entity_type, SCORE_EXPECTED  # "five two three" / "forty one" / ...
            for entity_type in expected:  # privacy first: the question said what it is
                if entity_type in IDENTIFIER_TYPES \
                        and not _a_code_after_a_phone_s_cue(entity_type, cand) and (
                        _identifier_shaped(cand, cand.opens)
                        or (alone and cand.kind in ("spelled", "code")
                            and len(cand.text) <= 3)):
                    return entity_type, SCORE_EXPECTED  # "j k": the letters it opens with
            if "CARD_SECURITY_CODE" in expected and cand.opens and _a_lettered_code(cand):
                return "PASSWORD", SCORE_EXPECTED  # "(on you go with the code) okay it's h r
                # t four one hang on": a code with letters is one sent to verify someone
            if expected and cand.kind == "number" and len(cand.digits) >= 3 \
                    and all(t in DIGIT_TYPES for t in expected):
                # Values asked for together and said in one breath ("oh nine twenty eight three
                # four one": an expiry and a code) read as one number no detector accepts.
                return expected[0], SCORE_EXPECTED
        elif hit is not None and hit.label in ANNOUNCED_TYPES and _identifier_shaped(cand) \
                and cand.cstart >= hit.end \
                and not _lettered_for(hit.label, cand, cand.cstart - hit.end) \
                and not _a_code_after_a_phone_s_cue(hit.label, cand):
            # "transit 04512, institution 003", "PIN 4412"
            return hit.label, SCORE_CONTEXT
        # On its own evidence; an announced order number or price needs the strongest.
        floor = SCORE_VALIDATED if hit is not None and hit.label == KEEP else 0.0
        best: tuple[str, float] | None = None
        for entity_type, detector in detectors.items():
            score = detector.without_context(cand)
            if score is not None and score >= floor and (best is None or score > best[1]):
                best = entity_type, score
        return best

    def _remember_value(self, entity_type: str, canonical: str) -> None:
        """Keep a keyed hash of a redacted value's digits (never the value), so that the same
        value said again ("so that's 441 8293") is redacted whatever surrounds it; for an
        identifier of letters too, of its letters and digits ("rahma" ... "852074" ... "fr9ab",
        read back as "RAHMA852074FR9AB")."""
        values = self.state.values
        if entity_type == "PERSON":
            return
        if entity_type == "DATE_OF_BIRTH" and len(values) < MAX_VALUES:
            # "Feb 29, 1992, got it", "november 98" then the full date: in any form
            year = _YEAR_RE.search(canonical)
            short = _MONTH_YY_RE.search(canonical) if year is None else None
            for form in ([year[0]] if year else [f"19{short[1]}", f"20{short[1]}"] if short
                         else []):
                values.setdefault(keyed_hash(self.redactor._key, f"dob:{form}"), entity_type)
            if (day_month := _day_and_month(canonical)) is not None:
                # "5th of january 2003" ... "5th of January 2002": read back with the year
                # set right, the same day of the same month
                values.setdefault(keyed_hash(self.redactor._key, f"dobdm:{day_month}"),
                                  entity_type)
        if entity_type == "PASSWORD":  # "a blue fiesta" ... "fiesta matched": in words too
            title = self.state.asked_for in ("title", "phrase")
            for form in dict.fromkeys((*_secret_forms(canonical, title), *(
                    _title_forms(canonical) if title else ()))):  # (in the order said, so
                # the same forms are kept where the cap is reached)
                if len(values) < MAX_VALUES and sum(
                        t == "PASSWORD" for t in values.values()) < _MAX_SECRET_FORMS:
                    values.setdefault(keyed_hash(self.redactor._key, _SECRET_KEY + form),
                                      entity_type)
        digits = "".join(ch for ch in canonical if ch.isdigit())
        forms = [digits] if entity_type != "PASSWORD" or not any(
            len(w) > 2 and w not in _SYMBOL_NAMES and w not in FUNCTION_WORDS
            for w in _LETTERS_RE.findall(canonical)) \
            else []
        # (a secret of words and digits is remembered by its words and its whole: the "2000"
        # of "tallinn harbour 2000" alone is the call's amounts' and years' too)
        if entity_type == "CARD_EXPIRY" and len(digits) == _EXPIRY_AND_CODE \
                and 1 <= int(digits[:2]) <= _MONTHS:
            forms.append(digits[:4])  # "oh nine twenty eight seven one three": the code said
            # in the expiry's breath, read back apart ("... and seven one three")
            if len(values) < MAX_VALUES:
                values.setdefault(keyed_hash(self.redactor._key, digits[4:]),
                                  "CARD_SECURITY_CODE")
        if entity_type in _ALNUM_REMEMBERED:
            compact = _alnum(canonical)
            forms.append(compact)
            shape = _shape(compact)
            if shape:  # "YG19 KFM" read back as "YG19 KFN?": the same kind of code
                shapes = [s for s in self.state.shapes if s != f"{entity_type}:{shape}"]
                self.state.shapes = [*shapes, f"{entity_type}:{shape}"][-MAX_SHAPES:]
        if entity_type in _GIVEN_IN_PAIRS and len(digits) == _PAIR and len(values) < MAX_VALUES:
            values.setdefault(keyed_hash(self.redactor._key, _PAIR_KEY + digits), entity_type)
        for form in dict.fromkeys(forms):
            if len(form) >= MIN_PART_DIGITS and len(values) < MAX_VALUES:
                # a part as short as three characters counts in a read-back of the whole
                values.setdefault(keyed_hash(self.redactor._key, form), entity_type)
        if entity_type in _ALNUM_REMEMBERED and entity_type != "PASSWORD" \
                and len(values) + 2 <= MAX_VALUES:  # (a secret's forms have a cap of their own)
            # "LS6 2RD" ... "LS6... yes, Headingley"; "h x p p for peter" ... "h x p got it":
            # a code's first or last part read back alone (see `_known_value`)
            for end, piece in _code_ends(canonical):
                values.setdefault(keyed_hash(self.redactor._key, f"{end}:{piece}"), entity_type)
        if entity_type in _READ_BACK_BY_ITS_ENDS and len(digits) >= _LONG_VALUE \
                and len(values) + 2 <= MAX_VALUES:  # "087 245 9913" / "Sorry, 087 245... was
            # it 9913?": its first six or last four read back alone (a card's first six are
            # its issuer's, many cards share them)
            if entity_type != "CREDIT_CARD":
                values.setdefault(keyed_hash(self.redactor._key, f"start:{digits[:_HEAD]}"),
                                  entity_type)
            values.setdefault(keyed_hash(self.redactor._key, f"end:{digits[-_TAIL:]}"),
                              entity_type)

    def _remember_kept(self, cand: Candidate) -> None:
        """Keep a keyed hash of a reference announced as the business's own (a case, an order,
        a booking's letters), so that the same characters read out again later in the call
        are not taken for a code of the caller's."""
        kept = self.state.kept
        self._kept_here = True
        for form in kept_forms(cand):
            digest = keyed_hash(self.redactor._key, f"kept:{form}")
            if digest not in kept and len(kept) < MAX_VALUES:
                kept.append(digest)

    def _kept(self, cand: Candidate) -> bool:
        return any(keyed_hash(self.redactor._key, f"kept:{form}") in self.state.kept
                   for form in kept_forms(cand))

    def _the_business_s(self, norm: Normalized, cand: Candidate) -> bool:
        """A value the business's own noun names here, or that one named earlier in the call;
        one named here is remembered for its read-backs."""
        if named_by_business(norm, cand) or _made_just_now(norm.canonical, cand.cstart):
            self._remember_kept(cand)
            return True
        return self._kept(cand)

    def _read_out_turn(self, norm: Normalized, found: list[tuple[Finding, int]],
                       active: list[str], add: Callable[[str, int, int, float], None]) -> None:
        """Privacy first: a turn that says nothing but characters read out one at a time (and
        the words that go between them: "no sorry", "and", "then", "v for victor") is a value
        being read, whether or not anything asked for it ("f foxtrot d delta and y yankee no
        sorry not y it's v for victor"): of the kind asked for, else a name where only letters
        are spelled, else someone's code."""
        asked = next((t for t in active if t in _RESTARTED), None)
        runs = read_out_runs(norm, _BETWEEN_CHARACTERS, asked is not None)
        if not runs:
            return
        covered = Covered(norm, found)
        for cstart, cend in runs:
            said = norm.canonical[cstart:cend].replace(" ", "")
            if covered.contains(cstart, cend) or self._the_business_s(
                    norm, Candidate("code", said, cstart, cend)):
                continue
            add(asked or ("PERSON" if said.isalpha() else "MEMBER_ID"), cstart, cend,
                SCORE_EXPECTED)

    def _spelled_out(self, norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
                     found: list[tuple[Finding, int]],
                     add: Callable[[str, int, int, float], None], speaker: str | None) -> None:
        """Privacy first: a word spelled out letter by letter that nothing else claimed ("d h o
        m h n a i l l", "k o w a l s k i with a k") is a name, a street or a login; nobody
        spells out a common word, and the business's own letter codes are announced as such
        (a booking reference) or named by its noun. While a secret is being checked the
        letters are its spelling, remembered as the secret ("S-A-V-E-L-U-G-O?" ... "yes,
        Savelugo"), even where they make a word ("I've got B-E-G...": its first letters)."""
        covered = Covered(norm, found)
        spelling = "PASSWORD" if self.state.last_value == "PASSWORD" and not self.state.passed \
            else "PERSON"
        reading_back = spelling == "PASSWORD" and self.state.verifying > 0 and (
            speaker == BUSINESS_SIDE or norm.original.lstrip().startswith(("...", "…")))
        # the agent reading the secret's letters back, or the caller going on with them
        for cand, hit in unclaimed:
            if cand.kind == "spelled" and (spelled_name(cand.text) or (
                    reading_back and len(cand.text) >= _SPELLED_PREFIX
                    and "." not in norm.original[slice(*norm.to_original(cand.cstart,
                                                                         cand.cend))]
                    and not _beside_a_number(norm, cand))) \
                    and (hit is None or hit.label != KEEP) \
                    and not covered.overlaps(cand.cstart, cand.cend) \
                    and not self._the_business_s(norm, cand):
                add(spelling, cand.cstart, cand.cend, SCORE_EXPECTED)

    def _known_value(self, cand: Candidate, confirming: bool = False,
                     read_back_part: bool = False, alone: bool = False,
                     paired: bool = False) -> str | None:
        """The type of a value redacted earlier in the call, said again (read back, confirmed):
        whole, or joined from the parts it was given in ("7304" ... "8819" ... "2650", read
        back as "7304 8819 2650"); or, said alone or to be checked, a code's first or last part
        ("LS6... yes", "h x p got it")."""
        if not self.state.values:
            return None
        if cand.kind == "date" and (year := _YEAR_RE.search(cand.text)) \
                and _MONTH_RE.search(cand.text) is not None and self.state.values.get(
                    keyed_hash(self.redactor._key, f"dob:{year[0]}")) is not None:
            return "DATE_OF_BIRTH"  # a full date in the year of a birth date heard in the call
        if confirming and cand.kind == "date" and _YEAR_RE.search(cand.text) \
                and (day_month := _day_and_month(cand.text)) is not None \
                and self.state.values.get(
                    keyed_hash(self.redactor._key, f"dobdm:{day_month}")) is not None:
            return "DATE_OF_BIRTH"  # ... or, read back to confirm it, on its day and month
            # with another year ("5th of january 2003" / "just to confirm, 5th of January
            # 2002?"; not "effective March 2", "could we do the 5th of January 2026?")
        digits = cand.digits
        known = self._joined(digits, paired and _YEAR_LIKE_RE.fullmatch(digits) is None) \
            if len(digits) >= MIN_VALUE_DIGITS else None
        if known is None and read_back_part and len(digits) in (_HEAD, _TAIL) \
                and not _YEAR_LIKE_RE.fullmatch(digits):  # a long value's first six or last
            # four, read back alone (not "she joined in 2018", "we'll call at 1230")
            end = "start" if len(digits) == _HEAD else "end"
            known = self.state.values.get(keyed_hash(self.redactor._key, f"{end}:{digits}"))
        if known is None and cand.kind in ("alnum", "code", "spelled"):
            compact = "".join(ch for ch in cand.text if ch.isalnum())
            if compact != digits and cand.kind != "spelled":
                known = self._joined(compact)
            if known is None and (confirming or read_back_part or alone) \
                    and _PIECE <= len(compact) <= _PIECE + 1 and not compact.isdigit():
                known = self.state.values.get(keyed_hash(self.redactor._key, f"head:{compact}")) \
                    or self.state.values.get(keyed_hash(self.redactor._key, f"tail:{compact}"))
        return known

    def _known_shape(self, cand: Candidate, hit: _Hit | None, norm: Normalized) -> str | None:
        """The type of a code redacted in the last turns whose letters and digits run exactly
        as this one's do ("YG19 KFM" then "YG19 KFN?", "A07753192" then "A07735192?"): a
        read-back with a character wrong, or a correction, is the same kind of value."""
        if not self.state.shapes or (hit is not None and hit.label == KEEP) \
                or cand.kind not in ("alnum", "code", "readout"):
            return None
        if _a_word_and_a_number(norm, cand) or (self.state.kept and self._kept(cand)):
            return None  # "you've already met 1800 of it": no code; "Your repair case is
            # WO-55812." / "WO-55812.": the business's reference said back, whatever its shape
            # (kept once, a value is in the output already: its read-back hides nothing)
        shape = _shape("".join(ch for ch in cand.text if ch.isalnum()))
        for entry in reversed(self.state.shapes):
            entity_type, _, known = entry.partition(":")
            if known == shape:
                return entity_type
        return None

    def _joined(self, text: str, paired: bool = False) -> str | None:
        """The type of `text` if it was redacted whole, or in two or three parts, before;
        `paired`: read back to confirm, its parts may be pairs of digits given as a PIN's or a
        sort code's are ("98..." "01-65" / "reading those back: 98-01-65")."""
        values = self.state.values
        key = self.redactor._key
        whole = values.get(keyed_hash(key, text))
        shortest = _PAIR if paired else MIN_PART_DIGITS
        if whole is not None or not 2 * shortest <= len(text) <= OPEN_LENGTH_MAX:
            return whole  # no value is longer: a run beyond it is not split

        def part_of(digits: str) -> str | None:
            return values.get(keyed_hash(key, digits if len(digits) >= MIN_PART_DIGITS
                                         else _PAIR_KEY + digits))

        n, part = len(text), shortest
        for i in range(part, n - part + 1):  # two parts, or three
            first = part_of(text[:i])
            if first is None:
                continue
            if part_of(text[i:]) is not None:
                return first
            for j in range(i + part, n - part + 1):
                if part_of(text[i:j]) is not None and part_of(text[j:]) is not None:
                    return first
        return None

    def _names_known_in(self, norm: Normalized) -> bool:
        """Does the utterance say a name heard earlier in the call ("okay Ji")?"""
        if not self.state.names:
            return False
        key, known = self.redactor._key, set(self.state.names)
        return any(keyed_hash(key, p.text) in known for p in norm.pieces if p.kind == "word")

    def _echoed(self, norm: Normalized, speaker: str | None) -> str | None:
        """The type of the value a caller is reading out in parts, where the agent's turn is
        only a few characters said back to them ("j t", "four four one two"): a part of it.
        (A caller's few characters answer the agent's read-back: "was that 971 or 917?")"""
        if speaker != BUSINESS_SIDE:
            return None
        reading = next((e.type for e in self.state.expect if e.same_speaker and e.digits
                        and e.speaker not in (None, speaker)), None)
        if reading is None:
            return None
        pieces = [p for p in norm.pieces if p.kind != "punct"]
        said = "".join(p.text for p in pieces)
        if not (len(said) >= 2 or said.isdigit()) or len(said) > _ECHO_CHARACTERS or not all(
                p.kind in ("number", "spelled") or (p.kind == "word" and len(p.text) == 1
                                                    and p.text.isalpha()) for p in pieces):
            return None
        return reading

    def _hold(self, speaker: str | None) -> None:
        """A backchannel: every expectation waits one more utterance, MAX_HELD times at most.

        A backchannel from the side a value was asked of hands the turn back ("can you add
        my frequent flyer number" ... "sure, go ahead"): the asker gives it, so from then on
        either side's next words may hold it.
        """
        self.state.expect = [
            e.model_copy(update={"held": e.held + 1, **(
                {"speaker": None} if speaker is not None and e.speaker is not None
                and not e.same_speaker and e.applies_to(speaker)
                else {})})
            if e.held < MAX_HELD
            else e.model_copy(update={"utterances": e.utterances - 1})
            for e in self.state.expect
            if e.held < MAX_HELD or e.utterances > 1
        ]

    def _wait_through_a_side_sequence(self, norm: Normalized, hits: list[_Hit], speaker: str,
                                      expect: dict[str, Expectation], named: bool,
                                      consults: bool) -> set[str]:
        """The value asked for waits on (MAX_HELD turns at most, as through a backchannel) while
        the conversation deals with something else first and comes back to it.

        The side asked puts it off ("can you confirm your social" / "it's the same one you have
        on file") or asks something back ("why do you need that?", "is this call recorded?",
        "do i have to?"); the asker insists on "it" ("I need it read out, please") or answers
        what it was asked ("it's for security, to confirm who we're speaking to"). Then the
        side asked gives the value, two or three turns after its question. Returns the types
        held by a question back or the asker's answer to it: what they name ("certificate
        number... is it the one with HS in front?") asks for nothing new.
        """
        heard = {p.text for p in norm.pieces}
        valueless = _VALUE_HINT_RE.search(  # the asker may name one ("the long one" names
            _ONE_PRONOUN_RE.sub(r"\1 one", norm.canonical)) is None  # none)
        question = _is_question(norm)
        echoed = question and _echoes(norm, hits)  # "My first school? Do you mean ...?"
        puts_off = not hits and not named and not PUTTING_OFF_WORDS.isdisjoint(heard) \
            and not question
        # the side asked a security question thinks first ("oh gosh, that was years ago. let
        # me think", "hang on, it's written down somewhere"): its next words answer it
        thinks = not named and not question and all(h.label == KEEP for h in hits) \
            and not _THINKING.isdisjoint(heard)  # (not "hang on a sec" alone: that may be
        # about anything, "the kids have Peppa on the telly")
        insists = not hits and not named and not _INSISTING.isdisjoint(heard) \
            and not REQUESTING_WORDS.isdisjoint(heard) \
            and _WH.isdisjoint(heard)  # not "what day would you like it taken"
        # a question back may name what it asks about ("why do you need my birth date?") but
        # nothing else; the asker's answer to it asks no new question
        asked = {e.type for e in self.state.expect}
        doubting = not named and valueless and not _DOUBTING_THE_CALL.isdisjoint(heard)
        # ("and this line is recorded": a question back about the call, with its mark or not)
        asked_back = ((question and (_asks_back(norm) or echoed)) or doubting) \
            and all(h.label in asked or h.label == "PERSON" for h in hits)  # ("is it the one
        # under my name?": whose it is, no new request)
        # the asker's answer: letting the request go ends it; one with a number of its own
        # ("ring us back on 0345 ...") holds it only while it says why the value is needed
        lets_go = _lets_go(norm)
        answers = not question and (valueless or not _JUSTIFYING.isdisjoint(heard))
        answered: set[str] = set()
        for e in self.state.expect:
            if e.held >= MAX_HELD:
                continue
            if e.applies_to(speaker) and consults and e.type == "PASSWORD" \
                    and not e.same_speaker:
                expect[e.type] = e.model_copy(update={"held": e.held + 1})
                continue  # the answer is relayed next: "She says Mill Street."
            if e.applies_to(speaker):
                if not valueless and not echoed:
                    continue
                # asked back right after the question (or after the answer to an earlier
                # question back), of the side it was put to
                back = asked_back and e.speaker is not None and not e.same_speaker \
                    and e.utterances == EXPECT_UTTERANCES \
                    and (e.speaker == self.state.asked_by or e.held > 0 or e.questioned
                         or doubting)
                # (or a request for a secret: "I need the second and fifth characters please")
                thought_over = thinks and e.type == "PASSWORD" and e.questioned
                reopened = puts_off and e.type == "PASSWORD" and e.same_speaker \
                    and self.state.verifying > 0  # ("... the morris minor" / "hang on the
                # wife's shouting something": the answer may be put right next, as an answer)
                waits = (puts_off and e.type in DIGIT_TYPES) or back or thought_over or reopened
                update: dict[str, object] = {"asked_back": back, "thought_over": thought_over}
                if reopened:
                    update.update(speaker=BUSINESS_SIDE, same_speaker=False, questioned=True,
                                  utterances=EXPECT_UTTERANCES)
                if back:
                    answered.add(e.type)
            else:
                if e.asked_back and lets_go:
                    expect.pop(e.type, None)  # "why do you need it?" / "let's skip it then"
                    continue
                waits = (insists and valueless and e.type in DIGIT_TYPES) or (
                    e.asked_back and answers)
                update = {"asked_back": False}
                if e.asked_back and waits:
                    answered.add(e.type)
            if waits:
                expect[e.type] = e.model_copy(update={"held": e.held + 1, **update})
        return answered

    def _security_question(self, norm: Normalized, hits: list[_Hit], speaker: str | None,
                           expect: dict[str, Expectation], chosen_next: bool = False) -> None:
        """During an identity check, the business's question about the caller that names no
        value of a kind the engine knows asks for a secret: "for security, can you tell me the
        street you grew up on", "what was the name of your best friend at school", "where did
        your parents meet". The check lasts a few utterances, or until it is passed."""
        pieces = norm.pieces
        words = {p.text for p in pieces}
        going_on = not _CHECK_GOES_ON.isdisjoint(words) \
            or not _CHECK_PAIRS.isdisjoint(pairwise(p.text for p in pieces))
        amount = _asks_a_recent_amount(pieces, self.state.verifying > 0 or "PASSWORD" in (
            self.state.last_value, self.state.last_named))
        if speaker == BUSINESS_SIDE and self.state.passed \
                and not _ANOTHER_CHECK.isdisjoint(pairwise(p.text for p in pieces)):
            self.state.passed = False  # "Those are correct ..." / "One more question as it's a
            # passcode reset: what was the last payment into this account?": the check goes on
        closing = self.state.verifying > 0 or (
            ("PASSWORD" in (self.state.last_value, self.state.last_named)
             or (speaker == BUSINESS_SIDE and not VERIFIED_WORDS.isdisjoint(words))
             or (speaker == BUSINESS_SIDE and amount))
            and not self.state.passed and going_on)  # in the check or
        # right after a secret or an answer that matched, a knowledge check said to go on
        # with it ("Bridie, that's it, and one more: the amount of the last bill you paid?",
        # "that matches. Next, what was your most recent deposit?", "and one more to show you
        # know the account how much was your last direct debit"; not "Okay, how much was the
        # last payment? I want to check you're not suspended.")
        checking = speaker == BUSINESS_SIDE and (any(
            not _recorded_before(norm.canonical, start) for start, _, _ in _VERIFYING.find(norm))
            or (bool(_SECURITY_QUESTIONS.find(norm)) and _is_question(norm)))
        if speaker == BUSINESS_SIDE and ((not VERIFIED_WORDS.isdisjoint(words)
                                          and _NOT_SO.isdisjoint(words))
                                         or _only_offers_help(norm.canonical)):
            # (or the agent moves on: "Thank you. How can I help?")
            self.state.verifying = 0  # "that matches", "that's you through security": no
            self.state.passed = _check_passed(norm)  # ("that's a match. One more thing,
            # ..." goes on)
            if all(h.label != "PASSWORD" for h in hits):  # secret is awaited (not "that
                # doesn't match", "Verified. Now set a password", "that matches, so what would
                # you like the new one to be")
                if not chosen_next:
                    expect.pop("PASSWORD", None)
                if self.state.asked_for in _ASKED_KINDS_OF_ANSWER or self.state.asked_for == "pin":
                    self.state.asked_for = ""  # (but "correct, and now your four digit
                    # passcode": what this turn asks for)
        elif checking:  # "for security, ...", "to verify it's you" (not "recorded for training
            self.state.verifying = _VERIFYING_UTTERANCES  # and security purposes")
            self.state.passed = False
        elif self.state.verifying and not (
                speaker == BUSINESS_SIDE and _is_question(norm)
                and any(h.label in _CHECKED_VALUES for h in hits)):
            self.state.verifying -= 1  # (each value the check asks for goes on with it: "your
            # PPS number?" / "and your date of birth?" / "and the account password?")
        if checking and not VERIFIED_WORDS.isdisjoint(words):
            self.state.verifying = _VERIFYING_UTTERANCES  # "that's the first one passed, now
            # where did your parents meet"
        born_where = not _BORN_WHERE.isdisjoint(words) and not _BIRTH.isdisjoint(words)  # "where
        # were you born", "what town were you born in", "your place of birth?": a place, not
        # the date the cue "born" awaits
        if born_where and self.state.verifying and speaker == BUSINESS_SIDE:
            expect.pop("DATE_OF_BIRTH", None)
        opened = _asks_when_it_was_opened(pieces)
        recent = amount or opened or _asks_a_recent_place(pieces) or (
            checking and not _ORDERS.isdisjoint(words) and not _LATEST.isdisjoint(words))
        # ("For security, what was your last order?", not a last order spoken of in passing)
        if (recent or (_about_a_life(pieces) and not _YOURS.isdisjoint(words)
                       and not _LIFE_ASKED.isdisjoint(pairwise(p.text for p in pieces)))) \
                and closing and speaker == BUSINESS_SIDE and not self.state.verifying \
                and not self.state.passed:
            self.state.verifying = _VERIFYING_UTTERANCES  # "... or whats the street you grew
            # up on" (not "that matches, you're verified. so how many bottles were in your
            # last delivery?")
        if self.state.verifying and speaker == BUSINESS_SIDE \
                and ("PASSWORD" not in expect or not expect["PASSWORD"].questioned
                     or expect["PASSWORD"].utterances < EXPECT_UTTERANCES
                     or expect["PASSWORD"].speaker is None) \
                and (recent or all(h.label in (KEEP, "PASSWORD")  # ("... use the card at?")
                                   or (born_where and h.label == "DATE_OF_BIRTH")
                                   for h in hits if h.start >= _asked_part(norm))) \
                and (not _YOURS.isdisjoint(words) or recent) \
                and (not _ASKING_ABOUT_YOU.isdisjoint(words) or recent or born_where
                     or (checking and _asks_by_naming(pieces))
                     or _QUESTION_NAMED_RE.search(norm.canonical) is not None) \
                and (_about_a_life(pieces) or recent or born_where) \
                and (_is_question(norm) or not _ASKING_WH.isdisjoint(words)
                     or (recent and (not AMOUNT_WORDS.isdisjoint(words) or (
                         "any" in words and all(p.kind != "punct" for p in pieces))))
                     or _QUESTION_NAMED_RE.search(norm.canonical) is not None) \
                and not _only_offers_help(norm.canonical):  # ("how much was your last bill",
            # "the amount of your last bill please")
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
        if speaker == BUSINESS_SIDE and "PASSWORD" in expect \
                and ("how", "many") in pairwise(_last_sentence_words(pieces)) \
                and _DIGITS_ASKED.isdisjoint(words) and _CHARACTERS_ASKED.isdisjoint(words) \
                and not recent and _LATEST.isdisjoint(words) \
                and all(h.label != "PASSWORD" for h in hits):  # (but "how many litres was the
            # last delivery" checks the account; "sorry about how many checks there are, but
            # what's your memorable word?" asks for one)
            expect.pop("PASSWORD")  # "ok how many cards do you have": a count, no secret
        if speaker == BUSINESS_SIDE and "STREET_ADDRESS" in expect \
                and _last_sentence_words(pieces)[:2] == ["how", "many"]:
            expect.pop("STREET_ADDRESS")  # "how many people live at the property": a count
        if speaker == BUSINESS_SIDE and self.state.last_value == "PASSWORD" \
                and self.state.verifying and not self.state.passed \
                and _asks_the_next_place(pieces):  # (not "okay the second?" of the call's
            # business after the check)
            # "What's the second digit?" / "Seven." / "And the fifth?": another character
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
            self.state.asked_for = "characters"
        refused = speaker == BUSINESS_SIDE and not self.state.passed \
            and "PASSWORD" in (self.state.last_value, self.state.last_named) \
            and _PASSED.isdisjoint(words) and _MOVING_ON.isdisjoint(words) \
            and _rejects_the_answer(words, pieces, self._after_an_answer)
        if refused:
            # (a secret's answer turned down, not a card's or a bank's: "which card do you pay
            # with?" / "the visa" / "no, that's not the one on the account")
            # "That's not quite what we've got, I'm afraid.": the caller will try again
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
        if speaker == BUSINESS_SIDE and not refused and self.state.last_value in _ASKED_ANEW \
                and self.state.last_value not in expect \
                and self._read_back_before[0] == self.state.last_value \
                and self._read_back_before[1] not in (None, speaker) \
                and _rejects_the_answer(words, pieces, self._after_an_answer):
            # "i don't have anyone with that date, could it be a different year" / "oh sorry,
            # nineteen forty five": the value again, put right
            expect[self.state.last_value] = Expectation(
                type=self.state.last_value, utterances=EXPECT_UTTERANCES, speaker=speaker)
        if speaker == BUSINESS_SIDE and not (
                "PASSWORD" in expect and expect["PASSWORD"].questioned) \
                and "PASSWORD" in (self.state.last_value, self.state.last_named) \
                and _PASSWORD_RULES_RE.search(norm.canonical):
            # "yep at least twelve characters with a number and a symbol": what the new one
            # must have, and so what it will be is asked ("can i do summer heat 2024?")
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
        again = speaker == BUSINESS_SIDE and self.state.asked_for == "amount" \
            and not AMOUNT_WORDS.isdisjoint(words) and VERIFIED_WORDS.isdisjoint(words) \
            and not _confirms(pieces)  # (not "Seven hundred is right. Now, how much are you
        # after this time?")
        if again:  # "I'll need the exact amount, sir.": asked again
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
        elif speaker == BUSINESS_SIDE and "PASSWORD" in expect \
                and expect["PASSWORD"].utterances == EXPECT_UTTERANCES \
                and not expect["PASSWORD"].questioned and asks_for_a_title(
                    pieces, phrase=not _REQUESTING_A_PHRASE.isdisjoint(words)
                    or pieces[0].text in ("and", "your")):
            # (a phrase only where it is requested: "the security phrase on the account
            # please", "I can use your memorable phrase instead"; not "I've unlocked your
            # passphrase for you")
            self.state.asked_for = "phrase" if asks_for_a_phrase(pieces) \
                and _requests_it(norm) else "title"
            # "we can use your security question instead, your favourite book"
        elif speaker == BUSINESS_SIDE and "PASSWORD" in expect \
                and expect["PASSWORD"].questioned \
                and expect["PASSWORD"].utterances == EXPECT_UTTERANCES:  # asked in this turn
            if amount:
                self.state.asked_for = "amount"
            elif opened:
                self.state.asked_for = "year"
            elif _asks_a_recent_place(pieces) or _asks_where(pieces):
                self.state.asked_for = "place"
            elif not _STREET_ASKED.isdisjoint(_last_sentence(pieces)):
                self.state.asked_for = "street"  # (a street's name, not the town it is in)
            elif asks_for_a_phrase(pieces) and _requests_it(norm):
                self.state.asked_for = "phrase"  # "my garden has twelve tulips": a sentence
                # (not "you can reset your passphrase online")
            elif asks_for_a_title(pieces):
                self.state.asked_for = "title"
            elif not _NAME_ASKED.isdisjoint(_last_sentence(pieces)):
                self.state.asked_for = "name"  # "what was your first pet's name?"
            elif self.state.asked_for in _ASKED_KINDS_OF_ANSWER and not refused \
                    and not _asks_again(norm) and not _hints_otherwise(norm):
                self.state.asked_for = ""  # "... and your first pet?": no amount now (but
                # "that's not the most recent one": another amount; "nearly there": the same)
        elif speaker == BUSINESS_SIDE and self.state.asked_for in _ASKED_KINDS_OF_ANSWER \
                and "PASSWORD" not in expect:
            self.state.asked_for = ""  # answered, and the agent has said what of it ("Perfect,
            # thank you."): later amounts and places are the call's

    def _next_of_a_list_of_birthdays(
            self, norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
            names: list[Finding], add: Callable[[str, int, int, float], None]) -> None:
        """After a name and a birth date ("it's callum date of birth fourteenth of may twenty
        sixteen" / "yep"), "and" opens the next of the list: a name of a word or two, then its
        date ("and isla second of november twenty nineteen"), both the person's."""
        pieces = norm.pieces
        if self.state.last_value != "DATE_OF_BIRTH" or names or len(pieces) < 3 \
                or pieces[0].text != "and":
            return
        for cand, hit in unclaimed:
            if cand.kind != "date" or (hit is not None and hit.label == KEEP):
                continue
            k = norm.piece_index(cand.cstart)
            said = pieces[1:k]
            if 0 < len(said) <= _LISTED_NAME_WORDS and all(
                    p.kind == "word" and p.text not in FUNCTION_WORDS and p.text not in WEEKDAYS
                    and (not everyday_word(p.text) or name_class(p.text) in ("N", "W", "P"))
                    for p in said):
                add("PERSON", norm.cstarts[1], norm.cstarts[k - 1] + len(pieces[k - 1].text),
                    SCORE_EXPECTED)
                add("DATE_OF_BIRTH", cand.cstart, cand.cend, SCORE_EXPECTED)
            return

    def _dates_of_people(
        self, norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
        names: list[Finding], add: Callable[[str, int, int, float], None],
    ) -> None:
        """A date said right after a person's name is that person's birth date: "kofi asante
        oh two fourteen two thousand five", "Our daughter Emi, 4/17/2012", "Mateo is 6/14"."""
        detector = self.redactor.detectors.get("DATE_OF_BIRTH")
        if not names or detector is None:
            return
        ends = sorted(f.end for f in names)  # a long text has many names and many numbers
        for cand, hit in unclaimed:
            if (hit is not None and hit.label == KEEP) or cand.kind not in ("date", "number") \
                    or detector.with_context(cand) is None:
                continue
            start, _ = norm.to_original(cand.cstart, cand.cend)
            k = bisect_right(ends, start) - 1
            if k < 0 or start - ends[k] > _NAME_TO_DATE:
                continue
            name_end = ends[k]
            between = norm.original[name_end:start].lower().replace(",", " ").split()
            if all(w in _NAME_DATE_GLUE or (
                    w.rstrip(".") in WEEKDAYS and _FOUR_DIGIT_YEAR_RE.search(cand.text))
                   for w in between):  # ("John Smith Sat 12/04/1975"; not "Priya Thu 27/02")
                add("DATE_OF_BIRTH", cand.cstart, cand.cend, SCORE_EXPECTED)

    def _secrets(
        self, norm: Normalized, expected: bool, hits: list[_Hit], spoken_of: bool,
        answering: bool = False, asked_of: bool = False, given_only: bool = False,
        issuing: bool = False, confirming: bool = False,
    ) -> list[tuple[Finding, int]]:
        """`answering`: the turn right after the other side asked for a secret; `asked_of`: a
        turn of the side the agent awaits a secret from ("favourite food for the security
        question" / "i think i put jollof no wait it was egusi"); `given_only`: the agent's
        turn after the caller only spoke of theirs (see `_given_as_a_secret`); `issuing`: the
        agent's turn, whose secret may be dictated on in the next ("Then 7 3 ...")."""
        pieces = norm.pieces
        spans = find_secrets(pieces, expected, spoken_of, norm.original)
        if expected and spans and _opens_with_a_code_group(norm):
            spans += _more_code_groups(pieces, spans)  # "W3ZP and the final block is 5MXK"
        if self.state.asked_for == "name" and (answering or asked_of):
            spans += [name for span in spans if (name := named_after_a_kind(pieces, span))]
        if self.state.asked_for == "amount":  # the amount, not when it was paid: "ten pounds
            spans = [(a, _before_a_time(pieces, a, b)) for a, b in spans]  # at 6:45"
        read_back = characters_read_back(pieces) \
            if confirming and "placed" in (self.state.asked_for, self._asked_before) else []
        # "L and R, that's perfect": the characters the caller gave by their places, before
        # the turn asks for what comes next ("So second A, sixth T. Perfect. And the first
        # three digits of your passcode?"; not "B and Q, that's right" after "is it the B and Q
        # card you mean?")
        by_places = self.state.asked_for in ("characters", "placed")
        if issuing and not (_waits_first(norm) and not _is_question(norm)):
            if by_places and not (_asks_again(norm) and any(a_position(p) for p in pieces)):
                self.state.asked_for = ""  # (but "That's alright, take your time. Just the
                # two letters": they are still to come; "hmm the fifth digit doesn't match what
                # i've got": that place again)
        elif expected or by_places:
            # "second is r fifth is b" / "mm hm" / "and seventh is e no sorry seventh is l":
            # characters by their places, which may go on after the listener's "mm hm"
            by_place = characters_by_position(pieces, by_places)
            if self.state.asked_for == "placed":
                by_place += corrected_character(pieces)  # "no wait ... it's o"
            if by_places:  # "wait let me count j a r e b i c yes seventh is c": the whole
                # word spelled out while counting to a place
                by_place += [(k, k + 1) for k, p in enumerate(pieces)
                             if p.kind == "spelled" and len(p.text) >= _SPELLED_OUT]
                by_place += _letters_with_pauses(pieces)  # "B... A... R... N... E... so"
                by_place += characters_listed_last(pieces)  # "Okay, the last two... 4 and 8."
            spans += [span for span in by_place
                      if not any(a < span[1] and span[0] < b for a, b in spans)]
            if by_place:
                self.state.asked_for = "placed"
        secret_talk = any(e.type == "PASSWORD" for e in self.state.expect)  # a secret still
        # awaited from either side ("what would you like the new one to be?" ... "i'm going
        # with chinook arch 2024"); not the whole call after one was named
        spans += [span for span in shaped_secrets(pieces, norm.original, secret_talk)
                  if not any(a < span[1] and span[0] < b for a, b in spans)]
        if (secret_talk or self.state.secret_asked_back) and all(h.label != KEEP for h in hits):
            spans += [(k, k + 1) for k, p in enumerate(pieces) if p.kind == "spelled"
                      and _EXPLAINED_LETTER_RE.fullmatch(norm.original, p.start, p.end)
                      and not any(a <= k < b for a, b in spans)]  # "No, M for mother.",
            # "Sorry, M for Mike.": a character put right, explained as one is dictated
        if secret_talk or any(h.label == "PASSWORD" for h in hits) or (
                "PASSWORD" in (self.state.last_named, self.state.last_value)
                and _NEW_ONE_RE.search(norm.canonical) is not None):  # or one named here: "it
            # wants a new password, i'm going with pindan dust twenty five"
            spans += chosen_secret(pieces, spans, asked=any(
                e.type == "PASSWORD" and (e.questioned or (
                    e.speaker == BUSINESS_SIDE and not issuing)) for e in self.state.expect))
            # ("(choose a passphrase, four random words, you don't need to tell me) okay, I'm
            # going with breadfruit lantern purple dominoes": the agent's secret to choose)
        elif self.state.last_value == "PASSWORD":  # one given just before, chosen again in
            # digits: "(I can set that, but it's easy to guess) Scratch that. Make it 7419038."
            # (not "make it twenty five": an amount)
            spans += [(a, b) for a, b in chosen_secret(pieces, spans) if all(
                p.kind != "number" or len(p.text) >= _PIN_LENGTHS[0] for p in pieces[a:b])
                and any(p.kind == "number" and _read_as_digits(norm.original[p.start:p.end])
                        for p in pieces[a:b])]
        named_here = [h for h in hits if h.label == "PASSWORD"]
        if not spans and not issuing and (named_here or (
                "PASSWORD" in (self.state.last_named, self.state.last_value) and secret_talk)):
            cue = 0
            if named_here:
                cue = next((k for k, c in enumerate(norm.cstarts) if c >= named_here[0].end),
                           len(pieces))
            said_at = _told_after(pieces, cue, bool(named_here))
            if said_at is not None:  # "my partner set the password up last time ... he says it
                # was geraldton surf 88 with no spaces"; (the current one, then:) "the
                # current one is tacuarembó with a one at the end"
                spans += [(a + said_at, b + said_at) for a, b in find_secrets(
                    pieces[said_at:], True, spoken_of, norm.original) if a == 0 and not any(
                        how_things_are(p.text) or p.text in WEEKDAYS
                        for p in pieces[a + said_at:b + said_at])]
        if not spans and expected and not issuing \
                and (read_at := _read_out_at(pieces)) is not None:
            spans += [(a + read_at, b + read_at) for a, b in find_secrets(
                pieces[read_at:], True, spoken_of, norm.original) if a == 0 and not any(
                    how_things_are(p.text) or p.text in WEEKDAYS or p.text in _SAID_OF_A_STATE
                    for p in pieces[a + read_at:b + read_at]) and any(
                    p.kind in ("number", "spelled") or not common_word(p.text)
                    for p in pieces[a + read_at:b + read_at])]  # (a secret's shape: not "it
            # says welcome to the app"); "(can you give
            # me the password) hang on, it's in the notebook ... right it says bramble forty
            # four": what is read out where it is kept
        later = asked_of and self.state.verifying and self.state.last_value != "PASSWORD" \
            and sounds_like_an_answer(pieces)  # (a turn after the answer was put off, in an
        # identity check not yet answered, that answers it)
        if (answering or later) and self.state.asked_for != "amount" \
                and (capitals := capitalised_answer(
                pieces, norm.original, spans, place=self.state.asked_for == "place")):
            if spans and self.state.asked_for in ("pin", "pinpart"):
                given = pieces[max(b for _, b in spans) - 1].end
                capitals = [(a, b) for a, b in capitals if pieces[a].start < given
                            or not _SENTENCE_END_RE.search(norm.original, given,
                                                           pieces[a].start)
                            or norm.original[pieces[a].start].isupper()
                            or not common_word(pieces[a].text)
                            or not _a_clause_of_its_own(pieces, a)]
                # (a PIN given, then "I always swap them.": no common word of a sentence after
                # it; but "3392. My daughter set it, Mereana did.")
            self._tentative_secret = not spans  # only capitals guessed at the answer: it is
            # still awaited
            spans += capitals
        if (answering or asked_of) and self.state.asked_for in ("title", "phrase"):
            spans += titles_said(pieces, spans)  # "the great escape", "war and peace"
        if (answering or asked_of) and self.state.asked_for == "street":
            spans += streets_said(pieces, spans)  # "then we flitted to Station Road"
        if answering or asked_of:
            spans += said_to_be(pieces, spans, asked=answering, original=norm.original,
                                phrase=self.state.asked_for in ("title", "phrase"),
                                named=self.state.asked_for == "name")
            spans += [span for span in guessed_alone(pieces, norm.original)  # "... Muffin?"
                      if not any(a < span[1] and span[0] < b for a, b in spans)]
        if answering or asked_of:
            spans += [span for span in counted_words(pieces)  # "it's lough hyne two words"
                      if not any(a < span[1] and span[0] < b for a, b in spans)]
        if (answering or asked_of) and self.state.asked_for == "phrase":
            spans += phrase_said(pieces, spans)  # "my garden has twelve tulips": where no
            # other finder found the answer, the sentence is it
        if (answering or asked_of) and self.state.asked_for in ("pin", "pinpart"):
            spans += numbers_said(pieces, spans)
        if not issuing and (self.state.asked_for in ("pin", "pinpart") or (
                self.state.asked_for == "placed" and secret_talk)) \
                and (parts := pin_parts(pieces, any(e.type == "PASSWORD"
                                                    for e in self.state.expect))):  # "go on
            # then two" / "mm hm" /
            spans += parts  # "nine" ...: a PIN in parts, while the agent only says "mm hm"
            # (also after its first digit by its place: "the first one's 2" / "mm hm" / "1 and
            # 8")
            if self.state.asked_for != "placed":
                self.state.asked_for = "pinpart"
        if self.state.asked_for == "amount" and (answering or asked_of):
            spans += amounts_said(pieces, spans)
        if self.state.asked_for == "year" and (answering or asked_of):
            spans += [(k, k + 1) for k, p in enumerate(pieces)  # "spring of 2021? Yeah, 2021."
                      if p.kind == "number" and _YEAR_RE.fullmatch(p.text)
                      and not any(a <= k < b for a, b in spans)]
        elif self.state.asked_for in ("amount", "pinpart") and confirming \
                and _confirms(pieces) \
                and (confirmed := max((k for k, p in enumerate(pieces) if p.text in _CONFIRMED),
                                      default=-1)) >= 0:
            # the agent's "I can see a recharge of five hundred on the 12th, yes, that
            # matches", "so two nine four seven, that's all matched", or "That's right,
            # $38.41." (not "that's correct, so the balance remaining is ...")
            if self.state.asked_for == "amount":
                spans += amounts_said(pieces[:_confirmed_value_end(pieces, confirmed)], spans)
            else:  # a PIN read back opens the turn: "so 2947, yeah, that's all matched"
                first = min(k for k, p in enumerate(pieces) if p.text in _CONFIRMED)
                spans += [(k, k + 1) for k, p in enumerate(pieces[:first])
                          if p.kind == "number" and k < _PIN_READ_BACK_REACH]
        elif self.state.asked_for == "amount" and confirming and self.state.answer_words:
            key, said = self.redactor._key, set(self.state.answer_words)

            def heard_as(start: int, end: int) -> bool:  # ("62.50" of "sixty two fifty")
                return keyed_hash(key, "said:" + "".join(
                    p.text for p in pieces[start:end] if p.kind == "number")) in said

            def units_heard(start: int, end: int) -> bool:  # ("£148.20" of "she says 148")
                numbers = [k for k in range(start, end) if pieces[k].kind == "number"]
                return len(numbers) == 2 and pieces[numbers[0] + 1].text == "." \
                    and keyed_hash(key, f"said:{pieces[numbers[0]].text}") in said

            amounts = amounts_said(_first_sentence(norm), spans)
            spans += [span for span in amounts if heard_as(*span) or units_heard(*span)
                      or all(keyed_hash(key, f"said:{p.text}") in said
                             for p in pieces[span[0]:span[1]] if p.kind == "number")]
            spans += [(a[0], b[1]) for a, b in pairwise(amounts)
                      if a[1] == b[0] and heard_as(a[0], b[1])]  # "three forty-two eighteen"
            # read back as "three hundred and forty-two dollars eighteen"
            # the caller's amount said back in the agent's next sentence, confirmed or not:
            # "yep the 40 dollars landed at 7:18 but ..."
        asks_a_pin = any(h.label == "PASSWORD" for h in hits) and not _PIN_WORDS.isdisjoint(
            p.text for p in pieces if p.text not in _NUMBER)  # ("correct, and now your four
        # digit passcode": the PIN is still to come)
        if issuing and self.state.asked_for in ("pin", "pinpart") and (
                (_confirms(pieces) and not asks_a_pin) or (
                _is_question(norm) and not _asks_again(norm)
                and not _OTHER_ASKED.isdisjoint(p.text for p in pieces)
                and _PIN_WORDS.isdisjoint(p.text for p in pieces if p.text not in _NUMBER))):
            self.state.asked_for = ""  # the agent confirms the PIN or asks about something
            # else ("thanks. what time would suit for the engineer?"): it is over (not "that
            # doesn't match, try again", "you can say it quietly", "i only caught the first
            # part")
        if answering or asked_of:
            spans += [span for span in guesses_asked(pieces)
                      if not any(a < span[1] and span[0] < b for a, b in spans)]
        if (answering or asked_of) and spans:
            spans += alternatives_after(pieces, spans, norm.original)
        if spans and (answering or asked_of or secret_talk):
            spans += appended_digits(pieces, spans)
        heard = set(self.state.answer_words)
        if confirming and heard:
            key = self.redactor._key
            spans += [span for span in confirmed_read_back(
                pieces, lambda word: keyed_hash(key, f"said:{word}") in heard, norm.original,
                lambda word: keyed_hash(key, _SECRET_KEY + _alnum(word)) in self.state.values)
                if not any(a < span[1] and span[0] < b for a, b in spans)]
            spans += [span for span in characters_said_back(
                pieces, lambda word: keyed_hash(key, f"said:{word}") in heard)
                if not any(a < span[1] and span[0] < b for a, b in spans)]
        if issuing:
            self.state.answer_words = []  # (a read-back comes right after the answer)
            if spans and self.state.asked_for in ("title", "phrase") \
                    and not _ISSUING.isdisjoint(p.text for p in pieces):
                self.state.asked_for = ""  # the agent gives a secret of its own ("i'll give you
                # a temporary password it's sparrow 729"): what was asked is answered
        elif expected or answering or asked_of:  # what the agent may read back next: the
            # caller's turns since the agent last spoke
            self.state.answer_words = sorted(heard | {
                keyed_hash(self.redactor._key, f"said:{p.text}") for p in _stated(pieces)
                if p.kind in ("word", "alnum") or (
                    p.kind == "number" and self.state.asked_for == "amount")})[:_ANSWER_WORDS]
        spans = [(start, max(end, dictated_rest(pieces, end))) for start, end in whole_phrases(
            pieces, with_titles(pieces, spans), norm.original,
            where=self.state.asked_for == "place")]
        side = BUSINESS_SIDE if issuing else "caller"
        dictating, self.state.dictating = self.state.dictating, 0
        dictated = dictating  # (whoever's turn ends the other side's letters below)
        open_side, self.state.dictation_open = self.state.dictation_open, None
        if "PASSWORD" in self._continuing and not dictating:
            dictating, open_side = 1, side  # "Okay, so it's capital B" / "Mm-hmm." / "then i s
            # c u i t": a secret the speaker's last turn left unfinished, dictated on
        if issuing and dictating and open_side not in (None, side):
            spans += [span for span in dictation_heard_back(pieces)  # "let me repeat capital s
                      if not any(a < span[1] and span[0] < b for a, b in spans)]  # u n r ..."
        elif issuing and dictating and open_side is None:
            spans += [span for span in dictation_heard_back(pieces)  # "Your temporary password
                      if not any(a < span[1] and span[0] < b for a, b in spans)]  # is capital
            # M, small n, 8." / "So that's M N 8": the agent's own, said again
        if open_side not in (None, side, BUSINESS_SIDE) and not _to_hear_again(norm) \
                and not _backchannel_words([p.text for p in pieces if p.kind != "punct"]) \
                and _NO_NEED_RE.search(norm.canonical) is None:  # (but "oh you don't need to"
            # / "hash b l u e ...": told it need not be said, the caller goes on all the same)
            dictating = 0  # the agent spoke, not only "mm hm", "Yes." or "sorry, can you speak
            # up?": the caller's letters are over (but for the agent's read-back of them)
        if not spans and dictating and (goes_on := dictation_goes_on(
                pieces, open_side == side)) is not None:
            spans.append(goes_on)  # "Pelican, yep." / "Then 7 3, then an exclamation point."
        if dictating and not issuing:
            spans += [span for span in dictation_read_back(pieces)
                      if not any(a < span[1] and span[0] < b for a, b in spans)]
        if dictated and (opening := dictation_goes_on(pieces, True)) is not None \
                and opening[1] - opening[0] >= _OPENING_CHARACTERS:
            spans = [(a, b) for a, b in spans if not opening[0] <= a < b <= opening[1]]
            if not any(a < opening[1] and opening[0] < b for a, b in spans):
                spans.append(opening)  # ("It's K7rm44x.") "K, 7, r, m... sorry, and then?" /
                # "4, 4, x.": the secret just given, said back or on in characters opening the
                # turn
        if not issuing and not spans and not expected and self.state.secret_asked_back \
                and _puts_it_right(pieces):
            for start in _sentence_starts(pieces):  # "(so that's curlew?) No, it's heron.",
                # "no change it to heron please", "Wait, no ... He wants lapwing instead.", "umm
                # no... i changed it last week. it's heron now": what comes after the words of
                # putting right, in the turn's first sentence or in a later one that says it
                # ("it's ...", "make it ..."), read as an answer (not "No, it's broken", "No,
                # it's Saturday", "no. honestly. it's mad": everyday words and days)
                rest = start + _past_putting_right(pieces[start:])
                if start > 0 and not any(p.text in _SAYS_THE_VALUE for p in pieces[start:rest]):
                    continue
                spans += [(a + rest, b + rest) for a, b in find_secrets(
                    pieces[rest:], True, spoken_of, norm.original) if not any(
                        everyday_word(p.text) or how_things_are(p.text) or p.text in WEEKDAYS
                        for p in pieces[a + rest:b + rest])
                    and not any(a + rest < d and c < b + rest for c, d in spans)]
        if not issuing and not spans and self.state.read_back == "PASSWORD" \
                and self.state.read_back_by == BUSINESS_SIDE \
                and (end := dictated_rest(pieces, 0)) >= _SPELLED_OUT \
                and all(p.kind == "punct" for p in pieces[end:]):
            spans.append((0, end))  # the secret just given, spelled back by its listener:
            # "Kv77#mR2." / "Capital K, small v, 7, 7, hash, m, capital R, 2."
        if issuing:
            spans += [span for span in issued_characters(pieces)
                      if not any(a < span[1] and span[0] < b for a, b in spans)]
            named = _NAMED_AFTER_RE.search(norm.canonical)
            before = norm.piece_index(named.start() + 1) if named is not None else len(pieces)
            said_to = dictated_rest(pieces[:before], 0)
            if not spans and said_to >= _READ_BACK_CHARACTERS and (
                    (named is not None and said_to == before)
                    or ("PASSWORD" in (self.state.last_named, self.state.last_value)
                        and said_to == len(pieces)
                        and all(e.type != KEEP for e in self.state.expect))):  # (not the
                # business's reference said again: "say that again" / "k l 4 4 9 0")
                spans.append((0, said_to))  # "your temporary password" / "capital P small x
                # 4": the secret just named, dictated in the next turn; "capital J, small u, n,
                # e, 1, 9 is your temporary password": dictated before it is named
        if issuing and any(h.label == "PASSWORD" for h in hits) \
                and not _ISSUING.isdisjoint(p.text for p in pieces):
            spans += [(k, k + 1) for k, p in enumerate(pieces)  # "I will reset the parental
                      if _entered_at(pieces, k)  # PIN to a temporary one. Please enter 1 9 7 4
                      and _PIN_LENGTHS[0] <= len(p.text) <= _PIN_LENGTHS[1]  # on the remote"
                      and not any(a <= k < b for a, b in spans)]
        if issuing:
            just_given = bool(heard) and all(h.label != KEEP for h in hits) \
                and "PASSWORD" in (self.state.last_value, self.state.last_named)
            spans += [span for span in dictation_read_back(pieces)  # "It's K7-Lotus-42. That's
                      if not any(a < span[1] and span[0] < b for a, b in spans)  # K, seven,
                      and (just_given or any(0 <= span[0] - b <= _SPELLED_AFTER
                                             for _, b in spans))]
            # dash, ...", and the caller's secret, just given, spelled back: "Let me read it
            # back: C-H-A-I, at symbol, capital M-O-N-S-O-O-N, nine zero?"
        left_open = bool(spans) and (norm.original.rstrip().endswith(_LEFT_OPEN) or all(
            p.kind != "punct" for p in pieces)) and all(  # (speech-to-text's, with no marks)
            p.kind == "punct" or len(p.text) == 1 for p in pieces[max(end for _, end in spans):])
        spelled_out = not issuing and any(  # the caller spelled it: "Capital S, small u, n,
            sum(len(p.text) for p in pieces[a:b]  # f, ...": the agent reads it back
                if p.kind == "spelled" or (p.kind == "word" and len(p.text) == 1))
            >= _SPELLED_OUT for a, b in spans)
        if spans and (issuing or left_open or spelled_out):  # the agent dictates a secret, or
            # either side breaks off in the middle of one ("W, C..." / "Yep, go on." / "S, T,
            self.state.dictating = _DICTATION_UTTERANCES  # L, E."); the read-back of a part
            self.state.dictation_open = side if left_open or spelled_out else None  # waits
        else:
            self.state.dictating = dictating - 1 if dictating else 0
            self.state.dictation_open = open_side if self.state.dictating else None
        if given_only:
            spans = [span for span in spans if _given_as_a_secret(pieces, span)]
        if not spans and self.state.last_value == "PASSWORD":
            spans += part_named_on(pieces)  # "first part K7RQ2." / "Mm hm." / "Second part
            # 9XMPL."
        spans += [span for span in letters_with_their_cases(pieces, lenient=bool(
            expected or answering or asked_of or secret_talk or dictated
            or "PASSWORD" in (self.state.last_named, self.state.last_value)))  # "So again,
                  if not any(a < span[1] and span[0] < b for a, b in spans)]  # capital T, ..."
        spans += [span for span in parts_said_on(pieces, spans)  # "..., then the little hat,
                  if not any(a < span[1] and span[0] < b for a, b in spans)]  # you know, ..."
        if spans and expected and issuing and all(h.label != "PASSWORD" for h in hits):
            spans = _past_business_references(norm, hits, spans)  # (a caller reading a text
            # out may read the code after a reference: "reference number 88041 and 447112")
        spans += read_back
        if spans and expected and not issuing and (taken_back_after(
                pieces, max(end for _, end in spans)) or asks_someone_else(pieces)):
            self._tentative_secret = True  # "it says 448120 no that's the old one", "frank!
            # what did you put for the first pet?": the answer is still to come
        if spans and not self._tentative_secret:  # the password was given: nobody waits for
            # it any more, unless it is asked again
            self.state.last_value = "PASSWORD"  # for again ("sorry, can you repeat that?")
            self._value_said = True
            if self.state.verifying:  # an answer keeps the check going: its second question
                self.state.verifying = _VERIFYING_UTTERANCES  # may come after a spelling
            last = max(end for _, end in spans)
            said_up_to = norm.cstarts[last - 1] + len(pieces[last - 1].text)
            for hit in hits:
                if hit.label == "PASSWORD" and hit.start < said_up_to:  # (not "a hundred and
                    hit.answered = True  # twelve euro fifty, that's right, and your memorable
                    # word please": asked after the secret read back)
        out = []
        for start, end in spans:
            cend = norm.cstarts[end - 1] + len(pieces[end - 1].text)
            self._remember_value("PASSWORD", norm.canonical[norm.cstarts[start]:cend])
        if "PASSWORD" in self.state.values.values():  # "Chiang Mai. Or maybe Chiangmai"
            covered = {k for a, b in spans for k in range(a, b)}
            again = sorted({k for start, end in self._secret_said_again(
                pieces, titles=confirming and bool(heard)) for k in range(start, end)} - covered)
            runs = [[k] for k in again[:1]]
            for k in again[1:]:  # a title read back is one value
                if k == runs[-1][-1] + 1:
                    runs[-1].append(k)
                else:
                    runs.append([k])
            longer = [(run[0], max(run[-1] + 1, dictated_rest(pieces, run[-1] + 1),
                                   _capitalised_rest(pieces, run[-1] + 1, norm.original)))
                      for run in runs]  # "Pelican 73 exclamation"; "(that'd be Tama.) Tama
            # Hohaia.": the rest of a name said with it
            for start, end in longer:
                if end - start > 1:  # "marlin" said before, now "marlin nine": the whole,
                    cend = norm.cstarts[end - 1] + len(pieces[end - 1].text)  # for its
                    self._remember_value(  # read-back ("marlin nine, that's right")
                        "PASSWORD", norm.canonical[norm.cstarts[start]:cend])
            spans += longer
        if dictated:  # (either side: "4 7 2..." / "9 hash." / the agent's "So 4729 hash.")
            spans += [(k, k + 1) for k in self._dictation_run_together(pieces)
                      if not any(a <= k < b for a, b in spans)]
        told = self.state.dictated_parts if self.state.dictating else []
        for start, end in spans:
            cend = norm.cstarts[end - 1] + len(pieces[end - 1].text)
            if self.state.dictating and len(told) < _MAX_DICTATED_PARTS:
                told.append(keyed_hash(self.redactor._key, _DICTATED_KEY + "".join(
                    _alnum(p.text) for p in pieces[start:end] if p.text not in _CASE_WORDS)))
            while start > 0 and (pieces[start - 1].text in _LETTER_CASES or (
                    pieces[start - 1].text == "case" and start > 1
                    and pieces[start - 2].text in ("upper", "lower")) or (
                    pieces[start - 1].text in ("small", "big") and len(pieces[start].text) == 1)):
                start -= 1  # "lowercase q, 4, 4", "capital X", "upper case W": which of a
                # letter's two the secret has is part of it (not "just in case Sunflower88")
            out.append((Finding("PASSWORD", pieces[start].start, pieces[end - 1].end,
                                SCORE_CONTEXT), cend))
        self.state.dictated_parts = told
        self.state.secret_asked_back = issuing and bool(spans) and _reads_it_back_asking(
            pieces, max(b for _, b in spans) if spans else 0)
        return out

    def _dictation_run_together(self, pieces: list[Piece]) -> list[int]:
        """Pieces that are the parts of a secret just dictated, read back run together by the
        listener: "B 7," / "lowercase q, 4, 4," / "capital X." then "So B7q44X." (not another
        code said meanwhile: "and my flight is BA2490")."""
        parts = set(self.state.dictated_parts)
        if not parts:
            return []
        key = self.redactor._key

        def parts_in(text: str) -> int:
            """How few whole parts make up `text` from its start (0: none do)."""
            fewest = {0: 0}  # where a run of whole parts from the start may end -> parts
            for end in range(1, len(text) + 1):
                made = [fewest[start] + 1 for start in fewest if start < end
                        and keyed_hash(key, _DICTATED_KEY + text[start:end]) in parts]
                if made:
                    fewest[end] = min(made)
            return fewest.get(len(text), 0)

        found: list[int] = []
        for k, piece in enumerate(pieces):
            if piece.kind not in ("word", "alnum", "number") or piece.text.isalpha():
                continue
            end = k + 1  # "4 7 2..." / "9 hash." read back "So 4729 hash.": with the symbols
            while end < len(pieces) and pieces[end].text in _SYMBOL_NAMES:  # said after it
                end += 1
            for stop in range(end, k, -1):
                text = "".join(_alnum(p.text) for p in pieces[k:stop])
                made = parts_in(text) if _RUN_TOGETHER_MIN <= len(text) <= _RUN_TOGETHER_MAX \
                    else 0
                if made > 1 or (made and not piece.text.isdigit()):  # (digits alone: from
                    found += range(k, stop)  # two parts or more, not one number said again)
                    break
        return found

    def _secret_said_again(self, pieces: list[Piece], titles: bool = False
                           ) -> list[tuple[int, int]]:
        """Pieces that are a secret's word heard earlier in the call: a read-back ("fiesta
        matched") or the caller saying it again, also as a possessive ("dunmore's my cousin's");
        a title's words said together again ("the quiet man, yes"): later in the call only
        one of three words or more (privacy first: "the great escape", though "nine to five"
        goes too; not "the bill"), in the agent's turn right after the answer (`titles`) any."""
        key, values = self.redactor._key, self.state.values

        def heard(form: str) -> bool:
            return values.get(keyed_hash(key, _SECRET_KEY + form)) == "PASSWORD"

        said = [(k, k + 1) for k, piece in enumerate(pieces)
                if piece.kind in ("word", "alnum", "spelled")
                and (_remembered_length(piece.text) or quoted(pieces, k))
                and not _a_date_s_month(pieces, k)  # ("her birthday, the 14th of August, so
                # 1408" ... "back at the end of August": a date's, not the secret again)
                and any(heard(_alnum(form))
                        for form in {piece.text, piece.text.removesuffix("'s")})]
        for n, (k, _) in enumerate(said):  # ... with the rest of it after the word: "kifaru
            run = _alnum(pieces[k].text)  # seven, that's correct" (secret "kifaru 7")
            for j in range(k + 1, min(len(pieces), k + _SECRET_TAIL)):
                if pieces[j].kind not in ("word", "number", "alnum", "spelled"):
                    break
                run += _alnum(pieces[j].text)
                if heard(run):
                    said[n] = (k, j + 1)
            end, run = said[n][1], "".join(_alnum(p.text) for p in pieces[k:said[n][1]])
            if end < len(pieces) and pieces[end].kind == "number" \
                    and (end + 1 == len(pieces) or pieces[end + 1].kind == "punct"
                         or pieces[end + 1].text in FUNCTION_WORDS
                         or pieces[end + 1].text in FILLERS) \
                    and heard(_alnum(pieces[end - 1].text) + _THEN_DIGITS):
                said[n] = (k, end + 1)  # its words with another number: "newcastle united
                # nineteen sixty nine" turned down, "newcastle united nineteen fifty five"
            for j in range(k - 1, max(-1, k - _SECRET_TAIL), -1):  # ... or before it: "seven
                if pieces[j].kind not in ("word", "number", "alnum", "spelled"):  # seven tiger"
                    break  # said again as "apple seven seven tiger" (an issued "apple",
                run = _alnum(pieces[j].text) + run  # "seven seven tiger")
                if heard(run):
                    said[n] = (j, end)
        for k in range(len(pieces) - 2):  # a hyphenated secret said again: "the Co-op"
            j, run = k, _alnum(pieces[k].text)
            while j + 2 < len(pieces) and pieces[j + 1].text == "-" \
                    and pieces[j + 1].start == pieces[j].end == pieces[j + 1].end - 1 \
                    and pieces[j + 2].start == pieces[j + 1].end \
                    and pieces[j + 2].kind in ("word", "alnum", "number"):
                j += 2
                run += _alnum(pieces[j].text)
                if _remembered_length(run) and heard(run):
                    said.append((k, j + 1))
                    break
        for k in range(len(pieces)):
            if pieces[k].kind not in ("word", "number", "ordinal") \
                    or not heard(_TITLE_KEY + "^" + _alnum(pieces[k].text)):
                continue  # (one look-up a piece: only a title's first word opens a run)
            run = ""
            for j in range(k, min(k + _TITLE_RUN, len(pieces))):
                if pieces[j].kind not in ("word", "number", "ordinal"):  # "the sixth sense"
                    break
                run += _alnum(pieces[j].text)
                if (j - k >= 2 or (titles and j == k + 1 and k <= _READ_BACK_OPENS)) \
                        and heard(_TITLE_KEY + run):  # (a title of two words read back opens
                    # the turn: "home alone, lovely"; not "are you home alone now?")
                    said.append((k, j + 1))
        return said

    def _usernames(
        self, norm: Normalized, expected: bool, hits: list[_Hit]
    ) -> list[tuple[Finding, int]]:
        """Usernames after their cues, in answer to a question for one, in a handle's form, and
        said again later in the call (a keyed hash of each is remembered)."""
        pieces = norm.pieces
        cues = [h for h in hits if h.label == "USERNAME"]
        canon = norm.canonical
        spans = find_usernames(pieces, [(norm.piece_index(h.end - 1) + 1, _one_word(canon, h))
                                        for h in cues], expected, norm.original)
        if spans:
            self.state.last_value = "USERNAME"
            self._value_said = True
            for hit in cues:
                hit.answered = True
        values, key = self.state.values, self.redactor._key
        said = {login_form(pieces[start:end]) for start, end in spans}
        covered = {k for start, end in spans for k in range(start, end)}
        if said or "USERNAME" in values.values():
            # "... one success for jmorales from ...", "wokonkwo2, that's w o k o n k w o
            # two": said again, typed or spelled, later in the call or in the same breath
            k = 0
            while k < len(pieces):
                end = k + 1
                spoken = pieces[k].kind == "spelled" or (  # "so maricel underscore d c 8 8":
                    pieces[k].kind == "word" and k + 1 < len(pieces)  # its word said whole
                    and pieces[k + 1].text in SPOKEN_JOINERS)
                while end < len(pieces) and (pieces[end].start == pieces[end - 1].end or (
                        spoken and (
                            _said_character(pieces[end]) or (  # "o m a r underscore b k dot
                                # 1990": spelled with its joiners said
                                pieces[end].text in SPOKEN_JOINERS and end + 1 < len(pieces)
                                and _said_character(pieces[end + 1]))))):
                    end += 1
                last = end
                while last - 1 > k and pieces[last - 1].kind == "punct":
                    last -= 1  # "marg.belanger:": the colon is the chat's
                first = k
                while first < last - 1 and pieces[first].kind == "punct":
                    first += 1  # "(nt_wanderer77)": the bracket is the sentence's
                form = login_form(pieces[first:last])
                if first not in covered and (
                        form in said or values.get(keyed_hash(key, form)) == "USERNAME"):
                    spans.append((first, last))
                k = end
            spans += self._login_said_in_words(pieces, spans)
        out = []
        for start, end in spans:
            form = login_form(pieces[start:end])
            if len(form) >= MIN_PART_DIGITS and len(values) < MAX_VALUES:
                values.setdefault(keyed_hash(key, form), "USERNAME")
            cend = norm.cstarts[end - 1] + len(pieces[end - 1].text)
            out.append((Finding("USERNAME", pieces[start].start, pieces[end - 1].end,
                                SCORE_CONTEXT), cend))
        return out

    def _login_said_in_words(self, pieces: list[Piece], spans: list[tuple[int, int]]
                             ) -> list[tuple[int, int]]:
        """A username given before, read back in separate words where a turn opens: "r pillai
        zero two okay i see your account" (given as "r pillai zero two" or "rpillai02"), a run
        of a few letters, words and numbers."""
        values, key = self.state.values, self.redactor._key
        taken = {k for start, end in spans for k in range(start, end)}
        out = []
        k = 0
        while k < min(len(pieces), _LOGIN_OPENING):
            best = None
            for end in range(k + 2, min(len(pieces), k + _LOGIN_WORDS) + 1):
                if pieces[end - 1].kind not in _LOGIN_PIECES or end - 1 in taken:
                    break
                form = login_form(pieces[k:end])
                if len(form) >= _LOGIN_MIN and values.get(keyed_hash(key, form)) == "USERNAME":
                    best = end
            if best is not None and k not in taken:
                out.append((k, best))
                k = best
            else:
                k += 1
        return out

    def _names(self, norm: Normalized, name_expected: bool,
               spelling: bool = False, speaker: str | None = None) -> list[tuple[Finding, int]]:
        pieces = norm.pieces
        key = self.redactor._key
        known = set(self.state.names)
        out: list[tuple[Finding, int]] = []

        cased = mixed_case(norm.original)

        def remember(digest: str) -> None:
            if digest not in known and len(self.state.names) < MAX_NAMES:
                self.state.names.append(digest)
                known.add(digest)

        def learn(found: list[Piece]) -> None:
            for piece in found:
                text = piece.text.removesuffix("'s")  # "my husband Iolo's on it": "Iolo";
                if text != piece.text and name_class(text) in ("E", "W") \
                        and not _family_after(pieces, piece):  # not "in-law's" (but "it's
                    continue  # summer, rose's mum": rose)
                if text.isalpha() and text not in NAME_PARTICLES and (
                        text not in SPOKEN_JOINERS or capitalised(piece, cased)) and (
                        # "j dot okafor": not "dot", but "Dash Okafor"
                        text not in NON_NAME or capitalised(piece, cased)
                        or text in FUNCTION_WORD_NAMES):  # "it's will here"
                    form = _memory_form(piece, cased, text)
                    remember(keyed_hash(key, form))
                    if form.translate(_PLAIN_LETTERS) != form:  # "Yıldız" spelled "Y-I-L-D-I-Z"
                        remember(keyed_hash(key, form.translate(_PLAIN_LETTERS)))
            # The name run together, as it is spelled later ("a l hyphen k h a t i b" after
            # "ibrahim al-khatib"): every tail of two words or more.
            words = [p.text.replace("'", "") for p in found if p.kind == "word"
                     and p.text.replace("'", "").isalpha()]
            for k in range(len(words) - 1):
                remember(keyed_hash(key, "".join(words[k:])))

        spans = find_names(pieces, name_expected, norm.original, spelling, self.state.chat_log)
        if not self.state.chat_log and ":" in norm.canonical \
                and chat_senders(pieces, norm.original):
            self.state.chat_log = True  # the lines of a chat open with their sender
        labels = _NAME_LABELS.find(norm) if ":" in norm.canonical or "(" in norm.canonical \
            else []
        line_starts = _line_starts(norm) if labels else []
        for start, end, kind in labels:  # "Full name: Rose Abernethy", "attendees: Bill Tran, ..."
            label_end = norm.piece_index(end - 1) + 1
            first = norm.piece_index(start)
            if pieces[label_end - 1].text in ("name", "names") and first \
                    and pieces[first - 1].text in _THING_NAMES:
                continue  # "Company name: Acme Ltd", "Pet name: Biscuit"
            mark = pieces[label_end].text if label_end < len(pieces) else ""
            k = bisect_right(line_starts, label_end + 1)
            line = pieces[label_end:min(line_starts[k] if k < len(line_starts) else len(pieces),
                                        label_end + _LABELLED_REACH)]  # the label's line
            # from its mark (not the next line's label: "Name: Rose Abernethy\nEmail: ...")
            if mark == "(" or (mark == ":" and kind != "ROLE"):
                spans += [(a + label_end, b + label_end) for a, b in labelled_name(
                    line, 1, cased, many=kind == "LIST")
                    if ORG_SUFFIXES.isdisjoint(p.text for p in line[a:b])]  # (not "Payer:
                # Cork GAA", "Captain: Barnsley FC")
            elif mark == ":":
                spans += [(a + label_end, b + label_end)
                          for a, b in role_labelled_name(line, 1, cased)]
        if cased:
            spans += signed_off(pieces, cased)  # "Yours faithfully, Faith Jepkosgei"
            spans += signers_after_a_closing(pieces, cased)  # "Love, Souksavanh and Khamphoui"
            signed = signature_line(pieces, cased)
            if self.state.letter_by is not None and self.state.letter_by == speaker \
                    and signed is not None:
                spans.append(signed)  # "Hi Inga, ..." / "Ring me ..." / "Ertie": the writer
            elif opens_a_letter(pieces, cased) and signed is not None and signed[0] > 0:
                spans.append(signed)  # ... or on the last line of the same message
        if self.state.letter_by is not None and self.state.letter_by != speaker \
                and (_is_question(norm) or any(p.text in _ASKING_WH for p in pieces[:1])):
            self.state.letter_by = None  # the other side asked: a one-word reply answers it
        if cased and opens_a_letter(pieces, cased):
            self.state.letter_by = speaker
        # Names the lexicon finds count as weaker evidence than an introduction: where a span
        # overlaps another finding ("CALDE 703098 BJ9IJ"), the other finding names the type.
        scored = [(span, SCORE_CONTEXT) for span in spans] + [
            (span, SCORE_EXPECTED) for span in
            LexiconNames(pieces, cased).find(spans)]
        for (start, end), score in scored:
            start, end = with_rare_neighbours(
                pieces, *with_hyphenated_parts(pieces, start, end, cased), cased)
            if start and pieces[start - 1].text in _SPOKEN_HONORIFICS \
                    and name_class(pieces[start].text) != "E":  # (not "Mister Muscle")
                start -= 1  # "mister begay", "missus garza": the title said as a word goes with
                # the name it is part of (the role titles, "doctor", "sister", stay)
            out.append((Finding("PERSON", pieces[start].start, pieces[end - 1].end, score), 0))
            learn(pieces[start:end])
        if known:
            # A name heard earlier in the call, mentioned again ("thanks kathryn"), spelled
            # ("c h e n"), or followed by the rest of the name ("aleksandr volkov"); not a
            # word of a place named as one ("Minh" ... "every night in Ho Chi Minh City").
            places = {k for span, located in place_spans(norm.texts) if located for k in span}
            index = 0
            while index < len(pieces):
                piece = pieces[index]
                if index in places:
                    index += 1
                    continue
                form = _memory_form(piece, cased) if piece.kind in ("word", "spelled") \
                    and piece.text.replace("'", "").isalpha() else ""
                owner = next((form[:-len(end)] for end in _CONTRACTED if form.endswith(end)),
                             "") if form and form[0] != "~" else ""  # "Hine'll call"
                if owner and owner.lstrip("^") not in NON_NAME \
                        and keyed_hash(key, owner) in known \
                        and not _common_noun_here(pieces, index, owner.lstrip("^")):
                    # "jack's is a check up": the name's possessive, that word alone
                    out.append((Finding("PERSON", piece.start, piece.end, SCORE_EXPECTED), 0))
                    index += 1
                    continue
                if form and (keyed_hash(key, form) in known or any(
                        keyed_hash(key, stem) in known for stem in _possessed_forms(form))
                        or (piece.text.endswith("'s") and keyed_hash(key, _memory_form(
                            piece, cased, piece.text[:-2])) in known)) \
                        and (not _common_noun_here(pieces, index)
                             or _capitalised_alone(norm.original, pieces, index, form)
                             or _asked_of_them(pieces, index)) \
                        and not _a_modal_s_question(pieces, index) \
                        and not a_dated_month(pieces, index) \
                        and (form[0] != "~" or _addressed_or_subject(pieces, index)):
                    # (not "Jan" ... "on 3 Jan": a date's month)
                    end = find_name_end(pieces, index + 1, cased) if piece.kind == "word" \
                        and not piece.text.endswith("'s") else index + 1  # ("Frank's van")
                    if len(piece.text) == 1 and piece.kind == "word" and end <= index + 1:
                        index += 1  # an initial alone is no one ("o r tambo" ... "booking r
                        continue  # a nine four ..."); before the rest of a name, it is
                    end = max(end, index + 1)
                    start, end = with_hyphenated_parts(
                        pieces, find_name_start(pieces, index, cased), end, cased)
                    out.append((Finding("PERSON", pieces[start].start, pieces[end - 1].end,
                                        SCORE_EXPECTED), 0))
                    # Capitalised names around a known one are remembered too.
                    learn([p for p in pieces[start:end] if capitalised(p, cased)])
                    index = end
                    continue
                index += 1
        return out

    def _advance(
        self,
        norm: Normalized,
        hits: list[_Hit],
        found: list[tuple[Finding, int]],
        speaker: str | None,
        continued: dict[str, int],
    ) -> None:
        """Update what the conversation expects next from what this utterance said."""
        canon = norm.canonical
        found_types = {f.type for f, _ in found}
        expect = {
            e.type: e.model_copy(update={"utterances": e.utterances - 1})
            for e in self.state.expect
            if e.utterances > 1 and e.type not in found_types
        }
        answered_back: set[str] = set()  # held by a question back or the asker's answer
        beside = _asks_beside(norm)  # ... unless the answer relayed is in the turn already:
        consults = beside is not None and all(  # "Luc, what was the phrase? ... He says ..."
            cend <= beside for f, cend in found if f.type == "PASSWORD")
        if speaker is not None and (found_types <= {"PERSON"} or consults or (
                _is_question(norm) and (_asks_back(norm) or _echoes(norm, hits)))):  # (a
            # name in passing: "my husband Callum got one of those scam calls"; what follows
            # a question back: "My first school? ... we moved when I was six.")
            answered_back = self._wait_through_a_side_sequence(norm, hits, speaker, expect,
                                                               bool(found), consults)
        if "PASSWORD" in expect and expect["PASSWORD"].thought_over \
                and not expect["PASSWORD"].applies_to(speaker) \
                and not (_waits_first(norm) or _only_waits(norm)):
            del expect["PASSWORD"]  # a secret the other side was thinking of, and the asker
            # says more than "no rush": "can I take your date of birth instead?", "don't
            # worry about it, I've verified you with the card"
        held_back = {t: expect[t] for t in answered_back if t in expect}
        if self._tentative_secret or (not found and not hits and not _is_question(norm)
                                      and _waits_first(norm)):  # only capitals guessed at the
            # answer, or "take your time. Just the two letters": still awaited (not "That's
            # fine. And the second, your first school?")
            held_back.update((e.type, e.model_copy(update={"held": e.held + 1}))
                             for e in self.state.expect if e.type == "PASSWORD")
        if speaker is not None and _only_asks_back(norm):
            for e in self.state.expect:  # "who am I speaking with?" / "Pardon?" / "Oh, Ngaire."
                if e.type == "PERSON" and e.applies_to(speaker) and e.held < MAX_HELD:
                    held_back["PERSON"] = e.model_copy(update={"held": e.held + 1})
        invites = _invites(norm)
        # "go ahead with the licence": an invitation to give what it names asks for it
        asks = bool(hits) and (_asks(norm) or invites)
        # "... and for security the full social please": a request for the personal values it
        # names (not one that resets what was awaited: "bear with me while i reload the order
        # please")
        requests = asks or (bool(hits) and norm.pieces[-1].text == "please"
                            and _FIRST_PERSON.isdisjoint(p.text for p in norm.pieces))
        thinking = speaker is not None and not invites and not _is_question(norm) \
            and not _THINKING.isdisjoint(p.text for p in norm.pieces) and any(
                e.applies_to(speaker) and e.speaker not in (None, speaker) and e.questioned
                for e in self.state.expect)
        # (the side asked a secret thinks aloud, and its words name nothing it asks for: "(what
        # was your first pet?) oh gosh, that was years ago" still owes the answer)
        if asks and not thinking and any(h.label == KEEP and not h.answered
                                         and not (invites and _names_a_document(canon, h))
                                         for h in hits):
            expect = {t: e for t, e in expect.items() if t in answered_back}
            # "What's the confirmation number?": the next answer is that, not a value the
            # other side mentioned before ("I need to add my passport"); but "(... needs my
            # passport number) yes, for the confirmation letter. go ahead" hands the turn back
        # "your" or anyone else's: "what's his student id", "her member number"
        asks_yours = asks and not _YOURS.isdisjoint(p.text for p in norm.pieces)
        words = {p.text for p in norm.pieces}
        lead = _lead(norm)  # "yep, what's the new account": the question starts after "yep"
        offers: _Offers | None = None  # where the speaker offers to give a value
        chooses: bool | None = None  # the speaker asks to choose a secret anew
        if invites:  # "sure, go ahead with yours first": the other side gives it now
            expect = {t: e.model_copy(update={"speaker": None, "utterances": e.utterances + 1})
                      if e.applies_to(speaker) and not e.same_speaker else e
                      for t, e in expect.items()}
        elif not found and speaker is not None and ((not hits and _affirms(norm)) or (
                hits and not asks and _opens_with_yes(norm)
                and all(h.label == KEEP for h in hits))):
            # "aadhaar also you want?" / "yes sir, full number": a short yes from the side a
            # value was just offered to hands the turn back, as a bare "yes" does (`_hold`),
            # and so does one that says what the value is for ("yes please, we send the claim
            # directly")
            expect = {t: e.model_copy(update={"speaker": None})
                      if e.speaker is not None and e.speaker != speaker and not e.same_speaker
                      and e.utterances == EXPECT_UTTERANCES - 1 else e for t, e in expect.items()}
        statement: list[bool] = []
        asked_here: set[str] = set()  # labels a cue of this utterance asked for as a question

        def states() -> bool:  # once per utterance, not per cue: a long text has many
            if not statement:
                statement.append(_states(norm))
            return statement[0]
        found_marks: list[_Marks] = []
        helping: list[bool] = []
        outright: list[bool] = []

        def asks_outright() -> bool:  # once per utterance: a long text has many cues
            if not outright:
                outright.append(_asks_outright(norm))
            return outright[0]
        told_new: list[bool] = []

        def told_of_a_new_one() -> bool:  # once per utterance, as above
            if not told_new:
                told_new.append(_A_NEW_ONE_TOLD_RE.search(canon) is not None
                                and not asks_outright())
            return told_new[0]

        def offers_help() -> bool:  # once per utterance: a long text has many cues
            if not helping:
                helping.append(_only_offers_help(canon))
            return helping[0]

        def marks() -> _Marks:
            if not found_marks:
                found_marks.append(_Marks(norm))
            return found_marks[0]
        greeting = _GREETING_SENTENCE_RE.match(canon)
        if greeting is not None and not any(
                h.label == KEEP and h.start >= greeting.end() for h in hits):
            greeting = None  # a department's name asks for nothing only where the turn asks
            # for a reference of the business's (not "You've reached the PIN reset team. How
            # can I help?", "Thanks for calling Acme, I just need your date of birth.")
        for k, hit in enumerate(hits):
            phrase = canon[hit.start:hit.end]
            if hit.label == "CARD_EXPIRY" and _DURATION_AFTER_RE.match(canon, hit.end) \
                    and not _CARD_BEFORE_RE.search(canon, max(0, hit.start - _CARD_REACH),
                                                   hit.start) \
                    and not _is_question(norm):
                continue  # "It expires in 24 hours": when a code lapses, no card's expiry
                # asked (but "Does your card expire in a few months?")
            if greeting is not None and hit.end <= greeting.end() and hit.label != KEEP \
                    and hit.label != "PASSWORD" and not _YOURS_BEFORE_RE.search(
                        canon, max(0, hit.start - _YOURS_REACH), hit.start):
                continue  # "Thanks for calling CoinVault account recovery, my name's Priya.
                # Have you got a ticket number?": a department's name asks for nothing
            if k and _written_on(canon, hits[k - 1], hit, asked=True):
                continue  # "the tracking number on the card?": where it is written, not asked
            if hit.label in answered_back:
                continue  # still the value first asked for
            if _a_department(canon, hit):
                continue  # "let me check with accounts": the team asked, no value
            if hit.label not in _ASKED_BY_WHEN and _REFERENCE_HEADS.isdisjoint(phrase.split()) \
                    and _asks_when_or_why(norm, hit):
                continue  # "When did you last have the phone?": a time, not the value (but
                # "when does the card expire?", "when's your birthday?" ask for one)
            # One word ("card", "visa") waits for an answer only in a question ("put it on the
            # card on file" asks for nothing), a bare "number" or "account" only in a question
            # about yours ("what's your beauty insider number"; not "the address on the account").
            if hit.label == KEEP and asks and phrase.removeprefix("the ") in BUSINESS_REFERENCES \
                    and not states():
                # "what's the order number?": a long number said next is the business's own
                # (a statement sets nothing: "I'll refund it" / "so 9123 4546" reads back a
                # phone)
                expect[KEEP] = Expectation(type=KEEP, utterances=EXPECT_UTTERANCES,
                                           speaker=speaker)
            if hit.label == KEEP or (hit.answered and not (
                    asks and not _STILL.isdisjoint(words) and not told_of_a_new_one())):
                continue  # but "is the car reg still 221 D 4408?" may be answered with a new one,
                # and "the plate on file is YD12 ORL. What's the new one?" asks for it
            if phrase.endswith(" is") or (
                    hit.label != "PASSWORD" and " " not in phrase
                    and _SUBJECT_S_VERBS_RE.match(canon, hit.end) and not _is_question(norm)
                    and not asks_outright()):
                continue  # "his car is ...": it tells the value, it never asks for it; nor
                # does "the card expires 08/25, so a new one will be posted" (the value the
                # subject of what it tells; a secret spoken of may still be asked or reset next,
                # "my passcode expired", and a value named in full may be what the turn is
                # about)
            if _OWNS_WHAT_WAS_SAID_RE.search(canon, max(0, hit.start - _OWNER_WORD_REACH),
                                             hit.start) and _SENTENCE_ENDS_RE.match(canon, hit.end):
                continue  # "That's my number.": owning the value just read out, asking nothing
            offered = False
            if phrase in _TOLD_DESTINATIONS and not _is_question(norm) \
                    and canon[hit.end:].strip(" .,:…-") != "":
                continue  # (the address itself, given next, is found by its own shape:
                # "we've moved to leeds" / "ok" / "number seven, kirkstall road")
            if phrase in INLINE_ONLY_PHRASES and not (asks_yours or invites or (
                    requests and _early_in_question(norm, hit, lead, marks()))):
                if offers is None:  # once per utterance, not per cue (a long text has many)
                    offers = _Offers(norm)
                if not offers.made(hit.start):  # "I will tell you the number, you note it"
                    continue  # "what's the account you want it paid into" asks for one
                offered = True
            elif " " not in phrase and hit.label in _OFFERED_ALONE and not requests:
                if offers is None:
                    offers = _Offers(norm)
                offered = offers.made(hit.start)  # "yes but we changed bank so i'll give you
                # the new iban": a value of one word the speaker offers to give
            if not (" " in phrase or (requests and not offers_help())
                    or hit.label == "PASSWORD" or offered):
                continue  # a secret spoken of ("my pin isn't working") may be reset next; (not
                # "I can give twenty gigs of mobile data", nor the company's "Clearwave Mobile,
                # Niamh speaking, how can I help you today?": an offer of help asks for nothing)
            if hit.label == "PASSWORD" and _yes_no(norm, _sentence_start(norm, hit, lead,
                                                                         marks())):
                continue  # "will my door pin still work?": about the secret, not asking for it
            # The value comes from the same speaker when they offer it ("should I give an
            # alternate number?") or were cut off before it ("... and the checking account
            # number is"), from either side when it is a secret the speaker issues ("I've
            # texted you a code, can you read it back"), and otherwise from the other side.
            if offers is None:
                offers = _Offers(norm)
            own = offers.made(hit.start) \
                or _CUT_AFTER_CUE.match(canon, hit.end) is not None
            if chooses is None and hit.label == "PASSWORD":
                chooses = _chooses(norm)  # once per utterance: a long text has many cues
            label, issued = hit.label, (
                not _ISSUING.isdisjoint(words) and not _ISSUERS.isdisjoint(words)
                and not _listener_sets(norm, hit.start)
                and not (speaker not in (None, BUSINESS_SIDE) and _A_THIRD_PARTY & words)) or (
                hit.label == "PASSWORD" and bool(chooses))
            if phrase in ("code", "the code") and issued:
                label = "PASSWORD"  # "I've sent a code to that email, can you read it to me"
            issuing = label == "PASSWORD" and issued
            # "(the reg?) hang on ruaraidh what's the reg again": asked for it, the speaker asks
            # someone beside them, and the answer may come from either
            owed = next((e for e in self.state.expect if speaker is not None
                         and e.type == label and not e.same_speaker and e.applies_to(speaker)),
                        None)  # the other side asked this speaker for it (or either may say it)
            relayed = owed is not None and (_asked_right_before(norm, hit.start)
                                            or beside is not None)
            if owed is not None and owed.speaker in (BUSINESS_SIDE, None) \
                    and speaker != BUSINESS_SIDE and not relayed and not issuing \
                    and label == "PASSWORD":
                expect[label] = owed.model_copy(update={"utterances": EXPECT_UTTERANCES})
                continue  # "(what's the password on the account?) oh the password, hang on":
                # the secret named again while it is owed is still owed by its speaker
            expect[label] = Expectation(
                type=label, utterances=EXPECT_UTTERANCES,
                speaker=None if issuing or relayed else speaker,
                same_speaker=own and not issuing and not relayed,
                questioned=label == "PASSWORD" and (
                    label in asked_here or _asked_in_its_sentence(norm, hit)))
            if expect[label].questioned:  # one cue of the question is enough: "your security
                asked_here.add(label)  # question is what was your first car"
        tail = _tail(norm)
        text_end: int | None = None  # where the text ends but for its closing marks, once
        last_word = next((p.text for p in reversed(norm.pieces) if p.kind != "punct"), "")
        trails_off = norm.original.rstrip().endswith(("...", "…"))
        for f, cend in found:
            if f.type == "PASSWORD" and cend >= tail and last_word in _DANGLING:
                # "so the 3rd of" / "mm-hm" / "sorry, the dog's at the postie. February,
                # 1996.": a secret broken off mid-phrase is still awaited from its speaker,
                # wherever their next turn says the rest
                expect[f.type] = Expectation(type=f.type, utterances=1, speaker=speaker,
                                             same_speaker=True)
                continue
            full = _full_length(f.type) if f.type in SPLIT_LENGTHS or (
                f.type in OPEN_LENGTH_TYPES and (speaker is not None or f.type != "VEHICLE_PLATE")
            ) else None  # a plate is read out in parts, not typed over two lines
            if full is not None and cend >= tail and f.score < SCORE_VALIDATED:
                digits = continued.get(f.type, 0) + _digits_before(canon, cend)
                if digits < full:  # cut off at the end: the rest may follow
                    expect[f.type] = Expectation(  # at least one "digit" heard: the rest
                        type=f.type, utterances=1, speaker=speaker, same_speaker=True,  # goes on
                        digits=max(digits, 1),  # only where the next turn opens ("... x v t")
                    )
            elif f.type == "PERSON" and f.end >= (text_end if text_end is not None else (
                    text_end := len(norm.original.rstrip(" .,?!…")))) \
                    and next((p.kind for p in reversed(norm.pieces) if p.kind != "punct"),
                             "") == "spelled":  # (names carry no canonical end; "K O W A L...")
                expect[SPELLING_ON] = Expectation(type=SPELLING_ON, utterances=1, speaker=speaker,
                                                  same_speaker=True, digits=1)
            elif f.type == "USERNAME" and cend >= tail and f.type not in expect and any(
                    p.kind == "spelled" or p.text in SPOKEN_JOINERS
                    or (p.kind == "word" and len(p.text) == 1)
                    for p in norm.pieces if f.start <= p.start < f.end):  # said out, not typed
                # "it's j dot k" / "yep" / "n e r three one", "soo underscore yeon" / "dot k
                # nine nine": a login said out goes on
                expect[f.type] = Expectation(type=f.type, utterances=1, speaker=speaker,
                                             same_speaker=True, digits=1)
            elif f.type == "EMAIL_ADDRESS" and cend >= tail and f.score == SCORE_EXPECTED \
                    and "@" not in canon[:cend]:  # "dot work" / "mhm" / "at gmail dot com"
                expect[f.type] = Expectation(type=f.type, utterances=1, speaker=speaker,
                                             same_speaker=True, digits=1)
            elif f.type == "STREET_ADDRESS" and cend >= tail \
                    and _house_number_alone(norm.original[f.start:f.end]):
                # "yeah it's number nine" / "mm hm" / "ardmore park in bray": the house's
                # number first, its street next (only a street: what opens the next turn is
                # no part of the address unless it is one)
                expect[STREET_AFTER_NUMBER] = Expectation(
                    type=STREET_AFTER_NUMBER, utterances=1, speaker=speaker, same_speaker=True)
            elif f.type == "STREET_ADDRESS" and self._street_named:
                expect[STREET_WORD_NEXT] = Expectation(
                    type=STREET_WORD_NEXT, utterances=1, speaker=speaker, same_speaker=True)
            elif f.type == "DATE_OF_BIRTH" and cend == self._date_parts_end \
                    and not _has_a_year(norm, cend):
                # "Nineteenth..." / "Mm-hm." / "of July..." / "Yep." / "nineteen eighty-one":
                # a birth date said in parts goes on until its year (no digits heard: a number
                # that opens the next turn is no rest of its digits, "15 pounds they took")
                expect[f.type] = Expectation(type=f.type, utterances=1, speaker=speaker,
                                             same_speaker=True)
            elif f.type == "IP_ADDRESS" and (cend >= tail or canon[cend:].strip(" .") == "dot") \
                    and _IP_PART_RE.fullmatch(canon[:cend].split()[-1]):
                # "it says 169.254..." / "yep" / "12.88": an address read in parts goes on
                expect[f.type] = Expectation(type=f.type, utterances=1, speaker=speaker,
                                             same_speaker=True, digits=1)
            elif f.type == "ZIP_CODE" and cend >= tail and _half_postcode(canon, cend):
                # "its b six three" / "mm hm" / "nine q x": half a postcode, the rest to come
                expect[f.type] = Expectation(type=f.type, utterances=1, speaker=speaker,
                                             same_speaker=True, digits=1)
        if trails_off and "PASSWORD" in found_types and "PASSWORD" not in expect \
                and speaker != BUSINESS_SIDE:
            # "It is Smok, like the dragon, all one word..." / "Mm hm." / "...and then 1978 at
            # the end.": an answer that trails off goes on in its speaker's next turn
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=1, speaker=speaker,
                                             same_speaker=True)
        if "PASSWORD" in found_types and not _ISSUING.isdisjoint(words):
            # "I've set a temporary one: Harbour-Lamp-62." / "Harbour-Lamp-62, got it.": the
            # other side may read an issued secret back
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker)
        if ("STREET_ADDRESS" in found_types and "ZIP_CODE" not in found_types) or (
                any(e.type == ZIP_AFTER_STREET for e in self.state.expect)
                and found_types <= {"PERSON"} and _place_line(norm)):  # "Parnell" may look
            # like a surname
            # The ZIP code often follows on its own, from either side ("... los angeles",
            # "yes that's right, 90026"), or after a line that names the district or town of
            # a typed address ("Kohimarama" / "Auckland 1071").
            expect[ZIP_AFTER_STREET] = Expectation(type=ZIP_AFTER_STREET, utterances=1)
        name_asked = bool(_NAME_REQUESTS.find(norm) or _asks_for_a_name(norm)) \
            and not _asks_a_thing_s_name(norm)
        if name_asked and not ("PERSON" in found_types and _tells_whose_name(norm)):
            expect["PERSON"] = Expectation(type="PERSON", utterances=1, speaker=speaker)
        last = self.state.last_value
        if speaker == BUSINESS_SIDE and "PASSWORD" not in expect and not self.state.passed \
                and any(e.type == "PASSWORD" and e.questioned for e in self.state.expect) \
                and _invites(norm):
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)  # "I can't take
            # it on the keypad, but you can read it out": the secret is still to come
        named = self.state.last_named
        # "the line broke up, could you give it to me in fours": the same value, again (not
        # "what's the monthly price again": that names what it asks for); where a security
        # answer was refused ("that's not what i have here"), the secret asked for last, though
        # nothing in the answer was taken for it
        # ... the secret asked for last, where the question is still open (the answer held
        # nothing taken for it); and another character of it: "and the sixth?"
        secret_open = named == "PASSWORD" and any(
            e.type == named and not e.same_speaker for e in self.state.expect)
        again = {t for t in (("PASSWORD",) if secret_open else (last,))
                 if t is not None and t not in found_types}  # (with a secret's question
        # open, what is asked again is its answer: "Not quite, I'm afraid.")
        if last == "PASSWORD" and not hits and (_asks_for_a_place(norm)
                                                or _asks_which_of_them(norm)):
            expect[last] = Expectation(type=last, utterances=EXPECT_UTTERANCES, speaker=speaker)
        elif again and not hits and ((_asks_again(norm) and (
                secret_open or speaker in (None, BUSINESS_SIDE)
                or self.state.last_value_by != speaker)) or (
                self.state.verifying and "PASSWORD" in (last, named)
                and _hints_otherwise(norm)) or (
                last == "PASSWORD" and speaker == BUSINESS_SIDE and _checks_what_was_said(norm))):
            for entity_type in again:  # a secret asked again in the check asks for it, as
                # the first time did ("that's not the word I have, do you want another go?")
                expect[entity_type] = Expectation(
                    type=entity_type, utterances=EXPECT_UTTERANCES, speaker=speaker,
                    questioned=entity_type == "PASSWORD" and speaker == BUSINESS_SIDE
                    and not self.state.passed and (self.state.verifying > 0 or any(
                        e.type == "PASSWORD" and e.questioned for e in self.state.expect)))
        elif last is not None and last not in found_types \
                and all(h.label == KEEP for h in hits) and (
                    _asks_for_another(norm) or _and_someone(norm, found) or _and_theirs(norm)):
            # "the seats are together. And for your husband?": that, or any identifier asked
            # of the first person before it
            expect[last] = Expectation(type=last, utterances=EXPECT_UTTERANCES, speaker=speaker)
            expect[ANY_IDENTIFIER] = Expectation(type=ANY_IDENTIFIER, utterances=1,
                                                 speaker=speaker)
        if last == "DATE_OF_BIRTH" and last not in found_types and _asks_for_its_year(norm):
            # "twenty three" / "and the year ma'am": the rest of the birth date
            expect[last] = Expectation(type=last, utterances=EXPECT_UTTERANCES, speaker=speaker)
        if speaker == BUSINESS_SIDE and "PASSWORD" not in expect \
                and self.state.asked_for == "characters" and asks_for_characters(norm.pieces):
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)  # its parts
        chosen_next = False  # this turn asks for a new secret to be chosen
        if "PASSWORD" not in found_types \
                and (new_one := _a_new_secret(canon, named, last)) is not None \
                and all(h.label in (KEEP, "CARD_EXPIRY")
                        or new_one.start() <= h.start < h.end <= new_one.end()
                        or (h.label in _CHOSEN_SECRETS and h.start >= new_one.end())
                        for h in hits) \
                and (new_one[1] is not None or new_one[2] is not None or named in _CHOSEN_SECRETS) \
                and _NEVER.isdisjoint(words):
            # "(... failed attempts on the online password) I can wipe it and set a new one with
            # you now", "(sent a temporary password to the email on file) it'll ask you to make
            # a new one": a secret to choose, named or given last; one only wanted ("it wants a
            # new one") where it was named last (not "you'll need a new one" of a handset after
            # a security answer; nor "... choose a new one, don't tell me the new one", nor
            # "your mobile number is out of date, and I'll set a new one": the one named); when
            # it expires says nothing of it ("it expires in 24 hours and you'll set a new one");
            # a code named after the rule is one of its rules ("the new one has to be four
            # digits and differ from your disarm code")
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker)
            chosen_next = True
        elif speaker == BUSINESS_SIDE and all(h.label == KEEP for h in hits) \
                and "PASSWORD" not in found_types and _SECRET_RULES_RE.search(canon) is not None \
                and not _CHOOSING_A_SECRET.isdisjoint(words):
            # "Choose something with at least eight letters", "it needs one capital letter and
            # a symbol": the rules of a secret the caller is about to choose, and say
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
        elif not hits and named is not None and named not in found_types \
                and (_asks_for_the_one(norm) or (
                    (named not in expect or expect[named].speaker != speaker)
                    and _asks_for_it(norm))):
            # "I want to change my username" / "What's the current one?": the value the last
            # cue named
            expect[named] = Expectation(type=named, utterances=EXPECT_UTTERANCES, speaker=speaker)
        for hit in reversed(hits):
            if hit.label != KEEP:
                self.state.last_named = hit.label
                break
        if speaker == BUSINESS_SIDE and self.state.code_coming and _sends_it(norm.pieces) \
                and _NO_CODE_SENT.isdisjoint(words):
            self.state.code_coming = 0  # "yep sending it now", "that number matches, sending
            expect["PASSWORD"] = Expectation(type="PASSWORD",  # it now": the code comes next
                                             utterances=EXPECT_UTTERANCES, speaker=speaker)
        elif speaker == BUSINESS_SIDE and not VERIFIED_WORDS.isdisjoint(words):
            self.state.code_coming = 0  # the check passed without it
        elif speaker == BUSINESS_SIDE and any(h.label in _SENT_CODES for h in hits) \
                and not _SENDING.isdisjoint(words) and _NO_CODE_SENT.isdisjoint(words) \
                and any(e.type != "PASSWORD" and e.speaker == speaker for e in expect.values()):
            self.state.code_coming = _CODE_COMING_TURNS  # "next i'll text a one time code to
            # the mobile on file, can you confirm that number": the code comes after the answer
        elif speaker == BUSINESS_SIDE and self.state.code_coming:
            self.state.code_coming -= 1
        if not any(h.label == KEEP for h in hits) and (
                _asks_for_something_of_someones(norm) or (
                    speaker == BUSINESS_SIDE and _asks_which_number(norm.pieces))):
            expect[ANY_IDENTIFIER] = Expectation(type=ANY_IDENTIFIER, utterances=1,
                                                 speaker=speaker)
        self._security_question(norm, hits, speaker, expect, chosen_next)
        if speaker == BUSINESS_SIDE and "PASSWORD" in found_types \
                and all(h.label == KEEP for h in hits) and _asks_for_the_next_secret(norm.pieces):
            # "4471. And the side gate padlock?": the secret read back, then the next of its
            # kind asked for in a word or two
            expect["PASSWORD"] = Expectation(type="PASSWORD", utterances=EXPECT_UTTERANCES,
                                             speaker=speaker, questioned=True)
        if chosen_next:  # "(could you change that password) sure, what would you like it to
            held_back.pop("PASSWORD", None)  # be?": a new one asked for, not asked back
        expect.update(held_back)  # what a question back holds is not what it said in passing
        self.state.expect = list(expect.values())
        self.state.asked_by = speaker if _is_question(norm) and (
            name_asked or _requests_a_value(canon, hits)) else None


_SHORT_QUESTION = 6  # words
_VERIFYING_UTTERANCES = 4  # an identity check's questions come within this many utterances
_NOT_SO = frozenset(("not", "doesn't", "doesnt", "didn't", "didnt", "isn't", "isnt", "no",
                     "wrong"))
# How a question about the caller's past asks: "what was ...", "where did ...", "tell me ...".
_ASKING_WH = frozenset(("what", "what's", "whats", "where", "which", "who", "who's"))
_BIRTH = frozenset(("born", "birth"))
_BORN_WHERE = frozenset(("where", "town", "city", "village", "place", "country", "hospital"))
_ASKING_ABOUT_YOU = _ASKING_WH | {"tell", "name", "confirm", "give"}
_QUESTION_OBJECT_REACH = 4  # pieces: a bare "account" this early in a question is its object
# (one more where no preposition or verb governs it: "can i get the number on the account")
_ASKING = frozenset(("?", "your", "need", "what", "what's", "whats", "which", "whose",
                     "confirm", "spell", "read"))
_ASKING_PAIRS = frozenset((("can", "you"), ("could", "you"), ("can", "i"), ("could", "i"),
                           ("may", "i"), ("do", "you"), ("would", "you"), ("will", "you"),
                           ("i'll", "need"), ("let", "me"), ("tell", "me"), ("give", "me"),
                           ("did", "you"), ("have", "you"),  # "... did you change banks"
                           ("is", "there"), ("are", "there")))  # "... is there a code for it"
# Verbs that make "and the account ..." a statement rather than a request, and that end the
# clause of a cue ("your pin stays the same and your 2499 rate").
_STATING = frozenset(("is", "was", "are", "were", "has", "have", "had", "will", "would", "can",
                      "did", "does", "do", "got", "went", "said", "says", "came", "needs",
                      "isnt", "wasnt", "isn't", "wasn't", "'s", "being", "been", "be", "stays",
                      "stay", "remains", "works", "changes", "changed", "won't", "wont"))
_QUESTION_OPENERS = frozenset(("what", "what's", "whats", "which", "can", "could", "may",
                               "would", "will", "do", "does", "did", "have", "is", "are",
                               "and", "please", "read", "give", "tell", "confirm", "just",
                               "spell", "so", "ok", "okay", "now", "then", "lastly", "also"))


# Words before a common noun, never before a name: "the coral garden", "thousands of miles".
_DETERMINERS = frozenset(("a", "an", "the", "thousands", "hundreds", "millions", "dozens",
                          "lots", "loads", "plenty", "couple", "few", "many", "some", "more"))


_BEFORE_A_TIME_OR_PLACE = frozenset(("at", "in", "since", "on", "by", "from", "until"))


def _a_modal_s_question(pieces: list[Piece], index: int) -> bool:
    """"Will I get a courtesy car?" after the agent's "my name's Will": the modal, asking."""
    return pieces[index].text in _MODAL_NAMES and index + 1 < len(pieces) \
        and pieces[index + 1].text in _ASKING_SUBJECTS \
        and (index == 0 or pieces[index - 1].text in (".", "?", "!", ",", "so", "and", "but"))


_ASKING_SUBJECTS = frozenset(("i", "you", "we", "he", "she", "they", "it", "that", "this"))


def _capitalised_alone(original: str, pieces: list[Piece], index: int, form: str) -> bool:
    """A name heard with its capital, written so again and not as part of a thing's name of
    several capitalised words or an acronym: "Jasmine from procurement ... the Jasmine desk
    lamp" is the name, privacy first (not "the Earl Grey", "the Sky Cinema tent", "the PIN")."""
    piece = pieces[index]
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    return form[0] == "^" and not original[piece.start:piece.end].isupper() and not (
        after is not None and after.kind == "word" and original[after.start].isupper())


_ANSWER_WORDS = 40  # kept of a security answer, for the agent's read-back of it
_SPOKEN_HONORIFICS = frozenset(("mister", "missus", "misses", "madame", "madam", "monsieur",
                                "mistress"))


def _common_noun_here(pieces: list[Piece], index: int, word: str | None = None) -> bool:
    """A name that is a word too, used as the word: after an article or a quantity, maybe with
    an adjective or "of" between ("an actual baker", "thousands of miles"), once "hemi baker"
    and "miles" were names in the call; a name that is a place, after a word that goes to one.
    `word` is the name when the piece is its possessive ("the baby's")."""
    kind = name_class(word or pieces[index].text)
    if index == 0 or kind not in ("W", "P"):
        return False
    before = pieces[index - 1]
    if kind == "P":  # "paris" heard as a name, then "a flight to paris": the place; but "send
        # it to jordan", "a text from austin" are the person
        went = index > 1 and pieces[index - 2].text in JOURNEY_WORDS
        return before.text in PLACE_PREPOSITIONS or (before.text in ("to", "from") and went) \
            or (before.text == "to" and index > 1 and pieces[index - 2].kind == "number")
    if before.text in _DETERMINERS:
        return True
    if before.kind == "number" and before.text != "1" and len(before.text) <= _COUNT_DIGITS \
            and _YEAR_RE.fullmatch(before.text) is None \
            and pieces[index].text.endswith("s") \
            and (index < 2 or pieces[index - 2].text not in _BEFORE_A_TIME_OR_PLACE):
        return True  # "twelve miles", "two bills": how many, not who ("ticket 4417 dale",
        # "at 3 miles called")
    return index > 1 and pieces[index - 2].text in _DETERMINERS and (
        before.text == "of" or name_class(before.text) == "E") \
        and not _called_after_the_thing_asked(pieces, index)


def _called_after_the_thing_asked(pieces: list[Piece], index: int) -> bool:
    """After the noun asked for, a name heard in the call is whom the speaker asks: at the end
    of a wh-question ("what's the postcode hope") or before the reason or the please ("and a
    number frank in case the tech can't find you"); not "the last hope" in a statement."""
    if pieces[index - 1].text in _NOT_ASKED_ABOUT:
        return False
    after = [p.text for p in pieces[index + 1:index + 3]]
    return (pieces[0].text in _ASKING_WH and all(p.kind == "punct" for p in pieces[index + 1:])) \
        or after[:1] in (["please"], ["if"]) or after == ["in", "case"]


# Words before a name-word that make it the word ("what's the only hope", "what's the big
# deal"): no noun asked about.
_NOT_ASKED_ABOUT = frozenset(("only", "last", "best", "first", "next", "same", "other", "new",
                              "old", "big", "real", "main", "whole", "final"))


# Letters that no decomposition makes plain, as a name spelled out loud writes them.
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ß": "ss",
                                "æ": "ae", "œ": "oe", "ħ": "h", "þ": "th"})


def _family_after(pieces: list[Piece], piece: Piece) -> bool:
    """The possessive is of someone whose family is named next ("rose's mum")."""
    index = bisect_left(pieces, piece.start, key=lambda p: p.start)  # not list.index: linear
    return index + 1 < len(pieces) and pieces[index + 1].text in FAMILY


_CONTRACTED = ("'s", "'ll", "'d", "'ve", "'re")  # a name heard before, contracted: "jack's",
# "Hine'll call when she's 20 minutes out"


def _possessed_forms(form: str) -> tuple[str, ...]:
    """The name a possessive is of, as speech-to-text writes it without its apostrophe
    ("ayaans"); not the plural of a name that is a word too ("pages" after a Ms Page), nor a
    word of its own ("jeans" after a Jean)."""
    if len(form) < 4 or not form.endswith("s") or name_class(form) == "E":
        return ()
    stem = form[:-1]
    return (stem,) if name_class(stem) not in ("E", "W") else ()


def _memory_form(piece: Piece, cased: str, text: str | None = None) -> str:
    """How a name is remembered: as its word (`text`, the piece's own unless given), or, for
    a name that is mostly a common word ("Will", "May", "Bill"), only in its capitalised form,
    so that once "the coach Will" is heard a later "Will moved on" is a name too, while "will"
    in lower case never is."""
    text = piece.text if text is None else text
    written_capital = capitalised(piece, cased)
    if text not in NON_NAME and not (written_capital and name_class(text) == "W"):
        return text  # a word-name written with its capital ("Hope") is remembered so
    if written_capital:
        return "^" + text
    # A name that is a function word too ("will", "may", "bill"), heard in lower case: found
    # again only where the word cannot be meant (`_addressed_or_subject`).
    return "~" + text if text in FUNCTION_WORD_NAMES else ""


# What follows a name as the subject of a clause and never follows the same word as a modal
# verb or a noun after its article: "will is at minus one pound", "that will can i grab".
_SUBJECT_NEXT = frozenset(("is", "was", "has", "said", "says", "told", "did", "does", "can",
                           "could", "would", "should", "must", "might", "will", "here",
                           "speaking", "rang", "called", "asked", "wants", "knows"))
# Where "bill" known as a name opens a clause, and what only he does then: "when bill calls",
# "once bill confirms it"; and when he comes with something, "with bill on thursday".
_BARE_BILL_BEFORE = frozenset(("when", "once", "if", "until", "till", "after", "before", "so",
                               "and", "but", "then", "because"))
_WHAT_BILL_DOES = frozenset(("calls", "rings", "phones", "texts", "emails", "says", "said",
                             "confirms", "confirmed", "rang", "called", "told", "tells", "asks",
                             "asked", "knows", "thinks", "will", "can", "could", "should",
                             "would", "gets", "speaks", "spoke", "checks", "checked", "is",
                             "was", "has", "had", "signs", "signed", "sorts", "sorted"))
_WHEN_WITH_BILL = frozenset(("on", "tomorrow", "today", "tonight", "next", "this", "at",
                             "yesterday", "earlier", "later", "last"))
_SPOKEN_WITH_BILL = frozenset(("speak", "talk", "spoke", "spoken", "talked", "heard", "booked",
                               "ask", "asked", "chat", "chatted", "ring", "rang", "call"))
_PASSED_ON = frozenset(("pass", "send", "give", "forward", "hand", "passed", "sent", "gave"))
# Words a name said again may follow: whom one greets or thanks, and clause openers.
_NAME_PRECEDERS = frozenset(("that", "else", "and", "but", "so", "tell", "ask", "with", "to",
                             "by", "from", "for"))
# What follows a name greeted or thanked at a call's end: "thank you bill bye", "no problem
# bill have a good one".
_LEAVE_TAKING = frozenset(("bye", "goodbye", "cheers", "thanks"))
_GOODBYES = frozenset(("have", "take", "talk", "speak", "see", "enjoy"))  # not after a modal
# What a modal or a noun ends a sentence after, where the word is no name: "yes i will.", "the
# new one will", "see you in may", "hopefully it will".
_NOT_BEFORE_A_CLOSING_NAME = frozenset((
    "i", "you", "we", "they", "he", "she", "it", "that", "this", "who", "which", "there", "what",
    "not", "also", "too", "still", "never", "always", "one", "1", "someone", "somebody",
    "in", "of", "on", "by", "until", "till", "til", "since", "from", "for", "to", "at", "before",
    "after", "during", "next", "last", "early", "late", "mid", "end", "hopefully", "probably",
    "definitely", "surely", "certainly", "maybe"))
# Roles that address the listener, before their name: "cheers buddy will", "good man bill"
# (not "the man will", "my mate will").
_ADDRESS_TERMS = frozenset(("man", "buddy", "mate", "pal", "sir", "boss", "chief"))
# "One" after praise: "nice one will" (canonically "nice 1"; not "the new one will").
_PRAISED_ONE = frozenset(("nice", "good", "great", "lovely", "cheers"))
# What no modal is followed by: "thanks will you've been great".
_YOU_HAVE_BEEN = frozenset(("you've", "youve", "you're", "youre"))
# Names that are modals too: a verb after one is its verb ("no problem will have a look").
_MODAL_NAMES = frozenset(("will", "may", "can", "might", "shall"))
# A clause's subject with its verb run on: after a greeting, the word before it was whom the
# speaker addressed ("thanks bill i'll need your pin", "ok may let's start").
_CLAUSE_OPENERS = frozenset(("i'll", "i'm", "i've", "i'd", "we'll", "we're", "we've", "let's",
                             "you'll", "you're", "that's", "there's", "it's"))


def _asked_of_them(pieces: list[Piece], index: int) -> bool:
    """A name heard in the call already, then "can you": "my wife summer has the card summer
    can you read me the card" (not "last summer can you believe it")."""
    before = pieces[index - 1] if index else None
    return index + 2 < len(pieces) and pieces[index + 1].text in _ASKING_MODALS \
        and pieces[index + 2].text == "you" and pieces[index].text not in _MODAL_NAMES \
        and (before is None or before.kind == "punct" or before.text in FILLERS
             or before.text in AFFIRMATIVES or before.text in ADDRESSING
             or before.text in ("and", "so", "but"))
    # (the name opens its clause: not "about my power bill can you check it", "the prices
    # rose can you explain why")




def _addressed_or_subject(pieces: list[Piece], index: int) -> bool:
    """A name that is a function word too, heard in the call already, is the name again where
    the grammar rules the word out: greeted or thanked before a pause or the end ("thanks
    will.", "anything else bill?"), or the subject before a verb no modal precedes ("and will
    is at minus", "sorry to hear that will, can i grab"); never after an article or an owner
    ("the bill is", "your bill has")."""
    before = pieces[index - 1].text if index else ""
    after = pieces[index + 1] if index + 1 < len(pieces) else None
    if before in _DETERMINERS or before in OWNERS:
        return False
    if pieces[index].text == "bill" and after is not None and (
            (before in _BARE_BILL_BEFORE and after.text in _WHAT_BILL_DOES)
            or (before in ("with", "from", "to", "by") and after.text in _WHEN_WITH_BILL)
            or (before in ("to", "from", "by", "with") and index > 1 and (
                pieces[index - 2].text in _SPOKEN_WITH_BILL or (
                    index > 2 and pieces[index - 2].text in ("it", "this", "that")
                    and pieces[index - 3].text in _PASSED_ON)))):
        return True  # "when bill calls", "once bill signs it off", "with bill on thursday",
        # "you can speak to bill", "i'll pass it to bill" (not "when bill arrives", "then bill
        # goes out", "we'll need to bill you", "go to bill pay")
    greeted = before in ADDRESSING or before in ("problem", "worries", "bother") or (
        before == "you" and index > 1 and pieces[index - 2].text == "thank") or (
        before == "care" and index > 1 and pieces[index - 2].text == "take")  # "take care
    # bill and good luck with the roof"
    named = greeted or not before or before in _NAME_PRECEDERS
    if after is None or after.kind == "punct":
        return named or (before in ("one", "1") and index > 1
                         and pieces[index - 2].text in _PRAISED_ONE) or (
            before not in _NOT_BEFORE_A_CLOSING_NAME and not before.endswith("ly") and (
                before not in ROLES or (before in _ADDRESS_TERMS and index > 1
                                        and pieces[index - 2].text not in _DETERMINERS
                                        and pieces[index - 2].text not in OWNERS)))
        # "thanks for your help will", "sound will", "ta bill": the name closes what was said
        # (not "yes i will.", "my husband will", "i'll ring again in may", "on one bill")
    if _asked_of_them(pieces, index):
        return True
    return named and (after.text in _SUBJECT_NEXT or (greeted and (
        after.text == "and" or after.text in _WH or after.text in FILLERS
        or after.text in AFFIRMATIVES or after.text in _LEAVE_TAKING
        or after.text in _YOU_HAVE_BEEN or after.text in _CLAUSE_OPENERS or (
            after.text in _GOODBYES and pieces[index].text not in _MODAL_NAMES)
        or (after.text in ("i", "we", "my", "our") and pieces[index].text not in _MODAL_NAMES))))
    # "thank you bill and how much", "welcome will what's the address", "hi will yeah so",
    # "thank you so much will", "nice one will.", "thanks will you've been great", "thanks
    # bill i'll need your pin", "cheers bill we need", "thank you bill my flight is" (not
    # "thanks will i be charged")


_WH_WORDS = frozenset(("what", "what's", "whats", "which"))
_ASKING_MODALS = frozenset(("can", "could", "would", "will", "do"))
_AGAIN = frozenset(("again", "repeat", "fours", "threes", "groups", "chunks", "slowly", "slower"))
# ... in a request to say it again, a question or a few words (not "it's about me knee again,
# I fell at work"): "say that again slowly", "again please", "in fours?"
_REPEAT_VERBS = frozenset(("say", "repeat", "give", "read", "spell", "tell", "go", "do", "run",
                           "start", "try"))
_SHORT_AGAIN = 5  # words
_AGAIN_PAIRS = frozenset((("broke", "up"), ("cut", "out"), ("didn't", "catch"),
                          ("i'm", "after"), ("im", "after"),  # "it's the cat i'm after"
                          ("didnt", "catch"), ("missed", "that"), ("once", "more"),
                          ("say", "that"), ("read", "that"), ("give", "it"),
                          # the answer refused, so another is given: "that doesn't match"
                          ("doesn't", "match"), ("doesnt", "match"), ("not", "matching"),
                          ("not", "quite"), ("no", "match"), ("isn't", "matching"),
                          ("isnt", "matching"), ("not", "recognised"), ("not", "recognized")))
# ... or refused in a few words: "that's not what i have here", "hmm, that's not right"
_REFUSED_PAIRS = frozenset((("something", "different"),
                            ("different", "there"), ("different", "here"),  # "i've got
                            # something slightly different there"
                            ("not", "what"), ("not", "right"), ("isn't", "right"),
                            ("isnt", "right"), ("not", "correct"), ("isn't", "correct"),
                            ("isnt", "correct"), ("that's", "wrong"), ("thats", "wrong"),
                            ("not", "quite"), ("nearly", "there"), ("almost", "there"),
                            ("so", "close"), ("very", "close"), ("not", "exactly"),
                            ("already", "used"), ("been", "used"), ("has", "expired"),
                            ("not", "valid"), ("isn't", "valid"), ("isnt", "valid"),
                            ("doesn't", "work"), ("doesnt", "work"), ("didn't", "work"),
                            ("didnt", "work"), ("not", "working"), ("not", "recognised"),
                            ("not", "recognized")))  # a hint that the answer was close:
# "nearly there", "not quite, I'm afraid"; or that the code given is spent ("that one was
# already used on March 3rd", "that one's expired"): another is asked for
_REFUSAL_WORDS = 10  # "I'm sorry, that's not what I've got here."
_HINTED = frozenset(("longer", "shorter", "specific", "closer", "fuller"))  # (not "Something
# else I should know?")
# What an agent says of an answer that does not match the record: a turn of its own.
_NO_MATCH_PAIRS = frozenset((("not", "matching"), ("doesn't", "match"), ("doesnt", "match"),
                             ("not", "match"), ("didn't", "match"), ("didnt", "match"),
                             ("no", "match"), ("not", "quite"), ("try", "again"),
                             ("not", "it")))
_NO_MATCH_WORDS = 12
_NOT_THE_ONE = ("not", "the", "one")
# ... or what it says of the tries left: "you've two more goes before it locks".
_TRIES_LEFT = frozenset(with_one_as_said(
    (more, go) for more in ("more", "another", "last", "final", "one")
    for go in ("go", "goes", "try", "tries", "attempt", "attempts", "chance", "chances", "guess",
               "guesses")))
_TRIES_LEFT_WORDS = 20
# ... or asks which of the answers given is the one: "which shall I go with?", "which one is it"
_WHICH_OF_THEM = frozenset(with_one_as_said((("one", "answer"), ("which", "answer"),
                                             ("put", "down"))))
_WHICH_SHALL = frozenset(("shall", "should", "do", "will", "one", "1"))
_REFUSING = frozenset(("not", "no", "wrong", "incorrect", "afraid", "isn't", "isnt", "doesn't",
                       "doesnt", "didn't", "didnt", "unfortunately", "nope", "nah", "different",
                       "close"))
# A character of a secret asked for by its place: "and the sixth?", "but not the fifth".
_PLACES = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                     "eighth", "ninth", "tenth", "last", "1st", "2nd", "3rd", "4th", "5th", "6th",
                     "7th", "8th", "9th", "10th"))
# A short question for the rest of the value: "yep and the last letter", "the next bit?"
_REST_PIECES = ("letter", "letters", "digit", "digits", "bit", "bits", "part", "parts",
                "character", "characters", "few", "group", "block", "4", "3", "2")
# "the last letter", "the final few", and where a piece sits: "the letters after it", "the
# letter at the end", "the digits on the end"
_REST_PAIRS = frozenset((part, piece) for part in ("last", "final", "next", "remaining", "end")
                        for piece in _REST_PIECES) | frozenset(
    (piece, where) for piece in _REST_PIECES for where in ("after", "at", "on"))
# "and the rest?", "the rest of it?" (not "the rest of your details")
_REST_OF_IT = frozenset((("rest", "of", "it"), ("rest", "of", "that")))
_REST_QUESTION = 8  # words
_ONLY = frozenset(("just", "only"))
_CHARACTER_PARTS = frozenset(("characters", "letters", "digits", "numbers", "character",
                              "letter", "digit"))


# What a "name" is of when it is no person's: "the company name", "your wifi name".
_THING_NAMES = frozenset(("company", "business", "street", "road", "user", "file", "product",
                          "brand", "store", "shop", "school", "pet", "pet's", "maiden", "town",
                          "city", "network", "wifi", "wi-fi", "domain", "host", "screen",
                          "display", "account", "plan", "device", "router", "medication", "drug"))
_WHO = frozenset(("who", "who's", "whos", "whom"))
_ROLE_ASKED = frozenset(("the", "your", "his", "her", "their", "new", "other"))
_WHO_THINGS = frozenset(("provider", "company", "carrier", "insurer", "supplier", "bank",
                         "network", "employer", "broker", "airline", "lender", "insurance"))


# What a question for a person opens with before its "who".
_WHO_EMBEDDED = frozenset(("ask", "know", "tell", "remember", "me", "confirm", "check", "see"))


def _asks_for_a_name(norm: Normalized) -> bool:
    """A question for someone's name in words no phrase lists ("can i take the account holders
    name", "the name of the second driver?", "who's the appointment for")."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    if not words:
        return False
    if words[-1] in ("name", "names") and words[0] in ("and", "the", "your", "now") \
            and "my" not in words:
        return True  # "and the passenger names", "the lead guest's name": a request
    if not _asks(norm):
        return False
    if words[0] in _WHO or (len(words) > 1 and words[0] in ("and", "so") and words[1] in _WHO) \
            or any(w in _WHO and words[k - 1] in _WHO_EMBEDDED
                   for k, w in enumerate(words[1:6], 1)):
        return _WHO_THINGS.isdisjoint(words)  # not "who is your current provider"; and "can i
        # ask who referred you", "do you know who took the call"
    if words[-1] in ROLES and words[-1] not in TITLES and 1 < len(words) <= _SHORT_QUESTION \
            and words[-2] in _ROLE_ASKED:
        return True  # "and the owner?", "do you remember your instructor"
    return any(w in ("name", "names") and (k == 0 or words[k - 1] not in _THING_NAMES)
               and "my" not in words[max(k - 2, 0):k]  # the speaker's own: "my name is carlos"
               and (k == 0 or words[k - 1].removesuffix("'s") not in NOBODY_IN_PARTICULAR)
               # (nobody's asked for: "i know it was somebody's name")
               and not _names_a_thing(words[k + 1:k + 5])  # "the name of your bank"
               for k, w in enumerate(words))


def _asks_a_thing_s_name(norm: Normalized) -> bool:
    """"can i get the name of the company", "what's the name of your bank": no one's."""
    words = [p.text for p in norm.pieces]
    return any(w in ("name", "names") and _names_a_thing(words[k + 1:k + 5])
               for k, w in enumerate(words))


def _names_a_thing(after: list[str]) -> bool:
    """"of the company", "of your bank": the name asked for is a thing's, where the thing ends
    the phrase (not "of the account holder", "of the store manager": a person's)."""
    if after[:1] != ["of"]:
        return False
    k = 2 if after[1:2] and after[1] in _OWNERS_OF_A_THING else 1
    return k < len(after) and after[k] in _THINGS_NAMED and (
        k + 1 == len(after) or after[k + 1] in _AFTER_A_THING_NAMED)


_OWNERS_OF_A_THING = frozenset(("the", "your", "his", "her", "their", "this", "that"))
_THINGS_NAMED = frozenset(("company", "business", "bank", "store", "shop", "brand", "product",
                           "provider", "insurer", "network", "supplier", "pharmacy", "hotel",
                           "medication", "drug", "device", "router", "app", "website", "firm",
                           "employer", "airline", "carrier", "lender", "broker"))
_AFTER_A_THING_NAMED = frozenset(("?", ".", ",", "please", "you", "that", "is", "again", "for",
                                  "there", "and", "or"))


def _lead(norm: Normalized) -> int:
    """Pieces before what an utterance says: fillers, backchannels and punctuation."""
    k = 0
    pieces = norm.pieces
    while k < len(pieces) and (pieces[k].kind == "punct" or pieces[k].text in FILLERS
                               or pieces[k].text in BACKCHANNELS):
        k += 1
    return k


def _a_clause_of_its_own(pieces: list[Piece], k: int) -> bool:
    """Piece k is in a sentence that opens with its own subject and says three words or more:
    "I always swap them." (not "fluffy.", "the answer's biscuit.", "biscuit i think.")."""
    start = k
    while start > 0 and pieces[start - 1].text not in (".", "!", "?"):
        start -= 1
    end = k
    while end < len(pieces) and pieces[end].text not in (".", "!", "?"):
        end += 1
    words = [p.text for p in pieces[start:end] if p.kind != "punct"]
    return len(words) >= _OWN_CLAUSE_WORDS and words[0] in _CLAUSE_SUBJECTS


_OWN_CLAUSE_WORDS = 3
_CLAUSE_SUBJECTS = frozenset(("i", "we", "you", "he", "she", "they", "it", "that", "this"))


def _a_rare_word_alone(norm: Normalized) -> bool:
    """A word or two few people say, all the turn says, while a secret is still being given:
    "(... for this i put the dog / Go on then.) rusi" is the answer, whole."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return 0 < len(words) <= _RARE_ALONE and all(
        w.isalpha() and not common_word(w) and w not in FILLERS for w in words)


_RARE_ALONE = 2  # words


def _opens_with_a_code_group(norm: Normalized) -> bool:
    """The turn opens, past a "then" or an "and", with letters and digits in one word: the
    next group of a code given in groups ("(first block 8HQ2 / mm hm) then R7TB", "W3ZP and
    the final block is 5MXK")."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    while words and words[0] in _GROUP_LEADS:
        words = words[1:]
    return bool(words) and _CODE_GROUP_LENGTHS[0] <= len(words[0]) <= _CODE_GROUP_LENGTHS[1] \
        and words[0].isalnum() and not words[0].isdigit() and not words[0].isalpha() \
        and _ORDINAL_RE.fullmatch(words[0]) is None \
        and _TIME_OF_DAY_RE.fullmatch(words[0]) is None


def _a_word_then_a_pause(norm: Normalized) -> bool:
    """The turn opens with a word and a pause: the next word of a phrase given word by word
    ("(Copper. / Mm hm.) lantern... and the last one is Tuesday")."""
    pieces = norm.pieces
    return len(pieces) > 2 and pieces[0].kind == "word" and pieces[0].text.isalpha() \
        and pieces[1].text in ("...", "…") and pieces[0].text not in FILLERS \
        and pieces[0].text not in AFFIRMATIVES and pieces[0].text not in FUNCTION_WORDS


def _more_code_groups(pieces: list[Piece], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other words of the turn in the first group's shape, letters and digits of the same
    length: the groups after it ("... and the final block is 5MXK")."""
    first = pieces[spans[0][0]].text
    return [(k, k + 1) for k, p in enumerate(pieces)
            if p.kind == "word" and len(p.text) == len(first) and p.text.isalnum()
            and not p.text.isalpha() and not p.text.isdigit()
            and not any(a <= k < b for a, b in spans)]


# Values of one word whose offer awaits them ("so i'll give you the new iban"; not "I'll
# send it by email", "I'll phone you back": how, not what).
_OFFERED_ALONE = frozenset(("IBAN", "BANK_ACCOUNT", "ROUTING_NUMBER", "PASSPORT", "NATIONAL_ID",
                            "DRIVER_LICENSE"))
_CALL_ME_RE = rx.compile(r"\b(?:call|ring|phone|bell|text|whatsapp)(?: (?:me|us|her|him|them))?"
                         r"(?: back)?(?: on| at)? $")  # ("PM me or call 22710 41822")
_CALL_ME_REACH = 24  # characters: "ring me back on "
_CALLED_ON_DIGITS = 7
_NO_NEED_RE = rx.compile(r"\b(?:(?:you )?(?:don't|do not|dont) (?:need|have) to|no need"
                         r"|you needn't|(?:don't|dont) (?:read|say|give) (?:it|that|me))\b")
_TIME_OF_DAY_RE = rx.compile(r"\d{1,4}(?:am|pm)")  # "then 9pm works"
_GROUP_LEADS = frozenset(("then", "and", "next", "ok", "okay", "so", "right", "uh", "um", "is",
                          "after", "that", "finally", "lastly", "it", "says", "sorry"))
_CODE_GROUP_LENGTHS = (4, 8)  # (not "then 3G signal", "then A4 paper")
_INVITATIONS = frozenset((("go", "ahead"), ("go", "on"), ("fire", "away"), ("i'm", "ready"),
                          ("im", "ready"), ("when", "ready"), ("read", "it"), ("let's", "have"),
                          ("you're", "ready"), ("youre", "ready"), ("ready", "with"),
                          ("say", "it"), ("spell", "it")))


# How the asker insists on the value asked for ("I need it read out", "can you just give it");
# how the side asked puts it off and a yes opens are lists of the language pack (lexicon).
_INSISTING = frozenset(("it", "them", "digits"))
_THINKING = frozenset(("think", "thinking", "remember", "recall", "gosh", "goodness",
                       "written", "wrote", "notes", "notebook"))
_WH = frozenset(("what", "what's", "whats", "which", "when", "where", "who", "how", "why"))
# The side asked for a secret turns to someone beside it, who set it up with them: "What did
# we put for the street I grew up on?", "love, what's our memorable word again?", "hang on
# what did we put down for it" (speech-to-text's, with no marks)
_ASKS_BESIDE_RE = rx.compile(r"\b(?:what|which)(?:(?: did| do| have| had| would)? we (?:put|use|"
                             r"used|set|choose|chose|pick|picked|give|gave|say|said|write|wrote|"
                             r"make|made|go)|(?:'s| is| was) our)\b"  # (not "where do we find")
                             r"|(?:[!,]|\b(?:love|luv|darling|honey|hun|babe|dear|sweetheart))"
                             r" (?:what|which)(?:'s| is| was) (?:the|my|our)(?: [a-z]+){0,4}? "
                             r"(?:pass)?(?:word|phrase|code|pin|number)\b")  # "Karim! What was the
# phrase?", "rose love what's the last number on the building society code"


def _asks_beside(norm: Normalized) -> int | None:
    """Where a question of the turn that asks what "we" chose ends (the answer comes from
    beside, relayed), or None."""
    canon = norm.canonical
    found = _ASKS_BESIDE_RE.search(canon)
    if found is None:
        return None
    mark = canon.find("?", found.end())
    if mark >= 0:
        return mark
    return len(canon) if all(p.kind != "punct" for p in norm.pieces) else None


def _affirms(norm: Normalized) -> bool:
    """The utterance is a yes to giving a value, and nothing else: "yes sir, full number",
    "sure, the whole thing please" (not "okay and the minimum", "yes, that's it")."""
    words = [p.text for p in norm.pieces if p.kind != "punct" and p.text not in _HESITATIONS]
    return bool(words) and words[0] in AFFIRMATIVES and all(
        w in BACKCHANNELS or w in WHOLE_VALUE_WORDS for w in words[1:])


_HESITATIONS = frozenset(("um", "uh", "er", "erm", "oh", "ah", "hmm", "well"))


def _opens_with_yes(norm: Normalized) -> bool:
    """A yes, then what the speaker says of it, asking nothing: "yes please, we send the claim
    directly"."""
    words = [p.text for p in norm.pieces if p.kind != "punct" and p.text not in _HESITATIONS]
    return bool(words) and words[0] in AFFIRMATIVES and "?" not in norm.canonical


def _invites(norm: Normalized) -> bool:
    """"sure, go ahead with yours first", "fire away": an invitation to give the value."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return any(pair in _INVITATIONS for pair in pairwise(words))


def _digits_before(canon: str, end: int) -> int:
    """Digits of the value that ends at `end`: back to the first word ("mine is 512483907 and
    hers is 601" ends with three digits, not twelve)."""
    k = end
    while k > 0 and not canon[k - 1].isalpha():
        k -= 1
    return sum(ch.isdigit() for ch in canon[k:end])


class _Offers:
    """Where the speaker offers to give a value ("I'll send you my new number"), by clause: an
    offer counts for a cue in its own clause, before it, or after it when its object is the
    value ("the new number, i'll send it"; not "before I send a replacement, can I confirm your
    date of birth?", "an email so we can send your form"). Found once per utterance and looked
    up per cue by bisection: a long text has many of both."""

    def __init__(self, norm: Normalized) -> None:
        self.norm = norm
        said = norm.texts
        self.marks = [k for k, text in enumerate(said) if text in _CLAUSE_MARKS]
        self.first: dict[int, int] = {}  # clause -> its first offer
        self.last_of_it: dict[int, int] = {}  # clause -> its last offer of "it", "them"
        for k in range(len(said) - 1):
            if tuple(said[k:k + 2]) in _OFFERS or tuple(said[k:k + 3]) in _OFFER_TRIPLES:
                clause = bisect_right(self.marks, k)
                self.first.setdefault(clause, k)
                if not _OFFERED_OBJECTS.isdisjoint(said[k + 1:k + 4]) or any(
                        said[m] in _ANOTHER and said[m + 1] == "one"
                        for m in range(k + 1, min(k + _ONE_OFFERED, len(said) - 1))):
                    self.last_of_it[clause] = k  # (or "that card got cancelled ... let me
                    # give you the new one")

    def made(self, cstart: int) -> bool:
        if not self.first:
            return False
        cue = self.norm.piece_index(cstart)
        clause = bisect_right(self.marks, cue)
        if self.first.get(clause, cue) < cue:
            return True
        return self.last_of_it.get(clause, -1) > cue \
            and (cue == 0 or self.norm.texts[cue - 1] not in ("your", "ur"))


def _hints_otherwise(norm: Normalized) -> bool:
    """The agent hints that the answer on record differs, in a short turn: "I've got something
    a wee bit more specific than that", "something a little longer on here"."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return len(words) <= _REFUSAL_WORDS and "something" in words \
        and not _HINTED.isdisjoint(words)


def _asks_again(norm: Normalized) -> bool:
    """"sorry, the line broke up, can you give it to me in fours", "say that again slowly", the
    rest of it ("and the last letter"), or the same for someone else: "mm hm and his", "and
    yours?"."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    if (not _AGAIN.isdisjoint(words) and (
            len(words) <= _SHORT_AGAIN or not _REPEAT_VERBS.isdisjoint(words)
            or _is_question(norm))) or any(pair in _AGAIN_PAIRS or (
            pair in _REST_PAIRS and len(words) <= _REST_QUESTION and _STATING.isdisjoint(words))
            for pair in pairwise(words)):
        return True  # but "the next bit is the survey" states
    if len(words) <= _REST_QUESTION and (words[:1] == ["and"] or _is_question(norm)) and (
            words[-2:] == ["the", "rest"]
            or any(tuple(words[k:k + 3]) in _REST_OF_IT for k in range(len(words)))):
        return True  # "and the rest?", "can I have the rest of it?" (not "I'll do the rest")
    if len(words) <= _REFUSAL_WORDS and not _REFUSED_PAIRS.isdisjoint(pairwise(words)):
        return True
    if len(words) <= _REST_QUESTION and not _ONLY.isdisjoint(words) \
            and not _CHARACTER_PARTS.isdisjoint(words):
        return True  # "just the characters is fine", "only the three letters please": the
        # parts asked for, after an answer that told more (or other) than them
    if any(words[k + 2] in ("it", "that") and (
            (words[k] in ("to", "you") and words[k + 1] == "read")
            or (words[k] in ("to", "you", "can") and words[k + 1] == "say"))
           for k in range(len(words) - 2)):
        return True  # "i do need you to read it out", "you can say it quietly" (not typed in
        # the chat instead; not "I can read it to you", "can you read me the meter")
    if len(words) <= _NO_MATCH_WORDS and (not _NO_MATCH_PAIRS.isdisjoint(pairwise(words))
                                          or any(tuple(words[k:k + 3]) == _NOT_THE_ONE
                                                 for k in range(len(words)))):
        return True  # "I'm afraid that's not matching what I've got here", "that's not the
        # one we've got": the value again
    if len(words) <= _TRIES_LEFT_WORDS and not _TRIES_LEFT.isdisjoint(pairwise(words)) \
            and not _REFUSING.isdisjoint(words):
        return True  # "no, I'm afraid that's not it, you've two more goes before it locks"
        # (not "that's matched. Give the app another go")

    if _digit_choice(norm):
        return True  # "sorry, was that 903 or 930 at the end?", "54 or 45?": which digits it
        # was (not "the 12 or 24 month contract?")
    said = [p.text for p in norm.pieces[_lead(norm):] if p.kind != "punct"]
    return 0 < len(said) <= 3 and said[-1] in _ANOTHERS and "and" in words


def _asks_for_a_place(norm: Normalized) -> bool:
    """A character of a secret asked for by its place, after one was given: "and the
    sixth?", "The second's right, but not the fifth, I'm afraid", "and the last letter"."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return len(words) <= _REST_QUESTION + 2 and any(
        word in _PLACES and (words[k - 1] in ("and", "not") or (
            words[k - 1] == "the" and k > 1 and words[k - 2] in ("and", "not")))
        and (k + 1 == len(words) or words[k + 1] in _CHARACTER_NOUNS
             or words[k + 1] in _AFRAID)
        for k, word in enumerate(words) if k)


_CHARACTER_NOUNS = frozenset(("one", "1", "letter", "character", "digit", "char"))


def _asks_which_of_them(norm: Normalized) -> bool:
    """Which of the answers just given is the one: "I can only take the one answer I'm afraid,
    which shall I go with?", "which one did you put down?"."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return "which" in words and len(words) <= _TRIES_LEFT_WORDS and (
        not _WHICH_OF_THEM.isdisjoint(pairwise(words))
        or any(words[k] == "which" and words[k + 1:k + 2] != [] and words[k + 1] in _WHICH_SHALL
               and "go with" in " ".join(words[k + 1:k + 5]) for k in range(len(words))))
    # (not "the iPhone or the Galaxy, which one would you like?", "which day shall I go with")
_AFRAID = frozenset(("i'm", "im", "afraid", "sorry", "please", "then"))


def _next_in_list(canon: str, listed: Candidate, cand: Candidate) -> bool:
    """`cand` follows `listed` in a list ("... 5530 and 114-..."), and its characters run as
    that one's do."""
    return canon[listed.cend:cand.cstart].strip(" ,") in ("and", "or", "&", "") \
        and cand.cstart > listed.cend and _digit_runs(listed.text) == _digit_runs(cand.text)


def _digit_runs(text: str) -> list[int]:
    return [len(run) for run in re.findall(r"\d+", text)]


def _an_amount(norm: Normalized, cand: Candidate) -> bool:
    """A number said as one amount before its unit ("1249 pounds", "twenty thousand rupees"),
    not digits of a value run together with one ("0041 2299, 50 euros")."""
    start, end = norm.to_original(cand.cstart, cand.cend)
    return len(cand.digits) <= _AMOUNT_DIGITS and (not any(
        mark in norm.original[start:end] for mark in (",", ".", "-", "/"))
        or _AMOUNT_RE.fullmatch(norm.original, start, end) is not None)  # "30,000 miles"


_AMOUNT_DIGITS = 6


def _listener_sets(norm: Normalized, cstart: int) -> bool:
    """The listener is to set the secret, later: "you can set a new pin at any of our atms"
    (the words right before its cue; a bounded look, whatever the text's length)."""
    index = norm.piece_index(cstart)
    before = norm.texts[max(index - _LISTENER_REACH, 0):index]
    return any(pair in _LISTENER_WILL for pair in pairwise(before))


_LISTENER_REACH = 5  # words before the cue: "you can set a new"
_LISTENER_WILL = frozenset(("you", modal) for modal in ("can", "could", "will", "'ll", "should",
                                                        "need", "may", "might", "must"))


def _asked_right_before(norm: Normalized, cstart: int) -> bool:
    """A question word opens the cue's phrase: "dev what's the reg", "what is your date of
    birth" (not "you don't need to give me the code on the back")."""
    index = norm.piece_index(cstart)
    return any(text in ("what's", "whats", "what", "which") for text in
               norm.texts[max(index - _WH_REACH, 0):index])


_WH_REACH = 3  # words between the question word and the cue: "what is your"


def _digit_choice(norm: Normalized) -> list[int]:
    """The pieces of the two numbers of a question that offers a choice of digits ("was that
    971 or 917")."""
    pieces = norm.pieces
    if "or" not in norm.texts:
        return []
    words = [p.text for p in pieces if p.kind != "punct"]
    if not (_is_question(norm) or not _WAS_IT.isdisjoint(words[:3])):
        return []
    return next(([k, k + 2] for k, (a, b, c) in enumerate(zip(pieces, pieces[1:], pieces[2:],
                                                          strict=False))
                 if a.kind == "number" and b.text == "or" and c.kind == "number"
                 and min(len(a.text), len(c.text)) >= _CHOICE_DIGITS
                 and _misheard(a.text, c.text)
                 and not (k + 3 < len(pieces) and pieces[k + 3].text in _CHOICE_OF_THINGS)), [])


def _misheard(first: str, second: str) -> bool:
    """Two readings of the same digits: the same digits in another order ("971", "917"), a
    teen heard as a ten ("915", "950"), three or more with one changed ("4412", "4418") or
    "six" heard as "sixty" ("2936", "29360"); not "128 or 256" nor two years."""
    if first == second or (_YEAR_RE.fullmatch(first) and _YEAR_RE.fullmatch(second)):
        return False  # nor "2018 or 2019": two years
    if len(first) == len(second) and first[:-2] == second[:-2] \
            and {first[-2:], second[-2:]} in _TEENS_AND_TENS:
        return True  # "915 or 950", "15 or 50": fifteen or fifty
    short, long_ = sorted((first, second), key=len)
    if len(long_) == len(short) + 1 and len(short) > _CHOICE_DIGITS:
        return long_.startswith(short)  # "2936 or 29360": "six" or "sixty"
    if len(first) != len(second):
        return False
    return sorted(first) == sorted(second) or (
        len(first) > _CHOICE_DIGITS
        and sum(a != b for a, b in zip(first, second, strict=True)) == 1)


_CHOICE_DIGITS = 2
_TEENS_AND_TENS = tuple({f"1{d}", f"{d}0"} for d in range(3, 10))  # thirteen / thirty
_DATE_TYPES = frozenset(("DATE_OF_BIRTH", "CARD_EXPIRY"))
_WAS_IT = frozenset(("was", "is", "were", "did"))  # "sorry was that 971 or 917"
# A turn that goes on with an e-mail address read out in parts: its domain ("at gmail dot com",
# not "at home"), or more of its name ("dot work", "underscore k").
_PART = r"(?:[a-z](?![\w-])(?:\s[a-z](?![\w-]))?|[\w-]+)"  # a word, or letters: "i o"
_EMAIL_PIECE_RE = rx.compile(
    r"^[.…]*\s*(?:(?:and|then|yeah|yes|so|it's|its|uh|um|erm|okay|ok),?\s)*"  # "...at gmail"
    rf"((?:at\s(?:the\srate\s)?{_PART}(?:\s(?:dot|underscore|dash|hyphen)\s{_PART})+"
    rf"|(?:dot|underscore|dash|hyphen)"
    rf"\s{_PART}(?:\s(?:at|dot|underscore|dash|hyphen)\s{_PART})*))")
# An address asked for, typed in parts with words between: a dotted name before "at", then
# its domain ("lan.nguyen.ceramics at... I think it's gmail.com").
_TYPED_EMAIL_NAME_RE = rx.compile(r"(?<![\w@.-])([a-z0-9][\w-]*(?:\.[\w-]+)+) at\b")
_TYPED_DOMAIN_RE = rx.compile(r"(?<![\w@.-])([a-z0-9][\w-]+(?:\.[\w-]+)*\.([a-z]{2,}))(?![\w@-])")
_EMAIL_DOMAIN_RE = rx.compile(r"[,.;] (at [\w-]+(?: dot [\w-]+)*? dot ([\w-]+))\b")
_EMAIL_NAME_RE = rx.compile(
    r"^(?:(?:and|yeah|yes|so|it's|its|it is|that's|thats|uh|um|erm|okay|ok|sure),?\s)*"
    r"([\w-]+(?:\s(?:dot|underscore|dash|hyphen)\s[\w-]+)+(?:\s(?:[a-z]|\d+)\b)*)")
_OFFERED_OBJECTS = frozenset(("it", "them", "that", "this"))  # the value said before
_ANOTHER = frozenset(("new", "other", "replacement", "correct", "right", "updated"))
_ONE_OFFERED = 6  # words from the offer to "the new one"
# Words after a choice of numbers that make them a count or a size: "the 12 or 24 month plan".
_CHOICE_OF_THINGS = frozenset(("month", "months", "year", "years", "week", "weeks", "day",
                               "days", "hour", "hours", "minute", "minutes", "gb", "mb", "mbps",
                               "inch", "inches", "cm", "kg", "pack", "piece", "seater", "pm", "am",
                               "o'clock", "percent", "%", "dollars", "pounds", "euros"))
_YES_NO_OPENERS = frozenset(("will", "does", "is", "would", "should", "did", "has", "was", "do"))
_ABOUT = frozenset(("my", "our"))


def _chooses(norm: Normalized) -> bool:
    """The speaker asks to choose a secret anew (see `_CHOOSING`)."""
    said = [p.text for p in norm.pieces]
    return any(tuple(said[k:k + 3]) in _CHOOSING for k in range(len(said) - 2))


def _yes_no(norm: Normalized, lead: int) -> bool:
    """A question answered yes or no about the speaker's own secret: "will my door pin still
    work", "does my code change" (not "did the IRS send you a PIN?", which asks for it)."""
    pieces = norm.pieces
    return lead + 1 < len(pieces) and pieces[lead].text in _YES_NO_OPENERS \
        and pieces[lead + 1].text in _ABOUT


def _and_someone(norm: Normalized, found: list[tuple[Finding, int]]) -> bool:
    """"And Priya?", "and Mr Okafor's?": the same question, for someone the question only
    names (the name was found in it)."""
    pieces = norm.pieces
    if len(pieces) < 3 or len(pieces) > _ELLIPSIS_WORDS or pieces[-1].text != "?" \
            or pieces[0].text != "and":
        return False
    names = [(f.start, f.end) for f, _ in found if f.type == "PERSON"]
    return bool(names) and all(
        p.text in TITLES or any(a <= p.start and p.end <= b for a, b in names)
        for p in pieces[1:-1] if p.text not in ("'s", "s"))


def _past_business_references(norm: Normalized, hits: list[_Hit],
                               spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A secret awaited is not what the speaker announces as the business's own reference,
    nor its cue's words: "your fraud case number is f r d 88041" after the caller spoke of an
    OTP gives a case number."""
    cues = [(norm.piece_index(h.start), norm.piece_index(h.end - 1) + 1) for h in hits
            if h.label == KEEP and norm.canonical[h.start:h.end] in BUSINESS_REFERENCES
            and norm.canonical[h.start:h.end].rsplit(" ", 1)[-1] in _NUMBERED_HEADS
            and " " in norm.canonical[h.start:h.end]]  # ("case number", not "lower case r",
    # nor "the transfer code is 552183": a code may be a one-time one)
    if not cues:
        return spans
    ends = [k for k, p in enumerate(norm.pieces) if p.text in (".", "!", "?")]
    return [(a, b) for a, b in spans if not any(
        (a < cue_end and cue_start < b)  # the cue's own words
        or (cue_end <= a and not any(cue_end <= k < a for k in ends))  # its value
        for cue_start, cue_end in cues)]


_NUMBERED_HEADS = frozenset(("number", "no", "#", "reference", "ref", "nr", "num", "id"))


def _checks_what_was_said(norm: Normalized) -> bool:
    """A question back about what was just said: "Sorry, was that two Novembers?", "did you
    say K or Q?": the answer may say it all again ("Two, yeah. Shannon99")."""
    last = _last_question(norm)
    return last is not None and not _CHECKING_PAIRS.isdisjoint(pairwise(last))


_CHECKING_PAIRS = frozenset((("was", "that"), ("is", "that"), ("you", "say"), ("you", "said"),
                             ("was", "it")))


def _and_theirs(norm: Normalized) -> bool:
    """A sentence that opens "and yours" (or "hers", "his", "theirs") and says no more of it:
    the same value of someone else ("Thank you. And yours, I don't think we have it yet.")."""
    pieces = norm.pieces
    return any(p.text == "and" and (k == 0 or pieces[k - 1].text in (".", "!", "?"))
               and k + 1 < len(pieces) and pieces[k + 1].text in _STANDALONE_POSSESSIVES
               and (k + 2 == len(pieces) or pieces[k + 2].kind == "punct")
               for k, p in enumerate(pieces))


_STANDALONE_POSSESSIVES = frozenset(("yours", "hers", "his", "theirs"))


def _last_question(norm: Normalized) -> list[str] | None:
    """The words of the utterance's last sentence when it is a question ("...?"), else None."""
    pieces = norm.pieces
    if not pieces or pieces[-1].text != "?":
        return None
    start = max((k + 1 for k, p in enumerate(pieces[:-1]) if p.text in (".", "!", "?")),
                default=0)
    return [p.text for p in pieces[start:] if p.kind != "punct"]


_CHARACTERS_ASKED = frozenset(("characters", "letters", "character", "letter", "words"))


def _asks_the_next_place(pieces: list[Piece]) -> bool:
    """A question that only names a place in the secret, right after a character was given:
    "And the fifth?", "and the last one, the sixth?", "third digit?" (not "and the fifth of
    May?", "the second one on the statement?")."""
    if not pieces or pieces[-1].text != "?":
        return False
    said = [p.text for p in pieces if p.kind != "punct"]
    places = [w for w in said if w in _PLACES_ASKED]
    return bool(places) and len(said) <= _NEXT_PLACE_WORDS \
        and all(w in _PLACES_ASKED or w in _NEXT_PLACE_GLUE for w in said)


_PLACES_ASKED = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                           "eighth", "ninth", "tenth", "last", "final", "1st", "2nd", "3rd",
                           "4th", "5th", "6th", "7th", "8th", "9th", "10th", "penultimate"))
_NEXT_PLACE_GLUE = frozenset(("and", "the", "one", "what's", "whats", "what", "about", "now",
                              "ok", "okay", "then", "digit", "character", "letter", "number",
                              "please", "so", "is", "how", "lovely", "great", "thanks", "right",
                              "madam", "sir", "maam", "ma'am", "po", "ji", "also", "good"))
# A turn that turns from the answer to the call's business: "no that's not it. anyway let's
# move on, what's the reason for your call".
_MOVING_ON = frozenset(("anyway", "anyways", "move", "moving", "reason", "help"))
_PASSED = frozenset(("verified", "passed", "cleared"))  # "you're verified. the postcode you
# gave doesn't match our records though": the check is over
_NEXT_PLACE_WORDS = 8


def _rejects_the_answer(words: set[str], pieces: list[Piece], right_after: bool) -> bool:
    """The agent says the answer given is not the one on file: "that's not quite what we've
    got", "that doesn't match what I have", "no, that's not the one on the account"; and,
    right after the answer (`right_after`), in words said of other things too: "not that one",
    "close, but the numbers aren't quite right", "nope" (not "(lovely, thank you. which
    router?) not that one, the white one")."""
    said = _without_softeners([p.text for p in pieces if p.kind != "punct"])
    if any(tuple(said[k:k + len(r)]) == r for r in _REJECTIONS if r[0] in words
           for k in range(len(said))):
        return True
    if not right_after:
        return False
    ends = [k for k, p in enumerate(pieces) if p.text in (".", "!", "?", "…", "...")]
    if ends and pieces[ends[0]].text == "?":
        return False  # "so the payment that isn't right, which one is it?": a question
    first = [p.text for p in pieces[:ends[0] if ends else len(pieces)] if p.kind != "punct"]
    return any(tuple(first[k:k + len(r)]) == r for r in _REJECTIONS_RIGHT_AFTER
               if r[0] in words for k in range(len(first)))  # (its first sentence: not
    # "lovely. and is it the wrong one that was delivered?")


def _without_softeners(said: list[str]) -> list[str]:
    """The words without those that only soften them: "doesn't quite match", "doesn't seem to
    match", "isn't really matching" say what "doesn't match" says."""
    return [w for k, w in enumerate(said) if w not in _SOFTENERS
            and not (w == "to" and k and said[k - 1] in _SEEMING)]


_SEEMING = frozenset(("seem", "seems", "appear", "appears"))
_SOFTENERS = _SEEMING | {"quite", "really", "exactly", "actually", "entirely"}


# What a password policy asks of a new secret: "at least 12 characters", "with a number and a
# symbol", "one capital letter".
_PASSWORD_RULES_RE = rx.compile(r"\bat least \d+ (?:characters|letters|digits)\b|\b(?:a|1|one|"
                                r"at least 1) (?:number|digit|symbol|capital|capital letter|"
                                r"uppercase letter|special character)\b")
# Values a caller may give again when the agent finds no match (a secret has its own ways).
_ASKED_ANEW = DIGIT_TYPES | {"ZIP_CODE"}
# "The second's right, but the fifth isn't, I'm afraid.": a character by its place turned down.
_CHARACTER_PLACES = ("first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th", "fifth",
                     "5th", "sixth", "6th", "seventh", "7th", "eighth", "8th", "ninth", "9th",
                     "tenth", "10th", "last")
_REJECTIONS = with_one_as_said((("not", "quite", "what"), ("doesn't", "match"), ("doesnt", "match"),
               ("isn't", "matching"), ("isnt", "matching"), ("not", "matching"),
               ("don't", "match"), ("dont", "match"), ("not", "what", "we"),
               ("not", "what", "i"), ("not", "the", "one", "on"), ("not", "the", "one", "we"),
               ("not", "the", "one", "i"), ("that's", "not", "it"), ("thats", "not", "it"),
               ("not", "what's", "on"), ("not", "whats", "on"), ("no", "match"),
               ("does", "not", "match"), ("do", "not", "match"), ("is", "not", "matching"),
               ("that's", "incorrect"), ("thats", "incorrect"), ("not", "correct"),
               ("is", "incorrect"), ("isn't", "it"), ("isnt", "it"), ("not", "the", "answer"),
               ("not", "what's", "showing"), ("not", "the", "same"), ("don't", "have", "anyone"),
               ("dont", "have", "anyone"), ("can't", "find", "anyone"), ("cant", "find", "anyone"),
               ("nothing", "under", "that"), ("a", "different", "year"),
               ("can't", "find", "that", "sorry"), ("cant", "find", "that", "sorry"),
               ("can't", "find", "that", "on"), ("cant", "find", "that", "on"),
               ("not", "finding", "anyone"), ("no", "record", "of"),
               *((place, denial, said) for place in _CHARACTER_PLACES
                 for denial in ("isn't", "isnt", "wasn't", "wasnt")
                 for said in ("i'm", "im", "right", "correct", "quite", "sorry"))))
_REJECTIONS_RIGHT_AFTER = with_one_as_said((
    ("not", "that", "one"), ("not", "right"), ("isn't", "right"), ("isnt", "right"),
    ("aren't", "right"), ("arent", "right"), ("isn't", "quite", "right"),
    ("aren't", "quite", "right"), ("arent", "quite", "right"), ("that's", "wrong"),
    ("thats", "wrong"), ("wrong", "one"), ("close", "but"), ("unfortunately", "not"),
    ("incorrect",), ("mismatch",), ("nope",), ("ring", "a", "bell"), ("any", "bells"),
    ("afraid", "not"), ("no", "sorry"), ("doesn't", "tally"), ("doesnt", "tally"),
    ("different", "to"), ("different", "from"), ("negative",), ("not", "the", "most"),
    ("not", "the", "latest"), ("not", "the", "last"), ("not", "the", "right"),
    ("isn't", "the", "most"), ("isnt", "the", "most"), ("isn't", "the", "latest"),
    ("an", "older", "one"), ("an", "earlier", "one"),
    ("not", "going", "through"), ("not", "working"), ("didn't", "work"), ("didnt", "work"),
    ("doesn't", "work"), ("doesnt", "work"), ("not", "accepted"), ("not", "valid"),
    ("won't", "go", "through"), ("wont", "go", "through"), ("isn't", "going", "through"),
    ("isnt", "going", "through")))
# ("that's not the most recent one": another answer is due; "hmm that one's not going
# through", "that didn't work": the system turned it down)


def _asked_part(norm: Normalized) -> int:
    """Where a question ending the utterance starts, after the sentence or the colon before
    it: what it asks for is there ("the fees account has a question: who was your best friend
    at school?" asks for no account); 0 when the utterance ends in no question."""
    pieces = norm.pieces
    if not pieces or pieces[-1].text != "?":
        return 0
    return max((p.end for p in pieces[:-1] if p.text in (".", "!", "?", ":")), default=0)


def _asks_for_the_one(norm: Normalized) -> bool:
    """A question, in the utterance's last sentence, for "the current one", "your old one",
    "the new one" to be said: a value named before and not here ("can you read me the new
    one?" after a code expired)."""
    last = _last_question(norm)
    return last is not None and not _ASKING_FOR_A_VALUE.isdisjoint(last) and any(
        last[k] in ("the", "your") and last[k + 1] in _WHICH_ONE and last[k + 2] in ("1", "one")
        for k in range(len(last) - 2))  # (not "do I need to send the old one back?": a thing)


def _asks_for_it(norm: Normalized) -> bool:
    """The last sentence asks for "it", the value the other side just named and did not say:
    "(she'll need the key safe code) can you confirm it for me?", "sure what is it" (not "can
    you fix it", "what is it for").

    Where the other side named a value and the speaker asks for "it", privacy first the answer
    is taken for that value."""
    words = [p.text for p in norm.pieces]
    ends = [k for k, w in enumerate(words[:-1]) if w in _SENTENCE_ENDS]
    last = [w for w in words[ends[-1] + 1 if ends else 0:] if w not in _SENTENCE_ENDS]
    opening = next((w for w in last if w not in FILLERS and w != ","), "")
    if "it" not in last or not (words[-1:] == ["?"] or _has_asking_pair(last)
                                or opening in _ASKING_FOR_A_VALUE or opening == "confirm"):
        return False
    k = len(last) - 1 - last[::-1].index("it")
    if not _NOT_ASKED.isdisjoint(last[:k]) or ("no", "need") in pairwise(last[:k]) \
            or ("let", "me") in pairwise(last[:k]) or not _SELF.isdisjoint(last[:k]):
        return False  # "please don't read it out to anyone", "no need to say it" (not "no
        # problem, what is it?"); the speaker's own doing: "I'll go read it now"
    before, after = last[max(0, k - 2):k], tuple(last[k + 1:k + 3])
    return (not after or after[:1] in _IT_ALONE or after in _IT_TO_ME) and (
        not _ASKING_FOR_A_VALUE.isdisjoint(before) or "confirm" in before
        or before in (["what", "is"], ["what", "was"]))  # (not "what bike was it?")


_SELF = frozenset(("i", "i'll", "ill", "i'm", "im", "we'll", "we"))
_NOT_ASKED = frozenset(("don't", "dont", "not", "never", "needn't", "shouldn't"))
_IT_ALONE = frozenset((("please",), ("out",), ("again",), ("back",), (",",), ("now",),
                       ("then",)))
_IT_TO_ME = frozenset((("for", "me"), ("to", "me"), ("for", "us"), ("to", "us")))


_ASKING_FOR_A_VALUE = frozenset(("what", "what's", "whats", "read", "give", "tell", "say",
                                 "repeat"))


_NEW_ONE_RE = rx.compile(r"\b(?:(set|make|choose|pick|create|put in)|enter|type in|type|wants?|"
                         r"needs?|asks? (?:you )?for|come up with|think of) (?:a |you |the |your )?"
                         r"(?:brand )?"
                         r"new (?:1|one)\b|\b(?:wants?|needs?|asks? for|has to (?:be|have)) "
                         r"(?:at least )?\d+(?: (?:to|or) \d+)? (?:characters|letters|digits)\b"
                         r"|\b(new (?:1|one) (?:to be|gonna be|going to be|will be|should be)"
                         r"|what(?:'s| is| will| should| would) (?:be )?(?:the|your) new "
                         r"(?:1|one)|what (?:would|do|did) you (?:like|want) (?:it|that|the new "
                         r"(?:1|one)) (?:to be|changed to|set to|to say)|what should (?:it|that) "
                         r"be (?:now|instead))\b")  # "what would you like the new one to be" (the
# question itself asks); "it wants twelve characters, i'll do tallinn harbour two thousand": a
# new one's rule, said while choosing it
# A code to make up, whatever was named before: "choose a new 4-digit code", "set your new pin".
_CHOOSE_A_CODE_RE = rx.compile(r"\b(set|choose|pick|create|make up|come up with|think of) "
                               r"(?:a |your |you )?(?:brand )?new (?:(?:\d+|four|five|six|eight)"
                               r"[- ]digit (?:code|pin|passcode|number)|(?:security|access|login|"
                               r"app|door|alarm|safe|lock|secret) code|pin|passcode|password|"
                               r"passphrase)\b")  # (not "pick a new code from the offers page")
_DONE_BEFORE_RE = rx.compile(r"\b(?:did|have|has|had)\b")  # "did they set a new pin for you"


_ASKED_DONE_REACH = 16  # characters before a secret's choosing where "did they" may stand
_CHOSEN_SECRETS = frozenset(("PASSWORD", "CARD_SECURITY_CODE"))


def _a_new_secret(canon: str, named: str | None, last: str | None) -> re.Match[str] | None:
    """Words asking for a secret to be chosen: "a new one" where a secret was named or given
    last (a code too: no card's security code is chosen, "the new one has to be four digits"
    after the duress code), or a new code of any kind made up."""
    if (named in _CHOSEN_SECRETS or last in _CHOSEN_SECRETS) \
            and (new_one := _NEW_ONE_RE.search(canon)) is not None:
        return new_one
    chosen = _CHOOSE_A_CODE_RE.search(canon)
    if chosen is None or _DONE_BEFORE_RE.search(canon, max(0, chosen.start() - _ASKED_DONE_REACH),
                                                chosen.start()):
        return None  # (not a question of what was done: "did they create a new pin for you")
    return chosen


# ... said while a secret is chosen ("choose something", "the new one", "your password").
_CHOOSING_A_SECRET = frozenset(("choose", "pick", "new", "password", "passcode", "passphrase",
                                "memorable", "phrase", "secret", "create", "something", "pin"))
_SECRET_RULES_RE = rx.compile(
    r"\b(?:at least|a minimum of|minimum|min|no fewer than|up to) (?:\d+|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|sixteen|twenty) (?:letters|characters|chars)\b"
    r"|\b(?:\d+|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty) (?:letters|"
    r"characters|chars) (?:or more|or longer|minimum|long)\b"
    r"|\b(?:needs?|must have|has to have|should have|with|include|including) (?:at least )?"
    r"(?:one|1) (?:capital|upper ?case|lower ?case|number|digit|symbol|special character)\b"
    r"|\b(?:choose|pick|select|set|make up|think of|come up with) (?:(?:a|any|your|own|the|new)"
    r" ){0,3}\d (?:to \d )?(?:new )?(?:digits|numbers)\b(?! between| from)")  # "Please choose
# four digits the children will not guess" (not "pick 6 numbers between 1 and 59")
_WHICH_ONE = frozenset(("current", "old", "new", "existing", "previous", "present", "other",
                        "actual", "correct", "right", "main", "usual", "registered", "last"))


def _asks_for_another(norm: Normalized) -> bool:
    """"... so it'll be tight. And for Ms Park?", "what about your son's?", "and the new one,
    also in Leipzig?": the same question, in the utterance's last sentence, for someone or
    something else (not "what about fees?")."""
    last = _last_question(norm)
    if last is None:  # unpunctuated speech: a short turn that is all the ellipsis ("and the
        # new one")
        last = [p.text for p in norm.pieces if p.kind != "punct"]
        if len(last) > _BARE_ELLIPSIS_WORDS:
            return False
    while last and last[0] in BACKCHANNELS and last[0] != "and":
        last = last[1:]
    last = ["1" if word == "one" else word for word in last]  # "and the new one" as said
    return len(last) <= _ELLIPSIS_WORDS and any(
        tuple(last[:len(opening)]) == opening and (
            len(opening) > 2 or (len(last) > 2 and last[2] in _ELLIPSIS_OBJECTS))
        for opening in _ELLIPSES)  # for someone: not "what about fees?"


# Values besides those of digits that "and for Ms Park?" asks again.
_ASKED_AGAIN = frozenset(("STREET_ADDRESS", "EMAIL_ADDRESS", "VEHICLE_PLATE"))
_ANOTHERS = frozenset(("his", "hers", "yours", "theirs", "her", "your", "their"))
_ELLIPSES = (("and", "for"), ("what", "about"), ("how", "about"), ("same", "for"),
             ("and", "the", "new", "1"), ("and", "the", "other", "1"), ("and", "the", "old", "1"))
_ELLIPSIS_WORDS = 8
_BARE_ELLIPSIS_WORDS = 5
_ELLIPSIS_OBJECTS = _ANOTHERS | TITLES | {"him", "them", "my", "our"}  # not "the fees"
# Words of an amount, not of a value read out ("like", "maybe" are fillers before either).
_APPROXIMATELY = frozenset(("about", "around", "roughly", "approximately", "nearly", "almost"))


def _approximate(norm: Normalized, cand: Candidate) -> bool:
    """"around 45000", "about 12000 a year": an amount, not an identifier. Only for the
    answer to a question no cue named: where a value was asked for, it goes regardless."""
    index = norm.piece_index(cand.cstart)
    return index > 0 and norm.pieces[index - 1].text in _APPROXIMATELY


_QUESTION_STARTS = frozenset(("what", "what's", "whats", "which", "and", "do", "does", "can",
                              "could", "may", "is", "are", "have", "got"))


_MODALS_ASKING = frozenset(("can", "could", "may", "would", "will"))
_ASKED = frozenset(("i", "you", "we"))


class _Marks:
    """The utterance's sentence ends and question words, by piece index, found once: a long
    text has many cues, and each looks back for the nearest (by bisection, not by a scan)."""

    def __init__(self, norm: Normalized) -> None:
        self.ends = [k for k, p in enumerate(norm.pieces) if p.text in _SENTENCE_ENDS]
        pieces = norm.pieces
        self.questions = [k for k, p in enumerate(pieces)
                          if p.text in _WH_WORDS or p.text in _SENTENCE_ENDS
                          or p.text in _CHECKING_VERBS  # "just to confirm the duress code?"
                          or (k + 1 < len(pieces) and (
                              (p.text in ("is", "are") and pieces[k + 1].text == "there")
                              or (p.text in _MODALS_ASKING and pieces[k + 1].text in _ASKED))
                              )]  # "... is there a code", "... my name is x can i get the"

    @staticmethod
    def last(marks: list[int], lead: int, index: int) -> int | None:
        k = bisect_left(marks, index) - 1
        return marks[k] if k >= 0 and marks[k] >= lead else None


def _sentence_start(norm: Normalized, hit: _Hit, lead: int, marks: _Marks) -> int:
    """Where the sentence holding `hit` starts, after the utterance's fillers."""
    index = norm.piece_index(hit.start)
    pieces = norm.pieces
    end = marks.last(marks.ends, lead, index)
    start = lead if end is None else end + 1
    while start < index and (pieces[start].text in FILLERS or pieces[start].kind == "punct"):
        start += 1
    return start


def _a_department(canon: str, hit: _Hit) -> bool:
    """The team the plural names, after a word that reaches it: "let me check with accounts",
    "I'll transfer you to accounts", "ask accounts" (not "which of your accounts is it for?")."""
    match = _TO_A_DEPARTMENT_RE.search(canon, max(0, hit.start - _DEPARTMENT_REACH),
                                       min(len(canon), hit.end + 1))
    return match is not None and match.start(1) == hit.start


_TO_A_DEPARTMENT_RE = rx.compile(r"\b(?:with|to|from|ask|in|call|phone|email) (?:the )?"
                                 r"(accounts)\b")
_DEPARTMENT_REACH = 16  # characters: "with the " before the team


def _early_in_question(norm: Normalized, hit: _Hit, lead: int, marks: _Marks) -> bool:
    """The phrase is the object of the question it stands in ("what's the account you want it
    paid into", "can i get the number on the account"), not a later part of it."""
    start = _question_start(norm, hit, lead, marks)
    index = norm.piece_index(hit.start)
    before = index - 1 - (index > 0 and norm.pieces[index - 1].text == "the")
    governed = before >= 0 and norm.pieces[before].text in _NOT_ITS_OBJECT
    return index - start < _QUESTION_OBJECT_REACH + (not governed)


# The speaker's own: a statement about them ends with "please" too ("i'm ringing about the
# card payment i made yesterday please").
def _asks_back(norm: Normalized) -> bool:
    """A question back about the request, not a new topic ("why was my payment declined?", "are
    you open on saturday?"): a few words with an asking-back word ("why?", "what for?", "do i
    have to?", "who is this?"), or a few more that take up the request ("why do you need
    that?", "is it the one with HS in front?", "this is for what purpose?") or the asker ("how
    do I know you're actually the bank?")."""
    pieces = norm.pieces
    mark = next((k for k, p in enumerate(pieces) if p.text == "?"), len(pieces))
    said = [p.text for p in pieces[:mark] if p.kind != "punct"]  # the question's own words
    heard = set(said)
    if not _NEW_TOPIC.isdisjoint(heard):
        return False
    if not ASKING_BACK_WORDS.isdisjoint(heard) and len(said) <= _SHORT_ASKING_BACK:
        return True
    return len(said) <= _ASKING_BACK and (not _TAKEN_UP.isdisjoint(heard) or any(
        pair in _THIS_REQUEST for pair in pairwise(said)))


def _asks_when_or_why(norm: Normalized, hit: _Hit) -> bool:
    """The cue stands in a question about a time, a reason or a length, in the clause that asks
    it ("When did you last have the phone?", "how long have you had the card?"; not "When
    you're ready, what's the registration?", "why don't we start with the zip?")."""
    if not _asked_in_its_sentence(norm, hit):
        return False  # not "And when you call back, I'll ask the last four of your social."
    canon = norm.canonical
    reach = max(0, hit.start - _SENTENCE_REACH)
    start = max(canon.rfind(mark, reach, hit.start) for mark in (". ", "? ", "! ")) + 1
    if start == 0 and reach:
        return False  # a clause this long asks about no time
    opening = canon[start:hit.start].replace(",", " , ").split()
    while opening and (opening[0] in FILLERS or opening[0] in ("and", "so", "then", ",")):
        opening = opening[1:]
    if not opening or not (opening[0] in _WHEN_OR_WHY or opening[:2] in _HOW_LONG):
        return False
    return opening[1:2] not in (["don't"], ["dont"], ["not"]) and "," not in opening \
        and _WH.isdisjoint(opening[1:]) and _REQUESTS.isdisjoint(opening[1:])


_WHEN_OR_WHY = frozenset(("when", "when's", "whens", "why", "why's"))
_REQUESTS = frozenset(("can", "could", "may", "would", "will", "shall", "please"))
_ASKED_BY_WHEN = frozenset(("CARD_EXPIRY", "DATE_OF_BIRTH", "PASSWORD"))  # "when does the card
# expire?", "when's your birthday?", "when did you set the password?" ask for one
_HOW_LONG = (["how", "long"], ["how", "often"], ["how", "old"], ["how", "many"])


def _names_a_document(canon: str, hit: _Hit) -> bool:
    """The business word names a document, not a reference to read out: "the fee confirmation
    letter" (not "the confirmation number", "the booking reference")."""
    after = _NEXT_WORD_RE.match(canon, hit.end)
    return after is not None and after[1] not in _REFERENCE_HEADS


_NEXT_WORD_RE = rx.compile(r" ([a-z]+)\b")
_VEHICLES = frozenset(VEHICLE_WORDS)
_PLATE_SHAPED_RE = rx.compile(r" (?!(?:a|an|the) )(?=(?:[a-z] ?){2})[a-z0-9 ]{2,9}?\d")
_HEAD_WORDS = frozenset(head for head in IDENTIFIER_HEADS if " " not in head)
_LAST_WORD_RE = rx.compile(r"([a-z]{3,}) $")
_HEAD_BEFORE_RE = rx.compile(r"\b(number|reference|ref|code|id|no|#)(?:'s| is| was)?:? $")
_HEAD_REACH = 20
_HEAD_WORDS_AT = ("number", "reference", "ref", "code", "id", "no", "#")
# A record the business makes as it speaks: "I've put a 30 day hold on it", "I'll place a stop".
_MAKING_RE = rx.compile(r"\b(?:put|puts|placed|placing|raised|raising|logged|logging|opened|"
                        r"opening|created|creating|set up|setting up|issued|issuing|filed|"
                        r"lodged|generated|submitted|added|adding|made|started|booked|"
                        r"arranged|scheduled)(?: (?:in|on|up|through))?(?: (?:a|an|the|your|"
                        r"you a|you an|one|new|formal)){1,2} ")
_MAKING_REACH = 3  # words between the article and the record's noun: "a 30 day hold"
# What ends the words of what was made: "a hold on the bill", "a stop for you".
_AFTER_WHAT_IS_MADE = frozenset(("on", "for", "to", "with", "at", "in", "from", "of", "and",
                                 "so", "that", "which", "against", "under", "about"))
# ... but what is made for someone to hold stays theirs: "I've opened a new account for you,
# the account number is ...", "I've set up your profile, profile number ..."
_SOMEONES_RECORDS = frozenset((*IDENTIFIER_OWNERS, *BARE_IDENTIFIER_OWNERS, "account", "profile",
                               "login", "card", "wallet", "mailbox", "line", "sim", "device",
                               "licence", "license", "passport", "registration", "user",
                               "driver", "dependant", "dependent", "beneficiary", "payee",
                               "contact", "guest", "passenger", "child", "holder", "pot",
                               "permit", "fob", "pass", "key", "mandate", "record", "file"))


def _made_just_now(canon: str, start: int) -> bool:
    """The noun before a bare "number"/"reference" names what the turn says was just made,
    as the head of what was made ("I'll put a 30 day hold on the bill ... your hold number is
    ...", "I've logged a formal grievance, grievance number 228190"): the business's reference
    to it, not someone's identifier (not "a new hospital record, hospital number ...": a
    record was made, the number is the patient's). `start` is the head word's, or a value's
    right after it ("hold number h 5 5 2 1 9")."""
    head = _HEAD_BEFORE_RE.search(canon, max(0, start - _HEAD_REACH), start)
    if head is not None:
        start = head.start(1)
    elif not canon.startswith(_HEAD_WORDS_AT, start):
        return False  # a value with no "number" before it: "daughter A M A R A"
    noun = _LAST_WORD_RE.search(canon, max(0, start - 24), start)
    if noun is not None and noun[1] not in FUNCTION_WORDS and noun[1] not in _SOMEONES_RECORDS:
        for made in _MAKING_RE.finditer(canon, max(0, noun.start() - _MADE_REACH),
                                        noun.start()):
            words = _WORD_RE.findall(canon, made.end(), noun.start())[:_MAKING_REACH + 1]
            made_words = list(takewhile(lambda w: w not in _AFTER_WHAT_IS_MADE, words))
            if made_words and made_words[-1] == noun[1]:
                return True
    return _made_with_its_amount(canon, start)


# An agent's greeting that ends as a statement: "Thanks for calling CoinVault account recovery,
# my name's Priya.", "Welcome to account services at Lloyds, I'm Sam." (not a greeting that
# goes on to ask: "... how can I help with your account?").
_CARD_BEFORE_RE = rx.compile(r"\b(?:card|visa|mastercard|amex|debit|credit)\b[^.?!]*$")
_CARD_REACH = 40
_DURATION_AFTER_RE = rx.compile(r" (?:in|after|within) (?:\d+|a|an|a few|the next) (?:minutes?|"
                                r"hours?|days?|weeks?|months?|mins?|hrs?)\b")
_WHERE_IT_IS_WRITTEN_RE = rx.compile(r" (?:on|in|from|off) (?:the|your|our|my) $")
# A number then the cue that follows it as its unit: "2 years", "340 usdt", "4,500 points".
_UNIT_OF_A_NUMBER_RE = rx.compile(r"\d ")
_UNIT_REACH = 2
_YOURS_BEFORE_RE = rx.compile(r"\byour (?:\w+ )?$")  # "I'll need your (bank) account number"
_YOURS_REACH = 24
_GREETING_SENTENCE_RE = rx.compile(
    r"(?:(?:hi|hello|hiya|good (?:morning|afternoon|evening))[,!]? )?(?:thanks|thank you) for "
    r"calling\b[^.?!]*[.!] |(?:(?:hi|hello|hiya|good (?:morning|afternoon|evening))[,!]? )?"
    r"(?:welcome to|you've reached|you have reached|you're through to|you are through to)\b"
    r"[^.?!]*[.!] "  # ... or a greeting, the department, and who speaks: "Good evening, Guest
    r"|(?:hi|hello|hiya|good (?:morning|afternoon|evening))[,!]? [^.?!]*\b(?:my name's|my name "
    r"is|this is|you're speaking (?:to|with)) [\w'-]+(?: [\w'-]+){0,2}[.!] ")  # Accounts ...,
# my name's X." (the name ends the sentence: no request after it)


def _made_with_its_amount(canon: str, start: int) -> bool:
    """What was made, then what it is for, then its number: "opened a dispute for $369.99,
    number DSP-30982", "raised a refund of 45 pounds, reference 7712" (not "opened an account
    for you, number ...": someone's record)."""
    sentence = canon.rfind(". ", max(0, start - _MADE_REACH), start) + 1 or max(
        0, start - _MADE_REACH)
    made = None
    for made in _MAKING_RE.finditer(canon, sentence, start):  # noqa: B007 (the last one)
        continue
    if made is None:
        return False
    words = _WORD_RE.findall(canon, made.end(), start)
    made_words = list(takewhile(lambda w: w not in _AFTER_WHAT_IS_MADE, words))
    rest = words[len(made_words):]
    return 0 < len(made_words) <= _MAKING_REACH + 1 and 0 < len(rest) <= _AMOUNT_WORDS \
        and rest[0] in ("for", "of") and made_words[-1] not in _SOMEONES_RECORDS \
        and _SOMEONES_RECORDS.isdisjoint(rest) and _ANY_DIGIT_RE.search(canon, made.end(), start) \
        is not None


_AMOUNT_WORDS = 4  # "for 369.99 dollars, number": the words of what it is for
# Characters before a reference where what was made may be named: "I'll put a 30 day hold on the
# bill while the assessor looks at it, and your hold number is ..." (a long text has many).
_MADE_REACH = 300
_ANY_DIGIT_RE = rx.compile(r"\d")


_REFERENCE_HEADS = frozenset(head for head in IDENTIFIER_HEADS if " " not in head) | {
    "first", "please", "then", "now"}


def _recorded_before(canon: str, start: int) -> bool:
    """The words of a check follow a call's recording in their sentence: "this call may be
    recorded, for security and training" is no identity check."""
    before = canon[max(0, start - _CALL_RECORDED_REACH):start]
    before = before[max(before.rfind(". "), before.rfind("? "), before.rfind("! ")) + 1:]
    return not _CALL_RECORDED.isdisjoint(_WORD_RE.findall(before))


def _last_sentence(pieces: list[Piece]) -> set[str]:
    """The words of a turn's last sentence, where its question is."""
    return set(_last_sentence_words(pieces))


def _before_a_time(pieces: list[Piece], start: int, end: int) -> int:
    """Where a span ends before a time said in it: "ten pounds| at 6:45", "15| at half 7"."""
    for k in range(start + 1, end):
        if pieces[k].text in _AT_A_TIME and k + 1 < len(pieces) and (
                pieces[k + 1].kind == "number" or pieces[k + 1].text in _SAID_TIMES):
            return k
    return end


_AT_A_PLACE_S = ("at the ", "from the ", "in the ", "to the ")


_AT_A_TIME = frozenset(("at", "around", "about", "by", "before", "after"))
_SAID_TIMES = frozenset(("half", "quarter", "noon", "midday", "midnight", "lunchtime"))


def _last_sentence_words(pieces: list[Piece]) -> list[str]:
    ends = [k for k, p in enumerate(pieces[:-1]) if p.kind == "punct" and p.text in ".!…"]
    return [p.text for p in pieces[ends[-1] + 1 if ends else 0:]]


def _asks_where(pieces: list[Piece]) -> bool:
    """A security question whose answer is a place: "where did your parents meet?", "the
    town you were born in", "your favourite holiday place"."""
    return not _PLACE_ASKED.isdisjoint(_last_sentence(pieces))


def _asks_what_it_was(pieces: list[Piece]) -> bool:
    """"what was your last payment to us", "what did you top up last": the movement's amount
    asked without saying "amount" (not "what's the problem with your last bill")."""
    words = [p.text for p in pieces]
    return any(pair in _WHAT_IT_WAS for pair in pairwise(words))


_WHAT_IT_WAS = frozenset((("what", "was"), ("what", "did"), ("what's", "your"),
                          ("whats", "your"), ("what", "were"), ("tell", "me"),
                          ("confirm", "your"), ("confirm", "the")))
# ... and how a question about a life asks: "whats the street you grew up on"
_LIFE_ASKED = _WHAT_IT_WAS | {("what's", "the"), ("whats", "the"), ("where", "did"),
                              ("where", "were"), ("what", "is"), ("who", "was"), ("who", "is"),
                              ("where", "was"), ("which", "was")}  # ("that is correct, one
# more: what is the name of your best friend from primary school")


def _asks_a_recent_place(pieces: list[Piece]) -> bool:
    """A knowledge check of where the card was last used: "which outlet did you last use the
    card at?", "the last shop you bought from"."""
    words = _last_sentence(pieces)
    return not _LATEST.isdisjoint(words) and (not _SHOPS.isdisjoint(words) or (
        not _SOMEWHERE.isdisjoint(words) and not _CARD_USED.isdisjoint(words)))


_DIGITS_ASKED = frozenset(("digits", "digit", "number", "numbers"))  # "the last four digits
# of the card you paid with": a card's, no amount
_PLACE_ASKED = frozenset(("where", "city", "town", "village", "country", "place", "hospital",
                          "island", "county", "state", "suburb"))
_STREET_ASKED = frozenset(("street", "road"))
_NAME_ASKED = frozenset(("name", "called"))  # "your first pet's name?", "what was it called?"
# What a question for a secret may ask for, kept until it is answered or another is asked.
_ASKED_KINDS_OF_ANSWER = frozenset(("amount", "place", "title", "phrase", "street", "name"))
_SHOPS = frozenset(("outlet", "shop", "store", "merchant", "retailer", "where", "supermarket"))
# ... and where the card was used: "somewhere you've used the card in the last few days",
# "which shops did you pay at lately" (not "been anywhere abroad recently", "any stores near you
# that stock the latest model?")
_SOMEWHERE = frozenset(("somewhere", "anywhere", "places", "outlets", "shops", "stores",
                        "merchants", "retailers"))
_CARD_USED = frozenset(("used", "use", "paid", "spent", "card", "bought", "purchase",
                        "purchased"))


def _has_digits(text: str) -> bool:
    """Digits written or said ("4709", "four seven")."""
    return any(ch.isdigit() for ch in text) or any(
        w in NUMBER_WORDS for w in text.lower().replace(",", " ").split())


def _asks_when_it_was_opened(pieces: list[Piece]) -> bool:
    """A knowledge check of when the account began: "in what year did you open your auto
    loan?", "when did you take the policy out?" (in the turn's last sentence)."""
    words = _last_sentence(pieces)
    return ("year" in words or "when" in words) and not _OPENED.isdisjoint(words) \
        and not _HELD.isdisjoint(words) and _PIN_WORDS.isdisjoint(words) \
        and _SECRET_NAMED.isdisjoint(words)  # (not "when you took the policy out you'd have
    # set a four digit passcode": the passcode is asked)


_SECRET_NAMED = frozenset(("password", "passcode", "passphrase", "pin", "word", "answer"))
_OPENED = frozenset(("open", "opened", "start", "started", "take", "took", "join", "joined",
                     "set"))
_HELD = frozenset(("account", "loan", "card", "policy", "plan", "mortgage", "membership",
                   "savings", "isa", "pension", "agreement"))


def _asks_a_recent_amount(pieces: list[Piece], in_check: bool = False) -> bool:
    """A knowledge check of the account: "the amount of your last payment", "how much was
    your most recent bill", "your last top-up", in the turn's last sentence (asked during an
    identity check, see `_security_question`); not a payment spoken of before the question
    ("your last payment was $45 on the 2nd. so what's happened?"). `in_check`: a check is on
    (a secret was just given), so a last parking session, trip or airtime bought asks too."""
    words = _last_sentence(pieces)
    if in_check and not _MOVEMENTS_IN_A_CHECK.isdisjoint(words):
        words = words | {"payment"}  # what the account did, as a payment's question asks
    last = max((k + 1 for k, p in enumerate(pieces[:-1]) if p.text in (".", "!", "?")),
               default=0)
    pairs = list(pairwise(p.text for p in pieces[last:]))
    any_one = any(pair in _RECENT_WINDOWS for pair in pairs) and any(
        a == "any" and b in ACCOUNT_MOVEMENTS for a, b in pairs) \
        and _NOT_KNOWN_TO_YOU.isdisjoint(words) \
        and _WHETHER_ANY.isdisjoint(pairs)  # ("and any transaction on your savings this
    # month": one to be named, with its amount; not "how much is your bill this month?", what
    # is due, nor "any transaction this month you don't recognise?", a dispute, nor "have you
    # made any payment in the past week?", whether one was)
    return (not ACCOUNT_MOVEMENTS.isdisjoint(words) or (
        not _ORDERS.isdisjoint(words) and not AMOUNT_WORDS.isdisjoint(words))) \
        and _DIGITS_ASKED.isdisjoint(words) and (not _LATEST.isdisjoint(words) or any_one
                                                 or not _REGULAR.isdisjoint(words)) \
        and (not AMOUNT_WORDS.isdisjoint(words) or _asks_what_it_was(pieces) or any_one or (
            not _REGULAR.isdisjoint(words) and not _WHAT.isdisjoint(words)))
    # (not "the amount due is $212, can you pay it", "so what's the problem with your last
    # bill?")


_MOVEMENTS_IN_A_CHECK = frozenset(("session", "trip", "journey", "ride", "fill", "bought",
                                   "purchased", "airtime", "bundle"))  # (not "how much was
# your last ride?" out of a check: a fare asked about)
_REQUESTING_A_PHRASE = frozenset(("please", "instead"))


def _asks_by_naming(pieces: list[Piece]) -> bool:
    """A question that only names what it asks for: "for security, the road you grew up on?"
    (not "for security, you're calling about your first order?")."""
    if not pieces or pieces[-1].text != "?":
        return False
    start = max((k + 1 for k, p in enumerate(pieces[:-1]) if p.text in (",", ":", ".")),
                default=0)
    return start < len(pieces) and pieces[start].text in ("the", "your", "and")


_CHECKED_VALUES = frozenset(("DATE_OF_BIRTH", "PASSWORD", "ZIP_CODE", "STREET_ADDRESS",
                             "NATIONAL_ID", "US_SSN", "MEMBER_ID", "PHONE_NUMBER",
                             "EMAIL_ADDRESS"))  # what an identity check asks for in turn


def _check_passed(norm: Normalized) -> bool:
    """The agent says the whole identity check is passed: "you're all verified", "that's you
    through", "you've passed security" (not "let's get you verified first", "that's a
    match")."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return any(w in _WHOLE_CHECK_PASSED and k and words[k - 1] in _PASSED_BEFORE
               and _GETTING.isdisjoint(words[:k])
               and not (w == "through" and words[k + 1:k + 2] == ["to"]
                        and "account" not in words[k + 2:k + 5])
               for k, w in enumerate(words))  # (not "you're through to the savings desk";
    # but "that's you through to your account")


_WHOLE_CHECK_PASSED = frozenset(("verified", "passed", "through"))
_PASSED_BEFORE = frozenset(("you're", "youre", "all", "been", "now", "fully", "you've", "youve",
                            "you", "are", "successfully"))
_GETTING = frozenset(("get", "getting", "let's", "lets", "need", "before", "once", "until",
                      "when", "if", "whether", "after", "since"))  # ("which id did you upload
# when you verified": a past step, no check passed)
_CONFIRMED = frozenset(("matches", "match", "matched", "right", "correct", "verified",
                        "passed"))  # "that's right", "you're verified"


def _confirmed_value_end(pieces: list[Piece], confirmed: int) -> int:
    """Where a value confirmed at piece `confirmed` ends: there, or at the end of the value
    said right after it ("That's right, $38.41.", "Correct, AED 1,800.")."""
    k = confirmed + 1
    while k < len(pieces) and pieces[k].text in (",", "yes", "yeah", "yep"):
        k += 1
    while k < len(pieces) and pieces[k].kind == "punct" and pieces[k].text in _CURRENCY_MARKS:
        k += 1
    if k + 1 < len(pieces) and pieces[k].kind == "word" and len(pieces[k].text) == 3 \
            and pieces[k + 1].kind == "number":
        k += 1  # "AED 1,800"
    if k < len(pieces) and pieces[k].kind == "number":
        end = k + 1
        while end < len(pieces) and (pieces[end].kind == "number" or (
                pieces[end].text in (".", ",") and end + 1 < len(pieces)
                and pieces[end + 1].kind == "number" and pieces[end].end == pieces[end + 1].start)):
            end += 1
        while end < len(pieces) and pieces[end].kind == "word" \
                and pieces[end].text in CURRENCY_WORDS:
            end += 1
        if end == len(pieces) or pieces[end].kind == "punct" or pieces[end].text in _CLOSING:
            return end  # (not "Correct, 3 more questions", "Correct, $60 is due on the 3rd")
    return confirmed


_PIN_READ_BACK_REACH = 4  # pieces: "so 2947", "okay so it's 2947"
_NUMBER = frozenset(("number", "numbers"))  # ("what number is the house?" asks no PIN)
_OTHER_ASKED = frozenset(("what", "what's", "whats", "which", "where", "when", "how", "who"))
# (not "Is there one more?", "Sorry, was that a 4 or a 5?": the PIN still)
_CURRENCY_MARKS = frozenset("£$€₹₦¥₱₩₵")
_CLOSING = frozenset(("on", "yes", "that's", "thats", "thank", "thanks", "lovely", "perfect",
                      "great", "yep", "yeah", "posted", "paid", "received", "taken", "debited",
                      "credited", "went", "came", "cleared"))  # ("that's right 486.12 posted
# on march third")



def _confirms(pieces: list[Piece]) -> bool:
    """The agent's turn says an answer matched: "that's correct", "700 is right", "you're
    verified" (not "Right, I'll need the exact amount")."""
    words = [p.text for p in pieces]
    return any(w in _CONFIRMED and (w != "right" or (k and words[k - 1] in _BEING))
               for k, w in enumerate(words))


_BEING = frozenset(("is", "that's", "thats", "all", "was", "exactly"))
_LATEST = frozenset(("last", "latest", "recent", "recently", "previous", "lately"))
_REGULAR = frozenset(("monthly", "weekly", "regular", "usual", "fortnightly"))  # "what's the
# monthly payment on it?": a knowledge check of the account too
_WHETHER_ANY = frozenset((("have", "you"), ("did", "you"), ("has", "there"), ("have", "there"),
                          ("was", "there"), ("were", "there"), ("is", "there"), ("are", "there")))
_NOT_KNOWN_TO_YOU = frozenset(("recognise", "recognize", "dispute", "unauthorised",
                               "unauthorized", "fraudulent", "suspicious", "show", "appear"))
_RECENT_WINDOWS = frozenset((("this", "month"), ("this", "week"), ("past", "week"),
                             ("past", "month"), ("few", "days")))
# The security question read out as a statement: "your question is the name of the street
# you grew up on", "the security question on file: your first school".
_QUESTION_NAMED_RE = rx.compile(r"\b(?:question(?: (?:on|for|in) (?:the|your|this|our) [a-z]+| on "
                                r"file)?|(?:2nd|3rd|next|other|last|final) (?:one|1))(?: is| was|"
                                r"'s| ?:)")  # "... on the certificate: ...", "and the second
# one is the street you grew up on"
_ORDERS = frozenset(("order", "orders"))  # how much, only: "how much was your last order?"
# (not "what was your last order?")
_CHECK_GOES_ON = frozenset(("more", "another", "next", "also", "2nd", "secondly", "double-check",
                            "doublecheck", "lastly", "finally", "thirdly"))
_ANOTHER_CHECK = frozenset((("more", "question"), ("another", "question"), ("more", "check"),
                            ("another", "check"), ("extra", "question"), ("further", "question"),
                            ("additional", "question"), ("more", "security"),
                            ("extra", "security"), ("further", "security")))
_CHECK_PAIRS = frozenset(with_one_as_said((
    ("last", "check"), ("quick", "check"), ("final", "check"), ("double", "check"),
    ("extra", "check"), ("further", "check"), ("additional", "check"), ("last", "one"),
    ("final", "one"), ("last", "question"), ("final", "question"), ("and", "what"),
    ("and", "how"), ("and", "can"), ("and", "could"))))  # "that matches, and just to double
# check", "correct, and lastly ...", "no worries, last one: ...", "thats correct and what was
# the amount of your last deposit" (asking on in the breath that confirmed)
_MEDIUMS = frozenset(("phone", "telephone"))
_BY_MEDIUM = (" on the ", " over the ", " down the ", " by ")  # "what was your last top up"


def _about_a_life(pieces: list[Piece]) -> bool:
    """The words of a security question: a life's people and places ("where did your parents
    meet"), its firsts and favourites ("your first concert", "favourite film"); not a part of
    a value ("the first line of your address") nor a date ("the 1st of the month")."""
    for k, piece in enumerate(pieces[:-1]):
        after = pieces[k + 1]
        if after.text != "of" and (piece.text in LIFE_HISTORY_WORDS or (
                piece.text in LIFE_FIRSTS and after.kind == "word"
                and after.text not in NOT_LIFE_FIRSTS)):
            return True
    return bool(pieces) and pieces[-1].text in LIFE_HISTORY_WORDS


def _asked_in_its_sentence(norm: Normalized, hit: _Hit) -> bool:
    """The cue stands in a question ("what's your first pet?"), not in a statement beside one
    ("Please never share your password. Anything else?"); in speech without marks, in a short
    turn that asks (looked at near the cue only: a long text costs no scan per cue)."""
    canon = norm.canonical
    end = _SENTENCE_END_RE.search(canon, hit.end, hit.end + _SENTENCE_REACH)
    if end is None:
        return len(canon) <= _SENTENCE_REACH and "?" not in canon and "." not in canon \
            and (_is_question(norm) or _READ_OUT_RE.match(canon, hit.end) is not None
                 or _REQUESTED_RE.search(canon, max(0, hit.start - _REQUEST_REACH),
                                         hit.start) is not None)
    if end[0].startswith("?") or _ASKED_TO_SAY_IT_RE.match(canon, end.end()) is not None:
        return True  # (or asked in the next sentence: "you'd have recorded a fallback
        # passphrase. Could you say that for me?")
    reach = max(0, hit.start - _SENTENCE_REACH)
    start = max(reach - 1, *(canon.rfind(mark, reach, hit.start) for mark in (". ", "? ", "! ")))
    said = canon[start + 1:end.start()].split()  # "please tell me your childhood best friend's
    return (not _TELL_ME.isdisjoint(said) or _REQUESTED_RE.search(  # name.", "Now I need the
        canon, start + 1, hit.start) is not None) and _NEVER.isdisjoint(said)  # third letter
    # of your memorable word." (not "please never share your password.")


_SENTENCE_REACH = 240  # characters: a question's sentence is shorter
_ASKED_TO_SAY_IT_RE = rx.compile(r"(?:(?:and|so|now|ok|okay) ,? )?(?:(?:could|can|would|will) "
                                 r"you (?:please |just |now )?|please )?(?:say|read|tell me|give "
                                 r"me|repeat) (?:that|it|this)\b[^.?!]*\?")
# A request said as a statement before the cue: "before i go in i need the memorable word".
_REQUESTED_RE = rx.compile(r"\b(?:i|we)(?:'ll| will|'d| would|'m| are|'re)?(?: (?:just|also|"
                           r"still|now|first|then|only|really|do|going to|gonna)){0,3} need\b"
                           r"|\b(?:tell|give) me\b")  # ("I also need the password", "we're gonna
# need the passphrase", "i do need your passcode")
_REQUEST_REACH = 40  # characters before the cue
# The question read out after its cue: "your security question is what was your first car",
# "the memorable question on file is where did your parents meet".
_READ_OUT_RE = rx.compile(r"(?: [a-z]+){0,3}? (?:is|was|says|reads)(?: ,)? (?:(?:what|where|which|"
                          r"who|whose|when|how)(?: [a-z]+)? (?:was|is|were|did|does|do|are|"
                          r"your)|what's|whats|who's)\b")  # (not "your password is what keeps")
# A question that offers help and asks for no value, at the end of its turn.
_OFFERS_HELP_RE = rx.compile(r"(?<!and )\b(?:how (?:can|may|could) i (?:help|assist)|what can i "
                             r"do for you)(?: you)?(?: today| this (?:morning|afternoon|evening))?"
                             r"[ ?.!]*$")
# ... in a turn that asks for nothing else before it ("can I take your postcode and how can I
# help you today?" asks for the postcode).
_ASKING_BEFORE_RE = rx.compile(r"\b(?:your|confirm|can i (?:take|have|get)|could you)\b")
_HELP_TAIL = 60  # characters: where an offer of help ends a turn


def _only_offers_help(canon: str) -> bool:
    """The turn's only question offers help ("Clearwave Mobile, Niamh speaking, how can I help
    you today?"): it asks for no value its cues name."""
    if canon.count("?") > 1:
        return False
    offer = _OFFERS_HELP_RE.search(canon, max(0, len(canon) - _HELP_TAIL))
    return offer is not None and _ASKING_BEFORE_RE.search(
        canon, max(0, offer.start() - _HELP_TAIL), offer.start()) is None
_TELL_ME = frozenset(("tell", "give", "confirm", "provide", "read"))  # a request said as one
def _only_spoken_of_by_the_caller(applying: list[Expectation]) -> bool:
    """The agent's turn awaits a secret only because the caller spoke of theirs ("oh god the
    phone password, is it shamrock, no hang on", "my access code isn't working"): what the
    agent says is one only if it is given as one (see `_given_as_a_secret`)."""
    secrets = [e for e in applying if e.type == "PASSWORD"]
    return bool(secrets) and all(
        e.speaker not in (None, BUSINESS_SIDE) and not e.same_speaker and not e.questioned
        for e in secrets)


_GIVEN_AFTER = frozenset(("it's", "its", "is", "to", ":", "be", "try", "as", "one's", "now"))


def _given_as_a_secret(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """A secret the agent gives, not words of theirs an answer's rules took: characters or
    digits in it ("It's 4 8 2 9.", "Sure, capital T, r, e, k"), or said to be one ("it's
    marigold", "I've reset it to bluebird"); not "take your time, there's no rush"."""
    start, end = span
    if end < len(pieces) and pieces[end].text in _KEPT_AFTER:
        return False  # "your excess is seven hundred dollars": an amount
    if not (start > 0 and pieces[start - 1].text in _GIVEN_AFTER) and any(
            p.kind == "number" and k + 1 < len(pieces) and pieces[k + 1].text in _TIME_UNITS
            for k, p in enumerate(pieces[start:end], start)):
        return False  # "that'll be the ninety day reset": how long, not a code (but "your
        # temporary password is 30 days 7x")
    return any(p.kind in ("number", "spelled", "alnum") or any(ch.isdigit() for ch in p.text)
               for p in pieces[start:end]) \
        or (start > 0 and pieces[start - 1].text in _GIVEN_AFTER)


# Single words after a number that make it no one's value ("dollars", "minutes", "items").
_KEPT_AFTER = frozenset(phrase for phrase in CONTEXT_PHRASES[KEEP] if " " not in phrase)


# A question for a secret of digits: a number in its answer is the secret.
_PIN_WORDS = frozenset(("pin", "pins", "passcode", "code", "digit", "digits", "number", "numbers",
                        "mpin", "tpin", "puk", "otp", "tac", "numeric"))
def _stated(pieces: list[Piece]) -> list[Piece]:
    """The pieces of a turn's sentences that are no questions: what the caller said, not what
    they asked ("Is that for Online Banking? The memorable word is Biscuit.")."""
    out: list[Piece] = []
    sentence: list[Piece] = []
    for piece in pieces:
        sentence.append(piece)
        if piece.text in (".", "!", "?", "..."):
            if piece.text != "?":
                out += sentence
            sentence = []
    return out + sentence


def _to_hear_again(norm: Normalized) -> bool:
    """The listener asks to hear it again: "sorry, can you speak up?", "you broke up there"."""
    words = [p.text for p in norm.pieces]
    return _asks_again(norm) or any(tuple(words[k:k + len(phrase)]) == phrase
                                    for k in range(len(words)) for phrase in _HEAR_AGAIN)


_HEAR_AGAIN = with_one_as_said((
    ("speak", "up"), ("broke", "up"), ("breaking", "up"), ("didn't", "catch"), ("didnt", "catch"),
    ("what", "was", "that"), ("a", "bit", "louder"), ("say", "that", "again"),
    ("one", "more", "time")))
_LEFT_OPEN = ("...", "…", ",", "-")  # how a turn cut short in the middle of a dictation ends
_DICTATION_UTTERANCES = 2  # a secret dictated in parts goes on past the other side's "yep"
_OPENING_CHARACTERS = 3  # pieces ("4, 4"): characters opening a turn while a secret is dictated
_NEVER = frozenset(("never", "don't", "dont", "not", "won't", "wont"))


def _only_asks_back(norm: Normalized) -> bool:
    """The whole turn is a question back, every word of it one a repair or a question back is
    made of: "Pardon?", "sorry, who?", "Excuse me? Sorry?", and in speech-to-text without marks
    "excuse me", "sorry what", "come again" (not "Hemi. Sorry?", "Bill, sorry.", "tui eh",
    "sorry its may": a name, then a word of apology)."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    marked = any(p.kind == "punct" for p in norm.pieces)
    return bool(words) and (not marked or norm.pieces[-1].text == "?") \
        and all(w in _ASKING_BACK_TURN for w in words) and _asks_back(norm)


# Words a turn that only asks back is made of (a small word that is a name too is none).
_ASKING_BACK_TURN = (ASKING_BACK_WORDS | FUNCTION_WORDS | frozenset((
    "me", "i'm", "im", "say", "that", "didn't", "didnt", "you", "please", "line", "bad",
    "cut", "out", "missed", "quiet", "speak", "up", "louder"))) - FUNCTION_WORD_NAMES


def _echoes(norm: Normalized, hits: list[_Hit]) -> bool:
    """A question back that names the value asked for, in a few words and no value of its own:
    "My first school? Do you mean the primary one?", "the policy number?"."""
    mark = next((k for k, p in enumerate(norm.pieces) if p.text == "?"), None)
    if not hits or mark is None or hits[0].start >= norm.cstarts[mark]:
        return False
    asked = norm.pieces[:mark]
    return len(asked) <= _ECHO_WORDS and not any(p.kind in ("number", "code") for p in asked) \
        and not any(p.text in _WHAT for p in asked)  # "what's the best number?" asks for it


def _lets_go(norm: Normalized) -> bool:
    """The asker lets the request go: "let's skip it", "no you don't have to", "not really",
    "it's ok, i found you already", "i can see it here" (not "don't worry, it's just for
    security", "you don't have to, but it speeds things up")."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    if "but" in words:
        return False
    return not _DROPPED.isdisjoint(words) or any(pair in _DROPPED_PAIRS
                                                 for pair in pairwise(words)) \
        or any(tuple(words[k:k + 3]) in _NO_NEED for k in range(len(words)))  # (not "we
    # don't have the keypad option on this line, you can say it quietly")


_NO_NEED = frozenset((("don't", "have", "to"), ("dont", "have", "to"), ("you", "don't", "have"),
                      ("you", "dont", "have")))


_SHORT_ASKING_BACK = 4  # words: "why?", "what for?", "do i have to?"
_WHAT = frozenset(("what", "what's", "whats", "what're"))
_ECHO_WORDS = 6  # words of a question back that names the value asked for: "my first school?"
_ASKING_BACK = 12  # words: "sorry, why do you need that?", "is it the one with HS in front?"
# What a question back takes up: the request ("it", "that one"), how to give it ("I shouldn't
# say the whole word, should I?", "the full number?"), the line ("is the line secure?") or the
# asker ("how do I know you're actually the bank?", "is it really you?").
_DOUBTING_THE_CALL = frozenset(("recorded", "recording", "monitored", "secure", "encrypted",
                                "scam", "scams", "genuine", "legit"))
_TAKEN_UP = frozenset(("it", "that", "them", "those", "one", "say", "spell", "whole", "full",
                       "line", "you're", "youre", "really", "actually", "genuine", "legit",
                       "safe", "secure"))
_THIS_REQUEST = frozenset((("this", "is"), ("this", "for"), ("this", "needed"),
                           ("this", "necessary"), ("this", "required"), ("is", "this"),
                           ("why", "this"), ("this", "'s")))
_NEW_TOPIC = frozenset(("before", "also", "another", "else", "other"))
# What the asker says when it lets the request go: "no you don't have to", "let's skip it",
# "it's ok, i found you", "never mind", "let's move on", "i can see it here".
_DROPPED = frozenset(("skip", "found", "forget", "instead", "later", "anyway", "nevermind",
                      "proceed"))
_DROPPED_PAIRS = frozenset((
    ("not", "really"), ("no", "need"), ("not", "needed"), ("not", "necessary"), ("never", "mind"),
    ("move", "on"), ("don't", "need"), ("dont", "need"),
    ("can", "see"), ("see", "it"), ("leave", "it"), ("do", "without"), ("doesn't", "matter"),
    ("doesnt", "matter"), ("carry", "on"), ("another", "way"), ("scratch", "that"),
    ("pulled", "you"), ("look", "you"), ("find", "you"), ("found", "you")))
# Why the value is needed, said by the asker: held even with a number of its own in it.
_JUSTIFYING = frozenset(("security", "secure", "verify", "verification", "verified", "confirm",
                         "identity", "protect", "protection", "fraud", "fair", "understand",
                         "required", "mandatory", "policy", "legal", "law", "regulations"))


def _requests_a_value(canon: str, hits: list[_Hit]) -> bool:
    """A question of the utterance names a personal value not offered as the speaker's own:
    "what's your date of birth? is that ok?", "sorry my screen froze, what was the date of
    birth again?" (not "... from an IP we flagged. Was that you?", "can you send it to my
    IBAN?")."""
    ends = [k for k, ch in enumerate(canon) if ch == "?"] or [len(canon)]
    for end in ends:
        start = max(canon.rfind(mark, 0, end) for mark in ".!?") + 1
        if any(h.label != KEEP and start <= h.start < end
               and canon[max(h.start - 8, 0):h.start].split()[-1:] not in (["my"], ["our"])
               for h in hits):
            return True
    return False


def _tells_whose_name(norm: Normalized) -> bool:
    """"I think her name was Grace", "his name's Tom": a name told of someone else answers
    itself (where "my name is Jo" is often answered with the other's)."""
    words = [p.text for p in norm.pieces]
    if not _LISTENER.isdisjoint(words):
        return False  # "his name's tom, and what's your name please"
    return any(words[k] in _THIRD_PARTY and (words[k + 1] == "name's" or (
        words[k + 1] in ("name", "names") and words[k + 2:k + 3] in (
            ["is"], ["was"], ["are"], ["were"]))) for k in range(len(words) - 1))


_THIRD_PARTY = frozenset(("her", "his", "their"))
_LISTENER = frozenset(("your", "you", "who", "yours"))
_FIRST_PERSON = frozenset(("i", "i'm", "im", "i've", "ive", "i'll", "my", "me", "we", "we're",
                           "our", "us"))
# Words before a phrase that make it no question's object: "what's owed on the account",
# "which date is the account due".
_NOT_ITS_OBJECT = frozenset(("on", "in", "to", "from", "into", "onto", "under", "for", "with",
                             "is", "was", "are", "be", "off"))


def _question_start(norm: Normalized, hit: _Hit, lead: int, marks: _Marks) -> int:
    """Where the question holding `hit` starts: its last "what"/"which" before the phrase, its
    sentence's start ("I can help with that. SkyMiles number?"), or the utterance's start
    after fillers ("okay lets have a look whats the bond number")."""
    k = marks.last(marks.questions, lead, norm.piece_index(hit.start))
    return lead if k is None else k + (norm.pieces[k].text in _SENTENCE_ENDS)


_SENTENCE_ENDS = frozenset((".", "?", "!"))
_CHECKING_VERBS = frozenset(("confirm", "verify"))  # what they ask for is their object


def _is_question(norm: Normalized) -> bool:
    """A question by its form ("and the correct sin", "do you have an applicant id", "...?"),
    not only by its words as `_asks` reads them ("okay, I see the rx number is ...")."""
    words = [p.text for p in norm.pieces]
    lead = _lead(norm)  # "oh no okay what's your tenancy reference"
    while lead < len(words) and words[lead] in _QUESTION_LEADS \
            and words[lead] not in _QUESTION_STARTS:
        lead += 1
    anded = lead
    while anded < len(words) and (words[anded] in _ORDERING or (
            anded > lead and words[anded] == ",")):  # "and lastly, your ..."
        anded += 1
    return "?" in words or (bool(words) and words[0] in _QUESTION_STARTS) \
        or (lead < len(words) and words[lead] in _QUESTION_STARTS) \
        or _has_asking_pair(words) or (
        0 < lead < anded < len(words) and words[lead - 1] == "and"
        and words[anded] in _OWNED_ASKED and _STATING.isdisjoint(words[anded:]))
    # "lovely and lastly your memorable word" (not "perfect and next your favourite shop is
    # saved": a statement)


# Words that order the questions of a check ("and lastly your ...", "and finally the ...")
_ORDERING = frozenset(("lastly", "finally", "next", "secondly"))
_OWNED_ASKED = frozenset(("your", "the", "his", "her", "their"))


_QUESTION_LEADS = frozenset(("no", "oh", "okay", "ok", "right", "so", "and", "well", "then",
                             "sorry", ",", "yes", "yeah", "alright", "great", "perfect",
                             "lovely", "hang", "hold", "on", "wait", "cheers", "thanks",
                             "brilliant", "excellent", "super"))  # "hang on is it ..."


def _asks_which_number(pieces: list[Piece]) -> bool:
    """The turn ends by asking which number, with no owner named: "Which number is it?",
    "what number is that?" (the caller's, spoken of before)."""
    words = _last_sentence_words(pieces)
    return words[-1:] == ["?"] and words[:1] in (["which"], ["what"]) and "number" in words \
        and len(words) <= _SHORT_QUESTION + 2


def _asks_for_something_of_someones(norm: Normalized) -> bool:
    """A question about something of the other party's or a third person's: "your BVN?",
    "can you give me his ucas id", "what's their reference on the letter"."""
    words = [p.text for p in norm.pieces]
    if _OWNERS_ASKED.isdisjoint(words):
        return False
    # Asked by its words, not by how it opens: "got you, your last reading was in february"
    # tells, it does not ask.
    return "?" in words or not _WH_WORDS.isdisjoint(words) or len(
        [w for w in words if w not in FILLERS]) <= _SHORT_QUESTION \
        or _has_asking_pair(words) or any(pair in _NEEDS for pair in pairwise(words))


# "i need your crn and his crn", "we'll need their ird": a request, with no question's form
_NEEDS = frozenset(("need", owner) for owner in _OWNERS_ASKED)


def _states(norm: Normalized) -> bool:
    """A statement, short as it may be: it opens with its subject and asks nothing ("i can see
    the refund", "thanks, that's logged against the order"; not "i need the order number",
    "can i take the booking reference?")."""
    said = [p.text for p in norm.pieces[_lead(norm):] if p.kind != "punct"]
    words = set(said)
    return bool(said) and said[0] in _SUBJECTS and "?" not in norm.canonical \
        and _ASKING.isdisjoint(words) \
        and not _has_asking_pair(said)


_SUBJECTS = frozenset(("i", "i've", "ive", "i'll", "ill", "i'm", "im", "we", "we've", "weve",
                       "we'll", "we're", "that's", "thats", "it's", "its", "that", "it", "this",
                       "there's", "theres", "you're", "youre", "you've", "youve"))


def _asks(norm: Normalized) -> bool:
    """Does the utterance ask for something? A question mark, "your" or "need", a clause
    that opens like a question ("thank you, and the last four"), or few words ("postcode"):
    a short utterance that names a value asks for it."""
    pieces = norm.pieces
    words = [p.text for p in pieces if p.kind != "punct"]
    if len(words) <= _SHORT_QUESTION or not _ASKING.isdisjoint(p.text for p in pieces):
        return True
    if _has_asking_pair(words):
        return True  # "... can you confirm the postcode" with no punctuation to tell
    if any(p.text in _QUESTION_OPENERS and (k == 0 or pieces[k - 1].kind == "punct")
           for k, p in enumerate(pieces)):
        return True  # a clause that opens like a question
    # "thanks hope and the registration of the vehicle": in speech with no punctuation, a
    # noun phrase after "and the" that no verb follows asks for what it names (read from the
    # end: one pass whatever the length)
    stated = False
    for k in range(len(pieces) - 2, -1, -1):
        stated = stated or pieces[k + 1].text in _STATING
        if pieces[k].text == "and" and pieces[k + 1].text == "the" and not stated:
            return True
    return False


def _has_asking_pair(words: list[str]) -> bool:
    """Two words that ask ("can you", "let me have"), but not "let me" before what the speaker
    does alone ("let me think", "let me check the app"): that only keeps the turn."""
    return any(((words[k], words[k + 1]) in _ASKING_PAIRS and not (
        words[k] == "let" and _DOING_ALONE.intersection(words[k + 2:k + 4])))
        or (words[k] in _TAKERS and words[k + 1:k + 3] in (["can", "take"], ["could", "take"],
                                                            ["will", "take"], ["take"]))
        for k in range(len(words) - 1))  # ("let me just check"; "I can take the IBAN now if
    # you like", "I'll take the card number": the speaker offers to take it)


_TAKERS = frozenset(("i", "we", "i'll", "ill", "we'll"))


_DOING_ALONE = frozenset(("think", "check", "see", "find", "look", "ask", "count", "remember",
                          "dig", "work", "try", "fetch", "grab", "put", "pop", "transfer"))
# ("let me put you on hold and check with accounts"; but "let me pull you up by SIN" asks)


# Words that announce a personal value only when someone's it is ("your number", "my pan"), not
# "page number 312", "the number 42 bus", "put the pan in the oven", "photo id".
OWNED_ONLY_PHRASES = frozenset(("number", "numbers", "id", "i d", "#", "no.", "pan", "sin",
                                "cpr", "nie", "pps"))
_POSSESSIVES = frozenset(("your", "my", "his", "her", "their", "our", "whose"))
_MEMBER_PHRASES = frozenset(CONTEXT_PHRASES["MEMBER_ID"])
_REFERENCE_WORDS = frozenset(("reference", "ref"))
_SOMEONE_ELSES = frozenset(("your", "his", "her", "their"))
_TOLD = frozenset(("is", "was", "will", ":"))
_REQUESTING = REQUESTING_WORDS | {"please"}


def _someones_reference(norm: Normalized, cstart: int) -> bool:
    """Asked for, a reference of someone's that no business noun names ("can i take your
    tenancy reference?", "what's his housing ref") is theirs, privacy first; "your reference",
    "your new reference", "your complaint reference" stay the business's. Only asked for: told,
    a reference is usually one the business has just issued ("your renewal reference is ...")."""
    pieces = norm.pieces
    index = norm.piece_index(cstart)
    if pieces[index].text not in _REFERENCE_WORDS \
            or (index + 1 < len(pieces) and pieces[index + 1].text in _TOLD):
        return False
    k, named = index - 1, False
    while k >= max(index - _OWNER_REACH - 1, 0) and len(pieces[k].text) > 2 \
            and pieces[k].text.isalpha() and pieces[k].text not in FUNCTION_WORDS \
            and pieces[k].text not in _BUSINESS_THINGS:
        named = named or pieces[k].text not in REFERENCE_QUALIFIERS  # "your old tenancy ref"
        k -= 1
    return named and k >= 0 and pieces[k].text in _SOMEONE_ELSES


_OWNER_REACH = 3  # words between the owner and the word it owns ("your beauty insider number")
# Where a business tells a caller to write, right before its address: "email them to",
# "receipts to", "send a copy to" (no one's "your email as", "registered to").
_SENT_TO_RE = rx.compile(r"\b(?:email|e-mail|send|forward|write|mail|submit|contact|reach|cc"
                         r"|copy|receipts|photos|documents|forms|them|it)\b(?:\s(?!(?:my|your|his"
                         r"|her|their|registered|file|account|under)\b)\S+){0,3}\s(?:to|at)\s$")
_OWNER_CHARS = 48
# ... but the business sending to the caller's own: "i'll send the invoice to accounts@...".
# Words that read a value back to confirm it: "just to confirm, 5th of January 2002?".
_CONFIRMING = frozenset(("confirm", "confirming", "reading", "correct", "check", "verify"))


def _confirming(norm: Normalized) -> bool:
    """The utterance reads a value back to confirm it: "so 5th of January 2002?", "just to
    confirm, ..." (not "we're closed on the 25th of December 2025 so delivery is the 27th")."""
    texts = norm.texts
    return not _CONFIRMING.isdisjoint(texts) or texts[_lead(norm):][:1] == ["so"]
_WE_SEND_RE = rx.compile(r"\b(?:i|we|i'll|we'll|ill|i've|we've|i'm|we're|i will|we will)\b")
# The channel the business speaks on (Genesys's INTERNAL: the agent).
BUSINESS_SIDE = "INTERNAL"
# Someone else who sent a caller a code: "someone texted asking for my otp, i gave it" issues
# nothing on the call.
_A_THIRD_PARTY = frozenset(("someone", "somebody", "they", "scammer", "scammers", "fraudster",
                            "fraudsters", "he", "she"))
_WHERE_FROM = frozenset(("on", "from", "off", "in", "for"))
_BUSINESS_THINGS = frozenset(w for phrase in BUSINESS_REFERENCES for w in phrase.split())
_LONG_NUMBER = 6  # digits: an identifier rather than a page, a bus route or a count


def _owned(norm: Normalized, cstart: int, is_question: Callable[[], bool]) -> bool:
    """Someone's: "your number", "mum's id", in a question "the correct sin?", "do you have an
    applicant id", announced: "the new number is 5530918824", a form's label: "SIN: 130 427
    180", or before a number too long to count anything: "ID 7509210823087" (not "page number
    312", "the number 42 bus"). `is_question` is asked once per utterance, not per phrase: a
    long text has many."""
    index = norm.piece_index(cstart)
    before = norm.pieces[max(index - _OWNER_REACH, 0):index]
    after = norm.pieces[index + 1:index + 4]
    if _possessed(norm, cstart) or (len(after) > 2 and after[0].text in _WHERE_FROM and (
            after[1].text in _POSSESSIVES or after[1].text.endswith("'s"))
            and after[2].text not in _BUSINESS_THINGS):
        return True  # "the number on my gym fob", "the code from your letter" (not "the
        # number on my parcel": the business's)
    if after and (after[0].text == ":" or (after[0].text == "?" and len(after) == 1)):
        return True  # "SIN: 130 427 180", "I can help with that. SkyMiles number?"
    if after and after[0].text == "is" and (index == 0 or norm.pieces[index - 1].kind == "punct"):
        return True  # "Yes, yes. Number is MR 0055 8134.": whose goes without saying
    if _looked_up_by(before):
        return True  # "let me find you by SIN instead", "can I search using the ID": the
        # value a person is looked up by is theirs
    long_after = [p.kind in ("number", "word") and sum(ch.isdigit() for ch in p.text)
                  >= _LONG_NUMBER for p in after]
    if any(long_after[:2]) or (long_after[2:] == [True] and all(
            len(p.text) == 1 and p.text.isalpha() for p in after[:2])) or (
            long_after[2:] == [True] and _someones_coded_id(norm, index)):
        return True  # "ID 7509210823087", "PPS 7391846TA", "number H R 44019287", "Cricket
        # ID CA-7730915"
    return any(p.text in ("the", "a", "an") for p in before) and (
        is_question() or any(p.text in ("is", "was") for p in after[:1])
        or any(p.text in _WH_WORDS for p in norm.pieces[max(index - _OWNER_REACH - 1, 0):index]))


def _looked_up_by(before: list[Piece]) -> bool:
    """The phrase is what a record is looked up by: "find you by", "search using the", "pull
    the account up with" (not "paid by", "sent with the")."""
    words = [p.text for p in before]
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return len(words) > 1 and words[-1] in _LOOKUP_MEANS \
        and not _LOOKUP_VERBS.isdisjoint(words[:-1])


_LOOKUP_MEANS = frozenset(("by", "using", "via", "with"))
_LOOKUP_VERBS = frozenset(("find", "search", "look", "locate", "pull", "verify", "identify",
                           "match", "up"))


def _a_business_reference(canon: str, hit: _Hit) -> bool:
    """A reference of the business's, read back later as it was given: "your booking
    reference", "your new offer reference is ..." (not "your tenancy reference is ...": whose
    reference the word before it says)."""
    phrase = canon[hit.start:hit.end]
    if phrase in BUSINESS_REFERENCES:
        return True
    before = canon[max(0, hit.start - _OWNER_WORD_REACH):hit.start].split()[-1:]
    return phrase.removesuffix(" is") in BUSINESS_REFERENCES \
        and not (before and before[0] in _BARE_OWNERS)


_OWNER_WORD_REACH = 24  # characters: the word before a cue
_CODE_LETTERS_RE = re.compile(r"[a-z]{1,3}")  # a code's letters before its dash and number
# ... of a thing's, not someone's: "Error ID ER-4400123", "Build ID BD-2024061"
_THINGS_CODED = frozenset(("error", "build", "release", "version", "train", "page", "meeting",
                           "kit", "catalogue", "catalog", "container", "firmware", "software"))


def _someones_coded_id(norm: Normalized, index: int) -> bool:
    """"Cricket ID CA-7730915", "Pupil number UPN-7730915": an ID after the word for what it
    is of, its code a few letters, a dash and a long number; not a thing's or a business's
    record ("Error ID ER-4400123", "withdrawal ID WD-55880217", "dispute, number SD-2024-11873",
    "BL number KHI-2404-77102")."""
    pieces = norm.pieces
    if pieces[index].text not in _CODED_ID_CUES or index == 0 or index + 3 > len(pieces):
        return False
    owner, letters = pieces[index - 1].text, pieces[index + 1].text
    return pieces[index - 1].kind == "word" and len(owner) > _ABBREVIATED_OWNER \
        and owner not in _THINGS_CODED and owner not in ACCOUNT_MOVEMENTS \
        and owner not in BUSINESS_REFERENCES and owner not in FUNCTION_WORDS \
        and _CODE_LETTERS_RE.fullmatch(letters) is not None \
        and letters not in FUNCTION_WORDS and pieces[index + 2].text == "-"


_CODED_ID_CUES = frozenset(("id", "number", "no"))
_ABBREVIATED_OWNER = 2  # letters: "BL number ...", a shipping document's


def _possessed(norm: Normalized, cstart: int) -> bool:
    """An owner shortly before: "your number", "mum's id", "chidis social"."""
    index = norm.piece_index(cstart)
    return any(p.text in _POSSESSIVES or p.text.endswith("'s")
               or (p.kind == "word" and asr_possessive(p.text))
               for p in norm.pieces[max(index - _OWNER_REACH, 0):index])


_BARE_OWNERS = frozenset(BARE_IDENTIFIER_OWNERS + STATED_OWNERS)


def _spelled_into_digits(norm: Normalized, cstart: int) -> bool:
    """A cue word spelled letter by letter and run on into digits ("c i f seven seven two"):
    the start of a value read out, since nobody spells a label before its number."""
    index = norm.piece_index(cstart)
    pieces = norm.pieces
    return pieces[index].kind == "spelled" and index + 1 < len(pieces) \
        and pieces[index + 1].kind == "number"
_IS_RE = rx.compile(r"(?:'s| is| was)(?= )")
# ... or given in the next sentence: "can you put my frequent flyer on it too? it's 2201 ..."
_GIVEN_NEXT_RE = rx.compile(r"[^.?!]{0,40}[.?!] (?:it's|its|it is|that's|thats)(?= )")
_STATED_DIGITS = 7  # a number stated to be an owner's: more than an amount ("the super is 120000")


def _owner_s_identifier(candidates: list[Candidate], starts: list[int], canon: str,
                        cend: int) -> bool:
    """An identifier right after an owner ("Member PG-0077412"), or after it and "is" ("my
    frequent flyer is QF 8812 4409"), where a number alone must be too long for an amount."""
    m = _IS_RE.match(canon, cend) or _GIVEN_NEXT_RE.match(canon, cend)
    if m is None:
        return _identifier_right_after(candidates, starts, cend, canon=canon)
    return _identifier_right_after(candidates, starts, m.end(), _STATED_DIGITS, 5, canon)


_WHERE_WRITTEN_RE = rx.compile(r"\b(?:on|in|off|from) (?:the|my|your|our|his|her|their|"
                               r"(?:last|this|next) (?:year|month|week)'s|last|latest|old|"
                               r"new|a) (?:\w+ )?$")  # "it's on last year's bill, IH-30284"


def _written_on(canon: str, named: _Hit, where: _Hit, asked: bool = False) -> bool:
    """`where` says where the value someone's identifier `named` names is written: "your
    account number on the invoice" (not "charges on your card"). A question for a business's
    reference asks for it alone (`asked`: "the tracking number on the card?"); but a value said
    after one on someone's document ("the order number on my licence, MORGA...") is not taken
    for the business's: privacy first, its nearest cue names it."""
    return _WRITTEN_ON_RE.fullmatch(canon, named.end, where.start) is not None and (
        named.label in IDENTIFIER_TYPES
        or (asked and canon[named.start:named.end] in BUSINESS_REFERENCES))


_WRITTEN_ON_RE = rx.compile(r" (?:on|in|off|from) (?:the|my|your|our|his|her|their|this|that) ")


def _on_a_business_record(canon: str, start: int, end: int) -> bool:
    """Between a cue and a value, where the cue's value is written, a record of the
    business's own with a number of its own: "the email on your quote, Q-2291"."""
    where = _WRITTEN_ON_RE.match(canon, start)
    return where is not None and where.end() < end \
        and canon[where.end():end].split(maxsplit=1)[0].strip(",.") in BUSINESS_REFERENCES
_RIGHT_AFTER = 3  # characters between an owner and its value: ": ", " #"


# A form's label no cue list knows, right before its value: "CIN:", "NID #", "uye no",
# "r.c." (words, then a colon or "#"; "no"/"nr"; a dotted abbreviation).
# A value, then a label of a field of its own: "Carnet nr 88431207, Monto: 125 000".
_NEXT_FIELD_RE = rx.compile(r"\d[^:]*?[^\W\d_]\s?:(?:\s|$)")
def _priced(norm: Normalized, cand: Candidate) -> bool:
    """A number said as a price, with tens or hundreds ("three eighty nine ninety nine"),
    right after a word that prices something ("for", "charged", "of")."""
    index = norm.piece_index(cand.cstart)
    if index < 1 or norm.pieces[index - 1].text not in _PRICING \
            or len(cand.digits) > _AMOUNT_DIGITS:
        return False
    said = norm.original[slice(*norm.to_original(cand.cstart, cand.cend))]
    return not _read_as_digits(said) and not said.replace(" ", "").isdigit()


_PRICING = frozenset(("for", "of", "charged", "costing", "costs", "cost", "worth", "totalling",
                      "totaling", "billed"))
_PRICED_NOT = frozenset(("CREDIT_CARD", "BANK_ACCOUNT", "CARD_SECURITY_CODE", "MEMBER_ID"))
_ASKED_AFTER_RE = rx.compile(r"\b(?:what's|what is|whats|can i (?:take|have|get)|could i "
                             r"(?:take|have|get)|may i (?:take|have)|i'll need|i need)\b")
_NONE_OF_IT_RE = rx.compile(r"\b(?:there's no|there is no|theres no|without an?|without any|"
                            r"has no|have no|had no)(?: (?!my\b|your\b|the\b|his\b|her\b)"
                            r"[a-z]+)? $")
# Values no measure's number is, besides the identifiers: "due for the 30,000 mile service".
_MEASURED_NOT = frozenset(("STREET_ADDRESS", "CARD_SECURITY_CODE"))
_LABEL_ENDS = frozenset((":", "#", "no", "nr", "nº", "n°"))
_LABELLED_DIGITS = 6
# A bare "code" whose value is too long for a card's: a one-time or verification code.
_BARE_CODE_CUES = frozenset(("code", "the code"))
# A day and its month in a date: "the 14th of may", "14 may 2026", "march 3rd" (not "march
# 2031", "06/31", "the 3rd of 29": the third month).
_DAY_OF_MONTH_RE = rx.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}\b"
                              rf"|\b{_MONTH} (?:the )?\d{{1,2}}(?:st|nd|rd|th)\b")
# ... and the two of them, to know a date again with another year.
_DAY_MONTH_RE = rx.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_MONTH})\b"
                           rf"|\b({_MONTH}),? (\d{{1,2}})(?:st|nd|rd|th)?\b(?! ?\d{{3}})")


def _day_and_month(canonical: str) -> str | None:
    """"5-jan" of "5th of january 2003", "january 5, 2003" or "jan 5th": a date's day and month
    (its month's first three letters), to know it again with another year."""
    m = _DAY_MONTH_RE.search(canonical)
    if m is None:
        return None
    day, month = (m[1], m[2]) if m[1] else (m[4], m[3])
    return f"{int(day)}-{month[:3]}" if 1 <= int(day) <= 31 else None


_ONE_TIME_DIGITS = (6, 8)
_LETTERED_CODE = 4  # characters at least of a code with letters and digits: no card's


def _read_as_digits(said: str) -> bool:
    """Digits typed or read one by one ("7419038", "seven four one nine"), not a number said
    as an amount ("twenty five", "ten thousand")."""
    words = said.lower().replace("-", " ").split()
    return all(w.isdigit() or w in _ONE_DIGIT_WORDS for w in words)


_ONE_DIGIT_WORDS = frozenset(("zero", "oh", "o", "one", "two", "three", "four", "five", "six",
                              "seven", "eight", "nine", "double", "triple"))


def _a_lettered_code(cand: Candidate) -> bool:
    """Letters and digits, four or more: no card's security code, where one was asked for."""
    return cand.kind in ("alnum", "code") and bool(cand.digits) \
        and len(cand.text) >= _LETTERED_CODE
# A secret named after its value: "I've set 7741 as your new pin".
_AS_A_SECRET_RE = rx.compile(r" as (?:your|the|a|an|my|his|her|their) (?:[\w'-]+ ){0,2}"
                             r"(?:password|passcode|passphrase|pin|code|otp)\b")
_SLASH_PARTS_RE = rx.compile(r"(?:/[a-z]*\d[\da-z]*)+")
# A number that counts ("nine-digit", "16 digit") or dates ("your 2024 statement"): no value.
_LENGTH = r"-?\s?(?:" + "|".join(LENGTH_WORDS) + r")\b"
_LENGTH_RE = rx.compile(_LENGTH)
_COUNTED_RE = rx.compile(r"\d{1,2}" + _LENGTH)
_DATED_RE = rx.compile(r" (?:" + "|".join(DATED_NOUNS) + r")\b")


def _says_no_value(canon: str, text: str, cstart: int, cend: int) -> bool:
    """The number counts a value's length, dates a document or tells the time a thing
    happened: "your nine-digit tax file number", "it's on your 2024 statement", "blocked as of
    fourteen twenty two"."""
    if _COUNTED_RE.fullmatch(text) or (len(text) <= 2 and _LENGTH_RE.match(canon, cend)):
        return True
    if _HOUR_OR_CLOCK_RE.fullmatch(text) and _AM_PM_AFTER_RE.match(canon, cend):
        return True  # "the recital is at four pm", "from 930 am": a time whatever was asked
    if _CLOCK_RE.fullmatch(text) and (
            canon.endswith(" as of ", 0, cstart) or (canon.endswith(" at ", 0, cstart)
                                                     and _DAY_AFTER_RE.match(canon, cend))):
        return True  # "blocked as of fourteen twenty two", "it went through at 0930 today"
    return _YEAR_RE.fullmatch(text) is not None and _DATED_RE.match(canon, cend) is not None


def _spoken_time(norm: Normalized, text: str, cstart: int, cend: int) -> bool:
    """A time of day said as the clock reads it ("eleven thirty", "twelve oh five"), as a
    range's end or its start: "from eleven thirty to one thirty", "until ten fifteen", "at ten
    fifteen and ..." (not a PIN read digit by digit, "from one two three four", nor a house
    number before its street, "at ten fifteen oak street")."""
    canon = norm.canonical
    if not _SHORT_CLOCK_RE.fullmatch(text):
        return False
    start, end = norm.to_original(cstart, cend)
    said = norm.original[start:end].lower().split()
    if any(ch.isdigit() for word in said for ch in word) or len(said) > _CLOCK_WORDS \
            or (said[1:2] != ["oh"] and all(word in _ONE_BY_ONE for word in said[1:])):
        return False  # not digits read one by one ("from one two three") but hours and
        # minutes ("eleven thirty", "twelve oh five")
    before = canon[max(0, cstart - 9):cstart]
    return _RANGE_BEFORE_RE.search(before) is not None or before.endswith(_A_TIME_IS) \
        or (before.endswith(" at ") and (
        _RANGE_AFTER_RE.match(canon, cend) is not None
        or _TIMED_RE.search(canon, max(0, cstart - _TIMED_REACH), cstart) is not None))


_ORDINAL_RE = rx.compile(r"\d{0,2}(?:1st|2nd|3rd|[04-9]th|1[1-3]th)")
# "ten past three", "20 to 6": minutes before an hour are a time, no value's part.
_MINUTES_PAST = frozenset(("5", "10", "15", "20", "25", "30"))
_PAST_THE_HOUR_RE = rx.compile(r" (?:past|to|after|til|till) (?:1[0-2]|[1-9])\b")
_SHORT_CLOCK_RE = rx.compile(r"(?:[01]?\d|2[0-3])[0-5]\d")
_HOUR_OR_CLOCK_RE = rx.compile(r"(?:1[0-2]|0?[1-9])(?:[0-5]\d)?")
_AM_PM_AFTER_RE = rx.compile(r" (?:am|pm|a\.m\.|p\.m\.|o'clock|oclock)(?!\w)")
_CLOCK_WORDS = 3  # "twelve oh five", "ten forty five"; four words are digits read one by one
_RANGE_BEFORE_RE = rx.compile(r"(?:^|\s)(?:from|until|till|til|between|to)\s$")
_RANGE_AFTER_RE = rx.compile(r"\s*(?:to|till|until)\b")  # "at ten fifteen till ..."
_A_TIME_IS = (" time is ", " time's ", " time was ", " times is ")  # "call time is two thirty"
# What happens at a time of day, before its "at": "call me back at eleven thirty", "my phone
# died at ten fifteen" (not "we're at twelve fifteen", a house's number).
_TIMED_RE = rx.compile(r"\b(?:call|ring|phone|back|open|opens|close|closes|arrive|arrives|"
                       r"arrived|start|starts|started|finish|finishes|finished|appointment|"
                       r"slot|booked|meet|meeting|died|happened|came|left|logged|paid|sent)\b")
_TIMED_REACH = 40  # characters before the "at"
# A time of day said as four digits "as of" it, or "at" it with the day or the zone after (not
# where someone lives: "we're at 1422").
_CLOCK_RE = rx.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_DAY_AFTER_RE = rx.compile(r" (?:today|yesterday|tonight|this (?:morning|afternoon|evening)"
                            r"|hours|hrs|local|utc|gmt|bst|est|cst|pst|aest|ist|am|pm|a\.m\."
                            r"|p\.m\.|o'clock|oclock)(?!\w)")
# What a labelled value can be without being anyone's: a typed date, an amount in thousands
# ("125 000", "4.500.000", "125,000,000"; three full groups with spaces, "873 441 298", are
# an identifier's).
_NOT_AN_ID_RE = rx.compile(r"\d{4}([-./])\d{1,2}\1\d{1,2}|\d{1,2}([-./])\d{1,2}\2\d{2,4}"
                           r"|\d{1,3}([ ,.])\d{3}|\d{1,2}([ ,.])\d{3}\4\d{3}"
                           r"|\d{1,3}([,.])\d{3}\5\d{3}")


def _after_label(norm: Normalized, cand: Candidate) -> bool:
    """A value right after a label: a field of a form, which answers nothing said before it."""
    index = norm.piece_index(cand.cstart)
    pieces = norm.pieces
    if index < 2:
        return False
    before, label = pieces[index - 1], pieces[index - 2]
    if before.text == ".":  # "no. 4471", "r.c. 935611": an abbreviation's full stop
        return label.kind == "spelled" or label.text in _LABEL_ENDS
    return before.text in _LABEL_ENDS and label.kind in ("word", "spelled", "punct")


def _contrasted_values(norm: Normalized, found: list[tuple[Finding, int]],
                       unclaimed: list[tuple[Candidate, _Hit | None]]) -> None:
    """A value set against the identifier found right before it ("NIC now 198512304417, not
    the old 851230441V", "formerly", "instead of") is one of the same kind."""
    ends = sorted((f.end, f.type) for f, _ in found if f.type in IDENTIFIER_TYPES)
    if not ends:
        return
    lowered = norm.original.lower()
    for cand, hit in unclaimed:
        if (hit is not None and hit.label == KEEP) or len(cand.digits) < _ANY_IDENTIFIER_DIGITS:
            continue
        start, end = norm.to_original(cand.cstart, cand.cend)
        k = bisect_right(ends, (start, "~")) - 1
        if k >= 0 and _SET_AGAINST_RE.fullmatch(lowered, ends[k][0], start):
            found.append((Finding(ends[k][1], start, end, SCORE_CONTEXT), 0))


_SET_AGAINST_RE = rx.compile(r"[,;]? *(?:(?:and |but )?not|formerly|previously|replacing"
                             r"|instead of|in place of)(?: the| my| his| her| your)?"
                             r"(?: old| previous| former| earlier| wrong| expired)?(?: 1| one)?"
                             r"(?: which was| that was| was)?[,:]? *")


def _owned_acronym_before(norm: Normalized, cand: Candidate) -> bool:
    """Someone's value named by a word no English list holds, mostly an acronym: "my NIC is
    851230441V", "her CURP is ...", "my PPSN's 1234567T" (the many countries' identifiers the
    cue lists do not name; not "my salary is 450000": a word of English names what it is)."""
    index = norm.piece_index(cand.cstart)
    pieces = norm.pieces
    if index < 3 or pieces[index - 1].text not in ("is", "was", "=", "'s"):
        return False
    noun = pieces[index - 2]
    owner = pieces[index - 3].text
    return owner in _OWNED_BY and noun.kind in ("word", "spelled") and noun.text.isalpha() \
        and (norm.original[noun.start:noun.end].isupper() or (
            not common_word(noun.text) and not everyday_word(noun.text)
            and name_class(noun.text) == ""))


_OWNED_BY = frozenset(("my", "his", "her", "their", "your", "our"))


def _form_identifier(norm: Normalized, cand: Candidate) -> bool:
    """Privacy first: a long number on a form is someone's unless its label says otherwise.
    Labels the cue lists know (an order, a ticket, a date) never reach here; this is for the
    labels of the many languages and forms they do not ("CIN: 101 231 045 778")."""
    if cand.kind not in ("number", "alnum") or len(cand.digits) < _LABELLED_DIGITS:
        return False
    start, end = norm.to_original(cand.cstart, cand.cend)
    return _NOT_AN_ID_RE.fullmatch(norm.original[start:end]) is None


def _identifier_right_after(candidates: list[Candidate], starts: list[int], cend: int,
                            least_digits: int = 5, least_mixed: int = 2, canon: str = "") -> bool:
    """An identifier of five characters or more, with digits, right after `cend` (`starts`:
    the candidates' sorted start offsets, so that a long text costs a look-up per owner), or
    its parts read out with dashes between ("state farm policy 13 dash c w dash 44711")."""
    k = bisect_left(starts, cend)
    while k < len(starts) and starts[k] <= cend + _RIGHT_AFTER:
        cand = candidates[k]
        if len(cand.text) >= 5 and len(cand.digits) >= (
                least_digits if cand.kind == "number" else least_mixed) and (
                cand.kind != "number" or len(cand.digits.rstrip("0")) > _ROUND_DIGITS):
            return True  # but "my mortgage 350000 balance", "my ISA 20000 allowance": amounts
        k += 1
    dashed = _DASHED_CODE_RE.match(canon, cend) if canon else None
    return dashed is not None and sum(ch.isdigit() for ch in dashed[0]) >= least_digits


_CODE_PART = r"(?:\d+|[a-z](?: [a-z]){0,3}\b)"  # digits, or letters read out one by one
_DASHED_CODE_RE = rx.compile(rf" ?{_CODE_PART}(?: ?(?:dash|hyphen|-) ?{_CODE_PART})+")


# Between a name and its code: a bracket, maybe with a one-word label ("(payroll 004417)"), or
# a comma or a dash in a typed list ("Hope Mbeki-Shaw, PF-01184476, PulseFit Clapham", "Joost
# Verhoeven – NW8L2D9F3").
_BRACKET_BEFORE_RE = rx.compile(r"\s*(?:\(\s*(?:[^\W\d_]+\s)?|,\s|\s[–—-]\s)$")
_LABEL_PREFIX = 3  # letters of a code's label it may open with: "INV20931", "ORD-5512"
_HALF_POSTCODE_RE = rx.compile(r"(?:^|\s)((?=[a-z ]*\d)(?=[\d ]*[a-z])[a-z\d](?: ?[a-z\d]){1,3})$")


def _half_postcode(canon: str, cend: int) -> bool:
    """Letters and digits, four at most, end the text: the outward half of a UK postcode or an
    Eircode's routing key ("b63", "d 08"), whose other half is still to be read."""
    return _HALF_POSTCODE_RE.search(canon, max(0, cend - 12), cend) is not None


_ALNUM_REMEMBERED = OPEN_LENGTH_TYPES | {"VEHICLE_PLATE", "ZIP_CODE"}
_LOGIN_WORDS = 5  # pieces of a username read back word by word ("r pillai zero two")
_LOGIN_PIECES = frozenset(("word", "spelled", "number", "alnum"))
_LOGIN_MIN = 5  # characters: shorter runs are too often other words
_LOGIN_OPENING = 12  # pieces of a turn's opening where a username is read back
_EXPIRY_AND_CODE = 7  # "0928713": a month, a year's two digits and a code of three
_MONTHS = 12
_SHAPE_RUN_RE = rx.compile(r"[a-z]+|\d+")


def _shape(compact: str) -> str:
    """How a code's letters and digits run ("yg19kfm" -> "a2d2a3"), for codes of five
    characters or more with both; "" for any other."""
    if len(compact) < 5 or compact.isalpha() or compact.isdigit():
        return ""
    return "".join(("d" if run[0].isdigit() else "a") + str(len(run))
                   for run in _SHAPE_RUN_RE.findall(compact))


_GOES_ON_WORDS = frozenset(("and", "then", "next", ",", ".", "...", "the", "rest", "last", "bit",
                            "of", "it", "is", "part"))
# "... and then 2216", "... and the rest is 3856 91", "... and the last bit is 461"
_GOES_ON_CUES = ("then", "rest", "last")
_GOES_ON_CUE_RE = rx.compile(rf"\b(?:{'|'.join(_GOES_ON_CUES)})\b")  # not "interest"
_GOING_ON_TYPES = frozenset((*SPLIT_LENGTHS, "VEHICLE_PLATE", "IBAN"))
_GOES_ON_REACH = 24  # characters between a value and the rest it goes on with


# What a birth date said in parts is said with: "it's the nineteenth", "of july", "and 81".
_DATE_GLUE = frozenset(("the", "of", "and", "it's", "its", "it", "is", "was", "on", "um", "uh",
                        "erm", "er", "em", "hmm", "so", "then", "oh", "ok", "okay", "yes", "yeah",
                        "yep", "sorry", "born"))
# What no month of the same word is followed by: "may i ask why?".
_MODAL_NEXT = frozenset(("i", "we", "you", "he", "she", "they", "it", "be", "have", "need"))
# A count of time, not a day: "one second", "a second please".
_A_MOMENT = frozenset(("1", "a", "one", "just", "half"))
_OLDEST_BIRTH = 110  # years


def _date_part(pieces: list[Piece], k: int) -> str | None:
    """What part of a date pieces[k] can be on its own: "day", "month" or "year"."""
    piece = pieces[k]
    text = piece.text
    after = pieces[k + 1].text if k + 1 < len(pieces) else ""
    if piece.kind == "word" and text in MONTHS:
        return None if text == "may" and after in _MODAL_NEXT else "month"
    if _ORDINAL_RE.fullmatch(text):
        before = pieces[k - 1].text if k else ""
        return "day" if 1 <= int(text[:-2]) <= 31 and before not in _A_MOMENT else None
    before = pieces[k - 1].text if k else ""
    if piece.kind != "number" or not text.isdigit() or after in _MOMENT_UNITS \
            or ":" in (before, after) or after in _CLOCK_AFTER:
        return None  # not "8:09 PM"
    if len(text) == 4:
        return "year" if 0 <= date.today().year - int(text) <= _OLDEST_BIRTH else None
    if len(text) <= 2:
        return "day" if 1 <= int(text) <= 31 else "year"  # "eighty two"
    return None


_CLOCK_AFTER = frozenset(("am", "pm", "a.m.", "p.m.", "o'clock", "oclock", "h", "hrs"))
_MOMENT_UNITS = frozenset(("sec", "secs", "second", "seconds", "2nd", "min", "mins", "minute",
                           "minutes", "moment", "moments", "years", "year", "yrs"))


def _birth_date_parts(norm: Normalized) -> tuple[int, int] | None:
    """The parts of a birth date an answer opens with, asked for or going on: "Nineteenth...",
    "of July...", "may", "twenty three", "it's the fourth"; or its year anywhere in a short
    answer ("ay, do i have to, nineteen seventy nine, don't tell anyone"). The parts end the
    answer or a clause of it: not "15 pounds was taken", "2 of my accounts", "I'm 62 love",
    "first of all", "the 2nd floor". Canonical span."""
    pieces = norm.pieces
    first = last = -1
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        if _date_part(pieces, k) is not None:
            first = k if first < 0 else first
            last = k
        elif not (piece.text in _DATE_GLUE or piece.text in FILLERS
                  or (piece.kind == "punct" and piece.text not in ("?", ":"))):
            break
        k += 1
    if first >= 0 and k < len(pieces) and not any(
            p.kind == "punct" and p.text not in ("?", ":") for p in pieces[last + 1:k]):
        return None  # the parts run into other words: a count, an amount, an age
    if first < 0:
        words = sum(p.kind != "punct" for p in pieces)
        years = [k for k in range(len(pieces)) if _date_part(pieces, k) == "year"
                 and len(pieces[k].text) == 4 and (k == 0 or pieces[k - 1].kind == "punct")
                 and (k + 1 == len(pieces) or pieces[k + 1].kind == "punct")]
        if words > _SHORT_DATE_ANSWER or len(years) != 1:
            return None
        first = last = years[0]
    return norm.cstarts[first], norm.cstarts[last] + len(pieces[last].text)


_SHORT_DATE_ANSWER = 16  # words


def _has_a_year(norm: Normalized, cend: int) -> bool:
    """A year among the date's parts said up to `cend`: "1981", "eighty two", "3/4/85"."""
    return any(norm.cstarts[k] < cend and _date_part(norm.pieces, k) == "year"
               for k in range(len(norm.pieces)))


def _asks_for_its_year(norm: Normalized) -> bool:
    """A short question for the year of a date given without one, naming nothing else: "and
    the year?", "year?", "mm hm and the year ma'am", "what year was that?" (not "what year is
    the car?", "is the policy for this year?")."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return "year" in words and "next" not in words and all(  # not "and next year?"
        w in _YEAR_QUESTION_WORDS or w in BACKCHANNELS for w in words)


_YEAR_QUESTION_WORDS = frozenset((
    "and", "the", "year", "what", "which", "of", "birth", "was", "that", "it", "is", "ma'am",
    "maam", "sir", "madam", "please", "ok", "okay", "thanks", "thank", "you", "right", "great",
    "lovely", "perfect", "yep", "yes", "sorry", "so", "uh", "um", "then", "its", "it's",
    "in"))


def _goes_on(norm: Normalized, found: list[tuple[Finding, int]],
             unclaimed: list[tuple[Candidate, _Hit | None]], continued: dict[str, int],
             add: Callable[[str, int, int, float], None]) -> None:
    """"... 1188 7766 and then 2216": digits said after a card, a phone number or an SSN that
    is not whole yet, with only "and then" between, are the rest of it; so are the characters
    said so after a plate ("b k seven oh and then f d v")."""
    canon = norm.canonical
    values = sorted(((cend, f) for f, cend in found if f.type in _GOING_ON_TYPES),
                    key=lambda pair: pair[0])
    if not values:
        return
    ends = [cend for cend, _ in values]
    heard: dict[str, int] = {}  # digits of each type so far, counted once
    for cand, hit in list(unclaimed):
        if hit is not None or cand.kind not in ("number", "spelled", "alnum", "code") \
                or not _GOES_ON_CUE_RE.search(canon, max(cand.cstart - _GOES_ON_REACH, 0),
                                              cand.cstart):
            continue
        k = bisect_right(ends, cand.cstart) - 1
        if k < 0:
            continue
        cend, last = values[k]
        if cand.cstart - cend > _GOES_ON_REACH:
            continue  # too far to go on with it: and the text between is never split
        if cand.kind != "number" and last.type != "VEHICLE_PLATE":
            continue  # letters go on with a plate ("YD21, then OPL"), digits with the rest
        between = canon[cend:cand.cstart].replace(",", " , ").split()
        if not any(cue in between for cue in _GOES_ON_CUES) or not all(
                w in _GOES_ON_WORDS or w in FILLERS for w in between):
            continue
        if last.type not in heard:
            heard[last.type] = continued.get(last.type, 0) + sum(
                len(_characters_within(norm, f)) for _, f in values if f.type == last.type)
        if heard[last.type] < _full_length(last.type):
            add(last.type, cand.cstart, cand.cend, SCORE_EXPECTED)
            heard[last.type] += len(cand.digits)
            unclaimed.remove((cand, hit))


def _last_letter(norm: Normalized, found: list[tuple[Finding, int]],
                 add: Callable[[str, int, int, float], None]) -> None:
    """The letter a code ends with, said after it: "41 77 62, and then C." (a UK national
    insurance number's suffix)."""
    for f, cend in found[-1:]:
        if f.type in _LETTER_ENDED and (m := _LAST_LETTER_RE.fullmatch(norm.canonical, cend)):
            add(f.type, *(m.span(1) if m[1] else m.span(2)), SCORE_EXPECTED)


def _letters_explained(norm: Normalized, expected: list[str], found: list[tuple[Finding, int]],
                       add: Callable[[str, int, int, float], None]) -> None:
    """A letter of a code awaited, put right and explained as one is spelled: "(check that
    last letter once again?) it is M, M for mango, not N"."""
    awaited = [t for t in expected if t in _LETTER_ENDED]
    if not awaited:
        return
    pieces = norm.pieces
    taken = SpanIndex([(f.start, f.end) for f, _ in found])
    for k, piece in enumerate(pieces):
        if piece.kind == "spelled" and len(piece.text) == 1 \
                and _EXPLAINED_LETTER_RE.search(norm.original, piece.start, piece.end) \
                and not taken.overlaps(piece.start, piece.end):  # ("M, M for mango" is one
            # piece)
            add(awaited[0], norm.cstarts[k], norm.cstarts[k] + len(piece.text), SCORE_EXPECTED)


_LAST_LETTER_RE = rx.compile(r",? (?:and )?then (?:((?:an? )?(?:capital|small|upper ?case|"
                             r"lower ?case|big) [a-z])|([b-hj-z]))[ .!]*")
# (not "and then I."; "..., and then capital N", "and then a capital n": a check letter)
_LETTER_ENDED = frozenset(("NATIONAL_ID", "MEMBER_ID", "PASSPORT", "DRIVER_LICENSE",
                           "CARD_SECURITY_CODE"))  # ("code": a check letter after its digits)


def _full_length(entity_type: str) -> int:
    return SPLIT_LENGTHS.get(entity_type, OPEN_LENGTH_MAX)


def _one_word(canon: str, hit: _Hit) -> bool:
    """A cue of one word with nothing after it yet ("login", not "user=" or "log in with")."""
    phrase = canon[hit.start:hit.end]
    return " " not in phrase and phrase[-1] not in ":="


# Characters between a card and its expiry, its expiry and its code: ", " or a few words
# ("..., expiring 09/28, and 771").
_CARD_TO_NEXT = 24


def _ids_of_people(
    norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
    names: list[Finding], add: Callable[[str, int, int, float], None],
) -> None:
    """A code in brackets right after a person's name is theirs: "New starter Amaya Clarke
    (EMP-30917)", "Cust Sonny Akhtar (CUST-0048817)", "Gareth Jones (payroll 004417)"; so is
    one in a typed list right after the name: "Hope Mbeki-Shaw, PF-01184476, PulseFit"."""
    ends = {f.end for f in names}
    original = norm.original
    for cand, hit in unclaimed if ends else ():
        if (hit is not None and hit.label == KEEP and hit.start < cand.cstart) \
                or not _identifier_shaped(cand) or cand.kind not in ("alnum", "number", "code"):
            continue  # (a business's cue after the brackets is another value's: "Member Wiremu
            # Tane (DBC-01187) says order #40917 ...")
        start, end = norm.to_original(cand.cstart, cand.cend)
        # "<name> (" right before the code, read over a few characters only: a long text
        # has many candidates
        match = _BRACKET_BEFORE_RE.search(original, max(0, start - 16), start)
        if match is None or match.start() not in ends:
            continue
        listed = "(" not in match[0]  # a typed list's field: a code with letters, then a comma
        # (after a dash, or the line's end)
        closes = ("," if listed else ")",) + (("", "\n") if "," not in match[0] and listed
                                              else ())
        prefix = cand.text.split("-")[0].rstrip("0123456789")
        if original[end:end + 1] in closes and (not listed or (
                any(ch.isalpha() for ch in cand.text) and prefix not in CODE_LABELS
                and not any(label.startswith(prefix) for label in CODE_LABELS
                            if len(prefix) >= _LABEL_PREFIX))):  # ("INV20931": an invoice's)
            add("MEMBER_ID", cand.cstart, cand.cend, SCORE_EXPECTED)


# "<name> is on " right before a number: "Barbora is on 604 882 119"; or "<name> on ", "<name>
# at ": "Questions to Signe on 56 49 21 07", "ring Grace at 6345 8812".
_IS_ON_BEFORE_RE = rx.compile(r"(?:(?:\s(?:is|was|are)|['’]s) on| on| at)\s$")


def _phones_of_people(
    norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
    names: list[Finding], add: Callable[[str, int, int, float], None],
) -> None:
    """A number a person "is on" is their phone ("my flatmate Barbora is on 604 882 119",
    "Tomas's on 0412 558 903", "Write to Kadri on 5123 8840", "Grace at 6345 8812": a
    number in groups, whatever country's plan); not a flight or a plan a pronoun is on ("I'm
    on SQ 231")."""
    ends = {f.end for f in names}
    for cand, hit in unclaimed if ends else ():
        if cand.kind != "number" or not 7 <= len(cand.digits) <= 15:
            continue
        start, _ = norm.to_original(cand.cstart, cand.cend)
        match = _IS_ON_BEFORE_RE.search(norm.original, max(0, start - 12), start)
        if match is not None and match.start() in ends and (
                match[0].strip() not in ("on", "at")
                or (len(cand.groups) > 1 and not _a_date_or_times(cand.digits))) and (
                hit is None or hit.label != KEEP or norm.to_original(hit.start, hit.end)[1]
                <= match.start()):  # (a business's word before the name is not the number's:
            # "Questions about this invoice: Signe on 56 49 21 07")
            add("PHONE_NUMBER", cand.cstart, cand.cend, SCORE_EXPECTED)


def _zips_after_a_typed_state(norm: Normalized) -> list[tuple[str, int, int]]:
    """A ZIP code after a state's code that is an English word too, typed in capitals after a
    town: "Columbus OH 43215", "Boise ID 83702" (not "go in 43215 ways"; after a comma the
    address finder takes it, whatever the case)."""
    found = []
    for m in _WORD_STATE_ZIP_RE.finditer(norm.canonical):
        start, end = norm.to_original(*m.span(1))
        if norm.original[start:end].isupper() and norm.original[start - 2:start - 1].isalpha():
            found.append(("ZIP_CODE", *m.span(2)))
    return found


_WORD_STATE_ZIP_RE = rx.compile(
    r"(?<=[a-z] )(al|co|de|hi|id|il|in|la|ma|me|ms|ne|oh|ok|or|pa|pr) (\d{5}(?:-\d{4})?)\b")


def _a_date_or_times(digits: str) -> bool:
    """Digits in groups that may be a date ("12 05 2024", "2024 09 14") or two times of day
    ("0900 1000"): no phone's after "on" or "at"."""
    return _DATE_DIGITS_RE.fullmatch(digits) is not None \
        or _TIMES_DIGITS_RE.fullmatch(digits) is not None


_DATE_DIGITS_RE = rx.compile(
    r"(?:[0-3]\d[01]\d|[01]\d[0-3]\d)(?:19|20)\d\d|(?:19|20)\d\d[01]\d[0-3]\d")
_TIMES_DIGITS_RE = rx.compile(r"(?:[01]\d|2[0-3])[0-5]\d(?:[01]\d|2[0-3])[0-5]\d")


def _plates_of_vehicles(
    norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]], keeps: list[_Hit],
    add: Callable[[str, int, int, float], None],
) -> None:
    """A code no cue claims, said near a vehicle, is its plate (`near_a_vehicle`), with the
    letters read after a pause ("sierra kilo one nine, x-ray foxtrot lima"); not one a
    business word before it in its sentence names ("the booking for the van is g l d ...")."""
    canon = norm.canonical
    keep_ends = sorted(k.end for k in keeps)
    sentence_ends = [m.start() for m in _SENTENCE_END_RE.finditer(canon)] if keeps else []
    for cand, hit in unclaimed:
        if (hit is None or hit.label != KEEP) and (cand.kind == "alnum" or (
                cand.kind == "code" and _spelled_code(norm, cand))) \
                and not _named_in_its_sentence(canon, keep_ends, sentence_ends, cand.cstart) \
                and near_a_vehicle(canon, cand.cstart, cand.cend, cand.kind == "alnum"):
            cstart, cend = _extend_code(norm, cand.cstart, cand.cend, "VEHICLE_PLATE")
            tail = _PLATE_TAIL_RE.match(canon, cend)
            if tail is not None:
                last = norm.piece_at(tail.end() - 1)
                if (last.kind != "spelled" and not _capital_letters(norm, last)) \
                        or "." in canon[cend - 1:tail.end()]:
                    tail = None  # "a blue golf, kp19 abc, yes": a word, no letters read; "...
                    # Romeo Tango. A car": the next sentence
            add("VEHICLE_PLATE", cstart, tail.end() if tail else cend, SCORE_EXPECTED)


def _named_in_its_sentence(canon: str, keep_ends: list[int], sentence_ends: list[int],
                           cstart: int) -> bool:
    """A business word ends before `cstart` in the same sentence: only the nearest one need be
    looked at (any earlier one has the same sentence end between it and the value, or more),
    and both are found by bisection, for a long text has many of each."""
    k = bisect_right(keep_ends, cstart) - 1
    if k < 0:
        return False
    e = bisect_left(sentence_ends, keep_ends[k])
    ended = e < len(sentence_ends) and sentence_ends[e] + 2 <= cstart
    return not ended and canon[cstart - 1:cstart] not in (".", "?", "!")


def _spelled_code(norm: Normalized, cand: Candidate) -> bool:
    """A code whose letters are read one by one ("c c eight three one"), not one joined from a
    word and a number ("bay 14", "got 14", "EK 001")."""
    first = norm.piece_index(cand.cstart)
    last = norm.piece_index(cand.cend - 1)
    return all(p.kind in ("number", "spelled") or (p.kind == "word" and (
        len(p.text) == 1 or _capital_letters(norm, p))) for p in norm.pieces[first:last + 1]
        if p.kind != "punct")


def _capital_letters(norm: Normalized, piece: Piece) -> bool:
    """Letters typed as capitals in mixed-case text ("KPJ 3318"), no word of the language."""
    written = norm.original[piece.start:piece.end]
    return len(written) <= 3 and written.isupper() and norm.has_small_letters() \
        and name_class(piece.text) != "E" and piece.text not in NON_NAME


# The letters that end a plate, read after a comma where the clause ends: "sk19, xfl."
_PLATE_TAIL_RE = rx.compile(r",?\s[a-z]{1,3}(?=\s*(?:[,.?!]|$))")


def _card_companions(
    norm: Normalized, found: list[tuple[Finding, int]],
    unclaimed: list[tuple[Candidate, _Hit | None]], add: Callable[[str, int, int, float], None],
) -> None:
    """A card read in one breath with its expiry and code: "4659 0012 8834 7720, 11/26, 409".
    The date right after a card is its expiry, three or four digits right after that its
    security code, whatever announced them or did not."""
    cards = sorted(cend for f, cend in found if f.type == "CREDIT_CARD")
    if not cards:
        return
    after = sorted((cand for cand, _ in unclaimed), key=lambda cand: cand.cstart)
    after_starts = [cand.cstart for cand in after]
    expiry_ends = sorted(cend for f, cend in found if f.type == "CARD_EXPIRY")
    for end in cards:
        # an expiry already found right after the card ("... 7720, 11/26, 409" read back)
        expiry_found = False
        near = bisect_right(expiry_ends, end + _CARD_TO_NEXT)  # a long text has many cards
        for cend in expiry_ends[bisect_left(expiry_ends, end):near]:
            if _RIGHT_AFTER_RE.fullmatch(norm.canonical, end, cend):
                expiry_found, end = True, cend
        for cand in after[bisect_left(after_starts, end):]:
            gap = norm.canonical[end:cand.cstart]
            if cand.cstart < end:
                continue
            if len(gap) > _CARD_TO_NEXT or not CARD_COMPANION_WORDS.issuperset(
                    gap.replace(",", " ").replace(";", " ").split()):
                break
            if cand.kind == "date" and not expiry_found:
                add("CARD_EXPIRY", cand.cstart, cand.cend, SCORE_EXPECTED)
                expiry_found, end = True, cand.cend
            elif cand.kind == "number" and expiry_found and 3 <= len(cand.digits) <= 4:
                add("CARD_SECURITY_CODE", cand.cstart, cand.cend, SCORE_EXPECTED)
                break
            else:
                break


_RIGHT_AFTER_RE = rx.compile(r"[ ,;]{1,3}[^ ,;]+")


_NOT_BEFORE_A_PLATE = frozenset(("number", "no", "a", "an", "at", "the", "page", "about"))


def _no_plate_opening(norm: Normalized, cand: Candidate) -> bool:
    """A number a plate does not open with: a year ("it's a two thousand and nine..."), a house
    or page number ("parked at number 12...")."""
    if "".join(ch for ch in cand.text if ch.isalpha()) not in ("", "a"):
        return False  # letters open a plate; "a" before a year is the article
    index = norm.piece_index(cand.cstart)
    return _YEAR_RE.fullmatch(cand.digits) is not None or (
        index > 0 and norm.pieces[index - 1].text in _NOT_BEFORE_A_PLATE)


_FULL_DATE_RE = rx.compile(r"(?:\d{1,2}[/.-]\d{1,2}[/.-](\d{4})|(\d{4})[/.-]\d{1,2}[/.-]\d{1,2})")
_ADULT_YEARS = 16  # a date in a person's record this long ago is no order's or visit's
_SHORT_YEAR_RE = rx.compile(r"(?:\d[/.-]\d{1,2}[/.-]|[a-z] )(\d\d)$")  # "3/4/85", "november 85"
# Whose a date is, said right before it: "mine's", "his is", "my wife's", "hes" (speech drops
# the apostrophe); not "that's", "it's", "the warranty's".
_SOMEONES_DATE_RE = rx.compile(
    r"\b(?:(?:hers|his|theirs|mine|yours|ours)(?:'s)?|hes|shes|he is|she is|he's|she's"
    r"|(?:my|his|her|their|your|our) [a-z]+'s) (?:is |was )?$")


def _birth_date_in_record(norm: Normalized, cand: Candidate, this_year: int) -> bool:
    """A full date that is a cell of its own in a record of someone (`is_record`: "Dean
    Mills,dmills@...,1979-02-11,Silver PPO"), from before they could be an adult customer, is
    their date of birth; a recent date (an order's, a visit's) is not."""
    if cand.kind not in ("date", "number"):
        return False
    canon, start, end = norm.canonical, cand.cstart, cand.cend
    while start > 0 and canon[start - 1].isspace():  # the characters either side (a walk,
        start -= 1  # not a copy of the text's rest: a long text has many dates)
    while end < len(canon) and canon[end].isspace():
        end += 1
    if (start > 0 and canon[start - 1] not in RECORD_SEPARATORS) \
            or (end < len(canon) and canon[end] not in RECORD_SEPARATORS):
        return False
    return _adult_s_birth_year(cand, this_year)


def _adult_s_birth_year(cand: Candidate, this_year: int) -> bool:
    """A full date (day, month and year) from before anyone born then could be an adult."""
    if cand.kind == "number" and len(cand.groups) == 3 and 4 in (cand.groups[0], cand.groups[2]):
        year = int(cand.text[:4] if cand.groups[0] == 4 else cand.text[-4:])
    elif (m := _FULL_DATE_RE.fullmatch(cand.text)) is not None:
        year = int(m[1] or m[2])
    elif cand.kind == "date" and (y := _YEAR_RE.search(cand.text)) is not None \
            and any(ch.isdigit() for ch in cand.text[:y.start()]):  # "the 3rd of march 1975"
        year = int(y[0])
    elif cand.kind == "date" and (y := _SHORT_YEAR_RE.search(cand.text)) is not None \
            and any(ch.isdigit() for ch in cand.text[:y.start(1)]):  # "4th of november 85"
        short = int(y[1])
        year = (1900 if short > this_year % 100 else 2000) + short
    else:
        return False
    return 1900 <= year <= this_year - _ADULT_YEARS


def _identifier_shaped(cand: Candidate, answer: bool = False) -> bool:
    """Digits enough to identify someone: three or more (two when they open an answer: "three
    oh", the first part of a sort code), alone or among letters."""
    return cand.kind in ("number", "alnum", "code", "grouped") \
        and len(cand.digits) >= (2 if answer else 3)


_STREET_WORDS = frozenset(STREET_LINE_SUFFIXES)
_DWELLINGS = frozenset(DWELLING_WORDS)

# How an utterance trails off when its speaker has more of the value to give.
_TRAILING_OFF = ("...", "…", "-", "—")
# Words a phrase cannot end on: a value that ends on one is broken off ("the 3rd of").
_DANGLING = frozenset(("of", "and", "the", "a", "an", "then", "dash", "hyphen", "or", "in"))
# Words that break off a value for an aside: "1 1 6 2, sorry, I'm holding my phone torch".
_BREAKING_OFF = frozenset(("sorry", "wait", "oops", "hang", "hold", "sec", "bear", "second",
                           "2nd", "moment", "minute", "mo"))


def _breaks_off(pieces: list[Piece], j: int) -> bool:
    """Whether a value's part (a number or spelled characters) ends right before piece j and
    piece j trails off ("...") or breaks off for an aside ("sorry", "hang on")."""
    before = j - 1 - (pieces[j - 1].text == "," and j > 1)
    if pieces[before].kind not in ("number", "spelled"):
        return False
    word = pieces[j].text
    return word in _TRAILING_OFF or (word in _BREAKING_OFF and (
        word not in ("hang", "hold") or (j + 1 < len(pieces) and pieces[j + 1].text == "on")))

# Replies that only keep the other party talking; they neither answer nor end anything.
BACKCHANNELS = frozenset("""mm hm mhm mmhm hmm uh huh uhhuh yep yup yeah yes ok okay go on
right sure got it keep going continue alright and next aha ah mm-hm uh-huh haan accha
acha theek hai oui please ahead aye ya yah mmm mhmm gotcha noted cool lovely perfect great
good fine then sir madam maam ma'am ji mate ja si da jo yebo po opo sige lah sawa ndiyo vale carry
claro bueno tamam evet sim certo genau haa ehe ha haha hah heh hehe aw aww""".split())
# ... and what tells someone reading a value out to take their time.
_WAITING = (("take", "your", "time"), ("there's", "no", "rush"), ("theres", "no", "rush"),
            ("there's", "no", "hurry"), ("theres", "no", "hurry"), ("no", "rush"),
            ("no", "hurry"), ("no", "worries"),
            ("in", "your", "own", "time"), ("whenever", "you're", "ready"),
            ("whenever", "youre", "ready"), ("i'll", "wait"), ("ill", "wait"),
            ("all", "good"), ("no", "problem"), ("no", "bother"), ("that's", "fine"),
            ("that's", "alright"), ("thats", "alright"), ("that's", "ok"), ("that's", "okay"),
            ("thats", "fine"), ("you're", "fine"), ("youre", "fine"), ("it's", "fine"),
            ("its", "fine"), ("not", "a", "problem"), ("sure", "thing"), ("you're", "alright"),
            ("youre", "alright"), ("you're", "ok"), ("youre", "ok"), ("be", "safe"),
            ("drive", "safe"), ("your", "alright"), ("your", "ok"), ("you're", "okay"),
            ("you're", "all", "right"), ("youre", "all", "right"), ("stay", "safe"),
            ("drive", "safely"), ("be", "careful"),
            ("you're", "good"), ("youre", "good"), ("no", "problem", "at", "all"),
            ("not", "at", "all"), ("no", "worries", "at", "all"))
_WAITING_ENDS = frozenset(wait[-1] for wait in _WAITING)
# ... and what asks for the rest of a value being read: "and the rest", "the rest of it".
_THE_REST = (("the", "rest"), ("the", "rest", "of", "it"), ("the", "remainder"),
             ("the", "remaining"))
# Words that end what was said about a value: a cue after them asks for the next one ("... got
# it and a mobile", "... yep got him best contact").
_BACKCHANNELS_AND = frozenset(("and", "yep", "yup", "yeah", "ok", "okay", "thanks", "thank",
                               "got", "great", "perfect", "lovely", "right", "cool", "noted",
                               "sure", "mm", "mhm", "alright", "cheers"))
# How many backchannels an expectation waits through before it lapses as usual.
MAX_HELD = 4


_ASIDE_REACH = 60  # characters of an aside before a value's last digits, at the turn's end
# ... an aside that pauses the reading: "hang on, I need my glasses..." (not "I'm in meetings
# until... 3.", "how old am I now... 84.")
_PAUSING = frozenset(("hang", "hold", "wait", "sec", "second", "moment", "minute", "glasses",
                      "light", "sorry", "squint", "see"))
_PAIR = 2  # digits: a sort code is given in pairs ("98..." "01-65"), read back whole
_PAIR_KEY = "pair:"
_GIVEN_IN_PAIRS = frozenset(("ROUTING_NUMBER", "CARD_EXPIRY", "PASSWORD"))  # (a PIN: "26 ...
# 08", read back "two six zero eight")
_CONTRAST_GAP = 6  # words between a value and the one set against it
_CONTRAST_REACH = 80  # characters: more than the words of the gap can take
_CORRECTING = frozenset(("no", "sorry", "i", "mean", "wait", "oops", "actually", "not", "it's",
                         "its", "make", "that", "rather", "scratch"))
_NEXT_PART_DIGITS = 4  # a code's next part after "then", not a count ("then 12 more came")
_WORD_AFTER_RE = rx.compile(r" [a-z]")  # "... then 500 went out": a count's noun or verb
_OWNERS_OF_VEHICLES = ("my ", "our ", "his ", "her ", "their ")  # "my car AB12 CDE"
_COUNT_OF_RE = rx.compile(r" of (?:us|them|you|those|these|the)\b")  # "then 25 of us"
_PUTTING_RIGHT = frozenset(("no", "sorry", "wait", "oops", "actually", "scratch"))
_WORD_RE = rx.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SPELLED_OUT = 3  # letters said one by one (the normaliser joins runs) that spell a secret out
_SPELLED_AFTER = 4  # pieces between a secret and its spelling: ". That's K, seven, ..."
_LETTER_CASES = frozenset(("capital", "uppercase", "upper", "lowercase", "lower"))
_CASE_WORDS = _LETTER_CASES | {"case", "small", "big"}  # said of a dictated letter, no part of it
_DICTATED_KEY = "part:"  # the parts of a secret being dictated, apart from values
_MAX_DICTATED_PARTS = 12
_RUN_TOGETHER_MIN = 4  # characters of a dictated secret read back as one word
_RUN_TOGETHER_MAX = 24
_SECRET_KEY = "pw:"  # remembered secrets' forms, apart from values' digits
_SECRET_WORD_MIN = 4  # letters: a word of a secret this long is remembered ("golf", not "red")
_MAX_SECRET_FORMS = 24  # of the call's remembered values, so many at most are secrets' words


def _before_a_field(original: str, f: Finding) -> Finding:
    """A name found over a line break stops before the next line's label: "Name: Priya
    Patel\nTel: 01632 ..." keeps "Tel"."""
    if f.type != "PERSON" or (cut := original.find("\n", f.start, f.end)) < 0 \
            or not _FIELD_LABEL_RE.match(original, cut + 1):
        return f
    end = cut
    while end > f.start and original[end - 1] in " \t\r":
        end -= 1
    return Finding(f.type, f.start, end, f.score)


_FIELD_LABEL_RE = rx.compile(r"\s*[A-Za-z][\w .'/-]{0,24}:")


def _with_keys(original: str, f: Finding) -> Finding:
    """A secret of digits goes on over the keypad's keys said right after them, whatever
    follows: "it's 4 7 2 9 star, not hash"."""
    if f.type != "PASSWORD" or not original[f.start:f.end][-1:].isdigit() \
            or (keys := _KEYS_AFTER_RE.match(original, f.end)) is None:
        return f
    return Finding(f.type, f.start, keys.end(), f.score)


_KEYS_AFTER_RE = rx.compile(r"(?i)(?:\s+(?:hash|star|asterisk|hashtag)\b)+")


_LABELLED_REACH = 60  # pieces after a form's label where its names may stand


def _line_starts(norm: Normalized) -> list[int]:
    """The pieces that open a new line of the text, in order (one pass: a long text has many
    labels)."""
    pieces, original = norm.pieces, norm.original
    return [j for j in range(1, len(pieces))
            if "\n" in original[pieces[j - 1].end:pieces[j].start]]


def _alnum(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _capitalised_rest(pieces: list[Piece], end: int, original: str) -> int:
    """Where the capitalised words after `end` end, when they close their sentence: the rest
    of a name a secret said again opens ("Tama Hohaia."); `end` if there are none."""
    j = end
    while j < len(pieces) and j - end < _NAME_REST_WORDS and pieces[j].kind == "word" \
            and original[pieces[j].start].isupper() and pieces[j].text not in FUNCTION_WORDS:
        j += 1
    return j if j > end and (j == len(pieces) or pieces[j].kind == "punct") else end


_NAME_REST_WORDS = 2


def _secret_forms(canonical: str, title: bool = False) -> list[str]:
    """What of a secret is remembered: the whole run of its letters and digits, and each of its
    longer words that is no function word ("harbour", "violet" of "Harbour-Violet-83!"), in the
    form a read-back is looked up by (letters and digits only: "brigids" of "St Brigid's")."""
    whole = _alnum(canonical)
    words = [_alnum(w) for w in _WORD_RE.findall(canonical)  # privacy first, common words: a
             if _remembered_length(w)  # read-back says "Welcome, capital W, then hash"
             and w not in FUNCTION_WORDS and w not in NON_NAME and w not in CONTEXT_WORDS
             and w not in CHARACTER_WORDS  # not "lower" of "kereru, all lower case, then 99"
             and w not in CURRENCY_WORDS and w not in _PER_TIME  # nor "tala", "month" of an
             # amount answered ("two hundred and ninety tala a month"): the call's money
             and not w.isdigit()  # nor the "2000" of "tallinn harbour 2000" alone: the call's
             # amounts and years say such numbers ("my limit is 2000 euros")
             and not (title and everyday_word(w))]  # nor "river" of the book "the river
    # between": a title's everyday words are the rest of the call's too (see
    # `_secret_said_again` for the title read back)
    numbered = _WORD_THEN_DIGITS_RE.search(canonical)
    return list(dict.fromkeys(([whole] if (_remembered_length(whole) or (
        len(whole) > 1 and whole not in FUNCTION_WORDS))  # (a short one only looked up in
        and whole not in CONTEXT_WORDS else []) + words  # quotes: 'Yeah, "Boy".')
        + ([numbered[1] + _THEN_DIGITS] if numbered and _remembered_length(numbered[1])
           else [])))  # its words and that a number came after them (see `_secret_said_again`)


_WORD_THEN_DIGITS_RE = rx.compile(r"([a-z]+) ?\d+\W*$")
_THEN_DIGITS = "#"


_LETTERS_RE = rx.compile(r"[a-z]+")
_SYMBOL_NAMES = frozenset(("pound", "hash", "star", "hashtag", "asterisk", "dash", "dot"))
_PER_TIME = frozenset(("month", "months", "monthly", "weekly", "weeks", "years", "fortnight",
                       "fortnightly", "annually", "yearly"))
_READ_BACK_OPENS = 2  # pieces before a read-back of two words ("so, the office, lovely")
_SECRET_TAIL = 9  # pieces of a secret said again around its remembered word (a passphrase
# of eight words: "my voice opens the blue door at northfield")
_TITLE_RUN = 6  # words of a title said again together, remembered under this key (not
_TITLE_KEY = "title:"  # any secret's: "Online Banking" of a guess "Online Banking?")


def _title_forms(canonical: str) -> list[str]:
    """What of a title is remembered to find it read back: its run of letters and digits,
    with its article and without ("the quiet man", "quiet man"), and the first word of each."""
    forms = []
    for said in dict.fromkeys((canonical, _ARTICLE_RE.sub("", canonical))):
        words = said.split()
        if words:
            forms += [_TITLE_KEY + _alnum(said), _TITLE_KEY + "^" + _alnum(words[0])]
    return forms
_ARTICLE_RE = rx.compile(r"^(?:the|a|an)\s+")


def _remembered_length(word: str) -> bool:
    """Long enough to be remembered: five letters, or four of no everyday word ("taco",
    "citi", not "june", "park", "blue", which the rest of the call says for other things)."""
    return len(word) > _SECRET_WORD_MIN or (
        len(word) == _SECRET_WORD_MIN and not everyday_word(word.lower()))
# Values of digits a listener reads back and a speaker corrects in part.
_CORRIGIBLE = DIGIT_TYPES | {"VEHICLE_PLATE", "ZIP_CODE", "STREET_ADDRESS"}
_CORRECTION_WORDS = 10  # a correction is short: not "No problem. She has Tuesday the 18th ..."
_NOT_CORRECTING = frozenset(("problem", "problems", "worries", "worry", "bother", "sure", "idea",
                             "thanks", "need", "rush", "way"))


def _put_right(norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
               add: Callable[[str, int, int, float], None], end: int, read_back: str) -> None:
    """The digits of a correction before `end` (an offset of the original text) are those of
    the value just read back (of type `read_back`): "No, the end is 56", "No, 38 at the end.
    Eight three."."""
    dated = read_back in _DATE_TYPES
    lettered = read_back in CODE_TYPES  # "No, F for Freddie at the end", "no q x x for x ray"
    for cand, hit in unclaimed:
        if (hit is None or hit.label == read_back) \
                and (len(cand.digits) >= 2 or (dated and cand.kind == "date")
                     or (lettered and cand.kind in ("spelled", "code"))
                     or (read_back == "ZIP_CODE" and _INWARD_CODE_RE.fullmatch(cand.text))) \
                and norm.to_original(cand.cstart, cand.cend)[0] < end \
                and _UNIT_AFTER_RE.match(norm.canonical, cand.cend) is None \
                and _TIME_AFTER_RE.match(norm.canonical, cand.cend) is None:
            add(read_back, cand.cstart, cand.cend, SCORE_EXPECTED)
    if read_back == "DATE_OF_BIRTH":  # "No, it's the 21st": the day of the birth date just read
        # back, in the correction's first clause (not "the 5th floor", "my 2nd time")
        pieces = norm.pieces
        for k, piece in enumerate(pieces):
            if piece.text in (".", "?", "!", ";") or piece.start >= end:
                break
            if k and pieces[k - 1].text == "the" and _ORDINAL_RE.fullmatch(piece.text) \
                    and 1 <= int(piece.text[:-2]) <= _DAYS_IN_A_MONTH and (
                        k + 1 == len(pieces) or pieces[k + 1].kind == "punct"
                        or pieces[k + 1].text in ("of", *MONTHS)):
                cstart = norm.cstarts[k]
                add(read_back, cstart, cstart + len(piece.text), SCORE_EXPECTED)


_DAYS_IN_A_MONTH = 31
# A UK postcode's end put right ("it's 5EG at the end, not 5EY"), no time ("5pm")
_INWARD_CODE_RE = rx.compile(r"\d(?!am|pm)[a-z]{2}")
_CODE_PREFIX_LETTERS = 3  # a currency's code before a number asked for as an identifier


def _written_as_a_code_prefix(norm: Normalized, hit: _Hit, cand: Candidate) -> bool:
    """Capitals, then digits with no separator of thousands or decimals: "RS 482910"."""
    start, end = norm.to_original(hit.start, hit.end)
    letters = norm.original[start:end]
    start, end = norm.to_original(cand.cstart, cand.cend)
    return letters.isalpha() and letters.isupper() and norm.original[start:end].isdigit()
_PLACES_IN_A_VALUE = (["last"], ["first"], ["1st"], ["middle"], ["second"], ["2nd"], ["final"],
                      ["end"], ["next"], ["other"])  # (as said and as normalised: "1st")


def _sorry_corrects(norm: Normalized) -> bool:
    """"sorry it ends nine oh six", "sorry, it's 906": a correction of the value the other side
    just read back (not "sorry i'm in ward 412", "sorry the next slot is the 14th")."""
    return _sorry_puts_right(_words(norm.pieces))


def _changed_since(norm: Normalized) -> bool:
    """The value the other side just said has been changed, and the utterance says what it is
    now: "Oh shoot, I changed that. It's 4-4-7-7 now.", "my wife changed it, it's 2290",
    "that's changed, it ends 9 1 3 5" (the value itself: `_said_as_it_now`)."""
    words = [w for w in _words(norm.pieces) if w not in FILLERS and w not in _DISMAYED]
    for k, word in enumerate(words[:_CHANGE_REACH]):
        if word in _CHANGED and k and (
                words[k + 1:k + 2] in (["that"], ["it"], ["this"], ["them"])
                or words[k - 1] in ("that's", "thats", "it's", "its", "has", "have")):
            return True
    return False


_CHANGE_REACH = 5  # "my wife changed it", "oh that has changed": where the change is said


def _said_as_it_now(norm: Normalized, cand: Candidate) -> bool:
    """After "I changed that", the value it is now: right after "it's", "it is now", "it ends",
    closing its clause ("It's 4477 now.", "it ends 9 1 3 5"; not "I changed it in 2019", "I
    switched it to the 30 day plan", "it's 48 Degrees now")."""
    k = norm.piece_index(cand.cstart)
    pieces = norm.pieces
    before = [p.text for p in pieces[max(k - 2, 0):k]]
    if not before or not (before[-1] in _IT_NOW or before[-2:] in (["it", "is"], ["is", "now"])):
        return False
    j = norm.piece_index(cand.cend - 1) + 1
    return j == len(pieces) or pieces[j].kind == "punct" or pieces[j].text in _NOW_AFTER


_IT_NOW = frozenset(("it's", "its", "ends", "now", "that's", "thats"))
_NOW_AFTER = frozenset(("now", "instead", "these", "days", "at"))
_CHANGED = frozenset(("changed", "updated", "reset", "swapped", "switched"))
_DISMAYED = frozenset(("shoot", "oops", "whoops", "ah", "ach", "damn", "dang", "gosh", "crap",
                       "sorry", "actually", "no", "oh"))


def _sorry_puts_right(words: list[str]) -> bool:
    """"sorry, it's 906", "hang on, sorry, it's 0451232, I swapped the last two": an apology,
    what may come before it, then the value again."""
    words = [w for w in words if w not in FILLERS]
    lead = 0
    while lead < len(words) and words[lead] in _BEFORE_PUTTING_RIGHT and words[lead] != "sorry":
        lead += 1  # "hang on", "wait"
    words = words[lead:]
    said = next((k for k, w in enumerate(words) if any(ch.isdigit() for ch in w)),
                len(words)) + _WHERE_IT_GOES
    return min(len(words), said) <= _CORRECTION_WORDS and words[:1] == ["sorry"] \
        and words[1:2] != [] and (words[1] in _SORRY_CORRECTS or (
            words[1] == "my" and words[2:3] != [] and words[2] in _MY_FAULT))


_MY_FAULT = frozenset(("fault", "mistake", "bad", "error"))  # "sorry my fault, 38"


def _words(pieces: list[Piece]) -> list[str]:
    return [p.text for p in pieces if p.kind != "punct"]


_SORRY_CORRECTS = frozenset(("it", "it's", "its", "that's", "thats", "should", "meant"))


def _house_number_alone(said: str) -> bool:
    """A street address that is a house's number and nothing more: "nine", "number 14"."""
    words = said.lower().replace(".", " ").split()
    while words and words[0] in _HOUSE_NUMBER_WORDS:
        words = words[1:]
    return bool(words) and all(w in NUMBER_WORDS or _HOUSE_NUMBER_RE.fullmatch(w)
                               for w in words)  # "14a", "fourteen b", "no. 9"


_HOUSE_NUMBER_WORDS = frozenset(("number", "no", "house", "unit", "flat", "apartment", "apt"))
_HOUSE_NUMBER_RE = rx.compile(r"\d{1,5}[a-z]?|[a-z]|[,-]")


def _reads_it_back_asking(pieces: list[Piece], end: int) -> bool:
    """The turn ends with a short question that holds the secret just found (ending at
    `end`): "Okay, so that's curlew?", "Curlew?" (not "ah classic did you move the app
    across": a question about something else)."""
    if not pieces or end > len(pieces):
        return False
    ends = [k + 1 for k, p in enumerate(pieces[:-1]) if p.text in (".", "!", "?", "...")]
    last = ends[-1] if ends else 0
    said = [p.text for p in pieces[last:] if p.kind != "punct"]
    if last < end:  # "Okay, so that's curlew?", "okay so that's curlew" (said back to check)
        return len(said) <= _READ_BACK_WORDS and (
            pieces[-1].text == "?" or said[:1] in (["so"], ["okay"], ["ok"], ["that's"]))
    before = ends[-2] if len(ends) > 1 else 0  # "I've got curlew. Is that right?"
    return pieces[-1].text == "?" and before < end <= last and 0 < len(said) <= 4 \
        and set(said) <= _CONFIRMING_ASKED


_READ_BACK_WORDS = 6
_CONFIRMING_ASKED = frozenset(("is", "that", "right", "correct", "yes", "yeah", "ok", "okay",
                               "so"))


def _asks_for_the_next_secret(pieces: list[Piece]) -> bool:
    """The turn ends with a short question of its own that names only a thing: "And the side
    gate padlock?", "what about the back door?" (not "and the reason for the call?")."""
    if not pieces or pieces[-1].text != "?":
        return False
    k = len(pieces) - 1
    while k > 0 and pieces[k - 1].text not in (".", "!", "?", "..."):
        k -= 1
    words = [p.text for p in pieces[k:-1]]
    lead = 1 if words[:1] == ["and"] else 2 if words[:2] in (["what", "about"],
                                                              ["how", "about"]) else 0
    rest = words[lead:]
    return bool(lead) and 2 <= len(rest) <= _ANOTHER_WORDS and rest[0] in ("the", "your") \
        and not any(w in _NOT_ANOTHER_SECRET for w in rest) \
        and not _LOCKED_THINGS.isdisjoint(rest)


_ANOTHER_WORDS = 5
_LOCKED_THINGS = frozenset(("lock", "padlock", "gate", "door", "keysafe", "safe", "alarm",
                            "locker", "wifi", "router", "app", "account", "card", "lockbox",
                            "box", "garage", "shed", "portal", "login", "pin", "code",
                            "password", "passcode", "phone", "laptop", "tablet"))  # things a
# secret opens ("And the side gate padlock?"; not "And the dog?")
_NOT_ANOTHER_SECRET = frozenset(("reason", "call", "calling", "name", "address", "email",
                                 "number", "date", "postcode", "zip", "amount", "balance",
                                 "problem", "issue", "time", "day", "order", "thing", "things",
                                 "question", "matter", "query", "point", "rest", "second",
                                 "third", "next", "other", "last"))  # ("And the second
# thing?": the call's next business)


def _puts_it_right(pieces: list[Piece]) -> bool:
    """The turn opens with a word of putting right, after a pause at most: "No, it's ...",
    "Wait, no, he's shaking his head ...", "actually ..."; not a yes said with a "no" ("no,
    that's it", "No, sorry, that's correct.")."""
    words = [p.text for p in pieces if p.kind != "punct" and p.text not in FILLERS]
    opening = words[:_PUTTING_RIGHT_REACH + 2]
    return any(w in CORRECTION_OPENERS or w in ("sorry", "wrong", "oops")
               for w in words[:_PUTTING_RIGHT_REACH]) \
        and not any(w in _CONFIRMING_WORDS for w in opening) \
        and not any(pair in _THAT_S_IT for pair in pairwise(opening))


def _told_after(pieces: list[Piece], cue: int, named: bool) -> int | None:
    """Where a secret the turn named (at `cue`) is said after "it was"/"it's", relayed or
    opening a sentence ("... he says it was geraldton surf 88"), or, where the call named one
    last, after "the current/old/new one is" opening the turn; else None."""
    words = [p.text for p in pieces]
    if not named:
        if len(words) > 4 and words[0] == "the" and words[1] in _WHICH_ONE \
                and words[2] == "one" and words[3] in ("is", "was"):
            return 4
        said = next((k + 3 for k in range(min(len(words) - 3, _PART_NAMED_REACH))
                     if words[k] == "the" and words[k + 1] in _PARTS_OF_A_SECRET
                     and words[k + 2] in _READS), None)  # "(a word and then a number. The
        # word is kestrel. / Yep.) And the number is... 72."
        while said is not None and said < len(words) - 1 and words[said] in ("...", "…", ","):
            said += 1
        return said
    for k in range(cue, len(words) - 1):
        lead = 2 if words[k] == "it" and words[k + 1] in ("was", "is") else (
            1 if words[k] in ("it's", "its") else 0)
        if lead and k > 0 and words[k - 1] in _SAYING_SO \
                and "?" not in words[cue:k]:  # (not "is it the password? it's Roblox": what
            return k + lead  # the question asks about, no secret)
        if words[k] == "the" and k + 4 < len(words) and (
                pieces[k + 1].kind == "ordinal" or words[k + 1] in _WHICH_ONE
                or words[k + 1] == "top") and words[k + 2] in ("1", "one") \
                and words[k + 3] in _READS and "?" not in words[cue:k]:
            return k + 4  # one of several read out: "I've got the recovery codes though, I
            # wrote them down. The third one is 6150"
    return None


_READS = frozenset(("is", "was", "says", "reads"))


# What a screen says of a state, not a value: "it says updated", "it says invalid".
_SAID_OF_A_STATE = frozenset(("updated", "invalid", "incorrect", "expired", "locked", "error",
                              "done", "accepted", "declined", "success", "successful", "pending"))


def _read_out_at(pieces: list[Piece]) -> int | None:
    """Where the turn reads a value out from where it is written, after its last "it says",
    "it reads", "here it is" ("... right it says bramble forty four"), or None."""
    words = [p.text for p in pieces]
    at = None
    for k in range(len(words) - 2):
        if (words[k] in ("it", "that") and words[k + 1] in ("says", "reads")) \
                or (words[k:k + 2] == ["it", "is"] and k > 0 and words[k - 1] == "here"):
            at = k + 2
    while at is not None and at < len(words) - 1 and words[at] in ("...", "…", ",", ":"):
        at += 1
    return at
_PARTS_OF_A_SECRET = frozenset(("number", "numbers", "word", "digits", "letters", "year",
                                "symbol", "ending", "end"))
_PART_NAMED_REACH = 4  # words: "and the number is", "ok so the word is"


_SAYING_SO = frozenset(("says", "said", "reckons", "thinks", "think", "reckon", "guess",
                        "sure", "remembers"))


def _letters_with_pauses(pieces: list[Piece]) -> list[tuple[int, int]]:
    """Letters said one by one with pauses or commas between them, as many as a word spelled
    out has: "B... A... R... N... E...", "b, a, r, n, e"."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(pieces):
        j, letters = k, 0
        while j < len(pieces) and (_a_letter(pieces[j]) or (
                letters and pieces[j].kind == "punct" and pieces[j].text in _LETTER_GAPS)):
            letters += _a_letter(pieces[j])
            j += 1
        if letters >= _SPELLED_OUT and len({p.text for p in pieces[k:j] if _a_letter(p)}) > 1:
            last = max(m for m in range(k, j) if _a_letter(pieces[m]))
            out.append((k, last + 1))
        k = max(j, k + 1)
    return out


def _a_letter(piece: Piece) -> bool:
    return piece.kind == "word" and len(piece.text) == 1 and piece.text.isalpha()


_LETTER_GAPS = frozenset(("...", "…", ",", "-", ".."))


def _sentence_starts(pieces: list[Piece]) -> list[int]:
    """Where each sentence of a turn starts: its opening and after each full stop, question or
    exclamation mark (or an ellipsis)."""
    return [0] + [k + 1 for k, p in enumerate(pieces[:-1])
                  if p.kind == "punct" and p.text[-1] in ".!?…"]


def _past_putting_right(pieces: list[Piece]) -> int:
    """Where what a correction puts right starts: past "no", "sorry", "it's", "change it
    to", "make it" and the marks between them."""
    k = 0
    while k < len(pieces) and (pieces[k].kind == "punct" or pieces[k].text in FILLERS
                               or pieces[k].text in CORRECTION_OPENERS
                               or pieces[k].text in _PUTTING_RIGHT_WORDS):
        k += 1
    return k


_PUTTING_RIGHT_REACH = 2  # "wait no", "sorry no"
_CONFIRMING_WORDS = frozenset(("correct", "right", "fine", "perfect", "yes", "yep",
                               "exactly"))  # "No, sorry, that's correct."
_THAT_S_IT = frozenset((("that's", "it"), ("thats", "it"), ("that", "is")))
_SAYS_THE_VALUE = frozenset(("it's", "its", "is", "be", "make", "change", "to"))  # a later
# sentence's value frame: "it's heron now", "make it heron"
_PUTTING_RIGHT_WORDS = frozenset(("sorry", "wait", "it's", "its", "it", "is", "should", "be",
                                  "make", "change", "to", "i", "meant", "mean", "said", "think",
                                  "might", "may", "could", "maybe", "probably", "actually",
                                  "now"))  # "It might be kestrel.", "I think it's kestrel now"


def _corrects(norm: Normalized) -> bool:
    """The utterance opens by putting something right, in a few words: "No, the end is 56",
    "nearly, it ends ..."."""
    return _puts_right(_words(norm.pieces))


def _puts_right(words: list[str], to_first_digit: bool = False) -> bool:
    """`to_first_digit`: the words are one sentence, so only those before its first digit
    need be few ("No sorry, it's a 6 at the end, not a 9.")."""
    lead = 0
    while lead < len(words) and (words[lead] in FILLERS or words[lead] in _BEFORE_PUTTING_RIGHT):
        lead += 1  # "sorry, no, the end's 124", "wait no sorry it's 8341 at the end"
    opening = [w for w in words[lead:lead + 4] if w not in FILLERS or w in _NOT_CORRECTING]
    # its length to the value and where it goes, past an aside after them ("no sorry 7813 at
    # the end i always mix those up")
    order = range(lead, len(words)) if to_first_digit else range(len(words) - 1, -1, -1)
    said = next((k for k in order if any(ch.isdigit() for ch in words[k])),
                len(words)) + _WHERE_IT_GOES
    return min(len(words), said) - lead <= _CORRECTION_WORDS and bool(opening) \
        and opening[0] in CORRECTION_OPENERS \
        and (len(opening) < 2 or opening[1] not in _NOT_CORRECTING)  # not "no problem, ..."


_WHERE_IT_GOES = 4  # words after a correction's value: "at the end", "not three"
_BEFORE_PUTTING_RIGHT = frozenset(("sorry", "wait", "hang", "hold", "on", "sec", "hmm", "hm"))


def _value_said_after(norm: Normalized, sentence: list[Piece]) -> int:
    """Where a correction's first sentence ends, or the next one if that only says a value."""
    pieces, k = norm.pieces, len(sentence)
    while k < len(pieces) and pieces[k].kind == "punct":
        k += 1
    j = k
    while j < len(pieces) and pieces[j].kind in ("number", "spelled", "code", "alnum"):
        j += 1
    if j > k and (j == len(pieces) or pieces[j].kind == "punct"):
        return pieces[j - 1].end
    return sentence[-1].end


def _first_sentence(norm: Normalized) -> list[Piece]:
    """The pieces up to the utterance's first full stop, question or exclamation mark (not an
    ellipsis: "no... the end is 56" goes on)."""
    original = norm.original
    end = next((m.start() for m in _SENTENCE_END_RE.finditer(original)
                if original[max(m.start() - 1, 0)] != "."), len(original))
    return [p for p in norm.pieces if p.start < end]


# An age a person reaches on a day: "he'll be forty on the fifth of may", "she turned 5 on 2
# August" (not "the bill will be 40 on the 5th").
_TURNS_RE = rx.compile(r"(?:\bturn(?:s|ed|ing)?|\b(?:he|she|i|you)(?:'ll| will| would)? be)"
                       r" (\d{1,3})(?: years?(?: old)?)? (?:on|in)(?: the)? $")
_OLDEST = 120
# ... but a thing's anniversary: "the policy turns 5 on ...", "our company turns 50 on ..."
_THING_TURNS_RE = rx.compile(r"\b(?:the|our|its|their|this|that|a|an) (?!(?:son|daughter|kid|"
                             r"child|baby|boy|girl|little|eldest|youngest)\b)[a-z]+ $")
_TURNS_REACH = 40  # characters


def _birthdays(norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
               add: Callable[[str, int, int, float], None]) -> None:
    """A date someone turns an age on is their birthday: a date of birth without its year."""
    canon = norm.canonical
    for cand, hit in list(unclaimed):
        if cand.kind != "date" or (hit is not None and hit.label == KEEP):
            continue
        turns = _TURNS_RE.search(canon, max(cand.cstart - _TURNS_REACH, 0), cand.cstart)
        if turns is not None and int(turns[1]) <= _OLDEST \
                and not _THING_TURNS_RE.search(canon, max(turns.start() - 20, 0), turns.start()):
            add("DATE_OF_BIRTH", cand.cstart, cand.cend, SCORE_EXPECTED)
            unclaimed.remove((cand, hit))


# The words a plate is named by where a bare number after them is the plate's (many plates
# are digits only, or open with them): not "car", "vehicle" or "rego", where it is a year, a
# price or a fee.
_PLATE_WORDS = frozenset(("plate", "plates"))  # "rego", "registration": a fee as often
_PLATE_DIGITS = 3
_PLATE_LEADS = frozenset(("is", "was", "it's", "its", "reads", "says", "number", "no", ":", "#",
                          "uh", "um", "er"))
_UNIT_AFTER_RE = rx.compile(
    r" ?(?:dollars?|pounds?|euros?|bucks|quid|rand|cents?|pence|p\b|%|percent|miles?|km|"
    r"kilometres?|kilometers?|kms|mph|metres?|meters?|years?|months?|weeks?|days?|hours?|"
    r"minutes?|per|each|plus|a (?:year|month))(?![a-z])")


def _plate_digits(canon: str, hit: _Hit, cand: Candidate) -> bool:
    """A number of three digits or more said right after a plate's own word ("the plate is
    4 5 2", "rego 847 ..."), no year, time, price or distance."""
    return cand.kind == "number" and cand.cstart >= hit.end \
        and len(cand.digits) >= _PLATE_DIGITS \
        and not _PLATE_WORDS.isdisjoint(canon[hit.start:hit.end].split()) \
        and all(w in _PLATE_LEADS for w in canon[hit.end:cand.cstart].split()) \
        and not (len(cand.digits) == 4 and cand.digits[:2] in ("19", "20")) \
        and _UNIT_AFTER_RE.match(canon, cand.cend) is None


_STILL = frozenset(("still", "new", "updated", "changed", "current"))
# ... but a new one told of, on its way, not asked for: "so a new one will be posted in July"
_A_NEW_ONE_TOLD_RE = rx.compile(
    r"\bnew (?:one|card|pin|code|number|plate)s? (?:will be|'ll be|is being|has been|gets|is) "
    r"(?:posted|sent|issued|delivered|mailed|dispatched|on its way)\b")


def _asks_outright(norm: Normalized) -> bool:
    """Words that ask in so many words ("please", "can you", "read me"), whatever else the turn
    tells."""
    words = [p.text for p in norm.pieces]
    return not _OUTRIGHT.isdisjoint(words) or _has_asking_pair(words)


_OUTRIGHT = frozenset(("?", "please", "read", "spell", "confirm", "need", "tell"))


_CUT_OFF_WORDS = frozenset(("sorry", "hang", "on", "wait", "sec", "second", "moment", "er",
                            "erm"))


def _tail(norm: Normalized) -> int:
    """Where the utterance's last word of substance ends: a value cut off by a hesitation
    ("seven one nine uh sorry", "... hang on") ends it all the same."""
    pieces, k = norm.pieces, len(norm.pieces)
    while k > 0 and (pieces[k - 1].kind == "punct" or pieces[k - 1].text in _CUT_OFF_WORDS
                     or pieces[k - 1].text in FILLERS or (  # "HP0047, em...": a hesitation,
                         pieces[k - 1].text == "em" and k < len(pieces)  # not the letter
                         and pieces[k].text in ("...", "…"))):
        k -= 1
    # "four one nine... sorry, his handwriting's shocking", "seven seven one sorry the print
    # on this is tiny": a value that trails off or breaks off for an aside with no number in
    # it ends it too
    trailed = next((j for j in range(1, k) if _breaks_off(pieces, j)), None)
    if trailed is not None and all(p.kind != "number" for p in pieces[trailed:k]):
        k = trailed - (pieces[trailed - 1].text == ",")
    return norm.cstarts[k - 1] + len(pieces[k - 1].text) if k else 0


_THEIRS_RE = rx.compile(r"\b(?:hers|his|theirs|mine|yours|ours|[a-z]+'s) (?:is |was )?$")
_THEIRS_REACH = 16  # characters before the value


def _theirs_too(norm: Normalized, found: list[tuple[Finding, int]],
                unclaimed: list[tuple[Candidate, _Hit | None]],
                add: Callable[[str, int, int, float], None]) -> None:
    """"mine is 561 44092 and my mom's hers is 562018837": a value said as someone else's
    after one of a kind in the same breath is of that kind too."""
    kinds = sorted((cend, f.type) for f, cend in found if f.type in DIGIT_TYPES)
    if not kinds:
        return
    canon = norm.canonical
    ends = [cend for cend, _ in kinds]
    taken = []
    for k, (cand, hit) in enumerate(unclaimed):
        if hit is not None or not _identifier_shaped(cand) or cand.cstart < kinds[0][0]:
            continue
        if _THEIRS_RE.search(canon, max(cand.cstart - _THEIRS_REACH, 0), cand.cstart):
            entity_type = kinds[bisect_right(ends, cand.cstart) - 1][1]
            add(entity_type, cand.cstart, cand.cend, SCORE_EXPECTED)
            taken.append(k)
    _drop(unclaimed, taken)


def _drop(unclaimed: list[tuple[Candidate, _Hit | None]], taken: list[int]) -> None:
    """Take the candidates at `taken` out of `unclaimed` in one pass (a long text has many)."""
    if taken:
        gone = set(taken)
        unclaimed[:] = [u for k, u in enumerate(unclaimed) if k not in gone]


_LOGIN_DIGITS = 6
_ANOTHER_ONE_REACH = 32  # characters before the value
_ANOTHER_ONE_DIGITS = 4  # a value's, or its last four; not a year, nor a count with its unit
_ANOTHER_ONE_RE = rx.compile(r"\b(?:the|my|his|her|their|our) (?:old|other|previous|former|"
                             r"second|new|current|backup|spare) (?:1|one)(?:'s| is| was|,)? $")
_YEAR_RE = rx.compile(r"\b(?:19|20)\d\d\b")
_LETTER_RUN_RE = rx.compile(r"[a-z]{3,}")  # a code's letters that may spell a word


def _a_word_and_a_number(norm: Normalized, cand: Candidate) -> bool:
    """A code candidate whose letters are a dictionary word in lower case: "met 1800", "got
    07700 900 418" (the number alone is the value, if any); not "TBD 9075" in capitals."""
    if cand.kind not in ("alnum", "code"):
        return False
    start, end = norm.to_original(cand.cstart, cand.cend)
    written = norm.original[start:end]
    return written.islower() and any(  # (its letters written as a word, not "b t r")
        name_class(word) == "E" and word not in NUMBER_WORDS and word not in NATO_LETTERS
        and word not in _LETTER_NAMES for word in _LETTER_RUN_RE.findall(written))


_LETTER_NAMES = frozenset(("zed", "zee", "ess", "eff", "ell", "aitch", "double", "triple"))
_MONTH_YY_RE = rx.compile(rf"\b{_MONTH},? (\d\d)\b")
# A date that names its month: by name, or as the middle or first of three numbers.
_MONTH_RE = rx.compile(rf"\b{_MONTH}\b|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d\d-\d\d")
_TIME_AFTER_RE = rx.compile(r" ?(?:am|pm|a\.m\.|p\.m\.|o'clock|oclock)\b")
# A count of days or weeks, maybe a range: "in 5 to 7 business days", "3 or 4 weeks".
_QUANTITY_AFTER_RE = rx.compile(r"( (?:to|or|-) \d{1,2})? (?:working |business |calendar "
                                r"|more |whole )?(?:days?|weeks?|months?|years?|hours?|nights?|"
                                r"minutes?|mins|hrs|miles|km|points|credits|tokens|stars|"
                                r"avios)\b")  # a loyalty scheme's count: "add 3,500 points"
_COUNT_DIGITS = 4  # a count of things ("5912 miles"); longer numbers are phones, references
_RANGE_DIGITS = 2


_IN_A_YEAR_RE = rx.compile(r"\b(?:back in|way back in|since|until|till|around|circa|"
                           r"early|late|mid|during|in early|in late|in mid) $")
_IN_OR_FROM_RE = rx.compile(r"(?<!ending )(?<!ends )(?<!end )\b(?:in|from) $")


def _no_birth_date(canon: str, cand: Candidate) -> bool:
    """Where no birth date was asked for or named, a date no one gives as one: with no year
    after a day of the week ("booked with Priya Thu 27/02"), or in the last year or later
    ("paid 3/4/2025": a payment's, an event's)."""
    years = [int(y) for y in _FOUR_DIGIT_YEAR_RE.findall(cand.text)]
    if years:
        return years[-1] >= date.today().year - 1
    before = canon[max(0, cand.cstart - _WEEKDAY_REACH):cand.cstart].replace(",", " ").split()
    if before and before[-1] == "the":
        before.pop()  # "saturday the 16th"
    return bool(before) and before[-1].rstrip(".") in WEEKDAYS


_WEEKDAY_REACH = 16
_FOUR_DIGIT_YEAR_RE = rx.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _a_year(canon: str, cand: Candidate, awaited_only: bool) -> bool:
    """A year after words that date something: "opened it back in 2019", "since 2014", and,
    where no value is awaited, "he opened it in 2019" (not "the card ending in 2019", nor,
    asked for the last four, "it finishes in 1984" or "from 1947")."""
    if cand.kind != "number" or _YEAR_RE.fullmatch(cand.text) is None:
        return False
    start = max(0, cand.cstart - 12)
    return _IN_A_YEAR_RE.search(canon, start, cand.cstart) is not None or (
        not awaited_only and _IN_OR_FROM_RE.search(canon, start, cand.cstart) is not None)


def _a_count(canon: str, cand: Candidate) -> bool:
    """A number of a few digits right before a unit of time or distance, or a small one
    opening a range of them: "in 5 to 7 business days", "3 weeks", "5912 miles" (not "8812 and
    2 days ago", "312 - 2 days ago")."""
    if cand.kind != "number" or len(cand.digits) > _COUNT_DIGITS:
        return False
    m = _QUANTITY_AFTER_RE.match(canon, cand.cend)
    return m is not None and (m[1] is None or len(cand.digits) <= _RANGE_DIGITS)
_LONG_DIGITS = 9  # a number this long no one says of a price, a count or a year
# ... unless it measures something ("1000000000 seconds", "000123456 cubic metres"), is round
# ("1400000000": a population, a budget), or is written as an amount: "125,000,000"
_MEASURE_AFTER_RE = rx.compile(
    r" ?(?:seconds?|secs|minutes?|mins|hours?|hrs|days?|weeks?|months?|years?|miles?|km|"
    r"kilometres?|kilometers?|metres?|meters?|cubic|litres?|liters?|gallons?|kg|tonnes?|"
    r"people|users|views|%|percent|"
    + "|".join(re.escape(w) for w in sorted(CURRENCY_WORDS, key=lambda w: (-len(w), w)))
    + r")(?![a-z])")
_ROUND_DIGITS = 3  # significant digits of a round number at most
_AMOUNT_RE = rx.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")


def _goes_on_spelling(norm: Normalized) -> bool:
    """The utterance opens with characters or a joiner said out ("dot k nine nine", "n e r
    three one"): the rest of a login, not a word of reply ("sorted", "marketing")."""
    k = next((k for k, p in enumerate(norm.pieces) if p.text not in FILLERS
              and p.text not in GOING_ON), None)  # ("...then underscore, papa, ...")
    if k is None:
        return False
    first = norm.pieces[k]
    if first.text.isdigit():  # not "2024-03-11 ...", "2 minutes ago it stopped"
        return len(first.text) <= _LOGIN_DIGITS and _UNIT_AFTER_RE.match(
            norm.canonical, norm.cstarts[k] + len(first.text)) is None
    return first.kind == "spelled" or first.text in SPOKEN_JOINERS or (
        len(first.text) == 1 and first.text not in ("i", "a"))  # not "i mean it used to"


@dataclass(frozen=True)
class _ReadBack:
    """Whether the utterance confirms a value, and where a read-back's value would open."""

    confirming: bool
    opening: int

    def whole(self, norm: Normalized, cand: Candidate) -> bool:
        """The value is read back to confirm it ("so that's 4173", "reading those back:
        98-01-65, ..."), no amount's or time's ("it was on the 20th, 1234 pounds")."""
        return (self.confirming or (self.opening < len(norm.pieces)
                                    and norm.cstarts[self.opening] == cand.cstart)) \
            and _UNIT_AFTER_RE.match(norm.canonical, cand.cend) is None


def _read_back_opening(norm: Normalized) -> int:
    """The index of the utterance's first piece that is no word of a read-back or a
    correction: a read-back opens with its value (see `_read_back_clause`)."""
    return next((k for k, p in enumerate(norm.pieces) if not _reading_back(p)), len(norm.pieces))


def _reading_back(piece: Piece) -> bool:
    text = piece.text
    return text in _CLAUSE_MARKS or text in READ_BACK_WORDS or text in FILLERS \
        or text in AFFIRMATIVES or text in CORRECTION_OPENERS or text in _NO_TROUBLE


_NO_TROUBLE = frozenset(("problem", "problems", "worries", "bother"))  # "No problem, 904, got it"


def _read_back_clause(norm: Normalized, cand: Candidate, opening: int) -> bool:
    """The utterance opens with the candidate (`opening`: see `_read_back_opening`), and its
    clause (commas, full stops and "and" bound one) says nothing else but words of a read-back:
    "Sorry, 803. And his NHS number?", "Reading back, 80-22-60, account ...", "11/26?" (not
    "I'll log a separate request, HR-INC-204418, ...")."""
    if norm.piece_index(cand.cstart) != opening:
        return False
    return _only_read_back_after(norm, cand)


def _only_read_back_after(norm: Normalized, cand: Candidate) -> bool:
    """The rest of the candidate's clause says nothing but words of a read-back."""
    pieces = norm.pieces
    k = norm.piece_index(cand.cend - 1) + 1
    if tuple(p.text for p in pieces[k:k + 3]) in _WHERE_IN_IT:
        k += 3  # "814 at the end, updated.": where the part read back sits
    while k < len(pieces) and pieces[k].text not in _CLAUSE_MARKS and pieces[k].text != "and":
        if not _reading_back(pieces[k]):
            return False
        k += 1
    return True


_CLAUSE_MARKS = frozenset((",", ".", "?", "!", ";", ":"))
_LISTED_NEXT_RE = rx.compile(r" ?,? (?:and |then )?")  # between two values read back
_WHERE_IN_IT = frozenset((("at", "the", "end"), ("at", "the", "start"), ("on", "the", "end"),
                          ("at", "the", "beginning")))


def _goes_on_from_before(norm: Normalized) -> bool:
    """The utterance opens by going on with the value just said or read back, in a few words:
    "yeah, then bravo zulu x ray", "and then 2216", "right and after that four four"."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    k = 0
    while k < min(len(words), 3) and words[k] != "and" and (
            words[k] in FILLERS or words[k] in AFFIRMATIVES):
        k += 1
    return len(words) <= _CORRECTION_WORDS and (
        tuple(words[k:k + 1]) in _GOING_ON or tuple(words[k:k + 2]) in _GOING_ON)


_GOING_ON = frozenset((("then",), ("and", "then"), ("after", "that"), ("and", "after"),
                       ("followed", "by"), ("then", "it's"), ("then", "its")))


def _characters_within(norm: Normalized, finding: Finding, letters: bool = False) -> str:
    """The digits (and the letters, when asked) of a finding as the canonical text has them
    ("fourth of june 2007": 42007)."""
    pieces = norm.pieces
    k = bisect_left(pieces, finding.start, key=lambda p: p.start)  # a long text has many
    out: list[str] = []
    while k < len(pieces) and pieces[k].start < finding.end:
        if pieces[k].end <= finding.end:
            out.extend(ch for ch in pieces[k].text if ch.isdigit() or (letters and ch.isalpha()))
        k += 1
    return "".join(out)


def _near_copy(first: str, second: str) -> bool:
    """Whether a value set against another is a corrected copy of it ("04/05/1988" and
    "05/04/1988", "4421" and "4412"), not another value ("... but the parcel is due
    05/06/2024")."""
    if not first or not second:
        return False
    common = [0] * (len(second) + 1)  # longest common subsequence, row by row
    for ch in first:
        diagonal = 0
        for k, other in enumerate(second, 1):
            diagonal, common[k] = common[k], (diagonal + 1 if ch == other
                                              else max(common[k], common[k - 1]))
    return 2 * common[-1] >= 0.6 * (len(first) + len(second))


# Types a speaker may begin to read, break off and read again in the same breath.
_RESTARTED = _CORRIGIBLE | CODE_TYPES | {"PASSWORD", "USERNAME"}
# Words that may go between the characters of a read-out turn: "no sorry", "and then", "it's"
_BETWEEN_CHARACTERS = frozenset(("no", "sorry", "wait", "oops", "mean", "i", "actually", "hang",
                                 "on", "scratch", "that", "-", "and", "then", "not", "it's",
                                 "its", "is", "the", "last", "one", "next",
                                 # "it starts with s l four four"
                                 "starts", "start", "begins", "with", "ends")) \
    | FILLERS | READ_BACK_WORDS | BACKCHANNELS


# What a favourite asks an opinion of, no secret: "your favourite thing about the service?"
_OPINION_NOUNS = frozenset(("thing", "things", "part", "parts", "one", "ones", "bit", "bits",
                            "feature", "features", "aspect", "way", "option", "options"))
_FAVOURITE_RE = rx.compile(r"\b(?:favourite|favorite|fave) ([a-z]+)")


def _favourites_asked(canon: str, hits: list[_Hit]) -> list[_Hit]:
    """A question for a favourite thing of any kind, beyond the security questions the phrase
    list names ("your favourite dessert?", "favourite holiday destination"): what a
    verification asks for a secret, whatever the thing is (privacy first: a shop's "your
    favourite colour?" is taken as one too)."""
    found = [_Hit(m.start(), m.end(), "PASSWORD") for m in _FAVOURITE_RE.finditer(canon)
             if m[1] not in FUNCTION_WORDS and m[1] not in _OPINION_NOUNS and not any(
                 h.start < m.end() and m.start() < h.end for h in hits)]
    return sorted([*hits, *found], key=lambda h: h.start) if found else hits


def _spelled_again(norm: Normalized, found: list[tuple[Finding, int]],
                   add: Callable[[str, int, int, float], None]) -> None:
    """A word of a value just given, spelled out after it: "10 Larkspur Close, ... Larkspur is
    L-A-R-K-S-P-U-R" (the letters and the word said again are the value's, whatever they would
    be alone). Only a value a few words back counts: a long text stays linear."""
    spelled = [k for k, p in enumerate(norm.pieces) if p.kind == "spelled" and len(p.text) > 2]
    if not spelled or not found:
        return
    text = norm.original.lower()
    findings = sorted((f for f, _ in found), key=lambda f: f.end)
    ends = [f.end for f in findings]
    for k in spelled:
        piece = norm.pieces[k]
        first = bisect_left(ends, piece.start - _SPELLED_REACH)
        for finding in findings[first:bisect_right(ends, piece.start)]:
            if piece.text in text[finding.start:finding.end].split():
                j = k  # and the word said again to spell it, between the value and the letters
                while j > 0 and norm.pieces[j - 1].start >= finding.end:
                    j -= 1
                for i in [*range(j, k), k]:
                    if i == k or norm.pieces[i].text == piece.text:
                        add(finding.type, norm.cstarts[i],
                            norm.cstarts[i] + len(norm.pieces[i].text), SCORE_EXPECTED)
                break


_SPELLED_REACH = 80  # characters between a value and its word spelled out


def _said_again_at_once(norm: Normalized, found: list[tuple[Finding, int]],
                        add: Callable[[str, int, int, float], None]) -> None:
    """A number just redacted, said again at once in another form: "5820. Five, eight, two,
    zero.", "4471, that's four four seven one" (the same digits a few words on are the same
    value, whatever a rule would make of them alone). Linear in the text: each pair of numbers
    next to each other looks up the finding over the first by binary search."""
    numbers = [k for k, p in enumerate(norm.pieces)
               if p.kind == "number" and len(p.text) >= _AGAIN_DIGITS]
    if len(numbers) < 2 or not found:  # (a number, and the same again)
        return
    text = norm.original
    findings = sorted((f for f, _ in found if f.type in _SAID_AGAIN_TYPES),
                      key=lambda f: f.start)  # (not a birth date's year, said again in a
    starts = [f.start for f in findings]  # reference: "HR-2025/311")
    for a, b in pairwise(numbers):
        first, again = norm.pieces[a], norm.pieces[b]
        if first.text != again.text or again.start - first.end > _AGAIN_REACH \
                or not text[again.start - 1:again.start].isspace() \
                or text[again.end:again.end + 1].isalnum():
            continue
        k = bisect_right(starts, first.start) - 1
        if k >= 0 and first.end <= findings[k].end <= again.start:
            add(findings[k].type, norm.cstarts[b], norm.cstarts[b] + len(again.text),
                SCORE_EXPECTED)


_AGAIN_DIGITS = 3
_READ_BACK_CHARACTERS = 3  # pieces at least of characters dictated that open a turn
_NAMED_AFTER_RE = rx.compile(r",? (?:is|that's|thats|will be|'s) (?:your|the) (?:new |temporary |"
                             r"temp |one time |one-time )?(?:password|passcode|pin|code)\b")


def _places_asked(pieces: list[Piece]) -> bool:
    """Characters asked for by places named right before them: "the second digit and the
    fifth digit", "the 2nd and 5th characters" (not "ten characters minimum, first login")."""
    return any(p.text in _ASKED_CHARACTERS and pieces[k - 1].kind != "number" and any(
        q.kind != "number" and a_position(q) for q in pieces[max(0, k - 3):k])
        for k, p in enumerate(pieces) if k)  # (not "the last four digits of the card": how
    # many, from where)


_ASKED_CHARACTERS = frozenset(("digit", "digits", "character", "characters", "letter",
                               "letters"))
_EXPLAINED_LETTER_RE = rx.compile(r"[^\W\d_] (?:for|as in|like) [^\W\d_]+", re.IGNORECASE)
_SPELLED_LIKE_A_SECRET = frozenset(("EMAIL_ADDRESS", "USERNAME"))
_SAID_AGAIN_TYPES = CODE_TYPES | {"PASSWORD", "CREDIT_CARD", "CARD_SECURITY_CODE", "US_SSN",
                                  "ROUTING_NUMBER", "PHONE_NUMBER"}
_AGAIN_REACH = 24  # characters between a number and the same said again
# What may stand between a word and its spelling: "mot, m o t", "Okafor, that's O-K-A-F-O-R".
_SPELLING_LINKS = frozenset((",", "that's", "thats", "it's", "its", "so", "spelt", "spelled",
                             "-", ":"))
_SPELLING_LINK_REACH = 3  # pieces


def _spelled_after_itself(norm: Normalized, add: Callable[[str, int, int, float], None],
                          entity_type: str) -> None:
    """Privacy first: a word said and then spelled out letter by letter ("it must be the dog
    then, mot, m o t", "the cheque was made out to bell, b e l l", "she says wherry w h e r r
    y") is being dictated, so it is
    someone's, whatever the word is: a secret where one is awaited, else a name (a company
    spelled, "sky, s k y", goes too)."""
    pieces = norm.pieces
    for k in [k for k, p in enumerate(pieces) if p.kind == "spelled" and len(p.text) > 2]:
        j = k - 1
        while j >= 0 and k - j <= _SPELLING_LINK_REACH and pieces[j].text in _SPELLING_LINKS:
            j -= 1
        if j >= 0 and pieces[j].kind == "word" and pieces[j].text == pieces[k].text and (
                j < k - 1 or k + 1 == len(pieces) or pieces[k + 1].kind != "number"):
            # (said right before it, no code's letters: not "job j o b four five five")
            for i in (j, k):
                add(entity_type, norm.cstarts[i], norm.cstarts[i] + len(pieces[i].text),
                    SCORE_EXPECTED)


# Words before a code's first letters in an answer ("It's G K...", "the letter G, then 398").
_LETTER_LEADS = frozenset(("it's", "its", "it", "is", "the", "letter", "letters", "ok", "okay",
                           "so", "yes", "yeah", "sure", "right", "starts", "with", "that's"))
_LETTER_DESCRIBED = frozenset(("for", "as", "in", "like"))  # "T for Tango", "p as in peter"


def _opening_letters(norm: Normalized, found: list[tuple[Finding, int]],
                     add: Callable[[str, int, int, float], None]) -> None:
    """The letters a code opens with, said apart from its digits before a pause or an aside
    ("It's G K... hang on, the photocopy's smudged... 4 8 2 1 9 0", "T... for Tango...
    4829107"): the code's too, when its digits are found later in the same answer."""
    codes = [(f, cend) for f, cend in found if f.type in CODE_TYPES]
    if not codes:
        return
    first, _ = min(codes, key=lambda pair: pair[0].start)
    pieces, texts = norm.pieces, norm.texts
    k = 0
    while k < len(pieces) and (texts[k] in FILLERS or texts[k] in _LETTER_LEADS
                               or pieces[k].kind == "punct"):
        k += 1
    j, letters = k, []
    while j < len(pieces) and pieces[j].end <= first.start:
        piece = pieces[j]
        if piece.kind == "spelled" or piece.text in NATO_LETTERS or (
                piece.kind == "word" and len(piece.text) == 1 and piece.text.isalpha()
                and (piece.text not in ("a", "i") or (
                    j + 1 < len(pieces) and texts[j + 1] in _LETTER_DESCRIBED))):
            letters.append(j)
        elif piece.text in _LETTER_DESCRIBED and letters and j + 1 < len(pieces):
            j += 1 if texts[j + 1] != "in" else 2  # "as in peter": the word it is described by
            letters.append(j)
        elif piece.kind != "punct" and texts[j] not in FILLERS:
            break
        j += 1
    if letters:
        cend = norm.cstarts[letters[-1]] + len(texts[letters[-1]])
        add(first.type, norm.cstarts[letters[0]], cend, SCORE_EXPECTED)


def _one_word_each(norm: Normalized, cstart: int, cend: int) -> bool:
    """Digits said one word each ("oh six one oh"), as no time or year is said."""
    return one_word_each(norm.original[slice(*norm.to_original(cstart, cend))])


def _among_letters(norm: Normalized, cstart: int, cend: int) -> bool:
    """Letters read out right before or after the digits: a code's ("h g 8245 q 2")."""
    first, last = norm.piece_index(cstart), norm.piece_index(cend - 1)
    return any(0 <= k < len(norm.pieces) and _said_character(norm.pieces[k])
               and norm.pieces[k].kind != "number" for k in (first - 1, last + 1))


def _typed_alone(norm: Normalized, cstart: int, cend: int) -> bool:
    """Four digits typed as such, between spaces or punctuation: "That's right, 6160." (not
    "twelve thirty" said as a time, "OPL-5521", "฿2,850" or a model's "h g 8245 q 2")."""
    start, end = norm.to_original(cstart, cend)
    text = norm.original
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return text[start:end].isdigit() and before in " ,(\n\t" and after in " ,.)\n\t"


_POLITE_TERMS = frozenset(("sir", "madam", "maam", "ma'am", "mate", "ji", "love", "dear"))


def _is_backchannel(norm: Normalized) -> bool:
    return _backchannel_words([p.text for p in norm.pieces if p.kind != "punct"])


def _requests_it(norm: Normalized) -> bool:
    """The turn asks for what it names: a question, "please", or a request's opening word in
    its last sentence ("and the passphrase on the account", "your security phrase please"; not
    "you can reset your passphrase online")."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return "?" in norm.original or "please" in words or (bool(words) and (
        words[0] in _REQUEST_OPENERS or tuple(words[:2]) in _ASKING_PAIRS))


_REQUEST_OPENERS = frozenset(("and", "your", "what", "what's", "whats", "now", "next", "then",
                              "lastly", "finally"))


def _still_coming(norm: Normalized) -> bool:
    """A short turn, with no digits and no capital inside it, saying a code sent has not come
    yet or may take a while: "okay waiting", "nothing yet you know", "it can take up to a
    minute sometimes"."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return 0 < len(words) <= _STILL_COMING_WORDS and not _NOT_YET.isdisjoint(words) \
        and all(p.kind == "word" for p in norm.pieces if p.kind != "punct") \
        and not any(ch.isupper() for ch in norm.original[1:]) \
        and not any(ch.isdigit() for ch in norm.original) \
        and all(w in FUNCTION_WORDS or (common_word(w) and name_class(w) not in ("N", "W", "P"))
                for w in words)  # (no name in it: "nothing yet sorry bill" is read as usual)


_NOT_YET = frozenset(("waiting", "yet", "minute", "minutes", "arrive", "arrived", "coming",
                      "seconds", "slow", "delayed"))
_STILL_COMING_WORDS = 12


def _only_waits(norm: Normalized) -> bool:
    """A turn that only says the listener waits: "take your time maam", "no rush."."""
    words = [p.text for p in norm.pieces if p.kind != "punct"]
    return any(tuple(words[k:k + len(w)]) == w for w in _WAITING for k in range(len(words))) \
        and _backchannel_words(words)


def _waits_first(norm: Normalized) -> bool:
    """A turn whose first sentence says the listener waits ("That's alright, take your time.
    Just the two letters, you don't need to say the whole word."): what was asked still is."""
    ends = [k for k, p in enumerate(norm.pieces) if p.kind == "punct" and p.text in ".!…"]
    first = norm.pieces[:ends[0]] if ends else []
    words = [p.text for p in first if p.kind != "punct"]
    return bool(words) and any(tuple(words[-len(w):]) == w for w in _WAITING) \
        and _backchannel_words(words)


def _backchannel_words(words: list[str]) -> bool:
    while len(words) > 1 and words[-1] in _POLITE_TERMS:
        words.pop()  # "no problem sir", "take your time love"
    waited = False
    while words and words[-1] in _WAITING_ENDS:
        # "take your time", "sure, no rush", "no rush take your time": the value is still to
        # come
        wait = next((w for w in _WAITING if tuple(words[-len(w):]) == w), None)
        if wait is None:
            break
        words, waited = words[:-len(wait)], True
    if waited:
        return len(words) <= 2 and all(w in BACKCHANNELS for w in words)
    for rest in _THE_REST:  # "and the rest": the words before it are backchannels
        if tuple(words[-len(rest):]) == rest:
            words = words[:-len(rest)]
            return len(words) <= 2 and all(w in BACKCHANNELS for w in words)
    if 1 < len(words) <= _READY_WORDS and not _TAKING_IT_DOWN.isdisjoint(words) and all(
            w in BACKCHANNELS or w in _READY_TO_WRITE for w in words):
        return True  # "yes i am writing", "ok i've got a pen": ready to take the value down
    if 1 < len(words) <= _READY_WORDS and not _WHICHEVER.isdisjoint(words) and all(
            w in BACKCHANNELS or w in _ANY_OF_THEM for w in words):
        return True  # "Please, any unused one.": one of the codes offered, whichever
    return bool(words) and len(words) <= 4 and all(w in BACKCHANNELS for w in words)


_TAKING_IT_DOWN = frozenset(("writing", "ready", "pen"))  # (not "Paper." alone: an answer)
_READY_TO_WRITE = _TAKING_IT_DOWN | frozenset(("i", "am", "i'm", "im", "got", "i've", "ive", "a",
                                                "it", "down", "have", "now"))
_READY_WORDS = 6
_WHICHEVER = frozenset(("any", "whichever", "either"))
_ANY_OF_THEM = _WHICHEVER | frozenset(("unused", "one", "1", "of", "them", "just", "valid",
                                       "new", "fresh", "will", "do", "is", "fine"))


# A day, a month's name and maybe a year, in the orders other languages write them ("3. Juli
# 2025", "5 de agosto de 1984", "17 mars"); the word is checked against the month names.
_OTHER_DATE_RE = rx.compile(
    r"\b\d{1,2}\.?\s(?:[^\W\d_]{1,3}\s)?([^\W\d_]{3,})(?:,?\s(?:[^\W\d_]{1,3}\s)?\d{4})?\b")


def _other_language_dates(norm: Normalized) -> list[tuple[int, int]]:
    """Canonical spans of dates with another language's month name, or with a space after
    each dot as Central Europe types them ("born 12. 6. 1988"), one candidate each (not a day
    and a year apart); most texts hold no such name and are not searched."""
    spaced = [m.span() for m in _SPACED_DOTTED_DATE_RE.finditer(norm.canonical)] \
        if ". " in norm.canonical else []
    calendar = other_calendar_words()
    if calendar.isdisjoint(norm.texts):
        return spaced
    return spaced + [m.span() for m in _OTHER_DATE_RE.finditer(norm.canonical)
                     if m[1] in calendar]


_SPACED_DOTTED_DATE_RE = rx.compile(
    r"(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\. (?:0?[1-9]|1[0-2])\. (?:19|20)\d\d(?![\d.]\d)")


def _candidates(norm: Normalized, has_values: bool, ip_parts: bool = False,
                letter_goes_on: bool = False) -> list[Candidate]:
    """Value-shaped pieces of the text; without a digit, "@" or ":" only spelled words.
    `ip_parts`: an IP address is asked for or being read, so "169.254" is part of one, not a
    decimal (see `IpAddressDetector`). `letter_goes_on`: the speaker is reading out an
    identifier in parts, so one letter alone is its next part ("s l four seven" / "one nine
    two eight" / "d": a national insurance number's last letter)."""
    canon = norm.canonical
    out: list[Candidate] = []
    pieces = norm.pieces
    opening = _opening_end(norm)
    if not has_values:
        for index, piece in enumerate(pieces):
            if piece.kind == "spelled":
                cstart = norm.cstarts[index]
                out.append(Candidate("spelled", piece.text, cstart, cstart + len(piece.text),
                                     opens=cstart <= opening))
        lead = _LEAD_TO_A_VALUE_RE.match(canon)
        letters = [p for k, p in enumerate(pieces) if p.kind != "punct"
                   and (lead is None or norm.cstarts[k] >= lead.end())]
        if not out and (2 <= len(letters) <= 3 or (
                letter_goes_on and len(letters) == 1 and letters[0].text != "i")) and all(
                p.kind == "word" and len(p.text) == 1 for p in letters) \
                and not (lead and all(p.text in ("i", "a") for p in letters)):  # "Yeah, I, I."
            # "s p", "Hang on. Y B": all a turn says, the letters a value opens with
            cstart = norm.cstarts[pieces.index(letters[0])]
            cend = norm.cstarts[pieces.index(letters[-1])] + 1
            out.append(Candidate("code", "".join(p.text for p in letters), cstart, cend,
                                 opens=True))
        return out
    dates = _other_language_dates(norm)
    for m in _CANDIDATE_RE.finditer(canon):
        kind = m.lastgroup or ""
        text = m.group()
        if ip_parts and kind in ("keep", "grouped") and _IP_PART_RE.fullmatch(text):
            kind = "ippart"  # "it says 169.254..." / "yep" / "12.88"
        if kind == "keep" or any(a <= m.start() < b for a, b in dates):
            continue
        cstart, cend = m.span()
        groups: tuple[int, ...] = ()
        if kind == "grouped" or (kind == "ip" and "." in text and any(
                int(part) > 255 for part in text.split("."))):
            # "555.867.5309", "12.06.1985", "1.036.842.579" (no IP): typed groups
            kind = "number"
            groups = tuple(len(g) for g in text.split("."))
        if _says_no_value(canon, text, cstart, cend) or _spoken_time(norm, text, cstart, cend) \
                or (text in _MINUTES_PAST and _PAST_THE_HOUR_RE.match(canon, cend)) \
                or (kind == "alnum" and _ORDINAL_RE.fullmatch(text)):  # "due on the 10th"
            continue
        cand = Candidate(kind, text, cstart, cend, opens=cstart <= opening, groups=groups)
        if kind == "number":
            cand.plus = text.startswith("+")
            cand.paren = cstart > 0 and canon[cstart - 1] == "("
            cand.groups = cand.groups or norm.piece_at(cstart + cand.plus).groups
        out.append(cand)
    out.extend(Candidate("date", canon[a:b], a, b, opens=a <= opening) for a, b in dates)
    run: list[int] = []
    ended: list[Piece | None] = [*pieces, None]  # None closes the last run
    for index, item in enumerate(ended):
        if item is not None and item.kind == "spelled":
            cstart = norm.cstarts[index]
            out.append(Candidate("spelled", item.text, cstart, cstart + len(item.text),
                                 opens=cstart <= opening))
        if item is not None and _code_like(item, norm.original[item.start:item.end]) \
                and (run or not _decimal_fraction(pieces, index)) \
                and (run or not _an_everyday_word_before(item, norm.original)) \
                and not _pronoun_i(pieces, index) \
                and not (run and (item.text in _HEARD_AFTER_A_CODE
                                  or item.text in CURRENCY_WORDS)) \
                and not _AMOUNT_RE.fullmatch(norm.original, item.start, item.end):
            # (not "1.6 tdi", nor "add 2,000 miles": an amount typed so is no code's part;
            # nor "+254 711 562 048 KSh 4,350": a currency's word is the next field's)
            run.append(index)
            continue
        if run and item is not None and item.text in PAUSES and _code_after_pause(norm, index):
            continue  # "5 E G 4 ... T E 5 ... M K 7 2": a pause between the groups of one
        # Letters and digits read out in groups ("x a 1234567", "e c 1 a 1 b b"): one code.
        if len(run) >= 2 and any(pieces[k].kind != "number" for k in run):
            first, last = run[0], run[-1]
            cstart = norm.cstarts[first]
            cend = norm.cstarts[last] + len(pieces[last].text)
            text = "".join(pieces[k].text for k in run)
            whole = _all_it_says(canon, cstart, cend)
            if len(text) >= 4 or (len(text) == 3 and not any(  # "b 6 3": half a postcode,
                    pieces[k].text in ("a", "i") for k in run)) or whole:  # not "a 16"; and
                # all a turn says, however short: "j k", the letters a value opens with
                out.append(Candidate("code", text, cstart, cend, opens=cstart <= opening))
        run = []
    return out


# Words that say a code was heard, right after it: "s seven m two h four got it".
_HEARD_AFTER_A_CODE = frozenset(("got", "yep", "yes", "yup", "ta", "ok"))


def _an_everyday_word_before(piece: Piece, original: str) -> bool:
    """A word of three letters said every day opens no code: "i've got w n 7 1 h k n" (but a
    plate may end in one, "yd 21 bus", and one typed in capitals may open it, "PEN/MAN/...")."""
    return piece.kind == "word" and len(piece.text) == 3 and piece.text.isalpha() \
        and everyday_word(piece.text) and not original[piece.start:piece.end].isupper()


def _pronoun_i(pieces: list[Piece], index: int) -> bool:
    """"i" before a word: the speaker, no letter of a code ("4471 i think", "one thirty i
    have a screenshot"; not "k l 9 i 4")."""
    return pieces[index].text == "i" and index + 1 < len(pieces) \
        and pieces[index + 1].kind == "word" and len(pieces[index + 1].text) > 1


def _said_character(piece: Piece) -> bool:
    """Digits or a letter read out: "8", "b k", "d" ("maricel underscore d c 88")."""
    return piece.kind in ("number", "spelled") or (piece.kind == "word" and len(piece.text) == 1)


def _after_a_bank_code(norm: Normalized, cand: Candidate) -> bool:
    """Only a bank's code of four letters no dictionary holds opens the turn before `cand`."""
    index = norm.piece_index(cand.cstart)
    lead = _lead(norm)
    return index == lead + 1 and len(norm.texts[lead]) == _BANK_CODE_LETTERS \
        and norm.texts[lead].isalpha() and name_class(norm.texts[lead]) == ""


def _decimal_fraction(pieces: list[Piece], index: int) -> bool:
    """The digits after a decimal point: "1.6" read as "1", ".", "6"."""
    return index >= 2 and pieces[index].kind == "number" and pieces[index - 1].text == "." \
        and pieces[index - 2].kind == "number" \
        and pieces[index - 2].end == pieces[index - 1].start == pieces[index].start - 1


def _code_after_pause(norm: Normalized, index: int) -> bool:
    """The code goes on after the pause at `index` ("... T E 5"), not "... I think"."""
    if index + 1 >= len(norm.pieces):
        return False
    nxt = norm.pieces[index + 1]
    return nxt.text not in ("i", "a") and _code_like(nxt, norm.original[nxt.start:nxt.end])




_PLACE_LINE_WORDS = 4


def _place_line(norm: Normalized) -> bool:
    """A short typed line of capitalised words and commas: a district or a town on an
    address's own line ("Kohimarama", "Lekki, Lagos"; not "lovely thanks")."""
    words = [p for p in norm.pieces if p.text != ","]
    return 0 < len(words) <= _PLACE_LINE_WORDS and all(
        p.kind == "word" and norm.original[p.start].isupper() and p.text not in FUNCTION_WORDS
        and p.text not in BACKCHANNELS for p in words)


def _read_alone(norm: Normalized, cand: Candidate) -> bool:
    """Nothing but the value is said, but for fillers and the words of a read-back."""
    return all(p.kind == "punct" or p.text in READ_BACK_WORDS or p.text in FILLERS
               or p.text in BACKCHANNELS or cand.cstart <= cstart < cand.cend
               for p, cstart in zip(norm.pieces, norm.cstarts, strict=True))


def _after_an_aside(norm: Normalized, cand: Candidate) -> bool:
    """Digits read one word each further on in a turn, where nothing makes them a time, a
    quantity or a place ("i'm in ward four one two", "the nurse comes at two three oh")."""
    index = norm.piece_index(cand.cstart)
    return cand.kind == "number" and len(cand.digits) >= 2 and not _corrects(norm) \
        and (index == 0 or norm.texts[index - 1] not in _PLACES_AND_TIMES) \
        and _UNIT_AFTER_RE.match(norm.canonical, cand.cend) is None \
        and _TIME_AFTER_RE.match(norm.canonical, cand.cend) is None \
        and _one_word_each(norm, cand.cstart, cand.cend)


def _the_rest_after_an_aside(norm: Normalized, cand: Candidate) -> bool:
    """Digits after a pause and "(and) then" or "the rest is" that end the turn: "sorry, it's
    gone to the lock screen, one sec... and then 073."."""
    canon = norm.canonical
    lead = canon[max(cand.cstart - _GOES_ON_REACH, 0):cand.cstart]
    cut = max(lead.rfind("..."), lead.rfind("…"), lead.rfind(". "), lead.rfind(", "))
    said = lead[cut:].replace(".", " ").replace("…", " ").replace(",", " ").split() \
        if cut >= 0 else []
    return cand.kind == "number" and len(cand.digits) >= 2 and bool(said) \
        and any(cue in said for cue in _GOES_ON_CUES) \
        and all(w in _GOES_ON_WORDS or w in FILLERS for w in said) \
        and not canon[cand.cend:].strip(" .!…")


_PLACES_AND_TIMES = frozenset(("at", "by", "until", "till", "before", "after", "about", "around",
                               "ward", "room", "bed", "bay", "gate", "platform", "floor", "level",
                               "aisle", "seat", "row", "table", "page", "step", "line"))
_SENT_TO = frozenset(("on", "to", "at", "via"))
_PHONE_DIGITS = 9  # more than any code sent to verify someone has


def _sent_to(norm: Normalized, cand: Candidate) -> bool:
    """A number as long as a phone's right after "on"/"to": where a code is sent."""
    index = norm.piece_index(cand.cstart)
    return len(cand.digits) >= _PHONE_DIGITS and index > 0 and norm.texts[index - 1] in _SENT_TO


def _all_it_says(canon: str, cstart: int, cend: int) -> bool:
    """The span is all the utterance says, but for its closing punctuation, a remark that the
    value is complete ("seven d, that's the last bit") or a lead before it ("Hang on. Y B")."""
    return (cstart == 0 or _LEAD_TO_A_VALUE_RE.fullmatch(canon, 0, cstart) is not None) and (
        cend >= len(canon.rstrip(" .?!,")) or _VALUE_COMPLETE_RE.fullmatch(canon, cend) is not None)


# What may stand before a value that is all a turn says: "Hang on. Y B", "ok, then 4 4".
_LEAD_TO_A_VALUE_RE = rx.compile(
    r"(?:(?:hang on|hold on|one sec|one second|ok|okay|right|yes|yeah|so|and|then)\b[ ,.]*)+")
# (not "it's": "(passport number?) it's u k" names the country)


_VALUE_COMPLETE_RE = rx.compile(
    r"[ .,!]*(?:and |so )?(?:that's|thats|that is|that was) (?:it|all|everything|the (?:last|"
    r"end|final)(?: bit| part| one| of it)?)[ .!]*")


def _read_out_groups(norm: Normalized) -> list[Candidate]:
    """Codes read out in groups with commas or dashes between them, letters and digits mixed
    ("P-R-I-C-E, seven zero four one five two, W-B, nine, L-X", "F-Q-K, three, C, one,
    seven"): one candidate each, which only a question for such a code or a value said before
    claims (a list of numbers or letters is no code by itself)."""
    pieces, out = norm.pieces, []

    def read_out(k: int) -> bool:  # not the "e" of "e-mail", the "x" of "x-ray"
        return _read_out(pieces[k]) and not (
            len(pieces[k].text) == 1 and k + 2 < len(pieces) and pieces[k + 1].text == "-"
            and pieces[k + 2].kind == "word" and len(pieces[k + 2].text) > 1)

    k = 0
    while k < len(pieces):
        if not read_out(k):
            k += 1
            continue
        j, groups = k + 1, 1
        while True:
            while j < len(pieces) and read_out(j):  # "yd 19, kfu": groups said together
                j += 1
            if j + 1 < len(pieces) and pieces[j].text in _GROUP_BREAKS and read_out(j + 1):
                j, groups = j + 2, groups + 1  # "kilo tango um four romeo": a pause too
                continue
            break
        text = "".join(p.text for p in pieces[k:j] if p.text not in _GROUP_BREAKS)
        if groups > 1 and len(text) >= _READ_OUT_CHARS and any(ch.isdigit() for ch in text) \
                and any(ch.isalpha() for ch in text):
            cstart = norm.cstarts[k]
            out.append(Candidate("readout", text, cstart, norm.cstarts[j - 1]
                                 + len(pieces[j - 1].text)))
        k = j
    return out


_READ_OUT_CHARS = 5
_ANNOUNCES_RE = rx.compile(r"(?:'s| is| was)?:? ")  # between a cue and its value: "rego is "
_ANNOUNCES_MAX = 7  # its characters, and one
_GROUP_BREAKS = frozenset((",", "-", "um", "umm", "uh", "er", "erm", "ehm", "uhm", "hmm"))


def _read_out(piece: Piece) -> bool:
    """Letters or digits said one by one: a spelled group, a number, a single letter."""
    return piece.kind in ("spelled", "number") or (
        piece.kind == "word" and len(piece.text) == 1 and piece.text not in ("a", "i"))


_HANDLE_WORDS = 6  # words of an e-mail address's first part, said before it trails off
_WAIT_WORDS = frozenset(("sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
                         "moment", "tick", "mo", "one"))


def _handle_said(norm: Normalized, cstart: int, cend: int) -> bool:
    """Words that can be an address's first part: a few, none a function word, one of them a
    digit, a letter or a name ("d moriarty 77"; not "hang on...", "let me check...")."""
    pieces = [p for p in norm.pieces if p.kind != "punct"
              and cstart <= norm.cstarts[norm.pieces.index(p)] < cend]
    return 0 < len(pieces) <= _HANDLE_WORDS \
        and not any(p.text in FUNCTION_WORDS or p.text in PAUSES or p.text in _WAIT_WORDS
                    or p.text in FREE_MAIL_DOMAINS for p in pieces) \
        and (any(p.kind == "number" and len(p.text) >= 2 for p in pieces)  # "big dave 84"
             or (any(p.kind == "spelled" or (p.kind == "word" and len(p.text) == 1)
                     or name_class(p.text) == "N" for p in pieces)  # a letter or a name
                 and not any(p.kind == "word" and len(p.text) > 1
                             and name_class(p.text) == "E" for p in pieces)))
_ECHO_CHARACTERS = 4  # a part said back (not the whole value read back)
_ANSWER_OPENS = frozenset(("it's", "its", "is", "was", ".", ",", ":", "number", "no", "#",
                           "passport", "licence", "license"))  # ("it's a nigerian passport a
# zero": the document named, then its first characters)
_ONE_BY_ONE = frozenset(("zero", "oh", "o", "one", "two", "three", "four", "five", "six", "seven",
                         "eight", "nine", "double", "triple"))
def _cut_after_its_cue(norm: Normalized, cand: Candidate, hit: _Hit | None, tail: int) -> bool:
    """A value's first part read out one by one right after its cue at the end of the turn
    (`tail`: see `_tail`), where the speaker goes on in the next: "Mine is a Sri Lankan
    passport. N 8 4" / "mm hm" / "2 1 7 6 3"."""
    if hit is None or hit.label not in IDENTIFIER_TYPES or hit.end > cand.cstart \
            or cand.kind not in ("code", "number", "spelled") or cand.cend < tail:
        return False
    pieces = [p for p in norm.pieces[norm.piece_index(cand.cstart):] if p.kind != "punct"]
    if hit.label == "ROUTING_NUMBER" and len(pieces) == 1 and len(cand.digits) == _SORT_PAIR \
            and norm.canonical[hit.end:cand.cstart].strip() in ("", "is", "it's", "its"):
        return True  # "then sort code twenty" / "mm hm" / "forty four ninety": read in pairs
    return all(p.kind in ("number", "spelled") or (p.kind == "word" and len(p.text) == 1)
               for p in pieces) and _opens_an_answer(norm, cand, hit.label in _DIGITS_ONLY)


_SORT_PAIR = 2  # digits: a sort code's first pair


_FIRST_LETTERS = 3  # letters at least of a first part said as plain letters ("k r m")
_BEGUN_LETTERS = 2  # ... or said to be how it starts
_BEGINS = frozenset(("starts", "start", "begins", "begin", "starting", "beginning"))
def _a_date_s_month(pieces: list[Piece], k: int) -> bool:
    """A month or weekday said as part of a date: by a number or after a word that leads to a
    time ("the 3rd of March", "March 12", "until the end of March", "on Tuesday"); not alone
    ("sorry, march"), as a secret may be."""
    if pieces[k].text not in MONTHS and pieces[k].text not in WEEKDAYS:
        return False
    before = pieces[k - 1] if k else None
    after = pieces[k + 1] if k + 1 < len(pieces) else None
    return (before is not None and (before.kind in ("number", "ordinal")
                                    or before.text in _BEFORE_A_TIME)) \
        or (after is not None and after.kind in ("number", "ordinal"))


_BEFORE_A_TIME = frozenset(("of", "in", "on", "until", "till", "til", "since", "from", "by",
                            "before", "after", "early", "late", "mid", "next", "last", "this"))


def _lettered_for(label: str, cand: Candidate, gap: int) -> bool:
    """A code with letters told of a few words after the cue of a value that never holds one:
    "card was declined on WEB-55931" names an order, not the card (but "member card MC-00713",
    "card number is YS-20931" name the card, a member's, with letters: `gap` is the characters
    between)."""
    return label in _NO_LETTERS and cand.kind in ("alnum", "code") \
        and _LETTER_BLOCK_RE.search(cand.text) is not None and gap > _CARD_TO_ITS_CODE


def _a_model_s_case(norm: Normalized, cstart: int, cend: int) -> bool:
    """A postcode's shape written in one piece, its first letters capitals and small letters
    after its digits, as a model is ("LaserJet Pro M404dn"), not a postcode ("M40 4DN",
    "m404dn", "M404DN", "Ls61ab")."""
    start, end = norm.to_original(cstart, cend)
    written = norm.original[start:end]
    head = written[:next((k for k, c in enumerate(written) if c.isdigit()), len(written))]
    tail = written[len(head):]
    return not any(c.isspace() for c in written) and head.isalpha() and head.isupper() \
        and any(c.islower() for c in tail)


def _a_code_after_a_phone_s_cue(entity_type: str, cand: Candidate) -> bool:
    """A code with letters and too few digits for a phone, or a date, where a phone's cue
    stands ("prefers WhatsApp. Raised as MOB-318", "Phone donation taken 4 Dec 15:40"); not a
    number typed with a letter for a zero ("0412-555-O19")."""
    return entity_type == "PHONE_NUMBER" and cand.kind != "number" \
        and (cand.kind == "date" or len(cand.digits) < _FEWEST_PHONE_DIGITS)


_FEWEST_PHONE_DIGITS = 7
# A card's lapse told right after its cue: the card is what the clause tells of ("the card
# expires 08/25, so a new one will be posted"), not asked for (other verbs may well ask: "your
# licence number works", "the code was texted to that number")
_SUBJECT_S_VERBS_RE = rx.compile(r" (?:expires|expired|is expiring|has expired|runs out|ran out)\b")
_DIGITS_ONLY = frozenset(("BANK_ACCOUNT", "ROUTING_NUMBER", "CREDIT_CARD", "US_SSN",
                          "PHONE_NUMBER", "CARD_SECURITY_CODE"))
# ... of which no value ever holds a letter: "card was declined on WEB-55931" names an order
_NO_LETTERS = frozenset(("CREDIT_CARD", "US_SSN", "ROUTING_NUMBER", "CARD_SECURITY_CODE"))
_CARD_TO_ITS_CODE = len(" number is ")  # characters: "card number is MC-00713"
_LETTER_BLOCK_RE = rx.compile(r"[a-z]{2}")  # (one letter may stand for a digit: "2O-00-00")


def _a_part_named(canon: str, cand: Candidate, hit: _Hit | None, last: str | None) -> bool:
    """A part of the value given last, its cue right before it: "(account 3890120 ...) oh hang
    on the suffix is zero one", "and the branch is 04"."""
    return hit is not None and hit.label == last and hit.end <= cand.cstart \
        and canon[hit.start:hit.end] in _PART_CUES and cand.kind == "number" \
        and canon[hit.end:cand.cstart].strip() in _CUE_TO_PART  # (not "the card is 40 over")


_PART_CUES = frozenset(("suffix", "branch", "branch number", "branch code", "check digit"))
_CUE_TO_PART = frozenset(("", "is", "was", "'s", ":", "is just"))


def _reached_on(norm: Normalized, cand: Candidate) -> bool:
    """A number typed in a phone's national groups right after "on" ("on 0711 902 447", "on
    020 7946 0958"): where someone is reached, not the price or the order a cue before it
    announced (a business's freephone, "on 0800 123 456", is no one's)."""
    index = norm.piece_index(cand.cstart)
    return index > 0 and norm.pieces[index - 1].text == "on" and cand.kind == "number" \
        and cand.digits[:1] == "0" and len(cand.groups) >= _PHONE_GROUPS \
        and national_phone_valid(cand.digits, personal=True)


_PHONE_GROUPS = 3


def _opens_an_answer(norm: Normalized, run: Candidate, asks_digits: bool,
                     told_how_it_starts: bool = False) -> bool:
    """Characters read out one by one that end an answer after its "it's", a sentence's end,
    the value's "number" or how it starts: "it's yankee bravo", "it starts with h x", "Mine is
    a Sri Lankan passport. N 8 4", "account number three eight" (not "the bill is eighty
    five", "it's 12", "it's b t", "22:00", "15.07.2024"); plain letters only where the value
    asked for may hold them (not "which bank? it's r b s" for an account number). How it
    starts counts where the caller says it (`told_how_it_starts`)."""
    index = norm.piece_index(run.cstart)
    pieces = norm.pieces
    run_pieces = [p for p in pieces[index:] if p.kind != "punct"]
    spelled = any(p.kind == "spelled" and any(  # "yankee bravo", "J as in Juliet"
        len(word) > 1 for word in norm.original[p.start:p.end].split()) for p in run_pieces)
    if spelled and index > 0 and pieces[index - 1].text in FILLERS:
        return True  # "it's on my payslip um juliet echo": code words after a hesitation
    begun = told_how_it_starts and index > 1 and pieces[index - 1].text == "with" \
        and pieces[index - 2].text in _BEGINS  # (not the agent's hint: "it starts with W T")
    if index == 0 or (pieces[index - 1].text not in _ANSWER_OPENS and not begun) \
            or pieces[index].start == pieces[index - 1].end:
        return False
    digits = [p for p in run_pieces if p.kind == "number"]
    if digits and len(digits) == len(run_pieces) and not all(
            word in _ONE_BY_ONE or (len(word) == 1 and word.isdigit())
            for piece in digits for word in norm.original[piece.start:piece.end].lower().split()):
        return False  # "eighty five", "it's 12": a count, not digits read one by one
    if digits:
        return len(run.text) >= 2  # "three eight", "N 84", "its b seven"
    return spelled or (len(run.text) >= (_BEGUN_LETTERS if begun else _FIRST_LETTERS)
                       and not asks_digits)  # "it starts with h x": two, said to be its start


def _edge_run(norm: Normalized, at_start: bool) -> list[Candidate]:
    """The letters and digits at the start or the end of an utterance that goes on or trails
    off ("It's J K...", "...F for Foxtrot, R, nine, A, B."): one part of a value read in turns,
    commas and all, however short."""
    pieces = norm.pieces
    run: list[int] = []
    for k in range(len(pieces)) if at_start else range(len(pieces) - 1, -1, -1):
        piece = pieces[k]
        if piece.kind in ("spelled", "number") or (
                piece.kind == "word" and len(piece.text) == 1 and piece.text.isalpha()):
            run.append(k)
        elif not (piece.kind == "punct" and (not run or piece.text == ",")):
            break  # past the "..." before it and the commas inside it, the run ends
    if not run:
        return []
    run.sort()
    text = "".join(pieces[k].text for k in run)
    if text in ("a", "i"):
        return []  # "it's a...", "I...": a hesitation
    kind = "code" if any(ch.isdigit() for ch in text) else "spelled"
    return [Candidate(kind, text, norm.cstarts[run[0]],
                      norm.cstarts[run[-1]] + len(pieces[run[-1]].text), opens=at_start)]


# Words that may come before the value an utterance opens with ("and it's 4471", "then 22").
_OPENERS = frozenset(("and", "then", "it's", "its", "is", "the", "rest", "next", "last",
                      "part", "ok", "okay", "so", "um", "uh", "er", "yeah", "yes", ",", ".",
                      "dash", "hyphen", "slash"))  # "(24187730 / mm hm /) dash 0001"


def _opening_end(norm: Normalized) -> int:
    """Canonical offset where a value would open the utterance (after fillers)."""
    for index, piece in enumerate(norm.pieces):
        if piece.text not in _OPENERS and piece.text not in FILLERS:
            return norm.cstarts[index]
    return len(norm.canonical)


def _beside_a_number(norm: Normalized, cand: Candidate) -> bool:
    """A number right before or after the letters: a code's letters ("t r p 449162"), an
    amount's unit ("three hundred u s d c")."""
    index = norm.piece_index(cand.cstart)
    after = norm.piece_index(max(cand.cend - 1, cand.cstart)) + 1
    return (index > 0 and norm.pieces[index - 1].kind == "number") \
        or (after < len(norm.pieces) and norm.pieces[after].kind == "number")


def _rest_after_a_hold(norm: Normalized, unclaimed: list[tuple[Candidate, _Hit | None]],
                       found: list[tuple[Finding, int]]) -> None:
    """The last digits of an identifier said after the speaker holds in the same turn ("Member
    number 4417 2093 hang on, and then 8"): the same value's rest."""
    values = sorted((f for f, _ in found if f.type in IDENTIFIER_TYPES), key=lambda f: f.end)
    if not values:
        return
    value_ends = [f.end for f in values]
    for cand, hit in unclaimed:
        if (hit is not None and hit.label == KEEP) or cand.kind != "number" \
                or len(cand.digits) > _REST_DIGITS:
            continue
        start, end = norm.to_original(cand.cstart, cand.cend)
        at = bisect_right(value_ends, start)  # the last value ending before it (not a scan
        before = values[at - 1] if at else None  # of all: linear in a long text)
        if before is not None and _HOLD_THEN_RE.fullmatch(norm.original, before.end, start) \
                and not norm.original[end:].strip(" .,!?…"):  # (the turn's last words)
            found.append((Finding(before.type, start, end, SCORE_EXPECTED), 0))


_REST_DIGITS = 4
# A hold, then the rest: " hang on, and then ", "... wait ... then ".
_HOLD_THEN_RE = rx.compile(r"[\s,.…–—-]*(?:(?:um|uh|sorry),? )?(?:hang on|hold on|wait|"
                           r"one (?:sec(?:ond)?|moment))(?: a sec(?:ond)?)?[\s,.…–—-]*"
                           r"(?:(?:um|uh),? )?(?:and )?(?:then )?(?:the last (?:one|bit) is )?",
                           re.IGNORECASE)
_NAMED_CODE_RE = rx.compile(r"[a-z]{1,4}-?\d{4,}")  # a code typed after a name: "AF-20417"
def _code_letters(text: str) -> str:
    """The letters a code opens with: "inv" of "inv-20931" and of "inv20931"."""
    return text.split("-")[0].rstrip("0123456789")


_NAME_TO_CODE_RE = rx.compile(r" |[ ]?[–—:-] ")  # ... or after a dash: "Tomasz Nowak – B0773"
# Letters that open a business's own references ("ORD-55012", "TKT-44821").
_BUSINESS_CODE_PREFIXES = frozenset(("ref", "ord", "inv", "tkt", "rma", "wo", "req", "po", "sr",
                                     "inc", "tk", "cs", "crm", "bk", "res", "conf", "iso", "fy"))
_SPELLED_PREFIX = 3  # letters of a secret's spelling read back at least ("B-E-G"; not "a.m.")
_CODE_DASHES = frozenset(("-", "dash", "hyphen", "stroke", "slash"))  # "A stroke 4417"
# A postcode's two halves may come with a comma between them ("e c one a, one b b"); a half
# has at most four characters, so a comma before a longer part ends the postcode ("LS9 8QT,
# 07700 934218": the phone of the next column).
_POSTCODE_JOINERS = _CODE_DASHES | {","}
_POSTCODE_PART = 4


def _code_like(piece: Piece, written: str = "") -> bool:
    """Letters and digits of an identifier: "k", "hx", "7730", "b12"; not "is" or "and"; and,
    as `written`, a bank's code of four capitals no dictionary holds ("NWBK 6016", "PCBL")."""
    text = piece.text
    if piece.kind in ("number", "spelled"):
        return True
    if piece.kind != "word" or not text.isalnum() or (
            text.isalpha() and _IDEOGRAPHS_RE.search(text)):
        return False  # no code's letters are ideographs or kana: "年", "電話" are words
    if len(text) == 1:
        return True
    if text.isalpha():
        if len(written) > 2 and written[0].isupper() and written[1:].islower():
            return False  # a word typed in title case, a town's ("Chiang Mai 50200")
        if len(text) == _BANK_CODE_LETTERS and written.isupper():
            return text not in CONTEXT_WORDS and name_class(text) == ""
        return len(text) <= 3 and text not in FUNCTION_WORDS and text not in CONTEXT_WORDS \
            and text not in NUMBER_WORDS
    return True


_BANK_CODE_LETTERS = 4
_IDEOGRAPHS_RE = rx.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _i_then_a_verb(norm: Normalized, k: int) -> bool:
    """Piece k is the pronoun "I" before what it does ("LW112-4 I think", "AB1234 I believe"),
    no letter of a code."""
    pieces = norm.pieces
    return pieces[k].text == "i" and k + 1 < len(pieces) and pieces[k + 1].kind == "word" \
        and len(pieces[k + 1].text) > 1 and not _code_like(pieces[k + 1])


def _extend_code(norm: Normalized, cstart: int, cend: int, entity_type: str) -> tuple[int, int]:
    """Widen a canonical span over the code-like pieces right before and after it, and over a
    spoken or typed dash between two of them ("m b r dash 992817").

    A short word written in capitals joins too: a UK driving licence starts with five letters
    of the surname ("CALDE 703098 BJ9IJ"); "OK" or "ID" does not.
    """
    pieces = norm.pieces
    joiners = _POSTCODE_JOINERS if entity_type == "ZIP_CODE" else _CODE_DASHES

    def part(piece: Piece) -> bool:
        written = norm.original[piece.start:piece.end]
        if _code_like(piece):
            return not (len(piece.text) > 1 and piece.text.isalpha() and not written.isupper()
                        and name_class(piece.text) == "E")  # not "pay" of "please pay 40-19-22
            # 71504386" (but "HX", "abd" and a letter alone)
        return piece.kind == "word" and len(written) <= 6 and written.isalpha() and (
            written.isupper() or (  # "nwbk 6016 1331 ...": a bank's code in an IBAN's groups
                entity_type == "IBAN" and len(written) == _BANK_CODE_LETTERS
                and name_class(piece.text) == "")) \
            and piece.text not in NON_NAME and piece.text not in CONTEXT_WORDS

    def joins(k: int, beyond: int) -> bool:  # a dash, or a slash typed between two parts
        # ("HYG/LAG/0934")
        if pieces[k].text == "," and entity_type == "ZIP_CODE":
            return len(pieces[beyond].text) <= _POSTCODE_PART \
                and not (beyond + 2 < len(pieces) and _decimal_fraction(pieces, beyond + 2))
            # (not "E8 1NL, 0.8 kg")
        return pieces[k].text in joiners or (
            pieces[k].text == "/" and pieces[k - 1].end == pieces[k].start
            and pieces[k].end == pieces[k + 1].start)

    first = norm.piece_index(cstart)
    last = norm.piece_index(max(cend - 1, cstart))
    while first > 0 and (part(pieces[first - 1]) or (
            first > 1 and joins(first - 1, first - 2) and part(pieces[first - 2]))):
        first -= 1
    while last + 1 < len(pieces) and not _i_then_a_verb(norm, last + 1) and (
            part(pieces[last + 1]) or (last + 2 < len(pieces) and joins(last + 1, last + 2)
                                       and part(pieces[last + 2]))):
        last += 1
    end = norm.cstarts[last] + len(pieces[last].text)
    tail = _LETTER_TAIL_RE.match(norm.canonical, end)
    return norm.cstarts[first], tail.end() if tail else end


# The letter a code ends with, said after it: "8 8 4 1 2 0 3 9 and then a letter, k",
# "4 8 2 7 7 3 1 0 ... letter K", "... and the letters at the end are a b", a health card's
# "version KM".
_LETTER_TAIL_RE = rx.compile(
    r"[,.]?\s?(?:\.\.\.\s?|…\s?)?(?:and\s)?(?:then\s)?(?:(?:a\s|the\s)?letters?"
    r"(?:\s(?:at|on)\sthe\s(?:end|back))?(?:\s(?:are|is))?|version(?:\scode)?),?\s"
    r"[a-z](?:\s?[a-z])?(?=\s*(?:[,.?!]|$))")  # not "the letter i think is fine"


# What points back at the value a phrase announced: "... it shows", "... it says", "should be".
_RESTATED_RE = rx.compile(r"\b(?:it(?:'s| is| shows| says| reads| has)|shows|says|reads"
                          r"|should (?:be|say)|(?:i|we|she|he|they) (?:put|typed|entered|wrote"
                          r"|filled in|gave))\s$")  # "... have to match exactly? I put P8834120"


_WHOSE_IT_IS_RE = rx.compile(r" (?:for|on) (?:the|this|that|your|my) ")
_CLAUSE_PUNCT_RE = rx.compile(r"[,;:.!?]")
_STILL_IS = frozenset(("still", "is", "was", "now", "it's", "its", "should", "be"))
# ... unless the business's thing has a number of its own: "for the order number 88231"
_ITS_OWN_NUMBER_RE = rx.compile(r" ?(?:number|no\b|ref\b|reference|#)")


_THE_BUSINESS_S_VALUE_RE = rx.compile(r"(?: is|:) ")
_ENDING_WORDS = frozenset(("end", "ends", "end's", "last", "finishes", "start", "starts",
                           "middle", "first"))  # "the end is 726", "the last two are 64"
_PART_IS = frozenset(("is", "are", "'s", "bit", "bits", "part", "digits", "numbers"))


def _names_a_part(words: list[str]) -> bool:
    """The words before a correction's digits name a part of the value: "the end is", "the
    last two are", "it ends" (not "the last transaction was", "a typo on my end")."""
    return any(words[k] in ("the", "it") and words[k + 1] in _ENDING_WORDS
               and (k + 2 == len(words) or words[k + 2] in _PART_IS)
               for k in range(len(words) - 1))
# Measures written as the letters a place is abbreviated by too ("MB": Manitoba), after no
# number: no measure of anything.
_MEASURES_AFTER_A_NUMBER = frozenset(("mb", "gb", "kg", "km", "ml", "cm", "mm", "ft", "lb", "oz"))
_A_NUMBER_BEFORE_RE = rx.compile(r"\d\s?$")
_A_PLACE_ON_THE_RE = rx.compile(r"\b(?:on|in|inside|under|by|with) the $")
_PLACE_ON_REACH = 12  # characters: "inside the "
_CLOSES_ITS_SENTENCE_RE = rx.compile(r"\.\s")
_ANNOUNCED_REACH = 6  # characters from a cue to the value it announces: " is ", " is: "
# The nouns that announce a reference, as the business gives one (not "two working days is"):
_A_REFERENCE_S_NOUNS = frozenset(("reference", "ref", "number", "code", "id", "no", "#"))


def _context_for(
    hits: list[_Hit], starts: list[int], ends: list[int], cand: Candidate, canon: str
) -> _Hit | None:
    """The nearest context phrase before (or, failing that, just after) a candidate.

    A phrase after it belongs to no number beyond the next one ("90026, and 5 items"), and a
    label (a phrase and a colon) to none before it, and a phrase before it to no value beyond
    the next label, known or not. Found by binary search over the phrases' offsets: a long text
    has many of both.
    """
    before = None
    after = None
    k = bisect_right(ends, cand.cstart) - 1
    # "her date of birth on the portal is wrong, it shows ...": a value restated reaches further
    window = 2 * PRE_WINDOW if _RESTATED_RE.search(canon, max(0, cand.cstart - 20),
                                                   cand.cstart) else PRE_WINDOW
    if k >= 0 and cand.cstart - hits[k].end <= window \
            and not _NEXT_FIELD_RE.search(canon, hits[k].end, cand.cstart) \
            and not _new_clause(canon, hits[k].end, cand.cstart) \
            and (hits[k].label != KEEP
                 or not (_NEW_SENTENCE_RE.search(canon, hits[k].end, cand.cstart)
                         or _past_its_value(canon, hits[k].end, cand.cstart)
                         or _words_past_its_value(canon, hits[k].end, cand)
                         or (_measured_before(canon, hits[k]) and (
                             len(cand.digits) >= _LONG_NUMBER_DIGITS
                             or _ANSWER_OPENED_RE.search(canon, max(0, cand.cstart - 8),
                                                         cand.cstart) is not None)))):
        # but "Carnet nr 88431207, Monto: 125 000": a new field, a new label; "on hold 40
        # minutes but it's 529": a unit's number is the one before it; "your pin stays
        # the same and your 2499 rate": a clause about the cue's value is over and a new thing
        # of someone's begins (not "the account for me and my husband is ..."); "text the
        # confirmation to me as well? 087 640 1129", "$380 inc gst. call 0419 226 874": a
        # business word's sentence is over
        before = hits[k]
        if before.label == KEEP and canon[before.start:before.end] in _MEASURES_AFTER_A_NUMBER \
                and not _A_NUMBER_BEFORE_RE.search(canon, max(0, before.start - 3),
                                                   before.start) \
                and postcode_shaped(cand.text):
            before = None  # "Winnipeg MB R3M 0G6": a province's letters, no measure
        elif before.label != KEEP and _A_PLACE_ON_THE_RE.search(
                canon, max(0, before.start - _PLACE_ON_REACH), before.start) \
                and _CLOSES_ITS_SENTENCE_RE.match(canon, before.end):
            before = None  # "a keyring on the zip. Inside there's a Dell XPS 13": where a thing
            # is, closing its sentence (not "the zip? 90210", "on the card the 8 ... And 308")
        elif canon[before.start:before.end] in _TIME_OF_DAY_AFTER:
            before = hits[k - 1] if k > 0 and cand.cstart - hits[k - 1].end <= window \
                and not _NEW_SENTENCE_RE.search(canon, hits[k - 1].end, cand.cstart) else None
            # a time's "pm" says nothing of a number after it: "PM me, 0418 ..." (what came
            # before it may: "the appointment is at 10 am, leeds ls1 4ap branch")
        elif canon.endswith("into", before.start, before.end) \
                and canon[before.end:cand.cstart].strip(" :") not in _INTO_WHAT:
            before = None  # "paid into 44712093", not "paid into my savings 1500"
        elif before.label == KEEP and len(cand.digits) >= _DESTINATION_DIGITS \
                and _MONEY_GOES_TO_RE.search(canon, before.end, cand.cstart) is not None:
            before = None  # "send the refund to my GCash 0927 318 6604", "the refund of 250
            # goes to 07700 900461": where the money goes, not how much (not "40 to 60 minutes")
        elif before.label == KEEP and k > 0 and hits[k - 1].label in CODE_TYPES \
                and _WHOSE_IT_IS_RE.fullmatch(canon, hits[k - 1].end, before.start) \
                and not _CLAUSE_PUNCT_RE.search(canon, before.end, cand.cstart) \
                and _ITS_OWN_NUMBER_RE.match(canon, before.end) is None \
                and _ITS_OWN_NUMBER_RE.search(canon, before.start, before.end) is None \
                and (hits[k - 1].label == "ZIP_CODE" or not cand.text[:1].isalpha()) \
                and all(w in _STILL_IS for w in canon[before.end:cand.cstart].split()):
            before = hits[k - 1]  # "the Eircode for the invoice still H91 K2P7": the thing
            # the value is for names whose it is, the cue before it what it is
        elif before.label == KEEP and window > PRE_WINDOW and k > 0 \
                and hits[k - 1].label != KEEP and cand.cstart - hits[k - 1].end <= window \
                and not _NEW_SENTENCE_RE.search(canon, hits[k - 1].end, cand.cstart):
            before = hits[k - 1]  # "my account number changed last year and it's 44120991":
            # what "it" restates is the value's cue, not a word of when on the way
        elif _WHEN_DONE_RE.search(canon, before.end, cand.cstart):
            before = None  # "Security question set on 3 May 2021": when, not what
        elif _a_time_of_the_clause(canon, before) and not _YEAR_RE.fullmatch(cand.text):
            before = hits[k - 1] if k > 0 and hits[k - 1].label != KEEP \
                and cand.cstart - hits[k - 1].end <= window \
                and not _NEW_SENTENCE_RE.search(canon, hits[k - 1].end, cand.cstart) else None
        elif canon[before.start:before.end] in _RECORDED_AS and (
                _UNIT_AFTER_RE.match(canon, cand.cend) is not None
                or (cand.kind == "number" and len(cand.digits) < _RECORDED_DIGITS
                    and _PERSON_WORDS.isdisjoint(canon[max(0, before.start - _RECORDED_REACH):
                                                       before.start].split()))
                or (k > 0 and before.start - hits[k - 1].end <= PRE_WINDOW)):
            # "the order on file as 114-2290871": what it is, not where it is recorded; and
            # "the mileage on file as 12,000 miles", "the meter reading is on file as 45213":
            # a measure or a reading (not "I've got you on file as 441209": someone's)
            before = hits[k - 1] if k > 0 and before.start - hits[k - 1].end <= PRE_WINDOW \
                else None
        elif before.label == "EMAIL_ADDRESS" and cand.kind != "email" \
                and _on_a_business_record(canon, before.end, cand.cstart):
            before = None  # "send it to the email on your quote, Q-2291": the quote's number,
            # not a handle read out without its domain
        elif before.label != KEEP and k > 0 and hits[k - 1].label == KEEP \
                and _THE_BUSINESS_S_VALUE_RE.fullmatch(canon, hits[k - 1].end, before.start) \
                and canon[before.end:cand.cstart] in (" ", "-", ""):
            before = hits[k - 1]  # "your enquiry number is acc 60218": the letters the
            # business's value opens with, no cue of its own
        elif k > 0 and _written_on(canon, hits[k - 1], before):
            before = hits[k - 1]  # "your account number on the invoice, 44120987", "the booking
            # reference on the passport page": where the value is written, not what it is (but
            # "charges on your card ending 7730": charges are no value's name)
    k = bisect_left(starts, cand.cend)
    if k < len(hits) and hits[k].start - cand.cend <= POST_WINDOW \
            and canon[hits[k].start:hits[k].end] not in NUMBER_INTRODUCERS \
            and not canon[hits[k].start:hits[k].end].endswith(_FORWARD_ONLY) \
            and _VALUE_HINT_RE.search(canon, cand.cend, hits[k].start) is None \
            and _CLAUSE_BREAK_RE.search(canon, cand.cend, hits[k].start) is None \
            and not (len(cand.digits) <= _PRICE_DIGITS
                     and _ASKS_ON_RE.search(canon, cand.cend, hits[k].start)) \
            and _names_back(canon, cand.cend, hits[k]) \
            and not (hits[k].label == KEEP and _said_when(canon, cand.cend, hits[k])) \
            and not _LABEL_COLON_RE.match(canon, hits[k].end) \
            and _BACKCHANNELS_AND.isdisjoint(canon[cand.cend:hits[k].start].split()):
        # but "DOB: 07/19/1991   SSN: ...": a label names what follows it, "P 623 418 907 215,
        # since ...": a clause's break ends a value, and "two two seven seven got it and a
        # mobile" asks for the next value
        after = hits[k]
    if before is None:
        return after
    if after is not None and KEEP not in (after.label, before.label) \
            and _LABELS_THE_NEXT_RE.match(canon, after.end):
        return before  # "my bank account last week, 501002347891 ifsc hdfc0001234": the word
        # after names the value after it
    contrast = after is not None and _CONTRAST_RE.search(canon, cand.cend, after.start)
    if after is not None and after.start - cand.cend < cand.cstart - before.end and (
            not contrast or (before.label == KEEP and not _OWN_VALUE_AFTER_RE.match(
                canon, after.end))):
        return after  # (but "date of birth on the form was 04/11/1987 but his passport says
    return before  # ...": a personal phrase before names it, the one after "but" the next;
    # privacy first, never a business's phrase before: "the order number they gave me was
    # 07912345678 but that's my number")


_LABEL_COLON_RE = rx.compile(r" ?(?:\. ?)?:")  # "SSN:", "NHS no.:"
# A new sentence that asks for the next value: "postage is 650. what's the eircode" (the
# question names what is to come, not the number before it).
_PRICE_DIGITS = 4  # "postage is 650. what's the eircode" (not "7712345. what's my policy ...")
_ASKS_ON_RE = rx.compile(r"[.?!] (?:and |so |now )?(?:what's|whats|what is|can i|could i|"
                         r"may i|and your|your)\b")
# Where a business word's money goes, or whose the value is: "to my gcash", "onto his mobile",
# "refund me on", "refund my gcash" right before a value no amount is as long as (no number
# before "to": "40 to 60 minutes" is a range).
_MONEY_GOES_TO_RE = rx.compile(
    r"(?<![\d,.] )\b(?:(?:to|into|onto|via|through|(?:me|us) on)"
    r"(?: (?:my|your|his|her|their|the))?"
    r"|my|his|her|their)"
    r"(?: [a-z]+){0,2},? $")
_DESTINATION_DIGITS = 7
_INTO_WHAT = frozenset(("", "account", "acct", "a/c", "account number", "acc", "the account",
                        "my account", "account no", "account no."))
_MEASURED_RE = rx.compile(r"(?<![\d/.-])\d[\d,]*(?:\.\d+)? $")  # "40 " before "minutes"


_ANSWER_OPENED_RE = rx.compile(r"\b(?:it's|its|it is|is) $")
# A bare "number" or "id" someone is invited to give or offers to give: "go ahead with the id
# whenever you're ready", "i will tell you the number, you note it" (not "the number of
# items", "i'll give you a call on that number").
_INVITED_OR_OFFERED_RE = rx.compile(
    r"(?:\b(?:go ahead|fire away|whenever you're ready|when you're ready)(?: with| and (?:read|"
    r"give|tell)(?: me| us)?(?: out)?)?|\b(?:i|i'll|we|we'll)(?: will| can| shall)? (?:tell|"
    r"give|read|spell|say)(?: you| it to you)?) (?:the|my|his|her|our|their) $")


def _measured_before(canon: str, hit: _Hit) -> bool:
    """A unit with its number right before it ("on hold 40 minutes but it's 529", "i paid 200
    euro from 085 123 4567"): what it measures is that number, not a long number or an answer
    opened after it (but "2 months the bill went from 80 to 140" is still about the bill)."""
    return _MEASURE_AFTER_RE.fullmatch(canon, hit.start, hit.end) is not None \
        and _MEASURED_RE.search(canon, max(0, hit.start - 16), hit.start) is not None
# A phrase ending in one of these points at what follows it only: "... well text a reminder to"
# says nothing of the confirmation code said before it.
_FORWARD_ONLY = (" to", " on", " at", " in", " with", "into", "ending",
                 *(f" {vehicle}" for vehicle in VEHICLE_WORDS))  # "14 payments left on my car"
# ... and words that only follow a number: a time's.
_TIME_OF_DAY_AFTER = frozenset(("am", "pm", "am .", "pm .", "o'clock", "oclock"))


def _names_back(canon: str, cend: int, hit: _Hit) -> bool:
    """May a phrase after a value name it? In its sentence, yes; past a sentence's end a label
    that opens the next ("44120991. Account number.") or a restatement ("That's my account
    number.") does, but not a business's word ("6210. CONSIGNMENT TNT-..."), another clause
    ("I'll email that too.") or a label with a value of its own ("EV6. The plate is FLX 482.")."""
    stop = _SENTENCE_END_RE.search(canon, cend, hit.start)
    if stop is None:
        return True
    between = canon[stop.end():hit.start].split()
    own_end = _SENTENCE_END_RE.search(canon, hit.end)
    return hit.label != KEEP and (not between or not _RESTATING.isdisjoint(between)) \
        and not _VALUE_HINT_RE.search(canon, hit.end, own_end.start() if own_end else len(canon))


_RECORDED_AS = frozenset(RECORDED_AS)
_RECORDED_DIGITS = 7
_RECORDED_REACH = 40  # characters before "on file as" where whose it is is said
_PERSON_WORDS = frozenset(("you", "your", "you're", "he", "she", "him", "her", "his", "they",
                           "them", "their", "i", "me", "my", "mum's", "dad's"))
# A number the business is to call, ring or text someone on, said within a few words of it
# ("which number should we call", not "which number did you ring": the one they dialled).
_CONTACTED_ON_RE = rx.compile(r"(?! of\b)(?: [a-z']+){0,3}? (?:we|us|i)(?: [a-z']+){0,3}? "
                              r"(?:call|ring|text|phone|reach|contact|whatsapp|dial)\b")
_TIME_UNITS = frozenset(("year", "years", "month", "months", "week", "weeks", "day", "days",
                         "time", "night", "weekend", "quarter", "appointment", "appointments",
                         "visit", "session"))
_WHEN_WORDS = frozenset(("last", "next", "this", "that", "every", "each"))


def _said_when(canon: str, cend: int, hit: _Hit) -> bool:
    """"I changed to 0712 345 678 last year": a time of the clause after a value, not the
    value's unit (but "07700 900461 is this order's reference": the business's)."""
    return canon[hit.start:hit.end] in _TIME_UNITS \
        and canon[cend:hit.start].rstrip().rpartition(" ")[2] in _WHEN_WORDS

def _a_time_of_the_clause(canon: str, hit: _Hit) -> bool:
    """"yes from last year w v s 55081": when something happened, said before a value, names
    no value (not "year 2019", "the appointment 4417")."""
    return canon[hit.start:hit.end] in _TIME_UNITS and canon[
        max(0, hit.start - _WHEN_REACH):hit.start].rstrip().rpartition(" ")[2] in _WHEN_WORDS


_WHEN_REACH = 8  # characters before a time's unit that hold its "last" or "next"
_WHEN_DONE_RE = rx.compile(r"\b(?:(?:set|changed|created|updated|added|opened|registered|reset|"
                           r"made)(?: up)? (?:on|in|since)|(?:expired|expires|expiring|issued|"
                           r"sent|generated|lapsed|lapses|ran out) (?:on|at))(?: the)? $")
_DATE_OR_DECIMAL_GOES_ON_RE = rx.compile(r"[/.,]\d")  # "12/03/1985", "12.50"
_NO_CODE_LETTERS = frozenset(("via", "call", "ring", "dial", "text", "per", "is", "was", "be"))
_RESTATING = frozenset(("my", "that's", "thats", "it's", "its", "that", "is", "was", "our",
                        "his", "her", "their", "the"))


def _labels_a_value(canon: str, end: int) -> bool:
    """A labelling noun names the value right after it when that is a reference's shape: its
    own letters ("dispute FD-40318", "job J 4471") or digits no phone number, date or amount
    has ("repair 55120"); not "the report to 07700 900123", "the repair on 12/03/1985"."""
    m = _LABELLED_VALUE_RE.match(canon, end)
    if m is None or _SOMEONES_AFTER_RE.match(canon, m.end()) \
            or STREET_RE.match(canon, m.start(2)) \
            or sum(ch.isdigit() for ch in m[2]) > _LABELLED_MAX_DIGITS \
            or m[2].count(" ") >= 2 or _DATE_OR_DECIMAL_GOES_ON_RE.match(canon, m.end()):
        return False  # not a phone's, a date's ("3 4 1985", "12/03/1985") or a postcode's
    prefix, digits = m[1], m[2]
    if prefix is not None:  # letters of a code, not a word before a number: "to", "call"
        return prefix not in FUNCTION_WORDS and prefix not in _NO_CODE_LETTERS and (
            len(prefix) <= 3 or name_class(prefix) != "E")
    return not digits.startswith("0")


def _labelling_noun(phrase: str) -> bool:
    """A labelling noun, possessive or plural too ("the job's", "quotes")."""
    bare = phrase.removesuffix("'s").removesuffix("’s")
    return bare in LABELLING_NOUNS or (bare.endswith("s") and bare[:-1] in LABELLING_NOUNS)


def _past_its_value(canon: str, start: int, end: int) -> bool:
    """Between a business word and a value, the word's own value and a new clause or sentence:
    "re complaint CMP-33019, use textphone 01632 960118" (but "orders 5521, 5530")."""
    brk = _CLAUSE_BREAK_RE.search(canon, start, end)
    if brk is not None and _VALUE_HINT_RE.search(canon, start, brk.start()) is not None \
            and _LONG_WORD_RE.search(canon, brk.end(), end) is not None:
        return True
    stop = _FULL_STOP_RE.search(canon, start, end)  # "it costs $200. 0418 562 930": its
    return stop is not None and _VALUE_HINT_RE.search(canon, start, stop.start()) is not None
    # sentence is over, whatever opens the next


def _words_past_its_value(canon: str, start: int, cand: Candidate) -> bool:
    """Between a business word and a long number, the word's own value and words of another
    thing: "paid 1 450 kr by Swish from 070-123 45 67" (but "tickets 5521 and 5530")."""
    if len(cand.digits) < _LONG_NUMBER_DIGITS:
        return False
    own = _OWN_VALUE_THEN_WORDS_RE.search(canon, start, cand.cstart)
    return own is not None and own.end() == cand.cstart


def _new_clause(canon: str, start: int, end: int) -> bool:
    """Between a cue and a value, a verb ends the cue's clause and "and your ..." starts another:
    "your pin stays the same and your 2499 rate"."""
    m = _NEW_PHRASE_RE.search(canon, start, end)
    return m is not None and not _STATING.isdisjoint(canon[start:m.start()].split())


_HANDLE_DIGITS_RE = rx.compile(r" \d{1,4}(?= (?:and|then|or|but|so|the|which|it|is)\b|[,.?!]|$)")


def _handles_with_digits(norm: Normalized, found: list[tuple[Finding, int]]) -> None:
    """The digits said after a login go with it: "changed from wpemberton eighty eight and
    ..." (the handle "wpemberton88")."""
    for k, (f, cend) in enumerate(found):
        if f.type == "USERNAME" and (m := _HANDLE_DIGITS_RE.match(norm.canonical, cend)):
            found[k] = (Finding(f.type, f.start, norm.to_original(cend, m.end())[1], f.score),
                        m.end())


def _names_inside_handles(original: str, found: list[tuple[Finding, int]]) -> None:
    """A name found inside a handle takes the whole handle: "(angus_runs_NS)", "is
    dr.okonkwo.locum" (a login or an address of the person; the rest of it is no less theirs)."""
    for k, (f, cend) in enumerate(found):
        if f.type != "PERSON":
            continue
        m = _HANDLE_AROUND_RE.match(original, _token_start(original, f.start))
        if m is None or m.end() < f.end or not (
                original[f.start - 1:f.start] in _HANDLE_JOINS
                or original[f.end:f.end + 1] in _HANDLE_JOINS):
            continue
        found[k] = (Finding("USERNAME", m.start(), max(m.end(), f.end), f.score), cend)


def _token_start(original: str, at: int) -> int:
    while at > 0 and not original[at - 1].isspace() and original[at - 1] not in "([<\"'":
        at -= 1
    return at


_HANDLE_JOINS = frozenset(("_", "."))
# A handle: word characters joined by "_" or by "." before a small letter or a digit (not a
# sentence's full stop before a space or a capital: "Spoke to Kevin.He said"),
# "dr.okonkwo.locum", "angus_runs_NS".
_HANDLE_AROUND_RE = rx.compile(r"\w+(?:(?:_|\.(?=[a-z0-9]))\w*)+")


def _contact_names(norm: Normalized, found: list[tuple[Finding, int]]
                   ) -> list[tuple[Finding, int]]:
    """A name opening a sentence, then a comma and a phone number or an e-mail: whom to
    contact ("Actually use my wife's. Temi, 07700 900123."): a word the name data holds or,
    in cased text, a capitalised one no data knows."""
    contacts = {f.start for f, _ in found if f.type in ("PHONE_NUMBER", "EMAIL_ADDRESS")}
    if not contacts:
        return []
    pieces, cased = norm.pieces, mixed_case(norm.original)
    taken = SpanIndex([(f.start, f.end) for f, _ in found])
    out = []
    for k in range(len(pieces) - 2):
        piece = pieces[k]
        if pieces[k + 1].text != "," or pieces[k + 2].start not in contacts \
                or piece.kind != "word" or (k and pieces[k - 1].text not in _SENTENCE_OPENERS) \
                or taken.overlaps(piece.start, piece.end):
            continue
        kind, word = name_class(piece.text), piece.text
        if word in FILLERS or word in AFFIRMATIVES or word in ENDEARMENTS or word in _PRAISE \
                or word in MONTHS or word in WEEKDAYS:
            continue  # "Lovely, 07700 900123", "Sure, ...", "Sunday, ..."
        if kind == "N" or (kind == "W" and cased and capitalised(piece, cased) and any(
                p.text.removesuffix("'s") in FAMILY for p in pieces[:k])):
            out.append((Finding("PERSON", piece.start, piece.end, SCORE_EXPECTED), 0))
    out.extend(_reached_at(norm, found, contacts, taken, cased))
    return out


def _reached_at(norm: Normalized, found: list[tuple[Finding, int]], contacts: set[int],
                taken: SpanIndex, cased: str) -> list[tuple[Finding, int]]:
    """A capitalised word right before "at" or "on" and an e-mail or a phone number: whom to
    reach there ("Send the scores to Tavita at tavita.r@...", "questions to Siosaia on 021
    ..."): a given name of the name data; before an e-mail, the address's own name too (not
    "Sales at sales@...", "email Ofgem at enquiries@...", "Contact Xero at 0800 ...": a firm's
    desk)."""
    pieces, out = norm.pieces, []
    emails = {f.start: fold_chars(norm.original[f.start:f.end].split("@")[0].lower())
              for f, _ in found if f.type == "EMAIL_ADDRESS"}
    for k in range(1, len(pieces) - 2):
        piece = pieces[k]
        if pieces[k + 1].text not in ("at", "on") or pieces[k + 2].start not in contacts \
                or piece.kind != "word" or not piece.text.isalpha() \
                or not (cased and capitalised(piece, cased)) \
                or taken.overlaps(piece.start, piece.end) or piece.text in FUNCTION_WORDS \
                or piece.text in ORG_SUFFIXES or piece.text in BUSINESS_FUNCTIONS \
                or piece.text in MONTHS or piece.text in WEEKDAYS \
                or pieces[k - 1].text not in _REACHED_BY:
            continue
        kind = name_class(piece.text)
        local = emails.get(pieces[k + 2].start)
        if local is not None:
            if kind == "N" or (len(piece.text) > 2 and piece.text in local and (
                    local != piece.text or not common_word(piece.text))):  # (not "sales@")
                out.append((Finding("PERSON", piece.start, piece.end, SCORE_EXPECTED), 0))
        elif kind == "N" or (kind == "W" and not everyday_word(piece.text)) or (
                pieces[k - 1].text in _TEXTED and not common_word(piece.text)):
            # (a word no list knows, texted: "text Malia on ..."; firms are called)
            out.append((Finding("PERSON", piece.start, piece.end, SCORE_EXPECTED), 0))
    return out


_TEXTED = frozenset(("text", "txt", "whatsapp", "message"))
# Words before whom a message goes to: "send it to Tavita at ...", "email Sione on ...".
_REACHED_BY = frozenset(("to", "contact", "email", "e-mail", "text", "call", "ring", "message",
                         "ask", "reach", "phone", "whatsapp", "cc", "from", "or", "and", ","))


_SENTENCE_OPENERS = frozenset((".", "!", "?", ":", ";", "—", "-"))
_PRAISE = frozenset(("cool", "ace", "fab", "champion", "grand", "sweet", "nice", "great",
                     "perfect", "brilliant", "super", "excellent", "lovely"))


def _towns_kept(original: str, found: list[tuple[Finding, int]]) -> list[tuple[Finding, int]]:
    """A word set by commas between a street address and its postcode that the place data
    holds, English holds or no data knows is the town ("[14 Cedar Lane], Lincoln, [NE 68508]",
    "..., Ntinda, ...", "..., Edinburgh EH2 2PR"), not a person; one the data knows as a name
    stays one, privacy first ("12 Oak Road, Priya, 90210")."""
    ends = sorted(f.end for f, _ in found if f.type == "ZIP_CODE")
    if ends:
        found = [(f, c) for f, c in found if f.type != "PERSON"
                 or not _town_of_a_postcode(original, ends, f)]
    streets = sorted(f.end for f, _ in found if f.type == "STREET_ADDRESS")
    if streets:
        found = [(f, c) for f, c in found if f.type != "PERSON"
                 or not _town_of_a_street(original, streets, f)]
    postcodes = sorted(f.start for f, _ in found if f.type == "ZIP_CODE")
    if not streets or not postcodes:
        return found

    def a_town(f: Finding) -> bool:
        k = bisect_right(streets, f.start) - 1  # the street that ends last before it
        j = bisect_left(postcodes, f.end)  # the postcode that starts first after it
        return k >= 0 and j < len(postcodes) and f.start - streets[k] <= _TOWN_GAP \
            and postcodes[j] - f.end <= _TOWN_TO_POSTCODE \
            and original[streets[k]:f.start].strip() == "," \
            and _between_town_and_postcode(original[f.end:postcodes[j]]) \
            and _a_town_s_words([name_class(word) for word in
                                 original[f.start:f.end].lower().split()])

    return [(f, c) for f, c in found if f.type != "PERSON" or not a_town(f)]


def _a_town_s_words(classes: list[str]) -> bool:
    """Words a town's name may be made of: places', English or unknown words, and a word that
    is a name too beside an English one ("Round Rock", "Rock Hill"; not "Grace" alone)."""
    return all(kind in ("P", "E", "", "W") for kind in classes) \
        and any(kind in ("P", "E", "") for kind in classes)


def _town_of_a_postcode(original: str, postcode_ends: list[int], f: Finding) -> bool:
    """"s y eight one r w that's ludlow", "EH2 2PR, which is Edinburgh": the town a postcode
    is said to be, one word ending the sentence (not "... that's ludlow's office"), and the
    town written right after its postcode, as much of Europe writes it ("1100-420 Lisboa",
    "75001 Paris"); `postcode_ends` sorted, the nearest before it looked at only (a long text
    has many)."""
    said = original[f.start:f.end]
    if len(said.split()) > _TOWN_WORDS or "'" in said:
        return False
    rest = original[f.end:f.end + 2].strip()
    k = bisect_right(postcode_ends, f.start) - 1  # the postcode that ends last before it
    if not ((not rest or rest[0] in ".,;!?") and k >= 0
            and f.start - postcode_ends[k] <= _TOWN_GAP_AFTER_A_POSTCODE):
        return False
    gap = original[postcode_ends[k]:f.start]
    return _TOWN_OF_A_POSTCODE_RE.fullmatch(gap.lower()) is not None \
        or (gap == " " and said[:1].isupper() and not said.isupper()
            and name_class(said.lower()) in ("P", "E", ""))  # (but "M1 1AE Mohammed")


def _town_of_a_street(original: str, street_ends: list[int], f: Finding) -> bool:
    """"ships to 212 Magnolia Way in Thibodaux, is that right?": the town a street is said to
    be in, one word closing the clause that no name data holds as a name only (not "... in
    Jordan's name", "... in Priya.")."""
    said = original[f.start:f.end]
    if len(said.split()) > 1 or "'" in said or name_class(said.lower()) == "N":
        return False  # (a town the name data holds only as a name stays redacted)
    rest = original[f.end:f.end + 2].strip()
    k = bisect_right(street_ends, f.start) - 1
    return (not rest or rest[0] in ".,;!?") and k >= 0 \
        and original[street_ends[k]:f.start].lower() in (" in ", ", in ")


_TOWN_WORDS = 1  # (not "LS6 2AB, that's Priya Shah")
_TOWN_GAP_AFTER_A_POSTCODE = 16  # characters: ", which is "
_TOWN_OF_A_POSTCODE_RE = rx.compile(r"[ ,]*(?:that's|thats|that is|which is|in)[ ,]*")
_TOWN_GAP = 4  # characters between a street and its town: ", "
_TOWN_TO_POSTCODE = 40  # ... and between the town and its postcode: ", Nebraska, "


def _between_town_and_postcode(gap: str) -> bool:
    """A comma, maybe a state or a province and another comma: ", " or ", Nebraska, "; or
    only a space."""
    if not gap.strip():
        return True  # "Edinburgh EH2 2PR"
    named = [part.strip() for part in gap.split(",")[1:] if part.strip()]
    return gap.strip().startswith(",") and len(named) <= 1 and all(
        not any(ch.isdigit() for ch in part) and len(part.split()) <= 2 for part in named)
    # (not ", Bacoor, Cavite": then the word before was part of the street's line)


def _merge(findings: list[Finding]) -> list[Finding]:
    """Sort findings and merge overlaps into one span (privacy first: the union)."""
    findings.sort(key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    for f in findings:
        if merged and f.start < merged[-1].end:
            last = merged[-1]
            keep = last if last.score >= f.score else f
            merged[-1] = Finding(keep.type, last.start, max(last.end, f.end), keep.score)
        else:
            merged.append(f)
    return merged

