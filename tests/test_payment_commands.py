"""The staff commands and the payment settings."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from devices.tools.zvt_fake import FakeTerminal
from kiosk.base.errors import ConfigError
from kiosk.payment.ledger import Ledger
from kiosk.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.main", "payments", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def test_list_end_of_day_and_reconcile(tmp_path: Path) -> None:
    with Ledger(tmp_path / "payments.sqlite3") as ledger:
        booked = ledger.create("2026-AAAA-BBBB-1", "BB1", "card", 500, state="requested")
        ledger.authorised(booked, trace_number=1001, receipt_number=2, terminal_id="1",
                          card_name="girocard", transaction_id="zvt:1:001001")
        ledger.add_receipts(booked, [("merchant", ("** Händlerbeleg **",))])
    listing = run("list", "--json", "--receipts", "--data-dir", str(tmp_path))
    assert listing.returncode == 0, listing.stderr
    (row,) = json.loads(listing.stdout)
    assert (row["vorgangsnummer"], row["status"], row["trace_number"]) == (
        "2026-AAAA-BBBB-1", "paid", 1001)
    assert row["merchant_copy"] == ["** Händlerbeleg **"]
    with FakeTerminal(step_s=0) as fake:
        terminal = f"127.0.0.1:{fake.port}"
        # The ledger says one payment of 5 EUR; the terminal booked none: they differ.
        eod = run("end-of-day", "--json", "--terminal", terminal, "--data-dir", str(tmp_path))
        assert eod.returncode == 1, eod.stderr
        report = json.loads(eod.stdout)
        assert (report["terminal_total_cents"], report["ledger_total_cents"]) == (0, 500)
        assert report["receipt"][0] == "Kassenschnitt"
        again = run("reconcile", "--json", "--terminal", terminal, "--data-dir", str(tmp_path))
        assert again.returncode == 0, again.stderr  # settled: the ledger's day is closed too
        assert json.loads(again.stdout)["totals"]["matches"]
    with Ledger(tmp_path / "payments.sqlite3") as ledger:
        assert len(ledger.end_of_day_reports()) == 1


def test_end_of_day_needs_a_terminal(tmp_path: Path) -> None:
    result = run("end-of-day", "--data-dir", str(tmp_path))
    assert result.returncode == 2
    assert "No card terminal is configured" in result.stderr


@pytest.mark.parametrize(("line", "says"), [
    ('payment_terminal = "terminal"', "host:port"),
    ('payment_terminal_password = "12345"', "six-digit"),
    ('payee_iban = "not an iban"', "not an IBAN"),
    ('payee_iban = "DE02120300000000202051"', "payee_name"),
    ('receipt_printer = "lpt1"', "cups://QUEUE"),
    ('xbezahl_url = "https://x.invalid"', "xbezahl_client_secret"),
])
def test_payment_settings_say_what_is_wrong(tmp_path: Path, line: str, says: str) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_text(line + "\n")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert says in info.value.message.untranslated()


def test_the_readmes_example_is_valid(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text()
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    assert tomllib.loads(example)["payment_terminal_password"] == "000000"
    path = tmp_path / "kiosk.toml"
    path.write_text(example)
    settings = load_settings(path)
    assert settings.payment_terminal == "192.168.10.20:20007"
    assert settings.receipt_printer.startswith("escpos://")
    assert settings.payee_iban == "DE02120300000000202051"
