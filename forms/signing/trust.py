"""The trust store a verifier reads: the office CA certificate(s) and their CRLs.

A directory of files, read on every check (nothing is fetched: terminals and
archives may be offline):

* ``*.crt``, ``*.cer``, ``*.pem``, ``*.der`` — CA certificates (a PEM file may
  hold several). Only CA certificates (basicConstraints cA) become trust
  anchors: a device's own certificate placed here is ignored with a warning,
  so a self-signed "terminal" can never vouch for itself;
* ``*.crl`` — revocation lists (DER or PEM). A CRL counts only when an anchor
  of the store with its issuer's name signed it.

Revocation is checked hard: a signer whose CA has no CRL in the store is not
trusted ("the office's revocation list is missing").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
CERT_SUFFIXES = (".crt", ".cer", ".pem", ".der")


@dataclass
class TrustStore:
    directory: Path | None
    roots: list[Any] = field(default_factory=list)  # asn1crypto x509.Certificate
    crls: list[Any] = field(default_factory=list)  # asn1crypto crl.CertificateList
    skipped: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.roots

    def crl_issuers(self) -> set[bytes]:
        return {c.issuer.dump() for c in self.crls}


def _pem_blocks(data: bytes, kind: bytes) -> list[bytes]:
    from asn1crypto import pem

    if not pem.detect(data):
        return [data]
    return [der for name, _headers, der in pem.unarmor(data, multiple=True) if kind in
            name.encode()]


def load_trust(directory: Path | None) -> TrustStore:
    """The store in ``directory`` (an empty store when None or missing)."""
    from asn1crypto import crl, x509
    from cryptography import x509 as cx509
    from cryptography.exceptions import InvalidSignature

    store = TrustStore(directory)
    if directory is None or not directory.is_dir():
        return store
    for path in sorted(directory.iterdir()):
        suffix = path.suffix.lower()
        if suffix not in CERT_SUFFIXES:
            continue
        try:
            for der in _pem_blocks(path.read_bytes(), b"CERTIFICATE"):
                cert = x509.Certificate.load(der)
                cert.native  # noqa: B018 - parse it now, not inside the validator
                if not cert.ca:
                    log.warning("trust store: %s is no CA certificate; ignored", path.name)
                    store.skipped.append(path.name)
                    continue
                store.roots.append(cert)
        except (OSError, ValueError, TypeError) as exc:
            log.warning("trust store: %s cannot be read (%s); ignored", path.name,
                        type(exc).__name__)
            store.skipped.append(path.name)
    for path in sorted(directory.glob("*.crl")):
        try:
            for der in _pem_blocks(path.read_bytes(), b"CRL"):
                parsed = crl.CertificateList.load(der)
                parsed.native  # noqa: B018
                issuer = next((r for r in store.roots if r.subject == parsed.issuer), None)
                if issuer is None:
                    log.warning("trust store: %s is from no CA of the store; ignored",
                                path.name)
                    store.skipped.append(path.name)
                    continue
                check = cx509.load_der_x509_crl(der)
                public = cx509.load_der_x509_certificate(issuer.dump()).public_key()
                if not check.is_signature_valid(public):  # type: ignore[arg-type]
                    raise InvalidSignature
                store.crls.append(parsed)
        except (OSError, ValueError, TypeError, InvalidSignature) as exc:
            log.warning("trust store: %s cannot be used (%s); ignored", path.name,
                        type(exc).__name__)
            store.skipped.append(path.name)
    return store
