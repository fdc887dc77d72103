"""Drive the real kiosk widgets like a citizen: clicks, typing, a pen stroke.

Used by ``demo --walkthrough`` and by the tests, so both exercise exactly the
widgets a person touches. Every action goes through Qt's event system
(QTest clicks, key presses and mouse events), never by calling slots directly.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterable, Mapping

from forms.answers import Address, Answer, Entries, is_given, text_values
from forms.files import FileAnswer
from ui.fields import FieldWidget
from ui.file_field import FileInput
from ui.keyboard import OnScreenKeyboard
from ui.qt import (
    QApplication,
    QEvent,
    QKeyEvent,
    QKeySequence,
    QLineEdit,
    QMouseEvent,
    QPointF,
    QPushButton,
    Qt,
    QTest,
    QWidget,
)
from ui.screens.feedback import FeedbackPanel, FeedbackScreen
from ui.screens.identify import IdentifyScreen
from ui.screens.payment import PaymentScreen
from ui.screens.section import SectionScreen
from ui.screens.signature import SignatureScreen
from ui.window import KioskWindow
from ui.wrap_button import button_text

# Erika Mustermann is the name on the specimen German ID card.
SAMPLE_IDENTITY = {
    "family_name": "Mustermann",
    "given_names": "Erika",
    "birth_name": "Gabler",
    "date_of_birth": "12.08.1964",
    "place_of_birth": "Berlin",
}
SAMPLE_ADDRESS = {
    "street": "Heidestraße",
    "house_number": "17",
    "postal_code": "51147",
    "city": "Köln",
}


def wait_until(predicate: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Process events until ``predicate`` holds; False on timeout.

    Sleeps between rounds with ``time.sleep``, which lets go of Python's GIL.
    (``QTest.qWait`` keeps it while it waits: a background thread that needs the
    GIL after every system call — importing pyHanko on the storage thread, a
    chip read — then crawled, and the walkthrough timed out.)
    """
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        time.sleep(0.01)
    return True


def signature_strokes(width: float, height: float) -> list[list[tuple[float, float]]]:
    """A handwriting-like signature: a looping first stroke and a flourish."""
    strokes: list[list[tuple[float, float]]] = []
    mid = height * 0.55
    first = []
    for i in range(160):
        t = i / 159
        x = width * (0.12 + 0.5 * t) + 18 * math.cos(t * 26)
        y = mid - height * 0.22 * math.sin(t * 13) * (1 - 0.4 * t) + 10 * math.sin(t * 26)
        first.append((x, y))
    strokes.append(first)
    second = [(width * (0.6 + 0.25 * t), mid + height * 0.12 * math.sin(t * 9) - 30 * t)
              for t in (i / 59 for i in range(60))]
    strokes.append(second)
    strokes.append([(width * (0.14 + 0.7 * t), mid + height * 0.2 + 6 * math.sin(t * 5))
                    for t in (i / 39 for i in range(40))])
    return strokes


class JourneyDriver:
    def __init__(self, window: KioskWindow) -> None:
        self.window = window

    # -- primitives ----------------------------------------------------------
    def click(self, widget: QWidget) -> None:
        if not (widget.isVisible() and widget.isEnabled()):
            raise AssertionError(f"cannot click {widget.objectName() or widget!r}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def press(self, widget: QWidget) -> None:
        """The first half of a tap: the finger is down (the button looks pressed, and
        that frame is painted, as while a real finger rests on the glass)."""
        if not (widget.isVisible() and widget.isEnabled()):
            raise AssertionError(f"cannot press {widget.objectName() or widget!r}")
        QTest.mousePress(widget, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def release(self, widget: QWidget) -> None:
        """The second half: the finger lifts, and the button acts (``clicked``)."""
        QTest.mouseRelease(widget, Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def type_into(self, widget: QWidget, text: str) -> None:
        """Key presses with text, so umlauts and ß arrive as a keyboard sends them."""
        widget.setFocus()
        for char in text:
            key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))

    def tap_text(self, field: QLineEdit, text: str) -> None:
        """Touch the field and tap ``text`` on the on-screen keyboard, key by key (Shift,
        AltGr and the layout switch included), as a citizen at a touch screen does."""
        self.click(field)
        keyboard = self.window.keyboard
        if keyboard is None or not keyboard.isVisible():
            raise AssertionError("the on-screen keyboard did not come up")
        for char in text:
            self._tap_char(keyboard, char)

    def _tap_char(self, keyboard: OnScreenKeyboard, char: str) -> None:
        numbers = keyboard.number_page
        if keyboard.page is numbers:
            for btn in (*numbers.digit_buttons.values(), numbers.extra):
                if btn.isVisible() and btn.isEnabled() and btn.text() == char:
                    self.click(btn)
                    return
            self.click(numbers.letters)
        if char == " ":
            self.click(keyboard.letter_page.space)
            return
        for _layout in range(3):  # the layouts a citizen can switch between
            page = keyboard.letter_page
            for btn, key in page.keys:
                if char not in key.levels:
                    continue
                level = key.levels.index(char)
                if (level >= 2) != keyboard.altgr:
                    self.click(page.altgr)
                if (level % 2 == 1) != keyboard.shifted(key):
                    self.click(page.shift)
                    if (level % 2 == 1) != keyboard.shifted(key):  # Shift was locked
                        self.click(page.shift)
                self.click(btn)
                return
            self.click(page.switch)
        raise AssertionError(f"no key for {char!r} on the on-screen keyboard")

    def paste_into(self, widget: QWidget, text: str) -> None:
        """Ctrl+V from the clipboard: how control characters reach a field."""
        widget.setFocus()
        QApplication.clipboard().setText(text)
        QTest.keySequence(widget, QKeySequence.StandardKey.Paste)
        QApplication.clipboard().clear()

    def next(self) -> None:
        self.click(self.window.next_button)

    def switch_language(self, code: str) -> None:
        """The header's language button, then the language in the list."""
        self.click(self.window.header.language_button)
        self.click(self.window.language_chooser.languages[code])

    def cancel(self, *, feedback: tuple[int, str | None] | None = None) -> None:
        """'Cancel', and 'Yes, cancel and delete' where the kiosk asks; then the
        satisfaction question: a face and a reason (``feedback``), else 'Finish' unanswered."""
        self.click(self.window.cancel_button)
        question = self.window.cancel_question
        if question is not None and question.isVisible():
            self.click(question.yes)
        if self.screen == "feedback":
            screen = self.window.current_screen()
            assert isinstance(screen, FeedbackScreen)
            if feedback is not None:
                self.give_feedback(screen.panel, *feedback)
            self.click(screen.done)

    def give_feedback(self, panel: FeedbackPanel, score: int, reason: str | None) -> None:
        """Tap a face, then a reason (None: none, as a citizen who goes on)."""
        self.click(panel.faces[score])
        if reason is not None:
            self.click(panel.reasons[reason])

    @property
    def screen(self) -> str:
        return self.window.current_screen().step_name

    # -- journey steps -------------------------------------------------------
    def choose_language(self, code: str) -> None:
        self.click(self.window.welcome.language_buttons[code])

    def choose_service(self, service_id: str) -> None:
        self.click(self.window.services.tiles[service_id])

    def fill(self, values: Mapping[str, Answer]) -> None:
        screen = self.window.current_screen()
        assert isinstance(screen, SectionScreen), screen
        for field_id, value in values.items():
            self.fill_field(screen.fields[field_id], value)
        QApplication.processEvents()

    def fill_field(self, widget: FieldWidget, value: Answer) -> None:
        """Enter ``value`` as a citizen would: tap buttons, type, add group entries."""
        if widget.choice is not None:
            wanted = text_values(value)
            for option, btn in widget.choice.buttons.items():
                if (option in wanted) != btn.isChecked() and (option in wanted
                                                              or not btn.autoExclusive()):
                    self.click(btn)
        elif widget.group is not None and widget.group.fixed:
            _frame, subs, _remove, _title = widget.group.entries[0]
            parts = value.parts() if isinstance(value, Address) else {}
            for sub_id, sub_value in parts.items():
                self.fill_field(subs[sub_id], sub_value)
        elif widget.group is not None:
            for frame, *_rest in list(widget.group.entries):
                widget.group.remove_entry(frame)
            for item in value.items if isinstance(value, Entries) else ():
                self.click(widget.group.add_button)
                _frame, subs, _remove, _title = widget.group.entries[-1]
                for sub_id, entry_value in item.items():
                    self.fill_field(subs[sub_id], entry_value)
        elif widget.file is not None:
            self.hand_in_file(widget.file, value if isinstance(value, FileAnswer) else None)
        elif not isinstance(value, str):
            raise AssertionError(f"{widget.field.id} takes text, not {value!r}")
        elif widget.stepper is not None:
            edit = widget.stepper.edit
            edit.selectAll()
            self.type_into(edit, value)
        else:
            assert widget.line is not None
            widget.line.selectAll()
            QTest.keyClick(widget.line, Qt.Key.Key_Backspace)
            self.type_into(widget.line, value)
        QApplication.processEvents()

    def hand_in_file(self, field: FileInput, answer: FileAnswer | None) -> None:
        """A file as a citizen hands it in: scanned into the inbox and taken from there
        with the big button, or 'at the counter' (also where the terminal has no scanner)."""
        if answer is None or not is_given(answer):
            if is_given(field.value()) and field.remove_button.isVisible():
                self.click(field.remove_button)
            return
        if answer.at_counter or field.scanner is None or field.scanner.directory is None:
            if not field.counter_button.isChecked():
                self.click(field.counter_button)
            return
        path = field.scanner.directory / answer.name
        path.write_bytes(answer.data)
        finished = time.time() - 5  # the scanner finished writing a moment ago
        os.utime(path, (finished, finished))
        self.click(field.take_button)
        if not wait_until(lambda: not field.busy, 20):
            raise AssertionError("the scan was not read within 20 s")

    def read_chip(self, *, can: str | None = None,
                  passport: tuple[str, str, str] | None = None, timeout_s: float = 20,
                  before_read: Callable[[], None] | None = None) -> bool:
        """On the identify screen: choose the document, type its key, press 'Read the chip'.

        ``passport`` is (document number, date of birth, date of expiry) as the citizen
        types them (dates as DD.MM.YYYY). True once the fields are prefilled.
        """

        screen = self.window.current_screen()
        assert isinstance(screen, IdentifyScreen), screen
        # The card-reader thread starts after the first frame and reports the readers
        # when pcscd answers; on a busy machine that can take a few seconds.
        if not wait_until(lambda: screen.card_button.isVisible(), timeout_s):
            raise AssertionError(
                f"no card reader was reported within {timeout_s:.0f} s (readers: "
                f"{screen.readers.state!r}; card frame shown to screen: "
                f"{screen.card.isVisibleTo(screen)}; screen visible: {screen.isVisible()})")
        self.click(screen.card_button)
        panel = screen.access
        if can is not None:
            self.click(panel.id_button)
            for digit in can:
                self.click(panel.keys[digit])  # type: ignore[arg-type]
        else:
            assert passport is not None
            self.click(panel.passport_button)
            for edit, text in zip((panel.number_edit, panel.birth_edit, panel.expiry_edit),
                                  passport, strict=True):
                self.type_into(edit, text)
        before = screen.prefilled_at
        if before_read is not None:
            before_read()
        self.click(panel.read_button)
        return wait_until(lambda: screen.prefilled_at != before, timeout_s)

    def submit_from_identify(self, purpose: str = "employer") -> None:
        """From a filled identify screen: the sample address, a purpose, review, sign, submit."""
        self.next()
        self.fill(SAMPLE_ADDRESS)
        self.next()
        self.fill({"purpose": purpose})
        self.next()  # review
        self.next()  # signature
        self.sign()
        self.next()  # submit

    def pay(self, way: str = "counter", timeout_s: float = 30) -> PaymentScreen | None:
        """After 'Submit': on the payment screen, tap a way to pay ("counter", "card",
        "phone", "transfer"); None when the form has no fee (straight to the receipt)."""
        if not wait_until(lambda: self.screen in ("payment", "receipt", "signature")
                          and not self._saving(), timeout_s):
            raise AssertionError(f"no payment screen within {timeout_s:.0f} s")
        if self.screen != "payment":
            return None
        screen = self.window.current_screen()
        assert isinstance(screen, PaymentScreen)
        buttons = {"counter": screen.counter_button, "card": screen.card_button,
                   "phone": screen.phone_button, "transfer": screen.transfer_button}
        self.click(buttons[way])
        return screen

    def _saving(self) -> bool:
        screen = self.window.current_screen()
        return isinstance(screen, SignatureScreen) and screen.busy

    def errors(self) -> dict[str, str]:
        screen = self.window.current_screen()
        assert isinstance(screen, SectionScreen)
        return {fid: w.error.text() for fid, w in screen.fields.items() if w.error.isVisible()}

    def draw(self, strokes: Iterable[Iterable[tuple[float, float]]]) -> None:
        """Mouse strokes on the signature pad, as a person would draw them."""
        screen = self.window.current_screen()
        assert isinstance(screen, SignatureScreen)
        pad = screen.pad
        for stroke in strokes:
            points = list(stroke)
            self._mouse(pad, QEvent.Type.MouseButtonPress, points[0], Qt.MouseButton.LeftButton)
            for point in points[1:]:
                self._mouse(pad, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton)
            self._mouse(pad, QEvent.Type.MouseButtonRelease, points[-1], Qt.MouseButton.LeftButton)
        QApplication.processEvents()

    def sign(self) -> None:
        screen = self.window.current_screen()
        assert isinstance(screen, SignatureScreen)
        self.draw(signature_strokes(screen.pad.width(), screen.pad.height()))

    @staticmethod
    def _mouse(widget: QWidget, kind: QEvent.Type, point: tuple[float, float],
               button: Qt.MouseButton) -> None:
        local = QPointF(*point)
        held = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseButtonRelease else \
            Qt.MouseButton.NoButton
        event = QMouseEvent(kind, local, widget.mapToGlobal(local), button,
                            held, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(widget, event)

    def find_button(self, text: str) -> QPushButton:
        for btn in self.window.findChildren(QPushButton):
            if button_text(btn) == text and btn.isVisible():
                return btn
        raise LookupError(text)
