"""A scripted BAC passport behind pyscard's transmit seam (test-only).

The card side of ICAO 9303-11 BAC and 3DES secure messaging, written from the
standard with the primitives the ICAO Appendix D vectors check (tests/
test_icao_vectors.py), so that the reader's file reading can meet what real
chips answer at the end of a file and the emulator never does: ``6282`` with the
bytes that are left, ``6Cxx`` (the exact length to ask for), or ``6B00`` for any
read that would run past the end.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from devices.icao import bac, tlv
from devices.icao.mrz import MrzKeys
from devices.icao.sm import des3_decrypt, des3_encrypt, kdf, pad, retail_mac, unpad

EndOfFile = Callable[[bytes, int, int], tuple[bytes, int]]  # (file, offset, le) -> answer


def iso_partial(content: bytes, offset: int, le: int) -> tuple[bytes, int]:
    """ISO 7816-4: the bytes that are left and 6282 ('end of file reached')."""
    if offset >= len(content):
        return b"", 0x6B00
    return content[offset:offset + le], 0x6282


def exact_length(content: bytes, offset: int, le: int) -> tuple[bytes, int]:
    """6Cxx: 'wrong Le', xx the number of bytes that are left."""
    if offset >= len(content):
        return b"", 0x6B00
    return b"", 0x6C00 | min(len(content) - offset, 0xFF)


def refuse(content: bytes, offset: int, le: int) -> tuple[bytes, int]:
    """6B00 for any read that would run past the end, even from inside the file."""
    return b"", 0x6B00


class ScriptedPassport:
    """Answers the APDUs of a BAC read; ``files`` maps file identifiers to contents."""

    def __init__(self, keys: MrzKeys, files: dict[int, bytes], end_of_file: EndOfFile) -> None:
        self.k_enc, self.k_mac = bac.basic_keys(keys)
        self.files = files
        self.end_of_file = end_of_file
        self.rnd_icc = os.urandom(8)
        self.session: tuple[bytes, bytes] | None = None
        self.ssc = 0
        self.selected: bytes | None = None
        self.reads: list[tuple[int, int, int]] = []  # (offset, le, sw) of each READ BINARY
        self.aborted = 0  # secure messaging sessions ended by a plain command

    def __call__(self, apdu: bytes) -> tuple[bytes, int]:
        cla, ins = apdu[0], apdu[1]
        if self.session is not None and cla & 0x0C != 0x0C:
            self.session = None  # a plain command ends secure messaging (ICAO 9303-11 9.8)
            self.aborted += 1
        if self.session is None:
            return self._plain(ins, apdu)
        return self._protected(apdu)

    # -- before secure messaging -------------------------------------------------------
    def _plain(self, ins: int, apdu: bytes) -> tuple[bytes, int]:
        if ins == 0xB0:  # EF.CardAccess by short file identifier: no PACE here
            return b"", 0x6A82
        if ins == 0xA4:  # SELECT the eMRTD application
            return b"", 0x9000
        if ins == 0x84:
            return self.rnd_icc, 0x9000
        if ins == 0x82:
            return self._mutual_authenticate(apdu[5:5 + apdu[4]])
        return b"", 0x6D00

    def _mutual_authenticate(self, data: bytes) -> tuple[bytes, int]:
        e_ifd, m_ifd = data[:32], data[32:40]
        if retail_mac(self.k_mac, pad(e_ifd, 8)) != m_ifd:
            return b"", 0x6300
        plain = des3_decrypt(self.k_enc, e_ifd)
        rnd_ifd, rnd_icc, k_ifd = plain[:8], plain[8:16], plain[16:32]
        if rnd_icc != self.rnd_icc:
            return b"", 0x6300
        k_icc = os.urandom(16)
        e_icc = des3_encrypt(self.k_enc, self.rnd_icc + rnd_ifd + k_icc)
        m_icc = retail_mac(self.k_mac, pad(e_icc, 8))
        seed = bytes(a ^ b for a, b in zip(k_ifd, k_icc, strict=True))
        self.session = (kdf(seed, 1, "3DES"), kdf(seed, 2, "3DES"))
        self.ssc = int.from_bytes(self.rnd_icc[4:] + rnd_ifd[4:], "big")
        return e_icc + m_icc, 0x9000

    # -- secure messaging --------------------------------------------------------------
    def _mac(self, data: bytes) -> bytes:
        assert self.session is not None
        return retail_mac(self.session[1], pad(self.ssc.to_bytes(8, "big") + data, 8))

    def _protected(self, apdu: bytes) -> tuple[bytes, int]:
        assert self.session is not None
        self.ssc += 1
        lc = apdu[4]
        objects = {obj.tag: obj for obj in tlv.parse(apdu[5:5 + lc])}
        covered = b"".join(tlv.encode(t, objects[t].value) for t in (0x87, 0x97) if t in objects)
        if self._mac(pad(apdu[:4], 8) + covered) != objects[0x8E].value:
            return b"", 0x6988
        data = b""
        if 0x87 in objects:
            data = unpad(des3_decrypt(self.session[0], objects[0x87].value[1:]))
        le = objects[0x97].value[0] if 0x97 in objects else 0
        answer, sw = self._command(apdu[1], apdu[2], apdu[3], data, le or 256)
        self.ssc += 1
        body = b""
        if answer:
            body += tlv.encode(0x87, b"\x01" + des3_encrypt(self.session[0], pad(answer, 8)))
        body += tlv.encode(0x99, sw.to_bytes(2, "big"))
        return body + tlv.encode(0x8E, self._mac(body)), 0x9000

    def _command(self, ins: int, p1: int, p2: int, data: bytes, le: int) -> tuple[bytes, int]:
        if ins == 0xA4:
            fid = int.from_bytes(data, "big")
            if fid not in self.files:
                return b"", 0x6A82
            self.selected = self.files[fid]
            return b"", 0x9000
        if ins == 0xB0 and self.selected is not None:
            offset = (p1 << 8) | p2
            content = self.selected
            if offset + le <= len(content):
                answer, sw = content[offset:offset + le], 0x9000
            else:
                answer, sw = self.end_of_file(content, offset, le)
            self.reads.append((offset, le, sw))
            return answer, sw
        return b"", 0x6D00
