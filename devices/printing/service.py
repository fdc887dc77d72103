"""The ``printer`` thread: it alone talks to the receipt printer."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Protocol

from devices.printing.receipt import ReceiptDoc
from devices.threads import OwnedThread


class Printer(Protocol):
    def ready(self) -> bool: ...

    def print(self, doc: ReceiptDoc) -> str: ...


class PrinterService:
    def __init__(self, printer: Printer) -> None:
        self.printer = printer
        self._thread = OwnedThread("printer", "the receipt printer")

    def ready(self) -> Future[bool]:
        return self._thread.submit(self._ready)

    def _ready(self) -> bool:
        self._thread.assert_owner()
        return self.printer.ready()

    def print(self, doc: ReceiptDoc) -> Future[str]:
        return self._thread.submit(self._print, doc)

    def _print(self, doc: ReceiptDoc) -> str:
        self._thread.assert_owner()
        return self.printer.print(doc)

    def stop(self) -> None:
        self._thread.shutdown(wait=True, cancel_futures=True)


def printer_from_url(url: str, server: str = "") -> Printer:
    """``escpos://HOST:PORT`` or ``cups://QUEUE`` (settings' ``receipt_printer``)."""
    # Each printer's module loads only where that kind of printer is configured.
    if url.startswith("escpos://"):
        from devices.printing.escpos import EscposPrinter  # only where it is configured

        host, _, port = url.removeprefix("escpos://").rpartition(":")
        return EscposPrinter(host, int(port))
    from devices.printing.cups import CupsPrinter  # only where it is configured

    return CupsPrinter(url.removeprefix("cups://"), server=server)
