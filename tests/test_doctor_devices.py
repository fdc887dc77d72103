"""The doctor's device checks against real peers: a loopback ESC/POS printer, a private
CUPS, the ZVT simulator on a real TCP port, the real AusweisApp2 headless, and the PC/SC
stack (pcscd + vpcd + vicc) for the card readers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from ausweisapp import ausweisapp  # noqa: F401 - the fixture
from cardstack.mrzgen import td3
from helpers_sync import free_port

from devices.eid.ausweisapp import AusweisAppProcess
from devices.tools.cups_sandbox import CupsSandbox
from devices.tools.escpos_recorder import EscposRecorder
from devices.tools.zvt_fake import FakeTerminal
from devices.zvt.apdu import STATUS_ENQUIRY, Apdu
from kiosk.doctor_devices import (
    check_card_readers,
    check_eid,
    check_payment_terminal,
    check_printer,
)
from kiosk.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MUELLER = td3("MUELLER", "JUERGEN", "C01X00T47", "D", "640812", "M", "301031")


def settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(data_dir=tmp_path / "terminal").with_(**values)


# -- receipt printer ---------------------------------------------------------------

def test_no_printer_configured_is_ok(tmp_path: Path) -> None:
    check = check_printer(settings(tmp_path))
    assert check.status == "ok"
    assert "not set" in check.detail


def test_an_escpos_printer_with_paper_is_ok_and_its_paper_end_fails(tmp_path: Path) -> None:
    with EscposRecorder() as printer:
        configured = settings(tmp_path, receipt_printer=f"escpos://127.0.0.1:{printer.port}")
        assert check_printer(configured).status == "ok"
        printer.paper = "end"
        check = check_printer(configured)
        assert (check.status, check.detail.rpartition(": ")[2]) == ("fail", "paper end")
        assert "paper roll" in check.fix
        printer.paper = "silent"
        assert "no status answer" in check_printer(configured).detail
        assert printer.received == []  # nothing was printed
    check = check_printer(settings(tmp_path,
                                   receipt_printer=f"escpos://127.0.0.1:{free_port()}"))
    assert check.status == "fail"
    assert "unreachable" in check.detail


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsSandbox]:
    with CupsSandbox() as sandbox:
        yield sandbox


@pytest.mark.slow
def test_a_cups_queue_is_ready_until_disabled(tmp_path: Path, cups: CupsSandbox) -> None:
    configured = settings(tmp_path, receipt_printer=f"cups://{cups.queue}",
                          cups_server=cups.server)
    assert check_printer(configured).status == "ok"
    subprocess.run(["cupsdisable", "-h", cups.server, cups.queue], check=True, timeout=30)
    try:
        check = check_printer(configured)
    finally:
        subprocess.run(["cupsenable", "-h", cups.server, cups.queue], check=True, timeout=30)
    assert check.status == "fail"
    assert f"cupsenable {cups.queue}" in check.fix


# -- payment terminal ----------------------------------------------------------------

def test_the_payment_terminal_answers_its_status_enquiry(tmp_path: Path) -> None:
    assert check_payment_terminal(settings(tmp_path)).status == "ok"  # not configured
    with FakeTerminal() as terminal:
        check = check_payment_terminal(settings(tmp_path,
                                                payment_terminal=f"127.0.0.1:{terminal.port}"))
        assert check.status == "ok", check
        assert "ready" in check.detail
        assert Apdu(*STATUS_ENQUIRY).name in terminal.commands, terminal.commands
        assert terminal.booked() == []  # nothing was booked
    check = check_payment_terminal(settings(tmp_path,
                                            payment_terminal=f"127.0.0.1:{free_port()}"))
    assert check.status == "fail", check
    assert "payment_terminal" in check.fix


# -- AusweisApp ------------------------------------------------------------------------

def test_ausweisapp_not_used_is_ok(tmp_path: Path) -> None:
    assert check_eid(settings(tmp_path)).status == "ok"


@pytest.mark.slow
def test_ausweisapp_answers_with_its_version(tmp_path: Path,
                                             ausweisapp: AusweisAppProcess) -> None:  # noqa: F811 - the fixture
    check = check_eid(settings(tmp_path, eid_mode="connect", eid_url=ausweisapp.url))
    assert check.status == "ok", check
    assert "AusweisApp" in check.detail
    assert "API level 2" in check.detail
    check = check_eid(settings(tmp_path, eid_mode="connect",
                               eid_url=f"ws://127.0.0.1:{free_port()}/eID-Kernel"))
    assert check.status == "fail", check
    assert "not reachable" in check.detail
    check = check_eid(settings(tmp_path, eid_mode="start"))  # its own instance, stopped after
    assert check.status == "ok", check
    assert "started headless for this check" in check.detail
    check = check_eid(settings(tmp_path, eid_mode="start", eid_binary="no-such-AusweisApp"))
    assert check.status == "fail"
    assert "not installed" in check.detail


# -- card readers (the PC/SC stack) ------------------------------------------------------

def test_no_reader_is_a_warning() -> None:
    # pcscd with vpcd always lists its virtual readers: the empty list comes from a lister.
    check, = check_card_readers(lambda: [])
    assert check.status == "warn"
    assert "no card reader" in check.detail


def test_pcscd_and_the_card_on_the_reader(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_passport(MUELLER)
    checks = {c.name: c for c in check_card_readers()}
    assert checks["card readers"].status == "ok"
    assert card_stack.reader in checks["card readers"].detail
    assert checks["card"].status == "ok"
    assert f"the card in {card_stack.reader} answers (ATR " in checks["card"].detail
    card_stack.remove()
    assert "card" not in {c.name for c in check_card_readers()}
    # The same doctor without the service: a failure with what to do.
    config = Path(card_stack.log_dir) / "kiosk.toml"
    config.write_text(f'data_dir = "{config.parent / "t"}"\n', encoding="utf-8")
    skip = [a for name in ("screen", "touch", "AusweisApp") for a in ("--skip", name)]
    done = subprocess.run([sys.executable, "-m", "ui.main", "doctor", "--json", "--offline",
                           "--config", str(config), *skip], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False,
                          env=dict(os.environ, PCSCLITE_CSOCK_NAME="/nonexistent/pcscd.comm"))
    checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert done.returncode == 2
    assert checks["card readers"]["status"] == "fail"
    assert "pcscd" in checks["card readers"]["fix"]
