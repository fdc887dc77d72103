"""Public MRZ test vectors (tests/data/mrz, see its SOURCE), field by field; and the
technicians' `card mrz` / `card read --mrz` on them."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from devices.icao.mrz import MrzError, check_digit, parse_mrz
from kiosk.commands.card import mrz_report

ROOT = Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "mrz" / "vectors.json").read_text("utf-8"))
TODAY = dt.date.fromisoformat(DATA["today"])
VECTORS: list[dict[str, Any]] = DATA["vectors"]
INVALID: list[dict[str, Any]] = DATA["invalid"]


def by_id(items: list[dict[str, Any]]) -> Any:
    return pytest.mark.parametrize("vector", items, ids=[v["id"] for v in items])


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "ui.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_the_vectors_cover_every_format_and_shape() -> None:
    formats = {v["fields"]["format"] for v in VECTORS}
    assert formats == {"TD1", "TD2", "TD3"}
    assert any(not v["fields"]["surname"] for v in VECTORS)  # no primary identifier
    assert any(len(v["fields"]["document_number"]) > 9 for v in VECTORS)  # long numbers
    assert sum(not v["valid"] for v in VECTORS) >= 4  # failing check digits
    assert len(VECTORS) + len(INVALID) >= 30


@by_id(VECTORS)
def test_every_field_of_every_vector(vector: dict[str, Any]) -> None:
    m = parse_mrz("\n".join(vector["mrz"]))
    expected = vector["fields"]
    got = {
        "format": m.format, "document_code": m.document_code,
        "issuing_state": m.issuing_state, "surname": m.surname,
        "given_names": m.given_names, "document_number": m.document_number,
        "nationality": m.nationality, "birth_date": m.birth_date,
        "birth_date_iso": m.birth_date_iso(TODAY), "sex": m.sex,
        "expiry_date": m.expiry_date, "expiry_date_iso": m.expiry_date_iso(),
        "optional_data": m.optional_data,
    }
    assert got == expected
    assert m.birth(TODAY).century_certain
    assert m.check_digits_ok is vector["valid"]
    assert [[c.name, c.line, c.position] for c in m.failed_checks()] == vector["failing"]
    # each check digit's position holds the digit it reports
    for check in m.checks:
        assert vector["mrz"][check.line - 1][check.position - 1] == check.printed, check.name


@by_id(VECTORS)
def test_card_mrz_reports_every_vector(vector: dict[str, Any]) -> None:
    report = mrz_report("\n".join(vector["mrz"]))
    assert report["valid"] is vector["valid"]
    assert report["fields"]["surname"] == vector["fields"]["surname"]
    assert report["fields"]["document_number"] == vector["fields"]["document_number"]
    names = [c["name"] for c in report["checks"]]
    assert names[:3] == ["document_number", "birth_date", "expiry_date"]
    assert names[-1] == "composite"
    assert ("optional_data" in names) is (vector["fields"]["format"] == "TD3")
    assert len(report["errors"]) == len(vector["failing"])
    for error, (name, line, position) in zip(report["errors"], vector["failing"], strict=True):
        assert error.startswith(f"line {line}, position {position}: "), error
        assert name.replace("_", " ").split()[0] in error.replace("date of ", ""), error


@by_id(INVALID)
def test_invalid_inputs_are_clear_errors(vector: dict[str, Any]) -> None:
    text = "\n".join(vector["mrz"])
    report = mrz_report(text)
    assert report["valid"] is False
    if "error" in vector:
        with pytest.raises(MrzError, match=vector["error"].replace("(", r"\(")
                           .replace(")", r"\)")):
            parse_mrz(text)
        assert vector["error"] in report["errors"][0]
        return
    m = parse_mrz(text)
    assert [[c.name, c.line, c.position] for c in m.failed_checks()] == vector["failing"]
    problem = vector.get("date_problem")
    if problem == "birth_date":
        assert m.birth_date_iso(TODAY) == ""
        assert any(e.startswith("date of birth") for e in report["errors"])
    elif problem == "expiry_date":
        assert m.expiry_date_iso() == ""
        assert "the date of expiry is not given" in report["notes"]


def test_card_mrz_command_exit_codes_and_json() -> None:
    valid = next(v for v in VECTORS if v["id"] == "icao-9303-4-td3")
    done = cli("card", "mrz", "\\n".join(valid["mrz"]), "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["valid"] is True
    assert out["fields"]["given_names"] == "ANNA MARIA"
    assert [c["ok"] for c in out["checks"]] == [True] * 5
    invalid = next(v for v in VECTORS if v["id"] == "jmrtd-mustermann-christian")
    done = cli("card", "mrz", "".join(invalid["mrz"]))  # run together, as one string
    assert done.returncode == 1
    assert "check digit composite (line 2, position 44): 2 FAILED (expected 6)" in done.stdout
    assert done.stdout.strip().endswith("invalid")
    assert "error: line 2, position 44: the composite check digit is '2', expected '6'" \
        in done.stderr
    assert "Traceback" not in done.stderr
    done = cli("card", "mrz", "P<UTO", "--json")
    assert done.returncode == 1
    assert "an MRZ has 3 lines of 30" in json.loads(done.stdout)["errors"][0]


def test_card_mrz_shows_a_partial_birth_date_and_no_surname() -> None:
    vector = next(v for v in VECTORS if v["id"] == "cheminfo-no-last-name-td1")
    lines = list(vector["mrz"])
    # the same document with an unknown day and month of birth (check digits redone)
    l2 = "74<<<<" + check_digit("74<<<<") + lines[1][7:29]
    l2 += check_digit(lines[0][5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    done = cli("card", "mrz", "\n".join([lines[0], l2, lines[2]]), "--json")
    assert done.returncode == 0, done.stdout
    out = json.loads(done.stdout)
    assert out["fields"]["birth_date"] == "1974"
    assert out["fields"]["birth_date_printed"] == "74<<<<"
    assert out["fields"]["surname"] == ""
    assert "the date of birth is given only in part: day and month are unknown" in out["notes"]


def test_card_read_refuses_an_mrz_whose_check_digit_fails() -> None:
    """Refused before any reader is opened: the line and the 1-based position."""
    invalid = next(v for v in VECTORS if v["id"] == "jmrtd-meulendijk-filler")
    done = cli("card", "read", "--mrz", "\n".join(invalid["mrz"]), "--reader", "none")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert lines == ["error: --mrz: line 2, position 43: the optional data check digit is "
                     "'<', expected '0'"], done.stderr
    td1 = next(v for v in VECTORS if v["id"] == "icao-9303-10-a21-td1")
    done = cli("card", "read", "--mrz", "\\n".join(td1["mrz"]), "--reader", "none")
    assert done.stderr.strip() == ("error: --mrz: line 2, position 30: the composite check "
                                   "digit is '4', expected '8'")
