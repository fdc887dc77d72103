"""Staff screen (Ctrl+Alt+S on the welcome screen): the outbox at a glance.

Shows the counts and the failed applications (reference number, service, error;
never personal data), with 'retry failed' and 'close'. Reading and retrying run
on the storage thread; the counts follow the sync worker's status signal.

'Leave the kiosk' (for a technician) takes the staff PIN of the site configuration
(``staff_pin``, a salted hash: ``kiosk.staffpin``), checked on the storage thread (scrypt
takes ~0.1 s) with the guard's rate limit; the right PIN ends the kiosk (exit 0: the
service manager does not start it again). Each exit and each wrong PIN is logged (to the
journal), never the PIN. Without ``staff_pin`` the kiosk cannot be left from here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from kiosk.settings import Settings
from kiosk.staffpin import PinGuard, Verdict
from sync.outbox import retry_all_failed, staff_overview
from ui.bridges import SyncBridge
from ui.qt import QHBoxLayout, QLineEdit, Qt, QTimer, QVBoxLayout, QWidget, Signal
from ui.screens.base import Screen, page_layout, scrolling
from ui.tasks import TaskRunner
from ui.widgets import button, label

log = logging.getLogger(__name__)

# The screen closes by itself after this long, so it is never left open for citizens.
AUTO_CLOSE_MS = 5 * 60 * 1000


class StaffScreen(Screen):
    step_name = "staff"
    shows_back = False
    shows_cancel = False
    closed = Signal()
    retried = Signal(int)  # how many items were put back in line
    exitConfirmed = Signal()  # the right staff PIN: the kiosk ends

    def __init__(self, tasks: TaskRunner, load: Callable[[], Any],
                 retry: Callable[[], int], guard: PinGuard | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.guard = guard if guard is not None and guard.configured else None
        self._exit_note = ""  # "", "wrong", "locked", "checking"
        self._load = load
        self._retry = retry
        self.status: Any = None
        self.failed: list[dict[str, Any]] = []
        self._error = ""
        layout = page_layout(self)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.counts = label(name="subheading")
        layout.addWidget(self.counts)
        self.failed_caption = label(name="subheading")
        layout.addWidget(self.failed_caption)
        body = QWidget()
        self.failed_list = QVBoxLayout(body)
        self.failed_list.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(scrolling(body), 1)
        row = QHBoxLayout()
        self.retry_button = button(name="primary")
        self.retry_button.clicked.connect(self.retry_failed)
        self.close_button = button()
        self.close_button.clicked.connect(self.closed.emit)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        layout.addLayout(self._exit_row())
        self.auto_close = QTimer(self)
        self.auto_close.setSingleShot(True)
        self.auto_close.timeout.connect(self.closed.emit)
        self.retranslate()

    def _exit_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.exit_caption = label(name="fieldHelp")
        self.exit_caption.setWordWrap(True)
        self.pin_field = QLineEdit()
        self.pin_field.setObjectName("staffPin")
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly
                                           | Qt.InputMethodHint.ImhSensitiveData
                                           | Qt.InputMethodHint.ImhNoPredictiveText)
        self.pin_field.setMaxLength(12)
        self.pin_field.returnPressed.connect(self.leave)
        self.exit_button = button()
        self.exit_button.clicked.connect(self.leave)
        self.exit_message = label(name="fieldError")
        row.addWidget(self.exit_caption, 1)
        row.addWidget(self.pin_field)
        row.addWidget(self.exit_button)
        row.addWidget(self.exit_message)
        for widget in (self.pin_field, self.exit_button):
            widget.setVisible(self.guard is not None)
        return row

    def leave(self) -> None:
        """'Leave the kiosk': the PIN goes to the guard on the storage thread."""
        guard = self.guard
        if guard is None or self._exit_note == "checking":
            return
        pin = self.pin_field.text()
        self.pin_field.clear()  # the PIN stays in no widget
        if not pin:
            return
        self.auto_close.start(AUTO_CLOSE_MS)
        self._exit_note = "checking"
        self.exit_button.setEnabled(False)
        self._tasks.run(lambda: guard.attempt(pin), self._judged, self._not_judged)

    def _judged(self, verdict: Verdict | None) -> None:
        self.exit_button.setEnabled(True)
        if verdict is not None and verdict.ok:
            self._exit_note = ""
            log.warning("staff exit: the kiosk was left with the staff PIN")
            self.exitConfirmed.emit()
            return
        guard = self.guard
        assert guard is not None
        if verdict is None:
            log.warning("staff exit: refused, locked after %d wrong PINs", guard.failures)
        else:
            log.warning("staff exit: wrong PIN (%d in a row%s)", guard.failures,
                        f"; locked for {verdict.locked_s:.0f} s" if verdict.locked_s else "")
        self._exit_note = "wrong" if verdict is not None and not verdict.locked_s else "locked"
        self.retranslate()

    def _not_judged(self, error: Exception) -> None:
        self.exit_button.setEnabled(True)
        log.error("staff exit: the PIN could not be checked: %s", type(error).__name__)
        self._exit_note = "wrong"
        self.retranslate()

    def entered(self) -> None:
        self.auto_close.start(AUTO_CLOSE_MS)
        if self._exit_note == "wrong" or (self._exit_note == "locked" and self.guard
                                           and not self.guard.locked_for()):
            self._exit_note = ""  # an old "Wrong PIN." is not news; a running lock is
        self.refresh()

    def refresh(self) -> None:
        self._tasks.run(self._load, self._loaded, self._failed_to_load)

    def _loaded(self, result: tuple[Any, list[dict[str, Any]]]) -> None:
        self.status, self.failed = result
        self._error = ""
        self.retranslate()

    def _failed_to_load(self, error: Exception) -> None:
        self._error = type(error).__name__
        self.retranslate()

    def show_status(self, status: object) -> None:
        """The sync worker's status signal (counts only)."""
        self.status = status
        self._show_counts()

    def retry_failed(self) -> None:
        self.retry_button.setEnabled(False)

        def done(count: int) -> None:
            self.retry_button.setEnabled(True)
            self.retried.emit(count)
            self.refresh()

        def failed(error: Exception) -> None:
            self.retry_button.setEnabled(True)
            self._failed_to_load(error)

        self._tasks.run(self._retry, done, failed)

    def _show_counts(self) -> None:
        status = self.status
        if status is None:
            self.counts.setText(self.tr("Reading the outbox…"))
            return
        age = status.oldest_waiting_age_s
        oldest = "–" if age is None else str(round(age / 60))
        self.counts.setText(
            self.tr("Waiting: {queued} · Sending: {sending} · Sent: {sent} · Failed: {failed}"
                    " · Oldest waiting: {minutes} min")
            .replace("{queued}", str(status.queued)).replace("{sending}", str(status.sending))
            .replace("{sent}", str(status.sent)).replace("{failed}", str(status.failed))
            .replace("{minutes}", oldest))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Staff: applications on this terminal"))
        self.retry_button.setText(self.tr("Retry failed"))
        self.close_button.setText(self.tr("Close"))
        self.exit_button.setText(self.tr("Leave the kiosk"))
        self.pin_field.setPlaceholderText(self.tr("Staff PIN"))
        self.exit_caption.setText(self.tr("Technicians: the staff PIN ends the kiosk.")
                                  if self.guard is not None else
                                  self.tr("The kiosk can be left only with a staff PIN in the "
                                          "site configuration (staff_pin)."))
        self.exit_message.setText({
            "wrong": self.tr("Wrong PIN."),
            "locked": self.tr("Too many wrong PINs. Please wait a few minutes and try again."),
        }.get(self._exit_note, ""))
        self._show_counts()
        if self._error:
            self.failed_caption.setText(self.tr("The outbox cannot be read: {error}")
                                        .replace("{error}", self._error))
        elif self.failed:
            self.failed_caption.setText(self.tr("Failed applications (kept on this terminal):"))
        else:
            self.failed_caption.setText(self.tr("No failed applications."))
        while self.failed_list.count():
            item = self.failed_list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for entry in self.failed:
            when = datetime.fromtimestamp(float(entry["created_at"])).strftime("%d.%m.%Y %H:%M")
            line = label(f"#{entry['id']}  {entry['vorgangsnummer']}  ·  {entry['service_id']}"
                         f"  ·  {when}\n{entry['last_error'] or ''}")
            self.failed_list.addWidget(line)
        self.retry_button.setVisible(bool(self.failed))

    def wipe(self) -> None:
        """No citizen data: references, states and counts only (and it closes itself);
        the PIN field is emptied (it is cleared after every attempt too)."""
        self.pin_field.clear()
        if self._exit_note != "checking":
            self._exit_note = ""


def outbox_staff_screen(settings: Settings, tasks: TaskRunner, sync: SyncBridge,
                        guard: PinGuard | None = None) -> StaffScreen:
    """The staff screen for this terminal's outbox, following the sync worker's status;
    ``guard`` (default: one for the settings' ``staff_pin``) checks the exit's PIN."""
    db, key = settings.outbox_path, settings.key_path
    screen = StaffScreen(tasks, lambda: staff_overview(db, key), lambda: retry_all_failed(db, key),
                         guard if guard is not None else PinGuard(settings.staff_pin))
    sync.statusChanged.connect(screen.show_status)
    return screen
