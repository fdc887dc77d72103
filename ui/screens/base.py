"""What every screen shares: re-translation on language change, footer wishes."""

from __future__ import annotations

from ui.qt import QEvent, QScrollArea, Qt, QVBoxLayout, QWidget


class Screen(QWidget):
    """A full-window page of the journey."""

    # Name used for screenshots and journey logs.
    step_name = "screen"
    # Whether the footer shows 'Back' / 'Cancel' / 'Next'.
    shows_back = True
    shows_cancel = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def next_label(self) -> str | None:
        """Text of the footer's primary button, or None to hide it."""
        return None

    def accept(self) -> bool:
        """Validate and keep the input; True to move on."""
        return True

    def entered(self) -> None:
        """Called each time the screen becomes the current one."""


def scrolling(body: QWidget) -> QScrollArea:
    """Wrap a tall body so a long form scrolls by finger instead of clipping."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    body.setObjectName("scrollBody")
    area.setWidget(body)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(56, 32, 56, 24)
    layout.setSpacing(18)
    return layout
