"""The kiosk window: the frame, the screen of the current step, navigation, session end.

The journey (``kiosk.journey.Journey``) holds everything the citizen gave; the
window maps each of its steps to a screen and moves between them. The screens
of a session are built when a service is chosen (``ui.session_screens``) and
destroyed when it ends, so no widget (nor its undo history) carries anything
over to the next citizen.
"""

from __future__ import annotations

import gc
import logging
from typing import TYPE_CHECKING

from kiosk.base.errors import GENERIC_ERROR, UserFacingError
from kiosk.journey import PAY, SERVICE, SIGN, WELCOME, Display, Journey, Step
from kiosk.settings import Settings
from ui import qt, theme
from ui.chrome import Footer, Header
from ui.i18n import set_language, translate
from ui.input_watch import input_watch_paused
from ui.overlay import (
    HELP_ASK,
    HELP_CALLED,
    HELP_CALLING,
    CancelQuestion,
    HelpNotice,
    LanguageChooser,
    visible_overlay,
)
from ui.qt import (
    QApplication,
    QEvent,
    QMainWindow,
    QPoint,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens.base import Screen
from ui.screens.welcome import WelcomeScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.backend import Backend
    from ui.idle import IdleWatcher
    from ui.keyboard import OnScreenKeyboard
    from ui.qt import QKeyEvent
    from ui.screens.service import ServiceScreen
    from ui.screens.staff import StaffScreen
    from ui.session_screens import SessionScreens
    from ui.submit_step import SubmitStep
    from ui.voice import VoiceGuide

log = logging.getLogger(__name__)

class KioskWindow(QMainWindow):
    # Emitted with the step name whenever a new screen is shown.
    screenShown = Signal(str)
    # Emitted when a session ends (finished, cancelled or timed out); sessionEnding first,
    # while the journey still holds it (the statistics note where it stopped).
    sessionEnding = Signal(str)  # reason
    sessionEnded = Signal(str)  # reason
    # Emitted after the citizen cancelled ('Cancel', then 'Yes'): the question follows.
    citizenLeft = Signal()
    # Emitted when an application is durably queued (Vorgangsnummer).
    applicationQueued = Signal(str)
    # Emitted when the staff put failed applications back in line.
    staffRetried = Signal()
    # Emitted when a technician gave the right staff PIN to leave the kiosk.
    staffExit = Signal()
    # Emitted when the current screen refused 'Next' and shows why (the voice reads it).
    inputRefused = Signal()
    # Emitted when the citizen chose another language during the session (the voice re-reads).
    languageChanged = Signal(str)
    # Emitted when a citizen pressed 'Help' and the staff-call hook runs.
    staffCalled = Signal()

    def __init__(self, settings: Settings) -> None:
        """The frame and the welcome screen: all the first frame shows. What works
        behind the screens (storage, readers, sync, scans) is attached after it."""
        super().__init__()
        self.settings = settings
        self._backend: Backend | None = None
        self.journey = Journey(settings.default_language)
        self._session: SessionScreens | None = None
        self._submit_step: SubmitStep | None = None  # built with the backend
        self._policies_set = False  # the stack's pages' size policies (_make_current)
        self.setWindowTitle("Bürgerbüro Kiosk")

        central = QWidget()
        self.setCentralWidget(central)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = Header(f"{settings.office_name} {settings.place}", settings.languages,
                             parent=central)
        self.header.languageMenu.connect(self.choose_language)
        self.header.helpRequested.connect(self.call_staff)
        self.header.largerText.connect(lambda: self.set_display(self.journey.display.larger()))
        self.header.smallerText.connect(lambda: self.set_display(self.journey.display.smaller()))
        self.header.contrastChosen.connect(
            lambda high: self.set_display(self.journey.display.contrast(high)))
        column.addWidget(self.header)
        self.stack = QStackedWidget(central)
        column.addWidget(self.stack, 1)
        self.footer = Footer(central)
        self.footer.back_button.clicked.connect(self.go_back)
        self.footer.cancel_button.clicked.connect(self.ask_cancel)
        self.footer.next_button.clicked.connect(self.go_next)
        column.addWidget(self.footer)
        self._column = column
        self.keyboard: OnScreenKeyboard | None = None  # built with the backend
        self.voice: VoiceGuide | None = None  # built with the backend
        self.next_button = self.footer.next_button
        self.back_button = self.footer.back_button
        self.cancel_button = self.footer.cancel_button

        # Shown wherever the welcome screen would be while set (ui/screens/out_of_service.py).
        self.out_of_service: Screen | None = None
        self.welcome = WelcomeScreen(settings, self.stack)
        self.welcome.languageChosen.connect(self._language_chosen)
        self.stack.addWidget(self.welcome)
        self._central = central
        self._services: ServiceScreen | None = None
        self._idle: IdleWatcher | None = None
        self._staff: StaffScreen | None = None
        self._cancel_question: CancelQuestion | None = None
        self._language_chooser: LanguageChooser | None = None
        self._help: HelpNotice | None = None
        # The receipt closes itself after receipt_timeout_s, counting down each second on
        # the screen; 'More time' starts the count again (as often as the citizen needs).
        self.receipt_timer = QTimer(self)
        self.receipt_timer.setInterval(1000)
        self.receipt_timer.timeout.connect(self._receipt_tick)
        self.receipt_left = 0
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        self.show_current()

    def attach(self, backend: Backend) -> None:
        """What the screens after the welcome screen work with (``ui.app``, after the
        first frame)."""
        self._backend = backend
        # The on-screen keyboard sits below the footer: the screen shrinks, nothing is covered.
        from ui.keyboard import OnScreenKeyboard  # its layouts: after the first frame

        self.keyboard = OnScreenKeyboard(self.settings.onscreen_keyboard)
        self.keyboard.set_language(self.journey.language)
        self.keyboard.shown.connect(self.footer.set_compact)
        self._column.addWidget(self.keyboard)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.keyboard.follow(app)
        # The voice output speaks the screens; its controls sit above the footer.
        from ui.voice import VoiceGuide  # the speech thread's bridge: after the first frame

        self.voice = VoiceGuide(self, backend.speech)
        self._column.insertWidget(self._column.indexOf(self.footer), self.voice.controls)
        from ui.submit_step import SubmitStep  # sign, pay, store: after the first frame

        step = self._submit_step = SubmitStep(self)
        if backend.payments is not None:  # a payment that ended after its session
            backend.payments.cardFinished.connect(step.ended_elsewhere)
            backend.payments.recovered.connect(lambda _r: step.ended_elsewhere(None))
        backend.statistics.follow(self, backend.sync)  # the figures and the question
        backend.checkin.follow(self, backend.payments)  # appointment check-in (ui.checkin)

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            raise RuntimeError("the kiosk's backend is attached after the first frame")
        return self._backend

    def prepare(self) -> None:
        """After the first frame: build what the first citizen's first taps need."""
        import ui.session_screens  # noqa: F401 - the session's screen classes, off the start-up path

        self.services  # noqa: B018 - the service screen, with the forms it lists
        self.idle  # noqa: B018

    # Built on first use: the start-up path paints the welcome screen only.
    @property
    def services(self) -> ServiceScreen:
        if self._services is None:
            # The service screen lists the forms: the forms package loads with it.
            from ui.screens.service import ServiceScreen

            self._services = ServiceScreen()
            self._services.serviceChosen.connect(self._service_chosen)
            self.stack.addWidget(self._services)
        return self._services

    @property
    def idle(self) -> IdleWatcher:
        if self._idle is None:
            # The idle watcher's Qt types are created when the first session nears.
            from ui.idle import IdleWarning, IdleWatcher

            self.idle_overlay = IdleWarning(self._central)
            self._idle = IdleWatcher(self.idle_overlay, self.settings.idle_timeout_s,
                                     self.settings.idle_warning_s, self)
            self._idle.expired.connect(lambda: self.end_session("timeout"))
            app = QApplication.instance()
            if isinstance(app, QApplication):
                self._idle.follow(app)
        return self._idle

    def stop_idle(self) -> None:
        """No idle timeout from now on (the kiosk is stopping)."""
        if self._idle is not None:
            self._idle.stop()

    # -- chrome --------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update_chrome()
        super().changeEvent(event)

    def update_chrome(self) -> None:
        screen = self.current_screen()
        self.footer.show_state(back=screen.shows_back, cancel=screen.shows_cancel,
                               next_text=screen.next_label())
        at_rest = screen is self.welcome or screen is self.out_of_service \
            or screen.step_name == "feedback"  # between citizens (ui.statistics)
        self.footer.setVisible(not at_rest and screen.step_name not in (
            "receipt", "staff", "checkin", "ticket"))  # those have their own buttons
        display = self.journey.display
        self.header.show_state(step=self.journey.progress, language=self.journey.language,
                               in_session=not at_rest,
                               text_scale=display.text_scale,
                               high_contrast=display.high_contrast,
                               can_grow=display.larger() != display,
                               can_shrink=display.smaller() != display)

    # -- text size and contrast (every screen) ------------------------------------
    def set_display(self, display: Display) -> None:
        """This citizen's text size and contrast, for every screen from now on."""
        self.journey.display = display
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, display)
        screens = [self.welcome, *self.session_screens.values()]
        if self._services is not None:
            screens.append(self._services)
        for screen in screens:
            screen.fit_text_scale(display.text_scale)
        self.update_chrome()

    # -- staff screen (technician key on the welcome screen) -----------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers()
        if (event.key() == Qt.Key.Key_S and self.current_screen() is self.welcome
                and mods & Qt.KeyboardModifier.ControlModifier
                and mods & Qt.KeyboardModifier.AltModifier):
            self.open_staff()
            return
        super().keyPressEvent(event)

    def open_staff(self) -> None:
        if self._staff is None:
            # The outbox's SQLite and crypto libraries load when staff first ask for it.
            from ui.screens.staff import outbox_staff_screen

            self._staff = outbox_staff_screen(self.settings, self.backend.tasks,
                                              self.backend.sync)
            self._staff.closed.connect(self.close_staff)
            self._staff.retried.connect(lambda _n: self.staffRetried.emit())
            self._staff.exitConfirmed.connect(self.staffExit.emit)
            self.stack.addWidget(self._staff)
        self._make_current(self._staff)
        self._staff.entered()
        self.update_chrome()
        self.screenShown.emit("staff")

    def close_staff(self) -> None:
        if self.stack.currentWidget() is self._staff:
            self.show_current()

    # -- navigation ----------------------------------------------------------
    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    @property
    def session(self) -> SessionScreens | None:
        """The screens of the current session (None between citizens)."""
        return self._session

    @property
    def session_screens(self) -> dict[Step, Screen]:
        return self._session.by_step if self._session is not None else {}

    def screen_for(self, step: Step) -> Screen:
        if step == WELCOME:
            return self.out_of_service or self.welcome
        if step == SERVICE:
            return self.services
        return self.session_screens[step]

    def show_current(self) -> None:
        screen = self.screen_for(self.journey.step)
        self._make_current(screen)
        screen.setFocus()  # nothing looks chosen at rest (a screen may focus a field)
        screen.entered()
        self.update_chrome()
        self.screenShown.emit(screen.step_name)

    def _make_current(self, screen: Screen) -> None:
        """Show ``screen``; only its size counts for the window's layout (a tall screen
        elsewhere in the stack must not squeeze this one when the keyboard is up)."""
        # The first frame's stack holds the welcome screen alone, at Qt's default policy
        # (Preferred): nothing to set, and QSizePolicy's type is built after that frame.
        self._policies_set = self._policies_set or self.stack.count() > 1
        for index in range(self.stack.count()) if self._policies_set else ():
            page = self.stack.widget(index)
            policy = (qt.QSizePolicy.Policy.Preferred if page is screen
                      else qt.QSizePolicy.Policy.Ignored)
            if page is not None:
                page.setSizePolicy(policy, policy)
        with input_watch_paused():  # ~300 show and hide events, none of them input
            self.stack.setCurrentWidget(screen)
        # Laid out again for what it shows now: a screen kept in the stack while the text
        # size changed elsewhere kept its scroll body's layout for the body's old height
        # (the review's labels came back 2 px short of their text at 200 %). The first
        # frame's stack holds the welcome screen alone: nothing was laid out before.
        for area in screen.findChildren(QScrollArea) if self.stack.count() > 1 else ():
            body = area.widget()
            layout = body.layout() if body is not None else None
            if layout is not None:
                layout.invalidate()

    # -- keyboard and switch navigation ------------------------------------------
    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        """Tab and Shift+Tab in reading order: the header, the screen (top to bottom,
        along each line in the language's direction), the footer — also for fields a
        screen adds later (a group's new entry) — or, while the idle warning shows,
        only its button. Scroll areas scroll to the control that gets the focus."""
        order = self.focus_order()
        if not order:
            return super().focusNextPrevChild(next)
        current = QApplication.focusWidget()
        index = order.index(current) if current in order else (-1 if next else 0)
        target = order[(index + (1 if next else -1)) % len(order)]
        target.setFocus(Qt.FocusReason.TabFocusReason if next
                        else Qt.FocusReason.BacktabFocusReason)
        return True

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        """A control that had the focus was hidden or disabled ('Saving…', a payment
        under way): Qt hands the focus to the next control, which then looks chosen.
        The screen takes it instead; Tab goes on from there."""
        if old is None or new is None or (old.isVisible() and old.isEnabled()):
            return
        if self.header.isAncestorOf(new) or self.footer.isAncestorOf(new):
            self.current_screen().setFocus()

    def focus_order(self) -> list[QWidget]:
        """The controls Tab visits now, in order."""
        overlay = visible_overlay(self._central)
        if overlay is not None:
            return _tab_stops(overlay, self)
        return [*_tab_stops(self.header, self), *_tab_stops(self.current_screen(), self),
                *_tab_stops(self.footer, self)]

    def preview(self, screen: Screen) -> None:
        """Show a session screen out of the journey's order (the a11y check, screenshots)."""
        self._make_current(screen)
        screen.entered()
        self.update_chrome()

    @property
    def language_chooser(self) -> LanguageChooser:
        if self._language_chooser is None:
            self._language_chooser = LanguageChooser(self._central, self.settings.languages)
            self._language_chooser.chosen.connect(self.switch_language)
        return self._language_chooser

    @property
    def help_notice(self) -> HelpNotice:
        if self._help is None:
            self._help = HelpNotice(self._central)
        return self._help

    def call_staff(self) -> None:
        """'Help': the staff-call hook on the task thread; the citizen sees what it did."""
        backend = self._backend
        if backend is None or not backend.staff.configured:
            self.help_notice.tell(HELP_ASK)
            return
        self.help_notice.tell(HELP_CALLING)
        self.staffCalled.emit()
        backend.tasks.run(backend.staff.call, lambda _call: self.help_notice.tell(HELP_CALLED),
                          lambda error: self.help_notice.tell(
                              error.message if isinstance(error, UserFacingError) else HELP_ASK))

    def choose_language(self) -> None:
        """The list of languages, over the screen; what was entered stays."""
        self.language_chooser.ask(self.journey.language)

    def switch_language(self, language: str) -> None:
        self.journey.language = language
        set_language(language)
        if self.keyboard is not None:
            self.keyboard.set_language(language)
        self.update_chrome()
        self.languageChanged.emit(language)

    def _language_chosen(self, language: str) -> None:
        self.switch_language(language)
        self.journey.begin(language)
        self.idle.start()
        self.show_current()

    def _service_chosen(self, service_id: str) -> None:
        # The form screens (and the forms package) load when the first citizen needs them.
        from forms.loader import shipped_forms
        from kiosk.services import service_by_id  # the services' list: with the first choice
        from ui.session_screens import build_session_screens

        service = service_by_id(service_id)
        if service.form_id is None:
            return
        form = shipped_forms()[service.form_id]
        same_form = self.journey.form is not None and self.journey.form.id == form.id
        self.journey.choose_service(service_id, form)
        if not same_form or self._session is None:
            self._drop_session_screens()
            backend = self.backend
            self._session = build_session_screens(
                self.journey, settings=self.settings, readers=backend.readers,
                sync=backend.sync, scanner=backend.scanner, eid=backend.eid,
                edit_section=self.edit_section, finish=lambda: self.end_session("finished"),
                payments=backend.payments)
            self._session.receipt.moreTime.connect(self.start_receipt_countdown)
            if self._submit_step is not None:
                self._submit_step.connect()
            for screen in self._session.by_step.values():
                screen.fit_text_scale(self.journey.display.text_scale)
                self.stack.addWidget(screen)
        self.show_current()

    def _drop_session_screens(self) -> None:
        for screen in self.session_screens.values():
            screen.wipe()
            self.stack.removeWidget(screen)
            screen.setParent(None)
            screen.deleteLater()
        self._session = None

    def go_next(self) -> None:
        if self.journey.step == SIGN:
            self._submit()
            return
        if not self.current_screen().accept():
            self.inputRefused.emit()
            return
        self.journey.advance()
        self.show_current()

    def go_back(self) -> None:
        self.journey.back()
        self.show_current()

    def edit_section(self, section_id: str) -> None:
        """Back to a section of the form (the review screen's "change" buttons)."""
        self.journey.edit(section_id)
        self.show_current()

    # -- submission (ui.submit_step) ------------------------------------------
    def _submit(self) -> None:
        if self._session is not None and self._submit_step is not None:
            self._submit_step.submit()

    def after_paint(self, work: Callable[[], None]) -> None:
        """Run ``work`` on the GUI thread when the events waiting now (the next frame's
        paint among them) have been handled. A real timer: Qt posts a zero timeout as
        an ordinary event, which comes before the paint (a low-priority event)."""
        QTimer.singleShot(1, self, work)

    def start_receipt_countdown(self) -> None:
        self.receipt_left = self.settings.receipt_timeout_s
        self.receipt_timer.start()
        if self._session is not None:
            self._session.receipt.show_countdown(self.receipt_left)

    def _receipt_tick(self) -> None:
        self.receipt_left -= 1
        if self.receipt_left <= 0:
            self.end_session("finished")
        elif self._session is not None:
            self._session.receipt.show_countdown(self.receipt_left)

    # -- session end ---------------------------------------------------------
    @property
    def cancel_question(self) -> CancelQuestion | None:
        return self._cancel_question

    def ask_cancel(self) -> None:
        """'Cancel': straight back where nothing was entered yet, else asked first."""
        if self.journey.step in (WELCOME, SERVICE):
            self.cancelled_by_citizen()
            return
        if self._cancel_question is None:
            self._cancel_question = CancelQuestion(self._central)
            self._cancel_question.answered.connect(
                lambda cancel: self.cancelled_by_citizen() if cancel else None)
        self._cancel_question.ask()

    def cancelled_by_citizen(self) -> None:
        self.end_session("cancelled")
        self.citizenLeft.emit()

    def end_session(self, reason: str) -> None:
        """Wipe the citizen's data from the journey and every screen."""
        self.sessionEnding.emit(reason)
        self.idle.stop()
        self.receipt_timer.stop()
        for overlay in (self._cancel_question, self._language_chooser, self._help):
            if overlay is not None:
                overlay.hide()
        parked = self.journey.step == PAY
        self._drop_session_screens()
        if self._submit_step is not None:
            self._submit_step.forget()
            if parked:  # left on the payment step: stored with what the ledger says
                self._submit_step.store_parked()
        self.journey.wipe()
        if self.keyboard is not None:
            self.keyboard.reset(self.journey.language)
        if self._backend is not None:
            self._backend.scanner.purge()  # what this citizen scanned but did not take goes too
        set_language(self.journey.language)
        self.set_display(self.journey.display)  # the standard text size and contrast again
        self.show_current()
        gc.collect()
        self.sessionEnded.emit(reason)

    def error_text(self, error: Exception) -> str:
        if isinstance(error, UserFacingError):
            return translate(error.message)
        return translate(GENERIC_ERROR)

    def screen_named(self, name: str) -> Screen:
        """The screen of the step with this name (tests and the walkthrough)."""
        for step in self.journey.steps:
            if step.name == name:
                return self.screen_for(step)
        raise KeyError(name)


def _tab_stops(root: QWidget, window: QWidget) -> list[QWidget]:
    """The visible, enabled controls under ``root`` that take focus by Tab, in reading
    order: by their place on the (unscrolled) page, line by line (a line: the controls
    less than 12 px below its highest), then along the line in the layout's direction.
    (Of a one-of group Qt lets only one option take Tab focus; the arrow keys move
    between the options, as with radio buttons.)"""
    rtl = root.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(root, QPoint(0, 0))
        y = point.y()
        area = widget.parentWidget()
        while area is not None and area is not root and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        content = area.widget() if isinstance(area, QScrollArea) else None
        if isinstance(area, QScrollArea) and content is not None:  # as if not scrolled
            y = area.mapTo(root, QPoint(0, 0)).y() + widget.mapTo(content, QPoint(0, 0)).y()
        return y, -point.x() if rtl else point.x()

    stops = [w for w in root.findChildren(QWidget)
             if w.isVisibleTo(window) and w.isEnabled()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isWindow()]
    # A line starts at its highest control and takes those less than 12 px below it
    # (not fixed 12 px bands: a button 2 px taller than its neighbours, Arabic text in
    # the header, fell into the band above them and came first).
    placed = sorted((place(w), n) for n, w in enumerate(stops))
    lines: list[list[tuple[int, int]]] = []  # (along the line, index) per line
    top = 0
    for (y, along), index in placed:
        if not lines or y - top >= 12:
            lines.append([])
            top = y
        lines[-1].append((along, index))
    return [stops[index] for line in lines for _along, index in sorted(line)]

