"""Review: every answer, with a 'Change' button per section, the fee and its exemptions."""

from __future__ import annotations

from forms.answers import Answer, answer_of, is_given
from forms.display import display, format_amount
from forms.files import FileAnswer
from forms.model import FieldDef, FormDef
from forms.validation import is_visible, validate_form
from kiosk.base.i18n import is_right_to_left
from kiosk.journey import Journey
from ui.file_field import describe_file
from ui.i18n import current_language, translate
from ui.qt import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens.base import Screen, page_layout, scrolling
from ui.widgets import button, label

_LTR_ANSWER = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RTL_ANSWER = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
               | Qt.AlignmentFlag.AlignVCenter)


def display_value(field: FieldDef, answer: Answer) -> str:
    if isinstance(answer, FileAnswer):
        return describe_file(answer) or "—"  # name, kind and size; never the bytes
    return display(field, answer, current_language()) if is_given(answer) else "—"


class ReviewScreen(Screen):
    step_name = "review"
    editSection = Signal(str)

    def __init__(self, form: FormDef, journey: Journey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.journey = journey
        # The whole page scrolls (heading, answers, fee): at 200 % text it is taller than
        # the screen, and nothing may be squeezed.
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        self.sub = label(name="subheading")
        layout.addWidget(self.sub)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(28)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, follow_minimum=True))
        self.fee = label(name="sectionTitle")
        layout.addWidget(self.fee)
        self.exemptions = label(name="fieldHelp")
        layout.addWidget(self.exemptions)  # a child first: shown parentless it is a window
        self.exemptions.setVisible(bool(form.fee_exemptions))
        self.values: dict[str, QLabel] = {}
        self._section_titles: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self._change: dict[str, QPushButton] = {}
        self._rows: list[tuple[QHBoxLayout, list[tuple[QLabel, QLabel]]]] = []
        for section in form.sections:
            head = QHBoxLayout()
            title = label(name="sectionTitle")
            change = button(name="link")
            change.setObjectName("link")
            change.clicked.connect(lambda _c=False, sid=section.id: self.editSection.emit(sid))
            head.addWidget(title, 1)
            head.addWidget(change)
            self._section_titles[section.id] = title
            self._change[section.id] = change
            pairs = []
            for field in section.fields:
                name = label(name="reviewLabel")
                value = label(name="reviewValue")
                pairs.append((name, value))
                self._labels[field.id] = name
                self.values[field.id] = value
            self._rows.append((head, pairs))
        self._stacked: bool | None = None
        self.fit_text_scale(1.0)
        layout.addStretch(1)
        self.retranslate()

    def fit_text_scale(self, scale: float) -> None:
        """Label beside answer; from 150 % text on, label above answer (an e-mail
        address at 200 % is half a screen wide and cannot wrap)."""
        stacked = scale >= 1.5
        if stacked == self._stacked:
            return
        self._stacked = stacked
        for head, pairs in self._rows:
            self.grid.removeItem(head)
            for name, value in pairs:
                self.grid.removeWidget(name)
                self.grid.removeWidget(value)
        row = 0
        for head, pairs in self._rows:
            self.grid.addLayout(head, row, 0, 1, 2)
            row += 1
            for name, value in pairs:
                if stacked:
                    self.grid.addWidget(name, row, 0, 1, 2)
                    self.grid.addWidget(value, row + 1, 0, 1, 2)
                    row += 2
                else:
                    self.grid.addWidget(name, row, 0)
                    self.grid.addWidget(value, row, 1)
                    row += 1
        self.grid.setColumnStretch(0, 1 if stacked else 0)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Please check your details"))
        self.sub.setText(self.tr("If something is wrong, tap 'Change'."))
        for section in self.form.sections:
            self._section_titles[section.id].setText(translate(section.title))
            self._change[section.id].setText(self.tr("Change"))
            self._change[section.id].setAccessibleName(
                self.tr("Change: {section}").replace("{section}", translate(section.title)))
            for field in section.fields:
                self._labels[field.id].setText(translate(field.label))
        # An answer in Latin letters would sit at the far left of a right-to-left page
        # (a label aligns by its text's own direction): beside its label instead.
        rtl = is_right_to_left(current_language())
        for value in self.values.values():
            value.setAlignment(_RTL_ANSWER if rtl else _LTR_ANSWER)
        self.fee.setText(self.tr("Fee: {amount}").replace(
            "{amount}", format_amount(self.form.fee_cents, self.form.fee_currency,
                                      current_language())))
        self.exemptions.setText(self.tr("Exemption or reduction possible for: {list}").replace(
            "{list}", "; ".join(translate(e.label) for e in self.form.fee_exemptions)))
        self.entered()

    def next_label(self) -> str:
        return self.tr("Continue to signature")

    def accept(self) -> bool:
        """A change on the review can make a field in another section necessary (e.g.
        the authority's address once 'for an authority' is chosen): go there first."""
        problems = validate_form(self.form, self.journey.answers)
        for section in self.form.sections:
            if any(f.id in problems for f in section.fields):
                self.editSection.emit(section.id)
                return False
        return True

    def entered(self) -> None:
        answers = self.journey.answers
        for field in self.form.all_fields():
            self.values[field.id].setText(display_value(field, answer_of(field, answers)))
            shown = is_visible(field, answers)
            self.values[field.id].setVisible(shown)
            self._labels[field.id].setVisible(shown)

    def wipe(self) -> None:
        for value in self.values.values():
            value.clear()
