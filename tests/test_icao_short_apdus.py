"""Readers without extended length, behind pyscard's transmit seam (scripted BAC passport):
every file is read with short APDUs chained in 223-byte steps; a reader asked for
extended APDUs that refuses one gets the whole read again with short ones; and a
success status without secure messaging is refused, never taken for the chip's."""

from __future__ import annotations

import logging
import os

import pytest
from fakecard import FakeConnection
from scripted_passport import ScriptedPassport, exact_length, iso_partial, refuse
from sodgen import make_pki, make_sod, write_csca

from devices.icao import errors, lds, tlv
from devices.icao.mrz import parse_mrz
from devices.icao.reader import CHUNK, ChipReader, DocumentRead
from devices.pcsc import CardChannel

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
KEYS = parse_mrz(MRZ).keys()
DG1 = tlv.encode(0x61, tlv.encode(0x5F1F, MRZ.replace("\n", "").encode("ascii")))
JPEG = b"\xff\xd8\xff\xe0" + os.urandom(5000) + b"\xff\xd9"
DG2 = tlv.encode(0x75, tlv.encode(0x5F2E, JPEG))


def extended(apdu: bytes) -> bool:
    """An extended-length command APDU (ISO 7816-4: '00' where a short Lc or Le stands)."""
    return len(apdu) > 5 and apdu[4] == 0


class ShortOnlyReader:
    """A reader (or its driver) that answers 6700 to every extended APDU, before the card."""

    def __init__(self, card: ScriptedPassport) -> None:
        self.card = card
        self.refused = 0

    def __call__(self, apdu: bytes) -> tuple[bytes, int]:
        if extended(apdu):
            self.refused += 1
            return b"", 0x6700
        return self.card(apdu)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path_factory.mktemp("csca"), csca)
    return store, make_sod({1: DG1, 2: DG2}, ds_key, ds)


def _read(pki, end_of_file, *, extended_length: bool,  # type: ignore[no-untyped-def]
          ) -> tuple[ShortOnlyReader, FakeConnection, DocumentRead]:
    store, sod = pki
    card = ScriptedPassport(KEYS, {lds.FID_DG[1]: DG1, lds.FID_DG[2]: DG2, lds.FID_SOD: sod},
                            end_of_file)
    reader = ShortOnlyReader(card)
    connection = FakeConnection(reader)
    result = ChipReader(CardChannel(connection), extended_length=extended_length).read(
        KEYS, photo=True, csca_dir=store)
    return reader, connection, result


@pytest.mark.parametrize("end_of_file", [iso_partial, exact_length, refuse],
                         ids=["6282", "6Cxx", "6B00"])
def test_short_apdus_only_read_the_photo_and_the_sod(pki, end_of_file) -> None:  # type: ignore[no-untyped-def]
    reader, connection, result = _read(pki, end_of_file, extended_length=False)
    assert reader.refused == 0
    assert not any(extended(apdu) for apdu in connection.commands)
    assert result.face is not None
    assert result.face.data == JPEG
    assert result.passive_authentication == "valid", result.passive_authentication_detail
    dg2_reads = [r for r in reader.card.reads if r[0] > 0 and r[1] <= CHUNK]
    assert len(dg2_reads) >= len(DG2) // CHUNK
    assert all(le <= CHUNK for _offset, le, _sw in reader.card.reads)


def test_a_reader_that_refuses_extended_apdus_gets_the_read_again_short(
        pki, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="devices.icao.reader")
    reader, connection, result = _read(pki, iso_partial, extended_length=True)
    assert reader.refused == 1  # the first extended READ BINARY, then short APDUs only
    assert [extended(a) for a in connection.commands].count(True) == 1
    assert reader.card.aborted == 1  # the card's SM session ended; access control again
    assert result.protocol == "BAC"
    assert result.face is not None
    assert result.face.data == JPEG
    assert result.passive_authentication == "valid", result.passive_authentication_detail
    assert result.apdu_count == len(connection.commands)
    assert "reading again with short APDUs" in caplog.text


class _Impostor(ScriptedPassport):
    """Answers READ BINARY of DG1 with a plain 9000: something on the line, not the chip."""

    def _protected(self, apdu: bytes) -> tuple[bytes, int]:
        if apdu[1] == 0xB0:
            return b"", 0x9000
        return super()._protected(apdu)


def test_an_unprotected_success_under_secure_messaging_is_refused() -> None:
    card = _Impostor(KEYS, {lds.FID_DG[1]: DG1}, iso_partial)
    with pytest.raises(errors.CardProtocolError) as info:
        ChipReader(CardChannel(FakeConnection(card))).read(KEYS)
    assert info.value.detail == "unprotected status 9000 under SM"
