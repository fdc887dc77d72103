"""The kiosk reads the emulated passport's chip and prefills the identity (real PC/SC stack)."""

from __future__ import annotations

import subprocess

from cardstack.mrzgen import td3
from helpers_sync import sender_settings
from sodgen import make_pki, make_sod, write_csca
from test_card_stack import MUELLER, UNKNOWN_DAY

from devices.cardreaders import ReaderMonitor
from devices.icao import tlv
from kiosk.identity import BIRTH_PARTIAL, NO_FAMILY_NAME
from sync.reference.server import stored_case
from ui.i18n import translate
from ui.screens.identify import IdentifyScreen
from ui.screens.receipt import ReceiptScreen
from ui.tools.journey import JourneyDriver, wait_until

PASSPORT = ("C01X00T47", "12.08.1964", "31.10.2030")


def _to_identify(kiosk) -> tuple[JourneyDriver, IdentifyScreen]:  # type: ignore[no-untyped-def]
    drive = JourneyDriver(kiosk.window)
    drive.choose_language("de")
    drive.choose_service("meldebescheinigung-einfach")
    screen = kiosk.window.current_screen()
    assert isinstance(screen, IdentifyScreen)
    return drive, screen


def _dg1(mrz: str) -> bytes:
    return tlv.encode(0x61, tlv.encode(0x5F1F, mrz.replace("\n", "").encode("ascii")))


def test_chip_prefills_identity_and_sources_reach_pdf(qtbot, kiosk_factory, intake,  # type: ignore[no-untyped-def]
                                                      card_stack, tmp_path) -> None:
    """The chip's EF.SOD (built here over its DG1) is checked against the terminal's CSCA
    store on the reader's thread; the office reads 'verified' in the PDF and the case."""
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path / "csca", csca)
    sod = tmp_path / "sod.bin"
    sod.write_bytes(make_sod({1: _dg1(MUELLER)}, ds_key, ds))
    card_stack.insert_passport(MUELLER, sod=sod)
    kiosk = kiosk_factory(intake.url, **sender_settings(intake), csca_dir=store)
    monitor = ReaderMonitor(kiosk.backend.readers)
    monitor.start()
    try:
        qtbot.waitUntil(lambda: card_stack.reader in kiosk.backend.readers.state.cards,
                        timeout=10_000)
        drive, screen = _to_identify(kiosk)
        assert drive.read_chip(passport=PASSPORT), screen.access.status.text()
        assert screen.fields["family_name"].value() == "Mueller"
        assert screen.fields["given_names"].value() == "Juergen"
        assert screen.fields["date_of_birth"].value() == "12.08.1964"
        # the citizen corrects the transliteration of the family name
        drive.fill({"family_name": "Müller"})
        drive.submit_from_identify()
        drive.pay("counter")
        qtbot.waitUntil(lambda: drive.screen == "receipt", timeout=20_000)
        receipt = kiosk.window.current_screen()
        assert isinstance(receipt, ReceiptScreen)
        qtbot.waitUntil(lambda: receipt.state == "sent", timeout=20_000)
        metadata, pdf = stored_case(intake.data_dir, receipt.case_id)  # type: ignore[misc]
        meta = metadata["metadata"]
        assert meta["identification"] == "chip-bac"
        assert meta["answers"]["family_name"] == "Müller"
        assert meta["answer_sources"] == {"family_name": "typed", "given_names": "chip",
                                          "date_of_birth": "chip"}
        assert meta["identity_document"]["nationality"] == "D"
        assert meta["identification_detail"]["passive_authentication"] == "verified"
        assert meta["identification_detail"]["passive_authentication_crl_checked"] == "no"
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "Quelle: Chip des Ausweisdokuments" in text
        assert "Quelle: Eingabe" in text
        flat = " ".join(text.split())
        assert "Chipprüfung (passive Authentisierung): bestätigt." in flat
        assert "keine Sperrliste des ausstellenden Staates" in flat
    finally:
        monitor.stop()


def test_a_refugee_travel_document_prefills_what_it_gives(qtbot, kiosk_factory,  # type: ignore[no-untyped-def]
                                                          card_stack) -> None:
    """No surname, day and month of birth unknown: the citizen types XX for them as
    printed, the chip opens, the form gets 00.00.1964 and says what to check."""
    card_stack.insert_passport(UNKNOWN_DAY)
    kiosk = kiosk_factory()
    monitor = ReaderMonitor(kiosk.backend.readers)
    monitor.start()
    try:
        qtbot.waitUntil(lambda: card_stack.reader in kiosk.backend.readers.state.cards,
                        timeout=10_000)
        drive, screen = _to_identify(kiosk)
        assert drive.read_chip(passport=("R1234567K", "XX.XX.1964", "31.10.2030")), \
            screen.access.status.text()
        assert screen.fields["family_name"].value() == ""
        assert screen.fields["given_names"].value() == "Amira"
        assert screen.fields["date_of_birth"].value() == "00.00.1964"
        assert screen.fields["date_of_birth"].validate()  # the citizen may confirm it
        note = screen.card_note.text()
        assert translate(BIRTH_PARTIAL) in note
        assert translate(NO_FAMILY_NAME) in note
        assert "00 steht für den Tag oder Monat" in note  # the German the citizen reads
    finally:
        monitor.stop()


def _reader_stays_empty(qtbot, kiosk, reader: str, seconds: float = 1.0,  # type: ignore[no-untyped-def]
                        tries: int = 10) -> None:
    """``reader`` without a card in the kiosk's view for ``seconds`` on end."""
    for _ in range(tries):
        qtbot.waitUntil(lambda: reader not in kiosk.backend.readers.state.cards,
                        timeout=10_000)
        qtbot.wait(int(seconds * 1000))
        if reader not in kiosk.backend.readers.state.cards:
            return
    raise AssertionError(f"{reader} kept reporting a card after the emulator stopped")


def test_wrong_dates_show_a_german_message_then_card_inserted_later_reads(  # type: ignore[no-untyped-def]
        qtbot, kiosk_factory, card_stack) -> None:
    other = td3("SCHAEFER", "HANS PETER", "C4K7Z1M2P", "D", "851203", "M", "330517")
    card_stack.insert_passport(other)
    kiosk = kiosk_factory()
    monitor = ReaderMonitor(kiosk.backend.readers)
    monitor.start()
    try:
        qtbot.waitUntil(lambda: card_stack.reader in kiosk.backend.readers.state.cards,
                        timeout=10_000)
        drive, screen = _to_identify(kiosk)
        assert not drive.read_chip(passport=("C4K7Z1M2P", "03.12.1985", "17.05.2034"),
                                   timeout_s=5)
        qtbot.waitUntil(lambda: not screen.busy, timeout=10_000)
        assert "Der Chip hat die eingegebenen Nummern nicht angenommen" in \
            screen.access.status.text()
        # take the card away, press 'read' with the right dates, then lay it on the reader
        card_stack.remove()
        qtbot.waitUntil(lambda: card_stack.reader not in kiosk.backend.readers.state.cards,
                        timeout=10_000)
        panel = screen.access
        for edit, text in zip((panel.number_edit, panel.birth_edit, panel.expiry_edit),
                              ("C4K7Z1M2P", "03.12.1985", "17.05.2033"), strict=True):
            edit.clear()
            drive.type_into(edit, text)
        # Still no card on the reader as 'read' is pressed, and for a whole second before:
        # in two loaded suite runs pcscd reported the stopped emulator's card again right
        # after it had gone (the assertion below lists the readers with a card if a card
        # is counted again after that second).
        _reader_stays_empty(qtbot, kiosk, card_stack.reader)
        drive.click(panel.read_button)
        assert "Bitte legen Sie Ihr Dokument jetzt" in panel.status.text(), \
            sorted(kiosk.backend.readers.state.cards)
        card_stack.insert_passport(other)
        assert wait_until(lambda: screen.prefilled_at is not None, 20), panel.status.text()
        assert screen.fields["family_name"].value() == "Schaefer"
        assert screen.fields["given_names"].value() == "Hans Peter"
        assert kiosk.window.journey.identity.identification == "chip-bac"
    finally:
        monitor.stop()


def test_id_card_with_can_on_the_keypad(qtbot, kiosk_factory, card_stack) -> None:  # type: ignore[no-untyped-def]
    from test_card_pace import ERIKA

    card_stack.insert_id_card(ERIKA, "507153")
    kiosk = kiosk_factory()
    monitor = ReaderMonitor(kiosk.backend.readers)
    monitor.start()
    try:
        qtbot.waitUntil(lambda: card_stack.reader in kiosk.backend.readers.state.cards,
                        timeout=10_000)
        drive, screen = _to_identify(kiosk)
        assert drive.read_chip(can="507153"), screen.access.status.text()
        assert screen.fields["family_name"].value() == "Mustermann"
        assert screen.fields["given_names"].value() == "Erika"
        assert screen.fields["date_of_birth"].value() == "12.08.1964"
        assert kiosk.window.journey.identity.identification == "chip-pace"
        # no CSCA store on this terminal: recorded as not checked, never as verified
        assert kiosk.window.journey.identity.detail == {
            "passive_authentication": "no_csca_store"}
        assert screen.access.can_edit.text() == ""  # the CAN is not kept
    finally:
        monitor.stop()
