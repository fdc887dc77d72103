"""The result of passive authentication (``devices.icao.passive_auth``)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    status: str  # valid / invalid / not_verified
    detail: str = ""  # why it is not valid; for valid, what the revocation check saw
    crl_checked: bool = False  # a CRL signed by the document signer's CSCA was consulted
