"""One connection to the AusweisApp SDK: a transport seam and the WebSocket behind it.

``Transport`` is the seam (as pyscard's ``doTransmit``): the real one is
``WebSocketTransport`` (the ``websockets`` library's synchronous client,
imported only when a connection is opened, on the eid thread); tests can put a
scripted one in its place for error paths the real AusweisApp cannot produce.

``SdkConnection`` does the shared work: commands out, messages in, the list of
readers kept current from READER/READER_LIST, and a trace of message *names*
(never values) that tests assert on and that goes to the debug log.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, Protocol

from devices.eid.messages import (
    API_LEVEL,
    Reader,
    command_json,
    describe_command,
    parse_message,
    parse_reader,
    parse_readers,
)
from kiosk.base.errors import DeviceError
from kiosk.base.i18n import N_

log = logging.getLogger(__name__)
DEFAULT_URL = "ws://127.0.0.1:24727/eID-Kernel"
USER_AGENT = "Buergerbuero-Kiosk"

OFFLINE_MESSAGE = N_(
    "Eid", "The online ID function is not available at the moment. You can type in your "
    "details instead, have your ID card read at the card reader, or have it checked at "
    "the counter.")
FAILED_MESSAGE = N_(
    "Eid", "The online ID function stopped with an error. Please type in your details "
    "instead, or ask the staff at the counter for help.")
# Messages that say our command was wrong: a bug on our side or in AusweisApp.
ERROR_MESSAGES = frozenset({"BAD_STATE", "INVALID", "UNKNOWN_COMMAND", "INTERNAL_ERROR"})


class EidUnavailable(DeviceError):
    """AusweisApp (or the eID server behind it) cannot be reached: the offline path."""

    def __init__(self, detail: str) -> None:
        super().__init__(OFFLINE_MESSAGE, detail=detail)


class EidProtocolError(DeviceError):
    """AusweisApp answered with an error message (BAD_STATE, INVALID, …) or nonsense."""

    def __init__(self, detail: str) -> None:
        super().__init__(FAILED_MESSAGE, detail=detail)


class Transport(Protocol):
    def send(self, text: str) -> None: ...

    def recv(self, timeout: float) -> str | None:
        """The next message, or None when none came within ``timeout`` seconds."""

    def close(self) -> None: ...


class WebSocketTransport:
    """The SDK's WebSocket (RFC 6455 framing by the ``websockets`` library)."""

    def __init__(self, url: str, *, open_timeout: float = 5.0) -> None:
        from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
        from websockets.sync.client import connect

        self._closed_errors: tuple[type[Exception], ...] = (ConnectionClosed,)
        self._stack = ExitStack()
        try:
            self._ws = self._stack.enter_context(
                connect(url, open_timeout=open_timeout, user_agent_header=USER_AGENT,
                        max_size=2**20))
        except InvalidURI as exc:
            raise EidUnavailable(f"eid_url {url!r} is not a WebSocket URL: {exc}") from None
        except InvalidHandshake as exc:
            # 409: another workflow runs, 429: someone else is connected, 503: SDK disabled.
            raise EidUnavailable(f"AusweisApp refused the connection: {exc}") from None
        except (OSError, TimeoutError) as exc:
            raise EidUnavailable(f"AusweisApp is not reachable at {url}: "
                                 f"{type(exc).__name__}: {exc}") from None

    def send(self, text: str) -> None:
        try:
            self._ws.send(text)
        except self._closed_errors as exc:
            raise EidUnavailable(f"AusweisApp closed the connection: {exc}") from None

    def recv(self, timeout: float) -> str | None:
        try:
            data = self._ws.recv(timeout=timeout)
        except TimeoutError:
            return None
        except self._closed_errors as exc:
            raise EidUnavailable(f"AusweisApp closed the connection: {exc}") from None
        return data if isinstance(data, str) else data.decode("utf-8", "replace")

    def close(self) -> None:
        self._stack.close()


@dataclass(frozen=True)
class EidInfo:
    """What ``buergerbuero eid info`` reports."""

    name: str
    version: str
    specification: str
    api_available: tuple[int, ...]
    api_current: int
    readers: tuple[Reader, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version,
                "specification": self.specification,
                "api_level": {"available": list(self.api_available),
                              "current": self.api_current},
                "readers": [r.as_dict() for r in self.readers]}


class SdkConnection:
    """Commands out, messages in, over one transport."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport
        self.readers: dict[str, Reader] = {}
        # "> CMD" and "< MSG" names in order, for tests and the debug log.
        self.trace: list[str] = []

    @classmethod
    def open(cls, url: str, *, open_timeout: float = 5.0) -> SdkConnection:
        return cls(WebSocketTransport(url, open_timeout=open_timeout))

    def send(self, cmd: str, **params: object) -> None:
        self.trace.append("> " + cmd)
        log.debug("eID command %s", describe_command(cmd, **params))
        self._transport.send(command_json(cmd, **params))

    def receive(self, timeout: float) -> dict[str, Any] | None:
        text = self._transport.recv(timeout)
        if text is None:
            return None
        try:
            msg = parse_message(text)
        except ValueError as exc:
            raise EidProtocolError(str(exc)) from None
        name = msg["msg"]
        self.trace.append("< " + name)
        log.debug("eID message %s", name)
        if name == "READER":
            reader = parse_reader(msg)
            self.readers[reader.name] = reader
        elif name == "READER_LIST":
            self.readers = {r.name: r for r in parse_readers(msg)}
        return msg

    def request(self, cmd: str, expect: str, *, timeout: float = 10.0,
                other: Callable[[dict[str, Any]], None] | None = None,
                **params: object) -> dict[str, Any]:
        """Send ``cmd`` and return the first ``expect`` message; others go to ``other``."""
        self.send(cmd, **params)
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            msg = self.receive(left)
            if msg is None:
                break
            if msg["msg"] == expect:
                return msg
            if msg["msg"] in ERROR_MESSAGES:
                raise EidProtocolError(f"{cmd} answered by {msg['msg']}: {msg.get('error', '')}")
            if other is not None:
                other(msg)
        raise EidProtocolError(f"no {expect} within {timeout:.0f} s after {cmd}")

    def negotiate(self) -> tuple[tuple[int, ...], int]:
        """Use API level 2 (AusweisApp2 1.24 and later); returns (available, current)."""
        msg = self.request("GET_API_LEVEL", "API_LEVEL")
        available = tuple(v for v in msg.get("available", []) if isinstance(v, int))
        if API_LEVEL not in available:
            raise EidUnavailable(f"AusweisApp offers API levels {available}, the kiosk needs "
                                 f"{API_LEVEL}: update AusweisApp to 1.24 or later")
        msg = self.request("SET_API_LEVEL", "API_LEVEL", level=API_LEVEL)
        if msg.get("error"):
            raise EidProtocolError(f"SET_API_LEVEL {API_LEVEL}: {msg['error']}")
        current = msg.get("current")
        return available, current if isinstance(current, int) else API_LEVEL

    def info(self) -> EidInfo:
        """GET_INFO, the API level and GET_READER_LIST."""
        version = self.request("GET_INFO", "INFO").get("VersionInfo")
        version = version if isinstance(version, dict) else {}
        available, current = self.negotiate()
        readers = parse_readers(self.request("GET_READER_LIST", "READER_LIST"))
        if not readers:
            readers = self.settle_readers()
        return EidInfo(str(version.get("Name", "")), str(version.get("Implementation-Version", "")),
                       f"{version.get('Specification-Title', '')} "
                       f"{version.get('Specification-Version', '')}".strip(),
                       available, current, readers)

    def settle_readers(self, within_s: float = 3.0) -> tuple[Reader, ...]:
        """Wait briefly for READER messages: a freshly started AusweisApp attaches its
        readers (the Simulator among them) a moment after it answers commands."""
        deadline = time.monotonic() + within_s
        while not self.readers and (left := deadline - time.monotonic()) > 0:
            if self.receive(min(left, 0.5)) is None and not self.readers:
                self.readers = {r.name: r for r in parse_readers(
                    self.request("GET_READER_LIST", "READER_LIST"))}
        return tuple(self.readers.values())

    def close(self) -> None:
        try:
            self._transport.close()
        except OSError as exc:
            log.debug("closing the eID connection: %s", exc)
