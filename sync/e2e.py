"""End-to-end encryption of submissions for their destination: JWE (RSA-OAEP-256, A256GCM).

The client encrypts the submission's data, metadata and each attachment with the
destination's public key (a JWK fetched from the intake server); only the holder
of the private key (the central case system) can read them. All JOSE work is
done by ``joserfc``; nothing here is hand-written cryptography.

``joserfc`` and ``cryptography`` are imported inside the functions, so importing
this module stays cheap on the kiosk's start-up path.
"""

from __future__ import annotations

import hashlib
import json
import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from joserfc.jwe import JWERegistry
    from joserfc.jwk import RSAKey

ALG = "RSA-OAEP-256"
ENC = "A256GCM"
# Submissions carry PDFs of a few MB; joserfc's default limit is 64 KB of ciphertext.
MAX_CIPHERTEXT_BYTES = 40 * 1024 * 1024
DEFAULT_KEY_BITS = 4096


class DecryptionFailed(Exception):
    """A JWE could not be decrypted or is not what the protocol allows."""


def registry() -> JWERegistry:
    from joserfc.jwe import JWERegistry

    reg = JWERegistry(algorithms=[ALG, ENC])
    reg.max_ciphertext_length = MAX_CIPHERTEXT_BYTES
    return reg


def public_key(jwk: dict[str, Any]) -> RSAKey:
    """Import a destination's public JWK; only RSA keys meant for RSA-OAEP-256 are accepted.

    Only the import: :func:`sync.keycheck.check_destination_key` is the policy. A key
    published with ``key_ops`` must allow ``wrapKey`` (RFC 7517: encrypting the content
    key, what RSA-OAEP does in a JWE, as FIT-Connect publishes its keys); joserfc calls
    that operation "encrypt", so the key is imported without its ``key_ops``.
    """
    from joserfc.jwk import RSAKey

    if jwk.get("kty") != "RSA" or jwk.get("alg", ALG) != ALG or "d" in jwk:
        raise ValueError("destination key must be a public RSA key for RSA-OAEP-256")
    ops = jwk.get("key_ops")
    if ops is not None and (not isinstance(ops, list) or "wrapKey" not in ops):
        raise ValueError("destination key's key_ops do not allow wrapKey")
    return RSAKey.import_key({k: v for k, v in jwk.items() if k not in ("key_ops", "use")})


def encrypt(key: RSAKey, plaintext: bytes, content_type: str) -> str:
    """JWE compact serialisation of ``plaintext`` (media type ``content_type``) for ``key``.

    Protected header: ``alg``, ``enc``, ``kid``, ``cty`` — never ``zip`` (FIT-Connect
    refuses compressed JWEs)."""
    from joserfc import jwe

    header = {"alg": ALG, "enc": ENC, "kid": key.kid or key.thumbprint(),
              "cty": content_type}
    return jwe.encrypt_compact(header, plaintext, key, registry=registry())


def decrypt(key: RSAKey, token: bytes | str) -> bytes:
    from joserfc import jwe
    from joserfc.errors import JoseError

    try:
        obj = jwe.decrypt_compact(token, key, registry=registry())
    except (JoseError, ValueError) as exc:
        raise DecryptionFailed(type(exc).__name__) from exc
    if obj.protected.get("alg") != ALG or obj.protected.get("enc") != ENC:
        raise DecryptionFailed("unexpected algorithm")
    if obj.plaintext is None:
        raise DecryptionFailed("empty plaintext")
    return obj.plaintext


class HeaderRefused(DecryptionFailed):
    """The JWE's protected header lacks ``cty`` or carries ``zip`` (FIT-Connect: 422)."""


def check_compact(token: bytes) -> dict[str, Any]:
    """Cheap shape check of a JWE before it is stored unread: five parts, our algorithms,
    a ``cty``, no ``zip``; returns the protected header.

    No key is used; :func:`decrypt` (later, off the request path) is the real check.
    """
    parts = token.split(b".")
    if len(parts) != 5 or not parts[0] or not parts[4]:
        raise DecryptionFailed("not a JWE in compact serialisation")
    return check_protected_header(parts[0])


def check_protected_header(segment: bytes) -> dict[str, Any]:
    """:func:`check_compact` for the first part alone (a JWE read as a stream)."""
    import base64
    import binascii

    try:
        padded = segment + b"=" * (-len(segment) % 4)
        header = json.loads(base64.urlsafe_b64decode(padded))
    except (binascii.Error, ValueError) as exc:
        raise DecryptionFailed("unreadable protected header") from exc
    if not isinstance(header, dict) or header.get("alg") != ALG or header.get("enc") != ENC:
        raise DecryptionFailed("unexpected algorithm")
    if "zip" in header:
        raise HeaderRefused("the protected header has 'zip': compressed JWEs are not accepted")
    cty = header.get("cty")
    if not isinstance(cty, str) or not cty:
        raise HeaderRefused("the protected header has no 'cty' (the payload's media type)")
    return header


def load_or_create_private_key(path: Path, bits: int = DEFAULT_KEY_BITS) -> RSAKey:
    """The intake server's private key (a JWK file, mode 0600), created on first start."""
    from joserfc.jwk import RSAKey

    if path.exists():
        return RSAKey.import_key(json.loads(path.read_text(encoding="utf-8")))
    key = RSAKey.generate_key(bits, parameters={"use": "enc", "alg": ALG}, private=True)
    data = key.as_dict(private=True)
    # A UUID, as FIT-Connect's kids are: the Submission API 1.1.3 takes a keyId of at
    # most 36 characters in its path (an RFC 7638 thumbprint has 43).
    data["kid"] = str(uuid.uuid4())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return RSAKey.import_key(data)


def public_jwk(key: RSAKey) -> dict[str, Any]:
    """The published form of the destination key, as FIT-Connect's: ``key_ops wrapKey``
    (without ``use``, which RFC 7517 says not to combine with ``key_ops``)."""
    data: dict[str, Any] = key.as_dict(private=False)
    data.pop("use", None)
    data.setdefault("kid", key.thumbprint())
    data["alg"] = ALG
    data["key_ops"] = ["wrapKey"]
    return data


def sha512_hex(data: bytes) -> str:
    return hashlib.sha512(data).hexdigest()
