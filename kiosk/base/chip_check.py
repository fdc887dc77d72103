"""What the application records about a chip's passive authentication, and what the
clerk reads about it (stdlib only: the card reader, the record, the PDF and the staff
screen share it).

The chip reader (``devices.icao``) ends in an outcome: ``valid``, ``invalid`` or
``not_verified``, with a reason code (one of ``REASONS``). The application
records one of three states in its identification detail:

- ``verified``: every data group read matches EF.SOD, whose signature chains to a
  CSCA of the terminal's store (only an outcome ``valid`` is this);
- ``not_verified``: anything else, with the reason (fail closed: an unchecked
  chip is never ``verified``);
- ``no_csca_store``: the terminal has no CSCA store configured, so nothing was
  checked.

Only staff read these texts (the application PDF and the staff screen); the
citizen's screens never show them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from kiosk.base.i18n import N_, Message

# The reason codes (devices.icao.outcome.Outcome.reason).
NO_CSCA_STORE: Final = "no_csca_store"  # the terminal has no CSCA store configured
NO_SOD: Final = "no_sod"  # the chip has no EF.SOD
SOD_UNREADABLE: Final = "sod_unreadable"  # the chip did not give its EF.SOD
SOD_MALFORMED: Final = "sod_malformed"  # EF.SOD does not parse
HASH_MISMATCH: Final = "hash_mismatch"  # a data group read differs from its hash
SIGNATURE_INVALID: Final = "signature_invalid"  # SOD or DS signature, signer not found
CSCA_UNKNOWN: Final = "csca_unknown"  # no CSCA of the store issued the DS certificate
CSCA_NOT_VALID: Final = "csca_not_valid"  # the CSCA expired, or was not valid at issuance
DS_NOT_VALID: Final = "ds_not_valid"  # the DS certificate expired or is not yet valid
DS_REVOKED: Final = "ds_revoked"  # the DS certificate is on its CSCA's CRL
UNSUPPORTED: Final = "unsupported"  # an algorithm or key this terminal cannot check
# PACE-CAM: the chip's authentication data does not match its certified key (a copy?)
CHIP_AUTHENTICATION_FAILED: Final = "chip_authentication_failed"
NO_CARD_SECURITY: Final = "no_card_security"  # PACE-CAM: the chip gave no EF.CardSecurity

# The record's states and its keys in the identification detail.
VERIFIED: Final = "verified"
NOT_VERIFIED: Final = "not_verified"
STATUS_KEY: Final = "passive_authentication"
REASON_KEY: Final = "passive_authentication_reason"
DETAIL_KEY: Final = "passive_authentication_detail"  # the technician's English detail
CRL_KEY: Final = "passive_authentication_crl_checked"  # "yes" / "no"
# PACE-CAM (chip authentication during PACE): "verified", "not_verified" or absent (the
# chip was not read with CAM). A chip read with CAM is verified only when both are.
CAM_KEY: Final = "chip_authentication"

HEADLINE: Final = {
    VERIFIED: N_("ChipCheck", "Chip check (passive authentication): verified. The data read "
                 "from the chip is signed by the issuing state."),
    NOT_VERIFIED: N_("ChipCheck", "Chip check (passive authentication): NOT verified. Please "
                     "check the identity document in person."),
    NO_CSCA_STORE: N_("ChipCheck", "Chip check (passive authentication): not done, this "
                      "terminal has no CSCA certificates configured. Please check the "
                      "identity document in person."),
}
CAM_VERIFIED: Final = N_("ChipCheck", "The chip also proved that it is the document's "
                         "original chip (chip authentication).")
NO_CRL: Final = N_("ChipCheck", "The terminal has no revocation list of the issuing state: "
                   "a revoked document signer would not have been noticed.")
REASON: Final = {
    NO_SOD: N_("ChipCheck", "The chip holds no security data (EF.SOD)."),
    SOD_UNREADABLE: N_("ChipCheck", "The chip's security data (EF.SOD) could not be read."),
    SOD_MALFORMED: N_("ChipCheck", "The chip's security data (EF.SOD) is damaged."),
    HASH_MISMATCH: N_("ChipCheck", "The data read from the chip does not match the chip's "
                      "security data."),
    SIGNATURE_INVALID: N_("ChipCheck", "The signature of the chip's data is not valid."),
    CSCA_UNKNOWN: N_("ChipCheck", "The issuing state's certificate (CSCA) is not in the "
                     "terminal's store."),
    CSCA_NOT_VALID: N_("ChipCheck", "The issuing state's certificate (CSCA) is not valid."),
    DS_NOT_VALID: N_("ChipCheck", "The document signer's certificate is not valid today."),
    DS_REVOKED: N_("ChipCheck", "The document signer's certificate has been revoked."),
    UNSUPPORTED: N_("ChipCheck", "The terminal cannot check this document's signature "
                    "method."),
    CHIP_AUTHENTICATION_FAILED: N_("ChipCheck", "The chip could not prove that it is the "
                                   "document's original chip (chip authentication)."),
    NO_CARD_SECURITY: N_("ChipCheck", "The chip's key for chip authentication "
                         "(EF.CardSecurity) could not be read."),
}
REASONS: Final = (NO_CSCA_STORE, *REASON)


def record_detail(status: str, reason: str, detail: str, crl_checked: bool,
                  chip_authentication: str = "") -> dict[str, str]:
    """The identification detail of a chip read's outcome (``valid`` / ``invalid`` /
    ``not_verified`` with its reason code; ``chip_authentication`` "valid" or another
    status after PACE-CAM, "" without it)."""
    if reason == NO_CSCA_STORE and status != "valid":
        return {STATUS_KEY: NO_CSCA_STORE}
    cam = {CAM_KEY: VERIFIED if chip_authentication == "valid" else NOT_VERIFIED} \
        if chip_authentication else {}
    if status == "valid":
        return {STATUS_KEY: VERIFIED, DETAIL_KEY: detail,
                CRL_KEY: "yes" if crl_checked else "no", **cam}
    return {STATUS_KEY: NOT_VERIFIED,
            REASON_KEY: reason if reason in REASON else SIGNATURE_INVALID, DETAIL_KEY: detail,
            **cam}


def clerk_lines(detail: Mapping[str, str]) -> list[Message]:
    """What the clerk reads about the chip check ([] when no chip was read).

    Fail closed: anything but a recorded ``verified`` reads as not verified."""
    status = detail.get(STATUS_KEY)
    if status is None:
        return []
    if status == VERIFIED and detail.get(CAM_KEY, VERIFIED) == VERIFIED:
        return [HEADLINE[VERIFIED], *([CAM_VERIFIED] if CAM_KEY in detail else []),
                *([] if detail.get(CRL_KEY) == "yes" else [NO_CRL])]
    if status == NO_CSCA_STORE:
        return [HEADLINE[NO_CSCA_STORE]]
    fallback = CHIP_AUTHENTICATION_FAILED if detail.get(CAM_KEY) == NOT_VERIFIED \
        else SIGNATURE_INVALID
    return [HEADLINE[NOT_VERIFIED], REASON.get(detail.get(REASON_KEY, ""), REASON[fallback])]
