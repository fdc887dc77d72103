"""The satisfaction question on the screen: with the receipt (never before it), after a
cancel in the citizen's language and text size, never after a timeout; each face a
named tile as large as the other touch targets, reached and chosen by keyboard."""

from __future__ import annotations

import threading

import pytest

import ui.statistics
from kiosk.journey import Display
from kiosk.stats.feedback import FACES
from ui.qt import QApplication, QScrollArea, Qt, QTest
from ui.screens.feedback import FeedbackScreen
from ui.screens.receipt import ReceiptScreen
from ui.tools.journey import SAMPLE_IDENTITY, JourneyDriver


def _to_receipt(qtbot, kiosk, language: str = "en") -> tuple[JourneyDriver, ReceiptScreen]:  # type: ignore[no-untyped-def]
    drive = JourneyDriver(kiosk.window)
    drive.choose_language(language)
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SAMPLE_IDENTITY)
    drive.submit_from_identify()
    drive.pay("counter")
    qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=30_000)
    receipt = kiosk.window.current_screen()
    assert isinstance(receipt, ReceiptScreen)
    return drive, receipt


def test_the_receipt_fits_the_screen_and_its_faces_are_alike_in_ukrainian(
        qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    """Ukrainian's "Very dissatisfied" takes two lines on its face: the five faces keep
    one height, and the receipt still fits a 1280×800 terminal without scrolling (the
    advice beside the QR code took a third line, and a scroll bar appeared)."""
    kiosk = kiosk_factory()
    kiosk.window.setFixedSize(1280, 800)
    _drive, receipt = _to_receipt(qtbot, kiosk, "uk")
    for _ in range(3):
        QApplication.processEvents()
    faces = list(receipt.feedback.faces.values())
    assert faces[0].title.text() == "Зовсім незадоволені"
    assert faces[0].title.height() > faces[1].title.height()  # two lines, then
    assert len({tile.height() for tile in faces}) == 1, [tile.height() for tile in faces]
    area = receipt.findChild(QScrollArea)
    assert area is not None
    assert not area.verticalScrollBar().isVisible()
    assert receipt.done.isVisible()
    assert area.viewport().rect().contains(
        receipt.done.mapTo(area.viewport(), receipt.done.rect().bottomRight()))


def test_the_faces_come_with_the_receipt_and_work_by_keyboard(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive, receipt = _to_receipt(qtbot, kiosk)
    panel = receipt.feedback
    assert receipt.vorgangsnummer
    assert receipt.number.isVisible()
    names = [tile.accessibleName() for tile in panel.faces.values()]
    assert names == ["Very dissatisfied", "Dissatisfied", "Neither", "Satisfied",
                     "Very satisfied"]
    assert [t.title.text() for t in panel.faces.values()] == names  # the name is shown too
    smallest = receipt.more_time.height()  # the receipt's own buttons
    for tile in panel.faces.values():
        assert tile.isVisible()
        assert tile.height() >= smallest
        assert tile.width() >= receipt.more_time.width() * 0.9
    # Tab reaches every face; Space on one chooses it, then the reasons show.
    order = kiosk.window.focus_order()
    assert all(tile in order for tile in panel.faces.values())
    tile = panel.faces[2]
    tile.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(tile, Qt.Key.Key_Space)
    QApplication.processEvents()
    assert panel.score == 2
    assert panel.stage == "reason"
    assert not any(b.hasFocus() for b in panel.reasons.values())  # nothing looks chosen
    assert kiosk.window.current_screen().hasFocus()
    reason = panel.reasons["payment"]
    reason.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(reason, Qt.Key.Key_Space)
    assert panel.stage == "thanks"
    assert panel.thanks.isVisible()
    facts = kiosk.backend.statistics.recorder.facts
    assert facts is not None
    assert (facts.satisfaction, facts.reason) == (2, "payment")
    drive.click(receipt.done)
    assert drive.screen == "welcome"  # asked already: nothing after 'Finish'


def test_after_a_cancel_the_question_is_in_the_citizens_language_and_size(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, monkeypatch) -> None:
    kiosk = kiosk_factory()
    window = kiosk.window
    drive = JourneyDriver(window)
    drive.choose_language("ar")
    window.set_display(Display(1.5))
    drive.choose_service("meldebescheinigung-einfach")
    drive.click(window.cancel_button)
    assert window.cancel_question is not None
    monkeypatch.setattr(ui.statistics, "ASK_S", 2)  # it closes by itself (30 s on a kiosk)
    drive.click(window.cancel_question.yes)
    screen = window.current_screen()
    assert isinstance(screen, FeedbackScreen)
    assert screen.heading.text() == "تم حذف ما أدخلته."
    assert screen.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.journey.display.text_scale == 1.5
    assert window.journey.answers == {}
    assert window.session is None
    assert not window.footer.isVisible()
    qtbot.waitUntil(lambda: drive.screen == "welcome", timeout=5_000)
    assert window.journey.display == Display()
    assert window.welcome.layoutDirection() == Qt.LayoutDirection.LeftToRight  # German again
    rows = kiosk.backend.statistics
    qtbot.waitUntil(lambda: rows.tasks.pending == 0, timeout=5_000)


@pytest.mark.parametrize("reason", ["timeout", "finished"])
def test_nobody_is_asked_when_the_session_ended_by_itself(qtbot, kiosk_factory, reason) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.choose_service("meldebescheinigung-einfach")
    kiosk.window.end_session(reason)  # the idle watcher's and the receipt countdown's call
    assert drive.screen == "welcome"


def test_every_face_and_reason_has_a_text_in_every_language() -> None:
    from kiosk.base.catalogue import catalogue, text
    from kiosk.stats.feedback import REASONS

    for language in catalogue().languages():
        shown = [text(item.name, language) for item in (*FACES, *REASONS)]
        assert all(shown), language
        assert len(set(shown)) == len(shown), language


def test_the_figures_are_written_on_the_stats_thread_not_the_gui(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, monkeypatch) -> None:
    from kiosk.stats import store

    kiosk = kiosk_factory()
    written: list[str] = []
    real = store.save

    def save(path, facts) -> None:  # type: ignore[no-untyped-def]
        written.append(threading.current_thread().name)
        real(path, facts)

    monkeypatch.setattr(store, "save", save)
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.choose_service("meldebescheinigung-einfach")
    kiosk.window.end_session("timeout")
    statistics = kiosk.backend.statistics
    qtbot.waitUntil(lambda: statistics.tasks.pending == 0, timeout=5_000)
    assert written == ["stats_0"]
    [facts] = store.load(statistics.path)
    assert (facts.stopped_at, facts.end_reason, facts.completed) == ("identify", "timeout", False)
