"""The walkthrough's appointment check-in: a confirmation's QR code, scanned.

The ZMS stand-in (``sync.reference.zms``) holds one appointment of today; the citizen
taps 'Check in for an appointment' on the welcome screen, the kiosk gets a camera
image of the confirmation's QR code (generated with ``qrcode``, handed over as the
camera would: ``CheckIn.scan_image`` → the ``barcode`` thread → zxing-cpp) and
checks it in; the ticket shows and prints. Screenshots ``checkin`` and ``ticket``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import qrcode

from devices.tools.cups_sandbox import CupsSandbox
from kiosk.appointments.model import Ticket
from sync.reference.zms import ZmsStandIn
from ui.app import Kiosk
from ui.i18n import translate
from ui.screens.checkin import PRINTED
from ui.tools.journey import JourneyDriver, wait_until


def zms_settings(zms: ZmsStandIn) -> dict[str, Any]:
    """The terminal's settings for the stand-in."""
    return {"appointment_url": zms.url, "appointment_scope": zms.scope,
            "appointment_workstation_key": zms.auth_key,
            "appointment_ticketprinter_hash": zms.ticketprinter_hash}


def confirmation_qr(process_id: int, auth_key: str) -> bytes:
    """A photo of the confirmation's QR code, as the camera hands it over (PNG)."""
    buf = io.BytesIO()
    link = f"https://termine.example.invalid/process/{process_id}/{auth_key}/"
    qrcode.make(link).get_image().convert("RGB").save(buf, format="PNG")
    return buf.getvalue()


def check_in(kiosk: Kiosk, drive: JourneyDriver, zms: ZmsStandIn, cups: CupsSandbox,
             prints_before: int, shot: Callable[[str], None],
             render: Callable[[Path, Path], None], out_dir: Path) -> dict[str, Any]:
    """One check-in from the welcome screen; what ``journey.json`` says of it."""
    pid, key = zms.book(datetime.combine(date.today(), time(10, 40)))
    checkin = kiosk.backend.checkin
    shown: list[Ticket] = []
    checkin.ticketShown.connect(shown.append)
    drive.click(kiosk.window.welcome.checkin_button)
    shot("checkin")
    checkin.scan_image(confirmation_qr(pid, key))
    result: dict[str, Any] = {"checked_in": False, "ticket": None}
    if not wait_until(lambda: bool(shown), 15):
        return result
    ticket_screen = checkin.ticket()
    printed = wait_until(lambda: ticket_screen.printing.text() == translate(PRINTED), 30)
    shot("ticket")
    result.update(checked_in=zms.processes[pid]["status"] == "queued",
                  ticket=shown[0].as_json(), printed=printed, scanned="camera image (QR)")
    try:
        pdf = out_dir / "ticket.pdf"
        pdf.write_bytes(cups.wait_for_pdf(count=prints_before + 1, timeout_s=30).read_bytes())
        render(pdf, out_dir / "ticket")
        result["ticket_pdf"] = str(pdf.resolve())
    except TimeoutError:
        result["ticket_pdf"] = None
    drive.click(ticket_screen.done)
    wait_until(lambda: drive.screen == "welcome", 5)
    return result
