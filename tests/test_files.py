"""File answers: values holding their bytes once, checked by their real content, described
without their bytes; definitions that ask for files are read strictly."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from pathlib import Path

import pytest
from helpers_files import answer, encrypted_pdf, file_field, image_bytes, pdf_bytes
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from forms import filecheck as fc
from forms.answers import AnswerFormatError, answers_to_json, from_json, to_json
from forms.display import format_size
from forms.files import (
    AT_COUNTER,
    PDF,
    FileAnswer,
    clean_name,
    received_file,
)
from forms.loader import load_form, shipped_forms
from forms.model import DEFINITIONS_DIR, FormDefinitionError
from forms.sample_files import document_pdf, document_png, photo_jpeg, photo_png
from forms.validation import validate_field, validate_form
from kiosk.base.catalogue import text
from kiosk.base.i18n import Message

SCHEMA = json.loads((DEFINITIONS_DIR.parent / "schema" / "form.schema.json")
                    .read_text(encoding="utf-8"))
FIELD = file_field()
PHOTO = file_field(photo=True)


def test_a_file_answer_holds_its_bytes_once_and_never_shows_them() -> None:
    jpeg = image_bytes("JPEG")
    value = answer("C:\\Scans\\Zulassung  Teil\tI.jpg", jpeg)
    assert value == FileAnswer("Zulassung Teil I.jpg", "image/jpeg", jpeg)
    assert value.data is jpeg  # the bytes as they came, not a copy, not base64
    assert "Zulassung" not in repr(value)
    assert "data" not in repr(value)
    assert len(repr(value)) < 120
    # The codec's encoded form (test data, ``forms render --data``) decodes to the same.
    encoded = {"name": "Zulassung Teil I.jpg", "data": base64.b64encode(jpeg).decode()}
    assert from_json(FIELD, encoded) == value
    assert from_json(FIELD, {"at_counter": True}) == AT_COUNTER
    assert to_json(FIELD, AT_COUNTER) == {"at_counter": True}
    for broken in ("x", {}, [1], {"name": "a", "data": "%%"}, {"name": 1}):
        with pytest.raises(AnswerFormatError):
            from_json(FIELD, broken)


def test_clean_name_keeps_a_printable_one_line_name() -> None:
    assert clean_name("../../etc/passwd", "image/png") == "passwd"
    assert clean_name("scan\x00\u202e.pdf", PDF) == "scan.pdf"
    assert clean_name("   ", PDF) == "scan.pdf"
    long = clean_name("x" * 300 + ".pdf", PDF)
    assert len(long) == 120
    assert long.endswith(".pdf")


@pytest.mark.parametrize(("name", "data"), [
    ("scan.jpg", image_bytes("JPEG")),
    ("progressive.jpg", image_bytes("JPEG", progressive=True)),
    ("grey.jpg", image_bytes("JPEG", mode="L")),
    ("restart.jpg", image_bytes("JPEG", restart_marker_blocks=2)),
    ("scan.png", image_bytes("PNG")),
    ("palette.png", image_bytes("PNG", mode="P")),
    ("sixteen.png", image_bytes("PNG", mode="I;16")),
    ("alpha.png", image_bytes("PNG", mode="RGBA")),
    ("bilevel.png", image_bytes("PNG", mode="1")),
    ("scan.pdf", pdf_bytes(pages=2)),
    ("sample.png", document_png()),
    ("sample.pdf", document_pdf()),
])
def test_real_files_pass(name: str, data: bytes) -> None:
    assert validate_field(FIELD, answer(name, data)) is None


def _png_with_bad_crc() -> bytes:
    data = bytearray(image_bytes("PNG"))
    data[40] ^= 0xFF  # inside the first IDAT chunk
    return bytes(data)


@pytest.mark.parametrize(("data", "message"), [
    (image_bytes("JPEG")[:-300], fc.FILE_DAMAGED),           # truncated: no EOI
    (image_bytes("JPEG")[:200], fc.FILE_DAMAGED),
    (image_bytes("PNG")[:-30], fc.FILE_DAMAGED),              # no IEND
    (_png_with_bad_crc(), fc.FILE_DAMAGED),
    (image_bytes("JPEG", mode="CMYK"), fc.IMAGE_CMYK),
    (pdf_bytes()[:-40], fc.FILE_DAMAGED),                     # no trailer
    (b"%PDF-1.7\nnot really a pdf\n%%EOF\n", fc.FILE_DAMAGED),
    (encrypted_pdf(), fc.PDF_PASSWORD),
    (b"\x00\x01", fc.FILE_TYPE.format(kinds="JPEG, PNG, PDF")),
    (b"GIF89a" + bytes(100), fc.FILE_TYPE.format(kinds="JPEG, PNG, PDF")),
])
def test_bad_content_gets_a_message(data: bytes, message: Message) -> None:
    assert validate_field(FIELD, answer("scan.jpg", data)) == message


def _png(header: bytes, raw: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def test_png_structure_beyond_the_checksums() -> None:
    rgb_2x2 = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    good = _png(rgb_2x2, b"\x00" + bytes(6) + b"\x01" + bytes(6))
    assert validate_field(FIELD, answer("ok.png", good)) is None
    unknown_filter = _png(rgb_2x2, b"\x00" + bytes(6) + b"\x07" + bytes(6))
    short = _png(rgb_2x2, b"\x00" + bytes(6))
    long = _png(rgb_2x2, bytes(20))
    bad_depth = _png(struct.pack(">IIBBBBB", 2, 2, 3, 2, 0, 0, 0), bytes(14))
    for data in (unknown_filter, short, long, bad_depth):
        assert validate_field(FIELD, answer("x.png", data)) == fc.FILE_DAMAGED
    huge = _png(struct.pack(">IIBBBBB", 10_000, 10_000, 8, 2, 0, 0, 0), b"\x00")
    assert validate_field(FIELD, answer("bomb.png", huge)) == fc.IMAGE_PIXELS
    # Interlaced (Adam7): seven passes, each row with its filter byte.
    interlaced = _png(struct.pack(">IIBBBBB", 3, 3, 8, 0, 0, 0, 1),
                      bytes(fc._png_raw_size(3, 3, 8, 1)))
    # 3 x 3 grey: passes 2 and 3 are empty; 1 and 4 one pixel, 5 two, 6 two rows of one,
    # 7 one row of three; each row one filter byte more.
    assert fc._png_raw_size(3, 3, 8, 1) == 2 + 2 + 3 + 2 * 2 + 4
    assert validate_field(FIELD, answer("adam7.png", interlaced)) is None


def test_size_type_and_photo_rules() -> None:
    small = file_field(max_bytes=2_000)
    big = image_bytes("PNG", size=(900, 900))
    message = validate_field(small, answer("big.png", big))
    assert message == fc.FILE_TOO_LARGE.format(size=f"{(len(big) + 999) // 1000} KB",
                                               max="2 KB")
    assert message is not None
    assert "hand the document in at the counter" in message.untranslated()
    only_pdf = file_field(accept=(PDF,))
    assert validate_field(only_pdf, answer("a.png", photo_png())) == fc.FILE_TYPE.format(
        kinds="PDF")
    assert validate_field(PHOTO, answer("scan.pdf", pdf_bytes())) == fc.FILE_TYPE.format(
        kinds="JPEG, PNG")
    assert validate_field(PHOTO, answer("landscape.jpg", image_bytes("JPEG"))) \
        == fc.PHOTO_PORTRAIT
    assert validate_field(PHOTO, answer("passfoto.jpg", photo_jpeg())) is None
    assert validate_field(PHOTO, answer("passfoto.png", photo_png())) is None
    # A renamed file is judged by its content, and a forged media type is refused.
    assert validate_field(FIELD, answer("scan.pdf", photo_png())) is None
    forged = FileAnswer("a.png", "image/png", pdf_bytes())
    assert validate_field(FIELD, forged) == fc.FILE_DAMAGED


def test_required_and_at_the_counter() -> None:
    assert validate_field(FIELD, FileAnswer()) == fc.FILE_REQUIRED
    assert fc.FILE_REQUIRED.source.startswith("Please take the document from the scanner")
    assert validate_field(file_field(required=False), FileAnswer()) is None
    assert validate_field(FIELD, AT_COUNTER) is None


@settings(max_examples=80, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.sampled_from([
    image_bytes("JPEG"), image_bytes("PNG"), pdf_bytes()]).flatmap(
        lambda good: st.integers(0, len(good)).map(lambda cut: good[:cut])),
    st.text(max_size=80).map(str.encode)))
def test_any_bytes_give_a_message_or_pass_never_an_exception(data: bytes) -> None:
    result = validate_field(FIELD, answer("x", data))
    assert result is None or isinstance(result, Message)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_text_as_a_file_answer_never_raises(raw: str) -> None:
    assert isinstance(validate_field(FIELD, raw), Message)


def test_descriptions_carry_metadata_not_bytes() -> None:
    form = shipped_forms()["bewohnerparkausweis"]
    pdf = pdf_bytes()
    described = answers_to_json(form, {"registration_certificate": answer("zb1.pdf", pdf),
                                       "zone": "A"})
    assert described["zone"] == "A"
    meta = described["registration_certificate"]
    assert meta == {"name": "zb1.pdf", "media_type": "application/pdf", "size": len(pdf),
                    "sha256": received_file("zb1.pdf", pdf).sha256,
                    "attachment": "registration_certificate.pdf"}
    at_counter = answers_to_json(form, {"registration_certificate": AT_COUNTER})
    assert at_counter["registration_certificate"] == {"at_counter": True}
    assert base64.b64encode(pdf)[:40].decode() not in json.dumps(described)


def test_format_size() -> None:
    assert format_size(512, "de") == "512 B"
    assert format_size(84_001, "en") == "85 KB"
    assert format_size(1_250_000, "de") == "1,2 MB"
    assert format_size(1_250_000, "en") == "1.2 MB"


# --- definitions ---------------------------------------------------------------------

def _write(tmp_path: Path, field: dict[str, object], name: str = "upload") -> Path:
    raw = {"id": name, "version": 1, "title": "T",
           "description": "D",
           "fee": {"amount_cents": 0, "currency": "EUR", "legal_basis": "L"},
           "sections": [{"id": "s", "title": "S", "fields": [
               {"id": "name", "type": "text", "label": "N"}, field]}]}
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    return path


def _schema_ok(path: Path) -> bool:
    return not list(Draft202012Validator(SCHEMA).iter_errors(
        json.loads(path.read_text(encoding="utf-8"))))


def test_definition_options(tmp_path: Path) -> None:
    label = "Foto"
    path = _write(tmp_path, {"id": "photo", "type": "file", "label": label, "photo": True,
                             "accept": ["image/jpeg"], "max_bytes": 2_000_000})
    assert _schema_ok(path)
    field = load_form(path).field("photo")
    assert (field.photo, field.accept, field.max_bytes) == (True, ("image/jpeg",), 2_000_000)
    answers = {"name": "x", "photo": answer("p.jpg", photo_jpeg())}
    assert validate_form(load_form(path), answers) == {}


@pytest.mark.parametrize(("extra", "key"), [
    ({"photo": True, "accept": ["application/pdf"]}, "accept"),
    ({"accept": ["image/gif"]}, "accept[0]"),
    ({"accept": ["image/png", "image/png"]}, "accept[1]"),
    ({"accept": []}, "accept"),
    ({"max_bytes": 10}, "max_bytes"),
    ({"max_bytes": 60_000_000}, "max_bytes"),
    ({"pattern": "x"}, "pattern"),
    ({"prefill": "family_name"}, "prefill"),
    ({"max_length": 5}, "max_length"),
])
def test_definition_mistakes_are_refused_by_loader_and_schema(
        tmp_path: Path, extra: dict[str, object], key: str) -> None:
    path = _write(tmp_path, {"id": "doc", "type": "file",
                             "label": "D", **extra})
    with pytest.raises(FormDefinitionError) as info:
        load_form(path)
    assert info.value.key == f"sections[0].fields[1].{key}"
    assert not _schema_ok(path)


def test_no_file_inside_a_repeated_group(tmp_path: Path) -> None:
    path = _write(tmp_path, {"id": "people", "type": "group", "label": "P",
                             "fields": [{"id": "doc", "type": "file",
                                         "label": "D"}]})
    with pytest.raises(FormDefinitionError, match="repeated group"):
        load_form(path)
    assert not _schema_ok(path)


def test_shipped_form_asks_for_the_vehicle_registration() -> None:
    form = shipped_forms()["bewohnerparkausweis"]
    field = form.field("registration_certificate")
    assert (field.type, field.required, form.version) == ("file", False, 3)
    assert "Zulassungsbescheinigung Teil I" in field.label.source
    assert "registration certificate" in text(field.label, "en")
