"""Which signature fields a PDF has (pyHanko; call off the GUI thread)."""

from __future__ import annotations

import io
from typing import Any

from kiosk.tablet.jobs import FieldSpec


class NotSignable(ValueError):
    """The document cannot be signed at the tablet; the message says why."""


def empty_signature_fields(pdf: bytes) -> list[FieldSpec]:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        pages = [page.idnum for page in _page_refs(reader)]
        found: list[FieldSpec] = []
        for name, _value, ref in enumerate_sig_fields(reader, filled_status=False):
            field = ref.get_object()
            widget = field if "/Rect" in field else field.get("/Kids", [field])[0].get_object()
            page_ref = widget.get_value_as_reference("/P") if "/P" in widget else None
            page = pages.index(page_ref.idnum) if page_ref is not None \
                and page_ref.idnum in pages else 0
            found.append(FieldSpec(name=name, page=page, rect=None,
                                   label=str(field.get("/TU", ""))))
        return found
    except (PdfError, ValueError, KeyError, IndexError) as exc:
        raise NotSignable(f"not a readable PDF: {exc}") from exc


def _page_refs(reader: Any) -> list[Any]:
    count = int(reader.root["/Pages"]["/Count"])
    return [reader.find_page_for_modification(i)[0] for i in range(count)]


def is_signed(pdf: bytes) -> bool:
    """Whether the PDF carries a signature already (then its lock allows no new field)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        return any(True for _ in enumerate_sig_fields(reader, filled_status=True))
    except (PdfError, ValueError, KeyError) as exc:
        raise NotSignable(f"not a readable PDF: {exc}") from exc


def page_count(pdf: bytes) -> int:
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return int(PdfFileReader(io.BytesIO(pdf), strict=False).root["/Pages"]["/Count"])
    except (PdfError, ValueError, KeyError) as exc:
        raise NotSignable(f"not a readable PDF: {exc}") from exc


def resolve_fields(pdf: bytes, requested: list[FieldSpec]) -> tuple[FieldSpec, ...]:
    """The fields to sign: the requested ones (new or existing), else every empty one."""
    if not pdf.startswith(b"%PDF-"):
        raise NotSignable("the file is not a PDF")
    existing = {f.name: f for f in empty_signature_fields(pdf)}
    if not requested:
        if not existing:
            raise NotSignable("the PDF has no empty signature field and no position was given")
        return tuple(existing.values())
    pages = page_count(pdf)
    signed = is_signed(pdf)
    for spec in requested:
        if spec.rect is None and spec.name not in existing:
            raise NotSignable(f"the PDF has no empty signature field named {spec.name!r}")
        if spec.rect is not None and spec.name not in existing and signed:
            raise NotSignable(
                "the PDF is signed already and its lock allows no new signature field; "
                f"it plans these empty ones: {', '.join(existing) or 'none'}")
        if not 0 <= spec.page < pages:
            raise NotSignable(f"field {spec.name!r}: page {spec.page + 1} does not exist")
    return tuple(existing.get(s.name, s) if s.rect is None else s for s in requested)
