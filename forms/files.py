"""File answers: a document or photo the citizen hands the kiosk through its scan inbox.

A ``file`` field's answer is a ``FileAnswer``: the cleaned name, the media type
found from the content, and the bytes (held once, in memory, never as base64
text) — or ``AT_COUNTER`` when the citizen will hand the paper in at the
counter instead. It lives in the journey like every other answer and is
dropped with it.

What leaves the terminal beside the PDF — the PDF's JSON attachment and the
submission's metadata — carries a description instead of the bytes
(``describe``, used by the codec in ``forms.answers``): name, media type, size
and SHA-256, and for a PDF the name it is embedded under in the application PDF.

Standard library only; ``forms.filecheck`` looks at the content.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from forms.model import FieldDef, FormDef

JPEG: Final = "image/jpeg"
PNG: Final = "image/png"
PDF: Final = "application/pdf"
# The kinds of file a definition may accept (``accept``), and the default.
MEDIA_TYPES: Final = (JPEG, PNG, PDF)
IMAGE_TYPES: Final = (JPEG, PNG)
# The largest file a field takes when its definition sets no ``max_bytes``, and
# the most a definition may allow (the answer is held in memory, in base64).
DEFAULT_MAX_BYTES: Final = 10_000_000
MAX_FILE_BYTES: Final = 50_000_000
MIN_FILE_BYTES: Final = 1_000
MAX_NAME_LENGTH: Final = 120
UNKNOWN_TYPE: Final = "application/octet-stream"
EXTENSIONS: Final[Mapping[str, str]] = MappingProxyType({JPEG: ".jpg", PNG: ".png",
                                                         PDF: ".pdf"})
SHORT_NAMES: Final[Mapping[str, str]] = MappingProxyType({JPEG: "JPEG", PNG: "PNG",
                                                          PDF: "PDF"})


@dataclass(frozen=True, repr=False)
class FileAnswer:
    """A file the kiosk got, or 'at the counter'. No repr shows its name or bytes."""

    name: str = ""
    media_type: str = ""
    data: bytes = field(default=b"", repr=False)
    at_counter: bool = False

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES and not self.at_counter

    def __repr__(self) -> str:
        if self.at_counter:
            return "FileAnswer(at_counter)"
        return f"FileAnswer(<{self.media_type or 'empty'}, {self.size} bytes>)"


AT_COUNTER: Final = FileAnswer(at_counter=True)


@dataclass(frozen=True)
class EmbeddedFile:
    """A file the application PDF carries as a PDF/A-3 associated file."""

    name: str
    data: bytes = field(repr=False)
    media_type: str
    description: str


def sniff_media_type(data: bytes) -> str:
    """The media type by the content's magic bytes (never by the file name)."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"%PDF-"):
        return PDF
    return UNKNOWN_TYPE


def clean_name(raw: str, media_type: str) -> str:
    """A file name fit to show and print: no folders, no control characters, one line."""
    base = unicodedata.normalize("NFC", raw.replace("\\", "/").rsplit("/", 1)[-1])
    base = "".join(" " if ch.isspace() else ch for ch in base
                   if ch.isspace() or not unicodedata.category(ch).startswith("C"))
    base = " ".join(base.split()).strip(" .")
    extension = EXTENSIONS.get(media_type, "")
    if not base:
        base = "scan" + extension
    if len(base) > MAX_NAME_LENGTH:
        keep = extension if base.lower().endswith(extension) and extension else ""
        base = base[: MAX_NAME_LENGTH - len(keep)].rstrip(" .") + keep
    return base


def received_file(name: str, data: bytes) -> FileAnswer:
    """What the kiosk got: the cleaned name and the media type its content shows."""
    media_type = sniff_media_type(data)
    return FileAnswer(clean_name(name, media_type), media_type, data)


def accepted_types(field_def: FieldDef) -> tuple[str, ...]:
    """The media types ``field_def`` takes (a photo: images only)."""
    if field_def.accept:
        return field_def.accept
    return IMAGE_TYPES if field_def.photo else MEDIA_TYPES


def max_bytes(field_def: FieldDef) -> int:
    return field_def.max_bytes if field_def.max_bytes is not None else DEFAULT_MAX_BYTES


def attachment_name(field_id: str, answer: FileAnswer) -> str | None:
    """The name a PDF the citizen handed in is embedded under in the application PDF."""
    if answer.at_counter or answer.media_type != PDF:
        return None
    return f"{field_id}.pdf"


def describe(field_id: str, answer: FileAnswer) -> dict[str, Any]:
    """Name, media type, size and SHA-256 of a file answer (what the case system gets)."""
    if answer.at_counter:
        return {"at_counter": True}
    description: dict[str, Any] = {"name": answer.name, "media_type": answer.media_type,
                                   "size": answer.size, "sha256": answer.sha256}
    attached = attachment_name(field_id, answer)
    if attached is not None:
        description["attachment"] = attached
    return description


def file_answers(form: FormDef, answers: Mapping[str, object]) -> list[tuple[str, FileAnswer]]:
    """The files (not 'at the counter') among ``answers``, by field id, in form order."""
    found = []
    for field_def in form.all_fields():
        answer = answers.get(field_def.id)
        if isinstance(answer, FileAnswer) and answer.data and not answer.at_counter:
            found.append((field_def.id, answer))
    return found


def short_kinds(media_types: tuple[str, ...]) -> str:
    """The accepted kinds for a message: 'JPEG, PNG, PDF'."""
    return ", ".join(SHORT_NAMES.get(t, t) for t in media_types)
