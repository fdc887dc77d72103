"""``buergerbuero tablet``: the signature tablet at the counter, in the kiosk's frame.

Between documents a neutral screen: the office, what happens here, and how the
last document ended; nothing of the last citizen stays visible, and the
pairing code shows only when staff ask for it (``ui.tablet_code``). When a
document arrives (HTTP API or hot folder, ``kiosk.tablet``) the citizen reads
it at the width of the view (``ui.tablet_document``), signs each field on the
pad, and the signed PDF is made on a worker thread (pyHanko stays off the GUI
thread) and handed back. The signer reads each field's label, never its
internal name. In landscape the document and the pad sit side by side, in
portrait one above the other.
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from kiosk.settings import Settings, load_settings
from kiosk.tablet.hotfolder import HotFolder
from kiosk.tablet.jobs import CANCELLED, REFUSED, SIGNED, Job, JobQueue
from kiosk.tablet.pairing import Pairing
from kiosk.tablet.server import TabletServer
from kiosk.tablet.signing import FieldSignature, sign_job
from sync.httpd import raise_descriptor_limit
from ui.chrome import Footer, Header
from ui.i18n import set_language, translate
from ui.qt import (
    QBoxLayout,
    QEvent,
    QFrame,
    QLayout,
    QObject,
    QResizeEvent,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.qtapp import create_qt_app, ensure_display
from ui.signature_pad import SignaturePad
from ui.tablet_code import PairingCodePanel, timer
from ui.tablet_document import DocumentView
from ui.tasks import TaskRunner
from ui.widgets import button, label

log = logging.getLogger(__name__)
FAILED: Final = "failed"  # signing failed on the tablet (the clerk gets a refusal)
OUTCOME_SHOWN_MS = 15_000  # how long the neutral screen says how the last document ended


class _Bridge(QObject):
    changed = Signal()


class TabletWindow(QWidget):
    def __init__(self, settings: Settings, queue: JobQueue, pairing: Pairing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.queue, self.pairing = settings, queue, pairing
        self.setObjectName("tablet")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.job: Job | None = None
        self.field_index = 0
        self.signatures: list[FieldSignature] = []
        self.tasks = TaskRunner("tablet-signing", self)
        self.busy = False
        self.outcome: str | None = None  # how the last document ended, while it shows
        self._bridge = _Bridge(self)
        self._bridge.changed.connect(self.refresh)
        self._notify = self._bridge.changed.emit
        queue.listeners.append(self._notify)  # any thread → queued signal
        pairing.listeners.append(self._notify)
        self._outcome_timer = timer(self, lambda: self._show_outcome(None), OUTCOME_SHOWN_MS)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        # No minimum from the layout: a portrait screen narrower than the side-by-side layout
        # needs must still get the window; resizeEvent then stacks the columns.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.header = Header(f"{settings.office_name} {settings.place}".strip(), (),
                             tools=False)
        outer.addWidget(self.header)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.footer = Footer()  # the kiosk's: Do not sign on the left, Confirm on the right
        self.footer.back_button.hide()
        self.refuse_button = self.footer.cancel_button
        self.confirm_button = self.footer.next_button
        outer.addWidget(self.footer)
        self.neutral = self._neutral_page()
        self.document_page = self._document_page()
        self.stack.addWidget(self.neutral)
        self.stack.addWidget(self.document_page)
        self.confirm_button.clicked.connect(self.confirm)
        self.refuse_button.clicked.connect(self.refuse)
        self.retranslate()
        self._end_job(None)
        self.refresh()
        # The pairing code changes with time (kiosk.tablet.pairing): look every 5 s.
        self._code_timer = QTimer(self)
        self._code_timer.setInterval(5000)
        self._code_timer.timeout.connect(self._update_code)
        self._code_timer.start()

    # -- pages -----------------------------------------------------------------
    def _neutral_page(self) -> QWidget:
        page = QFrame()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(56, 32, 56, 24)
        layout.setSpacing(18)
        layout.addStretch(1)
        self.waiting_title = label(name="heading")
        self.waiting = label(name="subheading")
        self.status = label(name="statusOk")
        for widget in (self.waiting_title, self.waiting, self.status):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addStretch(2)
        self.code_panel = PairingCodePanel(self.pairing.code)
        self.code = self.code_panel.code
        self.code_panel.forgetRequested.connect(self.forget_workstations)
        layout.addWidget(self.code_panel)
        return page

    def forget_workstations(self) -> None:
        """Every paired workstation must pair again (a lost laptop, the end of the day)."""
        count = self.pairing.revoke_all()
        self.code_panel.hide_code()
        log.info("tablet: %d paired workstation(s) forgotten", count)

    def _document_page(self) -> QWidget:
        page = QFrame()
        self.content = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self.content.setContentsMargins(24, 20, 24, 16)
        self.content.setSpacing(28)
        self.document = DocumentView()
        self.pdf, self.view = self.document.pdf, self.document.view
        self.content.addWidget(self.document, 5)

        panel = QFrame()
        panel.setObjectName("signPanel")
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.sign_title = label(name="sectionTitle")
        self.instruction = label(name="fieldLabel")  # what is signed: the field's label
        self.where = label(name="fieldHelp")  # on which page, for a longer document
        self.how = label(name="subheading")
        for widget in (self.sign_title, self.instruction, self.where, self.how):
            column.addWidget(widget)
        self.pad = SignaturePad()
        self.pad.setMinimumSize(320, 200)
        column.addWidget(self.pad, 1)
        # The caption under the signature line (name, place, date) and Clear: one above the
        # other in the narrow column of landscape, side by side in portrait.
        self.caption_row = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.signer = label()
        self.caption_row.addWidget(self.signer, 1)
        self.clear_button = button(name="link")
        self.caption_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignRight)
        column.addLayout(self.caption_row)
        self.error = label(name="fieldError")
        self.error.hide()
        column.addWidget(self.error)
        self.content.addWidget(panel, 3)
        self.clear_button.clicked.connect(self.pad.clear)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signing at the counter"))
        self.waiting_title.setText(self.tr("Signing at the counter"))
        self.waiting.setText(self.tr("The clerk sends the document here. You can read it "
                                     "first and then sign it with your finger or the pen."))
        self.sign_title.setText(self.tr("Please sign"))
        self.how.setText(self.tr("Read the document. Then sign in the box with your finger "
                                 "or the pen."))
        self.pad.setAccessibleName(self.tr("Signature box"))
        self.refuse_button.setText(self.tr("Do not sign"))
        self.clear_button.setText(self.tr("Clear and sign again"))
        self.confirm_button.setText(self.tr("Confirm signature"))
        self.document.retranslate()
        self.code_panel.retranslate()
        self._show_outcome(self.outcome)
        if self.job is not None:
            self._field_texts()

    def _update_code(self) -> None:
        self.code_panel.set_code(self.pairing.code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side in landscape, the pad below the document in portrait."""
        super().resizeEvent(event)
        portrait = event.size().height() > event.size().width()
        self.content.setDirection(QBoxLayout.Direction.TopToBottom if portrait
                                  else QBoxLayout.Direction.LeftToRight)
        self.caption_row.setDirection(QBoxLayout.Direction.LeftToRight if portrait
                                      else QBoxLayout.Direction.TopToBottom)

    # -- document ----------------------------------------------------------------
    def page(self) -> int:
        return self.document.page()

    def go_to_page(self, page: int) -> None:
        self.document.go_to_page(page)

    def zoom(self, factor: float) -> None:
        self.document.zoom(factor)

    def refresh(self) -> None:
        """Show the current job, or the neutral screen."""
        self.code_panel.set_code(self.pairing.code)
        if self.busy:
            return
        current = self.queue.current()
        if self.job is not None and (current is None or current.id != self.job.id):
            self._end_job(CANCELLED)  # cancelled by the clerk meanwhile
        if self.job is None and current is not None:
            self._start_job(current)

    def _start_job(self, job: Job) -> None:
        self.job, self.field_index, self.signatures = job, 0, []
        self.code_panel.hide_code()
        self._show_outcome(None)
        self.document.load(job.pdf, job.title or self.tr("Document to sign"))
        self.stack.setCurrentWidget(self.document_page)
        self.footer.show()
        self._show_field()
        self.view.setFocus()  # keys scroll the document; no button looks chosen

    def _show_field(self) -> None:
        assert self.job is not None
        self.pad.clear()
        self.pad.setEnabled(True)
        self._set_error("")
        self._field_texts()
        self.go_to_page(self.job.fields[self.field_index].page)
        for widget in (self.confirm_button, self.refuse_button, self.clear_button):
            widget.setEnabled(True)

    def _field_texts(self) -> None:
        """What is signed, in the signer's words: the field's label, never its name."""
        assert self.job is not None
        if self.busy:
            self.instruction.setText(self.tr("Thank you. The signed document is being "
                                             "prepared…"))
            self.where.hide()
            return
        field, total = self.job.fields[self.field_index], len(self.job.fields)
        what = field.label or self.tr("Your signature")
        self.instruction.setText(what if total == 1 else self.tr(
            "Signature {n} of {total}: {field}").format(n=self.field_index + 1, total=total,
                                                        field=what))
        self.where.setText(self.tr("This signature goes on page {page} of the document.")
                           .format(page=field.page + 1))
        self.where.setVisible(self.document.page_count() > 1)
        when = datetime.now().strftime("%d.%m.%Y")
        self.signer.setText(" · ".join(v for v in (self.job.signer_name,
                                                   f"{self.settings.place}, {when}") if v))

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_outcome(self, outcome: str | None) -> None:
        """How the last document ended, on the neutral screen, for a while."""
        self.outcome = outcome
        texts = {
            SIGNED: ("statusOk", self.tr("Thank you. Your signature is with the clerk now.")),
            REFUSED: ("statusWaiting", self.tr("The document was not signed. The clerk has "
                                               "been told.")),
            CANCELLED: ("statusWaiting", self.tr("The clerk has taken the document back.")),
            FAILED: ("statusError", self.tr("The document could not be signed. Please tell "
                                            "the clerk.")),
        }
        name, text = texts.get(outcome or "", ("statusOk", ""))
        if self.status.objectName() != name:
            self.status.setObjectName(name)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if outcome is None:
            self._outcome_timer.stop()
        elif not self._outcome_timer.isActive():
            self._outcome_timer.start()

    def confirm(self) -> None:
        if self.job is None or self.busy:
            return
        problem = self.pad.capture.check()
        if problem is not None:
            self._set_error(translate(problem))
            return
        self.signatures.append(FieldSignature(
            self.job.fields[self.field_index], self.pad.capture.snapshot(),
            datetime.now().astimezone()))
        if self.field_index + 1 < len(self.job.fields):
            self.field_index += 1
            self._show_field()
            return
        self.busy = True
        for widget in (self.confirm_button, self.refuse_button, self.clear_button, self.pad):
            widget.setEnabled(False)
        self._set_error("")
        self._field_texts()
        job, signatures = self.job, list(self.signatures)
        pdf = job.pdf
        self.tasks.run(lambda: sign_job(pdf, signatures, job.signer_name, self.settings),
                       lambda signed: self._signed(job, signed), self._sign_failed)

    def _signed(self, job: Job, signed: bytes) -> None:
        self.busy = False
        self._end_job(SIGNED)
        if not self.queue.finish(job.id, signed):  # the clerk took it back meanwhile
            self._show_outcome(CANCELLED)
        self.refresh()

    def _sign_failed(self, exc: Exception) -> None:
        log.error("signing at the tablet failed: %s", type(exc).__name__)
        job = self.job
        self.busy = False
        self._end_job(FAILED)
        if job is not None:
            self.queue.refuse(job.id, f"signing failed on the tablet: {exc}")
        self.refresh()

    def refuse(self) -> None:
        if self.job is not None and not self.busy:
            job = self.job
            self._end_job(REFUSED)
            self.queue.refuse(job.id, "the signer declined to sign")
            self.refresh()

    def _end_job(self, outcome: str | None) -> None:
        """Back to the neutral screen; nothing of this citizen stays."""
        self.job, self.signatures, self.field_index = None, [], 0
        self.pad.clear()
        self.document.close_document()
        for text in (self.signer, self.instruction, self.where):
            text.clear()
        self._set_error("")
        self.stack.setCurrentWidget(self.neutral)
        self.footer.hide()
        self.setFocus()  # nothing on the neutral screen looks chosen
        self._show_outcome(outcome)

    def shutdown(self) -> None:
        """Stop listening and signing; the caller then deletes the window."""
        for listeners in (self.queue.listeners, self.pairing.listeners):
            if self._notify in listeners:
                listeners.remove(self._notify)
        self._code_timer.stop()
        self.tasks.shutdown()
        self._end_job(None)
        self.code_panel.hide_code()


def run_tablet(settings: Settings, *, host: str, port: int, hot_folder: Path | None,
               tls_cert: Path | None, tls_key: Path | None, fullscreen: bool) -> int:
    queue, pairing = JobQueue(), Pairing()
    raise_descriptor_limit()  # room for many connections (the cap stays below the limit)
    # The port and the TLS files first: a ConfigError is one line, before any window.
    server = TabletServer(host, port, queue, pairing, tls_cert, tls_key)
    app = create_qt_app()
    set_language(settings.default_language)
    window = TabletWindow(settings, queue, pairing)
    server.start()
    folder = HotFolder(hot_folder, queue) if hot_folder else None
    if folder:
        folder.start()
    print(f"tablet API on {server.url}; the pairing code shows when staff hold "
          "'For staff' on the tablet"
          + (f"; hot folder {hot_folder}" if hot_folder else ""), flush=True)
    if fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 900)
        window.show()
    try:
        return int(app.exec())
    finally:
        server.stop()
        if folder:
            folder.stop()
        window.shutdown()


def add_commands(sub: Any) -> None:
    tablet = sub.add_parser("tablet", help="the signature tablet at the counter (docs/tablet.md)")
    tablet.add_argument("--config", type=Path, help="settings file (TOML)")
    tablet.add_argument("--host", default="127.0.0.1")
    tablet.add_argument("--port", type=int, default=8790)
    tablet.add_argument("--hot-folder", type=Path, metavar="DIR", help="in/, out/, error/ here")
    tablet.add_argument("--tls-cert", type=Path, help="PEM certificate (chain) for HTTPS")
    tablet.add_argument("--tls-key", type=Path, help="PEM private key for HTTPS")
    tablet.add_argument("--windowed", action="store_true")
    tablet.set_defaults(func=cmd_tablet)


def cmd_tablet(args: argparse.Namespace) -> int:
    ensure_display(False)
    return run_tablet(load_settings(args.config), host=args.host, port=args.port,
                      hot_folder=args.hot_folder, tls_cert=args.tls_cert,
                      tls_key=args.tls_key, fullscreen=not args.windowed)
