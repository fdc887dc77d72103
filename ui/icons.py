"""Line icons (``assets/icons``, Tabler Icons) drawn in a given colour and size.

The icons draw with ``currentColor``: each is drawn in the colour of the text beside it,
so it follows the theme (dark blue on white, yellow on black in high contrast) and the
text size. Drawn once per colour, size and screen scale, then kept.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from ui.qt import (
    QByteArray,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QSize,
    QSizePolicy,
    QSvgRenderer,
    Qt,
    QWidget,
)
from ui.theme import px

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
log = logging.getLogger(__name__)


@functools.cache
def _svg(name: str) -> bytes | None:
    try:
        return (ICONS / f"{name}.svg").read_bytes()
    except OSError as exc:  # an incomplete installation: the tile shows its texts only
        log.error("icon %s cannot be read: %s", name, type(exc).__name__)
        return None


@functools.lru_cache(maxsize=64)
def icon(name: str, size: int, color: str, ratio: float = 1.0) -> QPixmap:
    """``name`` drawn ``size`` px square in ``color`` (``#rrggbb``); an empty pixmap if
    the file is missing or broken."""
    data = _svg(name)
    if data is None:
        return QPixmap()
    pixels = max(1, round(size * ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(data.replace(b"currentColor", color.encode("ascii"))))
    if not renderer.isValid():
        log.error("icon %s is not a valid SVG", name)
        return QPixmap()
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class IconView(QWidget):
    """An icon in the colour the style sheet gives this widget (``color:``) and the
    current text size; it only shows (taps go to the widget beneath)."""

    def __init__(self, name: str, size: int = 40, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._size = size
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # Qt's name
        side = px(self._size)
        return QSize(side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt's name
        color = self.palette().color(QPalette.ColorRole.WindowText).name()
        side = min(self.width(), self.height())
        pixmap = icon(self.name, side, color, self.devicePixelRatioF())
        if not pixmap.isNull():
            painter = QPainter(self)
            painter.drawPixmap(0, 0, pixmap)
            painter.end()
