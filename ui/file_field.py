"""A file field at the kiosk: 'Take from scanner', a preview, 'Remove', or 'at the counter'.

A citizen has no file browser here. The big button takes the newest scan from
the terminal's scan inbox (``ui.scanner``); reading, checking and the thumbnail
happen on the scan-inbox thread, the result comes back on the GUI thread. An
image shows as a thumbnail, a PDF by name and size. 'I will hand it in at the
counter' is always offered and is the only way on a terminal without a scanner,
so a required document never traps anyone. The file lives in the answer only
(``forms.files``): ``clear`` drops it, and the session's end drops the widget.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from devices.scaninbox import ScanInbox
from forms.answers import Answer, is_given
from forms.display import format_size
from forms.filecheck import FILE_TOO_LARGE, whole_size
from forms.files import (
    AT_COUNTER,
    JPEG,
    PDF,
    PNG,
    FileAnswer,
    max_bytes,
    received_file,
)
from forms.model import FieldDef
from forms.validation import validate_field
from kiosk.base.errors import GENERIC_ERROR, UserFacingError
from kiosk.base.i18n import N_, Message
from ui.i18n import current_language, translate
from ui.qt import QHBoxLayout, QImage, QLabel, QPixmap, Qt, QVBoxLayout, QWidget, Signal
from ui.scanner import Scanner
from ui.widgets import button, label

log = logging.getLogger(__name__)

KINDS = {JPEG: N_("Files", "JPEG image"), PNG: N_("Files", "PNG image"),
         PDF: N_("Files", "PDF document")}
AT_COUNTER_TEXT = N_("Files", "To be handed in at the counter")
FILE_SUMMARY = N_("Files", "{name} ({kind}, {size})")
PHOTO_THUMB = (150, 193)
DOCUMENT_THUMB = (260, 190)


NO_FILE = FileAnswer()


def describe_file(answer: FileAnswer) -> str:
    """A file answer as the citizen reads it: name, kind and size (never the bytes)."""
    if not is_given(answer):
        return ""
    if answer.at_counter:
        return translate(AT_COUNTER_TEXT)
    kind = KINDS.get(answer.media_type)
    return translate(FILE_SUMMARY.format(
        name=answer.name, kind=translate(kind) if kind else answer.media_type,
        size=format_size(answer.size, current_language())))


@dataclass(frozen=True)
class Intake:
    """What the scan-inbox thread hands the field: the answer or the problem, a thumbnail."""

    answer: FileAnswer
    problem: Message | None = None
    thumbnail: QImage | None = None


def thumbnail(answer: FileAnswer, photo: bool) -> QImage | None:
    """A small picture of an image answer (QImage is safe off the GUI thread)."""
    if not answer.is_image:
        return None
    image = QImage.fromData(answer.data)
    if image.isNull():
        return None
    width, height = PHOTO_THUMB if photo else DOCUMENT_THUMB
    return image.scaled(width, height, Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


def intake(inbox: ScanInbox, field: FieldDef) -> Intake:
    """Take the newest scan and check it (runs on the scan-inbox thread)."""
    limit = max_bytes(field)
    taken = inbox.take_newest(limit)
    if taken.too_large:
        return Intake(NO_FILE, FILE_TOO_LARGE.format(size=whole_size(taken.size, up=True),
                                                     max=whole_size(limit, up=False)))
    answer = received_file(taken.name, taken.data)
    problem = validate_field(field, answer)
    if problem is not None:
        return Intake(NO_FILE, problem)
    return Intake(answer, None, thumbnail(answer, field.photo))


class FileInput(QWidget):
    """The scanner button, the taken file (preview, name, size, 'Remove'), 'at the counter'."""

    changed = Signal()
    problem = Signal(object)  # a Message about the file just taken, or None

    def __init__(self, field: FieldDef, scanner: Scanner | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.scanner = scanner if scanner is not None and scanner.available else None
        self._answer = NO_FILE
        self._request = 0  # the take whose result is awaited (0: none)
        self._requests = 0
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.file_row = QWidget()
        row = QHBoxLayout(self.file_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.preview = QLabel()
        self.preview.setObjectName("filePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.preview)
        details = QVBoxLayout()
        self.name = label(name="fieldLabel")
        self.details = label(name="fieldHelp")
        self.remove_button = button(name="link")
        self.remove_button.clicked.connect(self.remove)
        details.addWidget(self.name)
        details.addWidget(self.details)
        details.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        details.addStretch(1)
        row.addLayout(details, 1)
        column.addWidget(self.file_row)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.take_button = button(name="scan")
        self.take_button.clicked.connect(self.take)
        self.take_button.setVisible(self.scanner is not None)
        self.counter_button = button(name="choice", wrap=True)
        self.counter_button.setCheckable(True)
        self.counter_button.clicked.connect(self._counter_clicked)
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.counter_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        self.status = label(name="fieldHelp")
        column.addWidget(self.status)
        self._thumbnail: QPixmap | None = None
        self._show()

    # -- the answer ------------------------------------------------------------------
    def value(self) -> FileAnswer:
        return self._answer

    def set_value(self, value: Answer) -> None:
        answer = value if isinstance(value, FileAnswer) else NO_FILE
        if answer == self._answer:
            return
        self._request = 0
        self._answer = answer
        image = thumbnail(answer, self.field.photo)
        self._thumbnail = QPixmap.fromImage(image) if image is not None else None
        self._show()

    def clear(self) -> None:
        """Drop the file (and any take still under way): name, size and preview too."""
        self._request = 0
        self._answer = NO_FILE
        self._thumbnail = None
        self.preview.clear()
        self.name.clear()
        self.details.clear()
        self._show()

    @property
    def busy(self) -> bool:
        return self._request != 0

    # -- citizen actions -------------------------------------------------------------
    def take(self) -> None:
        if self.scanner is None or self.busy:
            return
        self._requests += 1
        self._request = request = self._requests
        self._show()
        field = self.field
        self.scanner.run(lambda directory: intake(directory, field),
                         lambda result: self._taken(request, result),
                         lambda error: self._failed(request, error))

    def remove(self) -> None:
        self.clear()
        self.changed.emit()

    def _counter_clicked(self, checked: bool) -> None:
        self._request = 0
        self._answer = AT_COUNTER if checked else NO_FILE
        self._thumbnail = None
        self._show()
        self.changed.emit()

    # -- results from the scan-inbox thread ------------------------------------------
    def _taken(self, request: int, result: Intake) -> None:
        if request != self._request:
            return  # cleared meanwhile (removed, at the counter, or the session ended)
        self._request = 0
        if result.problem is None:
            self._answer = result.answer
            self._thumbnail = QPixmap.fromImage(result.thumbnail) \
                if result.thumbnail is not None else None
        self._show()
        self.problem.emit(result.problem)
        if result.problem is None:
            self.changed.emit()

    def _failed(self, request: int, error: Exception) -> None:
        if request != self._request:
            return
        self._request = 0
        self._show()
        if isinstance(error, UserFacingError):
            log.info("scan inbox: %s", error.detail or type(error).__name__)
            self.problem.emit(error.message)
        else:
            log.error("scan inbox failed", exc_info=error)
            self.problem.emit(GENERIC_ERROR)

    # -- showing ---------------------------------------------------------------------
    def retranslate(self) -> None:
        self._show()

    def _show(self) -> None:
        answer = self._answer
        at_counter = answer.at_counter
        has_file = is_given(answer) and not at_counter
        self.file_row.setVisible(has_file)
        self.take_button.setEnabled(not self.busy)
        self.take_button.setText(self.tr("Reading the scan…") if self.busy
                                 else self.tr("Take from scanner"))
        self.counter_button.setText(self.tr("I will hand it in at the counter"))
        self.counter_button.setChecked(at_counter)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the file"))
        if has_file:
            self._show_file(answer)
        if at_counter:
            text = self.tr("Please give the document to the staff at the counter.")
        elif self.scanner is None:
            text = self.tr("This terminal has no scanner. Tap 'I will hand it in at the "
                           "counter' and give the document to the staff.")
        elif has_file:
            text = self.tr("To replace it, scan again and tap 'Take from scanner'.")
        else:
            text = self.tr("Place the document on the scanner and start the scan. Then tap "
                           "'Take from scanner'.")
        self.status.setText(text)

    def _show_file(self, answer: FileAnswer) -> None:
        self.name.setText(answer.name)
        kind = KINDS.get(answer.media_type)
        self.details.setText(f"{translate(kind) if kind else answer.media_type} · "
                             f"{format_size(answer.size, current_language())}")
        if self._thumbnail is not None:
            self.preview.setPixmap(self._thumbnail)
            self.preview.setMinimumSize(self._thumbnail.size())
        else:
            self.preview.setText("PDF" if answer.media_type == PDF else "—")
            self.preview.setMinimumSize(120, 150)
