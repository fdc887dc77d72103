"""``buergerbuero tablet``: the signature tablet at the counter.

Between documents a neutral screen (the office's name, the pairing code);
nothing of the last citizen stays visible. When a document arrives (HTTP API
or hot folder, ``kiosk.tablet``) the citizen reads it page by page with zoom
(Qt PDF), signs each field on the pad, and the signed PDF is made on a
worker thread (pyHanko stays off the GUI thread) and handed back.
"""

from __future__ import annotations

import argparse
import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.settings import Settings, load_settings
from kiosk.tablet.hotfolder import HotFolder
from kiosk.tablet.jobs import Job, JobQueue
from kiosk.tablet.pairing import Pairing
from kiosk.tablet.server import TabletServer
from kiosk.tablet.signing import FieldSignature, sign_job
from ui.i18n import set_language, translate
from ui.qt import (
    QBuffer,
    QByteArray,
    QHBoxLayout,
    QIODevice,
    QObject,
    QPdfDocument,
    QPdfView,
    QPointF,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.qtapp import create_qt_app, ensure_display
from ui.signature_pad import SignaturePad
from ui.tasks import TaskRunner
from ui.widgets import button, label

log = logging.getLogger(__name__)


class _Bridge(QObject):
    changed = Signal()


class TabletWindow(QWidget):
    def __init__(self, settings: Settings, queue: JobQueue, pairing: Pairing,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings, self.queue, self.pairing = settings, queue, pairing
        self.setWindowTitle("Bürgerbüro – Unterschrift")
        self.job: Job | None = None
        self.field_index = 0
        self.signatures: list[FieldSignature] = []
        self.tasks = TaskRunner("tablet-signing", self)
        self.busy = False
        self._bridge = _Bridge(self)
        self._bridge.changed.connect(self.refresh)
        self._notify = self._bridge.changed.emit
        queue.listeners.append(self._notify)  # any thread → queued signal
        pairing.listeners.append(self._notify)
        self._buffer: QBuffer | None = None

        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.neutral = self._neutral_page()
        self.document_page = self._document_page()
        self.stack.addWidget(self.neutral)
        self.stack.addWidget(self.document_page)
        self.retranslate()
        self.refresh()
        # The pairing code changes with time (kiosk.tablet.pairing): look every 5 s.
        self._code_timer = QTimer(self)
        self._code_timer.setInterval(5000)
        self._code_timer.timeout.connect(self._update_code)
        self._code_timer.start()

    # -- pages -----------------------------------------------------------------
    def _neutral_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        self.office = label(self.settings.office_name, name="heading")
        self.office.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting = label(name="subheading")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = label(name="statusWaiting")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.office, self.waiting, self.status):
            layout.addWidget(widget)
        layout.addStretch(2)
        self.code = label(name="fieldHelp")
        self.code.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.code)
        self.unpair_button = button("", name="secondary")
        self.unpair_button.clicked.connect(self.forget_workstations)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unpair_button)
        layout.addLayout(row)
        return page

    def forget_workstations(self) -> None:
        """Every paired workstation must pair again (a lost laptop, the end of the day)."""
        count = self.pairing.revoke_all()
        log.info("tablet: %d paired workstation(s) forgotten", count)

    def _document_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = label(name="sectionTitle")
        layout.addWidget(self.title)
        tools = QHBoxLayout()
        self.prev_page, self.next_page = button(name="link"), button(name="link")
        self.zoom_out, self.zoom_in = button("−", name="link"), button("+", name="link")
        self.page_label = label(name="fieldHelp", wrap=False)
        for widget in (self.prev_page, self.next_page, self.page_label):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out)
        tools.addWidget(self.zoom_in)
        layout.addLayout(tools)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        # Readable text first: the page fills the width, the citizen scrolls down it.
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 3)
        self.prev_page.clicked.connect(lambda: self.go_to_page(self.page() - 1))
        self.next_page.clicked.connect(lambda: self.go_to_page(self.page() + 1))
        self.zoom_in.clicked.connect(lambda: self.zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self.zoom(0.8))
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.instruction = label(name="fieldLabel")
        layout.addWidget(self.instruction)
        self.pad = SignaturePad()
        self.pad.setMinimumSize(600, 200)
        layout.addWidget(self.pad, 2)
        self.signer = label(name="fieldHelp")  # the caption under the signature line
        layout.addWidget(self.signer)
        row = QHBoxLayout()
        row.addStretch(1)
        self.refuse_button, self.clear_button = button(), button()
        self.confirm_button = button(name="primary")
        for widget in (self.refuse_button, self.clear_button, self.confirm_button):
            row.addWidget(widget)
        layout.addLayout(row)
        self.error = label(name="fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        self.clear_button.clicked.connect(self.pad.clear)
        self.confirm_button.clicked.connect(self.confirm)
        self.refuse_button.clicked.connect(self.refuse)
        return page

    def retranslate(self) -> None:
        self.waiting.setText(self.tr("Signature tablet. The clerk will send you the document "
                                     "to sign here."))
        self.prev_page.setText(self.tr("Previous page"))
        self.next_page.setText(self.tr("Next page"))
        self.refuse_button.setText(self.tr("Do not sign"))
        self.clear_button.setText(self.tr("Clear and sign again"))
        self.confirm_button.setText(self.tr("Confirm signature"))
        self.unpair_button.setText(self.tr("Forget paired workstations"))
        self._update_code()

    def _update_code(self) -> None:
        self.code.setText(self.tr("Pairing code for the counter: {code}")
                          .format(code=self.pairing.code))

    # -- document ----------------------------------------------------------------
    def page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.pdf.pageCount():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def zoom(self, factor: float) -> None:
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(4.0, max(0.25, self.view.zoomFactor() * factor)))

    def _page_changed(self, page: int) -> None:
        self.page_label.setText(self.tr("Page {page} of {count}")
                                .format(page=page + 1, count=self.pdf.pageCount()))
        self.prev_page.setEnabled(page > 0)
        self.next_page.setEnabled(page + 1 < self.pdf.pageCount())

    def refresh(self) -> None:
        """Show the current job, or the neutral screen."""
        self._update_code()
        if self.busy:
            return
        current = self.queue.current()
        if self.job is not None and (current is None or current.id != self.job.id):
            self._end_job()  # cancelled by the clerk meanwhile
        if self.job is None and current is not None:
            self._start_job(current)

    def _start_job(self, job: Job) -> None:
        self.job, self.field_index, self.signatures = job, 0, []
        self._buffer = QBuffer(self.pdf)
        self._buffer.setData(QByteArray(job.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.title.setText(job.title or self.tr("Document to sign"))
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.stack.setCurrentWidget(self.document_page)
        self._show_field()

    def _show_field(self) -> None:
        assert self.job is not None
        field = self.job.fields[self.field_index]
        self.pad.clear()
        self._set_error("")
        self.instruction.setText(self.tr("Please sign in the box below: signature {n} of {total}"
                                         " ({field}, page {page})").format(
            n=self.field_index + 1, total=len(self.job.fields), field=field.label or field.name,
            page=field.page + 1))
        name = self.job.signer_name
        when = datetime.now().strftime("%d.%m.%Y")
        self.signer.setText(" · ".join(v for v in (name, f"{self.settings.place}, {when}") if v))
        self.go_to_page(field.page)
        self._page_changed(self.page())
        self.confirm_button.setEnabled(True)

    def _set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

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
        self.field_index += 1
        if self.field_index < len(self.job.fields):
            self._show_field()
            return
        self.busy = True
        self.confirm_button.setEnabled(False)
        self.instruction.setText(self.tr("Thank you. The signed document is being prepared…"))
        job, signatures = self.job, list(self.signatures)
        pdf = job.pdf
        self.tasks.run(lambda: sign_job(pdf, signatures, job.signer_name, self.settings),
                       lambda signed: self._signed(job, signed), self._sign_failed)

    def _signed(self, job: Job, signed: bytes) -> None:
        self.queue.finish(job.id, signed)
        self.busy = False
        self._end_job()
        self.refresh()

    def _sign_failed(self, exc: Exception) -> None:
        log.error("signing at the tablet failed: %s", type(exc).__name__)
        if self.job is not None:
            self.queue.refuse(self.job.id, f"signing failed on the tablet: {exc}")
        self.busy = False
        self._end_job()
        self.refresh()

    def refuse(self) -> None:
        if self.job is not None and not self.busy:
            self.queue.refuse(self.job.id, "the signer declined to sign")
            self._end_job()
            self.refresh()

    def _end_job(self) -> None:
        """Back to the neutral screen; nothing of this citizen stays."""
        self.job, self.signatures, self.field_index = None, [], 0
        self.pad.clear()
        self.pdf.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.title.clear()
        self.signer.clear()
        self.instruction.clear()
        self._set_error("")
        self.stack.setCurrentWidget(self.neutral)

    def shutdown(self) -> None:
        """Stop listening and signing; the caller then deletes the window."""
        for listeners in (self.queue.listeners, self.pairing.listeners):
            if self._notify in listeners:
                listeners.remove(self._notify)
        self._code_timer.stop()
        self.tasks.shutdown()
        self._end_job()


def run_tablet(settings: Settings, *, host: str, port: int, hot_folder: Path | None,
               tls_cert: Path | None, tls_key: Path | None, fullscreen: bool) -> int:
    app = create_qt_app()
    set_language(settings.default_language)
    queue, pairing = JobQueue(), Pairing()
    window = TabletWindow(settings, queue, pairing)
    server = TabletServer(host, port, queue, pairing, tls_cert, tls_key)
    server.start()
    folder = HotFolder(hot_folder, queue) if hot_folder else None
    if folder:
        folder.start()
    print(f"tablet API on {server.url}; pairing code on the screen"
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
