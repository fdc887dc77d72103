"""Invented example files for ``file`` fields: a scanned document, a passport-style photo
(PNG, written with the standard library), a tiny JPEG photo and a one-page PDF.

Used by ``forms.samples`` (``forms render``, the walkthrough, ``bench pdf``) and
the tests. Everything here is invented; the photo is a drawn silhouette.
"""

from __future__ import annotations

import base64
import functools
import struct
import zlib
from typing import Final

from forms.files import JPEG, PDF, PNG, FileAnswer

RGB = tuple[int, int, int]

# A 48 x 64 JPEG (baseline, YCbCr): a drawn head-and-shoulders silhouette.
_JPEG_PHOTO: Final = (
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0"
    "KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7"
    "Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCABAADADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD0uiiitjIKKqzXRB2x4/3qSK7YNiTkeuOlY+3hzWNvYztct0UA"
    "gjI5FFbGIVHOxSFiOtSUyZC8TKOpqZ35XYqNuZXM6iiivKPTL1qxaHnscVNUVqhSEZ/i5qWvUp35Fc82pbmdgoor"
    "wStUrmbdj3Sa2Eh3IQD3HY02K02tmQg47CvDaKh4eDlzGnt52se90V4JXtmgf8i7pv8A16Rf+gCrasZp3L9eCV73"
    "XglVAUgoooqyQr2zQP8AkXdN/wCvSL/0AV4nXtmgf8i7pv8A16Rf+gComVE//9k="
)


def png_bytes(width: int, height: int, rows: list[bytes]) -> bytes:
    """An 8-bit RGB PNG of ``rows`` (``width`` * 3 bytes each)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))

    raw = b"".join(b"\x00" + row for row in rows)
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


@functools.cache
def document_png() -> bytes:
    """A landscape 'scanned document': a pale green form with a header band and text lines."""
    width, height = 480, 320
    paper, band, ink = bytes((226, 238, 221)), bytes((120, 160, 120)), bytes((90, 96, 104))
    rows = []
    for y in range(height):
        if 16 <= y < 40:
            rows.append(paper * 16 + band * (width - 32) + paper * 16)
        elif y >= 60 and (y - 60) % 22 < 6 and y < height - 20:
            length = width - 80 - (((y - 60) // 22 * 37) % 160)
            rows.append(paper * 32 + ink * length + paper * (width - 32 - length))
        else:
            rows.append(paper * width)
    return png_bytes(width, height, rows)


@functools.cache
def photo_png() -> bytes:
    """A portrait 'passport photo' (35:45): a drawn head-and-shoulders silhouette."""
    width, height = 140, 180
    background, skin, coat = (214, 224, 236), (226, 190, 160), (52, 70, 96)
    rows = []
    for y in range(height):
        row = bytearray()
        for x in range(width):
            head = ((x - 70) / 32) ** 2 + ((y - 72) / 42) ** 2 <= 1
            body = y > 120 and abs(x - 70) < 30 + (y - 120)
            row += bytes(skin if head else coat if body else background)
        rows.append(bytes(row))
    return png_bytes(width, height, rows)


def photo_jpeg() -> bytes:
    return base64.b64decode(_JPEG_PHOTO)


@functools.cache
def document_pdf() -> bytes:
    """A one-page PDF 'scan' (reportlab, imported here only)."""
    import io

    from reportlab.lib.pagesizes import A5
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5, invariant=1)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(40, 540, "MUSTER")
    canvas.setFont("Helvetica", 10)
    for line in range(12):
        canvas.drawString(40, 500 - line * 18, "x" * (30 + (line * 7) % 25))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sample_file(accept: tuple[str, ...], *, photo: bool) -> FileAnswer:
    """An example file of a kind in ``accept`` (a photo when ``photo``)."""
    if PNG in accept:
        return FileAnswer("passfoto.png" if photo else "scan-0001.png", PNG,
                          photo_png() if photo else document_png())
    if JPEG in accept:
        return FileAnswer("passfoto.jpg", JPEG, photo_jpeg())
    return FileAnswer("scan-0001.pdf", PDF, document_pdf())
