"""The check-in on the kiosk: from the welcome screen, a typed or wedge-scanned code or a
camera image, the ticket on the screen and the receipt printer; a wrong code; a walk-in;
offline from the cache; back to the welcome screen with nothing left."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
import qrcode

from devices.tools.escpos_recorder import EscposRecorder
from kiosk.appointments.model import NO_MATCH, Ticket
from sync.reference.zms import ZmsStandIn
from ui.i18n import translate
from ui.qt import QApplication, QEvent, QKeyEvent, Qt, QTest
from ui.screens.checkin import CheckInScreen, TicketScreen


def _today(minutes: int) -> datetime:
    """An appointment today (at 10:00 and after; never tomorrow, whenever the test runs)."""
    return datetime.combine(date.today(), time(10, 0)) + timedelta(minutes=minutes)


@pytest.fixture
def zms() -> Iterator[ZmsStandIn]:
    with ZmsStandIn() as server:
        yield server


@pytest.fixture
def printer() -> Iterator[EscposRecorder]:
    with EscposRecorder() as recorder:
        yield recorder


def _kiosk(kiosk_factory, zms: ZmsStandIn, printer: EscposRecorder | None = None):  # type: ignore[no-untyped-def]
    extra = {"receipt_printer": f"escpos://127.0.0.1:{printer.port}"} if printer else {}
    return kiosk_factory(appointment_url=zms.url, appointment_scope=zms.scope,
                         appointment_workstation_key=zms.auth_key,
                         appointment_ticketprinter_hash=zms.ticketprinter_hash, **extra)


def _open(qtbot, kiosk) -> CheckInScreen:  # type: ignore[no-untyped-def]
    welcome = kiosk.window.welcome
    assert welcome.checkin_button.isVisible()
    assert welcome.voice_button.isVisible()  # side by side: one height (it was 12 px taller)
    assert welcome.voice_button.height() == welcome.checkin_button.height()
    QTest.mouseClick(welcome.checkin_button, Qt.MouseButton.LeftButton)
    screen = kiosk.window.current_screen()
    assert isinstance(screen, CheckInScreen)
    qtbot.waitUntil(lambda: screen.code.hasFocus(), timeout=5_000)
    return screen


def _key(target, key: int, text: str, at_ms: int) -> None:  # type: ignore[no-untyped-def]
    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(at_ms)
    QApplication.sendEvent(target, event)
    release = QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, text)
    release.setTimestamp(at_ms + 1)
    QApplication.sendEvent(target, release)


def test_a_typed_code_checks_in_and_prints_the_ticket(qtbot, kiosk_factory, zms: ZmsStandIn,
                                                     printer: EscposRecorder) -> None:  # type: ignore[no-untyped-def]
    pid, key = zms.book(_today(15))
    kiosk = _kiosk(kiosk_factory, zms, printer)
    screen = _open(qtbot, kiosk)
    QTest.keyClicks(screen.code, f"{pid}-{key}")
    QTest.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(kiosk.window.current_screen(), TicketScreen),
                    timeout=10_000)
    ticket = kiosk.window.current_screen()
    assert isinstance(ticket, TicketScreen)
    assert ticket.number.text() == str(pid)
    assert zms.area in ticket.area.text()
    assert zms.processes[pid]["status"] == "queued"
    qtbot.waitUntil(lambda: bool(printer.received), timeout=20_000)
    printed = printer.received[-1].decode("cp858", "replace")
    assert str(pid) in printed
    assert key not in printed  # the key opens the appointment: never on paper
    QTest.mouseClick(ticket.done, Qt.MouseButton.LeftButton)
    assert kiosk.window.current_screen() is kiosk.window.welcome
    assert ticket.number.text() == ""


def test_a_wedge_burst_checks_in_wherever_the_focus_is(qtbot, kiosk_factory,
                                                      zms: ZmsStandIn) -> None:  # type: ignore[no-untyped-def]
    pid, key = zms.book(_today(0))
    kiosk = _kiosk(kiosk_factory, zms)
    screen = _open(qtbot, kiosk)
    screen.walk_in.setFocus()  # not in the field: the scanner types anyway
    shown: list[Ticket] = []
    kiosk.backend.checkin.ticketShown.connect(shown.append)
    for i, char in enumerate(f"{pid}-{key}"):
        _key(screen.walk_in, Qt.Key.Key_A, char, 10_000 + 7 * i)
    _key(screen.walk_in, Qt.Key.Key_Return, "\r", 10_000 + 7 * 11)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[0].number == str(pid)
    assert not shown[0].offline


def test_slow_typing_without_enter_in_the_field_is_not_a_scan(qtbot, kiosk_factory,
                                                             zms: ZmsStandIn) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(kiosk_factory, zms)
    screen = _open(qtbot, kiosk)
    screen.walk_in.setFocus()
    for i, char in enumerate("100044-57c2"):
        _key(screen.walk_in, Qt.Key.Key_A, char, 10_000 + 300 * i)
    _key(screen.walk_in, Qt.Key.Key_Return, "\r", 10_000 + 300 * 11)
    QApplication.processEvents()
    assert kiosk.backend.checkin.tasks.pending == 0  # nothing was sent
    assert kiosk.window.current_screen() is screen


def test_a_wrong_code_says_so_and_offers_the_walk_in_ticket(qtbot, kiosk_factory,
                                                           zms: ZmsStandIn) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(kiosk_factory, zms)
    screen = _open(qtbot, kiosk)
    QTest.keyClicks(screen.code, "999999-beef")
    QTest.keyClick(screen.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.status.text() == translate(NO_MATCH), timeout=10_000)
    tile = screen.tiles["meldebescheinigung-einfach"]
    assert tile.isVisible()
    QTest.mouseClick(tile, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(kiosk.window.current_screen(), TicketScreen),
                    timeout=10_000)
    ticket = kiosk.window.current_screen()
    assert isinstance(ticket, TicketScreen)
    assert ticket.number.text() == "1"
    assert ticket.time.isHidden()


def test_a_camera_image_and_the_offline_cache(qtbot, kiosk_factory, zms: ZmsStandIn) -> None:  # type: ignore[no-untyped-def]
    pid, key = zms.book(_today(30))
    kiosk = _kiosk(kiosk_factory, zms)
    checkin = kiosk.backend.checkin
    cached: list[int] = []
    checkin.synced.connect(cached.append)
    checkin.sync()
    qtbot.waitUntil(lambda: bool(cached), timeout=10_000)
    zms.stop()  # the appointment system is gone: the cache answers
    _open(qtbot, kiosk)
    buf = io.BytesIO()
    qrcode.make(f"https://termine.example.invalid/process/{pid}/{key}/").save(buf, format="PNG")
    shown: list[Ticket] = []
    checkin.ticketShown.connect(shown.append)
    checkin.scan_image(buf.getvalue())
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert (shown[0].number, shown[0].offline) == (str(pid), True)
    assert cached[0] >= 1
