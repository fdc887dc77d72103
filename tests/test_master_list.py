"""CSCA master lists (``.ml``) in the CSCA store: a list counts only when its signer chains to
the configured trust anchor; every other list is refused whole, with a reason that
``config check`` reports (lists, certificates and EF.SOD built by mlgen and sodgen)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from mlgen import make_master_list, make_ml_signer, write_anchor
from sodgen import Key, make_csca, make_ds, make_sod, write_csca

from devices.icao.csca_store import load_store
from devices.icao.passive_auth import verify
from kiosk.base.chip_check import CSCA_UNKNOWN
from kiosk.commands.config import problems_of

GROUPS = {1: b"\x61\x03\x5f\x1f\x00", 2: b"\x75\x00"}


class World:
    """Germany's CSCA (the anchor) signs the master list signer; the list carries Germany's
    and Utopia's CSCAs; a passport of Utopia is signed by Utopia's document signer."""

    def __init__(self) -> None:
        self.anchor_key, self.anchor = make_csca("CSCA Germany")
        self.signer_key, self.signer = make_ml_signer(self.anchor_key, self.anchor)
        self.utopia_key, self.utopia = make_csca("CSCA Utopia", serial=5)
        ds_key, ds = make_ds(self.utopia_key, self.utopia)
        self.sod = make_sod(GROUPS, ds_key, ds)

    def master_list(self, **options: object) -> bytes:
        return make_master_list([self.anchor, self.utopia], self.signer_key, self.signer,
                                **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def world() -> World:
    return World()


def _store(tmp_path: Path, data: bytes, name: str = "DE_ML.ml") -> Path:
    store = tmp_path / "csca"
    store.mkdir()
    (store / name).write_bytes(data)
    return store


def test_a_master_list_under_the_anchor_gives_its_cscas(world: World, tmp_path: Path) -> None:
    store_dir = _store(tmp_path, world.master_list())
    anchor = write_anchor(tmp_path / "csca-germany.pem", world.anchor)
    store = load_store(store_dir, anchor)
    assert store.problems == ()
    assert store.master_lists == ("DE_ML.ml (Common Name: Test Master List Signer, "
                                  "Country: DE)",)
    assert {c.subject.native["common_name"] for c in store.cscas} == {"CSCA Germany",
                                                                      "CSCA Utopia"}
    outcome = verify(world.sod, GROUPS, store_dir, master_list_anchor=anchor)
    assert outcome.status == "valid", outcome.detail


def test_without_an_anchor_a_master_list_is_refused(world: World, tmp_path: Path) -> None:
    store_dir = _store(tmp_path, world.master_list())
    store = load_store(store_dir)
    assert store.cscas == ()
    assert store.problems == ("DE_ML.ml: master list refused: no trust anchor for master "
                              "lists is configured (setting csca_master_list_anchor)",)
    outcome = verify(world.sod, GROUPS, store_dir)
    assert (outcome.status, outcome.reason) == ("not_verified", CSCA_UNKNOWN)


def _other_anchor() -> tuple[Key, x509.Certificate]:
    return make_csca("CSCA Elsewhere", serial=9)


@pytest.mark.parametrize(("case", "reason"), [
    ("another anchor", "its signer was not issued by the configured trust anchor "
                       "(issuer Common Name: CSCA Germany, Country: DE)"),
    ("same name, other key", "its signer certificate does not verify with the trust anchor"),
    ("tampered", "master list message digest does not match its content"),
    ("no extended key usage", "its signer certificate is not for master lists (extended key "
                              "usage 2.23.136.1.1.3 missing)"),
    ("expired signer", "the master list signer certificate expired on 2024-01-01"),
    ("not a master list", "its content is 2.23.136.1.1.1, not a CSCA master list"),
    ("garbage", "it cannot be parsed"),
    ("anchor not a CA", "the trust anchor"),
])
def test_a_master_list_that_does_not_chain_is_refused_whole(
        world: World, tmp_path: Path, case: str, reason: str) -> None:
    anchor_cert = world.anchor
    data = world.master_list()
    if case == "another anchor":
        anchor_cert = _other_anchor()[1]
    elif case == "same name, other key":
        anchor_cert = make_csca("CSCA Germany")[1]
    elif case == "tampered":
        data = world.master_list(tamper=True)
    elif case == "no extended key usage":
        key, signer = make_ml_signer(world.anchor_key, world.anchor, eku=False)
        data = make_master_list([world.utopia], key, signer)
    elif case == "expired signer":
        key, signer = make_ml_signer(
            world.anchor_key, world.anchor,
            not_before=dt.datetime(2023, 1, 1, tzinfo=dt.UTC),
            not_after=dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        data = make_master_list([world.utopia], key, signer)
    elif case == "not a master list":
        data = world.master_list(content_type="2.23.136.1.1.1")
    elif case == "garbage":
        data = b"\x30\x03\x02\x01"
    elif case == "anchor not a CA":
        anchor_cert = make_csca("Not a CA", ca=False)[1]
    store_dir = _store(tmp_path, data)
    store = load_store(store_dir, write_anchor(tmp_path / "anchor.pem", anchor_cert))
    assert store.cscas == ()
    (problem,) = store.problems
    assert problem.startswith("DE_ML.ml: master list refused: ")
    assert reason in problem
    assert verify(world.sod, GROUPS, store_dir).status == "not_verified"


def _settings(tmp_path: Path, store: Path, anchor: Path | None) -> Path:
    path = tmp_path / "kiosk.toml"
    lines = [f'csca_dir = "{store}"']
    if anchor is not None:
        lines.append(f'csca_master_list_anchor = "{anchor}"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_config_check_loads_the_store_as_passive_authentication_will(
        world: World, tmp_path: Path) -> None:
    anchor = write_anchor(tmp_path / "csca-germany.pem", world.anchor)
    good = _store(tmp_path, world.master_list())
    assert problems_of(_settings(tmp_path, good, anchor), files=True) == []
    # the same list without the anchor: refused, and the store has no CSCA at all
    problems = problems_of(_settings(tmp_path, good, None), files=True)
    assert [p.key for p in problems] == ["csca_dir", "csca_dir"]
    assert [p.line for p in problems] == [1, 1]
    texts = [p.message.untranslated() for p in problems]
    assert "master list refused: no trust anchor" in texts[0]
    assert "holds no CSCA certificate" in texts[1]
    assert "csca_master_list_anchor" in problems[0].fix.untranslated()
    # a folder of certificates with a file that is not one
    plain = write_csca(tmp_path / "plain", world.utopia)
    (plain / "broken.der").write_bytes(b"not a certificate")
    problems = problems_of(_settings(tmp_path, plain, None), files=True)
    assert len(problems) == 1
    assert "broken.der: skipped" in problems[0].message.untranslated()
    # a store that is not there is the directory check's finding
    problems = problems_of(_settings(tmp_path, tmp_path / "missing", None), files=True)
    assert len(problems) == 1
    assert "csca_dir" in problems[0].message.untranslated()
