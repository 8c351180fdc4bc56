"""Names by what they are (the lexicon built from real data) and where they sit (slots).

The sentences here are written for these tests, in phrasings none of the corpora use.
"""

from __future__ import annotations

import pytest

from transcript_pipeline.redaction import Redactor
from transcript_pipeline.redaction.names import NameLexicon, encode, lexicon, name_class


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor()


def _goes_and_stays(redactor: Redactor, text: str, gone: tuple[str, ...],
                    kept: tuple[str, ...], whole_words: bool = False) -> None:
    """None of `gone` survives (as a word of its own when `whole_words`), all of `kept`
    does."""
    redacted = redactor.redact_text(text).text
    assert not any((f" {w}" if whole_words else w) in redacted for w in gone), redacted
    assert all(w in redacted for w in kept), redacted


@pytest.mark.parametrize(("word", "kind"), [
    ("oksana", "N"), ("okafor", "N"), ("siobhan", "N"), ("kevin", "N"),  # names only
    ("grace", "W"), ("hope", "W"), ("bill", "W"),  # also common words
    ("drew", "W"), ("heath", "W"), ("misty", "W"),  # ... given names of English-speaking lands
    ("jordan", "P"),  # also a place
    ("faenza", "P"), ("riihimaki", "P"), ("moncada", "P"),  # towns that are rare surnames
    ("antonina", "N"), ("holloway", "N"),  # ... but not a given name or an English surname
    ("isla", "W"), ("siobhan", "N"),  # a child's name ranked in one English-speaking land only
    ("fi", ""), ("meet", "E"),  # ... but not two letters ("Wi-Fi") nor a dictionary's word
    ("malia", "P"), ("leland", "P"),  # names of English-speaking lands, frequent as text
    ("moody", "E"), ("court", "E"),  # ... but dictionary words stay words: "i'm moody today"
    ("picking", "E"), ("travelling", "E"), ("refund", "E"),  # words, never names
    ("zqxwv", ""),
])
def test_the_lexicon_knows_names_from_words(word: str, kind: str) -> None:
    assert name_class(word) == kind


def test_the_lexicon_is_data_and_refuses_anything_else() -> None:
    assert len(lexicon()) > 250_000
    built = NameLexicon(encode({"N": ["abc"], "E": ["walk"]}))
    assert built.classify("abc") == "N" and built.classify("walk") == "E"
    assert built.classify("xyz") == ""
    with pytest.raises(ValueError, match="not a name lexicon"):
        NameLexicon(b"something else entirely")


@pytest.mark.parametrize(("text", "redacted"), [
    # a name on its own evidence, wherever it stands
    ("we spoke with ignatius okonjo on tuesday", "we spoke with [REDACTED_PERSON] on tuesday"),
    ("my grandson tomasz needs access", "my grandson [REDACTED_PERSON] needs access"),
    ("Gabriella's form came back unsigned", "[REDACTED_PERSON] form came back unsigned"),
    # common-word names in their slots
    ("vodacom helpdesk grace speaking", "vodacom helpdesk [REDACTED_PERSON] speaking"),
    ("Please send the forms to Grace Whitfield before noon.",
     "Please send the forms to [REDACTED_PERSON] before noon."),
    ("hi there Hope, I have a question", "hi there [REDACTED_PERSON], I have a question"),
    ("the technician, Bongani, never showed up",
     "the technician, [REDACTED_PERSON], never showed up"),
    ("they call her Nomvula", "they call her [REDACTED_PERSON]"),
    ("Ravindra and Sunita will both sign",
     "[REDACTED_PERSON] and [REDACTED_PERSON] will both sign"),
    ("telstra billing this is april how can i help",
     "telstra billing this is [REDACTED_PERSON] how can i help"),
    # after a greeting of any language; a word no lexicon knows, introduced, opens the name
    ("morena its tipene te kani im ringing about my rates",
     "morena its [REDACTED_PERSON] im ringing about my rates"),
    # reassured as one is greeted
    ("no worries dawn, can you hold a sec", "no worries [REDACTED_PERSON], can you hold a sec"),
    ("no problem ray is there anything else",
     "no problem [REDACTED_PERSON] is there anything else"),
])
def test_names_by_what_they_are_and_where_they_sit(redactor: Redactor, text: str,
                                                   redacted: str) -> None:
    assert redactor.redact_text(text).text == redacted


@pytest.mark.parametrize("text", [
    "I'm moving next week", "I'm picking up the parcel at noon", "I'm travelling on friday",
    "I hope the bill will be lower", "mark the ticket as resolved", "namaste, I need help",
    "cheers, that's all", "I flew to San Diego via Los Angeles", "She moved to Jordan last year",
    "it'll be reissued by Friday.", "Ordered on Black Friday", "the Air Max 90 was too small",
    "thank you for calling Greenfield Wilson Insurance, how can I help",
    "flight UA 837 lands at six", "your reference is VF-558201",
    "budget rent a van speaking how can i help",  # a thing before "speaking"
])
def test_words_that_only_look_like_names_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "redacted"), [
    ("ezinne and i are the joint owners", "[REDACTED_PERSON] and i are the joint owners"),
    ("me and siosaia, we drove up on friday", "me and [REDACTED_PERSON], we drove up on friday"),
    ("tavita is my nephew", "[REDACTED_PERSON] is my nephew"),
    ("was it grant himself who signed", "was it [REDACTED_PERSON] himself who signed"),
    ("me and wren went to the branch", "me and [REDACTED_PERSON] went to the branch"),
    ("my son indigo and i moved", "my son [REDACTED_PERSON] and i moved"),
    ("Ola Nordmann rang about the bill", "[REDACTED_PERSON] rang about the bill"),
])
def test_frames_only_a_person_fills(redactor: Redactor, text: str, redacted: str) -> None:
    assert redactor.redact_text(text).text == redacted


@pytest.mark.parametrize("text", ["it is my son who called", "that is my question",
                                  "this and i think that too",
                                  "a sore throat and i cant talk",
                                  "the dog and i walked home", "the bill itself was fine",
                                  "he will pat himself on the back",
                                  "yes the second driver is my brother"])
def test_the_same_frames_leave_other_words_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


def _dialogue(redactor: Redactor, *turns: str) -> list[str]:
    session = redactor.session()
    return [session.redact(t, "INTERNAL" if i % 2 == 0 else "EXTERNAL").text
            for i, t in enumerate(turns)]


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("could i get the policyholders name", "eilidh nic a phi", ("eilidh", "phi")),
    ("and the name of the second driver?", "tadhg o murchu", ("tadhg", "murchu")),
    ("who's the booking for", "my mother-in-law, Wanjiru Kamau", ("Wanjiru", "Kamau")),
])
def test_a_question_for_a_name_in_any_words_takes_the_answer(
        redactor: Redactor, question: str, answer: str, gone: tuple[str, ...]) -> None:
    redacted = _dialogue(redactor, question, answer)[1]
    assert "[REDACTED_PERSON]" in redacted and not any(w in redacted for w in gone)


@pytest.mark.parametrize(("question", "answer"), [
    ("what's the company name on the invoice", "harbour lights catering"),
    ("who is your energy supplier at the moment", "octopus"),
    ("thank you for calling, my name is idris, may i have your booking code", "z k four"),
])
def test_a_question_for_no_one_s_name_leaves_the_answer(
        redactor: Redactor, question: str, answer: str) -> None:
    assert _dialogue(redactor, question, answer)[1] == answer


@pytest.mark.parametrize(("text", "gone"), [
    ("it's under Ferreira, given name Joy", ("Joy",)),
    ("surname mbeki, middle name hope", ("hope",)),
    ("the guests: Florence, Adaeze and Tomasz", ("Florence", "Adaeze", "Tomasz")),
    ("Send the code to Skye's mobile please", ("Skye",)),
    ("Or use Hazel's: 07700 900 123", ("Hazel",)),
    ("my classmate ngozi can vouch for me", ("ngozi",)),
])
def test_labels_lists_and_owners_point_at_names(redactor: Redactor, text: str,
                                                gone: tuple[str, ...]) -> None:
    redacted = redactor.redact_text(text).text
    assert "[REDACTED_PERSON]" in redacted and not any(w in redacted for w in gone)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Invoice queries to Mrs Nwankwo-Best, please.", ("Nwankwo", "Best"), ()),
    ("the tenant is Sione Taufa-Love from flat 3", ("Sione", "Taufa", "Love", "flat 3"), ()),
    ("Escalated by Min-jun Seo (Busan branch)", ("Min", "jun", "Seo"), ("Busan branch",)),
    ("cc: Marie-Thérèse Lefebvre-Dubois", ("Marie", "Thérèse", "Lefebvre", "Dubois"), ()),
    ("spoke to tevita fifita-moala this morning", ("fifita", "moala"), ("this morning",)),
    # a plain word after a name in lower case is no part of it
    ("a Nokia-style brick of a phone", (), ("style brick",)),
])
def test_a_double_name_goes_whole(redactor: Redactor, text: str, gone: tuple[str, ...],
                                  kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize("text", [
    "Termin am Freitag, 9. Oktober 2026 in Graz.",
    "Livraison prévue jeudi 12 novembre, merci.",
    "Rendez-vous lundi 5 mai à Lyon.",
])
def test_another_language_s_date_is_no_name(redactor: Redactor, text: str) -> None:
    """Month and weekday names of other languages (CLDR's, built into calendar.txt) are names
    of people too ("Freitag", "Jeudi" rank somewhere): beside a day or a year they date."""
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("DOB: 21 octubre 1969", ("21", "octubre")),
    ("call Avril on 3 June", ("Avril",)),  # a day beside another word is no date of the name
    ("Marc, 25, lives with me", ("Marc",)),
    ("She was born on 2 février 1988 in Lille.", ("2 f", "février")),
    ("please ring Julio on 0161 496 0011", ("Julio",)),  # a phone number is no day
])
def test_a_date_in_another_language_is_whole(redactor: Redactor, text: str,
                                             gone: tuple[str, ...]) -> None:
    redacted = redactor.redact_text(text).text
    assert "[REDACTED_" in redacted and not any(w in redacted for w in gone), redacted


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Lance Whitby,lwhitby@example.com,555-21-0987,Gold plan", ("Lance", "Whitby"), ()),
    ("Rewi Mason; 027 555 0188; gate code by the shed", ("Rewi", "Mason"), ("shed",)),
    # a firm's cell and a date's cell in the same kind of row stay
    ("Amaka Obi,amaka@example.com,Northgate Engineering,Fri 6 Jun", ("Amaka", "Obi"),
     ("Northgate Engineering", "Fri 6 Jun")),
    # rows of no one: a product, an order's dates
    ("Order 12345678, Samsung Galaxy, Delivered", (), ("Samsung Galaxy",)),
    ("Apple Watch, 2023-11-30, Refunded", (), ("Apple Watch, 2023-11-30",)),
])
def test_a_record_s_name_cell_is_its_person(redactor: Redactor, text: str,
                                            gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


def test_a_name_heard_before_counted_is_the_word() -> None:
    """"Miles" named the doctor; "twelve miles" is a distance, "ticket 4417 dale" a person."""
    redacted = _dialogue(Redactor(), "i spoke to dr miles okafor", "we are about nine miles away",
                         "my colleague dale mensah will visit", "ok ticket 4417 dale will call")
    assert redacted[1] == "we are about nine miles away" and "dale" not in redacted[3]
    # a year or a time before it is no count
    redacted = _dialogue(Redactor(), "you spoke to mr brooks", "yes", "ok",
                         "since 2019 brooks has paid late")
    assert "brooks" not in redacted[3]


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("we were talking to oksana earlier", ("oksana",), ("earlier",)),
    ("i spoke with priyanka recently about the refund", ("priyanka",), ("recently",)),
    ("so i was speaking to kevin tonight", ("kevin",), ("tonight",)),
    ("i was talking to amrit afterwards", ("amrit",), ("afterwards",)),
    # a surname that is a word, even one in -ly, still goes with the name
    ("my name is jo little", ("jo", "little"), ()),
    ("you're speaking to aoife connolly", ("aoife", "connolly"), ()),
])
def test_a_word_that_ends_the_clause_is_no_surname(redactor: Redactor, text: str,
                                                   gone: tuple[str, ...],
                                                   kept: tuple[str, ...]) -> None:
    """After a sure slot, a name's second word may be any word ("sam little"), but not one that
    says when: an adverb ends the clause about the person."""
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("hello its malia faleolo", ("malia", "faleolo"), ()),
    ("its for kevin and leland", ("kevin", "leland"), ()),
    # dictionary words stay words, and a capital alone makes no name of them
    ("i'm moody today and my son is smiley", (), ("moody today", "smiley")),
    ("The County Court adjourned; a Weaver bird nested in the Dell.", (),
     ("Court", "Weaver", "Dell")),
])
def test_names_that_are_words_of_english_speaking_lands_go_in_a_slot(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    """Given names ranked within 5,000 and surnames within 1,000 in two English-speaking
    countries that no dictionary holds, frequent in English text: class P, names where the
    context says so."""
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("could you ask hope to ring me back", ("hope",), ("ring me back",)),
    ("right ill let dawn know", ("dawn",), ("know",)),
    ("i'll tell summer tonight", ("summer",), ("tonight",)),
    ("get sterling to sign it off", ("sterling",), ("sign it off",)),
    # no name: a department, a pronoun, a word in cased text
    ("ask billing to call me", (), ("billing",)),
    ("i'll tell you that later", (), ("tell you that",)),
    ("Please ask support to grant access.", (), ("support", "grant access")),
])
def test_someone_asked_or_told_in_speech_is_a_person(redactor: Redactor, text: str,
                                                    gone: tuple[str, ...],
                                                    kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept, whole_words=True)


@pytest.mark.parametrize(("text", "kept"), [
    ("there's a charge from something called brightwave media on the third", "brightwave media"),
    ("our accountant dev from pemberton and daughters filed it", "pemberton and daughters"),
    ("The quote from Tane Harris Smash Repairs was $900.", "Tane Harris Smash Repairs"),
])
def test_a_business_named_like_a_person_is_a_business(redactor: Redactor, text: str,
                                                      kept: str) -> None:
    assert kept in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("so it was dawn who picked up last time", ("dawn",), ("picked up last time",)),
    ("i think hunter who handled it has left", ("hunter",), ("handled it",)),
    ("our grandkids are kaia, brook and forest", ("kaia", "brook", "forest"), ()),
    ("it was just faith and her brother at home", ("faith",), ("her brother at home",)),
    ("the bread and my sister's cake", (), ("the bread",)),
    ("the parcel was signed for by dawn at 3pm", ("dawn",), ("at 3pm",)),
    ("it was signed by hand", (), ("signed by hand",)),
    # no person: a role, a thing, adjectives after the relation
    ("the driver who called was rude", (), ("driver who called",)),
    ("my kids are tired and hungry", (), ("tired and hungry",)),
])
def test_who_and_lists_of_people_point_at_names(redactor: Redactor, text: str,
                                                gone: tuple[str, ...],
                                                kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept, whole_words=True)


@pytest.mark.parametrize(("text", "kept"), [
    ("it was paris who said the router was fine", "paris who said"),
    ("i'll tell london office tomorrow", "tell london"),
    ("my name is pat early", None),
    ("my kids are skye, river, and blaze", None),
])
def test_who_tell_and_lists_keep_places_and_take_whole_names(
        redactor: Redactor, text: str, kept: str | None) -> None:
    redacted = redactor.redact_text(text).text
    if kept is None:
        assert "early" not in redacted and "blaze" not in redacted, redacted
    else:
        assert kept in redacted, redacted


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("nah it was tamatea that told me to pay", ("tamatea",), ("told me to pay",)),
    ("honestly it's kauri who deals with the bills", ("kauri",), ("deals with the bills",)),
    ("it was paypal that charged me twice", (), ("paypal", "charged")),  # a brand, known
    ("it was that one that broke", (), ("that one",)),
    ("it was zelvio that charged me twice", (), ("zelvio",)),  # a brand's doing, no list's word
])
def test_someone_a_cleft_sentence_singles_out_is_a_name_even_one_no_list_knows(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept, whole_words=True)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("That's Kemunto Nyaboke?", ("Kemunto", "Nyaboke"), ("That's",)),  # no list knows them
    ("So that's Moraa Kerubo.", ("Moraa", "Kerubo"), ("So that's",)),
    ("Galaxy Watch Ultra Order Confirmation", (), ("Galaxy Watch Ultra",)),  # a title
])
def test_a_sentence_s_first_capital_makes_no_title_of_a_short_line(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("cc @tmwangi for the schedule", ("tmwangi",), ("for the schedule",)),
    ("DM @koabeyta if it breaks", ("koabeyta",), ("if it breaks",)),
    ("raise it with @Support or @BlueRiverBank", (), ("@Support", "@BlueRiverBank")),
    ("it still shows rkaranja88 as the login", ("rkaranja88",), ("as the login",)),
    ("mine is tamaterewi7 i think", ("tamaterewi7",), ("i think",)),
    ("my windows11 laptop and the iphone15", (), ("windows11", "iphone15")),  # products
])
def test_a_handle_or_a_login_typed_in_lower_case_is_someone_s(redactor: Redactor, text: str,
                                                   gone: tuple[str, ...],
                                                   kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize("text", ["I went to st mary's", "it was st. joseph's",
                                  "we met at st john's"])
def test_a_saint_s_place_at_the_end_of_a_text_stays_and_raises_nothing(
    redactor: Redactor, text: str
) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("my nephew will moved in with us", ("will",), ("my nephew", "moved in")),
    ("so anyway will said he'd sign the form", ("will",), ("said he'd sign",)),
    ("our daughter will she's nineteen now", ("will",), ("our daughter", "nineteen")),
    ("we will need it and they will call you", (), ("we will need", "they will call")),
    ("the will says the house goes to her", (), ("the will says",)),
    ("they will asked for it twice", (), ("they will asked",)),  # a slip, not a name
    ("will payments still come out on friday?", (), ("will payments",)),
    ("the refund will takes three days", (), ("refund will takes",)),  # a slip
    ("my father's will says the house is hers", (), ("father's will says",)),
    ("how long will repairs take", (), ("will repairs",)),
])
def test_will_is_a_name_where_no_modal_verb_could_stand(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept, whole_words=True)


@pytest.mark.parametrize("text", ["can you send the engineer to come here on monday",
                                  "does she need to stay here overnight",
                                  "i'd rather not wait here"])
def test_a_verb_before_here_is_no_one_introducing_themself(redactor: Redactor,
                                                            text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("let me pass you to Jordan here, she does refunds",
                                              "Jordan"),
                                             ("i'll hand the phone to robin here", "robin"),
                                             ("did ruby here call you earlier", "ruby")])
def test_a_name_before_here_after_a_handover_or_in_a_question_goes(
        redactor: Redactor, text: str, name: str) -> None:
    _goes_and_stays(redactor, text, (name,), ("here",))


def test_a_company_before_the_comma_of_an_agent_s_opening_is_no_name(redactor: Redactor) -> None:
    _goes_and_stays(redactor, "Good morning, Pinewood Lettings Crawley-Down, Hope speaking.",
                    ("Hope",), ("Pinewood Lettings Crawley-Down",))


@pytest.mark.parametrize("text", ["I have a bill here for last month", "Nah. Not me.",
                                  "Three in the morning? Naw. I was asleep."])
def test_a_thing_before_here_and_a_no_are_no_names(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("yes maam, the report is filed", (), ("yes maam",)),
    ("Good evening madam, how can I help?", (), ("madam",)),
    ("thanks Mr Okafor", ("Okafor",), ("Mr",)),
    ("my team lead ma'am joy approved it", ("joy",), ("ma'am",)),
])
def test_forms_of_address_are_no_names_but_announce_one(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept, whole_words=True)


@pytest.mark.parametrize(("question", "back"), [
    ("who am I speaking with?", "I'm sorry, what?"),
    ("can i take your name please", "excuse me"),
    ("And your surname?", "Pardon?"),
    ("who's calling please", "sorry what"),
    ("Name on the account?", "Come again?"),
])
def test_a_question_back_to_a_name_question_names_no_one_and_the_name_waits(
        redactor: Redactor, question: str, back: str) -> None:
    turns = _dialogue(redactor, question, back, "your name", "Oduya Ferreira-Lund")
    assert turns[1] == back
    assert turns[3] == "[REDACTED_PERSON]"


@pytest.mark.parametrize(("answer", "name"), [("I'm Will.", "Will"), ("it's will", "will"),
                                              ("will", "will"), ("i'm will and i'm calling "
                                                                 "about my bill", "will")])
def test_a_name_that_is_a_small_word_said_alone_where_one_is_asked_goes(
        redactor: Redactor, answer: str, name: str) -> None:
    redacted = _dialogue(redactor, "And your name?", answer)[1]
    assert "[REDACTED_PERSON]" in redacted and name not in redacted.replace("bill", "")


@pytest.mark.parametrize("answer", ["I'm afraid I didn't catch that.", "im so sorry the line "
                                    "cut out", "will do, one second"])
def test_how_the_speaker_is_is_no_name_where_one_is_asked(redactor: Redactor,
                                                          answer: str) -> None:
    assert _dialogue(redactor, "who am i speaking with today", answer)[1] == answer


@pytest.mark.parametrize(("text", "name"), [("northside vets patel, will speaking", "will"),
                                            ("hello, may speaking, how can i help", "may")])
def test_a_small_word_before_speaking_in_an_opening_is_the_agent_s_name(
        redactor: Redactor, text: str, name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text} "


def test_speaking_of_something_names_no_one(redactor: Redactor) -> None:
    text = "yes we will, speaking of which can you send it monday"
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Cool. My case manager used to be Anahera, is she still around?", "Anahera"),
    ("our landlord is otieno and he won't fix it", "otieno"),
    ("my physio was Ngaio.", "Ngaio"),
])
def test_a_word_no_list_knows_said_to_hold_someone_s_role_is_a_name(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["my case manager used to be helpful",
                                  "my doctor was brilliant about it"])
def test_what_a_role_holder_was_like_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("question", "answer", "name"), [
    ("And your first name?", "Bill, sorry.", "Bill"),
    ("Can I take your first name please?", "May, sorry.", "May"),
    ("can i take your first name please", "sorry its may", "may"),
    ("can i get your name please", "tui eh", "tui"),
    ("Can I take your first name please?", "Hemi. Sorry?", "Hemi"),
])
def test_a_name_with_an_apology_or_a_tag_is_no_question_back(
        redactor: Redactor, question: str, answer: str, name: str) -> None:
    assert name not in _dialogue(redactor, question, answer)[1]


def test_a_name_asked_for_waits_through_a_question_back_from_the_same_side(
        redactor: Redactor) -> None:
    session = redactor.session()
    session.redact("Who am I speaking with?", "INTERNAL")
    assert session.redact("Pardon? Sorry?", "EXTERNAL").text == "Pardon? Sorry?"
    assert "Ngaire" not in session.redact("Oh, Ngaire.", "EXTERNAL").text


@pytest.mark.parametrize("answer", ["j k mahuta", "its under a b tipene"])
def test_a_surname_after_initials_goes_with_them(redactor: Redactor, answer: str) -> None:
    out = _dialogue(redactor, "can i get the account holder's full name please", answer)[1]
    assert "mahuta" not in out and "tipene" not in out, out


@pytest.mark.parametrize("text", ["My husband was Polish.", "My brother was Navy.",
                                  "My mum has been Vegan for years.",
                                  "used to be kiwibank same as my mum",
                                  "will speaking to a supervisor help",
                                  "oh yeah he said it goes to his company, that's fine"])
def test_what_someone_was_or_did_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


def test_what_a_relation_did_is_no_name_where_one_is_asked(redactor: Redactor) -> None:
    out = _dialogue(redactor, "Thank you, Florence. Is that really your name?",
                    "It is! My mother loved Italy.")[1]
    assert out == "It is! My mother loved Italy."


def test_a_role_s_holder_after_s_been_is_a_name(redactor: Redactor) -> None:
    assert "anahera" not in redactor.redact_text("my case manager's been anahera for ages").text


@pytest.mark.parametrize(("text", "name"), [
    ("that's the one frank on the desk said someone would ring me", "frank"),
    ("jo at the branch told me it was fine", "jo")])
def test_who_said_something_where_they_work_is_a_name(redactor: Redactor, text: str,
                                                      name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text} "


@pytest.mark.parametrize("text", ["hang on the dogs got the paper",
                                  "the rose in the garden died last week"])
def test_what_happened_somewhere_names_no_one(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Is it the same fella as last time? Paddy? He was lovely.", "Paddy"),
    ("Was it the lady from before? Rose? She sorted it last time.", "Rose"),
    ("Go on then. Can my lad Will drop it off? I'm on shift.", "Will"),
    ("our eldest Priya has the card", "Priya"),
])
def test_a_name_guessed_after_a_person_or_capitalised_after_a_relation_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Is it the same price as last time? Really? Wow.",
                                  "my lad will drop it off later"])
def test_a_word_asked_alone_or_a_modal_after_a_relation_is_no_name(redactor: Redactor,
                                                                   text: str) -> None:
    assert redactor.redact_text(text).text == text


def test_a_small_word_before_speaking_after_a_company_is_the_agent_s_name(
        redactor: Redactor) -> None:
    out = redactor.redact_text("morning you're through to halden bank will speaking how can i help")
    assert " will " not in f" {out.text} ", out.text


@pytest.mark.parametrize(("text", "name"), [
    ("i'll ask my supervisor bill, he signs these off", "bill"),
    ("tell my husband will we're running late", "will"),
    ("thanks jack bye", "jack"),
    ("thank you will, cheers, bye", "will"),
])
def test_a_small_word_after_my_role_or_thanked_before_a_farewell_is_a_name(
        redactor: Redactor, text: str, name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text.replace(',', ' ')} "


@pytest.mark.parametrize("text", ["ok thanks cheers bye", "thanks bye now",
                                  "my husband will pay it", "my mum will ring you back"])
def test_farewells_and_modals_after_a_role_are_no_names(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "company", "name"), [
    ("Morning, you're through to Tallis Mutual, my name's Efua, what can I do for you?",
     "Tallis Mutual", "Efua"),
    ("hiya youre through to pemberton its siobhan how can i help", "pemberton", "siobhan"),
])
def test_the_company_an_agent_is_through_to_stays_when_their_own_name_follows(
        redactor: Redactor, text: str, company: str, name: str) -> None:
    out = redactor.redact_text(text).text
    assert company in out and name not in out, out


@pytest.mark.parametrize(("text", "name"), [("Hello, you're through to Oluwaseun.", "Oluwaseun"),
                                            ("youre through to imogen its about the boiler",
                                             "imogen")])
def test_who_an_agent_is_through_to_with_no_other_name_goes(redactor: Redactor, text: str,
                                                            name: str) -> None:
    assert name not in redactor.redact_text(text).text


def test_the_company_thanked_for_being_chosen_stays(redactor: Redactor) -> None:
    out = redactor.redact_text("thank you for choosing marsden have a good day lucy").text
    assert "marsden" in out and "lucy" not in out, out


@pytest.mark.parametrize(("text", "name", "company"), [
    ("Good morning, Pinecrest Mutual Health, you've reached Rosalind. Can I take your policy "
     "number?", "Rosalind", "Pinecrest"),
    ("thanks for calling harbourside energy youve reached tavita how can i help", "tavita",
     "harbourside"),
    ("thank you for calling northgate motors you've reached grace how can i help", "grace",
     "northgate"),
])
def test_who_you_have_reached_after_the_company_was_named_is_the_agent(
        redactor: Redactor, text: str, name: str, company: str) -> None:
    out = redactor.redact_text(text).text
    assert name not in out and company in out, out


def test_the_company_you_have_reached_first_stays(redactor: Redactor) -> None:
    assert redactor.redact_text("Hi, you've reached Fortnum, how can I help?").text == \
        "Hi, you've reached Fortnum, how can I help?"


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("I spoke to Bill on Tuesday and he said it was sorted.", "Bill", "I spoke to"),
    ("Please pass my thanks to Will for me.", "Will", "Please pass my thanks to"),
    ("leave it with my neighbour will across the hall", "will", "across the hall"),
    ("Fine. If Tomasz co-signs, we can go ahead.", "Tomasz", "co-signs"),
])
def test_a_name_spoken_to_thanked_or_beside_a_hyphenated_prefix_goes_alone(
        redactor: Redactor, text: str, gone: str, kept: str) -> None:
    out = redactor.redact_text(text).text
    assert f" {gone} " not in f" {out} " and kept in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("The gate was open again. Grace from next door is keeping an eye on it.", "Grace"),
    ("hope from across the road was round with the spare key", "hope"),
])
def test_a_name_from_next_door_goes(redactor: Redactor, text: str, name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text} "


def test_what_comes_from_next_door_is_no_one(redactor: Redactor) -> None:
    text = "Noise from next door is the main problem."
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("you're booked with the dental hygienist hope at twenty past two", "hope"),
    ("our optometrist grace, she's lovely, said it's fine", "grace"),
])
def test_a_small_word_naming_a_clinician_before_a_time_or_their_clause_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text.replace(',', ' ')} "


@pytest.mark.parametrize("text", ["the pharmacist line is open till nine",
                                  "the engineer bill is forty pounds",
                                  "ring the employee line on the back of the payslip"])
def test_a_role_s_thing_after_the_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("the table's booked under Hunter", "Hunter"),
                                            ("i think it's under grace, my daughter", "grace")])
def test_whose_name_a_booking_is_under_goes(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["it's still under warranty", "we're well under budget",
                                  "it was filed under may"])
def test_what_a_thing_is_under_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("answer", "name"), [
    ("oh that would be tolu", "tolu"),
    ("hmm that'd be kowalczyk i think", "kowalczyk"),
    ("it'd be tamsin, she looks after the flat", "tamsin"),
    ("that'll be ngaire", "ngaire"),
])
def test_a_name_recalled_with_would_be_answers_a_question_for_one(
        redactor: Redactor, answer: str, name: str) -> None:
    redacted = _dialogue(redactor, "and who's the landlord on the lease?", answer)[1]
    assert name not in redacted


@pytest.mark.parametrize(("question", "answer"), [
    ("what seems to be the trouble", "that'd be the boiler again"),
    ("shall i book the engineer for monday", "that would be grand thanks"),
])
def test_would_be_before_a_common_word_names_no_one(
        redactor: Redactor, question: str, answer: str) -> None:
    assert _dialogue(redactor, question, answer)[1] == answer


@pytest.mark.parametrize("greeting", ["thanks bill i'll just need the postcode",
                                      "cheers bill we're nearly done",
                                      "okay bill let's get that sorted",
                                      "thanks bill i need the last four digits"])
def test_a_known_small_word_name_greeted_before_a_new_clause_goes(
        redactor: Redactor, greeting: str) -> None:
    said = _dialogue(redactor, "can i take your full name please", "it's bill okonjo", greeting)
    assert "bill" not in said[2]


@pytest.mark.parametrize("turn", ["thanks will i be charged for that",
                                  "thanks i'll pay the bill i'll do it now"])
def test_a_modal_or_a_noun_before_a_clause_is_no_name_said_again(
        redactor: Redactor, turn: str) -> None:
    said = _dialogue(redactor, "can i take your full name please", "will bill okafor", turn)
    assert said[2] == turn


@pytest.mark.parametrize("text", [
    "We met outside the Royal Albert Hall before the show.",
    "You're on the Gold Saver tariff until March.",
    "She drives for the Grace Street depot now.",
])
def test_a_capitalised_thing_after_the_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Put the Young case on the bench by the window.", "Young"),
    ("The Hope family moved out in June.", "Hope"),
])
def test_a_surname_before_its_family_or_case_goes_after_the(
        redactor: Redactor, text: str, name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text} "


@pytest.mark.parametrize("text", ["Please don't let me miss August 4th.",
                                  "Best of luck with Saturday's final!",
                                  "it's due june 30 i think"])
def test_a_weekday_or_a_month_before_its_day_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("my cousin Thu lives with us", "Thu"),
                                            ("you're through to Sun-hee, how can I help",
                                             "Sun-hee")])
def test_a_name_spelled_like_a_weekday_s_abbreviation_still_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["it's due tomorrow", "yeah it's due tonight",
                                  "it's free till noon", "it's open by nine"])
def test_how_something_is_and_when_is_no_introduction(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("hi it's hope again about my order", "hope"),
                                            ("I gave it to the Reverend Okafor", "Okafor")])
def test_a_name_after_it_s_or_a_title_after_the_still_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


def test_a_name_heard_with_its_capital_goes_after_the_too(redactor: Redactor) -> None:
    """Privacy first: the same capitalised word as a product's and a colleague's name."""
    text = "Hazel from stores says the Hazel bookcase is back in at £80."
    assert "Hazel" not in redactor.redact_text(text).text


@pytest.mark.parametrize("turn", ["Fine, I'll have the Earl Grey then.",
                                  "Don't read me the PIN, just key it in."])
def test_a_known_name_inside_a_thing_s_capitalised_name_or_an_acronym_stays(
        redactor: Redactor, turn: str) -> None:
    said = _dialogue(redactor, "Who am I speaking with?", "It's Earl Pinnock. Pin to friends.",
                     turn)
    assert said[2] == turn


@pytest.mark.parametrize(("text", "name"), [("Hazel from stores says it's back in", "Hazel"),
                                            ("ivy at payroll told me to ring you", "ivy")])
def test_who_said_something_from_where_they_work_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "kept", "name"), [
    ("Morning, you're through to Northern Rail, my name is Tui, how can I help?",
     "Northern Rail", "Tui"),
    ("hello you've reached the passport office for ireland in bacolod my name is rowena",
     "bacolod", "rowena"),
])
def test_an_agent_s_company_or_town_before_their_name_stays(
        redactor: Redactor, text: str, kept: str, name: str) -> None:
    redacted = redactor.redact_text(text).text
    assert kept in redacted and name not in redacted


@pytest.mark.parametrize("text", [
    "You can apply through Federal Student Aid online.",
    "you've been a member at our dalia location since may",
    "I'm staying with my cousin till friday",
    "i'm dealing with the landlord about it",
])
def test_a_title_cased_body_a_branch_s_town_or_a_verb_before_with_is_no_name(
        redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["thanks for waiting ma'am may i take the card number",
                                  "sorry ma'am will you hold the line a moment"])
def test_a_modal_s_question_after_a_title_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["okay hang on let me find it", "right hold up a second"])
def test_a_verb_s_particle_is_no_name(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("tomorrow's fine my partner will could drop it off", "will"),
    ("good morning northside credit union this is mark in lending", "mark"),
    ("okay i've handed that to will in the payments team", "will"),
    ("A woman at the desk, Brook I think her name was, took the form.", "Brook"),
])
def test_names_after_a_relation_before_a_modal_in_a_team_or_called_a_name_go(
        redactor: Redactor, text: str, name: str) -> None:
    assert f" {name} " not in f" {redactor.redact_text(text).text.replace(',', ' ')} "


@pytest.mark.parametrize("text", ["my husband will, i think", "this is fine in my view",
                                  "i passed the form to will power"])
def test_a_modal_a_state_or_a_thing_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("The account is under the Account Holder Grace Hill", "Grace Hill"),
    ("I'm calling about the Rose Baker file", "Rose Baker"),
    ("I need to update the Young policy", "Young"),
    ("I spoke to the Grace who works nights", "Grace"),
    ("It was the Carol from billing, not the other one", "Carol"),
    ("hi my name is sunday adebayo", "sunday"),
    ("My husband Sunday is the account holder", "Sunday"),
    ("hi it's friday okafor calling about my claim", "friday"),
    ("can you add in adaeze it's her account as well", "adaeze"),
    ("hi it's grace by the way i rang earlier", "grace"),
    ("hello this is fielding from the council", "fielding"),
    ("okay mark over to you", "mark"),
    ("there's an okafor claim as well", "okafor"),
])
def test_what_this_session_s_reviewer_found_leaking_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


def test_a_known_name_asked_about_mid_sentence_is_no_modal(redactor: Redactor) -> None:
    said = _dialogue(redactor, "Hi, my name's Will. How can I help?",
                     "Was that Will I spoke to last time?")
    assert "Will" not in said[1]


@pytest.mark.parametrize(("question", "answer"), [
    ("can i get the name of the company", "that'd be fabrikam"),
    ("what's the name of your bank", "that would be monzo"),
])
def test_a_thing_s_name_asked_for_is_no_one_s(redactor: Redactor, question: str,
                                              answer: str) -> None:
    assert _dialogue(redactor, question, answer)[1] == answer


def test_the_lexicon_knows_common_words_from_rare_ones() -> None:
    """`common_word` is the artefact's C class with W and E: no name class changes for it."""
    from transcript_pipeline.redaction.names import common_word, name_class
    assert all(common_word(w) for w in ("kitchen", "brazil", "goodness", "will"))
    assert not any(common_word(w) for w in ("quokkaville", "ardnacross", "thandeka"))
    assert name_class("brazil") == "" and name_class("kitchen") == "W"


@pytest.mark.parametrize(("text", "name"), [
    ("Sunny can you send the invoice over today?", "Sunny"),
    ("Wiremu can you add my client to the visitor list", "Wiremu"),
    ("Hazel – the printer is fixed, thanks!", "Hazel"),
    ("He and Ngaio own the unit upstairs.", "Ngaio"),
    ("she and tolulope went to the branch", "tolulope"),
    ("back on Monday. xx Marama", "Marama"),
])
def test_whom_a_note_addresses_or_signs_or_a_pronoun_s_partner_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Update – new prices from Monday.", "Tokyo – flights delayed",
                                  "Please can you ring me back?", "he and the dog went out",
                                  "He and Amazon have been going back and forth"])
def test_a_note_s_subject_or_a_thing_beside_a_pronoun_stays(redactor: Redactor,
                                                           text: str) -> None:
    assert redactor.redact_text(text).text == text


def test_a_name_in_typed_text_ends_at_its_first_lower_case_word(redactor: Redactor) -> None:
    out = redactor.redact_text("I enjoyed Ms Lund's column on rents.").text
    assert "Lund" not in out and "column on rents" in out


@pytest.mark.parametrize(("text", "name"), [
    ("the ute's booked but Tāwhiri is driving it", "Tāwhiri"),
    ("Mākena said the gate code changed", "Mākena"),
])
def test_a_rare_capitalised_word_doing_what_people_do_is_a_name(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "kept"), [
    ("Monzo is charging me twice for it", "Monzo"),
    ("Our branch in Matosinhos told me to write", "Matosinhos"),
])
def test_a_brand_s_doing_or_a_town_before_a_verb_is_no_name(redactor: Redactor, text: str,
                                                            kept: str) -> None:
    assert kept in redactor.redact_text(text).text


@pytest.mark.parametrize(("question", "answer"), [
    ("Can I take the name of the account holder?", "Dawn"),
    ("what's the name of the store manager you spoke to", "yeah it was holly"),
])
def test_the_name_of_a_person_described_by_a_thing_is_asked_for(
        redactor: Redactor, question: str, answer: str) -> None:
    said = _dialogue(redactor, question, answer)[1]
    assert said != answer


@pytest.mark.parametrize(("text", "name"), [
    ("This is Jane mbeki-odhiambo, account holder", "mbeki"),
    ("it's wednesday from nine till twelve", ""),
])
def test_what_a_second_review_found(redactor: Redactor, text: str, name: str) -> None:
    out = redactor.redact_text(text).text
    assert (name not in out) if name else out == text


@pytest.mark.parametrize(("turn", "name"), [
    ("so my daughter ivory couldn't come in for the fitting", "ivory"),
    ("my brother onyx can pick it up from the depot", "onyx"),
    ("yeah my wife marvel took the kids to the clinic", "marvel"),
])
def test_a_common_word_after_a_relation_that_is_the_subject_of_a_verb_is_a_name(
        redactor: Redactor, turn: str, name: str) -> None:
    assert name not in redactor.redact_text(turn).text.split()


@pytest.mark.parametrize("turn", ["my son always said it was fine", "my wife just rang me",
                                  "my husband never got the letter", "my mum still has it"])
def test_an_adverb_or_a_verb_after_a_relation_is_no_name(redactor: Redactor, turn: str) -> None:
    assert redactor.redact_text(turn).text == turn


@pytest.mark.parametrize(("turn", "rest"), [
    ("the transfer went to mwende kamau on tuesday", "mwende"),
    ("okay i have dr awino at nine or dr chebet kamau at two", "chebet"),
])
def test_a_word_no_data_holds_beside_a_name_is_the_rest_of_it(redactor: Redactor, turn: str,
                                                             rest: str) -> None:
    assert rest not in redactor.redact_text(turn).text


def test_a_company_before_a_name_introduced_stays(redactor: Redactor) -> None:
    out = redactor.redact_text("kia ora youre through to kowhaitech wanjiru speaking").text
    assert "kowhaitech" in out and "wanjiru" not in out


@pytest.mark.parametrize(("turn", "name"), [
    ("oh hi bill it's dorothy from number six", "bill"),
    ("yeah hello will this is ade again", "will"),
])
def test_a_name_greeted_after_an_opening_sound(redactor: Redactor, turn: str, name: str) -> None:
    assert name not in redactor.redact_text(turn).text.split()


@pytest.mark.parametrize(("turn", "name"), [
    ("there was a young fella called will and he sorted it", "will"),
    ("his name's william but the whole office calls him bill", "bill"),
    ("a lady named may, she was lovely", "may"),
])
def test_a_function_word_name_after_naming_words_where_its_clause_ends(
        redactor: Redactor, turn: str, name: str) -> None:
    assert name not in redactor.redact_text(turn).text.split(), redactor.redact_text(turn).text


@pytest.mark.parametrize("turn", [
    "good afternoon you're through to the lettings team at kerrow homes i'm bill can i take "
    "the property address",
    "thanks for calling ardmore energy i'm will how can i help",
])
def test_an_agent_s_i_am_with_a_function_word_name(redactor: Redactor, turn: str) -> None:
    out = redactor.redact_text(turn).text.split()
    assert "bill" not in out and "will" not in out


@pytest.mark.parametrize("turn", ["i'm bill paying every month by card",
                                  "i'm may be able to come in friday"])
def test_a_function_word_name_s_word_stays_outside_those_slots(redactor: Redactor,
                                                                turn: str) -> None:
    assert redactor.redact_text(turn).text == turn


@pytest.mark.parametrize(("text", "name"), [
    ("Joy from accounts says the invoice is wrong.", "Joy"),
    ("Sorry for the delay. Mark from your billing team promised a call back.", "Mark"),
    ("Update: Honey is driving the van today, back by six.", "Honey"),
    ("Thanks all. Hunter will ring the supplier first thing.", "Hunter"),
])
def test_a_capitalised_word_name_that_does_what_people_do(redactor: Redactor, text: str,
                                                          name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["We fly to Florence from Heathrow on Monday.",
                                  "Summer is coming fast, book early.",
                                  "Hope to see you at the fair.",
                                  "Spring is arriving early this year."])
def test_a_capitalised_word_that_names_no_one_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("Two pending: $8.75 at Hudson News at 7:12, and $64.30 at a Shell station.", "Hudson News"),
    ("Two pending: $8.75 at Hudson News at 7:12, and $64.30 at a Shell station.", "Shell"),
    ("She says it was the dance hall. She knows my family better than I do.", "She says"),
    ("The courier said Kowalski Motors had already signed for it.", "Kowalski Motors"),
])
def test_a_business_named_like_a_person_and_a_pronoun_stay(redactor: Redactor, text: str,
                                                           kept: str) -> None:
    assert kept in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("Yeah, hi, this is Wade King from the co-op.", "King"),
    ("Please reset the password for Queenie Fields today.", "Fields"),
    ("Don't mix it up with the Young case on the bench.", "Young"),
])
def test_a_surname_that_is_a_word_too_still_goes(redactor: Redactor, text: str,
                                                 name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", [
    "Sky will call me back about the engineer.", "Chase is refusing to refund the charge.",
    "Post from your old address is being redirected now.", "Max from your plan is 40 gigs.",
    "my son school is closed today", "my dad pension is paid into this account",
    "the works should all go by may, that's what they said"])
def test_what_this_session_s_reviewer_found_taken_for_a_name_stays(redactor: Redactor,
                                                                   text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("I've passed it to Julie Bennett Travel Consultant and she'll call you.", "Bennett",
     "she'll call you"),
    ("i paid with klarna sarah said that was fine", "sarah", "klarna"),
])
def test_what_this_session_s_reviewer_found_missing_from_a_name_goes(
        redactor: Redactor, text: str, gone: str, kept: str) -> None:
    out = redactor.redact_text(text).text
    assert gone not in out and kept in out


@pytest.mark.parametrize(("line", "name"), [
    ("Aye, our Lincoln's getting his keys on Friday.", "Lincoln"),
    ("oh i know hope's been on at me about it", "hope"),
    ("and bill's just rung me about the boiler", "bill"),
])
def test_one_of_the_family_doing_something_is_named(redactor: Redactor, line: str,
                                                    name: str) -> None:
    assert name not in redactor.redact_text(line).text


@pytest.mark.parametrize("line", ["our kitchen's been flooded twice", "well summer's been lovely",
                                  "i know sky's been down all week", "the Sky box's been slow"])
def test_a_thing_or_a_season_that_has_been_so_stays(redactor: Redactor, line: str) -> None:
    assert redactor.redact_text(line).text == line


@pytest.mark.parametrize(("line", "name"), [
    ("i've passed it to jack our night manager so he'll ring you", "jack"),
    ("they did every house apart from mine and dawn next door", "dawn"),
    ("Send it to Hope, my landlord, please.", "Hope"),
])
def test_a_name_followed_by_who_the_person_is_goes(redactor: Redactor, line: str,
                                                   name: str) -> None:
    assert name not in redactor.redact_text(line).text


@pytest.mark.parametrize("line", ["i hope my manager will sign it",
                                  "the bill our accountant sent was wrong",
                                  "a mark your teacher made on the form"])
def test_a_word_before_someone_s_role_stays(redactor: Redactor, line: str) -> None:
    assert redactor.redact_text(line).text == line


@pytest.mark.parametrize("reply", ["hang on", "give me a second", "bear with me",
                                   "hold on a sec love"])
def test_a_name_answer_put_off_names_no_one(reply: str) -> None:
    session = Redactor().session()
    session.redact("and the name on the account please", "INTERNAL")
    assert session.redact(reply, "EXTERNAL").text == reply


@pytest.mark.parametrize("line", ["my gran's place in mayo is where we stay",
                                  "it's my oma's old flat", "my lola sends her love"])
def test_a_grandparent_by_a_family_word_is_no_name(line: str) -> None:
    assert Redactor().session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("line", "name"), [
    ("Hold on. Summer? Do you know the broadband password?", "Summer"),
    ("hang on grace what did we put for the password", "grace"),
    ("it's his phone, hang on. Kofi, read that out.", "Kofi"),
    ("yeah hold on mark where's the letter", "mark"),
])
def test_someone_beside_the_caller_spoken_to_is_named(line: str, name: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert name not in out, out


@pytest.mark.parametrize("line", ["Lovely, what's next then?", "Sorry? Do you mean the account?",
                                  "Tuesday? Can you do Tuesday?", "Great, can you send it?",
                                  "Visa? Do you take visa?", "hang on what did you say"])
def test_a_word_before_a_question_that_is_no_one_is_kept(line: str) -> None:
    assert Redactor().session().redact(line, "EXTERNAL").text == line


def test_a_name_spoken_to_stops_before_a_contracted_question_word() -> None:
    out = Redactor().session().redact("hold on kofi where's the letter", "EXTERNAL").text
    assert out == "hold on [REDACTED_PERSON] where's the letter", out


@pytest.mark.parametrize("surname", ["o'loughlin", "d'souza", "O'Neill"])
def test_a_surname_after_an_apostrophe_prefix_is_a_name(surname: str) -> None:
    assert name_class(surname.lower()) == "N"
    session = Redactor().session()
    session.redact("your full name and date of birth please", "INTERNAL")
    out = session.redact(f"frank {surname} fourth of may seventy one", "EXTERNAL").text
    assert surname not in out and "frank" not in out, out


@pytest.mark.parametrize("word", ["o'clock", "d'accord"])
def test_a_word_after_an_apostrophe_prefix_is_no_name(word: str) -> None:
    assert name_class(word) == ""


def test_we_ve_before_what_people_do_is_no_name() -> None:
    line = "we've texted you a one time code can you read that back to me"
    assert Redactor().session().redact(line, "INTERNAL").text == line


@pytest.mark.parametrize(("line", "gone"), [
    ("Thanks. Dr Hemi Parata has a slot Thursday at 10:15.", "Hemi"),
    ("You'll see Dr Hemi Parata on Thursday.", "Hemi"),
])
def test_a_capitalised_word_after_dr_is_a_name_whatever_else_it_is(line: str,
                                                                   gone: str) -> None:
    out = Redactor().session().redact(line, "INTERNAL").text
    assert gone not in out and "Thursday" in out, out


@pytest.mark.parametrize("line", ["I live on Oak Dr near the park.", "the Dr said it was fine"])
def test_dr_as_a_street_or_alone_names_no_one(line: str) -> None:
    assert Redactor().session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("line", "gone"), [
    ("morning ciara, bill okafor here, ringing about a claim", "bill"),
    ("hi, may adeyemi speaking", "may"),
])
def test_a_name_that_is_a_word_before_a_surname_goes_with_it(line: str, gone: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert gone not in out.split(), out


def test_a_name_set_against_another_with_not_goes() -> None:
    out = Redactor().session().redact(
        "And the passenger name is spelt wrong, it should be Ezra, not Ezrah.", "EXTERNAL").text
    assert "Ezra" not in out, out


@pytest.mark.parametrize(("line", "town"), [
    ("It's 4410 Cedar Lane, Lincoln, NE 68508.", "Lincoln"),
    ("It is 9 Acacia Road, Bacoor, 4102", "Bacoor"),
])
def test_a_town_between_a_street_and_its_postcode_is_kept(line: str, town: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert town in out and "Cedar" not in out and "Acacia" not in out, out


@pytest.mark.parametrize(("line", "town"), [
    ("Yeah, hi, this is Wade out in Kingman. We got hailed on last night.", "Kingman"),
    ("He's up in Cunningham and he don't drive much anymore.", "Cunningham"),
])
def test_a_town_after_where_someone_is_is_kept(line: str, town: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert town in out, out


def test_a_person_in_someone_s_name_is_still_redacted() -> None:
    out = Redactor().session().redact("it's all in aoife now, and put it in Hunter's name",
                                      "EXTERNAL").text
    assert "aoife" not in out and "Hunter" not in out, out


def test_someone_shouted_for_then_asked_is_named() -> None:
    out = Redactor().session().redact(
        "Um... hang on. Kojo! What was my first dog called?", "EXTERNAL").text
    assert "Kojo" not in out, out


@pytest.mark.parametrize("line", ["London? Do you know which branch?", "Sky, how can I help?",
                                  "hold on london is where i bought it",
                                  "Lagos, how long were you there?", "Great! What do you need?",
                                  "Mercedes? Do you have the agreement number?"])
def test_a_place_a_brand_or_praise_before_a_question_is_kept(line: str) -> None:
    assert Redactor().session().redact(line, "EXTERNAL").text == line


def test_a_spoken_honorific_goes_with_the_name() -> None:
    out = Redactor().session().redact("thank you is this mister begay", "INTERNAL").text
    assert out == "thank you is this [REDACTED_PERSON]", out


@pytest.mark.parametrize(("line", "kept"), [
    ("I'm on Ocean Dr Miami Beach", "Miami"), ("d'you need the long number", "d'you"),
    ("o'kay that's fine", "o'kay"),
    ("Hi it's Priya, not Monzo, I'm calling about Starling.", "Monzo")])
def test_drive_contractions_and_brands_set_against_a_name_are_no_names(line: str,
                                                                      kept: str) -> None:
    assert kept in Redactor().session().redact(line, "EXTERNAL").text


@pytest.mark.parametrize("line", ["Grace? Do you mean I get extra time?",
                                  "Sky, what can I do for you today?",
                                  "Champion, tell me what happens next.",
                                  "hold on fella where's the bill",
                                  "I have a Dr Appointment on Tuesday."])
def test_words_asked_about_offers_and_brands_are_no_one_spoken_to(line: str) -> None:
    assert Redactor().session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("line", "gone"), [
    ("Actually use my wife's, she'll be with the car. Temi, 07700 900123.", "Temi"),
])
def test_a_name_then_a_comma_and_a_number_to_call_goes(line: str, gone: str) -> None:
    assert gone not in Redactor().session().redact(line, "EXTERNAL").text


@pytest.mark.parametrize("line", ["Sure, 07700 900123.", "Lovely, 07700 900123",
                                  "Yes. Mobile, 07700 900123.", "Work, priya@example.com",
                                  "Text. Sunday, 07700 900123 after six.",
                                  "Hmm. Lagos, +234 803 555 0199", "Note: Sky, 0333 759 1018"])
def test_a_label_or_a_yes_before_a_number_is_kept(line: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert out.split(",")[0] == line.split(",")[0], out


@pytest.mark.parametrize(("line", "gone"), [
    ("Wairimu from our Mombasa office will call you.", "Wairimu"),
    ("Kipchumba from the billing team said it was paid.", "Kipchumba"),
    ("Thanks. Odhiambo from HR will send the form.", "Odhiambo"),
    ("Nyambura's husband will sign the form.", "Nyambura"),
    ("Otieno from your billing team promised a refund.", "Otieno"),
    ("Wairimu from HR is off sick today.", "Wairimu"),
    ("Ngaire's son Tom will ring you.", "Ngaire"),
])
def test_a_word_no_list_knows_from_someone_s_team(line: str, gone: str) -> None:
    """Capitalised words the name data lacks (Kenyan names here) opening a clause before
    "from" and a team of someone's, then what people do, or owning a relation: a person, where
    a brand or a town is not."""
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert gone not in out, out


@pytest.mark.parametrize("line", [
    "We flew to Rotorua from our base in Auckland.",
    "I ordered Sodastream from your website and it never arrived.",
    "I told Afterpay about the refund last week.",
    "Thanks to Ocado for the speedy delivery!",
    "Drop it with Paknsave next door please.",
    "Centrelink paid his benefit late.",
    "I bought the kettle last week. Briscoes",
    "Please send 2 x Kombucha",
    "thanks a lot vodafone you dropped my call",
    "You charged me $20 for calls on 0800 123 456 which should be free.",
])
def test_brands_and_towns_where_people_also_stand_stay(line: str) -> None:
    """A review's cases: firms and towns no list knows are asked, thanked, blamed and sign
    messages as often as people do; only the places no firm stands in take them."""
    assert Redactor().session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("line", "gone"), [
    ("Good evening Sir Ramon, this is Joy from the front desk.", "Ramon"),
    ("Dear Priya, this is the booking office.", "Priya"),
])
def test_someone_greeted_before_this_is_is_no_company(line: str, gone: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert gone not in out, out


@pytest.mark.parametrize(("line", "company"), [
    ("Dear Bunnings Hamilton, this is Mere, order 55123.", "Bunnings Hamilton"),
    ("Dear Sky, this is Mere from flat 3.", "Sky")])
def test_a_company_greeted_before_this_is_stays(line: str, company: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert company in out and "Mere" not in out, out


@pytest.mark.parametrize(("line", "gone"), [
    ("Handover: Faith (nurse) aware of the dressing change.", "Faith"),
    ("Grace (hygienist) has the 3pm slot.", "Grace"),
])
def test_a_name_with_the_work_they_do_in_brackets(line: str, gone: str) -> None:
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert gone not in out, out


@pytest.mark.parametrize("line", [
    "Sky to send an engineer on Tuesday.", "Rose to record highs after the announcement.",
    "Bill to follow next week.", "Amber to green by end of sprint.",
    "Jade (XL) dress returned.", "Apple (AAPL) closed up 2%.", "Grant (HR) application due.",
    "RAG status (Amber) for the migration.",
    "Zendesk from our support team is slow today.", "Payslips from HR are late.",
    "Klarna's partner shops have it in stock.",
    "Monzo from the support team is looking into it.",
    "Revolut from the app team sent a letter.",
])
def test_a_review_s_firms_colours_and_tickers_in_name_places_stay(line: str) -> None:
    """A second review's cases: words that are names too, before "to" and a verb or beside
    brackets, and words no list knows before "from" a team, are as often firms, colours,
    tickers and products; they stay where nothing says a person."""
    assert Redactor().session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("line", "gone"), [("Talk to Grace Kim in accounts.", "Grace"),
                                            ("Please change it to Hope Okafor.", "Hope"),
                                            ("07:53 - Holly B: I'll photo mine", "Holly"),
                                            ("My engineer was Mark Short.", "Mark"),
                                            ("The nurse was Joy Cotton.", "Joy")])
def test_a_word_name_before_a_surname_or_an_initial_still_goes(line: str, gone: str) -> None:
    """A surname that is an everyday word too ("Short", "Cotton") cannot be told from a firm's
    second word ("Royal Mail"): privacy first, the name goes and so may the firm."""
    out = Redactor().session().redact(line, "EXTERNAL").text
    assert gone not in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("Customer: Orla Fitzsimons-Tighe, tel 01632 960 118", "Fitzsimons"),
    ("Cc: Ana Lim; Bill Fisher; Tom Hale", "Bill Fisher"),
    ("Member name: Will Tangitau", "Tangitau"),
])
def test_a_capitalised_name_after_a_label_goes_though_its_words_are_words(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Customer: Harbour Freight", "Customer: thanks, bye",
                                  "Customer: Toyota Yaris", "Customer: Royal Mail, Ref 4471",
                                  "Client: Green Valley Farm | Opened: 12/03/2024",
                                  "Name: Will Advise", "Assigned to: Will Review",
                                  "Customer: Max Vapes, Leeds"])
def test_a_firm_or_a_chat_turn_after_a_role_label_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Please call me back tomorrow.\nYours sincerely, Achieng Otieno-Wekesa", "Otieno"),
    ("Yours faithfully,\nAchieng Otieno\n07700 900123", "Achieng"),
    ("Can I bring my own harness? Thank you, Seo-yeon", "Seo-yeon"),
    ("Many thanks for sorting it. Kind regards, Grace Mbeki", "Grace"),
])
def test_the_writer_s_name_after_a_closing_goes(redactor: Redactor, text: str,
                                                name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Kind regards, Acme Support", "Thanks, The Harbour Team",
                                  "Cheers pal. See you Friday.", "Kind regards, Verdant SA",
                                  "Thank you, Tesco Mobile", "Best, London", "Regards, Kia Ora",
                                  "Thank you, Santander.", "Regards, Mon",
                                  "Kind regards,\nSpecsavers Helpdesk", "Thanks,\nSalam"])
def test_a_firm_s_or_no_signature_after_a_closing_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


def test_a_surname_that_is_a_firm_s_form_in_small_letters_stays_a_surname(
        redactor: Redactor) -> None:
    assert "Julie Sa" not in redactor.redact_text("Please ask Julie Sa to call me back.").text


@pytest.mark.parametrize(("text", "firm"), [
    ("The quote came from Harbourside Roofing Supplies last week.", "Harbourside"),
    ("I picked the frame up at Okonjo's Bikes on Saturday.", "Okonjo's Bikes"),
    ("Our crossing with Channel Islands Ferries was cancelled.", "Channel Islands Ferries"),
])
def test_a_firm_named_for_its_trade_in_a_plural_stays(redactor: Redactor, text: str,
                                                       firm: str) -> None:
    assert firm in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("The driver was a man called Leon Summers.", "Summers"),
    ("I spoke to Anita Fields about the refund.", "Anita"),
    ("Hi Priya Thanks for the photos", "Priya"),
    ("Maria Clara Flowers is my sister.", "Maria"),
    ("Coach Rivers said the kids were great.", "Rivers"),
    ("Please thank Tom and Channel Islands Ferries for the help.", "Tom"),
])
def test_a_person_whose_surname_is_a_plural_word_goes(redactor: Redactor, text: str,
                                                      name: str) -> None:
    assert name not in redactor.redact_text(text).text


def test_towns_listed_stay(redactor: Redactor) -> None:
    text = "We stopped in Whakatane, Rotorua and Taupo on the way."
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Grace will meet you at reception, I'm in clinic all day.", "Grace"),
    ("Rose will meet you at the flat on Saturday.", "Rose"),
    ("Dawn from Kestrel Roofing Services rang about the quote.", "Dawn"),
])
def test_a_name_that_is_a_word_doing_what_people_do_goes(redactor: Redactor, text: str,
                                                         name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Summer will see a price rise on most plans.",
                                  "Flights to Florence from Heathrow Airport are delayed.",
                                  "Orange will take the payment on Friday."])
def test_a_word_that_is_a_name_too_without_a_person_s_deed_stays(redactor: Redactor,
                                                                  text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "first"), [("Apps like Monzo, Chase and Starling.", "Monzo"),
                                            ("We went to Siargao, Bohol and Palawan.",
                                             "Siargao"),
                                            ("Meds: Sertraline, Grace and Paracetamol",
                                             "Sertraline")])
def test_the_first_of_a_list_of_things_stays(redactor: Redactor, text: str,
                                             first: str) -> None:
    assert first in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("Hi Will,", "Will"),
    ("Hi Aroha, I sent the form on Monday.", "Aroha"),
    ("could you tell Wiremu his car is ready?", "Wiremu"),
    ("Priya, we can't refund a used voucher, sorry.", "Priya"),
])
def test_names_in_typed_notes_and_greetings_go(redactor: Redactor, text: str,
                                               name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Update, we have new prices from May.",
                                  "please tell Ocado my order was late",
                                  "tell Monzo their app keeps crashing",
                                  "Deliveroo driving me mad again"])
def test_firms_and_words_in_those_places_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Sunita from our Harrogate branch will call you back.", "Sunita"),
    ("Grace in our Leeds collections team has cancelled the fee.", "Grace"),
    ("could someone give Tavita a lift to training on Thursday?", "Tavita"),
    ("Wasn't you, Jordan? Then please ring us.", "Jordan"),
])
def test_people_named_by_where_they_work_what_they_get_or_being_asked_go(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["give Mum a hug from me", "give the car a wash first",
                                  "Rose in our garden is out already.",
                                  "We flew to Rome, Paris, and London."])
def test_people_s_words_that_are_no_names_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "given"), [("Subs to Bill Odhiambo by Friday please.", "Bill"),
                                             ("Keys are with Rose Tipoki next door.", "Rose")])
def test_a_given_name_that_is_a_word_before_a_surname_goes_with_it(
        redactor: Redactor, text: str, given: str) -> None:
    assert given not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", [
    "Hi Reception, I'm running late.", "Cool, thanks for that.", "Ocado, thanks for the refund!",
    "Summer, we'll go to Spain.", "Bupa covering the cost of the scan.",
    "Sky will show you the new channels.", "Rose from Interflora Services arrived wilted.",
    "Order dated 22-10-24 00012345 is missing.",
])
def test_what_a_review_found_lost_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("Anahera Hills called today.", "Anahera"),
                                            ("Please find attached Sarah's Bills.", "Sarah")])
def test_a_surname_that_is_a_plural_word_is_no_firm(redactor: Redactor, text: str,
                                                    name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [("Customer: Dawn Okonkwo-Bassey, mob 07700 900123",
                                             "Okonkwo"),
                                            ("Customer: Will Tangitau", "Tangitau")])
def test_a_word_name_and_a_rare_surname_after_a_role_label_go(redactor: Redactor, text: str,
                                                              name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Customer: Royal Mail", "Customer: Sky Glass",
                                  "Customer: Amber Leaf Vapes"])
def test_a_firm_after_a_role_label_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Grace from Tidewater Roofing will ring you before she sets off.", "Grace"),
    ("Afternoon all. Frank's off sick today so the 6pm class is cancelled.", "Frank"),
    ("Dawn in their workshop thinks the gearbox is the problem.", "Dawn"),
    ("Please pay the club, not me. ta Tipene", "Tipene"),
    ("thx Oluwaseun, see you Saturday", "Oluwaseun"),
    ("The meter was read on the 4th according to Siobhan, not the 14th.", "Siobhan"),
    ("Sales exec Will has the keys to the demonstrator.", "Will"),
    ("Your hairdresser Summer will text when the colour is ready.", "Summer"),
])
def test_typed_word_names_in_a_person_s_slot_go(redactor: Redactor, text: str,
                                                name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", [
    "Sky's out till Monday on our street.",
    "According to HMRC the first payment is due in January.",
    "The executive summary is on page two.",
    "ta very much for sorting it",
    "Grace from Hillside Dental is on the invoice.",
])
def test_the_same_slots_leave_firms_and_words_alone(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Hi, it's Aroha Walker, mum of Mereana and Priya.", ("Mereana", "Priya")),
    ("Message from the dad of Kofi about Saturday's fixture.", ("Kofi",)),
    ("hi it's the mum of oksana from year two", ("oksana",)),
])
def test_a_child_named_by_a_parent_goes(redactor: Redactor, text: str,
                                        gone: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, ())


@pytest.mark.parametrize("text", ["The ring is mother of pearl.", "He's the father of the bride.",
                                  "I'm a mum of two, so mornings are busy."])
def test_what_else_follows_a_parent_s_word_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["Ta muchly!", "thx alot for sorting it", "ta x",
                                  "Parts from Workshop arrive Tuesday.",
                                  "According to Trustpilot they're the cheapest."])
def test_thanks_and_sources_that_name_no_one_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Lift share for Saturday? Rose can't, her car's in for its MOT.", "Rose"),
    ("Training moved to 6. Sunny can't make it, she's on shift.", "Sunny"),
    ("Thanks all. Grace already said no, she's away that weekend.", "Grace"),
    ("Kit check: Nikau rang about the boots, so his dad is bringing spares.", "Nikau"),
])
def test_a_name_a_pronoun_takes_up_later_goes(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Update: Hope is fading, he thinks, but we'll try.",
                                  "Note: Will he come? We don't know yet.",
                                  "FYI. Grace period ends Friday, he said."])
def test_a_word_before_a_pronoun_it_is_no_subject_of_stays(redactor: Redactor,
                                                            text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Kind regards,\nBill Trevithick, Member Services, Kernow Building Society", "Bill"),
    ("Hope Adeyemi, Bookings Secretary, 3rd Leeds Scouts", "Hope"),
    ("Thanks, Will Okonjo, Workshop Manager", "Will"),
    ("Yours sincerely, Dawn Kariuki, Patient Liaison, Mombasa", "Dawn"),
])
def test_a_signature_before_the_writer_s_role_goes(redactor: Redactor, text: str,
                                                    gone: str) -> None:
    out = redactor.redact_text(text).text
    assert gone not in out, out


@pytest.mark.parametrize("text", ["Royal Mail, Customer Services Team",
                                  "Golden Gate, Events Team", "Rose Garden Cafe, Head Chef",
                                  "Customer Services, Head Office, Leeds"])
def test_a_firm_before_a_department_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", [
    "Note: Ocado needs her to be in between 2 and 4.",
    "Update: Vinted has his parcel stuck in transit.",
    "Ordered:\nHarry Potter, Head Boy badge\nScarves, 2",
    "She's known as the Mother of Parliaments.",
])
def test_firms_and_lists_beside_the_new_slots_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["Update: Ocado has changed the slot, her note says 4pm.",
                                  "Note: Revolut needs a selfie, he said it's standard.",
                                  "Green Park, Station Manager"])
def test_a_third_review_s_firms_and_places_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("the driver was tom i think", "tom"),
                                            ("The engineer was Mike, really quick.", "Mike")])
def test_a_worker_s_name_after_was_goes(redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("Hope from the council will call you back.", "Hope"),
    ("Grace from the main office will meet you at the gate.", "Grace"),
])
def test_a_word_name_from_a_place_who_will_contact_you_goes(redactor: Redactor, text: str,
                                                            name: str) -> None:
    assert name not in redactor.redact_text(text).text


def test_a_plural_from_a_place_stays(redactor: Redactor) -> None:
    text = "Bills from the council will come monthly."
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["lol Will scored twice today, proud of him",
                                  "Yesterday Will rang the school", "btw Will called twice"])
def test_a_capitalised_will_before_a_past_tense_is_someone(text: str) -> None:
    assert "Will" not in Redactor().redact_text(text).text


@pytest.mark.parametrize("text", ["Dad's Will left everything to the church",
                                  "The Will stated it clearly", "Free Will prevailed in the end",
                                  "We Will Informed you once dispatched"])
def test_a_capitalised_will_after_an_owner_is_the_document(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_two_people_signing_off_with_an_ampersand_go() -> None:
    out = Redactor().redact_text("Paid 18/07 by card, thank you! Bron & Elsie").text
    assert "Bron" not in out and "Elsie" not in out and "thank you!" in out, out


@pytest.mark.parametrize("text", ["Regards, Procter & Gamble",
                                  "We always shop at Marks & Spencer.",
                                  "Thanks again. Marks & Spencer"])
def test_a_firm_joined_by_an_ampersand_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_signature_before_the_firm_the_writer_signs_for_goes() -> None:
    out = Redactor().redact_text("Best wishes, Rose Penberthy, Penberthy Holiday Parks").text
    assert "Rose" not in out, out


@pytest.mark.parametrize("text", ["Driver was called Bill I think.",
                                  "the lady on the till was called Rose, very kind",
                                  "she's called Mo"])
def test_someone_said_to_be_called_a_word_name_goes(text: str) -> None:
    assert Redactor().redact_text(text).text != text


def test_the_doctor_called_away_is_no_one() -> None:
    assert Redactor().redact_text("the doctor was called away").text == \
        "the doctor was called away"


@pytest.mark.parametrize("text", ["Ocado will deliver on Friday.", "Monzo can help with that.",
                                  "Deliveroo will drop it off", "Klarna will need your details"])
def test_a_brand_before_a_modal_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize("text", ["left it in my car 🙈 Ama I'll drop it round",
                                  "See you soon. Kofi I'll be there at 5"])
def test_a_name_then_the_writer_s_i_is_whom_the_writer_tells(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert "Ama" not in out and "Kofi" not in out, out


@pytest.mark.parametrize("text", ["Monday I'll call", "Sorry I'm late", "Hope I'll see you",
                                  "Zomato I'm done with you"])
def test_a_day_or_a_word_before_the_writer_s_i_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize("text", ["The roofer, Will Summers, has quoted £2,340.",
                                  "The roofer, Will Summers from Summers Roofing, has quoted."])
def test_a_word_name_set_apart_after_a_role_goes(text: str) -> None:
    assert "Will" not in Redactor().redact_text(text).text


@pytest.mark.parametrize("text", ["Please thank Charlie, Oscar, Juliet, Mike for their help!",
                                  "Hi Victor, Oscar, Juliet, Romeo - meeting at 3"])
def test_people_whose_names_are_code_words_go(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert "Oscar" not in out and "Juliet" not in out, out


@pytest.mark.parametrize("text", ["Georgia is hosting the summit next year.",
                                  "Chelsea is playing at home on Saturday.",
                                  "Ireland's son Conor fights tonight."])
def test_a_place_doing_things_stays(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert out.split()[0] == text.split()[0], out


@pytest.mark.parametrize("text", ["Georgia is visiting her gran on Sunday.",
                                  "India is coming in at 3 to collect the keys.",
                                  "actually no, Florence is coming up from Reading so she'll be "
                                  "late."])
def test_a_name_that_is_a_place_s_too_doing_what_a_person_does_goes(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert "Georgia" not in out and "Florence" not in out and "India" not in out, out


def test_a_name_and_surname_before_a_bracketed_role_go() -> None:
    out = Redactor().redact_text("Tama Whaanga (nurse) will call you tomorrow.").text
    assert "Tama" not in out and "Whaanga" not in out, out


@pytest.mark.parametrize("text", ["Minji can start Saturday.", "Wiremu can collect it tomorrow."])
def test_a_rare_capitalised_word_that_will_do_what_only_people_do_goes(text: str) -> None:
    assert text.split()[0] not in Redactor().redact_text(text).text


def test_sorry_will_rang_is_someone() -> None:
    assert "Will" not in Redactor().redact_text("Sorry Will rang again, same issue.").text


@pytest.mark.parametrize("text", ["Habari Wanjiku! Nimefika salama.",
                                  "Kumusta Maricel, how are you", "Olá Joana, tudo bem?"])
def test_a_name_greeted_in_another_language_goes(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert not {"Wanjiku", "Maricel", "Joana"} & set(out.replace(",", " ").replace("!", " ")
                                                       .split()), out


@pytest.mark.parametrize("text", ["Hunter can u cover desk 6-10 tmrw?",
                                  "Returned 11:15, no damage. Priya to follow up re finance."])
def test_someone_asked_a_favour_or_given_a_task_goes(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert "Hunter" not in out and "Priya" not in out, out


@pytest.mark.parametrize("text", ["Dawn to dusk opening hours.", "Will you come?",
                                  "Monday to check the stock",
                                  "Chelsea to confirm the ticket allocation.",
                                  "Openreach will visit on Tuesday.",
                                  "Vinted will collect the parcel.", "the girls are happy",
                                  "the engineers were summer interns",
                                  "Deliveroo (driver) never showed up.",
                                  "Mambo Italiano is playing in the shop."])
def test_no_one_is_asked_or_tasked_here(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_word_name_off_sick_goes() -> None:
    out = Redactor().redact_text("Can you cover? Rose is off sick and Tom is away.").text
    assert "Rose" not in out, out


def test_a_word_name_signing_for_a_firm_after_an_at_sign_goes() -> None:
    out = Redactor().redact_text("Cheers, Hope @ Drake Circus Lettings").text
    assert "Hope" not in out and "Drake Circus Lettings" in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("Perfect. Darlene'll be glad, she hated that loan.", "Darlene"),
    ("Tell him Oluwaseun'd sorted it already", "Oluwaseun"),
    ("Honestly Siobhan've been great", "Siobhan"),
])
def test_a_name_contracted_with_a_verb_goes(text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize("text", ["She'll be glad", "Mum'll sort it", "the van'll come",
                                  "It'll be fine, they'd say"])
def test_a_pronoun_or_a_noun_contracted_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize("text", ["Right, that'll be a Blum 71B3550, we keep a dozen.",
                                  "It's the Miele 8KG, not the 9KG"])
def test_a_maker_before_an_article_and_a_part_s_code_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_name_said_again_takes_no_lower_case_word_after_it() -> None:
    session = Redactor().session()
    session.redact("Was that there when Frank finished up?", "INTERNAL")
    out = session.redact("Can Frank come Thursday?", "EXTERNAL").text
    assert out == "Can [REDACTED_PERSON] come Thursday?", out


def test_a_word_name_said_again_in_the_possessive_goes_alone() -> None:
    session = Redactor().session()
    session.redact("Was that there when Frank finished up?", "INTERNAL")
    out = session.redact("Frank's on a job, and Frank's van is in Leeds", "INTERNAL").text
    assert out == "[REDACTED_PERSON] on a job, and [REDACTED_PERSON] van is in Leeds", out


@pytest.mark.parametrize(("text", "name"), [
    ("hang on my husband's here bill what did i put for the school thing", "bill"),
    ("my daughter is here, rose where's the letter", "rose"),
    ("oh my mum is here kemi what was the name of the school", "kemi"),
])
def test_a_relative_called_over_by_name_goes(text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out.split(), out


@pytest.mark.parametrize("text", ["my son's here, what did you say",
                                  "the engineer is here now what do i do"])
def test_someone_said_to_be_there_with_no_name_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Your technician came on the 2nd to replace that sensor. Odhiambo. No, sorry, Otieno.",
     "Odhiambo"),
    ("The engineer came yesterday. Kwabena. He was lovely.", "Kwabena"),
])
def test_a_name_said_alone_after_a_sentence_about_someone_s_role_goes(text: str,
                                                                     name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize("text", ["The engineer came yesterday. Thanks.",
                                  "The driver went to the wrong depot. Nairobi. Not Mombasa.",
                                  "The plumber fixed it. Brilliant."])
def test_a_word_said_alone_after_a_role_s_sentence_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Frank's on a job Thursday, but Will can come Friday at 9:30.", "Will"),
    ("yeah my husband bill finds it too sour honestly", "bill"),
    ("my wife grace thinks it's too dark", "grace"),
])
def test_a_word_name_before_what_only_a_person_does_goes(text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out.split(), out


@pytest.mark.parametrize("text", ["The Will can be contested", "my husband bill says 40 quid",
                                  "I will can you hold"])
def test_the_same_words_as_a_thing_or_a_verb_stay(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("Can it be Thursday? My moko Hemi has his prizegiving at 10.", "Hemi"),
    ("salamat kuya ben, see you", "ben"),
    ("my mokopuna Aroha will collect it", "Aroha"),
])
def test_a_name_after_a_relation_or_honorific_of_another_english_goes(text: str,
                                                                    name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("Frank will be showing it as I'm on leave, so if you're late ring him on the day.",
     "Frank"),
    ("can i move the spaniel to tues?? Hunter can drop him off at 9 on his way to work.",
     "Hunter"),
    ("Grace will collect the keys, she's off at 5", "Grace"),
])
def test_a_word_name_doing_someone_a_favour_then_taken_up_by_a_pronoun_goes(
        text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize("text", ["Dawn will break at 6, he told me",
                                  "Amber will show on the dash, his manual says",
                                  "Bill will be higher, his wife said",
                                  "Summer will be lovely, her garden is blooming"])
def test_a_word_doing_what_things_do_before_a_pronoun_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize("text", ["For the wake on 8 May at St Mary's Church Hall, Cottingham.",
                                  "We'll meet by the Village Green at 2",
                                  "The party is at the Scout Hall, then Memorial Park."])
def test_a_place_named_by_a_common_word_and_a_surname_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("please ask Nurse Hall", "Hall"),
                                            ("then Mrs Green rang", "Green"),
                                            ("I spoke with Amy Hall", "Hall")])
def test_a_surname_after_a_title_or_a_name_is_not_a_place(text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize("text", ["yeah i've got it written here first three are four four nine",
                                  "i've got it down here somewhere", "it's been raining here"])
def test_a_word_before_here_that_no_one_is_called_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_an_agent_s_name_that_is_a_word_too_before_here_goes() -> None:
    out = Redactor().redact_text("accor reservations hemi here how can i help").text
    assert "hemi" not in out, out


@pytest.mark.parametrize("text", ["my wife's here na what did you say",
                                  "my daughter's here tho where's the letter",
                                  "The driver was late. Eish.",
                                  "Shell will check his card at the pump.",
                                  "Apple can fix his phone in store.",
                                  "Will can be updated whenever he likes.",
                                  "Right, that'll be a Blum 71B3550, we keep a dozen."])
def test_particles_firms_and_documents_in_a_name_s_frames_stay(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("Ask Aunty Hall.", "Hall"),
                                            ("a Kowalski 12A claim", "Kowalski"),
                                            ("I have a Jones 4471A policy", "Jones")])
def test_a_surname_after_a_relation_or_before_a_record_s_code_goes(text: str,
                                                                   name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("Will can be there at 5", "Will"), ("Will can not make it tomorrow", "Will"),
    ("Tom can take her to the branch", "Tom"),
    ("The advisor rang. Zvikomborero. Very helpful.", "Zvikomborero"),
])
def test_the_second_review_s_names_go(text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


def test_a_maker_before_a_part_s_code_at_the_text_s_end_stays() -> None:
    assert Redactor().redact_text("I ordered a Blum 71B3550").text == "I ordered a Blum 71B3550"


@pytest.mark.parametrize(("word", "kind"), [
    ("snores", "E"), ("worries", "E"), ("boxes", "E"),
    ("prys", ""), ("rosies", ""), ("wiremu", ""), ("liming", ""), ("fareed", ""),
])
def test_an_english_word_s_inflection_is_english_not_a_name_no_data_holds(word: str,
                                                                          kind: str) -> None:
    """The word list holds "snore" but not "snores"; a name's possessive ("rosies"), a
    surname no English ending makes ("Prys") and names ending as verbs do ("Liming",
    "Fareed") stay unknown, as names no data holds are."""
    assert name_class(word) == kind


@pytest.mark.parametrize("text", ["my husband bill snores like a train",
                                  "my wife dawn worries about the noise",
                                  "my son kai keeps wheezing at night"])
def test_a_verb_after_a_relation_s_name_is_no_part_of_it(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert out.count("[REDACTED_PERSON]") == 1 and text.split()[3] in out, out


@pytest.mark.parametrize("text", ["I bank with the Okafor Building Society",
                                  "we booked Kowalski Kennels for the week",
                                  "the Hartley Mutual sent a letter",
                                  "they had a show at the Maguire Gallery",
                                  "we went to the Theatre Royal on Sunday",
                                  "Morning, Granite City Driveways on the phone."])
def test_a_firm_or_venue_named_by_its_kind_of_business_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_person_beside_a_kind_of_business_goes() -> None:
    out = Redactor().redact_text("Okafor from the building society rang Mrs Adeyemi").text
    assert "Okafor" not in out and "Adeyemi" not in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("I sent £400 to my father last week and it is still not there. Why is it blocked? Adaeze",
     "Adaeze"),
    ("The container is still at the port, they say Monday. Sorry! Oluwaseun", "Oluwaseun"),
    ("Can you ring me back about the invoice? Kwame", "Kwame"),
])
def test_a_name_that_signs_a_message_after_a_question_or_an_exclamation_goes(
        text: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert name not in out, out


@pytest.mark.parametrize("text", ["Yes. Leeds.", "Where are you now? Leeds?",
                                  "Will it be ready by Friday? Hope!",
                                  "Where should I send the signed copy of the contract? Paris"])
def test_a_place_or_a_word_said_alone_after_a_question_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_the_other_items_of_a_list_mostly_of_names_go() -> None:
    """A team sheet: where most items are names already, the rest ("Sunny Gill", "Young",
    "Mo") are too, though each is a word as well."""
    text = ("Squad: Ravi Shankar (c), Hunter Blake, Sunny Gill, Tendai Moyo, Faisal, "
            "Kieran O'Brien, Young, Deshawn, Arjun, Bill King, Mo")
    out = Redactor().redact_text(text).text
    assert out.startswith("Squad: ") and "(c)" in out, out
    assert not any(w in out for w in ("Sunny", "Gill", "Young", "King", "Mo")), out


@pytest.mark.parametrize(("text", "kept"), [
    ("Kind regards, Oksana Petrenko, Guest Relations, Hotel Granvia, Kyoto", ", Kyoto"),
    ("Attendees: Oksana, Deshawn, Faisal, Finance Team, Payroll and Facilities",
     ", Finance Team, Payroll and Facilities"),
])
def test_a_list_not_mostly_of_names_keeps_its_other_items(text: str, kept: str) -> None:
    out = Redactor().redact_text(text).text
    assert out.endswith(kept) and "Oksana" not in out, out


@pytest.mark.parametrize("text", ["kia ora lakeside dance academy fees office this is rangi",
                                  "good morning harbour insurance claims this is joy"])
def test_the_word_that_ends_an_agent_s_opening_after_this_is_goes(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert out.endswith("this is [REDACTED_PERSON]"), out


@pytest.mark.parametrize("text", ["hi the bank says this is fraud",
                                  "hello i rang the surgery and this is urgent",
                                  "hi yes the pharmacy this is ridiculous",
                                  "good morning bright smile dental this is reception",
                                  "hello leeds building society this is ridiculous"])
def test_a_caller_s_verdict_after_naming_a_business_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize("text", ["I can see the Super Max bundle, Rs. 1,250 deducted.",
                                  "I start a new job in Kilkenny Monday."])
def test_an_abbreviation_before_its_number_and_a_town_of_work_stay(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_name_spoken_to_before_a_number_still_goes() -> None:
    assert "Bill" not in Redactor().redact_text("Cheers, Bill. 50 quid it is.").text


@pytest.mark.parametrize(("text", "names"), [
    ("I've got two kids with you, Archer and Mila, and I need to move Mila.", ("Archer", "Mila")),
    ("The tenants, Grace and Hope, moved out in May.", ("Grace", "Hope")),
])
def test_names_set_out_after_a_plural_of_people_go(text: str, names: tuple[str, ...]) -> None:
    out = Redactor().redact_text(text).text
    assert not any(name in out for name in names), out


@pytest.mark.parametrize("text", ["Mr Bennett, four passengers, London Heathrow to Colombo.",
                                  "We have two children, both at school.",
                                  "Consignee Kwame Mensah & Sons Motors, Accra."])
def test_places_and_words_after_a_plural_of_people_stay(text: str) -> None:
    out = Redactor().redact_text(text).text
    assert out.endswith(text[text.index(",") + 1:]), out


@pytest.mark.parametrize(("text", "relation", "name"), [
    ("My pamangkin Jun-Jun booked it for us.", "pamangkin", "Jun"),
    ("my pinsan rogelio will pick us up", "pinsan", "rogelio"),
    ("my tita rosa will pick us up", "tita", "rosa"),
])
def test_a_relation_of_another_english_names_the_word_after_it_and_stays(
        text: str, relation: str, name: str) -> None:
    out = Redactor().redact_text(text).text
    assert relation in out and name not in out, out


def test_a_capitalised_pair_with_a_person_s_id_in_brackets_goes() -> None:
    out = Redactor().redact_text("Kipchoge Langat (ID 2231) signed for the projector.").text
    assert "Kipchoge" not in out and "Langat" not in out and "2231" not in out, out
    assert Redactor().redact_text("Room Booking (ID 4471) confirmed").text.startswith(
        "Room Booking")


@pytest.mark.parametrize(("text", "name"), [("i asked kevin plumbers are all booked up", "kevin"),
                                            ("sorry tunde scaffolding is still up", "tunde")])
def test_a_trade_in_lower_case_after_someone_spoken_to_leaves_their_name(text: str,
                                                                        name: str) -> None:
    assert name not in Redactor().redact_text(text).text


def test_a_trade_with_its_capital_names_a_firm() -> None:
    text = "the plumber from Hughes Plumbers can come on Monday"
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Kevin's car is at the garage.", ("Kevin",), ("car is at",)),
    ("we took tom's car", ("tom",), ("car",)),
])
def test_a_possessive_ends_the_name(redactor: Redactor, text: str, gone: tuple[str, ...],
                                    kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Yes, I've got you here, the surveyor was Will, wasn't it?", ("Will,",), ("surveyor",)),
    ("i think the fitter that day was will", (" will",), ("fitter",)),
    ("mark was the driver and he's out your way on a thursday", ("mark",), ("driver",)),
    ("ok so dawn is our caretaker now", ("dawn",), ("caretaker",)),
])
def test_a_word_name_said_to_hold_a_role_goes(redactor: Redactor, text: str,
                                              gone: tuple[str, ...],
                                              kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize("text", ["the bill was the problem, not the fees",
                                  "price was the driver of the change",
                                  "that was the will, wasn't it?"])
def test_a_word_that_holds_no_role_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", [
    "this is the 2022 Yamaha MT-07 you got from Nelson Motorcycle Centre",
    "I drive a Mazda CX-5 now, my 2019 Corolla went back",
    "the roof takes 14 panels, that's the Aiko Neostar 440 panels",
    "we opened the 2019 Rioja Reserva at dinner"])
def test_a_maker_before_its_model_or_after_a_model_year_stays(redactor: Redactor,
                                                               text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("In 2019 Maria Lopez moved here", ("Maria", "Lopez")),
    ("Escalated to Kevin SR-2231", ("Kevin",)),
    ("the Kevin Murphy 40 pounds refund", ("Kevin", "Murphy")),
    ("I had a Kevin Murphy plumber round", ("Kevin", "Murphy")),
    ("Kevin's Home Insurance Renewal Is Due", ("Kevin",)),
    ("Please forward to Bajaj in finance", ("Bajaj",)),
])
def test_a_name_before_a_code_a_number_or_a_trade_still_goes(redactor: Redactor, text: str,
                                                             gone: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, ())


@pytest.mark.parametrize(("question", "answer", "town"), [
    ("and the postcode on the account", "s y eight one r w that's ludlow", "ludlow"),
    ("What's the postcode?", "EH2 2PR, which is Edinburgh.", "Edinburgh"),
])
def test_the_town_a_postcode_is_said_to_be_stays(question: str, answer: str,
                                                 town: str) -> None:
    session = Redactor().session()
    session.redact(question, "INTERNAL")
    out = session.redact(answer, "EXTERNAL").text
    assert town in out and "[REDACTED_ZIP_CODE]" in out, out


def test_a_name_after_a_postcode_with_more_said_still_goes() -> None:
    session = Redactor().session()
    session.redact("and the postcode on the account", "INTERNAL")
    out = session.redact("it's SY8 1RW that's ludlow and my name is kevin", "EXTERNAL").text
    assert "kevin" not in out, out


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("boiler packed in again, tenant is Bill (0117 496 0582) - can you send someone",
     (" Bill",), ("tenant is",)),
    ("Will from our Bristol office will meet you outside.", ("Will from",), ("Bristol",)),
    ("Will will collect the cake from Greggs on the way.", ("Will will",), ("Greggs",)),
    ("Groomer on the day: Hunter", ("Hunter",), ("Groomer",)),
    ("Contact on the day: Jun-Jun", ("Jun",), ("Contact",)),
    ("Book through the app. See you soon, Kirra", ("Kirra",), ("app",)),
    ("Speak soon, Wiremu", ("Wiremu",), ("Speak",)),
    ("sender is me, Jun-Jun Santos", ("Jun", "Santos"), ("sender",)),
    ("it's me, Ngozi", ("Ngozi",), ("me,",)),
])
def test_a_name_in_a_slot_only_a_person_fills_goes(redactor: Redactor, text: str,
                                                   gone: tuple[str, ...],
                                                   kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize("text", [
    "The courier was Loggi and the return code was LG-BR-99120457.",
    "the visit on 1/8 at Riverside Urgent Care, Columbus",
    "text me, London office is closed",
    "Customer Care, Bol.com",
    "Colour: Rose",
    "Driver: Sky Glass",
    "the problem is will power",
    "yeah my husband was happy with it, the engineer was great",
    "my landlord was cross about the damp so he told me to ring you",
    "the solicitor says it's will.",
    "Fitter: Howdens",
    "Courier: Yodel",
    "Contact: Sales",
    "Speak soon, Mum",
    "See you soon, Cheers",
    "Can you call me, Sunday?",
    "this is the 2022 Yamaha MT-07 you got",
])
def test_a_firm_or_a_place_in_those_slots_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", [
    "Senior Property Manager, Hollis & Crane Lettings",
    "Invoice INV-1182 - Mabel's Kitchen Catering, Bristol",
    "can you get a Worcester Bosch engineer out tomorrow?",
    "an Openreach technician came on Tuesday",
])
def test_a_firm_named_after_people_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("and wairimu said she'd bring the forms", "wairimu"),
    ("so tamatea reckons hes outside already", "tamatea"),
])
def test_a_word_no_list_knows_doing_what_people_do_with_their_pronoun_goes(
        redactor: Redactor, text: str, name: str) -> None:
    assert name not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["okay so monzo will text you a code and then he can log in",
                                  "so tauranga is lovely and she loves it there",
                                  "yodel will drop it when shes home",
                                  "klarna will email her the receipt"])
def test_a_firm_or_a_town_doing_something_without_a_pronoun_of_its_own_stays(
        redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Bill, we've moved the keys to the lockbox.", "Bill"),
    ("Will, I've sent the invoice over.", "Will"),
    ("Grace, I will mark everyone who hasn't paid as lapsed.", "Grace"),
    ("Dawn, be honest with me, is the van free on Friday?", "Dawn"),
    # privacy first: a word that is a name too, opening a message before a comma and a clause,
    # is whom it is written to (a firm's or a noun's reading loses a word, not a person's name)
    ("Chase, I've paid them already.", "Chase"),
    ("Hope, we'll see.", "Hope"),
])
def test_a_word_name_opening_a_message_to_whom_it_speaks_goes(redactor: Redactor, text: str,
                                                              gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Friday, please. I'll be at work.", "Lovely, thanks for that",
                                  "Summer, we'll go to Spain", "Ha, I'm not surprised",
                                  "Cool, I'll see you then", "Sky, can I take your name please?",
                                  "Rose, lily and iris for the table.",
                                  "Amber, red and green lights all failed.",
                                  "Grey, the 128GB one please.", "Black, no sugar please."])
def test_a_day_a_season_or_a_word_of_talk_opening_a_message_stays(redactor: Redactor,
                                                                  text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Will in our Leicester office will book the surveyor for Thursday.", "Will"),
    ("Will at the depot can help you load it.", "Will"),
])
def test_will_or_bill_placed_at_work_or_next_door_goes(redactor: Redactor, text: str,
                                                       gone: str) -> None:
    assert f"{gone} " not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Will in future the price go up?",
                                  "The bill next door was paid.",
                                  "Will in the office be open tomorrow?",
                                  "Will next door be affected?",
                                  "I've raised the switch to start on 1 September, your "
                                  "reference is MS-552817."])
def test_will_the_verb_a_bill_or_a_month_there_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Can my remaining classes with Will move to March?", "Will"),
    ("I handed the spare key to Will, he's next door.", "Will"),
])
def test_will_after_a_preposition_is_someone(redactor: Redactor, text: str,
                                                   gone: str) -> None:
    assert f"{gone} " not in redactor.redact_text(text).text + " "


@pytest.mark.parametrize("text", ["i need help with will and probate",
                                  "he did it through sheer will power",
                                  "Send it to us and we will reply in May."])
def test_the_modal_or_the_document_after_a_preposition_stays(redactor: Redactor,
                                                             text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Rota note: Kipchumba is on leave until the 14th.", "Kipchumba"),
    ("Hope won't be in on Monday as we're at a funeral.", "Hope"),
    ("just so you know grace's off sick today", "grace"),
    ("oh good frank would be pleased", "frank"),
    ("Mereana was gutted about the result", "Mereana"),
    ("This is Kenji, father of Sora in Year 3.", "Sora"),
])
def test_people_away_from_work_feeling_or_named_as_a_child_go(redactor: Redactor, text: str,
                                                             gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Summer won't be in the brochure this year.",
                                  "The office won't be in use on Monday.",
                                  "hope would be a good thing to have",
                                  "The market would be pleased with that news.",
                                  "the Mother of Parliaments sat late"])
def test_what_is_no_one_away_or_feeling_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("My uncle worked at the steelworks in Port Talbot for years.", "Port Talbot"),
    ("We flew into Fort Myers on the Tuesday.", "Fort Myers"),
    ("The van goes to 48 Pelican Way in Thibodaux, right?", "Thibodaux"),
])
def test_a_place_s_name_after_its_first_word_or_a_street_stays(redactor: Redactor, text: str,
                                                               kept: str) -> None:
    assert kept in redactor.redact_text(text).text


def test_a_street_named_by_its_us_suffix_goes() -> None:
    out = Redactor().redact_text("The van goes to 4800 Katy Freeway in Thibodaux, right?").text
    assert "4800 Katy" not in out and "Thibodaux" in out, out


@pytest.mark.parametrize("text", ["I ordered a 90 degree bend for the pipe.",
                                  "It's a 2 hour ferry crossing.",
                                  "Room 12 overlooks Sandy Cove."])
def test_words_that_end_streets_elsewhere_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


def test_a_person_in_whose_name_a_street_is_still_goes(redactor: Redactor) -> None:
    out = redactor.redact_text("it's 4 Elm St in Okonkwo's name").text
    assert "Okonkwo" not in out and "Elm" not in out, out


@pytest.mark.parametrize(("text", "gone"), [
    ("I'll let Kez at Mitre 10 Albany know", "Kez"),
    ("pls let Dazza at Harvey Norman Penrith know", "Dazza")])
def test_someone_told_through_where_they_work_goes(redactor: Redactor, text: str,
                                                   gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "kept"), [
    ("My package 8821-4471-0093 says delivered but it isn't here.", "8821-4471-0093"),
    ("her parcel 7712 3390 0146 is stuck at the depot", "7712 3390 0146"),
])
def test_what_is_sent_keeps_its_number_whoever_it_goes_to(redactor: Redactor, text: str,
                                                          kept: str) -> None:
    assert kept in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Sky will be out on Tuesday to fix it.",
                                  "Chase will be in touch by email.",
                                  "Shell would be delighted to help.",
                                  "Do you offer help with Will writing?",
                                  "Can I get a quote for Will and Probate?",
                                  "Can you let Payroll at head office know?"])
def test_what_the_thirty_fifth_review_found_taken_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Transfer 200 pounds to Kingston Adeyemi.", "Adeyemi"),
    ("Send it to 12 Pelican Way in Mary Smith, please.", "Mary Smith"),
    ("Deliver to 12 Oak Street in Priya.", "Priya")])
def test_what_the_thirty_fifth_review_found_leaking_goes(redactor: Redactor, text: str,
                                                         gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "gone"), [("Wong Ka Ho. English name Kelvin.", "Kelvin"),
                                            ("Ng Wai Man, English name Hope.", "Hope")])
def test_a_name_right_after_the_word_name_goes(redactor: Redactor, text: str,
                                               gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["the file name Report.", "Save it under the brand name Zest."])
def test_a_thing_s_name_after_the_word_name_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [("please cc Will on the email", "Will"),
                                            ("Mercy is livid about it", "Mercy"),
                                            ("Aleksandra Nowak legal name, but I go by Ola",
                                             "Nowak")])
def test_what_the_thirty_fifth_s_second_review_found_leaking_goes(redactor: Redactor, text: str,
                                                   gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["drug name Sertraline.", "station name Victoria."])
def test_a_thing_named_after_the_word_name_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Dawn fed the cat before she left.", "Dawn"),
    ("Hope cooked the curry for the fundraiser.", "Hope"),
    ("Frank merged it into main this morning.", "Frank"),
    ("Grace reckons the van needs tyres.", "Grace"),
])
def test_a_word_name_doing_what_only_people_do_to_something_goes(redactor: Redactor, text: str,
                                                                 gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Chase sent me a new card.", "Summer ended early this year.",
                                  "Chase took 40 pounds from my account.",
                                  "Long awaited the results."])
def test_a_firm_or_a_season_doing_something_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["We can do a joint quote for you and Monzo.",
                                  "A trip for you and Rarotonga, then?"])
def test_a_firm_or_a_place_joined_to_you_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("Collection is from 12 Harbour Lane, Mount Gambier, on the 3rd.", "Mount Gambier"),
    ("The crossing leaves from Port aux Basques at nine.", "Port aux Basques"),
    ("We flew out of Port of Spain on the Monday.", "Port of Spain"),
])
def test_a_place_opened_by_a_place_s_first_word_stays(redactor: Redactor, text: str,
                                                      kept: str) -> None:
    assert kept in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Morning all, Aroha from Rotorua Lakes Council here, quick question.", "Aroha",
     "Rotorua Lakes Council"),
    ("hi team, Sina from the Apia depot here", "Sina", "Apia depot"),
    ("Kia ora, Priya from Harbour Freight speaking.", "Priya", "Harbour Freight"),
])
def test_a_name_then_where_they_work_then_here_goes(redactor: Redactor, text: str, gone: str,
                                                    kept: str) -> None:
    out = redactor.redact_text(text).text
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("text", ["Greetings from the Nairobi office here, all well.",
                                  "Parcels from the depot here go out at six."])
def test_from_a_place_here_names_nobody(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["We buy from Kisumu Fish Exporters every week.",
                                  "Quote attached from Ridgeway Decorators."])
def test_a_firm_named_for_its_trade_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [("I spoke to St Clair yesterday.", "Clair"),
                                            ("the manager at the branch, St John, was rude",
                                             "John")])
def test_a_saint_s_name_is_a_person_s_after_to_or_a_comma(redactor: Redactor, text: str,
                                                          gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize("text", ["Chase took the payment twice.", "Snow covered the car.",
                                  "Apple shipped the phone on Monday."])
def test_a_firm_or_the_weather_doing_something_stays(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize("text", ["Whangārei from here is about two hours.",
                                  "Bunnings from here is ten minutes away."])
def test_a_place_from_here_names_nobody(redactor: Redactor, text: str) -> None:
    assert redactor.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [("Please welcome Rev. Faʻamoe Leota on Sunday.",
                                             "Leota"),
                                            ("Report it to Sgt. Wanjala at the desk.",
                                             "Wanjala")])
def test_a_name_after_an_abbreviated_title_goes(redactor: Redactor, text: str,
                                                gone: str) -> None:
    assert gone not in redactor.redact_text(text).text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Delivery booked for Tuesday, contract signed yesterday.", (), ("Delivery", "Tuesday")),
    ("Wiremu booked the van for Tuesday.", ("Wiremu",), ("Tuesday",)),
])
def test_a_thing_done_to_in_a_note_s_shorthand_is_no_one(redactor: Redactor, text: str,
                                                          gone: tuple[str, ...],
                                                          kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "kept"), [
    ("Invoice from Ribeiro Madeiras Lda attached.", "Ribeiro Madeiras Lda"),
    ("Traffic news on Clyde FM at six.", "Clyde FM"),
])
def test_firms_by_their_legal_form_name_no_one(
        redactor: Redactor, text: str, kept: str) -> None:
    _goes_and_stays(redactor, text, (), (kept,))


@pytest.mark.parametrize(("text", "town"), [
    ("Friedrichstraße 43, 10117 Berlin", "Berlin"),
])
def test_the_town_written_right_after_its_postcode_is_kept(redactor: Redactor, text: str,
                                                          town: str) -> None:
    redacted = redactor.redact_text(text).text
    assert redacted.endswith(f"[REDACTED_ZIP_CODE] {town}"), redacted


def test_an_interjection_opening_a_story_is_no_name() -> None:
    session = Redactor().session()
    session.redact("security question, what was your first pet called?", "INTERNAL")
    said = session.redact("haha we had a tortoise and my grandad named it sheldon", "EXTERNAL")
    assert said.text.startswith("haha we had a tortoise") and "sheldon" not in said.text


def test_a_place_before_my_relation_is_no_one() -> None:
    session = Redactor().session()
    session.redact("so how did you get into farming?", "INTERNAL")
    said = session.redact("back home just outside accra my uncle had a farm", "EXTERNAL")
    assert "accra" in said.text, said.text


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Lifts home arranged by K. Mensah and R. Long.", ("Mensah", "Long"), ("Lifts home",)),
    ("Minutes taken by T. Young (secretary).", ("Young",), ("Minutes taken by",)),
    ("We went with Plan B. Then it rained.", (), ("Plan B. Then",)),
    ("Q. How do I reset it? A. Press the button.", (), ("Q. How", "A. Press")),
])
def test_a_surname_after_an_initial_goes_whatever_else_it_is(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize("opening", ["harbour view lettings maintenance will here",
                                     "northgate parcels returns team will here."])
def test_will_closing_an_agent_s_opening_before_here_is_a_name(opening: str) -> None:
    said = Redactor().session().redact(opening, "INTERNAL").text
    assert "will here" not in said, said


@pytest.mark.parametrize("said", ["we will here", "yes i will here"])
def test_will_after_a_subject_before_here_stays_a_verb(said: str) -> None:
    assert Redactor().session().redact(said, "EXTERNAL").text == said


@pytest.mark.parametrize(("text", "name"), [
    ("the chap at the front desk, Rowan I think, said it was sorted", "Rowan"),
    ("the lady at the desk, Holly I think, she said it was fine", "Holly"),
])
def test_a_name_set_out_with_a_hedge_after_a_placed_role_goes(text: str, name: str) -> None:
    said = Redactor().session().redact(text, "EXTERNAL").text
    assert name not in said, said


@pytest.mark.parametrize(("text", "name"), [
    ("thanks for holding you'll be called by one of our claims advisers bill on monday", "bill"),
    ("it'll be ready after lunch our technician bill needs to test the screen first", "bill"),
    ("sorry about the wait i've spoken to bill our driver he says he left it by the gate", "bill"),
    ("i'll pass it to our senior coordinator bill and he'll ring you", "bill"),
])
def test_bill_as_a_firm_s_staff_member_goes(text: str, name: str) -> None:
    said = Redactor().session().redact(text, "INTERNAL").text
    assert f" {name} " not in f" {said} ", said


@pytest.mark.parametrize("text", ["our plumber bill needs paying by friday",
                                  "i've sent the bill to our accountant",
                                  "can you pay the bill our accountant sent",
                                  "the vet bill came to four hundred",
                                  "our agent bill for march is wrong",
                                  "our technicians bill by the hour",
                                  "my tech bill needs sorting",
                                  "our agent bill needs to be settled by friday",
                                  "our drivers may be late today",
                                  "it's all booked in by may, our agent is sorting it",
                                  "you can add it to bill, our office manager signs it off"])
def test_a_bill_that_is_paid_stays(text: str) -> None:
    assert Redactor().session().redact(text, "EXTERNAL").text == text


def test_bill_known_as_a_name_goes_without_its_article_and_stays_with_it() -> None:
    session = Redactor().session()
    session.redact("you'll be called by our adviser bill on monday", "INTERNAL")
    later = [session.redact(text, "INTERNAL").text for text in (
        "when bill calls he'll ask for your claim code", "once bill confirms it's paid",
        "we'll send the bags with bill on thursday", "when the bill arrives just pay it",
        "we'll need to bill you for the extra data", "and when bill arrives you can pay by card",
        "then bill goes out on the first", "go to bill payments in the app")]
    assert all(" bill " not in f" {said} " for said in later[:3]), later
    assert later[3:] == ["when the bill arrives just pay it",
                         "we'll need to bill you for the extra data",
                         "and when bill arrives you can pay by card",
                         "then bill goes out on the first", "go to bill payments in the app"]


@pytest.mark.parametrize(("text", "name"), [
    ("perfect so hunter had a look at it yesterday and he'd replace the chain", "hunter"),
    ("ok grace had a chat with the warehouse and she says it's on its way", "grace"),
    ("and then mark took a peek at the boiler and he reckons it's the pump", "mark"),
])
def test_a_word_name_having_a_look_or_a_chat_goes(text: str, name: str) -> None:
    said = Redactor().session().redact(text, "INTERNAL").text
    assert f" {name} " not in f" {said} ", said


@pytest.mark.parametrize("text", ["and the engineer had a look at it",
                                  "so summer had a lot of rain this year",
                                  "so apple had a look at the phone and said it was water damage"])
def test_a_noun_having_a_look_stays(text: str) -> None:
    assert Redactor().session().redact(text, "INTERNAL").text == text


@pytest.mark.parametrize(("text", "name"), [
    ("yes at the clinic in town, under my wife's name, malia", "malia"),
    ("it's in my son's name, jordan", "jordan"),
])
def test_a_name_after_whose_name_it_is_and_a_comma_goes(text: str, name: str) -> None:
    said = Redactor().session().redact(text, "EXTERNAL").text
    assert name not in said, said


@pytest.mark.parametrize("text", ["Action: Will to chase the supplier about the fee.",
                                  "Will to ring the minibus firm on Saturday."])
def test_will_given_a_task_in_a_note_goes(text: str) -> None:
    assert "Will" not in Redactor().redact_text(text).text


@pytest.mark.parametrize("text", ["Will you book the minibus?", "Bill to follow next week.",
                                  "Probate: Will to review.", "Summary: Will to update the file."])
def test_will_asking_or_a_bill_to_follow_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "names"), [
    ("Crew: Kristaps Ozols, Nejc Novak, Oyunchimeg Batbayar, Frank Leask",
     ["Kristaps", "Ozols", "Oyunchimeg", "Batbayar", "Leask"]),
    ("Bow Kristaps Ozols, 2 Nejc Novak, 3 Oyunchimeg Batbayar, 4 Frank Leask",
     ["Kristaps", "Oyunchimeg", "Leask"]),
])
def test_full_names_no_list_knows_in_a_list_of_names_go(text: str, names: list[str]) -> None:
    said = Redactor().redact_text(text).text
    assert not any(name in said for name in names), said


@pytest.mark.parametrize("text", ["Towns on the route: Kirkwall, Stromness, Dounby, Finstown",
                                  "Kit list: Life Jacket, Spray Deck, Paddle Float, Bilge Pump",
                                  "Playlist: Ljubav Moja, Sanjam Te, Volim Te, Nebo Plavo"])
def test_a_list_of_places_or_things_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_name_alone_on_the_last_line_of_a_greeting_s_message_signs_it() -> None:
    session = Redactor().session()
    lines = ["Hi Inga, the yoal is booked for the regatta on Friday 8 August.",
             "Ring me if plans change.", "Ertie"]
    said = [session.redact(line, "EXTERNAL").text for line in lines]
    assert said[1] == lines[1] and "Ertie" not in said[2], said


@pytest.mark.parametrize("last", ["Cheers", "Thanks", "Lovely", "Thursday", "Done"])
def test_a_closing_or_a_day_alone_on_the_last_line_stays(last: str) -> None:
    session = Redactor().session()
    session.redact("Hi all, next meeting is in the boathouse.", "EXTERNAL")
    assert session.redact(last, "EXTERNAL").text == last


def test_a_word_name_opening_a_later_sentence_before_a_comma_goes() -> None:
    said = Redactor().redact_text("Outing at dawn tomorrow, 5:45. Frank, be frank with me, is "
                                  "your back ok to row?").text
    assert "Frank," not in said and "be frank" in said, said


@pytest.mark.parametrize(("text", "names"), [
    ("Anyone driving to the match on Saturday? King and Teuila need a lift, I'm working.",
     ["King", "Teuila"]),
    ("Kofi needs a hand on Saturday with the stall.", ["Kofi"]),
])
def test_someone_needing_a_lift_or_a_hand_goes(text: str, names: list[str]) -> None:
    said = Redactor().redact_text(text).text
    assert not any(name in said for name in names), said


@pytest.mark.parametrize("text", ["The shed needs a hand of paint.",
                                  "Mum needs a lift to the clinic."])
def test_a_thing_or_a_relation_needing_a_hand_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("Artist: Tsetseg Ganbaatar & band", "Tsetseg"),
                                            ("Inductor: Young", "Young"),
                                            ("Instructor: Grace Kim", "Grace")])
def test_a_field_labelled_by_what_a_person_does_holds_a_name(text: str, name: str) -> None:
    assert name not in Redactor().redact_text(text).text


@pytest.mark.parametrize("text", ["Trainer: Nike Air Max", "Author: Unknown",
                                  "Reminder from the membership secretary: Harlequin RFC fees "
                                  "are due."])
def test_a_shoe_an_unknown_author_or_a_club_after_a_role_s_colon_stays(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_a_name_alone_on_the_last_line_of_one_greeting_message_signs_it() -> None:
    said = Redactor().redact_text("Hi Inga,\nJust checking on my parcel.\nErtie x").text
    assert "Ertie" not in said and "Just checking on my parcel." in said, said


@pytest.mark.parametrize("answer", ["Monzo", "Revolut", "Grey", "Gold"])
def test_a_one_word_answer_after_the_other_side_s_question_is_no_signature(answer: str) -> None:
    session = Redactor().session()
    session.redact("Hi there, quick question about my card.", "EXTERNAL")
    session.redact("Sure, which bank is the card with?", "INTERNAL")
    assert session.redact(answer, "EXTERNAL").text == answer


@pytest.mark.parametrize("text", ["what's your name, bud?", "and your name, please?"])
def test_whom_one_speaks_to_after_name_and_a_comma_stays(text: str) -> None:
    assert Redactor().session().redact(text, "INTERNAL").text == text


def test_a_list_of_surnames_with_their_counts_goes() -> None:
    said = Redactor().redact_text("Box office, Saturday matinee: Mensah x2, Perera x3, O'Neill "
                                  "x1, Long x2 (paid)").text
    assert not any(name in said for name in ("Mensah", "Perera", "O'Neill", "Long")), said
    assert "x2 (paid)" in said, said


@pytest.mark.parametrize(("text", "name"), [
    ("Yes! I asked a girl at reception, Summer I think, to cancel it.", "Summer"),
    ("I spoke to the man at the desk, Kofi I think, about it.", "Kofi")])
def test_a_hedged_name_set_out_after_a_placed_role_goes_whatever_follows(text: str,
                                                                       name: str) -> None:
    assert name not in Redactor().redact_text(text).text


def test_a_hedged_description_after_a_placed_role_stays() -> None:
    text = "I asked the lady at reception, the blonde one I think, to cancel it."
    assert Redactor().redact_text(text).text == text


@pytest.mark.parametrize(("text", "names"), [
    ("Cancellation: Cregeen, Juan – Wed 3rd 11:00 with the stylist.", ["Cregeen", "Juan"]),
    ("Attendees: Ozols, Juan; Mensah, Kofi", ["Ozols", "Mensah"]),
])
def test_a_surname_written_before_the_given_name_goes(text: str, names: list[str]) -> None:
    said = Redactor().redact_text(text).text
    assert not any(name in said for name in names), said


def test_a_place_before_a_name_and_what_they_did_stays() -> None:
    said = Redactor().redact_text("Kirkwall, Juan said it was fine.").text
    assert said.startswith("Kirkwall, "), said


@pytest.mark.parametrize(("text", "name"), [
    ("Kelesi will be second driver, sending hers tonight.", "Kelesi"),
    ("Note for the rota: Akpédjé Sossou has asked to be taken off Sundays.", "Sossou"),
    ("Player: Dechen Wangmo   Instrument: viola   Grade: 5", "Dechen"),
])
def test_names_no_list_knows_doing_or_holding_what_people_do_go(text: str, name: str) -> None:
    assert name not in Redactor().redact_text(text).text


@pytest.mark.parametrize("text", ["Toyota will be the main sponsor this year.",
                                  "Oraimo Powerbank is on sale.",
                                  "She has asked to be taken off the rota.",
                                  "She asked to come off the Sunday door rota."])
def test_brands_sponsoring_and_nouns_after_an_article_stay(text: str) -> None:
    assert Redactor().redact_text(text).text == text


def test_it_s_a_word_name_and_a_surname_calling_is_an_introduction() -> None:
    session = Redactor().session()
    said = [session.redact(text, channel).text for text, channel in (
        ("morning dawn it's bill kalsakau calling from port vila", "EXTERNAL"),
        ("take care bill and good luck with the roof", "INTERNAL"))]
    assert "bill" not in said[0] and "kalsakau" not in said[0] and "bill" not in said[1], said


@pytest.mark.parametrize(("text", "name"), [
    ("i'm flying tonight, my helper marites is at home with him.", "marites"),
    ("Summer's back from leave on Monday, ask her about the summer rota.", "Summer's"),
    ("Summer's on maternity leave until June.", "Summer's")])
def test_a_name_after_whose_helper_or_a_season_s_name_on_leave_goes(text: str, name: str) -> None:
    assert name not in Redactor().redact_text(text).text


def test_a_season_coming_back_stays() -> None:
    assert Redactor().redact_text("Summer is back again!").text == "Summer is back again!"


@pytest.mark.parametrize(("text", "name"), [
    ("hi, i have an appointment with rose on wednesday and i need to change it", "rose"),
    ("done, monday the 14th at 5pm with rose. also while i have you", "rose"),
    ("yes 11am with maria our seamstress, and the balance is due on the day", "maria")])
def test_whom_an_appointment_is_with_goes(text: str, name: str) -> None:
    said = Redactor().session().redact(text, "INTERNAL").text
    assert f" {name} " not in f" {said} " and f" {name}." not in said, said


@pytest.mark.parametrize("text", ["we planned the session with hope in mind",
                                  "it comes with summer fruit on top",
                                  "the 5pm class with grace notes is full"])
def test_a_thing_an_appointment_comes_with_stays(text: str) -> None:
    assert Redactor().session().redact(text, "INTERNAL").text == text


@pytest.mark.parametrize(("text", "name"), [
    ("tell my hubby bill i'm running late", "bill"),
    ("your colleagues bill said it was fine", "bill"),
    ("your colleague bill told me it was sorted", "bill"),
    ("your technician bill fixed it on tuesday", "bill"),
    ("so frank had a chat with the landlord", "frank"),
    ("I'm calling for the mensah household.", "mensah"),
    ("Can you call the kwame guy back?", "kwame"),
    ("Thanks to the amazing staff especially akosua.", "akosua"),
])
def test_what_the_second_review_found_leaking_goes(text: str, name: str) -> None:
    """A second reviewer helper's cases of this session's narrowed rules letting names through."""
    said = Redactor().session().redact(text, "EXTERNAL").text
    assert f" {name} " not in f" {said} " and f" {name}." not in said, said


@pytest.mark.parametrize(("text", "name"), [
    ("Grace, the van is outside now.", "Grace"), ("Amber, call me when you get this.", "Amber"),
    ("Holly, any news on the quote?", "Holly"),
    ("Action: Will to confirm numbers by Friday.", "Will"),
    ("Cancellation: Cregeen, Juan – Wed 3rd", "Cregeen")])
def test_what_the_second_review_found_leaking_in_typed_text_goes(text: str, name: str) -> None:
    assert name not in Redactor().redact_text(text).text


def test_a_known_bill_spoken_to_or_back_goes() -> None:
    session = Redactor().session()
    session.redact("hi my name is bill kalsakau", "EXTERNAL")
    said = [session.redact(text, "INTERNAL").text for text in (
        "when bill is back he'll ring you", "you can speak to bill tomorrow",
        "i'll pass it to bill and he'll ring you")]
    assert all(" bill " not in f" {line} " for line in said), said


@pytest.mark.parametrize(("text", "name", "kept"), [
    # a role and what it covers, then whom it is said to be
    ("the driving examiner for the north is grace, she's strict", "grace", "strict"),
    ("our surveyor on the day is frank", "frank", "surveyor on the day"),
    ("the engineer for your street is hope he'll ring first", "hope", "ring first"),
    # ... not what it is like
    ("the manager for that branch is away", "", "is away"),
    # someone in the room asked by their name and a question
    ("Hold on. Oyunaa, where did we put the letter?", "Oyunaa", "where did we put"),
    ("Sorry, was it the blue one?", "", "Sorry, was it"),
])
def test_a_role_placed_or_someone_asked_by_name_goes(text: str, name: str, kept: str) -> None:
    said = Redactor().session().redact(text, "EXTERNAL").text
    words = said.replace(",", " ").replace(".", " ").split()
    assert not name or name not in words, said
    assert kept in said, said


@pytest.mark.parametrize(("text", "names", "kept"), [
    # writers after a personal closing, joined or alone after "Love,"
    ("See you at Easter. Love, Tsiresy and Hery", ["Tsiresy", "Hery"], "See you at Easter."),
    ("The keys are under the mat. Cheers, Chipo & Temwa x", ["Chipo", "Temwa"], "under the mat"),
    ("Back on Sunday. Love, Voahirana", ["Voahirana"], "Back on Sunday."),
    # ... not places or firms joined so
    ("Flights booked. Cheers, London and Paris", [], "London and Paris"),
    # a word no dictionary holds beside a title and a name
    ("Stewards: Fanomezantsoa and Mrs Okonkwo", ["Fanomezantsoa", "Okonkwo"], "Stewards:"),
    ("Raffle prizes from Mr Tomlin and Tesco", ["Tomlin"], "Tesco"),
])
def test_writers_after_a_closing_and_people_beside_titled_names_go(
        text: str, names: list[str], kept: str) -> None:
    said = Redactor().redact_text(text).text
    assert all(name not in said for name in names), said
    assert kept in said, said


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a code typed right after someone's full name is theirs; a business's after a comma is not
    ("Relay team: Sione Taufa SQ-40917, Mele Vea SQ-40981", ["Sione", "40917", "40981"],
     ["Relay team:"]),
    ("Raised by Priya Shah, TICKET-20931, urgent", ["Priya"], ["TICKET-20931"]),
    # a minutes' list of absentees, its names no list knows; people in lower case in a list
    ("Absentees: Ngiraked, Ulechong, Bill Rengiil", ["Ngiraked", "Ulechong", "Rengiil"],
     ["Absentees:"]),
    ("Meeting notes. Attendees: rose, jack, amber", ["rose", "jack", "amber"], ["Attendees:"]),
    # a question for which thing, then its answer after a dash: no signature
    ("Which bank? – Monzo", [], ["Monzo"]),
    # a word no list knows signing after a question and a dash
    ("Are the tiles in yet? – Ngirmeriil", ["Ngirmeriil"], ["Are the tiles in yet?"]),
])
def test_codes_after_names_lists_and_signatures_of_typed_notes(
        text: str, gone: list[str], kept: list[str]) -> None:
    said = Redactor().redact_text(text).text
    assert all(word not in said for word in gone), said
    assert all(words in said for words in kept), said


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a month's short name after a day is the date's, never the first word of the name after it
    ("On 12 Jun Rafiq called about the damp.", ["Rafiq"], ["12 Jun"]),
    ("Jun Tanaka rang; she is away from 4 Jun.", ["Tanaka"], ["4 Jun."]),
    # ... not after a room's or an order's number, nor a month that is a name too
    ("Team 4 Jun Novak plays first.", ["Novak"], ["Team 4"]),
    ("Bed 12 May Chen is asleep.", ["May", "Chen"], ["Bed 12"]),
    # a firm's trade said last, capitalised: the firm's name, its founder's name with it
    ("The engineer from Trent Valley Heating comes Friday.", [], ["Trent Valley Heating"]),
    ("Call Bayliss Property Maintenance on Monday.", [], ["Bayliss Property Maintenance"]),
    # ... not the same word in lower case, nor a surname no trade is, nor one person's name
    # before it, nor a trade's word opening a compound noun
    ("the heating is broken again, Lorcan", ["Lorcan"], ["the heating"]),
    ("Maria Clara Flowers is my sister.", ["Maria", "Flowers"], ["is my sister."]),
    ("Hi Sarah Maintenance came round today", ["Sarah"], ["came round today"]),
    ("Regards, Tom Heating", ["Tom"], ["Regards,"]),
    ("Eileen Brennan Maintenance Request: tap leaking", ["Eileen", "Brennan"], ["tap leaking"]),
    ("Call Nina Music on Monday about lessons.", ["Nina"], ["on Monday"]),
    # a common word after "ask for" or "talking to" with the sentence going on is a thing;
    # a word ending the sentence may be a name
    ("we'd only ever ask for characters never the whole word", [], ["ask for characters"]),
    ("kia ora, you're talking to mere", ["mere"], ["talking to"]),
    # a rota's role filled with a word-name; someone "and his lad"; a couple and their surname;
    # a title, a particle and a surname
    ("Driver: Summer (van 2)", ["Summer"], ["Driver:", "(van 2)"]),
    ("Fitter: Howdens", [], ["Fitter: Howdens"]),
    ("Thanks again. Will and his lad will collect it on Friday.", ["Will and"], ["his lad will"]),
    ("Ok, Will & the lad will collect it.", ["Will &"], ["the lad will"]),
    ("Will and probate questions go to the legal team.", [], ["Will and probate"]),
    ("My dad died last month. Will and his debts - who pays?", [], ["Will and his debts"]),
    ("Thanks to Grace and Will Okafor for the cakes.", ["Grace", "Will", "Okafor"],
     ["for the cakes"]),
    ("We went to the Rose and Crown Inn.", [], ["Rose and Crown Inn"]),
    ("Dear Councillor Ní Bhriain,", ["Bhriain"], ["Dear"]),
    ("Captain O Neill rang about the berth", ["Neill"], ["rang about"]),
    # a weekday's plural, a time's "AM's", a plan's name after "under" are no one's
    ("Piano with Rose Tuesdays at 4.", ["Rose"], ["at 4."]),
    ("10 AM's fine, the depot's open till 3.", [], ["10 AM's fine"]),
    ("That's covered under Gold Cover, so no charge.", [], ["under Gold Cover"]),
    ("King's off sick, can Young cover the Wellington route?", ["Young"], ["cover the"]),
    ("it'll be under summer, my wife", ["summer"], ["it'll be under"]),
    ("youre talking with hemi how can i help", ["hemi"], ["how can i help"]),
    ("i was talking to insurers about the claim", [], ["talking to insurers about"]),
    ("kia ora youre speaking with hemi at nz transport", ["hemi"], ["at nz transport"]),
    ("Did Frank cover it?", ["Frank"], ["cover it?"]),
    # a word-name from a team of "ours", then what a person will do
    ("grace from our billing team will call you tomorrow", ["grace"], ["will call you"]),
    ("apple from the store will call", [], ["apple from the store"]),
])
def test_dates_before_names_and_firms_named_for_their_trade(
        redactor: Redactor, text: str, gone: list[str], kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # someone spoken to after a spaced dash, as after a sentence's end
    ("The entry fee is due Friday – Ikaika, can you confirm?", ["Ikaika"], ["can you confirm"]),
    ("Prices went up again – Lidl, can you believe it?", [], ["Lidl, can you believe"]),
    # a name inside a handle takes the whole handle
    ("Find me on Strava (lena_swims_99) for the Sunday loop.", ["lena", "swims_99"],
     ["on Strava (", ") for the Sunday loop"]),
    ("The new login is mr.okafor.locum from Monday.", ["okafor", "locum"],
     ["The new login is", "from Monday"]),
    # a role's holder named with "'ll be", then taken up after a comma
    ("So your driver'll be Hope, she'll ring when she's outside.", ["Hope"],
     ["she'll ring"]),
    ("the plumber will be late, he'll call first", [], ["will be late, he'll call"]),
    # done by someone: a name; by a means: none
    ("Refund approved by Dawn on the 4th.", ["Dawn"], ["on the 4th"]),
    ("forms received by post on monday", [], ["received by post on monday"]),
    # a name called out to ask them, after the relative was spoken of
    ("my husband set it up. Hang on. Olumide! What's the code?", ["Olumide"],
     ["What's the code?"]),
    ("My sister's away. Oh God! What's that noise?", [], ["Oh God! What's"]),
    ("my wife might join from work in galway, is that okay?", [], ["in galway, is that"]),
    ("Approved by IT: new laptop for reception.", [], ["by IT:"]),
    # no verb "will" takes a comma after it
    ("Will, the invoice for the Sato party bounced - can you chase it?", ["Will,"],
     ["the invoice for"]),
    ("Will, testament and probate questions go to the legal team.", [], ["Will, testament"]),
    # a modal asking, then a word-name its subject
    ("Great. And will Hunter be joining as well?", ["Hunter"], ["be joining"]),
    ("and would will be there too", ["would will"], ["be there too"]),
    ("the will will be read on monday", [], ["the will will be read"]),
    ("Will will be there at six", ["Will will"], ["will be there"]),
    # three full names are a list, one known; a surname that is a place's name among names
    ("Tea urn: Meera Kulkarni, Swati Deshmane, Hope Tuilagi", ["Meera", "Deshmane", "Tuilagi"],
     ["Tea urn:"]),
    ("We fly Kuala Lumpur, Abu Dhabi, Addis Ababa", [], ["Kuala Lumpur, Abu Dhabi"]),
    ("Kylie Dunn, 4 Kent St, Richmond NSW 2753", ["Kylie", "Dunn"], ["Richmond"]),
    ("Aoife Byrne, Ciaran Walsh, Tadhg, Mark Barry, Niamh", ["Mark", "Barry"], []),
    # a name no list knows, the subject of what a person has done
    ("Hi all, Wanjiru has kindly offered to bring the urn. Wanjiru has agreed to lock up.",
     ["Wanjiru"], ["to lock up"]),
    # a role's field filled with a capitalised word no list knows; a firm's worker's with a firm
    ("Rider: Kiprono. Leave at the gate.", ["Kiprono"], ["Leave at the gate"]),
    ("Courier: Yodel", [], ["Courier: Yodel"]),
    ("Groomer: Petsmart", [], ["Groomer: Petsmart"]),
    # review: departments and firms are approved by no one named; a phone's number after a
    # name; chat with no space after a full stop; a will's documents listed
    ("Approved by Legal on Monday, prepared by Deloitte.", [], ["by Legal", "by Deloitte"]),
    ("emergency contact number: Amy 07700 900461", ["Amy"], ["contact number"]),
    ("Spoke to Kevin.He said it was fine", ["Kevin"], ["He said it was fine"]),
    ("Will, power of attorney and trust documents from £99", [], ["Will, power"]),
    # a name called out before a question about what was set, with no wh-word
    ("Hang on, he set it. Bo! The memorable word for the gas? ... He says it's the cat.",
     ["Bo!"], ["The memorable word"]),
])
def test_the_forty_first_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                          kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # "will" after "did": no modal follows it (not the document)
    ("and does will have the spare key", ["does will"], ["have the spare key"]),
    ("did will and testament need witnesses", [], ["did will and testament"]),
    # a present tense's -s after a capitalised Will opening the sentence
    ("Will sorts the keys on Friday.", ["Will"], ["sorts the keys"]),
    ("Will payments resume in May?", [], ["Will payments resume"]),
    # the one greeted before an introduction; a firm before a greeting and an introduction
    ("Kwame Mensah, good afternoon, this is Efua speaking", ["Kwame", "Mensah", "Efua"], []),
    ("Lagos Harbour Energy, good morning, my name is Efua.", ["Efua"], ["Harbour Energy"]),
    # a scheme's name before the number it gives
    ("Can I take your Velocity Frequent Flyer number?", [], ["Velocity Frequent Flyer"]),
    # a word-name where someone is, then what they said; doing what people do
    ("Grace at the front desk said it's fine", ["Grace"], ["at the front desk"]),
    ("Hope is baking the cake for Saturday.", ["Hope"], ["is baking"]),
    ("Frank to attend the site meeting.", ["Frank"], ["to attend"]),
    # a role's holder, then whose thing it is
    ("my driving instructor dawn her car failed its test", ["dawn"], ["her car"]),
    # greeted with a greeting of two words; an opening's name before a question
    ("kia ora hope its tama here", ["hope", "tama"], ["kia ora"]),
    ("plumbing and gas this is frank where is the leak", ["frank"], ["where is the leak"]),
    # a name heard before, then asked of them
    ("my wife rose has the bills, rose can you read me the number", ["rose"],
     ["can you read me"]),
    ("about my power bill can you check it", [], ["power bill can you"]),
    # the one a wish is for
    ("it says happy retirement frank on the card", ["frank"], ["on the card"]),
    # a role's holder named by a word few say, then taken up
    ("your courier today is ngaire she'll ring", ["ngaire"], ["she'll ring"]),
    ("your driver is late he'll text you", [], ["is late"]),
    # the subject of a modal's question, then what a person does (not a passive)
    ("and can ngaire be on the account", ["ngaire"], ["be on the account"]),
    ("could john sign for it when it comes", ["john"], ["sign for it"]),
    ("could kiwibank ring me", [], ["kiwibank ring"]),
    ("does kiwibank have a branch in town", [], ["does kiwibank have"]),
    ("can bill be paid by card", [], ["can bill be paid"]),
    ("can priya come in on monday", ["priya"], ["come in"]),
    # where a word-name is
    ("yeah will is away this week", ["will is"], ["away this week"]),
    ("the will is in the safe", [], ["the will is"]),
    # review: the one greeted before a greeting and an introduction; a name before a scheme's
    # noun; a word-name after a greeting; documents, firms, wishes and words typed elsewhere
    ("Dear Sarah, good afternoon, my name is Tom from the leasing office.", ["Sarah", "Tom"],
     ["leasing office"]),
    ("Is that your Mum Priya's number?", ["Priya"], ["your Mum"]),
    ("Hi it's grace Friday is fine for me", ["grace"], ["is fine for me"]),
    ("the signed will is here", [], ["the signed will is here"]),
    ("how long does will probate take", [], ["does will probate"]),
    ("Will states the house goes to my sister.", [], ["Will states"]),
    ("the plumbers invoice he's sent it twice", [], ["invoice he's"]),
    ("could summer be a better time for the work", [], ["could summer be"]),
    ("happy birthday hope you have a great day", [], ["hope you have"]),
    ("I typed Welcome10 at checkout and it said the code was invalid.", [], ["Welcome10"]),
    ("Hope to attend the hearing on Monday.", [], ["Hope to attend"]),
    ("Sky is playing up again", [], ["Sky is playing"]),
    ("Sky in the email says it's the router.", [], ["Sky in the email"]),
    ("kia ora koutou this is aroha", ["aroha"], ["koutou"]),
    # a relation's "will", then an auxiliary no modal goes before
    ("my husband will normally does the bins but he's away", ["will"], ["normally does"]),
    ("my mum will normally call you", [], ["will normally call"]),
    # a family welcomed is no firm welcomed; "btw" after a typed name
    ("Welcome to the Okonjo family, over from Enugu for a month!", ["Okonjo"], ["family"]),
    ("its Tavita btw, new number", ["Tavita"], ["btw, new number"]),
    # a word no list knows, then what a volunteer has done
    ("Hemalatha has offered to bring the urn.", ["Hemalatha"], ["has offered"]),
    # a second review: a customer greeted whose surname is an English word; a name before a
    # weekday and a date; the will's own verbs; adjectives greeted; a firm in its own terms
    ("Oliver Swift, good morning, my name is Sam", ["Oliver", "Swift", "Sam"], []),
    ("John Baker, good morning, this is Sam from the bank.", ["John", "Baker", "Sam"],
     ["from the bank"]),
    ("Harbour Bank, good morning, this is Sam", ["Sam"], ["Harbour Bank"]),
    ("Hi it's joy Friday the 17th works for me", ["joy"], ["the 17th works"]),
    ("Will revokes all earlier wills.", [], ["Will revokes"]),
    ("hi beautiful that's great", [], ["hi beautiful"]),
    ("Sky in their terms says I can cancel", [], ["Sky in their terms"]),
    ("I typed Kowhai2024! in the password field", ["Kowhai2024"], ["password field"]),
    ("the account number for the order number 88231", [], ["88231"]),
])
def test_the_forty_second_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                           kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a word name spoken to at the end of an exclamation or a question, no comma before it
    ("don't be late Will!", ["Will"], ["don't be late"]),
    ("hurry up Bill!", ["Bill"], []),
    ("is that ok Grace?", ["Grace"], []),
    ("pay the Bill!", [], ["pay the Bill"]),
    ("see you in May!", [], ["in May"]),
    ("Yes we Will!", [], ["we Will"]),
    ("I got a huge Bill!", [], ["huge Bill"]),
    # someone where they work, then what they said; a legal will stays
    ("Bill in accounts says it's paid", ["Bill"], ["in accounts says"]),
    ("Will in probate says the house is hers", [], ["Will in probate"]),
    # a name that is a word, before "from" and a team of ours
    ("perfect you'll have will from our bozeman crew he drives over", ["will"],
     ["from our bozeman crew"]),
    ("the bill from our accounts team", [], ["bill from our"]),
    ("I hope from our office you can", [], ["hope from our"]),
    # a name said alone after a question about a relation
    ("could he ring my daughter first? Rose. I don't hear the phone so well.", ["Rose"],
     ["daughter first"]),
    ("Can the engineer come? Monday. Any time.", [], ["engineer come", "Monday"]),
    # the writer's number after the name they sign with; a model's number stays
    ("Cheers, Dean 0438 551 207", ["Dean"], ["Cheers"]),
    ("I bought the Galaxy 23 yesterday", [], ["Galaxy 23"]),
    # a rota's first column, half of it names already; lines of things stay
    ("Jobs for Saturday\nGrace - teas\nBill - music folders\nOtieno - chairs\nTomasz - urn",
     ["Grace", "Bill", "Otieno", "Tomasz"], ["Jobs for", "music folders"]),
    ("Bill - paid\nGas - paid\nWater - paid", [], ["Bill - paid", "Gas"]),
    ("Monday: gym\nTuesday: swim\nWednesday: off", [], ["Monday", "Tuesday"]),
    # a closing's "thank you," before one name no place is
    ("Thank you, Vilay", ["Vilay"], ["Thank you"]),
    ("Thank you, Santander.", [], ["Santander"]),
    # capitals join a name to the word-name after it; not a modal
    ("my partner Minh Long will be dropping them in his van", ["Minh", "Long"], ["will be"]),
    ("Tomasz Will call you", ["Tomasz"], ["Will call you"]),
    # a message opened by whom it asks, in texting's words
    ("Hunter did you get the DDJ-FLX10 for the gig?", ["Hunter"], ["did you get the DDJ"]),
    ("Cool you got it?", [], ["Cool you got"]),
    # a weekday before a date's number is no surname; "Sun" is one before a count
    ("booked with Priya Thu 27/02 10:00", ["Priya"], ["Thu 27/02"]),
    ("Yang Sun 2 beds, Chen Wu 1 bed", ["Sun"], ["2 beds"]),
    # review: a verb after a modal, an interjection after a question, a relation thanked
    ("The refund will come from our accounts team.", [], ["will come from"]),
    ("Did the driver leave it at the door? Cool, thanks.", [], ["Cool, thanks"]),
    ("Thank you, Mum.", [], ["Mum"]),
    ("That's so Long!", [], ["so Long"]),
    # a kin word as a title; whom to text at a number; told, then taken up by "she"
    ("Aunty Lek will bring the rice", ["Lek"], ["bring the rice"]),
    ("Anything else, text Siriporn at (503) 555-0186", ["Siriporn"], ["Anything else, text"]),
    ("Can someone tell Ishbel before Saturday, she will want to know", ["Ishbel"],
     ["before Saturday"]),
    ("I told Afterpay, they said no", [], ["Afterpay"]),
    ("Volunteers to barrow it: Hamish, Okello.", ["Hamish", "Okello"], ["Volunteers"]),
    # someone got to do an errand; checked with, then taken up by "he's"; a surname no list
    # knows after "it's" and a word name
    ("got it i can get tama to swing by thursday morning", ["tama"], ["to swing by"]),
    ("i'll get bill to check it", ["bill"], ["to check it"]),
    ("can you get it to work", [], ["get it to work"]),
    ("get water to boil", [], ["water"]),
    ("Let me check with Tama, he's your way Tuesdays", ["Tama"], ["he's your way"]),
    ("I'll check with Ocado, they're slow", [], ["Ocado"]),
    ("oh kia ora sunny it's bill tane out at rangiora", ["bill", "tane"], ["out at"]),
    # a firm greeted (not a given name and a surname that is a firm's word too)
    ("Hi Bord Gáis Energy, I'm moving house on Friday", [], ["Bord Gáis Energy"]),
    ("Hi Charlotte Church, thanks for the update.", ["Charlotte", "Church"], ["thanks"]),
    # second review: given names the data lacks before a word name; a bill that is a bill;
    # a weekday between a name and a birth date with its year
    ("Please send it to Madison Hope at the front desk.", ["Madison", "Hope"], ["front desk"]),
    ("how big is this power Bill!", [], ["power Bill"]),
    ("Bill in my inbox says overdue.", [], ["Bill in my inbox"]),
    ("got bill from our accounts team today, it's 300 dollars", [], ["got bill from"]),
    ("John Smith Sat 12/04/1975", ["John", "Smith", "1975"], []),
    ("We love the Papa Roach album.", [], ["Papa Roach"]),
    ("Contact Xero at 0800 936 555", [], ["Contact Xero"]),
    ("Could he ring my daughter first? Cool. Thanks.", [], ["Cool"]),
    # left by the reviews: a list's middle item no list knows; a word name signing before
    # the writer's number
    ("Volunteers to barrow it: Hamish, Okello, Tavita.", ["Hamish", "Okello"], ["Volunteers"]),
    ("Cheers, Will 0438 551 207", ["Will"], ["Cheers"]),
    ("I paid the bill 0412 555 019", [], ["the bill"]),
    # a team sheet's places on one line; "so Will shifts to centre"; what befell one's body;
    # a colleague in a department who will email
    ("6 Marcus Young 7 Reuben Tipiloura 8 Tom Darwin 9 Ioane Teiwaki", ["Tom", "Darwin"],
     []),
    ("Platform 2 London 3 Paris 4 Rome 5 Berlin", [], ["London", "Paris"]),
    ("so Will shifts to centre and Ioane comes onto the wing", ["Will"], ["shifts to centre"]),
    ("Tabwena did his hammy at training", ["Tabwena"], ["did his hammy"]),
    ("Ocado changed her slot", [], ["Ocado"]),
    ("my colleague bill in adjudication will email you by five pm on friday", ["bill"],
     ["in adjudication"]),
])
def test_the_forty_third_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                         kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a word no list knows, capitalised right after a verb done to a person
    ("I saw Ruaridh at the match on Saturday.", ["Ruaridh"], ["at the match"]),
    ("We met Tavake at the depot.", ["Tavake"], ["at the depot"]),
    ("I met Siosaia and Ruaridh at the club.", ["Siosaia", "Ruaridh"], ["at the club"]),
    ("I asked Afterpay about it.", [], ["Afterpay"]),
    # a word name in lower case after its subject is the word, not the name's first part
    ("I saw Priya at the match.", ["Priya"], ["I saw"]),
    ("frank O'Neill", ["frank", "O'Neill"], []),
    # the items beside a name in a list whose items share its shape
    ("Line-up: Mark on bass, Tavita on drums, Grace on vocals.", ["Mark", "Tavita", "Grace"],
     ["on bass", "on drums", "on vocals"]),
    ("Mark on bass, Tavita on drums and Will on keys.", ["Mark", "Will"], ["on keys"]),
    ("Rota for the stall: Will - Mondays, Priya - Fridays, Sunny - Sundays. Thanks all",
     ["Will", "Priya", "Sunny"], ["Mondays", "Fridays"]),
    ("Orders: May on Tuesday, Priya on Friday.", ["Priya"], ["May on Tuesday"]),
    ("Dublin on Monday, Cork on Tuesday, Priya on Wednesday.", ["Priya"],
     ["Dublin on Monday", "Cork on Tuesday"]),
    # a given name and a surname filling a field for someone; a short line with a word in
    # lower case (or an acronym) is no title
    ("Caller: Dale Hunter, cell 406-855-0193", ["Dale", "Hunter"], ["cell"]),
    ("Re: Rose King, DOB 17.06.1959", ["Rose", "King"], ["Re:"]),
    ("Re: Grace Period", [], ["Grace Period"]),
    ("Fitter: Howdens Joinery", [], ["Howdens Joinery"]),
    ("Trainer: Nike Air Max", [], ["Nike Air Max"]),
    ("14 Ocean Dr, Ballarat", [], ["Ballarat"]),
    # a capitalised Will after "is", "has", "does" opening a question; praise to someone
    ("is Will playing tonight or will we need a sub again", ["Will playing"], ["will we"]),
    ("Has Will paid his subs?", ["Will"], ["paid his subs"]),
    ("is will power enough", [], ["will power"]),
    ("Massive shout out to Kalani for a PB at the weekend!", ["Kalani"], ["for a PB"]),
    ("Well done to Kalani and Tavita!", ["Kalani", "Tavita"], ["Well done"]),
    ("Thanks to Ocado for the speedy delivery!", [], ["Ocado"]),
    ("Siosaia will meet them at the airport.", ["Siosaia"], ["at the airport"]),
    # a nickname in quotes or brackets after the name
    ('Clinic note – Anjali Menon ("Anju"), 34F, referred by Dr Thomas Kurian',
     ["Anjali", "Anju", "Thomas"], ["34F, referred by Dr"]),
    ('Robert "Bobby" Tane called', ["Robert", "Bobby", "Tane"], ["called"]),
    ("Priya Shah (Finance) called", ["Priya"], ["(Finance)"]),
    # a list half of whose items are names already
    ("Cornets - Will, Jenna, Sunny, Kofi Mensah", ["Will", "Jenna", "Sunny", "Kofi"],
     ["Cornets"]),
    ("Veg: Carrots, Leeks, Rose, Kale", [], ["Carrots, Leeks, Rose, Kale"]),
    ("Note: Murdo speaking", ["Murdo"], ["speaking"]),
    # the second review: firms met, in a list's items, quoted; the will's document
    ("We met Zoopla last week about the listing.", [], ["Zoopla"]),
    ("We met Tavake at the depot.", ["Tavake"], ["at the depot"]),
    ("Has Will been updated?", [], ["Will been updated"]),
    ("Rota: Sarah - kitchen, Deliveroo - drinks, Jo - music.", ["Sarah", "Jo"],
     ["Deliveroo - drinks"]),
    ('Sarah Jones ("Xero") is our contact.', ["Sarah"], ["Xero"]),
    ("Yes. My trainer, Sunday, said the freeze is free.", ["Sunday"], ["trainer"]),
])
def test_the_forty_fourth_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                          kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # typed with its capital, a word neither the name data nor English holds, asked what it
    # can do (not a city English knows); a verb made of one the dictionary has stays
    ("Could Lasith check the cert before Friday?", ["Lasith"], ["check the cert"]),
    ("Can Taufa bring the urn to the hall?", ["Taufa"], ["bring the urn"]),
    ("Can Pune take the escalation?", [], ["Pune"]),
    ("Could Ravi resend the invoice?", ["Ravi"], ["resend the invoice"]),
    ("Tomasz unsubscribed me by mistake.", ["Tomasz"], ["unsubscribed me"]),
    # what the speaker is, no name; a role's holder named after it
    ("I'm executor with my brother Dafydd.", ["Dafydd"], ["I'm executor"]),
    ("i'm trustee on the account now", [], ["trustee on the account"]),
    ("so the underwriter ken wanted two payslips", ["ken"], ["the underwriter"]),
    # "May I" after a polite word and a full stop is the modal
    ("Very sorry about that, sir. May I have the tracking number?", [], ["May I have"]),
    ("Thanks ma'am. May I know your postcode?", [], ["May I know"]),
    ("Mrs. May Chen will collect it.", ["May Chen"], ["will collect"]),
    # a list mostly of names: a word that names a town too is a person there
    ("Attendees: Grace, Hope, Paris, Tom", ["Grace", "Paris", "Tom"], ["Attendees"]),
    # a tenancy's, a lease's or a season pass's reference is the holder's; "I" after a code
    ("Your tenancy reference is TN-88213.", ["TN-88213"], ["tenancy reference"]),
    ("Season pass SP-220917 was scanned at the top lift.", ["SP-220917"], ["scanned"]),
    ("Member id QK4471 I think, not sure.", ["QK4471"], ["I think"]),
    ("i'm sole executor with my sister", [], ["sole executor"]),
    # a pair spoken to, of words no data holds; a firm's pair doing something stays
    ("Mutinta and Chipo please collect the chairs after mass.", ["Mutinta", "Chipo"],
     ["please collect"]),
    ("Zoopla and Rightmove will list it on Monday.", [], ["Zoopla and Rightmove"]),
    # what only a person does in a meeting's minutes
    ("Item 4: Ngaio seconded; carried.", ["Ngaio"], ["seconded; carried"]),
])
def test_the_forty_fifth_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                         kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a word-name opening a sentence before a modal denied; a season is no one
    ("Grace couldnt make the 6am shift, flu apparently.", ["Grace"], ["couldnt make"]),
    ("Hunter won't be at training on Thursday.", ["Hunter"], ["won't be at training"]),
    ("Spring won't be late this year, the forecast says.", [], ["Spring won't be late"]),
    # someone reached where they work
    ("Spare keys are with Bill in the warehouse.", ["Bill"], ["in the warehouse"]),
    ("A bill from Octopus in the post today.", [], ["Octopus in the post"]),
    # a name no data holds, asked back and taken up as "he" or "she"
    ("Tumelontle? She moved to the Pretoria office last year.", ["Tumelontle"],
     ["She moved"]),
    ("Zalando? They refunded it in the end.", [], ["Zalando?"]),
    # a word in lower case after an abbreviation's stop signs nothing from a writer of capitals
    ("Total 95 EUR incl. parts.", [], ["incl. parts"]),
    # a letter's salutation in another language; money sent to someone at a phone number
    ("Querida Hope: gracias por todo.", ["Hope"], ["gracias por todo"]),
    ("Collection is 200 each, send to Joy 0917 552 0843 by Friday.", ["Joy"], ["by Friday"]),
    ("Please pay to GTBank 0174529836 before delivery.", [], ["GTBank"]),
    # the review: brands before a denied modal doing a thing's part, payment apps
    ("Apple won't replace the screen under warranty.", [], ["Apple won't replace"]),
    ("Hope can't be the only option here.", [], ["Hope can't be"]),
    ("I sent it via transfer to Opay 8012345678 yesterday.", [], ["Opay"]),
    # a word no data holds thanked beside a name; a Welsh thanks before a sign-off
    ("Thanks to Gwenllian and Mair Hughes for arranging the flowers.", ["Gwenllian", "Mair"],
     ["for arranging the flowers"]),
    ("The hymn sheets are ready to collect. Diolch, Eirwen", ["Eirwen"], ["Diolch,"]),
    ("We flew in from Abuja and Tolu met us at arrivals.", [], ["Abuja"]),
])
def test_the_forty_sixth_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                         kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # in speech with no capitals, a word name opening a clause before a modal denied with
    # someone kept away, or before "has"/"had" and a booking; not after an article, nor a
    # season, nor a thing done to
    ("ok so hunter has an appointment on the ninth", ["hunter"], ["has an appointment"]),
    ("yeah so rose couldnt come in on friday", ["rose"], ["couldnt come in"]),
    ("and frank cant make it to the viewing", ["frank"], ["cant make it"]),
    ("so dawn had a lesson booked for two", ["dawn"], ["had a lesson"]),
    ("the mark cant come off the wall", [], ["the mark cant come off"]),
    ("and summer has no bookings left", [], ["summer has no bookings"]),
    ("bill has been paid in full", [], ["bill has been paid"]),
    ("so apple had a look at the phone and said it was water damage", [], ["apple had a look"]),
])
def test_the_forty_seventh_session_s_names(redactor: Redactor, text: str, gone: list[str],
                                           kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a team's member who has or does something; not a season
    ("Hope in payroll has your P60 ready to collect.", ["Hope"], ["in payroll has"]),
    ("Summer in sales was quiet this year.", [], ["Summer in sales"]),
    # a modal that is a name, before an auxiliary no modal takes
    ("Shifts this week: Will does the early one, Ana takes the late.", ["Will does"],
     ["does the early one"]),
    ("Will you call me back?", [], ["Will you"]),
    # the writer signing with their number; a Samoan thanks and sibling
    ("Ta, Eilidh 07700 900 461", ["Eilidh"], ["Ta,"]),
    ("The boat trip is on Sunday. Fa'afetai, Sina", ["Sina"], ["Fa'afetai,"]),
    ("My uso Tevita has the trailer.", ["Tevita"], ["has the trailer"]),
    # a form's field holding a firm; a town of a word name and an English word; firms named in
    # other languages' words
    ("CONSIGNEE: Harbourside Food Importers Ltd, Dunedin", [],
     ["Harbourside Food Importers Ltd"]),
    ("Please post it to 88 Mill Race Rd, Crystal Lake, IL 60014.", ["88 Mill Race"],
     ["Crystal Lake"]),
    ("Our cellar tour at Weingut Schlossberg starts at 11.", [], ["Weingut Schlossberg"]),
    # "PP no" a passport's number; "pp" alone pages
    ("Crew list: Jomar Reyes, PP no P4471290A", ["P4471290A", "Jomar"], ["PP no"]),
    ("see pp 12-14 of the handbook", [], ["12-14"]),
])
def test_the_forty_seventh_session_s_typed_names(redactor: Redactor, text: str,
                                                 gone: list[str], kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # the review: how a thing comes, a thing in a department done to, a form's next line
    ("mark cant come out in the wash", [], ["mark cant come out"]),
    ("dawn cant come soon enough", [], ["dawn cant come"]),
    ("Money in accounts has been frozen.", [], ["Money in accounts"]),
    ("Name: Priya Patel\nTel: 01632 960 123", ["Priya", "Patel"], ["\nTel:"]),
    ("Name: Rose Abernethy\nEmail: rose@example.com", ["Rose", "Abernethy"], ["\nEmail:"]),
])
def test_the_forty_seventh_session_s_review(redactor: Redactor, text: str, gone: list[str],
                                            kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))



@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a name whose capitalised run ends in an everyday noun or a firm's word: a firm's
    ("The compost came from Okonkwo Garden Supplies last week.", [],
     ["Okonkwo Garden Supplies"]),
    ("The pallets go with Baltic Star Freight, not us.", [], ["Baltic Star Freight"]),
    ("Lunch is from Adebayo Street Kitchen today.", [], ["Adebayo Street Kitchen"]),
    ("The cake order is for Chidi Market Traders Association.", [],
     ["Chidi Market Traders Association"]),
    ("Lunch at Golden Dragon Kitchen with Ayesha Raza tomorrow.", ["Ayesha", "Raza"],
     ["Golden Dragon Kitchen"]),
    ("Customer care, Kwame Express Transit", [], ["Kwame Express Transit"]),
    ("Quote from Okafor & Lindqvist Solicitors attached.", [],
     ["Okafor & Lindqvist Solicitors"]),
    # ... one such noun after a name of a word or two is a surname; a word name after another
    # name is too; a role, a label's word, a relation, a possessive's thing say whose
    ("Refund was approved by Marion Fields on 3 May.", ["Marion"], ["on 3 May"]),
    ("Please ask Grace Young about the keys.", ["Grace", "Young"], ["about the keys"]),
    ("Lunch with Austin Reed on Friday", ["Austin", "Reed"], ["Lunch with"]),
    ("Kwabena Owusu Sales Director called twice.", ["Kwabena", "Owusu"], ["Sales Director"]),
    ("Patient: Ngozi Adaeze Eze Date of birth: 02/03/1988", ["Ngozi", "Eze"],
     ["Date of birth"]),
    ("This parcel is for client Wanbli Big Eagle.", ["Wanbli"], ["This parcel"]),
    ("Mirela Popescu's Garden Bench arrived broken.", ["Mirela", "Popescu"],
     ["arrived broken"]),
    ("Text Ate Rowena at 6.", ["Rowena"], ["at 6"]),
    ("Send it by Royal Mail, Hemi Walker.", ["Hemi", "Walker"], ["Send it by"]),
    ("Pairs on Sunday: Tomasz Nowak & Summer", ["Tomasz", "Summer"], ["Pairs on Sunday"]),
    ("Meet Sunny Meadow, who joins us from Leeds.", ["Sunny"], ["who joins us"]),
    # ... nor one "he" or "she" follows
    ("Jack Street Kitchen said he would pay on Monday.", ["Jack"], ["would pay"]),
    ("Amara Field Post says she was overcharged.", ["Amara"], ["was overcharged"]),
])
def test_the_forty_eighth_session_s_firms(redactor: Redactor, text: str, gone: list[str],
                                          kept: list[str]) -> None:
    _goes_and_stays(redactor, text, tuple(gone), tuple(kept))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("The tasting tour stops in Faenza and Motala before Durango.", (), ("Faenza", "Durango")),
    ("We flew to Balboa and then on to Kuta.", (), ("Balboa", "Kuta")),
    ("Faenza said she would call back.", ("Faenza",), ()),
    ("Regards, Lucia Moncada", ("Lucia", "Moncada"), ()),
    ("Mr Raub signed the form in Riihimaki.", ("Raub",), ("Riihimaki",)),
])
def test_a_town_that_is_a_rare_surname_takes_a_slot_not_a_capital(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    """The forty-ninth session: the towns of the gazetteer that only rank as somebody's rare
    surname somewhere are class P."""
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Perhaps Will could bring the forms on Monday.", ("Will",), ("bring the forms",)),
    ("not sure Will should drive that far", ("Will",), ("should drive",)),
    ("The Will can be updated at any time.", (), ("Will can be updated",)),
    ("Your Will must be signed by two witnesses.", (), ("Will must be signed",)),
])
def test_a_capitalised_will_before_a_modal_in_mid_sentence_is_a_name(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    """No modal goes before another modal: "maybe Will can send it" names someone."""
    _goes_and_stays(redactor, text, gone, kept)



@pytest.mark.parametrize(("text", "gone", "kept"), [
    # an everyday English word written with accents is a name where a capital says so
    ("Inés booked it but Réal still has the old date.", ("Réal",), ("old date",)),
    ("Please ask Germán to sign the delivery note.", ("Germán",), ("delivery note",)),
    ("The Café opens at 9 and the Rosé is on offer.", (), ("Café", "Rosé")),
    ("Shipping to México takes 5 days; BBVA México confirmed.", (), ("to México", "BBVA México")),
    # a word no list knows, thanked, reminded or messaged
    ("Please thank Wambura for the lovely parcel!", ("Wambura",), ("lovely parcel",)),
    ("remind Tsetseg about the float before Friday", ("Tsetseg",), ("before Friday",)),
    ("Thank Kasaija Weavers for the quick turnaround.", (), ("Kasaija Weavers",)),
    # two words no list knows, then whose group or family it is
    ("Mbabazi Tumusiime and her sisters wove the mats.", ("Mbabazi", "Tumusiime"), ("wove",)),
    # who paid, who crewed, who keeps the books: labels of people
    ("Payee: Rwenzori Crafts Ltd | Remitter: Hope Delacroix, USD 120", ("Hope", "Delacroix"),
     ("USD 120",)),
    ("Crew: Sigurd Haugen, Oddvar Lie", ("Sigurd", "Haugen", "Oddvar"), ()),
    ("Note from the club secretary: Nairobi Harlequin RFC dues are KES 9,000.", (),
     ("Nairobi Harlequin RFC",)),
])
def test_the_forty_ninth_session_s_people(redactor: Redactor, text: str, gone: tuple[str, ...],
                                          kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a name that is a word too, then what it did with what is theirs
    ("Sorted. Dawn moved hers to the new account in May.", ("Dawn",), ("moved hers",)),
    ("Chase sent me a new card last week.", (), ("Chase sent",)),
    # a firm doing something is no person (a reviewer's cases for a rule tried and dropped)
    ("Deliveroo arrived late again.", (), ("Deliveroo",)),
    ("Kisumu flooded again last spring.", (), ("Kisumu",)),
    # firms after the people's labels, apps told to do things, adverbs set off by commas
    ("Payer: Cork GAA", (), ("Cork GAA",)),
    ("Captain: Barnsley FC", (), ("Barnsley FC",)),
    ("the bloke at the counter, Honestly, said it was fine", (), ("Honestly",)),
    ("Saké was served with dinner.", (), ("Saké",)),
    ("From: Réal Dubois", ("Réal", "Dubois"), ()),
])
def test_what_someone_did_names_them(redactor: Redactor, text: str, gone: tuple[str, ...],
                                     kept: tuple[str, ...]) -> None:
    """The forty-ninth session: a word name by what it did with what is theirs."""
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a code in brackets after a person's name is theirs, whatever cue comes after it
    ("Member Rangi Parata (WCC-20413) says order #55120 is late.", ("WCC-20413",),
     ("order #55120",)),
    ("Order for Amaya Clarke (ORD-30917) shipped today.", (), ("ORD-30917",)),
])
def test_a_code_in_brackets_after_a_name_is_theirs_whatever_cue_follows(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("The order from Maison Verlaine shipped on Monday.", (), ("Maison Verlaine",)),
    ("Autocars Lévesque will drive the group to Québec.", (), ("Autocars Lévesque",)),
    ("We stayed at Quinta Albuquerque near Porto.", (), ("Quinta Albuquerque",)),
    ("Regards, Jean Maison", ("Jean", "Maison"), ()),
])
def test_a_firm_s_first_word_of_another_language_makes_the_run_a_firm_s(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # an agent's opening: a greeting, a business, then "I'm" and a name that is a word too
    ("Good morning, Harbour Dental bookings Leeds, I'm Hazel. How can I help?", ("Hazel",),
     ("Harbour Dental",)),
    ("hello, northway energy, i'm robin, what can i do for you", ("robin",), ("northway",)),
    ("Hi, I'm moving house next week and need a new meter", (), ("moving house",)),
    ("Good morning, sorry, I'm late with the payment", (), ("late with the payment",)),
    # a noun phrase before "here" is no agent's name
    ("I have my spare keys here, shall I read the fob number?", (), ("spare keys here",)),
    # where most of a list are names, a lone word no list knows is one too
    ("Attending: Rhodri Evans (treasurer), Siân Price, Dafydd Rees, Heulwen.",
     ("Rhodri", "Dafydd", "Heulwen"), ("treasurer",)),
    ("Stock at Harrods, Selfridges, Liberty and Fortnum.", (), ("Selfridges", "Fortnum")),
])
def test_the_fiftieth_session_s_people(redactor: Redactor, text: str, gone: tuple[str, ...],
                                       kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a modal asks, and a capitalised "Will" mid-sentence is whom it asks about
    ("Stock is low, would Will print the labels tonight?", ("Will",), ("print the labels",)),
    ("I can Will it to happen", (), ("Will it",)),
    ("Can Will drive the minibus on Friday?", ("Will",), ("drive the minibus",)),
])
def test_a_capitalised_will_after_a_modal_mid_sentence_is_a_name(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # what everyone called someone, a name closing the clause
    ("my uncle Tomasz, everybody called him Bill, even the vicar", ("Bill",), ("even the vicar",)),
    ("we all called her rose because of the garden", ("rose",), ("because of the garden",)),
    ("I called him back twice", (), ("back twice",)),
    ("they called her mum and she loved it", (), ("her mum",)),
])
def test_what_everyone_called_someone_is_their_name(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a name that is a word too, from "the" club, office or team, then what a person does
    ("Hope from the Ōtaki rugby club rang twice", ("Hope",), ("Ōtaki rugby club",)),
    ("Minutes: Rose from the Tauranga croquet club wants a rematch", ("Rose",), ("rematch",)),
    ("Flights from the Gatwick terminal leave late", (), ("Flights", "Gatwick")),
])
def test_a_word_name_from_the_club_then_what_people_do(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "kept"), [
    # a maker, a line that is an English word, then the model's number
    ("it says Honeywell Vista 20P on the front", "Honeywell Vista 20P"),
    ("the display reads Viessmann Vitodens 100W", "Viessmann Vitodens 100W"),
])
def test_a_maker_and_its_line_before_a_model_number_stay(redactor: Redactor, text: str,
                                                         kept: str) -> None:
    _goes_and_stays(redactor, text, (), (kept,))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # whom to reach at an e-mail or on a phone number, after "to", "email", "text" ...
    ("Send your entries to Tavake at tavake.h@example.org by Friday", ("Tavake",), ("by Friday",)),
    ("text Siosaia on 021 445 9012 after 5", ("Siosaia",), ("after 5",)),
    ("email Rose at rose.t@example.org", ("Rose",), ()),
    ("Contact Sales at sales@example.org", (), ("Contact Sales",)),
    ("or email Ofwat at enquiries@example.org", (), ("email Ofwat",)),
])
def test_whom_to_reach_at_an_address_is_named(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a Japanese or Korean honorific after a name, hyphenated or typed apart after its capital
    ("Please pass the invoice to Ueda-san before Friday.", ("Ueda",), ("before Friday",)),
    ("Memo for Sono-sensei: the exam room moved.", ("Sono",), ("the exam room moved",)),
    ("Thanks again, Son-nim!", ("Son",), ("Thanks again",)),
    ("ask Ueda sama about the kimono fitting", ("Ueda",), ("kimono fitting",)),
    ("We land in San Jose at noon", (), ("San Jose",)),
    ("the sushi-san place downtown is shut", (), ("sushi-san",)),
])
def test_a_name_before_an_honorific_is_a_name(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a capitalised word no list knows opening a message, a comma, then the message
    ("Tsogtbaatar, driver needs the customs form by noon.", ("Tsogtbaatar",),
     ("driver needs the customs form",)),
    # ... not a town or a firm given as an answer, nor a firm asked something
    ("Tarnobrzeg, in Poland, near the river.", (), ("Tarnobrzeg",)),
    ("Zurvita, account number is on the card.", (), ("Zurvita",)),
    ("Kwikfix, why is my parcel late?", (), ("Kwikfix",)),
    ("Brightwater, accounts speaking.", (), ("Brightwater",)),
    # a word-name addressed before someone else is named to them
    ("Bill, Anneke at the depot says the pallets are short.", ("Bill", "Anneke"),
     ("at the depot",)),
])
def test_whom_a_message_opens_on_is_named(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a firm's word by its trade's ending: after "from our", or opening a run in another tongue
    ("Faith from our creamery will bring the samples.", ("Faith",), ("our creamery",)),
    ("Mark from Ashdown Cidery says the press is fixed.", ("Mark",), ("Ashdown Cidery",)),
    ("We stock the pale ale of Brauerei Lindner in Graz.", (), ("Brauerei",)),
    ("Invoice to Chocolaterie Boterbloem, Bruges.", (), ("Chocolaterie Boterbloem",)),
    ("Valerie Dupont will call tomorrow.", ("Valerie", "Dupont"), ("call tomorrow",)),
])
def test_a_trade_s_ending_marks_a_firm(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # capitalised words alone in brackets after someone's number: whose number it is
    ("Please note customer #44817 (Tui Fonoti) called about the late refund again.",
     ("Tui", "Fonoti"), ("late refund",)),
    ("Patient no. 5512 (Ngaio) was seen today and discharged.", ("Ngaio",), ("seen today",)),
    ("Our member MB-2231 (Tsetseg) has paid the fee for next year.", ("Tsetseg",),
     ("paid the fee",)),
    # ... not a thing's number, nor what is no one's name
    ("The order 4471 (Bergen) shipped on Monday with the others.", (), ("Bergen",)),
    ("Our member 2231 (Gold tier) asked for a refund today.", (), ("Gold tier",)),
])
def test_a_name_in_brackets_after_someone_s_number(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a hyphenated given name whose first part is also a word of address ("ji")
    ("Thanks Ji-hoon, the fabric arrived in Daegu this morning.", ("Ji-hoon", "hoon"),
     ("fabric arrived",)),
    ("thank you ji, i will send it today", (), ("thank you ji",)),
    # a given name and a surname English text holds too, filling someone's field
    ("Buyer: Hope Fairbanks", ("Hope", "Fairbanks"), ("Buyer:",)),
    ("Customer: Max Vapes, Leeds", (), ("Max Vapes",)),
])
def test_a_name_s_parts_that_are_words_too(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # who did a task to the goods, by a participle of people's work
    ("Crate 7 weighed by Hope and sealed at noon.", ("Hope",), ("sealed at noon",)),
    ("Inspected by Priya on Tuesday, no damage.", ("Priya",), ("no damage",)),
    ("Inspected by Bureau Veritas on 3 May.", (), ("Bureau Veritas",)),
    # "did" asks, and a capitalised Will after it is whom it asks about
    ("so did Will ring the courier back or not?", ("Will",), ("ring the courier",)),
    ("what did will say about the estate", (), ("will say",)),
    # a kin word as a title before a possessive name, then an ordinal (no model's code)
    ("The cake is for Aunty Mele's 60th, so pink icing please.", ("Mele",), ("60th",)),
    ("it's for Nana Vailea's 90th, please add a card", ("Vailea",), ("90th",)),
    # an agent's name, then "on" and the desk they answer for
    ("Thanks for calling Brightwater, Hope on reception, what can I do for you?", ("Hope",),
     ("on reception",)),
    ("good morning. jordan on the parts desk how can i help", ("jordan",), ("parts desk",)),
    ("the offer on sales today, is it still on?", (), ("offer on sales",)),
])
def test_the_fifty_first_session_s_people(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a given name that is a word too, then a rare surname or an initial
    ("Grace Nakiboneka delivered 40 kg of beans to the depot today.", ("Grace", "Nakiboneka"),
     ("40 kg",)),
    ("the shawl is with Hope K. at the Kirkwall shop now.", ("Hope",), ("Kirkwall shop",)),
    ("The Rose Gold finish is sold out this week.", (), ("Rose Gold",)),
    # work done by hand, by someone no list knows
    ("Bags counted by Mwangaza and sealed at dawn.", ("Mwangaza",), ("sealed at dawn",)),
    ("The report was prepared by Deloitte for the board.", (), ("Deloitte",)),
])
def test_the_fifty_first_session_s_rare_people(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # a name-word after "the" that closes its clause: an institution, a place
    ("my brother is a nurse at the Kenyatta.", (), ("Kenyatta",)),
    ("she volunteers at the Hadassah, on Sundays.", (), ("Hadassah",)),
    ("the Okonjo family called about the invoice", ("Okonjo",), ("family called",)),
    # "in" a word no data knows, then "or I": a place, no one beside the writer
    ("Pick it up in Haapsalu or I post it on Monday.", (), ("Haapsalu",)),
    ("Drop it at Kuressaare or I fetch it myself.", (), ("Kuressaare",)),
    ("give it to Ngaire or me, either is fine", ("Ngaire",), ("either is fine",)),
    # a name before brackets that open with their member's number; a Tongan greeting
    ("Herders: Tserendorj (member no. KC-0422) brought 40 kg.", ("Tserendorj", "0422"),
     ("40 kg",)),
    ("Malo Sioeli. Yes we can weave it by June.", ("Sioeli",), ("Malo",)),
    ("I was at the park with Ngaire and I saw it.", ("Ngaire",), ("the park",)),
])
def test_the_fifty_second_session_s_places(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # work done to goods by hand, by someone no list knows (a hyphen's parts too)
    ("Bales sealed by Ochirbat and stitched by Bat-Ochir.", ("Ochirbat", "Ochir"), ("Bales",)),
    ("Roasted by Hasbean in Stafford", (), ("Hasbean",)),
    ("Papers graded by Ofqual last week", (), ("Ofqual",)),
    # a worker's field: a culture's names no data set holds, typed as names are
    ("Driver: Otgonbayar Dashnyam", ("Otgonbayar", "Dashnyam"), ("Driver",)),
    ("Courier: DHL Express", (), ("DHL Express",)),
    ("Driver: running late, sorry", (), ("running late",)),
    # a typed list's row: two such words opening a line, then a phone's number
    ("Chepkoech Biwott +254 722 410 998 KSh 2,300", ("Chepkoech", "Biwott"), ("KSh 2,300",)),
    ("Harbour Freight 0800 123 4567", (), ("Harbour Freight",)),
])
def test_the_fifty_second_session_s_workers(
        redactor: Redactor, text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    _goes_and_stays(redactor, text, gone, kept)
