"""Errors, sorted by what the user should see.

- ``UserFacingError``: shown as-is (translated) with what to do next.
- ``UserCancelled``: the user chose to stop; nothing is shown.
- anything else is a bug or an unexpected failure: logged without personal
  data and shown as a generic message.

Library errors (pyscard, requests, sqlite3, OSError) are converted into these
where they enter our code.
"""

from __future__ import annotations

from kiosk.base.i18n import N_, Message


class KioskError(Exception):
    """Base of every error the project raises on purpose."""


class UserCancelled(KioskError):
    """The user cancelled; nothing to show."""


class UserFacingError(KioskError):
    """An error whose message is written for the person in front of the screen."""

    def __init__(self, message: Message, *, detail: str = "") -> None:
        # The message is the exception's argument: it survives pickling (the storage
        # process), and str() of the error is its source text.
        super().__init__(message)
        self.message = message
        # Technical detail for technicians' logs; never personal data.
        self.detail = detail


class ConfigError(UserFacingError):
    """The technician's configuration is wrong; the message says what to fix."""


class StorageError(UserFacingError):
    """Local storage failed (disk full, read-only, corrupted database)."""


class NetworkError(UserFacingError):
    """The central case system could not be reached; retrying may help."""


class ServerRefused(UserFacingError):
    """The central case system refused the request; retrying will not help."""


class DeviceError(UserFacingError):
    """A hardware device (card reader, printer, pen) failed or is missing."""


GENERIC_ERROR = N_(
    "Errors",
    "Something went wrong on this terminal. Your data has not been lost. "
    "Please ask the staff at the counter for help.",
)
