"""Affine elliptic-curve arithmetic for PACE's generic mapping (ICAO 9303-11 4.4.3.3.1),
and recognising a standard curve given by explicit domain parameters.

``cryptography`` does ECDH only with a curve's standard generator; the generic
mapping needs G' = s*G + H and ECDH over G', so these few operations are done
here. Curve generators come from ``cryptography`` (no typed constants for
them); the field prime and coefficient a are the published ones, and b follows
from G. Only public values and one-time ephemeral secrets pass through here.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric import ec as crypto_ec

Point = tuple[int, int] | None  # None is the point at infinity


@dataclass(frozen=True)
class Curve:
    name: str
    p: int
    a: int
    gx: int
    gy: int
    std: crypto_ec.EllipticCurve | None = field(default=None, compare=False, repr=False)

    @property
    def size(self) -> int:
        return (self.p.bit_length() + 7) // 8

    @property
    def g(self) -> Point:
        return self.gx, self.gy

    @property
    def b(self) -> int:
        return (self.gy ** 2 - self.gx ** 3 - self.a * self.gx) % self.p

    def on_curve(self, pt: Point) -> bool:
        if pt is None:
            return False
        x, y = pt
        return (y * y - (x * x * x + self.a * x + self.b)) % self.p == 0

    def add(self, p1: Point, p2: Point) -> Point:
        if p1 is None:
            return p2
        if p2 is None:
            return p1
        (x1, y1), (x2, y2) = p1, p2
        if x1 == x2 and (y1 + y2) % self.p == 0:
            return None
        if p1 == p2:
            lam = (3 * x1 * x1 + self.a) * pow(2 * y1, -1, self.p) % self.p
        else:
            lam = (y2 - y1) * pow(x2 - x1, -1, self.p) % self.p
        x3 = (lam * lam - x1 - x2) % self.p
        return x3, (lam * (x1 - x3) - y1) % self.p

    def mul(self, k: int, pt: Point) -> Point:
        result: Point = None
        addend = pt
        while k:
            if k & 1:
                result = self.add(result, addend)
            addend = self.add(addend, addend)
            k >>= 1
        return result

    def encode(self, pt: Point) -> bytes:
        if pt is None:
            raise ValueError("point at infinity")
        return b"\x04" + pt[0].to_bytes(self.size, "big") + pt[1].to_bytes(self.size, "big")

    def decode(self, data: bytes) -> Point:
        if len(data) != 1 + 2 * self.size or data[0] != 0x04:
            raise ValueError("not an uncompressed point of this curve")
        pt = (int.from_bytes(data[1:1 + self.size], "big"), int.from_bytes(data[1 + self.size:],
                                                                          "big"))
        if not self.on_curve(pt):
            raise ValueError("point is not on the curve")
        return pt

    def random_scalar(self) -> int:
        return secrets.randbelow(self.p - 2) + 1


def _curve(name: str, p: int, a: int, std: crypto_ec.EllipticCurve) -> Curve:
    g = crypto_ec.derive_private_key(1, std).public_key().public_numbers()
    return Curve(name, p, a % p, g.x, g.y, std)


_P256 = 2**256 - 2**224 + 2**192 + 2**96 - 1
_P384 = 2**384 - 2**128 - 2**96 + 2**32 - 1
_P224 = 2**224 - 2**96 + 1
_P521 = 2**521 - 1
_P192 = 2**192 - 2**64 - 1
_BP384_P = int("8CB91E82A3386D280F5D6F7E50E641DF152F7109ED5456B412B1DA197FB71123ACD3A729901D1A7"
               "1874700133107EC53", 16)
_BP384_A = int("7BC382C63D8C150C3C72080ACE05AFA0C2BEA28E4FB22787139165EFBA91F90F8AA5814A503AD4E"
               "B04A8C7DD22CE2826", 16)
_BP512_P = int("AADD9DB8DBE9C48B3FD4E6AE33C9FC07CB308DB3B3C9D20ED6639CCA703308717D4D9B009BC6684"
               "2AECDA12AE6A380E62881FF2F2D82C68528AA6056583A48F3", 16)
_BP512_A = int("7830A3318B603B89E2327145AC234CC594CBDD8D3DF91610A83441CAEA9863BC2DED5D5AA8253AA"
               "10A2EF1C98B9AC8B57F1117A72BF2C7B9E7C1AC4D77FC94CA", 16)
_BP256_P = 0xA9FB57DBA1EEA9BC3E660A909D838D726E3BF623D52620282013481D1F6E5377
_BP256_A = 0x7D5A0975FC2C3057EEF67530417AFFE7FB8055C126DC5C6CE94A4B44F330B5D9

# ICAO 9303-11 table 6: standardized domain parameters by id (the ones supported here).
# Not supported: 9, 11, 14 (brainpoolP192r1/P224r1/P320r1 are not in 'cryptography') and the
# MODP groups 0-2 (PACE over DH).
_FACTORIES = {
    8: lambda: _curve("secp192r1", _P192, -3, crypto_ec.SECP192R1()),
    10: lambda: _curve("secp224r1", _P224, -3, crypto_ec.SECP224R1()),
    12: lambda: _curve("secp256r1", _P256, -3, crypto_ec.SECP256R1()),
    13: lambda: _curve("brainpoolP256r1", _BP256_P, _BP256_A, crypto_ec.BrainpoolP256R1()),
    15: lambda: _curve("secp384r1", _P384, -3, crypto_ec.SECP384R1()),
    16: lambda: _curve("brainpoolP384r1", _BP384_P, _BP384_A, crypto_ec.BrainpoolP384R1()),
    17: lambda: _curve("brainpoolP512r1", _BP512_P, _BP512_A, crypto_ec.BrainpoolP512R1()),
    18: lambda: _curve("secp521r1", _P521, -3, crypto_ec.SECP521R1()),
}


def standard_curve(parameter_id: int) -> Curve | None:
    factory = _FACTORIES.get(parameter_id)
    return factory() if factory else None


def explicit_curve(p: int, a: int, b: int, base: bytes) -> crypto_ec.EllipticCurve | None:
    """The standard curve that explicit domain parameters (prime p, coefficients a and b,
    uncompressed base point) describe, or None. ICAO 9303-12 4.1.6.3 asks document signer
    and CSCA keys for explicit parameters; ``cryptography`` maps them only to NIST curves."""
    for parameter_id in _FACTORIES:
        curve = standard_curve(parameter_id)
        if curve is None or curve.p != p or (curve.a, curve.b) != (a % p, b % p):
            continue
        try:
            if curve.decode(base) == curve.g:
                return curve.std
        except ValueError:
            return None
    return None
