"""Read an eMRTD chip: access control (BAC or PACE), then DG1, optionally DG2 and EF.SOD.

``ChipReader`` runs on the reader's worker thread; it only needs something
with ``transmit(Command) -> Response`` (``devices.pcsc.CardChannel``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from devices.icao import bac, cam, lds, pace, passive_auth, tlv
from devices.icao.access import AccessKey, Can
from devices.icao.apdu import Command, Response
from devices.icao.csca_store import load_store
from devices.icao.errors import (
    CardBlocked,
    CardError,
    CardProtocolError,
    NoExtendedLength,
    UnknownCard,
)
from devices.icao.mrz import MrzData
from devices.icao.outcome import NO_CSCA_STORE, SOD_UNREADABLE, Outcome
from devices.icao.sm import SecureMessaging

log = logging.getLogger(__name__)

CHUNK = 0xDF  # the largest read whose SM response still fits a short APDU
HEADER = 4  # a data group's tag and length (1 + at most 3 bytes)
Progress = Callable[[str, float], None]


class Channel(Protocol):
    apdu_count: int
    protected: bool

    def transmit(self, cmd: Command) -> Response: ...




@dataclass
class DocumentRead:
    protocol: str  # "BAC" or "PACE"
    mrz: MrzData
    face: lds.FaceImage | None = None
    passive_authentication: str = "not_verified"  # valid / invalid / not_verified
    passive_authentication_detail: str = ""  # which check failed, or what was not checked
    passive_authentication_crl_checked: bool = False
    # Why it is not valid (devices.icao.outcome.REASONS); no store given: not checked.
    passive_authentication_reason: str = NO_CSCA_STORE
    # After PACE-CAM with a CSCA store: the chip authentication's status (valid /
    # invalid / not_verified) and why; "" when the chip was not read with CAM.
    chip_authentication: str = ""
    chip_authentication_detail: str = ""
    apdu_count: int = 0
    elapsed_ms: float = 0.0
    data_groups: dict[int, bytes] = field(default_factory=dict, repr=False)

    def summary(self) -> dict[str, Any]:
        """What ``card read --json`` prints (the caller decides where it goes)."""
        m = self.mrz
        return {
            "protocol": self.protocol,
            "document_type": m.document_code,
            "mrz_format": m.format,
            "issuing_state": m.issuing_state,
            "surname": m.surname,
            "given_names": m.given_names,
            "document_number": m.document_number,
            "nationality": m.nationality,
            "birth_date": m.birth_date_iso(),
            "expiry_date": m.expiry_date_iso(),
            "sex": m.sex,
            "mrz_check_digits_ok": m.check_digits_ok,
            "passive_authentication": self.passive_authentication,
            "passive_authentication_detail": self.passive_authentication_detail,
            "passive_authentication_crl_checked": self.passive_authentication_crl_checked,
            "passive_authentication_reason": self.passive_authentication_reason,
            "chip_authentication": self.chip_authentication or None,
            "chip_authentication_detail": self.chip_authentication_detail or None,
            "face_image": self.face.mime_type if self.face else None,
            "apdu_count": self.apdu_count,
            "elapsed_ms": round(self.elapsed_ms, 1),
        }


def _check_access_sw(sw: int) -> None:
    if sw in (0x6983, 0x6984) or sw == 0x63C0:
        raise CardBlocked(detail=f"{sw:04X}")


class ChipReader:
    def __init__(self, channel: Channel, *, progress: Progress | None = None,
                 extended_length: bool = False) -> None:
        self.channel = channel
        self.sm: SecureMessaging | None = None
        self.progress = progress or (lambda _stage, _fraction: None)
        self.extended_length = extended_length
        self._cam: cam.CamData | None = None  # after PACE-CAM, until the check
        self._card_security: bytes | None = None

    # -- transport -----------------------------------------------------------
    def plain(self, cmd: Command) -> Response:
        return self.channel.transmit(cmd)

    def send(self, cmd: Command) -> Response:
        if self.sm is None:
            return self.channel.transmit(cmd)
        wrapped = self.sm.wrap(cmd)
        raw = self.channel.transmit(wrapped)
        if wrapped.extended and raw.sw == 0x6700:
            raise NoExtendedLength(detail="card or reader refused an extended APDU")
        return self.sm.unwrap(raw)

    # -- files ---------------------------------------------------------------
    def select_application(self) -> None:
        resp = self.send(Command(0x00, 0xA4, 0x04, 0x0C, lds.AID_EMRTD))
        if resp.sw in (0x6A82, 0x6A86, 0x6D00, 0x6E00):
            raise UnknownCard(detail=f"SELECT eMRTD application {resp.sw:04X}")
        if not resp.ok:
            raise CardProtocolError(f"SELECT eMRTD application {resp.sw:04X}")

    def read_file(self, fid: int) -> bytes | None:
        """The whole elementary file, or None when the chip does not have it."""
        resp = self.send(Command(0x00, 0xA4, 0x02, 0x0C, fid.to_bytes(2, "big")))
        if resp.sw in (0x6A82, 0x6A86):
            return None
        if resp.sw == 0x6982:
            return None  # access denied (e.g. DG3 needs terminal authentication)
        if not resp.ok:
            raise CardProtocolError(f"SELECT {fid:04X}: {resp.sw:04X}")
        buf = self._read_binary(0, CHUNK)
        if not buf:
            # Some chips refuse a read that would run past the end (6B00 instead of 6282
            # with what is left): the TLV header alone, then exactly what it announces.
            buf = self._read_binary(0, HEADER)
        if not buf:
            return b""
        try:
            head, length = tlv.header_length(buf)
        except tlv.TlvError as exc:
            raise CardProtocolError(f"file {fid:04X}: {exc}") from None
        total = head + length
        while len(buf) < total:
            remaining = total - len(buf)
            if self.extended_length and remaining > CHUNK:
                size = min(remaining, 0xFF00)
            else:
                size = min(remaining, CHUNK)
            part = self._read_binary(len(buf), size)
            if not part:
                raise CardProtocolError(f"file {fid:04X} ends early")
            buf += part
        return buf[:total]

    def _read_binary(self, offset: int, size: int) -> bytes:
        if offset > 0x7FFF:
            raise CardProtocolError("file larger than 32 KiB (READ BINARY B1 not supported)")
        resp = self.send(Command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=size))
        if (resp.sw & 0xFF00) == 0x6C00:
            resp = self.send(Command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=resp.sw & 0xFF))
        if resp.sw in (0x6282, 0x9000):
            return resp.data
        if resp.sw == 0x6B00:
            return b""
        raise CardProtocolError(f"READ BINARY {resp.sw:04X}")

    def read_card_access(self) -> bytes | None:
        """EF.CardAccess (PACE parameters) by short file identifier, without SM."""
        resp = self.plain(Command(0x00, 0xB0, 0x9C, 0x00, le=256))
        if resp.sw in (0x9000, 0x6282) and resp.data:
            return resp.data
        return None

    # -- the whole read ------------------------------------------------------
    def read(self, key: AccessKey, *, photo: bool = False, csca_dir: Path | None = None,
             master_list_anchor: Path | None = None) -> DocumentRead:
        """Access control, DG1 (and DG2 with ``photo``); with ``csca_dir`` EF.SOD and
        passive authentication of every data group read (``passive_auth.verify``).

        With ``extended_length`` a reader or card that refuses an extended APDU gets the
        whole read again, with short chained APDUs: the refusal ended secure messaging,
        so access control starts over."""
        start = time.perf_counter()
        start_count = self.channel.apdu_count
        try:
            result = self._read(key, photo, csca_dir, master_list_anchor)
        except NoExtendedLength as exc:
            if not self.extended_length:
                raise
            log.info("extended APDU refused (%s): reading again with short APDUs", exc.detail)
            self.extended_length = False
            self.sm, self._cam, self._card_security = None, None, None
            self.channel.protected = False
            result = self._read(key, photo, csca_dir, master_list_anchor)
        self.progress("done", 1.0)
        result.apdu_count = self.channel.apdu_count - start_count
        result.elapsed_ms = (time.perf_counter() - start) * 1000
        return result

    def _read(self, key: AccessKey, photo: bool, csca_dir: Path | None,
              master_list_anchor: Path | None) -> DocumentRead:
        self.progress("access", 0.05)
        card_access = self.read_card_access()
        if isinstance(key, Can) or (card_access is not None and _has_pace(card_access)):
            if card_access is None:
                raise UnknownCard(detail="no EF.CardAccess: the document does not offer PACE")

            paced = pace.authenticate(self.plain, key, card_access)
            self.sm, self._cam = paced.sm, paced.cam
            self.channel.protected = True
            protocol = "PACE"
            if self._cam is not None and csca_dir is not None:
                self._card_security = self._read_card_security()
            self.select_application()
        else:
            self.select_application()
            self.sm = bac.authenticate(self._plain_checked, key)
            self.channel.protected = True
            protocol = "BAC"
        self.progress("dg1", 0.4)
        dg1 = self.read_file(lds.FID_DG[1])
        if dg1 is None:
            raise CardProtocolError("the chip has no DG1")
        try:
            mrz = lds.parse_dg1(dg1)
        except lds.LdsError as exc:
            raise CardProtocolError(str(exc)) from None
        result = DocumentRead(protocol, mrz, data_groups={1: dg1})
        if photo:
            self.progress("dg2", 0.6)
            dg2 = self.read_file(lds.FID_DG[2])
            if dg2:
                result.data_groups[2] = dg2
                try:
                    result.face = lds.parse_dg2(dg2)
                except lds.LdsError as exc:
                    raise CardProtocolError(str(exc)) from None
        if csca_dir is not None:
            self.progress("sod", 0.85)
            outcome = self._passive_authentication(result.data_groups, csca_dir,
                                                   master_list_anchor)
            result.passive_authentication = outcome.status
            result.passive_authentication_detail = outcome.detail
            result.passive_authentication_crl_checked = outcome.crl_checked
            result.passive_authentication_reason = outcome.reason
            self._chip_authentication(result, csca_dir, master_list_anchor)
        return result

    def _read_card_security(self) -> bytes | None:
        """EF.CardSecurity (in the master file, read before the eMRTD application is
        selected) for PACE-CAM; None when the chip does not give it."""
        try:
            return self.read_file(lds.FID_CARD_SECURITY)
        except NoExtendedLength:
            raise  # read() reads again with short APDUs
        except CardError as exc:
            log.info("EF.CardSecurity not read: %s (%s)", type(exc).__name__, exc.detail)
            return None

    def _chip_authentication(self, result: DocumentRead, csca_dir: Path,
                             anchor: Path | None) -> None:
        """PACE-CAM's check; a chip that fails it is not verified, whatever EF.SOD said."""
        if self._cam is None:
            return
        now = datetime.now(UTC)
        outcome = cam.verify(self._cam, self._card_security,
                             load_store(csca_dir, anchor, now=now), now)
        result.chip_authentication = outcome.status
        result.chip_authentication_detail = outcome.detail
        if outcome.status != "valid" and result.passive_authentication == "valid":
            result.passive_authentication = outcome.status
            result.passive_authentication_detail = outcome.detail
            result.passive_authentication_reason = outcome.reason

    def _passive_authentication(self, groups: dict[int, bytes], csca_dir: Path,
                                anchor: Path | None) -> Outcome:
        """EF.SOD and the check; a chip that will not give its EF.SOD keeps the data read
        (the citizen can go on) and is not verified."""
        try:
            sod = self.read_file(lds.FID_SOD)
        except NoExtendedLength:
            raise  # read() reads again with short APDUs
        except CardError as exc:
            return Outcome("not_verified", f"EF.SOD could not be read ({type(exc).__name__}: "
                                           f"{exc.detail})", reason=SOD_UNREADABLE)
        return passive_auth.verify(sod or b"", groups, csca_dir, master_list_anchor=anchor)

    def _plain_checked(self, cmd: Command) -> Response:
        resp = self.plain(cmd)
        _check_access_sw(resp.sw)
        return resp


def _has_pace(card_access: bytes) -> bool:
    """EF.CardAccess names a PACE protocol OID (0.4.0.127.0.7.2.2.4.*)."""
    return bytes.fromhex("04007F0007020204") in card_access
