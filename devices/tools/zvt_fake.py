"""A fake ZVT payment terminal (PT) on 127.0.0.1: the spec's bytes, scripted outcomes.

Not a real terminal and not certified: a simulator for the demo and the tests,
named a fake. It speaks ZVT over TCP/IP (PA00P015/PA00P016) as a terminal does:
every APDU it receives is acknowledged (``80 00 00``) or refused (``84 9C 00``
when busy, ``84 83 00`` for what it cannot do); while it holds the master
rights it sends intermediate status (``04 FF``), status information (``04 0F``
with BMP 27, trace ``0B``, receipt number ``87``…), receipts as text blocks
(``06 D3``), and ends with completion (``06 0F``) or abort (``06 1E`` + code),
waiting up to T3 for the ECR's acknowledgement of each. A payment whose status
information the ECR did not acknowledge is reversed by the terminal (as the
spec tells terminals to), so it never counts as booked.

``FakeTerminal.next_outcomes`` scripts the next authorisations: "approve",
"decline" (host refusal 05), "timeout" (the terminal goes silent), "abort" (the
card holder pulls the card: ``06 1E 6C``), "drop" (the connection is lost
mid-authorisation), "drop_after_approval" (booked, then the connection is
lost), "busy" (``84 9C 00``). ``journal`` is the terminal's own record of
bookings and reversals; ``end_of_day`` totals come from it.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from devices.zvt import apdu as A
from devices.zvt.apdu import ACK, Apdu, decode
from devices.zvt.bmp import (
    TAG_PRINT_TEXTS,
    TAG_RECEIPT_TYPE,
    TAG_TEXT_LINE,
    Tlv,
    amount_field,
    bcd,
    container,
    currency_field,
    llvar,
    parse_bitmaps,
)

OUTCOMES = ("approve", "decline", "timeout", "abort", "drop", "drop_after_approval", "busy")
TERMINAL_ID = 52500038


@dataclass
class Booking:
    trace: int
    receipt: int
    amount_cents: int
    state: str  # "booked" | "reversed" | "auto_reversed"
    settled: bool = False

    def as_json(self) -> dict[str, Any]:
        return {"trace": self.trace, "receipt": self.receipt, "amount_cents": self.amount_cents,
                "state": self.state, "settled": self.settled}


class _Closed(Exception):
    pass


class FakeTerminal:
    """The simulator; ``start()`` binds 127.0.0.1 and a free port (``port``)."""

    def __init__(self, *, step_s: float = 0.02, t3_s: float = 5.0, password: str = "000000"):  # noqa: S107 - the spec's default
        self.step_s = step_s  # the simulator's own delay before each message it sends
        self.t3_s = t3_s
        self.password = bytes.fromhex(password)
        self.next_outcomes: deque[str] = deque()
        self.default_outcome = "approve"
        self.journal: list[Booking] = []
        self.commands: list[str] = []  # names of the commands received, in order
        self.delayed = 0  # messages sent after a step_s pause
        self._trace = 1000
        self._receipt = 1
        self._lock = threading.Lock()
        self._server: socket.socket | None = None
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._stopping = threading.Event()
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------
    def start(self) -> FakeTerminal:
        server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", 0))
        server.listen(8)
        self._server = server
        self.port = server.getsockname()[1]
        thread = threading.Thread(target=self._accept, name="fake-zvt", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            with contextlib.suppress(OSError):
                self._server.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread
            with contextlib.suppress(OSError):
                self._server.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        for thread in self._threads:
            thread.join(timeout=5)

    def __enter__(self) -> FakeTerminal:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def script(self, *outcomes: str) -> None:
        for outcome in outcomes:
            if outcome not in OUTCOMES:
                raise ValueError(outcome)
        with self._lock:
            self.next_outcomes.extend(outcomes)

    def booked(self) -> list[Booking]:
        with self._lock:
            return [b for b in self.journal if b.state == "booked"]

    # -- connections ---------------------------------------------------------------
    def _accept(self) -> None:
        assert self._server is not None
        while not self._stopping.is_set():
            try:
                conn, _addr = self._server.accept()
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), name="fake-zvt-conn",
                                      daemon=True)
            thread.start()
            self._threads = [t for t in self._threads if t.is_alive()] + [thread]

    def _serve(self, conn: socket.socket) -> None:
        with self._lock:
            self._conns.append(conn)
        with conn:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            try:
                while not self._stopping.is_set():
                    command = self._read(conn, None)
                    self._handle(conn, command)
            except (_Closed, OSError):
                return
            finally:  # a closed connection is not kept (bench soak: thousands of them)
                with self._lock:
                    self._conns.remove(conn)

    def _read(self, conn: socket.socket, timeout_s: float | None) -> Apdu:
        def exact(n: int) -> bytes:
            data = b""
            while len(data) < n:
                ready, _, _ = select.select([conn], [], [], timeout_s if timeout_s else 1.0)
                if not ready:
                    if timeout_s is not None or self._stopping.is_set():
                        raise _Closed("timeout")
                    continue
                chunk = conn.recv(n - len(data))
                if not chunk:
                    raise _Closed("closed")
                data += chunk
            return data

        head = exact(3)
        if head[2] == 0xFF:
            ext = exact(2)
            return decode(head + ext + exact(int.from_bytes(ext, "little")))
        return decode(head + exact(head[2]))

    def _send(self, conn: socket.socket, apdu: Apdu, *, wait_ack: bool = True,
              delay: bool = True) -> Apdu | None:
        """Send ``apdu``; with ``wait_ack`` return the ECR's answer (ACK or its abort)."""
        if delay and self.step_s:
            time.sleep(self.step_s)
            with self._lock:
                self.delayed += 1  # the simulator's own waiting: step_s each
        conn.sendall(apdu.encode())
        if not wait_ack:
            return None
        reply = self._read(conn, self.t3_s)
        if reply.control == A.ABORT:
            self.commands.append(reply.name)
            conn.sendall(ACK.encode())
            return reply
        if not reply.is_ack:
            raise _Closed(f"expected an acknowledgement, got {reply.name}")
        return reply

    # -- commands --------------------------------------------------------------
    def _handle(self, conn: socket.socket, command: Apdu) -> None:
        self.commands.append(command.name)
        handlers = {A.REGISTRATION: self._registration, A.AUTHORISATION: self._authorisation,
                    A.STATUS_ENQUIRY: self._status_enquiry, A.REPEAT_RECEIPT: self._repeat,
                    A.REVERSAL: self._reversal, A.END_OF_DAY: self._end_of_day,
                    A.TURNOVER_TOTALS: self._totals}
        if command.control == A.LOG_OFF:
            conn.sendall(ACK.encode())
            return
        handler = handlers.get(command.control)
        if handler is None:
            conn.sendall(A.nak(0x83).encode())
            return
        if command.control != A.AUTHORISATION and command.data[:3] != self.password:
            conn.sendall(ACK.encode())
            self._send(conn, Apdu(*A.PT_ABORT, b"\x9a"))  # protocol error: wrong password
            return
        if command.control == A.AUTHORISATION and self._peek_outcome() == "busy":
            self._take_outcome()
            conn.sendall(A.nak(0x9C).encode())
            return
        conn.sendall(ACK.encode())
        handler(conn, command)

    def _peek_outcome(self) -> str:
        with self._lock:
            return self.next_outcomes[0] if self.next_outcomes else self.default_outcome

    def _take_outcome(self) -> str:
        with self._lock:
            return self.next_outcomes.popleft() if self.next_outcomes else self.default_outcome

    def _completion(self, conn: socket.socket, data: bytes = b"") -> None:
        self._send(conn, Apdu(*A.COMPLETION, data))

    def _registration(self, conn: socket.socket, _command: Apdu) -> None:
        self._completion(conn, b"\x19\x00" + b"\x29" + bcd(TERMINAL_ID, 4) + currency_field())

    def _status_enquiry(self, conn: socket.socket, _command: Apdu) -> None:
        self._completion(conn, llvar(b"FAKE-ZVT 1.0", 3) + b"\x00")

    def _status_info(self, booking: Booking, result: int = 0) -> Apdu:
        now = datetime.now()
        data = (b"\x27" + bytes([result]) + amount_field(booking.amount_cents)
                + b"\x0b" + bcd(booking.trace, 3) + b"\x0c" + bcd(int(now.strftime("%H%M%S")), 3)
                + b"\x0d" + bcd(int(now.strftime("%m%d")), 2) + b"\x87" + bcd(booking.receipt, 2)
                + b"\x88" + bcd(booking.trace, 3) + b"\x29" + bcd(TERMINAL_ID, 4)
                + b"\x8b" + llvar(b"girocard") + currency_field())
        return Apdu(*A.STATUS_INFORMATION, data)

    def _text_block(self, kind: int, lines: list[str]) -> Apdu:
        texts = Tlv(TAG_PRINT_TEXTS, children=(Tlv(TAG_RECEIPT_TYPE, bytes([kind])),
                                               *(Tlv(TAG_TEXT_LINE, line.encode("cp437"))
                                                 for line in lines)))
        return Apdu(*A.PRINT_TEXT_BLOCK, container(texts))

    def _receipt_lines(self, booking: Booking, copy: str, title: str = "Zahlung") -> list[str]:
        now = datetime.now()
        euros = f"{booking.amount_cents // 100},{booking.amount_cents % 100:02d} EUR"
        return [f"** {copy} **", "FAKE-ZVT Simulator", title, f"Terminal-ID {TERMINAL_ID}",
                f"Datum {now:%d.%m.%Y}  {now:%H:%M}", "girocard kontaktlos",
                "Karte ############0007", f"Trace-Nr. {booking.trace:06d}",
                f"Beleg-Nr. {booking.receipt:04d}", f"Betrag {euros}",
                "Zahlung erfolgt"]

    def _new_booking(self, amount: int) -> Booking:
        with self._lock:
            self._trace += 1
            self._receipt += 1
            booking = Booking(self._trace, self._receipt, amount, "pending")
            self.journal.append(booking)
            return booking

    def _authorisation(self, conn: socket.socket, command: Apdu) -> None:
        fields = parse_bitmaps(command.data)
        amount = fields.number(0x04) or 0
        outcome = self._take_outcome()
        for status in (0x0A, 0x01, 0x04):  # insert card, enter PIN, waiting for the host
            reply = self._send(conn, Apdu(*A.INTERMEDIATE_STATUS, bytes([status])))
            if reply is not None and reply.control == A.ABORT:
                self._send(conn, Apdu(*A.PT_ABORT, b"\x6c"))
                return
            if outcome == "abort" and status == 0x0A:
                self._send(conn, Apdu(*A.PT_ABORT, b"\x6c"))
                return
            if outcome == "timeout":
                while not self._stopping.is_set():  # silent until the ECR gives up
                    ready, _, _ = select.select([conn], [], [], 0.5)
                    if ready and not conn.recv(64):
                        raise _Closed("the ECR went away")
                return
        if outcome == "drop":
            raise _Closed("connection lost mid-authorisation")
        if outcome == "decline":
            self._send(conn, Apdu(*A.STATUS_INFORMATION, b"\x27\x05" + amount_field(amount)))
            self._send(conn, Apdu(*A.PT_ABORT, b"\x05"))
            return
        booking = self._new_booking(amount)
        try:
            self._send(conn, self._status_info(booking))
        except (_Closed, OSError):
            with self._lock:
                booking.state = "auto_reversed"  # not acknowledged: the terminal reverses it
            raise
        with self._lock:
            booking.state = "booked"
        if outcome == "drop_after_approval":
            raise _Closed("connection lost after the approval")
        self._send(conn, self._text_block(2, self._receipt_lines(booking, "Kundenbeleg")))
        self._send(conn, self._text_block(1, self._receipt_lines(booking, "Händlerbeleg")))
        self._completion(conn)

    def _repeat(self, conn: socket.socket, _command: Apdu) -> None:
        with self._lock:
            last = next((b for b in reversed(self.journal) if b.state == "booked"), None)
        if last is not None:
            self._send(conn, self._status_info(last))
            self._send(conn, self._text_block(2, self._receipt_lines(last, "Kundenbeleg")))
        self._completion(conn)

    def _reversal(self, conn: socket.socket, command: Apdu) -> None:
        receipt = parse_bitmaps(command.data[3:]).number(0x87)
        with self._lock:
            booking = next((b for b in self.journal if b.receipt == receipt), None)
            code = 0 if booking is not None and booking.state == "booked" else (
                0xB4 if booking is not None else 0xB5)
            if booking is not None and code == 0:
                booking.state = "reversed"
                self._trace += 1
        if booking is None or code:
            self._send(conn, Apdu(*A.PT_ABORT, bytes([code])))
            return
        self._send(conn, self._status_info(booking))
        self._send(conn, self._text_block(1, self._receipt_lines(booking, "Händlerbeleg",
                                                                 "Storno")))
        self._completion(conn)

    def _totals(self, conn: socket.socket, command: Apdu) -> None:
        self._end_of_day(conn, command, settle=False)

    def _end_of_day(self, conn: socket.socket, _command: Apdu, *, settle: bool = True) -> None:
        with self._lock:
            open_ = [b for b in self.journal if b.state == "booked" and not b.settled]
            for b in open_:
                b.settled = settle
            self._trace += 1
            trace = self._trace
        total = sum(b.amount_cents for b in open_)
        first = min((b.receipt for b in open_), default=0)
        last = max((b.receipt for b in open_), default=0)
        groups = bytes([len(open_)]) + bcd(total, 6) + bytes(7) * 6  # girocard, then others
        data = (b"\x27\x00" + amount_field(total) + b"\x0b" + bcd(trace, 3)
                + b"\x60" + llvar(bcd(first, 2) + bcd(last, 2) + groups, 3))
        self._send(conn, Apdu(*A.STATUS_INFORMATION, data))
        euros = f"{total // 100},{total % 100:02d} EUR"
        title = "Kassenschnitt" if settle else "Summen"
        self._send(conn, self._text_block(3, [title, f"Terminal-ID {TERMINAL_ID}",
                                              f"Anzahl {len(open_)}", f"Summe {euros}"]))
        self._completion(conn)


def main() -> int:
    """``python -m devices.tools.zvt_fake``: run the fake on a free port until Ctrl+C."""
    fake = FakeTerminal(step_s=0.3).start()
    print(f"fake ZVT terminal on 127.0.0.1:{fake.port}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        fake.stop()


if __name__ == "__main__":
    raise SystemExit(main())
