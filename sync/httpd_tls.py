"""TLS for one server connection on a non-blocking loop, through ``ssl.MemoryBIO``.

The loop hands the stream the ciphertext it read from the socket
(:meth:`TLSStream.receive`, which gives back the plaintext), the workers hand it the
answer's plaintext (:meth:`TLSStream.encrypt`), and :meth:`TLSStream.flush` sends what
ciphertext the socket takes now, never waiting. Nothing here blocks, and nothing here
knows HTTP or waitress: ``sync/httpd.py`` drives it.

How the memory BIOs are used (Python's "Memory BIO Support"):

- the handshake is driven by every piece of ciphertext that arrives; ``SSLWantReadError``
  only means "more bytes, please". The outgoing BIO grows as needed, so
  ``SSLWantWriteError`` never means more than "flush, and carry on";
- whatever OpenSSL writes while reading (the server's handshake flights, TLS 1.3
  session tickets after the handshake, an answer to a key update, the alert for a
  broken handshake) is collected after every read and sent with the next flush;
- the stream reads until OpenSSL has nothing more, so no decrypted bytes wait inside
  it while an answer goes out;
- :meth:`TLSStream.close_notify` writes our close_notify (``unwrap``) into the outgoing
  BIO, without waiting for the peer's; a stream whose peer is gone, or that failed, or
  whose handshake never finished, writes nothing;
- client-initiated renegotiation is refused (:func:`harden`): it costs the server a
  handshake each time, and a write in the middle of one would have to wait for a read.
"""

from __future__ import annotations

import ssl
import threading
from typing import Protocol

_READ_BYTES = 16 * 1024  # one TLS record's plaintext at most: what one read returns
_AGAIN = (ssl.SSLWantReadError, ssl.SSLWantWriteError)


class Sender(Protocol):
    def send(self, data: bytes | bytearray, /) -> int: ...


def harden(context: ssl.SSLContext) -> ssl.SSLContext:
    """``context`` as a server's: TLS 1.2 at least, no renegotiation, no compression, no
    TLS 1.2 session tickets, ALPN ``http/1.1``. Python's server contexts start at TLS
    1.2; one set lower is raised, one that allows nothing from TLS 1.2 on is refused
    (``ValueError``).

    Session tickets: a TLS 1.2 ticket is the session's keys encrypted under a ticket key
    OpenSSL makes at start and never changes, so whoever gets that key from a running
    server can decrypt every recorded session resumed with a ticket since it started
    (the forward secrecy of ECDHE undone). ``OP_NO_TICKET`` turns them off; a TLS 1.2
    client resumes by session id from the context's cache instead, and TLS 1.3 tickets
    become references into that cache (OpenSSL's stateful tickets) rather than sealed
    keys.
    ALPN: a client that offers ``h2`` first learns that this server speaks HTTP/1.1
    (waitress has no HTTP/2), instead of guessing from no answer."""
    if context.maximum_version not in (ssl.TLSVersion.MAXIMUM_SUPPORTED,) \
            and context.maximum_version < ssl.TLSVersion.TLSv1_2:
        raise ValueError("the TLS context allows no version from TLS 1.2 on")
    if context.minimum_version < ssl.TLSVersion.TLSv1_2:
        context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.options |= ssl.OP_NO_RENEGOTIATION | ssl.OP_NO_COMPRESSION | ssl.OP_NO_TICKET
    context.set_alpn_protocols(["http/1.1"])
    return context


def reason(exc: Exception) -> str:
    """What a TLS failure was, for a log line: OpenSSL's reason code, or the error's
    type (no data of the peer's: no address, no bytes it sent)."""
    return str(getattr(exc, "reason", None) or type(exc).__name__)


class TLSStream:
    """The server side of one TLS connection. ``lock`` is held for every use of the
    TLS object: the loop reads while a worker writes."""

    def __init__(self, context: ssl.SSLContext) -> None:
        self._incoming, self._outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self._tls = context.wrap_bio(self._incoming, self._outgoing, server_side=True)
        self.lock = threading.RLock()
        self._pending = bytearray()  # ciphertext the socket did not take yet
        self.handshaken = False
        self.peer_closed = False  # the peer's close_notify arrived: it sends no more
        self.shut = False  # no more goes out: our close_notify is written, or given up
        self.broken = False  # the socket failed: nothing can be sent any more

    @property
    def pending(self) -> int:
        """Bytes of ciphertext waiting for the socket."""
        return len(self._pending)

    def receive(self, raw: bytes) -> bytes:
        """The plaintext ``raw`` completes (``b""`` while a handshake or a record is
        incomplete). ``ssl.SSLError`` when the peer breaks TLS; OpenSSL's alert for it
        is then pending, for one last :meth:`flush`."""
        with self.lock:
            self._incoming.write(raw)
            try:
                return self._read()
            finally:
                self._collect()

    def _read(self) -> bytes:
        if not self.handshaken:
            try:
                self._tls.do_handshake()
            except _AGAIN:
                return b""
            self.handshaken = True
        chunks = []
        while not self.peer_closed:
            try:
                chunk = self._tls.read(_READ_BYTES)
            except _AGAIN:
                break
            except ssl.SSLZeroReturnError:
                self.peer_closed = True
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def encrypt(self, data: bytes) -> int:
        """Encrypt ``data`` into the pending ciphertext; how much was taken (0 once
        the stream is shut). ``ssl.SSLError`` when TLS cannot go on."""
        with self.lock:
            if self.shut or self.broken or not self.handshaken:
                return 0
            written = int(self._tls.write(data))
            self._collect()
            return written

    def flush(self, sock: Sender) -> int:
        """Send what pending ciphertext ``sock`` takes now; the bytes sent. A socket
        that fails (the peer went away) marks the stream ``broken`` and drops the rest."""
        sent = 0
        with self.lock:
            while self._pending:
                try:
                    count = sock.send(self._pending)
                except (BlockingIOError, InterruptedError):
                    break
                except OSError:
                    self.broken = True
                    self.abandon()
                    break
                if count <= 0:
                    break
                del self._pending[:count]
                sent += count
        return sent

    def close_notify(self) -> None:
        """Write our close_notify (once; never raises). The peer's is not waited for."""
        with self.lock:
            if self.shut:
                return
            self.shut = True
            if not self.handshaken or self.broken:
                return  # no session to close, or no one to tell
            try:
                self._tls.unwrap()
            except _AGAIN:
                pass  # written; the peer's close_notify is not awaited
            except ssl.SSLError:
                return  # TLS is broken already: nothing polite can be said
            self._collect()

    def abandon(self) -> None:
        """Nothing more goes out (a peer that does not read, or that went away)."""
        with self.lock:
            self._pending.clear()
            self.shut = True

    def _collect(self) -> None:
        data = self._outgoing.read()
        if data:
            self._pending += data
