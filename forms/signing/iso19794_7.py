"""ISO/IEC 19794-7 (signature/sign time series data), full format: writer and reader.

One record holds one signature representation with the channels X, Y, T, F
(pressure) and S (pen switch), plus TX/TY (tilt) when the pen reported tilt.
Every captured sample is written; after each stroke one sample with S = 0
(pen lifted, at the stroke's last position and time) marks the stroke's end,
so strokes survive the round trip. Layout, all integers big-endian:

General header
    ``SDI\\0``  format identifier (4) · ``10\\0\\0`` version (4) · record length (4)
    · number of representations (1) · channel inclusion field (2; bit 15 X, 14 Y,
    13 Z, 12 VX, 11 VY, 10 AX, 9 AY, 8 T, 7 DT, 6 F, 5 S, 4 TX, 3 TY, 2 A, 1 E, 0 R)
    · per included channel a description: preamble (1; 0x80 = scaling value
    follows) and the scaling value (2; 5-bit exponent biased by 16, 11-bit
    mantissa: 2^(e-16)·(1 + m/2048)).
Representation
    length (4) · capture date and time, UTC (9: year 2, month, day, hour, minute,
    second, millisecond 2) · capture device technology, vendor and type (1+2+2)
    · number of quality records (1, here 0) · number of samples (2) · samples,
    each included channel as 2 bytes (X, Y, TX, TY with an offset of 32768;
    T, F, S unsigned) · extended data length (2, here 0).

Units: X and Y in tenths of a pad pixel (scaling 10), T in milliseconds since
the first sample (scaling 1000 per second; 100 or 10 for very long captures),
F as 0..65535 for pressure 0..1, TX/TY in hundredths of a degree.
Written from the standard's structure as documented here; it has not been
run through an external conformance checker.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final

from forms.signing.capture import Sample

MAGIC: Final = b"SDI\x00"
VERSION: Final = b"10\x00\x00"
MAX_SAMPLES: Final = 0xFFFF

CH_X, CH_Y, CH_T, CH_F, CH_S, CH_TX, CH_TY = 15, 14, 8, 6, 5, 4, 3
XY_SCALE: Final = 10.0
TILT_SCALE: Final = 100.0
PRESSURE_MAX: Final = 0xFFFF
_OFFSET: Final = 32768
_TIME_SCALES: Final = (1000.0, 100.0, 10.0)


class FormatError(ValueError):
    """The bytes are not an ISO/IEC 19794-7 record this reader understands."""


@dataclass(frozen=True)
class TimeSeries:
    strokes: tuple[tuple[Sample, ...], ...]
    captured_at: datetime
    has_tilt: bool

    @property
    def sample_count(self) -> int:
        return sum(len(s) for s in self.strokes)


def encode_scaling(value: float) -> int:
    if value <= 0:
        raise ValueError("scaling value must be positive")
    exponent = math.floor(math.log2(value))
    mantissa = round((value / 2.0 ** exponent - 1.0) * 2048)
    if mantissa == 2048:
        exponent, mantissa = exponent + 1, 0
    biased = exponent + 16
    if not 0 <= biased < 32:
        raise ValueError(f"scaling value out of range: {value}")
    return (biased << 11) | mantissa


def decode_scaling(raw: int) -> float:
    return float(2.0 ** ((raw >> 11) - 16) * (1.0 + (raw & 0x7FF) / 2048))


def _signed(value: float, scale: float, what: str) -> int:
    raw = round(value * scale) + _OFFSET
    if not 0 <= raw <= 0xFFFF:
        raise ValueError(f"{what} out of range for ISO 19794-7: {value}")
    return raw


def encode(strokes: Sequence[Sequence[Sample]], captured_at: datetime) -> bytes:
    """The full-format record of these strokes (every sample, in order)."""
    strokes = [s for s in strokes if s]
    if not strokes:
        raise ValueError("no samples to encode")
    count = sum(len(s) + 1 for s in strokes)
    if count > MAX_SAMPLES:
        raise ValueError(f"too many samples for one record: {count}")
    tilt = any(p.tilt_x is not None or p.tilt_y is not None for s in strokes for p in s)
    t0 = strokes[0][0].t_ms
    span = max(p.t_ms for s in strokes for p in s) - t0
    time_scale = next((sc for sc in _TIME_SCALES if span * sc / 1000 <= 0xFFFF), None)
    if time_scale is None:
        raise ValueError("the capture lasts too long for one record")
    channels = [CH_X, CH_Y, CH_T, CH_F, CH_S] + ([CH_TX, CH_TY] if tilt else [])
    scalings = {CH_X: XY_SCALE, CH_Y: XY_SCALE, CH_T: time_scale,
                CH_TX: TILT_SCALE, CH_TY: TILT_SCALE}
    inclusion = sum(1 << ch for ch in channels)
    descriptions = b""
    for ch in channels:
        if ch in scalings:
            descriptions += struct.pack(">BH", 0x80, encode_scaling(scalings[ch]))
        else:
            descriptions += b"\x00"

    body = bytearray()

    def put(p: Sample, switch: int) -> None:
        t = round((p.t_ms - t0) * time_scale / 1000)
        if not 0 <= t <= 0xFFFF:
            raise ValueError("timestamps must not go backwards")
        values = [_signed(p.x, XY_SCALE, "x"), _signed(p.y, XY_SCALE, "y"), t,
                  round(min(max(p.pressure, 0.0), 1.0) * PRESSURE_MAX) if switch else 0, switch]
        if tilt:
            values += [_signed(p.tilt_x or 0.0, TILT_SCALE, "tilt"),
                       _signed(p.tilt_y or 0.0, TILT_SCALE, "tilt")]
        body.extend(struct.pack(f">{len(values)}H", *values))

    for stroke in strokes:
        for p in stroke:
            put(p, 1)
        put(stroke[-1], 0)  # pen lifted: the stroke ends here

    when = captured_at.astimezone(UTC)
    rep_header = struct.pack(">HBBBBBH", when.year, when.month, when.day, when.hour,
                             when.minute, when.second, when.microsecond // 1000)
    rep_header += struct.pack(">BHHB", 0, 0, 0, 0)  # technology, vendor, type; no quality
    rep_body = rep_header + struct.pack(">H", count) + bytes(body) + struct.pack(">H", 0)
    representation = struct.pack(">I", 4 + len(rep_body)) + rep_body
    header_rest = struct.pack(">BH", 1, inclusion) + descriptions
    length = 12 + len(header_rest) + len(representation)
    return MAGIC + VERSION + struct.pack(">I", length) + header_rest + representation


def decode(data: bytes) -> TimeSeries:
    """Read a record written by ``encode`` (first representation)."""
    try:
        return _decode(memoryview(data))
    except (struct.error, IndexError) as exc:
        raise FormatError(f"truncated ISO 19794-7 record: {exc}") from exc


def _decode(data: memoryview) -> TimeSeries:
    if bytes(data[:4]) != MAGIC or bytes(data[4:8]) != VERSION:
        raise FormatError("not an ISO/IEC 19794-7 record (format identifier or version)")
    (length,) = struct.unpack_from(">I", data, 8)
    if length != len(data):
        raise FormatError(f"record length {length} does not match the data ({len(data)} bytes)")
    reps, inclusion = struct.unpack_from(">BH", data, 12)
    if reps < 1:
        raise FormatError("the record holds no representation")
    channels = [ch for ch in range(15, -1, -1) if inclusion & (1 << ch)]
    if not {CH_X, CH_Y, CH_T, CH_S} <= set(channels):
        raise FormatError("the record lacks one of the channels X, Y, T, S")
    pos = 15
    scaling: dict[int, float] = {}
    for ch in channels:
        preamble = data[pos]
        pos += 1
        if preamble & 0x80:
            scaling[ch] = decode_scaling(struct.unpack_from(">H", data, pos)[0])
            pos += 2
        for flag in (0x40, 0x20, 0x10, 0x08):  # min, max, average, standard deviation
            if preamble & flag:
                pos += 2
    (rep_length,) = struct.unpack_from(">I", data, pos)
    year, month, day, hour, minute, second, milli = struct.unpack_from(">HBBBBBH", data, pos + 4)
    captured_at = datetime(year, month, day, hour, minute, second, milli * 1000, tzinfo=UTC)
    pos += 4 + 9 + 6
    quality = data[pos - 1]
    pos += 5 * quality
    (count,) = struct.unpack_from(">H", data, pos)
    pos += 2
    width = len(channels)
    if pos + count * width * 2 + 2 > len(data) or rep_length > len(data):
        raise FormatError("the representation is shorter than its sample count says")
    values = struct.unpack_from(f">{count * width}H", data, pos)
    index = {ch: i for i, ch in enumerate(channels)}
    xy = scaling.get(CH_X, XY_SCALE)
    ts = scaling.get(CH_T, 1000.0)
    tilt_scale = scaling.get(CH_TX, TILT_SCALE)
    has_tilt = CH_TX in index and CH_TY in index
    strokes: list[tuple[Sample, ...]] = []
    current: list[Sample] = []
    for i in range(count):
        row = values[i * width:(i + 1) * width]
        if not row[index[CH_S]]:
            if current:
                strokes.append(tuple(current))
            current = []
            continue
        current.append(Sample(
            x=(row[index[CH_X]] - _OFFSET) / xy,
            y=(row[index[CH_Y]] - _OFFSET) / scaling.get(CH_Y, xy),
            t_ms=row[index[CH_T]] * 1000 / ts,
            pressure=row[index[CH_F]] / PRESSURE_MAX if CH_F in index else 0.5,
            tilt_x=(row[index[CH_TX]] - _OFFSET) / tilt_scale if has_tilt else None,
            tilt_y=(row[index[CH_TY]] - _OFFSET) / tilt_scale if has_tilt else None,
        ))
    if current:
        strokes.append(tuple(current))
    return TimeSeries(strokes=tuple(strokes), captured_at=captured_at, has_tilt=has_tilt)


def quantize(strokes: Sequence[Sequence[Sample]], captured_at: datetime) -> TimeSeries:
    """What ``decode(encode(...))`` gives back: the samples at the format's resolution."""
    return decode(encode(strokes, captured_at))
