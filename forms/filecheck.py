"""Checking a file answer by what is really in it: magic bytes, structure, size.

A JPEG must be one the application PDF can carry unchanged (baseline or
progressive, 8 bits, grey or colour — a CMYK one would break PDF/A), read marker
by marker to its end; a PNG's chunks must pass their checksums and its image
data must inflate to exactly the size its header announces; a PDF must open
(pikepdf) without a password. Images are also read by reportlab, which draws
them into the application PDF. A damaged or truncated file gets a message,
never an exception.

reportlab and pikepdf are imported when a file is checked, not with this module.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from forms.files import (
    JPEG,
    PDF,
    PNG,
    FileAnswer,
    accepted_types,
    max_bytes,
    short_kinds,
    sniff_media_type,
)
from kiosk.base.i18n import N_, Message

if TYPE_CHECKING:
    from forms.model import FieldDef

FILE_REQUIRED = N_("Validation", "Please take the document from the scanner, or choose to "
                   "hand it in at the counter.")
FILE_TYPE = N_("Validation", "This kind of file cannot be used here. Please scan the document "
               "again as one of: {kinds}.")
FILE_TOO_LARGE = N_("Validation", "This file is too large ({size}; at most {max}). Please scan "
                    "it with a lower resolution, or hand the document in at the counter.")
FILE_DAMAGED = N_("Validation", "This file cannot be read; it may be damaged or incomplete. "
                  "Please scan the document again.")
IMAGE_CMYK = N_("Validation", "This image uses a colour format for printing (CMYK). Please "
                "scan the document again in colour or greyscale.")
IMAGE_PIXELS = N_("Validation", "This image has too many pixels. Please scan it with a lower "
                  "resolution; 300 dpi is enough.")
PHOTO_PORTRAIT = N_("Validation", "Please use a photo in portrait format (taller than wide), "
                    "as for a passport.")
PDF_PASSWORD = N_("Validation", "This PDF is protected by a password. Please scan the paper "
                  "document instead, or hand it in at the counter.")

# More pixels than a 300 dpi A3 scan: refused before anything is decoded.
MAX_PIXELS: Final = 40_000_000
_SOF_SUPPORTED: Final = frozenset({0xC0, 0xC1, 0xC2})  # baseline, extended, progressive
_SOF_OTHER: Final = frozenset({0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF})
_PNG_DEPTHS: Final = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_CHANNELS: Final = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
# Adam7: (first column, first row, column step, row step) of each pass.
_ADAM7: Final = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4),
                 (1, 0, 2, 2), (0, 1, 1, 2))


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int


def check_file(field_def: FieldDef, answer: FileAnswer) -> Message | None:
    """What is wrong with the file ``answer`` to ``field_def``; ``None`` if fine."""
    if answer.at_counter:
        return None
    limit = max_bytes(field_def)
    if answer.size > limit:
        return FILE_TOO_LARGE.format(size=whole_size(answer.size, up=True),
                                     max=whole_size(limit, up=False))
    kinds = accepted_types(field_def)
    actual = sniff_media_type(answer.data)
    if actual not in kinds:
        return FILE_TYPE.format(kinds=short_kinds(kinds))
    if actual != answer.media_type:
        return FILE_DAMAGED
    if actual == PDF:
        return _check_pdf(answer.data)
    info = _jpeg_info(answer.data) if actual == JPEG else _png_info(answer.data)
    if isinstance(info, Message):
        return info
    if info.width * info.height > MAX_PIXELS:
        return IMAGE_PIXELS
    if not _reportlab_reads(answer, info):
        return FILE_DAMAGED
    if field_def.photo and info.height <= info.width:
        return PHOTO_PORTRAIT
    return None


def whole_size(size: int, *, up: bool) -> str:
    """A size in whole KB or MB, the same in every language (for message placeholders)."""
    unit, name = (1_000_000, "MB") if size >= 1_000_000 else (1_000, "KB")
    return f"{(size + unit - 1) // unit if up else size // unit} {name}"


def image_info(answer: FileAnswer) -> ImageInfo | None:
    """Width and height of a JPEG or PNG answer that passed ``check_file``."""
    reader = {JPEG: _jpeg_info, PNG: _png_info}.get(answer.media_type)
    info = reader(answer.data) if reader is not None else None
    return info if isinstance(info, ImageInfo) else None


def _jpeg_info(data: bytes) -> ImageInfo | Message:
    """Walk the JPEG's markers from SOI to EOI; the frame header gives size and colours."""
    size = len(data)
    pos, info, scanned = 2, None, False
    while pos < size:
        if data[pos] != 0xFF:
            return FILE_DAMAGED
        while pos < size and data[pos] == 0xFF:  # fill bytes before a marker
            pos += 1
        if pos >= size:
            break
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI
            return info if info is not None and scanned else FILE_DAMAGED
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # no length
            continue
        if pos + 2 > size:
            break
        length = int.from_bytes(data[pos:pos + 2], "big")
        if length < 2 or pos + length > size:
            break
        segment = data[pos + 2:pos + length]
        pos += length
        if marker in _SOF_SUPPORTED:
            if len(segment) < 6:
                return FILE_DAMAGED
            precision, height, width, components = struct.unpack(">BHHB", segment[:6])
            if components == 4:
                return IMAGE_CMYK
            if precision != 8 or components not in (1, 3) or not (height and width):
                return FILE_DAMAGED
            info = ImageInfo(width, height)
        elif marker in _SOF_OTHER:
            return FILE_DAMAGED  # lossless or arithmetic coding: no PDF reader shows it
        elif marker == 0xDA:  # start of scan: entropy-coded data up to the next marker
            if info is None:
                return FILE_DAMAGED
            scanned = True
            pos = _end_of_scan(data, pos)
            if pos < 0:
                break
    return FILE_DAMAGED  # it ends before its EOI marker: truncated


def _end_of_scan(data: bytes, pos: int) -> int:
    """Where the marker after entropy-coded data starts; -1 if the data runs out."""
    while True:
        pos = data.find(b"\xff", pos)
        if pos < 0 or pos + 1 >= len(data):
            return -1
        following = data[pos + 1]
        if following == 0xFF:
            pos += 1
        elif following == 0x00 or 0xD0 <= following <= 0xD7:  # stuffed byte, restart marker
            pos += 2
        else:
            return pos


def _png_info(data: bytes) -> ImageInfo | Message:
    """Every chunk's CRC, the header's values, and the image data's inflated size."""
    view = memoryview(data)
    pos, header, palette, idat, ended = 8, None, False, [], False
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", view[pos:pos + 8])
        end = pos + 12 + length
        if end > len(data):
            return FILE_DAMAGED
        if zlib.crc32(view[pos + 4:end - 4]) != struct.unpack(">I", view[end - 4:end])[0]:
            return FILE_DAMAGED
        body = view[pos + 8:end - 4]
        if header is None and kind != b"IHDR":
            return FILE_DAMAGED
        if kind == b"IHDR":
            if length != 13 or header is not None:
                return FILE_DAMAGED
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"PLTE":
            palette = True
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            ended = True
            break
        pos = end
    if header is None or not ended or not idat:
        return FILE_DAMAGED
    width, height, depth, colour, compression, filtering, interlace = header
    if (not (width and height) or depth not in _PNG_DEPTHS.get(colour, ())
            or compression or filtering or interlace > 1 or (colour == 3 and not palette)):
        return FILE_DAMAGED
    if width * height > MAX_PIXELS:
        return IMAGE_PIXELS
    bits = depth * _PNG_CHANNELS[colour]
    expected = _png_raw_size(width, height, bits, interlace)
    row = 0 if interlace else 1 + (width * bits + 7) // 8  # rows of varying length interlaced
    return ImageInfo(width, height) if _inflates_to(idat, expected, row) else FILE_DAMAGED


def _png_raw_size(width: int, height: int, bits: int, interlace: int) -> int:
    """Bytes of filtered scanlines (one filter byte a row) the image data must inflate to."""
    passes = _ADAM7 if interlace else ((0, 0, 1, 1),)
    total = 0
    for x0, y0, dx, dy in passes:
        columns = (width - x0 + dx - 1) // dx if width > x0 else 0
        rows = (height - y0 + dy - 1) // dy if height > y0 else 0
        if columns and rows:
            total += rows * (1 + (columns * bits + 7) // 8)
    return total


def _inflates_to(chunks: list[memoryview], expected: int, row: int) -> bool:
    """Inflate piece by piece (bounded memory): exactly ``expected`` bytes, and every
    scanline (``row`` bytes, 0 if unknown) starts with a known filter type (0-4)."""
    inflater = zlib.decompressobj()
    total = 0
    try:
        for chunk in [*(c for c in chunks if len(c)), memoryview(b"")]:  # b"": flush
            pending = bytes(chunk)
            while True:
                out = inflater.decompress(pending, 1 << 20) if pending else inflater.flush()
                if row and out and max(out[(-total) % row::row], default=0) > 4:
                    return False
                total += len(out)
                if total > expected:
                    return False
                pending = inflater.unconsumed_tail
                if not pending:
                    break
    except zlib.error:
        return False
    return inflater.eof and total == expected


def _reportlab_reads(answer: FileAnswer, info: ImageInfo) -> bool:
    """reportlab, which draws the image into the application PDF, sees the same image."""
    from reportlab.lib.utils import ImageReader

    try:
        size = ImageReader(io.BytesIO(answer.data)).getSize()
    except Exception:  # noqa: BLE001  # the decoder fails in many ways; each means damaged
        return False
    return tuple(size) == (info.width, info.height)


def _check_pdf(data: bytes) -> Message | None:
    if b"%%EOF" not in data[-2048:]:
        return FILE_DAMAGED  # truncated: a PDF ends with its trailer
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as document:
            return None if len(document.pages) > 0 else FILE_DAMAGED
    except pikepdf.PasswordError:
        return PDF_PASSWORD
    except (pikepdf.PdfError, ValueError, RecursionError):
        return FILE_DAMAGED
