"""Form inputs with inline validation: text, choice and multi-choice buttons (a long list
with a search line, ``ui.choice_search``), yes/no,
a stepper, repeated groups (e.g. persons moving with you) with add/remove, and files
from the scan inbox (``ui.file_field``)."""

from __future__ import annotations

from collections.abc import Mapping

from forms.answers import Address, Answer, Choices, Entries, is_given
from forms.display import NO, YES
from forms.model import ChoiceOption, FieldDef
from forms.validation import (
    DATE_FORMAT,
    DATE_IMPOSSIBLE,
    PATTERN,
    is_required,
    is_visible,
    normalize,
    required_message,
    validate_field,
)
from kiosk.base.i18n import N_, Message
from kiosk.stats.session import error_shown
from ui.choice_search import SEARCH_THRESHOLD, ChoiceSearch
from ui.date_input import DateValidator
from ui.file_field import FileInput
from ui.i18n import translate
from ui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.scanner import Scanner
from ui.widgets import button, label

PHOTO_HELP = N_("Fields", "A current passport photo in portrait format, as for an identity "
                "card.")


class ChoiceInput(QWidget):
    """Large exclusive choice buttons (easier than a combo box on a touch screen)."""

    changed = Signal()

    exclusive = True

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._field = field
        layout = QHBoxLayout(self) if field.type == "yes_no" else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for option in self.options():
            btn = button(name="choice", wrap=True)
            btn.setCheckable(True)
            btn.setAutoExclusive(self.exclusive)
            btn.toggled.connect(lambda _checked: self.changed.emit())
            if field.type == "yes_no":
                btn.setObjectName("yesNo")  # as wide as the style sheet says, at any text size
            layout.addWidget(btn)
            self.buttons[option.value] = btn
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        self.search: ChoiceSearch | None = None  # a long list: type to filter it
        if len(self.buttons) > SEARCH_THRESHOLD:
            self.search = ChoiceSearch(self.buttons)
            layout.insertWidget(0, self.search)
            layout.addWidget(self.search.more)
        self.retranslate()

    def options(self) -> tuple[ChoiceOption, ...]:
        if self._field.type == "yes_no":
            return (ChoiceOption("yes", YES), ChoiceOption("no", NO))
        return self._field.options

    def retranslate(self) -> None:
        for option in self.options():
            text = translate(option.label)
            self.buttons[option.value].setText(text)
            self.buttons[option.value].setAccessibleName(text)
        if self.search is not None:
            self.search.retranslate()

    def chosen(self) -> tuple[str, ...]:
        return tuple(v for v, b in self.buttons.items() if b.isChecked())

    def value(self) -> Answer:
        return next(iter(self.chosen()), "")

    def set_value(self, value: Answer) -> None:
        chosen = set(value.values) if isinstance(value, Choices) else \
            {value} if isinstance(value, str) and value else set()
        for v, b in self.buttons.items():
            b.setAutoExclusive(False)
            b.setChecked(v in chosen)
            b.setAutoExclusive(self.exclusive)

    def clear(self) -> None:
        self.set_value("")


class MultiChoiceInput(ChoiceInput):
    """Large toggle buttons; any number may be chosen."""

    exclusive = False

    def value(self) -> Answer:
        return Choices(self.chosen())


class GroupInput(QWidget):
    """A repeated group: one framed entry of sub-fields per person, with add and remove. A
    group among the sub-fields is a ``GroupInput`` of its own inside the entry's card, at
    any depth (``level``: how many entries hold it; nested cards have narrower margins, the
    buttons and inputs keep their size)."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None, *,
                 level: int = 0) -> None:
        super().__init__(parent)
        self._field = field
        self.level = level
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.entries: list[tuple[QFrame, dict[str, FieldWidget], QPushButton, QLabel]] = []
        self.add_button = button(name="link")
        self.add_button.clicked.connect(lambda: self.add_entry(focus=True))
        self._layout.addWidget(self.add_button)
        self.fixed = field.type == "address"  # exactly one entry, no add/remove
        for _ in range(1 if self.fixed else field.min_items):
            self.add_entry()
        self.retranslate()

    def add_entry(self, values: Mapping[str, str | Entries] | None = None, *,
                  focus: bool = False) -> None:
        if len(self.entries) >= self._field.max_items:
            return
        frame = QFrame()
        frame.setObjectName("card")
        column = QVBoxLayout(frame)
        side = 16 if self.level == 0 else 8  # a card inside a card: room for the inputs
        column.setContentsMargins(side, 10, side, 10)
        head = QHBoxLayout()
        title = label(name="sectionTitle")
        head.addWidget(title, 1)
        remove = button(name="link")
        remove.clicked.connect(lambda: self.remove_entry(frame))
        head.addWidget(remove)
        column.addLayout(head)
        widgets: dict[str, FieldWidget] = {}
        for sub in self._field.fields:
            widget = FieldWidget(sub, level=self.level + 1)
            widget.edited.connect(lambda _fid: self.changed.emit())
            if values and sub.id in values:
                widget.set_value(values[sub.id])
            column.addWidget(widget)
            widgets[sub.id] = widget
        if any(sub.visible_if or sub.required_if for sub in self._field.fields):
            # Rules inside a repeated group hold per entry, live as the citizen taps.
            for widget in widgets.values():
                widget.edited.connect(lambda _fid, ws=widgets: self.apply_rules(ws))
            self.apply_rules(widgets)
        if self.fixed:
            title.hide()
            remove.hide()
            column.setContentsMargins(0, 0, 0, 0)
            frame.setObjectName("")
        self._layout.insertWidget(self._layout.count() - 1, frame)
        self.entries.append((frame, widgets, remove, title))
        self.retranslate()
        if focus:
            next(iter(widgets.values())).focus_target.setFocus()
        self.changed.emit()

    def remove_entry(self, frame: QFrame) -> None:
        for index, entry in enumerate(self.entries):
            if entry[0] is frame:
                del self.entries[index]
                for widget in entry[1].values():
                    widget.wipe()
                frame.setParent(None)
                frame.deleteLater()
                break
        self.retranslate()
        self.changed.emit()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Add an entry"))
        self.add_button.setVisible(len(self.entries) < self._field.max_items
                                   and not self.fixed)
        for number, (_frame, widgets, remove, title) in enumerate(self.entries, start=1):
            title.setText(self.tr("Entry {number}").replace("{number}", str(number)))
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove entry {number}")
                                     .replace("{number}", str(number)))
            for widget in widgets.values():
                widget.retranslate()

    @staticmethod
    def apply_rules(widgets: Mapping[str, FieldWidget]) -> None:
        """Show, hide and mark required one entry's sub-fields by that entry's answers."""
        item = GroupInput.entry(widgets)
        for widget in widgets.values():
            widget.setVisible(is_visible(widget.field, item))
            widget.set_required(is_required(widget.field, item))

    @staticmethod
    def entry(widgets: Mapping[str, FieldWidget], *,
              shown_only: bool = False) -> dict[str, str | Entries]:
        """One entry's answers: texts, and the entries of a group inside the group."""
        item: dict[str, str | Entries] = {}
        for sid, widget in widgets.items():
            if shown_only and widget.isHidden():
                continue
            inner = widget.value() if widget.group is not None else None
            item[sid] = inner if isinstance(inner, Entries) else widget.text_value()
        return item

    def value(self) -> Answer:
        items = [self.entry(widgets, shown_only=True) for _f, widgets, _r, _t in self.entries]
        if self.fixed:
            return Address.of({k: v for k, v in (items[0] if items else {}).items()
                               if isinstance(v, str)})
        return Entries(tuple(item for item, (_f, widgets, _r, _t) in zip(
            items, self.entries, strict=True) if self.started(widgets)))

    @staticmethod
    def started(widgets: Mapping[str, FieldWidget]) -> bool:
        """Whether the citizen began this entry: a field holds more than it started with
        (a stepper's first number or a default is not an answer), or a group inside it
        holds an entry."""
        return any(not widget.pristine() for widget in widgets.values())

    def set_value(self, value: Answer) -> None:
        for frame, *_rest in list(self.entries):
            self.remove_entry(frame)
        items: list[Mapping[str, str | Entries]] = \
            [value.parts()] if isinstance(value, Address) and value else \
            list(value.items) if isinstance(value, Entries) else []
        for item in items:
            self.add_entry(item)
        if self.fixed and not self.entries:
            self.add_entry()
        elif not self.fixed:
            while len(self.entries) < self._field.min_items:
                self.add_entry()

    def validate_entries(self) -> bool:
        ok = True
        for _frame, widgets, _r, _t in self.entries:
            if not self.started(widgets):
                continue
            for widget in widgets.values():
                if not widget.isHidden():
                    ok = widget.validate() and ok
        return ok


class StepperInput(QWidget):
    """A whole number with big − and + buttons."""

    changed = Signal()

    def __init__(self, field: FieldDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._min = field.minimum if field.minimum is not None else 0
        self._max = field.maximum if field.maximum is not None else 99
        self._default = field.default
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.minus = button("−", name="stepper")
        self.plus = button("+", name="stepper")
        self.edit = QLineEdit()
        self.edit.setObjectName("stepperValue")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.edit.textEdited.connect(lambda _t: self.changed.emit())
        self.minus.clicked.connect(lambda: self._step(-1))
        self.plus.clicked.connect(lambda: self._step(1))
        for widget in (self.minus, self.edit, self.plus):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.start = field.default or str(self._min)  # what it shows before any tap
        self.set_value(self.start)

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
        self.edit.setModified(False)
        self.minus.setAccessibleName(translate(N_("Fields", "Fewer")))
        self.plus.setAccessibleName(translate(N_("Fields", "More")))

    def clear(self) -> None:
        self.set_value(str(self._min) if self._default is None else self._default)


class FieldWidget(QFrame):
    """Label, input, help and the validation message of one form field."""

    edited = Signal(str)  # field id

    def __init__(self, field: FieldDef, parent: QWidget | None = None, *,
                 scanner: Scanner | None = None, level: int = 0) -> None:
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
        self.group: GroupInput | None = None
        self.file: FileInput | None = None
        self.required_now = field.required
        if field.type in ("choice", "yes_no", "multi_choice"):
            kind = MultiChoiceInput if field.type == "multi_choice" else ChoiceInput
            self.choice = kind(field)
            self.choice.changed.connect(self._changed)
            if field.default:
                self.choice.set_value(field.default)
            layout.addWidget(self.choice)
        elif field.type in ("group", "address"):
            self.group = GroupInput(field, level=level)
            self.group.changed.connect(self._changed)
            layout.addWidget(self.group)
        elif field.type == "file":
            self.file = FileInput(field, scanner)
            self.file.changed.connect(self._changed)
            self.file.problem.connect(self._file_problem)
            layout.addWidget(self.file)
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
            hints = _INPUT_HINTS.get(field.type)
            if hints is not None:
                self.line.setInputMethodHints(hints)
            if field.type == "date":
                dates = DateValidator(self.line, unknown_parts=field.prefill == "date_of_birth")
                self.line.setValidator(dates)
                # A refused keystroke says why at once (no silent swallowing).
                self.line.inputRejected.connect(lambda: self._show(
                    DATE_IMPOSSIBLE if dates.refused == "impossible" else DATE_FORMAT))
            if field.default:
                self.line.setText(field.default)
            layout.addWidget(self.line)
        self.help = label(name="fieldHelp")
        # A file field's help says what to scan: above its buttons, not below.
        layout.insertWidget(1 if self.file is not None else layout.count(), self.help)
        self.error = label(name="fieldError")
        self.error.hide()
        layout.addWidget(self.error)
        self.retranslate()

    @property
    def focus_target(self) -> QWidget:
        if self.line is not None:
            return self.line
        if self.choice is not None and self.choice.search is not None:
            return self.choice.search.line
        if self.choice is not None:
            return next(iter(self.choice.buttons.values()), self.choice)
        if self.group is not None:
            if self.group.fixed and self.group.entries:
                return next(iter(self.group.entries[0][1].values())).focus_target
            return self.group.add_button
        if self.file is not None:
            return self.file.take_button if self.file.scanner is not None \
                else self.file.counter_button
        assert self.stepper is not None
        return self.stepper.edit

    def retranslate(self) -> None:
        text = translate(self.field.label)
        if not self.required_now:
            text += " " + translate(N_("Fields", "(optional)"))
        if self.field.type == "multi_choice":
            text += " " + translate(N_("Fields", "(choose all that apply)"))
        self.title.setText(text)
        help_text = translate(self.field.help) if self.field.help else ""
        if self.field.type == "date" and not help_text:
            help_text = translate(N_("Fields", "Format: DD.MM.YYYY"))
        if self.field.photo and not help_text:
            help_text = translate(PHOTO_HELP)
        self.help.setText(help_text)
        self.help.setVisible(bool(help_text))
        self.focus_target.setAccessibleName(translate(self.field.label))
        if self.choice is not None:
            self.choice.retranslate()
        if self.group is not None:
            self.group.retranslate()
        if self.file is not None:
            self.file.retranslate()
        self._show(self._error)

    def set_required(self, required: bool) -> None:
        """A ``required_if`` rule changed whether this field must be answered."""
        if required != self.required_now:
            self.required_now = required
            self.retranslate()

    def pristine(self) -> bool:
        """Whether the widget still holds what it started with (nothing, or its default)."""
        if self.group is not None:
            return not self.group.value()
        if self.stepper is not None:
            return self.stepper.value() == self.stepper.start
        if self.file is not None:
            return not is_given(self.file.value())
        value = self.value()
        return not is_given(value) or value == normalize(self.field.default or "")

    def value(self) -> Answer:
        """The answer as it stands in this widget (texts normalized)."""
        if self.choice is not None:
            return self.choice.value()
        if self.group is not None:
            return self.group.value()
        if self.file is not None:
            return self.file.value()
        return self.text_value()

    def text_value(self) -> str:
        """A text field's answer (a sub-field of a group is always one)."""
        if self.stepper is not None:
            return normalize(self.stepper.value())
        if self.line is not None:
            return normalize(self.line.text())
        value = self.value()
        return value if isinstance(value, str) else ""

    def set_value(self, value: Answer) -> None:
        if self.choice is not None:
            self.choice.set_value(value)
        elif self.group is not None:
            self.group.set_value(value)
        elif self.file is not None:
            self.file.set_value(value)
        elif self.stepper is not None:
            self.stepper.set_value(value if isinstance(value, str) else "")
        else:
            assert self.line is not None
            self.line.setText(value if isinstance(value, str) else "")

    def validate(self) -> bool:
        value = self.value()
        error = validate_field(self.field, value)
        if error is None and not is_given(value) and self.required_now:
            error = required_message(self.field)
        if self.group is not None and not self.group.validate_entries() and error is None:
            error = validate_field(self.field, value)
        self._show(error)
        return self._error is None

    def show_problem(self, error: Message) -> None:
        """A problem found across fields (e.g. a date order) shown at this field."""
        self._show(error)

    def _file_problem(self, error: Message | None) -> None:
        """The scan just taken was refused (or the inbox had none): say why, here."""
        if error is not None:
            self._show(error)
        elif self._error is not None:
            self.validate()

    def _changed(self) -> None:
        if self._error is not None:  # clear the message as soon as the input is fixed
            self.validate()
        self.edited.emit(self.field.id)

    def _show(self, error: Message | None) -> None:
        if error is not None and error != self._error:
            error_shown(error)  # the statistics count it (by its id, never its text)
        self._error = error
        text = translate(error) if error else ""
        if error == PATTERN and self.field.pattern_message is not None:
            text = translate(self.field.pattern_message)
        self.error.setText(text)
        self.error.setVisible(error is not None)
        if self.line is not None:
            self.line.setProperty("invalid", error is not None)
            self.line.style().unpolish(self.line)
            self.line.style().polish(self.line)

    def wipe(self) -> None:
        """Drop the value and its undo history; defaults come back as for a new citizen."""
        if self.line is not None:
            self.line.clear()
            self.line.setText(self.field.default or "")
            self.line.setModified(False)
        if self.choice is not None:
            self.choice.set_value(self.field.default or "")
        if self.stepper is not None:
            self.stepper.clear()
        if self.group is not None:
            for frame, *_rest in list(self.group.entries):
                self.group.remove_entry(frame)
            self.group.set_value(Entries())
        if self.file is not None:
            self.file.clear()
        self.required_now = self.field.required
        self._error = None
        self._show(None)


_INPUT_HINTS = {
    "email": Qt.InputMethodHint.ImhEmailCharactersOnly,
    "phone": Qt.InputMethodHint.ImhDialableCharactersOnly,
    "number": Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "currency": Qt.InputMethodHint.ImhFormattedNumbersOnly,
    "postal_code": Qt.InputMethodHint.ImhDigitsOnly,
    "date": Qt.InputMethodHint.ImhDate,
    "house_number": Qt.InputMethodHint.ImhPreferNumbers,
    "iban": Qt.InputMethodHint.ImhPreferUppercase | Qt.InputMethodHint.ImhNoPredictiveText,
}
