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
contact; the terminal never asks for them).
"""

from __future__ import annotations

import json
import re
import secrets
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

_DAY = re.compile(r"/scope/(\d{1,11})/process/(\d{4}-\d\d-\d\d)/")
_PROCESS = re.compile(r"/process/(\d{1,11})/([^/]+)/")
_WAITING = re.compile(r"/scope/(\d{1,11})/waitingnumber/([^/]+)/")
_EXCEPTION = "BO\\Zmsbackend\\Process\\Exception\\"


class ZmsStandIn:
    def __init__(self, *, scope: int = 141, area: str = "Bürgeramt Mitte, Wartebereich A",
                 auth_key: str = "kiosk-workstation-key",
                 ticketprinter_hash: str = "71ac24b9fd3c8e1b0a6f5c0e2d9b4a17") -> None:
        self.scope, self.area = scope, area
        self.auth_key, self.ticketprinter_hash = auth_key, ticketprinter_hash
        self.processes: dict[int, dict[str, Any]] = {}
        self.requests: list[str] = []  # method and path, in order
        self._next_id = 100044
        self._next_waiting = 1
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="zms-stand-in",
                                        daemon=True)

    def start(self) -> ZmsStandIn:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> ZmsStandIn:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

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

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def _reply(self, status: int, data: Any = None, *, message: str = "",
                       exception: str = "") -> None:
                meta: dict[str, Any] = {"error": status >= 400, "status": str(status),
                                        "generated": datetime.now().astimezone().isoformat(
                                            timespec="seconds"), "server": "zms-stand-in"}
                if status >= 400:
                    meta.update(message=message, exception=exception)
                elif isinstance(data, list):
                    meta["length"] = len(data)
                raw = json.dumps({"$schema": "https://schema.berlin.de/queuemanagement/"
                                  "metaresult.json", "meta": meta, "data": data}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def _workstation(self) -> bool:
                if self.headers.get("X-Authkey") == outer.auth_key:
                    return True
                self._reply(401, message="Login required", exception="BO\\Zmsbackend\\"
                            "Exception\\Useraccount\\AuthKeyFound")
                return False

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                outer.requests.append(f"GET {url.path}")
                if url.path == "/calldisplay/":
                    self._calldisplay()
                    return
                if (m := _DAY.fullmatch(url.path)) is not None:
                    if not self._workstation():
                        return
                    with outer._lock:
                        day = [p for p in outer.processes.values() if p.get("appointments")
                               and datetime.fromtimestamp(p["appointments"][0]["date"])
                               .date().isoformat() == m.group(2)
                               and int(m.group(1)) == outer.scope]
                    self._reply(200, day)
                elif (m := _WAITING.fullmatch(url.path)) is not None:
                    if m.group(2) != outer.ticketprinter_hash:
                        self._reply(403, message="Ticketprinter hash is not valid",
                                    exception="BO\\Zmsbackend\\Ticketprinter\\Exception\\"
                                    "TicketprinterNotFound")
                        return
                    request_id = parse_qs(url.query).get("requestId", [""])[0]
                    self._reply(200, outer._walk_in(request_id))
                elif (m := _PROCESS.fullmatch(url.path)) is not None:
                    with outer._lock:
                        process = outer.processes.get(int(m.group(1)))
                    if process is None:
                        self._reply(404, message="Zu den angegebenen Daten konnte kein Termin "
                                    "gefunden werden.", exception=_EXCEPTION + "ProcessNotFound")
                    elif not secrets.compare_digest(process["authKey"], m.group(2)):
                        self._reply(403, message="Der Absagecode ist nicht korrekt.",
                                    exception=_EXCEPTION + "AuthKeyMatchFailed")
                    else:
                        self._reply(200, process)
                else:
                    self._reply(404, message="route not found")

            def do_POST(self) -> None:
                outer.requests.append(f"POST {self.path}")
                if self.path != "/process/status/queued/":
                    self._reply(404, message="route not found")
                    return
                if not self._workstation():
                    return
                try:
                    body = json.loads(self.rfile.read(int(self.headers.get("Content-Length")
                                                          or 0)))
                    pid, key = int(body["id"]), str(body["authKey"])
                    arrival = int(body.get("queue", {}).get("arrivalTime") or time.time())
                except (KeyError, ValueError, TypeError, AttributeError):
                    self._reply(400, message="Invalid input", exception="BO\\Mellon\\"
                                "Failure\\Exception")
                    return
                with outer._lock:
                    process = outer.processes.get(pid)
                    if process is not None and secrets.compare_digest(process["authKey"], key):
                        process["status"] = "queued"
                        process["queue"].update(arrivalTime=arrival, status="queued",
                                                callCount=0, lastCallTime=0)
                if process is None:
                    self._reply(404, message="process not found",
                                exception=_EXCEPTION + "ProcessNotFound")
                elif process["authKey"] != key:
                    self._reply(403, message="Der Absagecode ist nicht korrekt.",
                                exception=_EXCEPTION + "AuthKeyMatchFailed")
                else:
                    self._reply(200, process)

            def _calldisplay(self) -> None:
                with outer._lock:
                    waiting = [p["queue"]["number"] for p in outer.processes.values()
                               if p["status"] == "queued"]
                rows = "".join(f"<li>{number}</li>" for number in waiting)
                raw = (f"<!doctype html><html lang=de><meta charset=utf-8><title>Aufruf"
                       f"</title><h1>{outer.area} (stand-in)</h1><ul>{rows}</ul></html>"
                       ).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

        return Handler

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
