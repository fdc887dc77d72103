"""ZVT APDUs: control field (class, instruction), length, data (PA00P015 chapter 1).

The length is one byte up to 254; ``FF`` followed by two bytes (little-endian)
announces an extended length. Every APDU a side receives is answered by the
other with ``80 00 00`` (ACK) or ``84 xx 00`` (negative).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

# ECR -> PT commands.
REGISTRATION: Final = (0x06, 0x00)
AUTHORISATION: Final = (0x06, 0x01)
LOG_OFF: Final = (0x06, 0x02)
STATUS_ENQUIRY: Final = (0x05, 0x01)
REPEAT_RECEIPT: Final = (0x06, 0x20)
REVERSAL: Final = (0x06, 0x30)
END_OF_DAY: Final = (0x06, 0x50)
TURNOVER_TOTALS: Final = (0x06, 0x10)
ABORT: Final = (0x06, 0xB0)
# PT -> ECR messages.
COMPLETION: Final = (0x06, 0x0F)
PT_ABORT: Final = (0x06, 0x1E)
STATUS_INFORMATION: Final = (0x04, 0x0F)
INTERMEDIATE_STATUS: Final = (0x04, 0xFF)
PRINT_LINE: Final = (0x06, 0xD1)
PRINT_TEXT_BLOCK: Final = (0x06, 0xD3)
ACK_CONTROL: Final = (0x80, 0x00)
NAK_CLASS: Final = 0x84

NAMES: Final = {
    REGISTRATION: "registration", AUTHORISATION: "authorisation", LOG_OFF: "log-off",
    STATUS_ENQUIRY: "status-enquiry", REPEAT_RECEIPT: "repeat-receipt",
    REVERSAL: "reversal", END_OF_DAY: "end-of-day", TURNOVER_TOTALS: "turnover-totals",
    ABORT: "abort",
    COMPLETION: "completion", PT_ABORT: "pt-abort", STATUS_INFORMATION: "status-information",
    INTERMEDIATE_STATUS: "intermediate-status", PRINT_LINE: "print-line",
    PRINT_TEXT_BLOCK: "print-text-block", ACK_CONTROL: "ack",
}


class ApduError(ValueError):
    """Bytes that are not a ZVT APDU."""


@dataclass(frozen=True)
class Apdu:
    cls: int
    ins: int
    data: bytes = b""

    @property
    def control(self) -> tuple[int, int]:
        return self.cls, self.ins

    @property
    def name(self) -> str:
        if self.cls == NAK_CLASS:
            return f"nak-{self.ins:02X}"
        return NAMES.get(self.control, f"{self.cls:02X}-{self.ins:02X}")

    @property
    def is_ack(self) -> bool:
        return self.control == ACK_CONTROL

    @property
    def is_nak(self) -> bool:
        return self.cls == NAK_CLASS

    def encode(self) -> bytes:
        n = len(self.data)
        if n > 0xFFFF:
            raise ApduError(f"APDU data of {n} bytes is too long")
        length = bytes([n]) if n < 0xFF else b"\xff" + n.to_bytes(2, "little")
        return bytes([self.cls, self.ins]) + length + self.data

    def __repr__(self) -> str:  # data may hold card data: never in a log line
        return f"Apdu({self.name}, {len(self.data)} bytes)"


ACK: Final = Apdu(0x80, 0x00)


def nak(code: int) -> Apdu:
    return Apdu(NAK_CLASS, code)


def header_length(head: bytes) -> int | None:
    """From the first three bytes: the data length, or None when two more bytes follow."""
    if len(head) != 3:
        raise ApduError("an APDU starts with three bytes")
    return None if head[2] == 0xFF else head[2]


def decode(raw: bytes) -> Apdu:
    """One complete APDU (tests, the simulator)."""
    if len(raw) < 3:
        raise ApduError("an APDU has at least three bytes")
    n, start = raw[2], 3
    if n == 0xFF:
        if len(raw) < 5:
            raise ApduError("extended length cut short")
        n, start = int.from_bytes(raw[3:5], "little"), 5
    if len(raw) != start + n:
        raise ApduError(f"length says {n} data bytes, {len(raw) - start} are there")
    return Apdu(raw[0], raw[1], raw[start:])
