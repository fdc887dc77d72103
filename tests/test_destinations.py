"""Per service, its destination: the city's authorities each have their own, the sender
checks that a destination takes a service before announcing, and an announced item
stays with the destination it was announced to.

Against the real stand-in on loopback with two destinations (the Meldebehörde's and the
Straßenverkehrsbehörde's), each listing the services of its shipped forms as FIT-Connect
destinations do (Submission API 1.1.3 ``DestinationService``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers_sync import RecordingListener, client_of, make_app, wait_for_verdict
from openapi_schema_validator import OAS30Validator

from forms.fachdaten import schema_uri
from forms.loader import shipped_forms
from sync.destination import ServiceRefused, check_service
from sync.outbox import Outbox, OutgoingApplication
from sync.reference.server import IntakeServer
from sync.worker import SyncWorker

MELDE, VERKEHR = "5b1d6b1e-0c1a-4f77-9b6e-3a1f00000001", "5b1d6b1e-0c1a-4f77-9b6e-3a1f00000002"
REGISTRATION = ("meldebescheinigung-einfach", "meldebescheinigung-erweitert",
                "wohnsitzanmeldung", "ummeldung", "uebermittlungssperre")
LEIKA_MELDE = "urn:de:fim:leika:leistung:99999999000004"  # meldebescheinigung-einfach
OFFICIAL_SPEC = Path(__file__).parent / "data" / "fitconnect" / "submission-api-1.1.3.yaml"


@pytest.fixture
def city(tmp_path: Path) -> Iterator[IntakeServer]:
    server = IntakeServer("127.0.0.1", 0, tmp_path / "intake", check_signatures=False,
                          destination_id=MELDE,
                          destinations={MELDE: REGISTRATION, VERKEHR: ("bewohnerparkausweis",)})
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _app(vorgangsnummer: str, form_id: str) -> OutgoingApplication:
    """A queued application of ``form_id`` (its record's service facts are that form's)."""
    form = shipped_forms()[form_id]
    base = make_app(vorgangsnummer=vorgangsnummer)
    facts = {"leika": form.leika, "service_name": form.title.untranslated(),
             "submission_schema": schema_uri(form)}
    return OutgoingApplication(base.idempotency_key, vorgangsnummer, form_id,
                               {**base.metadata, "service_id": form_id, "fit_connect": facts},
                               base.pdf)


def _worker(tmp_path: Path, server: IntakeServer, listener: RecordingListener,
            destinations: dict[str, str]) -> SyncWorker:
    return SyncWorker(tmp_path / "outbox.sqlite3", tmp_path / "terminal.key",
                      lambda: client_of(server, timeout_s=2.0), listener,
                      backoff_base_s=0.05, backoff_cap_s=0.2, destination_id=MELDE,
                      destinations=destinations)


def _announced_to(server: IntakeServer) -> dict[str, str]:
    """Service (Leika) → destination of every submission the stand-in holds."""
    rows = server._store._db.execute(
        "SELECT service_id, destination_id FROM submissions").fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


def test_each_service_goes_to_its_authority_s_destination(tmp_path: Path,
                                                         city: IntakeServer) -> None:
    with Outbox(tmp_path / "outbox.sqlite3", tmp_path / "terminal.key") as box:
        box.enqueue(_app("V-melde", "meldebescheinigung-einfach"))
        box.enqueue(_app("V-parken", "bewohnerparkausweis"))
    listener = RecordingListener()
    worker = _worker(tmp_path, city, listener, {"bewohnerparkausweis": VERKEHR})
    worker.start()
    try:
        for number in ("V-melde", "V-parken"):
            assert listener.wait_for(
                lambda rec, n=number: any(i[0] == n and i[1] == "sent" for i in rec.items)), \
                listener.items
    finally:
        worker.stop()
    parking = shipped_forms()["bewohnerparkausweis"].leika
    assert _announced_to(city) == {LEIKA_MELDE: MELDE, str(parking): VERKEHR}
    with Outbox(tmp_path / "outbox.sqlite3", tmp_path / "terminal.key") as box:
        stored = {row["vorgangsnummer"]: row for row in box.list_items()}
        destinations = dict(box.database.execute(
            "SELECT vorgangsnummer, destination_id FROM outbox").fetchall())
    assert stored["V-parken"]["state"] == "confirmed"
    assert destinations == {"V-melde": MELDE, "V-parken": VERKEHR}


def test_a_service_without_its_destination_fails_before_a_submission_exists(
        tmp_path: Path, city: IntakeServer) -> None:
    """No ``destinations`` entry for the parking permit: it would go to the
    Meldebehörde's destination, which does not list it. The sender refuses it with the
    reason for technicians; the service holds no orphan submission; after the setting is
    put right, ``queue retry`` delivers it."""
    with Outbox(tmp_path / "outbox.sqlite3", tmp_path / "terminal.key") as box:
        box.enqueue(_app("V-parken", "bewohnerparkausweis"))
    listener = RecordingListener()
    worker = _worker(tmp_path, city, listener, {})
    worker.start()
    try:
        assert listener.wait_for(lambda rec: ("V-parken", "failed", None) in rec.items)
    finally:
        worker.stop()
    assert _announced_to(city) == {}
    with Outbox(tmp_path / "outbox.sqlite3", tmp_path / "terminal.key") as box:
        (error,) = box.database.execute("SELECT last_error FROM outbox").fetchone()
        assert f"destination {MELDE} refused: it does not offer service " \
               f"{shipped_forms()['bewohnerparkausweis'].leika}" in error
        assert "'destinations'" in error  # says what to set
        assert box.retry_failed() == 1
    listener = RecordingListener()
    worker = _worker(tmp_path, city, listener, {"bewohnerparkausweis": VERKEHR})
    worker.start()
    try:
        assert listener.wait_for(
            lambda rec: any(i[0] == "V-parken" and i[1] == "sent" for i in rec.items))
    finally:
        worker.stop()


def test_an_announced_item_stays_with_its_destination_when_the_setting_changes(
        tmp_path: Path, city: IntakeServer) -> None:
    """Announced to the Straßenverkehrsbehörde, then the terminal is reconfigured: the
    item is finished where its submission lives, never announced again elsewhere."""
    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    with Outbox(db, key) as box:
        item_id = box.enqueue(_app("V-parken", "bewohnerparkausweis"))
    client = client_of(city)
    form = shipped_forms()["bewohnerparkausweis"]
    announced = client.announce(VERKEHR, str(form.leika), "Bewohnerparkausweis",
                                ["0f0e0d0c-0b0a-4908-8706-050403020100"])
    with Outbox(db, key) as box:
        box.mark_announced(item_id, announced.submission_id, announced.case_id,
                           ["0f0e0d0c-0b0a-4908-8706-050403020100"], None, VERKEHR)
    listener = RecordingListener()
    worker = _worker(tmp_path, city, listener, {"bewohnerparkausweis": MELDE})  # now wrong
    worker.start()
    try:
        assert listener.wait_for(
            lambda rec: any(i[0] == "V-parken" and i[1] == "sent" for i in rec.items)), \
            listener.items
    finally:
        worker.stop()
    assert _announced_to(city) == {str(form.leika): VERKEHR}  # one submission, where it was
    view = wait_for_verdict(client, announced.case_id, announced.submission_id,
                            destination_id=VERKEHR)
    assert view.status == "accepted"


def test_the_stand_in_refuses_a_service_its_destination_does_not_offer(
        city: IntakeServer) -> None:
    """FIT-Connect answers 422 for a submission a destination cannot take."""
    client = client_of(city)
    token = city.sender_tokens().token(client)
    answer = client.session.post(f"{city.url}/v2/submissions", json={
        "destinationId": VERKEHR, "announcedAttachments": [],
        "serviceType": {"identifier": LEIKA_MELDE, "name": "Meldebescheinigung"}},
        headers={"Authorization": f"Bearer {token}"}, timeout=5)
    assert answer.status_code == 422
    assert answer.headers["Content-Type"].startswith("application/problem+json")
    assert "does not offer service" in answer.json()["detail"]


def test_the_destinations_follow_fitkos_destination_schema(city: IntakeServer) -> None:
    """Each stand-in destination validates against the ``DestinationService`` schema of
    FITKO's Submission API 1.1.3 (vendored, see SOURCE.md), lists every shipped
    form it serves with that form's Fachdaten schema, and nothing else."""
    spec = yaml.safe_load(OFFICIAL_SPEC.read_text(encoding="utf-8"))
    validator = OAS30Validator({"$ref": "#/components/schemas/DestinationService",
                                "components": spec["components"]})
    client = client_of(city)
    for destination, form_ids in ((MELDE, REGISTRATION), (VERKEHR, ("bewohnerparkausweis",))):
        body = client.destination(destination)
        for service in body["services"]:
            validator.validate(service)
        expected = {str(shipped_forms()[f].leika): schema_uri(shipped_forms()[f])
                    for f in form_ids}
        assert {s["identifier"]: s["submissionSchemas"][0]["schemaUri"]
                for s in body["services"]} == expected


# -- the check itself ----------------------------------------------------------------------

_SERVICE = {"identifier": LEIKA_MELDE, "regions": ["DE07"],
            "submissionSchemas": [{"schemaUri": "urn:x:1", "mimeType": "application/json"}]}


@pytest.mark.parametrize(("destination", "region", "reason"), [
    ({"services": [_SERVICE]}, "DE073350000000", None),
    ({"services": [_SERVICE]}, None, None),
    ({}, None, "it lists no services"),
    ({"services": "all"}, None, "it lists no services"),
    ({"services": [{**_SERVICE, "identifier": "urn:de:fim:leika:leistung:1"}]}, None,
     "does not offer service"),
    ({"services": [_SERVICE]}, "DE08111000000", "not offered in region DE08111000000"),
    ({"services": [{**_SERVICE, "regions": None}]}, "DE07", "not offered in region"),
    ({"services": [{**_SERVICE, "submissionSchemas": [{"schemaUri": "urn:x:2",
                                                        "mimeType": "application/json"}]}]},
     None, "does not list the form's data schema urn:x:1"),
    ({"services": [{**_SERVICE, "submissionSchemas": [{"schemaUri": "urn:x:1",
                                                        "mimeType": "application/xml"}]}]},
     None, "does not list the form's data schema"),
    ({"services": [None, 3, _SERVICE]}, None, None),
])
def test_the_service_check_says_no_with_a_reason(destination: dict[str, Any],
                                                region: str | None,
                                                reason: str | None) -> None:
    if reason is None:
        check_service("d-1", destination, LEIKA_MELDE, "urn:x:1", region)
        return
    with pytest.raises(ServiceRefused) as caught:
        check_service("d-1", destination, LEIKA_MELDE, "urn:x:1", region)
    assert reason in caught.value.reason
    assert caught.value.detail.startswith("destination d-1 refused: ")
