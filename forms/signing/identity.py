"""Who signs: the device's certificate and its key, in a file or on a PKCS#11 token.

Plain values (they cross into the storage process); ``kiosk.signing`` finds them
from the settings, ``forms.signing.pades`` and ``forms.signing.token`` use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pkcs11Key:
    """A signing key on a PKCS#11 token (its PIN in a file readable by the kiosk only)."""

    module: Path
    token: str
    key_label: str
    pin_file: Path | None = None


@dataclass(frozen=True)
class Identity:
    """The device's signing identity: its certificate, and its key (a file or a token)."""

    cert_path: Path
    key_path: Path | None = None
    pkcs11: Pkcs11Key | None = None
    chain_path: Path | None = None  # the office CA certificate, embedded for verifiers

    def __post_init__(self) -> None:
        if (self.key_path is None) == (self.pkcs11 is None):
            raise ValueError("an identity has exactly one key: a file or a token")
