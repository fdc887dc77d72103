"""The signed application as an A4 PDF (reportlab).

The document shows the office, the form's title, the Vorgangsnummer (as text
and as a QR code), every answer by section, the fee, the declaration and the
handwritten signature as vector strokes; files the citizen handed in are listed
and drawn or embedded (``forms.pdf_files``). Text is set in DejaVu Sans, embedded,
so every umlaut, ß and accented letter prints. The PDF's metadata holds the
form title, the office and the Vorgangsnummer only, never personal data; the
QR code holds the Vorgangsnummer only.

The document is for the office, so it is German (``OFFICE_LANGUAGE``) whatever
language the citizen used: labels, choices and code lists by their German texts,
answers the citizen typed as typed. A line names the citizen's language (in German,
"Antrag gestellt auf: Türkisch"); the JSON attachment carries its tag. The citizen's
receipt is in their language (``kiosk.payment.receipt``).

reportlab and qrcode are imported here (and in ``forms.pdf_files``, ``forms.pdf_marks``,
``forms.pdf_text``) only, so ``import forms`` stays cheap.
"""

from __future__ import annotations

import functools
import io
import json
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from forms.answers import Entries, is_given
from forms.display import display, entry_lines, format_amount
from forms.files import FileAnswer
from forms.pdf_files import embedded_files, file_cell
from forms.pdf_marks import draw_qr, draw_title
from forms.pdf_text import draw_line, paragraph
from forms.pdfa import ATTACHMENT_NAME, finish_pdfa
from forms.record import ApplicationRecord
from forms.signing.ink import draw_on_canvas
from kiosk.base.catalogue import german_language_name, text
from kiosk.base.chip_check import clerk_lines
from kiosk.base.i18n import N_, OFFICE_LANGUAGE, Message

FONT_DIR: Final = Path(__file__).resolve().parent.parent / "assets" / "fonts"
FONT: Final = "DejaVuSans"
FONT_BOLD: Final = "DejaVuSans-Bold"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: Final = 20 * mm  # left and right
TOP_MARGIN: Final = 16 * mm
BOTTOM_MARGIN: Final = 12 * mm
CONTENT_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT: Final = 44 * mm
FOOTER_HEIGHT: Final = 12 * mm
QR_SIZE: Final = 30 * mm
SIGNATURE_BOX: Final = (80 * mm, 24 * mm)
INK: Final = colors.HexColor("#1a1a1a")
MUTED: Final = colors.HexColor("#5a5a5a")
RULE: Final = colors.HexColor("#b4b4b4")
SHADE: Final = colors.HexColor("#f0f0f0")
EMPTY_ANSWER: Final = "—"

# The document's own texts (the form's come from its definition), from the catalogue;
# printed in German (the office's language), translated for the catalogue's completeness.
KIND: Final = N_("PDF", "Application")
# In which language the citizen made the application (its name in German).
MADE_IN: Final = N_("PDF", "Application made in: {language}")
VORGANGSNUMMER: Final = N_("PDF", "Case number (Vorgangsnummer)")
VORGANG_HINT: Final = N_("PDF", "Please quote it in any enquiry.")
FEE: Final = N_("PDF", "Fee")
LEGAL_BASIS: Final = N_("PDF", "Legal basis: {basis}")
EXEMPTIONS: Final = N_("PDF", "Exemption or reduction possible for: {list}")
# The payment lines (forms.payment): how the fee was paid, and its reference.
PAYMENT_STATUS: Final = {
    "paid": N_("PDF", "Paid: {method}, {amount} (transaction {transaction})"),
    "not_paid": N_("PDF", "Not paid yet: the fee is due at the counter."),
    "not_required": N_("PDF", "No fee to pay."),
    "pending_transfer": N_("PDF", "Payment by bank transfer pending."),
    "pay_at_counter": N_("PDF", "To pay at the counter."),
    "exemption_claimed": N_("PDF", "Fee exemption claimed: {exemption} (to be checked at the "
                            "counter)."),
}
PAYMENT_METHOD: Final = {
    "card": N_("PDF", "card at the terminal"), "paypage": N_("PDF", "online (paypage)"),
    "transfer": N_("PDF", "bank transfer"), "counter": N_("PDF", "at the counter"),
    "exemption": N_("PDF", "exemption"), "none": N_("PDF", "none"),
}
PAYMENT_REFERENCE: Final = N_("PDF", "Payment reference (Kassenzeichen): {reference}")
DECLARATION: Final = N_("PDF", "I declare that the information given is correct and complete.")
SIGNATURE: Final = N_("PDF", "Signature of the applicant: confirms the declaration above")
PLACE_DATE: Final = N_("PDF", "Place, date")
# What the citizen's signature confirms (the PDF signature's /Reason, in the document's
# language, German) and the counter's planned signature: its printed label and its reason.
APPLICANT_REASON: Final = N_("PDF", "Signature of the applicant: confirms the declaration "
                             "and the application {vorgangsnummer}")
COUNTER_LABEL: Final = N_("PDF", "At the counter: the applicant confirms this application in "
                          "person, after the staff checked the identity (signed on the counter "
                          "tablet; name, place and time appear with the signature)")
COUNTER_REASON: Final = N_("PDF", "Signature at the counter: the applicant confirms the "
                           "application {vorgangsnummer} in person")
SUMMARY: Final = N_("PDF", "You sign: {title} · case number {vorgangsnummer} · {pages} · fee "
                    "{fee}")
SUMMARY_PAGES: Final = N_("PDF", "the answers on pages 1 to {last}")
SUMMARY_PAGE: Final = N_("PDF", "the answers on page 1")
SEPA_TITLE: Final = N_("PDF", "SEPA direct debit mandate")
SEPA_CREDITOR: Final = N_("PDF", "Creditor")
SEPA_CREDITOR_ID: Final = N_("PDF", "Creditor identifier")
SEPA_REFERENCE: Final = N_("PDF", "Mandate reference")
SEPA_HOLDER: Final = N_("PDF", "Account holder")
SEPA_IBAN: Final = N_("PDF", "IBAN")
SEPA_SIGNED: Final = N_("PDF", "The signature below also signs this mandate (a recurrent "
                        "mandate is not given: it is for this fee only).")
TERMINAL: Final = N_("PDF", "Submitted at self-service terminal {terminal}")
PAGE: Final = N_("PDF", "Page {page} of {pages}")
SOURCE_CHIP: Final = N_("PDF", "Source: identity document chip")
SOURCE_TYPED: Final = N_("PDF", "Source: typed in")
# For the office: the chip's passive authentication (kiosk.base.chip_check).
CHIP_CHECK: Final = N_("PDF", "For the office")


class _Texts:
    """The document's language (the office's): a text of the catalogue in it."""

    language: Final = OFFICE_LANGUAGE

    def __call__(self, message: Message) -> str:
        return text(message, self.language)


@dataclass(frozen=True)
class SignatureBox:
    """Where the signature box sits: page index (0-based) and its rectangle in PDF points."""

    page: int
    x1: float
    y1: float
    x2: float
    y2: float
    line: float = 0.0  # the printed signature line's height above y1


@dataclass(frozen=True)
class SignatureLayout:
    """The applicant's box (signed at the terminal) and the counter's (planned, empty)."""

    applicant: SignatureBox
    counter: SignatureBox


def render_application_pdf(doc: ApplicationRecord) -> bytes:
    """The application as a PDF/A-3b file with its data attached as JSON."""
    return render_application_pdf_with_layout(doc)[0]


def render_application_pdf_with_layout(
        doc: ApplicationRecord, *, draw_ink: bool = True) -> tuple[bytes, SignatureLayout]:
    """The PDF and where its signature boxes are.

    ``draw_ink=False`` leaves the box empty (line, place, date and name stay):
    for a signature field placed on the box whose appearance shows the ink.
    """
    pages, box = _render_pages(doc, draw_ink=draw_ink)
    data = json.dumps(doc.as_json(), ensure_ascii=False, sort_keys=True, indent=1)
    files = embedded_files(doc.form, doc.answers, OFFICE_LANGUAGE)
    pdf = finish_pdfa(pages, attachment=data.encode("utf-8"), created=doc.signed_at,
                      description=f"{doc.form.id} {doc.vorgangsnummer}", files=files)
    return pdf, box


def read_application_data(pdf: bytes) -> dict[str, Any]:
    """The JSON attachment of an application PDF (``ApplicationRecord.as_json``)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as document:
        raw = document.attachments[ATTACHMENT_NAME].get_file().read_bytes()
    result: dict[str, Any] = json.loads(raw)
    return result


def _render_pages(doc: ApplicationRecord, *,
                  draw_ink: bool = True) -> tuple[bytes, SignatureLayout]:
    """The pages as reportlab writes them (before the archive finish), and the box."""
    _register_fonts()
    chrome = _Texts()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=chrome(doc.form.title),
        author=doc.office_name,
        subject=doc.vorgangsnummer,
        creator="Bürgerbüro Kiosk",
        keywords="",
        invariant=1,  # no random document id; the date is the signature's (below)
        initialFontName=FONT,
        initialFontSize=10,
    )
    body_height = PAGE_HEIGHT - TOP_MARGIN - BOTTOM_MARGIN - FOOTER_HEIGHT
    first = Frame(MARGIN, BOTTOM_MARGIN + FOOTER_HEIGHT, CONTENT_WIDTH,
                  body_height - HEADER_HEIGHT, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(MARGIN, BOTTOM_MARGIN + FOOTER_HEIGHT, CONTENT_WIDTH, body_height, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=functools.partial(_header, doc, chrome),
                     autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later]),
    ])
    canvasmaker = functools.partial(_NumberedCanvas, doc=doc, chrome=chrome)
    block = _SignatureBlock(doc, chrome, draw_ink=draw_ink)
    template.build(_story(doc, chrome, block), canvasmaker=canvasmaker)
    if block.box is None or block.counter_box is None:
        raise RuntimeError("the signature block was not drawn")
    return buffer.getvalue(), SignatureLayout(block.box, block.counter_box)


# --- fonts and styles ----------------------------------------------------------

@functools.cache
def _register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT,
                                  boldItalic=FONT_BOLD)


def _style(name: str, size: float, *, bold: bool = False, color: Any = INK,
           **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT_BOLD if bold else FONT, fontSize=size,
                          leading=size * 1.3, textColor=color, **extra)


LABEL: Final = _style("label", 9, color=MUTED)
ANSWER: Final = _style("answer", 10.5)
SECTION: Final = _style("section", 11.5, bold=True, spaceBefore=3.5 * mm, spaceAfter=1 * mm)
BODY: Final = _style("body", 10)
SMALL: Final = _style("small", 8, color=MUTED)
SMALL_RIGHT: Final = _style("small_right", 8, color=MUTED, alignment=TA_RIGHT)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return paragraph(text, style)  # an answer typed right to left is shaped


# --- page furniture -------------------------------------------------------------

def _header(doc: ApplicationRecord, chrome: _Texts, canv: Canvas,
            _template: BaseDocTemplate) -> None:
    top = PAGE_HEIGHT - TOP_MARGIN
    canv.saveState()
    canv.setFillColor(INK)
    canv.setFont(FONT_BOLD, 13)
    canv.drawString(MARGIN, top - 11, doc.office_name)
    canv.setFont(FONT, 10)
    canv.setFillColor(MUTED)
    canv.drawString(MARGIN, top - 24, doc.place)
    canv.drawString(MARGIN, top - 44, chrome(KIND))
    canv.setFillColor(INK)
    limit = CONTENT_WIDTH - QR_SIZE - 6 * mm
    draw_title(canv, chrome(doc.form.title), FONT_BOLD, MARGIN, top - 44, limit)
    # The Vorgangsnummer, prominent, in a shaded band.
    band_y = top - HEADER_HEIGHT + 5 * mm
    canv.setFillColor(SHADE)
    canv.rect(MARGIN, band_y, limit, 13 * mm, stroke=0, fill=1)
    canv.setFillColor(MUTED)
    canv.setFont(FONT, 8)
    canv.drawString(MARGIN + 3 * mm, band_y + 9 * mm, chrome(VORGANGSNUMMER))
    canv.setFillColor(INK)
    canv.setFont(FONT_BOLD, 15)
    canv.drawString(MARGIN + 3 * mm, band_y + 3 * mm, doc.vorgangsnummer)
    canv.setFillColor(MUTED)
    canv.setFont(FONT, 8)
    canv.drawRightString(MARGIN + limit - 3 * mm, band_y + 3.5 * mm, chrome(VORGANG_HINT))
    draw_qr(canv, doc.vorgangsnummer, PAGE_WIDTH - MARGIN - QR_SIZE, band_y, QR_SIZE)
    canv.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """Defers the footers until the page count is known ("Seite 1 von 2")."""

    def __init__(self, *args: Any, doc: ApplicationRecord, chrome: _Texts,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._application = doc
        self._chrome = chrome
        self._pages: list[dict[str, Any]] = []
        _set_creation_date(self, doc.signed_at)

    def showPage(self) -> None:  # reportlab's API name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()

    def _footer(self, number: int, total: int) -> None:
        y = BOTTOM_MARGIN
        self.saveState()
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, y + 9 * mm, PAGE_WIDTH - MARGIN, y + 9 * mm)
        self.setFillColor(MUTED)
        self.setFont(FONT, 8)
        terminal = self._chrome(TERMINAL.format(terminal=self._application.terminal_id))
        self.drawString(MARGIN, y + 4.5 * mm,
                        f"{terminal} · {self._application.vorgangsnummer}")
        self.drawRightString(PAGE_WIDTH - MARGIN, y + 4.5 * mm,
                             self._chrome(PAGE.format(page=number, pages=total)))
        self.restoreState()


def _set_creation_date(canv: Canvas, when: datetime) -> None:
    """Date the PDF by the signature instead of the render time (reproducible output)."""
    stamp = canv._doc._timeStamp
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    stamp.t = when.timestamp()
    stamp.lt = time.struct_time((*when.timetuple()[:6], 0, 1, -1))
    stamp.YMDhms = tuple(when.timetuple())[:6]
    stamp.dhh, stamp.dmm = divmod(minutes, 60)
    stamp.tzname = when.tzname() or ""


# --- the story ------------------------------------------------------------------

def _story(doc: ApplicationRecord, chrome: _Texts,
           signature_block: Flowable) -> list[Flowable]:
    language = chrome.language
    made_in = chrome(MADE_IN.format(language=german_language_name(doc.language)))
    story: list[Flowable] = [_p(chrome(doc.form.description), SMALL),
                             _p(made_in, SMALL), Spacer(1, 1 * mm)]
    # For the office: the chip check, in the section whose identity answers it concerns.
    checked = clerk_lines(doc.identification.detail)
    for section in doc.form.sections:
        rows: list[list[Any]] = []
        for field in section.fields:
            if field.id not in doc.answers:  # not asked: a later choice hid it
                continue
            value = doc.answers[field.id]
            shown = display(field, value, language) if is_given(value) else EMPTY_ANSWER
            answer: Flowable | list[Flowable] = _p(shown, ANSWER)
            if isinstance(value, FileAnswer) and is_given(value):
                answer = file_cell(field, value, language, ANSWER, SMALL)
            elif isinstance(value, Entries) and (len(field.fields) > 5 or any(  # a row each
                    sub.type == "group" for sub in field.fields)):  # nested: lines, any depth
                rows.extend([_p(label, LABEL), _p(shown, ANSWER)]
                            for label, shown in entry_lines(field, value, language))
                continue
            elif isinstance(value, Entries) and value:
                answer = _entries_table(field, value, language, chrome)
            source = doc.identification.sources.get(field.id)
            if source in ("chip", "typed"):
                answer = [_p(shown, ANSWER),
                          _p(chrome(SOURCE_CHIP if source == "chip" else SOURCE_TYPED), SMALL)]
            rows.append([_p(chrome(field.label), LABEL), answer])
        if checked and any(f.id in doc.identification.sources for f in section.fields):
            rows.append(_chip_check_row(checked, chrome))
            checked = []
        if not rows:
            continue
        # The title stays with the first rows; the rest flows on (no empty page before it).
        story.append(KeepTogether([_p(chrome(section.title), SECTION), _two_columns(rows[:2])]))
        story.extend([_two_columns(rows[2:])] if rows[2:] else [])
    if checked:  # no section holds an identity answer: a block of its own
        story.append(KeepTogether([_two_columns([_chip_check_row(checked, chrome)])]))
    story.append(KeepTogether([
        _p(chrome(FEE), SECTION),
        _fee_table(doc, chrome),
    ]))
    story.append(KeepTogether([
        *_sepa_mandate(doc, chrome),
        Spacer(1, 4 * mm),
        _SummaryBand(doc, chrome),
        Spacer(1, 1.5 * mm),
        _p(chrome(DECLARATION), BODY),
        Spacer(1, 1 * mm),
        signature_block,
    ]))
    return story


def _chip_check_row(lines: list[Message], chrome: _Texts) -> list[Any]:
    """The chip check's row: the headline as an answer, what explains it below."""
    return [_p(chrome(CHIP_CHECK), LABEL),
            [_p(chrome(lines[0]), ANSWER), *(_p(chrome(line), SMALL) for line in lines[1:])]]


def _two_columns(rows: list[list[Any]]) -> Table:
    table = Table(rows, colWidths=[58 * mm, CONTENT_WIDTH - 58 * mm])
    table.setStyle(_TABLE_STYLE)
    return table


def _entries_table(field: Any, value: Entries, language: str, chrome: _Texts) -> Table:
    """A repeated group as a table: one column per sub-field, one row per entry."""
    subs = list(field.fields)
    width = CONTENT_WIDTH - 58 * mm
    rows = [[_p(chrome(sub.label), LABEL) for sub in subs]]
    for item in value.items:
        rows.append([_p(display(sub, item.get(sub.id, ""), language) or EMPTY_ANSWER, ANSWER)
                     for sub in subs])
    table = Table(rows, colWidths=[width / len(subs)] * len(subs), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm),
    ]))
    return table


def _sepa_mandate(doc: ApplicationRecord, chrome: _Texts) -> list[Flowable]:
    """The SEPA mandate, when the form has one and the citizen gave the IBAN for it."""
    mandate = doc.form.sepa_mandate
    iban = doc.answers.get(mandate.iban_field) if mandate is not None else None
    if mandate is None or not isinstance(iban, str) or not iban.strip():
        return []
    compact = iban.replace(" ", "").upper()
    rows = [[_p(chrome(label), LABEL), _p(text_value, ANSWER)] for label, text_value in (
        (SEPA_CREDITOR, chrome(mandate.creditor_name)),
        (SEPA_CREDITOR_ID, mandate.creditor_id),
        (SEPA_REFERENCE, doc.vorgangsnummer),
        (SEPA_HOLDER, doc.signer_name or EMPTY_ANSWER),
        (SEPA_IBAN, " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))))]
    return [_p(chrome(SEPA_TITLE), SECTION), _two_columns(rows), Spacer(1, 1.5 * mm),
            _p(chrome(mandate.text), BODY), Spacer(1, 1 * mm), _p(chrome(SEPA_SIGNED), SMALL)]


class _SummaryBand(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """What the signature below confirms, with the Vorgangsnummer: the declaration and the
    signature stay tied to the data even when they begin a new page."""

    def __init__(self, doc: ApplicationRecord, chrome: _Texts) -> None:
        super().__init__()
        self.doc, self.chrome = doc, chrome
        self.width, self.height = CONTENT_WIDTH, 7 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canv: Canvas = self.canv
        doc, chrome = self.doc, self.chrome
        page = canv.getPageNumber()
        pages = chrome(SUMMARY_PAGE) if page <= 1 else chrome(SUMMARY_PAGES.format(last=page))
        line = chrome(SUMMARY.format(
            title=chrome(doc.form.title), vorgangsnummer=doc.vorgangsnummer, pages=pages,
            fee=format_amount(doc.form.fee_cents, doc.form.fee_currency, chrome.language)))
        size = 9.0
        while size > 6 and canv.stringWidth(line, FONT, size) > self.width - 6 * mm:
            size -= 0.5
        canv.saveState()
        canv.setFillColor(SHADE)
        canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        canv.setFillColor(INK)
        canv.setFont(FONT, size)
        canv.drawString(3 * mm, 2.3 * mm, line)
        canv.restoreState()


_TABLE_STYLE: Final = TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
    ("TOPPADDING", (0, 0), (-1, -1), 1.2 * mm),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2 * mm),
])


def _fee_table(doc: ApplicationRecord, chrome: _Texts) -> Table:
    form, language = doc.form, chrome.language
    basis = chrome(LEGAL_BASIS.format(basis=chrome(form.fee_legal_basis)))
    cell = [_p(format_amount(form.fee_cents, form.fee_currency, language), ANSWER),
            _p(basis, SMALL)]
    if form.fee_exemptions:
        cell.append(_p(chrome(EXEMPTIONS.format(list="; ".join(
            chrome(e.label) for e in form.fee_exemptions))), SMALL))
    cell += _payment_lines(doc, chrome)
    return _two_columns([[_p(chrome(FEE), LABEL), cell]])


def _payment_lines(doc: ApplicationRecord, chrome: _Texts) -> list[Flowable]:
    pay = doc.payment
    exemption = next((chrome(e.label) for e in doc.form.fee_exemptions
                      if e.value == pay.exemption), pay.exemption)
    key = "not_required" if not doc.form.fee_cents else pay.status
    status = chrome(PAYMENT_STATUS[key].format(
        method=chrome(PAYMENT_METHOD[pay.method]), transaction=pay.transaction_id,
        amount=format_amount(pay.amount_cents, pay.currency, chrome.language),
        exemption=exemption))
    lines = [_p(status, ANSWER)]
    if pay.reference:
        lines.append(_p(chrome(PAYMENT_REFERENCE.format(reference=pay.reference)), SMALL))
    return lines


class _SignatureBlock(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """One row: on the right the applicant's signature (the ink on its line; below it what
    it confirms, the name, place and date), on the left the counter's planned signature
    box and its label."""

    LABELS: Final = 21 * mm  # room under the lines

    def __init__(self, doc: ApplicationRecord, chrome: _Texts, *,
                 draw_ink: bool = True) -> None:
        super().__init__()
        self.doc = doc
        self.chrome = chrome
        self.draw_ink = draw_ink
        self.box: SignatureBox | None = None  # set when drawn
        self.counter_box: SignatureBox | None = None
        self.width = CONTENT_WIDTH
        self.height = SIGNATURE_BOX[1] + self.LABELS

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _box(self, left: float, bottom: float, right: float, top: float,
             line: float) -> SignatureBox:
        canv: Canvas = self.canv
        x1, y1 = canv.absolutePosition(left, bottom)
        x2, y2 = canv.absolutePosition(right, top)
        # _NumberedCanvas keeps finished pages in _pages until save().
        return SignatureBox(len(getattr(canv, "_pages", ())), x1, y1, x2, y2, line)

    def draw(self) -> None:
        canv: Canvas = self.canv
        doc, chrome = self.doc, self.chrome
        box_w, box_h = SIGNATURE_BOX
        left = self.width - box_w
        counter_w, base = left - 10 * mm, self.LABELS  # base: both signature lines
        below = 6 * mm  # the field reaches below the line: what the pen wrote under it
        canv.saveState()
        # Right: the applicant's signature, on its line.
        if self.draw_ink:
            draw_on_canvas(canv, doc.ink, left, base - below, box_w, box_h + below,
                           line_y=base)
        self.box = self._box(left, base - below, self.width, base + box_h, below)
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.6)
        canv.line(left, base, self.width, base)
        # Texts below the pen's reach (ink covered the caption), wrapped to the box (in
        # German it ran 15 mm past the margin).
        caption = Paragraph(escape(chrome(SIGNATURE)), SMALL)
        h = caption.wrap(box_w, self.LABELS)[1]
        caption.drawOn(canv, left, base - below - 0.2 * mm - h)
        y, when = base - below - h - 4 * mm, doc.signed_at.strftime("%d.%m.%Y %H:%M")
        canv.setFillColor(INK)
        canv.setFont(FONT, 9.5)
        who = (doc.signer_name, " · ") if doc.signer_name else ()
        draw_line(canv, left, y, *who, f"{doc.place}, {when}", width=box_w)
        canv.setFillColor(MUTED)
        canv.setFont(FONT, 7.5)
        canv.drawString(left, y - 3.2 * mm, chrome(PLACE_DATE))
        # Left: the counter's signature, planned as an empty field on this box.
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.4)
        canv.line(0, base, counter_w, base)
        self.counter_box = self._box(0, base, counter_w, base + box_h, 0.0)
        label = Paragraph(escape(chrome(COUNTER_LABEL)), SMALL)
        _w, h = label.wrap(counter_w, self.LABELS)
        label.drawOn(canv, 0, base - 1.5 * mm - h)
        canv.restoreState()
