"""The biometric container: the encrypted time series, bound to one document's field.

The container is canonical JSON. Its ``binding`` names the signature field, the
SHA-256 and length of the exact document bytes that were signed (the PDF as
it was before this signature's revision), the signer, place and time. The ISO
19794-7 record is encrypted with AES-256-GCM under a fresh key, with the
canonical binding as associated data, so neither can be moved to another
document or field without decryption failing. The AES key is wrapped for the
escrow's public key (X.509 certificate or public key, PEM): RSA-OAEP-SHA256,
or for EC keys ECDH with an ephemeral key and HKDF-SHA256. Only the trusted
third party, holding the private key, can read the time series.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

FORMAT: Final = "buergerbuero-biometric/1"
RSA_ALG: Final = "RSA-OAEP-SHA256+A256GCM"
EC_ALG: Final = "ECDH-ES-HKDF-SHA256+A256GCM"


class EscrowError(ValueError):
    """The container cannot be opened (wrong key, altered, or not ours)."""


@dataclass(frozen=True)
class Binding:
    field: str
    document_sha256: str
    document_length: int
    signer_name: str
    place: str
    signed_at: str  # ISO 8601
    sample_count: int

    def as_dict(self) -> dict[str, Any]:
        return {"field": self.field, "document_sha256": self.document_sha256,
                "document_length": self.document_length, "signer_name": self.signer_name,
                "place": self.place, "signed_at": self.signed_at,
                "sample_count": self.sample_count}

    def aad(self) -> bytes:
        return _canonical({"format": FORMAT, "binding": self.as_dict()})

    @classmethod
    def for_document(cls, document: bytes, **rest: Any) -> Binding:
        return cls(document_sha256=hashlib.sha256(document).hexdigest(),
                   document_length=len(document), **rest)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def load_public_key(pem: bytes) -> Any:
    """An RSA or EC public key from a PEM certificate or public key."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key: Any
    try:
        if b"BEGIN CERTIFICATE" in pem:
            key = x509.load_pem_x509_certificate(pem).public_key()
        else:
            key = load_pem_public_key(pem)
    except ValueError as exc:
        raise EscrowError(f"not a PEM certificate or public key: {exc}") from exc
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise EscrowError("the escrow key must be RSA or EC")
    return key


def _fingerprint(public_key: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    der = public_key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(der).hexdigest()


def _hkdf(secret: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def seal(record: bytes, binding: Binding, escrow_pem: bytes | None) -> bytes:
    """The container as bytes; without an escrow key it holds the binding only."""
    container: dict[str, Any] = {"format": FORMAT, "binding": binding.as_dict(), "escrow": None}
    if escrow_pem is not None:
        container["escrow"] = _encrypt(record, binding.aad(), load_public_key(escrow_pem))
    return _canonical(container)


def _encrypt(record: bytes, aad: bytes, public_key: Any) -> dict[str, str]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    nonce = os.urandom(12)
    if isinstance(public_key, rsa.RSAPublicKey):
        key = AESGCM.generate_key(bit_length=256)
        wrapped = public_key.encrypt(key, padding.OAEP(
            mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
        alg = RSA_ALG
    else:
        assert isinstance(public_key, ec.EllipticCurvePublicKey)
        ephemeral = ec.generate_private_key(public_key.curve)
        wrapped = ephemeral.public_key().public_bytes(Encoding.DER,
                                                      PublicFormat.SubjectPublicKeyInfo)
        key = _hkdf(ephemeral.exchange(ec.ECDH(), public_key), FORMAT.encode() + wrapped)
        alg = EC_ALG
    return {"algorithm": alg, "recipient_sha256": _fingerprint(public_key),
            "key": _b64(wrapped), "nonce": _b64(nonce),
            "ciphertext": _b64(AESGCM(key).encrypt(nonce, record, aad))}


def parse(data: bytes) -> tuple[Binding, dict[str, str] | None]:
    try:
        container = json.loads(data.decode("utf-8"))
        if container.get("format") != FORMAT:
            raise EscrowError("not a biometric container of this format")
        return Binding(**container["binding"]), container.get("escrow")
    except (UnicodeDecodeError, json.JSONDecodeError, TypeError, KeyError) as exc:
        raise EscrowError(f"the biometric container is damaged: {exc}") from exc


def open_container(data: bytes, private_pem: bytes, password: bytes | None = None) -> bytes:
    """Decrypt the time series (the ISO 19794-7 record) with the escrow's private key."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import (
        load_der_public_key,
        load_pem_private_key,
    )

    binding, escrow = parse(data)
    if escrow is None:
        raise EscrowError("this signature carries no encrypted biometric data "
                          "(no escrow key was configured when it was made)")
    try:
        private = load_pem_private_key(private_pem, password)
    except (ValueError, TypeError) as exc:
        raise EscrowError(f"cannot read the escrow private key: {exc}") from exc
    if _fingerprint(private.public_key()) != escrow["recipient_sha256"]:
        raise EscrowError("the biometric data was encrypted for a different escrow key")
    wrapped = base64.b64decode(escrow["key"])
    try:
        if escrow["algorithm"] == RSA_ALG and isinstance(private, rsa.RSAPrivateKey):
            key = private.decrypt(wrapped, padding.OAEP(
                mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))
        elif escrow["algorithm"] == EC_ALG and isinstance(private, ec.EllipticCurvePrivateKey):
            peer = load_der_public_key(wrapped)
            assert isinstance(peer, ec.EllipticCurvePublicKey)
            key = _hkdf(private.exchange(ec.ECDH(), peer), FORMAT.encode() + wrapped)
        else:
            raise EscrowError(f"unsupported algorithm {escrow['algorithm']} for this key")
        return AESGCM(key).decrypt(base64.b64decode(escrow["nonce"]),
                                   base64.b64decode(escrow["ciphertext"]), binding.aad())
    except (InvalidTag, ValueError) as exc:
        if isinstance(exc, EscrowError):
            raise
        raise EscrowError("the biometric data does not decrypt: it was altered or moved "
                          "from another document") from exc


def make_escrow_keys(directory: Path, *, curve: bool = False) -> tuple[Path, Path]:
    """A key pair for the trusted third party (demo and tests): escrow.key, escrow.pem."""
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    directory.mkdir(parents=True, exist_ok=True)
    private = ec.generate_private_key(ec.SECP256R1()) if curve else \
        rsa.generate_private_key(public_exponent=65537, key_size=3072)
    key_path, pub_path = directory / "escrow.key", directory / "escrow.pem"
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(private.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    pub_path.write_bytes(private.public_key().public_bytes(Encoding.PEM,
                                                           PublicFormat.SubjectPublicKeyInfo))
    return key_path, pub_path
