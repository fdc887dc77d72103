"""The kiosk window: the frame, the screen of the current step, navigation, session end.

The journey (``kiosk.journey.Journey``) holds everything the citizen gave; the
window maps each of its steps to a screen and moves between them. The screens
of a session are built when a service is chosen (``ui.session_screens``) and
destroyed when it ends, so no widget (nor its undo history) carries anything
over to the next citizen.
"""

from __future__ import annotations

import dataclasses
import gc
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from forms.payment import PaymentInfo
from kiosk.base.errors import GENERIC_ERROR, UserFacingError
from kiosk.base.i18n import N_
from kiosk.journey import PAY, SERVICE, SIGN, WELCOME, Display, Journey, Step
from kiosk.payment.reference import reference_for
from kiosk.services import service_by_id
from kiosk.settings import Settings
from ui import theme
from ui.chrome import Footer, Header
from ui.i18n import set_language, translate
from ui.keyboard import OnScreenKeyboard
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
    QKeyEvent,
    QMainWindow,
    QPoint,
    QScrollArea,
    QSizePolicy,
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
    from forms.record import ApplicationRecord
    from ui.backend import Backend
    from ui.idle import IdleWatcher
    from ui.screens.service import ServiceScreen
    from ui.screens.staff import StaffScreen
    from ui.session_screens import SessionScreens
    from ui.voice import VoiceGuide

log = logging.getLogger(__name__)

PAYMENT_CHECKING = N_("Payment", "Your card payment is being checked. Please do not pay again; "
                      "ask at the counter if you are unsure.")
RECEIPT_PRINTED = N_("Receipt", "Your receipt has been printed: please take it.")
PAYMENT_LINE = {
    "paid": N_("Receipt", "The fee has been paid. Thank you."),
    "pending_transfer": N_("Receipt", "Please transfer the fee with the payment reference "
                           "{reference}."),
    "pay_at_counter": N_("Receipt", "Please pay the fee at the counter."),
    "exemption_claimed": N_("Receipt", "Fee exemption claimed: please bring your proof to "
                            "the counter."),
    "not_paid": N_("Receipt", "Please pay the fee at the counter."),
}


class KioskWindow(QMainWindow):
    # Emitted with the step name whenever a new screen is shown.
    screenShown = Signal(str)
    # Emitted when a session ends (finished, cancelled or timed out).
    sessionEnded = Signal(str)  # reason
    # Emitted when an application is durably queued (Vorgangsnummer).
    applicationQueued = Signal(str)
    # Emitted when the staff put failed applications back in line.
    staffRetried = Signal()
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
        self._record: ApplicationRecord | None = None  # the parked application (payment step)
        self._receipt_for: tuple[ApplicationRecord, tuple[str, ...]] | None = None
        self.last_receipt: str | None = None  # the last printed receipt's job (walkthrough)
        self.setWindowTitle("Bürgerbüro Kiosk")

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.header = Header(f"{settings.office_name} {settings.place}", settings.languages)
        self.header.languageMenu.connect(self.choose_language)
        self.header.helpRequested.connect(self.call_staff)
        self.header.largerText.connect(lambda: self.set_display(self.journey.display.larger()))
        self.header.smallerText.connect(lambda: self.set_display(self.journey.display.smaller()))
        self.header.contrastChosen.connect(
            lambda high: self.set_display(self.journey.display.contrast(high)))
        column.addWidget(self.header)
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.footer = Footer()
        self.footer.back_button.clicked.connect(self.go_back)
        self.footer.cancel_button.clicked.connect(self.ask_cancel)
        self.footer.next_button.clicked.connect(self.go_next)
        column.addWidget(self.footer)
        self._column = column
        self.keyboard: OnScreenKeyboard | None = None  # built with the backend
        self.voice: VoiceGuide | None = None  # built with the backend
        self.setCentralWidget(central)
        self.next_button = self.footer.next_button
        self.back_button = self.footer.back_button
        self.cancel_button = self.footer.cancel_button

        self.welcome = WelcomeScreen(settings)
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
        self._show_current()

    def attach(self, backend: Backend) -> None:
        """What the screens after the welcome screen work with (``ui.app``, after the
        first frame)."""
        self._backend = backend
        # The on-screen keyboard sits below the footer: the screen shrinks, nothing is covered.
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
        if backend.payments is not None:  # a payment that ended after its session
            backend.payments.cardFinished.connect(self.payment_ended_elsewhere)
            backend.payments.recovered.connect(lambda _r: self.payment_ended_elsewhere(None))

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
            if app is not None:
                app.installEventFilter(self._idle)
        return self._idle

    def stop_idle(self) -> None:
        """No idle timeout from now on (the kiosk is stopping)."""
        if self._idle is not None:
            self._idle.stop()

    # -- chrome --------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._update_chrome()
        super().changeEvent(event)

    def _update_chrome(self) -> None:
        screen = self.current_screen()
        self.footer.show_state(back=screen.shows_back, cancel=screen.shows_cancel,
                               next_text=screen.next_label())
        self.footer.setVisible(screen is not self.welcome
                               and screen.step_name not in ("receipt", "staff"))
        display = self.journey.display
        self.header.show_state(step=self.journey.progress, language=self.journey.language,
                               in_session=screen is not self.welcome,
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
        self._update_chrome()

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
            self.stack.addWidget(self._staff)
        self._make_current(self._staff)
        self._staff.entered()
        self._update_chrome()
        self.screenShown.emit("staff")

    def close_staff(self) -> None:
        if self.stack.currentWidget() is self._staff:
            self._show_current()

    # -- navigation ----------------------------------------------------------
    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    @property
    def session_screens(self) -> dict[Step, Screen]:
        return self._session.by_step if self._session is not None else {}

    def screen_for(self, step: Step) -> Screen:
        if step == WELCOME:
            return self.welcome
        if step == SERVICE:
            return self.services
        return self.session_screens[step]

    def _show_current(self) -> None:
        screen = self.screen_for(self.journey.step)
        self._make_current(screen)
        screen.setFocus()  # nothing looks chosen at rest (a screen may focus a field)
        screen.entered()
        self._update_chrome()
        self.screenShown.emit(screen.step_name)

    def _make_current(self, screen: Screen) -> None:
        """Show ``screen``; only its size counts for the window's layout (a tall screen
        elsewhere in the stack must not squeeze this one when the keyboard is up)."""
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            policy = (QSizePolicy.Policy.Preferred if page is screen
                      else QSizePolicy.Policy.Ignored)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(screen)

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
        self._update_chrome()

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
        self._update_chrome()
        self.languageChanged.emit(language)

    def _language_chosen(self, language: str) -> None:
        self.switch_language(language)
        self.journey.begin(language)
        self.idle.start()
        self._show_current()

    def _service_chosen(self, service_id: str) -> None:
        # The form screens (and the forms package) load when the first citizen needs them.
        from forms.loader import shipped_forms
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
            if self._session.payment is not None:
                self._session.payment.settled.connect(self._payment_settled)
                self._session.payment.unresolved.connect(self._payment_unresolved)
                self._session.payment.busyChanged.connect(self._payment_busy)
            for screen in self._session.by_step.values():
                self.stack.addWidget(screen)
        self._show_current()

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
        self._show_current()

    def go_back(self) -> None:
        self.journey.back()
        self._show_current()

    def edit_section(self, section_id: str) -> None:
        """Back to a section of the form (the review screen's "change" buttons)."""
        self.journey.edit(section_id)
        self._show_current()

    # -- submission ----------------------------------------------------------
    def _submit(self) -> None:
        assert self._session is not None
        screen = self._session.signature
        if screen.busy:
            return
        if not screen.accept():
            self.inputRefused.emit()
            return
        vorgangsnummer, _key = self.journey.prepare_submission()
        record = self.journey.application(
            signed_at=datetime.now().astimezone(), terminal_id=self.settings.terminal_id,
            office_name=self.settings.office_name, place=self.settings.place)
        fee = record.form.fee_cents
        # Fail closed: "not paid" until the payment step settles it.
        record = dataclasses.replace(record, payment=PaymentInfo(
            method="none", status="not_paid" if fee else "not_required", amount_cents=fee,
            reference=reference_for(self.settings, vorgangsnummer) if fee else ""))
        screen.set_busy(True)
        self.next_button.setEnabled(False)
        self.next_button.setText(self.tr("Saving…"))
        settings, storage, tasks = self.settings, self.backend.storage, self.backend.tasks
        if self.journey.needs_payment:
            # Parked first (sealed, durable), then paid, then stored with its payment.
            tasks.run(lambda: storage.park(settings, record),
                      lambda vn: self._parked(vn, record), self._store_failed)
            return
        # The storage thread waits while the storage process renders, signs and enqueues.
        self._receipt_for = (record, ())
        tasks.run(lambda: storage.store(settings, record), self._stored, self._store_failed)

    # -- payment -------------------------------------------------------------
    def _parked(self, vorgangsnummer: str, record: ApplicationRecord) -> None:
        self.next_button.setEnabled(True)
        if self.journey.vorgangsnummer != vorgangsnummer or self._session is None \
                or self._session.payment is None:
            self._store_parked()  # the session ended meanwhile: store it as it stands
            return
        self._session.signature.wipe()
        self._record = record
        self.journey.to_payment()
        self._session.payment.start(record)
        self._show_current()

    def _payment_busy(self, busy: bool) -> None:
        # While the citizen works at the card terminal or on the phone, the screen is idle.
        if busy:
            self.idle.stop()
        elif self.journey.step == PAY:
            self.idle.start()

    def _payment_settled(self, payment: PaymentInfo, customer_copy: tuple[str, ...]) -> None:
        record = self._record
        if record is None or self.journey.step != PAY:
            return
        final = dataclasses.replace(record, payment=payment)
        self._receipt_for = (final, tuple(customer_copy))
        settings, storage = self.settings, self.backend.storage
        self.backend.tasks.run(lambda: storage.store(settings, final), self._stored,
                               self._store_failed)

    def _payment_unresolved(self) -> None:
        """A card payment's outcome is open: the application stays parked until recovery."""
        if self.journey.vorgangsnummer is None or self._session is None:
            return
        vorgangsnummer = self.journey.vorgangsnummer
        self._record = None
        self.journey.finish_submission()
        self._session.receipt.show_receipt(vorgangsnummer, PAYMENT_CHECKING)
        self.idle.stop()
        self.start_receipt_countdown()
        self._show_current()

    def _store_parked(self) -> None:
        settings, storage = self.settings, self.backend.storage
        self.backend.tasks.run(lambda: storage.store_parked(settings), self._parked_stored,
                               lambda exc: log.error("parked applications not stored: %s",
                                                     type(exc).__name__))

    def _parked_stored(self, stored: list[str]) -> None:
        for vorgangsnummer in stored:
            self.applicationQueued.emit(vorgangsnummer)

    def payment_ended_elsewhere(self, _outcome: object) -> None:
        """A payment ended after its session: store what is parked (ui.app connects it)."""
        if self.journey.step != PAY:
            self._store_parked()

    def _stored(self, vorgangsnummer: str) -> None:
        self.next_button.setEnabled(True)
        if self.journey.vorgangsnummer != vorgangsnummer or self._session is None:
            return  # the session ended meanwhile; the application is queued all the same
        self._session.signature.wipe()
        receipt_for, self._receipt_for, self._record = self._receipt_for, None, None
        payment = receipt_for[0].payment if receipt_for is not None else None
        line = PAYMENT_LINE.get(payment.status) if payment is not None else None
        self.journey.finish_submission()
        self._session.receipt.show_receipt(
            vorgangsnummer, line.format(reference=payment.reference)
            if line is not None and payment is not None else None)
        payments = self.backend.payments
        if receipt_for is not None and payments is not None and payments.printer is not None:
            self._print_receipt(*receipt_for)
        self.idle.stop()
        self.start_receipt_countdown()
        self._show_current()
        self.applicationQueued.emit(vorgangsnummer)

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

    def _print_receipt(self, record: ApplicationRecord, customer_copy: tuple[str, ...]) -> None:
        # The receipt's texts need the record's modules, loaded with the first submission.
        from kiosk.payment.receipt import build_receipt

        payments = self.backend.payments
        assert payments is not None
        doc = build_receipt(record, record.payment, office=f"{self.settings.office_name} "
                            f"{self.settings.place}", customer_copy=customer_copy)
        receipt = self._session.receipt if self._session is not None else None

        def printed(job: str | None, error: UserFacingError | None) -> None:
            self.last_receipt = job
            if receipt is not None and self._session is not None:
                receipt.show_printed(error.message if error is not None else RECEIPT_PRINTED)

        payments.print_receipt(doc, printed)

    def _store_failed(self, error: Exception) -> None:
        self.next_button.setEnabled(True)
        if self._session is None:
            return  # the session ended meanwhile
        if self.journey.step == PAY and self._session.payment is not None:
            message = error.message if isinstance(error, UserFacingError) else GENERIC_ERROR
            log.error("could not store the paid application: %s", type(error).__name__)
            self._session.payment.show_error(message)
            return
        screen = self._session.signature
        screen.set_busy(False)
        if isinstance(error, UserFacingError):
            log.error("could not store application: %s", error.detail or type(error).__name__)
            screen.show_error(error.message)
        else:
            log.error("could not store application", exc_info=error)
            screen.show_error(GENERIC_ERROR)
        self._update_chrome()
        self.inputRefused.emit()

    # -- session end ---------------------------------------------------------
    @property
    def cancel_question(self) -> CancelQuestion | None:
        return self._cancel_question

    def ask_cancel(self) -> None:
        """'Cancel': straight back where nothing was entered yet, else asked first."""
        if self.journey.step in (WELCOME, SERVICE):
            self.end_session("cancelled")
            return
        if self._cancel_question is None:
            self._cancel_question = CancelQuestion(self._central)
            self._cancel_question.answered.connect(
                lambda cancel: self.end_session("cancelled") if cancel else None)
        self._cancel_question.ask()

    def end_session(self, reason: str) -> None:
        """Wipe the citizen's data from the journey and every screen."""
        self.idle.stop()
        self.receipt_timer.stop()
        for overlay in (self._cancel_question, self._language_chooser, self._help):
            if overlay is not None:
                overlay.hide()
        parked = self.journey.step == PAY
        self._record = self._receipt_for = None
        self._drop_session_screens()
        if parked:  # left on the payment step: stored with what the ledger says
            self._store_parked()
        self.journey.wipe()
        if self.keyboard is not None:
            self.keyboard.reset(self.journey.language)
        if self._backend is not None:
            self._backend.scanner.purge()  # what this citizen scanned but did not take goes too
        set_language(self.journey.language)
        self.set_display(self.journey.display)  # the standard text size and contrast again
        self._show_current()
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
    order: by their place on the (unscrolled) page, lines of 12 px, then along the line
    in the layout's direction. (Of a one-of group Qt lets only one option take Tab focus;
    the arrow keys move between the options, as with radio buttons.)"""
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
        return y // 12, -point.x() if rtl else point.x()

    stops = [w for w in root.findChildren(QWidget)
             if w.isVisibleTo(window) and w.isEnabled()
             and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isWindow()]
    return sorted(stops, key=place)

