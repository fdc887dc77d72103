"""The one place that names the Qt binding; the rest of ``ui`` imports from here.

Names resolve lazily: PySide6 builds a Python type the first time it is
touched, and the start-up path (measured by ``bench startup``) should pay only
for the types the first screen needs. Type checkers see ordinary imports.
"""

import importlib
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QCoreApplication,
        QElapsedTimer,
        QEvent,
        QEventLoop,
        QIODevice,
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
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtTest import QTest
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
# Qt modules only some windows need (the tablet's PDF view, the test driver): loaded on
# first use, not on the kiosk's start-up path.
_OPTIONAL = {"QPdfDocument": "PySide6.QtPdf", "QPdfView": "PySide6.QtPdfWidgets",
             "QTest": "PySide6.QtTest"}


def __getattr__(name: str) -> Any:
    if name in _OPTIONAL:
        value = getattr(importlib.import_module(_OPTIONAL[name]), name)
        globals()[name] = value
        return value
    for module in _MODULES:
        value = getattr(module, name, None)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"module 'ui.qt' has no attribute {name!r}")


__all__ = [
    "QApplication",
    "QBrush",
    "QBuffer",
    "QByteArray",
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
    "QIODevice",
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
    "QPdfDocument",
    "QPdfView",
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
    "QTest",
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
