"""Error paths through a scripted card (FakeConnection behind pyscard's transmit seam)."""

from __future__ import annotations

import pytest
from fakecard import FakeConnection
from smartcard.Exceptions import CardConnectionException

from devices.icao import errors
from devices.icao.access import Can
from devices.icao.mrz import MrzKeys
from devices.icao.reader import ChipReader
from devices.pcsc import ApduTrace, CardChannel

KEYS = MrzKeys("L898902C", "690806", "940623")


def reader_for(handler) -> tuple[ChipReader, FakeConnection]:  # type: ignore[no-untyped-def]
    conn = FakeConnection(handler)
    return ChipReader(CardChannel(conn)), conn


def by_ins(table: dict[int, tuple[bytes, int]]):  # type: ignore[no-untyped-def]
    def handle(apdu: bytes) -> tuple[bytes, int]:
        if apdu[1] == 0xB0 and apdu[2] == 0x9C:
            return b"", 0x6A82  # no EF.CardAccess: a BAC passport
        return table.get(apdu[1], (b"", 0x6D00))
    return handle


def test_a_card_without_the_icao_application_is_unknown() -> None:
    reader, _ = reader_for(by_ins({0xA4: (b"", 0x6A82)}))
    with pytest.raises(errors.UnknownCard):
        reader.read(KEYS)


def test_wrong_mrz_is_a_clear_error() -> None:
    reader, _ = reader_for(by_ins({0xA4: (b"", 0x9000), 0x84: (bytes(8), 0x9000),
                                   0x82: (b"", 0x6300)}))
    with pytest.raises(errors.WrongAccessKey) as info:
        reader.read(KEYS)
    assert "did not accept" in info.value.message.source


def test_a_blocked_card_is_reported_as_blocked() -> None:
    reader, _ = reader_for(by_ins({0xA4: (b"", 0x9000), 0x84: (bytes(8), 0x9000),
                                   0x82: (b"", 0x6983)}))
    with pytest.raises(errors.CardBlocked):
        reader.read(KEYS)


def test_card_removed_mid_read() -> None:
    calls = []

    def handle(apdu: bytes) -> tuple[bytes, int]:
        calls.append(apdu)
        if len(calls) > 2:
            raise CardConnectionException("Card was removed")
        return by_ins({0xA4: (b"", 0x9000)})(apdu)

    reader, _ = reader_for(handle)
    with pytest.raises(errors.CardRemoved):
        reader.read(KEYS)


def test_can_without_pace_support_is_an_unknown_card() -> None:
    reader, _ = reader_for(by_ins({0xA4: (b"", 0x9000)}))
    with pytest.raises(errors.UnknownCard):
        reader.read(Can("123456"))


def test_can_must_be_six_digits() -> None:
    with pytest.raises(errors.WrongAccessKey):
        Can("12345")


def test_reader_without_extended_length_is_reported() -> None:
    from devices.icao.apdu import Command
    from devices.icao.sm import SecureMessaging

    reader, _ = reader_for(lambda apdu: (b"", 0x6700))
    reader.sm = SecureMessaging("3DES", bytes(16), bytes(16), 0)
    with pytest.raises(errors.NoExtendedLength):
        reader.send(Command(0x00, 0xB0, 0x00, 0x00, le=4000))


def test_trace_never_shows_keys_or_mrz_data() -> None:
    trace = ApduTrace()
    conn = FakeConnection(by_ins({0xA4: (b"", 0x9000), 0x84: (bytes(8), 0x9000),
                                  0x82: (b"", 0x6300)}))
    with pytest.raises(errors.WrongAccessKey):
        ChipReader(CardChannel(conn, trace=trace)).read(KEYS)
    text = "\n".join(trace.lines)
    mutual_auth = conn.commands[-1][5:45].hex().upper()
    assert "A0000002471001" in text  # the SELECT of the application is shown
    assert mutual_auth not in text
    assert "[redacted]" in text
    assert "L898902C" not in text


def test_reader_refusing_extended_apdus_is_not_a_removed_card() -> None:
    """The reader's driver fails the transmit while the card stays: NoExtendedLength."""
    from devices.icao.apdu import Command
    from devices.icao.sm import SecureMessaging

    def handle(apdu: bytes) -> tuple[bytes, int]:
        if len(apdu) > 5 and apdu[4] == 0x00:  # extended length
            raise CardConnectionException("Failed to transmit with protocol T1")
        return b"", 0x9000

    reader, _ = reader_for(handle)
    reader.sm = SecureMessaging("3DES", bytes(16), bytes(16), 0)
    with pytest.raises(errors.NoExtendedLength):
        reader.send(Command(0x00, 0xB0, 0x00, 0x00, le=4000))


CARD_ACCESS = bytes.fromhex("31143012060A04007F0007020204020202010202010D")


def test_pace_with_a_suspended_can_is_reported_as_blocked() -> None:
    def handle(apdu: bytes) -> tuple[bytes, int]:
        if apdu[1] == 0xB0 and apdu[2] == 0x9C:
            return CARD_ACCESS, 0x9000
        if apdu[1] == 0x22:
            return b"", 0x63C1  # one try left: suspended until the CAN is given
        return b"", 0x6D00

    reader, _ = reader_for(handle)
    with pytest.raises(errors.CardBlocked):
        reader.read(Can("123456"))


def test_pace_wrong_can_from_general_authenticate() -> None:
    def handle(apdu: bytes) -> tuple[bytes, int]:
        if apdu[1] == 0xB0 and apdu[2] == 0x9C:
            return CARD_ACCESS, 0x9000
        if apdu[1] == 0x22:
            return b"", 0x9000
        if apdu[1] == 0x86:
            return b"", 0x63C2
        return b"", 0x6D00

    reader, _ = reader_for(handle)
    with pytest.raises(errors.WrongAccessKey):
        reader.read(Can("123456"))


def test_dg2_jpeg2000_image_is_extracted() -> None:
    from devices.icao import lds, tlv

    jp2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n" + bytes(50)
    record = b"FAC\x000010\x00" + bytes(40) + jp2
    dg2 = tlv.encode(0x75, tlv.encode(0x7F61, tlv.encode(0x02, b"\x01") + tlv.encode(
        0x7F60, tlv.encode(0xA1, b"\x87\x02\x01\x01") + tlv.encode(0x5F2E, record))))
    face = lds.parse_dg2(dg2)
    assert face is not None
    assert face.mime_type == "image/jp2"
    assert face.data == jp2
