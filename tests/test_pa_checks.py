"""Passive authentication's certificate checks, offline: which certificate signed the SOD,
validity periods, CRLs and the CSCA store (no card reader; EF.SOD built by sodgen)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sodgen import (
    Key,
    make_crl,
    make_csca,
    make_ds,
    make_pki,
    make_sod,
    with_explicit_key,
    write_crl,
    write_csca,
)

from devices.icao.mrz import parse_mrz
from devices.icao.passive_auth import Outcome, verify
from devices.icao.reader import DocumentRead

GROUPS = {1: b"\x61\x03\x5f\x1f\x00", 2: b"\x75\x00"}
NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)


def day(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC)


class Pki:
    """A CSCA valid 2020-2035 and its document signer valid 2025-2030, serial 0x1001."""

    def __init__(self, cn: str = "Test CSCA", key: Key | None = None) -> None:
        self.csca_key, self.csca = make_csca(cn, key=key, not_before=day("2020-01-01"),
                                             not_after=day("2035-01-01"))
        self.ds_key, self.ds = self.ds_cert(serial=0x1001)
        self.sod = make_sod(GROUPS, self.ds_key, self.ds)

    def ds_cert(self, serial: int = 0x1001, not_before: str = "2025-01-01",
                not_after: str = "2030-01-01") -> tuple[ec.EllipticCurvePrivateKey,
                                                         x509.Certificate]:
        return make_ds(self.csca_key, self.csca, serial=serial, not_before=day(not_before),
                       not_after=day(not_after))

    def crl(self, *serials: int, key: Key | None = None,
            next_update: dt.datetime | None = None) -> x509.CertificateRevocationList:
        return make_crl(key or self.csca_key, self.csca, serials,
                        this_update=day("2025-05-01"), next_update=next_update)

    def store(self, directory: Path) -> Path:
        return write_csca(directory, self.csca)


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki()


def check(sod: bytes, store: Path, now: dt.datetime = NOW) -> Outcome:
    return verify(sod, GROUPS, store, now=now)


# -- which certificate signed -------------------------------------------------

def test_valid_without_a_crl_says_revocation_was_not_checked(pki: Pki, tmp_path: Path) -> None:
    outcome = check(pki.sod, pki.store(tmp_path))
    assert outcome.status == "valid"
    assert outcome.crl_checked is False
    assert "revocation not checked" in outcome.detail


def test_the_signer_is_the_second_certificate(pki: Pki, tmp_path: Path) -> None:
    other_key, other = pki.ds_cert(serial=0x2002)
    store = pki.store(tmp_path)
    both = make_sod(GROUPS, pki.ds_key, pki.ds, certificates=[other, pki.ds])
    assert check(both, store).status == "valid"
    by_key_id = make_sod(GROUPS, pki.ds_key, pki.ds, certificates=[other, pki.ds],
                         by_key_id=True)
    assert check(by_key_id, store).status == "valid"
    signed_by_other = make_sod(GROUPS, other_key, other, certificates=[pki.ds, other])
    assert check(signed_by_other, store).status == "valid"


@pytest.mark.parametrize("by_key_id", [False, True])
def test_no_certificate_matches_the_signer(pki: Pki, tmp_path: Path, by_key_id: bool) -> None:
    _other_key, other = pki.ds_cert(serial=0x2002)
    sod = make_sod(GROUPS, pki.ds_key, pki.ds, certificates=[other], by_key_id=by_key_id)
    outcome = check(sod, pki.store(tmp_path))
    assert outcome.status == "invalid"
    assert outcome.detail.startswith("no certificate in EF.SOD matches its signer")
    assert ("subject key identifier" if by_key_id else "serial 4097") in outcome.detail


def test_a_sod_signed_by_another_key_than_its_certificate(pki: Pki, tmp_path: Path) -> None:
    wrong_key = ec.generate_private_key(ec.SECP256R1())
    sod = make_sod(GROUPS, wrong_key, pki.ds)
    outcome = check(sod, pki.store(tmp_path))
    assert outcome == Outcome(
        "invalid", "EF.SOD signature does not verify with the document signer certificate")


def test_issuer_unknown_impostor_and_tampered_groups(pki: Pki, tmp_path: Path) -> None:
    store = pki.store(tmp_path / "csca")
    rogue = Pki("Rogue CSCA")
    assert check(rogue.sod, store) == Outcome(
        "not_verified", "no CSCA certificate for the document signer's issuer")
    impostor = Pki()  # the same CSCA name, another key
    assert check(impostor.sod, store) == Outcome(
        "invalid", "the document signer certificate does not verify with the CSCA")
    assert verify(pki.sod, {1: b"changed"}, store, now=NOW) == Outcome(
        "invalid", "DG1 does not match its hash in EF.SOD")
    assert check(b"", store).status == "not_verified"
    assert check(pki.sod, tmp_path / "absent").status == "not_verified"


def test_now_defaults_to_the_current_time(tmp_path: Path) -> None:
    _csca_key, csca, ds_key, ds = make_pki()
    outcome = verify(make_sod(GROUPS, ds_key, ds), GROUPS, write_csca(tmp_path, csca))
    assert outcome.status == "valid"


# -- validity periods ---------------------------------------------------------

def test_an_expired_document_signer_certificate(pki: Pki, tmp_path: Path) -> None:
    key, ds = pki.ds_cert(not_before="2020-03-01", not_after="2025-03-01")
    outcome = check(make_sod(GROUPS, key, ds), pki.store(tmp_path))
    assert outcome == Outcome("invalid", "document signer certificate expired on 2025-03-01")
    # the same document, checked while the certificate was valid
    assert check(make_sod(GROUPS, key, ds), tmp_path, now=day("2025-02-01")).status == "valid"


def test_a_document_signer_certificate_not_yet_valid(pki: Pki, tmp_path: Path) -> None:
    key, ds = pki.ds_cert(not_before="2025-09-01", not_after="2030-09-01")
    outcome = check(make_sod(GROUPS, key, ds), pki.store(tmp_path))
    assert outcome == Outcome(
        "invalid", "document signer certificate not yet valid (valid from 2025-09-01)")
    assert check(make_sod(GROUPS, key, ds), tmp_path, now=day("2025-10-01")).status == "valid"


def test_a_document_signer_issued_outside_the_csca_validity(pki: Pki, tmp_path: Path) -> None:
    key, ds = pki.ds_cert(not_before="2019-06-01", not_after="2030-01-01")
    outcome = check(make_sod(GROUPS, key, ds), pki.store(tmp_path))
    assert outcome.status == "invalid"
    assert outcome.detail == (
        "the CSCA certificate was not valid when the document signer certificate was issued "
        "on 2019-06-01 (CSCA valid 2020-01-01 to 2035-01-01)")


def test_a_renewed_csca_certificate_covers_the_issuance(pki: Pki, tmp_path: Path) -> None:
    """Two CSCA certificates with one key: the one valid at the DS's issuance counts."""
    key, ds = pki.ds_cert(not_before="2018-06-01", not_after="2028-06-01")
    _same, older = make_csca(key=pki.csca_key, not_before=day("2015-01-01"),
                             not_after=day("2020-01-01"), serial=7)
    store = write_csca(pki.store(tmp_path), older, "older.pem")
    assert check(make_sod(GROUPS, key, ds), store).status == "valid"


# -- CRLs ---------------------------------------------------------------------

def test_a_revoked_document_signer(pki: Pki, tmp_path: Path) -> None:
    store = pki.store(tmp_path)
    write_crl(store, pki.crl(0x0999, 0x1001))
    outcome = check(pki.sod, store)
    assert outcome == Outcome("invalid", "document signer certificate revoked on 2025-04-30",
                              crl_checked=True)


def test_a_pem_crl_among_several(pki: Pki, tmp_path: Path) -> None:
    store = pki.store(tmp_path)
    write_crl(store, pki.crl(0x0999), "a.crl")
    write_crl(store, pki.crl(0x1001), "b.crl", pem=True)
    assert check(pki.sod, store).detail.startswith("document signer certificate revoked")


def test_a_crl_that_does_not_list_the_document_signer(pki: Pki, tmp_path: Path) -> None:
    store = pki.store(tmp_path)
    write_crl(store, pki.crl(0x2002))
    assert check(pki.sod, store) == Outcome(
        "valid", "not revoked according to the CSCA's CRL of 2025-05-01", crl_checked=True)
    write_crl(store, pki.crl())  # an empty CRL also counts as checked
    assert check(pki.sod, store).crl_checked is True


def test_an_outdated_crl_is_still_used_and_said_so(pki: Pki, tmp_path: Path) -> None:
    store = pki.store(tmp_path)
    write_crl(store, pki.crl(0x2002, next_update=day("2025-05-15")))
    outcome = check(pki.sod, store)
    assert (outcome.status, outcome.crl_checked) == ("valid", True)
    assert "due to be replaced on 2025-05-15" in outcome.detail


def test_a_crl_signed_by_a_foreign_key_is_ignored(
        pki: Pki, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = pki.store(tmp_path)
    write_crl(store, pki.crl(0x1001, key=ec.generate_private_key(ec.SECP256R1())), "forged.crl")
    with caplog.at_level(logging.WARNING):
        outcome = check(pki.sod, store)
    assert (outcome.status, outcome.crl_checked) == ("valid", False)
    assert "ignoring forged.crl: its signature does not verify" in caplog.text


def test_a_crl_of_an_unknown_issuer_is_ignored(
        pki: Pki, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = pki.store(tmp_path)
    other = Pki("Other CSCA")
    write_crl(store, make_crl(other.csca_key, pki.csca, [0x1001]), "same-name.crl")  # forged
    write_crl(store, other.crl(0x1001), "other.crl")
    with caplog.at_level(logging.WARNING):
        outcome = check(pki.sod, store)
    assert (outcome.status, outcome.crl_checked) == ("valid", False)
    assert "ignoring other.crl: no CSCA certificate for its issuer" in caplog.text
    assert "ignoring same-name.crl" in caplog.text


# -- the CSCA store -----------------------------------------------------------

def test_a_csca_that_is_not_a_ca(pki: Pki, tmp_path: Path,
                                 caplog: pytest.LogCaptureFixture) -> None:
    _key, not_ca = make_csca(key=pki.csca_key, not_before=day("2020-01-01"),
                             not_after=day("2035-01-01"), ca=False)
    store = write_csca(tmp_path, not_ca)
    write_crl(store, pki.crl(0x2002))
    with caplog.at_level(logging.WARNING):
        outcome = check(pki.sod, store)
    assert outcome.status == "not_verified"
    assert "not a CA certificate" in outcome.detail
    assert "csca.der: Common Name: Test CSCA, Country: DE is not a CA certificate" in caplog.text
    write_csca(store, pki.csca, "real.pem")  # the real CSCA beside it is accepted
    assert check(pki.sod, store) == Outcome(
        "valid", "not revoked according to the CSCA's CRL of 2025-05-01", crl_checked=True)


def test_corrupt_files_in_the_store_are_skipped(
        pki: Pki, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = pki.store(tmp_path)
    (store / "garbage.der").write_bytes(b"\x30\x82\x01\x00" + bytes(20))
    (store / "cut.pem").write_text("-----BEGIN CERTIFICATE-----\nMIIB\n")
    (store / "key.pem").write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    (store / "garbage.crl").write_bytes(b"not a CRL at all")
    (store / "cut.crl").write_bytes(write_crl(tmp_path / "x", pki.crl(0x1001)).read_bytes()[:-9])
    (store / "folder.cer").mkdir()
    (store / "notes.txt").write_text("ignored: not a certificate suffix")
    with caplog.at_level(logging.WARNING):
        outcome = check(pki.sod, store)
    assert (outcome.status, outcome.crl_checked) == ("valid", False)
    for name in ("garbage.der", "cut.pem", "key.pem", "garbage.crl", "cut.crl", "folder.cer"):
        assert f"skipping {name}" in caplog.text
    assert "notes.txt" not in caplog.text


def test_rsa_pss_csca_signs_certificates_and_crls(tmp_path: Path) -> None:
    rsa_pki = Pki(key=rsa.generate_private_key(public_exponent=65537, key_size=2048))
    store = rsa_pki.store(tmp_path)
    assert check(rsa_pki.sod, store).status == "valid"
    write_crl(store, rsa_pki.crl(0x1001))
    assert check(rsa_pki.sod, store).detail.startswith("document signer certificate revoked")


def test_an_algorithm_that_cannot_be_checked_is_not_verified(tmp_path: Path) -> None:
    ed_pki = Pki(key=ed25519.Ed25519PrivateKey.generate())
    outcome = check(ed_pki.sod, ed_pki.store(tmp_path))
    assert outcome.status == "not_verified"
    assert outcome.detail.startswith("cannot check the document signer certificate")


def test_keys_with_explicit_brainpool_parameters(tmp_path: Path) -> None:
    """ICAO 9303-12 asks for explicit EC parameters (Germany uses brainpool);
    cryptography loads them for NIST curves only, so they are mapped to the named curve."""
    csca_key = ec.generate_private_key(ec.BrainpoolP256R1())
    _same, csca = make_csca(key=csca_key, not_before=day("2020-01-01"),
                            not_after=day("2035-01-01"))
    csca = with_explicit_key(csca, csca_key)
    ds_key, ds = make_ds(csca_key, csca, key=ec.generate_private_key(ec.BrainpoolP256R1()),
                         not_before=day("2025-01-01"), not_after=day("2030-01-01"))
    sod = make_sod(GROUPS, ds_key, with_explicit_key(ds, csca_key))
    store = write_csca(tmp_path, csca)
    assert check(sod, store).status == "valid"
    write_crl(store, make_crl(csca_key, csca, [ds.serial_number], this_update=day("2025-05-01")))
    assert check(sod, store).detail == "document signer certificate revoked on 2025-04-30"
    # explicit parameters of no standard curve: the SOD signature cannot be checked ...
    odd = make_sod(GROUPS, ds_key, with_explicit_key(ds, csca_key, b=7))
    no_crl = write_csca(tmp_path / "no-crl", csca)
    outcome = check(odd, no_crl)
    assert outcome.status == "not_verified"
    assert outcome.detail.startswith("cannot check the EF.SOD signature: ECDSA keys with explicit")
    # ... but the certificate checks still run, and a failure among them decides
    assert check(odd, store).detail == "document signer certificate revoked on 2025-04-30"
    assert check(odd, no_crl, now=day("2031-01-01")).detail \
        == "document signer certificate expired on 2030-01-01"
    forged = with_explicit_key(ds, ec.generate_private_key(ec.BrainpoolP256R1()), b=7)
    assert check(make_sod(GROUPS, ds_key, forged), no_crl) == Outcome(
        "invalid", "the document signer certificate does not verify with the CSCA")


def test_the_card_read_summary_carries_the_detail() -> None:
    mrz = parse_mrz("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                    "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
    read = DocumentRead("BAC", mrz, passive_authentication="invalid",
                        passive_authentication_detail="document signer certificate revoked")
    summary = read.summary()
    assert summary["passive_authentication_detail"] == "document signer certificate revoked"
    assert summary["passive_authentication_crl_checked"] is False


# -- fuzz ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def fuzz_store(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pki.store(tmp_path_factory.mktemp("fuzz"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400))
def test_random_bytes_as_a_crl_never_crash(pki: Pki, fuzz_store: Path, data: bytes) -> None:
    (fuzz_store / "fuzz.crl").write_bytes(data)
    assert check(pki.sod, fuzz_store) == Outcome(
        "valid", "no CRL of the document signer's CSCA in the store: revocation not checked")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), min_size=1,
                      max_size=4))
def test_a_damaged_crl_is_never_trusted(pki: Pki, fuzz_store: Path,
                                        edits: list[tuple[int, int]]) -> None:
    raw = bytearray(write_crl(fuzz_store, pki.crl(0x1001), "fuzz.crl").read_bytes())
    for position, value in edits:
        raw[position % len(raw)] = value
    (fuzz_store / "fuzz.crl").write_bytes(bytes(raw))
    outcome = check(pki.sod, fuzz_store)
    # only an intact signed part revokes; anything else is ignored, never trusted
    assert outcome.status in ("valid", "invalid")
    assert outcome.crl_checked is (outcome.status == "invalid")
    if outcome.status == "invalid":
        assert outcome.detail.startswith("document signer certificate revoked")
