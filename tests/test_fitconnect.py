"""FIT-Connect conformance of the sender: the metadata against FITKO's official schema
2.1.0, each form's Fachdaten against its own schema, exactly-once delivery without an
idempotency key (a crash at each step), the signed event log, OAuth2 client
credentials, and the migration of items the old /api/v1 protocol had queued."""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
import stat
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import requests
from helpers_sync import FIT_CONNECT, client_of, make_app
from joserfc import jws
from jsonschema import Draft202012Validator, FormatChecker

from forms.fachdaten import data_schema, schema_uri
from forms.loader import shipped_forms
from forms.payment import PaymentInfo
from forms.record import Identification
from forms.samples import sample_record
from kiosk.base.errors import NetworkError
from sync.delivery import build_payloads, deliver, fachdaten
from sync.events import EventLogInvalid, SetVerifier, parse_set
from sync.metadata import SCHEMA_FILE, MetadataInvalid, build_metadata
from sync.oauth import ClientCredentials, SecretFileRefused, load_secret
from sync.outbox import Outbox, OutgoingApplication
from sync.protocol import IntakeClient
from sync.reference import sets
from sync.reference.server import IntakeServer, stored_cases

DATA = Path(__file__).parent / "data" / "fitconnect"
OFFICIAL = Draft202012Validator(
    json.loads((DATA / "metadata-2.1.0.schema.json").read_text(encoding="utf-8")),
    format_checker=FormatChecker())
SIGNED = datetime(2026, 3, 2, 10, 15, tzinfo=timezone(timedelta(hours=1)))


def _outgoing(record: Any, pdf: bytes = b"%PDF-1.7 sample") -> OutgoingApplication:
    return OutgoingApplication(uuid.uuid4().hex, record.vorgangsnummer, record.service_id,
                               record.as_json(), pdf)


# -- metadata and Fachdaten -----------------------------------------------------------------

def test_the_vendored_schema_is_the_official_one_the_sender_ships() -> None:
    assert SCHEMA_FILE.read_bytes() == (DATA / "metadata-2.1.0.schema.json").read_bytes()
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$id"] == \
        "https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json"


@pytest.mark.parametrize("form_id", sorted(shipped_forms()))
def test_every_shipped_form_gives_official_metadata_and_valid_fachdaten(form_id: str) -> None:
    form = shipped_forms()[form_id]
    record = sample_record(form, signed_at=SIGNED, vorgangsnummer="2026-T01-000123")
    app = _outgoing(record)
    aid = str(uuid.uuid4())
    metadata_raw, data_raw = build_payloads(app, aid)
    metadata = json.loads(metadata_raw)
    OFFICIAL.validate(metadata)  # the official 2.1.0 schema, from tests/data
    assert metadata["$schema"] == \
        "https://schema.fitko.de/fit-connect/metadata/2.1.0/metadata.schema.json"
    data = metadata["contentStructure"]["data"]
    assert data["submissionSchema"] == {"schemaUri": schema_uri(form),
                                        "mimeType": "application/json"}
    (attachment,) = metadata["contentStructure"]["attachments"]
    assert attachment["attachmentId"] == aid
    assert uuid.UUID(aid).version == 4
    assert (attachment["purpose"], attachment["mimeType"], attachment["filename"]) == \
        ("form", "application/pdf", "application.pdf")
    assert metadata["additionalReferenceInfo"] == {"senderReference": "2026-T01-000123",
                                                   "applicationDate": "2026-03-02"}
    # The Fachdaten follow the schema the form ships (its submissionSchema).
    schema = data_schema(form)
    Draft202012Validator.check_schema(schema)
    Draft202012Validator(schema, format_checker=FormatChecker()).validate(json.loads(data_raw))
    assert form.leika is not None
    assert form.leika.startswith("urn:de:fim:leika:leistung:")


def test_payment_eid_and_reply_channel_are_in_the_metadata() -> None:
    form = shipped_forms()["fuehrungszeugnis"]  # a fee and an e-mail field
    record = sample_record(form, signed_at=SIGNED)
    paid = PaymentInfo(method="card", status="paid", amount_cents=form.fee_cents,
                       reference="BB-2026-K-0042", transaction_id="zvt-4711-0815",
                       paid_at="2026-03-02T10:14:00+01:00")
    ident = Identification(method="eid", detail={"result": "ok", "loa": "high"},
                           document={"type": "ID", "issuing_state": "D"},
                           sources={"family_name": "chip"})
    record = dataclasses.replace(record, payment=paid, identification=ident)
    app = _outgoing(record)
    assert "@" in str(app.metadata["answers"].get("email"))
    metadata = json.loads(build_payloads(app, str(uuid.uuid4()))[0])
    OFFICIAL.validate(metadata)
    payment = metadata["paymentInformation"]
    assert (payment["status"], payment["grossAmount"]) == ("BOOKED", form.fee_cents / 100)
    assert payment["transactionReference"] == "BB-2026-K-0042"
    assert payment["paymentMethodDetail"] == "card-terminal-ZVT"
    assert metadata["replyChannel"] == {"eMail": {"address": app.metadata["answers"]["email"]}}
    (identification,) = metadata["dataSets"]
    assert identification["content"]["method"] == "eid"
    assert identification["content"]["identification_detail"] == {"result": "ok",
                                                                   "loa": "high"}
    # Without eID, payment or e-mail: none of the three.
    plain = json.loads(build_payloads(make_app(), str(uuid.uuid4()))[0])
    OFFICIAL.validate(plain)
    assert not {"paymentInformation", "replyChannel", "dataSets"} & set(plain)


def test_the_author_names_this_product_and_its_version() -> None:
    import tomllib

    from sync.metadata import PRODUCT

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())
    assert (PRODUCT["name"], PRODUCT["version"]) == (project["project"]["name"],
                                                     project["project"]["version"])


def test_metadata_that_would_fail_the_schema_is_never_sent() -> None:
    app = make_app()
    with pytest.raises(MetadataInvalid) as info:
        build_metadata(app, fachdaten(app), "not-a-uuid")
    assert "contentStructure/attachments/0/attachmentId" in info.value.detail
    no_service = dataclasses.replace(app, metadata={"familienname": "Muster"})
    with pytest.raises(MetadataInvalid) as info:
        build_metadata(no_service, fachdaten(no_service), str(uuid.uuid4()))
    assert "fit_connect" in info.value.detail


# -- exactly once without an idempotency key ----------------------------------------------

class _Crash(Exception):
    """Stands for the process dying at that point (the outbox is what survives)."""


class _CrashingClient(IntakeClient):
    """A real client that dies after a chosen step (FAKE: the crash only)."""

    crash_after = ""

    def upload_attachment(self, *args: Any, **kwargs: Any) -> None:
        if self.crash_after == "announce":
            raise _Crash  # the 201 arrived and was stored; nothing uploaded yet
        super().upload_attachment(*args, **kwargs)

    def submit(self, *args: Any, **kwargs: Any) -> None:
        super().submit(*args, **kwargs)
        if self.crash_after == "submit":
            raise _Crash  # submitted at the service; not yet recorded here


@pytest.mark.parametrize("step", ["announce", "submit"])
def test_a_crash_after_each_step_resumes_from_the_stored_id_without_a_second_post(
        tmp_path: Path, intake: IntakeServer, step: str) -> None:
    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    with Outbox(db, key) as box:
        item_id = box.enqueue(make_app(vorgangsnummer="2026-T01-000500"))
    crashing = _CrashingClient(intake.url, key_trust=intake.key_trust,
                               tokens=intake.sender_tokens())
    crashing.crash_after = step
    with Outbox(db, key) as box:
        item = box.item(item_id)
        with pytest.raises(_Crash):
            deliver(box, crashing, item, intake.destination_id)
        stored = box.item(item_id)
    assert stored.submission_id is not None
    assert stored.case_ref is not None
    assert len(stored.attachment_ids) == 1
    assert uuid.UUID(stored.attachment_ids[0]).version == 4
    announced_before = _announces(intake)
    with Outbox(db, key) as box:
        client = client_of(intake)
        while box.item(item_id).state not in ("confirmed", "failed"):
            state, _case = deliver(box, client, box.item(item_id), intake.destination_id)
            if state == "sending":
                client.submission(stored.case_ref, stored.submission_id, wait_s=5,
                                  destination_id=intake.destination_id)
        final = box.item(item_id)
        assert box.state_of("2026-T01-000500")[0] == "confirmed"  # type: ignore[index]
    assert final.submission_id == stored.submission_id  # resumed, never announced again
    assert _announces(intake) == announced_before
    assert len(stored_cases(intake.data_dir)) == 1


def _announces(server: IntakeServer) -> int:
    db = sqlite3.connect(server.data_dir / "index.sqlite3")
    try:
        (count,) = db.execute("SELECT COUNT(*) FROM submissions").fetchone()
    finally:
        db.close()
    return int(count)


# -- the event log --------------------------------------------------------------------------

def test_the_event_log_is_signed_and_a_forged_entry_is_refused(intake: IntakeServer) -> None:
    client = client_of(intake)
    app = make_app()
    aid = str(uuid.uuid4())
    announced = client.announce(intake.destination_id, FIT_CONNECT["leika"], "x", [aid])
    key = client.destination_key(intake.destination_id)
    from sync.e2e import encrypt

    client.upload_attachment(announced.submission_id, aid, encrypt(key, app.pdf, "application/pdf"))
    metadata, data = build_payloads(app, aid)
    client.submit(announced.submission_id, encrypt(key, metadata, "application/json"),
                  encrypt(key, data, "application/json"))
    view = client.submission(announced.case_id, announced.submission_id, wait_s=10)
    assert view.status == "accepted"
    log = client.case_events(announced.case_id)
    verifier = SetVerifier(
        jwks=requests.get(f"{intake.url}/.well-known/jwks.json", timeout=5).json(),
        subscriber=lambda kid: client.signature_key(intake.destination_id, kid))
    assert parse_set(log[0], verifier, client)[1].name == "submit-submission"
    sid, event = parse_set(log[-1], verifier, client)
    assert (sid, event.name) == (announced.submission_id, "accept-submission")
    # A verdict signed by the delivery service (not the destination's subscriber) is
    # refused: only the subscriber may accept or reject.
    service_key = sets.signing_key(intake.data_dir / "pki")
    claims = json.loads(_unb64(log[-1].split(".")[1]))
    forged_verdict = jws.serialize_compact(
        {"alg": "PS512", "typ": "secevent+jwt", "kid": service_key.kid},
        json.dumps(claims).encode(), service_key, algorithms=["PS512"])
    with pytest.raises(EventLogInvalid) as refused:
        parse_set(forged_verdict, verifier, client)
    assert "not signed with the destination's signature key" in refused.value.detail
    head, payload, signature = log[-1].split(".")
    forged_payload = payload[:-4] + ("AAAA" if payload[-4:] != "AAAA" else "BBBB")
    forged = [(f"{head}.{forged_payload}.{signature}", "signature does not verify"),
              (f"{_b64({'alg': 'none', 'typ': 'secevent+jwt'})}.{payload}.", "PS512"),
              (f"{_b64({'alg': 'PS512', 'typ': 'secevent+jwt', 'kid': 'x'})}.{payload}."
               f"{signature}", "unknown key")]
    for token, why in forged:
        with pytest.raises(EventLogInvalid) as info:
            parse_set(token, verifier, client)
        assert why in info.value.detail


def _unb64(part: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def _b64(header: dict[str, str]) -> str:
    import base64

    return base64.urlsafe_b64encode(json.dumps(header).encode()).decode().rstrip("=")


# -- OAuth2 client credentials --------------------------------------------------------------

def test_tokens_are_cached_refreshed_and_never_logged(intake: IntakeServer,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    now = [1000.0]
    tokens = dataclasses.replace(intake.sender_tokens(), clock=lambda: now[0])
    client = IntakeClient(intake.url, key_trust=intake.key_trust, tokens=tokens)
    client.destination_key(intake.destination_id)
    client.destination(intake.destination_id)
    assert tokens.fetched == 1  # one token for many requests
    now[0] += 1800 - 30  # inside the refresh margin before its 30 minutes end
    client.destination(intake.destination_id)
    assert tokens.fetched == 2
    assert intake.tokens is not None
    assert intake.tokens.issued == 2
    secret = tokens.client_secret
    assert secret not in repr(tokens)
    assert tokens._token is not None
    assert tokens._token not in repr(tokens)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert secret not in logged
    assert tokens._token not in logged


def test_a_token_the_service_forgot_is_replaced_once(intake: IntakeServer) -> None:
    tokens = intake.sender_tokens()
    client = IntakeClient(intake.url, key_trust=intake.key_trust, tokens=tokens)
    client.destination(intake.destination_id)
    tokens._token = "revoked-or-from-before-a-restart"
    client.destination(intake.destination_id)  # 401, a fresh token, the same request again
    assert tokens.fetched == 2


def test_wrong_credentials_and_no_token_keep_the_item_waiting(intake: IntakeServer) -> None:
    wrong = ClientCredentials(intake.token_url, intake.sender_tokens().client_id, "wrong")
    with pytest.raises(NetworkError) as info:
        IntakeClient(intake.url, tokens=wrong).destination(intake.destination_id)
    assert "refused the client credentials (HTTP 401)" in info.value.detail
    assert "wrong" not in info.value.detail
    with pytest.raises(NetworkError) as info:
        IntakeClient(intake.url).destination(intake.destination_id)
    assert "HTTP 401" in info.value.detail


def test_the_secret_file_must_be_private(tmp_path: Path) -> None:
    secret = tmp_path / "client.secret"
    secret.write_text("s3cret\n", encoding="utf-8")
    os.chmod(secret, 0o644)
    with pytest.raises(SecretFileRefused, match="0644; it must be 0600"):
        load_secret(secret)
    os.chmod(secret, 0o600)
    assert load_secret(secret) == "s3cret"
    with pytest.raises(SecretFileRefused, match="cannot be read"):
        load_secret(tmp_path / "missing")


def test_the_site_settings_build_the_token_source(tmp_path: Path, intake: IntakeServer) -> None:
    from kiosk.base.errors import ConfigError
    from kiosk.sender import token_source
    from kiosk.settings import Settings
    from kiosk.settings_files import file_problems

    settings = Settings(fitconnect_token_url=intake.token_url,
                        fitconnect_client_id=intake.sender_tokens().client_id,
                        fitconnect_client_secret_file=intake.client_secret_file)
    assert stat.S_IMODE(intake.client_secret_file.stat().st_mode) == 0o600
    source = token_source(settings)
    assert source is not None
    assert source.client_secret == intake.sender_tokens().client_secret
    assert token_source(Settings()) is None  # no endpoint: no tokens
    loose = tmp_path / "loose.secret"
    loose.write_text("x\n", encoding="utf-8")
    os.chmod(loose, 0o640)
    with pytest.raises(ConfigError) as info:
        token_source(settings.with_(fitconnect_client_secret_file=loose))
    assert "0600" in info.value.message.untranslated()
    problems = file_problems(settings.with_(fitconnect_client_secret_file=loose))
    assert any("0600" in p.untranslated() for p in problems)
    # In the settings file the three come together or not at all.
    from kiosk.settings import load_settings

    config = tmp_path / "kiosk.toml"
    config.write_text('fitconnect_client_id = "kiosk-1"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(config)
    assert "needs all of fitconnect_token_url" in info.value.message.untranslated()


# -- items the old protocol queued ----------------------------------------------------------

def test_items_of_the_old_protocol_are_migrated(tmp_path: Path) -> None:
    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    with Outbox(db, key) as box:
        ids = [box.enqueue(make_app(vorgangsnummer=f"2026-T01-00070{i}")) for i in range(4)]
    # Make it an outbox of the first wave: no FIT-Connect columns, v1 states.
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE outbox DROP COLUMN case_ref")
    conn.execute("ALTER TABLE outbox DROP COLUMN attachment_ids")
    for item_id, state in zip(ids, ("queued", "announced", "uploading", "completed"),
                              strict=True):
        sid = None if state == "queued" else str(uuid.uuid4())
        conn.execute("UPDATE outbox SET state = ?, submission_id = ? WHERE id = ?",
                     (state, sid, item_id))
    conn.commit()
    conn.close()
    with Outbox(db, key) as box:
        states = {row["vorgangsnummer"]: (row["state"], row["submission_id"])
                  for row in box.list_items()}
        failed = box.list_items(("failed",))
    assert states["2026-T01-000700"] == ("queued", None)
    assert states["2026-T01-000701"] == ("queued", None)  # unfinished at the old intake
    assert states["2026-T01-000702"] == ("queued", None)
    assert states["2026-T01-000703"][0] == "failed"  # completed there: staff decide
    assert "old /api/v1 protocol" in failed[0]["last_error"]


def test_submit_submission_names_the_tags_of_what_was_sent(tmp_path: Path,
                                                          intake: IntakeServer) -> None:
    """The event log's ``authenticationTags`` are those of the JWEs this terminal sent;
    a submission whose tags are not (here: the outbox's record of them altered, as
    if a party between had swapped a payload) fails for staff instead of 'sent'."""
    from sync.delivery import read_verdict

    db, key = tmp_path / "outbox.sqlite3", tmp_path / "terminal.key"
    with Outbox(db, key) as box:
        good = box.enqueue(make_app(vorgangsnummer="2026-T01-000800"))
        swapped = box.enqueue(make_app(vorgangsnummer="2026-T01-000801"))
    client = client_of(intake)
    with Outbox(db, key) as box:
        for item_id in (good, swapped):
            assert deliver(box, client, box.item(item_id), intake.destination_id)[0] \
                == "sending"
        item = box.item(good)
        sent = json.loads(item.sent_tags or "{}")
        view = client.submission(item.case_ref or "", item.submission_id or "", wait_s=10,
                                 destination_id=intake.destination_id)
        assert view.tags is not None
        assert view.tags["metadata"] in sent["metadata"]
        assert view.tags["attachments"][item.attachment_ids[0]] in \
            sent["attachments"][item.attachment_ids[0]]
        assert read_verdict(box, client, item, 10)[0] == "sent"
        other = box.item(swapped)
        altered = json.loads(other.sent_tags or "{}")
        altered["data"] = ["not-what-the-service-holds"]
        box.note_sent_tags(swapped, json.dumps(altered))
        assert read_verdict(box, client, box.item(swapped), 10) == ("failed", None)
        (row,) = box.list_items(("failed",))
        assert box.retry_failed(swapped) == 1  # staff: a new submission, not the old one
        assert (box.item(swapped).state, box.item(swapped).submission_id) == ("queued", None)
    assert "the data the service holds is not the one this terminal sent" in row["last_error"]
    assert str(other.submission_id) in row["last_error"]


def test_the_subscriber_s_signature_key_is_checked_like_the_encryption_key(
        tmp_path: Path, intake: IntakeServer) -> None:
    from sync.keycheck import SIGNATURE, KeyRefused, KeyTrust, check_destination_key

    client = client_of(intake)
    kid = json.loads(_unb64(client.case_events(_a_case(client, intake))[-1].split(".")[0]))[
        "kid"]
    published = requests.get(
        f"{intake.url}/v2/destinations/{intake.destination_id}/keys/{kid}", timeout=5,
        headers={"Authorization": f"Bearer {intake.sender_tokens().token(client)}"}).json()
    assert (published["alg"], published["key_ops"]) == ("PS512", ["verify"])
    assert len(published["x5c"]) == 3
    check_destination_key(published, intake.key_trust, purpose=SIGNATURE)
    with pytest.raises(KeyRefused) as info:
        check_destination_key(published, intake.key_trust)  # not an encryption key
    assert info.value.reason.startswith("algorithm 'PS512'")
    with pytest.raises(KeyRefused) as info:
        check_destination_key(published, KeyTrust(root=tmp_path / "none.pem"),
                              purpose=SIGNATURE)
    assert "no trusted root" in info.value.reason or "cannot be read" in info.value.reason
    # An encryption certificate does not make a signature key.
    forged = {**published, "x5c": requests.get(
        f"{intake.url}/v2/destinations/{intake.destination_id}/keys/"
        f"{client.destination(intake.destination_id)['encryptionKid']}", timeout=5,
        headers={"Authorization": f"Bearer {intake.sender_tokens().token(client)}"}
    ).json()["x5c"]}
    with pytest.raises(KeyRefused):
        check_destination_key(forged, intake.key_trust, purpose=SIGNATURE)


def _a_case(client: IntakeClient, intake: IntakeServer) -> str:
    """A submission sent and decided; its case id."""
    from sync.e2e import encrypt

    app = make_app()
    aid = str(uuid.uuid4())
    announced = client.announce(intake.destination_id, FIT_CONNECT["leika"], "x", [aid])
    key = client.destination_key(intake.destination_id)
    client.upload_attachment(announced.submission_id, aid,
                             encrypt(key, app.pdf, "application/pdf"))
    metadata, data = build_payloads(app, aid)
    client.submit(announced.submission_id, encrypt(key, metadata, "application/json"),
                  encrypt(key, data, "application/json"))
    assert client.submission(announced.case_id, announced.submission_id,
                             wait_s=10).status == "accepted"
    return announced.case_id
