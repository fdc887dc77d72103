"""Reusable kiosk widgets: buttons sized for fingers and labels."""

from __future__ import annotations

from ui.qt import QLabel, QPushButton, Qt, QWidget


def button(text: str = "", *, name: str = "", parent: QWidget | None = None) -> QPushButton:
    btn = QPushButton(text, parent)
    if name:
        btn.setObjectName(name)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    btn.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return btn


def label(text: str = "", *, name: str = "", wrap: bool = True,
          parent: QWidget | None = None) -> QLabel:
    lbl = QLabel(text, parent)
    if name:
        lbl.setObjectName(name)
    lbl.setWordWrap(wrap)
    lbl.setTextFormat(Qt.TextFormat.PlainText)
    return lbl
