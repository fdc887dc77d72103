"""A scripted ID card chip with PACE-CAM behind pyscard's transmit seam (test-only).

The card side of ICAO 9303-11 PACE (ECDH generic mapping on brainpoolP256r1, AES-128)
with chip authentication mapping, and AES secure messaging, written from the standard
with the primitives the ICAO worked examples check (tests/test_icao_pace.py,
tests/test_icao_cam.py): vicc's nPA cannot do CAM (OpenPACE 1.1.2 has none). Files:
EF.CardAccess by short file identifier, EF.CardSecurity in the master file, the eMRTD
application's DG1 and EF.SOD.
"""

from __future__ import annotations

import os

from camgen import BP256, ORDER, encrypted_ca_data

from devices.icao import lds, tlv
from devices.icao.pace import PaceInfo, auth_token, password_key
from devices.icao.sm import KDF_ENC, KDF_MAC, SecureMessaging, aes_cbc, kdf, pad, unpad

CAM_AES_128 = bytes.fromhex("04007F00070202040602")
CARD_ACCESS = tlv.encode(0x31, tlv.encode(0x30, tlv.encode(0x06, CAM_AES_128)
                                          + tlv.encode(0x02, b"\x02")
                                          + tlv.encode(0x02, b"\x0d")))
INFO = PaceInfo(CAM_AES_128, "AES", 128, 13)


class PaceCamChip:
    def __init__(self, can: str, sk_ic: int, card_security: bytes | None,
                 application: dict[int, bytes], *, send_ca_data: bool = True) -> None:
        self.k_pi = password_key(can, "AES", 128)[0]
        self.sk_ic = sk_ic
        self.master = {lds.FID_CARD_SECURITY: card_security} if card_security else {}
        self.application = application
        self.send_ca_data = send_ca_data
        self.step = 0
        self.sm: SecureMessaging | None = None
        self.current = self.master
        self.selected: bytes | None = None

    def __call__(self, apdu: bytes) -> tuple[bytes, int]:
        if apdu[0] & 0x0C == 0x0C and self.sm is not None:
            return self._protected(apdu)
        self.sm = None  # a plain command ends secure messaging
        ins, p1 = apdu[1], apdu[2]
        if ins == 0xB0 and p1 == 0x9C:
            return CARD_ACCESS, 0x9000
        if ins == 0x22:
            self.step = 0
            return b"", 0x9000
        if ins == 0x86:
            return self._general_authenticate(apdu[5:5 + apdu[4]])
        return b"", 0x6982

    # -- PACE, card side -----------------------------------------------------------------
    def _general_authenticate(self, body: bytes) -> tuple[bytes, int]:
        items = tlv.parse_one(body, 0x7C).children()
        value = items[0].value if items else b""
        self.step += 1
        curve = BP256
        if self.step == 1:
            self.s = os.urandom(16)
            return tlv.encode(0x7C, tlv.encode(0x80, aes_cbc(self.k_pi, self.s, bytes(16)))), \
                0x9000
        if self.step == 2:
            self.sk_map = int.from_bytes(os.urandom(32), "big") % (ORDER - 1) + 1
            pk_map_ifd = curve.decode(value)
            self.g = curve.add(curve.mul(int.from_bytes(self.s, "big"), curve.g),
                               curve.mul(self.sk_map, pk_map_ifd))
            return tlv.encode(0x7C, tlv.encode(0x82, curve.encode(
                curve.mul(self.sk_map, curve.g)))), 0x9000
        if self.step == 3:
            sk_eph = int.from_bytes(os.urandom(32), "big") % (ORDER - 1) + 1
            self.pk_eph_ifd = curve.decode(value)
            self.pk_eph_ic = curve.mul(sk_eph, self.g)
            shared = curve.mul(sk_eph, self.pk_eph_ifd)
            assert shared is not None
            secret = shared[0].to_bytes(curve.size, "big")
            self.k_enc = kdf(secret, KDF_ENC, "AES", 128)
            self.k_mac = kdf(secret, KDF_MAC, "AES", 128)
            return tlv.encode(0x7C, tlv.encode(0x84, curve.encode(self.pk_eph_ic))), 0x9000
        if value != auth_token(INFO, self.k_mac, curve, self.pk_eph_ic):
            return b"", 0x6300
        answer = tlv.encode(0x86, auth_token(INFO, self.k_mac, curve, self.pk_eph_ifd))
        if self.send_ca_data:
            answer += tlv.encode(0x8A, encrypted_ca_data(self.k_enc, self.sk_ic, self.sk_map))
        self.sm = SecureMessaging("AES", self.k_enc, self.k_mac, 0)
        return tlv.encode(0x7C, answer), 0x9000

    # -- secure messaging, card side -----------------------------------------------------
    def _protected(self, apdu: bytes) -> tuple[bytes, int]:
        sm = self.sm
        assert sm is not None
        sm.ssc += 1
        objects = {obj.tag: obj for obj in tlv.parse(apdu[5:5 + apdu[4]])}
        covered = b"".join(tlv.encode(t, objects[t].value) for t in (0x87, 0x97) if t in objects)
        if sm.mac(pad(apdu[:4], 16) + covered) != objects[0x8E].value:
            return b"", 0x6988
        data = b""
        if 0x87 in objects:
            iv = aes_cbc(sm.k_enc, sm.ssc.to_bytes(16, "big"), bytes(16))
            data = unpad(aes_cbc(sm.k_enc, objects[0x87].value[1:], iv, decrypt=True))
        le = objects[0x97].value[0] if 0x97 in objects else 0
        answer, sw = self._command(apdu[1], apdu[2], apdu[3], data, le or 256)
        sm.ssc += 1
        body = b""
        if answer:
            iv = aes_cbc(sm.k_enc, sm.ssc.to_bytes(16, "big"), bytes(16))
            body += tlv.encode(0x87, b"\x01" + aes_cbc(sm.k_enc, pad(answer, 16), iv))
        body += tlv.encode(0x99, sw.to_bytes(2, "big"))
        return body + tlv.encode(0x8E, sm.mac(body)), 0x9000

    def _command(self, ins: int, p1: int, p2: int, data: bytes, le: int) -> tuple[bytes, int]:
        if ins == 0xA4 and p1 == 0x04:
            if data != lds.AID_EMRTD:
                return b"", 0x6A82
            self.current, self.selected = self.application, None
            return b"", 0x9000
        if ins == 0xA4:
            fid = int.from_bytes(data, "big")
            if fid not in self.current:
                return b"", 0x6A82
            self.selected = self.current[fid]
            return b"", 0x9000
        if ins == 0xB0 and self.selected is not None:
            offset = (p1 << 8) | p2
            content = self.selected
            if offset >= len(content):
                return b"", 0x6B00
            part = content[offset:offset + le]
            return part, 0x9000 if len(part) == le else 0x6282
        return b"", 0x6D00
