"""Signature checks shared by EF.SOD and CSCA master lists: keys, algorithms, CMS signers.

``verify_signature`` and ``signed_by`` check one signature (RSA PKCS#1 v1.5 or
PSS, ECDSA, EC keys with explicit parameters of a standard curve);
``signer_certificate`` and ``signer_signature`` check a CMS SignedData's one
signer (ICAO 9303-11 EF.SOD, ICAO 9303-12 master lists).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from asn1crypto import algos, cms, keys, x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes

from devices.icao.ec import explicit_curve
from devices.icao.outcome import SIGNATURE_INVALID, UNSUPPORTED, Outcome

# What asn1crypto raises on malformed input: it parses lazily, so a damaged
# structure can surface as any of these when a field is first read.
MALFORMED = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)

HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
    "sha384": hashes.SHA384, "sha512": hashes.SHA512}


class Unsupported(Exception):
    """A key type, curve or algorithm this terminal cannot check (not a failed check)."""


def verify_signature(key: keys.PublicKeyInfo, signature: bytes, data: bytes, hash_name: str,
                     *, pss: bool) -> bool:
    """True when ``signature`` over ``data`` verifies with ``key``, False when it does not.

    Raises ``Unsupported`` when the key or algorithm cannot be checked here
    (e.g. EC keys with explicit parameters of a curve that is not standard).
    """
    factory = HASHES.get(hash_name)
    if factory is None:
        raise Unsupported(f"hash algorithm {hash_name}")
    try:
        public = _public_key(key)
    except ValueError:
        return False
    algo = factory()
    try:
        if isinstance(public, rsa.RSAPublicKey):
            pad: padding.AsymmetricPadding = (
                padding.PSS(mgf=padding.MGF1(algo), salt_length=padding.PSS.AUTO) if pss
                else padding.PKCS1v15())
            public.verify(signature, data, pad, algo)
        elif isinstance(public, ec.EllipticCurvePublicKey):
            public.verify(signature, data, ec.ECDSA(algo))
        else:
            raise Unsupported(f"{type(public).__name__} keys")
    except InvalidSignature:
        return False
    return True


def _public_key(key: keys.PublicKeyInfo) -> PublicKeyTypes:
    """The key; EC keys with explicit domain parameters of a standard curve become keys on
    that named curve (``cryptography`` itself does this for NIST curves only)."""
    try:
        return serialization.load_der_public_key(key.dump())
    except UnsupportedAlgorithm as exc:
        params = key["algorithm"]["parameters"]
        if key.algorithm != "ec" or params.name != "specified":
            raise Unsupported(str(exc)) from None
        spec = params.chosen
        curve = None
        if spec["field_id"]["field_type"].native == "prime_field":
            curve = explicit_curve(spec["field_id"]["parameters"].native,
                                   int.from_bytes(spec["curve"]["a"].native, "big"),
                                   int.from_bytes(spec["curve"]["b"].native, "big"),
                                   spec["base"].native)
        if curve is None:
            raise Unsupported(str(exc)) from None
        return ec.EllipticCurvePublicKey.from_encoded_point(curve, key["public_key"].native)


def signed_by(issuer: x509.Certificate, tbs: bytes, signature: bytes,
              algo: algos.SignedDigestAlgorithm) -> bool:
    """Whether ``issuer``'s key made ``signature`` over ``tbs`` (a certificate's or CRL's)."""
    try:
        sig_algo, hash_name = algo.signature_algo, algo.hash_algo
    except ValueError as exc:
        raise Unsupported(str(exc)) from None
    return verify_signature(issuer.public_key, signature, tbs, hash_name,
                            pss=sig_algo == "rsassa_pss")


def signer_certificate(sid: cms.SignerIdentifier,
                       certs: list[x509.Certificate]) -> x509.Certificate | None:
    """The certificate a SignerInfo's sid names (issuer and serial, or key identifier)."""
    if sid.name == "issuer_and_serial_number":
        issuer, serial = sid.chosen["issuer"], sid.chosen["serial_number"].native
        return next((c for c in certs if c.issuer == issuer and c.serial_number == serial),
                    None)
    key_id = sid.chosen.native
    return next((c for c in certs if c.key_identifier == key_id), None)


def describe_sid(sid: cms.SignerIdentifier) -> str:
    if sid.name == "issuer_and_serial_number":
        return (f"issuer {sid.chosen['issuer'].human_friendly}, "
                f"serial {sid.chosen['serial_number'].native}")
    return f"subject key identifier {sid.chosen.native.hex()}"


def signer_signature(signer: cms.SignerInfo, econtent: bytes, cert: x509.Certificate, *,
                     what: str, signer_name: str) -> Outcome | None:
    """None when ``signer``'s signature over ``econtent`` (through its signed attributes)
    verifies with ``cert``; else ``invalid``, or ``not_verified`` when it cannot be checked.

    ``what`` names the signed object ("EF.SOD"), ``signer_name`` the certificate's role.
    """
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in HASHES:
        return Outcome("not_verified", f"unsupported digest {digest_name}", reason=UNSUPPORTED)
    signed_attrs = signer["signed_attrs"]
    if signed_attrs.native:
        digest = next((a["values"][0].native for a in signed_attrs
                       if a["type"].native == "message_digest"), None)
        if digest != hashlib.new(digest_name, econtent).digest():
            return Outcome("invalid", f"{what} message digest does not match its content",
                           reason=SIGNATURE_INVALID)
        to_verify = b"\x31" + signed_attrs.dump()[1:]
    else:
        to_verify = econtent
    pss = signer["signature_algorithm"]["algorithm"].native == "rsassa_pss"
    try:
        if verify_signature(cert.public_key, signer["signature"].native, to_verify, digest_name,
                            pss=pss):
            return None
    except Unsupported as exc:
        return Outcome("not_verified", f"cannot check the {what} signature: {exc}",
                       reason=UNSUPPORTED)
    return Outcome("invalid", f"{what} signature does not verify with the {signer_name} "
                              "certificate", reason=SIGNATURE_INVALID)
