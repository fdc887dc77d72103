"""The one signing path, used by the kiosk and the counter tablet: identity, escrow, errors.

``Signer.from_settings`` finds the device's signing identity — the key and
certificate it was enrolled with (``buergerbuero signature enroll``, see
docs/signatures.md): ``<data_dir>/signing/device.key`` and ``device.crt``, the
settings ``signing_key``/``signing_cert``, or a key on a PKCS#11 token
(``signing_pkcs11_*``) — and the escrow certificate the pen data is encrypted
for. There is no fallback: a device that was not enrolled, or whose certificate
is self-signed or a CA's, does not sign (fail closed). ``sign`` creates the
fields the document plans, then adds one PAdES revision per request
(``forms.signing.pades``). What can go wrong is sorted here, once: a setting
that cannot be used is a ``ConfigError`` naming it, a disk that cannot be
written a ``StorageError``; anything else is a bug and propagates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from forms.signing import pki
from forms.signing.identity import Identity, Pkcs11Key
from forms.signing.pades import IDENTITY_DIR, NewField, SignRequest, prepare_fields, sign_pdf
from kiosk.base.errors import ConfigError, StorageError
from kiosk.base.i18n import N_
from kiosk.settings import Settings

ESCROW_UNREADABLE = N_(
    "Config", "The escrow key {path} cannot be read ({error}). Ask the technician to check "
    "the setting 'escrow_cert'.")
SIGNING_KEY_UNUSABLE = N_(
    "Storage", "The terminal's signing key cannot be read ({error}). Ask the "
    "technician to check the disk and the settings 'signing_key' and 'signing_cert'.")
NOT_ENROLLED = N_(
    "Config", "This device has no signing certificate of the office. Ask the technician to "
    "enroll it: 'buergerbuero signature enroll request', then 'signature enroll install'.")
NOT_A_DEVICE_CERT = N_(
    "Config", "The signing certificate {path} cannot be used ({why}). Ask the technician "
    "to enroll this device with the office CA.")


def signing_dir(settings: Settings) -> Path:
    return settings.data_dir / IDENTITY_DIR


def pkcs11_key(settings: Settings) -> Pkcs11Key | None:
    if settings.signing_pkcs11_module is None:
        return None
    return Pkcs11Key(settings.signing_pkcs11_module, settings.signing_pkcs11_token,
                     settings.signing_pkcs11_key, settings.signing_pkcs11_pin_file)


def device_identity(settings: Settings) -> Identity:
    """The enrolled identity, or ``ConfigError`` (never a key made up on the spot)."""
    directory = signing_dir(settings)
    chain = directory / pki.DEVICE_CHAIN
    chain_path = chain if chain.is_file() else None
    cert = settings.signing_cert or directory / pki.DEVICE_CERT
    token = pkcs11_key(settings)
    if token is not None:
        identity = Identity(cert, pkcs11=token, chain_path=chain_path)
    elif settings.signing_key is not None and settings.signing_cert is not None:
        identity = Identity(settings.signing_cert, key_path=settings.signing_key,
                            chain_path=chain_path)
    else:
        identity = Identity(cert, key_path=directory / pki.DEVICE_KEY, chain_path=chain_path)
        if not identity.cert_path.is_file() or not (directory / pki.DEVICE_KEY).exists():
            raise ConfigError(NOT_ENROLLED)
    if not identity.cert_path.is_file():
        raise ConfigError(NOT_ENROLLED)
    problem = pki.device_problem(pki.load_certificate(identity.cert_path))
    if problem is not None:
        raise ConfigError(NOT_A_DEVICE_CERT.format(path=str(identity.cert_path), why=problem))
    return identity


@dataclass(frozen=True)
class Signer:
    identity: Identity
    escrow_pem: bytes | None
    place: str
    tsa_url: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Signer:
        escrow_pem = None
        if settings.escrow_cert is not None:
            escrow_pem = _read(settings.escrow_cert)
        return cls(device_identity(settings), escrow_pem, settings.place,
                   settings.tsa_url or None)

    def sign(self, pdf: bytes, requests: Sequence[SignRequest],
             planned: Sequence[NewField] = ()) -> bytes:
        """``pdf`` with the fields it plans, then one signed revision per request."""
        try:
            pdf, ready = prepare_fields(pdf, requests, planned)
            for request in ready:
                pdf = sign_pdf(pdf, request, self.identity, self.escrow_pem, self.tsa_url)
        except OSError as exc:  # the key files went away or the temp dir is full
            raise StorageError(SIGNING_KEY_UNUSABLE.format(error=exc.strerror or str(exc)),
                               detail=f"{type(exc).__name__}: {exc.strerror or exc}"
                               ) from exc
        return pdf


def check_can_sign(settings: Settings) -> None:
    """Before a citizen pays: the device is enrolled and its key file can be read, so a
    paid application does not fail at signing (``StorageError``/``ConfigError``)."""
    identity = device_identity(settings)
    if identity.key_path is None:
        return  # a token: it is asked when it signs
    try:
        identity.key_path.read_bytes()
    except OSError as exc:
        raise StorageError(SIGNING_KEY_UNUSABLE.format(error=exc.strerror or str(exc)),
                           detail=f"{type(exc).__name__}: {exc.strerror or exc}") from exc


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(ESCROW_UNREADABLE.format(path=str(path),
                                                   error=exc.strerror or str(exc))) from exc
