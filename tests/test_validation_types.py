"""The field types added for the catalogue: each problem gets its how-to-fix message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from forms import validation as v
from forms.answers import Address, Choices, Entries
from forms.latin import is_din91379
from forms.model import ADDRESS_FIELDS, ChoiceOption, Condition, FieldDef
from forms.validation import condition_holds, iban_ok, validate_field
from kiosk.base.i18n import N_

TODAY = date(2026, 11, 21)
ROOT = Path(__file__).resolve().parent.parent


def field(kind: str, **extra: object) -> FieldDef:
    return FieldDef(id="f", type=kind, label=N_("Test", "F"), **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(("kind", "good", "bad", "message"), [
    ("latin_text", "Ngô Bảo Châu, Łódź", "Москва", v.LATIN),
    ("latin_text", "L\u0325übeck", "\u0325bc", v.LATIN),  # combining mark only after a letter
    ("number", "12,5", "12,5,3", v.NUMBER),
    ("currency", "1.234,50 €", "12.5", v.CURRENCY),
    ("yes_no", "no", "vielleicht", v.YES_NO),
    ("email", "erika.m@mail.example.de", "erika@", v.EMAIL),
    ("phone", "+49 (6131) 12-345", "1234", v.PHONE),
    ("iban", "de89 3704 0044 0532 0130 00", "DE89 3704", v.IBAN_FORMAT),
    ("iban", "GB82 WEST 1234 5698 7654 32", "DE89 3704 0044 0532 0130 01", v.IBAN_CHECKSUM),
])
def test_types(kind: str, good: str, bad: str, message: object) -> None:
    assert validate_field(field(kind), good, today=TODAY) is None
    assert validate_field(field(kind), bad, today=TODAY) == message


def test_ranges_and_choices() -> None:
    assert validate_field(field("number", minimum=1, maximum=5), "7,5") == \
        v.NUMBER_RANGE.format(min=1, max=5)
    options = (ChoiceOption("a", {}), ChoiceOption("b", {}), ChoiceOption("c", {}))
    multi = field("multi_choice", options=options, min_items=2, max_items=2)
    assert validate_field(multi, Choices(("a", "b"))) is None
    assert validate_field(multi, Choices(("a",))) == v.MULTI_MIN.format(min=2)
    assert validate_field(multi, Choices(("a", "b", "c"))) == v.MULTI_MAX.format(max=2)
    assert validate_field(multi, Choices(("a", "a"))) == v.CHOICE
    assert validate_field(multi, Choices(("a", "x"))) == v.CHOICE
    assert validate_field(multi, "a,b") == v.CHOICE  # a text is not a multi-choice answer


def test_date_window_and_pattern() -> None:
    move = field("date", max_future_days=14)
    assert validate_field(move, "05.12.2026", today=TODAY) is None
    assert validate_field(move, "06.12.2026", today=TODAY) == v.DATE_TOO_FAR.format(days=14)
    plate = field("latin_text", pattern="[A-Z]{1,3}-[A-Z]{1,2} [0-9]{1,4}")
    assert validate_field(plate, "MZ-AB 123") is None
    assert validate_field(plate, "MZ AB123") == v.PATTERN


def test_group_entries_are_checked() -> None:
    sub = (field("name"), FieldDef(id="g", type="date", label=N_("Test", "G")))
    group = FieldDef(id="p", type="group", label=N_("Test", "P"), fields=sub,
                     min_items=1, max_items=2)
    ok = {"f": "Max", "g": "01.01.2015"}
    assert validate_field(group, Entries((ok,)), today=TODAY) is None
    assert validate_field(group, Entries((ok, {"f": "Max", "g": "31.02.2015"})),
                          today=TODAY) == v.GROUP_ENTRY.format(number=2)
    assert validate_field(group, Entries((ok,) * 3)) == v.GROUP_MAX.format(max=2)
    assert validate_field(group, "not entries") == v.GROUP_ENTRY.format(number=1)
    assert validate_field(group, Entries(({"f": "", "g": ""},))) == v.REQUIRED  # empty entry


def test_address_parts_are_checked() -> None:
    address = FieldDef(id="a", type="address", label=N_("Test", "A"),
                       fields=ADDRESS_FIELDS, min_items=1, max_items=1)
    assert validate_field(address, Address("Am Markt", "1", "55116", "Mainz")) is None
    assert validate_field(address, Address("Am Markt", "1", "5511", "Mainz")) == \
        v.GROUP_ENTRY.format(number=1)
    assert validate_field(address, Address()) == v.REQUIRED


def test_conditions() -> None:
    assert condition_holds(Condition("x", equals="a"), {"x": Choices(("b", "a"))})
    assert condition_holds(Condition("x", equals="a"), {"x": "a"})
    assert not condition_holds(Condition("x", equals="a"), {"x": "b,a"})  # a text is one value
    assert not condition_holds(Condition("x", any_of=("a", "b")), {"x": "c"})
    assert condition_holds(Condition("x", is_set=False), {})
    assert condition_holds(Condition("x", is_set=True), {"x": Entries(({"f": "Max"},))})
    assert iban_ok("DE89370400440532013000")
    assert is_din91379("ẞ ß Ǎ Ș ’")
    assert not is_din91379("Ελλάδα")


def test_bench_pdf_reports_both_figures() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "ui.main", "bench", "pdf", "--json",
                             "--runs", "3"], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["form"] == "wohnsitzanmeldung"
    assert 0 < report["render_ms"] < 1000
    assert 0 < report["screen_build_ms"] < 1000
