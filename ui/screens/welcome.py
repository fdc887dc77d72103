"""Welcome: the office greets the citizen, who starts by choosing a language.

Nobody has chosen a language yet: the greeting stands in the terminal's default
language and in English, and each language button names its language in itself.
All of it comes from the catalogue.
"""

from __future__ import annotations

from kiosk.base.catalogue import text
from kiosk.base.i18n import N_, Message
from kiosk.settings import Settings
from ui.qt import ALIGN_CENTER, CLICK_FOCUS, QHBoxLayout, QWidget, Signal
from ui.screens.base import Screen, page_layout
from ui.widgets import button, label

#: The name of this language, written in this language (Deutsch, Türkçe, …).
LANGUAGE_NAME = N_("Language", "English")
WELCOME = N_("Welcome", "Welcome to the {office}")
CHOOSE = N_("Welcome", "Please choose your language")
PRIVACY = N_("Welcome", "Your data is removed from this terminal when you are done.")
READ_ALOUD = N_("Welcome", "Read aloud")


class WelcomeScreen(Screen):
    step_name = "welcome"
    shows_back = False
    shows_cancel = False
    languageChosen = Signal(str)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The screen itself holds the focus at rest (Tab passes it by): no language looks
        # chosen before a citizen chose one; Tab goes on to the first language.
        self.setProperty("focusPolicy", CLICK_FOCUS)
        self._settings = settings
        greeting = [settings.default_language, "en"]
        self._greeting_languages = list(dict.fromkeys(greeting))
        layout = page_layout(self)
        layout.addStretch(2)
        self.heading = label(name="heading")
        self.heading.setProperty("alignment", ALIGN_CENTER)
        self.sub = label(name="subheading")
        self.sub.setProperty("alignment", ALIGN_CENTER)
        layout.addWidget(self.heading)
        layout.addWidget(self.sub)
        layout.addSpacing(36)
        row = QHBoxLayout()
        row.addStretch(1)
        self.language_buttons = {}
        for code in settings.languages:
            btn = button(text(LANGUAGE_NAME, code), name="language")
            btn.setObjectName("language")
            btn.setProperty("lang", code)
            btn.clicked.connect(lambda _c=False, code=code: self.languageChosen.emit(code))
            row.addWidget(btn)
            row.addSpacing(24)
            self.language_buttons[code] = btn
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(24)
        # Voice output (ui/voice.py turns it on and off; "speech_output" may switch it off).
        self.voice_button = button(name="voice")
        self.voice_button.setCheckable(True)
        voice_row = QHBoxLayout()
        voice_row.addStretch(1)
        voice_row.addWidget(self.voice_button)
        voice_row.addStretch(1)
        layout.addLayout(voice_row)
        self.voice_button.setVisible(settings.speech_output != "off")  # a child by now
        layout.addStretch(1)
        self.hint = label(name="fieldHelp")
        self.hint.setProperty("alignment", ALIGN_CENTER)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.retranslate()

    def entered(self) -> None:
        self.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(self._lines(WELCOME.format(office=self._settings.office_name)))
        self.sub.setText(self._lines(CHOOSE))
        self.hint.setText(self._lines(PRIVACY))
        self.voice_button.setText(" · ".join(text(READ_ALOUD, language)
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
