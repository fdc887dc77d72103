"""The check before a session: a terminal that cannot keep an application takes none.

Real kiosks (window, storage thread, storage process) on real directories: the check
runs in the storage process after the first frame; a problem shows the out-of-service
screen instead of the welcome screen and starts no sync worker; a fix is seen at the
next check; ``kiosk --smoke`` exits 1 with the reason.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.journey import WELCOME
from kiosk.settings import Settings
from ui import app as kiosk_app
from ui.app import Kiosk
from ui.screens.out_of_service import OutOfServiceScreen, take_out_of_service

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def serving(qtbot: Any, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Kiosk]]:
    """A kiosk that serves as ``buergerbuero kiosk`` does (check, then background)."""
    monkeypatch.setattr(kiosk_app, "RECHECK_S", 0.2)  # the minute between checks, shortened
    made: list[Kiosk] = []

    def make(**overrides: Any) -> Kiosk:
        settings = Settings(data_dir=tmp_path / "terminal", terminal_id="TEST-01",
                            intake_url="http://127.0.0.1:9").with_(**overrides)
        kiosk = Kiosk(settings, start_devices=False)
        qtbot.addWidget(kiosk.window)
        made.append(kiosk)
        kiosk.when_interactive(kiosk.serve)
        kiosk.show(fullscreen=False)
        qtbot.waitUntil(lambda: kiosk.interactive, timeout=10_000)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.shutdown()


def out_of_service(kiosk: Kiosk) -> OutOfServiceScreen | None:
    screen = kiosk.window.current_screen()
    return screen if isinstance(screen, OutOfServiceScreen) else None


def test_a_ready_terminal_offers_the_welcome_screen_and_starts_sending(
        serving: Callable[..., Kiosk], office: Any, tmp_path: Path, qtbot: Any) -> None:
    office.enroll(tmp_path / "terminal", "TEST-01")
    kiosk = serving()
    qtbot.waitUntil(lambda: kiosk.backend.worker is not None, timeout=60_000)
    assert kiosk.window.current_screen() is kiosk.window.welcome
    assert kiosk.window.out_of_service is None


def test_an_unusable_data_directory_is_out_of_service_until_fixed(
        serving: Callable[..., Kiosk], office: Any, tmp_path: Path, qtbot: Any) -> None:
    data = tmp_path / "terminal"
    signing = office.enroll(tmp_path / "enrolled", "TEST-01")
    data.write_text("a file where the data directory should be")
    kiosk = serving(signing_key=signing / "device.key", signing_cert=signing / "device.crt")
    qtbot.waitUntil(lambda: out_of_service(kiosk) is not None, timeout=60_000)
    screen = out_of_service(kiosk)
    assert screen is not None
    assert "außer Betrieb" in screen.heading.text()  # the terminal's language …
    assert "out of service" in screen.heading.text()  # … and English
    assert "Schalter" in screen.please.text()
    staff = screen.staff.text()
    assert staff.startswith("Für die Technik:")
    assert str(data) in staff
    assert "data_dir" in staff
    assert not kiosk.window.footer.isVisible()
    assert kiosk.backend.worker is None  # nothing runs that needs the storage
    # A tap on the welcome screen's place does nothing: it is not shown.
    assert not kiosk.window.welcome.isVisible()
    # The technician fixes it; the next check (every minute) brings the welcome screen.
    data.unlink()
    qtbot.waitUntil(lambda: kiosk.window.current_screen() is kiosk.window.welcome,
                    timeout=60_000)
    qtbot.waitUntil(lambda: kiosk.backend.worker is not None, timeout=10_000)
    assert kiosk.window.out_of_service is None


def test_a_terminal_nobody_enrolled_says_so_to_the_technician(
        serving: Callable[..., Kiosk], qtbot: Any) -> None:
    kiosk = serving()
    qtbot.waitUntil(lambda: out_of_service(kiosk) is not None, timeout=60_000)
    screen = out_of_service(kiosk)
    assert screen is not None
    assert [p.source for p in screen.problems] == [
        "This device has no signing certificate of the office. Ask the technician to enroll "
        "it: 'buergerbuero signature enroll request', then 'signature enroll install'."]


def test_a_missing_intake_ca_is_found_once_and_nothing_is_sent(
        serving: Callable[..., Kiosk], office: Any, tmp_path: Path, qtbot: Any) -> None:
    office.enroll(tmp_path / "terminal", "TEST-01")
    kiosk = serving(intake_url="https://127.0.0.1:9", intake_ca_file=str(tmp_path / "ca.pem"))
    qtbot.waitUntil(lambda: out_of_service(kiosk) is not None, timeout=60_000)
    screen = out_of_service(kiosk)
    assert screen is not None
    assert "intake_ca_file" in screen.problems[0].untranslated()
    assert kiosk.backend.worker is None  # no attempt that would fail the same way


def test_a_session_begun_before_the_check_ends_wiped(
        serving: Callable[..., Kiosk], office: Any, tmp_path: Path, qtbot: Any) -> None:
    office.enroll(tmp_path / "terminal", "TEST-01")
    kiosk = serving()
    qtbot.waitUntil(lambda: kiosk.backend.worker is not None, timeout=60_000)
    window = kiosk.window
    window.welcome.language_buttons["en"].click()
    assert window.journey.step != WELCOME
    from kiosk.settings_files import DATA_DIR_UNUSABLE

    take_out_of_service(window, [DATA_DIR_UNUSABLE.format(path="/x", error="test")])
    assert window.journey.step == WELCOME
    assert window.journey.language == "de"
    assert isinstance(window.current_screen(), OutOfServiceScreen)


def _smoke(data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUERGERBUERO_DATA=str(data_dir),
               BUERGERBUERO_CONFIG=str(data_dir.parent / "none.toml"))
    return subprocess.run([sys.executable, "-m", "ui.main", "kiosk", "--smoke"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180, check=False)


def test_smoke_exits_non_zero_with_the_reason(office: Any, tmp_path: Path) -> None:
    data = tmp_path / "terminal"
    office.enroll(data)
    result = _smoke(data)
    assert result.returncode == 0, result.stderr
    (data / "terminal.key").unlink(missing_ok=True)
    broken = tmp_path / "broken"
    broken.write_text("not a directory")
    result = _smoke(broken)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: The data directory {broken} cannot be used" in result.stderr


def test_a_settings_file_the_kiosk_cannot_use_is_out_of_service_on_the_screen(
        qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not a black screen while the service manager restarts a kiosk that exits."""
    from ui.app import cmd_kiosk

    config = tmp_path / "kiosk.toml"
    config.write_text("kiosk = 5\n", encoding="utf-8")
    made: list[Kiosk] = []

    class EventLoop:
        """The kiosk's app.exec(): runs until the out-of-service screen shows."""

        def __init__(self, kiosk: Kiosk) -> None:
            self.kiosk = kiosk

        def exec(self) -> int:
            qtbot.waitUntil(lambda: out_of_service(self.kiosk) is not None, timeout=10_000)
            return 0

    class Watched(Kiosk):
        def __init__(self, settings: Settings) -> None:
            super().__init__(settings)
            qtbot.addWidget(self.window)
            made.append(self)
            self.app = EventLoop(self)  # type: ignore[assignment]

    monkeypatch.setattr(kiosk_app, "Kiosk", Watched)
    args = __import__("argparse").Namespace(config=config, windowed=True, smoke=False,
                                            first_frame=False)
    assert cmd_kiosk(args) == 0
    (kiosk,) = made
    screen = out_of_service(kiosk)
    assert screen is not None
    assert "[kiosk]" in screen.staff.text()
    assert kiosk.backend.worker is None  # nothing behind it
    assert "'kiosk' must be the table [kiosk]" in capsys.readouterr().err
