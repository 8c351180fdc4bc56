from transcript_pipeline.redaction.detectors.bank import aba_valid, find_ibans, iban_valid
from transcript_pipeline.redaction.detectors.card import is_card_number, luhn_valid
from transcript_pipeline.redaction.detectors.network import ip_valid
from transcript_pipeline.redaction.detectors.phone import phone_valid
from transcript_pipeline.redaction.detectors.ssn import ssn_valid


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
