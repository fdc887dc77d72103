"""The kiosk's start-up path: what loads before the first frame (``bench startup``).

Only the window's frame and the welcome screen are built before the first paint;
the backend (storage, devices, sync) comes right after it. The guards here fail
when a change pulls a heavy module, or PySide6's ``Qt`` namespace (about 40 ms
to build), in front of the first frame again.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ui.qt import ALIGN_CENTER, CLICK_FOCUS, PLAIN_TEXT

ROOT = Path(__file__).resolve().parents[1]

# Each is on the path right after the first frame, never before it.
NOT_BEFORE_FIRST_FRAME = (
    "devices", "sync", "kiosk.storage", "kiosk.submission", "ui.backend", "ui.bridges",
    "ui.session_screens", "ui.screens.service", "ui.idle", "forms.loader", "forms.model",
    "forms.pdf", "forms.record", "cryptography", "requests", "pikepdf", "reportlab",
    "pyhanko", "smartcard", "asn1crypto", "sqlite3", "xml.etree", "concurrent.futures",
    "ui.keyboard", "ui.submit_step", "forms.payment", "kiosk.payment", "kiosk.services",
    "ui.wrap_button", "ui.screens.out_of_service",
)

PROBE = r"""
import json, sys
from PySide6 import QtCore
from kiosk.settings import Settings
from ui.app import Kiosk

kiosk = Kiosk(Settings(data_dir=__import__("pathlib").Path(sys.argv[1])))
seen = {}

class Probe(QtCore.QObject):
    def eventFilter(self, obj, event):
        if event.type() == QtCore.QEvent.Type.Paint and not seen:
            seen["modules"] = sorted(sys.modules)
            seen["qt_namespace"] = "Qt" in vars(QtCore)
            seen["backend_before"] = kiosk._backend is not None
        return False

probe = Probe()
kiosk.window.installEventFilter(probe)
kiosk.when_interactive(kiosk.app.quit)
kiosk.show(fullscreen=False)
kiosk.app.exec()
seen["interactive"] = kiosk.interactive
seen["backend_after"] = kiosk._backend is not None
kiosk.shutdown()
print(json.dumps(seen))
"""


def _first_frame(tmp_path: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUERGERBUERO_DATA=str(tmp_path),
               BUERGERBUERO_CONFIG=str(tmp_path / "none.toml"))
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "terminal")],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    seen: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


def test_the_first_frame_loads_neither_the_backend_nor_heavy_libraries(tmp_path: Path) -> None:
    seen = _first_frame(tmp_path)
    modules = seen["modules"]
    assert isinstance(modules, list)
    early = sorted(name for name in modules
                   if any(name == prefix or name.startswith(prefix + ".")
                          for prefix in NOT_BEFORE_FIRST_FRAME))
    assert early == [], f"loaded before the first frame: {early}"
    assert "ui.window" in modules
    assert "ui.screens.welcome" in modules
    assert seen["backend_before"] is False
    # ...and right after the first frame the backend is there and the kiosk takes input.
    assert seen["interactive"] is True
    assert seen["backend_after"] is True


def test_the_first_frame_does_not_build_the_qt_namespace(tmp_path: Path) -> None:
    assert _first_frame(tmp_path)["qt_namespace"] is False, (
        "something on the first frame's path touched ui.qt.Qt; set the value as a Qt "
        "property from the numbers in ui.qt instead (or move it after the first frame)")


def test_the_first_frame_numbers_are_the_qt_enum_values() -> None:
    from PySide6.QtCore import Qt

    assert Qt.AlignmentFlag.AlignCenter.value == ALIGN_CENTER
    assert Qt.TextFormat.PlainText.value == PLAIN_TEXT
    assert Qt.FocusPolicy.ClickFocus.value == CLICK_FOCUS


def test_the_qt_stand_in_resolves_to_the_real_namespace() -> None:
    from PySide6.QtCore import Qt as real

    from ui.qt import Qt

    assert Qt.AlignmentFlag is real.AlignmentFlag
    assert Qt.Key.Key_S == real.Key.Key_S


def test_the_system_fonts_the_kiosk_relies_on_are_the_bundled_ones() -> None:
    """ui.qtapp registers its DejaVu copies only where Debian's fonts-dejavu-core is
    missing (the package depends on it): that is the same look only while the files are
    the same (the screens were measured with these; a11y check at 200 % found nothing)."""
    from ui.qtapp import ASSETS, FONTS, SYSTEM_FONTS

    assert SYSTEM_FONTS.is_dir(), "fonts-dejavu-core is not installed (dev.sh installs it)"
    for font in FONTS:
        assert (SYSTEM_FONTS / font).read_bytes() == (ASSETS / "fonts" / font).read_bytes(), font


def test_the_quicker_pyside_feature_check_answers_as_pysides_own(tmp_path: Path) -> None:
    """``ui.qt`` answers PySide6's "does this module use PySide6?" from the module's
    file instead of ``inspect.getsource`` (20 M instructions of start-up): the same
    answers, and PySide's own check for what has no ``.py`` file."""
    import importlib.util

    import kiosk.journey
    import ui.window

    feature = sys.modules["PySide6.support.feature"]
    quick = feature._mod_uses_pyside
    own = quick.pyside_check  # the check PySide6 ships (the stand-in is in place)
    mentions = tmp_path / "mentions_the_binding.py"
    mentions.write_text("# Only ui/qt.py imports PySide6; this one merely names it.\n")
    spec = importlib.util.spec_from_file_location("mentions_the_binding", mentions)
    assert spec is not None
    assert spec.loader is not None
    named = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(named)
    modules = [sys.modules["ui.qt"], ui.window, kiosk.journey, json, sys, named]
    assert [quick(m) for m in modules] == [own(m) for m in modules] \
        == [True, False, False, False, False, True]
