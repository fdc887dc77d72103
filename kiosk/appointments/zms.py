"""The adapter for ZMS/eappointment (EUPL; Berlin's and Munich's appointment system).

The API is the ``zmsbackend`` (formerly ``zmsapi``) of it-at-m/eappointment, as its
``routing.php`` Swagger annotations and ``zmsentities/schema/*.json`` publish it
(docs/office.md names the endpoints and where they are written down). Every answer
is ``{"meta": {...}, "data": ...}``; a refusal carries ``meta.error`` and an HTTP
status (404 no such process, 403 wrong authKey). The terminal signs in as a
workstation of its location (header ``X-Authkey``); a walk-in number is drawn as
ZMS's own ticket printers draw it, with the ticket printer's hash.

HTTP failures become ``NetworkError`` (try the cache) or ``ServerRefused`` here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import requests

from kiosk.appointments.model import (
    ALREADY,
    NO_MATCH,
    UNAVAILABLE,
    Appointment,
    CheckInCode,
    Ticket,
)
from kiosk.base.errors import NetworkError, ServerRefused

log = logging.getLogger(__name__)
# Process states that are already in (or past) the waiting queue (zmsentities process.json).
_QUEUED = frozenset({"queued", "called", "processing", "pending", "finished", "missed",
                     "parked"})


@dataclass(frozen=True)
class ZmsConfig:
    url: str  # the API's base, e.g. https://zms.example.invalid/terminvereinbarung/api/2
    scope: int  # the location (ZMS "scope") this terminal stands in
    auth_key: str  # X-Authkey of the terminal's workstation login
    ticketprinter_hash: str  # the hash ZMS issued to this terminal as a ticket printer
    requests: dict[str, str] = field(default_factory=dict)  # service id → ZMS request id
    timeout_s: float = 5.0

    def __repr__(self) -> str:  # the keys stay out of logs
        return f"ZmsConfig({self.url}, scope {self.scope})"


def _hhmm(unix: Any) -> str:
    try:
        return datetime.fromtimestamp(int(unix)).strftime("%H:%M")
    except (TypeError, ValueError, OverflowError, OSError):
        return ""


def _area(process: dict[str, Any]) -> str:
    scope = process.get("scope")
    return str(scope.get("shortName") or "") if isinstance(scope, dict) else ""


def _number(process: dict[str, Any]) -> str:
    """What the call display shows (appointments are called by their process number)."""
    queue = process.get("queue")
    if not isinstance(queue, dict):
        queue = {}
    return str(queue.get("displayNumber") or queue.get("number") or process.get("id") or "")


def _appointment_day(process: dict[str, Any]) -> date | None:
    appointments = process.get("appointments")
    if not isinstance(appointments, list) or not appointments:
        return None
    try:
        return datetime.fromtimestamp(int(appointments[0]["date"])).date()
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def _appointment_time(process: dict[str, Any]) -> str:
    appointments = process.get("appointments")
    if isinstance(appointments, list) and appointments and isinstance(appointments[0], dict):
        return _hhmm(appointments[0].get("date"))
    return ""


class ZmsAppointments:
    """``AppointmentSystem`` over the ZMS API."""

    def __init__(self, config: ZmsConfig, *, today: Any = date.today) -> None:
        self.config = config
        self._today = today
        self._session = requests.Session()

    def _call(self, method: str, path: str, *, refused: Any = NO_MATCH,
              **kwargs: Any) -> Any:
        headers = {"X-Authkey": self.config.auth_key, "Accept": "application/json"}
        try:
            response = self._session.request(method, self.config.url.rstrip("/") + path,
                                             headers=headers, timeout=self.config.timeout_s,
                                             **kwargs)
        except requests.RequestException as exc:
            raise NetworkError(UNAVAILABLE, detail=f"zms {method} {type(exc).__name__}") from exc
        route = path.split("/")[1] if "/" in path else path
        if response.status_code >= 500 or response.status_code in (401, 429):
            raise NetworkError(UNAVAILABLE, detail=f"zms {method} /{route}/ HTTP "
                               f"{response.status_code}")
        if response.status_code >= 400:
            raise ServerRefused(refused, detail=f"zms {method} /{route}/ HTTP "
                                f"{response.status_code}")
        try:
            body = response.json()
        except ValueError as exc:
            raise NetworkError(UNAVAILABLE, detail=f"zms {method} /{route}/: not JSON") from exc
        if not isinstance(body, dict) or "data" not in body:
            raise NetworkError(UNAVAILABLE, detail=f"zms {method} /{route}/: no data")
        return body["data"]

    def today(self) -> list[Appointment]:
        day = self._today().isoformat()
        data = self._call("GET", f"/scope/{self.config.scope}/process/{day}/",
                          refused=UNAVAILABLE)
        found = []
        for process in data if isinstance(data, list) else []:
            if not isinstance(process, dict) or not process.get("id") or not process.get(
                    "authKey"):
                continue
            if process.get("status") not in ("confirmed", *_QUEUED):
                continue  # reserved, deleted …: nobody will come with them
            found.append(Appointment(str(process["id"]), str(process["authKey"]),
                                     _appointment_time(process), _area(process),
                                     _number(process),
                                     queued=process.get("status") in _QUEUED))
        return found

    def check_in(self, code: CheckInCode, *, arrival: int) -> Ticket:
        process = self._call("GET", f"/process/{code.process_id}/{code.auth_key}/")
        if not isinstance(process, dict) or _appointment_day(process) != self._today():
            raise ServerRefused(NO_MATCH, detail="zms: not an appointment of today")
        if process.get("status") in _QUEUED:
            raise ServerRefused(ALREADY, detail=f"zms: status {process.get('status')}")
        queued = self._call("POST", "/process/status/queued/", json={
            "id": int(code.process_id), "authKey": code.auth_key,
            "queue": {"arrivalTime": arrival, "withAppointment": 1}})
        if not isinstance(queued, dict):
            raise NetworkError(UNAVAILABLE, detail="zms: queued answer is not a process")
        return Ticket(_number(queued), _area(queued) or _area(process),
                      appointment_time=_appointment_time(process))

    def walk_in(self, service: str) -> Ticket:
        request_id = self.config.requests.get(service, "")
        params = {"requestId": request_id} if request_id else None
        process = self._call("GET", f"/scope/{self.config.scope}/waitingnumber/"
                             f"{self.config.ticketprinter_hash}/", params=params,
                             refused=UNAVAILABLE)
        if not isinstance(process, dict) or not _number(process):
            raise NetworkError(UNAVAILABLE, detail="zms: waiting number without a number")
        return Ticket(_number(process), _area(process), service=service)
