"""The terminal key and authenticated encryption of personal data at rest.

Each terminal has one 32-byte key in a file of its own (mode 0600, directory
0700), kept outside the database so that a copied database alone reveals
nothing. Data is sealed with AES-256-GCM: ``nonce (12 bytes) || ciphertext+tag``.
The additional authenticated data (AAD) binds a blob to the row it belongs to,
so blobs cannot be swapped between rows unnoticed.

``cryptography`` is imported inside the functions so that importing this module
(and ``sync``) stays cheap at kiosk start-up.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kiosk.base.errors import StorageError
from kiosk.base.i18n import N_
from sync.durable import fsync_dir

KEY_BYTES = 32
NONCE_BYTES = 12
_TAG_BYTES = 16

_KEY_UNUSABLE = N_(
    "Sync",
    "The storage key of this terminal cannot be used. Applications cannot be saved "
    "or sent until a technician has checked the terminal. Please ask the staff at the counter.",
)
_DATA_UNREADABLE = N_(
    "Sync",
    "A saved application on this terminal cannot be read (it is damaged or was saved "
    "with another key). Please ask the staff at the counter.",
)


def load_or_create_key(path: Path) -> bytes:
    """Return the terminal key stored at ``path``, creating it on first use.

    The key is written to a private temporary file, flushed to disk and then
    hard-linked to ``path``; the link fails if another process won the race,
    in which case that process's (complete) key is used. A reader therefore
    never sees a half-written key.
    """
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    try:
        _make_private_dir(path.parent)
        tmp = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            key = secrets.token_bytes(KEY_BYTES)
            with os.fdopen(fd, "wb") as fh:
                fh.write(key)
                fh.flush()
                os.fsync(fh.fileno())
            try:
                os.link(tmp, path)
            except FileExistsError:
                return _read_key(path)
            fsync_dir(path.parent)
            return key
        finally:
            tmp.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError(_KEY_UNUSABLE, detail=f"key file: {exc.strerror or exc}") from exc


def _read_key(path: Path) -> bytes:
    """Read an existing key; FileNotFoundError passes through, bad keys raise StorageError."""
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StorageError(_KEY_UNUSABLE, detail=f"key file unreadable: {exc.strerror or exc}") \
            from exc
    if len(key) != KEY_BYTES:
        raise StorageError(
            _KEY_UNUSABLE,
            detail=f"key file {path} has {len(key)} bytes, expected {KEY_BYTES}; "
            "restore the terminal's key from backup (a new key cannot read existing data)",
        )
    return key


def _make_private_dir(directory: Path) -> None:
    if not directory.exists():
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate ``plaintext``; returns ``nonce || ciphertext``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Decrypt a blob made by :func:`seal`; wrong key, AAD or any tampering → StorageError."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(blob) < NONCE_BYTES + _TAG_BYTES:
        raise StorageError(_DATA_UNREADABLE, detail="sealed blob too short")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad)
    except InvalidTag as exc:
        raise StorageError(
            _DATA_UNREADABLE, detail="authentication failed: wrong key or data tampered"
        ) from exc
