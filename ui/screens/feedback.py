"""The satisfaction question: five faces, then at most one reason, then thanks.

``FeedbackPanel`` is the question itself: on the receipt screen at the end of a journey
(below the Vorgangsnummer, so it never delays it) and on the ``FeedbackScreen`` that
follows a cancelled session (``ui.statistics`` shows it, in the citizen's language, and
closes it by itself). Each face is a tile with its name as text and accessible name,
reached by Tab and by touch; nothing is written, nothing is required: not answering is
skipping (a face is kept as soon as it is tapped; the reason after it is as optional).
The texts come from ``kiosk.stats.feedback``.
"""

from __future__ import annotations

from kiosk.stats.feedback import (
    ABANDONED,
    FACES,
    FINISH,
    OPTIONAL,
    QUESTION,
    REASON_QUESTION,
    REASONS,
    THANKS,
)
from ui.i18n import translate
from ui.qt import QGridLayout, QHBoxLayout, QPushButton, Qt, QVBoxLayout, QWidget, Signal
from ui.screens.base import Screen, page_layout, scrolling
from ui.screens.service import ServiceTile
from ui.widgets import button, label


class FeedbackPanel(QWidget):
    """The question; ``rated`` with the face's score, then ``reasoned`` with a reason's id."""

    rated = Signal(int)
    reasoned = Signal(str)
    done = Signal()  # answered to the end: a face and a reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.question = label(name="subheading")
        self.hint = label(name="fieldHelp")
        column.addWidget(self.question)
        column.addWidget(self.hint)
        self.faces: dict[int, ServiceTile] = {}
        self._face_grid = QGridLayout()
        self._face_grid.setSpacing(14)
        for face in FACES:
            tile = ServiceTile(f"face-{face.score}", vertical=True)
            tile.clicked.connect(lambda _c=False, score=face.score: self._rate(score))
            self.faces[face.score] = tile
        column.addLayout(self._face_grid)
        # No 'Skip': the face is kept as soon as it is tapped, and a reason is as optional as
        # the face ('Finish', or the screen closing by itself); the receipt keeps to one page.
        self.reason_question = label(name="subheading")
        column.addWidget(self.reason_question)
        self.reasons: dict[str, QPushButton] = {}
        self._reason_grid = QGridLayout()
        self._reason_grid.setSpacing(10)
        for reason in REASONS:
            btn = button(name="choice")  # one line: short topics (the a11y check measures)
            btn.clicked.connect(lambda _c=False, rid=reason.id: self._reason(rid))
            self.reasons[reason.id] = btn
        column.addLayout(self._reason_grid)
        self.thanks = label(name="statusOk")
        column.addWidget(self.thanks)
        self._columns = 0
        self.fit_text_scale(1.0)
        self.score: int | None = None
        self.reset()

    def fit_text_scale(self, scale: float) -> None:
        """Five faces in a row; from 150 % on, two (the reasons: three, then one)."""
        columns = 5 if scale < 1.5 else 2
        if columns == self._columns:
            return
        self._columns = columns
        for grid, widgets, across in ((self._face_grid, list(self.faces.values()), columns),
                                      (self._reason_grid, list(self.reasons.values()),
                                       3 if columns == 5 else 1)):
            # The faces fill their row's height (one whose name takes two lines makes
            # the row taller, and all five stay alike); the reasons keep their own.
            align = Qt.AlignmentFlag(0) if grid is self._face_grid else Qt.AlignmentFlag.AlignTop
            for index, widget in enumerate(widgets):
                grid.removeWidget(widget)
                grid.addWidget(widget, index // across, index % across, align)
            for column in range(5):
                grid.setColumnStretch(column, 1 if column < across else 0)

    def _rate(self, score: int) -> None:
        # The focused face goes: its screen takes the focus, so nothing looks chosen.
        holder = self.parentWidget()
        while holder is not None and not isinstance(holder, Screen):
            holder = holder.parentWidget()
        if holder is not None and any(tile.hasFocus() for tile in self.faces.values()):
            holder.setFocus()
        self.score = score
        self._show("reason")
        self.rated.emit(score)

    def _reason(self, reason: str) -> None:
        self.reasoned.emit(reason)
        self._show("thanks")
        self.done.emit()

    def _show(self, stage: str) -> None:
        self.stage = stage
        for tile in self.faces.values():
            tile.setVisible(stage == "faces")
        self.question.setVisible(stage == "faces")
        self.hint.setVisible(stage == "faces")
        self.reason_question.setVisible(stage == "reason")
        for btn in self.reasons.values():
            btn.setVisible(stage == "reason")
        self.thanks.setVisible(stage == "thanks")

    def retranslate(self) -> None:
        self.question.setText(translate(QUESTION))
        self.hint.setText(translate(OPTIONAL))
        for face in FACES:
            name = translate(face.name)
            self.faces[face.score].show_texts(name, "", "")
        self.reason_question.setText(translate(REASON_QUESTION))
        for reason in REASONS:
            self.reasons[reason.id].setText(translate(reason.name))
        self.thanks.setText(translate(THANKS))

    def reset(self) -> None:
        """Asked anew: the faces again, no answer."""
        self.score = None
        self.retranslate()
        self._show("faces")


class FeedbackScreen(Screen):
    """After a cancelled session: 'Your entries have been deleted', the question, 'Finish'."""

    step_name = "feedback"
    shows_back = False
    shows_cancel = False
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.panel = FeedbackPanel()
        layout.addWidget(self.panel)
        layout.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.done = button(name="primary")
        self.done.clicked.connect(self.finished.emit)
        bottom.addWidget(self.done)
        layout.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(translate(ABANDONED))
        self.done.setText(translate(FINISH))
        self.panel.retranslate()

    def fit_text_scale(self, scale: float) -> None:
        self.panel.fit_text_scale(scale)

    def wipe(self) -> None:
        self.panel.reset()
