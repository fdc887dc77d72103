"""The citizen's receipt on real printers: CUPS with cups-pdf (read back with pdftotext) and
python-escpos to a loopback printer whose byte stream is decoded here."""

from __future__ import annotations

import dataclasses
import subprocess
import time
from collections.abc import Iterator

import pytest
from PIL import Image

from devices.printing.cups import CupsPrinter
from devices.printing.escpos import EscposPrinter
from devices.printing.raster import WIDTH_DOTS, printable
from devices.printing.receipt import Line, PrinterError
from devices.printing.service import PrinterService, printer_from_url
from devices.tools.cups_sandbox import CupsSandbox
from devices.tools.escpos_recorder import EscposRecorder
from forms.loader import shipped_forms
from forms.payment import PaymentInfo
from forms.samples import sample_record
from kiosk.payment.receipt import build_receipt

VN = "2026-7K4Q-M2XD-8"
PAID = PaymentInfo(method="card", status="paid", amount_cents=500, reference="BB20267K4QM2XD8",
                   transaction_id="zvt:52500038:001001", trace_number=1001, receipt_number=2)
CARD_COPY = ("** Kundenbeleg **", "Trace-Nr. 001001", "Betrag 5,00 EUR")


def receipt(language: str = "en", payment: PaymentInfo = PAID):  # type: ignore[no-untyped-def]
    form = shipped_forms()["meldebescheinigung-einfach"]
    record = dataclasses.replace(sample_record(form, vorgangsnummer=VN, language=language),
                                 payment=payment)
    return build_receipt(record, payment, office="Buergerbuero Musterstadt",
                         customer_copy=CARD_COPY)


def test_the_receipt_says_it_in_the_citizens_language() -> None:
    english, german = receipt("en").text(), receipt("de").text()
    assert "Reference number (Vorgangsnummer):" in english
    assert VN in english
    assert "Paid: card" in english
    assert "Fee: € 5.00" in english
    assert "Bezahlt: Karte" in german
    assert "Vorgangsnummer:" in german
    assert "** Kundenbeleg **" in english  # the terminal's customer copy
    transfer = receipt("en", dataclasses.replace(PAID, method="transfer",
                                                 status="pending_transfer",
                                                 transaction_id="")).text()
    assert "Payment by bank transfer pending." in transfer
    assert "Paid" not in transfer


@pytest.fixture(scope="module")
def cups() -> Iterator[CupsSandbox]:
    with CupsSandbox() as sandbox:
        yield sandbox


@pytest.mark.slow
def test_a_pdf_receipt_through_real_cups(cups: CupsSandbox) -> None:
    printer = CupsPrinter(cups.queue, server=cups.server)
    assert printer.ready()
    service = PrinterService(printer_from_url(f"cups://{cups.queue}", cups.server))
    try:
        before = len(cups.printed())
        job = service.print(receipt("en")).result(timeout=60)
        assert job.startswith(cups.queue)
        pdf = cups.wait_for_pdf(before + 1)
    finally:
        service.stop()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in (VN, "Receipt", "Reference number (Vorgangsnummer):", "Paid: card",
                     "BB20267K4QM2XD8", "Trace-Nr. 001001", "What happens next"):
        assert expected in text, expected


@pytest.mark.slow
def test_a_stopped_cups_queue_is_not_ready(cups: CupsSandbox) -> None:
    subprocess.run(["cupsdisable", "-h", cups.server, cups.queue], check=True, timeout=30)
    try:
        assert not CupsPrinter(cups.queue, server=cups.server).ready()
        with pytest.raises(PrinterError):
            CupsPrinter(cups.queue, server=cups.server).check_ready()
    finally:
        subprocess.run(["cupsenable", "-h", cups.server, cups.queue], check=True, timeout=30)
    assert CupsPrinter(cups.queue, server=cups.server).ready()
    assert not CupsPrinter("no-such-queue", server=cups.server).ready()


def test_escpos_receipt_bytes_and_paper_status() -> None:
    with EscposRecorder() as recorder:
        printer = EscposPrinter("127.0.0.1", recorder.port, timeout_s=2)
        assert printer.ready()
        recorder.paper = "end"
        assert not printer.ready()
        recorder.paper = "silent"  # no answer is "not ready", never "plenty of paper"
        assert not printer.ready()
        recorder.paper = "ok"
        printer.print(receipt("de"))
        # The recorder reads one connection after the other: wait until it has read the
        # receipt's (on a busy machine it is still in the silent check's connection).
        deadline = time.monotonic() + 10
        while not recorder.received and time.monotonic() < deadline:
            time.sleep(0.02)
    stream = recorder.received[-1]
    assert stream.startswith(b"\x1b\x74")  # ESC t: the code page is chosen first
    text = stream.decode("cp858", "replace")
    assert VN in text
    assert "Bezahlt: Karte" in text
    assert "Gebühr: 5,00" in text
    assert b"\x1d(k" in stream  # GS ( k: the Vorgangsnummer as a QR code, native
    assert VN.encode() in stream.split(b"\x1d(k", 1)[1]
    assert stream.rstrip(b"\n").endswith((b"\x1dV\x00", b"\x1dVA\x00", b"\x1dV\x41\x00")) \
        or b"\x1dV" in stream[-8:]  # GS V: cut


def _escpos_stream(doc) -> bytes:  # type: ignore[no-untyped-def]
    with EscposRecorder() as recorder:
        EscposPrinter("127.0.0.1", recorder.port, timeout_s=2).print(doc)
        deadline = time.monotonic() + 10  # the recorder reads the connection after it closes
        while not recorder.received and time.monotonic() < deadline:
            time.sleep(0.02)
    return recorder.received[-1]


def _rasters(stream: bytes) -> tuple[list[Image.Image], bytes]:
    """The ``GS v 0`` raster images of an ESC/POS stream, and the stream without them."""
    images, rest, at = [], b"", 0
    while (start := stream.find(b"\x1dv0\x00", at)) >= 0:
        xl, xh, yl, yh = stream[start + 4:start + 8]
        width, height = xl + 256 * xh, yl + 256 * yh
        dots = bytes(byte ^ 0xFF for byte in stream[start + 8:start + 8 + width * height])
        images.append(Image.frombytes("1", (width * 8, height), dots))
        rest, at = rest + stream[at:start], start + 8 + width * height
    return images, rest + stream[at:]


@pytest.mark.parametrize("language", ["tr", "ar", "uk"])
def test_escpos_prints_what_its_code_page_lacks_as_images(language: str) -> None:
    """CP858 has no ş, ı, Cyrillic or Arabic letters: those lines come as raster images
    (drawn in DejaVu Sans), never as "?"; the rest stays text."""
    doc = receipt(language)
    images, text_part = _rasters(_escpos_stream(doc))
    lacking = [line for line in (*doc.lines, *map(Line, doc.extra)) if not printable(line.text)]
    assert lacking
    assert len(images) == len(lacking)
    for image, line in zip(images, lacking, strict=True):
        assert image.width == WIDTH_DOTS
        black = image.convert("L").histogram()[0] / (image.width * image.height)
        assert 0.01 < black < 0.5, (line.text, black)  # letters, neither blank nor a block
    text = text_part.decode("cp858")
    assert "?" not in text
    assert VN in text  # the Vorgangsnummer (and its QR code) as before
    assert b"\x1d(k" in text_part
    assert not _rasters(_escpos_stream(receipt("de")))[0]  # German: all text, as before


def test_an_unreachable_escpos_printer_is_not_ready() -> None:
    assert not EscposPrinter("127.0.0.1", 9, timeout_s=0.5).ready()
    with pytest.raises(PrinterError):
        EscposPrinter("127.0.0.1", 9, timeout_s=0.5).print(receipt())
