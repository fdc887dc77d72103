"""Passive authentication (ICAO 9303-11 section 5.1): EF.SOD hashes and signatures.

The outcome is ``valid`` only when every data group read matches its hash in
the SOD, the SOD's signature verifies with its document signer certificate,
and that certificate was issued by a CSCA in the technician's store. A missing
SOD, an empty store or an unknown CSCA is ``not_verified`` — never ``valid``.
Any mismatch is ``invalid``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import algos, cms, core, x509

from devices.icao import tlv

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

_HASHES = {"sha1": "sha1", "sha224": "sha224", "sha256": "sha256", "sha384": "sha384",
           "sha512": "sha512"}


@dataclass(frozen=True)
class Outcome:
    status: str  # valid / invalid / not_verified
    detail: str = ""


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


def load_store(csca_dir: Path) -> list[x509.Certificate]:
    certs: list[x509.Certificate] = []
    if not csca_dir.is_dir():
        return certs
    from asn1crypto import pem

    for path in sorted(csca_dir.iterdir()):
        if path.suffix.lower() not in (".der", ".cer", ".crt", ".pem"):
            continue
        raw = path.read_bytes()
        try:
            if pem.detect(raw):
                for _kind, _headers, der in pem.unarmor(raw, multiple=True):
                    certs.append(x509.Certificate.load(der))
            else:
                certs.append(x509.Certificate.load(raw))
        except ValueError as exc:
            log.warning("CSCA store: skipping %s: %s", path.name, exc)
    return certs


def verify(sod: bytes, data_groups: dict[int, bytes], csca_dir: Path) -> Outcome:
    if not sod:
        return Outcome("not_verified", "the chip has no EF.SOD")
    try:
        info = parse_sod(sod)
        algo, hashes = dg_hashes(info)
    except (ValueError, tlv.TlvError) as exc:
        return Outcome("invalid", f"EF.SOD cannot be parsed: {exc}")
    name = _HASHES.get(algo)
    if name is None:
        return Outcome("not_verified", f"unsupported hash algorithm {algo}")
    for number, content in data_groups.items():
        expected = hashes.get(number)
        if expected is None or hashlib.new(name, content).digest() != expected:
            return Outcome("invalid", f"DG{number} does not match its hash in EF.SOD")
    from devices.icao.sod_signature import check_signature

    return check_signature(info, load_store(csca_dir))
