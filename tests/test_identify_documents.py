"""The identify screen with documents as they really are (pytest-qt, offscreen, no card
stack): a passport typed with an unknown day and month of birth gives the chip the MRZ's
'<'; a chip whose MRZ leaves the day and month open, or has no surname, prefills what
it gives and tells the citizen what to check; nothing escapes as an exception."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTest import QTest

from devices.cardreaders import ReaderState
from devices.icao.mrz import MrzKeys, check_digit, parse_mrz
from devices.icao.reader import DocumentRead
from forms.loader import load_form
from kiosk.base import chip_check
from kiosk.base.i18n import N_
from kiosk.identity import BIRTH_PARTIAL, BIRTH_UNREADABLE, NO_FAMILY_NAME
from kiosk.journey import IDENTITY_SECTION, Journey
from ui.bridges import ReaderBridge
from ui.card_access import form_date_to_yymmdd
from ui.i18n import translate
from ui.qt import QApplication, QLabel, Qt
from ui.screens.identify import IdentifyScreen

FORM = Path(__file__).resolve().parent.parent / "forms" / "definitions" / \
    "meldebescheinigung-einfach.json"
READER = "Fake reader 00 00"
CHIP_READ_NOTE = N_("IdentifyScreen", "Your details were read from the chip. Please check "
                    "them; you can still correct them.")


def td3(name_field: str, birth: str, expiry: str = "301031") -> str:
    line1 = ("P<UTO" + name_field).ljust(44, "<")
    num, opt = "L898902C<", "<" * 14
    line2 = (num + check_digit(num) + "UTO" + birth + check_digit(birth) + "F" + expiry
             + check_digit(expiry) + opt + check_digit(opt))
    return line1 + "\n" + line2 + check_digit(line2[0:10] + line2[13:20] + line2[21:43])


class Worker:
    """Stands in for the reader's worker thread: remembers the key it was given."""

    def __init__(self) -> None:
        self.keys: list[object] = []
        self.trust: list[dict[str, object]] = []

    def read(self, key: object, _listener: object, **trust: object) -> None:
        self.keys.append(key)
        self.trust.append(trust)


CSCA_DIR = Path("/etc/buergerbuero/csca")
ANCHOR = Path("/etc/buergerbuero/csca-germany.pem")


@pytest.fixture
def screen(qtbot, monkeypatch: pytest.MonkeyPatch) -> Iterator[IdentifyScreen]:  # type: ignore[no-untyped-def]
    bridge = ReaderBridge(csca_dir=CSCA_DIR, master_list_anchor=ANCHOR)
    worker = Worker()
    monkeypatch.setattr(bridge, "worker", lambda _reader: worker)
    form = load_form(FORM)
    journey = Journey("en")
    journey.begin("en")
    journey.choose_service(form.id, form)
    section = next(s for s in form.sections if s.id == IDENTITY_SECTION)
    made = IdentifyScreen(form, section, journey, bridge)
    made.worker_stub = worker  # type: ignore[attr-defined]
    qtbot.addWidget(made)
    made.show()
    bridge.readers_changed(ReaderState(True, (READER,), None, (READER,)))
    bridge.last_inserted = READER
    QApplication.processEvents()
    yield made
    bridge.shutdown()


def test_the_access_panel_takes_an_unknown_day_and_month_as_the_mrz_prints_them() -> None:
    assert form_date_to_yymmdd("XX.XX.1964") == "64<<<<"
    assert form_date_to_yymmdd("00.08.1964") == "6408<<"
    assert form_date_to_yymmdd("xx.08.1964") == "6408<<"
    assert form_date_to_yymmdd("12.08.1964") == "640812"
    assert form_date_to_yymmdd("12.XX.1964") is None  # a day without its month
    assert form_date_to_yymmdd("32.08.1964") is None


def test_a_passport_with_an_unknown_birth_day_is_read_with_the_printed_key(
        qtbot, screen: IdentifyScreen) -> None:  # type: ignore[no-untyped-def]
    QTest.mouseClick(screen.card_button, Qt.MouseButton.LeftButton)
    panel = screen.access
    QTest.mouseClick(panel.passport_button, Qt.MouseButton.LeftButton)
    panel.number_edit.setText("L898902C")
    panel.birth_edit.setText("XX.XX.1964")
    panel.expiry_edit.setText("31.10.2030")
    QTest.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    keys = screen.worker_stub.keys  # type: ignore[attr-defined]
    assert len(keys) == 1, panel.status.text()
    key = keys[0]
    assert isinstance(key, MrzKeys)
    assert key.key_seed_info() == parse_mrz(td3("ERIKSSON<<ANNA", "64<<<<")).keys() \
        .key_seed_info()
    assert screen.busy
    # every read checks the chip against the terminal's CSCA store
    assert screen.worker_stub.trust == [  # type: ignore[attr-defined]
        {"csca_dir": CSCA_DIR, "master_list_anchor": ANCHOR}]


def test_a_chip_that_is_not_verified_is_recorded_but_not_shown_to_the_citizen(
        qtbot, screen: IdentifyScreen) -> None:  # type: ignore[no-untyped-def]
    screen.busy = True
    result = DocumentRead("BAC", parse_mrz(td3("ERIKSSON<<ANNA", "640812")),
                          passive_authentication="invalid",
                          passive_authentication_reason=chip_check.DS_REVOKED,
                          passive_authentication_detail="document signer certificate revoked")
    screen.bridge.read_done(READER, result)
    qtbot.waitUntil(lambda: screen.prefilled_at is not None, timeout=5000)
    assert screen.journey.identity.detail[chip_check.STATUS_KEY] == chip_check.NOT_VERIFIED
    assert screen.journey.identity.detail[chip_check.REASON_KEY] == chip_check.DS_REVOKED
    # the citizen reads what every chip read says, nothing about the check
    assert screen.card_note.text() == translate(CHIP_READ_NOTE)
    clerk = [*chip_check.HEADLINE.values(), *chip_check.REASON.values()]
    shown = " ".join(w.text() for w in screen.findChildren(QLabel) if w.isVisibleTo(screen))
    assert not any(translate(m) in shown for m in clerk)
    assert "revoked" not in shown


@pytest.mark.parametrize(("name_field", "birth", "values", "notes"), [
    ("ERIKSSON<<ANNA", "64<<<<",
     {"family_name": "Eriksson", "given_names": "Anna", "date_of_birth": "00.00.1964"},
     [BIRTH_PARTIAL]),
    ("<<ANNA<MARIA", "6408<<",
     {"family_name": "", "given_names": "Anna Maria", "date_of_birth": "00.08.1964"},
     [BIRTH_PARTIAL, NO_FAMILY_NAME]),
    ("ERIKSSON<<ANNA", "641308",
     {"family_name": "Eriksson", "given_names": "Anna", "date_of_birth": ""},
     [BIRTH_UNREADABLE]),
])
def test_a_chip_that_gives_part_of_the_identity_prefills_it_and_says_what_to_check(
        qtbot, screen: IdentifyScreen, name_field: str, birth: str,  # type: ignore[no-untyped-def]
        values: dict[str, str], notes: list[object]) -> None:
    screen.busy = True
    result = DocumentRead("BAC", parse_mrz(td3(name_field, birth)))
    screen.bridge.read_done(READER, result)
    qtbot.waitUntil(lambda: screen.prefilled_at is not None, timeout=5000)
    assert not screen.busy
    for field_id, value in values.items():
        assert screen.fields[field_id].value() == value
    text = screen.card_note.text()
    assert screen.card_note.isVisibleTo(screen)
    for note in notes:
        assert translate(note) in text  # type: ignore[arg-type]
    # the date field accepts what the document gives: no error shown for it
    if values["date_of_birth"]:
        assert screen.fields["date_of_birth"].validate()
