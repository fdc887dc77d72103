"""Logical data structure (ICAO 9303-10): EF.COM, DG1, DG2 and the file identifiers."""

from __future__ import annotations

from dataclasses import dataclass

from devices.icao import tlv
from devices.icao.mrz import MrzData, MrzError, parse_mrz

AID_EMRTD = bytes.fromhex("A0000002471001")
FID_COM = 0x011E
FID_SOD = 0x011D
FID_CARD_ACCESS = 0x011C  # in the master file
FID_CARD_SECURITY = 0x011D  # in the master file (PACE-CAM's signed chip key)
FID_DG = {n: 0x0100 + n for n in range(1, 17)}
# EF.COM's tag list names data groups by their outer tag.
DG_TAGS = {0x61: 1, 0x75: 2, 0x63: 3, 0x76: 4, 0x65: 5, 0x66: 6, 0x67: 7, 0x68: 8, 0x69: 9,
           0x6A: 10, 0x6B: 11, 0x6C: 12, 0x6D: 13, 0x6E: 14, 0x6F: 15, 0x70: 16}


class LdsError(ValueError):
    """A data group is not structured as ICAO 9303-10 says."""


@dataclass(frozen=True)
class Com:
    lds_version: str
    unicode_version: str
    data_groups: tuple[int, ...]


def parse_com(data: bytes) -> Com:
    try:
        root = tlv.parse_one(data, 0x60)
        lds = root.find(0x5F01)
        uni = root.find(0x5F36)
        tags = root.find(0x5C)
    except tlv.TlvError as exc:
        raise LdsError(f"EF.COM: {exc}") from None
    if tags is None:
        raise LdsError("EF.COM without tag list")
    groups = tuple(DG_TAGS[t] for t in tags.value if t in DG_TAGS)
    return Com(lds.value.decode("ascii", "replace") if lds else "",
               uni.value.decode("ascii", "replace") if uni else "", groups)


def parse_dg1(data: bytes) -> MrzData:
    try:
        mrz = tlv.parse_one(data, 0x61).find(0x5F1F)
    except tlv.TlvError as exc:
        raise LdsError(f"DG1: {exc}") from None
    if mrz is None:
        raise LdsError("DG1 without MRZ (5F1F)")
    try:
        return parse_mrz(mrz.value.decode("ascii"))
    except (UnicodeDecodeError, MrzError) as exc:
        raise LdsError(f"DG1: {exc}") from None


@dataclass(frozen=True)
class FaceImage:
    mime_type: str  # image/jpeg or image/jp2
    data: bytes = b""


_JPEG = b"\xff\xd8\xff"
_JP2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
_J2K = b"\xff\x4f\xff\x51"


def parse_dg2(data: bytes) -> FaceImage | None:
    """The first face image of DG2 (ISO/IEC 19794-5 record in tag 5F2E or 7F2E)."""
    try:
        root = tlv.parse_one(data, 0x75)
        block = root.find(0x5F2E) or root.find(0x7F2E)
    except tlv.TlvError as exc:
        raise LdsError(f"DG2: {exc}") from None
    if block is None:
        return None
    record = block.value
    candidates = [(record.find(sig), mime) for sig, mime in
                  ((_JPEG, "image/jpeg"), (_JP2, "image/jp2"), (_J2K, "image/jp2"))]
    found = [(pos, mime) for pos, mime in candidates if pos >= 0]
    if not found:
        raise LdsError("DG2 image is neither JPEG nor JPEG 2000")
    pos, mime = min(found)
    return FaceImage(mime, record[pos:])
