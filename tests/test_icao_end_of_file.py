"""Chips that answer a READ BINARY beyond the end of a file in their own way (6282,
6Cxx, 6B00): a scripted BAC passport behind pyscard's transmit seam. Each read ends
in the document's data or in a clear error the citizen can act on, never a traceback."""

from __future__ import annotations

import pytest
from fakecard import FakeConnection
from scripted_passport import ScriptedPassport, exact_length, iso_partial, refuse

from devices.icao import errors, lds, tlv
from devices.icao.mrz import parse_mrz
from devices.icao.reader import CHUNK, ChipReader
from devices.pcsc import CardChannel
from kiosk.base.errors import UserFacingError

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
KEYS = parse_mrz(MRZ).keys()
DG1 = tlv.encode(0x61, tlv.encode(0x5F1F, MRZ.replace("\n", "").encode("ascii")))


def read_with(end_of_file, files: dict[int, bytes] | None = None):  # type: ignore[no-untyped-def]
    card = ScriptedPassport(KEYS, files or {lds.FID_DG[1]: DG1}, end_of_file)
    reader = ChipReader(CardChannel(FakeConnection(card)))
    return card, reader


@pytest.mark.parametrize("end_of_file", [iso_partial, exact_length, refuse],
                         ids=["6282", "6Cxx", "6B00"])
def test_dg1_is_read_whatever_the_chip_answers_at_the_end(end_of_file) -> None:  # type: ignore[no-untyped-def]
    assert len(DG1) < CHUNK  # the first read asks for more than the file holds
    card, reader = read_with(end_of_file)
    result = reader.read(KEYS)
    assert result.protocol == "BAC"
    assert (result.mrz.surname, result.mrz.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert result.mrz.check_digits_ok
    assert result.data_groups[1] == DG1
    first = card.reads[0]
    assert first[:2] == (0, CHUNK)
    assert first[2] == {iso_partial: 0x6282, exact_length: 0x6C00 | len(DG1),
                        refuse: 0x6B00}[end_of_file]


def test_6cxx_is_answered_with_the_exact_length() -> None:
    card, reader = read_with(exact_length)
    reader.read(KEYS)
    assert card.reads[:2] == [(0, CHUNK, 0x6C00 | len(DG1)), (0, len(DG1), 0x9000)]


def test_6b00_is_answered_by_reading_the_header_then_exactly_the_rest() -> None:
    card, reader = read_with(refuse)
    reader.read(KEYS)
    assert [r[2] for r in card.reads] == [0x6B00, 0x9000, 0x9000]
    header_offset, header_le, _ = card.reads[1]
    assert header_offset == 0
    assert header_le < 8
    assert card.reads[2][0] == header_le  # then the rest, from where the header ended
    assert header_le + card.reads[2][1] == len(DG1)


def test_a_larger_file_is_read_in_chunks_with_an_exact_last_read() -> None:
    dg2 = tlv.encode(0x75, tlv.encode(0x5F2E, b"\xff\xd8\xff" + bytes(700)))
    for end_of_file in (iso_partial, exact_length, refuse):
        card, reader = read_with(end_of_file, {lds.FID_DG[1]: DG1, lds.FID_DG[2]: dg2})
        result = reader.read(KEYS, photo=True)
        assert result.data_groups[2] == dg2, end_of_file
        assert result.face is not None
        assert result.face.mime_type == "image/jpeg"
        offset, le, sw = card.reads[-1]
        assert (offset + le, sw) == (len(dg2), 0x9000)  # the last read asks for what is left


def _truncated(content: bytes) -> bytes:
    """A file whose TLV header promises more bytes than the chip holds."""
    return content[:-10]


@pytest.mark.parametrize("end_of_file", [iso_partial, exact_length, refuse],
                         ids=["6282", "6Cxx", "6B00"])
def test_a_file_shorter_than_its_header_says_is_a_clear_error(end_of_file) -> None:  # type: ignore[no-untyped-def]
    _card, reader = read_with(end_of_file, {lds.FID_DG[1]: _truncated(DG1)})
    with pytest.raises(errors.CardProtocolError) as info:
        reader.read(KEYS)
    assert isinstance(info.value, UserFacingError)
    assert info.value.message.source.startswith("The document could not be read.")
    assert "ends early" in info.value.detail or "READ BINARY" in info.value.detail


def test_a_chip_that_repeats_6cxx_is_a_clear_error() -> None:
    def stubborn(content: bytes, offset: int, le: int) -> tuple[bytes, int]:
        return b"", 0x6C00 | (le - 1)  # never satisfied

    _card, reader = read_with(stubborn)
    with pytest.raises(errors.CardProtocolError) as info:
        reader.read(KEYS)
    assert "READ BINARY 6C" in info.value.detail


def test_a_chip_without_dg1_says_so() -> None:
    _card, reader = read_with(iso_partial, {lds.FID_DG[2]: b"\x75\x00"})
    with pytest.raises(errors.CardProtocolError) as info:
        reader.read(KEYS)
    assert info.value.detail == "the chip has no DG1"
