"""RUN_AUTH and RUN_CHANGE_PIN: every message the SDK can send, and who answers it.

``EidHandlerBase`` is the prompt interface (Electrum's ``HardwareHandlerBase``):
the workflow calls it on the eid thread when AusweisApp needs the citizen —
consent to the access rights, PIN, CAN, PUK, new PIN, a card — and it blocks
until the answer comes. ``ui`` has a Qt handler (signal + ``threading.Event``),
``kiosk.commands.eid`` a text one, the tests a scripted one. Answering None (or
False) cancels: the workflow sends CANCEL and waits for AusweisApp's end message.

A secret goes into exactly one command and is cleared right after sending.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from devices.eid.messages import (
    AccessRights,
    AuthResult,
    Certificate,
    Reader,
    Secret,
    Status,
    parse_access_rights,
    parse_auth_result,
    parse_certificate,
    parse_reader,
    parse_status,
)
from devices.eid.sdk import ERROR_MESSAGES, EidProtocolError, EidUnavailable, SdkConnection

log = logging.getLogger(__name__)
SIMULATOR = "Simulator"
T = TypeVar("T")


class SecretKind(enum.Enum):
    """What AusweisApp asks for."""

    PIN = "PIN"
    TRANSPORT_OR_PIN = "TRANSPORT_OR_PIN"  # change PIN: the 5-digit transport PIN too
    CAN = "CAN"
    PUK = "PUK"
    NEW_PIN = "NEW_PIN"

    @property
    def command(self) -> str:
        """The command that answers it."""
        return _ANSWER[self][0]

    @property
    def lengths(self) -> tuple[int, ...]:
        """How many digits it may have."""
        return _ANSWER[self][1]


_ANSWER: dict[SecretKind, tuple[str, tuple[int, ...]]] = {
    SecretKind.PIN: ("SET_PIN", (6,)),
    SecretKind.TRANSPORT_OR_PIN: ("SET_PIN", (5, 6)),
    SecretKind.CAN: ("SET_CAN", (6,)),
    SecretKind.PUK: ("SET_PUK", (10,)),
    SecretKind.NEW_PIN: ("SET_NEW_PIN", (6,)),
}


@dataclass(frozen=True)
class SecretRequest:
    kind: SecretKind
    reader: Reader | None
    # AusweisApp's note when our last answer was malformed (never contains the value).
    error: str = ""

    @property
    def retry_counter(self) -> int | None:
        card = self.reader.card if self.reader else None
        return card.retry_counter if card else None


class EidHandlerBase:
    """What a running workflow asks. Every method runs on the eid thread."""

    def confirm_access_rights(self, rights: AccessRights, certificate: Certificate) -> bool:
        """Show who asks for what; True when the citizen agrees."""
        return False

    def ask_secret(self, request: SecretRequest) -> Secret | None:
        """The PIN/CAN/PUK/new PIN, or None to cancel."""
        return None

    def enter_on_keypad(self, request: SecretRequest) -> None:
        """The reader has its own keypad: tell the citizen to type there."""

    def card_needed(self) -> None:
        """AusweisApp waits for a card on a reader (INSERT_CARD)."""

    def card_blocked(self, reader: Reader) -> None:
        """The PIN is blocked for good (PUK inoperative) or the eID function is off."""

    def reader_changed(self, reader: Reader) -> None:
        """A reader or card came or went (READER)."""

    def status(self, status: Status) -> None:
        """Progress of the workflow (STATUS)."""

    def paused(self, cause: str) -> bool:
        """AusweisApp paused (PAUSE, e.g. BadCardPosition); True to CONTINUE when fixed."""
        return True


@dataclass
class WorkflowOptions:
    # Answer INSERT_CARD with the built-in simulated card (tests, demonstrations).
    simulator: bool = False
    # Give up when AusweisApp says nothing for this long.
    silence_timeout_s: float = 120.0
    # How long to wait for AusweisApp's end message after CANCEL.
    cancel_timeout_s: float = 15.0


class _Run:
    """One workflow's loop; ``finish`` recognises the end message."""

    def __init__(self, conn: SdkConnection, handler: EidHandlerBase, cancel: threading.Event,
                 options: WorkflowOptions, auth: bool) -> None:
        self.conn, self.handler, self.cancel, self.options = conn, handler, cancel, options
        self.auth = auth
        self.cancel_sent = False
        self.card_set = False

    def drive(self, start: str, finish: Callable[[dict[str, Any]], T | None],
              **params: object) -> T:
        self.conn.send(start, **params)
        started = False
        last = time.monotonic()
        while True:
            if self.cancel.is_set() and not self.cancel_sent:
                self.send_cancel()
            limit = (self.options.cancel_timeout_s if self.cancel_sent
                     else self.options.silence_timeout_s)
            msg = self.conn.receive(0.25)
            if msg is None:
                if time.monotonic() - last > limit:
                    raise EidProtocolError(f"AusweisApp said nothing for {limit:.0f} s "
                                           f"during {start}")
                continue
            last = time.monotonic()
            name = msg["msg"]
            if name in ("AUTH", "CHANGE_PIN") and not started:
                started = True
                if msg.get("error"):
                    raise EidProtocolError(f"{start} refused: {msg['error']}")
            result = finish(msg)
            if result is not None:
                return result
            self.dispatch(msg)

    def send_cancel(self) -> None:
        self.cancel_sent = True
        self.conn.send("CANCEL")

    def dispatch(self, msg: dict[str, Any]) -> None:
        name = msg["msg"]
        if name == "ACCESS_RIGHTS":
            self.access_rights(msg)
        elif name in ("ENTER_PIN", "ENTER_CAN", "ENTER_PUK", "ENTER_NEW_PIN"):
            self.secret(name, msg)
        elif name == "INSERT_CARD":
            self.handler.card_needed()
            if self.options.simulator and not self.card_set and not self.cancel_sent:
                self.card_set = True
                self.conn.send("SET_CARD", name=SIMULATOR)
        elif name == "READER":
            self.handler.reader_changed(parse_reader(msg))
        elif name == "STATUS":
            self.handler.status(parse_status(msg))
        elif name == "PAUSE":
            if self.handler.paused(str(msg.get("cause", ""))) and not self.cancel_sent:
                self.conn.send("CONTINUE")
            elif not self.cancel_sent:
                self.send_cancel()
        elif name == "BAD_STATE" and self.cancel_sent:
            log.info("AusweisApp: %s came too late (the workflow was already ending)",
                     msg.get("error", "a command"))
        elif name in ERROR_MESSAGES:
            raise EidProtocolError(f"AusweisApp sent {name}: {msg.get('error', '')}")
        elif name in ("AUTH", "CHANGE_PIN", "CERTIFICATE", "READER_LIST", "INFO", "API_LEVEL"):
            pass  # answers to requests handled elsewhere, or the workflow's start
        else:
            log.info("AusweisApp sent %s, which this kiosk does not know; ignored", name)

    def access_rights(self, msg: dict[str, Any]) -> None:
        if self.cancel_sent:
            return
        if msg.get("error"):
            log.warning("AusweisApp: access rights error: %s", msg["error"])
        rights = parse_access_rights(msg)
        certificate = parse_certificate(
            self.conn.request("GET_CERTIFICATE", "CERTIFICATE", other=self.dispatch))
        if self.handler.confirm_access_rights(rights, certificate) and not self.cancel.is_set():
            self.conn.send("ACCEPT")
        else:
            self.send_cancel()

    def secret(self, name: str, msg: dict[str, Any]) -> None:
        if self.cancel_sent:
            return
        raw_reader = msg.get("reader")
        reader = parse_reader(raw_reader) if isinstance(raw_reader, dict) else None
        kind = {"ENTER_PIN": SecretKind.PIN if self.auth else SecretKind.TRANSPORT_OR_PIN,
                "ENTER_CAN": SecretKind.CAN, "ENTER_PUK": SecretKind.PUK,
                "ENTER_NEW_PIN": SecretKind.NEW_PIN}[name]
        request = SecretRequest(kind, reader, str(msg.get("error") or ""))
        if reader is not None and reader.card is not None and (
                reader.card.deactivated or (kind is SecretKind.PUK and reader.card.inoperative)):
            self.handler.card_blocked(reader)
            self.send_cancel()
            return
        if reader is not None and reader.keypad:
            self.handler.enter_on_keypad(request)
            self.conn.send(kind.command)
            return
        secret = self.handler.ask_secret(request)
        if secret is None or self.cancel.is_set():
            if secret is not None:
                secret.clear()
            self.send_cancel()
            return
        try:
            self.conn.send(kind.command, value=secret)
        finally:
            secret.clear()


def run_auth(conn: SdkConnection, handler: EidHandlerBase, tc_token_url: str, *,
             cancel: threading.Event | None = None,
             options: WorkflowOptions | None = None) -> AuthResult:
    """RUN_AUTH to its final AUTH message (also when cancelled: the result says so)."""
    run = _Run(conn, handler, cancel or threading.Event(), options or WorkflowOptions(), True)

    def finish(msg: dict[str, Any]) -> AuthResult | None:
        return parse_auth_result(msg) if msg["msg"] == "AUTH" else None

    result = run.drive("RUN_AUTH", finish, tcTokenURL=tc_token_url, status=True)
    log.info("eID authentication ended: %s %s", result.short_major, result.short_minor)
    return result


def run_change_pin(conn: SdkConnection, handler: EidHandlerBase, *,
                   cancel: threading.Event | None = None,
                   options: WorkflowOptions | None = None) -> bool:
    """RUN_CHANGE_PIN to its final CHANGE_PIN message; True when the PIN was changed."""
    run = _Run(conn, handler, cancel or threading.Event(), options or WorkflowOptions(), False)

    def finish(msg: dict[str, Any]) -> bool | None:
        if msg["msg"] == "CHANGE_PIN" and isinstance(msg.get("success"), bool):
            return bool(msg["success"])
        return None

    success = run.drive("RUN_CHANGE_PIN", finish, status=True)
    log.info("eID PIN change ended: %s", "changed" if success else "not changed")
    return success


__all__ = ["EidHandlerBase", "EidProtocolError", "EidUnavailable", "SecretKind",
           "SecretRequest", "WorkflowOptions", "run_auth", "run_change_pin"]
