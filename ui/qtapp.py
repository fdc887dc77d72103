"""The Qt application every window of ours runs in: a screen, fonts, style, Qt's log."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from kiosk.journey import Display
from ui import qt, theme
from ui.qt import QApplication, QtMsgType, qInstallMessageHandler

ASSETS = Path(__file__).resolve().parent.parent / "assets"
FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# Debian's fonts-dejavu-core (a dependency of the package) installs the same files, which
# fontconfig has indexed already: registering our copy again costs start-up (~1 %).
SYSTEM_FONTS = Path("/usr/share/fonts/truetype/dejavu")


def ensure_display(headless: bool) -> None:
    """Headless runs use the offscreen platform; say clearly when there is no screen."""
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return
    if (os.environ.get("QT_QPA_PLATFORM") is None and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux")):
        raise SystemExit(
            "error: no screen found (DISPLAY is not set). Start the kiosk from the desktop "
            "session of the terminal, or run 'buergerbuero demo --walkthrough DIR' to take "
            "screenshots without a screen.")


def _qt_message(kind: QtMsgType, context: object, message: str) -> None:
    """Qt's own warnings go to our log; the offscreen plugin's size-hint note is noise."""
    if "propagateSizeHints" in message:
        return
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def create_qt_app() -> QApplication:
    qInstallMessageHandler(_qt_message)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("buergerbuero")
    app.setApplicationDisplayName("Bürgerbüro Kiosk")
    for font in FONTS:
        if not (SYSTEM_FONTS / font).is_file():
            # Named only here: the type (and its enums) is built only without Debian's copy.
            qt.QFontDatabase.addApplicationFont(str(ASSETS / "fonts" / font))
    theme.apply(app, Display(), force=True)
    return app
