"""The whole citizen journey through the real widgets, ending at a real intake server."""

from __future__ import annotations

import json
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from helpers_sync import sender_settings
from jsonschema import Draft202012Validator, FormatChecker

from sync.reference.server import stored_case
from ui.qt import QLabel
from ui.screens.receipt import ReceiptScreen
from ui.tools.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver

ROOT = Path(__file__).resolve().parent.parent


def _run_journey(qtbot, kiosk, language: str) -> tuple[JourneyDriver, ReceiptScreen]:  # type: ignore[no-untyped-def]
    drive = JourneyDriver(kiosk.window)
    assert drive.screen == "welcome"
    drive.choose_language(language)
    assert drive.screen == "service"
    drive.choose_service("meldebescheinigung-einfach")
    assert drive.screen == "identify"
    drive.fill(SAMPLE_IDENTITY)
    drive.next()
    assert drive.screen == "form-address"
    drive.fill(SAMPLE_ADDRESS)
    drive.next()
    assert drive.screen == "form-details"
    drive.fill({"purpose": "landlord"})
    drive.next()
    assert drive.screen == "review"
    review_text = " ".join(w.text() for w in kiosk.window.current_screen().findChildren(QLabel))
    assert "Heidestraße" in review_text
    assert "Mustermann" in review_text
    drive.next()
    assert drive.screen == "signature"
    drive.next()  # unsigned: refused with a message
    assert drive.screen == "signature"
    assert kiosk.window.current_screen().error.isVisible()
    drive.sign()
    drive.next()
    drive.pay("counter")
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    receipt = kiosk.window.current_screen()
    assert isinstance(receipt, ReceiptScreen)
    return drive, receipt


@pytest.fixture
def checking_intake(tmp_path, office):  # type: ignore[no-untyped-def]
    """The intake server as in production: it verifies every PDF against the office."""
    from sync.reference.server import IntakeServer

    with IntakeServer("127.0.0.1", 0, tmp_path / "intake", trust_dir=office.trust) as server:
        server.start()
        yield server


def test_journey_reaches_the_intake_server(qtbot, kiosk_factory, checking_intake, tmp_path,  # type: ignore[no-untyped-def]
                                           office) -> None:
    from forms.signing.escrow import make_escrow_keys

    intake = checking_intake
    escrow_key, escrow_pem = make_escrow_keys(tmp_path / "escrow", curve=True)
    kiosk = kiosk_factory(intake.url, escrow_cert=escrow_pem, **sender_settings(intake))
    drive, receipt = _run_journey(qtbot, kiosk, "de")
    qtbot.waitUntil(lambda: receipt.state == "sent", timeout=20_000)
    assert receipt.case_id is not None
    assert receipt.status.text() == "Vom Bürgerbüro angenommen."  # accepted, not only sent
    metadata, pdf = stored_case(intake.data_dir, receipt.case_id)  # type: ignore[misc]
    assert metadata["vorgangsnummer"] == receipt.vorgangsnummer
    assert metadata["metadata"]["answers"]["family_name"] == "Mustermann"
    assert metadata["metadata"]["answers"]["purpose"] == "landlord"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Mustermann" in text
    assert receipt.vorgangsnummer in text
    assert "Heidestraße" in text
    # The PDF that reached the intake server is signed, bound and intact.
    verified = subprocess.run([sys.executable, "-m", "ui.main", "signature", "verify", str(pdf),
                               "--trust", str(office.trust), "--json"],
                              capture_output=True, text=True, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    (signature,) = json.loads(verified.stdout)["signatures"]
    assert signature["binding_ok"]
    assert signature["trusted"]
    assert signature["has_biometrics"]
    assert signature["signer_name"] == "Erika Mustermann"
    from forms.signing.verify import open_biometrics

    opened, _report = open_biometrics(pdf.read_bytes(), escrow_key.read_bytes(),
                                      tmp_path / "opened", office.trust)
    assert signature["sample_count"] > 200
    assert len(opened) == 2
    drive.click(receipt.done)
    assert drive.screen == "welcome"


def test_journey_in_english_and_offline_says_waiting(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory("http://127.0.0.1:9")  # nothing listens there: offline
    _drive, receipt = _run_journey(qtbot, kiosk, "en")
    qtbot.wait(300)
    assert receipt.state == "queued"
    assert "as soon as the network is available" in receipt.status.text()
    assert not kiosk.window.footer.isVisible()  # the receipt has its own 'Finish'
    from sync.outbox import Outbox

    outbox = Outbox(kiosk.settings.outbox_path, kiosk.settings.key_path)
    try:
        assert outbox.status().queued + outbox.status().sending == 1
    finally:
        outbox.close()


def test_language_switch_mid_session_keeps_answers(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    assert kiosk.window.next_button.text() == "Weiter"
    drive.fill({"family_name": "Müller"})
    drive.switch_language("en")
    assert kiosk.window.next_button.text() == "Next"
    screen = kiosk.window.current_screen()
    assert screen.heading.text() == "Who is applying?"
    assert screen.fields["family_name"].title.text() == "Family name"
    assert screen.fields["family_name"].value() == "Müller"


def test_validation_messages_in_the_form(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.choose_service("meldebescheinigung-einfach")
    drive.next()
    errors = drive.errors()
    assert errors["family_name"] == "Please fill in this field."
    assert "birth_name" not in errors  # optional
    drive.fill({"family_name": "M" * 200, "date_of_birth": "31.02.",
                "place_of_birth": "Berlin"})
    screen = kiosk.window.current_screen()
    # The date entry takes no 31 February: the "2" is refused and the field says why.
    assert screen.fields["date_of_birth"].line.text() == "31.0"
    assert "does not exist" in drive.errors()["date_of_birth"]
    drive.paste_into(screen.fields["given_names"].line, "Erika\x07")
    drive.next()
    errors = drive.errors()
    assert drive.screen == "identify"
    assert "at most" in errors["family_name"]
    assert "special characters" in errors["given_names"]
    assert "DD.MM.YYYY" in errors["date_of_birth"]  # "31.0" is no date
    drive.fill({"date_of_birth": "12.08.2099"})
    drive.next()
    assert "future" in drive.errors()["date_of_birth"]
    drive.fill({"date_of_birth": "1.8.64"})
    drive.next()
    assert "four digits" in drive.errors()["date_of_birth"]
    drive.switch_language("de")
    assert drive.errors()["date_of_birth"].startswith("Bitte")  # messages re-translate


def test_walkthrough_command_writes_screens_and_journey(tmp_path: Path) -> None:
    out = tmp_path / "walk"
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "demo", "--walkthrough", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=180, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    journey = json.loads((out / "journey.json").read_text(encoding="utf-8"))
    assert journey["synced"] is True
    assert journey["screens"][:3] == ["welcome", "service", "identify"]
    assert "receipt" in journey["screens"]
    assert journey["case_number"].startswith("BB-")
    assert uuid.UUID(journey["case_id"]).version == 4  # FIT-Connect's caseId
    assert uuid.UUID(journey["submission_id"]).version == 4
    folder = Path(journey["intake_dir"])
    stored = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert stored["submission_id"] == journey["submission_id"]
    official = json.loads((Path(__file__).parent / "data" / "fitconnect"
                           / "metadata-2.1.0.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(official, format_checker=FormatChecker()).validate(
        stored["submission_metadata"])  # the walkthrough's metadata: official 2.1.0
    assert "complete.json" in {p.name for p in (folder / "sealed").iterdir()}
    assert len(list((folder / "sealed").glob("*.jwe"))) == 1
    assert stat.S_IMODE((folder / "metadata.json").stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert Path(journey["pdf"]).read_bytes().startswith(b"%PDF-")
    # Paid by card at the fake terminal after a declined card; the receipt printed by CUPS.
    payment = journey["payment"]
    assert (payment["method"], payment["status"], payment["amount"]) == ("card", "paid", 5.0)
    assert payment["reference"] == "BB" + journey["vorgangsnummer"].replace("-", "")
    assert journey["paymentInformation"]["status"] == "BOOKED"
    receipt = Path(journey["receipt"])
    assert receipt.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(receipt), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert journey["vorgangsnummer"] in text
    assert "Kundenbeleg" in text
    assert Path(journey["data_dir"], "payments.sqlite3").exists()
    pngs = sorted(p.name for p in out.glob("*.png"))
    for name in ("payment", "payment-card", "payment-declined"):
        assert any(p.endswith(f"-{name}.png") for p in pngs), name
    assert pngs[0] == "01-welcome.png"
    assert len(pngs) >= 9
    assert all((out / p).stat().st_size > 5000 for p in pngs)

