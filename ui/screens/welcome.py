"""Welcome: the office greets the citizen, who starts by choosing a language."""

from __future__ import annotations

from kiosk.settings import Settings
from ui.qt import QHBoxLayout, Qt, QWidget, Signal
from ui.screens.base import Screen, page_layout
from ui.widgets import button, label

# Each language is offered in its own name, never translated.
LANGUAGE_NAMES = {"de": "Deutsch", "en": "English"}


class WelcomeScreen(Screen):
    step_name = "welcome"
    shows_back = False
    shows_cancel = False
    languageChosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        layout = page_layout(self)
        layout.addStretch(2)
        self.heading = label(name="heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sub = label(name="subheading")
        self.sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.heading)
        layout.addWidget(self.sub)
        layout.addSpacing(36)
        row = QHBoxLayout()
        row.addStretch(1)
        self.language_buttons = {}
        for code in settings.languages:
            btn = button(LANGUAGE_NAMES[code], name="language")
            btn.setObjectName("language")
            btn.setProperty("lang", code)
            btn.clicked.connect(lambda _c=False, code=code: self.languageChosen.emit(code))
            row.addWidget(btn)
            row.addSpacing(24)
            self.language_buttons[code] = btn
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.hint = label(name="fieldHelp")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        # Both languages at once: the citizen has not chosen yet.
        office = self._settings.office_name
        self.heading.setText(f"Willkommen im {office}\nWelcome to the {office}")
        self.sub.setText("Bitte wählen Sie Ihre Sprache\nPlease choose your language")
        self.hint.setText(
            "Ihre Daten werden nach dem Vorgang von diesem Gerät gelöscht.\n"
            "Your data is removed from this terminal when you are done."
        )

    def wipe(self) -> None:
        """Nothing of a citizen is shown here."""
