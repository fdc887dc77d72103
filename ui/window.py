"""The kiosk window: header, the current screen, footer; navigation and session end.

Screens that can hold a citizen's data are built when a service is chosen and
destroyed when the session ends, so no widget (nor its undo history) carries
anything over to the next citizen.
"""

from __future__ import annotations

import gc
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from kiosk.base.errors import GENERIC_ERROR, UserFacingError
from kiosk.services import service_by_id
from kiosk.session import IDENTITY_SECTION, RECEIPT, REVIEW, SIGN, Session, StepKind
from kiosk.settings import Settings
from ui.bridges import ReaderBridge, SyncBridge
from ui.i18n import set_language, translate
from ui.idle import IdleWarning, IdleWatcher
from ui.qt import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.scanner import Scanner
from ui.screens.base import Screen
from ui.screens.service import ServiceScreen
from ui.screens.welcome import WelcomeScreen
from ui.tasks import TaskRunner
from ui.widgets import button, label

if TYPE_CHECKING:
    from forms.model import FormDef
    from ui.eid_bridge import EidBridge

log = logging.getLogger(__name__)

# The per-session screens (and the Qt types they need) load when the first
# citizen chooses a service, not on the start-up path to the welcome screen.


class KioskWindow(QMainWindow):
    # Emitted with the step name whenever a new screen is shown.
    screenShown = Signal(str)
    # Emitted when a session ends (finished, cancelled or timed out).
    sessionEnded = Signal(str)  # reason
    # Emitted when an application is durably queued (Vorgangsnummer).
    applicationQueued = Signal(str)
    # Emitted when the staff put failed applications back in line.
    staffRetried = Signal()

    def __init__(self, settings: Settings, readers: ReaderBridge, sync: SyncBridge,
                 tasks: TaskRunner) -> None:
        super().__init__()
        self.settings = settings
        self.readers = readers
        self.tasks = tasks
        self.session = Session(settings.default_language)
        self.form: FormDef | None = None
        self.session_screens: dict[str, Screen] = {}
        self.eid: EidBridge | None = None  # set by ui.app when the eID function is on
        self.scanner = Scanner(settings.scan_dir, self)  # the file fields' scan inbox
        self.setWindowTitle("Bürgerbüro Kiosk")

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_header())
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        column.addWidget(self._build_footer())
        self.setCentralWidget(central)

        self.welcome = WelcomeScreen(settings)
        self.welcome.languageChosen.connect(self._language_chosen)
        self.stack.addWidget(self.welcome)
        self._central = central
        self._services: ServiceScreen | None = None
        self._idle: IdleWatcher | None = None
        self.receipt_timer = QTimer(self)
        self.receipt_timer.setSingleShot(True)
        self.receipt_timer.timeout.connect(lambda: self.end_session("finished"))
        sync.itemChanged.connect(self._sync_item_changed)
        self._sync = sync
        self._staff: QWidget | None = None
        self._show_current()

    # Built on first use: the start-up path paints the welcome screen only.
    @property
    def services(self) -> ServiceScreen:
        if self._services is None:
            self._services = ServiceScreen()
            self._services.serviceChosen.connect(self._service_chosen)
            self.stack.addWidget(self._services)
        return self._services

    @property
    def idle(self) -> IdleWatcher:
        if self._idle is None:
            self.idle_overlay = IdleWarning(self._central)
            self._idle = IdleWatcher(self.idle_overlay, self.settings.idle_timeout_s,
                                     self.settings.idle_warning_s, self)
            self._idle.expired.connect(lambda: self.end_session("timeout"))
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self._idle)
        return self._idle

    # -- chrome --------------------------------------------------------------
    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        header.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        header.setFixedHeight(72)  # the same on every screen, language buttons or not
        row = QHBoxLayout(header)
        row.setContentsMargins(32, 10, 32, 10)
        self.office = label(f"{self.settings.office_name} {self.settings.place}",
                            name="officeName", wrap=False)
        row.addWidget(self.office)
        row.addStretch(1)
        self.progress = label(name="progress", wrap=False)
        row.addWidget(self.progress)
        row.addSpacing(24)
        self.header_languages: dict[str, QPushButton] = {}
        for code in self.settings.languages:
            btn = button(code.upper(), name="headerLanguage")
            btn.setCheckable(True)
            btn.clicked.connect(lambda _c=False, code=code: self.switch_language(code))
            row.addWidget(btn)
            self.header_languages[code] = btn
        return header

    def _build_footer(self) -> QWidget:
        footer = QFrame()
        footer.setObjectName("footer")
        footer.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(footer)
        row.setContentsMargins(32, 14, 32, 14)
        self.back_button = button()
        self.back_button.clicked.connect(self.go_back)
        self.cancel_button = button()
        self.cancel_button.clicked.connect(lambda: self.end_session("cancelled"))
        self.next_button = button(name="primary")
        self.next_button.clicked.connect(self.go_next)
        self.next_button.setMinimumWidth(280)
        row.addWidget(self.back_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        self.footer = footer
        return footer

    def changeEvent(self, event: object) -> None:
        from ui.qt import QEvent

        if isinstance(event, QEvent) and event.type() == QEvent.Type.LanguageChange:
            self._update_chrome()
        super().changeEvent(event)  # type: ignore[arg-type]

    def _update_chrome(self) -> None:
        screen = self.current_screen()
        self.back_button.setText(self.tr("Back"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.back_button.setVisible(screen.shows_back)
        self.cancel_button.setVisible(screen.shows_cancel)
        text = screen.next_label()
        self.next_button.setVisible(text is not None)
        self.next_button.setText(text or "")
        self.footer.setVisible(screen is not self.welcome
                               and screen.step_name not in ("receipt", "staff"))
        current, total = self.session.progress
        self.progress.setText(
            self.tr("Step {current} of {total}").replace("{current}", str(current))
            .replace("{total}", str(total)) if current else "")
        in_session = screen is not self.welcome
        for code, btn in self.header_languages.items():
            btn.setVisible(in_session)
            btn.setChecked(code == self.session.language)

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
        from sync.outbox import retry_all_failed, staff_overview
        from ui.screens.staff import StaffScreen

        if self._staff is None:
            db, key = self.settings.outbox_path, self.settings.key_path
            staff = StaffScreen(self.tasks, lambda: staff_overview(db, key),
                                lambda: retry_all_failed(db, key))
            staff.closed.connect(self.close_staff)
            staff.retried.connect(lambda _n: self.staffRetried.emit())
            self._sync.statusChanged.connect(staff.show_status)
            self.stack.addWidget(staff)
            self._staff = staff
        self.stack.setCurrentWidget(self._staff)
        self._staff.entered()  # type: ignore[attr-defined]
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

    def _screen_for_step(self) -> Screen:
        step = self.session.step
        if step.kind is StepKind.WELCOME:
            return self.welcome
        if step.kind is StepKind.SERVICE:
            return self.services
        return self.session_screens[step.name]

    def _show_current(self) -> None:
        screen = self._screen_for_step()
        self.stack.setCurrentWidget(screen)
        screen.entered()
        self._update_chrome()
        self.screenShown.emit(screen.step_name)

    def switch_language(self, language: str) -> None:
        self.session.language = language
        set_language(language)
        self._update_chrome()

    def _language_chosen(self, language: str) -> None:
        self.switch_language(language)
        self.session.begin(language)
        self.idle.start()
        self._show_current()

    def _service_chosen(self, service_id: str) -> None:
        from forms.loader import shipped_forms

        service = service_by_id(service_id)
        if service.form_id is None:
            return
        form = shipped_forms()[service.form_id]
        if self.form is None or self.form.id != form.id:
            self._drop_session_screens()
            self._build_session_screens(form)
        self.session.choose_service(service_id, [s.id for s in form.sections])
        self._show_current()

    def _build_session_screens(self, form: FormDef) -> None:
        from ui.screens.identify import IdentifyScreen
        from ui.screens.receipt import ReceiptScreen
        from ui.screens.review import ReviewScreen
        from ui.screens.section import SectionScreen
        from ui.screens.signature import SignatureScreen

        self.form = form
        screens: list[Screen] = []
        for section in form.sections:
            if section.id == IDENTITY_SECTION:
                screens.append(IdentifyScreen(form, section, self.session, self.readers,
                                              eid=self.eid))
            else:
                screens.append(SectionScreen(form, section, self.session,
                                             scanner=self.scanner))
        review = ReviewScreen(form, self.session)
        review.editSection.connect(self._edit_section)
        signature = SignatureScreen(self.session, self.settings)
        receipt = ReceiptScreen()
        receipt.done.clicked.connect(lambda: self.end_session("finished"))
        screens += [review, signature, receipt]
        for screen in screens:
            self.session_screens[screen.step_name] = screen
            self.stack.addWidget(screen)

    def _drop_session_screens(self) -> None:
        for screen in self.session_screens.values():
            wipe = getattr(screen, "wipe", None)
            if callable(wipe):
                wipe()
            self.stack.removeWidget(screen)
            screen.setParent(None)
            screen.deleteLater()
        self.session_screens.clear()
        self.form = None

    def go_next(self) -> None:
        screen = self.current_screen()
        if self.session.step == SIGN:
            self._submit()
            return
        if not screen.accept():
            return
        self.session.advance()
        self._show_current()

    def go_back(self) -> None:
        self.session.back()
        self._show_current()

    def _edit_section(self, section_id: str) -> None:
        self.session.edit(section_id)
        self._show_current()

    # -- submission ----------------------------------------------------------
    def _submit(self) -> None:
        from kiosk.submission import SignedApplication, store_application
        from ui.screens.signature import SignatureScreen

        screen = self.session_screens["signature"]
        assert isinstance(screen, SignatureScreen)
        assert self.form is not None
        if screen.busy or not screen.accept():
            return
        vorgangsnummer, key = self.session.prepare_submission()
        assert self.session.service_id is not None
        snapshot = SignedApplication(
            service_id=self.session.service_id,
            form_id=self.form.id,
            language=self.session.language,
            answers=dict(self.session.answers),
            strokes=screen.pad.capture.stroke_points(),
            samples=screen.pad.capture.snapshot(),
            pad_width=screen.pad.capture.width,
            pad_height=screen.pad.capture.height,
            vorgangsnummer=vorgangsnummer,
            idempotency_key=key,
            signed_at=datetime.now().astimezone(),
            identification=self.session.identity.identification,
            identification_detail=dict(self.session.identity.detail),
            answer_sources=self.session.identity.sources(self.session.answers),
            identity_document=dict(self.session.identity.document),
        )
        screen.busy = True
        self.next_button.setEnabled(False)
        self.next_button.setText(self.tr("Saving…"))
        self.tasks.run(lambda: store_application(self.settings, snapshot),
                       self._stored, self._store_failed)

    def _stored(self, vorgangsnummer: str) -> None:
        from ui.screens.receipt import ReceiptScreen
        from ui.screens.signature import SignatureScreen

        self.next_button.setEnabled(True)
        if self.session.vorgangsnummer != vorgangsnummer:
            return  # the session ended meanwhile; the application is queued all the same
        signature = self.session_screens["signature"]
        assert isinstance(signature, SignatureScreen)
        signature.busy = False
        signature.wipe()
        self.session.finish_submission()
        receipt = self.session_screens["receipt"]
        assert isinstance(receipt, ReceiptScreen)
        receipt.show_receipt(vorgangsnummer)
        self.idle.stop()
        self.receipt_timer.start(self.settings.receipt_timeout_s * 1000)
        self._show_current()
        self.applicationQueued.emit(vorgangsnummer)

    def _store_failed(self, error: Exception) -> None:
        from ui.screens.signature import SignatureScreen

        self.next_button.setEnabled(True)
        signature = self.session_screens.get("signature")
        if not isinstance(signature, SignatureScreen):
            return
        signature.busy = False
        if isinstance(error, UserFacingError):
            log.error("could not store application: %s", error.detail or type(error).__name__)
            signature.show_error(error.message)
        else:
            log.error("could not store application", exc_info=error)
            signature.show_error(GENERIC_ERROR)
        self._update_chrome()

    def _sync_item_changed(self, vorgangsnummer: str, state: str, case_id: object) -> None:
        from ui.screens.receipt import ReceiptScreen

        receipt = self.session_screens.get("receipt")
        if isinstance(receipt, ReceiptScreen) and receipt.vorgangsnummer == vorgangsnummer:
            receipt.set_state(state, case_id if isinstance(case_id, str) else None)

    # -- session end ---------------------------------------------------------
    def end_session(self, reason: str) -> None:
        """Wipe the citizen's data from the session and every screen."""
        self.idle.stop()
        self.receipt_timer.stop()
        self._drop_session_screens()
        self.session.wipe()
        self.scanner.purge()  # what this citizen scanned but did not take goes too
        set_language(self.settings.default_language)
        self._show_current()
        gc.collect()
        self.sessionEnded.emit(reason)

    def error_text(self, error: Exception) -> str:
        if isinstance(error, UserFacingError):
            return translate(error.message)
        return translate(GENERIC_ERROR)

    def screen_named(self, name: str) -> Screen:
        if name == "welcome":
            return self.welcome
        if name == "service":
            return self.services
        return self.session_screens[name]

    @property
    def review_step(self) -> str:
        return REVIEW.name

    @property
    def receipt_step(self) -> str:
        return RECEIPT.name
