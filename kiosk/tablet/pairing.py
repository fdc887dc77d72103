"""Pairing the clerk's workstation with the tablet: codes nobody can rotate or guess,
tokens bound to one workstation, with expiry and revocation.

* The tablet shows a six-digit code. It changes when it was used and every
  ``CODE_TTL_S`` seconds — never because somebody typed a wrong one, so a stranger on
  the network cannot keep a clerk from pairing.
* Wrong codes are counted per client address: after ``FREE_ATTEMPTS`` a client waits
  ``backoff_s(n)`` (doubling, at most ``MAX_BACKOFF_S``) before its next attempt is
  even compared; until then it gets 429 with Retry-After. Guessing therefore takes
  one client about ``FREE_ATTEMPTS`` + 8 tries in the first hour and roughly one every
  15 minutes after, against a code that changes every five.
* A token is bound to the workstation's address and name, expires after
  ``TOKEN_TTL_S`` (a working day) and can be revoked (the workstation unpairs itself,
  or the tablet forgets every workstation). Only a hash of it is kept.

Qt-free and thread-safe (the API's handler threads and the GUI use it).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

CODE_TTL_S: Final = 300.0
TOKEN_TTL_S: Final = 12 * 3600.0
FREE_ATTEMPTS: Final = 3
MAX_BACKOFF_S: Final = 900.0
FORGET_FAILURES_S: Final = 3600.0  # a client that stopped guessing starts afresh


def backoff_s(failures: int) -> float:
    """Seconds a client waits after ``failures`` wrong codes in a row."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return float(min(MAX_BACKOFF_S, 2 ** (failures - FREE_ATTEMPTS)))


@dataclass(frozen=True)
class Client:
    """A paired clerk workstation."""

    id: str
    workstation: str
    address: str
    expires: float  # time.monotonic()


@dataclass
class _Failures:
    count: int = 0
    last: float = 0.0


@dataclass(frozen=True)
class Refused:
    """A pairing attempt that was refused: wrong code, or too early (retry after)."""

    retry_after_s: float = 0.0


@dataclass
class Pairing:
    clock: Callable[[], float] = time.monotonic
    listeners: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, Client] = {}  # sha256(token) → client
        self._failures: dict[str, _Failures] = {}
        self._code, self._code_until = self._new_code(), self.clock() + CODE_TTL_S

    @staticmethod
    def _new_code() -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def _notify(self) -> None:
        for listener in list(self.listeners):
            listener()

    @property
    def code(self) -> str:
        """The code to show now (a new one once the old one is ``CODE_TTL_S`` old)."""
        rotated = False
        with self._lock:
            if self.clock() >= self._code_until:
                self._code, self._code_until = self._new_code(), self.clock() + CODE_TTL_S
                rotated = True
            code = self._code
        if rotated:
            self._notify()
        return code

    def pair(self, code: str, address: str, workstation: str) -> str | Refused:
        """A new token for this workstation, or why not."""
        current = self.code
        now = self.clock()
        with self._lock:
            failures = self._failures.get(address)
            if failures is not None and now - failures.last > FORGET_FAILURES_S:
                failures = self._failures.pop(address)
                failures = None
            if failures is not None:
                wait = failures.last + backoff_s(failures.count) - now
                if wait > 0:
                    return Refused(retry_after_s=wait)
            if not hmac.compare_digest(code.encode(), current.encode()):
                entry = self._failures.setdefault(address, _Failures())
                entry.count, entry.last = entry.count + 1, now
                return Refused(retry_after_s=backoff_s(entry.count))
            self._failures.pop(address, None)
            token = secrets.token_urlsafe(32)
            client = Client(secrets.token_hex(8), workstation[:80] or address, address,
                            now + TOKEN_TTL_S)
            self._tokens[_digest(token)] = client
            self._code, self._code_until = self._new_code(), now + CODE_TTL_S  # once only
        self._notify()
        return token

    def client(self, token: str, address: str) -> Client | None:
        """The workstation this token belongs to, if it is valid from this address."""
        with self._lock:
            client = self._tokens.get(_digest(token))
            if client is None:
                return None
            if self.clock() >= client.expires:
                del self._tokens[_digest(token)]
                return None
            return client if hmac.compare_digest(client.address, address) else None

    def revoke(self, token: str) -> bool:
        with self._lock:
            return self._tokens.pop(_digest(token), None) is not None

    def revoke_all(self) -> int:
        """Forget every paired workstation (the tablet's button, a lost laptop)."""
        with self._lock:
            count = len(self._tokens)
            self._tokens.clear()
        self._notify()
        return count

    def clients(self) -> list[Client]:
        with self._lock:
            now = self.clock()
            return [c for c in self._tokens.values() if c.expires > now]


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
