"""Shared helpers for the sync tests (no fixtures here; each test file declares its own)."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sync.oauth import ClientCredentials
from sync.outbox import OutboxStatus, OutgoingApplication
from sync.protocol import IntakeClient
from sync.reference.tokens import load_or_create_client

#: A name distinctive enough that finding it in a file means the data is in clear.
DISTINCTIVE_NAME = "Zwiebelfisch-Quastenberg"
PDF_MARKER = b"UNIQUE-PDF-PAYLOAD-7f3a9c"


DESTINATION = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"  # the stand-in's default destination
#: The FIT-Connect facts a form's record carries (placeholder Leika key of the tests).
FIT_CONNECT = {"leika": "urn:de:fim:leika:leistung:99999999000004",
               "service_name": "Meldebescheinigung",
               "submission_schema": "urn:buergerbuero:fachdaten:meldebescheinigung-einfach:1"}


def make_pdf(marker: bytes = PDF_MARKER) -> bytes:
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n% " + marker + b"\n%%EOF\n"


def make_app(
    *,
    key: str | None = None,
    vorgangsnummer: str = "2026-T01-000001",
    name: str = DISTINCTIVE_NAME,
    pdf: bytes | None = None,
) -> OutgoingApplication:
    return OutgoingApplication(
        idempotency_key=key or uuid.uuid4().hex,
        vorgangsnummer=vorgangsnummer,
        service_id="meldebescheinigung-einfach",
        metadata={"familienname": name, "vornamen": "Erika", "geburtsdatum": "1964-08-12",
                  "signed_at": "2026-03-02T10:15:00+01:00", "fit_connect": FIT_CONNECT},
        pdf=pdf if pdf is not None else make_pdf(),
    )


def tokens_for(url: str, data_dir: Path) -> ClientCredentials:
    """The sender's token source for the stand-in at ``url`` with data in ``data_dir``
    (made before the server where a test starts it later: it keeps the same client)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return ClientCredentials(f"{url}/token", *load_or_create_client(data_dir))


def client_of(server: Any, **kwargs: Any) -> IntakeClient:
    """A sender client for a stand-in: its key trust and its sender's tokens."""
    return IntakeClient(server.url, key_trust=server.key_trust,
                        tokens=server.sender_tokens(), **kwargs)


def sender_settings(server: Any) -> dict[str, Any]:
    """The settings (``Settings.with_``) that let a kiosk send to this stand-in."""
    return {"fitconnect_token_url": server.token_url,
            "fitconnect_client_id": server.sender_tokens().client_id,
            "fitconnect_client_secret_file": server.client_secret_file,
            "destination_id": server.destination_id}


def free_port() -> int:
    """A port that was free a moment ago (nothing listens on it now)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class FakeDiskFullConnection(sqlite3.Connection):
    """A real SQLite connection that, once armed, fails INSERTs like a full disk does."""

    armed = False

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if type(self).armed and sql.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")
        return super().execute(sql, *args)


class RecordingListener:
    """A SyncListener that records every call and lets tests wait for conditions."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str, str | None]] = []
        self.statuses: list[OutboxStatus] = []
        self.online: list[bool] = []
        self.threads: set[str] = set()
        self._cond = threading.Condition()

    def _record(self, action: Callable[[], None]) -> None:
        with self._cond:
            self.threads.add(threading.current_thread().name)
            action()
            self._cond.notify_all()

    def item_changed(self, vorgangsnummer: str, state: str, case_id: str | None) -> None:
        self._record(lambda: self.items.append((vorgangsnummer, state, case_id)))

    def status_changed(self, status: OutboxStatus) -> None:
        self._record(lambda: self.statuses.append(status))

    def online_changed(self, online: bool) -> None:
        self._record(lambda: self.online.append(online))

    def wait_for(self, predicate: Callable[[RecordingListener], bool],
                 timeout: float = 20.0) -> bool:
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(self):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._cond.wait(remaining)
            return True


def wait_for_verdict(client: Any, case_id: str, submission_id: str,
                     timeout_s: float = 30.0, destination_id: str = DESTINATION) -> Any:
    """The submission's view once the intake's case processor decided (or the timeout)."""
    deadline = time.monotonic() + timeout_s
    while True:
        view = client.submission(case_id, submission_id, wait_s=1.0,
                                 destination_id=destination_id)
        if view.status in ("accepted", "rejected") or time.monotonic() > deadline:
            return view
        time.sleep(0.05)
