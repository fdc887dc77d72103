"""Out of service: the terminal cannot keep an application, so it takes none.

Shown instead of the welcome screen when the check before a session
(``kiosk.readiness``, run by ``ui.app.Kiosk.serve`` after the first frame) finds a
problem: the citizen is sent to the counter, in the terminal's language and in
English; one line below says what the technician should check (the first problem,
in the terminal's language; never personal data — the checks look at settings,
files and directories only). ``take_out_of_service`` and ``put_back_in_service``
switch the window; the window shows this screen wherever it would show the
welcome screen while it is set.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.base.catalogue import text
from kiosk.base.i18n import N_, Message
from kiosk.journey import WELCOME
from kiosk.settings import Settings
from ui.qt import ALIGN_CENTER, QVBoxLayout, QWidget
from ui.screens.base import Screen, page_layout, scrolling
from ui.widgets import label

if TYPE_CHECKING:
    from ui.window import KioskWindow

TITLE = N_("OutOfService", "This terminal is out of service")
PLEASE = N_("OutOfService", "Please go to the counter. The staff will gladly help you.")
FOR_STAFF = N_("OutOfService", "For the technician: {problem}")
MORE = N_("OutOfService", "({count} more in the kiosk's log)")


class OutOfServiceScreen(Screen):
    step_name = "out_of_service"
    shows_back = False
    shows_cancel = False

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages = list(dict.fromkeys([settings.default_language, "en"]))
        self._staff_language = settings.default_language
        self._problems: list[Message] = []
        body = QWidget()
        layout = page_layout(body)
        layout.addStretch(2)
        self.heading = label(name="heading")
        self.heading.setProperty("alignment", ALIGN_CENTER)
        self.please = label(name="subheading")
        self.please.setProperty("alignment", ALIGN_CENTER)
        layout.addWidget(self.heading)
        layout.addWidget(self.please)
        layout.addStretch(3)
        self.staff = label(name="fieldHelp")
        layout.addWidget(self.staff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        self.retranslate()

    @property
    def problems(self) -> list[Message]:
        return list(self._problems)

    def show_problems(self, problems: list[Message]) -> None:
        self._problems = list(problems)
        self.retranslate()

    def retranslate(self) -> None:
        # Not the citizen's language: nobody chose one; the terminal's and English.
        self.heading.setText("\n".join(text(TITLE, lang) for lang in self._languages))
        self.please.setText("\n".join(text(PLEASE, lang) for lang in self._languages))
        line = ""
        if self._problems:
            language = self._staff_language
            line = text(FOR_STAFF.format(problem=text(self._problems[0], language)), language)
            if len(self._problems) > 1:
                line += " " + text(MORE.format(count=len(self._problems) - 1), language)
        self.staff.setText(line)

    def wipe(self) -> None:
        """Nothing of a citizen is shown here."""


def take_out_of_service(window: KioskWindow, problems: list[Message]) -> OutOfServiceScreen:
    """Show the out-of-service screen with ``problems`` instead of the welcome screen; a
    session begun in the moment before the check ends (and is wiped) first."""
    screen = window.out_of_service
    if not isinstance(screen, OutOfServiceScreen):
        screen = OutOfServiceScreen(window.settings)
        window.stack.addWidget(screen)
        window.out_of_service = screen
    screen.show_problems(problems)
    if window.journey.step != WELCOME:
        window.end_session("out_of_service")
    else:
        window.show_current()
    return screen


def put_back_in_service(window: KioskWindow) -> None:
    """The welcome screen again (the problems are gone)."""
    screen, window.out_of_service = window.out_of_service, None
    if screen is None:
        return
    window.show_current()
    window.stack.removeWidget(screen)
    screen.deleteLater()
