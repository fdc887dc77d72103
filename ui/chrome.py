"""The kiosk's frame around every screen: the header and the footer.

The header shows the office, the step ("Step 2 of 6"), on every screen the
text size (A− A+), contrast and help buttons (not on the counter tablet) and, during a session, the
language button (the current language, named in itself; it opens the list of
all); the footer holds Back, Cancel and the screen's primary button.
Both only show: the window decides what happens on a click.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.base.catalogue import language_name
from ui.qt import QFrame, QHBoxLayout, QWidget, Signal
from ui.widgets import button, label


class Header(QFrame):
    languageMenu = Signal()  # the citizen wants another language (ui.overlay.LanguageChooser)
    smallerText = Signal()
    largerText = Signal()
    contrastChosen = Signal(bool)  # high contrast on (True) or off
    helpRequested = Signal()

    def __init__(self, office: str, languages: Sequence[str], *, tools: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 10, 32, 10)
        self.office = label(office, name="officeName", wrap=False)
        row.addWidget(self.office)
        row.addStretch(1)
        self.progress = label(name="progress", wrap=False)
        row.addWidget(self.progress)
        row.addSpacing(24)
        self.smaller = button("A−", name="headerTool")
        self.smaller.clicked.connect(self.smallerText.emit)
        self.larger = button("A+", name="headerTool")
        self.larger.clicked.connect(self.largerText.emit)
        self.contrast = button("◐", name="headerTool")
        self.contrast.setCheckable(True)
        self.contrast.clicked.connect(self.contrastChosen.emit)
        self.help = button(name="headerTool")
        self.help.clicked.connect(self.helpRequested.emit)
        for tool in (self.smaller, self.larger, self.contrast, self.help):
            row.addWidget(tool)
            tool.setVisible(tools)  # the counter tablet has none of them
        row.addSpacing(16)
        # One button names the current language (in itself); it opens the list of all.
        self.language_button = button(name="headerLanguage")
        self.language_button.clicked.connect(self.languageMenu.emit)
        row.addWidget(self.language_button)
        self._several_languages = len(languages) > 1
        self.language_button.setVisible(False)

    def show_state(self, *, step: tuple[int, int], language: str, in_session: bool,
                   text_scale: float = 1.0, high_contrast: bool = False,
                   can_grow: bool = True, can_shrink: bool = False) -> None:
        current, total = step
        self.help.setText(self.tr("Help"))
        self.help.setAccessibleName(self.tr("Help: call a member of staff"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.larger.setAccessibleName(
            self.tr("Larger text (now {percent} %)").replace(
                "{percent}", str(round(text_scale * 100))))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self.contrast.setChecked(high_contrast)
        self.larger.setEnabled(can_grow)
        self.smaller.setEnabled(can_shrink)
        self.progress.setText(
            self.tr("Step {current} of {total}").replace("{current}", str(current))
            .replace("{total}", str(total)) if current else "")
        name = language_name(language)
        self.language_button.setText(name)
        self.language_button.setAccessibleName(
            self.tr("Language: {language}. Choose another language").replace("{language}", name))
        self.language_button.setVisible(in_session and self._several_languages)


class Footer(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("footer")
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 14, 32, 14)
        self.back_button = button()
        self.cancel_button = button()
        self.next_button = button(name="primary")
        row.addWidget(self.back_button)
        row.addSpacing(40)  # apart from 'Back': 'Cancel' ends the application (it asks first)
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
        # No empty strip at the bottom: a screen without any of them has the room.
        self.setVisible(back or cancel or next_text is not None)
