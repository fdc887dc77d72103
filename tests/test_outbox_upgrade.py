"""An outbox an older release made, opened by this one: migrated, and its queue delivered.

``tests/data/outbox_upgrade/<commit>/`` holds what that release's own code wrote (its
``Outbox`` and its application record, see ``make.py`` there): the database as SQL
(its DDL and a queued application) and the terminal key (in hex). The test restores them into a
terminal's data directory and runs this release's ``buergerbuero sync --once`` against
the real reference intake server: the schema is brought up to date when the outbox
opens, and the application queued before the upgrade arrives as a case.
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
#: Release → what its outbox lacks that this one has, and the application it queued.
RELEASES = {
    # The stop-20 release (2026-12-01): the first wave's /api/v1 sender, before FIT-Connect
    # v2; its records carry no FIT-Connect service facts (``fit_connect``) either.
    "bcb6560": {"missing": {"case_ref", "attachment_ids", "sent_tags"},
                "vorgangsnummer": "2026-OVN1-0001-7K3Q",
                "service_id": "meldebescheinigung-einfach"},
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


@pytest.mark.parametrize("commit", sorted(RELEASES))
def test_an_older_releases_outbox_is_migrated_and_its_queued_application_delivered(
        commit: str, tmp_path: Path, intake: IntakeServer,
        capsys: pytest.CaptureFixture[str]) -> None:
    release: dict[str, Any] = RELEASES[commit]
    db = restore(commit, tmp_path / "terminal")
    before = columns(db)
    assert release["missing"].isdisjoint(before)  # really the older schema
    assert set(ADDED_COLUMNS) - before == release["missing"]

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
    assert (code, report["failed"], report["status"]["failed"]) == (0, 0, 0), (out, err)

    assert set(ADDED_COLUMNS) <= columns(db)  # migrated on open
    box = Outbox(db, tmp_path / "terminal" / "terminal.key", recover_interrupted=False)
    try:
        state = box.state_of(release["vorgangsnummer"])
    finally:
        box.close()
    assert state is not None
    assert state[0] == "confirmed"
    case = stored_case(intake.data_dir, str(state[1]))
    assert case is not None
    metadata, pdf = case
    assert metadata["vorgangsnummer"] == release["vorgangsnummer"]
    assert pdf.read_bytes() == PDF
    # The FIT-Connect facts came from the form as this release ships it.
    form_facts = service_facts({"form_id": release["service_id"]})
    assert form_facts is not None
    assert metadata["service_id"] == form_facts["leika"]  # the service's Leika key


def test_without_the_forms_facts_the_old_record_is_refused_for_staff(
        tmp_path: Path, intake: IntakeServer) -> None:
    """What this release did before ``service_facts``: the schema was migrated, and the
    application queued before the upgrade failed ("no 'fit_connect' block") for good —
    ``queue retry`` sends the same record again."""
    db = restore("bcb6560", tmp_path / "terminal")
    counts = SyncWorker(db, tmp_path / "terminal" / "terminal.key",
                        lambda: client_of(intake), RecordingListener(),
                        destination_id=intake.destination_id).run_once()
    assert counts["failed"] == 1
    box = Outbox(db, tmp_path / "terminal" / "terminal.key", recover_interrupted=False)
    try:
        [item] = box.list_items()
    finally:
        box.close()
    assert item["state"] == "failed"
    assert "no 'fit_connect' block" in str(item["last_error"])
