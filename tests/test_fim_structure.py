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
from forms.model import Condition, FormDef
from forms.pdf import read_application_data
from forms.pdf import render_application_pdf as render
from forms.samples import sample_answers, sample_record
from forms.validation import REQUIRED, entry_problems, validate_form, visible_answers

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
    owner = {"rechtsform_gewerbeanzeige": "GmbH", "ort_des_registereintrags": "Köln",
             "nummer_des_registereintrages": "4711"}
    partner = {"familienname_2": "Muster", "vornamen_2": "Erika", "geschlecht_2": "w",
               "jahr_2": "1980", "staatsangehorigkeit_2": "000", "strasse_2": "Heidestraße",
               "hausnummer_2": "17", "postleitzahl_2": "51147", "ort_2": "Köln",
               "telefon_2": "0221 12345", "telefax_2": "0221 12346"}
    # The legal representative (0:*, asked once): FIM requires the person's required
    # fields once any is given; the kiosk once the family name is.
    group = form.field("betriebsinhaber")
    started = {"familienname_3": "Beispiel", "vornamen_3": "Max"}
    assert sorted(entry_problems(group.fields, owner | partner | started)) == [
        "geschlecht_3", "jahr_3", "ort_3", "postleitzahl_3", "strasse_3", "telefax_3",
        "telefon_3"]
    representative = started | {"geschlecht_3": "m", "jahr_3": "1975", "strasse_3": "Ring",
                                "postleitzahl_3": "50667", "ort_3": "Köln",
                                "telefon_3": "0221 2", "telefax_3": "0221 3"}
    answers["betriebsinhaber"] = Entries((owner | partner | representative,))
    assert validate_form(form, answers, TODAY) == {}
    record = sample_record(form, answers=answers, vorgangsnummer="FIM-2",
                           signed_at=datetime(2026, 6, 1, tzinfo=UTC))
    data = read_application_data(render(record))
    assert data["fim_data"]["G00000091V1.0"] == [{
        "F00000103V1.0": "GmbH",
        "G00000100V1.0": {"F00000104V1.0": "Köln", "F00000115V1.0": "4711"},
        "G00000250V1.0": {"G00000093V1.0": {
            "F00000013V1.0": "Muster", "F00000154V1.0": "Erika", "F00000065V1.0": "w",
            "G00000234V1.0": {"F00000204V1.0": "1980"},
            "G00000247V1.0": [{"F00000039V1.0": "000"}],
            "G00000119V1.0": {"G00000111V1.0": {"F00000053V1.0": "Heidestraße",
                                                "F00000016V1.0": "17"},
                              "G00000113V1.0": {"F00000054V1.0": "51147",
                                                "F00000035V1.0": "Köln"}},
            "G00000092V1.0": {"F00000069V1.0": "0221 12345",
                              "F00000072V1.0": "0221 12346"}}},
        "G00000249V1.0": [{"G00000093V1.0": {
            "F00000013V1.0": "Beispiel", "F00000154V1.0": "Max", "F00000065V1.0": "m",
            "G00000234V1.0": {"F00000204V1.0": "1975"},
            "G00000119V1.0": {"G00000111V1.0": {"F00000053V1.0": "Ring"},
                              "G00000113V1.0": {"F00000054V1.0": "50667",
                                                "F00000035V1.0": "Köln"}},
            "G00000092V1.0": {"F00000069V1.0": "0221 2", "F00000072V1.0": "0221 3"}}}],
    }]
    # A field outside groups stays at the top; a 1:1 section's group is an object.
    assert data["fim_data"]["F00000152V1.0"] == answers["name_der_entgegennehmenden_gemeinde"]
    assert isinstance(data["fim_data"]["G00000095V1.0"], dict)
    # The Fachdaten schema names both, so a case system knows to expect them.
    metadata = data_schema(form)["properties"]["metadata"]["properties"]
    assert {"fim_ids", "fim_data"} <= set(metadata)


# -- rules inside a repeated group: per entry ------------------------------------------
XDF2 = "urn:xoev-de:fim:standard:xdatenfelder_2"
# Two rules as a FIM editor would give the real group G00000098 "Existenz Handwerkskarte"
# (inside the optional group "Erlaubnisse und Genehmigungen"): no real export we hold has
# a rule inside a repeated group, so they are written from its fields. The free text is
# the shape of the real Blaue Karte's rules; F00000004 (Ausstellungsdatum) is placed five
# times in the schema, and the rule means its own group's.
RULES = (
    ("R99000901", "Kammer bei Handwerkskarte", "", "F00000192.pflicht = F00000126 == true;"),
    ("R99000902", "Angaben zur Handwerkskarte",
     '"F00000004 Ausstellungsdatum" und "F00000192 Name der Handwerkskammer" sind nur dann '
     'zu befüllen, wenn "F00000126 Vorliegen einer Handwerkskarte" bejaht wurde.', ""),
)


def _with_rules(tmp_path: Path) -> Path:
    from lxml import etree  # the XSD check needs lxml; the importer does not

    tree = etree.parse(str(GEWERBE))
    group = next(g for g in tree.iter(f"{{{XDF2}}}datenfeldgruppe")
                 if g.findtext(f"{{{XDF2}}}identifikation/{{{XDF2}}}id") == "G00000098")
    first = group.find(f"{{{XDF2}}}struktur")
    assert first is not None
    for rule_id, name, definition, script in RULES:
        rule = etree.Element(f"{{{XDF2}}}regel")
        ident = etree.SubElement(rule, f"{{{XDF2}}}identifikation")
        etree.SubElement(ident, f"{{{XDF2}}}id").text = rule_id
        etree.SubElement(ident, f"{{{XDF2}}}version").text = "1.0"
        etree.SubElement(rule, f"{{{XDF2}}}name").text = name
        etree.SubElement(rule, f"{{{XDF2}}}bezeichnungEingabe")
        etree.SubElement(rule, f"{{{XDF2}}}beschreibung")
        etree.SubElement(rule, f"{{{XDF2}}}definition").text = definition
        etree.SubElement(rule, f"{{{XDF2}}}bezug")
        status = etree.SubElement(rule, f"{{{XDF2}}}status", listURI=(
            "urn:xoev-de:fim:codeliste:xdatenfelder.status"), listVersionID="1.0")
        etree.SubElement(status, "code").text = "aktiv"
        etree.SubElement(rule, f"{{{XDF2}}}script").text = script
        first.addprevious(rule)
    path = tmp_path / "gewerbe-mit-regeln.xml"
    tree.write(str(path), encoding="UTF-8", xml_declaration=True)
    schema = etree.XMLSchema(etree.parse(str(REAL.parent / "xsd" / "xdf2" /
                                             "xdatenfelder.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    return path


def test_rules_in_a_repeated_group_hold_per_entry(tmp_path: Path) -> None:
    result = import_fim(_with_rules(tmp_path), "fim-gewerbe")
    form = _form(tmp_path, result.definition)
    assert not [f for f in result.findings if f.fim_id.startswith("R99")]  # both mapped
    group = form.field("erlaubnisse_und_genehmigungen")
    subs = {sub.id: sub for sub in group.fields}
    chamber, issued = subs["name_der_handwerkskammer"], subs["ausstellungsdatum_5"]
    assert (chamber.required, chamber.required_if, chamber.visible_if) == (
        False, Condition("vorliegen_einer_handwerkskarte", equals="yes"),
        Condition("vorliegen_einer_handwerkskarte", equals="yes"))
    assert issued.visible_if == Condition("vorliegen_einer_handwerkskarte", equals="yes")
    assert subs["ausstellungsdatum_4"].visible_if is None  # the Erlaubnis's own date
    answers = dict(sample_answers(form, TODAY))
    card = {"vorliegen_einer_handwerkskarte": "yes"}
    none = {"vorliegen_einer_handwerkskarte": "no", "ausstellungsdatum_5": "01.02.2020",
            "name_der_handwerkskammer": "HWK Köln"}
    assert entry_problems(group.fields, card) == {"name_der_handwerkskammer": REQUIRED}
    assert entry_problems(group.fields, card | {"name_der_handwerkskammer": "HWK"}) == {}
    assert entry_problems(group.fields, none) == {}  # hidden: not checked
    answers["erlaubnisse_und_genehmigungen"] = Entries((card,))
    assert set(validate_form(form, answers, TODAY)) == {"erlaubnisse_und_genehmigungen"}
    answers["erlaubnisse_und_genehmigungen"] = Entries((none,))
    assert validate_form(form, answers, TODAY) == {}
    # What the rules hide is not submitted.
    kept = visible_answers(form, answers)["erlaubnisse_und_genehmigungen"]
    assert isinstance(kept, Entries)
    assert [dict(i) for i in kept.items] == [{"vorliegen_einer_handwerkskarte": "no"}]


def test_the_screen_applies_the_rules_of_each_entry(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.fields import FieldWidget  # Qt only for this test

    form = _form(tmp_path, import_fim(_with_rules(tmp_path), "fim-gewerbe").definition)
    widget = FieldWidget(form.field("erlaubnisse_und_genehmigungen"))
    qtbot.addWidget(widget)
    group = widget.group
    assert group is not None
    group.set_value(Entries(({"vorliegen_einer_handwerkskarte": "yes"},)))
    ((_frame, first, _remove, _title),) = group.entries
    assert not first["name_der_handwerkskammer"].isHidden()
    assert first["name_der_handwerkskammer"].required_now
    assert not group.validate_entries()  # the entry lacks its chamber
    first["name_der_handwerkskammer"].set_value("HWK Köln")
    assert group.validate_entries()
    group.set_value(Entries(({"vorliegen_einer_handwerkskarte": "no",
                              "name_der_handwerkskammer": "HWK Köln"},)))
    ((_frame, first, _remove, _title),) = group.entries
    assert first["name_der_handwerkskammer"].isHidden()
    assert not first["name_der_handwerkskammer"].required_now
    assert group.validate_entries()
    group.set_value(Entries(({"vorliegen_einer_handwerkskarte": "yes",
                              "name_der_handwerkskammer": "HWK Köln"},)))
    ((_frame, first, _remove, _title),) = group.entries
    # Tapping "no" hides the chamber, live, and it is not part of the answer.
    assert first["vorliegen_einer_handwerkskarte"].choice is not None
    first["vorliegen_einer_handwerkskarte"].choice.buttons["no"].click()  # as a tap
    assert first["name_der_handwerkskammer"].isHidden()
    value = group.value()
    assert isinstance(value, Entries)
    assert all("name_der_handwerkskammer" not in item for item in value.items)
