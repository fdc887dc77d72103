"""The on-screen keyboard: wherever a citizen enters text, at the kiosk and the tablet.

Part of the window, not a window of its own: it sits below the footer and the
screen above it shrinks, and the focused field is scrolled into view, so the
keyboard never covers what is being typed into. (Qt Virtual Keyboard, the
alternative, shows a second top-level window over the application — in cage,
the kiosk compositor, a second window takes the whole screen — follows neither
our style sheet nor the text size, and loading its plugin alone costs ~35 ms
and 7 MiB at start-up.)

The letter pages are each language's standard keyboard as XKB has it
(``ui.keyboard_layouts``); the citizen can switch between their language's, the German
and the English one (for a language not written in Latin letters the German page comes
first: a German form wants names as the passport spells them). A field's input-method
hints choose the page: digits for postcodes and numbers, digits with "." for dates,
with "+" for phone numbers, digits first with letters a tap away for house numbers.
Keys never take the focus: a tap sends the character to the focused field as a key
event, as a hardware keyboard would. Under ``onscreen_keyboard = "auto"`` the keyboard
comes up when a field gets the focus by touch, by mouse or because a screen opened on
it, not when it is reached with Tab, and it goes away when somebody types on a
hardware keyboard. It holds no text of its own; ``reset`` returns it to its first
state at the end of a session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from kiosk.base.catalogue import language_name
from kiosk.settings import KEYBOARD_MODES
from ui.input_watch import input_watch
from ui.keyboard_layouts import Key, Layout, layouts_for, load_layout
from ui.qt import (
    QApplication,
    QEvent,
    QFocusEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QKeyEvent,
    QLineEdit,
    QObject,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import button


def _numeric(hints: Qt.InputMethodHint) -> bool:
    """Hints that open the digits page (no ``Qt`` at import: ``ui.window`` imports this
    before the first frame)."""
    hint = Qt.InputMethodHint
    return bool(hints & (hint.ImhDigitsOnly | hint.ImhFormattedNumbersOnly
                         | hint.ImhDialableCharactersOnly | hint.ImhDate | hint.ImhPreferNumbers))


def _by_keyboard(reason: Qt.FocusReason | None) -> bool:
    """Focus that came with Tab: whoever uses Tab has a keyboard."""
    return reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


def _key_button(parent: QWidget, label: str = "", *, name: str = "oskKey") -> QPushButton:
    btn = button(label, name=name, parent=parent)  # a child from the start: never a window
    btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
    return btn


def takes_text(widget: QWidget | None) -> bool:
    """A field the on-screen keyboard types into (not one with a keypad of its own)."""
    return (isinstance(widget, QLineEdit) and not widget.isReadOnly()
            and not widget.property("ownKeypad"))


class _LetterPage(QWidget):
    """One layout's keys, with Shift, AltGr, Backspace, Enter, Space and the switches."""

    def __init__(self, layout: Layout, keyboard: OnScreenKeyboard, parent: QWidget) -> None:
        super().__init__(parent)  # never a window of its own, not even for a moment
        self.layout_data = layout
        self.keys: list[tuple[QPushButton, Key]] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(5)
        rows = [QHBoxLayout() for _ in range(5)]
        for row in rows:
            row.setSpacing(5)
            column.addLayout(row)
        self.shift = _key_button(self, "⇧", name="oskSpecial")
        self.shift.setCheckable(True)
        self.shift.clicked.connect(keyboard.toggle_shift)
        rows[3].addWidget(self.shift, 3)
        for index, keys in enumerate(layout.rows[:4]):
            for key in keys:
                btn = _key_button(self)
                btn.clicked.connect(lambda _c=False, k=key: keyboard.type_key(k))
                rows[index].addWidget(btn, 2)
                self.keys.append((btn, key))
        self.backspace = _key_button(self, "⌫", name="oskSpecial")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(keyboard.backspace)
        rows[0].addWidget(self.backspace, 3)
        self.enter = _key_button(self, "↵", name="oskSpecial")
        self.enter.clicked.connect(keyboard.enter)
        rows[2].addWidget(self.enter, 3)
        self.switch = _key_button(self, name="oskSpecial")
        self.switch.clicked.connect(keyboard.next_layout)
        rows[4].addWidget(self.switch, 4)
        self.altgr = _key_button(self, "AltGr", name="oskSpecial")
        self.altgr.setCheckable(True)
        self.altgr.clicked.connect(keyboard.toggle_altgr)
        self.altgr.setVisible(layout.has_altgr)
        rows[4].addWidget(self.altgr, 3)
        self.at = _key_button(self, "@")
        self.at.clicked.connect(lambda: keyboard.type_text("@"))
        rows[4].addWidget(self.at, 2)
        self.space = _key_button(self, name="oskSpecial")
        self.space.clicked.connect(lambda: keyboard.type_text(" "))
        rows[4].addWidget(self.space, 12)
        self.digits = _key_button(self, "123", name="oskSpecial")
        self.digits.clicked.connect(keyboard.show_numbers)
        rows[4].addWidget(self.digits, 3)
        self.hide_button = _key_button(self, "⌨", name="oskSpecial")
        self.hide_button.clicked.connect(keyboard.dismiss)
        rows[4].addWidget(self.hide_button, 3)

    def show_levels(self, shift: bool, altgr: bool, *, letters_only: bool = False) -> None:
        """The keys' characters at this level; ``letters_only``: Shift for the capital at
        the start of a field turns only the letters into capitals, digits stay digits."""
        for btn, key in self.keys:
            label = key.text(shift and not (letters_only and not key.cased), altgr)
            btn.setText(label.replace("&", "&&"))  # a button's & marks a shortcut
            btn.setAccessibleName(label)
            btn.setEnabled(bool(label))
        self.shift.setChecked(shift)
        self.altgr.setChecked(altgr)


class _NumberPage(QWidget):
    """Digits, with the one extra character the field needs and a way to letters."""

    def __init__(self, keyboard: OnScreenKeyboard, parent: QWidget) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(5)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("789456123"):
            btn = _key_button(self, digit)
            btn.clicked.connect(lambda _c=False, d=digit: keyboard.type_text(d))
            grid.addWidget(btn, index // 3, 1 + index % 3)
            self.digit_buttons[digit] = btn
        self.extra = _key_button(self)
        self.extra.clicked.connect(lambda: keyboard.type_text(self.extra.text()))
        grid.addWidget(self.extra, 3, 1)
        zero = _key_button(self, "0")
        zero.clicked.connect(lambda: keyboard.type_text("0"))
        grid.addWidget(zero, 3, 2)
        self.digit_buttons["0"] = zero
        self.backspace = _key_button(self, "⌫", name="oskSpecial")
        self.backspace.setAutoRepeat(True)
        self.backspace.clicked.connect(keyboard.backspace)
        grid.addWidget(self.backspace, 3, 3)
        self.letters = _key_button(self, "ABC", name="oskSpecial")
        self.letters.clicked.connect(keyboard.show_letters)
        grid.addWidget(self.letters, 0, 4)
        self.enter = _key_button(self, "↵", name="oskSpecial")
        self.enter.clicked.connect(keyboard.enter)
        grid.addWidget(self.enter, 1, 4)
        self.hide_button = _key_button(self, "⌨", name="oskSpecial")
        self.hide_button.clicked.connect(keyboard.dismiss)
        grid.addWidget(self.hide_button, 3, 4)
        for column in (0, 5):  # the pad in the middle, under the thumb
            grid.setColumnStretch(column, 3)
        for column in range(1, 5):
            grid.setColumnStretch(column, 2)

    def configure(self, hints: Qt.InputMethodHint) -> None:
        extra = ("." if hints & Qt.InputMethodHint.ImhDate
                 else "+" if hints & Qt.InputMethodHint.ImhDialableCharactersOnly
                 else "," if hints & Qt.InputMethodHint.ImhFormattedNumbersOnly else "")
        self.extra.setText(extra)
        self.extra.setAccessibleName(extra)
        self.extra.setEnabled(bool(extra))
        self.letters.setVisible(not hints & (Qt.InputMethodHint.ImhDigitsOnly
                                             | Qt.InputMethodHint.ImhFormattedNumbersOnly
                                             | Qt.InputMethodHint.ImhDialableCharactersOnly
                                             | Qt.InputMethodHint.ImhDate))


class OnScreenKeyboard(QFrame):
    """The keyboard below the footer; follows the focus (``follow``)."""

    shown = Signal(bool)  # it came up (True) or went (False)

    def __init__(self, mode: str = "auto", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("osk")
        # Keys stay where they are on the hardware, also when the screen is right-to-left.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.mode = mode if mode in KEYBOARD_MODES else "auto"
        self._pages = QStackedWidget()
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addWidget(self._pages)
        self._letters: dict[str, _LetterPage] = {}
        self._numbers = _NumberPage(self, self._pages)
        self._pages.addWidget(self._numbers)
        self._language = "de"
        self._layouts: tuple[str, ...] = layouts_for("de")
        self._layout_index = 0
        self.shift = self.caps = self.altgr = False
        self._auto = False  # the Shift is the field start's capital, not the citizen's tap
        self._target: QLineEdit | None = None
        self._reason: Qt.FocusReason | None = None
        self._reveal: Callable[[QWidget], None] = _scroll_into_view
        self.hide()
        self.retranslate()

    # -- following the focus ----------------------------------------------------
    def follow(self, app: QApplication) -> None:
        """Come up for the fields of this application's windows (see the module doc)."""
        watch = input_watch(app)
        watch.observe((QEvent.Type.FocusIn,), self._focus_in, self)
        watch.observe((QEvent.Type.MouseButtonRelease,), self._released, self)
        watch.observe((QEvent.Type.KeyPress,), self._key_pressed, self)
        app.focusChanged.connect(self._focus_changed)

    def _focus_in(self, _watched: QObject, event: QEvent) -> None:
        if isinstance(event, QFocusEvent):
            self._reason = event.reason()

    def _released(self, watched: QObject, _event: QEvent) -> None:
        if (self.mode != "off" and not self.isVisible() and isinstance(watched, QLineEdit)
                and takes_text(watched) and watched.window() is self.window()):
            self.show_for(watched)  # a tap on the field that has the focus already

    def _key_pressed(self, _watched: QObject, event: QEvent) -> None:
        if (isinstance(event, QKeyEvent) and event.spontaneous() and self.mode == "auto"
                and self.isVisible() and event.text().strip()):
            self.dismiss()  # somebody types on a hardware keyboard

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.mode == "off" or new is None or self.isAncestorOf(new):
            if new is None:
                self.dismiss()
            return
        if not takes_text(new) or new.window() is not self.window():
            self.dismiss()
            return
        if self.mode == "auto" and _by_keyboard(self._reason) and not self.isVisible():
            return  # reached with Tab: a hardware keyboard (the keyboard's own ↵ keeps it up)
        assert isinstance(new, QLineEdit)
        self.show_for(new)

    def show_for(self, field: QLineEdit) -> None:
        """Come up with the page the field's hints ask for; scroll it into view."""
        if self._target is not field:
            self._unwatch()
            field.textChanged.connect(self._text_changed)
        self._target = field
        hints = field.inputMethodHints()
        if _numeric(hints):
            self._numbers.configure(hints)
            self._pages.setCurrentWidget(self._numbers)
        else:
            self._show_letter_page(at_key=bool(hints & Qt.InputMethodHint.ImhEmailCharactersOnly))
        self._auto_shift()
        self.show()
        # With the field as context: dropped if the field goes first (its entry removed).
        QTimer.singleShot(0, field, lambda: self._reveal(field))

    def dismiss(self) -> None:
        self.hide()
        self._unwatch()

    def _unwatch(self) -> None:
        target, self._target = self._target, None
        if target is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # its screen is gone already
                target.textChanged.disconnect(self._text_changed)

    def _text_changed(self, _text: str) -> None:
        """Text that came another way (a hardware key, the chip) ends the start capital."""
        if self._auto or not _text:
            self._auto_shift()

    def setVisible(self, visible: bool) -> None:  # Qt's name
        changed = visible != self.isVisible()
        super().setVisible(visible)
        if changed:
            self.shown.emit(visible)

    # -- state ------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """The citizen's language decides the first layout (and the others offered)."""
        if language != self._language:
            self._language = language
            self._layouts = layouts_for(language)
            self._layout_index = 0
            if self.isVisible() and self._pages.currentWidget() is not self._numbers:
                self._show_letter_page()

    def reset(self, language: str) -> None:
        """The session ended: hidden, no Shift, the terminal's language's layout."""
        self.dismiss()
        self.shift = self.caps = self.altgr = self._auto = False
        self.set_language(language)
        self._layout_index = 0

    @property
    def layout_language(self) -> str:
        return self._layouts[self._layout_index]

    @property
    def page(self) -> QWidget | None:
        """The page shown now: a layout's letters (``letter_page``) or the digits."""
        return self._pages.currentWidget()

    @property
    def letter_page(self) -> _LetterPage:
        return self._page()

    @property
    def number_page(self) -> _NumberPage:
        return self._numbers

    def _page(self) -> _LetterPage:
        name = self.layout_language
        page = self._letters.get(name)
        if page is None:
            page = self._letters[name] = _LetterPage(load_layout(name), self, self._pages)
            self._pages.addWidget(page)
            self._name_keys(page)
        return page

    def _show_letter_page(self, *, at_key: bool | None = None) -> None:
        page = self._page()
        if at_key is not None:
            page.at.setVisible(at_key)
        page.digits.setVisible(self._target is not None and bool(
            self._target.inputMethodHints() & Qt.InputMethodHint.ImhPreferNumbers))
        if not page.layout_data.has_altgr:
            self.altgr = False
        self._label_switch(page)  # the layout that follows depends on the language now
        self._pages.setCurrentWidget(page)
        self._refresh()

    def _label_switch(self, page: _LetterPage) -> None:
        if page.layout_data.language not in self._layouts:
            return  # a page kept from another language's session: labelled when shown again
        following = self._layouts[(self._layouts.index(page.layout_data.language) + 1)
                                  % len(self._layouts)]
        name = language_name(following)
        page.switch.setText(name)
        page.switch.setAccessibleName(self.tr("Keyboard: {language}").replace(
            "{language}", name))
        page.switch.setVisible(len(self._layouts) > 1)

    def _auto_shift(self) -> None:
        """A capital at the start of a field (names, streets), unless the field says no."""
        target = self._target
        if target is None or self.caps:
            return
        hints = target.inputMethodHints()
        no_capital = (Qt.InputMethodHint.ImhNoAutoUppercase
                      | Qt.InputMethodHint.ImhEmailCharactersOnly
                      | Qt.InputMethodHint.ImhLowercaseOnly)
        letters = self._pages.currentWidget() is not self._numbers
        self.shift = self._auto = (not target.text() and not hints & no_capital
                                   and letters and self._page().layout_data.cased)
        if letters:
            self._refresh()

    def _refresh(self) -> None:
        self._page().show_levels(self.shift or self.caps, self.altgr,
                                 letters_only=self._auto and not self.caps)

    # -- keys -------------------------------------------------------------------
    def shifted(self, key: Key) -> bool:
        """Whether a tap on ``key`` now types its Shift character."""
        return (self.shift or self.caps) and not (self._auto and not key.cased)

    def type_key(self, key: Key) -> None:
        self.type_text(key.text(self.shifted(key), self.altgr))
        if self.shift and not self.caps:
            self.shift = self._auto = False
            self._refresh()

    def type_text(self, text: str) -> None:
        if text:
            self._send(Qt.Key.Key_unknown, text)

    def backspace(self) -> None:
        self._send(Qt.Key.Key_Backspace, "")
        self._auto_shift()

    def enter(self) -> None:
        """To the next field, as Tab does (the field checks its value on leaving)."""
        self._send(Qt.Key.Key_Tab, "\t")

    def toggle_shift(self) -> None:
        """Shift for one character; a second tap right after locks capitals."""
        if self.caps:
            self.caps = self.shift = False
        elif self.shift and not self._auto:
            self.caps = True
        elif self._auto:
            self.shift = False  # the citizen wants a small letter at the start
        else:
            self.shift = True
        self._auto = False
        self._refresh()

    def toggle_altgr(self) -> None:
        self.altgr = not self.altgr
        self._refresh()

    def next_layout(self) -> None:
        self._layout_index = (self._layout_index + 1) % len(self._layouts)
        self._show_letter_page()

    def show_numbers(self) -> None:
        if self._target is not None:
            self._numbers.configure(self._target.inputMethodHints())
        self._pages.setCurrentWidget(self._numbers)

    def show_letters(self) -> None:
        self._show_letter_page()

    def _send(self, key: Qt.Key, text: str) -> None:
        target = QApplication.focusWidget()
        if not takes_text(target):
            return
        assert target is not None
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key,
                                                     Qt.KeyboardModifier.NoModifier, text))

    # -- texts ------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for page in self._letters.values():
            self._name_keys(page)
        numbers = self._numbers
        numbers.backspace.setAccessibleName(self.tr("Delete the last character"))
        numbers.enter.setAccessibleName(self.tr("Next field"))
        numbers.letters.setAccessibleName(self.tr("Letters"))
        numbers.hide_button.setAccessibleName(self.tr("Hide the keyboard"))


    def _name_keys(self, page: _LetterPage) -> None:
        page.shift.setAccessibleName(self.tr("Shift: capital letter"))
        page.altgr.setAccessibleName(self.tr("More characters (AltGr)"))
        page.backspace.setAccessibleName(self.tr("Delete the last character"))
        page.enter.setAccessibleName(self.tr("Next field"))
        page.space.setAccessibleName(self.tr("Space"))
        page.digits.setAccessibleName(self.tr("Digits"))
        page.hide_button.setAccessibleName(self.tr("Hide the keyboard"))
        page.at.setAccessibleName("@")
        self._label_switch(page)


def _scroll_into_view(field: QWidget) -> None:
    """Scroll the nearest scroll area so that the field, and where it fits the label
    and help around it, is in sight."""
    area = field.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if not isinstance(area, QScrollArea):
        return
    around = field.parentWidget()
    if around is not None and around is not area.widget() \
            and around.height() <= area.viewport().height():
        area.ensureWidgetVisible(around, 0, 8)
    area.ensureWidgetVisible(field, 24, 24)
