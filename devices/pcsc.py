"""PC/SC through pyscard: connecting to a reader, the APDU channel, the technicians' trace.

pyscard is imported inside functions only, on the thread that does card I/O
(kiosk start-up is measured). ``CardChannel`` wraps any pyscard
``CardConnection``; tests put a scripted ``FakeConnection`` (pyscard's
``doTransmit`` seam) behind it. Library errors become ``devices.icao.errors``
where they enter. A channel belongs to the thread that opened it and refuses
card I/O from any other (``devices.threads.WrongThread``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from devices.icao.apdu import Command, Response
from devices.icao.errors import (
    CardRemoved,
    NoCard,
    NoExtendedLength,
    NoPcscService,
    NoReader,
)
from devices.threads import Owner

log = logging.getLogger(__name__)
trace_log = logging.getLogger("devices.apdu")

# Commands whose data field may be shown in the trace: SELECT of a file or application.
_SHOW_DATA = {0xA4}


def describe_command(cmd: Command, *, protected: bool) -> str:
    """One trace line; data fields are shown only for SELECT, never keys, PINs or MRZ."""
    head = f"{cmd.cla:02X} {cmd.ins:02X} {cmd.p1:02X} {cmd.p2:02X}"
    if cmd.data:
        if cmd.ins in _SHOW_DATA and not protected:
            head += f" data={cmd.data.hex().upper()}"
        else:
            head += f" Lc={len(cmd.data)} [redacted]"
    if cmd.le is not None:
        head += f" Le={cmd.le}"
    return head


@dataclass
class ApduTrace:
    """Technicians' APDU trace: headers, lengths and status words only."""

    lines: list[str] = field(default_factory=list)
    sink: Callable[[str], None] | None = None

    def add(self, line: str) -> None:
        self.lines.append(line)
        trace_log.info("%s", line)
        if self.sink is not None:
            self.sink(line)


class CardChannel:
    """Sends command APDUs over a pyscard connection; counts them; traces them.

    Only the thread that created it (``owner``, by default the creating thread)
    may transmit, read the ATR or close it.
    """

    def __init__(self, connection: Any, *, trace: ApduTrace | None = None,
                 owner: Owner | None = None) -> None:
        self.connection = connection
        self.trace = trace
        self.owner = owner or Owner.here("this card channel")
        self.apdu_count = 0
        self.protected = False  # set by the reader once secure messaging is on

    def transmit(self, cmd: Command) -> Response:
        from smartcard.Exceptions import CardConnectionException, NoCardException

        self.owner.check()
        if self.trace is not None:
            self.trace.add(">> " + describe_command(cmd, protected=self.protected))
        try:
            data, sw1, sw2 = self.connection.transmit(list(cmd.encode()))
            self.apdu_count += 1
            while sw1 == 0x61:  # more data: GET RESPONSE (T=0)
                more, sw1, sw2 = self.connection.transmit([0x00, 0xC0, 0x00, 0x00, sw2])
                self.apdu_count += 1
                data = list(data) + list(more)
        except NoCardException as exc:
            raise CardRemoved(detail=str(exc)) from None
        except CardConnectionException as exc:
            if cmd.extended and self._card_present():
                # The card is still there: the reader (or its driver) refused the
                # extended-length APDU.
                raise NoExtendedLength(detail=str(exc)) from None
            raise CardRemoved(detail=str(exc)) from None
        resp = Response(bytes(data), (sw1 << 8) | sw2)
        if self.trace is not None:
            shown = f" ({len(resp.data)} bytes)" if resp.data else ""
            self.trace.add(f"<< {resp.sw:04X}{shown}")
        return resp

    def _card_present(self) -> bool:
        from smartcard.Exceptions import CardConnectionException

        try:
            return bool(self.connection.getATR())
        except CardConnectionException:
            return False

    def atr(self) -> bytes:
        self.owner.check()
        return bytes(self.connection.getATR())

    def close(self) -> None:
        self.owner.check()
        release(self.connection)


def release(connection: Any) -> None:
    """Disconnect and release the connection's PC/SC context now, not in a finalizer
    (which would fail noisily once the service has gone)."""
    from smartcard.Exceptions import CardConnectionException

    target = getattr(connection, "component", connection)
    try:
        if hasattr(target, "release"):
            target.release()
        else:
            connection.disconnect()
    except CardConnectionException as exc:
        log.info("releasing the card connection: %s", exc)


def reader_names() -> list[str]:
    """Reader names from the PC/SC service; raises NoPcscService when it is not running."""
    from smartcard.Exceptions import SmartcardException
    from smartcard.pcsc.PCSCExceptions import BaseSCardException
    from smartcard.System import readers

    try:
        return [str(r) for r in readers()]
    except (SmartcardException, BaseSCardException) as exc:
        raise NoPcscService(detail=type(exc).__name__) from None


def open_channel(reader: str | None = None, *, trace: ApduTrace | None = None) -> CardChannel:
    """Connect to the card in ``reader`` (or the first reader holding a card)."""
    from smartcard.Exceptions import CardConnectionException, NoCardException
    from smartcard.System import readers

    names = reader_names()
    if not names:
        raise NoReader()
    available = readers()
    if not available:
        raise NoReader()
    chosen = [r for r in available if reader is None or str(r) == reader]
    if not chosen:
        raise NoReader(detail=f"no reader named {reader!r}")
    last: Exception | None = None
    for candidate in chosen:
        connection = candidate.createConnection()
        try:
            connection.connect()
        except (NoCardException, CardConnectionException) as exc:
            last = exc
            release(connection)
            continue
        log.info("connected to a card in %s", candidate)
        return CardChannel(connection, trace=trace, owner=Owner.here(f"the card in {candidate}"))
    raise NoCard(detail=str(last) if last else "")


def reader_states() -> list[dict[str, Any]]:
    """Every reader with whether a card is present and its ATR (no personal data)."""
    from smartcard.Exceptions import CardConnectionException, NoCardException
    from smartcard.System import readers

    reader_names()  # raises NoPcscService when the service is down
    states: list[dict[str, Any]] = []
    for r in readers():
        connection = r.createConnection()
        try:
            connection.connect()
            atr = bytes(connection.getATR()).hex().upper()
            states.append({"name": str(r), "card_present": True, "atr": atr})
        except (NoCardException, CardConnectionException):
            states.append({"name": str(r), "card_present": False, "atr": None})
        finally:
            release(connection)
    return states
