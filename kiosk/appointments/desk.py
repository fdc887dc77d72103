"""The check-in desk: a code in, a waiting ticket out — online first, else from the cache.

Runs on the ``appointments`` thread (``ui/checkin_bridge.py``); every call may
block on the network. A code that is not of today's appointments is ``NO_MATCH``
(the screen offers the walk-in ticket); when the system is unreachable the cache
answers, and its check-ins are told to the system at the next ``sync``.
"""

from __future__ import annotations

import hmac
import logging
import time
from collections.abc import Callable
from datetime import date
from typing import Final

from devices.printing.receipt import Line, ReceiptDoc
from kiosk.appointments.cache import AppointmentCache
from kiosk.appointments.model import (
    ALREADY,
    NO_MATCH,
    UNAVAILABLE,
    AppointmentSystem,
    CheckInCode,
    Ticket,
)
from kiosk.appointments.zms import ZmsAppointments, ZmsConfig
from kiosk.base.catalogue import text
from kiosk.base.errors import NetworkError, ServerRefused, StorageError, UserFacingError
from kiosk.base.i18n import N_
from kiosk.settings import Settings

log = logging.getLogger(__name__)

TICKET_TITLE: Final = N_("Appointment", "Waiting ticket")
YOUR_NUMBER: Final = N_("Appointment", "Your number")
AREA: Final = N_("Appointment", "Counter area: {area}")
APPOINTMENT_AT: Final = N_("Appointment", "Your appointment: {time}")
PLEASE_WAIT: Final = N_("Appointment", "Please wait until your number is called on the screen.")


class CheckInDesk:
    def __init__(self, system: AppointmentSystem, cache: AppointmentCache, *,
                 today: Callable[[], date] = date.today,
                 clock: Callable[[], float] = time.time) -> None:
        self.system, self.cache = system, cache
        self._today, self._clock = today, clock

    def sync(self) -> int:
        """Tell the system of the offline check-ins, then cache today's list (its size)."""
        day = self._today()
        cached = {a.process_id: a for a in self.cache.load(day) or []}
        for process_id, arrival in self.cache.pending():
            entry = cached.get(process_id)
            if entry is None:
                self.cache.told(process_id)
                continue
            try:
                self.system.check_in(CheckInCode(process_id, entry.auth_key), arrival=arrival)
            except ServerRefused as exc:  # already queued at the counter, or cancelled
                log.warning("offline check-in not taken by the appointment system: %s",
                            exc.detail)
            self.cache.told(process_id)
        appointments = self.system.today()
        self.cache.store(day, appointments)
        return len(appointments)

    def check_in(self, raw: str) -> Ticket:
        code = CheckInCode.parse(raw)
        arrival = int(self._clock())
        try:
            ticket = self.system.check_in(code, arrival=arrival)
        except NetworkError as exc:
            log.info("appointment system unreachable (%s): checking in from the cache",
                     exc.detail)
            return self._offline(code, arrival)
        try:  # checked in: a cache that cannot be written does not undo that
            self.cache.mark_queued(self._today(), code.process_id)
        except StorageError as exc:
            log.error("appointments cache not updated: %s", exc.detail)
        return ticket

    def _offline(self, code: CheckInCode, arrival: int) -> Ticket:
        day = self._today()
        appointments = self.cache.load(day)
        if appointments is None:
            raise NetworkError(UNAVAILABLE, detail="no cache of today's appointments")
        for entry in appointments:
            if entry.process_id == code.process_id and hmac.compare_digest(
                    entry.auth_key.encode(), code.auth_key.encode()):
                if entry.queued:
                    raise ServerRefused(ALREADY, detail="cache: already checked in")
                self.cache.mark_queued(day, entry.process_id, arrival=arrival)
                return Ticket(entry.number, entry.area, appointment_time=entry.time,
                              offline=True)
        raise ServerRefused(NO_MATCH, detail="cache: no such appointment today")

    def walk_in(self, service: str) -> Ticket:
        return self.system.walk_in(service)


def desk_for(settings: Settings) -> CheckInDesk | None:
    """The desk the settings configure (ZMS), or None without ``appointment_url``."""
    if not settings.appointment_url:
        return None
    config = ZmsConfig(settings.appointment_url, settings.appointment_scope,
                       settings.appointment_workstation_key,
                       settings.appointment_ticketprinter_hash)
    return CheckInDesk(ZmsAppointments(config),
                       AppointmentCache(settings.appointments_path, settings.key_path))


def ticket_doc(ticket: Ticket, language: str, *, office: str, service_title: str = ""
               ) -> ReceiptDoc:
    """The printed waiting ticket, in the citizen's language: no personal data on it."""
    lines = [Line(office, bold=True, center=True),
             Line(text(TICKET_TITLE, language), center=True),
             Line(text(YOUR_NUMBER, language), center=True),
             Line(ticket.number, bold=True, center=True, large=True)]
    if ticket.area:
        lines.append(Line(text(AREA.format(area=ticket.area), language), center=True))
    if ticket.appointment_time:
        lines.append(Line(text(APPOINTMENT_AT.format(time=ticket.appointment_time), language),
                          center=True))
    if service_title:
        lines.append(Line(service_title, center=True))
    lines.append(Line(text(PLEASE_WAIT, language)))
    return ReceiptDoc(tuple(lines), title="Wartemarke")


def message_of(exc: BaseException) -> UserFacingError:
    """What the screen shows for a failure of the desk."""
    if isinstance(exc, UserFacingError):
        return exc
    log.error("check-in failed: %s", type(exc).__name__)
    return NetworkError(UNAVAILABLE, detail=type(exc).__name__)
