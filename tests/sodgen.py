"""Build an EF.SOD (CMS SignedData over an LDS security object) for tests: CSCA -> DS -> SOD,
and the CRLs a CSCA signs."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

from asn1crypto import algos, cms, core
from asn1crypto import keys as a_keys
from asn1crypto import x509 as a_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.x509.oid import NameOID

from devices.icao import tlv
from devices.icao.passive_auth import LdsSecurityObject

LDS_SO_OID = "2.23.136.1.1.1"


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "DE"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


Key = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey


def _sign(builder: x509.CertificateBuilder, key: Key) -> x509.Certificate:
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return builder.sign(key, None)
    if isinstance(key, rsa.RSAPrivateKey):
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
        return builder.sign(key, hashes.SHA256(), rsa_padding=pss)
    return builder.sign(key, hashes.SHA256())


def make_csca(cn: str = "Test CSCA", *, key: Key | None = None,
              not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
              ca: bool = True, serial: int = 1) -> tuple[Key, x509.Certificate]:
    """A self-signed CSCA (basicConstraints cA as given); RSA keys sign with PSS."""
    now = dt.datetime.now(dt.UTC)
    key = key or ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(cn))
               .public_key(key.public_key()).serial_number(serial)
               .not_valid_before(not_before or now - dt.timedelta(days=1))
               .not_valid_after(not_after or now + dt.timedelta(days=3650))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None),
                              critical=True))
    return key, _sign(builder, key)


def make_ds(csca_key: Key, csca: x509.Certificate, *, serial: int = 2, cn: str = "Test DS",
            not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
            key: ec.EllipticCurvePrivateKey | None = None,
            ) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    """A document signer certificate issued by ``csca`` (with a subjectKeyIdentifier)."""
    now = dt.datetime.now(dt.UTC)
    ds_key = key or ec.generate_private_key(ec.SECP256R1())
    builder = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(csca.subject)
               .public_key(ds_key.public_key()).serial_number(serial)
               .not_valid_before(not_before or now - dt.timedelta(days=1))
               .not_valid_after(not_after or now + dt.timedelta(days=365))
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(ds_key.public_key()),
                              critical=False))
    return ds_key, _sign(builder, csca_key)


def make_pki(cn: str = "Test CSCA") -> tuple[Key, x509.Certificate,
                                              ec.EllipticCurvePrivateKey, x509.Certificate]:
    csca_key, csca = make_csca(cn)
    ds_key, ds = make_ds(csca_key, csca)
    return csca_key, csca, ds_key, ds


def make_crl(issuer_key: Key, issuer: x509.Certificate, revoked: Iterable[int], *,
             this_update: dt.datetime | None = None, next_update: dt.datetime | None = None,
             ) -> x509.CertificateRevocationList:
    """A CRL in ``issuer``'s name listing ``revoked`` serials, signed by ``issuer_key``."""
    this_update = this_update or dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer.subject)
               .last_update(this_update)
               .next_update(next_update or this_update + dt.timedelta(days=90)))
    for serial in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial)
            .revocation_date(this_update - dt.timedelta(days=1)).build())
    if isinstance(issuer_key, rsa.RSAPrivateKey):
        return builder.sign(issuer_key, hashes.SHA256(), rsa_padding=padding.PSS(
            mgf=padding.MGF1(hashes.SHA256()), salt_length=32))
    return builder.sign(issuer_key, None if isinstance(issuer_key, ed25519.Ed25519PrivateKey)
                        else hashes.SHA256())


def make_sod(data_groups: dict[int, bytes], ds_key: ec.EllipticCurvePrivateKey,
             ds: x509.Certificate, *, tamper: int | None = None,
             certificates: Sequence[x509.Certificate] | None = None,
             by_key_id: bool = False) -> bytes:
    """EF.SOD signed by ``ds_key``; it carries ``certificates`` (default: ``ds`` alone) and
    names its signer by issuer and serial, or by subject key identifier."""
    hashes_ = []
    for number, content in sorted(data_groups.items()):
        digest = hashlib.sha256(content).digest()
        if number == tamper:
            digest = bytes(32)
        hashes_.append({"dataGroupNumber": number, "dataGroupHashValue": digest})
    lso = LdsSecurityObject({"version": 0,
                             "hashAlgorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                             "dataGroupHashValues": hashes_}).dump()
    info = signed_data(LDS_SO_OID, lso, ds_key, ds, certificates=certificates,
                       by_key_id=by_key_id)
    return tlv.encode(0x77, info)


def signed_data(content_type: str, content: bytes, key: ec.EllipticCurvePrivateKey,
                cert: x509.Certificate, *, certificates: Sequence[x509.Certificate] | None = None,
                by_key_id: bool = False, digest_of: bytes | None = None) -> bytes:
    """A DER ContentInfo with SignedData over ``content``, signed by ``key`` (``cert``), with
    signed attributes; ``digest_of`` puts another content's digest in them (a tampered list)."""
    attrs = cms.CMSAttributes([
        cms.CMSAttribute({"type": "content_type", "values": [content_type]}),
        cms.CMSAttribute({"type": "message_digest", "values": [
            hashlib.sha256(content if digest_of is None else digest_of).digest()]}),
    ])
    signature = key.sign(attrs.dump(), ec.ECDSA(hashes.SHA256()))
    signer_cert = a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    if by_key_id:
        sid = cms.SignerIdentifier({"subject_key_identifier": signer_cert.key_identifier})
    else:
        sid = cms.SignerIdentifier({"issuer_and_serial_number": cms.IssuerAndSerialNumber({
            "issuer": signer_cert.issuer, "serial_number": signer_cert.serial_number})})
    signer = cms.SignerInfo({
        "version": "v3" if by_key_id else "v1",
        "sid": sid,
        "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
        "signed_attrs": attrs,
        "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "sha256_ecdsa"}),
        "signature": signature,
    })
    signed = cms.SignedData({
        "version": "v3",
        "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
        "encap_content_info": {"content_type": content_type,
                               "content": core.ParsableOctetString(content)},
        "certificates": [a_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
                         for c in (certificates if certificates is not None else [cert])],
        "signer_infos": [signer],
    })
    return cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump()


def write_csca(directory: Path, cert: x509.Certificate, name: str = "csca.der") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    encoding = serialization.Encoding.PEM if name.endswith(".pem") else serialization.Encoding.DER
    (directory / name).write_bytes(cert.public_bytes(encoding))
    return directory


def write_crl(directory: Path, crl: x509.CertificateRevocationList, name: str = "csca.crl",
              *, pem: bool = False) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_bytes(crl.public_bytes(serialization.Encoding.PEM if pem
                                      else serialization.Encoding.DER))
    return path


# brainpoolP256r1 (RFC 5639) spelled out as explicit domain parameters, the way
# some states' document signer and CSCA keys carry them
_BP256 = {"p": 0xA9FB57DBA1EEA9BC3E660A909D838D726E3BF623D52620282013481D1F6E5377,
          "a": 0x7D5A0975FC2C3057EEF67530417AFFE7FB8055C126DC5C6CE94A4B44F330B5D9,
          "b": 0x26DC5C6CE94A4B44F330B5D9BBD77CBF958416295CF7E1CE6BCCDC18FF8C07B6,
          "gx": 0x8BD2AEB9CB7E57CB2C4B482FFC81B7AFB9DE27E1E3BD23C23A4453BD9ACE3262,
          "gy": 0x547EF835C3DAC4FD97F8461A14611DC9C27745132DED8E545C1D54C72F046997,
          "n": 0xA9FB57DBA1EEA9BC3E660A909D838D718C397AA3B561A6F7901E0E82974856A7}


def with_explicit_key(cert: x509.Certificate, signer_key: ec.EllipticCurvePrivateKey, *,
                      b: int = _BP256["b"]) -> x509.Certificate:
    """``cert`` (a brainpoolP256r1 key) with its curve given by explicit domain parameters, as
    ICAO 9303-12 asks, re-signed by ``signer_key``; another ``b`` makes a curve nobody knows."""
    size = 32
    domain = a_keys.SpecifiedECDomain({
        "version": "ecdpVer1",
        "field_id": {"field_type": "prime_field", "parameters": _BP256["p"]},
        "curve": {"a": _BP256["a"].to_bytes(size, "big"), "b": b.to_bytes(size, "big")},
        "base": b"\x04" + _BP256["gx"].to_bytes(size, "big") + _BP256["gy"].to_bytes(size, "big"),
        "order": _BP256["n"], "cofactor": 1})
    point = cert.public_key().public_bytes(serialization.Encoding.X962,
                                           serialization.PublicFormat.UncompressedPoint)
    spki = a_keys.PublicKeyInfo({
        "algorithm": {"algorithm": "ec",
                      "parameters": a_keys.ECDomainParameters({"specified": domain})},
        "public_key": point})
    parsed = a_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    tbs = parsed["tbs_certificate"].copy()
    tbs["subject_public_key_info"] = spki
    signed = a_x509.Certificate({
        "tbs_certificate": tbs, "signature_algorithm": parsed["signature_algorithm"],
        "signature_value": signer_key.sign(tbs.dump(force=True), ec.ECDSA(hashes.SHA256()))})
    return x509.load_der_x509_certificate(signed.dump(force=True))
