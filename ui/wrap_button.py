"""A push button whose text wraps (QPushButton's never does): long choices, payment
options and languages at 200 % text stay whole (``ui.widgets.button(wrap=True)``)."""

from __future__ import annotations

from ui.qt import (
    QEvent,
    QPushButton,
    QRect,
    QResizeEvent,
    QShowEvent,
    QSize,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


def button_text(btn: QPushButton) -> str:
    """A button's text as it was given (a wrapping button shows it with line breaks)."""
    return btn.full_text() if isinstance(btn, WrapButton) else btn.text()


class WrapButton(QPushButton):
    """A push button whose text wraps at spaces to the width it is given (QPushButton's
    never does: a long choice or a language's name at 200 % text would be cut off).

    The button shows its text with line breaks put in where the width ends, so the
    style sheet's look (font, colours, checked state) stays the button's own;
    ``text()`` is what it shows, ``full_text()`` what it was given. Its height follows
    its width (``heightForWidth``), so layouts make room for the extra lines."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # Qt's name
        self._full = text
        self._rewrap(self.width())
        self.updateGeometry()

    # -- sizes: as wide as the unbroken text likes, as narrow as its longest word ---------
    def sizeHint(self) -> QSize:  # Qt's name
        width = self._chrome_width() + self._widest(self._full.split("\n"))
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # Qt's name
        words = self._full.split() or [""]
        width = self._chrome_width() + self._widest(words)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:  # Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # Qt's name
        lines = len(self._wrapped(width - self._chrome_width()))
        shown = max(1, super().text().count("\n") + 1)
        spacing = self.fontMetrics().lineSpacing()
        return max(self.minimumHeight(), super().sizeHint().height() + (lines - shown) * spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt's name
        self._rewrap(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._rewrap(self.width())
        super().changeEvent(event)

    # -- wrapping ----------------------------------------------------------------------
    def _chrome_width(self) -> int:
        """The button's border and padding (as the style sheet has them), and 4 px for
        the frame the style draws around the text."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, 1000, 200)
        inner = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        return max(0, 1000 - inner.width()) + 4

    def _widest(self, lines: list[str]) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(line.replace("&&", "&")) for line in lines),
                   default=0)

    def _wrapped(self, width: int) -> list[str]:
        metrics = self.fontMetrics()
        lines: list[str] = []
        for paragraph in self._full.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                candidate = f"{line} {word}" if line else word
                if line and metrics.horizontalAdvance(candidate) > width:
                    lines.append(line)
                    line = word
                else:
                    line = candidate
            lines.append(line)
        return lines

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        self._rewrap(self.width())
        super().showEvent(event)

    def _rewrap(self, width: int) -> None:
        # Unshown, a button has no width of its own yet: it keeps its text whole.
        shown = self._full if width <= 0 or not self.isVisible() else "\n".join(
            self._wrapped(width - self._chrome_width()))
        if shown != super().text():
            super().setText(shown)
            self.updateGeometry()
