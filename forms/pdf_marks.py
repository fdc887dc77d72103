"""Canvas helpers of the application PDF's header (``forms.pdf``): the QR code of the
Vorgangsnummer, and the form's title fitted beside it — smaller, then on two lines, then
cut with "…" (the whole title is in the summary band above the signature)."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

ELLIPSIS = "…"


def title_lines(canv: Canvas, title: str, font: str, width: float) -> tuple[float, list[str]]:
    """The font size and lines ``title`` is drawn in within ``width``: one line from 17 pt
    down to 12 pt, else at most two lines at 10 pt, the second cut with "…"."""
    size = 17.0
    while size >= 12:
        if canv.stringWidth(title, font, size) <= width:
            return size, [title]
        size -= 0.5
    size = 10.0
    lines = simpleSplit(title, font, size, width)
    if len(lines) <= 2:
        return size, lines
    second = " ".join(lines[1:])
    while second and canv.stringWidth(second + ELLIPSIS, font, size) > width:
        second = second[:-1]
    return size, [lines[0], second.rstrip() + ELLIPSIS]


def draw_title(canv: Canvas, title: str, font: str, x: float, y: float, width: float) -> None:
    """``title`` at ``x``, its first baseline below ``y`` by its size, within ``width``."""
    size, lines = title_lines(canv, title, font, width)
    canv.setFont(font, size)
    for number, line in enumerate(lines):
        canv.drawString(x, y - size - 2 - number * size * 1.15, line)


def draw_qr(canv: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """``payload`` as a QR code of vector squares, quiet zone included, in a size² box."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(payload)
    code.make(fit=True)
    matrix: list[list[bool]] = code.get_matrix()
    module = size / len(matrix)
    canv.setFillColor(colors.black)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + 1) * module
        col = 0
        while col < len(row):
            if not row[col]:
                col += 1
                continue
            start = col
            while col < len(row) and row[col]:
                col += 1
            # One rectangle per horizontal run: fewer objects, no hairline gaps.
            canv.rect(x + start * module, top, (col - start) * module, module, stroke=0, fill=1)
