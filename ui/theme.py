"""Text size and contrast: how the kiosk looks for this citizen.

The standard look is ``assets/styles/kiosk.qss``. High contrast adds
``assets/styles/high-contrast.qss`` after it (later rules win): black ground,
white and yellow text (≥ 7:1), thick light borders and a yellow focus frame
(≥ 3:1 against everything next to it). The text size (100 % to 200 %) multiplies
the type and the padding above and below it in the style sheet, and the layouts
grow with the text and reflow instead of clipping it; the screens set no fixed
sizes of their own in code (lengths live in the style sheet, or go through
``px``). Both are the session's (``kiosk.journey.Journey.display``) and go back
to the standard at its end.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from kiosk.journey import MAX_TEXT_SCALE, MIN_TEXT_SCALE, Display
from ui.qt import QApplication

STYLES = Path(__file__).resolve().parent.parent / "assets" / "styles"

__all__ = ["MAX_TEXT_SCALE", "MIN_TEXT_SCALE", "Display", "apply", "px", "stylesheet"]



class _Applied:
    display = Display()




@functools.cache
def _read(name: str) -> str:
    return (STYLES / name).read_text(encoding="utf-8")


def stylesheet(display: Display) -> str:
    """The application's style sheet for this text size and contrast."""
    text = _read("kiosk.qss")
    if display.high_contrast:
        text += "\n" + _read("high-contrast.qss")
    if display.text_scale != 1.0:
        scale = display.text_scale
        rule_re, fixed, declaration, _length = _patterns()
        text = rule_re.sub(lambda rule: rule[0] if fixed.search(rule["selectors"]) else
                           rule["selectors"] + declaration.sub(lambda m: _scaled(m, scale),
                                                               rule["block"]), text)
    return text


# Lengths that grow with the text: the type and the room above and below it. Minimum
# heights and widths do not: the text itself makes its widget taller and wider (and
# wraps where it may), and a minimum wider than the screen would push the layout off it.
_GROW = {"font-size", "letter-spacing"}


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The style sheet's rules, the fixed ones, declarations and lengths: compiled at the
    first larger text, not at start-up (the standard size needs none of them)."""
    return (re.compile(r"(?P<selectors>[^{}]*)(?P<block>\{[^{}]*\})"),  # selectors stay
            # What keeps its size: the on-screen keyboard (its keys are large already, and
            # a key's label at 200 % would not fit the key), and the header's office name
            # and buttons (the row must fit the screen's width; the step and every
            # screen's text do grow).
            re.compile(r"#(osk\w*|officeName|headerTool|headerLanguage)\b"),
            re.compile(r"(?P<name>[a-z-]+)\s*:\s*(?P<value>[^;{}]+)"),
            re.compile(r"(?<![\w#.-])(\d+(?:\.\d+)?)px"))


def _scaled(match: re.Match[str], scale: float) -> str:
    name, value = match["name"], match["value"]
    length_re = _patterns()[3]

    def grow(length: re.Match[str]) -> str:
        return f"{max(1, round(float(length[1]) * scale))}px"

    if name in _GROW:
        value = length_re.sub(grow, value)
    elif name in ("padding", "margin"):
        parts = value.split()
        # CSS shorthand: top [right [bottom [left]]]; the vertical ones grow.
        vertical = {0, 2} if len(parts) > 2 else {0}
        parts = [length_re.sub(grow, part) if index in vertical else part
                 for index, part in enumerate(parts)]
        if len(parts) == 1 and length_re.fullmatch(parts[0]):  # all four sides
            parts = [length_re.sub(grow, parts[0]), parts[0]]
        value = " ".join(parts)
    elif name in ("padding-top", "padding-bottom", "margin-top", "margin-bottom"):
        value = length_re.sub(grow, value)
    return f"{name}: {value}"


def apply(app: QApplication, display: Display, *, force: bool = False) -> None:
    """Restyle every widget of the application (Qt re-polishes and re-lays out)."""
    if _Applied.display == display and not force:
        return
    _Applied.display = display
    app.setStyleSheet(stylesheet(display))


def px(length: int) -> int:
    """A length set in code (a drawing area, a thumbnail) at the current text size."""
    return round(length * _Applied.display.text_scale)
