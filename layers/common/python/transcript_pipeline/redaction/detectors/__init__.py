"""The detector registry: one detector per entity type."""

from __future__ import annotations

from .address import StreetAddressDetector, ZipCodeDetector
from .bank import BankAccountDetector, IbanDetector, RoutingNumberDetector
from .base import Candidate, Detector, Finding
from .card import CardExpiryDetector, CardSecurityCodeDetector, CreditCardDetector
from .dates import DateOfBirthDetector
from .email import EmailDetector
from .ids import DriverLicenseDetector, MemberIdDetector, PassportDetector
from .network import IpAddressDetector
from .phone import PhoneDetector
from .ssn import SsnDetector

# PERSON is found by `person.find_names`, IBANs and street addresses by their own scans; their
# detectors here handle announced fragments.
ENTITY_TYPES: tuple[str, ...] = (
    "CREDIT_CARD", "CARD_EXPIRY", "CARD_SECURITY_CODE", "US_SSN", "PHONE_NUMBER",
    "EMAIL_ADDRESS", "IBAN", "ROUTING_NUMBER", "BANK_ACCOUNT", "DATE_OF_BIRTH",
    "STREET_ADDRESS", "ZIP_CODE", "IP_ADDRESS", "DRIVER_LICENSE", "PASSPORT", "MEMBER_ID",
    "PERSON",
)


def default_detectors() -> dict[str, Detector]:
    """A fresh registry: entity type -> detector."""
    detectors: list[Detector] = [
        CreditCardDetector(), CardExpiryDetector(), CardSecurityCodeDetector(), SsnDetector(),
        PhoneDetector(), EmailDetector(), IbanDetector(), RoutingNumberDetector(),
        BankAccountDetector(), DateOfBirthDetector(), StreetAddressDetector(),
        ZipCodeDetector(), IpAddressDetector(), DriverLicenseDetector(), PassportDetector(),
        MemberIdDetector(),
    ]
    return {d.entity_type: d for d in detectors}


__all__ = ["ENTITY_TYPES", "Candidate", "Detector", "Finding", "default_detectors"]
