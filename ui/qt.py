"""The one place that names the Qt binding; the rest of ``ui`` imports from here.

Names resolve lazily: PySide6 builds a Python type the first time it is
touched, and the start-up path (measured by ``bench startup``) should pay only
for the types the first screen needs. Type checkers see ordinary imports.
"""

from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from PySide6.QtCore import (
        QCoreApplication,
        QElapsedTimer,
        QEvent,
        QEventLoop,
        QLocale,
        QObject,
        QPoint,
        QPointF,
        QRect,
        QRectF,
        QSize,
        Qt,
        QTimer,
        QtMsgType,
        QTranslator,
        Signal,
        Slot,
        qInstallMessageHandler,
    )
    from PySide6.QtGui import (
        QBrush,
        QColor,
        QFont,
        QFontDatabase,
        QGuiApplication,
        QImage,
        QKeyEvent,
        QKeySequence,
        QMouseEvent,
        QPainter,
        QPainterPath,
        QPaintEvent,
        QPen,
        QPixmap,
        QPointingDevice,
        QResizeEvent,
        QShowEvent,
        QTabletEvent,
        QTouchEvent,
    )
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QFrame,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QScrollArea,
        QSizePolicy,
        QSpinBox,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )


_MODULES = (QtCore, QtGui, QtWidgets)


def __getattr__(name: str) -> Any:
    for module in _MODULES:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")


__all__ = [
    "QApplication",
    "QBrush",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QElapsedTimer",
    "QEvent",
    "QEventLoop",
    "QFont",
    "QFontDatabase",
    "QFrame",
    "QGridLayout",
    "QGuiApplication",
    "QHBoxLayout",
    "QImage",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QLocale",
    "QMainWindow",
    "QMouseEvent",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPainterPath",
    "QPen",
    "QPixmap",
    "QPoint",
    "QPointF",
    "QPointingDevice",
    "QPushButton",
    "QRect",
    "QRectF",
    "QResizeEvent",
    "QScrollArea",
    "QShowEvent",
    "QSize",
    "QSizePolicy",
    "QSpinBox",
    "QStackedWidget",
    "QTabletEvent",
    "QTimer",
    "QTouchEvent",
    "QTranslator",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "QtMsgType",
    "Signal",
    "Slot",
    "qInstallMessageHandler",
]
