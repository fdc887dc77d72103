"""The project's HTTP serving: waitress, with TLS, deadlines, a connection cap and a gate.

Every HTTP server of the project (the FIT-Connect stand-in, ``sync.reference.server``,
the counter tablet's API, ``kiosk.tablet.server``, and the payment and ZMS stand-ins,
``sync.reference.standin``) is a WSGI application served by
waitress (docs/fitconnect.md says why waitress). Waitress reads and parses every request
on one asyncore loop (``poll``, so more than 1,024 descriptors work) and hands only a
complete request, its body spooled to a temporary file beyond 512 KB, to a worker
thread: a connection that sends nothing, or a byte a second, costs a descriptor and a
few kilobytes, never a thread. Around it, this module adds what waitress leaves out:

- **TLS** on the same loop (``sync.httpd_tlschannel`` over ``sync.httpd_tls``: memory
  BIOs, as asyncio does it), so a slow handshake holds nothing either; the costly part
  of a handshake (the signature, the key share) runs on a handshake thread (half the
  cores), so a flood of ClientHellos does not hold up the loop and the clients it
  serves, and the threads take the clients' addresses in turn, so a flood from one
  machine does not hold up a new client from another; TLS 1.2 at least, no TLS 1.2
  session tickets, ALPN ``http/1.1``, every close says close_notify, failed handshakes
  are logged ten a minute (then summed up), and a certificate whose files change is
  taken again (``sync.httpd_certs``);
- **deadlines**: the request line and headers must arrive within ``request_timeout_s``
  of their first byte (of the connection, for the first request); a connection silent
  that long (between requests, or in a body) is closed, and so is one that takes no
  byte of its answer for that long (the worker writing it is freed). A request the
  application is working on (a long poll) is never cut;
- **a lingering close**: when the server closes (after an error answer, ``Connection:
  close``), it shuts its side and drops what the client still sends for up to 2 s, so
  no reset destroys the answer before the client reads it (``sync.httpd_channel``);
- **a connection cap** answered at once: beyond ``max_connections`` a new connection
  gets ``503`` with ``Retry-After`` (over TLS after the handshake; 16 such answers at
  a time, each given 3 s, further connections are closed) instead of waiting
  unaccepted. The cap is held below the process's descriptor limit, and when
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
take ten times the memory (``sync.httpd_api``, re-exported here).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import resource
import ssl
import threading
import time
from typing import Any

from waitress import wasyncore
from waitress.adjustments import Adjustments
from waitress.server import TcpWSGIServer

from sync.httpd_api import (
    App,
    BodyBudget,
    BodyError,
    Busy,
    Environ,
    Exchange,
    Gate,
    Head,
    Headers,
    Limits,
    Refusal,
    Render,
    StartResponse,
    loggable_path,
    wsgi,
)
from sync.httpd_certs import CertificateFiles
from sync.httpd_channel import BUSY, Channel
from sync.httpd_handshakes import FairHandshakes
from sync.httpd_logbudget import FailureLog, LogBudget
from sync.httpd_tls import harden
from sync.httpd_tlschannel import TLSChannel

__all__ = ["App", "BodyBudget", "BodyError", "Busy", "CertificateFiles", "Environ",
           "Exchange", "Gate", "Head", "Headers", "HttpServer", "Limits", "Refusal", "Render",
           "StartResponse", "connection_cap", "loggable_path", "raise_descriptor_limit",
           "wsgi"]

log = logging.getLogger(__name__)

#: Connections beyond the cap answered 503 at once (over TLS after the handshake) and
#: closed lingering; further ones are closed (plain HTTP: after a 503 sent blindly).
REFUSALS = 16
_OUT_OF_FDS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
#: Threads for TLS handshakes: half the cores (a flood of handshakes leaves the loop and
#: the workers the rest; OpenSSL releases the GIL while it computes).
HANDSHAKE_THREADS = max(1, min(4, (os.cpu_count() or 2) // 2))
_FD_RESERVE = 64  # descriptors kept free for spooled bodies, the store, logs, the loop


class _Server(TcpWSGIServer):  # type: ignore[misc]
    accept_pause_s = 1.0  # out of descriptors at accept: the listener rests this long
    def __init__(self, app: App, adj: Adjustments, *, name: str, limits: Limits,
                 tls: ssl.SSLContext | CertificateFiles | None, gate: Gate | None,
                 render: Render) -> None:
        self.name, self.limits, self.gate, self.render = name, limits, gate, render
        self.certificates = tls if isinstance(tls, CertificateFiles) else None
        #: The context new connections get (the certificate files', as they change).
        self.tls = tls.context if isinstance(tls, CertificateFiles) else tls
        self.max_connections = connection_cap(limits.max_connections)
        self._paused_until = 0.0
        self._next_check = 0.0
        self._refusing = False
        self.refusals = 0  # connections beyond the cap being answered 503 now
        self.tls_failures = FailureLog(name)
        self.refusal_log = LogBudget(name, "requests refused before the application")
        self.connection_errors = LogBudget(name, "connections that ended with an error")
        try:
            super().__init__(app, map={}, adj=adj)  # binds
        except OSError:  # the port is taken: what waitress made before binding goes
            self._discard()
            raise
        #: TLS handshakes (their signatures and key shares) run here, off the loop, the
        #: clients' addresses in turn (``sync.httpd_handshakes``).
        self.handshakes = FairHandshakes(HANDSHAKE_THREADS, name) if tls is not None \
            else None

    def _discard(self) -> None:
        """After a failed bind: waitress's workers (``threads`` of them), its trigger's
        pipe and the socket, which a failed start left behind, each time."""
        dispatcher = getattr(self, "task_dispatcher", None)
        if dispatcher is not None:
            dispatcher.shutdown(cancel_pending=True, timeout=0.5)
        for closable in (getattr(self, "trigger", None), getattr(self, "socket", None)):
            if closable is not None:
                with contextlib.suppress(OSError):  # one failing must not keep the other
                    closable.close()

    def readable(self) -> bool:
        return bool(self.accepting) and time.time() >= self._paused_until

    def tick(self, now: float) -> None:
        """Between two polls, on the loop: the deadlines (at most four times a timeout)."""
        if now >= self._next_check:
            self._next_check = now + min(1.0, self.limits.request_timeout_s / 4)
            self.maintenance(now)
            self.tls_failures.tick(time.monotonic())
            self.refusal_log.tick(time.monotonic())
            self.connection_errors.tick(time.monotonic())
            if self.certificates is not None:
                self.tls = self.certificates.check(time.monotonic())

    def maintenance(self, now: float) -> None:
        timeout = self.limits.request_timeout_s
        for channel in list(self.active_channels.values()):
            if channel.expired(now, timeout):
                channel.will_close, channel.linger = True, False
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
        busy = len(self.active_channels) - self.refusals >= self.max_connections
        if busy and not self._refusing:
            log.warning("%s: all %d connections busy; answering 503", self.name,
                        self.max_connections)
        self._refusing = busy
        if busy and self.refusals >= REFUSALS:  # no descriptor to spare: the short way
            if self.tls is None:
                with contextlib.suppress(OSError):
                    conn.setblocking(False)
                    conn.send(BUSY)
            conn.close()
            return
        try:
            self.set_socket_options(conn)
        except OSError:
            conn.close()
            return
        channel = (TLSChannel if self.tls is not None else Channel)(self, conn, addr,
                                                                    self.adj, map=self._map)
        if busy:
            self.refusals += 1
            channel.refuse()


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
    ``tls`` is given (a context, or :class:`~sync.httpd_certs.CertificateFiles`, whose
    certificate is taken again when its files change). Binds in the constructor;
    :meth:`start` serves on a thread, :meth:`serve_forever` on the caller's; :meth:`stop`
    ends either."""

    def __init__(self, app: App, host: str, port: int, *, name: str, limits: Limits,
                 render: Render, tls: ssl.SSLContext | CertificateFiles | None = None,
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
        if isinstance(tls, ssl.SSLContext):
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
        if self._server.handshakes is not None:
            self._server.handshakes.shutdown()
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=0.5)
