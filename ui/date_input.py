"""Date entry: TT.MM.JJJJ typed with digits only, and no impossible date on the way.

The field stays a text field (the on-screen keyboard's date page, the voice, the
chip's prefill and a hardware keyboard all work as with any other field), and this
validator stands guard while the citizen types: it puts the dots in after the day
and the month, takes no 32nd day, no 13th month and no 31 April, and keeps the year
to four digits. A 29 February in a year that has none can only show once the year is
complete: the field's own check (``forms.validation``) names it on 'Next'. A date of
birth may keep 00 for an unknown day or month, as German registers write it.
"""

from __future__ import annotations

import calendar
import re

from ui.qt import QValidator, QWidget

_SHAPE = re.compile(r"(\d{0,2})(?:\.(\d{0,2})(?:\.(\d{0,4}))?)?")


class DateValidator(QValidator):
    def __init__(self, parent: QWidget | None = None, *, unknown_parts: bool = False) -> None:
        super().__init__(parent)
        self.unknown_parts = unknown_parts  # 00 for an unknown day or month (birth dates)
        self._last = ""
        # Why the last keystroke was refused: "impossible" (no such day or month) or
        # "format" (not a digit); the field says so (QLineEdit.inputRejected).
        self.refused = ""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # Qt's name
        # Typed at the end, not deleted back to an earlier text (a backspace over a dot
        # must not bring the dot back).
        typed_on = pos == len(text) and bool(text) and not self._last.startswith(text)
        if typed_on:
            text, pos = _typed(text, pos)
        match = _SHAPE.fullmatch(text)
        if match is None:
            self.refused = "format"
            return QValidator.State.Invalid, text, pos
        day, month, year = match.group(1), match.group(2) or "", match.group(3) or ""
        dots_early = (match.group(2) is not None and len(day) != 2) or \
            (match.group(3) is not None and len(month) != 2)
        if dots_early or not self._possible(day, month, year):
            self.refused = "format" if dots_early else "impossible"
            return QValidator.State.Invalid, text, pos
        self._last = text
        complete = len(day) == 2 and len(month) == 2 and len(year) == 4
        if complete and int(day) and int(month) and \
                int(day) > calendar.monthrange(int(year), int(month))[1]:
            return QValidator.State.Intermediate, text, pos  # 29.02. of a common year
        state = QValidator.State.Acceptable if complete or not text \
            else QValidator.State.Intermediate
        return state, text, pos

    def _possible(self, day: str, month: str, year: str) -> bool:
        """Whether what is typed so far can still become a date."""
        lowest = 0 if self.unknown_parts else 1
        if day and (int(day[0]) > 3 or (len(day) == 2 and not lowest <= int(day) <= 31)):
            return False
        if month and (int(month[0]) > 1 or (len(month) == 2 and not lowest <= int(month) <= 12)):
            return False
        # In any year (2000 had a 29 February): that one waits for the year.
        if len(day) == 2 and len(month) == 2 and int(day) and int(month) \
                and int(day) > calendar.monthrange(2000, int(month))[1]:
            return False
        # An unknown month with a known day is no date a register writes.
        return not (len(month) == 2 and int(month) == 0 and len(day) == 2 and int(day) != 0)


def _typed(text: str, pos: int) -> tuple[str, int]:
    """What typing at the end means: the dot after the day and the month comes by itself
    (a dot typed after it is not doubled), "1." is the first: "01.", and a digit that
    can only start a one-digit day or month is one ("5" is "05.")."""
    if text.endswith(".."):
        return text[:-1], pos - 1
    parts = text.split(".")
    if text.endswith(".") and len(parts) in (2, 3) and len(parts[-2]) == 1:
        parts[-2] = "0" + parts[-2]
        return ".".join(parts), pos + 1
    if re.fullmatch(r"\d{2}|\d{2}\.\d{2}", text):
        return text + ".", pos + 1
    # A day from 4 or a month from 2 has one digit only: "5" is "05.".
    if (re.fullmatch(r"[4-9]", text) or re.fullmatch(r"\d{2}\.[2-9]", text)):
        return text[:-1] + "0" + text[-1] + ".", pos + 2
    return text, pos
