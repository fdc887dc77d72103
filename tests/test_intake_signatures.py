"""Where applications arrive, signatures are checked: anything that does not verify against
the office's trust list, or whose data differs from the signed PDF's, is rejected with
its reason in the event log, and never becomes a case. Real intake server on loopback,
real case processor process, real signed PDFs."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import helpers_attacks as attack
import pytest
from helpers_sync import client_of, wait_for_verdict
from helpers_trust import Office

from forms.loader import shipped_forms
from forms.samples import sample_record
from kiosk.settings import Settings
from kiosk.submission import outbox_metadata, signed_application_pdf
from sync.delivery import build_payloads
from sync.e2e import encrypt
from sync.outbox import OutgoingApplication
from sync.reference.server import IntakeServer, stored_case

PDF, JSON = "application/pdf", "application/json"  # the JWEs' cty

DEST = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"
NOW = dt.datetime(2026, 11, 21, 10, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def signed(office: Any, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("intake-signed")
    office.enroll(base / "terminal", "T-INTAKE")
    record = sample_record(shipped_forms()["meldebescheinigung-einfach"], signed_at=NOW)
    pdf = signed_application_pdf(Settings(data_dir=base / "terminal"), record)
    stranger = Office(base / "stranger", name="Stadt Anderswo CA")  # another office's CA
    stranger.enroll(base / "foreign", "T-FOREIGN")
    foreign = signed_application_pdf(Settings(data_dir=base / "foreign"), record)
    return {"record": record, "pdf": pdf, "foreign": foreign}


@pytest.fixture
def server(office: Any, tmp_path: Path) -> Any:
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", trust_dir=office.trust) as srv:
        srv.start()
        yield srv


def _deliver(srv: IntakeServer, pdf: bytes, metadata: dict[str, Any]) -> tuple[str, Any]:
    app = OutgoingApplication(idempotency_key=uuid.uuid4().hex,
                              vorgangsnummer=str(metadata.get("vorgangsnummer", "V-1")),
                              service_id="meldebescheinigung-einfach", metadata=metadata,
                              pdf=pdf)
    client = client_of(srv)
    aid = str(uuid.uuid4())
    view = client.announce(DEST, metadata["fit_connect"]["leika"], "x", [aid])
    key = client.destination_key(DEST)
    client.upload_attachment(view.submission_id, aid, encrypt(key, app.pdf, PDF))
    meta, data = build_payloads(app, aid)
    client.submit(view.submission_id, encrypt(key, meta, JSON), encrypt(key, data, JSON))
    return view.submission_id, wait_for_verdict(client, view.case_id, view.submission_id)


def _rejected(srv: IntakeServer, sid: str, verdict: Any, reason: str) -> None:
    assert verdict.status == "rejected", verdict
    assert verdict.reason is not None
    assert reason in verdict.reason
    assert verdict.events[-1] == "reject-submission"
    assert not any((srv.data_dir / "cases").iterdir())


def test_a_genuine_application_becomes_a_case(server: IntakeServer,
                                              signed: dict[str, Any]) -> None:
    _sid, verdict = _deliver(server, signed["pdf"], outbox_metadata(signed["record"],
                                                                   signed["pdf"]))
    assert verdict.status == "accepted", verdict
    case = stored_case(server.data_dir, verdict.case_id)
    assert case is not None
    (signature,) = case[0]["signatures"]
    assert signature["field"] == "Unterschrift"
    assert signature["level"] == "PAdES-B-B"
    assert signature["lock"] == "DocMDP P=2 + FieldMDP"


def test_an_unsigned_application_is_rejected(server: IntakeServer,
                                             signed: dict[str, Any]) -> None:
    from forms.pdf import render_application_pdf

    unsigned = render_application_pdf(signed["record"])
    sid, verdict = _deliver(server, unsigned, signed["record"].as_json())
    _rejected(server, sid, verdict, "signature: The PDF carries no signature.")


def test_a_tampered_application_is_rejected(server: IntakeServer,
                                            signed: dict[str, Any]) -> None:
    tampered = attack.content_redefinition(signed["pdf"])
    sid, verdict = _deliver(server, tampered, outbox_metadata(signed["record"], signed["pdf"]))
    _rejected(server, sid, verdict, "page 1 content")


def test_an_untrusted_application_is_rejected(server: IntakeServer,
                                              signed: dict[str, Any]) -> None:
    sid, verdict = _deliver(server, signed["foreign"],
                            outbox_metadata(signed["record"], signed["foreign"]))
    _rejected(server, sid, verdict, "a key the office does not know")


def test_data_that_differs_from_the_signed_pdf_is_rejected(server: IntakeServer,
                                                           signed: dict[str, Any]) -> None:
    metadata = outbox_metadata(signed["record"], signed["pdf"])
    metadata["fee"] = {"amount_cents": 0, "currency": "EUR"}
    sid, verdict = _deliver(server, signed["pdf"], metadata)
    _rejected(server, sid, verdict, "the submitted data differs from the data in the signed")
    metadata = outbox_metadata(signed["record"], signed["pdf"])
    metadata["seal"] = {"level": "PAdES-B-T"}  # claims a timestamp the seal does not have
    sid, verdict = _deliver(server, signed["pdf"], metadata)
    _rejected(server, sid, verdict, "seal entry does not match")


def test_without_a_trust_list_everything_is_rejected(tmp_path: Path,
                                                     signed: dict[str, Any]) -> None:
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake") as srv:  # no DATA/trust
        srv.start()
        sid, verdict = _deliver(srv, signed["pdf"], outbox_metadata(signed["record"],
                                                                    signed["pdf"]))
        _rejected(srv, sid, verdict, "No trust anchor")
