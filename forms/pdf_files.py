"""Files the citizen handed in, in the application PDF (reportlab; part of ``forms.pdf``).

Every file is listed in its field's answer cell with name, kind, size and
SHA-256. An image is drawn below (a photo at passport size, 35 × 45 mm; a
document at most 100 × 110 mm and never above 150 dpi, aspect kept; a JPEG
travels unchanged, a PNG losslessly). A PDF is embedded in the PDF/A-3 file as
an associated file (``embedded_files``, attached by ``forms.pdfa``) and the
cell names the attachment. "At the counter" prints as such.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer

from forms.display import AT_COUNTER, format_size
from forms.filecheck import image_info
from forms.files import (
    PDF,
    PNG,
    EmbeddedFile,
    FileAnswer,
    attachment_name,
    file_answers,
)
from forms.model import FieldDef, FormDef
from forms.pdf_text import paragraph
from kiosk.base.catalogue import text
from kiosk.base.i18n import N_

PHOTO_BOX: Final = (35 * mm, 45 * mm)
DOCUMENT_BOX: Final = (100 * mm, 110 * mm)
MAX_DPI: Final = 150

# The document's texts about files, from the catalogue.
KINDS: Final = {"image/jpeg": N_("Files", "JPEG image"), "image/png": N_("Files", "PNG image"),
                "application/pdf": N_("Files", "PDF document")}
ATTACHED: Final = N_("PDF", "Attached to this PDF file: {name}")
NOT_DRAWN: Final = N_("PDF", "The image cannot be shown here.")


def file_cell(field_def: FieldDef, answer: FileAnswer, language: str,
              answer_style: ParagraphStyle, small_style: ParagraphStyle) -> list[Flowable]:
    """What a file field's answer cell holds: the listing, and the image if it is one."""
    if answer.at_counter:
        return [_p(text(AT_COUNTER, language), answer_style)]
    kind = KINDS.get(answer.media_type)
    cell: list[Flowable] = [
        _p(answer.name, answer_style),
        _p(f"{text(kind, language) if kind else answer.media_type} · "
           f"{format_size(answer.size, language)} · SHA-256 {_grouped(answer.sha256)}",
           small_style),
    ]
    attached = attachment_name(field_def.id, answer)
    if attached is not None:
        cell.append(_p(text(ATTACHED.format(name=attached), language), small_style))
    elif answer.is_image:
        image = _image(answer, photo=field_def.photo)
        cell += [Spacer(1, 1.5 * mm), image] if image is not None else \
            [_p(text(NOT_DRAWN, language), small_style)]
    return cell


def embedded_files(form: FormDef, answers: Mapping[str, object],
                   language: str) -> list[EmbeddedFile]:
    """The PDFs among the answers, to embed in the application PDF."""
    found = []
    for field_id, answer in file_answers(form, answers):
        name = attachment_name(field_id, answer)
        if name is not None and answer.media_type == PDF:
            label = text(form.field(field_id).label, language)
            found.append(EmbeddedFile(name, answer.data, PDF, f"{label}: {answer.name}"))
    return found


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return paragraph(text, style)  # a file name typed right to left is shaped


def _grouped(digest: str) -> str:
    """A SHA-256 in groups of 16, so a narrow cell can break it."""
    return " ".join(digest[i:i + 16] for i in range(0, len(digest), 16))


def _image(answer: FileAnswer, *, photo: bool) -> Flowable | None:
    """The image scaled into its box; ``None`` if reportlab cannot decode it after all."""
    from reportlab.lib.utils import ImageReader

    info = image_info(answer)
    if info is None:
        return None
    try:
        if answer.media_type == PNG:  # drawn decoded: decode now, not halfway through the page
            ImageReader(io.BytesIO(answer.data)).getRGBData()
    except Exception:  # noqa: BLE001  # any decoder failure: list the file without the picture
        return None
    box_w, box_h = PHOTO_BOX if photo else DOCUMENT_BOX
    if not photo:  # never print a small scan larger than 150 dpi
        box_w = min(box_w, info.width / MAX_DPI * 72)
        box_h = min(box_h, info.height / MAX_DPI * 72)
    scale = min(box_w / info.width, box_h / info.height)
    return Image(io.BytesIO(answer.data), width=info.width * scale, height=info.height * scale,
                 mask=None, hAlign="LEFT")
