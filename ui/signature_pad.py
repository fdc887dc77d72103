"""The signature pad: ink from a pen (QTabletEvent), a finger (touch) or a mouse.

Every sample goes into the Qt-free ``devices.signature.SignatureCapture``; the
widget only draws. Pressure widens the ink for pens that report it.
"""

from __future__ import annotations

import itertools

from devices.signature import Sample, SignatureCapture
from ui.qt import (
    QColor,
    QEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPointF,
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(600, 220))
        self.capture = SignatureCapture(width=float(self.width()), height=float(self.height()))
        self._pen_down = False

    # -- input ---------------------------------------------------------------
    def _press(self, pos: QPointF, t_ms: float, pressure: float) -> None:
        self._pen_down = True
        self.capture.begin_stroke(Sample(pos.x(), pos.y(), t_ms, pressure))
        self.update()

    def _move(self, pos: QPointF, t_ms: float, pressure: float) -> None:
        if self._pen_down:
            self.capture.add(Sample(pos.x(), pos.y(), t_ms, pressure))
            self.update()

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
        if kind == QEvent.Type.TabletPress:
            self._press(event.position(), t_ms, pressure)
        elif kind == QEvent.Type.TabletMove:
            self._move(event.position(), t_ms, pressure)
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
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        guide = QPen(QColor("#8a94a3"), 2, Qt.PenStyle.DashLine)
        painter.setPen(guide)
        baseline = int(self.height() * 0.75)
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        ink = QColor("#0a1f44")
        for stroke in self.capture.strokes:
            if len(stroke) == 1:
                painter.setPen(QPen(ink, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
                painter.drawPoint(QPointF(stroke[0].x, stroke[0].y))
            for a, b in itertools.pairwise(stroke):
                width = 1.8 + 3.4 * (a.pressure + b.pressure) / 2
                painter.setPen(QPen(ink, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                    Qt.PenJoinStyle.RoundJoin))
                painter.drawLine(QPointF(a.x, a.y), QPointF(b.x, b.y))
        painter.end()

    def clear(self) -> None:
        self.capture.clear()
        self._pen_down = False
        self.update()
        self.changed.emit()
