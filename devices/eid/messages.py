"""The AusweisApp SDK's messages as typed values, and commands as JSON.

Reference: the SDK documentation of AusweisApp2 1.26 (commands, messages,
workflow). Unknown fields are ignored and unknown messages kept by name, so a
newer AusweisApp does not break the kiosk.

A PIN, CAN or PUK travels as a ``Secret``: its ``repr`` and ``str`` never show
the digits, so it cannot end up in a log line, an exception or a trace. Only
``command_json`` reveals it, to the one string sent over the socket.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

RESULT_OK = "http://www.bsi.bund.de/ecard/api/1.1/resultmajor#ok"
_MINOR = "http://www.bsi.bund.de/ecard/api/1.1/resultminor"
# Minor codes meaning the eID server (or the network to it) could not be reached.
OFFLINE_MINORS = frozenset({
    _MINOR + "/dp#trustedChannelEstablishmentFailed",
    _MINOR + "/dp#timeout",
    _MINOR + "/dp#communicationError",
    _MINOR + "/dp#nodeNotReachable",
    _MINOR + "/al/common#communicationError",
    _MINOR + "/al/common#warningConnectionDisconnected",
})
CANCELLED_MINORS = frozenset({
    _MINOR + "/sal#cancellationByUser",
    _MINOR + "/ifdl#cancellationByUser",
})
# The API level this client is written against (AusweisApp2 1.24 and later).
API_LEVEL = 2


class Secret:
    """A PIN, CAN or PUK. Never printed; ``clear()`` drops the reference early."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value: str | None = value

    def reveal(self) -> str:
        if self._value is None:
            raise ValueError("secret already cleared")
        return self._value

    def clear(self) -> None:
        self._value = None

    def __len__(self) -> int:
        return len(self._value or "")

    def __repr__(self) -> str:
        return "Secret(<redacted>)"

    __str__ = __repr__


@dataclass(frozen=True)
class Card:
    retry_counter: int
    deactivated: bool = False
    inoperative: bool = False


@dataclass(frozen=True)
class Reader:
    name: str
    attached: bool = True
    insertable: bool = False
    keypad: bool = False
    card: Card | None = None

    def as_dict(self) -> dict[str, Any]:
        card = None if self.card is None else {
            "retryCounter": self.card.retry_counter, "deactivated": self.card.deactivated,
            "inoperative": self.card.inoperative}
        return {"name": self.name, "attached": self.attached, "insertable": self.insertable,
                "keypad": self.keypad, "card": card}


@dataclass(frozen=True)
class AccessRights:
    """What the service provider asks to read (ACCESS_RIGHTS)."""

    required: tuple[str, ...]
    optional: tuple[str, ...]
    effective: tuple[str, ...]
    transaction_info: str = ""


@dataclass(frozen=True)
class Certificate:
    """Who asks (CERTIFICATE): shown on the consent screen."""

    subject_name: str = ""
    subject_url: str = ""
    issuer_name: str = ""
    purpose: str = ""
    terms_of_usage: str = ""
    effective_date: str = ""
    expiration_date: str = ""


@dataclass(frozen=True)
class AuthResult:
    """The end of RUN_AUTH: the eCard-API result and the eID server's refresh URL."""

    major: str
    minor: str = ""
    message: str = ""
    url: str = ""

    @property
    def ok(self) -> bool:
        return self.major == RESULT_OK

    @property
    def offline(self) -> bool:
        return self.minor in OFFLINE_MINORS

    @property
    def cancelled(self) -> bool:
        return self.minor in CANCELLED_MINORS

    @property
    def short_major(self) -> str:
        return self.major.rsplit("#", 1)[-1]

    @property
    def short_minor(self) -> str:
        return self.minor.rsplit("#", 1)[-1] if self.minor else ""


@dataclass(frozen=True)
class Status:
    workflow: str | None
    progress: int | None
    state: str | None


def _str(raw: Mapping[str, Any], key: str) -> str:
    value = raw.get(key)
    return value if isinstance(value, str) else ""


def _strings(value: object) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def parse_reader(raw: Mapping[str, Any]) -> Reader:
    card_raw = raw.get("card")
    card = None
    if isinstance(card_raw, dict):
        retry = card_raw.get("retryCounter")
        card = Card(retry if isinstance(retry, int) else -1,
                    bool(card_raw.get("deactivated")), bool(card_raw.get("inoperative")))
    return Reader(_str(raw, "name"), bool(raw.get("attached", True)),
                  bool(raw.get("insertable")), bool(raw.get("keypad")), card)


def parse_readers(msg: Mapping[str, Any]) -> tuple[Reader, ...]:
    # API level 1 calls the list "reader", level 2 "readers".
    items = msg.get("readers", msg.get("reader"))
    if not isinstance(items, list):
        return ()
    return tuple(parse_reader(r) for r in items if isinstance(r, dict))


def parse_access_rights(msg: Mapping[str, Any]) -> AccessRights:
    chat = msg.get("chat")
    chat = chat if isinstance(chat, dict) else {}
    return AccessRights(_strings(chat.get("required")), _strings(chat.get("optional")),
                        _strings(chat.get("effective")), _str(msg, "transactionInfo"))


def parse_certificate(msg: Mapping[str, Any]) -> Certificate:
    desc = msg.get("description")
    desc = desc if isinstance(desc, dict) else {}
    validity = msg.get("validity")
    validity = validity if isinstance(validity, dict) else {}
    return Certificate(_str(desc, "subjectName"), _str(desc, "subjectUrl"),
                       _str(desc, "issuerName"), _str(desc, "purpose"),
                       _str(desc, "termsOfUsage"), _str(validity, "effectiveDate"),
                       _str(validity, "expirationDate"))


def parse_auth_result(msg: Mapping[str, Any]) -> AuthResult | None:
    """The final AUTH message's result; None for the AUTH that starts the workflow."""
    result = msg.get("result")
    if not isinstance(result, dict):
        return None
    return AuthResult(_str(result, "major"), _str(result, "minor"),
                      _str(result, "message") or _str(result, "description"), _str(msg, "url"))


def parse_status(msg: Mapping[str, Any]) -> Status:
    progress = msg.get("progress")
    workflow, state = msg.get("workflow"), msg.get("state")
    return Status(workflow if isinstance(workflow, str) else None,
                  progress if isinstance(progress, int) else None,
                  state if isinstance(state, str) else None)


def parse_message(text: str) -> dict[str, Any]:
    """One message from AusweisApp as a dict with a ``msg`` name."""
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"AusweisApp sent a message that is not JSON: {exc}") from None
    if not isinstance(value, dict) or not isinstance(value.get("msg"), str):
        raise ValueError("AusweisApp sent JSON without a 'msg' name")
    return value


def command_json(cmd: str, **params: object) -> str:
    """A command as JSON text; ``Secret`` values are revealed only here."""
    body: dict[str, object] = {"cmd": cmd}
    for key, value in params.items():
        body[key] = value.reveal() if isinstance(value, Secret) else value
    return json.dumps(body)


def describe_command(cmd: str, **params: object) -> str:
    """A command for logs: secrets and parameter values left out."""
    return cmd + (f" ({', '.join(sorted(params))})" if params else "")
