"""The entity types the redactor knows, on their own so that configuration can name them.

The flush function validates ENTITY_POLICY through `config` without importing the redactor;
the detector registry in `redaction.detectors` holds one detector for each type.
"""

from __future__ import annotations

ENTITY_TYPES: tuple[str, ...] = (
    "CREDIT_CARD", "CARD_EXPIRY", "CARD_SECURITY_CODE", "US_SSN", "PHONE_NUMBER",
    "EMAIL_ADDRESS", "IBAN", "ROUTING_NUMBER", "BANK_ACCOUNT", "DATE_OF_BIRTH",
    "STREET_ADDRESS", "ZIP_CODE", "IP_ADDRESS", "DRIVER_LICENSE", "PASSPORT", "NATIONAL_ID",
    "MEMBER_ID", "VEHICLE_PLATE", "USERNAME",
    "PERSON", "PASSWORD",
)
