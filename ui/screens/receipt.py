"""Receipt: the Vorgangsnummer, a QR code of it, how far it got (saved on the terminal,
sent: submitted at FIT-Connect, or accepted by the office), and the satisfaction
question below them."""

from __future__ import annotations

# With the session's screens, after the first frame: importing it when the first
# receipt is drawn made the first citizen after a start wait ~80 ms more.
import qrcode

from kiosk.base.i18n import Message
from ui.bridges import SyncBridge
from ui.i18n import translate
from ui.qt import (
    QHBoxLayout,
    QImage,
    QLabel,
    QPainter,
    QPixmap,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.screens.base import Screen, page_layout, scrolling
from ui.screens.feedback import FeedbackPanel
from ui.widgets import button, label


def qr_pixmap(payload: str, size: int = 240) -> QPixmap:
    """Draw a QR code from the ``qrcode`` library's module matrix."""
    code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    n = len(matrix)
    scale = max(1, size // n)
    image = QImage(n * scale, n * scale, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * scale, y * scale, scale, scale, Qt.GlobalColor.black)
    painter.end()
    return QPixmap.fromImage(image)


class ReceiptScreen(Screen):
    step_name = "receipt"
    shows_back = False
    shows_cancel = False
    moreTime = Signal()

    def __init__(self, sync: SyncBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vorgangsnummer = ""
        self._qr_for = ""  # the number the QR code shows
        self.state = "queued"
        self.case_id: str | None = None
        self.payment_message: Message | None = None
        self.print_message: Message | None = None
        # In a scroll area: at 200 % text or with every way to pay, it may not fit.
        body = QWidget()
        layout = page_layout(body)
        self.heading = label(name="heading")
        layout.addWidget(self.heading)
        row = QHBoxLayout()
        text = QVBoxLayout()
        self.number_caption = label(name="subheading")
        self.number = label(name="vorgangsnummer")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.status = label()
        self.payment_line = label(name="subheading")  # how the fee was paid
        self.printed = label()  # whether the receipt was printed
        self.advice = label(name="subheading")
        for widget in (self.number_caption, self.number, self.payment_line, self.status,
                       self.printed):
            text.addWidget(widget)
        text.addStretch(1)
        row.addLayout(text, 1)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        row.addWidget(self.qr)
        layout.addLayout(row)
        # The advice (write the number down, or photograph the code) below both, across
        # the page: beside the code it took a third line in Ukrainian, and the receipt
        # no longer fitted the screen.
        layout.addWidget(self.advice)
        layout.addStretch(1)
        # The satisfaction question, below what the citizen came for (ui.statistics).
        self.feedback = FeedbackPanel()
        layout.addWidget(self.feedback)
        # How long the receipt stays, and more time to copy the number.
        bottom = QHBoxLayout()
        self.countdown = label(name="fieldHelp")
        bottom.addWidget(self.countdown, 1)
        self.more_time = button()
        self.more_time.clicked.connect(self.moreTime.emit)
        bottom.addWidget(self.more_time)
        bottom.addSpacing(24)
        self.done = button(name="primary")
        bottom.addWidget(self.done)
        layout.addLayout(bottom)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body))
        self.seconds_left = 0
        self._status_style = ""
        if sync is not None:  # the status line follows the sync worker
            sync.itemChanged.connect(self._item_changed)
        self.retranslate()

    def _item_changed(self, vorgangsnummer: str, state: str, case_id: object) -> None:
        if self.vorgangsnummer and vorgangsnummer == self.vorgangsnummer:
            self.set_state(state, case_id if isinstance(case_id, str) else None)

    def show_receipt(self, vorgangsnummer: str, payment: Message | None = None) -> None:
        """Show ``vorgangsnummer`` (and how the fee was paid), waiting to be sent; a
        receipt drawn already for the same (``ui.submit_step``) is left as it is."""
        if (vorgangsnummer, payment, self.print_message, self.state) \
                == (self.vorgangsnummer, self.payment_message, None, "queued"):
            return
        self.payment_message = payment
        self.print_message = None
        self.vorgangsnummer = vorgangsnummer
        self.number.setText(vorgangsnummer)
        if self._qr_for != vorgangsnummer:  # drawn already while the application was stored
            self.qr.setPixmap(qr_pixmap(vorgangsnummer))
            self._qr_for = vorgangsnummer
        self.qr.setAccessibleName(self.tr("QR code of your reference number"))
        self.set_state("queued", None)

    def set_state(self, state: str, case_id: str | None) -> None:
        self.state = state
        self.case_id = case_id
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Thank you! Your application has been received."))
        self.number_caption.setText(self.tr("Your reference number (Vorgangsnummer):"))
        self.advice.setText(self.tr("Please note the number or photograph the QR code. "
                                    "With this number the citizens' office can tell you "
                                    "how far your application is."))
        self.done.setText(self.tr("Finish"))
        self.more_time.setText(self.tr("More time"))
        self.feedback.retranslate()
        self.countdown.setText(self._closes_in(self.seconds_left) if self.seconds_left else "")
        self.payment_line.setText(translate(self.payment_message) if self.payment_message
                                  else "")
        self.printed.setText(translate(self.print_message) if self.print_message else "")
        # An empty line takes no room: the satisfaction question below keeps to the screen.
        self.payment_line.setVisible(self.payment_message is not None)
        self.printed.setVisible(self.print_message is not None)
        if self.state == "sent":  # the office's subscriber accepted it
            self.status.setObjectName("statusOk")
            self.status.setText(self.tr("Accepted by the citizens' office."))
        elif self.state == "submitted":  # at FIT-Connect; the office has not decided yet
            self.status.setObjectName("statusOk")
            self.status.setText(self.tr("Sent to the citizens' office."))
        elif self.state == "failed":
            self.status.setObjectName("statusError")
            self.status.setText(self.tr("Saved on this terminal. The office could not accept it "
                                        "automatically; the staff will take care of it."))
        else:
            self.status.setObjectName("statusWaiting")
            self.status.setText(self.tr("Saved on this terminal. It will be sent automatically "
                                        "as soon as the network is available."))
        if self.status.objectName() != self._status_style:  # the style sheet picks its colour
            self._status_style = self.status.objectName()
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)

    def _closes_in(self, seconds: int) -> str:
        """A count: each language's plural form for it ("1 Sekunde", "5 Sekunden")."""
        return self.tr("This screen closes in %n seconds.", "", seconds)

    def fit_text_scale(self, scale: float) -> None:
        self.feedback.fit_text_scale(scale)

    def show_countdown(self, seconds: int) -> None:
        self.seconds_left = seconds
        self.countdown.setText(self._closes_in(seconds))

    def show_printed(self, message: Message) -> None:
        self.print_message = message
        self.retranslate()

    def wipe(self) -> None:
        self.payment_message = self.print_message = None
        self.payment_line.clear()
        self.printed.clear()
        self.vorgangsnummer = ""
        self.seconds_left = 0
        self.countdown.clear()
        self.state = "queued"
        self.case_id = None
        self.number.clear()
        self.qr.clear()
        self._qr_for = ""
        self.feedback.reset()
