"""Build CSCA master lists (``.ml``, ICAO 9303-12) for tests: a master list signer issued by
a CSCA (the trust anchor) signs a CMS SignedData over the CSCA certificates it lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sodgen import Key, _sign, signed_data

from devices.icao.master_list import MASTER_LIST_OID, MASTER_LIST_SIGNER_EKU, CscaMasterList


def make_ml_signer(anchor_key: Key, anchor: x509.Certificate, *, eku: bool = True,
                   not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
                   ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A master list signer certificate issued by ``anchor`` (EKU 2.23.136.1.1.3 unless not)."""
    now = dt.datetime.now(dt.UTC)
    key = ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder()
               .subject_name(x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
                                        x509.NameAttribute(NameOID.COMMON_NAME,
                                                           "Test Master List Signer")]))
               .issuer_name(anchor.subject).public_key(key.public_key()).serial_number(77)
               .not_valid_before(not_before or now - dt.timedelta(days=1))
               .not_valid_after(not_after or now + dt.timedelta(days=365)))
    if eku:
        builder = builder.add_extension(x509.ExtendedKeyUsage(
            [x509.ObjectIdentifier(MASTER_LIST_SIGNER_EKU)]), critical=False)
    return key, _sign(builder, anchor_key)


def make_master_list(cscas: Sequence[x509.Certificate], signer_key: ec.EllipticCurvePrivateKey,
                     signer: x509.Certificate, *, content_type: str = MASTER_LIST_OID,
                     tamper: bool = False) -> bytes:
    """The master list (DER ContentInfo) of ``cscas``; ``tamper`` swaps the list after
    signing (its digest no longer matches)."""
    def listing(certs: Sequence[x509.Certificate]) -> bytes:
        return CscaMasterList({"version": 0, "certList": [
            a_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
            for c in certs]}).dump()

    content = listing(cscas)
    if tamper:
        return signed_data(content_type, listing(cscas[:-1]), signer_key, signer,
                           digest_of=content)
    return signed_data(content_type, content, signer_key, signer)


def write_anchor(path: Path, cert: x509.Certificate) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


__all__ = ["make_master_list", "make_ml_signer", "write_anchor"]
