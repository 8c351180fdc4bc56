"""How a call is conducted: answers to questions, values read in parts, secrets, identifiers.

Each case is written for this file in phrasings the corpora do not use; the agent speaks first.
"""

from __future__ import annotations

import re

import pytest

from transcript_pipeline.redaction import Redactor

REDACTOR = Redactor()


def call(*turns: str) -> list[str]:
    session = REDACTOR.session()
    return [session.redact(text, "INTERNAL" if i % 2 == 0 else "EXTERNAL").text
            for i, text in enumerate(turns)]


def test_a_number_read_in_parts_over_backchannels_goes_whole() -> None:
    out = call("could you read me the long number on the card", "it's five four one two",
               "uh huh", "seven seven three oh", "right", "one one two two", "keep going",
               "eight eight four four")
    assert out[2::2] == ["uh huh", "right", "keep going"]
    assert all("[REDACTED_CREDIT_CARD]" in part and not any(ch.isdigit() for ch in part)
               for part in out[1::2])
    for words in ("five", "seven", "eight"):
        assert words not in " ".join(out)


def test_an_identifier_of_any_length_continues_in_the_next_turn() -> None:
    out = call("what's the account you want it paid into", "two two nine one", "mm hm",
               "oh four four seven", "great, and the amount", "three hundred dollars")
    assert out[1] == out[3] == "[REDACTED_BANK_ACCOUNT]"
    assert out[5] == "three hundred dollars"


@pytest.mark.parametrize(("question", "answer"), [
    ("and your staff ID", "K 7720419"),
    ("what's your library card number", "it's two nine oh oh four one seven"),
    ("can I take the vehicle registration number", "l x seven one k p f"),
    ("what's the bsb", "zero six two"),  # six digits at most: no ABA checksum to pass
])
def test_an_identifier_asked_for_goes_whatever_its_shape(question: str, answer: str) -> None:
    redacted = call(question, answer)[1]
    assert not any(ch.isdigit() for ch in redacted)
    assert "REDACTED" in redacted


@pytest.mark.parametrize("text", [
    "your order number is 55120934, it ships tomorrow",
    "the claim number is CLM 4471 2093",
    "the flight number is BA 2491",
    "your reference is SR-448120",
])
def test_the_business_s_own_references_stay(text: str) -> None:
    assert call("ok", text)[1] == text


def test_values_said_in_one_breath_go_together() -> None:
    out = call("and the expiry and the three digits on the back",
               "oh three twenty seven nine oh one")
    assert not any(word in out[1] for word in ("three", "seven", "nine"))


def test_secrets_from_any_question_and_from_the_agent_who_issues_them() -> None:
    out = call("what's the answer to your security question", "rosewood",
               "thanks, and what's the PIN on the account", "six six one nine",
               "I'll send you a new one time code. It's 447120.", "cheers")
    assert out[1] == "[REDACTED_PASSWORD]"
    assert "six" not in out[3] and "nine" not in out[3]
    assert "447120" not in out[4]
    assert out[5] == "cheers"


def test_a_date_right_after_a_name_is_a_birth_date() -> None:
    out = call("who else is on the policy", "my son Tomasz, 3/14/2011, and my wife Ilse")
    assert "3/14/2011" not in out[1] and "Tomasz" not in out[1] and "Ilse" not in out[1]


def test_spoken_postcodes_by_their_shape() -> None:
    out = call("and the postcode there", "it's l s six three h n")
    assert "l s six" not in out[1]
    out = call("where do we send it", "12 maple crescent, n w one oh four a b")
    assert "n w one" not in out[1] and "maple" not in out[1]


def test_a_short_question_with_no_punctuation_still_asks() -> None:
    out = call("found you can you confirm your postcode", "g two eight n r")
    assert "REDACTED" in out[1]


def test_a_security_answer_that_restates_its_question() -> None:
    out = call("and the answer to your security question", "my first car was a blue corolla",
               "thanks, and what's your memorable word", "hang on, it is written down somewhere")
    assert "corolla" not in out[1] and "REDACTED_PASSWORD" in out[1]
    assert out[3] == "hang on, it is written down somewhere"


@pytest.mark.parametrize("answer, value", [
    ("grandad's first dog was called rusty", "rusty"),
    ("dad's middle name is theodore", "theodore"),
    ("the town my parents met in was galway", "galway"),
])
def test_any_possessive_restatement_gives_its_value_after_the_verb(answer: str,
                                                                    value: str) -> None:
    out = call("could you give me the answer to your security question", answer)
    assert value not in out[1] and "REDACTED" in out[1]


@pytest.mark.parametrize(("question", "answer"), [
    ("could you tell me your CURP please", "it's 48210973551"),  # a cue no list holds
    ("and what's her NHI on the letter?", "z x k four four one nine two"),
    ("give me their student reference so I can find them", "s two oh four seven seven one"),
])
def test_a_question_for_anything_of_someones_takes_an_identifier_shaped_answer(
        question: str, answer: str) -> None:
    redacted = call(question, answer)[1]
    assert not any(ch.isdigit() for ch in redacted) and "REDACTED" in redacted


@pytest.mark.parametrize(("question", "answer"), [
    ("what's your order number?", "it's 5582019"),  # the business's own reference
    ("what's your annual mileage?", "about 45000"),  # an amount
    ("right, your last reading was in June", "it's 03881 now"),  # told, not asked
])
def test_an_answer_that_is_no_one_s_identifier_stays(question: str, answer: str) -> None:
    assert call(question, answer)[1] == answer


def test_a_corrected_value_is_the_same_kind_as_the_one_it_corrects() -> None:
    out = call("what's the PIN on the card", "6 6 1 8, no sorry, I mean 6 1 6 8",
               "thanks, 6168 unlocks it")
    assert not any(ch.isdigit() for ch in out[1] + out[2])


def test_a_value_read_back_whole_after_it_was_given_in_parts_goes() -> None:
    out = call("your PPS number please", "four four seven one", "yes ma'am", "two nine one",
               "yes sir", "six oh two five", "so that's four four seven one two nine one six "
               "oh two five", "correct")
    assert all("[REDACTED_NATIONAL_ID]" in t and "four" not in t and "six" not in t
               for t in out[1:7:2] + out[6:7])


@pytest.mark.parametrize("said", [
    "it's noor dot hamdan at gulf star freight dot ae",
    "send it to accounts at bright smile dental care dot co dot uk",
])
def test_a_spoken_address_whose_domain_is_several_words_goes(said: str) -> None:
    redacted = call("what email should we use", said)[1]
    assert "[REDACTED_EMAIL_ADDRESS]" in redacted and " dot " not in redacted


def test_a_second_value_cut_off_after_a_first_continues_over_backchannels() -> None:
    out = call("I'll need the social insurance numbers for you and your husband",
               "mine's four six two one nine three seven one four and his starts five oh two",
               "uh huh", "seven seven", "ok", "one four nine")
    assert out[1].count("[REDACTED_NATIONAL_ID]") == 2 and "five" not in out[1]
    assert out[3] == out[5] == "[REDACTED_NATIONAL_ID]"


@pytest.mark.parametrize(("question", "answer"), [
    ("and the right pps?", "seven seven one four"),  # "the", in a question
    ("do you have a donor id with us", "it's d k four four nine one"),
    ("can you add my loyalty card, it's missing", "k l m eight eight one"),  # by its owner ...
])
def test_identifiers_asked_about_in_other_words_go(question: str, answer: str) -> None:
    turns = [question, answer]
    if question.startswith("can you add my"):  # ... who reads it after "go ahead"
        turns = ["hello", question, "sure go ahead", answer]
    redacted = call(*turns)[-1]
    assert "REDACTED" in redacted and "four four" not in redacted and "eight" not in redacted


def test_a_verb_after_a_secret_word_is_no_secret() -> None:
    assert call("how can I help", "do I need my passcode to unlock it")[1] == \
        "do I need my passcode to unlock it"


def test_an_invitation_to_read_a_value_hands_the_turn_to_its_owner() -> None:
    out = call("hi, I'd like to put my loyalty number on this booking",
               "no problem, fire away when you're ready", "it's k k nine nine one two oh seven")
    assert out[2] == "it's [REDACTED_MEMBER_ID]"


@pytest.mark.parametrize(("said", "kept"), [
    ("The replacement card number is 7730018822.", False),
    ("Sorry, the account number was 40112233.", False),
    ("It's on page number 12 of the booklet.", True),
    ("the number of units is 300", True),
])
def test_a_number_announced_with_is_goes_a_page_number_stays(said: str, kept: bool) -> None:
    assert (call("how can I help", said)[1] == said) == kept


def test_a_code_the_agent_sent_is_a_secret_when_read_back() -> None:
    out = call("I've just texted a code to your mobile, could you read it out",
               "yes it's four four nine one two six")
    assert out[1] == "yes it's [REDACTED_PASSWORD]"


@pytest.mark.parametrize("question", [
    "and the luggage tag number?", "okay what's the penalty charge number",
    "yep, what's the police report number"])
def test_the_business_s_own_references_stay_when_asked_for(question: str) -> None:
    assert call(question, "t g four four one nine two")[1] == "t g four four one nine two"


@pytest.mark.parametrize(("question", "answer"), [
    ("and your account number", "it's like 40112233"),
    ("passport number please", "um, maybe 533219876"),
    ("what's your routing number", "I think it's around 021000021"),
])
def test_a_filler_before_an_answer_asked_for_does_not_keep_it(question: str, answer: str) -> None:
    redacted = call(question, answer)[1]
    assert "REDACTED" in redacted and not any(ch.isdigit() for ch in redacted)


@pytest.mark.parametrize(("question", "answer"), [
    ("and what's the rego on the trailer", "x t nine four two b"),
    ("is the car reg still the same", "no we sold it, the new one is bravo lima five two x"),
    ("ok", "Reg: KD21 XPT, a silver hatchback"),
    ("ok", "the number plate is 4GHT 219"),
])
def test_a_vehicle_plate_announced_or_asked_for_goes(question: str, answer: str) -> None:
    redacted = call(question, answer)[1]
    assert "[REDACTED_VEHICLE_PLATE]" in redacted
    assert not any(ch.isdigit() for ch in redacted)


@pytest.mark.parametrize("text", [
    "the rego renewal is due on the 14th",
    "the plate fell off at 10am on the motorway",
])
def test_a_date_or_time_after_a_plate_word_stays(text: str) -> None:
    assert call("ok", text)[1] == text


def test_a_value_at_the_end_of_a_turn_continues_only_where_the_next_turn_opens() -> None:
    out = call("ok", "my policy number is 7ABC123", "mm hm", "we parked in bay 14 by the lifts")
    assert out[1] == "my policy number is [REDACTED_MEMBER_ID]"
    assert out[3] == "we parked in bay 14 by the lifts"


def test_a_question_for_a_value_after_other_words_still_asks() -> None:
    out = call("alright let me pull that up whats the tenancy number",
               "four four one nine two eight three")
    assert out[1] == "[REDACTED_MEMBER_ID]"


def test_a_request_for_two_people_s_numbers_takes_both_answers() -> None:
    out = call("for the rebate we will need your tfn and your partner's tfn",
               "sure mine's eight eight four one nine two seven three six", "uh huh and hers",
               "seven seven two oh one nine four four three")
    assert not any(ch.isdigit() for ch in out[1] + out[3])
    assert "eight" not in out[1] and "seven" not in out[3]


@pytest.mark.parametrize(("question", "answer"), [
    ("you'll have to choose a six digit phone pin", "sure let's do nine one one four two seven"),
    ("I've texted you a one-time code, please read it back.", "Right... 4 4 0 1 9 8."),
])
def test_a_number_anywhere_in_the_answer_to_a_secret_question_is_the_secret(
        question: str, answer: str) -> None:
    redacted = call(question, answer)[1]
    assert "[REDACTED_PASSWORD]" in redacted and not any(
        word in redacted for word in ("nine", "4 4 0", "9 8"))


@pytest.mark.parametrize(("question", "answer", "login"), [
    ("and the username on the portal", "it's dmitri underscore k forty two", "dmitri"),
    ("ok", "I normally log in with wanjiru dot m nine", "wanjiru"),
    ("ok", "Audit: user=akoroma locked after 3 attempts", "akoroma"),
    ("ok", "14:05 lena.vogt: can someone check the rota?", "lena.vogt"),
    ("ok", "10:12 ops-priya: restarting the gateway", "ops-priya"),
    ("ok", "ngozi 21:14: did the landlord reply", "ngozi"),
])
def test_a_login_is_found_by_its_cue_its_question_or_its_form(question: str, answer: str,
                                                              login: str) -> None:
    redacted = call(question, answer)[1]
    assert "[REDACTED_USERNAME]" in redacted and login not in redacted


def test_a_login_said_again_later_goes_and_plain_words_after_login_stay() -> None:
    out = call("ok", "the user id is pkaranja7", "thanks", "I can see pkaranja7 signed in at noon",
               "right", "the new user is set up and the login came from the office")
    assert "pkaranja7" not in out[1] + out[3]
    assert out[5] == "the new user is set up and the login came from the office"


def test_a_value_read_back_then_a_new_question_leaves_the_question_open() -> None:
    out = call("ok", "the pin for the shed is five five one nine",
               "five five one nine noted and a landline", "oh one six one", "mm",
               "four nine six two two seven")
    assert not any(word in out[3] + out[5] for word in ("one six", "four nine"))


@pytest.mark.parametrize(("question", "answer"), [
    ("for the lease i need your id number", "seven one zero three two two"),
    ("lastly your cnic", "three five two zero two"),
    ("and whats rosalinds number", "oh seven seven one two nine"),
    # a question of its own after a statement: "number?" asks for someone's
    ("right, I've found the booking. Aeroplan number?", "4471 9920 18"),
])
def test_short_or_possessive_questions_for_a_number_take_the_answer(question: str,
                                                                    answer: str) -> None:
    assert call(question, answer)[1].startswith("[REDACTED_")


def test_a_value_in_two_parts_goes_over_a_backchannel_in_another_language() -> None:
    out = call("whats your member number", "four four one nine", "si", "two eight eight one")
    assert out[3] == "[REDACTED_MEMBER_ID]"


@pytest.mark.parametrize(("said", "name"), [
    ("Juno (my flatmate) took the parcel in", "Juno"),
    ("the note says Wambui the cleaner has a key", "Wambui"),
    ("Grandad (Tevita) paid the deposit", "Tevita"),
    ("but everybody calls me pip", "pip"),
    ("yeah and oisin reckons its the boiler", "oisin"),
    ("the fitter tanvir will bring the new valve", "tanvir"),
    ("our plumber gaz will pop round at ten", "gaz"),
    ("the landlord is Okonjo and he never answers", "Okonjo"),
    ("it's rosalind officially but just roz is fine", "roz"),
    ("Northside Tyres, I'm April Mwangi.", "April"),
])
def test_frames_only_a_name_fills(said: str, name: str) -> None:
    assert name not in call("ok", said)[1]


@pytest.mark.parametrize("said", ["Update 09:15: server restarted", "Walk-in 11:20 - no show",
                                  "Expect the courier by noon", "Ask the engineer to ring",
                                  "and everyone says the same",
                                  "she is a named driver on the policy",
                                  "the plan is called family saver plus",
                                  "our driver said no"])
def test_a_name_frame_needs_more_than_a_word(said: str) -> None:
    assert call("ok", said)[1] == said


@pytest.mark.parametrize(("said", "gone"), [
    ("and the last four of mariekes social", "mariekes"),
    ("ok she texted me. Code is 730164, right?", "730164"),
    ("receipts and texts go to oh seven nine one one two two three four five six", "nine one"),
])
def test_owners_codes_and_numbers_said_the_way_speech_is_written(said: str, gone: str) -> None:
    assert gone not in call("ok", said)[1]


@pytest.mark.parametrize("said", ["the promo code is SPRING24 for ten percent",
                                  "the kids bills are high this month"])
def test_a_business_code_and_a_plural_stay(said: str) -> None:
    assert call("ok", said)[1] == said


def test_a_value_the_agent_offers_to_read_out_goes_over_backchannels() -> None:
    out = call("right i will read you her tfn now", "go on", "three one nine", "ok",
               "four four two", "yes", "eight eight one")
    assert "[REDACTED" in out[2] and "[REDACTED" in out[4] and "[REDACTED" in out[6]


def test_a_cue_after_a_read_back_and_a_backchannel_asks_for_the_next_value() -> None:
    out = call("ok", "k l m four four one two yep perfect and the best contact",
               "oh seven seven one", "mm", "two two nine four one")
    assert not any(w in out[2] + out[4] for w in ("seven", "nine four"))


@pytest.mark.parametrize(("said", "kept"), [
    ("ive reset it to four four one nine so please change it when you log in", False),
    ("can we change it to paperless billing", True),
])
def test_a_number_a_thing_is_reset_to_is_its_pin(said: str, kept: bool) -> None:
    assert (call("ok", said)[1] == said) is kept


@pytest.mark.parametrize(("question", "answer", "name"), [
    ("and who's the policy holder?", "Grant Fisher.", "Grant Fisher"),
    ("what name is the booking in", "erm it's dawn king", "dawn king"),
    ("the cardholder's name please", "Will Mason", "Will Mason"),
])
def test_a_name_given_as_the_answer_may_be_plain_english_words(question: str, answer: str,
                                                               name: str) -> None:
    redacted = call(question, answer)[1]
    assert not any(word in redacted for word in name.split()), redacted


@pytest.mark.parametrize("answer", ["Lovely, thanks.", "Sorry?", "cheers love", "Honey, hold on."])
def test_a_reply_to_a_name_question_that_is_no_name_stays(answer: str) -> None:
    assert call("can I take the name of the account holder", answer)[1] == answer


@pytest.mark.parametrize(("question", "answer"), [
    ("Room number?", "1204"),
    ("I see it here. Gate number?", "B 22"),
])
def test_a_number_a_business_word_names_stays(question: str, answer: str) -> None:
    assert call(question, answer)[1] == answer


def test_whose_name_asks_for_a_name() -> None:
    out = call("sure thing whose name would that be booked under", "uh it's under rose marsh")
    assert "rose" not in out[1] and "marsh" not in out[1]


@pytest.mark.parametrize(("said", "gone", "kept"), [
    ("yeah and her truck is w k seven three nine x", "seven three nine", "her truck is"),
    ("my car is a 2018 corolla", "", "a 2018 corolla"),
    ("if the shop asks, my sim's puk is 8812 0457", "8812", "if the shop asks"),
])
def test_a_value_a_sentence_tells_without_asking(said: str, gone: str, kept: str) -> None:
    out = call("ok", said)[1]
    assert kept in out and (not gone or gone not in out), out


def test_the_digits_asked_after_an_expiry_are_the_security_code() -> None:
    out = call("and the expiry", "oh three twenty nine", "and the three digits please",
               "five one six")
    assert out[3] == "[REDACTED_CARD_SECURITY_CODE]"


def test_a_question_about_which_car_asks_for_no_plate() -> None:
    assert call("what car is it", "a blue estate, 2016 i think")[1] == \
        "a blue estate, 2016 i think"


def test_a_short_question_about_a_role_asks_for_a_name() -> None:
    out = call("and your surveyor", "it was hope lane, lovely woman",
               "right, and the buyer", "some developer from leeds i think")
    assert "hope" not in out[1] and "lane" not in out[1]
    assert out[3] == "some developer from leeds i think"


def test_a_name_that_is_a_word_is_the_word_after_an_article_or_a_quantity() -> None:
    out = call("and your new adviser would be sage", "great, sage is nice",
               "the sage green folder has the forms", "and loads of sage in the garden")
    assert "sage" not in out[0] and "sage" not in out[1]
    assert out[2:] == ["the sage green folder has the forms", "and loads of sage in the garden"]


def test_a_card_read_back_with_its_expiry_takes_the_code_after_them() -> None:
    out = call("card number please", "5312 6604 1187 2209 expiring 04/28 code 662",
               "that's 5312 6604 1187 2209, 04/28, 662, all approved")
    assert "662" not in out[2] and "04/28" not in out[2] and out[2].endswith("all approved")


def test_a_postcode_read_in_halves_over_a_backchannel_goes_whole() -> None:
    out = call("and the postcode for the property", "it's l s six", "uh huh", "two t q",
               "lovely, and how many bedrooms", "three")
    assert out[1] == "it's [REDACTED_ZIP_CODE]" and out[3] == "[REDACTED_ZIP_CODE]"
    assert out[5] == "three"


def test_a_value_asked_to_be_confirmed_may_be_answered_with_a_new_one() -> None:
    out = call("is the van's reg still l k one nine v x t",
               "no we got a new one it's m d seven two p o k")
    assert "seven two" not in out[1]


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("whats the name on the booking", "denver okoro denver like the city", "denver"),
    ("there's a security question, what was the make of your first car",
     "oh gosh um triumph herald", "herald"),
    ("can you read me the cedula number", "1.052.337.418", "337"),
    ("and your account number", "it's up on the invoice a k nine nine three one", "nine nine"),
])
def test_answers_with_their_own_way_of_saying_it(question: str, answer: str, gone: str) -> None:
    assert gone not in call(question, answer)[1]


@pytest.mark.parametrize(("answer", "gone"), [
    ("unit nine the old dairy, mill race lane", "old dairy"),
    ("its the granary, kiln lane", "granary"),
    ("um twenty six the drive, castleknock", "drive"),  # a house number and "the <type>"
])
def test_the_answer_to_an_address_question_goes_up_to_its_street(answer: str,
                                                                 gone: str) -> None:
    assert gone not in call("and the first line of your address please", answer)[1]


def test_an_address_question_answered_with_a_sentence_keeps_it() -> None:
    said = "i dont know, i think the road was closed"
    assert call("whats the address there", said)[1] == said


@pytest.mark.parametrize(("said", "kept"), [
    ("yes under grant fisher", ""),
    ("its under the sink i think", "under the sink"),
    ("they're covered under delta dental now", "delta dental"),
])
def test_a_booking_under_a_name_and_other_things_under(said: str, kept: str) -> None:
    out = call("is she already registered with us", said)[1]
    assert (kept in out) if kept else ("grant" not in out and "fisher" not in out)


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("anyone else we can call if you're out?", "yes. Storm, on 021 448 7711", "Storm"),
    ("and your date of birth", "Thirty-first of October, 1988", "Thirty-first"),
    ("are you in the loyalty scheme", "yes, number K T 4 4 1 9 0 2 7 7", "4 4 1 9"),
])
def test_more_answers_said_their_own_way(question: str, answer: str, gone: str) -> None:
    assert gone not in call(question, answer)[1]


def test_hang_on_is_no_name_before_a_number() -> None:
    assert call("whats the best number", "hang on 0412 558 019")[1].startswith("hang on")


def test_a_read_back_with_a_character_wrong_is_the_same_kind_of_value() -> None:
    out = call("and the registration", "it's L K 6 8 V X T", "L K 6 8 V X D?",
               "no, T for tango", "thanks, LK68 VXT it is")
    assert "VXD" not in out[2].replace(" ", "") and "68" not in out[2]
    assert "68" not in out[4]


@pytest.mark.parametrize(("question", "answer"), [
    ("and the eleven-digit customer reference on the invoice?", "40 771 2093 118"),
    ("and the policy number its at the top of your twenty twenty two schedule",
     "h k four four one nine zero two"),
    ("can you read me the sixteen digit number on the front", "4929 1200 3345 8817"),
])
def test_a_length_or_a_year_in_the_question_is_not_its_answer(question: str,
                                                              answer: str) -> None:
    asked, answered = call(question, answer)
    assert answered.startswith("[REDACTED_") and not any(ch.isdigit() for ch in answered)
    assert "[REDACTED" not in asked


def test_a_value_read_in_parts_waits_through_politeness_particles() -> None:
    out = call("and her voter ID po?", "7731", "opo", "0492 558", "sige", "the rest is 41")
    assert out[2] == "opo" and out[4] == "sige"
    assert not any(ch.isdigit() for ch in out[1] + out[3])


@pytest.mark.parametrize(("answer", "secret"), [
    ("he said to use kowhai", "kowhai"),
    ("lets go with marigold nine", "marigold nine"),
    ("i'd like tangerine dream", "tangerine"),
])
def test_a_password_chosen_in_other_words_goes(answer: str, secret: str) -> None:
    out = call("what password would you like on the account", answer)[1]
    assert secret not in out and "[REDACTED_PASSWORD]" in out


def test_a_reply_about_changing_it_is_no_password() -> None:
    assert call("what password would you like", "i want to change it later")[1] == \
        "i want to change it later"


def test_a_correction_of_a_value_read_back_is_that_value() -> None:
    out = call("so the sort code is 40 22 17 and the account 31926480", "nope, it ends 84 not 80",
               "got it, 31926484", "and 15 pounds a month", "no problem, it was 15 pounds")
    assert "84" not in out[1] and "80" not in out[1] and "[REDACTED_BANK_ACCOUNT]" in out[1]
    assert out[4] == "no problem, it was 15 pounds"


def test_an_iban_read_in_groups_over_turns_goes_whole() -> None:
    out = call("which IBAN should the refund go to", "It's IE64", "Yes.", "BOFI 9058",
               "Go on.", "3812 3456 78.", "So IE64 BOFI 9058 3812 3456 78?")
    assert out[2] == "Yes." and out[4] == "Go on."
    for part in ("IE64", "BOFI", "9058", "3812", "3456"):
        assert part not in " ".join(out), out


def test_the_last_digit_of_a_value_read_in_parts_goes_when_said_alone() -> None:
    out = call("and the account number", "five five zero one", "go on", "eight eight", "mm",
               "six", "great, and how many statements a year", "4")
    assert out[1] == out[3] == out[5] == "[REDACTED_BANK_ACCOUNT]"
    assert out[7] == "4"


def test_characters_of_a_memorable_word_asked_by_position_all_go() -> None:
    out = call("can you give me the third and sixth letters of your memorable word",
               "dee and ar", "and the first", "s")
    assert out[1] == "[REDACTED_PASSWORD]"


def test_the_letters_an_identifier_opens_with_go_when_said_alone() -> None:
    out = call("and your NI number please", "s p", "go on", "five one two two eight four c")
    assert out[1] == out[3] == "[REDACTED_NATIONAL_ID]"


def test_names_that_open_a_list_asked_for_go_and_a_place_name_stays_a_place() -> None:
    out = call("and the guest names", "austin reed sydney reed and my daughter ngaio",
               "lovely so three tickets on the train to austin", "yes and austin will drive")
    assert "austin reed" not in out[1] and "sydney" not in out[1] and "ngaio" not in out[1]
    assert "train to austin" in out[2]
    assert "austin will drive" not in out[3]


def test_a_name_heard_as_a_possessive_is_remembered_without_it() -> None:
    out = call("who else is on the policy", "Me and my partner Hinewai's on it as well",
               "Thanks. And has Hinewai had any claims?")
    assert "Hinewai" not in out[1] and "Hinewai" not in out[2]


def test_a_username_spelled_in_the_same_breath_or_with_an_initial_goes() -> None:
    out = call("and the username?", "tbaptiste4, so t b a p t i s t e four",
               "and the username for the kids account", "its r baptiste nineteen")
    assert "t b a p" not in out[1] and "baptiste" not in out[1]
    assert "baptiste" not in out[3] and "nineteen" not in out[3]


def test_a_code_read_out_in_groups_with_commas_goes_whole() -> None:
    out = call("and the registration", "H-N-two-one, Y, Z-K.", "So H N 21 Y Z K?",
               "we need 2, 3 or 4 copies, a, b or c")
    assert out[1] == "[REDACTED_VEHICLE_PLATE]." and "21" not in out[2]
    assert out[3] == "we need 2, 3 or 4 copies, a, b or c"


def test_a_login_said_as_words_then_called_one_word_goes_whole() -> None:
    out = call("what username do you use", "sunny side sally nine all one word",
               "and the username for your son", "he uses gamer kid no spaces")
    assert "sunny" not in out[1] and "sally" not in out[1] and "nine" not in out[1]
    assert "gamer" not in out[3] and "kid" not in out[3]


@pytest.mark.parametrize(("question", "answer", "login"), [
    ("ok", "we both sign on using oduyafam at home", "oduya"),
    ("ok", "he was logging in as rkapoor2019 all week", "rkapoor"),
    ("ok", "Escalated: user m.tanaka cannot reach the share drive", "tanaka"),
    ("which login do you use", "login, river stone eight, all one word", "stone"),
])
def test_a_login_after_any_tense_of_signing_in_or_its_label_goes(question: str, answer: str,
                                                                   login: str) -> None:
    redacted = call(question, answer)[1]
    assert "[REDACTED_USERNAME]" in redacted and login not in redacted


def test_what_one_signs_in_with_and_a_user_s_number_are_no_login() -> None:
    out = call("ok", "i normally sign in with gmail, or log in using wifi calling", "ok",
               "the 2nd user 3 of 40 seats and the user manual", "ok",
               "the new user onboarding flow and the user's onboarding email")
    assert out[1] == "i normally sign in with gmail, or log in using wifi calling"
    assert out[3] == "the 2nd user 3 of 40 seats and the user manual"
    assert out[5] == "the new user onboarding flow and the user's onboarding email"


def test_a_value_read_with_pauses_between_its_groups_goes_whole() -> None:
    out = call("and your health card number", "W 4 K ... 8 8 3 ... Q 1", "and the pin",
               "um... 6... 0... 2... 9", "thanks", "Z Z 91... I think. I'm not sure")
    assert "8 8 3" not in out[1] and "Q 1" not in out[1]
    assert not any(d in out[3] for d in "6029")
    assert out[5].endswith("I think. I'm not sure")


def test_a_long_number_that_is_all_a_turn_says_goes_unless_the_business_asked_for_its_own(
        ) -> None:
    out = call("sorry which one do you need", "the one on the blue letter?", "yes that one",
               "four four oh one nine two eight three three", "and what's the order number",
               "one one four eight eight three oh two seven one five")
    assert "four four" not in out[3]
    assert out[5] == "one one four eight eight three oh two seven one five"


def test_a_long_number_read_back_alone_goes_and_a_malaysian_ic_is_announced() -> None:
    out = call("ok", "so that's 784 1985 4471920 3, correct?", "yes", "my IC is 900412-10-5563")
    assert "4471920" not in out[1] and out[1].endswith(", correct?")
    assert "5563" not in out[3]


def test_asking_for_the_rest_of_a_value_waits_for_it_like_a_backchannel() -> None:
    out = call("what's a good mobile", "oh eight one two", "yep", "three three four",
               "and the rest of it", "nine one that's all")
    assert "nine one" not in out[5] and out[5].endswith("that's all")


def test_an_amount_in_a_question_for_a_card_is_not_the_card() -> None:
    out = call("to hold the room i need a card number and we block two thousand peso deposit",
               "four four one two", "go on", "seven seven eight one")
    assert "two thousand peso" in out[0]
    assert out[1] == out[3] == "[REDACTED_CREDIT_CARD]"


def test_the_same_question_for_someone_else_waits_for_the_same_kind_of_value() -> None:
    out = call("And the passport number for the booking?", "Mine is X 4471 0928.",
               "And your date of birth?", "9 March 1980.",
               "Lovely, the seats are together. And for your husband?", "His is 55 203 317 ZB.",
               "Thanks. What about fees?", "twelve thousand five hundred")
    assert "203 317" not in out[5]
    assert out[7] == "twelve thousand five hundred"


def test_a_code_sent_to_a_number_is_read_back_as_a_secret() -> None:
    out = call("I've texted a code to 0412 558 901, it lasts five minutes, read it out please",
               "Sure, it's 7 3 0 9 4 1.")
    assert "7 3 0 9" not in out[1]


def test_names_spelled_without_their_letters_and_meetings_with_someone() -> None:
    out = call("and the second cardholder", "My son, Tomasz Jagiełło. That's J-A-G-I-E-L-L-O.",
               "we can do a fitting on friday with eilidh is that ok",
               "I'm Will Baxter, account ending 4471.")
    assert "J-A-G" not in out[1]
    assert "eilidh" not in out[2] and "fitting on friday" in out[2]
    assert "Will Baxter" not in out[3]


def test_a_question_about_ones_own_secret_does_not_make_the_answer_one() -> None:
    out = call("will my gate code change after the refit",
               "no your code stays the same and your 1850 deposit comes back in may",
               "so its still 7 7 3 1", "ha sorry, cheers")
    assert out[1] == "no your code stays the same and your 1850 deposit comes back in may"
    assert "7 7 3 1" not in out[2] and out[3] == "ha sorry, cheers"


def test_four_typed_digits_after_a_street_are_its_postcode_not_a_time_or_a_price() -> None:
    out = call("Delivering to 8 Kauri Street, Papakura?", "Yes, 2110. After 5 is best.",
               "And the engineer comes at twelve thirty to 8 Kauri Street", "ok great")
    assert "2110" not in out[1] and "After 5" in out[1]
    assert "twelve thirty" in out[2]


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a surname after "St", a middle initial, a question about oneself before a request
    (["and the name on the card", "Lucy St John"], ["Lucy", "John"], []),
    (["who is it addressed to", "Sarah J Tran"], ["Sarah", "Tran"], []),
    (["Did my colleague reset it? Can you read me the new PIN?", "4 4 7 1"], ["4 4 7 1"], []),
    # a cue's clause continues through "for me and my husband"
    (["ok", "the account number for me and my husband is 41558203"], ["41558203"], []),
    # a remembered name that is a place is the person after "from" with no journey
    (["who sent it", "my brother jordan", "so fifty pounds from jordan"], ["from jordan"], []),
    # "what about the fees?" asks for no value; a login's remark does not swallow a clause
    (["and the address?", "9 Elm Row", "what about the fees?", "12500"], [], ["12500"]),
    (["ok", "my username is jsmith and the password is all lowercase"], ["jsmith"],
     ["and the password is all lowercase"]),
])
def test_what_the_review_of_the_session_found(turns: list[str], gone: list[str],
                                              kept: list[str]) -> None:
    out = " | ".join(call(*turns))
    assert not any(value in out for value in gone), out
    assert all(value in out for value in kept), out


def test_a_password_goes_with_the_description_of_its_characters() -> None:
    out = call("I've reset it. The temporary password is Harbour, capital H, then at sign 77, "
               "exclamation mark.", "thanks", "and the memorable word", "kestrel, all lowercase",
               "and your pin", "4471 and a new card please")
    assert out[0].startswith("I've reset it.") and not any(
        w in out[0] for w in ("capital H", "77", "exclamation"))
    # how the whole of it is typed names none of its characters: it stays, and is not
    # remembered as the secret (see test_how_a_secret_is_typed_is_no_part_of_it_to_remember)
    assert "kestrel" not in out[3] and out[3].endswith(", all lowercase")
    assert out[5].endswith("and a new card please")


def test_a_rental_agreement_number_is_the_business_s_own_reference() -> None:
    out = call("do you have the rental agreement number handy", "yes it's R A 5 5 0 1 9 2 7 3")
    assert out[1] == "yes it's R A 5 5 0 1 9 2 7 3"


def test_a_spoken_reply_is_no_district_line_of_a_typed_address() -> None:
    out = call("14 Marine Parade", "lovely thanks", "1500 is what i owe")
    assert out[2] == "1500 is what i owe"


def test_a_secret_s_description_takes_letters_not_the_full_stop_after_it() -> None:
    out = call("and the four digit pin", "7 3 0 2. Oh no, that's the old one. It's 4 4 1 9.")
    assert out[1].count(".") >= 3 and "4 4 1 9" not in out[1]


def test_a_code_s_closing_letter_said_after_it_and_a_spoken_underscore_handle_go() -> None:
    out = call("and your account reference", "5 5 1 0 9 2 7 3 and then a letter, q",
               "and your shop name on the app", "it's fresh underscore mangoes eighty one",
               "ok", "the letter i think is fine")
    assert not out[1].rstrip(".").endswith("q") and "5 1 0 9" not in out[1]
    assert "mangoes" not in out[3] and "eighty one" not in out[3]
    assert out[5] == "the letter i think is fine"


def test_a_name_that_is_a_function_word_is_found_again_where_no_verb_can_stand() -> None:
    out = call("you're through to may at the surgery", "hi may, um, may i book a smear test",
               "of course. sorry that may take a week, is that ok", "yes fine, thanks may",
               "and who is calling", "it's bill here, bill said you had a slot",
               "lovely, thank you bill, and your bill is paid up")
    assert "may" not in out[0] and out[1].count("may") == 1  # "may i book" stays
    assert "that may take" in out[2]
    assert out[3].endswith("thanks [REDACTED_PERSON]")
    assert "bill" not in out[5]
    assert out[6] == "lovely, thank you [REDACTED_PERSON], and your bill is paid up"


def test_a_yes_that_asks_for_the_whole_value_hands_the_turn_back() -> None:
    out = call("sure, and you'll want my pan card too?", "yes madam, the full number",
               "a b c p k", "ji", "four four one nine q")
    assert out[1] == "yes madam, the full number"
    assert "[REDACTED_" in out[2] and "[REDACTED_" in out[4] and "four" not in out[4]


def test_a_value_given_in_parts_waits_through_backchannels_of_other_languages() -> None:
    out = call("the account number for the refund please", "two two seven one", "vale",
               "oh four eight eight", "tamam", "nine one")
    assert out[2] == "vale" and out[4] == "tamam"
    assert all(part == "[REDACTED_BANK_ACCOUNT]" for part in out[1::2])


def test_an_issued_passphrase_read_back_word_by_word_goes_whole() -> None:
    out = call("I've reset it, your temporary password is Copper-Lantern-19.",
               "Copper, lantern, nineteen. Got it.")
    assert out[1] == "[REDACTED_PASSWORD]. Got it."


def test_a_doctor_named_in_lower_case_speech_is_a_person() -> None:
    out = call("you're booked in with dr gunawardena on the ninth",
               "and is dr okwuosa a woman", "i live on elm dr near the school")
    assert "gunawardena" not in out[0] and "okwuosa" not in out[1]
    assert out[2] == "i live on elm dr near the school"


def test_a_known_name_s_possessive_and_a_name_thanked_before_and() -> None:
    out = call("it's for my daughter tamsin and me", "and tamsin's date of birth",
               "this is bill by the way", "thank you bill and the amount")
    assert "tamsin" not in out[1] and out[1].endswith("date of birth")
    assert out[3] == "thank you [REDACTED_PERSON] and the amount"


def test_a_value_put_off_then_insisted_on_is_still_the_value_asked_for() -> None:
    out = call("can I take your passport number", "hang on, it's in my bag somewhere",
               "no rush, I'll need it read out in full", "l two four", "mm", "eight eight one",
               "and what day would you like it", "the twenty eighth")
    assert out[3] == out[5] == "[REDACTED_PASSPORT]"
    assert out[7] == "the twenty eighth"


def test_a_plate_read_in_parts_and_with_doubled_letters_goes_whole() -> None:
    out = call("what's the reg of the courtesy car", "it's r v one nine", "uh huh", "j double o",
               "and is it the grey one", "no white, and my van is e five double k x r")
    assert out[1] == "it's [REDACTED_VEHICLE_PLATE]" and out[3] == "[REDACTED_VEHICLE_PLATE]"
    assert out[4] == "and is it the grey one"
    assert "double" not in out[5] and "five" not in out[5]


def test_identifiers_asked_for_by_what_they_belong_to_and_read_in_parts() -> None:
    out = call("and the council tax reference", "it's on the top of the bill, four one six",
               "carry on", "nine nine two seven", "and your iban for the refund",
               "the iban is f r seven six", "go on", "three zero zero zero six")
    assert out[1] == "it's on the top of the bill, [REDACTED_MEMBER_ID]"
    assert out[2] == "carry on" and out[3] == "[REDACTED_MEMBER_ID]"
    assert out[5] == "the iban is [REDACTED_IBAN]" and out[7] == "[REDACTED_IBAN]"


def test_a_number_a_message_is_sent_to_and_a_reference_said_before_such_a_phrase() -> None:
    out = call("can you send the code to oh two one five five eight three nine four",
               "sure, your booking is b k four four one nine, we'll text the details to that")
    assert "[REDACTED_PHONE_NUMBER]" in out[0] and "eight three" not in out[0]
    assert "b k four four one nine" in out[1]


def test_a_function_word_name_before_its_surname_and_welcomed_by_it() -> None:
    out = call("harbour gas, this is ruth", "hi ruth, may here, may nwachukwu, i'm moving house",
               "welcome may, what's the new address", "it may rain, will it matter")
    assert out[1] == ("hi [REDACTED_PERSON], [REDACTED_PERSON] here, [REDACTED_PERSON], "
                      "i'm moving house")
    assert out[2].startswith("welcome [REDACTED_PERSON],")
    assert out[3] == "it may rain, will it matter"


def test_characters_of_a_secret_given_by_their_positions_go() -> None:
    out = call("can I have the first and fourth characters of your password",
               "first is q, fourth is 8")
    assert out[1] == "first is [REDACTED_PASSWORD], fourth is [REDACTED_PASSWORD]"
    out = call("what's your password", "sorry, 1 is a problem and 2 is a pain")
    assert "1 is a problem" in out[1]


def test_the_letters_said_after_a_number_are_part_of_it() -> None:
    out = call("and your health card number", "5821 447 309, and the letters on the back are X J.",
               "so 5821 447 309, version XJ, thanks")
    assert out[1] == "[REDACTED_MEMBER_ID]." and out[2] == "so [REDACTED_MEMBER_ID], thanks"


def test_a_login_confirmed_still_or_changed_goes() -> None:
    out = call("and your portal login, is it still mbeki_t?", "no I changed it, it's thandi.mbeki7",
               "I'd like to change my username, it's still tm1985 from years ago")
    assert "mbeki_t" not in out[0] and "thandi" not in out[1] and "tm1985" not in out[2]
    assert out[2].endswith("from years ago")


def test_a_code_that_came_is_read_after_saying_so() -> None:
    out = call("I've texted you a one time code, can you read it to me",
               "yep it's arrived, it's 7 7 1 9 0 2")
    assert out[1] == "yep it's arrived, it's [REDACTED_PASSWORD]"


def test_an_expiry_typed_with_spaces_around_its_slash_goes() -> None:
    out = call("and the expiry date", "Expiry 1 1 / 2 9, and the code is 3 3 0.")
    assert "2 9" not in out[1] and "1 1" not in out[1]


@pytest.mark.parametrize(("text", "login"), [
    ("Access to the finance share was granted to okafor and tnakamura this morning.",
     "tnakamura"),
    ("| 07:55 | dkowalczyk | 10.20.3.4 | Leeds |", "dkowalczyk"),
    ("could you ask lmwangi if the firewall rule went in", "lmwangi"),
])
def test_an_initial_joined_to_a_surname_is_a_login_wherever_it_stands(text: str,
                                                                       login: str) -> None:
    redacted = call(text)[0]
    assert "[REDACTED_USERNAME]" in redacted and login not in redacted


@pytest.mark.parametrize("text", [
    "The DVLA and TFSA forms, the Kwik Fit bill, and strands of stretchy string.",
    "i called hmrc and the dvla and the bnpl payment failed",
])
def test_acronyms_brands_and_words_that_begin_like_words_are_no_login(text: str) -> None:
    assert call(text)[0] == text


def test_a_login_of_an_initial_and_a_surname_said_after_a_one_word_cue_goes() -> None:
    out = call("ok", "my username is j morales", "ok", "the login is k mensah eighty eight")
    assert "morales" not in out[1] and "mensah" not in out[3] and "eighty" not in out[3]


@pytest.mark.parametrize(("answer", "gone"), [
    ("will trevithick", "trevithick"),
    ("will smith", "smith"),
    ("may okonkwo", "okonkwo"),
])
def test_a_name_that_is_a_small_word_answering_a_name_question_goes_with_its_surname(
        answer: str, gone: str) -> None:
    out = call("and can i take your name please", answer)
    assert gone not in out[1] and out[1].startswith("[REDACTED_PERSON]")


@pytest.mark.parametrize("answer", ["will do one sec", "will call you back"])
def test_a_small_word_opening_a_sentence_after_a_name_question_stays(answer: str) -> None:
    assert call("and your name", answer)[1] == answer


@pytest.mark.parametrize(("question", "answer", "kept"), [
    ("can I have the first and last characters of your memorable word",
     "um first is k, last is, uh, s", "first is"),
    ("Could I get the second and fourth digits of your PIN?",
     "Right, second is, er, 6, fourth is 1.", "second is"),
    ("Could I get the second and fourth digits of your PIN?", "2nd is a 6 and 4th is a 1",
     "2nd is a"),
    ("could I have the first and third characters of your memorable word",
     "first is a, third is r", "first is"),
])
def test_characters_by_position_go_past_fillers_articles_and_last(question: str, answer: str,
                                                                 kept: str) -> None:
    out = call(question, answer)[1]
    assert out.count("[REDACTED_PASSWORD]") == 2 and kept in out, out


def test_a_login_said_right_after_a_greeting_is_still_the_login() -> None:
    out = call("what's your network username?", "hello sunflower, that's the one")[1]
    assert "sunflower" not in out


@pytest.mark.parametrize("answer", ["hi dana, it's kowusu7, k-o-w-u-s-u-7",
                                    "Morning Tomasz, it's jwhitfield, j-w-h-i-t-f-i-e-l-d."])
def test_a_login_answered_after_greeting_the_asker_by_name_goes_and_the_name_is_no_login(
        answer: str) -> None:
    out = call("May I have your network username?", answer)[1]
    assert "kowusu" not in out and "jwhitfield" not in out and "it's" in out, out
    assert "[REDACTED_USERNAME]," not in out.split("it's")[0], out


@pytest.mark.parametrize(("answer", "second"), [
    ("his date of birth on the app is wrong it shows second of july two thousand and nine but "
     "it's twelfth of july two thousand and eight", "twelfth"),
    ("my dob is 04/05/1988 but the letter says 05/04/1988", "05/04/1988"),
    ("the card ends 4421, sorry, 4412", "4412"),
])
def test_a_value_set_against_a_value_in_the_same_breath_is_of_its_type(answer: str,
                                                                       second: str) -> None:
    out = call("ok", answer)[1]
    assert second not in out, out


def test_a_value_restated_after_a_digression_reaches_back_to_its_cue() -> None:
    out = call("ok", "her date of birth on the website is wrong, it shows 4 June 2007")[1]
    assert "2007" not in out and "[REDACTED_DATE_OF_BIRTH]" in out


@pytest.mark.parametrize(("answer", "kept"), [
    ("my date of birth is 3 May 1990 but the appointment is on 12 June at 3pm", "12 June"),
    ("my dob is 04/05/1988 but the parcel is due 05/06/2024", "05/06/2024"),
])
def test_a_date_after_a_birth_date_that_is_no_correction_stays(answer: str, kept: str) -> None:
    out = call("ok", answer)[1]
    assert kept in out and "[REDACTED_DATE_OF_BIRTH]" in out


def test_a_word_of_a_value_spelled_out_after_it_goes_with_the_word_said_again() -> None:
    out = call("and the address", "it's 4 kittiwake drive, that's k i t t i w a k e", "ok",
               "12 Ormeau Rise, Belfast. Ormeau is O-R-M-E-A-U.")
    assert "k i t t" not in out[1] and "kittiwake" not in out[1]
    assert "Ormeau" not in out[3] and "O-R-M" not in out[3] and "Belfast" in out[3]


def test_a_plate_read_with_code_words_and_pauses_goes_whole() -> None:
    # a letter explained by its code word ("D for Delta"), the code word "x ray" written as two
    out = call("what plate is on the car", "it's two one two, D for Delta, five five eight one")
    assert "[REDACTED_VEHICLE_PLATE]" in out[1] and "Delta" not in out[1]
    out = call("what's the reg", "it's k m six one", "mhm", "x ray lima papa")
    assert out[3] == "[REDACTED_VEHICLE_PLATE]"
    # an answer that trails off is the first part of the plate, the rest comes after a nod
    out = call("and the registration?", "um, it's two zero one...", "go on", "...k y one one")
    assert "two" not in out[1] and "k y" not in out[3]
    assert "x ray" in call("did you get the x ray of your wrist", "yes last week")[0]
    # a house number or a car's year trailing off opens no plate
    assert call("what's the reg", "hang on its parked at number 12...")[1].endswith("12...")
    assert "nine" in call("and the registration", "it's a two thousand and nine...")[1]


def test_a_plate_corrected_letter_by_letter_is_the_plate() -> None:
    out = call("what's the registration", "it's b t r four four two", "okay",
               "b t r sorry b t p")
    assert out[3].count("[REDACTED_VEHICLE_PLATE]") == 2


def test_the_rest_of_a_number_after_and_then_is_the_number() -> None:
    out = call("read me the card number please", "sure five one oh oh", "yep",
               "two two four four nine nine one one and then three eight two seven")
    assert "three eight" not in out[3] and "[REDACTED_CREDIT_CARD]" in out[3]
    # a whole value is over: what comes after "and then" is something else
    out = call("what is the card number", "4929 1188 7766 2210 and then 3 nights")
    assert out[1].endswith("and then 3 nights")


@pytest.mark.parametrize(("question", "answer"), [
    ("and the end date on the card please", "ten twenty eight"),
    ("what month and year are printed on the front", "march twenty nine"),
    ("can you read me the date on the card", "oh seven slash thirty"),
])
def test_a_question_for_the_card_s_date_takes_its_expiry(question: str, answer: str) -> None:
    """A card prints one date: asked for in any words, the answer is its expiry."""
    assert call(question, answer)[1] == "[REDACTED_CARD_EXPIRY]"


def test_an_offer_s_date_is_no_expiry() -> None:
    assert call("the deal is valid until march twenty eighth")[0] == \
        "the deal is valid until march twenty eighth"


def test_the_rest_of_a_value_after_its_read_back_goes_too() -> None:
    """The agent reads back the part heard so far; the caller goes on with the rest."""
    plate = call("and the plate on the hire car", "it's kilo november zero four",
                 "kilo november zero four", "yep then papa delta romeo")
    assert plate[3] == "yep then [REDACTED_VEHICLE_PLATE]"
    card = call("the long card number please", "five one nine two three three four four",
                "five one nine two three three four four", "right and after that 8810 2277")
    assert "8810" not in card[3] and "2277" not in card[3]
    # a story that goes on keeps its numbers
    assert call("your order number is 55120", "and then we waited 3 weeks")[1] == \
        "and then we waited 3 weeks"


def test_a_short_question_for_the_rest_of_a_value_takes_it() -> None:
    out = call("what's the membership number", "m k two two nine four", "and the last bit",
               "oh seven x")
    assert out[3] == "[REDACTED_MEMBER_ID]"
    # a payment plan's "the rest" asks for no value
    assert call("i can pay half today and the rest on the fifteenth of march", "ok")[0] == \
        "i can pay half today and the rest on the fifteenth of march"


@pytest.mark.parametrize(("question", "answer", "kept"), [
    ("and the name on the order", "hope ufomadu but my brother tunde paid for it", "paid for it"),
    ("who is the policyholder", "um joy olawepo though my husband rene drives it", "drives it"),
])
def test_an_answer_that_opens_the_reply_goes_before_the_names_after_it(
        question: str, answer: str, kept: str) -> None:
    reply = call(question, answer)[1]
    assert reply.count("[REDACTED_PERSON]") == 2 and kept in reply, reply


def test_a_login_or_a_name_spelled_out_goes_on_after_a_backchannel() -> None:
    login = call("and the username you sign in with", "it's t dot w", "uh huh", "o n g seven")
    assert login[3] == "[REDACTED_USERNAME]"
    name = call("can you spell the first name", "s o o", "mm hm", "hyphen y e o n")
    assert name[3] == "[REDACTED_PERSON]"
    # a login said whole waits for nothing
    assert call("what's your username", "bwong77", "ok", "thanks")[3] == "thanks"


@pytest.mark.parametrize(("question", "answer"), [
    ("and your unique taxpayer reference please",
     "one nine five five eight three nine six six one"),
    ("what's your nhi number", "z k p four eight one seven"),
])
def test_tax_and_health_identifiers_of_other_countries_are_national_ids(
        question: str, answer: str) -> None:
    assert call(question, answer)[1].startswith("[REDACTED_")


def test_a_secret_the_agent_issues_in_any_words_goes_and_so_does_its_read_back() -> None:
    out = call("ok i've reset it, temporary passcode it's copper kettle eighteen",
               "copper kettle eighteen, ok")
    assert "copper" not in out[0] and "kettle" not in out[1]
    out = call("here's a temp one, it's violet drum sixty one, you'll change it later",
               "violet drum sixty one right")
    assert "violet" not in " ".join(out) and "change it later" in out[0]
    assert call("my password it's not working since monday")[0] == \
        "my password it's not working since monday"


def test_a_pin_put_right_after_naming_what_the_first_guess_was_goes() -> None:
    out = call("and the pin on the account", "two zero one one, no wait that's my birth year, "
               "it's four four eight one")
    assert "four four eight one" not in out[1] and "two zero one one" not in out[1]
    assert call("my year of birth is 1979")[0] == "my year of birth is [REDACTED_DATE_OF_BIRTH]"


def test_characters_of_a_secret_after_a_moment_s_thought_go() -> None:
    out = call("Could I have the first and fourth letters of your security word?",
               "Hmm, let me see... K and P.")
    assert out[1] == "Hmm, let me see... [REDACTED_PASSWORD]."
    assert call("what's the passcode", "let me check my notes")[1] == "let me check my notes"


def test_a_plate_begun_with_one_character_goes_on_after_a_backchannel() -> None:
    out = call("can you read me the plate on the van", "nine", "go on",
               "tango x ray one one six")
    assert out[1] == "[REDACTED_VEHICLE_PLATE]" and out[3] == "[REDACTED_VEHICLE_PLATE]"
    assert call("she had an x ray on her knee")[0] == "she had an x ray on her knee"


def test_an_invitation_to_read_the_card_out_waits_for_it() -> None:
    out = call("and to confirm, your date of birth", "second of june sixty nine",
               "lovely okay whenever you're ready with the replacement card", "four five one five",
               "yep", "two two eight nine")
    assert out[3] == out[5] == "[REDACTED_CREDIT_CARD]"


def test_a_yes_of_another_language_is_no_name_and_stays_a_backchannel() -> None:
    out = call("namaste, city pharmacy, priya speaking",
               "hello haan i'm calling for my mother's tablets",
               "ok i'll need her aadhaar number", "two three four one five five six six",
               "haan", "nine nine one two")
    assert out[1] == "hello haan i'm calling for my mother's tablets"
    assert out[4] == "haan" and out[5] == "[REDACTED_NATIONAL_ID]"


def test_a_plate_read_out_between_commas_with_x_ray_goes_whole() -> None:
    out = call("and the registration", "it's d for delta, four, x ray, nine nine")
    assert out[1] == "it's [REDACTED_VEHICLE_PLATE]"
    assert call("the x ray, 3 weeks ago, was clear")[0] == "the x ray, 3 weeks ago, was clear"


def test_a_login_said_out_with_its_joiners_goes_on_and_is_known_spelled_again() -> None:
    out = call("can i get the username please", "mei underscore lin", "yep",
               "dot four four")
    assert out[3] == "[REDACTED_USERNAME]"
    assert call("what's the login", "tk_ward.88, that's T-K underscore W-A-R-D dot 8-8")[1] \
        == "[REDACTED_USERNAME], that's [REDACTED_USERNAME]"
    # a reply that is a word goes on with nothing
    assert call("what's your username", "jmorales", "ok", "sorted")[3] == "sorted"


@pytest.mark.parametrize(("text", "gone"), [
    ("my daughter turns nine on the twelfth of march", "twelfth of march"),
    ("and he'll be sixty on 4 october so he gets the discount", "4 october"),
])
def test_the_day_someone_turns_an_age_is_their_birthday(text: str, gone: str) -> None:
    out = call(text)[0]
    assert gone not in out and "[REDACTED_DATE_OF_BIRTH]" in out


def test_a_count_of_people_on_a_day_is_no_birthday() -> None:
    assert call("we'll be 4 on the 3rd of june")[0] == "we'll be 4 on the 3rd of june"


def test_the_end_of_a_part_put_right_goes_and_the_whole_is_known_when_read_back() -> None:
    out = call("and your aadhaar please", "it's five three one eight", "mhm",
               "two two six oh four four five one sorry four four one five",
               "so five three one eight two two six oh four four one five")
    assert "four four one five" not in out[3] and out[4] == "so [REDACTED_NATIONAL_ID]"


def test_a_plate_of_digits_after_the_plate_s_own_word_goes() -> None:
    out = call("what's the plate on the car", "the plate is seven one nine uh sorry", "go on",
               "k d w")
    assert out[1] == "the plate is [REDACTED_VEHICLE_PLATE] uh sorry" and "k d w" not in out[3]
    assert call("the plate was 300 metres from the gate")[0] == \
        "the plate was 300 metres from the gate"


def test_a_new_plate_asked_after_the_old_one_and_given_in_two_goes() -> None:
    out = call("the plate we have is k l five two m t r, what's the new one",
               "it's p w seven seven and then j h n")
    assert out[1] == "it's [REDACTED_VEHICLE_PLATE] and then [REDACTED_VEHICLE_PLATE]"


def test_an_expiry_said_as_month_of_year_and_the_code_as_the_back_go() -> None:
    out = call("card details please",
               "5425 2334 3010 9903 it expires june of twenty eight and the back is four one two")
    assert "june" not in out[1] and "four one two" not in out[1]
    assert call("the meeting moved to march of 2027")[0] == "the meeting moved to march of 2027"


def test_a_part_restated_after_no_sorry_goes_and_did_you_asks() -> None:
    out = call("a contact number please", "my mobile oh seven nine one one", "mhm",
               "three two no sorry three three two eight four four")
    assert "eight four four" not in out[3]
    assert call("my card ends 4411 sorry i mean 45 dollars")[0].endswith("45 dollars")
    out = call("the iban we hold keeps bouncing did you change banks",
               "yes the new one is d e eight nine three seven oh four")
    assert "eight nine three" not in out[1]


def test_a_value_said_as_someone_else_s_after_one_of_a_kind_is_of_that_kind() -> None:
    out = call("go ahead with the passport numbers", "mine is three one eight", "mm hm",
               "two two six four one and my husband's is three one nine four four two one one")
    assert out[3] == "[REDACTED_PASSPORT] and my husband's is [REDACTED_PASSPORT]"
    assert call("my card ends 4411 and hers is 2 years old")[0].endswith("hers is 2 years old")


def test_a_code_after_it_s_in_a_longer_answer_goes() -> None:
    out = call("i've just texted you a code can you read it out",
               "sorry what oh the text hang on yeah it's three three eight one two seven")
    assert "three three eight" not in out[1]


@pytest.mark.parametrize("turns", [
    # a hesitation before a yes still hands the turn back (the PAN goes in both parts)
    ("sure, and you'll want my pan card too?", "um yes madam, the full number", "a b c p k",
     "ok", "four four one nine q"),
])
def test_a_value_offered_then_agreed_to_after_a_hesitation_goes(turns: tuple[str, ...]) -> None:
    out = call(*turns)
    assert "a b c p k" not in out[2] and "four four one nine" not in out[4]


@pytest.mark.parametrize(("turns", "kept"), [
    (("okay what's your username", "it's j dot kerr", "mhm", "i mean it used to work"),
     "i mean it used to work"),
    (("and the first name", "m i n", "mhm", "and the product code is x y z"), "x y z"),
    (("the registration is 150 per person",), "150 per person"),
    (("rego is 845 for twelve months",), "845"),
    (("the policy turns 5 on the 2nd of august",), "2nd of august"),
    (("the next bit is the survey", "sure, 10 minutes"), "10 minutes"),
])
def test_continuations_and_cues_leave_what_is_no_value(turns: tuple[str, ...], kept: str) -> None:
    assert kept in call(*turns)[-1]


def test_a_birth_date_said_again_in_another_form_goes() -> None:
    out = call("and your date of birth", "march eighty seven", "sorry i need the full date",
               "oh the ninth of march nineteen eighty seven", "March 9, 1987, perfect.",
               "and your renewal is on 4 june 2026")
    assert "eighty seven" not in out[3] and "1987" not in out[4]
    assert out[5] == "and your renewal is on 4 june 2026"


def test_a_value_restated_with_it_s_after_a_word_of_when_is_its_cue_s() -> None:
    assert call("my member number changed last year and it's 55102874")[0] == \
        "my member number changed last year and it's [REDACTED_MEMBER_ID]"
    assert call("the order number from last year is 55120")[0] == \
        "the order number from last year is 55120"


@pytest.mark.parametrize("turns", [
    ("is there anything on the screen", "yeah it reads nine three three oh two one eight"),
    ("go ahead", "right so the one they gave me was h w two five five one nine oh"),
    ("i can see the letter", "they wrote double four seven one six two zero underneath"),
    ("thanks for holding", "my husband says it's k kilo three nine one two eight"),
])
def test_characters_read_out_one_by_one_are_someone_s_code_unasked(
        turns: tuple[str, ...]) -> None:
    """Privacy first: a code said a character at a time is no amount, no year, no time."""
    redacted = call(*turns)[1]
    assert "[REDACTED_MEMBER_ID]" in redacted
    assert not any(word in redacted.split() for word in ("nine", "five", "six", "eight"))


@pytest.mark.parametrize(("turns", "kept"), [
    (("what can i do", "i raised complaint c p four four one nine two zero"),
     "c p four four one nine two zero"),
    (("i've logged it as r m a seven seven two oh one five", "sorry, seven seven two oh one five?"),
     "seven seven two oh one five"),
    (("the repair ticket is zero zero three one four nine two six",
      "so three one four nine two six"), "three one four nine two six"),
    (("which one is it", "the sony w h one zero zero zero x m five headphones"),
     "w h one zero zero zero x m five"),
    (("the bill was four hundred and sixty two dollars", "ok"), "four hundred and sixty two"),
])
def test_the_business_s_codes_read_out_and_read_back_stay(
        turns: tuple[str, ...], kept: str) -> None:
    assert any(kept in text for text in call(*turns))


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("we swapped, she's in flat nine now", "nine", "now"),
    ("the parcel went to unit 14b by mistake", "14b", "mistake"),
    ("yes apartment three oh two, the blue door", "three", "blue door"),
    ("it's a flat 25 pound charge", None, "25 pound"),
    ("i'm stuck on unit 2 of the module", None, "unit 2"),
    ("the appointment id is a p t six six three oh two", None, "a p t six six three oh two"),
])
def test_a_dwelling_s_number_is_part_of_an_address_wherever_it_is_said(
        text: str, gone: str | None, kept: str) -> None:
    redacted = call("go on", text)[1]
    assert kept in redacted
    assert (gone is None) == (redacted == text)
    if gone is not None:
        assert gone not in redacted


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    (("sorry what was it", "it's o s u l l i v a n, two l's"), "o s u l l i v a n", "two l's"),
    (("right", "w h a r e k u r a that's the road"), "w h a r e k u r a", "the road"),
    (("ok", "we flew from l h r, the n h s paid"), None, "l h r"),  # acronyms are short
    (("the booking code is x r t q p m", "x r t q p m, lovely"), None, "x r t q p m, lovely"),
])
def test_a_word_spelled_out_letter_by_letter_unasked_goes(
        turns: tuple[str, ...], gone: str | None, kept: str) -> None:
    redacted = call(*turns)[1]
    assert kept in redacted
    assert gone is None or gone not in redacted


@pytest.mark.parametrize(("turns", "gone"), [
    (("and the rego", "t w no sorry t v four four eight"), ("t w", "t v")),
    (("member number please", "z k, wait, z q nine nine one zero two"), ("z k", "z q")),
    (("what's the plate on it", "quebec mike three one zero sierra"), ("sierra", "three")),
])
def test_a_false_start_and_the_last_code_word_of_a_read_out_go_with_the_value(
        turns: tuple[str, ...], gone: tuple[str, ...]) -> None:
    redacted = call(*turns)[1]
    assert "REDACTED" in redacted
    assert not any(part in redacted for part in gone), redacted


@pytest.mark.parametrize(("turns", "gone"), [
    (("ok let me look", "h hotel then r romeo, no sorry, not r, it's p as in papa"),
     ("hotel", "romeo", "papa")),
    (("one sec", "uh j juliet q quebec and then w whiskey"), ("juliet", "whiskey")),
])
def test_a_turn_of_characters_read_out_and_nothing_else_is_a_value(
        turns: tuple[str, ...], gone: tuple[str, ...]) -> None:
    redacted = call(*turns)[1]
    assert "[REDACTED_" in redacted
    assert not any(part in redacted for part in gone), redacted


@pytest.mark.parametrize("turns", [
    ("and what does the gas meter say", "three three one nine two"),  # a reading, unasked
    ("how long is the cable", "two point five"),
    ("may i have the pnr please", "it's k w seven t two r"),  # the business's reference
    ("what time suits", "two thirty"),
])
def test_a_reading_a_quantity_or_the_business_s_reference_read_out_stays(
        turns: tuple[str, ...]) -> None:
    assert call(*turns)[1] == turns[1]


def test_a_card_after_the_pronoun_one_is_the_card_not_a_longer_number() -> None:
    out = call("the card we have ends 4471", "that's gone, take the other one, 4929 1873 5520 0318")
    assert "4929" not in out[1] and "0318" not in out[1]
    assert "[REDACTED_CREDIT_CARD]" in out[1]


def test_the_rest_of_a_card_read_after_an_aside_goes() -> None:
    out = call("the long number please", "five one two two", "ok", "eight eight zero three",
               "mm hm", "hold on the print is tiny, four four seven six, done")
    assert "four four seven six" not in out[5]
    assert out[5].startswith("hold on the print is tiny")


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Ich wohne in Wohnung 14, Hinterhaus", "14", "Hinterhaus"),
    ("depto 3b, piso dos", "3b", "piso"),
    ("it starts NL91 ABNA 0417... then I lose it", "0417", "then I lose it"),
    ("oh it's apartment d, that's why it came back", "apartment d", "that's why"),
    ("the flat b flat is my favourite note", None, "flat b flat"),
])
def test_a_home_by_its_number_and_an_account_cut_off_go(
        text: str, gone: str | None, kept: str) -> None:
    redacted = call("go on", text)[1]
    assert kept in redacted
    assert gone is None or gone not in redacted


def test_a_plate_like_code_of_three_digits_read_out_unasked_goes_but_not_a_flight() -> None:
    out = call("the fine is for the car", "yes r v k seven one nine, on the ninth",
               "and your flight", "b a two seven five")
    assert "seven one" not in out[1] and "on the ninth" in out[1]
    assert out[3] == "b a two seven five"


@pytest.mark.parametrize(("turns", "gone"), [
    (("and the memorable word please", "it's tuatara", "hmm that doesn't match what we have",
      "oh maybe i typed it tuatara1999 back then"), "tuatara1999"),
    (("what's the passcode", "four four one nine", "no, not quite", "try nine one four four"),
     "nine one four four"),
])
def test_an_answer_refused_is_asked_for_again(turns: tuple[str, ...], gone: str) -> None:
    out = call(*turns)
    assert gone not in out[3] and "[REDACTED_PASSWORD]" in out[3]


def test_a_code_sent_on_a_number_is_still_to_come() -> None:
    out = call("we'll send a one time passcode on 0412 889 301", "ok got it, it's 5 0 2 7 7 1")
    assert "0412" not in out[0] and "[REDACTED_PHONE_NUMBER]" in out[0]
    assert "5 0 2" not in out[1] and "[REDACTED_PASSWORD]" in out[1]


@pytest.mark.parametrize("turns", [
    ("what size", "x x l"),  # letters, but no code spelled with care
    ("which grades", "a a b"),
    ("go on", "the chord is d flat e and g"),
    ("ok", "the tyre went flat 3 times this week"),
    ("ok", "we bought the unit 2 years ago"),
    ("ok", "she has her unit 4 exam tomorrow"),
    ("ok", "post it to our returns centre, unit 7 on harbour road"),
    ("ok", "it says f r a g i l e on the box"),  # a common word spelled out
    ("ok", "i'm on q f one two three four tomorrow"),  # a flight
    ("ok", "it shows error e r four zero one two"),  # a thing's code
    ("and the rego", "i'll be there at 5, sorry"),
])
def test_what_is_read_out_but_nobody_s_stays(turns: tuple[str, ...]) -> None:
    assert call(*turns)[1] == turns[1]


def test_digits_after_an_aside_are_no_card_s_rest_where_they_are_a_place_or_a_time() -> None:
    out = call("the long number please", "five one two two", "ok",
               "sorry i'm in ward four one two at the hospital", "mm hm",
               "hold on, the nurse comes at two three oh")
    assert out[3] == "sorry i'm in ward four one two at the hospital"
    assert out[5] == "hold on, the nurse comes at two three oh"


def test_a_business_reference_earlier_does_not_keep_every_later_spelling() -> None:
    out = call("your booking reference is q x t r b m", "q x t r b m, thanks",
               "and who is the parcel for", "the driver asked for d h o m h n a i l l")
    assert out[1] == "q x t r b m, thanks"
    assert "d h o m h n a i l l" not in out[3]



@pytest.mark.parametrize("statement", ["i can see the refund", "we've raised the complaint",
                                       "thanks, that's logged against the order"])
def test_a_statement_naming_the_business_s_reference_asks_for_none(statement: str) -> None:
    out = call(statement, "great, my husband says it's k kilo three nine one two eight")
    assert "three nine one" not in out[1]
    assert call("can i take the order number please", "five five two one nine eight")[1] \
        == "five five two one nine eight"  # but a request for one does


@pytest.mark.parametrize(("question", "answer"), [
    ("can i take your tenancy reference?", "TEN-0093817."),
    ("what's her housing association ref", "it's h a four four oh one nine two seven"),
    ("and your allotment reference number please", "AL 55 2091"),
])
def test_a_reference_asked_for_that_no_business_noun_names_is_someone_s(
    question: str, answer: str
) -> None:
    redacted = call(question, answer)[1]
    assert "REDACTED" in redacted and not any(ch.isdigit() for ch in redacted)
    assert "four" not in redacted


@pytest.mark.parametrize("turns", [
    ("your renewal reference is RN-2024-33710, anything else?", "no thanks"),
    ("can i take your booking reference", "k l m four four seven z"),
    ("could you read me your new reference", "r t four four one nine two"),
])
def test_a_reference_told_or_named_as_the_business_s_stays(turns: tuple[str, ...]) -> None:
    assert call(*turns) == list(turns)


@pytest.mark.parametrize("turns", [
    ("hello", "can i change my pin while i'm on", "sure what would you like it to be",
     "six one one eight"),
    ("hi there", "i'd like to update my passcode please", "no problem, the new one?",
     "it's 6118"),
])
def test_a_secret_asked_to_be_chosen_anew_goes(turns: tuple[str, ...]) -> None:
    assert call(*turns)[3] in ("[REDACTED_PASSWORD]", "it's [REDACTED_PASSWORD]")


@pytest.mark.parametrize(("turns", "kept"), [
    (("hello", "i forgot my password", "ok i'll send a reset link",
      "i remember the old one though, it was Kowhai#1990, can't you unlock it?"),
     "can't you unlock it?"),
    (("hello", "my passcode got locked", "let me have a look",
      "the old one was tide88pool if that helps"), "if that helps"),
])
def test_what_the_owner_of_a_secret_spoken_of_says_it_was_goes(
    turns: tuple[str, ...], kept: str
) -> None:
    said = call(*turns)[3]
    assert "[REDACTED_PASSWORD]" in said and said.endswith(kept)
    assert not any(ch.isdigit() for ch in said)


@pytest.mark.parametrize("turns", [
    ("hello", "my pin isn't working", "ok let me check", "it was 2019 when i set it up"),
    ("hello", "the password won't take", "sorry, what's the ticket from the bot?",
     "it was SEC-20931"),
])
def test_a_year_a_date_or_a_value_asked_for_after_a_secret_is_no_secret(
    turns: tuple[str, ...]
) -> None:
    assert "PASSWORD" not in call(*turns)[-1]


def test_a_note_that_someone_was_asked_to_change_a_secret_sets_no_secret_after_it() -> None:
    session = REDACTOR.session()
    lines = ["Wi-Fi password given by customer: kv8#Rm2p (asked him to change it)",
             "Technician visit booked 25/06/2024 14:00-16:00"]
    said = [session.redact(line, "EXTERNAL").text for line in lines]
    assert said[1] == lines[1]


@pytest.mark.parametrize(("text", "secret"), [
    ("Temp password I set: Harbour#2031! - please force reset on first login", "Harbour#2031!"),
    ("Admin login is admin / Glacier!Fox57 if anyone wants to remote in", "Glacier!Fox57"),
    ("my brother posted the wifi pass in the group chat (tamarind1987!) change it pls",
     "tamarind1987!"),
    ("I was going to use Autumn2031, is that okay for the sign-in password?", "Autumn2031"),
])
def test_a_typed_token_shaped_like_a_secret_goes_where_the_text_names_one(
    text: str, secret: str
) -> None:
    session = REDACTOR.session()
    redacted = session.redact(text, "EXTERNAL").text
    assert secret not in redacted and "[REDACTED_PASSWORD]" in redacted


@pytest.mark.parametrize("text", [
    "my password doesn't work on the iPhone15 since the update, ticket INC-0048812",
    "the login page on the MacBook2020 shows error E#4471",  # no small letters in the code
    "my login stopped working after the Summer2031 promo",  # no password named for sure
])
def test_products_references_and_promo_codes_are_no_typed_secret(text: str) -> None:
    assert "PASSWORD" not in REDACTOR.session().redact(text, "EXTERNAL").text


def test_the_digits_the_other_side_asks_to_choose_between_are_the_value_s() -> None:
    out = call("best contact number?", "mobile, 0412 558 903",
               "sorry, was that 903 or 930 at the end?", "9-0-3.",
               "and is delivery 2 or 3 days for you?", "3 days is fine")
    assert out[3] == "[REDACTED_PHONE_NUMBER]."
    assert out[5] == "3 days is fine"


def test_the_words_of_a_spoken_address_are_no_name_heard_again() -> None:
    out = call("what's your email", "its j dot okafor", "mm hm", "at gmail dot com")
    assert "okafor" not in out[1]
    assert out[3] == "[REDACTED_EMAIL_ADDRESS]"  # the rest of the address, no name in it


def test_a_reference_the_business_named_stays_when_said_again_near_another_cue() -> None:
    out = call("I've logged job RJ-5528014, priority two. Best contact number?",
               "mobile, 0412 558 903", "You'll get SMS updates quoting RJ-5528014.",
               "and the zip code 5528014?")
    assert out[2] == "You'll get SMS updates quoting RJ-5528014."
    assert out[1] == "mobile, [REDACTED_PHONE_NUMBER]"
    assert "5528014" not in out[3]  # a cue right before it names it someone's


@pytest.mark.parametrize(("turns", "gone"), [
    (("and the expiry?", "09/27.", "09/21?", "No, 27. Two seven."), ["09/21", "27", "Two seven"]),
    (("", "sort code's 20-41-77, and the account is 55102938",
      "Reading back, 20-41-77, account 55102938, correct?"), ["20-41-77"]),
    (("date of birth?", "the 9th of June 1972", "So that's 9 July?", "No, June. The sixth month.",
      "Got it, 9th of June. And the postcode?"), ["9 July", "9th of June"]),
    (("best number?", "it's 07700 900 415", "07700 900 451?", "No, 415 at the end.",
      "Sorry, 415. And an email?"), ["451", "415"]),
])
def test_a_value_read_back_by_the_other_side_right_or_wrong_and_corrected_goes(
    turns: tuple[str, ...], gone: list[str]
) -> None:
    said = " | ".join(call(*turns))
    assert not any(value in said for value in gone), said


@pytest.mark.parametrize("turns", [
    ("mobile?", "0412 558 903", "I'll log a separate request, HR-INC-204418, and call you back."),
    ("and your card number", "4556 7375 8689 9855", "Thanks, 25 pounds will be charged today."),
])
def test_what_the_other_side_says_after_a_value_is_no_read_back_unless_it_opens_with_one(
    turns: tuple[str, ...]
) -> None:
    assert call(*turns)[2] == turns[2]


def test_a_typed_log_s_dated_lines_are_no_read_back_of_each_other() -> None:
    session = REDACTOR.session()
    lines = ["12/03/2025, 19:25 - Wanjiru: my number is 0722 441 908",
             "12/03/2025, 19:27 - Wanjiru: the guard says the gate is blocked again"]
    said = [session.redact(line, "EXTERNAL").text for line in lines]
    assert said[1].startswith("12/03/2025, 19:27 - ") and "the gate is blocked" in said[1]


@pytest.mark.parametrize("turns", [
    ("ok", "so the new card goes to the address on file in three to five working days?"),
    ("what's the security code", "sorry, give me 2 minutes, it's in the other room"),
    ("and the card number", "I've had it 4 years, hang on"),
])
def test_a_count_of_days_or_years_near_a_cue_is_no_value(turns: tuple[str, ...]) -> None:
    assert call(*turns)[1] == turns[1]


def test_a_value_said_to_start_with_characters_read_out_goes() -> None:
    out = call("can i grab the account number", "yeah it starts with k t four four",
               "mhm", "nine one two oh")
    assert "four" not in out[1] and "REDACTED" in out[1]
    assert out[3] == "[REDACTED_BANK_ACCOUNT]"


def test_a_read_back_that_goes_on_to_the_next_question_goes() -> None:
    out = call("and the expiry?", "it's the third of twenty nine",
               "march twenty nine and the security code")
    assert "twenty nine" not in out[2] and out[2].endswith("and the security code")


@pytest.mark.parametrize(("turns", "gone"), [
    (("is there anything else you need?", "okay, it's 30571884210 if you need it"), "30571884210"),
    (("right", "my nephew wrote 8820174419 on the form"), "8820174419"),
])
def test_a_long_number_nothing_announces_is_someone_s(turns: tuple[str, ...], gone: str) -> None:
    said = call(*turns)[1]
    assert gone not in said and "REDACTED" in said


@pytest.mark.parametrize("turns", [
    ("ok", "I'll open a missed collection request, 201-3378-4412, today."),
    ("ok", "Formulario: pedido 2024051100873, entregue ontem"),
    ("ok", "the odometer showed 124118000 miles, which can't be right"),
])
def test_a_long_number_a_business_noun_names_or_a_count_stays(turns: tuple[str, ...]) -> None:
    assert call(*turns)[1] == turns[1]


@pytest.mark.parametrize(("turns", "gone"), [
    (("can you give me the last four of the card?", "8812 and 2 days ago it went through"),
     "8812"),
    (("what's the security code?", "it's 4471 and 3 weeks ago i changed it"), "4471"),
])
def test_a_value_asked_for_before_a_count_of_days_still_goes(
    turns: tuple[str, ...], gone: str
) -> None:
    assert gone not in call(*turns)[1]


def test_a_name_that_is_a_spoken_joiner_written_with_its_capital_is_remembered() -> None:
    out = call("Who's calling?", "It's Dash Okafor.", "Thanks.", "Dash is fine, everyone says.")
    assert "Dash" not in out[1] + out[3]


def test_a_choice_of_small_numbers_asks_for_no_value_again() -> None:
    out = call("best number?", "0412 558 903", "would you like the 12 or 24 month contract?",
               "24 please")
    assert out[3] == "24 please"


@pytest.mark.parametrize("said", [
    "it was 11/26 on the letter", "it was £250 last month",
    "it was INC-0048812 the ticket", "it was 10:45 when it locked",
])
def test_what_an_owner_says_after_a_secret_is_a_secret_only_if_shaped_like_one(said: str) -> None:
    assert "PASSWORD" not in call("hello", "I forgot my password", "let me check", said)[3]


@pytest.mark.parametrize("text", [
    "I can't login to see Order#55120 details",
    "chip and pin declined at Store#0412",
    "I'll pass that on, Case#77120 is closed now",
    "the login page crashes on Windows10 and Office365",
])
def test_a_record_s_label_and_number_or_a_product_is_no_typed_secret(text: str) -> None:
    assert "PASSWORD" not in REDACTOR.session().redact(text, "EXTERNAL").text


@pytest.mark.parametrize("question", ["your old tenancy reference?",
                                      "your tenancy reference, please.",
                                      "i need your housing reference"])
def test_a_reference_asked_for_in_other_words_is_someone_s(question: str) -> None:
    assert "0093817" not in call(question, "TEN-0093817")[1]


@pytest.mark.parametrize(("turns", "gone"), [
    (("and your date of birth", "the fourth of july eighty one", "and Keziah?",
      "20th of February 1993."), "1993"),
    (("Your date of birth?", "12/05/1990", "And Mr Adebayo's?", "20/02/1993"), "1993"),
])
def test_the_same_question_asked_of_someone_it_only_names_is_answered_alike(
    turns: tuple[str, ...], gone: str
) -> None:
    assert gone not in call(*turns)[3]


@pytest.mark.parametrize(("turns", "gone"), [
    (("what's the account number", "12 34 56 78", "thanks",
      "oh and the old one was 87 65 43 21 if you need it"), "87 65"),
    (("and your policy number", "p l four four one nine two two", "got it",
      "my previous one was 7730 1182 if that helps"), "7730"),
])
def test_another_of_the_kind_of_value_given_last_goes(turns: tuple[str, ...], gone: str) -> None:
    assert gone not in call(*turns)[3]


def test_the_new_one_of_a_business_s_thing_is_no_value() -> None:
    out = call("what's the account number", "12 34 56 78", "thanks, anything else?",
               "the new one is 2 weeks old and the old one was 3 years old")
    assert out[3] == "the new one is 2 weeks old and the old one was 3 years old"


def test_an_answer_that_restates_the_question_after_it_s_gives_the_secret_after_its_verb() -> None:
    out = call("what's the secret answer", "its the name of my first dog which was rusty")
    assert out[1] == "its the name of my first dog which was [REDACTED_PASSWORD]"


@pytest.mark.parametrize(("text", "secret"), [
    ("the wifi pass is Summer2031", "Summer2031"),
    ("login is jsmith and pass is Autumn2030", "Autumn2030"),
])
def test_a_capitalised_word_and_digits_right_after_a_secret_s_name_goes(
    text: str, secret: str
) -> None:
    assert secret not in REDACTOR.session().redact(text, "EXTERNAL").text


def test_what_an_owner_says_a_secret_was_goes_in_camel_case_too() -> None:
    said = call("hello", "I forgot my password for the app", "do you remember the old one?",
                "it was myDog2019")[3]
    assert said == "it was [REDACTED_PASSWORD]"


def test_a_choice_of_two_digits_at_the_end_of_a_value_asks_for_them_again() -> None:
    out = call("can I take your account number?", "it's 3 1 9 2 6 6 5 4",
               "sorry, was that 54 or 45 at the end?", "54")
    assert out[3] == "[REDACTED_BANK_ACCOUNT]"


@pytest.mark.parametrize("said", [
    "my other one is 300 miles away", "the new one, 2024, arrives tuesday",
])
def test_another_one_that_is_a_distance_or_a_year_is_no_value(said: str) -> None:
    assert call("best number?", "0412 558 903", "thanks", said)[3] == said


@pytest.mark.parametrize("said", ["it's been 1000000000 seconds",
                                  "the population is 1400000000 or so"])
def test_a_long_number_that_measures_or_is_round_stays(said: str) -> None:
    assert call("go on", said)[1] == said


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("my passport is wrong on the itinerary, it should be C8830415 not C8803415",
     ("C8830415", "C8803415"), ()),
    ("the dob is wrong on the booking, it should be 12/03/1981 not 12/03/1987",
     ("1981", "1987"), ()),
    ("your member number on the invoice, 60017732, not 60017723?", ("60017732", "60017723"),
     ()),
    # a business's reference on someone's document: privacy first, the nearest cue names it
    ("the booking reference on the passport page is BK44120", ("BK44120",), ()),
    ("the order number on my driving licence, MORGA753116SM9IJ", ("MORGA753116SM9IJ",), ()),
    ("the reservation number is BK44120 not BK44210", (), ("BK44120", "BK44210")),
    ("there are new charges on your card ending 6604", ("6604",), ()),
])
def test_a_value_on_a_business_s_record_is_still_whose_its_cue_says(
        text: str, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    out = REDACTOR.redact_text(text).text
    assert not any(value in out for value in gone), out
    assert all(value in out for value in kept), out


@pytest.mark.parametrize("text", [
    "the app is asking me for a code again, 771 204",
    "there's a code now, 39051877, do I type it here",
    "please enter 660913 as the security code we just texted",
    "I've put 5081 as my new PIN",
])
def test_a_code_too_long_for_a_card_or_named_after_its_value_is_a_secret(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert "[REDACTED_PASSWORD]" in out and not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize("text", ["quote 55120 as your order reference",
                                  "the code for that colour is 44120, the navy one"])
def test_a_business_s_code_named_after_its_value_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "secret"), [
    ("so I changed it to Kiwi$Tree9 this morning", "Kiwi$Tree9"),
    ("does it accept Lagos2019? it rejected Lagos#2019", "Lagos#2019"),
    ("maybe Octopus&Ink42 will work", "Octopus&Ink42"),
])
def test_a_token_of_every_kind_a_password_policy_asks_for_goes_anywhere(
        text: str, secret: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert secret not in out and "[REDACTED_PASSWORD]" in out, out


@pytest.mark.parametrize("text", ["we got 15% off with WINTER15! amazing",
                                  "Item,Qty,Price#Total\nDesk2,1,Oak#4499"])
def test_capitals_digits_or_a_row_of_values_are_no_secret(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_business_s_reference_given_as_asked_stays_when_read_back_beside_another_cue() -> None:
    out = call("could I get the claim number from your letter", "c l four four nine oh two one",
               "c l four four nine oh two one, and the registration of the car")
    assert out[1:] == ["c l four four nine oh two one",
                       "c l four four nine oh two one, and the registration of the car"]


@pytest.mark.parametrize("question", [
    "Once I send the new cards out, could you confirm your date of birth?",
    "Could you confirm your date of birth before I send the new cards out?",
])
def test_an_offer_in_another_clause_does_not_make_a_question_the_speaker_s_own(
        question: str) -> None:
    assert call(question, "19/02/1977.")[1] == "[REDACTED_DATE_OF_BIRTH]."


def test_an_offer_in_the_cue_s_clause_still_does() -> None:
    out = REDACTOR.session()
    out.redact("I'll give you my new mobile, it's", "EXTERNAL")
    assert out.redact("07700 900 461", "EXTERNAL").text == "[REDACTED_PHONE_NUMBER]"


def test_an_email_asked_for_and_read_out_in_parts_goes_whole() -> None:
    out = call("what email should the receipt go to", "it's wanjiru dot k forty one", "uh huh",
               "underscore home", "yep", "at protonmail dot me")
    assert [out[k] for k in (1, 3, 5)] == ["it's [REDACTED_EMAIL_ADDRESS]",
                                           "[REDACTED_EMAIL_ADDRESS]", "[REDACTED_EMAIL_ADDRESS]"]


def test_a_turn_at_a_place_is_no_part_of_an_email() -> None:
    out = call("what email should the receipt go to", "hang on I'm at work",
               "at the office I mean, dot dot dot")
    assert out[1:] == ["hang on I'm at work", "at the office I mean, dot dot dot"]


@pytest.mark.parametrize(("first", "question", "answer"), [
    ("I'd like to update my username please", "Sure, what's the existing one?",
     "it's bluefalcon"),
    ("I need to change the passport number you have for me", "sure, what's the current one?",
     "it's k five one two oh nine"),
])
def test_the_one_asked_for_is_the_value_named_last(first: str, question: str,
                                                   answer: str) -> None:
    session = REDACTOR.session()
    session.redact(first, "EXTERNAL")
    session.redact(question, "INTERNAL")
    out = session.redact(answer, "EXTERNAL").text
    assert out == f"it's [REDACTED_{session.state.last_named}]", out


@pytest.mark.parametrize(("text", "name"), [
    ("We'd like to add my son-in-law, Oyelaran, as a second driver.", "Oyelaran"),
    ("my daughter in law wairimu will bring it", "wairimu"),
])
def test_a_relation_by_marriage_names_the_person_after_it(text: str, name: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert name not in out and "law" in out, out


def test_the_parts_of_a_code_typed_with_slashes_go_with_it() -> None:
    out = REDACTOR.redact_text("the scheme member number is PEN/MAN/22047719").text
    assert out == "the scheme member number is [REDACTED_MEMBER_ID]"


def test_a_cue_in_the_answer_names_its_value_over_the_question() -> None:
    out = call("can you confirm your date of birth", "or my medicare number if easier, it's 2953",
               "uh huh", "8174")
    assert out[1].endswith("[REDACTED_MEMBER_ID]") and out[3] == "[REDACTED_MEMBER_ID]"


def test_a_login_read_back_with_its_word_said_whole_goes() -> None:
    out = call("and the login name", "t a n e underscore w k nine", "tane underscore w k nine")
    assert out[2] == "[REDACTED_USERNAME]"


@pytest.mark.parametrize("text", ["it came to forty thousand dong with the tip",
                                  "they charge 300 hryvnia a month"])
def test_a_currency_after_an_amount_is_no_name(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_known_name_inside_a_place_named_as_one_stays() -> None:
    session = REDACTOR.session()
    assert session.redact("my son Charles set it up", "EXTERNAL").text == \
        "my son [REDACTED_PERSON] set it up"
    out = session.redact("then he moved out to Lake Charles last year", "EXTERNAL").text
    assert out == "then he moved out to Lake Charles last year"
    assert session.redact("Charles is away now", "EXTERNAL").text == \
        "[REDACTED_PERSON] is away now"


def test_the_digits_after_a_decimal_point_open_no_code() -> None:
    text = "And the car is still the Kia Ceed 1.4 GDI?"
    assert REDACTOR.redact_text(text).text == text


def test_an_offer_of_something_else_after_the_cue_leaves_the_question_asked() -> None:
    out = call("and a mobile number so we can send you the reminder", "its oh seven seven one two",
               "mm hm", "nine double four one oh six")
    assert out[1] == "its [REDACTED_PHONE_NUMBER]" and out[3] == "[REDACTED_PHONE_NUMBER]"


def test_a_login_read_back_with_its_letters_as_words_goes() -> None:
    out = call("what's the username on it", "it's tanvir underscore k p forty one",
               "so tanvir underscore k p four one")
    assert out[1:] == ["it's [REDACTED_USERNAME]", "so [REDACTED_USERNAME]"]


@pytest.mark.parametrize(("answer", "gone"), [("yep oh eight one four", True),
                                              ("yes, from half twelve", False)])
def test_a_postcode_said_digit_by_digit_after_an_address_goes(answer: str, gone: bool) -> None:
    out = call("is that still 9 totara lane in whanganui", answer)[1]
    assert ("[REDACTED_ZIP_CODE]" in out) == gone, out


@pytest.mark.parametrize("text", ["just checking, your loan LN 774 0912 is with us",
                                  "my mortgage HM-5518207 renews in may",
                                  "the tenancy t k 9 9 0 4 1 2 is in my name"])
def test_an_account_of_someone_s_named_by_its_kind_goes(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert "[REDACTED_MEMBER_ID]" in out and not any(ch.isdigit() for ch in out), out


def test_a_business_of_loans_asks_for_nothing_by_its_name() -> None:
    out = call("thanks for calling northgate home loans, dev here, how can I help",
               "hi, my monthly payment went up to nineteen hundred and twelve dollars")
    assert out[1] == "hi, my monthly payment went up to nineteen hundred and twelve dollars"


@pytest.mark.parametrize(("text", "name"), [
    ("we still need the date of birth for joy please", "joy"),
    ("sorry, the passport of hope was rejected", "hope"),
])
def test_someone_s_details_of_or_for_a_name_word_name_a_person(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["the address for billing is different",
                                  "what's the email for support"])
def test_details_for_a_thing_name_no_one(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("hiya robin hows your week going", "robin"),
    ("hi hope its tomasz again about the boiler", "hope"),
    ("brilliant, cheers again will, bye", "will"),
])
def test_someone_greeted_or_thanked_by_a_name_word_is_named(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text.split()


@pytest.mark.parametrize("text", ["hi there how are you", "thanks a lot hope you're well",
                                  "hello again its me", "thanks so much again, bye"])
def test_a_greeting_or_thanks_without_a_name_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_code_after_whose_it_is_answers_a_question_for_a_secret() -> None:
    out = call("and the gate code, has it changed?",
               "Weekend staff get their own. Yours is 7 3 1 9, then the star key.")
    assert "7 3 1 9" not in out[1] and "[REDACTED_PASSWORD]" in out[1]


@pytest.mark.parametrize("text", ["My wife was born in Hamburg and I grew up in Leeds.",
                                  "we flew from Seattle and I lost a bag"])
def test_a_place_before_and_i_is_no_person(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [("i passed it to ngozi and i left", "ngozi"),
                                            ("I bought the van from David and I want it insured",
                                             "David")])
def test_a_name_that_is_a_place_too_before_and_i_is_still_a_name(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("text", "kept"), [
    ("Done, I logged it as RITM0077210 for the desk team.", True),
    ("the branch code is ICIC0004417", False),
])
def test_a_ticket_shaped_like_a_bank_code_stays_where_filed(text: str, kept: bool) -> None:
    assert (REDACTOR.redact_text(text).text == text) == kept


def test_a_domain_ending_spelled_letter_by_letter_ends_the_address() -> None:
    out = REDACTOR.redact_text("send it to mateus at lumenworks dot a i please").text
    assert out == "send it to [REDACTED_EMAIL_ADDRESS] please"


@pytest.mark.parametrize(("turns", "gone"), [
    (("and when does the licence end", "it's expiring on the twenty second of august"), False),
    (("the expiry on the card", "august twenty eight"), True),
])
def test_an_expiry_with_a_day_is_no_card_s(turns: tuple[str, str], gone: bool) -> None:
    assert ("[REDACTED_CARD_EXPIRY]" in call(*turns)[1]) == gone


def test_an_amount_is_no_answer_to_a_question_for_an_identifier() -> None:
    out = call("can I take the visa number", "oh hold on, the fee was eighteen thousand rupees")
    assert out[1] == "oh hold on, the fee was eighteen thousand rupees"


@pytest.mark.parametrize(("text", "name"), [
    ("thank you for calling seaview hotels this is smokey how can i help", "smokey"),
    ("hi tama my name is carla and i need a room", "tama"),
])
def test_an_agent_or_caller_named_by_a_common_word_in_a_tight_frame(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text.split()


def test_a_birthday_on_which_something_expires_is_a_birth_date() -> None:
    out = REDACTOR.redact_text("my passport expires on my birthday, March 3rd, oddly").text
    assert "March" not in out


def test_a_code_read_out_with_code_words_goes_with_few_digits() -> None:
    out = REDACTOR.redact_text("right it's lima delta six four hotel romeo kilo").text
    assert out == "right it's [REDACTED_MEMBER_ID]"


def test_a_question_relayed_to_someone_beside_the_speaker_keeps_waiting_for_the_answer() -> None:
    session = REDACTOR.session()
    session.redact("and I'll need your husband's date of birth as well", "INTERNAL")
    session.redact("one sec, dev what's your date of birth", "EXTERNAL")
    assert session.redact("okay it's the fourth of may eighty nine", "EXTERNAL").text == \
        "okay it's [REDACTED_DATE_OF_BIRTH]"


def test_the_choices_of_digits_read_back_are_the_value_s() -> None:
    out = call("and your policy number", "it's p five five one eight two two four",
               "sorry was it eight two two four or eight two four two", "eight two two four")
    assert "eight" not in out[2] and out[3] == "[REDACTED_MEMBER_ID]", out


def test_the_digits_a_value_is_not_go_too() -> None:
    out = call("your mobile please", "07700 900 461 wait no its 07700 900 416 at the end not 61")
    assert not any(ch.isdigit() for ch in out[1]), out[1]


def test_a_cue_spoken_of_but_not_asked_opens_no_question_for_either_side() -> None:
    out = call("and the card number", "four nine two nine and the security code on the back is "
               "one one four", "oh you don't need to give me the code on the back we never ask "
               "for that can you tell me your memorable word instead", "ah sorry it is kestrel",
               "perfect so i see a charge for three hundred twelve thousand won at the store")
    assert "three hundred twelve thousand won" in out[4]


@pytest.mark.parametrize("text", ["we can put the 30% discount back from then",
                                  "the office can see you at 1:15 p.m.. name changes take time"])
def test_a_share_or_a_time_is_no_value_in_an_address_s_or_a_name_s_turn(text: str) -> None:
    session = REDACTOR.session()
    session.redact("he moved to Leeds in December.", "EXTERNAL")
    assert session.redact(text, "INTERNAL").text == text


@pytest.mark.parametrize(("text", "kept", "gone"), [
    ("I've got your flight from Lisbon to Tokyo on the 9th.", ("Lisbon", "Tokyo"), ()),
    ("I was moved on QR 45 to Singapore last minute", ("Singapore",), ()),
    ("please transfer it from Grace to Ahmed", (), ("Grace", "Ahmed")),
])
def test_the_ends_of_a_journey_are_places(text: str, kept: tuple[str, ...],
                                         gone: tuple[str, ...]) -> None:
    out = REDACTOR.redact_text(text).text
    assert all(w in out for w in kept) and not any(w in out for w in gone), out


@pytest.mark.parametrize(("text", "name"), [("I got a voicemail from Mary yesterday", "Mary"),
                                            ("i heard from jordan last week", "jordan")])
def test_who_a_message_came_from_is_a_person(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["they said the shea butter arrived melted",
                                  "we got three margherita pizzas and no sides",
                                  "I have the hudson platform bed in king size",
                                  "it came to eighty thousand jamaican dollars"])
def test_a_name_word_that_says_what_kind_of_thing_is_no_person(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("is that under the kumar account", "kumar"), ("my coach Marco still has my key", "Marco"),
    ("she lives at flat nine holloway house", "holloway"),
])
def test_a_name_that_names_someone_s_record_a_role_s_holder_or_a_house_still_goes(
        text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [("I see the reservation for ivy lam", "ivy"),
                                            ("an appointment for joy at four", "joy")])
def test_whose_booking_it_is_names_a_person(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [("yeah I passed it to jordan at reception", "jordan"),
                                            ("i lent them to summer last week", "summer")])
def test_who_a_thing_was_handed_to_is_a_person(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


def test_where_a_business_reference_is_written_asks_for_no_card() -> None:
    out = call("do you have the claim number on the card there", "yeah it's six six one four",
               "two nine oh three")
    assert out[1:] == ["yeah it's six six one four", "two nine oh three"]


def test_is_there_opens_a_question_mid_sentence() -> None:
    out = call("the gate is locked at night is there a code for the courier", "yes it's 8 1 3 9")
    assert "8 1 3 9" not in out[1]


def test_the_domain_read_after_the_spelled_name_of_an_address_asked_for_goes() -> None:
    out = call("I'll need an email for the receipt",
               "Sure. It's K, A, Y, then dot, R, at fastmail dot com.")
    assert "fastmail" not in out[1]


def test_a_secret_set_later_by_the_listener_opens_no_question_for_the_speaker() -> None:
    out = call("you can set a new PIN at any of our cash machines",
               "great, and is the mortgage still paid on the first",
               "yes the mortgage payment of eleven forty comes out on the first")
    assert out[2] == "yes the mortgage payment of eleven forty comes out on the first"


def test_an_issuer_in_another_clause_issues_no_secret() -> None:
    out = call("ive unblocked the card and you can choose a new pin at any cash machine",
               "thanks, and does the loan still come out monthly",
               "yes the loan payment of two ninety comes out on the first")
    assert out[2] == "yes the loan payment of two ninety comes out on the first"


def test_a_list_goes_on_with_the_business_s_own_values() -> None:
    text = "Both orders are held, 112-5531904-2210 and 112-5531977-0418, for the same desk."
    assert REDACTOR.redact_text(text).text == text


def test_a_capitalised_name_that_is_a_place_too_opens_a_sentence_as_a_name() -> None:
    out = REDACTOR.redact_text("Anand Raghunathan logged in from Pune at 9.").text
    assert "Anand" not in out and "Pune" in out


def test_an_iban_going_on_with_its_bank_s_code_goes_whole() -> None:
    out = call("the iban for the refund please", "gb33", "uh huh", "bukb 2020 1555 5555 55")
    assert out[1] == out[3] == "[REDACTED_IBAN]"


@pytest.mark.parametrize("text", ["the upgrade is 25 or 35 a month",
                                  "is it 2018 or 2019 you joined",
                                  "did you want the 128 or 256 model"])
def test_a_choice_of_different_numbers_is_no_value_read_back(text: str) -> None:
    out = call("and your member number", "it's four four one two eight eight zero nine", text)
    assert out[2] == text


@pytest.mark.parametrize("text", ["hi welcome how can I help", "thanks again folks, bye",
                                  "I love my PlayStation5!", "what's the address for Paris?",
                                  "my mortgage 350000 balance", "the error said Error#404NotFound"])
def test_words_greeted_shaped_or_owned_like_values_that_are_none_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_an_age_set_against_a_birth_date_stays() -> None:
    assert call("date of birth", "3rd May 1980, not 40 yet")[1].endswith(", not 40 yet")


def test_a_domain_ending_spelled_after_a_backchannel_goes_whole() -> None:
    out = call("what email should we use", "its ramana", "mhm", "at quillbyte dot i o")
    assert out[3] == "[REDACTED_EMAIL_ADDRESS]"


@pytest.mark.parametrize(("text", "name"), [
    ("I spoke to the Oluwaseun lady at the counter", "Oluwaseun"),
    ("on the flight they moved my seat from Rose to Mark", "Rose"),
])
def test_a_name_before_a_person_noun_or_at_a_journey_s_end_is_still_a_name(text: str,
                                                                           name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


def test_an_expiry_asked_for_goes_even_with_its_day() -> None:
    assert call("and the expiry date on the card", "it's 12 march 2028")[1] == \
        "it's [REDACTED_CARD_EXPIRY]"


@pytest.mark.parametrize("text", ["can you check the booking for london",
                                  "what about the booking for florence", "the order for jordan"])
def test_a_record_for_a_place_at_the_text_s_end_does_not_crash(text: str) -> None:
    REDACTOR.redact_text(text)


@pytest.mark.parametrize(("text", "name"), [
    ("I spoke to a Siobhan yesterday and she said", "Siobhan"),
    ("it's under the kowalski name", "kowalski"), ("the sharma girls are both on it", "sharma"),
    ("it's the one priya drives", "priya"), ("a gareth something called me", "gareth"),
])
def test_a_name_before_a_noun_of_a_person_or_their_record_is_a_name(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("question", "answer"), [("sorry was that 915 or 950?", "915"),
                                                  ("was the end 14 or 40?", "fourteen")])
def test_a_teen_heard_as_a_ten_is_a_choice_of_the_value_s_digits(question: str,
                                                                 answer: str) -> None:
    out = call("and the security code on the back", "nine one five", question, answer)
    assert not any(ch.isdigit() for ch in out[2]) and "REDACTED" in out[3], out


def test_a_secret_issued_in_an_earlier_clause_is_read_in_the_next_turn() -> None:
    out = call("okay so I've done a reset on the account and your password, uh, is now",
               "Harbour7781")
    assert out[1] == "[REDACTED_PASSWORD]"


@pytest.mark.parametrize("text", ["the bill says 1249 pounds though",
                                  "well, at least dot com is easy",
                                  "i handed it to royal mail yesterday"])
def test_an_amount_a_phrase_or_a_carrier_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_domain_is_no_more_than_its_words() -> None:
    out = call("what email", "its jo", "mm hm", "at gmail dot com i think")
    assert out[3] == "[REDACTED_EMAIL_ADDRESS] i think"


@pytest.mark.parametrize(("text", "name"), [("any word from gary on it?", "gary"),
                                            ("we had a visit from joy last week", "joy")])
def test_who_word_or_a_visit_came_from_is_a_person(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("hey there, you're chatting with Ifeoma from the returns team", "Ifeoma"),
    ("you've reached anneliese on the mortgage desk, how can i help", "anneliese"),
    ("you're talking to Jordan at Brightline Energy", "Jordan"),
])
def test_an_agent_named_between_a_greeting_and_their_team_is_a_person(text: str,
                                                                       name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("the reservation is under tipene ruatapu", "ruatapu"),
    ("thats all under Nwachukwu, with a w", "Nwachukwu"),
    ("its registered under tavake please", "tavake"),
])
def test_a_name_a_record_is_kept_under_is_a_person(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["it's still under warranty isn't it",
                                  "that's under review at the moment",
                                  "my daughter is under five"])
def test_under_a_condition_or_an_age_is_no_name(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "names"), [
    ("our grandkids are tamati and wiremu", ("tamati", "wiremu")),
    ("the seats are for hine te awa and rawiri te awa", ("hine", "rawiri", "awa")),
    ("its for ngozi eze and lanakila", ("lanakila",)),
])
def test_names_no_lexicon_knows_in_a_list_of_people_go(text: str, names: tuple[str, ...]) -> None:
    out = REDACTOR.redact_text(text).text
    assert not any(name in out for name in names), out


@pytest.mark.parametrize("text", ["the passengers are me and my son",
                                  "my kids are fine thanks", "the drivers are listed on it"])
def test_a_list_of_people_without_names_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("I've cancelled the card and raised dispute DP-55120 for you.", "DP-55120"),
    ("the engineer's job is J 4471 on thursday", "J 4471"),
    ("your complaint CX-20931 is with the team now", "CX-20931"),
])
def test_a_value_right_after_a_business_noun_is_the_business_s(text: str, kept: str) -> None:
    assert kept in REDACTOR.redact_text(text).text


def test_a_business_noun_names_no_value_said_after_it_in_another_turn() -> None:
    out = call("we need your personal ID number for customs, I'll add it to the parcel",
               "sure it's eight one zero four two two", "mm hm", "five five three one")
    assert not any(ch.isdigit() for ch in "".join(out)) and "eight" not in out[1], out
    assert "five" not in out[3], out


def test_a_business_value_shields_no_contact_number_after_it() -> None:
    out = REDACTOR.redact_text("call back re complaint CMP-44120, use textphone 01632 960777")
    assert "CMP-44120" in out.text and "960777" not in out.text, out.text


def test_a_business_word_in_the_next_sentence_describes_no_earlier_value() -> None:
    out = REDACTOR.redact_text("7 KOOKABURRA CRES, BUNBURY WA 6230. CONSIGNMENT TNT-5528110.")
    assert "6230" not in out.text and "TNT-5528110" in out.text, out.text


@pytest.mark.parametrize(("text", "gone"), [
    ("send it to 88 Case Street, Rochester, 14604 please", "14604"),
    ("it's 5 The Orchards, Kenilworth, CV8 1QS", "The Orchards"),
    ("9 the maltings, hexham, ne46 3lh", "maltings"),
])
def test_an_address_s_parts_go_whatever_words_its_street_is_named_with(text: str,
                                                                       gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("question", "answer", "guesses"), [
    ("what's the memorable word on file?", "ooh, maybe sparrow? no hang on, try wagtail",
     ("sparrow", "wagtail")),
    ("can I take your phone banking passphrase", "it could be either plum tree or damson "
     "tree", ("plum", "damson")),
    ("and the answer to the security question", "first school... maybe greenfields, or "
     "possibly oakwood", ("greenfields", "oakwood")),
])
def test_every_guess_at_a_secret_goes(question: str, answer: str,
                                      guesses: tuple[str, ...]) -> None:
    out = call(question, answer)[1]
    assert not any(guess in out for guess in guesses), out
    assert "could be" in out or "try" in out or "possibly" in out, out


def test_a_code_read_out_with_a_pause_is_one_value_of_its_kind() -> None:
    kept = call("whats the booking reference", "its hotel quebec um seven romeo two")
    assert kept[1] == "its hotel quebec um seven romeo two"
    gone = call("and your membership number", "its hotel quebec um seven romeo two nine")
    assert gone[1] == "its [REDACTED_MEMBER_ID]"


def test_an_address_asked_for_by_where_to_send_goes_over_turns() -> None:
    out = call("where would you like it sent?", "tom dot e v a n s", "uh huh",
               "at harbourline dot net dot nz")
    assert out[1] == "[REDACTED_EMAIL_ADDRESS]" and out[3] == "[REDACTED_EMAIL_ADDRESS]", out


def test_a_typed_address_with_a_hesitation_inside_goes_in_both_parts() -> None:
    out = call("what's the email you log in with?",
               "kemi.adeyemi.art at... hmm, I think it was outlook.com then")
    assert "kemi" not in out[1] and "outlook.com" not in out[1], out


def test_an_iban_read_with_pauses_and_finished_after_the_rest_is_goes_whole() -> None:
    out = REDACTOR.redact_text("DE89… 3704 0044… and the rest of it is 0532 0130 00").text
    assert not any(ch.isdigit() for ch in out), out


def test_the_rest_of_a_phone_number_goes_with_its_start() -> None:
    out = REDACTOR.redact_text("my mobile is 07700 900 and the last bit is 461").text
    assert "461" not in out, out


def test_a_secret_word_said_again_later_in_the_call_goes() -> None:
    out = call("what's the memorable place on the account?", "an old lighthouse, I think",
               "lighthouse is right, thanks. and the postcode?")
    assert "lighthouse" not in out[1] and "lighthouse" not in out[2], out
    assert out[2].endswith("is right, thanks. and the postcode?"), out


def test_a_secret_s_typed_rest_after_its_description_goes() -> None:
    out = call("right, I've reset it, your temporary password is Copper, capital C, then "
               "_Lantern_52 and a hash at the end")
    assert "Lantern" not in out[0] and "52" not in out[0], out


@pytest.mark.parametrize(("question", "answer", "part"), [
    ("can you spell it for me", "el amrani, thats e l then a m r a n i", " e l "),
    ("how do you spell the surname", "de la rosa so d e then l a then r o s a", " l a "),
])
def test_a_short_part_of_a_name_spelled_goes_too(question: str, answer: str, part: str) -> None:
    out = call(question, answer)[1]
    assert part not in out and "r a" not in out and "then" in out, out


@pytest.mark.parametrize(("text", "name"), [
    ("the twins are fine. Grace, she was poorly last week though", "Grace"),
    ("I rang the office and Lorena, she said to call you", "Lorena"),
    ("my stepdad is Gregory but everyone calls him Will.", "Will"),
])
def test_a_name_taken_up_by_a_pronoun_or_a_nickname_goes(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", [
    "the 18:40 via Doha gets in at 06:15 via Muscat the next day",
    "it's nineteen point four pence a unit and fifty one pence a day",
    "if you read me your membership number I'll add 3,500 points for the trouble",
    "the police gave me report 25-118342 for the insurer",
    "your arrangement number is FH-25-0912",
    "the referral came from Hutt Valley Dental and Mount Albert Medical Centre",
])
def test_times_prices_per_unit_amounts_and_business_names_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize("text", ["Deliver to Amara Cost, LS6 2QT please",
                                  "sent by Tomasz Case, M4 7HR, last week"])
def test_a_postcode_after_a_name_that_is_a_business_word_goes(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert "2QT" not in out and "7HR" not in out, out


@pytest.mark.parametrize(("turns", "secret"), [
    (("okay I've reset it and set a temporary passcode of maple ridge four four",), "maple"),
    (("what's your telephone banking password?", "It's, em, lighthouse... no wait, that was "
      "before. The secret word's Kestrel 2019."), "lighthouse"),
    (("can you change the passcode for me? make it harbour lights",), "harbour"),
    (("and the memorable word?", "Hmm. Change the password, would you? Make it Copper Kettle."),
     "Kettle"),
])
def test_a_secret_set_or_given_in_other_words_goes(turns: tuple[str, ...], secret: str) -> None:
    out = call(*turns)
    assert secret not in " ".join(out), out


@pytest.mark.parametrize(("text", "kept"), [
    ("Banco do Brasil, agência 2 2 1 7, conta 40 881-2", "Banco do Brasil"),
    ("so that's 5412 7512 3412 3456, March '29, 702", "so that's"),
])
def test_bank_words_of_other_languages_and_a_short_year_after_a_card(text: str, kept: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert not any(ch.isdigit() for ch in out) and kept in out, out


@pytest.mark.parametrize("answer", [
    "It's R W... sorry, let me find my glasses... 7 7 1 0 4 2 9",
    "the letter M, then 5520183",
    "Q... for Quebec... 66041987",
])
def test_a_code_s_letters_said_before_a_pause_go_with_its_digits(answer: str) -> None:
    out = call("can I take your passport number?", answer)[1]
    assert "R W" not in out and " M," not in out and "Q..." not in out, out
    assert "Quebec" not in out and not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize("text", [
    "the referral went to Harbourside Rehab and then Westgate Imaging",
    "the provider's NPI is 1538209417",
    "the commodity code is 0901 21 00",
])
def test_a_business_s_name_and_its_public_numbers_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize("text", [
    "Send the report to 07700 900123.", "for the repair call 07700900124",
    "the repair on 12/03/1985 my birthday", "44120991. That's my account number.",
    "3318 4409? that's my policy number", "I live in an apartment 14B now",
    "my solicitor is sarah jones city partners",
])
def test_a_business_word_or_a_place_word_shields_no_personal_value(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert not any(ch.isdigit() for ch in out) and "sarah" not in out, out


def test_a_plate_ending_in_a_word_and_a_name_spelled_before_a_count_go() -> None:
    assert call("and the vehicle registration?", "yd 21 bus")[1] == "[REDACTED_VEHICLE_PLATE]"
    out = call("can you spell your first name?", "a n n a uh 4 letters")[1]
    assert "a n n a" not in out, out


@pytest.mark.parametrize("answer", ["a moment please, let me find it", "could you repeat that?",
                                    "hang on, let me check"])
def test_a_reply_that_puts_off_a_secret_stays(answer: str) -> None:
    assert call("what's your telephone banking password?", answer)[1] == answer


@pytest.mark.parametrize(("question", "answer"), [
    ("can I take the postcode?", "the job's at M14 5RQ"),
    ("", "I want to make a complaint 44120991 is my account number"),
    ("", "report QQ123456C is my national insurance number"),
    ("and your date of birth?", "for the report 12 march 1985"),
    ("", "the quotes go to 07700 900123"),
    ("", "the job's at 22 station road yo1 7hh"),
])
def test_a_business_noun_in_any_form_names_no_personal_value(question: str, answer: str) -> None:
    out = call(question, answer)[1] if question else REDACTOR.redact_text(answer).text
    assert not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("can you spell your surname?", "l e e 3 letters", "l e e"),
    ("", "my name is k i m 42 years old", "k i m"),
    ("what's the code we texted you?", "the transfer code is 552183", "552183"),
    ("what's your password?", "it's original sin 77", "original"),
])
def test_a_name_spelled_before_a_count_and_a_texted_code_go(question: str, answer: str,
                                                            gone: str) -> None:
    out = call(question, answer)[1] if question else REDACTOR.redact_text(answer).text
    assert gone not in out, out


def test_a_token_of_thanks_stays_and_a_name_that_ends_firms_names_a_person() -> None:
    text = "as a token of appreciation we'll waive the fee"
    assert REDACTOR.redact_text(text).text == text
    assert "marina" not in REDACTOR.redact_text("it's john and marina smith").text


@pytest.mark.parametrize(("text", "name"), [
    ("Name: Hope Fields", "Hope"),
    ("Names: Bill Tran, Dawn Lee", "Dawn"),
    ("Your Name: Will Mason  Email: none", "Will"),
    ("Full name: Will Mason", "Mason"),
    ("Patient Name: Grace Mason  DOB: unknown", "Grace"),
])
def test_a_forms_name_field_holds_a_name_whatever_its_words(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["Company name: Acme Holdings", "Product Name: Summer Breeze Fan",
                                  "Pet name: Biscuit", "Name: n/a", "Names: see attached"])
def test_a_things_name_field_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("my neighbour across the road dale signed for it", "dale"),
    ("the guy next door bill took it in", "bill"),
    ("the woman at reception, sunny, told me to call", "sunny"),
    ("the technician from openreach kevin said it was fine", "kevin"),
    ("my friend from work amara will collect it", "amara"),
])
def test_a_role_placed_before_a_name_names_it(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text.split()


@pytest.mark.parametrize("text", ["the man at the door said it was fine",
                                  "the guy from bt openreach said it was fine",
                                  "my son at leeds uni rang me",
                                  "the guy in the shop rang me", "my son at university paid it",
                                  "the driver outside was rude", "the parcel next door was opened",
                                  "my brother in london called yesterday"])
def test_a_role_and_its_place_alone_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("account holder name faith banks", "faith"),
    ("name on the card is hope fields", "hope"),
    ("the cardholder is will mason", "mason"),
    ("policy holder name summer rivers and the policy number is on file", "rivers"),
    ("the passenger name rose abara", "rose"),
])
def test_a_name_said_after_whose_name_it_is_goes(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["the name on the booking is wrong",
                                  "the customer name on file doesn't match",
                                  "my son will call you back", "the cardholder is my husband"])
def test_a_comment_on_a_name_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize("text", [
    "email them to claims@sunwayrental.com with the reference in the subject",
    "receipts to baggage.claims@atlasairways.com please",
    "just email a copy to cancellations at pulse fitness dot co dot uk",
    "write to customer-care@example.org",
])
def test_a_business_shared_mailbox_the_agent_gives_stays(text: str) -> None:
    assert REDACTOR.session().redact(text, "INTERNAL").text == text


@pytest.mark.parametrize(("speaker", "text", "gone"), [
    ("EXTERNAL", "my email is j.smith.claims@gmail.com", "smith"),
    ("INTERNAL", "it's info@gmail.com", "info@gmail"),
    ("INTERNAL", "send it to support.ana@acme.com", "ana"),
    ("EXTERNAL", "you can email me at hello@sarahkerr.com", "sarahkerr"),
    ("EXTERNAL", "it's info@markwhite.co.uk", "markwhite"),
    ("INTERNAL", "so i've got your email as info@markwhite.co.uk, is that right?", "markwhite"),
    ("INTERNAL", "and her email is contact@janedoe.me", "janedoe"),
    ("INTERNAL", "it's admin@btconnect.com", "btconnect"),
])
def test_a_callers_mailbox_a_named_one_or_one_at_a_personal_provider_goes(
        speaker: str, text: str, gone: str) -> None:
    assert gone not in REDACTOR.session().redact(text, speaker).text


@pytest.mark.parametrize(("text", "kept"), [
    ("it was reported to Northumbria Constabulary on Monday", "Northumbria Constabulary"),
    ("we were married at Coventry Cathedral", "Coventry Cathedral"),
])
def test_an_institution_named_by_its_last_word_stays(text: str, kept: str) -> None:
    assert kept in REDACTOR.redact_text(text).text


def test_a_name_that_is_a_small_word_heard_before_is_the_name_where_it_greets_or_ends() -> None:
    out = call("thank you for calling, my name is will, may i have your member number",
               "hi will yeah so that's my problem", "okay", "amazing thank you so much will",
               "and will you post it", "yes i will.", "if the engineer can't my husband will")
    assert "will" not in out[1].split() and not out[3].endswith("will"), out
    assert out[4].startswith("and will") and out[5] == "yes i will.", out
    assert out[6].endswith("husband will"), out
    out = call("this is may speaking", "i'll call back in may", "the renewal is the 3rd of may")
    assert out[1].endswith("in may") and out[2].endswith("of may"), out


@pytest.mark.parametrize(("text", "names"), [
    ("i have mary bird first and kyle ahenakew second", ("mary", "bird")),
    ("put jade first and tomasz second", ("jade",)),
])
def test_people_listed_with_where_each_stands_go(text: str, names: tuple[str, ...]) -> None:
    out = REDACTOR.redact_text(text).text.split()
    assert not set(names) & set(out), out


@pytest.mark.parametrize("text", ["i came first and my brother came second",
                                  "put the mortgage first and the car loan second"])
def test_things_listed_with_where_each_stands_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("the pickup is from fifty four oh nine state road in parma four four one three four",
     "four one three four"),
    ("is it still venloer straße two hundred twelve", "straße"),
    ("it's 14 Torstraße 7 in Berlin, no, Linien Strasse 12", "Linien"),
])
def test_a_postcode_after_in_and_a_town_and_a_street_word_said_apart_go(text: str,
                                                                         gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize(("text", "gone"), [
    ("it is showing lakshmi v eight four at oksbi", "oksbi"),
    ("the upi id is nine eight seven six five four three two one oh at ybl", "ybl"),
    ("i got a tac 482917 on my phone", "482917"),
])
def test_a_payment_address_and_a_transaction_code_go(text: str, gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["i have my account at sbi in pune", "i paid 499 at paytm"])
def test_an_account_at_a_bank_and_an_amount_paid_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_time_a_thing_happened_as_of_stays() -> None:
    text = "the card is now blocked as of fourteen twenty two"
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("", "my account ending in 2015 please", "2015"),
    ("", "i was born in 1985", "1985"),
    ("", "she was born in leeds in 1992", "1992"),
    ("and what year were you born?", "in 1985", "1985"),
    ("", "my card expires in 2027", "2027"),
    ("", "i live at 1422", "1422"),
])
def test_a_year_or_digits_after_in_that_are_someones_go(question: str, answer: str,
                                                        gone: str) -> None:
    out = call(question, answer)[1] if question else REDACTOR.redact_text(answer).text
    assert gone not in out, out


def test_a_chat_sender_no_lexicon_knows_and_one_with_a_role_in_brackets_go() -> None:
    session = REDACTOR.session()
    out = [session.redact(line).text for line in (
        "09:13 Otieno (rider): Morning, I'm at Yaya Centre, what's the exact place?",
        "09:16 Otieno: Amount on delivery is KES 48,999")]
    assert not any("Otieno" in line for line in out), out


@pytest.mark.parametrize("text", ["09:00 Registration: coffee in the lobby",
                                  "11:15 Workshop (room 4): hands-on session"])
def test_an_agendas_items_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Bydliště: Kounicova 684/37, 602 00 Brno", "Kounicova"),
    ("Lieferadresse: Sonnenallee 187, 12059 Berlin", "Sonnenallee"),
])
def test_a_street_numbered_after_its_name_before_a_postcode_and_town_goes(text: str,
                                                                          gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["the invoice 2231, 12500 euros is overdue",
                                  "We ordered 12 boxes, 40000 units in total"])
def test_a_reference_before_an_amount_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_value_asked_for_after_an_agents_greeting_and_given_in_parts_goes() -> None:
    out = call("hello you're through to the network my name is ciara can i get the number on "
               "the account", "yeah it's oh eight three", "yep", "one nine four", "go on",
               "seven seven two oh")
    assert not any(ch in "".join(out[1::2]) for ch in "0123456789"), out
    assert all(word not in " ".join(out[1::2]) for word in ("eight", "nine", "seven")), out


def test_a_request_that_ends_with_please_asks_for_its_value() -> None:
    out = call("thank you and for security the full social please", "five two nine", "mm hm",
               "eight one", "go on", "three three zero six")
    assert all(part == "[REDACTED_US_SSN]" for part in out[1::2]), out


def test_a_value_that_trails_off_into_an_aside_goes_on_after_take_your_time() -> None:
    out = call("and the account number?", "four one nine... sorry, his handwriting's shocking",
               "take your time.", "two zero six, then eight three")
    assert "two" not in out[3] and "eight" not in out[3], out


def test_a_postcode_asked_for_as_speech_recognition_hears_it_goes() -> None:
    out = call("and the air code", "a nine eight", "a nine eight", "k two x four")
    assert all("nine" not in part and "k two" not in part for part in out[1:]), out


@pytest.mark.parametrize(("text", "name"), [
    ("brilliant oh and hunter in accounts said his is doing the same", "hunter"),
    ("mark from billing rang me yesterday", "mark"),
    ("it's in my name shivawn o'brien", "shivawn"),
])
def test_a_name_where_someone_works_or_in_whose_name_it_is_goes(text: str, name: str) -> None:
    assert name not in REDACTOR.redact_text(text).text.split()


@pytest.mark.parametrize("text", ["summer in london ended early", "it's in my name only",
                                  "the account is in her name"])
def test_a_season_somewhere_and_whose_name_alone_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_small_word_name_thanked_before_a_goodbye_goes() -> None:
    out = call("this is bill speaking", "thank you bill bye", "no problem bill have a good one",
               "the bill have you sent it")
    assert "bill" not in out[1] and "bill" not in out[2] and out[3].startswith("the bill"), out


def test_the_parts_between_two_parts_of_one_address_line_go() -> None:
    text = "Property: Flat 1204, Tower B, Prestige Lakeside Habitat, Varthur Road, Bengaluru 560087"
    out = REDACTOR.redact_text(text).text
    assert "Prestige" not in out and "Tower" not in out and "Bengaluru" in out, out


def test_a_street_named_before_its_town_and_an_irish_county_goes() -> None:
    out = REDACTOR.redact_text("Main Street, Ballinamore, Co. Leitrim").text
    assert "Main Street" not in out and "Ballinamore" in out, out


@pytest.mark.parametrize("closing", ["goodbye will", "take care will", "thanks for your help will",
                                     "sound will", "ta will", "cheers buddy will",
                                     "sorted then will", "nice one will"])
def test_a_small_word_name_heard_before_closing_an_utterance_goes(closing: str) -> None:
    out = call("this is will speaking how can i help", closing)[1]
    assert not out.endswith("will"), out


@pytest.mark.parametrize("said", ["yes i will.", "my husband will", "hopefully the new one will",
                                  "no problem will have a look now", "i'll ring again in may"])
def test_a_modal_or_a_month_that_is_a_name_heard_before_stays(said: str) -> None:
    out = call("this is will speaking and may is on the line too", said)[1]
    assert out == said, out


def test_a_request_ending_please_does_not_drop_a_value_being_read() -> None:
    out = call("can i take the long card number", "four nine two nine one two three four",
               "sorry my screen's frozen bear with me while i reload the order please",
               "five six seven eight nine zero one two")
    assert "five" not in out[3], out


@pytest.mark.parametrize(("speaker", "text"), [
    ("INTERNAL", "perfect so i'll send the invoice to accounts@smithplumbing.ie"),
    ("INTERNAL", "we'll forward the receipt to info@markwhite.co.uk"),
])
def test_a_mailbox_the_business_sends_to_goes(speaker: str, text: str) -> None:
    assert "[REDACTED_EMAIL_ADDRESS]" in REDACTOR.session().redact(text, speaker).text


@pytest.mark.parametrize("text", ["T: Branches: 12 High Street, Galway, 4 Main Street, Cork",
                                  "T: Ship from: Unit 4, Acme Logistics, Dublin, Unit 9, Cork"])
def test_two_addresses_in_a_line_keep_what_is_between_them(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert "Galway" in out or "Acme Logistics" in out, out


@pytest.mark.parametrize("text", ["sky in dublin said it was fine", "Currys in Leeds said no",
                                  "1) Onboarding: laptops for the new starters"])
def test_a_brand_somewhere_and_a_lists_item_stay(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_a_name_placed_by_where_they_live_no_lexicon_knows_goes() -> None:
    out = REDACTOR.redact_text("the lady next door wanjiku signed for it").text
    assert "wanjiku" not in out, out


def test_a_birth_date_read_back_with_its_year_set_right_goes_and_a_day_alone_stays() -> None:
    out = call("his date of birth?", "5th of January 2003.", "great, and the booking reference?",
               "ABC123", "thanks, and just to confirm, 5th of January 2002?",
               "the change is effective 5 January")
    assert "January 2002" not in out[4] and out[5].endswith("5 January"), out


def test_a_street_given_after_its_house_number_in_the_next_turn_goes() -> None:
    out = call("can you confirm the address of the property", "yeah it's number nine", "mm hm",
               "ardmore park in bray")
    assert "ardmore" not in out[3], out
    out = call("what's the address", "it's 14", "ok", "the weather is awful today")
    assert out[3] == "the weather is awful today", out


def test_a_correction_opening_with_sorry_after_a_read_back_goes() -> None:
    out = call("my mobile is 07723 418 905", "07723 418 905", "sorry it ends nine oh six")
    assert "nine" not in out[2], out
    out = call("my mobile is 07723 418 905", "07723 418 905", "sorry, can you hold a second")
    assert out[2] == "sorry, can you hold a second", out


def test_what_follows_a_house_number_is_an_address_only_where_it_is_a_street() -> None:
    out = call("what's the first line of your address?", "it's 12", "mm hm",
               "5531207 is the order number")
    assert out[3] == "5531207 is the order number", out


@pytest.mark.parametrize("turns", [
    ("my account is 44918206", "sorry the next slot is the 14th"),
    ("my mobile is 07723 418 905", "sorry the engineer can't come until 10 30"),
])
def test_a_sorry_that_corrects_nothing_keeps_its_numbers(turns: tuple[str, ...]) -> None:
    assert call(*turns)[1] == turns[1]


@pytest.mark.parametrize("later", ["Could we do the 5th of March 2025?",
                                   "We're closed on the 5th of March 2025 so it's the 6th."])
def test_a_later_date_on_a_birthdays_day_that_confirms_nothing_stays(later: str) -> None:
    out = call("and your date of birth", "5th of March 1984", "thanks", later)
    assert out[3] == later, out


@pytest.mark.parametrize(("line", "name"), [
    ("could you tell hope my physio i can't make thursday", "hope"),
    ("please tell dawn my number has changed", "dawn"),
    ("sure i'll message faith now", "faith"),
])
def test_a_word_that_is_a_name_too_is_one_where_it_is_told_something(line: str,
                                                                       name: str) -> None:
    assert name not in call("hello", line)[1].split()


@pytest.mark.parametrize("line", ["okay and can the reminder text come to my number",
                                  "please don't tell lies about me to the manager",
                                  "i got a text message about the bill",
                                  "can you message sky about my new address",
                                  "i told apple the same thing", "i told monzo about the fraud"])
def test_what_is_told_or_a_message_noun_is_no_name(line: str) -> None:
    assert call("hello", line)[1] == line


@pytest.mark.parametrize(("line", "name"), [
    ("customer: lance te whata, 22b kowhai st, whanganui 4500", "whata"),
    ("Client: Summer Blake   Ref: 55120", "Summer"),
    ("Caller: Hunter Blake", "Hunter"),
    ("Customer: Rose Okonkwo | Gold tier", "Rose"),
])
def test_a_name_after_a_speaker_role_label_alone_goes(line: str, name: str) -> None:
    assert name not in REDACTOR.session().redact(line, "EXTERNAL").text


@pytest.mark.parametrize("line", ["Customer: Thanks, bye", "Customer: Will do, cheers",
                                  "caller: yes that's right", "Customer: New, prefers email",
                                  "Customer: Acme Corp", "cliente: se eu estiver, ok",
                                  "Client: Harbour Freight", "Client: Summit Dental Group"])
def test_a_turn_after_a_speaker_role_label_is_no_name(line: str) -> None:
    assert REDACTOR.session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("opening", "name"), [
    ("thanks for calling harbourline you've got hemi on the line", "hemi"),
    ("good morning you're through to nova on the phone", "nova"),
    ("Hiya, Student Funding Office, Will on the phone.", "Will"),
])
def test_an_agent_on_the_line_is_named_whatever_the_word(opening: str, name: str) -> None:
    out = call(opening, f"hi {name.lower()} i'm calling about my withdrawal", "sure",
               f"thanks {name.lower()} you've been great")
    assert all(name.lower() not in line.lower().split() for line in out), out
    assert out[3].endswith("you've been great"), out


@pytest.mark.parametrize(("line", "kept"), [
    ("i had eight sessions left with coach otieno", "otieno"),
    ("can i speak to pastor adeyemi please", "adeyemi"),
    ("sergeant boyle took my statement", "boyle"),
])
def test_a_name_after_a_job_title_goes(line: str, kept: str) -> None:
    assert kept not in call("hello", line)[1]


@pytest.mark.parametrize("line", ["the coach trip was cancelled",
                                  "the officer training is on tuesday",
                                  "she's a nurse practitioner at the clinic",
                                  "i booked coach b seat forty two"])
def test_a_job_title_before_a_common_word_is_its_noun(line: str) -> None:
    assert call("hello", line)[1] == line


@pytest.mark.parametrize(("line", "verb"), [("mr boyle took my statement", "took"),
                                            ("mrs okafor rang me back", "rang")])
def test_a_verb_after_a_titled_name_is_no_part_of_it(line: str, verb: str) -> None:
    assert verb in call("hello", line)[1]


@pytest.mark.parametrize("line", ["ok thanks hope you have a good day", "thanks hope you're well",
                                  "cheers hope it goes ok", "Thanks, hope you're well"])
def test_a_wish_after_thanks_names_no_one(line: str) -> None:
    assert call("hello", line)[1] == line


def test_a_name_that_is_a_modal_thanked_before_you_ve_goes() -> None:
    out = call("this is will speaking", "hi i need help with my bill", "sure",
               "thanks will you've been great")
    assert out[3] == "thanks [REDACTED_PERSON] you've been great", out


@pytest.mark.parametrize(("line", "street"), [
    ("Flat 3, 41 Cotham Brow, Bristol, BS6 6AR.", "Cotham"),
    ("Please send it to 7 Mill Vennel, Ayr, KA7 1AB", "Vennel"),
    ("c/o Mrs Dunn, 19 Kelvin Haugh, Glasgow, G3 8PP", "Haugh"),
])
def test_a_numbered_street_before_its_town_and_postcode_goes_whatever_its_word(
        line: str, street: str) -> None:
    assert street not in REDACTOR.session().redact(line, "EXTERNAL").text


def test_a_count_before_a_town_and_postcode_is_no_street() -> None:
    line = "We ordered 12 boxes, Leeds, LS1 6BR depot"
    assert "12 boxes, Leeds" in REDACTOR.session().redact(line, "EXTERNAL").text


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("and the password", "um its my first dogs name bolacha", "bolacha"),
    ("what's the answer to your security question",
     "it's the name of my first school, st brigids", "brigids"),
    ("what's your mothers maiden name", "my mum's maiden name well it was okafor", "okafor"),
    ("what's your password", "its my cat's name then 22 so biscuit22", "biscuit22"),
])
def test_a_secret_after_its_question_restated_goes(question: str, answer: str,
                                                   secret: str) -> None:
    assert secret not in call(question, answer)[1]


@pytest.mark.parametrize(("question", "answer"), [
    ("whats the answer to your security question", "the name of my first pet"),
    ("and the password", "um it's the name of the street i grew up on"),
    ("whats the answer to your security question", "the name of my childhood best friend"),
    ("and the password", "my first dogs name obviously"),
    ("what's your password", "i'm on windows10 if that helps"),
    ("what's your password", "its on my pixel7"),
    ("what's your password", "my cat's name is in it somewhere"),
])
def test_a_restated_question_with_no_value_is_kept(question: str, answer: str) -> None:
    assert call(question, answer)[1] == answer


def test_a_ticket_number_after_a_password_talk_is_no_password() -> None:
    out = call("i can't get into my email", "what's your password",
               "I'll reset it. Your ticket is INC0049217.")
    assert "INC0049217" in out[2], out


@pytest.mark.parametrize(("line", "name"), [
    ("the leaver is grace ni fhlatharta she finished last sunday", "grace"),
    ("the trainee is hope from monday", "hope"),
    ("the guarantor is mark on the form", "mark"),
    ("the lodger is dawn not me", "dawn"),
])
def test_a_name_after_a_role_of_a_payroll_or_a_tenancy_goes(line: str, name: str) -> None:
    assert name not in call("hello", line)[1].split()


@pytest.mark.parametrize("line", [
    "i paid on park by phone from eleven thirty to one thirty i have a screenshot",
    "my phone was off until ten fifteen",
    "the phone line was down between nine thirty and ten",
])
def test_a_time_said_as_a_clock_reads_it_is_no_phone_number(line: str) -> None:
    assert call("hello", line)[1] == line


def test_a_pin_changed_from_one_to_another_still_goes() -> None:
    out = call("can i change my pin", "yes from one two three four to five six seven eight")
    assert "one two three four" not in out[1] and "five six seven eight" not in out[1], out


@pytest.mark.parametrize("question", ["what is your email", "did you get the email?"])
def test_an_ordinal_date_is_no_answer_for_an_email(question: str) -> None:
    line = "I did. And my rent is due on the 10th."
    assert call(question, line)[1] == line


@pytest.mark.parametrize("line", ["You've got Roadside Plus on this rental, so the tire's covered.",
                                  "you have premium cover on this policy"])
def test_a_thing_one_has_is_no_agent_introduced(line: str) -> None:
    assert call(line)[0] == line


def test_a_references_capitals_before_its_number_are_no_name() -> None:
    out = call("Your reference for this is HB/2291.", "HB 2291, got it.")
    assert out == ["Your reference for this is HB/2291.", "HB 2291, got it."]


@pytest.mark.parametrize("line", [
    "so can u put the Dyson V15 ($749.99) on his card instead?",
    "I upgraded to the Samsung S24 Ultra last week.",
    "Is the Hudson X5 still in stock?",
])
def test_a_brand_before_its_models_code_is_no_name(line: str) -> None:
    assert REDACTOR.session().redact(line, "EXTERNAL").text == line


def test_a_name_before_a_phone_number_stays_a_name() -> None:
    out = REDACTOR.session().redact("Please call Karen 0402 118 339 after 5.", "EXTERNAL").text
    assert "Karen" not in out


@pytest.mark.parametrize("turns", [
    ("can I start with your policy number?", "Yeah, it is HP0047, em...", "Mm hm.", "...1936."),
    ("Passport number please.", "Mine is a Sri Lankan passport. N 8 4", "Mm hm.", "2 1 7 6 3."),
    ("can i have your sort code and account number",
     "sort code is oh seven oh one one six account number three eight", "mm hm", "four four"),
])
def test_the_first_short_part_of_a_value_asked_for_goes_and_the_rest_follows(
        turns: tuple[str, ...]) -> None:
    out = call(*turns)
    first = turns[1].split()[-1].strip(".")
    assert first not in out[1].split(), out
    assert "REDACTED" in out[3], out


@pytest.mark.parametrize("line", ["WhatsApp is fine before 22:00.",
                                  "I can't right now, call back after 16:00."])
def test_a_time_or_a_date_ending_a_turn_is_no_values_first_part(line: str) -> None:
    assert call("and your passport number?", line)[1] == line


@pytest.mark.parametrize("line", ["Customer: Lovely, thanks so much", "Customer: Monday",
                                  "Customer: Toyota Yaris", "Customer: Ta-ra",
                                  "Customer: Brighton"])
def test_a_chat_turn_after_a_speaker_label_is_no_name(line: str) -> None:
    assert REDACTOR.session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize("line", ["you've got static on the line",
                                  "i have got wifi on the phone but not the laptop",
                                  "sky on the phone said it was fine",
                                  "the appointment is at 10 am, leeds ls1 4ap branch",
                                  "i'll get the coach friday morning",
                                  "i booked the coach birmingham to leeds"])
def test_what_the_reviewed_rules_must_leave_alone(line: str) -> None:
    assert call(line)[0] == line


def test_a_part_said_back_by_the_agent_is_the_values_and_the_value_goes_on() -> None:
    out = call("no worries, can i grab the membership number", "yep k r m", "k r m",
               "zero zero six one four one two seven")
    assert all("REDACTED" in line for line in out[1:]), out


@pytest.mark.parametrize(("question", "answer"), [
    ("can i take your account number please", "the bill is eighty five"),
    ("what's your policy number?", "I don't have it to hand. The premium is 38."),
    ("can i take the long card number", "sorry the card is at home. I'm at work, it's 11"),
    ("and your passport number", "it's u k"),
    ("can i take your account number please", "the phone's with b t, its b t"),
])
def test_an_answer_ending_in_a_count_or_an_acronym_is_no_values_first_part(
        question: str, answer: str) -> None:
    assert call(question, answer)[1] == answer


def test_a_callers_answer_to_a_read_back_is_no_echo() -> None:
    out = call("and your employee id", "it's four four oh two", "mhm", "nine seven one",
               "sorry was that nine seven one or nine one seven", "nine seven one",
               "thank you i can see a sign in at two fourteen a m pacific")
    assert out[6].endswith("at two fourteen a m pacific"), out


def test_an_email_addresss_first_part_trailing_off_goes_and_its_rest_after_a_pause() -> None:
    out = call("And an email for updates?", "d moriarty 77...", "Yep.", "...at gmail dot com.")
    assert "moriarty" not in out[1] and "77" not in out[1] and "gmail" not in out[3], out
    assert call("And an email for updates?", "hang on...")[1] == "hang on..."


def test_whose_mum_is_calling_is_named_and_remembered() -> None:
    out = call("hello", "hiya it's summer, rose's mum", "oh hi, is rose okay?",
               "she's fine", "see you and rose at eight then, bye")
    assert not any("rose" in line for line in out), out


def test_a_street_read_back_before_its_postcode_goes_without_its_town() -> None:
    out = call("6 Ard na Gréine, H91 F6X2. And a mobile for the courier?")
    assert "Gréine" not in out[0], out


def test_the_digits_said_after_a_login_go_with_it() -> None:
    out = call("no and then the username was changed from wpemberton eighty eight and the "
               "password reset")
    assert "eighty eight" not in out[0], out


def test_a_police_crime_number_is_the_polices_reference() -> None:
    line = "yes, the police came on sunday, the crime number is c r i, 06 m m, 0 4 1 7 7 2, 24"
    assert call("was it reported?", line)[1] == line


@pytest.mark.parametrize("line", ["She gave me her number as well.",
                                  "We sent you a text about unusual activity?",
                                  "Summer will be here soon.", "Grant applications close Friday."])
def test_a_pronoun_or_a_noun_doing_something_is_no_name(line: str) -> None:
    assert REDACTOR.session().redact(line, "EXTERNAL").text == line


@pytest.mark.parametrize(("turns", "kept"), [
    (("can i take a phone number and the best time to call", "07700 900123, best time is 10"),
     "best time is 10"),
    (("can i take your account number please", "i dont know it. the direct debit is forty two"),
     "forty two"),
    (("and an email", "one sec..."), "one sec"),
    (("and an email", "gmail one..."), "gmail one"),
    (("hello", "the baby's dad rang me"), "baby's dad"),
    (("hello", "the property is 3 bed semi, ls1 4ap"), "3 bed semi"),
])
def test_what_the_second_review_found_taken_stays(turns: tuple[str, str], kept: str) -> None:
    assert kept in call(*turns)[1]


@pytest.mark.parametrize(("turns", "gone"), [
    (("hello", "i live at fourteen twenty and the postcode is b s six"), "fourteen twenty"),
    (("can i have your pin", "i think it changed to four five six"), "four five six"),
    (("what's your password", "it's just bluebird22 lowercase"), "bluebird22"),
    (("what's your password", "normally it's tigger1990 but let me check"), "tigger1990"),
    (("hello", "3 waterloo sidings, leeds, ls1 4ap"), "waterloo"),
])
def test_what_the_second_review_found_leaking_goes(turns: tuple[str, str], gone: str) -> None:
    assert gone not in call(*turns)[1]


@pytest.mark.parametrize(("turns", "kept"), [
    (("what is the account number", "which bank? it's r b s"), "r b s"),
    (("hello", "i have data on the phone but not on the ipad"), "data"),
    (("hello", "yes, 4 payments, bristol, bs6 6ar"), "4 payments"),
    (("hello", "the assistant dean emailed me"), "dean"),
    (("hello", "Customer: Ty"), "Ty"),
    (("what's your password", "it keeps saying, just like, error404 when i try"), "error404"),
    (("can i take a contact number", "can you call me back at eleven thirty"), "eleven thirty"),
    (("hello", "Is the charger compatible with Dyson V15?"), "Dyson"),
    (("can i take the account number", "from twelve oh five"), "twelve oh five"),
])
def test_what_the_third_review_found_taken_stays(turns: tuple[str, str], kept: str) -> None:
    assert kept in call(*turns)[1]


@pytest.mark.parametrize(("turns", "gone"), [
    (("and the policy number", "its b seven"), "seven"),
    (("and the policy number", "policy no. 4 4"), "4 4"),
    (("and an email for updates?", "it's sunny days seventy seven..."), "seventy seven"),
    (("what is your address", "it is 7 mill vennel, ayr, ka7 1ab"), "vennel"),
])
def test_what_the_third_review_found_leaking_goes(turns: tuple[str, str], gone: str) -> None:
    assert gone not in call(*turns)[1]


def test_a_values_first_part_read_out_right_after_its_cue_goes_and_the_rest_follows() -> None:
    out = call("shall we start with the driver?", "Right, my driving licence. M 4 7", "Mm hm.",
               "2 9 1 1 8.")
    assert "M 4 7" not in out[1] and "2 9 1 1 8" not in out[3], out
    line = "next billing is march first"
    assert call("and the account number?", line)[1] == line


@pytest.mark.parametrize(("opening", "company", "name"), [
    ("hello riverside dental care priyanka speaking", "riverside dental care", "priyanka"),
    ("hi there, coastal water billing tomasz here", "coastal water billing", "tomasz"),
    ("Hello Greenleaf Insurance Aoife speaking, how can I help?", "Greenleaf Insurance", "Aoife"),
    ("Good morning Summit Lettings Rashid speaking.", "Summit Lettings", "Rashid"),
])
def test_a_company_before_an_agents_name_and_speaking_stays(opening: str, company: str,
                                                           name: str) -> None:
    out = call(opening)[0]
    assert company in out and name not in out, out


def test_what_family_call_someone_goes_with_a_known_name_and_a_title_stays() -> None:
    out = call("My gran was Rosalind Achterberg.", "Everyone called her Nanny Achterberg.",
               "And Dr Achterberg was her son?")
    assert out[1] == "Everyone called her [REDACTED_PERSON]." \
        and out[2] == "And Dr [REDACTED_PERSON] was her son?", out


def test_a_value_put_right_in_its_next_sentence_goes_even_where_it_looks_like_a_year() -> None:
    out = call("I'll need your licence number as well.", "Sure. 5561...", "Go ahead.",
               "2084. Wait, no, 2048. Sorry.")
    assert "2048" not in out[3], out


def test_a_correction_goes_whatever_the_sentences_after_it_say() -> None:
    out = call("is 020 7946 0718 still your number?", "yes",
               "so that's 020 7946 0781?",
               "Sorry, no, the last two are one eight. My son set the phone up for me, honestly.",
               "No bother, one eight, lovely. And the email?")
    assert "one eight" not in out[3] and "one eight" not in out[4], out
    line = "No, that's fine. We have 12 staff and 40 desks at the office these days anyway."
    assert call("so that's 020 7946 0781?", line)[1] == line


@pytest.mark.parametrize("line", [
    "Happy to help, Bill, anything else?", "Is that all for today, Will?",
    "Right then, Frank, I'll send it.",
])
def test_someone_spoken_to_between_commas_goes(line: str) -> None:
    name = line.split(", ")[1].rstrip("?,")
    assert name not in call(line)[0]


@pytest.mark.parametrize("line", [
    "Same slot, Tuesday, 9 a.m.", "We reopen Friday, June.",
    "Please pay the amount shown on your Bill.",
])
def test_a_day_a_month_or_a_letters_word_between_commas_stays(line: str) -> None:
    assert call(line)[0] == line


@pytest.mark.parametrize(("turns", "gone"), [
    (("and your insurance number?", "oh hang on it's on my payslip um kilo lima"),
     "kilo lima"),
    (("what is your tax file number", "let me find it, er, it starts... um victor tango"),
     "victor tango"),
])
def test_code_words_after_a_hesitation_open_the_value_asked_for(turns: tuple[str, str],
                                                                gone: str) -> None:
    assert gone not in call(*turns)[1]


def test_a_values_next_part_after_an_aside_and_then_goes() -> None:
    out = call("and the IBAN please", "d e four four", "yes",
               "c o b a like commerzbank, then zero zero zero one one zero zero two")
    assert "zero zero zero one" not in out[3] and "commerzbank" in out[3], out


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    (("the memorable word please", "it's pelican... no sorry, pelican7, with a seven"),
     "pelican7", "with a seven"),
    (("what's your security answer", "lisbon no wait porto"), "porto", "wait"),
    (("and the password?", "tulip44 no space"), "tulip44", "no space"),
    (("and the password?", "tulip44, no that's the old one, sorry the bank one is tricky"),
     "tulip44", "bank one"),
])
def test_a_secret_put_right_goes_and_how_it_is_written_stays(turns: tuple[str, str], gone: str,
                                                            kept: str) -> None:
    out = call(*turns)[1]
    assert gone not in out and kept in out, out


@pytest.mark.parametrize(("line", "kept"), [
    ("good afternoon riverbend hmo how can i help", "riverbend hmo"),
    ("they sent it to Kowalczyk Autobody for the quote", "Kowalczyk Autobody"),
])
def test_a_business_named_after_its_owner_stays(line: str, kept: str) -> None:
    assert kept in call("hello", line)[1]


@pytest.mark.parametrize("line", ["58 Lister Road, Ana Beltran, 85224",
                                  "12 Oak Road, Priya, 90210"])
def test_a_name_after_a_street_stays_a_name(line: str) -> None:
    out = call("what's the address", line)[1]
    assert "Beltran" not in out and "Priya" not in out, out


@pytest.mark.parametrize(("line", "gone"), [
    ("the kids are jack 7 and ngozi 5", "jack"),
    ("the named driver is a mark bellamy 52", "bellamy"),
    ("add a sarah j connor 45 to the policy", "connor"),
    ("Please call Trust Mbeki on Monday.", "Trust"),
    ("my oksana 40 and me are going", "oksana"),
    ("the kowalczyk 2 years ago paid", "kowalczyk"),
])
def test_a_name_before_a_count_or_an_age_stays_a_name(line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


@pytest.mark.parametrize(("turns", "gone"), [
    (("hi it's juniper okafor speaking",), "juniper"),
    (("hello this is harmony field-mensah speaking",), "harmony"),
    (("Hi, it's Ember Kowalski here.",), "Ember"),
    (("The account is under Adeyemi-Brook.", "Is that Liberty Adeyemi-Brook?"), "Liberty"),
    (("this is kate insurance team how can i help",), "kate"),
    (("i spoke to a lady called grace insurance department",), "grace"),
    (("my adviser is aisha wealth management at the bank",), "aisha"),
])
def test_what_the_sessions_review_found_leaking_goes(turns: tuple[str, ...], gone: str) -> None:
    assert gone not in call(*turns)[-1]


def test_a_date_of_birth_put_right_after_sorry_no_goes() -> None:
    out = call("so your date of birth is the 9th of June 1975?", "Sorry, no, the 9th of July.")
    assert "July" not in out[1], out


@pytest.mark.parametrize(("turns", "kept"), [
    (("My passport number is 553120984. Then 12 of us flew out.",), "12 of us"),
    (("and the password?", "it's kestrel99 no worries"), "worries"),
])
def test_what_the_sessions_review_found_taken_stays(turns: tuple[str, ...], kept: str) -> None:
    assert kept in call(*turns)[-1]


@pytest.mark.parametrize(("line", "gone"), [
    ("no she was home all weekend with dawn she was ill", "dawn"),
    ("yeah sunny he was the one who signed", "sunny"),
    ("tavita he's my youngest", "tavita"),
])
def test_a_name_a_pronoun_takes_up_goes(line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


@pytest.mark.parametrize("line", [
    "i hope she's feeling better", "last summer she was in hospital",
    "any chance he can call back", "the puppy is a collie cross she's six",
])
def test_a_word_before_a_pronouns_clause_stays(line: str) -> None:
    assert call("hello", line)[1] == line


def test_an_ip_address_read_in_parts_goes_and_a_price_after_it_stays() -> None:
    out = call("what IP address is the router showing?", "hmm it says 172.16...", "ok",
               "40.201.")
    assert "172.16" not in out[1] and "40.201" not in out[3], out
    out = call("and the ip address please", "two one seven dot four four dot", "go on",
               "nine dot thirty", "thanks and what did you pay for it", "12.50 i think")
    assert "9.30" not in out[3] and "nine dot thirty" not in out[3], out
    assert "12.50" in out[5], out


@pytest.mark.parametrize(("turns", "gone"), [
    (("hello", "i'm calling about a mehmet yilmaz 14 june 1981"), "yilmaz"),
    (("hello", "there's the Oluwaseun Ade 2 account and mine"), "Oluwaseun"),
    (("hello", "An Aroha Ngata 21 Kauri Street called earlier"), "Aroha"),
    (("it's 07700 900 412", "sorry, no, the end's 421"), "421"),
    (("and the password?", "Pineapple5, no sorry, Pineapple Lemon"), "Lemon"),
    (("and your national insurance number?", "yeah hotel bravo"), "hotel bravo"),
])
def test_what_the_sessions_second_review_found_leaking_goes(turns: tuple[str, ...],
                                                           gone: str) -> None:
    assert gone not in call(*turns)[-1]


def test_an_endearment_between_commas_stays() -> None:
    assert call("Fine. Cheers, Mate.")[0] == "Fine. Cheers, Mate."


def test_the_end_of_what_an_utterance_says_is_found_once_however_many_values_it_holds(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Linear in the text's length: finding where a turn's last word of substance ends reads
    the whole text, so it is done once per utterance, not once per candidate (it had been,
    and 960 KB took twice as long as it should; bench/redaction.py prints the doublings)."""
    from transcript_pipeline.redaction import engine

    calls = []
    real = engine._tail
    monkeypatch.setattr(engine, "_tail", lambda norm: calls.append(1) or real(norm))
    text = " ".join(f"my policy number is 4471{k:04d} and the ref... {k}" for k in range(200))
    REDACTOR.redact_text(text)
    assert len(calls) <= 3, len(calls)


@pytest.mark.parametrize(("line", "gone"), [
    ("the kids are jack 7 and lily 5", "lily"),
    ("my grandchildren are sunny 12, river 9 and blaze 4", "blaze"),
])
def test_names_listed_with_their_ages_go(line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


def test_numbers_listed_stay() -> None:
    assert call("hello", "we paid 40 and 50 pounds")[1] == "we paid 40 and 50 pounds"


@pytest.mark.parametrize("line", [
    "i paid jim 50 and mark it as paid", "ask for kevin 10 and grant access to the portal",
    "my kids are ana 8, hungry and tired",
])
def test_a_number_after_a_name_joins_no_word_that_has_no_age(line: str) -> None:
    out = call("hello", line)[1]
    assert all(w in out for w in ("mark", "grant", "hungry", "tired") if w in line), out


@pytest.mark.parametrize(("line", "place"), [
    ("i'll open an investigation with the depot in naas, the reference is inv 220841", "naas"),
    ("it's just outside wexford", "wexford"),
    ("The parcel is held at our branch in Carlow until Friday.", "Carlow"),
])
def test_a_town_the_place_data_is_too_small_for_stays_after_in(line: str, place: str) -> None:
    """The lexicon knows these only as surnames; "in" places them."""
    assert place in call("hello", line)[1]


@pytest.mark.parametrize(("line", "name"), [
    ("the booking's in amrit's name", "amrit"), ("put it in amrit name please", "amrit"),
    ("the account's in declan, she's my wife", "declan"), ("book it in ciara for tuesday", "ciara"),
    ("i live near declan, he's my neighbour", "declan"),
    ("can you put in okonkwo as the second driver", "okonkwo"),
    ("she's in oksana kowalczyk's team", "oksana"),
])
def test_someone_after_in_is_still_a_name(line: str, name: str) -> None:
    assert name not in call("hello", line)[1]


def test_a_part_broken_off_for_an_aside_goes_on_after_the_wait() -> None:
    turns = call("what's the membership number", "4471 2093", "Yep.",
                 "1 1 6 2, sorry, the dog's barking at the door", "Ha, take your time.",
                 "9 0 5. That's it.")
    assert "1 1 6 2" not in turns[3] and "9 0 5" not in turns[5], turns


def test_the_last_part_of_a_value_before_a_remark_that_it_is_complete_goes() -> None:
    turns = call("can i take the nric", "s nine two one", "yep",
                 "four five three hang on my kid is shouting", "no worries",
                 "seven d that's the last bit")
    assert "seven d" not in turns[5], turns


@pytest.mark.parametrize("line", ["That card was my ex's, he opened it back in 2019.",
                                  "That card was my ex's. He got it in my name around 2016."])
def test_a_year_after_a_word_that_dates_something_stays(line: str) -> None:
    assert line[-5:-1] in call("So this is the original store card, balance $2,417.63.",
                               line)[1]


@pytest.mark.parametrize(("question", "answer"), [
    ("which card is it", "the card ending in 2019"),
    ("what are the last four digits of the card", "it finishes in 1984"),
    ("can you confirm the last four of your social", "from 1947"),
])
def test_the_last_four_that_look_like_a_year_go(question: str, answer: str) -> None:
    assert answer[-4:] not in call(question, answer)[1]


@pytest.mark.parametrize(("line", "gone"), [
    ("I handed the keys to your colleague, Brian, no, Bryan with a Y.", "Bryan"),
    ("i spoke to dawn i mean donna last week", "donna"),
    ("it was sent to priya no sorry kavya", "kavya"),
])
def test_a_name_put_right_is_a_name(line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


@pytest.mark.parametrize("line", ["i spoke to priya, no, wait, it was tuesday",
                                  "mine is Dr. Patel, no, Dr. Shah"])
def test_what_follows_a_name_s_correction_is_no_name_by_itself(line: str) -> None:
    out = call("hello", line)[1]
    assert "wait" in out if "wait" in line else "Dr." in out.split("no,")[1], out


def test_a_make_before_its_model_number_is_no_one() -> None:
    assert "Mazda 3" in call("what are you driving?", "A 2017 Mazda 3, silver.")[1]


def test_a_plate_read_in_groups_right_after_its_cue_goes() -> None:
    turns = call("and what are you driving?", "A 2017 Mazda 3, silver, rego one H X, seven W Q.",
                 "1 H X 7 W Q. What happened?")
    assert "seven W Q" not in turns[1] and "7 W Q" not in turns[2], turns


@pytest.mark.parametrize(("line", "gone"), [
    ("and is it still mark as second contact", "mark"),
    ("can you add grace as an authorised user", "grace"),
    ("joint with my husband, bill. he does the bills", "bill."),
])
def test_a_name_put_on_an_account_or_set_after_its_relation_goes(line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


@pytest.mark.parametrize("line", ["please mark it as urgent", "joint with my husband"])
def test_words_of_an_account_s_holding_stay(line: str) -> None:
    assert call("whose name is the account in?", line)[1] == line


def test_a_unit_s_number_is_the_one_before_it_not_the_value_after() -> None:
    out = call("can i have your social security number",
               "i've been waiting like twenty minutes but okay it's five two nine")[1]
    assert "five two nine" not in out and "twenty minutes" in out, out


@pytest.mark.parametrize(("line", "gone"), [
    ("four five three sorry my kid is shouting hold on kai stop that", "kai"),
    ("oi jaden put it down", "jaden"),
    ("fyi Will is on call tonight, not me", "Will"),
    ("yeah my son will is off today", "will is"),
    ("hey it's will uh will navarro", "will uh"),
])
def test_someone_beside_the_caller_or_named_by_what_follows_goes(line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


@pytest.mark.parametrize("line", ["the will is being contested", "his last will and testament",
                                  "i will and i did"])
def test_will_the_word_stays(line: str) -> None:
    assert call("hello", line)[1] == line


@pytest.mark.parametrize(("text", "gone"), [
    ("Root cause: expired cert on gw-02 (172.16.4.22).", "172.16.4.22"),
    ("Block 412 Bedok North Avenue 2, #08-115, Singapore 460412", "460412"),
    ("Rent received: KES 45,000, paid into 1180245671903 (Equity Bank).", "1180245671903"),
    ("Welcome to our new neighbours Thiago and Letícia Moura!", "Thiago"),
    ("Prezado Sr. Eduardo Tavares, this is the management office.", "Tavares"),
    ("Water is off. Caretaker Otieno is not picking.", "Otieno"),
    ("the booking is under Maricel D. Santos, ticket MSW-88310", "Santos"),
    ("Many thanks to Bill and Margaret Rennie for the doors.", "Bill"),
    ("Available from 2 June; Oksana to send the contract.", "Oksana"),
    ("rolling back now. paging Sofia as IC", "Sofia"),
    ("DOB: 2009年4月12日", "2009年"),
    ("Name: Tanaka Yui (田中 結衣)", "田中"),
])
def test_typed_names_and_values_in_their_own_forms_go(text: str, gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["Next steps: Ops to check the logs; Sales to call the client.",
                                  "Tokyo (東京) office", "配送日: 2025年6月3日",
                                  "the clinic is Parklands not Dubai"])
def test_what_only_looks_like_those_forms_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_an_invitation_to_give_the_value_asks_for_it_again() -> None:
    turns = call("can i have the member id from the card?", "it's my husband's plan actually",
                 "that's fine. go ahead with the id whenever you're ready.", "okay it's W7K...",
                 "mm hm", "448... 2091.")
    assert "W7K" not in turns[3] and "2091" not in turns[5], turns


@pytest.mark.parametrize("line", ["Maria Delgado, and mine's 11/02/1982 if you need that.",
                                  "and his is the 3rd of March 1975"])
def test_someone_s_full_date_from_before_they_could_be_a_customer_is_a_birth_date(
        line: str) -> None:
    assert "[REDACTED_DATE_OF_BIRTH]" in call("and your name?", line)[1]


@pytest.mark.parametrize("line", ["my appointment is 11/02/2026 and mine's at 10",
                                  "the policy started 11/02/1998"])
def test_other_full_dates_stay(line: str) -> None:
    assert call("anything else?", line)[1] == line


def test_an_exclamation_before_a_secret_is_no_part_of_it() -> None:
    out = call("and the memorable word on the account", "oh god um daffodil i think")[1]
    assert "daffodil" not in out and "god" in out, out


def test_a_business_word_s_own_value_then_another_thing_s_long_number_goes() -> None:
    out = REDACTOR.redact_text("Erik, paid 1 450 kr by Swish from 070-123 45 67")
    assert "070" not in out.text and "1 450 kr" in out.text, out.text
    assert REDACTOR.redact_text("tickets 5521 and 5530 are open").text == \
        "tickets 5521 and 5530 are open"


@pytest.mark.parametrize("text", [
    "Thanks for your help. Hope to speak to you soon.", "Chase to confirm delivery date.",
    "Hi Brian, sorry, Quick question about my bill.", "Call Kevin, no, Tuesday is better.",
    "cc Compliance please.", "Paging Infosec re the phishing email.",
    "i need help with will and probate", "well will has to be signed by two witnesses",
    "i'll just mark as main contact for you", "use chase as the main contact",
    "they paid into my savings 1500", "Thanks to Sales and Priya for the quick turnaround.",
])
def test_words_the_new_name_and_value_frames_must_leave(text: str) -> None:
    """What a review of those frames found them taking: the words around a name stay."""
    out = REDACTOR.redact_text(text).text
    kept = [w for w in ("Hope", "Chase", "Quick", "Tuesday", "Compliance", "Infosec", "will",
                        "mark", "chase", "1500", "Sales") if w in text]
    assert all(w in out for w in kept), out


@pytest.mark.parametrize("line", ["my kids are lincoln 7 and ava 5",
                                  "the children are mercedes 8 and lily 4"])
def test_a_make_that_is_a_child_s_name_before_an_age_goes(line: str) -> None:
    out = call("hello", line)[1]
    assert "lincoln" not in out and "mercedes" not in out, out


def test_a_duration_then_an_amount_asked_for_nothing() -> None:
    line = "hold on it's been 2 months the bill went from 80 to 140"
    assert call("can i get your account number", line)[1] == line


@pytest.mark.parametrize("text", ["Phone: +33 6.12.34.56.78", "Tel: +1 415.555.0132",
                                  "Phone: 06.12.34.56.78"])
def test_a_phone_written_in_dotted_groups_goes_whole(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert not any(ch.isdigit() for ch in out.split(":", 1)[1].replace("+33", "").replace(
        "+1", "")), out


def test_minutes_past_the_hour_are_no_part_of_a_number_in_parts() -> None:
    turns = call("what's your phone number", "oh eight seven six four, sorry, the line's bad",
                 "haha no problem", "it's ten past three here")
    assert turns[3] == "it's ten past three here", turns


def test_a_bare_follow_up_for_the_new_one_asks_for_the_same_kind_of_value() -> None:
    turns = call("what was the registration of the old vehicle",
                 "the old one was y d one nine k f u", "and the new one", "new one is yankee alpha")
    assert "yankee" not in turns[3], turns


@pytest.mark.parametrize("line", [
    "and hes fourth of november eighty five before you ask", "and hers is 3/4/85"])
def test_a_date_said_as_someone_s_with_a_short_year_is_a_birth_date(line: str) -> None:
    assert "[REDACTED_DATE_OF_BIRTH]" in call("and your husband's name?", line)[1]


@pytest.mark.parametrize("line", ["she's the 12th of june 2026 for the scan", "his is 3/4/25"])
def test_a_recent_date_said_as_someone_s_stays(line: str) -> None:
    assert call("when are the appointments?", line)[1] == line


def test_an_offered_number_and_its_parts_after_a_polite_backchannel_go() -> None:
    turns = call("the aadhaar image you uploaded was not clear",
                 "okay, i will tell you the number, you note it.", "sure sir, go ahead.", "4417",
                 "yes.", "8203, one second madam, my son is calling me, sorry.",
                 "no problem sir.", "last is 6651.")
    assert "4417" not in turns[3] and "8203" not in turns[5] and "6651" not in turns[7], turns


@pytest.mark.parametrize(("turns", "letter"), [
    (("can you confirm the registration of the vehicle?", "LK19 YTF.", "LK19 YTS, yep?",
      "No, F for Freddie at the end."), "Freddie"),
    (("so the eircode is p three one x k four seven", "no it's x h as in hotel"), "hotel"),
])
def test_letters_of_a_code_put_right_after_its_read_back_go(turns: tuple[str, ...],
                                                            letter: str) -> None:
    out = call(*turns)
    assert letter not in out[-1], out


@pytest.mark.parametrize("text", ["i paid 200 euro from 085 123 4567",
                                  "i got a refund of 30 pounds sent to 07700 900123",
                                  "call +353 87 123.45.67", "+49 30 123.456.78",
                                  "Plate: А 123 ВС 77", "the plate is 12 가 3456"])
def test_values_after_a_unit_or_in_mixed_separators_or_other_scripts_go(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert sum(ch.isdigit() for ch in out) <= 3, out


@pytest.mark.parametrize(("question", "answer"), [
    ("what's your memorable word", "goodness"), ("what's your memorable word", "it's heavens"),
    ("what's your memorable word", "oh my goodness it's blue42horse"),
])
def test_an_exclamation_may_be_the_secret_itself(question: str, answer: str) -> None:
    assert "[REDACTED_PASSWORD]" in call(question, answer)[1]


@pytest.mark.parametrize("line", ["it's all in aoife now", "we put the phone in ciara last year",
                                  "the account was opened in declan"])
def test_a_name_after_in_that_no_place_word_sets_goes(line: str) -> None:
    out = call("hello", line)[1]
    assert not any(n in out for n in ("aoife", "ciara", "declan")), out


@pytest.mark.parametrize(("turns", "kept"), [
    (("ok go ahead, the number of items on the invoice should be 14",
      "yes 14 items total 2450"), "2450"),
    (("i'll give you a call on that number tomorrow", "great", "around 1030 ok?"), "1030"),
    (("what's the date on the letter", "it's the 5th of june 2003"), "2003"),
])
def test_an_invitation_an_offer_or_a_date_said_as_it_s_asks_for_nothing_else(
        turns: tuple[str, ...], kept: str) -> None:
    assert kept in call(*turns)[-1]


def test_a_value_in_parts_waits_through_be_safe_and_you_re_alright() -> None:
    turns = call("and your id number please", "8 1 0 4 2 2", "yes", "5 0 1 7 sorry im driving",
                 "please be safe sir", "zero eight five")
    assert turns[5] != "zero eight five", turns


@pytest.mark.parametrize(("line", "gone"), [
    ("no thats the old one were at fourteen b fennel court now", "fennel court"),
    ("hang on my daughters here grace grace have you got the card", "grace"),
    ("ill pop that in the notes for dale hes your electrician", "dale"),
])
def test_a_house_s_letter_said_apart_a_name_called_twice_and_one_a_pronoun_places(
        line: str, gone: str) -> None:
    assert gone not in call("hello", line)[1]


@pytest.mark.parametrize("line", ["we pay 20 a month court fees", "the price rose rose again",
                                  "hope hope so", "it's 15 a person either way",
                                  "ha ha can you believe it", "ok so the guy hes your electrician"])
def test_a_rate_and_a_word_said_twice_stay(line: str) -> None:
    assert call("hello", line)[1] == line


@pytest.mark.parametrize(("text", "gone"), [
    ("Oksana: anyone got a spare gazebo for the summer fair?", "Oksana"),
    ("Grace: anyone got a spare gazebo?", "Grace"), ("Kai, your parcel is here", "Kai"),
    ("Pemba, your PVG check has come back clear", "Pemba"),
    ("can you tell Will I won't be in tomorrow, dentist.", "Will"),
])
def test_a_chat_sender_someone_addressed_and_someone_told_go(text: str, gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["Update: the server is down", "Parts: front bumper FL3Z",
                                  "Sky, can I take your name please?",
                                  "Descrição: a fritadeira chegou", "Re: rejected claim",
                                  "Hi Priya, can you share the board?", "Ha, thanks.",
                                  "Ticketstop, you're through to sales", "cool, can do £290?"])
def test_labels_greetings_and_openers_stay(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    first = text.split()[0].rstrip(":,")
    assert first in out, out


def test_a_street_before_its_number_and_a_postcode_of_two_groups_goes() -> None:
    out = REDACTOR.redact_text("the flat at Ermou 56, 105 63 Athens").text
    assert "Ermou" not in out and "105 63" not in out and "Athens" in out, out
    assert REDACTOR.redact_text("we ordered 12, 105 63 more").text == "we ordered 12, 105 63 more"


def test_the_day_of_a_birth_date_put_right_goes_and_an_appointment_s_stays() -> None:
    assert "13th" not in call("and his date of birth is the 3rd of june 1990?", "no the 13th")[1]
    assert call("so the appointment is on the 3rd?", "no the 13th")[1] == "no the 13th"
    line = "no i'm in the 5th floor flat, my 2nd time calling"
    assert call("and his date of birth is the 3rd of june 1990?", line)[1] == line


@pytest.mark.parametrize("parts", [
    ("the twenty-first...", "of november...", "nineteen sixty-eight."),
    ("june", "the 2nd", "91"),
    ("its the ninth", "of the fourth", "two thousand and one"),
])
def test_a_birth_date_given_in_parts_over_backchannels_goes_part_by_part(
        parts: tuple[str, str, str]) -> None:
    first, second, year = parts
    out = call("can I get your date of birth for security", first, "uh huh", second,
               "okay and what year?", year)
    assert out[2] == "uh huh" and out[4] == "okay and what year?"
    for said, redacted in zip(parts, out[1::2], strict=True):
        assert "[REDACTED_DATE_OF_BIRTH]" in redacted, (said, redacted)
        assert not any(ch.isdigit() for ch in redacted) and "june" not in redacted


@pytest.mark.parametrize("line", ["one second, let me find my glasses", "may i ask why?",
                                  "8:09 PM and I'm still waiting", "hang on two secs"])
def test_what_puts_off_a_birth_date_is_no_part_of_one(line: str) -> None:
    assert call("and your date of birth?", line)[1] == line


def test_a_year_asked_for_after_a_birth_date_is_given_and_another_s_stays() -> None:
    out = call("date of birth?", "14th of feb", "and the year?", "1990",
               "thanks. what year did you buy the car?", "2015")
    assert "1990" not in out[3] and out[5] == "2015"


def test_characters_of_a_secret_go_one_by_one_and_after_a_pause() -> None:
    out = call("I need the first and the fourth letters of your security word please",
               "First is h. Fourth, hmm, hang on... w.", "the first is right but not the fourth",
               "oh sorry, the fourth one is v", "and the seventh?", "seventh's q")
    assert out[1] == "First is [REDACTED_PASSWORD]. Fourth, hmm, hang on... [REDACTED_PASSWORD]."
    assert out[3] == "oh sorry, the fourth one is [REDACTED_PASSWORD]"
    assert out[5] == "seventh's [REDACTED_PASSWORD]"


def test_a_security_answer_said_as_a_sentence_of_its_own_goes() -> None:
    out = call("Security question: what was your first pet's name?",
               "Ah, that takes me back. Pickles. She was a hamster, lived for ages.")
    assert out[1] == ("Ah, that takes me back. [REDACTED_PASSWORD]. She was a hamster, lived for "
                      "ages.")
    line = "Sorry. Hang on. Found it. Great. Thanks."
    assert call("can you confirm your passcode", line)[1] == line


def test_a_refused_security_answer_is_answered_again() -> None:
    out = call("one security question, what was the name of your first school?",
               "uh i wanna say it was by the river", "hmm, that's not right",
               "oh then it must be holy cross")
    assert "holy cross" not in out[3], out[3]
    assert call("what's your account number", "12345678", "that's not right",
                "sorry it's 12345687")[3] == "sorry it's [REDACTED_BANK_ACCOUNT]"


@pytest.mark.parametrize(("asked", "back", "answer", "value"), [
    ("what's your date of birth?", "sorry, why do you need that?",
     "ok. it's the fourth of october 1962", "1962"),
    ("can you give me your social please", "is this line recorded?",
     "sure, 078-05-1120", "1120"),
    ("and the last four of your social", "do i have to give that",
     "fine, six six one nine", "six six one nine"),
    ("what's your mother's maiden name?", "hmm what's that for?", "oh right, kowalczyk",
     "kowalczyk"),
])
def test_a_value_asked_for_waits_while_the_other_side_asks_why(
        asked: str, back: str, answer: str, value: str) -> None:
    out = call(asked, back, "it's only to confirm we're speaking to the account holder", answer)
    assert out[1] == back and value not in out[3], out[3]


def test_a_question_back_about_something_else_does_not_hold_a_statement_s_value() -> None:
    out = call("good morning you're through to the licence office",
               "hi i need to renew my licence it ran out", "no problem can i have your name",
               "it's mara quist", "thanks mara and your p p s number")
    assert out[4] == "thanks [REDACTED_PERSON] and your p p s number"


def test_a_year_asked_for_after_a_backchannel_goes() -> None:
    out = call("and her birth date", "august the ninth", "mm hm and the year", "nineteen forty")
    assert "forty" not in out[3] and out[2] == "mm hm and the year"
    assert call("and her birth date", "august the ninth", "and next year?", "2027")[3] == "2027"


@pytest.mark.parametrize(("dropped", "later"), [
    ("that's fine, let's move on", "the parcel was due on june 3rd"),
    ("no you don't have to", "the engineer came on 12 march 2024"),
    ("not really", "it was delivered june 3rd"),
    ("it's ok i found you already", "tuesday the 14th of may works"),
])
def test_a_request_the_asker_lets_go_after_a_question_back_waits_no_more(
        dropped: str, later: str) -> None:
    assert call("can you confirm your date of birth", "why do you need that?", dropped,
                later)[3] == later


def test_a_question_back_on_a_new_topic_holds_nothing() -> None:
    out = call("what's your date of birth", "sorry, before that, why was my payment declined?",
               "it looks like the card expired", "ah ok, it expired in march 2024")
    assert out[3] == "ah ok, it expired in march 2024"


def test_a_name_told_of_someone_else_asks_for_no_other_name() -> None:
    out = call("the last agent, I think his name was Lorcan, promised a callback",
               "I'm sorry about that, let me look")
    assert out[1] == "I'm sorry about that, let me look" and "Lorcan" not in out[0]
    out = call("my name is Feargal, who am I speaking with?", "it's hunter")
    assert out[1] == "it's [REDACTED_PERSON]"
    out = call("his name's Lorcan, and what's your name please", "quillon ashgrove")
    assert out[1] == "[REDACTED_PERSON]"


@pytest.mark.parametrize(("answer", "secrets"), [
    ("hmm, is it daffodil? no. it's tulip", ("daffodil", "tulip")),
    ("no, sorry, it is 8830", ("8830",)),
    ("wait. its heron", ("heron",)),
])
def test_a_secret_put_right_in_the_answer_goes_with_the_guess_before_it(
        answer: str, secrets: tuple[str, ...]) -> None:
    out = call("for security, the memorable word please", answer)[1]
    assert not any(secret in out for secret in secrets), out


@pytest.mark.parametrize("answer", ["no worries. it's easy, hang on", "No, SAP is separate."])
def test_no_secret_where_the_answer_takes_nothing_back(answer: str) -> None:
    assert call("and your passcode?", answer)[1] == answer


@pytest.mark.parametrize("answer", ["all lower case, kestrel, then 4 4 1 0",
                                    "capital letters, ORCHID", "all one word, greenhill"])
def test_a_secret_after_how_it_is_typed_goes(answer: str) -> None:
    out = call("what's the password on the account?", answer)[1]
    assert not any(w in out.lower() for w in ("kestrel", "orchid", "greenhill")), out


def test_a_birth_date_asked_for_waits_while_the_caller_asks_if_the_bank_is_real() -> None:
    out = call("Before we go any further, can you confirm your date of birth?",
               "How can I be sure you're really from the bank? My partner Tobiah had a fake call.",
               "Fair question. We'll never ask for your PIN or online password. You can ring "
               "back on 0345 300 0000 if you like.",
               "Nah, that's fine. It's the ninth of the eleventh, seventy four.")
    assert "Tobiah" not in out[1] and "seventy four" not in out[3], out
    assert out[3].startswith("Nah, that's fine.")


def test_a_value_asked_for_waits_while_its_form_is_asked_about() -> None:
    out = call("Could I take your policy number please?",
               "Policy number... is it the one that starts with two letters?",
               "That's right, two letters and seven digits.", "HK 4 4 1 9 0 2 7")
    assert "4 4 1 9" not in out[3], out[3]


@pytest.mark.parametrize(("offer", "asked", "value"), [
    ("can you pay it into my IBAN instead?", "Sure, I can note it. What's the IBAN?",
     "DE89 3704"),
    ("do you want my licence now?", "Yes, I can add it now. Licence number?", "MORGA 753116"),
])
def test_a_value_offered_then_asked_for_goes(offer: str, asked: str, value: str) -> None:
    out = call("the refund will go back the same way", offer, asked, value)
    assert value.split()[0] not in out[3], out[3]


@pytest.mark.parametrize("reply", [
    "I'm afraid I need to have that before we go any further",
    "don't worry, it's just a security check",
    "you don't have to, but it saves us time",
])
def test_a_value_asked_for_waits_while_the_asker_insists_or_reassures(reply: str) -> None:
    out = call("what's your date of birth? is that ok?", "why do you need it?", reply,
               "ok, 2nd of october 1966")
    assert "1966" not in out[3], out[3]


def test_a_second_question_back_waits_too() -> None:
    out = call("can you confirm your date of birth", "why do you need that?",
               "it's to verify your identity", "ok but is this line secure?",
               "yes it's encrypted", "fine, 2nd of october 1966")
    assert "1966" not in out[5], out[5]


@pytest.mark.parametrize(("back", "reply"), [
    ("are you open on saturday?", "yes nine till five"),
    ("did you get the payment i sent?", "yes it came in on the fourth"),
    ("why do you need it?", "actually no need, i can see it here"),
])
def test_times_and_amounts_after_a_new_topic_or_a_dropped_request_stay(
        back: str, reply: str) -> None:
    later = "ok i'll come in at 10 30, i paid 2450 last time"
    assert call("can i have your account number please", back, reply, later)[3] == later


def test_a_number_said_with_no_owner_at_a_sentence_start_is_the_speaker_s() -> None:
    out = call("Do you have a loyalty card with us?", "I do. Number is TX 4410 9921.")
    assert "4410" not in out[1] and out[1].startswith("I do. Number is")


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("and your favourite place?", "that'd be tenerife",
     "tenerife"),
    ("what's the memorable name on the account", "it's grandad's, ernest", "ernest"),
    ("your security question was your first car?", "an old blue corsa, we called it bluebell",
     "bluebell"),
    ("for security, the question you set was your dream job", "oh, astronaut", "astronaut"),
])
def test_security_answers_to_questions_of_other_kinds_go(question: str, answer: str,
                                                         secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_a_favourite_place_told_in_passing_stays() -> None:
    line = "my favourite place is lisbon, we go every year"
    assert call("anything else i can help with?", line)[1] == line


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("what's the answer to your security question?",
     "was it the car or the street? the street, so that'd be linden", "linden"),
    ("and your city of birth, for security", "I grew up all over but was born in Galway, so "
     "Galway.", "Galway."),
])
def test_a_secret_drawn_at_the_end_of_an_answer_goes(question: str, answer: str,
                                                     secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_so_before_what_is_no_secret_stays() -> None:
    line = "i changed it last week, so give me a second"
    assert call("what's your pin", line)[1] == line


@pytest.mark.parametrize("line", ["oh i got a letter a while back with it on",
                                  "Dublin, the capital I suppose",
                                  "the man on the phone said \"no\" and hung up"])
def test_letters_quotes_and_capitals_in_passing_are_no_characters(line: str) -> None:
    out = call("what's your memorable word", line)[1]
    assert "letter a while" in out or "capital I suppose" in out or '"no"' in out, out


def test_characters_named_as_letters_or_numbers_go() -> None:
    out = call("I need the third and sixth characters of your password please",
               "third is... letter R. and the sixth, let me think... it's the number 4")
    assert " R." not in out[1] and not out[1].endswith("4"), out[1]
    out = call("first and fourth characters of your memorable word?",
               "first one's a capital D, fourth is small e")
    assert "capital D" not in out[1] and "small e" not in out[1], out[1]


def test_a_character_mark_in_an_agent_s_reference_is_no_secret() -> None:
    line = "to change it i need to verify you, your confirmation number c x 5 5 0 7 2 is noted"
    assert "number c" in call("can you confirm your security word", "i'd rather not", line)[2]


def test_a_quoted_secret_and_a_guess_taken_back_go() -> None:
    out = call("what's the password on the account?", "ugh, it's \"letmein\". I know, I know.")
    assert "letmein" not in out[1]
    out = call("and the answer to your security question?",
               "Oh lord, what did I pick... Skerries? No, hang on. It was the caravan. Rush.")
    assert "Skerries" not in out[1] and "Rush." not in out[1], out[1]
    assert out[1].startswith("Oh lord")
    out = call("What's the PIN?", "It's 4471. Sorry? No, my mistake, 4417.")
    assert "4417" not in out[1] and "Sorry?" in out[1], out[1]


def test_a_secret_waits_through_a_question_back_that_names_it() -> None:
    out = call("and what was the name of your first pet?",
               "My first pet? Do you mean the dog or the rabbit? We got the rabbit when I was 5.",
               "Whichever one you gave us when you set it up.", "Right, so that'd be... Biscuit.")
    assert "Biscuit" not in out[3], out[3]
    out = call("can you text me when it's ready?", "Sure, what's the best number?", "07700 900461")
    assert "900461" not in out[2]


@pytest.mark.parametrize(("answer", "secret"), [
    ("Sorry, the kettle's going. March, 2004.", "2004"),
    ("Hang on... so G-A-L-W-A-Y, that's the word.", "G-A-L"),
    ("Sixth, let me look... that's an R.", " R."),
    ("well i was born in the rotunda but i'd have put dublin. yeah, dublin.", "dublin"),
])
def test_secrets_said_as_dates_spelled_named_characters_or_what_was_set_go(
        answer: str, secret: str) -> None:
    out = call("for security, your memorable date or the sixth character of the memorable word",
               answer)[1]
    assert secret not in out, out


@pytest.mark.parametrize("line", ["the letter came on the 4th of june, is that right?",
                                  "sorry the ticket from before, i n c 0098177, is still open"])
def test_dates_and_codes_in_passing_after_a_security_question_stay(line: str) -> None:
    out = call("what's your memorable word", line)[1]
    assert "june" in out or "i n c" in out, out


@pytest.mark.parametrize("rest", ["dash 0001.", "hyphen 22", "slash 4471"])
def test_the_rest_of_a_value_opening_with_its_dash_goes_after_a_backchannel(rest: str) -> None:
    out = call("And your tax identification number?", "okay, it's 24187730", "Mm hm.", rest)
    assert not any(ch.isdigit() for ch in out[3]), out[3]


@pytest.mark.parametrize("correction", [
    "wait no sorry it's eight three four one at the end four not five",
    "hang on, no, the end is eight three four one",
])
def test_a_correction_after_a_self_interruption_is_the_value(correction: str) -> None:
    out = call("okay and the account number", "nine one five zero four four eight three five one",
               "so that's nine one five zero four four eight three five one", correction)
    assert "eight three four one" not in out[3], out[3]


def test_how_a_secret_is_typed_is_no_part_of_it_to_remember() -> None:
    out = call("And the phone password you set up with us?", "It's manaia 22, all lower case.",
               "She's moved to the Lower Hutt office, and your case is in lower priority now.")
    assert "manaia" not in out[1] and "all lower case" in out[1], out[1]
    assert "Lower Hutt" in out[2] and "lower priority" in out[2], out[2]


def test_an_initial_is_no_name_to_remember_for_the_call() -> None:
    out = call("good afternoon, drivewise car hire claims, thandeka speaking",
               "hi, i dropped a car at o r tambo on sunday",
               "can i have the rental agreement number?", "r a nine three three zero seven one")
    assert out[3].startswith("r a"), out[3]


def test_a_code_read_out_with_dashes_after_a_bare_owner_goes_whole() -> None:
    out = call("did you get the other driver's info",
               "yes hes with state farm policy one three dash c w dash four four seven one "
               "dash one")
    assert "four four seven one" not in out[1] and "c w" not in out[1], out[1]


def test_a_place_of_birth_asked_for_is_a_secret_however_it_is_said() -> None:
    out = call("perfect. just one more, your place of birth",
               "well i was born in the coombe but i wouldn't have put that... i'd have put "
               "dublin. yeah, dublin.")
    assert "dublin" not in out[1], out[1]


def test_a_secret_broken_off_mid_phrase_goes_on_after_a_backchannel_and_an_aside() -> None:
    out = call("And for security, can you tell me your memorable date?",
               "The memorable date... that's the day we got married, so the 3rd of", "Mm-hm.",
               "Sorry, the dog's going mental at the postie. February, 1996.")
    assert "3rd" not in out[1] and "1996" not in out[3] and "February" not in out[3], out
    assert out[1].startswith("The memorable date..."), out[1]  # the question said back


@pytest.mark.parametrize("answer", ["memorable date... oh gosh... the 9th of may",
                                    "first school, hmm, st brigid's"])
def test_the_question_said_back_is_no_secret_and_the_answer_after_it_is(answer: str) -> None:
    out = call("and your memorable date or first school please", answer)[1]
    assert out.split()[0] in ("memorable", "first") and "9th" not in out \
        and "brigid" not in out, out


@pytest.mark.parametrize("answer", ["Kereru, all lower case, then 99.",
                                    "Pohutukawa, all one word, capital P, then 7."])
def test_characters_said_after_how_a_secret_is_typed_are_part_of_it(answer: str) -> None:
    out = call("What's the password on the account?", answer,
               "She's moved to the Lower Hutt office, lower priority now.")
    assert not any(ch.isdigit() for ch in out[1]) and "Kereru" not in out[1] \
        and "Pohutukawa" not in out[1], out[1]
    assert out[2] == "She's moved to the Lower Hutt office, lower priority now.", out[2]


@pytest.mark.parametrize(("answer", "secret"), [
    ("Oh ja, it's still Boerbok2019, my son gave it to the whole school.", "Boerbok2019"),
    ("10/02/1985, and the word is marigold.", "marigold"),
    ("I mean my password's just BlueFalcon22, maybe someone guessed it", "BlueFalcon22"),
])
def test_a_secret_after_a_yes_an_adverb_or_the_word_is_goes(answer: str, secret: str) -> None:
    out = call("and your date of birth and memorable word, or the wifi password?", answer)[1]
    assert secret not in out, out


@pytest.mark.parametrize("answer", ["yes it's still the same one",
                                    "the word is... hmm, it's on a sticky note somewhere"])
def test_no_secret_where_the_answer_names_none(answer: str) -> None:
    assert call("can you confirm the memorable word", answer)[1] == answer


def test_a_value_the_speaker_says_is_needed_comes_after_go_ahead() -> None:
    out = call("how can i help",
               "Also, my sponsor letter for the Home Office said finance needs my new passport "
               "number.", "Yes, for the fee confirmation letter. Go ahead.",
               "It's G 3 8 4 1 0 2 7. Sorry, no, G 3 8 4 1 0 7 2. I swapped the end.")
    assert not any(ch.isdigit() for ch in out[3]), out[3]


@pytest.mark.parametrize(("answer", "secrets"), [
    ("oh god what did i put erm tenby no wait barmouth it'll be barmouth",
     ("tenby", "barmouth")),
    ("oh erm is it biscuit no hang on that's the old one it's marmalade",
     ("biscuit", "marmalade")),
    ("let me think... kestrel", ("kestrel",)),
])
def test_a_secret_after_thinking_aloud_and_put_right_at_the_end_goes(
        answer: str, secrets: tuple[str, ...]) -> None:
    out = call("can you answer the security question you set up, your favourite place or "
               "memorable word", answer)[1]
    assert not any(s in out for s in secrets), out


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("what's your favorite book",
     "oh my gosh this is embarrassing i was like nineteen when i set this up so it's probably "
     "twilight haha", "twilight"),
    ("and your mother's maiden name",
     "mam's name before she married so that's ní chonaill well on the form i'd say i put "
     "o'connell the english way", "connell"),
    ("and the favourite food on the account",
     "Favourite food... see, I would have typed curd rice, but my daughter set this up.",
     "curd rice"),
])
def test_a_secret_concluded_or_set_in_unmarked_speech_goes(question: str, answer: str,
                                                            secret: str) -> None:
    out = call(question, answer)[1]
    assert secret not in out, out


def test_another_try_after_the_answer_is_refused_goes() -> None:
    out = call("and the security answer, your first pet", "it'll be rover ninety nine",
               "i've got something slightly different there",
               "oh go on then try rover nineteen ninety nine that's the year we got him")
    assert "rover" not in out[3], out[3]


@pytest.mark.parametrize("answer", ["so it's booked for tuesday then",
                                    "so it's sorted now thanks"])
def test_what_happened_said_after_a_security_question_stays(answer: str) -> None:
    assert call("what's your favourite colour", answer)[1] == answer


def test_a_whole_date_in_an_answer_for_a_memorable_date_goes_wherever_it_stands() -> None:
    out = call("and your memorable date", "Oh, that'll be our anniversary. We got married on "
               "the fifth of November, nineteen sixty-seven, bonfire night.")[1]
    assert "November" not in out and "sixty" not in out and "anniversary" in out, out


def test_a_place_drawn_with_so_in_unmarked_speech_goes_and_its_relation_stays() -> None:
    out = call("what's your favourite place", "oh god right hang on it's my nan's village so "
               "llanberis so second is l and the fifth is b")[1]
    assert "llanberis" not in out and "my nan's village" in out and "so second is" in out, out


@pytest.mark.parametrize(("answer", "secrets"), [
    ("Oh, okay. So we had a goldfish, Bubbles, but that was my brother's... so I probably put "
     "the hamster.", ("Bubbles",)),
    ("Hmm, it's either Grandma's cottage in Tenby or, knowing me, Llandudno, the pier there.",
     ("Llandudno",)),
    ("Oh gosh, a little green Fiesta, the Ghia one, or was it the Astra before that.",
     ("Ghia", "Astra")),
])
def test_capitalised_words_in_the_answer_to_a_security_question_go(
        answer: str, secrets: tuple[str, ...]) -> None:
    out = call("And your first pet, or your first car?", answer)[1]
    assert not any(s in out for s in secrets), out


@pytest.mark.parametrize("answer", ["Yes. But I have coursework due Friday at 5pm.",
                                    "We had her when I was a kid in Moose Jaw."])
def test_a_day_or_a_place_said_around_the_answer_stays(answer: str) -> None:
    assert call("And your first pet?", answer)[1] == answer


def test_the_business_side_answering_about_a_password_keeps_its_words() -> None:
    out = call("Is my Outlook password the same as the portal one?",
               "No, Outlook is separate. Your ticket is INC-4471. Call us on extension 4400.")
    assert out[1].startswith("No, Outlook is separate."), out[1]


@pytest.mark.parametrize("correction", ["no sorry the last part is zero eight seven not three",
                                        "no sorry eight seven at the end i always mix those up"])
def test_a_correction_naming_a_part_or_followed_by_an_aside_is_the_value(correction: str) -> None:
    out = call("and your membership number",
               "eight five zero three one two five six seven eight zero eight three",
               "let me read it back eight five zero three one two five six seven eight zero "
               "eight three", correction)
    assert "eight seven" not in out[3] and "zero eight seven" not in out[3], out[3]


def test_a_part_number_in_two_parts_stays() -> None:
    out = call("whats the part number", "the last part is 4471-22 and the first part is 9981")
    assert out[1] == "the last part is 4471-22 and the first part is 9981", out[1]


def test_an_owned_identifier_given_in_the_next_sentence_goes() -> None:
    out = call("anything else?", "Yep. Can you put my frequent flyer on it too? It's 2201 884 613.")
    assert "884" not in out[1], out[1]
    line = "I'm a member since 2009. It's been great."
    assert call("anything else?", line)[1] == line


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("What's your memorable word?", "It's pudding.", "pudding"),
    ("what's your place of birth", "it's barking", "barking"),
])
def test_a_secret_that_looks_like_a_verb_form_goes(question: str, answer: str,
                                                   secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_a_capitalised_word_in_a_turn_that_puts_the_answer_off_leaves_it_awaited() -> None:
    out = call("What's your memorable word?", "Hold on, it's saved on my Samsung, one second.",
               "Sure.", "Okay, it's pumpkin.")
    assert "Samsung" in out[1] and "pumpkin" not in out[3], out


def test_an_invitation_naming_a_reference_asks_for_it_alone() -> None:
    out = call("how can i help", "I need to update my passport number on the booking.",
               "Sure, go ahead with the booking reference first.", "It's 123456789.")
    assert out[3] == "It's 123456789.", out[3]


@pytest.mark.parametrize(("turns", "kept"), [
    (("Please never share your password with anyone. Is there anything else I can help with?",
      "Yes actually, I wanted to ask about my Tesco Clubcard points from Christmas."),
     "Tesco Clubcard"),
    (("Could you confirm your memorable word please?",
      "Yes, it's sunshine. Also I wanted to ask about my Amazon order of £45."), "Amazon"),
    (("what's your memorable word", "Kestrel. Sorry about the noise, I'm in the car, it's "
      "raining."), "raining"),
    (("how can i help", "first car insurance for my son please"), "insurance"),
    (("What's your date of birth?", "12th March 1980.", "Thanks. Something else I should know?",
      "Yes, the 4th of July is my anniversary."), "4th of July"),
    (("Which one? Your first pet?", "Oh no, Outlook is separate from that."), "Outlook"),
])
def test_what_the_caller_says_around_a_security_question_stays(turns: tuple[str, ...],
                                                               kept: str) -> None:
    out = call(*turns)
    assert kept in out[-1], out[-1]


def test_an_address_asked_for_by_where_someone_lives_comes_in_pieces() -> None:
    out = call("and where do you live", "forty two", "mm hm", "maple crescent in bolton")
    assert "forty" not in out[1] and "maple" not in out[3] and "bolton" in out[3], out


def test_a_national_insurance_number_in_three_parts_goes_whole() -> None:
    out = call("If you've got her National Insurance number too, that helps us match records.",
               "Hang on. Y B", "Yep.", "41 77 62, and then C.")
    assert out[1] == "Hang on. [REDACTED_NATIONAL_ID]", out[1]
    assert "41" not in out[3] and not out[3].rstrip(".").endswith(" C"), out[3]


@pytest.mark.parametrize("said", ["A stroke 4 4 1 7", "it's A slash 4 4 1 7"])
def test_a_code_read_with_a_stroke_goes_whole(said: str) -> None:
    out = call("have you got the roll number", said)[1]
    assert " A " not in f" {out} " and "4" not in out, out


def test_a_question_about_when_names_a_thing_not_its_number() -> None:
    out = call("That's the one, thank you. When did you last have the phone?",
               "Last night. She was on the VS 411 to Lagos, and on the train back it was gone.")
    assert "VS 411" in out[1], out[1]
    out = call("And when you call back, I'll just ask the last four of your social.",
               "4471, got it.")
    assert "4471" not in out[1], out[1]


@pytest.mark.parametrize(("question", "answer"), [
    ("When you're ready, what's the registration?", "ab 51 xyz"),
    ("Why don't we start with the zip?", "9 0 2 1 0"),
    ("When you're ready, can I get the last four of the card?", "1 2 3 4"),
])
def test_a_request_after_a_when_clause_still_asks(question: str, answer: str) -> None:
    assert not any(ch.isdigit() for ch in call(question, answer)[1])


@pytest.mark.parametrize(("turns", "kept"), [
    (("what's your passport number", "Yeah, I, I."), "I, I."),
    (("anything else?", "My membership number is 4471 2290, and then I."), "and then I."),
    (("how can i help", "We're collecting from 3 sites on Tuesday."), "3 sites"),
])
def test_a_stammer_a_pronoun_and_a_count_stay(turns: tuple[str, ...], kept: str) -> None:
    assert kept in call(*turns)[-1]


def test_an_identifier_with_letters_that_name_a_currency_elsewhere_goes() -> None:
    out = call("I can help you unlock it. Can I get your driver's license number?",
               "Yeah, it's RS 482910.")
    assert "482910" not in out[1], out[1]
    out = call("Verified. Can I get your mobile number?", "It was THB 28,000 at a jewellery shop.")
    assert "28,000" in out[1], out[1]


def test_a_request_said_as_a_statement_opens_the_answer_to_a_secret() -> None:
    out = call("For verification, please tell me your childhood best friend's name.",
               "Childhood best friend... in school it was Anand, but I think I gave his "
               "nickname, Andy.")
    assert "Anand" not in out[1] and "Andy" not in out[1], out[1]


def test_what_i_would_have_said_is_the_secret() -> None:
    out = call("whats your favourite film", "oh i'd have said kes back then or was it the great "
               "escape")
    assert " kes " not in out[1], out[1]


@pytest.mark.parametrize("answer", [
    "Hmm, the road I lived on as a kid? That was Larchmere.",
    "My first pet's name? Pickles.",
    "Sorry, which one? The school one? St Columba's.",
])
def test_a_secret_question_said_back_before_the_answer_still_leaves_the_answer(
        answer: str) -> None:
    out = call("Thanks. Now the answer to your security question, please.", answer)
    for value in ("Larchmere", "Pickles", "Columba"):
        assert value not in out[1], out[1]


def test_a_guess_said_as_a_question_is_still_the_answer() -> None:
    out = call("And the memorable word?", "Tango? No, sorry, it's Foxtrot.")
    assert "Tango" not in out[1] and "Foxtrot" not in out[1], out[1]


@pytest.mark.parametrize(("turns", "number"), [
    (("how can i help", "I changed to 0712 345 678 last year, so update that."), "345 678"),
    (("anything else", "i switched to oh seven seven one two three four five six seven this "
                      "year"), "oh seven seven"),
])
def test_a_phone_goes_before_a_time_of_its_clause(
        turns: tuple[str, ...], number: str) -> None:
    out = call(*turns)
    assert number not in out[1], out[1]


@pytest.mark.parametrize("text", ["I paid 1,250 last year for the same cover",
                                  "order 0559 021 137 shipped this week"])
def test_a_time_after_a_business_number_changes_nothing(text: str) -> None:
    assert call("how can i help", text)[1] == text


def test_a_secret_with_an_apostrophe_read_back_goes() -> None:
    out = call("What was the name of your first school?", "That'd be... St Aidan's. I think.",
               "St Aidan's, perfect, that matches.")
    assert "Aidan" not in out[1] and "Aidan" not in out[2], out


@pytest.mark.parametrize(("answer", "secret"), [
    ("ooh we had loads of cats growing up but the first proper one was the ginger tom it was "
     "er tiddlywinks", "tiddlywinks"),
    ("Oh, that takes me back. Wembley, the summer of '86, we queued all night... anyway. It "
     "was Queen.", "Queen"),
])
def test_the_value_a_story_ends_on_is_the_answer(answer: str, secret: str) -> None:
    out = call("And the answer to your security question, please?", answer)
    assert secret not in out[1], out[1]


@pytest.mark.parametrize("answer", ["oh it was lovely, we had a great time", "It's fine, I'll "
                                    "just try again."])
def test_a_story_that_ends_on_a_common_word_keeps_it(answer: str) -> None:
    assert call("And the answer to your security question, please?", answer)[1] == answer


def test_a_word_spelled_right_after_it_is_said_is_dictated_and_goes() -> None:
    out = call("And your first car?", "hmm well my dad called it the beetle, beetle, b e e t l e")
    assert "b e e t" not in out[1], out[1]
    out = call("and can i take your surname", "yeah it's lark, l a r k, like the bird")
    assert "lark" not in out[1].replace("the bird", "") and "l a r k" not in out[1], out[1]
    out = call("okay, and who signed it?", "it says moss, m o s s")
    assert "moss" not in out[1] and "m o s s" not in out[1], out[1]  # no name asked for


def test_a_secret_read_back_letter_by_letter_goes() -> None:
    out = call("What's your memorable word?", "Hedgehog.", "H-E-D-G-E-H-O-G, lovely, thanks.")
    assert "H-E-D" not in out[2], out[2]


def test_a_memorable_date_typed_with_its_day_s_ending_goes() -> None:
    out = call("Can I take your memorable date, day and month only?",
               "Right, that's our wedding, so... the 9th of May.")
    assert "9th" not in out[1], out[1]


def test_an_answer_the_agent_could_not_match_is_awaited_again() -> None:
    out = call("whats the memorable place on the account", "harrogate",
               "that didn't match, I'm afraid", "um thirsk")
    assert "thirsk" not in out[3], out[3]


def test_both_guesses_of_either_or_go() -> None:
    out = call("And your favourite dessert?", "ooh, it would be either sticky toffee pudding or "
               "eton mess, I can't remember which.")
    assert "toffee" not in out[1] and "eton" not in out[1], out[1]


def test_a_value_read_back_from_the_record_goes_unless_it_is_the_business_s_or_a_measure(
        ) -> None:
    out = call("let me look you up", "we have it on the system as q p r seven seven one "
               "zero four five, is that yours")
    assert "seven seven one" not in out[1], out[1]
    for text in ("the booking on file as BK-4471-229 is confirmed",
                 "we have your mileage on file as 9,500 miles"):
        assert call("let me look you up", text)[1] == text


@pytest.mark.parametrize(("turns", "kept"), [
    (("how can i help", "the doctor said i need to rest"), "the doctor said i need to rest"),
    (("how can i help", "my partner will at least be home"), "my partner will at least be home"),
    (("What's the name of your first pet?", "i'd have to check, that would be tuesday"),
     "that would be tuesday"),
    (("What's your first school?", "which one? primary or secondary?"), "primary or secondary"),
    (("what's your favourite thing about the service?", "the engineers are always on time"),
     "the engineers are always on time"),
    (("how can i help", "he's under age, so it's in my name"), "he's under age"),
    (("how can i help", "07700 900461 is this order's reference"), "07700 900461"),
    (("how can i help", "it was sent to 5 park lane, york 20231105"), "20231105"),
    (("let me look you up", "the meter reading is on file as 45213"), "45213"),
    (("how can i help", "thanks hugely, bye"), "thanks hugely, bye"),
])
def test_what_this_session_s_reviewer_found_taken_stays(turns: tuple[str, ...],
                                                        kept: str) -> None:
    speaker_turns = call(*turns)
    assert kept in speaker_turns[-1], speaker_turns[-1]


def test_a_colleague_put_through_to_goes_and_a_team_reached_or_spoken_to_stays() -> None:
    assert "Sarah" not in call("I'll put you through to Sarah, it's quicker.")[0]
    out = call("thanks for calling acme energy you've reached sales how can i help",
               "I spoke to Sales last week.")
    assert "reached sales" in out[0] and "Sales" in out[1], out


def test_a_cue_in_the_company_s_name_before_an_offer_of_help_awaits_nothing() -> None:
    out = call("Brightline Mobile, Tomas speaking, how can I help you today?",
               "Hi, there's a charge of a hundred and twelve pounds fifty on my bill.")
    assert "a hundred and twelve pounds fifty" in out[1], out[1]


@pytest.mark.parametrize(("turns", "gone"), [
    (("can I take your postcode and how can I help you today?", "s w one a, two a a"),
     "two a a"),
    (("And your first pet?", "my first pet? biscuit?"), "biscuit"),
    (("let me look you up", "I've got you on file as 441209, is that you?"), "441209"),
    (("what name would it be under?", "probably under rose, my wife"), "rose"),
    (("how can i help", "my husband bill he deals with all the bills"), "husband bill"),
    (("how can i help", "my neighbour will next door has a spare key"), "will next"),
    (("how can i help", "you're straight through to Pemberton Homes, my name's Chloe"),
     "Chloe"),
    (("how can i help", "the reminder went to 07912 448301 last appointment"), "448301"),
])
def test_what_a_second_review_found_leaking_goes(turns: tuple[str, ...], gone: str) -> None:
    out = call(*turns)
    assert gone not in out[-1], out[-1]


@pytest.mark.parametrize(("turns", "kept"), [
    (("what number did you ring?", "I rang 111 first"), "111"),
    (("how can i help", "goodbye sky, hello virgin"), "goodbye sky"),
    (("how can i help", "you're straight through to Pemberton Homes, my name's Chloe"),
     "Pemberton Homes"),
])
def test_what_a_second_review_found_taken_stays(turns: tuple[str, ...], kept: str) -> None:
    out = call(*turns)
    assert kept in out[-1], out[-1]


@pytest.mark.parametrize(("answer", "date"), [
    ("it's our wedding anniversary, so the 3rd of August", "3rd of August"),
    ("my daughter's birthday so 14th of February", "14th of February"),
])
def test_a_memorable_date_drawn_after_so_goes(answer: str, date: str) -> None:
    assert date not in call("Can I take your memorable date?", answer)[1]


def test_a_date_due_on_in_a_secret_s_answer_turn_stays() -> None:
    text = "the renewal is due on the 14th of May, is that right?"
    assert call("what's the memorable word?", text)[1] == text


@pytest.mark.parametrize(("turns", "gone"), [
    (("does your daughter have a member number with us?",
      "yes since last year k t four four zero nine one"), "four four zero"),
    (("what's the best number for you?",
      "he changed it last year the new one's oh seven nine one one two three oh four four"),
     "two three oh"),
])
def test_when_something_happened_names_no_value_after_it(turns: tuple[str, ...],
                                                          gone: str) -> None:
    assert gone not in call(*turns)[-1]


@pytest.mark.parametrize("text", ["we've had the car since year 2019",
                                  "your appointment 4417 is next week"])
def test_a_year_or_an_appointment_still_names_its_number(text: str) -> None:
    assert call("how can i help", text)[-1] == text


def test_a_question_back_about_whose_value_holds_the_request_and_the_parts_go() -> None:
    out = call("could i take the policy number from your card please",
               "hold on is it the long one under my name", "yes that's the one",
               "right it's four four two", "mm hm", "nine one seven", "go on",
               "three three and that's all of it")
    assert all(part not in out[k] for k, part in ((5, "nine one seven"), (7, "three three")))


def test_a_correction_that_reads_the_whole_value_again_goes() -> None:
    out = call("what's the membership number", "it's 5521 8836", "So that's 5521 8836?",
               "No sorry, it's a zero at the end, not a six. 5521 8830.",
               "55218830, thank you.")
    assert "5521 8830" not in out[3] and "55218830" not in out[4]


def test_a_word_and_a_number_share_no_code_s_shape() -> None:
    out = call("and the group number", "it says k l m four four one two",
               "great, so you've met twelve hundred of it this year")
    assert out[2].endswith("met twelve hundred of it this year")


def test_a_word_before_a_phone_number_stays_outside_it() -> None:
    out = call("how can i help", "I've got 07700 900 418 on file for you, is that right?")
    assert out[1].startswith("I've got [REDACTED_PHONE_NUMBER] on file")


def test_an_agent_named_will_leaves_will_i_and_will_you_alone() -> None:
    out = call("Morning, Castle Motor claims, you're speaking to Will.",
               "Will I need my logbook?", "Will you send it by post?", "Thanks Will.")
    assert out[1] == "Will I need my logbook?" and out[2] == "Will you send it by post?"
    assert "Will" not in out[3]


def test_the_end_of_a_new_number_read_back_with_where_it_sits_goes() -> None:
    out = call("is 0161 496 0732 still the best number?", "no, it's 0161 496 0958 now",
               "958 at the end, lovely, I've changed it.")
    assert "958" not in out[2]


@pytest.mark.parametrize(("question", "answer"), [
    ("what's your member number", "yes i've had it since last year 2023"),
    ("what's your account number", "i opened it last year 2019 i think"),
])
def test_a_year_said_after_last_year_is_that_year(question: str, answer: str) -> None:
    assert call(question, answer)[1] == answer


def test_when_a_security_question_was_set_is_no_secret() -> None:
    out = call("Thanks. Security question set on 3 May 2021 — the name of your first school?",
               "Kilbarchan Primary.")
    assert "3 May 2021" in out[0] and "Kilbarchan" not in out[1]


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("thanks, and for security can you tell me where your parents met",
     "oh at a dance hall near ardnacross i think", "ardnacross"),
    ("just to verify it's you, what was your grandmother's village called",
     "um it was tiny, glenbervie, up past the quarry", "glenbervie"),
])
def test_a_question_about_the_caller_s_past_in_an_identity_check_asks_for_a_secret(
        question: str, answer: str, secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_once_the_check_is_passed_a_date_asked_for_stays() -> None:
    out = call("thanks, and for security can you tell me where your parents met",
               "oh at a dance hall near ardnacross i think",
               "lovely that matches. what date suits you for the payment?", "the 28th please")
    assert out[3] == "the 28th please"


@pytest.mark.parametrize(("opening", "question", "answer"), [
    ("calls are recorded for training and security purposes", "what breed is your pet",
     "a cockapoo"),
    ("this call may be recorded for security", "which school does your child go to",
     "oakfield primary"),
])
def test_a_mention_of_security_is_no_identity_check(opening: str, question: str,
                                                    answer: str) -> None:
    assert call(f"{opening}, {question}", answer)[1] == answer


def test_a_check_passed_in_the_same_turn_as_the_next_question_goes_on() -> None:
    out = call("great that's the first one passed, now for security where did your parents meet",
               "at a dance in ardnacross")
    assert "ardnacross" not in out[1]


@pytest.mark.parametrize("turn", ["its coming from the back of the unit",
                                  "it's leaking from under the sink", "it's due by the 28th"])
def test_how_a_thing_is_after_it_s_is_no_name(turn: str) -> None:
    assert call("what's the problem", turn)[1] == turn


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("thanks, and for security what town were you born in", "oh, penzance", "penzance"),
    ("for security, where were you born", "a village near dolgellau", "dolgellau"),
])
def test_where_someone_was_born_asked_in_an_identity_check_is_a_secret(
        question: str, answer: str, secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_a_birth_date_asked_in_an_identity_check_is_still_one() -> None:
    assert call("for security can i take your date of birth",
                "ninth of may eighty one")[1] == "[REDACTED_DATE_OF_BIRTH]"


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("thanks and your security question is what was your first car",
     "that was my grandads old lada niva you know the boxy one", "niva"),
    ("okay the security question on file says what was your first pet",
     "oh that was a rabbit my dad brought home pickwick i think", "pickwick"),
    ("right so your memorable question is which was your first school",
     "we were only there a year it was up by the quarry in auchterarder", "auchterarder"),
])
def test_a_question_read_out_after_its_cue_asks_for_the_secret(question: str, answer: str,
                                                               secret: str) -> None:
    assert secret not in call(question, answer)[1]


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("For security, what was the first concert you went to?",
     "Gosh. It was Deacon Blue at the Barrowland.", "Deacon"),
    ("To verify you, what's your favourite dessert?", "Probably Eton Mess, honestly.", "Eton"),
    ("For security, what was your high school mascot?", "We were the Harriers.", "Harriers"),
])
def test_a_first_or_a_favourite_asked_in_an_identity_check_is_a_secret(
        question: str, answer: str, secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_the_first_part_of_a_value_asked_in_an_identity_check_is_no_secret() -> None:
    assert call("for security what's the first payment date on the plan",
                "the third of june")[1] == "the third of june"


def test_a_question_after_a_statement_naming_the_check_asks_for_the_secret() -> None:
    out = call("Thanks, I have your policy up. I can see a security question on file. What "
               "was your first boss called?", "Oh, that was at the Mill Inn. Dougie Ferrier.")
    assert "Ferrier" not in out[1] and "Mill Inn" not in out[1]


@pytest.mark.parametrize("answer", [
    "Dunmore Primary? No, hold on, that was later. The first was Kilmory Academy.",
    "Oh no. Okay, it's either Kilmory Academy or Dunmore Primary, we moved a lot.",
])
def test_a_correction_or_an_exclamation_in_the_answer_does_not_put_it_off(answer: str) -> None:
    out = call("For security, what was the name of your first school?", answer)[1]
    assert "Kilmory" not in out and "Dunmore" not in out


def test_what_the_answer_says_the_secret_is_anywhere_in_it_goes() -> None:
    out = call("for security what's your favourite film",
               "hmm my kids would say it was frozen but mine is the goonies")[1]
    assert "frozen" not in out and "goonies" not in out


def test_a_request_said_as_a_statement_asks_for_the_secret() -> None:
    out = call("right before i can go any further i need the memorable word you set",
               "ooh okay it's uh gorsebank no no that's the old one hers is different mine is "
               "pennyroyal")[1]
    assert "pennyroyal" not in out and "gorsebank" not in out


def test_a_question_only_a_security_check_asks_needs_no_announcement() -> None:
    out = call("Thanks. And where did your parents meet?",
               "Ha, at a ceilidh in Inveraray, it was the Argyll Arms.")[1]
    assert "Argyll" not in out


def test_a_life_question_in_a_statement_starts_no_check() -> None:
    answer = "ha no way, we're staying by the harbour in july"
    assert call("oh my parents met in portree, what a small world", answer)[1] == answer


def test_a_thing_named_in_a_security_answer_is_the_secret() -> None:
    out = call("for security what was the name of your first pet",
               "so technically we had a goldfish named sprinkles but it only lived a week so i "
               "probably put the cat")
    assert "sprinkles" not in out[1]


def test_an_answer_put_off_with_an_exclamation_waits_for_the_characters() -> None:
    out = call("Great. Now I need the second and fifth letters of your memorable word.",
               "Oh Lord. Give me a second, it's on a sticky note somewhere.", "No rush.",
               "Right. Second is Q, fifth is Z.")
    assert out[1] == "Oh Lord. Give me a second, it's on a sticky note somewhere."
    assert "Q" not in out[3] and "Z" not in out[3]


@pytest.mark.parametrize("answer", ["new years day eighty six", "it's the day after christmas "
                                    "nineteen fifty five", "bonfire night two thousand and one"])
def test_a_birth_date_said_as_a_holiday_goes_whole(answer: str) -> None:
    out = call("and the date of birth on the account", answer)[1]
    assert not any(w in out for w in ("years", "christmas", "bonfire", "eighty", "fifty", "two"))


def test_a_holiday_said_of_a_delivery_stays() -> None:
    assert call("when would suit for the delivery", "any time before christmas is fine")[1] \
        == "any time before christmas is fine"


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("for security, what's your favourite film?", "well i know it's the godfather, yeah",
     "godfather"),
    ("for security, what's your favourite band?", "that would be coldplay back then",
     "coldplay"),
    ("for security, what was your childhood nickname?", "everyone called me sprout", "sprout"),
    ("For security, what was your first pet called?",
     "Oh, that was Nibbles. Give me a shout if you need anything else.", "Nibbles"),
])
def test_what_this_session_s_reviewer_found_leaking_goes(question: str, answer: str,
                                                         secret: str) -> None:
    assert secret not in call(question, answer)[1]


@pytest.mark.parametrize(("turns", "kept"), [
    (("for security can I take your postcode", "ls6 2jq",
      "what car are you calling about today?", "it's the Ford Focus, the blue one"), "Ford Focus"),
    (("for security what was your first car?", "an astra, it's on order 77812, it's 3pm here"),
     "3pm"),
    (("for security what was your first car?", "an astra. it was ages ago though"), "ages ago"),
    (("your password is what keeps the app secure",
      "okay. it was Tuesday I set it up, it's Outlook that keeps asking though"), "Outlook"),
    (("Calls are recorded, for security and training. What car are you looking to insure?",
      "It's a Ford Focus, 2018"), "Ford Focus"),
])
def test_what_this_session_s_reviewer_found_taken_in_security_talk_stays(
        turns: tuple[str, ...], kept: str) -> None:
    assert kept in call(*turns)[-1]


def test_a_secret_shaped_token_while_the_call_is_about_a_secret_goes() -> None:
    out = call("For security, what's your memorable word?", "Is it Kinloch? No, Skerray.",
               "Lovely, that's a match. I can see three failed attempts on the online password "
               "though.", "That'll be me.", "I can wipe it and set a new one with you now.",
               "Go on then... Portsoy1979. First holiday we had.")
    assert "Portsoy1979" not in out[5] and "First holiday" in out[5]


@pytest.mark.parametrize("choice", ["ok i'm going with sandpiper cove twenty twenty two",
                                    "right the new one is ember forty four all one word"])
def test_the_secret_a_caller_chooses_goes(choice: str) -> None:
    out = call("i've sent a temporary password to your email", "got it it's q seven r two z",
               "great and what would you like the new password to be", choice)[3]
    assert not any(w in out for w in ("sandpiper", "ember", "forty", "twenty"))


@pytest.mark.parametrize("turn", ["we have Fibre100, Fibre500 and Fibre900",
                                  "i'm going with sky 500 then", "can i switch to Unlimited50"])
def test_a_product_with_digits_after_a_secret_was_given_stays(turn: str) -> None:
    out = call("for security can you tell me the password on the account", "its Blackpool1976",
               "lovely that's all matched, how can i help today", "what are the options",
               turn)
    assert out[1] == "its [REDACTED_PASSWORD]" and out[4] == turn


def test_a_tool_chosen_while_the_call_is_about_a_secret_stays() -> None:
    out = call("i've sent a temporary password to your email", "got it it's q seven r two z",
               "you can add two step too if you like", "okay will do i'll use google "
               "authenticator")[3]
    assert "google authenticator" in out


@pytest.mark.parametrize("answer", ["hunter blakely", "faith nicely", "Hunter Blakely."])
def test_a_surname_that_ends_like_an_adverb_in_a_name_answer_goes(answer: str) -> None:
    out = call("and the name on the account?", answer)[1]
    assert "lakely" not in out and "icely" not in out


@pytest.mark.parametrize(("answer", "secret"), [
    ("Hmm. We had a budgie called Pip, but I'll say Custard, the rabbit.", "Custard"),
    ("try glenelg", "glenelg"),
    ("the juniors was st aidan's but the first school would've been bramble hill", "bramble"),
    ("Then it must be Florentyna after all!", "Florentyna"),
])
def test_a_guess_at_the_secret_in_its_own_words_goes(answer: str, secret: str) -> None:
    assert secret not in call("For security, what was the name of your first pet or school?",
                              answer)[1]


def test_a_secret_relayed_by_someone_beside_the_caller_goes() -> None:
    out = call("for security what's your memorable word",
               "oh it's on a note on the fridge, hang on, shona what's the word... she says "
               "buttercup")[1]
    assert "buttercup" not in out


def test_a_temporary_password_dictated_over_turns_goes_and_what_follows_stays() -> None:
    out = call("I'm issuing you a one-off password now. Ready? Lowercase m, marmoset...",
               "marmoset, got it", "Then 5 8, then a star.", "okay, and then?",
               "then at 4 pm the line closes, so log in before")
    assert "marmoset" not in out[0] and "5 8" not in out[2] and "star" not in out[2], out
    assert "at 4 pm the line closes" in out[4]


@pytest.mark.parametrize("line", [
    "your temp passcode, ready it's heron with a small h then nine one then an at sign",
    "right, a new temporary password, ready? heron, then nine one, then an at sign.",
])
def test_the_characters_dictated_after_an_issued_secret_go(line: str) -> None:
    out = call(line)[0]
    assert "heron" not in out and "nine one" not in out and "at sign" not in out, out


@pytest.mark.parametrize("line", [
    "I'll reset your password now, are you ready? I'll read it out slowly.",
    "Your new PIN is ready to use at any cash machine.",
    "the temporary password is in your inbox, ready when you are",
])
def test_being_ready_for_a_secret_is_no_secret(line: str) -> None:
    assert call(line)[0] == line


def test_a_secret_chosen_for_the_new_one_after_a_temporary_one_goes() -> None:
    out = call("i've sent a temporary password to the email address on file",
               "got it, it's k 7 v 2 q 9, do i paste it in?",
               "yes paste it and it'll ask you to create a new one", "fine i'll use otter bay 1999")
    assert "otter bay" not in out[3], out


@pytest.mark.parametrize(("line", "secret", "kept"), [
    ("the app needs a new passcode so i'm going with falcon ridge eighty eight", "falcon ridge",
     "the app needs a new passcode"),
    ("i reset the password. now it wants a new one, so i'll use tui nest 2024", "tui nest",
     "now it wants a new one"),
    ("forgot my password again, anyway i'm going with the premium bundle for 30 pounds", None,
     "the premium bundle for 30 pounds"),
])
def test_a_secret_chosen_where_it_is_named_goes(line: str, secret: str | None,
                                                kept: str) -> None:
    session = REDACTOR.session()
    out = session.redact(line, "EXTERNAL").text
    assert (secret is None or secret not in out) and kept in out, out


@pytest.mark.parametrize("reply", ["take your time, there's no rush", "welcome back, no worries",
                                   "your excess is seven hundred dollars on that plan"])
def test_the_agent_s_words_after_the_caller_speaks_of_their_secret_stay(reply: str) -> None:
    out = call("and the phone banking passcode please",
               "oh the passcode, i set that up years ago, hang on", reply)
    assert out[2] == reply


@pytest.mark.parametrize(("reply", "secret"), [
    ("I'll issue a new one. It's 6 1 7 3.", "6 1 7 3"),
    ("no problem, i've reset it to bluebird, change it when you log in", "bluebird"),
    ("ok it's heron five two two all lower case", "heron"),
])
def test_a_secret_the_agent_gives_after_the_caller_speaks_of_theirs_goes(reply: str,
                                                                        secret: str) -> None:
    out = call("thanks, that's you verified", "great, but my online passcode isn't working",
               reply)
    assert secret not in out[2], out


def test_a_secret_question_waits_through_there_s_no_rush() -> None:
    out = call("what's the memorable place on the account",
               "ah the memorable place, i picked that years back, hmm",
               "take your time, there's no hurry", "try lisdoonvarna")
    assert "lisdoonvarna" not in out[3], out


@pytest.mark.parametrize("refusal", [
    "no i'm sorry that's not it, you've one more go before it locks",
    "hmm, not what I have. You have two more attempts left on that one today",
    "that's not it I'm afraid, last try before I have to send a reset",
])
def test_a_refused_secret_is_awaited_again(refusal: str) -> None:
    out = call("can I have your memorable word please", "is it galway", refusal,
               "oh then it has to be claddagh")
    assert "galway" not in out[1] and "claddagh" not in out[3], out


@pytest.mark.parametrize(("answer", "characters"), [
    ("second's h fourth is k no hang on that's the fifth fourth is p", "hkp"),
    ("fifth is capital Q, no sorry small q, and eighth is the number six", "Qq6"),
    ("Third is D, and the seventh, is it W? No, sorry, the seventh is V.", "DWV"),
    ("First and fourth. So that's G... and then one, two, three, four... Y.", "GY"),
    ("first is 9, fourth... 3. Ah no, sorry, fourth is 8", "938"),
    ("2nd is... x. Wait, no no, that's the old one. 2nd is z.", "xz"),
    ("um the first one's f and the last one is uh b", "fb"),
])
def test_characters_given_by_place_with_pauses_cases_and_corrections_go(
        answer: str, characters: str) -> None:
    out = call("for security can I have two characters of your passphrase, the first and fourth",
               answer)[1]
    left = set(re.findall(r"\b\w\b", out.replace("[REDACTED_PASSWORD]", "")))
    assert left.isdisjoint(characters) and "capital" not in out and "small" not in out, out


@pytest.mark.parametrize("answer", ["the first is a problem, the second is fine",
                                    "so that's it. I'm in."])
def test_places_and_that_s_with_no_character_stay(answer: str) -> None:
    out = call("for security can I have two characters of your passphrase", answer)[1]
    assert "problem" in out and "fine" in out if "problem" in answer else "that's it" in out


@pytest.mark.parametrize(("turns", "secrets", "kept"), [
    (("favourite food for the security question", "i think i put pasta no wait it was "
      "kelewele because pasta is too obvious"), ("kelewele", "pasta"), "too obvious"),
    (("For security, your first school please.", "I went to Holy Cross for nursery, but I "
      "probably put Millbrook since that's where I started properly."), ("Millbrook",),
     "where I started properly"),
    (("first pet's name?", "we had a gerbil called nutmeg and then a cat, i'd have put the cat"),
     ("nutmeg",), "gerbil"),
    (("and your memorable place please", "it's either dunmore or kilkee actually no dunmore's "
      "my cousin's so it's kilkee"), ("dunmore", "kilkee"), "my cousin's"),
    (("your memorable word please", "go on then, thistle"), ("thistle",), "go on then"),
    (("what street did you grow up on", "we lived on harbour road till i was six"),
     ("harbour road",), "till i was six"),
])
def test_a_secret_told_among_other_words_goes(turns: tuple[str, str], secrets: tuple[str, ...],
                                              kept: str) -> None:
    out = call(*turns)[1]
    assert not any(secret in out for secret in secrets) and kept in out, out


@pytest.mark.parametrize(("answer", "kept"), [
    ("and i've changed bank too, it's monzo now", "monzo"),
    ("Will it work on my laptop? It's a MacBook Air M2.", "MacBook Air"),
])
def test_what_something_is_now_is_no_answer_to_a_secret_asked_turns_ago(answer: str,
                                                                       kept: str) -> None:
    out = call("and the telephone password on the account", "hang on I'm just getting my laptop",
               "sure", answer)[3]
    assert kept in out, out


@pytest.mark.parametrize("correction", ["No, 38. Three eight.",
                                        "ah sorry my fault, 38, thirty eight",
                                        "no it's 38 not 83"])
def test_a_house_number_put_right_after_an_address_read_back_goes(correction: str) -> None:
    out = call("And the delivery address?", "Apartment 6, 83 Wellington Crescent.",
               "I have Apartment 6, 38 Wellington Crescent, is that right?", correction)
    assert "38" not in out[3] and "eight" not in out[3], out


def test_a_business_reference_read_back_after_an_address_stays() -> None:
    out = call("and your address?", "14 Mill Road, Ely",
               "thanks, 14 Mill Road. your claim reference is CLM 8830214, keep it handy",
               "CLM 8830214, got it. how long will it take?")
    assert "8830214" in out[3], out


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("lovely, and delivering to?", "number 9, by the post office", "9"),
    ("and that's being delivered to?", "12, the blue door", "12"),
    ("shipping to the usual one or?", "no, 41 this time", "41"),
])
def test_a_house_number_answering_where_goods_go_goes(question: str, answer: str,
                                                      gone: str) -> None:
    out = call(question, answer)[1]
    assert gone not in out, out


def test_the_agent_reading_back_part_of_a_secret_the_caller_spoke_of_removes_it() -> None:
    out = call("for security, your memorable word",
               "oh the memorable word, i set it to little flower convent",
               "flower convent, lovely, that's a match")
    assert "flower" not in out[1] and "flower" not in out[2], out


@pytest.mark.parametrize("turns", [
    ("Your new card and PIN should be ready. Pick them up at the Derby branch.",),
    ("The issue was with the PIN pad. Your order's ready. It's 12 pounds 40.",),
    ("your new pin will be ready tuesday afternoon",),
    ("and your memorable word", "primrose", "how many adults are travelling", "and 2"),
    ("and the passcode please", "kestrel44", "lovely, that's verified", "Then B, then D."),
    ("It's bluebird.", "When's a good time to call you back?", "After 5."),
    ("your memorable word please", "Go on then, fire away."),
    ("your memorable word please", "biscuit", "Lovely, that's matched. Give the app another go "
     "and tell me what it says.", "Error 503 again."),
    ("and the security answer please", "It has to be somewhere in my emails"),
    ("Let me reset your online banking password first.",
     "oh yes she said Nationwide would send a letter."),
    ("We've locked the password after three tries.", "I'll say Halifax never did this to me."),
])
def test_ordinary_words_near_a_secret_stay(turns: tuple[str, ...]) -> None:
    assert call(*turns)[-1] == turns[-1]


def test_the_agent_s_question_after_the_caller_speaks_of_their_secret_stays() -> None:
    out = call("thanks, you're through", "my voicemail pin isn't working",
               "is it the Barclays app? or the sky-q box?")
    assert out[2] == "is it the Barclays app? or the sky-q box?"



@pytest.mark.parametrize(("turns", "gone"), [
    (("Okay I'm issuing you a one-time passcode. Ready? Tango, 9, 9, bravo.",
      "Tango 9 9 bravo, okay."), ("9 9", "bravo")),
    (("your temp password, ready, it's wombat then two two then an exclamation mark okay",),
     ("wombat", "two two", "exclamation")),
    (("I'm issuing a temporary password. Ready? Capital P, pelican.", "Pelican, yep.",
      "Then 7 3, then an exclamation point, all lower case."), ("7 3", "exclamation")),
    (("thanks, you're verified", "My voicemail pin isn't working.",
      "i've set it as marigold for now"), ("marigold",)),
    (("thanks, you're verified", "My voicemail pin isn't working.", "the new one's Kestrel."),
     ("Kestrel",)),
    (("for security, what town did you grow up in", "oh i grew up in ballarat"), ("ballarat",)),
    (("your memorable word please", "I say marigold but it might be sunflower"),
     ("marigold", "sunflower")),
    (("what would you like the new password to be?", "I'm gonna use kingfisher88."),
     ("kingfisher88",)),
])
def test_secrets_given_in_more_shapes_go(turns: tuple[str, ...], gone: tuple[str, ...]) -> None:
    out = call(*turns)[-1]
    assert not any(secret in out for secret in gone), out


@pytest.mark.parametrize(("answer", "characters"), [
    ("Third is hash, seventh is the at sign.", ("hash", "at sign")),
    ("4th is a capital M mate and 8th is a 2.", ("M", "2")),
])
def test_characters_by_place_as_symbols_and_with_a_polite_word_go(
        answer: str, characters: tuple[str, ...]) -> None:
    out = call("for security, two characters of your password please", answer)[1]
    left = re.sub(r"\[REDACTED_PASSWORD\]", "", out)
    assert not any(re.search(rf"\b{re.escape(c)}\b", left) for c in characters), out
    assert "Third" in out or "4th" in out, out


def test_having_done_it_is_no_secret() -> None:
    out = call("Enter your PIN on the phone only, never tell anyone.",
               "Okay... I have put it. It says approved.")[1]
    assert out == "Okay... I have put it. It says approved."


@pytest.mark.parametrize("answer", [
    "Right, found the letter. We had a tortoise, Methuselah, but I think I put the dog, Brodie.",
    "ok found it we had a tortoise methuselah but i think i put the dog brodie",
])
def test_an_answer_given_turns_after_the_security_question_goes(answer: str) -> None:
    out = call("For security, what was the name of your first pet?",
               "Oh, hang on, it's on a letter somewhere, one sec.", "No problem, take your time.",
               answer)[3]
    assert "ethuselah" not in out and "rodie" not in out, out


def test_the_answer_chosen_when_the_agent_asks_which_of_two_goes() -> None:
    out = call("and what did you set as your favourite film",
               "oh crikey i'd have said jaws back then or was it the deer hunter, one of them",
               "i can only take the one answer i'm afraid, which shall i go with?",
               "go on then jaws")
    assert "crikey" in out[1] and "jaws" not in out[3], out


def test_which_branch_after_a_security_answer_asks_no_secret() -> None:
    out = call("and what did you set as your favourite film", "jaws",
               "lovely. which branch shall we go with for the appointment?", "Harrogate please")
    assert "Harrogate" in out[3], out


def test_what_was_kept_as_the_answer_goes_whole() -> None:
    out = call("what was your first school",
               "two schools, first was st mark's no no that's my sister's answer, mine i kept as "
               "little rock academy")[1]
    assert "little rock academy" not in out and "rock" not in out, out


@pytest.mark.parametrize(("question", "answer", "gone", "kept"), [
    ("for security, where did your parents meet", "they met at the roxy ballroom, in 1962",
     "roxy", "they met at"),
    ("what street did you grow up on", "we lived on the crescent till i was six", "crescent",
     "till i was six"),
])
def test_where_they_met_or_grew_up_goes(question: str, answer: str,
                                                           gone: str, kept: str) -> None:
    out = call(question, answer)[1]
    assert gone not in out and kept in out, out


@pytest.mark.parametrize("answer", ["we lived happily ever after", "they met through friends"])
def test_no_place_said_stays(answer: str) -> None:
    assert call("for security, where did your parents meet", answer)[1] == answer


def test_a_small_word_name_after_my_name_s_mid_greeting_goes() -> None:
    out = call("afternoon, you're through to riverside vets my name's will how can i help",
               "oh hiya will, it's about our collie")
    assert "will" not in out[0] and "will" not in out[1], out


@pytest.mark.parametrize("second_ask", ["Sorry, that's not what I have on the screen.",
                                        "hmm, it's the dog i'm after actually"])
def test_a_secret_asked_again_in_longer_words_is_awaited(second_ask: str) -> None:
    out = call("and your first pet's name?", "it was goldie, the goldfish",
               second_ask, "rascal then, the terrier")
    assert "rascal" not in out[3], out


def test_an_exclamation_before_whoever_set_the_secret_stays() -> None:
    out = call("And the memorable word on the account, please.",
               "Och, my husband set all that up. Hang on.")[1]
    assert out.startswith("Och, my husband set all that up."), out


@pytest.mark.parametrize("turns", [
    ("For security, what's your memorable word?", "Bramble.", "Thanks, that's matched.",
     "Lovely, I'd like a new handset.", "We've the Pixel 9 or the Xperia, which one suits?",
     "The Xperia please."),
    ("the new one's coming thursday to the depot in hull",),
    ("I've sent you a link to set a new password.", "ok got it", "anything else?",
     "I'll do 3 payments of 40 pounds then."),
    ("For security, what's the name of your first pet?", "Hang on a sec.", "no problem",
     "Sorry, the kids have Peppa on the telly, it's loud."),
    ("i need to ask you a security question, is that ok", "Go on then, test me."),
    ("your memorable word please", "My parcel might be late, it was due Tuesday."),
    ("your memorable word please", "i rang santander a while back about it"),
    ("I've generated a temporary password for you. Ready? Texting it now.",),
])
def test_ordinary_words_in_a_call_with_a_secret_stay(turns: tuple[str, ...]) -> None:
    out = call(*turns)[-1]
    assert "[REDACTED_PASSWORD]" not in out, out


@pytest.mark.parametrize(("turns", "gone"), [
    (("and your first pet's name?", "it was goldie", "nope, two more tries before it locks",
      "oh then pickles, my sister's cat"), "pickles"),
    (("two characters of your password please, the third and fifth", "Third is a plus, "
      "fifth is 7."), "plus"),
    (("I'm setting a temporary password. Ready to write it down? Capital F, falcon, 7 3, hash.",),
     "falcon"),
])
def test_secrets_after_more_refusals_symbols_and_readiness_go(turns: tuple[str, ...],
                                                              gone: str) -> None:
    out = call(*turns)[-1]
    assert gone not in out, out


@pytest.mark.parametrize(("turns", "gone"), [
    (("forgot my password", "i've reset it, you can choose a new one now",
      "the new one's gonna be kingfisher twenty two"), "kingfisher"),
    (("your memorable word please", "Hang on, my son's here. He says Biscuit was our first."),
     "Biscuit"),
    (("for security what town did you grow up in", "i was raised near dubbo mostly"), "dubbo"),
    (("your first pet's name", "it might have been pickle"), "pickle"),
    (("your first pet's name", "could've been pickle"), "pickle"),
])
def test_secrets_said_with_more_verbs_go(turns: tuple[str, ...], gone: str) -> None:
    out = call(*turns)[-1]
    assert gone not in out, out


@pytest.mark.parametrize(("answer", "letters"), [("its bramble so thats r and b", "rb"),
                                                 ("it's Holloway, so that's o and l.", "ol")])
def test_letters_of_the_word_listed_after_that_s_go(answer: str, letters: str) -> None:
    out = call("and the second and fifth letters of your memorable word", answer)[1]
    left = set(re.findall(r"\b\w\b", out.replace("[REDACTED_PASSWORD]", "")))
    assert left.isdisjoint(letters), out


def test_a_flat_its_building_and_a_numbered_road_go_whole() -> None:
    out = call("Pickup address, shall I confirm? Flat 9, Orchid Residency, Road No. 3, "
               "Al Barsha.")[0]
    assert "Orchid" not in out and "Road No. 3" not in out, out


@pytest.mark.parametrize("reply", ["Oh, one sec, I need to find it.", "gimme a second",
                                   "oh one moment please", "one tick"])
def test_putting_the_answer_off_is_no_secret(reply: str) -> None:
    assert call("for security, your first pet's name?", reply)[1] == reply


@pytest.mark.parametrize(("reply", "secret"), [
    ("okay, I'll go with tangerine dream", "tangerine"),
    ("hmm i'll use harbour lights", "harbour"),
    ("i'm going with the blue one", None),
])
def test_a_new_secret_of_words_chosen_when_asked_for_goes(reply: str, secret: str | None) -> None:
    out = call("what would you like the new password to be?", reply)[1]
    assert (secret is None and out == reply) or (secret is not None and secret not in out), out


@pytest.mark.parametrize("line", ["The new password is Bravo Echo 42.",
                                  "your temporary password is india november 55"])
def test_a_secret_spelled_in_nato_words_that_spell_a_small_word_goes(line: str) -> None:
    out = call(line)[0]
    assert "[REDACTED_PASSWORD]" in out and not any(ch.isdigit() for ch in out), out


@pytest.mark.parametrize(("answer", "guess"), [
    ("Hmm. Is it Withnail and I? No, wait, I changed it, it's Brassed Off.", "Withnail"),
    ("Right. Acacia Avenue? No, hang on, that was my gran's, we were on the other one.",
     "Acacia"),
    ("Like, bangers and mash? No, wait, it's shepherd's pie.", "bangers"),
])
def test_a_guess_asked_as_a_question_then_taken_back_goes(answer: str, guess: str) -> None:
    out = call("security question: your favourite film, or the street you grew up on?",
               answer)[1]
    assert guess not in out, out


@pytest.mark.parametrize("answer", ["Sorry? No, I didn't catch that.",
                                    "You mean my first pet? No, I never had one."])
def test_a_question_back_then_no_is_no_guess(answer: str) -> None:
    assert call("your memorable word or first pet please", answer)[1] == answer


@pytest.mark.parametrize(("answer", "gone", "kept"), [
    ("Grew up in Toowoomba, then we moved.", "Toowoomba", "Grew up in"),
    ("lived on mill lane till i was ten", "mill lane", "till i was ten"),
])
def test_where_one_grew_up_said_without_its_subject_goes(answer: str, gone: str,
                                                         kept: str) -> None:
    out = call("what street or town did you grow up in", answer)[1]
    assert gone not in out and kept in out, out


@pytest.mark.parametrize(("answer", "secret"), [
    ("i think it's still sunflower", "sunflower"),
    ("it was definitely rex, a little terrier", "rex"),
    ("It'd probably be Honeysuckle", "Honeysuckle"),
])
def test_how_sure_the_side_is_stands_between_its_and_the_secret(answer: str,
                                                                secret: str) -> None:
    out = call("what's the current password or memorable word on the account", answer)[1]
    assert secret not in out, out


@pytest.mark.parametrize("answer", ["it's probably still the same one",
                                    "it's just not working that's the problem",
                                    "it's always been a pain to remember"])
def test_a_hedge_before_no_secret_is_kept(answer: str) -> None:
    assert call("what's the password on the account", answer)[1] == answer


@pytest.mark.parametrize(("line", "secret"), [
    ("my mpin is four four nine two", "four four nine two"),
    ("the tpin on the card is 7721", "7721"),
    ("upi pin is 4 1 1 9", "4 1 1 9"),
])
def test_pins_of_other_names_go(line: str, secret: str) -> None:
    assert secret not in call(line)[0]


@pytest.mark.parametrize(("answer", "secret"), [
    ("my husband reckons bluebell", "bluebell"),
    ("My daughter's saying Elmhurst. Yes, that's right.", "Elmhurst"),
    ("she probably said tamarind", "tamarind"),
])
def test_a_secret_put_or_relayed_with_a_hedge_goes(answer: str, secret: str) -> None:
    out = call("for security, what street did you grow up on or your memorable word", answer)[1]
    assert secret not in out, out


def test_a_secret_put_with_a_hedge_inside_its_lead_goes() -> None:
    assert "glenbrook" not in call("name of your first school",
                                   "oh um i think i just put glenbrook")[1]


@pytest.mark.parametrize("answer", ["he reckons that's wrong",
                                    "my son's saying he never set one up"])
def test_a_relayed_reply_that_is_no_secret_is_kept(answer: str) -> None:
    assert call("what's your memorable word", answer)[1] == answer


def test_a_dictation_cut_short_goes_on_after_the_other_side_s_yep() -> None:
    session = REDACTOR.session()
    out = [session.redact(text, side) for text, side in (
        ("your new temporary password is", "INTERNAL"), ("Kilo, Lima, seven...", "INTERNAL"),
        ("Yep.", "EXTERNAL"), ("hotel, bravo, nine. It expires in 30 minutes.", "INTERNAL"))]
    last = out[-1].text
    assert "hotel" not in last and "bravo" not in last and "It expires in 30" in last, last


def test_a_dictation_cut_short_then_talk_is_kept() -> None:
    out = call("your temporary password is Kilo, Lima, seven,", "yep",
               "ok so you'll get an email at 3 p m.")
    assert out[2] == "ok so you'll get an email at 3 p m.", out


@pytest.mark.parametrize("answer", ["och it's the year we got married so one nine eight seven",
                                    "it'll be my son's birthday, 0412"])
def test_a_number_in_the_answer_to_a_pin_question_goes(answer: str) -> None:
    out = call("I'll need the four digit security pin", answer)[1]
    assert not any(ch.isdigit() for ch in out) and "nine eight" not in out, out


@pytest.mark.parametrize("answer", [
    "Oh that's a good one. Summer of 1979, it was Queen.",
    "It was the cinema in 1985 I think, the Odeon.",
])
def test_a_year_in_the_answer_to_a_word_question_is_kept(answer: str) -> None:
    out = call("for verification, what was the first concert or film you went to", answer)[1]
    assert ("1979" in out) or ("1985" in out), out


def test_letters_spelled_over_turns_with_pauses_all_go() -> None:
    out = call("the memorable word on the account, could you spell it out for me?",
               "Right. R, O...", "Mm hm.", "H... I...", "Yep, go on.",
               "S, T, L, E. It's a daft one, I know.")
    assert out[5].endswith("It's a daft one, I know.") and "S, T" not in out[5], out


def test_a_code_sent_to_the_phone_and_read_out_goes() -> None:
    out = call("I've just sent a six-digit code to that number, can you read it out when it "
               "comes through?", "Hang on... it's erm, 381 052.")
    assert "381" not in out[1] and "052" not in out[1], out


def test_a_code_taken_back_then_given_again_goes() -> None:
    out = call("im sending a code to your phone can you read it back",
               "okay it says four four eight one two zero no thats the old one", "no rush",
               "okay new one eight two six six one zero")
    assert "eight two six" not in out[3] and "no thats the old one" in out[1], out


def test_both_candidates_joined_by_or_go_and_a_pause_is_kept() -> None:
    out = call("the security question on the account is the name of your first pet",
               "oh gosh um it was either ginger or pepper hang on frank was the dog")[1]
    assert "ginger" not in out and "pepper" not in out and "hang on" in out, out


@pytest.mark.parametrize(("answer", "guess", "kept"), [
    ("Favourite film? It's not Braveheart anyway. Ah, I know.", "Braveheart", "anyway"),
    ("It's not Fluffy, I know that much.", "Fluffy", "I know that much"),
])
def test_a_guess_ruled_out_goes(answer: str, guess: str, kept: str) -> None:
    out = call("what's your favourite film or first pet?", answer)[1]
    assert guess not in out and kept in out, out


@pytest.mark.parametrize("answer", ["it's not working that's the thing",
                                    "it's not the same as my online one"])
def test_not_before_no_secret_is_kept(answer: str) -> None:
    assert call("what's your memorable word", answer)[1] == answer


def test_an_answer_put_off_to_ask_someone_leaves_the_secret_awaited() -> None:
    out = call("the name of your first pet please",
               "oh it was either ginger or pepper hang on frank was it the cat",
               "mm hm", "he says it was the cat so pepper, it's pepper")
    assert "pepper" not in out[3], out


def test_thinking_aloud_before_the_answer_does_not_hold_the_secret_open() -> None:
    out = call("And for security, could I have the second and fifth characters of your "
               "memorable word?", "Second is... R. And fifth is, hang on, I'm counting... E.",
               "Perfect, thank you. How can I help?",
               "My husband's been made redundant, his last day was Friday.")
    assert "Friday" in out[3], out


@pytest.mark.parametrize(("answer", "place"), [
    ("ah my father he's from iloilo no wait my father is from roxas city", "roxas"),
    ("Mum was from Kilkenny, Dad was born in Tralee.", "Tralee"),
])
def test_where_someone_is_from_in_a_birthplace_answer_goes(answer: str, place: str) -> None:
    out = call("what is the place of birth of your father or mother", answer)[1]
    assert place not in out, out


def test_a_new_password_said_with_will_use_after_the_agent_says_to_pick_one_goes() -> None:
    out = call("your temporary password is kestrel nine", "ok got it",
               "it's only good for twenty four hours and it'll make you pick a new one at "
               "least twelve characters", "okay i will use harbour lights twenty nineteen")
    assert "harbour" not in out[3], out


def test_an_unpunctuated_dictation_goes_on_and_is_read_back() -> None:
    out = call("i'm going to give you a temporary password have you got a pen",
               "yes one moment okay", "it's capital k seven", "okay", "m p exclamation mark",
               "mm hm", "then r w two", "so it's capital k seven m p exclamation mark r w two")
    assert out[4] == "[REDACTED_PASSWORD]" and "k seven" not in out[7], out


def test_talk_after_a_dictation_is_no_read_back() -> None:
    out = call("your temporary password is capital k seven", "okay",
               "so it's valid for 24 hours, after that you pick your own")
    assert out[2] == "so it's valid for 24 hours, after that you pick your own", out


@pytest.mark.parametrize(("answer", "read_back", "secret"), [
    ("my daughter says elmhurst avenue", "Elmhurst Avenue is what we have, thank you.",
     "Elmhurst"),
    ("hmm, mister whiskers?", "Mister Whiskers, that matches.", "Whiskers"),
])
def test_the_agent_s_read_back_of_a_security_answer_goes(answer: str, read_back: str,
                                                         secret: str) -> None:
    out = call("what's your favourite film, or the street you grew up on, or your first pet?",
               answer, read_back)
    assert secret not in out[2], out


@pytest.mark.parametrize("reply", ["Lovely, yes, that's it.", "The first one is correct.",
                                   "Okay, that's right, thanks.", "Thank you, that matches."])
def test_an_agent_s_agreement_is_no_read_back(reply: str) -> None:
    assert call("your memorable word please", "it's marigold", reply)[2] == reply


@pytest.mark.parametrize(("answer", "gone"), [
    ("oh that's easy a ninety eight ford ranger well i might've just put ranger", "ranger"),
    ("the card one or the phone one? the phone one i guess, that one is bluebird", "bluebird"),
])
def test_what_was_probably_put_or_that_one_is_goes(answer: str, gone: str) -> None:
    out = call("the make of your first car, or the t pin", answer)[1]
    assert gone not in out, out


def test_a_new_password_of_a_rare_word_chosen_goes() -> None:
    out = call("your temporary password is kestrel nine", "ok",
               "You're in? It'll ask you to make a new one now.",
               "Let me use flyingfish. All one word.")
    assert "flyingfish" not in out[3] and "All one word." in out[3], out


def test_a_teacher_s_name_as_the_answer_goes_with_its_title() -> None:
    out = call("your favourite teacher please",
               "oh man uh missus garza no hold on it might be mister garza")[1]
    assert "mister" not in out and "missus" not in out and "garza" not in out, out


@pytest.mark.parametrize("turns", [
    ("what's your memorable word", "it's bluebell", "Got it, yes, thank you."),
    ("what's your memorable word", "it's bluebell", "Memorable word is correct, thank you."),
    ("What's your password?", "Which one?", "Online banking, yes, the one you log in with."),
    ("what's your memorable word", "it's bluebell", "Thanks. How can I help?",
     "What's my balance?", "Three hundred pounds, yes, as of today."),
])
def test_an_agent_s_words_not_read_back_from_the_answer_are_kept(turns: tuple[str, ...]) -> None:
    assert call(*turns)[-1] == turns[-1]


@pytest.mark.parametrize("answer", [
    "I opened the account in 2015 and never used it",
    "I'll be home by 1800 if you need to call",
])
def test_a_number_that_is_no_answer_to_a_pin_question_is_kept(answer: str) -> None:
    assert call("what's your four digit pin", answer)[1] == answer


@pytest.mark.parametrize("answer", [
    "my son thinks Amazon took the money, not you",
    "my wife reckons Ryanair charged us twice",
    "sorry, before that, the email was from Amazon, is that you?",
    "it's not fraud, I made the payment myself",
    "it's literally a joke, I've been on hold an hour",
    "it's still a mystery why you need that",
    "hang on it's either upstairs or downstairs, the letter",
])
def test_a_clause_after_a_relay_a_hedge_or_either_is_no_secret(answer: str) -> None:
    assert call("what's your memorable word", answer)[1] == answer


def test_a_relayed_answer_and_its_correction_both_go() -> None:
    out = call("the name of your favourite teacher madam",
               "one second karthik what did you put for favourite teacher",
               "he is saying saraswathi miss no wait he says it's just saraswathi")[2]
    assert "saraswathi" not in out, out


@pytest.mark.parametrize(("answer", "secret"), [
    ("It's always been sunflower.", "sunflower"),
    ("should still be sunflower, unless my wife changed it.", "sunflower"),
    ("It's still, uh, sunflower.", "sunflower"),
    ("I'm not sure, my partner's just said bluebell, does that sound right", "bluebell"),
    ("hmm my other half reckons bluebell", "bluebell"),
    ("braveheart no wait i mean gladiator", "gladiator"),
])
def test_more_ways_of_saying_what_the_secret_is(answer: str, secret: str) -> None:
    out = call("what's your memorable word or favourite film", answer)[1]
    assert secret not in out, out


@pytest.mark.parametrize("answer", ["it's been a while since i used it",
                                    "my husband said he would call you",
                                    "my son's going to the bank for it later"])
def test_more_ways_of_talking_around_a_secret_are_kept(answer: str) -> None:
    assert call("what's your memorable word", answer)[1] == answer


def test_a_birthplace_asked_of_a_parent_is_a_security_answer() -> None:
    assert call("What town was your mother born in?", "Enugu.")[1] == "[REDACTED_PASSWORD]."


@pytest.mark.parametrize("turns", [
    ("your mother's maiden name please", "is it the one about my mum's maiden name",
     "maiden name yes that's the one"),
    ("your memorable word please", "sorry i'm driving can i call you back",
     "driving yes no problem"),
    ("the code we sent by text please", "the internet is going slow"),
    ("what's your telephone banking password", "it's still broken that's why i'm calling"),
    ("what's your memorable word", "my wife thinks everything's fine"),
    ("Can I take your PIN please?", "Before I do, my last bill was 1450. Is that right?"),
])
def test_more_talk_near_a_secret_is_kept(turns: tuple[str, ...]) -> None:
    assert call(*turns)[-1] == turns[-1]


def test_a_read_back_of_a_rare_answer_loses_no_agreement() -> None:
    out = call("what's your memorable word", "daffodil", "daffodil lovely that's correct")[2]
    assert out == "[REDACTED_PASSWORD] lovely that's correct", out


@pytest.mark.parametrize(("turns", "gone"), [
    (("What's your favourite film?", "The Quiet Man.", "Okay. The Quiet Man, yes, that's it."),
     "Quiet"),
    (("What's your first school?", "elmhurst primary",
      "right so you said elmhurst primary yes that's correct"), "elmhurst"),
])
def test_read_backs_after_an_opening_and_more_answers_go(turns: tuple[str, ...],
                                                         gone: str) -> None:
    out = call(*turns)[-1]
    assert gone not in out, out


@pytest.mark.parametrize(("turns", "gone"), [
    (("And the question on file, the street you grew up on?",
      "Oh, we moved around a lot in Winnipeg. Portage? No, it'd be Sherbrook Street."),
     "Portage"),
    (("name of your first pet", "We had a cat when I was small... Mango? Or was it Pickles?"),
     "Mango"),
    (("your favourite film", "Oh mate, my wife set that up. Um... Titanic? Hang on."),
     "Titanic"),
])
def test_a_guess_asked_as_a_question_of_its_own_goes(turns: tuple[str, ...], gone: str) -> None:
    out = call(*turns)[-1]
    assert gone not in out, out


@pytest.mark.parametrize("answer", ["Sorry? Which one? The old one?",
                                    "My first school? Hmm. Really? I don't remember.",
                                    "Now? Okay, give me a second.", "Online? I never use it.",
                                    "Mine? Oh, that.", "Me? I don't know, my son set it."])
def test_a_question_back_is_no_guess_asked(answer: str) -> None:
    assert call("your memorable word or first school please", answer)[1] == answer


@pytest.mark.parametrize(("line", "gone"), [
    ("perfect that matches right i've sent a temporary password to your email it's t r seven "
     "four nine k all in capitals", "four nine"),
    ("I'm issuing a temporary password, please write it down. Capital A, small s", "small s"),
])
def test_characters_dictated_in_the_turn_that_issues_a_secret_go(line: str, gone: str) -> None:
    out = call(line)[0]
    assert gone not in out, out


def test_a_reference_read_in_a_turn_that_names_a_pin_is_kept() -> None:
    line = "the new pin comes separately in the post your reference for today is c r nine nine"
    assert call(line)[0] == line


def test_a_dictation_cut_short_goes_on_after_the_agent_asks_to_hear_it_again() -> None:
    out = call("what's your password, letter by letter please", "Kilo, Lima, seven...",
               "Sorry, can you speak up?", "Delta, echo, 4.")
    assert "Delta" not in out[3] and "echo" not in out[3], out


@pytest.mark.parametrize("turns", [
    ("what's your memorable word", "Sorry. Signal? My signal's bad."),
    ("what's your memorable word", "Locked? Is my account locked?"),
    ("what's your memorable word", "Maiden name? It's the one you set."),
    ("I can't read out your passcode. The serial number, it's S N 4 4 9 2 1.",),
    ("what's your memorable word", "Is that for Online Banking? The memorable word is Biscuit.",
     "Okay. Online Banking, yes, that's right."),
    ("first pet please", "Could be the app, I'm not sure which one you mean."),
])
def test_talk_near_the_late_rules_is_kept(turns: tuple[str, ...]) -> None:
    assert call(*turns)[-1] == turns[-1]


@pytest.mark.parametrize(("answer", "kept"), [
    ("it's 14 high street, route a40 west", "a40 west"),
    ("collect from 9 mill street, door d4 3pm", "d4 3pm"),
    ("The price for 3 Elm Road, 350000.", "350000"),
])
def test_what_follows_a_street_that_is_no_postcode_is_kept(answer: str, kept: str) -> None:
    out = call("where's the delivery address?", answer)[1]
    assert kept in out and "[REDACTED_STREET_ADDRESS]" in out, out


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("and the name of your first pet", "gosh that was years ago we had loads of animals on the "
     "farm but the first one i think was a rabbit um nibbles or maybe that was my brother's",
     "nibbles"),
    ("what's your memorable word", "i set it up on the old laptop back when we moved house um "
     "toffee no wait hold on that's the wifi one", "toffee"),
    ("What was your favourite film as a child?", "Oh gosh, I watched loads with my gran on "
     "Sundays, probably paddington or the one with the dogs.", "paddington"),
])
def test_a_word_not_said_every_day_in_a_security_answer_goes(question: str, answer: str,
                                                            secret: str) -> None:
    """Where the answer may be any word, a word few people say in a day ("nibbles", "toffee")
    said where an answer stands is taken for it, not only a word no dictionary holds."""
    out = call(question, answer)[1]
    assert secret not in out.lower(), out


@pytest.mark.parametrize("answer", [
    "sorry my scooter is being noisy outside",
    "hang on my husband reckons he knows it",
    "I have homework due Monday so be quick.",
    "my scooter might have run over the paper I wrote it on",
    "Hmm, I watched it with my gran, hang on.",
])
def test_unusual_words_talked_of_around_a_security_answer_stay(answer: str) -> None:
    """A thing of someone's, something done, a place after "in": talk around the answer."""
    out = call("what was the name of your first school", answer)[1]
    assert "[REDACTED_PASSWORD]" not in out, out


@pytest.mark.parametrize(("question", "answer", "rest"), [
    ("what street did you grow up on",
     "oh we moved about but mostly it was um quarrybank avenue i think", "avenue"),
    ("what street did you grow up on",
     "it was off the main road, we were on thistledown crescent till i was ten", "crescent"),
    ("What was the name of your first school?", "Oh that would be the convent, Our Lady of "
     "Lourdes, the nuns were terrifying.", "Our Lady"),
])
def test_a_security_answer_goes_with_the_rest_of_its_name(question: str, answer: str,
                                                          rest: str) -> None:
    """A street's kind after its name, the capitalised words of a title: left beside the tag,
    they give the answer away."""
    out = call(question, answer)[1]
    assert rest not in out, out


@pytest.mark.parametrize(("question", "answer", "kept"), [
    ("What was your first school?", "It was Saint Bride's in Glasgow, then we moved.",
     "in Glasgow, then we moved."),
])
def test_a_place_after_a_security_answer_stays(question: str, answer: str,
                                                          kept: str) -> None:
    out = call(question, answer)[1]
    assert kept in out, out


@pytest.mark.parametrize(("question", "answer", "amount"), [
    ("for security can you confirm the amount of your last direct debit",
     "oh er it's usually fifty five but i think it went up to sixty one pounds", "sixty one"),
    ("To verify, how much was your most recent bill?", "Hmm, about £82.40 I'd say.", "82.40"),
    ("thanks and as a security check what was your last top up",
     "er fifteen quid on tuesday", "fifteen"),
])
def test_an_amount_asked_as_a_security_question_goes(question: str, answer: str,
                                                    amount: str) -> None:
    """What the account last did, and for how much, checks who is calling as a memorable word
    does: the amount said in answer is the answer, and so is a guess at it."""
    out = call(question, answer)[1]
    assert amount not in out, out


@pytest.mark.parametrize("turns", [
    ("For security, what was your last payment? ", "It came out of my account around seven "
     "thirty in the evening, forty quid I think.", "around seven thirty in the evening"),
    ("I can see your last payment was $45 on the 2nd. So what's happened?",
     "My Pixel 8 was stolen on the bus.", "Pixel 8"),
])
def test_a_time_or_a_payment_spoken_of_before_the_question_is_no_amount_asked(
        turns: tuple[str, str, str]) -> None:
    question, answer, kept = turns
    out = call(question, answer)[1]
    assert kept in out, out


@pytest.mark.parametrize(("turns", "secret"), [
    (("Right, pick something with at least ten characters, one of them a number.",
      "Okay let me use lanternfish then."), "lanternfish"),
    (("the new one needs 8 characters or more", "right then ill go with harbourlights"),
     "harbourlights"),
])
def test_the_rules_of_a_secret_to_choose_await_it(turns: tuple[str, str], secret: str) -> None:
    """An agent who says what a new secret must hold asks for one, though neither turn names
    a password: the caller's choice, said with "let me use", "ill go with", is it."""
    out = call(*turns)
    assert secret not in out[1], out
    assert "go with" in out[1] or "let me use" in out[1], out


@pytest.mark.parametrize("turns", [
    ("Your parcel has at least eight items, one of them fragile.", "Okay, I'll go with Tuesday."),
])
def test_a_count_of_things_is_no_rule_of_a_secret(turns: tuple[str, str]) -> None:
    assert call(*turns)[1] == turns[1]


@pytest.mark.parametrize("turns", [
    ("can you spell your surname", "W O J C I E C H O W...", "Mm hm.", "S K I."),
    ("and spell the last name for me", "d h a r m a r a...", "yep", "j a n"),
])
def test_a_name_spelled_on_after_a_backchannel_goes(turns: tuple[str, ...]) -> None:
    """A spelling broken off ("W O J C I E...") goes on after the other side's "mm hm"."""
    out = call(*turns)
    assert out[3].startswith("[REDACTED_PERSON"), out


def test_a_secret_of_four_letters_said_again_goes() -> None:
    """A word of four letters of a secret is remembered as a longer one is: said again later
    in the call, it gives the answer away as much as the answer did."""
    out = call("for security whats the name of your first pet", "a tabby cat we called her taco",
               "thanks thats all matched", "great", "anything else today",
               "actually yes the wifi at home is taco too is that bad")
    assert "taco" not in out[1] and "taco" not in out[5], out


@pytest.mark.parametrize(("answer", "gone", "kept"), [
    ("hang on let me ask my husband he reckons it was pepper not patch", "patch", "reckons"),
    ("it was pepper not that i remember much about him", "pepper", "not that i remember"),
])
def test_a_guess_ruled_out_with_not_goes_too(answer: str, gone: str, kept: str) -> None:
    """"pepper not patch": the guess ruled out may be the answer as well as the one kept; a
    clause after "not" is no guess."""
    out = call("what was the name of your first pet", answer)[1]
    assert gone not in out and kept in out, out


def test_characters_by_place_go_on_after_the_listeners_mm_hm() -> None:
    """"second is r fifth is b" / "mm hm" / "and seventh is e no sorry seventh is l": the
    answer goes on after the listener's backchannel, and the characters in it are the secret's."""
    out = call("from your memorable word can you give me the second fifth and seventh "
               "characters", "hang on second is r fifth is b", "mm hm",
               "and seventh is e no sorry seventh is l", "great thanks and whats your postcode",
               "its the first one on the list")
    assert out[3] == "and seventh is [REDACTED_PASSWORD] no sorry seventh is [REDACTED_PASSWORD]"
    assert out[5] == "its the first one on the list"


def test_a_pin_given_in_parts_and_read_back_whole_goes() -> None:
    """"4, 7." / "Mm-hm." / "0, 9." / "Let me read that back, 4709?": the read-back of a PIN
    is the PIN, as a card's read-back is the card."""
    out = call("And to get into the account I'll need the four-digit account PIN.",
               "Sure, it's 4, 7.", "Mm-hm.", "0, 9.", "Let me read that back, 4709?",
               "Yep.", "Great, and your order number is 55812?")
    assert "4709" not in out[4] and "[REDACTED_PASSWORD]" in out[4], out
    assert "55812" in out[6], out


def test_a_secret_asked_of_someone_in_the_room_is_still_awaited() -> None:
    """"jen! what's the memorable word for the bank?" ends the turn: the answer comes next,
    relayed ("she says dumpling"), and an -ing noun is no verb's form."""
    out = call("whats your memorable word",
               "hang on let me ask my wife. jen, what's the memorable word for the bank?",
               "she says dumpling... no wait, she says it's crumpet")
    assert "dumpling" not in out[2] and "crumpet" not in out[2], out


def test_a_question_to_someone_answered_in_the_same_turn_leaves_nothing_awaited() -> None:
    out = call("what is your favourite film", "hmm... Sunita! What is that film? ... yes, "
               "yes, Mother India.", "Thank you. How can I help?",
               "My pension hasn't come. Today is the 6th already.")
    assert out[3] == "My pension hasn't come. Today is the 6th already.", out


def test_the_agents_read_back_of_a_dictated_secret_goes() -> None:
    """"at the rate" is how Indian English says "@"; the agent's "let me repeat ..." of what
    the caller dictated over three turns is the secret again (but not a case number the agent
    reads out)."""
    out = call("and for phone banking please tell me your telephone password",
               "okay it is capital m", "yes", "small o n s o o n", "okay",
               "then at the rate four four",
               "let me repeat capital m o n s o o n at the rate four four correct",
               "correct", "thank you, and your case number again is c r two two eight four")
    assert out[5] == "then [REDACTED_PASSWORD]", out
    assert out[6] == "let me repeat [REDACTED_PASSWORD] correct", out
    assert "c r two two eight four" in out[8], out


def test_an_agent_confirming_a_name_word_answer_removes_it() -> None:
    out = call("for your security question who was your childhood best friend",
               "uh jun i think or maybe i put his real name junior",
               "jun is correct sir and please never share your pin")
    assert not out[2].startswith("jun"), out


@pytest.mark.parametrize(("question", "answer", "gone", "kept"), [
    ("One more security question. Where did your parents meet?",
     "Oh. In Varna. At a summer dance, apparently.", "Varna", "summer dance"),
    ("For verification, which shop did you last use the card at?",
     "Hmm... Riverside Plaza? Oh wait, no, on Friday I went Westfield Stratford with my son.",
     "Westfield", "with my son"),
    ("and what town were you born in",
     "I grew up in Leeds but I was born in Harrogate, then we moved.", "", "grew up in Leeds"),
])
def test_a_place_asked_for_is_the_answer_but_a_storys_places_stay(
        question: str, answer: str, gone: str, kept: str) -> None:
    """Where a security question asks for a place, a place said as an answer of its own ("In
    Varna.") or after a correction goes; the places of a longer story stay."""
    out = call(question, answer)[1]
    assert (not gone or gone not in out) and kept in out, out


@pytest.mark.parametrize(("question", "answer", "gone"), [
    ("for security can you tell me how much your last repayment was",
     "the last one i sent two thousand three hundred on the fifth", "2300"),
    ("what was your first job", "i was stacking shelves at kwiksave but i think i just put "
     "shelfstacker", "shelfstacker"),
    ("and your first pet", "a little terrier we call him mouldy", "mouldy"),
])
def test_more_ways_of_answering_a_security_question(question: str, answer: str,
                                                   gone: str) -> None:
    out = call(question, answer)[1]
    assert gone not in out and "two thousand three hundred" not in out, out


def test_the_last_digits_of_the_card_paid_with_ask_for_no_amount() -> None:
    out = call("for security can you confirm the last four digits of the card you paid with",
               "six six two one it is an hdfc card")
    assert out[1].endswith("it is an hdfc card"), out


def test_a_security_question_after_a_match_and_an_amount_asked_again() -> None:
    """"that matches. One more question: ..." goes on with the check; "I'll need the exact
    amount" asks again, and the amount in the answer is the answer."""
    out = call("for security whats your memorable word", "it's bluebell",
               "Yes, that matches. One more question: what was the amount of your last top-up?",
               "I think 40 pounds... or was it 30?", "I'll need the exact amount, sorry.",
               "Let me check the app... 35 pounds 50, on the 2nd.")
    assert "40" not in out[3] and "30" not in out[3], out
    assert "35" not in out[5] and "on the 2nd" in out[5], out


@pytest.mark.parametrize(("turns", "kept"), [
    (("for security whats your memorable date", "Fifth of June, 1990.",
      "thanks that matches, how can i help",
      "My direct debit is due in June, but I'd like to move it to July."), "due in June"),
    (("for security what was your first car", "a ford fiesta", "great thats verified",
      "the ford is due its mot next week"), "the ford is due"),
    (("for security whats your mothers maiden name",
      "sorry, i had a missed call from you about arrears"), "about arrears"),
    (("we have had problems with a number of routers in your area",
      "my netgear one is flashing amber"), "flashing amber"),
    (("for security can you tell me how much your last payment was",
      "it was for order number 55123, i paid at 5.30 for 2 tickets"), "55123"),
    (("for security can you tell me how much your last payment was",
      "it was for order number 55123, i paid at 5.30 for 2 tickets"), "for 2 tickets"),
    (("how many people are in your party for the school trip?",
      "Thirty two kids and four teachers."), "Thirty two kids"),
    (("for security what was your first pets name",
      "Rex. Hang on, Sarah! Where did you put the car keys?", "no problem",
      "its under the warranty"), "under the warranty"),
    (("One more security question. Where did your parents meet?", "Pardon? Whereabouts?"),
     "Pardon"),
    (("i had a speeding fine from january the amount due is two hundred dollars can you pay it",
      "i was doing like fifty eight in a forty five"), "fifty eight"),
])
def test_talk_around_a_security_step_stays(turns: tuple[str, ...], kept: str) -> None:
    """Found by a review of the rules for security answers: an everyday word of a secret said
    later, a reason for calling, a count, an order number, a time, an agent's "a number of",
    a question to someone about something else, "Pardon?" are no secrets."""
    out = call(*turns)[-1]
    assert kept in out, out


def test_a_place_answer_with_its_saint_and_the_agents_i_have_read_back_go() -> None:
    out = call("now for security where were you married", "we married in kisumu at saint pauls",
               "i have saint pauls kisumu yes that is correct")
    assert "pauls" not in out[1] and "saint" not in out[1], out
    assert out[2].startswith("i have [REDACTED_PASSWORD]"), out


def test_an_amount_in_words_asked_closer_and_one_taken_by_other_rules_go_whole() -> None:
    """A guess at the last bill said in words keeps no currency beside its tag; "I need it a
    bit closer" asks again; "$642.18" goes whole, not "$[...].18"; "the last one" is no
    amount."""
    out = call("for security can you confirm your date of birth", "third of may eighty one",
               "thanks and one more, how much was the last bill you paid",
               "was it a hundred and twelve euro or around that",
               "i need it a bit closer than that",
               "hang on it's on the fridge one hundred and twelve euro forty",
               "and how much was your last repayment", "the last one i sent 642.18 dollars")
    assert "euro" not in out[3] and "twelve" not in out[3], out
    assert "euro" not in out[5] and "forty" not in out[5], out
    assert out[7].startswith("the last one i sent [REDACTED_PASSWORD]") and ".18" not in out[7]


def test_a_knowledge_check_asked_as_the_check_closes_goes_on_with_it() -> None:
    out = call("and your security question here is your grandmother's first name",
               "ah that'd be bridget", "it's not matching i'm afraid",
               "oh did i put bridie everyone called her bridie",
               "bridie that's it and one more can you tell me the amount of the last bill you paid",
               "it was sixty one pounds twenty")
    assert "sixty" not in out[5] and "twenty" not in out[5], out


def test_an_exclamation_before_a_name_awaited_is_no_name() -> None:
    out = call("and the security question on the account is your first pet's name",
               "oh god my sister will know, one sec", "the security question is your first car",
               "oh lord, i don't know")
    assert out[1].startswith("oh god my sister") and out[3].startswith("oh lord"), out


@pytest.mark.parametrize(("answer", "gone"), [
    ("i went to crescent heights but first school would've been king edward elementary",
     "elementary"),
    ("Is it Nollywood? No, I changed it last year, it's Living in Bondage, the original one.",
     "Bondage"),
    ("It was Our Lady of the Rosary, I think.", "Rosary"),
])
def test_an_answers_whole_name_with_its_kind_and_joining_words(answer: str, gone: str) -> None:
    out = call("for security what was the name of your first school or favourite film",
               answer)[1]
    assert gone not in out, out


@pytest.mark.parametrize(("turns", "kept"), [
    (("for security what was the name of your first school",
      "It was Ridge Church School in Accra, then we moved."), "in Accra"),
    (("For security, what was your password?", "I reset it, it was Paris2020.",
      "Should I change my Gmail one too?", "Yes, and turn on Google Authenticator."),
     "turn on Google Authenticator"),
])
def test_a_title_joins_no_place_nor_a_lower_case_word(turns: tuple[str, ...], kept: str) -> None:
    out = call(*turns)[-1]
    assert kept in out, out


def test_an_answer_hinted_at_is_asked_again_and_its_read_back_goes_whole() -> None:
    """"I've got something a bit longer" asks again; the agent's "salt and pepper, that's it"
    reads back a secret of everyday words found in the answer."""
    out = call("for security what was your first dog's full name", "it was pepper",
               "i've got something a little bit longer on here",
               "oh then i'll have put salt and pepper", "salt and pepper that's it thank you")
    assert "salt" not in out[3] and "pepper" not in out[3], out
    assert out[4].startswith("[REDACTED_PASSWORD] that's it"), out
    out = call("for security, where were you born?", "That'll be Stornoway.",
               "I've got something a wee bit more specific than that.",
               "Ah, then it's not the town. Try Lower Barvas.")
    assert "Barvas" not in out[3], out


def test_the_agents_confirmation_of_a_recent_amount_keeps_no_amount() -> None:
    out = call("for security can you tell me the amount of your last recharge",
               "i think it was five hundred, my brother did it on sunday",
               "i can see a recharge of five hundred on the twelfth yes that matches")
    assert "five hundred" not in out[2] and "on the twelfth" in out[2], out


def test_a_first_asked_of_someone_in_the_room_leaves_the_answer_awaited() -> None:
    out = call("Because we've no policy number I need two security answers. First, the name of "
               "your first car.", "Oh God. Hang on, my dad's here. Frank! What was my first car? "
               "The Corolla?", "Take your time, no rush.",
               "He says no, the Corolla was his, mine was the little red Starlet.")
    assert "Starlet" not in out[3], out


def test_a_knowledge_check_after_a_secret_and_the_agents_verified_read_back() -> None:
    out = call("thanks and your security question here is the street you grew up on",
               "it'd be eglinton road", "eglinton road yes that's the one", "phew",
               "and one more what was your last payment to us",
               "uh one hundred and twelve dollars forty i think",
               "yep a hundred and twelve forty on the twentieth of june all good you're verified")
    assert "twelve" not in out[5] and "twelve" not in out[6], out
    assert "on the twentieth of june" in out[6], out


@pytest.mark.parametrize("asked_again", [
    "sorry on the phone i do need you to read it out but take it slow",
    "I'm sorry, that's not the one we've got on here.",
])
def test_a_secret_asked_again_by_a_refusal_or_a_medium(asked_again: str) -> None:
    """"on the phone" is how, not a phone number asked for; "not the one we've got" refuses."""
    out = call("thank you and can you give me your account password",
               "oh mate can i just type it into the chat on the website instead", asked_again,
               "alright it's capital k small u small n small a then zero seven then an at sign")
    assert out[3] == "alright it's [REDACTED_PASSWORD]", out


@pytest.mark.parametrize(("turns", "kept"), [
    (("To verify it's you, what was the amount of your last payment?", "thirty pounds",
      "Perfect, thank you.", "I was overcharged",
      "So you paid forty pounds on the 3rd, is that right?"), "forty pounds"),
    (("for security what was your last payment amount", "fifty", "that's fine thank you",
      "my engineer visit", "i can't give a precise time, sorry",
      "ok so between two and four then"), "two and four"),
    (("For security, what's your mother's maiden name?", "Nwosu", "That matches, thank you.",
      "I want a new phone", "Sure, anything specific? Something more specific than Samsung?",
      "The Galaxy S24 in blue, 256 gig"), "Galaxy S24"),
    (("For security, can I have your date of birth?", "twelfth of June 1975",
      "Thank you. So what's the problem with your last bill?",
      "It was ninety pounds, normally it's sixty"), "ninety pounds"),
    (("For security, where did you have your first date?", "The Red Lion in Oxford."),
     "in Oxford"),
    (("for security whats your memorable word", "it's bluebell", "thanks that matches",
      "the meter's been acting up", "no problem, can you read me the electric meter now?",
      "it says four six two one eight"), "four six two one eight"),
])
def test_talk_after_a_knowledge_check_stays(turns: tuple[str, ...], kept: str) -> None:
    """Found by a review of this session's rules: an amount spoken of once the check is over,
    "something more specific" outside a check, a service question about the last bill, "in"
    after a place answer, a meter read on request."""
    out = call(*turns)[-1]
    assert kept in out, out


def test_an_amount_asked_for_without_a_question_mark() -> None:
    out = call("for security, the amount of your last bill please",
               "four hundred and twelve rand and fifty cents")
    assert "twelve" not in out[1] and "rand" not in out[1], out


def test_a_delivery_knowledge_check_its_confirmation_and_the_order_after() -> None:
    """"how many litres was the last delivery" checks the account; "Seven hundred is right.
    Now, how much are you after?" confirms and moves on: the order is no answer."""
    out = call("for security, your mother's maiden name.", "Phelan.",
               "Phelan, lovely. And just so I know it's you, roughly how many litres was the "
               "last delivery?",
               "Was it five hundred? Hang on, my husband says it was seven hundred.",
               "Seven hundred is right. Now, how much are you after this time?",
               "Nine hundred litres of kerosene, if the tank takes it.")
    assert "five hundred" not in out[3] and "seven hundred" not in out[3], out
    assert out[4].startswith("[REDACTED_PASSWORD] is right"), out
    assert out[5].startswith("Nine hundred litres of kerosene"), out


def test_an_agents_amount_read_back_before_its_praise() -> None:
    out = call("for security whats your pin", "four four one nine", "thats it and last thing "
               "how much was your last payment", "a hundred twelve and forty cents i think",
               "a hundred twelve forty perfect youre all verified so whats going on")
    assert out[4].endswith("[REDACTED_PASSWORD] perfect youre all verified so whats going on") \
        and "twelve" not in out[4], out


def test_a_second_security_question_after_a_long_first_answer() -> None:
    out = call("Thank you. I need to ask two security questions. First, your grandmother's "
               "first name.", "Sorry, the line... can I type it? On the keypad or something?",
               "I'm afraid the keypad only takes numbers. I can text you a secure link instead?",
               "No, no, I'll say it. Zubaida.", "Was that Z, U, B, A, I, D, A?", "Yes, Zubaida.",
               "Thank you. And second, the town where you were born.",
               "Multan. Same as where I'm sitting now, funny enough.")
    assert "Multan" not in out[7], out


def test_characters_after_a_false_start_and_take_your_time_and_their_read_back() -> None:
    out = call("Lovely. Last bit, I need the 3rd and the 6th characters of your memorable word.",
               "Right. I'll have to spell it to myself. S, T, R, A... no, that's the old one.",
               "That's alright, take your time. Just the two letters, you don't need to say the "
               "whole word.", "Sorry, sorry. Third one is L. And the sixth is... R.",
               "L and R, that's perfect, you're through. So what does the letter say?")
    assert out[3] == ("Sorry, sorry. Third one is [REDACTED_PASSWORD]. And the sixth is... "
                      "[REDACTED_PASSWORD]."), out
    assert out[4].startswith("[REDACTED_PASSWORD], that's perfect"), out
    out = call("can i have the second and fifth characters of your password",
               "second one's a k and the fifth one is m", "k and m lovely thank you")
    assert out[2] == "[REDACTED_PASSWORD] lovely thank you", out


@pytest.mark.parametrize(("turns", "kept"), [
    (("for security can you confirm your memorable word", "it's bluebell, oops sorry, bluebells",
      "no worries. your subscription is cancelled from today, confirmation number c x 5 5 0 7 2",
      "c x 5 5 0 7 2 okay. and the previous agent promised me a free box"), "c x 5 5 0 7 2"),
    (("for security can you confirm your place of birth", "Dundee, I think.",
      "That's fine, no rush. Anything else I can help with today?",
      "Yes, the K and M boxes are both late."), "K and M boxes"),
])
def test_a_wait_that_asks_or_names_something_else_holds_nothing(turns: tuple[str, ...],
                                                                kept: str) -> None:
    out = call(*turns)[-1]
    assert kept in out, out


def test_a_password_spelled_with_commas_and_its_read_back() -> None:
    out = call("Can you spell your password softly then?",
               "Okay. Capital S, small u, n, f, l, o, w, e, r, then the at sign, then 2016, then "
               "exclamation point.",
               "Reading back: capital S, u, n, f, l, o, w, e, r, at sign, 2016, exclamation point.")
    assert out[1] == "Okay. [REDACTED_PASSWORD].", out
    assert out[2] == "Reading back: [REDACTED_PASSWORD].", out


def test_characters_read_back_each_after_its_place_but_not_a_count() -> None:
    out = call("Could I have the third and the sixth characters of your memorable word, please?",
               "Right, hang on... third is R. And sixth is E.", "So third R, sixth E?")
    assert out[2] == "So third [REDACTED_PASSWORD], sixth [REDACTED_PASSWORD]?", out
    out = call("Can I have the first three digits of your PIN?", "Okay. 4, 0, 9.",
               "Mm hm. And the last three?")
    assert out[2] == "Mm hm. And the last three?", out


def test_a_relations_verb_is_no_name_where_a_name_is_asked() -> None:
    out = call("there's a second security question, your grandmother's first name",
               "hmm no wait, my wife set that one up")
    assert out[1] == "hmm no wait, my wife set that one up", out


def test_a_pin_given_digit_by_digit_through_backchannels_and_read_back() -> None:
    out = call("for security can you give me your four digit pin",
               "can i not just tap it in on the keypad",
               "sorry we don't have the keypad option on this line you can say it quietly",
               "go on then two", "mm hm", "nine", "yep", "five no sorry it's four not five",
               "got it", "then seven", "so two nine four seven yeah that's all matched thank you")
    assert out[3] == "go on then [REDACTED_PASSWORD]" and out[5] == "[REDACTED_PASSWORD]", out
    assert "five" not in out[7] and "four" not in out[7] and "seven" not in out[9], out
    assert out[10].startswith("so [REDACTED_PASSWORD] yeah"), out


@pytest.mark.parametrize(("question", "answer", "confirmation", "gone", "kept"), [
    ("can you tell me the last purchase you made on the card and roughly how much it was?",
     "Um, the chemist on Sunday, I think it was $38 and some change.",
     "That's right, $38.41. Okay, so this morning we declined $612.00 at ElectroMart.",
     "38.41", "$612.00"),
    ("can you tell me the last payment on the loan you guaranteed?",
     "It was four thousand five hundred, I think.",
     "That's right, four thousand five hundred. The payments due are £187.40 each.",
     "five hundred", "£187.40"),
])
def test_an_amount_confirmed_after_the_agents_that_s_right(
        question: str, answer: str, confirmation: str, gone: str, kept: str) -> None:
    out = call("for security, your memorable word", "biscuit", "that's a match. One more, "
               + question, answer, confirmation)
    assert gone not in out[4] and kept in out[4], out


@pytest.mark.parametrize(("turns", "kept"), [
    (("and the four digit account PIN", "yeah it's 4471",
      "Yes, correct. So you're on the Home 50 package, US$45 a month."), "Home 50 package"),
    (("for security can you tell me the amount of your last payment", "486.12",
      "that's right 486.12 posted on march third okay so i see the 2022 f-150 xlt"),
     "the 2022 f-150"),
])
def test_an_agents_confirmation_keeps_what_it_says_next(turns: tuple[str, ...],
                                                        kept: str) -> None:
    out = call(*turns)[-1]
    assert kept in out, out


def test_a_life_question_after_a_secret_goes_on_with_the_check() -> None:
    out = call("for security whats your memorable word", "is it elysium", "im afraid not",
               "hmm let me think it was my mums idea", "no rush at all",
               "okay try elysian knew it was one of the two",
               "elysian thats it and one more since we had a mismatch whats the street you grew "
               "up on", "tchoupitoulas")
    assert out[7] == "[REDACTED_PASSWORD]", out


def test_the_amount_of_a_last_auto_replenish_is_a_knowledge_check() -> None:
    out = call("for security your memorable word", "biscuit", "thats a match and before i add "
               "it can you tell me the amount of your last auto replenish",
               "its 40 dollars every time")
    assert "40" not in out[3], out


@pytest.mark.parametrize(("turns", "kept"), [
    (("can I get your pin for security", "5 2 8 0",
      "thanks. what time would suit for the engineer?", "ten"), "ten"),
    (("do you want me to reset your pin?", "yes please", "ok how many cards do you have", "two"),
     "two"),
    (("for security your pin", "2 2 3 3", "thanks. what number is the house?", "42",
      "42, that's right"), "42, that's right"),
    (("can I have the 2nd and 4th characters of your password",
      "is it the B and Q card you mean?", "B and Q, that's right."), "B and Q, that's right"),
    (("for security your postcode please", "SW1A 1AA", "lovely. what was your last order?",
      "a sofa and 2 cushions"), "a sofa and 2 cushions"),
    (("for security your memorable word", "biscuit",
      "that matches, you're verified. so how many bottles were in your last delivery?",
      "six, and two were broken"), "six, and two"),
    (("Let's get you verified first. Can you read me the full card number?",
      "4147 2030 1185 6620", "Thanks. And your memorable word?", "biscuit",
      "Biscuit, that's a match. One more thing, how much was your last purchase?",
      "about forty dollars", "Okay, and what was the problem with the card?",
      "it was declined at 5:52 this morning"), "5:52"),
])
def test_a_pin_or_a_check_over_leaves_the_calls_numbers(turns: tuple[str, ...],
                                                         kept: str) -> None:
    """Found by a review of the PIN and characters rules: numbers after a PIN was given or the
    talk moved on, characters the caller did not give by their places, a last order or
    delivery spoken of once the check is passed."""
    out = call(*turns)[-1]
    assert kept in out, out


def test_an_amount_confirmed_with_correct_first() -> None:
    out = call("for security, what was the amount of your last payment", "it was 38 something",
               "Correct, $38.41.")
    assert "38.41" not in out[2], out


def test_a_terse_place_of_birth_and_a_last_payment_without_your() -> None:
    out = call("for security, what's the name of the street you grew up on?", "Kennedy Road.",
               "Kennedy Road, that's right. And one more because you're calling from overseas, "
               "your place of birth?", "Wairoa. That's Hawke's Bay.")
    assert "Wairoa" not in out[3], out
    out = call("for security what are the third and fifth letters of your memorable word",
               "third is a and the fifth is e", "no bother so a and e and then one more how much "
               "was the last payment that went into the saver successfully",
               "it'll be seventy five pound it's the same every month")
    assert "seventy" not in out[3] and out[3].endswith("it's the same every month"), out


def test_a_name_heard_before_contracted_and_a_secret_offered_then_given() -> None:
    out = call("I can send Hine out, she's our tech in your area.", "Can she ring first?",
               "Sure. Hine'll call when she's 20 minutes out.")
    assert "Hine" not in out[2], out
    out = call("Yes, I see it. Now to verify you...",
               "Should I give you the password? It's capital K, small w, a, m, e, hash, 2, 0...",
               "Do you need my pin? It's on the back of my card somewhere.")
    assert out[1] == "Should I give you the password? It's [REDACTED_PASSWORD]...", out
    assert out[2].endswith("It's on the back of my card somewhere."), out


@pytest.mark.parametrize(("line", "gone"), [
    ("Hang on, my wife set it up. Rose? What's the broadband password?", "Rose"),
    ("Hold on. Temi? Where did I put the memorable word for the bank?", "Temi"),
])
def test_someone_in_the_room_called_by_name_before_a_question(line: str, gone: str) -> None:
    out = call("for security can you give me the password on the account", line)[1]
    assert gone not in out, out


@pytest.mark.parametrize("line", [
    "Sorry? What was that?", "Right, what's your postcode?", "Lovely, what time is it now?",
    "Apple? What's the price of the apple watch code?", "right ... deliveroo, what was the charge",

    "Perfect! What else?", "Honestly? What a mess.", "Hello? Is anyone there?",
    "And the letter will go to the flat in town, Porirua, is that still right?",
])
def test_a_word_before_a_question_is_no_name_called(line: str) -> None:
    assert call("how can i help", line)[1] == line


def test_a_secret_asked_after_one_read_back_and_an_answer_counted_in_words() -> None:
    out = call("thanks now just for security can you confirm the amount of your last payment",
               "he says it was a hundred and twelve fifty on the direct debit",
               "a hundred and twelve euro fifty that's right and your memorable word please",
               "it's lough hyne two words")
    assert "lough" not in out[3] and "hyne" not in out[3], out
    out = call("for security what's the memorable phrase on the account",
               "um okay so it's the glen ballroom, two words")
    assert "glen" not in out[1] and "ballroom" not in out[1], out
    assert call("how can i help", "i have two words for you: cancel it")[1] == \
        "i have two words for you: cancel it"


def test_a_name_after_a_pause_mid_sentence_still_goes() -> None:
    out = call("how can i help", "I spoke to... Faith yesterday, she said it was fixed.")[1]
    assert "Faith" not in out, out


@pytest.mark.parametrize(("turns", "kept"), [
    (("Can you reset the password? It's Gmail that's locked.",), "Gmail"),
    (("What's the wifi password on the router sticker?", "It's XK7 P2Q9.",
      "Okay, try typing that in.", "Done, still no.",
      "Okay, how much was the last payment? I want to check you're not suspended.",
      "It was 30 pounds."), "30 pounds"),
    (("For security, what's your memorable word?", "Blackbird.", "That matches.",
      "How much do you normally pay a week?", "About 30 pounds a week."), "About 30 pounds"),
    (("What's your mother's maiden name?", "Um, the surname, two words?"), "the surname"),
    (("For security, how much was your last bill?", "About 52.",
      "Correct, 3 more questions and we're done."), "3 more questions"),
])
def test_a_third_review_s_cases(turns: tuple[str, ...], kept: str) -> None:
    """Found by a review of the last rules: a question mentioning a password then "It's" and
    a brand, a last payment asked outside any check or once it is over, a format asked about,
    a count after "Correct,"."""
    out = call(*turns)[-1]
    assert kept in out, out


def test_a_pin_s_last_digit_after_is_there_one_more() -> None:
    out = call("Can I take your four digit pin please?", "4 7 2", "Is there one more?", "9")
    assert out[3] == "[REDACTED_PASSWORD]", out


def test_a_name_thanked_before_what_they_did() -> None:
    assert "amara" not in call("that's all done", "thanks a lot amara you made my day")[1]
    assert "priya" not in call("that's all done", "cheers priya you saved me there")[1]
    for line in ("thanks hope you had a good one", "thanks a lot sky you dropped my call",
                 "thanks a lot chase you blocked my card"):
        assert call("that's all done", line)[1] == line


@pytest.mark.parametrize("asked", ["And the letters after it?", "and the letter on the end",
                                   "ok and the rest?", "can I have the rest of it?"])
def test_the_rest_of_a_value_asked_for(asked: str) -> None:
    out = call("what's your PPS number please", "it's 7 1 4 2 0 9 3", asked, "K W")
    assert out[3] != "K W", out


def test_the_rest_of_a_business_s_number_or_a_statement_stays() -> None:
    assert call("what's the order number", "it's 4 4 1 9 2", "and the rest?", "8 8 3")[3] \
        == "8 8 3"
    assert call("what's your account number", "1234 5678", "and the other bit, the time?",
                "7 30")[3] == "7 30"
    out = call("what's your account number", "it's 4 4 1 9 2 8 3 3", "great I'll do the rest",
               "ok 10 minutes")
    assert out[3] == "ok 10 minutes", out


def test_how_a_value_starts_said_by_the_caller() -> None:
    out = call("can I take your policy number", "it starts with h x", "ok", "then 4 4 1 9")
    assert "h x" not in out[1], out
    out = call("which number do you need", "it begins with q z", "yes", "7 7 3")
    assert out[1] == "it begins with q z", out
    out = call("can I take your policy number", "which one?", "the policy number, it starts "
               "with W T", "ok W T 7 7 0 3")
    assert "W T" in out[2], out


def test_a_fresh_hand_s_general_call_mechanics() -> None:
    """From fresh_calls_108, in words of our own: a building society's roll number over a
    backchannel, a name after 'called' before what
    they said, a word-name who had his own, a postcode's end put right, and an account's
    suffix given after its read-back."""
    out = call("which account is it", "it's the easy saver and the roll number is three one "
               "seven two", "mm hm", "eight eight four zero")
    assert "three one" not in out[1] and out[3] == "[REDACTED_BANK_ACCOUNT]", out
    assert "will" not in call("how can i help", "a young lad called will told me it was "
                              "sorted")[1]
    assert "frank" not in call("how can i help", "it was last march when frank had his "
                               "knee done")[1]
    assert call("how can i help", "when chase declined his card at the shop")[1] == \
        "when chase declined his card at the shop"
    out = call("what's the new address", "Flat 2, 9 Kirk Wynd, Falkirk, FK1 1AB.",
               "So that's 9 Kirk Wynd, FK1 1AB?", "No, sorry, it's 1AD at the end, not 1AB.")
    assert "1AD" not in out[3] and "1AB" not in out[3], out
    out = call("what's the account number", "it's three eight nine zero one two zero four",
               "i'll read that back three eight nine zero one two zero four",
               "oh wait the suffix is zero two")
    assert "zero two" not in out[3], out
    assert call("what's the account number", "12345678", "thanks",
                "the account is 30 days overdue")[3] == "the account is 30 days overdue"
    assert call("what's the account number", "12345678", "thanks",
                "and the account is 30 in credit")[3] == "and the account is 30 in credit"
    out = call("what's your postcode", "SW1A 1AA", "so that's SW1A 1AA?",
               "no sorry, 1AB, and I'm on the 5G plan, delivery 9am to 5pm")
    assert "1AB" not in out[3] and "5G plan" in out[3] and "9am to 5pm" in out[3], out


@pytest.mark.parametrize(("text", "town"), [
    ("Jo Reid, 14 Rose Street, Edinburgh EH2 2PR.", "Edinburgh"),
    ("Deliver to 1200 Harrison St, Oakland, CA 94612.", "Oakland")])
def test_a_town_between_a_street_and_its_postcode_stays(text: str, town: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert town in out and "Rose Street" not in out and "Harrison" not in out, out


def test_being_put_through_to_a_desk_passes_no_check() -> None:
    """"you're through to the savings desk" routes the call; "that's you through" passes it."""
    session = REDACTOR.session()
    session.redact("good morning you're through to the savings desk, how can i help", "INTERNAL")
    assert not session.state.passed
    session.redact("lovely, that's you through security", "INTERNAL")
    assert session.state.passed
    session = REDACTOR.session()
    session.redact("that's you through to the account, thank you", "INTERNAL")
    assert session.state.passed


@pytest.mark.parametrize("asked", ["lovely and lastly your memorable word",
                                   "great, and finally the name of your first school",
                                   "ok and next your mother's maiden name",
                                   "lovely and lastly, your memorable word",
                                   "cheers and finally the name of your first pet"])
def test_a_check_s_last_question_after_and_lastly_takes_a_delayed_answer(asked: str) -> None:
    out = call(asked, "ooh now then hang on it's bramble")
    assert "bramble" not in out[1], out
    assert call("okay and then i'll send that out", "ok")[1] == "ok"
    assert call("perfect and next your favourite shop is saved",
                "oh great it's the 36 bus to harrogate")[1] == \
        "oh great it's the 36 bus to harrogate"


@pytest.mark.parametrize(("question", "answer", "title"), [
    ("what's your favourite novel for security", "one hundred years of solitude",
     "years of solitude"),
    ("and the answer to your favourite song, please", "oh easy, it's walking on sunshine",
     "walking on sunshine"),
    ("we can do the security question instead, your favourite movie",
     "ah that'll be the lord of the rings", "lord of the rings"),
    ("can you confirm your favourite book?", "pride and prejudice i think",
     "pride and prejudice"),
    ("for security, your favourite TV show?", "hmm, probably red dwarf", "red dwarf"),
    ("what's your favourite band on file", "my favourite band? simply red", "simply red"),
])
def test_a_title_given_for_a_favourite_film_or_book_goes_whole(question: str, answer: str,
                                                               title: str) -> None:
    """Everyday words and "of", "and", "the" make a title up: all of it is the secret."""
    out = call(question, answer)
    assert title not in out[1] and not any(
        word in out[1].split() for word in title.split() if len(word) > 3), out


def test_a_title_read_back_goes_but_its_words_stay_later_in_the_call() -> None:
    out = call("what's your favourite film", "it's the big sleep",
               "the big sleep, lovely, that's matched", "thanks, i had a big day and need sleep")
    assert "big sleep" not in out[1] and "big sleep" not in out[2], out
    assert out[3] == "thanks, i had a big day and need sleep", out


@pytest.mark.parametrize("answer", ["hang on let me think", "i don't know to be honest",
                                    "sorry what was the question again"])
def test_no_title_in_an_answer_that_gives_none(answer: str) -> None:
    assert call("and your favourite film please", answer)[1] == answer


@pytest.mark.parametrize(("question", "answer", "phrase"), [
    ("can you give me your memorable phrase", "yeah it's the owl flies at midnight",
     "owl flies at midnight"),
    ("the security phrase on the account please", "um, blue kettle on the window",
     "blue kettle on the window"),
])
def test_a_memorable_phrase_of_everyday_words_goes_whole(question: str, answer: str,
                                                         phrase: str) -> None:
    out = call(question, answer, f"{phrase}, lovely, that's you through", "great thanks")
    assert not any(word in out[1] or word in out[2] for word in phrase.split() if len(word) > 3)
    assert out[2].endswith(", lovely, that's you through") and out[2].count("[") == 1, out
    assert out[3] == "great thanks"


@pytest.mark.parametrize("answer", [
    "Ooh. We lived above the shop till I was six, then moved to Tannery Lane. Was that it?",
    "um the first house was on queens avenue i think",
])
def test_a_street_named_in_the_answer_to_a_street_question_goes(answer: str) -> None:
    out = call("for security, the road you grew up on?", answer)[1]
    assert "Tannery" not in out and "queens" not in out, out


def test_the_town_beside_an_answered_street_stays() -> None:
    out = call("and the street you grew up on, for security", "It's Elm Row, in Perth.")[1]
    assert "Elm" not in out and "Perth" in out, out


@pytest.mark.parametrize(("told", "next_turn"), [
    ("I was born in Jhang, we moved to Faisalabad later.",
     "Thank you. Last one: the amount of your most recent top-up?"),
    ("they delivered to my neighbour in the end", "right, 2 more quick questions"),
])
def test_where_someone_moved_to_awaits_no_address_from_the_other_side(told: str,
                                                                      next_turn: str) -> None:
    session = REDACTOR.session()
    session.redact(told, "EXTERNAL")
    assert session.redact(next_turn, "INTERNAL").text == next_turn


def test_where_have_you_moved_to_still_awaits_the_address() -> None:
    assert "croft" not in call("and where have you moved to?", "the old manse croft road")[1]


def test_a_short_title_s_words_stay_later_in_the_call() -> None:
    """A review's case: "the bill" as a favourite show is read back, then the bill is paid."""
    out = call("for security what's your favourite tv show", "the office",
               "the office, correct, how can i help", "i rang the office yesterday about it",
               "sure, the office closes at five")
    assert "office" not in out[1] and "office" not in out[2], out
    assert out[3] == "i rang the office yesterday about it", out
    assert out[4] == "sure, the office closes at five", out


@pytest.mark.parametrize("putting_off", ["hold on it's written down somewhere",
                                         "say that again sorry the line is bad",
                                         "give me one minute"])
def test_talk_before_a_title_is_no_title_and_the_title_then_goes(putting_off: str) -> None:
    out = call("for security can you tell me your favourite film", putting_off,
               "no problem take your time", "it's the italian job", "the italian job, correct")
    assert out[1] == putting_off and "italian" not in out[3] and "italian" not in out[4], out


@pytest.mark.parametrize(("answer", "kept"), [
    ("The Hobbit. My parcel is late.", "My parcel is late."),
    ("pride and prejudice and my order number is 55321", "my order number is 55321"),
    ("jaws, i guess you need my address as well", "i guess you need my address as well"),
    ("grease, it was ages ago i set that", "it was ages ago i set that"),
])
def test_talk_after_a_title_stays(answer: str, kept: str) -> None:
    assert call("for security, your favourite book?", answer)[1].endswith(kept)


@pytest.mark.parametrize("talk", ["it was a long way back, fair point, let me think",
                                  "off the main road by the car park",
                                  "i'm on the school run at the minute"])
def test_a_street_question_takes_no_way_park_or_main_road(talk: str) -> None:
    assert call("for security, what street did you grow up on", talk)[1] == talk


def test_a_yes_no_question_in_a_check_asks_for_no_secret() -> None:
    out = call("for security, you're calling about your first order?",
               "yes the order with the blue sofa")
    assert out[1] == "yes the order with the blue sofa"


@pytest.mark.parametrize(("mention", "reply"), [
    ("I've reset your passphrase for you.", "Great, the app wouldn't let me in yesterday."),
    ("just so you know the memorable phrase is case sensitive", "its fine the caps lock was on"),
])
def test_a_phrase_spoken_of_but_not_asked_for_leaves_the_reply_alone(mention: str,
                                                                     reply: str) -> None:
    assert call(mention, reply)[1] == reply


def test_amounts_asked_after_a_check_are_the_call_s() -> None:
    out = call("for security can i take your date of birth", "third of may eighty one",
               "thanks. what's the amount you wanted to pay today?", "fifty pounds",
               "and how much is your bill this month?", "about a hundred and twelve")
    assert out[3] == "fifty pounds" and out[5] == "about a hundred and twelve", out


@pytest.mark.parametrize("chat", ["problem is the app keeps logging me out",
                                  "i only have one account with you though, the joint one"])
def test_chat_in_the_answer_turn_is_no_title(chat: str) -> None:
    assert call("for security, your favourite film?", chat)[1] == chat


@pytest.mark.parametrize("answer", ["my favourite is the wizard of oz", "i'll go with the "
                                    "wizard of oz", "its the wizard of oz mate"])
def test_a_title_after_how_people_give_it_goes(answer: str) -> None:
    out = call("for security, your favourite film?", answer, "the wizard of oz, lovely")
    assert "wizard" not in out[1] and "wizard" not in out[2], out


@pytest.mark.parametrize("remark", ["it's a good question", "ooh it's an old one",
                                    "it's the account ending six one", "it's a bad line, sorry"])
def test_a_remark_in_the_answer_to_a_favourite_is_no_title(remark: str) -> None:
    assert call("for security, your favourite book?", remark)[1] == remark


def test_where_the_caller_moved_to_their_next_turn_may_still_give() -> None:
    """Their own address, after the agent's "ok": the expectation stays the speaker's."""
    out = call("we've moved to leeds", "ok", "number seven, kirkstall road")
    assert "kirkstall" not in out[2], out


@pytest.mark.parametrize("reply", ["its urgent", "which one, film or book?"])
def test_a_reply_that_gives_no_title_keeps_its_words(reply: str) -> None:
    assert call("for security your favourite film", reply)[1] == reply


def test_a_two_word_title_s_words_later_in_the_read_back_turn_stay() -> None:
    out = call("for security your favourite film", "its home alone",
               "lovely. and are you home alone now or is the account holder with you?")
    assert out[2] == "lovely. and are you home alone now or is the account holder with you?"


@pytest.mark.parametrize(("told", "asked", "answer"), [
    ("the parcel was delivered to the wrong house", "how many parcels were there", "two"),
    ("we moved to leeds", "ok and how many people live there", "four of us"),
])
def test_a_told_destination_leaves_the_caller_s_later_numbers(told: str, asked: str,
                                                             answer: str) -> None:
    assert call(told, asked, answer)[2] == answer


@pytest.mark.parametrize(("text", "street"), [("it's forty one, acacia avenue", "acacia"),
                                               ("Please send it to 42, Elm Road.", "Elm"),
                                               ("Monthly gross is ₦450,000, first payroll "
                                                "run 25 April.", None)])
def test_a_house_number_and_a_comma_before_its_street(text: str, street: str | None) -> None:
    out = REDACTOR.redact_text(text).text
    assert (street not in out) if street else out == text, out


@pytest.mark.parametrize("question", [
    "the online account has a question on it: what was your first car?",
    "your loyalty account has a security question. who was your childhood hero?",
])
def test_a_security_question_after_a_sentence_naming_an_account_awaits_its_answer(
        question: str) -> None:
    """The account is named before the question, not asked for in it."""
    out = call(question, "oh that'd be grandpa joe")
    assert "joe" not in out[1], out


@pytest.mark.parametrize(("told", "value"), [
    ("is it the online password? it's toucan forty two.", "toucan"),
    ("do you need the passcode? it's 7 3 1 9", "7 3 1 9"),
    ("do you want the memorable word? it's gooseberry", "gooseberry"),
])
def test_a_secret_the_caller_offers_then_gives_goes(told: str, value: str) -> None:
    out = call("before anything else i need to run a quick security check", told)
    assert value not in out[1], out


@pytest.mark.parametrize("told", ["is it the password? it's really long, sorry",
                                  "do you need my pin? it's on the back of the card",
                                  "is that the memorable word? it's fine, i know it"])
def test_an_offered_secret_s_remark_stays(told: str) -> None:
    assert call("i need to run a quick security check", told)[1] == told


@pytest.mark.parametrize(("said", "changed"), [
    ("the alarm code on file is 6150", "ah, we changed that. it's 8802 now"),
    ("your gate code here says 2 4 6 8", "oh i updated it, it's 9 1 3 5"),
])
def test_a_value_changed_since_goes_like_the_one_on_file(said: str, changed: str) -> None:
    out = call(said, changed)
    assert not any(ch.isdigit() for ch in out[1]), out


def test_a_change_of_plan_keeps_its_numbers() -> None:
    assert call("you're booked for 3 nights", "i changed it, 4 nights now please")[1] \
        == "i changed it, 4 nights now please"


def test_a_favourite_written_down_goes_whole() -> None:
    out = call("for security, your favourite film?", "i think i typed Dancing in the Dark")
    assert "Dark" not in out[1] and "Dancing" not in out[1], out


def test_where_the_card_was_used_somewhere_answers_the_check() -> None:
    out = call("thanks, and for security can you name somewhere you've used the card "
               "in the last week?", "uh waitrose in didsbury i think")
    assert "waitrose" not in out[1], out


@pytest.mark.parametrize("rejection", ["that's not quite what we've got i'm afraid",
                                       "no, that's not the one on the account",
                                       "mm that isn't matching with us"])
def test_an_answer_turned_down_awaits_the_next_try(rejection: str) -> None:
    out = call("for security, what was the name of your first school?", "um, st cuthbert's",
               rejection, "well it must be the other one then. oakfield primary")
    assert "oakfield" not in out[3], out


def test_a_turned_down_answer_s_caller_may_put_off_the_check() -> None:
    out = call("for security, your first pet?", "rex", "that's not quite what we've got",
               "oh no, can I ring back tomorrow then")
    assert out[3] == "oh no, can I ring back tomorrow then"


@pytest.mark.parametrize("told", ["is it the error code? it's E13",
                                  "is it the password? it's Roblox",
                                  "is it the password? it's dodgy",
                                  "is it the promo code? it's WELCOME10"])
def test_a_thing_named_after_a_question_about_a_code_stays(told: str) -> None:
    assert call("thanks for calling, how can i help today?", told)[1] == told


@pytest.mark.parametrize("said", ["I changed it in 2019 actually.",
                                  "I switched it to the 30 day plan.",
                                  "I changed that, I'm with 48 Degrees now"])
def test_a_change_told_without_the_new_value_keeps_its_numbers(said: str) -> None:
    assert call("I have your mobile as 07700 900123", said)[1] == said


def test_a_place_abroad_is_no_answer_to_where_the_card_was_used() -> None:
    out = call("for security, can i take your date of birth", "4th of may 1970",
               "thanks. have you been anywhere abroad recently?", "Just Manila for a wedding")
    assert out[3] == "Just Manila for a wedding"


def test_the_next_place_asked_alone_awaits_another_character() -> None:
    out = call("for security, what's the third digit of your pin?", "four", "and the sixth?",
               "two", "lovely, and the last one?", "nine")
    assert out[1::2] == ["[REDACTED_PASSWORD]"] * 3, out


def test_a_date_asked_by_its_place_is_no_character() -> None:
    out = call("what's the third digit of your pin?", "four",
               "thanks, and the fifth of june is when you moved in?", "yes that's right")
    assert out[3] == "yes that's right"


@pytest.mark.parametrize("answer", ["oh that's easy, Mbeki.", "good question... hartley",
                                    "i know this one, it's pemberton"])
def test_a_remark_on_the_question_before_the_answer(answer: str) -> None:
    out = call("and lastly your mother's maiden name please.", answer)
    assert not any(w in out[1].lower() for w in ("mbeki", "hartley", "pemberton")), out


def test_a_card_turned_down_awaits_no_secret() -> None:
    out = call("for security, which card do you pay with?", "the visa",
               "no, that's not the one on the account", "is it the mastercard then?")
    assert out[3] == "is it the mastercard then?"


def test_after_guesses_and_the_agent_s_wait_a_relayed_answer_goes() -> None:
    out = call("for verification, what was the name of your first school?",
               "um st pius no wait that was later", "take your time",
               "kwame what was my first school he says ridge primary yes ridge primary")
    assert "ridge" not in out[3], out


def test_what_someone_beside_the_caller_says_ends_at_a_yes() -> None:
    out = call("for security, your first school?", "she says hilltop yes that's the one")
    assert "hilltop" not in out[1] and "that's the one" in out[1], out


@pytest.mark.parametrize("rejection", ["that one does not match madam",
                                       "i'm afraid that's incorrect",
                                       "sorry, that's not correct"])
def test_more_ways_to_turn_an_answer_down(rejection: str) -> None:
    out = call("and the name of your first pet?", "um biscuit i think", rejection,
               "oh then the first one was smudge")
    assert "smudge" not in out[3], out


@pytest.mark.parametrize("remark", ["that's easy", "good question", "oh that's easy money",
                                    "that's easy to remember cause it's my daughter"])
def test_a_remark_alone_or_in_a_sentence_is_no_answer(remark: str) -> None:
    assert call("for security, what's your memorable word?", remark)[1] == remark


def test_the_next_place_after_the_check_is_the_call_s() -> None:
    out = call("what's the second digit of your pin?", "four",
               "thanks that's all matched, how can i help", "two direct debits went out",
               "okay the second?", "forty two pounds")
    assert out[5] == "forty two pounds"


def test_a_count_asked_beside_a_secret_leaves_the_secret_awaited() -> None:
    out = call("sorry about how many checks there are, but for security what's your "
               "memorable word?", "marmalade")
    assert "marmalade" not in out[1]


@pytest.mark.parametrize(("rejection", "answer"), [
    ("no that's not it. anyway let's move on, what's the reason for your call",
     "cancel my netflix"),
    ("you're verified. the postcode you gave doesn't match our delivery records though",
     "oh it's the new house in leeds"),
])
def test_a_turn_that_moves_on_from_a_turned_down_answer_awaits_none(rejection: str,
                                                                    answer: str) -> None:
    assert call("for security your first pet?", "rex", rejection, answer)[3] == answer


def conversation(*turns: str) -> list[str]:
    """Turns marked "A:" are the agent's, the rest the caller's (two of one side may follow)."""
    session = REDACTOR.session()
    return [session.redact(text.removeprefix("A:"), "INTERNAL" if text.startswith("A:")
                           else "EXTERNAL").text for text in turns]


@pytest.mark.parametrize(("turns", "secret"), [
    (("A:for security, what was your first pet called?",
      "oh goodness, that was years back. let me think.", "A:no problem", "Pickles, a grey rabbit."),
     "Pickles"),
    (("A:What's your memorable word?", "I wrote it down two years ago, let me think where.",
      "A:sure thing", "marzipan"), "marzipan"),
    (("A:For security, the name of your primary school?", "Gosh, I was five. Let me think.",
      "It was Saint Brendan's, in the village."), "Brendan"),
])
def test_a_secret_thought_about_first_is_still_awaited(turns: tuple[str, ...],
                                                       secret: str) -> None:
    out = conversation(*turns)
    assert secret not in out[-1], out


def test_another_question_ends_a_secret_thought_about() -> None:
    out = conversation("A:What was your mother's maiden name?", "Hang on, let me think.",
                       "A:Actually, can I take your date of birth instead?",
                       "Sure, the 4th of May 1971. Sorry, the dog's barking.")
    assert "[REDACTED_DATE_OF_BIRTH]" in out[3] and "PASSWORD" not in out[3], out[3]


@pytest.mark.parametrize("aside", ["hang on a sec", "let me check the kitchen, the kids are loud"])
def test_a_pause_that_thinks_of_nothing_awaits_nothing_more(aside: str) -> None:
    out = conversation("A:for security, what was your first pet called?", aside,
                       "sorry, the telly's on, Bluey again")
    assert "Bluey" in out[2], out[2]


@pytest.mark.parametrize(("rejection", "retry", "secret"), [
    ("Not that one, sorry.", "okay um try 5518", "5518"),
    ("Close, but the numbers aren't quite right.", "oh, fern fifty six then", "fern"),
    ("that's wrong I'm afraid", "then it has to be wolverhampton", "wolverhampton"),
])
def test_an_answer_turned_down_in_other_words_awaits_the_next_try(rejection: str, retry: str,
                                                                  secret: str) -> None:
    out = call("and the four digit passcode on the account?", "is it 2580", rejection, retry)
    assert secret not in out[3], out[3]


@pytest.mark.parametrize(("question", "answer"), [
    ("right. there's a passcode on your profile, can you tell me what it is",
     "my daughter made that one. she says capital g, then granite, then the at sign, then seven"),
    ("lovely. and the password please",
     "I'll read it out: capital t, then otter, then a hash sign, then four."),
])
def test_a_word_among_the_characters_of_a_dictated_secret_goes(question: str,
                                                               answer: str) -> None:
    out = call(question, answer)
    for part in ("granite", "otter", "seven", "four", "hash", "at sign"):
        assert part not in out[1], out[1]


def test_a_list_of_plans_after_a_dictated_secret_is_no_dictation() -> None:
    said = "got it. so the van, then lunch, then 15 minutes later the engineer."
    out = call("what's the password on the account?", "capital b, then robin, then a hash",
               said)
    assert out[2] == said


@pytest.mark.parametrize(("question", "answer", "secret"), [
    ("before I reset it, what's the anti-phishing phrase on your profile?", "Purple otter.",
     "otter"),
    ("and the anti phishing code please, the word at the top of our emails", "it's lantern",
     "lantern"),
    ("Give me the code word, please.", "it's bramble", "bramble"),
    ("what safe word did you set up with us", "tangerine", "tangerine"),
])
def test_other_names_for_a_secret_ask_for_one(question: str, answer: str, secret: str) -> None:
    assert secret not in call(question, answer)[1]


def test_a_code_the_agent_enters_asks_for_nothing() -> None:
    assert call("I'll enter the code word in the notes. Just a moment.", "ok")[1] == "ok"


@pytest.mark.parametrize("turns", [
    ("A:what's your memorable word", "i wrote it in my notebook", "A:don't worry about it",
     "fantastic"),
    ("A:for security, your first school?", "oh gosh, let me think",
     "A:okay not to worry, i've verified you with the card", "that's a relief"),
    ("A:what's your date of birth", "i got the refund in june", "on the 14th"),
    ("A:what's your memorable word", "we paid for two years", "and then cancelled"),
])
def test_what_follows_a_question_waived_or_talked_past_stays(turns: tuple[str, ...]) -> None:
    assert conversation(*turns)[-1] == turns[-1]


@pytest.mark.parametrize(("turns", "kept"), [
    (("A:what's your memorable word?", "lighthouse", "A:lovely, thank you. which router is it?",
      "the grey box", "A:not that one, the other router", "the white one"), "the white one"),
    (("A:and your passcode?", "4471", "A:perfect. what's the issue today?",
      "the engineer never came", "A:that's not right, sorry. when was it booked?",
      "last tuesday"), "last tuesday"),
])
def test_later_words_of_other_things_turned_down_await_no_secret(turns: tuple[str, ...],
                                                                 kept: str) -> None:
    assert conversation(*turns)[-1] == kept


@pytest.mark.parametrize(("turns", "kept"), [
    (("A:your memorable word please?", "lighthouse",
      "A:thanks. so the payment that isn't right, which one is it?", "the Tesco one"),
     "the Tesco one"),
    (("A:your memorable word please?", "lighthouse",
      "A:lovely. and is it the wrong one that was delivered?", "yes the blue jumper"),
     "yes the blue jumper"),
])
def test_a_question_after_the_answer_that_names_something_wrong_awaits_no_secret(
        turns: tuple[str, ...], kept: str) -> None:
    assert conversation(*turns)[-1] == kept


@pytest.mark.parametrize("waiting", ["no problem at all", "not at all, take your time"])
def test_waiting_in_more_words_keeps_a_secret_thought_about_open(waiting: str) -> None:
    out = conversation("A:what's your memorable word?", "oh gosh, let me think", "A:" + waiting,
                       "marmalade")
    assert "marmalade" not in out[3], out


def test_a_secret_given_whole_after_its_first_word_is_read_back_whole() -> None:
    out = call("for security, what's your memorable word?", "I think it's marlin",
               "the one we have has something after the word", "oh yes, marlin nine",
               "marlin nine, that's right. and your postcode?")
    assert "nine" not in out[4] and "marlin" not in out[4], out[4]


def test_where_a_secret_is_written_down_is_no_secret() -> None:
    out = conversation("A:Can I take your memorable word please?",
                       "Hmm, it's written down somewhere, let me look.", "A:sure",
                       "got it, it's lighthouse")
    assert out[1] == "Hmm, it's written down somewhere, let me look."
    assert "lighthouse" not in out[3]


@pytest.mark.parametrize("where", ["hmm i don't know, it's kept in the safe at home",
                                   "it's left on the fridge door",
                                   "honestly it's held by my son, he set it up"])
def test_where_a_secret_is_kept_in_irregular_verbs_is_no_secret(where: str) -> None:
    out = conversation("A:what's the passcode on the account?", where, "A:no problem",
                       "right, found it, it's kestrel")
    assert out[1] == where
    assert "kestrel" not in out[3]


def test_an_irregular_verb_said_alone_as_a_secret_is_still_taken() -> None:
    out = conversation("A:what's your memorable word?", "It's Kept.")
    assert "Kept" not in out[1], out


def test_a_short_secret_in_quotes_is_taken_again_and_read_back() -> None:
    out = conversation("A:For security, what's your favourite film?",
                       'Um, hang on. Is it "Elf"? She\'s nodding. Yeah, "Elf".',
                       'A:Just "Elf", yep, that\'s right. And your postcode?')
    assert "Elf" not in out[1] and "Elf" not in out[2], out


def test_a_quoted_word_read_back_is_the_answer_only_where_the_caller_said_it() -> None:
    out = conversation("A:For security, what's your favourite film?", "it's Heat",
                       'A:"Cold", no, that\'s not it.')
    assert out[2] == 'A:"Cold", no, that\'s not it.'[2:]


@pytest.mark.parametrize("read_back", ["I have it spelled another way here. B-A-L-L-I-N-R-O-B-B?",
                                       "Hmm, I've got it ending in a B here. B-A-L-L-I-N-R-O-B-B?"])
def test_a_secret_spelled_back_differently_is_remembered_as_the_secret(read_back: str) -> None:
    out = conversation("A:What was the name of your first school?", "Ballinrobe.",
                       "A:" + read_back, "Oh, a typo then. Yes, Ballinrobb, that's what I put.")
    assert "B-A-L" not in out[2], out
    assert "Ballinrobb" not in out[3], out


def test_a_name_spelled_after_the_check_passed_is_a_name() -> None:
    out = conversation("A:What is your memorable word?", "pinecone",
                       "A:That's fine, you're through security. And your surname?",
                       "k o w a l s k i")
    assert "[REDACTED_PERSON]" in out[3], out


def test_an_answer_that_names_nobody_in_particular_is_no_secret_and_asks_no_name() -> None:
    out = conversation("A:What was the name of your first pet?", "i know it was somebody's name",
                       "A:you said at the time it was a family name, if that helps")
    assert out[1] == "i know it was somebody's name"
    assert out[2] == "you said at the time it was a family name, if that helps"


@pytest.mark.parametrize("answer", ["oh yes mum's, that'll be okonjo",
                                    "right, nan's that will be okonjo"])
def test_whose_the_answer_is_then_that_will_be_gives_the_answer(answer: str) -> None:
    out = conversation("A:your mother's maiden name please", answer)
    assert "okonjo" not in out[1], out


def test_a_year_after_every_value_asked_for_was_given_is_a_year() -> None:
    out = conversation("A:Can I get your Social Security number and the zip code on file?",
                       "287-65-4412, and the zip is 43604, I moved to Columbus in 2019 though")
    assert "287-65" not in out[1] and "43604" not in out[1]
    assert "in 2019 though" in out[1], out


def test_a_year_before_the_value_asked_for_is_given_may_still_be_it() -> None:
    out = conversation("A:And the last four of your social?", "it finishes in 1984")
    assert "1984" not in out[1], out


@pytest.mark.parametrize("line", ["I've opened a billing dispute case, the number's DC-55213.",
                                  "I've logged a complaint, and the reference is CM 88213."])
def test_the_number_of_a_record_the_business_just_opened_stays(line: str) -> None:
    out = conversation("A:" + line, "thanks")
    assert out[0] == line, out


@pytest.mark.parametrize("line", ["for the refund, the number is 07700 900461",
                                  "my account, the number is 44120991"])
def test_a_number_after_a_business_word_the_caller_owns_goes(line: str) -> None:
    assert conversation(line)[0] != line


def test_a_reference_the_agent_gave_read_back_by_the_caller_stays() -> None:
    out = conversation("A:Your new offer reference is ACC-77318, and the link goes to your email.",
                       "ACC-77318. Thank you.")
    assert out[1] == "ACC-77318. Thank you.", out


def test_a_knowledge_check_after_a_double_check_awaits_its_amount() -> None:
    out = conversation("A:for prepay there's a four digit phone pin can you give me that",
                       "yep 9 3 0 6",
                       "A:9 3 0 6 that matches and just to double check what was your last top up",
                       "45 dollars on the app about 7:15",
                       "A:yep the 45 dollars landed at 7:18 but it hasn't reached the meter")
    assert "45" not in out[3] and "7:15" in out[3], out
    assert "45" not in out[4] and "7:18" in out[4], out


def test_an_amount_the_caller_did_not_say_stays_in_the_agent_s_read_back() -> None:
    out = conversation("A:for security, how much was your last payment to us?", "sixty two fifty",
                       "A:yes, 62.50 on the 3rd, and your balance is 180 pounds")
    assert "62.50" not in out[2] and "180 pounds" in out[2], out


@pytest.mark.parametrize("choice", ["ok change it to Kestrel then", "yes, switch it to kestrel"])
def test_a_new_secret_chosen_by_changing_it_goes(choice: str) -> None:
    out = conversation("A:We can set a new memorable word now if you like.", choice)
    assert "estrel" not in out[1], out


def test_changing_something_else_to_a_day_stays() -> None:
    assert conversation("A:What would you like to do about the visit?",
                        "change it to Tuesday")[1] == "change it to Tuesday"


def test_a_pin_part_before_an_interruption_goes() -> None:
    out = conversation("A:can you give me your four digit pin", "yep 9", "A:mm hm",
                       "0 sorry my son is grabbing the phone", "A:no problem", "ok 6")
    assert out[3].startswith("[REDACTED_PASSWORD] sorry"), out


def test_a_count_before_an_interruption_during_a_pin_stays() -> None:
    out = conversation("A:can you give me your four digit pin", "9", "A:yep",
                       "2 minutes, sorry, someone's at the door")
    assert out[3] == "2 minutes, sorry, someone's at the door"


@pytest.mark.parametrize("line", ["My bank opened a case, the number's 4921 7788",
                                  "A:I've raised a claim, the number's 0412 345 678 yeah?"])
def test_a_number_after_a_record_opened_by_the_caller_or_phone_shaped_goes(line: str) -> None:
    out = conversation(line)
    assert "7788" not in out[0] and "678" not in out[0], out


@pytest.mark.parametrize("answer", ["to be honest it's tangerine", "basically it's tangerine",
                                    "truthfully it's tangerine"])
def test_how_the_caller_puts_the_answer_is_no_secret(answer: str) -> None:
    out = conversation("A:what's your memorable word?", answer)
    assert out[1] == answer.replace("tangerine", "[REDACTED_PASSWORD]"), out


def test_when_an_amount_was_paid_is_no_part_of_it() -> None:
    out = conversation("A:for security, how much was your last top up?", "ten pounds at 6:45")
    assert out[1] == "[REDACTED_PASSWORD] at 6:45", out


def test_a_secret_spelled_in_a_list_of_code_words_goes() -> None:
    out = conversation("A:And then your memorable word, the full word please.",
                       "It's quince. Do you want it spelt? Quebec, uniform, india, november, "
                       "charlie, echo.")
    assert "uniform" not in out[1] and "november" not in out[1], out


def test_three_people_whose_names_are_code_words_are_no_spelling() -> None:
    from transcript_pipeline.redaction.normalize import normalize
    assert normalize("Hi Charlie, Mike, Oscar here").canonical == "hi charlie, mike, oscar here"


@pytest.mark.parametrize("intro", ["hi, good afternoon. this is maria grace dumalagan",
                                   "good evening. this is maria grace dumalagan",
                                   "hi this is maria grace dumalagan thanks"])
def test_an_introduction_after_a_greeting_goes(intro: str) -> None:
    assert "maria" not in conversation(intro)[0]


@pytest.mark.parametrize("line", ["good morning, it's raining here", "Thank you. It's GH₵650 each"])
def test_what_is_said_after_a_greeting_is_no_introduction(line: str) -> None:
    assert conversation(line)[0] == line


def test_a_street_answer_read_back_before_that_s_perfect_goes() -> None:
    out = conversation("A:And just for security, what street did you grow up on?",
                       "Harbour Terrace, down in Souris.",
                       "A:I've got Harbour Terrace, that's perfect. And your postcode?")
    assert "Harbour" not in out[2], out


def test_pin_parts_said_again_go() -> None:
    out = conversation("A:i'm gonna need your four digit account pin", "it's two", "A:go on",
                       "uh nine again and then six")
    assert "nine" not in out[3] and "six" not in out[3], out


def test_a_login_dictated_on_after_a_pause_goes() -> None:
    out = conversation("A:What would you like the new username to be?",
                       "Kilo, Oscar, Romeo, Uniform...", "A:Yep.",
                       "...then underscore, Papa, Alpha, India, Alpha.")
    assert "Papa" not in out[3], out


def test_an_introduction_after_greeting_the_agent_by_name_goes() -> None:
    out = conversation("A:good afternoon, fees office, this is joy",
                       "hi joy, good afternoon. this is maria grace dumalagan, it's about my son")
    assert "maria" not in out[1] and "dumalagan" not in out[1], out


@pytest.mark.parametrize("line", ["that's right, the lads were hunter and dean, nice lads",
                                  "the engineers were tom and dean"])
def test_who_some_people_were_goes(line: str) -> None:
    out = conversation(line)[0]
    assert "dean" not in out, out


@pytest.mark.parametrize("line", ["the lads were great", "the drivers were late"])
def test_how_some_people_were_stays(line: str) -> None:
    assert conversation(line)[0] == line


def test_an_identifier_asked_for_after_where_it_is_written_goes() -> None:
    out = conversation("A:Do you have your customer number handy?",
                       "Yeah it's on last year's bill, IH-30284.")
    assert "30284" not in out[1], out


@pytest.mark.parametrize("rest", ["...then underscore, mensah, 9, 1",
                                  "then underscore, papa, alpha, that's my initials"])
def test_the_rest_of_a_login_after_its_joiner_goes(rest: str) -> None:
    out = conversation("A:What would you like the new username to be?",
                       "Kilo, Oscar, Romeo, Uniform...", "A:Yep.", rest)
    assert "mensah" not in out[3] and "papa" not in out[3], out
    assert "that's my initials" in rest or out[3].endswith("[REDACTED_USERNAME]"), out


def test_a_secret_invited_again_after_the_caller_asked_back_goes() -> None:
    out = conversation("A:what's the password on the account?",
                       "Ah, it's a weird one. Can I just type it in on the keypad?",
                       "A:I can't take it on the keypad, but you can read it out.",
                       "Okay. Capital R, small o, small c, small k, small y")
    assert "small o" not in out[3], out


def test_a_secret_let_go_is_no_longer_awaited() -> None:
    out = conversation("A:what's your memorable word?", "do I have to say it?",
                       "A:no, that's fine, we'll skip it. How can I help today?",
                       "I want to order a new card")
    assert out[3] == "I want to order a new card"


def test_a_pin_s_first_part_said_after_putting_it_off_goes() -> None:
    out = conversation("A:okay i'm gonna need your four digit account pin",
                       "alright hold on i got it wrote down it's two")
    assert out[1].endswith("it's [REDACTED_PASSWORD]"), out


def test_a_count_after_where_a_pin_is_stays() -> None:
    line = "it's on the card, it's in my wallet, 2 minutes"
    assert conversation("A:what's the four digit pin?", line)[1] == line


@pytest.mark.parametrize("turns", [
    ("A:the new confirmation c i f seven seven two one nine b is going to your email",),
    ("A:have you got the booking reference", "yeah its c i f seven seven two one nine"),
    ("A:your order number is p o l i c y four four one two",),
])
def test_a_business_reference_spelled_from_an_owner_s_letters_stays(turns: tuple[str, ...]) -> None:
    out = conversation(*turns)
    assert out == [turn.removeprefix("A:") for turn in turns], out


@pytest.mark.parametrize("turns", [
    ("A:and the member number", "c i f seven seven two one nine"),
    ("my c i f number is 7721934",),
])
def test_a_member_s_number_spelled_from_an_owner_s_letters_goes(turns: tuple[str, ...]) -> None:
    out = conversation(*turns)[-1]
    assert "[REDACTED_MEMBER_ID]" in out and "seven" not in out and "7721934" not in out, out


@pytest.mark.parametrize("owning", ["That's my number.", "yes thats still my number",
                                    "Yep, that is my account."])
def test_owning_a_value_just_read_out_awaits_none(owning: str) -> None:
    out = conversation("A:I see a payment on the 2nd from 024 551 8830.", owning,
                       "A:So you have 150 credit left, the entry is 120.")
    assert out[2] == "So you have 150 credit left, the entry is 120.", out


def test_asking_whether_a_value_is_yours_still_awaits_it() -> None:
    out = conversation("A:and which phone did you pay from?", "is that my number? hang on",
                       "A:no rush", "oh two four four five five one eight eight three")
    assert out[3] == "[REDACTED_PHONE_NUMBER]", out


@pytest.mark.parametrize("part", ["one then six ay no sorry eight", "eish, four four",
                                  "och then three"])
def test_a_pin_s_part_after_an_interjection_of_another_english_goes(part: str) -> None:
    out = conversation("A:can i have the four digit pin", "the pin is two nine", "A:mm hm", part)
    assert not {"one", "six", "eight", "four", "three"} & set(out[3].replace(",", " ").split()), out


@pytest.mark.parametrize("times", ["the recital is june fourteen at four pm, call time is two "
                                   "thirty", "we're moving at 10 am, the van comes at 9 o'clock"])
def test_times_after_an_address_was_asked_for_stay(times: str) -> None:
    out = conversation("A:what's the new address?", times)
    assert out[1] == times, out


@pytest.mark.parametrize(("answer", "gone"), [
    ("Second is A... and fifth, let me count on my fingers, is R.", ("A", "R")),
    ("Second's T and fifth, hang on, is 4.", ("T", "4")),
])
def test_characters_by_place_after_a_question_back_about_saying_it_go(
        answer: str, gone: tuple[str, ...]) -> None:
    out = conversation("A:Can I have the second and fifth letters of your memorable word?",
                       "Oh gosh. I shouldn't say the whole word, should I?",
                       "A:Just the two letters is perfect.", answer)
    assert not set(gone) & set(out[3].replace(".", " ").replace(",", " ").split()), out


@pytest.mark.parametrize(("part", "character"), [("the fourth... is a number, 7", "7"),
                                                 ("and the seventh is small m, m for mike", "m"),
                                                 ("Fifth is I, I for India.", "India"),
                                                 ("Fourth is T. T for tango.", "tango")])
def test_a_character_by_place_after_a_pause_or_explained_goes(part: str, character: str) -> None:
    out = conversation("A:can you give me the first, fourth, fifth and seventh characters of "
                       "your password", "okay, the first is capital T", "A:mm hm", part)
    assert character not in out[3].replace(",", " ").replace(".", " ").split(), out


@pytest.mark.parametrize(("question", "answer", "amount"), [
    ("A:Thank you, that matches. Next, what was the amount of your most recent deposit?",
     "I think 5,000 pesos through GCash, or 2,500 after that", "5,000"),
    ("A:That matches. Next, can you tell me the amount of your last renewal?",
     "I think it was $9.99", "9.99"),
])
def test_a_knowledge_check_after_an_answer_matched_is_a_secret(question: str, answer: str,
                                                               amount: str) -> None:
    out = conversation("A:What's the username on the account?", "kmlumbatan_dvo.",
                       "A:And your full name as on your ID?", "Kristine Mae Lumbatan.",
                       "A:And the anti-phishing code you set up?", "MangoShake 2021",
                       "A:Could you spell the word part for me?",
                       "M as in Mike, a, n, g, o, capital S as in Sierra, h, a, k, e.",
                       question, answer)
    assert amount not in out[9], out


def test_a_clause_s_since_keeps_no_value_after_it() -> None:
    out = conversation("A:is it still the same car?",
                       "no we've changed it since it's s k twenty two b n f now a skoda octavia")
    assert "[REDACTED_VEHICLE_PLATE]" in out[1], out


@pytest.mark.parametrize("line", ["I've been a member since 2019, order 44812",
                                  "it's been broken since march 3rd"])
def test_since_before_a_time_still_keeps_it(line: str) -> None:
    assert conversation(line) == [line]


def test_again_in_a_statement_asks_for_no_secret_again() -> None:
    out = conversation("A:And the security question is the name of your first school.",
                       "Crossley Street Infants.", "A:that's the one. You're verified.",
                       "It's about me knee again, I've had it since I fell at work in 2019.",
                       "A:Booked. Your appointment reference is APT-55921.")
    assert out[4] == "Booked. Your appointment reference is APT-55921.", out


@pytest.mark.parametrize("request_again", ["sorry, say that again slowly", "again please?",
                                           "could you go again"])
def test_again_in_a_request_still_asks_for_the_secret(request_again: str) -> None:
    out = conversation("A:what's your memorable word?", "marzipan", f"A:{request_again}",
                       "marzipan")
    assert out[3] == "[REDACTED_PASSWORD]", out


def test_a_question_back_holds_a_secret_requested_without_a_question_mark() -> None:
    out = conversation("A:For security I need two characters from your memorable word, the "
                       "second and the fifth please.",
                       "Oh gosh. I shouldn't say the whole word, should I?",
                       "A:Just the two letters is perfect.",
                       "Second is A... and fifth, let me count on my fingers, is R.")
    assert out[3] == ("Second is [REDACTED_PASSWORD]... and fifth, let me count on my fingers, "
                      "is [REDACTED_PASSWORD]."), out


def test_values_asked_together_are_given_and_read_back_in_turn() -> None:
    out = conversation("A:And the expiry and three digits on the back?", "11/27, 604.",
                       "A:11/27 and 604. That's gone through.")
    assert out[1:] == ["[REDACTED_CARD_EXPIRY], [REDACTED_CARD_SECURITY_CODE].",
                       "[REDACTED_CARD_EXPIRY] and [REDACTED_CARD_SECURITY_CODE]. That's gone "
                       "through."], out


def test_an_amount_after_a_value_read_back_stays() -> None:
    out = conversation("A:the card number?", "4111 1111 1111 1111",
                       "A:4111 1111 1111 1111 and 20 pounds today?")
    assert out[2] == "[REDACTED_CREDIT_CARD] and 20 pounds today?", out


@pytest.mark.parametrize(("part", "digits"), [("then sorry the phone's cutting out one oh",
                                               ("one", "oh")),
                                              ("you're breaking up, 7 2", ("7", "2"))])
def test_a_pin_s_part_after_an_aside_about_the_line_goes(part: str,
                                                         digits: tuple[str, ...]) -> None:
    out = conversation("A:i need the six digit passcode off the register card",
                       "first three are four four nine", "A:mm hm", part)
    assert not set(digits) & set(out[3].replace(",", " ").split()), out


def test_a_count_after_an_aside_about_the_line_stays() -> None:
    out = conversation("A:i need the six digit passcode", "first three are four four nine",
                       "A:mm hm", "sorry the line is bad, there are 2 dogs here")
    assert out[3] == "sorry the line is bad, there are 2 dogs here", out


@pytest.mark.parametrize(("answer", "digits"), [("aiyo sorry 5 1", ("5", "1")),
                                                ("sorry, 3 5", ("3", "5")),
                                                ("1 and 6", ("1", "6")),
                                                ("yoh 1 then 6", ("1", "6"))])
def test_digits_asked_for_after_an_apology_or_listed_go(answer: str,
                                                        digits: tuple[str, ...]) -> None:
    out = conversation("A:first two digits of your pin please", answer)
    assert not set(digits) & set(out[1].replace(",", " ").split()), out


def test_an_apology_with_no_digits_after_it_stays() -> None:
    out = conversation("A:first two digits of your pin please", "sorry, I don't have it")
    assert out[1] == "sorry, I don't have it", out


def test_a_character_explained_by_its_code_word_goes() -> None:
    out = conversation("A:Can I have the 3rd character of your password?",
                       "third is X, X for x-ray")
    assert "X" not in out[1].replace("[REDACTED_PASSWORD]", ""), out


def test_an_exclamation_opening_a_second_try_is_no_secret() -> None:
    out = conversation("A:can I have the second, fourth and sixth characters of your "
                       "memorable word?", "Second is A. Fourth is L. And the sixth is R.",
                       "A:The fourth doesn't match, I'm afraid.",
                       "Ugh, I changed it in January. Fourth is T. T for tango.")
    assert out[3] == "Ugh, I changed it in January. Fourth is [REDACTED_PASSWORD].", out


@pytest.mark.parametrize("question", [
    "A:Thanks. For security, your question is the name of the street you grew up on.",
    "A:Your security question's the name of the street you grew up on.",
])
def test_a_security_question_read_out_as_a_statement_awaits_its_answer(question: str) -> None:
    out = conversation(question, "Oh, that'd be... Assiniboine? No, sorry, that's where my "
                       "grandma lived. Ours was Lipton. Lipton Street.")
    assert "Lipton" not in out[1] and "Assiniboine" not in out[1], out


def test_an_amount_said_as_digits_read_back_in_words_goes() -> None:
    out = conversation("A:that's matched, thanks. one more: what was the amount of your last "
                       "repayment?", "three forty-two? no, three forty-two eighteen, i reckon.",
                       "A:three hundred and forty-two dollars eighteen, spot on. what can i do "
                       "for you?")
    assert "forty" not in out[1] and "forty" not in out[2] and "eighteen" not in out[2], out


def test_another_amount_after_the_first_was_turned_down_goes() -> None:
    out = conversation("A:For security, what was the amount of your most recent deposit?",
                       "I think 5,000 through JazzCash.", "A:That's not the most recent one.",
                       "Oh right, after that my brother sent me twenty-five thousand, through "
                       "Easypaisa, on Sunday.")
    assert "twenty" not in out[3] and "Easypaisa" in out[3], out


def test_an_amount_moved_across_in_a_knowledge_check_goes() -> None:
    out = conversation("A:Now, the second, fourth and sixth characters of your memorable word?",
                       "Second is A. Fourth is T. And the sixth is R.",
                       "A:That's the one. And last thing, the amount of your most recent "
                       "transfer into your saver?",
                       "Twenty-five pound? No, wait, I moved fifty across on the 3rd.")
    assert "fifty" not in out[3] and "3rd" in out[3], out


@pytest.mark.parametrize("answer", ["sorry, 2 minutes, let me find it", "sorry, 2 secs",
                                    "sorry, 3 4 weeks ago i changed it", "sorry, 2 and 4?",
                                    "1 and 2 secs"])
def test_a_count_or_a_question_after_an_apology_stays(answer: str) -> None:
    out = conversation("A:for security can i have the first and third digits of your pin",
                       answer)
    assert out[1] == answer, out


@pytest.mark.parametrize("aside", ["my line is bad, can i call back in 10",
                                   "the signal's bad, i'm on line 2",
                                   "breaking up sorry, i'll ring back at 5"])
def test_a_number_after_an_aside_about_the_line_and_a_preposition_stays(aside: str) -> None:
    out = conversation("A:for security can i have the first and third digits of your pin",
                       "4 7", "A:mm hm", aside)
    assert out[3] == aside, out


@pytest.mark.parametrize("answer", ["sorry sorry 6 2", "sorry um 3 and 9", "sorry ma'am 3 9",
                                    "ay sorry po, 3 9", "sorry you're breaking up, 7 2",
                                    "1 & 6", "1 plus 6", "it's 1 and then 6"])
def test_digits_after_apologies_asides_or_listed_by_any_joiner_go(answer: str) -> None:
    out = conversation("A:for security can i have the first and third digits of your pin",
                       answer)
    assert not any(ch.isdigit() for ch in out[1]) and "[REDACTED_PASSWORD]" in out[1], out


def test_another_amount_after_it_isn_t_the_most_recent_goes() -> None:
    out = conversation("A:For security, what was the amount of your most recent payment?",
                       "I think 40 pounds.", "A:That isn't the most recent payment.",
                       "oh then 61.20")
    assert "61" not in out[3], out


@pytest.mark.parametrize(("relayed", "secret"), [
    ("she says wherry w h e r r y like the old sailing boats on the broads", "wherry"),
    ("my husband reckons rex as in the dinosaur", "rex"),
])
def test_a_relayed_answer_explained_after_it_goes(relayed: str, secret: str) -> None:
    out = conversation("A:because of scam calls we put a job password on every account what's "
                       "the one you set with our surveyor",
                       "oh blimey that was the wife, what's the password we gave them", relayed)
    assert secret not in out[2].split(), out


def test_a_relayed_clause_stays() -> None:
    line = "hang on... my son thinks Amazon took the money like last time"
    assert conversation("A:your memorable word?", line)[1] == line


def test_a_code_whose_letters_spell_the_word_before_them_stays() -> None:
    line = "i can see job j o b four five five two one on the twelfth"
    assert conversation("A:thanks and can you confirm the address", "12 Elm Road",
                        f"A:{line}")[2] == line


def test_a_chat_log_s_later_senders_go_once_its_lines_open_with_senders() -> None:
    """Once a line opened with its sender, later lines' senders go though their message opens
    with a capital or the sender is hyphenated; a line's label of plain English stays."""
    turns = conversation("Tamsin: nets moved to six, the key is with the groundsman",
                         "Tamsin: I'll go past Sat.", "Young-ho: paid mine last week",
                         "Min-jun Seo: Me after 8", "Tea: sandwiches and cake",
                         "Follow-up: next week")
    assert all("Tamsin" not in t for t in turns[:2]), turns
    assert turns[2].startswith("[REDACTED_PERSON]:") and "Min" not in turns[3], turns
    assert turns[4:] == ["Tea: sandwiches and cake", "Follow-up: next week"]


def test_a_capital_after_a_label_is_no_chat_without_a_chat_s_lines() -> None:
    assert conversation("Update: The server is down", "Re-book: Saturday instead") == [
        "Update: The server is down", "Re-book: Saturday instead"]


def test_a_bare_number_answered_by_a_phone_number_awaits_nothing_more() -> None:
    """"my wife's number is best, 306 ..." gives the number it names: the business's
    confirmation read out next is no one's identifier."""
    turns = conversation("Okay. My wife Lorna's number is best for that, 306 773 9152.",
                         "A:Got it. Confirmation for Thursday's delivery is D-77140.")
    assert "9152" not in turns[0] and turns[1].endswith("is D-77140."), turns


@pytest.mark.parametrize("answer", ["oh nine twenty eight seven one three",
                                    "zero nine two eight, seven one three"])
def test_a_code_said_in_the_expiry_s_breath_goes_when_read_back_apart(answer: str) -> None:
    turns = conversation("A:and the expiration and the three digits on the back", answer,
                         "A:so that's oh nine twenty eight and seven one three")
    assert "seven" not in turns[2] and "eight" not in turns[2], turns


@pytest.mark.parametrize("ask", ["A:Thank you. And yours, I don't think we have it yet.",
                                 "A:Lovely. And his, when you have it to hand."])
def test_and_yours_asks_for_the_same_value_of_someone_else(ask: str) -> None:
    turns = conversation("A:For overseas guests we take a passport number.",
                         "I have hers: A K zero four eight two seven one six.", ask,
                         "Mine is B K one three nine", "A:Mm hm.", "five five zero two.")
    assert "one three" not in turns[3] and "zero two" not in turns[5], turns


def test_an_amount_that_opens_a_sentence_answers_the_last_transaction_question() -> None:
    turns = conversation("A:Last question: can you tell me the amount of your most recent "
                         "deposit?", "It was through M-Pesa. Two hundred thousand shillings, "
                         "on Friday.")
    assert "hundred" not in turns[1] and turns[1].startswith("It was through M-Pesa."), turns


@pytest.mark.parametrize("rest", ["1 and 8.", "1 and... 9? No. 8. 2018, that's the one."])
def test_a_pin_s_parts_after_its_first_digit_by_its_place_go(rest: str) -> None:
    """The first digit given by its place ("the first one's 2"), the rest plainly, corrections
    and all, between the agent's "go on"."""
    turns = conversation("A:Before I make any changes I'll need the four-digit account PIN.",
                         "Oh man. Okay, the first one's 2.", "A:Mm hm.", "Then 0...",
                         "A:Okay, go on.", rest, "A:That's it. How many lines do you need?",
                         "2.")
    assert not any(ch.isdigit() for ch in turns[5]) and turns[7] == "2.", turns


def test_a_character_said_again_in_a_correction_goes() -> None:
    turns = conversation("A:from your memorable word can i have the second and the fifth "
                         "characters", "right hang on the second is l and the fifth is m",
                         "no wait sorry i'm counting on my fingers here it's o the fifth is o")
    assert turns[2] == ("no wait sorry i'm counting on my fingers here it's [REDACTED_PASSWORD]"
                        " the fifth is [REDACTED_PASSWORD]"), turns


@pytest.mark.parametrize(("answer", "phrase"), [("it's up the tribes", "tribes"),
                                                ("i think it's over the moon", "moon")])
def test_a_security_phrase_that_opens_with_a_small_word_goes(answer: str, phrase: str) -> None:
    turns = conversation("A:i need to ask you the security phrase you set up", answer)
    assert phrase not in turns[1], turns


def test_a_hint_that_the_answer_was_close_keeps_the_question_open() -> None:
    turns = conversation("A:now i need to ask you the security phrase you set up",
                         "oh god the phrase it's something about galway is it come on the tribes",
                         "A:nearly there", "ah it has to be up the tribes")
    assert "tribes" not in turns[3], turns


def test_a_phrase_s_small_words_alone_are_no_answer() -> None:
    assert conversation("A:i need to ask you the security phrase you set up",
                        "it's up to you")[1] == "it's up to you"


def test_a_question_back_about_a_secret_keeps_it_awaited_and_the_check_goes_on() -> None:
    """"Sorry, was that two Novembers?" may be answered with the whole secret; a check that
    asked for one value after another is still a check at its last question."""
    turns = conversation(
        "A:Before I can discuss the account I need to verify you. Your PPS number, please?",
        "7145893KA.", "A:And your date of birth?", "22nd of August '94.",
        "A:Thanks. And the account password you set up, you can use the phonetic alphabet.",
        "Right, eh, Sierra, Hotel, Alpha...", "A:Go on.", "November, November, Oscar, Nine, Nine.",
        "A:Sorry, was that two Novembers?", "Two, yeah. Shannon99, like the river.",
        "A:Grand, that's correct. Last thing, how much was your last payment to us?",
        "Was it eighty-five? No, hang on, it was sixty in September, I think.")
    assert "Shannon" not in turns[9] and "eighty" not in turns[11] and "sixty" not in turns[11]


@pytest.mark.parametrize(("answer", "guess"), [
    ("Hm, no. The first one that was really mine... Muffin?", "Muffin"),
    ("Favourite film... God, I was probably being clever. Jaws?", "Jaws"),
])
def test_a_guess_said_alone_as_a_question_goes(answer: str, guess: str) -> None:
    turns = conversation("A:For security, your security question is the name of your first pet.",
                         answer)
    assert guess not in turns[1], turns


@pytest.mark.parametrize("answer", ["Hmm. Right?", "I don't know. You know?"])
def test_a_question_tag_after_a_security_question_stays(answer: str) -> None:
    assert conversation("A:For security, what was your first pet called?", answer)[1] == answer


def test_a_business_reference_announced_while_a_secret_is_awaited_stays() -> None:
    """After the caller tells of an OTP someone else asked for, the agent's case number is the
    business's own, cue and all; a character said after "lower case" is still a secret's."""
    turns = conversation("i was sleeping and yesterday someone texted asking for my otp i gave it",
                         "A:that's how they got in, i'm freezing the wallet now",
                         "A:your fraud case number is f r d eight eight zero four one")
    assert turns[2] == "your fraud case number is f r d eight eight zero four one", turns
    turns = conversation("A:From your online password, could you give me the second and fifth "
                         "characters?", "Second's a lower case r, and the fifth is... the "
                         "number 4.")
    assert " r," not in turns[1] and "4" not in turns[1], turns


def test_with_a_secret_s_question_open_only_its_answer_is_asked_again() -> None:
    """"Not quite" refuses the guessed answer, not the postcode given before it: a year said
    later ("in 1964") is no postcode."""
    turns = conversation("A:Date of birth and postal code, please.",
                         "February 9th, 1957, and I'm C1A 4P3, in Charlottetown.",
                         "A:Great. Your security question is the name of your first pet.",
                         "We had so many animals on the farm... was it Pickles?",
                         "A:Not quite, I'm afraid.", "Hm, no. The first one... Muffin?",
                         "A:No... would you like a hint? It was a dog.",
                         "Oh! Biscuit. Dad brought him home from Summerside in 1964.")
    assert turns[7].endswith("from Summerside in 1964."), turns


@pytest.mark.parametrize("answer", ["it's in my diary", "it's on the fridge",
                                    "it's up to my wife", "it's with my solicitor"])
def test_where_a_phrase_is_kept_or_who_knows_it_stays(answer: str) -> None:
    assert conversation("A:what's the phrase on the account please?", answer)[1] == answer


@pytest.mark.parametrize("answer", ["Wait. Dogs count?", "Hmm. Like a nickname?",
                                    "Sorry. Can you repeat?"])
def test_a_question_back_about_a_security_question_stays(answer: str) -> None:
    assert conversation("A:For security, the name of your first pet?", answer)[1] == answer


def test_a_number_opening_a_sentence_is_an_amount_only_with_its_currency() -> None:
    turns = conversation("A:For security, how much was your last payment?",
                         "I paid by bank transfer. 55123 was the reference.")
    assert turns[1].endswith("55123 was the reference."), turns


def test_a_caller_reading_a_text_out_gives_the_code_after_a_reference() -> None:
    turns = conversation("A:can you read me the one-time code we just texted?",
                         "the text says reference number 88041 and 447112")
    assert "447112" not in turns[1], turns


@pytest.mark.parametrize("fix", ["no sorry it's an o", "sorry, it's O.", "oops it's o not e",
                                 "no wait the fifth is actually o"])
def test_a_character_put_right_in_other_words_goes(fix: str) -> None:
    turns = conversation("A:from your memorable word can i have the second and the fifth "
                         "characters", "right hang on the second is l and the fifth is m", fix)
    assert "[REDACTED_PASSWORD]" in turns[2] and "o" not in turns[2].lower().split(), turns


@pytest.mark.parametrize("talk", ["no sorry it's a bit hard", "sorry it's a long word",
                                  "sorry, actually I like to use the app instead",
                                  "oops it's 8 not 9 o'clock here"])
def test_an_apology_about_the_word_gives_no_character(talk: str) -> None:
    turns = conversation("A:from your memorable word can i have the second and the fifth "
                         "characters", "right hang on the second is l and the fifth is m", talk)
    assert turns[2] == talk, turns


@pytest.mark.parametrize("request_", [
    "Because the account is flagged, I also need the current portal password.",
    "I'm going to need the passphrase on the account, you can spell it.",
    "We still need your online banking password before I can unlock it."])
def test_a_question_back_after_a_request_said_as_a_statement_keeps_it_awaited(
        request_: str) -> None:
    """"I also need your password" asks as a question does: the caller's "the new one or the
    old one?" and the agent's answer leave it awaited."""
    turns = conversation(f"A:{request_}", "Wait, the new one or the old one?",
                         "A:The one you set up in March.", "It's marmalade, all lower case.")
    assert "marmalade" not in turns[3], turns


@pytest.mark.parametrize("answer", [
    "sorry thats for my other bank uh its primrose eighty two my grandad grew them",
    "ah that's for my work login, it's copper kettle nine, we had one at home"])
def test_a_secret_asked_again_in_the_check_is_awaited_as_a_question(answer: str) -> None:
    turns = conversation("A:thanks and whats the memorable word on the account",
                         "oh gosh um bluebell twenty",
                         "A:hmm thats not the word i have here do you want to have another go",
                         answer)
    said = turns[3].split()
    assert not {"primrose", "eighty", "copper", "kettle"} & set(said), turns
    assert "grandad" in said or "login," in said, turns  # who grew it, what it is for stay


def test_a_secret_asked_again_long_after_the_check_asks_nothing_open() -> None:
    turns = conversation("A:what's the memorable word on the account", "tangerine",
                         "A:thank you, you're verified", "great",
                         "A:and do you want the payments to start again from january",
                         "yeah that works, i've got a start at Fonterra in Hamilton")
    assert "Fonterra" in turns[5] and "Hamilton" in turns[5], turns


@pytest.mark.parametrize(("asked", "aside", "relayed", "secret"), [
    ("A:For security, what's the memorable word on the account?",
     "Oh, my husband set that up. Dave, what did we use for the memorable word?",
     "He says it's pickles.", "pickles"),
    ("A:can you confirm your mothers maiden name",
     "hang on love what did we put down for my mums maiden name", "he says it was oduya",
     "oduya"),
    ("A:One more: the security question on the policy: the street you grew up on.",
     "My wife set that up. Jen! What did we put for the street I grew up on?",
     "She says Quarry Lane. I did live on Quarry Lane, but only till I was four.", "Quarry"),
])
def test_a_secret_relayed_from_someone_beside_goes(asked: str, aside: str, relayed: str,
                                                    secret: str) -> None:
    """The caller turns to whoever set it up ("what did we put?"): the answer comes relayed in
    the next turn, every time it is said."""
    turns = conversation(asked, aside, relayed)
    assert secret not in turns[2], turns


def test_a_question_about_what_we_did_with_no_secret_awaited_takes_nothing() -> None:
    turns = conversation("A:And how did you hear about us?",
                         "what did we put, um, a friend at Tesco I think")
    assert turns[1] == "what did we put, um, a friend at Tesco I think"


@pytest.mark.parametrize("part", ["first two are one nine", "the last four digits are 8 3 1 2",
                                  "and the first three are six oh four"])
def test_a_pin_part_given_after_its_place_goes_not_its_place(part: str) -> None:
    turns = conversation("A:and now your four digit passcode for the loan account", part)
    assert not re.search(r"\b(?:one nine|8 3 1 2|six oh four)\b", turns[1]), turns
    assert turns[1].split()[0] in ("first", "the", "and"), turns  # where the part sits stays


def test_a_pin_asked_for_in_the_turn_that_confirms_an_answer_is_awaited_whole() -> None:
    """"yes correct and now your passcode": the confirmation ends the last question, not the
    PIN this turn asks for; its read-back goes too."""
    turns = conversation("A:for security what was your childhood nickname", "pinky",
                         "A:yes correct and now your four digit passcode please",
                         "first two are four seven", "A:mm hm", "and then two two",
                         "A:four seven two two okay verified")
    said = " ".join((turns[3].split(" are ")[1], turns[5], turns[6]))
    assert not re.search(r"\b(?:four|seven|two)\b", said), turns


@pytest.mark.parametrize("question", ["how much did you repay on your last loan?",
                                      "and how much was your last loan?"])
def test_an_amount_repaid_or_borrowed_answers_a_knowledge_check(question: str) -> None:
    turns = conversation("A:Your security question is the name of your first school.",
                         "It's Kalpohin.", f"A:That's fine. One more check, {question}",
                         "I paid 345 cedis, in March.")
    assert "345" not in turns[3] and "March" in turns[3], turns


def test_a_place_said_as_its_own_sentence_after_a_hint_goes_whole() -> None:
    turns = conversation("A:There's also a security question on the account: where were you "
                         "born?", "Okay, I was born in Moshi, but maybe I wrote Arusha... no, "
                         "I think Moshi.", "A:Hmm, I have something a bit longer.",
                         "Ah! KCMC hospital Moshi. My mum always says it like that.")
    assert "I think" in turns[1] and "Moshi" not in turns[1], turns
    assert "KCMC" not in turns[3] and "hospital" not in turns[3], turns


@pytest.mark.parametrize("request_", ["i do need your passcode", "We're gonna need the "
                                      "passphrase.", "we're also going to need your security "
                                      "word"])
def test_a_request_with_more_words_before_need_still_asks(request_: str) -> None:
    turns = conversation(f"A:{request_}", "the new one or the old one?", "A:the new one",
                         "its sunflower")
    assert "sunflower" not in turns[3], turns


@pytest.mark.parametrize("answer", ["no its grand thanks", "I'd rather use the app, it's easier"])
def test_what_asking_again_gets_back_that_is_no_answer_stays(answer: str) -> None:
    turns = conversation("A:what's your memorable word?", "marmalade",
                         "A:that's not the word I have, want another go?", answer)
    assert turns[3] == answer, turns


@pytest.mark.parametrize(("answer", "kept"), [("Yesterday Shoprite Lekki.", "Yesterday"),
                                              ("Online Jumia.", "Online")])
def test_when_or_how_before_a_place_answer_stays(answer: str, kept: str) -> None:
    turns = conversation("A:for security, which outlet did you last use your card at?", answer)
    assert turns[1].startswith(kept) and "[REDACTED_PASSWORD]" in turns[1], turns


def test_an_answer_put_right_after_a_hold_on_from_someone_beside_goes() -> None:
    turns = conversation("A:and your security question is what was your first car",
                         "first car oh that'll be the ford escort",
                         "hold on the husband's saying something",
                         "dave says no it was the blue beetle before the escort we learnt in it")
    assert "beetle" not in turns[3] and "escort" not in turns[3], turns


def test_a_second_security_question_named_as_the_next_one_awaits_its_answer() -> None:
    turns = conversation("A:for security what was your mothers maiden name", "ohare",
                         "A:thats fine and the next one is the street you grew up on",
                         "laburnum grove right by the old mill")
    assert "laburnum" not in turns[3], turns


def test_it_s_gotta_be_leads_to_the_answer_not_into_it() -> None:
    turns = conversation("A:what's your mother's maiden name",
                         "oh then it's gotta be delaney on mums side")
    assert "gotta be" in turns[1] and "delaney" not in turns[1], turns


@pytest.mark.parametrize("question", ["that is correct one more what is the name of your best "
                                      "friend from primary school",
                                      "thats right and one more who was your first teacher"])
def test_a_life_question_asked_as_what_is_or_who_was_goes_on_with_the_check(
        question: str) -> None:
    turns = conversation("A:for security what's your memorable word", "cinnamon",
                         f"A:{question}", "aah that one my sister set it i think nyokabi")
    assert "nyokabi" not in turns[3] and turns[3].startswith("aah"), turns


@pytest.mark.parametrize("noted", ["no bother i've got six and then your memorable word please",
                                   "lovely, i've got six there, and your date of birth",
                                   "perfect, i have six"])
def test_a_character_the_listener_notes_down_goes(noted: str) -> None:
    turns = conversation("A:from your passcode can i have the second and the fifth digits",
                         "second is seven and the fifth is eh nine no sorry no it's six",
                         f"A:{noted}")
    assert "six" not in turns[2].split(), turns


@pytest.mark.parametrize("talk", ["i've got 2 more questions for you", "got it thanks",
                                  "got 2 and then 3 more questions"])
def test_what_the_listener_has_that_is_no_character_stays(talk: str) -> None:
    turns = conversation("A:from your passcode can i have the second and the fifth digits",
                         "second is seven and the fifth is nine", f"A:{talk}")
    assert turns[2] == talk, turns


def test_a_long_value_read_back_by_its_first_six_or_last_four_goes() -> None:
    turns = conversation("A:and a mobile in case they're running late?", "0871 245 9913.",
                         "A:Sorry, 087 124... was it 5991? no, 9913?", "9913, yes.")
    assert "9913" not in " ".join(turns[2:]) and "087 124" not in turns[2], turns


@pytest.mark.parametrize("said", ["I joined in 2018.", "we'll call at 9913 hours, no, at 2pm",
                                  "the parcel weighs 9913 grams", "your order 087124 is packed"])
def test_a_year_or_a_number_that_is_no_read_back_stays(said: str) -> None:
    turns = conversation("A:and the account number?", "0871 245 2018 9913",
                         "A:thanks, anything else?", said)
    assert turns[3] == said, turns


@pytest.mark.parametrize(("answer", "kept", "gone"), [
    ("its the dogs name, Pepper", "dogs name", "Pepper"),
    ("it's my nan's maiden name, o'leary", "maiden name", "leary")])
def test_what_the_answer_is_said_before_it_stays(answer: str, kept: str, gone: str) -> None:
    turns = conversation("A:what's the memorable word", answer)
    assert kept in turns[1] and gone not in turns[1], turns


@pytest.mark.parametrize(("turns", "gone"), [
    (("A:what was your first pet's name?", "it was a hamster. Nibbles."), "Nibbles"),
    (("A:and your first pet, what was it called?", "oh it was a tortoise. sheldon. lived for ages"),
     "sheldon"),
    (("A:security question: the name of your first horse?", "she was a grey mare. Bramble."),
     "Bramble")])
def test_asked_for_a_name_the_name_said_after_its_kind_goes(turns: tuple[str, str],
                                                            gone: str) -> None:
    out = conversation(*turns)
    assert gone not in out[1], out


@pytest.mark.parametrize("answer", ["It was a hamster. Honestly.", "it was a dog. Sorry.",
                                    "It was a cat. Brilliant."])
def test_asked_for_a_name_how_the_answer_is_said_stays(answer: str) -> None:
    out = conversation("A:what was your first pet's name?", answer)
    assert answer.split(". ")[1] in out[1], out


def test_asked_for_a_name_a_kind_alone_still_goes() -> None:
    out = conversation("A:what was your first pet's name?", "it was a lovely old labrador")
    assert "labrador" not in out[1], out


@pytest.mark.parametrize(("turns", "gone"), [
    (("A:you'll need to pick a new password now",
      "right, okay, Tamsin, my aunt's name, with 1962."), "1962"),
    (("A:what's your memorable word?", "harbour, plus the year we married so 1988"), "1988"),
    (("A:and the passcode?", "ngaio then 44"), "44")])
def test_digits_said_to_go_on_the_end_of_a_secret_go(turns: tuple[str, str], gone: str) -> None:
    out = conversation(*turns)
    assert gone not in out[1], out


@pytest.mark.parametrize("answer", ["oakley, and I set it up with 2 kids",
                                    "oakley. then 20 minutes later it locked me out."])
def test_what_is_said_with_a_secret_that_is_no_part_of_it_stays(answer: str) -> None:
    out = conversation("A:what's your memorable word?", answer)
    assert "oakley" not in out[1] and answer.split(",")[-1].split(".")[-1].strip() in out[1], out


def test_a_spelled_secret_goes_on_after_a_pause() -> None:
    out = conversation("A:and the passcode on the account?",
                       "my son set it, hang on. He says K E S T R E L... nine nine.")
    assert "nine" not in out[1] and "K E S" not in out[1], out


@pytest.mark.parametrize(("turns", "kept"), [
    (("A:and the pin they sent you?", "that pin expired at two fifteen today, that's the issue"),
     "two fifteen")])
def test_when_a_code_lapsed_is_no_code(turns: tuple[str, str], kept: str) -> None:
    out = conversation(*turns)
    assert kept in out[1], out


@pytest.mark.parametrize(("said", "kept"), [
    ("I've placed a stop on that cheque, your stop number is s t 4 4 1 9 0", "s t 4 4 1 9 0"),
    ("I'll put a thirty day hold on the bill. Your hold number is HB-55219.", "HB-55219"),
    ("I've logged a formal grievance, grievance number 228190", "228190")])
def test_a_reference_to_what_the_agent_has_just_made_stays(said: str, kept: str) -> None:
    assert kept in conversation(f"A:{said}")[0]


@pytest.mark.parametrize("said", [
    "I've opened a new account for you, your account number is 4 4 1 9 0 2 2 3",
    "I've set up your profile, profile number 4471902",
    "I've set up a payment plan, the plan number is PP 44190"])
def test_an_identifier_of_what_was_made_for_someone_still_goes(said: str) -> None:
    out = conversation(f"A:{said}")[0]
    assert not re.search(r"\d{3}", out.replace(" ", "")), out


@pytest.mark.parametrize(("turns", "gone"), [
    (("A:I've created a new hospital record, hospital number 4857773.",), "4857773"),
    (("A:I've set up a new account for your daughter, daughter A M A R A.",), "A M A R A"),
    (("A:I've set up a new transfer to your landlord, landlord 4 8 5 7 7 7 3 1.",), "4 8 5 7"),
    (("my old pin that i used before 4 7 2 9 doesnt work",), "4 7 2 9"),
    (("A:What was the name of your first pet?", "It was a dog, Patch. Brilliant."), "Patch")])
def test_what_the_thirty_fifth_review_found_kept_goes(turns: tuple[str, ...], gone: str) -> None:
    assert gone not in " ".join(conversation(*turns))


@pytest.mark.parametrize("answer", ["Rainbow, and I want to top up with 30.",
                                    "Bluebell then I'll need to top up with 20."])
def test_an_amount_said_after_a_secret_stays(answer: str) -> None:
    out = conversation("A:What's your memorable word?", answer)[1]
    assert answer[-4:-1] in out, out


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    (("A:you're verified. since it's been years, would you like to set a new one?",
      "och aye, what about ben nevis then"), "nevis", "och aye"),
    (("A:what would you like the new password to be?", "how about copper kettle"), "kettle", ""),
    (("A:and the verbal password on the account?", "hang on he's sayin puddle duck no wait"),
     "puddle", ""),
    (("A:security question, what was your first car?", "a 1996 vauxhall corsa in red"),
     "vauxhall", "in red")])
def test_secrets_proposed_relayed_or_named_with_their_maker_go(turns: tuple[str, str], gone: str,
                                                               kept: str) -> None:
    out = conversation(*turns)[1]
    assert gone not in out and kept in out, out


def test_what_about_another_thing_while_a_secret_is_set_stays() -> None:
    out = conversation("A:what would you like the new password to be?",
                       "what about orders 2291 and 2292, are they paid?")[1]
    assert "2291" in out, out


def test_a_temporary_password_the_agent_spells_goes_and_the_go_ahead_stays() -> None:
    out = conversation("A:I'll give you a temporary password now, have you a pen?", "Yes, tell.",
                       "A:It's Moss-Gate-81. That's M, O, S, S, dash, G, A, T, E, dash, eight, "
                       "one.")
    assert out[1] == "Yes, tell." and "Gate" not in out[2] and "G, A" not in out[2], out


def test_the_caller_s_typed_password_spelled_back_goes() -> None:
    out = conversation("A:and your current password please", "Kiwi#Harbour22",
                       "A:let me read it back: K-I-W-I, hash, capital H-A-R-B-O-U-R, two two?")
    assert "H-A-R-B" not in out[2], out


def test_a_knowledge_check_after_checking_it_is_the_right_person_goes() -> None:
    out = conversation("A:Before we go on I must make sure I'm talking to the right person. Your "
                       "postcode?", "LS6 2AB", "A:And how much was your last repayment?",
                       "er, it was forty five, no, fifty five pounds")
    assert "fifty five" not in out[3] and "forty five" not in out[3], out


def test_a_secret_written_with_digits_inside_its_letters_goes() -> None:
    out = conversation("A:your temporary password is cove twenty one, all lower case",
                       "right, hang on, she says the one we always use is tui4ever")
    assert "tui4ever" not in out[1], out


@pytest.mark.parametrize(("turns", "gone"), [
    (("A:For security, what was the name of your first pet?", "a dog. Wobbly."), "Wobbly"),
    (("A:What's your password?", "bluebell, like the flower, then 77"), "77"),
    (("A:How can I help?", "I filed my tax return u t r four four seven one two two nine one "
      "zero and nothing happened"), "four four seven"),
    (("A:which car", "the Toyota we bought last year (YR21 KLM)"), "YR21")])
def test_what_the_thirty_fifth_s_second_review_found_leaking_goes(turns: tuple[str, str],
                                                                 gone: str) -> None:
    assert gone not in conversation(*turns)[1]


@pytest.mark.parametrize(("turns", "kept"), [
    (("A:Can you give me your memorable word?", "it's bluebell",
      "A:That's correct, you're through. Would you like to set a new one?",
      "what about my direct debit, is it still going out"), "direct debit"),
    (("A:I've reset your password, you'll get it by text.",
      "ok. because of Covid-19 there may be a delay?"), "Covid-19")])
def test_what_the_thirty_fifth_s_second_review_found_taken_stays(turns: tuple[str, ...],
                                                                 kept: str) -> None:
    assert kept in conversation(*turns)[-1]


def test_a_knowledge_check_said_to_be_the_last_one_goes() -> None:
    out = conversation("A:Can you give me the password on the account?", "Udara77.",
                       "A:Udara77, correct. Last one: the amount of your latest deposit?",
                       "Hmm, 2,500 naira? No, 3,000 naira.")
    assert "2,500" not in out[3] and "3,000" not in out[3], out


def test_the_answer_pointed_at_as_the_place_s_one_leaves_the_place() -> None:
    out = conversation("A:And the name of your first school?",
                       "I'd have put Ridge Church, or maybe Achimota. One of those.",
                       "A:I can only take one answer, sorry. Which would you like to go with?",
                       "Go with Achimota. That was the Accra one, so it's the first.")
    assert "Achimota" not in out[3] and "Accra" in out[3], out


def test_a_part_of_a_value_named_by_its_place_as_normalised_goes() -> None:
    out = conversation("A:and the account number?", "0871 2245", "A:0871 2245?",
                       "no sorry the first part is 0817 not 0871")
    assert "0817" not in out[3] and "0871" not in out[3], out


def test_a_phone_s_cue_makes_no_phone_of_a_code_or_a_date() -> None:
    out = conversation("A:Best way to reach you?", "Signal, usually. The job is ENG-4471.",
                       "A:And you called us on 9 Feb 10:30?", "Yes, phone log ref ABC-712.")
    assert "ENG-4471" in out[1] and "ABC-712" in out[3] and "9 Feb 10:30" in out[2], out


def test_what_the_agent_made_for_an_amount_stays_when_the_caller_repeats_it() -> None:
    out = conversation("A:I've cancelled the card ending 8812 and logged a complaint for $52.10, "
                       "number RF-66120.", "RF-66120. How long will it take?")
    assert "8812" not in out[0] and "RF-66120" in out[0] and "RF-66120" in out[1], out


@pytest.mark.parametrize("greeting", [
    "Thank you for calling Northwind account services, you're speaking with Ola.",
    "Welcome to the card team at Brightbank, my name is Ola."])
def test_a_department_named_in_the_greeting_asks_for_nothing(greeting: str) -> None:
    out = conversation(f"A:{greeting} Do you have a complaint reference?", "Yes, CMP-40812.")
    assert "CMP-40812" in out[1], out


def test_a_department_named_in_the_greeting_leaves_the_question_s_own_value() -> None:
    out = conversation("A:Welcome to account services, I'm Ola. What's the account number?",
                       "It's 55012894.")
    assert "55012894" not in out[1], out


def test_a_temporary_secret_spelled_back_by_its_listener_goes() -> None:
    out = conversation("A:I'll issue you a one-off password now, have you got a pen?", "Yes.",
                       "A:Tq58!wPz.", "Capital T, small q, 5, 8, exclamation, w, capital P, z.")
    assert "5, 8" not in out[3] and "capital P" not in out[3], out


def test_a_spelled_reference_after_a_secret_check_stays() -> None:
    out = conversation("A:What's your security word?", "marigold", "A:Thanks. And the case number?",
                       "c r five five two one nine")
    assert out[3] == "c r five five two one nine", out


@pytest.mark.parametrize(("turns", "gone"), [
    (("A:And the sort code and account?", "40-22-17, 61553902.", "A:61553902.",
      "Wait, sorry, it's 61553920, I mixed up the end."), "61553920"),
    (("A:What's the postcode there?", "It's CF10 3AT... oh no sorry, CF11."), "CF11"),
    (("A:And your date of birth?", "4th of June 1961.",
      "A:I can't find anyone with that, could it be a different year?", "oh sorry, 1962."),
     "1962"),
])
def test_a_value_put_right_after_an_apology_or_a_miss_goes(turns: tuple[str, ...],
                                                           gone: str) -> None:
    assert gone not in conversation(*turns)[-1]


def test_a_postcode_after_the_street_and_now_goes() -> None:
    out = conversation("A:Any changes to your details?", "We're at 3 Rimu Grove now, 4410.")
    assert "4410" not in out[1] and "Rimu" not in out[1], out


def test_a_vehicle_s_size_is_no_plate() -> None:
    out = conversation("A:Which van do you need?", "The 18-foot van, and a 7-tonne truck later.")
    assert out[1] == "The 18-foot van, and a 7-tonne truck later.", out


def test_characters_read_back_by_their_places_before_the_next_question_go() -> None:
    out = conversation("A:Could I have the third and seventh characters of your passphrase?",
                       "Third is K. And the seventh... one second, I'm counting... E.",
                       "A:So third K, seventh E. Great. And the first two digits of your PIN?")
    assert " K." not in out[1] and " E." not in out[1], out
    assert "third K" not in out[2] and "seventh E" not in out[2], out


def test_a_character_turned_down_by_its_place_is_asked_again() -> None:
    out = conversation("A:The second and fourth letters of your memorable word, please.",
                       "Second is p and fourth is x.",
                       "A:The second's fine, but the fourth isn't, sorry.",
                       "Oh, I changed it. The fourth is a number now, it's a nine.")
    assert "nine" not in out[3], out


@pytest.mark.parametrize(("text", "gone"), [
    ("Trial login is wanjiku.m, password sent separately.", "wanjiku.m"),
    ("Volunteer list: Tevita (tevita_k), Sam (sam.r)", "tevita_k"),
    ("reach me on signal, otieno.k", "otieno.k"),
])
def test_a_handle_made_of_a_name_and_a_dot_or_in_brackets_goes(text: str, gone: str) -> None:
    assert gone not in REDACTOR.redact_text(text).text


@pytest.mark.parametrize("text", ["Minutes are in notes.docx on the drive.",
                                  "The portal is at tenants.org now.",
                                  "Set retry_limit to 5 in the config (report_final)."])
def test_files_sites_and_settings_are_no_handles(text: str) -> None:
    out = REDACTOR.redact_text(text).text
    assert "notes.docx" in out or "tenants.org" in out or "report_final" in out, out


def test_when_a_code_lapses_asks_for_no_card_expiry() -> None:
    out = conversation("A:The reset link expires in 24 hours, so use it today.",
                       "Got it. I've about 450 left to pay off.")
    assert "450" in out[1], out


def test_a_date_after_a_duration_is_the_expiry_asked_for() -> None:
    out = conversation("A:And when does the card run out?", "about 3 years from now, 04/29")
    assert "04/29" not in out[1], out


@pytest.mark.parametrize(("turns", "gone"), [
    (("A:Thanks for calling Acme, I just need your date of birth. Go ahead.", "12 March 1980"),
     "1980"),
    (("A:You've reached the PIN reset team. How can I help?", "the old one was 4412"), "4412"),
    (("A:Welcome to Acme, I'll need your memorable word. Whenever you're ready.", "sunflower"),
     "sunflower"),
])
def test_what_a_greeting_asks_for_or_names_as_secret_still_goes(turns: tuple[str, ...],
                                                                gone: str) -> None:
    assert gone not in conversation(*turns)[-1]


@pytest.mark.parametrize("turns", [
    ("A:Can I have your date of birth?", "12th March 1946", "A:Thanks. I can't find that parcel.",
     "oh, it's 55123"),
    ("A:What's your member number?", "5512349", "A:Right. I can't find that flight.", "BA 447"),
    ("A:Can I take your date of birth?", "3 May 1980",
     "A:Sure, and the fourth isn't free for an engineer, would the 5th work?", "yes the 5th"),
])
def test_a_business_thing_not_found_asks_for_no_personal_value(turns: tuple[str, ...]) -> None:
    assert conversation(*turns)[-1] == turns[-1]


@pytest.mark.parametrize("number", ["0412-555-O19", "07700 9OO451"])
def test_a_phone_typed_with_a_letter_for_a_zero_still_goes(number: str) -> None:
    assert "55" not in conversation("A:Could I take a phone number?", number)[1]


def test_a_password_policy_asks_what_the_new_one_will_be() -> None:
    out = conversation("A:Your temporary password is Fern-4412, all lower case.",
                       "Fern-4412, right, it now wants a new one.",
                       "A:Yes, it needs at least ten characters and one symbol.",
                       "could i do rimu hill 1987 with a hash at the end")
    assert "rimu hill 1987" not in out[3], out


def test_a_payment_plan_after_a_password_policy_stays() -> None:
    out = conversation("A:I've sent you a link to set a new password.", "ok got it",
                       "A:It needs at least 8 characters and a number.",
                       "I'll do 3 payments of 40 pounds then.")
    assert out[3] == "I'll do 3 payments of 40 pounds then.", out


@pytest.mark.parametrize("question", ["just to confirm it's you, what was your last top-up?",
                                      "and to make sure it's really you, how much was your "
                                      "most recent refund?"])
def test_a_knowledge_check_after_confirming_it_is_you_goes(question: str) -> None:
    assert "27.50" not in conversation(f"A:{question}", "27.50 I think")[1]


def test_a_card_s_expiry_asked_with_a_duration_is_still_asked() -> None:
    out = conversation("A:Will your card expire in the next few months? We'd send a new one.",
                       "yes, 06/26")
    assert "06/26" not in out[1], out


@pytest.mark.parametrize("text", ["set (retry_limit) to 5", "choose (rose_gold) in the menu",
                                  "set max.connections to 10", "open grace.period in settings"])
def test_settings_in_brackets_or_with_dots_are_no_handles(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize("question", ["can i do spaces", "could i do two words"])
def test_a_question_about_a_password_policy_proposes_none(question: str) -> None:
    out = conversation("A:Let's set a new password.", "ok",
                       "A:It needs at least 8 characters and one capital letter.", question)
    assert out[3] == question, out


def test_a_temporary_password_dictated_as_case_sensitive_goes() -> None:
    out = conversation("A:Right, I'll set a temporary password. It's case sensitive: small k, "
                       "capital W, 7, 3, q, exclamation mark.")
    assert "capital W, 7, 3" not in out[0], out


@pytest.mark.parametrize("answer", ["seventh is z it's an odd one i know",
                                    "the second is 4 and the fifth hang on let me check my "
                                    "notes 9"])
def test_a_character_by_its_place_in_speech_without_marks_goes(answer: str) -> None:
    out = conversation("A:the second and fifth characters of your passcode please", answer)
    assert " z " not in out[1] and not out[1].endswith(" 9"), out


@pytest.mark.parametrize("text", ["we came over in 2019 via Dubai", "flight nine one two via doha"])
def test_a_number_then_via_is_no_street(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


def test_an_italian_via_still_names_a_street() -> None:
    assert "Roma 12" not in REDACTOR.redact_text("It's Via Roma 12, 00184 Roma").text


def test_a_date_with_a_cue_of_its_own_after_a_postcode_is_no_postcode() -> None:
    out = conversation("Address: 4 Mill Lane", "SW1A 2AA",
                       "Your membership renews on 4 June 2026, no action needed.")
    assert "4 June 2026" in out[2] and "SW1A" not in out[1], out


@pytest.mark.parametrize("text", ["the HP LaserJet M15dw keeps jamming",
                                  "is the M15dw still in stock?"])
def test_a_model_written_like_a_postcode_in_mixed_case_stays(text: str) -> None:
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize("text", ["my postcode is M15 5DW", "postcode M155DW please"])
def test_a_postcode_in_one_case_still_goes(text: str) -> None:
    assert "5DW" not in REDACTOR.redact_text(text).text.upper()


def test_a_lettered_reference_told_after_a_card_is_no_card() -> None:
    text = "Her card bounced twice on SUB-3318 last week."
    assert REDACTOR.redact_text(text).text == text


@pytest.mark.parametrize("text", ["member card MC-88213", "my card number is ZX-40917"])
def test_a_member_card_with_letters_still_goes(text: str) -> None:
    assert "8821" not in REDACTOR.redact_text(text).text \
        and "4091" not in REDACTOR.redact_text(text).text


def test_a_month_said_again_is_no_secret_said_again() -> None:
    out = conversation("A:can I have your memorable date please?",
                       "it's my mum's birthday, the 3rd of March, so 0303",
                       "A:that's right, thank you", "great, I'm away until the end of March")
    assert "0303" not in out[1] and out[3].endswith("end of March"), out


def test_a_card_s_lapse_told_asks_for_no_card() -> None:
    out = conversation("A:one more thing, your card expires 09/27, so a new one will be posted "
                       "in August.", "great, I'm back on QR 1471 before then")
    assert "09/27" not in out[0] and out[1].endswith("QR 1471 before then"), out


def test_a_wallet_s_recovery_phrase_is_a_secret() -> None:
    out = conversation("A:to restore the wallet I'll need the recovery phrase",
                       "ok it's tundra velvet ocean mango")
    assert "tundra" not in out[1], out


def test_a_knowledge_check_said_to_confirm_its_you_in_speech_takes_the_amount() -> None:
    out = conversation("A:and what was your gas bill last month this is just to confirm its you",
                       "hang on let me look it was sixty two pounds ten")
    assert "sixty two" not in out[1], out


def test_a_step_of_the_past_passes_no_check() -> None:
    out = conversation("A:and which document did you upload when you verified",
                       "my driving licence",
                       "A:thank you now in our emails you set a safe word can you tell me it",
                       "its blue heron",
                       "A:thats correct and what was the amount of your last top up",
                       "i think it came from revolut forty five pounds")
    assert "blue heron" not in out[3] and "forty five" not in out[5], out


@pytest.mark.parametrize(("question", "answer", "amount"), [
    ("and one more to show you know the account how much was your last direct debit",
     "hang on let me find it it was sixty one pounds twenty", "sixty one"),
    ("thanks and one more what was your most recent top up",
     "it was a voucher i think like four hundred and twenty something", "twenty"),
])
def test_a_knowledge_check_said_to_go_on_takes_the_amount(question: str, answer: str,
                                                          amount: str) -> None:
    out = conversation("A:can I take the postcode please", "it's BT7 1NN", "A:" + question,
                       answer)
    assert amount not in out[3], out


def test_a_plate_read_back_after_an_everyday_word_is_the_plate_again() -> None:
    out = conversation("A:can you read me the reg", "it's y k six two p l m",
                       "A:right so i've got y k six two p l n on the form")
    assert "six two" not in out[1] and "six two" not in out[2], out


def test_a_value_restated_as_what_was_put_reaches_back_to_its_cue() -> None:
    text = "does the passport number on the form matter? I put K4471902 though"
    assert REDACTOR.redact_text(text).text.endswith("I put [REDACTED_PASSPORT] though")


def test_the_agent_s_name_thanked_before_a_new_clause_goes() -> None:
    out = conversation("A:riverside storage, bill speaking", "hi bill it's about my unit",
                       "A:sure what's up", "thank you bill my lease ends in june")
    assert "bill" not in out[3], out


@pytest.mark.parametrize(("turns", "value"), [
    (("A:and what's the postcode there?", "1012Ab"), "1012Ab"),
    (("it's Ls61ab, Leeds",), "Ls61ab"),
    (("Postcode is M1 1AE Mohammed",), "Mohammed"),
    (("Brooklyn called me this morning",), "Brooklyn"),
    (("Account holder: Houston Crane",), "Houston"),
    (("This is John smith, I called yesterday.",), "smith"),
    (("I spoke to Ingrid Asa yesterday",), "Asa"),
    (("A:the card has expired. please read me the new one", "four one one one"), "four"),
    (("A:your memorable word please", "tuesday", "A:thanks", "tuesday with a capital T"),
     "tuesday"),
    (("sort code, the one on my statement, is 2O-00-00",), "2O-00"),
    (("im staying near siosaia my uncle",), "siosaia"),
    (("I'm at 4 via Nazionale in Rome",), "Nazionale"),
    (("send it to 8 via dei Mille, Napoli",), "Mille"),
])
def test_values_a_narrower_rule_would_let_through_still_go(turns: tuple[str, ...],
                                                           value: str) -> None:
    """Each a rule of this change met too broadly in review: the narrower rule keeps them."""
    assert value not in conversation(*turns)[-1]


def test_a_code_s_first_or_last_characters_read_back_alone_go() -> None:
    out = call("and what's your postcode", "LS6 2RD.", "LS6... yes, Headingley, lovely.")
    assert "LS6" not in out[2] and "Headingley" in out[2], out
    out = call("and the registration", "y g one nine", "h x p p for peter",
               "h x p got it thanks")
    assert out[3].endswith("got it thanks") and "h x p" not in out[3], out


def test_a_secret_s_forms_keep_their_room_beside_codes_read_back() -> None:
    """A code's first and last characters are remembered for its read-backs, never for a
    secret's (whose own forms have a cap the call's codes must not use up)."""
    out = call("for security, the answer to your childhood nickname?",
               "my brothers called me sparrow", "sparrow, perfect, you're in")
    assert "sparrow" not in out[1] and "sparrow" not in out[2].lower(), out


@pytest.mark.parametrize("currency", ["tala", "pesos", "vatu"])
def test_any_movement_this_month_in_a_check_is_answered_by_a_secret_amount(
        currency: str) -> None:
    out = call("for security can i take your date of birth", "third of may eighty one",
               "that matches and can you tell me the amount of your last loan repayment",
               "it's two hundred", "and any transaction on your savings this month",
               f"um i took out five hundred {currency} at the atm in town on the third")
    assert "five hundred" not in out[5] and "atm" in out[5], out


def test_a_cue_after_but_names_the_next_value_not_the_one_before() -> None:
    said = REDACTOR.redact_text("Date of birth on the form was 04/11/1987 but his passport "
                                "says 11/04/1987, can you check which is right?").text
    assert "1987" not in said, said
    said = REDACTOR.redact_text("my card number is 4111 1111 1111 1111 but the expiry is "
                                "09/27").text
    assert "4111" not in said and "09/27" not in said, said


@pytest.mark.parametrize("later", ["it's a samsung galaxy s10 i think", "the 2tn bus is late"])
def test_a_code_like_a_postcode_s_part_said_in_passing_stays(later: str) -> None:
    out = call("and what's your postcode", "s10 2tn", "lovely and the phone model", later)
    assert out[3] == later, out


@pytest.mark.parametrize("text", [
    "the order number they gave me was 07912345678 but that's my number",
    "the tracking number on the text i got was 07700900123 but that's my phone"])
def test_a_value_restated_after_but_as_personal_still_goes(text: str) -> None:
    said = REDACTOR.redact_text(text).text
    assert "0791" not in said and "0770" not in said, said


@pytest.mark.parametrize(("question", "reply"), [
    ("thanks. so has there been any transaction this month you don't recognise?",
     "yes, 200 pounds to some website"),
    ("have you made any payment in the past week?", "yes 40 pounds on tuesday")])
def test_a_dispute_or_a_whether_after_a_check_asks_no_secret_amount(question: str,
                                                                   reply: str) -> None:
    out = call("for security can i take your date of birth", "third of may eighty one",
               question, reply)
    assert out[3] == reply, out


def test_an_amount_in_any_currency_is_no_code_asked_for() -> None:
    out = call("can i take your passport number", "the fee is 200000 tala")
    assert out[1] == "the fee is 200000 tala", out


def test_a_new_password_done_after_its_rule_is_said_goes() -> None:
    out = call("i've reset it, your temporary password is kestrel four four",
               "kestrel four four yeah", "log in with that and it'll ask you to set a new one",
               "okay it wants twelve characters i'll do tallinn harbour two thousand")
    assert "tallinn" not in out[3] and "harbour" not in out[3], out


def test_characters_read_back_then_all_correct_go() -> None:
    out = call("i need three characters from your memorable word please the second",
               "okay um second is l", "mm hm", "fifth is m", "yep", "and the eighth is a",
               "so that's l m and a all correct thank you")
    assert out[6] == "so that's [REDACTED_PASSWORD] all correct thank you", out


def test_a_street_named_like_money_is_still_a_street() -> None:
    said = REDACTOR.redact_text("Check-out – Apt 5, 17 Bucks Road, Douglas IM1 3AF").text
    assert "Bucks Road" not in said and "IM1" not in said, said
    assert REDACTOR.redact_text("i paid 17 bucks for it").text == "i paid 17 bucks for it"


def test_the_digits_of_a_secret_of_words_said_later_as_an_amount_stay() -> None:
    out = call("what would you like the new password to be", "tallinn harbour two thousand",
               "lovely that's set", "thanks and is my limit still two thousand euros a month")
    assert "tallinn" not in out[1] and out[3].endswith("two thousand euros a month"), out


def test_a_reference_before_but_and_an_account_number_with_its_own_value_stays() -> None:
    said = REDACTOR.redact_text("the reference on the letter was 4471 2290 but my account "
                                "number is 88120345").text
    assert "4471 2290" in said and "88120345" not in said, said


def _gone_and_kept(out: list[str], gone: list[str], kept: list[str]) -> None:
    """None of `gone` is left in the call, all of `kept` is (each turn bracketed, so "[a"
    is a turn opening with "a")."""
    said = " ".join(f"[{part}]" for part in out)
    for word in gone:
        assert word not in said, (word, out)
    for words in kept:
        assert words in said, (words, out)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a yes that says what the offered value is for hands the turn back all the same
    (("hello", "do you want the policy number?", "Yes please, we send the claim straight to them.",
      "ok, it's PX 4471 2290"), ["4471", "2290"], ["send the claim straight"]),
    # a password said as what it will be, or what the speaker makes it
    (("hello", "my new passcode will be harbour 1066"), ["harbour", "1066"], []),
    (("hello", "i'm going to make my new password kestrelhill 88, fine?"),
     ["kestrelhill", "88"], ["fine?"]),
    # ... but how long it is, or what happens to it, is no secret
    (("your new pin should be six digits", "ok", "and the password will be sent by text"),
     [], ["six digits", "sent by text"]),
    # the question placed ("Oh, that."), then the answer, its rest after a hold, said again
    (("and the anti-phishing phrase on our emails, what is it?",
      "Oh, that one. It's copper kettle... wait... 19. Yes, 19."),
     ["copper", "kettle", "19"], ["Oh, that one."]),
    # a hesitation between the secret's name and the value
    (("hello", "the passcode uh it's seven two, no, that's the alarm"), ["seven two"],
     ["that's the alarm"]),
    # the letter "a" asked for, with a remark after it; a spelling with a doubled letter
    (("could i have the fourth character of your memorable word", "a that's all of them"),
     ["[a that's"], ["that's all of them"]),
    (("and your mother's maiden name?", "Mooney. M, double O, N, E, Y."),
     ["Mooney", "double"], []),
    # where the parents met, told after a remark, with its town
    (("and where did your parents meet?",
      "Goodness, that's a tale. They met at a dance hall in Gyumri, years ago."),
     ["dance hall", "Gyumri"], ["years ago"]),
    # a security check announced as "a few extra checks", then a knowledge question
    (("I need to run a few extra checks. What was the amount of your last top-up?",
      "I think it was 35 dollars"), ["35"], []),
    # someone in the room asked by name
    (("what was your first pet called?", "Wait. Tsetseg, what did we call the dog?"),
     ["Tsetseg"], ["what did we call the dog"]),
])
def test_the_thirty_ninth_session_s_secret_and_offer_mechanics(
        turns: tuple[str, ...], gone: list[str], kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a secret's first letters read back, spelled, even where they make a word; then the rest
    (("and your memorable word please?", "Tanager. T-A-N-A-G-E-R.",
      "Sorry, the line broke up, I've got T-A-N...", "...A-G-E-R."), ["T-A-N", "A-G-E-R"],
     ["the line broke up"]),
    # a character after its place, "is", and an aside of counting
    (("could i have the third character of your memorable word",
      "third is hang on let me count on my fingers yeah q"), ["yeah q"], ["let me count"]),
    # a temporary secret issued after "one," and read back
    (("I'll set a temporary one, 5 3 5 3, and you change it in the app.", "Okay, 5353."),
     ["5 3 5 3", "5353"], ["you change it in the app"]),
    (("we can issue a temporary one, 2024 models only",), [], ["2024 models only"]),
    # a name before a modal, after a role; a role's likely holder
    (("the parcel is out and our driver will will text you first",), ["will will"],
     ["text you first"]),
    (("your tutor will probably be ngaire she's lovely",), ["ngaire"], ["she's lovely"]),
    (("your driver will probably be late",), [], ["will probably be late"]),
    # an identifier's last digits after a hold in the same turn; not a count after "and then"
    (("and your policy number?", "it's 5521 7730 hang on, and then 6"), ["6"],
     ["hang on, and then"]),
])
def test_the_thirty_ninth_session_s_second_round_mechanics(
        turns: tuple[str, ...], gone: list[str], kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # the second review: letters spelled after a secret are its read-back only while the
    # check is on and the agent reads them (or the caller goes on with them)
    (("and your memorable word?", "Paddington.", "thank you, how can i help today?",
      "I bank with H-S-B-C and they blocked me"), [], ["H-S-B-C"]),
    # a role's likely holder is a name the data holds before a pronoun, not an adjective
    (("your driver will probably be frank with you",), [], ["be frank with you"]),
    # an identifier's rest after a hold typed with a capital
    (("and the member number?", "4417 2093 Hang on, and then 8"), ["8"], []),
])
def test_what_the_thirty_ninth_second_review_found(
        turns: tuple[str, ...], gone: list[str], kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a one-time code dictated over backchannels, a letter's case said with it, then read back
    # run together by the listener
    (("Your one-time passcode, ready?", "yes", "R 9,", "ok", "small t, 2,", "mhm", "upper case W.",
      "so R9t2W, got it"), ["R 9", "small t", "upper case W", "R9t2W"], ["got it"]),
    # ... but no other code said meanwhile, nor one where no secret was dictated
    (("Your one-time passcode, ready?", "yes", "R 9,", "ok", "small t, 2,", "mhm", "capital W.",
      "got it. and my flight is BA2490"), ["small t"], ["BA2490"]),
    (("what's the order about?", "so AB1234 never came"), [], ["AB1234"]),
    # a letter's case goes with it; "case" alone is no letter's
    (("what's your password?", "it's lower case k, 7, 7, small m, upper case Q."),
     ["lower case", "small m", "upper case"], []),
    (("what's your password?", "just in case Sunflower88"), ["Sunflower"], ["just in case"]),
    # "a new one" to choose, in a clause after another value's word
    (("I've sent a temporary password by text.", "ok",
      "That expires in 10 minutes, and the site will have you set a new one.",
      "Fine, I'll go with Quokka!55 then."), ["Quokka", "55"], ["I'll go with"]),
    # a new code of any kind to make up, then what the caller makes it
    (("Please pick a new 6-digit code for the app.", "Could I make it 9 1 8 3 7 2?"),
     ["9 1 8 3 7 2"], ["Could I make it"]),
    (("You can choose your new PIN at the branch.", "Can I make it 4 0 4 0?"), ["4 0 4 0"], []),
    # an identity check offered another way, then a knowledge check's answer
    (("the passcode doesn't match, no problem, I can verify with your recent activity, what "
      "was the shop and the amount of your latest purchase?",
      "it was tesco express for forty two pounds sixty"), ["tesco express", "forty two"], []),
    # ... not a check made with a third party
    (("let me verify with the courier, what was the last delivery you got from us and when",
      "the hoover on monday"), [], ["the hoover on monday"]),
    # the value "a new one" stands for is the one named, not a secret
    (("For security, what's your password?", "Kookaburra44",
      "Thanks, that's correct. Your mobile number 07700 900123 is out of date, and I'll set a "
      "new one.", "It's 07700 900456 now."), ["900456"], ["now."]),
    # a code to pick from offers is no secret; a past act asked about asks for none
    (("just pick a new code from the offers page, like SAVE20 or SPRING15.",
      "I'll use SPRING15 then."), [], ["SPRING15 then"]),
    # a wrong guess at a PIN, taken back, is most of it
    (("And the kiosk PIN you set when you joined?", "It was either 5858 or... no. It's 5808."),
     ["5858", "5808"], ["It was either"]),
    # the agent's confirming of a knowledge check's amount, to the penny
    (("And as an extra check, how much was your last payment?", "roughly 62 I think",
      "£62.75, that's the one, thanks."), ["62"], ["that's the one"]),
    # a sort code's first pair at the end of a turn, its rest after a backchannel
    (("and the bank details?", "ok i'll give you mine then sort code thirty", "mm hm",
      "ninety one forty"), ["thirty", "ninety one"], ["sort code"]),
    # a secret proposed while one is set, then taken back; the one issued in a later sentence
    (("What would you like the new PIN to be? Four digits.",
      "Let's do 1974... no wait, everybody knows that one. Make it 5208."), ["1974", "5208"],
     ["no wait"]),
    (("I'll give you a temporary password, change it when you log in. It's crimp seven seven, "
      "all lowercase.", "ok"), ["crimp"], ["all lowercase"]),
    (("We'll issue a new PIN by post. It's usually there in five days.", "ok"), [],
     ["usually there"]),
    # a role's holder named, then taken up by "he'll"
    (("your tech today is will he'll text you when he's ten minutes out", "great"),
     ["is will he'll"], ["text you"]),
    # the secret just given, said back or on in characters that open the turn
    (("I'm going to give you a temporary password. Have you got a pen?", "Go ahead.",
      "It's Pz9w41t.", "P, z, 9, w... sorry, and then?", "4, 1, t. It lasts a day."),
     ["P, z, 9", "4, 1, t"], ["sorry, and then?", "It lasts a day."]),
])
def test_the_fortieth_session_s_secrets(turns: tuple[str, ...], gone: list[str],
                                        kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("caller_turns", "gone", "kept"), [
    # the secret named again while it is owed is still owed by its speaker
    (("oh the password, hang on", "its biscuit"), ["biscuit"], ["hang on"]),
    # ... also after someone beside was asked for it
    (("hang on karim what's the password again", "oh the password, hang on", "it's marmalade"),
     ["marmalade"], ["hang on"]),
    # someone beside asked for it, and what they say
    (("wait, my son set it up. Karim! What was the password?", "He says bluedoor."),
     ["bluedoor"], ["my son set it up"]),
    (("my wife set it. Ama, what's the password?", "she says kestrel harbour"),
     ["kestrel", "harbour"], ["she says"]),
    (("my husband set it. Tom, what's the password?", "he says he can't remember"), [],
     ["he says he can't remember"]),
])
def test_a_secret_owed_over_the_caller_s_own_turns(
        caller_turns: tuple[str, ...], gone: list[str], kept: list[str]) -> None:
    session = REDACTOR.session()
    out = [session.redact("what's the password on the account?", "INTERNAL").text]
    out += [session.redact(text, "EXTERNAL").text for text in caller_turns]
    _gone_and_kept(out, gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # what a record is looked up by is the caller's, dictated in parts over backchannels
    (("Let me pull you up by SIN instead.", "Sure, 5 2 7...", "uh huh", "...3 9 1...", "ok",
      "...0 4 6."), ["5 2 7", "3 9 1", "0 4 6"], ["Sure,"]),
    # the answer relayed by someone beside, after sentences that called them first
    (("And the alarm code?", "Ugh, my partner did that. Hold on. Tomasz! What's the code for "
      "the alarm? ... He's saying four four...", "mm hm", "...one two."),
     ["Tomasz", "four four", "one two"], ["my partner did that", "Hold on."]),
    # the parts asked again after an answer that told more than them
    (("I need the third and sixth letters of your memorable word.",
      "oh my daughter chose it, it's the village we stayed in when she was small",
      "only the two letters please", "third is r sixth is t"), ["is r", "is t"],
     ["only the two letters"]),
    # the one said first taken back as out of date, the current one after it
    (("And your app PIN?", "7-3-9-1? Sorry, no, that was my old one. 8-4-0-2."),
     ["7-3-9-1", "8-4-0-2"], ["that was my old one"]),
    # an answer that trails off goes on after the listener's backchannel
    (("And your passphrase?", "It's Bramble, like the hedge, all one word...", "Go on.",
      "...and 2011 after it."), ["Bramble", "2011"], ["like the hedge", "after it"]),
    # "in order" names no order: the long number the caller reads next is still theirs
    (("I'll text you three codes, enter them in order.",
      "Okay, first is 5512 0093 7781 4420 1189?"), ["5512 0093"], ["first is"]),
    # a department's name in the greeting asks nothing where the turn asks for a reference
    (("Good morning, Member Accounts at Harbour Ferries, my name is Tane. Can I take your "
      "booking reference?", "Sure, it's HF-220917."), ["Tane"], ["HF-220917"]),
    # a name called to ask for a secret, after a relative was spoken of
    (("And the passcode?", "My son set it up. Wait. Dmitri! What's the passcode for the "
      "bank? ... He says lighthouse."), ["Dmitri", "lighthouse"], ["My son set it up"]),
    # a name called to ask what was chosen, with no relative spoken of; the relayed answer
    # goes on with where it is
    (("And your memorable phrase?", "Hold on. Kemal! What'd we put as the phrase? ... He says "
      "red kite over the barn"), ["Kemal", "red kite", "over the barn"], ["Hold on."]),
    # the earlier one taken back as old, a word and digits, and the one that replaced it
    (("And your password?", "Oh, it's... harbour12. No, hang on, that's my old one. "
      "Harbour2012."), ["harbour12", "Harbour2012"], ["that's my old one"]),
    # ... said with no marks, "it is" after it
    (("and your pin", "actually no sorry that is my old one it is two zero zero four"),
     ["two zero zero four"], ["that is my old one"]),
    # a guess taken back, then what it would be
    (("What street did you grow up on?", "I think I put... Elm Row? No, wait, it'd be Tanner, "
      "the one by my uncle's in Truro."), ["Elm Row", "Tanner"], ["the one by"]),
    # ready to write is no value
    (("I'm going to issue a temporary passcode, it lasts a day. Ready?", "Yep, got a pen.",
      "It's R, 4, lowercase k, 9, 9."), ["R, 4"], ["got a pen"]),
    # a word run into digits proposed as the new one closes its clause
    (("Your temporary password is in your inbox.", "ok it wants a new one. i'll put "
      "Nakuru2031... is that ok?"), ["Nakuru2031"], ["it wants a new one"]),
    (("Which model is it?", "i'll put Model3 in the notes"), [], ["Model3 in the notes"]),
    # a postcode read back, then that it was heard
    (("and postal code", "r two j three k nine", "r two j three k nine got it thanks"),
     ["r two j", "k nine"], ["got it thanks"]),
    # no security question's number and street across two sentences
    (("I need one security question. What street did you grow up on?", "Mill Lane."),
     ["Mill Lane"], ["one security question. What street"]),
    # the characters said back by the agent, alone or before its confirming
    (("I need the first, fourth and sixth characters of your password.",
      "first is k fourth is p and sixth is w", "so that's k p and w"), ["is k", "p and w"],
     ["so that's"]),
    (("The second and last letters of your memorable word?", "Second is T. Last is Q.",
      "T and Q, that's correct, thanks."), ["T and Q"], ["that's correct"]),
    (("third fourth and last characters of your password please", "third is h fourth is b "
      "last is x", "h b x, perfect thank you"), ["is h", "h b x"], ["perfect thank you"]),
    (("third fourth and last characters of your password please", "third is h fourth is b "
      "last is x", "thanks, h, b and x is correct"), ["h, b and x"], ["is correct"]),
    # a card's code asked as "the three-digit code from the back of it"
    (("To take the payment I need the three-digit code from the back of it.", "7-1-8."),
     ["7-1-8"], ["I need the three-digit code"]),
    # relayed after the turn's own words, and a guess before it taken back
    (("And the password?", "one sec ... amir what's the password for the wifi account ... he "
      "says olive and then 42"), ["olive", "42"], ["one sec"]),
    (("And the PIN?", "It was 3-1-1-9? No. My wife changed it. Leila! ... She says 9-1-1-3."),
     ["3-1-1-9", "9-1-1-3"], ["My wife changed it"]),
    (("And the PIN?", "Two, eight... no, sorry, it's the other way round. Eight, two."),
     ["Two, eight", "Eight, two"], ["the other way round"]),
    # a new PIN proposed
    (("Change it in the app within the hour.", "Can I make the new one 2207? It's my "
      "birthday."), ["2207"], ["It's my birthday"]),
    # a price in the turn that issues a PIN is no secret
    (("Reset done. It's free today, normally it's 2,000 shillings. Your temporary PIN, it is "
      "5 1 8 2.", "ok"), ["5 1 8 2"], ["2,000 shillings"]),
    # a reference's letters that a name list holds too
    (("I've logged it, your reference is ptf 552 019.", "thanks"), [], ["ptf 552 019"]),
    # a role's holder named with "would be", then taken up
    (("your skipper that day would be rose, she's great with groups",
      "rose, i think we had her last time"), ["rose"], ["she's great", "i think we had"]),
    # review: a greeting whose sentence goes on to ask still asks; the caller's own answer
    # before one relayed; one word "Paper." is an answer; an old card is no old secret
    (("Good afternoon, this is Ana in billing, I need the date of birth. Then the invoice "
      "number.", "the 3rd of May 1975. Invoice is INV 2231."), ["May 1975"], ["INV 2231"]),
    (("And your childhood nickname?", "little bear. he's saying big bear"), ["little", "big"],
     ["he's saying"]),
    (("And your memorable word?", "Paper."), ["Paper"], []),
    (("And your memorable year?", "sorry wrong card. 3 cards on the account"), [],
     ["3 cards on the account"]),
    (("And your PIN?", "no sorry, the old card expired. 2 weeks ago actually"), [],
     ["2 weeks ago"]),
    # a typed secret's shape after "make it", though the secret is only "it"
    (("I've unlocked it, a reset link is on its way.", "Could you just set it for me? Make it "
      "Kestrel2031!"), ["Kestrel2031"], ["set it for me"]),
])
def test_the_forty_first_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                             kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a secret's digits put right in the same breath
    (("and your four digit passcode", "six two no sorry six three"), ["six two", "six three"],
     ["no sorry"]),
    (("What's the PIN?", "8841, no wait, 8814. I always swap them."), ["8841", "8814"],
     ["I always swap them"]),
    # someone beside asked with an endearment, then their answer relayed
    (("the third digit of your phone passcode please", "um darling what's the third number of "
      "the bank code", "take your time", "she says it's seven"), ["seven"], ["she says"]),
    # a character by its place with chatter between, at a full stop or where the turn ends
    (("the first and fourth characters of your password please", "first is q and the fourth, "
      "one moment, counting on my fingers here, 8."), ["is q", "here, 8"],
     ["counting on my fingers"]),
    (("second and sixth letters of your memorable word", "second is b and the sixth... one two "
      "three four five six... z"), ["is b", "six... z"], ["and the sixth"]),
    # an issued secret said back whole: its words given over two turns
    (("i'll set a temporary password for you it's river", "mm hm", "nine nine lantern all "
      "lower case", "river nine nine lantern got it"), ["river nine", "nine lantern"],
     ["got it"]),
    # a sort code given in pairs, read back whole
    (("the sort code please", "forty one...", "mm-hm", "22-07", "so that's 41-22-07"),
     ["41-22-07"], ["so that's"]),
    # "the new one" offered where the card was named before it
    (("my card was stolen last week, let me give you the new one", "5 3 1 2", "go on",
      "8 8 7 0 1 2 3 4 9 9 0 1"), ["5 3 1 2"], ["go on"]),
    # a postcode's cue, then what the postcode is for
    (("is the eircode on the order still D02 X285",), ["D02 X285"], ["the eircode on the order"]),
    # when a payment is due, in text with capitals
    (("When's the payment due?", "It's due Monday."), [], ["It's due Monday"]),
    # an identifier's last digits after an aside, where the turn ends
    (("Can I have your member number?", "sure it's 2290 7714 5, one sec, the light's bad... "
      "63."), ["2290 7714 5", "63."], ["the light's bad"]),
    (("Your account number?", "55410982, sorry, the dog is barking... 3 of them."),
     ["55410982"], ["3 of them"]),
    # a new PIN given in pairs, read back whole
    (("what would you like the new pin to be", "um four one", "mm hm", "seven three that's my "
      "mum's birthday", "so that's four one seven three confirmed"), ["four one seven three"],
     ["confirmed"]),
    # a placed character said again with the word that explains it
    (("the second and fifth characters of your passcode please", "second is p and fifth is "
      "two", "one of those doesn't match", "oh wait no the fifth is t t for tango sorry"),
     ["is t", "tango"], ["sorry"]),
    # "go on then" after a story that weighed up the answer: the answer is still owed
    (("what was the name of the street you grew up on?", "we lived on a farm at first then "
      "in town but for this i think i put the river", "Go on then.", "kelburn"), ["kelburn"],
     ["Go on then"]),
    # review: a name or a secret in a sentence after a PIN; pairs of a sort code are no
    # years; a name heard before is a season after "over the"; an aside with no pause
    (("What's the passcode on the account?", "3392. My daughter set it, Mereana did."),
     ["3392", "Mereana"], ["My daughter set it"]),
    (("the sort code please", "twenty", "mm hm", "twelve", "yes", "thirty four", "and when was "
      "the last payment?", "it was 2012 or maybe 2020"), [], ["2012 or maybe 2020"]),
    (("what's your daughter's name", "she's called summer", "over the summer can you send "
      "paper statements"), ["called summer"], ["over the summer can you"]),
    (("best number to reach you?", "it's 07700 900461, but I'm in meetings until... 3."),
     ["900461"], ["until... 3."]),
    (("can you give me the pin and the answer to your security question please",
      "8814. fluffy."), ["8814", "fluffy"], []),
    # a token shaped like a secret, typed at a login
    (("I can't log in to the portal.", "I kept typing Harbour2031 and it locked me out"),
     ["Harbour2031"], ["it locked me out"]),
])
def test_the_forty_second_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                              kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a new PIN asked for as "new four digits", proposed as a question, read back
    (("sorry about that, do you want to pick a new four digits", "can it be two seven seven "
      "one", "two seven seven one done that's live now"), ["can it be two seven seven one",
                                                          "two seven seven one done"],
     ["done that's live now"]),
    # a duration in the agent's turn after the caller spoke of their code
    (("southern cross storage you're through to amy", "hi amy it's rawiri my gate code's "
      "stopped working", "ah that'll be the ninety day reset"), [], ["ninety day reset"]),
    # a PIN tried, wherever the clause goes on; a new one made, its "one" run into the digits
    (("normally i'd ask for your four digit app pin", "yeah i tried one nine nine six like "
      "three times and it kicked me out"), ["tried one nine nine six"], ["three times"]),
    (("you'll need a new pin", "can i just make the new one two two one eight"),
     ["two two one eight"], ["can i just make the new"]),
    # a place after "in" where a place was asked and nothing else answers
    (("First, where did your parents meet?", "Where they met... at the university, in "
      "Tripoli."), ["Tripoli"], ["at the university"]),
    (("For security, where did you have your first date?", "The Red Lion in Oxford."),
     ["Red Lion"], ["in Oxford"]),
    # what a text shows, read out after a sentence about it
    (("I've texted you a temporary password now.", "Yes, it came. It says K x 9 3 palm 7."),
     ["K x 9 3 palm 7"], ["Yes, it came"]),
    (("I've texted you a temporary password now.", "Got it. The message says tulip 4 4 1."),
     ["tulip 4 4 1"], ["Got it"]),
    (("I've texted you a temporary code.", "Done. It says updated, and two devices logged "
      "out."), [], ["It says updated, and two devices"]),
    (("I've texted you a temporary code.", "Yes it came. It says welcome to the app."), [],
     ["welcome to the app"]),
    # a secret read back as a question, put right; the one chosen instead
    (("What would you like as the password?", "Curlew.", "Okay, so that's curlew?",
      "Wait, no, he's shaking his head. He says everybody knows that one. He wants lapwing "
      "instead."), ["Curlew", "lapwing"], ["He wants", "everybody knows"]),
    (("What would you like as the password?", "Curlew.", "Okay, so that's curlew?",
      "No, it's heron."), ["heron"], ["No, it's"]),
    (("What would you like as the password?", "Curlew.", "Okay, so that's curlew?",
      "No, sorry, that's correct."), [], ["that's correct"]),
    (("What would you like as the password?", "can I use the app instead?"), [],
     ["use the app instead"]),
    # dates no one gives as a birth date: a recent one; a birth date asked or a birthday's
    (("Event: 40th birthday, Saturday 16 August 2025, 7pm to midnight",),
     ["16 August 2025"], ["7pm to midnight"]),
    (("Deposit $150 paid 3/4/2025. Requests: 90s country.",), [], ["paid 3/4/2025"]),
    (("what's your date of birth", "my date of birth is Saturday the 4th of May 1985"),
     ["May 1985"], []),
    (("and the baby's date of birth?", "3/4/2026"), ["3/4/2026"], []),
    # characters by their places with no "is", and after the whole PIN
    (("i need two digits from your pin, the first and the fourth please", "first 6, fourth 9"),
     ["6", "9"], ["first", "fourth"]),
    (("i need two digits from your pin the first and the fourth please", "the pin is six two "
      "zero nine so first six and fourth is nine"), ["six", "nine"], ["so first", "fourth is"]),
    # a business's reference said back, though shaped like the caller's customer number
    (("Have you got your customer number?", "AB-12345.", "Thanks. Your repair case is "
      "WO-55812.", "WO-55812. I'll stick it on the fridge."), ["AB-12345"],
     ["WO-55812. I'll"]),
    # review: the answer before a sentence about what the app says; a birthday's date stays a
    # birth date; words a correction or "instead" meets that are no secret; amounts and times
    (("What's your memorable word?", "Marigold. The app says that's wrong though."),
     ["Marigold"], ["The app says"]),
    (("when's her birthday", "Her birthday is Tuesday 4 March 1986."), ["4 March 1986"], []),
    (("What would you like as the password?", "Curlew.", "Okay, so that's curlew?",
      "no sorry it's heron"), ["heron"], ["no sorry it's"]),
    (("What would you like as the password?", "Curlew.", "Okay, so that's curlew?",
      "No, it's broken, the website I mean."), [], ["it's broken"]),
    (("What would you like as the password?", "I'll try online banking instead."), [],
     ["online banking instead"]),
    (("how much a month on the new plan?", "can we make the new one fifteen hundred"), [],
     ["one fifteen hundred"]),
    (("southern cross storage", "hi my gate code's stopped working", "Your temporary password "
      "is 30 days 7x."), ["30 days 7x"], []),
    # the secret read back, then the next of its kind asked for in a few words
    (("Now, is the lockbox code still the same?", "No, my husband changed it. It's 4471.",
      "4471. And the side gate padlock?", "Same as before, 0038."), ["4471", "0038"],
     ["Same as before"]),
    (("Now, is the lockbox code still the same?", "It's 4471.", "4471. And the reason for "
      "the call?", "the boiler's broken"), ["4471"], ["boiler's broken"]),
    # a name asked for, said last after a hedge
    (("do you remember who did the install", "young guy i want to say wes"), ["wes"],
     ["young guy"]),
    (("do you remember who did the install", "i think it was tuesday"), [], ["tuesday"]),
    # second review: a thing that holds no secret; a read-back of a secret confirmed by a
    # question after it; a long number before a question keeps its label
    (("Now, is the lockbox code still the same?", "It's 4471.", "4471. And the dog?",
      "Biscuit is friendly"), ["4471"], ["Biscuit is friendly"]),
    (("What would you like as the password?", "Curlew.", "I've got curlew. Is that right?",
      "no, heron"), ["Curlew", "heron"], ["no,"]),
    (("your policy number please", "7712345. what's my policy number meant to look like?"),
     ["7712345"], ["meant to look like"]),
    (("your card's been reissued, it has 4 new digits at the end, 7731.",), [],
     ["4 new digits"]),
    # knowledge checks of when the account was opened and of a regular payment; a payout's
    # amount read back "net"; a PIN asked "when you took the policy out" stays a PIN
    (("For a dispute I need to confirm your identity with a few questions from your file.",
      "sure", "Thank you. First question: in what year did you open your auto loan?",
      "Uh, spring of 2021? Yeah, 2021.", "And roughly what's the monthly payment on it?",
      "It was $412, but it went up, so it's $438 now."), ["2021", "412", "438"],
     ["it went up"]),
    (("One more check: what was the amount of your last successful payout?", "we received "
      "1,126 dollars and 40 cents", "Yes, 1,126.40 net after our 5% fee. You're verified."),
     ["1,126"], ["after our 5% fee"]),
    (("when you took the policy out you'd have set a four digit passcode could i have that",
      "one nine", "mm hm", "eight five"), ["one nine", "eight five"], []),
    # the whole word spelled while counting to a place; "password which is"; whose number
    (("i need the third fourth and seventh characters of your memorable word", "third is r "
      "fourth is e and seventh wait let me count j a r e b i c yes seventh is c"),
     ["j a r e b i c"], ["let me count"]),
    (("i've unlocked the portal and i've set a temporary password which is bluebell four two "
      "all lower case",), ["bluebell"], ["all lower case"]),
    (("Botswana Telecom, how can I help?", "I want to move my number to Mascom.",
      "No problem. Which number is it?", "72 418 093. I have had it since 2011."),
     ["72 418 093"], ["I have had it"]),
    # a price before a question for the next value
    (("we can, postage is six fifty. what's the eircode",), [], ["six fifty"]),
    # a name answered after a hedge, or before the next detail asked for
    (("whose name would the quote be under", "probably mine dawn whitehorse or it might be "
      "my husband frank"), ["dawn", "whitehorse", "frank"], ["probably mine"]),
    (("i'll just need his full name licence number and the rego", "tane parata his licence "
      "is e k four eight two nine"), ["tane", "parata"], ["his licence is"]),
    (("your mother's maiden name please", "is it the one about my mum's maiden name",
      "maiden name yes that's the one"), [], ["maiden name yes"]),
    # the plate after the vehicle's "'s"; its other words stay
    (("that's the truck's c k z m four one two",), ["c k z m"], ["the truck's"]),
    (("the van's engine is 2 litre",), [], ["engine is 2 litre"]),
])
def test_the_forty_third_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                             kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize("text", [
    "no, that was the old address. We moved in March.",
    "Sunflower? No sorry, that's the old one. Let me find the new one.",
])
def test_an_old_one_taken_back_with_no_new_value_takes_nothing_after_it(text: str) -> None:
    out = call("And the PIN?", text)
    assert out[1].endswith(text.rsplit(".", 2)[-2] + "."), out


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a secret read back as a question, put right after a story or a hedge; how a thing is
    # stays (an everyday noun may be a memorable word, "-ing"/"-ed" words and states are not)
    (("What is the memorable word on the account?", "curlew", "Okay, so that's curlew?",
      "umm no... i changed it last week. it's heron now"), ["heron"], ["i changed it"]),
    (("What is the memorable word on the account?", "curlew", "Okay, so that's curlew?",
      "Oh no, I forgot. It might be kestrel."), ["kestrel"], ["I forgot"]),
    (("What is the memorable word on the account?", "curlew", "Okay, so that's curlew?",
      "no. honestly. it's mad"), [], ["it's mad"]),
    (("What is the memorable word on the account?", "curlew", "Okay, so that's curlew?",
      "no, it's dark"), [], ["it's dark"]),
    (("What is the memorable word on the account?", "curlew", "Okay, so that's curlew?",
      "No, I reset it. It's fine now."), [], ["It's fine now"]),
    (("What is the memorable word on the account?", "curlew", "Okay, so that's curlew?",
      "No, it's locked now"), [], ["it's locked now"]),
    # a code the business said it would send, asked something else first: its "sending it
    # now" opens the wait for the code read out
    (("next i'll text a one time code to the mobile on file can you confirm that number",
      "four oh three five five five zero one nine two", "yep sending it now it's good until "
      "three forty five mountain time", "got it it says six eight one"), ["six eight one"],
     ["got it it says"]),
    (("I'm going to email you a verification code, but first what's your postcode?",
      "BT74 6AB", "Thanks. OK, I've sent it now.", "It's here, 449 210"), ["449 210"],
     ["It's here"]),
    (("next i'll text a one time code to the mobile on file can you confirm that number",
      "four oh three five five five zero one nine two", "no need actually, you're verified in "
      "the app", "great", "ok i'm sending a new router, you should get it thursday",
      "great, i'll be in after five"), [], ["after five"]),
    (("I'll text you a reset code. Can I take your postcode first?", "BT74 6AB",
      "Lovely. I've sent it now, it expires in ten minutes.", "ok thanks, I'll do it in 10"),
     [], ["do it in 10"]),
    # a word spelled with pauses while counting to the places asked
    (("Right, I need two characters from your memorable word, please, the 2nd and the 5th.",
      "Ooh, hang on, I have to count it out. B... A... R... N... E... so the second is A and "
      "the fifth is E."), ["B...", "R...", "N..."], ["I have to count it out"]),
    # another question said to follow a check that passed; a parking session's amount
    (("I need two characters from your memorable word, the 2nd and the 5th.", "second is A "
      "and the fifth is E.", "Those are correct, thank you.", "Ha, it's the dog's name.",
      "One more question as it's a passcode reset: what was the last payment into this "
      "account?", "I moved £250 over from my Barclays on Friday."), ["250"],
     ["my Barclays on Friday"]),
    (("what's your app PIN", "4471", "4471, that's correct. and one more, where was your last "
      "parking session and roughly how much?", "Tib Street, on Tuesday, about £4.60"),
     ["Tib Street", "4.60"], ["on Tuesday"]),
    (("and your four digit customer pin", "1984", "that matches and what was the last "
      "airtime you bought", "fifty pula on friday at choppies"), ["fifty"], ["on friday"]),
    # a PIN's part after an aside; the PIN said before what it is; a new one the caller
    # says they chose
    (("and your four digit customer pin", "the first two are one nine", "okay", "then sorry "
      "my daughter is crying one and seven"), ["one nine", "one and seven"],
     ["my daughter is crying"]),
    (("and your four digit customer pin", "one nine one seven", "that one is not matching",
      "ah no that's my bank card one the phone one is two zero zero five the year my son was "
      "born"), ["two zero zero five"], ["the year my son was born"]),
    (("Now the app will ask you to pick a five-digit passcode. Don't say it to me, just type "
      "it in.", "Oh, I was going to do 71403, is that alright?"), ["71403"],
     ["is that alright"]),
    (("and your four digit customer pin", "1984", "sorry can I call back in 10"), ["1984"],
     ["call back in 10"]),
    # a login that goes on in words to its digits
    (("no dramas can you confirm your username for me", "billy pap sixty two"),
     ["billy pap sixty two"], []),
    (("can you confirm your username for me", "jsmith and my phone is new"), ["jsmith"],
     ["my phone is new"]),
    (("Online cup tonight. Add me, I'm ShetlandSniper180.",), ["ShetlandSniper180"],
     ["Add me"]),
    (("PlayStation5 and XPS13 and iPhone15 in stock",), [], ["PlayStation5", "XPS13"]),
    # typed values: an Indian mobile in two groups of five; a unit before its house number;
    # a doctor's "Dr" is no street's; a house number after a comma is no part of the number
    # before it; date-of-birth and identity-card labels of other languages
    (("The kits are near the beach, call 94470 61238 if you're late.",), ["94470 61238"],
     ["if you're late"]),
    (("Order 12345 67890 shipped",), [], ["12345 67890"]),
    (("Quote Q-1184 – 6/22 Sunnybank Road, Sunnybank QLD 4109",), ["6/22", "Sunnybank Road"],
     ["Q-1184"]),
    (("on 12/5/2024 we fitted 22 Smith St",), ["22 Smith St"], ["12/5/2024"]),
    (("34F, referred by Dr Thomas Kurian",), ["Thomas"], ["34F, referred by Dr"]),
    (("Health form: SIN 046 454 286, 12 Water Street, Summerside PE C1N 1A6.",),
     ["046 454 286", "12 Water Street"], ["Health form"]),
    (("Ngày sinh: 22/11/1991",), ["22/11/1991"], []),
    (("Her carnet de identidad is 6843217 LP. Same category please.",), ["6843217"],
     ["Same category"]),
    # the second review: a PIN's part after an aside about the line with full stops; "it's
    # natwest" after a password spoken of; an issued PIN keyed in, no points used; a
    # relayed one
    (("can i take your four digit pin please", "yeah go on then, it's four", "mm hm",
      "sorry. the line's crackly. then seven"), ["seven"], ["the line's crackly"]),
    (("can i take your four digit pin please", "yeah go on then, it's four", "mm hm",
      "hang on. one and seven"), ["one and seven"], ["hang on"]),
    (("how can I help?", "my password doesn't work on the app. it's natwest"), [],
     ["natwest"]),
    (("how can I help?", "my partner set the password up last time. he says it was geraldton "
      "surf 88."), ["geraldton surf 88"], ["he says it was"]),
    (("I will reset the parental PIN to a temporary one. Please key in 1974 on the remote.",),
     ["1974"], ["on the remote"]),
    (("i've reset your pin. your order 12345 is still pending, use 3000 points to pay",), [],
     ["3000 points"]),
    (("I've reset your PIN to a temporary one, enter it as 1974.",), ["1974"], ["enter it as"]),
    (("Please choose any four digits the children will not guess.", "ok. put 6 0 2 1."),
     ["6 0 2 1"], ["put"]),
    (("To enter the draw, pick 6 numbers between 1 and 59.", "I always go with my lucky 1987 "
      "then"), [], ["lucky 1987"]),
    # a temporary password dictated after the caller says they are ready to write, or after a
    # pause the dictation was left at; "go ahead" is no secret
    (("i've unlocked it and i'm going to give you a temporary password you'll change it when "
      "you log in ready", "yes i am writing", "it's capital k for kilo then lower case r then "
      "seven two then lower case m for mike then nine"), ["kilo", "seven two", "mike"],
     ["i am writing"]),
    (("I'm going to issue a one-time password. Ready?", "Ready.", "Tango, seven, hotel, "
      "nine...", "Okay.", "...bravo, two."), ["Tango", "hotel", "bravo"], ["Okay."]),
    (("okay i am in now it asks new password", "go ahead and choose one you don't need to tell "
      "me"), [], ["go ahead"]),
    (("Ya levanté la denuncia, carpeta CI-FBJ/BJ-1/UI-2/00417/02-2025.",), [],
     ["CI-FBJ/BJ-1/UI-2/00417/02-2025"]),
])
def test_the_forty_fourth_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                              kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a passphrase is a sentence: asked for, the answer's sentence is it; the new one after a
    # check that passed is still awaited
    (("could i have your spoken passphrase", "um the fox sleeps under my blue fence"),
     ["fox sleeps under my blue fence"], []),
    (("and the security phrase on file", "yes it's tea before noon on sundays"),
     ["tea before noon on sundays"], []),
    (("and your passphrase", "sorry can you hold on a second"), [], ["hold on a second"]),
    (("and your passphrase", "rainy harbour lights", "great that matches so what should the "
      "new one be", "silver kettle ninety one"), ["rainy harbour", "silver kettle"], []),
    # backup, recovery and porting codes are secrets; one turned down as spent asks for another
    (("Can I take one of your recovery codes?", "Sure, 4KQ2-9XP7."), ["4KQ2-9XP7"], []),
    (("read me one of your backup codes please", "H3M9 W2K7", "sorry, that one has expired",
      "oh then P8L2 Z6N4"), ["H3M9", "P8L2"], ["that one has expired"]),
    (("have you got your backup codes handy?", "I have, want one?", "yes, any unused one",
      "okay 7 Q 4 R 2 2 M 9"), ["7 Q 4 R 2 2 M 9"], ["any unused one"]),
    (("Your PAC code is V K L, then 4 4 2 1 9 1.",), ["V K L", "4 4 2 1 9 1"], []),
    # asked back before any answer
    (("what's your memorable word?", "Sure. Shall I spell it out for you?"), [],
     ["Shall I spell it out"]),
    # an issued secret's digits asked back as a choice, said again in words
    (("i've set a temporary password for you, it's falcon 3917 all lower case", "sorry was that "
      "3917 or 3971?", "3917. Three, nine, one, seven."), ["3917", "3971", "Three, nine"], []),
    # a character's place refused, then given again with "now"
    (("I need the first and fourth digits of your passcode", "first is two, fourth is six",
      "the fourth one doesn't match what I have", "ah, I updated it in March, the fourth is "
      "nine now"), ["two", "six", "nine"], ["I updated it in March"]),
    # how it is, not what it is, after typing it where asked
    (("please type one of your backup codes into the secure form instead", "Okay... typing it "
      "now. Submitted."), [], ["Submitted"]),
    # dictation going on with a case said first, after a question about a character, and
    # through the listener's "Yes."; a secret left unfinished is no e-mail
    (("I'm issuing you a temporary passcode, ready?", "ready", "capital M for mike, 7, small p",
      "ok", "small q for quebec, then the dollar sign", "Dollar, the S with a line?",
      "Yes, that one. Then capital Z and 5."), ["capital M", "small q", "dollar sign",
                                                 "capital Z and 5"], ["the S with a line"]),
    (("you can choose the new password with me now", "ok my email is always full anyway. so "
      "it's small h", "mm hm", "then o r n e t, all lower case", "Yes.", "then the hash sign, "
      "then 7 7, then a full stop at the end."), ["o r n e t", "hash sign", "7 7"],
     ["all lower case"]),
    # a new secret proposed with "let's"
    (("shall we put a memorable word on the account?", "yes let's have Pumpernickel"),
     ["Pumpernickel"], ["let's have"]),
    # a meter's reading and an air waybill are the business's; "nacida el" is a birth date
    (("can you read the meter for me?", "it says 6 2 9 0 4", "and the night rate?",
      "1 7 7 3 8"), [], ["6 2 9 0 4", "1 7 7 3 8"]),
    (("may I have the AWB number please", "4 4 1 9 0 2 7 7 6 3 1"), [], ["4 4 1 9 0 2 7 7 6 3 1"]),
    (("Su madre, nacida el 9 de junio de 1952, es la titular.",), ["9 de junio de 1952"],
     ["es la titular"]),
    # a character put right with what it stands for, on either side
    (("read me the access code from the letter please", "it's P for papa, 4, 4, J, 8, D for delta",
      "so P 4 4 J 8 B for bravo?", "no, D for delta", "sorry, D for dog, got it"),
     ["D for delta", "D for dog"], ["got it"]),
    # the words of a new secret going on after "mm hm", then talk
    (("what would you like the new password to be", "um copper kettle", "mm hm",
      "sunrise she'd like that one"), ["copper kettle", "sunrise"], ["she'd like that one"]),
    (("from your memorable word can i have the second and the fifth characters",
      "right hang on the second is r", "mm hm", "sorry it's a long word"), [],
     ["sorry it's a long word"]),
    # digits of any value asked by their places; a count of digits is no place
    (("from your security number can i have the third digit and the sixth digit", "hang on "
      "it's on a card the third one is four", "mm hm", "and the sixth is seven"),
     ["four", "seven"], ["the third one"]),
    (("for security confirm the last four digits of the card you paid with", "eight one one "
      "two it is a debit card"), ["eight one one two"], ["it is a debit card"]),
    # a long number after a time phrase is still the account's; the word after it names the
    # next value
    (("i changed my bank account last month, 30917752804 ifsc sbin0004417",),
     ["30917752804", "sbin0004417"], ["last month"]),
    # a code read in two halves; a code sent that is slow to come, read digit by digit with
    # an aside between
    (("can you read me the security key from the card, in two parts is fine", "right first "
      "half is m four t", "mm hm", "second half x nine j"), ["m four t", "x nine j"],
     ["first half is"]),
    (("i'm texting a verification code now, read it out when you get it", "still waiting",
      "it can take a couple of minutes", "right it says five", "mm hm", "sorry seven",
      "yep", "one sorry my glasses are upstairs four"), ["five", "seven", "one", "four"],
     ["still waiting", "my glasses are upstairs"]),
    (("i'm texting a verification code now", "nothing yet sorry bill", "ok"), ["bill"],
     ["nothing yet"]),
    (("for security can i have the second and fourth letters of your memorable word",
      "right so, h, then m"), ["h, then m"], ["right so"]),
    # the review: a passphrase after "my passphrase is", before a hedge or a new clause; talk
    # of it and put-offs stay; what was done with a secret and "let's say" a day stay
    (("your security phrase please", "my security phrase is the owl sings at dawn"),
     ["owl sings at dawn"], ["my security phrase is"]),
    (("your security phrase please", "Paper boats float east, I believe?"),
     ["Paper boats float east"], ["I believe"]),
    (("and the passphrase please", "yes paper boats float east and the postcode is the same"),
     ["paper boats float east"], ["and the postcode is the same"]),
    (("and the passphrase please", "honestly i never set one up"), [],
     ["honestly i never set one up"]),
    (("and the passphrase please", "my husband set it up, he's at the gym in leeds"), [],
     ["set it up"]),
    (("and the passphrase please", "I'd rather not say it on the bus."), [],
     ["rather not say it"]),
    (("Please type the new password into the keypad now.", "Entered."), [], ["Entered."]),
    (("what would you like the new pin to be", "let's say friday, i'll ring back then"), [],
     ["friday"]),
    # a secret's next word alone after "mm hm"; a code of so many digits is a one-time code
    (("your memorable word please", "copper", "mm hm", "lantern"), ["copper", "lantern"], []),
    (("your memorable word please", "copper", "mm hm", "thanks"), ["copper"], ["thanks"]),
    (("please read me the six digit code", "still waiting", "it says nine", "two sorry the "
      "signal dropped seven"), ["nine", "two", "seven"], ["still waiting"]),
    # the second review: a passphrase only where it is asked for; the caller's own doings
    # after it are talk; how it went after "mm hm" is no secret's word
    (("you can change your passphrase in the app", "we moved house in the autumn"), [],
     ["we moved house in the autumn"]),
    (("your security phrase please", "the line is terrible today"), [],
     ["the line is terrible today"]),
    (("your security phrase please", "i'm calling on behalf of my aunt"), [],
     ["on behalf of my aunt"]),
    (("what's your memorable word", "marigold", "mm hm", "sorted"), ["marigold"], ["sorted"]),
    (("what's your memorable phrase", "silver", "mm hm", "followed by harbour"),
     ["silver", "harbour"], ["followed by"]),
    (("could i have the second and fifth digits of your passcode", "the second is 6 the fifth "
      "is 3"), ["is 6", "is 3"], ["the second is"]),
    # a temporary secret dictated in the turn after it was named, or before it is named
    (("i've reset it, your new temporary passcode", "capital T, small r, 8, 8"),
     ["capital T", "small r", "8, 8"], ["your new temporary passcode"]),
    (("Capital W, small q, 3, 7, hash is your temporary password.",),
     ["Capital W", "small q", "3, 7"], ["is your temporary password"]),
    (("your reference is", "k 4 4 is your order number"), [], ["k 4 4"]),
    # how it starts, and how it is typed before it
    (("what's your password", "it starts with tangerine", "mm hm", "boat house"),
     ["tangerine", "boat house"], ["it starts with"]),
    (("I'll set you a temporary password: all lower case, m-a-p-l-e-4-4",), ["m-a-p-l-e"],
     ["all lower case"]),
    # the agent's own dictation said again
    (("Your temporary passcode is capital R, small t, 6.", "ok", "So that's R T 6, all "
      "right?"), ["R T 6"], ["all right?"]),
])
def test_the_forty_fifth_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                             kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # letters read out with their case are a secret's, whoever reads them and whatever was asked
    (("Right, so once more: uppercase M, lowercase k, 5, lowercase p, underscore, capital Z.",),
     ["uppercase M", "lowercase k", "lowercase p", "capital Z"], ["Right, so once more"]),
    (("anything else?", "yes my new one will be small g, capital H, 2, 2, exclamation mark"),
     ["small g", "capital H", "2, 2"], ["my new one will be"]),
    (("is that a capital M or a small m on the form?",), [], ["capital M or a small m"]),
    # "the new one" asked for after a code ran out is the code again; an old thing is no value
    (("can you read me the code from your authenticator", "it's 714 229",
      "that one's just expired, could you give me the new one?", "Sure, um, 388... 016."),
     ["714 229", "388", "016"], ["just expired"]),
    (("and the card ending 3 3 9 0?", "yes. do I need to post the old one back?",
      "yes, within a fortnight or there's a two hundred dollar fee"), [],
     ["two hundred dollar fee"]),
    # a passphrase named in one sentence and asked for in the next; a moment taken first
    (("Thanks. Your account also has a spoken passphrase on it. Could you say that for me?",
      "Gosh, let me think. The river runs under the old bridge."),
     ["river", "old bridge"], ["Gosh, let me think."]),
    # an answer turned down in softened words; a guess after an exclamation
    (("what was the name of your first school?", "Riverside.",
      "Hmm, that doesn't really match. Any other way it might be written?",
      "Oh dear. Maybe I typed Brookfield."), ["Riverside", "Brookfield"],
     ["Oh dear.", "Maybe I typed"]),
    # an address's local part spelled letter by letter, however long
    (("anything else?", "yes add a second email please n a o m i dot r e i at gmail dot com"),
     ["n a o m i", "r e i", "gmail"], ["a second email please"]),
    # a clock time with its am or pm is no house number; a lower-case word after an
    # abbreviation's stop is no sender where the writer uses capitals
    (("The class moved to 6:45pm at the leisure centre.",), [], ["6:45pm"]),
    (("Fitted the new chain, approx. 40 min labour incl. parts.",), [], ["incl. parts"]),
    # a PIN its owner spoke of, read digit by digit after "it was"; a typed year stays
    (("hi", "i put a pin on the streaming app but my daughter cracked it",
      "oh dear, how did she manage that?", "it was four four zero nine and she saw me type it"),
     ["four four zero nine"], ["she saw me type it"]),
    (("hi", "i forgot the pin on my alarm", "when did you set it up?", "it was 2019 i think"),
     [], ["2019"]),
    # what someone is doing, told before the answer, is no answer; a word alone at the end is
    (("which password would you like for collections?", "My brother-in-law, Tomasz, is "
      "collecting on Mondays, so something simple. Pineapple."), ["Pineapple"],
     ["collecting on Mondays"]),
    # a code with letters where "the code" was asked: no card's, a sent one's
    (("go ahead with the code when you're ready",
      "okay it's d m x five one hold on another message came in"), ["d m x five one"],
     ["another message came in"]),
    (("please read me the code from the text", "ok 8 8 1 4 2 7", "lovely, I can see order "
      "QX-55120 for two chairs"), ["8 8 1 4 2 7"], ["QX-55120"]),
    # a secret's parts said on after it, and a number between commas
    (("what's happening when you log in?", "it rejects it. it's capital m, a r l o w, then "
      "the pound sign, you know, shift three, then four four, and then a full stop."),
     ["m, a r l o w", "the pound sign", "four four", "a full stop"], ["shift three"]),
    (("what's your password", "it's bluebird, then I reset it yesterday, then it broke."), [],
     ["then I reset it yesterday, then it broke"]),
    # an "@" said as "at the rate", in a later turn of an address asked for
    (("and the email please", "p r a s a d underscore seven", "yes", "at the rate g m a i l "
      "dot c o dot i n"), ["p r a s a d", "g m a i l"], ["yes"]),
    # a code issued in groups, each named by its place
    (("Right, I'm generating your activation code now, it's in three parts.", "Go on.",
      "First part, T, 4, Q, 9.", "Got it.", "Second part, M, M, 2, 6."),
     ["T, 4, Q, 9", "M, M, 2, 6"], ["Got it."]),
    # one letter's case said, and a digit: a secret read out; "lower case" in two words
    (("have you got the admin password for the router?", "yes it says capital r nine then "
      "something smudged"), ["capital r nine"], ["something smudged"]),
    (("we stayed at a small B and B with 4 rooms",), [], ["small B and B with 4 rooms"]),
    (("the grades were capital B 2",), [], ["capital B 2"]),
    # what was done to a secret is no secret
    (("hi", "my pin was stolen yesterday so I need a new card"), [], ["stolen yesterday"]),
    # the second review: the verb "underscore", two cased letters in talk, a count after
    # them, a word done to a secret, and one that is a password
    (("i will underscore that point in the report",), [], ["will underscore that point"]),
    (("it's a capital M and a small m",), [], ["capital M and a small m"]),
    (("the sign said capital A, small b, 3 rooms left",), [], ["3 rooms left"]),
    (("hi", "the PIN was entered incorrectly three times at ten past six"), [],
     ["entered incorrectly three times at ten past six"]),
    (("what's your password", "my password was blessed"), ["blessed"], ["my password was"]),
    # an entry code with more words between "code" and the door it opens
    (("hi", "the code the landlord texted me for the back gate is six one six two but it "
      "fails"), ["six one six two"], ["but it fails"]),
    (("hi", "the code on the box the manager gave me for the shed is broken"), [],
     ["is broken"]),
    # a handle said with an underscore whose first word is a modal that is a name too
    (("what username are you putting in?", "bill underscore rivers 71 i think"),
     ["bill underscore rivers"], ["i think"]),
    (("it's on the back of the router", "so that's lower case q then lower case t 4"),
     ["q then lower case t 4"], ["so that's"]),
    # the new one's rule given as a range; a secret chosen again right after one was given
    (("I'll need your phone passcode", "it's 662019", "thanks, verified. The new one has to "
      "be five to seven digits.", "okay how about 7 7 3 1 0"), ["662019", "7 7 3 1 0"],
     ["how about"]),
    (("I'll need your phone passcode", "it's 662019", "I could use that, but it's a bit "
      "obvious.", "fair enough. Make it 509927."), ["509927"], ["Make it"]),
    (("I'll need your phone passcode", "it's 662019", "thanks, anything else today?",
      "yes make it forty pounds a month please"), ["662019"], ["forty pounds a month"]),
    # guesses at a password its owner spoke of: a word and digits read one by one
    (("hi", "my daughter changed the password on the laptop and now i can't get in", "okay",
      "something like tiger and numbers, maybe tiger nine one two or tiger two one nine"),
     ["tiger nine one two", "tiger two one nine"], ["and numbers, maybe"]),
    (("hi", "my daughter changed the password on the laptop and now i can't get in", "okay",
      "she says it was on the box, a model like the acer five one five"), [],
     ["acer five one five"]),
    # a secret's next part named by its place after its first, across a backchannel
    (("do you still have one of the recovery codes?", "yes, first part M4TQ8.", "Mm hm.",
      "Second part 2ZKWN."), ["M4TQ8", "2ZKWN"], ["Second part"]),
    # words chosen for a secret the agent asked for, though told not to say it
    (("Next the app will ask you to choose a passphrase, three random words, you don't need "
      "to read it to me.", "okay, I'm going with walrus ladder velvet."),
     ["walrus ladder velvet"], ["I'm going with"]),
])
def test_the_forty_sixth_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                             kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # what a secret was set to, a plain word too; not a verb's purpose after "to"
    (("hi", "my passcode got changed to marmalade by the branch"), ["marmalade"],
     ["by the branch"]),
    (("hi", "i changed my password to wombat last night"), ["wombat"], ["last night"]),
    (("hi", "the pin's been reset to 6 6 0 2 i think"), ["6 6 0 2"], []),
    (("hi", "my password was changed to protect the account"), [], ["protect the account"]),
    (("hi", "do you need my passcode to log in"), [], ["to log in"]),
    (("hi", "my pin got blocked again"), [], ["blocked again"]),
    # "it" asked for right after the other side named a value; not another thing's "it"
    (("hello", "the cleaner will need the alarm code", "no problem, what is it?",
      "it's 7 3 0 1"), ["7 3 0 1"], []),
    (("hello", "the door code stopped working", "what model is it?", "a 2021 Yale keypad"), [],
     ["2021 Yale"]),
    # a value the agent offers to take is awaited, over turns; put right after "Hm,"
    (("I can take the IBAN for the refund now if you like.", "OK. GB29", "go on",
      "NWBK 6016 1331 9268 19"), ["GB29", "NWBK", "9268"], []),
    (("what's your IBAN", "FR76 3000 6000 0112 3456 7890 189",
      "So FR76 3000 6000 0112 3456 7890 189.", "Hm, no, the end is 7890 198, not 189"),
     ["7890 198"], []),
    # "just in case" names no case's number
    (("hello", "here's my mobile just in case: 0412 555 019"), ["0412 555 019"], []),
    (("hello", "this is about the one logged in case 55120"), [], ["55120"]),
    # a secret's words said again with another number after them
    (("your memorable word please", "lighthouse seventeen", "that's not what I have",
      "ah then lighthouse twenty one"), ["twenty one"], []),
    # how it is typed, then the secret
    (("your passcode please", "it's all lower case, k o r u nine nine"),
     ["k o r u", "nine nine"], []),
    # a new one asked for after the caller asked for the change
    (("hello", "can you change my phone banking password", "sure, what do you want it to be?",
      "maple syrup forty"), ["maple syrup forty"], []),
    (("hello", "i want a new pin", "what should the new one be?",
      "make it 5 5 1 9 she'll remember that"), ["5 5 1 9"], ["she'll remember that"]),
    # the business's reference said again after a secret was given earlier
    (("your password please", "hedgehog", "thanks that's matched. what can I do today",
      "I need a reference for the claim", "ok the reference is k l four four nine zero",
      "say that again", "k l four four nine zero"), ["hedgehog"],
     ["[k l four four nine zero]"]),
])
def test_the_forty_seventh_session_s_mechanics(turns: tuple[str, ...], gone: list[str],
                                               kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # codes read from a list, one by one ("first one is ...", "Next one... 5520"); "Yah," is
    # no answer
    (("You were given eight recovery codes when you set it up. Have you got them?",
      "Yah, they're in my wallet. Right, first one is 4410-9923.",
      "That one's been used already.", "Oh. Next one... 8817.", "Mm hm.", "2046."),
     ["4410-9923", "8817", "2046"], ["Yah,"]),
    # the system turned it down ("not going through"): the next try is the secret too
    (("do you have the pin for the alarm", "it says one nine seven zero on the box",
      "hmm that's not going through", "oh wait my son changed it so one nine seven four"),
     ["one nine seven four"], []),
    # "next one is due" names no code
    (("ok and your remittance is due", "sure", "your next one is due on the 3rd of June"), [],
     ["due on the 3rd of June"]),
    # a username read back word by word
    (("what's your login for the portal", "t nguyen four four",
      "t nguyen four four thanks, and what's the error"), ["nguyen four four"],
     ["what's the error"]),
    # a character by its place after a long aside of counting
    (("from your security word could I have the second and the fifth letters", "second's r",
      "ok", "fifth hang on I need to count it out on my fingers here b"), ["[r]", "here b"], []),
    # a check letter after a code's digits, and put right with its code word
    (("the activation code is on the letter, six digits then a check letter. Can you read it?",
      "five five two zero one eight, and then capital K",
      "that's not working, can you check the last letter again", "sorry it's H, H for hotel"),
     ["capital K", "H for hotel"], []),
    # a value given in parts, read back whole with its length after it
    (("and the account number", "7 7 1 0...", "mm hm", "4 4 9.", "so 7710449, seven digits?"),
     ["7710449"], ["seven digits"]),
])
def test_the_forty_seventh_session_s_codes(turns: tuple[str, ...], gone: list[str],
                                           kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # the review: what a secret was set to is no reason, setting or way of signing in
    (("hi", "my pin was changed to stop fraud"), [], ["to stop fraud"]),
    (("hi", "my password was changed to face id last month"), [], ["face id"]),
    (("hi", "my password was changed to comply with policy"), [], ["comply with policy"]),
    # a value read back with its length after it, no comma; a check letter after "a capital"
    (("what's your account number", "0417552", "so that's 0417552 seven digits"),
     ["0417552"], ["seven digits"]),
    (("what's your membership number", "4 4 7 1 9 2 and then a capital n"), ["capital n"], []),
    # a surname that sounds like a yes
    (("can i get your full name", "yeh wei chen"), ["yeh", "wei"], []),
    # a value the caller named, asked for as "it" after "no problem," or with "now"
    (("hello", "the cleaner will need the alarm code", "no problem, what is it?",
      "four four nine one"), ["four four nine one"], []),
    (("hello", "the gate code has changed", "ok what is it now", "1 9 8 4"), ["1 9 8 4"], []),
    # a plain-word secret set to, then more of the clause
    (("hi", "i changed my password to wombat but it doesn't work"), ["wombat"],
     ["but it doesn't work"]),
    (("hi", "i changed my password to get into the app"), [], ["get into the app"]),
    # set with an adverb between, and a memorable word set
    (("hi", "my passcode was changed back to tangerine"), ["tangerine"], []),
    (("hi", "my memorable word got changed to heron"), ["heron"], []),
    (("hi", "the answer was changed to protect the account"), [], ["protect the account"]),
    (("hi", "the answer got sent to my email"), [], ["sent to my email"]),
    # how a secret is typed, with no mark before it
    (("what's the password", "all small letters t u i nine nine"), ["t u i", "nine nine"], []),
    (("what's the password", "it's all lower case no spaces"), [], ["no spaces"]),
])
def test_the_forty_seventh_session_s_review(turns: tuple[str, ...], gone: list[str],
                                            kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)



@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a code asked for after "to confirm" or "verify", whatever it is called
    (("Before we change it, can I just verify the current panic code?", "it's 2 9 1 7."),
     ["2 9 1 7"], []),
    (("just to confirm the boat locker code", "five five eight one"), ["five five eight one"],
     []),
    (("I'll confirm the booking by email, anything else?", "no that's all, 4 stars from me"),
     [], ["4 stars"]),
    # a new one whose rule names another code: the new one is still the code being chosen
    (("hello", "I want a different panic code, my ex knows it.",
      "No problem, just to confirm the current panic code first?", "3 3 0 8",
      "Thanks. The new one has to be four digits and not the same as your arming code.",
      "right, new one 6 2 1 4.", "6 2 1 4, lovely."), ["3 3 0 8", "6 2 1 4"], []),
    # a passphrase's parts named by their place, with or without "word"
    (("what's your memorable phrase?", "first word river, second word lantern, third word copper"),
     ["river", "lantern", "copper"], []),
    (("read me the passphrase please",
      "ok so first word is harbour, then second word's pebble, last word copper"),
     ["harbour", "pebble", "copper"], []),
    (("you'll set a new pin when you log in", "ok and my next payment?",
      "two are paid, the next is due June 5."), [], ["due June 5"]),
    (("what's your passphrase", "word one river, word two lantern, word three copper"),
     ["river", "lantern", "copper"], []),
    (("read me the backup code in two halves please", "part 1 is 7 K 9, part 2 is Q 4 4"),
     ["7 K 9", "Q 4 4"], []),
    (("what's your passphrase", "hang on, the word 2 is hard to read"), [], ["hard to read"]),
    # the agent putting the caller on hold to ask a department asks the caller for nothing
    (("let me put you on hold a second and check with accounts", "sure",
      "thanks for holding, so the full three thousand is refundable"), [], ["three thousand"]),
    (("hold on let me ask accounts", "okay", "right, they said 2 4 5 0 is what's owed"), [],
     ["2 4 5 0"]),
    (("I'll transfer you to accounts now", "okay", "right, so it's 9 8 0 0 in total"), [],
     ["9 8 0 0"]),
    (("which of your accounts should it go to?", "the one ending 4 4 1 9"), ["4 4 1 9"], []),
    # a device's or an event's code is nobody's secret; a card's still is
    (("can you read me the fault code on the boiler display", "it's F 2 8"), [], ["F 2 8"]),
    (("what's the error code?", "it says 4 0 4"), [], ["4 0 4"]),
    (("and the security code on the back of the card?", "7 7 1"), ["7 7 1"], []),
    # an alarm's panic or duress word is a secret
    (("to confirm, can you give me the panic word on the account", "it's marmalade"),
     ["marmalade"], []),
])
def test_the_forty_eighth_session_s_codes(turns: tuple[str, ...], gone: list[str],
                                          kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a secret that is a date, its year after the day (and an exclamation before it no answer)
    (("Could I take your memorable date please?",
      "oh boy, let me think, it's our wedding day, June 14th 1986"),
     ["June 14th 1986"], ["let me think", "wedding day"]),
    (("For security, what's the memorable date on the account?",
      "oh man that'd be March 3rd, 2004"), ["March 3rd, 2004"], ["oh man"]),
    (("You'll need the new PIN we post out, it arrives in February, six digits long.", "ok"),
     [], ["February, six digits"]),
    # someone set off by commas after "the fella", "that bloke"
    (("how can I help?", "the fella at the counter, Jordan, promised me a refund"),
     ["Jordan"], ["promised me a refund"]),
    (("go on", "yeah that fella, Hunter, said it would be fixed by Friday"), ["Hunter"],
     ["said it would be fixed by Friday"]),
])
def test_the_forty_ninth_session_s_dates_and_people(turns: tuple[str, ...], gone: list[str],
                                                    kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # what the call is, asked back before the secret, is no secret
    (("can I take your PIN please", "is this call recorded", "yes it is", "ok it's 4 4 0 9"),
     ["4 4 0 9"], ["recorded"]),
    (("what's your memorable word", "hang on, is this line secure?", "yes, fully",
      "ok then, it's lighthouse"), ["lighthouse"], ["secure"]),
])
def test_a_question_about_the_call_is_no_secret(turns: tuple[str, ...], gone: list[str],
                                                kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # the next of a list of children and their birth dates, after "and"
    (("so that's grace date of birth fourth of july two thousand twelve", "yes",
      "and hazel third of march twenty fifteen"),
     ["hazel", "third of march twenty fifteen"], []),
    (("your date of birth please", "third of march 1980",
      "and tuesday fourth of june works for the visit?"), [], ["tuesday fourth of june"]),
    # the rest of a code after an aside and "then", the turn's last words
    (("can you read me the code we texted", "the first part is 772", "mm hm",
      "oh sorry my battery's dying, right, then 904."), ["772", "904"], []),
    (("what's the order number", "it's 4 4 1", "ok",
      "sorry the dog's barking. and then 2 days later it came"), [], ["2 days later"]),
    # a phrase's next word with its number
    (("what's your recovery phrase", "river lantern", "okay", "ladder fourteen"),
     ["river lantern", "ladder fourteen"], []),
])
def test_the_next_of_a_list_and_the_rest_after_an_aside(turns: tuple[str, ...], gone: list[str],
                                                        kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


def test_a_doubt_about_the_call_said_without_its_mark_holds_the_secret_asked() -> None:
    """"and this line is recorded" is a question back, as "is this line recorded?" is: the
    PIN asked for before it, and put right in the same breath after the agent's answer, goes."""
    _gone_and_kept(call(
        "sure i can do that by phone, for a phone order i'll need your dealing pin",
        "no i'm not giving that out over the phone i've read about these scams",
        "i understand and you're right to be careful but the dealing pin is the only way i can"
        " take a phone order",
        "and this call is recorded",
        "it is yes and it's held securely",
        "fine it's two seven one one no wait that's my old one it's two seven one four"),
        ["two seven one one", "two seven one four"], ["held securely"])


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # the next groups of a code given in groups, after the listener's "mm hm"
    (("read me the recovery key please", "sure, first block 8HQ2", "mm hm", "then R7TB", "yep",
      "W3ZP and the final block is 5MXK"), ["8HQ2", "R7TB", "W3ZP", "5MXK"], ["final block"]),
    (("what's the recovery key", "first block 4KD9", "uh huh", "next is T2WQ", "yep",
      "after that 7PLM"), ["4KD9", "T2WQ", "7PLM"], ["next is", "after that"]),
    (("what's the backup code", "the first bit is HX42", "mm hm",
      "sorry, my kid needs me, can you call back at 5?"), ["HX42"], ["call back at 5"]),
    # one of the codes the caller has, read out without being asked
    (("how can I help", "the app is broken. I've got the recovery codes though, I wrote them "
      "down. The third one is 6150"), ["6150"], ["the app is broken"]),
    (("how can I help", "I kept the recovery codes here, the first one is expired I think"),
     [], ["recovery codes here", "expired"]),
    # a memorable date closing the answer, after what it was
    (("can I take your memorable date", "that'll be when we got the dog twelfth of may"),
     ["twelfth of may"], ["when we got the dog"]),
    (("and the memorable date?", "june the third"), ["june the third"], []),
    (("what's your memorable word", "I only set it up on the 4th of july"), [], ["4th of july"]),
])
def test_the_fiftieth_session_s_secrets(turns: tuple[str, ...], gone: list[str],
                                        kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a request that answers an offer of a code is no secret; the code read next is
    (("I can text you the keypad code or read it out, which do you prefer?",
      "Read it please, I'm by the van.", "It's 8 2 0 4 6."), ["8 2 0 4 6"],
     ["Read it please"]),
    (("what's your memorable word", "marmalade it is"), ["marmalade"], []),
    # a measure's typed thousands are no code's digits
    (("You can store up to 4 personal codes of your own as well.",
      "Nice. Oh, and it's due for the 20,000 km service."), [], ["20,000 km service"]),
])
def test_a_request_and_a_measure_are_no_codes(turns: tuple[str, ...], gone: list[str],
                                              kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a telephone security number is a secret, not a phone number, given by its places
    (("and the six digit telephone security number please, one digit at a time",
      "right, first is four", "mm hm", "two nine", "yep", "seven seven one"),
     ["four", "two nine", "seven seven one"], []),
    # told it need not be said, the caller spells on all the same
    (("how can I help", "hi, the app says my password's wrong but I know it's right", "okay",
      "it's capital m a r l o w", "oh, there's no need", "underscore two two exclamation mark"),
     ["m a r l o w", "underscore two two"], ["there's no need"]),
    # the last block of a key read in blocks, named first
    (("go ahead with the recovery key, it comes in blocks of four", "first block, R 4 T 9",
      "got it", "K 2 M 8", "okay", "and the final one, W 7 Q 3"),
     ["R 4 T 9", "K 2 M 8", "W 7 Q 3"], ["final one"]),
    # the old code after the new one, read digit by digit; an amount so is no code
    (("the new code for the bike store is 5 1 9 4", "5 1 9 4, got it",
      "and the old one, 8 8 0 2, won't work now", "and my last bill, the current one is "
      "ninety two forty?"), ["5 1 9 4", "8 8 0 2"], ["ninety two forty"]),
])
def test_the_fiftieth_session_s_dictations(turns: tuple[str, ...], gone: list[str],
                                           kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a price said as one after what it is for is no card's digits
    (("how can I help", "there's a payment on my mastercard to a garden centre for two "
      "forty nine fifty that I never made"), [], ["two forty nine fifty"]),
    (("and the card number?", "four one one one, two two two two"),
     ["four one one one", "two two two two"], []),
    # a carrier's or a maker's thing is no one
    (("any post for me?", "yes, a Hermes one came this morning"), [], ["Hermes one"]),
    (("what make is the fridge?", "it's a Smeg, the model is FAB28RPB5"), [], ["Smeg"]),
])
def test_a_price_and_a_brand_s_thing_stay(turns: tuple[str, ...], gone: list[str],
                                          kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # what the account has none of is not asked for when the turn asks for something else
    (("right, there's no account pin on this one, so what's the address instead?",
      "22 wattle street bendigo"), ["22 wattle street"], ["bendigo"]),
    (("there's no password on the account yet, would you like to set one?",
      "yes, make it lanternfish"), ["lanternfish"], []),
])
def test_what_an_account_lacks_is_no_question(turns: tuple[str, ...], gone: list[str],
                                              kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a secret of a word and a number, the number named as its part
    (("for security, the account password please", "it's a word then digits. the word is "
      "heron.", "mm hm", "and the number is... 48"), ["heron", "48"], []),
    # a street word of England's, and no time's minutes before "am"
    (("and the address you're moving from?", "seventeen heather nook and the postcode's l a "
      "nine"), ["heather nook"], []),
    (("when did it happen?", "on the 2nd at 9 40 am near oak meadow"), [], ["9 40 am"]),
])
def test_the_fiftieth_session_s_parts_and_streets(turns: tuple[str, ...], gone: list[str],
                                                  kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a value of one word the caller offers after a "yes but", given in parts
    (("is the direct debit from the same account?", "yes but we moved bank so i'll give you the "
      "new iban", "go ahead", "g b three three b u k b", "mm hm", "two zero one five"),
     ["g b three three b u k b", "two zero one five"], []),
])
def test_a_value_of_one_word_offered_is_awaited(turns: tuple[str, ...], gone: list[str],
                                               kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # what is read out where a secret is kept, while it is awaited
    (("there's a verbal password on the account, can you tell me it", "ooh hang on, my son wrote "
      "it on the calendar... right, it says kestrel ninety one"), ["kestrel ninety one"],
     ["on the calendar"]),
    (("can I take the password?", "sorry, done. it says updated, and two devices logged out"),
     [], ["two devices"]),
    # a lock's combination is a secret
    (("all checked, so the combination for the bike lock is four one seven seven",
      "four one seven seven, thanks"), ["four one seven seven"], []),
    # the next word of a phrase given word by word, then a pause
    (("your memorable phrase please, one word at a time", "Harbour.", "Mm hm.",
      "pebble... and that's the lot"), ["Harbour", "pebble"], ["that's the lot"]),
])
def test_what_is_read_out_and_a_lock_s_combination(turns: tuple[str, ...], gone: list[str],
                                                   kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # a name heard in the call, after the thing asked for: whom the question is put to
    (("and who am i speaking with", "it's joy mensah", "lovely what's the account number joy"),
     ["joy"], ["account number"]),
    (("can i take your name", "mark adeyemi", "and the best email mark please"),
     ["mark"], ["best email"]),
    (("your name please", "grace oduya", "and a landline grace in case the mobile drops"),
     ["grace"], ["in case the mobile drops"]),
    # ... not the word where it is the word
    (("your name please", "hope kariuki", "what's the only hope we have here"), [],
     ["only hope"]),
])
def test_a_name_after_the_thing_asked_is_whom_it_asks(turns: tuple[str, ...], gone: list[str],
                                                      kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # the caller checks which question is meant, then answers it in the same breath
    (("and the answer to your security question please", "The childhood street one? Larkspur."),
     ["Larkspur"], ["childhood street one?"]),
    (("can you give me your security answer", "oh the favourite teacher one? mrs adebayo"),
     ["adebayo"], ["favourite teacher one?"]),
    # ... but a question back with no answer yet waits for it
    (("can you give me your security answer", "the school one? hang on"), [], ["hang on"]),
])
def test_which_question_then_its_answer(turns: tuple[str, ...], gone: list[str],
                                        kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # an identifier read in parts: one letter alone is its next part
    (("and your national insurance number", "it's j r six one", "mm hm", "four four nine two",
      "ok", "c", "thanks"), ["j r six one", "four four nine two", "[c]"], ["thanks"]),
    # the other side's "go on" to a value offered hands the turn back
    (("Shall I read you my loyalty number? It's on the fob.", "Go on, it'll save me a search.",
      "KW 5510 3928."), ["5510 3928"], ["save me a search"]),
    # a street said in parts: its number, its name (how to spell it), its street word
    (("what's the address for the call out", "it's twenty two", "yep", "banksia as in the bush",
      "mm hm", "avenue", "and the suburb"), ["twenty two", "banksia", "[avenue]"],
     ["as in the bush", "and the suburb"]),
    (("and what is the address", "number seven", "ok", "yes that's the one"), ["seven"],
     ["yes that's the one"]),
])
def test_values_said_in_parts_go_on(turns: tuple[str, ...], gone: list[str],
                                    kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # told what will be asked, the customer's "yep" leaves the secret owed by the customer
    (("i'll need two digits of your security number", "yep ok", "the second digit",
      "hold on second is eight"), ["eight"], ["the second digit"]),
    # a laugh before the answer
    (("your security question is your favourite band", "Haha, The Proclaimers."),
     ["Proclaimers"], ["Haha"]),
    # "the new one" offered to be set, the digits given next
    (("and the old passcode?", "4 4 1 9", "Thanks. You can enter the new one on the keypad, "
      "or tell me and I'll put it in.", "Tell you now. 7 3 3 0."), ["4 4 1 9", "7 3 3 0"],
     ["Tell you now."]),
    # a voice verification phrase, said whole and said again
    (("please say your voice phrase after the beep", "the quick river runs to the sea",
      "sorry it didn't catch that, once more please", "ok the quick river runs to the sea"),
     ["quick river", "runs to the sea"], ["once more please"]),
])
def test_the_fifty_first_session_s_secrets(turns: tuple[str, ...], gone: list[str],
                                           kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)


@pytest.mark.parametrize(("turns", "gone", "kept"), [
    # the caller who gave a birth date asks to have something again: no value asked for
    (("and your date of birth please", "twelfth of june nineteen seventy nine",
      "lovely I've found both bookings", "Can we keep them on the same day again?",
      "The first free slot is Friday the 3rd of October."), ["nineteen seventy nine"],
     ["3rd of October"]),
    # a secret dictated in parts, read back run together, then put right with its keys
    (("what's the gate code", "it's 8 1 5...", "mm hm", "3 star.", "So 8153 star.",
      "No, it's 8 1 5 3 hash, not star."), ["8153", "8 1 5", "3 star", "3 hash"],
     ["not star"]),
    # the agent's own reference, read back by the caller, stays the business's
    (("I've booked the engineer, your reference is k m four four one nine",
      "k m four four one nine, thanks"), [], ["[k m four four one nine, thanks]"]),
    (("your incident number is acct 55102", "great"), [], ["acct 55102"]),
    # a booking's letters and digits read out when asked for stay, whatever their shape
    (("May I have the booking reference?", "Q 7 L 4 R X."), [], ["Q 7 L 4 R X"]),
    # the value put right in the same breath: the part after "the end is" is the value's
    (("and where should the refund go", "the account is five two two eight oh one four six no "
      "wait the end is six four not four six"), ["five two two eight", "six four"], ["no wait"]),
    (("and where does the refund go", "account three one one nine oh four two eight oh wait "
      "the last two are eight two"), ["three one one nine", "eight two"],
     ["wait the last two are"]),
    (("and the policy number", "it's 44129987, no, 14 pages were sent"), ["44129987"],
     ["14 pages"]),
    # a letter before a number read out is a code's, and no one's initial
    (("do you have the voucher number?", "yes it's B as in Bravo, 33 10 42 87."), [],
     ["B as in Bravo, 33 10 42 87"]),
])
def test_the_fifty_second_session_s_turns(turns: tuple[str, ...], gone: list[str],
                                          kept: list[str]) -> None:
    _gone_and_kept(call(*turns), gone, kept)
