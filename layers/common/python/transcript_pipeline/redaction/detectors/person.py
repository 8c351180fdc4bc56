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

from functools import lru_cache
from itertools import pairwise

from .. import patterns as rx
from ..lexicon import (
    ACCENTED_ENGLISH,
    AFFIRMATIVES,
    AFTERTHOUGHTS,
    BUSINESS_FUNCTIONS,
    BUSINESS_HOLDINGS,
    BUSINESS_REFERENCES,
    CONTACT_VERBS,
    CONTEXT_PHRASES,
    CORRECTION_OPENERS,
    CURRENCY_SIGNS,
    DWELLING_WORDS,
    ENDEARMENTS,
    EXCLAIMING,
    EXCLAMATIONS,
    FILLERS,
    FIRM_OPENERS,
    FOREIGN_TITLES,
    FUNCTION_WORD_NAMES,
    FUNCTION_WORDS,
    GREETING_WORDS,
    HOUSE_NAME_WORDS,
    JOB_TITLES,
    MEETING_WORDS,
    MODEL_LINE_WORDS,
    MONTHS,
    NAME_CLOSERS,
    NAME_PARTICLES,
    NON_NAME,
    OPENING_GREETINGS,
    ORG_SUFFIXES,
    PAST_TENSE_VERBS,
    PERSON_VERBS,
    PUTTING_OFF_WORDS,
    SAINT_PLACES,
    SAINT_WORDS,
    SPEAKER_ROLES,
    STREET_LINE_SUFFIXES,
    STREET_SUFFIXES,
    TITLES,
    VEHICLE_MAKES,
    WEEKDAYS,
    WHEN_SPOKEN,
)
from ..names import (
    common_word,
    everyday_word,
    name_class,
    other_calendar_words,
    place_phrases,
    place_ranges,
)
from ..normalize import NATO_LETTERS, NUMBER_WORDS, Piece
from .username import SPOKEN_JOINERS

# Who a name belongs to, said before "name" as a form's label is.
_NAME_HOLDERS = ("holder", "holders", "holder's", "cardholder", "cardholders", "cardholder's",
                 "policyholder", "policyholders", "policyholder's", "customer", "customer's",
                 "patient", "patient's", "passenger", "passenger's", "guest", "guest's",
                 "tenant", "tenant's", "member", "member's", "beneficiary", "applicant",
                 "caller", "caller's", "driver", "driver's", "full")
# What a name is on: "the name on the booking is ...".
_NAMED_THINGS = ("card", "account", "booking", "policy", "reservation", "ticket", "order",
                 "lease", "claim", "passport", "licence", "license", "cheque", "check", "file")
# Whose name it is, said as a label: "account holder name faith banks", "the name on the card
# is hope fields"; a word that is no name after it is a comment ("... is wrong").
_WHOSE_NAME_LABELS = frozenset((
    *((holder, "name") for holder in _NAME_HOLDERS),
    *(("name", "on", "the", thing, *verb) for thing in _NAMED_THINGS for verb in ((), ("is",)))))
# Cues after which a name follows whatever the rest of the utterance looks like.
_STRONG = (
    ("my", "name", "is"), ("my", "name's"), ("my", "names"), ("name", "is"), ("name's",),
    ("the", "name", "is"),
    ("name", "was"), ("names", "are"), ("names", "were"),
    ("surname", "is"), ("call", "me"),
    # a name labelled as what it is: "chen, first name ivy", "middle name hope"
    ("1st", "name"), ("first", "name"), ("middle", "name"), ("given", "name"),
    ("family", "name"), ("last", "name"),
    *_WHOSE_NAME_LABELS,
    ("mr",), ("mrs",), ("ms",), ("miss",), ("mister",), ("doctor",), ("dr", "."), ("dr",),
    ("prof", "."), *((title,) for title in sorted(FOREIGN_TITLES | JOB_TITLES)),
    *((title, ".") for title in sorted(FOREIGN_TITLES | JOB_TITLES) if len(title) <= 4),
    # ("Rev. Faʻamoe Leota", "Capt. Ngata": an abbreviation's full stop)
    ("speaking", "with"),
    ("speaking", "to"), ("talking", "to"), ("talking", "with"), ("ask", "for"),
)
# ... of which those after which a common word is what is spoken of or asked for
_CONVERSING = frozenset((("speaking", "with"), ("speaking", "to"), ("talking", "to"),
                         ("talking", "with"), ("ask", "for")))
# Family and other relations: a name may follow ("my wife chiamaka"), but so may anything
# ("my son wanted"), so the first word must not be a common word. After "my son is" anything
# may follow ("sick", "away"): there only a capitalised word in mixed-case text is a name.
_RELATIONS = frozenset((
    "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad",
    "partner", "brother", "sister", "grandmother", "grandfather", "colleague", "friend",
    "boss", "manager", "neighbour", "neighbor", "fiance", "fiancee", "cousin", "nephew", "niece",
    "uncle", "aunt", "auntie", "aunty", "grandson", "granddaughter", "grandma", "grandpa",
    "granny", "nan", "nana", "stepson", "stepdaughter", "stepmother", "stepfather", "stepdad",
    "stepmom", "stepmum", "boyfriend", "girlfriend", "flatmate", "roommate", "housemate",
    "carer", "caregiver", "twin", "spouse", "landlord", "landlady", "tenant", "kid", "child",
    "baby", "godson", "goddaughter", "godmother", "godfather", "bestie", "mate", "buddy",
    "coworker", "workmate", "pal", "classmate", "teammate", "sibling", "stepbrother",
    "stepsister", "bff", "lodger", "nanny", "babysitter", "mam", "mammy", "mummy", "mama",
    "papa", "daddy", "grandad", "granddad", "nanna", "nonna", "abuela", "abuelo", "amma", "appa",
    "lad", "lass", "missus", "hubby", "bairn", "wean", "eldest", "youngest", "oldest",
    "gran", "granda", "grandpops", "gramma", "grammy", "grampa", "gramps", "nonno", "oma", "opa",
    "lola", "lolo", "abuelita", "abuelito", "babcia", "dziadek", "yiayia", "papou", "nani",
    "dadi", "bubbe", "zayde", "ouma", "oupa", "tita", "tito", "ninang", "ninong", "moko",
    "mokopuna", "kuya", "chacha", "chachi", "mausi", "tia", "tio", "pamangkin", "pinsan",
    "apo", "bunso", "uso"))
# Whose family someone is: "it's summer, rose's mum" names rose.
FAMILY = _RELATIONS - {"colleague", "friend", "boss", "manager", "neighbour", "neighbor"}
_POSSESSIVES = ("my", "her", "his", "their", "our")
# Relations by marriage: "my father-in-law, Venkataraman", "my sister in law Thandi".
_IN_LAWS = ("mother", "father", "son", "daughter", "brother", "sister", "parents")
_IN_LAW_FORMS = (("-", "in", "-", "law"), ("in", "law"), ("-", "in", "-", "laws"),
                 ("in", "laws"))
_RELATION: tuple[tuple[str, ...], ...] = (
    *((p, r) for p in _POSSESSIVES for r in sorted(_RELATIONS)),
    *((p, r, *form) for p in _POSSESSIVES for r in _IN_LAWS for form in _IN_LAW_FORMS),
    ("account", "is", "under"), ("under", "the", "name"), ("in", "the", "name", "of"),
    *(("in", owner, "name") for owner in _POSSESSIVES),  # "it's in my name shivawn o'brien"
    ("holder", "is"), ("cardholder", "is"), ("authorized", "user", "is"),
    ("authorised", "user", "is"), ("speak", "with"), ("speak", "to"), ("talk", "to"),
    ("talk", "with"), ("he's", "called"), ("she's", "called"), ("he", "is", "called"),
    ("she", "is", "called"), ("he's", "named"), ("she's", "named"),
    ("of", "mine"), ("of", "ours"),  # "a friend of mine ngozi", "a neighbour of ours, Tui"
    ("signed", "by"), ("signed", "for", "by"), ("received", "by"),  # "... signed by ivy"
    *(_DONE_BY := tuple((done, "by") for done in (
        "approved", "authorised", "authorized", "checked", "prepared", "logged", "raised",
        "countersigned", "witnessed", "packed", "weighed", "inspected", "counted", "verified",
        "reviewed", "processed", "picked", "measured", "sealed", "scored", "graded", "sorted",
        "tasted", "stitched", "labelled", "labeled", "loaded", "dyed", "roasted", "cupped",
        "trimmed", "polished", "glazed", "baked", "sewn", "woven", "carved", "knitted"))),
)
# "he's Tomás Ruiz": anything may follow ("he's sick"), so only a capitalised word in
# mixed-case text (not title case) is a name.
_PRONOUN = (("he's",), ("she's",), ("he", "is"), ("she", "is"))
# How an answer that is a recollection opens: "(your landlord's name?) that'd be tolu".
_WOULD_BE = (("that'd", "be"), ("thatd", "be"), ("that", "would", "be"), ("it'd", "be"),
             ("it", "would", "be"), ("that'll", "be"), ("that", "will", "be"))
# Cues that introduce a name only at the start of an answer or when a name was asked for.
_WEAK = (
    ("this", "is"), ("it's",), ("its",), ("it", "is"), ("it", "was"), ("i'm",), ("im",),
    ("i", "am"), ("thanks",), ("thank", "you"), ("hi",), ("hello",), ("hey",), ("under",),
    *_WOULD_BE,
)
# Weak cues that only open an answer, with a name-like word next: "yes under wade baker" (not
# "covered under delta dental"), and, where a name was asked for, "it was coral" (not "it was
# parked"). Value: whether a question for a name must be open.
_ANSWER_CUES = {("under",): False, ("it", "was"): True} | dict.fromkeys(_WOULD_BE, True)
# Words after a name that make "<cue> <words> <closer>" an introduction wherever it stands:
# "billing, this is Kwame Mensah speaking".
_INTRO_CLOSERS = frozenset(("speaking", "calling", "here", "with", "from"))
_WHERE_FROM = frozenset(("with", "from"))  # closers a verb takes too: "i'm staying with"
_VERB_ENDINGS = ("ing", "ed")
# An agent's greeting before "this is" or "i'm" makes it an introduction mid-utterance:
# "thank you for calling fabrikam bank this is marcus how may i help".
_AGENT_GREETINGS = (("for", "calling"), ("you've", "reached"), ("have", "reached"),
                    ("welcome", "to"), ("through", "to"))
_GREETING_REACH = 8  # words between the greeting and the cue: the company's name
_SELF_CUES = frozenset((("this", "is"), ("i'm",), ("im",), ("i", "am")))
_I_AM = frozenset((("i'm",), ("im",), ("i", "am")))
_ASKED_AFTER_A_PAIR = frozenset(("please", "pls", "plz", ","))
_ROLE_MODIFIERS = frozenset(("sole", "joint", "main", "lead", "co", "named", "the", "a", "an"))
_CUES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _kind, _group in (("strong", _STRONG), ("weak", _WEAK), ("relation", _RELATION),
                      ("pronoun", _PRONOUN)):
    for _cue in _group:
        _CUES.setdefault(_cue[0], []).append((_cue, _kind))
for _first in _CUES:  # the longest cue first: "my sister in law ...", then "my sister ..."
    _CUES[_first].sort(key=lambda entry: -len(entry[0]))
_MAX_NAME_WORDS = 4
_GREETINGS = frozenset(("hi", "hello", "hey", "morning", "afternoon", "evening", "thanks"))
_NAMING = frozenset(("named", "called"))  # "my daughter named ..."
_IS_CALLED_BY = frozenset(("he's", "she's", "hes", "shes"))  # "... she's called Mo"
_TOLD = frozenset(("tell", "told", "remind", "message", "messaged", "text", "texted"))
_ASKED = _TOLD | {"ask", "asked", "reminded", "get", "let", "ping"}
# Told words that are nouns too: a verb only after its subject, a modal, "to" or "please".
_NOUN_OR_VERB = frozenset(("message", "text"))
_BEFORE_A_VERB = frozenset(("i", "i'll", "we", "we'll", "you", "you'll", "he", "she", "they",
                            "can", "could", "will", "would", "should", "to", "please", "just",
                            "and", "then", "pls", "i'd", "we'd", "you'd", "gonna", "also"))
# Who the person told is, said right after them: "tell hope my trainer ...".
_GIVING = frozenset(("give", "gave", "giving", "gives", "giv"))
_NEEDING = frozenset(("need", "needs", "needed", "wants", "want", "wanted"))
_GIVEN_TO_PEOPLE = frozenset(("lift", "hug", "hand", "cuddle", "kiss", "squeeze", "haircut"))
_CALLS_GIVEN = frozenset(("call", "ring", "shout", "bell", "text", "buzz"))
_TOLD_WHAT_ONLY = frozenset(("about", "the"))  # what is told, not who the person is
_TOLD_ABOUT = frozenset(("my", "our", "your", "his", "her", "their")) | _TOLD_WHAT_ONLY
_OWNERS_TOLD = frozenset(("his", "her"))  # "tell Rawiri his booking moved": a person's (a
# firm's may be "their")
_SPELLING = frozenset(("name", "spell", "spelled", "spelt", "spelling"))
_SPOKEN_HYPHENS = frozenset(("dash", "hyphen"))


def _is_name_word(piece: Piece, excluded: frozenset[str] = NON_NAME) -> bool:
    if piece.kind == "spelled":
        return True
    text = piece.text
    return piece.kind == "word" and text.replace("'", "").isalpha() and text not in excluded \
        and (len(text) > 1 or text in NAME_PARTICLES) \
        and not _contracted_function_word(text)  # "ciaran o suilleabhain"


_CONTRACTED = ("'ve", "'re", "'ll", "'d", "'m", "n't")
_NAME_CONTRACTIONS = ("'ll", "'d", "'ve")  # what a name is contracted with in speech


_PEOPLE_DO = PERSON_VERBS | PAST_TENSE_VERBS
_HEDGES_AFTER_A_NAME = (("i", "think"), ("i", "believe"), ("i", "reckon"), ("i", "guess"),
                        ("was", "it"), ("or", "something"))
_WHERE_A_PLACE_IS = frozenset(("in", "inside", "outside", "near", "around", "at"))  # not who
# Verbs of people that, as past participles, are also done to things in a note's shorthand
# ("Collection booked", "Contract signed", "Code texted"): after a word no name data holds,
# a thing's.
_DONE_TO_THINGS_TOO = frozenset((
    "booked", "signed", "approved", "arranged", "dropped", "picked", "popped", "confirmed"))


def _done_by_a_person(word: str) -> bool:
    """A verb after a name that is no name itself ("mr boyle took my statement", "mrs okafor
    rang"; not "nancy drew", "tran van hung")."""
    return (word in _PEOPLE_DO or (word.endswith("ed") and len(word) > _SHORT_LY)) \
        and name_class(word) == "E"  # "nurse kate checked it"


def _titled_name(pieces: list[Piece], title: int, cased: str) -> bool:
    """Is a job title used as one, before a name: no article or owner before it ("the coach
    friday", "my coach sunday league", "a Nurse Appointment"), and after it a word that can
    be a name: no common word, place, day, month, letter or verb ("coach d seat 4", "captain
    america", "officer said"). ("a doctor appointment" still loses its noun: the English word
    list holds some surnames, "abernathy", and privacy comes first where "doctor" has always
    named someone.)"""
    k = title + 1
    if k < len(pieces) and pieces[k].text == ".":
        k += 1
    if k + 1 < len(pieces) and pieces[k].text in _GAELIC_PARTICLES \
            and pieces[k + 1].kind == "word" and name_class(pieces[k + 1].text) != "E":
        k += 1  # "Dear Councillor Ní Bhriain": the surname after its particle
    if (title > 0 and pieces[title - 1].text in _DETERMINERS) or k >= len(pieces):
        return False
    word = pieces[k].text
    return _is_name_word(pieces[k]) and len(word) > 1 and word not in FUNCTION_WORDS \
        and word not in _NOT_GIVEN and word not in _PEOPLE_DO \
        and name_class(word) not in ("E", "P") \
        and (k + 1 >= len(pieces) or pieces[k + 1].text not in ("to", "from"))  # "the coach
    # birmingham to leeds": a route


_GAELIC_PARTICLES = frozenset(("ni", "nic", "ui", "ua", "mac", "mc"))  # a woman's or a
# family's surname after a title: "Councillor Ní Bhriain" (not "Captain O Neill rang")
_LIST_LABEL_REACH = 60  # words back to a list's label ("Safety boat: Ochirbat and ...")
_QUESTION_REACH = 15  # words of a question put to someone by name
_YES_NO_OPENERS = frozenset(("ok", "okay", "can", "could", "will", "would", "is", "are", "do",
                             "does", "did", "shall", "should", "any", "have", "has", "pls",
                             "please"))
_LIKELY = frozenset(("probably", "likely", "definitely", "usually", "normally", "still",
                     "again", "also"))
# What a role is qualified by, before whom it is said to be: "the instructor for your area is".
_ROLE_SCOPES = frozenset(("for", "in", "at", "on", "from", "covering"))
_PLACED_ROLE_REACH = 5  # "the engineer for the north east area is": the role, up to four back


def _contracted_function_word(text: str) -> bool:
    """"you've", "they're", "didn't", "where's" (not "thanks aroha you've been great"); a name
    contracted stays one ("my husband Nick'll be home")."""
    if text.endswith("'s"):
        return text[:-2] in FUNCTION_WORDS  # "hold on kofi where's the letter"
    if not text.endswith(_CONTRACTED):
        return False
    stem = text[:-3] if text.endswith(("'ve", "'re", "'ll", "n't")) else text[:-2]
    return stem in FUNCTION_WORDS or name_class(stem) == "E" or text.endswith("n't")


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
        if (not _is_name_word(pieces[j], excluded) and not _given_before_surname(pieces, j)) \
                or _date_starts(pieces, j) or (words and (
                    _afterthought(pieces[j].text) or _done_by_a_person(pieces[j].text))):
            break
        j += 1
        words += 1
        # "jean-pierre", "al-hassan": a hyphen glued between two name words.
        if j + 1 < len(pieces) and pieces[j].text == "-" and _is_name_word(pieces[j + 1]):
            j += 1
    if sure and words == 1 and j < len(pieces) and pieces[j].kind == "word" \
            and pieces[j].text.isalpha() and pieces[j].text not in _NOT_SURNAMES \
            and pieces[j].text not in AFTERTHOUGHTS \
            and (j + 1 == len(pieces) or pieces[j + 1].kind == "punct"
                 or pieces[j + 1].text in _SLOT_CLOSERS):
        j += 1  # "my name is sam little and ...", "it's faith little", "hunter blakely": a
        # surname, a word too (even one that ends like an adverb, where the answer ends)
    while j > k and pieces[j - 1].text in NAME_PARTICLES:
        j -= 1  # "maria de" then a stop word: the particle is not part of the name
    if j > k and pieces[k].text in NAME_PARTICLES \
            and not (sure and any(p.text not in NAME_PARTICLES for p in pieces[k:j])):
        return k  # a surname may open with one ("my name is de la cruz"), a guess may not
    return j


_SHORT_ED = 4  # letters: "reed", "fred" may be names, "loved", "moved" are verbs
_SHORT_LY = 5  # letters: "early", "daily" may be surnames, "lately", "recently" are not


def _afterthought(word: str) -> bool:
    """A word that ends a clause about a person rather than naming them: "i was talking to
    kevin yesterday", "my wife too", "my husband unfortunately"."""
    return word in AFTERTHOUGHTS or (len(word) > _SHORT_LY and word.endswith("ly")
                                     and name_class(word) == "E")  # not "pat early"


_SMALL_WORDS = FUNCTION_WORDS | FILLERS
_DASHES = frozenset(("-", "–", "—"))
_SIGN_OFF_BEFORE = frozenset((".", "!", "?", "-", "–", "—", "x", "xx", "xxx"))  # "... xx Mere"
_BULLETS = frozenset(("-", "•", "*", ">", "–"))
OWNERS = frozenset(("my", "your", "our", "his", "her", "their", "the", "a", "an", "its"))


def _given_before_surname(pieces: list[Piece], j: int) -> bool:
    """A month or a name that is a word too, before a name only a person has, is a given name:
    "I'm Jun Hao", "its cash thibodeaux"."""
    return (pieces[j].text in MONTHS or name_class(pieces[j].text) == "W") \
        and j + 1 < len(pieces) and pieces[j + 1].kind == "word" \
        and name_class(pieces[j + 1].text) == "N" \
        and _SMALL_WORDS.isdisjoint((pieces[j].text, pieces[j + 1].text))  # not "um im"


def _date_starts(pieces: list[Piece], j: int) -> bool:
    """A month and a number: "abigail nakamura march second ..." ends the name before it."""
    return pieces[j].text in MONTHS and j + 1 < len(pieces) \
        and pieces[j + 1].kind in ("number", "ordinal")


def find_name_end(pieces: list[Piece], k: int, cased: str = "") -> int:
    """Index after the name words that start at `k` (at most two, and what a hyphen glues to
    them: "adebayo-williams"; k when there are none). A plain English word is no part of it
    unless a capital says so: "noel phoned me" is noel, "Rory Fields" is whole; in text with
    capitals, a word that is a name too needs its capital ("Can Frank come Thursday?"), and so
    does one made of a word ("Could Ravi resend it?"). A handle
    spoken around the name goes with it: "h sasaki underscore s f"."""
    j = k
    words = 0
    while j < len(pieces) and words < 2 and pieces[j].kind == "word" \
            and _is_name_word(pieces[j]) and (capitalised(pieces[j], cased) or (
                name_class(pieces[j].text) not in ("E", "W" if cased else "E"))) \
            and (j == 0 or _next_field(pieces, j - 1, j + 1) != j) \
            and not (cased and not capitalised(pieces[j], cased) and (
                hyphen_prefix(pieces, j) or (name_class(pieces[j].text) == ""
                                             and not unknown_word(pieces[j].text)))) \
            and not _code_prefix(pieces, j) and not _day_of_a_date(pieces, j) \
            and (capitalised(pieces[j], cased)
                 or pieces[j].text not in _WHAT_A_PERSON_CAN_DO):  # ("can priya come in")
        j += 1
        words += 1
        if j + 1 < len(pieces) and pieces[j].text == "-" and _is_name_word(pieces[j + 1]):
            j += 2
    while j + 1 < len(pieces) and pieces[j].text in SPOKEN_JOINERS \
            and pieces[j + 1].kind in ("word", "spelled", "number"):
        j += 2
        while j < len(pieces) and (pieces[j].kind == "number" or _is_initial(pieces[j])):
            j += 1  # "... underscore s f", "... dot k 9"
    return j


def _code_prefix(pieces: list[Piece], j: int) -> bool:
    """Letters a dash glues to digits: a code's prefix ("Salote Waqa AF-20417"), no name's."""
    return j + 2 < len(pieces) and pieces[j + 1].text == "-" \
        and pieces[j + 2].kind == "number" \
        and pieces[j].end == pieces[j + 1].start and pieces[j + 1].end == pieces[j + 2].start


def _owned_role_named(words: list[str], i: int, closed: bool) -> bool:
    """Word i names the role before it: someone's role where a clause or the sentence ends
    ("tell my boss bill i'm out", "our hygienist grace i have thursday"), or the role's holder
    before a time or a pronoun's clause ("the nurse practitioner grace at eleven forty"; not
    "the pharmacist line is open", "the engineer bill is forty pounds")."""
    k = i - 2
    while k >= 0 and (words[k] in ROLES or _staff(words[k])):
        k -= 1  # "the nurse practitioner": a role of two words
    if k >= 1 and words[k - 1] in _POSSESSIVE_WORDS and _staff(words[k + 1]) \
            and words[k].isalpha() and words[k] not in FUNCTION_WORDS:
        k -= 1  # "our winners advisers", "our senior technician"
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if k < 0 or words[i] in PERSON_VERBS or _past_tense(words[i]):
        return False  # "the doctor said i need to rest": what the role did
    many = _staff(words[i - 1]) and not _staff_of_one(words[i - 1]) \
        and words[i - 1] not in ROLES and nxt not in PERSON_VERBS  # "our technicians bill
    # by the hour" (not "my hubby", "my lad"; nor "your colleagues bill said")
    if many and not (k >= 1 and words[k - 1] == "of"):
        return False  # "our technicians bill by the hour", "our drivers may": the verb; one
        # of many only where picked out, "one of our advisers bill on monday"
    if words[i] == "bill" and words[k] in _POSSESSIVE_WORDS and _staff(words[k + 1]) \
            and _staff(words[i - 1]) and (nxt in _STAFF_DOINGS or nxt in PERSON_VERBS
                                          or (_past_tense(nxt) and nxt not in _A_BILL_DID) or (
                nxt in ("needs", "wants") and words[i + 2:i + 3] == ["to"]
                and words[i + 3:i + 4] not in (["be"], ["go"], ["get"], ["have"], [])
                and not words[i + 3].endswith("ed"))):
        return True  # "our technician bill needs to test it", "one of our advisers bill on
        # monday": a firm's staff are not billed by their role as a plumber or a vet is (not
        # "my tech bill needs sorting", "our agent bill for march")
    if words[i] in FUNCTION_WORD_NAMES and nxt not in _CONTRACTED_SUBJECTS:
        return words[k] in _POSSESSIVE_WORDS and (
            (closed and nxt not in _SUBJECT_PRONOUNS) or nxt in _THIRD_PERSONS
            or nxt in _LIKES_AND_THOUGHTS or nxt in _SUBJECT_AGAIN
            or (words[i] == "bill" and nxt in _SUBJECT_PRONOUNS))
        # "my husband will.", "my wife may she handles it", "our landlord bill i pay him", "my
        # husband bill finds it too sour" (not "my daughter may i think have called", "the
        # engineer bill is forty pounds", "my husband bill says 40": a bill's)
    if words[k] in _POSSESSIVE_WORDS:
        return closed or nxt in _SUBJECT_PRONOUNS or nxt in _LIKES_AND_THOUGHTS
    return words[k] == "the" and words[i] not in FUNCTION_WORD_NAMES \
        and (nxt in ("at", ",", "") or nxt in _SUBJECT_PRONOUNS)


def _staff_of_one(word: str) -> bool:
    return word in _STAFF_ROLES


def _staff(word: str) -> bool:
    """A role a firm's staff hold, one or many ("technician", "advisers"); not one whose bill
    is an invoice ("our plumber bill", "the vet bill")."""
    return word in _STAFF_ROLES or (word.endswith("s") and word[:-1] in _STAFF_ROLES)


# What people call whoever they speak to: "what's your name, bud?".
_ADDRESS_WORDS = frozenset(("bud", "buddy", "pal", "fella", "mate", "sir", "madam", "maam",
                            "ma'am", "man", "dude", "bro", "boss", "chief", "love", "hun",
                            "please", "again", "actually", "then", "now"))
_AM_PM_RE = rx.compile(r"(?:\d{1,2}(?:[:.]\d{2})?)?(?:am|pm)")  # "5pm", "11am", "pm"
# What a booking with someone is, and what may follow whom it is with.
_MEETINGS = frozenset(("appointment", "appointments", "appt", "booked", "booking", "session",
                       "lesson", "fitting", "consultation", "visit", "meeting", "slot",
                       "checkup", "viewing", "class"))
_AFTER_WHOM_WITH = frozenset(("on", "at", "tomorrow", "today", "tonight", "next", "this", "and",
                              "instead", "again", "then", "please"))
# Words after which the one spoken with or to is named.
_SPOKEN_WITH = frozenset(("to", "with", "by", "ask", "asked", "tell", "told"))
# A firm's staff, whom no bill is named after.
_STAFF_ROLES = frozenset(("adviser", "advisor", "agent", "driver", "technician", "tech", "manager",
                          "supervisor", "colleague", "rep", "representative", "specialist",
                          "coordinator", "receptionist", "courier", "operator", "officer",
                          "consultant", "assistant", "handler", "caseworker", "dispatcher"))
_A_BILL_DID = frozenset(("came", "went", "arrived", "increased", "doubled", "rose"))
# What a firm's staff member named after their role goes on to do: "our technician bill will
# call you", "one of our advisers bill on monday" (not "our agent bill for march").
_STAFF_DOINGS = frozenset(("will", "'ll", "can", "could", "should", "would", "on", "at", "here",
                           "there", "who", "and", "he", "he's", "she", "she's", "calls", "rings",
                           "says", "said", "called", "rang", "confirmed", "confirms", "is",
                           "has", "tomorrow", "today", "yesterday", "earlier", "last",
                           "mentioned", "told"))
# What a person does and no thing does, in the present: "my husband bill finds it too sour".
_LIKES_AND_THOUGHTS = frozenset(("thinks", "reckons", "wants", "finds", "likes", "loves", "hates",
                                 "prefers", "drinks", "eats", "enjoys", "knows", "snores"))


def hyphen_prefix(pieces: list[Piece], j: int) -> bool:
    """Piece j is a prefix hyphenated to the next word: the "co" of "If Lupe co-signs" (not
    of "Lupe & Co" nor "Kerry Dairy Co-op")."""
    return j + 2 < len(pieces) and pieces[j + 1].text == "-" \
        and pieces[j + 1].start == pieces[j].end and pieces[j + 2].text not in _CO_OP


def asr_possessive(word: str) -> bool:
    """A name's possessive as speech-to-text writes it, with no apostrophe: "jordans number",
    "the last four of chidis social" (the word itself no name, the word less its "s" one)."""
    return len(word) > 3 and word.endswith("s") and name_class(word) in ("", "E") \
        and name_class(word[:-1]) in ("N", "W", "P")


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
            and (_is_name_word(pieces[start - 1])
                 or name_class(pieces[start - 1].text) == "W") \
            and _may_precede_a_name(pieces, start - 1) \
            and not a_dated_month(pieces, start - 1):  # ("on 3 Jan Rana rang")
        start -= 1  # (a word-name too: "to Bill King by Friday")
    return start


def a_dated_month(pieces: list[Piece], k: int) -> bool:
    """A month's short name after a day that opens a date ("3 Jan - Rana rang", "on 12 Jun
    Rafiq called"): the date's, not a name's first word; not "June", "April", "May" (people's
    names too), nor after a room's or an order's number ("Room 4 Jun Park")."""
    if pieces[k].text not in _SHORT_MONTHS or k == 0 or pieces[k - 1].kind != "number" \
            or not pieces[k - 1].text.isdigit() or not 1 <= int(pieces[k - 1].text) <= _DAYS:
        return False
    return k == 1 or pieces[k - 2].kind == "punct" or pieces[k - 2].text in _DATE_LEADS


_SHORT_MONTHS = frozenset(("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                           "oct", "nov", "dec"))
_DAYS = 31
_DATE_LEADS = frozenset(("on", "from", "since", "by", "until", "till", "before", "after",
                         "to", "and", "of", "due", "dated"))


def _business_word(word: str) -> bool:
    """A word of a company's name that is no one's name ("insurance", "lettings"; not "trust",
    "spa": Trust Mbeki)."""
    return (word in ORG_SUFFIXES or word in BUSINESS_FUNCTIONS) and word not in _TRADE_WORDS \
        and name_class(word) in ("E", "")  # (a trade's word: see `_a_trade_s_firm`)


def a_firm_s_name(pieces: list[Piece], start: int, end: int, written: str) -> bool:
    """In text with capitals (titles too), a name whose run of capitalised words ends in a
    firm's word or an everyday noun, after a word of plain English that is no one's name or
    after partners joined by "&": a firm's or a service's ("Kwara Express Transit", "Rafiq
    Sports Industries", "Australia Post", "Lace Market Kitchen", "Hartigan & Rowe
    Solicitors"). Such a noun right after a name is a surname or the person's trade ("Maria
    Clara Flowers", "Grace Young", "Regards, Tom Heating"); a place's, a role's or a next
    field's word says nothing of a firm ("off Taiwo Road", "Priya Patel Sales Manager", "Kai
    Young   Date of birth"), and a possessive's noun is the person's thing ("Summer Patel's
    Surface Laptop")."""
    if not written or pieces[end - 1].text.endswith("'s"):
        return False
    k = end
    while k < len(pieces) and k - end < _FIRM_TAIL:
        if pieces[k].text == "&" and k + 1 < len(pieces) and pieces[k + 1].kind == "word" \
                and capitalised(pieces[k + 1], written):
            k += 2  # "Hartigan & Rowe Solicitors", "Asante & Sons Motors": partners' names
        elif _a_firm_s_word(pieces, k, written):
            k += 1
        else:
            break
    if k < len(pieces) and pieces[k].kind == "word" and capitalised(pieces[k], written):
        return False  # (the run goes on: a name after all)
    before = pieces[start - 1].text if start else ""
    after = [p.text for p in pieces[k:k + 2] if p.text != ","]
    if (after[:1] and after[0] in _WHO_WORDS) or any(
            p.text in _HIS_OR_HERS for p in pieces[k:k + _FIRM_PRONOUN_REACH]):
        return False  # "and Bride Power, who's over from St. John's": who, not which; "Jack
        # Street Kitchen said he would pay": a man, not a kitchen
    if (k < len(pieces) and pieces[k].kind == "word"
            and any(p.text == ":" for p in pieces[k:k + _LABEL_WORDS])) \
            or before in ROLES or before in _RELATIONS or before in TITLES:
        return False  # "Full name: Ifeoma Phiri Date of birth: ...": a label's word;
        # "client Loretta Big Eagle", "Mrs Ana Rose Garden": a person, said to be one
    last = k - 1
    word = pieces[last].text
    if last <= start or not _a_firm_s_word(pieces, last, written) \
            or word in _A_PLACE_S_WORDS:
        return False
    common = last
    while common > start and _a_firm_s_word(pieces, common - 1, written):
        common -= 1
    if not (_business_word(word) or (everyday_word(word) and name_class(word) in ("E", "W"))):
        return False
    return (_business_word(word) and any(p.text == "&" for p in pieces[end:last - 1])) or any(
        name_class(p.text) == "E" and everyday_word(p.text)  # (not "Hemi Walker")
        and p.text not in NAME_PARTICLES for p in pieces[common:last])


def _a_firm_s_word(pieces: list[Piece], k: int, written: str) -> bool:
    """Word k, capitalised after a name, may be a firm's word: English, not a person's."""
    word = pieces[k].text
    return pieces[k].kind == "word" and capitalised(pieces[k], written) \
        and len(word) >= _FIRM_WORD_LETTERS and name_class(word) != "N" \
        and (common_word(word) or _business_word(word)) \
        and _next_field(pieces, k - 1, k + 1) != k \
        and "\n" not in written[pieces[k - 1].end:pieces[k].start] \
        and word not in TITLES and word not in ROLES and word not in JOB_TITLES \
        and word not in _DEPARTMENTS and word not in GREETING_WORDS \
        and word not in ADDRESSING and word not in _RELATIONS and word not in FUNCTION_WORDS \
        and word not in _A_FAMILY_S and word not in MONTHS and word not in _WEEKDAYS \
        and word not in PAST_TENSE_VERBS  # ("text Ate Joy": a kin title in Tagalog)


def _may_precede_a_name(pieces: list[Piece], i: int) -> bool:
    """A capitalised word before a name is part of it ("Thi Hoa Nguyen", "Nanny Ro", "is it
    Deacon Oyelaran": given names are common words too), but a common word that opens a
    sentence is its own ("Try Tucker.", "Cheers Kevin"); a title ("Dr") says nothing about
    whom, and a company's word is no name's ("Emerald Insurance Ciara speaking")."""
    word = pieces[i].text
    return not _business_word(word) and word not in TITLES \
        and not (name_class(word) == "E" and i > 0 and pieces[i - 1].text in _SENTENCE_ENDS)


_GLUE_HYPHENS = frozenset(("-", "‐", "‑"))  # not a dash: "London–Paris" is a route


def with_hyphenated_parts(pieces: list[Piece], start: int, end: int, cased: str
                          ) -> tuple[int, int]:
    """The name pieces[start:end] with the words a hyphen glues to either side of it
    ("Okafor-Little", "Yann-Ber", "popescu-radu"): a part of a double name is a part of the
    name, whatever else the word means. Not a plain word written in lower case after a
    capitalised name ("a Dyson-style vacuum", "Jordan-based"); "Hyun-woo" keeps its part."""
    def glued(hyphen: int, word: int) -> bool:
        piece, mark = pieces[word], pieces[hyphen]
        return mark.text in _GLUE_HYPHENS and piece.kind == "word" and piece.text.isalpha() \
            and mark.start == pieces[hyphen - 1].end and mark.end == pieces[hyphen + 1].start \
            and (capitalised(piece, cased) or name_class(piece.text) != "E")
    while start >= 2 and glued(start - 1, start - 2):
        start -= 2
    glued_end = end
    while glued_end + 1 < len(pieces) and glued(glued_end, glued_end + 1):
        glued_end += 2
    if glued_end > end and cased:  # "Hyun-woo Park": the words after the double name too
        glued_end = max(glued_end, find_name_end(pieces, glued_end, cased))
    return start, glued_end


# Words after which a person's name may start: "went to mwende kamau", "it's for achieng".
_NAME_TAKERS = frozenset(("to", "for", "by", "from", "and", "is", "was", "it's", "its", "called",
                          "named", "or", "ask", "tell", "told", "asked", "me", "i'm", "im",
                          "her", "him", "them", "my", "his", "our", "their", "your"))


def with_rare_neighbours(pieces: list[Piece], start: int, end: int, cased: str
                         ) -> tuple[int, int]:
    """The name pieces[start:end] with the words beside it that neither the name data nor
    English holds ("registered to peter otieno", "dr achieng mwangi"): beside a name, such a
    word is most likely the rest of it, from a culture the data under-represents."""
    def rare(k: int) -> bool:
        piece = pieces[k]
        return piece.kind == "word" and unknown_word(piece.text) \
            and not common_word(piece.text) and piece.text not in FUNCTION_WORDS \
            and piece.text not in GREETING_WORDS and piece.text not in ENDEARMENTS \
            and piece.text not in _RELATIONS \
            and (not cased or capitalised(piece, cased))  # (not "mahalo makoa", "my tita rosa")
    while end < len(pieces) and end - start < _MAX_NAME_WORDS and rare(end):
        end += 1
    if end < len(pieces) and pieces[end].text in _INTRO_CLOSERS:
        return start, end  # "kia ora kowhai kiwisaver jared speaking": a company before
    first = start
    while first > 0 and end - first < _MAX_NAME_WORDS and rare(first - 1):
        first -= 1
    if first < start and (first == 0 or pieces[first - 1].kind == "punct"
                          or pieces[first - 1].text in _NAME_TAKERS
                          or pieces[first - 1].text in TITLES):
        start = first  # (the words run from where a name may start: "dr achieng mwangi";
        # not "paid with klarna sarah said")
    return start, end



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


def _answer_cue_holds(words: list[str], i: int, length: int, name_expected: bool) -> bool:
    nxt = words[i + length] if i + length < len(words) else ""
    return _at_start(words, i) and (
        name_class(nxt) in ("N", "W", "P") or (name_expected and unknown_word(nxt))) \
        and (name_expected or not _ANSWER_CUES[tuple(words[i:i + length])])


def _closed(pieces: list[Piece], j: int) -> bool:
    """True when the name ending before `j` is followed by what ends an introduction."""
    if j + 1 < len(pieces) and pieces[j].text == "-" and pieces[j + 1].kind == "number":
        return False  # "plx-4471-9920": a code, not a name
    return j >= len(pieces) or pieces[j].kind == "punct" or pieces[j].text in NAME_CLOSERS \
        or pieces[j].text in FUNCTION_WORDS or pieces[j].text in _CONJUNCTIONS \
        or pieces[j].text in _QUESTION_OPENERS or _date_starts(pieces, j)


# A question opening after a name ("... this is mark where are you located")
_QUESTION_OPENERS = frozenset(("where", "wheres", "where's", "what", "whats", "what's", "who",
                               "whos", "who's", "which", "when"))


# Words that may follow a name given in answer before the reply goes on: "faith obi but my
# sister ...", "rocky hill its me and my wife ..." (not "hang on my wife sarah has it")
_AFTER_ANSWER = frozenset((",", "and", "but", "so", "because", "cos", "though", "although",
                           "it's", "its", "i'm", "im", "that's", "thats", "here", "speaking", "or"))
# Words that open another clause: "joy olawepo though my husband drives it"
_CONJUNCTIONS = frozenset(("though", "although", "cos", "cause", "coz", "whereas", "unless",
                           "except", "btw"))  # ("its Lachie btw, new number ...")


def _at_start(words: list[str], i: int) -> bool:
    """True when only fillers, or a greeting and the name greeted ("hi priya"), come before.

    Stops at the third word that is no filler: the test costs the same in a long text.
    """
    opening = 0
    while opening + 2 < i and (words[opening] in _GREETINGS or words[opening] == ",") \
            and words[opening + 1] != "you":
        opening += 1  # "hi, good afternoon. this is ..."
        if opening + 2 < i and words[opening - 1] in _GREETINGS \
                and words[opening + 1] == "," and words[opening + 2] == "good":
            opening += 2  # "hi joy, good afternoon. this is ...": the one greeted
    if opening + 3 <= i and words[opening] == "good" and words[opening + 1] in _TIMES_OF_DAY \
            and words[opening + 2] in (",", ".", "!"):
        opening += 3  # "good afternoon. this is maria grace dumalagan"
    count, first, fillers_only = 0, "", True
    for k in range(opening, i):
        word = words[k]
        if word == ",":
            continue
        count += 1
        first = first or word
        fillers_only = fillers_only and (word in FILLERS or word == "you")
        if count > 2 and not fillers_only:
            return False
    return fillers_only or first in _GREETINGS or first in OPENING_GREETINGS  # "morena its ..."


_TIMES_OF_DAY = frozenset(("morning", "afternoon", "evening", "day"))


def _after_agent_greeting(words: list[str], i: int) -> bool:
    """True when an agent's greeting ("thanks for calling ...") shortly precedes word i."""
    before = words[max(i - _GREETING_REACH - 2, 0):i]
    return any(tuple(before[g:g + 2]) in _AGENT_GREETINGS for g in range(len(before) - 1))


def _greeted_before(words: list[str], i: int) -> bool:
    """The turn opens with a greeting, and its first sentence, a business's name and no more,
    goes on to the cue at i: an agent's opening ("Good morning, Harbour Dental bookings Leeds,
    I'm Hazel.")."""
    if not words or i > _INTRO_REACH:
        return False
    start = 2 if words[0] == "good" and words[1:2] and words[1] in _TIMES_OF_DAY else (
        1 if words[0] in _GREETINGS or words[0] in OPENING_GREETINGS else 0)
    if not start:
        return False
    if start < i and words[start] in (".", "!"):
        start += 1  # "Good morning. Harbour Dental, I'm ..."
    return all(w not in _SENTENCE_ENDS and w not in FUNCTION_WORDS for w in words[start:i]
               if w != ",")


def find_names(
    pieces: list[Piece], name_expected: bool, original: str = "", spelling: bool = False,
    chat: bool = False,
) -> list[tuple[int, int]]:
    """Piece-index ranges [start, end) that hold a person's name.

    `original` is the utterance as transcribed: where it has mixed case, a capital letter is
    one more hint. `spelling`: the speaker was spelling a name when their last turn ended.
    `chat`: earlier lines of the text opened with their sender (`chat_senders`).
    """
    words = [p.text for p in pieces]
    spans: list[tuple[int, int]] = []
    spelling = spelling or name_expected or not _SPELLING.isdisjoint(words)
    cased = mixed_case(original)
    if cased and _title_case(pieces, cased):
        cased = ""  # "This Is Kevin Calling About ...": capitals say nothing about names
    i = 0
    n = len(pieces)
    while i < n:
        piece = pieces[i]
        if piece.kind == "spelled" and spelling and not (
                piece.text in ("am", "pm") and i > 0 and pieces[i - 1].kind == "number"):
            # "dash j u n g": the joiner said before the letters is the name's hyphen (but
            # "... name changes ... at 1:15 p.m.": a time's)
            spans.append((i - 1 if i > 0 and words[i - 1] in _SPOKEN_HYPHENS else i, i + 1))
            i += 1
            continue
        if spelling and _letter_word(piece) and i + 1 < n and _letter_word(pieces[i + 1]):
            j = i + 2  # "that's n i new word b h r i a i n": two letters the normaliser left
            while j < n and _letter_word(pieces[j]):  # as words ("i" is one) spell a part too
                j += 1
            if (j < n and pieces[j].kind == "number" and not _a_count(pieces, j)) \
                    or (i > 0 and pieces[i - 1].kind == "number"):
                i = j  # "c a eleven forty two": a flight; "four p m": a time (but "l e e 3
                continue  # letters" spells a name)
            spans.append((i, j))
            i = j
            continue
        cues = _CUES.get(piece.text)
        if cues:
            end = _after_cue(pieces, words, i, cues, name_expected, cased)
            if end is not None and not _a_code_s_letter(pieces, *end):
                start, stop = end
                spans.append((start, stop))
                i = stop
                continue
        i += 1
    spans.extend(_self_announced(pieces, words))
    spans.extend(_name_line(pieces, original))
    spans.extend(chat_senders(pieces, original, chat))
    spans.extend(_appositions(pieces, words, cased))
    if name_expected:  # "young guy i want to say wes", "i think it was wes"
        spans.extend(_named_after_a_hedge(pieces, words))
    if name_expected:  # "Will Mason": a short answer all in capitals is no title case
        found = [(a, b) for a, b in spans if pieces[a].kind != "spelled"]
        opening = next((k for k, w in enumerate(words)
                        if w not in FILLERS and w not in _HEDGED_OWNER), len(words))
        spans.extend(span for span in _bare_answer(pieces, words, mixed_case(original))
                      if not found or (  # "paris hall june hall and my son tyler", "faith
                          # obi but my sister ngozi ordered it": the answer opens the reply,
                          # whatever a relation names after it
                          words[span[0]] not in GREETING_WORDS
                          and all(a >= span[1] for a, _ in found) and (
                              (span[0] == opening and name_class(words[opening]) != "E"
                               and span[1] < len(words) and (
                                   words[span[1]] in _AFTER_ANSWER
                                   or (_their_detail_next(words, span[0], span[1]) and all(
                                       name_class(w) in ("N", "")
                                       for w in words[span[0]:span[1]]))))
                              or (span[1] < len(words) and words[span[1]] in ("and", ",")))))
    return [span for span in spans if not _letters_of_a_code(pieces, span, name_expected)
            and not a_day(pieces, span[0]) and not _a_currency_s_letters(pieces, span)]


def _named_after_a_hedge(pieces: list[Piece], words: list[str]) -> list[tuple[int, int]]:
    """Where a name was asked for, the one or two words that end the answer after a hedge:
    "young guy i want to say wes", "i think it was wes", "pretty sure it was tomasz nowak"
    (not a common word: "i think it was tuesday", "i want to say sorry")."""
    for hedge in _HEDGES:
        n = len(hedge)
        for k in range(len(words) - n, -1, -1):
            if tuple(words[k:k + n]) != hedge:
                continue
            start = k + n
            end = start
            while end < len(words) and pieces[end].kind == "word" and end - start < 2:
                end += 1
            if start < end and (end == len(words) or pieces[end].kind == "punct"
                                or words[end] in _AFTER_A_HEDGED_NAME) and all(
                    name_class(w) in ("N", "W", "P") or (unknown_word(w) and not common_word(w))
                    for w in words[start:end]) and not any(
                    w in FUNCTION_WORDS or w in MONTHS or w in WEEKDAYS for w in words[start:end]):
                return [(start, end)]
            break
    return []


_AFTER_A_HEDGED_NAME = frozenset(("but", "or", "from", "i", "he", "she", "though", "maybe",
                                  "in", "at"))  # "i think it was grace from accounts"
_HEDGES = (("want", "to", "say"), ("think", "it", "was"), ("believe", "it", "was"),
           ("sure", "it", "was"), ("reckon", "it", "was"), ("think", "his", "name", "was"),
           ("think", "her", "name", "was"), ("something", "like"))


def _their_detail_next(words: list[str], start: int, k: int) -> bool:
    """The next value asked for follows the name `words[start:k]` ("tane parata his licence
    is ...", "amara okafor date of birth ..."): the name ends where their detail starts
    (after "his", "her" or "my", or after a name of two words: not "kiwibank account is the
    one", a brand's)."""
    owned = k < len(words) and words[k] in _HIS_OR_HER
    k += owned
    return k < len(words) and words[k] in _PERSONAL_DETAILS and (owned or k - start >= 2)


_HIS_OR_HER = frozenset(("his", "her", "their", "my"))


def _a_currency_s_letters(pieces: list[Piece], span: tuple[int, int]) -> bool:
    """A country's letters glued to a currency sign: "GH₵ 650", "NZ$95" (no one's name)."""
    end = span[1]
    return end < len(pieces) and pieces[end].text in CURRENCY_SIGNS \
        and pieces[end].start == pieces[end - 1].end


def a_day(pieces: list[Piece], i: int) -> bool:
    """A weekday, or a month before its day's number: a date's word, whatever the name data
    say of it ("June" is a name too, not in "June 3rd")."""
    word = pieces[i].text.removesuffix("'s")
    if word in _WEEKDAYS and len(word) >= _WEEKDAY_LETTERS:
        # "good luck for Tuesday's draw", "it's wednesday from nine" (but "Sunday" and
        # "Friday" name people too: "my brother sunday", "it's friday okafor calling", unless
        # a day's things follow; and not "thu", "Sun-hee")
        return not name_class(word) or name_class(word) == "E" or (
            word != pieces[i].text and i + 1 < len(pieces)
            and name_class(pieces[i + 1].text) == "E" and pieces[i + 1].text not in _DETAIL_NOUNS)
    day = pieces[i + 1].text.removesuffix(pieces[i + 1].text[-2:]) \
        if i + 1 < len(pieces) and pieces[i + 1].text.endswith(_DAY_ENDINGS) \
        else pieces[i + 1].text if i + 1 < len(pieces) else ""
    return word in MONTHS and day.isdigit() and len(day) <= 2


def _day_of_a_date(pieces: list[Piece], j: int) -> bool:
    """A weekday's name or short form right before a date: "Thu 27/02", "Fri 3rd", "Tue 4
    March" (not "Sun", a surname too, nor a count after one: "Wei Sun 6-2")."""
    if pieces[j].text not in _WEEKDAYS or pieces[j].text == "sun" or j + 1 >= len(pieces):
        return False
    nxt, after = pieces[j + 1], pieces[j + 2].text if j + 2 < len(pieces) else ""
    return (nxt.kind == "number" and (after in ("/", ".") or after in MONTHS)) \
        or (nxt.text[:1].isdigit() and nxt.text.endswith(_DAY_ENDINGS))


_DAY_ENDINGS = ("st", "nd", "rd", "th")
_WEEKDAY_LETTERS = len("monday")  # a weekday's whole name, not its abbreviation


def _letter_word(piece: Piece) -> bool:
    return piece.kind == "word" and len(piece.text) == 1 and piece.text.isalpha()


def _letters_of_a_code(pieces: list[Piece], span: tuple[int, int], name_expected: bool) -> bool:
    """Letters read out among digits, maybe a pause between: a code ("kilo tango um four
    romeo papa nine"), not a name spelled out ("a n n a uh 4 letters")."""
    start, end = span
    if not all(p.kind == "spelled" or _letter_word(p) for p in pieces[start:end]):
        return False
    if (end < len(pieces) and pieces[end].kind == "number" and not _a_count(pieces, end)) \
            or (start > 0 and pieces[start - 1].kind == "number"):
        return True  # "c a eleven forty two", "model s h five hundred": letters and digits
        # (not "k i m 42 years old", "l e e 3 letters", "p a t e l 23 march 1985")
    k = _past_fillers(pieces, end, 1)
    if not name_expected and k < len(pieces) and pieces[k].kind == "number":  # after a pause,
        # more letters or digits after the digits (where a name was asked for, "a n n a uh 4
        # letters" spells it)
        after = _past_fillers(pieces, k + 1, 1)
        return after < len(pieces) and (pieces[after].kind in ("spelled", "number")
                                         or _letter_word(pieces[after]))
    return False


def _a_count(pieces: list[Piece], k: int) -> bool:
    """A number of one or two digits before a word: a count, an age, a day ("3 letters", "42
    years old", "23 march"), no part of a code."""
    return len(pieces[k].text) <= 2 and (k + 1 == len(pieces) or (
        pieces[k + 1].kind == "word" and len(pieces[k + 1].text) >= 3))


def _past_fillers(pieces: list[Piece], k: int, step: int) -> int:
    while 0 <= k < len(pieces) and pieces[k].text in FILLERS:
        k += step
    return k


def _name_line(pieces: list[Piece], original: str) -> list[tuple[int, int]]:
    """A line that is nothing but two or three capitalised words, none of them a common word,
    one of them a name only or no word the lexicon knows: a signature or an addressee ("Bill
    Tran", "Hinemoa Rāwiri"; not "Kind regards", "Lovely stuff", "Warehouse Ops"). A table's
    cell is such a line too, and there two names that are words as well are one ("| Thu |
    Will Cook | 07981 ..."): a cell holds one thing. In a record that holds someone's contact
    or number (a CSV row, a table row: "Lance Fielding,(614) 555-0142,..."), a cell of
    capitalised words that read as a name is that person's too."""
    if not original:
        return []
    marks = [k for k, p in enumerate(pieces) if p.text == "|"]
    record = may_be_record(original) and is_record(pieces)
    if not marks and record:
        marks = [k for k, p in enumerate(pieces) if p.text in RECORD_SEPARATORS]
    if not marks:
        end = len(pieces)
        while end and pieces[end - 1].kind == "punct" and pieces[end - 1].text in ".,!":
            end -= 1
        return [(0, end)] if 2 <= end <= 3 and _capitalised_name(pieces[:end], original) \
            else []
    return [(start + 1, end) for start, end in zip([-1, *marks], [*marks, len(pieces)], strict=True)
            if 2 <= end - start - 1 <= 3
            and _capitalised_name(pieces[start + 1:end], original, in_cell=True, record=record)]


RECORD_SEPARATORS = frozenset((",", ";", "|"))
_RECORD_VALUE_DIGITS = 7  # a phone number's, an identifier's: more than a quantity or a price
_RECORD_CELL_WORDS = 5  # a record's cells are short; prose between commas is not
_DATE_GROUPS = frozenset(((4, 2, 2), (2, 2, 4), (1, 2, 4), (2, 1, 4), (1, 1, 4)))


def may_be_record(text: str) -> bool:
    """Two cell marks or more: the cheap test before `is_record` reads the pieces."""
    return sum(text.count(mark) for mark in RECORD_SEPARATORS) >= 2


def is_record(pieces: list[Piece]) -> bool:
    """A row of three short cells or more ("Dean Mills,dmills@...,412-55-0987,1979-02-11"),
    one of them an e-mail address or a long number that is no date: a record of someone. Not
    prose with commas ("Hi, my email is jo@x.com, ...") nor an order's row of dates."""
    marks = [k for k, p in enumerate(pieces) if p.text in RECORD_SEPARATORS]
    if len(marks) < 2 or any(
            sum(p.kind != "punct" for p in pieces[start + 1:end]) > _RECORD_CELL_WORDS
            for start, end in zip([-1, *marks], [*marks, len(pieces)], strict=True)):
        return False
    return any(p.text == "@" or (p.kind == "number" and len(p.text) >= _RECORD_VALUE_DIGITS
                                 and p.groups not in _DATE_GROUPS) for p in pieces)


def _capitalised_name(pieces: list[Piece], original: str, in_cell: bool = False,
                      record: bool = False) -> bool:
    """Capitalised words that name a person, initials too ("Sarah J Tran"): no common word, no
    acronym ("HMO"), no place of several words ("San Jose"), in a record no firm ("Hartwell
    Engineering") and no function word ("On Tue")."""
    words = tuple(p.text for p in pieces)
    if words in place_phrases().get(words[0], ()):
        return False
    written = [original[p.start:p.end] for p in pieces]
    shouted = all(w.isupper() for w in written)  # "JOHN SMITH": capitals say nothing there
    classes = []
    for piece, as_written in zip(pieces, written, strict=True):
        word = piece.text
        kind = name_class(word)
        if piece.kind != "word" or not word.replace("'", "").replace("-", "").isalpha() \
                or not as_written[0].isupper() or word in GREETING_WORDS \
                or (as_written.isupper() and len(as_written) > 1 and not shouted) \
                or word in FILLERS or (word in NON_NAME and kind != "W"):  # "Bill" is both
            return False
        classes.append(kind)
    if record and any((w in FUNCTION_WORDS and w not in FUNCTION_WORD_NAMES)
                      or w in _NOT_IN_A_RECORD_NAME for w in words):
        return False  # "On Tue", "Hartwell Engineering"; but "Will Cook"
    if "E" in classes:
        return False
    return bool({"N", ""} & set(classes)) or (in_cell and set(classes) <= {"N", "W"})


_STAMP = frozenset(("[", "]", "(", ")", ":", "-", "am", "pm", "a.m.", "p.m."))
_MAX_SENDER_WORDS = 3


def chat_senders(pieces: list[Piece], original: str,
                 chat: bool = False) -> list[tuple[int, int]]:
    """The sender of a message of a typed chat log (one line, one utterance): one to three
    words after the time stamp that opens it, then a colon and the message ("9:02 AM Tesla
    Morgan: morning all", "[09:02] minjun: np"). Without a stamp the line is a form's field.
    Common words ("Note:", "Subject Line:"), small words ("Re:"), acronyms ("PM:") and roles
    ("Agent:") are labels, not senders."""
    if not original:
        return []
    n = len(pieces)
    k = 0
    while k < n and (pieces[k].kind == "number" or pieces[k].text in _STAMP):
        k += 1
    if not any(p.kind == "number" for p in pieces[:k]):
        return _unstamped_sender(pieces, original, chat)
    j = k
    while j < n and j - k < _MAX_SENDER_WORDS and pieces[j].kind == "word" \
            and pieces[j].text not in ROLES and pieces[j].text not in SPEAKER_ROLES \
            and pieces[j].text not in TITLES:
        j += 1
    colon = j
    if colon + 2 < n and pieces[colon].text == "(" and pieces[colon + 2].text == ")":
        colon += 3  # "09:13 Otieno (rider): Morning": the sender's role in brackets
    clocked = _CLOCK_RE.search(original, 0, pieces[k].start if k < n else len(original))
    if j > k and colon + 1 < n and pieces[colon].text == ":" \
            and _sender_like(pieces[k:j], original, clocked is not None):
        return [(k, j)]
    return []


_CLOCK_RE = rx.compile(r"\d{1,2}[:.]\d{2}")  # a time of day: "09:13", "7.58"


def _unstamped_sender(pieces: list[Piece], original: str, chat: bool) -> list[tuple[int, int]]:
    """A chat line with no time stamp: one or two capitalised names, a colon, and a message
    that opens in lower case ("Grace: anyone got a spare gazebo?", "Otieno: ok. next drop",
    "Nana Yaa: ok."). A form's label opens its value with a capital or a digit ("Adres:
    Kerkstraat 5", "Codice fiscale: RSSMRA...") and is a common word ("Update: the server").
    Once lines of the text opened so (`chat`), a message may open with a capital ("Sunny: I'll
    go past Sat.") and its sender be hyphenated ("Young-ho: paid mine"); a word of English
    still labels ("Tea: Lakshmi and Dawn"), and one no list knows may be a brand ("Gcash:")."""
    n = len(pieces)
    j = hyphens = 0  # (a hyphenated name is one word: "Min-jun Seo")
    while j < n and j - hyphens < _MAX_UNSTAMPED_WORDS and (pieces[j].kind == "word" or (
            chat and pieces[j].text == "-" and 0 < j < n - 1 and pieces[j + 1].kind == "word"
            and pieces[j - 1].end == pieces[j].start == pieces[j + 1].start - 1)):
        hyphens += pieces[j].text == "-" or (j and pieces[j - 1].text == "-")
        j += 1
    if j == 0 or j + 1 >= n or pieces[j].text != ":" or pieces[j + 1].kind != "word" \
            or not (chat or original[pieces[j + 1].start:pieces[j + 1].end][:1].islower()):
        return []
    for m, p in enumerate(pieces[:j]):
        if p.text == "-":
            continue
        written = original[p.start:p.end]
        kind = name_class(p.text)
        if kind != "E" and ((m and pieces[m - 1].text == "-") or (
                pieces[m + 1].text == "-" and written[:1].isupper())):
            continue  # a part of a hyphenated name: "Young-ho", "Min-jun"
        if not written[:1].isupper() or written.isupper() \
                or p.text in LEXICON_EXCLUDED \
                or p.text in ROLES or p.text in SPEAKER_ROLES or p.text in TITLES \
                or not (kind == "N" or (kind in ("W", "P") and len(p.text) > _SHORT_LABEL)) \
                or (p.text.endswith("s") and name_class(p.text[:-1]) == "E"):
            return []  # (a label of another language no lexicon knows: "Descrição:"; a plural
            # noun's: "Parts:")
    return [(0, j)]


_MAX_UNSTAMPED_WORDS = 2
_SHORT_LABEL = 3  # letters: "Bag:", "Re:" label a field
# Casual openers that are no one's name: "cool, can do", "sweet, can you ...".
_CASUAL = frozenset(("cool", "sweet", "great", "perfect", "lovely", "nice", "brilliant", "ace",
                     "grand", "wicked", "ha", "haha", "oops", "right", "yeah", "well"))


def _sender_like(pieces: list[Piece], original: str, clocked: bool) -> bool:
    """A name only, or a word no lexicon knows (capitalised, after a time of day), is a
    sender; two
    capitalised words that may be names are one too ("Hope Banks"); acronyms and small or
    common words are not."""
    written = [original[p.start:p.end] for p in pieces]
    if any((w.isupper() and len(w) <= 3) or p.text in _SMALL_WORDS or p.text in GREETING_WORDS
           for p, w in zip(pieces, written, strict=True)):
        return False
    classes = [name_class(p.text) for p in pieces]
    if any(kind == "N" or (kind == "" and unknown_word(p.text) and (w.islower() or clocked))
           for p, kind, w in zip(pieces, classes, written, strict=True)):
        return True  # "minjun:", and "Otieno:" after a time of day (not "1) Onboarding:", a
        # list's item; without a number, "Adres:" and "Livraison :" are a form's labels)
    return len(pieces) > 1 and all(kind in ("N", "W", "P") and w[:1].isupper()
                                   for kind, w in zip(classes, written, strict=True))


def labelled_name(pieces: list[Piece], k: int, cased: str,
                  many: bool = False) -> list[tuple[int, int]]:
    """The name after a form's label ("Full name: Rose Abernethy", "recipient: ..."), k the
    piece after the colon, read as the answer to the label's question; with `many`, each name
    of a list ("attendees: Bill Tran, Hope Strong, Mark Baker"), each its own span."""
    spans = []
    while k < len(pieces):
        end = _name_end(pieces, k, sure=True)
        if end == k and pieces[k].text in FUNCTION_WORDS and _paired(pieces, k, cased):
            end = max(_name_end(pieces, k + 1, sure=True), k + 1)  # "Name: Will Mason"
        # "Patient: Ana Ruiz   DOB: ...": not "dob"
        field_end = _next_field(pieces, k, min(end + 1, len(pieces)))
        bracketed = k > 0 and pieces[k - 1].text == "("  # "agent (Mere):": a name, whatever
        if field_end <= end:
            end = field_end
        elif not _closed(pieces, end):
            end = k
        if end > k and (bracketed or _name_like(pieces[k:end])) and not (
                cased and not any(capitalised(p, cased) for p in pieces[k:end])
                and any(name_class(p.text) == "E" for p in pieces[k:end])) \
                and not any(_business_word(p.text.rstrip(".")) for p in pieces[k + 1:end]):
            spans.append((k, end))  # not "Names: see attached" typed with capitals elsewhere,
            # nor a firm ("CONSIGNEE: Northgate Wine Importers Ltd", "Haulier: MacNeil
            # Transport")
        if not many:
            break
        # the next item of the list: a failed one ("Marketing", "none") is skipped
        while end < len(pieces) and pieces[end].text not in (",", ";", "&", "and"):
            if pieces[end].kind == "punct" and pieces[end].text not in ("'", "-", "."):
                return spans  # "|", ")", ":": the list is over
            end += 1
        k = end + 1
    return spans


def role_labelled_name(pieces: list[Piece], k: int, cased: str) -> list[tuple[int, int]]:
    """The name after a speaker role's colon ("customer: lance te whata, 22b kowhai st"),
    where a chat log's turn would start instead ("Customer: thanks, bye"): only a value that
    is a name alone up to a comma, a field's end or the line's: two words or more, one of them
    a word the lexicon knows only as a name, none a common word or a place (not a turn in
    another language, "cliente: se eu não estiver, ...", nor a business client's name,
    "Client: Harbour Freight")."""
    spans = labelled_name(pieces, k, cased)
    if not spans:
        return []
    start, end = spans[0]
    if end < len(pieces) and pieces[end].text not in (",", ";", "|") \
            and _next_field(pieces, end - 1, end + 1) != end:
        return []
    words = [p.text for p in pieces[start:end] if p.text != "-"]
    classes = [name_class(w) for w in words]
    alone = end == len(pieces) and len(words) == 1 and len(words[0]) > 2  # "Customer:
    # Priya" (not chat shorthand: "Customer: Ty")
    rare_surname = len(words) >= 2 and classes[0] == "W" and all(
        unknown_word(w) and not common_word(w)
        for w in words[1:])  # "Dawn McAleese" (not "Max Vapes": a plural of a word)
    rare_words = bool(cased) and len(words) >= 2 and all(
        capitalised(p, cased) and unknown_word(p.text) and not common_word(p.text)
        for p in pieces[start:end] if p.text != "-")  # "Driver: Ganbold Tömörbaatar": a
    # culture's names no data set holds, typed as names are
    if (len(words) - sum(p.text == "-" for p in pieces[start:end]) < 2 and not alone) \
            or ("N" not in classes and not rare_surname and not rare_words) \
            or any(c in ("E", "P") for c in classes) or any(
                w in FUNCTION_WORDS or w in ORG_SUFFIXES or w in _NOT_GIVEN or w in _MAKES
                for w in words):
        return []  # a given name and a surname, one of them only a name: not "Customer:
        # Lovely", "Customer: Brighton", "Customer: Ta-ra", "Customer: Toyota Yaris"
    return spans


def _next_field(pieces: list[Piece], k: int, end: int) -> int:
    """Where the next field of a form starts within [k, end): a word after a gap of two spaces
    or more ("Patient: Ana Ruiz   DOB: ..."); `end` when none does."""
    for j in range(k + 1, end):
        if pieces[j].start - pieces[j - 1].end >= 2:
            return j
    return end


_NOBODY = frozenset(("none", "nil", "n/a", "na", "tbc", "tbd", "nobody", "everyone", "all"))


def _name_like(pieces: list[Piece]) -> bool:
    """Some word of it can be a name: not "Customer", "none", "Accounts Payable"."""
    if any(p.text in _NOBODY for p in pieces):
        return False
    classes = [name_class(p.text) for p in pieces]
    return any(kind in ("N", "W", "P")
               or (kind == "" and p.text not in NON_NAME and p.text.isalpha())
               for p, kind in zip(pieces, classes, strict=True))


def _bare_answer(pieces: list[Piece], words: list[str], cased: str) -> list[tuple[int, int]]:
    """An answer that is just the name: "Andrea Davidson", "yeah, Priya here", and its
    parts after commas when they end the answer or the next comma ("siobhan, s i o b h a n,
    murphy"; not "priya, hang on")."""
    n = len(pieces)
    k = 0
    while k < n and (words[k] in FILLERS or words[k] == "," or words[k] in _HEDGED_OWNER or (
            words[k] in EXCLAMATIONS and k > 0 and words[k - 1] in EXCLAIMING)):
        k += 1  # (and "oh god", "oh lord": no name; "probably mine, dawn whitehorse")
    if k >= n or words[k] in ENDEARMENTS:
        return []  # "Honey, hold on."
    if any(w in _HEDGED_OWNER for w in words[:k]) and not (
            name_class(words[k]) in ("N", "W", "P") or capitalised(pieces[k], cased)):
        return []  # "probably quicker if i text it", "maybe ask my wife": no name after it
    # The answer to a name question is sure to be one unless it opens with a plain English
    # word: "Bill Wood." is a name there, "Sorry?" is not; nor a word that is mostly a small
    # word, unless capitals pair it with a name ("Will Mason", not "Will do").
    first = words[k]
    if "'" in first and first.split("'")[0] in FUNCTION_WORDS:
        return []  # "that'd be my husband, ...", "they'll ring back": a function word's
        # contraction opens a sentence, not a name
    if tuple(words[k:k + 2]) in _PUTTING_OFF_PAIRS or first == "gimme":
        return []  # "hang on a sec", "give me a second", "bear with me" (but "Hang Nguyen")
    sure = name_class(first) not in ("E", "")
    if sure and first in FUNCTION_WORDS:
        j = _name_end(pieces, k + 1, sure=True) if _paired(pieces, k, cased) \
            else k + 1 if _alone(pieces, k) else k
    else:
        j = _name_end(pieces, k, sure=sure)
    if j <= k or not (_closed(pieces, j) or (
            _their_detail_next(words, k, j)
            and all(name_class(w) in ("N", "") for w in words[k:j]))):
        return []  # (not "maiden name yes that's the one")
    while j + 1 < n and words[j] == ",":
        nxt = _name_end(pieces, j + 1)
        if nxt == j + 1 or (nxt < n and pieces[nxt].kind != "punct"):
            break
        j = nxt
    return [(k, j)]


# Words that hedge an answer or say whose it is before the name itself.
_HEDGED_OWNER = frozenset(("probably", "maybe", "perhaps", "possibly", "likely", "mine", "ours",
                           "me", "myself"))


def _alone(pieces: list[Piece], k: int) -> bool:
    """A name that is mostly a small word, said alone where a name is asked for: "will",
    "it's will", "I'm Will." (not "will do", "will call back")."""
    return k < len(pieces) and pieces[k].text in FUNCTION_WORD_NAMES and (
        k + 1 == len(pieces) or pieces[k + 1].kind == "punct"
        or pieces[k + 1].text in _ALONE_BEFORE)


_ALONE_BEFORE = frozenset(("and", "here", "speaking"))


def _paired(pieces: list[Piece], k: int, cased: str) -> bool:
    """Whether the surname after a name that is mostly a small word makes it a name: capitals
    pair them ("Will Mason", not "Will do"), and in lower-case speech a name or a word no
    dictionary holds ("will fotheringham", not "will call you back")."""
    if k + 1 >= len(pieces) or pieces[k + 1].kind != "word":
        return False
    surname = pieces[k + 1].text
    if cased:  # ("Member name: Will Tangitau"; not "Name: Will Advise")
        return capitalised(pieces[k], cased) and capitalised(pieces[k + 1], cased) \
            and (name_class(surname) in ("N", "W") or unknown_word(surname))
    return surname not in FUNCTION_WORDS and surname not in _PEOPLE_DO and (
        name_class(surname) in ("N", "W", "P") or unknown_word(surname))  # not "he said"


def _appositions(pieces: list[Piece], words: list[str], cased: str) -> list[tuple[int, int]]:
    """"my husband, Rajesh", "Nkechi's dad, Olumide", "the fella at the counter, Jordan": a
    relation (or someone where they were), a comma, capitalised names.

    Only in mixed-case text: "my husband, unfortunately, ..." must survive.
    """
    found = []
    for i in range(len(words) - 2):
        comma = i + 1
        if words[i] in _SOMEONE and i > 0 and words[i - 1] in ("the", "this", "that"):
            comma = _past_where_they_were(words, i + 1)  # "the fella at the counter, Jordan,"
            if comma + 1 < len(words) and name_class(words[comma + 1]) not in ("N", "W", "P") \
                    and common_word(words[comma + 1]):
                continue  # (not "the bloke at the counter, Honestly, said")
        elif not (words[i] in _RELATIONS
                  or (words[i] in ("law", "laws") and "in" in words[i - 2:i])):
            continue
        if comma < len(words) - 1 and words[comma] == ",":
            k = j = comma + 1
            while j < len(pieces) and j - k < _MAX_NAME_WORDS and capitalised(pieces[j], cased) \
                    and (_is_name_word(pieces[j]) or (  # "his dad, Bill Hale,"
                        j == k and words[j] in FUNCTION_WORD_NAMES and j + 1 < len(pieces)
                        and capitalised(pieces[j + 1], cased) and _is_name_word(pieces[j + 1]))):
                j += 1
            if j > k:
                found.append((k, j))
    return found


_WHERE_THEY_WERE = frozenset(("at", "on", "in", "from", "behind"))
_WHERE_THEY_WERE_WORDS = 3


def _past_where_they_were(words: list[str], k: int) -> int:
    """Past "there" or a short phrase of where someone was ("at the counter", "on the
    phone") from k: where a comma may set off their name."""
    if k < len(words) and words[k] == "there":
        return k + 1
    if k < len(words) and words[k] in _WHERE_THEY_WERE:
        return next((j for j in range(k + 1, min(k + 2 + _WHERE_THEY_WERE_WORDS, len(words)))
                     if words[j] == ","), k)
    return k


def _self_announced(pieces: list[Piece], words: list[str]) -> list[tuple[int, int]]:
    """"Good afternoon, Dmitri speaking": a name, then "speaking" or "here", at the start."""
    found = []
    for i, word in enumerate(words):
        if word not in ("speaking", "here") or i == 0:
            continue
        k = i
        # The word before "speaking" may be any name; words before it only known ones, or
        # "boots pharmacy rose speaking" loses the pharmacy's name.
        while k > 0 and i - k < _MAX_NAME_WORDS and _is_name_word(pieces[k - 1]) \
                and (k == i or name_class(pieces[k - 1].text) in ("N", "W", "P")):
            k -= 1
        if k < i and _at_start(words, k):
            found.append((k, i))
    return found


def _a_rare_capitalised_name(pieces: list[Piece], k: int, cased: str) -> bool:
    """A capitalised word no list knows ("Nakato"), or joined by a hyphen to one
    ("Bat-Erdene": "bat" is English, "erdene" no word)."""
    if not capitalised(pieces[k], cased):
        return False
    if k + 2 < len(pieces) and pieces[k + 1].text == "-" and pieces[k + 2].kind == "word" \
            and capitalised(pieces[k + 2], cased):
        k += 2
    return unknown_word(pieces[k].text) and not common_word(pieces[k].text)


def _a_code_s_letter(pieces: list[Piece], start: int, stop: int) -> bool:
    """One letter before a number is a code's first character, no initial: "it's R as in
    Romeo, 20 44 19 03"."""
    if stop - start != 1 or len(pieces[start].text) != 1 or not pieces[start].text.isalpha():
        return False
    k = stop + (stop < len(pieces) and pieces[stop].text in (",", "-"))
    return k < len(pieces) and pieces[k].kind == "number"


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
        if cue[0] in TITLES and (following in _NAMING or following in PERSON_VERBS):
            continue  # "my doctor called yesterday", "the doctor said": no name after it
        if cue[0] in JOB_TITLES and not _titled_name(pieces, i, cased):
            continue  # "the officer training", "the coach friday": the noun's
        if cue == ("dr",) and (i + 1 < len(words) and (
                words[i + 1] in NON_NAME or words[i + 1] in FUNCTION_WORDS
                or (cased and i > 0 and capitalised(pieces[i - 1], cased)  # "Ocean Dr Miami"
                    and words[i - 1] not in FUNCTION_WORDS and words[i - 1] not in FILLERS
                    and words[i - 1] not in GREETING_WORDS and words[i - 1] not in ADDRESSING)
                or (name_class(words[i + 1]) == "E" and not (
                    cased and capitalised(pieces[i + 1], cased) and i + 2 < len(words)
                    and capitalised(pieces[i + 2], cased)
                    and name_class(words[i + 2]) != "E")))):
            continue  # speech-to-text's "dr senanayake"; not "oak dr near the park"; in typed
            # text, whatever the capitalised word ("Dr Hemi Parata": "hemi" is English too)
        if cue in _ANSWER_CUES and not _answer_cue_holds(words, i, len(cue), name_expected):
            continue
        # A title is skipped with the full stop after it ("Mrs. Adaeze Okonkwo-Bright").
        k = i if len(cue) == 1 and cue[0] in TITLES else i + len(cue)
        j = i + len(cue)
        while j < len(words) and (words[j] in _ADDRESS_WORDS or words[j] in (".", ",")):
            j += 1  # "Very sorry for that ma'am. May I have ...", "Thank you ma'am. May I ..."
        after = words[j:j + 2]
        if len(after) == 2 and after[0] in _MODAL_NAMES and after[1] in _ASKED_OF:
            continue  # "sorry about that ma'am may i have ...": a question, no name
        role = k + (k + 1 < len(words) and words[k] in _ROLE_MODIFIERS)  # "i'm sole executor"
        if cue in _I_AM and role < len(words) and words[role] in ROLES \
                and name_class(words[role]) == "E" \
                and (role + 1 == len(words) or words[role + 1] in FUNCTION_WORDS
                     or pieces[role + 1].kind == "punct"):
            continue  # "I'm executor with my brother", "i'm guarantor on it": what the speaker
            # is, no name after it
        # where a name is asked for, what follows is one ("this is long", "it's will"), but not
        # how the speaker is ("I'm sorry, what?", "i'm afraid i didn't catch that")
        sure = kind == "strong" or (name_expected and not (
            cue in _I_AM and k < len(words) and words[k] in NON_NAME
            and words[k] not in FUNCTION_WORD_NAMES))
        if cue in _CONVERSING and k + 1 < len(words) and name_class(words[k]) == "E" \
                and not capitalised(pieces[k], cased) and pieces[k + 1].kind == "word" \
                and words[k + 1] not in _SLOT_AFTER and (everyday_word(words[k]) or (
                    words[k].endswith("s") and common_word(words[k][:-1]))):
            continue  # "we'd only ever ask for characters never ...", "talking to customers
            # all day": a thing, the sentence going on (not "you're talking to mere")
        if cue in _DONE_BY and k < len(words) and name_class(words[k]) not in ("N", "W") \
                and not (cue[0] in _HANDS_ON and _a_rare_capitalised_name(pieces, k, cased)):
            continue  # "Approved by Legal", "prepared by Deloitte": a department's, a firm's
            # (but work done by hand is a person's: "Moisture checked by Nakato")
        if cue[-1] == "by" and k < len(words) and ((
                words[k] in _MEANS and not capitalised(pieces[k], cased))
                or words[k] in WEEKDAYS or words[k] in MONTHS or words[k] in WHEN_SPOKEN
                or (cased and cased[pieces[k].start:pieces[k].end].isupper())):
            continue  # "received by post", "signed by hand": how, not by whom; "approved
            # by Friday the 28th": when; "Approved by HR:": a department's letters
        if kind == "weak" and words[k:k + 1] == ["under"]:
            k += 1  # "it's under (the name (of)) ..."
            if words[k:k + 2] == ["the", "name"]:
                k += 3 if words[k + 2:k + 3] == ["of"] else 2
        if kind == "weak" and k < len(words) and ((
                words[k] in ENDEARMENTS and not _hyphen_joined(pieces, k))
                or _a_wish(words, k)):
            continue  # "thank you ka", "hi mate": what people call each other (but "Thanks
            # Ji-woo": a name's first part)
        if kind == "pronoun" and (k >= len(words) or not capitalised(pieces[k], cased)):
            continue  # and a common word is still none: "She's Happy with it"
        if kind == "relation" and k < len(words) and name_class(words[k]) == "E" \
                and words[k] not in _NAMING and (words[k] in _PEOPLE_DO or (
                    words[k].endswith("ed") and len(words[k]) > _SHORT_ED)
                    or words[k + 1:k + 2] in _AN_OBJECT):
            continue  # "(is that really your name?) it is! my mother loved italy", "my wife
            # set that one up": what the relation did, where a name was asked for too
        if kind == "relation" and k + 1 < len(words):
            if words[k] in _NAMING:
                if words[k + 1] in WHEN_SPOKEN or words[k + 1] in FUNCTION_WORDS:
                    continue  # "my mum called twice": she phoned
                k, sure = k + 1, True  # "my daughter named leilani"
            elif words[k] == "is" and capitalised(pieces[k + 1], cased) \
                    and not capitalised(pieces[k], cased):  # "My Son Is Going": title case
                k, sure = k + 1, True  # "my husband is Rajesh"
            elif cue[0] in _POSSESSIVES and _subject_after_a_relation(words, k):
                sure = True  # "my wife mini could not travel", "my partner mere took photos"
        j = _name_end(pieces, k, sure=sure)
        if j == k and (sure or kind == "relation") and k < len(words) \
                and words[k] in FUNCTION_WORDS and _paired(pieces, k, cased):
            j = max(_name_end(pieces, k + 1, sure=True), k + 1)  # "the cardholder is will mason"
        elif j == k and sure and _alone(pieces, k):
            j = k + 1  # "(your name?) I'm Will."
        if j > k:
            j = _capitalised_tail(pieces, k, _lower_case_tail(pieces, k, j, cased), cased)
        titled = _skip_titles(pieces, k) > k  # "this is dr. amara nwosu": a title, a name
        k = _skip_titles(pieces, k)
        if _coded(pieces, k, cased):
            return None  # "Your reference for this is HB/2291": a reference's letters
        if kind == "relation" and cue[0] in _POSSESSIVES:
            j = min(j, _relation_name_end(pieces, k, cased))
        if j <= k or (cue in _WHOSE_NAME_LABELS and name_class(words[k]) == "E"
                      and not capitalised(pieces[k], cased)):
            return None
        if kind == "weak" and cue[0] in ADDRESSING and words[j - 1] in _ORG_SUFFIXES \
                and capitalised(pieces[j - 1], cased) and (
                    j - k >= 3 or (j - k == 2 and words[j - 1] in _LEGAL_FORMS)):
            return None  # "Hi Bord Gáis Energy, I'm moving house": a firm greeted (not "Hi
            # Charlotte Church": a surname that is a firm's word too)
        if kind == "weak" and not sure and not titled and k + 1 < len(words) \
                and name_class(words[k]) == "W" and not capitalised(pieces[k], cased) \
                and cue not in _SELF_CUES and (words[k + 1] in _WHEN_DUE
                                               or (cased and words[k + 1] in WEEKDAYS
                                                   and words[k] in _STATES_WHEN
                                                   and _when_it_is(pieces, k + 1)
                                                   and not _after_agent_greeting(words, i)
                                                   and not (i > 0 and words[i - 1]
                                                            in GREETING_WORDS)) or (
                    words[k + 1] in MONTHS and a_day(pieces, k + 1)) or (
                    words[k + 1] == "by" and words[k + 2:k + 4] != ["the", "way"])):
            # "due june 30", "due by the 28th" (not "it's grace by the way"); where the
            # text has capitals, "It's due Friday" (in lower case, "it's grace monday")
            return None  # "it's due tomorrow", "it's free friday": how it is, and when
        if kind in ("weak", "relation") and not sure and not titled \
                and (name_class(words[k]) == "E" or words[k] in AFFIRMATIVES) \
                and not capitalised(pieces[k], cased) \
                and not (j < len(words) and (
                    (words[j] in _INTRO_CLOSERS and not (
                        words[j] in _WHERE_FROM and words[k].endswith(_VERB_ENDINGS)
                        and cue != ("this", "is"))
                     and not (words[j] in ("here", "there") and words[k].endswith("ing")))
                    # (not "it's coming from the back", "it's raining here"; but "this is
                    # fielding from the council")
                    or (words[j] == "how" and cue in _SELF_CUES and j == k + 1
                        and _after_agent_greeting(words, i)))):
            return None  # "i'm picking up", "my son wanted", "hello haan i wanted", "i'm
            # staying with my cousin": a common word or a yes of any language, no name
        if kind == "weak" and not titled and j < len(words) and words[j] in _INTRO_CLOSERS:
            k = _past_a_company(words, k, j)  # "hello emerald direct insurance ciara speaking"
        if kind in ("strong", "relation", "pronoun") or name_expected or titled \
                or ((_at_start(words, i) or (cue in _SELF_CUES and (
                    _after_agent_greeting(words, i) or _greeted_before(words, i)))
                     or (cue in _SELF_CUES and any(name_class(w) == "N" for w in words[k:j])))
                    and _closed(pieces, j)) \
                or (j < len(words) and words[j] in _INTRO_CLOSERS) \
                or (cue in _SELF_CUES and j + 1 < len(words) and words[j] == "in"
                    and j == k + 1 and name_class(words[k]) in ("N", "W")):
            return k, j  # (and "... credit union this is frank in member services")
        return None
    return None


# What a thing is on a day: "It's due Friday", "it's free Monday" (a few of these words are
# names somewhere too: "due").
_STATES_WHEN = frozenset(("due", "free", "open", "closed", "booked", "back", "ready", "busy",
                          "off", "on", "late", "shut", "available", "full"))


def _when_it_is(pieces: list[Piece], k: int) -> bool:
    """The weekday at k ends what is said of it, or a date goes on from it: "It's due Friday.",
    "It's due Thursday the 17th" (not "it's grace Friday is fine")."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return nxt is None or nxt.kind in ("punct", "number", "ordinal") or nxt.text == "the"


# How a thing travels or is done, after "by": "received by post", "signed by hand".
_MEANS = frozenset(("post", "hand", "car", "bus", "train", "taxi", "courier", "email", "phone",
                    "mail", "air", "sea", "road", "rail", "cheque", "check", "card", "text",
                    "ferry", "van", "bike", "foot", "mistake", "default", "law", "fax"))
# When something is, said after how it is: "it's due tomorrow", "it's open till six".
# (Not "again", "by", "till": "hi its hope again", "it's grace by the way" introduce someone.)
_WHEN_DUE = frozenset(("tomorrow", "today", "tonight", "soon"))


def _past_a_company(words: list[str], k: int, j: int) -> int:
    """Where the name before a closer starts: after the company's last business word, if one
    stands ahead of it ("hello emerald direct insurance ciara speaking", "hi parkside dental
    priya here"); else where it did ("it's piper nguyen speaking", "hello acme parking hemi
    tane speaking": privacy first, every word of it)."""
    business = [m for m in range(k, j - 1)
                if words[m] in ORG_SUFFIXES or words[m] in BUSINESS_FUNCTIONS]
    return business[-1] + 1 if business else k


def _lower_case_tail(pieces: list[Piece], k: int, j: int, cased: str) -> int:
    """Where a name [k, j) ends in text with its capitals: before its first word in lower case
    after a capitalised one ("Mr Fitzgerald re invoice INV-20931": not "re invoice")."""
    if not cased:
        return j
    m = _skip_titles(pieces, k)
    if m >= j or not capitalised(pieces[m], cased):
        return j
    for n in range(m + 1, j):
        if pieces[n].kind == "word" and not capitalised(pieces[n], cased) \
                and pieces[n].text not in NAME_PARTICLES and pieces[n - 1].text != "-" \
                and (common_word(pieces[n].text) or pieces[n].text in FUNCTION_WORDS):
            return n  # (not "Jane mbeki-odhiambo": no word English text holds)
    return j


def _capitalised_tail(pieces: list[Piece], k: int, j: int, cased: str) -> int:
    """Extend the name [k, j) over capitalised words that are common words too ("this is
    Kevin Love and ..."): in mixed-case text mid-sentence capitals say more than the word
    list. Not in title case ("This Is Kevin Calling About ..."), where every word has one."""
    if not cased:
        return j
    while j < len(pieces) and j - k < _MAX_NAME_WORDS and capitalised(pieces[j], cased) \
            and _is_name_word(pieces[j], FUNCTION_WORDS):
        j += 1
    return j


def _title_case(pieces: list[Piece], cased: str) -> bool:
    """True when capitals say nothing about names: the small words ("is", "to", "the") are
    capitalised too ("This Is Kevin Calling About ..."), or, with no small word to tell, most
    words are. A typed address line ("Deliver to Faith Obi, 221 Ashbury Lane") is no title."""
    small = [p for k, p in enumerate(pieces) if k > 0 and p.kind == "word"
             and p.text in FUNCTION_WORDS and p.text not in FUNCTION_WORD_NAMES
             and pieces[k - 1].text not in (".", "!", "?")]  # (not "Will", "May": maybe
    # names: "Hi Will,")
    if small:
        return 2 * sum(capitalised(p, cased) for p in small) > len(small)
    words = [p for k, p in enumerate(pieces) if p.kind == "word" and k > 0
             and pieces[k - 1].text not in (".", "!", "?")]  # a sentence's first word says
    # nothing: "That's Chebet Kiprono?" is no title, its two words after "That's" too few
    return len(words) >= _TITLE_WORDS and 2 * sum(capitalised(p, cased) for p in words) \
        > len(words)


_TITLE_WORDS = 3  # words after a sentence's first that capitals must mostly start for a title


def mixed_case(original: str) -> str:
    """The text if its case carries information (neither all lower nor all upper), else ""."""
    return original if original != original.lower() and original != original.upper() else ""


def capitalised(piece: Piece, cased: str) -> bool:
    """True when the piece starts with a capital in text that `mixed_case` kept."""
    return bool(cased) and cased[piece.start].isupper()


def _subject_after_a_relation(words: list[str], k: int) -> bool:
    """words[k], after "my wife", is the subject of the verb after it: a name, though a common
    word too ("my wife mini could not travel", "my partner mere took photos"); not a verb, an
    adverb or a word of the clause ("my son always said", "my wife just rang"), nor what is
    theirs, its "'s" lost in speech-to-text ("my son school is closed")."""
    word, after = words[k], words[k + 1]
    return word.isalpha() and word not in FUNCTION_WORDS and word not in NON_NAME \
        and word not in _PEOPLE_DO and word not in _RELATIONS and word not in _MODALS \
        and word not in _PERSONAL_DETAILS and word not in _DETAIL_NOUNS \
        and word not in _RECORD_NOUNS \
        and not word.endswith(("ed", "ing", "ly")) \
        and (after in _MODALS or after in _SUBJECT_VERBS or _done_by_a_person(after) or (
            after in _SUBJECT_AGAIN and name_class(word) != "E"))  # "my instructor bill his
    # car is in the garage" (not "my son loves his school")


_SUBJECT_AGAIN = frozenset(("his", "her", "he", "she", "he's", "she's", "hes", "shes"))
_AN_OBJECT = [[w] for w in ("that", "it", "the", "this", "those", "these", "up", "me", "us",
                            "him", "them")]
_MODALS = frozenset(("will", "would", "can", "could", "should", "might", "must", "may",
                     "can't", "couldn't", "won't", "wouldn't"))
_SUBJECT_VERBS = frozenset(("is", "was", "has", "had", "does", "did", "doesn't", "didn't"))


def _relation_name_end(pieces: list[Piece], k: int, cased: str) -> int:
    """After "my wife" only one word is surely a name ("my wife chiamaka handles ..."); in
    mixed-case text, so is every capitalised word that follows ("my son Kofi Boateng")."""
    j = k + (3 if k + 1 < len(pieces) and pieces[k + 1].text == "-" else 1)
    while j < len(pieces) and capitalised(pieces[j], cased) and _is_name_word(pieces[j]):
        j += 1
    return j


def _skip_titles(pieces: list[Piece], k: int) -> int:
    while k < len(pieces) and pieces[k].text in TITLES:
        k += 1
        if k < len(pieces) and pieces[k].text == ".":
            k += 1
    return k


# -- names by what they are and where they sit ---------------------------------------------------
#
# The cue rules above know how people introduce themselves; the rules below know what a name is
# (`redaction.names`: a lexicon built from the world's given names and surnames against English
# word frequencies) and the generic places a name takes in a sentence. A word that is only a
# name ("oksana", "okafor") is one wherever it stands. A word that is also a common word or a
# place ("grace", "hope", "jordan") is one where a slot says so: before "speaking" or "here",
# after "this is" with nothing after it, after a greeting, "named" or a relation, beside another
# name in a list, or capitalised in mid-sentence where the transcript has case.

_SLOT_AFTER = frozenset(("speaking", "here"))  # "Hope speaking", "nicole here"
_INTRO_ENDS = _SLOT_AFTER | {"calling"}  # "it's bill calling from port vila"
# An agent putting themself on the call: "you've got hemi on the line".
_AGENT_FRAMES = frozenset((("you've", "got"), ("youve", "got"), ("through", "to"),
                           ("speaking", "with"), ("speaking", "to")))
_ON_THE_LINE = frozenset((("on", "the", "line"), ("on", "the", "phone")))
_INTRO_REACH = 12  # words from the start of an utterance where an agent's opening may stand
_COMPANY_WORDS = 6  # words of a workplace between a name and "here": "from the Ōtaki office"
# What is sent from a place, not who: "Greetings from the Nairobi office here".
_SENT_FROM = frozenset(("greetings", "regards", "wishes", "love", "news", "updates", "update",
                        "cheers", "hugs", "reports", "everyone", "all", "people", "someone"))
_ASKING_AUXILIARIES = frozenset(("can", "could", "would", "will", "should", "may", "might",
                                  "does", "did", "do"))
_WHAT_A_PERSON_CAN_DO = frozenset((
    "be", "have", "come", "get", "go", "sign", "add", "pick", "call", "ring", "phone", "use",
    "join", "collect", "speak", "talk", "drive", "stay", "help", "take", "bring", "access",
    "log", "pay", "know", "see", "meet", "attend", "sit", "wait", "text", "email", "check"))
_ONLY_A_PERSON_DOES = frozenset(("sign", "speak", "talk", "join", "attend", "sit", "meet",
                                 "drive", "stay", "wait"))  # (firms ring, come, collect too)
_ANYONE = frozenset(("someone", "somebody", "anyone", "anybody", "everyone", "everybody",
                     "nobody", "noone", "one", "this", "that", "these", "those", "there"))
_TIMES_WISHED = frozenset(("day", "eve", "week", "weekend", "month", "year", "holidays",
                           "holiday", "new"))
_OCCASIONS = frozenset(("birthday", "bday", "anniversary", "retirement", "graduation",
                        "wedding", "engagement", "christening", "diwali", "eid", "christmas"))
_SCHEME_NOUNS = frozenset(("number", "card", "membership", "points", "miles", "login", "app"))
_SCHEME_HOLDERS = frozenset(("your", "my", "our"))
_SALUTATIONS = frozenset(("dear", "attention", "attn", "congratulations", "congrats",
                          "welcome", "sorry", "thanks", "thank", "right", "ok", "okay", "so"))
_OPENING_GREETINGS = frozenset(("good", "hello", "hi", "greetings", "welcome"))
_GREETING_THEN_INTRO = 6  # words: "good evening, my name is"
_FIRM_BEFORE_A_GREETING = 3  # words: "Royal Air Maroc Safar Flyer" (not "Oliver Swift")
_GREETED_WORDS = 3  # words of a name greeted before "good morning, this is"
_NAME_INTROS = frozenset((("my", "name"), ("my", "names"), ("my", "name's"), ("this", "is"),
                          ("you're", "speaking"), ("youre", "speaking")))
_COMPANY_INTROS = frozenset((("this", "is"), ("you're", "speaking"), ("youre", "speaking"),
                             ("you", "are")))
_AT_A_PLACE = frozenset(("on", "at", "in", "from"))
# What speaks without a person: "sky on the phone said", "the bbc on the news said".
_MEDIA = frozenset(("phone", "line", "app", "website", "site", "screen", "radio", "tv", "telly",
                    "news", "internet", "web", "email", "chat", "letter", "system", "recording"))
_SAID = frozenset(("said", "says", "told", "tells", "promised", "mentioned", "advised",
                   "explained", "reckoned", "confirmed"))  # what a person at a desk did
_SLOT_AFTER_PAIRS = (("on", "the", "line"), ("this", "side"), ("at", "your", "service"),
                     ("for", "short"))  # "Tin for short"
_WILL_DO = frozenset((("is", "fine"), ("'s", "fine"), ("is", "ok"), ("is", "okay"),
                      ("works", "fine"), ("is", "good")))
# Whom thanks or greetings are sent: "say thanks to Bill for me".
_GREETED_TO = (("thanks", "to"), ("hello", "to"), ("hi", "to"), ("love", "to"), ("best", "to"))
_SPOKE_TO = (("spoke", "to"), ("spoke", "with"), ("spoken", "to"), ("talked", "to"),
             ("talked", "with"), ("speak", "to"), ("speak", "with"))
_INTRO_BEFORE = (
    ("this", "is"), ("it's",), ("its",), ("it", "is"), ("i'm",), ("im",), ("i", "am"),
    ("you've", "got"), ("you", "have"), ("through", "to"), ("speaking", "to"),
    ("speaking", "with"), ("talking", "to"), ("talking", "with"), ("chatting", "with"),
    ("chatting", "to"), ("me",), ("that's", "me"),
    *_SPOKE_TO,
)
_HAVING = (("you've", "got"), ("you", "have"))
_MODEL_CODE_RE = rx.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]?")  # "V15", "S24", "RAV4", "X5"
_MODEL_DIGITS = 2  # of a model's number after its maker and line ("Neostar 440")
_MODEL_YEAR_RE = rx.compile(r"(?:19[5-9]|20[0-4])\d")
# ... and after an article, any code of letters and digits: "a Blum 71B3550", "the Miele 8KG".
_PART_CODE_RE = rx.compile(r"(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z\d-]{3,12}")
_CODE_LETTERS = 4  # capitals at most of a reference's prefix


def opens_a_letter(pieces: list[Piece], cased: str) -> bool:
    """A typed message opening by greeting whom it is for: "Hi Inga,", "Dear all", "Morning
    team" (its last line may then be the writer's name alone)."""
    return bool(cased) and len(pieces) > 1 and pieces[0].text in _LETTER_GREETINGS \
        and capitalised(pieces[0], cased)


def signature_line(pieces: list[Piece], cased: str) -> tuple[int, int] | None:
    """The text's last line, where it is one capitalised name alone, perhaps with a kiss or a
    stop ("Grace", "Ertie x"): in a message that opened by greeting someone, the writer
    signing it (not "Cheers", "Lovely", "Thursday", "Paris": a closing, a word of talk, a day,
    a place). The piece-index range of the name, or None."""
    start = 0
    for k in range(1, len(pieces)):
        if "\n" in cased[pieces[k - 1].end:pieces[k].start]:
            start = k
    words = [k for k in range(start, len(pieces))
             if pieces[k].kind != "punct" and pieces[k].text not in _KISSES]
    if len(words) != 1 or words[0] != start or not capitalised(pieces[start], cased):
        return None
    word = pieces[start].text
    named = word.isalpha() and len(word) >= 2 and word not in _NOT_A_SIGNER \
        and word not in _NO_ONE_ADDRESSED and word not in MONTHS and word not in WEEKDAYS \
        and word not in _SEASONS and word not in FUNCTION_WORDS and (
            name_class(word) in ("N", "W") or (unknown_word(word) and not common_word(word)))
    return (start, start + 1) if named else None


_LETTER_GREETINGS = frozenset(("hi", "hello", "hey", "hiya", "dear", "morning", "evening"))
_THANKING = frozenset(("thanks", "thank", "grateful", "gratitude", "thx", "cheers")) \
    | GREETING_WORDS
_KISSES = frozenset(("x", "xx", "xxx"))


def signed_off(pieces: list[Piece], cased: str) -> list[tuple[int, int]]:
    """The writer's name after a letter's closing, ending its line or the text ("Yours
    faithfully,\nFaith Jepkosgei\n07700 900123", "Thank you, Park Jun-ho"): two to four
    capitalised words, one of them a name or a word no list knows, none an everyday word, a
    small one, a firm's form or an acronym ("Kind regards, Acme Support", "Thanks, The Harbour
    Team", "Kind regards, HomeCare SA"). One word alone may be a place's or a firm's ("Best,
    London", "Thanks, Afterpay"): other rules take a name said alone."""
    spans = []
    for k, piece in enumerate(pieces[:-2]):
        line_start = k == 0 or "\n" in cased[pieces[k - 1].end:piece.start]
        if line_start and piece.text not in _CLOSINGS:
            start = k  # a signature's line: "Mark Penhaligon, Member Services, Trelawny BS"
        elif piece.text not in _CLOSINGS or (piece.text == "you" and (
                k == 0 or pieces[k - 1].text != "thank")):
            continue  # (not "See you Friday.")
        else:
            start = k + 1 + (pieces[k + 1].text == ",")
        while start < len(pieces) and pieces[start].text in TITLES:
            start += 1  # ("Thank you, Dr. Patel": the title stays)
        end = start
        while end < len(pieces) and end - start < _SIGNATURE_WORDS and (
                end == start or "\n" not in cased[pieces[end - 1].end:pieces[end].start]) and (
                (pieces[end].kind == "word" and (capitalised(pieces[end], cased) or (
                    end > start and pieces[end - 1].text == "-")))
                or (pieces[end].text == "-" and end > start
                    and pieces[end].start == pieces[end - 1].end)):
            end += 1  # (a hyphen inside a name: "Park Jun-ho"; the line's end ends it)
        while end > start and pieces[end - 1].text == "-":
            end -= 1
        if end == start:
            continue
        role = _a_role_follows(pieces, end, cased) or (
            start > k and _a_firm_follows(pieces, end, cased))  # "Best wishes, Rose Alderton,
        # Alderton Leisure Homes"
        if start == k and not (role and end - start >= _SIGNATURE_MIN
                               and "\n" not in cased[pieces[end].end:]):
            continue  # a line's start is a signature's only before the writer's role, on
            # the text's last line (not a list's line: "Harry Potter, Head Boy badge")
        if not role and end < len(pieces) \
                and "\n" not in cased[pieces[end - 1].end:pieces[end].start] \
                and pieces[end].text not in (".", "!"):
            continue  # the name ends its line ("Thanks, Grace\n\nSent from my iPhone")
        if _a_signature(pieces[start:end], cased, loose=role):
            spans.append((start, end))
    return spans


def signers_after_a_closing(pieces: list[Piece], cased: str) -> list[tuple[int, int]]:
    """The writers who end a personal message after its closing and a comma: "Love,
    Souksavanh and Khamphoui", "Cheers, Amarbayar & Tuya", "Love, Otgoo": names no list needs
    to know, each a capitalised word no dictionary holds (one alone after "Love," only: "Thanks,
    Afterpay" may be a firm)."""
    for k, piece in enumerate(pieces[:-2]):
        if piece.text not in _PERSONAL_CLOSINGS or pieces[k + 1].text != "," \
                or not capitalised(piece, cased):
            continue
        names, j = [], k + 2
        while j < len(pieces) and _a_signer_s_word(pieces[j], cased):
            names.append((j, j + 1))
            if j + 2 < len(pieces) and pieces[j + 1].text in _SIGNERS_JOINED:
                j += 2
                continue
            j += 1
            break
        ends = j == len(pieces) or pieces[j].text in (".", "!", "x", "xx", "xxx") \
            or "\n" in cased[pieces[j - 1].end:pieces[j].start]
        if _a_full_name_signed(pieces, k + 2, cased):
            return [(k + 2, k + 4)]  # "Cheers, Mere Parata": a given name that is an English
            # word too, then a surname no list knows
        personal = piece.text in _LOVING_CLOSINGS
        if names and ends and names[-1][1] == j and (len(names) >= 2 or personal) and (
                personal or any(name_class(pieces[a].text) in ("N", "W") for a, _ in names)):
            return names  # (not "Thanks, Monzo and Revolut.": after a closing firms write too,
            # so one of them must be a name the data holds)
    return []


_PERSONAL_CLOSINGS = frozenset(("love", "cheers", "thanks", "regards", "best", "hugs"))
_LOVING_CLOSINGS = frozenset(("love", "hugs"))  # only people sign so
_SIGNERS_JOINED = frozenset(("and", "&", "+"))


def _a_full_name_signed(pieces: list[Piece], a: int, cased: str) -> bool:
    """Two capitalised words that end the message from piece a, one of them a signer's."""
    two = pieces[a:a + 2]
    return len(two) == 2 and (a + 2 == len(pieces) or (
        a + 3 == len(pieces) and pieces[a + 2].text in (".", "!"))) and all(
        p.kind == "word" and p.text.isalpha() and capitalised(p, cased)
        and p.text not in FUNCTION_WORDS and p.text not in _NOT_A_SIGNER
        and p.text not in _ORG_SUFFIXES and p.text not in LEXICON_EXCLUDED
        and p.text not in GREETING_WORDS for p in two) \
        and any(_a_signer_s_word(p, cased) for p in two)


def _a_signer_s_word(piece: Piece, cased: str) -> bool:
    word = piece.text
    return piece.kind == "word" and capitalised(piece, cased) and word.isalpha() \
        and len(word) >= 2 and word not in _NOT_A_SIGNER and word not in FUNCTION_WORDS \
        and (name_class(word) in ("N", "W") or (unknown_word(word) and not common_word(word)))


def _a_role_follows(pieces: list[Piece], end: int, cased: str) -> bool:
    """A comma, then the rest of the line says what the writer does: "..., Member Services,
    Trelawny Building Society", "..., Bookings Secretary", "..., Service Manager"."""
    if end >= len(pieces) or pieces[end].text != "," \
            or "\n" in cased[pieces[end - 1].end:pieces[end].start]:
        return False
    for j in range(end + 1, min(len(pieces), end + 1 + _ROLE_LINE_WORDS)):
        if j > end + 1 and "\n" in cased[pieces[j - 1].end:pieces[j].start]:
            return False
        if pieces[j].text in _WRITERS_ROLES and capitalised(pieces[j], cased):
            return True
    return False


_FIRM_AFTER_A_NAME = frozenset((",", "@", "at", "from"))  # "Hope @ Drake ..."


def _a_firm_follows(pieces: list[Piece], end: int, cased: str) -> bool:
    """A comma (or "@", "at"), then two capitalised words or more to the end of the line or the
    text: the firm a writer signs for after their name ("..., Alderton Leisure Homes", "Hope @
    Drake Circus Lettings"; not a town alone: "Regards, Green Park, London")."""
    if end >= len(pieces) or pieces[end].text not in _FIRM_AFTER_A_NAME \
            or "\n" in cased[pieces[end - 1].end:pieces[end].start]:
        return False
    j = end + 1
    while j < len(pieces) and j - end <= _ROLE_LINE_WORDS \
            and "\n" not in cased[pieces[j - 1].end:pieces[j].start] \
            and (capitalised(pieces[j], cased) or pieces[j].text in ("&", "and", "of")):
        j += 1
    return j > end + 2 and (j == len(pieces) or "\n" in cased[pieces[j - 1].end:pieces[j].start]
                            or (pieces[j].kind == "punct" and j + 1 == len(pieces)))


def _a_signature(pieces: list[Piece], cased: str, loose: bool = False) -> bool:
    """Words that may sign a text: `loose` where the writer's role follows them, so that a
    name that is a word too may stand alone ("Will Tangitau, Service Manager", "Gwen Long,
    Bookings Secretary")."""
    words = cased[pieces[0].start:pieces[-1].end].lower().split()  # ("jun-ho" one word)
    classes = [name_class(w) for w in words]
    if loose and len(words) >= _SIGNATURE_MIN and classes[0] in ("N", "W") and not any(
            (w in FUNCTION_WORDS and w not in FUNCTION_WORD_NAMES) or c == "E"
            or w in ORG_SUFFIXES or w in _WRITERS_ROLES or w in GREETING_WORDS
            or w in WEEKDAYS or w in MONTHS for w, c in zip(words, classes, strict=True)) \
            and not {"N", ""}.isdisjoint(classes):
        return True  # (not "Royal Mail, Customer Services Team": an everyday word; nor "Green
        # Park, Station Manager": words that are names too, and no more)
    if len(words) < _SIGNATURE_MIN:
        return (classes == ["N"] or (loose and classes == ["W"])) \
            and words[0] not in ORG_SUFFIXES and words[0] not in GREETING_WORDS
        # "Thanks, Priya", "Cheers, Hope @ Drake Circus Lettings" (not "Thanks,\nSalam")
    return not any(
        w in FUNCTION_WORDS or c == "E" or w in ORG_SUFFIXES or w in ENDEARMENTS
        or w in GREETING_WORDS or (len(w) > _SHORT_FORM and (w in WEEKDAYS or w in MONTHS))
        for w, c in zip(words, classes, strict=True)) \
        and not any(cased[p.start:p.end].isupper() and len(p.text) <= _SHORT_FORM
                    for p in pieces) \
        and not {"N", ""}.isdisjoint(classes)  # ("Regards, Kia Ora", "Best, Gold Coast")


# What a writer's role says after their name in a signature: "Bookings Secretary", "Member
# Services", "Patient Liaison".
_WRITERS_ROLES = frozenset((
    "manager", "secretary", "services", "liaison", "officer", "coordinator",
    "director", "administrator", "admin", "adviser", "advisor", "assistant", "clerk",
    "executive", "lead", "head", "department", "supervisor", "consultant",
    "specialist", "representative", "treasurer", "chair", "chairperson", "receptionist",
    "founder", "partner", "owner", "engineer", "technician", "controller", "accountant",
    "solicitor", "captain", "coach", "president", "ceo", "cfo", "md"))
_ROLE_LINE_WORDS = 5
_CLOSINGS = frozenset(("regards", "sincerely", "faithfully", "wishes", "thanks", "cheers",
                       "truly", "warmly", "best", "respectfully", "gratitude", "you"))
_SIGNATURE_WORDS = 4
_SIGNATURE_MIN = 2
_SHORT_FORM = 3  # letters of an acronym ("QA", "EE") and of a day's or month's short form,
# which is also a name's ("Jun-ho"): only longer ones are taken for days and months


def _coded(pieces: list[Piece], k: int, cased: str) -> bool:
    """Capitals that open a reference, written before its number: "HB/2291", "HB 2291"."""
    if not cased or k + 1 >= len(pieces) or len(pieces[k].text) > _CODE_LETTERS:
        return False
    nxt = pieces[k + 1]
    written = cased[pieces[k].start:pieces[k].end]
    return written.isupper() and (nxt.kind == "number" or (
        nxt.text in ("/", "-") and k + 2 < len(pieces) and pieces[k + 2].kind == "number"))
_VOCATIVE_BEFORE = frozenset(("thanks", "thank", "hi", "hello", "hey", "okay", "ok", "sorry",
                              "hiya", "heya", "howdy", "yo",
                              "bye", "cheers", "dear", "morning", "afternoon", "evening",
                              "regards", "sincerely", "welcome", "ta", "thx",
                              ))
# Words before a name that opens the clause "himself" ends: "was it grant himself"
_REFLEXIVE_OPENERS = frozenset(("it", "was", "is", "and", "or", "but", "with", "that"))
# Reassurances that address the other party as greetings do: "no worries jay, can i ..."
_REASSURANCES = frozenset((("no", "worries"), ("no", "bother"), ("no", "problem")))
# ... and greetings of any language: "Aloha Brent", "Namaste Ji"
ADDRESSING = _VOCATIVE_BEFORE | GREETING_WORDS
# Farewells, no one's name (though "goodbye" may come before one: "goodbye sky, hello virgin").
_FAREWELLS = frozenset(("goodnight", "goodbye", "cheerio", "ciao", "laters", "adios", "tata",
                        "toodles", "bye", "cheers"))
_NOT_CALLED = ADDRESSING | _FAREWELLS
# Words before a person, not before a thing: "ask Ben X5 about it", "cc Dave P1".
_PERSON_BEFORE = TITLES | _ASKED | {"cc", "dear"}
# Who "goes by" a name: "i go by jun", not "the balance will go by NEFT".
_NICKNAME_SUBJECTS = frozenset(("i", "he", "she", "they", "we", "you", "everyone", "mum", "dad",
                                "everybody"))
_NAMING_BEFORE = (("named",), ("called",), ("calls", "me"), ("call", "me"), ("goes", "by"),
                  ("known", "as"), ("nickname", "is"), ("maiden", "name"), ("calls", "him"),
                  ("calls", "her"), ("call", "him"), ("call", "her"), ("calls", "them"),
                  ("go", "by"), ("(", "nickname"), ("aka",), ("a.k.a",), ("just", "say"))
# People a caller mentions by role rather than relation: "the adjuster monique will call".
ROLES = frozenset((
    # who treats a patient: "our hygienist grace", "the nurse practitioner hope at ten"
    "hygienist", "practitioner", "optometrist", "orthodontist", "podiatrist", "dietitian",
    "dietician", "radiographer", "sonographer", "audiologist", "anaesthetist", "psychologist",
    "psychiatrist", "chiropractor", "osteopath", "physician", "registrar", "matron",
    "phlebotomist", "dermatologist", "paediatrician", "pediatrician", "gynaecologist",
    "obstetrician", "oncologist", "cardiologist", "neurologist",
    # who a claim, a tenancy or a payroll names: "the leaver is grace ni fhlatharta"
    "leaver", "joiner", "trainee", "lodger", "guarantor", "executor", "executrix", "trustee",
    "claimant", "pupil", "underwriter", "adjudicator", "conveyancer", "notary", "bailiff",
    "mediator", "arbitrator", "liquidator",
    "subscriber", "cardholder", "occupant", "childminder", "gardener", "roofer", "locksmith",
    "deceased", "caretaker", "janitor", "concierge", "cleaner", "housekeeper", "nanny",
    "warden", "porter", "handyman", "foreman", "rider", "umpire", "referee", "marshal",
    "volunteer", "chaperone", "skipper", "captain", "groomer", "stylist", "barber",
    "photographer", "tuner",
    "adjuster", "agent", "advisor", "adviser", "technician", "engineer", "nurse", "doctor",
    "supervisor", "manager", "colleague", "landlord", "landlady", "tenant", "neighbour",
    "neighbor", "caseworker", "assessor", "driver", "courier", "rep", "representative",
    "pharmacist", "dentist", "surgeon", "therapist", "teacher", "lawyer", "solicitor",
    "accountant", "officer", "inspector", "specialist", "consultant", "partner", "spouse",
    "wife", "husband", "son", "daughter", "mother", "father", "mom", "mum", "dad", "brother",
    "sister", "grandmother", "grandfather", "grandma", "grandpa", "nan", "uncle", "aunt",
    "auntie", "cousin", "nephew", "niece", "kid", "kids", "child", "children", "boy", "girl",
    "baby", "friend", "boss", "fiance", "fiancee", "boyfriend", "girlfriend", "stepson",
    "stepdaughter", "dependent", "dependant", "beneficiary", "guy", "lady", "man", "woman",
    "gentleman", "mr", "mrs", "ms", "miss", "dr", "prof", "coach", "trainer", "instructor",
    "tutor", "professor", "lecturer", "receptionist", "cashier", "clerk", "midwife", "carer",
    "caregiver", "vet", "physio", "physiotherapist", "optician", "chemist", "installer", "tech",
    "plumber", "electrician", "mechanic", "builder", "contractor", "paramedic", "counsellor",
    "counselor", "attorney", "paralegal", "banker", "broker", "realtor", "postman", "postie",
    "planner", "coordinator", "director", "owner", "chef", "waiter", "waitress", "host",
    "guide", "pilot", "steward", "stewardess", "reverend", "rev", "pastor", "imam", "rabbi",
    "priest", "vicar", "principal", "headteacher", "coworker", "workmate", "gp", "handler",
    "agent", "operator", "dispatcher", "surveyor", "valuer", "estimator", "examiner", "auditor",
    "recruiter", "mentor", "supervisor", "chaperone", "nanny", "babysitter", "cleaner",
    "housekeeper", "concierge", "porter", "guard", "warden", "sergeant", "constable", "detective",
    "granddaughter", "grandson", "stepmother", "stepfather", "flatmate", "roommate", "housemate",
    "twin", "godson", "goddaughter", "bestie", "mate", "buddy", "rider", "shopper", "seller",
    "buyer", "passenger", "guest", "patient", "client", "customer", "member", "holder",
    "applicant", "student", "employee", "worker", "volunteer", "caller", "sender", "recipient",
    "exec", "salesperson", "salesman", "saleswoman", "hairdresser",
    # who does a job for the caller on the day: "Groomer on the day: Hunter"
    "groomer", "fitter", "sitter", "petsitter", "housesitter", "dogwalker", "organiser",
    "organizer", "photographer", "videographer", "stylist", "barber", "beautician",
    "decorator", "glazier", "tiler", "harbourmaster", "ranger", "referee", "umpire", "caterer",
    "tattooist",
))
_NICKNAME_CUES = frozenset(cue for cue in _NAMING_BEFORE if len(cue) == 2)
_NICKNAME_ENDS = frozenset(cue[-1] for cue in _NICKNAME_CUES)
_NAMED_ENDS = frozenset(cue[-1] for cue in _NAMING_BEFORE)
# The word right before a name in one of `_named_in_frame`'s frames.
_FRAME_BEFORE = frozenset(cue[-1] for cue in _NAMING_BEFORE if len(cue) > 1) | ROLES | {
    "is", "was", "(", "but", "just", "be", "of", "for", "were", "are"}
# Someone's details, and what may follow their owner's name: "the passport of gab is wrong".
_DETAIL_NOUNS = frozenset(("birth", "dob", "birthday", "passport", "name", "surname", "address",
                           "details", "email", "phone", "mobile", "licence", "license", "ssn",
                           "signature", "nationality", "allergies", "booking", "reservation",
                           "account", "order", "appointment", "prescription", "policy",
                           "parcel", "package", "delivery", "refund", "payment", "transfer"))
_DETAIL_OWNER_ENDS = frozenset(("?", ".", ",", "!", "is", "was", "please", "too", "as", "and",
                                "then", "again", "there", "here", "at", "on", "today",
                                "tomorrow"))
_BEING = frozenset(("is", "was", "be", "been"))  # "my physio was ...", "used to be ..."
# Who is "called" or "named" something, besides a role: "someone called jun".
_SOMEONE = frozenset(("someone", "somebody", "person", "bloke", "chap", "fella", "fellow"))
_GUESS_REACH = 24  # pieces back to the question about a person
_PERSON_NOUNS = _SOMEONE | frozenset(("lady", "guy", "man", "woman", "gentleman", "girl", "boy",
                                      "agent", "gent", "lass", "lad"))
# What a person named after their role does next: "our driver robbo can be there".
_ROLE_VERBS = frozenset(("can", "will", "would", "could", "should", "might", "is", "was", "has",
                         "had", "does", "did", "isn't", "wasn't", "can't", "won't", "will"))
# Words a clause may open with before its subject: "but Misty said", "yeah Noel rang".
_CLAUSE_OPENERS = frozenset(("and", "but", "so", "then", "yeah", "yep", "yes", "oh", "ok",
                             "okay", "because", "cos", "also", "when", "if", ",", "ps", "btw",
                             "fyi", "plus"))
_MAKES = frozenset(VEHICLE_MAKES)
_LIST_JOINERS = frozenset(("and", "or", "&", ",", "+"))
_POSSESSIVE_WORDS = frozenset(("my", "our", "his", "her", "their", "your"))
_DOERS = frozenset(("i", "we", "you", "they", "he", "she", "u"))
# A list's item that is a name and what goes with it: "Mark on bass", "Will - Mondays".
_QUOTES = frozenset(('"', "'", "“", "”", "‘", "’"))
_OPENING_MARKS = _QUOTES | {"("}
_CLOSING_MARKS = _QUOTES | {")"}
_ITEM_LINKS = frozenset(("on", "-", "–", "—", "as", "at", "(", "in", "for", "with"))
_ITEM_ENDS = frozenset((".", ";", ":", "!", "?", "\n"))
_ITEM_TAIL = 4
# Subjects that open a clause of their own after a name: "tell my boss bill i'm out"; those
# with their verb joined on follow no modal either ("tell my husband will we're late").
_CONTRACTED_SUBJECTS = frozenset(("i'm", "he's", "she's", "we're", "they're", "you're", "it's"))
_THIRD_PERSONS = frozenset(("he", "she", "we", "they"))  # no inversion after a modal ("may i")
_SUBJECT_PRONOUNS = _CONTRACTED_SUBJECTS | frozenset(("i", "im", "he", "hes", "she", "shes",
                                                      "we", "they", "you"))
# What an agent asks right after greeting a caller by name: "hi bill what can i do for you".
_WH_AFTER_GREETING = frozenset(("what", "whats", "what's", "how", "hows", "how's", "where",
                                "wheres", "long", "good", "nice", "lovely", "great"))
# What one asks someone beside them: "bill what did i put", "rose where's the letter".
_ASKED_OF_THEM = _WH_AFTER_GREETING - frozenset(("long", "good", "nice", "lovely", "great")) \
    | frozenset(("which", "when", "whens", "when's", "did", "do", "can", "have", "was", "is",
                 "whats", "where's", "wheres", "who", "whos", "who's"))
_FIELD_AFTER = frozenset(("no", "number", "#", ":", "id", "nr", "card"))
# After a capitalised name that is a word too, opening a sentence, what only a subject is
# followed by in a past or present report: "Faith had the car.", "Lance was stood next to me".
def _kept_away(words: list[str], k: int) -> bool:
    """Words from k say someone will not be somewhere or do their part: "(Mark cant) come
    tonight", "(Grace couldn't) make it", "(Hunter won't) be at training" (not "(Apple won't)
    replace the screen", "(Hope can't) be the only option")."""
    return k < len(words) and (words[k] in _ATTENDING or (
        words[k] == "be" and words[k + 1:k + 2] != [] and words[k + 1] in _BEING_THERE))


_ATTENDING = frozenset(("come", "make", "attend", "join", "cover", "work", "turn", "show",
                        "drive", "collect", "pick", "answer", "talk", "speak", "meet", "play",
                        "stay", "sing", "train", "swim", "babysit", "host"))
_BEING_THERE = frozenset(("at", "in", "here", "there", "around", "back", "available", "able",
                          "home", "off", "on", "away", "free", "well", "late", "reached"))
# How a thing comes, no person: "(mark) cant come out in the wash", "(dawn) cant come soon
# enough" (speech with no capitals has no other sign).
_THINGS_COME = frozenset(("out", "off", "up", "through", "loose", "apart", "undone", "soon",
                          "true", "down", "quick", "quickly", "fast"))
# A modal denied: "Mark cant come tonight", "Grace couldn't make it".
_DENIED_MODALS = frozenset(("can't", "cant", "couldn't", "couldnt", "won't", "wont", "wouldn't",
                            "wouldnt", "shouldn't", "shouldnt"))
_SUBJECT_AUX = frozenset(("had", "was", "did", "has", "does", "hadn't", "wasn't", "didn't",
                          "hasn't", "doesn't", "hadnt", "wasnt", "didnt", "hasnt", "doesnt")) \
    | _DENIED_MODALS
_MEETING_REACH = 6  # words before "with"
_CALLERS = frozenset(("you've", "youve", "you", "have", "i've", "ive", "we've", "weve", "i", "we"))
# Words after which a word may be a name whatever it is ("speaking", "and [i]", "is [my son]").
_PERSON_NEXT = _SLOT_AFTER | frozenset(("and", "is"))
# First words of every introduction form `_company_before_intro` looks for.
_INTRO_WORDS = _SLOT_AFTER | frozenset(p[0] for p in _SLOT_AFTER_PAIRS) | frozenset(
    ("this", "you're", "youre", "you"))
# Whose relation a name is said to be: "sunny's my partner", "grace is our lodger".
_OWNER_OF = frozenset((owner,) for owner in _POSSESSIVE_WORDS)
_IS_OWNER_OF = frozenset(("is", *owner) for owner in _OWNER_OF)
# Words after a common-word name that show the slot ended: "this is faith may i have ...".
_SLOT_CLOSERS = NAME_CLOSERS | frozenset((
    "how", "can", "could", "may", "who", "whos", "who's", "what", "whats", "what's", "i",
    "you", "speaking",
    "here", "calling",
    "please", "and", "but", "so", "thanks", "thank", "is", "was", "will", "would", "your",
))
# Where an agent names the company, not a person: "thank you for calling <company>, ...".
_COMPANY_SLOTS = frozenset((("for", "calling"), ("welcome", "to"), ("you've", "reached"),
                            ("have", "reached"), ("you", "reached"), ("for", "choosing"),
                            ("for", "flying")))
# ... and where it may name either, the company when the agent's own name comes after it:
# "you're through to <company>, my name's ...", "... through to <company>, PAYE, NAME speaking".
_THROUGH_TO = ("through", "to")
_NAMED_AFTER = (("my", "name"), ("my", "name's"), ("my", "names"), ("it's",), ("its",),
                ("this", "is"), ("i'm",), ("im",), ("speaking",))
_COMPANY_SLOT_LAST = frozenset(slot[-1] for slot in _COMPANY_SLOTS)
_COMPANY_SLOT_ENDS = frozenset(("this", "my", "i'm", "im", "i", "it's", "its", "you're", "how",
                                "where", "and", "speaking", "here", "good", "you've", "youve",
                                "youre", "you"))
# Last words of a business's or an institution's name (lexicon: org_suffixes).
_ORG_SUFFIXES = ORG_SUFFIXES
# How a firm's name goes on when it answers the phone: "Ticketstop, you're through to sales".
_A_FIRM_ANSWERS = frozenset(("you're", "youre", "you", "this", "how", "good", "welcome", "thank",
                             "thanks", "hello", "hi", "we're", "it's", "morning", "afternoon",
                             "evening", "speaking"))
_ORDINAL_RE = rx.compile(r"\d+(?:st|nd|rd|th|ST|ND|RD|TH)")
# Work done to goods by hand, after which "by" and a capitalised word no list knows is a
# person ("weighed by Upendo"); audits, approvals and reviews are a firm's too.
_HANDS_ON = frozenset(("packed", "weighed", "counted", "picked", "measured", "checked", "sealed",
                       "scored", "sorted", "tasted", "stitched", "labelled", "labeled", "loaded",
                       "cupped", "trimmed", "polished", "glazed", "sewn", "woven", "carved",
                       "knitted"))  # (not "roasted by Hasbean", "graded by Ofqual", "dyed by
# Dylon": what firms and bodies do)
_GIVEN_NAME_LETTERS = 3
# What an agent answers for, named after "on": "Jordan on sales", "Mere on the service desk".
_DESKS = frozenset(("sales", "reception", "bookings", "billing", "accounts", "support",
                    "switchboard", "enquiries", "service", "desk", "helpdesk", "lettings",
                    "parts", "claims", "returns", "renewals", "customer", "care"))
_DESK_WORDS = 4
_ID_PIECES = 8  # pieces of a member's or a customer's number back to its noun
_ASKED_REACH = 12  # words of a message opened by a name that a question mark may close
# Honorifics said after a name: Japanese and Korean ("Ito-san", "Kim-ssi", "Park-nim").
_HONORIFIC_SUFFIXES = frozenset(("san", "sama", "sensei", "kun", "chan", "senpai", "dono",
                                 "ssi", "nim"))
# How a trade's workplace ends in the languages near English: "distillerie", "brauerei",
# "brouwerij", "bryggeriet", "cervecería"; and in English, "roastery", "saddlery" (as surnames
# do too: "Ellery", "Montgomery").
_TRADE_ENDINGS = ("erie", "eria", "ería", "erei", "erij", "eriet")
_ENGLISH_TRADE_ENDING = "ery"
_TRADE_WORD_LETTERS = 6


def _hyphen_joined(pieces: list[Piece], k: int) -> bool:
    """Piece k is joined by a hyphen, no space either side, to the word after it ("Ji-woo")."""
    return k + 2 < len(pieces) and pieces[k + 1].text == "-" \
        and pieces[k].end == pieces[k + 1].start and pieces[k + 1].end == pieces[k + 2].start \
        and pieces[k + 2].kind == "word"


def _ends_like_a_firm(word: str, english: bool = True) -> bool:
    """A business's own word by list or by its trade's ending; only where a firm is expected
    (after "from", opening a capitalised run, a run not the lexicon's name), as "delivery" or
    "Valerie" end so too. `english`: the English ending counts, where a person's verb follows."""
    return word in _ORG_SUFFIXES or (len(word) >= _TRADE_WORD_LETTERS and (
        word.endswith(_TRADE_ENDINGS) or (english and word.endswith(_ENGLISH_TRADE_ENDING))))
# What only a person has: "faith's date of birth", "Hope's email".
_PERSONAL_DETAILS = frozenset((
    "date", "dob", "birthday", "card", "account", "number", "phone", "mobile", "cell", "email",
    "address", "name", "surname", "policy", "passport", "licence", "license", "details", "id",
    "pin", "password", "social", "ssn", "middle", "1st", "last", "maiden", "postcode", "zip",
    "signature", "consent", "permission", "records", "prescription", "appointment", "booking",
    "membership", "plan", "benefits", "salary", "pension", "visa", "line", "car", "vehicle",
    "insurance", "claim", "medication", "meds", "school", "teacher", "doctor", "results",
    "bill", "statement", "refund", "order", "device", "laptop", "ticket", "flight", "seat",
))
# After a sure first name, words that end the introduction rather than give a surname.
_NOT_SURNAMES = FUNCTION_WORDS | NAME_CLOSERS | frozenset((
    "speaking", "calling", "here", "please", "thanks", "thank", "sorry", "again", "today",
    "now", "too", "also", "yes", "yeah", "ok", "okay", "right", "so", "and", "but"))
# What opens the clause after the name of someone greeted at the start ("hiya wren whats up"),
# and what may follow the name of someone thanked ("thanks a million will, bye").
_AFTER_A_GREETED_NAME = frozenset(("it's", "its", "this", "i'm", "im", "how", "how's", "hows",
                                   "my", "what's", "whats", "thanks", "just", "sorry", "listen",
                                   "that's", "thats"))  # ("vinaka joy that's perfect")
_YOU_HAVE_BEEN = frozenset(("you've", "youve", "you're", "youre"))  # "thanks will you've been
# great"; not "thanks, hope you're well", a wish
_AFTER_A_THANKED_NAME = frozenset((",", ".", "!", "bye", "cheers", "that's", "thats")) \
    | _YOU_HAVE_BEEN
_WISHED = frozenset(("you", "you're", "youre", "you've", "youve", "your", "it", "it's", "its",
                     "that", "to", "all", "everything", "the", "we", "they", "he", "she"))


def _a_wish(words: list[str], i: int) -> bool:
    """"thanks hope you have a good day", "cheers hope it goes ok": the verb of a wish after
    thanks, not the name of the one thanked."""
    return words[i] == "hope" and i + 1 < len(words) and words[i + 1] in _WISHED


_THANKS = tuple((thanks, *more) for thanks in ("thanks", "cheers", "ta", "thx")
                for more in ((), ("a", "million"), ("so", "much"), ("very", "much"), ("a", "lot"),
                             ("again",), ("heaps",), ("a", "bunch"), ("loads",)))
_THANKS_ENDS = frozenset(t[-1] for t in _THANKS)
_OPENING_SOUNDS = frozenset(("oh", "ah", "um", "uh", "er", "erm", "yeah", "yes", "ok", "okay",
                             "well"))  # before a greeting: "oh hi bill it's dorothy"
# Words a greeting or thanks goes on with that address no one by name.
_NOT_GREETED = frozenset(("though", "tho", "regardless", "anyway", "anyways", "anyhow",
                          "welcome", "there", "again", "caller", "folks", "everyone", "everybody",
                          "all", "guys", "team", "mate", "buddy", "bud", "friend", "friends",
                          "love", "dear", "sir", "madam", "maam", "ma'am", "boss", "chief", "pal",
                          "indeed", "back", "both", "you", "ya", "y'all", "yall", "lads", "ladies",
                          "gents", "officer", "doc", "darling", "hun", "babe", "muchly", "alot",
                          "x", "xx", "xxx",
                          # what follows a greeting or thanks of another language: its
                          # intensifier or the group greeted ("vinaka vakalevu", "kia ora
                          # koutou", "fakafetai lahi", "tenkyu tumas", "meitaki maata")
                          "koutou", "katoa", "tatou", "whanau", "vakalevu", "vaka", "levu",
                          "tumas", "maata", "lahi", "atu", "brother", "sister", "bro", "sis",
                          "whaea", "matua", "koro", "nan", "rangatahi", "hoa"))
# What a record is kept under, when a name follows "under": "the booking's under Tane".
_FILED_UNDER = frozenset(("booked", "booking", "booking's", "reservation", "account", "account's",
                          "registered", "listed", "filed", "saved", "put", "it", "it's", "its",
                          "is", "was", "that's", "thats", "be", "name", "order", "reserved",
                          "held", "insured", "policy", "claim", "ticket", "everything", "all"))
# A pronoun of a person and what it goes on with, after a name set apart by a comma.
_PERSON_PRONOUNS = frozenset(("she", "he", "she's", "he's"))
_PRONOUNS = frozenset(("i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us",
                       "them", "his", "hers", "its", "our", "their", "your"))
# After these comes a verb: "he wants his paycheck to come here", "i moved here"; "to"
# unless it follows a handover ("let me pass you to jordan here", "transferred to bliss here").
_VERB_NEXT = frozenset(("to", "gonna", "wanna", "let's", "lets", "don't", "dont", "didn't",
                        "didnt", "doesn't", "doesnt", "can't", "cant", "won't", "wont", "i", "we",
                        "they"))
_HANDED_TO = frozenset(("you", "me", "him", "her", "them", "us", "phone", "call", "line",
                        "transferred", "transfer", "put", "pass", "hand", "over", "through",
                        "talk", "speak", "speaking", "introduce", "send", "sent", "give", "gave",
                        "forward", "forwarded", "back", "across"))
# Words after which a clause starts: "yeah, will got the job", "and eventually will wants".
_WH_ASKED = frozenset(("what's", "whats", "where's", "wheres", "who's", "whos", "how's", "hows"))
_BEFORE_A_SUBJECT = _CLAUSE_OPENERS | frozenset((
    ".", ";", "anyway", "anyways", "eventually", "now", "well", "actually", "um", "uh", "things",
    "basically", "apparently", "finally"))
# Words a pronoun's clause may follow as verbs or times, not as someone: "hope she's fine".
_NOT_TAKEN_UP = frozenset(("hope", "trust", "bet", "wish", "pray", "guess", "reckon", "summer",
                           "winter", "spring", "autumn", "fall", "christmas", "easter", "cool",
                           "ha", "haha", "lol", "sweet", "wow", "aw", "ah"))
# ... a common word, only where it is joined on to what was said ("any chance he can", "the
# staffy cross she's six", "girl she is three weeks" are no one)
_JOINING = frozenset(("with", "yeah", "yes", "um", "uh", "oh", ","))
_BEFORE_A_TIME = frozenset(("i", "you", "we", "they", "at", "by", "in", "on", "until", "till",
                            "before", "after", "since", "during", "last", "next", "every",
                            "each", "early", "late", "all", "of"))
_PRONOUN_VERBS = frozenset(("was", "is", "has", "had", "will", "did", "does", "can", "could",
                            "works", "lives", "said", "says", "called", "rang", "born", "my",
                            "our", "the", "just", "only", "still", "also", "never", "always"))
# Words of a place that name a business after it: "kennet valley surgery", "moreton bay council".
_GEOGRAPHIC = frozenset(("valley", "bay", "hill", "hills", "park", "river", "lake", "bridge",
                         "vale", "green", "heath", "wood", "woods", "field", "fields", "point",
                         "harbour", "harbor", "coast", "city", "county", "district", "mount",
                         "mountain", "view", "ridge", "grove", "glen", "springs", "creek",
                         "forest", "north", "south", "east", "west", "central", "upper", "lower",
                         "new", "port", "bank", "cross", "gate", "head", "island", "downs"))
_CLAUSE_CLOSERS = frozenset((".", "!", "?", ",", ";", ")"))
_INSIDE = frozenset(("in", "into"))  # no one is in someone: "my hotel in Lagos and I"
# Words right before a name that is mostly a word, which make it one when the slot closes.
# How an agent goes on after "i'm <name>" at a call's start: no verb "will" or "bill" would take.
_ASKS_AFTER_AN_INTRO = frozenset(("how", "can", "may", "could", "what", "who", "and", "where",
                                  "whats", "what's", "wheres", "where's"))
_INTRODUCING = frozenset((("you've", "got"), ("speaking", "with"), ("speaking", "to"),
                          ("through", "to"), ("name", "is"), ("my", "names"), ("name's",),
                          ("is", "called"), ("me", "named")))
_INTRO_CUES = (*_INTRO_BEFORE, *_INTRODUCING)
# Greetings that put the agent's name next ("you've reached Kofi at ..."), and the words that
# then lead on to the company or team.
_REACH_CUES = frozenset((("you've", "reached"), ("have", "reached"), ("you", "reached"),
                         ("through", "to"), *(
                             (verb, link) for verb in ("speaking", "talking", "chatting")
                             for link in ("with", "to"))))
_REACH_AFTER = frozenset(("at", "from", "with", "on", "in"))
# Words before a place name that make it one ("in Los Angeles", "flew to Tel Aviv").
_LOCATION_WORDS = frozenset(("in", "to", "from", "at", "near", "via", "around", "outside",
                             "into", "toward", "towards", "of", "visiting", "downtown", "central",
                             "north", "south", "east", "west", "greater", "metro"))
_SENTENCE_ENDS = frozenset((".", "!", "?", ":", ";", '"', "(", ")", "\n"))
_FIRM_TAIL = 3  # capitalised words of plain English after a name that make it a firm's
_FIRM_WORD_LETTERS = 3  # not "Holly B", "Stacey M."
_WHO_WORDS = frozenset(("who", "who's", "whose", "whom"))
_FIRM_PRONOUN_REACH = 4  # pieces after a firm-like run where "he" or "she" says it is a person
_A_PLACE_S_WORDS = frozenset((*STREET_SUFFIXES, "town", "city", "village", "valley", "homes",
                              "building", "tower", "towers", "residency", "apartments", "flats"))
_CLAUSE_ENDS = _SENTENCE_ENDS | {",", "...", "…"}
_LABEL_WORDS = 4  # a field's label: "Groomer on the day", "Contact for the job"
_WORD_NAMES_NO_VERB_OPENS = frozenset(("will", "bill"))
# What opens a request or a question to the one addressed: "Frank, be frank with me".
_ASKED_OF_YOU = frozenset(("be", "can", "could", "would", "will", "do", "don't", "did", "have",
                           "are", "is", "let", "let's", "lets", "remember", "pls", "plz"))
_SERVICE_OFFERED = frozenset((("can", "i"), ("could", "i"), ("may", "i"), ("how", "can"),
                              ("how", "may"), ("what", "can")))
_COUNT_OF_RE = rx.compile(r"x\d{1,2}")
_LIST_GOES_ON = frozenset(("and", "or", "&", "then", "plus", "not"))
# Words that are names too but open a message as talk, not as whom it addresses: "Lovely,
# thanks", "Cool, I'll ...", and times of year: "Summer, we'll go to Spain".
_NO_ONE_ADDRESSED = frozenset(("cool", "lovely", "sweet", "nice", "grand", "super", "ace",
                               "fab", "champion", "brill", "bingo", "bless", "hi", "sunny",
                               "summer", "winter", "autumn", "spring", "fall", "easter",
                               "christmas", "june", "may", "april", "august", "ha", "haha",
                               "hah", "ooh", "aw", "aww", "yay", "wow", "ta", "aye", "yo", "oi",
                               "nah", "yep", "yup", "bingo", "sorted", "done", "noted"))
_NOT_A_FOUNDERS_FIRM = frozenset(("insurance", "services", "bank", "finance", "account",
                                  "policy", "payment", "payments", "group", "trust"))
_FIRMS_WORKERS = frozenset(("engineer", "technician", "fitter", "installer", "courier", "driver",
                            "groomer", "stylist", "barber", "photographer", "tuner",
                            "agent", "caterer", "ranger", "surveyor", "inspector", "assessor",
                            "plumber", "electrician", "builder", "contractor", "supplier",
                            "rep", "representative", "broker", "solicitor", "lawyer",
                            "accountant", "bank", "lender"))
# Words that close a message or call someone something, not whom it is signed by or said to.
_NOT_A_SIGNER = frozenset(("regards", "cheers", "thanks", "best", "love", "mum", "mom", "dad",
                           "gorgeous", "darling", "babe", "hun", "mate", "all", "everyone",
                           "team", "guys", "folks"))
_FIELD_FOR_SOMEONE = frozenset(("caller", "re", "attn", "attention", "patient", "guest",
                                "owner", "tenant", "applicant", "member", "parent", "pupil",
                                "student", "child", "visitor", "resident", "landlord"))
_TRADING_PARTIES = frozenset(("customer", "customers", "client", "clients", "buyer", "seller",
                              "supplier", "recipient", "sender", "shopper", "holder"))
# Who a firm sends out: "a British Gas engineer", "an Openreach technician".
_SENT_WORKERS = frozenset(("engineer", "engineers", "technician", "technicians", "plumber",
                           "electrician", "fitter", "fitters", "installer", "installers",
                           "courier", "driver", "rep", "surveyor", "inspector", "assessor"))
_BE_BEFORE_A_NAME = frozenset(("was", "is"))  # (not "the solicitor says it's will.")
_WEEKDAYS = WEEKDAYS
_DAY_ABBREVIATION = 3  # letters of "Sun", "Mon": names too
# Never a name whatever the lexicon says: the words calls are made of ("visa", "iban", "pm").
# How one addresses someone, which is no one's name: "Good afternoon madam", "yes maam".
_ADDRESS_FORMS = TITLES
LEXICON_EXCLUDED: frozenset[str] = (
    NON_NAME | FILLERS | GREETING_WORDS | NUMBER_WORDS | frozenset(MONTHS) | _WEEKDAYS
    | CORRECTION_OPENERS  # "Three in the morning? Naw."
    | _ADDRESS_FORMS
    | frozenset(p for phrases in CONTEXT_PHRASES.values() for p in phrases if " " not in p)
    | frozenset(("god", "goodness", "heavens"))  # "Thank God", "God bless", "my goodness"
)
# Words that no speaker role's value is as a name: "Customer: Monday", "Customer: Lovely".
_NOT_GIVEN = frozenset(MONTHS) | _WEEKDAYS | AFFIRMATIVES | GREETING_WORDS | ENDEARMENTS


_NOT_A_MODEL_RE = rx.compile(r"\d+(?:am|pm|st|nd|rd|th|[a-z])|x\d+|\d+x")
# What comes before a product's or a firm's name where a person's takes none: "the Sky outage".
_HOLDERS = frozenset((*_POSSESSIVES, "your"))
_DETERMINERS = _HOLDERS | {"the", "a", "an", "this", "that"}
# The words `LexiconNames._businesses` looks at (besides codes and model numbers).
_BUSINESS_MARKS = BUSINESS_FUNCTIONS | BUSINESS_HOLDINGS | {"&"}
# Words of a record's cell that say it holds no one's name: "Hartwell Engineering"
_NOT_IN_A_RECORD_NAME = _ORG_SUFFIXES | _BUSINESS_MARKS


_MODAL_NAMES = FUNCTION_WORD_NAMES & {"will", "may"}  # names that are modals ("bill" is none)
_ASKED_OF = frozenset(("i", "you", "we"))  # "may i", "will you": a modal's question


# Where someone works, said after their name: "hunter in accounts said", "mark from billing".
_DEPARTMENTS = frozenset(("accounts", "payable", "receivable", "billing", "payroll", "hr",
                          "sales", "support", "finance", "reception", "admin", "it", "claims",
                          "customer", "services", "service", "dispatch", "office", "warehouse",
                          "marketing", "legal", "compliance", "operations", "maintenance",
                          "security", "collections", "underwriting", "lettings", "admissions",
                          "pharmacy", "front", "desk", "team", "helpdesk", "procurement",
                          "purchasing", "logistics", "retentions", "complaints", "escalations"))
# Where a role is placed before the name after it: "the guy next door bill took it in", "my
# neighbour across the road, dale, signed for it", "the lady at reception sunny told me".
_PLACE_ADVERBS = frozenset(("upstairs", "downstairs", "opposite", "outside", "nextdoor",
                            "below", "above", "there"))
_PLACE_PREPOSITIONS = frozenset(("at", "across", "from", "in", "on", "over", "down", "up",
                                 "round", "around", "behind", "by", "near"))
_PLACE_WORDS = 3  # words after the preposition: "at the front desk"


def _placed_role_before(words: list[str], i: int) -> str | None:
    """A role with its place right before word i: "the guy next door", "my neighbour across the
    road", "the woman at reception,"; not a role alone (other frames take that). The word that
    places it ("next", "at", "from", ...), or None."""
    k = i - 1 - (i > 0 and words[i - 1] == ",")
    if k >= 0 and words[k] in _PLACE_ADVERBS:
        placed = words[k]
        k -= 1
    elif k >= 1 and words[k - 1] == "next" and words[k] == "door":
        placed = "next"
        k -= 2
    else:
        j = k
        while j > k - _PLACE_WORDS - 1 and j >= 0 and words[j] not in _PLACE_PREPOSITIONS:
            if words[j] in ROLES or not words[j].isalpha() or (
                    words[j] in FUNCTION_WORDS and words[j] not in ("the", "a")):
                return None
            j -= 1
        if j < 0 or j == k or words[j] not in _PLACE_PREPOSITIONS \
                or words[j + 1:k + 1] in (["the"], ["a"]):
            return None
        placed = words[j]
        k = j - 1
    return placed if k >= 1 and words[k] in ROLES and words[k - 1] in _DETERMINERS else None


def _past_tense(word: str) -> bool:
    """"got", "left", "changed": a verb's past tense (not "need", "proceed" or "bed")."""
    return word in PAST_TENSE_VERBS or (
        len(word) >= 5 and word.endswith("ed") and not word.endswith("eed")
        and name_class(word) == "E")


def _model_code(piece: Piece) -> bool:
    """A model's code: letters and a few digits in one word ("v15", "s23", "wau28ph9gb",
    "220cm"); not a document's number ("G2847193" after a name is a passport), a time, an
    ordinal, a count or a seat ("3pm", "2nd", "x2", "12a")."""
    text = piece.text
    digits = sum(ch.isdigit() for ch in text)
    return piece.kind == "word" and 0 < digits <= 4 and any(ch.isalpha() for ch in text) \
        and _NOT_A_MODEL_RE.fullmatch(text) is None


WordClass = tuple[str, bool, bool]


def _word_class(text: str) -> WordClass:
    """`_cached_word_class` for words of ordinary length: no cache entry holds a long word."""
    return _cached_word_class(text) if len(text) <= _CACHED_WORD else _classify_word(text)


_CACHED_WORD = 24  # characters


@lru_cache(maxsize=16384)
def _cached_word_class(text: str) -> WordClass:
    return _classify_word(text)


def _classify_word(text: str) -> WordClass:
    """The lexicon class of a word as a name ('N', 'W', 'P' or ''), whether it is an excluded
    word that is a name too ("april", "will"), and whether it is no word the lexicon knows at
    all, neither a name nor English ("wiremu", "thibodeaux"): calls repeat their words, so
    cached."""
    if text in LEXICON_EXCLUDED:
        return "", name_class(text) in ("W", "P"), False
    kind = _lexicon_class(text)
    return kind, False, kind == "" and unknown_word(text)


def unknown_word(text: str) -> bool:
    """A word of four letters or more, two of them vowels, that neither the name data nor the
    English dictionary holds: in lower-case speech, where a slot asks for a name, a name from
    a culture the data under-represents ("wiremu", "kalani", with an apostrophe for a glottal
    stop: "fa'amoana", "ng'ang'a"), not an abbreviation ("addr")."""
    return len(text) >= 4 and (text.isalpha() or (
        text.replace("'", "").isalpha() and text[0] != "'" and text[-1] != "'"
        and not text.endswith(_CONTRACTIONS))) and text not in NON_NAME \
        and text not in AFFIRMATIVES and sum(text.count(v) for v in "aeiouy") >= 2 \
        and name_class(text) == "" \
        and not any(text.startswith(prefix) and len(text) - len(prefix) >= _STEM_LETTERS
                    and common_word(text[len(prefix):]) for prefix in _VERB_PREFIXES)
    # ("hello haan i wanted ...": a yes, not a name; "Could Ravi resend it?": a verb the
    # dictionary has no entry for, made of one it has)


_CONTRACTIONS = ("'s", "'re", "'ve", "'ll", "'d", "'t", "'m", "'n")
_VERB_PREFIXES = ("re", "un", "pre", "mis", "co")
_STEM_LETTERS = 4
# What only people do, after a modal: "Minji can start", "Wiremu will collect it".
_DONE_AFTER_A_MODAL = frozenset(("attend", "teach", "coach", "stay", "sit", "play", "swim",
                                "train", "babysit", "volunteer"))
# ... and what a firm does too, but a person with it, them or a day after it: "Minji can start
# Saturday", "Wiremu can collect it tomorrow" (not "Brightwater can start the installation",
# "Vinted will collect the parcel")
_DONE_FOR_SOMEONE = frozenset(("start", "pick", "collect"))
_THEN_WHEN_OR_WHAT = frozenset(("it", "them", "him", "her", "today", "tomorrow", "tonight",
                                "monday", "tuesday", "wednesday", "thursday", "friday",
                                "saturday", "sunday", "next", "on", "at", "after", "before"))
# ... of which those a firm's name would not be given: "Dawn to follow up", "Ruby to email".
# Verbs that take "to" and a verb, opening a sentence as a wish or a plan: "Hope to attend".
_TO_VERBS = frozenset(("hope", "plan", "aim", "wish", "expect", "need", "want", "try",
                       "promise", "agree", "decide", "offer", "mean", "intend", "chase"))
_PEOPLE_S_TASKS = frozenset(("follow", "call", "ring", "phone", "email", "chase", "text",
                             "organise", "organize", "reply", "inspect", "visit", "attend",
                             "assess", "drive"))
# What a note asks someone to do: "Dawn to follow up", "Bill to call them back".
_TASKS = frozenset(("follow", "call", "ring", "phone", "email", "chase", "check", "confirm",
                    "send", "book", "arrange", "contact", "sort", "collect", "review", "update",
                    "organise", "organize", "action", "handle", "reply", "text", "speak",
                    "inspect", "visit", "attend", "assess", "drive"))
# Where someone is on duty: "Will on the night desk", "Bill on reception".
_DUTY_POSTS = frozenset(("desk", "reception", "shift", "till", "door", "counter", "gate",
                         "switchboard", "duty", "call", "rota", "nights", "earlies", "lates"))
_SERVICES = frozenset(("driver", "courier", "rider", "delivery", "app"))  # "Deliveroo (driver)"
_A_PERSON_S_ERRANDS = frozenset(("visiting", "picking", "collecting", "coming", "travelling",
                                 "traveling", "driving", "staying", "popping", "dropping",
                                 "bringing", "babysitting"))  # "India is coming in at 3"
_PERSONAL_PRONOUNS = frozenset(("her", "his", "him", "she", "he", "herself", "himself", "she'll",
                                "he'll", "she's", "he's", "she'd", "he'd", "shes", "hes"))
_PRONOUN_REACH = 9  # words after a subject its pronoun may come in
_OWN_PRONOUN_REACH = 6  # ... in the clause after it, of the same person ("X will message when
# she's on her way", not "monzo will text you a code and then he can log in")
_GROUPS_OF_PEOPLE = frozenset(("lads", "guys", "fellas", "fellers", "blokes", "boys", "girls",
                               "ladies", "men", "women", "chaps", "gents", "people", "folks"))
_FIRMS_HAVE_THEM = frozenset(("partner", "partners"))  # "Klarna's partner shops"
_SET_APART = frozenset((",", "from", "at", "of"))  # what ends a role's name in apposition
_THE_WRITER = frozenset(("i", "i'll", "i'm", "i've", "i'd", "ill", "im", "ive"))
def _lexicon_class(text: str) -> str:
    """'N', 'W', 'P' or '' for a word; two-letter names ("li", "ng") need a slot."""
    if text.endswith("'s") and len(text) > 3:  # "gabriela's order"
        text = text[:-2]
    elif text.endswith(_NAME_CONTRACTIONS) and not _contracted_function_word(text):
        text = text[:text.rindex("'")]  # "Darlene'll be glad", "Kofi'd know"
    if not text.replace("'", "").replace("-", "").isalpha():
        return ""
    kind: str = name_class(text)
    if kind == "E":
        return ""
    if kind == "" and "-" in text:  # "adeyemi-brown", "marie-ève": a name on either side
        kinds = {name_class(part) for part in text.split("-") if part}
        kind = next((k for k in ("N", "W", "P") if k in kinds), "")
    return "W" if kind == "N" and len(text) <= 2 else kind


def _route_ends(pieces: list[Piece], words: list[str]) -> list[int]:
    """The places of a route: "from Seattle to Tokyo" (both ends), "on SV 26 to Singapore"
    (where a flight goes)."""
    if "to" not in words or _TRAVEL_WORDS.isdisjoint(words):
        return []  # not "transfer it from Grace to Ahmed"
    ends = []
    for i in [i for i, word in enumerate(words) if word == "to" and 1 < i < len(words) - 1]:
        if pieces[i + 1].kind != "word":
            continue
        if words[i - 2] == "from" and pieces[i - 1].kind == "word":
            ends += [i - 1, i + 1]
        elif pieces[i - 1].kind == "number" and len(words[i - 2]) == 2 \
                and pieces[i - 2].kind in ("word", "spelled"):
            ends.append(i + 1)  # "SV 26 to ..."
    return [k for k in ends if name_class(words[k]) in ("", "E")]  # no name of any kind:
    # "from Grace to Ahmed" goes, with a flight or without


# Nouns that name someone's record after their name: "the kumar account", "the smith family".
_RECORD_NOUNS = frozenset(BUSINESS_REFERENCES) | frozenset((
    "account", "accounts", "household", "file", "residence", "estate", "party", "case",
    "claim", "policy", "tenancy", "name", "surname", "mortgage", "pension", "wedding",
    "contract", "number", "funeral", "will", "loan", "lease", "house", "home"))
_PEOPLE_NOUNS = _SOMEONE | ROLES | frozenset((
    "lady", "woman", "man", "guy", "girl", "boy", "gentleman", "kid", "people", "folks",
    "family", "couple", "parent", "tenant", "grandchild", "grandchildren", "children", "lass",
    "lad", "twin", "brother", "sister", "something", "somebody", "someone"))
# Words after a name that say no thing follows: "I spoke to a Siobhan yesterday".
_NOT_A_THING = frozenset(("yesterday", "today", "tomorrow", "tonight", "again", "earlier",
                          "later", "now", "then", "there", "here", "too", "also", "herself",
                          "himself", "myself", "please", "instead"))
_ARTICLES = frozenset(("the", "a", "an", "this", "that", "these", "those"))
# After a business's word, what makes it a department's or a job's: "kate insurance team",
# "sarah wealth management", "priya healthcare assistant" name someone in it.
_DEPARTMENT_WORDS = frozenset(("team", "teams", "department", "dept", "desk", "division",
                               "section", "management", "manager", "assistant",
                               "adviser", "advisor", "specialist", "officer", "consultant",
                               "coordinator", "customer", "line", "helpline", "support"))
# Words no modal "will" goes before: "will is on call", "will has the keys", "will and i".
# ... nor these, which stand where a modal's verb would: "my neighbour will across the landing".
# Where a neighbour is from: "Hope from next door is away", "Will from upstairs has a key".
_NEIGHBOURING = (("next", "door"), ("upstairs",), ("downstairs",), ("across", "the", "road"),
                 ("across", "the", "street"), ("over", "the", "road"), ("down", "the", "road"),
                 ("down", "the", "street"), ("across", "the", "hall"), ("next", "doors"))
# What is booked or held under someone's name: "the table's booked under Hunter", "it'll be
# under summer" (not "he's under age", "listed under crystal", "it's still under par").
_BOOKED = frozenset(("booked", "booking", "booking's", "bookings", "reservation", "reserved",
                     "table", "table's", "room", "tickets", "appointment", "be", "it's", "its",
                     "policy", "bill", "order", "account", "name", "registered", "probably"))
_CO_OP = frozenset(("op", "operative", "ops"))  # "Co-op": a business's word, no prefix
_NO_VERB_AFTER = frozenset(("will", "would", "can", "could", "should", "might", "must", "shall",
                            "may", "across", "upstairs", "downstairs"))  # "my husband will can"
_PEOPLE_S_PREPOSITIONS = frozenset(("with", "to", "for", "from", "beside", "behind", "than",
                                    "like", "without", "via", "cc"))
# ... but the document, with what is done to it: "help with Will writing", "Will and Probate"
_WHAT_A_WILL_IS = frozenset(("power", "valid", "binding", "legally", "signed", "witnessed",
                             "contested", "required", "needed", "legal", "void", "invalid",
                             "written", "updated", "changed", "registered", "lodged", "read",
                             "cover", "include", "includes", "kept", "found", "funeral",
                             "estate", "house", "been", "being", "stored", "trust"))
_WILL_S_REACH = 4
_A_WILL_S_WORDS = frozenset(("writing", "writer", "writers", "preparation", "drafting", "and",
                             "&", "trust", "trusts", "reading", "dispute", "disputes", "kit"))
# What a will, the document, is spoken of with: "Will and our pension", "Will and his debts".
_LEGAL_WORDS = frozenset(("probate", "executor", "executors", "estate", "testament", "pension",
                          "pensions", "debts", "debt", "mortgage", "inheritance", "solicitor",
                          "trust", "deed", "deeds", "died", "dies", "death", "lpa", "attorney",
                          "wills", "codicil", "beneficiary", "beneficiaries", "witness",
                          "witnesses", "signature", "clause", "bequest", "guardianship",
                          "lawyer", "earlier", "version", "draft"))
_LEGAL_REACH = 12  # words either side of "Will and ..."
_NO_MODAL_AFTER = frozenset(("is", "was", "has", "had", "said", "says", "isn't", "wasn't",
                             "hasn't", "who",  # ... nor another modal: "but Will can come"
                             "can", "could", "should", "would", "must", "might", "can't",
                             "cannot", "couldn't", "won't", "wouldn't", "shall",
                             "will", "from"))  # "Will will collect it", "Will from our
# Bristol office will meet you"
# Words a chat's clause opens after: "lol Will scored", "yesterday Will rang".
_CHAT_OPENERS = frozenset(("lol", "haha", "omg", "btw", "fyi", "yesterday", "today", "tonight",
                           "then", "also", "and", "so", "update", "ps", "oh", "sorry", "hey", "hi",
                           "hello", "anyway", "anyways", "apparently", "guess"))
_WILL_BEFORE = frozenset(("fyi", "and", "but", "so", "because", "cos", "as", "ask", "tell",
                          "with", "to", "from", "for", "by", "thanks", "yeah", "yes", "ok",
                          "okay", "oh", "well", "um", "uh", "think", "says", "said", "named",
                          "called", "son", "husband", "brother", "dad", "father", "partner",
                          "boyfriend", "friend", "colleague", "nephew", "cousin", "uncle"))
# What an action item's owner is to do: "Frank to send the contract", "Priya to follow up".
_ACTION_VERBS = frozenset((
    "send", "follow", "check", "call", "email", "confirm", "update", "review", "book", "arrange",
    "chase", "sort", "share", "contact", "ring", "pick", "collect", "prepare", "draft", "sign",
    "approve", "organise", "organize", "bring", "fix", "reply", "look", "circulate", "schedule",
    "order", "print", "post", "text", "investigate", "escalate", "liaise", "handle", "cover",
    "lead", "present", "write", "finalise", "finalize", "invoice", "pay", "raise", "provide",
    "ask", "speak", "talk", "set", "own", "test", "deploy", "merge", "file", "submit"))
# What follows a name a text opens with, addressed: "Pemba, your check ...", "Yaw, can you ...".
_ADDRESSED_NEXT = frozenset(("your", "you", "can", "could", "would", "please", "just", "are",
                             "have", "did", "do"))  # (not "Ticketstop, you're through to")
# What a told name is told from: "tell savannah i said thanks", "Tell Grace I'm running late".
_TOLD_FROM = frozenset(("i", "we", "that", "i'm", "i'll", "i've", "i'd", "we're", "we'll", "im"))
# What follows a name called twice: "grace grace have you got the card", "jack jack come here".
_CALLED_TO_DO = frozenset(("have", "can", "could", "did", "do", "where", "where's", "what",
                           "are", "come", "get", "stop", "don't", "dont", "put", "give", "bring",
                           "pass", "look", "listen"))
# What a caller tells someone beside them, and how they break off to: "hold on kai stop that".
_IMPERATIVES = frozenset(("stop", "don't", "dont", "put", "get", "leave", "come", "go", "sit",
                          "give", "shush", "quiet", "wait", "drop", "be", "turn", "take"))
# What someone beside the caller is asked or told, after the caller breaks off to them.
_ASKED_ASIDE = frozenset(("do", "did", "can", "could", "have", "what", "what's", "whats",
                          "where", "where's", "wheres", "is", "are", "was", "which", "when",
                          "would", "will"))
_TOLD_ASIDE = _ASKED_ASIDE - {"is", "was", "are", "will", "would"} | _IMPERATIVES | frozenset((
    "read", "tell", "check", "say", "find", "grab", "pass", "bring", "look", "spell"))
_TOLD_OR_ASKED = _IMPERATIVES | _ASKED_ASIDE
def _asked_about_a_value(after: list[str]) -> bool:
    """What follows a word that is a name too and a comma asks someone for a value: "Holly,
    what's the password ...", "Rose, what did you put ...", "Mark, read that out" (not a
    company's "Sky, what can I do for you?" nor "Champion, tell me what happens")."""
    return bool(after) and (after[0] in ("read", "spell") or (
        after[0] in _WH_WORDS and after[1:2] != [] and after[1] not in _OFFERING))


_OFFERING = frozenset(("can", "may", "could", "shall", "i", "we"))
_SECRET_ASKED = frozenset(("password", "pin", "passcode", "code", "answer", "word", "phrase"))
# What people call someone, or a group, beside them: "hold on fella where's the bill".
_GROUPS = frozenset(("fella", "fellas", "guys", "lads", "girls", "kids", "folks", "everyone",
                     "boys", "children", "son", "mate", "buddy", "pal", "dude", "man"))
_WH_WORDS = frozenset(("what", "what's", "whats", "where", "where's", "wheres"))
_HOLDING_ON = frozenset((("hold", "on"), ("hang", "on"), ("1", "sec"), ("1", "2nd"),
                         ("on", "sorry"), ("on", ",")))  # ("one" is "1" in normalised text)
# Before a word-name put on an account as a role: "is it still mark as ...", "add hope as ..."
# (not "i'll just mark as main contact", "use chase as the main contact").
_ROLE_HOLDER_BEFORE = frozenset(("put", "add", "added", "adding", "have", "has", "had", "is",
                                 "was", "still", "named", "nominate", "nominated", "appoint",
                                 "appointed", "listed", "keep", "kept", "and", "with", "make",
                                 "made", "want", "wants", "name"))
# Roles someone is put on an account as: "mark as second contact", "hope as a named driver".
_ACCOUNT_ROLES = frozenset(("contact", "driver", "user", "holder", "beneficiary", "guarantor",
                            "signatory", "nominee", "executor", "representative", "carer",
                            "guardian", "dependant", "dependent", "cardholder", "policyholder",
                            "payee", "occupant", "next", "proxy", "trustee", "co-signer",
                            "cosigner", "attorney", "power"))
_ROLE_QUALIFIERS = frozenset(("second", "2nd", "1st", "main", "primary", "secondary",
                              "additional", "named", "new", "emergency", "joint", "authorised",
                              "authorized", "other", "backup", "alternate", "alternative",
                              "first", "account", "only"))
# How a name is put right: "Brian, no, Bryan", "amit, sorry, amitabh", "dawn i mean donna".
_NAME_FIXES = frozenset((",", "no", "sorry", "wait", "actually", "rather", "oops", "i", "mean",
                         "meant", "or", "apologies"))
_FIXING = frozenset(("no", "sorry", "mean", "meant", "rather", "oops", "apologies"))
_FIX_REACH = 5  # pieces between the name and the one it is put right with
_YEAR_WORD_RE = rx.compile(r"(?:19|20)\d\d")
_IN_A_PLACE = frozenset(("in", "outside"))
# What stands before "in" (or "outside") a town too small for the place data: a place's noun or
# a verb of where one lives or works ("the depot in naas", "we live in carlow", "just outside
# wexford"). Not what someone is in or what is put in someone's name: "the account's in
# declan", "put the phone in ciara", "it's all in aoife now" (privacy first: "i was in sligo"
# loses its town).
_PLACED_BY = frozenset((
    "depot", "office", "branch", "store", "shop", "warehouse", "hub", "centre", "center", "site",
    "clinic", "hospital", "surgery", "school", "college", "university", "station", "airport",
    "factory", "plant", "yard", "garage", "showroom", "hotel", "port", "town", "village", "city",
    "area", "county", "region", "somewhere", "house", "home", "flat", "apartment", "property",
    "farm", "based", "located", "live", "lives", "living", "lived", "moved", "moving", "stay",
    "staying", "stayed", "born", "raised", "work", "works", "working", "worked", "arrived",
    "landed", "stuck", "holiday", "just", "right", "out", "over", "up", "down", "back", "here",
    "there", "i'm", "im", "we're", "were", "they're", "met", "married", "fine", "ticket",
    "accident", "weather", "mall", "park", "market", "dealership", "dealer", "practice",
    "pharmacy", "restaurant", "cafe", "church", "gym", "library", "campus", "ward", "unit",
    "job", "jobs", "role", "post", "position", "placement", "course", "studying", "shift",
    "shifts"))  # (where one works or studies: "I start a new job in Kilkenny Monday")
_NAME_NOUNS = frozenset(("name", "names", "name's"))
_SAME_START = 3  # letters a name and its respelling share: "Ezra, not Ezrah" (not "Priya, not
# Monzo")
_PLACE_NOUNS = frozenset((*STREET_LINE_SUFFIXES, *DWELLING_WORDS, *HOUSE_NAME_WORDS))
_COUNT_WORDS = frozenset(("hundred", "thousand", "million", "dozen", "couple", "few", "some",
                          "several", "many"))
_AFTER_A_HANDOVER = frozenset(("yesterday", "today", "last", "at", "in", "on", "this", "and",
                                "before", "after", "when", "who", "so", "but", "weeks", "days",
                                "earlier", "then", "for"))
_HANDED = frozenset(("handed", "hand", "gave", "give", "given", "passed", "pass", "lent",
                     "lend", "showed", "show", "returned", "sold", "forwarded", "forward"))
# What someone sends or leaves, and hearing from them: "a voicemail from X", "heard from X".
_MESSAGES = frozenset(("call", "calls", "letter", "letters", "email", "emails", "message",
                       "messages", "text", "texts", "note", "voicemail", "heard", "reply",
                       "callback", "word", "visit"))  # "any word from gary?"
_TRAVEL_WORDS = frozenset(("flight", "flights", "fly", "flying", "flew", "flown", "train",
                           "trains", "bus", "coach", "ferry", "trip", "route", "travel",
                           "travelling", "traveling", "downgraded", "upgraded", "departing",
                           "departure", "arriving", "arrival", "layover", "connection", "leg"))


def place_spans(words: list[str]) -> list[tuple[range, bool]]:
    """The places of several words in `words`, each with whether a word of location stands
    before it ("flew to San Diego", "every night in Ho Chi Minh City")."""
    return [(span, span.start > 0 and words[span.start - 1] in _LOCATION_WORDS)
            for span in place_ranges(words)]


# What a surname names after "the": its bearers' family, household, file or case.
_SOMEONE_AFTER = frozenset(("who", "whom"))  # "the Grace who works ..."
_VOLUNTEERED = frozenset(("offered", "volunteered", "promised"))
_KIN_GROUPS = frozenset(("family", "families", "household", "twins", "kids", "children", "boys",
                         "girls", "clan", "whanau"))
_A_FAMILY_S = frozenset(("family", "families", "household", "kids", "children", "twins",
                         "case", "file", "account", "estate", "residence", "claim", "wedding",
                         "funeral", "house", "home", "boys", "girls", "couple"))


_THING_BEFORE = frozenset(("in", "from", "at", "of", "with", "near", "to", "the", "a", "an",
                           "via", "on", "by"))
_SEASONS = frozenset(("summer", "autumn", "winter", "spring", "fall"))
_WHOSE_TEAM = frozenset(("your", "our", "the", "their", "my", "his", "her"))
# What befalls someone's own ("had his fillings", "broke her wrist"), and whose it is.
_A_PERSON_S_TURN = frozenset(("look", "peek", "chat", "word", "listen", "think", "natter"))
_HAD_ONE_S_OWN = frozenset(("had", "has", "lost", "broke", "hurt", "forgot", "injured"))
_ONE_S_OWN = frozenset(("his", "himself", "herself"))
_WILL_OR_HAS = frozenset(("will", "has", "had", "can", "should", "would", "is", "was"))
_AWAY = frozenset(("away", "off", "out"))  # "is off sick", "is away till Monday"
_UNWELL = frozenset(("sick", "ill", "poorly", "unwell"))
_PARENTS = frozenset(("mum", "mom", "mother", "dad", "father", "parent", "guardian", "nan",
                      "grandmother", "grandfather", "grandma", "grandpa", "stepmum", "stepdad"))
_LISTED_CHILDREN = 3
# What a person does as a sentence's subject, and the pronouns that take them up later in it.
_A_SUBJECT_DOES = frozenset(("can't", "cant", "cannot", "won't", "wont", "couldn't", "didn't",
                             "doesn't", "has", "had", "already", "forgot", "needs", "wants"))
_HIS_OR_HERS = frozenset(("she", "he", "she's", "he's", "his", "her", "him", "himself",
                          "herself", "she'll", "he'll", "she'd", "he'd"))
_TAKEN_UP_REACH = 10  # words
_OBJECT_PRONOUNS = frozenset(("it", "them", "me", "him", "her", "us"))
# Particles spoken between a clause and a question, no one's name: "my wife's here na what".
_DONE_TO_A_DOCUMENT = frozenset(("updated", "changed", "contested", "signed", "read", "amended",
                                 "executed", "witnessed", "challenged", "revoked", "found",
                                 "drawn", "drafted", "written", "made", "registered", "kept"))
_MODALS_BEFORE_A_SUBJECT = frozenset(("will", "would", "could", "can", "should", "shall",
                                      "might", "must", "won't", "wont", "did", "didn't"))
_QUESTION_GLUE = frozenset(("and", "so", "but", ",", "or"))
_THIRD_PERSON_AUXILIARIES = frozenset(("does", "has", "is", "was", "doesn't", "hasn't", "isn't",
                                       "wasn't"))
_WHAT_A_WILL_DOES = frozenset(("states", "names", "lists", "covers", "includes", "requires",
                               "needs", "mentions", "leaves", "says", "gives", "shows",
                               "revokes", "specifies", "contains", "supersedes", "lacks",
                               "reflects", "appoints", "divides", "sets"))
_DONE_WHEN_ASKED = frozenset(("put", "say", "think", "want", "need", "mean", "do", "send",
                               "set", "make", "choose", "tell", "write", "remember"))
_WHERE_SOMEONE_IS = frozenset(("home", "here", "away", "off", "back", "around", "free", "busy",
                               "working", "sick", "coming", "going", "upstairs", "downstairs",
                               "asleep", "awake", "available", "driving"))
_DO_SUPPORT = frozenset(("did", "does", "do", "didn't", "doesn't", "don't", "didnt", "doesnt",
                         "dont"))
_STREET_ENDINGS = frozenset(STREET_SUFFIXES)
_COMPOUND_HEADS = frozenset(("member", "members", "customer", "customers", "client", "clients",
                             "user", "users", "patient", "patients", "student", "students"))
_HAD_OR_GOT = frozenset(("have", "had", "get", "got"))
_SENT_BY = frozenset(("email", "emailed", "post", "posted", "inbox", "letter", "sent"))
# Words said alone as a reply that the name data also holds ("Could he ring her first? Cool.").
_MESSAGING = frozenset(("email", "write", "reply", "respond", "update", "get"))  # ("... will
# email you", "... will get back to you")
_DONE_TO_ONESELF = frozenset(("did", "hurt", "broke", "injured", "twisted", "pulled", "sprained",
                              "strained", "tore", "cut", "burnt", "burned", "bumped", "banged",
                              "dislocated", "fractured"))
_WHERE_TO = frozenset(("to", "into", "onto", "over", "across", "back", "up", "down", "out"))
_ONE_WORD_REPLIES = frozenset(("cool", "ha", "bless", "boom", "ace", "champion", "gold", "peace",
                               "lovely", "perfect", "great", "sweet", "nice", "grand", "fab",
                               "super", "smashing", "magic", "legend", "cheers", "brilliant",
                               "fine", "sure", "right", "true", "fair", "noted", "done"))
_OWED = frozenset(("owe", "owed", "owing", "due", "overdue", "paid", "unpaid", "dollars",
                   "pounds", "euros"))  # ("got bill from our accounts team, it's overdue")
_BUSINESS_LINES = ("0800", "0808", "0844", "0845", "0870", "0300", "0330", "0333", "0345",
                   "1300", "1800", "1888", "1877", "1866", "13")  # a firm's own numbers
_LEGAL_FORMS = frozenset(("ltd", "limited", "inc", "llc", "pty", "plc", "gmbh", "llp", "lp"))
_CHECKED_WITH = frozenset(("with", "to", "ask", "asked", "tell", "told"))
_ERRAND_VERBS = frozenset(("swing", "pop", "drop", "come", "call", "ring", "pick", "collect",
                           "check", "look", "fix", "sort", "bring", "take", "visit", "meet",
                           "give", "send", "text", "deliver", "install", "measure"))
_MEETING_SOMEONE = frozenset(("have", "had", "get", "got", "with", "and", "ask", "see", "met",
                              "meet", "contact", "call", "ring", "email"))
_TELLING = frozenset(("tell", "ask", "remind", "text", "message", "thank", "warn", "inform",
                      "let", "email", "phone", "ring", "call"))
_HERS_OR_HIMSELF = frozenset(("hers", "herself", "himself"))
_HERS_REACH = 3
_OPENED_FIRM_WORDS = 3  # words of a firm's name after its first word ("Trattoria Da Mario")
_DONE_TO_PEOPLE = frozenset(("thank", "remind", "congratulate", "hug", "kiss", "thanked",
                             "reminded"))  # (not "text"/"message": "text Lebara to top up")
_PRAISE = frozenset(("out", "congrats", "congratulations", "done", "birthday"))  # "shout out
# to", "well done to", "happy birthday to" ... a person (not "welcome to": places too; not
# "thanks to", "goes to", "kudos to": firms too)
_PRAISE_PAIRS = {"out": "shout", "done": "well", "birthday": "happy"}
_MET_IN_PERSON = frozenset(("saw", "met", "meet", "meeting", "hugged", "hug", "kissed",
                            "married", "marry", "dating", "babysit", "babysat", "babysitting",
                            ))  # (not "seen", "visited": films and places)
_AFTER_SEEING = frozenset((".", ",", "!", "?", "at", "in", "on", "yesterday", "today",
                           "tonight", "earlier", "there", "and", "with", "outside", "again"))
_SHE_OR_HE = frozenset(("she", "he", "she'll", "he'll", "she's", "he's", "she'd", "he'd"))
_TAKES_A_NOUN = frozenset(("in", "on", "at", "for", "of", "to", "by", "with", "from", "about",
                           "per", "every", "each", "no", "any", "some", "free", "last", "next",
                           "who", "which", "what", "there", "whose", "so", "too", "very",
                           "how", "that's", "thats", "it's", "its", "is", "was"))  # before a
# thing's word, or an adjective's ("That's so Long!")
_PHONE_DIGITS = 7  # "0412 555 019" may follow a name (a phone's), "552 019" a reference
_REFERENCE_CUES = frozenset(("reference", "ref", "ticket", "case", "claim"))
_CALLED_REACH = 12  # words of the question asked of the one called
_PLACE_LEADS = frozenset(("in", "from", "at", "to", "of", "for", "on", "by", "near", "via"))
_WHAT_D = frozenset(("what'd", "whatd"))
_WHAT_WAS_SET = frozenset(("password", "passcode", "pin", "phrase", "passphrase", "put", "set",
                           "chose", "picked", "answer", "memorable"))
_DISCOURSE_PARTICLES = frozenset(("na", "tho", "though", "abeg", "jare", "sha", "lah", "leh",
                                  "lor", "yaar", "bro", "mate", "now", "then", "so", "like"))
# Words that end a place's name and are surnames too: "Church Hall", "Village Green".
_PLACE_NAME_ENDS = frozenset(("hall", "park", "green", "hill", "wood", "woods", "brook", "dale",
                          "grove", "bank", "heath", "vale", "cross", "gate", "moor", "marsh",
                          "ridge", "well", "wells", "mill", "mills", "field", "fields", "house",
                          "lodge", "manor", "court", "meadow", "meadows", "farm", "garden",
                          "gardens", "common", "lane"))
_MODAL_REACH = 6  # words more after a modal
_DOCUMENT_NAMES = frozenset(("bill", "will"))  # "Bill will be higher, his wife said"
# What a person does for someone, said after a modal ("Hunter can drop him off"), in its
# base form and, after "be", with "-ing" (stems such as "com", "driv" too).
_DONE_FOR_PEOPLE = frozenset(("drop", "pick", "collect", "meet", "bring", "cover", "call",
                              "ring", "phone", "text", "drive", "driv", "come", "com", "pop",
                              "popp", "chase", "walk", "dropp", "teach", "coach", "host",
                              "babysit", "babysitt"))  # (not what a firm does too: "Apple can
# fix his phone", "Shell will check his card", "Post can take him ages")
_WHOM_SHOWN = frozenset(("it", "you", "them", "him", "her", "round", "around", "the"))
_SAYING = frozenset(("said", "says", "told", "tells", "reckons", "thinks", "thought", "wrote"))
_A_CLAUSE_OPENS = frozenset((",", ";", "-", "–", "and", "but", "as", "because", "cos", "so"))
_TEAMS = frozenset(("team", "office", "department", "dept", "billing", "accounts", "support",
                    "sales", "payroll", "finance", "reception", "admin", "hr", "it", "legal",
                    "marketing", "facilities", "operations", "ops", "desk", "warehouse",
                    "claims", "underwriting", "lettings", "maintenance", "management",
                    "branch", "depot", "store", "crew", "crews", "squad", "staff"))
# ... and where someone works, said after "in/at their": "Frank in their workshop reckons"
_WORKPLACES = _TEAMS | {"workshop", "surgery", "clinic"}
_DEPARTMENT_LETTERS = 3  # "Grace from HR", "Tom from QA": an initialism's department
# What only a person is doing, said of a capitalised name that is a word too (not "Chase is
# refusing", "Shell is closing": a company may refuse or close).
# Away from work or back at it, as only people are: "is on leave", "won't be in", "'s off sick".
_ON_LEAVE_RE = rx.compile(r"(?:is|was) (?:still |now )?(?:back from (?:\w+ )?(?:leave|holiday|sick)"
                          r"|on (?:\w+ )?leave|off sick)\b")
_AWAY_RE = rx.compile(r"(?:(?:is|was|isn't|wasn't|'s) (?:still |now |currently )?(?:on (?:annual |"
                      r"sick |maternity |paternity |study |compassionate )?leave|off sick|"
                      r"out sick|on holiday|in hospital|on nights|on lates|on earlies|back from"
                      r"|(?:in|out of) town\b(?! (?:hall|centre|center|council|square|house))"
                      r"|away (?:today|tomorrow|this|next|until|till|on|for)\b)"
                      r"|(?:won't|wont|will not) be (?:in|back)(?! touch| contact)(?: |$)"
                      r"|(?:won't|wont|will not|will|'ll) be (?:off|away) (?:sick|today|tomorrow|"
                      r"until|till|next|this|for|on)\b"
                      r"|(?:is|was|'s|would be|will be|'d be|'ll be|would have been) (?:so |"
                      r"really |very |ever so )?(?:pleased|thrilled|proud|chuffed|gutted|upset|"
                      r"livid|heartbroken|devastated)(?! to (?!hear)| that| with| by)\b)")
_NAME_WORDS = frozenset(("name", "nickname", "surname", "forename", "firstname", "lastname"))
_WHOSE_NAME = frozenset(("english", "chinese", "christian", "first", "1st", "last", "middle",
                         "maiden", "full", "legal", "preferred", "given", "family", "birth",
                         "married", "real", "proper", "baptismal", "confirmation", "his", "her",
                         "their"))
_PLACE_FIRST_WORDS = frozenset(("port", "fort", "mount", "mt", "st", "saint", "san", "upper",
                                "lower", "north", "south", "east", "west", "new"))  # (not
# "Kingston", "Glen", "Lake": given names too)
_TO_A_PLACE = frozenset(("in", "to", "from", "near", "outside", "around", "at", "via"))
_PLACE_PARTICLES = frozenset(("aux", "au", "de", "du", "des", "la", "le", "el", "of"))
_WHAT_PEOPLE_ARE_DOING = frozenset(("driving", "collecting", "cooking", "babysitting",
                                    "bringing", "hosting", "picking", "chairing", "presenting",
                                    "covering", "coaching", "organising", "organizing",
                                    "flying", "travelling", "traveling", "visiting", "staying",
                                    "sleeping", "feeling", "recovering", "teaching", "minding",
                                    "singing", "helping", "baking", "cleaning", "arranging",
                                    "reading"))
# What only a person does with someone: "Grace will meet you at the gate".
_QUOTED = frozenset(("quoted", "rang", "visited", "came", "fitted", "inspected", "measured"))
_MEETING_VERBS = frozenset(("meet", "greet", "escort"))  # (not "Sky will show you", "Chase
# will walk you through the app")
_PEOPLE_MET = frozenset(("you", "him", "her", "them", "us", "everyone"))
# What people do and firms do not, in its past or of a third person: "Rose watered", "Hope
# took a call", "Amber reckons".
_PEOPLE_S_DEEDS = frozenset(("did", "signed", "swapped", "pushed", "merged", "watered",
                             "reckoned", "reckons", "walked", "popped", "thought", "thinks",
                             "forgot", "met", "spoke", "slept", "ate", "drove", "rode", "wore",
                             "woke", "taught", "cooked", "baked", "fed", "saw", "heard",
                             "cleaned", "sat", "knew", "felt"))
# (not "took", "won", "shipped", "says", "covered": "Chase took the payment", "Apple shipped
# it", "Sky says", "Snow covered the car")
_MESSAGES_TAKEN = frozenset(("call", "calls", "message", "messages", "note"))
# What follows a deed done by whoever opens the sentence: "Rose sent the invoice", "Mark
# shipped it", "Summer swapped with me", "Frank signed off the order".
_A_DEED_S_OBJECT = frozenset(("the", "a", "an", "it", "them", "him", "her", "his", "their", "our",
                              "my", "your", "me", "us", "you", "this", "that", "these", "those",
                              "off", "up", "out", "back", "over", "with", "to", "all"))
_WHOM_CONTACTED = frozenset(("the", "him", "her", "them", "you", "everyone", "us", "round"))
_PERSON_MODALS = frozenset(("will", "can", "could", "should", "would", "'ll"))
_SAID_WHERE = 8  # words: "Dawn in the flat above says"
# Where a firm says things: "Sky in the email says", "Chase on the app said".
_WHAT_SAYS_THINGS = frozenset(("email", "app", "letter", "post", "text", "message", "website",
                               "store", "shop", "branch", "statement", "notice", "ad", "advert",
                               "terms", "reply", "contract", "newsletter", "their", "its"))
_NOT_DONE_BY_A_PERSON = frozenset(("charging", "missing", "showing", "pending", "loading",
                                   "working", "failing", "crashing", "down", "running"))
# What a message goes on with after the name it opens with and a comma: "Grace, we don't
# price-match", "Tui, I've sent it" (not "Update, new prices", "Tokyo, then Osaka").
_SPOKEN_TO_AFTER = frozenset(("we", "i", "i'm", "i've", "i'll", "we're", "we've", "we'll",
                              "you", "you've", "your", "thanks", "thank", "sorry", "just",
                              "please"))  # (not "Ticketstop, you're through to ...", "Sky,
# can I take your name")
_REQUESTS_OF_YOU = frozenset((("can", "you"), ("could", "you"), ("would", "you"),
                              ("will", "you"), ("please", "can"), ("pls", "can"),
                              ("can", "u"), ("could", "u"), ("did", "you"), ("did", "u"),
                              ("have", "you")))  # ("Hunter did you get the DDJ?")
# What a firm addressed by name is asked about, besides its references ("Halfords, what was
# the price?", "Specsavers, what did the optician say?").
_TRADED = frozenset(("price", "prices", "cost", "owe", "owed", "bill", "refund", "parcel",
                     "delivery", "deliver", "order", "orders", "optician", "stock", "open",
                     "shop", "store", "app", "account", "fee", "charge"))
# A question put to someone beside the speaker, after their name and a comma.
_ASKED_OF_SOMEONE = frozenset((("what", "did"), ("what", "was"), ("where", "did"),
                               ("where", "is"), ("where's", "the"), ("when", "did"),
                               ("did", "you"), ("do", "you"), ("have", "you"),
                               ("which", "1"), ("which", "did")))
_THINKING = frozenset((("i", "think"), ("i", "believe"), ("i", "reckon"), ("i", "guess")))
# A business's sites, named for their place: "our katy location", "the Leeds branch".
_SITES = frozenset(("location", "branch", "store", "office", "depot", "clinic", "showroom",
                    "outlet", "campus", "warehouse", "site", "shop", "hub", "centre", "center"))
_BRANCH_OWNERS = frozenset(("our", "your", "the", "this", "that"))


# What a phrasal verb takes after it: "hang on", "hold up", "bear with".
_PARTICLES = frozenset(("on", "up", "off", "out", "down", "over", "back", "around", "with"))


# What one of the family has done or is doing, after their name's "'s": "our Gary's getting
# married", "dawn's been on at us for weeks".
_DONE_BY_ONE_OF_US = frozenset(("been", "gone", "got", "just", "always", "never", "said", "told",
                                "asked", "rung", "rang", "had", "moved", "started", "left",
                                "finished", "not"))
_WHAT_ONLY_PEOPLE_DO = frozenset(("said", "told", "asked", "rung", "rang", "phoned", "texted",
                                  "emailed", "ringing", "calling", "asking", "texting", "chasing",
                                  "nagging", "moaning", "saying", "telling"))
# ... and the words before it that say someone is spoken of: "i know dawn's been", "and bill's
# just rung".
_SAID_OF_SOMEONE = frozenset(("know", "and", "but", "so", "cos", "because", "think", "well",
                              "oh", "yeah", "aye", "now", "said", "says", "then"))


_NOT_BEFORE_WHO_THEY_ARE = frozenset(("a", "an", "the", "this", "that", "our", "my", "your",
                                      "i", "we", "you", "they", "he", "she", "will", "would",
                                      "can", "could", "should", "did", "do", "does"))
# What may follow a role said of the name before it: "brooke our club manager so it doesn't".
_AFTER_A_ROLE = frozenset(("so", "and", "who", "she", "he", "they", "will", "is", "has", "to",
                           "for", "at", "in", "about"))


# How an answer to "and your name?" is put off: its first two words.
_PUTTING_OFF_PAIRS = frozenset((("hang", "on"), ("hold", "on"), ("give", "me"), ("bear", "with"),
                                ("one", "sec"), ("1", "sec"), ("one", "moment"), ("1", "moment"),
                                ("just", "a"), ("wait", "a"), ("one", "second"), ("1", "second")))


_BEFORE_A_PLACE = frozenset(("in", "to", "from", "de", "del", "of", "at", "near", "via", "en",
                             "para", "desde", "au", "du"))


def _accented_like_a_name(pieces: list[Piece], i: int, cased: str) -> bool:
    """An everyday English word written with accents ("but Réal still has them", "ask
    Germán"): English writes no such word so but a few loans ("café", "rosé"), a name may be;
    not after a capitalised word or "in"/"de" ("Ciudad de México", "BBVA México")."""
    piece = pieces[i]
    if piece.kind != "word" or cased[piece.start:piece.end].isascii() \
            or piece.text in ACCENTED_ENGLISH or name_class(piece.text) != "E" \
            or not everyday_word(piece.text):
        return False
    before = pieces[i - 1] if i else None
    return not (before is not None and (before.text in _BEFORE_A_PLACE or (
        before.kind == "word" and capitalised(before, cased))))


class LexiconNames:
    """Finds names in one utterance from the lexicon and from the slots a name takes."""

    def __init__(self, pieces: list[Piece], cased: str) -> None:
        self.pieces = pieces
        self.words = [p.text for p in pieces]
        self.last_word = max((k for k, p in enumerate(pieces) if p.kind != "punct"), default=-1)
        self.cased = "" if cased and _title_case(pieces, cased) else cased
        self.written = cased  # as typed, title case or not: "PHP 350" is a code there too
        self.excluded = LEXICON_EXCLUDED
        classes = [_word_class(p.text) if p.kind == "word" else ("", False, False)
                   for p in pieces]
        self.kinds = [kind for kind, _, _ in classes]
        for i, word in enumerate(self.words):
            if word in ("law", "laws") and "in" in self.words[max(i - 2, 0):i]:
                self.kinds[i] = ""  # "my sister in law thandiwe": a relation, not a Law
        if cased and not cased.isascii():
            for i in range(len(pieces)):
                if not self.kinds[i] and _accented_like_a_name(pieces, i, cased):
                    self.kinds[i] = "W"  # a name where a capital says so, as "Will"
        self.both = [both for _, both, _ in classes]  # a name and a common word alike
        # Words no lexicon knows: in lower-case speech, a name where a slot asks for one (in
        # title case they are a product's or a place's: "B1 Evening English")
        self.unknown = [unknown and not cased for _, _, unknown in classes]
        # Words that are names but mostly something else ("will", "april", "may"): a name only
        # in the tightest slots ("April speaking", "this is april how can i help", "Hey Will,").
        self.slot_only = [both and (p.text not in FUNCTION_WORDS or self._capital_anywhere(p))
                          for p, (_, both, _) in zip(pieces, classes, strict=True)]
        self.not_people: frozenset[int] = frozenset()  # set by `find`, where it is needed
        self.places: set[int] = set()  # words of places of several words, set there too

    def _not_people(self) -> list[int]:
        """Pieces that name a place of several words ("Los Angeles", "Tel Aviv") or the company
        an agent greets for ("thank you for calling Marriott Bonvoy, this is ...", "Hargreaves
        Lansdown, Toby speaking", "boots pharmacy rose speaking")."""
        words, out = self.words, [*self._company_before_intro(), *self._company_then_greeting()]
        out.extend(_route_ends(self.pieces, words))
        for span, located in place_spans(words):
            self.places.update(span)
            if located:
                out.extend(span)  # "flew to San Diego": a place
            else:  # "Benito Juarez called": maybe a person, a slot must say so
                for k in span:
                    self.kinds[k] = "P" if self.kinds[k] else ""
        for i in [i for i, word in enumerate(words[:-1]) if word in SAINT_WORDS]:
            k = i + 1 + (words[i + 1] == ".")  # "St. Joseph's Parish", "Saint Brigid's Hall"
            run = k
            while run + 1 < len(words) and run - k < _MAX_NAME_WORDS \
                    and self._capital_anywhere(self.pieces[run + 1]) \
                    and words[run + 1] not in SAINT_PLACES:
                run += 1
            if k < len(words) and self.pieces[k].kind == "word" and (
                    words[k].endswith("'s") or not SAINT_PLACES.isdisjoint(
                        words[run + 1:run + 3])):  # "St Agnes' Church": past the apostrophe
                # a church, a school, a place named after a saint: "St Kilda Road", "St
                # Brigid's" (at the text's end too); not "Lucy St John", "George St."
                out.extend(range(k, min(run + 2, len(words))))
        if self.cased:
            out.extend(self._scheme_before_its_number())
            out.extend(i for i in range(len(words) - 1) if self._brand_of_a_model(i)
                       or self._one_of_a_brand(i))
            out.extend(i for i in range(2, len(words)) if self._after_a_place_s_first_word(i)
                       and words[i - 1] not in SAINT_WORDS and words[i - 2] not in SAINT_WORDS)
            # (not "I spoke to St John", "a relative of St Clair": saints' names are people's)
        for i in [i for i, word in enumerate(words[:-1]) if word in _MAKES]:
            if (self.pieces[i + 1].kind == "word" or (
                    self.pieces[i + 1].kind != "punct" and (
                        i == 0 or self.pieces[i - 1].kind == "punct" or words[i - 1] in OWNERS
                        or words[i - 1] in ("this", "that")
                        or _YEAR_WORD_RE.fullmatch(words[i - 1])))) and (i == 0 or (
                    self.kinds[i - 1] != "N" and words[i - 1] not in TITLES)):
                out.extend((i, i + 1))  # "a Skoda Fabia", "a 2017 Mazda 3"; not "Henry Ford",
                # nor "my kids are lincoln 7 and ava 5"
        for j in [j for j, word in enumerate(words) if j > 0 and (word in _ORG_SUFFIXES or (
                      self._capital_anywhere(self.pieces[j]) and not self.kinds[j]
                      and _ends_like_a_firm(word, english=False)))  # ("Okafor Brauerei")
                  and (word not in _TRADES or self._capital_anywhere(self.pieces[j]))
                  and (word not in _TRADE_WORDS or self._a_trade_s_firm(j))
                  and (j + 1 == len(words) or words[j + 1] not in _DEPARTMENT_WORDS
                       or self._capital_anywhere(self.pieces[j + 1]))]:  # "Aviva Insurance Team"
            out.append(j)  # "Hornsby Vet Hospital", "okeke & partners", "Ng & Lowe CPA",
            # "lovejoy and daughters", "something called vitalink media": a business, no person
            if hyphen_prefix(self.pieces, j):
                continue  # "If Lupe co-signs": a prefix, no business's name ends there
            k, joined, placed = j - 1, False, False
            while k >= 0 and j - k <= 5:
                if words[k] in ("&", "and") and not joined and k > 0:
                    k, joined = k - 1, True
                    continue
                capital = self._capital_anywhere_typed(k)  # (as typed: a signature's line
                # in title case, "Hollis & Crane Lettings")
                if words[k].endswith("'s") and capital and self.pieces[k].kind == "word" \
                        and not placed and k + 1 < j and self._capital_anywhere_typed(k + 1) \
                        and words[j] not in _NOT_A_FOUNDERS_FIRM and (
                            j + 1 == len(words) or not self._capital_anywhere_typed(j + 1)):
                    out.append(k)  # "Mabel's Kitchen Catering", "Okeke's Pot Catering": a
                    break  # firm named after its founder, all its words capitalised
                if self.pieces[k].kind != "word" or words[k] in FUNCTION_WORDS \
                        or words[k].endswith("'s") or not (
                            self.kinds[k] or self.unknown[k] or words[k] in _GEOGRAPHIC
                            or capital or words[k] in _ORG_SUFFIXES) \
                        or (placed and (self.kinds[k] or self.unknown[k]) and not capital):
                    break  # (after a place's word, a name in lower case is someone's: "sarah
                    # jones city partners"; privacy first, "kennet valley surgery" loses
                    # "kennet")
                placed = placed or words[k] in _GEOGRAPHIC
                out.append(k)
                k -= 1
        out.extend(self._firms_sending_someone())
        for k in [k for k, word in enumerate(words) if word == "from" and k > 0]:
            out.extend(self._firm_run_from(k + 1))  # "Mark from Ashdown Cidery says": the
            # firm the person is from
        out.extend(self._businesses())
        calendar = other_calendar_words()
        out.extend(i for i, word in enumerate(words) if word in calendar and self._dated(i))
        for last in [i for i, word in enumerate(words) if word in _COMPANY_SLOT_LAST]:
            slot = (words[last - 1], words[last]) if last > 0 else ()
            if (slot in _COMPANY_SLOTS or (slot == _THROUGH_TO and self._named_after(last))) \
                    and words[last + 1:last + 2] != ["our"] \
                    and _KIN_GROUPS.isdisjoint(words[last + 1:last + 2 + _MAX_NAME_WORDS]) \
                    and not self._agent_reached(last):  # "welcome to our new neighbours
                # Thiago and ...", "Welcome to the Sosa family": people, no company
                i = k = last + 1
                while k < len(words) and self.pieces[k].kind == "word" \
                        and words[k] not in _COMPANY_SLOT_ENDS and k - i < _MAX_NAME_WORDS:
                    out.append(k)
                    k += 1
                if k < len(words) and words[k] in _SLOT_AFTER and k - i > 1:
                    out.pop()  # "thanks for calling skyline broadband hunter here": a name
        return out

    def _a_trade_s_firm(self, j: int) -> bool:
        """A trade's word (a noun of other things too) ends a firm's name only where no
        capitalised noun goes on ("Kelvin Heating rang", not "the Heating Engineer") and more
        than one person's name stands before it ("Trent Valley Heating", "Glenmore Heating",
        not "Regards, Tom Heating", "Hi Sarah Maintenance came round")."""
        if j + 1 < len(self.words) and self.pieces[j + 1].kind == "word" \
                and self._capital_anywhere(self.pieces[j + 1]):
            return False
        if self.kinds[j - 1] not in ("N", "W"):
            return True
        k = j - 2  # a person's name alone before it is no firm: the word before it must be
        # another of the firm's ("Sean Murphy Joinery"), not "Call Nina Music", "Hi Sarah ..."
        return k >= 0 and self.pieces[k].kind == "word" and self.words[k] not in GREETING_WORDS \
            and self.words[k] not in FUNCTION_WORDS and self._capital_anywhere(self.pieces[k]) \
            and (bool(self.kinds[k] or self.unknown[k]) or not self._sentence_initial(k))

    def _booked_under(self, i: int) -> bool:
        """A word that may be a name, after "under" where the clause ends: whose name a booking
        or an account is under ("it'll be under summer"; not "under control", "under may")."""
        words = self.words
        return i > 1 and words[i - 1] == "under" and self._closed_after(i + 1) \
            and words[i] not in MONTHS and words[i] not in _WEEKDAYS \
            and not _BOOKED.isdisjoint(words[max(i - 4, 0):i - 1])

    def _agent_reached(self, last: int) -> bool:
        """"<greeting>, BlueCross BlueShield of Illinois, you've reached Lorraine.", "thank you
        for calling castle water you've reached priya how can i help": the company named
        already, a name alone after "reached" is the agent's (not "you've reached Harrods.")."""
        words, nxt = self.words, last + 1
        return words[last] == "reached" and (words[last - 1], "reached") in _COMPANY_SLOTS \
            and last + 1 < len(words) and words[last + 1] not in _DEPARTMENTS \
            and last - 1 > self._after_greeting() + 1 \
            and nxt < len(words) and (self.kinds[nxt] in ("N", "W", "P") or self.unknown[nxt]
                                       or self.both[nxt]) \
            and (nxt + 1 == len(words) or self.pieces[nxt + 1].kind == "punct"
                 or words[nxt + 1] in _COMPANY_SLOT_ENDS)

    def _named_after(self, k: int) -> bool:
        """An agent's own name introduced after word k and a word of something else: "you're
        through to halden bank, my name's ..." (not "you're through to priya.")."""
        words = self.words
        for j in range(k + 2, min(len(words), k + _INTRO_REACH)):
            for cue in _NAMED_AFTER:
                if tuple(words[j:j + len(cue)]) != cue:
                    continue
                name = j - 1 if cue == ("speaking",) else j + len(cue)
                if cue == ("my", "name") and words[name:name + 1] == ["is"]:
                    name += 1  # "..., my name is Hemi"
                if name < len(words) and self.pieces[name].kind == "word" \
                        and words[name] not in FUNCTION_WORDS and words[name] not in NON_NAME \
                        and (self.kinds[name] or self.unknown[name] or self._capital(name)):
                    return True  # (not "through to marisol it's about your claim", "... to
                    # sarah, it's quicker")
        return False

    def _brand_of_a_model(self, i: int) -> bool:
        """A capitalised word before a model's code written in capitals and digits: "the Dyson
        V15", "a Samsung S24 Ultra", "my Jaguar F-Pace" (not "Karen 0402 118 339", a phone's
        digits; not "Dr Patel A12")."""
        piece, nxt = self.pieces[i], self.pieces[i + 1]
        if nxt.kind != "word" or not self._capital(i) or (i and self.words[i - 1] in (
                _PERSON_BEFORE)):
            return False  # (not "ask Ben X5", "Dr Patel A12")
        written = self.cased[nxt.start:nxt.end]
        if written.isalpha() and (len(written) == 1 or (
                written.isupper() and len(written) <= _CODE_LETTERS and self.words[i] in _MAKES
                and self.pieces[min(i + 3, len(self.pieces) - 1)].kind == "number")) \
                and i + 3 < len(self.pieces) \
                and self.words[i + 2] == "-" and self.pieces[i + 3].start == nxt.end + 1:
            return True  # "F-Pace", "F-150": a letter and a hyphen ("MT-07", "CX-5": capitals)
        if i > 1 and self.words[i - 2] in _ARTICLES | OWNERS \
                and _MODEL_YEAR_RE.fullmatch(self.words[i - 1]):
            return True  # "the 2022 Yamaha MT-07", "my 2019 Corolla": a model's year before it
        if i and self.words[i - 1] in _ARTICLES and i + 2 < len(self.pieces) \
                and self._capital(i + 1) and not self.kinds[i + 1] \
                and self.pieces[i + 2].kind == "number" \
                and len(self.words[i + 2]) >= _MODEL_DIGITS \
                and (self.words[i + 3:i + 4] == [] or self.words[i + 3] not in _RECORD_NOUNS) \
                and not any(w in STREET_LINE_SUFFIXES for w in self.words[i + 3:i + 6]):
            return True  # "the Aiko Neostar 440 panels": a maker, its line, the model (not
            # "the Oluwaseun Ade 2 account", "the Ana Ruiz 2024 policy", "An Aroha Ngata 21
            # Kauri Street called": a house's number)
        code = self.pieces[i + 2] if i + 2 < len(self.pieces) else None
        if code is not None and code.kind == "word" and self._capital(i + 1) \
                and name_class(self.words[i + 1]) in ("E", "") \
                and _PART_CODE_RE.fullmatch(self.cased, code.start, code.end) \
                and self.cased[code.start].isdigit() and not self.words[i + 1].endswith("'s") \
                and _ORDINAL_RE.fullmatch(self.cased, code.start, code.end) is None:
            return True  # "it says Honeywell Vista 20P on the front": a maker, a line that is
            # an English word, then its model's number
        if i and self.words[i - 1] in _ARTICLES and _PART_CODE_RE.fullmatch(written) \
                and (self.words[i + 2:i + 3] == [] or self.words[i + 2] not in _RECORD_NOUNS):
            return piece.kind == "word"  # "a Blum 71B3550": an article, a maker, its part
            # (not "a Kowalski 12A claim": someone's record)
        return _MODEL_CODE_RE.fullmatch(written) is not None and piece.kind == "word" \
            and _ORDINAL_RE.fullmatch(written) is None  # (not "Nana Losa's 80th": a birthday)

    def _one_of_a_brand(self, i: int) -> bool:
        """A capitalised word between "a" and "one", or before its model: a maker's or a
        carrier's thing ("I had an Evri one due", "it's a Beko, the model is ...")."""
        words = self.words
        if i < 1 or words[i - 1] not in ("a", "an") or not self._capital(i) \
                or words[i] in FUNCTION_WORDS:
            return False
        return words[i + 1] in ("one", "1", "ones") or (
            words[i + 1] == "," and words[i + 2:i + 4] in (["the", "model"], ["model", "is"],
                                                          ["the", "model's"]))

    def _dated(self, i: int) -> bool:
        """A day before the word ("am 3. Juli", "el 5 de agosto"), a year after it ("Juli
        2025"), for a weekday a day and a month after it ("lundi 5 mai", "Freitag, 9.
        Oktober"), or another such name a short word away ("du lundi au vendredi"): a date,
        however many people are called Julio or Mai. Not a count, an age or a time beside a
        name ("Marco 2", "Marc, 25,", "ask Maja at 2"), nor a phone number."""
        between = self._between_day_and_month
        if any(between(i + step) and self._calendar_at(i + 2 * step) for step in (-1, 1)):
            return True  # "du lundi au vendredi": a range of days
        if self._day_at(i - 1) or (between(i - 1) and self._day_at(i - 2)):
            return True
        if self._year_at(i + 1) or (between(i + 1) and self._year_at(i + 2)):
            return True
        day = i + 2 if self._word_at(i + 1) == "," else i + 1
        return self._day_at(day) and (self._calendar_at(day + 1)
                                      or (between(day + 1) and self._calendar_at(day + 2)))

    def _word_at(self, k: int) -> str:
        return self.words[k] if 0 <= k < len(self.words) else ""

    def _day_at(self, k: int) -> bool:
        word = self._word_at(k)
        return word.isdigit() and self.pieces[k].kind == "number" and 1 <= int(word) <= 31

    def _year_at(self, k: int) -> bool:
        word = self._word_at(k)
        return word.isdigit() and len(word) == 4 and word[:2] in ("19", "20")

    def _calendar_at(self, k: int) -> bool:
        """A month or a weekday, of English or of another language."""
        word = self._word_at(k)
        return word in MONTHS or word in _WEEKDAYS or word in other_calendar_words()

    def _between_day_and_month(self, k: int) -> bool:
        """A full stop, a comma or a short word between a day and its month ("9. Oktober",
        "5 de agosto")."""
        word = self._word_at(k)
        return word in (".", ",") or (
            bool(word) and self.pieces[k].kind == "word" and len(word) <= 3)

    def _businesses(self) -> list[int]:
        """Written words that name a firm or a product by their grammar: "&" joining words one
        of which is no name ("Procter & Gamble", "Marks & Spencer"), words right before a
        model's code ("the Galaxy S23", "Apple Watch Series 9"), and words before what only a
        business has ("Wells Fargo support", "the Sky outage") or a customer holds from one
        ("my British Gas account").

        The words must not read as a person's name: one of them is no name at all, or a
        determiner comes first and none is a name on its own evidence ("Sarah Jones 3pm",
        "Kevin Marsh support", "Tom & Ana" stay names). Nor where a title, a relation or a
        greeting puts a person first ("Mr & Mrs Okafor", "my kids Kofi & Yaw")."""
        if not self.cased:
            return []
        words, pieces = self.words, self.pieces
        out: list[int] = []
        n = len(words)
        for j in [j for j, word in enumerate(words) if j > 0 and (
                word in _BUSINESS_MARKS or (pieces[j].kind == "word" and not word.isalpha())
                or self._model_number(j))]:
            word = words[j]
            if word == "&":
                run = self._written_run(j - 1)
                if run and j < n - 1 and self._capital_anywhere(pieces[j + 1]) \
                        and not words[j + 1].endswith("'s") \
                        and {self.kinds[j - 1], self.kinds[j + 1]} & {"", "P"} \
                        and not (j + 2 < n and pieces[j + 2].kind == "word"
                                 and self._capital_anywhere(pieces[j + 2])) \
                        and not self._signed_by_two(run, j):
                    out.extend((*run, j + 1))  # not "Ravi & Priya Shah": a couple's surname
            elif _model_code(pieces[j]) or self._model_number(j) or word in BUSINESS_FUNCTIONS \
                    or (word in BUSINESS_HOLDINGS and self._owned_from(j - 1)):
                run = self._written_run(j - 1)
                if run and (any(self.kinds[k] in ("", "P") for k in run) or (
                        self.words[run[0] - 1] in _DETERMINERS
                        and all(self.kinds[k] != "N" for k in run))):
                    out.extend(run)
        return out

    def _signed_by_two(self, run: list[int], j: int) -> bool:
        """Two people signing off the text, the second a name on its own evidence: "thank you!
        Bron & Elsie" (a firm closing a message is rarer than a couple; not "Procter &
        Gamble")."""
        words = self.words
        return len(run) == 1 and all(p.kind == "punct" for p in self.pieces[j + 2:]) \
            and self.kinds[j + 1] == "N" and name_class(words[j - 1]) != "E" \
            and (run[0] == 0 or words[run[0] - 1] in _SENTENCE_ENDS or words[run[0] - 1] == ",")

    def _model_number(self, j: int) -> bool:
        """A number after the word of a product line: "Series 9", "Serie 6"."""
        return self.pieces[j].kind == "number" and self.words[j - 1] in MODEL_LINE_WORDS

    def _written_run(self, last: int) -> list[int]:
        """The capitalised words ending at `last` (at most three; none after a title, a relation
        or a greeting, or when the last is a possessive)."""
        k = last
        while k >= 0 and last - k < 3 and self.pieces[k].kind == "word" \
                and self.words[k].replace("'", "").isalpha() \
                and self.words[k] not in FUNCTION_WORDS and self._capital_anywhere(self.pieces[k]):
            k -= 1  # words only: not "John Smith B12" before "9QR"
        before = self.words[k] if k >= 0 else ""
        if k == last or self.words[last].endswith("'s") or before in TITLES \
                or before in GREETING_WORDS or before in _RELATIONS \
                or (before.endswith("s") and before[:-1] in _RELATIONS):  # "my kids Kofi & Yaw"
            return []
        return list(range(k + 1, last + 1))

    def _owned_from(self, last: int) -> bool:
        """Whether a possessive opens the capitalised words ending at `last`: "my Octopus Energy
        account" (a customer's holding), not "the Hartley account" (maybe a family's)."""
        run = self._written_run(last)
        return bool(run) and run[0] > 0 and self.words[run[0] - 1] in _HOLDERS

    def find(self, known: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Piece-index ranges of names; `known` are names other rules found (lists grow them)."""
        n = len(self.pieces)
        words, kinds, slot_only = self.words, self.kinds, self.slot_only
        # Only a word in the lexicon, a capitalised word or one before "speaking" can seed; most
        # utterances have none, and then there is nothing more to do.
        maybe = [i for i in range(n) if kinds[i] or slot_only[i] or self.unknown[i]
                 or (self.both[i] and self._introduced(i))
                 or (self.cased and self._capital(i)) or self._named_in_frame(i)
                 or self._called(i) or self._spoken_surname_after(i)
                 or (i + 1 < n and words[i + 1] in _PERSONAL_DETAILS and self._asr_possessive(i))
                 or (i + 1 < n and words[i + 1] in _PERSON_NEXT)
                 or (i > 1 and words[i - 1] == "and" and words[i - 2] in ("me", "i"))
                 or self._greeted_or_thanked(i) or (words[i] == "will" and self._will_named(i))
                 or self._from_our_team(i) or self._after_a_kin_title(i)
                 or self._reached_at_a_number(i) or self._told_then_taken_up(i)
                 or self._got_to_do_it(i)
                 or (i + 1 < n and words[i + 1] in _TAKEN_UP_BY)
                 or self._last_of_an_opening(i) or self._before_an_honorific(i)]
        reached = self._reached()
        if not maybe and not reached:
            return []
        self.not_people = frozenset(self._not_people()).difference(
            k for start, end in reached for k in range(start, end)).difference(
            k for k in maybe if (self.kinds[k] or self.both[k]) and self._greeted_or_thanked(k))
        # ("hi will its mark here": the one greeted, not a company before "mark here")
        for k in self.not_people:
            kinds[k] = ""
        seeds = [i for i in maybe if i not in self.not_people and self._seed(i)]
        named = not _NAME_WORDS.isdisjoint(words)  # ("Many Grey Horses is the last name")
        spans = [span for span in map(self._grow, seeds)
                 if named or not a_firm_s_name(self.pieces, *span, self.written)] + reached
        spans = _union(spans + known)
        spans = self._lists(spans)
        pairs = self._pair_addressed()
        spans = _union(spans + pairs + self._paired_after_and(spans + pairs))
        return [s for s in spans if s not in known]

    def _pair_addressed(self) -> list[tuple[int, int]]:
        """Two capitalised words no name data and no English holds, joined by "and", opening a
        sentence and spoken to: "Chanda and Bupe please bring the new hymn books", "Wiremu and
        Tane, can you stack the chairs" (the first; the pair rule adds the other; not "Zoopla
        and Rightmove will list it")."""
        if not self.cased:
            return []
        words, out = self.words, []
        for i in range(len(words) - 3):
            if (i == 0 or words[i - 1] in _SENTENCE_ENDS) and words[i + 1] in ("and", "&") \
                    and all(self._capital(k) and unknown_word(words[k])
                            and not common_word(words[k]) and k not in self.places
                            for k in (i, i + 2)) \
                    and words[i + 3] in _ASKED_AFTER_A_PAIR:
                out.append((i, i + 1))
        return out

    def _paired_after_and(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """In text with capitals, a capitalised word no name data and no English holds, joined
        by "and" or "&" to a name found: the other of a pair ("Chanda and Bupe please bring
        the hymn books"; privacy first, a firm no list knows goes too: "Priya and Zoopla")."""
        if not self.cased:
            return []
        words, out = self.words, []
        for _, end in spans:
            k = end + 1
            if k < len(words) and words[end] in ("and", "&") and self._capital(k) \
                    and unknown_word(words[k]) and not common_word(words[k]) \
                    and k not in self.places:
                out.append((k, k + 1))
        return out

    # -- seeds -------------------------------------------------------------------------------
    def _seed(self, i: int) -> bool:
        kind = self.kinds[i]
        if self.words[i] in _ADDRESS_FORMS or (
                self.cased and not self._capital(i) and hyphen_prefix(self.pieces, i)):
            return False  # (not the "co" of "co-signs" in a transcript with capitals)
        if self.words[i] in _PRONOUNS and not (i > 0 and self.words[i - 1] in TITLES):
            return False  # "She says the Palais": a pronoun, though "She" and "Her" are names
            # too (but "thank you mr her")
        if not kind and self.words[i].isalpha() and not everyday_word(self.words[i]) \
                and self.words[i] not in FUNCTION_WORDS \
                and self._role_s_holder_then_he_or_she(i, direct=bool(self.unknown[i])):
            return True  # "your driver is hemi he'll text you": a word English has too, but
            # not one said every day (not "your driver is late he'll text you")
        if self._asked_back_then_he_or_she(i) or self._signed_with_a_number(i) \
                or self._listed_with_a_number(i):
            return True  # "Deveshan? He moved to the Durban branch in March."; "Cheers,
            # Ruaridh 01876 500 337"
        if self._after_a_kin_title(i) or self._reached_at_a_number(i) \
                or self._told_then_taken_up(i) or self._got_to_do_it(i) \
                or self._met_in_person(i) or self._praised(i) or self._rare_word_addressed(i) \
                or self._bracketed_after_someone_s_id(i) or self._word_name_then_a_surname(i) \
                or self._before_their_id_in_brackets(i):
            return True  # "Aunty Lek", "with Uncle Tevita": a relation's word as a title;
            # "text Siriporn at (503) 555-0186"
        if self._nicknamed(i) or self._called(i) or self._spoken_surname_after(i) \
                or self._before_an_honorific(i) \
                or (i > 0 and self._agent_reached(i - 1)) or self._last_of_an_opening(i) \
                or self._after_an_initial(i):
            return True
        if self.both[i] and not self.slot_only[i] and self._introduced(i):
            return True  # "youre speaking with will how can i help", "thank you will"
        if self._greeted_or_thanked(i) or self._will_named(i) or self._from_our_team(i):
            return True  # "fyi Will is on call tonight": no modal verb goes before "is"
        if (self.both[i] or self.kinds[i]) and self._reached_at_work(i):
            return True  # "photos to follow from Bill in the warehouse"
        if self.both[i] and ((self._capital(i) and self._said_of_a_role(i, named=True)
                              and (i + 1 == len(self.words)
                                   or self.pieces[i + 1].kind == "punct"))
                             or self._addressed_first(i)):
            return True  # "tenant is Bill (0117 ...)", "Bill, we've moved the keys" (a word
            # name typed with its capital, closing its clause: not "my landlord was cross")
        if (self.kinds[i] or self.both[i] or self._rare_capitalised(i)) \
                and (self._labelled_by_a_role(i) or self._me_by_name(i)
                     or self._full_name_in_a_field(i)):
            return True  # "Groomer on the day: Hunter", "Contact: Jun-Jun"; "it's me,
            # Ngozi", "sender is me, Jun-Jun Santos"
        if self._called_over(i) or self._called_to_ask(i) or self._named_after_a_role(i) \
                or self._set_out_after_people(i):
            return True
        if self.words[i] in FUNCTION_WORD_NAMES and ((
                i > 0 and self.words[i - 1] in _SPOKEN_WITH and self.words[i] != "may"
                and self.words[i + 1:i + 2] != [","] and self._then_who_they_are(i))
                                                    or self._given_a_task(i)):
            return True  # "i've spoken to bill our driver he says ...", "Action: Will to chase
            # the fee"
        if not kind and not self.slot_only[i] and (
                self.pieces[i].kind != "word" or self.words[i] in self.excluded):
            return False  # most words: no name by any rule below
        if a_day(self.pieces, i):
            return False  # "don't miss October 1st", "good luck for Tuesday's draw"
        if a_dated_month(self.pieces, i) or (
                self.words[i].removesuffix("'s") in ("am", "pm") and i > 0
                and self.pieces[i - 1].kind == "number"):
            return False  # "3 Jan - Rana reported damp": a date's; "10 AM's fine": a time's
        if self._a_thing_s_name(i) or self._a_branch(i) or self._after_a_common_capital(i) \
                or self._after_a_firm_opener(i):
            return False  # "at the Royal Concert Hall", "on the Gold plan": a thing's name;
            # "at our katy location": a place's; "at St Mary's Church Hall": a building's
        if self._code_part(i):
            return False
        if kind == "W" and i > 0 and i + 1 < len(self.words) and self.words[i + 1] in _PLAN_NOUNS \
                and self.words[i - 1] in _BEFORE_A_PLAN:
            return False  # "covered under Gold Cover", "on the silver plan": a plan's name
            # (not "can Young cover the route?")
        if kind == "W" and self._role_s_holder_then_he_or_she(i):
            return True  # "your tech today is will he'll text you": no modal before "he'll"
        if kind == "W" and self._booked_under(i):
            return True  # "it'll be under summer", "it should be under hope, my wife"
        if kind == "N":
            return not self._modifier_of_a_thing(i) and not self._placed_in(i) \
                and not self._the_one_place(i) \
                and not self._a_relation_owned(i) and not self._names_a_business(i) \
                and not self._after_a_place_s_first_word(i) and not self._a_compound_s_noun(i)
        if self.words[i] in ENDEARMENTS and (i == 0 or self.words[i - 1] in ADDRESSING
                                             or self.words[i - 2:i] == ["thank", "you"]) \
                and not self._surname_after(i):
            return False  # "cheers love", "Honey, hold on": what people call each other
        if (kind == "W" or self.both[i]) and self._surname_after(i):
            return True  # "My manager, Will Fennelly,", "Hunter Makepeace."
        if kind == "W" and self._did_to_their_own(i):
            return True  # "we met it in january when hunter had his two fillings"
        if (kind in ("N", "W") or self.both[i]
                or (self._capital(i) and name_class(self.words[i]) == ""
                    and not _SERVICES.intersection(self.words[i + 1:i + 4]))) \
                and self._bracketed_role(i):
            return True  # "Faith (nurse) aware of falls risk", "Will (dentist) on Tuesday"
        if 0 < i < len(self.words) - 1 and self.words[i - 1] == "the" \
                and self.words[i + 1] in _KIN_GROUPS and (
                    kind == "N" or (not kind and unknown_word(self.words[i])
                        and not common_word(self.words[i]))):
            return True  # "the Okonjo family", "the mensah household": a family's surname
        if (kind in ("N", "W", "P") or (self.unknown[i] and not everyday_word(self.words[i]))
                or (self.cased and self._capital(i) and unknown_word(self.words[i]))) \
                and self._asked_if_they_can(i):
            return True  # "sweet and can rawiri be on the account too", "could john have a
            # look" (not "can bill be paid online", "can someone come")
        if self._given_a_hand(i) or (kind in ("N", "W", "P") and self._wished_well(i)):
            return True  # "can anyone give Tolu a lift", "give kofi a ring"; "happy
            # eighteenth hope" on a cake
        if kind == "P" and self._vocative(i) and i + 1 < len(self.words) \
                and self.words[i + 1] in ("?", "!") and i not in self.places \
                and not self._capital(i - 2):
            return True  # "Not you, Leon? Call us": someone asked (not "Rome, Paris?")
        if self.slot_only[i]:
            return not (self.words[i] in _WEEKDAYS and len(self.words[i]) > _DAY_ABBREVIATION
                        and i > 0 and self.words[i - 1] in ("it's", "its")) \
                and self._tight_slot(i)  # (not "It's Monday so I couldn't log in"; but
            # "Sun-hee", "My trainer, Sunday, said ...")
        if self._opening_name(i) or self._beside_a_person(i) or self._owner_of_details(i) \
                or (kind in ("W", "P") and self._agent_s_i_am(i)):
            return True
        if kind in ("W", "P") and self._sentence_initial(i) and i + 1 < len(self.pieces) \
                and self._capital(i) and self._capital(i + 1) and (
                    self.kinds[i + 1] or unknown_word(self.words[i + 1])) \
                and i not in self.places and i + 1 not in self.places:
            return True  # "Grace Kim will take over ...", "Anand Raghunathan signing in ..."
            # (not "San Diego is lovely": a place of two words)
        if not kind and self.cased and self._capital(i) and i > 0 \
                and self.words[i - 1] in ROLES and self.pieces[i].text.isalpha() \
                and name_class(self.words[i]) != "E" \
                and len(self.words[i]) >= 3 and not (
                    i + 1 < len(self.pieces) and self._capital(i + 1)):
            return True  # "Caretaker Otieno is not picking": a word no list knows, capitalised
            # after a role (not "Student Aid": a dictionary's word)
        if (not kind or kind == "P") and (self._rare_subject(i)
                                          or (not kind and self._rare_in_a_person_s_place(i))):
            return True  # "but Tāne is driving instead of me", "ask Otieno about it"
        if self._a_parent_s_child(i):
            return True  # "it's Aroha, mum of Mereana and Tia"
        if self._paired_with_a_titled_name(i):
            return True  # "Safety boat: Ochirbat and Ms Vuković"
        if (kind in ("N", "W") or self._rare_capitalised(i)) and self._taken_up_later(i):
            return True  # "Rose can't, her car's at the garage", "Tama forgot his again"
        if kind == "N" and self._whom_it_is_according_to(i):
            return True  # "doesn't match according to Ropata"
        if kind == "W" and self._word_name_subject(i):
            return True  # "Grace from HR: please send ...", "Rose is collecting subs"
        if self._away_or_back(i):
            return True  # "Chebet is on leave", "Hope won't be in on Friday", "dawn's off sick"
        if (kind in ("N", "W", "P") or self._rare_capitalised(i)) and self._holds_a_role(i):
            return True  # "mark was the driver", "so dawn's our caretaker"
        if kind in ("N", "W", "P") and self._one_of_the_family(i):
            return True  # "our Gary's getting married", "i know dawn's been on at us"
        if kind in ("N", "W") and self._then_who_they_are(i):
            return True  # "i've flagged it with brooke our club manager", "us and frank next
            # door"
        if not kind and (self.unknown[i] or (self._capital(i) and unknown_word(self.words[i]))) \
                and self._said_of_a_role(i):
            return True  # "My case manager used to be Anahera", "our landlord is otieno": a
            # word no list knows (no dictionary's either: not "my husband was Polish"), said
            # to hold someone's role
        if not kind and self._unknown_capitalised_pair(i):
            return True  # "a label for Somchai Wongsakul": words no lexicon knows, capitalised
        if not kind and self._thanked_or_reminded(i):
            return True  # "Please thank Nakato for me"
        if kind in ("N", "W", "P") and self._given_a_task(i):
            return True  # "Hunter can u cover desk 6-10?", "Dawn to follow up re finance"
        if kind in ("N", "P") and self._addressed_then_i(i):
            return True  # "... in my car 🙈 Ama I'll drop it round": whom the writer tells
        if kind in ("N", "W") and i not in self.places and self._guessed_who(i):
            return True  # "Is it the same fella as last time? Paddy?"
        if self._after_initials(i):
            return True  # "sent to K. A. Sumanawathi", "cc R. Oyelowo": a surname
        if kind in ("N", "W", "P") and self._capital(i) and i + 2 < len(self.pieces) \
                and len(self.words[i + 1]) == 1 and self.words[i + 1].isalpha() \
                and self._capital_anywhere(self.pieces[i + 1]) and self.words[i + 2] == "." \
                and (i + 3 == len(self.pieces) or self.pieces[i + 3].kind == "punct"):
            return True  # "folders: Grace W., Njeri": a surname's initial
        if self._named_in_frame(i) or self._said_to_be_a_name(i) or self._addressed_first(i) \
                or self._after_a_name_word(i):
            return True
        if not self._nameish(i):
            return False
        if kind == "W" and self._capital(i) and not self._sentence_initial(i) \
                and not self._before_other_capital(i) and not self._after_a_capitalised_word(i) \
                and self.words[i - 1] not in ("a", "an"):  # (not "at a Shell station")
            return True  # "please change it to Grace Kim", not "Air Max 90" or "Black Friday"
            # or "Federal Student Aid"
        if kind == "W" and self.words[i] in _WHAT_A_PERSON_CAN_DO and not self._capital(i) \
                and not _MODALS.isdisjoint(self.words[max(i - 4, 0):i - 1]):
            return False  # "can the engineer come tomorrow": the verb the modal asks about
        return self._in_slot(i)

    def _got_to_do_it(self, i: int) -> bool:
        """A word that may be a name between "get" and what they are to do for someone: "i can
        get tama to swing by thursday", "I'll get Hemi to call you" (not "get it to work",
        "get someone to call", "get the car to the garage")."""
        words = self.words
        return i > 0 and i + 2 < len(words) and words[i - 1] in ("get", "getting", "got") \
            and words[i + 1] == "to" and (words[i] not in FUNCTION_WORDS
                                          or words[i] in FUNCTION_WORD_NAMES) \
            and words[i] not in _ANYONE and self.pieces[i].kind == "word" \
            and words[i] not in _TEAMS \
            and not (words[i].endswith("s") and (common_word(words[i]) or everyday_word(
                words[i]) or everyday_word(words[i][:-1]))) \
            and (name_class(words[i]) in ("N", "W", "P") or unknown_word(words[i])) \
            and (name_class(words[i]) == "W" or not everyday_word(words[i])) \
            and (words[i + 2] in CONTACT_VERBS or words[i + 2] in _ERRAND_VERBS)

    def _thanked_or_reminded(self, i: int) -> bool:
        """A capitalised word no list knows, thanked or reminded: what is done to people
        ("Please thank Nakato for me", "remind Meinir about the float"); not a firm's run of
        capitals ("thank Rwenzori Hands for ..."), nor what an app is told to do ("remind
        Outlook to sync"), nor a title's capital ("Please Remind Kizza")."""
        words, nxt = self.words, i + 1
        return i > 0 and words[i - 1] in _DONE_TO_PEOPLE and self._rare_capitalised(i) \
            and i not in self.places and not self._capital(i - 1) \
            and words[nxt:nxt + 1] != ["to"] and not (
                nxt < len(words) and (words[nxt] in _ORG_SUFFIXES or (
                    self.pieces[nxt].kind == "word" and self._capital(nxt))))

    def _told_then_taken_up(self, i: int) -> bool:
        """A capitalised word no list knows (or a name), told or asked something, that "she" or
        "he" opening a later clause of the sentence takes up: "Can someone tell Ishbel before
        Saturday, she will want to know" (not "I told Afterpay, they said ...")."""
        words, n = self.words, len(self.words)
        if not (i > 0 and words[i - 1] in _TELLING and (
                self._rare_capitalised(i) or (self.kinds[i] == "N" and self._capital(i)))):
            return False
        for k in range(i + 2, min(n, i + 2 + _TAKEN_UP_REACH)):
            if words[k] in _SENTENCE_ENDS or words[k] in _PEOPLE_NOUNS or (
                    words[k] == "and" and k == i + 1):
                return False  # (not "ask Xero and my accountant, she knows the login")
            if words[k] in _SHE_OR_HE and words[k - 1] in _A_CLAUSE_OPENS \
                    and not (k + 1 < n and words[k + 1] in _SAYING):
                return True
        return False

    def _signed_with_a_number(self, i: int) -> bool:
        """A capitalised word no list knows after a closing and its comma, then a phone's
        number that ends the text: the writer and their contact ("Cheers, Ruaridh 01876 500
        337"; the lexicon's names are taken by `_tight_slot`)."""
        words, pieces = self.words, self.pieces
        return 1 < i < len(words) - 1 and words[i - 1] == "," and words[i - 2] in _CLOSINGS \
            and pieces[i + 1].kind == "number" and len(pieces[i + 1].text) >= _PHONE_DIGITS \
            and all(p.kind == "punct" for p in pieces[i + 2:]) and self._rare_capitalised(i)

    def _listed_with_a_number(self, i: int) -> bool:
        """Two capitalised words no list knows opening a line, then a phone's number: a row of
        a typed list of people ("Kiprono Bett +254 711 562 048 KSh 4,350")."""
        words, pieces, j = self.words, self.pieces, i + 2
        if not (self.cased and j < len(words) and (i == 0 or "\n" in self.cased[
                pieces[i - 1].end:pieces[i].start]) and all(
                    self._capital(k) and (self.kinds[k] == "N" or self._rare_capitalised(k) or (
                        k > i and not everyday_word(words[k]) and not name_class(words[k])))
                    for k in (i, i + 1))):  # (a surname may be some language's word: "Bett")
            return False
        j += words[j] in ("(", "+")
        return j < len(words) and pieces[j].kind == "number" \
            and sum(len(p.text) for p in pieces[j:j + 4] if p.kind == "number") >= _PHONE_DIGITS

    def _praised(self, i: int) -> bool:
        """A capitalised word no list knows, praised or thanked: "shout out to Kalani for a
        PB", "well done to Siosaia", "happy birthday to Kalani" (not "Thanks to Mooloolaba Surf
        Club": a word of the firm's name after it)."""
        words = self.words
        return i > 1 and words[i - 1] == "to" and words[i - 2] in _PRAISE \
            and (words[i - 2] not in _PRAISE_PAIRS
                 or words[i - 3:i - 2] == [_PRAISE_PAIRS[words[i - 2]]]) \
            and self._rare_capitalised(i) and i not in self.places and (
                i + 1 == len(words) or not self._capital_anywhere(self.pieces[i + 1])
                or self.pieces[i + 1].kind != "word")

    def _met_in_person(self, i: int) -> bool:
        """A capitalised word no list knows, right after a verb done to a person and to no firm
        or place: "I saw Ruaridh at the match", "we met Tavake at the depot", "I hugged Anote"
        (not "I asked Afterpay": asking and telling go to firms too)."""
        words = self.words
        return i > 0 and words[i - 1] in _MET_IN_PERSON and self._rare_capitalised(i) \
            and i not in self.places and (i + 1 == len(words) or (
                words[i + 1] in _AFTER_SEEING and not (
                    words[i + 1] == "at" and self.pieces[i + 2:i + 3] != []
                    and self.pieces[i + 2].kind == "number")))
        # (after "saw", "meet": a word that ends the clause or says where or when, not "I saw
        # Monzo had an outage", "we're meeting Zoopla reps")

    def _reached_at_a_number(self, i: int) -> bool:
        """A word no list knows, capitalised after a word of contacting, then "at" or "on" and
        a phone's number: whom to contact ("text Siriporn at (503) 555-0186", "ring Tevita on
        021 555 0142")."""
        words, j = self.words, i + 2
        if not (i > 0 and j < len(words) and words[i - 1] in CONTACT_VERBS
                and words[i + 1] in ("at", "on") and self._rare_capitalised(i)):
            return False
        j += words[j] in ("(", "+")
        return j < len(words) and self.pieces[j].kind == "number" \
            and not self.pieces[j].text.startswith(_BUSINESS_LINES) \
            and sum(len(p.text) for p in self.pieces[j:j + 4] if p.kind == "number") \
            >= _PHONE_DIGITS

    def _after_a_kin_title(self, i: int) -> bool:
        """In cased text, a capitalised word after a capitalised relation used as a title:
        "Aunty Lek", "Uncle Tevita", "Cousin Will" (not "Aunty Says", a common word)."""
        words = self.words
        word = words[i].removesuffix("'s")  # ("for Nana Losa's 80th")
        return bool(self.cased) and i > 0 and words[i - 1] in _RELATIONS \
            and (i < 2 or words[i - 2] not in ("the", "a", "an")) \
            and self._capital(i - 1) and self._capital(i) and self.pieces[i].kind == "word" \
            and word.isalpha() and name_class(word) != "E" \
            and word not in FUNCTION_WORDS and word not in MONTHS \
            and word not in _WEEKDAYS and not (
                not self.kinds[i] and common_word(word))

    def _rare_capitalised(self, i: int) -> bool:
        """In cased text, a capitalised word English text rarely holds and no list knows: a
        name of a culture the name data under-represents, or a brand's or a small place's."""
        word = self.words[i].removesuffix("'s")
        return bool(self.cased) and self._capital(i) and unknown_word(word) \
            and not common_word(word)

    def _given_a_task(self, i: int) -> bool:
        """A capitalised name opening a sentence, then a favour asked of them or a task a note
        gives them: "Hunter can u cover desk 6-10?", "Priya to follow up re finance", "Action:
        Will to chase the fee" (no modal goes before "to"; not "Will you ...", "Chase to
        confirm delivery", "Sky to send an engineer")."""
        words = self.words
        return (i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] == ":") \
            and self._capital(i) and i not in self.places and (
                words[i] not in FUNCTION_WORDS or (words[i] in FUNCTION_WORD_NAMES
                                                   and words[i + 1:i + 2] == ["to"])) \
            and words[i] not in _WEEKDAYS and words[i] not in MONTHS \
            and words[i] not in _SEASONS and i + 2 < len(words) and (
                (words[i + 1] in _MODALS and words[i + 2] in ("you", "u", "ya"))
                or (words[i + 1] == "to" and words[i + 2] in _TASKS and (
                    self.kinds[i] == "N" or (words[i] == "will" and words[i + 2] not in (
                        "review", "update", "check")) or (
                        self.kinds[i] == "W" and words[i + 2] in _PEOPLE_S_TASKS
                    and words[i] not in _TO_VERBS))))
        # (a capitalised Will in a note's actions is a person, "Will to send the invoice";
        # not the document: "Probate: Will to review", "Will to update the file")
        # (not "Chase to confirm", "Hope to speak", "Chelsea to confirm", "Phoenix to send")

    def _called_over(self, i: int) -> bool:
        """A name, or a word that is one too, right after the speaker says a relative is there
        and before what they ask them: "hang on my husband's here bill what did i put", "my
        daughter is here, rose where's the letter" (not "my son's here, what did you say")."""
        words = self.words
        k = i - 1 - (i > 1 and words[i - 1] in (",", "...", "…"))
        if k < 2 or words[k] != "here" or i + 1 >= len(words) \
                or words[i + 1] not in _ASKED_OF_THEM:
            return False
        said = words[max(0, k - 3):k]
        relation = next((w.removesuffix("'s") for w in said
                         if w.removesuffix("'s") in _RELATIONS), None)
        return relation is not None and ("is" in said or f"{relation}'s" in said) \
            and (bool(self.kinds[i]) or self.both[i]) and words[i] not in _DISCOURSE_PARTICLES

    def _called_to_ask(self, i: int) -> bool:
        """A name called out, then what the speaker asks them of what was chosen: "My wife set
        that up. Hang on. Savannah! What's the passcode?", "chiamaka! what's the pin", "Ray!
        What'd we put as the password?" (not "Oh God! What's that?": no name's word; not "from
        work in shannon, is that okay?")."""
        words = self.words
        if i + 2 >= len(words) or words[i + 1] not in ("!", ",") \
                or (words[i + 2] not in _ASKED_OF_THEM and words[i + 2] not in _WHAT_D
                    and not (words[i + 1] == "!" and words[i + 2] == "the"
                             and "?" in words[i + 3:i + 3 + _CALLED_REACH])) \
                or words[i] in _DISCOURSE_PARTICLES or words[i] in EXCLAMATIONS \
                or words[i] in FILLERS \
                or not (self.kinds[i] or self.both[i] or unknown_word(words[i])):
            return False
        if i > 0 and (words[i - 1] in _PLACE_LEADS or words[i - 1] in FUNCTION_WORDS):
            return False  # "from work in shannon, is that okay?": a place, then a question
        return not _WHAT_WAS_SET.isdisjoint(words[i + 3:i + 3 + _CALLED_REACH])

    def _named_after_a_role(self, i: int) -> bool:
        """A capitalised name, or a word no dictionary holds, said as a sentence of its own
        right after a sentence about someone by their role: "your technician came on the 2nd
        to replace that sensor. Odhiambo. No, sorry, Otieno.", "could he ring my daughter
        first? Rose." (not "... the engineer. Thanks.")"""
        words = self.words
        if not (self.cased and 1 < i < len(words) - 1 and words[i - 1] in (".", "?")
                and words[i + 1] in (".", ",", "!") and self._capital(i)
                and (self.kinds[i] == "N" or (unknown_word(words[i]) and not common_word(words[i])
                                              and words[i] not in FILLERS)
                     or (self.kinds[i] == "W" and words[i] not in MONTHS
                         and words[i] not in _WEEKDAYS and words[i] not in _SEASONS))):
            return False  # (privacy first, a word no list knows too: "The advisor rang.
            # Zvikomborero."; so "The driver called. Yodel." goes as well; not "Eish.")
        k = i - 2
        while k >= 0 and words[k] not in _SENTENCE_ENDS:
            if words[k] in _PEOPLE_NOUNS and (self.kinds[i] != "W" or (
                    words[k] in _RELATIONS and words[i + 1] == "."
                    and words[i] not in ENDEARMENTS and words[i] not in AFFIRMATIVES
                    and words[i] not in EXCLAMATIONS and words[i] not in _ONE_WORD_REPLIES)):
                return True  # (a word name only after a relation: not "Did the driver leave
                # it at the door? Cool, thanks.")
            k -= 1
        return False

    def _addressed_then_i(self, i: int) -> bool:
        """A capitalised name opening its clause, the writer's "I" right after it, as a chat
        addresses someone with no comma: "Ama I'll drop it round", "Priya I've sent it" (not a
        weekday's "Monday I'll call", a place's "Leeds I'm not sure about")."""
        words = self.words
        return (i == 0 or self.pieces[i - 1].kind == "punct") and i + 1 < len(words) \
            and words[i + 1] in _THE_WRITER and self._capital(i) and i not in self.places \
            and words[i] not in _WEEKDAYS and words[i] not in MONTHS \
            and words[i] not in _SEASONS

    def _rare_subject(self, i: int) -> bool:
        """A capitalised word English text rarely holds (or a name that is a place's too), the
        subject of what a person does: "but Tāne is driving", "Ngaio said it was fine", "on it,
        Ngozi is calling her now" (not a brand's "Monzo is down")."""
        words = self.words
        if self.unknown[i] and (i == 0 or words[i - 1] in _BEFORE_A_SUBJECT
                                or words[i - 1] in ("idea", "got", "and", "but")) \
                and i + 2 < len(words) and not _PERSONAL_PRONOUNS.isdisjoint(
                    words[i + 1:i + _OWN_PRONOUN_REACH]) \
                and (words[i + 1] in PERSON_VERBS or words[i + 2] in ("who", "that")):
            return True  # speech without capitals, a word no list knows, then what a person
            # does and a person's pronoun: "and wairimu said she'd bring the forms" (not a
            # modal: firms will email or drop things too, "yodel will drop it when shes in")
        placed = self.kinds[i] == "P"  # a name that is a place's too: a person's pronoun must
        # follow ("Georgia is visiting her gran"; not "Chelsea is playing at home")
        if not ((self._rare_capitalised(i) or (placed and self._capital(i)
                                               and i not in self.places
                                               and words[i] not in _SEASONS
                                               and words[i] not in MONTHS
                                               and (not _PERSONAL_PRONOUNS.isdisjoint(
                                                   words[i + 1:i + _PRONOUN_REACH])
                                                    or (words[i + 2:i + 3] != []
                                                    and words[i + 2] in _A_PERSON_S_ERRANDS))))
                and i + 1 < len(words)) \
                or (i > 0 and words[i - 1] in _THING_BEFORE):
            return False  # (not "Bill from Bunnings rang", "my branch in Matosinhos told me")
        if words[i + 1] in PERSON_VERBS:
            return True
        if words[i + 1] in ("has", "had", "have") and i + 2 < len(words) and (
                words[i + 2] in PERSON_VERBS or words[i + 2] in _VOLUNTEERED or (
                    words[i + 2].endswith("ly") and words[i + 3:i + 4] != []
                    and (words[i + 3] in PERSON_VERBS or words[i + 3] in _VOLUNTEERED))):
            return True  # "Hemalatha has kindly agreed to ...", "Otieno had phoned ahead",
            # "Martín has offered to make alfajores"
        if not placed and words[i + 1] in _MODALS and words[i + 2:i + 3] != [] \
                and (words[i + 2] in _DONE_AFTER_A_MODAL or (
                    words[i + 2] in _DONE_FOR_SOMEONE and words[i + 3:i + 4] != []
                    and words[i + 3] in _THEN_WHEN_OR_WHAT) or (
                    words[i + 2] in ("meet", "greet") and words[i + 3:i + 4] != []
                    and words[i + 3] in ("them", "him", "her", "us"))):
            return True  # "Minji can start Saturday", "Wiremu can collect it" (not "Deliveroo
            # will drop it off", "Klarna will need your details")
        return words[i + 1] in ("is", "was", "isn't", "wasn't") and i + 2 < len(words) \
            and words[i + 2].endswith("ing") and words[i + 2] not in _NOT_DONE_BY_A_PERSON

    def _did_to_their_own(self, i: int) -> bool:
        """A word that is a name too, opening a clause, then what befell what was a man's or a
        woman's own: "when hunter had his two fillings", "and frank broke his wrist", or had a
        look or a chat, taken up by "he" or "she": "so hunter had a look at it and he'd
        replace both" (not "the summer had its moments", nor what a firm did or looked at:
        "when chase declined his card", "so sky sent her a box", "so apple had a look at the
        phone")."""
        words = self.words
        return (i == 0 or words[i - 1] in _BEFORE_A_SUBJECT) and i + 2 < len(words) \
            and ((words[i + 1] in _HAD_ONE_S_OWN and words[i + 2] in _ONE_S_OWN) or (
                words[i + 1] in ("had", "took", "has") and words[i + 2] == "a"
                and words[i + 3:i + 4] != [] and words[i + 3] in _A_PERSON_S_TURN and (
                    words[i + 3] not in ("look", "peek")
                    or not _HIS_OR_HERS.isdisjoint(words[i + 4:])))) \
            and words[i] not in _SEASONS and words[i] not in MONTHS

    def _bracketed_role(self, i: int) -> bool:
        """A capitalised name with a bracket that says what work they do: "Faith (nurse)
        aware", "Grace (hygienist) at 3pm" (not initials: "Jade (XL)", "Apple (AAPL)", "Grant
        (HR)"; nor a word alone in brackets: "Amber (Rose)")."""
        words = self.words
        j = i + 1 + (i + 2 < len(words) and words[i + 2] == "(" and self._capital(i + 1)
                     and (bool(self.kinds[i + 1]) or unknown_word(words[i + 1])))
        # ("Tama Whaanga (ranger)": a name and its surname before the bracket)
        return bool(self.cased) and self._capital(i) and j + 2 < len(words) \
            and words[j] == "(" and ((words[j + 2] == ")" and (
                words[j + 1] in ROLES or words[j + 1] in JOB_TITLES)) or (
                words[j + 1] in _PERSONAL_ID_WORDS and j + 3 < len(words)
                and self.pieces[j + 2].kind in ("number", "code") and words[j + 3] == ")"
                and not (i > 0 and words[i - 1] in _DETERMINERS)
                and all(name_class(w) != "E" for w in words[i:j]))) \
            and words[i] not in MONTHS and words[i] not in _WEEKDAYS and words[i] not in _SEASONS
        # (or their staff or member ID: "Kipchoge Langat (ID 2231) signed for the projector")

    def _from_a_team(self, i: int) -> bool:
        """Word i, then "from" and a team of someone's: "Grace from HR", "Mark from your
        billing team" (not "flights from Heathrow")."""
        words, then = self.words, self.words[i + 2]
        return (then in _WHOSE_TEAM and any(w in _TEAMS for w in words[i + 3:i + 5])) or (
            self._capital(i + 2) and then.isalpha() and i + 2 not in self.places
            and (then in _TEAMS or len(then) <= _DEPARTMENT_LETTERS or then in ROLES)) \
            or self._a_firm_from(i + 2)

    def _from_our_team(self, i: int) -> bool:
        """A name that is a word too, before "from" and a team of ours or yours: "you'll have
        will from our bozeman crew", "bill from your accounts team rang", where a person is
        had, met or spoken to (not "the bill from our accounts team", "I hope from our office
        you can", "The refund will come from our accounts team")."""
        words, nxt = self.words, i + 1
        before = words[i - 1] if i else ""
        return nxt + 2 < len(words) and words[nxt] == "from" \
            and (self.kinds[i] == "W" or words[i] in FUNCTION_WORD_NAMES) \
            and (i == 0 or before in _SENTENCE_ENDS or before in _MEETING_SOMEONE) \
            and not (words[i] == "bill" and (before in _HAD_OR_GOT or any(
                p.kind == "number" or p.text in _OWED or p.text in _SENT_BY
                for p in self.pieces[nxt:nxt + 10]))) \
            and words[nxt + 1] in _WHOSE_TEAM and words[nxt + 1] != "the" \
            and any(w in _TEAMS or _ends_like_a_firm(w) for w in words[nxt + 2:nxt + 5])

    def _a_firm_from(self, k: int) -> bool:
        """Capitalised words from k that end in a firm's word, then what a person does: "Frank
        from Dryzone Damp Solutions quoted £640", "Mark from Hillside Dental rang" (not
        "Florence from Heathrow", "Rose from Interflora Services arrived wilted")."""
        return bool(self._firm_run_from(k))

    def _firm_run_from(self, k: int) -> range:
        """The words of the firm `_a_firm_from` finds at k (none if it finds none)."""
        the = k < len(self.words) and self.words[k] == "the"  # "Tui from the Otaki club wants"
        k += the
        j, last = k, 0
        while j < len(self.words) and j - k <= _MAX_NAME_WORDS and self.words[j].isalpha() and (
                self._capital_anywhere(self.pieces[j])
                or (the and j > k and self.words[j] not in FUNCTION_WORDS)):
            if j > k and (_ends_like_a_firm(self.words[j])
                          or (the and self.words[j] in _TEAMS)):
                last = j
            j += 1
        after = self.words[last + 1:last + 3] if last else []
        found = bool(after) and (after[0] in PERSON_VERBS or after[0] in _QUOTED or (
            after[0] in _PERSON_MODALS and after[1:] != [] and (
                after[1] in _MEETING_VERBS or after[1] in CONTACT_VERBS)))
        # ("Hope from Brocco Lettings will meet you there")
        return range(k, last + 1) if found else range(0)

    def _rare_in_a_person_s_place(self, i: int) -> bool:
        """A capitalised word no list knows where no brand or town stands: opening a clause
        before "from" and a team of someone's, then what people do ("Otieno from our office
        has reviewed", "Wairimu from HR will call"; not "Zendesk from our support team is
        slow"), or a relation's owner ("Wairimu's husband will sign"). Not after what is done
        to a thing ("ordered Sodastream from your website") nor where firms are asked, thanked
        or sign a message as often as people are ("I told Afterpay", "thanks to Ocado for")."""
        words, n = self.words, len(self.words)
        if not self._rare_capitalised(i):
            return False
        if words[i].endswith("'s") and i + 1 < n and words[i + 1] in FAMILY and (
                i + 2 == n or self.pieces[i + 2].kind == "punct" or words[i + 2] in _WILL_OR_HAS
                or words[i + 2] in PERSON_VERBS or _past_tense(words[i + 2])
                or self._capital(i + 2)):
            return True  # "Ngaire's son Tom will ring" (not "Klarna's partner shops")
        if not ((i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] in ("and", ","))
                and i + 2 < n and words[i + 1] == "from" and self._from_a_team(i)):
            return False
        k = next((k for k in range(i + 2, min(i + 6, n)) if words[k] in _TEAMS), n)
        while k + 1 < n and words[k + 1] in _TEAMS:
            k += 1  # "from your billing team"
        return k + 2 < n and (words[k + 1] in PERSON_VERBS or (
            words[k + 1] in _WILL_OR_HAS and (
                words[k + 2] in CONTACT_VERBS or _past_tense(words[k + 2])
                or words[k + 2] in _WHAT_PEOPLE_ARE_DOING or words[k + 2] in _AWAY)))
        # (not "Revolut from the app team sent a letter", "... is looking into it")

    def _then_who_they_are(self, i: int) -> bool:
        """A name followed by who the person is: a role of someone's ("brooke our club
        manager", "sam, my landlord") or where they live ("frank next door"); not a thing's
        word before whose it is ("the bill our accountant sent", "a mark your manager made")."""
        words = self.words
        if i > 0 and words[i - 1] in _NOT_BEFORE_WHO_THEY_ARE:
            return False  # (not "the bill our accountant sent", "i hope my manager will")
        k = i + 1 + (words[i + 1:i + 2] == [","])
        if words[k:k + 2] == ["next", "door"]:
            return True
        if k >= len(words) or words[k] not in ("our", "my", "your", "his", "her", "their"):
            return False
        role = next((j for j in range(k + 1, min(k + 4, len(words))) if words[j] in ROLES),
                    None)
        return role is not None and (role + 1 == len(words) or self.pieces[role + 1].kind
                                     == "punct" or words[role + 1] in _AFTER_A_ROLE)

    def _one_of_the_family(self, i: int) -> bool:
        """A name that is a word or a place too, whom the speaker's family calls by it, doing
        something: "our Gary's getting married" (in the north of England and Ireland "our"
        before a name is a relative's), "i know dawn's been on at us", "Sky's been down" being
        a brand's only after a determiner ("the Sky box's been ...")."""
        words = self.words
        word = words[i]
        if words[i + 1:i + 4] in (["is", "off", "sick"], ["is", "off", "ill"]) \
                and self.kinds[i] in ("N", "W", "P") and (i == 0 or words[i - 1] in _SENTENCE_ENDS
                                                      or words[i - 1] in _SAID_OF_SOMEONE):
            return True  # "Rose is off sick" (as "Bill's off sick")
        if not word.endswith("'s") or i + 1 >= len(words):
            return False
        if i > 0 and words[i - 1] == "our":
            return (words[i + 1] in _DONE_BY_ONE_OF_US or words[i + 1].endswith("ing")) and (
                self.kinds[i] == "N" or (self.cased and self._capital(i))
                or words[i + 1] in _WHAT_ONLY_PEOPLE_DO)  # (not "our kitchen's been flooded")
        if words[i].removesuffix("'s") in _SEASONS or not (
                i == 0 or words[i - 1] in _SAID_OF_SOMEONE or self.pieces[i - 1].kind == "punct"):
            return False  # (not "well summer's been lovely", "the Sky box's been ...")
        then = words[i + 2] if i + 2 < len(words) else ""
        return words[i + 1] in _WHAT_ONLY_PEOPLE_DO or (words[i + 1] in ("been", "just") and (
            then in _WHAT_ONLY_PEOPLE_DO or then in PERSON_VERBS or then == "on")) or (
            words[i + 1] in _AWAY and then in _UNWELL)
        # "dawn's been on at us", "bill's just rung", "Bill's off sick" (not "sky's been down
        # all week", "Sky's out till Monday")

    def _taken_up_later(self, i: int) -> bool:
        """In cased text, a capitalised word opening a sentence as the subject of a verb, that
        a personal pronoun opening a later clause of the sentence takes up: "Sunny can't make
        Saturday, she's got the flu", "Rose can't, her car's at the garage" (not "Summer was
        lovely, her garden ...", "Will he come?", "Grace period ends, he said")."""
        words, n = self.words, len(self.words)
        if not (self.cased and self._capital(i) and (i == 0 or words[i - 1] in _SENTENCE_ENDS)
                and i + 2 < n) or i in self.places or words[i] in FUNCTION_WORDS \
                or words[i] in _SEASONS or words[i] in MONTHS or words[i] in _WEEKDAYS:
            return False
        verb = words[i + 1]
        if words[i + 2] in ("his", "her") and verb in _DONE_TO_ONESELF \
                and self._rare_capitalised(i):
            return True  # "Tabwena did his hammy at training": what befell a person's own body
            # (not "Ocado changed her slot": firms change and lose someone's things)
        modal = verb in _PERSON_MODALS and self.kinds[i] in ("N", "W") \
            and words[i] not in _DOCUMENT_NAMES and self._a_person_s_doing(i + 2)
        if not (verb in PERSON_VERBS or modal or (self.kinds[i] and (
                verb in _A_SUBJECT_DOES or _past_tense(verb)))):
            return False  # (a word no list knows only before what only a person does: not
            # "Centrelink paid his benefit late", "Ocado has changed the slot, her note says")
        # (a modal's verb may go on longer: "Frank will be showing it as I'm on leave, so if
        # you're running late ring him on ...", "Hunter can drop him off at 9 on his way")
        reach = _TAKEN_UP_REACH + (_MODAL_REACH if modal else 0)
        for k in range(i + 2, min(n, i + 2 + reach)):
            if words[k] in _SENTENCE_ENDS:
                return False
            if words[k] in _HIS_OR_HERS and (
                    self.kinds[i] in ("N", "W") or words[k - 1] in _A_CLAUSE_OPENS) \
                    and not (k + 1 < n and words[k + 1] in _SAYING):  # (not "..., he said")
                return True  # a lexicon's name, or a word no list knows where the pronoun
                # opens a new clause (not "Ocado needs her to be in", "Currys needs her
                # receipt": what a firm does with someone's)
        return False

    def _a_person_s_doing(self, k: int) -> bool:
        """Words k on, after a modal, are what a person does for someone: "drop him off",
        "be showing it", "collect the keys" (not "break at 6", "show on the dash")."""
        words = self.words
        if words[k:k + 1] == ["be"]:
            k += 1
        if k + 1 >= len(words):
            return False
        verb = words[k].removesuffix("ing") if words[k].endswith("ing") else words[k]
        return verb in _DONE_FOR_PEOPLE or words[k] in _DONE_FOR_PEOPLE or (
            verb == "show" and words[k + 1] in _WHOM_SHOWN) or (
            verb in ("take", "tak") and words[k + 1] in _OBJECT_PRONOUNS
            and words[k + 2:k + 3] == ["to"])  # "Tom can take her to the branch"

    def _a_parent_s_child(self, i: int) -> bool:
        """A child a parent is named by, alone or in a list: "mum of Mereana and Tia", "dad of
        three-year-old Nikau", "mother of Grace" (capitalised where the text has case, a
        lexicon's name where it has none: not "mother of pearl", "father of the bride")."""
        words = self.words
        if not (self.kinds[i] in ("N", "W", "P") or self._rare_capitalised(i) or (
                    self.cased and self._capital(i) and name_class(words[i]) != "E")) \
                or words[i] in FUNCTION_WORDS or (self.kinds[i] in ("W", "P") and not (
                    self.cased and self._capital(i))):  # ("father of Sora": a word too)
            return False  # (not "the Mother of Parliaments", "mother of pearl")
        k = i - 1
        for _ in range(_LISTED_CHILDREN):  # back over "Tia and", "Tia,"
            if k < 1 or words[k] == "of":
                break
            if words[k] not in ("and", ",") or not self._capital_or_name(k - 1):
                return False
            k -= 2
        return k >= 1 and words[k] == "of" and words[k - 1] in _PARENTS

    def _capital_or_name(self, k: int) -> bool:
        return k >= 0 and self.pieces[k].kind == "word" and self.words[k] not in FUNCTION_WORDS \
            and (self.kinds[k] == "N" or (bool(self.cased) and self._capital(k)))

    def _whom_it_is_according_to(self, i: int) -> bool:
        """A lexicon's name that a claim is put down to: "the number doesn't match according to
        Aroha" (not a place)."""
        words = self.words
        if i < 2 or words[i - 2:i] != ["according", "to"] or i in self.places:
            return False
        return self.kinds[i] == "N"  # (a word no list knows is as often a firm's: "according
        # to Trustpilot")

    def _away_or_back(self, i: int) -> bool:
        """Someone said to be away from work or back at it, or to feel what only people feel:
        "Chebet is on leave", "Hope won't be in on Friday", "dawn's off sick this week", "frank
        would be pleased" (a name, or in cased text a capitalised word no dictionary holds)."""
        words, word = self.words, self.words[i].removesuffix("'s")
        rest = ("is " if words[i].endswith("'s") else "") + " ".join(words[i + 1:i + 5])
        if word in _SEASONS and self._capital(i) and _ON_LEAVE_RE.match(rest) is not None \
                and (i == 0 or words[i - 1] in _SENTENCE_ENDS):
            return True  # "Summer's back from leave on Monday": no season takes leave
        if word in FUNCTION_WORDS or word in _SEASONS or word in MONTHS or word in _WEEKDAYS \
                or (i > 0 and (words[i - 1] in _THING_BEFORE or words[i - 1] in OWNERS)):
            return False
        kind = name_class(word)
        if not (kind in ("N", "W") or (self.cased and self._capital(i) and (
                kind == "P" or (unknown_word(word) and not common_word(word))))):
            return False
        if self.cased and not self._capital(i):
            return False
        return _AWAY_RE.match(rest) is not None

    def _word_name_subject(self, i: int) -> bool:
        """In cased text, a capitalised name that is a word too, the subject of what a person
        does or said with where they work: "Grace from HR: please ...", "Mark from your team
        asked", "Rose is collecting subs", "Bill will send the invoice" (not "flights to
        Florence from Heathrow", "Summer is coming", "Hope to see you")."""
        words, n = self.words, len(self.words)
        if not (self.cased and self._capital(i) and i + 2 < n) \
                or words[i] in FUNCTION_WORDS or words[i] in _SEASONS \
                or (i > 0 and (words[i - 1] in _THING_BEFORE or self._capital(i - 1))):
            return False
        nxt, then = words[i + 1], words[i + 2]
        if nxt == "from":  # "Grace from HR", "Mark from your billing team"
            return self._from_a_team(i) or (then in _WHOSE_TEAM and any(
                words[k] in _PERSON_MODALS and k + 1 < n and (
                    words[k + 1] in CONTACT_VERBS or words[k + 1] in _MEETING_VERBS)
                for k in range(i + 4, min(n, i + 6))))  # "Hope from the council will
            # call you back", "Bill from the garage will ring you"
        if nxt in ("in", "at") and then in _WHOSE_TEAM \
                and any(w in _WORKPLACES for w in words[i + 3:i + 6]):  # "Dawn in our Coventry
            return True  # payments team has re-sent it"
        if self._where_they_are_then_said(i):
            return True  # "Dawn in the flat above says hers is fine"
        if nxt in ("is", "was") and then in _WHAT_PEOPLE_ARE_DOING:
            return True  # "Dawn is driving", "Rose is collecting subs"
        if _past_tense(nxt) and not _HERS_OR_HIMSELF.isdisjoint(words[i + 2:i + 2 + _HERS_REACH]):
            return True  # "Dawn moved hers last year", "Hope hurt herself": what one did with
            # what is theirs (not "Chase closed his account": a bank does that to a person's)
        if (nxt in _PEOPLE_S_DEEDS and then in _A_DEED_S_OBJECT) or (
                nxt == "took" and then in ("a", "the") and i + 3 < n
                and words[i + 3] in _MESSAGES_TAKEN):  # "Hope took a call from ..."
            return True  # "Rose watered the beans", "Mark shipped the fix", "Hope took a call"
            # ... what a person did, then whom or what to (not "Chase sent me a new card",
            # "Summer ended": a firm does much of what a person does)
        return nxt in _PERSON_MODALS and i + 3 < n and (
            (then in CONTACT_VERBS and words[i + 3] in _WHOM_CONTACTED)
            or (then in _MEETING_VERBS and words[i + 3] in _PEOPLE_MET))
        # "Hunter will ring the supplier", "Hope will meet you there", not "Sky will call me
        # back"

    def _where_they_are_then_said(self, i: int) -> bool:
        """A word after which where someone is, then what they said: "Dawn in the flat above
        says hers is fine", "Bill in accounts says it's paid" (not "the app from the bank
        says", a thing that says)."""
        words, n = self.words, len(self.words)
        return i + 2 < n and words[i + 1] in ("in", "at", "from", "upstairs", "downstairs",
                                              "next") and any(
            words[k] in _SAYING for k in range(i + 2, min(n, i + _SAID_WHERE))
            if not _SENTENCE_ENDS.intersection(words[i + 1:k])
            and _WHAT_SAYS_THINGS.isdisjoint(words[i + 1:k]))

    def _describes_it(self, k: int) -> bool:
        """Words from k, after "<word>," that opens a sentence, only describe that word: "Grey,
        the 128GB one please", "Black, no sugar", "Puma, the size 9 ones", "Ruby, with a bow"
        (no one addressed: an answer about a thing)."""
        words = self.words
        return words[k] in ("no", "with", "without") or (
            words[k] in ("the", "a", "an") and any(
                w in ("one", "ones", "1") for w in words[k + 1:k + 5]))

    def _addressed_first(self, i: int) -> bool:
        """A capitalised name opening a typed message or note, then a request or a dash: whom
        it addresses ("Sunny can you chase the bloods", "Rangi – thank you"); not a word that
        is no name ("Update – new prices", "Tokyo – flights delayed")."""
        words = self.words
        if not (self.cased and (i == 0 or words[i - 1] in _SENTENCE_ENDS or (
                words[i - 1] in _DASHES and self.pieces[i - 1].end < self.pieces[i].start))
                and self._capital(i)):
            return False  # (a spaced dash opens a clause too: "... his DOB – Rangi, can you")
        spoken_to = words[i + 1:i + 2] == [","] and words[i + 2:i + 3] != [] and (
            words[i + 2] in _SPOKEN_TO_AFTER or (self.kinds[i + 2] == "N" and self._capital(i + 2)
                                                 and words[i + 3:i + 4] not in (["and"], [","])))
        # ("Bill, Nasrin in accounts says ...": someone else named to the one addressed)
        if spoken_to and self.both[i] and words[i] in _WORD_NAMES_NO_VERB_OPENS:
            return True  # "Will, I've sent it", "Bill, we've moved the keys": no verb or
            # noun of these opens a message before a comma (not "Hope, we'll see", "Sterling,
            # we only take sterling": words that are nouns too)
        if (i == 0 or words[i - 1] in (".", "!", "?")) and self.kinds[i] == "W" \
                and words[i + 1:i + 2] == [","] and len(words) > i + 3 \
                and words[i] not in _NO_ONE_ADDRESSED and words[i] not in _SEASONS \
                and words[i] not in MONTHS and words[i] not in _WEEKDAYS \
                and self.pieces[i + 2].kind == "word" and words[i + 2] not in _LIST_GOES_ON \
                and (not self._capital(i + 2) or words[i + 2] in _THE_WRITER
                     or self.kinds[i + 2] == "N") \
                and not self._describes_it(i + 2) \
                and words[i + 3] not in _LIST_GOES_ON and words[i + 3] != "," \
                and tuple(words[i + 2:i + 4]) not in _SERVICE_OFFERED:
            return True  # "Grace, I will mark everyone ...", "Outing at 5:45. Frank, be frank
            # with me": a message or sentence opened by whom it then speaks to, privacy first
            # (not "Lovely, thanks", "Summer, we'll go", "Grey, the 128GB one"; nor a firm's
            # name before what it offers: "Sky, can I take your name please?")
        if words[i] == "will" and words[i + 1:i + 2] == [","] and i + 3 < len(words) \
                and words[i + 2] not in _LIST_GOES_ON and words[i + 3] not in _LIST_GOES_ON \
                and _LEGAL_WORDS.isdisjoint(words[i + 2:i + 2 + _LEGAL_REACH]) \
                and words[i + 3] != ",":
            return True  # "Will, the bill for the wedding came back unpaid": no verb "will"
            # takes a comma after it (not "Will, testament and probate")
        if words[i] in FUNCTION_WORD_NAMES:
            return False
        if not (self.kinds[i] in ("N", "W")
                or (unknown_word(words[i]) and not common_word(words[i]))):
            return False  # privacy first, a name that is a word too: "Sunny can you ..."
            # (and so "Sky can you ...", "Gold – plan upgraded")
        return tuple(words[i + 1:i + 3]) in _REQUESTS_OF_YOU or (
            words[i + 1:i + 2] in (["–"], ["—"], ["-"])
            and self.pieces[i + 1].start > self.pieces[i].end) or (  # a dash, not a hyphen
            spoken_to and self.kinds[i] == "N") or (
            words[i + 1:i + 2] == [","] and (tuple(words[i + 2:i + 4]) in _ASKED_OF_SOMEONE
                                             or tuple(words[i + 2:i + 4]) in _REQUESTS_OF_YOU)
            and self._asked_about_no_business(i + 4))
        # "Priya, we don't price-match ..." (not "Ocado, thanks for the refund"); "Ganbold,
        # what did I put for the dog?": someone beside the speaker asked (not "Acme, how can
        # I help?")

    def _said_to_be_a_name(self, i: int) -> bool:
        """A word its speaker goes on to call a name: "The guy there, Logan I think his name
        was, said ...", "it was Tamsin, her name is"."""
        words = self.words
        k = i + 1
        if k < len(words) and words[k] == ",":
            k += 1
        if tuple(words[k:k + 2]) in _THINKING:
            k += 2
        return self.pieces[i].kind == "word" and words[i] not in FUNCTION_WORDS \
            and words[k:k + 1] in (["his"], ["her"], ["their"]) \
            and words[k + 1:k + 2] in (["name"], ["name's"])

    def _a_branch(self, i: int) -> bool:
        """A word between a business's "our"/"the" and a site's noun: where the branch is."""
        return 0 < i < len(self.words) - 1 and self.words[i - 1] in _BRANCH_OWNERS \
            and self.words[i + 1] in _SITES

    def _after_a_firm_opener(self, i: int) -> bool:
        """In cased text, word i is in a capitalised run that opens with a firm's first word of
        another language ("Casa Villaseñor Imports", "Maison Verlaine", "Trattoria Da Mario")."""
        if not self.cased or not self._capital(i):
            return False
        k = i - 1
        while k >= 0 and i - k <= _OPENED_FIRM_WORDS and self.pieces[k].kind == "word" \
                and (self._capital(k) or self.words[k] in ("de", "da", "di", "del", "la", "le")):
            if self._capital(k) and (self.words[k] in FIRM_OPENERS or (
                    k < i and self.kinds[k] != "N"
                    and _ends_like_a_firm(self.words[k], english=False))):
                return True  # (by its trade's ending: "Distillerie Lazare", "Brauerei Huber")
            k -= 1
        return False

    def _a_thing_s_name(self, i: int) -> bool:
        """Word i is in a name after "the" that opens with no one's name: a place's, a plan's
        ("the Royal Albert Hall", "the Gold plan"); not a surname before its family or case
        ("the Young case", "the Hope family")."""
        words = self.words
        first = i
        while self.cased and first > 0 and self._capital_anywhere(self.pieces[first - 1]) \
                and self.pieces[first - 1].kind == "word" and words[first - 1] != "the":
            # (a business's word too: "the Theatre Royal")
            first -= 1
        last = i + 1  # after the run: "the Grace Hill account", "the Carol from billing"
        while self.cased and last < len(words) and self._capital(last) \
                and self.pieces[last].kind == "word":
            last += 1
        return first > 0 and words[first - 1] == "the" and self.kinds[first] != "N" \
            and not any(w in TITLES or w in ROLES or w in JOB_TITLES
                        for w in words[first:i + 1]) \
            and not (last < len(words) and (  # (nor "the Reverend Okafor", "the Account
                words[last] in _A_FAMILY_S or words[last] in _RECORD_NOUNS  # Holder Grace")
                or words[last] in _SOMEONE_AFTER or (  # "the Carol from billing" (not "the
                    words[last] == "from" and words[last + 1:last + 2]  # Hunter from your
                    and words[last + 1] in _DEPARTMENTS)))  # website")

    def _after_a_common_capital(self, i: int) -> bool:
        """In cased text, a name that is a word too, after a capitalised word of plain English
        within a sentence: the last word of a place's or a thing's name ("at St Mary's Church
        Hall", "by the Village Green"), not a surname after a title or a role ("Nurse Hall")."""
        words = self.words
        k = i - 1
        return self.kinds[i] == "W" and words[i] in _PLACE_NAME_ENDS and bool(self.cased) \
            and k > 0 and self._capital_anywhere(self.pieces[k]) \
            and self.pieces[k].kind == "word" and len(words[k]) > 2 \
            and words[k - 1] not in _SENTENCE_ENDS \
            and name_class(words[k]) == "E" and words[k] not in _SMALL_WORDS \
            and words[k] not in TITLES and words[k] not in ROLES and words[k] not in JOB_TITLES \
            and words[k] not in GREETING_WORDS and words[k] not in ADDRESSING \
            and words[k] not in _RELATIONS  # ("Ask Aunty Hall")

    def _a_relation_owned(self, i: int) -> bool:
        """"my nan's village", "our nana": a relation that is a name too, after its owner."""
        return i > 0 and self.words[i - 1] in _POSSESSIVE_WORDS \
            and self.words[i].removesuffix("'s") in _RELATIONS

    def _guessed_who(self, i: int) -> bool:
        """A capitalised name-like word asked alone, right after a question about a person:
        "Is it the same fella as last time? Paddy?", "Was it the lady from before? Rose?"."""
        pieces, words = self.pieces, self.words
        if not (self._capital(i) and i > 1 and i + 1 < len(pieces) and words[i + 1] == "?"
                and words[i - 1] == "?"):
            return False
        start = max((k for k in range(max(0, i - _GUESS_REACH), i - 1)
                     if words[k] in (".", "?", "!")), default=i - _GUESS_REACH - 1)
        return not _PERSON_NOUNS.isdisjoint(words[start + 1:i - 1])

    def _firms_sending_someone(self) -> list[int]:
        """A firm's words between "a" and the worker it sends: "a Worcester Bosch engineer",
        "an Openreach technician" (a firm's, capitalised; no one is "a Kevin engineer")."""
        words = self.words
        out: list[int] = []
        for j in [j for j, word in enumerate(words) if word in _SENT_WORKERS and j > 1]:
            k = j - 1
            while k > 0 and j - k <= _MAX_NAME_WORDS and self.pieces[k].kind == "word" \
                    and self._capital_anywhere_typed(k):
                k -= 1
            if k < j - 1 and words[k] in ("a", "an") \
                    and not all(self.kinds[m] in ("N", "W") for m in range(k + 1, j)) \
                    and not any(self.kinds[m] == "N" and name_class(words[m]) == "N"
                                and m == k + 1 for m in range(k + 1, j)):
                out.extend(range(k + 1, j))  # (not "a Kevin Murphy plumber")
        return out

    def _capital_anywhere_typed(self, k: int) -> bool:
        """Piece k capitalised as typed, in title case too."""
        return self._capital_anywhere(self.pieces[k]) or (
            bool(self.written) and capitalised(self.pieces[k], self.written))

    def _me_by_name(self, i: int) -> bool:
        """The writer names themself after "me" and a comma ("it's me, Ngozi", "sender is me,
        Jun-Jun Santos"), or signs after parting words ("See you soon, Kirra", "Speak soon,
        Wiremu"): capitalised, as a typed text writes a name; not a day, a month, a closing or
        what people call each other ("call me, Sunday?", "Speak soon, Mum")."""
        words = self.words
        if not (i > 1 and words[i - 1] == "," and words[i - 2] in ("me", "soon", "later")
                and self._capital(i) and i not in self.places and words[i] not in _NOT_A_SIGNER
                and words[i] not in _CLOSINGS and words[i] not in ENDEARMENTS
                and words[i] not in FAMILY and words[i] not in _WEEKDAYS
                and words[i] not in ADDRESSING):
            return False
        end = i + 1
        while end < len(self.words) and end - i < _MAX_NAME_WORDS and (
                self._capital(end) or self.words[end] == "-"):
            end += 1
        return end == len(self.words) or self.pieces[end].kind == "punct"  # (not "text me,
        # London office is closed")

    def _role_s_holder_then_he_or_she(self, i: int, direct: bool = True) -> bool:
        """A word-name after a role's "is", then "he'll", "she's" taking them up: "your tech
        today is will he'll text you", "your driver is hope she's on her way"."""
        words = self.words
        then = i + 1 + (words[i + 1:i + 2] == [","])  # "your instructor'll be Will, he'll ..."
        before = words[i - 1] if i > 0 else ""
        return 1 <= i < len(words) - 1 and then < len(words) and words[then] in _TAKEN_UP_BY \
            and ((i > 1 and before in ("is", "be") and any(
                w.removesuffix("'ll") in ROLES
                for w in words[max(0, i - 1 - _ROLE_BEFORE_IS):i - 1]))
                 or (direct and (before in ROLES or before.removesuffix("'s") in ROLES
                                 or before.removesuffix("s") in ROLES)))
        # ("drivers tavita he'll text you", `direct`: right after the role, for a name the
        # lexicon knows; not "the plumbers invoice he's sent it twice")

    def _asked_back_then_he_or_she(self, i: int) -> bool:
        """A word no English and no name data holds, capitalised and asked back alone, then
        taken up as a person: "Deveshan? He moved to the Durban branch in March.", "Oh,
        Nkemdirim? She's on leave." (not "Okay? He said so": an English word; nor "Zoopla?
        They list it": what "they" take up may be a business)."""
        words = self.words
        return i + 2 < len(words) and words[i + 1] == "?" and unknown_word(words[i]) \
            and not common_word(words[i]) and (self._capital(i) or not self.cased) \
            and (words[i + 2] in ("he", "she") or words[i + 2] in _TAKEN_UP_BY) \
            and (i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] == ",")

    def _labelled_by_a_role(self, i: int) -> bool:
        """A form's field for someone, labelled by their role at the line's start and filled
        with a capitalised name to the line's end: "Groomer on the day: Hunter", "Contact:
        Rose", "Rider: Otieno" (not "Colour: Rose", "Driver: Smith & Sons Ltd", "Courier:
        Yodel")."""
        words = self.words
        if i < 2 or words[i - 1] != ":" or not self._capital(i):
            return False
        k = i - 2
        while k > 0 and i - 2 - k < _LABEL_WORDS and words[k - 1] not in _SENTENCE_ENDS:
            k -= 1
        if (k > 0 and words[k - 1] not in _SENTENCE_ENDS) or words[k] in _TRADING_PARTIES \
                or (words[k] in _FIRMS_WORKERS and self.kinds[i] not in ("N", "W")
                    and not self.both[i]) \
                or words[i] in _TEAMS or words[i] in _NOT_A_SIGNER \
                or not (self.kinds[i] in ("N", "W") or self.both[i] or (
                    words[k] not in _FIRMS_WORKERS and self._rare_capitalised(i))) or (
                    words[k] not in ROLES and words[k] not in _ACCOUNT_ROLES):
            return False  # (a customer, a seller may be a firm: "Customer: Royal Mail"; a
            # firm sends the fitter, the courier: "Fitter: Howdens", "Courier: Yodel"; but
            # "Driver: Summer" is someone)
        end = i + 1
        while end < len(words) and words[end] == "-" and end + 1 < len(words):
            end += 2  # "Jun-Jun"
        return end == len(words) or (self.pieces[end].kind == "punct" and words[end] != "&")
        # one word to the line's end (not "Driver: Sky Glass", a firm's two)

    def _typed_capital(self, i: int) -> bool:
        """Piece i was typed with a capital, whatever the text's case says of its names (a
        field's line is often mostly capitals: "Caller: Dale Hunter, cell ...")."""
        piece = self.pieces[i]
        return bool(self.written) and self.written[piece.start].isupper() \
            and not self.written[piece.start:piece.end].isupper()

    def _full_name_in_a_field(self, i: int) -> bool:
        """A given name and a capitalised surname filling a field for someone to the line's or
        the clause's end: "Caller: Dale Hunter, cell ...", "Client: Hope Mainland", "Re: Rose
        King, DOB ...", "Buyer: Summer Whitcomb" (a surname English text holds too, though no
        everyday word) (not "Fitter: Howdens Joinery", "Driver: Smith & Sons": a firm's word;
        "Re: Grace period": no capital; "Driver: Sky Glass": an everyday word)."""
        words, n = self.words, len(self.words)
        if i < 2 or words[i - 1] != ":" or i + 1 >= n or name_class(words[i]) not in ("N", "W") \
                or not self._typed_capital(i) or not self._typed_capital(i + 1) \
                or self.pieces[i + 1].kind != "word" or not words[i + 1].isalpha() \
                or not (name_class(words[i + 1]) in ("N", "W") or self._rare_capitalised(i + 1)
                        or not (everyday_word(words[i + 1]) or (
                            words[i + 1].endswith("s") and common_word(words[i + 1][:-1])))) \
                or _business_word(words[i + 1]) or words[i + 1] in _TEAMS \
                or words[i + 1] in FUNCTION_WORDS or i + 1 in self.places \
                or not (i + 2 == n or (self.pieces[i + 2].kind == "punct"
                                       and words[i + 2] != "&")):
            return False
        label = words[i - 2]
        return (i == 2 or words[i - 3] in _SENTENCE_ENDS or words[i - 3] == "\n") and (
            label in ROLES or label in _ACCOUNT_ROLES or label in _TRADING_PARTIES
            or label in _FIELD_FOR_SOMEONE)

    def _holds_a_role(self, i: int) -> bool:
        """A name opening its clause, said to be the role's holder: "mark was the driver and
        he's usually out your way", "Dawn is our caretaker", "Kelesi will be second driver"
        (not "the bill was the problem": no role)."""
        words = self.words
        if not (i == 0 or words[i - 1] in _BEFORE_A_SUBJECT or words[i - 1] == ","):
            return False
        j = i + 1 + (words[i + 1:i + 3] == ["will", "be"])  # "Kelesi will be second driver"
        if j + 2 >= len(words) or (j == i + 1 and words[j] not in ("was", "is", "'s")):
            return False
        k = j + 1
        if words[k] == "the" or words[k] in _POSSESSIVE_WORDS:
            k += 1
        elif words[k] not in _LIST_POSITIONS and words[k] not in ("main", "lead", "named"):
            return False
        k += k < len(words) and (words[k] in _LIST_POSITIONS or words[k] in ("main", "lead"))
        return k < len(words) and words[k] in ROLES

    def _said_of_a_role(self, i: int, named: bool = False) -> bool:
        """Word i completes "my/our/your <role or relation> is/was/used to be/has been": the
        role's holder ("my case manager used to be", "her social worker's been")."""
        words = self.words
        if i < 3 or words[i - 1] not in _BEING:
            return False
        k = i - 2
        if words[k - 1:k + 1] == ["used", "to"]:
            k -= 2  # "used to be"
        elif words[k] in ("has", "have"):
            k -= 1  # "has been"
        if k < 1:
            return False
        role = words[k].removesuffix("'s") if words[i - 1] == "been" else words[k]
        return (role in ROLES or role in _RELATIONS) \
            and (any(w in _POSSESSIVE_WORDS for w in words[max(k - 2, 0):k])
                 or (named and (words[k - 1] == "the" or words[k - 1] in _BEFORE_A_SUBJECT
                                or words[k - 1] in (",", "-", "–"))))  # a name the lexicon
        # knows after any role: "the tenant is Bill", "..., tenant is Bill (0117 ...)" (not
        # "The courier was Loggi": a word no list knows may be a firm's)

    def _placed_in(self, i: int) -> bool:
        """A word the lexicon knows only as a name, alone right after "in", "near" or "outside":
        a town too small for the place data ("the depot in naas", "just outside Carlow"); a
        person is in someone's name or team, or is brought in ("in Hunter's name", "looping in
        Ngozi", "in maria lopez's"), and a name the call already gave is redacted wherever it
        stands."""
        words = self.words
        if i < 2 or words[i - 1] not in _IN_A_PLACE or words[i].endswith("'s"):
            return False
        if any(tuple(words[i + 1:i + 1 + len(cue)]) == cue for cue in _NAMED_AFTER) \
                and _after_agent_greeting(words, i):
            return True  # an agent's own name next: "you've reached ... for the uk in makati
            # my name is" (not "can you put it in adaeze this is her card")
        if words[i - 2] not in _PLACED_BY:
            return False
        if i + 1 == len(words):
            return True
        if words[i + 1] == ",":  # "in niamh, my daughter", "in ciara, she's my wife"
            return i + 2 >= len(words) or (words[i + 2] not in _POSSESSIVE_WORDS
                                           and words[i + 2] not in _PERSON_PRONOUNS)
        return words[i + 1] not in _NAME_NOUNS and (
            (not self.kinds[i + 1] and not self.both[i + 1])
            or words[i + 1] in _WEEKDAYS or words[i + 1] in MONTHS)  # "... in Kilkenny Monday"

    def _after_a_place_s_first_word(self, i: int) -> bool:
        """In cased text, a capitalised name after a capitalised word that opens places' names,
        where a place stands: "working in Port Talbot", "flew to Fort Myers", "near Mount
        Barker" (not "Port Talbot said", nor "Mount" at a sentence's start)."""
        words = self.words
        first = i - 1 - (i >= 3 and words[i - 1] in _PLACE_PARTICLES)  # "out of Port aux
        # Basques"
        return bool(self.cased) and first >= 1 and words[first] in _PLACE_FIRST_WORDS \
            and self._capital(first) and self._capital(i) and (
                words[first - 1] in _TO_A_PLACE or words[first - 1] in (",", "of"))
        # (and an address's town after its street: "48 Topsail Road, Mount Pearl, A1N 2C4")

    def _names_a_business(self, i: int) -> bool:
        """In cased text, a capitalised surname before a capitalised word of a business's name
        that is no one's: a business ("at Hudson News", "Walker Books", "Kowalski Motors"), not
        a person (but "Wade King", "Queenie Fields"); unless the whole text is in title case."""
        k = i + 1
        words = self.words
        return bool(self.cased) and k < len(words) and self._capital(i) and self._capital(k) \
            and _business_word(words[k]) and not _title_case(self.pieces, self.cased) \
            and not (i > 0 and self._capital(i - 1) and self.kinds[i - 1] in ("N", "W"))
        # (not "Julie Bennett Books": a given name before it)

    def _modifier_of_a_thing(self, i: int) -> bool:
        """A word the lexicon knows only as a name, after an article or a count and before a
        thing's noun: what kind of thing ("the raw shea butter", "two margherita pizzas", "the
        hudson platform bed", "forty one thousand jamaican dollars"); but "the kumar account",
        "the smith family" name someone by their record."""
        words, n = self.words, len(self.words)
        if i + 1 >= n or i == 0 or self.pieces[i + 1].kind != "word" \
                or words[i + 1] in _NOT_A_THING \
                or name_class(words[i + 1]) != "E" or words[i + 1] in _RECORD_NOUNS \
                or words[i + 1] in _DETAIL_NOUNS or (words[i + 1].endswith("s") and (
                    words[i + 1][:-1] in _PEOPLE_NOUNS or words[i + 1][:-1] in _RECORD_NOUNS)) \
                or words[i + 1] in _PLACE_NOUNS or len(words[i + 1]) < 3 \
                or words[i + 1] in FUNCTION_WORDS or self._capital(i + 1) \
                or words[i + 1] in PERSON_VERBS or _past_tense(words[i + 1]) \
                or words[i + 1] in _SUBJECT_AUX or words[i + 1] in _PEOPLE_NOUNS:
            return False  # "the tall priya helped", "the Adaeze woman in billing": a person
        k = i - 1
        if k > 0 and name_class(words[k]) == "E" and words[k] not in FUNCTION_WORDS \
                and words[k] not in ROLES and words[k] not in NUMBER_WORDS \
                and self.pieces[k].kind == "word":
            k -= 1  # an adjective between: "the raw shea butter" (not "my trainer Marco")
        return words[k] in _ARTICLES or (words[k] in NUMBER_WORDS and words[k] != "one") \
            or words[k] in _COUNT_WORDS or (self.pieces[k].kind == "number" and k == i - 1)

    def _reached(self) -> list[tuple[int, int]]:
        """"you've reached Kofi at Harbour Energy", "you're through to grace from billing": the
        words between the greeting and "at"/"from" are a person, whatever else they are; the
        company comes after. Not "you've reached the sales line at ...": a name has no "the"."""
        words, found = self.words, []
        for c in range(1, len(words) - 2):
            if (words[c - 1], words[c]) not in _REACH_CUES:
                continue
            j = c + 1
            while j < len(words) and j - c <= 3 and words[j] not in _REACH_AFTER and (
                    self.both[j] or (_is_name_word(self.pieces[j], self.excluded) and (
                        self.kinds[j] or self._capital_anywhere(self.pieces[j])))):
                j += 1
            if j > c + 1 and j + 1 < len(words) and words[j] in _REACH_AFTER \
                    and self.pieces[j + 1].kind == "word":
                found.append((c + 1, j))
        return found

    def _code_part(self, i: int) -> bool:
        """Letters of a code, not a name: "VF-558201", "UA 837", "NH 10", "HDFC"."""
        piece = self.pieces[i]
        nxt = self.pieces[i + 1] if i + 1 < len(self.pieces) else None
        if nxt is not None and nxt.text == "-" and i + 2 < len(self.pieces) \
                and self.pieces[i + 2].kind == "number":
            return True
        if len(piece.text) <= 2 and nxt is not None and nxt.kind == "number":
            return True
        if len(piece.text) <= 3 and nxt is not None and nxt.kind == "number" and i > 1 \
                and sum(ch.isdigit() for ch in nxt.text) < _PHONE_DIGITS and (
                self.words[i - 1] in _REFERENCE_CUES or (
                    self.words[i - 1] in ("is", ":") and self.words[i - 2] in _REFERENCE_CUES)):
            return True  # "your reference is ptf 552 019": a reference's letters
        written = self.written[piece.start:piece.end] if self.written else ""
        if written.isupper() and nxt is not None and nxt.kind == "number":
            return True  # "CALDE 703098 BJ9IJ", "PHP 350": a licence, an amount's currency
        cased = self.cased[piece.start:piece.end] if self.cased else ""
        return len(cased) <= 4 and cased.isupper()  # not in title case: "CHEN Yi-Ting"

    def _the_one_place(self, i: int) -> bool:
        """A name-word after "the" that closes its clause is what it names, an institution or a
        place: "he's a nurse at the Charité." (not "the Okonjo family")."""
        return i > 0 and self.words[i - 1] == "the" \
            and (i + 1 == len(self.pieces) or self.words[i + 1] in _CLAUSE_CLOSERS)

    def _unknown_capitalised_pair(self, i: int) -> bool:
        """Two capitalised words in mid-sentence that are neither names, common English words
        nor places the lexicon knows: a name from a culture its data set under-represents
        (not "the Tecno Camon 30", "Oraimo Power Bank" or "Kildare Autobody Ltd")."""
        words, pieces = self.words, self.pieces
        k = i + 1
        acting = k + 2 < len(words) and (words[k + 1] in PERSON_VERBS or (
            words[k + 1] in _WILL_OR_HAS and words[k + 2] in PERSON_VERBS) or (
            words[k + 1] == "and" and words[k + 2] in ("her", "his")))  # "Akpédjé Sossou
        # has asked to be taken off the rota": a sentence's subject that does what people do;
        # "Nakato Sserwadda and her group have finished": whose the group is
        if k >= len(pieces) or (self._sentence_initial(i) and not acting) or (
                i > 0 and words[i - 1] in ("the", "a", "an", "my", "our", "your", "their",
                                           "this", "that", "of", "&")):
            return False  # "3 bags of Lavazza Qualità Oro", "Fisher & Paykel ActiveSmart"
        if not all(self.cased[pieces[j].start + 1:pieces[j].end].islower() for j in (i, k)):
            return False  # "ActiveSmart", "iPhone": a brand's inner capitals
        if k + 1 < len(pieces) and (pieces[k + 1].kind == "number"
                                    or words[k + 1] in _ORG_SUFFIXES):
            return False
        return all(pieces[j].kind == "word" and len(words[j]) >= 3 and words[j].isalpha()
                   and self._capital(j) and words[j] not in self.excluded
                   and name_class(words[j]) == "" for j in (i, k))

    def _introduced(self, i: int) -> bool:
        """A name that is mostly a small word ("will", "may"), in lower-case speech, where only a
        name can stand: right after an introduction and before what closes it, or thanked at
        the very end."""
        words = self.words
        before = tuple(words[max(i - 2, 0):i])
        if (any(before[-len(cue):] == cue for cue in _INTRODUCING) or before == ("this", "is")) \
                and self._closed_after(i + 1):
            return True  # (also after a one-word cue: "... pet insurance my name's will how")
        if before[-1:] in (("it's",), ("its",), ("is",)) and i + 1 < len(words) and (
                words[i + 1] in _INTRO_ENDS or (
                    i + 2 < len(words) and words[i + 2] in _INTRO_ENDS
                    and (self.kinds[i + 1] == "N" or self.unknown[i + 1]))):
            return True  # "hi chloe it's will here", "this is may speaking", "morning dawn
            # it's bill kalsakau calling from port vila"
        if self._agent_s_i_am(i):
            return True
        if i < _INTRO_REACH and words[i + 1:i + 2] == ["speaking"] \
                and (i + 2 == len(words) or self.pieces[i + 2].kind == "punct"
                     or words[i + 2] in _WH_AFTER_GREETING) \
                and (i == 0 or before[-1] == "," or before[-1] in GREETING_WORDS
                     or _business_word(before[-1])):
            return True  # "northside vets patel, will speaking", "may speaking how can i help",
            # "you're through to halden bank will speaking"
            # (not "will speaking to a supervisor help", "speaking of which")
        return (before[-1:] == ("thanks",) or before == ("thank", "you")) \
            and (i == len(words) - 1 or words[i] in FUNCTION_WORD_NAMES) and all(
            word in _NOT_CALLED or word in GREETING_WORDS or piece.kind == "punct"
            for word, piece in zip(words[i + 1:], self.pieces[i + 1:], strict=True))
        # thanked at the very end, or before nothing but farewells: "thank you will dziękuję bye"

    def _greeted_or_thanked(self, i: int) -> bool:
        """A word that may be a name, greeted at the start before a clause of its own opens
        ("hiya wren whats up", "hi will its mark here"; not "good morning sky my name is", a
        company's greeting) or thanked at the end ("thanks a
        million will", "thanks so much hope, bye", "thanks a lot amara you made my day"; not
        "thanks a lot hope you ...", nor a firm or a thing blamed: "thanks a lot sky you
        dropped my call")."""
        words = self.words
        greeting_of_two = i == 2 and words[0] in GREETING_WORDS and words[1] in GREETING_WORDS
        if i == 0 or (i != 1 and words[i - 1] not in _THANKS_ENDS and not greeting_of_two
                      and not (words[i - 1] in _GREETINGS and words[i - 2] in _OPENING_SOUNDS
                               and (i == 2 or self.pieces[i - 3].kind == "punct"))):
            return False  # most words: neither greeted nor thanked (checked for every word)
        if (words[i] not in FUNCTION_WORD_NAMES and (
                words[i] in FUNCTION_WORDS or words[i] in NON_NAME)) \
                or words[i] in ENDEARMENTS or words[i] in AFFIRMATIVES or words[i] in _NOT_CALLED \
                or words[i] in _NOT_GREETED or self.pieces[i].kind != "word" \
                or (words[i].endswith("ly") and name_class(words[i]) == "E"):  # "thanks hugely"
            return False  # not "hello haan i'm calling ...", "hi welcome how can I help"
        greeted = (i == 1 and words[0] in GREETING_WORDS) or greeting_of_two \
            or (words[i - 1] in _GREETINGS and (i == 1 or words[i - 1] != "thanks"))
        # ("kia ora will its aroha here", "as salaam ...": a greeting of two words)
        if greeted and i + 1 < len(words) and ((
                words[i + 1] in _AFTER_A_GREETED_NAME and (
                    words[i + 1] not in ("that's", "thats")
                    or name_class(words[i]) in ("N", "W", "P"))) or (
                words[i + 1] in _YOU_HAVE_BEEN and not _a_wish(words, i)
                and name_class(words[i]) != "E")):
            return True  # "thanks jack you've been great", "hi carol you're a star"
        if greeted and i == 1 and self._capital(i) and name_class(words[i]) != "E":
            j = i + 1
            while j + 1 < len(words) and words[j] in _GLUE_HYPHENS \
                    and self.pieces[j].start == self.pieces[j - 1].end:
                j += 2  # "Hi Ji-woo,"
            return j == len(words) or words[j] in (",", "!", "\n")  # "Hi Will,": a letter's
            # greeting, the name alone before its comma
        return words[i - 1] in _THANKS_ENDS and (
            i + 1 == len(words) or words[i + 1] in _AFTER_A_THANKED_NAME or (
                words[i + 1] == "you" and i + 2 < len(words) and _past_tense(words[i + 2])
                and name_class(words[i]) == "N")) \
            and not _a_wish(self.words, i) and any(
            tuple(words[max(i - len(t), 0):i]) == t for t in _THANKS)

    def _after_initials(self, i: int) -> bool:
        """A capitalised word after initials written with full stops ("K. A.", "R.")."""
        pieces = self.pieces
        if not self._capital(i) or i < 2 or pieces[i - 1].text != "." \
                or pieces[i].start - pieces[i - 1].end > 1 \
                or not pieces[i].text.isalpha() or name_class(pieces[i].text) not in ("N", "") \
                or (i + 1 < len(pieces) and pieces[i + 1].text in _FIELD_AFTER):
            return False  # not "1 p.m. Eastern", "capital H. You'll", "T.C. Kimlik No:"
        initials = pieces[i - 2]
        written = self.cased[initials.start:initials.end] if self.cased else ""
        return (initials.kind == "spelled" and len(initials.text) <= 3
                and initials.text not in ("am", "pm")) or (
            _is_initial(initials) and written.isupper())

    def _spoken_surname_after(self, i: int) -> bool:
        """In lower-case speech, one of the few function words that are given names before a
        word that is only a surname ("will okafor", "may patel"), or a given name that is a
        word too said twice before a surname or a word no dictionary holds ("it's sunny sunny
        bassi"); not after an article or an owner."""
        words, n = self.words, len(self.words)
        if self.cased or i + 1 >= n or (i > 0 and words[i - 1] in OWNERS):
            return False
        if words[i] in FUNCTION_WORD_NAMES:
            return self.kinds[i + 1] == "N"
        return i + 2 < n and words[i + 1] == words[i] and name_class(words[i]) == "W" \
            and (self.kinds[i + 2] == "N" or unknown_word(words[i + 2]))

    def _surname_after(self, i: int) -> bool:
        """In cased text, a capitalised name that is also a word ("Will", "Hope", "Faith") and
        then a capitalised word that is a name only, or no word the lexicon knows: a given name
        and a surname (not "Hope Street", "Rose Garden", "Summer Sale": common words)."""
        k = i + 1
        pieces, words = self.pieces, self.words
        if not self.cased or k >= len(pieces) or not (self._capital(i) and self._capital(k)):
            return False
        if words[i] in FILLERS or words[i] in GREETING_WORDS or words[i] in TITLES or (
                words[i] in FUNCTION_WORDS and self._sentence_initial(i)):
            return False  # "Hi Sarah", "Madam Okafor", "Can Jun come": the name is the second
        if not self.cased[pieces[k].start + 1:pieces[k].end].islower():
            return False  # "Will ActiveSmart", "Hope USA": no surname
        if k + 1 < len(pieces) and (pieces[k + 1].kind == "number"
                                    or words[k + 1] in _ORG_SUFFIXES):
            return False  # "Grace Hopper 2", "Faith Baptist Church"
        word = words[k]
        return pieces[k].kind == "word" and word.isalpha() and len(word) >= 3 \
            and word not in self.excluded and name_class(word) in ("N", "")

    def _after_a_capitalised_word(self, i: int) -> bool:
        """A capitalised common word, no title, no role, comes right before: the name of a thing
        ("Student Aid", "Concert Hall"), not a person's."""
        k = i - 1
        return k >= 0 and self._capital(k) and self.kinds[k] == "E" \
            and not self._sentence_initial(k) and self.words[k] not in TITLES \
            and self.words[k] not in ROLES and self.words[k] not in JOB_TITLES

    def _before_other_capital(self, i: int) -> bool:
        """A number or a capitalised word that is no name follows: a product or a day ("Air Max
        90"; a number of a phone's length is the writer's contact, "Cheers, Dean 0438 551 207")."""
        if i + 1 >= len(self.pieces):
            return False
        nxt = self.pieces[i + 1]
        signing = i > 0 and (self.words[i - 1] == "," or self.words[i - 1] in _CLOSINGS)
        return (nxt.kind == "number" and (len(nxt.text) < _PHONE_DIGITS or not signing)) \
            or (self._capital(i + 1) and nxt.text in self.excluded)

    def _list_partner(self, joiner: int, k: int, leading: bool = False) -> bool:
        """After "and"/"or" any name-like word; after a comma a name on its own, or, leading a
        list, one that is also a word or a place where a capital says so ("the kids: Santiago,
        Valentina and Mateo"; not "12B Aro Street, Wellington")."""
        if self.words[joiner] != ",":  # "mentored Brian Otieno and Chebet": after a name, a
            # capitalised word no lexicon knows (before it only where the two open a sentence:
            # not "from Abuja and Tolu"), or in lower-case speech any word it does not know
            # ("aroha and mikaere")
            return bool(self.kinds[k]) or (
                self.words[k] in FUNCTION_WORD_NAMES and self._capital(k)
                and not self._sentence_initial(k)
                and self.words[k] not in MONTHS) or (  # "thanks to Bill and Margaret Rennie"
                (not leading or self._sentence_initial(k) or self._thanked(k))  # "... thank
                # you! Bron & Elsie", "Diolch to Gwilym and Mair Hughes"
                and self.words[joiner] in ("and", "&")
                and (self._capital(k) or (self.unknown[k] and not leading))
                and self.words[k].isalpha()
                and name_class(self.words[k]) == "" and self.words[k] not in self.excluded)
        return self.kinds[k] == "N" or (leading and bool(self.kinds[k]) and self._capital(k))

    def _thanked(self, k: int) -> bool:
        """Word k is thanked or greeted: "thanks to Gwilym", "Diolch to Gwilym", "hello
        Gwilym"."""
        words = self.words
        return k > 0 and (words[k - 1] in ADDRESSING or (
            k > 1 and words[k - 1] == "to" and words[k - 2] in _THANKING))

    def _capitalised_pair(self, i: int) -> bool:
        """Two capitalised name words at i ("Sione Faleolo and Malia Tuilagi")."""
        return i >= 0 and all(self._capital(k) and _is_name_word(self.pieces[k], self.excluded)
                              for k in (i, i + 1))

    def _nameish(self, i: int) -> bool:
        """A word that may be a name when a slot says so: in the lexicon, or capitalised."""
        piece = self.pieces[i]
        return bool(self.kinds[i]) or self.unknown[i] \
            or (self._capital(i) and _is_name_word(piece, self.excluded))

    def _capital(self, i: int) -> bool:
        return i not in self.not_people and capitalised(self.pieces[i], self.cased)

    def _capital_anywhere(self, piece: Piece) -> bool:
        """Capitalised, whether or not the word is part of a company or place name."""
        return capitalised(piece, self.cased)

    def _sentence_initial(self, i: int) -> bool:
        return i == 0 or self.words[i - 1] in _SENTENCE_ENDS

    def _closed_after(self, j: int) -> bool:
        return j >= len(self.pieces) or self.pieces[j].kind == "punct" \
            or self.words[j] in _SLOT_CLOSERS or self.pieces[j].kind in ("number", "ordinal")

    def _company_before_intro(self) -> range:
        """Before an agent's introduction at the start of an utterance, the company: the words
        ahead of the name in "<company> [department], NAME speaking" or "<company> this is"."""
        words = self.words
        for j, word in enumerate(words[:_INTRO_REACH]):
            if word not in _INTRO_WORDS or j == 0:
                continue
            if word in _SLOT_AFTER or any(tuple(words[j:j + len(p)]) == p
                                          for p in _SLOT_AFTER_PAIRS):
                if not self._could_open(j - 1):
                    continue  # "Dear Titi, as agreed, here are the plans": no opening
                opened = self._after_greeting()
                if "from" in words[opened:j]:  # "Hēmi from Whanganui Water Services here": the
                    # name before "from", the company after it
                    return range(opened + words[opened:j].index("from") + 1, j)
                start = j - 1  # the name: the word before "speaking", and names before it
                while start > 0:
                    if start > 1 and words[start - 1] == "-":  # "Marie-Ève"
                        start -= 2
                    elif self.kinds[start - 1] in ("N", "W", "P"):
                        start -= 1
                    else:
                        break
                return range(self._after_greeting(), start)
            if tuple(words[j:j + 2]) in _COMPANY_INTROS and (
                    words[j:j + 2] != ["this", "is"] or j + 2 >= len(words)
                    or words[j + 2] not in FUNCTION_WORDS):
                start = self._after_greeting()
                greeted = words[start + 1:j] if start < j and words[start] in ("dear",
                                                                                *TITLES) else []
                if len(greeted) == 1 + (greeted[-1:] == [","]) and self.kinds[start + 1] == "N":
                    return range(0)  # "Good evening Sir Ramon, this is Joy", "Dear Ramon, this
                    # is": someone greeted, no company (but "Dear Bunnings Hamilton, this is",
                    # "Dear Sky, this is": a word-name may be a firm's)
                said = [w for w in words[start:j] if w.isalpha() and w not in _GREETINGS
                        and w not in _OPENING_GREETINGS]
                if said and all(name_class(w) in ("N", "P") for w in said) \
                        and any(name_class(w) == "N" for w in said):
                    return range(0)  # "Ali Hassan, hello, this is Joy": the one greeted
                comma = words.index(",", start) if "," in words[start:j] else -1
                if 0 < comma - start <= _GREETED_WORDS and comma + 1 < j \
                        and words[comma + 1] in _OPENING_GREETINGS and all(
                            name_class(w) in ("N", "W", "P") for w in words[start:comma]):
                    return range(0)  # "John Baker, good morning, this is Sam": the one
                    # greeted, every word of it a name (not "Harbour Bank, good morning")
                return range(start, j)  # (not "Sr. Eduardo Tavares, this is the management
                # office")
        return range(0)

    def _asked_if_they_can(self, i: int) -> bool:
        """The subject of a question a modal opens, then what a person does: "can rawiri be
        on the account", "could john have a look", "will maria come in" (not a passive, "can
        bill be paid", nor a pronoun or "someone")."""
        words, n = self.words, len(self.words)
        if not (0 < i < n - 1 and words[i - 1] in _ASKING_AUXILIARIES
                and (i == 1 or words[i - 2] in _SENTENCE_ENDS or words[i - 2] in _QUESTION_GLUE
                     or words[i - 2] in FILLERS or words[i - 2] in AFFIRMATIVES)
                and words[i + 1] in _WHAT_A_PERSON_CAN_DO
                and words[i] not in FUNCTION_WORDS and words[i] not in _PRONOUNS
                and words[i] not in _ANYONE and words[i].isalpha()):
            return False
        if words[i] in _SEASONS or (words[i + 1] == "be" and i + 2 < n and (
                _past_tense(words[i + 2]) or words[i + 2].endswith(("ed", "en")))):
            return False  # (not a passive: "can bill be paid online" is a thing, done to)
        if self.kinds[i] == "N" or (self.cased and self._capital(i) and unknown_word(words[i])
                                    and not common_word(words[i])):
            return True  # (and, typed with its capital, a word neither the name data nor
            # English holds: "Could Lasith resend the cert?"; not a city English knows, "Could
            # Bengaluru pick up the ticket?")
        # a word that may be a firm's or a thing's: only what a person alone does ("can rawiri
        # be on the account", not "does kiwibank have a branch", "could summer be a better
        # time", "can monzo see my other account")
        return words[i + 1] in _ONLY_A_PERSON_DOES or (
            words[i + 1] == "be" and words[i + 2:i + 3] in (["on"], ["there"], ["home"],
                                                            ["added"], ["in"]))

    def _wished_well(self, i: int) -> bool:
        """The one a wish is for: "happy birthday grace", "happy eighteenth hope", "happy
        retirement Bill" (not "happy birthday to you", "happy birthday mum")."""
        words = self.words
        return i > 1 and words[i - 2] == "happy" and (
            words[i - 1] in _OCCASIONS or self.pieces[i - 1].kind == "ordinal") \
            and words[i] not in FUNCTION_WORDS and words[i] not in _RELATIONS \
            and words[i] not in _TIMES_WISHED and words[i] not in _OCCASIONS \
            and words[i + 1:i + 2] not in (["you"], ["it"], ["your"], ["is"], ["to"],
                                           ["from"], ["and"], ["all"], ["everyone"])
        # (not "happy birthday hope you have a great day", "happy first day back")

    def _scheme_before_its_number(self) -> list[int]:
        """"Your Safar Flyer number", "my Nectar card": capitals between a holder and what a
        scheme numbers are the scheme's name, no person's (no one has "your Kevin number")."""
        words, out = self.words, list[int]()
        for j in [j for j, word in enumerate(words) if word in _SCHEME_NOUNS and j > 1]:
            k = j - 1
            while k >= 0 and j - k <= _MAX_NAME_WORDS and self.pieces[k].kind == "word" \
                    and words[k] not in _SCHEME_HOLDERS and self._capital_anywhere(self.pieces[k]):
                k -= 1
            if k >= 0 and k < j - 1 and words[k] in _SCHEME_HOLDERS \
                    and name_class(words[j - 1]) == "E" and not any(
                        w.endswith("'s") or w in _RELATIONS or w in ROLES
                        for w in words[k + 1:j]):
                out.extend(range(k + 1, j))  # (a scheme's name ends in a word of English,
                # "Flyer", "Rewards": not "your Kevin Smith card", "your Mum Priya's number")
        return out

    def _company_then_greeting(self) -> range:
        """"Royal Air Maroc Safar Flyer, good evening, my name is Mehdi": the words before a
        greeting that opens an agent's introduction are the company's where one of them is a
        common English word (not "Kevin, good evening, my name is ...": the one greeted)."""
        words = self.words
        comma = words.index(",") if "," in words[:_INTRO_REACH] else -1
        if comma < 1 or comma + 1 >= len(words) or words[comma + 1] not in _OPENING_GREETINGS:
            return range(0)
        rest = words[comma + 1:comma + 1 + _GREETING_THEN_INTRO]
        if any(tuple(rest[m:m + 2]) in _NAME_INTROS for m in range(len(rest) - 1)) \
                and comma >= _FIRM_BEFORE_A_GREETING and name_class(words[comma - 1]) == "E" \
                and words[0] not in ADDRESSING \
                and words[0] not in _SALUTATIONS and words[0] not in _THANKS_ENDS:
            return range(comma)  # (a firm's name ends in a word of English: "... Flyer",
            # "... Bank"; not "Dear Sarah,", "thanks for holding aroha,")
        return range(0)

    def _could_open(self, i: int) -> bool:
        """Can word i be the name in an agent's opening ("<company>, NAME speaking")? A word
        that may be a name and, in mixed-case text, has a capital: not "as agreed here"."""
        piece = self.pieces[i]
        return _is_name_word(piece, self.excluded) and piece.text not in FUNCTION_WORDS \
            and (not self.cased or self._capital_anywhere(piece))

    def _after_greeting(self) -> int:
        k = 0
        while k < len(self.words) and (self.words[k] in _GREETINGS or self.words[k] in (
                ",", "good", "hello", "hi", "namaste", "namaskar", "welcome", "to")):
            k += 1
        return k

    def _beside_a_person(self, i: int, any_word: bool = False) -> bool:
        """Frames only a person fills: "faith and i are the owners", "me and jordan went", "he
        and Ngaire own three flats",
        "rocky is my son", "Ray himself?"; for a word that is mostly something else ("bill"),
        these frames are its tight slot."""
        if not any_word and not _is_name_word(self.pieces[i], self.excluded):
            return False
        words = self.words
        after = tuple(words[i + 1:i + 4])
        before = tuple(words[max(i - 2, 0):i])
        subject = any_word or self._may_be_subject(i)  # of "... and i", "... is my son"
        if after[:2] == ("or", "i") and i > 0 and words[i - 1] in _LOCATION_WORDS \
                and not self.kinds[i]:
            subject = False  # "Send it to Haapsalu or I collect it": a place, a choice of two
        return (after[:2] in (("and", "i"), ("and", "me"), ("or", "me"), ("or", "i"),
                              ("or", "myself")) and subject) \
            or before in (("me", "and"), ("i", "and"), ("me", "or")) \
            or (before in (("he", "and"), ("she", "and")) and (self.kinds[i] == "N" or (
                unknown_word(words[i]) and not common_word(words[i])))) \
            or (after[:1] in (("himself",), ("herself",)) and self._reflexive_subject(i)) \
            or (len(after) == 3 and after[0] == "is" and after[1] in _POSSESSIVE_WORDS
                and after[2] in ROLES and subject)

    def _may_be_subject(self, i: int) -> bool:
        """Whether word i may be a person in "X and i": not after an article ("the dog and i"),
        and no plain word unless a relation names it ("a peanut allergy and i"; but "my son
        indigo and i")."""
        before = self.words[i - 1] if i > 0 else ""
        word_class = name_class(self.words[i])
        if before in _DETERMINERS or (before in _LOCATION_WORDS and word_class == "E") or (
                before in _INSIDE and (word_class == "P" or (
                    word_class == "" and not common_word(self.words[i])))):
            return False  # nor a common word after where ("I was born in Sapporo and I ...") or
            # a place that is a name too, or a word no data knows, where no one is ("my hotel in
            # Lagos and I ...", "Pick up in Kuressaare or I ship"; but
            # "bought it from David and I ...": a name)
        return self._capital(i) or before in ROLES or word_class != "E"

    def _reflexive_subject(self, i: int) -> bool:
        """"Ray himself?", "was it grant himself": a name where the word opens its clause or a
        capital says so; not a verb after its subject ("he will pat himself on the back")."""
        return self._capital(i) or self.kinds[i] == "N" or i == 0 \
            or self.words[i - 1] in _REFLEXIVE_OPENERS or self.pieces[i - 1].kind == "punct"

    def _owner_of_details(self, i: int) -> bool:
        """"grace's date of birth", "and hunter's card": a name-like word that owns what only a
        person has (not "the company's policy number": "company" is no name)."""
        words = self.words
        if i + 1 < len(words) and words[i + 1] in _PERSONAL_DETAILS and self._asr_possessive(i):
            return True  # "the last four of chidis social": the apostrophe speech-to-text drops
        if words[i].endswith("'s") and not self.kinds[i] and self._capital(i) \
                and self._sentence_initial(i) and i + 1 < len(words) and words[i + 1] in FAMILY \
                and words[i + 1] not in _FIRMS_HAVE_THEM:
            stem = words[i][:-2]
            return stem not in ROLES and stem not in _PEOPLE_NOUNS and stem not in _RELATIONS \
                and stem not in FUNCTION_WORDS and name_class(stem) != "P" \
                and not everyday_word(stem)  # "Friend (Hemi's mum)" (not "Mum's mum",
            # "Ireland's son": a word everyday English holds)
        if not (words[i].endswith("'s") and (bool(self.kinds[i]) or (
                self._capital(i) and not self._sentence_initial(i)))) or i + 1 >= len(words) \
                or (i > 0 and words[i - 1] in _POSSESSIVE_WORDS and not self._capital(i)):
            return False  # (not "my cat's name": a noun's owner; "the smith's name" is one)
        # "Or Ruby's: 027 306 5512": the owner of the number that follows; in cased text, the
        # owner of a thing in lower case ("Milo's after-school care", "Kunle's wedding"; not
        # "Lloyd's Register", "Fenton's Auto")
        return words[i + 1] in _PERSONAL_DETAILS or (
            words[i + 1] in FAMILY and (i == 0 or words[i - 1] not in OWNERS)
            and words[i][:-2] not in ROLES and words[i][:-2] not in _PEOPLE_NOUNS) or (
            words[i + 1] == ":" and i + 2 < len(words) and self.pieces[i + 2].kind == "number"
        ) or (self.cased != "" and self._capital(i) and (i == 0 or words[i - 1] not in OWNERS)
              and self.pieces[i + 1].kind == "word" and words[i + 1] not in FUNCTION_WORDS
              and self.cased[self.pieces[i + 1].start].islower())  # not "my Jobseeker's"

    def _asr_possessive(self, i: int) -> bool:
        """"chidis social": not "my boss bill", where the word is who someone is, not whose."""
        return not self.cased and not self.kinds[i] and asr_possessive(self.words[i]) \
            and self.words[i] not in _PEOPLE_NOUNS and self.words[i] not in _RELATIONS

    def _opening_name(self, i: int) -> bool:
        """The word before "speaking" or "here" in an agent's opening is a name whatever else
        it is ("accor reservations hemi speaking"); not "an english speaking agent", "a note
        here", "enterprise rent a car speaking"."""
        nxt = i + 1
        if nxt < len(self.words) and self.words[nxt] == "from" \
                and (self.kinds[i] in ("N", "W", "P") or not everyday_word(self.words[i])) \
                and self.words[i] not in _SENT_FROM and i >= self._after_greeting():
            # "Hēmi from Whanganui Water Services here": a name, where they work, then the
            # opening's word (not "Greetings from the Nairobi office here")
            nxt = next((j for j in range(i + 3, min(len(self.words), i + 2 + _COMPANY_WORDS))
                        if self.words[j] in _SLOT_AFTER
                        or self.words[j] in _SENTENCE_ENDS), nxt)
        return (i < _INTRO_REACH or self.words[i - 1] == ":") and nxt < len(self.words) \
            and self.words[nxt] in _SLOT_AFTER \
            and (i == 0 or (self.words[i - 1] not in OWNERS
                            and self.words[i - 1] not in _DETERMINERS
                            and self.pieces[i - 1].kind != "number"  # "2 dogs here"
                            and not self._a_verb_after(i))) \
            and self._closed_after(nxt + 1) and i not in self.not_people \
            and _is_name_word(self.pieces[i], self.excluded) \
            and not (name_class(self.words[i]) == "E" and self.words[nxt] == "here" and (
                self.words[i].endswith(("ing", "ed", "en"))
                or (i > 0 and self.words[i - 1] in _OBJECT_PRONOUNS)
                or (i > 1 and (self.words[i - 2] in OWNERS
                               or self.words[i - 2] in _DETERMINERS))))
        # (not "it's raining here", "i've got it written here", "I have my spare keys here":
        # a noun's phrase; but "accor hemi here")

    def _word_name_then_a_surname(self, i: int) -> bool:
        """In cased text, a given name that is a word too, then a capitalised word no list knows
        or an initial: a full name ("Rose Kyomuhendo – BVG-0743", "Gansey – Will F.,
        Stromness"; not "Rose Gold", "Summer Sale": everyday words)."""
        words, nxt = self.words, i + 1
        if not (self.cased and (self.kinds[i] == "W" or words[i] in FUNCTION_WORD_NAMES)
                and self._capital(i) and nxt < len(words)
                and self.pieces[nxt].kind == "word" and nxt not in self.places
                and len(words[i]) >= _GIVEN_NAME_LETTERS
                and not self.cased[self.pieces[i].start:self.pieces[i].end].isupper()
                and (i == 0 or (words[i - 1] not in _ARTICLES and words[i - 1] not in OWNERS
                                and words[i - 1] != "of"))):
            return False  # (not "the Glen Lossie lambswool", "the Royal Canin": a brand's;
            # nor "SM Megamall", "CSB II Ambohimanarina", "Finca El Ocaso": capitals, particles)
        if len(words[nxt]) == 1 and self.cased[self.pieces[nxt].start].isupper():
            return nxt + 1 < len(words) and words[nxt + 1] == "." \
                and self.pieces[nxt + 1].start == self.pieces[nxt].end  # "Will F."
        return self._rare_capitalised(nxt) and words[nxt] not in _ORG_SUFFIXES \
            and (nxt + 1 == len(words) or not self._capital_anywhere(self.pieces[nxt + 1]))

    def _bracketed_after_someone_s_id(self, i: int) -> bool:
        """Capitalised words alone in brackets right after the number of a member, a customer
        or a patient: whose it is ("Member ANU-2231-08 (Otgonbayar) delivered 86 kg",
        "customer #44817 (Tui Fonoti)"; not "order 4471 (Bergen)": no one's number)."""
        words, pieces = self.words, self.pieces
        if i < 3 or words[i - 1] != "(" or not any(ch.isdigit() for ch in words[i - 2]) \
                or not self._capital(i) or i in self.places or words[i] in FUNCTION_WORDS:
            return False
        close = next((j for j in range(i + 1, min(i + _MAX_NAME_WORDS + 1, len(words)))
                      if words[j] == ")"), None)
        if close is None or not all(pieces[j].kind == "word" and self._capital(j)
                                    for j in range(i, close)):
            return False
        k = i - 2
        while k > 0 and i - k <= _ID_PIECES and (
                any(ch.isdigit() for ch in words[k]) or words[k] in ("-", "/", "#", "no", "id", ".")
                or (bool(self.cased) and self.cased[pieces[k].start:pieces[k].end].isupper())):
            k -= 1
        return words[k] in _PEOPLE_NOUNS

    def _before_their_id_in_brackets(self, i: int) -> bool:
        """A capitalised word no list knows right before brackets that open with a member's, a
        customer's or a patient's number: whose it is ("Dorjsüren (member no. KC-0418)
        brought 86 kg"; not "Bergen (order 4471)")."""
        words, k = self.words, i + 2
        return k < len(words) and words[i + 1] == "(" and words[k] in _PEOPLE_NOUNS \
            and (self.kinds[i] == "N" or self._rare_capitalised(i)) and i not in self.places \
            and any(ch.isdigit() for w in words[k + 1:k + 1 + _ID_PIECES] for ch in w)

    def _rare_word_addressed(self, i: int) -> bool:
        """A capitalised word no list knows opening a typed message, then a comma and the
        message in small letters: whom it speaks to ("Ganbold, broker wants copies again";
        not "Ondangwa, 12 May", a place's or a date line, nor a firm answering its phone:
        "Ticketstop, you're through to sales", nor one a customer asks: "Deliveroo, where is
        my order?")."""
        words, k = self.words, i + 2
        return i == 0 and k < len(words) and words[i + 1] == "," and self._rare_capitalised(i) \
            and "?" not in words[k:k + _ASKED_REACH] \
            and i not in self.places and self.pieces[k].kind == "word" \
            and not self._capital_anywhere(self.pieces[k]) and words[k] not in _A_FIRM_ANSWERS \
            and words[k] not in FUNCTION_WORDS and words[k] not in BUSINESS_HOLDINGS \
            and words[k] not in BUSINESS_FUNCTIONS \
            and k + 1 < len(words) and self.pieces[k + 1].kind == "word" \
            and "speaking" not in words[k:k + _ASKED_REACH]  # ("Brightwater, accounts speaking")
        # (not an answer naming a place or a firm: "Debrecen, in Hungary", "PetSure, policy
        # number PS-00418872", "Calpol, 5ml")


    def _on_a_desk(self, i: int, end: int) -> bool:
        """An agent's name opening its clause, then "on" and the desk they answer for, then a
        comma or the offer of help: "Hallam Kia Sheffield, Jordan on sales, how can I help?",
        "sunny on the service desk how can i help" (not "the offer on sales today")."""
        words = self.words
        desk = end + 1 + (end + 1 < len(words) and words[end + 1] == "the")
        if not (end < len(words) and words[end] == "on" and desk < len(words)
                and words[desk] in _DESKS and self.kinds[i] in ("N", "W", "P")
                and (i == 0 or words[i - 1] in (",", ".", "!"))):
            return False
        after = next((k for k in range(desk + 1, min(desk + _DESK_WORDS, len(words)))
                      if words[k] not in _DESKS), len(words))
        return after == len(words) or words[after] in (",", ".", "how", "what", "can")
    def _before_an_honorific(self, i: int) -> bool:
        """A word before a Japanese or Korean honorific joined by a hyphen, or typed apart
        after its capital: "Note for Ito-san", "Park-nim", "Tanaka sensei" (not "San Diego":
        the honorific comes after)."""
        pieces, k = self.pieces, i + 1
        if pieces[i].kind != "word" or self.words[i] in FUNCTION_WORDS or k >= len(pieces) \
                or (name_class(self.words[i]) == "E" and not self._capital(i)):
            return False  # (not "the sushi-san place": a word's, in small letters)
        if self.words[k] == "-" and pieces[k].start == pieces[i].end:
            k += 1
            joined = k < len(pieces) and pieces[k].start == pieces[k - 1].end
        else:
            joined = bool(self.cased) and self._capital(i) and not self._capital(k)
        return joined and k < len(pieces) and self.words[k] in _HONORIFIC_SUFFIXES

    def _last_of_an_opening(self, i: int) -> bool:
        """The word that ends an agent's opening, a greeting and a business's name, after "this
        is": their name, though a word too ("good morning harbour insurance claims this is joy";
        not "hi the bank says this is fraud", "... bright smile dental this is reception")."""
        words = self.words
        if not (i == self.last_word and 2 < i < _INTRO_REACH and words[i - 2:i] == ["this", "is"]
                and self.pieces[i].kind == "word" and words[i] not in _SMALL_WORDS
                and words[i].isalpha() and (name_class(words[i]) in ("N", "W", "P")
                                            or unknown_word(words[i]))):
            return False  # (a name-like word: not "... this is reception", "... ridiculous")
        greeted = [k for k in range(min(3, i - 2)) if words[k] in _GREETINGS
                   or words[k] in GREETING_WORDS]
        company = [w for w in words[greeted[-1] + 1 if greeted else 0:i - 2] if w != ","]
        return bool(greeted) and any(_business_word(w) for w in company) and all(
            w not in FUNCTION_WORDS and w not in _SAID and not w.endswith("ed")
            for w in company)  # the business's name alone: not "hi the bank says this is ..."

    def _agent_s_i_am(self, i: int) -> bool:
        """"harbourline insurance i'm bill can i take your policy number", "thanks for calling,
        i'm will, how can i help": an agent's "i'm" at the call's start, and what they go on
        to ask, which no verb "will" or noun "bill" goes before; "lock and key this is mark
        where are you located": "this is" before a name-like word and a question."""
        words = self.words
        return 0 < i < len(words) - 1 and (words[i - 1] in ("i'm", "im") or (
                words[i - 2:i] == ["this", "is"] and words[i + 1] in _QUESTION_OPENERS
                and (name_class(words[i]) in ("N", "W", "P") or unknown_word(words[i])))) \
            and (words[i + 1] in _ASKS_AFTER_AN_INTRO or (
                words[i + 1] == "," and i + 2 < len(words)
                and words[i + 2] in _ASKS_AFTER_AN_INTRO)) \
            and (i < _INTRO_REACH or _after_agent_greeting(words, i))

    def _tight_slot(self, i: int) -> bool:
        """"April speaking", "this is april how can i help", "Hey Will,": not "in april"."""
        words = self.words
        nxt = i + 1
        if i > 0 and words[i - 1] in ("it's", "its") and i + 2 < len(words) \
                and words[i] not in MONTHS and words[i] not in _SEASONS and (
                (words[i + 2] in _INTRO_ENDS and (self.kinds[nxt] == "N" or self.unknown[nxt]))
                or (self.unknown[nxt] and not common_word(words[nxt]))):
            return True  # "morning dawn it's bill kalsakau calling from port vila", "oh kia
            # ora sunny it's bill tane out at rangiora": a surname no list knows
        if nxt + 1 == len(words) and self._capital(i) and i > 1 and words[i - 1] == "," \
                and words[i - 2] in _CLOSINGS and self.pieces[nxt].kind == "number" \
                and len(self.pieces[nxt].text) >= _PHONE_DIGITS:
            return True  # "Cheers, Will 0438 551 207": the writer, then their number
        if nxt < len(words) and (words[nxt] in _SLOT_AFTER or self.pieces[nxt].kind in (
                "number", "ordinal")):
            return words[nxt] in _SLOT_AFTER and (i == 0 or (  # not "I have a bill here"
                words[i - 1] not in _DETERMINERS and words[i - 1] not in OWNERS
                and not self._a_verb_after(i)))
        if tuple(words[nxt:nxt + 3]) in _ON_THE_LINE and self._capital(i) and i > 0 \
                and words[i - 1] == "," and self._closed_after(nxt + 3):
            return True  # "Student Funding Office, Will on the phone."
        if words[nxt:nxt + 1] == ["on"] and self._capital(i) and not _DUTY_POSTS.isdisjoint(
                words[nxt + 1:nxt + 4]) and (i == 0 or words[i - 1] in _SENTENCE_ENDS) \
                and any(w in _MODALS or w in PERSON_VERBS for w in words[nxt + 2:nxt + 6]):
            return True  # "; Will on the night desk can let you in", "Bill on reception"
        before = tuple(words[max(i - 2, 0):i])
        if before[-1:] and (before[-1] in ROLES or before[-1] in _RELATIONS
                            or (_staff(before[-1]) and not self._capital(i))) and (
                self._capital(i) or _owned_role_named(words, i, self._closed_after(nxt) or (
                    words[nxt:nxt + 1] in (["in"], ["at"], ["from"]) and any(
                        words[k] in _PERSON_MODALS and (words[k + 1] in CONTACT_VERBS
                                                         or words[k + 1] in _MESSAGING)
                        for k in range(nxt + 2, min(len(words) - 1, nxt + 5)))))):
            return True  # "is the coach Will still there", "can my lad Will drop it off", "my
            # colleague bill in adjudication will email you":
            # capitalised after a role; in lower case, after "my <role>" where a clause or
            # the sentence ends: "i'll tell my boss bill i'm at the dentist"
        if before[-1:] == (",",) and (before[0] in ROLES or before[0] in _RELATIONS) \
                and self._capital(i) and nxt < len(words) and (words[nxt] in _SET_APART or (
                    self._capital(nxt) and words[nxt + 1:nxt + 2] != []
                    and words[nxt + 1] in _SET_APART)):
            return True  # "The roofer, Will Summers, has quoted", "the roofer, Will Summers
            # from Summers Roofing": who the role is, set apart
        if self._vocative(i) or self._agent_s_i_am(i) or self._called_out_at_the_end(i):
            return True  # "No worries, Bill, take care.", "your member number, Will?"
        if self._booked_under(i) or self._people_named(i):
            return True  # "the booking's under Will": whose name; "the lads were hunter and"
        if self._capital(i) and words[i] not in _DEPARTMENTS and ((before in _SPOKE_TO and (
                self._closed_after(nxt) or (nxt < len(words) and words[nxt] in WHEN_SPOKEN)))
                or (before in _GREETED_TO and (nxt == len(words) or words[nxt] == "for"
                                               or self.pieces[nxt].kind == "punct"))):
            return True  # "I spoke to Bill last week", "say thanks to Bill for me" (not
            # "Thanks to Sales and Priya")
        if self._sentence_initial(i) and self._capital(i) and nxt < len(words) \
                and words[i] not in ADDRESSING and words[i] not in FILLERS \
                and self._capital(nxt) and nxt not in self.places and (
                    self.kinds[nxt] in ("N", "P") or unknown_word(words[nxt])) \
                and (nxt + 1 == len(words) or words[nxt + 1] in (",", "-", "(")):
            return True  # "Bill Carmichael, PTA Chair": a signature's name and surname
        if i > 2 and words[i - 1] == "," and words[i - 2] in _RELATIONS \
                and words[i - 3] in _POSSESSIVE_WORDS and (
                    nxt == len(words) or self.pieces[nxt].kind == "punct"):
            return True  # "joint with my husband, bill.": the relation, then who it is
        if self._asked_to(i, nxt) or self._subject_of_person_verb(i, nxt) \
                or self._after_a_placed_role(i) or (
                    self.cased and self._capital(i) and self._sentence_initial(i)
                    and words[i] in FUNCTION_WORD_NAMES and self._where_they_are_then_said(i)
                    and not _WORKPLACES.isdisjoint(words[nxt + 1:nxt + 4])
                    and not any(p.kind == "number" for p in self.pieces[nxt:nxt + _SAID_WHERE + 4])
                    and _LEGAL_WORDS.isdisjoint(words[nxt:nxt + _SAID_WHERE])):
            return True  # "Tell Will to log his own ticket", "Will walked round the car", "the
            # guy next door bill took it in", "Bill in accounts says it's paid"
        if (i == 0 or words[i - 1] not in OWNERS) and words[i] not in MONTHS \
                and words[i] not in _WEEKDAYS and words[i] not in PERSON_VERBS \
                and self._beside_a_person(i, any_word=True):
            return True  # "send it to bill or me", not "the bill and i", "in May and I"
        if before[-1:] and before[-1] in ADDRESSING and words[i] not in _NOT_CALLED and (
                nxt >= len(words) or self.pieces[nxt].kind == "punct"
                or (not self.cased and words[nxt] in _WH_AFTER_GREETING)):
            return True  # "Hey Will,", "thanks april.", "hi bill what can i do for you"
        if before in _INTRODUCING and self._closed_after(nxt) and words[i] not in MONTHS:
            return True  # "you're speaking with Will, how can I help", "my names joy" (not
            # "I'm sure you've got May.")
        if before[-1:] in (("i'm",), ("im",)) and self._capital(i) and (
                self._closed_after(nxt) or (nxt < len(words) and self._capital(nxt))):
            return True  # "I'm Bill Price, policy number ...": capitals say it is a name
        return before in (("this", "is"), ("it's",)) or (before[-1:] in (("it's",),) \
            and self._closed_after(nxt))

    def _called_out_at_the_end(self, i: int) -> bool:
        """A word name typed with its capital as the last word of an exclamation or a question,
        after a word that takes no noun ("don't be late Will!", "hurry up Bill!", "all good
        Hope?"): the one spoken to, with no comma before. Not a thing's ("pay the Bill!", "in
        May!", "yes we Will!", "who Will?", "a huge Bill!")."""
        words, nxt = self.words, i + 1
        return bool(self.cased) and self._capital(i) and i > 1 and nxt < len(words) \
            and words[nxt] in ("!", "?") and self.pieces[i - 1].kind == "word" \
            and not self._capital(i - 1) and words[i] not in MONTHS \
            and words[i] not in _WEEKDAYS and words[i - 1] not in _DETERMINERS \
            and words[i - 1] not in OWNERS and words[i - 1] not in _PRONOUNS \
            and words[i - 1] not in _TAKES_A_NOUN and not any(
                w in _DETERMINERS or w in OWNERS or w in _TAKES_A_NOUN or w.endswith("'s")
                for w in words[max(i - 3, 0):i - 1])  # (not "a huge Bill!", "my new Will?",
    # "how big is this power Bill!", "who paid last month's Bill?")

    def _will_named(self, i: int) -> bool:
        """"Will" before what no modal verb goes before ("fyi Will is on call", "Will has the
        keys"), typed with its capital or said after a relation ("my son will is ..."); not the
        document ("the will is contested", "will and probate", "well will has to be signed")."""
        words, nxt = self.words, i + 1
        if words[i] != "will":
            return False
        before = words[i - 1] if i > 0 else ""
        if before in _MODALS_BEFORE_A_SUBJECT and nxt < len(words) and words[nxt] == "be" \
                and (i == 1 or words[i - 2] in _SENTENCE_ENDS or words[i - 2] in _QUESTION_GLUE) \
                and (self._capital_anywhere(self.pieces[i])
                     or not self._capital_anywhere(self.pieces[i - 1])):  # (not "Will will be")
            return True  # "And will Will be joining as well?", "would will be able to": the
            # modal asks, the name is its subject
        if before in _MODALS_BEFORE_A_SUBJECT and self.cased and self._capital(i) \
                and (not self._capital_anywhere(self.pieces[i - 1])
                     or self._sentence_initial(i - 1)) and nxt < len(words) \
                and self.pieces[nxt].kind == "word" and words[nxt].isalpha() \
                and not self._capital_anywhere(self.pieces[nxt]) and words[nxt] not in _MODALS \
                and words[nxt] not in _OBJECT_PRONOUNS and words[nxt] not in ("this", "that"):
            return True  # "can Will do the run or do I ask Luc?": asked mid-sentence, the
            # capital says whom (not "I can Will it to happen": the verb, its object after)
        if before in _THIRD_PERSON_AUXILIARIES and nxt < len(words) \
                and (i == 1 or words[i - 2] in _SENTENCE_ENDS or words[i - 2] in _QUESTION_GLUE) \
                and words[nxt] not in _A_WILL_S_WORDS \
                and _WHAT_A_WILL_IS.isdisjoint(words[nxt:nxt + _WILL_S_REACH]) \
                and _LEGAL_WORDS.isdisjoint(words[max(0, i - _LEGAL_REACH):i + _LEGAL_REACH]) \
                and (self._capital_anywhere(self.pieces[i]) or (
                    words[nxt].endswith("ing") and not self.cased)):
            return True  # "is Will playing tonight", "Has Will paid?": no modal follows "is"
            # or "has" (not "is will power enough")
        if self._capital_anywhere(self.pieces[i]) and (i == 0 or before in _SENTENCE_ENDS) \
                and words[nxt:nxt + 1] in (["in"], ["at"]) and words[nxt + 1:nxt + 2] in (
                    ["our"], ["the"], ["your"]) and any(
                    w in _WORKPLACES for w in words[nxt + 2:nxt + 5]) \
                and "?" not in words[nxt:]:  # (not "Will in the office be open tomorrow?")
            return True  # "Will in our Leicester office will book", "Will at the depot"
        if before in _PEOPLE_S_PREPOSITIONS and self._capital_anywhere(self.pieces[i]) \
                and i > 1 and words[i - 2] not in _SENTENCE_ENDS \
                and words[nxt:nxt + 1] not in (["power"], ["-"]) \
                and (nxt >= len(words) or words[nxt] not in _A_WILL_S_WORDS):
            return True  # "my PT sessions with Will carry over?", "I gave the keys to Will":
            # no modal follows a preposition (in speech with no capitals, "help with will and
            # probate" is the document)
        if self._capital_anywhere(self.pieces[i]) and words[nxt:nxt + 1] in (["and"], ["&"]) \
                and words[nxt + 1:nxt + 2] in (["his"], ["her"], ["their"], ["my"], ["our"],
                                               ["the"], ["a"]) \
                and _LEGAL_WORDS.isdisjoint(words[max(0, i - _LEGAL_REACH):i + _LEGAL_REACH]):
            return True  # "Ok, Will and his lad will collect it": no modal goes before "and"
            # (not "Will and probate", "Will and his debts - who pays?")
        if self._role_s_holder_then_he_or_she(i):
            return True  # "your tech today is will he'll text you"
        legal = not _LEGAL_WORDS.isdisjoint(words[max(0, i - _LEGAL_REACH):i + _LEGAL_REACH])
        if self._capital_anywhere(self.pieces[i]) and (
                i == 0 or before in _SENTENCE_ENDS or before in _CLAUSE_OPENERS) \
                and not legal and nxt + 1 < len(words) and words[nxt] not in _WHAT_A_WILL_DOES \
                and words[nxt].endswith("s") \
                and not words[nxt].endswith("ss") and _past_tense(
                    words[nxt][:-1] + ("d" if words[nxt].endswith("es") else "ed")) \
                and (words[nxt + 1] in _A_DEED_S_OBJECT or words[nxt + 1] in _WHERE_TO):
            return True  # "Will handles the money", "so Will shifts to centre": no modal goes
            # before a verb's -s
        if nxt + 1 < len(words) and words[nxt] in ("is", "was", "isn't", "wasn't") \
                and words[nxt + 1] in _WHERE_SOMEONE_IS and not legal and not any(
                    w in OWNERS or w in _DETERMINERS or w.endswith("s")
                    for w in words[max(0, i - 3):i]) and (
                    i == 0 or before in _SENTENCE_ENDS or before in _QUESTION_GLUE
                    or before in AFFIRMATIVES or before in FILLERS):
            return True  # "yeah will is home thursdays": where a person is (not "the will is
            # in the safe")
        after = nxt + (nxt < len(words) and words[nxt].endswith("ly"))
        if (before in _RELATIONS or before in ROLES) and after < len(words) \
                and words[after] in _THIRD_PERSON_AUXILIARIES:
            return True  # "my husband will normally does this": no modal goes before "does"
        if before in _DO_SUPPORT and nxt < len(words) and not legal \
                and (words[nxt] in PERSON_VERBS or words[nxt] in _WHAT_A_PERSON_CAN_DO
                     or words[nxt] in _DONE_WHEN_ASKED):
            return True  # "what did will put", "does will know": no modal follows "did"
        if before in _BE_BEFORE_A_NAME and (nxt == len(words) or words[nxt] in _CLAUSE_ENDS):
            return True  # "the surveyor was Will, wasn't it?", "i think it was will": no modal
            # ends a clause after "was"
        if nxt >= len(words):
            return False
        if words[nxt] in _SLOT_AFTER and before not in _SUBJECT_PRONOUNS \
                and (nxt + 1 == len(words) or self.pieces[nxt + 1].kind == "punct"):
            return True  # "spokes and sprockets warranty desk will here": no modal goes before
            # "here" closing the turn
        if (words[nxt] in _PERSON_PRONOUNS and before in _RELATIONS) or (
                words[nxt] in _CONTRACTED_SUBJECTS and (before in _RELATIONS or before in ROLES)):
            return True  # "our son will he's twenty six", "tell my manager will we're late"
            # (no modal goes before a subject and its verb)
        # at a clause's start, a verb with its tense, or one people do with its person, which
        # no modal goes before: "two things, will got a job", "and eventually will wants to
        # come off" (not "the refund will takes", "dad's will left everything", "will
        # payments still come out")
        if (_past_tense(words[nxt]) or words[nxt] in PERSON_VERBS) and (
                i == 0 or before in _BEFORE_A_SUBJECT or before in _RELATIONS
                or before in ROLES or before in _NAMING):  # "my broker will said", "a young
            return True  # lad called will said"
        if (_past_tense(words[nxt]) or words[nxt] in PERSON_VERBS) \
                and self._capital_anywhere(self.pieces[i]) \
                and (before in _SENTENCE_ENDS or before in _WILL_BEFORE
                     or before in _CHAT_OPENERS):
            return True  # typed with its capital where a clause opens: "lol Will scored
            # twice", "yesterday Will rang" (not "Dad's Will left everything", "Free Will
            # prevailed", "We Will Informed you")
        if words[nxt] in _WH_ASKED and before not in _DETERMINERS and before not in OWNERS:
            return True  # "no worries will, whats your username": spoken to, then asked
        if i > 2 and before == "to" and words[i - 2] in ("it", "that", "this", "them") \
                and words[i - 3] in _HANDED:
            return True  # "i've passed that to will in the income team": whom it went to
        if (before in _RELATIONS or (before in ROLES and words[nxt] == "will")) and (
                words[nxt] in _NO_VERB_AFTER or any(
                tuple(words[nxt:nxt + len(place)]) == place for place in _NEIGHBOURING)
                or words[nxt:nxt + 2] == ["at", "number"]):
            return True  # "my son will will answer", "my neighbour will next door has a key",
            # "our driver will will ring him"
        if words[nxt] not in _NO_MODAL_AFTER or (
                words[nxt] in _MODALS and words[nxt + 1:nxt + 2] == ["be"]
                and words[nxt + 2:nxt + 3] != [] and words[nxt + 2] in _DONE_TO_A_DOCUMENT):
            return False  # (not the document's "Will can be updated", "Will should be
            # signed"; but "Will can be there at 5")
        if before in _RELATIONS:
            return True  # "my son will is the one who set it up"
        return self._capital_anywhere(self.pieces[i]) and (
            i == 0 or before in _SENTENCE_ENDS or before in _WILL_BEFORE
            or (words[nxt] in _MODALS and self.pieces[i - 1].kind == "word"
                and before not in _DETERMINERS and before not in OWNERS
                and (self._sentence_initial(i - 1) or not self._capital_anywhere_typed(i - 1))))
        # ("maybe Will can send it": a capital in mid-sentence, before a modal of its own)

    def _a_verb_after(self, i: int) -> bool:
        """The word stands where a verb does: "to come here", "don't wait here"."""
        before = self.words[i - 1] if i > 0 else ""
        return before in _VERB_NEXT and not (
            before == "to" and i > 1 and self.words[i - 2] in _HANDED_TO)

    def _vocative(self, i: int) -> bool:
        """Someone spoken to: a capitalised word set off by a comma in mid-sentence and closed by
        punctuation ("Right, Will, let me check."); not a day or a month ("Same place, Monday,
        8 a.m."), nor a letter's code word in a list of them ("Lima, November, Golf")."""
        words, nxt = self.words, i + 1
        return i > 1 and words[i - 1] == "," and self._capital(i) \
            and (nxt == len(words) or words[nxt] in (",", ".", "?", "!")) \
            and words[i] not in MONTHS and words[i] not in _WEEKDAYS \
            and words[i] not in NATO_LETTERS and words[i] not in ENDEARMENTS \
            and words[i] not in TITLES \
            and not (nxt + 1 < len(words) and words[nxt] == "."
                     and self.pieces[nxt + 1].kind == "number" and words[i] in _UNITS)
        # ("Thank you, Madam."; a currency or unit before its number: "the bundle, Rs. 1,250";
        # but "Cheers, Bill. 50 quid it is.")

    def _taken_up(self, i: int, end: int) -> bool:
        """A name a pronoun takes up with no comma between, as speech-to-text writes it: "yeah
        joy she was great", "tama he's five"; a common word only joined on to what was said
        ("with jack he was"); not a time ("last summer she was", "in april he was", "at dawn
        he's up"), nor a verb of its own ("i hope she's fine", "hope he's ok")."""
        words = self.words
        before = words[i - 1] if i > 0 else ""
        return end + 1 < len(words) and words[end] in _PERSON_PRONOUNS \
            and (words[end] in ("she's", "he's") or words[end + 1] in _PRONOUN_VERBS) \
            and (self.kinds[i] in ("N", "P") or self.unknown[i]
                 or (self.kinds[i] == "W" and before in _JOINING)) \
            and words[i] not in _NOT_TAKEN_UP and words[i] not in AFFIRMATIVES \
            and words[i] not in MONTHS and words[i] not in _WEEKDAYS \
            and before not in _DETERMINERS and before not in _BEFORE_A_TIME

    def _called_aside(self, i: int, end: int) -> bool:
        """A name said alone as a question, then a question to "you" ("Hold on. Summer? Do
        you know the PIN?"), or said at a sentence's start before a comma and a request or a
        question ("it's his phone. will, read that out", "Holly, what's the password?"):
        someone beside the caller, spoken to. Not a word of agreement or praise ("Lovely,
        tell me ..."), a day or a month ("Tuesday? Can you do ..."), a place ("London? Do you
        know which branch?") or a company greeting ("Sky, how can I help?")."""
        words, pieces = self.words, self.pieces
        if not (end == i + 1 and (i == 0 or words[i - 1] in _SENTENCE_ENDS)
                and (self.kinds[i] == "N" or (self.kinds[i] == "W" and (
                    words[end:end + 1] in (["?"], ["!"]) or _asked_about_a_value(
                        words[end + 1:end + 3])))
                     or (self.both[i] and words[end:end + 1] in (["!"], [","])))
                and i not in self.places
                and words[i] not in _MAKES
                and words[i] not in ENDEARMENTS and words[i] not in _CASUAL
                and words[i] not in FILLERS and words[i] not in AFFIRMATIVES
                and words[i] not in ADDRESSING and words[i] not in MONTHS
                and words[i] not in _WEEKDAYS
                and (words[i] not in FUNCTION_WORDS or (
                    words[i] in FUNCTION_WORD_NAMES and words[end:end + 1] == [","]))
                and (not self.written or self._capital_anywhere(pieces[i]))):
            return False  # ("will," is no modal verb)
        after = words[end + 1:end + 5]
        if words[end:end + 1] == ["!"]:  # "Will! What was my first dog called?"
            return bool(after) and after[0] in _ASKED_ASIDE
        if words[end:end + 1] == ["?"]:
            return bool(after) and after[0] in _ASKED_ASIDE and (
                "you" in after or (_asked_about_a_value(after)
                                   and not _SECRET_ASKED.isdisjoint(words[end + 1:end + 9])
                                   and words[i] not in words[end + 1:])) \
                and "mean" not in after  # (not the word asked about: "Grace? Do you mean ...";
            # "Rose? What's the broadband password?" asks her, not "Apple? What's the price of
            # the apple watch?")
        return words[end:end + 1] == [","] and bool(after) and after[0] in _TOLD_ASIDE and (
            after[0] not in _ASKED_ASIDE or after[0] in _WH_WORDS or after[1:2] == ["you"])
        # (not a company's opening: "Sky, can I take your name please?")

    def _after_a_name_word(self, i: int) -> bool:
        """A name right after the word "name" that closes its clause, a form's field said
        without its colon: "English name Mark.", "nickname Bill", "Christian name Grace," (a
        person's name by what kind it is, not "the file name Report.", "drug name Sertraline",
        "user name admin": a thing's or a login's); or after whose name it is and a comma
        ("under my wife's name, malia")."""
        words = self.words
        if i > 2 and words[i - 1] == "," and words[i - 2] == "name" \
                and words[i] not in _ADDRESS_WORDS and words[i] not in ENDEARMENTS and (
                words[i - 3] in _WHOSE_NAME or words[i - 3] in ("my", "your")
                or (words[i - 3].endswith("'s") and words[i - 3][:-2] in _RELATIONS)):
            i_name = i - 1  # "under my wife's name, malia": whose name, then the name
        else:
            i_name = i
        if i_name == 0 or words[i_name - 1] not in _NAME_WORDS or (
                words[i_name - 1] == "name" and i_name > 1
                and words[i_name - 2] not in _WHOSE_NAME
                and self.pieces[i_name - 2].kind != "punct" and i_name == i) \
                or self.pieces[i].kind != "word" or words[i] in FUNCTION_WORDS \
                or words[i] in NON_NAME or not (i + 1 == len(words)
                                                or self.pieces[i + 1].kind == "punct"):
            return False
        return (bool(self.kinds[i]) and self.kinds[i] != "E") or self.unknown[i] \
            or self._rare_capitalised(i)

    def _nicknamed(self, i: int) -> bool:
        """After "go by", "calls me", "known as": a name, even a word no name lexicon holds or
        one it sets aside ("i go by jun jun", "everyone calls me gel"); not a common word ("call
        me back", "call me tomorrow"), nor how a thing goes ("the balance will go by NEFT")."""
        words = self.words
        if self._called_by_all(i):
            return True
        if i < 2 or words[i - 1] not in _NICKNAME_ENDS:
            return False  # most words: checked for every one
        before = tuple(words[i - 2:i])
        if self.pieces[i].kind != "word" or before not in _NICKNAME_CUES or (
                (words[i] in FUNCTION_WORDS or words[i] in NON_NAME) and not (
                    words[i] in FUNCTION_WORD_NAMES and self._closed_after(i + 1))):
            return False  # but "he goes by Bill.", "everyone calls her may"
        return before[-1] != "by" or not _NICKNAME_SUBJECTS.isdisjoint(words[max(i - 4, 0):i - 2])

    def _called_by_all(self, i: int) -> bool:
        """What everyone called someone, a name the data holds closing the clause: "we all
        called her rose", "everybody called him sunny." (not "I called him back", "they called
        her mum", "she called him lazy": a phone call, a relation, an English word)."""
        words = self.words
        if i < 3 or words[i - 2] != "called" or words[i - 1] not in ("him", "her") \
                or (self.kinds[i] not in ("N", "W") and not self.both[i]) \
                or words[i] in _RELATIONS or words[i] in ENDEARMENTS or words[i] in TITLES:
            return False
        closes = i + 1 == len(words) or self.pieces[i + 1].kind == "punct" \
            or words[i + 1] in _LIST_JOINERS or words[i + 1] in ("because", "cause", "since")
        return closes and not _NICKNAME_SUBJECTS.isdisjoint(words[max(i - 5, 0):i - 2]) \
            and "i" not in words[max(i - 3, 0):i - 2]

    def _called(self, i: int) -> bool:
        """After "a lady called", "someone named": a name, whatever the word ("april", "jun");
        after any naming words, a name that is a function word too where its clause ends ("a
        big lad called will and ...", "everybody calls him will")."""
        words = self.words
        if words[i] in FUNCTION_WORD_NAMES and i > 0 and words[i - 1] in _NAMED_ENDS \
                and words[i - 1] != "by" \
                and (i + 1 == len(words) or self.pieces[i + 1].kind == "punct"
                     or words[i + 1] in _LIST_JOINERS or words[i + 1] == "but") \
                and any(tuple(words[max(i - 2, 0):i])[-len(cue):] == cue
                        for cue in _NAMING_BEFORE):
            return True
        return i > 1 and words[i - 1] in _NAMING and (
            words[i - 2] in ROLES or words[i - 2] in _SOMEONE
            or words[i - 2] in _IS_CALLED_BY or (  # "she's called Mo", "driver was called Bill"
                i > 2 and words[i - 2] in ("was", "is", "were")
                and (words[i - 3] in ROLES or words[i - 3] in _SOMEONE
                     or words[i - 3] in _PERSON_PRONOUNS))) \
            and self.pieces[i].kind == "word" and words[i] not in FUNCTION_WORDS \
            and words[i] not in WHEN_SPOKEN and name_class(words[i]) != "E"
        # not "the doctor called yesterday", "someone called asking for my pin"

    def _people_named(self, i: int) -> bool:
        """Who some people were: "the lads were hunter and dean", "the fitters are tom and ..."
        (not "the lads were great": a word that is a name too, where the frame says so)."""
        before = tuple(self.words[max(i - 2, 0):i])
        return len(before) == 2 and before[1] in ("were", "are") \
            and (self.kinds[i] == "N" or self.words[i + 1:i + 2] == ["and"]) and (
            before[0] in _GROUPS_OF_PEOPLE or (before[0].endswith("s") and before[0][:-1] in ROLES
                                             and before[0][:-1] not in _RELATIONS))

    def _named_in_frame(self, i: int) -> bool:
        """Frames that only a name fills, whatever the word: "everyone calls me gel", "our
        driver robbo can be there", "the tenant is jordan pike"."""
        words = self.words
        if self._after_a_placed_role(i) or self._agent_on_the_line(i):
            return True
        if (i == 0 or words[i - 1] not in _FRAME_BEFORE) and (
                i + 1 >= len(words) or (words[i + 1] not in ("(", "the")
                                        and words[i + 1] not in PERSON_VERBS)):
            return False  # most words: no frame around them (checked for every word)
        if self.pieces[i].kind != "word" or words[i] in FUNCTION_WORDS or words[i] in NON_NAME \
                or _contracted_function_word(words[i]):
            return False  # (nor "we've texted you a code")
        before = tuple(words[max(i - 2, 0):i])
        if self._nicknamed(i):
            return True  # not "a named driver", "a bolt on called world traveller"
        if len(before) == 2 and before[1] in ("of", "for") and before[0] in _DETAIL_NOUNS \
                and name_class(words[i]) in ("N", "W", "P") and words[i].isalpha() \
                and (((i + 1 >= len(words) or words[i + 1] in _DETAIL_OWNER_ENDS)
                      and name_class(words[i]) != "P")  # not "the address for Paris?"
                     or (i + 1 < len(words) and name_class(words[i + 1]) in ("N", "W"))):
            return True  # "and the date of birth for summer?", "the passport of gab is wrong"
        if len(before) == 2 and before[1] == "is" and before[0] in ROLES:
            return self._nameish(i)  # "the tenant is jordan pike"
        if len(before) == 2 and before[1] == "is" and self._role_placed_before(i - 1):
            return self.kinds[i] in ("N", "W")  # "the instructor for your area is frank" (a
            # name the data holds: not "... is overstretched", "... is yodel")
        if len(before) == 2 and before[1] == "was" and before[0] in ROLES \
                and before[0] not in _RELATIONS and self.kinds[i] in ("N", "W"):
            return True  # "the driver was tom i think" (not "my husband was Polish", "the
            # courier was Loggi")
        if self.kinds[i] in ("N", "W") and self._people_named(i):
            return True  # "the engineers were tom and ..."
        if len(before) == 2 and before[0] in _POSSESSIVE_WORDS and before[1] in _RELATIONS \
                and (i + 1 >= len(words) or self.pieces[i + 1].kind == "punct") \
                and not _afterthought(words[i]):
            return True  # "my son river, he's got ...", "about my daughter meadow.": any word
            # a relation's name stands for, where nothing else follows it (not "my mother
            # passed on", "my wife too.", "my husband unfortunately,")
        if i > 2 and words[i - 3] in ROLES and before in (("would", "be"), ("will", "be")):
            return self._nameish(i)  # "so your instructor would be miles"
        if i > 3 and words[i - 4] in ROLES and words[i - 3] in ("will", "would") \
                and words[i - 2] in _LIKELY and words[i - 1] == "be" and self._nameish(i) \
                and (self.kinds[i] == "N" or (i + 1 < len(words) and (
                    words[i + 1] in _PERSON_PRONOUNS or words[i + 1] in _CONTRACTED_SUBJECTS))):
            return True  # "your driver will probably be gaz he does ...", "... be mereana"
            # (not "will probably be frank with you", "will probably be yodel")
        after = tuple(words[i + 1:i + 4])
        if before[-1:] in (("but",), ("just",)) and after[:2] in _WILL_DO \
                and name_class(words[i]) != "E":
            return True  # "this is maria cristina but tin is fine": the name to use instead
        if not self._nameish(i) and name_class(words[i]) == "" and len(words[i]) > 2 \
                and self._subject_of_person_verb(i, i + 1):
            return True  # "and macsen says thank you too": a word no lexicon knows, doing
            # what only people do
        if self._nameish(i) and (
                (after[:1] == ("(",) and after[1:2] and after[1] in _POSSESSIVE_WORDS
                 and before[-1:] not in (("the",), ("a",), ("an",)))
                or (after[:1] == ("the",) and after[1:2] and after[1] in ROLES and (
                    self.kinds[i] == "N" or (self._capital(i) and not self._sentence_initial(i))))
                or (before[-1:] == ("(",) and i > 1 and words[i - 2] in ROLES
                    and after[:1] == (")",))):
            return True  # "Reed (my nephew)", "Kiprono the guard", "Mum (Dawn)"
        return len(before) == 2 and before[1] in ROLES and i + 1 < len(words) \
            and (words[i + 1] in _ROLE_VERBS or words[i + 1] in PERSON_VERBS) and (
                before[0] in _POSSESSIVE_WORDS  # "our driver robbo can be there"
                or (before[0] == "the" and name_class(words[i]) != "E"))  # "the operator farai"

    def _asks_yes_or_no(self, mark: int) -> bool:
        """The sentence ending at `mark` asks yes or no, or asks for something ("OK to buy?",
        "Can you call me back?"), not which thing ("Which bank? – Monzo": the answer)."""
        k = mark - 1
        while k > 0 and self.words[k - 1] not in _SENTENCE_ENDS and mark - k < _QUESTION_REACH:
            k -= 1
        return k >= 0 and self.words[k] in _YES_NO_OPENERS

    def _asked_about_no_business(self, k: int) -> bool:
        """The question from `k` to its end names nothing a business deals in ("what did we
        call the dog?"; not "where is my order?", "what was the price?": a firm addressed)."""
        for word in self.words[k:k + _QUESTION_REACH]:
            if word in ("?", ".", "!"):
                return True
            if _business_word(word) or word in _TRADED:
                return False
        return True

    def _paired_with_a_titled_name(self, i: int) -> bool:
        """In cased text, a capitalised name joined by "and" or "&" to a title and a name
        ("Dr Rai & Bolat"), or in a labelled list a word no list knows ("Safety boat: Ochirbat
        and Ms Vuković"): a person beside a person."""
        words = self.words
        if not (self._capital(i) and (self.kinds[i] == "N" or (
                unknown_word(words[i]) and not common_word(words[i])
                and ":" in words[max(i - _LIST_LABEL_REACH, 0):i]))):
            return False  # (a word no list knows, in a labelled list only: not "Klarna and Ms
            # Lee emailed me")
        return (i + 3 < len(words) and words[i + 1] in _SIGNERS_JOINED
                and words[i + 2].rstrip(".") in TITLES and self._capital(i + 3)) \
            or (i >= 3 and words[i - 1] in _SIGNERS_JOINED and words[i - 3].rstrip(".") in TITLES
                and self._capital(i - 2))

    def _role_placed_before(self, verb: int) -> bool:
        """A role and where or what it covers, before the verb at `verb`: "the instructor for
        your area", "our engineer on the day", "my contact at the bank"."""
        words = self.words
        for role in range(verb - 2, max(verb - _PLACED_ROLE_REACH, 0) - 1, -1):
            if words[role] in ROLES and words[role + 1] in _ROLE_SCOPES \
                    and all(w.isalpha() for w in words[role + 2:verb]) \
                    and any(w == "the" or w in _POSSESSIVE_WORDS
                            for w in words[max(role - 2, 0):role]):
                return True  # (one word may qualify the role: "the automatic instructor")
        return False

    def _agent_on_the_line(self, i: int) -> bool:
        """"you've got hemi on the line", "you're through to nova speaking": an agent's own
        introduction, which only a name fills, even a word that is mostly no name."""
        words = self.words
        if i < 2 or (words[i - 2], words[i - 1]) not in _AGENT_FRAMES:
            return False  # (checked for every word: the cheap test first)
        after = tuple(words[i + 1:i + 4])
        return (after[:1] == ("speaking",) or after in _ON_THE_LINE) \
            and self.pieces[i].kind == "word" and words[i].isalpha() \
            and words[i] not in FUNCTION_WORDS and words[i] not in NON_NAME \
            and (words[i - 3:i - 2] in (["you're"], ["youre"], ["are"]) if words[i - 1] == "to"
                 else _after_agent_greeting(words, i - 2))  # an opening: not "you've got
        # static on the line", "i was put through to sky on the phone"

    def _subject_placed(self, i: int, end: int) -> bool:
        """"oh and hunter in accounts said ...", "mark from billing rang me": a name opening a
        clause, where they work or are, then what only people do."""
        words = self.words
        opens = i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] in _CLAUSE_OPENERS
        if end + 2 >= len(words) or words[end] not in ("in", "from", "at") or not opens \
                or words[i] in FUNCTION_WORDS or words[i] in MONTHS or words[i] in _WEEKDAYS \
                or not (self.kinds[i] in ("N", "W") or self._capital(i)
                        or (self.kinds[i] == "P" and words[end] == "from")):
            return False
        if words[end] == "from" and (self.kinds[i] or self.unknown[i] or self.both[i]):
            near = next((n for n in _NEIGHBOURING if tuple(words[end + 1:end + 1 + len(n)]) == n),
                        ())
            after = end + 1 + len(near)
            if near and after < len(words) and (words[after] in PERSON_VERBS
                                                or words[after] in _ROLE_VERBS):
                return True  # "Hope from next door is up in Auckland": only people live there
        k = end + 1 + (words[end + 1] in ("the", "our", "your", "their"))
        while k + 1 < len(words) and words[k] in _DEPARTMENTS and words[k + 1] in _DEPARTMENTS:
            k += 1  # "accounts payable", "customer services", "our billing team"
        if k + 2 < len(words) and words[k] in _DEPARTMENTS and words[k + 1] in _PERSON_MODALS \
                and (words[k + 2] in PERSON_VERBS or words[k + 2] in CONTACT_VERBS):
            return True  # "grace from our billing team will call you"
        return k + 1 < len(words) and words[k] in _DEPARTMENTS and (
            words[k + 1] in PERSON_VERBS or (words[k + 1] in _SUBJECT_AUX
                                             and words[end] == "in"
                                             and words[i] not in _SEASONS
                                             and words[k + 2:k + 3] != ["been"]))
        # not "summer in london ended early", "sky in dublin said", "apple at the store told";
        # "Grace in accounts has the invoice": a team's member has, does, can't

    def _reached_at_work(self, i: int) -> bool:
        """A word that may be a name, capitalised, after a word that reaches people and before
        where they work: "photos to follow from Bill in the warehouse", "ask Will in accounts",
        "cc Hope in HR" (not "a bill from Octopus in the post")."""
        words = self.words
        k = i + 2 + (words[i + 2:i + 3] in (["the"], ["our"], ["your"]))
        return i > 0 and i + 2 < len(words) and self._capital(i) \
            and words[i + 1] in ("in", "at") \
            and (words[i - 1] in _PEOPLE_S_PREPOSITIONS or words[i - 1] in _ASKED) \
            and k < len(words) and words[k] in _DEPARTMENTS

    def _after_a_placed_role(self, i: int) -> bool:
        """"the guy next door bill took it in": a role and its place, then a word that can be a
        name, then what a person does (or a comma before it)."""
        words = self.words
        k = i + 1
        hedge = next((h for h in _HEDGES_AFTER_A_NAME if tuple(words[k:k + len(h)]) == h), ())
        k += len(hedge)  # "the lady at reception, Sunny I think, she said ..."
        set_out = bool(hedge) and i > 0 and words[i - 1] == "," and k < len(words) \
            and words[k] == ","  # "a girl at reception, Summer I think, to cancel it": who
        # she is, set out and hedged, whatever follows
        k += k < len(words) and words[k] == ","
        k += bool(hedge) and k < len(words) and words[k] in ("she", "he", "they")
        if not set_out and (k >= len(words) or not (
                words[k] in PERSON_VERBS or words[k] in _ROLE_VERBS
                or words[k] in PAST_TENSE_VERBS or words[k].endswith("ed"))):
            return False  # (checked for every word: the cheap tests first)
        placed = _placed_role_before(words, i)
        word = words[i]
        return placed is not None and self.pieces[i].kind == "word" and word.isalpha() \
            and word not in FUNCTION_WORDS and word not in ROLES and word not in MONTHS \
            and word not in _WEEKDAYS and (
                name_class(word) in ("N", "W") or self._capital(i)
                or ((self.unknown[i] or self.kinds[i] == "P") and placed != "from")) \
            and (set_out or words[k] in PERSON_VERBS or words[k] in _ROLE_VERBS
                 or _past_tense(words[k]))
        # a name by the lexicon or a capital, or a word no lexicon knows where the role is
        # placed by where it is ("the lady next door wanjiku"): not after "from", where a
        # brand stands ("the guy from bt openreach said"), nor a place ("my son at leeds uni")

    def _subject_of_person_verb(self, i: int, end: int) -> bool:
        """"Heath knows the place", "yep, Drew said", "will rang back": a name-like word opening
        a clause before a verb only people do; not "the bill said" (an article before it)."""
        words = self.words
        if end >= len(words) or not (
                words[end] in PERSON_VERBS
                or ((self._capital(i) if self.cased else (
                        words[end] in _DENIED_MODALS
                        and words[end + 2:end + 3] != [] and words[end + 2] not in _THINGS_COME)
                     or (words[end] in ("has", "had")
                         and not MEETING_WORDS.isdisjoint(words[end + 1:end + 4])))
                    and end == i + 1
                    and words[i] not in MONTHS and words[i] not in _WEEKDAYS
                    and not (words[i] in _SEASONS and (words[end] in _DENIED_MODALS
                                                       or not self.cased))
                    # ("Summer won't be in the brochure", but "Summer has a wedding"; in
                    # speech with no capitals, a name kept away or booked: "mark cant come
                    # tonight", "so mark has a slot tuesday")
                    and (self.kinds[i] == "W" or self.both[i])
                    and ((words[end] in _SUBJECT_AUX and words[i] not in FUNCTION_WORDS)
                         or (words[i] in _MODAL_NAMES and (
                             _past_tense(words[end]) or words[end] in _SUBJECT_AUX))))) \
                or (words[end] in _DENIED_MODALS and not _kept_away(words, end + 1)):
            return False  # "Faith had the car.", "Will changed jobs", "Will does the 10:00
            # group" (a modal takes no past tense, nor another auxiliary); not "She moved",
            # "Price went up", "Chase sent me a new card" (a word may be a noun or a brand
            # before a verb)
        if words[end] in _DONE_TO_THINGS_TOO and not self.kinds[i] and common_word(words[i]) \
                and words[end + 1:end + 2] != [] and words[end + 1] not in _OBJECT_PRONOUNS \
                and words[end + 1] != "you" and self.pieces[end + 1].kind == "word" \
                and words[end + 1] in FUNCTION_WORDS:
            return False  # a note's "Collection booked from ...", "Invoice approved by ...": a
            # thing (no name the data holds) the verb was done to (but "Brooklyn booked it")
        return i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] in _CLAUSE_OPENERS \
            or (i == 1 and words[0] in _BULLETS)  # "- Bill said the bill from ADP .."

    def _signed(self, i: int, end: int) -> bool:
        """A name that ends a typed message after a full stop or a dash: its sender."""
        words, pieces = self.words, self.pieces
        return i > 0 and words[i - 1] in _SIGN_OFF_BEFORE \
            and pieces[i].start > pieces[i - 1].end \
            and end > self.last_word and not self._lower_where_capitals_open(i)  # not
        # "brother-in-law", nor "quote € 180,00 excl. parts." from a writer of capitals

    def _lower_where_capitals_open(self, i: int) -> bool:
        """Word i is written in lower case by a writer who opens the text with a capital: no
        name of theirs ("Willem took it in, ... excl. parts."; but "driver couldnt find the
        house. ... - hunter" and "– 鈴木" may sign)."""
        cased = self.cased
        if not cased or not self.pieces:
            return False
        first, piece = self.pieces[0], self.pieces[i]
        return cased[first.start].isupper() and cased[piece.start].islower()

    def _paid_to(self, i: int, end: int) -> bool:
        """A capitalised word sent to or contacted, a phone number right after it: "GCash to
        Bong 0917 552 0843", "text Joy 0917 ..." (a word the name data holds: not a place, "to
        Lahore, 09-04-2024", nor a brand, "transfer to Opay 8012345678", "pay to GTBank
        0174529836")."""
        words = self.words
        written = self.cased[self.pieces[i].start:self.pieces[end - 1].end] if self.cased else ""
        return i > 0 and end == i + 1 < len(words) and self.pieces[end].kind == "number" \
            and self._capital(i) and self.kinds[i] in ("N", "W") \
            and (words[i - 1] in ("to", "for") or words[i - 1] in CONTACT_VERBS) \
            and not any(ch.isupper() for ch in written[1:])

    def _reachable_on(self, end: int, only_a_name: bool) -> bool:
        """Whose number follows: "<name>, on 0412 558 903", "<name> on oh eight seven ...",
        and right after a word that is only a name, "Sameer 98201 44673" (not "GCash 0917...",
        "Mobile's 0412 ...": a label)."""
        words, pieces = self.words, self.pieces
        k = end + (end < len(words) and words[end] == ",")
        if only_a_name and k < len(words) and pieces[k].kind == "number" \
                and len(pieces[k].text) >= 8:
            return True
        return k + 1 < len(words) and words[k] == "on" \
            and pieces[k + 1].kind == "number" and len(pieces[k + 1].text) >= 3

    def _owned_role_after(self, i: int, end: int, contracted: bool) -> bool:
        """A relation or role of someone's said right after a name: "<name>'s my partner",
        "<name> is our lodger", "<name> will be your case handler", and with nothing between
        where the name is no common word: "austin my husband set it up" (not "cool my
        brother")."""
        words = self.words
        k = end
        if not contracted and tuple(words[k:k + 1]) == ("is",):
            k += 1
        elif not contracted and tuple(words[k:k + 2]) == ("will", "be"):
            k += 2
        elif not contracted and (not (self.kinds[i] == "N" or unknown_word(words[i]))
                                 or (i > 0 and words[i - 1] in _WHERE_A_PLACE_IS
                                     and common_word(words[i]))):
            return False  # not "we went to paris my wife loved it", "the village outside
            # dhaka my father called him lalu"
        if k >= len(words) or words[k] not in _POSSESSIVE_WORDS:
            return False
        roles = words[k + 1:k + 3]  # maybe one word before it: "your case handler"
        return bool(roles) and (roles[0] in ROLES or roles[0] in _RELATIONS or (
            len(roles) == 2 and roles[0] not in FUNCTION_WORDS
            and (roles[1] in ROLES or roles[1] in _RELATIONS)))

    def _asked_to(self, i: int, end: int) -> bool:
        """Someone asked to do something ("ask Jordan to", "tell Will to", "let dawn know"),
        or told something ("tell savannah i said thanks", "i'll tell summer"). In cased text
        a capital says the word is a name; in speech, with no capitals, the lexicon's word
        that is a name too (not "ask billing to", "tell you that")."""
        words = self.words
        if i == 0 or words[i - 1] not in _ASKED:
            return False
        if words[i - 1] in _NOUN_OR_VERB and i > 1 and words[i - 2] not in _BEFORE_A_VERB:
            return False  # a noun: "can the reminder text come to my number"
        spoken_name = not self.written and self.kinds[i] == "W"  # not a place: "tell london"
        told = words[i - 1] in _TOLD
        if end >= len(words) or self.pieces[end].kind == "punct" or _afterthought(words[end]):
            return told and spoken_name  # "i'll tell summer", "... summer tonight"
        if words[end] == "to" or (words[i - 1] == "let" and (words[end] == "know" or (
                words[end] in ("at", "from", "in") and "know" in words[end + 2:end + 5]
                and not common_word(words[i])))):
            return self._capital(i) or spoken_name  # ("let Shazza at Bunnings know")
        if words[end] in _TOLD_ABOUT:  # "tell hope my trainer ...", "tell jack about it"
            return told and (self.kinds[i] == "N" or (spoken_name and not (
                words[i].endswith("s") and name_class(words[i][:-1]) not in ("", "N"))
                and words[end] not in _TOLD_WHAT_ONLY) or (
                self._rare_capitalised(i) and words[end] in _OWNERS_TOLD))
            # a lexicon's name, not a brand no lexicon knows ("message ocado about it"), a
            # word-name only before whose it is ("tell sky about my address" is the firm's),
            # nor a plural told ("don't tell lies about me")
        return words[end] in _TOLD_FROM and told and (
            self.kinds[i] in ("N", "P") or unknown_word(words[i]) or spoken_name
            or ((self.kinds[i] == "W" or words[i] in FUNCTION_WORD_NAMES)
                and self._capital(i)))  # "can you tell Will I won't be in", "Tell Grace I'm"

    def _given_a_hand(self, i: int) -> bool:
        """Someone given what only a person is ("can anyone give Tolu a lift", "give Mere a
        hug from me"), or a call, when no firm's name could be meant ("give Kofi a ring";
        not "give Sky a call"); or needing a lift or a hand ("King and Teuila need a lift")."""
        words = self.words
        if i + 3 < len(words) and words[i + 1] in _NEEDING and words[i + 2] == "a" \
                and words[i + 3] in ("lift", "hand", "hug") and (
                    i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] in ("and", ",")) \
                and (self.kinds[i] in ("N", "W") or self._rare_capitalised(i)) \
                and words[i] not in FUNCTION_WORDS and words[i] not in _RELATIONS:
            return True  # "King and Teuila need a lift", "Tolu needs a hand on Saturday"
        if i == 0 or words[i - 1] not in _GIVING or i + 2 >= len(words) \
                or words[i + 1] not in ("a", "the"):
            return False
        if words[i + 2] in _GIVEN_TO_PEOPLE:
            return self._nameish(i) and words[i] not in FUNCTION_WORDS \
                and words[i] not in _RELATIONS and words[i] not in ENDEARMENTS \
                and words[i] not in ROLES and words[i] not in _PEOPLE_NOUNS
        return words[i + 2] in _CALLS_GIVEN and (
            self.kinds[i] == "N" or self._rare_capitalised(i))

    def _in_slot(self, i: int) -> bool:
        words = self.words
        end = self._name_run_end(i)
        if self._seen_by(i, end):
            return True  # "an appointment with rose on wednesday", "at 5pm with rose."
        if end + 2 < len(words) and words[end] == "," and words[end + 1] in _PERSON_PRONOUNS \
                and (words[end + 2] in _PRONOUN_VERBS or words[end + 1] in ("she's", "he's")) \
                and (self.kinds[i] in ("N", "W", "P")
                     or (self._capital(i) and unknown_word(words[i]))) \
                and words[i] not in _WEEKDAYS and words[i] not in MONTHS \
                and (i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] in ("and", ",")
                     or (words[i - 1] in _CHECKED_WITH and self._capital(i))):
            return True  # "Malia, she was born in May", "Let me check with Tama, he's your
            # way Tuesdays": a person the pronoun takes up
        if self._taken_up(i, end):
            return True  # "i was in all day with jack he was off sick", "mere she's eight"
        if i > 1 and words[i - 1] == "from" and words[i - 2] in _MESSAGES \
                and self.kinds[i] in ("N", "W", "P"):  # privacy first: a voicemail from Mary
            # is likelier than one from London (which goes too)
            return True  # "a voicemail from Mary", "i heard from jordan": someone who sent it
        if i > 2 and words[i - 1] == "to" and words[i - 2] in ("it", "them", "this", "that") \
                and words[i - 3] in _HANDED and self.kinds[i] in ("N", "W", "P") and (
                    i + 1 >= len(words) or words[i + 1] in _AFTER_A_HANDOVER
                    or self.pieces[i + 1].kind == "punct"):  # not "to royal mail", "to charity
            # shops"
            return True  # "i handed it to gary in the depot": who it went to by hand
        # "Hope speaking", "nicole here", "Kevin on the line", "Karthik this side"; not "rent
        # a car speaking", a thing's word
        if end < len(words) and words[end] in _SLOT_AFTER and (
                end + 1 >= len(words) or words[end + 1] not in ("is", "are")) \
                and (i == 0 or (words[i - 1] not in _DETERMINERS and not self._a_verb_after(i))):
            return True
        at = end + 2 if end + 1 < len(words) and words[end + 1] == "the" else end + 1
        if at + 1 < len(words) and words[end] in _AT_A_PLACE and words[at] not in _MEDIA \
                and self.pieces[at].kind == "word" and words[at] not in FUNCTION_WORDS \
                and (at > end + 1 or (words[end] in ("from", "at") and self.kinds[at] != "P")) \
                and words[at + 1] in _SAID and self.kinds[i] in ("N", "W") \
                and (i == 0 or (words[i - 1] not in _DETERMINERS and words[i - 1] not in OWNERS)):
            return True  # "frank on the desk said someone would ring", "jo at the branch told
            # me", "Hazel from stores says" (not "sky in dublin said"): who did what, where
            # they work between
        if any(tuple(words[end:end + len(p)]) == p for p in _SLOT_AFTER_PAIRS) \
                and (i == 0 or words[i - 1] not in OWNERS):
            return True  # "Kevin on the line", "is that grace on the line"; not "the fella
            # on the line"
        if self._on_a_desk(i, end):
            return True
        if end + 2 < len(words) and words[end] == "and" and words[end + 1] in _POSSESSIVE_WORDS \
                and words[end + 2] in _RELATIONS and self.kinds[i] in ("N", "W") \
                and (i == 0 or words[i - 1] not in _DETERMINERS):
            return True  # "yeah joy and her sister mercy", "hope and my brother came"
        cleft = words[i - 1:i] in (["was"], ["is"], ["it's"], ["its"])  # "it was X who/that"
        if end + 1 < len(words) and (words[end] == "who" or (words[end] == "that" and cleft)) \
                and words[i - 1:i] != ["and"] \
                and (i == 0 or words[i - 1] not in _DETERMINERS) and words[i] not in ROLES \
                and ((self.kinds[i] in ("N", "W") and (
                    words[end + 1] in PERSON_VERBS or _past_tense(words[end + 1])
                    or words[end + 1] in _SUBJECT_AUX))
                     or (self.unknown[i] and cleft and words[end + 1] in PERSON_VERBS)):
            return True  # "it was autumn who answered", "ask ivy who did it", and a word no
            # list knows in a cleft before what only people do ("it was tamatea that sorted
            # it"; not a brand's "it was klarna that charged me"): "who" says a person (not
            # "the grace who", "my son who", a role, a place: "sky who said", "that one")
        if end < len(words) and (words[end] in _TOLD_OR_ASKED or (
                words[end] == "," and end + 1 < len(words) and words[end + 1] in _TOLD_OR_ASKED)) \
                and i > 0 and (
                words[i - 1] in ("oi", "hey") or tuple(words[i - 2:i]) in _HOLDING_ON) \
                and (self.kinds[i] in ("N", "W") or self.unknown[i] or (
                    self.kinds[i] == "P" and words[end:end + 1] != []
                    and words[end] in _IMPERATIVES)) \
                and i not in self.places \
                and words[i] not in ENDEARMENTS and words[i] not in _CASUAL \
                and words[i] not in _GROUPS:
            return True  # "hold on kai stop that", "oi jaden put it down", "hang on grace
            # what did we put": someone beside the caller, told what to do or asked
        if self._called_aside(i, end):
            return True  # "Hold on. Summer? Do you know the PIN?", "will, read that out"
        if self._sentence_initial(i) and end + 1 < len(words) and words[end] == "," \
                and words[end + 1] in _ADDRESSED_NEXT and end - i == 1 \
                and words[i] not in ADDRESSING and words[i] not in FILLERS \
                and words[i] not in AFFIRMATIVES and words[i] not in _CASUAL \
                and words[i] not in _MAKES and (
                    self.kinds[i] == "N" or unknown_word(words[i]) or (
                        self.kinds[i] in ("W", "P")
                        and words[end + 2:end + 3] not in (["i"], ["we"]))) \
                and (not self.written or self._capital_anywhere(self.pieces[i])):
            return True  # "Pemba, your PVG check has come back clear": who a text is to
        if end + 2 < len(words) and words[end] in ("he's", "she's", "hes", "shes") \
                and words[end + 1] in _POSSESSIVE_WORDS and words[end + 2] in ROLES \
                and words[i] not in ROLES and (i == 0 or words[i - 1] not in _DETERMINERS) \
                and (self.kinds[i] in ("N", "W", "P") or self.unknown[i]):
            return True  # "the notes for dale hes your electrician"
        pair = i if i + 1 < len(words) and words[i + 1] == words[i] else i - 1 \
            if i > 0 and words[i - 1] == words[i] else None
        if pair is not None and words[i] not in FUNCTION_WORDS and len(words[i]) > 2 \
                and words[i] not in AFFIRMATIVES and words[i] not in _CALLED_TO_DO \
                and words[i] not in FILLERS and words[i] not in GREETING_WORDS \
                and self.kinds[i] in ("N", "W", "P") and pair + 2 < len(words) \
                and words[pair + 2] in _CALLED_TO_DO:
            return True  # "my daughter's here grace grace have you got the card": called (not
            # "the price rose rose again")
        if self._as_a_role(end) and (self.kinds[i] in ("N", "P") or self.unknown[i] or (
                self.kinds[i] == "W" and i > 0 and words[i - 1] in _ROLE_HOLDER_BEFORE)) \
                and (i == 0 or words[i - 1] not in _DETERMINERS):
            return True  # "is it still mark as second contact", "add hope as a named driver"
        if self._capital(i) and (self.kinds[i] == "N" or unknown_word(words[i])) \
                and end + 1 < len(words) and words[end] == "to" \
                and words[end + 1] in _ACTION_VERBS \
                and (i == 0 or words[i - 1] in _SENTENCE_ENDS or words[i - 1] in ("-", "•")):
            return True  # "Available from 2 June; Priya to send the contract.": an action
            # item's owner (not "Hope to speak to you soon", "Chase to confirm delivery")
        if i > 0 and words[i - 1] in ("paging", "page", "paged", "ping", "pinging", "pinged",
                                      "cc", "cc'ing", "ccing", "looping", "tagging") \
                and self.kinds[i] in ("N", "W", "P") \
                and (end >= len(words) or (not _business_word(words[end])
                                           and words[end] not in _DEPARTMENT_WORDS)):
            return True  # "paging Sofia as IC", "pinging dawn about it"
        if self._asked_to(i, end) or self._subject_of_person_verb(i, end) \
                or self._subject_placed(i, end):
            return True  # "Pls ask Jordan to email the itinerary", "Heath knows the place",
            # "hunter in accounts said"
        if self._reachable_on(end, self.kinds[i] == "N" or self._paid_to(i, end)) and (
                self.kinds[i] == "N" or self._capital(i)):
            return True  # "a backup contact? Sky, on 0412 558 903", "mei lin on oh eight
            # seven", "GCash to Joy 0917 552 0843"
        if self._owned_role_after(i, end, words[end - 1].endswith("'s")):
            return True  # "sunny's my partner", "grace is our lodger", "austin my husband set
            # it up", "brooklyn will be your case handler"
        if (self.kinds[i] == "N" or (self.kinds[i] == "W"
                                     and self.words[i - 1] not in ("?", "!"))
                or (self._capital(i) and self.words[i - 1] in _DASHES
                    and self.words[i - 2:i - 1] in (["?"], ["!"]) and self._asks_yes_or_no(i - 2)
                    and unknown_word(self.words[i]) and not common_word(self.words[i]))) \
                and self._signed(i, end):
            return True  # "photos attached. jade", "Can you chase it? - Sunny", "Why is the
            # transfer blocked? Kwame", "OK to buy? – Kaiwi" (a word no list knows after a
            # question and a dash; not "Will it be ready? Hope!", "shipped today – Evri")
        if end + 1 < len(words) and words[end] == "please" and self._capital(i) \
                and (i == 0 or words[i - 1] in _SENTENCE_ENDS) \
                and self.pieces[end + 1].kind == "word" and words[end + 1] not in FUNCTION_WORDS:
            return True  # "Saanvi please share the deck"
        before = words[max(i - 3, 0):i]
        closed = self._closed_after(end)
        for cue in _INTRO_BEFORE:
            if tuple(before[-len(cue):]) == cue and words[i] not in TITLES and (closed or (
                    cue in _SPOKE_TO and end < len(words) and words[end] in WHEN_SPOKEN)) and (
                    cue not in (("i'm",), ("im",), ("i", "am"), ("me",))
                    or self._capital(i) or self.kinds[i] == "N" or self.unknown[i]) and (
                    cue not in _HAVING or name_class(words[i]) != "E"):
                return True  # "this is faith may i ...", "you're through to Mark." (not
                # "You've got Roadside Plus on this rental": a thing one has)
        if before and (before[-1] in ADDRESSING or tuple(before[-2:]) in _REASSURANCES) \
                and closed and not _a_wish(self.words, i) and words[i] not in _NOT_CALLED \
                and not (end < len(words) and words[end] in _PARTICLES
                         and words[i] in PUTTING_OFF_WORDS and not self._capital(i)):
            return True  # "thanks grace", "Okay Bill,", "Aloha Brent and family" (not "okay
            # hang on", "right hold up": a verb and its particle)
        if len(before) >= 2 and before[-1] == "," \
                and (before[-2] in ADDRESSING or tuple(before[-3:-1]) in _REASSURANCES
                     or (tuple(before[-3:-1]) == ("thank", "you")
                         and (name_class(words[i]) in ("N", "W") or (
                             unknown_word(words[i]) and not common_word(words[i])))
                         and words[i] not in _RELATIONS and words[i] not in _CLOSINGS)) \
                and (self.kinds[i] or (self._capital(i) and end == i + 1)) \
                and words[i] not in TITLES \
                and (end >= len(words) or words[end] in _SENTENCE_ENDS or words[end] == ","):
            return True  # a sign-off or a greeting: "Thanks, Rich", "Thank you, Vilay", "Gracias,
            # Makoa, see you"
            # (a capital alone names one word: not "Good morning, Reefside Aquatics, ...")
        if before[-1:] == ["under"] and closed and len(before) >= 2 \
                and before[-2] in _FILED_UNDER \
                and (self.kinds[i] in ("N", "P") or self.unknown[i] or self._capital(i)):
            return True  # "it's booked under rangi parata", "the account's under Okafor"
        if self.unknown[i] and before[-1:] == ["with"] and closed and not MEETING_WORDS.isdisjoint(
                words[max(i - _MEETING_REACH, 0):i]):
            return True  # "a slot at four fifteen with ruaridh": whom it is with
        if any(tuple(before[-len(cue):]) == cue for cue in _NAMING_BEFORE) and not (
                self.unknown[i] and before[-2:-1] and before[-2] in _CALLERS):
            return True  # "everyone calls me tina", "a lady named sandra"; not "you've called
            # pawsure pet insurance": there only a word a lexicon knows is a name
        if len(before) >= 2 and before[-1] in ("are", "were", ":") \
                and before[-2] in _PEOPLE_PLURALS and self._plain_list_word(i) \
                and name_class(words[i]) != "E":
            return True  # "my kids are tane and mikaere": the first of a list of people
        k = i - 1
        if k >= 0 and words[k] == ",":
            k -= 1
        return k >= 0 and words[k] in ROLES and (  # "the adjuster monique", "my wife, Adaobi"
            not self.unknown[i] or words[k] in _RELATIONS
            or (k > 0 and words[k - 1] in _POSSESSIVE_WORDS)) \
            and not (k == i - 1 and self._capital(k) and (
                words[i] in ROLES or name_class(words[i]) == "E")) \
            and not (k == i - 1 and words[k] in _COMPOUND_HEADS and self.kinds[i] == "W"
                     and not self._capital(i))
        # not "new employee onboarding", nor a title's words ("the Assistant Director"), nor a
        # thing's ("Federal Student Aid", "the member portal", "the customer portal")

    def _name_run_end(self, i: int) -> int:
        j = i + 1
        while j < len(self.pieces) and j - i < _MAX_NAME_WORDS and self._continues(j):
            j += 1
        return j

    # -- growing a seed over the rest of the name ---------------------------------------------
    def _continues(self, j: int) -> bool:
        """May piece j continue a name to its right? Not across a form's field break."""
        if _next_field(self.pieces, j - 1, j + 1) == j or (
                self.written and "\n" in self.written[self.pieces[j - 1].end:self.pieces[j].start]):
            return False  # "Ana Ruiz   DOB: ...", "Name: Priya Patel\nTel: ...": a new field
        if _day_of_a_date(self.pieces, j):
            return False  # "booked with Priya Thu 27/02": the day of a date, not a surname
        kind = self.kinds[j]
        if self.cased and not self._capital(j) and hyphen_prefix(self.pieces, j):
            return False  # "If Lupe co-signs": a prefix, in lower case where names have capitals
        if kind == "N" or self.unknown[j] \
                or (self._capital(j) and _is_name_word(self.pieces[j], self.excluded)):
            return True  # "its wiremu ngata": a surname no lexicon knows goes with the name
        if self.words[j] in NAME_PARTICLES:  # "de los santos", "van der berg": a name follows
            k = j + 1
            while k < len(self.pieces) and self.words[k] in NAME_PARTICLES:
                k += 1
            return k < len(self.pieces) and (self.kinds[k] in ("N", "P", "W")
                                              or self._capital(k) or self.unknown[k])
        if self.cased and self._capital(j) and self._capital(j - 1) and self.kinds[j - 1] == "N" \
                and name_class(self.words[j]) in ("W", "P") and self.words[j] not in MONTHS \
                and self.words[j] not in FUNCTION_WORDS \
                and self.words[j] not in _WEEKDAYS and self.words[j] not in _SEASONS:
            return True  # "my partner Minh Long will be dropping them": capitals join a name
            # to the word-name after it
        if kind in ("W", "P"):  # "olga brown", not "amrit will call": only where it ends
            followed_by_name = j + 1 < len(self.kinds) and self.kinds[j + 1] == "N"
            return self._closed_after(j + 1) or followed_by_name
        return False

    def _after_an_initial(self, i: int) -> bool:
        """In text with capitals, a capitalised word right after an initial and its full stop
        ("Thanks to J. Smith", "(J. Young)", "P. Long"): a surname, whatever else the word is;
        not what opens a sentence after a lone letter ("Plan B. Then", "Q. How do I"): the
        word one the name data holds, or no common word."""
        pieces, words = self.pieces, self.words
        if not self.written or i < 2 or words[i - 1] != "." \
                or not self._capital_anywhere(pieces[i]):
            return False
        initial, word = pieces[i - 2], words[i]
        return _is_initial(initial) and self.written[initial.start].isupper() \
            and pieces[i - 1].start == initial.end and pieces[i].kind == "word" \
            and word not in FUNCTION_WORDS and word not in MONTHS and word not in _WEEKDAYS \
            and word not in TITLES \
            and (name_class(word) in ("N", "W", "P") or not common_word(word))

    def _grow(self, i: int) -> tuple[int, int]:
        pieces = self.pieces
        start = i
        while start > 0 and i - start < _MAX_NAME_WORDS - 1:
            k = start - 1
            if start == i and self._after_an_initial(i):
                start = i - 2  # "J. Young": the initial goes with the name
                continue
            if self.words[k] in ROLES or self.words[k] in _RELATIONS \
                    or _business_word(self.words[k]) \
                    or a_dated_month(pieces, k):
                break  # "my cousin tavita": the relation is no part of the name, nor the
                # company's word ("Harbour Insurance Ciara"), nor a date's month ("3 Jan
                # Rana")
            if self.cased and self.kinds[k] == "W" and self._capital(i) \
                    and not self._capital(k) and k > 0 and self.words[k - 1] in _DOERS:
                break  # "I saw Priya": in cased text a word name in lower case after its
                # subject is the word (not "frank O'Neill")
            if self.words[k] == "-" and k > 0 and (self.kinds[k - 1] or self._capital(k - 1)
                                                   or self.words[k - 1] in NAME_PARTICLES):
                start = k - 1  # "al-khatib", "popescu-radu": a hyphenated name is one
                continue
            if self.words[k] in NAME_PARTICLES or self.kinds[k] \
                    or _is_initial(pieces[k]) or (self.unknown[k] and k not in self.not_people
                                                 and self._introduced_at(k)) \
                    or (self.words[k] in FUNCTION_WORD_NAMES and self.kinds[i] == "N"
                        and i == k + 1 and (k == 0 or pieces[k - 1].kind == "punct")
                        and (i + 1 == len(pieces) or self.words[i + 1] in _SLOT_AFTER
                             or pieces[i + 1].kind == "punct")) \
                    or (self._capital(k) and not self._sentence_initial(k)
                        and _is_name_word(pieces[k], self.excluded)):
                start = k
                continue
            break
        while start < i and self.words[start] in NAME_PARTICLES:
            start += 1
        end = i + 1
        while end < len(pieces) and end - start < _MAX_NAME_WORDS:
            if self.words[end - 1].endswith("'s"):
                break  # "Kevin's car": a possessive ends the name
            if self._middle_initial(end):
                end += 3  # "Maricel D. Santos", "John F. Kennedy"
                continue
            if not self._continues(end) or (self.unknown[i] and self.kinds[end] in ("W", "P")):
                break  # a word no lexicon knows takes no common word with it ("dallas come")
            if end == i + 1 and self._asked_if_they_can(i) and not self._capital(end):
                break  # "can priya come in": what they are asked to do, no surname
            end += 1
        return start, end

    def _middle_initial(self, j: int) -> bool:
        """Piece j is a capital letter, a full stop and a capitalised name after it: a middle
        initial before the surname."""
        pieces = self.pieces
        return j + 2 < len(pieces) and pieces[j].kind == "word" and len(pieces[j].text) == 1 \
            and pieces[j].text.isalpha() and self._capital_anywhere(pieces[j]) \
            and pieces[j + 1].text == "." and self._capital(j + 2) \
            and _is_name_word(pieces[j + 2], self.excluded)

    def _introduced_at(self, k: int) -> bool:
        """Word k follows an introduction ("its ngaire te awa", "i'm tavita"): a word no
        lexicon knows there opens the name the next words continue."""
        return any(tuple(self.words[max(k - len(cue), 0):k]) == cue for cue in _INTRO_CUES)

    def _lists(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """"santiago and valentina reyes": a name-like word joined to a name is one too; and
        after "my kids are", "the children:", every word of the list ("skye, river and
        blaze")."""
        out: list[tuple[int, int]] = []
        taken: set[int] = set()  # the pieces `out` holds (a long text has many names)

        def add(span: tuple[int, int]) -> None:
            out.append(span)
            taken.update(range(*span))
        for span in spans:
            add(span)
        for s, e in spans:
            if self._opens_people_list(s):
                for listed in self._people_listed_after(e):
                    add(listed)
            k = self._put_right_after(e)
            if k is not None and k not in taken:
                add(self._grow(k))  # "your colleague, Brian, no, Bryan with a Y"
            nickname = self._nickname_after(e)
            if nickname is not None and nickname not in taken:
                add((nickname, nickname + 1))  # 'Anjali Menon ("Anju")', 'Robert "Bobby"
                # Tane': a nickname in quotes or brackets right after the name
            native = self._in_its_own_script(e)
            if native is not None:
                add(native)  # "Tanaka Yui (田中 結衣)": the name as its own script writes it
            if self._surname_first(s, e) and s - 2 not in taken:
                add((s - 2, s - 1))  # "Cancellation: Cregeen, Juan – Wed 3rd": a surname, then
                # the given name after a comma, as a register writes it
            k = s - 1
            while k > 0 and (self.words[k] in FILLERS or self.words[k] in (",", "...", "…")):
                k -= 1
            if 0 <= k < s and self.words[k] == self.words[s] and self.pieces[k].kind == "word" \
                    and (self.kinds[k] or self.both[k] or self.unknown[k]):
                add((k, k + 1))  # "this is will uh will navarro": said twice
            j = e + 1 if self._aged(e - 1) and self._aged(e + 2) else e  # "jack 7 and lily 5":
            # each with their age (not "i paid jim 50 and mark it as paid")
            if j < len(self.words) and self.words[j] in _LIST_JOINERS:
                k = j + 1
                if k < len(self.words) and self._list_partner(j, k) \
                        and k not in taken:
                    add(self._grow(k))
                elif self.words[j] == "," and (s == 0 or self.words[s - 1] in (",", ":")) \
                        and k + 1 < len(self.words) and (
                            self.words[k + 1] in (".", "!") or (
                                self.words[k + 1] == "," and k + 2 < len(self.words) and (
                                    self._rare_capitalised(k + 2) or (
                                        self.kinds[k + 2] == "N" and self._capital(k + 2))))) \
                        and k not in taken and self._rare_capitalised(k) \
                        and not _STREET_ENDINGS.intersection(self.words[s:e]) \
                        and not any(p.kind == "number" for p in self.pieces[k + 1:k + 5]):
                    add((k, k + 1))  # "Volunteers to barrow it: Hamish, Okello.": a list's
                    # last item, a word no list knows (not "14 Gunn Street, Devonport.",
                    # "Lot 14, Namaka Lane, Nadi.", "Camella Homes, Bacoor, Cavite 4102": an
                    # address's towns)
            opening = self.words[s - 1] == "," and e < len(self.words) \
                and self.words[e] in _SLOT_AFTER  # "H&R Block Montréal-Nord, Will speaking"
            if s >= 2 and self.words[s - 1] in _LIST_JOINERS and not opening \
                    and s - 2 not in taken:
                if self._list_partner(s - 1, s - 2, leading=True):
                    add(self._grow(s - 2) if self.kinds[s - 2] else (s - 2, s - 1))
                elif self._capitalised_pair(s - 3):
                    add((s - 3, s - 1))
            if s >= 3 and self.words[s - 1] in _LIST_JOINERS and e < len(self.words) \
                    and self.words[s - 2] in _LIST_POSITIONS and self.words[e] in _LIST_POSITIONS \
                    and self.kinds[s - 3] and s - 3 not in taken:
                add(self._grow(s - 3))  # "mary bird first and kyle ahenakew second"
        out.extend(self._listed_among_names(taken))
        out.extend(item for span in spans for item in self._items_alike(span)
                   if item[0] not in taken)
        return _union(out)

    def _nickname_after(self, e: int) -> int | None:
        """The word in quotes (or in brackets, if a name's) right after a name ending at e:
        'Anjali Menon ("Anju")', 'Robert "Bobby" Tane', "Tevita Fifita (Tev)" (not "Priya Shah
        (Finance)", "Ravi (c)")."""
        words, n = self.words, len(self.words)
        k, quoted, bracketed = e, False, False
        while k < n and k - e < 2 and words[k] in _OPENING_MARKS:
            quoted |= words[k] in _QUOTES
            bracketed |= words[k] == "("
            k += 1
        if not (quoted or bracketed) or k + 1 >= n or words[k + 1] not in _CLOSING_MARKS \
                or self.pieces[k].kind != "word" or not words[k].isalpha() \
                or words[k] in FUNCTION_WORDS or words[k] in ROLES or words[k] in _TEAMS:
            return None
        if (quoted and name_class(words[k]) in ("N", "W", "P")) \
                or (self.kinds[k] in ("N", "W") and not common_word(words[k])):
            return k  # (not "Wanjiru Kamau (Safaricom)": a firm no list knows)
        return None

    def _items_alike(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """In cased text, the items beside a name in a list whose items share its shape, a
        name then the same linking word and a few words: a band's line-up ("Mark on bass,
        Tavita on drums"), a rota ("Will - Mondays, Priya - Fridays"). The name-like words
        opening the items before and after it are names too (not "Priya on Monday, then lunch
        on Tuesday": a word in lower case opens that item)."""
        words, n = self.words, len(self.words)
        s, e = span
        tail = e
        while tail < n and tail - e <= _ITEM_TAIL and words[tail] not in _ITEM_ENDS \
                and words[tail] not in _LIST_JOINERS:
            tail += 1
        if not self.cased or not e < tail - 1 < e + _ITEM_TAIL or words[e] not in _ITEM_LINKS \
                or any(p.kind == "number" for p in self.pieces[e:tail]):
            return []
        out = []
        after = tail + 1 if tail < n and words[tail] in _LIST_JOINERS else None
        if after is not None and after < n and words[after] == "and":
            after += 1  # ", and Grace on vocals"
        before = s - 1 if s > 0 and words[s - 1] in _LIST_JOINERS else None
        if before is not None and words[before] == "and" and before > 0 \
                and words[before - 1] == ",":
            before -= 1
        if before is not None:
            q = before - 1
            while q >= 0 and before - q <= _ITEM_TAIL + 2 and words[q] not in _ITEM_ENDS \
                    and words[q] not in _LIST_JOINERS:
                q -= 1
            out.append(self._item_s_name(q + 1, words[e]))
        if after is not None:
            out.append(self._item_s_name(after, words[e]))
        return [item for item in out if item is not None]

    def _item_s_name(self, a: int, link: str) -> tuple[int, int] | None:
        """The name opening an item from piece a, one or two capitalised name-like words before
        `link`, or None."""
        b = a
        while b < len(self.words) and b - a < 2 and b not in self.places \
                and self._capital_anywhere(self.pieces[b]) \
                and self.pieces[b].kind == "word" and (
                    name_class(self.words[b]) in ("N", "W")) \
                and (self.words[b] not in FUNCTION_WORDS
                     or self.words[b] in FUNCTION_WORD_NAMES) and self.words[b] not in _WEEKDAYS \
                and self.words[b] not in MONTHS:
            b += 1
        if a < b < len(self.words) and self.words[b] == link:
            return a, b
        return None

    def _seen_by(self, i: int, end: int) -> bool:
        """A name-like word after "with", where an appointment or its time was just named, and
        before its day, time or the clause's end: whom it is with ("i have an appointment with
        rose on wednesday", "monday the 14th at 5pm with rose.", "11am with maria our
        seamstress"; not "a session with hope in mind", "lunch with summer fruit")."""
        words = self.words
        if i < 2 or words[i - 1] != "with" or self.kinds[i] not in ("N", "W") \
                or words[i] in _SEASONS or words[i] in MONTHS:
            return False
        before = words[max(0, i - 5):i - 1]
        timed = _AM_PM_RE.fullmatch(words[i - 2]) is not None \
            or self.pieces[i - 2].kind in ("number", "ordinal") \
            or words[i - 2] in _WEEKDAYS or not _MEETINGS.isdisjoint(before)
        closed = end >= len(words) or self.pieces[end].kind == "punct" \
            or words[end] in _AFTER_WHOM_WITH or words[end] in _WEEKDAYS \
            or words[end] in _POSSESSIVE_WORDS
        return timed and closed

    def _a_compound_s_noun(self, i: int) -> bool:
        """In text with capitals, a word in lower case closing a noun phrase, after an article
        or an everyday noun: "off the rota", "the Sunday door rota" (a surname in the name data,
        written as the noun it is; not "my colleague rota", "the guy next door sione")."""
        words = self.words
        if not self.cased or self._capital_anywhere(self.pieces[i]) or i < 1:
            return False
        closes = i + 1 == len(words) or self.pieces[i + 1].kind == "punct" \
            or words[i + 1] in FUNCTION_WORDS  # (not "the kwame guy", "the mensah household")
        before = words[i - 1]
        if before in ("the", "a", "an"):
            return closes  # "taken off the rota": a noun, an article before it, in lower case
        if i < 3 or not closes:
            return False
        return common_word(before) and before.isalpha() and before not in FUNCTION_WORDS \
            and before not in ROLES and before not in _RELATIONS and not before.endswith("ly") \
            and before not in _PLACE_ADVERBS and words[i - 2:i] != ["next", "door"] \
            and not self._capital_anywhere(self.pieces[i - 1]) and (
                words[i - 2] in ("the", "a", "an") or (
                    self._capital_anywhere(self.pieces[i - 2])
                    and words[i - 3] in ("the", "a", "an")))
        # "the door rota", "the Sunday door rota" (not "my helper marites", "the amazing staff
        # especially akosua")

    def _surname_first(self, s: int, e: int) -> bool:
        """A given name found at [s, e) comes after a comma and a capitalised word no list knows
        that opens a field or a line: the surname, written first ("Cregeen, Juan", "Name:
        Ozols, Kristaps"; not "Kirkwall, Juan said": a place)."""
        words = self.words
        typed = self.written  # (a title-case line too: "Cancellation: Cregeen, Juan – Wed")
        if not (typed and e - s == 1 and s >= 2 and words[s - 1] == ","
                and name_class(words[s]) in ("N", "W") and (s - 2 == 0 or words[s - 3] in (
                    ":", "–", "-", "—", "(", ";") or "\n" in typed[
                        self.pieces[s - 3].end:self.pieces[s - 2].start])):
            return False
        word = words[s - 2]
        return capitalised(self.pieces[s - 2], typed) and word.isalpha() \
            and s - 2 not in self.places \
            and unknown_word(word) and not common_word(word) \
            and (e == len(words) or self.pieces[e].kind == "punct"
                 or words[e] in ("–", "—", "-"))  # (the field ends there)

    def _listed_among_names(self, taken: set[int]) -> list[tuple[int, int]]:
        """In text with capitals, the other items of a list whose items are mostly names
        already ("Ravi Shankar (c), Hunter Blake, Sunny Gill, Faisal, Young, Bill King, Mo"): a
        team sheet, a rota, a register. Items with a word of plain English stay ("Ravi, Hunter,
        Finance Team"). A line of capitalised items is no title case here."""
        if not self.written:
            return []
        out: list[tuple[int, int]] = []
        runs = [(run, False) for run in self._capitalised_list_runs()] + [
            (run, True) for run in self._line_head_runs()]
        for run, column in runs:
            run = [self._past_a_heading(item) for item in run]
            named = [item for item in run if not taken.isdisjoint(range(*item))]
            found = len(named)
            # a full name no list knows counts where a given name the lexicon knows opens one
            # found in the list ("Nejc Novak" among "Kristaps Ozols", "Oyunchimeg Batbayar";
            # not a list of towns, dishes or songs of the same shape)
            unknown = any(name_class(self.words[item[0]]) == "N" for item in named)
            if unknown:
                named += [item for item in run if item not in named
                          and self._unknown_full_name(item)]
            full_names = unknown and all(
                sum(self.pieces[k].kind == "word" for k in range(*item)) >= 2
                and not any(self.written[self.pieces[k].start:self.pieces[k].end].isupper()
                            for k in range(*item)) for item in run) \
                and not any(p.kind == "number" for p in self.pieces[run[0][0]:run[-1][1]])
            # (not an address line: "Kylie Whitehouse, 18 Abbott St, Newstead TAS 7250")
            rare = [item for item in run if item not in named and all(
                self._rare_capitalised(k) for k in range(*item) if self.pieces[k].kind == "word")]
            if column and len(named) + len(rare) >= 2 and len(named) >= 1 \
                    and 2 * (len(named) + len(rare)) >= len(run):
                out.extend(item for item in run if taken.isdisjoint(range(*item))
                           and self._a_column_s_name(item)
                           and self.pieces[item[1] + 1:item[1] + 2] != []
                           and self.pieces[item[1] + 1].kind != "number")
                continue  # a rota's first column, half of it names already, or words no list
                # knows (not a stock list's "Gold - 3 boxes": a count after it)
            half = 2 * found == len(run) >= _SHORTEST_LIST and not any(
                p.kind == "number" for p in self.pieces[run[0][0]:run[-1][1]])
            if len(run) < _SHORTEST_LIST - full_names or (2 * len(named) <= len(run)
                                                          and not half):
                continue  # (three full names are a list too: "Smita Joshi, Rohini
                # Patwardhan, Grace Fonua"; half of them names is enough: "Will, Jenna,
                # Sunny, Kofi Mensah")
            most = 2 * len(named) > len(run)  # (more than half names: "Still missing from:
            # Ngozi, Kai, Summer L. and Hunter", a town's name too is a person's here)
            out.extend(item for item in run if taken.isdisjoint(range(*item)) and (all(
                (name_class(self.words[k]) in ("N", "W") or (
                    k > item[0] and name_class(self.words[k]) == "P"
                    and name_class(self.words[item[0]]) in ("N", "W"))  # "Mark Barry"
                 or (most and item[1] - item[0] == 1 and name_class(self.words[k]) == "P"))
                and self.words[k] not in MONTHS
                and self.words[k] not in _WEEKDAYS and self.words[k] not in TITLES
                and self.words[k] not in _MAKES
                for k in range(*item) if self.pieces[k].kind == "word")
                or (unknown and self._unknown_full_name(item))
                or (most and item[1] - item[0] == 1 and self._unknown_capitalised(item[0]))))
            # (names the lexicon knows, or a full name no list knows: not "Revolut", "Toyota",
            # "Ikeja" in a list of friends; but where most items are names, a lone word no
            # list knows is one too: "Attending: Rhodri Evans (treasurer), Siân Price,
            # Dafydd Rees, Heulwen.")
        return out

    def _unknown_capitalised(self, k: int) -> bool:
        """A capitalised word, typed, that neither the name data nor English holds, and no
        place here (a title-case line's too, where `_rare_capitalised` sees no capitals)."""
        word = self.words[k]
        return capitalised(self.pieces[k], self.written) and k not in self.places \
            and unknown_word(word) and not common_word(word)

    def _a_column_s_name(self, item: tuple[int, int]) -> bool:
        """An item of a rota's first column whose other items are names: every word a name the
        data holds or a word no list knows and no common word ("Bill", "Otieno", "Hope
        Tuilagi"; not "Council Tax", "Monday", "Tea Urn")."""
        ks = [k for k in range(*item) if self.pieces[k].kind == "word"]
        return bool(ks) and all(
            (name_class(self.words[k]) in ("N", "W", "P")
             or (unknown_word(self.words[k]) and not common_word(self.words[k])))
            and self.words[k] not in MONTHS and self.words[k] not in _WEEKDAYS
            and self.words[k] not in TITLES and self.words[k] not in _MAKES for k in ks)

    def _unknown_full_name(self, item: tuple[int, int]) -> bool:
        """Two or three words, none a common word, a place or a month, at least one a word no
        list knows: a full name of a culture the name data under-represents ("Kristaps Ozols",
        "Oyunchimeg Batbayar", "Frank Leask")."""
        ks = [k for k in range(*item) if self.pieces[k].kind == "word"]
        unknown = {k for k in ks if unknown_word(self.words[k]) and not common_word(self.words[k])}
        return 2 <= len(ks) <= 3 and bool(unknown) and all(
            (k in unknown or name_class(self.words[k]) in ("N", "W"))
            and self.words[k].isalpha() and len(self.words[k]) >= 2
            and self.words[k] not in MONTHS and self.words[k] not in _WEEKDAYS
            and self.words[k] not in TITLES and self.words[k] not in _MAKES
            and k not in self.places for k in ks)

    def _past_a_heading(self, item: tuple[int, int]) -> tuple[int, int]:
        """A list item without the count or the common word before its name: "2 Nejc Novak",
        "3 Oyunchimeg Batbayar" (a seat, a position), "Bow Kristaps Ozols" (the list's heading
        typed on its first item's line)."""
        a, b = item
        if b - a >= 2 and self.pieces[a].kind == "number":
            a += 1
        if b - a >= 3 and name_class(self.words[a]) not in ("N", "W") \
                and self._unknown_full_name((a + 1, b)):
            a += 1
        return a, b

    def _capitalised_list_runs(self) -> list[list[tuple[int, int]]]:
        """Runs of list items, each one to three capitalised words (a bracket after one, as
        "(c)", aside) between commas, "and" or "&"; the first item may end a clause ("thanks
        to Ravi, ...") and the last open one ("... and Mo to bring the tea")."""
        words = self.words
        bounds = [-1, *(k for k, w in enumerate(words) if w in (",", "and", "&")
                        or self._a_place_in_a_list(k)), len(words)]
        runs: list[list[tuple[int, int]]] = []
        run: list[tuple[int, int]] = []
        for a, b in pairwise(bounds):
            a += 1
            if b - a >= 2 and self.pieces[a].kind == "number":
                a += 1  # "2 Nejc Novak": its place in the list
            if a == b:
                continue  # ", and"
            if b - a > 3 and words[b - 1] == ")" and words[b - 3] == "(":
                b -= 3  # "Ravi Shankar (c)"
            if b - a > 1 and _COUNT_OF_RE.fullmatch(words[b - 1]):
                b -= 1  # "Mensah x2", "Long x2 (paid)": how many each booked
            whole = self._capitalised_words(a, b)
            if run and whole:
                run.append((a, b))
                continue
            head = a
            while run and head < b and head - a < _MAX_NAME_WORDS \
                    and self._capitalised_words(head, head + 1):
                head += 1
            if head > a:
                run.append((a, head))  # the last item: "... and Mo to bring the tea"
            if len(run) > 1:
                runs.append(run)
            tail = b
            while tail > a and b - tail < _MAX_NAME_WORDS \
                    and self._capitalised_words(tail - 1, tail):
                tail -= 1
            run = [(tail, b)] if tail < b and (whole or words[tail - 1] not in _SENTENCE_ENDS
                                               or words[tail - 1] == ":" or tail == a) else []
        if len(run) > 1:
            runs.append(run)
        return runs

    def _a_place_in_a_list(self, k: int) -> bool:
        """A small number between capitalised words: a team sheet's places on one line ("1
        Hunter Long 2 Jedda Wurramarrba 3 ...")."""
        piece = self.pieces[k]
        return piece.kind == "number" and piece.text.isdigit() \
            and int(piece.text) <= _TEAM_PLACES and k + 1 < len(self.pieces) \
            and capitalised(self.pieces[k + 1], self.written) \
            and (k == 0 or capitalised(self.pieces[k - 1], self.written))

    def _line_head_runs(self) -> list[list[tuple[int, int]]]:
        """Runs of lines on consecutive lines that open with one to three capitalised words
        and a dash or a colon ("Grace - teas", "Bill – music folders", "Otieno: chairs"): the
        first column of a rota or a register, a list whose items its lines set apart."""
        pieces, text = self.pieces, self.written
        runs: list[list[tuple[int, int]]] = []
        run: list[tuple[int, int]] = []
        for k, piece in enumerate(pieces):
            if k and "\n" not in text[pieces[k - 1].end:piece.start]:
                continue
            head = k
            while head < len(pieces) and head - k < _MAX_NAME_WORDS \
                    and self._capitalised_words(head, head + 1):
                head += 1
            if head > k and head < len(pieces) and pieces[head].text in _COLUMN_MARKS:
                run.append((k, head))
                continue
            if len(run) > 1:
                runs.append(run)
            run = []
        if len(run) > 1:
            runs.append(run)
        return runs

    def _capitalised_words(self, a: int, b: int) -> bool:
        """Pieces [a, b) are one to three capitalised words (a hyphen may join two)."""
        count = sum(p.kind == "word" for p in self.pieces[a:b])
        return 0 < count <= _MAX_NAME_WORDS and all(
            (p.kind == "word" and (capitalised(p, self.written) or (
                k > a and self.words[k - 1] == "-")))
            or (p.text == "-" and a < k < b - 1) for k, p in enumerate(self.pieces[a:b], a))


    def _as_a_role(self, end: int) -> bool:
        """"as" and a role someone holds on an account after word `end` - 1: "... as second
        contact", "... as the main driver", "... as an authorised user"."""
        words, k = self.words, end + 1
        if end >= len(words) or words[end] != "as":
            return False
        while k < len(words) and (words[k] in _DETERMINERS or words[k] in _POSSESSIVE_WORDS
                                  or words[k] in _ROLE_QUALIFIERS):
            k += 1
        return k < len(words) and words[k] in _ACCOUNT_ROLES

    def _in_its_own_script(self, e: int) -> tuple[int, int] | None:
        """Words of another script in brackets right after a name ending at `e`: the name as
        its own script writes it."""
        words, k = self.words, e + 1
        if e >= len(words) or words[e] != "(":
            return None
        while k < len(words) and k - e <= _MAX_NAME_WORDS and words[k].isalpha() \
                and not words[k].isascii():
            k += 1
        return (e + 1, k) if k > e + 1 and k < len(words) and words[k] == ")" else None

    def _put_right_after(self, e: int) -> int | None:
        """The word a name ending at `e` is put right with ("Brian, no, Bryan", "amit, sorry,
        amitabh", "dawn i mean donna"): the same person's name, however the lexicon knows it,
        unless it is a common word ("brian, no, wait") or a title (its own rules take it); set
        against it with "not", a name only the lexicon's names or no word it knows can be."""
        words, k, fixed, contrasted = self.words, e, False, False
        while k < len(words) and k - e < _FIX_REACH and (words[k] in _NAME_FIXES
                                                         or words[k] == "not"):
            fixed = fixed or words[k] in _FIXING
            contrasted = contrasted or words[k] == "not"
            k += 1
        if not (fixed or contrasted) or k >= len(words) or self.pieces[k].kind != "word" \
                or words[k] in _SMALL_WORDS or words[k] in _NAME_FIXES or words[k] in TITLES \
                or words[k] in MONTHS or words[k] in _WEEKDAYS or self.kinds[k] == "E" or (
                    self.kinds[k] == "" and not self.unknown[k]
                    and not (self._capital(k) and name_class(words[k]) == "")) \
                or (self.kinds[k] == "W" and self.cased and not self._capital(k)):
            return None  # (not "Hi Brian, sorry, Quick question", "Kevin, no, Tuesday")
        if not fixed and self.kinds[k] != "N" and not self.unknown[k] and not (
                self._capital(k) and name_class(words[k]) == "" and not common_word(words[k])
                and words[k][:_SAME_START] == words[e - 1][:_SAME_START]):
            return None  # "kevin not keith", "Ezra, not Ezrah"; but "the clinic is Parklands
            # not Dubai"
        return k

    def _people_listed_after(self, e: int) -> list[tuple[int, int]]:
        """The words of a list of people after its first name, which ends at `e`: any word
        where commas enumerate them ("skye, river, and blaze"), else a name-like one."""
        words, out = self.words, []
        aged = self._aged(e - 1)  # "my kids are jack 7, lily 5 and rose 3": each has an age
        j = e + 1 if aged else e
        enumerated = j < len(words) and words[j] == ","
        while j + 1 < len(words) and words[j] in _LIST_JOINERS:
            k = j + 2 if words[j] == "," and words[j + 1] == "and" else j + 1
            if k >= len(words) or not self._plain_list_word(k) or (
                    not enumerated and name_class(words[k]) == "E") or (aged and not self._aged(k)):
                break  # (not "my kids are ana 8, hungry and tired")
            out.append((k, k + 1))
            j = k + 2 if aged else k + 1
        return out

    def _aged(self, k: int) -> bool:
        """Word k is followed by a small number, as a name in a list by its age ("jack 7")."""
        return k >= 0 and k + 1 < len(self.words) and self.pieces[k + 1].kind == "number" \
            and len(self.words[k + 1]) <= 2

    def _opens_people_list(self, s: int) -> bool:
        """The name at `s` opens a list of people: "my kids are skye, ...", "children: ...",
        "two kids with you, Archer and Mila"."""
        words = self.words
        return (s >= 2 and words[s - 1] in ("are", "were", ":")
                and words[s - 2] in _PEOPLE_PLURALS) or self._set_out_after_people(s)

    def _set_out_after_people(self, i: int) -> bool:
        """In text with capitals, a capitalised word set out by a comma shortly after a plural
        of people: who they are ("I've got two kids with you, Archer and Mila"; not a firm's
        word: "Mensah & Sons Motors, Accra")."""
        words = self.words
        return bool(self.cased) and i >= 2 and words[i - 1] == "," and self._capital(i) \
            and self.pieces[i].kind == "word" and words[i] not in FUNCTION_WORDS \
            and i not in self.places \
            and words[i] not in MONTHS and words[i] not in _WEEKDAYS \
            and any(words[k] in _PEOPLE_PLURALS and not self._capital_anywhere(self.pieces[k])
                    and _PLACED_BY.isdisjoint(words[k + 1:i])
                    for k in range(max(0, i - _SET_OUT_REACH), i - 1)) \
            and (i + 1 == len(words) or words[i + 1] in ("and", ",", "&", ".")
                 or (self._capital(i + 1) and name_class(words[i + 1]) in ("N", "W")))

    def _plain_list_word(self, k: int) -> bool:
        """A word that may be a name in a list of people: no function word, no adverb."""
        word = self.words[k]
        return self.pieces[k].kind == "word" and word.isalpha() and word not in FUNCTION_WORDS \
            and word not in NON_NAME and not _afterthought(word)


# Where each of a list of people stands: "i have mary bird first and kyle ahenakew second".
_LIST_POSITIONS = frozenset(("first", "second", "third", "1st", "2nd", "3rd", "next", "last",
                             "primary", "secondary", "backup"))
# Currencies and units a number follows: "Rs. 1,250", "PHP 350", "Ext. 22".
_UNITS = frozenset(phrase for phrase in CONTEXT_PHRASES["KEEP"] if phrase.isalpha())
_PERSONAL_ID_WORDS = frozenset(("id", "staff", "member", "badge", "employee", "emp"))
# Trades that name a firm only with their capital ("Hughes Plumbers"); in lower case they
# may follow someone spoken to ("i asked kevin plumbers are all booked up").
_BEFORE_A_PLAN = frozenset(("the", "under", "on", "your", "our", "my", "a", "to"))
_TAKEN_UP_BY = frozenset(("he'll", "she'll", "he's", "she's", "hell", "shell", "hes", "shes"))
_ROLE_BEFORE_IS = 4  # words: "your tech today is", "your skipper that day would be"
_PLAN_NOUNS = frozenset(("cover", "plan", "package", "tier", "bundle", "subscription",
                         "membership", "scheme", "tariff"))
_TRADE_WORDS = frozenset(("heating", "joinery", "glaziers", "roofers", "locksmiths",
                          "upholstery", "tiling", "maintenance", "printing", "print", "music",
                          "events"))
_TRADES = frozenset(("plumbers", "electricians", "opticians", "florists", "groomers",
                     "hardware", "scaffolding")) | _TRADE_WORDS
_SET_OUT_REACH = 5  # words from a plural of people to the comma before their names
_TEAM_PLACES = 30  # a team sheet's or a list's numbers
_COLUMN_MARKS = frozenset(("-", "–", "—", ":"))  # after a rota line's first column
_SHORTEST_LIST = 4  # items: a shorter list is told by its own names ("Tom, Grace and Hope")
# Plural people a list of names follows: "my kids are skye, river and blaze".
_PEOPLE_PLURALS = frozenset(("kids", "children", "sons", "daughters", "grandkids",
                             "grandchildren", "twins", "brothers", "sisters", "parents",
                             "siblings", "tenants", "drivers", "passengers",
                             "dependants", "dependents", "beneficiaries", "nieces", "nephews"))


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] - 1:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
