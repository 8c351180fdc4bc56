"""Word lists the detectors share, from the language's data file (`data/<lang>/lexicon.json`).

Context phrases are what people say around a value ("card number", "zip code"), not values: the
lists describe how contact-centre calls are conducted, so they carry over to calls this project
has never seen. They live as data, one file per language, so that a linguist edits a list
without touching code; this module says what each list is for and derives the few that are
combinations of others. The file holds lower-case text in the canonical form `normalize`
produces. English is the only pack today: the detectors build their tables from it at import.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
DEFAULT_LANGUAGE = "en"


def language_pack(language: str | None) -> str:
    """The pack for a language tag ("en-GB" reads "en"); a language without a pack reads the
    default one rather than none: privacy first, English cues still catch English cue words in
    a call tagged otherwise."""
    primary = (language or DEFAULT_LANGUAGE).split("-")[0].split("_")[0].lower()
    return primary if (DATA / primary / "lexicon.json").is_file() else DEFAULT_LANGUAGE


@cache
def load(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The language's lists as the data file holds them."""
    path = DATA / language_pack(language) / "lexicon.json"
    return json.loads(path.read_text(encoding="utf-8"))


_PACK = load()


def _combined(owners: tuple[str, ...], heads: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{owner} {head}" for owner in owners for head in heads)


# Whose number it is, and what it is called: "employee id", "client reference", "plan number".
IDENTIFIER_OWNERS: tuple[str, ...] = tuple(_PACK["identifier_owners"])
IDENTIFIER_HEADS: tuple[str, ...] = tuple(_PACK["identifier_heads"])
# The same owners alone announce an identifier only right before it: "Member PG-0077412",
# "HOMEPLUS POLICY HP-3302-8841-07" (not "a member since 2009", "the client call at 9:30").
BARE_IDENTIFIER_OWNERS: tuple[str, ...] = tuple(_PACK["bare_identifier_owners"])
# The business's own references, announced the same way: "your claim id", "the order number".
BUSINESS_OWNERS: tuple[str, ...] = tuple(_PACK["business_owners"])
# Words before "reference" that describe it, not whose it is ("the new reference"): with any
# other word before it no business noun names, a reference is someone's ("tenancy reference").
REFERENCE_QUALIFIERS = frozenset(_PACK["reference_qualifiers"])
# Owners whose "is" states their identifier: "my frequent flyer is QF 8812 4409", "Medicare is
# 2953 81742 1" (not "the super is 1250000", "our plan is 12000000": amounts).
STATED_OWNERS: tuple[str, ...] = tuple(_PACK["stated_owners"])
# What names the business's own reference ("order number", "ticket", "booking ref"): asked for,
# or announced, the long number that follows is the business's.
BUSINESS_REFERENCES = frozenset(_combined(BUSINESS_OWNERS, IDENTIFIER_HEADS) + BUSINESS_OWNERS)

# Entity type -> phrases that announce a value of that type (before it or, rarely, after it).
# The label KEEP marks values that must survive: order numbers, prices, times, quantities.
# PASSWORD phrases ask for one (the answer holds it, `detectors.password`). MEMBER_ID holds the
# bare identifier words ("number", "id", "#"): privacy first, a value with digits after them goes
# unless a KEEP phrase ("order number", "case id") says it is the business's own; every owner
# with every head is added to each side.
# A vehicle word and "is" announce its plate as well as "plate" does ("his car is c y 2559").
# Words of a few frames, where each is explained: a remembered name that is a place after
# "in" or on a journey ("flying to paris"); what opens a correction of a read-back ("no, it
# ends 84"); a saint's name before what such places are ("St Kilda Road"); what is booked with
# someone ("a slot at four with ruaridh").
PLACE_PREPOSITIONS = frozenset(_PACK["place_prepositions"])
JOURNEY_WORDS = frozenset(_PACK["journey_words"])
CORRECTION_OPENERS = frozenset(_PACK["correction_openers"])
# Words that set one value against another in a breath: "it shows 4 June 2007 but it's 14 June
# 2006", "3 May, not 13 May", "05/04, sorry, 04/05".
CONTRAST_WORDS = frozenset(_PACK["contrast_words"])
SAINT_WORDS = frozenset(_PACK["saint_words"])
SAINT_PLACES = frozenset(_PACK["saint_places"])
# What else a security answer's place may be called after its name, beside a street's or a
# saint's kinds: "king edward elementary", "dunluce castle", "bondi beach".
ANSWER_PLACE_KINDS = frozenset(_PACK["answer_place_kinds"])
MEETING_WORDS = frozenset(_PACK["meeting_words"])
# Platforms whose name announces a handle ("my discord is ..."; "discord kacperdoesgames").
PLATFORMS: tuple[str, ...] = tuple(_PACK["platforms"])
# What follows "@" in a payment address (India's UPI: "lakshmi.v84@oksbi", "98765 43210@ybl").
PAYMENT_HANDLES = frozenset(_PACK["payment_handles"])
# How the language's words may begin with two consonants ("br", "st"): a word that begins
# otherwise ("jmorales", "pwidodo") is no word of it, but an initial joined to a name.
WORD_ONSETS = frozenset(_PACK["word_onsets"])
# What is done with a login, in any tense, and the word that links it: "i log on with ...",
# "she signed in as ...", "logging in using ...".
LOGIN_CUES = _combined(tuple(_PACK["login_actions"]), tuple(_PACK["login_links"]))
# What one signs in with that is no login: "sign in with gmail", "log in using face id".
SIGN_IN_MEANS = frozenset(_PACK["sign_in_means"])
# Words that end a clause after a relation without naming anyone: "i asked my son though".
AFTERTHOUGHTS = frozenset(_PACK["afterthoughts"])
# When or where one spoke to someone, after their name: "i spoke to dale yesterday".
WHEN_SPOKEN = frozenset(_PACK["when_spoken"])
# Words that may stand between a card and its expiry, or its expiry and its code, read in one
# breath: "4539 ..., expiring 09/28, and 771", "... exp 0928 cvv 771".
CARD_COMPANION_WORDS = frozenset(_PACK["card_companion_words"])
# How the side asked for a value puts it off ("it's the same one you have on file", "hang on,
# let me find it") and how the asker insists on it ("I need it read out"); the words a yes to
# giving a value opens with, and what it may add about the value ("yes sir, full number").
PUTTING_OFF_WORDS = frozenset(_PACK["putting_off_words"])
# Words of an identity check ("for security, ...", "to verify you"): a question about the
# caller's past asked during one asks for a secret; and those that end it ("that matches").
VERIFYING_PHRASES: tuple[str, ...] = tuple(_PACK["verifying_phrases"])
VERIFIED_WORDS = frozenset(_PACK["verified_words"])
# What only a security question asks about, announced or not: "what city did your parents
# meet in?" starts a check of its own.
SECURITY_QUESTION_PHRASES: tuple[str, ...] = tuple(_PACK["security_question_phrases"])
# ... and what such a question asks about: a life's people, places and firsts.
LIFE_HISTORY_WORDS = frozenset(_PACK["life_history_words"])
# ... or a first or a favourite of it ("your first concert", "your favourite film"), unless
# what follows is a part of a value ("the first line of your address", "first four digits").
LIFE_FIRSTS = frozenset(_PACK["life_firsts"])
NOT_LIFE_FIRSTS = frozenset(_PACK["not_life_firsts"])
# What a street's name ends with where a security question asked for one: "Station Road" (not
# a "car park" or "a long way": words that end other names too).
STREET_KINDS = frozenset(_PACK["street_kinds"])
# What a favourite asked as a security question names that has a title for its answer.
TITLE_KINDS = frozenset(_PACK["title_kinds"])
# An exclamation before an answer, after "oh", "my" or "good" ("oh god", "my goodness", "good
# heavens"): no name and no secret; on its own the same word may be one ("goodness" as a
# memorable word).
EXCLAMATIONS = frozenset(_PACK["exclamations"])
# English words written with accents ("café", "résumé", "rosé"): any other English word so
# written is someone's name ("Réal", "Germán", "Clément").
ACCENTED_ENGLISH = frozenset(_PACK["accented_english"])
# A firm's first word in other languages ("Casa Villaseñor", "Maison Verlaine", "Trattoria Da
# Mario"): the capitalised words after it are the firm's, not a person's.
FIRM_OPENERS = frozenset(_PACK["firm_openers"])
EXCLAIMING = frozenset(_PACK["exclaiming"])
# ... or what the account last did, and for how much: "the amount of your last payment", "how
# much was your most recent top-up"; asked again, how near ("I need it a bit closer than that",
# "to the penny").
AMOUNT_WORDS = frozenset(_PACK["amount_words"])
ACCOUNT_MOVEMENTS = frozenset(_PACK["account_movements"])
# What a question asked back about a request for a value asks ("why do you need that?", "is this
# call recorded?", "do i have to?", "what's it for?", "which one?"), before the value is given.
ASKING_BACK_WORDS = frozenset(_PACK["asking_back_words"])
REQUESTING_WORDS = frozenset(_PACK["requesting_words"])
AFFIRMATIVES = frozenset(_PACK["affirmatives"])
WHOLE_VALUE_WORDS = frozenset(_PACK["whole_value_words"])
# Words around a value read on its own or read back: "so that's ..., correct?", "ok it's ...".
READ_BACK_WORDS = frozenset(_PACK["read_back_words"])
# Words that introduce the number after them and say nothing of one before them: "since
# 2009", "gate 14" (so "ring her on 0412 889 301 at the gate" is no gate's number).
NUMBER_INTRODUCERS = frozenset(_PACK["number_introducers"])
# A business's nouns that name only the value right after them ("opened dispute FD-40318", "job
# 5521"); elsewhere they are plain nouns and announce nothing ("I'll add it to the shipment").
LABELLING_NOUNS = frozenset(_PACK["labelling_nouns"])
# Words after which "one" is a pronoun, no number: "the new one", "which one".
PRONOUN_ONE_AFTER = frozenset(_PACK["pronoun_one_after"])
# How a secret's characters are described after it: "Winter, capital W, then hash 2024".
CHARACTER_WORDS = frozenset(_PACK["character_words"])
# Whom one calls or texts, and where: "call her on", "ring him back on", "text them on" (not
# "call us on": the business's own line; nor "ring them back at 11 45": a time); what is
# texted to a number: "send the code to".
_CONTACT_CUES = _combined(_combined(tuple(_PACK["contact_verbs"]), tuple(_PACK["contact_objects"])),
                          ("on",)) + _combined(  # "text the reminder to 021 447 930"
    _combined(tuple(_PACK["message_verbs"]), tuple(_PACK["message_objects"])), ("to",))
# ... and the verbs alone: what someone will do to reach someone ("Bill will send the invoice").
CONTACT_VERBS = frozenset((*_PACK["contact_verbs"], *_PACK["message_verbs"]))
# How a record is read back: "we have it on file as x j k 4410826", "on the system as ...":
# someone's value, unless the words before name the business's ("the order on file as ...").
RECORDED_AS = tuple(_PACK["recorded_as"])
_ADDED = {"MEMBER_ID": _combined(IDENTIFIER_OWNERS, IDENTIFIER_HEADS) + BARE_IDENTIFIER_OWNERS
          + STATED_OWNERS + RECORDED_AS,
          "PHONE_NUMBER": _CONTACT_CUES,
          "USERNAME": PLATFORMS + LOGIN_CUES,
          "KEEP": _combined(BUSINESS_OWNERS, IDENTIFIER_HEADS) + tuple(sorted(LABELLING_NOUNS)),
          # "my car is ...", and "... for my car AB12 CDE": whose vehicle, then its plate
          # ("the truck's c k z m 412": the vehicle's, said as "is")
          "VEHICLE_PLATE": tuple(f"{vehicle}{is_}" for vehicle in _PACK["vehicle_words"]
                                 for is_ in (" is", "'s"))
          + tuple(f"{owner} {vehicle}" for owner in ("my", "our", "his", "her", "their")
                  for vehicle in _PACK["vehicle_words"])}
CONTEXT_PHRASES: dict[str, tuple[str, ...]] = {
    label: tuple(phrases) + _ADDED.get(label, ())
    for label, phrases in _PACK["context_phrases"].items()
}

# Spoken questions or statements about a person's name: the next utterance probably answers.
NAME_REQUESTS: tuple[str, ...] = tuple(_PACK["name_requests"])

# Labels of typed notes and forms that names follow after a colon: a list of people
# ("attendees: Bill Tran, Hope Strong"), or one person ("recipient: Tom Hargreave, Lower Fold
# Farm, ..."); and the roles of a chat transcript, whose name only a bracket gives ("agent
# (Mere): ..."; after "customer:" comes what they wrote).
PEOPLE_LISTS: tuple[str, ...] = tuple(_PACK["people_lists"])
PEOPLE_LABELS: tuple[str, ...] = tuple(_PACK["people_labels"])
SPEAKER_ROLES: tuple[str, ...] = tuple(_PACK["speaker_roles"])
# ... and the labels of a worker's field ("Driver: Ganbold Tömörbaatar"), taken as strictly:
# what follows may be a firm's or a note ("Technician: Worcester Bosch", "Driver: running
# late"; a courier is mostly a firm: "Courier: Evri Express").
WORKER_LABELS: tuple[str, ...] = tuple(_PACK["worker_labels"])
# Verbs only people are the subject of, in the forms no modal or article can stand before
# ("Heath knows the place", "but Misty said", "Will walked round the car"): the word before
# one, opening a clause, is a person whatever else it could be.
PERSON_VERBS: frozenset[str] = frozenset(_PACK["person_verbs"])
# Irregular past tenses that differ from the verb's plain form ("got", "left"; not "let",
# "put", "read"): with the regular "-ed" forms, what no modal stands before, so "Will" before
# one is a name ("Will changed jobs", "Will left early"; "Will let you know" is the modal).
PAST_TENSE_VERBS = frozenset(_PACK["past_tense_verbs"])

# Words that end a house's or a building's name: "Gull Cottage, 3 Harbour Row", "Sai Krupa
# Apartments, 4th Cross".
HOUSE_NAME_WORDS: tuple[str, ...] = tuple(_PACK["house_name_words"])

# Labels of a typed form's address line ("Domicilio: Calle Licenciado Poza 22, 3º izda., 48011
# Bilbao"): what follows is an address up to its last part with digits.
ADDRESS_LABELS: tuple[str, ...] = tuple(_PACK["address_labels"])

# Car makes: a code in brackets right after a make and model is its plate ("our Lexus RX 350
# (LND 204 GH)", "Skoda Fabia (WPI 77305)").
VEHICLE_MAKES: tuple[str, ...] = tuple(_PACK["vehicle_makes"])
# ... and after a word for a vehicle ("my own car (CJ 07 MUR)"); kept apart from the makes, which
# also tell a product from a person ("van" is a vehicle and a name's particle too).
VEHICLE_WORDS: tuple[str, ...] = tuple(_PACK["vehicle_words"])
# Models and kinds of car ("corsa", "hatchback", "lorry"): a code of letters and digits said
# near one, or near a make or a vehicle word, is its plate ("my white corsa, sk19 xfl").
VEHICLE_MODELS = frozenset(_PACK["vehicle_models"])
# Last words of a business's or an institution's name, legal forms among them: the name-like
# words before one name the business ("Hornsby Vet Hospital", "Okeke & Partners", "Acme GmbH"),
# not a person.
ORG_SUFFIXES = frozenset(_PACK["org_suffixes"])
# What only a business has, after its name: "Wells Fargo support", "the Sky outage"; and what a
# customer holds from one, after "my/your/our/their" and its name: "my British Gas account".
BUSINESS_FUNCTIONS = frozenset(_PACK["business_functions"])
BUSINESS_HOLDINGS = frozenset(_PACK["business_holdings"])
# The words of a business's shared mailbox: "claims@...", "baggage.claims@...", "customer-care@".
ROLE_MAILBOXES = frozenset(_PACK["role_mailboxes"])
# Providers of personal mailboxes: an address there is someone's whatever it is called.
FREE_MAIL_DOMAINS = frozenset(_PACK["free_mail_domains"])
# Words of a product line before its number: "Apple Watch Series 9", "Bosch Serie 6".
MODEL_LINE_WORDS = frozenset(_PACK["model_line_words"])
# Words that say what a code is when it follows them or opens with them, a thing's, no person's:
# "style ZK44", "bay AB12", "CASE-20931" (so neither a plate near a car nor a code in a list of
# people's details).
CODE_LABELS = frozenset(_PACK["code_labels"])

# What a year names ("your 2024 statement") and what a length counts ("your nine-digit tax
# file number"): a number before them is no one's value.
DATED_NOUNS: tuple[str, ...] = tuple(_PACK["dated_nouns"])
LENGTH_WORDS: tuple[str, ...] = tuple(_PACK["length_words"])

MONTHS: dict[str, int] = dict(_PACK["months"])
WEEKDAYS: frozenset[str] = frozenset(_PACK["weekdays"])

# Days that date a birthday without a number ("born on christmas day, 1985"); regular
# expression fragments over canonical text.
HOLIDAYS: tuple[str, ...] = tuple(_PACK["holidays"])

# Street types that come before the name ("12 rue de rivoli", "5 calle mayor") and after it
# with the number following ("hauptstrasse 5"), compound endings ("ostring" is not one: "ring"
# ends English words too, "expiring 0927"), suffixes, and the words of a flat or unit.
STREET_PREFIXES: tuple[str, ...] = tuple(_PACK["street_prefixes"])
STREET_COMPOUND_ENDINGS: tuple[str, ...] = tuple(_PACK["street_compound_endings"])
STREET_SUFFIXES: tuple[str, ...] = tuple(_PACK["street_suffixes"])
# Words of a home ("flat", "apartment", "daire"): its number said alone is part of an address
DWELLING_WORDS: tuple[str, ...] = tuple(_PACK["dwelling_words"])
# ... and with the other parts of a building ("floor", "block", "étage"), an address's unit
UNIT_WORDS: tuple[str, ...] = DWELLING_WORDS + tuple(_PACK["unit_words"])
# Street types that are no one's name ("road", "avenue"; not "park", "hill", "green"): a street
# named with one of them and nothing else is an address line ("Ballyvaughan Road").
STREET_LINE_SUFFIXES: tuple[str, ...] = tuple(_PACK["street_line_suffixes"])
# Regions whose postcodes have no shape of their own: a number of the region's postcode length
# right after one is its postcode ("bondi nsw 2026", "bengaluru, karnataka 560038"). Australian
# states with the ranges their postcodes fall in ("the Privacy Act 1988", "victoria 2019" are
# no postcodes); Indian states and cities, whose PINs are six digits.
AU_POSTCODE_RANGES: dict[str, tuple[tuple[int, int], ...]] = {
    region: tuple((int(low), int(high)) for low, high in
                  (span.split("-") for span in spans.split()))
    for region, spans in _PACK["postcode_regions"]["4"].items()}
PIN_REGIONS: tuple[str, ...] = tuple(_PACK["postcode_regions"]["6"])

# Greetings in the languages callers use: never a name ("hiya", "namaste", "kia ora").
GREETING_WORDS: frozenset[str] = frozenset(_PACK["greeting_words"])
# Greetings that open a turn before an introduction ("morena its tipene ..."): whole words only,
# none of them a given name too ("ola", "hei" are).
OPENING_GREETINGS: frozenset[str] = frozenset(_PACK["opening_greetings"])
# What people call each other that is no name: "thank you, love", "cheers mate".
ENDEARMENTS: frozenset[str] = frozenset(_PACK["endearments"])

# Fillers that may come before a name at the start of an answer ("yeah it's ...").
FILLERS: frozenset[str] = frozenset(_PACK["fillers"])

# Closed-class words (articles, pronouns, prepositions, auxiliaries, conjunctions, fillers):
# never a name, even right after "my name is".
FUNCTION_WORDS: frozenset[str] = frozenset(_PACK["function_words"])

# Words that are not names either, though they could follow "this is", "it's" or "i'm" where
# no name follows ("this is great", "i'm calling about", "it's the billing team").
NON_NAME: frozenset[str] = FUNCTION_WORDS | frozenset(_PACK["non_name_words"])
# ... of which these are given names too, said before a surname: "will okafor", "may patel".
FUNCTION_WORD_NAMES = frozenset(_PACK["function_word_names"])

# Name particles that may sit inside a name ("ludwig van beethoven", "maria de la cruz").
NAME_PARTICLES: frozenset[str] = frozenset(_PACK["name_particles"])

# Words that close a self-introduction ("this is <name> with customer care").
NAME_CLOSERS: frozenset[str] = frozenset(_PACK["name_closers"])

# Honorifics callers of other languages use, each only ever before a name ("Señora Alvarado",
# "Herr Bauer"); English ones that are also ordinary words ("father", "sister") are relations,
# and those that are words of a call too ("pan", "sri", "dom") are left out.
FOREIGN_TITLES: frozenset[str] = frozenset(_PACK["foreign_titles"])
# What people are called by at work ("coach otieno", "pastor adeyemi", "sgt boyle"): before a
# name, but before a common word they are its noun's ("the officer training", "a nurse visit").
JOB_TITLES: frozenset[str] = frozenset(_PACK["job_titles"])
TITLES: frozenset[str] = frozenset(_PACK["titles"]) | FOREIGN_TITLES
# Money's names said after an amount ("five hundred tala", "forty quid"): an amount, not a
# code or a word of a secret.
CURRENCY_WORDS: frozenset[str] = frozenset(_PACK["currency_words"])
# Currency signs written before an amount ("£84.10", "₱500"); not words, so not in the pack.
CURRENCY_SIGNS: frozenset[str] = frozenset("$£€¥₵₦₱₹₩₽₺₪₫₴₸₲₡")
