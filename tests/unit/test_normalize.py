import pytest

from transcript_pipeline.redaction.normalize import normalize


@pytest.mark.parametrize(
    ("spoken", "canonical"),
    [
        ("four one one one double one", "411111"),
        ("triple seven oh two", "77702"),
        ("forty three four four", "4344"),
        ("twenty one", "21"),
        ("nineteen seventy three", "1973"),
        ("two thousand one", "2001"),
        ("one hundred and five", "105"),
        ("one hundred twenty three", "123"),
        ("nine hundred one two three", "900123"),
        ("two thousand and eleven", "2011"),
        ("six hundred and forty thousand", "640000"),  # hundreds of thousands, not 6401000
        ("two hundred twelve thousand three hundred", "212300"),
        ("3744 749355 51270", "374474935551270"),
        ("seven oh five eight, seven five two three", "70587523"),
        ("303-375-6721", "3033756721"),
        ("zero sixty five, sixty four, one double three one", "065641331"),
        ("7... 0... 4... 2", "7042"),  # a transcript's pauses between the groups of one
        ("three nine one… four four", "39144"),
        ("Columbus, OH 43215", "columbus, oh 43215"),  # a state in capitals, no zero
        ("MY NUMBER IS OH FOUR ONE TWO", "my number is 0412"),  # but spoken in capitals
    ],
)
def test_spoken_and_grouped_numbers_become_one_digit_string(spoken: str, canonical: str) -> None:
    assert normalize(spoken).canonical == canonical


def test_ordinals_read_like_typed_dates() -> None:
    assert normalize("march twenty eighth nineteen seventy three").canonical == "march 28th 1973"
    assert normalize("the fourth of july").canonical == "the 4th of july"
    assert normalize("Thirty-first of May").canonical == "31st of may"
    # an ordinal after a whole number is a value of its own: a house number, then the street
    assert normalize("sixty three second street").canonical == "63 2nd street"
    assert normalize("its eighty one twelfth avenue").canonical == "its 81 12th avenue"
    assert normalize("one hundred third").canonical == "103rd"
    assert normalize("one hundred twenty first street").canonical == "121st street"


def test_a_doubled_letter_is_spelled_twice_and_double_u_is_w() -> None:
    assert normalize("l d seven one double e k").canonical == "l d 71 eek"
    assert normalize("double u one a").canonical == "w 1 a"
    assert normalize("double four five").canonical == "445"


def test_a_typed_house_number_and_the_postcode_after_it_stay_apart() -> None:
    assert normalize("Ringstraße 9, 10115 Berlin").canonical == "ringstraße 9, 10115 berlin"
    # spoken groups with commas still join, and so do typed ones with no town after them
    assert normalize("It's 0412, 558, 019").canonical == "it's 0412558019"


def test_one_as_a_pronoun_is_no_number_but_read_in_a_value_it_is() -> None:
    # "the new one", "which one", "one of them" point at a thing; an address cue before them
    # must not take them for a house number.
    assert normalize("the new one is in which one of them").canonical == \
        "the new one is in which one of them"
    assert normalize("flat one, the one two three four").canonical == "flat 1, the 1234"


@pytest.mark.parametrize(
    ("spoken", "canonical"),
    [
        ("it's kimberly seven six at hotmail dot com", "it's kimberly76@hotmail.com"),
        ("j dot smith underscore two at mail dot co dot uk", "j.smith_2@mail.co.uk"),
        ("my email is sarah66@yahoo.com", "my email is sarah66@yahoo.com"),
        ("john underscore doe 1985 at gmail", "john_doe1985@gmail"),
        ("I used to work at yahoo", "i used to work at yahoo"),
    ],
)
def test_spoken_email_symbols(spoken: str, canonical: str) -> None:
    assert normalize(spoken).canonical == canonical


def test_at_without_a_domain_is_left_alone() -> None:
    assert normalize("i live at 42 main street").canonical == "i live at 42 main street"


@pytest.mark.parametrize("spelled", ["y o d e r", "Y-O-D-E-R", "y. o. d. e. r."])
def test_letter_by_letter_spelling_is_joined(spelled: str) -> None:
    assert normalize(f"sure it's {spelled}").canonical.startswith("sure it's yoder")


def test_spoken_ip_and_dates() -> None:
    assert normalize("ten dot one dot two dot thirty").canonical == "10.1.2.30"
    assert normalize("oh three slash fifteen slash eighty").canonical == "03/15/80"


def test_oh_alone_is_an_interjection_and_oh_clock_is_a_time() -> None:
    assert normalize("oh okay").canonical == "oh okay"
    assert normalize("seven oh clock").canonical == "7 oh clock"


def test_offsets_map_back_to_the_original_text() -> None:
    text = "my card is four one one one, double one"
    norm = normalize(text)
    start = norm.canonical.index("411111")
    o_start, o_end = norm.to_original(start, start + 6)
    assert text[o_start:o_end] == "four one one one, double one"


@pytest.mark.parametrize(("spoken", "canonical"), [
    ("it's two two one kilo kilo four four zero eight", "it's 221 kk 4408"),
    ("sierra whiskey one alpha one alpha alpha", "sw 1 a 1 aa"),
    ("it is four kilo seven", "it is 4 k 7"),
])
def test_spelling_alphabet_code_words_among_spelled_characters_are_letters(
        spoken: str, canonical: str) -> None:
    assert normalize(spoken).canonical == canonical


@pytest.mark.parametrize("text", [
    "born twelve november ninety one",  # a month between numbers
    "we stayed at the hotel 5 nights with victor and mike",
    "it was a delta flight",
])
def test_code_words_used_as_words_stay_words(text: str) -> None:
    assert not any(p.kind == "spelled" for p in normalize(text).pieces)


def test_a_clock_time_joins_no_number_around_it() -> None:
    assert normalize("2025-01-19 03:14:09 10.2.3.4 GET").canonical == \
        "20250119 03:14:09 10.2.3.4 get"


def test_a_code_word_after_a_letter_explained_and_a_comma_is_that_letter() -> None:
    assert normalize("S as in Sierra, Papa, 4 1").canonical == "sp, 41"


def test_typed_values_in_dashed_groups_a_comma_separates_stay_apart() -> None:
    pieces = normalize("Dean Okafor,618-20-7741,1990-10-30").pieces
    assert next(p.text for p in pieces if p.kind == "number") == "618207741"
    # one digit at a time, a listener's read-back runs on over its commas
    assert [p.text for p in normalize("That's 0-7-9-4-6, 1-1-3, 5-8-2?").pieces
            if p.kind == "number"] == ["07946113582"]


def test_a_comma_glued_to_digits_with_no_thousands_group_after_separates_columns() -> None:
    numbers = [p.text for p in normalize("LS9 8QT,07700 934218,2.4,17").pieces
               if p.kind == "number"]
    assert numbers[:2] == ["07700934218", "2"]  # a phone, then the next column's figures
    assert "8qt,07700934218" in normalize("LS9 8QT,07700 934218").canonical
    # a thousands group and a speaker's pauses still join
    assert [p.text for p in normalize("it was 12,345,678 and 0 7 7 0 0, 9 3 4").pieces
            if p.kind == "number"] == ["12345678", "07700934"]


@pytest.mark.parametrize(("spoken", "address"), [
    ("i sign in with tomas dot ruiz at outlook dot com", "tomas.ruiz@outlook.com"),
    ("the receipts go under ana underscore b at proton dot me", "ana_b@proton.me"),
])
def test_a_spoken_address_starts_after_the_words_it_is_said_with(spoken: str,
                                                                 address: str) -> None:
    assert normalize(spoken).canonical.endswith(" " + address)


@pytest.mark.parametrize(("spoken", "canonical"), [
    ("its k kilo p papa four four", "its kp 44"),
    ("it's b bravo x x ray nine", "it's bx 9"),
])
def test_a_letter_said_with_its_code_word_is_one_letter(spoken: str, canonical: str) -> None:
    assert normalize(spoken).canonical == canonical
