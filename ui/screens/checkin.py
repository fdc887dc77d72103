"""Check in for an appointment, or take a waiting ticket without one; then the ticket.

Reached from the welcome screen ('Check in for an appointment'), in the terminal's
language (the header's language button offers the others). The citizen holds the
QR code of the confirmation under the scanner (a keyboard-wedge scanner types it:
``ui.checkin`` tells its burst from typing), shows it to the camera, or types the
code. A code that matches no appointment of today says so and offers the walk-in
ticket; the walk-in choice lists every service. ``ui.checkin`` does the work off the
GUI thread; these are views. Nothing here is kept after the screen closes.
"""

from __future__ import annotations

from typing import Final

from forms.loader import shipped_forms
from kiosk.appointments.desk import APPOINTMENT_AT, AREA, PLEASE_WAIT, TICKET_TITLE, YOUR_NUMBER
from kiosk.appointments.model import Ticket
from kiosk.base.i18n import N_, Message
from kiosk.services import CATALOGUE
from ui.i18n import translate
from ui.qt import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget, Signal
from ui.screens.base import Screen, page_layout, scrolling
from ui.screens.service import ServiceTile
from ui.widgets import button, label

HEADING: Final = N_("Appointment", "Check in for your appointment")
HOW: Final = N_("Appointment", "Hold the QR code of your appointment confirmation under the "
                "scanner, or type the code from the confirmation (for example 100044-57c2).")
CODE: Final = N_("Appointment", "Code from your confirmation")
CHECK_IN: Final = N_("Appointment", "Check in")
WORKING: Final = N_("Appointment", "One moment, please …")
NO_APPOINTMENT: Final = N_("Appointment", "No appointment: take a waiting ticket")
BACK: Final = N_("Appointment", "Back")
WALK_IN: Final = N_("Appointment", "Which service do you need? You will get a waiting ticket.")
PRINTING: Final = N_("Appointment", "Your ticket is being printed.")
PRINTED: Final = N_("Appointment", "Please take your ticket from the printer.")
NOT_PRINTED: Final = N_("Appointment", "The ticket could not be printed. Please remember your "
                        "number.")
OFFLINE: Final = N_("Appointment", "You are checked in. The display may take a few minutes "
                    "to show it.")
FINISH: Final = N_("Appointment", "Finish")


class CheckInScreen(Screen):
    """The code (scanned or typed), or the way to a walk-in ticket."""

    step_name = "checkin"
    shows_back = False
    shows_cancel = False
    codeEntered = Signal(str)
    walkInChosen = Signal(str)  # the service's id
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        self.how = label(name="subheading")
        self.code_label = label(name="fieldLabel")
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setMaxLength(120)
        self.code_label.setBuddy(self.code)
        self.code.returnPressed.connect(self._submit)
        self.check_in = button(name="primary")
        self.check_in.clicked.connect(self._submit)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.check_in)
        self.status = label(name="fieldHelp")
        self.walk_in = button(name="choice", wrap=True)
        self.walk_in.clicked.connect(lambda: self.show_services(True))
        self.services_caption = label(name="subheading")
        self._grid = QGridLayout()
        self._grid.setSpacing(14)
        self.tiles: dict[str, ServiceTile] = {}
        for index, service in enumerate(CATALOGUE):
            tile = ServiceTile(service.icon)
            tile.clicked.connect(lambda _c=False, sid=service.id: self.walkInChosen.emit(sid))
            self.tiles[service.id] = tile
            self._grid.addWidget(tile, index // 2, index % 2)
        self.back = button(name="choice")
        self.back.clicked.connect(self.closed.emit)
        for widget in (self.heading, self.how, self.code_label):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.walk_in)
        layout.addWidget(self.services_caption)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        layout.addWidget(self.back)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, follow_minimum=True))
        self._error: Message | None = None
        self.show_services(False)
        self.retranslate()

    def _submit(self) -> None:
        code = self.code.text().strip()
        if code:
            self.codeEntered.emit(code)

    def show_services(self, shown: bool) -> None:
        self.services_caption.setVisible(shown)
        for tile in self.tiles.values():
            tile.setVisible(shown)
        if shown:
            first = next(iter(self.tiles.values()), None)
            if first is not None:
                first.setFocus()

    def busy(self, working: bool) -> None:
        self.check_in.setEnabled(not working)
        self.code.setEnabled(not working)
        for tile in self.tiles.values():
            tile.setEnabled(not working)
        if working:
            self._error = None
            self.status.setObjectName("statusWaiting")
            self.status.setText(translate(WORKING))
            self._restyle()

    def refuse(self, message: Message) -> None:
        """Why the code was not taken; the walk-in ticket is one tap away."""
        self.busy(False)
        self._error = message
        self.status.setObjectName("fieldError")
        self.status.setText(translate(message))
        self._restyle()
        self.code.selectAll()
        self.code.setFocus()

    def _restyle(self) -> None:
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def entered(self) -> None:
        self.code.setFocus()

    def retranslate(self) -> None:
        self.heading.setText(translate(HEADING))
        self.how.setText(translate(HOW))
        self.code_label.setText(translate(CODE))
        self.code.setAccessibleName(translate(CODE))
        self.check_in.setText(translate(CHECK_IN))
        self.walk_in.setText(translate(NO_APPOINTMENT))
        self.services_caption.setText(translate(WALK_IN))
        self.back.setText(translate(BACK))
        if self._error is not None:
            self.status.setText(translate(self._error))
        elif self.status.objectName() != "statusWaiting":
            self.status.setText("")
        for service in CATALOGUE:
            self.tiles[service.id].show_texts(service_title(service.id), "", "")

    def wipe(self) -> None:
        """The typed code and the message go."""
        self.code.clear()
        self.code.setEnabled(True)
        self.check_in.setEnabled(True)
        for tile in self.tiles.values():
            tile.setEnabled(True)
        self._error = None
        self.status.setObjectName("fieldHelp")
        self.status.setText("")
        self.show_services(False)


def service_title(service_id: str) -> str:
    """The service's name in the current language (its form's title)."""
    form = shipped_forms().get(service_id)
    return translate(form.title) if form is not None else service_id


class TicketScreen(Screen):
    """The waiting number, large, with the counter area; the printed ticket's state."""

    step_name = "ticket"
    shows_back = False
    shows_cancel = False
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        body = QWidget()  # scrolls at 200 % text, as the receipt does
        layout = page_layout(body)
        self.heading = label(name="heading")
        self.caption = label(name="subheading")
        self.number = label(name="vorgangsnummer")
        self.area = label(name="subheading")
        self.time = label(name="subheading")
        self.wait = label(name="subheading")
        self.printing = label(name="statusWaiting")
        self.done = button(name="primary")
        self.done.clicked.connect(self.finished.emit)
        for widget in (self.heading, self.caption, self.number, self.area, self.time,
                       self.wait, self.printing):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.done)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, follow_minimum=True))
        self._ticket: Ticket | None = None
        self._printed: Message = PRINTING
        self.retranslate()

    def show_ticket(self, ticket: Ticket) -> None:
        self._ticket, self._printed = ticket, PRINTING
        self.printing.setVisible(True)
        self.printing.setObjectName("statusWaiting")
        self.retranslate()

    def entered(self) -> None:
        self.setFocus()  # nothing looks chosen at rest ('Finish' is one Tab away)

    def show_printed(self, printed: bool | None) -> None:
        """True printed, False failed, None no printer (the screen is the ticket)."""
        self._printed = {True: PRINTED, False: NOT_PRINTED, None: PRINTING}[printed]
        self.printing.setVisible(printed is not None)  # no printer: the screen is the ticket
        self.printing.setObjectName("statusError" if printed is False else "statusOk")
        self.printing.style().unpolish(self.printing)
        self.printing.style().polish(self.printing)
        self.retranslate()

    def retranslate(self) -> None:
        ticket = self._ticket
        self.heading.setText(translate(TICKET_TITLE))
        self.caption.setText(translate(YOUR_NUMBER))
        self.number.setText(ticket.number if ticket else "")
        self.number.setAccessibleName(f"{translate(YOUR_NUMBER)} {ticket.number}"
                                      if ticket else "")
        self.area.setText(translate(AREA.format(area=ticket.area))
                          if ticket and ticket.area else "")
        self.time.setText(translate(APPOINTMENT_AT.format(time=ticket.appointment_time))
                          if ticket and ticket.appointment_time else "")
        self.time.setVisible(bool(self.time.text()))
        self.wait.setText(translate(OFFLINE if ticket and ticket.offline else PLEASE_WAIT))
        self.printing.setText(translate(self._printed))
        self.done.setText(translate(FINISH))

    def wipe(self) -> None:
        """The number goes with the citizen."""
        self._ticket = None
        self.retranslate()
