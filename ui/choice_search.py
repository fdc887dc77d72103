"""Type to filter a long list of choice buttons (a FIM code list of 197 states).

A choice with more than ``SEARCH_THRESHOLD`` options would be a wall of buttons
thousands of pixels tall. ``ChoiceSearch`` sits above them: a search line (the
on-screen keyboard opens on it like on any text field) and, below the buttons, how
many options the search leaves out. Only options whose label contains every typed
word are shown — letters compared without case and accents ("osterreich" finds
"Österreich") — at most ``SHOWN`` of them; a chosen option is always shown.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Final

from ui.qt import QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from ui.widgets import label

SEARCH_THRESHOLD: Final = 30
SHOWN: Final = 12


def folded(text: str) -> str:
    """``text`` as the search compares it: lower case, without accents, ß as ss."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("ß", "ss"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class ChoiceSearch(QWidget):
    """The search line of a long choice; ``buttons`` are the choice's, by value."""

    def __init__(self, buttons: Mapping[str, QPushButton],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setObjectName("choiceSearch")
        self.line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.line.textChanged.connect(lambda _text: self.apply())
        layout.addWidget(self.line)
        self.more = label(name="fieldHelp")  # placed below the buttons by the choice
        for button in buttons.values():
            button.toggled.connect(lambda _checked: self.apply())
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setPlaceholderText(self.tr("Type to search the list"))
        self.line.setAccessibleName(self.tr("Type to search the list"))
        self.apply()

    def apply(self) -> None:
        """Show the options the typed words match (at most ``SHOWN``) and the chosen ones."""
        words = folded(self.line.text()).split()
        shown = 0
        left_out = 0
        for button in self.buttons.values():
            matches = all(word in folded(button.text()) for word in words)
            visible = button.isChecked() or (matches and shown < SHOWN)
            if matches and not button.isChecked():
                shown += visible
                left_out += not visible
            button.setVisible(visible)
        self.more.setText(self.tr("{count} more: type more letters to narrow the list")
                          .replace("{count}", str(left_out)) if left_out else
                          self.tr("Nothing found: type fewer letters") if not shown and words
                          else "")
        self.more.setVisible(bool(self.more.text()))
