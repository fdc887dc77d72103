"""Any CUPS printer: the receipt as a PDF (reportlab), handed over with ``lp``.

Readiness is the queue's state from ``lpstat -p`` (idle or printing, and
enabled) and ``lpstat -a`` (accepting jobs). ``server`` is a CUPS server
(``host:port`` or the path of its socket), empty for the system's default.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from devices.printing.receipt import (
    NOT_READY,
    PRINT_FAILED,
    PrinterError,
    ReceiptDoc,
)
from kiosk.base.i18n import has_right_to_left_letters

_JOB = re.compile(r"request id is (\S+)")
RECEIPT_WIDTH_MM = 80


def receipt_pdf(doc: ReceiptDoc) -> bytes:
    """An 80 mm wide receipt, as long as it needs to be."""
    # reportlab and qrcode load on the printer thread with the first PDF receipt.
    import qrcode
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph

    fonts = Path(__file__).resolve().parents[2] / "assets" / "fonts"
    if "ReceiptSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("ReceiptSans", str(fonts / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("ReceiptSans-Bold", str(fonts / "DejaVuSans-Bold.ttf")))
    width = RECEIPT_WIDTH_MM * mm
    usable = width - 10 * mm

    def wrapped(text: str, font: str, size: float) -> list[str]:
        rows, row = [], ""
        for word in text.split(" "):
            candidate = f"{row} {word}".strip()
            if row and pdfmetrics.stringWidth(candidate, font, size) > usable:
                rows.append(row)
                row = word
            else:
                row = candidate
        return [*rows, row]

    items = [(part, line.bold, line.center, line.large, i)
             for i, line in enumerate(doc.lines)
             for part in wrapped(line.text, "ReceiptSans-Bold" if line.bold else "ReceiptSans",
                                 12 if line.large else 8.5)]
    extra = [part for text in doc.extra for part in wrapped(text, "ReceiptSans", 8.5)]
    qr_h = 40 * mm if doc.qr else 0
    height = (len(items) + len(extra)) * 5.2 * mm + qr_h + 20 * mm
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height))
    canvas.setTitle(doc.title)
    y = height - 10 * mm

    def line(text: str, *, bold: bool = False, center: bool = False, large: bool = False) -> None:
        nonlocal y
        size = 12 if large else 8.5
        font = "ReceiptSans-Bold" if bold else "ReceiptSans"
        canvas.setFont(font, size)
        # reportlab shapes (uharfbuzz) in a paragraph only; drawn as a plain string, Arabic
        # would print as isolated letters, left to right
        if has_right_to_left_letters(text):
            style = ParagraphStyle("receipt", fontName=font, fontSize=size, leading=size,
                                   alignment=TA_CENTER if center else TA_RIGHT, shaping=1)
            shaped = Paragraph(escape(text), style)
            _width, shaped_height = shaped.wrapOn(canvas, usable, 4 * size)
            shaped.drawOn(canvas, 5 * mm, y - shaped_height + size)
        elif center:
            canvas.drawCentredString(width / 2, y, text)
        else:
            canvas.drawString(5 * mm, y, text)
        y -= (6.5 if large else 4.6) * mm

    for n, (part, bold, center, large, i) in enumerate(items):
        line(part, bold=bold, center=center, large=large)
        last_of_line = n + 1 == len(items) or items[n + 1][4] != i
        if doc.qr and last_of_line and i + 1 == doc.qr_after:
            image = qrcode.make(doc.qr, border=1).get_image()
            canvas.drawImage(ImageReader(image), (width - 35 * mm) / 2, y - 33 * mm,
                             35 * mm, 35 * mm)
            y -= 38 * mm
    for text in extra:
        line(text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


class CupsPrinter:
    def __init__(self, queue: str, *, server: str = "", timeout_s: float = 10.0) -> None:
        self.queue, self.server, self.timeout_s = queue, server, timeout_s

    def _run(self, *args: str, data: bytes | None = None) -> str:
        tool = shutil.which(args[0])
        if tool is None:
            raise PrinterError(NOT_READY, detail=f"{args[0]} is not installed")
        command = [tool, *(["-h", self.server] if self.server else []), *args[1:]]
        try:
            # Our own queue name and a fixed tool: nothing untrusted on the command line.
            result = subprocess.run(command, input=data, capture_output=True,  # noqa: S603
                                    timeout=self.timeout_s, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrinterError(NOT_READY, detail=f"{args[0]}: {type(exc).__name__}") from exc
        if result.returncode != 0:
            raise PrinterError(NOT_READY, detail=f"{args[0]}: {result.stderr.decode()[:120]}")
        return result.stdout.decode()

    def ready(self) -> bool:
        try:
            state = self._run("lpstat", "-p", self.queue)
            accepting = self._run("lpstat", "-a", self.queue)
        except PrinterError:
            return False
        return ("is idle" in state or "now printing" in state) and "disabled" not in state \
            and "not accepting" not in accepting and "accepting" in accepting

    def check_ready(self) -> None:
        if not self.ready():
            raise PrinterError(NOT_READY, detail=f"cups queue {self.queue} not ready")

    def print(self, doc: ReceiptDoc) -> str:
        pdf = receipt_pdf(doc)
        with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
            handle.write(pdf)
            handle.flush()
            try:
                out = self._run("lp", "-d", self.queue, "-t", doc.title, handle.name)
            except PrinterError as exc:
                raise PrinterError(PRINT_FAILED, detail=exc.detail) from exc
        match = _JOB.search(out)
        return match.group(1) if match else self.queue
