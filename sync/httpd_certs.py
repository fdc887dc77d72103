"""A server's TLS certificate from PEM files, taken again when the files change.

A certificate is renewed while the server runs (the tablet's and the stand-in's are
files an administrator or a renewal job replaces). :class:`CertificateFiles` looks at
the files' size, time and inode at most every ``check_s`` seconds (on the server's
loop, a ``stat`` of two files); when they changed it loads them into a new context
(hardened like the first, ``sync.httpd_tls.harden``), and new connections get it.
Connections already open keep theirs. New files that cannot be used (half written, the
key not matching the certificate, not PEM, a certificate that has expired or is not
valid yet: every client would refuse it) are refused with one log line naming the
files and the reason, and the server goes on with the certificate it has; once the
files change again they are tried again (a certificate and its key written one after
the other are taken once both are in place). A server cannot start with an expired
certificate either (:class:`CertificateUnusable`, the date in its message).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import ssl
import time
from pathlib import Path

from cryptography import x509

from sync.httpd_tls import harden, reason

log = logging.getLogger("sync.httpd")

_Stamp = tuple[tuple[int, int, int] | None, ...]


class CertificateUnusable(OSError):
    """The certificate is outside its validity (``strerror`` says when it was valid)."""

    def __init__(self, why: str) -> None:
        super().__init__(None, why)


def _check_validity(cert: Path, now: dt.datetime | None = None) -> None:
    """The server's certificate (the file's first) is valid now, or
    :class:`CertificateUnusable`. Clients refuse an expired one, whatever the server
    does: serving it would only move the error to every counter and terminal."""
    try:
        leaf = x509.load_pem_x509_certificate(cert.read_bytes())
    except ValueError:
        return  # not this check's business: OpenSSL has said what is wrong with it
    now = now or dt.datetime.now(dt.UTC)
    if now > leaf.not_valid_after_utc:
        raise CertificateUnusable(
            f"the certificate expired on {leaf.not_valid_after_utc:%Y-%m-%d %H:%M} UTC; "
            "install a renewed one")
    if now < leaf.not_valid_before_utc:
        raise CertificateUnusable(
            f"the certificate is valid only from {leaf.not_valid_before_utc:%Y-%m-%d %H:%M}"
            " UTC; check the machine's clock or the certificate's dates")


class CertificateFiles:
    """``cert``: the chain (the server's certificate first), ``key``: its private key
    (``None``: in ``cert``). The constructor loads them: ``OSError`` (also
    :class:`CertificateUnusable`) or ``ssl.SSLError`` if they cannot be used (a server
    cannot start without)."""

    def __init__(self, cert: Path, key: Path | None = None, *, check_s: float = 5.0,
                 name: str = "https") -> None:
        self.cert, self.key, self.check_s, self.name = cert, key, check_s, name
        self._stamp = self._stamps()
        self.context = self._load()
        self._next = time.monotonic() + check_s

    def _stamps(self) -> _Stamp:
        stamps = []
        for path in (self.cert, self.key):
            try:
                status = os.stat(path) if path is not None else None
            except OSError:
                status = None
            stamps.append((status.st_mtime_ns, status.st_size, status.st_ino)
                          if status is not None else None)
        return tuple(stamps)

    def _load(self) -> ssl.SSLContext:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(self.cert), str(self.key) if self.key else None)
        _check_validity(self.cert)
        return harden(context)

    def check(self, now: float) -> ssl.SSLContext:
        """The context for new connections; the files looked at if ``check_s`` has
        passed since the last look (``now``: ``time.monotonic()``)."""
        if now < self._next:
            return self.context
        self._next = now + self.check_s
        stamp = self._stamps()
        if stamp == self._stamp:
            return self.context
        self._stamp = stamp
        try:
            context = self._load()
        except (OSError, ssl.SSLError) as exc:  # SSLError is an OSError; named for the reader
            why = exc.strerror if not isinstance(exc, ssl.SSLError) else reason(exc)
            log.error("%s: the changed TLS certificate %s or its key %s cannot be used "
                      "(%s); still serving the one loaded before", self.name, self.cert,
                      self.key or self.cert, why or type(exc).__name__)
            return self.context
        self.context = context
        log.info("%s: TLS certificate %s taken again (changed)", self.name, self.cert)
        return context
