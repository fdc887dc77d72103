"""The result of passive authentication (``devices.icao.passive_auth``)."""

from __future__ import annotations

from dataclasses import dataclass, field

# Why an outcome is not ``valid``: one code per kind of failure; the clerk's text for
# each is in kiosk.base.chip_check, ``detail`` says it in full for the technician.
from kiosk.base.chip_check import (
    CHIP_AUTHENTICATION_FAILED,
    CSCA_NOT_VALID,
    CSCA_UNKNOWN,
    DS_NOT_VALID,
    DS_REVOKED,
    HASH_MISMATCH,
    NO_CARD_SECURITY,
    NO_CSCA_STORE,
    NO_SOD,
    REASONS,
    SIGNATURE_INVALID,
    SOD_MALFORMED,
    SOD_UNREADABLE,
    UNSUPPORTED,
)

__all__ = ["CHIP_AUTHENTICATION_FAILED", "CSCA_NOT_VALID", "CSCA_UNKNOWN", "DS_NOT_VALID",
           "DS_REVOKED", "HASH_MISMATCH", "NO_CARD_SECURITY", "NO_CSCA_STORE", "NO_SOD", "REASONS",
           "SIGNATURE_INVALID", "SOD_MALFORMED", "SOD_UNREADABLE", "UNSUPPORTED", "Outcome"]


@dataclass(frozen=True)
class Outcome:
    status: str  # valid / invalid / not_verified
    detail: str = ""  # why it is not valid; for valid, what the revocation check saw
    crl_checked: bool = False  # a CRL signed by the document signer's CSCA was consulted
    # One of REASONS when not valid ("" for valid); not compared: the detail says more.
    reason: str = field(default="", compare=False)
