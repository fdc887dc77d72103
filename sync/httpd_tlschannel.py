"""TLS on waitress's loop: the channel over :class:`~sync.httpd_tls.TLSStream`."""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import time
from functools import partial
from typing import Any

from waitress.adjustments import Adjustments

from sync.httpd_channel import Channel
from sync.httpd_logbudget import FailureLog as FailureLog  # re-exported (tests)
from sync.httpd_tls import TLSStream, reason

log = logging.getLogger("sync.httpd")


class TLSChannel(Channel):
    """TLS on the loop (:class:`~sync.httpd_tls.TLSStream`: memory BIOs, as asyncio's).
    However the connection ends (an answer with ``Connection: close``, a deadline, an
    error, the peer's own close_notify, the server stopping), our close_notify goes out
    first, as far as the socket takes it without waiting; then the socket closes."""

    def __init__(self, server: Any, sock: socket.socket, addr: Any, adj: Adjustments,
                 map: dict[int, Any] | None = None) -> None:
        assert server.tls is not None
        self._stream = TLSStream(server.tls)
        self._closing = False  # our close_notify is written: the socket closes once sent
        self._handshaking = False  # ciphertext is with the handshake thread: read no more
        super().__init__(server, sock, addr, adj, map=map)

    def readable(self) -> bool:
        if self.lingering_until is not None:
            return True
        # not while ciphertext waits for the socket either (as waitress reads nothing while
        # its plaintext waits): a client that half-closes after its request would be
        # read as gone, and the rest of its answer dropped
        return not self._handshaking and not self._stream.peer_closed \
            and not self._stream.pending and bool(super().readable())

    def handle_read(self) -> None:
        if self.lingering_until is not None:
            self.drain()  # ciphertext, dropped unread
            return
        try:
            raw = self.socket.recv(self.adj.recv_bytes)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            raw = b""
        if not raw:  # gone without close_notify (or reset): no one to say it to
            self._stream.abandon()
            self.linger = False
            self.handle_close()
            return
        self.last_activity = time.time()
        if not self._stream.handshaken:  # the costly part (a signature, a key share)
            self._handshaking = True
            self.server.handshakes.submit(str(self.addr[0]), partial(self._handshake, raw))
            return
        try:
            plain = self._stream.receive(raw)
        except ssl.SSLError as exc:
            self._failed(exc)
            return
        self._received(plain)

    def _handshake(self, raw: bytes) -> None:
        """On a handshake thread: the handshake goes on with ``raw``; then back to the
        loop (the lock keeps the loop and the workers off the stream meanwhile)."""
        error: Exception | None = None
        plain = b""
        try:
            plain = self._stream.receive(raw)
        except Exception as exc:  # noqa: BLE001 - handed to the loop, never lost here
            error = exc
        self._flush()  # the server's flight goes out from here: the loop need not wake
        with contextlib.suppress(OSError):  # the server stopped meanwhile
            self.server.trigger.pull_trigger(partial(self._handshaken, plain, error))

    def _handshaken(self, plain: bytes, error: Exception | None) -> None:
        """On the loop, after a handshake step."""
        self._handshaking = False
        if self.socket is None:
            return  # closed meanwhile (a deadline, the server stopping)
        if error is not None:
            self._failed(error)
            return
        self._received(plain)

    def answer_busy(self) -> None:
        """Over TLS the 503 waits for the handshake: a client reads it, and a person can
        see it (a bare close or an alert says nothing about the cause)."""
        if self._stream.handshaken and not self.close_when_flushed:
            super().answer_busy()

    def _received(self, plain: bytes) -> None:
        self._flush()
        if self.refusing:
            self.answer_busy()  # once the handshake is done; what the client says is dropped
            return
        if plain:
            self.received(plain)
        if self._stream.peer_closed and not self.requests:
            self.handle_close()  # answered with our close_notify

    def _failed(self, exc: Exception) -> None:
        self.server.tls_failures.note_failure(
            "connection" if self._stream.handshaken else "handshake", reason(exc))
        self._flush()  # OpenSSL's alert, if the socket takes it now
        self._stream.abandon()
        self.connected = False
        self.handle_close()

    def _flush(self) -> bool:
        """Send what ciphertext the socket takes; True when nothing is left."""
        sock = self.socket  # once: the loop may close it while a worker writes
        if sock is not None and self._stream.flush(sock):
            self.last_activity = time.time()
        if self._stream.broken:
            self.connected = False
            self.will_close = True
        return not self._stream.pending

    def send(self, data: bytes, do_close: bool = True) -> int:
        """Waitress writes plaintext here (from the loop or a worker)."""
        with self._stream.lock:
            if not self._flush() or not self.connected:
                return 0
            try:
                written = self._stream.encrypt(data)
            except ssl.SSLError as exc:
                self.server.tls_failures.note_failure("connection", reason(exc))
                self._stream.abandon()
                self.connected = False
                self.will_close = True
                return 0
            self._flush()
            return written

    def writable(self) -> bool:
        if self.lingering_until is not None or self._handshaking:
            return False  # the handshake thread flushes, and the loop must not wait for it
        return bool(self._stream.pending) or bool(super().writable()) \
            or (self._stream.peer_closed and not self.requests)

    def handle_write(self) -> None:
        if not self._flush():
            return
        super().handle_write()
        if self.socket is not None and self._stream.peer_closed and not self.requests \
                and not self.total_outbufs_len:
            self.handle_close()  # the answers the peer asked for are out: close_notify

    def handle_close(self) -> None:
        if self.socket is None:
            return
        if not self._closing:
            self._closing = True
            self.will_close = True
            self._stream.close_notify()
            self._flush()
        if self._stream.pending:
            return  # the answer's last bytes and close_notify first; the deadline holds
        super().handle_close()

    def close(self) -> None:
        """Closed by the server stopping: close_notify if the socket takes it at once."""
        if self.socket is not None and not self._closing:
            self._closing = True
            self._stream.close_notify()
            self._flush()
        super().close()

    def unsent(self) -> bool:
        return bool(self._stream.pending) or super().unsent()

    def expired(self, now: float, timeout: float) -> bool:
        if self.lingering_until is not None:
            return bool(super().expired(now, timeout))
        if now - self.last_activity > timeout and (self._closing or self.unsent()):
            self._stream.abandon()  # a client that does not read what it is sent
            return True
        return bool(super().expired(now, timeout))

