"""Build an EF.SOD (CMS SignedData over an LDS security object) for tests: CSCA -> DS -> SOD."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from asn1crypto import algos, cms, core
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from devices.icao import tlv
from devices.icao.passive_auth import LdsSecurityObject

LDS_SO_OID = "2.23.136.1.1.1"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def make_pki(cn: str = "Test CSCA") -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate,
                                              ec.EllipticCurvePrivateKey, x509.Certificate]:
    now = dt.datetime.now(dt.UTC)
    csca_key = ec.generate_private_key(ec.SECP256R1())
    csca = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
            .public_key(csca_key.public_key()).serial_number(1)
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(csca_key, hashes.SHA256()))
    ds_key = ec.generate_private_key(ec.SECP256R1())
    ds = (x509.CertificateBuilder().subject_name(_name("Test DS")).issuer_name(_name(cn))
          .public_key(ds_key.public_key()).serial_number(2)
          .not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=365))
          .sign(csca_key, hashes.SHA256()))
    return csca_key, csca, ds_key, ds


def make_sod(data_groups: dict[int, bytes], ds_key: ec.EllipticCurvePrivateKey,
             ds: x509.Certificate, *, tamper: int | None = None) -> bytes:
    hashes_ = []
    for number, content in sorted(data_groups.items()):
        digest = hashlib.sha256(content).digest()
        if number == tamper:
            digest = bytes(32)
        hashes_.append({"dataGroupNumber": number, "dataGroupHashValue": digest})
    lso = LdsSecurityObject({"version": 0,
                             "hashAlgorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                             "dataGroupHashValues": hashes_}).dump()
    attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": [LDS_SO_OID]}),
        cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(lso).digest()]}),
    ])
    signature = ds_key.sign(attrs.dump(), ec.ECDSA(hashes.SHA256()))
    ds_cert = a_x509.Certificate.load(ds.public_bytes(serialization.Encoding.DER))
    signer = cms.SignerInfo({
        "version": "v1",
        "sid": cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": ds_cert.issuer, "serial_number": ds_cert.serial_number})}),
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
        "signature": signature,
    })
    signed = cms.SignedData({
        "version": "v3",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": LDS_SO_OID,
                               "content": core.ParsableOctetString(lso)},
        "certificates": [ds_cert],
        "signer_infos": [signer],
    })
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()
    return tlv.encode(0x77, info)


def write_csca(directory: Path, cert: x509.Certificate) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "csca.der"
    path.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return directory
