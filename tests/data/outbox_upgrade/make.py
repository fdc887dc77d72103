"""Make a vendored older outbox: run with the OLD release's tree first on the path.

    git archive bcb6560 | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old .venv/bin/python tests/data/outbox_upgrade/make.py bcb6560

(the same for 2a3e247 into another directory).
The old code's own ``Outbox`` creates the database and enqueues three applications
(left queued, announced, and completed, as its sender marked them) with the metadata
that release's kiosk wrote (:func:`old_record`) (the shipped Meldebescheinigung,
sample answers); the PDF is a small made-up one (the intake stand-in of the test does
not check signatures). Written: ``<commit>/outbox.sql`` (``iterdump`` of the database:
its DDL as the old code made it, and the row) and ``<commit>/terminal-key.hex`` (the
test key the old code made, in hex; test data, not a secret of any terminal).
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import forms
from forms import loader
from forms.samples import sample_answers
from sync.outbox import Outbox, OutgoingApplication

HERE = Path(__file__).resolve().parent
#: The queued application's states: waiting, announced to the old /api/v1 intake (not
#: finished there), completed there (its verdict not yet read).
STATES = ("queued", "announced", "completed")
PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\n% queued before the upgrade\n%%EOF\n"


def shipped_form(form_id: str) -> Any:
    if hasattr(loader, "shipped_forms"):
        return loader.shipped_forms()[form_id]
    return loader.load_form(Path(forms.__file__).parent / "definitions" / f"{form_id}.json")


def old_record(form: Any, vorgangsnummer: str) -> dict[str, Any]:
    """The metadata that release's kiosk queued: its record's ``as_json()`` where it had
    one (``forms.record``, from 2026-12-01), else the dict its ``kiosk/submission.py``
    wrote (2026-11-21, copied from there)."""
    try:
        from forms.samples import sample_record
    except ImportError:
        return {"form_id": form.id, "form_version": form.version, "language": "de",
                "answers": sample_answers(form), "submission_service": form.submission_service,
                "signed_at": datetime.now().astimezone().isoformat(),
                "terminal_id": "OV-NORD-01", "office_name": "Bürgerbüro",
                "place": "Musterstadt", "identification": "typed",
                "answer_sources": {}, "identity_document": {}}
    record = sample_record(form, terminal_id="OV-NORD-01", vorgangsnummer=vorgangsnummer)
    return record.as_json()


def main(commit: str) -> int:
    assert not str(Path(forms.__file__)).startswith(str(HERE.parents[2])), \
        "run it with the old release's tree first on PYTHONPATH"
    out = HERE / commit
    out.mkdir(exist_ok=True)
    form = shipped_form("meldebescheinigung-einfach")
    with tempfile.TemporaryDirectory() as tmp:
        db, key = Path(tmp) / "outbox.sqlite3", Path(tmp) / "terminal.key"
        box = Outbox(db, key)
        for number, state in enumerate(STATES, start=1):
            vorgangsnummer = f"2026-OVN1-000{number}-7K3Q"
            item = box.enqueue(OutgoingApplication(f"4f1c2e0a9b8d4c6e8f7a6b5c4d3e2f1{number}",
                                                   vorgangsnummer, form.id,
                                                   old_record(form, vorgangsnummer), PDF))
            if state != "queued":  # as far as that release's sender had got
                box.mark_announced(item, f"9b2d6c1e-0000-4000-8000-00000000000{number}")
            if state == "completed":
                box.mark_uploading(item, ["pdf"])
                box.mark_completed(item, 0.0)
        box.close()
        conn = sqlite3.connect(db)
        (out / "outbox.sql").write_text("\n".join(conn.iterdump()) + "\n", encoding="utf-8")
        conn.close()
        (out / "terminal-key.hex").write_text(key.read_bytes().hex() + "\n", encoding="ascii")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
