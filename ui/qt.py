"""The one place that names the Qt binding; the rest of ``ui`` imports from here.

Names resolve lazily: PySide6 builds a Python type the first time it is
touched, and the start-up path (measured by ``bench startup``) should pay only
for the types the first screen needs. Type checkers see ordinary imports.

``Qt``, the namespace of Qt's enums, is the costly one: the first touch makes
PySide6 build all of its ~130 enum types (about 40 ms). Here it is a stand-in
that resolves on the first attribute read, so ``from ui.qt import Qt`` is free;
the widgets of the first frame set the few enum values they need as Qt
properties from the plain numbers below (``tests/test_startup.py`` checks them
against Qt, and that the first frame never touches ``Qt``).
"""

import importlib
import sys
from types import ModuleType
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
        QMargins,
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
        QAccessible,
        QBrush,
        QColor,
        QFocusEvent,
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
        QPalette,
        QPen,
        QPixmap,
        QPointingDevice,
        QResizeEvent,
        QShowEvent,
        QTabletEvent,
        QTouchEvent,
        QValidator,
    )
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QAbstractButton,
        QApplication,
        QBoxLayout,
        QComboBox,
        QFrame,
        QGridLayout,
        QHBoxLayout,
        QLabel,
        QLayout,
        QLineEdit,
        QMainWindow,
        QPushButton,
        QScrollArea,
        QScrollBar,
        QScroller,
        QSizePolicy,
        QSpinBox,
        QStackedWidget,
        QStyle,
        QStyleOptionButton,
        QVBoxLayout,
        QWidget,
    )


def _quicker_feature_check() -> None:
    """PySide6's ``__feature__`` support asks of every module imported after PySide6
    whether it uses PySide6, by reading its source with ``inspect.getsource`` and looking
    for the word (``_mod_uses_pyside`` in shiboken's ``shibokensupport/feature.py``):
    ~0.5 M instructions a module, 20 M of the kiosk's start-up (``bench startup``).
    Here the same question is answered from the bytes of the module's ``.py`` file;
    any other module goes to PySide's own check. Nothing changes where PySide6 has no
    such check (``tests/test_startup.py`` compares the answers)."""
    feature = sys.modules.get("PySide6.support.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(check(module))

    uses_pyside.pyside_check = check  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]


_quicker_feature_check()

# Qt enum values for the first frame's widgets, set with QObject.setProperty.
ALIGN_CENTER = 0x0084  # Qt.AlignmentFlag.AlignCenter (AlignHCenter | AlignVCenter)
PLAIN_TEXT = 0  # Qt.TextFormat.PlainText
CLICK_FOCUS = 2  # Qt.FocusPolicy.ClickFocus


class _Namespace:
    """``Qt`` as a stand-in until its first use (then the real namespace)."""

    def __getattr__(self, name: str) -> Any:
        real = QtCore.Qt
        globals()["Qt"] = real
        return getattr(real, name)


_MODULES = (QtCore, QtGui, QtWidgets)
# Qt modules only some windows need (the tablet's PDF view, the test driver): loaded on
# first use, not on the kiosk's start-up path.
_OPTIONAL = {"QPdfDocument": "PySide6.QtPdf", "QPdfView": "PySide6.QtPdfWidgets",
             "QSvgRenderer": "PySide6.QtSvg",
             "QTest": "PySide6.QtTest"}


def __getattr__(name: str) -> Any:
    if name == "Qt":
        return _Namespace()  # resolves QtCore.Qt on its first attribute read
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
    "ALIGN_CENTER",
    "CLICK_FOCUS",
    "PLAIN_TEXT",
    "QAbstractButton",
    "QAccessible",
    "QApplication",
    "QBoxLayout",
    "QBrush",
    "QBuffer",
    "QByteArray",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QElapsedTimer",
    "QEvent",
    "QEventLoop",
    "QFocusEvent",
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
    "QLayout",
    "QLineEdit",
    "QLocale",
    "QMainWindow",
    "QMargins",
    "QMouseEvent",
    "QObject",
    "QPaintEvent",
    "QPainter",
    "QPainterPath",
    "QPalette",
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
    "QScrollBar",
    "QScroller",
    "QShowEvent",
    "QSize",
    "QSizePolicy",
    "QSpinBox",
    "QStackedWidget",
    "QStyle",
    "QStyleOptionButton",
    "QSvgRenderer",
    "QTabletEvent",
    "QTest",
    "QTimer",
    "QTouchEvent",
    "QTranslator",
    "QVBoxLayout",
    "QValidator",
    "QWidget",
    "Qt",
    "QtMsgType",
    "Signal",
    "Slot",
    "qInstallMessageHandler",
]
