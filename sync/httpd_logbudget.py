"""A log line's budget: at most ``burst`` lines a minute of one kind, the rest counted
and said in one line once the minute is over. A scanner sends thousands of requests a
server refuses (and of TLS handshakes it cannot finish); one line each would fill the
disk. What is logged is the caller's line as it is: no address, no byte of a client's.
Stdlib only."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger("sync.httpd")


class LogBudget:
    """``note`` logs a line while the minute's budget lasts; ``tick`` (the server loop's,
    and each ``note``) says how many were not logged, once the minute is over, so the
    line comes when the burst stops too."""

    INTERVAL_S = 60.0

    def __init__(self, name: str, kind: str, burst: int = 10,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.name, self.kind, self.burst, self._clock = name, kind, burst, clock
        self._until = clock() + self.INTERVAL_S
        self._logged = self._unlogged = 0

    def note(self, message: str, *args: object) -> None:
        """Log ``message % args`` (INFO) if the minute's budget allows, else count it."""
        self.tick(self._clock())
        if self._logged < self.burst:
            self._logged += 1
            log.info(message, *args)
        else:
            self._unlogged += 1

    def tick(self, now: float) -> None:
        if now < self._until:
            return
        if self._unlogged:
            log.info("%s: %d more %s in the last minute (%d logged one by one)",
                     self.name, self._unlogged, self.kind, self._logged)
        self._until = now + self.INTERVAL_S
        self._logged = self._unlogged = 0


class FailureLog(LogBudget):
    """Failed TLS handshakes and connections: OpenSSL's reason only."""

    def __init__(self, name: str, burst: int = 10,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(name, "failed TLS handshakes or connections", burst, clock)

    def note_failure(self, what: str, why: str) -> None:
        """A TLS ``what`` (handshake, connection) ended for OpenSSL's reason ``why``."""
        self.note("%s: TLS %s ended (%s)", self.name, what, why)
