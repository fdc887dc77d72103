"""The files and directories the settings name: can this machine use them? (Qt-free, light)

``config check --files``, ``sync --once`` (the intake CA, once, before the first
attempt) and the kiosk's check before a session (``kiosk.readiness``) ask here; each
problem is one line for the technician naming the setting and the path.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from kiosk.base.i18n import N_, Message
from kiosk.settings import Settings

DATA_DIR_UNUSABLE = N_(
    "Readiness", "The data directory {path} cannot be used ({error}). Check that it is a "
    "directory the kiosk user may write to, on a disk with free space (setting 'data_dir').")
FILE_UNUSABLE = N_(
    "Readiness", "The file {path} of the setting '{key}' cannot be read ({error}). Put the "
    "file there, or correct the setting.")
DIR_UNUSABLE = N_(
    "Readiness", "The directory {path} of the setting '{key}' cannot be used ({error}). "
    "Create it, or correct the setting.")

# The settings that name a file or directory the kiosk reads (data_dir: see storage).
_FILES = ("intake_ca_file", "escrow_cert", "signing_key", "signing_cert",
          "signing_pkcs11_module", "signing_pkcs11_pin_file", "fitconnect_client_secret_file",
          "csca_master_list_anchor")
_DIRS = ("trust_dir", "scan_dir", "csca_dir")


def _error(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def file_problems(settings: Settings) -> list[Message]:
    """The files and directories the settings name, that this machine lacks."""
    problems: list[Message] = []
    for key in _FILES:
        value = getattr(settings, key)
        if not value:
            continue
        path = Path(value)
        try:
            with path.open("rb") as fh:
                fh.read(1)
        except OSError as exc:
            problems.append(FILE_UNUSABLE.format(path=str(path), key=key, error=_error(exc)))
    secret = settings.fitconnect_client_secret_file
    if secret is not None and secret.exists() and \
            secret.stat().st_mode & 0o077:
        problems.append(FILE_UNUSABLE.format(
            path=str(secret), key="fitconnect_client_secret_file",
            error=f"mode {secret.stat().st_mode & 0o777:04o}, it must be 0600"))
    for key in _DIRS:
        value = getattr(settings, key)
        if value is None:
            continue
        try:
            os.listdir(value)
        except OSError as exc:
            problems.append(DIR_UNUSABLE.format(path=str(value), key=key, error=_error(exc)))
    return problems


def data_dir_problem(settings: Settings) -> Message | None:
    """The data directory exists (made if missing, mode 0700) and takes a durable write."""
    directory = settings.data_dir
    probe = directory / f".ready-{secrets.token_hex(4)}"
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, b"ok")
            os.fsync(fd)
        finally:
            os.close(fd)
        probe.unlink()
    except OSError as exc:
        return DATA_DIR_UNUSABLE.format(path=str(directory), error=_error(exc))
    return None


def data_dir_unreadable(settings: Settings) -> Message | None:
    """The data directory can be listed, or is not there yet (the kiosk makes it with its
    first application); read-only, for status queries."""
    try:
        os.listdir(settings.data_dir)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return DATA_DIR_UNUSABLE.format(path=str(settings.data_dir), error=_error(exc))
    return None
