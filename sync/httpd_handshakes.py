"""TLS handshake steps off the loop, taken from the waiting clients' addresses in turn.

A handshake's costly part (the server's signature, its key share) runs on a few threads
(``sync.httpd_tlschannel`` hands each step here). With one queue for all, a flood of
ClientHellos from one machine put every new client behind all of it: about 2 s at
1,000 connections. Here each address has its own queue and the threads take one step
from each address with work, in turn: a clerk's workstation waits for at most one step
of each other address, however many connections one of them holds open.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable

log = logging.getLogger("sync.httpd")

Step = Callable[[], None]


class FairHandshakes:
    """``threads`` threads (started at once, ended by :meth:`shutdown`) running the steps
    given to :meth:`submit`, one address's at a time, round robin over the addresses."""

    def __init__(self, threads: int, name: str) -> None:
        self._queues: dict[str, deque[Step]] = {}
        self._turns: deque[str] = deque()  # the addresses with steps waiting, in turn
        self._lock = threading.Condition()
        self._stopped = False
        self._threads = [threading.Thread(target=self._run, name=f"{name} tls {n}",
                                          daemon=True) for n in range(threads)]
        for thread in self._threads:
            thread.start()

    def submit(self, address: str, step: Step) -> None:
        """Run ``step`` once ``address``'s turn comes (never, after :meth:`shutdown`: the
        server has stopped, and its connections are closed)."""
        with self._lock:
            if self._stopped:
                return
            queue = self._queues.get(address)
            if queue is None:
                queue = self._queues[address] = deque()
                self._turns.append(address)
            queue.append(step)
            self._lock.notify()

    def _next(self) -> Step | None:
        with self._lock:
            while not self._turns and not self._stopped:
                self._lock.wait()
            if self._stopped:
                return None
            address = self._turns.popleft()
            queue = self._queues[address]
            step = queue.popleft()
            if queue:
                self._turns.append(address)  # its next step after every other address's
            else:
                del self._queues[address]
            return step

    def _run(self) -> None:
        while (step := self._next()) is not None:
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - a thread that dies serves no one
                log.error("tls: a handshake step failed (%s)", type(exc).__name__)

    def shutdown(self) -> None:
        """Steps not started are dropped; the threads end after the step they are in."""
        with self._lock:
            self._stopped = True
            self._queues.clear()
            self._turns.clear()
            self._lock.notify_all()
