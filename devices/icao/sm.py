"""Secure messaging (ICAO 9303-11 section 9.8): 3DES and AES, and the session key derivation."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.cmac import CMAC

from devices.icao import tlv
from devices.icao.apdu import Command, Response
from devices.icao.errors import CardProtocolError

KDF_ENC, KDF_MAC, KDF_PI = 1, 2, 3


def pad(data: bytes, block: int) -> bytes:
    """ISO/IEC 9797-1 padding method 2."""
    data += b"\x80"
    return data + b"\x00" * (-len(data) % block)


def unpad(data: bytes) -> bytes:
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80"):
        raise CardProtocolError("bad padding in secure-messaging response")
    return stripped[:-1]


def kdf(secret: bytes, counter: int, cipher: str, key_bits: int = 128) -> bytes:
    """ICAO 9303-11 9.7.1: key from shared secret and counter (1 enc, 2 mac, 3 password)."""
    data = secret + counter.to_bytes(4, "big")
    if cipher == "3DES":
        return hashlib.sha1(data).digest()[:16]  # noqa: S324 - ICAO 9303-11 9.7.1
    if key_bits == 128:
        return hashlib.sha1(data).digest()[:16]  # noqa: S324 - ICAO 9303-11 9.7.1
    return hashlib.sha256(data).digest()[:key_bits // 8]


def _k3(key: bytes) -> bytes:
    """Two-key 3DES as a 24-byte key (K1 K2 K1)."""
    return key + key[:8] if len(key) == 16 else key


def des3_encrypt(key: bytes, data: bytes, iv: bytes = b"\x00" * 8) -> bytes:
    enc = Cipher(TripleDES(_k3(key)), modes.CBC(iv)).encryptor()
    return enc.update(data) + enc.finalize()


def des3_decrypt(key: bytes, data: bytes, iv: bytes = b"\x00" * 8) -> bytes:
    dec = Cipher(TripleDES(_k3(key)), modes.CBC(iv)).decryptor()
    return dec.update(data) + dec.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 with DES (data already padded)."""
    ka, kb = key[:8], key[8:16]
    single = Cipher(TripleDES(ka * 3), modes.CBC(b"\x00" * 8)).encryptor()
    h = (single.update(data) + single.finalize())[-8:]
    # single-block DES steps of ISO 9797-1 MAC algorithm 3
    dec = Cipher(TripleDES(kb * 3), modes.ECB()).decryptor()  # noqa: S305
    h = dec.update(h) + dec.finalize()
    enc = Cipher(TripleDES(ka * 3), modes.ECB()).encryptor()  # noqa: S305
    return enc.update(h) + enc.finalize()


def aes_cbc(key: bytes, data: bytes, iv: bytes, *, decrypt: bool = False) -> bytes:
    c = Cipher(algorithms.AES(key), modes.CBC(iv))
    op = c.decryptor() if decrypt else c.encryptor()
    return op.update(data) + op.finalize()


def aes_cmac8(key: bytes, data: bytes) -> bytes:
    mac = CMAC(algorithms.AES(key))
    mac.update(data)
    return mac.finalize()[:8]


@dataclass
class SecureMessaging:
    """Session keys and send sequence counter; wraps commands, unwraps responses."""

    cipher: str  # "3DES" or "AES"
    k_enc: bytes = field(repr=False)
    k_mac: bytes = field(repr=False)
    ssc: int = field(repr=False)

    @property
    def block(self) -> int:
        return 8 if self.cipher == "3DES" else 16

    def _ssc_bytes(self) -> bytes:
        return self.ssc.to_bytes(self.block, "big")

    def _encrypt(self, data: bytes) -> bytes:
        if self.cipher == "3DES":
            return des3_encrypt(self.k_enc, data)
        iv = aes_cbc(self.k_enc, self._ssc_bytes(), b"\x00" * 16)
        return aes_cbc(self.k_enc, data, iv)

    def _decrypt(self, data: bytes) -> bytes:
        if self.cipher == "3DES":
            return des3_decrypt(self.k_enc, data)
        iv = aes_cbc(self.k_enc, self._ssc_bytes(), b"\x00" * 16)
        return aes_cbc(self.k_enc, data, iv, decrypt=True)

    def mac(self, data: bytes) -> bytes:
        """MAC over SSC || data, padding included."""
        message = pad(self._ssc_bytes() + data, self.block)
        if self.cipher == "3DES":
            return retail_mac(self.k_mac, message)
        return aes_cmac8(self.k_mac, message)

    def wrap(self, cmd: Command) -> Command:
        self.ssc += 1
        header = pad(bytes([cmd.cla | 0x0C, cmd.ins, cmd.p1, cmd.p2]), self.block)
        do87 = b""
        if cmd.data:
            enc = self._encrypt(pad(cmd.data, self.block))
            do87 = tlv.encode(0x85, enc) if cmd.ins & 1 else tlv.encode(0x87, b"\x01" + enc)
        do97 = b""
        if cmd.le is not None:
            le = cmd.le
            raw = bytes([le & 0xFF]) if le <= 256 else (
                b"\x00\x00" if le >= 65536 else le.to_bytes(2, "big"))
            do97 = tlv.encode(0x97, raw)
        mac = self.mac(header + do87 + do97)
        body = do87 + do97 + tlv.encode(0x8E, mac)
        le_out = 65536 if (cmd.le or 0) > 256 else 256
        return Command(cmd.cla | 0x0C, cmd.ins, cmd.p1, cmd.p2, body, le_out)

    def unwrap(self, resp: Response) -> Response:
        self.ssc += 1
        if resp.sw in (0x6987, 0x6988):
            raise CardProtocolError(f"card reports SM error {resp.sw:04X}")
        if not resp.data:
            # An error status the card sent without SM (allowed by ISO 7816-4); success
            # and warnings always come protected (ICAO 9303-11 9.8), or anybody on the
            # line could answer for the chip.
            if resp.sw == 0x9000 or (resp.sw >> 8) in (0x61, 0x62, 0x63):
                raise CardProtocolError(f"unprotected status {resp.sw:04X} under SM")
            return resp
        try:
            objects = tlv.parse(resp.data)
        except tlv.TlvError as exc:
            raise CardProtocolError(f"malformed SM response: {exc}") from None
        covered = b""
        do87 = do99 = mac = None
        for obj in objects:
            raw = tlv.encode(obj.tag, obj.value)
            if obj.tag in (0x87, 0x85):
                do87, covered = obj, covered + raw
            elif obj.tag == 0x99:
                do99, covered = obj, covered + raw
            elif obj.tag == 0x8E:
                mac = obj.value
        if mac is None:
            raise CardProtocolError("SM response without MAC")
        if self.mac(covered) != mac:
            raise CardProtocolError("SM response MAC does not verify")
        sw = int.from_bytes(do99.value, "big") if do99 is not None and len(do99.value) == 2 \
            else resp.sw
        data = b""
        if do87 is not None:
            if do87.tag == 0x87:
                if not do87.value or do87.value[0] != 0x01:
                    raise CardProtocolError("unknown padding indicator")
                data = unpad(self._decrypt(do87.value[1:]))
            else:
                data = self._decrypt(do87.value)
        return Response(data, sw)
