"""The outbox on real SQLite files: counts, encryption at rest, durability, failures."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_sync import (
    DISTINCTIVE_NAME,
    PDF_MARKER,
    FakeDiskFullConnection,
    make_app,
    make_pdf,
)

from kiosk.base.errors import StorageError
from sync.crypto import load_or_create_key, seal, unseal
from sync.outbox import Outbox, read_status


@pytest.fixture
def paths(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    return data / "outbox.sqlite3", data / "terminal.key"


@pytest.fixture
def outbox(paths: tuple[Path, Path]) -> Iterator[Outbox]:
    box = Outbox(*paths)
    yield box
    box.close()


def test_enqueue_counts_and_next_due(outbox: Outbox) -> None:
    first = outbox.enqueue(make_app(vorgangsnummer="V-1"))
    second = outbox.enqueue(make_app(vorgangsnummer="V-2"))
    status = outbox.status()
    assert (status.queued, status.sending, status.sent, status.failed) == (2, 0, 0, 0)
    assert status.oldest_waiting_age_s is not None
    assert status.oldest_waiting_age_s >= 0
    assert {"queued", "sending", "sent", "failed", "oldest_waiting_age_s"} <= set(
        status.to_json())

    item = outbox.next_due(time.time())
    assert item is not None
    assert item.id == first
    assert item.application.metadata["familienname"] == DISTINCTIVE_NAME
    assert item.application.pdf == make_pdf()

    outbox.mark_announced(first, "sub-1", "case-1", ["att-1"])
    assert outbox.status().sending == 1
    outbox.mark_uploading(first, ["att-1"])
    outbox.mark_confirmed(first, "BB-2026-000001")
    outbox.mark_announced(second, "sub-2", "case-2", ["att-2"])
    outbox.mark_retry(second, "HTTP 503", time.time() + 60)
    assert outbox.next_due(time.time()) is None
    wakeup = outbox.next_wakeup()
    assert wakeup is not None
    assert wakeup > time.time() + 50
    assert outbox.state_of("V-1") == ("confirmed", "BB-2026-000001")
    assert outbox.state_of("V-2") == ("announced", None)  # progress is kept for the retry
    assert outbox.make_due_now() == 1
    again = outbox.next_due(time.time())
    assert again is not None
    assert (again.id, again.state, again.submission_id) == (second, "announced", "sub-2")
    assert outbox.state_of("V-unknown") is None
    status = outbox.status()
    assert (status.queued, status.sending, status.sent) == (0, 1, 1)

    outbox.mark_failed(second, "HTTP 409")
    assert outbox.state_of("V-2") == ("failed", None)
    assert outbox.next_wakeup() is None
    assert outbox.status().oldest_waiting_age_s is None


def test_same_idempotency_key_is_stored_once(outbox: Outbox) -> None:
    app = make_app()
    assert outbox.enqueue(app) == outbox.enqueue(app)
    assert outbox.status().queued == 1


def test_personal_data_is_not_in_clear_on_disk(paths: tuple[Path, Path]) -> None:
    db_path, key_path = paths
    box = Outbox(db_path, key_path)
    for i in range(3):
        box.enqueue(make_app(vorgangsnummer=f"V-{i}"))
    files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
    assert db_path in files
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal in files  # the connection is open: the data is (at least) in the WAL
    raw = b"".join(p.read_bytes() for p in files)
    assert b"V-1" in raw  # sanity: the clear columns are there, so the check can see data
    assert DISTINCTIVE_NAME.encode() not in raw
    assert DISTINCTIVE_NAME.encode("utf-16-le") not in raw
    assert PDF_MARKER not in raw
    assert b"%PDF-" not in raw
    box.close()
    raw = b"".join(p.read_bytes() for p in db_path.parent.iterdir()
                   if p.name.startswith(db_path.name))
    assert DISTINCTIVE_NAME.encode() not in raw
    assert PDF_MARKER not in raw


def test_key_file_is_private(paths: tuple[Path, Path]) -> None:
    db_path, key_path = paths
    Outbox(db_path, key_path).close()
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(key_path.parent.stat().st_mode) == 0o700
    assert len(key_path.read_bytes()) == 32
    assert load_or_create_key(key_path) == key_path.read_bytes()  # stable


def test_key_file_with_wrong_length_is_refused(tmp_path: Path) -> None:
    key_path = tmp_path / "terminal.key"
    key_path.write_bytes(b"short")
    with pytest.raises(StorageError, match="storage key") as info:
        load_or_create_key(key_path)
    assert "5 bytes" in info.value.detail


def test_concurrent_key_creation_yields_one_key(tmp_path: Path) -> None:
    key_path = tmp_path / "k" / "terminal.key"
    keys: list[bytes] = []
    threads = [threading.Thread(target=lambda: keys.append(load_or_create_key(key_path)))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(keys)) == 1
    assert [p.name for p in key_path.parent.iterdir()] == ["terminal.key"]


def test_seal_unseal_and_tampering(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path / "key")
    blob = seal(key, b"secret", b"aad")
    assert unseal(key, blob, b"aad") == b"secret"
    tampered = blob[:-1] + bytes([blob[-1] ^ 1])
    with pytest.raises(StorageError):
        unseal(key, tampered, b"aad")
    with pytest.raises(StorageError):
        unseal(key, blob, b"other-row")
    with pytest.raises(StorageError):
        unseal(bytes(32), blob, b"aad")


def test_tampered_row_raises_and_is_marked_failed(paths: tuple[Path, Path]) -> None:
    db_path, key_path = paths
    box = Outbox(db_path, key_path)
    bad = box.enqueue(make_app(vorgangsnummer="V-bad"))
    good = box.enqueue(make_app(vorgangsnummer="V-good"))
    box.close()
    with sqlite3.connect(db_path) as conn:
        (blob,) = conn.execute("SELECT pdf_sealed FROM outbox_pdf WHERE id = ?", (bad,)).fetchone()
        flipped = blob[:20] + bytes([blob[20] ^ 0xFF]) + blob[21:]
        conn.execute("UPDATE outbox_pdf SET pdf_sealed = ? WHERE id = ?", (flipped, bad))
    conn.close()
    box = Outbox(db_path, key_path)
    with pytest.raises(StorageError):
        box.next_due(time.time())
    assert box.state_of("V-bad") == ("failed", None)
    item = box.next_due(time.time())  # the damaged item no longer blocks the queue
    assert item is not None
    assert item.id == good
    box.close()


def test_enqueue_is_durable_across_processes(paths: tuple[Path, Path]) -> None:
    db_path, key_path = paths
    script = textwrap.dedent(f"""
        import os, sys
        from pathlib import Path
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from helpers_sync import make_app
        from sync.outbox import Outbox
        box = Outbox(Path({str(db_path)!r}), Path({str(key_path)!r}))
        box.enqueue(make_app(key="ab" * 16, vorgangsnummer="V-child"))
        os._exit(0)  # no close, no cleanup: like a power cut right after enqueue returned
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=30,
                            check=False)
    assert result.returncode == 0, result.stderr.decode()
    box = Outbox(db_path, key_path)
    item = box.next_due(time.time())
    assert item is not None
    assert item.application.idempotency_key == "ab" * 16
    assert item.application.vorgangsnummer == "V-child"
    assert item.application.metadata["familienname"] == DISTINCTIVE_NAME
    assert item.application.pdf == make_pdf()
    box.close()


def test_progress_survives_reopening(paths: tuple[Path, Path]) -> None:
    box = Outbox(*paths)
    item_id = box.enqueue(make_app(vorgangsnummer="V-crash"))
    box.mark_announced(item_id, "sub-9", "case-9", ["att-a", "att-b"])
    box.mark_uploading(item_id, ["att-b", "att-a"])
    assert read_status(paths[0]).sending == 1
    box.close()
    box = Outbox(*paths)
    item = box.next_due(time.time())
    assert item is not None
    assert (item.id, item.state, item.submission_id) == (item_id, "uploading", "sub-9")
    assert (item.case_ref, item.attachment_ids) == ("case-9", ("att-a", "att-b"))
    assert item.uploaded == ("att-a", "att-b")
    box.forget_submission(item_id)  # the service lost it, never submitted: start again
    assert box.state_of("V-crash") == ("queued", None)
    box.mark_announced(item_id, "sub-10", "case-10", ["att-c"])
    box.forget_submission(item_id, "expired at the service")  # or for staff to decide
    assert box.state_of("V-crash") == ("failed", None)
    assert box.retry_failed(item_id) == 1
    item = box.next_due(time.time())
    assert item is not None
    assert (item.state, item.submission_id) == ("queued", None)
    box.close()


def test_retention_purges_personal_data_keeps_statistics(paths: tuple[Path, Path]) -> None:
    box = Outbox(*paths)
    old = box.enqueue(make_app(vorgangsnummer="V-old"))
    new = box.enqueue(make_app(vorgangsnummer="V-new"))
    failed = box.enqueue(make_app(vorgangsnummer="V-failed"))
    for item_id in (old, new):
        box.mark_confirmed(item_id, f"BB-2026-00000{item_id}")
    box.mark_failed(failed, "HTTP 409")
    box.database.execute("UPDATE outbox SET confirmed_at = ? WHERE id = ?",
                         [time.time() - 8 * 86400, old])
    assert box.purge_confirmed(7 * 86400) == 1
    rows = {r["vorgangsnummer"]: r for r in box.database.query(
        "SELECT vorgangsnummer, state, case_id, p.pdf_sealed, metadata_sealed, purged_at "
        "FROM outbox o LEFT JOIN outbox_pdf p ON p.id = o.id")}
    assert rows["V-old"]["pdf_sealed"] is None
    assert rows["V-old"]["metadata_sealed"] is None
    assert rows["V-old"]["case_id"] == f"BB-2026-00000{old}"  # statistics stay
    assert rows["V-new"]["pdf_sealed"] is not None  # within the retention period
    assert rows["V-failed"]["pdf_sealed"] is not None  # never silently deleted
    assert box.status().purged == 1
    assert box.purge_confirmed(0) == 1  # retention 0: erase at once
    assert box.retry_failed() == 1
    assert box.state_of("V-failed") == ("queued", None)
    box.close()


def test_two_connections_at_once(paths: tuple[Path, Path]) -> None:
    gui = Outbox(*paths, recover_interrupted=False)
    worker = Outbox(*paths)
    errors: list[BaseException] = []

    def enqueue_many() -> None:
        try:
            box = Outbox(*paths, recover_interrupted=False)
            for i in range(20):
                box.enqueue(make_app(vorgangsnummer=f"T-{i}"))
            box.close()
        except StorageError as exc:
            errors.append(exc)

    thread = threading.Thread(target=enqueue_many)
    thread.start()
    for i in range(20):
        gui.enqueue(make_app(vorgangsnummer=f"G-{i}"))
    thread.join()
    assert errors == []
    assert worker.status().queued == 40
    gui.close()
    worker.close()


def test_disk_full_raises_storage_error_and_keeps_earlier_items(
    paths: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    box = Outbox(*paths, connection_factory=FakeDiskFullConnection)
    box.enqueue(make_app(vorgangsnummer="V-before"))
    monkeypatch.setattr(FakeDiskFullConnection, "armed", True)
    with pytest.raises(StorageError) as info:
        box.enqueue(make_app(vorgangsnummer="V-after", name="Another-Person"))
    assert "could not be saved" in info.value.message.untranslated()
    assert info.value.message.context == "Sync"
    assert "disk is full" in info.value.detail
    assert DISTINCTIVE_NAME not in str(info.value) + info.value.detail
    assert "Another-Person" not in str(info.value) + info.value.detail
    monkeypatch.setattr(FakeDiskFullConnection, "armed", False)
    box.close()
    box = Outbox(*paths)
    assert box.status().queued == 1
    assert box.state_of("V-after") is None
    item = box.next_due(time.time())
    assert item is not None
    assert item.application.vorgangsnummer == "V-before"
    box.close()


def test_corrupt_database_raises_storage_error(paths: tuple[Path, Path]) -> None:
    db_path, key_path = paths
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StorageError) as info:
        Outbox(db_path, key_path)
    assert "cannot be opened" in info.value.message.untranslated()


def test_read_status_of_missing_outbox_creates_nothing(tmp_path: Path) -> None:
    status = read_status(tmp_path / "nothing" / "outbox.sqlite3")
    data = status.to_json()
    assert {k: data[k] for k in ("queued", "sending", "sent", "failed",
                                 "oldest_waiting_age_s")} == {
        "queued": 0, "sending": 0, "sent": 0, "failed": 0, "oldest_waiting_age_s": None}
    assert list(tmp_path.iterdir()) == []


def test_queue_status_cli(paths: tuple[Path, Path], tmp_path: Path) -> None:
    import argparse
    import json

    from kiosk.commands.queue import add_commands

    box = Outbox(*paths)
    box.enqueue(make_app())
    box.close()
    parser = argparse.ArgumentParser()
    add_commands(parser.add_subparsers())
    env = {**os.environ}
    args = parser.parse_args(["queue", "status", "--json", "--data-dir", str(paths[0].parent)])
    out = subprocess.run(
        [sys.executable, "-m", "ui.main", "queue", "status", "--json", "--data-dir",
         str(paths[0].parent)],
        capture_output=True, text=True, timeout=30, env=env, check=False,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["queued"] == 1
    assert data["sent"] == 0
    assert args.func(args) == 0
    empty = parser.parse_args(["queue", "status", "--data-dir", str(tmp_path / "empty")])
    assert empty.func(empty) == 0
    assert not (tmp_path / "empty").exists()


def test_next_due_walks_an_index_however_long_the_queue(paths: tuple[Path, Path]) -> None:
    from sync.outbox import _NEXT_DUE, ACTIVE

    box = Outbox(*paths)
    for state in ACTIVE:
        assert f"'{state}'" in _NEXT_DUE  # the literal list matches the states
    plan = " ".join(str(row) for row in box.database.execute(
        "EXPLAIN QUERY PLAN " + _NEXT_DUE, [time.time()]).fetchall())
    assert "outbox_active" in plan
    assert "TEMP B-TREE" not in plan  # no sort of the whole queue per item
    box.database.execute("DROP INDEX outbox_active")  # an outbox from before the index
    box.close()
    box = Outbox(*paths)
    assert "outbox_active" in [index.name for index in box.database.table("outbox").indexes]
    box.close()


def test_an_outbox_that_kept_pdfs_in_its_rows_is_migrated_once(paths: tuple[Path, Path]) -> None:
    """An outbox written before outbox_pdf existed: its PDFs move over on open, intact."""
    box = Outbox(*paths)
    first = box.enqueue(make_app(vorgangsnummer="V-1"))
    second = box.enqueue(make_app(vorgangsnummer="V-2", pdf=make_pdf(b"second")))
    box.close()
    with sqlite3.connect(paths[0]) as conn:  # turn it back into the old layout
        conn.execute("UPDATE outbox SET pdf_sealed = "
                     "(SELECT pdf_sealed FROM outbox_pdf WHERE outbox_pdf.id = outbox.id)")
        conn.execute("DROP TABLE outbox_pdf")
    conn.close()
    box = Outbox(*paths)
    try:
        assert box.item(first).application.pdf == make_pdf()
        assert box.item(second).application.pdf == make_pdf(b"second")
        left = box.database.execute(
            "SELECT COUNT(*) FROM outbox WHERE pdf_sealed IS NOT NULL").fetchone()[0]
        assert left == 0  # moved, not copied
    finally:
        box.close()
