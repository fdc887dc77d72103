"""Leaving the kiosk with the staff PIN: the hash in kiosk.toml, the rate limit, the log.

The screen tests run a real kiosk on Qt's offscreen platform (``kiosk_factory``); the
rate limit's own tests use a clock of their own (no timing in any assertion).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk import staffpin
from kiosk.settings import check_text
from kiosk.staffpin import FIRST_LOCK_S, MAX_LOCK_S, PinGuard, PinRefused, make_hash, verify
from ui.qt import Qt

ROOT = Path(__file__).resolve().parent.parent
PIN = "480915"
HASH = make_hash(PIN)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_hash_verifies_only_its_pin_and_never_holds_it() -> None:
    assert verify(HASH, PIN)
    assert not verify(HASH, "480916")
    assert not verify(HASH, "")
    assert not verify(HASH, PIN + "0")
    assert PIN not in HASH
    assert HASH.startswith("$scrypt$ln=15,r=8,p=1$")
    assert make_hash(PIN) != HASH  # a fresh salt each time
    assert make_hash(PIN, salt=b"s" * 16) == make_hash(PIN, salt=b"s" * 16)
    for weak in ("12345", "1234567890123", "12345a", "111111", "123456", "987654", "４８０９１５"):
        with pytest.raises(PinRefused):
            make_hash(weak)
    assert not verify("$scrypt$ln=30,r=8,p=1$" + HASH.split("$", 4)[4], PIN)  # cost bound
    assert "failures" in repr(PinGuard(HASH))
    assert HASH not in repr(PinGuard(HASH))


def test_wrong_pins_lock_the_exit_for_longer_each_time_and_the_right_one_resets() -> None:
    clock = Clock()
    guard = PinGuard(HASH, clock)
    locks = []
    for _ in range(3):
        verdict = guard.attempt("000001")
        assert verdict is not None
        assert not verdict.ok
        locks.append(verdict.locked_s)
    assert locks == [0.0, 0.0, FIRST_LOCK_S]
    assert guard.attempt(PIN) is None  # locked: not even the right PIN is compared
    clock.now += FIRST_LOCK_S
    verdict = guard.attempt("000002")
    assert verdict is not None
    assert verdict.locked_s == 2 * FIRST_LOCK_S
    for _ in range(10):
        clock.now += MAX_LOCK_S
        verdict = guard.attempt("000003")
    assert verdict is not None
    assert verdict.locked_s == MAX_LOCK_S
    clock.now += MAX_LOCK_S
    verdict = guard.attempt(PIN)
    assert verdict is not None
    assert verdict.ok
    assert guard.failures == 0
    assert guard.attempt("000004").locked_s == 0.0  # type: ignore[union-attr]


@pytest.mark.parametrize(("value", "says"), [
    ('"480915"', "holds the PIN itself"),
    ("480915", "must be a non-empty text"),
    ('"$scrypt$ln=15,r=8,p=1$abc$def"', "is not a PIN hash as 'buergerbuero config pin'"),
    (f'"{HASH[:-2]}"', "is not a PIN hash"),
    (f'"{HASH.replace("ln=15", "ln=40")}"', "is not a PIN hash"),
])
def test_config_check_refuses_a_plain_or_malformed_pin_with_what_to_do(
        tmp_path: Path, value: str, says: str) -> None:
    _, problems = check_text(f'place = "x"\nstaff_pin = {value}\n'.encode(),
                             tmp_path / "kiosk.toml")
    [problem] = problems
    assert (problem.key, problem.line) == ("staff_pin", 2)
    assert says in problem.message.untranslated()
    assert "480915" not in problem.message.untranslated()
    if "itself" in says:
        assert "run 'buergerbuero config pin'" in problem.message.untranslated()
    values, problems = check_text(f'staff_pin = "{HASH}"\n'.encode(), tmp_path / "kiosk.toml")
    assert problems == []
    assert values["staff_pin"] == HASH


def test_config_pin_prints_the_line_and_refuses_a_weak_pin(tmp_path: Path) -> None:
    def config_pin(pin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ui.main", "config", "pin", "--stdin"],
                              cwd=ROOT, env=dict(os.environ), input=pin + "\n",
                              capture_output=True, text=True, timeout=60, check=False)

    made = config_pin(PIN)
    assert made.returncode == 0, made.stderr
    line = made.stdout.strip()
    assert line.startswith('staff_pin = "$scrypt$')
    assert PIN not in made.stdout + made.stderr
    (tmp_path / "kiosk.toml").write_text(line + "\n", encoding="utf-8")
    checked = subprocess.run([sys.executable, "-m", "ui.main", "config", "check",
                              str(tmp_path / "kiosk.toml")], cwd=ROOT, capture_output=True,
                             text=True, timeout=60, check=False)
    assert checked.returncode == 0, checked.stdout
    assert verify(line.split('"')[1], PIN)
    weak = config_pin("123456")
    assert (weak.returncode, weak.stdout) == (2, "")
    assert weak.stderr.startswith("error: the staff PIN must not be")


def _open_staff(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    staff = window.stack.currentWidget()
    assert staff.step_name == "staff"
    return staff


def _try(qtbot: Any, staff: Any, pin: str) -> None:
    qtbot.keyClicks(staff.pin_field, pin)
    qtbot.mouseClick(staff.exit_button, Qt.MouseButton.LeftButton)
    assert staff.pin_field.text() == ""  # the PIN stays in no widget
    qtbot.waitUntil(lambda: staff.exit_button.isEnabled(), timeout=10_000)


def test_the_staff_screen_leaves_the_kiosk_only_with_the_pin_and_logs_each_try(
        qtbot: Any, kiosk_factory: Any, caplog: pytest.LogCaptureFixture) -> None:
    kiosk = kiosk_factory(staff_pin=HASH)
    exits: list[int] = []
    app = kiosk.app
    kiosk.app = type("App", (), {"exit": staticmethod(exits.append)})()  # the loop's exit
    try:
        staff = _open_staff(qtbot, kiosk.window)
        assert staff.pin_field.isVisible()
        assert staff.exit_button.isVisible()
        assert staff.exit_button.text() == "Kiosk verlassen"  # German by default
        caplog.set_level(logging.WARNING, logger="ui.screens.staff")
        _try(qtbot, staff, "000001")
        assert staff.exit_message.text() == "Falsche PIN."
        assert exits == []
        _try(qtbot, staff, "000002")
        with qtbot.waitSignal(kiosk.window.staffExit, timeout=10_000):
            _try(qtbot, staff, PIN)
        assert exits == [0]
    finally:
        kiosk.app = app
    lines = [r.getMessage() for r in caplog.records if r.name == "ui.screens.staff"]
    assert lines == ["staff exit: wrong PIN (1 in a row)", "staff exit: wrong PIN (2 in a row)",
                     "staff exit: the kiosk was left with the staff PIN"]
    assert not [r for r in caplog.records if PIN in r.getMessage() or "00000" in r.getMessage()]


def test_too_many_wrong_pins_lock_the_exit_even_for_the_right_one(
        qtbot: Any, kiosk_factory: Any, caplog: pytest.LogCaptureFixture) -> None:
    kiosk = kiosk_factory(staff_pin=HASH)
    staff = _open_staff(qtbot, kiosk.window)
    caplog.set_level(logging.WARNING, logger="ui.screens.staff")
    for wrong in ("000001", "000002", "000003"):
        _try(qtbot, staff, wrong)
    assert staff.exit_message.text().startswith("Zu viele falsche PINs.")
    exited: list[bool] = []
    kiosk.window.staffExit.connect(lambda: exited.append(True))
    _try(qtbot, staff, PIN)  # within the 30 s lock
    assert exited == []
    assert staff.exit_message.text().startswith("Zu viele falsche PINs.")
    assert [r.getMessage() for r in caplog.records][-2:] == [
        f"staff exit: wrong PIN (3 in a row; locked for {FIRST_LOCK_S:.0f} s)",
        "staff exit: refused, locked after 3 wrong PINs"]
    # Closed and opened again, the lock stays (one guard for the kiosk's lifetime).
    qtbot.mouseClick(staff.close_button, Qt.MouseButton.LeftButton)
    assert _open_staff(qtbot, kiosk.window).guard.locked_for() > 0


def test_without_a_staff_pin_the_kiosk_cannot_be_left_from_the_screen(
        qtbot: Any, kiosk_factory: Any) -> None:
    kiosk = kiosk_factory()
    staff = _open_staff(qtbot, kiosk.window)
    assert staff.guard is None
    assert not staff.pin_field.isVisible()
    assert not staff.exit_button.isVisible()
    assert "staff_pin" in staff.exit_caption.text()
    staff.leave()  # nothing happens, nothing is run
    assert staff.exit_message.text() == ""


def test_the_pin_pattern_is_the_one_the_schema_publishes() -> None:
    from kiosk.settings_keys import KEYS

    assert KEYS["staff_pin"].pattern == staffpin.PATTERN
    assert staffpin.problem(KEYS["staff_pin"].example.strip('"')) is None
