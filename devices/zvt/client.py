"""The ECR's side of the ZVT commands this kiosk uses (PA00P015), over any ``Channel``.

Each command follows the spec's master/slave exchange: we send the command and
wait up to T3 (5 s) for the terminal's ``80 00 00``; the terminal then holds the
master rights and sends intermediate status (``04 FF``), status information
(``04 0F``), print lines (``06 D1``) or text blocks (``06 D3``), each of which we
acknowledge at once, until it returns the rights with completion (``06 0F``) or
abort (``06 1E`` + result code). Between two of its messages we wait up to T4
(restarted by every message). ``cancel()`` (any thread) makes the waiting loop
send abort (``06 B0``); the terminal then ends with ``06 1E 6C``.

A status information with result code 00 that we acknowledged is a payment,
whatever happens after it (the terminal reverses one we did not acknowledge).
Everything that leaves the outcome open — a time-out, a lost connection before
that acknowledgement — raises ``TerminalTimeout`` / ``ConnectionLost``, and the
caller asks the terminal (``last_transaction``) before anything else.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from devices.zvt import apdu as A
from devices.zvt.apdu import ACK, Apdu
from devices.zvt.bmp import (
    TAG_PRINT_TEXTS,
    TAG_RECEIPT_TYPE,
    TAG_TEXT_LINE,
    Bitmaps,
    BmpError,
    amount_field,
    bcd,
    currency_field,
    from_bcd,
    parse_bitmaps,
)
from devices.zvt.codes import (
    BUSY_CODES,
    SUCCESS,
    ConnectionLost,
    PaymentDeclined,
    ProtocolError,
    TerminalBusy,
    TerminalTimeout,
    status_message,
)
from devices.zvt.transport import Channel, Interrupted, TimedOut
from kiosk.base.i18n import Message

log = logging.getLogger(__name__)

T3_S: Final = 5.0  # the acknowledgement of a command
T4_S: Final = 180.0  # the terminal's next message while it holds the master rights
EURO: Final = 978
# Registration config byte: the ECR prints payment and administration receipts (02, 04),
# wants intermediate status (08), controls payment and administration (10, 20), and
# takes receipts as text blocks 06 D3 (80).
CONFIG_BYTE: Final = 0x02 | 0x04 | 0x08 | 0x10 | 0x20 | 0x80
RECEIPT_KINDS: Final = {1: "merchant", 2: "customer", 3: "administration"}


@dataclass(frozen=True, repr=False)
class TransactionStatus:
    """A status information (``04 0F``): how a transaction ended, as the terminal says."""

    result_code: int
    amount_cents: int | None = None
    trace_number: int | None = None
    receipt_number: int | None = None
    turnover_number: int | None = None
    terminal_id: str | None = None
    card_name: str | None = None
    date: str | None = None  # MMDD
    time: str | None = None  # HHMMSS
    totals_count: int | None = None  # end-of-day: number of bookings (BMP 60)

    @property
    def approved(self) -> bool:
        return self.result_code == SUCCESS

    def __repr__(self) -> str:
        return (f"TransactionStatus(result={self.result_code:02X}, trace={self.trace_number}, "
                f"receipt={self.receipt_number})")


@dataclass(frozen=True)
class PrintedReceipt:
    kind: str  # "merchant" | "customer" | "administration" | "receipt"
    lines: tuple[str, ...]


@dataclass
class Exchange:
    """Everything the terminal sent while it held the master rights."""

    status: TransactionStatus | None = None
    receipts: list[PrintedReceipt] = field(default_factory=list)
    completion: Bitmaps | None = None
    completion_raw: bytes = b""
    abort_code: int | None = None
    _lines: list[str] = field(default_factory=list)

    def receipt(self, kind: str) -> tuple[str, ...]:
        return next((r.lines for r in self.receipts if r.kind == kind), ())


class ZvtHandler:
    """What a running transaction tells the citizen (the eID handler's pattern)."""

    def status(self, code: int, message: Message) -> None:
        """An intermediate status (``04 FF``): e.g. "insert card", "enter PIN"."""


def parse_status(data: bytes) -> TransactionStatus:
    try:
        b = parse_bitmaps(data)
        totals = b.get(0x60)
        count = None
        if totals is not None and len(totals) >= 4:
            groups = totals[4:]
            count = sum(groups[i] for i in range(0, len(groups) - 6, 7))
        tid = b.get(0x29)
        return TransactionStatus(
            result_code=SUCCESS if (code := b.byte(0x27)) is None else code,
            amount_cents=b.number(0x04), trace_number=b.number(0x0B),
            receipt_number=b.number(0x87), turnover_number=b.number(0x88),
            terminal_id=tid.hex() if tid is not None else None,
            card_name=b.text(0x8B), date=(b.get(0x0D) or b"").hex() or None,
            time=(b.get(0x0C) or b"").hex() or None, totals_count=count)
    except BmpError as exc:
        raise ProtocolError(detail=f"status information: {exc}") from exc


def _text_block(data: bytes) -> PrintedReceipt:
    try:
        b = parse_bitmaps(data)
    except BmpError as exc:
        raise ProtocolError(detail=f"text block: {exc}") from exc
    kind_tags = b.tags(TAG_RECEIPT_TYPE)
    kind = RECEIPT_KINDS.get(kind_tags[0].value[0], "receipt") if kind_tags and \
        kind_tags[0].value else "receipt"
    lines = []
    for block in b.tags(TAG_PRINT_TEXTS):
        lines += [t.value.decode("cp437", "replace").rstrip() for t in block.children
                  if t.tag == TAG_TEXT_LINE]
    return PrintedReceipt(kind, tuple(lines))


class ZvtClient:
    """One ECR connected to one terminal; used by one thread (``cancel`` from any)."""

    def __init__(self, channel: Channel, *, password: str = "000000",  # noqa: S107 - the spec's default
                 handler: ZvtHandler | None = None, t3_s: float = T3_S,
                 t4_s: float = T4_S) -> None:
        if len(password) != 6 or not password.isdigit():
            raise ValueError("the terminal password has six digits")
        self.channel = channel
        self._password = bytes.fromhex(password)
        self.handler = handler or ZvtHandler()
        self.t3_s = t3_s
        self.t4_s = t4_s
        self._cancel = threading.Event()

    # -- any thread ----------------------------------------------------------------
    def cancel(self) -> None:
        """Abort the running transaction (``06 B0``) as soon as the terminal allows."""
        self._cancel.set()
        self.channel.interrupt()

    # -- commands ----------------------------------------------------------------
    def register(self, config_byte: int = CONFIG_BYTE) -> Exchange:
        """Registration (``06 00``): password, config byte, currency."""
        data = self._password + bytes([config_byte]) + bcd(EURO, 2)
        return self._run(Apdu(*A.REGISTRATION, data))

    def status_enquiry(self) -> int:
        """Status enquiry (``05 01``): the terminal's status byte (00: ready)."""
        exchange = self._run(Apdu(*A.STATUS_ENQUIRY, self._password))
        raw = exchange.completion_raw
        pos = 0
        if len(raw) >= 3 and all(b >> 4 == 0xF for b in raw[:3]):
            pos = 3 + int("".join(str(b & 0x0F) for b in raw[:3]))  # software version
        return raw[pos] if pos < len(raw) else SUCCESS

    def authorise(self, amount_cents: int, *,
                  on_status: Callable[[TransactionStatus], None] | None = None) -> Exchange:
        """Authorisation (``06 01``) of ``amount_cents`` euro cents.

        Returns the exchange of an approved payment (``exchange.status.approved``);
        raises ``PaymentDeclined`` for a refusal or an abort, ``TerminalBusy``,
        ``TerminalTimeout`` or ``ConnectionLost``. ``on_status`` runs right after the
        status information was acknowledged (the caller records it durably).
        """
        if amount_cents <= 0:
            raise ValueError("nothing to pay")
        self._cancel.clear()
        data = amount_field(amount_cents) + currency_field(EURO)
        exchange = Exchange()
        try:
            self._run(Apdu(*A.AUTHORISATION, data), exchange=exchange, on_status=on_status)
        except (ConnectionLost, TerminalTimeout):
            if exchange.status is not None and exchange.status.approved:
                log.warning("the terminal went away after approving; the payment stands")
                return exchange
            raise
        if exchange.status is not None and exchange.status.approved \
                and exchange.abort_code is None:
            if exchange.status.amount_cents not in (None, amount_cents):
                raise ProtocolError(detail="the terminal approved another amount")
            return exchange
        code = exchange.abort_code if exchange.abort_code is not None else (
            exchange.status.result_code if exchange.status is not None else 0xFF)
        raise PaymentDeclined(code)

    def repeat_receipt(self) -> Exchange:
        """Repeat receipt (``06 20``): the last booking's status information and receipts."""
        return self._run(Apdu(*A.REPEAT_RECEIPT, self._password))

    def reversal(self, receipt_number: int) -> Exchange:
        """Reversal (``06 30``) of the booking with this receipt number."""
        exchange = self._run(Apdu(*A.REVERSAL, self._password + b"\x87" + bcd(receipt_number,
                                                                                2)))
        if exchange.abort_code is not None or exchange.status is None \
                or not exchange.status.approved:
            code = exchange.abort_code if exchange.abort_code is not None else 0xFF
            raise PaymentDeclined(code, detail=f"reversal refused ({code:02X})")
        return exchange

    def end_of_day(self) -> Exchange:
        """End-of-day (``06 50``, Kassenschnitt): totals and the administration receipt."""
        exchange = self._run(Apdu(*A.END_OF_DAY, self._password))
        if exchange.abort_code is not None:
            raise PaymentDeclined(exchange.abort_code,
                                  detail=f"end-of-day refused ({exchange.abort_code:02X})")
        return exchange

    def turnover_totals(self) -> Exchange:
        """Send turnover totals (``06 10``): the day's totals so far, without closing it."""
        exchange = self._run(Apdu(*A.TURNOVER_TOTALS, self._password))
        if exchange.abort_code is not None:
            raise PaymentDeclined(exchange.abort_code, detail="turnover totals refused")
        return exchange

    def log_off(self) -> None:
        self.channel.send(Apdu(*A.LOG_OFF))
        self._expect_ack()

    # -- the exchange ---------------------------------------------------------------
    def _expect_ack(self) -> None:
        while True:
            try:
                reply = self.channel.receive(self.t3_s)
            except TimedOut as exc:
                raise TerminalTimeout(detail="no acknowledgement within T3") from exc
            except Interrupted:
                continue  # the abort is sent once the terminal has the command
            if reply.is_ack:
                return
            if reply.is_nak:
                if reply.ins in BUSY_CODES:
                    raise TerminalBusy(detail=f"negative acknowledgement {reply.ins:02X}")
                raise ProtocolError(detail=f"negative acknowledgement {reply.ins:02X}")
            raise ProtocolError(detail=f"{reply.name} instead of an acknowledgement")

    def _run(self, command: Apdu, *, exchange: Exchange | None = None,
             on_status: Callable[[TransactionStatus], None] | None = None) -> Exchange:
        exchange = exchange if exchange is not None else Exchange()
        self.channel.send(command)
        self._expect_ack()
        abort_sent = False
        while True:
            if self._cancel.is_set() and not abort_sent:
                self.channel.send(Apdu(*A.ABORT))
                abort_sent = True
            try:
                msg = self.channel.receive(self.t4_s)
            except TimedOut as exc:
                raise TerminalTimeout(detail=f"nothing for {self.t4_s:.0f} s (T4)") from exc
            except Interrupted:
                continue
            if msg.is_ack:  # the terminal took our abort
                continue
            control = msg.control
            if control not in (A.INTERMEDIATE_STATUS, A.STATUS_INFORMATION, A.PRINT_LINE,
                               A.PRINT_TEXT_BLOCK, A.COMPLETION, A.PT_ABORT):
                self.channel.send(A.nak(0x83))  # "function not possible"
                continue
            self.channel.send(ACK)
            if control == A.INTERMEDIATE_STATUS:
                code = msg.data[0] if msg.data else 0xFF
                self.handler.status(code, status_message(code))
            elif control == A.STATUS_INFORMATION:
                exchange.status = parse_status(msg.data)
                if on_status is not None:
                    on_status(exchange.status)
            elif control == A.PRINT_LINE:
                self._print_line(exchange, msg.data)
            elif control == A.PRINT_TEXT_BLOCK:
                exchange.receipts.append(_text_block(msg.data))
            elif control == A.COMPLETION:
                exchange.completion_raw = msg.data
                try:
                    exchange.completion = parse_bitmaps(msg.data)
                except BmpError:
                    exchange.completion = None  # status enquiry: version and status byte
                return exchange
            else:  # PT_ABORT
                exchange.abort_code = msg.data[0] if msg.data else 0xFF
                return exchange

    @staticmethod
    def _print_line(exchange: Exchange, data: bytes) -> None:
        if not data:
            return
        attribute, text = data[0], data[1:].decode("cp437", "replace").rstrip()
        exchange._lines.append(text)
        if attribute & 0x80:  # the last line of a receipt
            kinds = ("merchant", "customer")
            kind = kinds[len(exchange.receipts)] if len(exchange.receipts) < 2 else "receipt"
            exchange.receipts.append(PrintedReceipt(kind, tuple(exchange._lines)))
            exchange._lines.clear()


def receipt_number_of(exchange: Exchange) -> int | None:
    return exchange.status.receipt_number if exchange.status is not None else None


__all__ = ["EURO", "Exchange", "PrintedReceipt", "TransactionStatus", "ZvtClient",
           "ZvtHandler", "from_bcd", "parse_status", "receipt_number_of"]
