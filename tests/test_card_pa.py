"""DG2 face image and passive authentication against the emulated passport (EF.SOD built here)."""

from __future__ import annotations

import json
from pathlib import Path

from sodgen import make_pki, make_sod, write_csca
from test_card_stack import MUELLER, cli

from devices.icao.mrz import parse_mrz
from devices.icao.passive_auth import verify
from devices.icao.reader import ChipReader
from devices.pcsc import open_channel

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(300) \
    + b"\xff\xd9"


def _read_groups(reader: str) -> dict[int, bytes]:
    channel = open_channel(reader)
    try:
        result = ChipReader(channel).read(parse_mrz(MUELLER).keys(), photo=True)
    finally:
        channel.close()
    return result.data_groups


def test_photo_and_passive_authentication(card_stack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "face.jpg"
    photo.write_bytes(JPEG)
    card_stack.insert_passport(MUELLER, photo=photo)
    groups = _read_groups(card_stack.reader)
    assert set(groups) == {1, 2}
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path / "csca", csca)
    good = tmp_path / "sod.bin"
    good.write_bytes(make_sod(groups, ds_key, ds))
    card_stack.insert_passport(MUELLER, photo=photo, sod=good)
    out_photo = tmp_path / "out.jpg"
    args = ("card", "read", "--mrz", MUELLER, "--reader", card_stack.reader, "--json",
            "--photo", str(out_photo))
    done = cli(*args, "--csca", str(store))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["passive_authentication"] == "valid"
    assert out["face_image"] == "image/jpeg"
    assert out_photo.read_bytes() == JPEG
    # a CSCA store without the issuing CSCA: not verified, never valid
    _k, other_csca, _k2, _ds2 = make_pki("Other CSCA")
    other = write_csca(tmp_path / "other", other_csca)
    done = cli(*args, "--csca", str(other))
    assert json.loads(done.stdout)["passive_authentication"] == "not_verified"
    done = cli(*args, "--csca", str(tmp_path / "empty"))
    assert json.loads(done.stdout)["passive_authentication"] == "not_verified"
    # a SOD whose DG1 hash does not match: invalid
    bad = tmp_path / "bad-sod.bin"
    bad.write_bytes(make_sod(groups, ds_key, ds, tamper=1))
    card_stack.insert_passport(MUELLER, photo=photo, sod=bad)
    done = cli(*args, "--csca", str(store))
    assert json.loads(done.stdout)["passive_authentication"] == "invalid"


def test_passive_authentication_offline_cases(tmp_path: Path) -> None:
    groups = {1: b"\x61\x03\x5f\x1f\x00", 2: b"\x75\x00"}
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path / "csca", csca)
    sod = make_sod(groups, ds_key, ds)
    assert verify(sod, groups, store).status == "valid"
    assert verify(b"", groups, store).status == "not_verified"
    assert verify(sod, {1: b"changed"}, store).status == "invalid"
    assert verify(b"\x77\x03\x01\x02\x03", groups, store).status == "invalid"
    # the DS certificate signed by someone else than the CSCA in the store
    _k, _c, other_ds_key, other_ds = make_pki("Rogue")
    forged = make_sod(groups, other_ds_key, other_ds)
    assert verify(forged, groups, store).status == "not_verified"  # issuer unknown
    # same CSCA name, different key: the document signer does not chain to the store
    _k3, _c3, impostor_key, impostor_ds = make_pki()
    impostor = make_sod(groups, impostor_key, impostor_ds)
    assert verify(impostor, groups, store).status == "invalid"


def test_large_photo_with_chained_and_extended_reads(card_stack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import os

    big = b"\xff\xd8\xff\xe0" + os.urandom(6000) + b"\xff\xd9"
    photo = tmp_path / "big.jpg"
    photo.write_bytes(big)
    card_stack.insert_passport(MUELLER, photo=photo)
    counts = {}
    for mode in ((), ("--extended-length",)):
        out_photo = tmp_path / f"out{len(mode)}.jpg"
        done = cli("card", "read", "--mrz", MUELLER, "--reader", card_stack.reader, "--json",
                   "--photo", str(out_photo), *mode)
        assert done.returncode == 0, done.stderr
        assert out_photo.read_bytes() == big
        counts[mode] = json.loads(done.stdout)["apdu_count"]
    # chained short reads of 223 bytes versus one extended read
    assert counts[()] >= 6000 // 223
    assert counts[("--extended-length",)] < 12


def test_passive_authentication_with_a_master_list(card_stack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The CSCA comes from a master list only: trusted with its anchor, refused without."""
    from mlgen import make_master_list, make_ml_signer, write_anchor
    from sodgen import make_csca, make_ds

    card_stack.insert_passport(MUELLER)
    groups = _read_groups(card_stack.reader)
    groups.pop(2, None)  # no photo on this passport
    anchor_key, anchor = make_csca("CSCA Germany")
    signer_key, signer = make_ml_signer(anchor_key, anchor)
    csca_key, csca = make_csca("CSCA Issuer", serial=3)
    ds_key, ds = make_ds(csca_key, csca)
    store = tmp_path / "csca"
    store.mkdir()
    (store / "ML.ml").write_bytes(make_master_list([anchor, csca], signer_key, signer))
    anchor_file = write_anchor(tmp_path / "anchor.pem", anchor)
    sod = tmp_path / "sod.bin"
    sod.write_bytes(make_sod(groups, ds_key, ds))
    card_stack.insert_passport(MUELLER, sod=sod)
    args = ("card", "read", "--mrz", MUELLER, "--reader", card_stack.reader, "--json",
            "--csca", str(store))
    done = cli(*args, "--csca-anchor", str(anchor_file))
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["passive_authentication"] == "valid", out["passive_authentication_detail"]
    out = json.loads(cli(*args).stdout)
    assert (out["passive_authentication"], out["passive_authentication_reason"]) == (
        "not_verified", "csca_unknown")
