"""What a receipt holds, ready to print: lines already in the citizen's language."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.base.errors import DeviceError
from kiosk.base.i18n import N_


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    center: bool = False
    large: bool = False


@dataclass(frozen=True)
class ReceiptDoc:
    lines: tuple[Line, ...]
    qr: str = ""  # printed after the line at ``qr_after`` (the Vorgangsnummer)
    qr_after: int = 0
    title: str = "Beleg"  # the print job's title: never personal data
    extra: tuple[str, ...] = field(default=())  # e.g. the terminal's card receipt

    def text(self) -> str:
        return "\n".join([line.text for line in self.lines] + list(self.extra))


class PrinterError(DeviceError):
    """The receipt could not be printed; the citizen can see it on screen instead."""


NOT_READY = N_("Receipt", "The receipt printer is not ready (no paper, or switched off). "
               "Your receipt is shown on the screen; please photograph the QR code.")
PRINT_FAILED = N_("Receipt", "The receipt could not be printed. It is shown on the screen; "
                  "please photograph the QR code.")
