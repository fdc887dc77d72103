"""The HTTP side the small local stand-ins share: the payment platform's
(:mod:`sync.reference.xbezahldienste`) and the appointment system's
(:mod:`sync.reference.zms`).

Served by waitress through :mod:`sync.httpd`, as the FIT-Connect stand-in is, with
limits for APIs that take JSON of a few KB (:data:`LIMITS`). Each stand-in declares its
routes (:class:`Route`) and :class:`StandIn` answers from them:

- on the request's head, before a byte of its body is read (the connection closes
  after): a method the route does not take 405 with ``Allow``, a chunked body 411, a
  route's credentials missing 401, a body on a GET 413, a body that is not of the
  route's media type 415, a body over :data:`MAX_BODY_BYTES` 413 (waitress's own
  check), an unknown route with a body 404;
- in the application: an unknown route 404 (501 for a method no route takes), a body
  read whole through the memory budget, a handler's bug one log line and a 500.

Every answer, the server's own too, is in the stand-in's format (its ``render``).
:attr:`StandIn.requests` lists the method and path of every request that reached the
application, in order.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import Final, NamedTuple, Self
from urllib.parse import urlsplit

from sync.httpd import (
    BodyBudget,
    BodyError,
    Busy,
    Exchange,
    Head,
    Headers,
    HttpServer,
    Limits,
    Refusal,
    Render,
    wsgi,
)

log = logging.getLogger(__name__)

#: The largest body either stand-in takes (their JSON is a few hundred bytes).
MAX_BODY_BYTES: Final = 16 * 1024
LIMITS: Final = Limits(request_timeout_s=10.0, max_connections=64,
                       max_body_bytes=MAX_BODY_BYTES, max_header_bytes=16 * 1024, threads=4,
                       memory_bodies=4)
JSON: Final = "application/json"
FORM: Final = "application/x-www-form-urlencoded"

Handler = Callable[[Exchange, re.Match[str]], None]


class Route(NamedTuple):
    """``method`` on the paths ``pattern`` matches whole. ``media``: the media type a
    body must have (else 415; None: any, the handler does not read it); ``private``:
    the stand-in's credentials are required (:meth:`StandIn.authorised`)."""

    method: str
    pattern: re.Pattern[str]
    handler: Handler
    media: str | None = None
    private: bool = False


def media_type(content_type: str) -> str:
    """``application/json`` of ``Application/JSON; charset=utf-8``."""
    return content_type.split(";", 1)[0].strip().lower()


class StandIn:
    """A stand-in served on 127.0.0.1 (a free port); binds in the constructor, so
    :attr:`url` is known. ``not_found``, ``denied``: the details of its 404 and 401."""

    def __init__(self, name: str, routes: Sequence[Route], render: Render, *,
                 not_found: str, denied: str, limits: Limits = LIMITS) -> None:
        self.requests: list[str] = []  # method and path, in order
        self._routes = tuple(routes)
        self._render, self._not_found, self._denied = render, not_found, denied
        self.limits = limits
        budget = BodyBudget(limits.memory_bodies * limits.max_body_bytes)
        self._httpd = HttpServer(wsgi(self._handle, budget), "127.0.0.1", 0, name=name,
                                 limits=limits, render=render, gate=self._gate)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def start(self) -> Self:
        self._httpd.start()
        return self

    def stop(self) -> None:
        self._httpd.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def authorised(self, headers: Headers) -> bool:
        """Whether the request carries the stand-in's credentials (private routes)."""
        return False

    def body(self, exchange: Exchange) -> bytes:
        """The request's body (empty without ``Content-Length``)."""
        return exchange.read_body(self.limits.max_body_bytes)

    def answer(self, exchange: Exchange, status: int, detail: str,
               headers: dict[str, str] | None = None) -> None:
        """An error in the stand-in's format."""
        content_type, body = self._render(status, detail)
        exchange.respond(status, body, content_type, headers)

    def _resolve(self, method: str, path: str
                 ) -> tuple[Route, re.Match[str]] | Refusal | None:
        """The route and its match, a 405 (the path takes other methods) or None."""
        methods = []
        for route in self._routes:
            match = route.pattern.fullmatch(path)
            if match is not None:
                if route.method == method:
                    return route, match
                methods.append(route.method)
        if not methods:
            return None
        allow = ", ".join(methods)
        return Refusal(405, f"this route takes {allow}", [("Allow", allow)])

    def _gate(self, head: Head) -> Refusal | None:
        with_body = head.length > 0 or head.chunked
        found = self._resolve(head.method, urlsplit(head.target).path)
        if found is None:
            return Refusal(404, self._not_found) if with_body else None
        if isinstance(found, Refusal):
            return found
        route = found[0]
        if head.chunked:
            return Refusal(411, "send the body with Content-Length")
        if route.private and not self.authorised(head.headers):
            return Refusal(401, self._denied)
        if with_body and route.method == "GET":
            return Refusal(413, "GET takes no body")
        if with_body and route.media is not None \
                and media_type(head.headers.get("Content-Type")) != route.media:
            return Refusal(415, f"the body must be {route.media}")
        return None

    def _handle(self, exchange: Exchange) -> None:
        path = urlsplit(exchange.path).path
        self.requests.append(f"{exchange.command} {path}")
        found = self._resolve(exchange.command, path)
        try:
            if found is None:
                known = any(route.method == exchange.command for route in self._routes)
                self.answer(exchange, 404 if known else 501, self._not_found if known
                            else f"{exchange.command} is not supported")
            elif isinstance(found, Refusal):
                self.answer(exchange, found.code, str(found.body), dict(found.headers))
            else:
                route, match = found
                route.handler(exchange, match)
        except Busy:
            self.answer(exchange, 503, "busy; try again", {"Retry-After": "1"})
        except BodyError as exc:
            self.answer(exchange, exc.status, str(exc))
        except Exception as exc:  # noqa: BLE001 - a bug: one line and a 500, never a crash
            log.error("%s: %s failed: %s", self._httpd.name, exchange.command,
                      type(exc).__name__)
            self.answer(exchange, 500, "internal error")
