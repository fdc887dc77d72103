"""Passive authentication as the kiosk records it: every failure has its reason code and a
text the clerk reads; a chip read behind the transport seam (scripted BAC passport with
an EF.SOD built here) checks what it read; the outcome reaches the application record,
the PDF (for the office) and the FIT-Connect dataSets entry; never 'verified' for what
was not checked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import uuid
from pathlib import Path

import pytest
from fakecard import FakeConnection
from scripted_passport import ScriptedPassport, iso_partial
from sodgen import make_crl, make_csca, make_ds, make_pki, make_sod, write_crl, write_csca

from devices.icao import lds, tlv
from devices.icao.mrz import parse_mrz
from devices.icao.passive_auth import verify
from devices.icao.reader import ChipReader, DocumentRead
from devices.pcsc import CardChannel
from forms.loader import shipped_forms
from forms.pdf import render_application_pdf
from forms.samples import sample_record
from kiosk.base import chip_check
from kiosk.base.catalogue import text
from kiosk.commands.sign_request import chip_check_lines
from kiosk.journey import Journey
from sync.delivery import build_payloads
from sync.outbox import OutgoingApplication

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
KEYS = parse_mrz(MRZ).keys()
DG1 = tlv.encode(0x61, tlv.encode(0x5F1F, MRZ.replace("\n", "").encode("ascii")))
GROUPS = {1: DG1}
NOW = dt.datetime(2025, 6, 1, 12, 0, tzinfo=dt.UTC)


def day(text_: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text_).replace(tzinfo=dt.UTC)


# -- each failure: its reason -------------------------------------------------------

def _pki(tmp_path: Path, *, csca_until: str = "2035-01-01", ds_until: str = "2030-01-01"):  # type: ignore[no-untyped-def]
    csca_key, csca = make_csca(not_before=day("2020-01-01"), not_after=day(csca_until))
    ds_key, ds = make_ds(csca_key, csca, not_before=day("2024-01-01"), not_after=day(ds_until))
    return csca_key, csca, ds_key, ds, write_csca(tmp_path / "csca", csca)


def test_every_failure_has_its_reason_and_never_reads_as_verified(tmp_path: Path) -> None:
    csca_key, csca, ds_key, ds, store = _pki(tmp_path)
    sod = make_sod(GROUPS, ds_key, ds)
    cases = {
        chip_check.NO_SOD: verify(b"", GROUPS, store, now=NOW),
        chip_check.SOD_MALFORMED: verify(b"\x77\x03\x01\x02\x03", GROUPS, store, now=NOW),
        chip_check.HASH_MISMATCH: verify(make_sod(GROUPS, ds_key, ds, tamper=1), GROUPS, store,
                                         now=NOW),
        chip_check.CSCA_UNKNOWN: verify(sod, GROUPS, tmp_path / "empty", now=NOW),
        chip_check.DS_NOT_VALID: verify(sod, GROUPS, store, now=day("2030-06-01")),
    }
    # another key with the same names: the SOD's signature does not verify
    other_key, _other = make_ds(csca_key, csca, not_before=day("2024-01-01"))
    forged = make_sod(GROUPS, other_key, ds)
    cases[chip_check.SIGNATURE_INVALID] = verify(forged, GROUPS, store, now=NOW)
    # a CSCA that expired before today, its DS still valid
    _k, _c, old_ds_key, old_ds, old_store = _pki(tmp_path / "old", csca_until="2025-03-01")
    cases[chip_check.CSCA_NOT_VALID] = verify(make_sod(GROUPS, old_ds_key, old_ds), GROUPS,
                                              old_store, now=NOW)
    revoked = write_csca(tmp_path / "revoked", csca)
    write_crl(revoked, make_crl(csca_key, csca, [ds.serial_number], this_update=day("2025-05-01")))
    cases[chip_check.DS_REVOKED] = verify(sod, GROUPS, revoked, now=NOW)
    for reason, outcome in cases.items():
        assert outcome.status != "valid", reason
        assert outcome.reason == reason, (reason, outcome)
        detail = chip_check.record_detail(outcome.status, outcome.reason, outcome.detail,
                                          outcome.crl_checked)
        assert detail[chip_check.STATUS_KEY] == chip_check.NOT_VERIFIED
        lines = chip_check.clerk_lines(detail)
        assert lines == [chip_check.HEADLINE[chip_check.NOT_VERIFIED], chip_check.REASON[reason]]
    assert cases[chip_check.CSCA_NOT_VALID].detail == "the CSCA certificate expired on 2025-03-01"
    valid = verify(sod, GROUPS, store, now=NOW)
    assert (valid.status, valid.reason) == ("valid", "")


def test_an_unknown_status_or_reason_reads_as_not_verified() -> None:
    assert chip_check.clerk_lines({}) == []  # no chip was read
    weird = chip_check.clerk_lines({chip_check.STATUS_KEY: "valid"})  # not a recorded state
    assert weird[0] == chip_check.HEADLINE[chip_check.NOT_VERIFIED]
    assert chip_check.record_detail("invalid", "", "odd", False)[chip_check.REASON_KEY] \
        == chip_check.SIGNATURE_INVALID
    verified = chip_check.record_detail("valid", "", "not revoked", True)
    assert chip_check.clerk_lines(verified) == [chip_check.HEADLINE[chip_check.VERIFIED]]
    unchecked_crl = chip_check.record_detail("valid", "", "revocation not checked", False)
    assert chip_check.clerk_lines(unchecked_crl) == [chip_check.HEADLINE[chip_check.VERIFIED],
                                                     chip_check.NO_CRL]
    assert chip_check.record_detail("not_verified", chip_check.NO_CSCA_STORE, "", False) == {
        chip_check.STATUS_KEY: chip_check.NO_CSCA_STORE}


@pytest.mark.parametrize("language", ["de", "en", "de-x-ls", "tr", "ar", "uk", "ru", "pl", "ro"])
def test_the_clerk_texts_exist_in_every_language(language: str) -> None:
    for message in [*chip_check.HEADLINE.values(), *chip_check.REASON.values(),
                    chip_check.NO_CRL, chip_check.CAM_VERIFIED]:
        shown = text(message, language)
        assert shown
        assert language == "en" or shown != message.source, (language, message.source)


# -- behind the transport seam: a scripted BAC passport ------------------------------

class _SodRefused(ScriptedPassport):
    """A chip that selects EF.SOD but fails every read of it (6F00)."""

    def _command(self, ins: int, p1: int, p2: int, data: bytes, le: int) -> tuple[bytes, int]:
        if ins == 0xB0 and self.selected is self.files.get(lds.FID_SOD):
            return b"", 0x6F00
        return super()._command(ins, p1, p2, data, le)


def _read(files: dict[int, bytes], store: Path | None, card_class: type = ScriptedPassport,
          ) -> tuple[ScriptedPassport, DocumentRead]:
    card = card_class(KEYS, files, iso_partial)
    result = ChipReader(CardChannel(FakeConnection(card))).read(KEYS, csca_dir=store)
    return card, result


def test_a_chip_read_checks_what_it_read(tmp_path: Path) -> None:
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path / "csca", csca)
    sod = make_sod(GROUPS, ds_key, ds)
    _card, good = _read({lds.FID_DG[1]: DG1, lds.FID_SOD: sod}, store)
    assert (good.passive_authentication, good.passive_authentication_reason) == ("valid", "")
    _card, bad = _read({lds.FID_DG[1]: DG1, lds.FID_SOD: make_sod(GROUPS, ds_key, ds,
                                                                     tamper=1)}, store)
    assert bad.passive_authentication_reason == chip_check.HASH_MISMATCH
    _card, none = _read({lds.FID_DG[1]: DG1}, store)
    assert none.passive_authentication_reason == chip_check.NO_SOD
    # a chip that will not give its EF.SOD: the citizen keeps the data, the chip is not verified
    _card, refused = _read({lds.FID_DG[1]: DG1, lds.FID_SOD: sod}, store, _SodRefused)
    assert refused.mrz.surname == "ERIKSSON"
    assert (refused.passive_authentication, refused.passive_authentication_reason) == (
        "not_verified", chip_check.SOD_UNREADABLE)
    assert "6F00" in refused.passive_authentication_detail
    # no store configured: EF.SOD is not even read, and that is what is recorded
    card, unchecked = _read({lds.FID_DG[1]: DG1, lds.FID_SOD: sod}, None)
    assert unchecked.passive_authentication_reason == chip_check.NO_CSCA_STORE
    assert all(offset == 0 for offset, _le, _sw in card.reads)
    assert len(card.reads) == 1  # DG1's one read, no EF.SOD


# -- the record, the PDF, the metadata ------------------------------------------------

def _record_of(result: DocumentRead):  # type: ignore[no-untyped-def]
    form = shipped_forms()["meldebescheinigung-einfach"]
    journey = Journey("de")
    journey.begin("de")
    journey.choose_service(form.id, form)
    journey.chip_read(result)
    record = sample_record(form, signed_at=dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC))
    ident = journey.identity.identification_of(form, record.answers)
    return dataclasses.replace(record, identification=ident)


def _pdf_text(tmp_path: Path, record) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "application.pdf"
    path.write_bytes(render_application_pdf(record))
    done = subprocess.run(["pdftotext", str(path), "-"], check=True,
                          capture_output=True, text=True, timeout=30)
    return " ".join(done.stdout.split())


@pytest.mark.parametrize(("outcome", "expected", "lines"), [
    (("valid", "", "not revoked according to the CSCA's CRL of 2025-05-01", True),
     {"passive_authentication": "verified", "passive_authentication_crl_checked": "yes",
      "passive_authentication_detail": "not revoked according to the CSCA's CRL of 2025-05-01"},
     ["Chipprüfung (passive Authentisierung): bestätigt."]),
    (("invalid", chip_check.DS_REVOKED, "document signer certificate revoked on 2025-04-30",
      True),
     {"passive_authentication": "not_verified", "passive_authentication_reason": "ds_revoked",
      "passive_authentication_detail": "document signer certificate revoked on 2025-04-30"},
     ["Chipprüfung (passive Authentisierung): NICHT bestätigt.",
      "Das Zertifikat des Document Signers wurde gesperrt."]),
    (("not_verified", chip_check.NO_CSCA_STORE, "", False),
     {"passive_authentication": "no_csca_store"},
     ["Chipprüfung (passive Authentisierung): nicht durchgeführt"]),
], ids=["verified", "revoked", "no-store"])
def test_the_outcome_reaches_the_record_the_pdf_and_the_metadata(
        tmp_path: Path, outcome: tuple[str, str, str, bool], expected: dict[str, str],
        lines: list[str]) -> None:
    status, reason, detail, crl = outcome
    result = DocumentRead("PACE", parse_mrz(MRZ), passive_authentication=status,
                          passive_authentication_reason=reason,
                          passive_authentication_detail=detail,
                          passive_authentication_crl_checked=crl)
    record = _record_of(result)
    as_json = record.as_json()
    assert as_json["identification"] == "chip-pace"
    assert as_json["identification_detail"] == expected
    shown = _pdf_text(tmp_path, record)
    assert "Für die Behörde" in shown
    for line in lines:
        assert line in shown
    app = OutgoingApplication(uuid.uuid4().hex, record.vorgangsnummer, record.service_id,
                              as_json, b"%PDF-1.7 sample")
    metadata = json.loads(build_payloads(app, str(uuid.uuid4()))[0])
    (identification,) = metadata["dataSets"]
    assert identification["content"]["method"] == "chip-pace"
    assert identification["content"]["identification_detail"] == expected


def test_a_typed_identity_has_no_chip_check_in_the_pdf(tmp_path: Path) -> None:
    form = shipped_forms()["meldebescheinigung-einfach"]
    record = sample_record(form, signed_at=dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC))
    assert "Chipprüfung" not in _pdf_text(tmp_path, record)


def test_the_clerk_reads_the_chip_check_before_the_tablet_shows_the_pdf() -> None:
    """sign-request (the clerk's workstation) prints it; a PDF without one prints nothing."""
    result = DocumentRead("BAC", parse_mrz(MRZ), passive_authentication="not_verified",
                          passive_authentication_reason=chip_check.CSCA_UNKNOWN,
                          passive_authentication_detail="no CSCA certificate for the issuer")
    pdf = render_application_pdf(_record_of(result))
    assert chip_check_lines(pdf) == [
        "Chip check (passive authentication): NOT verified. Please check the identity "
        "document in person.",
        "The issuing state's certificate (CSCA) is not in the terminal's store."]
    form = shipped_forms()["meldebescheinigung-einfach"]
    typed = sample_record(form, signed_at=dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC))
    assert chip_check_lines(render_application_pdf(typed)) == []
    assert chip_check_lines(b"%PDF-1.7 not a kiosk application") == []
