"""The file field at the kiosk (pytest-qt, offscreen) with a real scan inbox folder:
take the newest scan off the GUI thread, preview, remove, refuse bad files with a
message, 'at the counter' without a scanner, and nothing left for the next citizen."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from helpers_files import image_bytes, pdf_bytes
from PySide6.QtTest import QTest

import devices.scaninbox as scaninbox
from devices.scaninbox import INBOX_UNAVAILABLE, NO_SCAN
from forms.answers import is_given
from forms.filecheck import FILE_DAMAGED, FILE_REQUIRED, FILE_TYPE
from forms.files import FileAnswer
from forms.loader import shipped_forms
from kiosk.base.errors import GENERIC_ERROR
from kiosk.journey import Journey
from ui.file_field import AT_COUNTER_TEXT, KINDS, describe_file
from ui.i18n import translate
from ui.qt import QLabel, Qt
from ui.scanner import Scanner
from ui.screens.review import ReviewScreen
from ui.screens.section import SectionScreen

FORM = shipped_forms()["bewohnerparkausweis"]


VEHICLE = next(s for s in FORM.sections if s.id == "vehicle")
FIELD_ID = "registration_certificate"


def _drop(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    finished = time.time() - 5  # the scanner finished writing a moment ago
    os.utime(path, (finished, finished))
    return path


@pytest.fixture
def scanner(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    made = Scanner(inbox)
    yield made
    made.shutdown()


def _screen(qtbot, session: Journey, scanner: Scanner | None) -> SectionScreen:  # type: ignore[no-untyped-def]
    screen = SectionScreen(FORM, VEHICLE, session, scanner=scanner)
    qtbot.addWidget(screen)
    screen.resize(1280, 1000)
    screen.show()
    screen.entered()
    return screen


def _take(qtbot, screen: SectionScreen) -> None:  # type: ignore[no-untyped-def]
    file_input = screen.fields[FIELD_ID].file
    assert file_input is not None
    QTest.mouseClick(file_input.take_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not file_input.busy, timeout=10_000)


def test_take_preview_remove_and_record(qtbot, scanner: Scanner, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    session = Journey("en")
    screen = _screen(qtbot, session, scanner)
    widget = screen.fields[FIELD_ID]
    file_input = widget.file
    assert file_input is not None
    assert file_input.take_button.isVisible()
    assert widget.focus_target is file_input.take_button
    assert scanner.directory is not None
    _drop(scanner.directory, "old scan.pdf", pdf_bytes())
    jpeg = image_bytes("JPEG", size=(640, 420))
    _drop(scanner.directory, "Zulassung.jpg", jpeg).touch()
    os.utime(scanner.directory / "Zulassung.jpg", (time.time() - 2,) * 2)
    _take(qtbot, screen)
    assert [p.name for p in scanner.directory.iterdir()] == ["old scan.pdf"]  # taken = gone
    answer = widget.value()
    assert isinstance(answer, FileAnswer)
    assert answer.data == jpeg
    assert answer.name == "Zulassung.jpg"
    assert file_input.file_row.isVisible()
    assert file_input.name.text() == "Zulassung.jpg"
    assert file_input.details.text().startswith(translate(KINDS["image/jpeg"]) + " · ")
    pixmap = file_input.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() <= 260
    assert pixmap.height() <= 190
    widget.grab().save(str(tmp_path / "file-field.png"))
    assert (tmp_path / "file-field.png").stat().st_size > 1000
    screen.fields["registration_number"].set_value("MZ-AB 123")
    for fid in ("vehicle_holder", "zone"):
        QTest.mouseClick(next(iter(screen.fields[fid].choice.buttons.values())),  # type: ignore[union-attr]
                         Qt.MouseButton.LeftButton)
    assert screen.accept()
    assert session.answers[FIELD_ID] == answer
    # The review lists name, kind and size, never the bytes.
    review = ReviewScreen(FORM, session)
    qtbot.addWidget(review)
    review.entered()
    shown = review.values[FIELD_ID].text()
    assert shown == describe_file(answer)
    assert shown.startswith("Zulassung.jpg (")
    assert shown.endswith(" KB)")
    assert len(shown) < 60
    # The next scan is the older PDF: shown by name and size.
    _take(qtbot, screen)
    assert file_input.name.text() == "old scan.pdf"
    assert file_input.preview.text() == "PDF"
    QTest.mouseClick(file_input.remove_button, Qt.MouseButton.LeftButton)
    assert not is_given(widget.value())
    assert not file_input.file_row.isVisible()


def test_the_inbox_is_read_on_its_own_thread(qtbot, scanner: Scanner) -> None:  # type: ignore[no-untyped-def]
    import threading

    seen: list[str] = []
    scanner.run(lambda _directory: threading.current_thread().name, seen.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0].startswith("scan-inbox")
    assert threading.current_thread() is threading.main_thread()


def test_bad_scans_and_an_empty_inbox_say_what_to_do(qtbot, scanner: Scanner) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, Journey("en"), scanner)
    widget = screen.fields[FIELD_ID]
    _take(qtbot, screen)
    assert widget.error.isVisible()
    assert widget.error.text() == translate(NO_SCAN)
    assert scanner.directory is not None
    _drop(scanner.directory, "broken.jpg", image_bytes("JPEG")[:-400])
    _take(qtbot, screen)
    assert widget.error.text() == translate(FILE_DAMAGED)
    assert not is_given(widget.value())
    assert list(scanner.directory.iterdir()) == []  # refused, and still not left behind
    _drop(scanner.directory, "letter.txt", b"Sehr geehrte Damen und Herren")
    _take(qtbot, screen)
    assert widget.error.text() == translate(FILE_TYPE.format(kinds="JPEG, PNG, PDF"))
    _drop(scanner.directory, "good.png", image_bytes("PNG"))
    _take(qtbot, screen)
    assert not widget.error.isVisible()
    assert is_given(widget.value())


def test_without_a_scanner_a_required_file_goes_to_the_counter(qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    required = replace(FORM.field(FIELD_ID), required=True)
    section = replace(VEHICLE, fields=(required,))
    session = Journey("en")
    screen = SectionScreen(FORM, section, session, scanner=None)
    qtbot.addWidget(screen)
    screen.show()
    screen.entered()
    file_input = screen.fields[FIELD_ID].file
    assert file_input is not None
    assert not file_input.take_button.isVisible()
    assert file_input.status.text() == file_input.tr(
        "This terminal has no scanner. Tap 'I will hand it in at the counter' and give the "
        "document to the staff.")
    assert screen.fields[FIELD_ID].focus_target is file_input.counter_button
    assert not screen.accept()
    assert screen.fields[FIELD_ID].error.text() == translate(FILE_REQUIRED)
    QTest.mouseClick(file_input.counter_button, Qt.MouseButton.LeftButton)
    assert screen.accept()
    answer = session.answers[FIELD_ID]
    assert isinstance(answer, FileAnswer)
    assert answer.at_counter
    assert file_input.status.text() == file_input.tr(
        "Please give the document to the staff at the counter.")
    review = ReviewScreen(FORM, session)
    qtbot.addWidget(review)
    review.entered()
    assert review.values[FIELD_ID].text() == translate(AT_COUNTER_TEXT)


def test_review_shows_the_fee_exemptions(qtbot) -> None:  # type: ignore[no-untyped-def]
    review = ReviewScreen(FORM, Journey("en"))
    qtbot.addWidget(review)
    review.show()
    assert review.exemptions.isVisible()
    listed = "; ".join(translate(e.label) for e in FORM.fee_exemptions)
    assert "Schwerbehindertenausweis mit Merkzeichen G oder aG" in listed \
        or "Disability card marked G or aG" in listed
    assert review.exemptions.text() == review.tr(
        "Exemption or reduction possible for: {list}").replace("{list}", listed)
    texts = [w.text() for w in review.findChildren(QLabel)]
    assert texts.index(review.fee.text()) < texts.index(review.exemptions.text())
    plain = ReviewScreen(shipped_forms()["meldebescheinigung-einfach"], Journey("en"))
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.exemptions.isVisible()


def test_session_end_empties_the_inbox(qtbot, kiosk_factory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    inbox = tmp_path / "scans"
    inbox.mkdir()
    kiosk = kiosk_factory(scan_dir=inbox)
    qtbot.waitUntil(lambda: kiosk.backend.scanner.pending == 0, timeout=10_000)
    _drop(inbox, "forgotten.pdf", pdf_bytes())
    _drop(inbox, ".partial-scan", b"x")
    kiosk.window.end_session("cancelled")
    qtbot.waitUntil(lambda: not any(inbox.iterdir()), timeout=10_000)


def test_an_unexpected_failure_reading_the_inbox_says_what_to_do(  # type: ignore[no-untyped-def]
        qtbot, scanner: Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(directory: Path, limit: int, *, now: float | None = None) -> object:
        raise ValueError("not an error the inbox knows")

    monkeypatch.setattr(scaninbox, "take_newest", broken)
    screen = _screen(qtbot, Journey("en"), scanner)
    widget = screen.fields[FIELD_ID]
    file_input = widget.file
    assert file_input is not None
    _take(qtbot, screen)
    assert widget.error.text() == translate(INBOX_UNAVAILABLE)
    assert file_input.take_button.isEnabled()
    assert not is_given(widget.value())


def test_an_unexpected_failure_checking_the_scan_is_shown_not_stuck(  # type: ignore[no-untyped-def]
        qtbot, scanner: Scanner, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.file_field

    def broken(name: str, data: bytes) -> object:
        raise RuntimeError("a bug in the checks")

    monkeypatch.setattr(ui.file_field, "received_file", broken)
    screen = _screen(qtbot, Journey("en"), scanner)
    widget = screen.fields[FIELD_ID]
    assert scanner.directory is not None
    _drop(scanner.directory, "good.png", image_bytes("PNG"))
    _take(qtbot, screen)
    assert widget.error.text() == translate(GENERIC_ERROR)
    assert widget.file is not None
    assert widget.file.take_button.isEnabled()


def test_a_take_after_the_scanner_stopped_is_not_stuck(qtbot, scanner: Scanner) -> None:  # type: ignore[no-untyped-def]
    screen = _screen(qtbot, Journey("en"), scanner)
    widget = screen.fields[FIELD_ID]
    _take(qtbot, screen)
    assert widget.error.text() == translate(NO_SCAN)
    scanner.shutdown()  # the kiosk is stopping while the citizen taps
    _take(qtbot, screen)
    assert widget.file is not None
    assert not widget.file.busy
    assert widget.error.text() == translate(GENERIC_ERROR)

