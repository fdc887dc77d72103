"""The journey with key events only: Tab to each control in the window's focus order,
Space to press a button, typing into fields — no mouse, no touch, no setFocus().

A citizen with a keyboard or a switch (Tab/Enter) must reach every control the journey
needs, see which one has the focus, and get from the welcome screen to the signature.
The handwritten signature itself needs a pen or a finger (that is its point); the test
stops at the signature screen and checks that it, too, is reached and operable.
"""

from __future__ import annotations

from ui.qt import QApplication, QLineEdit, QPushButton, Qt, QTest, QWidget
from ui.screens.feedback import FeedbackScreen
from ui.tools.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver

MAX_TABS = 80


class KeyboardOnly(JourneyDriver):
    """The journey driver, with every tap replaced by Tab … Tab, Space."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.tabs = 0

    def _tab_to(self, widget: QWidget) -> None:
        for _ in range(MAX_TABS):
            if QApplication.focusWidget() is widget:
                return
            current = QApplication.focusWidget() or self.window
            QTest.keyClick(current, Qt.Key.Key_Tab)
            QApplication.processEvents()
            self.tabs += 1
        raise AssertionError(f"Tab does not reach {widget.objectName() or type(widget).__name__}"
                             f" {getattr(widget, 'text', lambda: '')()!r}")

    def click(self, widget: QWidget) -> None:
        if not (widget.isVisible() and widget.isEnabled()):
            raise AssertionError(f"cannot press {widget.objectName() or widget!r}")
        self._tab_to(widget)
        assert isinstance(widget, QPushButton), widget
        QTest.keyClick(widget, Qt.Key.Key_Space)
        QApplication.processEvents()

    def type_into(self, widget: QWidget, text: str) -> None:
        self._tab_to(widget)
        if isinstance(widget, QLineEdit):
            QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        super().type_into(widget, text)  # key events with their text (umlauts, ß)
        QApplication.processEvents()


def test_the_journey_with_the_keyboard_alone(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    window = kiosk.window
    drive = KeyboardOnly(window)
    assert QApplication.focusWidget() is window.welcome  # nothing looks chosen at rest
    drive.choose_language("de")
    assert drive.screen == "service"
    drive.choose_service("meldebescheinigung-einfach")
    assert drive.screen == "identify"
    drive.fill(SAMPLE_IDENTITY)
    drive.next()
    assert drive.screen == "form-address", drive.errors()
    drive.fill(SAMPLE_ADDRESS)
    drive.next()
    assert drive.screen == "form-details", drive.errors()
    drive.fill({"purpose": "employer"})  # a choice: Tab to it, Space
    drive.next()
    assert drive.screen == "review"
    assert "Mustermann" in " ".join(label.text() for label in
                                    window.current_screen().findChildren(type(window.header.office)))
    drive.next()
    assert drive.screen == "signature"
    # The signature screen's own controls are reachable too: Clear, Back, Cancel.
    signature = window.current_screen()
    drive._tab_to(signature.clear_button)
    drive._tab_to(window.back_button)
    assert drive.tabs > 10
    # And 'Cancel' by keyboard asks, and the safe answer is where the focus is.
    drive.click(window.cancel_button)
    question = window.cancel_question
    assert question is not None
    assert question.no.hasFocus()
    QTest.keyClick(question.yes, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert question.yes.hasFocus() or question.no.hasFocus()
    drive.click(question.yes)
    # The satisfaction question after a cancel, by keyboard too: a face, a reason, 'Finish'.
    assert drive.screen == "feedback"
    feedback = window.current_screen()
    assert isinstance(feedback, FeedbackScreen)
    drive.give_feedback(feedback.panel, 3, "operation")
    assert feedback.panel.thanks.isVisible()
    drive.click(feedback.done)
    assert drive.screen == "welcome"
