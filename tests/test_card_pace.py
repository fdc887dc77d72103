"""PACE with the CAN (and with the MRZ) against vicc's German ID card emulation (nPA)."""

from __future__ import annotations

import json

from test_card_stack import cli

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
