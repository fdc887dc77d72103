"""The project's HTTP serving: waitress, with TLS, deadlines, a connection cap and a gate.

Every HTTP server of the project (the FIT-Connect stand-in, ``sync.reference.server``,
the counter tablet's API, ``kiosk.tablet.server``, and the payment and ZMS stand-ins,
``sync.reference.standin``) is a WSGI application served by
waitress (docs/fitconnect.md says why waitress). Waitress reads and parses every request
on one asyncore loop (``poll``, so more than 1,024 descriptors work) and hands only a
complete request, its body spooled to a temporary file beyond 512 KB, to a worker
thread: a connection that sends nothing, or a byte a second, costs a descriptor and a
few kilobytes, never a thread. Around it, this module adds what waitress leaves out:

- **TLS** on the same loop (:class:`_TLSChannel` over ``sync.httpd_tls``: memory BIOs, as
  asyncio does it), so a slow handshake holds nothing either; TLS 1.2 at least, and every
  close says close_notify;
- **deadlines**: the request line and headers must arrive within ``request_timeout_s``
  of their first byte (of the connection, for the first request); a connection silent
  that long (between requests, or in a body) is closed, and so is one that takes no
  byte of its answer for that long (the worker writing it is freed). A request the
  application is working on (a long poll) is never cut;
- **a connection cap** answered at once: beyond ``max_connections`` a new connection
  gets ``503`` with ``Retry-After`` (plain HTTP; over TLS it is closed) instead of
  waiting unaccepted. The cap is held below the process's descriptor limit, and when
  ``accept`` runs out of descriptors anyway the loop stops accepting for a second
  instead of spinning;
- **a gate** that sees each request's head before its body is read (the bearer token,
  the media type, the length), so a stranger cannot make the server take 40 MB;
- error answers of the library (400 malformed, 413 too large, 431 headers too large,
  501 unknown transfer coding) rendered by the application's own ``render``
  (problem+json for the stand-in), one log line each, never a traceback.

:class:`Exchange` gives handlers written for ``http.server`` the same shape (``command``,
``path``, ``headers``, ``client_address``) and collects their answer; bodies held in
memory go through a :class:`BodyBudget`, so ten concurrent maximum-size uploads do not
take ten times the memory.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import re
import resource
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from http import HTTPStatus
from typing import IO, Any, NamedTuple

from waitress import wasyncore
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import TcpWSGIServer
from waitress.task import ErrorTask
from waitress.utilities import Error

from sync.httpd_tls import TLSStream, harden, reason

log = logging.getLogger(__name__)

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
App = Callable[[Environ, StartResponse], Iterable[bytes]]
#: (status, detail) → (content type, body) for the answers the server gives by itself.
Render = Callable[[int, str], tuple[str, bytes]]

_BUSY = (b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
         b"Connection: close\r\n\r\n")
_OUT_OF_FDS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
_FD_RESERVE = 64  # descriptors kept free for spooled bodies, the store, logs, the loop


class Limits(NamedTuple):
    """What one server allows. ``threads``: requests worked on at once (long polls
    included); ``memory_bodies``: maximum-size bodies held in memory at once."""

    request_timeout_s: float = 30.0
    max_connections: int = 256
    max_body_bytes: int = 40 * 1024 * 1024
    max_header_bytes: int = 64 * 1024
    threads: int = 16
    memory_bodies: int = 2


class Headers:
    """Case-insensitive header look-up over waitress's keys (``CONTENT_TYPE``)."""

    def __init__(self, items: dict[str, str]) -> None:
        self._items = items

    @classmethod
    def of_environ(cls, environ: Environ) -> Headers:
        items = {key[5:]: value for key, value in environ.items()
                 if key.startswith("HTTP_") and isinstance(value, str)}
        for key in ("CONTENT_TYPE", "CONTENT_LENGTH"):
            if environ.get(key):
                items[key] = environ[key]
        return cls(items)

    def get(self, name: str, default: str = "") -> str:
        return self._items.get(name.upper().replace("-", "_"), default)

    def __contains__(self, name: str) -> bool:
        return name.upper().replace("-", "_") in self._items


class Head(NamedTuple):
    """A request as far as its headers: what the gate decides on."""

    method: str
    target: str  # the request target as sent (path and query, not decoded)
    headers: Headers
    peer: str
    length: int
    chunked: bool


class Refusal(Error):  # type: ignore[misc]  # waitress is untyped
    """An answer the server gives without the application (rendered by ``render``)."""

    def __init__(self, code: int, detail: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(detail)
        self.code = code
        self.reason = HTTPStatus(code).phrase
        self.headers = list(headers)


Gate = Callable[[Head], Refusal | None]


class BodyBudget:
    """Bytes of request bodies held in memory at once; a request waits for its share
    (its body is spooled meanwhile) and gets 503 after ``wait_s``."""

    def __init__(self, capacity: int, wait_s: float = 30.0) -> None:
        self.capacity, self.wait_s = capacity, wait_s
        self._used = 0
        self._free = threading.Condition()

    @contextlib.contextmanager
    def share(self, size: int) -> Any:
        want = min(size, self.capacity)
        with self._free:
            if not self._free.wait_for(lambda: self._used + want <= self.capacity,
                                       self.wait_s):
                raise Busy
            self._used += want
        try:
            yield
        finally:
            with self._free:
                self._used -= want
                self._free.notify_all()


class Busy(Exception):
    """No memory for this body now (answered 503 with Retry-After)."""


class BodyError(Exception):
    """The body cannot be taken (``status``: 411, 413, 400)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Exchange:
    """One request and its answer, for handlers in the shape of ``http.server``'s."""

    def __init__(self, environ: Environ, budget: BodyBudget) -> None:
        self.environ = environ
        self.command: str = environ["REQUEST_METHOD"]
        self.path: str = environ.get("REQUEST_URI") or environ.get("PATH_INFO", "/")
        self.headers = Headers.of_environ(environ)
        self.client_address = (str(environ.get("REMOTE_ADDR", "")),
                               int(environ.get("REMOTE_PORT") or 0))
        self._budget = budget
        self.shares = contextlib.ExitStack()  # memory taken for bodies, until answered
        self.status = 500
        self.response_headers: list[tuple[str, str]] = []
        self.body = b""

    @property
    def length(self) -> int:
        """The body's length (waitress has it whole, or refused the request)."""
        raw = self.environ.get("CONTENT_LENGTH") or "0"
        return int(raw) if raw.isdigit() else 0

    def stream(self) -> IO[bytes]:
        """The body, spooled by waitress (read it in chunks: :meth:`length` bytes)."""
        stream: IO[bytes] = self.environ["wsgi.input"]
        return stream

    def read_body(self, limit: int) -> bytes:
        """The whole body in memory, up to ``limit`` bytes: its share of the memory
        budget is held until the request is answered."""
        length = self.length
        if length > limit:
            raise BodyError(413, f"the body is larger than {limit} bytes")
        self.shares.enter_context(self._budget.share(length))
        return self.stream().read(length)

    def respond(self, status: int, body: bytes, content_type: str | None,
                headers: dict[str, str] | None = None) -> None:
        self.status, self.body = int(status), body
        self.response_headers = [("Content-Type", content_type)] if content_type else []
        self.response_headers += list((headers or {}).items())
        self.response_headers.append(("Content-Length", str(len(body))))


def wsgi(handle: Callable[[Exchange], None], budget: BodyBudget) -> App:
    """A WSGI application from a handler that fills an :class:`Exchange`."""

    def app(environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        exchange = Exchange(environ, budget)
        with exchange.shares:
            handle(exchange)
        status = HTTPStatus(exchange.status)
        start_response(f"{status.value} {status.phrase}", exchange.response_headers)
        return [b"" if exchange.command == "HEAD" else exchange.body]

    return app


# -- waitress, extended ------------------------------------------------------------------


class _Parser(HTTPRequestParser):  # type: ignore[misc]
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


_WORD = re.compile(r"[a-z][a-z_-]{0,30}|v[0-9]{1,2}")  # an API's own words


def loggable_path(path: str) -> str:
    """The path's leading words (``/v2/submissions/…``): paths carry ids and secrets (a ZMS
    process's authKey), a log line neither."""
    segments = [s for s in path.split("?", 1)[0].split("/")[1:] if s]
    kept = list(itertools.takewhile(_WORD.fullmatch, segments))
    return "/" + "/".join(kept) + ("/…" if len(kept) < len(segments) else "")


class _ErrorTask(ErrorTask):  # type: ignore[misc]
    """Answers of the server itself, in the application's format; one log line."""

    def execute(self) -> None:
        error = self.request.error
        server: _Server = self.channel.server
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
        log.info("%s: %s %s refused before the application (%d)", server.name,
                 getattr(self.request, "command", "-") or "-",
                 loggable_path(getattr(self.request, "path", "") or ""), code)
        self.write(body)


class _Channel(HTTPChannel):  # type: ignore[misc]
    error_task_class = _ErrorTask

    def __init__(self, server: _Server, sock: socket.socket, addr: Any, adj: Adjustments,
                 map: dict[int, Any] | None = None) -> None:
        super().__init__(server, sock, addr, adj, map=map)
        self.parser_class = partial(_Parser, gate=server.gate, peer=str(addr[0]))
        #: When the head now being received began (the connection, for the first).
        self.head_started: float | None = self.creation_time

    def received(self, data: bytes) -> bool:
        if self.request is None and self.head_started is None and data.strip():
            self.head_started = time.time()
        result: bool = super().received(data)
        if self.request is None or self.request.headers_finished:
            self.head_started = None
        return result

    def expired(self, now: float, timeout: float) -> bool:
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

    def handle_error(self) -> None:
        log.info("%s: a connection ended with an error", self.server.name)
        self.handle_close()


class _TLSChannel(_Channel):
    """TLS on the loop (:class:`~sync.httpd_tls.TLSStream`: memory BIOs, as asyncio's).
    However the connection ends (an answer with ``Connection: close``, a deadline, an
    error, the peer's own close_notify, the server stopping), our close_notify goes out
    first, as far as the socket takes it without waiting; then the socket closes."""

    def __init__(self, server: _Server, sock: socket.socket, addr: Any, adj: Adjustments,
                 map: dict[int, Any] | None = None) -> None:
        assert server.tls is not None
        self._stream = TLSStream(server.tls)
        self._closing = False  # our close_notify is written: the socket closes once sent
        super().__init__(server, sock, addr, adj, map=map)

    def readable(self) -> bool:
        return not self._stream.peer_closed and bool(super().readable())

    def handle_read(self) -> None:
        try:
            raw = self.socket.recv(self.adj.recv_bytes)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            raw = b""
        if not raw:  # gone without close_notify (or reset): no one to say it to
            self._stream.abandon()
            self.handle_close()
            return
        self.last_activity = time.time()
        try:
            plain = self._stream.receive(raw)
        except ssl.SSLError as exc:
            self._failed(exc)
            return
        self._flush()
        if plain:
            self.received(plain)
        if self._stream.peer_closed and not self.requests:
            self.handle_close()  # answered with our close_notify

    def _failed(self, exc: ssl.SSLError) -> None:
        log.info("%s: TLS %s ended (%s)", self.server.name,
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
                log.info("%s: TLS connection ended while answering (%s)", self.server.name,
                         reason(exc))
                self._stream.abandon()
                self.connected = False
                self.will_close = True
                return 0
            self._flush()
            return written

    def writable(self) -> bool:
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
        if now - self.last_activity > timeout and (self._closing or self.unsent()):
            self._stream.abandon()  # a client that does not read what it is sent
            return True
        return bool(super().expired(now, timeout))


class _Server(TcpWSGIServer):  # type: ignore[misc]
    accept_pause_s = 1.0  # out of descriptors at accept: the listener rests this long
    def __init__(self, app: App, adj: Adjustments, *, name: str, limits: Limits,
                 tls: ssl.SSLContext | None, gate: Gate | None, render: Render) -> None:
        self.name, self.limits, self.tls, self.gate, self.render = \
            name, limits, tls, gate, render
        self.max_connections = connection_cap(limits.max_connections)
        self._paused_until = 0.0
        self._next_check = 0.0
        self._refusing = False
        super().__init__(app, map={}, adj=adj)

    def readable(self) -> bool:
        return bool(self.accepting) and time.time() >= self._paused_until

    def tick(self, now: float) -> None:
        """Between two polls, on the loop: the deadlines (at most four times a timeout)."""
        if now >= self._next_check:
            self._next_check = now + min(1.0, self.limits.request_timeout_s / 4)
            self.maintenance(now)

    def maintenance(self, now: float) -> None:
        timeout = self.limits.request_timeout_s
        for channel in list(self.active_channels.values()):
            if channel.expired(now, timeout):
                channel.will_close = True
                channel.handle_close()  # now: a socket whose client reads nothing never
                #                         turns writable, so waiting for that would not end

    def handle_accept(self) -> None:
        try:
            pair = self.accept()
        except OSError as exc:
            if exc.errno in _OUT_OF_FDS:
                self._paused_until = time.time() + self.accept_pause_s
                log.warning("%s: out of descriptors; not accepting for %.0f s", self.name,
                            self.accept_pause_s)
            return
        if pair is None:
            return
        conn, addr = pair
        if len(self.active_channels) >= self.max_connections:
            if not self._refusing:
                log.warning("%s: all %d connections busy; answering 503", self.name,
                            self.max_connections)
                self._refusing = True
            if self.tls is None:
                with contextlib.suppress(OSError):
                    conn.setblocking(False)
                    conn.send(_BUSY)
            conn.close()
            return
        self._refusing = False
        try:
            self.set_socket_options(conn)
        except OSError:
            conn.close()
            return
        (_TLSChannel if self.tls is not None else _Channel)(self, conn, addr, self.adj,
                                                            map=self._map)


def connection_cap(wanted: int) -> int:
    """``wanted``, held below the descriptor limit so that ``accept`` never runs out."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return wanted
    cap = max(1, min(wanted, soft - _FD_RESERVE))
    if cap < wanted:
        log.warning("http: %d connections at most (descriptor limit %d)", cap, soft)
    return cap


def raise_descriptor_limit(wanted: int = 8192) -> None:
    """Raise this process's soft descriptor limit towards ``wanted`` (never above the
    hard limit): a server's command calls this before it starts."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


class HttpServer:
    """A WSGI application served on ``host``:``port`` (0: any free port), HTTPS when
    ``tls`` is given. Binds in the constructor; :meth:`start` serves on a thread,
    :meth:`serve_forever` on the caller's; :meth:`stop` ends either."""

    def __init__(self, app: App, host: str, port: int, *, name: str, limits: Limits,
                 render: Render, tls: ssl.SSLContext | None = None,
                 gate: Gate | None = None) -> None:
        adj = Adjustments(
            host=host, port=port, threads=limits.threads, ident=None,
            connection_limit=limits.max_connections + 16,  # the cap is ours (503)
            channel_timeout=max(1, int(limits.request_timeout_s)),
            max_request_header_size=limits.max_header_bytes,
            max_request_body_size=limits.max_body_bytes + 1,  # waitress refuses >=
            url_scheme="https" if tls is not None else "http",
            asyncore_use_poll=True, expose_tracebacks=False, log_socket_errors=False,
            clear_untrusted_proxy_headers=False)
        self.name, self.limits = name, limits
        if tls is not None:
            harden(tls)
        self._server = _Server(app, adj, name=name, limits=limits, tls=tls, gate=gate,
                               render=render)
        self._map: dict[int, Any] = self._server._map
        self._stop = threading.Event()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        self._looping = False

    @property
    def server_address(self) -> tuple[str, int]:
        return (str(self._server.effective_host), int(self._server.effective_port))

    @property
    def max_connections(self) -> int:
        return int(self._server.max_connections)

    @property
    def connections(self) -> int:
        """Connections open now (each one the loop holds)."""
        return len(self._server.active_channels)

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, name=self.name,
                                        daemon=True)
        self._thread.start()

    def serve_forever(self) -> None:
        self._looping = True
        step = min(1.0, self.limits.request_timeout_s / 4)
        try:
            while not self._stop.is_set():
                wasyncore.poll2(step, self._map)
                self._server.tick(time.time())
        finally:
            self._close()
            self._done.set()

    def stop(self) -> None:
        self._stop.set()
        if self._looping:
            with contextlib.suppress(OSError):
                self._server.pull_trigger()
            self._done.wait(5)
        else:
            self._close()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def _close(self) -> None:
        wasyncore.close_all(self._map, ignore_all=True)
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=0.5)
