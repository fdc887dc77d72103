"""The kiosk's frame around every screen: the header and the footer.

The header shows the office, the step ("Step 2 of 6") and, during a session,
the language buttons; the footer holds Back, Cancel and the screen's primary
button. Both only show: the window decides what happens on a click.
"""

from __future__ import annotations

from collections.abc import Sequence

from ui.qt import QFrame, QHBoxLayout, QPushButton, QWidget, Signal
from ui.widgets import button, label


class Header(QFrame):
    languageChosen = Signal(str)

    def __init__(self, office: str, languages: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setFixedHeight(72)  # the same on every screen, language buttons or not
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 10, 32, 10)
        self.office = label(office, name="officeName", wrap=False)
        row.addWidget(self.office)
        row.addStretch(1)
        self.progress = label(name="progress", wrap=False)
        row.addWidget(self.progress)
        row.addSpacing(24)
        self.languages: dict[str, QPushButton] = {}
        for code in languages:
            btn = button(code.upper(), name="headerLanguage")
            btn.setCheckable(True)
            btn.clicked.connect(lambda _c=False, code=code: self.languageChosen.emit(code))
            row.addWidget(btn)
            self.languages[code] = btn

    def show_state(self, *, step: tuple[int, int], language: str, in_session: bool) -> None:
        current, total = step
        self.progress.setText(
            self.tr("Step {current} of {total}").replace("{current}", str(current))
            .replace("{total}", str(total)) if current else "")
        for code, btn in self.languages.items():
            btn.setVisible(in_session)
            btn.setChecked(code == language)


class Footer(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footer")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 14, 32, 14)
        self.back_button = button()
        self.cancel_button = button()
        self.next_button = button(name="primary")
        self.next_button.setMinimumWidth(280)
        row.addWidget(self.back_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.next_button)

    def set_compact(self, compact: bool) -> None:
        """Lower buttons while the on-screen keyboard is up, so the screen keeps its room."""
        if bool(self.property("compact")) == compact:
            return
        self.setProperty("compact", compact)
        for widget in (self, self.back_button, self.cancel_button, self.next_button):
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def show_state(self, *, back: bool, cancel: bool, next_text: str | None) -> None:
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.back_button.setVisible(back)
        self.cancel_button.setVisible(cancel)
        self.next_button.setVisible(next_text is not None)
        self.next_button.setText(next_text or "")
