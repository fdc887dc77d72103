"""Money exactly once: the paying process SIGKILLed at random moments, 55 times.

The real chain in each child — park (sealed), card payment against the fake
ZVT terminal over loopback TCP with every step in the SQLite ledger, store
(render, sign, outbox) — killed at random; each next child recovers first. The
fake terminal's own journal is the truth about money: no double charge, no
paid-but-lost application, no application marked paid without a booking.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from helpers_payment import outbox_payments

from devices.tools.zvt_fake import FakeTerminal
from kiosk.payment.ledger import Ledger

ROOT = Path(__file__).resolve().parent.parent
KILLS = 55


@pytest.mark.slow
def test_killed_payments_settle_exactly_once(tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    data = tmp_path / "terminal"
    office.enroll(data, "DRILL-01")  # the drill stores signed applications: an enrolled device
    with FakeTerminal(step_s=0.03) as fake:
        result = subprocess.run(
            [sys.executable, "-m", "kiosk.tools.paydrill", "--data", str(data), "--terminal",
             f"127.0.0.1:{fake.port}", "--kills", str(KILLS), "--seed", "12"],
            cwd=ROOT, capture_output=True, text=True, timeout=240, check=False)
        assert result.returncode == 0, result.stderr[-3000:]
        report = json.loads(result.stdout)
        journal = list(fake.journal)
    assert report["kills"] >= 50
    started = report["started"]
    assert len(started) >= 10, "the children should have started applications"

    with Ledger(data / "payments.sqlite3") as ledger:
        rows = ledger.all()
        assert ledger.parked() == [], "everything parked was stored in the end"
        assert ledger.open_card_payments() == []
    stored = outbox_payments(data)
    payments = {vn: meta["payment"] for vn, meta in stored.items()}

    # Nothing lost: every application that was parked is in the outbox (the last one of a
    # killed child may never have been parked: then it has no ledger row either).
    parked_ever = {p.vorgangsnummer for p in rows}
    assert parked_ever <= set(stored)
    booked = {b.trace: b for b in journal if b.state == "booked"}
    by_trace = {p.trace_number: p for p in rows if p.trace_number is not None}
    # No double charge: each booking belongs to one ledger row, and one application has at
    # most one booking.
    assert set(booked) <= set(by_trace)
    per_application = Counter(by_trace[t].vorgangsnummer for t in booked)
    assert max(per_application.values(), default=0) <= 1
    # No paid-but-lost: every booking is a stored application marked paid with its trace.
    for trace, _booking in booked.items():
        vorgangsnummer = by_trace[trace].vorgangsnummer
        assert payments[vorgangsnummer]["status"] == "paid"
        assert payments[vorgangsnummer]["trace_number"] == trace
    # No unpaid-marked-paid: every application marked paid has a booking with its trace.
    paid = {vn: p for vn, p in payments.items() if p["status"] == "paid"}
    for vorgangsnummer, payment in paid.items():
        assert payment["trace_number"] in booked, vorgangsnummer
        assert payment["amount_cents"] == booked[payment["trace_number"]].amount_cents
    assert paid, "some payments should have gone through"
    # The kills hit the payment itself, not only the gaps between: recovery had work to do.
    recovered = [p for p in rows if (p.state == "failed" and p.result_code is None)
                 or p.trace_number in {b.trace for b in journal if b.state != "booked"}]
    assert recovered or any(b.state == "auto_reversed" for b in journal)
