"""The sync worker against the real intake server on loopback."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers_sync import (
    FIT_CONNECT,
    RecordingListener,
    client_of,
    free_port,
    make_app,
    tokens_for,
)

from sync.outbox import Outbox, OutboxStatus, OutgoingApplication
from sync.protocol import IntakeClient
from sync.reference import pki
from sync.reference.server import IntakeServer, stored_case
from sync.worker import SyncWorker, backoff_delay


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    return tmp_path / "kiosk" / "outbox.sqlite3", tmp_path / "kiosk" / "terminal.key"


def _worker(paths: tuple[Path, Path], url: str, listener: RecordingListener,
            intake_dir: Path, **kwargs: float) -> SyncWorker:
    trust = pki.trust(pki.SEED_DIR) if pki.SEED_DIR else None  # every test server's PKI
    tokens = tokens_for(url, intake_dir)
    return SyncWorker(paths[0], paths[1],
                      lambda: IntakeClient(url, timeout_s=2.0, key_trust=trust, tokens=tokens),
                      listener, backoff_base_s=0.05, backoff_cap_s=0.2, **kwargs)


def _enqueue(paths: tuple[Path, Path], vorgangsnummer: str, key: str | None = None) -> None:
    box = Outbox(*paths, recover_interrupted=False)
    box.enqueue(make_app(vorgangsnummer=vorgangsnummer, key=key))
    box.close()


def _state(paths: tuple[Path, Path], vorgangsnummer: str) -> tuple[str, str | None] | None:
    box = Outbox(*paths, recover_interrupted=False)
    try:
        return box.state_of(vorgangsnummer)
    finally:
        box.close()


def _sent(vorgangsnummer: str) -> Callable[[RecordingListener], bool]:
    def check(listener: RecordingListener) -> bool:
        return any(v == vorgangsnummer and s == "sent" for v, s, _ in listener.items)
    return check


def test_enqueued_item_is_delivered(paths: tuple[Path, Path], intake: IntakeServer) -> None:
    listener = RecordingListener()
    worker = _worker(paths, intake.url, listener, intake.data_dir)
    worker.start()
    try:
        assert listener.wait_for(lambda rec: len(rec.statuses) >= 1)
        _enqueue(paths, "V-1")
        worker.wake()
        assert listener.wait_for(_sent("V-1"))
    finally:
        worker.stop()
    assert not worker.is_alive
    (case_id,) = [c for v, s, c in listener.items if v == "V-1" and s == "sent"]
    assert case_id is not None
    assert _state(paths, "V-1") == ("confirmed", case_id)
    stored = stored_case(intake.data_dir, case_id)
    assert stored is not None
    assert stored[0]["vorgangsnummer"] == "V-1"
    assert listener.threads == {"sync-worker"}
    assert listener.online[-1] is True
    assert isinstance(listener.statuses[-1], OutboxStatus)
    assert listener.statuses[-1].sent == 1
    assert listener.statuses[-1].queued == 0


def test_items_waiting_at_start_are_sent_without_wake(paths: tuple[Path, Path],
                                                      intake: IntakeServer) -> None:
    _enqueue(paths, "V-a")
    _enqueue(paths, "V-b")
    listener = RecordingListener()
    worker = _worker(paths, intake.url, listener, intake.data_dir)
    worker.start()
    try:
        assert listener.wait_for(lambda rec: rec.statuses[-1].sent == 2 if rec.statuses
                                 else False)
    finally:
        worker.stop()
    assert listener.statuses[0].queued == 2  # the status emitted once at start


def test_server_down_then_up(paths: tuple[Path, Path], tmp_path: Path) -> None:
    port = free_port()
    listener = RecordingListener()
    worker = _worker(paths, f"http://127.0.0.1:{port}", listener, tmp_path / "late-intake")
    _enqueue(paths, "V-late")
    worker.start()
    srv: IntakeServer | None = None
    try:
        assert listener.wait_for(lambda rec: False in rec.online)
        assert listener.wait_for(
            lambda rec: sum(1 for v, s, _ in rec.items if s == "queued") >= 2)
        state = _state(paths, "V-late")
        assert state == ("queued", None) or state == ("sending", None)
        srv = IntakeServer("127.0.0.1", port, tmp_path / "late-intake", check_signatures=False)
        srv.start()
        # Server start-up, the worker noticing, delivery, and the case processor's
        # verdict: generous, on a loaded machine (returns as soon as it is sent).
        assert listener.wait_for(_sent("V-late"), timeout=30)
    finally:
        worker.stop()
        if srv is not None:
            srv.stop()
    assert listener.online[-1] is True
    state = _state(paths, "V-late")
    assert state is not None
    assert state[0] == "confirmed"
    assert state[1] is not None
    assert stored_case(tmp_path / "late-intake", state[1]) is not None


def _submissions(intake: IntakeServer) -> int:
    """How many submissions the stand-in holds (announced or further)."""
    rows = intake._store._db.execute("SELECT COUNT(*) FROM submissions").fetchone()
    return int(rows[0])


def _refused(paths: tuple[Path, Path], vorgangsnummer: str) -> tuple[str, bool]:
    box = Outbox(*paths)
    row = box.database.execute(
        "SELECT last_error, p.pdf_sealed IS NOT NULL FROM outbox o "
        "LEFT JOIN outbox_pdf p ON p.id = o.id WHERE vorgangsnummer = ?",
        [vorgangsnummer]).fetchone()
    box.close()
    return str(row[0]), bool(row[1])


def test_a_service_the_destination_does_not_offer_fails_before_announcing(
        paths: tuple[Path, Path], intake: IntakeServer) -> None:
    """The destination does not list the record's Leika key: the item fails with the
    reason for staff before a submission exists (none at the service), its data kept,
    and the queue goes on."""
    box = Outbox(*paths, recover_interrupted=False)
    app = make_app(vorgangsnummer="V-refused")
    bad = {**app.metadata, "fit_connect": {**FIT_CONNECT,
                                           "leika": "urn:de:fim:leika:leistung:99000000000000"}}
    box.enqueue(OutgoingApplication(app.idempotency_key, app.vorgangsnummer, app.service_id,
                                    bad, app.pdf))
    box.close()
    listener = RecordingListener()
    worker = _worker(paths, intake.url, listener, intake.data_dir)
    worker.start()
    try:
        assert listener.wait_for(
            lambda rec: ("V-refused", "failed", None) in rec.items)
        assert _submissions(intake) == 0  # refused by the sender: no orphan at the service
        _enqueue(paths, "V-fine")  # the queue goes on after a refusal
        worker.wake()
        assert listener.wait_for(_sent("V-fine"))
    finally:
        worker.stop()
    assert _state(paths, "V-refused") == ("failed", None)
    assert _submissions(intake) == 1
    error, kept = _refused(paths, "V-refused")
    assert "does not offer service urn:de:fim:leika:leistung:99000000000000" in error
    assert "urn:de:fim:leika:leistung:99999999000004" in error  # what it does offer
    assert kept  # kept with its data for the staff


def test_a_refusal_by_the_service_marks_failed_and_keeps_item(
        paths: tuple[Path, Path], intake: IntakeServer) -> None:
    """The service refuses the announce (a region key it does not take: 400); the item
    fails with the answer for staff, its data kept."""
    _enqueue(paths, "V-region")
    listener = RecordingListener()
    worker = SyncWorker(paths[0], paths[1], lambda: IntakeClient(
        intake.url, timeout_s=2.0, key_trust=pki.trust(pki.SEED_DIR) if pki.SEED_DIR else None,
        tokens=tokens_for(intake.url, intake.data_dir)), listener, backoff_base_s=0.05,
        backoff_cap_s=0.2, region="DE07-335")
    worker.start()
    try:
        assert listener.wait_for(lambda rec: ("V-region", "failed", None) in rec.items)
    finally:
        worker.stop()
    error, kept = _refused(paths, "V-region")
    assert "HTTP 400" in error
    assert "region" in error
    assert kept


def test_stop_returns_promptly_while_waiting(paths: tuple[Path, Path],
                                             intake: IntakeServer) -> None:
    listener = RecordingListener()
    worker = SyncWorker(paths[0], paths[1], lambda: client_of(intake), listener,
                        idle_poll_s=30.0)
    worker.start()
    assert listener.wait_for(lambda rec: rec.online == [True])
    time.sleep(0.1)  # let it settle into its 30 s wait
    started = time.monotonic()
    worker.stop()
    assert time.monotonic() - started < 1.0
    assert not worker.is_alive


def test_unexpected_error_does_not_kill_the_thread(paths: tuple[Path, Path],
                                                   intake: IntakeServer) -> None:
    calls: list[int] = []
    lock = threading.Lock()

    def flaky_factory() -> IntakeClient:
        with lock:
            calls.append(1)
            if len(calls) == 1:
                raise RuntimeError("boom")
        return client_of(intake)

    _enqueue(paths, "V-flaky")
    listener = RecordingListener()
    worker = SyncWorker(paths[0], paths[1], flaky_factory, listener,
                        backoff_base_s=0.05, backoff_cap_s=0.1)
    worker.start()
    try:
        assert listener.wait_for(_sent("V-flaky"))
        assert worker.is_alive
    finally:
        worker.stop()
    assert len(calls) >= 2


def test_backoff_is_full_jitter_with_floor() -> None:
    assert backoff_delay(0, 2.0, 300.0, rng=lambda lo, hi: hi) == 2.0
    assert backoff_delay(3, 2.0, 300.0, rng=lambda lo, hi: hi) == 16.0
    assert backoff_delay(20, 2.0, 300.0, rng=lambda lo, hi: hi) == 300.0
    assert backoff_delay(1000, 2.0, 300.0, rng=lambda lo, hi: hi) == 300.0
    assert backoff_delay(3, 2.0, 300.0, rng=lambda lo, hi: lo) == 0.0
    assert backoff_delay(0, 2.0, 300.0, retry_after_s=42.0, rng=lambda lo, hi: hi) == 42.0
    assert all(0.0 <= backoff_delay(4, 1.0, 5.0) <= 5.0 for _ in range(100))


def test_a_verdict_read_that_finds_the_case_gone_fails_the_item_for_staff(
        paths: tuple[Path, Path], tmp_path: Path) -> None:
    """A service that lost a submitted case (its data reset) while the worker waited
    for the verdict: the item fails at once (no waiting out the long poll, no busy
    loop) and is never announced again on its own — FIT-Connect has no idempotency
    key, so only staff can know whether the office has it; their retry sends it anew."""
    from sync.delivery import read_verdict

    port = free_port()
    _enqueue(paths, "V-1")
    with IntakeServer("127.0.0.1", port, tmp_path / "first", run_processor=False,
                      check_signatures=False) as first:
        first.start()
        counts = SyncWorker(*paths, lambda: client_of(first, timeout_s=5),
                            RecordingListener()).run_once(settle_s=0.3)
        assert counts["sending"] == 1  # completed; nobody decides on this server
    with IntakeServer("127.0.0.1", port, tmp_path / "reset",
                      check_signatures=False) as second:  # empty memory
        second.start()
        box = Outbox(*paths)
        (row,) = box.list_items(("completed",))
        item = box.item(row["id"])
        assert item.submission_id is not None
        assert item.case_ref is not None
        started = time.monotonic()
        assert read_verdict(box, client_of(second, timeout_s=5), item, 10.0) \
            == ("failed", None)
        assert time.monotonic() - started < 8  # answered at once, not held for the wait
        (failed,) = box.list_items(("failed",))
        assert "ask the office" in failed["last_error"]
        assert item.submission_id in failed["last_error"]  # for staff, the old id
        assert not box.list_items(("queued", "announced"))
        assert box.retry_failed() == 1  # staff: the office does not have it
        box.close()
        counts = SyncWorker(*paths, lambda: client_of(second, timeout_s=5),
                            RecordingListener()).run_once(settle_s=10)
        assert counts["sent"] == 1
    assert len(list((tmp_path / "reset" / "cases").iterdir())) == 1


def test_sync_once_reads_an_undecided_verdict_once(paths: tuple[Path, Path],
                                                  tmp_path: Path) -> None:
    """Nobody decides on this server, and (FAKE: a client that drops ``wait``) it does not
    hold the status answer: `sync --once` reads the verdict once and stops, instead of
    asking again and again until its deadline."""
    status_reads: list[str] = []

    class NoLongPoll(IntakeClient):
        def submission(self, case_id: str, submission_id: str, *,  # type: ignore[no-untyped-def]
                       wait_s: float = 0.0, destination_id: str | None = None):
            status_reads.append(submission_id)
            return super().submission(case_id, submission_id, destination_id=destination_id)

    _enqueue(paths, "V-1")
    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", run_processor=False,
                      check_signatures=False) as srv:
        srv.start()
        counts = SyncWorker(*paths, lambda: NoLongPoll(srv.url, timeout_s=5,
                                                       key_trust=srv.key_trust,
                                                       tokens=srv.sender_tokens()),
                            RecordingListener()).run_once(settle_s=3.0)
    assert counts["sending"] == 1
    assert len(status_reads) == 1


def _sealed(paths: tuple[Path, Path], vorgangsnummer: str) -> tuple[object, object]:
    box = Outbox(*paths, recover_interrupted=False)
    try:
        row = box._db.execute(
            "SELECT o.metadata_sealed, p.pdf_sealed FROM outbox o LEFT JOIN outbox_pdf p "
            "ON p.id = o.id WHERE o.vorgangsnummer = ?", [vorgangsnummer]).fetchone()
        return row[0], row[1]
    finally:
        box.close()


@pytest.mark.parametrize("retention_s", [0.0, 7 * 86400.0])
def test_without_retention_the_local_copy_goes_once_the_office_confirms(
        paths: tuple[Path, Path], intake: IntakeServer, retention_s: float) -> None:
    """What the welcome screen promises: erased as soon as the office has it (default),
    or kept for the configured retention period."""
    _enqueue(paths, "V-purge")
    listener = RecordingListener()
    counts = _worker(paths, intake.url, listener, intake.data_dir,
                     retention_s=retention_s).run_once()
    assert counts["sent"] == 1
    metadata, pdf = _sealed(paths, "V-purge")
    if retention_s:
        assert metadata is not None  # within the retention period: still there
    else:
        assert (metadata, pdf) == (None, None)


def test_the_listener_and_queue_status_tell_submitted_from_accepted(
        paths: tuple[Path, Path], tmp_path: Path) -> None:
    """Completed at FIT-Connect with nobody deciding yet: "submitted" (the receipt says
    sent); once the office's subscriber accepts it: "sent" (the receipt says accepted).
    `queue status` counts both apart."""
    _enqueue(paths, "V-1")
    listener = RecordingListener()
    data = tmp_path / "intake"
    with IntakeServer("127.0.0.1", 0, data, run_processor=False,
                      check_signatures=False) as undecided:
        undecided.start()
        SyncWorker(*paths, lambda: client_of(undecided, timeout_s=5),
                   listener).run_once(settle_s=0.3)
    assert ("V-1", "submitted", None) in listener.items
    with Outbox(*paths) as box:
        status = box.status().to_json()
    assert (status["submitted"], status["accepted"]) == (1, 0)
    with IntakeServer("127.0.0.1", 0, data, check_signatures=False) as deciding:
        deciding.start()
        deadline = time.monotonic() + 30
        while listener.items[-1][1] != "sent" and time.monotonic() < deadline:
            SyncWorker(*paths, lambda: client_of(deciding, timeout_s=5),
                       listener).run_once(settle_s=2)
    assert listener.items[-1][:2] == ("V-1", "sent")
    with Outbox(*paths) as box:
        status = box.status().to_json()
    assert (status["submitted"], status["accepted"]) == (0, 1)
