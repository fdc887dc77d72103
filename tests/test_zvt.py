"""The ZVT client: the spec's bytes, and every exchange against the fake terminal on loopback."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from devices.tools.zvt_fake import FakeTerminal
from devices.zvt import apdu as A
from devices.zvt.apdu import Apdu, ApduError, decode
from devices.zvt.bmp import (
    BmpError,
    Tlv,
    amount_field,
    bcd,
    container,
    currency_field,
    describe,
    from_bcd,
    llvar,
    parse_bitmaps,
    parse_tlv,
)
from devices.zvt.client import ZvtClient, ZvtHandler, parse_status
from devices.zvt.codes import (
    ABORTED_MESSAGE,
    CARD_UNREADABLE,
    DECLINED,
    ENTER_PIN,
    INSERT_CARD,
    ConnectionLost,
    PaymentDeclined,
    ProtocolError,
    TerminalBusy,
    TerminalTimeout,
    TerminalUnreachable,
    result_message,
    status_message,
)
from devices.zvt.terminal import TerminalConfig, ZvtTerminal
from devices.zvt.transport import TcpChannel, ZvtTrace


# -- bytes --------------------------------------------------------------------------
def test_authorisation_apdu_is_the_specs_bytes() -> None:
    data = amount_field(500) + currency_field()
    assert Apdu(*A.AUTHORISATION, data).encode().hex(" ") == \
        "06 01 0a 04 00 00 00 00 05 00 49 09 78"
    assert A.ACK.encode() == b"\x80\x00\x00"
    assert Apdu(*A.ABORT).encode() == b"\x06\xb0\x00"


def test_extended_length_and_decoding() -> None:
    long = Apdu(0x06, 0xD3, bytes(300))
    raw = long.encode()
    assert raw[:5] == b"\x06\xd3\xff\x2c\x01"  # FF, then 300 little-endian
    assert decode(raw) == long
    with pytest.raises(ApduError):
        decode(b"\x06\x01\x05\x00")


def test_bcd_llvar_and_tlv() -> None:
    assert bcd(978, 2) == b"\x09\x78"
    assert from_bcd(b"\x00\x12\x34") == 1234
    with pytest.raises(BmpError):
        bcd(1000, 1)
    assert llvar(b"girocard") == b"\xf0\xf8girocard"
    block = Tlv(0x25, children=(Tlv(0x1F07, b"\x02"), Tlv(0x07, b"Zeile")))
    assert parse_tlv(block.encode()) == (Tlv(0x25, block.encode()[2:], (
        Tlv(0x1F07, b"\x02"), Tlv(0x07, b"Zeile"))),)
    parsed = parse_bitmaps(b"\x27\x00" + amount_field(1300) + b"\x8b" + llvar(b"VISA")
                           + container(block))
    assert parsed.number(0x04) == 1300
    assert parsed.text(0x8B) == "VISA"
    assert [t.value for t in parsed.tags(0x07)] == [b"Zeile"]
    with pytest.raises(BmpError, match="unknown bitmap"):
        parse_bitmaps(b"\x99\x00")


def test_status_information_and_the_trace_keep_card_data_out() -> None:
    data = (b"\x27\x00" + amount_field(500) + b"\x0b" + bcd(1234, 3) + b"\x87" + bcd(7, 2)
            + b"\x22" + llvar(b"\x67\x26\x00\x00\x00\x00\x07"))
    status = parse_status(data)
    assert (status.approved, status.trace_number, status.receipt_number) == (True, 1234, 7)
    assert "22=[redacted]" in describe(data)
    assert "6726" not in describe(data)
    assert "27=00" in describe(data)


def test_result_and_status_codes_have_the_citizens_messages() -> None:
    assert result_message(0x6C) == ABORTED_MESSAGE
    assert result_message(0x64) == CARD_UNREADABLE
    assert result_message(0x05) == DECLINED  # the issuer's refusal
    assert result_message(0x42) == DECLINED  # any unknown code: declined, never "paid"
    assert status_message(0x0A) == INSERT_CARD
    assert status_message(0x01) == ENTER_PIN


# -- against the fake terminal --------------------------------------------------------
class Prompts(ZvtHandler):
    def __init__(self) -> None:
        self.seen: list[int] = []

    def status(self, code: int, message: object) -> None:
        self.seen.append(code)


@pytest.fixture
def fake() -> Iterator[FakeTerminal]:
    with FakeTerminal(step_s=0.005) as terminal:
        yield terminal


def client_for(fake: FakeTerminal, **kwargs: object) -> ZvtClient:
    return ZvtClient(TcpChannel.connect("127.0.0.1", fake.port), **kwargs)  # type: ignore[arg-type]


def test_an_approved_payment_with_prompts_and_receipts(fake: FakeTerminal) -> None:
    prompts = Prompts()
    client = client_for(fake, handler=prompts)
    client.register()
    recorded = []
    exchange = client.authorise(500, on_status=recorded.append)
    assert exchange.status is not None
    assert exchange.status.approved
    assert recorded == [exchange.status]
    assert prompts.seen == [0x0A, 0x01, 0x04]
    assert "** Kundenbeleg **" in exchange.receipt("customer")
    assert "** Händlerbeleg **" in exchange.receipt("merchant")
    assert exchange.completion is not None
    assert [b.state for b in fake.journal] == ["booked"]
    assert fake.commands[:2] == ["registration", "authorisation"]


@pytest.mark.parametrize(("outcome", "error", "code"), [
    ("decline", PaymentDeclined, 0x05), ("abort", PaymentDeclined, 0x6C),
    ("drop", ConnectionLost, None), ("busy", TerminalBusy, None)])
def test_failures_are_errors_with_their_codes(fake: FakeTerminal, outcome: str,
                                              error: type[Exception], code: int | None) -> None:
    fake.script(outcome)
    with pytest.raises(error) as caught:
        client_for(fake).authorise(500)
    if code is not None:
        assert caught.value.code == code  # type: ignore[attr-defined]
    assert fake.booked() == []


def test_a_silent_terminal_times_out_after_t4(fake: FakeTerminal) -> None:
    fake.script("timeout")
    with pytest.raises(TerminalTimeout):
        client_for(fake, t4_s=0.5).authorise(500)
    assert fake.booked() == []


def test_the_approval_stands_when_the_connection_goes_after_it(fake: FakeTerminal) -> None:
    fake.script("drop_after_approval")
    exchange = client_for(fake).authorise(700)
    assert exchange.status is not None
    assert exchange.status.approved
    assert [b.state for b in fake.journal] == ["booked"]


def test_cancel_sends_abort_and_the_terminal_ends_with_6c(fake: FakeTerminal) -> None:
    fake.step_s = 0.2
    client = client_for(fake)
    threading.Timer(0.1, client.cancel).start()
    with pytest.raises(PaymentDeclined) as caught:
        client.authorise(500)
    assert caught.value.code == 0x6C
    assert "abort" in fake.commands
    assert fake.booked() == []


class NoAckForStatus:
    """A channel that never acknowledges the status information (the transport seam)."""

    def __init__(self, inner: TcpChannel) -> None:
        self.inner = inner

    def send(self, apdu: Apdu) -> None:
        if apdu.is_ack and self.inner.trace.lines[-1].startswith("< status-information"):
            self.inner.close()
            raise ConnectionLost(detail="test: gone before the acknowledgement")
        self.inner.send(apdu)

    def receive(self, timeout_s: float) -> Apdu:
        return self.inner.receive(timeout_s)

    def interrupt(self) -> None:
        self.inner.interrupt()

    def close(self) -> None:
        self.inner.close()


def test_an_unacknowledged_approval_is_reversed_by_the_terminal(fake: FakeTerminal) -> None:
    fake.t3_s = 0.3
    client = ZvtClient(NoAckForStatus(TcpChannel.connect("127.0.0.1", fake.port)))
    with pytest.raises(ConnectionLost):
        client.authorise(500)
    threading.Event().wait(0.5)  # the fake notices the closed connection
    assert [b.state for b in fake.journal] == ["auto_reversed"]


def test_status_enquiry_repeat_receipt_reversal_and_end_of_day(fake: FakeTerminal) -> None:
    client = client_for(fake)
    assert client.status_enquiry() == 0x00
    assert client.repeat_receipt().status is None  # nothing booked yet
    paid = client.authorise(500)
    client.authorise(1300)
    last = client.repeat_receipt().status
    assert last is not None
    assert last.amount_cents == 1300
    assert paid.status is not None
    assert paid.status.receipt_number is not None
    client.reversal(paid.status.receipt_number)
    with pytest.raises(PaymentDeclined) as again:
        client.reversal(paid.status.receipt_number)
    assert again.value.code == 0xB4  # already reversed
    totals = client.turnover_totals().status
    assert totals is not None
    assert (totals.amount_cents, totals.totals_count) == (1300, 1)
    day = client.end_of_day()
    assert day.status is not None
    assert (day.status.amount_cents, day.status.totals_count) == \
        (1300, 1)
    assert day.receipt("administration")[0] == "Kassenschnitt"
    assert client.end_of_day().status.amount_cents == 0  # type: ignore[union-attr]


def test_a_wrong_password_is_refused_by_the_terminal(fake: FakeTerminal) -> None:
    with pytest.raises(PaymentDeclined) as caught:
        client_for(fake, password="123456").end_of_day()
    assert caught.value.code == 0x9A


def test_an_unreachable_terminal_and_the_worker_thread() -> None:
    with pytest.raises(TerminalUnreachable):
        TcpChannel.connect("127.0.0.1", 9, timeout_s=1)
    with FakeTerminal(step_s=0) as fake:
        terminal = ZvtTerminal(TerminalConfig("127.0.0.1", fake.port))
        try:
            names = terminal.submit(lambda c: threading.current_thread().name).result()
            assert names.startswith("zvt")
            with pytest.raises(Exception, match="zvt"):
                terminal.assert_on_zvt_thread()
            trace = ZvtTrace()
            assert trace.lines == []
            assert any(line.startswith("> registration") for line in terminal.trace.lines)
        finally:
            terminal.stop()


def test_unknown_messages_are_refused_not_guessed() -> None:
    with pytest.raises(ProtocolError):
        parse_status(b"\x99\x01")
