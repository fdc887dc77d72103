"""``buergerbuero bench startup``: kiosk start-up as a ratio to a bare Qt window.

Both run as fresh processes with the same interpreter, alternating A B A B so
machine noise hits both alike, and both exit right after their first painted
frame. The ratio of the medians is the figure; absolute times are reported too.

Both run with Python's bytecode cache, as an installed kiosk does (its package
is byte-compiled when installed): the warm-up runs write it where the
environment says not to (``PYTHONDONTWRITEBYTECODE``), so the figure measures
start-up, not compiling our sources on every start.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from forms.loader import shipped_forms
from forms.pdf import render_application_pdf
from forms.samples import sample_record
from kiosk.journey import Journey
from ui.qt import QApplication, QWidget
from ui.qtapp import ensure_display
from ui.screens.review import ReviewScreen
from ui.screens.section import SectionScreen

ROOT = Path(__file__).resolve().parents[2]  # the repository (ui/tools/bench.py)

BASELINE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
win = QMainWindow()
class First(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
f = First()
win.installEventFilter(f)
win.resize(1280, 800)
win.show()
sys.exit(app.exec())
"""


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    # Our own interpreter and module, no shell: nothing untrusted reaches the command line.
    result = subprocess.run(cmd, env=env, cwd=ROOT,  # noqa: S603
                            capture_output=True, check=False, timeout=120)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[2:]} exited {result.returncode}: "
                           f"{result.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def bench_startup(*, runs: int = 7, as_json: bool = False) -> int:
    with tempfile.TemporaryDirectory(prefix="bb-bench-") as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BUERGERBUERO_DATA=tmp,
                   BUERGERBUERO_CONFIG=str(Path(tmp) / "none.toml"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        kiosk_cmd = [sys.executable, "-m", "ui.main", "kiosk", "--first-frame"]
        base_cmd = [sys.executable, "-c", BASELINE]
        for _ in range(2):  # warm the file and the bytecode cache for both
            _time(kiosk_cmd, env)
            _time(base_cmd, env)
        kiosk_ms: list[float] = []
        base_ms: list[float] = []
        for _ in range(max(1, runs)):
            kiosk_ms.append(_time(kiosk_cmd, env))
            base_ms.append(_time(base_cmd, env))
    startup = statistics.median(kiosk_ms)
    baseline = statistics.median(base_ms)
    pair_ratios = sorted(k / b for k, b in zip(kiosk_ms, base_ms, strict=True))
    report = {
        "startup_ms": round(startup, 1),
        "baseline_ms": round(baseline, 1),
        "startup_ratio": round(startup / baseline, 3),
        "pair_ratio_min": round(pair_ratios[0], 3),
        "pair_ratio_max": round(pair_ratios[-1], 3),
        "runs": len(kiosk_ms),
        "bytecode": "cached",
        "target_ratio": 1.3,
    }
    if as_json:
        print(json.dumps(report))
    else:
        print(f"kiosk start-up {report['startup_ms']} ms, bare Qt window "
              f"{report['baseline_ms']} ms, ratio {report['startup_ratio']} "
              f"(pairs {report['pair_ratio_min']}–{report['pair_ratio_max']}; target ≤ 1.3)")
    return 0


def bench_pdf(*, runs: int = 15, as_json: bool = False) -> int:
    """Warm timings: one application PDF rendered and archive-finished (PDF/A-3b with
    its JSON attachment), and the kiosk screens built for the largest form."""
    ensure_display(True)
    app = QApplication.instance() or QApplication(sys.argv[:1])

    forms = shipped_forms()
    largest = max(forms.values(), key=lambda f: sum(1 for _ in f.all_fields()))
    document = sample_record(largest, terminal_id="BENCH")
    render_application_pdf(document)  # warm: fonts registered, modules loaded
    render_ms = []
    for _ in range(max(1, runs)):
        start = time.perf_counter()
        render_application_pdf(document)
        render_ms.append((time.perf_counter() - start) * 1000)
    build_ms = []
    for index in range(max(1, runs) + 1):
        journey = Journey("de")
        start = time.perf_counter()
        screens: list[QWidget] = [SectionScreen(largest, s, journey) for s in largest.sections]
        screens.append(ReviewScreen(largest, journey))
        elapsed = (time.perf_counter() - start) * 1000
        if index:  # the first build is the cold one
            build_ms.append(elapsed)
        for screen in screens:
            screen.deleteLater()
        app.processEvents()
    report = {
        "render_ms": round(statistics.median(render_ms), 1),
        "render_target_ms": 150,
        "screen_build_ms": round(statistics.median(build_ms), 1),
        "screen_build_target_ms": 50,
        "form": largest.id,
        "fields": sum(1 for _ in largest.all_fields()),
        "runs": len(render_ms),
    }
    if as_json:
        print(json.dumps(report))
    else:
        print(f"PDF/A render {report['render_ms']} ms (target ≤ 150), screens for "
              f"{largest.id} {report['screen_build_ms']} ms (target ≤ 50)")
    return 0
