"""PACE-CAM material for tests: a chip's static key in an EF.CardSecurity the document
signer signs, and the encrypted chip authentication data a chip sends (ICAO 9303-11
4.4.3.5), on brainpoolP256r1."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509 import Certificate
from sodgen import _BP256, signed_data

from devices.icao import tlv
from devices.icao.cam import ID_PK_ECDH, SECURITY_OBJECT
from devices.icao.ec import Curve, Point, standard_curve
from devices.icao.sm import aes_cbc, pad

BP256 = standard_curve(13)
assert BP256 is not None
ORDER = _BP256["n"]
_EC_PUBLIC_KEY = bytes.fromhex("2A8648CE3D0201")  # 1.2.840.10045.2.1
_BRAINPOOL_P256R1 = bytes.fromhex("2B2403030208010107")  # 1.3.36.3.3.2.8.1.1.7
_PACE_CAM_AES_128 = bytes.fromhex("04007F00070202040602")


def security_infos(pk_ic: Point, curve: Curve = BP256) -> bytes:
    """SecurityInfos with a PACEInfo (CAM) and the ChipAuthenticationPublicKeyInfo of pk_ic."""
    spki = tlv.encode(0x30, tlv.encode(0x30, tlv.encode(0x06, _EC_PUBLIC_KEY)
                                       + tlv.encode(0x06, _BRAINPOOL_P256R1))
                      + tlv.encode(0x03, b"\x00" + curve.encode(pk_ic)))
    ca_key = tlv.encode(0x30, tlv.encode(0x06, ID_PK_ECDH) + spki + tlv.encode(0x02, b"\x01"))
    pace_info = tlv.encode(0x30, tlv.encode(0x06, _PACE_CAM_AES_128) + tlv.encode(0x02, b"\x02")
                           + tlv.encode(0x02, b"\x0d"))
    return tlv.encode(0x31, pace_info + ca_key)


def card_security(pk_ic: Point, ds_key: ec.EllipticCurvePrivateKey, ds: Certificate) -> bytes:
    """EF.CardSecurity: the SecurityInfos, signed by the document signer."""
    return signed_data(SECURITY_OBJECT, security_infos(pk_ic), ds_key, ds)


def encrypted_ca_data(k_enc: bytes, sk_ic: int, sk_map: int) -> bytes:
    """A_IC = E(K_enc, CA_IC), CA_IC = SK_IC^-1 * SK_Map,IC mod n; IV = E(K_enc, -1)."""
    ca_ic = pow(sk_ic, -1, ORDER) * sk_map % ORDER
    iv = aes_cbc(k_enc, b"\xff" * 16, b"\x00" * 16)
    return aes_cbc(k_enc, pad(ca_ic.to_bytes(32, "big"), 16), iv)
