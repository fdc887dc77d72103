"""Waitress's parser, error task and channel, extended (``sync.httpd`` serves with them):
the gate asked on the head, the server's own answers in the application's format, the
header deadline, answers a client does not take, and a lingering close."""

from __future__ import annotations

import logging
import socket
import time
from functools import partial
from http import HTTPStatus
from typing import Any

from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.task import ErrorTask as _WaitressErrorTask

from sync.httpd_api import Gate, Head, Headers, Refusal, loggable_path

log = logging.getLogger("sync.httpd")  # one logger for every line of the servers


class Parser(HTTPRequestParser):  # type: ignore[misc]
    """Waitress's parser, asking the gate once the headers are in (before any body)."""

    def __init__(self, adj: Adjustments, gate: Gate | None = None, peer: str = "") -> None:
        super().__init__(adj)
        self._gate, self._peer = gate, peer

    def parse_header(self, header_plus: bytes) -> None:
        super().parse_header(header_plus)
        if self._gate is None:
            return
        head = Head(str(self.command), str(self.request_uri), Headers(dict(self.headers)),
                    self._peer, int(getattr(self, "content_length", 0)), bool(self.chunked))
        try:
            refusal = self._gate(head)
        except Exception as exc:  # noqa: BLE001 - a bug in a gate: a 500, not a dead loop
            log.error("http: the gate failed (%s)", type(exc).__name__)
            refusal = Refusal(500, "internal error")
        if refusal is not None:
            self.error = refusal
            self.body_rcv = None  # the body is never read: the connection closes after
            self.content_length = 0


class ErrorTask(_WaitressErrorTask):  # type: ignore[misc]
    """Answers of the server itself, in the application's format; one log line."""

    def execute(self) -> None:
        error = self.request.error
        server = self.channel.server
        code = int(getattr(error, "code", 500))
        detail = str(getattr(error, "body", ""))
        if code == 413:
            detail = f"the body is larger than {server.limits.max_body_bytes} bytes"
        content_type, body = server.render(code, detail)
        self.status = f"{code} {HTTPStatus(code).phrase}"
        self.response_headers.append(("Content-Type", content_type))
        self.response_headers.extend(getattr(error, "headers", ()))
        self.set_close_on_finish()
        self.content_length = len(body)
        server.refusal_log.note("%s: %s %s refused before the application (%d)",
                                server.name, getattr(self.request, "command", "-") or "-",
                                loggable_path(getattr(self.request, "path", "") or ""), code)
        self.write(body)


BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
        b"Connection: close\r\n\r\n")
LINGER_S = 2.0  # how long at most a closing connection drains what the client still sends
#: How long a connection beyond the cap may take to be refused (over TLS: its handshake,
#: then the 503). Refusals are few at a time (``sync.httpd.REFUSALS``): a client that
#: stalls in its handshake must not hold one of them for a whole request deadline.
REFUSAL_S = 3.0


class Channel(HTTPChannel):  # type: ignore[misc]
    """Waitress's channel with deadlines, and a lingering close: when the server ends a
    connection (after an error answer, ``Connection: close``, a failed TLS handshake)
    while the client may still be sending (the body of a refused upload), closing at
    once would make the kernel answer those bytes with a reset, and a reset can destroy
    the answer before the client has read it. So the write side is shut (a FIN behind
    the answer), and what the client still sends is read and dropped until it closes
    too, for ``LINGER_S`` at most (the request deadline, if shorter); then the socket
    closes. A client that is gone, or one cut off by a deadline, gets no lingering."""

    error_task_class = ErrorTask

    def __init__(self, server: Any, sock: socket.socket, addr: Any, adj: Adjustments,
                 map: dict[int, Any] | None = None) -> None:
        super().__init__(server, sock, addr, adj, map=map)
        self.parser_class = partial(Parser, gate=server.gate, peer=str(addr[0]))
        #: When the head now being received began (the connection, for the first).
        self.head_started: float | None = self.creation_time
        self.linger = True  # False: a close of ours closes at once
        self.refusing = False  # beyond the connection cap: answered 503, nothing read
        self.lingering_until: float | None = None  # draining after our FIN, until then

    def received(self, data: bytes) -> bool:
        if self.request is None and self.head_started is None and data.strip():
            self.head_started = time.time()
        result: bool = super().received(data)
        if self.request is None or self.request.headers_finished:
            self.head_started = None
        return result

    def expired(self, now: float, timeout: float) -> bool:
        if self.lingering_until is not None:
            return now >= self.lingering_until
        if self.refusing:
            return bool(now - self.creation_time > min(REFUSAL_S, timeout))
        if self.requests:  # the application is working on it (a long poll): never cut,
            # unless its answer is stuck: a client that has taken no byte for that long
            return self.unsent() and now - self.last_activity > timeout
        started = self.head_started
        return (started is not None and now - started > timeout) \
            or now - self.last_activity > timeout

    def unsent(self) -> bool:
        """Some of the answer waits for the client to take it (while a worker is at
        it, waitress sends nothing below ``send_bytes``: that waits for the worker)."""
        waiting = int(self.total_outbufs_len)
        return waiting > 0 and (not self.requests or waiting >= self.adj.send_bytes)

    def refuse(self) -> None:
        """Beyond the connection cap: 503 with ``Retry-After``, then a lingering close
        (the request, if it comes, is drained unread), all within ``REFUSAL_S``.
        Counted in ``server.refusals``."""
        self.refusing = True
        self.answer_busy()

    def answer_busy(self) -> None:
        with self.outbuf_lock:
            self.outbufs[-1].append(BUSY)
            self.total_outbufs_len += len(BUSY)
        self.close_when_flushed = True

    def del_channel(self, map: dict[int, Any] | None = None) -> None:
        if self.refusing:
            self.refusing = False
            self.server.refusals -= 1
        super().del_channel(map)

    def handle_error(self) -> None:
        self.server.connection_errors.note("%s: a connection ended with an error",
                                           self.server.name)
        self.linger = False
        self.handle_close()

    def readable(self) -> bool:
        return self.lingering_until is not None or bool(super().readable())

    def writable(self) -> bool:
        return self.lingering_until is None and bool(super().writable())

    def recv(self, buffer_size: int) -> bytes:
        """wasyncore's, which closes on the client's close or a reset: no lingering then."""
        try:
            data: bytes = self.socket.recv(buffer_size)
        except OSError:
            data = b""
        if not data:
            self.linger = False
            self.handle_close()
        return data

    def handle_read(self) -> None:
        if self.lingering_until is not None:
            self.drain()
        else:
            super().handle_read()

    def drain(self) -> None:
        """Lingering: read what the client sends and drop it; close once it closes."""
        try:
            data = self.socket.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self.linger = False
            self.handle_close()

    def handle_close(self) -> None:
        if self.socket is not None and self.linger and self.lingering_until is None:
            try:
                self.socket.shutdown(socket.SHUT_WR)  # our FIN, behind the answer
            except OSError:
                pass  # not connected any more: closed at once
            else:
                with self.outbuf_lock:  # what waitress's close does, but the socket
                    for outbuf in self.outbufs:
                        outbuf.close()
                    self.total_outbufs_len = 0
                    self.connected = False  # a worker still answering stops
                    self.outbuf_lock.notify()
                limit = min(LINGER_S, self.server.limits.request_timeout_s)
                self.lingering_until = time.time() + limit
                return
        super().handle_close()

