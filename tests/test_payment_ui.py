"""The payment step in the real kiosk: card at the fake terminal, declined and retried, bank
transfer by EPC QR code (decoded with zbarimg), exemption, counter, printer not ready, leaving."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_payment import outbox_payments

from devices.tools.escpos_recorder import EscposRecorder
from devices.tools.zvt_fake import FakeTerminal
from ui.screens.payment import PaymentScreen
from ui.tools.journey import SAMPLE_IDENTITY, JourneyDriver

IBAN = "DE02120300000000202051"


@pytest.fixture
def fake() -> Iterator[FakeTerminal]:
    with FakeTerminal(step_s=0.01) as terminal:
        yield terminal


@pytest.fixture
def printer() -> Iterator[EscposRecorder]:
    with EscposRecorder() as recorder:
        yield recorder


@pytest.fixture
def paying(kiosk_factory, fake: FakeTerminal, printer: EscposRecorder):  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(payment_terminal=f"127.0.0.1:{fake.port}",
                          receipt_printer=f"escpos://127.0.0.1:{printer.port}",
                          payee_iban=IBAN, payee_name="Stadtkasse Musterstadt")
    return kiosk, JourneyDriver(kiosk.window)


def to_payment(qtbot, kiosk, drive: JourneyDriver, language: str = "en",  # type: ignore[no-untyped-def]
               service: str = "meldebescheinigung-einfach") -> PaymentScreen:
    drive.choose_language(language)
    drive.choose_service(service)
    drive.fill(SAMPLE_IDENTITY)
    drive.submit_from_identify()
    qtbot.waitUntil(lambda: drive.screen == "payment", timeout=20_000)
    screen = kiosk.window.current_screen()
    assert isinstance(screen, PaymentScreen)
    assert kiosk.window.journey.answers == {}  # the parked record holds the application
    return screen


def stored(qtbot, kiosk, vorgangsnummer: str) -> dict:  # type: ignore[no-untyped-def]
    found: dict = {}

    def there() -> bool:
        found.update(outbox_payments(kiosk.settings.data_dir))
        return vorgangsnummer in found

    qtbot.waitUntil(there, timeout=20_000)
    return found[vorgangsnummer]


def test_card_payment_is_stored_paid_and_the_receipt_printed(  # type: ignore[no-untyped-def]
        qtbot, paying, fake: FakeTerminal, printer: EscposRecorder) -> None:
    kiosk, drive = paying
    screen = to_payment(qtbot, kiosk, drive)
    vorgangsnummer = kiosk.window.journey.vorgangsnummer
    assert screen.card_button.isVisible()
    assert screen.transfer_button.isVisible()
    assert not screen.phone_button.isVisible()  # not configured: not offered
    assert "5.00" in screen.fee.text()
    assert "Bundesmeldegesetz" in screen.basis.text()
    drive.pay("card")
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    receipt = kiosk.window.current_screen()
    assert "The fee has been paid" in receipt.payment_line.text()
    metadata = stored(qtbot, kiosk, vorgangsnummer)
    booking = fake.booked()[0]
    assert metadata["payment"]["status"] == "paid"
    assert metadata["payment"]["trace_number"] == booking.trace
    assert metadata["paymentInformation"]["status"] == "BOOKED"
    assert metadata["paymentInformation"]["transactionReference"] == \
        metadata["payment"]["reference"]
    qtbot.waitUntil(lambda: bool(printer.received), timeout=20_000)
    text = printer.received[-1].decode("cp858", "replace")
    assert vorgangsnummer in text
    assert "Paid: card" in text
    assert "Kundenbeleg" in text
    qtbot.waitUntil(lambda: "printed" in receipt.printed.text(), timeout=10_000)


def test_a_declined_card_then_the_counter(qtbot, paying, fake: FakeTerminal) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive = paying
    screen = to_payment(qtbot, kiosk, drive, "de")
    vorgangsnummer = kiosk.window.journey.vorgangsnummer
    fake.script("decline")
    drive.pay("card")
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=20_000)
    assert "abgelehnt" in screen.error.text()
    assert "nicht belastet" in screen.error.text()
    assert drive.screen == "payment"
    assert screen.card_button.isVisible()
    drive.pay("counter")
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    payment = stored(qtbot, kiosk, vorgangsnummer)["payment"]
    assert (payment["method"], payment["status"]) == ("counter", "pay_at_counter")
    assert "transaction_id" not in payment
    assert fake.booked() == []


def test_bank_transfer_shows_an_epc_qr_code(qtbot, paying, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive = paying
    screen = to_payment(qtbot, kiosk, drive)
    vorgangsnummer = kiosk.window.journey.vorgangsnummer
    drive.pay("transfer")
    assert screen.qr.isVisible()
    assert IBAN in screen.status.text()
    png = tmp_path / "epc.png"
    screen.qr.pixmap().save(str(png))
    zbarimg = shutil.which("zbarimg")
    assert zbarimg is not None, "zbar-tools is installed by dev.sh"
    decoded = subprocess.run([zbarimg, "--raw", "-q", str(png)], capture_output=True,
                             text=True, check=True, timeout=30).stdout.splitlines()
    assert decoded[:2] == ["BCD", "002"]
    assert decoded[2] in "12345678"
    assert decoded[3] == "SCT"
    assert "Stadtkasse Musterstadt" in decoded
    assert IBAN in decoded
    assert "EUR5" in decoded
    reference = "BB" + vorgangsnummer.replace("-", "")
    assert reference in decoded
    drive.click(screen.confirm_button)
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    payment = stored(qtbot, kiosk, vorgangsnummer)["payment"]
    assert (payment["method"], payment["status"], payment["reference"]) == (
        "transfer", "pending_transfer", reference)


def test_an_exemption_is_recorded_for_the_clerk(qtbot, paying) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive = paying
    drive.choose_language("en")
    drive.choose_service("fuehrungszeugnis")
    assert drive.screen == "identify"
    # The Führungszeugnis form is long; its own test data fills it.
    from forms.loader import shipped_forms
    from forms.samples import sample_answers

    form = shipped_forms()["fuehrungszeugnis"]
    answers = sample_answers(form)
    while drive.screen not in ("review",):
        screen = kiosk.window.current_screen()
        drive.fill({f: a for f, a in answers.items() if f in screen.fields})
        drive.next()
    drive.next()
    drive.sign()
    drive.next()
    qtbot.waitUntil(lambda: drive.screen == "payment", timeout=20_000)
    screen = kiosk.window.current_screen()
    vorgangsnummer = kiosk.window.journey.vorgangsnummer
    drive.click(screen.exemption_buttons["social_benefits"])
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    payment = stored(qtbot, kiosk, vorgangsnummer)["payment"]
    assert (payment["status"], payment["exemption"]) == ("exemption_claimed", "social_benefits")


def test_printer_not_ready_is_said_before_the_card(  # type: ignore[no-untyped-def]
        qtbot, paying, printer: EscposRecorder, fake: FakeTerminal) -> None:
    kiosk, drive = paying
    screen = to_payment(qtbot, kiosk, drive)
    printer.paper = "end"
    drive.pay("card")
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=20_000)
    assert "receipt printer is not ready" in screen.error.text()
    assert "authorisation" not in fake.commands  # nothing was paid at the terminal
    drive.click(screen.confirm_button)  # pay anyway: the receipt is on the screen
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
    assert len(fake.booked()) == 1


def test_leaving_on_the_payment_step_stores_it_unpaid(qtbot, paying) -> None:  # type: ignore[no-untyped-def]
    kiosk, drive = paying
    to_payment(qtbot, kiosk, drive)
    vorgangsnummer = kiosk.window.journey.vorgangsnummer
    kiosk.window.end_session("timeout")
    assert drive.screen == "welcome"
    payment = stored(qtbot, kiosk, vorgangsnummer)["payment"]
    assert payment["status"] == "not_paid"  # fail closed: the counter collects the fee


def test_a_free_service_skips_the_payment_step(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.choose_service("uebermittlungssperre")
    assert "payment" not in [s.name for s in kiosk.window.journey.steps]
