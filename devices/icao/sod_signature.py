"""The signature half of passive authentication: SOD signer, document signer, CSCA."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from asn1crypto import cms, x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from devices.icao.passive_auth import Outcome

_HASH: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1, "sha224": hashes.SHA224, "sha256": hashes.SHA256,
    "sha384": hashes.SHA384, "sha512": hashes.SHA512}


def _verify(public_der: bytes, signature: bytes, data: bytes, sig_algo: str,
            hash_name: str, pss: bool) -> None:
    key = serialization.load_der_public_key(public_der)
    algo = _HASH[hash_name]()
    if isinstance(key, rsa.RSAPublicKey):
        pad: padding.AsymmetricPadding = (
            padding.PSS(mgf=padding.MGF1(algo), salt_length=padding.PSS.AUTO) if pss
            else padding.PKCS1v15())
        key.verify(signature, data, pad, algo)
    elif isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(signature, data, ec.ECDSA(algo))
    else:
        raise InvalidSignature(f"unsupported key type for {sig_algo}")


def check_signature(info: cms.ContentInfo, store: list[x509.Certificate]) -> Outcome:
    signed = info["content"]
    signers = signed["signer_infos"]
    certs = [c.chosen for c in signed["certificates"]] if signed["certificates"].native else []
    if len(signers) != 1 or not certs:
        return Outcome("invalid", "EF.SOD must have one signer and its certificate")
    signer = signers[0]
    ds = certs[0]
    econtent = signed["encap_content_info"]["content"].native
    digest_name = signer["digest_algorithm"]["algorithm"].native
    if digest_name not in _HASH:
        return Outcome("not_verified", f"unsupported digest {digest_name}")
    signed_attrs = signer["signed_attrs"]
    if signed_attrs.native:
        digest = next((a["values"][0].native for a in signed_attrs
                       if a["type"].native == "message_digest"), None)
        if digest != hashlib.new(digest_name, econtent).digest():
            return Outcome("invalid", "EF.SOD message digest does not match its content")
        to_verify = b"\x31" + signed_attrs.dump()[1:]
    else:
        to_verify = econtent
    sig_algo = signer["signature_algorithm"]
    try:
        _verify(ds.public_key.dump(), signer["signature"].native, to_verify,
                sig_algo["algorithm"].native, digest_name,
                sig_algo["algorithm"].native == "rsassa_pss")
    except (InvalidSignature, ValueError) as exc:
        return Outcome("invalid", f"EF.SOD signature does not verify: {exc}")
    issuers = [c for c in store if c.subject == ds.issuer]
    if not issuers:
        return Outcome("not_verified", "no CSCA certificate for the document signer's issuer")
    ds_algo = ds["signature_algorithm"]
    for csca in issuers:
        try:
            _verify(csca.public_key.dump(), ds.signature, ds["tbs_certificate"].dump(),
                    ds_algo.signature_algo, ds_algo.hash_algo,
                    ds_algo.signature_algo == "rsassa_pss")
        except (InvalidSignature, ValueError):
            continue
        return Outcome("valid", "")
    return Outcome("invalid", "the document signer certificate does not verify with the CSCA")
