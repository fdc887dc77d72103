"""CSCA master lists (``*.ml``, ICAO 9303-12 section 8; Germany's is published by the BSI).

A master list is a CMS SignedData whose content (id-icao-cscaMasterList) is the
set of CSCA certificates a state has checked. It is only as good as its signer:
the list is accepted when

1. its one SignerInfo names a certificate that the SignedData carries,
2. that signature verifies (signed attributes, message digest) with it,
3. that master list signer certificate was issued by a trust anchor the
   technician configured (``csca_master_list_anchor``: a CA certificate, e.g.
   Germany's CSCA, obtained out of band) and its signature verifies,
4. the anchor and the signer certificate are valid now, and
5. the signer certificate is for master lists (extended key usage
   2.23.136.1.1.3, which ICAO 9303-12 makes mandatory).

Anything else refuses the whole list with a reason (``MasterListRefused``);
no certificate of a refused list is trusted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from asn1crypto import cms, core, pem, x509

from devices.icao.signatures import (
    MALFORMED,
    Unsupported,
    describe_sid,
    signed_by,
    signer_certificate,
    signer_signature,
)

MASTER_LIST_OID = "2.23.136.1.1.2"  # id-icao-cscaMasterList
MASTER_LIST_SIGNER_EKU = "2.23.136.1.1.3"  # id-icao-cscaMasterListSigningKey
SUFFIX = ".ml"


class MasterListRefused(Exception):
    """The master list is not trusted; the message says why (for the technician)."""


class _CertificateSet(core.SetOf):  # type: ignore[misc]
    _child_spec = x509.Certificate


class CscaMasterList(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012 - asn1crypto's schema attribute
        ("version", core.Integer), ("certList", _CertificateSet)]


@dataclass(frozen=True)
class MasterList:
    signer: str  # the master list signer's subject, for the technician
    certificates: tuple[x509.Certificate, ...]


def _date(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def load_anchors(path: Path) -> list[x509.Certificate]:
    """The trust anchors of a PEM (one or more certificates) or DER file; CA certificates
    only. Raises OSError or ValueError for a file that cannot be used."""
    raw = path.read_bytes()
    if pem.detect(raw):
        ders = [der for label, _h, der in pem.unarmor(raw, multiple=True)
                if label == "CERTIFICATE"]
    else:
        ders = [raw]
    anchors = []
    for der in ders:
        cert = x509.Certificate.load(der)
        _ = cert.native  # parse it all now
        if cert.ca:
            anchors.append(cert)
    if not anchors:
        raise ValueError("no CA certificate in it")
    return anchors


def _valid(cert: x509.Certificate, role: str, now: datetime) -> None:
    if now > cert.not_valid_after:
        raise MasterListRefused(f"the {role} certificate expired on "
                                f"{_date(cert.not_valid_after)}")
    if now < cert.not_valid_before:
        raise MasterListRefused(f"the {role} certificate is not yet valid (from "
                                f"{_date(cert.not_valid_before)})")


def _issuing_anchor(signer: x509.Certificate,
                    anchors: list[x509.Certificate]) -> x509.Certificate:
    tbs = signer["tbs_certificate"].dump()
    named = [a for a in anchors if a.subject == signer.issuer]
    if not named:
        raise MasterListRefused("its signer was not issued by the configured trust anchor "
                                f"(issuer {signer.issuer.human_friendly})")
    for anchor in named:
        try:
            if signed_by(anchor, tbs, signer.signature, signer["signature_algorithm"]):
                return anchor
        except Unsupported as exc:
            raise MasterListRefused(f"cannot check its signer certificate: {exc}") from None
    raise MasterListRefused("its signer certificate does not verify with the trust anchor")


def verify_master_list(data: bytes, anchors: list[x509.Certificate],
                       now: datetime) -> MasterList:
    """The CSCA certificates of a master list (DER ContentInfo), or ``MasterListRefused``."""
    try:
        info = cms.ContentInfo.load(data)
        if info["content_type"].native != "signed_data":
            raise MasterListRefused("it is not a CMS SignedData")
        signed = info["content"]
        econtent_type = signed["encap_content_info"]["content_type"].dotted
        if econtent_type != MASTER_LIST_OID:
            raise MasterListRefused(f"its content is {econtent_type}, not a CSCA master list")
        econtent = signed["encap_content_info"]["content"].native
        listed = CscaMasterList.load(econtent)
        certificates = tuple(listed["certList"])
        for cert in certificates:
            _ = cert.native
        signers = signed["signer_infos"]
        carried = ([c.chosen for c in signed["certificates"] if c.name == "certificate"]
                   if signed["certificates"].native else [])
        if len(signers) != 1:
            raise MasterListRefused(f"it has {len(signers)} signers, not one")
        signer = signers[0]
        cert = signer_certificate(signer["sid"], carried)
        if cert is None:
            raise MasterListRefused("no certificate in it matches its signer ("
                                    f"{describe_sid(signer['sid'])})")
        failed = signer_signature(signer, econtent, cert, what="master list",
                                  signer_name="master list signer")
        if failed is not None:
            raise MasterListRefused(failed.detail)
        anchor = _issuing_anchor(cert, anchors)
        _valid(anchor, "trust anchor", now)
        _valid(cert, "master list signer", now)
        purposes = cert.extended_key_usage_value
        dotted = {p.dotted for p in purposes} if purposes is not None else set()
        if MASTER_LIST_SIGNER_EKU not in dotted:
            raise MasterListRefused("its signer certificate is not for master lists "
                                    f"(extended key usage {MASTER_LIST_SIGNER_EKU} missing)")
    except MALFORMED as exc:
        raise MasterListRefused(f"it cannot be parsed: {exc}") from None
    return MasterList(cert.subject.human_friendly, certificates)
