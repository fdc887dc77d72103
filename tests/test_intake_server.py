"""The FIT-Connect stand-in over real HTTP on 127.0.0.1, and the v2 client against it."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import uuid
from concurrent.futures import Future
from pathlib import Path

import pytest
import requests
from helpers_sync import (
    DISTINCTIVE_NAME,
    FIT_CONNECT,
    client_of,
    free_port,
    make_app,
    tokens_for,
    wait_for_verdict,
)

from kiosk.base.errors import NetworkError, ServerRefused
from sync.delivery import build_payloads
from sync.e2e import encrypt
from sync.protocol import IntakeClient, SubmissionView, parse_retry_after, retry_after_of
from sync.reference import pki
from sync.reference import server as server_module
from sync.reference.server import MAX_BODY_BYTES, IntakeServer, stored_case, stored_cases
from sync.reference.store import KEY_FILE

PDF, JSON = "application/pdf", "application/json"  # the JWEs' cty

DEST = "8f2a6c1e-3b7d-4e59-a0c4-5d9e7b1f2a63"


def _submit(client: IntakeClient, app):  # type: ignore[no-untyped-def]
    """Announce, upload, submit; (submission id, case id)."""
    aid = str(uuid.uuid4())
    announced = client.announce(DEST, FIT_CONNECT["leika"], "Meldebescheinigung", [aid])
    key = client.destination_key(DEST)
    client.upload_attachment(announced.submission_id, aid, encrypt(key, app.pdf, PDF))
    metadata, data = build_payloads(app, aid)
    client.submit(announced.submission_id, encrypt(key, metadata, JSON),
                  encrypt(key, data, JSON))
    return announced.submission_id, announced.case_id


def _deliver(client: IntakeClient, app=None):  # type: ignore[no-untyped-def]
    sid, case = _submit(client, app or make_app())
    return sid, wait_for_verdict(client, case, sid)


def _headers(server: IntakeServer) -> dict[str, str]:
    token = requests.post(server.token_url, timeout=5, data={
        "grant_type": "client_credentials", "client_id": server.sender_tokens().client_id,
        "client_secret": server.sender_tokens().client_secret}).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


def test_full_protocol_stores_the_case(tmp_path: Path) -> None:
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", key_bits=4096,
                      check_signatures=False) as srv:
        srv.start()
        key_file = tmp_path / "intake" / KEY_FILE
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        client = client_of(srv)
        auth = _headers(srv)
        destination = requests.get(f"{srv.url}/v2/destinations/{DEST}", headers=auth,
                                   timeout=5).json()
        assert destination["status"] == "active"
        assert "2.1.0" in destination["metadataVersions"]
        jwk = requests.get(f"{srv.url}/v2/destinations/{DEST}/keys/"
                           f"{destination['encryptionKid']}", headers=auth, timeout=5).json()
        assert "d" not in jwk  # never the private part
        assert jwk["alg"] == "RSA-OAEP-256"
        assert jwk["key_ops"] == ["wrapKey"]
        assert len(jwk["n"]) > 680  # 4096 bits, base64url
        app = make_app()
        sid, view = _deliver(client, app)
        assert view.status == "accepted"
        assert view.case_id is not None
        stored = stored_case(srv.data_dir, view.case_id)
        assert stored is not None
        metadata, pdf_path = stored
        assert pdf_path.read_bytes() == app.pdf
        assert metadata["metadata"]["familienname"] == DISTINCTIVE_NAME
        assert metadata["vorgangsnummer"] == app.vorgangsnummer
        assert metadata["submission_metadata"]["additionalReferenceInfo"][
            "senderReference"] == app.vorgangsnummer
        assert metadata["pdf_sha512"] == hashlib.sha512(app.pdf).hexdigest()
        assert view.events == ("submit-submission", "accept-submission")
        # FIT-Connect has no idempotency key: a second announce is a second submission.
        second = client.announce(DEST, FIT_CONNECT["leika"], "x", [str(uuid.uuid4())])
        assert second.submission_id != sid
        assert [p.name for p in (srv.data_dir / "cases").iterdir()] == [view.case_id]


def test_repeats_and_conflicts(intake: IntakeServer) -> None:
    """An upload or a submit repeated with the same content is fine; other content 409."""
    client = client_of(intake)
    app = make_app()
    aid = str(uuid.uuid4())
    announced = client.announce(DEST, FIT_CONNECT["leika"], "x", [aid])
    sid = announced.submission_id
    key = client.destination_key(DEST)
    client.upload_attachment(sid, aid, encrypt(key, app.pdf, PDF))
    client.upload_attachment(sid, aid, encrypt(key, app.pdf, PDF))  # same content: fine
    with pytest.raises(ServerRefused, match="409"):
        client.upload_attachment(sid, aid, encrypt(key, b"%PDF-other", PDF))
    metadata, data = build_payloads(app, aid)
    client.submit(sid, encrypt(key, metadata, JSON), encrypt(key, data, JSON))
    client.submit(sid, encrypt(key, metadata, JSON), encrypt(key, data, JSON))  # same: fine
    other_meta, other_data = build_payloads(make_app(key=app.idempotency_key, name="Other"),
                                            aid)
    with pytest.raises(ServerRefused) as conflict:
        client.submit(sid, encrypt(key, other_meta, JSON), encrypt(key, other_data, JSON))
    assert "409" in conflict.value.detail
    assert "Other" not in conflict.value.detail


def test_hash_mismatch_is_rejected_with_a_reason(intake: IntakeServer) -> None:
    client = client_of(intake)
    app = make_app()
    aid = str(uuid.uuid4())
    announced = client.announce(DEST, FIT_CONNECT["leika"], "x", [aid])
    key = client.destination_key(DEST)
    client.upload_attachment(announced.submission_id, aid,
                             encrypt(key, b"%PDF-not the signed one", PDF))
    metadata, data = build_payloads(app, aid)
    client.submit(announced.submission_id, encrypt(key, metadata, JSON),
                  encrypt(key, data, JSON))
    result = wait_for_verdict(client, announced.case_id, announced.submission_id)
    assert result.status == "rejected"
    assert result.reason is not None
    assert "attachment" in result.reason
    assert result.events[-1] == "reject-submission"
    assert not any((intake.data_dir / "cases").iterdir())


def test_metadata_failing_the_official_schema_is_rejected(intake: IntakeServer) -> None:
    """The subscriber checks the metadata against FIT-Connect 2.1.0 before anything else."""
    client = client_of(intake)
    app = make_app()
    aid = str(uuid.uuid4())
    announced = client.announce(DEST, FIT_CONNECT["leika"], "x", [aid])
    key = client.destination_key(DEST)
    client.upload_attachment(announced.submission_id, aid, encrypt(key, app.pdf, PDF))
    metadata, data = build_payloads(app, aid)
    broken = json.loads(metadata)
    del broken["$schema"]
    broken["contentStructure"]["attachments"][0]["hash"]["content"] = "x"
    client.submit(announced.submission_id, encrypt(key, json.dumps(broken).encode(), JSON),
                  encrypt(key, data, JSON))
    result = wait_for_verdict(client, announced.case_id, announced.submission_id)
    assert result.status == "rejected"
    assert "metadata 2.1.0" in (result.reason or "")


def test_bad_requests(intake: IntakeServer) -> None:
    api = f"{intake.url}/v2"
    assert requests.post(f"{api}/submissions", data=b"{", timeout=5).status_code == 401
    auth = _headers(intake)
    bad = requests.post(f"{api}/submissions", data=b"{", headers=auth, timeout=5)
    assert bad.status_code == 400
    assert bad.headers["Content-Type"] == "application/problem+json"
    body: dict[str, object] = {"destinationId": DEST, "announcedAttachments": [],
                               "serviceType": {"identifier": "meldebescheinigung",
                                               "name": "x"}}
    assert requests.post(f"{api}/submissions", json=body, headers=auth,
                         timeout=5).status_code == 400  # not a Leika key
    body["serviceType"] = {"identifier": FIT_CONNECT["leika"], "name": "x"}
    body["destinationId"] = "elsewhere"
    assert requests.post(f"{api}/submissions", json=body, headers=auth,
                         timeout=5).status_code == 404
    body["destinationId"] = DEST
    aid = str(uuid.uuid4())
    body["announcedAttachments"] = [aid]
    created = requests.post(f"{api}/submissions", json=body, headers=auth, timeout=5)
    assert created.status_code == 201
    sid = created.json()["submissionId"]
    assert set(created.json()) == {"destinationId", "submissionId", "caseId"}
    jose = {**auth, "Content-Type": "application/jose"}
    not_jwe = requests.put(f"{api}/submissions/{sid}/attachments/{aid}", data=b"plain",
                           headers=jose, timeout=5)
    assert not_jwe.status_code == 400
    other = requests.put(f"{api}/submissions/{sid}/attachments/{uuid.uuid4()}", data=b"x",
                         headers=jose, timeout=5)
    assert other.status_code == 422  # not announced (FIT-Connect 1.1.3)
    assert "not announced" in other.json()["detail"]
    wrong_type = requests.put(f"{api}/submissions/{sid}/attachments/{aid}", data=b"x",
                              headers=auth, timeout=5)
    assert wrong_type.status_code == 415
    incomplete = requests.put(f"{api}/submissions/{sid}", json={"encryptedMetadata": 1},
                              headers=auth, timeout=5)
    assert incomplete.status_code == 400
    assert requests.get(f"{api}/cases/{uuid.uuid4()}/events", headers=auth,
                        timeout=5).status_code == 404


def test_oversized_body_is_refused_unread(intake: IntakeServer) -> None:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", int(intake.url.rsplit(":", 1)[1]), timeout=5)
    conn.putrequest("POST", "/v2/submissions")
    conn.putheader("Authorization", _headers(intake)["Authorization"])
    conn.putheader("Content-Length", str(MAX_BODY_BYTES + 1))
    conn.endheaders()
    response = conn.getresponse()
    assert response.status == 413
    assert json.loads(response.read())
    conn.close()


def test_restart_keeps_submissions_key_and_numbering(tmp_path: Path) -> None:
    data = tmp_path / "intake"
    app = make_app()
    aid = str(uuid.uuid4())
    with IntakeServer("127.0.0.1", 0, data, check_signatures=False) as first:
        first.start()
        client = client_of(first)
        announced = client.announce(DEST, FIT_CONNECT["leika"], "x", [aid])
        client.upload_attachment(announced.submission_id, aid,
                                 encrypt(client.destination_key(DEST), app.pdf, PDF))
    with IntakeServer("127.0.0.1", 0, data,
                      check_signatures=False) as second:  # empty memory, same disk
        second.start()
        client = client_of(second)  # same client credentials; tokens from before are gone
        assert client.submission(announced.case_id, announced.submission_id).status \
            == "announced"
        key = client.destination_key(DEST)  # same key as before: the upload still decrypts
        metadata, payload = build_payloads(app, aid)
        client.submit(announced.submission_id, encrypt(key, metadata, JSON),
                      encrypt(key, payload, JSON))
        done = wait_for_verdict(client, announced.case_id, announced.submission_id)
        assert done.case_id is not None
        assert done.case_id.endswith("-000001")
        assert _deliver(client, make_app())[1].case_id.endswith("-000002")  # type: ignore[union-attr]


def test_access_log_has_no_personal_data(intake: IntakeServer,
                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="sync.reference.server")
    app = make_app()
    tokens = intake.sender_tokens()
    _deliver(client_of(intake), app)
    lines = [r.getMessage() for r in caplog.records]
    assert any("POST /v2/submissions 201" in line for line in lines)
    assert not any(DISTINCTIVE_NAME in line or app.vorgangsnummer in line for line in lines)
    assert not any(tokens.client_secret in line for line in lines)


def test_client_errors(intake: IntakeServer) -> None:
    closed = IntakeClient(f"http://127.0.0.1:{free_port()}", timeout_s=2)
    with pytest.raises(NetworkError) as info:
        closed.announce(DEST, FIT_CONNECT["leika"], "x", [])
    assert info.value.message.context == "Sync"
    assert "ConnectionError" in info.value.detail
    assert closed.health() is False
    assert client_of(intake).health() is True


def test_a_rate_limit_says_how_long_to_wait() -> None:
    assert retry_after_of({"Retry-After": "7", "RateLimit-Reset": "30"}) == 7.0
    assert retry_after_of({"RateLimit-Limit": "100", "RateLimit-Remaining": "0",
                           "RateLimit-Reset": "30"}) == 30.0
    assert retry_after_of({"RateLimit-Reset": "12"}) == 12.0
    assert retry_after_of({"RateLimit-Remaining": "5", "RateLimit-Reset": "30"}) is None
    assert retry_after_of({"RateLimit-Reset": "soon"}) is None
    assert retry_after_of({}) is None


def test_retry_after_parsing() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0


def test_cli_intake_server_runs_until_sigterm(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.main", "intake-server", "--host", "127.0.0.1", "--port", "0",
         "--data", str(tmp_path / "cli-intake"), "--no-signature-check"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        trust = pki.trust(tmp_path / "cli-intake")  # the root the server made on its start
        tokens = tokens_for(url, tmp_path / "cli-intake")  # its sender client, made likewise
        assert _deliver(IntakeClient(url, key_trust=trust, tokens=tokens))[1].status \
            == "accepted"
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert (tmp_path / "cli-intake" / "index.sqlite3").exists()


def test_processor_killed_while_writing_a_case_finishes_the_same_case(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The case processor dies between 'case id recorded' and 'case renamed into place'
    (here: an exception after half the PDF is written into the temporary case
    directory); the next processor finishes that same case, whole."""
    from sync.e2e import load_or_create_private_key
    from sync.reference import processor as intake_processor
    from sync.reference.store import CaseStore

    data = tmp_path / "intake"
    app = make_app()
    with IntakeServer("127.0.0.1", 0, data, run_processor=False, check_signatures=False) as first:
        first.start()
        client = client_of(first)
        sid, case = _submit(client, app)
        # stored sealed; nobody has decided yet
        assert client.submission(case, sid).status == "submitted"

    class Killed(BaseException):
        pass

    def dies_half_way(store, case_id, case):  # type: ignore[no-untyped-def]
        tmp = store.cases_dir / f".tmp-{case_id}"
        tmp.mkdir()
        (tmp / "application.pdf").write_bytes(case.pdf[: len(case.pdf) // 2])
        raise Killed

    store = CaseStore(data)
    monkeypatch.setattr(intake_processor, "_write_case", dies_half_way)
    with pytest.raises(Killed):
        intake_processor.process(store, load_or_create_private_key(data / KEY_FILE), [sid])
    store.close()
    monkeypatch.undo()
    with IntakeServer("127.0.0.1", 0, data, check_signatures=False) as second:
        second.start()  # its processor resumes what is pending
        verdict = wait_for_verdict(client_of(second), case, sid)
    assert verdict.status == "accepted"
    assert verdict.case_id is not None
    assert verdict.case_id.endswith("-000001")
    assert [p.name for p in (data / "cases").iterdir()] == [verdict.case_id]
    stored = stored_case(data, verdict.case_id)
    assert stored is not None
    assert stored[1].read_bytes() == app.pdf


def test_status_long_poll_holds_until_the_verdict(tmp_path: Path) -> None:
    """`GET /v2/cases/{id}/events?wait=S` (the stand-in's addition): held while nobody
    decides, answered the moment the case processor decides; a bad `wait` counts as 0."""
    import time

    from kiosk.base.longpoll import wait_seconds

    assert wait_seconds("/x?wait=2.5", 10) == 2.5
    assert wait_seconds("/x?wait=99", 10) == 10
    assert [wait_seconds(f"/x?wait={v}", 10) for v in ("-1", "nan", "inf", "soon")] == [0] * 4
    assert wait_seconds("/x", 10) == 0
    data = tmp_path / "intake"
    app = make_app()
    with IntakeServer("127.0.0.1", 0, data, run_processor=False,
                      check_signatures=False) as undecided:
        undecided.start()
        client = client_of(undecided)
        sid, case = _submit(client, app)
        started = time.monotonic()
        assert client.submission(case, sid, wait_s=0.6, destination_id=DEST).status \
            == "submitted"
        assert time.monotonic() - started >= 0.5  # held: nobody decides here
        started = time.monotonic()
        raw = requests.get(f"{undecided.url}/v2/cases/{case}/events?wait=inf", timeout=15,
                           headers=_headers(undecided))
        assert len(raw.json()["eventLog"]) == 1  # submit-submission only
        assert time.monotonic() - started < 5  # "inf" is not a wait (held would be 10 s)
    with IntakeServer("127.0.0.1", 0, data,
                      check_signatures=False) as deciding:  # its processor picks it up
        deciding.start()
        started = time.monotonic()
        view = client_of(deciding).submission(case, sid, wait_s=10, destination_id=DEST)
        assert view.status == "accepted"
        assert time.monotonic() - started < 9  # answered when decided, not at the end


def test_a_killed_case_processor_is_started_again_by_the_next_submission(
        tmp_path: Path) -> None:
    """The processor dies (SIGKILL); the server notices at the next completion, starts a
    new one, and the submission is decided all the same."""
    import os
    import time

    data = tmp_path / "intake"
    with IntakeServer("127.0.0.1", 0, data, check_signatures=False) as srv:
        srv.start()
        client = client_of(srv)
        assert _deliver(client)[1].status == "accepted"
        pids = subprocess.run(["pgrep", "-f", f"sync.reference.processor {data}"],
                              capture_output=True, text=True, check=False).stdout.split()
        assert len(pids) == 1, pids
        os.kill(int(pids[0]), signal.SIGKILL)
        status = Path(f"/proc/{pids[0]}/status")
        deadline = time.monotonic() + 10
        while "State:\tZ" not in status.read_text() and time.monotonic() < deadline:
            time.sleep(0.05)  # dead, not yet reaped by the server: what a crash leaves
        view = _deliver(client)[1]
        assert view.status == "accepted", view
    assert len(stored_cases(data)) == 2


def _count_reads(server: IntakeServer, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every ``store.case_events`` call the server makes from now on."""
    reads: list[str] = []
    real = server.store.case_events

    def counting(case: str) -> list[dict[str, object]]:
        reads.append(case)
        return real(case)

    monkeypatch.setattr(server.store, "case_events", counting)
    return reads


def test_a_long_poll_does_not_poll_the_store(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """While nobody decides, a client waiting 1 s costs a handful of store reads (the
    first, the once-a-second fallback, the last), not one every 10 ms (~100)."""
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", run_processor=False,
                      check_signatures=False) as undecided:
        undecided.start()
        client = client_of(undecided)
        sid, case = _submit(client, make_app())
        reads = _count_reads(undecided, monkeypatch)
        started = time.monotonic()
        assert client.submission(case, sid, wait_s=1).status == "submitted"
        assert time.monotonic() - started >= 0.9  # held all the same
    assert 1 <= len(reads) <= 4, len(reads)


def test_a_long_poll_is_answered_by_the_processor_s_report(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The case processor is held (SIGSTOP) while a client waits for the verdict; once it
    runs and commits, its report wakes the waiting request at once. The fallback re-check
    is pushed past the wait here, so only that report can answer before the deadline."""
    monkeypatch.setattr(server_module, "_WAIT_FALLBACK_S", 60.0)
    data = tmp_path / "intake"
    with IntakeServer("127.0.0.1", 0, data, check_signatures=False) as srv:
        srv.start()
        client = client_of(srv)
        pids = subprocess.run(["pgrep", "-f", f"sync.reference.processor {data}"],
                              capture_output=True, text=True, check=False).stdout.split()
        assert len(pids) == 1, pids
        os.kill(int(pids[0]), signal.SIGSTOP)
        try:
            sid, case = _submit(client, make_app())
            assert client.submission(case, sid).status == "submitted"
            reads = _count_reads(srv, monkeypatch)
            answer: Future[SubmissionView] = Future()
            threading.Thread(target=lambda: answer.set_result(
                client.submission(case, sid, wait_s=10))).start()
            deadline = time.monotonic() + 5
            while not reads and time.monotonic() < deadline:
                time.sleep(0.01)  # until the server holds the request
            assert reads
            assert not answer.done()
        finally:
            os.kill(int(pids[0]), signal.SIGCONT)
        started = time.monotonic()
        view = answer.result(timeout=20)
        waited = time.monotonic() - started
    assert view.status == "accepted"
    assert waited < 5, waited  # woken by the report, not at the 10 s deadline
    assert len(reads) <= 3, len(reads)


def test_half_open_connections_time_out_and_never_crowd_out_a_client(tmp_path: Path) -> None:
    """200 connections that never send a byte (a slowloris): a real client still gets its
    answers meanwhile, and each silent connection is closed once its timeout passes."""
    import socket

    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", run_processor=False,
                      check_signatures=False, request_timeout_s=1.0) as srv:
        srv.start()
        port = int(srv.url.rsplit(":", 1)[1])
        silent = [socket.create_connection(("127.0.0.1", port), timeout=10)
                  for _ in range(200)]
        try:
            client = client_of(srv, timeout_s=5)
            assert client.destination(DEST)["status"] == "active"  # served meanwhile
            assert all(sock.recv(64) == b"" for sock in silent)  # closed by the server
        finally:
            for sock in silent:
                sock.close()
        assert client.destination(DEST)["status"] == "active"


def test_connections_beyond_the_cap_are_answered_503_at_once(tmp_path: Path) -> None:
    import socket

    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", run_processor=False,
                      check_signatures=False, max_connections=20) as srv:
        srv.start()
        port = int(srv.url.rsplit(":", 1)[1])
        held: list[socket.socket] = []
        answer = b""
        try:
            while not answer and len(held) < 100:  # silent connections until one is refused
                sock = socket.create_connection(("127.0.0.1", port), timeout=0.3)
                try:
                    answer = sock.recv(256)
                except TimeoutError:
                    held.append(sock)  # it holds a slot (or waits to be accepted)
                else:
                    sock.close()
        finally:
            for sock in held:
                sock.close()
        assert answer.startswith(b"HTTP/1.1 503"), answer
        assert b"Retry-After: 1" in answer
        assert len(held) >= 20  # refused only once the twenty slots were taken
