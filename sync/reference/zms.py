"""A stand-in for ZMS/eappointment's API (zmsbackend), as far as the check-in uses it.

Not the real system: a small, real HTTP server on 127.0.0.1 for the demo and the
tests. It follows the published contract (it-at-m/eappointment, ``zmsbackend/
routing.php`` and ``zmsentities/schema/process.json``, ``queue.json``): answers
are ``{"meta": {...}, "data": ...}``; errors set ``meta.error`` with the status.

- ``GET /scope/{id}/process/{YYYY-MM-DD}/`` (X-Authkey): the day's processes
- ``GET /process/{id}/{authKey}/``: one process (404 unknown, 403 wrong authKey)
- ``POST /process/status/queued/`` (X-Authkey; body: a process with ``id``,
  ``authKey``, ``queue.arrivalTime``): the process, now ``queued``
- ``GET /scope/{id}/waitingnumber/{hash}/?requestId=``: a walk-in's new process
  with its waiting number, as ZMS's ticket printers draw it
- ``GET /calldisplay/`` (a stand-in addition, HTML): the waiting numbers

State is in memory. Processes hold no personal data here (ZMS's hold a name and
contact; the terminal never asks for them). It is served by waitress through
:mod:`sync.httpd` (:mod:`sync.reference.standin`: deadlines, 16 KB bodies, the
``X-Authkey`` and the media type checked before a body is read).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sync.httpd import Exchange, Headers, Limits
from sync.reference.standin import JSON, LIMITS, Route, StandIn

_DAY = re.compile(r"/scope/(\d{1,11})/process/(\d{4}-\d\d-\d\d)/")
_PROCESS = re.compile(r"/process/(\d{1,11})/([^/]+)/")
_QUEUED = re.compile(r"/process/status/queued/")
_WAITING = re.compile(r"/scope/(\d{1,11})/waitingnumber/([^/]+)/")
_CALLDISPLAY = re.compile(r"/calldisplay/")
_EXCEPTION = "BO\\Zmsbackend\\Process\\Exception\\"
_LOGIN = "BO\\Zmsbackend\\Exception\\Useraccount\\AuthKeyFound"


def _envelope(status: int, data: Any = None, *, message: str = "",
              exception: str = "") -> bytes:
    """ZMS's answer: ``{"meta": {...}, "data": ...}``, ``meta.error`` on a refusal."""
    meta: dict[str, Any] = {"error": status >= 400, "status": str(status),
                            "generated": datetime.now().astimezone().isoformat(
                                timespec="seconds"), "server": "zms-stand-in"}
    if status >= 400:
        meta.update(message=message, exception=exception)
    elif isinstance(data, list):
        meta["length"] = len(data)
    return json.dumps({"$schema": "https://schema.berlin.de/queuemanagement/"
                       "metaresult.json", "meta": meta, "data": data}).encode()


def _render(status: int, detail: str) -> tuple[str, bytes]:
    return JSON, _envelope(status, message=detail, exception=_LOGIN if status == 401 else "")


def _reply(exchange: Exchange, status: int, data: Any = None, *, message: str = "",
           exception: str = "") -> None:
    exchange.respond(status, _envelope(status, data, message=message, exception=exception),
                     JSON)


def _same(key: str, given: str) -> bool:
    """The authKey, compared in constant time (whatever characters were given)."""
    return secrets.compare_digest(key.encode(), given.encode("utf-8", "surrogatepass"))


class ZmsStandIn(StandIn):
    def __init__(self, *, scope: int = 141, area: str = "Bürgeramt Mitte, Wartebereich A",
                 auth_key: str = "kiosk-workstation-key",
                 ticketprinter_hash: str = "71ac24b9fd3c8e1b0a6f5c0e2d9b4a17",
                 limits: Limits = LIMITS) -> None:
        self.scope, self.area = scope, area
        self.auth_key, self.ticketprinter_hash = auth_key, ticketprinter_hash
        self.processes: dict[int, dict[str, Any]] = {}
        self._next_id = 100044
        self._next_waiting = 1
        self._lock = threading.Lock()
        super().__init__("zms-stand-in", [
            Route("GET", _DAY, self._day, private=True),
            Route("GET", _WAITING, self._waiting),
            Route("POST", _QUEUED, self._queued, JSON, private=True),
            Route("GET", _PROCESS, self._process),
            Route("GET", _CALLDISPLAY, self._calldisplay),
        ], _render, not_found="route not found", denied="Login required", limits=limits)

    def authorised(self, headers: Headers) -> bool:
        """The workstation's login (``X-Authkey``)."""
        return headers.get("X-Authkey") == self.auth_key

    def _scope(self) -> dict[str, Any]:
        return {"id": self.scope, "shortName": self.area}

    def book(self, when: datetime, *, request_id: str = "120686") -> tuple[int, str]:
        """An appointment confirmed for ``when``: its process id and authKey."""
        with self._lock:
            pid, self._next_id = self._next_id, self._next_id + 1
            key = secrets.token_hex(2)
            self.processes[pid] = {
                "id": pid, "authKey": key, "status": "confirmed", "scope": self._scope(),
                "appointments": [{"date": int(when.timestamp()), "scope": self._scope(),
                                  "slotCount": 1}],
                "requests": [{"id": request_id, "source": "dldb"}],
                "queue": {"arrivalTime": int(when.timestamp()), "number": str(pid),
                          "withAppointment": 1, "status": "confirmed"}}
        return pid, key

    def _day(self, x: Exchange, match: re.Match[str]) -> None:
        with self._lock:
            day = [p for p in self.processes.values() if p.get("appointments")
                   and datetime.fromtimestamp(p["appointments"][0]["date"])
                   .date().isoformat() == match.group(2)
                   and int(match.group(1)) == self.scope]
        _reply(x, 200, day)

    def _waiting(self, x: Exchange, match: re.Match[str]) -> None:
        if match.group(2) != self.ticketprinter_hash:
            _reply(x, 403, message="Ticketprinter hash is not valid",
                   exception="BO\\Zmsbackend\\Ticketprinter\\Exception\\"
                   "TicketprinterNotFound")
            return
        request_id = parse_qs(urlsplit(x.path).query).get("requestId", [""])[0]
        _reply(x, 200, self._walk_in(request_id))

    def _process(self, x: Exchange, match: re.Match[str]) -> None:
        with self._lock:
            process = self.processes.get(int(match.group(1)))
        if process is None:
            _reply(x, 404, message="Zu den angegebenen Daten konnte kein Termin "
                   "gefunden werden.", exception=_EXCEPTION + "ProcessNotFound")
        elif not _same(process["authKey"], match.group(2)):
            _reply(x, 403, message="Der Absagecode ist nicht korrekt.",
                   exception=_EXCEPTION + "AuthKeyMatchFailed")
        else:
            _reply(x, 200, process)

    def _queued(self, x: Exchange, _match: re.Match[str]) -> None:
        try:
            body = json.loads(self.body(x))
            pid, key = int(body["id"]), str(body["authKey"])
            arrival = int(body.get("queue", {}).get("arrivalTime") or time.time())
        except (KeyError, ValueError, TypeError, AttributeError, RecursionError):
            _reply(x, 400, message="Invalid input", exception="BO\\Mellon\\"
                   "Failure\\Exception")
            return
        with self._lock:
            process = self.processes.get(pid)
            if process is not None and _same(process["authKey"], key):
                process["status"] = "queued"
                process["queue"].update(arrivalTime=arrival, status="queued",
                                        callCount=0, lastCallTime=0)
        if process is None:
            _reply(x, 404, message="process not found",
                   exception=_EXCEPTION + "ProcessNotFound")
        elif process["authKey"] != key:
            _reply(x, 403, message="Der Absagecode ist nicht korrekt.",
                   exception=_EXCEPTION + "AuthKeyMatchFailed")
        else:
            _reply(x, 200, process)

    def _calldisplay(self, x: Exchange, _match: re.Match[str]) -> None:
        with self._lock:
            waiting = [p["queue"]["number"] for p in self.processes.values()
                       if p["status"] == "queued"]
        rows = "".join(f"<li>{number}</li>" for number in waiting)
        x.respond(200, (f"<!doctype html><html lang=de><meta charset=utf-8><title>Aufruf"
                        f"</title><h1>{self.area} (stand-in)</h1><ul>{rows}</ul></html>"
                        ).encode(), "text/html; charset=utf-8")

    def _walk_in(self, request_id: str) -> dict[str, Any]:
        now = int(time.time())
        with self._lock:
            pid, self._next_id = self._next_id, self._next_id + 1
            number, self._next_waiting = self._next_waiting, self._next_waiting + 1
            process = {"id": pid, "authKey": secrets.token_hex(2), "status": "queued",
                       "scope": self._scope(), "appointments": [],
                       "requests": [{"id": request_id, "source": "dldb"}] if request_id else [],
                       "queue": {"arrivalTime": now, "number": str(number),
                                 "withAppointment": 0, "status": "queued"}}
            self.processes[pid] = process
        return process
