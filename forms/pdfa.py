"""Finish a reportlab PDF as an archive file (PDF/A-3b) with pikepdf.

reportlab writes the pages with embedded TrueType subsets (DejaVu Sans, which
covers the whole DIN SPEC 91379 Latin repertoire). It does not write what an
archive validator asks for, so this step adds, with pikepdf rather than
hand-written PDF syntax:

* an output intent with the sRGB ICC profile (Debian ``icc-profiles-free``;
  ghostscript's copy as a fallback) — every colour in the document is DeviceRGB;
* XMP metadata carrying the same title, author, subject, producer and dates as
  the document information dictionary, and the PDF/A identification;
* the application's data as a JSON file attachment (``application.json``,
  ``AFRelationship /Data``, listed in the catalogue's ``/AF``);
* the PDF documents the citizen handed in (``forms.files.EmbeddedFile``), each an
  associated file with ``AFRelationship /Supplement``, listed in ``/AF`` too.

Why PDF/A-3b and not PDF/A-2b: ISO 19005-2 (6.8) allows embedded files only if
they are themselves PDF/A; a JSON attachment needs ISO 19005-3, which is
PDF/A-2b plus associated files of any type. Everything else is PDF/A-2b.

pikepdf is imported here only (the storage thread), never on start-up.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Final

import pikepdf
from pikepdf import Array, Dictionary, Name

from forms.files import EmbeddedFile

ATTACHMENT_NAME: Final = "application.json"
PDFA_PART: Final = "3"
PDFA_CONFORMANCE: Final = "B"
ICC_CANDIDATES: Final = (
    Path("/usr/share/color/icc/sRGB.icc"),               # icc-profiles-free
    Path("/usr/share/color/icc/ghostscript/srgb.icc"),   # libgs-common
    Path("/usr/share/color/icc/colord/sRGB.icc"),        # colord
)
ICC_CONDITION: Final = "sRGB IEC61966-2.1"


class MissingICCProfile(RuntimeError):
    """No sRGB ICC profile is installed (install the Debian package icc-profiles-free)."""


@functools.cache
def srgb_profile() -> bytes:
    for path in ICC_CANDIDATES:
        if path.is_file():
            return path.read_bytes()
    raise MissingICCProfile("no sRGB ICC profile; install icc-profiles-free")


def finish_pdfa(pdf_bytes: bytes, *, attachment: bytes, created: datetime,
                description: str, files: Sequence[EmbeddedFile] = ()) -> bytes:
    """``pdf_bytes`` as PDF/A-3b with ``attachment`` (JSON) and ``files`` embedded."""
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        icc = pdf.make_stream(srgb_profile())
        icc.N = 3
        icc.Alternate = Name.DeviceRGB
        pdf.Root.OutputIntents = Array([Dictionary(
            Type=Name.OutputIntent, S=Name.GTS_PDFA1,
            OutputConditionIdentifier=ICC_CONDITION, Info=ICC_CONDITION,
            RegistryName="http://www.color.org", DestOutputProfile=icc,
        )])
        associated = []
        for name, data, mime_type, text, relationship in (
                (ATTACHMENT_NAME, attachment, "application/json", description, Name.Data),
                *((f.name, f.data, f.media_type, f.description, Name.Supplement)
                  for f in files)):
            spec = pikepdf.AttachedFileSpec(
                pdf, data, description=text, filename=name, mime_type=mime_type,
                creation_date=_pdf_date(created), mod_date=_pdf_date(created),
            )
            spec.relationship = relationship
            pdf.attachments[name] = spec
            associated.append(spec.obj)
        pdf.Root.AF = Array(associated)
        # reportlab's /Trapped and empty /Keywords have no XMP twin: drop them so
        # the information dictionary and the XMP agree entry by entry.
        for key in (Name.Trapped, Name.Keywords):
            if key in pdf.docinfo and (key == Name.Trapped or not str(pdf.docinfo[key])):
                del pdf.docinfo[key]
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["pdfaid:part"] = PDFA_PART
            meta["pdfaid:conformance"] = PDFA_CONFORMANCE
            meta["xmp:MetadataDate"] = created.isoformat()
        out = io.BytesIO()
        pdf.save(out, deterministic_id=True, min_version="1.7",
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)
        return out.getvalue()


def _pdf_date(when: datetime) -> str:
    offset = when.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hours:02d}'{mins:02d}'"
