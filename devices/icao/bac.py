"""Basic Access Control (ICAO 9303-11 section 4.3): keys from the MRZ, mutual authentication."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable

from devices.icao.apdu import Command, Response
from devices.icao.errors import CardProtocolError, WrongAccessKey
from devices.icao.mrz import MrzKeys
from devices.icao.sm import SecureMessaging, des3_decrypt, des3_encrypt, kdf, pad, retail_mac

Transmit = Callable[[Command], Response]


def basic_keys(keys: MrzKeys) -> tuple[bytes, bytes]:
    """(K_enc, K_mac) derived from the MRZ information."""
    k_seed = hashlib.sha1(keys.key_seed_info()).digest()[:16]  # noqa: S324 - ICAO 9303-11
    return kdf(k_seed, 1, "3DES"), kdf(k_seed, 2, "3DES")


def authenticate(transmit: Transmit, keys: MrzKeys, *,
                 rnd_ifd: bytes | None = None, k_ifd: bytes | None = None) -> SecureMessaging:
    """GET CHALLENGE + MUTUAL AUTHENTICATE; returns the secure-messaging session."""
    k_enc, k_mac = basic_keys(keys)
    challenge = transmit(Command(0x00, 0x84, 0x00, 0x00, le=8))
    if not challenge.ok or len(challenge.data) != 8:
        raise CardProtocolError(f"GET CHALLENGE failed: {challenge.sw:04X}")
    rnd_icc = challenge.data
    rnd_ifd = rnd_ifd if rnd_ifd is not None else os.urandom(8)
    k_ifd = k_ifd if k_ifd is not None else os.urandom(16)
    e_ifd = des3_encrypt(k_enc, rnd_ifd + rnd_icc + k_ifd)
    m_ifd = retail_mac(k_mac, pad(e_ifd, 8))
    resp = transmit(Command(0x00, 0x82, 0x00, 0x00, e_ifd + m_ifd, le=40))
    if resp.sw in (0x6300, 0x6982, 0x6988) or (resp.sw & 0xFFF0) == 0x63C0:
        raise WrongAccessKey(detail=f"MUTUAL AUTHENTICATE {resp.sw:04X}")
    if not resp.ok or len(resp.data) != 40:
        raise WrongAccessKey(detail=f"MUTUAL AUTHENTICATE {resp.sw:04X}")
    e_icc, m_icc = resp.data[:32], resp.data[32:]
    if retail_mac(k_mac, pad(e_icc, 8)) != m_icc:
        raise CardProtocolError("MUTUAL AUTHENTICATE response MAC does not verify")
    plain = des3_decrypt(k_enc, e_icc)
    if plain[:8] != rnd_icc or plain[8:16] != rnd_ifd:
        raise CardProtocolError("MUTUAL AUTHENTICATE nonces do not match")
    k_icc = plain[16:32]
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_icc, strict=True))
    ssc = int.from_bytes(rnd_icc[4:] + rnd_ifd[4:], "big")
    return SecureMessaging("3DES", kdf(seed, 1, "3DES"), kdf(seed, 2, "3DES"), ssc)
