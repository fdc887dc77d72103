"""FIM groups inside groups on a real export (the Gewerbeanmeldung, tests/data/fim/real/):
the kiosk asks them one level deep, and the data the case system receives keeps the
Stammdatenschema's nesting, field by field."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from forms.answers import Entries
from forms.fachdaten import data_schema
from forms.fim import import_fim
from forms.loader import load_form
from forms.model import FormDef
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.samples import sample_answers, sample_record
from forms.validation import validate_form

REAL = Path(__file__).resolve().parent / "data" / "fim" / "real"
GEWERBE = REAL / "gewerbeanmeldung" / "S00000009_xdatenfelder.xml"
TODAY = date(2026, 6, 1)
Steps = list[tuple[str, str]]


def _form(tmp_path: Path, definition: dict[str, Any]) -> FormDef:
    path = tmp_path / f"{definition['id']}.json"
    path.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    return load_form(path)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _fim_id(node: ET.Element) -> str:
    return f"{node.findtext('./{*}identifikation/{*}id')}V" \
        f"{node.findtext('./{*}identifikation/{*}version')}"


def _asked(group: ET.Element, path: Steps) -> list[tuple[str, Steps]]:
    """The Datenfelder under ``group`` the kiosk asks, in order, each with the FIM groups
    between ``group`` and it (id, anzahl) — read from the XML, independently of the
    importer."""
    found: list[tuple[str, Steps]] = []
    for struktur in group.findall("./{*}struktur"):
        anzahl = (struktur.findtext("./{*}anzahl") or "1:1").strip()
        for item in struktur.find("./{*}enthaelt") or []:
            if _local(item.tag) == "datenfeldgruppe":
                found.extend(_asked(item, [*path, (_fim_id(item), anzahl)]))
            elif item.findtext("./{*}feldart/{*}code") != "label":
                found.append((_fim_id(item), path))
    return found


def test_every_field_of_the_owner_keeps_its_fim_groups(tmp_path: Path) -> None:
    result = import_fim(GEWERBE, "fim-gewerbe")
    form = _form(tmp_path, result.definition)
    root = ET.parse(GEWERBE).getroot()  # our own test data
    owner_xml = next(g for g in root.iter() if _local(g.tag) == "datenfeldgruppe"
                     and _fim_id(g) == "G00000091V1.0")
    owner = form.field("betriebsinhaber")
    kept = [(sub.fim_id, [(s.fim_id, s.anzahl) for s in sub.fim_path]) for sub in owner.fields]
    assert kept == _asked(owner_xml, [])
    assert len(kept) == 77
    # The three persons (sole owner, managing partner, legal representative) are told apart.
    persons = {tuple(s for s, _ in path[:2]) for fid, path in kept if fid == "F00000013V1.0"}
    assert persons == {("G00000248V1.0", "G00000093V1.0"), ("G00000250V1.0", "G00000093V1.0"),
                       ("G00000249V1.0", "G00000093V1.0")}
    # The same structure in the ids the case system gets.
    paths = form.fim_ids()["paths"]
    assert paths["betriebsinhaber.familienname_3"] == [
        {"fim_id": "G00000249V1.0", "anzahl": "0:*"},
        {"fim_id": "G00000093V1.0", "anzahl": "1:1"}]
    # The report says where the structure went.
    assert any(f.fim_id == "G00000249V1.0" and "fim_data" in f.what for f in result.findings)


def test_the_case_system_receives_the_answers_nested_as_published(tmp_path: Path) -> None:
    form = _form(tmp_path, import_fim(GEWERBE, "fim-gewerbe").definition)
    answers = dict(sample_answers(form, TODAY))
    answers["betriebsinhaber"] = Entries(({
        "rechtsform_gewerbeanzeige": "GmbH", "ort_des_registereintrags": "Köln",
        "familienname_2": "Muster", "vornamen_2": "Erika", "staatsangehorigkeit_2": "000",
        "strasse_2": "Heidestraße", "hausnummer_2": "17", "familienname_3": "Beispiel",
        "vornamen_3": "Max"},))
    assert validate_form(form, answers, TODAY) == {}
    record = sample_record(form, answers=answers, vorgangsnummer="FIM-2",
                           signed_at=datetime(2026, 6, 1, tzinfo=UTC))
    data = read_application_data(render(record))
    assert data["fim_data"]["G00000091V1.0"] == [{
        "F00000103V1.0": "GmbH",
        "G00000100V1.0": {"F00000104V1.0": "Köln"},
        "G00000250V1.0": {"G00000093V1.0": {
            "F00000013V1.0": "Muster", "F00000154V1.0": "Erika",
            "G00000247V1.0": [{"F00000039V1.0": "000"}],
            "G00000119V1.0": {"G00000111V1.0": {"F00000053V1.0": "Heidestraße",
                                                "F00000016V1.0": "17"}}}},
        "G00000249V1.0": [{"G00000093V1.0": {"F00000013V1.0": "Beispiel",
                                             "F00000154V1.0": "Max"}}],
    }]
    # A field outside groups stays at the top; a 1:1 section's group is an object.
    assert data["fim_data"]["F00000152V1.0"] == answers["name_der_entgegennehmenden_gemeinde"]
    assert isinstance(data["fim_data"]["G00000095V1.0"], dict)
    # The Fachdaten schema names both, so a case system knows to expect them.
    metadata = data_schema(form)["properties"]["metadata"]["properties"]
    assert {"fim_ids", "fim_data"} <= set(metadata)
