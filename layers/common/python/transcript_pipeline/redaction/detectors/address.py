"""Street addresses and ZIP codes.

A street address has a shape of its own (house number, street name, a street-type word, maybe a
unit), so it is found by a scan over the canonical text rather than by context; "i live at"
and "the address is" extend it to streets without a type word. A ZIP code is five digits like
any order number, so only context marks it: "zip code" before it, or a street (and maybe a
town) right before it.
"""

from __future__ import annotations

import re

from .. import patterns as rx
from ..lexicon import (
    ADDRESS_LABELS,
    AU_POSTCODE_RANGES,
    BUSINESS_FUNCTIONS,
    CODE_LABELS,
    DWELLING_WORDS,
    FUNCTION_WORDS,
    HOUSE_NAME_WORDS,
    NON_NAME,
    ORG_SUFFIXES,
    PIN_REGIONS,
    STREET_COMPOUND_ENDINGS,
    STREET_KINDS,
    STREET_LINE_SUFFIXES,
    STREET_PREFIXES,
    STREET_SUFFIXES,
    UNIT_WORDS,
    VEHICLE_MAKES,
)
from ..names import common_word, name_class
from .base import SCORE_CONTEXT, Candidate, Detector, digit_count_between

# Words that cannot be part of a street name: they start the next clause instead.
_STOP = (
    "and|or|but|the|of|for|to|at|in|on|is|was|it|i|a|an|my|your|this|that|with|from|zip|"
    "postal|postcode|since|it's|apartment|apt|unit|suite|and|dollars|items|order|please|before|"
    "after|about|until|when|because|than|near|am|pm|"  # "at 7 14 am near golden meadow"
    "we|you|they|he|she|"  # a clause's subject: "then at 3 we close" (no "3 we close")
    "each|either|every|"  # "twenty five euro each way", "£5 either way"
    "euros|pounds|quid|cents|pence|pesos|cedis|naira|rupees|shillings"  # (not "Bucks Road")
)
# What a number counts or times, where it is no house's: "at 10 am, leeds ...", "2 weeks ago,
# bristol ...", "250 pounds, leeds ...".
_NOT_A_STREET_AFTER = (
    "am|pm|a\\.m\\.|p\\.m\\.|o'clock|oclock|ago|years?|weeks?|days?|nights?|times?|minutes?|mins|"
    "hours?|hrs|months?|seconds?|bucks|dollars?|pounds?|quid|euros?|percent|per|items?|boxes|"
    "pieces?|units|adults?|kids|children|people|guests|tickets?|pallets?|bags?|cases?|of|"
    "tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|beds?|"
    "bedrooms?|doors?|floors?|storeys?|branches|stores|shops|sites|locations|offices|houses|"
    "flats|rooms?")
# ... nor what an address's last number counts: "Leeds, 1500 sqft", "1200 deposit".
_COUNTED_AFTER = "sq|sqft|sqm|m2|deposit|rent|pcm|pw|shops|bed|beds|bedroom|bedrooms"
_NOT_COUNTED = (r"(?!\s(?:am|pm|ago|years?|weeks?|days?|nights?|minutes?|mins|hours?|hrs|"
                r"months?|seconds?|bucks|dollars?|pounds?|quid|euros?|percent|per|items?|"
                rf"pieces?|units|adults?|kids|children|people|guests|tickets?|{_COUNTED_AFTER})\b)")
# A street's name: a word, an ordinal ("5th"), or a number after a compass point ("sw 90").
_NAME_WORD = (rf"(?:(?!(?:{_STOP})\b)[^\W\d_][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th)"
              r"|(?:(?<=\b[nsew] )|(?<=\b[ns][ew] ))\d{1,3})")
_SUFFIX = "|".join(sorted(STREET_SUFFIXES, key=len, reverse=True))
_UNIT = "|".join(re.escape(u) for u in UNIT_WORDS)
# The unit number may have a letter read after it ("apartment six b"); "a" and "i" only where
# the clause ends ("apartment 12 a", not "apartment 12 i think").
_UNIT_TAIL = (
    rf"(?:,?\s(?:{_UNIT})\.?\s?#?\s?[a-z0-9-]*\d[a-z0-9-]*"
    r"(?:\s(?:[b-hj-z]|[ai](?=\s*(?:[,.?!]|$)))\b)?)?"
)

# After the street type: a direction ("queen street east"), then maybe the town and county
# ("ashgrove lawn celbridge county kildare").
_DIRECTION = r"(?:\s(?:north|south|east|west|n|s|e|w|ne|nw|se|sw)\b\.?)?"
_COUNTY = rf"(?:,?(?:\s{_NAME_WORD}){{0,2}},?\s(?:county|co\.?)\s[^\W\d_]+)?"
# The street's name may be "the" and its type alone ("9 the crescent", "12 the green") where
# the address line ends there or after its town, not in a clause ("paid 20 the rise was").
_THE_STREET_END_RE = rx.compile(r"\s*(?:[,.?!]|$)")
# What "20 a ..." is a rate of, not a house's letter: "20 a month court fees".
_PER = ("(?:month|week|year|day|night|head|piece|pop|go|time|pound|dollar|euro|hour|minute"
        "|person|ticket|lesson|session|bag|box|bottle|car|litre|liter|pack|dozen|shift|kilo|"
        "unit|item|seat|room|class|visit|pint|glass|plate|meal|child|adult|kid|page|mile)")
_KINDS = "|".join(sorted(STREET_KINDS, key=lambda k: (-len(k), k)))  # a street's own kinds
STREET_RE = rx.compile(  # ("nine a fennel court": a house's letter said apart; not a price's
    # "a": "£5 a ticket either way", "15 a person either way")
    rf"(?<![£$€¥₹₦])\b\d{{1,6}}(?:[a-z]|\s[a-h](?=\s(?!{_PER}\b)))?"
    rf"(?:\sthe(?:\s{_NAME_WORD}){{0,2}}"
    rf"|(?:\s{_NAME_WORD}){{1,3}})"
    rf"\s(?:{_SUFFIX})\b\.?{_DIRECTION}{_UNIT_TAIL}"
    rf"{_COUNTY}"
    # a comma after the house number ("42, Elm Road"), only before a street's own kind (not
    # "2016, then exclamation point", nor the thousands of "₦450,000, first payroll run")
    rf"|(?<![£$€¥₹₦])(?<!\d[,.])\b\d{{1,6}}[a-z]?,(?:\s{_NAME_WORD}){{1,3}}\s(?:{_KINDS})\b\.?"
    rf"{_DIRECTION}{_UNIT_TAIL}"
)
_PREFIX = "|".join(STREET_PREFIXES)
# Street types that are no English word: the house number may follow the name.
_PREFIX_NUMBER_AFTER = "|".join(p for p in STREET_PREFIXES if p not in ("via", "avenue", "plaza"))
_ENDING = "|".join(STREET_COMPOUND_ENDINGS)
# The endings written as a word of their own after the name (not those that are English words).
_SEPARATE_ENDING = "|".join(e for e in STREET_COMPOUND_ENDINGS
                            if e not in ("grand", "gränd", "tie", "str"))
# "12 rue de rivoli", "5, calle mayor", and "hauptstrasse 5", "keizersgracht 123". After a
# street the postcode read next may have been joined to the house number ("storgatan 12,
# 114 51" is one canonical number): the whole number goes.
FOREIGN_STREET_RE = rx.compile(
    rf"\b\d{{1,5}}[a-z]?,?\s(?:{_PREFIX})\.?(?:\s{_NAME_WORD}){{1,4}}"
    rf"|\b[^\W\d_]+(?:-[^\W\d_]+)*-?(?:{_ENDING})\.?\s\d+[a-z]?\b"  # "karl-liebknecht-straße 87"
    rf"|\b{_NAME_WORD}\s(?:{_SEPARATE_ENDING})\.?\s\d{{1,4}}[a-z]?\b"  # "venloer straße 212"
    r"|\b[^\W\d_]+s\sgate\s\d{1,4}[a-z]?\b(?=,|\s\d{4}\b)"  # a Norwegian street, an address
    # line's: "thereses gate 28, 0168 oslo" (not "boarding at heathrows gate 9 now")
    # the number after the name: "calle de alcala 120" (the postcode after it may have been
    # joined to it: "calle de alcala 12028009"); after an English word ("via", "avenue",
    # "plaza") only with a postcode joined ("via giuseppe garibaldi 720121")
    rf"|\b(?:{_PREFIX_NUMBER_AFTER})\.?(?:\s{_NAME_WORD}){{1,4}},?\s(?:no\.?\s)?\d+[a-z]?(?:/\d+[a-z]?)?\b"
    rf"|\b(?:via|avenue|plaza)(?:\s{_NAME_WORD}){{1,3}},?\s(?:\d{{5,}}|\d{{1,4}}[a-z]?(?=,\s\d{{5}}\b))\b"
    # a Korean road address, the building's number before the road (and the flat's before
    # that, its hyphen gone in the canonical text, or joined to it): "101-1503, 2095
    # dalgubeol-daero", "15-3 teheran-ro, gangnam-gu", "10, eulji-ro 5-gil, jung-gu" (a "-ro"
    # or "-gil" only before its district: not "3 micro-ro boards", "12 navarro")
    r"|\b(?:\d{2,8},\s)?\d{1,13}(?:-\d{1,4})?,?\s[^\W\d_]+(?:-?daero\b|-(?:ro|gil)\b"
    r"(?=(?:\s\d{1,3}-gil)?,?\s[^\W\d_]+-(?:gu|si|dong|eup|myeon|gun)\b))"
    r"(?:\s\d{1,3}-gil\b)?"
    r"|\b[^\W\d_]+-(?:daero|ro|gil)(?:\s\d{1,3}-gil)?\s\d{1,5}(?:-\d{1,4})?\b"
    r"(?=,?\s[^\W\d_]+-(?:gu|si|dong|eup|myeon|gun)\b)"  # "sejong-daero 209, jongno-gu"
    # a Japanese block address read as one number: "4-2-8 shibakoen, minato-ku"
    r"|\b\d{1,9}\s[^\W\d_]+,\s[^\W\d_]+-(?:ku|shi|cho|machi|gun)\b"
    # a block and a lot, as Philippine addresses give a house: "blk 7 lot 22, talamban"
    r"|\b(?:blk|block)\.?\s\d{1,4}[a-z]?,?\slot\s\d{1,4}[a-z]?\b"
    # a plot or house number before the street: "plot 14, admiralty way"
    rf"|\b(?:plot|house|house no\.?|door no\.?|flat|shop|apartment|apt|unit|suite)"
    rf"\s\d{{1,5}}[a-z]?,\s"
    rf"(?:{_NAME_WORD}\s){{1,3}}(?:{_SUFFIX})\b"
    # ... or its building, then a road known by its number: "flat 205, lakeview residency, road
    # no. 10", "flat 12, sunrise apartments, street 4"
    rf"|\b(?:plot|house|house no\.?|door no\.?|flat|shop|apartment|apt|unit|suite)"
    rf"\s\d{{1,5}}[a-z]?,(?:\s{_NAME_WORD}){{1,3}},\s"
    r"(?:road|rd|street|st|lane|sector|block|phase|cross|main)\.?\s(?:no\.?\s|number\s)?"
    r"\d{1,4}[a-z]?\b"
)
# A postcode right after a street, maybe after the town: "7 rue de rivoli, 75001 paris",
# "12 oak lane, springfield 62704". Four digits that could be a year are not taken, and the
# words between must be able to name a town (not "12 oak lane, we paid 1500").
# Two-letter words after four digits, not a Dutch postcode's letters: "..., 4410 is the code".
_TWO_LETTER_WORDS = "(?:is|as|if|so|in|at|on|or|to|am|pm|be|by|do|go|he|me|my|no|of|ok|up|us|we|it)"
_NOW_WORDS = (" now", " nowadays", " these days", " at the moment")
_CLAUSE_ENDS_RE = rx.compile(r"\s*(?:[.,;!?)]|$)")
_POSTCODE_AFTER_STREET_RE = rx.compile(
    r"(?:\s(?:now|nowadays|these\sdays|at\sthe\smoment))?"  # "... point road now, 3010"
    rf"(?:,?\s(?:{_UNIT})\.?\s?#?\s?[a-z0-9-]*\d[a-z0-9-]*)?"  # "..., apt 5, 75002 paris"
    rf",?\s(?:in\s)?((?:{_NAME_WORD},?\s){{0,4}})"  # "... state road in parma 44134"
    # US ZIP(+4), 6-8 digits (India, China; Brazil's 5-3 read as one, not a date run together:
    # "20231105"), 3-4 (Japan), 4-3 (Portugal), 4 digits and two letters (Netherlands), 4-digit
    # after a town or state ("bondi nsw 2026"); right after the street a 4-digit year is none.
    rf"(\d{{5}}(?:-\d{{4}})?|\d{{6,7}}|(?!(?:19|20)\d\d[01]\d[0-3]\d)\d{{8}}|\d{{3}}-\d{{4}}|\d{{4}}-\d{{3}}|\d{{4}}\s?(?!{_TWO_LETTER_WORDS}\b)[a-z]{{2}}\b"
    rf"|(?!19|20)\d{{4}}|(?<=[a-z]\s)\d{{4}}"
    # ... and the letters and digits of the UK's, Canada's and Ireland's ("..., pa2 8lh",
    # "..., k1a 0b1", "..., d02 x285")
    rf"|[a-z]{{1,2}}\d[a-z\d]?\s?\d(?!am|pm|ml|pk)[a-z]{{2}}|[a-z]\d[a-z]\s?\d[a-z]\d"
    rf"|[a-z]\d{{2}}\s?(?=[a-z\d]*[a-z])(?=[a-z\d]*\d)[a-z\d]{{4}})\b{_NOT_COUNTED}"
)
# A street's own number after its name, where a postcode follows: "bedok north avenue 2, ...".
# ... and the floor and unit after it ("tampines street 41 #07-22, singapore 520418").
_STREET_S_NUMBER_RE = rx.compile(r" \d{1,3}(?: #\d{3,6})?(?=,)")  # (canonical: "#0722")
# A Nordic house number's staircase letter and flat: "hämeenkatu 23 b 14, 33200 tampere".
_STAIR_AND_FLAT_RE = rx.compile(r" [a-h] \d{1,3}(?=,)")
# Further on in the same address, past its unit and district parts, a postcode beside its town:
# "..., 2n 1a, 08013 barcelona", "..., bat. b, 3e etage, 75011 paris", "..., watthana, bangkok
# 10110", "..., 186 00 praha". Four digits that could be a year are not taken.
_POSTCODE_FORMS = (r"\d{5}(?:-\d{3,4})?", r"\d{3}\s\d{2}", r"\d{2}-\d{3}", r"\d{4}\s?[a-z]{2}",
                    r"\d{6,7}", r"\d{3}-\d{4}")
_POSTCODE = rf"(?:{'|'.join(_POSTCODE_FORMS)}|(?!19|20)\d{{4}})"
_LATER_POSTCODE_RE = rx.compile(
    rf"(?:\.\S{{1,2}}(?:\s[a-z]{{1,6}}\.?)?)?"  # a Portuguese floor and side: ".º Esq.", ".º"
    r"(?:\s(?:tower|block|building|bldg|wing|phase|floor|level|soi|moo|lane|gali)\s\w{1,4})?"
    # "unit 1204 tower 2", "wualai road soi 3, chiang mai 50100" (a Thai lane, a village)
    rf"(?:,\s?[^,;:!?()\n]{{1,24}}){{0,3}},\s?"
    rf"(?:({_POSTCODE}){_NOT_COUNTED}\s({_NAME_WORD})"
    rf"|({_NAME_WORD}(?:\s{_NAME_WORD})?),?\s({_POSTCODE})\b{_NOT_COUNTED})"
)
# An address block's postcode line, alone in its utterance: "22089 Hamburg", "Tokyo 107-0062,
# Japan", "Haifa 3310402" (not "Order 54660" or "Room 4410": the word is a label, no town).
# A town's name has four letters or more and a vowel (not a reference's letters: "UKZ 5530 91",
# "k r c three three one"); four digits alone are too often a quantity ("3000 litres").
_TOWN_WORD = rf"(?!(?:{_STOP})\b)(?=[^\W\d_]*[aeiouyà-ÿ])[^\W\d_]{{4,}}[\w'’.-]*"
_LINE_POSTCODE = f"(?:{'|'.join(_POSTCODE_FORMS)})"
POSTCODE_LINE_RE = rx.compile(
    rf"^\s*(?:({_LINE_POSTCODE})\s((?:{_TOWN_WORD}\s?){{1,3}})"
    rf"|((?:{_TOWN_WORD}\s){{1,3}}),?\s?({_LINE_POSTCODE})(?:,\s{_TOWN_WORD})?)[\s,.]*$"
)
# A street whose number follows its name with no street word, which the postcode and the town
# after it prove to be one: "kounicova 684/37, 602 00 brno", "sonnenallee 187, 12059 berlin".
NUMBER_AFTER_NAME_RE = rx.compile(
    rf"\b{_NAME_WORD}(?:\s{_NAME_WORD}){{0,2}}\s\d{{1,4}}[a-z]?(?:/\d{{1,4}}[a-z]?)?"
    rf"(?=,\s?({_POSTCODE})\s({_TOWN_WORD}))"
)
# A street named with no house number, where nothing else can be meant: alone in an utterance
# (a typed address line, "Ballyvaughan Road") or before the town and a postcode ("Lower Fold
# Farm, Skipton Road, Keighley BD20 6RN").
_NAMED_STREET = rf"(?:{_NAME_WORD}\s){{1,3}}(?:{_SUFFIX})\b\.?"
STREET_LINE_RE = rx.compile(
    rf"^\s*((?:{_NAME_WORD}\s){{1,3}}(?:{'|'.join(STREET_LINE_SUFFIXES)})\b\.?)[\s,.]*$")
# A house number and "the" name a street with no street word the same way: "14 the spinney,
# oadby, le2 4rg".
_THE_STREET = rf"\d{{1,4}}[a-z]?\sthe(?:\s{_NAME_WORD}){{1,2}}"
# Before a town and a postcode the house number and the street's name are an address whatever
# the street's word, where an address line opens: "flat 3, 41 cotham brow, bristol, bs6 6ar"
# (its numbers joined: "flat 341 cotham brow"), "send it to 7 mill vennel, ayr, ka7 1ab".
_NUMBERED_STREET = (rf"\d{{1,5}}[a-z]?(?!\s(?:{_NOT_A_STREET_AFTER})\b)"
                    r"(?!\s[^\W\d_]*[^\W\ds_]s(?:,|$))"  # not a count: "2 chairs", "4
                    # payments" (but "9 nuns island": a plural opens the street's name)
                    rf"(?:\s{_NAME_WORD}){{1,3}}")
_LINE_OPENS = rf"(?:^|,\s|\b(?:to|at|is|it's|its)\s|\b(?:{'|'.join(DWELLING_WORDS)})\.?\s)"
STREET_BEFORE_TOWN_RE = rx.compile(
    rf"(?:(?:^|,\s)({_NAMED_STREET})|(?<![^\s,])({_THE_STREET})|{_LINE_OPENS}({_NUMBERED_STREET}))"
    rf",(?:\s{_NAME_WORD}){{0,3}},?\s$")  # the town may be left out: "6 ard na greine, h91"
ANNOUNCED_STREET_RE = rx.compile(
    rf"\b(?:live at|living at|address is|reside at|located at|moved to)\s"
    rf"(\d{{1,6}}[a-z]?(?:\s{_NAME_WORD}){{1,4}}{_UNIT_TAIL})"
)

# A dwelling's own number said alone ("it's unit 4 now", "flat twelve", "apartment 6b",
# "apartment b, that's why"): part of someone's address wherever it is said. Not a number of
# something else ("a flat 20 dollar fee", "unit 3 of the course", "the apartment 3 weeks ago",
# "the tyre went flat 3 times").
_NOT_A_HOME_AFTER = (
    "years?|weeks?|days?|nights?|times?|minutes?|mins|hours?|hrs|months?|seconds?|bucks|"
    "dollars?|pounds?|quid|euros?|percent|rate|fee|off|per|of|exams?|tests?|assignments?|"
    "lessons?|modules?|courses?|people|guests|adults|kids|rooms|bedrooms|beds|stars?")
DWELLING_RE = rx.compile(
    rf"\b(?:{'|'.join(DWELLING_WORDS)})\.?\s(?:no\.?\s|number\s|#\s?)?"
    r"(?:\d{1,5}[a-z]?|[b-hj-z](?=\s*(?:[,.?!]|$|and\b|thats?\b|that's\b|now\b)))"
    rf"\b(?!\s?(?:%|(?:{_NOT_A_HOME_AFTER})\b))"
)
# Words before "flat" that make it an adjective or a note ("went flat", "d flat"), and words
# shortly before a dwelling's number that make it a business's ("our returns centre, unit 7")
_NOT_A_HOME_BEFORE = frozenset(("went", "gone", "go", "goes", "going", "been", "be", "is", "was",
                                "are", "were", "got", "get", "gets", "fell", "fall", "a", "b", "c",
                                "d", "e", "f", "g"))
_PER_UNIT = frozenset(("a", "per", "each", "every", "an"))
_PRICE_UNITS = frozenset(("cent", "cents", "pence", "p", "penny", "dollars", "pounds", "euros",
                          "quid", "rupees", "rand", "yen"))
# A number and its unit are a quantity, not a house and its street: "eighty-two pounds. Dr.
# Okonkwo", "3 years st. mary's", "500 mg. dr. patel" (units that name streets stay out:
# "Pound Lane", "12 Mile Road", "Stone Street", "Times Square", "Five Points Avenue").
_QUANTITY_UNITS = (_PRICE_UNITS - {"penny", "rand"}) | frozenset((  # (Penny Lane, Rand St)
    "lbs", "lb", "kg", "kgs", "grams", "ounces", "oz", "mg", "mcg", "ml", "milligrams",
    "millilitres", "milliliters", "tablets", "capsules", "miles", "km", "kms", "kilometres",
    "kilometers", "metres", "meters", "feet", "ft", "inches", "yards", "litres", "liters",
    "gallons", "years", "months", "weeks", "hours", "hrs", "minutes", "mins", "percent",
    "nights"))
_REFERENCE_NOUNS = frozenset(("reference", "ref", "confirmation"))
_BUSINESS_BEFORE = frozenset(("our", "centre", "center", "office", "offices", "unit's",
                              *BUSINESS_FUNCTIONS))


def _after_a_time(canonical: str, start: int) -> bool:
    """A house number is no time's minutes: "JL 734 at 11:35 via Tokyo"."""
    return start >= 2 and canonical[start - 1] == ":" and canonical[start - 2].isdigit()


def dwellings(canonical: str) -> list[tuple[int, int]]:
    """Canonical spans of a dwelling's number said on its own (see `DWELLING_RE`)."""
    spans = []
    for m in DWELLING_RE.finditer(canonical):
        before = canonical[max(0, m.start() - 48):m.start()].split()
        if (m[0].startswith("flat") and before[-1:] and before[-1] in _NOT_A_HOME_BEFORE) \
                or not _BUSINESS_BEFORE.isdisjoint(w.strip(",.") for w in before[-5:]) \
                or (len(before) >= 2 and before[-1] in _PER_UNIT and (
                    before[-2] in _PRICE_UNITS or any(ch.isdigit() for ch in before[-2]))) \
                or (before[-1:] and before[-1].strip(":#") in _REFERENCE_NOUNS) \
                or (before[-2:-1] and before[-2] in _REFERENCE_NOUNS
                    and before[-1] in ("is", "'s")):
            continue  # "31.2 cent a unit, 64 cent a day": a price per unit; "your appointment
            # reference is APT 40772": a reference's letters
        spans.append(m.span())
    return spans


# A post office box, and a US state followed by a ZIP code ("austin tx 78701"); ambiguous
# two-letter states ("in", "or", "me", "hi", "ok") are left out.
# "P.O. Box 19884-40123": a box and the post office's code, joined into one number.
PO_BOX_RE = rx.compile(r"\bp\.?\s?o\.?\s?box\s#?\d{1,11}\b")
_STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|"
    "hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|"
    "michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|"
    "new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|"
    "rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|"
    "west virginia|wisconsin|wyoming|ak|az|ar|ca|ct|fl|ga|ia|ks|ky|md|mi|mn|mo|mt|nc|nd|nh|nj|"
    "nm|nv|ny|ri|sc|sd|tn|tx|ut|va|vt|wa|wi|wv|wy|dc|"
    "guam|gu|mh|pw|fm|mp|vi"  # and the territories and freely associated states the US Postal
    # Service delivers to: "Majuro, MH 96960", "Koror PW 96940"
)
# The states whose codes are English words too ("in", "me", "ok") only after a town's comma:
# "Jackson, MS 39211", "Tulsa, OK 74103".
STATE_ZIP_RE = rx.compile(rf"\b(?:{_STATES}),?\s(\d{{5}}(?:-\d{{4}})?)\b"
                          r"|,\s(?:al|co|de|hi|id|il|in|la|ma|me|ms|ne|oh|ok|or|pa|pr)\s"
                          r"(\d{5}(?:-\d{4})?)\b")
def _alternatives(words: object) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


REGION_POSTCODE_RE = rx.compile(
    rf"\b(?:(?P<state>{_alternatives(AU_POSTCODE_RANGES)}),?\s(?P<au>\d{{4}})"
    rf"|(?:{_alternatives(PIN_REGIONS)}),?\s?[-–]?\s?(?P<pin>[1-9]\d{{5}}))\b"
)


def _region_postcodes(canonical: str) -> list[tuple[int, int]]:
    """Postcodes after a region that gives them no shape of their own (see lexicon)."""
    spans = []
    for m in REGION_POSTCODE_RE.finditer(canonical):
        if m["pin"]:
            spans.append(m.span("pin"))
        elif any(low <= int(m["au"]) <= high for low, high in AU_POSTCODE_RANGES[m["state"]]):
            spans.append(m.span("au"))
    return spans


# Japan's postal mark before its seven digits: "〒153-0064".
JP_POSTCODE_RE = rx.compile(r"〒\s?\d{7}\b")
# A full UK postcode has a shape of its own ("m14 5tq", "sw1a 1aa", "ec1a1bb"); no area opens
# with q, v or x, nor has i, j or z second (a booking's "Q 7 L 4 R X" is none).
UK_POSTCODE_RE = rx.compile(r"\b[a-pr-uwyz][a-hk-y]?\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}\b")
# So does a Canadian one ("m5v 2t6": letter digit letter, digit letter digit; no d f i o q u).
CA_POSTCODE_RE = rx.compile(r"\b[abceghj-nprstvxy]\d[abceghj-nprstv-z]\s?\d[abceghj-nprstv-z]\d\b")
# And an Irish Eircode ("d08 x2w6", "v94 x2t7"): a routing key, then four characters from an
# alphabet without b g i j l m o q s u z, at least one of them a letter.
EIRCODE_RE = rx.compile(
    r"\b[ac-fhknprtv-y]\d[\dw]\s?(?=[\d]*[ac-fhknprtv-y])[ac-fhknprtv-y\d]{4}\b"
)


# A house's or building's name right before the street or the number that follows it:
# "gull cottage, 3 harbour row", "the old forge, church lane", "oak house, 14 high st".
HOUSE_NAME_RE = rx.compile(
    rf"\b((?:{_NAME_WORD}\s){{1,3}}(?:{_alternatives(HOUSE_NAME_WORDS)}))"
    rf"(?=,\s(?:\d|(?:{_NAME_WORD}\s){{1,3}}(?:{_SUFFIX})\b))")
_ADDRESS_LABEL_RE = rx.compile(
    rf"(?:^|[\s(|>])(?:{_alternatives(re.escape(w) for w in ADDRESS_LABELS)})\s?[:–-]\s*")
_PART_RE = rx.compile(r"[^,|]+")
_NUMBER_IN_PART_RE = rx.compile(r"\b\d[\d\s-]*\d\b|\b\d\b")  # not "2nd"
# Where a form's address line goes on to something else: "... 28004 madrid. tel. 915 ...".
_ADDRESS_LINE_END_RE = rx.compile(
    r"[.,;]?\s(?:tel|phone|mob|mobile|cell|email|e-mail|fax|bsn|ssn|dob)\b|;\s"
    r"|\s\((?:since|from|until|till|before|after|as of)\b")  # "S6 3QD (since 2021)"


def labelled_address(canonical: str) -> list[tuple[str, int, int]]:
    """A form's address line after its label, whatever the country's format: the street and
    the parts after it up to the last part with digits, and the numbers of that last part (a
    postcode beside its town: "48011 bilbao", "bangkok 10110"); the town and the country that
    end the line stay."""
    found: list[tuple[str, int, int]] = []
    for label in _ADDRESS_LABEL_RE.finditer(canonical):
        stop = _ADDRESS_LINE_END_RE.search(canonical, label.end())
        line_end = stop.start() if stop else len(canonical)
        parts = [m.span() for m in _PART_RE.finditer(canonical, label.end(), line_end)]
        with_digits = [k for k, (a, b) in enumerate(parts)
                       if any(ch.isdigit() for ch in canonical[a:b])]
        if not with_digits:
            continue
        last = with_digits[-1]
        if last == 0:
            found.append(("STREET_ADDRESS", *_stripped(canonical, parts[0])))
            continue
        street_end = last - 1
        if street_end > 0 and street_end not in with_digits \
                and not re.search(r"[^\W\d_]{3,}", _postcode_free(canonical, parts[last])):
            street_end -= 1  # "..., leeds, ls6 3qd": a postcode alone, the town before it
        found.append(("STREET_ADDRESS", _stripped(canonical, parts[0])[0],
                      _stripped(canonical, parts[street_end])[1]))
        start = parts[last][0]
        found.extend(("ZIP_CODE", start + m.start(), start + m.end())
                     for m in _NUMBER_IN_PART_RE.finditer(canonical[start:parts[last][1]]))
    return found


# Words an answer may open with before the address itself: "it's", "yes it's", "sure".
_ANSWER_OPENERS = frozenset(("it's", "its", "it", "is", "yes", "yeah", "sure", "ok", "okay",
                             "um", "uh", "er", "erm", "so", "that's", "thats", "the", "address"))
_STREET_WORDS = frozenset(STREET_SUFFIXES) | frozenset(STREET_LINE_SUFFIXES)
_ANSWER_REACH = 10  # words: an address line, not a story that mentions a road
_CLAUSE_WORDS = FUNCTION_WORDS - {"the", "of", "and", "on", "at", "off", "in", "upon", "by"}


def answered_street(canonical: str) -> tuple[int, int] | None:
    """The answer to "what's the address": from its first word to the last street word in it
    ("apartment twelve the maltings bow lane", "the old manse croft road"), however it is
    built, when the street word comes within an address line's length and a street's name,
    or a house number and "the", stands before it ("the gate on the top track" has neither;
    "twelve the green" has)."""
    words = list(re.finditer(r"\S+", canonical))
    texts = [w[0].strip(",.") for w in words]
    last = next((k for k in range(len(texts) - 1, 0, -1)
                 if texts[k] in _STREET_WORDS and (texts[k - 1] not in FUNCTION_WORDS or (
                     texts[k - 1] == "the" and k > 1 and texts[k - 2].isdecimal()))), None)
    if last is None:
        return None
    k = 0
    while k < last and texts[k] in _ANSWER_OPENERS:
        k += 1
    if k == last or last - k > _ANSWER_REACH or any(t in _CLAUSE_WORDS for t in texts[k:last]):
        return None  # "i think the road was closed": a sentence, not an address
    return words[k].start(), words[last].start() + len(words[last][0].rstrip(","))


def street_name_said(canonical: str) -> tuple[int, int] | None:
    """After a house's number said alone, the street's name said next without its street word,
    maybe with how to spell it ("forty one" / "yep" / "wattle like the tree"): the name's
    words, one to three, none a word of a sentence or of talk ("yes that's right")."""
    words = list(re.finditer(r"[^\s,.!?]+", canonical))
    texts = [w[0] for w in words]
    k = 0
    while k < len(texts) and texts[k] in _ANSWER_OPENERS:
        k += 1
    j = k
    while j < len(texts) and j - k < _NAME_WORDS and texts[j] not in _SPELLING_AIDS:
        if not texts[j].isalpha() or texts[j] in FUNCTION_WORDS or texts[j] in NON_NAME:
            return None
        j += 1
    if j == k or (j < len(texts) and texts[j] not in _SPELLING_AIDS):
        return None
    return words[k].start(), words[j - 1].end()


def street_word_alone(canonical: str) -> tuple[int, int] | None:
    """After a street's name said alone, its street word said next: "... wattle" / "mm hm" /
    "crescent"."""
    words = list(re.finditer(r"[^\s,.!?]+", canonical))
    texts = [w[0] for w in words]
    k = 0
    while k < len(texts) and (texts[k] in _ANSWER_OPENERS or texts[k] in ("and", "then")):
        k += 1
    return words[k].span() if len(texts) == k + 1 and texts[k] in _STREET_WORDS else None


_NAME_WORDS = 3
# How a street's name is spelled for the listener: "wattle like the tree", "as in the bird".
_SPELLING_AIDS = frozenset(("like", "as", "spelt", "spelled", "with"))


def _postcode_free(canonical: str, span: tuple[int, int]) -> str:
    """A part's words once its postcode-like tokens (those with digits) are gone."""
    return " ".join(w for w in canonical[span[0]:span[1]].split()
                    if not any(ch.isdigit() for ch in w))


def _stripped(canonical: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    while start < end and canonical[start] in " .":
        start += 1
    while end > start and canonical[end - 1] in " .":
        end -= 1
    return start, end


def postcode_line(canonical: str) -> tuple[int, int] | None:
    """The postcode of an address block's line that holds only it and its town (the caller
    makes sure no letters read out one by one make the "town", and that the line answers no
    question for another value: "Right... 4 4 0 1 9 8" after a code was asked for)."""
    line = POSTCODE_LINE_RE.match(canonical)
    if line is None:
        return None
    town, code = (2, 1) if line[1] else (3, 4)
    words = re.findall(r"[^\W\d_]+", line[town])
    if not NON_NAME.isdisjoint(words) or not CODE_LABELS.isdisjoint(words) \
            or not FUNCTION_WORDS.isdisjoint(words):
        return None  # "Order 54660", "Thanks 440198": a label, a word, no town
    return line.span(code)


_COMMA_DIGIT_RE = rx.compile(r"\d,\s?\d")
_COUNTY_RE = rx.compile(r"(?<=,\s)(?:co\.?|county)\s(?!council|hall|court|board|office)"
                        r"[^\W\d_]+")


def county_after(canonical: str) -> bool:
    """An Irish county closes an address line here ("..., Co. Leitrim"): a street may be in it
    with no number to show it."""
    return _COUNTY_RE.search(canonical) is not None


def _names_a_street(name: list[str], postcode: str, town: str) -> bool:
    """The words before a number and the word after its postcode can be a street's and a
    town's: not "invoice 2231, 12500 euros", "stock 450, 3000 pieces" (no English word names
    the street, and after four digits, a count's, none the town). Privacy first, a place in a
    building numbered like a house goes too ("hall 5, 80331 münchen")."""
    return NON_NAME.isdisjoint(name) and CODE_LABELS.isdisjoint(name) \
        and FUNCTION_WORDS.isdisjoint(name) \
        and town not in NON_NAME \
        and all(name_class(word) != "E" for word in name) \
        and (len(postcode) != 4 or name_class(town) != "E") \
        and re.fullmatch(_NOT_A_HOME_AFTER, town) is None


def _an_english_gate(street: str) -> bool:
    """ "departures gate 12": an airport's gate after an English word, no Norwegian street
    ("thereses gate 28")."""
    words = street.split()
    return len(words) == 3 and words[1] == "gate" and common_word(words[0])


_VIA_AFTER_A_NUMBER_RE = rx.compile(r"\d+[a-z]?,? via ([^\W\d_]+)")


def _via_by_way_of(street: str) -> bool:
    """"2021 via agency", "1351 via lisbon": the English "by way of" after a number, not an
    Italian street ("4 via nazionale", "8 via dei mille"): the word after it one English text
    holds, or a place."""
    m = _VIA_AFTER_A_NUMBER_RE.match(street)
    return m is not None and (common_word(m[1]) or name_class(m[1]) == "P") \
        and m[1] not in _ITALIAN_PARTICLES  # (a city flown through, "via doha", is a place)


_ITALIAN_PARTICLES = frozenset(("di", "dei", "del", "della", "delle", "degli", "dello", "san",
                                "santa", "santo", "xx"))


def _a_doctor_s(canonical: str, street: str, end: int) -> bool:
    """The street's "Dr" is a doctor's title after a word of referral or care, before their
    name: "34F, referred by Dr Thomas Kurian", "seen with Dr Patel" (not "14 Ocean Dr,
    Ballarat", "88 Riverside Dr Jane Doe", "12 Mulberry Dr. Sarah is home")."""
    words = street.split()
    after = _NEXT_WORD_RE.match(canonical, end)
    return len(words) > 2 and words[-1] == "dr" and words[-2] in _REFERRED_BY \
        and after is not None and name_class(after[1]) in ("N", "W")


_NEXT_WORD_RE = rx.compile(r"\s([^\W\d_]+)")
_REFERRED_BY = frozenset(("by", "with", "see", "seen", "under", "from", "to"))


def _a_car_s_body(street: str) -> bool:
    """A year, a make and a model before "estate": a car's ("the 2018 skoda octavia estate"),
    not a housing estate ("14 Vauxhall Estate", "22 old ford estate")."""
    words = street.split()
    return words[-1].rstrip(".,") == "estate" and _YEAR_RE.fullmatch(words[0]) is not None \
        and not _MAKE_WORDS.isdisjoint(words[1:-2])


_YEAR_RE = re.compile(r"(?:19|20)\d\d")


_MAKE_WORDS = frozenset(make for make in VEHICLE_MAKES if " " not in make)


def _a_reference_s_clause(canonical: str, start: int, end: int) -> bool:
    """A coded reference's digits ("KW-20931"), a number then a modal before the street word's
    verb ("ticket 20931 will close"), or a match across two sentences: no house and street."""
    prefix = _CODE_PREFIX_RE.search(canonical, max(0, start - _CODE_PREFIX), start)
    if prefix is not None and prefix[1] not in UNIT_WORDS \
            and sum(ch.isdigit() for ch in canonical[start:end].split()[0]) >= _CODE_DIGITS:
        return True  # (not "apt-12 long road", "no-7 church road": a house's short number)
    words = canonical[start:end].split()
    return (len(words) == 3 and words[1] in _MODALS) \
        or _SENTENCE_THEN_RE.search(canonical, start, end) is not None


# A sentence's end inside the match, then a question's or a clause's first word: "I need one
# security question. What street did you grow up on?" is no address.
_SENTENCE_THEN_RE = rx.compile(r"[.?!] (?:what|which|where|when|how|who|did|do|does|can|could|"
                               r"would|is|are|was)\b")
_CODE_PREFIX = 8
_CODE_DIGITS = 4
_CODE_PREFIX_RE = rx.compile(r"(?<![\w-])([a-z]{2,5})-$")
_MODALS = frozenset(("will", "would", "shall", "should", "can", "could", "must", "might",
                     "to", "then"))


def find_streets(canonical: str) -> list[tuple[str, int, int]]:
    """Entity type and canonical span of each street address, PO box and self-evident postcode.

    Postcodes are reported as ZIP_CODE so that a policy can keep or drop them apart from
    streets, and the report counts them where a reader looks for them.
    """
    streets = [m.span() for m in STREET_RE.finditer(canonical)
               if (" the " not in m[0] or _THE_STREET_END_RE.match(canonical, m.end()))
               and m[0].split(maxsplit=2)[1].rstrip(".,") not in _QUANTITY_UNITS
               and not _a_car_s_body(m[0]) and not _a_reference_s_clause(canonical, *m.span())
               and not _a_doctor_s(canonical, m[0], m.end())]
    streets.extend(m.span() for m in FOREIGN_STREET_RE.finditer(canonical)
                   if not _via_by_way_of(m[0]) and not _an_english_gate(m[0]))
    if _COMMA_DIGIT_RE.search(canonical):  # most texts have no ", 12059 berlin"
        streets.extend(m.span() for m in NUMBER_AFTER_NAME_RE.finditer(canonical)
                       if _names_a_street(m[0].split()[:-1], m[1], m[2]))
    streets = [span for span in streets if not _after_a_time(canonical, span[0])]
    streets.extend(m.span(1) for m in ANNOUNCED_STREET_RE.finditer(canonical))
    streets.extend(m.span() for m in PO_BOX_RE.finditer(canonical))
    streets.extend(dwellings(canonical))
    postcodes = [m.span() for m in UK_POSTCODE_RE.finditer(canonical)]
    postcodes.extend(m.span() for m in CA_POSTCODE_RE.finditer(canonical))
    postcodes.extend(m.span() for m in EIRCODE_RE.finditer(canonical))
    postcodes.extend(m.span() for m in JP_POSTCODE_RE.finditer(canonical))
    postcodes.extend(m.span(m.lastindex or 1) for m in STATE_ZIP_RE.finditer(canonical))
    postcodes.extend(_region_postcodes(canonical))
    streets.extend(m.span(1) for m in STREET_LINE_RE.finditer(canonical))
    streets.extend(m.span(1) for m in HOUSE_NAME_RE.finditer(canonical)
                   if NON_NAME.isdisjoint(m[1].split()[:-1]))  # not "right outside our house"
    street_starts = {start for start, _ in streets}
    # the town and the street before a postcode, or before an Irish county: "Main Street,
    # Ballinamore, Co. Leitrim"
    anchors = [start for start, _ in postcodes]
    if " co" in canonical:
        anchors.extend(m.start() for m in _COUNTY_RE.finditer(canonical))
    for start in anchors:
        before = STREET_BEFORE_TOWN_RE.search(canonical, max(0, start - 80), start)
        group = (before.lastindex or 1) if before else 1
        if before and before.start(group) not in street_starts:
            streets.append(before.span(group))
            street_starts.add(before.start(group))
    for k, (start, end) in enumerate(streets):
        if unit := _UNIT_BEFORE_RE.search(canonical, max(0, start - _UNIT_REACH), start):
            start = unit.start()  # "6/22 sunnybank road": the unit, then its house number
            streets[k] = (start, end)
        if canonical[end - 1:end].isdigit() and (
                stair := _STAIR_AND_FLAT_RE.match(canonical, end)):
            end = stair.end()
            streets[k] = (start, end)
        if numbered := _STREET_S_NUMBER_RE.match(canonical, end):
            end = numbered.end()  # "412 bedok north avenue 2, #08-115, singapore 460412"
            streets[k] = (start, end)
        after = _POSTCODE_AFTER_STREET_RE.match(canonical, end)
        if after and after[0].startswith(_NOW_WORDS) \
                and not _CLAUSE_ENDS_RE.match(canonical, after.end(2)):
            after = None  # "... Grove now, 4410." (not "... now, 1045 I think": a time)
        if after and not NON_NAME.intersection(re.findall(r"[\w'’.-]+", after[1])):
            postcodes.append(after.span(2))
        elif later := _LATER_POSTCODE_RE.match(canonical, end):
            town, code = (2, 1) if later[1] else (3, 4)
            if NON_NAME.isdisjoint(later[town].split()):
                postcodes.append(later.span(code))
    return [("STREET_ADDRESS", *span) for span in _bridged(canonical, streets)] + [
        ("ZIP_CODE", *span) for span in postcodes
    ]


_UNIT_BEFORE_RE = rx.compile(r"(?<![\w/.-])\d{1,4}[a-z]?/$")
_UNIT_REACH = 6
# What lies between two parts of one address line: its other comma-separated parts ("flat
# 1204, tower b, prestige lakeside habitat, varthur road"), no sentence's end or number.
_DWELLING_OPENS_RE = rx.compile(rf"(?:{'|'.join(DWELLING_WORDS)}|{_UNIT}|blk|block)\b")
_ADDRESS_PARTS_RE = rx.compile(r"(?:,\s?[^\W\d_][^,.;:!?()\n\d]{0,39}){1,3},\s?")


def _bridged(canonical: str, streets: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two parts of one address found apart, and the parts between them, as one address: a
    flat's or a block's number, then its building, then its street ("flat 1204, tower b,
    prestige lakeside habitat, varthur road"); not two addresses ("12 high street, galway, 4
    main street", "unit 4, ..., unit 9"), nor parts with a clause's small words ("..., leeds,
    to manchester, ...") or a business's name ("apartment 3, marriott hotel, grafton street")."""
    spans = sorted(set(streets))
    out: list[tuple[int, int]] = []
    for start, end in spans:
        gap = canonical[out[-1][1]:start] if out and out[-1][1] < start else ""
        words = re.findall(r"[^\W\d_]+", gap)
        if gap and _ADDRESS_PARTS_RE.fullmatch(gap) and _DWELLING_OPENS_RE.match(
                canonical, out[-1][0]) and not _DWELLING_OPENS_RE.match(canonical, start) \
                and not canonical[start].isdigit() and FUNCTION_WORDS.isdisjoint(words) \
                and ORG_SUFFIXES.isdisjoint(words):
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


class StreetAddressDetector(Detector):
    """Announced house numbers ("the address is 42"); whole addresses come from `find_streets`."""

    entity_type = "STREET_ADDRESS"

    def with_context(self, cand: Candidate) -> float | None:
        return SCORE_CONTEXT if digit_count_between(cand, 1, 6) else None


# Postcodes read out letter by letter have their shape once compacted ("b n two one u x").
_POSTCODE_SHAPES = tuple(rx.compile("^" + r.pattern.removeprefix(r"\b").removesuffix(r"\b")
                                    .replace(r"\s?", "") + "$")
                         for r in (UK_POSTCODE_RE, CA_POSTCODE_RE, EIRCODE_RE))


def postcode_shaped(text: str) -> bool:
    """A UK or Canadian postcode or an Eircode, whatever the spacing. Said with nothing to
    announce it, an Eircode opens with one of the routing keys issued (not the "a 2024 cr" of
    "I saw a 2024 CR-V")."""
    compact = "".join(ch for ch in text if ch.isalnum())
    uk, ca, eircode = _POSTCODE_SHAPES
    return uk.match(compact) is not None or ca.match(compact) is not None or (
        eircode.match(compact) is not None and compact[:3] in EIRCODE_ROUTING_KEYS)


# The 139 routing keys of Ireland's Eircodes (2015), a town's or a district's each.
EIRCODE_ROUTING_KEYS = frozenset("""
    a41 a42 a45 a63 a67 a75 a81 a82 a83 a84 a85 a86 a91 a92 a94 a96 a98 c15
    d01 d02 d03 d04 d05 d06 d07 d08 d09 d10 d11 d12 d13 d14 d15 d16 d17 d18 d20 d22 d24 d6w
    e21 e25 e32 e34 e41 e45 e53 e91 f12 f23 f26 f28 f31 f35 f42 f45 f52 f56 f91 f92 f93 f94
    h12 h14 h16 h18 h23 h53 h54 h62 h65 h71 h91 k32 k34 k36 k45 k56 k67 k78 n37 n39 n41 n91
    p12 p14 p17 p24 p25 p31 p32 p36 p43 p47 p51 p56 p61 p67 p72 p75 p81 p85
    r14 r21 r32 r35 r42 r45 r51 r56 r93 r95 t12 t23 t34 t45 t56
    v14 v15 v23 v31 v35 v42 v92 v93 v94 v95 w12 w23 w34 w91 x35 x42 x91 y14 y21 y25 y34 y35
""".split())


class ZipCodeDetector(Detector):
    """US ZIP and ZIP+4, and other countries' postcodes when announced."""

    entity_type = "ZIP_CODE"

    def without_context(self, cand: Candidate) -> float | None:
        if cand.kind in ("code", "alnum") and postcode_shaped(cand.text):
            return SCORE_CONTEXT  # spoken "m five c one s two": a postcode's own shape
        return None

    def with_context(self, cand: Candidate) -> float | None:
        if digit_count_between(cand, 3, 10):
            return SCORE_CONTEXT
        if cand.kind in ("alnum", "code") and 3 <= len(cand.text) <= 8:
            return SCORE_CONTEXT
        return None
