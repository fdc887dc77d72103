"""What every screen shares: re-translation on language change, footer wishes, wiping.

A screen is a view of the journey (``kiosk.journey.Journey``): it shows what the
journey holds and hands back what the citizen entered in ``accept``. ``wipe``
is part of the interface, not an option: every screen says how it forgets a
citizen (``tests/test_wipe.py`` fills every screen and checks that nothing stays).
"""

from __future__ import annotations

from ui.qt import CLICK_FOCUS, QEvent, QFrame, QLayout, QScrollArea, QVBoxLayout, QWidget


class Screen(QFrame):
    """A full-window page of the journey.

    A frame (without a frame line) rather than a plain widget: a frame paints its
    style-sheet background by itself, without a widget attribute from ``Qt``, which
    the first frame does not touch (``ui.qt``)."""

    # Name used for screenshots and journey logs.
    step_name = "screen"
    # Whether the footer shows 'Back' / 'Cancel' / 'Next'.
    shows_back = True
    shows_cancel = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        # The screen itself holds the focus when it comes up (Tab passes it by): no button
        # carries the focus ring at rest, as if pre-selected; Tab goes on from here.
        self.setProperty("focusPolicy", CLICK_FOCUS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text in the current language."""

    def next_label(self) -> str | None:
        """Text of the footer's primary button, or None to hide it."""
        return None

    def accept(self) -> bool:
        """Validate and keep the input; True to move on."""
        return True

    def entered(self) -> None:
        """Called each time the screen becomes the current one."""

    def fit_text_scale(self, scale: float) -> None:
        """Arrange for this text size where reflowing is not enough (two columns that
        become one); most screens reflow by themselves."""

    def wipe(self) -> None:
        """Forget everything the citizen entered or was shown (values, undo history).

        Every screen must say how: a screen without citizen data says so by
        overriding this with an empty body.
        """
        raise NotImplementedError(f"{type(self).__name__} does not say how it forgets a "
                                  "citizen: implement wipe()")


def scrolling(body: QWidget, *, follow_minimum: bool = False) -> QScrollArea:
    """Wrap a tall body so a long form scrolls by finger instead of clipping."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    layout = body.layout()
    if follow_minimum and layout is not None:
        # The body's minimum size follows its layout (a group's new entry, longer texts,
        # larger text): the area then scrolls instead of squeezing the fields together.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    body.setObjectName("scrollBody")
    area.setWidget(body)
    # As Qt properties from their numbers: the welcome screen scrolls too, and the first
    # frame does not build Qt's namespace (ui.qt). 1: ScrollBarAlwaysOff.
    area.setProperty("horizontalScrollBarPolicy", 1)
    # No focus stop of its own (it would show no focus): Tab goes to the controls inside,
    # and the area scrolls each into view as it gets the focus. 0: NoFocus.
    area.setProperty("focusPolicy", 0)
    return area


def page_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(56, 32, 56, 24)
    layout.setSpacing(18)
    return layout
