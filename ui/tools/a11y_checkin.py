"""The appointment check-in's screens for ``a11y check``: as a citizen meets them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kiosk.appointments.model import NO_MATCH, Ticket
from ui.screens.base import Screen

# A terminal with the check-in configured (the check never reaches the address).
SETTINGS: dict[str, Any] = {"appointment_url": "http://127.0.0.1:9", "appointment_scope": 1,
                            "appointment_workstation_key": "a11y",
                            "appointment_ticketprinter_hash": "a11y"}


def checkin_screens(kiosk: Any) -> Iterator[tuple[str, Screen]]:
    """The code screen, then with a refused code and the walk-in services, then a ticket
    (each yielded once it shows; the check's ``end_session`` goes back to the welcome)."""
    window, checkin = kiosk.window, kiosk.backend.checkin
    screen = checkin.check_in_screen()
    screen.wipe()
    window.preview(screen)
    yield "checkin", screen
    screen.refuse(NO_MATCH)
    screen.show_services(True)
    yield "checkin/walk-in", screen
    ticket = checkin.ticket()
    ticket.show_ticket(Ticket("1042", "Bürgeramt Mitte, Wartebereich A", "10:40"))
    ticket.show_printed(False)
    window.preview(ticket)
    yield "ticket", ticket
