"""A full-window veil with a panel: a question, one line of detail, buttons.

The idle warning, the 'Cancel?' question, the language list and the help notice
are overlays.
While one shows, what is behind it is veiled: the focus stays on its buttons
(the window's Tab order asks :func:`visible_overlay`), and the last button — the
safe answer — has it first.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.base.catalogue import language_name
from kiosk.base.i18n import N_, Message
from ui.i18n import translate
from ui.qt import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import button, label


class Overlay(QWidget):
    """``buttons`` are object names (style), left to right; the last one is the default."""

    def __init__(self, parent: QWidget, *buttons: str) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#overlay { background: rgba(10, 20, 40, 170); }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()  # stretches, not an alignment: the wrapped text gets its height
        panel = QFrame()
        panel.setObjectName("warningPanel")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(36, 28, 36, 28)
        inner.setSpacing(20)
        self.text = label(name="warningText")
        self.detail = label(name="subheading")
        inner.addWidget(self.text)
        inner.addWidget(self.detail)
        self.content = QVBoxLayout()  # what a kind of overlay shows between text and buttons
        inner.addLayout(self.content)
        self.buttons = [button(name=name) for name in buttons]
        answers = QHBoxLayout()
        answers.setSpacing(32)  # apart: the safe answer is not hit by mistake
        answers.addStretch(1)
        for widget in self.buttons:
            answers.addWidget(widget)
        inner.addLayout(answers)
        row.addStretch(1)
        row.addWidget(panel, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._keep_focus)

    def _keep_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and new is not None and not self.isAncestorOf(new):
            self.buttons[-1].setFocus()

    def present(self) -> None:
        """Over the whole window, on top, the default answer focused."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.buttons[-1].setFocus()


def visible_overlay(root: QWidget) -> Overlay | None:
    """The overlay showing over ``root``, if any (the topmost one)."""
    shown = [child for child in root.findChildren(Overlay) if child.isVisible()]
    return shown[-1] if shown else None


class CancelQuestion(Overlay):
    """'Cancel the application?' before 'Cancel' wipes what the citizen entered."""

    answered = Signal(bool)  # True: cancel and delete; False: go on

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "", "primary")  # the safe answer is the default
        self.yes, self.no = self.buttons
        self.yes.clicked.connect(lambda: self._answer(True))
        self.no.clicked.connect(lambda: self._answer(False))

    def ask(self) -> None:
        self.text.setText(translate(N_("Cancel", "Cancel the application?")))
        self.detail.setText(translate(N_(
            "Cancel", "Everything you entered is deleted, and the terminal starts again "
            "for the next person.")))
        self.yes.setText(translate(N_("Cancel", "Yes, cancel and delete")))
        self.no.setText(translate(N_("Cancel", "No, continue")))
        self.present()

    def _answer(self, cancel: bool) -> None:
        self.hide()
        self.answered.emit(cancel)


class LanguageChooser(Overlay):
    """Every offered language, each named in itself; the header's language button opens it."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget, languages: Sequence[str]) -> None:
        super().__init__(parent, "")
        self.close_button = self.buttons[0]
        self.close_button.clicked.connect(self.hide)
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(14)
        columns = min(3, max(1, len(languages)))
        self.languages: dict[str, QPushButton] = {}
        for index, code in enumerate(languages):
            btn = button(language_name(code), name="choice", wrap=True)
            btn.setCheckable(True)
            btn.setProperty("lang", code)
            btn.clicked.connect(lambda _c=False, code=code: self._choose(code))
            grid.addWidget(btn, index // columns, index % columns)
            self.languages[code] = btn
        self.content.addLayout(grid)

    def ask(self, current: str) -> None:
        self.text.setText(translate(N_("Language", "Choose your language")))
        self.detail.setText(translate(N_("Language", "What you entered stays.")))
        self.close_button.setText(translate(N_("Language", "Close")))
        for code, btn in self.languages.items():
            btn.setChecked(code == current)
        self.present()

    def _choose(self, code: str) -> None:
        self.hide()
        self.chosen.emit(code)


HELP_CALLING = N_("Help", "Staff are being called…")
HELP_CALLED = N_("Help", "Staff have been told. Someone will come to you. Please wait here: "
                 "what you entered stays.")
HELP_ASK = N_("Help", "Please ask at the counter. What you entered stays.")


class HelpNotice(Overlay):
    """What 'Help' did: staff called (or being called), or where to ask."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "primary")
        self.ok = self.buttons[0]
        self.ok.clicked.connect(self.hide)

    def tell(self, message: Message) -> None:
        self.text.setText(translate(N_("Help", "Help")))
        self.detail.setText(translate(message))
        self.ok.setText(translate(N_("Help", "OK")))
        if not self.isVisible():
            self.present()
