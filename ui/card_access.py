"""The panel that asks for a document's access key: CAN (ID card) or MRZ data (passport)."""

from __future__ import annotations

import re

from ui.qt import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget, Signal
from ui.widgets import button, label

_UNKNOWN = ("XX", "00", "--")  # how documents and citizens write an unknown day or month


def form_date_to_yymmdd(text: str) -> str | None:
    """'12.08.1964' -> '640812'; None when it is not a date as TT.MM.JJJJ.

    A day or month the document leaves open ('XX.08.1964', '00.00.1964') becomes
    '<<', as the MRZ prints it (the chip's key is derived from those characters).
    """
    m = re.fullmatch(r"\s*(\d{1,2}|XX|--)\.(\d{1,2}|XX|--)\.(\d{4})\s*", text.upper())
    if not m:
        return None
    day_text, month_text, year = m.group(1), m.group(2), int(m.group(3))
    day = None if day_text.zfill(2) in _UNKNOWN else int(day_text)
    month = None if month_text.zfill(2) in _UNKNOWN else int(month_text)
    if month is None and day is not None:
        return None  # a day without its month is no date
    if (day is not None and not 1 <= day <= 31) or (month is not None and not 1 <= month <= 12):
        return None
    mm = "<<" if month is None else f"{month:02d}"
    dd = "<<" if day is None else f"{day:02d}"
    return f"{year % 100:02d}{mm}{dd}"


class CardAccessPanel(QFrame):
    """Kind of document, then its key; ``readRequested`` carries the key parts."""

    readRequested = Signal(str, object)  # "can" -> str, "mrz" -> (number, birth, expiry)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        self.kind = "id"
        kinds = QHBoxLayout()
        self.id_button = button(name="choice", wrap=True)
        self.passport_button = button(name="choice", wrap=True)
        for btn, kind in ((self.id_button, "id"), (self.passport_button, "passport")):
            btn.setCheckable(True)
            btn.setAutoExclusive(True)
            btn.clicked.connect(lambda _c=False, k=kind: self.set_kind(k))
            kinds.addWidget(btn)
        layout.addLayout(kinds)
        self.hint = label(name="fieldHelp")
        layout.addWidget(self.hint)
        # ID card: the CAN with an on-screen keypad
        self.can_box = QWidget()
        can_layout = QHBoxLayout(self.can_box)
        can_layout.setContentsMargins(0, 0, 0, 0)
        self.can_edit = QLineEdit()
        self.can_edit.setObjectName("input-can")
        self.can_edit.setMaxLength(6)
        self.can_edit.setInputMask("")
        can_layout.addWidget(self.can_edit, 1)
        pad = QGridLayout()
        self.keys: dict[str, object] = {}
        for index, key in enumerate("123456789⌫0"):
            btn = button(key, name="keypad")
            btn.clicked.connect(lambda _c=False, k=key: self._key(k))
            pad.addWidget(btn, index // 3, index % 3)
            self.keys[key] = btn
        can_layout.addLayout(pad)
        layout.addWidget(self.can_box)
        # Passport: document number, date of birth, date of expiry
        self.passport_box = QWidget()
        grid = QGridLayout(self.passport_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.number_label, self.birth_label, self.expiry_label = label(), label(), label()
        self.number_edit, self.birth_edit, self.expiry_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for row, (lbl, edit, name) in enumerate((
                (self.number_label, self.number_edit, "document-number"),
                (self.birth_label, self.birth_edit, "birth-date"),
                (self.expiry_label, self.expiry_edit, "expiry-date"))):
            edit.setObjectName(f"input-{name}")
            grid.addWidget(lbl, row, 0)
            grid.addWidget(edit, row, 1)
        layout.addWidget(self.passport_box)
        actions = QHBoxLayout()
        self.status = label(name="fieldHelp")
        actions.addWidget(self.status, 1)
        self.read_button = button(name="primary")
        self.read_button.clicked.connect(self._read)
        actions.addWidget(self.read_button)
        layout.addLayout(actions)
        self.set_kind("id")
        self.retranslate()

    def retranslate(self) -> None:
        self.id_button.setText(self.tr("ID card or residence permit"))
        self.passport_button.setText(self.tr("Passport"))
        self.number_label.setText(self.tr("Document number"))
        self.birth_label.setText(self.tr("Date of birth (DD.MM.YYYY)"))
        self.expiry_label.setText(self.tr("Date of expiry (DD.MM.YYYY)"))
        self.read_button.setText(self.tr("Read the chip"))
        self._update_hint()

    def _update_hint(self) -> None:
        if self.kind == "id":
            self.hint.setText(self.tr("Please enter the 6-digit card access number. It is "
                                      "printed on the front of your ID card, bottom right."))
        else:
            self.hint.setText(" ".join((
                self.tr("Please enter the document number and the two dates as printed on "
                        "the photo page of your passport."),
                self.tr("If your date of birth is printed with XX for the day or month, "
                        "type XX there too."))))

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        self.id_button.setChecked(kind == "id")
        self.passport_button.setChecked(kind == "passport")
        self.can_box.setVisible(kind == "id")
        self.passport_box.setVisible(kind == "passport")
        self.status.clear()
        self._update_hint()

    def _key(self, key: str) -> None:
        text = self.can_edit.text()
        self.can_edit.setText(text[:-1] if key == "⌫" else (text + key)[:6])

    def _read(self) -> None:
        if self.kind == "id":
            can = self.can_edit.text().strip()
            if not re.fullmatch(r"[0-9]{6}", can):
                self.status.setText(self.tr("The card access number has exactly 6 digits."))
                return
            self.readRequested.emit("can", can)
            return
        number = re.sub(r"\s", "", self.number_edit.text()).upper()
        birth = form_date_to_yymmdd(self.birth_edit.text())
        expiry = form_date_to_yymmdd(self.expiry_edit.text())
        if not re.fullmatch(r"[A-Z0-9]{5,9}", number):
            self.status.setText(self.tr("Please enter the document number (letters and digits)."))
            return
        if birth is None or expiry is None:
            self.status.setText(self.tr("Please enter the dates as DD.MM.YYYY, for example "
                                        "24.03.1985."))
            return
        self.readRequested.emit("mrz", (number, birth, expiry))

    def wipe(self) -> None:
        for edit in (self.can_edit, self.number_edit, self.birth_edit, self.expiry_edit):
            edit.clear()
        self.status.clear()
