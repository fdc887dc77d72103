"""What the payment tests share: the outbox's applications with their payment metadata."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sync.outbox import Outbox


def outbox_payments(data_dir: Path) -> dict[str, dict[str, Any]]:
    """Vorgangsnummer -> the ``payment`` object of its stored application's metadata."""
    outbox = Outbox(data_dir / "outbox.sqlite3", data_dir / "terminal.key",
                    recover_interrupted=False)
    try:
        found = {}
        for row in outbox.list_items():
            item = outbox.item(row["id"])
            found[item.application.vorgangsnummer] = dict(item.application.metadata)
        return found
    finally:
        outbox.close()
