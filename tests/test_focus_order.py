"""Tab's reading order (``ui.window._tab_stops``): lines, then the language's direction."""

from __future__ import annotations

import pytest

from ui.qt import QPushButton, Qt, QWidget
from ui.window import _tab_stops


@pytest.mark.parametrize("rtl", [False, True])
def test_a_control_two_pixels_higher_stays_on_its_line(qtbot, rtl: bool) -> None:  # type: ignore[no-untyped-def]
    """Arabic text made the header's Help button 2 px taller than its neighbours: it
    fell into the 12 px band above theirs and Tab went to it first (a11y check)."""
    root = QWidget()
    qtbot.addWidget(root)
    root.resize(600, 200)
    root.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                            else Qt.LayoutDirection.LeftToRight)
    buttons = {}
    for name, x, y in (("left", 20, 12), ("middle", 220, 12), ("right", 420, 10),
                       ("below", 20, 80)):
        button = QPushButton(name, root)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.move(x, y)
        buttons[name] = button
    root.show()
    order = [b.text() for b in _tab_stops(root, root)]
    first_line = ["right", "middle", "left"] if rtl else ["left", "middle", "right"]
    assert order == [*first_line, "below"]
