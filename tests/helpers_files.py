"""Real files for the file-field tests: JPEGs and PNGs written by Pillow (reportlab's
image library), PDFs by reportlab and pikepdf, and the answers made of them."""

from __future__ import annotations

import io
from typing import Any

import pikepdf
from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas

from forms.files import FileAnswer, received_file
from forms.model import FieldDef
from kiosk.base.i18n import N_

LABEL = N_("Test", "Nachweis")


def file_field(**options: Any) -> FieldDef:
    return FieldDef(id="proof", type="file", label=LABEL, **options)


def picture(size: tuple[int, int] = (320, 220), mode: str = "RGB") -> Image.Image:
    image = Image.new("RGB", size, (230, 236, 224))
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 10, size[0] - 10, 40), fill=(40, 90, 60))
    for row in range(60, size[1] - 20, 20):
        draw.line((20, row, size[0] - 40 - row % 70, row), fill=(60, 60, 70), width=5)
    return image.convert(mode)


def image_bytes(fmt: str = "JPEG", size: tuple[int, int] = (320, 220), mode: str = "RGB",
                **save: Any) -> bytes:
    buffer = io.BytesIO()
    picture(size, mode).save(buffer, fmt, **save)
    return buffer.getvalue()


def pdf_bytes(text: str = "Zulassungsbescheinigung Teil I", pages: int = 1) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for page in range(pages):
        canvas.drawString(72, 720, f"{text} – {page + 1}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf_bytes())) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner="owner", user="secret"))
    return out.getvalue()


def answer(name: str, data: bytes) -> FileAnswer:
    """The answer a file field holds after the kiosk took this file from the scan inbox."""
    return received_file(name, data)
