"""Passive authentication (ICAO 9303-11 section 5.1): EF.SOD hashes and signatures.

The outcome is ``valid`` only when every data group read matches its hash in
the SOD, the SOD's signature verifies with the document signer certificate its
signer names, that certificate was issued by a CSCA (a CA certificate) in the
technician's store while the CSCA was valid, is valid now and is not on a CRL
of that CSCA in the store (``devices.icao.sod_signature`` lists the checks).
A missing SOD, an empty store, an unknown CSCA or an algorithm this terminal
cannot check is ``not_verified`` — never ``valid``. Any failed check is
``invalid``; ``detail`` says which.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import algos, cms, core

from devices.icao import tlv
from devices.icao.csca_store import load_store
from devices.icao.outcome import HASH_MISMATCH, NO_SOD, SOD_MALFORMED, UNSUPPORTED, Outcome
from devices.icao.signatures import HASHES, MALFORMED
from devices.icao.sod_signature import check_signature

log = logging.getLogger(__name__)


class LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    pass


class DataGroupHash(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012 - asn1crypto's schema attribute
        ("dataGroupNumber", core.Integer), ("dataGroupHashValue", core.OctetString)]


class DataGroupHashValues(core.SequenceOf):  # type: ignore[misc]
    _child_spec = DataGroupHash


LdsSecurityObject._fields = [
    ("version", core.Integer),
    ("hashAlgorithm", algos.DigestAlgorithm),
    ("dataGroupHashValues", DataGroupHashValues),
    ("ldsVersionInfo", core.Any, {"optional": True}),
]


def parse_sod(sod: bytes) -> cms.ContentInfo:
    """EF.SOD: tag 77 around a CMS ContentInfo with SignedData."""
    inner = tlv.parse_one(sod, 0x77).value
    info = cms.ContentInfo.load(inner)
    if info["content_type"].native != "signed_data":
        raise ValueError("EF.SOD does not hold SignedData")
    return info


def dg_hashes(info: cms.ContentInfo) -> tuple[str, dict[int, bytes]]:
    signed = info["content"]
    content = signed["encap_content_info"]["content"].native
    lso = LdsSecurityObject.load(content)
    algo = lso["hashAlgorithm"]["algorithm"].native
    return algo, {int(h["dataGroupNumber"].native): bytes(h["dataGroupHashValue"].native)
                  for h in lso["dataGroupHashValues"]}


def verify(sod: bytes, data_groups: dict[int, bytes], csca_dir: Path, *,
           now: datetime | None = None, master_list_anchor: Path | None = None) -> Outcome:
    """Passive authentication of ``data_groups`` (number -> the file read) against ``sod``.

    ``now`` (timezone-aware) is when the document signer certificate must be
    valid; None is the current UTC time. ``master_list_anchor`` is the trust anchor
    the store's master lists must chain to (without it they are refused).
    """
    if not sod:
        return Outcome("not_verified", "the chip has no EF.SOD", reason=NO_SOD)
    if not data_groups:
        return Outcome("not_verified", "no data group was read", reason=HASH_MISMATCH)
    try:
        info = parse_sod(sod)
        algo, hashes = dg_hashes(info)
    except (*MALFORMED, tlv.TlvError) as exc:
        return Outcome("invalid", f"EF.SOD cannot be parsed: {exc}", reason=SOD_MALFORMED)
    if algo not in HASHES:
        return Outcome("not_verified", f"unsupported hash algorithm {algo}", reason=UNSUPPORTED)
    for number, content in data_groups.items():
        expected = hashes.get(number)
        if expected is None or hashlib.new(algo, content).digest() != expected:
            return Outcome("invalid", f"DG{number} does not match its hash in EF.SOD",
                           reason=HASH_MISMATCH)
    moment = now if now is not None else datetime.now(UTC)
    store = load_store(csca_dir, master_list_anchor, now=moment)
    try:
        return check_signature(info, store, moment)
    except MALFORMED as exc:
        log.warning("passive authentication: malformed EF.SOD (%s)", type(exc).__name__)
        return Outcome("invalid", f"EF.SOD cannot be parsed: {exc}", reason=SOD_MALFORMED)
