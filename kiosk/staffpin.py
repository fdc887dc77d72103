"""The staff PIN that lets a technician leave the kiosk: stored as a salted hash only.

``kiosk.toml`` holds ``staff_pin = "$scrypt$ln=15,r=8,p=1$<salt>$<hash>"`` (the PHC
string format; salt and hash in unpadded base64), which ``buergerbuero config pin``
prints; the PIN itself is never written anywhere. :func:`problem` says what is wrong
with a value (``config check`` refuses a PIN in plain text and anything malformed),
:func:`verify` compares in constant time, and :class:`PinGuard` limits wrong guesses:
the :data:`FREE_ATTEMPTS`-th wrong PIN in a row locks the exit for 30 s, each further
one for twice as long as the one before (60 s, 120 s … at most 15 minutes). The lock
lives in the kiosk's memory; a restart of the kiosk (which needs the terminal's power
or a technician) starts it afresh. Nothing here logs or shows a PIN; a ``repr`` never holds one.
"""

from __future__ import annotations

import binascii
import re
import threading
import time
from collections.abc import Callable
from typing import Final

LOG_N: Final = 15  # scrypt's cost: N = 2**15, r = 8, p = 1 (32 MiB, ~0.1 s)
R: Final = 8
P: Final = 1
SALT_BYTES: Final = 16
HASH_BYTES: Final = 32
MIN_DIGITS: Final = 6
MAX_DIGITS: Final = 12
FREE_ATTEMPTS: Final = 3
FIRST_LOCK_S: Final = 30.0
MAX_LOCK_S: Final = 15 * 60.0
PATTERN: Final = r"^\$scrypt\$ln=[0-9]{1,2},r=[0-9]{1,2},p=[0-9]{1,2}\$[A-Za-z0-9+/]{22}\$" \
    r"[A-Za-z0-9+/]{43}$"
_PHC = re.compile(r"\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$"
                  r"([A-Za-z0-9+/]+)")
PLAIN: Final = "plain"  # problem(): the value is a PIN, not its hash
MALFORMED: Final = "malformed"


class PinRefused(ValueError):
    """A PIN that :func:`make_hash` does not take (the message says why; never the PIN)."""


# The settings module reads this one (PATTERN, problem) on the kiosk's start-up path:
# hashing, secrets and hmac load only when a PIN is made or checked.

def _b64(data: bytes) -> str:
    return binascii.b2a_base64(data, newline=False).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return binascii.a2b_base64(text + "=" * (-len(text) % 4), strict_mode=True)


def _scrypt(pin: str, salt: bytes, log_n: int, r: int, p: int) -> bytes:
    import hashlib

    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=2 ** log_n, r=r, p=p,
                          maxmem=256 * 1024 * 1024, dklen=HASH_BYTES)


def check_pin(pin: str) -> None:
    """Raise :class:`PinRefused` unless ``pin`` is 6 to 12 digits, not all the same."""
    if not pin.isascii() or not pin.isdigit() or not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinRefused(f"the staff PIN must be {MIN_DIGITS} to {MAX_DIGITS} digits")
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise PinRefused("the staff PIN must not be one digit repeated or a run such as 123456")


def make_hash(pin: str, *, salt: bytes | None = None) -> str:
    """The value for ``staff_pin``: a fresh random salt unless ``salt`` is given (tests)."""
    import secrets

    check_pin(pin)
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    return f"$scrypt$ln={LOG_N},r={R},p={P}${_b64(salt)}${_b64(_scrypt(pin, salt, LOG_N, R, P))}"


def _parsed(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    match = _PHC.fullmatch(stored)
    if match is None:
        return None
    log_n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    try:
        salt, digest = _unb64(match.group(4)), _unb64(match.group(5))
    except (binascii.Error, ValueError):
        return None
    if not (14 <= log_n <= 17 and 1 <= r <= 32 and 1 <= p <= 4 and len(salt) == SALT_BYTES
            and len(digest) == HASH_BYTES):
        return None
    return log_n, r, p, salt, digest


def problem(stored: str) -> str | None:
    """None for a usable hash; :data:`PLAIN` for what looks like the PIN itself (digits),
    :data:`MALFORMED` for anything else."""
    if _parsed(stored) is not None:
        return None
    return PLAIN if stored.strip().isdigit() else MALFORMED


def verify(stored: str, pin: str) -> bool:
    """True if ``pin`` is the PIN ``stored`` was made from (constant-time comparison)."""
    parsed = _parsed(stored)
    if parsed is None or not pin or len(pin) > 64:
        return False
    import hmac

    log_n, r, p, salt, digest = parsed
    return hmac.compare_digest(_scrypt(pin, salt, log_n, r, p), digest)


class Verdict:
    """One attempt's outcome: ``ok``, or wrong with the lock (seconds) it started."""

    __slots__ = ("locked_s", "ok")

    def __init__(self, ok: bool, locked_s: float = 0.0) -> None:
        self.ok = ok
        self.locked_s = locked_s

    def __repr__(self) -> str:
        return f"Verdict(ok={self.ok}, locked_s={self.locked_s:.0f})"


class PinGuard:
    """Checks PINs against ``stored`` with the rate limit; thread-safe. ``clock``:
    monotonic seconds (tests pass their own)."""

    def __init__(self, stored: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._stored = stored
        self._clock = clock
        self._lock = threading.Lock()
        self.failures = 0  # wrong PINs since the last right one
        self._locked_until = 0.0

    def __repr__(self) -> str:
        return f"PinGuard(failures={self.failures})"

    @property
    def configured(self) -> bool:
        return _parsed(self._stored) is not None

    def locked_for(self) -> float:
        """Seconds until a PIN is taken again (0: now)."""
        with self._lock:
            return max(0.0, self._locked_until - self._clock())

    def attempt(self, pin: str) -> Verdict | None:
        """The verdict on ``pin``; None while locked (the PIN is not even compared)."""
        if self.locked_for() > 0:
            return None
        ok = verify(self._stored, pin)
        with self._lock:
            if ok:
                self.failures, self._locked_until = 0, 0.0
                return Verdict(True)
            self.failures += 1
            over = self.failures - FREE_ATTEMPTS
            lock = 0.0 if over < 0 else min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** over)
            self._locked_until = self._clock() + lock
            return Verdict(False, lock)
