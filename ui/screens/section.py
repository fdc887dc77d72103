"""A form section: one question group per screen, validated field by field."""

from __future__ import annotations

from forms.answers import Answer
from forms.model import FormDef, SectionDef
from forms.validation import is_required, is_visible, validate_form
from kiosk.journey import Journey
from ui.fields import FieldWidget
from ui.i18n import translate
from ui.qt import QEvent, Qt, QVBoxLayout, QWidget
from ui.scanner import Scanner
from ui.screens.base import Screen, page_layout, scrolling
from ui.widgets import label


class SectionScreen(Screen):
    def __init__(self, form: FormDef, section: SectionDef, journey: Journey,
                 parent: QWidget | None = None, *, scanner: Scanner | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.section = section
        self.journey = journey
        self.step_name = f"form-{section.id}"
        layout = page_layout(self)
        # The heading and the introduction scroll with the fields: at 200 % text with the
        # on-screen keyboard up, a fixed heading would leave no room for the field.
        body = QWidget()
        fields_layout = self._fields_layout = page_layout(body)
        self._keep_off_the_scroll_bar()
        self.heading = label(name="heading")
        fields_layout.addWidget(self.heading)
        self.intro = QVBoxLayout()
        fields_layout.addLayout(self.intro)
        self.fields: dict[str, FieldWidget] = {}
        for field in section.fields:
            widget = FieldWidget(field, scanner=scanner)
            widget.edited.connect(lambda _fid: self.apply_rules())
            fields_layout.addWidget(widget)
            self.fields[field.id] = widget
        fields_layout.addStretch(1)
        self.scroll_area = scrolling(body, follow_minimum=True)
        layout.addWidget(self.scroll_area, 1)
        SectionScreen.retranslate(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._keep_off_the_scroll_bar()
        super().changeEvent(event)

    def _keep_off_the_scroll_bar(self) -> None:
        """Room between the fields and the scroll bar, which stands on the right, and on
        the left in a right-to-left language (Qt does not mirror a layout's margins)."""
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            self._fields_layout.setContentsMargins(24, 0, 0, 0)
        else:
            self._fields_layout.setContentsMargins(0, 0, 24, 0)

    def retranslate(self) -> None:
        self.heading.setText(translate(self.section.title))
        for widget in self.fields.values():
            widget.retranslate()

    def next_label(self) -> str:
        return self.tr("Next")

    def current_answers(self) -> dict[str, Answer]:
        """The journey's answers with this screen's inputs on top."""
        answers = dict(self.journey.answers)
        answers.update({fid: w.value() for fid, w in self.fields.items()})
        return answers

    def apply_rules(self) -> None:
        """Show, hide and mark required the fields whose rules depend on other answers."""
        answers = self.current_answers()
        for widget in self.fields.values():
            widget.setVisible(is_visible(widget.field, answers))
            widget.set_required(is_required(widget.field, answers))

    def entered(self) -> None:
        for field_id, widget in self.fields.items():
            if field_id in self.journey.answers:
                widget.set_value(self.journey.answers[field_id])
        self.apply_rules()
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.focus_target.setFocus()

    def accept(self) -> bool:
        if any(w.file is not None and w.file.busy for w in self.fields.values()):
            return False  # a scan is still being read; its button says so
        self.apply_rules()
        first_invalid: FieldWidget | None = None
        answers = self.current_answers()
        across = validate_form(self.form, answers)
        for widget in self.fields.values():
            if widget.isHidden():
                continue
            ok = widget.validate()
            if ok and widget.field.id in across:
                widget.show_problem(across[widget.field.id])
                ok = False
            if not ok and first_invalid is None:
                first_invalid = widget
        if first_invalid is not None:
            self.scroll_area.ensureWidgetVisible(first_invalid)
            first_invalid.focus_target.setFocus()
            return False
        # A question hidden by a later choice keeps no answer (data minimisation).
        self.journey.record({fid: w.value() for fid, w in self.fields.items() if not w.isHidden()},
                            drop=[fid for fid, w in self.fields.items() if w.isHidden()])
        return True

    def wipe(self) -> None:
        for widget in self.fields.values():
            widget.wipe()
