"""Form inputs: text, choice buttons and a stepper, with inline validation."""

from __future__ import annotations

from forms.model import FieldDef
from forms.validation import normalize, validate_field
from kiosk.i18n import N_, Message
from ui.i18n import localized, translate
from ui.qt import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets import button, label


class ChoiceInput(QWidget):
    """Large exclusive choice buttons (easier than a combo box on a touch screen)."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for option in field.options:
            btn = button(name="choice")
            btn.setCheckable(True)
            btn.setAutoExclusive(True)
            btn.toggled.connect(lambda _checked: self.changed.emit())
            layout.addWidget(btn)
            self.buttons[option.value] = btn
        self.retranslate()

    def retranslate(self) -> None:
        for option in self._field.options:
            self.buttons[option.value].setText(localized(option.label))
            self.buttons[option.value].setAccessibleName(localized(option.label))

    def value(self) -> str:
        return next((v for v, b in self.buttons.items() if b.isChecked()), "")

    def set_value(self, value: str) -> None:
        for v, b in self.buttons.items():
            b.setAutoExclusive(False)
            b.setChecked(v == value)
            b.setAutoExclusive(True)


class StepperInput(QWidget):
    """A whole number with big − and + buttons."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min = field.minimum if field.minimum is not None else 0
        self._max = field.maximum if field.maximum is not None else 99
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.minus = button("−", name="stepper")
        self.plus = button("+", name="stepper")
        self.edit = QLineEdit()
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.setMaximumWidth(120)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(1))
        for widget in (self.minus, self.edit, self.plus):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.set_value(field.default or str(self._min))

    def _step(self, delta: int) -> None:
        try:
            current = int(self.edit.text())
        except ValueError:
            current = self._min
        self.set_value(str(min(self._max, max(self._min, current + delta))))
        self.changed.emit()

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: str) -> None:
        self.edit.setText(value)
        self.minus.setAccessibleName(translate(N_("Fields", "Fewer")))
        self.plus.setAccessibleName(translate(N_("Fields", "More")))


class FieldWidget(QFrame):
    """Label, input, help and the validation message of one form field."""

    edited = Signal(str)  # field id

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._error: Message | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.title = label(name="fieldLabel")
        layout.addWidget(self.title)
        self.line: QLineEdit | None = None
        self.choice: ChoiceInput | None = None
        self.stepper: StepperInput | None = None
        if field.type == "choice":
            self.choice = ChoiceInput(field)
            self.choice.changed.connect(self._changed)
            layout.addWidget(self.choice)
        elif field.type == "integer":
            self.stepper = StepperInput(field)
            self.stepper.changed.connect(self._changed)
            layout.addWidget(self.stepper)
        else:
            self.line = QLineEdit()
            self.line.setObjectName(f"input-{field.id}")
            self.line.setMaxLength(max(field.max_length * 2, field.max_length + 20))
            self.line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.line.editingFinished.connect(self.validate)
            self.line.textEdited.connect(self._changed)
            layout.addWidget(self.line)
        self.help = label(name="fieldHelp")
        layout.addWidget(self.help)
        self.error = label(name="fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        self.retranslate()

    @property
    def focus_target(self) -> QWidget:
        if self.line is not None:
            return self.line
        if self.choice is not None:
            return next(iter(self.choice.buttons.values()), self.choice)
        assert self.stepper is not None
        return self.stepper.edit

    def retranslate(self) -> None:
        text = localized(self.field.label)
        if not self.field.required:
            text += " " + translate(N_("Fields", "(optional)"))
        self.title.setText(text)
        help_text = localized(self.field.help) if self.field.help else ""
        if self.field.type == "date" and not help_text:
            help_text = translate(N_("Fields", "Format: DD.MM.YYYY"))
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        self.focus_target.setAccessibleName(localized(self.field.label))
        if self.choice is not None:
            self.choice.retranslate()
        self._show(self._error)

    def value(self) -> str:
        if self.choice is not None:
            return self.choice.value()
        if self.stepper is not None:
            return normalize(self.stepper.value())
        assert self.line is not None
        return normalize(self.line.text())

    def set_value(self, value: str) -> None:
        if self.choice is not None:
            self.choice.set_value(value)
        elif self.stepper is not None:
            self.stepper.set_value(value)
        else:
            assert self.line is not None
            self.line.setText(value)

    def validate(self) -> bool:
        self._show(validate_field(self.field, self.value()))
        return self._error is None

    def _changed(self) -> None:
        if self._error is not None:  # clear the message as soon as the input is fixed
            self.validate()
        self.edited.emit(self.field.id)

    def _show(self, error: Message | None) -> None:
        self._error = error
        self.error.setText(translate(error) if error else "")
        self.error.setVisible(error is not None)
        if self.line is not None:
            self.line.setProperty("invalid", error is not None)
            self.line.style().unpolish(self.line)
            self.line.style().polish(self.line)

    def wipe(self) -> None:
        """Drop the value and its undo history."""
        if self.line is not None:
            self.line.clear()
            self.line.setText("")
            self.line.setModified(False)
        self._error = None
        self._show(None)
