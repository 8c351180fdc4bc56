"""The detector registry: one detector per entity type."""

from __future__ import annotations

from transcript_pipeline.core.entities import ENTITY_TYPES

from .address import StreetAddressDetector, ZipCodeDetector
from .bank import BankAccountDetector, IbanDetector, RoutingNumberDetector
from .base import Candidate, Detector, Finding
from .card import CardExpiryDetector, CardSecurityCodeDetector, CreditCardDetector
from .dates import DateOfBirthDetector
from .email import EmailDetector
from .ids import (
    DriverLicenseDetector,
    MemberIdDetector,
    NationalIdDetector,
    PassportDetector,
    VehiclePlateDetector,
)
from .network import IpAddressDetector
from .phone import PhoneDetector
from .ssn import SsnDetector


def default_detectors() -> dict[str, Detector]:
    """A fresh registry: entity type -> detector.

    PERSON has no detector here: names are found by `person.find_names`. IBANs and street
    addresses are found by their own scans; their detectors here handle announced fragments.
    """
    detectors: list[Detector] = [
        CreditCardDetector(), CardExpiryDetector(), CardSecurityCodeDetector(), SsnDetector(),
        PhoneDetector(), EmailDetector(), IbanDetector(), RoutingNumberDetector(),
        BankAccountDetector(), DateOfBirthDetector(), StreetAddressDetector(),
        ZipCodeDetector(), IpAddressDetector(), DriverLicenseDetector(), PassportDetector(),
        MemberIdDetector(), NationalIdDetector(), VehiclePlateDetector(),
    ]
    return {d.entity_type: d for d in detectors}


__all__ = ["ENTITY_TYPES", "Candidate", "Detector", "Finding", "default_detectors"]
