"""ESC/POS thermal receipt printers on the network, through python-escpos.

Readiness is asked in real time before a card payment: ``DLE EOT 1`` (printer
status: online?) and ``DLE EOT 4`` (roll paper sensor). A printer that does not
answer, or answers "offline" or "paper end", is not ready (python-escpos's own
``paper_status`` says "plenty of paper" when nothing came back; we fail
closed). Text is sent in code page CP858 (German umlauts, €); a line with letters
CP858 lacks (Turkish, Cyrillic, Arabic …) as an image (``devices.printing.raster``).
"""

from __future__ import annotations

import logging
import socket
from typing import Any

from devices.printing.raster import line_image, printable, raster_command
from devices.printing.receipt import NOT_READY, PRINT_FAILED, Line, PrinterError, ReceiptDoc

log = logging.getLogger(__name__)
DLE_EOT_ONLINE = b"\x10\x04\x01"
DLE_EOT_PAPER = b"\x10\x04\x04"
READY, UNREACHABLE, SILENT, OFFLINE, PAPER_END = (
    "ready", "unreachable", "no status answer", "offline", "paper end")


def _ask(host: str, port: int, query: bytes, timeout_s: float) -> int | None:
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as sock:
            sock.sendall(query)
            reply = sock.recv(1)
    except OSError:
        return None
    return reply[0] if reply else None


def _print_line(printer: Any, line: Line) -> None:
    """A line as text in CP858, or as an image when CP858 lacks some of its letters."""
    if printable(line.text):
        printer.set(align="center" if line.center else "left", bold=line.bold,
                    double_height=line.large, double_width=line.large)
        printer.textln(line.text)
    else:
        printer.set(align="left", bold=False, double_height=False, double_width=False)
        # python-escpos's image() prints a warning to stdout for every image without a
        # paper width in its profile; the command is eight bytes and the rows
        printer._raw(raster_command(line_image(line)))


class EscposPrinter:
    def __init__(self, host: str, port: int = 9100, *, timeout_s: float = 3.0) -> None:
        self.host, self.port, self.timeout_s = host, port, timeout_s

    def ready(self) -> bool:
        return self.status() == READY

    def status(self) -> str:
        """READY, or why not: UNREACHABLE, SILENT (no status answer), OFFLINE, PAPER_END."""
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout_s):
                pass
        except OSError:
            return UNREACHABLE
        status = _ask(self.host, self.port, DLE_EOT_ONLINE, self.timeout_s)
        if status is None:
            return SILENT
        paper = _ask(self.host, self.port, DLE_EOT_PAPER, self.timeout_s)
        if paper is None:
            return SILENT
        if paper & 0x60:  # bits 5/6: paper end (the printer then reports itself offline)
            return PAPER_END
        return OFFLINE if status & 0x08 else READY  # bit 3: offline

    def check_ready(self) -> None:
        if not self.ready():
            raise PrinterError(NOT_READY, detail=f"escpos {self.host}:{self.port} not ready")

    def print(self, doc: ReceiptDoc) -> str:
        # python-escpos (and Pillow, qrcode) load on the printer thread, with the first print.
        from escpos.printer import Network

        printer = Network(self.host, self.port, timeout=self.timeout_s)
        try:
            printer.open()
            printer.charcode("CP858")
            for i, line in enumerate(doc.lines):
                _print_line(printer, line)
                if doc.qr and i + 1 == doc.qr_after:
                    printer.set(align="center")
                    printer.qr(doc.qr, size=6, native=True)
            for text in doc.extra:
                _print_line(printer, Line(text))
            printer.cut()
        except Exception as exc:  # python-escpos raises its own and OSError
            raise PrinterError(PRINT_FAILED, detail=f"escpos: {type(exc).__name__}") from exc
        finally:
            printer.close()
        return f"escpos://{self.host}:{self.port}"
