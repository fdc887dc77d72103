"""Welcome: the office greets the citizen, who starts by choosing a language.

Nobody has chosen a language yet: the greeting stands in the terminal's default
language and in English, and each language button names its language in itself.
All of it comes from the catalogue.
"""

from __future__ import annotations

from kiosk.base.catalogue import language_name, text
from kiosk.base.i18n import N_, Message
from kiosk.settings import Settings
from ui.qt import ALIGN_CENTER, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget, Signal
from ui.screens.base import Screen, page_layout, scrolling
from ui.widgets import button, label

WELCOME = N_("Welcome", "Welcome to the {office}")
CHOOSE = N_("Welcome", "Please choose your language")
# What is true of the citizen's data (kiosk.settings: retention_days; sync.worker erases it).
PRIVACY = N_("Welcome", "When you are done, nothing of yours is left to see on this terminal. "
             "Your application is kept here encrypted until the office has it, then erased.")
PRIVACY_RETAINED = N_("Welcome", "When you are done, nothing of yours is left to see on this "
                      "terminal. Your application is kept here encrypted and erased {days} days "
                      "after the office has it.")
READ_ALOUD = N_("Welcome", "Read aloud")
CHECK_IN = N_("Welcome", "Check in for an appointment")


class WelcomeScreen(Screen):
    step_name = "welcome"
    shows_back = False
    shows_cancel = False
    languageChosen = Signal(str)
    checkInChosen = Signal()  # ui.checkin: appointment check-in and waiting tickets

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        greeting = [settings.default_language, "en"]
        self._greeting_languages = list(dict.fromkeys(greeting))
        # In a scroll area: nine languages at 200 % text do not fit on one screen.
        body = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        layout = page_layout(body)
        layout.setContentsMargins(56, 18, 56, 12)
        layout.setSpacing(10)
        layout.addStretch(2)
        self.heading = label(name="heading")
        self.heading.setProperty("alignment", ALIGN_CENTER)
        self.sub = label(name="subheading")
        self.sub.setProperty("alignment", ALIGN_CENTER)
        layout.addWidget(self.heading)
        layout.addWidget(self.sub)
        layout.addSpacing(20)
        # Every language at once, each named in itself: a row for a few, else three columns.
        grid = self._grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        self.language_buttons = {}
        for code in settings.languages:
            btn = button(language_name(code), name="language")
            btn.setProperty("lang", code)
            btn.clicked.connect(lambda _c=False, code=code: self.languageChosen.emit(code))
            self.language_buttons[code] = btn
        self._columns = 0
        self.fit_text_scale(1.0)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid, 10)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(12)
        # Voice output (ui/voice.py turns it on and off; "speech_output" may switch it off).
        self.voice_button = button(name="voice")
        self.voice_button.setCheckable(True)
        voice_row = QHBoxLayout()
        voice_row.addStretch(1)
        voice_row.addWidget(self.voice_button)
        voice_row.addStretch(1)
        layout.addLayout(voice_row)
        self.voice_button.setVisible(settings.speech_output != "off")  # a child by now
        self.checkin_button = button(name="choice")
        self.checkin_button.clicked.connect(self.checkInChosen.emit)
        voice_row.insertWidget(1, self.checkin_button)
        self.checkin_button.setVisible(bool(settings.appointment_url))
        layout.addStretch(1)
        self.hint = label(name="fieldHelp")
        self.hint.setProperty("alignment", ALIGN_CENTER)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def fit_text_scale(self, scale: float) -> None:
        """A row for a few languages, else three columns; two from 150 % text on (a
        language's name is one word and cannot wrap)."""
        count = len(self.language_buttons)
        columns = count if count <= 4 and scale < 1.5 else (3 if scale < 1.5 else 2)
        if columns == self._columns:
            return
        self._columns = columns
        for index, btn in enumerate(self.language_buttons.values()):
            self._grid.removeWidget(btn)
            self._grid.addWidget(btn, index // columns, index % columns)

    def retranslate(self) -> None:
        self.heading.setText(self._lines(WELCOME.format(office=self._settings.office_name)))
        self.sub.setText(self._lines(CHOOSE))
        days = self._settings.retention_days
        self.hint.setText(self._lines(PRIVACY_RETAINED.format(days=days) if days else PRIVACY))
        self.voice_button.setText(" · ".join(text(READ_ALOUD, language)
                                             for language in self._greeting_languages))
        self.checkin_button.setText(" · ".join(text(CHECK_IN, language)
                                               for language in self._greeting_languages))

    @property
    def greeting_languages(self) -> list[str]:
        """The languages the greeting stands in, one line each (the voice reads each)."""
        return list(self._greeting_languages)

    def _lines(self, message: Message) -> str:
        """``message`` once in each greeting language, a line each."""
        return "\n".join(text(message, language) for language in self._greeting_languages)

    def wipe(self) -> None:
        """Nothing of a citizen is shown here."""
