"""The device's signing key on a PKCS#11 token (a smart card, an HSM; SoftHSM2 in tests).

:func:`make_request` generates an EC P-256 key pair on the token (the private key is
sensitive and never extractable) and writes a certificate request signed by it;
:func:`signer` opens a session for pyHanko's PKCS#11 signer. The PIN comes from a
file only the kiosk's user can read (``signing_pkcs11_pin_file``).

python-pkcs11 is imported here only, by terminals configured for a token.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from forms.signing.identity import Identity, Pkcs11Key
from kiosk.base.errors import ConfigError
from kiosk.base.i18n import N_

TOKEN_UNUSABLE = N_("Signature", "The signing token ({token} in {module}) cannot be used "
                    "({error}). Ask the technician to check the token, its PIN file and the "
                    "settings 'signing_pkcs11_*'.")


def _pin(key: Pkcs11Key) -> str | None:
    if key.pin_file is None:
        return None
    try:
        return key.pin_file.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(TOKEN_UNUSABLE.format(token=key.token, module=str(key.module),
                                                error=exc.strerror or str(exc))) from exc


@contextlib.contextmanager
def session(key: Pkcs11Key, *, read_write: bool = False) -> Iterator[Any]:
    import pkcs11

    try:
        lib = pkcs11.lib(str(key.module))
        tok = lib.get_token(token_label=key.token)
        opened = tok.open(user_pin=_pin(key), rw=read_write)
    except (pkcs11.PKCS11Error, RuntimeError, OSError) as exc:
        raise ConfigError(TOKEN_UNUSABLE.format(token=key.token, module=str(key.module),
                                                error=type(exc).__name__)) from exc
    try:
        yield opened
    finally:
        opened.close()


def make_request(key: Pkcs11Key, subject: Any, out: Path) -> Path:
    """Generate the key pair on the token and write its certificate request (PEM)."""
    import pkcs11
    from asn1crypto import csr, keys, pem, x509
    from pkcs11.util.ec import (
        encode_ec_public_key,
        encode_ecdsa_signature,
        encode_named_curve_parameters,
    )

    with session(key, read_write=True) as s:
        try:
            params = s.create_domain_parameters(pkcs11.KeyType.EC, {
                pkcs11.Attribute.EC_PARAMS: encode_named_curve_parameters("secp256r1")},
                local=True)
            public, private = params.generate_keypair(
                store=True, label=key.key_label,
                private_template={pkcs11.Attribute.SENSITIVE: True,
                                  pkcs11.Attribute.EXTRACTABLE: False,
                                  pkcs11.Attribute.SIGN: True})
            info = csr.CertificationRequestInfo({
                "version": "v1",
                "subject": x509.Name.load(subject.public_bytes()),
                "subject_pk_info": keys.PublicKeyInfo.load(encode_ec_public_key(public)),
                "attributes": [],
            })
            # Plain ECDSA over our SHA-256: tokens (SoftHSM2 among them) that lack the
            # combined mechanism sign this way too.
            raw = private.sign(hashlib.sha256(info.dump()).digest(),
                               mechanism=pkcs11.Mechanism.ECDSA)
        except pkcs11.PKCS11Error as exc:
            raise ConfigError(TOKEN_UNUSABLE.format(token=key.token, module=str(key.module),
                                                    error=type(exc).__name__)) from exc
    request = csr.CertificationRequest({
        "certification_request_info": info,
        "signature_algorithm": {"algorithm": "sha256_ecdsa"},
        "signature": encode_ecdsa_signature(raw),
    })
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pem.armor("CERTIFICATE REQUEST", request.dump()))
    return out


def public_key(key: Pkcs11Key) -> Any:
    """The token key's public half (cryptography), to check a certificate against."""
    import pkcs11
    from cryptography.hazmat.primitives.serialization import load_der_public_key
    from pkcs11.util.ec import encode_ec_public_key

    with session(key) as s:
        try:
            found = s.get_key(object_class=pkcs11.ObjectClass.PUBLIC_KEY, label=key.key_label)
        except (pkcs11.NoSuchKey, pkcs11.MultipleObjectsReturned) as exc:
            raise ConfigError(TOKEN_UNUSABLE.format(token=key.token, module=str(key.module),
                                                    error=type(exc).__name__)) from exc
        return load_der_public_key(encode_ec_public_key(found))


@contextlib.contextmanager
def signer(identity: Identity) -> Iterator[Any]:
    """pyHanko's PKCS#11 signer for ``identity`` (a session, closed afterwards)."""
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.sign.pkcs11 import PKCS11Signer

    assert identity.pkcs11 is not None
    cert = load_cert_from_pemder(str(identity.cert_path))  # type: ignore[no-untyped-call]
    chain = [load_cert_from_pemder(str(identity.chain_path))  # type: ignore[no-untyped-call]
             ] if identity.chain_path else []
    with session(identity.pkcs11) as s:
        # The raw mechanism (pyHanko hashes, the token signs the digest): every token
        # with EC keys has CKM_ECDSA; not every one has CKM_ECDSA_SHA256 (SoftHSM2).
        yield PKCS11Signer(s, key_label=identity.pkcs11.key_label, signing_cert=cert,
                           ca_chain=chain, use_raw_mechanism=True)
