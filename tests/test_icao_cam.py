"""PACE with chip authentication mapping (PACE-CAM): ICAO 9303-11 Appendix I's worked
example, and the check against an EF.CardSecurity the document signer signed (built by
camgen and sodgen): a chip whose data does not map to its certified key is not genuine."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from camgen import BP256, ORDER, card_security, encrypted_ca_data
from fakecard import FakeConnection
from scripted_pace_chip import PaceCamChip
from sodgen import make_pki, make_sod, signed_data, write_csca

from devices.icao import cam, lds, pace, tlv
from devices.icao.access import Can
from devices.icao.csca_store import load_store
from devices.icao.errors import CardProtocolError
from devices.icao.reader import ChipReader
from devices.pcsc import CardChannel
from kiosk.base import chip_check

H = bytes.fromhex
# ICAO 9303-11 (8th edition) Appendix I, PACE-CAM on brainpoolP256r1
K_ENC = H("0A9DA4DB03BDDE39FC5202BC44B2E89E")
A_IC = H("1EEA964DAAE372AC990E3EFDE6333353BFC89A6704D93DA8798CF77F5B7A54BD"
         "10CBA372B42BE0B9B5F28AA8DE2F4F92")
CA_IC = int("85DC3FA93D0952BFA82F5FD189EE75BD82F11D1F0B8ED4BF5319AC9B53C426B3", 16)
PK_IC = (int("1872709494399E7470A6431BE25E83EEE24FEA568C2ED28DB48E05DB3A610DC8", 16),
         int("84D256A40E35EFCB59BF6753D3A489D28C7A4D973C2DA138A6E7A4A08F68E16F", 16))
PK_MAP_IC = (int("A234236AA9B9621E8EFB73B5245C0E09D2576E5277183C1208BDD55280CAE8B3", 16),
             int("04F365713A356E65A451E165ECC9AC0AC46E3771342C8FE5AEDD092685338E23", 16))
NOW = dt.datetime.now(dt.UTC)


def test_the_icao_worked_example() -> None:
    assert cam.chip_authentication_data(K_ENC, A_IC) == CA_IC
    assert cam.maps_to(BP256, CA_IC, PK_IC, PK_MAP_IC)
    assert not cam.maps_to(BP256, CA_IC + 1, PK_IC, PK_MAP_IC)
    with pytest.raises(CardProtocolError):
        cam.chip_authentication_data(K_ENC, A_IC[:-1])


def test_card_access_offering_cam_and_gm_chooses_cam() -> None:
    gm = H("3012060A04007F0007020204020202010202010D")
    cam_info = H("3012060A04007F0007020204060202010202010D")
    infos = pace.pace_infos(b"\x31\x28" + gm + cam_info)
    assert [i.cam for i in infos] == [True, False]
    assert infos[0].cipher == "AES"


class Chip:
    """A chip's static key, certified in an EF.CardSecurity its document signer signed."""

    def __init__(self, tmp_path: Path) -> None:
        _csca_key, csca, self.ds_key, self.ds = make_pki()
        self.store = load_store(write_csca(tmp_path / "csca", csca))
        self.sk_ic = int.from_bytes(os.urandom(32), "big") % (ORDER - 1) + 1
        self.pk_ic = BP256.mul(self.sk_ic, BP256.g)
        self.card_security = card_security(self.pk_ic, self.ds_key, self.ds)

    def run(self, *, sk_ic: int | None = None) -> cam.CamData:
        """One PACE-CAM run's data: mapping key and encrypted CA data (by ``sk_ic``)."""
        sk_map = int.from_bytes(os.urandom(32), "big") % (ORDER - 1) + 1
        k_enc = os.urandom(16)
        return cam.CamData(BP256, BP256.mul(sk_map, BP256.g),
                           encrypted_ca_data(k_enc, sk_ic or self.sk_ic, sk_map), k_enc)


def test_a_genuine_chip_is_authenticated(tmp_path: Path) -> None:
    chip = Chip(tmp_path)
    outcome = cam.verify(chip.run(), chip.card_security, chip.store, NOW)
    assert (outcome.status, outcome.detail) == ("valid", "chip authenticated (PACE-CAM)")


def test_a_copy_without_the_private_key_is_not(tmp_path: Path) -> None:
    chip = Chip(tmp_path)
    copy = chip.run(sk_ic=chip.sk_ic + 1)  # a clone with the data but another key
    outcome = cam.verify(copy, chip.card_security, chip.store, NOW)
    assert (outcome.status, outcome.reason) == ("invalid", chip_check.CHIP_AUTHENTICATION_FAILED)
    # no encrypted chip authentication data in the last PACE answer
    silent = cam.CamData(BP256, copy.pk_map_ic, b"", copy.k_enc)
    assert cam.verify(silent, chip.card_security, chip.store, NOW).reason \
        == chip_check.CHIP_AUTHENTICATION_FAILED


def test_the_chip_key_counts_only_when_its_card_security_passes(tmp_path: Path) -> None:
    chip = Chip(tmp_path)
    run = chip.run()
    assert cam.verify(run, None, chip.store, NOW).reason == chip_check.NO_CARD_SECURITY
    # signed by a document signer no CSCA of the store issued
    _k, _c, rogue_key, rogue_ds = make_pki("Rogue CSCA")
    forged = card_security(chip.pk_ic, rogue_key, rogue_ds)
    outcome = cam.verify(run, forged, chip.store, NOW)
    assert (outcome.status, outcome.reason) == ("not_verified", chip_check.CSCA_UNKNOWN)
    assert outcome.detail.startswith("EF.CardSecurity: ")
    assert cam.verify(run, b"\x30\x03\x02\x01\x00", chip.store, NOW).reason \
        == chip_check.SOD_MALFORMED
    # EF.CardSecurity without a chip authentication key
    empty = signed_data(cam.SECURITY_OBJECT, b"\x31\x00", chip.ds_key, chip.ds)
    outcome = cam.verify(run, empty, chip.store, NOW)
    assert outcome.detail == "no chip authentication key in EF.CardSecurity"


# -- a whole read behind the transport seam (scripted PACE-CAM chip) --------------------

def _chip_read(tmp_path: Path, **chip_options: object):  # type: ignore[no-untyped-def]
    mrz = ("IDD<<T220001293<<<<<<<<<<<<<<<" "6408125<2010315D<<<<<<<<<<<<<4"
           "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")
    dg1 = tlv.encode(0x61, tlv.encode(0x5F1F, mrz.encode("ascii")))
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path / "csca", csca)
    sk_ic = int.from_bytes(os.urandom(32), "big") % (ORDER - 1) + 1
    certified = int(chip_options.pop("certified_key", sk_ic))  # type: ignore[call-overload]
    security = card_security(BP256.mul(certified, BP256.g), ds_key, ds)
    chip = PaceCamChip("123456", sk_ic, security,
                       {lds.FID_DG[1]: dg1, lds.FID_SOD: make_sod({1: dg1}, ds_key, ds)},
                       **chip_options)  # type: ignore[arg-type]
    return ChipReader(CardChannel(FakeConnection(chip))).read(Can("123456"), csca_dir=store)


def test_a_pace_cam_read_authenticates_the_chip(tmp_path: Path) -> None:
    result = _chip_read(tmp_path)
    assert (result.protocol, result.mrz.surname) == ("PACE", "MUSTERMANN")
    assert result.passive_authentication == "valid", result.passive_authentication_detail
    assert result.chip_authentication == "valid", result.chip_authentication_detail
    detail = chip_check.record_detail(result.passive_authentication,
                                      result.passive_authentication_reason,
                                      result.passive_authentication_detail,
                                      result.passive_authentication_crl_checked,
                                      result.chip_authentication)
    assert detail[chip_check.CAM_KEY] == chip_check.VERIFIED
    assert chip_check.CAM_VERIFIED in chip_check.clerk_lines(detail)


@pytest.mark.parametrize("options", [{"certified_key": 7}, {"send_ca_data": False}],
                         ids=["a copy with another key", "no chip authentication data"])
def test_a_chip_that_fails_cam_is_not_verified_though_its_sod_is(
        tmp_path: Path, options: dict[str, object]) -> None:
    result = _chip_read(tmp_path, **options)
    assert result.mrz.surname == "MUSTERMANN"  # the citizen's data is read all the same
    assert result.chip_authentication == "invalid"
    assert (result.passive_authentication, result.passive_authentication_reason) == (
        "invalid", chip_check.CHIP_AUTHENTICATION_FAILED)
    detail = chip_check.record_detail(result.passive_authentication,
                                      result.passive_authentication_reason,
                                      result.passive_authentication_detail,
                                      result.passive_authentication_crl_checked,
                                      result.chip_authentication)
    assert chip_check.clerk_lines(detail) == [
        chip_check.HEADLINE[chip_check.NOT_VERIFIED],
        chip_check.REASON[chip_check.CHIP_AUTHENTICATION_FAILED]]
