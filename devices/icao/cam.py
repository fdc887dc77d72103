"""PACE with chip authentication mapping (PACE-CAM, ICAO 9303-11 4.4.3.5; BSI TR-03110).

With a CAM protocol the chip's last GENERAL AUTHENTICATE answer also carries its
encrypted chip authentication data A_IC (tag 8A): CA_IC = SK_IC^-1 * SK_Map,IC
mod n, padded (ISO/IEC 9797-1 method 2) and encrypted with the session key
K_enc in AES-CBC, IV = E(K_enc, -1). The terminal decrypts it and checks that
CA_IC * PK_IC is the chip's mapping key PK_Map,IC of the PACE run. PK_IC, the
chip's static key, comes from EF.CardSecurity, which the document signer signed:
so the check proves the chip holds the private key its issuer certified (it is
not a copy), and only once EF.CardSecurity itself passes the certificate checks
of passive authentication (``sod_signature``) against the CSCA store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms

from devices.icao import tlv
from devices.icao.csca_store import CscaStore
from devices.icao.ec import Curve, Point
from devices.icao.errors import CardProtocolError
from devices.icao.outcome import (
    CHIP_AUTHENTICATION_FAILED,
    NO_CARD_SECURITY,
    SOD_MALFORMED,
    Outcome,
)
from devices.icao.signatures import MALFORMED
from devices.icao.sm import aes_cbc, unpad
from devices.icao.sod_signature import check_signature

PACE_ECDH_CAM = bytes.fromhex("04007F000702020406")  # id-PACE-ECDH-CAM (0.4.0.127.0.7.2.2.4.6)
ID_PK_ECDH = bytes.fromhex("04007F000702020102")  # id-PK-ECDH (0.4.0.127.0.7.2.2.1.2)
SECURITY_OBJECT = "0.4.0.127.0.7.3.2.1"  # id-SecurityObject: EF.CardSecurity's content


@dataclass(frozen=True, repr=False)
class CamData:
    """What a PACE-CAM run gives for the check: the curve, the chip's mapping key, its
    encrypted chip authentication data and the session's K_enc."""

    curve: Curve
    pk_map_ic: Point
    encrypted: bytes
    k_enc: bytes

    def __repr__(self) -> str:
        return "CamData(…)"  # K_enc is a session key


def chip_authentication_data(k_enc: bytes, encrypted: bytes) -> int:
    """CA_IC from A_IC (raises CardProtocolError when it does not decrypt to a padded value)."""
    if not encrypted or len(encrypted) % 16:
        raise CardProtocolError("PACE-CAM: encrypted chip authentication data has a bad length")
    iv = aes_cbc(k_enc, b"\xff" * 16, b"\x00" * 16)
    return int.from_bytes(unpad(aes_cbc(k_enc, encrypted, iv, decrypt=True)), "big")


def maps_to(curve: Curve, ca_ic: int, pk_ic: Point, pk_map_ic: Point) -> bool:
    """Whether CA_IC * PK_IC is the chip's mapping key (ICAO 9303-11 4.4.3.5.2)."""
    return ca_ic > 0 and curve.on_curve(pk_ic) and curve.mul(ca_ic, pk_ic) == pk_map_ic


def chip_keys(info: cms.ContentInfo, curve: Curve) -> list[Point]:
    """The ECDH chip authentication public keys (ChipAuthenticationPublicKeyInfo) in the
    SecurityInfos that EF.CardSecurity signs, on the PACE run's curve."""
    content = info["content"]["encap_content_info"]["content"].native
    keys: list[Point] = []
    for item in tlv.parse_one(content, 0x31).children():
        parts = item.children() if item.tag == 0x30 else []
        if len(parts) < 2 or parts[0].tag != 0x06 or parts[0].value != ID_PK_ECDH:
            continue
        spki = parts[1].children()
        if len(spki) < 2 or spki[1].tag != 0x03 or not spki[1].value:
            continue
        try:
            keys.append(curve.decode(spki[1].value[1:]))
        except ValueError:
            continue  # a key of another curve cannot be the one this run mapped with
    return keys


def verify(cam: CamData, card_security: bytes | None, store: CscaStore,
           now: datetime) -> Outcome:
    """The chip authentication of a PACE-CAM run: ``valid`` only when EF.CardSecurity
    passes the certificate checks and one of its keys maps to the run's mapping key."""
    if not card_security:
        return Outcome("not_verified", "the chip gave no EF.CardSecurity (PACE-CAM)",
                       reason=NO_CARD_SECURITY)
    try:
        info = cms.ContentInfo.load(card_security)
        if info["content_type"].native != "signed_data" or \
                info["content"]["encap_content_info"]["content_type"].dotted != SECURITY_OBJECT:
            return Outcome("invalid", "EF.CardSecurity is not a signed security object",
                           reason=SOD_MALFORMED)
        keys = chip_keys(info, cam.curve)
        signed = check_signature(info, store, now)
    except (*MALFORMED, tlv.TlvError) as exc:
        return Outcome("invalid", f"EF.CardSecurity cannot be parsed: {exc}",
                       reason=SOD_MALFORMED)
    if signed.status != "valid":
        return Outcome(signed.status, f"EF.CardSecurity: {signed.detail}", signed.crl_checked,
                       reason=signed.reason)
    try:
        ca_ic = chip_authentication_data(cam.k_enc, cam.encrypted)
    except CardProtocolError as exc:
        return Outcome("invalid", exc.detail or str(exc), reason=CHIP_AUTHENTICATION_FAILED)
    if not any(maps_to(cam.curve, ca_ic, key, cam.pk_map_ic) for key in keys):
        detail = ("no chip authentication key in EF.CardSecurity" if not keys else
                  "the chip's authentication data does not match its key in EF.CardSecurity")
        return Outcome("invalid", detail, reason=CHIP_AUTHENTICATION_FAILED)
    return Outcome("valid", "chip authenticated (PACE-CAM)", signed.crl_checked)
