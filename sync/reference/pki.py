"""The stand-in's test PKI: root → intermediate → the destination's encryption certificate.

FIT-Connect publishes each destination's encryption key as a JWK whose ``x5c`` chain
leads to the administration PKI's root; a sender trusts that root, never the server.
The stand-in plays both sides with a PKI of its own, made on first start in
``<data_dir>/pki/`` next to the destination's private key (``destination-key.jwk``):

* ``root.crt`` — the root certificate (PEM): what a terminal or the demo trusts
  (setting ``intake_key_root``);
* ``crl.pem`` — the root's CRL (over intermediates) and the intermediate's CRL (over
  encryption certificates), both PEM, both empty (setting ``intake_key_crl``);
* ``chain.pem`` — encryption certificate, intermediate, root (the published ``x5c``);
* ``root.key``, ``intermediate.key`` — the CA keys (mode 0600; tests issue and revoke
  with them). The CAs use EC P-256 (quick to make); the encryption key is RSA.

:data:`SEED_DIR` (tests): a data directory whose key and PKI a new data directory
copies instead of generating its own — a 4096-bit RSA key takes seconds to make.
"""

from __future__ import annotations

import base64
import datetime as dt
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from sync.keycheck import KeyTrust

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes

PKI_DIR = "pki"
ROOT_CERT = "root.crt"
CRL_FILE = "crl.pem"
CHAIN_FILE = "chain.pem"
ROOT_KEY = "root.key"
INTERMEDIATE_KEY = "intermediate.key"
VALID_DAYS = 3650  # a test PKI: long enough that a kept demo directory keeps working

#: Tests: copy the key and PKI from this data directory into a new one (see above).
SEED_DIR: Path | None = None


@dataclass(frozen=True)
class Issued:
    """A CA (its certificate and key), for issuing and revoking."""

    cert: x509.Certificate
    key: CertificateIssuerPrivateKeyTypes


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Buergerbuero Stand-in"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def make_ca(common_name: str, issuer: Issued | None = None, *,
            path_length: int | None = None) -> Issued:
    """A CA certificate: self-signed without ``issuer`` (a root), else issued by it."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = _now()
    builder = (x509.CertificateBuilder()
               .subject_name(_name(common_name))
               .issuer_name(issuer.cert.subject if issuer else _name(common_name))
               .public_key(key.public_key()).serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(hours=1))
               .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
               .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), True)
               .add_extension(x509.KeyUsage(
                   digital_signature=False, content_commitment=False, key_encipherment=False,
                   data_encipherment=False, key_agreement=False, key_cert_sign=True,
                   crl_sign=True, encipher_only=False, decipher_only=False), True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                              False))
    if issuer is not None:
        builder = builder.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
            issuer.cert.public_key()), False)  # type: ignore[arg-type]
    signer = issuer.key if issuer else key
    return Issued(builder.sign(signer, hashes.SHA256()), key)


def issue_encryption_cert(issuer: Issued, public: rsa.RSAPublicKey,
                          common_name: str = "Destination encryption key", *,
                          signature: bool = False) -> x509.Certificate:
    """The encryption certificate of a destination's RSA key (keyEncipherment), or with
    ``signature`` its signature certificate (digitalSignature, the subscriber's SETs)."""
    now = _now()
    return (x509.CertificateBuilder()
            .subject_name(_name(common_name)).issuer_name(issuer.cert.subject)
            .public_key(public).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(hours=1))
            .not_valid_after(now + dt.timedelta(days=VALID_DAYS))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), True)
            .add_extension(x509.KeyUsage(
                digital_signature=signature, content_commitment=False,
                key_encipherment=not signature, data_encipherment=False, key_agreement=False,
                key_cert_sign=False, crl_sign=False, encipher_only=False,
                decipher_only=False), True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                issuer.cert.public_key()), False)  # type: ignore[arg-type]
            .sign(issuer.key, hashes.SHA256()))


def make_crl(issuer: Issued, revoked: tuple[int, ...] = ()) -> x509.CertificateRevocationList:
    """A CRL of ``issuer`` listing the ``revoked`` serial numbers."""
    now = _now()
    builder = (x509.CertificateRevocationListBuilder().issuer_name(issuer.cert.subject)
               .last_update(now - dt.timedelta(hours=1))
               .next_update(now + dt.timedelta(days=VALID_DAYS))
               .add_extension(x509.CRLNumber(int(now.timestamp())), False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   issuer.cert.public_key()), False))  # type: ignore[arg-type]
    for serial in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial)
            .revocation_date(now - dt.timedelta(minutes=1)).build())
    return builder.sign(issuer.key, hashes.SHA256())


def x5c(chain: list[x509.Certificate]) -> list[str]:
    """The JWK ``x5c`` member: standard base64 of each DER certificate, leaf first."""
    return [base64.b64encode(c.public_bytes(serialization.Encoding.DER)).decode()
            for c in chain]


def _write(path: Path, data: bytes, mode: int = 0o644) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _key_pem(key: CertificateIssuerPrivateKeyTypes) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def create(data_dir: Path, public: rsa.RSAPublicKey) -> None:
    """Make the PKI for the destination key ``public`` in ``data_dir/pki``."""
    directory = data_dir / PKI_DIR
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    root = make_ca("Stand-in Root CA", path_length=1)
    intermediate = make_ca("Stand-in Intermediate CA", root, path_length=0)
    leaf = issue_encryption_cert(intermediate, public)
    _write(directory / ROOT_KEY, _key_pem(root.key), 0o600)
    _write(directory / INTERMEDIATE_KEY, _key_pem(intermediate.key), 0o600)
    crls = b"".join(make_crl(ca).public_bytes(serialization.Encoding.PEM)
                    for ca in (root, intermediate))
    _write(directory / CRL_FILE, crls)
    _write(directory / ROOT_CERT, _pem(root.cert))
    _write(directory / CHAIN_FILE, b"".join(_pem(c) for c in (leaf, intermediate.cert,
                                                              root.cert)))


def seed(data_dir: Path, key_file: str) -> bool:
    """Copy the key and PKI of :data:`SEED_DIR` into a fresh ``data_dir``; True if done."""
    if SEED_DIR is None or (data_dir / key_file).exists():
        return False
    shutil.copytree(SEED_DIR / PKI_DIR, data_dir / PKI_DIR, dirs_exist_ok=True)
    shutil.copy2(SEED_DIR / key_file, data_dir / key_file)
    return True


def published_chain(data_dir: Path, public: rsa.RSAPublicKey) -> list[str]:
    """The ``x5c`` of the destination key: made on first use, kept in ``chain.pem``; made
    anew if the kept chain certifies another key (the key file was replaced)."""
    path = data_dir / PKI_DIR / CHAIN_FILE
    if path.exists():
        chain = x509.load_pem_x509_certificates(path.read_bytes())
        if chain[0].public_key() == public:
            return x5c(chain)
    create(data_dir, public)
    return x5c(x509.load_pem_x509_certificates(path.read_bytes()))


SIGNATURE_CHAIN_FILE = "signature-chain.pem"
SERVICE_CHAIN_FILE = "service-signature-chain.pem"  # the delivery service's SET key


def signature_chain(data_dir: Path, public: rsa.RSAPublicKey,
                    file: str = SIGNATURE_CHAIN_FILE) -> list[str]:
    """The ``x5c`` of the subscriber's signature key (or, with ``file``
    :data:`SERVICE_CHAIN_FILE`, of the delivery service's), issued by the intermediate on
    first use and kept in ``file``."""
    path = data_dir / PKI_DIR / file
    if path.exists():
        chain = x509.load_pem_x509_certificates(path.read_bytes())
        root_now = x509.load_pem_x509_certificate((data_dir / PKI_DIR / ROOT_CERT).read_bytes())
        if chain[0].public_key() == public and chain[-1] == root_now:
            return x5c(chain)
    intermediate, root = load_ca(data_dir, INTERMEDIATE_KEY), load_ca(data_dir, ROOT_KEY)
    name = "Delivery service signature key" if file == SERVICE_CHAIN_FILE \
        else "Destination signature key"
    leaf = issue_encryption_cert(intermediate, public, name, signature=True)
    _write(path, b"".join(_pem(c) for c in (leaf, intermediate.cert, root.cert)))
    return x5c([leaf, intermediate.cert, root.cert])


def trust(data_dir: Path) -> KeyTrust:
    """What a sender trusts for the stand-in in ``data_dir``: its root and its CRLs."""
    return KeyTrust(root=data_dir / PKI_DIR / ROOT_CERT, crl=data_dir / PKI_DIR / CRL_FILE)


def load_ca(data_dir: Path, which: str) -> Issued:
    """The root (``ROOT_KEY``) or intermediate (``INTERMEDIATE_KEY``) CA, for tests."""
    directory = data_dir / PKI_DIR
    chain = x509.load_pem_x509_certificates((directory / CHAIN_FILE).read_bytes())
    cert = chain[2] if which == ROOT_KEY else chain[1]
    key = serialization.load_pem_private_key((directory / which).read_bytes(), None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return Issued(cert, key)
