"""TEST-ONLY wrapper: run Debian's ``vicc`` ePass emulator under Python 3.

Run with the system interpreter (/usr/bin/python3), never imported by the kiosk.
It patches, in memory only (no file under /usr is touched), the known defects
of the Debian build of virtualsmartcard 0.8 so that ``--type ePass`` works:

- its package directory is not on /usr/bin/python3's path;
- ``from Crypto...``: Debian ships pycryptodome as ``Cryptodome``;
- the ePass generator prompts with ``raw_input`` and builds DG1/DG2 from str:
  replaced by a bytes version fed from environment variables
  (VICC_MRZ: the MRZ as one string; VICC_PHOTO: optional JPEG/JP2 file);
- CryptoUtils.operation_on_string (BAC's key seed XOR) calls ord() on bytes;
- the send sequence counter is packed without its leading zero bytes (MACs
  are wrong in ~0.4 % of sessions): packed as 8 bytes here;
- secure-messaging command/response code mixes str and bytes and omits DO'99':
  replaced by a bytes version that returns DO'87', DO'99' and DO'8E';
- ControlReferenceTemplate (MSE:Set AT of the nPA) builds its config as str;
- vpcd stalls ~44 ms per APDU on TCP delayed ACK: TCP_QUICKACK after each recv.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import socket
import sys
import types

sys.path.insert(0, "/usr/lib/python3/site-packages/virtualsmartcard")
# OpenPACE's Python bindings (eac, chat), built by tests/cardstack/build_openpace.sh
if os.environ.get("VICC_OPENPACE"):
    sys.path.insert(0, os.environ["VICC_OPENPACE"])

import Cryptodome.Cipher
import Cryptodome.Hash.HMAC
import Cryptodome.Hash.MD5
import Cryptodome.Hash.SHA1

_crypto = types.ModuleType("Crypto")
_hash = types.ModuleType("Crypto.Hash")
_hash.HMAC = Cryptodome.Hash.HMAC
_hash.SHA = Cryptodome.Hash.SHA1
_hash.SHA1 = Cryptodome.Hash.SHA1
_hash.MD5 = Cryptodome.Hash.MD5
_crypto.Cipher = Cryptodome.Cipher
_crypto.Hash = _hash
sys.modules.update({"Crypto": _crypto, "Crypto.Cipher": Cryptodome.Cipher, "Crypto.Hash": _hash})
for _name in ("DES3", "DES", "AES", "ARC4"):
    sys.modules["Crypto.Cipher." + _name] = getattr(
        __import__("Cryptodome.Cipher." + _name).Cipher, _name)


def _raw_input(prompt: str = "") -> str:
    if "MRZ" in prompt:
        return os.environ["VICC_MRZ"]
    return os.environ.get("VICC_PHOTO", "")


builtins.raw_input = _raw_input  # type: ignore[attr-defined]

from virtualsmartcard import TLVutils  # noqa: E402


def _pack(tlv_data, recalculate_length=False):  # type: ignore[no-untyped-def]
    """TLVutils.pack with bytes throughout (the shipped one joins ints)."""
    result = b""
    for data in tlv_data:
        tag, length, value = data[:3]
        if tag in (0xFF, 0x00):
            result += bytes([tag])
            continue
        if isinstance(value, str):
            value = value.encode("latin-1")
        elif not isinstance(value, bytes | bytearray):
            value = _pack(value, recalculate_length)
        if recalculate_length:
            length = len(value)
        t = b""
        while tag > 0:
            t = bytes([tag & 0xFF]) + t
            tag >>= 8
        if length < 0x80:
            ln = bytes([length])
        else:
            ln = length.to_bytes((length.bit_length() + 7) // 8, "big")
            ln = bytes([0x80 | len(ln)]) + ln
        result += t + ln + bytes(value)
    return result


TLVutils.pack = _pack

from virtualsmartcard import CardGenerator as cg  # noqa: E402
from virtualsmartcard import CryptoUtils as vsCrypto  # noqa: E402
from virtualsmartcard import SEutils, VirtualSmartcard  # noqa: E402
from virtualsmartcard.ConstantDefinitions import MAX_EXTENDED_LE  # noqa: E402
from virtualsmartcard.SmartcardFilesystem import DF, MF, TransparentStructureEF  # noqa: E402
from virtualsmartcard.SWutils import SW, SwError  # noqa: E402
from virtualsmartcard.TLVutils import bertlv_pack, unpack  # noqa: E402
from virtualsmartcard.utils import C_APDU, inttostring, stringtoint  # noqa: E402

pack = _pack


def _tlv(tag: int, value: bytes) -> bytes:
    return pack([(tag, len(value), value)])


def _generate_epass(self) -> None:  # replaces CardGenerator.__generate_ePass
    from virtualsmartcard.cards.ePass import PassportSAM

    mrz = os.environ["VICC_MRZ"].encode("ascii")
    photo_path = os.environ.get("VICC_PHOTO", "")
    picture = open(photo_path, "rb").read() if photo_path else b""  # noqa: SIM115
    mf = MF()
    df = DF(parent=mf, fid=4, dfname=b"\xa0\x00\x00\x02G\x10\x01", bertlv_data=[])
    com = _tlv(0x60, _tlv(0x5F01, b"0107") + _tlv(0x5F36, b"040000")
               + _tlv(0x5C, b"\x61\x75"))
    df.append(TransparentStructureEF(parent=df, fid=0x011E, filedescriptor=0, data=com))
    dg1 = _tlv(0x61, _tlv(0x5F1F, mrz))
    df.append(TransparentStructureEF(parent=df, fid=0x0101, filedescriptor=0, data=dg1))
    if picture:
        # ISO/IEC 19794-5 facial record: header, facial info, image info, image.
        iib = b"\x01\x01" + inttostring(0, 2) + inttostring(0, 2) + b"\x00" * 6
        fib = inttostring(20 + 12 + len(picture), 4) + b"\x00" * 16
        frh = b"FAC\x00" + b"010\x00" + inttostring(14 + len(fib) + len(iib) + len(picture), 4) \
            + inttostring(1, 2)
        record = frh + fib + iib + picture
        bit = _tlv(0xA1, b"\x87\x02\x01\x01\x88\x02\x05\x01") + _tlv(0x5F2E, record)
        dg2 = _tlv(0x75, _tlv(0x7F61, _tlv(0x02, b"\x01") + _tlv(0x7F60, bit)))
    else:
        dg2 = b""
    df.append(TransparentStructureEF(parent=df, fid=0x0102, filedescriptor=0, data=dg2))
    sod = os.environ.get("VICC_SOD", "")
    sod_data = open(sod, "rb").read() if sod else b""  # noqa: SIM115
    df.append(TransparentStructureEF(parent=df, fid=0x011D, filedescriptor=0, data=sod_data))
    mf.append(df)
    self.mf = mf
    self.sam = PassportSAM(self.mf)


cg.CardGenerator._CardGenerator__generate_ePass = _generate_epass

_orig_generate_npa = cg.CardGenerator._CardGenerator__generate_nPA


def _generate_npa(self) -> None:
    """vicc's nPA plus the ICAO eMRTD application a real German ID card also carries.

    DG1 holds the TD1 MRZ from VICC_MRZ (90 characters), EF.SOD the file VICC_SOD names
    (none without it); PACE keys are vicc's (CAN 222222 unless VICC_CAN is set).
    """
    _orig_generate_npa(self)
    mrz = os.environ.get("VICC_MRZ", "").encode("ascii")
    if mrz:
        df = DF(parent=self.mf, fid=0x0F01, dfname=b"\xa0\x00\x00\x02G\x10\x01",
                bertlv_data=[])
        com = _tlv(0x60, _tlv(0x5F01, b"0107") + _tlv(0x5F36, b"040000") + _tlv(0x5C, b"\x61"))
        df.append(TransparentStructureEF(parent=df, fid=0x011E, filedescriptor=0, data=com))
        df.append(TransparentStructureEF(parent=df, fid=0x0101, filedescriptor=0,
                                         data=_tlv(0x61, _tlv(0x5F1F, mrz))))
        sod = os.environ.get("VICC_SOD", "")
        if sod:  # an EF.SOD the test built over this DG1
            df.append(TransparentStructureEF(parent=df, fid=0x011D, filedescriptor=0,
                                             data=open(sod, "rb").read()))  # noqa: SIM115
        self.mf.append(df)
    if os.environ.get("VICC_CAN"):
        self.sam.can = os.environ["VICC_CAN"].encode("ascii")


cg.CardGenerator._CardGenerator__generate_nPA = _generate_npa

_orig_checksum = vsCrypto.crypto_checksum


def _crypto_checksum(algo, key, data, iv=None, ssc=None):  # type: ignore[no-untyped-def]
    if algo == "CC" and ssc is not None:
        data = inttostring(ssc, 8) + data
        ssc = None
    return _orig_checksum(algo, key, data, iv, ssc)


vsCrypto.crypto_checksum = _crypto_checksum


def _operation_on_string(string1, string2, op):  # type: ignore[no-untyped-def]
    """CryptoUtils.operation_on_string on bytes (the shipped one calls ord() on ints)."""
    if len(string1) != len(string2):
        raise ValueError("string1 and string2 must be of equal length")
    return bytes(op(a, b) for a, b in zip(string1, string2, strict=False))


vsCrypto.operation_on_string = _operation_on_string


def _parse_sm_capdu(self, capdu, authenticate_header):  # type: ignore[no-untyped-def]
    if not hasattr(self, "eac_ctx") and getattr(self, "ssc", None) is None:
        raise SwError(SW["ERR_SECMESSNOTSUPPORTED"])
    structure = unpack(capdu.data)
    plain = b""
    le = None
    if authenticate_header:
        header = bytes([capdu.cla, capdu.ins, capdu.p1, capdu.p2])
        to_auth = vsCrypto.append_padding(self.cct.blocklength, header)
    else:
        to_auth = b""
    for tag, length, value in structure:
        if tag % 2 == 1:
            to_auth += bertlv_pack([[tag, length, value]])
        if tag in (0x97, 0x96):
            le = value
        elif tag in (0x87, 0x86):
            plain = self.decipher(tag, 0x80, value[1:])
            plain = vsCrypto.strip_padding(self.ct.blocklength, plain, value[0])
        elif tag == 0x8E:
            auth = vsCrypto.append_padding(self.cct.blocklength, to_auth)
            if self.compute_cryptographic_checksum(0x8E, 0x80, auth) != value:
                raise SwError(SW["ERR_SECMESSOBJECTSINCORRECT"])
    if isinstance(le, bytes):
        le_int = stringtoint(le)
        if le_int == 0:
            le_int = MAX_EXTENDED_LE if len(le) > 1 else 256
        le = le_int
    return C_APDU(cla=capdu.cla & 0xF3, ins=capdu.ins, p1=capdu.p1, p2=capdu.p2, le=le,
                  data=plain)


def _protect_response(self, sw, result):  # type: ignore[no-untyped-def]
    if getattr(self, "ssc", None) is None:  # no session (yet): plain status word
        return sw, b""
    out = b""
    if result:
        out += _tlv(0x87, b"\x01" + self.encipher(0x82, 0x80, result))
    out += _tlv(0x99, inttostring(sw, 2))
    padded = vsCrypto.append_padding(self.cct.blocklength, out)
    out += _tlv(0x8E, self.compute_cryptographic_checksum(0x8E, 0x80, padded))
    return sw, out


_orig_crt_init = SEutils.ControlReferenceTemplate.__init__


def _crt_init(self, tag, config=b""):  # type: ignore[no-untyped-def]
    """ControlReferenceTemplate keeps its TLV config as bytes (shipped: str)."""
    _orig_crt_init(self, tag, config.encode("latin-1") if isinstance(config, str) else config)
    if isinstance(self._ControlReferenceTemplate__config_string, str):
        self._ControlReferenceTemplate__config_string = b""


SEutils.ControlReferenceTemplate.__init__ = _crt_init


def _replace_tag(self, tag, data):  # type: ignore[no-untyped-def]
    """ControlReferenceTemplate.__replace_tag on bytes (shipped: indexes bytes as str)."""
    config = self._ControlReferenceTemplate__config_string
    pos = 0
    while pos < len(config) and config[pos] != tag:
        pos += config[pos + 1] + 2
    entry = bytes([tag, len(data)]) + data
    if pos < len(config):
        config = config[:pos] + entry + config[pos + 2 + config[pos + 1]:]
    else:
        config += entry
    self._ControlReferenceTemplate__config_string = config


SEutils.ControlReferenceTemplate._ControlReferenceTemplate__replace_tag = _replace_tag

_orig_execute = VirtualSmartcard.Iso7816OS.execute


def _execute(self, msg):  # type: ignore[no-untyped-def]
    """An emulator defect answers 6F00 instead of killing the emulator."""
    try:
        return _orig_execute(self, msg)
    except Exception:
        import traceback

        traceback.print_exc()
        return b"\x6f\x00"


VirtualSmartcard.Iso7816OS.execute = _execute
SEutils.Security_Environment.parse_SM_CAPDU = _parse_sm_capdu
SEutils.Security_Environment.protect_response = _protect_response

class _QuickAckSocket:
    """Sets TCP_QUICKACK before every recv (the kernel clears it after each ACK)."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock

    def recv(self, size: int) -> bytes:
        with contextlib.suppress(OSError):
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        data = self._sock.recv(size)
        with contextlib.suppress(OSError):
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        return data

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._sock, name)


_orig_connect = VirtualSmartcard.VirtualICC.connectToPort


def _connect(host, port):  # type: ignore[no-untyped-def]
    sock = _orig_connect(host, port)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return _QuickAckSocket(sock)


VirtualSmartcard.VirtualICC.connectToPort = staticmethod(_connect)

if __name__ == "__main__":
    # '--mrz TEXT' / '--photo FILE' / '--sod FILE' are ours; the rest goes to vicc.
    for _opt, _env in (("--mrz", "VICC_MRZ"), ("--photo", "VICC_PHOTO"), ("--sod", "VICC_SOD"),
                       ("--can", "VICC_CAN")):
        if _opt in sys.argv:
            _i = sys.argv.index(_opt)
            os.environ[_env] = sys.argv[_i + 1]
            del sys.argv[_i:_i + 2]
    sys.argv[0] = "vicc"
    with open("/usr/bin/vicc", encoding="utf-8") as f:
        code = compile(f.read(), "/usr/bin/vicc", "exec")
    exec(code, {"__name__": "__main__"})
