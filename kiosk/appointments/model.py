"""What an appointment system gives the terminal, and the interface its adapter implements.

Nothing here holds a name, an e-mail address or a telephone number: the terminal
needs the appointment's number and key (to check it in), its time and the counter
area, and the number the call display will show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Protocol

from kiosk.base.errors import ServerRefused
from kiosk.base.i18n import N_

NO_MATCH: Final = N_("Appointment", "This code does not match any of today's appointments. "
                     "Please check it, or take a waiting ticket without an appointment.")
UNREADABLE: Final = N_("Appointment", "This is not the code of an appointment confirmation. "
                       "Please check it, or take a waiting ticket without an appointment.")
ALREADY: Final = N_("Appointment", "This appointment has already been checked in. Please wait "
                    "until your number is called.")
UNAVAILABLE: Final = N_("Appointment", "Checking in is not possible at the moment. Please take "
                        "a waiting ticket without an appointment or ask at the counter.")

# What a confirmation carries: the process number (ZMS: up to 11 digits) and its key
# (ZMS: the "authKey", 4 characters in Berlin's and Munich's confirmations). Typed as
# "100044-57c2" or "100044 57c2"; a QR code may hold that or a link ending in them.
_CODE = re.compile(r"(?:^|[/=\s])(\d{1,11})[-/\s&]+(?:authKey=)?([0-9A-Za-z]{4,40})/?\s*$")


@dataclass(frozen=True)
class CheckInCode:
    process_id: str
    auth_key: str

    def __repr__(self) -> str:  # the key opens the appointment: never in a log
        return "CheckInCode(…)"

    @classmethod
    def parse(cls, raw: str) -> CheckInCode:
        """A typed or scanned code; ``UserFacingError(UNREADABLE)`` for anything else."""
        match = _CODE.search(raw.strip()) if len(raw) <= 2000 else None
        if match is None:
            raise ServerRefused(UNREADABLE, detail="not a check-in code")
        return cls(match.group(1).lstrip("0") or "0", match.group(2))


@dataclass(frozen=True)
class Appointment:
    """One of today's appointments, as the cache keeps it (the minimum)."""

    process_id: str
    auth_key: str
    time: str  # "HH:MM", local
    area: str  # the counter area (ZMS: the scope's short name)
    number: str  # what the call display shows
    queued: bool = False  # already checked in

    def __repr__(self) -> str:
        return f"Appointment({self.time}, {self.area!r}, queued={self.queued})"


@dataclass(frozen=True)
class Ticket:
    """A waiting ticket: the number to wait for and where."""

    number: str
    area: str
    appointment_time: str = ""  # "HH:MM" for an appointment, "" for a walk-in
    service: str = ""  # the walk-in's service id
    offline: bool = False  # checked in from the cache; the system learns of it later

    def as_json(self) -> dict[str, str | bool]:
        return {"number": self.number, "area": self.area,
                "appointment_time": self.appointment_time, "service": self.service,
                "offline": self.offline}


class AppointmentSystem(Protocol):
    """An office's appointment system (ZMS/eappointment, TEVIS, Qmatic …).

    Each call may raise ``NetworkError`` (unreachable: the desk falls back to the
    cache) or ``ServerRefused`` (an answer that will not change: ``NO_MATCH``,
    ``ALREADY``)."""

    def today(self) -> list[Appointment]:
        """Today's appointments at this terminal's location, for the offline cache."""
        ...

    def check_in(self, code: CheckInCode, *, arrival: int) -> Ticket:
        """Put the appointment into the waiting queue; ``arrival`` in Unix seconds."""
        ...

    def walk_in(self, service: str) -> Ticket:
        """A waiting number without appointment, for the service's id."""
        ...


