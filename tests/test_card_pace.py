"""PACE with the CAN (and with the MRZ) against vicc's German ID card emulation (nPA)."""

from __future__ import annotations

import json
from pathlib import Path

from sodgen import make_pki, make_sod, write_csca
from test_card_stack import cli

from devices.icao import tlv

# The BSI specimen's TD1 MRZ (Erika Mustermann) as one 90-character string.
ERIKA = ("IDD<<T220001293<<<<<<<<<<<<<<<" "6408125<2010315D<<<<<<<<<<<<<4"
         "MUSTERMANN<<ERIKA<<<<<<<<<<<<<")


def test_card_read_with_can(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_id_card(ERIKA, "123456")
    done = cli("card", "read", "--can", "123456", "--reader", card_stack.reader, "--json",
               "--trace")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["protocol"] == "PACE"
    assert (out["document_type"], out["mrz_format"]) == ("ID", "TD1")
    assert (out["surname"], out["given_names"]) == ("MUSTERMANN", "ERIKA")
    assert (out["birth_date"], out["document_number"]) == ("1964-08-12", "T22000129")
    assert out["mrz_check_digits_ok"] is True
    assert ">> 10 86 00 00" in done.stderr
    assert "123456" not in done.stderr


def test_wrong_can_then_pace_with_mrz(card_stack) -> None:  # type: ignore[no-untyped-def]
    card_stack.insert_id_card(ERIKA, "123456")
    done = cli("card", "read", "--can", "654321", "--reader", card_stack.reader, "--json")
    assert done.returncode != 0
    assert done.stderr.strip().startswith("error: The chip did not accept"), done.stderr
    mrz = "\n".join((ERIKA[:30], ERIKA[30:60], ERIKA[60:]))
    done = cli("card", "read", "--mrz", mrz, "--reader", card_stack.reader, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["protocol"] == "PACE"


def test_pace_read_with_passive_authentication(card_stack, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An ID card read with PACE checks its EF.SOD as a passport read with BAC does."""
    dg1 = tlv.encode(0x61, tlv.encode(0x5F1F, ERIKA.encode("ascii")))
    _csca_key, csca, ds_key, ds = make_pki()
    store = write_csca(tmp_path / "csca", csca)
    for name, sod, expected in (("good", make_sod({1: dg1}, ds_key, ds), ("valid", "")),
                                ("tampered", make_sod({1: dg1}, ds_key, ds, tamper=1),
                                 ("invalid", "hash_mismatch"))):
        path = tmp_path / f"{name}.sod"
        path.write_bytes(sod)
        card_stack.insert_id_card(ERIKA, "123456", sod=path)
        done = cli("card", "read", "--can", "123456", "--reader", card_stack.reader, "--json",
                   "--csca", str(store))
        assert done.returncode == 0, done.stderr
        out = json.loads(done.stdout)
        assert out["protocol"] == "PACE"
        assert (out["passive_authentication"], out["passive_authentication_reason"]) == \
            expected, out["passive_authentication_detail"]
