"""ZVT bitmaps (BMPs) and the TLV container (PA00P015 chapters 3 and 9).

A bitmap is one byte naming a field whose length the spec fixes (``04`` amount:
6 bytes BCD), or an LLVAR/LLLVAR field whose length comes first as two or three
``Fx`` bytes, or ``06``, the TLV container with a BER length. Unknown bitmaps
cannot be skipped (their length is unknown): they end the parse with an error.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

# Fixed lengths, in bytes.
FIXED: Final[Mapping[int, int]] = MappingProxyType({
    0x01: 1,  # time-out
    0x02: 1,  # max. status infos
    0x03: 1,  # service byte
    0x04: 6,  # amount, BCD, in cents
    0x05: 1,  # pump number
    0x0B: 3,  # trace number, BCD
    0x0C: 3,  # time HHMMSS, BCD
    0x0D: 2,  # date MMDD, BCD
    0x0E: 2,  # expiry date YYMM, BCD
    0x17: 2,  # card sequence number
    0x19: 1,  # payment type / status byte
    0x27: 1,  # result code
    0x29: 4,  # terminal id, BCD
    0x2A: 15,  # VU number, ASCII
    0x37: 3,  # original trace number
    0x3A: 2,  # CVV
    0x3B: 8,  # AID
    0x3D: 3,  # password
    0x49: 2,  # currency code, BCD (0978 = EUR)
    0x87: 2,  # receipt number, BCD
    0x88: 3,  # turnover record number, BCD
    0x8A: 1,  # card type
    0x8C: 1,  # card type id
    0xA0: 1,  # result code of the authorisation system
    0xAA: 3,  # date YYMMDD
    0xBA: 5,  # AID parameter
    0xD0: 1, 0xD2: 1, 0xE0: 1, 0xE9: 1, 0xEA: 1, 0xF0: 1, 0xF9: 1,
})
LLVAR: Final = frozenset({0x22, 0x23, 0x2D, 0x8B, 0xA7, 0xD1, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5,
                          0xE6, 0xE7, 0xE8, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8})
LLLVAR: Final = frozenset({0x24, 0x3C, 0x60, 0x92, 0x9A, 0xAF, 0xD3})
TLV_CONTAINER: Final = 0x06
# Card data that must never reach a trace or a log.
SENSITIVE: Final = frozenset({0x22, 0x23, 0x24, 0x2D, 0x0E, 0x3A, 0x3B, 0x17})

# TLV tags used here.
TAG_PRINT_TEXTS: Final = 0x25  # constructed: the lines of a text block
TAG_TEXT_LINE: Final = 0x07
TAG_RECEIPT_TYPE: Final = 0x1F07  # 1 merchant, 2 customer, 3 administration
TAG_PERMITTED_COMMANDS: Final = 0x26


class BmpError(ValueError):
    """Bytes that do not parse as the bitmaps the spec defines."""


# -- BCD ------------------------------------------------------------------
def bcd(value: int, length: int) -> bytes:
    digits = f"{value:0{length * 2}d}"
    if value < 0 or len(digits) != length * 2:
        raise BmpError(f"{value} does not fit {length} BCD bytes")
    return bytes.fromhex(digits)


def from_bcd(raw: bytes) -> int:
    text = raw.hex()
    if not text.isdigit():
        raise BmpError("not BCD")
    return int(text) if text else 0


def amount_field(cents: int) -> bytes:
    """``04`` + six BCD bytes: the amount in cents (up to 9,999,999,999.99)."""
    return b"\x04" + bcd(cents, 6)


def currency_field(numeric: int = 978) -> bytes:
    """``49`` + the ISO 4217 numeric code in BCD: ``49 09 78`` for the euro."""
    return b"\x49" + bcd(numeric, 2)


def _var_length(digits: bytes, count: int) -> int:
    if len(digits) != count or any(b >> 4 != 0xF or (b & 0x0F) > 9 for b in digits):
        raise BmpError("LLVAR/LLLVAR length bytes must be F0..F9")
    return int("".join(str(b & 0x0F) for b in digits))


def llvar(data: bytes, digits: int = 2) -> bytes:
    text = f"{len(data):0{digits}d}"
    if len(text) != digits:
        raise BmpError("too long for its length field")
    return bytes(0xF0 | int(c) for c in text) + data


# -- BER-TLV ---------------------------------------------------------------
def ber_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    if n <= 0xFF:
        return bytes([0x81, n])
    return bytes([0x82]) + n.to_bytes(2, "big")


def _read_ber_length(data: bytes, pos: int) -> tuple[int, int]:
    if pos >= len(data):
        raise BmpError("TLV length missing")
    first = data[pos]
    if first < 0x80:
        return first, pos + 1
    count = first & 0x7F
    if count not in (1, 2) or pos + 1 + count > len(data):
        raise BmpError("TLV length malformed")
    return int.from_bytes(data[pos + 1:pos + 1 + count], "big"), pos + 1 + count


def _read_tag(data: bytes, pos: int) -> tuple[int, bool, int]:
    """(tag, constructed, next position); a tag whose low five bits are all set goes on."""
    first = data[pos]
    tag, pos = first, pos + 1
    if first & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise BmpError("TLV tag cut short")
            tag = (tag << 8) | data[pos]
            pos += 1
            if not data[pos - 1] & 0x80:
                break
    return tag, bool(first & 0x20), pos


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes = b""
    children: tuple[Tlv, ...] = ()

    def encode(self) -> bytes:
        body = b"".join(c.encode() for c in self.children) if self.children else self.value
        width = 1 if self.tag <= 0xFF else (2 if self.tag <= 0xFFFF else 3)
        return self.tag.to_bytes(width, "big") + ber_length(len(body)) + body

    def find(self, tag: int) -> Iterator[Tlv]:
        for child in self.children:
            if child.tag == tag:
                yield child
            yield from child.find(tag)


def parse_tlv(data: bytes) -> tuple[Tlv, ...]:
    items = []
    pos = 0
    while pos < len(data):
        tag, constructed, pos = _read_tag(data, pos)
        length, pos = _read_ber_length(data, pos)
        if pos + length > len(data):
            raise BmpError("TLV value cut short")
        value = data[pos:pos + length]
        pos += length
        items.append(Tlv(tag, value, parse_tlv(value) if constructed else ()))
    return tuple(items)


def container(*items: Tlv) -> bytes:
    """The TLV container bitmap ``06``."""
    body = b"".join(i.encode() for i in items)
    return b"\x06" + ber_length(len(body)) + body


# -- bitmaps -------------------------------------------------------------
@dataclass(frozen=True)
class Bitmaps:
    """The bitmaps of one APDU, by number (``06`` as parsed TLV)."""

    fields: Mapping[int, bytes] = field(default_factory=dict)
    tlv: tuple[Tlv, ...] = ()

    def get(self, bmp: int) -> bytes | None:
        return self.fields.get(bmp)

    def number(self, bmp: int) -> int | None:
        raw = self.fields.get(bmp)
        return None if raw is None else from_bcd(raw)

    def byte(self, bmp: int) -> int | None:
        raw = self.fields.get(bmp)
        return None if raw is None or not raw else raw[0]

    def text(self, bmp: int) -> str | None:
        raw = self.fields.get(bmp)
        return None if raw is None else raw.decode("cp437", "replace").strip()

    def tags(self, tag: int) -> list[Tlv]:
        return [t for top in self.tlv for t in ((top,) if top.tag == tag else ()) + tuple(
            top.find(tag))]


def parse_bitmaps(data: bytes) -> Bitmaps:
    fields: dict[int, bytes] = {}
    tlv: tuple[Tlv, ...] = ()
    pos = 0
    while pos < len(data):
        bmp = data[pos]
        pos += 1
        if bmp == TLV_CONTAINER:
            length, pos = _read_ber_length(data, pos)
            if pos + length > len(data):
                raise BmpError("TLV container cut short")
            tlv += parse_tlv(data[pos:pos + length])
            pos += length
            continue
        if bmp in FIXED:
            length = FIXED[bmp]
        elif bmp in LLVAR or bmp in LLLVAR:
            digits = 2 if bmp in LLVAR else 3
            length = _var_length(data[pos:pos + digits], digits)
            pos += digits
        else:
            raise BmpError(f"unknown bitmap {bmp:02X}")
        if pos + length > len(data):
            raise BmpError(f"bitmap {bmp:02X} cut short")
        fields[bmp] = data[pos:pos + length]
        pos += length
    return Bitmaps(MappingProxyType(fields), tlv)


def describe(data: bytes) -> str:
    """The bitmaps' numbers and lengths, card data redacted (for the trace)."""
    try:
        parsed = parse_bitmaps(data)
    except BmpError:
        return f"[{len(data)} bytes]"
    parts = []
    for bmp, value in parsed.fields.items():
        if bmp == 0x27:
            parts.append(f"27={value.hex().upper()}")
        elif bmp in SENSITIVE:
            parts.append(f"{bmp:02X}=[redacted]")
        else:
            parts.append(f"{bmp:02X}({len(value)})")
    if parsed.tlv:
        parts.append(f"06({len(parsed.tlv)} tags)")
    return " ".join(parts)
