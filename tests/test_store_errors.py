"""A write that fails while storing tells the citizen 'not saved' and keeps the session."""

from __future__ import annotations

from pathlib import Path

from ui.tools.journey import SAMPLE_IDENTITY, JourneyDriver


def test_signing_key_that_cannot_be_written_means_not_saved(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, tmp_path: Path) -> None:
    data = tmp_path / "terminal"
    kiosk = kiosk_factory()  # enrolled …
    assert kiosk.settings.data_dir == data
    (data / "signing" / "device.key").unlink()
    (data / "signing" / "device.key").mkdir()  # … but its key cannot be read now
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SAMPLE_IDENTITY)
    drive.submit_from_identify()
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=20_000)
    assert "could not be saved" in screen.error.text()
    assert "Something went wrong" not in screen.error.text()
    assert drive.screen == "signature"  # nothing lost: the citizen can try again or ask
    assert kiosk.window.journey.answers["family_name"] == "Mustermann"


def test_a_receipt_drawn_while_storing_keeps_nothing_when_storing_fails(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, tmp_path: Path) -> None:
    """Without a fee, the receipt is drawn while the storage process works
    (``ui.submit_step``); when the application is not saved, it is wiped unseen."""
    from ui.tools.bench_journey import SERVICE, _to_signature

    data = tmp_path / "terminal"
    kiosk = kiosk_factory()
    (data / "signing" / "device.key").unlink()
    (data / "signing" / "device.key").mkdir()  # signing fails after rendering
    drive = JourneyDriver(kiosk.window)
    _to_signature(drive)
    form = kiosk.window.journey.form
    assert form is not None
    assert form.fee_cents == 0, SERVICE
    drawn: list[str] = []
    receipt = kiosk.window.session.receipt
    original = receipt.show_receipt

    def show_receipt(vorgangsnummer: str, payment=None) -> None:  # type: ignore[no-untyped-def]
        drawn.append(vorgangsnummer)
        original(vorgangsnummer, payment)

    receipt.show_receipt = show_receipt  # type: ignore[method-assign]
    drive.next()  # "Antrag absenden"
    screen = kiosk.window.current_screen()
    qtbot.waitUntil(lambda: screen.error.isVisible(), timeout=20_000)
    assert drawn == [kiosk.window.journey.vorgangsnummer]  # drawn in advance, once
    assert drive.screen == "signature"
    assert (receipt.vorgangsnummer, receipt.number.text()) == ("", "")
    assert receipt.qr.pixmap().isNull()


def test_the_signature_screen_is_wiped_once_the_receipt_shows(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory) -> None:
    """After a submission the hidden signature screen keeps neither the ink nor the
    signer's name (it is wiped after the receipt's first frame, ``ui.submit_step``)."""
    from ui.tools.bench_journey import _to_signature

    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    _to_signature(drive)
    signature = kiosk.window.session.signature
    assert signature.pad.capture.sample_count > 0
    assert signature.signer.text()
    drive.next()  # "Antrag absenden"
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=30_000)
    qtbot.waitUntil(lambda: signature.signer.text() == "", timeout=5_000)
    assert signature.pad.capture.sample_count == 0
    assert signature.pad._ink_cache is None  # the picture of the ink went too
