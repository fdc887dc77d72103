"""The counter tablet's screens as the citizen and the clerk see them (no signing here).

The pairing code stays off the citizen's side until staff hold "For staff" and goes
again by itself; the document is as wide as the view, with page navigation only for
several pages; the signer reads a field's label, never its internal name; every
control is large enough for a finger and has a name for assistive technology.
"""

from __future__ import annotations

import pytest
from helpers_signing import pdf_with_fields, plain_pdf
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QApplication, QLabel, QWidget

from kiosk.settings import Settings
from kiosk.tablet.fields import resolve_fields
from kiosk.tablet.jobs import CANCELLED, REFUSED, FieldSpec, Job, JobQueue
from kiosk.tablet.server import Pairing
from ui.i18n import set_language
from ui.qt import QBoxLayout, QPoint, Qt
from ui.qtapp import create_qt_app
from ui.signature_pad import SignaturePad
from ui.tablet import TabletWindow
from ui.tablet_document import PAGE_GAP

MIN_TARGET = 44  # px, WCAG 2.5.5 / EN 301 549 for touch


@pytest.fixture
def window(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.styleSheet()
    create_qt_app()  # the kiosk's style sheet, as `buergerbuero tablet` has it
    settings = Settings(data_dir=tmp_path / "tablet", place="Musterstadt",
                        office_name="Bürgerbüro Mitte")
    made = TabletWindow(settings, JobQueue(), Pairing())
    qtbot.addWidget(made)
    made.resize(1280, 900)
    made.show()
    qtbot.waitExposed(made)
    yield made
    made.shutdown()
    app.setStyleSheet(before)


def show(qtbot, window: TabletWindow, pdf: bytes,  # type: ignore[no-untyped-def]
         *fields: FieldSpec) -> Job:
    if window.job is not None:
        window.refuse()
    job = Job(pdf=pdf, fields=fields or (FieldSpec("Unterschrift", 0, (72, 90, 272, 170)),),
              title="Antrag", signer_name="Erika Mustermann")
    window.queue.submit(job)
    qtbot.waitUntil(lambda: window.job is job, timeout=5_000)
    return job


def visible_texts(window: TabletWindow) -> list[str]:
    """Everything a person or a screen reader can read on the screen now."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        texts += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
    return [t for t in texts if t]


def interactive(window: TabletWindow) -> list[QWidget]:
    return [w for w in window.findChildren(QWidget) if w.isVisible()
            and (isinstance(w, (QAbstractButton, QAbstractSlider, SignaturePad))
                 or w.focusPolicy() != Qt.FocusPolicy.NoFocus)]


def page_extent(image: QImage, y: int) -> tuple[int, int]:
    """The first and last column of row ``y`` that is not the gap around the pages."""
    gap = QColor(PAGE_GAP)
    columns = [x for x in range(image.width()) if image.pixelColor(x, y) != gap]
    return (columns[0], columns[-1]) if columns else (-1, -1)


# -- the pairing code -------------------------------------------------------------------

def test_pairing_code_only_on_the_clerks_request_and_gone_again(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    panel = window.code_panel
    panel.hold_ms, panel.shown_s = 300, 2
    code = window.pairing.code
    assert not any(code in t for t in visible_texts(window))  # the citizen's side
    assert window.code_panel.staff_button.isVisible()

    QTest.mouseClick(panel.staff_button, Qt.MouseButton.LeftButton)  # a tap shows only how
    assert panel.hint.isVisible()
    assert not panel.is_shown()
    assert not any(code in t for t in visible_texts(window))

    QTest.mousePress(panel.staff_button, Qt.MouseButton.LeftButton)  # staff hold it
    qtbot.waitUntil(panel.is_shown, timeout=2_000)
    QTest.mouseRelease(panel.staff_button, Qt.MouseButton.LeftButton)
    assert panel.code.isVisible()
    assert code in panel.code.text()
    assert not panel.staff_button.isVisible()
    assert panel.hide_button.isVisible()
    assert str(panel.remaining) in panel.countdown.text()
    qtbot.waitUntil(lambda: not panel.is_shown(), timeout=4_000)  # by itself, after shown_s
    assert not any(code in t for t in visible_texts(window))
    assert panel.code.text() == ""
    assert panel.staff_button.isVisible()
    assert not panel.staff_button.isDown()

    panel.show_code()
    QTest.mouseClick(panel.hide_button, Qt.MouseButton.LeftButton)  # the clerk hides it
    assert not any(code in t for t in visible_texts(window))

    panel.staff_button.setFocus()  # a keyboard: hold Space on the focused button
    QTest.keyPress(panel.staff_button, Qt.Key.Key_Space)
    qtbot.waitUntil(panel.is_shown, timeout=2_000)
    QTest.keyRelease(panel.staff_button, Qt.Key.Key_Space)
    token = window.pairing.pair(code, "127.0.0.1", "Schalter 1")
    assert isinstance(token, str)  # the clerk paired: the code is used up
    qtbot.waitUntil(lambda: not panel.is_shown(), timeout=2_000)
    assert not any(code in t or window.pairing.code in t for t in visible_texts(window))
    assert window.pairing.client(token, "127.0.0.1") is not None

    panel.show_code()  # staff forget every paired workstation: the token stops working
    assert panel.forget_button.isVisible()
    QTest.mouseClick(panel.forget_button, Qt.MouseButton.LeftButton)
    assert window.pairing.client(token, "127.0.0.1") is None
    assert not panel.is_shown()

    panel.show_code()  # a document arrives while it shows: gone, and not back afterwards
    show(qtbot, window, plain_pdf(1))
    window.refuse()
    assert window.stack.currentWidget() is window.neutral
    assert not panel.is_shown()
    assert not any(window.pairing.code in t for t in visible_texts(window))


# -- the document ------------------------------------------------------------------------

def test_page_navigation_only_for_several_pages_and_it_works(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    document = window.document
    show(qtbot, window, plain_pdf(1))
    assert document.page_count() == 1
    assert not document.pages.isVisible()
    assert not document.prev_page.isVisible()
    assert not document.next_page.isVisible()
    assert not window.where.isVisible()  # no "page 1 of the document" for a single page

    show(qtbot, window, plain_pdf(3))
    assert document.pages.isVisible()
    assert document.page_label.isVisible()
    assert window.page() == 0
    assert document.page_label.text() == "Page 1 of 3"
    assert not document.prev_page.isEnabled()
    assert document.next_page.isEnabled()
    bar = window.view.verticalScrollBar()
    top = bar.value()
    QTest.mouseClick(document.next_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.page() == 1)
    assert document.page_label.text() == "Page 2 of 3"
    assert bar.value() > top
    QTest.mouseClick(document.next_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.page() == 2)
    assert document.page_label.text() == "Page 3 of 3"
    assert not document.next_page.isEnabled()
    assert document.prev_page.isEnabled()
    QTest.mouseClick(document.prev_page, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.page() == 1)
    bar.setValue(0)  # scrolling by finger or scroll bar moves the page number too
    qtbot.waitUntil(lambda: document.page_label.text() == "Page 1 of 3")

    show(qtbot, window, plain_pdf(3), FieldSpec("Unterschrift", 2, (72, 90, 272, 170)))
    assert window.page() == 2  # the field's page comes first
    assert window.where.isVisible()
    assert "3" in window.where.text()
    window.refuse()
    assert not document.pages.isVisible()
    assert document.page_count() == 0


def test_the_page_is_as_wide_as_the_view(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, window, plain_pdf(2))
    view, document = window.view, window.document

    def extent() -> tuple[int, int, int]:
        qtbot.wait(50)  # the page is rendered on a thread
        image = view.viewport().grab().toImage()
        return (*page_extent(image, 20), image.width())

    for size in ((1280, 900), (1024, 768), (1920, 1200)):
        window.resize(*size)
        qtbot.waitUntil(lambda: extent()[0] == 0, timeout=5_000)  # the page is drawn
        left, right, width = extent()
        assert left <= 3, (size, left, right, width)
        assert right >= width - 4, (size, left, right, width)
        assert view.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
        assert view.width() >= 0.5 * window.width()  # and the view is the screen's larger part
    # between the two pages the gap's colour fills the row: the check above can fail
    view.verticalScrollBar().setValue(document._page_heights()[0] + 4)
    qtbot.wait(100)
    gap = view.viewport().grab().toImage()
    assert page_extent(gap, 4) == (-1, -1)

    document.zoom(1.25)  # larger: wider than the view, sideways scrolling
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0, timeout=2_000)
    assert document.zoom_out.isEnabled()
    document.zoom(0.1)  # never narrower than the view: back to fit-to-width
    assert document.zoom_level() == 1.0
    assert not document.zoom_out.isEnabled()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0, timeout=2_000)


def test_portrait_puts_the_pad_below_the_document(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, window, plain_pdf(3))
    assert window.content.direction() == QBoxLayout.Direction.LeftToRight
    window.resize(900, 1400)
    qtbot.waitUntil(lambda: window.content.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: window.pad.mapTo(window, QPoint(0, 0)).y()
                    > window.document.mapTo(window, QPoint(0, window.document.height())).y())


# -- what is signed ----------------------------------------------------------------------

def test_the_signer_never_reads_an_internal_field_name(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    set_language("de")
    window.retranslate()
    pdf = pdf_with_fields(1, (("Unterschrift_Empfang", 0, (72, 90, 272, 170)),))
    show(qtbot, window, pdf, *resolve_fields(pdf, []))  # as the hot folder does
    texts = visible_texts(window)
    assert not any("Unterschrift_Empfang" in t for t in texts), texts
    assert window.instruction.text() == "Ihre Unterschrift"

    show(qtbot, window, plain_pdf(2),
         FieldSpec("Unterschrift_Empfang", 1, (72, 90, 272, 170),
                   "Unterschrift der Antragstellerin"),
         FieldSpec("sig_2", 1, (320, 90, 520, 170)))
    texts = visible_texts(window)
    assert not any("Unterschrift_Empfang" in t or "sig_2" in t for t in texts), texts
    assert window.instruction.text() == "Unterschrift 1 von 2: Unterschrift der Antragstellerin"
    assert window.where.text() == "Diese Unterschrift gehört auf Seite 2 des Dokuments."


def test_words_and_how_a_document_ended(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    set_language("de")
    window.retranslate()
    assert window.waiting_title.text() == "Unterschrift am Schalter"
    assert not any("Tablett" in t for t in visible_texts(window))  # a tray, not a pad
    assert not window.status.isVisible()
    assert not window.footer.isVisible()

    show(qtbot, window, plain_pdf(1))
    assert window.footer.isVisible()
    assert not any("Tablett" in t for t in visible_texts(window))
    QTest.mouseClick(window.refuse_button, Qt.MouseButton.LeftButton)
    assert window.outcome == REFUSED
    assert window.status.isVisible()
    assert window.status.text() == ("Das Dokument wurde nicht unterschrieben. "
                                    "Die Sachbearbeitung ist informiert.")
    job = show(qtbot, window, plain_pdf(1))
    assert not window.status.isVisible()  # the next citizen does not read it
    window.queue.cancel(job.id)
    qtbot.waitUntil(lambda: window.outcome == CANCELLED)
    assert "zurückgenommen" in window.status.text()
    assert not any("Erika" in t or t == "Antrag" for t in visible_texts(window))
    window._outcome_timer.timeout.emit()  # after a while the neutral screen is neutral again
    assert not window.status.isVisible()
    assert window.outcome is None


# -- for everyone ------------------------------------------------------------------------

def check_controls(window: TabletWindow) -> list[str]:
    problems = []
    for widget in interactive(window):
        what = f"{type(widget).__name__}#{widget.objectName()} {widget.size().toTuple()}"
        if widget.width() < MIN_TARGET or widget.height() < MIN_TARGET:
            problems.append(f"small: {what}")
        accessible = QAccessible.queryAccessibleInterface(widget)
        if accessible is None or not accessible.text(QAccessible.Text.Name).strip():
            problems.append(f"unnamed: {what}")
    return problems


def test_every_control_is_large_and_named(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen: set[str] = set()
    assert check_controls(window) == []  # waiting
    seen.update(type(w).__name__ for w in interactive(window))
    window.code_panel.show_code()
    assert check_controls(window) == []
    seen.update(type(w).__name__ for w in interactive(window))
    for pages in (1, 3):
        show(qtbot, window, plain_pdf(pages))
        qtbot.wait(50)
        assert check_controls(window) == [], pages
        seen.update(type(w).__name__ for w in interactive(window))
    window.zoom(2.0)  # the sideways scroll bar too
    qtbot.waitUntil(lambda: window.view.horizontalScrollBar().isVisible(), timeout=2_000)
    assert check_controls(window) == []
    assert {"QPushButton", "QScrollBar", "QPdfView", "SignaturePad"} <= seen


def test_focus_is_visible(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    show(qtbot, window, plain_pdf(3))
    for widget in (window.confirm_button, window.document.next_page, window.view):
        window.setFocus()
        qtbot.wait(20)
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        qtbot.wait(20)
        assert widget.grab().toImage() != before, widget.objectName()
