"""``buergerbuero bench soak --sessions N``: a terminal that runs for weeks, in one process.

Plays N complete citizen sessions through the real widgets of one kiosk (offscreen),
against the stand-ins the walkthrough uses: the reference intake server and the fake
ZVT card terminal, both on 127.0.0.1 with free ports. Each session: the language, a
service (round-robin over the catalogue), the identity typed, every form screen filled
with the form's sample answers, the review, the signature drawn with pen strokes on
the pad, the fee paid by card where the form has one, the receipt (waited for until
the intake server has the application) and "Finish".

After session ``BASELINE_AT`` (warm: every service played several times, every
cache filled) and after session N the process is measured; the report gives the
growth in between:

* ``rss_growth_mb``: resident set (``/proc/self/statm``), after ``gc.collect()``.
* ``fd_growth``: open file descriptors (``/proc/self/fd``).
* ``thread_growth``: the process's threads as the kernel counts them
  (``/proc/self/status``), so Qt's and the libraries' native threads count too.
* ``qobject_growth``: live QObjects, counted as the union of (a) every QObject wrapper
  the garbage collector tracks — these are the objects Python holds, including
  parentless ones such as bridges and timers that no widget tree reaches — and (b)
  every descendant (``findChildren``) of those, of the top-level widgets and of the
  application, which adds the C++-side children Qt made without a Python wrapper.
  ``QApplication.allWidgets()`` alone would miss every non-widget object; the gc
  alone would miss Qt's own children. QGesture objects are counted apart
  (``gesture_growth``): Qt's gesture manager deletes the gestures of a destroyed
  scroll area only at the next event it filters, so how many wait at a given moment
  swings by one session's worth (0 or 7 here) without growing.
  ``dead_wrapper_growth``: Python wrappers kept alive after their C++ object was
  deleted (a Python-side leak would show there). Gestures are left out here too: the
  measurement itself makes wrappers for them (``findChildren``), and those outlive the
  gestures Qt deletes later; without measuring, no dead wrapper is left at all.

The stand-ins run in the same process (as the walkthrough's do); their own bookkeeping
(the fake terminal's journal of bookings) is cleared after each session so that it
does not count as the kiosk's growth.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import sys
import tempfile
import threading
import time
import tracemalloc
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from devices.tools.zvt_fake import FakeTerminal
from forms.answers import is_given
from forms.loader import shipped_forms
from forms.samples import sample_answers
from forms.signing.escrow import make_escrow_keys
from kiosk.services import CATALOGUE
from kiosk.settings import Settings
from sync.reference.server import IntakeServer
from ui.app import Kiosk
from ui.qt import QApplication, QCoreApplication, QEvent, QObject
from ui.screens.receipt import ReceiptScreen
from ui.screens.section import SectionScreen
from ui.tools.demo_office import DemoOffice, stand_in_settings
from ui.tools.journey import SAMPLE_IDENTITY, JourneyDriver, wait_until

BASELINE_AT = 50  # the session after which the baseline is taken
LANGUAGES = ("de", "en", "tr", "uk")  # the citizens' languages, round-robin too
STEP_TIMEOUT_S = 60.0
IN_A_ROW = 3  # this many failed sessions in a row end the run
TRACE_FRAMES = 8  # frames kept per allocation with --trace


class SessionFailed(Exception):
    def __init__(self, step: str, detail: str) -> None:
        super().__init__(f"{step}: {detail}")
        self.step, self.detail = step, detail


@dataclass
class Sample:
    """The process, measured between sessions."""

    session: int
    rss_mb: float
    fds: int
    threads: int
    qobjects: int
    gestures: int
    dead_wrappers: int
    children: int
    children_rss_mb: float
    by_class: Counter[str] = field(default_factory=Counter, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {"session": self.session, "rss_mb": round(self.rss_mb, 1), "fds": self.fds,
                "threads": self.threads, "qobjects": self.qobjects,
                "gestures": self.gestures, "dead_wrappers": self.dead_wrappers,
                "children": self.children, "children_rss_mb": round(self.children_rss_mb, 1)}


def _rss_mb(pid: str = "self") -> float:
    with open(f"/proc/{pid}/statm", encoding="ascii") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def _children() -> list[str]:
    """The kiosk's child processes (the storage process)."""
    pids: list[str] = []
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):
            pids.extend((task / "children").read_text(encoding="ascii").split())
    return pids


def _children_rss_mb() -> float:
    total = 0.0
    for pid in _children():
        with contextlib.suppress(OSError):  # gone meanwhile
            total += _rss_mb(pid)
    return total


def _threads() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("Threads:"):
                return int(line.split()[1])
    return threading.active_count()


def _is_gesture(wrapper: QObject) -> bool:
    """Works on a wrapper whose C++ object is gone too (no call into Qt)."""
    return any(cls.__name__ == "QGesture" for cls in type(wrapper).__mro__)


def live_qobjects() -> tuple[dict[int, QObject], int]:
    """Every live QObject reachable from Python or from a reachable object (see above),
    and the number of Python wrappers whose C++ object has been deleted."""
    found: dict[int, QObject] = {}
    dead = 0
    roots: list[QObject] = [o for o in gc.get_objects() if isinstance(o, QObject)]
    app = QCoreApplication.instance()
    if app is not None:
        roots.append(app)
    roots.extend(QApplication.topLevelWidgets())
    for root in roots:
        try:
            children = root.findChildren(QObject)
        except RuntimeError:  # a wrapper whose C++ object is gone: not a live QObject
            dead += not _is_gesture(root)
            continue
        found[id(root)] = root
        for child in children:
            found.setdefault(id(child), child)
    return found, dead


def _settle() -> None:
    """Deferred deletes done, cycles collected: what is left is what lives."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        gc.collect()


def measure(session: int, *, by_class: bool = False) -> Sample:
    _settle()
    objects, dead = live_qobjects()
    gestures = sum(1 for o in objects.values() if o.inherits("QGesture"))
    classes: Counter[str] = Counter()
    if by_class:
        classes = Counter(type(o).__name__ for o in objects.values())
    sample = Sample(session, _rss_mb(), len(os.listdir("/proc/self/fd")), _threads(),
                    len(objects) - gestures, gestures, dead, len(_children()),
                    _children_rss_mb(), classes)
    del objects
    return sample


class Soak:
    """The kiosk and its stand-ins, in a temporary directory."""

    def __init__(self, tmp: Path) -> None:
        self.terminal = FakeTerminal(step_s=0.0).start()
        office = DemoOffice(tmp)
        office.enroll(tmp / "terminal", "SOAK-01")
        self.server = IntakeServer("127.0.0.1", 0, tmp / "intake-server", trust_dir=office.trust)
        self.server.start()
        _key, escrow = make_escrow_keys(tmp / "escrow")
        scan_dir = tmp / "scan-inbox"
        scan_dir.mkdir()
        settings = Settings(data_dir=tmp / "terminal", **stand_in_settings(self.server),
                            terminal_id="SOAK-01", office_name="Bürgerbüro",
                            place="Musterstadt", escrow_cert=escrow, scan_dir=scan_dir,
                            trust_dir=office.trust,
                            payment_terminal=f"127.0.0.1:{self.terminal.port}")
        self.kiosk = Kiosk(settings, start_devices=False)
        self.forms = shipped_forms()
        self.services = [s for s in CATALOGUE if s.form_id is not None]

    def start(self) -> None:
        self.kiosk.show(fullscreen=False)
        if not wait_until(lambda: self.kiosk.interactive, 20):
            raise RuntimeError("the kiosk window never painted")
        self.kiosk.start_background()
        self.drive = JourneyDriver(self.kiosk.window)

    def stop(self) -> None:
        self.kiosk.shutdown()
        self.server.stop()
        self.terminal.stop()

    def _wait(self, step: str, predicate: Any, what: str) -> None:
        if not wait_until(predicate, STEP_TIMEOUT_S):
            raise SessionFailed(step, f"{what} (on screen: {self.drive.screen})")

    def recover(self) -> None:
        """After a failed session: 'Cancel' as the citizen would, else the session ended."""
        try:
            self.drive.cancel()
        except AssertionError:  # no cancel button on this screen
            self.kiosk.window.end_session("cancelled")
        if not wait_until(lambda: self.drive.screen == "welcome", 10):
            self.kiosk.window.end_session("cancelled")

    def session(self, index: int) -> str:
        """One citizen, start to finish; the service's id."""
        drive, window = self.drive, self.kiosk.window
        service = self.services[index % len(self.services)]
        assert service.form_id is not None
        form = self.forms[service.form_id]
        answers = sample_answers(form)
        answers.update(SAMPLE_IDENTITY)
        if drive.screen != "welcome":
            raise SessionFailed("welcome", f"the session starts on {drive.screen}")
        drive.choose_language(LANGUAGES[index % len(LANGUAGES)])
        drive.choose_service(service.id)
        for _ in range(len(form.sections) + 1):
            screen = window.current_screen()
            if not isinstance(screen, SectionScreen):
                break
            drive.fill({fid: answers[fid] for fid in screen.fields if is_given(answers.get(fid))})
            drive.next()
            if window.current_screen() is screen:
                raise SessionFailed(screen.step_name, f"the form did not go on: {drive.errors()}")
        if drive.screen != "review":
            raise SessionFailed(drive.screen, "the review was not reached")
        drive.next()
        if drive.screen != "signature":
            raise SessionFailed(drive.screen, "the signature pad was not reached")
        drive.sign()
        drive.next()  # submit
        if drive.pay("card", timeout_s=STEP_TIMEOUT_S) is not None:
            self._wait("payment", lambda: drive.screen == "receipt", "the card was not paid")
        self._wait("signature", lambda: drive.screen == "receipt", "no receipt")
        receipt = window.current_screen()
        assert isinstance(receipt, ReceiptScreen)
        self._wait("receipt", lambda: receipt.state == "sent", "the intake server did not "
                   f"confirm the application (state {receipt.state})")
        drive.click(receipt.done)
        self._wait("receipt", lambda: drive.screen == "welcome", "Finish did not end it")
        with self.terminal._lock:  # the stand-in's bookkeeping, not the kiosk's
            self.terminal.journal.clear()
            self.terminal.commands.clear()
        return service.id


def _growth_sites(limit: int = 10) -> list[dict[str, Any]]:
    """What Python allocated since tracing started and still holds, by call site."""
    snapshot = tracemalloc.take_snapshot().filter_traces(
        (tracemalloc.Filter(False, tracemalloc.__file__),))
    tracemalloc.stop()
    return [{"kb": round(stat.size / 1024, 1), "blocks": stat.count,
             "where": stat.traceback.format(limit=TRACE_FRAMES)}
            for stat in snapshot.statistics("traceback")[:limit]]


def bench_soak(*, sessions: int = 1000, as_json: bool = False, every: int = 50,
               trace: bool = False) -> int:
    """``trace``: tracemalloc from session ``BASELINE_AT`` on, and the report lists the
    call sites of what Python allocated since then and still holds (slower)."""
    sessions = max(BASELINE_AT + 1, sessions)
    sites: list[dict[str, Any]] | None = None
    failures: list[dict[str, Any]] = []
    samples: list[Sample] = []
    times: list[float] = []
    stopped = False
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bb-bench-soak-") as tmp:
        soak = Soak(Path(tmp))
        try:
            soak.start()
            for index in range(sessions):
                begun = time.perf_counter()
                try:
                    soak.session(index)
                except SessionFailed as failed:
                    failures.append({"session": index + 1, "step": failed.step,
                                     "detail": failed.detail})
                    soak.recover()
                except AssertionError as failed:  # the driver found no control to touch
                    failures.append({"session": index + 1, "step": soak.drive.screen,
                                     "detail": str(failed)})
                    soak.recover()
                times.append(time.perf_counter() - begun)
                done = index + 1
                if len(failures) >= IN_A_ROW and failures[-IN_A_ROW]["session"] \
                        == done - IN_A_ROW + 1:
                    stopped = True  # every session fails: nothing to measure (each times out)
                    break
                if done in (BASELINE_AT, sessions) or (done > BASELINE_AT
                                                       and done % every == 0):
                    if trace and done == sessions:
                        sites = _growth_sites()
                    samples.append(measure(done, by_class=done in (BASELINE_AT, sessions)))
                    if trace and done == BASELINE_AT:
                        tracemalloc.start(TRACE_FRAMES)
                    if not as_json:
                        print(json.dumps(samples[-1].as_json()), file=sys.stderr, flush=True)
        finally:
            soak.stop()
    if stopped or len(samples) < 2:
        print(json.dumps({"sessions": sessions, "failed": failures,
                          "stopped": f"{IN_A_ROW} sessions in a row failed"}))
        return 1
    first, last = samples[0], samples[-1]
    grown = {name: last.by_class[name] - first.by_class[name]
             for name in set(first.by_class) | set(last.by_class)
             if last.by_class[name] != first.by_class[name]}
    window = times[BASELINE_AT:]
    report: dict[str, Any] = {
        "sessions": sessions,
        "sessions_completed": sessions - len(failures),
        "failed": failures,
        "window": [first.session, last.session],
        "rss_growth_mb": round(last.rss_mb - first.rss_mb, 1),
        "fd_growth": last.fds - first.fds,
        "thread_growth": last.threads - first.threads,
        "qobject_growth": last.qobjects - first.qobjects,
        "gesture_growth": last.gestures - first.gestures,
        "dead_wrapper_growth": last.dead_wrappers - first.dead_wrappers,
        "storage_process_rss_growth_mb": round(last.children_rss_mb - first.children_rss_mb, 1),
        "qobject_growth_by_class": dict(sorted(grown.items(), key=lambda kv: -abs(kv[1]))[:20]),
        "qobject_count": "gc-tracked QObject wrappers plus findChildren of them, of the "
                         "top-level widgets and of the application",
        "session_s": {"mean": round(sum(window) / len(window), 3),
                      "max": round(max(window), 3)} if window else None,
        "tracemalloc_growth": sites,
        "wall_s": round(time.perf_counter() - started, 1),
        "samples": [s.as_json() for s in samples],
        "targets": {"rss_growth_mb": 20, "fd_growth": 0, "thread_growth": 0,
                    "qobject_growth": 0, "at_sessions": 1000},
    }
    if as_json:
        print(json.dumps(report))
    else:
        for name, value in report.items():
            if name != "samples":
                print(f"{name:24} {value}")
    return 0 if not failures else 1
