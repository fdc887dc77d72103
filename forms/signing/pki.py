"""The office's signing PKI: one CA, one certificate per device, a revocation list.

Every terminal and counter tablet signs with its own key, certified by the
office's (the city's) CA — never a shared key, never a self-signed leaf. The
CA lives in a directory the technician keeps off the devices:

* ``ca.key`` (mode 0600) and ``ca.crt`` — made by :func:`create_ca`, or only
  ``ca.crt`` when the city's existing CA is imported (:func:`import_ca`): then
  the city signs the devices' requests and this directory only publishes;
* ``issued.json`` — every certificate issued: serial, subject, device, role,
  validity, the SHA-256 of its public key, and revocation;
* ``ca.crl`` — the revocation list (DER), re-signed by every :func:`revoke`
  and by :func:`refresh_crl`.

:func:`publish` copies ``ca.crt`` and ``ca.crl`` (never the key) into a trust
directory: what ``signature verify --trust DIR``, the ``trust_dir`` setting
and the case processor read (:mod:`forms.signing.trust`).

A device makes its key itself (:func:`make_device_request`, or on a PKCS#11
token through :mod:`forms.signing.token`) and hands over only the request;
:func:`install_certificate` checks that the certificate that comes back is a
device certificate for exactly that key.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from kiosk.base.errors import ConfigError
from kiosk.base.i18n import N_

CA_KEY: Final = "ca.key"
CA_CERT: Final = "ca.crt"
CA_CRL: Final = "ca.crl"
ISSUED: Final = "issued.json"
DEVICE_KEY: Final = "device.key"
DEVICE_CSR: Final = "device.csr"
DEVICE_CERT: Final = "device.crt"
DEVICE_CHAIN: Final = "chain.pem"
ROLES: Final = ("terminal", "tablet", "tsa")
CRL_DAYS: Final = 400  # a year and some: the technician re-signs it at least yearly
DEVICE_DAYS: Final = 3 * 365

NOT_A_CA_DIR = N_("Signature", "{path} holds no office CA (ca.crt). Create one with "
                  "'buergerbuero signature ca create {path}' or import the city's CA.")
NO_CA_KEY = N_("Signature", "The office CA in {path} was imported without its key: the "
               "city's CA signs the device requests. Send it {csr}.")
BAD_REQUEST = N_("Signature", "{path} is not a readable certificate request ({error}).")
KEY_ALREADY_ISSUED = N_(
    "Signature", "This key already has a certificate (serial {serial}, {device}). Every "
    "device needs its own key: run 'signature enroll request' on the new device.")
UNKNOWN_SERIAL = N_("Signature", "No certificate with serial {serial} was issued by this CA.")
CERT_UNREADABLE = N_("Signature", "{path} is not a readable certificate ({error}).")
CERT_NOT_FOR_KEY = N_("Signature", "The certificate {path} was not issued for this device's "
                      "key. Install the certificate the CA issued for this device's request.")
CERT_NOT_DEVICE = N_("Signature", "The certificate {path} is not a device certificate of the "
                     "office ({why}). Ask the technician to issue one with the office CA.")
NO_DEVICE_KEY = N_("Signature", "This device has no signing key yet. Run 'buergerbuero "
                   "signature enroll request' first.")
BAD_ROLE = N_("Signature", "The role must be one of: {roles}.")


@dataclass(frozen=True)
class Issued:
    serial: int
    subject: str
    device: str
    role: str
    not_before: str
    not_after: str
    key_sha256: str
    revoked_at: str | None = None
    reason: str | None = None

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def key_sha256(public_key: Any) -> str:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return hashlib.sha256(public_key.public_bytes(
        Encoding.DER, PublicFormat.SubjectPublicKeyInfo)).hexdigest()


def _name(common_name: str, organization: str, unit: str = "", serial: str = "") -> Any:
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization)]
    if unit:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit))
    if serial:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attributes)


def _key_usage(*, signing: bool, ca: bool) -> Any:
    from cryptography import x509

    return x509.KeyUsage(digital_signature=signing, content_commitment=signing,
                         key_encipherment=False, data_encipherment=False,
                         key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                         encipher_only=False, decipher_only=False)


# -- the CA ---------------------------------------------------------------------------

def create_ca(directory: Path, name: str, organization: str, *, years: int = 20) -> Path:
    """A new office CA (EC P-256) in ``directory``; returns its certificate's path."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name, organization)
    now = _now()
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=365 * years))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(_key_usage(signing=False, ca=True), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    _write_private(directory / CA_KEY,
                   key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    _write(directory / CA_CERT, cert.public_bytes(Encoding.PEM))
    _save_issued(directory, [])
    refresh_crl(directory)
    return directory / CA_CERT


def import_ca(directory: Path, cert_file: Path) -> Path:
    """The city's existing CA certificate as this office's trust anchor (no key)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = load_certificate(cert_file)
    constraints = _basic_constraints(cert)
    if constraints is None or not constraints.ca:
        raise ConfigError(CERT_NOT_DEVICE.format(path=str(cert_file),
                                                 why="it is not a CA certificate"))
    _write(directory / CA_CERT, cert.public_bytes(Encoding.PEM))
    if not (directory / ISSUED).exists():
        _save_issued(directory, [])
    return directory / CA_CERT


def _ca(directory: Path) -> tuple[Any, Any]:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    if not (directory / CA_CERT).is_file():
        raise ConfigError(NOT_A_CA_DIR.format(path=str(directory)))
    cert = load_certificate(directory / CA_CERT)
    key_path = directory / CA_KEY
    if not key_path.is_file():
        return cert, None
    return cert, load_pem_private_key(key_path.read_bytes(), None)


def issued(directory: Path) -> list[Issued]:
    path = directory / ISSUED
    if not path.is_file():
        raise ConfigError(NOT_A_CA_DIR.format(path=str(directory)))
    return [Issued(**item) for item in json.loads(path.read_text(encoding="utf-8"))]


def _save_issued(directory: Path, items: list[Issued]) -> None:
    _write(directory / ISSUED, json.dumps([i.as_json() for i in items], indent=1,
                                          ensure_ascii=False).encode("utf-8"))


def issue(directory: Path, csr_file: Path, *, role: str = "terminal",
          days: int = DEVICE_DAYS, now: dt.datetime | None = None) -> bytes:
    """A device certificate (PEM) for the request in ``csr_file``, recorded in issued.json."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    if role not in ROLES:
        raise ConfigError(BAD_ROLE.format(roles=", ".join(ROLES)))
    ca_cert, ca_key = _ca(directory)
    if ca_key is None:
        raise ConfigError(NO_CA_KEY.format(path=str(directory), csr=str(csr_file)))
    try:
        csr = x509.load_pem_x509_csr(csr_file.read_bytes())
    except (OSError, ValueError) as exc:
        raise ConfigError(BAD_REQUEST.format(path=str(csr_file), error=str(exc))) from exc
    if not csr.is_signature_valid:
        raise ConfigError(BAD_REQUEST.format(path=str(csr_file),
                                             error="its signature does not verify"))
    fingerprint = key_sha256(csr.public_key())
    items = issued(directory)
    for item in items:
        if item.key_sha256 == fingerprint and item.revoked_at is None:
            raise ConfigError(KEY_ALREADY_ISSUED.format(serial=str(item.serial),
                                                        device=item.device))
    start = now or _now()
    serial = x509.random_serial_number()
    usage = ([ExtendedKeyUsageOID.TIME_STAMPING] if role == "tsa" else [])
    builder = (x509.CertificateBuilder().subject_name(csr.subject)
               .issuer_name(ca_cert.subject).public_key(csr.public_key())
               .serial_number(serial)
               .not_valid_before(start - dt.timedelta(minutes=5))
               .not_valid_after(start + dt.timedelta(days=days))
               .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
               .add_extension(_key_usage(signing=True, ca=False), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(csr.public_key()),
                              critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   ca_cert.public_key()), critical=False))
    if usage:
        builder = builder.add_extension(x509.ExtendedKeyUsage(usage), critical=True)
    cert = builder.sign(ca_key, hashes.SHA256())
    names = csr.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    device = str(names[0].value) if names else ""
    items.append(Issued(serial=serial, subject=csr.subject.rfc4514_string(), device=device,
                        role=role, not_before=cert.not_valid_before_utc.isoformat(),
                        not_after=cert.not_valid_after_utc.isoformat(),
                        key_sha256=fingerprint))
    _save_issued(directory, items)
    return cert.public_bytes(Encoding.PEM)


def revoke(directory: Path, serial: int, reason: str = "key_compromise") -> Issued:
    """Mark ``serial`` revoked and re-sign the CRL."""
    items = issued(directory)
    for index, item in enumerate(items):
        if item.serial == serial:
            if item.revoked_at is None:
                items[index] = Issued(**{**item.as_json(), "revoked_at": _now().isoformat(),
                                         "reason": reason})
            _save_issued(directory, items)
            refresh_crl(directory)
            return items[index]
    raise ConfigError(UNKNOWN_SERIAL.format(serial=str(serial)))


def refresh_crl(directory: Path, *, days: int = CRL_DAYS) -> Path:
    """Sign a new CRL listing every revoked certificate; returns its path."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import Encoding

    ca_cert, ca_key = _ca(directory)
    if ca_key is None:
        raise ConfigError(NO_CA_KEY.format(path=str(directory), csr="-"))
    now = _now()
    builder = (x509.CertificateRevocationListBuilder().issuer_name(ca_cert.subject)
               .last_update(now - dt.timedelta(minutes=5))
               .next_update(now + dt.timedelta(days=days))
               .add_extension(x509.CRLNumber(int(now.timestamp())), critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   ca_cert.public_key()), critical=False))
    for item in issued(directory):
        if item.revoked_at is not None:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(item.serial)
                .revocation_date(dt.datetime.fromisoformat(item.revoked_at)).build())
    crl = builder.sign(ca_key, hashes.SHA256())
    _write(directory / CA_CRL, crl.public_bytes(Encoding.DER))
    return directory / CA_CRL


def publish(directory: Path, trust_dir: Path) -> list[Path]:
    """Copy the CA certificate and its CRL (never the key) into ``trust_dir``."""
    _ca(directory)
    trust_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, target in ((CA_CERT, "office-ca.crt"), (CA_CRL, "office-ca.crl")):
        if (directory / name).is_file():
            shutil.copyfile(directory / name, trust_dir / target)
            written.append(trust_dir / target)
    return written


# -- the device -----------------------------------------------------------------------

def device_subject(office: str, device_id: str, role: str) -> Any:
    unit = "Schaltertablet" if role == "tablet" else "Terminal"
    return _name(f"{office} – {unit} {device_id}", office, unit, device_id)


def make_device_request(signing_dir: Path, office: str, device_id: str,
                        role: str = "terminal") -> Path:
    """A new key for this device (mode 0600, never leaves it) and its request (PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    if role not in ROLES:
        raise ConfigError(BAD_ROLE.format(roles=", ".join(ROLES)))
    key = ec.generate_private_key(ec.SECP256R1())
    csr = (x509.CertificateSigningRequestBuilder()
           .subject_name(device_subject(office, device_id, role))
           .sign(key, hashes.SHA256()))
    _write_private(signing_dir / DEVICE_KEY,
                   key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    (signing_dir / DEVICE_CERT).unlink(missing_ok=True)  # the old one is for the old key
    _write(signing_dir / DEVICE_CSR, csr.public_bytes(Encoding.PEM))
    return signing_dir / DEVICE_CSR


def load_certificate(path: Path) -> Any:
    from cryptography import x509

    try:
        data = path.read_bytes()
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except (OSError, ValueError) as exc:
        raise ConfigError(CERT_UNREADABLE.format(path=str(path), error=str(exc))) from exc


def _basic_constraints(cert: Any) -> Any:
    from cryptography import x509

    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        return None


def device_problem(cert: Any) -> str | None:
    """Why ``cert`` is not a device certificate (a CA, self-signed, no signing use), or None."""
    from cryptography import x509

    constraints = _basic_constraints(cert)
    if constraints is None or constraints.ca:
        return "it is a CA certificate" if constraints is not None else \
            "it does not say that it is no CA"
    if cert.issuer == cert.subject:
        return "it is self-signed"
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return "it has no key usage"
    if not (usage.digital_signature and usage.content_commitment):
        return "it is not for signatures"
    return None


def install_certificate(signing_dir: Path, cert_file: Path, public_key: Any,
                        chain_file: Path | None = None) -> Path:
    """Check ``cert_file`` against this device's key and install it (and the CA chain)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    cert = load_certificate(cert_file)
    if key_sha256(cert.public_key()) != key_sha256(public_key):
        raise ConfigError(CERT_NOT_FOR_KEY.format(path=str(cert_file)))
    problem = device_problem(cert)
    if problem is not None:
        raise ConfigError(CERT_NOT_DEVICE.format(path=str(cert_file), why=problem))
    if chain_file is not None:
        chain = load_certificate(chain_file)
        try:
            cert.verify_directly_issued_by(chain)
        except (ValueError, TypeError) as exc:
            raise ConfigError(CERT_NOT_DEVICE.format(
                path=str(cert_file), why=f"not issued by {chain_file}: {exc}")) from exc
        _write(signing_dir / DEVICE_CHAIN, chain.public_bytes(Encoding.PEM))
    _write(signing_dir / DEVICE_CERT, cert.public_bytes(Encoding.PEM))
    return signing_dir / DEVICE_CERT


def device_public_key(signing_dir: Path) -> Any:
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    path = signing_dir / DEVICE_KEY
    if not path.is_file():
        raise ConfigError(NO_DEVICE_KEY)
    return load_pem_private_key(path.read_bytes(), None).public_key()
