"""Text in the application PDF (``forms.pdf``, ``forms.pdf_files``): paragraphs and lines.

The document's own texts are German, but an answer is printed as the citizen typed it,
in any script DejaVu Sans covers. Letters written right to left (Arabic, Hebrew, …) are
shaped (uharfbuzz through reportlab): joined as the script joins them and the run set
right to left; without shaping they would print as isolated letters, left to right. Any
other text is set unshaped, because reportlab's shaping also applies discretionary
ligatures (ﬆ, ﬁ) that the office's Latin text should not get.
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from kiosk.base.i18n import has_right_to_left_letters


@functools.cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """``text`` (its line breaks kept) in ``style``; shaped when it needs it."""
    return Paragraph(escape(text).replace("\n", "<br/>"),
                     _shaped(style) if has_right_to_left_letters(text) else style)


MIN_SIZE = 5.5  # the smallest a line is set to fit its width (a name of 45 letters, with
#                place and time, in the signature box)


def draw_line(canv: Canvas, x: float, y: float, *parts: str, width: float | None = None) -> None:
    """``parts`` one after the other on the baseline ``y`` from ``x``, in the canvas's
    current font and colour, as ``canv.drawString`` sets them; each part that needs it
    shaped (so a name typed in Arabic joins, and the German beside it gets no ligature).
    With ``width``, a line wider than that is set smaller to fit (to ``MIN_SIZE``): a
    long name with place and time must stay inside the margin."""
    size = canv._fontsize
    wide = sum(canv.stringWidth(part, canv._fontname, size) for part in parts) \
        if width is not None else 0.0
    if width is not None and wide > width:
        size = max(MIN_SIZE, size * width / wide)
        canv.setFont(canv._fontname, size)
    for part in parts:
        if not has_right_to_left_letters(part):
            canv.drawString(x, y, part)
            x += canv.stringWidth(part, canv._fontname, size)
            continue
        style = ParagraphStyle("line", fontName=canv._fontname, fontSize=size, leading=size,
                               textColor=canv._fillColorObj, shaping=1)
        shaped = Paragraph(escape(part), style)
        _width, height = shaped.wrapOn(canv, 10_000, 2 * size)
        shaped.drawOn(canv, x, y - height + size)
        x += max(shaped.getActualLineWidths0(), default=0.0)
