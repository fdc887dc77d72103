"""Check a destination's published encryption key before anything is encrypted for it.

FIT-Connect publishes each destination's key as a JWK (Routing API 2.0.0, schema
``jwk``): RSA, at least 4096 bits, ``e`` AQAB, ``alg`` RSA-OAEP-256, ``key_ops``
``["wrapKey"]``, a ``kid`` of 8-64 characters and an ``x5c`` chain (certificate,
intermediate, root) that leads to the administration PKI's root. The sender trusts
that root (setting ``intake_key_root``), never the server that publishes the key; with a CRL file
(setting ``intake_key_crl``) every certificate below the root must be covered by a
CRL in it and must not be revoked.

Fails closed: without a configured root no key is accepted (the stand-in publishes
its own root for the demo and the tests, ``sync/reference/pki.py``). A refused key
raises :class:`KeyRefused` (a :class:`ServerRefused`: the outbox marks the item
``failed``) whose ``detail`` says, in English for the technician, what is wrong.

``cryptography``, ``asn1crypto`` and ``pyhanko_certvalidator`` are imported inside the
functions: importing this module stays cheap on the kiosk's start-up path.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.base.errors import ServerRefused
from kiosk.base.i18n import N_
from sync.e2e import ALG, public_key

if TYPE_CHECKING:
    from joserfc.jwk import RSAKey

MIN_BITS = 4096
# FIT-Connect's Routing API (schema "jwk") allows only e = AQAB (65537), and a kid of
# 8 to 64 characters.
_EXPONENT = 65537
_KID_LENGTH = (8, 64)
_MAX_CHAIN = 8
_PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "oth")

KEY_REFUSED = N_(
    "Sync",
    "The encryption key of the central case system was refused: it does not meet the "
    "security requirements. Nothing was sent; the application is kept on this terminal. "
    "Please ask a technician.",
)


class KeyRefused(ServerRefused):
    """The destination's key fails the policy; ``detail`` is the reason (English)."""

    def __init__(self, reason: str) -> None:
        super().__init__(KEY_REFUSED, detail=f"destination key refused: {reason}")
        self.reason = reason


@dataclass(frozen=True)
class Purpose:
    """What a destination key is for: its ``alg``, ``key_ops``, ``use`` and the key usage
    its certificate must carry."""

    alg: str
    op: str
    use: str
    usage: str  # pyhanko-certvalidator's name of the key usage
    what: str  # for the reason


ENCRYPTION = Purpose(ALG, "wrapKey", "enc", "key_encipherment", "key encipherment")
#: The subscriber's key for its SETs (accept-submission, reject-submission).
SIGNATURE = Purpose("PS512", "verify", "sig", "digital_signature", "digital signatures")


@dataclass(frozen=True)
class KeyTrust:
    """What a destination key's ``x5c`` chain must lead to.

    ``root``: PEM file with the trusted root certificate(s) (None: no key is accepted).
    ``crl``: PEM or DER file with CRLs (None: revocation is not checked).
    """

    root: Path | None = None
    crl: Path | None = None


def check_destination_key(jwk: Any, trust: KeyTrust, now: dt.datetime | None = None, *,
                          purpose: Purpose = ENCRYPTION) -> RSAKey:
    """The destination key as a joserfc key, if it passes every check; else KeyRefused.
    ``purpose``: its encryption key (default) or its SET signature key."""
    if not isinstance(jwk, dict):
        raise KeyRefused("the key is not a JSON object")
    if any(name in jwk for name in _PRIVATE_MEMBERS):
        raise KeyRefused("the published key contains private key material")
    if jwk.get("kty") != "RSA":
        raise KeyRefused(f"key type {_shown(jwk.get('kty'))}, required: RSA")
    if jwk.get("alg") != purpose.alg:
        raise KeyRefused(f"algorithm {_shown(jwk.get('alg'))}, required: {purpose.alg}")
    ops = jwk.get("key_ops")
    if not isinstance(ops, list) or purpose.op not in ops:
        raise KeyRefused(f"key_ops {_shown(ops)} do not contain '{purpose.op}'")
    if "use" in jwk and jwk["use"] != purpose.use:
        raise KeyRefused(f"use {_shown(jwk['use'])}, required: {purpose.use}")
    kid = jwk.get("kid")
    if not isinstance(kid, str) or not kid.strip():
        raise KeyRefused("the key has no key id (kid)")
    if not _KID_LENGTH[0] <= len(kid) <= _KID_LENGTH[1]:
        raise KeyRefused(f"the key id (kid) has {len(kid)} characters, required: "
                         f"{_KID_LENGTH[0]} to {_KID_LENGTH[1]}")
    n, e = _integer(jwk, "n"), _integer(jwk, "e")
    if n.bit_length() < MIN_BITS:
        raise KeyRefused(f"RSA key of {n.bit_length()} bits, required: at least {MIN_BITS}")
    if e != _EXPONENT:
        raise KeyRefused(f"the public exponent is {e if e < 2**32 else 'huge'}, "
                         f"required: {_EXPONENT} (AQAB)")
    chain = _certificates(jwk.get("x5c"))
    _check_leaf_matches(chain[0], n, e)
    _check_chain(chain, trust, now or dt.datetime.now(dt.UTC), purpose)
    try:
        if purpose is not ENCRYPTION:
            from joserfc.jwk import RSAKey  # with the first signature key

            return RSAKey.import_key({"kty": "RSA", "n": jwk["n"], "e": jwk["e"],
                                      "kid": kid})
        return public_key(jwk)
    except ValueError as exc:
        raise KeyRefused(f"the key cannot be imported ({type(exc).__name__})") from exc


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _integer(jwk: dict[str, Any], name: str) -> int:
    value = jwk.get(name)
    if not isinstance(value, str) or not value or len(value) > 2048:
        raise KeyRefused(f"member '{name}' is missing or not base64url text")
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError) as exc:
        raise KeyRefused(f"member '{name}' is not base64url") from exc
    return int.from_bytes(raw, "big")


def _certificates(x5c: Any) -> list[Any]:
    from cryptography import x509  # the X.509 parser loads with the first key check

    if not isinstance(x5c, list) or not x5c:
        raise KeyRefused("the key has no certificate chain (x5c)")
    if len(x5c) > _MAX_CHAIN:
        raise KeyRefused(f"the certificate chain (x5c) has {len(x5c)} certificates, "
                         f"at most {_MAX_CHAIN} are accepted")
    chain = []
    for index, entry in enumerate(x5c):
        try:
            if not isinstance(entry, str):
                raise ValueError("not text")
            chain.append(x509.load_der_x509_certificate(base64.b64decode(entry,
                                                                         validate=True)))
        except (binascii.Error, ValueError) as exc:
            raise KeyRefused(f"x5c[{index}] is not a base64 DER certificate") from exc
    return chain


def _check_leaf_matches(leaf: Any, n: int, e: int) -> None:
    from cryptography.hazmat.primitives.asymmetric import rsa  # with the first key check

    public = leaf.public_key()
    if not isinstance(public, rsa.RSAPublicKey) or \
            (public.public_numbers().n, public.public_numbers().e) != (n, e):
        raise KeyRefused("the first certificate of x5c is not the certificate of this key")


def _load_roots(trust: KeyTrust) -> list[Any]:
    from cryptography import x509  # with the first key check

    if trust.root is None:
        raise KeyRefused("no trusted root for destination keys is configured (setting "
                         "'intake_key_root'); no key is accepted without one")
    try:
        roots = x509.load_pem_x509_certificates(trust.root.read_bytes())
    except OSError as exc:
        raise KeyRefused(f"the trusted root file {trust.root} cannot be read "
                         f"({exc.strerror or type(exc).__name__})") from exc
    except ValueError as exc:
        raise KeyRefused(f"the trusted root file {trust.root} holds no PEM certificate") \
            from exc
    return roots


def _load_crls(path: Path) -> list[Any]:
    from cryptography import x509  # with the first key check

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KeyRefused(f"the CRL file {path} cannot be read "
                         f"({exc.strerror or type(exc).__name__})") from exc
    try:
        if b"-----BEGIN X509 CRL-----" not in data:
            return [x509.load_der_x509_crl(data)]
        blocks = data.split(b"-----END X509 CRL-----")
        return [x509.load_pem_x509_crl(block + b"-----END X509 CRL-----\n")
                for block in blocks if b"-----BEGIN X509 CRL-----" in block]
    except ValueError as exc:
        raise KeyRefused(f"the CRL file {path} holds no readable CRL") from exc


def _check_chain(chain: list[Any], trust: KeyTrust, now: dt.datetime,
                 purpose: Purpose = ENCRYPTION) -> None:
    """Path to a configured root, validity, key usage, revocation: pyhanko-certvalidator."""
    import asyncio

    from asn1crypto import crl as asn1_crl  # the validator's own types, with the first check
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko_certvalidator import CertificateValidator, ValidationContext, errors

    def asn1(cert: Any) -> Any:
        return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))

    roots = [asn1(r) for r in _load_roots(trust)]
    crls = [asn1_crl.CertificateList.load(c.public_bytes(Encoding.DER))
            for c in (_load_crls(trust.crl) if trust.crl is not None else [])]
    others = [asn1(c) for c in chain[1:]]
    context = ValidationContext(
        trust_roots=roots, other_certs=others, crls=crls, allow_fetching=False,
        revocation_mode="require" if trust.crl is not None else "soft-fail", moment=now)
    validator = CertificateValidator(asn1(chain[0]), intermediate_certs=others,
                                     validation_context=context)
    try:
        asyncio.run(validator.async_validate_usage({purpose.usage}))  # type: ignore[no-untyped-call]
    except errors.RevokedError as exc:
        raise KeyRefused("a certificate of its chain is revoked") from exc
    except (errors.ExpiredError, errors.NotYetValidError) as exc:
        raise KeyRefused("a certificate of its chain is expired or not yet valid") from exc
    except errors.InsufficientRevinfoError as exc:
        raise KeyRefused(f"the CRL file {trust.crl} has no current CRL for every "
                         "certificate of the chain") from exc
    except errors.PathBuildingError as exc:
        raise KeyRefused("its certificate chain (x5c) does not lead to the trusted root "
                         f"in {trust.root}") from exc
    except errors.InvalidCertificateError as exc:
        raise KeyRefused(f"its certificate is not for {purpose.what}") from exc
    except errors.PathValidationError as exc:
        raise KeyRefused(f"its certificate chain is not valid: {str(exc)[:200]}") from exc
    except Exception as exc:
        raise KeyRefused(f"its certificate chain cannot be checked ({type(exc).__name__})") \
            from exc
