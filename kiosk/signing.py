"""The one signing path, used by the kiosk and the counter tablet: key, escrow, errors.

``Signer.from_settings`` finds the terminal's signing identity (configured, or
made on first use) and the escrow certificate the pen data is encrypted for;
``sign`` adds one PAdES revision per request (``forms.signing.pades``). What
can go wrong is sorted here, once, by what the person at the screen should see:
a setting that cannot be used is a ``ConfigError`` naming it, a disk that
cannot be written a ``StorageError``; anything else is a bug and propagates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from forms.signing.pades import Identity, SignRequest, sign_pdf, terminal_identity
from kiosk.base.errors import ConfigError, StorageError
from kiosk.base.i18n import N_
from kiosk.settings import Settings

ESCROW_UNREADABLE = N_(
    "Config", "The escrow key {path} cannot be read ({error}). Ask the technician to check "
    "the setting 'escrow_cert'.")
SIGNING_KEY_UNUSABLE = N_(
    "Storage", "The terminal's signing key cannot be created or read ({error}). Ask the "
    "technician to check the disk and the settings 'signing_key' and 'signing_cert'.")


@dataclass(frozen=True)
class Signer:
    identity: Identity
    escrow_pem: bytes | None
    place: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Signer:
        escrow_pem = None
        if settings.escrow_cert is not None:
            escrow_pem = _read(settings.escrow_cert)
        try:
            identity = terminal_identity(settings.data_dir, settings.terminal_id,
                                         settings.signing_key, settings.signing_cert)
        except OSError as exc:  # e.g. ENOSPC or a read-only disk on first use
            raise StorageError(SIGNING_KEY_UNUSABLE.format(error=exc.strerror or str(exc)),
                               detail=f"{type(exc).__name__}: {exc.strerror or exc}") from exc
        return cls(identity, escrow_pem, settings.place)

    def sign(self, pdf: bytes, requests: Sequence[SignRequest]) -> bytes:
        """``pdf`` with one signed revision per request, in order."""
        for request in requests:
            try:
                pdf = sign_pdf(pdf, request, self.identity, self.escrow_pem)
            except OSError as exc:  # the key files went away or the temp dir is full
                raise StorageError(SIGNING_KEY_UNUSABLE.format(error=exc.strerror or str(exc)),
                                   detail=f"{type(exc).__name__}: {exc.strerror or exc}"
                                   ) from exc
        return pdf


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConfigError(ESCROW_UNREADABLE.format(path=str(path),
                                                   error=exc.strerror or str(exc))) from exc
