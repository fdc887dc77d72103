"""ICAO 9303-11 worked examples (Appendix D: BAC and secure messaging) and MRZ specimens."""

from __future__ import annotations

import pytest

from devices.icao import bac, lds, tlv
from devices.icao.apdu import Command, Response
from devices.icao.mrz import MrzError, MrzKeys, check_digit, parse_mrz
from devices.icao.sm import SecureMessaging


def with_parity(key: bytes) -> bytes:
    """DES odd parity, as the ICAO example prints its keys (DES ignores parity)."""
    out = bytearray()
    for b in key:
        b &= 0xFE
        out.append(b | (bin(b).count("1") % 2 == 0))
    return bytes(out)


H = bytes.fromhex
ICAO_KEYS = MrzKeys("L898902C", "690806", "940623")


def test_bac_key_derivation_matches_icao_appendix_d() -> None:
    assert ICAO_KEYS.key_seed_info() == b"L898902C<369080619406236"
    k_enc, k_mac = bac.basic_keys(ICAO_KEYS)
    assert with_parity(k_enc) == H("AB94FDECF2674FDFB9B391F85D7F76F2")
    assert with_parity(k_mac) == H("7962D9ECE03D1ACD4C76089DCE131543")


def test_bac_mutual_authentication_matches_icao_appendix_d() -> None:
    sent: list[Command] = []

    def card(cmd: Command) -> Response:
        sent.append(cmd)
        if cmd.ins == 0x84:
            return Response(H("4608F91988702212"), 0x9000)
        return Response(H("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F"
                          "2F2D235D074D7449"), 0x9000)

    sm = bac.authenticate(card, ICAO_KEYS, rnd_ifd=H("781723860C06C226"),
                          k_ifd=H("0B795240CB7049B01C19B33E32804F0B"))
    assert sent[1].data == H("72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2"
                             "5F1448EEA8AD90A7")
    assert with_parity(sm.k_enc) == H("979EC13B1CBFE9DCD01AB0FED307EAE5")
    assert with_parity(sm.k_mac) == H("F1CB1F1FB5ADF208806B89DC579DC1F8")
    assert sm.ssc == 0x887022120C06C226


def test_secure_messaging_matches_icao_appendix_d() -> None:
    sm = SecureMessaging("3DES", H("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                         H("F1CB1F1FB5ADF208806B89DC579DC1F8"), 0x887022120C06C226)
    select = sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("011E")))
    assert select.encode() == H("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800")
    assert sm.unwrap(Response(H("990290008E08FA855A5D4C50A8ED"), 0x9000)).sw == 0x9000
    read = sm.wrap(Command(0x00, 0xB0, 0x00, 0x00, le=4))
    assert read.encode() == H("0CB000000D9701048E08ED6705417E96BA5500")
    resp = sm.unwrap(Response(H("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED"), 0x9000))
    assert resp.data == H("60145F01")
    read2 = sm.wrap(Command(0x00, 0xB0, 0x00, 0x04, le=0x12))
    assert read2.encode() == H("0CB000040D9701128E082EA28A70F3C7B53500")
    resp2 = sm.unwrap(Response(H(
        "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D74"),
        0x9000))
    assert resp2.data == H("04303130365F36063034303030305C026175")
    com = lds.parse_com(H("60145F01") + resp2.data)
    assert com.data_groups == (1, 2)


def test_sm_rejects_a_forged_mac() -> None:
    from devices.icao.errors import CardProtocolError

    sm = SecureMessaging("3DES", H("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                         H("F1CB1F1FB5ADF208806B89DC579DC1F8"), 0x887022120C06C227)
    with pytest.raises(CardProtocolError):
        sm.unwrap(Response(H("990290008E08FA855A5D4C50A8EE"), 0x9000))


def test_aes_secure_messaging_round_trip() -> None:
    """AES SM: the terminal's wrap checks against an independent card-side computation."""
    from devices.icao.sm import aes_cbc, aes_cmac8, pad

    k_enc, k_mac = bytes(range(16)), bytes(range(16, 32))
    sm = SecureMessaging("AES", k_enc, k_mac, 0)
    cmd = sm.wrap(Command(0x00, 0xA4, 0x02, 0x0C, H("0101")))
    objects = {t.tag: t.value for t in tlv.parse(cmd.data)}
    ssc = (1).to_bytes(16, "big")
    iv = aes_cbc(k_enc, ssc, bytes(16))
    assert aes_cbc(k_enc, objects[0x87][1:], iv, decrypt=True) == pad(H("0101"), 16)
    header = pad(H("0CA4020C"), 16)
    mac_input = pad(ssc + header + tlv.encode(0x87, objects[0x87]), 16)
    assert objects[0x8E] == aes_cmac8(k_mac, mac_input)
    # card answers 9000 under SM with SSC 2
    ssc2 = (2).to_bytes(16, "big")
    do99 = tlv.encode(0x99, H("9000"))
    mac = aes_cmac8(k_mac, pad(ssc2 + do99, 16))
    assert sm.unwrap(Response(do99 + tlv.encode(0x8E, mac), 0x9000)).sw == 0x9000


# ICAO 9303 specimens (parts 4, 5 and 6)
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n"
       "D231458907UTO7408122F1204159<<<<<<<6")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<\n"
       "7408122F1204159UTO<<<<<<<<<<<6\n"
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")


@pytest.mark.parametrize(("text", "fmt", "number"), [
    (TD3, "TD3", "L898902C3"), (TD2, "TD2", "D23145890"), (TD1, "TD1", "D23145890")])
def test_icao_specimen_mrzs(text: str, fmt: str, number: str) -> None:
    m = parse_mrz(text)
    assert (m.format, m.surname, m.given_names, m.document_number) == \
        (fmt, "ERIKSSON", "ANNA MARIA", number)
    assert (m.issuing_state, m.nationality, m.sex) == ("UTO", "UTO", "F")
    assert m.birth_date_iso() == "1974-08-12"
    assert m.expiry_date_iso() == "2012-04-15"
    assert m.check_digits_ok


def test_a_wrong_check_digit_is_reported() -> None:
    assert not parse_mrz(TD3.replace("ZE184226B<<<<<10", "ZE184226B<<<<<11")).check_digits_ok
    assert check_digit("L898902C3") == "6"


def test_german_id_card_td1_with_a_long_number() -> None:
    """BSI specimen of the German ID card (TD1; 'D' as issuing state and nationality)."""
    m = parse_mrz("IDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\n"
                  "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")
    assert (m.document_number, m.surname, m.given_names, m.nationality) == \
        ("T22000129", "MUSTERMANN", "ERIKA", "D")
    assert m.check_digits_ok


def test_malformed_mrz_raises_mrz_error() -> None:
    with pytest.raises(MrzError):
        parse_mrz("P<UTO")
    with pytest.raises(MrzError):
        parse_mrz(TD3.lower().replace("<", "*"))


def test_td1_long_number_marker_without_digits_is_no_crash() -> None:
    """Found by hypothesis: '<' as check digit and optional data starting with '<'."""
    m = parse_mrz("I<UTOD23145890<<A<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\n"
                  "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
    assert m.document_number == "D23145890"
    assert not m.check_digits_ok
