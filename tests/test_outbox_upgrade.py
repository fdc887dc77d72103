"""An outbox an older release made, opened by this one: migrated, and its queue delivered.

``tests/data/outbox_upgrade/<commit>/`` holds what that release's own code wrote (its
``Outbox`` and its application records, see ``make.py`` there): the database as SQL
(its DDL and applications left in the states that release's sender left them) and the
terminal key (in hex). The test restores them into a
terminal's data directory and runs this release's ``buergerbuero sync --once`` against
the real reference intake server: the schema is brought up to date when the outbox
opens, and what was waiting before the upgrade arrives as a case (or, where only the
office can tell, is failed for staff with the reason).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from helpers_sync import RecordingListener, client_of, sender_settings

from kiosk.commands import COMMANDS, run
from kiosk.sender import service_facts
from sync.outbox import Outbox
from sync.outbox_schema import ADDED_COLUMNS
from sync.reference.server import IntakeServer, stored_case
from sync.worker import SyncWorker

DATA = Path(__file__).parent / "data" / "outbox_upgrade"
#: Release → what its outbox lacks that this one has, the applications it left (by
#: their state there) and what becomes of each here.
RELEASES = {
    # The stop-20 release (2026-12-01): the first wave's /api/v1 sender, before FIT-Connect
    # v2; its records carry no FIT-Connect service facts (``fit_connect``) either. Queued,
    # and announced to the old intake (which never files an unfinished submission): sent
    # anew, confirmed. Completed there, its verdict unread: failed for staff, who know
    # whether the office has it (sync/outbox_schema.py, V1_MIGRATION).
    "bcb6560": {"missing": {"case_ref", "attachment_ids", "sent_tags", "destination_id"},
                "service_id": "meldebescheinigung-einfach",
                "items": {"2026-OVN1-0001-7K3Q": "confirmed", "2026-OVN1-0002-7K3Q": "confirmed",
                          "2026-OVN1-0003-7K3Q": "failed"}, "pdf_table": True},
    # 2026-11-21 (2a3e247): the PDF sealed in the outbox's main row (moved to outbox_pdf
    # when the outbox opens), and the metadata the kiosk wrote before records existed.
    "2a3e247": {"missing": {"case_ref", "attachment_ids", "sent_tags", "destination_id"},
                "service_id": "meldebescheinigung-einfach",
                "items": {"2026-OVN1-0001-7K3Q": "confirmed", "2026-OVN1-0002-7K3Q": "confirmed",
                          "2026-OVN1-0003-7K3Q": "failed"}, "pdf_table": False},
}
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n% queued before the upgrade\n%%EOF\n"


def restore(commit: str, data_dir: Path) -> Path:
    data_dir.mkdir(mode=0o700, parents=True)
    db = data_dir / "outbox.sqlite3"
    conn = sqlite3.connect(db)
    conn.executescript((DATA / commit / "outbox.sql").read_text(encoding="utf-8"))
    conn.close()
    key = data_dir / "terminal.key"
    key.write_bytes(bytes.fromhex((DATA / commit / "terminal-key.hex").read_text("ascii")))
    key.chmod(0o600)
    return db


def columns(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
    finally:
        conn.close()


def tables(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master "
                                               "WHERE type = 'table'")}
    finally:
        conn.close()


@pytest.mark.parametrize("commit", sorted(RELEASES))
def test_an_older_releases_outbox_is_migrated_and_its_queued_application_delivered(
        commit: str, tmp_path: Path, intake: IntakeServer,
        capsys: pytest.CaptureFixture[str]) -> None:
    release: dict[str, Any] = RELEASES[commit]
    db = restore(commit, tmp_path / "terminal")
    before = columns(db)
    assert release["missing"].isdisjoint(before)  # really the older schema
    assert set(ADDED_COLUMNS) - before == release["missing"]
    assert ("outbox_pdf" in tables(db)) == release["pdf_table"]

    settings = {"data_dir": str(tmp_path / "terminal"), "intake_url": intake.url,
                "intake_key_root": str(intake.key_trust.root),
                "intake_key_crl": str(intake.key_trust.crl),
                **{k: str(v) for k, v in sender_settings(intake).items()}}
    config = tmp_path / "kiosk.toml"
    config.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in settings.items()),
                      encoding="utf-8")
    code = run(COMMANDS, ["sync", "--once", "--json", "--config", str(config)])
    out, err = capsys.readouterr()
    report = json.loads(out)
    expected: dict[str, str] = release["items"]
    delivered = [v for v, state in expected.items() if state == "confirmed"]
    assert report["failed"] == 0, (out, err)  # nothing the sender tried was refused
    assert report["sent"] == len(delivered), (out, err)
    assert report["status"]["failed"] == len(expected) - len(delivered)

    assert set(ADDED_COLUMNS) <= columns(db)  # migrated on open
    assert "outbox_pdf" in tables(db)
    box = Outbox(db, tmp_path / "terminal" / "terminal.key", recover_interrupted=False)
    try:
        states = {v: box.state_of(v) for v in expected}
        reasons = {row["vorgangsnummer"]: row["last_error"] for row in box.list_items()}
    finally:
        box.close()
    assert {v: s[0] for v, s in states.items() if s} == expected
    assert code == 0  # sync --once fails on what it tried; the migration failed that one
    form_facts = service_facts({"form_id": release["service_id"]})
    assert form_facts is not None
    for vorgangsnummer in delivered:
        case = stored_case(intake.data_dir, str(states[vorgangsnummer][1]))  # type: ignore[index]
        assert case is not None
        metadata, pdf = case
        assert metadata["vorgangsnummer"] == vorgangsnummer
        assert pdf.read_bytes() == PDF
        # The FIT-Connect facts came from the form as this release ships it.
        assert metadata["service_id"] == form_facts["leika"]  # the service's Leika key
    for vorgangsnummer in set(expected) - set(delivered):
        assert "verdict unknown: ask the office" in str(reasons[vorgangsnummer])


def test_without_the_forms_facts_the_old_record_is_refused_for_staff(
        tmp_path: Path, intake: IntakeServer) -> None:
    """What this release did before ``service_facts``: the schema was migrated, and the
    application queued before the upgrade failed ("no 'fit_connect' block") for good —
    ``queue retry`` sends the same record again."""
    db = restore("bcb6560", tmp_path / "terminal")
    counts = SyncWorker(db, tmp_path / "terminal" / "terminal.key",
                        lambda: client_of(intake), RecordingListener(),
                        destination_id=intake.destination_id).run_once()
    assert (counts["failed"], counts["sent"]) == (2, 0)  # the queued and the announced one
    box = Outbox(db, tmp_path / "terminal" / "terminal.key", recover_interrupted=False)
    try:
        items = box.list_items()
    finally:
        box.close()
    refused = [i for i in items if "no 'fit_connect' block" in str(i["last_error"])]
    assert sorted(i["vorgangsnummer"] for i in refused) == [
        "2026-OVN1-0001-7K3Q", "2026-OVN1-0002-7K3Q"]
    assert {i["state"] for i in items} == {"failed"}
