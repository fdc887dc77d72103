"""PACE generic mapping (ECDH, brainpoolP256r1) against ICAO 9303-11 worked example G.1."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ec as crypto_ec

from devices.icao import pace
from devices.icao.ec import standard_curve
from devices.icao.mrz import MrzKeys

H = bytes.fromhex
BP = standard_curve(13)
INFO = pace.PaceInfo(H("04007F00070202040202"), "AES", 128, 13)


def pt(x: str, y: str) -> tuple[int, int]:
    return int(x, 16), int(y, 16)


# published coefficient b of each curve (b follows from p, a and G: checks p and a)
B_PREFIX = {8: "64210519e59c80e7", 10: "b4050a850c04b3ab", 12: "5ac635d8aa3a93e7",
            13: "26dc5c6ce94a4b44", 15: "b3312fa7e23ee7e4", 16: "4a8c7dd22ce28268",
            17: "3df91610a83441ca", 18: "51953eb9618e1c9a"}


@pytest.mark.parametrize("pid", sorted(B_PREFIX))
def test_curve_arithmetic_agrees_with_cryptography(pid: int) -> None:
    curve = standard_curve(pid)
    assert curve is not None
    std = {8: crypto_ec.SECP192R1(), 10: crypto_ec.SECP224R1(), 12: crypto_ec.SECP256R1(),
           13: crypto_ec.BrainpoolP256R1(), 15: crypto_ec.SECP384R1(),
           16: crypto_ec.BrainpoolP384R1(), 17: crypto_ec.BrainpoolP512R1(),
           18: crypto_ec.SECP521R1()}[pid]
    assert f"{curve.b:x}".startswith(B_PREFIX[pid])
    k = 0x1234567890ABCDEF1234567890ABCDEF
    pub = crypto_ec.derive_private_key(k, std).public_key().public_numbers()
    assert curve.mul(k, curve.g) == (pub.x, pub.y)


def test_pace_ecdh_gm_matches_icao_worked_example() -> None:
    assert BP is not None
    # MRZ of the worked example: T22000129 / 640812 / 101031
    k_pi, ref = pace.password_key(MrzKeys("T22000129", "640812", "101031"), "AES", 128)
    assert ref == 1
    assert k_pi == H("89DED1B26624EC1E634C1989302849DD")
    terminal = pace.PaceTerminal(INFO, BP, k_pi)
    s = terminal.decrypt_nonce(H("95A3A016522EE98D01E76CB6B98B42C3"))
    assert s == int("3F00C4D39D153F2B2A214A078D899B22", 16)
    sk_map = int("7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99", 16)
    assert BP.mul(sk_map, BP.g) == pt(
        "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E",
        "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D")
    pk_map_ic = pt("824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57",
                   "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54")
    g_mapped = terminal.mapped_generator(s, sk_map, pk_map_ic)
    assert g_mapped == pt("8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2",
                          "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522")
    sk_eph = int("A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595", 16)
    pk_eph = BP.mul(sk_eph, g_mapped)
    assert pk_eph == pt("2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C",
                        "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462")
    pk_eph_ic = pt("9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB",
                   "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094")
    shared = BP.mul(sk_eph, pk_eph_ic)
    assert shared is not None
    assert shared[0] == int("28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925",
                            16)
    k_enc, k_mac = terminal.session_keys(shared[0])
    assert k_enc == H("F5F0E35C0D7161EE6724EE513A0D9A7F")
    assert k_mac == H("FE251C7858B356B24514B3BD5F4297D1")
    assert pace.auth_token(INFO, k_mac, BP, pk_eph_ic) == H("C2B0BD78D94BA866")
    assert pace.auth_token(INFO, k_mac, BP, pk_eph) == H("3ABB9674BCE93C08")


def test_card_access_parsing() -> None:
    # EF.CardAccess of the worked example: PACE-ECDH-GM-AES-CBC-CMAC-128, parameter 13
    data = H("31143012060A04007F0007020204020202010202010D")
    (info,) = pace.pace_infos(data)
    assert (info.cipher, info.key_bits, info.parameter_id) == ("AES", 128, 13)
