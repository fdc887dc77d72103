"""The technician's CSCA store (``--csca DIR``): CSCA certificates and the CRLs they signed.

Certificates are ``*.der``, ``*.cer``, ``*.crt`` or ``*.pem`` files; CRLs are
``*.crl`` files. Each file is DER or PEM (a PEM file may hold several blocks;
an ``X509 CRL`` block is a CRL wherever it stands). A file that cannot be read
or parsed is skipped whole, with a warning naming it.

A certificate whose basicConstraints do not say cA is kept apart and never
accepted as an issuer. A CRL counts only when its signature verifies with the
key of a CSCA in this store that bears the CRL's issuer name; any other CRL is
logged and ignored, never trusted. Nothing is fetched from the network:
terminals may be offline, and the store is what the technician installed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from asn1crypto import algos, crl, keys, pem, x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import PublicKeyTypes

from devices.icao.ec import explicit_curve

log = logging.getLogger(__name__)

CERT_SUFFIXES = (".der", ".cer", ".crt", ".pem")
CRL_SUFFIX = ".crl"
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


@dataclass(frozen=True)
class CscaStore:
    cscas: tuple[x509.Certificate, ...] = ()
    not_ca: tuple[x509.Certificate, ...] = ()  # refused as issuers: basicConstraints cA not set
    crls: tuple[crl.CertificateList, ...] = ()  # only those a CSCA of this store signed

    def issuers_of(self, cert: x509.Certificate) -> list[x509.Certificate]:
        return [c for c in self.cscas if c.subject == cert.issuer]

    def refused_issuers_of(self, cert: x509.Certificate) -> list[x509.Certificate]:
        return [c for c in self.not_ca if c.subject == cert.issuer]

    def crls_of(self, issuer: x509.Name) -> list[crl.CertificateList]:
        return [c for c in self.crls if c.issuer == issuer]


def _blocks(raw: bytes, suffix: str) -> Iterator[tuple[str, bytes]]:
    """("crl" | "certificate", DER) for each object in one file."""
    if not pem.detect(raw):
        yield ("crl" if suffix == CRL_SUFFIX else "certificate"), raw
        return
    for label, _headers, der in pem.unarmor(raw, multiple=True):
        if label == "X509 CRL":
            yield "crl", der
        elif label == "CERTIFICATE":
            yield "certificate", der
        else:
            raise ValueError(f"unexpected PEM block {label!r}")


def _load_file(path: Path) -> tuple[list[x509.Certificate], list[crl.CertificateList]]:
    certs: list[x509.Certificate] = []
    crls: list[crl.CertificateList] = []
    for kind, der in _blocks(path.read_bytes(), path.suffix.lower()):
        if kind == "crl":
            item: crl.CertificateList | x509.Certificate = crl.CertificateList.load(der)
            crls.append(item)
        else:
            item = x509.Certificate.load(der)
            certs.append(item)
        _ = item.native  # parse it all now: a damaged field fails here, not mid-check
    return certs, crls


def _crl_is_signed(path_name: str, revocations: crl.CertificateList,
                   cscas: list[x509.Certificate]) -> bool:
    issuer = revocations.issuer
    candidates = [c for c in cscas if c.subject == issuer]
    if not candidates:
        log.warning("CSCA store: ignoring %s: no CSCA certificate for its issuer %s",
                    path_name, issuer.human_friendly)
        return False
    tbs = revocations["tbs_cert_list"].dump()
    for csca in candidates:
        try:
            if signed_by(csca, tbs, revocations.signature, revocations["signature_algorithm"]):
                return True
        except Unsupported as exc:
            log.warning("CSCA store: cannot check the signature of %s: %s", path_name, exc)
    log.warning("CSCA store: ignoring %s: its signature does not verify with the CSCA %s",
                path_name, issuer.human_friendly)
    return False


def load_store(csca_dir: Path) -> CscaStore:
    if not csca_dir.is_dir():
        return CscaStore()
    cscas: list[x509.Certificate] = []
    not_ca: list[x509.Certificate] = []
    found_crls: list[tuple[str, crl.CertificateList]] = []
    for path in sorted(csca_dir.iterdir()):
        if path.suffix.lower() not in (*CERT_SUFFIXES, CRL_SUFFIX):
            continue
        try:
            certs, crls = _load_file(path)
            refused = [c for c in certs if not c.ca]
            for cert in refused:
                log.warning("CSCA store: %s: %s is not a CA certificate (basicConstraints), "
                            "not accepted as an issuer", path.name, cert.subject.human_friendly)
        except (OSError, *MALFORMED) as exc:
            log.warning("CSCA store: skipping %s: %s", path.name, exc)
            continue
        cscas.extend(c for c in certs if c.ca)
        not_ca.extend(refused)
        found_crls.extend((path.name, c) for c in crls)
    verified: list[crl.CertificateList] = []
    for name, revocations in found_crls:
        try:
            if _crl_is_signed(name, revocations, cscas):
                verified.append(revocations)
        except MALFORMED as exc:
            log.warning("CSCA store: skipping %s: %s", name, exc)
    return CscaStore(tuple(cscas), tuple(not_ca), tuple(verified))
