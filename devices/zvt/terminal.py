"""The ``zvt`` worker thread: it alone talks to the card terminal.

Each job connects (TCP), registers once per terminal session (``06 00``; again
after any connection trouble), runs the caller's function with the connected
``ZvtClient`` and closes the connection. The terminal's prompts go to the
handler given for the job, on this thread (``ui`` re-emits them as signals).
``cancel()`` may be called from any thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TypeVar

from devices.threads import OwnedThread
from devices.zvt.client import T3_S, T4_S, ZvtClient, ZvtHandler
from devices.zvt.codes import TerminalError, TerminalUnreachable
from devices.zvt.transport import Channel, TcpChannel, ZvtTrace

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class TerminalConfig:
    host: str
    port: int
    password: str = "000000"  # noqa: S105 - the terminal's factory default
    t3_s: float = T3_S
    t4_s: float = T4_S
    connect_timeout_s: float = 5.0

    def __repr__(self) -> str:  # the password stays out of logs
        return f"TerminalConfig({self.host}:{self.port})"


class ZvtTerminal:
    def __init__(self, config: TerminalConfig, *,
                 connect: Callable[[TerminalConfig, ZvtTrace], Channel] | None = None) -> None:
        self.config = config
        self._connect = connect or (lambda c, trace: TcpChannel.connect(
            c.host, c.port, timeout_s=c.connect_timeout_s, trace=trace))
        self._thread = OwnedThread("zvt", "the card terminal")
        self._client: ZvtClient | None = None
        self._registered = False
        self.trace = ZvtTrace()

    def assert_on_zvt_thread(self) -> None:
        self._thread.assert_owner()

    def submit(self, fn: Callable[[ZvtClient], T], *,
               handler: ZvtHandler | None = None) -> Future[T]:
        """Run ``fn(client)`` on the zvt thread with a connected, registered client."""
        return self._thread.submit(self._job, fn, handler)

    def run_here(self, fn: Callable[[ZvtClient], T], *,
                 handler: ZvtHandler | None = None) -> T:
        """The same as ``submit(...).result()``, called from a job already on the zvt thread."""
        return self._job(fn, handler)

    def submit_plain(self, fn: Callable[[], T]) -> Future[T]:
        """Run ``fn()`` on the zvt thread (it calls ``run_here`` for each connection)."""
        return self._thread.submit(fn)

    def _job(self, fn: Callable[[ZvtClient], T], handler: ZvtHandler | None) -> T:
        self.assert_on_zvt_thread()
        channel = self._connect(self.config, self.trace)
        client = ZvtClient(channel, password=self.config.password, handler=handler,
                           t3_s=self.config.t3_s, t4_s=self.config.t4_s)
        self._client = client
        try:
            if not self._registered:
                client.register()
                self._registered = True
            return fn(client)
        except TerminalError:
            self._registered = False  # a fresh registration with the next connection
            raise
        finally:
            self._client = None
            channel.close()

    def cancel(self) -> None:
        """Abort the running transaction, if any (any thread)."""
        client = self._client
        if client is not None:
            client.cancel()

    def stop(self) -> None:
        self.cancel()
        self._thread.shutdown(wait=True, cancel_futures=True)


__all__ = ["TerminalConfig", "TerminalError", "TerminalUnreachable", "ZvtTerminal"]
