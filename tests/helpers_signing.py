"""A plain multi-page PDF to sign (reportlab, uncompressed so tests can change one byte)."""

from __future__ import annotations

import io


def plain_pdf(pages: int = 3, text: str = "Antrag") -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canv = Canvas(buffer, invariant=1, pageCompression=0)
    for page in range(pages):
        canv.drawString(72, 760, f"{text} – Seite {page + 1}")
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def pdf_with_fields(pages: int = 3,
                    fields: tuple[tuple[str, int, tuple[int, int, int, int]], ...] = (
                        ("Unterschrift_Antragsteller", 2, (72, 90, 272, 170)),
                        ("Unterschrift_Ehegatte", 2, (320, 90, 520, 170)))) -> bytes:
    """A plain PDF with empty signature fields (name, page index, box)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = IncrementalPdfFileWriter(io.BytesIO(plain_pdf(pages)))
    for name, page, box in fields:
        append_signature_field(writer, SigFieldSpec(sig_field_name=name, on_page=page, box=box))
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()
