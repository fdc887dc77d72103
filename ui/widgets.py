"""Reusable kiosk widgets: buttons sized for fingers and labels.

Both are on the first frame's path: they set Qt enum values as properties from
plain numbers, so building them does not touch ``Qt`` (see ``ui.qt``).
"""

from __future__ import annotations

from ui.qt import (
    PLAIN_TEXT,
    QLabel,
    QPushButton,
    QWidget,
)


def button(text: str = "", *, name: str = "", wrap: bool = False,
           parent: QWidget | None = None) -> QPushButton:
    """A push button; it takes focus by Tab and by click (QPushButton's StrongFocus).
    With ``wrap`` its text wraps to the width it gets (choices, languages at 200 %)."""
    if wrap:
        # Its style types (QStyle and kin, ~15 ms to build) load with the first screen
        # that wraps a button, not on the first frame.
        from ui.wrap_button import WrapButton

        btn: QPushButton = WrapButton(text, parent)
    else:
        # Without a parent by the one-argument constructor: the two-argument call makes
        # PySide weigh QPushButton(QIcon, str), which builds QIcon's 150 enum values.
        btn = QPushButton(text) if parent is None else QPushButton(text, parent)
    if name:
        btn.setObjectName(name)
    return btn


def label(text: str = "", *, name: str = "", wrap: bool = True,
          parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as plain text, never as markup (citizen data goes here)."""
    lbl = QLabel(text, parent)
    if name:
        lbl.setObjectName(name)
    lbl.setWordWrap(wrap)
    lbl.setProperty("textFormat", PLAIN_TEXT)
    return lbl
