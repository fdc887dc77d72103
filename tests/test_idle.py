"""The idle timeout warns, offers more time, then wipes every trace of the citizen."""

from __future__ import annotations

import gc

from forms.answers import is_given
from ui.qt import QLabel, QLineEdit, QWidget
from ui.tools.journey import SAMPLE_ADDRESS, SAMPLE_IDENTITY, JourneyDriver

SECRETS = ("Mustermann", "Gabler", "12.08.1964", "Heidestraße", "51147")


def _all_text(root: QWidget) -> str:
    texts = []
    for edit in root.findChildren(QLineEdit):
        texts.append(edit.text())
        edit.undo()  # whatever the undo history still holds
        texts.append(edit.text())
    texts += [label.text() for label in root.findChildren(QLabel)]
    return "\n".join(texts)


def test_idle_timeout_warns_then_wipes(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory(idle_timeout_s=3, idle_warning_s=2)
    window = kiosk.window
    drive = JourneyDriver(window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SAMPLE_IDENTITY)
    drive.next()
    drive.fill(SAMPLE_ADDRESS)
    assert "Heidestraße" in _all_text(window)

    # The warning appears with a countdown and a 'more time' button that works.
    qtbot.waitUntil(lambda: window.idle.warning_shown, timeout=5_000)
    assert "Sekunden" in window.idle_overlay.detail.text()
    drive.click(window.idle_overlay.more)
    assert not window.idle.warning_shown
    assert drive.screen == "form-address"

    # Then nobody touches the screen: the session ends and nothing is left.
    with qtbot.waitSignal(window.sessionEnded, timeout=8_000) as ended:
        pass
    assert ended.args == ["timeout"]
    assert drive.screen == "welcome"
    qtbot.wait(50)  # deleteLater of the session screens
    gc.collect()
    leftover = _all_text(window)
    for secret in SECRETS:
        assert secret not in leftover
    assert window.journey.answers == {}
    assert window.session_screens == {}
    assert window.journey.service_id is None
    # The next citizen starts with empty fields.
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    screen = window.current_screen()
    assert not any(is_given(w.value()) for w in screen.fields.values())


def test_cancel_wipes_too(qtbot, kiosk_factory) -> None:  # type: ignore[no-untyped-def]
    kiosk = kiosk_factory()
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("en")
    drive.choose_service("meldebescheinigung-einfach")
    drive.fill(SAMPLE_IDENTITY)
    window = kiosk.window
    drive.click(window.cancel_button)  # asked first: nothing is wiped by a slip of the finger
    question = window.cancel_question
    assert question is not None
    assert question.isVisible()
    assert question.no.hasFocus()  # the safe answer is the default
    assert [w.objectName() for w in window.focus_order()] == ["", "primary"]  # Tab stays
    drive.click(question.no)
    assert drive.screen == "identify"
    assert "Mustermann" in _all_text(window)
    drive.cancel()
    assert drive.screen == "welcome"
    qtbot.wait(50)
    assert "Mustermann" not in _all_text(kiosk.window)
