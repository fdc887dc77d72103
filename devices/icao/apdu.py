"""Command APDUs (ISO 7816-4), short and extended, and status words."""

from __future__ import annotations

from dataclasses import dataclass

SW_OK = 0x9000


@dataclass(frozen=True)
class Command:
    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = b""
    le: int | None = None  # 1..65536; 256 is '00' in short form

    @property
    def extended(self) -> bool:
        return len(self.data) > 255 or (self.le is not None and self.le > 256)

    def encode(self) -> bytes:
        head = bytes([self.cla, self.ins, self.p1, self.p2])
        if self.extended:
            body = b""
            if self.data:
                body += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                le = b"\x00\x00" if self.le >= 65536 else self.le.to_bytes(2, "big")
                body += le if self.data else b"\x00" + le
            return head + body
        body = bytes([len(self.data)]) + self.data if self.data else b""
        if self.le is not None:
            body += bytes([self.le & 0xFF])
        return head + body


@dataclass(frozen=True)
class Response:
    data: bytes
    sw: int

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK
