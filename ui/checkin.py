"""The check-in between citizens: its screens on the window, its work off the GUI thread.

``CheckIn`` follows the welcome screen's 'Check in for an appointment' button and
shows ``ui.screens.checkin`` on the window's stack, outside the journey (nothing of
a session is started, nothing is counted). The desk (``kiosk.appointments``) runs on
the ``appointments`` thread, camera frames are decoded on the ``barcode`` thread
(``devices.barcode``), the ticket prints on the ``printer`` thread of the payment
bridge (the one thread that talks to the receipt printer); every answer comes back
through a ``TaskRunner`` on the GUI thread. A keyboard-wedge scanner's burst is
taken wherever the focus is while the check-in screen shows (``WedgeBuffer``).
Today's appointments are fetched at start and every five minutes into the sealed
cache. Codes and process numbers are never logged.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from devices.barcode import BarcodeDecoder, Frame
from kiosk.appointments.desk import CheckInDesk, desk_for, message_of, ticket_doc
from kiosk.appointments.model import UNREADABLE, Ticket
from kiosk.appointments.wedge import WedgeBuffer
from kiosk.base.errors import ServerRefused, UserFacingError
from kiosk.journey import Display
from kiosk.settings import Settings
from ui.i18n import current_language, set_language
from ui.qt import QApplication, QEvent, QKeyEvent, QObject, Qt, QTimer, QWidget, Signal
from ui.screens.checkin import CheckInScreen, TicketScreen, service_title
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.payment_bridge import PaymentBridge
    from ui.window import KioskWindow

log = logging.getLogger(__name__)
SYNC_MS = 5 * 60 * 1000
CHECKIN_IDLE_MS = 60 * 1000  # the check-in screen goes back to the welcome screen
TICKET_MS = 30 * 1000  # the ticket screen stays this long


class CheckIn(QObject):
    """One per kiosk; inert (no thread, no timer) without ``appointment_url``."""

    ticketShown = Signal(object)  # the Ticket (the walkthrough, tests)
    refused = Signal(object)  # the Message shown
    synced = Signal(int)  # appointments cached

    def __init__(self, settings: Settings, parent: QObject | None = None, *,
                 desk: CheckInDesk | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.desk = desk if desk is not None else desk_for(settings)
        self._window: KioskWindow | None = None
        self._printer: PaymentBridge | None = None
        self.screen: CheckInScreen | None = None
        self.ticket_screen: TicketScreen | None = None
        self.wedge = WedgeBuffer()
        self._tasks: TaskRunner | None = None
        self._decoder: BarcodeDecoder | None = None
        self._decodes: TaskRunner | None = None
        self._close = QTimer(self)
        self._close.setSingleShot(True)
        self._close.timeout.connect(self.close)
        self._sync = QTimer(self)
        self._sync.setInterval(SYNC_MS)
        self._sync.timeout.connect(self.sync)
        self.last: Ticket | None = None
        self._last_key: tuple[tuple[int, int, str], QWidget] | None = None

    @property
    def enabled(self) -> bool:
        return self.desk is not None

    @property
    def tasks(self) -> TaskRunner:
        if self._tasks is None:
            self._tasks = TaskRunner("appointments")
        return self._tasks

    @property
    def decoder(self) -> BarcodeDecoder:
        if self._decoder is None:
            self._decoder = BarcodeDecoder()
            self._decodes = TaskRunner("barcode", thread=self._decoder.thread)
        return self._decoder

    def follow(self, window: KioskWindow, printer: PaymentBridge | None) -> None:
        self._window, self._printer = window, printer
        window.welcome.checkInChosen.connect(self.open)

    def start(self) -> None:
        """Fetch today's appointments now and every five minutes."""
        if self.enabled:
            self.sync()
            self._sync.start()

    def sync(self) -> None:
        desk = self.desk
        if desk is None:
            return
        self.tasks.run(desk.sync, self.synced.emit, lambda error: log.warning(
            "today's appointments not fetched: %s", getattr(error, "detail", "")
            or type(error).__name__))

    # -- the screens ------------------------------------------------------------------
    def check_in_screen(self) -> CheckInScreen:
        """Built on first use (also by the a11y check)."""
        if self.screen is None:
            self.screen = CheckInScreen()
            self.screen.codeEntered.connect(self.check_in)
            self.screen.walkInChosen.connect(self.walk_in)
            self.screen.closed.connect(self.close)
            self._stack(self.screen)
        return self.screen

    def ticket(self) -> TicketScreen:
        if self.ticket_screen is None:
            self.ticket_screen = TicketScreen()
            self.ticket_screen.finished.connect(self.close)
            self._stack(self.ticket_screen)
        return self.ticket_screen

    def _stack(self, screen: Any) -> None:
        if self._window is not None:
            screen.fit_text_scale(self._window.journey.display.text_scale)
            self._window.stack.addWidget(screen)

    def open(self) -> None:
        window = self._window
        if window is None or not self.enabled:
            return
        screen = self.check_in_screen()
        screen.wipe()
        self._show(screen)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # the wedge scanner's keys, wherever the focus is
        self._close.start(CHECKIN_IDLE_MS)

    def _show(self, screen: Any) -> None:
        window = self._window
        assert window is not None
        window.preview(screen)
        window.screenShown.emit(screen.step_name)

    def close(self) -> None:
        """Back to the welcome screen; nothing of the citizen stays."""
        self._close.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.wedge.reset()
        for screen in (self.screen, self.ticket_screen):
            if screen is not None:
                screen.wipe()
        self.last = None
        window = self._window
        if window is None:
            return
        window.journey.wipe()  # a language chosen on the check-in screen goes too
        set_language(window.journey.language)
        window.set_display(Display())
        window.show_current()

    def showing(self) -> bool:
        window = self._window
        return (window is not None and self.screen is not None
                and window.current_screen() is self.screen)

    # -- the wedge scanner -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or not self.showing() or event.isAutoRepeat():
            return False
        if not isinstance(watched, QWidget):
            return False  # the window's QWindow sees each key before the focused widget
        # Qt offers a key the focused widget ignores to its parents too: take it once.
        seen = (event.timestamp(), event.key(), event.text())
        last = self._last_key
        if last is not None and last[0] == seen and watched is not last[1] \
                and watched.isAncestorOf(last[1]):
            return False
        self._last_key = (seen, watched)
        self._close.start(CHECKIN_IDLE_MS)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = self.wedge.enter(event.timestamp())
            if code is None:
                return False  # typed: the field's Enter checks in
            self.check_in(code)
            return True
        char = event.text()
        if char and char.isprintable():
            self.wedge.key(char, event.timestamp())
        return False

    # -- the work ---------------------------------------------------------------------
    def check_in(self, code: str) -> None:
        desk, screen = self.desk, self.screen
        if desk is None or screen is None:
            return
        screen.code.clear()
        screen.busy(True)
        self._close.start(CHECKIN_IDLE_MS)
        self.tasks.run(lambda: desk.check_in(code), self._ticket_ready, self._refused)

    def scan_frame(self, frame: Frame) -> None:
        """A camera frame: decoded on the ``barcode`` thread, then checked in."""
        decoder = self.decoder
        assert self._decodes is not None
        self._decodes.run(lambda: decoder.read(frame), self._decoded, self._refused)

    def scan_image(self, data: bytes) -> None:
        """An encoded image (PNG, JPEG): the same path as a camera frame."""
        decoder = self.decoder
        assert self._decodes is not None
        self._decodes.run(lambda: decoder.read_image(data), self._decoded, self._refused)

    def _decoded(self, code: str | None) -> None:
        if code is None:
            self._refused(ServerRefused(UNREADABLE, detail="no code in the frame"))
        else:
            self.check_in(code)

    def walk_in(self, service: str) -> None:
        desk, screen = self.desk, self.screen
        if desk is None or screen is None:
            return
        screen.busy(True)
        self.tasks.run(lambda: desk.walk_in(service), self._ticket_ready, self._refused)

    def _refused(self, error: Exception) -> None:
        failure: UserFacingError = message_of(error)
        log.info("check-in refused: %s", failure.detail)
        if self.screen is not None and self.showing():
            self.screen.refuse(failure.message)
            self.screen.show_services(True)  # the walk-in ticket, one tap away
        self.refused.emit(failure.message)

    def _ticket_ready(self, ticket: Ticket) -> None:
        if not self.showing():  # closed meanwhile (Back, the timeout, a new citizen)
            log.info("a ticket came after the check-in screen closed: not shown")
            return
        self.last = ticket
        screen = self.ticket()
        screen.show_ticket(ticket)
        self._show(screen)
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._close.start(TICKET_MS)
        self.ticketShown.emit(ticket)
        doc = ticket_doc(ticket, current_language(), office=self.settings.office_name,
                         service_title=service_title(ticket.service) if ticket.service else "")
        printer = self._printer
        if printer is None or printer.printer is None:
            screen.show_printed(None)
            return
        printer.print_receipt(doc, lambda _where, error: screen.show_printed(error is None))

    def shutdown(self) -> None:
        self._sync.stop()
        self._close.stop()
        for runner in (self._tasks, self._decodes):
            if runner is not None:
                runner.shutdown()
