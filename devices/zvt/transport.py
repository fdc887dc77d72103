"""The channel to the card terminal: whole APDUs over TCP/IP (PA00P016), behind a seam.

``Channel`` is what the client needs: send an APDU, receive the next one within
a time-out, and be woken early (the citizen cancels: the client then sends
``06 B0``). ``TcpChannel`` is the real one; a test may put any ``Channel``
behind the client for error paths the simulator cannot produce. The trace
(``ZvtTrace``) records each APDU's name and bitmaps, card data redacted, like
the chip's APDU trace. Socket errors become ``devices.zvt.codes`` errors here.
"""

from __future__ import annotations

import contextlib
import logging
import selectors
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from devices.zvt.apdu import Apdu, ApduError, header_length
from devices.zvt.bmp import describe
from devices.zvt.codes import ConnectionLost, ProtocolError, TerminalUnreachable

trace_log = logging.getLogger("devices.zvt")


class Interrupted(Exception):
    """``interrupt()`` was called while waiting for the terminal."""


class TimedOut(Exception):
    """Nothing (or not all of an APDU) arrived within the time-out."""


class Channel(Protocol):
    def send(self, apdu: Apdu) -> None: ...

    def receive(self, timeout_s: float) -> Apdu:
        """The next APDU; raises ``TimedOut``, ``Interrupted`` or ``ConnectionLost``."""
        ...

    def interrupt(self) -> None:
        """Wake a ``receive`` waiting on another thread (raises ``Interrupted`` there)."""
        ...

    def close(self) -> None: ...


TRACE_KEEP = 500  # lines kept in memory: the last few dozen payments (all go to the log)


@dataclass
class ZvtTrace:
    """Technicians' trace: direction, APDU name and bitmaps, never card data.

    The kiosk keeps one for the terminal's lifetime, so ``lines`` holds only the
    latest ``TRACE_KEEP`` to ``2 * TRACE_KEEP`` lines (unbounded, it grew by every
    payment's APDUs: ``bench soak``); every line also goes to the trace log."""

    lines: list[str] = field(default_factory=list)
    sink: Callable[[str], None] | None = None

    def add(self, direction: str, apdu: Apdu) -> None:
        data = "" if apdu.is_ack or apdu.is_nak or apdu.name.startswith("print") \
            else describe(apdu.data)
        line = f"{direction} {apdu.name} {data}".rstrip()
        self.lines.append(line)
        if len(self.lines) > 2 * TRACE_KEEP:
            del self.lines[:-TRACE_KEEP]
        trace_log.info("%s", line)
        if self.sink is not None:
            self.sink(line)


class TcpChannel:
    """APDUs over one TCP connection to the terminal."""

    def __init__(self, sock: socket.socket, *, trace: ZvtTrace | None = None) -> None:
        self._sock = sock
        self._sock.setblocking(False)
        self.trace = trace or ZvtTrace()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._sock, selectors.EVENT_READ, "peer")
        self._selector.register(self._wake_r, selectors.EVENT_READ, "wake")
        self._buffer = b""

    @classmethod
    def connect(cls, host: str, port: int, *, timeout_s: float = 5.0,
                trace: ZvtTrace | None = None) -> TcpChannel:
        try:
            sock = socket.create_connection((host, port), timeout=timeout_s)
        except OSError as exc:
            raise TerminalUnreachable(detail=f"{host}:{port}: {exc.strerror or exc}") from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return cls(sock, trace=trace)

    def send(self, apdu: Apdu) -> None:
        self.trace.add(">", apdu)
        try:
            self._sock.setblocking(True)
            self._sock.sendall(apdu.encode())
        except OSError as exc:
            raise ConnectionLost(detail=f"send {apdu.name}: {exc.strerror or exc}") from exc
        finally:
            self._sock.setblocking(False)

    def _fill(self, n: int, deadline: float) -> None:
        while len(self._buffer) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimedOut
            for key, _mask in self._selector.select(left):
                if key.data == "wake":
                    self._drain_wake()
                    raise Interrupted
                try:
                    chunk = self._sock.recv(4096)
                except BlockingIOError:
                    continue
                except OSError as exc:
                    raise ConnectionLost(detail=exc.strerror or str(exc)) from exc
                if not chunk:
                    raise ConnectionLost(detail="the terminal closed the connection")
                self._buffer += chunk

    def receive(self, timeout_s: float) -> Apdu:
        deadline = time.monotonic() + timeout_s
        self._fill(3, deadline)
        try:
            n = header_length(self._buffer[:3])
        except ApduError as exc:
            raise ProtocolError(detail=str(exc)) from exc
        start = 3
        if n is None:
            self._fill(5, deadline)
            n, start = int.from_bytes(self._buffer[3:5], "little"), 5
        # Once an APDU has begun, the rest of it follows at once (T3 for the remainder).
        self._fill(start + n, max(deadline, time.monotonic() + 5.0))
        raw, self._buffer = self._buffer[:start + n], self._buffer[start + n:]
        apdu = Apdu(raw[0], raw[1], raw[start:])
        self.trace.add("<", apdu)
        return apdu

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(64):
                pass
        except BlockingIOError:
            pass

    def interrupt(self) -> None:
        with contextlib.suppress(OSError):  # closed already: nobody is waiting
            self._wake_w.send(b"!")

    def close(self) -> None:
        self._selector.close()
        for sock in (self._sock, self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                sock.close()
