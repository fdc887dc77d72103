"""PACE with the generic mapping over ECDH (ICAO 9303-11 section 4.4), with MRZ or CAN,
and with chip authentication mapping (PACE-CAM, ``devices.icao.cam``) where the chip
offers it: CAM is generic mapping plus the chip's encrypted chip authentication data.

Sequence: MSE:Set AT, then four GENERAL AUTHENTICATE steps (encrypted nonce,
mapping, key agreement, mutual authentication tokens). The result is a
``SecureMessaging`` session with SSC 0 (3DES or AES, per the chosen OID) and, after
CAM, what the chip authentication check needs (checked once EF.CardSecurity is read).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from devices.icao import tlv
from devices.icao.access import AccessKey, Can
from devices.icao.apdu import Command, Response
from devices.icao.cam import PACE_ECDH_CAM, CamData
from devices.icao.ec import Curve, Point, standard_curve
from devices.icao.errors import CardBlocked, CardProtocolError, UnknownCard, WrongAccessKey
from devices.icao.mrz import MrzKeys
from devices.icao.sm import (
    KDF_ENC,
    KDF_MAC,
    KDF_PI,
    SecureMessaging,
    aes_cbc,
    aes_cmac8,
    des3_decrypt,
    kdf,
    pad,
    retail_mac,
)

Transmit = Callable[[Command], Response]
PACE_ECDH_GM = bytes.fromhex("04007F000702020402")  # id-PACE-ECDH-GM (0.4.0.127.0.7.2.2.4.2)
_CIPHERS = {1: ("3DES", 128), 2: ("AES", 128), 3: ("AES", 192), 4: ("AES", 256)}
_CAM_CIPHERS = (2, 3, 4)  # CAM is defined for AES only


@dataclass(frozen=True)
class PaceInfo:
    oid: bytes  # DER content of the protocol OID
    cipher: str
    key_bits: int
    parameter_id: int

    @property
    def cam(self) -> bool:
        """Chip authentication mapping (else generic mapping)."""
        return self.oid[:-1] == PACE_ECDH_CAM


@dataclass(frozen=True, repr=False)
class PaceResult:
    sm: SecureMessaging
    cam: CamData | None = None  # after PACE-CAM: for devices.icao.cam.verify


def pace_infos(card_access: bytes) -> list[PaceInfo]:
    """The PACEInfos of EF.CardAccess that use ECDH generic or chip authentication
    mapping, CAM first (it proves the chip genuine; its channel is generic mapping's)."""
    found: list[PaceInfo] = []
    try:
        root = tlv.parse_one(card_access, 0x31)
        for info in root.children():
            if info.tag != 0x30:
                continue
            parts = info.children()
            if len(parts) < 3 or parts[0].tag != 0x06:
                continue
            oid = parts[0].value
            if not ((oid[:-1] == PACE_ECDH_GM and oid[-1] in _CIPHERS)
                    or (oid[:-1] == PACE_ECDH_CAM and oid[-1] in _CAM_CIPHERS)):
                continue
            cipher, bits = _CIPHERS[oid[-1]]
            found.append(PaceInfo(oid, cipher, bits, int.from_bytes(parts[2].value, "big")))
    except tlv.TlvError as exc:
        raise CardProtocolError(f"EF.CardAccess: {exc}") from None
    return sorted(found, key=lambda info: not info.cam)


def password_key(secret: MrzKeys | str, cipher: str, key_bits: int) -> tuple[bytes, int]:
    """K_pi and the password reference (1 MRZ, 2 CAN)."""
    if isinstance(secret, MrzKeys):
        pw, ref = hashlib.sha1(secret.key_seed_info()).digest(), 1  # noqa: S324 - ICAO 9303-11
    else:
        pw, ref = secret.encode("ascii"), 2
    return kdf(pw, KDF_PI, cipher, key_bits), ref


def _ga(transmit: Transmit, inner_tag: int, value: bytes, *, last: bool = False) -> bytes:
    items = _ga_items(transmit, inner_tag, value, last=last)
    return items[0].value if items else b""


def _ga_items(transmit: Transmit, inner_tag: int, value: bytes, *,
              last: bool = False) -> list[tlv.Tlv]:
    body = tlv.encode(0x7C, tlv.encode(inner_tag, value) if inner_tag else b"")
    resp = transmit(Command(0x00 if last else 0x10, 0x86, 0x00, 0x00, body, le=256))
    if (resp.sw & 0xFFF0) == 0x63C0:
        if resp.sw == 0x63C0:
            raise CardBlocked(detail="PACE: no tries left")
        if resp.sw == 0x63C1:
            raise CardBlocked(detail="PACE: password suspended; the CAN is needed first")
        raise WrongAccessKey(detail=f"GENERAL AUTHENTICATE {resp.sw:04X}")
    if resp.sw in (0x6300, 0x6982):
        raise WrongAccessKey(detail=f"GENERAL AUTHENTICATE {resp.sw:04X}")
    if resp.sw in (0x6983, 0x6984):
        raise CardBlocked(detail=f"GENERAL AUTHENTICATE {resp.sw:04X}")
    if not resp.ok:
        raise CardProtocolError(f"GENERAL AUTHENTICATE {resp.sw:04X}")
    try:
        return tlv.parse_one(resp.data, 0x7C).children()
    except tlv.TlvError as exc:
        raise CardProtocolError(f"GENERAL AUTHENTICATE: {exc}") from None


def auth_token(info: PaceInfo, k_mac: bytes, curve: Curve, point: Point) -> bytes:
    """T = MAC(K_mac, public key data object of the other side's ephemeral key)."""
    data = tlv.encode(0x7F49, tlv.encode(0x06, info.oid) + tlv.encode(0x86, curve.encode(point)))
    if info.cipher == "3DES":
        return retail_mac(k_mac, pad(data, 8))
    return aes_cmac8(k_mac, data)


@dataclass
class PaceTerminal:
    """The terminal's side of one PACE run; split in steps so tests can feed ICAO vectors."""

    info: PaceInfo
    curve: Curve
    k_pi: bytes

    def decrypt_nonce(self, z: bytes) -> int:
        if self.info.cipher == "3DES":
            s = des3_decrypt(self.k_pi, z)
        else:
            s = aes_cbc(self.k_pi, z, b"\x00" * 16, decrypt=True)
        return int.from_bytes(s, "big")

    def mapped_generator(self, s: int, sk_map: int, pk_map_ic: Point) -> Point:
        h = self.curve.mul(sk_map, pk_map_ic)
        return self.curve.add(self.curve.mul(s, self.curve.g), h)

    def session_keys(self, shared_x: int) -> tuple[bytes, bytes]:
        secret = shared_x.to_bytes(self.curve.size, "big")
        return (kdf(secret, KDF_ENC, self.info.cipher, self.info.key_bits),
                kdf(secret, KDF_MAC, self.info.cipher, self.info.key_bits))


def authenticate(transmit: Transmit, secret: AccessKey, card_access: bytes) -> PaceResult:
    infos = [i for i in pace_infos(card_access) if standard_curve(i.parameter_id) is not None]
    if not infos:
        raise UnknownCard(detail="no supported PACE ECDH-GM or -CAM parameters in "
                                 "EF.CardAccess")
    info = infos[0]
    curve = standard_curve(info.parameter_id)
    assert curve is not None
    if isinstance(secret, Can):
        k_pi, ref = password_key(secret.value, info.cipher, info.key_bits)
    elif isinstance(secret, MrzKeys):
        k_pi, ref = password_key(secret, info.cipher, info.key_bits)
    else:
        raise TypeError("PACE needs a CAN or MRZ keys")
    terminal = PaceTerminal(info, curve, k_pi)
    mse = tlv.encode(0x80, info.oid) + tlv.encode(0x83, bytes([ref]))
    resp = transmit(Command(0x00, 0x22, 0xC1, 0xA4, mse))
    if resp.sw == 0x63C1 or resp.sw == 0x63C0 or resp.sw in (0x6983, 0x6984):
        raise CardBlocked(detail=f"MSE:Set AT {resp.sw:04X}")
    if not resp.ok and (resp.sw & 0xFFF0) != 0x63C0:
        raise CardProtocolError(f"MSE:Set AT {resp.sw:04X}")
    z = _ga(transmit, 0, b"")
    s = terminal.decrypt_nonce(z)
    sk_map = curve.random_scalar()
    try:
        pk_map_ic = curve.decode(_ga(transmit, 0x81, curve.encode(curve.mul(sk_map, curve.g))))
        g_mapped = terminal.mapped_generator(s, sk_map, pk_map_ic)
        sk_eph = curve.random_scalar()
        pk_eph = curve.mul(sk_eph, g_mapped)
        pk_eph_ic = curve.decode(_ga(transmit, 0x83, curve.encode(pk_eph)))
    except ValueError as exc:
        raise CardProtocolError(f"PACE: {exc}") from None
    if pk_eph_ic == pk_eph:
        raise CardProtocolError("PACE: the chip echoed the terminal's key")
    shared = curve.mul(sk_eph, pk_eph_ic)
    if shared is None:
        raise CardProtocolError("PACE: shared secret is the point at infinity")
    k_enc, k_mac = terminal.session_keys(shared[0])
    last = {item.tag: item.value for item in _ga_items(
        transmit, 0x85, auth_token(info, k_mac, curve, pk_eph_ic), last=True)}
    if last.get(0x86) != auth_token(info, k_mac, curve, pk_eph):
        # A wrong password makes the keys differ; most chips already answer 6300 above.
        raise WrongAccessKey(detail="PACE: the chip's authentication token does not verify")
    sm = SecureMessaging(info.cipher, k_enc, k_mac, 0)
    if not info.cam:
        return PaceResult(sm)
    # No 8A: CamData with nothing to decrypt, which the check reports as failed.
    return PaceResult(sm, CamData(curve, pk_map_ic, last.get(0x8A, b""), k_enc))
