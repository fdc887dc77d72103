"""The staff screen: Ctrl+Alt+S on the welcome screen, counts, failed items, retry, close."""

from __future__ import annotations

from helpers_sync import DISTINCTIVE_NAME, make_app

from sync.outbox import Outbox
from ui.qt import QLabel, Qt


def test_staff_screen_lists_failed_items_and_retries(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, tmp_path) -> None:
    # The outbox is filled before the kiosk (and its sync worker) starts, so the
    # worker never races the test's own writes.
    data = tmp_path / "terminal"
    box = Outbox(data / "outbox.sqlite3", data / "terminal.key", recover_interrupted=False)
    failed_id = box.enqueue(make_app(vorgangsnummer="2026-STAFF-1"))
    box.enqueue(make_app(vorgangsnummer="2026-STAFF-2"))
    box.mark_failed(failed_id, "POST /submissions: HTTP 409: conflict")
    box.close()
    kiosk = kiosk_factory("http://127.0.0.1:9")  # offline: nothing leaves the terminal
    settings = kiosk.settings
    assert settings.outbox_path == data / "outbox.sqlite3"
    window = kiosk.window
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    staff = window.stack.currentWidget()
    assert staff.step_name == "staff"
    qtbot.waitUntil(lambda: staff.status is not None and bool(staff.failed), timeout=10_000)
    texts = " ".join(w.text() for w in staff.findChildren(QLabel))
    assert "2026-STAFF-1" in texts
    assert "409" in texts
    assert "2026-STAFF-2" not in texts  # only failed items are listed
    assert DISTINCTIVE_NAME not in texts
    assert "Fehlgeschlagen: 1" in staff.counts.text()  # German by default
    assert not window.footer.isVisible()
    qtbot.mouseClick(staff.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not staff.failed, timeout=10_000)
    box = Outbox(settings.outbox_path, settings.key_path, recover_interrupted=False)
    assert box.status().failed == 0
    box.close()
    qtbot.mouseClick(staff.close_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() is window.welcome
    # The key does nothing in the middle of a citizen's session.
    qtbot.mouseClick(window.welcome.language_buttons["de"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    assert window.stack.currentWidget().step_name == "service"


def test_full_disk_tells_the_citizen_and_keeps_earlier_applications(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, tmp_path) -> None:
    """A real, full tmpfs under the terminal's data directory."""
    import subprocess

    import pytest

    from ui.tools.journey import SAMPLE_IDENTITY, JourneyDriver

    data = tmp_path / "terminal"
    data.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(data)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.fail(f"cannot mount a tmpfs here ({mounted.stderr.strip()}); "
                    "test_outbox.py injects ENOSPC instead")
    try:
        box = Outbox(data / "outbox.sqlite3", data / "terminal.key")
        box.enqueue(make_app(vorgangsnummer="2026-EARLIER-1"))
        box.close()
        kiosk = kiosk_factory("http://127.0.0.1:9", data_dir=data)
        filler = data / "filler"
        with filler.open("wb") as fh:  # fill every free byte
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        drive = JourneyDriver(kiosk.window)
        drive.choose_language("de")
        drive.choose_service("meldebescheinigung-einfach")
        drive.fill(SAMPLE_IDENTITY)
        drive.submit_from_identify("landlord")
        signature = kiosk.window.current_screen()
        qtbot.waitUntil(lambda: signature.error.isVisible(), timeout=20_000)
        assert drive.screen == "signature"  # no receipt for an application that is not saved
        assert "nicht gespeichert" in signature.error.text()
        assert "Bereits gespeicherte Anträge sind nicht verloren" in signature.error.text()
        # The receipt, drawn while the storage process worked, keeps nothing of it.
        qtbot.wait(50)
        receipt = kiosk.window.session.receipt
        assert (receipt.vorgangsnummer, receipt.number.text()) == ("", "")
        assert receipt.qr.pixmap().isNull()
        filler.unlink()
        box = Outbox(data / "outbox.sqlite3", data / "terminal.key", recover_interrupted=False)
        assert box.state_of("2026-EARLIER-1") is not None
        item = box.item(1)
        assert item.application.vorgangsnummer == "2026-EARLIER-1"
        assert box.status().queued + box.status().sending == 1
        box.close()
    finally:
        subprocess.run(["umount", "-l", str(data)], check=False)
