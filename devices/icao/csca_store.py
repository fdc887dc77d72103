"""The technician's CSCA store (``--csca DIR``, setting ``csca_dir``): CSCA certificates,
CSCA master lists and the CRLs the CSCAs signed.

Certificates are ``*.der``, ``*.cer``, ``*.crt`` or ``*.pem`` files; CRLs are
``*.crl`` files; master lists are ``*.ml`` files (``devices.icao.master_list``:
accepted only when their signer chains to the configured trust anchor, else
refused whole, with the reason in ``CscaStore.problems``). Each certificate or CRL
file is DER or PEM (a PEM file may hold several blocks; an ``X509 CRL`` block is a
CRL wherever it stands). A file that cannot be read
or parsed is skipped whole, with a warning naming it.

A certificate whose basicConstraints do not say cA is kept apart and never
accepted as an issuer. A CRL counts only when its signature verifies with the
key of a CSCA in this store that bears the CRL's issuer name; any other CRL is
logged and ignored, never trusted. Nothing is fetched from the network:
terminals may be offline, and the store is what the technician installed.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn1crypto import crl, pem, x509

from devices.icao.master_list import SUFFIX as ML_SUFFIX
from devices.icao.master_list import MasterListRefused, load_anchors, verify_master_list
from devices.icao.signatures import MALFORMED, Unsupported, signed_by

log = logging.getLogger(__name__)

CERT_SUFFIXES = (".der", ".cer", ".crt", ".pem")
CRL_SUFFIX = ".crl"


@dataclass(frozen=True)
class CscaStore:
    cscas: tuple[x509.Certificate, ...] = ()
    not_ca: tuple[x509.Certificate, ...] = ()  # refused as issuers: basicConstraints cA not set
    crls: tuple[crl.CertificateList, ...] = ()  # only those a CSCA of this store signed
    # What the technician should know: each file skipped or list refused, and why.
    problems: tuple[str, ...] = ()
    master_lists: tuple[str, ...] = ()  # the master lists accepted: "file (signer)"

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


def _master_list(path: Path, anchor: Path | None,
                 now: datetime) -> tuple[list[x509.Certificate], str]:
    """The CA certificates of a master list file and "file (signer)", or MasterListRefused."""
    if anchor is None:
        raise MasterListRefused("no trust anchor for master lists is configured "
                                "(setting csca_master_list_anchor)")
    try:
        anchors = load_anchors(anchor)
    except (OSError, *MALFORMED) as exc:
        raise MasterListRefused(f"the trust anchor {anchor} cannot be used: {exc}") from None
    listed = verify_master_list(path.read_bytes(), anchors, now)
    return [c for c in listed.certificates if c.ca], f"{path.name} ({listed.signer})"


def _fingerprint(csca_dir: Path, anchor: Path | None) -> tuple[object, ...]:
    """What the store is loaded from: each file's name and a digest of its bytes (reading
    is cheap next to parsing; a timestamp can miss a change within its granularity)."""
    paths = sorted(csca_dir.iterdir()) + ([anchor] if anchor is not None else [])
    entries: list[object] = []
    for path in paths:
        try:
            entries.append((str(path), hashlib.sha256(path.read_bytes()).digest()))
        except OSError as exc:  # the loader reports it
            entries.append((str(path), type(exc).__name__))
    return tuple(entries)


_cache: dict[tuple[Path, Path | None], tuple[tuple[object, ...], str, CscaStore]] = {}
_cache_lock = threading.Lock()


def load_store(csca_dir: Path, master_list_anchor: Path | None = None, *,
               now: datetime | None = None) -> CscaStore:
    """The store in ``csca_dir``; parsed again only when a file changed (a master list
    holds hundreds of certificates) or on another day (master list validity)."""
    if not csca_dir.is_dir():
        return CscaStore(problems=(f"{csca_dir} is not a directory",))
    moment = now if now is not None else datetime.now(UTC)
    try:
        fingerprint = _fingerprint(csca_dir, master_list_anchor)
    except OSError as exc:
        return CscaStore(problems=(f"{csca_dir} cannot be read: {exc}",))
    key, day = (csca_dir, master_list_anchor), moment.strftime("%Y-%m-%d")
    with _cache_lock:
        cached = _cache.get(key)
    if cached is not None and cached[:2] == (fingerprint, day):
        return cached[2]
    store = _load(csca_dir, master_list_anchor, moment)
    with _cache_lock:
        _cache[key] = (fingerprint, day, store)
    return store


def _load(csca_dir: Path, master_list_anchor: Path | None, now: datetime) -> CscaStore:
    cscas: list[x509.Certificate] = []
    not_ca: list[x509.Certificate] = []
    found_crls: list[tuple[str, crl.CertificateList]] = []
    problems: list[str] = []
    lists: list[str] = []
    for path in sorted(csca_dir.iterdir()):
        suffix = path.suffix.lower()
        if suffix == ML_SUFFIX:
            try:
                listed, name = _master_list(path, master_list_anchor, now)
            except MasterListRefused as exc:
                log.warning("CSCA store: master list %s refused: %s", path.name, exc)
                problems.append(f"{path.name}: master list refused: {exc}")
            except OSError as exc:
                log.warning("CSCA store: skipping %s: %s", path.name, exc)
                problems.append(f"{path.name}: cannot be read: {exc}")
            else:
                cscas.extend(listed)
                lists.append(name)
            continue
        if suffix not in (*CERT_SUFFIXES, CRL_SUFFIX):
            continue
        try:
            certs, crls = _load_file(path)
            refused = [c for c in certs if not c.ca]
            for cert in refused:
                log.warning("CSCA store: %s: %s is not a CA certificate (basicConstraints), "
                            "not accepted as an issuer", path.name, cert.subject.human_friendly)
                problems.append(f"{path.name}: {cert.subject.human_friendly} is not a CA "
                                "certificate, not accepted as an issuer")
        except (OSError, *MALFORMED) as exc:
            log.warning("CSCA store: skipping %s: %s", path.name, exc)
            problems.append(f"{path.name}: skipped: {exc}")
            continue
        cscas.extend(c for c in certs if c.ca)
        not_ca.extend(refused)
        found_crls.extend((path.name, c) for c in crls)
    verified: list[crl.CertificateList] = []
    for name, revocations in found_crls:
        try:
            if _crl_is_signed(name, revocations, cscas):
                verified.append(revocations)
            else:
                problems.append(f"{name}: CRL ignored: not signed by a CSCA of the store")
        except MALFORMED as exc:
            log.warning("CSCA store: skipping %s: %s", name, exc)
            problems.append(f"{name}: skipped: {exc}")
    return CscaStore(tuple(cscas), tuple(not_ca), tuple(verified), tuple(problems),
                     tuple(lists))
