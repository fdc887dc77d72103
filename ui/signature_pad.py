"""The signature pad: ink from a pen (QTabletEvent), a finger (touch) or a mouse.

Every sample goes into the Qt-free ``forms.signing.capture.SignatureCapture`` it is
given — the journey's, on the kiosk — (no decimation: position, pressure, tilt and
the device's own timestamp); the widget only draws. Pressure widens the ink for
pens that report it. Ink is
painted incrementally onto a cached pixmap, one segment per sample, and only
that segment's rectangle is repainted, so a 500 Hz pen stays smooth.
"""

from __future__ import annotations

from forms.signing.capture import Sample, SignatureCapture
from forms.signing.ink import BASELINE
from ui.qt import (
    QColor,
    QEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointF,
    QRectF,
    QResizeEvent,
    QSize,
    QSizePolicy,
    Qt,
    QTabletEvent,
    QTouchEvent,
    QWidget,
    Signal,
)


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, capture: SignatureCapture | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(600, 220))
        self.capture = capture if capture is not None else SignatureCapture(1.0, 1.0)
        self.capture.width, self.capture.height = float(self.width()), float(self.height())
        self._pen_down = False
        self._ink_cache: QPixmap | None = None
        self._last: Sample | None = None
        self._ink = QColor("#0a1f44")

    # -- input ---------------------------------------------------------------
    def _press(self, pos: QPointF, t_ms: float, pressure: float,
               tilt: tuple[float, float] | None = None) -> None:
        self._pen_down = True
        sample = Sample(pos.x(), pos.y(), t_ms, pressure, *(tilt or (None, None)))
        self.capture.begin_stroke(sample)
        self._last = None
        self._paint_segment(sample)

    def _move(self, pos: QPointF, t_ms: float, pressure: float,
              tilt: tuple[float, float] | None = None) -> None:
        if self._pen_down:
            sample = Sample(pos.x(), pos.y(), t_ms, pressure, *(tilt or (None, None)))
            self.capture.add(sample)
            self._paint_segment(sample)

    def _release(self) -> None:
        if self._pen_down:
            self._pen_down = False
            self.capture.end_stroke()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press(event.position(), float(event.timestamp()), 0.5)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._move(event.position(), float(event.timestamp()), 0.5)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._release()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = event.type()
        t_ms, pressure = float(event.timestamp()), float(event.pressure())
        tilt = (float(event.xTilt()), float(event.yTilt()))
        if kind == QEvent.Type.TabletPress:
            self._press(event.position(), t_ms, pressure, tilt)
        elif kind == QEvent.Type.TabletMove:
            self._move(event.position(), t_ms, pressure, tilt)
        elif kind == QEvent.Type.TabletRelease:
            self._release()
        event.accept()  # no synthesized mouse events on top of the pen's own

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                point = points[0]
                t_ms = float(event.timestamp())
                if kind == QEvent.Type.TouchBegin:
                    self._press(point.position(), t_ms, 0.5)
                elif kind == QEvent.Type.TouchUpdate:
                    self._move(point.position(), t_ms, 0.5)
                else:
                    self._release()
            event.accept()
            return True
        return super().event(event)

    # -- output --------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        self.capture.width = float(self.width())
        self.capture.height = float(self.height())
        self._ink_cache = None  # redrawn from the samples at the new size
        super().resizeEvent(event)

    @staticmethod
    def ink_width(a: Sample, b: Sample) -> float:
        return 1.8 + 3.4 * (a.pressure + b.pressure) / 2

    def _cache(self) -> QPixmap:
        if self._ink_cache is None or self._ink_cache.size() != self.size():
            ratio = self.devicePixelRatioF()
            cache = QPixmap(self.size() * ratio)
            cache.setDevicePixelRatio(ratio)
            cache.fill(Qt.GlobalColor.transparent)
            self._ink_cache = cache
            painter = self._ink_painter(cache)
            for stroke in self.capture.strokes:
                self._draw_stroke(painter, stroke)
            painter.end()
        return self._ink_cache

    def _ink_painter(self, device: QPixmap) -> QPainter:
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        return painter

    def _draw_stroke(self, painter: QPainter, stroke: list[Sample]) -> None:
        previous: Sample | None = None
        for sample in stroke:
            self._draw_segment(painter, previous, sample)
            previous = sample

    def _draw_segment(self, painter: QPainter, a: Sample | None, b: Sample) -> QRectF:
        if a is None:
            painter.setPen(QPen(self._ink, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPoint(QPointF(b.x, b.y))
            return QRectF(b.x - 4, b.y - 4, 8, 8)
        width = self.ink_width(a, b)
        painter.setPen(QPen(self._ink, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
        margin = width + 2
        return QRectF(min(a.x, b.x) - margin, min(a.y, b.y) - margin,
                      abs(a.x - b.x) + 2 * margin, abs(a.y - b.y) + 2 * margin)

    def _paint_segment(self, sample: Sample) -> None:
        """Add one sample's ink to the cache and repaint only where it landed."""
        painter = self._ink_painter(self._cache())
        dirty = self._draw_segment(painter, self._last, sample)
        painter.end()
        self._last = sample
        rect = dirty.toAlignedRect()
        self.update(rect.x(), rect.y(), rect.width(), rect.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setClipRect(event.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(QColor("#8a94a3"), 2, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        baseline = int(self.height() * BASELINE)
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        painter.drawPixmap(0, 0, self._cache())
        painter.end()

    def clear(self) -> None:
        self.capture.clear()
        self._pen_down = False
        self._last = None
        self._ink_cache = None
        self.update()
        self.changed.emit()
