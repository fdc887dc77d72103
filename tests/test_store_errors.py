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
