"""The kiosk's sessions into the statistics file, and the question after a cancel.

Follows the window (``screenShown``, ``sessionEnding``, ``citizenLeft``,
``applicationQueued``, the header's text size and contrast) and the sync bridge, and
feeds a ``kiosk.stats.session.SessionRecorder``; at each session's end its facts are
written on the ``stats`` thread (one ``TaskRunner`` of its own: the GUI thread never
waits for SQLite, and a failed write is logged, never shown). The Vorgangsnummer is
held here in memory only, between the receipt and the intake server's confirmation,
to measure the sync latency; it never reaches the file.

The satisfaction question: the receipt screen's panel (its answer joins the session's
facts), and after 'Cancel' → 'Yes' the ``FeedbackScreen`` in the citizen's language
and text size, which closes by itself after ``ASK_S`` (``THANKS_S`` after an answer).
After an idle timeout nobody is asked: the citizen has gone.

Built with the backend, after the first frame (``ui.backend``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.journey import RECEIPT, SIGN, Display
from kiosk.settings import Settings
from kiosk.stats import store
from kiosk.stats.session import SessionFacts, SessionRecorder, listen_for_errors
from ui.bridges import SyncBridge
from ui.i18n import set_language
from ui.qt import QObject, QTimer
from ui.screens.feedback import FeedbackPanel, FeedbackScreen
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from forms.payment import PaymentInfo
    from ui.session_screens import SessionScreens
    from ui.window import KioskWindow

log = logging.getLogger(__name__)

ASK_S = 30  # the question after a cancel closes by itself after this long
THANKS_S = 3  # … and this long after the answer
LATENCIES_KEPT = 100  # applications waiting for their confirmation, at most


class Statistics(QObject):
    """One per kiosk; ``follow`` the window once it is built."""

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = store.stats_path(settings.data_dir)
        self.tasks = TaskRunner("stats", self)  # its thread starts with the first write
        self.recorder = SessionRecorder()
        self._window: KioskWindow | None = None
        self._session: SessionScreens | None = None
        self._queued: dict[str, tuple[int, float]] = {}  # Vorgangsnummer -> (row, when)
        self._asking: int | None = None  # the saved session the feedback screen asks about
        self._score: int | None = None
        # The session just ended: its row, and the language and text size it was in.
        self._last: tuple[SessionFacts, str, Display] | None = None
        self.screen: FeedbackScreen | None = None
        self._close = QTimer(self)
        self._close.setSingleShot(True)
        self._close.timeout.connect(self.close_question)
        self._no_data_dir = False
        self._unlisten = listen_for_errors(self.recorder.error_shown)

    def follow(self, window: KioskWindow, sync: SyncBridge) -> None:
        self._window = window
        window.screenShown.connect(self._shown)
        window.sessionEnding.connect(self._ending)
        window.citizenLeft.connect(self.ask)
        window.applicationQueued.connect(self._queued_now)
        for chrome in (window.header.largerText, window.header.smallerText):
            chrome.connect(self._modes)
        window.header.contrastChosen.connect(lambda _high: self._modes())
        sync.itemChanged.connect(self._item_changed)

    # -- the session under way ---------------------------------------------------------
    def _modes(self) -> None:
        window = self._window
        if window is None:
            return
        display = window.journey.display
        modes = {name for name, used in (("larger_text", display.text_scale > 1.0),
                                         ("high_contrast", display.high_contrast),
                                         ("voice", window.voice is not None and window.voice.on))
                 if used}
        self.recorder.note(modes=modes)

    def _shown(self, step: str) -> None:
        window = self._window
        if window is None:
            return
        journey = window.journey
        self.recorder.shown(step, language=journey.language, service=journey.service_id)
        if not self.recorder.active:
            return
        self._modes()
        if journey.step == SIGN:  # the identity as it is signed (later it is forgotten)
            self.recorder.note(identification=journey.identity.identification)
        session = window.session
        if session is not None and session is not self._session:
            self._session = session
            panel = session.receipt.feedback
            panel.rated.connect(lambda score, p=panel: self._rated_now(p, score, None))
            panel.reasoned.connect(lambda reason, p=panel: self._rated_now(p, p.score, reason))
            if session.payment is not None:
                session.payment.settled.connect(self._paid)

    def _rated_now(self, panel: FeedbackPanel, score: int | None, reason: str | None) -> None:
        if score is not None and self._session is not None \
                and panel is self._session.receipt.feedback:
            self.recorder.rated(score, reason)
            if reason is None and self._window is not None:  # a face: time for a reason too
                self._window.start_receipt_countdown()

    def _paid(self, payment: PaymentInfo, _copy: object) -> None:
        self.recorder.note(payment=payment.method)

    def _queued_now(self, vorgangsnummer: str) -> None:
        facts = self.recorder.facts
        window = self._window
        if facts is None or window is None or window.journey.vorgangsnummer != vorgangsnummer:
            return  # stored after its session (a parked application): not this session's
        self._queued[vorgangsnummer] = (facts.id, time.monotonic())
        while len(self._queued) > LATENCIES_KEPT:
            self._queued.pop(next(iter(self._queued)))

    def _item_changed(self, vorgangsnummer: str, state: str, _case: object) -> None:
        if state not in ("sent", "failed") or vorgangsnummer not in self._queued:
            return
        session_id, since = self._queued.pop(vorgangsnummer)
        if state == "failed":
            return
        latency = time.monotonic() - since
        facts = self.recorder.facts
        if facts is not None and facts.id == session_id:
            self.recorder.latency(latency)
        else:
            self._write(lambda: store.confirmed(self.path, session_id, latency))

    def _ending(self, reason: str) -> None:
        window = self._window
        if window is None:
            return
        self._modes()
        journey = window.journey
        self.recorder.note(language=journey.language)  # switched on the last screen, maybe
        self._session = None  # its screens go now
        facts = self.recorder.end(reason, step=journey.step.name,
                                  completed=journey.step == RECEIPT)
        self._last = None
        if facts is None:
            return
        self._last = (facts, journey.language, journey.display)
        self._write(lambda: store.save(self.path, facts))

    def _write(self, job: Callable[[], Any]) -> None:
        if not self.path.parent.is_dir():  # a window without a terminal (a11y check, tools)
            if not self._no_data_dir:
                log.warning("no data directory %s: no statistics", self.path.parent)
            self._no_data_dir = True
            return
        self.tasks.run(job, lambda _r: None, lambda error: log.error(
            "statistics not written: %s", type(error).__name__))

    # -- the question after a cancel -----------------------------------------------------
    def ask(self) -> None:
        """The citizen cancelled: the question, in their language and text size."""
        window = self._window
        last = self._last
        if window is None or last is None:
            return
        facts, language, display = last
        screen = self.question_screen(window)
        self._asking, self._score = facts.id, None
        screen.wipe()
        set_language(language)
        window.set_display(display)
        screen.fit_text_scale(display.text_scale)
        window.preview(screen)
        screen.setFocus()  # nothing looks chosen at rest
        window.screenShown.emit(screen.step_name)
        self._close.start(ASK_S * 1000)

    def question_screen(self, window: KioskWindow) -> FeedbackScreen:
        """The screen after a cancel, built when first asked (also by the a11y check)."""
        if self.screen is None:
            self.screen = FeedbackScreen()
            self.screen.finished.connect(self.close_question)
            self.screen.panel.rated.connect(self._rated_after)
            self.screen.panel.reasoned.connect(
                lambda reason: self._rated_after(self._score, reason))
            self.screen.panel.done.connect(lambda: self._close.start(THANKS_S * 1000))
            window.stack.addWidget(self.screen)
        return self.screen

    def _rated_after(self, score: int | None, reason: str | None = None) -> None:
        session_id = self._asking
        if score is None or session_id is None:
            return
        self._score = score
        self._close.start(ASK_S * 1000)  # an answer under way: the time starts again
        self._write(lambda: store.rate(self.path, session_id, score, reason))

    def close_question(self) -> None:
        self._close.stop()
        self._asking = None
        window, screen = self._window, self.screen
        if window is None or screen is None or window.current_screen() is not screen:
            return
        screen.wipe()
        set_language(window.journey.default_language)
        window.set_display(Display())
        window.show_current()

    def shutdown(self) -> None:
        self._unlisten()
        self.tasks.shutdown()
