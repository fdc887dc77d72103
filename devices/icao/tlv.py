"""BER-TLV (ISO/IEC 8825-1 as used by ISO 7816-4 and ICAO 9303) parsing and encoding."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


class TlvError(ValueError):
    """Malformed BER-TLV data."""


@dataclass(frozen=True)
class Tlv:
    tag: int
    value: bytes
    constructed: bool

    def children(self) -> list[Tlv]:
        if not self.constructed:
            raise TlvError(f"tag {self.tag:X} is primitive")
        return parse(self.value)

    def find(self, tag: int) -> Tlv | None:
        """The first descendant (depth first) with ``tag``, or None."""
        for child in self.children():
            if child.tag == tag:
                return child
            if child.constructed:
                found = child.find(tag)
                if found is not None:
                    return found
        return None


def read_tag(data: bytes, pos: int) -> tuple[int, bool, int]:
    """(tag, constructed, position after the tag)."""
    if pos >= len(data):
        raise TlvError("truncated tag")
    first = data[pos]
    constructed = bool(first & 0x20)
    tag = first
    pos += 1
    if first & 0x1F == 0x1F:
        for count in range(4):
            if pos >= len(data):
                raise TlvError("truncated multi-byte tag")
            b = data[pos]
            tag = (tag << 8) | b
            pos += 1
            if not b & 0x80:
                break
            if count == 3:
                raise TlvError("tag longer than 4 bytes")
    return tag, constructed, pos


def read_length(data: bytes, pos: int) -> tuple[int, int]:
    """(length, position after the length)."""
    if pos >= len(data):
        raise TlvError("truncated length")
    first = data[pos]
    pos += 1
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 4:
        raise TlvError("indefinite or oversized length")
    if pos + count > len(data):
        raise TlvError("truncated length")
    return int.from_bytes(data[pos:pos + count], "big"), pos + count


def header_length(data: bytes) -> tuple[int, int]:
    """(header size, value length) of the first TLV: how much of a file to read."""
    _tag, _c, pos = read_tag(data, 0)
    length, pos = read_length(data, pos)
    return pos, length


def iter_tlv(data: bytes) -> Iterator[Tlv]:
    pos = 0
    while pos < len(data):
        if data[pos] in (0x00, 0xFF) and all(b in (0x00, 0xFF) for b in data[pos:]):
            return  # padding after the last object
        tag, constructed, pos = read_tag(data, pos)
        length, pos = read_length(data, pos)
        end = pos + length
        if end > len(data):
            raise TlvError(f"value of tag {tag:X} runs past the end ({end} > {len(data)})")
        yield Tlv(tag, bytes(data[pos:end]), constructed)
        pos = end


def parse(data: bytes) -> list[Tlv]:
    return list(iter_tlv(data))


def parse_one(data: bytes, expected_tag: int | None = None) -> Tlv:
    items = parse(data)
    if not items:
        raise TlvError("no TLV object")
    if expected_tag is not None and items[0].tag != expected_tag:
        raise TlvError(f"expected tag {expected_tag:X}, found {items[0].tag:X}")
    return items[0]


def encode_length(length: int) -> bytes:
    if length < 0x80:
        return bytes([length])
    raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def encode(tag: int, value: bytes) -> bytes:
    tag_bytes = tag.to_bytes((tag.bit_length() + 7) // 8 or 1, "big")
    return tag_bytes + encode_length(len(value)) + value
