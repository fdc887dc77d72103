"""A plain multi-page PDF to sign (reportlab, uncompressed so tests can change one byte)."""

from __future__ import annotations

import io


def plain_pdf(pages: int = 3, text: str = "Antrag") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canv = Canvas(buffer, invariant=1, pageCompression=0)
    for page in range(pages):
        canv.drawString(72, 760, f"{text} – Seite {page + 1}")
        canv.showPage()
    canv.save()
    return buffer.getvalue()
