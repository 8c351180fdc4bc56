import pytest

from transcript_pipeline.redaction import Redactor
from transcript_pipeline.redaction.detectors.bank import find_ibans
from transcript_pipeline.redaction.detectors.card import is_card_number
from transcript_pipeline.redaction.detectors.network import ip_valid
from transcript_pipeline.redaction.detectors.phone import phone_valid
from transcript_pipeline.redaction.detectors.validators import (
    aba_valid,
    iban_valid,
    luhn_valid,
    national_id_self_evident,
    national_id_valid,
    ssn_valid,
)


def test_luhn_and_issuer() -> None:
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")
    assert is_card_number("378282246310005")  # Amex test number
    assert not is_card_number("1111111111111117")  # Luhn-valid, no issuer starts with 1
    assert not is_card_number("411111111111")  # too short


def test_ssn_rules() -> None:
    assert ssn_valid("123456789")
    for bad in ("000123456", "666123456", "912345678", "123004567", "123450000", "12345678"):
        assert not ssn_valid(bad), bad


def test_iban_mod97_and_trimming() -> None:
    assert iban_valid("GB82WEST12345698765432")
    assert not iban_valid("GB82WEST12345698765433")
    canonical = "my iban is gb82 west 1234 5698 7654 32 and thanks"
    (start, end), = find_ibans(canonical)
    assert canonical[start:end] == "gb82 west 1234 5698 7654 32"


def test_aba_checksum() -> None:
    assert aba_valid("011000015")
    assert not aba_valid("011000016")


def test_phone_and_ip() -> None:
    assert phone_valid("6175017376", False)
    assert not phone_valid("1234567890", False)
    assert phone_valid("442079460958", True)
    assert ip_valid("192.168.1.10") and ip_valid("2001:db8::1")
    assert not ip_valid("300.1.1.1")


@pytest.mark.parametrize(("compact", "self_evident"), [
    ("6433435f", True),  # Ireland PPS: a check letter proves it
    ("bnzaa2318j", False),  # India PAN: only its shape shows it (a KEEP phrase wins)
    ("ab123456c", False),  # UK National Insurance: likewise, no check character
    ("123456782", None),  # Australia TFN: valid, but nine digits could be anything
    ("499123457", None),  # an Aadhaar-like or SIN-like run with no announcement
])
def test_national_identifiers_by_stdnum(compact: str, self_evident: bool | None) -> None:
    assert national_id_self_evident(compact) is self_evident
    if self_evident is not None:
        assert national_id_valid(compact)
    assert national_id_valid("123456782")  # the TFN is valid when announced
    assert not national_id_valid("123456781")


@pytest.mark.parametrize(("text", "value"), [
    ("you can use my PAN, BNZAA2318J", "BNZAA2318J"),
    ("his tax file number is 123 456 782", "123 456 782"),
    ("his sin on the form is 046 454 286", "046 454 286"),
])
def test_national_identifiers_are_their_own_type(text: str, value: str) -> None:
    result = Redactor().redact_text(text)
    assert value not in result.text
    assert "NATIONAL_ID" in {f.type for f in result.entities}


def test_an_iban_with_a_wrong_check_digit_is_still_laid_out_like_one() -> None:
    from transcript_pipeline.redaction.detectors.validators import iban_laid_out, iban_valid

    typo = "DE27200505501261447083"  # a German IBAN with its check digits wrong
    assert not iban_valid(typo) and iban_laid_out(typo)
    assert not iban_laid_out("AB12CDEFGHIJKLMNOP")  # no country lays its accounts out so
