"""What an application of ``sync.httpd`` sees: the limits, a request's head for the gate,
refusals, and :class:`Exchange` for handlers written in the shape of ``http.server``'s
(``command``, ``path``, ``headers``, ``client_address``), with a :class:`BodyBudget` for
bodies held in memory. ``sync.httpd`` re-exports all of it."""

from __future__ import annotations

import contextlib
import itertools
import re
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import IO, Any, NamedTuple

from waitress.utilities import Error

Environ = dict[str, Any]
StartResponse = Callable[..., Any]
App = Callable[[Environ, StartResponse], Iterable[bytes]]
#: (status, detail) → (content type, body) for the answers the server gives by itself.
Render = Callable[[int, str], tuple[str, bytes]]


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


_WORD = re.compile(r"[a-z][a-z_-]{0,30}|v[0-9]{1,2}")  # an API's own words


def loggable_path(path: str) -> str:
    """The path's leading words (``/v2/submissions/…``): paths carry ids and secrets (a ZMS
    process's authKey), a log line neither."""
    segments = [s for s in path.split("?", 1)[0].split("/")[1:] if s]
    kept = list(itertools.takewhile(_WORD.fullmatch, segments))
    return "/" + "/".join(kept) + ("/…" if len(kept) < len(segments) else "")
